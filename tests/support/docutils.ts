/**
 * PyPI's docutils for tests, installed the way the CLI installs it (pip, --target) but into a temp
 * directory the test file deletes, from whatever index pip reaches (here the local mirror). An
 * installer whose pip cannot reach any index stands for an offline runner.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type DocutilsInstaller,
  pipDocutilsInstaller,
  PYPI_DOCUTILS_VERSION,
} from '@otai-release/core/distfiles';

/** Debian's interpreter: it has docutils 0.19, older than PyPI's. */
export const SYSTEM_PYTHON = '/usr/bin/python3';

const made: string[] = [];

function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** Deletes every directory made here (call from afterAll). */
export function cleanupDocutils(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/**
 * An installer into a fresh temp directory, with PyPI's docutils already installed by `python`'s pip.
 * A machine where pip cannot get it fails the test, naming what is missing.
 */
export async function installedDocutilsInstaller(python = SYSTEM_PYTHON): Promise<DocutilsInstaller> {
  // pip waits this long for pypi.org, which is unreachable here; the mirror answers at once.
  const installer = pipDocutilsInstaller(join(tempDir('otai-docutils-'), 'docutils'), { timeoutSeconds: 3 });
  const result = await installer.install(python);
  if (!result.ok) {
    throw new Error(
      `These tests need ${python} -m pip to install docutils==${PYPI_DOCUTILS_VERSION} (Debian: python3-pip, and an index or mirror that has docutils ${PYPI_DOCUTILS_VERSION}): ${result.reason}`,
    );
  }
  return installer;
}

/** An installer whose pip finds no index at all, as on a runner without network. */
export function offlineDocutilsInstaller(): DocutilsInstaller {
  const emptyLinks = tempDir('otai-no-links-');
  return pipDocutilsInstaller(join(tempDir('otai-docutils-offline-'), 'docutils'), {
    env: { ...process.env, PIP_NO_INDEX: '1', PIP_FIND_LINKS: emptyLinks, PIP_CONFIG_FILE: '/dev/null' },
  });
}
