/**
 * Differential test against the real twine (Debian's `twine check --strict`, which renders RST with
 * readme_renderer and docutils 0.19; ours renders with PyPI's docutils 0.23, installed into a temp
 * cache): over a corpus of real builds (hatchling, setuptools) and deliberately broken archives,
 * every file twine fails, ours fails too — equivalently, every file ours passes, twine passes. Ours
 * fails more files (what PyPI rejects and twine misses); those are listed, not hidden.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, jest, test } from '@jest/globals';
import { checkDistributions, type FileReport } from '@otai-release/core/distfiles';
import { cleanup, materialize } from '../fixtures/layouts.js';
import { makeSdist, makeWheel } from '../support/archives.js';
import { cleanupDocutils, installedDocutilsInstaller } from '../support/docutils.js';
import { commandRuns, pythonImports, requireTool } from '../support/require-tool.js';
import { copyExample } from '../support/run-node.js';

jest.setTimeout(240_000);
afterAll(cleanup);
afterAll(cleanupDocutils);

const PYTHON = '/usr/bin/python3';
const hasTools =
  pythonImports(PYTHON, ['build', 'hatchling', 'setuptools', 'readme_renderer']) &&
  commandRuns('twine', ['--version']);
const describeWithTwine = requireTool(hasTools, {
  name: `${PYTHON} with build, hatchling, setuptools and readme_renderer, and twine`,
  install: 'apt-get install python3-build python3-hatchling python3-setuptools twine',
});

function build(project: string, out: string): void {
  execFileSync(
    PYTHON,
    ['-m', 'build', '--no-isolation', '--skip-dependency-check', '--outdir', out, project],
    {
      stdio: 'ignore',
    },
  );
}

const hatchProject = (name: string, extra: string, files: Record<string, string>) =>
  materialize({
    'pyproject.toml': `[build-system]\nrequires = ["hatchling"]\nbuild-backend = "hatchling.build"\n\n[project]\nname = "${name}"\nversion = "0.3.0"\n${extra}`,
    [`src/${name.replace(/-/g, '_')}/__init__.py`]: '"""A package."""\n',
    ...files,
  });

const RST_OK = 'Demo\n====\n\nA *valid* reStructuredText README with a `link <https://example.org>`_.\n';
const RST_BROKEN = 'Demo\n====\n\nAn ``unterminated inline literal.\n\n.. unknown-directive:: boom\n';
// Two links with one text: docutils 0.19 (Debian's twine) fails it, 0.23 (PyPI's) renders it.
const RST_TWO_LINKS =
  'Demo\n====\n\nRead the `docs <https://a.example>`_ or the `docs <https://b.example>`_.\n';
const OLD_DOCUTILS_ONLY = /^rst_two_links-0\.3\.0/;

let dir: string;
const files: string[] = [];
const twineFailed = new Map<string, boolean>();
let ours: Map<string, FileReport>;
let rstRenderer: string | undefined;

beforeAll(async () => {
  // A failing or skipped suite (require-tool) must not try to build without the tools.
  if (!hasTools) return;
  dir = materialize({});
  const out = join(dir, 'dist');
  mkdirSync(out);
  // Real builds.
  const repo = copyExample('otai-monorepo');
  for (const p of ['.', 'packages/otai_hf_local', 'packages/otai_otobo_znuny']) build(join(repo, p), out);
  build(hatchProject('rst-good', 'readme = "README.rst"\n', { 'README.rst': RST_OK }), out);
  build(hatchProject('rst-broken', 'readme = "README.rst"\n', { 'README.rst': RST_BROKEN }), out);
  build(hatchProject('rst-two-links', 'readme = "README.rst"\n', { 'README.rst': RST_TWO_LINKS }), out);
  build(hatchProject('no-readme', '', {}), out);
  build(
    materialize({
      'pyproject.toml':
        '[build-system]\nrequires = ["setuptools"]\nbuild-backend = "setuptools.build_meta"\n\n[project]\nname = "st-demo"\nversion = "1.0.0"\nreadme = "README.rst"\n',
      'README.rst': RST_OK,
      'st_demo/__init__.py': '',
    }),
    out,
  );
  // Deliberately broken or PyPI-rejected archives.
  // Markdown METADATA with a body, so that each case below is broken in one way only.
  const md = (name: string, version: string, extra = '') =>
    `Metadata-Version: 2.1\nName: ${name}\nVersion: ${version}\n${extra}Description-Content-Type: text/markdown\n\n# ${name}\n`;
  makeWheel(out, { name: 'no-record', version: '1.0', metadata: md('no-record', '1.0'), record: false });
  makeWheel(out, {
    name: 'nameless',
    version: '1.0',
    metadata: 'Metadata-Version: 2.1\nVersion: 1.0\nDescription-Content-Type: text/markdown\n\n# x\n',
  });
  makeWheel(out, { name: 'local-ver', version: '1.0+local', metadata: md('local-ver', '1.0+local') });
  makeWheel(out, {
    name: 'bad-classifier',
    version: '1.0',
    metadata: md('bad-classifier', '1.0', 'Classifier: Frobnication :: Yes\n'),
  });
  makeWheel(out, {
    name: 'bad-record',
    version: '1.0',
    metadata: md('bad-record', '1.0'),
    record: `bad_record/__init__.py,sha256=${Buffer.alloc(32).toString('base64url')},0\nbad_record-1.0.dist-info/METADATA,,\nbad_record-1.0.dist-info/WHEEL,,\nbad_record-1.0.dist-info/RECORD,,\n`,
  });
  makeWheel(out, {
    name: 'rst-in-wheel',
    version: '1.0',
    metadata: `Metadata-Version: 2.1\nName: rst-in-wheel\nVersion: 1.0\nDescription-Content-Type: text/x-rst\n\n${RST_BROKEN}`,
  });
  makeWheel(out, {
    name: 'dup-entry',
    version: '1.0',
    metadata: md('dup-entry', '1.0'),
    extra: [{ name: 'dup_entry/__init__.py', data: 'x' }],
  });
  makeSdist(out, { name: 'no-pkg-info', version: '1.0', omitPkgInfo: true });
  makeSdist(out, {
    name: 'good-sdist',
    version: '1.0',
    pkgInfo: md('good-sdist', '1.0').replace('2.1', '2.2'),
  });
  makeSdist(out, {
    name: 'two-roots',
    version: '1.0',
    pkgInfo: md('two-roots', '1.0'),
    extra: [{ name: 'other-root/file.txt', data: 'x' }],
  });
  writeFileSync(join(out, 'legacy-1.0-py3.8.egg'), 'not a distribution PyPI accepts');

  files.push(
    ...readdirSync(out)
      .sort()
      .map((f) => join(out, f)),
  );
  for (const file of files) {
    // One twine run per file: twine aborts the whole run at the first file it cannot load.
    twineFailed.set(file, spawnSync('twine', ['check', '--strict', file]).status !== 0);
  }
  const report = await checkDistributions(files, {
    strict: true,
    maxFileSize: 100 * 1024 * 1024,
    python: PYTHON,
    docutils: await installedDocutilsInstaller(PYTHON),
  });
  ours = new Map(report.files.map((f) => [f.file, f]));
  rstRenderer = report.renderers?.rst.docutils;
});

describeWithTwine('ours against twine check --strict', () => {
  test('the corpus has files twine fails and files it passes', () => {
    const failing = [...twineFailed.values()].filter(Boolean).length;
    expect(failing).toBeGreaterThanOrEqual(6);
    expect(files.length - failing).toBeGreaterThanOrEqual(8);
  });

  test('every file twine fails, ours fails too (but for what only its older docutils rejects)', () => {
    const missed = files.filter(
      (f) =>
        twineFailed.get(f) &&
        ours.get(f)?.status !== 'failed' &&
        !OLD_DOCUTILS_ONLY.test(f.split('/').pop()!),
    );
    expect(missed.map((f) => f.split('/').pop())).toEqual([]);
  });

  test('what twine fails only because its docutils (0.19) is older than PyPI’s, ours renders with 0.23 and passes', () => {
    const twoLinks = files.filter((f) => OLD_DOCUTILS_ONLY.test(f.split('/').pop()!));
    expect(twoLinks).toHaveLength(2); // wheel and sdist
    for (const f of twoLinks) {
      expect(twineFailed.get(f)).toBe(true);
      expect(ours.get(f)!.status).toBe('passed');
      expect(ours.get(f)!.findings.filter((x) => x.code.startsWith('D'))).toEqual([]);
    }
    expect(rstRenderer).toBe('0.23');
  });

  test('the files only ours fails are ones PyPI rejects, each for a reason it names', () => {
    const onlyOurs = files
      .filter((f) => !twineFailed.get(f) && ours.get(f)?.status === 'failed')
      .map((f) => [
        f.split('/').pop(),
        ours
          .get(f)!
          .findings.filter((x) => x.severity !== 'notice')
          .map((x) => x.code),
      ]);
    expect(Object.fromEntries(onlyOurs)).toEqual({
      'bad_classifier-1.0-py3-none-any.whl': ['P005'],
      'bad_record-1.0-py3-none-any.whl': expect.arrayContaining(['R021']),
      'dup_entry-1.0-py3-none-any.whl': expect.arrayContaining(['Z003']),
      'local_ver-1.0+local-py3-none-any.whl': expect.arrayContaining(['P002']),
      'no_record-1.0-py3-none-any.whl': ['R004'],
      // setuptools 66 writes the pre-PEP 625 sdist name, which PyPI rejects.
      'st-demo-1.0.0.tar.gz': ['F012'],
      // twine 7 refuses it too ("Too many top-level members"); Debian's twine 4 does not look.
      'two_roots-1.0.tar.gz': ['Z022'],
    });
  });

  test('broken RST fails both, with the line docutils names', () => {
    const broken = files.find((f) => /rst_broken-0\.3\.0-.*\.whl$/.test(f))!;
    expect(twineFailed.get(broken)).toBe(true);
    const d003 = ours.get(broken)!.findings.find((f) => f.code === 'D003')!;
    expect(d003.message).toMatch(/line \d+: (Warning|Error): /);
  });
});
