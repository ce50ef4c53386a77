/**
 * Trusted publishing as a credential source: discover the index's audience, fetch a fresh GitHub ID
 * token, exchange it for a short-lived upload token, mask it, and mint again when under 5 minutes
 * remain (twine 6.2's threshold; GHA-PP minted once and tokens expired mid-upload, its #307).
 */
import { ConfigurationError, errorMessage } from '../errors/index.js';
import { basicCredentials, HttpClient, isHttpError, type HttpResponse } from '../http/index.js';
import type { Logger } from '../log/index.js';
import type { CredentialSource, UploadCredentials } from '../publish/credentials.js';
import { decodeJwtClaims, type GitHubClaims } from './claims.js';
import {
  audienceFailureMessage,
  type MintError,
  mintRefusedMessage,
  reusableWorkflowWarning,
  unexpectedMintResponseMessage,
} from './diagnostics.js';
import { oidcEndpoints, type OidcEndpoints } from './endpoints.js';
import { checkTrustedPublishingEnvironment, type Env, readEventPayload } from './environment.js';
import { requestGitHubIdToken } from './id-token.js';

/** Mint again when fewer than this many milliseconds remain (twine's TOKEN_RENEWAL_THRESHOLD). */
export const RENEWAL_THRESHOLD_MS = 5 * 60 * 1000;
/** Warehouse's upload-token lifetime, assumed when an answer leaves out `expires`. */
export const TOKEN_LIFETIME_MS = 900 * 1000;
/** A token with less time left than this is not used after a failed renewal. */
export const MIN_USABLE_MS = 60 * 1000;
/** The username every minted token is sent with. */
export const TOKEN_USERNAME = '__token__';

/** How trusted publishing is set up; see trustedPublishing(). */
export interface TrustedPublishingOptions {
  /** The index's upload URL (repository-url); its host gives the OIDC endpoints. */
  uploadUrl: string;
  /** Replaces `https://{host of uploadUrl}/` as the base of `/_/oidc/…` (other hosts, tests). */
  oidcBaseUrl?: string;
  /** The runner's environment (ACTIONS_ID_TOKEN_REQUEST_*, GITHUB_*); core never reads process.env. */
  env: Env;
  /** Registers a secret with the runner so it never shows in a log (core.setSecret on a runner). */
  mask: (secret: string) => void;
  logger: Logger;
  /** The clock, in ms since the epoch (default Date.now). */
  now?: () => number;
  /** An HTTP client to use; otherwise one is made over `fetch`. */
  http?: HttpClient;
  fetch?: typeof fetch;
  /** Waits between exchange attempts (default setTimeout). */
  sleep?: (ms: number) => Promise<void>;
  /** Projects being published, for the links in a refusal's publisher-form section. */
  projects?: string[];
  /** The parsed GITHUB_EVENT_PATH payload; read from that path when not given. */
  eventPayload?: unknown;
  /** Reads the event payload file (default node:fs). */
  readFile?: (path: string) => Promise<string>;
  /** Say that an empty password secret may be why trusted publishing ran (default true). */
  passwordHint?: boolean;
}

/** A trusted-publishing credential source, with what it learnt for summaries and verify-auth. */
export interface TrustedPublishingSource extends CredentialSource {
  readonly kind: 'trusted-publishing';
  /** The index's audience, once discovered. */
  readonly audience: string | undefined;
  /** The claims of the last ID token exchanged. */
  readonly claims: GitHubClaims | undefined;
  /** How many upload tokens were minted so far. */
  readonly mints: number;
  /** Warnings given (also logged), for the job summary: the reusable-workflow one. */
  readonly warnings: readonly string[];
  /** The endpoints in use. */
  readonly endpoints: OidcEndpoints;
}

// Exchange attempts, each with a fresh ID token: a retry with the same token could be refused as
// reused when the first answer was lost after the index had recorded its jti.
const MINT_ATTEMPTS = 3;
const MINT_BACKOFF_MS = 1000;
// twine uses 5 s for both calls; runners on a slow network get a little more.
const INDEX_TIMEOUT_MS = 10_000;

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * A credential source that mints upload tokens by trusted publishing. The first get() checks the
 * environment (before any request), discovers the audience and mints; later calls return that token
 * until under 5 minutes remain, then mint again with a new ID token. Concurrent calls share one mint.
 */
