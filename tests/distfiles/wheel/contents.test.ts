/**
 * check-wheel-contents' checks. The cases follow cwc's README and its own test vectors; the
 * expected paths (and their order) were confirmed by running check-wheel-contents from source.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from '@jest/globals';
import { ConfigurationError } from '@otai-release/core/errors';
import {
  checkWheelContents,
  type CwcConfig,
  readCwcConfig,
  type RecordRow,
} from '@otai-release/core/distfiles/wheel';

const DIST_INFO = 'foo-1.0.dist-info';

/** RECORD rows for `paths` (plus METADATA and RECORD); a file's content is its path unless given. */
function rows(paths: (string | [string, string])[]): RecordRow[] {
  const all: [string, string | undefined][] = [
    ...paths.map((p): [string, string] => (typeof p === 'string' ? [p, p] : p)),
    [`${DIST_INFO}/METADATA`, 'Metadata-Version: 2.1\n'],
    [`${DIST_INFO}/RECORD`, undefined],
  ];
  return all.map(([p, content], i) => {
    if (content === undefined || p.endsWith('/')) return { path: p, line: i + 1 };
    const data = Buffer.from(content);
    return {
      path: p,
      algorithm: 'sha256',
      digest: createHash('sha256').update(data).digest('base64url'),
      size: data.length,
      line: i + 1,
    };
  });
}

/** Runs one check (cwc's `select`) and returns [code, paths] pairs. */
function run(code: string, paths: (string | [string, string])[], config: CwcConfig = {}, purelib = true) {
  return checkWheelContents(rows(paths), DIST_INFO, purelib, { select: [code], ...config }).map((f) => [
    f.code,
    f.members ?? [],
  ]);
}

describe('checkWheelContents: each check', () => {
  test.each([
    ['W001', ['foo.py', 'foo.pyc'], ['foo.pyc']],
    [
      'W001',
      ['foo/__init__.py', 'foo/__pycache__/__init__.cpython-312.pyc'],
      ['foo/__pycache__/__init__.cpython-312.pyc'],
    ],
    [
      'W001',
      ['foo.py', `${DIST_INFO}/how-did-this-get-here.pyc`],
      [`${DIST_INFO}/how-did-this-get-here.pyc`],
    ],
    ['W003', ['foo.py', 'README.md', 'foo.pth', 'py.typed'], ['README.md', 'py.typed']],
    [
      'W004',
      ['foo-bar/mod.py', 'class/mod.py', 'foo/0001_initial.py', 'foo/data.txt'],
      ['foo-bar/mod.py', 'class/mod.py', 'foo/0001_initial.py'],
    ],
    ['W005', ['foo/__init__.py', 'tests/__init__.py', 'src/foo/__init__.py'], ['tests/', 'src/']],
    ['W006', ['__init__.py', 'foo.py'], ['__init__.py']],
    ['W009', ['foo/__init__.py', 'bar/__init__.py', '_private.py', 'foo.pth'], ['foo/', 'bar/']],
    ['W010', ['foo/__init__.py', 'assets/logo.png', 'foo-stubs/__init__.pyi'], ['assets/']],
  ])('%s: %j → %j', (code, paths, expected) => {
    expect(run(code, paths)).toEqual([[code, expected]]);
  });

  test.each([
    ['W001', ['foo.py', 'foo/x.pyi']],
    ['W003', ['foo.py', 'bar.cpython-312-x86_64-linux-gnu.so', 'baz.abi3.so', 'qux.pyd', 'x.pth']],
    ['W004', ['foo/_impl.cpython-312-x86_64-linux-gnu.so', 'foo/data-file.txt']],
    ['W006', ['foo/__init__.py']],
    ['W009', ['foo/__init__.py', '_foo_native.so', 'foo-nspkg.pth']],
    ['W010', ['foo/__init__.py', 'foo-stubs/py.typed']],
  ])('%s passes on %j', (code, paths) => {
    expect(run(code, paths)).toEqual([]);
  });

  test('W002: files with the same size and hash, except trivial contents such as empty files', () => {
    const paths: [string, string][] = [
      ['foo/a.py', 'x = 1\n'],
      ['foo/b.py', 'x = 1\n'],
      ['foo/__init__.py', ''],
      ['foo/sub/__init__.py', ''],
      ['foo/c.py', '# -*- coding: utf-8 -*-\n'],
      ['foo/d.py', '# -*- coding: utf-8 -*-\n'],
    ];
    expect(run('W002', paths)).toEqual([['W002', ['foo/a.py', 'foo/b.py']]]);
  });

  test('W007 and W008: only data files, or only .dist-info', () => {
    expect(run('W007', ['foo-1.0.data/scripts/foo'])).toEqual([['W007', []]]);
    expect(run('W008', ['foo-1.0.data/scripts/foo'])).toEqual([]);
    expect(run('W008', [])).toEqual([['W008', []]]);
  });

  test('platlib wheels: the root is platlib, .data/purelib the purelib section', () => {
    expect(run('W003', ['foo.py', 'foo-1.0.data/purelib/NOTES.txt'], {}, false)).toEqual([
      ['W003', ['foo-1.0.data/purelib/NOTES.txt']],
    ]);
  });
});

