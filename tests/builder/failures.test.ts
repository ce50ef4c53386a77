/**
 * What a user sees when a build cannot succeed: a failing backend or a broken pyproject.toml (the
 * package, its path, the command, the exit code and the backend's own last lines, nothing of ours),
 * a build requirement missing from the interpreter (named at its line before anything is built), a
 * version from a tagless checkout (how to fetch the tags), and a frontend that cannot start.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, jest, test } from '@jest/globals';
import { BuildError, buildDistributions } from '@otai-release/core/builder';
import { ConfigurationError } from '@otai-release/core/errors';
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
    // pypa/build keeps its own requirement check: nothing was accepted for this package.
    expect(build.command).toMatch(
      /^\/usr\/bin\/python3 -m build \S+\/plugins\/boom --outdir \S+ --no-isolation$/,
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

  test('says where the whole output is: its log group in the action, where the caller says otherwise', async () => {
    const root = committedRepo(failingProject(3));
    const targets = [{ name: 'boom-pkg', path: '.', version: '1.0.0' }];
    const run = (more: object) =>
      failure(buildDistributions({ ...options(root, join(materialize({}), 'dist'), { targets }), ...more }));
    expect(((await run({})) as BuildError).message).toMatch(/The full output is in its log group\.$/);
    const cli = (await run({ fullOutputHint: (title: string) => `See "== ${title}".` })) as BuildError;
    expect(cli.message).toMatch(/See "== Build boom-pkg \(the repository root\)"\.$/);
    expect(cli.message).not.toContain('log group');
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

  test('a backend that is not installed is named at its line, with the install command, before any build', async () => {
    const root = committedRepo({
      'pyproject.toml': lf(
        '[build-system]',
        'requires = ["pdm-backend"]',
        'build-backend = "pdm.backend"',
        '[project]',
        'name = "needs-pdm"',
        'version = "1.0"',
      ),
      ...prefixed('core', monorepoFiles()),
    });
    const opts = options(root, join(root, 'dist'), {
      targets: [
        { name: 'needs-pdm', path: '.' },
        { name: 'open-ticket-ai', path: 'core' },
      ],
    });
    const error = await failure(buildDistributions(opts));
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error).not.toBeInstanceOf(BuildError);
    const problem = error as ConfigurationError;
    expect([problem.file, problem.line]).toEqual(['pyproject.toml', 2]);
    expect(problem.message).toContain(
      'needs-pdm (the repository root) requires pdm-backend, which is not installed.',
    );
    expect(problem.message).toContain(
      'Nothing was built: without isolation a build uses only what /usr/bin/python3 has installed.',
    );
    expect(problem.message).toContain('`/usr/bin/python3 -m pip install pdm-backend`');
    expect(problem.message).toContain('or build with isolation');
    // The other package (Debian's hatchling, whose missing `editables` is accepted) is not named.
    expect(problem.message).not.toContain('open-ticket-ai');
    expect(opts.logger.entries.filter((e) => e.level === 'group')).toEqual([]);
    expect(existsSync(join(root, 'dist'))).toBe(false);
  });

  test('every unmet requirement of every package is listed: missing, too old, malformed; markers that do not hold are left out', async () => {
    const root = committedRepo({
      'a/pyproject.toml': lf(
        '[build-system]',
        'requires = [',
        '  "setuptools>=61",',
        '  "hatchling>=99",',
        '  "surely-not-installed-xyz[extra]>=1; python_version >= \'3\'",',
        '  "never-on-this-python; python_version < \'3\'",',
        ']',
        'build-backend = "setuptools.build_meta"',
        '[project]',
        'name = "a"',
        'version = "1.0"',
      ),
      'b/pyproject.toml': lf(
        '[build-system]',
        'requires = ["setuptools>=61", "not a requirement!"]',
        'build-backend = "setuptools.build_meta"',
        '[project]',
        'name = "b"',
        'version = "1.0"',
      ),
    });
    const error = await failure(
      buildDistributions(
        options(root, join(root, 'dist'), {
          targets: [
            { name: 'a', path: 'a' },
            { name: 'b', path: 'b' },
          ],
        }),
      ),
    );
    expect(error).toBeInstanceOf(ConfigurationError);
    const problem = error as ConfigurationError;
    expect([problem.file, problem.line]).toEqual(['a/pyproject.toml', 4]);
    const lines = problem.message.split('\n');
    expect(lines[0]).toMatch(/^a \(a\) requires hatchling>=99, but hatchling 1\.\d+\.\d+ is installed\.$/);
    expect(lines[1]).toBe(
      'a/pyproject.toml:5: a (a) requires surely-not-installed-xyz[extra]>=1, which is not installed.',
    );
    expect(lines[2]).toMatch(
      /^b\/pyproject\.toml:2: b \(b\): \[build-system\] requires "not a requirement!" is not a valid requirement \(Expected /,
    );
    expect(problem.message).not.toContain('never-on-this-python');
    expect(problem.message).toContain(
      "`/usr/bin/python3 -m pip install 'hatchling>=99' 'surely-not-installed-xyz[extra]>=1'`",
    );
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
  ])('%s is explained as a checkout without tags, and how to fetch them', async (version, dirty) => {
    const root = committedRepo(inTreeProject('scm-pkg', version));
    const targets = [{ name: 'scm-pkg', path: '.', version: '1.4.0' }];

    const error = await failure(buildDistributions(options(root, join(root, 'dist'), { targets })));

    expect(error).toBeInstanceOf(ConfigurationError);
    const message = (error as Error).message;
    expect(message).toContain(`with version ${version}, but 1.4.0 was expected`);
    // The fixture repository is complete but has no tags at all, and the message says which it is.
    expect(message).toContain(
      'when no tag is reachable from the commit being built: the checkout has no tags',
    );
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
