/**
 * The Sigstore signer end to end with the real `sigstore` package against a local Fulcio and Rekor
 * (tests/support/local-sigstore.ts), then publishing with trusted publishing and those attestations to
 * the local index: what the index receives is one attestation per file, signed for that file.
 */
import { createHash, verify, X509Certificate } from 'node:crypto';
import { afterEach, beforeAll, expect, it, jest } from '@jest/globals';
import {
  attestationStatement,
  type Pep740Attestation,
  sigstoreSigner,
} from '@otai-release/core/attestations';
import { HttpClient } from '@otai-release/core/http';
import { MemoryLogger } from '@otai-release/core/log';
import { trustedPublishing } from '@otai-release/core/oidc';
import { publishDistributions, repositoryEndpoints } from '@otai-release/core/publish';
import { makeSdist, makeWheel } from '../support/archives.js';
import { type IndexServer, startIndexServer } from '../support/index-server.js';
import { type LocalSigstore, pae, startLocalSigstore } from '../support/local-sigstore.js';
import { commandRuns, requireTool } from '../support/require-tool.js';
import { tempDir } from '../support/temp-dir.js';
import {
  createTestIssuer,
  type IdTokenServer,
  startIdTokenServer,
  type TestIssuer,
  TrustedPublishingRoutes,
} from '../support/trusted-publishing-server.js';
import { realAttest } from './published-wheel.js';

jest.setTimeout(60_000);

const describeWithOpenssl = requireTool(commandRuns('openssl', ['version']), {
  name: 'openssl (the local Fulcio issues certificates with it)',
  install: 'apt-get install openssl',
});

function hash(...parts: Buffer[]): Buffer {
  return createHash('sha256').update(Buffer.concat(parts)).digest();
}

/** RFC 9162 §2.1.3.2: the root an inclusion proof gives, or undefined when the proof does not fit. */
function rootFromProof(index: number, size: number, leaf: Buffer, path: Buffer[]): Buffer | undefined {
  if (index >= size) return undefined;
  let fn = index;
  let sn = size - 1;
  let r = leaf;
  for (const p of path) {
    if (sn === 0) return undefined;
    if (fn % 2 === 1 || fn === sn) {
      r = hash(Buffer.from([1]), p, r);
      while (fn % 2 === 0 && fn !== 0) {
        fn >>= 1;
        sn >>= 1;
      }
    } else {
      r = hash(Buffer.from([1]), r, p);
    }
    fn >>= 1;
    sn >>= 1;
  }
  return sn === 0 ? r : undefined;
}

const IDENTITY = 'URI:https://github.com/octo-org/octo-repo/.github/workflows/release.yml@refs/tags/v1.0.0';

