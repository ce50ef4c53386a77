/** twine-check's parseInputs, run(inputs, deps) and summary, with a memory logger. */
import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, jest, test } from '@jest/globals';
import {
  cachedDocutilsInstaller,
  DOCUTILS_CACHE_KEY,
  type DocutilsCache,
} from '../../actions/twine-check/docutils-cache.js';
import { parseInputs } from '../../actions/twine-check/inputs.js';
import { run } from '../../actions/twine-check/run.js';
import { renderSummary } from '../../actions/twine-check/summary.js';
import { inputsFrom } from '@otai-release/core/action';
import { MemoryLogger } from '@otai-release/core/log';
import { cleanup, materialize } from '../fixtures/layouts.js';
import type { DocutilsInstaller } from '@otai-release/core/distfiles';
import { makeWheel } from '../support/archives.js';
import {
  cleanupDocutils,
  installedDocutilsInstaller,
  offlineDocutilsInstaller,
  SYSTEM_PYTHON,
} from '../support/docutils.js';

jest.setTimeout(60_000);
afterAll(cleanup);
afterAll(cleanupDocutils);

const md = (name: string, version: string) =>
  `Metadata-Version: 2.1\nName: ${name}\nVersion: ${version}\nDescription-Content-Type: text/markdown\n\n# ${name}\n`;

describe('parseInputs', () => {
  test('defaults: dist, not strict, 100 MiB, every check', () => {
    expect(parseInputs(inputsFrom({}))).toEqual({
      files: ['dist'],
      strict: false,
      'max-file-size': 100 * 1024 * 1024,
      select: undefined,
      ignore: undefined,
      report: undefined,
      path: '.',
      python: undefined,
    });
  });

  test('files split on newlines and commas; sizes in decimal and binary units; code lists', () => {
    const inputs = parseInputs(
      inputsFrom({
        files: 'dist/*.whl\nother, third',
        'max-file-size': '50 MB',
        select: 'W, M00',
        ignore: 'W002',
      }),
    );
    expect(inputs.files).toEqual(['dist/*.whl', 'other', 'third']);
    expect(inputs['max-file-size']).toBe(50_000_000);
    expect([inputs.select, inputs.ignore]).toEqual([['W', 'M00'], ['W002']]);
    expect(parseInputs(inputsFrom({ 'max-file-size': '1GiB' }))['max-file-size']).toBe(1024 ** 3);
  });

  test.each([
    [{ 'max-file-size': 'huge' }, /'max-file-size' is 'huge', which is not a size/],
    [{ select: 'X9' }, /select: 'X9' matches no check code/],
    [{ strict: 'maybe' }, /not a boolean/],
  ])('%j is refused up front', (values, message) => {
    expect(() => parseInputs(inputsFrom(values))).toThrow(message);
  });
});

