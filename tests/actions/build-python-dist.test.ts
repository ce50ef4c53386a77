/**
 * build-python-dist's parseInputs and run(inputs, deps): which packages and versions it builds, what
 * it uploads and caches. The builds themselves are real in tests/build and tests/e2e; here the build
 * is a recording stand-in so the action's own decisions can be asserted.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { parseInputs } from '../../actions/build-python-dist/inputs.js';
import { run, type RunDeps } from '../../actions/build-python-dist/run.js';
import { renderSummary } from '../../actions/build-python-dist/summary.js';
import { inputsFrom } from '@otai-release/core/action';
import type { BuildOptions, BuildResult } from '@otai-release/core/builder';
import { ConfigurationError } from '@otai-release/core/errors';
import { MemoryLogger } from '@otai-release/core/log';
import { copyExample } from '../support/run-node.js';
import { ISOLATED_GIT_ENV } from '../versioning/git-repo.js';

/** A build that records its options and "produces" one sdist and wheel per target. */
function fakeBuild(calls: BuildOptions[]) {
  return async (options: BuildOptions): Promise<BuildResult> => {
    calls.push(options);
    const packages = options.targets.map((t) => {
      const stem = `${t.name.replace(/-/g, '_')}-${t.version ?? '0'}`;
      const files = [
        { kind: 'sdist' as const, filename: `${stem}.tar.gz` },
        { kind: 'wheel' as const, filename: `${stem}-py3-none-any.whl` },
      ].map((f) => ({
        ...f,
        path: join(options.outDir, f.filename),
        project: t.name,
        version: t.version ?? '0',
        sha256: 'ab'.repeat(32),
        size: 1234,
      }));
      return { name: t.name, path: t.path, files, seconds: 1 };
    });
    return { files: packages.flatMap((p) => p.files), packages, sourceDateEpoch: '1714564800' };
  };
}

function setup(values: Record<string, string> = {}, extra: Partial<RunDeps> = {}) {
  const repo = copyExample('otai-monorepo');
  const calls: BuildOptions[] = [];
  const uploads: unknown[][] = [];
  const deps: RunDeps = {
    logger: new MemoryLogger(),
    cwd: repo,
    platform: 'linux',
    env: { PATH: process.env.PATH },
    tempDir: join(repo, '.tmp'),
    build: fakeBuild(calls),
    artifacts: async (...args) => {
      uploads.push(args);
      return { id: 7, size: 100 };
    },
    ...extra,
  };
  return {
    repo,
    calls,
    uploads,
    deps,
    inputs: parseInputs(inputsFrom({ 'upload-artifact': 'true', cache: 'false', ...values })),
  };
}

describe('parseInputs', () => {
  test('defaults build both kinds with isolation into dist, upload an artifact and cache downloads', () => {
    const inputs = parseInputs(inputsFrom({}), 'linux');
    expect(inputs).toMatchObject({
      path: '.',
      'out-dir': 'dist',
      sdist: true,
      wheel: true,
      isolation: true,
      python: 'python3',
      frontend: 'build',
      'upload-artifact': true,
      'artifact-name': 'python-dist',
      cache: true,
    });
    expect(inputs.packages).toBeUndefined();
    expect(parseInputs(inputsFrom({}), 'win32').python).toBe('python');
  });

  test('packages: validate-versions JSON keeps path, name and version; plain lines are paths', () => {
    const json = JSON.stringify([
      { name: 'otai-hf-local', path: 'packages/otai_hf_local', version: '1.4.0', tag: 'v1.4.0' },
    ]);
    expect(parseInputs(inputsFrom({ packages: json })).packages).toEqual([
      { name: 'otai-hf-local', path: 'packages/otai_hf_local', version: '1.4.0' },
    ]);
    expect(parseInputs(inputsFrom({ packages: 'packages/a\npackages/b, .' })).packages).toEqual([
      { path: 'packages/a' },
      { path: 'packages/b' },
      { path: '.' },
    ]);
  });

  test.each([
    [{ sdist: 'false', wheel: 'false' }, /nothing would be built/],
    [{ packages: '[{"name": "x"' }, /does not parse/],
    [{ packages: '[{"name": "x"}]' }, /entry 0 has no "path"/],
    [{ 'retention-days': 'ten' }, /whole number of days/],
    [{ 'artifact-name': 'dist/all' }, /character artifact names cannot have/],
    [{ frontend: 'poetry' }, /'build', 'uv'/],
  ])('%j is refused before anything runs', (values, message) => {
    expect(() => parseInputs(inputsFrom(values))).toThrow(message);
  });
});