describeWithOpenssl('signing with sigstore and publishing the attestations', () => {
  let issuer: TestIssuer;
  let github: IdTokenServer | undefined;
  let sigstore: LocalSigstore | undefined;
  let index: IndexServer | undefined;
  beforeAll(() => {
    issuer = createTestIssuer();
  });
  afterEach(async () => {
    await github?.close();
    await sigstore?.close();
    await index?.close();
    github = sigstore = index = undefined;
  });

  function signer() {
    return sigstoreSigner({
      env: github!.env(),
      mask: () => {},
      logger: new MemoryLogger(),
      fulcioUrl: sigstore!.fulcioUrl,
      rekorUrl: sigstore!.rekorUrl,
      attest: realAttest,
    });
  }

  /** Checks an attestation the way a verifier does, against the local trust roots. */
  function expectVerifies(attestation: Pep740Attestation, filename: string, sha256: string) {
    const leaf = new X509Certificate(Buffer.from(attestation.verification_material.certificate, 'base64'));
    expect(leaf.verify(sigstore!.caCertificate.publicKey)).toBe(true);
    expect(leaf.subjectAltName).toBe(IDENTITY);
    const statement = Buffer.from(attestation.envelope.statement, 'base64');
    const signature = Buffer.from(attestation.envelope.signature, 'base64');
    expect(verify('sha256', pae('application/vnd.in-toto+json', statement), leaf.publicKey, signature)).toBe(
      true,
    );
    expect(attestationStatement(attestation).subject).toEqual([{ name: filename, digest: { sha256 } }]);
    const [entry] = attestation.verification_material.transparency_entries as {
      logIndex: string;
      logId: { keyId: string };
      integratedTime: string;
      kindVersion: unknown;
      inclusionPromise: { signedEntryTimestamp: string };
      inclusionProof: { logIndex: string; treeSize: string; rootHash: string; hashes: string[] };
      canonicalizedBody: string;
    }[];
    expect(entry!.kindVersion).toEqual({ kind: 'dsse', version: '0.0.1' });
    // The inclusion proof leads from the entry's leaf to the signed tree root (RFC 9162 §2.1.3.2).
    const proof = entry!.inclusionProof;
    expect(
      rootFromProof(
        Number(proof.logIndex),
        Number(proof.treeSize),
        hash(Buffer.from([0]), Buffer.from(entry!.canonicalizedBody, 'base64')),
        proof.hashes.map((h) => Buffer.from(h, 'base64')),
      )?.toString('base64'),
    ).toBe(proof.rootHash);
    // Rekor's signed entry timestamp over the canonical entry, checked with Rekor's key.
    const set = `{"body":"${entry!.canonicalizedBody}","integratedTime":${entry!.integratedTime},"logID":"${Buffer.from(entry!.logId.keyId, 'base64').toString('hex')}","logIndex":${entry!.logIndex}}`;
    expect(
      verify(
        'sha256',
        Buffer.from(set),
        sigstore!.rekorPublicKey,
        Buffer.from(entry!.inclusionPromise.signedEntryTimestamp, 'base64'),
      ),
    ).toBe(true);
  }

  it('makes an attestation PyPI-shaped and verifiable: Fulcio certificate for the job, DSSE signature, Rekor entry', async () => {
    github = await startIdTokenServer(issuer);
    sigstore = await startLocalSigstore(issuer);
    const sha256 = createHash('sha256').update('wheel bytes').digest('hex');

    const attestation = await signer()({ filename: 'pkg-1.0-py3-none-any.whl', sha256 });

    expect(Object.keys(attestation).sort()).toEqual(['envelope', 'verification_material', 'version']);
    expectVerifies(attestation, 'pkg-1.0-py3-none-any.whl', sha256);
    expect(github.issued.map((t) => t.audience)).toEqual(['sigstore']);
    expect(sigstore.issued).toHaveLength(1);
    expect(sigstore.entries).toHaveLength(1);
  });

  it('publishes by trusted publishing with one attestation per file, each signed for that file', async () => {
    github = await startIdTokenServer(issuer);
    sigstore = await startLocalSigstore(issuer);
    const routes = new TrustedPublishingRoutes({
      issuer,
      publishers: [
        {
          owner: 'octo-org',
          repository: 'octo-repo',
          ownerId: '8675309',
          workflow: 'release.yml',
          projects: ['octo-pkg'],
        },
      ],
    });
    index = await startIndexServer({ mount: routes.mount });
    const dir = tempDir('attest-publish');
    const paths = [
      makeWheel(dir, { name: 'octo-pkg', version: '1.0.0' }),
      makeSdist(dir, { name: 'octo-pkg', version: '1.0.0' }),
    ];
    const target = repositoryEndpoints(`${index.url}legacy/`);
    const logger = new MemoryLogger();

    const report = await publishDistributions(
      {
        paths,
        uploadUrl: target.uploadUrl,
        index: target.index,
        skipExisting: false,
        dryRun: false,
        concurrency: 2,
        attest: signer(),
      },
      {
        logger,
        http: new HttpClient({ retries: 0, timeoutMs: 5000 }),
        credentials: trustedPublishing({
          uploadUrl: target.uploadUrl,
          oidcBaseUrl: index.url,
          env: github.env(),
          mask: () => {},
          logger,
        }),
        transport: { sleep: async () => {}, random: () => 0.5, stallTimeoutMs: 5000 },
      },
    );

    expect(report.failed).toBeUndefined();
    expect(report.files.map((f) => f.status)).toEqual(['uploaded', 'uploaded']);
    expect(index.uploads).toHaveLength(2);
    for (const upload of index.uploads) {
      const field = upload.fields.filter(([name]) => name === 'attestations').map(([, value]) => value);
      expect(field).toHaveLength(1);
      const attestations = JSON.parse(field[0]!) as Pep740Attestation[];
      expect(attestations).toHaveLength(1);
      const stored = index.state.findFile((f) => f.filename === upload.filename)!;
      expectVerifies(attestations[0]!, upload.filename!, stored.sha256);
    }
    // One ID token for the index (audience pypi) and one per signature (audience sigstore).
    expect(github.issued.map((t) => t.audience).sort()).toEqual(['pypi', 'sigstore', 'sigstore']);
  });
});
