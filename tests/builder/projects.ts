/**
 * Projects to build for real with Debian's /usr/bin/python3 (pypa/build 0.9, hatchling, setuptools 66):
 * the example monorepo, a setuptools project, and tiny in-tree backends (PEP 517 `backend-path`) that
 * fail or write the version setuptools-scm gives a tagless checkout. Each becomes a git repository
 * whose only commit has a fixed date, so SOURCE_DATE_EPOCH is known in advance.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MemoryLogger } from '@otai-release/core/log';
import type { BuildOptions } from '@otai-release/core/builder';
import { lf, materialize } from '../fixtures/layouts.js';
import { ISOLATED_GIT_ENV } from '../versioning/git-repo.js';

/** The interpreter with build tools on this machine (the one on PATH has none). */
export const PYTHON = '/usr/bin/python3';

/** The commit date of every fixture repository, and the same instant as Unix seconds. */
export const COMMIT_DATE = '2024-05-01T12:00:00Z';
export const COMMIT_EPOCH = '1714564800';

/** The files of examples/otai-monorepo (three hatchling packages at 1.4.0), read from the repository. */
export function monorepoFiles(): Record<string, string> {
  const base = fileURLToPath(new URL('../../examples/otai-monorepo', import.meta.url));
  const files: Record<string, string> = {};
  for (const entry of readdirSync(base, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = join(entry.parentPath, entry.name);
    files[relative(base, full)] = readFileSync(full, 'utf8');
  }
  return files;
}

/** The example monorepo's packages as build targets, root first. */
export const MONOREPO_TARGETS = [
  { name: 'open-ticket-ai', path: '.', version: '1.4.0' },
  { name: 'otai-hf-local', path: 'packages/otai_hf_local', version: '1.4.0' },
  { name: 'otai-otobo-znuny', path: 'packages/otai_otobo_znuny', version: '1.4.0' },
];

/** Writes `files` to a new temporary directory and commits them all at COMMIT_DATE; returns the directory. */
export function committedRepo(files: Record<string, string>): string {
  const dir = materialize(files);
  const env = {
    ...process.env,
    ...ISOLATED_GIT_ENV,
    GIT_AUTHOR_DATE: COMMIT_DATE,
    GIT_COMMITTER_DATE: COMMIT_DATE,
    SOURCE_DATE_EPOCH: '',
  };
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, env, stdio: 'ignore' });
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('-c', 'user.name=Fixture', '-c', 'user.email=fixture@example.org', 'commit', '-q', '-m', 'initial');
  return dir;
}

/** A setuptools project (src layout) named `st-pkg`, version 2.0.0. */
export const SETUPTOOLS_PROJECT: Record<string, string> = {
  'pyproject.toml': lf(
    '[build-system]',
    'requires = ["setuptools>=61"]',
    'build-backend = "setuptools.build_meta"',
    '',
    '[project]',
    'name = "st-pkg"',
    'version = "2.0.0"',
    'description = "A setuptools fixture."',
  ),
  'src/st_pkg/__init__.py': lf('VALUE = 1'),
};

/**
 * A project whose in-tree backend writes a real sdist (which the wheel is then built from) and wheel of
 * `name` at `version` (kept in the file VERSION, as a setuptools-scm project gets it from git); `hook`
 * is Python run at the start of each build hook.
 */
export function inTreeProject(name: string, version: string, hook: string[] = []): Record<string, string> {
  const stem = name.replace(/[-_.]+/g, '_').toLowerCase();
  const indent = (lines: string[]) => lines.map((line) => `    ${line}`);
  return {
    'pyproject.toml': lf(
      '[build-system]',
      'requires = []',
      'build-backend = "intree"',
      'backend-path = ["."]',
      '',
      '[project]',
      `name = "${name}"`,
      'dynamic = ["version"]',
    ),
    VERSION: lf(version),
    'intree.py': lf(
      'import io, os, sys, tarfile, time, zipfile',
      'VERSION = open("VERSION").read().strip()',
      `META = f"Metadata-Version: 2.1\\nName: ${name}\\nVersion: {VERSION}\\n"`,
      '',
      'def build_sdist(sdist_directory, config_settings=None):',
      ...indent(hook),
      `    base = f"${stem}-{VERSION}"`,
      '    with tarfile.open(os.path.join(sdist_directory, base + ".tar.gz"), "w:gz") as tar:',
      '        for name in ("pyproject.toml", "intree.py", "VERSION"):',
      '            tar.add(name, arcname=f"{base}/{name}")',
      '        info = tarfile.TarInfo(f"{base}/PKG-INFO")',
      '        info.size = len(META.encode())',
      '        tar.addfile(info, io.BytesIO(META.encode()))',
      '    return base + ".tar.gz"',
      '',
      'def build_wheel(wheel_directory, config_settings=None, metadata_directory=None):',
      ...indent(hook),
      `    name = f"${stem}-{VERSION}-py3-none-any.whl"`,
      `    info = f"${stem}-{VERSION}.dist-info"`,
      '    with zipfile.ZipFile(os.path.join(wheel_directory, name), "w") as whl:',
      '        whl.writestr(f"{info}/METADATA", META)',
      '        whl.writestr(f"{info}/WHEEL", "Wheel-Version: 1.0\\nRoot-Is-Purelib: true\\nTag: py3-none-any\\n")',
      '        whl.writestr(f"{info}/RECORD", "")',
      '    return name',
    ),
  };
}

/** A project whose in-tree backend prints `noise` lines (one of them coloured) and then raises. */
export function failingProject(noise: number): Record<string, string> {
  return {
    'pyproject.toml': lf(
      '[build-system]',
      'requires = []',
      'build-backend = "boombackend"',
      'backend-path = ["."]',
      '',
      '[project]',
      'name = "boom-pkg"',
      'version = "1.0.0"',
    ),
    'boombackend.py': lf(
      'def build_sdist(sdist_directory, config_settings=None):',
      `    for i in range(1, ${noise + 1}):`,
      '        print(f"noise line {i}")',
      '    print("\\x1b[31mcompiler check failed\\x1b[0m")',
      '    raise RuntimeError("boom: the C compiler is missing")',
      '',
      'build_wheel = build_sdist',
    ),
  };
}

/** Options for a non-isolated pypa/build run with /usr/bin/python3 and a recording logger. */
export function options(
  root: string,
  outDir: string,
  more: Partial<BuildOptions> = {},
): BuildOptions & { logger: MemoryLogger } {
  return {
    root,
    targets: MONOREPO_TARGETS,
    outDir,
    sdist: true,
    wheel: true,
    isolation: false,
    python: PYTHON,
    frontend: 'build',
    env: { ...process.env, SOURCE_DATE_EPOCH: undefined },
    ...more,
    logger: new MemoryLogger(),
  };
}
