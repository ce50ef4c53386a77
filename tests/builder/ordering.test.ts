/**
 * A package whose directory holds other packages (a monorepo root) builds before them, never at the
 * same time: its sdist takes in their folders, which must not hold another build's half-written
 * leftovers. Real pypa/build runs with in-tree backends that log when they run.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, jest, test } from '@jest/globals';
import { buildDistributions } from '@otai-release/core/builder';
import { cleanup, materialize } from '../fixtures/layouts.js';
import { tempDir } from '../support/temp-dir.js';
import { committedRepo, inTreeProject, options } from './projects.js';

jest.setTimeout(120_000);
afterAll(cleanup);

function prefixed(prefix: string, files: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(files).map(([k, v]) => [prefix ? `${prefix}/${k}` : k, v]));
}

test('the root package builds first; its sub-packages then build in parallel', async () => {
  const log = join(tempDir('order'), 'events.log');
  const note = (what: string) => `open(${JSON.stringify(log)}, "a").write(f"${what} {time.time()}\\n")`;
  const root = committedRepo({
    ...inTreeProject('mono-root', '2.0.0', [note('root-begin'), 'time.sleep(0.8)', note('root-end')]),
    ...prefixed(
      'plugins/a',
      inTreeProject('plugin-a', '2.0.0', [note('a-begin'), 'time.sleep(0.8)', note('a-end')]),
    ),
    ...prefixed(
      'plugins/b',
      inTreeProject('plugin-b', '2.0.0', [note('b-begin'), 'time.sleep(0.8)', note('b-end')]),
    ),
  });
  const outDir = join(materialize({}), 'dist');
  const result = await buildDistributions(
    options(root, outDir, {
      jobs: 3,
      targets: [
        { name: 'plugin-a', path: 'plugins/a', version: '2.0.0' },
        { name: 'mono-root', path: '.', version: '2.0.0' },
        { name: 'plugin-b', path: 'plugins/b', version: '2.0.0' },
      ],
    }),
  );
  expect(result.packages.map((p) => p.name)).toEqual(['plugin-a', 'mono-root', 'plugin-b']);

  const events = readFileSync(log, 'utf8')
    .trim()
    .split('\n')
    .map((line) => {
      const [what, at] = line.split(' ');
      return { what, at: Number(at) };
    });
  const lastRootEnd = Math.max(...events.filter((e) => e.what === 'root-end').map((e) => e.at));
  const firstPlugin = Math.min(...events.filter((e) => /^[ab]-begin$/.test(e.what)).map((e) => e.at));
  expect(firstPlugin).toBeGreaterThanOrEqual(lastRootEnd);
  // The two plugins overlapped: b began before a ended (both sdist hooks sleep 0.8 s).
  const aEnd = events.find((e) => e.what === 'a-end')!.at;
  const bBegin = events.find((e) => e.what === 'b-begin')!.at;
  const aBegin = events.find((e) => e.what === 'a-begin')!.at;
  const bEnd = events.find((e) => e.what === 'b-end')!.at;
  expect(bBegin < aEnd && aBegin < bEnd).toBe(true);
});
