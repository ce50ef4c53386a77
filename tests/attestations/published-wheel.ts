/**
 * A real published distribution and a Sigstore bundle for it, for the attestation tests.
 *
 * The file is appdirs 1.4.4's wheel as PyPI publishes it, fetched with `pip download --no-deps` from
 * this machine's PyPI mirror into a cache outside the repository ($XDG_CACHE_HOME or ~/.cache), kept
 * between runs. The bundle is made at test time by the real npm `sigstore` package against the local
 * Fulcio and Rekor (tests/support/local-sigstore.ts): the public-good instance's bundles are not
 * reachable from this machine (the npm registry here answers 404 on /-/npm/v1/attestations/), and
 * none may be copied into the repository.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import {
  type AttestedDistribution,
  IN_TOTO_PAYLOAD_TYPE,
  publishStatement,
  type SigstoreAttest,
  type TransparencyEntry,
} from '@otai-release/core/attestations';
import type { LocalSigstore } from '../support/local-sigstore.js';
import { commandRuns, requireTool } from '../support/require-tool.js';
import { tempDir } from '../support/temp-dir.js';
import { defaultJob, jobClaims, type TestIssuer } from '../support/trusted-publishing-server.js';

/** The wheel's requirement and file name. */
export const WHEEL_REQUIREMENT = 'appdirs==1.4.4';
export const WHEEL = 'appdirs-1.4.4-py2.py3-none-any.whl';
/** The wheel's sha256 as PyPI's simple index lists it (the mirror's /opt/pypi/simple/appdirs/). */
export const PYPI_SHA256 = 'a841dacd6b99318a741b166adb07e19ee71a274450e68237b4650ca1055ab128';

// The real `sigstore` package through Node's own require: jest's module registry cannot load an
// ESM-only package that make-fetch-happen requires (http-proxy-agent), which Node 24 loads natively,
// as the signer's own `import('sigstore')` does in the bundled action.
const { createRequire } = process.getBuiltinModule('node:module') as typeof import('node:module');
/** The `sigstore` package's attest(). */
export const realAttest = (createRequire(import.meta.url)('sigstore') as { attest: SigstoreAttest }).attest;

/** The first pip that runs: `pip`, else `python3 -m pip`. */
function findPip(): string[] | undefined {
  for (const command of [['pip'], ['python3', '-m', 'pip']]) {
    if (spawnSync(command[0]!, [...command.slice(1), '--version']).status === 0) return command;
  }
  return undefined;
}

const pip = findPip();

/** The `describe` for suites that download the wheel (pip) and sign it locally (openssl). */
export const describeWithPipAndOpenssl = requireTool(
  pip !== undefined && commandRuns('openssl', ['version']),
  {
    name: 'pip and openssl (pip downloads the published wheel, the local Fulcio issues certificates with openssl)',
    install: 'apt-get install python3-pip openssl',
  },
);

/** The wheel's bytes, downloaded once and then read from the cache. */
export function publishedWheel(): Buffer {
  const cache = join(
    process.env.XDG_CACHE_HOME || join(homedir(), '.cache'),
    'otai-release-tests',
    'published-wheel',
  );
  const path = join(cache, WHEEL);
  if (!existsSync(path)) {
    const dir = tempDir('published-wheel');
    const args = ['download', '--no-deps', '--retries', '0', '--only-binary', ':all:', '-q', '-d', dir];
    const run = spawnSync(pip![0]!, [...pip!.slice(1), ...args, WHEEL_REQUIREMENT], { encoding: 'utf8' });
    if (run.status !== 0) {
      throw new Error(
        `\`${pip!.join(' ')} download ${WHEEL_REQUIREMENT}\` failed (exit ${run.status}): ` +
          `${run.stderr ?? ''}${run.error?.message ?? ''}`.trim(),
      );
    }
    mkdirSync(cache, { recursive: true });
    // Copied beside the cache entry (the temp dir may be on another file system), then renamed into
    // place, so a concurrent run never reads a half-written file.
    const partial = `${path}.partial-${process.pid}`;
    copyFileSync(join(dir, WHEEL), partial);
    renameSync(partial, path);
  }
  return readFileSync(path);
}

/** The published wheel as an attestation names it: its file name and the sha256 of its bytes. */
export function publishedDistribution(): AttestedDistribution {
  return { filename: WHEEL, sha256: createHash('sha256').update(publishedWheel()).digest('hex') };
}

/** A v0.3 Sigstore bundle of a DSSE envelope, as sigstore-js serializes it. */
export interface DsseBundle {
  mediaType: string;
  verificationMaterial: { certificate: { rawBytes: string }; tlogEntries: TransparencyEntry[] };
  dsseEnvelope: { payload: string; payloadType: string; signatures: { sig: string; keyid: string }[] };
}

/**
 * The bundle the real `sigstore` package makes for `dist`'s publish/v1 statement, as the signer asks
 * for it (a `dsse` Rekor entry, the leaf certificate alone), with a GitHub ID token from `issuer` for
 * the default job.
 */
export async function localBundle(
  sigstore: LocalSigstore,
  issuer: TestIssuer,
  dist: AttestedDistribution,
): Promise<DsseBundle> {
  const payload = Buffer.from(JSON.stringify(publishStatement(dist)));
  return (await realAttest(payload, IN_TOTO_PAYLOAD_TYPE, {
    fulcioURL: sigstore.fulcioUrl,
    rekorURL: sigstore.rekorUrl,
    identityProvider: {
      getToken: async () => issuer.sign(jobClaims(defaultJob(), 'sigstore', Math.floor(Date.now() / 1000))),
    },
    tlogUpload: true,
    legacyCompatibility: false,
    timeout: 15_000,
  })) as DsseBundle;
}
