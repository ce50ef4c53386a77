/**
 * The CLI's side of the bundled PyPI data: `--version` and `check-dist --list-rules` name the
 * trove-classifiers and docutils versions the checks follow, and check-dist renders RST with PyPI's
 * docutils from the user's cache directory (XDG_CACHE_HOME), saying which docutils rendered it; the
 * report it writes and its exit code.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, jest, test } from '@jest/globals';
import { main } from '@otai-release/cli/main';
import { OTAI_RELEASE_VERSION } from '@otai-release/cli/version';
import {
  docutilsCacheDir,
  pipDocutilsInstaller,
  TROVE_CLASSIFIERS_VERSION,
} from '@otai-release/core/distfiles';
import { cleanup, materialize } from '../fixtures/layouts.js';
import { makeWheel } from '../support/archives.js';
import { SYSTEM_PYTHON } from '../support/docutils.js';

jest.setTimeout(60_000);
afterAll(cleanup);

async function cli(...argv: string[]): Promise<{ code: number; out: string }> {
  let out = '';
  const code = await main(argv, (text) => {
    out += text;
  });
  return { code, out };
}

describe('otai-release --version', () => {
  test.each(['--version', '-V'])(
    '%s prints our version and the pinned trove-classifiers and docutils',
    async (flag) => {
      const { code, out } = await cli(flag);
      expect(code).toBe(0);
      expect(out.split('\n')).toEqual([
        `otai-release ${OTAI_RELEASE_VERSION}`,
        `trove-classifiers ${TROVE_CLASSIFIERS_VERSION} (PyPI's classifier list, bundled)`,
        "docutils 0.23 (PyPI's reStructuredText renderer, installed into the cache when needed)",
        '',
      ]);
    },
  );

  test('the version printed is package.json’s', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    expect(OTAI_RELEASE_VERSION).toBe(pkg.version);
  });

  test('the bundled list is the release scripts/gen-classifiers.mjs pins', () => {
    const script = readFileSync(join('scripts', 'gen-classifiers.mjs'), 'utf8');
    expect(script).toContain(`const PINNED = '${TROVE_CLASSIFIERS_VERSION}';`);
  });
});

describe('check-dist --list-rules', () => {
  test('text: a first line names the trove-classifiers and docutils versions, then every rule', async () => {
    const { code, out } = await cli('check-dist', '--list-rules');
    expect(code).toBe(0);
    const lines = out.trimEnd().split('\n');
    expect(lines[0]).toBe(
      `Classifiers: trove-classifiers ${TROVE_CLASSIFIERS_VERSION} (bundled). reStructuredText: docutils 0.23, as PyPI renders it.`,
    );
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^D005 +notice +otai-release +reStructuredText description rejected by a docutils older than PyPI's/,
      ),
    );
  });

  test('json: the versions beside the rules', async () => {
    const { out } = await cli('check-dist', '--list-rules', '--json');
    const listed = JSON.parse(out) as {
      troveClassifiers: string;
      pypiDocutils: string;
      rules: { code: string }[];
    };
    expect(listed.troveClassifiers).toBe(TROVE_CLASSIFIERS_VERSION);
    expect(listed.pypiDocutils).toBe('0.23');
    expect(listed.rules.map((r) => r.code)).toEqual(
      expect.arrayContaining(['D003', 'D004', 'D005', 'P005', 'P006']),
    );
  });
});

describe('check-dist renders RST with docutils from the user cache', () => {
  test('docutilsCacheDir: XDG_CACHE_HOME, else ~/.cache; LOCALAPPDATA on Windows', () => {
    expect(docutilsCacheDir({ XDG_CACHE_HOME: '/x/cache' }, 'linux', '/home/u')).toBe(
      '/x/cache/otai-release/docutils-0.23',
    );
    expect(docutilsCacheDir({ XDG_CACHE_HOME: '' }, 'darwin', '/Users/u')).toBe(
      '/Users/u/.cache/otai-release/docutils-0.23',
    );
    expect(docutilsCacheDir({ LOCALAPPDATA: 'C:\\Users\\u\\AppData\\Local' }, 'win32', 'C:\\Users\\u')).toBe(
      join('C:\\Users\\u\\AppData\\Local', 'otai-release', 'docutils-0.23'),
    );
  });

  test('a README only docutils 0.19 rejects passes, and the output says docutils 0.23 from the cache rendered it', async () => {
    const cacheHome = materialize({});
    const dir = docutilsCacheDir({ XDG_CACHE_HOME: cacheHome }, process.platform, '/nonexistent');
    // What an earlier run would have left there (pip reaches only the local mirror here, so it is quicker to ask it directly with a short timeout).
    const installed = await pipDocutilsInstaller(dir, { timeoutSeconds: 3 }).install(SYSTEM_PYTHON);
    if (!installed.ok)
      throw new Error(
        `${SYSTEM_PYTHON} -m pip must install docutils==0.23 (python3-pip, and an index with it): ${installed.reason}`,
      );
    const work = materialize({});
    const wheel = makeWheel(work, {
      name: 'twolinks',
      version: '1.0',
      metadata:
        'Metadata-Version: 2.1\nName: twolinks\nVersion: 1.0\nDescription-Content-Type: text/x-rst\n\nRead the `docs <https://a.example>`_ or the `docs <https://b.example>`_.\n',
    });
    const saved = process.env.XDG_CACHE_HOME;
    process.env.XDG_CACHE_HOME = cacheHome;
    try {
      const { code, out } = await cli('check-dist', wheel, '--strict', '--python', SYSTEM_PYTHON);
      expect(out).toContain(
        `reStructuredText rendered by docutils 0.23 (${join(dir, 'docutils')}, run by ${SYSTEM_PYTHON}), as PyPI does.`,
      );
      expect(out).toMatch(/: PASSED\n/);
      expect(code).toBe(0);
    } finally {
      if (saved === undefined) delete process.env.XDG_CACHE_HOME;
      else process.env.XDG_CACHE_HOME = saved;
    }
  });
});

describe('check-dist reports as twine-check does', () => {
  test('--report writes the JSON report (its directory created) with paths relative to the working directory; a failing file exits 1', async () => {
    const work = materialize({});
    const md = (name: string, version: string) =>
      `Metadata-Version: 2.1\nName: ${name}\nVersion: ${version}\nDescription-Content-Type: text/markdown\n\n# ${name}\n`;
    makeWheel(join(work, 'dist'), { name: 'fine', version: '1.0', metadata: md('fine', '1.0') });
    makeWheel(join(work, 'dist'), { name: 'localv', version: '1.0+x', metadata: md('localv', '1.0+x') });
    const cwd = process.cwd();
    process.chdir(work);
    try {
      const { code, out } = await cli('check-dist', 'dist', '--report', 'reports/check.json');
      expect(code).toBe(1);
      expect(out).toContain('Checking dist/localv-1.0+x-py3-none-any.whl: FAILED\n');
      expect(out).toContain('1 of 2 file(s) failed.\n');
    } finally {
      process.chdir(cwd);
    }
    const report = JSON.parse(readFileSync(join(work, 'reports/check.json'), 'utf8')) as {
      failed: number;
      files: { file: string; status: string }[];
    };
    expect(report.failed).toBe(1);
    expect(report.files.map((f) => [f.file, f.status])).toEqual([
      ['dist/fine-1.0-py3-none-any.whl', 'passed'],
      ['dist/localv-1.0+x-py3-none-any.whl', 'failed'],
    ]);
  });
});
