/**
 * checkDistributions, the orchestrator: every file reported (a broken one does not stop the run),
 * strict and select/ignore, the size limit, the sdist's own rules, classifiers against the bundled
 * list, and RST rendered by docutils — PyPI's version installed into a temp cache, Debian's older
 * 0.19 when that install is impossible, and no Python at all.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, jest, test } from '@jest/globals';
import { type CheckOptions, checkDistributions, type DocutilsInstaller } from '@otai-release/core/distfiles';
import { renderRst, RstFeed } from '@otai-release/core/distfiles/readme';
import { cleanup, materialize } from '../fixtures/layouts.js';
import { makeSdist, makeWheel } from '../support/archives.js';
import {
  cleanupDocutils,
  installedDocutilsInstaller,
  offlineDocutilsInstaller,
  SYSTEM_PYTHON,
} from '../support/docutils.js';

jest.setTimeout(60_000);
afterAll(cleanup);
afterAll(cleanupDocutils);

const PYTHON = SYSTEM_PYTHON;
const base: CheckOptions = { strict: false, maxFileSize: 100 * 1024 * 1024, python: PYTHON };
/** An interpreter that does not exist: nothing can render RST. */
const noPython: CheckOptions = { ...base, python: '/nonexistent/python3' };
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
    const lenient = await checkDistributions([wheel, sdist], noPython);
    expect(lenient.files.map((f) => f.status)).toEqual(['passed-with-warnings', 'passed']);
    expect(codes(lenient.files[0].findings)).toEqual(expect.arrayContaining(['D002', 'D004']));
    expect(codes(lenient.files[1].findings)).toEqual(['M015']);
    const strict = await checkDistributions([wheel, sdist], { ...noPython, strict: true });
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

  test('a file over max-file-size fails with S001, naming both sizes and that PyPI refuses it today', async () => {
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
    expect(s001.message).toMatch(
      /is 0\.3 MiB; the limit is 0\.2 MiB\. PyPI refuses it today unless it raised/,
    );
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
    const report = await checkDistributions([sdist], base);
    const byCode = new Map(report.files[0].findings.map((f) => [f.code, f]));
    expect(byCode.get('R101')?.message).toBe(
      'License-File LICENSE does not exist in distribution file lic-1.0.tar.gz at lic-1.0/LICENSE',
    );
    expect(byCode.get('R102')?.severity).toBe('warning');
  });

  test('without any Python: RST is reported unrendered (D004, a warning) and the note names what was tried', async () => {
    const dir = materialize({});
    const wheel = makeWheel(dir, {
      name: 'rsty',
      version: '1.0',
      metadata:
        'Metadata-Version: 2.1\nName: rsty\nVersion: 1.0\nDescription-Content-Type: text/x-rst\n\nTitle\n=====\n',
    });
    const report = await checkDistributions([wheel], noPython);
    expect(codes(report.files[0].findings)).toEqual(['D004']);
    expect(report.files[0].status).toBe('passed-with-warnings');
    expect(report.notes).toEqual([
      expect.stringContaining(
        'reStructuredText descriptions were not rendered: none of /nonexistent/python3',
      ),
    ]);
    expect(report.renderers).toBeUndefined();
  });

  test('a Markdown-only run starts no Python: a missing interpreter changes nothing', async () => {
    const dir = materialize({});
    const wheel = makeWheel(dir, { name: 'mdonly', version: '1.0', metadata: md('mdonly') });
    const report = await checkDistributions([wheel], noPython);
    expect(report.files[0].status).toBe('passed');
    expect(report.notes).toEqual([]);
    expect(report.renderers).toBeUndefined();
  });
});

describe('classifiers: the bundled trove-classifiers list, whatever the runtime has', () => {
  test('Python 3.14 passes with Debian’s Python (whose trove_classifiers lacks it); unknown and deprecated ones fail', async () => {
    // The runtime's list would have failed 3.14: that is what the bundled list is for.
    const debian = spawnSync(PYTHON, [
      '-c',
      'import trove_classifiers as t; print("Programming Language :: Python :: 3.14" in t.classifiers)',
    ]);
    if (debian.status === 0) expect(debian.stdout.toString().trim()).toBe('False');
    const dir = materialize({});
    const wheel = makeWheel(dir, {
      name: 'classy',
      version: '1.0',
      metadata: md(
        'classy',
        'Classifier: Programming Language :: Python :: 3.14\nClassifier: Framework :: Otobo\nClassifier: Natural Language :: Ukranian\n',
      ),
    });
    const report = await checkDistributions([wheel], base);
    const findings = report.files[0].findings;
    expect(codes(findings)).toEqual(['P005', 'P006']);
    expect(findings[0].message).toContain("'Framework :: Otobo' is not a valid classifier.");
    expect(findings[1].message).toBe(
      "Classifier: The classifier 'Natural Language :: Ukranian' has been deprecated, use one of ['Natural Language :: Ukrainian'] instead.",
    );
    expect(findings[1].fix).toContain("replace it with 'Natural Language :: Ukrainian'");
    expect(report.files[0].status).toBe('failed');
    expect(report.notes).toEqual([]);
  });
});

