/**
 * checkDistributions, the orchestrator: every file reported (a broken one does not stop the run),
 * strict and select/ignore, the size limit, the sdist's own rules, and the one Python run for RST and
 * PyPI's classifier list — with the real /usr/bin/python3 and with a stand-in that has neither.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, jest, test } from '@jest/globals';
import { type CheckOptions, checkDistributions } from '../../packages/core/src/distfiles/index.js';
import { cleanup, materialize } from '../fixtures/layouts.js';
import { makeSdist, makeWheel } from '../support/archives.js';

jest.setTimeout(60_000);
afterAll(cleanup);

const PYTHON = '/usr/bin/python3';
const pythonHas = (module: string) => spawnSync(PYTHON, ['-c', `import ${module}`]).status === 0;
const base: CheckOptions = { strict: false, maxFileSize: 100 * 1024 * 1024, python: PYTHON };
/** A Python that has neither readme_renderer nor trove_classifiers. */
const barePython: CheckOptions['probe'] = () => ({
  ask: async () => ({ renders: new Map() }),
  cancel: () => undefined,
});
const md = (name: string, extra = '') =>
  `Metadata-Version: 2.1\nName: ${name}\nVersion: 1.0\n${extra}Description-Content-Type: text/markdown\n\n# ${name}\n`;
const codes = (findings: { code: string }[]) => findings.map((f) => f.code);

