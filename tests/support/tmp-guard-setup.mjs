/**
 * jest globalSetup: notes which `otai-*` entries the system temp directory holds before the run, so
 * that tmp-guard-teardown.mjs can fail a run whose tests (or the code they run) left new ones behind.
 */
import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';

/** The names in the temp directory that tests and the code under test create (`otai-…`). */
export function otaiTempEntries() {
  return readdirSync(tmpdir()).filter((name) => name.startsWith('otai-'));
}

export default function setup() {
  globalThis.__otaiTempBefore = new Set(otaiTempEntries());
}