describe('reStructuredText: rendered by docutils as PyPI does', () => {
  // Two links with one text: docutils 0.19 fails it ("Duplicate explicit target name"), 0.23 renders it.
  const TWO_LINKS =
    'Demo\n====\n\nRead the `docs <https://a.example>`_ or the `docs <https://b.example>`_.\n';
  const BROKEN = 'Demo\n====\n\nAn ``unterminated inline literal.\n';
  const rstWheel = (dir: string, name: string, body: string) =>
    makeWheel(dir, {
      name,
      version: '1.0',
      metadata: `Metadata-Version: 2.1\nName: ${name}\nVersion: 1.0\nDescription-Content-Type: text/x-rst\n\n${body}`,
    });
  let current: DocutilsInstaller;

  beforeAll(async () => {
    const own = spawnSync(PYTHON, ['-I', '-c', 'import docutils; print(docutils.__version__)']);
    if (own.stdout.toString().trim() !== '0.19') {
      throw new Error(`${PYTHON} must have Debian's docutils 0.19 (python3-docutils) for these tests`);
    }
    current = await installedDocutilsInstaller(PYTHON);
  });

  test('PyPI’s docutils from the cache directory renders what 0.19 rejects, and the report says which rendered', async () => {
    const dir = materialize({});
    const report = await checkDistributions([rstWheel(dir, 'twolinks', TWO_LINKS)], {
      ...base,
      strict: true,
      docutils: current,
    });
    expect(report.files[0]).toMatchObject({ status: 'passed', findings: [] });
    expect(report.notes).toEqual([]);
    expect(report.renderers?.rst).toEqual({
      docutils: '0.23',
      location: join(current.dir, 'docutils'),
      python: PYTHON,
      pypiDocutils: '0.23',
    });
  });

  test('genuinely broken RST is still an error with PyPI’s docutils, naming its version and the line', async () => {
    const dir = materialize({});
    const report = await checkDistributions([rstWheel(dir, 'broken', BROKEN)], {
      ...base,
      docutils: current,
    });
    const [d003] = report.files[0].findings;
    expect(d003).toMatchObject({ code: 'D003', severity: 'error' });
    expect(d003.message).toMatch(
      /^`long_description` has syntax errors in markup and would not be rendered on PyPI\.\nline 4: Warning: Inline literal start-string without end-string\./,
    );
    expect(d003.message).toContain('docutils 0.23 rendered it, as PyPI does.');
    expect(report.files[0].status).toBe('failed');
  });

  test('descriptions handed over file by file while the archives are read come back to their own files', async () => {
    const dir = materialize({});
    const files = [
      rstWheel(dir, 'first', TWO_LINKS),
      rstWheel(dir, 'broken', BROKEN),
      rstWheel(dir, 'last', 'Last\n====\n\nPlain text.\n'),
    ];
    const report = await checkDistributions(files, { ...base, docutils: current, concurrency: 1 });
    expect(report.files.map((f) => [f.project, f.status, codes(f.findings)])).toEqual([
      ['first', 'passed', []],
      ['broken', 'failed', ['D003']],
      ['last', 'passed', []],
    ]);
  });

  test('renderRst renders texts pushed to a feed after it started, answering once the feed is closed', async () => {
    const feed = new RstFeed();
    feed.push('a', TWO_LINKS);
    const rendering = renderRst(feed, { candidates: [PYTHON], installer: current });
    await new Promise((resolve) => setTimeout(resolve, 200));
    feed.push('b', BROKEN);
    feed.close();
    const { renders, renderer } = await rendering;
    expect(renderer?.docutils).toBe('0.23');
    expect(renders.get('a')).toEqual({ ok: true, messages: '' });
    expect(renders.get('b')?.ok).toBe(false);
    expect(renders.get('b')?.messages).toContain('Inline literal start-string without end-string.');
  });

  test('a scaled image renders (PyPI’s renderer does not read image files to scale them)', async () => {
    const dir = materialize({});
    const body = 'Demo\n====\n\n.. image:: https://example.org/logo.png\n   :scale: 50%\n';
    const report = await checkDistributions([rstWheel(dir, 'scaled', body)], { ...base, docutils: current });
    expect(report.files[0].findings).toEqual([]);
  });

  test('when docutils 0.23 cannot be installed, what only 0.19 rejects is a notice naming 0.19, never an error', async () => {
    const dir = materialize({});
    const offline = offlineDocutilsInstaller();
    const report = await checkDistributions([rstWheel(dir, 'twolinks', TWO_LINKS)], {
      ...base,
      strict: true,
      docutils: offline,
    });
    const [d005] = report.files[0].findings;
    expect(d005).toMatchObject({ code: 'D005', severity: 'notice' });
    expect(d005.message).toContain("docutils 0.19 (older than PyPI's 0.23) rejected the description");
    expect(d005.message).toContain('Duplicate explicit target name: "docs"');
    expect(report.files[0].status).toBe('passed');
    expect(report.failed).toBe(0);
    expect(report.notes).toEqual([
      expect.stringMatching(
        /^reStructuredText was rendered with docutils 0\.19 \(\/usr\/bin\/python3\), older than PyPI's 0\.23: .*pip install .*docutils==0\.23 failed/,
      ),
    ]);
    expect(report.renderers?.rst).toMatchObject({ docutils: '0.19', pypiDocutils: '0.23' });
  });

  test('rendering is skipped, and nothing installed, when the D rules that report it are ignored', async () => {
    const dir = materialize({});
    const offline = offlineDocutilsInstaller();
    const report = await checkDistributions([rstWheel(dir, 'broken', BROKEN)], {
      ...noPython,
      ignore: ['D'],
      docutils: offline,
    });
    expect(report.files[0].findings).toEqual([]);
    expect(report.notes).toEqual([]);
  });
});