describe('run', () => {
  test('builds every discovered package with the version the repository declares, and uploads the files', async () => {
    const { calls, uploads, deps, inputs, repo } = setup({
      'retention-days': '5',
      'artifact-name': 'dist-all',
    });
    const result = await run(inputs, deps);
    expect(calls[0].targets).toEqual([
      { name: 'open-ticket-ai', path: '.', version: '1.4.0' },
      { name: 'otai-hf-local', path: 'packages/otai_hf_local', version: '1.4.0' },
      { name: 'otai-otobo-znuny', path: 'packages/otai_otobo_znuny', version: '1.4.0' },
    ]);
    expect(calls[0].outDir).toBe(join(repo, 'dist'));
    expect(uploads).toHaveLength(1);
    const [name, files, root, retention] = uploads[0] as [string, string[], string, number];
    expect([name, root, retention]).toEqual(['dist-all', join(repo, 'dist'), 5]);
    expect(files).toHaveLength(6);
    expect(result.outputs['artifact-name']).toBe('dist-all');
    expect(result.outputs['dist-dir']).toBe('dist');
    expect(result.outputs.files[0]).toEqual({
      path: 'dist/open_ticket_ai-1.4.0.tar.gz',
      project: 'open-ticket-ai',
      version: '1.4.0',
      kind: 'sdist',
      sha256: 'ab'.repeat(32),
      size: 1234,
    });
  });

  test('a package list builds only those, in the given order; an unknown directory is refused by name', async () => {
    const { calls, deps, inputs } = setup({
      packages: 'packages/otai_otobo_znuny\n./packages/otai_hf_local/',
    });
    await run(inputs, deps);
    expect(calls[0].targets.map((t) => t.path)).toEqual([
      'packages/otai_otobo_znuny',
      'packages/otai_hf_local',
    ]);

    const bad = setup({ packages: 'packages/otai_nope' });
    await expect(run(bad.inputs, bad.deps)).rejects.toThrow(
      /'packages\/otai_nope' is not a publishable package .*found: \., packages\/otai_hf_local/,
    );
  });

  test('the version from validate-versions wins, so a file built from a stale tree is caught', async () => {
    const json = JSON.stringify([
      { name: 'otai-hf-local', path: 'packages/otai_hf_local', version: '1.5.0' },
    ]);
    const { calls, deps, inputs } = setup({ packages: json });
    await run(inputs, deps);
    expect(calls[0].targets).toEqual([
      { name: 'otai-hf-local', path: 'packages/otai_hf_local', version: '1.5.0' },
    ]);
  });

  test('on a branch, a release tag on HEAD gives a tag-deriving package the version it must build', async () => {
    const { calls, deps, inputs, repo } = setup({}, { ref: 'refs/heads/main' });
    try {
      // The core takes its version from the git tag through hatch-vcs; the plugins stay at 1.4.0.
      const manifest = join(repo, 'pyproject.toml');
      writeFileSync(
        manifest,
        readFileSync(manifest, 'utf8')
          .replace('requires = ["hatchling"]', 'requires = ["hatchling", "hatch-vcs"]')
          .replace('version = "1.4.0"', 'dynamic = ["version"]')
          .concat('\n[tool.hatch.version]\nsource = "vcs"\n'),
      );
      const git = (...args: string[]) =>
        execFileSync('git', args, {
          cwd: repo,
          env: { ...process.env, ...ISOLATED_GIT_ENV },
          stdio: 'ignore',
        });
      git('init', '-q', '-b', 'main');
      git('add', '-A');
      git('-c', 'user.name=T', '-c', 'user.email=t@example.org', 'commit', '-q', '-m', 'release');
      git('tag', 'v1.4.0');
      git('tag', 'otai-hf-local-v9.9.9'); // another package's form of tag: no version for the core

      await run(inputs, deps);

      const core = calls[0].targets[0]!;
      expect(core).toMatchObject({
        name: 'open-ticket-ai',
        versionPlugin: { tool: 'hatch-vcs', file: 'pyproject.toml' },
        headTags: [{ tag: 'v1.4.0', version: '1.4.0' }],
      });
      expect(core.version).toBeUndefined();
      // Packages with a version in a file keep it, whatever the tags.
      expect(calls[0].targets[1]).toEqual({
        name: 'otai-hf-local',
        path: 'packages/otai_hf_local',
        version: '1.4.0',
      });
    } finally {
      rmSync(repo, { recursive: true, force: true });
    }
  });

  test('upload-artifact false uploads nothing and leaves the output empty', async () => {
    const { uploads, deps, inputs } = setup({ 'upload-artifact': 'false' });
    const result = await run(inputs, deps);
    expect(uploads).toHaveLength(0);
    expect(result.outputs['artifact-name']).toBe('');
  });

  test('a name taken in the run (409) tells to give each matrix job its own artifact-name', async () => {
    const { deps, inputs } = setup();
    deps.artifacts = async () => {
      throw new Error('Failed to CreateArtifact: (409) Conflict: an artifact with this name already exists');
    };
    const error = await run(inputs, deps).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as Error).message).toMatch(/already exists.*dist-\$\{\{ matrix.package \}\}/);
  });

  test('cache: restores by the pyproject hash, points pip at it, and saves after a miss only', async () => {
    const events: string[] = [];
    const cache: NonNullable<RunDeps['cache']> = {
      available: () => true,
      restore: async (paths, key, restoreKeys) => {
        events.push(`restore ${key} ${restoreKeys.join(',')}`);
        mkdirSync(paths[0], { recursive: true });
        return undefined;
      },
      save: async (_paths, key) => {
        events.push(`save ${key}`);
      },
    };
    // Keys are per OS, the runner's as main.ts passes it (not the OS the test runs on).
    const { calls, deps, inputs, repo } = setup({ cache: 'true' }, { cache, platform: 'darwin' });
    await run(inputs, deps);
    expect(events[0]).toMatch(
      /^restore otai-release-build-darwin-build-[0-9a-f]{20} otai-release-build-darwin-build-$/,
    );
    const key = events[0].split(' ')[1];
    expect(events[1]).toBe(`save ${key}`);
    expect(calls[0].env?.PIP_CACHE_DIR).toBe(join(repo, '.tmp', 'otai-release-build-cache'));

    // Same pyproject files: same key; a hit on it saves nothing.
    events.length = 0;
    cache.restore = async (_p, k) => {
      events.push(`restore ${k}`);
      return k;
    };
    await run(inputs, deps);
    expect(events).toEqual([`restore ${key}`]);

    // A changed pyproject.toml changes the key.
    writeFileSync(join(repo, 'packages/otai_hf_local/pyproject.toml'), '\n# changed\n', { flag: 'a' });
    events.length = 0;
    await run(inputs, deps);
    expect(events[0]).not.toBe(`restore ${key}`);
  });

  test('the summary lists each package with its files, sizes and sha256', async () => {
    const { deps, inputs } = setup();
    const summary = renderSummary(await run(inputs, deps));
    expect(summary).toContain('6 file(s) from 3 package(s)');
    expect(summary).toMatch(
      /\*\*otai-hf-local\*\* \| `packages\/otai_hf_local` \| `otai_hf_local-1\.4\.0\.tar\.gz` \| 1\.2 KiB \| `(ab){32}`/,
    );
    expect(summary).toContain('SOURCE_DATE_EPOCH `1714564800`');
  });
});
