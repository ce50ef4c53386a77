/**
 * Packages whose version comes from a git tag, built for real with setuptools-scm, through the CLI,
 * without isolation, in virtualenvs made once for this file from the configured package index: one
 * with pypa/build and setuptools only (the plugin missing), one with setuptools-scm too. Covers the
 * requirement check before any build, the tag on HEAD giving the version without --tag, and the
 * fallback versions explained by their cause (a clone without tags, a plugin that never ran).
 */
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, afterEach, beforeAll, describe, expect, jest, test } from '@jest/globals';
import { main } from '@otai-release/cli/main';
import { cleanup, lf, materialize } from '../fixtures/layouts.js';
import { ISOLATED_GIT_ENV } from '../versioning/git-repo.js';
import { committedRepo } from './projects.js';

jest.setTimeout(300_000);

const run = promisify(execFile);
const work = mkdtempSync(join(tmpdir(), 'otai-tag-plugins-'));
const venvs = { bare: join(work, 'bare'), scm: join(work, 'scm') };
const python = (venv: string) => join(venv, 'bin', 'python');

async function makeVenv(dir: string, packages: string[]): Promise<void> {
  try {
    // The system pip installs into the new environment (`--python`, pip 22.3+): three times faster
    // than letting ensurepip bootstrap pip into it first. pip itself is installed as a user has it.
    await run('/usr/bin/python3', ['-m', 'venv', '--without-pip', dir]);
    await run(
      '/usr/bin/python3',
      ['-m', 'pip', '--python', python(dir), 'install', '--retries', '0', '-q', 'pip', ...packages],
      { env: { ...process.env, PIP_DISABLE_PIP_VERSION_CHECK: '1' } },
    );
  } catch (error) {
    throw new Error(
      `These tests need /usr/bin/python3 with pip 22.3 or later (Debian's python3-pip) to make a virtualenv ` +
        `with ${packages.join(', ')} from pip's configured index. ${(error as Error).message}`,
    );
  }
}

beforeAll(async () => {
  await Promise.all([
    makeVenv(venvs.bare, ['build', 'setuptools>=70']),
    makeVenv(venvs.scm, ['build', 'setuptools>=70', 'setuptools-scm>=8']),
  ]);
});
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
  cleanup();
});

let stderr: string[] = [];
afterEach(() => {
  jest.restoreAllMocks();
  stderr = [];
});

/** Runs `otai-release build …` in this process; returns the exit code, stdout and stderr. */
async function cli(args: string[]) {
  const out: string[] = [];
  jest.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    stderr.push(String(chunk));
    return true;
  });
  const code = await main(['build', ...args], (text) => out.push(text));
  jest.restoreAllMocks();
  return { code, stdout: out.join(''), stderr: stderr.join('') };
}

/** A setuptools-scm project (`scm-pkg`); `requires` is its [build-system] requires. */
function scmProject(requires: string[]): Record<string, string> {
  return {
    'pyproject.toml': lf(
      '[build-system]',
      `requires = [${requires.map((r) => JSON.stringify(r)).join(', ')}]`,
      'build-backend = "setuptools.build_meta"',
      '',
      '[project]',
      'name = "scm-pkg"',
      'dynamic = ["version"]',
      '',
      '[tool.setuptools_scm]',
    ),
    'src/scm_pkg/__init__.py': lf('VALUE = 1'),
  };
}

const git = (dir: string, ...args: string[]) =>
  execFileSync('git', args, { cwd: dir, env: { ...process.env, ...ISOLATED_GIT_ENV }, encoding: 'utf8' });

/** The project committed and tagged `tag` (lightweight, as many release flows tag). */
function taggedRepo(files: Record<string, string>, tag = 'v1.4.0'): string {
  const root = committedRepo(files);
  git(root, 'tag', tag);
  return root;
}

