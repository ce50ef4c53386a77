/**
 * jest globalTeardown: fails the run when it left `otai-*` entries in the temp directory that were not
 * there when it started (tests/support/temp-dir.ts removes what tests make; a leftover means a test
 * bypassed it, or the code under test leaks). It compares names before and after this run only: a
 * second jest run at the same time (or anything else making otai-* entries) is counted too, which CI,
 * running one at a time, never does. OTAI_TMP_GUARD=off turns it off for such a run.
 */
import { tmpdir } from 'node:os';
import { otaiTempEntries } from './tmp-guard-setup.mjs';

export default function teardown() {
  const before = globalThis.__otaiTempBefore;
  if (process.env.OTAI_TMP_GUARD === 'off' || !before) return;
  const left = otaiTempEntries().filter((name) => !before.has(name));
  if (left.length === 0) return;
  const list = left
    .sort()
    .map((name) => `  ${tmpdir()}/${name}`)
    .join('\n');
  throw new Error(
    `This test run left ${left.length} new entr${left.length === 1 ? 'y' : 'ies'} in the temp directory:\n${list}\n` +
      'Make temp directories with tempDir() from tests/support/temp-dir.ts, which removes them when the test ends. ' +
      '(If another jest run was going on at the same time, these may be its: run again alone, or set OTAI_TMP_GUARD=off.)',
  );
}
