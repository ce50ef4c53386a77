/**
 * SOURCE_DATE_EPOCH: the last commit's time by default, an inherited value or the option instead, and
 * what it buys with the backends at hand — rebuilding one commit later, after the files' times have
 * changed, gives the same bytes for hatchling's sdist and wheel and setuptools' wheel, but not for
 * setuptools 66's sdist (its tar members keep the files' mtimes and its gzip header the clock).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, describe, expect, jest, test } from '@jest/globals';
import { type BuildResult, buildDistributions, sourceDateEpochOf } from '@otai-release/core/builder';
import { ConfigurationError } from '@otai-release/core/errors';
import { cleanup, materialize } from '../fixtures/layouts.js';
import {
  COMMIT_EPOCH,
  committedRepo,
  MONOREPO_TARGETS,
  monorepoFiles,
  options,
  SETUPTOOLS_PROJECT,
} from './projects.js';

jest.setTimeout(120_000);
afterAll(cleanup);

const digests = (result: BuildResult) =>
  Object.fromEntries(
    result.files.map((f) => [f.filename, createHash('sha256').update(readFileSync(f.path)).digest('hex')]),
  );

/** The time field of a gzip header (RFC 1952: bytes 4–7, little-endian Unix seconds). */
const gzipMtime = (path: string) => String(readFileSync(path).readUInt32LE(4));

/** Sets every file under `dir` (but .git) to the current time, as a fresh checkout would. */
function touchAll(dir: string): void {
  const now = new Date();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const full = join(entry.parentPath, entry.name);
    if (entry.isFile() && !full.includes('/.git/')) utimesSync(full, now, now);
  }
}

/** Builds `root` twice, 1.5 s apart, with every source file touched in between. */
async function buildTwice(root: string, more: Parameters<typeof options>[2]) {
  const first = await buildDistributions(options(root, join(materialize({}), 'dist'), more));
  await sleep(1500);
  touchAll(root);
  const second = await buildDistributions(options(root, join(materialize({}), 'dist'), more));
  return [first, second] as const;
}

describe('reproducible builds', () => {
  test('hatchling: sdist and wheel are byte-identical across rebuilds, stamped with the commit time', async () => {
    const root = committedRepo(monorepoFiles());
    const [first, second] = await buildTwice(root, { targets: MONOREPO_TARGETS.slice(0, 2) });

    expect(first.sourceDateEpoch).toBe(COMMIT_EPOCH);
    expect(Object.keys(digests(first))).toHaveLength(4);
    expect(digests(second)).toEqual(digests(first));
    for (const file of first.files.filter((f) => f.kind === 'sdist')) {
      expect(gzipMtime(file.path)).toBe(COMMIT_EPOCH);
    }
  });

  test('setuptools 66: the wheel is byte-identical across rebuilds, the sdist is not', async () => {
    const root = committedRepo(SETUPTOOLS_PROJECT);
    const targets = [{ name: 'st-pkg', path: '.', version: '2.0.0' }];
    const [first, second] = await buildTwice(root, { targets });

    // setuptools < 69.3 still writes the unnormalised sdist name.
    expect(first.files.map((f) => f.filename)).toEqual([
      'st-pkg-2.0.0.tar.gz',
      'st_pkg-2.0.0-py3-none-any.whl',
    ]);
    const [sdist1, wheel1] = first.files;
    const [sdist2, wheel2] = second.files;
    expect(wheel2!.sha256).toBe(wheel1!.sha256);
    expect(sdist2!.sha256).not.toBe(sdist1!.sha256);
    // The gzip header carries the build's wall-clock time, not SOURCE_DATE_EPOCH.
    expect(gzipMtime(sdist1!.path)).not.toBe(COMMIT_EPOCH);
    expect(Number(gzipMtime(sdist2!.path))).toBeGreaterThan(Number(gzipMtime(sdist1!.path)));
    expect(Math.abs(Number(gzipMtime(sdist2!.path)) - statSync(sdist2!.path).mtimeMs / 1000)).toBeLessThan(
      60,
    );
  });
});

describe('SOURCE_DATE_EPOCH', () => {
  const sdistOnly = (root: string, more: Parameters<typeof options>[2]) =>
    buildDistributions(
      options(root, join(materialize({}), 'dist'), {
        wheel: false,
        targets: [MONOREPO_TARGETS[1]!],
        ...more,
      }),
    );

  test('one already in the environment wins over the commit time; the option wins over both', async () => {
    const root = committedRepo(monorepoFiles());
    const env = { ...process.env, SOURCE_DATE_EPOCH: '1600000000' };

    const inherited = await sdistOnly(root, { env });
    expect(inherited.sourceDateEpoch).toBe('1600000000');
    expect(gzipMtime(inherited.files[0]!.path)).toBe('1600000000');

    const explicit = await sdistOnly(root, { env, sourceDateEpoch: '1650000000' });
    expect(explicit.sourceDateEpoch).toBe('1650000000');
    expect(gzipMtime(explicit.files[0]!.path)).toBe('1650000000');
  });

  test('a value that is not whole seconds is refused before anything is built', async () => {
    const root = committedRepo(monorepoFiles());
    const error = await sdistOnly(root, { sourceDateEpoch: '2024-05-01' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as Error).message).toContain("sourceDateEpoch is '2024-05-01', which is not a Unix time");
  });

  test('sourceDateEpochOf gives the last commit time, and nothing outside a git repository', async () => {
    expect(await sourceDateEpochOf(committedRepo({ 'a.txt': 'a' }))).toBe(COMMIT_EPOCH);
    expect(await sourceDateEpochOf(materialize({ 'a.txt': 'a' }))).toBeUndefined();
  });
});