describe('a tag-deriving package built without isolation', () => {
  test('a missing setuptools-scm is named at its line with the install command, and nothing is built (exit 1)', async () => {
    const root = taggedRepo(scmProject(['setuptools>=64', 'setuptools-scm>=8']));
    const outDir = join(materialize({}), 'dist');

    const result = await cli([root, '--no-isolation', '--python', python(venvs.bare), '--out-dir', outDir]);

    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      'pyproject.toml:2: error: scm-pkg (the repository root) requires setuptools-scm>=8, which is not installed.',
    );
    expect(result.stderr).toContain(`\`${python(venvs.bare)} -m pip install 'setuptools-scm>=8'\``);
    expect(result.stderr).not.toMatch(/^== Build /m);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(outDir)).toBe(false);
  });

  test('at a commit tagged v1.4.0 it builds 1.4.0 with no --tag, and pypa/build keeps its own check', async () => {
    const root = taggedRepo(scmProject(['setuptools>=64', 'setuptools-scm>=8']));
    const outDir = join(materialize({}), 'dist');

    const result = await cli([root, '--no-isolation', '--python', python(venvs.scm), '--out-dir', outDir]);

    expect(result.stderr).not.toContain('error');
    expect(result.code).toBe(0);
    expect(readdirSync(outDir).sort()).toEqual(['scm_pkg-1.4.0-py3-none-any.whl', 'scm_pkg-1.4.0.tar.gz']);
    expect(result.stdout).toContain(`${join(outDir, 'scm_pkg-1.4.0.tar.gz')}  `);
    expect(result.stderr).toContain(
      'scm-pkg (the repository root): version from the git tag (setuptools-scm); HEAD carries its release tag, expecting 1.4.0 (v1.4.0).',
    );
    expect(result.stderr).toMatch(/-m build \S+ --outdir \S+ --no-isolation\n/);
  });

  test('a shallow clone without tags gives 0.1.dev1+g…, explained with the fetch-depth fix', async () => {
    const origin = taggedRepo(scmProject(['setuptools>=64', 'setuptools-scm>=8']));
    const clone = join(materialize({}), 'clone');
    git(origin, 'clone', '-q', '--depth', '1', '--no-tags', `file://${origin}`, clone);
    const outDir = join(materialize({}), 'dist');

    // As on a run for the tag whose checkout fetched one commit and no tags.
    const result = await cli([
      clone,
      '--no-isolation',
      '--python',
      python(venvs.scm),
      '--out-dir',
      outDir,
      '--tag',
      'v1.4.0',
    ]);

    expect(result.code).toBe(1);
    const error = result.stderr.slice(result.stderr.indexOf('error: '));
    expect(error).toMatch(
      /^error: Building scm-pkg \(the repository root\) produced 'scm_pkg-0\.1\.dev1\+g[0-9a-f]+\.tar\.gz' with version 0\.1\.dev1\+g[0-9a-f]+, but 1\.4\.0 was expected\./,
    );
    expect(error).toContain('the checkout is shallow and has no tags');
    expect(error).toContain('`fetch-depth: 0`');
    expect(error).toContain('`git fetch --tags --unshallow`');
    expect(error).not.toContain('set it to');
    // setuptools-scm is configured by [tool.setuptools_scm], line 9: the annotation goes there.
    expect(result.stderr).toMatch(/^pyproject\.toml:9: error: /m);
    expect(existsSync(outDir)).toBe(false);
  });

  test('setuptools-scm neither declared nor installed: the 0.0.0 it builds at the tag is named as the cause', async () => {
    const root = taggedRepo(scmProject(['setuptools>=64']));
    const outDir = join(materialize({}), 'dist');

    const result = await cli([root, '--no-isolation', '--python', python(venvs.bare), '--out-dir', outDir]);

    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      "pyproject.toml:9: error: Building scm-pkg (the repository root) produced 'scm_pkg-0.0.0.tar.gz' with version 0.0.0, " +
        'but 1.4.0 was expected (the tag v1.4.0 is on the commit being built).',
    );
    expect(result.stderr).toContain(
      `because setuptools-scm is not installed in ${python(venvs.bare)}, and a build without isolation uses only what that interpreter has.`,
    );
    expect(result.stderr).toContain('add "setuptools-scm" to [build-system] requires in pyproject.toml');
    expect(existsSync(outDir)).toBe(false);
  });

  test('at an untagged commit, 0.0.0 from a tag-deriving package is refused all the same', async () => {
    const root = committedRepo(scmProject(['setuptools>=64']));
    const result = await cli([
      root,
      '--no-isolation',
      '--python',
      python(venvs.bare),
      '--out-dir',
      join(root, 'dist'),
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      "produced 'scm_pkg-0.0.0.tar.gz' with version 0.0.0. 0.0.0 is the placeholder",
    );
  });
});