export function trustedPublishing(options: TrustedPublishingOptions): TrustedPublishingSource {
  const endpoints = oidcEndpoints(options.uploadUrl, options.oidcBaseUrl);
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? defaultSleep;
  const logger = options.logger;
  const http =
    options.http ??
    new HttpClient({ fetch: options.fetch, logger, sleep: options.sleep, timeoutMs: INDEX_TIMEOUT_MS });
  let checked = false;
  let audience: string | undefined;
  let claims: GitHubClaims | undefined;
  let mints = 0;
  let cached: UploadCredentials | undefined;
  let inflight: Promise<UploadCredentials> | undefined;
  let warnedReusable = false;
  const warnings: string[] = [];

  async function checkEnvironment(): Promise<void> {
    if (checked) return;
    const payload =
      options.eventPayload !== undefined
        ? options.eventPayload
        : await readEventPayload(options.env, options.readFile);
    checkTrustedPublishingEnvironment(options.env, payload);
    checked = true;
  }

  async function discoverAudience(): Promise<string> {
    if (audience !== undefined) return audience;
    let response: HttpResponse;
    try {
      response = await http.request(endpoints.audienceUrl, {
        headers: { accept: 'application/json' },
        timeoutMs: INDEX_TIMEOUT_MS,
      });
    } catch (error) {
      if (isHttpError(error)) {
        throw new Error(`audience retrieval failed: repository at ${endpoints.domain}: ${error.message}`, {
          cause: error,
        });
      }
      throw error;
    }
    if (response.status !== 200) {
      const message = audienceFailureMessage(endpoints.domain, response.status, response.statusText);
      // 403/404 are settings the user can change (index, token); anything else is the index's trouble.
      if (response.status === 403 || response.status === 404) throw new ConfigurationError(message);
      throw new Error(message);
    }
    let found: unknown;
    try {
      found = (JSON.parse(await response.text()) as { audience?: unknown } | null)?.audience;
    } catch {
      found = undefined;
    }
    if (typeof found !== 'string' || found === '') {
      throw new Error(
        `audience retrieval failed: repository at ${endpoints.domain} answered 200 without an "audience" string.`,
      );
    }
    audience = found;
    logger.debug(`Trusted publishing audience of ${endpoints.domain}: ${found}`);
    return found;
  }

  async function exchange(aud: string): Promise<UploadCredentials> {
    for (let attempt = 1; ; attempt++) {
      const idToken = await requestGitHubIdToken({
        env: options.env,
        audience: aud,
        http,
        mask: options.mask,
      });
      const tokenClaims = decodeJwtClaims(idToken);
      claims = tokenClaims;
      if (tokenClaims && !warnedReusable) {
        const warning = reusableWorkflowWarning(tokenClaims);
        if (warning) {
          logger.warning(warning);
          warnings.push(warning);
        }
        warnedReusable = true;
      }
      let response: HttpResponse;
      try {
        response = await http.request(endpoints.mintUrl, {
          method: 'POST',
          headers: { 'content-type': 'application/json', accept: 'application/json' },
          body: JSON.stringify({ token: idToken }),
          retry: false,
          timeoutMs: INDEX_TIMEOUT_MS,
        });
      } catch (error) {
        if (isHttpError(error) && attempt < MINT_ATTEMPTS) {
          const delay = MINT_BACKOFF_MS * 2 ** (attempt - 1);
          logger.info(
            `Token exchange at ${endpoints.domain} failed (${error.message}); retrying with a new ID token ` +
              `in ${delay / 1000} s (attempt ${attempt + 1} of ${MINT_ATTEMPTS})`,
          );
          await sleep(delay);
          continue;
        }
        if (isHttpError(error)) {
          throw new Error(`Token request failed: ${error.message}. Check https://status.python.org/.`, {
            cause: error,
          });
        }
        throw error;
      }
      return readMintAnswer(response, tokenClaims);
    }
  }

  async function readMintAnswer(response: HttpResponse, tokenClaims: GitHubClaims | undefined) {
    const text = await response.text();
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      throw new Error(unexpectedMintResponseMessage(response.status));
    }
    if (!response.ok) {
      const errors = mintErrors(body);
      if (errors.length === 0) {
        throw new Error(
          `Token request failed: the index answered ${response.status} ${response.statusText} without a list of ` +
            `errors: ${text.trim().slice(0, 300)}`,
        );
      }
      throw new ConfigurationError(
        mintRefusedMessage({
          errors,
          claims: tokenClaims,
          uploadUrl: options.uploadUrl,
          projects: options.projects,
          passwordHint: options.passwordHint,
        }),
      );
    }
    const { token, expires } = (body ?? {}) as { token?: unknown; expires?: unknown };
    if (typeof token !== 'string' || token === '') {
      throw new Error(
        'Token response error: the index gave us an invalid response (no "token" in its answer).',
      );
    }
    options.mask(token);
    // Basic auth sends base64(user:token); a log of the header must not reveal it either.
    options.mask(basicCredentials(TOKEN_USERNAME, token));
    const expiresAt = localExpiry(expires, response.headers.get('date'), now());
    mints++;
    logger.info(
      `Minted an upload token at ${endpoints.domain} by trusted publishing, valid until ` +
        `${new Date(expiresAt).toISOString()}`,
    );
    return { username: TOKEN_USERNAME, password: token, expiresAt };
  }

  async function mint(): Promise<UploadCredentials> {
    await checkEnvironment();
    const aud = await discoverAudience();
    const credentials = await exchange(aud);
    cached = credentials;
    return credentials;
  }

  return {
    kind: 'trusted-publishing',
    endpoints,
    get audience() {
      return audience;
    },
    get claims() {
      return claims;
    },
    get mints() {
      return mints;
    },
    warnings,
    async get(): Promise<UploadCredentials> {
      const current = cached;
      if (current) {
        const left = (current.expiresAt ?? 0) - now();
        if (left >= RENEWAL_THRESHOLD_MS) return current;
        if (!inflight) {
          logger.info(
            `The upload token expires in ${Math.max(0, Math.round(left / 1000))} s (under 5 minutes): minting a new one`,
          );
        }
      }
      inflight ??= mint().finally(() => {
        inflight = undefined;
      });
      try {
        return await inflight;
      } catch (error) {
        // A failed renewal need not stop an upload the current token can still finish.
        const left = current ? (current.expiresAt ?? 0) - now() : 0;
        if (current && left >= MIN_USABLE_MS) {
          logger.warning(
            `Renewing the upload token failed (${errorMessage(error)}); going on with the current one, ` +
              `valid for ${Math.round(left / 1000)} s more.`,
          );
          return current;
        }
        throw error;
      }
    },
  };
}

