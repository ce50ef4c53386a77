/**
 * The private docutils directory: installed once and then reused without pip, and an install that
 * fails (no network) leaves nothing behind that a later run could take for a complete copy.
 */
import { cpSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, jest, test } from '@jest/globals';
import {
  type DocutilsInstaller,
  installedDocutils,
  pipDocutilsInstaller,
} from '@otai-release/core/distfiles';
import { cleanup, materialize } from '../../fixtures/layouts.js';
import {
  cleanupDocutils,
  installedDocutilsInstaller,
  offlineDocutilsInstaller,
  SYSTEM_PYTHON,
} from '../../support/docutils.js';

jest.setTimeout(60_000);
afterAll(cleanup);
afterAll(cleanupDocutils);

describe('pipDocutilsInstaller', () => {
  let installed: DocutilsInstaller;
  beforeAll(async () => {
    installed = await installedDocutilsInstaller(SYSTEM_PYTHON);
  });

  test('installs docutils 0.23 and nothing else next to it but its own files', () => {
    expect(installedDocutils(installed.dir)).toBe('0.23');
    expect(readdirSync(dirname(installed.dir))).toEqual(['docutils']);
  });

  test('a directory that already holds it is used as is: no pip, so it works offline', async () => {
    const offline = offlineDocutilsInstaller();
    cpSync(installed.dir, offline.dir, { recursive: true });
    await expect(offline.install(SYSTEM_PYTHON)).resolves.toEqual({ ok: true });
  });

  test('offline, it fails with pip’s reason and leaves neither the directory nor a partial copy', async () => {
    const offline = offlineDocutilsInstaller();
    const result = await offline.install(SYSTEM_PYTHON);
    expect(result).toEqual({
      ok: false,
      reason: expect.stringMatching(/docutils==0\.23 failed \(exit 1\): ERROR: .*docutils==0\.23/),
    });
    expect(readdirSync(dirname(offline.dir))).toEqual([]);
  });

  test('an interpreter that does not exist is a reason, not a crash', async () => {
    const dir = join(materialize({}), 'docutils');
    const result = await pipDocutilsInstaller(dir).install('/nonexistent/python3');
    expect(result).toEqual({ ok: false, reason: expect.stringContaining('could not start') });
  });
});