describe('run', () => {
  test('a file that fails only under strict fails the step only when strict is set', async () => {
    const dir = materialize({});
    // No Description-Content-Type: a warning (twine's), not an error.
    makeWheel(join(dir, 'dist'), {
      name: 'plain',
      version: '1.0',
      metadata: 'Metadata-Version: 2.1\nName: plain\nVersion: 1.0\n\nplain text\n',
    });
    const lenient = await run(parseInputs(inputsFrom({})), { logger: new MemoryLogger(), cwd: dir });
    expect(lenient.report.files[0]!.status).toBe('passed-with-warnings');
    expect(lenient.failed).toBeUndefined();
    const strict = await run(parseInputs(inputsFrom({ strict: 'true' })), {
      logger: new MemoryLogger(),
      cwd: dir,
    });
    expect(strict.failed).toMatch(
      /^1 of 1 distribution file\(s\) failed the check; the first: plain-1\.0-py3-none-any\.whl \(/,
    );
  });

  test('checks a directory, writes the report where asked, annotates each finding with its code and fix', async () => {
    const dir = materialize({});
    makeWheel(join(dir, 'dist'), { name: 'fine', version: '1.0', metadata: md('fine', '1.0') });
    makeWheel(join(dir, 'dist'), { name: 'localv', version: '1.0+x', metadata: md('localv', '1.0+x') });
    const logger = new MemoryLogger();
    const inputs = parseInputs(inputsFrom({ report: 'out/report.json', python: '/usr/bin/python3' }));
    const result = await run(inputs, { logger, cwd: dir });
    expect(result.outputs.failed).toBe(1);
    expect(result.failed).toMatch(
      /^1 of 2 distribution file\(s\) failed the check; the first: localv-1\.0\+x-py3-none-any\.whl \(P002 Version: The use of local versions /,
    );
    const written = JSON.parse(readFileSync(join(dir, 'out/report.json'), 'utf8'));
    expect(written.files.map((f: { file: string; status: string }) => [f.file, f.status])).toEqual([
      ['dist/fine-1.0-py3-none-any.whl', 'passed'],
      ['dist/localv-1.0+x-py3-none-any.whl', 'failed'],
    ]);
    const errors = logger.entries.filter((e) => e.level === 'error').map((e) => e.message);
    expect(errors).toContainEqual(
      expect.stringMatching(
        /^localv-1\.0\+x-py3-none-any\.whl: P002 Version: The use of local versions in .* — fix: Version comes from `version` in \[project\]/,
      ),
    );
    const summary = renderSummary(result.report);
    expect(summary).toContain('### ❌ twine-check: 1 of 2 file(s) failed');
    expect(summary).toMatch(/\| `P002` \| error \| .*local versions/);
  });

  test('an empty directory is an error that says to build first', async () => {
    const dir = materialize({ 'dist/.gitignore': '*' });
    await expect(run(parseInputs(inputsFrom({})), { logger: new MemoryLogger(), cwd: dir })).rejects.toThrow(
      /No distribution files in 'dist': build first/,
    );
  });
});

describe('PyPI’s docutils through the Actions cache', () => {
  // Two links with one text: Debian's docutils 0.19 fails it, PyPI's 0.23 renders it.
  const TWO_LINKS =
    'Demo\n====\n\nRead the `docs <https://a.example>`_ or the `docs <https://b.example>`_.\n';
  let installed: DocutilsInstaller;
  beforeAll(async () => {
    installed = await installedDocutilsInstaller(SYSTEM_PYTHON);
  });

  const rstProject = () => {
    const dir = materialize({});
    makeWheel(join(dir, 'dist'), {
      name: 'twolinks',
      version: '1.0',
      metadata: `Metadata-Version: 2.1\nName: twolinks\nVersion: 1.0\nDescription-Content-Type: text/x-rst\n\n${TWO_LINKS}`,
    });
    return dir;
  };
  /** A cache that holds `entry` (a docutils directory) under `key`, and records what it was asked. */
  const fakeCache = (entry?: string) => {
    const calls: string[] = [];
    const cache: DocutilsCache = {
      available: () => true,
      restore: async ([path], key) => {
        calls.push(`restore ${key}`);
        if (!entry) return undefined;
        cpSync(entry, path!, { recursive: true });
        return key;
      },
      save: async ([path], key) => {
        calls.push(`save ${key} ${path === undefined ? '' : 'dir'}`);
      },
    };
    return { cache, calls };
  };
  const inputs = () => parseInputs(inputsFrom({ python: SYSTEM_PYTHON, strict: 'true' }));

  test('a cache hit: restored before pip is asked, nothing saved; the log and summary name docutils 0.23', async () => {
    const dir = rstProject();
    const { cache, calls } = fakeCache(installed.dir);
    const logger = new MemoryLogger();
    // pip would fail (no index): passing proves the cached copy rendered.
    const docutils = cachedDocutilsInstaller(offlineDocutilsInstaller(), cache, logger);
    const result = await run(inputs(), { logger, cwd: dir, docutils });
    expect(calls).toEqual([`restore ${DOCUTILS_CACHE_KEY}`]);
    expect(result.outputs.failed).toBe(0);
    expect(result.failed).toBeUndefined();
    expect(result.report.renderers?.rst.docutils).toBe('0.23');
    const infos = logger.entries.filter((e) => e.level === 'info').map((e) => e.message);
    expect(infos).toContainEqual(expect.stringContaining('docutils 0.23 restored from the Actions cache'));
    expect(infos).toContainEqual(
      expect.stringMatching(/^reStructuredText rendered by docutils 0\.23 .*as PyPI does\.$/),
    );
    expect(renderSummary(result.report)).toContain('reStructuredText rendered by docutils 0.23');
  });

  test('a cache miss: pip installs it, then it is saved under the key', async () => {
    const dir = rstProject();
    const { cache, calls } = fakeCache();
    const logger = new MemoryLogger();
    const target = offlineDocutilsInstaller().dir;
    // pip itself is exercised by the helper that made `installed`; here a copy stands in for it.
    const copying: DocutilsInstaller = {
      dir: target,
      install: async () => {
        cpSync(installed.dir, target, { recursive: true });
        return { ok: true };
      },
    };
    const result = await run(inputs(), {
      logger,
      cwd: dir,
      docutils: cachedDocutilsInstaller(copying, cache, logger),
    });
    expect(calls).toEqual([`restore ${DOCUTILS_CACHE_KEY}`, `save ${DOCUTILS_CACHE_KEY} dir`]);
    expect(result.outputs.failed).toBe(0);
    expect(result.report.renderers?.rst.docutils).toBe('0.23');
  });

  test('no cache and no network: the old docutils renders, its rejection is a notice, the note a warning; the run passes', async () => {
    const dir = rstProject();
    const { cache } = fakeCache();
    const logger = new MemoryLogger();
    const docutils = cachedDocutilsInstaller(offlineDocutilsInstaller(), cache, logger);
    const result = await run(inputs(), { logger, cwd: dir, docutils });
    expect(result.outputs.failed).toBe(0);
    expect(result.report.files[0].findings.map((f) => [f.code, f.severity])).toEqual([['D005', 'notice']]);
    const byLevel = (level: string) => logger.entries.filter((e) => e.level === level).map((e) => e.message);
    expect(byLevel('error')).toEqual([]);
    expect(byLevel('notice')).toContainEqual(
      expect.stringContaining("D005 docutils 0.19 (older than PyPI's 0.23)"),
    );
    expect(byLevel('warning')).toContainEqual(
      expect.stringContaining(
        "reStructuredText was rendered with docutils 0.19 (/usr/bin/python3), older than PyPI's 0.23",
      ),
    );
  });
});
