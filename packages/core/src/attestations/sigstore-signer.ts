/**
 * Signing publish statements with Sigstore's public-good instance through the npm `sigstore` package:
 * an ephemeral key certified by Fulcio for this job's GitHub identity (an ID token with audience
 * `sigstore`), the signature logged in Rekor, the bundle reshaped into PyPI's attestation JSON.
 */
import { HttpClient } from '../http/index.js';
import type { Logger } from '../log/index.js';
import { type Env, requestGitHubIdToken } from '../oidc/index.js';
import { bundleToAttestation, type Pep740Attestation, type SigstoreBundle } from './convert.js';
import { type AttestedDistribution, IN_TOTO_PAYLOAD_TYPE, publishStatement } from './statement.js';
import { validateAttestation } from './validate.js';

/** Makes the attestation for one distribution; the uploader takes any function of this shape. */
export type AttestationSigner = (dist: AttestedDistribution) => Promise<Pep740Attestation>;

/** Sigstore's public-good Fulcio (the only certificate authority PyPI trusts). */
export const PUBLIC_GOOD_FULCIO_URL = 'https://fulcio.sigstore.dev';
/** Sigstore's public-good Rekor. */
export const PUBLIC_GOOD_REKOR_URL = 'https://rekor.sigstore.dev';

/** The `sigstore` package's attest(), as this module calls it. */
export type SigstoreAttest = (
  payload: Buffer,
  payloadType: string,
  options: {
    fulcioURL: string;
    rekorURL: string;
    identityProvider: { getToken: () => Promise<string> };
    tlogUpload: boolean;
    legacyCompatibility: boolean;
    timeout?: number;
  },
) => Promise<unknown>;

/** How sigstoreSigner signs. */
export interface SigstoreSignerOptions {
  /** The runner's environment, for ACTIONS_ID_TOKEN_REQUEST_*. */
  env: Env;
  mask: (secret: string) => void;
  logger: Logger;
  http?: HttpClient;
  fetch?: typeof fetch;
  /** Default: the public-good instance; PyPI verifies against it only. */
  fulcioUrl?: string;
  rekorUrl?: string;
  /** Per request to Fulcio and Rekor (default 15 000). */
  timeoutMs?: number;
  /** The attest function (default: the `sigstore` package's). */
  attest?: SigstoreAttest;
}

/**
 * A signer that makes one attestation per distribution with Sigstore: a fresh ID token for audience
 * `sigstore` per signature (tokens are single-use for Fulcio too), the in-toto publish statement as
 * DSSE payload, Rekor's `dsse` entry, then the checks PyPI will make.
 */
export function sigstoreSigner(options: SigstoreSignerOptions): AttestationSigner {
  const http = options.http ?? new HttpClient({ fetch: options.fetch, logger: options.logger });
  const fulcioURL = options.fulcioUrl ?? PUBLIC_GOOD_FULCIO_URL;
  const rekorURL = options.rekorUrl ?? PUBLIC_GOOD_REKOR_URL;
  return async (dist) => {
    // Loaded on first use: the package and its TUF and fetch stack are only needed when signing.
    const attest = options.attest ?? ((await import('sigstore')).attest as unknown as SigstoreAttest);
    const payload = Buffer.from(JSON.stringify(publishStatement(dist)));
    let bundle: unknown;
    try {
      bundle = await attest(payload, IN_TOTO_PAYLOAD_TYPE, {
        fulcioURL,
        rekorURL,
        identityProvider: {
          getToken: () =>
            requestGitHubIdToken({ env: options.env, audience: 'sigstore', http, mask: options.mask }),
        },
        tlogUpload: true,
        // false: a `dsse` Rekor entry and the leaf certificate alone, the shape PyPI expects.
        legacyCompatibility: false,
        timeout: options.timeoutMs ?? 15_000,
      });
    } catch (error) {
      throw new Error(
        `Attestation generation failure: signing ${dist.filename} with Sigstore (${fulcioURL}, ${rekorURL}) ` +
          `failed: ${describe(error)}. Re-run the job, or set attestations: false to publish without them.`,
        { cause: error },
      );
    }
    const attestation = bundleToAttestation(bundle as SigstoreBundle);
    validateAttestation(attestation, dist);
    options.logger.info(`Signed a PEP 740 publish attestation for ${dist.filename}`);
    return attestation;
  };
}

// sigstore-js rejects with Errors carrying a code, and its CI identity with plain strings.
function describe(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    const cause = error.cause instanceof Error ? `: ${error.cause.message}` : '';
    return `${typeof code === 'string' ? `${code}: ` : ''}${error.message}${cause}`;
  }
  return String(error);
}
