/**
 * The Sigstore signer's failures and plumbing, and the attestation policy. The signer runs the real
 * `sigstore` package against a Fulcio that checks the request as Fulcio does (the identity token, and
 * the proof of possession: the subject signed with the ephemeral key) and then refuses it, as Fulcio
 * refuses an issuer it does not trust. Successful signing runs in sign-and-publish.test.ts against a
 * local Fulcio and Rekor.
 */
import { createHash, verify } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import {
  attestationPolicy,
  type Pep740Attestation,
  type SigstoreAttest,
  sigstoreSigner,
} from '@otai-release/core/attestations';
import { isConfigurationError } from '@otai-release/core/errors';
import { MemoryLogger } from '@otai-release/core/log';
import { decodeJwtClaims } from '@otai-release/core/oidc';
import {
  createTestIssuer,
  type IdTokenServer,
  startIdTokenServer,
} from '../support/trusted-publishing-server.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/sigstore/', import.meta.url));
const SDIST = 'pypi_attestation_models-0.0.4a2.tar.gz';
// The real `sigstore` package, loaded by Node's own require: jest's module registry cannot load an
// ESM-only package that make-fetch-happen requires (http-proxy-agent), which Node 24 loads natively,
// as the signer's own `import('sigstore')` does in the bundled action.
const { createRequire } = process.getBuiltinModule('node:module') as typeof import('node:module');
const realAttest = (createRequire(import.meta.url)('sigstore') as { attest: SigstoreAttest }).attest;

const sha256 = createHash('sha256')
  .update(readFileSync(`${FIXTURES}${SDIST}`))
  .digest('hex');

let github: IdTokenServer;
let fulcio: Server | undefined;
beforeEach(async () => {
  github = await startIdTokenServer(createTestIssuer());
});
afterEach(async () => {
  await github.close();
  await new Promise<void>((resolve) => (fulcio ? fulcio.close(() => resolve()) : resolve()));
  fulcio = undefined;
});

interface FulcioRequest {
  path: string;
  token: string;
  proofVerifies: boolean;
}

