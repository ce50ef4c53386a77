/**
 * The Sigstore signer's failures and plumbing, and the attestation policy. The signer runs the real
 * `sigstore` package against a Fulcio that checks the request as Fulcio does (the identity token, and
 * the proof of possession: the subject signed with the ephemeral key) and then refuses it, as Fulcio
 * refuses an issuer it does not trust; and the signer with the real package against a local Fulcio and
 * Rekor, for a real published wheel (published-wheel.ts). Publishing with the attestations runs in
 * sign-and-publish.test.ts.
 */
import { verify } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import {
  type AttestedDistribution,
  attestationPolicy,
  type SigstoreAttest,
  sigstoreSigner,
} from '@otai-release/core/attestations';
import { isConfigurationError } from '@otai-release/core/errors';
import { MemoryLogger } from '@otai-release/core/log';
import { decodeJwtClaims } from '@otai-release/core/oidc';
import { type LocalSigstore, startLocalSigstore } from '../support/local-sigstore.js';
import {
  createTestIssuer,
  type IdTokenServer,
  startIdTokenServer,
} from '../support/trusted-publishing-server.js';
import {
  type DsseBundle,
  describeWithPipAndOpenssl,
  localBundle,
  publishedDistribution,
  PYPI_SHA256,
  realAttest,
  WHEEL,
} from './published-wheel.js';

jest.setTimeout(60_000);

const issuer = createTestIssuer();
let github: IdTokenServer;
let fulcio: Server | undefined;
let sigstore: LocalSigstore | undefined;
beforeEach(async () => {
  github = await startIdTokenServer(issuer);
});
afterEach(async () => {
  await github.close();
  await new Promise<void>((resolve) => (fulcio ? fulcio.close(() => resolve()) : resolve()));
  await sigstore?.close();
  fulcio = sigstore = undefined;
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

    const error = await signer({ filename: WHEEL, sha256: PYPI_SHA256 }).then(
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
      `Attestation generation failure: signing ${WHEEL} with Sigstore (${fulcioUrl}`,
    );
    expect(error?.message).toContain('error creating signing certificate');
    expect(error?.message).toContain('set attestations: false to publish without them');
  });
});

describeWithPipAndOpenssl('sigstoreSigner with the real sigstore package, local Fulcio and Rekor', () => {
  let dist: AttestedDistribution;
  beforeEach(async () => {
    sigstore = await startLocalSigstore(issuer);
    dist = publishedDistribution();
  });

  it('signs the publish statement for the file and converts the bundle sigstore returns', async () => {
    const payloads: string[] = [];
    const bundles: DsseBundle[] = [];
    const attest: SigstoreAttest = async (payload, payloadType, options) => {
      payloads.push(`${payloadType} ${payload.toString('utf8')}`);
      expect(options.legacyCompatibility).toBe(false);
      expect(options.tlogUpload).toBe(true);
      const bundle = (await realAttest(payload, payloadType, options)) as DsseBundle;
      bundles.push(bundle);
      return bundle;
    };
    const signer = sigstoreSigner({
      env: github.env(),
      mask: () => {},
      logger: new MemoryLogger(),
      fulcioUrl: sigstore!.fulcioUrl,
      rekorUrl: sigstore!.rekorUrl,
      attest,
    });

    const attestation = await signer(dist);

    expect(bundles).toHaveLength(1);
    const [bundle] = bundles as [DsseBundle];
    // The payload asked to sign is the publish statement for the wheel, byte for byte what the bundle carries.
    expect(JSON.parse(payloads[0]!.slice('application/vnd.in-toto+json '.length))).toEqual({
      _type: 'https://in-toto.io/Statement/v1',
      subject: [{ name: WHEEL, digest: { sha256: PYPI_SHA256 } }],
      predicateType: 'https://docs.pypi.org/attestations/publish/v1',
      predicate: {},
    });
    expect(payloads).toEqual([
      `application/vnd.in-toto+json ${Buffer.from(bundle.dsseEnvelope.payload, 'base64').toString('utf8')}`,
    ]);
    expect(attestation).toEqual({
      version: 1,
      verification_material: {
        certificate: bundle.verificationMaterial.certificate.rawBytes,
        transparency_entries: bundle.verificationMaterial.tlogEntries,
      },
      envelope: { statement: bundle.dsseEnvelope.payload, signature: bundle.dsseEnvelope.signatures[0]!.sig },
    });
    expect(github.issued.map((t) => t.audience)).toEqual(['sigstore']);
  });

  it('refuses a bundle whose subject is not the file, before anything is uploaded', async () => {
    const bundle = await localBundle(sigstore!, issuer, dist);
    const signer = sigstoreSigner({
      env: github.env(),
      mask: () => {},
      logger: new MemoryLogger(),
      attest: async () => bundle,
    });
    const error = await signer({ ...dist, filename: 'other-1.0.tar.gz' }).then(
      () => undefined,
      (e: unknown) => e as Error,
    );
    expect(isConfigurationError(error)).toBe(true);
    expect(error?.message).toContain(
      `The attestation for other-1.0.tar.gz would be refused by the index: its subject is '${WHEEL}'`,
    );
  });
});

describe('attestationPolicy', () => {
  it('is on by default for PyPI and TestPyPI with trusted publishing', () => {
    expect(attestationPolicy('https://upload.pypi.org/legacy/', true, true)).toEqual({ use: true });
    expect(attestationPolicy('https://test.pypi.org/legacy/', true, true)).toEqual({ use: true });
  });

  it('is skipped with a notice with an API token, or on another index', () => {
    expect(attestationPolicy('https://upload.pypi.org/legacy/', false, true)).toEqual({
      use: false,
      notice:
        'PEP 740 attestations skipped: the index accepts them only with trusted publishing, and this upload ' +
        'uses a password or API token.',
    });
    expect(attestationPolicy('https://pypi.example.com/legacy/', true, true)).toEqual({
      use: false,
      notice:
        'PEP 740 attestations skipped: pypi.example.com is not PyPI or TestPyPI, the indexes known to accept them.',
    });
  });

  it('honours attestations: false everywhere, without a notice', () => {
    expect(attestationPolicy('https://upload.pypi.org/legacy/', true, false)).toEqual({ use: false });
    expect(attestationPolicy('https://upload.pypi.org/legacy/', false, false)).toEqual({ use: false });
  });
});