/** What verify-auth reports after a successful exchange. */
export interface TrustedPublishingCheck {
  audience: string;
  claims?: GitHubClaims;
  expiresAt?: number;
  /** Warnings about the setup (reusable workflow), already logged. */
  warnings: readonly string[];
}

/**
 * Performs the whole exchange once without uploading, proving trusted publishing is configured for
 * this job and index before a real release (verify-auth). Throws what get() throws.
 */
export async function verifyTrustedPublishing(
  options: TrustedPublishingOptions,
): Promise<TrustedPublishingCheck> {
  const source = trustedPublishing(options);
  const credentials = await source.get();
  return {
    audience: source.audience!,
    claims: source.claims,
    expiresAt: credentials.expiresAt,
    warnings: source.warnings,
  };
}

/**
 * When the token expires by this runner's clock. `expires` is by the index's clock, so the lifetime is
 * taken against the index's Date header when it sent one: a runner clock minutes off would otherwise
 * renew too late (an expired token mid-upload) or on every file.
 */
function localExpiry(expires: unknown, dateHeader: string | null, localNow: number): number {
  if (typeof expires !== 'number' || !Number.isFinite(expires)) return localNow + TOKEN_LIFETIME_MS;
  const serverNow = dateHeader ? Date.parse(dateHeader) : Number.NaN;
  if (Number.isNaN(serverNow)) return expires * 1000;
  return localNow + (expires * 1000 - serverNow);
}

function mintErrors(body: unknown): MintError[] {
  const errors = (body as { errors?: unknown } | null)?.errors;
  if (!Array.isArray(errors)) return [];
  return errors
    .filter((e): e is Record<string, unknown> => e !== null && typeof e === 'object')
    .map((e) => ({ code: String(e.code ?? 'unknown'), description: String(e.description ?? '') }));
}