/** Fulcio's signingCert endpoint: checks the proof of possession, then refuses the identity token. */
async function startFulcio(seen: FulcioRequest[]): Promise<string> {
  fulcio = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
        credentials: { oidcIdentityToken: string };
        publicKeyRequest: { publicKey: { content: string }; proofOfPossession: string };
      };
      const token = body.credentials.oidcIdentityToken;
      const subject = decodeJwtClaims(token)?.sub ?? '';
      const proofVerifies = verify(
        'sha256',
        Buffer.from(subject),
        body.publicKeyRequest.publicKey.content,
        Buffer.from(body.publicKeyRequest.proofOfPossession, 'base64'),
      );
      seen.push({ path: req.url ?? '', token, proofVerifies });
      const answer = JSON.stringify({ code: 3, message: 'There was an error processing the identity token' });
      res.writeHead(400, {
        'content-type': 'application/json',
        'content-length': String(Buffer.byteLength(answer)),
      });
      res.end(answer);
    });
  });
  await new Promise<void>((resolve) => fulcio!.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(fulcio.address() as AddressInfo).port}`;
}

describe('sigstoreSigner', () => {
  it('asks GitHub for an audience-sigstore token, proves key possession to Fulcio, and reports its refusal', async () => {
    const seen: FulcioRequest[] = [];
    const fulcioUrl = await startFulcio(seen);
    const masked: string[] = [];
    const signer = sigstoreSigner({
      env: github.env(),
      mask: (s) => masked.push(s),
      logger: new MemoryLogger(),
      fulcioUrl,
      rekorUrl: 'http://127.0.0.1:9',
      attest: realAttest,
    });

    const error = await signer({ filename: SDIST, sha256 }).then(
      () => undefined,
      (e: unknown) => e as Error,
    );

    expect(github.issued.map((t) => t.audience)).toEqual(['sigstore']);
    expect(masked).toContain(github.issued[0]!.token);
    expect(seen).toHaveLength(1);
    expect(seen[0]!.path).toBe('/api/v2/signingCert');
    expect(seen[0]!.token).toBe(github.issued[0]!.token);
    expect(seen[0]!.proofVerifies).toBe(true);
    expect(error?.message).toContain(
      `Attestation generation failure: signing ${SDIST} with Sigstore (${fulcioUrl}`,
    );
    expect(error?.message).toContain('error creating signing certificate');
    expect(error?.message).toContain('set attestations: false to publish without them');
  });

  it('signs the publish statement for the file and converts the bundle (real bundle, injected transport)', async () => {
    const bundle = JSON.parse(readFileSync(`${FIXTURES}${SDIST}.sigstore`, 'utf8')) as unknown;
    const payloads: string[] = [];
    const attest: SigstoreAttest = async (payload, payloadType, options) => {
      payloads.push(`${payloadType} ${payload.toString('utf8')}`);
      expect(options.legacyCompatibility).toBe(false);
      expect(options.tlogUpload).toBe(true);
      return bundle;
    };
    const signer = sigstoreSigner({ env: github.env(), mask: () => {}, logger: new MemoryLogger(), attest });
    const attestation: Pep740Attestation = await signer({ filename: SDIST, sha256 });
    expect(attestation).toEqual(
      JSON.parse(readFileSync(`${FIXTURES}${SDIST}.attestation`, 'utf8')) as Pep740Attestation,
    );
    // The payload we asked to sign is byte for byte the one the real bundle carries.
    const signed = Buffer.from(
      (bundle as { dsseEnvelope: { payload: string } }).dsseEnvelope.payload,
      'base64',
    );
    expect(payloads).toEqual([`application/vnd.in-toto+json ${signed.toString('utf8')}`]);
  });

  it('refuses a bundle whose subject is not the file, before anything is uploaded', async () => {
    const bundle = JSON.parse(readFileSync(`${FIXTURES}${SDIST}.sigstore`, 'utf8')) as unknown;
    const signer = sigstoreSigner({
      env: github.env(),
      mask: () => {},
      logger: new MemoryLogger(),
      attest: async () => bundle,
    });
    const error = await signer({ filename: 'other-1.0.tar.gz', sha256 }).then(
      () => undefined,
      (e: unknown) => e as Error,
    );
    expect(isConfigurationError(error)).toBe(true);
    expect(error?.message).toContain('The attestation for other-1.0.tar.gz would be refused by the index');
  });
});

describe('attestationPolicy', () => {
  it('is on by default for PyPI and TestPyPI with trusted publishing', () => {
    expect(attestationPolicy('https://upload.pypi.org/legacy/', true, undefined)).toEqual({ use: true });
    expect(attestationPolicy('https://test.pypi.org/legacy/', true, undefined)).toEqual({ use: true });
  });

  it('is skipped with a notice with an API token, or on another index', () => {
    expect(attestationPolicy('https://upload.pypi.org/legacy/', false, undefined)).toEqual({
      use: false,
      notice:
        'PEP 740 attestations skipped: the index accepts them only with trusted publishing, and this upload ' +
        'uses a password or API token.',
    });
    expect(attestationPolicy('https://pypi.example.com/legacy/', true, undefined)).toEqual({
      use: false,
      notice:
        'PEP 740 attestations skipped: pypi.example.com is not PyPI or TestPyPI, the indexes known to accept ' +
        'them (set attestations: true to send them anyway).',
    });
  });

  it('honours attestations: false, and attestations: true on another index', () => {
    expect(attestationPolicy('https://upload.pypi.org/legacy/', true, false)).toEqual({ use: false });
    expect(attestationPolicy('https://pypi.example.com/legacy/', true, true).use).toBe(true);
  });

  it('refuses attestations: true without trusted publishing instead of ignoring it', () => {
    let error: unknown;
    try {
      attestationPolicy('https://upload.pypi.org/legacy/', false, true);
    } catch (e) {
      error = e;
    }
    expect(isConfigurationError(error)).toBe(true);
    expect((error as Error).message).toContain('attestations: true needs trusted publishing');
  });
});