describe('checkDistributions', () => {
  test('every file is reported: a file that is no zip fails alone, the others pass', async () => {
    const dir = materialize({});
    const good = makeWheel(dir, { name: 'good', version: '1.0', metadata: md('good') });
    const fake = join(dir, 'fake-1.0-py3-none-any.whl');
    writeFileSync(fake, 'not a zip at all');
    const sdist = makeSdist(dir, { name: 'good', version: '1.0', pkgInfo: md('good').replace('2.1', '2.2') });
    const report = await checkDistributions([fake, good, sdist], base);
    expect(report.files.map((f) => [f.filename, f.status])).toEqual([
      ['fake-1.0-py3-none-any.whl', 'failed'],
      ['good-1.0-py3-none-any.whl', 'passed'],
      ['good-1.0.tar.gz', 'passed'],
    ]);
    expect(codes(report.files[0].findings)).toEqual(['Z001']);
    expect(report.failed).toBe(1);
    expect(report.files[1]).toMatchObject({ kind: 'wheel', project: 'good', version: '1.0' });
  });

  test('warnings pass without strict and fail with it; notices never fail', async () => {
    const dir = materialize({});
    // No Description-Content-Type: twine's D002 warning.
    const wheel = makeWheel(dir, {
      name: 'plain',
      version: '1.0',
      metadata: 'Metadata-Version: 2.1\nName: plain\nVersion: 1.0\n\nplain text body\n',
    });
    // Metadata 2.1 in an sdist: below the sdist spec's 2.2, accepted by every tool (M015, a notice).
    const sdist = makeSdist(dir, { name: 'old', version: '1.0', pkgInfo: md('old') });
    const lenient = await checkDistributions([wheel, sdist], { ...base, probe: barePython });
    expect(lenient.files.map((f) => f.status)).toEqual(['passed-with-warnings', 'passed']);
    expect(codes(lenient.files[0].findings)).toEqual(expect.arrayContaining(['D002', 'D004']));
    expect(codes(lenient.files[1].findings)).toEqual(['M015']);
    const strict = await checkDistributions([wheel, sdist], { ...base, strict: true, probe: barePython });
    expect(strict.files.map((f) => f.status)).toEqual(['failed', 'passed']);
  });

  test('select and ignore keep or drop codes by prefix, and the status follows what is kept', async () => {
    const dir = materialize({});
    const wheel = makeWheel(dir, {
      name: 'localv',
      version: '1.0+dev',
      metadata: md('localv').replace('1.0', '1.0+dev'),
    });
    const all = await checkDistributions([wheel], base);
    expect(codes(all.files[0].findings)).toContain('P002');
    const ignored = await checkDistributions([wheel], { ...base, ignore: ['P00'] });
    expect(codes(ignored.files[0].findings)).not.toContain('P002');
    expect(ignored.files[0].status).toBe('passed');
    const selected = await checkDistributions([wheel], { ...base, select: ['Z'] });
    expect(selected.files[0].findings).toEqual([]);
  });

  test('a file over max-file-size fails with S001, naming both sizes', async () => {
    const dir = materialize({});
    const wheel = makeWheel(dir, {
      name: 'big',
      version: '1.0',
      metadata: md('big'),
      files: { 'big/__init__.py': '', 'big/blob.bin': Buffer.alloc(300_000, 7) },
      method: 0,
    });
    const report = await checkDistributions([wheel], { ...base, maxFileSize: 200 * 1024 });
    const s001 = report.files[0].findings.find((f) => f.code === 'S001')!;
    expect(s001.message).toMatch(/is 0\.3 MiB; the limit is 0\.2 MiB/);
    expect(report.files[0].status).toBe('failed');
  });

  test('an sdist whose License-File is missing fails with PyPI’s text; one without pyproject.toml warns', async () => {
    const dir = materialize({});
    const sdist = makeSdist(dir, {
      name: 'lic',
      version: '1.0',
      pkgInfo: md('lic', 'License-Expression: MIT\nLicense-File: LICENSE\n').replace('2.1', '2.4'),
      files: { 'lic/__init__.py': '' },
    });
    const report = await checkDistributions([sdist], { ...base, probe: barePython });
    const byCode = new Map(report.files[0].findings.map((f) => [f.code, f]));
    expect(byCode.get('R101')?.message).toBe(
      'License-File LICENSE does not exist in distribution file lic-1.0.tar.gz at lic-1.0/LICENSE',
    );
    expect(byCode.get('R102')?.severity).toBe('warning');
  });

  test('without a Python that has them: RST is reported unrendered and classifiers are checked for form only', async () => {
    const dir = materialize({});
    const wheel = makeWheel(dir, {
      name: 'rsty',
      version: '1.0',
      metadata:
        'Metadata-Version: 2.1\nName: rsty\nVersion: 1.0\nClassifier: Framework :: Otobo\nDescription-Content-Type: text/x-rst\n\nTitle\n=====\n',
    });
    const report = await checkDistributions([wheel], { ...base, probe: barePython });
    expect(codes(report.files[0].findings)).toEqual(['D004']);
    expect(report.notes).toEqual([
      expect.stringContaining('reStructuredText descriptions were not rendered'),
      expect.stringContaining('Classifiers were checked for form only'),
    ]);
  });

  test.each([pythonHas('trove_classifiers') && pythonHas('readme_renderer')])(
    'with Debian’s Python (readme_renderer and trove-classifiers: %s): a well-formed unknown classifier fails, RST renders',
    async (available) => {
      if (!available)
        throw new Error(`${PYTHON} lacks readme_renderer or trove_classifiers: run scripts/setup.sh`);
      const dir = materialize({});
      const wheel = makeWheel(dir, {
        name: 'rsty',
        version: '1.0',
        metadata:
          'Metadata-Version: 2.1\nName: rsty\nVersion: 1.0\nClassifier: Framework :: Otobo\nClassifier: Programming Language :: Python :: 3\nDescription-Content-Type: text/x-rst\n\nTitle\n=====\n\nFine *RST*.\n',
      });
      const report = await checkDistributions([wheel], base);
      expect(report.notes).toEqual([]);
      const p005 = report.files[0].findings.filter((f) => f.code === 'P005');
      expect(p005).toHaveLength(1);
      expect(p005[0].message).toContain("'Framework :: Otobo' is not a valid classifier.");
      expect(codes(report.files[0].findings)).toEqual(['P005']);
    },
  );
});
