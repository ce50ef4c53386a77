/**
 * Fault injection: an index that, at random from a seed, answers 503, answers 429 with Retry-After,
 * resets the connection in the middle of the body, never answers (a stall), or stores the file and
 * then drops the connection before answering. Whatever happens, every file ends up stored exactly
 * once with the right bytes, and a rerun sends nothing.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, afterEach, describe, expect, jest, test } from '@jest/globals';
import { HttpClient } from '@otai-release/core/http';
import { MemoryLogger } from '@otai-release/core/log';
import { fixedCredentials, publishDistributions, repositoryEndpoints } from '@otai-release/core/publish';
import { makeSdist, makeWheel } from '../support/archives.js';
import { type IndexServer, startIndexServer } from '../support/index-server.js';
import type { ChaosMode } from '../support/upload-route.js';
import { tempDir } from '../support/temp-dir.js';

jest.setTimeout(60_000);

let server: IndexServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** Four projects, each a wheel (300 KiB of random bytes, which do not compress: a reset lands mid-body) and an sdist. */
function release(): string[] {
  const dir = tempDir('chaos');
  return ['alpha', 'beta', 'gamma', 'delta'].flatMap((name) => [
    makeWheel(dir, {
      name: `chaos-${name}`,
      version: '2.0.0',
      files: { [`chaos_${name}/data.bin`]: randomBytes(300 * 1024) },
    }),
    makeSdist(dir, { name: `chaos-${name}`, version: '2.0.0' }),
  ]);
}

const seen = new Set<ChaosMode>();
afterAll(() => {
  // Across the seeds, every kind of trouble was met at least once.
  expect([...seen].sort()).toEqual(['429', '503', 'reset', 'stall', 'store-then-reset']);
});

async function publish(paths: string[], skipExisting: boolean) {
  const target = repositoryEndpoints(`${server!.url}legacy/`);
  const logger = new MemoryLogger();
  const report = await publishDistributions(
    { paths, uploadUrl: target.uploadUrl, index: target.index, skipExisting, dryRun: false, concurrency: 3 },
    {
      logger,
      http: new HttpClient({ retries: 0 }),
      credentials: fixedCredentials('__token__', 'pypi-chaos'),
      transport: { retries: 10, backoffMs: 5, maxBackoffMs: 20, maxRetryAfterMs: 20, stallTimeoutMs: 400 },
    },
  );
  return { report, logger };
}

describe('an index that fails at random', () => {
  test.each([1, 7, 42])('seed %i: every file stored exactly once, and a rerun is a no-op', async (seed) => {
    server = await startIndexServer({ chaos: { seed, rate: 0.5 } });
    server.state.addToken('pypi-chaos');
    const paths = release();
    const { report, logger } = await publish(paths, false);
    expect(report.failed).toBeUndefined();
    const faults = server.uploads.filter((u) => u.chaos).map((u) => u.chaos!);
    expect(faults.length).toBeGreaterThan(0);
    for (const f of faults) seen.add(f);
    // Each retry was announced.
    expect(logger.messages('warning').length).toBeGreaterThanOrEqual(faults.length);

    for (const path of paths) {
      const filename = path.split('/').at(-1)!;
      expect([filename, server.stored.get(filename)]).toEqual([filename, 1]);
      const stored = server.state.findFile((f) => f.filename === filename)!;
      expect(stored.content.equals(readFileSync(path))).toBe(true);
    }
    const uploadsBefore = server.uploads.length;
    const rerun = await publish(paths, true);
    expect(rerun.report.failed).toBeUndefined();
    expect(rerun.report.files.map((f) => f.status)).toEqual(paths.map(() => 'identical'));
    expect(server.uploads.length).toBe(uploadsBefore);
    expect([...server.stored.values()].every((n) => n === 1)).toBe(true);
  });
});