describe('checkWheelContents: [tool.check-wheel-contents]', () => {
  test('toplevel exempts its names from W005, replaces W009 by W201/W202 (README: toplevel = "foo.py,bar/")', () => {
    const config = readCwcConfig(
      '[tool.check-wheel-contents]\ntoplevel = "foo.py,bar/"\n',
      'pyproject.toml',
    )!;
    const findings = checkWheelContents(
      rows(['foo.py', 'baz/__init__.py', 'x.pth']),
      DIST_INFO,
      true,
      config,
    );
    expect(findings.map((f) => [f.code, f.message])).toEqual([
      ['W201', 'Wheel library is missing specified toplevel entry: bar'],
      ['W202', 'Wheel library has undeclared toplevel entry: baz/'],
    ]);
    const tests = checkWheelContents(rows(['tests/__init__.py', 'tests/x.py']), DIST_INFO, true, {
      toplevel: ['tests'],
    });
    expect(tests).toEqual([]);
  });

  test('select and ignore take prefixes', () => {
    const paths = ['foo.py', 'foo.pyc', 'README.md'];
    const codes = (config: CwcConfig) =>
      checkWheelContents(rows(paths), DIST_INFO, true, config).map((f) => f.code);
    expect(codes({})).toEqual(['W001', 'W003', 'W009']);
    expect(codes({ ignore: ['W00'] })).toEqual([]);
    expect(codes({ select: ['W00'], ignore: ['W001'] })).toEqual(['W003', 'W009']);
  });

  test("a finding quotes cwc's message and tells how to declare intended toplevel entries", () => {
    const [f] = checkWheelContents(rows(['foo/__init__.py', 'bar.py']), DIST_INFO, true);
    expect(f).toMatchObject({
      code: 'W009',
      severity: 'warning',
      message: 'Wheel contains multiple toplevel library entries: foo/, bar.py',
    });
    expect(f!.fix).toContain('[tool.check-wheel-contents] toplevel = ["foo", "bar.py"]');
  });

  describe('package / src_dir (W101, W102)', () => {
    const project = mkdtempSync(path.join(tmpdir(), 'cwc-'));
    afterAll(() => rmSync(project, { recursive: true, force: true }));
    for (const [file, text] of [
      ['src/foo/__init__.py', ''],
      ['src/foo/data.json', '{}'],
      ['src/foo/__pycache__/__init__.cpython-312.pyc', ''],
      ['src/foo/.DS_Store', ''],
    ]) {
      mkdirSync(path.dirname(path.join(project, file)), { recursive: true });
      writeFileSync(path.join(project, file), text);
    }
    const wheel = rows(['foo/__init__.py', 'foo/extra.py']);

    test.each([{ package: ['src/foo'] }, { srcDir: ['src'] }] as CwcConfig[])('%j', (config) => {
      const findings = checkWheelContents(wheel, DIST_INFO, true, config, project);
      expect(findings.map((f) => [f.code, f.message])).toEqual([
        ['W101', 'Wheel library is missing files in package tree: foo/data.json'],
        ['W102', 'Wheel library contains files not in package tree: foo/extra.py'],
      ]);
    });

    test('package_omit replaces the default patterns', () => {
      const findings = checkWheelContents(
        wheel,
        DIST_INFO,
        true,
        { package: ['src/foo'], packageOmit: ['*.json'] },
        project,
      );
      expect(findings.find((f) => f.code === 'W101')!.message).toBe(
        'Wheel library is missing files in package tree: foo/.DS_Store, foo/__pycache__/__init__.cpython-312.pyc',
      );
    });

    test('a package path that does not exist is a ConfigurationError', () => {
      expect(() => checkWheelContents(wheel, DIST_INFO, true, { package: ['src/nope'] }, project)).toThrow(
        ConfigurationError,
      );
      expect(() => checkWheelContents(wheel, DIST_INFO, true, { package: ['src/nope'] }, project)).toThrow(
        `package: no such file or directory: '${path.join(project, 'src/nope')}'`,
      );
    });
  });
});

describe('checkWheelContents: RECORD structure cwc rejects (R027)', () => {
  test.each([
    [
      ['foo.py', 'foo-1.0.data/purelib/bar.py'],
      true,
      'invalid wheel: Wheel is purelib yet contains *.data/purelib',
    ],
    [
      ['foo.py', 'foo-1.0.data/platlib/bar.so'],
      false,
      'invalid wheel: Wheel is platlib yet contains *.data/platlib',
    ],
    [
      ['foo.py', 'bar-2.0.dist-info/METADATA'],
      true,
      'invalid wheel: Wheel contains multiple .dist-info directories in RECORD',
    ],
    [
      ['foo.py', 'Foo-1.0.data/scripts/x'],
      true,
      ".data directory in RECORD ('Foo-1.0.data') does not match actual directory name ('foo-1.0.data')",
    ],
  ])('%j (purelib: %s)', (paths, purelib, message) => {
    const findings = checkWheelContents(rows(paths), DIST_INFO, purelib);
    expect(findings).toEqual([
      expect.objectContaining({ code: 'R027', severity: 'error', message: expect.stringContaining(message) }),
    ]);
  });

  test('RECORD without any .dist-info row', () => {
    const only: RecordRow[] = [{ path: 'foo.py', algorithm: 'sha256', digest: 'x', size: 1, line: 1 }];
    expect(checkWheelContents(only, DIST_INFO, true).map((f) => f.message)).toEqual([
      'invalid wheel: No .dist-info directory in RECORD',
    ]);
  });
});
