/**
 * What an upload authenticates with. Token mode gives one fixed pair; trusted publishing (core/oidc)
 * mints short-lived tokens, so the uploader asks for credentials before every file instead of once.
 */

/** A username/password pair for HTTP Basic auth on the index's upload URL. */
export interface UploadCredentials {
  username: string;
  password: string;
  /** When the password stops working (ms since the epoch); undefined: it does not expire. */
  expiresAt?: number;
}

/** Where credentials come from; `get()` returns ones valid for at least the next upload. */
export interface CredentialSource {
  readonly kind: 'token' | 'trusted-publishing';
  /** Valid credentials; a trusted-publishing source mints a fresh token when under 5 minutes remain. */
  get(): Promise<UploadCredentials>;
}

/** A fixed username and password or API token (token mode, any index). */
export function fixedCredentials(username: string, password: string): CredentialSource {
  return { kind: 'token', get: async () => ({ username, password }) };
}
