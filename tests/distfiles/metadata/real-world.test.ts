/**
 * METADATA and PKG-INFO as real backends write them: the example monorepo (hatchling) and a small
 * setuptools project, built with `python -m build` (a Python with build, hatchling and setuptools:
 * tests/support/require-tool.ts says what happens without one). What twine 7 says about them follows
 * from the Metadata-Version each backend writes.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { BUILD_PYTHON as PYTHON, pythonImports, requireTool } from '../../support/require-tool.js';
import { findingsOf } from './support.js';

const describeBuilds = requireTool(pythonImports(PYTHON, ['build', 'hatchling', 'setuptools']), {
  name: `${PYTHON} with build, hatchling and setuptools`,
  install: 'apt-get install python3-build python3-hatchling python3-setuptools',
});
const EXAMPLES = resolve('examples/otai-monorepo');

const SETUPTOOLS_PROJECT = `[build-system]
requires = ["setuptools>=61"]
build-backend = "setuptools.build_meta"

[project]
name = "tiny-pkg"
version = "0.3.1"
description = "A tiny setuptools project"
readme = "README.rst"
requires-python = ">=3.8"
license = {text = "MIT"}
authors = [{name = "Jane Doe", email = "jane@example.org"}, {name = "Bob, Jr.", email = "bob@example.org"}]
maintainers = [{name = "Ops Team"}]
keywords = ["tiny", "demo"]
classifiers = ["Programming Language :: Python :: 3", "Operating System :: OS Independent"]
dependencies = ["requests>=2.31", "tomli>=1.1; python_version < '3.11'"]

[project.optional-dependencies]
dev = ["pytest>=7"]
Docs_Extra = ["sphinx"]

[project.urls]
Homepage = "https://example.org/tiny"
"Bug Tracker" = "https://example.org/tiny/issues"
`;

interface Built {
  file: string;
  kind: 'wheel' | 'sdist';
  text: string;
}

let work = '';
const built: Built[] = [];

function build(project: string): void {
  execFileSync(
    PYTHON,
    ['-m', 'build', '--no-isolation', '--skip-dependency-check', '-o', join(work, 'out'), project],
    {
      stdio: 'ignore',
    },
  );
}

function readMetadata(file: string): Built {
  if (file.endsWith('.whl')) {
    const text = execFileSync('unzip', ['-p', file, '*.dist-info/METADATA']).toString('utf8');
    return { file, kind: 'wheel', text };
  }
  const root = basename(file, '.tar.gz');
  return {
    file,
    kind: 'sdist',
    text: execFileSync('tar', ['-xzOf', file, `${root}/PKG-INFO`]).toString('utf8'),
  };
}

/** What twine 7 must say, from the declared version alone: fields newer than it, and the sdist rule. */
function expectedCodes(item: Built): string[] {
  const version = /^Metadata-Version: (\S+)/m.exec(item.text)![1]!;
  const [major, minor] = version.split('.').map(Number) as [number, number];
  const codes: string[] = [];
  if ((major < 2 || (major === 2 && minor < 4)) && /^License-Expression:/m.test(item.text))
    codes.push('M004');
  if (item.kind === 'sdist' && (major < 2 || (major === 2 && minor < 2))) codes.push('M015');
  return codes;
}

describeBuilds('metadata written by real build backends', () => {
  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'otai-metadata-'));
    cpSync(EXAMPLES, join(work, 'monorepo'), { recursive: true });
    for (const pkg of ['.', 'packages/otai_hf_local', 'packages/otai_otobo_znuny'])
      build(join(work, 'monorepo', pkg));

    const tiny = join(work, 'tiny');
    mkdirSync(join(tiny, 'src', 'tinypkg'), { recursive: true });
    writeFileSync(join(tiny, 'pyproject.toml'), SETUPTOOLS_PROJECT);
    writeFileSync(join(tiny, 'README.rst'), 'Tiny\n====\n\nA *tiny* package.\n');
    writeFileSync(join(tiny, 'LICENSE'), 'MIT License\n');
    writeFileSync(join(tiny, 'src', 'tinypkg', '__init__.py'), 'VALUE = 1\n');
    build(tiny);

    for (const name of readdirSync(join(work, 'out')).sort())
      built.push(readMetadata(join(work, 'out', name)));
  }, 300_000);

  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  test('every package gave a wheel and an sdist', () => {
    expect(built.map((b) => basename(b.file).replace(/-py3-none-any\.whl$|\.tar\.gz$/, '')).sort()).toEqual([
      'open_ticket_ai-1.4.0',
      'open_ticket_ai-1.4.0',
      'otai_hf_local-1.4.0',
      'otai_hf_local-1.4.0',
      'otai_otobo_znuny-1.4.0',
      'otai_otobo_znuny-1.4.0',
      'tiny-pkg-0.3.1',
      'tiny_pkg-0.3.1',
    ]);
  });

  test('each file gets exactly the findings its Metadata-Version implies, nothing from PyPI', () => {
    for (const item of built) {
      const codes = findingsOf(item.text, { kind: item.kind }).map((f) => f.code);
      expect({ file: basename(item.file), codes }).toEqual({
        file: basename(item.file),
        codes: expectedCodes(item),
      });
    }
  });

  test("setuptools' License-File and multi-author Author-email pass", () => {
    const wheel = built.find((b) => b.file.endsWith('.whl') && basename(b.file).startsWith('tiny_pkg'))!;
    expect(wheel.text).toMatch(/^Author-email: .*"Bob, Jr\." <bob@example\.org>/m);
    expect(findingsOf(wheel.text)).toEqual([]);
  });
});
