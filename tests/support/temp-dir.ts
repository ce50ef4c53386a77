/**
 * Temporary directories for tests, removed when they are no longer needed, pass or fail: one made
 * during a test (or its beforeEach) when that test ends; one made outside a test (module scope, a
 * describe body, beforeAll), which later tests may share, when the file's tests end.
 *
 * Importing this module registers the hooks that do it, in the importing test file. Every name starts
 * with `otai-`, which is what the run's leftover guard (tests/support/leftover-guard-*.mjs) watches.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach } from '@jest/globals';

const forTest: string[] = [];
const forFile: string[] = [];
let inTest = false;

function remove(dirs: string[]): void {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
}

// Registered on import, so before the file's own hooks: jest runs same-level hooks in the order they
// were registered, which means a file's root-level afterEach/afterAll runs after the removal and must
// not need these directories (a describe block's own hooks run before it).
beforeEach(() => {
  inTest = true;
});
afterEach(() => {
  inTest = false;
  remove(forTest);
});
afterAll(() => remove(forFile));

/** A new empty directory `<tmp>/otai-<name>-XXXXXX`, removed when the test (or, outside tests, the file) ends. */
export function tempDir(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `otai-${name}-`));
  (inTest ? forTest : forFile).push(dir);
  return dir;
}
