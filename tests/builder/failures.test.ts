/**
 * What a user sees when a build cannot succeed: a failing backend or a broken pyproject.toml (the
 * package, its path, the command, the exit code and the backend's own last lines, nothing of ours),
 * a version from a tagless checkout (how to fetch the tags), and a frontend that cannot start.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, jest, test } from '@jest/globals';
import { BuildError, buildDistributions } from '../../packages/core/src/builder/index.js';
import { ConfigurationError } from '../../packages/core/src/errors/index.js';
import { cleanup, lf, materialize } from '../fixtures/layouts.js';
import {
  committedRepo,
  failingProject,
  inTreeProject,
  MONOREPO_TARGETS,
  monorepoFiles,
  options,
} from './projects.js';

jest.setTimeout(120_000);
afterAll(cleanup);

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error: unknown) => error,
  );

describe('a failing build', () => {
  test("names the package, its path, the command and exit code, and quotes the backend's last 25 lines", async () => {
    const root = committedRepo({
      'plugins/boom/README.md': 'x',
      ...prefixed('plugins/boom', failingProject(60)),
    });
    const outDir = join(materialize({}), 'dist');
    const targets = [{ name: 'boom-pkg', path: 'plugins/boom', version: '1.0.0' }];

    const error = await failure(buildDistributions(options(root, outDir, { targets })));

    expect(error).toBeInstanceOf(BuildError);
    expect(error).toBeInstanceOf(ConfigurationError);
    const build = error as BuildError;
    expect(build.packageName).toBe('boom-pkg');
    expect(build.packagePath).toBe('plugins/boom');
    expect(build.exitCode).toBe(1);
    expect(build.command).toMatch(
      /^\/usr\/bin\/python3 -m build \S+\/plugins\/boom --outdir \S+ --no-isolation --skip-dependency-check$/,
    );
    expect(build.message).toContain('Building boom-pkg (plugins/boom) failed');
    expect(build.message).toContain(`\`${build.command}\` exited with code 1`);
    expect(build.outputTail).toHaveLength(25);
    expect(build.message).toContain('RuntimeError: boom: the C compiler is missing');
    expect(build.message).toContain('ERROR Backend subprocess exited when trying to invoke build_sdist');
    expect(build.message).toContain('compiler check failed');
    expect(build.message).not.toContain('\x1b');
    // Only the end of the output: the first noise lines are in the log group, not the message.
    expect(build.message).not.toMatch(/noise line 1\n/);
    expect(build.message).not.toMatch(/\.ts:\d+|node_modules|at async/);
    expect(existsSync(outDir)).toBe(false);
  });

  test('a syntax error in pyproject.toml comes back with pypa/build’s own words', async () => {
    const root = committedRepo({ 'pyproject.toml': lf('[build-system', 'requires = []') });
    const error = await failure(
      buildDistributions(options(root, join(root, 'dist'), { targets: [{ name: 'broken', path: '.' }] })),
    );
    expect(error).toBeInstanceOf(BuildError);
    expect((error as BuildError).message).toContain('Building broken (the repository root) failed');
    expect((error as BuildError).message).toContain(
      `ERROR Failed to parse ${root}/pyproject.toml: Expected ']' at the end of a table declaration (at line 1, column 14)`,
    );
  });

  test('a backend that is not installed fails with its import error and says where to install it', async () => {
    const root = committedRepo({
      'pyproject.toml': lf(
        '[build-system]',
        'requires = ["pdm-backend"]',
        'build-backend = "pdm.backend"',
        '[project]',
        'name = "needs-pdm"',
        'version = "1.0"',
      ),
    });
    const error = await failure(
      buildDistributions(options(root, join(root, 'dist'), { targets: [{ name: 'needs-pdm', path: '.' }] })),
    );
    expect(error).toBeInstanceOf(BuildError);
    expect((error as BuildError).message).toContain("ModuleNotFoundError: No module named 'pdm'");
    expect((error as BuildError).message).toContain('must be installed in /usr/bin/python3');
  });

  test('the failure is thrown and the packages not yet started are named and not built', async () => {
    const root = committedRepo({ ...monorepoFiles(), ...prefixed('plugins/boom', failingProject(1)) });
    const outDir = join(materialize({}), 'dist');
    const targets = [MONOREPO_TARGETS[0]!, { name: 'boom-pkg', path: 'plugins/boom' }, MONOREPO_TARGETS[1]!];

    const error = await failure(buildDistributions(options(root, outDir, { targets, jobs: 1 })));

    expect(error).toBeInstanceOf(BuildError);
    expect((error as BuildError).packageName).toBe('boom-pkg');
    expect((error as Error).message).toContain(
      'Not built because of the failure: otai-hf-local (packages/otai_hf_local).',
    );
    expect(existsSync(outDir)).toBe(false);
  });
});

describe('a version from a checkout without tags', () => {
  // setuptools_scm is not installed for /usr/bin/python3 here, so an in-tree backend writes the version
  // setuptools-scm / hatch-vcs derive when git has no tag for the commit.
  test.each([
    ['0.1.dev1+g1234abc', false],
    ['0.1.dev3+g1234abc.d20260101', true],
  ])('%s is explained: shallow checkout or missing tags, and how to fetch them', async (version, dirty) => {
    const root = committedRepo(inTreeProject('scm-pkg', version));
    const targets = [{ name: 'scm-pkg', path: '.', version: '1.4.0' }];

    const error = await failure(buildDistributions(options(root, join(root, 'dist'), { targets })));

    expect(error).toBeInstanceOf(ConfigurationError);
    const message = (error as Error).message;
    expect(message).toContain(`with version ${version}, but 1.4.0 was expected`);
    expect(message).toContain('the checkout is shallow or lacks tags');
    expect(message).toContain('`fetch-depth: 0`');
    expect(message).toContain('`git fetch --tags --unshallow`');
    expect(message.includes('uncommitted changes')).toBe(dirty);
  });

  test('without an expected version the same build succeeds', async () => {
    const root = committedRepo(inTreeProject('scm-pkg', '0.1.dev1+g1234abc'));
    const result = await buildDistributions(
      options(root, join(root, 'dist'), { targets: [{ name: 'scm-pkg', path: '.' }] }),
    );
    expect(result.files.map((f) => f.filename)).toEqual([
      'scm_pkg-0.1.dev1+g1234abc.tar.gz',
      'scm_pkg-0.1.dev1+g1234abc-py3-none-any.whl',
    ]);
  });
});

describe('before any build runs', () => {
  const root = materialize({ 'pyproject.toml': lf('[project]', 'name = "x"', 'version = "1"') });
  const targets = [{ name: 'x', path: '.' }];

  test('a missing interpreter is named, with the fix', async () => {
    const error = await failure(
      buildDistributions(options(root, join(root, 'dist'), { targets, python: '/nonexistent/python3' })),
    );
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as Error).message).toContain("The Python interpreter '/nonexistent/python3' was not found");
    expect((error as Error).message).toContain('`python` input');
  });

  test('an interpreter without pypa/build is named by its real path, with `pip install build`', async () => {
    // The `python3` on this machine's PATH (pyenv) has no build package; ask it where it really lives.
    const ask = (code: string) => spawnSync('python3', ['-c', code], { encoding: 'utf8' });
    expect(ask('import build').status).not.toBe(0);
    const executable = ask('import sys; print(sys.executable)').stdout.trim();
    const error = await failure(
      buildDistributions(options(root, join(root, 'dist'), { targets, python: 'python3' })),
    );
    expect(error).toBeInstanceOf(ConfigurationError);
    const message = (error as Error).message;
    expect(message).toContain(`The Python interpreter ${executable} cannot run pypa/build`);
    expect(message).toContain("No module named 'build'");
    expect(message).toContain(`\`${executable} -m pip install build\``);
    expect(existsSync(join(root, 'dist'))).toBe(false);
  });

  test("frontend 'uv' without uv on PATH says how to install it or to use 'build'", async () => {
    const error = await failure(
      buildDistributions(
        options(root, join(root, 'dist'), {
          targets,
          frontend: 'uv',
          env: { ...process.env, PATH: '/nonexistent' },
        }),
      ),
    );
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as Error).message).toContain('`uv` executable on PATH');
    expect((error as Error).message).toContain('astral-sh/setup-uv');
    expect((error as Error).message).toContain("use the frontend 'build'");
  });

  test('a target directory that does not exist is named', async () => {
    const error = await failure(
      buildDistributions(
        options(root, join(root, 'dist'), { targets: [{ name: 'ghost', path: 'packages/ghost' }] }),
      ),
    );
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as Error).message).toContain(
      "Cannot build ghost: its directory 'packages/ghost' does not exist",
    );
  });
});

function prefixed(dir: string, files: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(files).map(([file, text]) => [`${dir}/${file}`, text]));
}
