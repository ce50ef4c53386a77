/**
 * The bundled gh-release action run as a runner runs it (node dist/gh-release/index.js with INPUT_*
 * and GITHUB_* variables, GITHUB_API_URL pointing at the local GitHub server), with Octokit's retry
 * and throttling plugins as shipped: a release, a rerun that writes nothing, two jobs racing on one
 * tag, a read-only token, and a dry run.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, jest, test } from '@jest/globals';
import { type GitHubServer, startGitHubServer } from '../support/github-server.js';
import { bundled, REPO_ROOT, runNode, runnerEnv } from '../support/run-node.js';
import { tempDir } from '../support/temp-dir.js';

jest.setTimeout(90_000);

const ACTION = bundled('gh-release');
let server: GitHubServer;

beforeEach(async () => {
  server = await startGitHubServer();
  server.addTag('v1.2.0');
});
afterEach(() => server.close());

/** A checkout with `files` (name → content) in dist/ and a changelog with 1.2.0's section. */
function checkout(files: Record<string, string>): string {
  const repo = tempDir('gh-release-e2e');
  mkdirSync(join(repo, 'dist'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(repo, 'dist', name), content);
  writeFileSync(
    join(repo, 'CHANGELOG.md'),
    '# Changelog\n\n## [1.2.0] - 2026-01-31\n### Added\n- Releases.\n',
  );
  return repo;
}

async function runAction(repo: string, inputs: Record<string, string> = {}, token = 'ghs_write') {
  const runner = runnerEnv(
    {
      token,
      files: 'dist/*',
      'overwrite-assets': 'true',
      prerelease: 'auto',
      'make-latest': 'auto',
      ...inputs,
    },
    {
      GITHUB_REF: 'refs/tags/v1.2.0',
      GITHUB_REPOSITORY: `${server.owner}/${server.repo}`,
      GITHUB_API_URL: server.apiUrl,
      GITHUB_WORKSPACE: repo,
    },
  );
  const result = await runNode(ACTION, [], { env: runner.env, cwd: repo });
  return { ...result, outputs: runner.outputs(), summary: runner.summary() };
}

const FILES = { 'pkg-1.2.0-py3-none-any.whl': 'wheel', 'pkg-1.2.0.tar.gz': 'sdist' };

describe('gh-release as a runner runs it', () => {
  test('creates the release with its assets and outputs; a rerun changes nothing', async () => {
    const repo = checkout(FILES);
    const first = await runAction(repo);
    expect(first.stdout).not.toContain('::error');
    expect(first.code).toBe(0);
    const [release] = server.allReleases() as {
      id: number;
      body: string;
      draft: boolean;
      assets: { name: string }[];
    }[];
    expect(release).toMatchObject({ draft: false, body: '### Added\n- Releases.' });
    expect(first.outputs.id).toBe(String(release.id));
    expect(first.outputs['html-url']).toBe('https://github.com/octo-org/octo-repo/releases/tag/v1.2.0');
    expect(
      JSON.parse(first.outputs.assets).map((a: { name: string; action: string }) => [a.name, a.action]),
    ).toEqual([
      ['pkg-1.2.0-py3-none-any.whl', 'uploaded'],
      ['pkg-1.2.0.tar.gz', 'uploaded'],
    ]);
    expect(first.summary).toContain(
      'gh-release: [v1.2.0](https://github.com/octo-org/octo-repo/releases/tag/v1.2.0) created',
    );

    const writes = server.writes().length;
    const rerun = await runAction(repo);
    expect(rerun.code).toBe(0);
    expect(server.writes().length).toBe(writes);
    expect(rerun.outputs.id).toBe(first.outputs.id);
    expect(JSON.parse(rerun.outputs.assets).map((a: { action: string }) => a.action)).toEqual([
      'skipped',
      'skipped',
    ]);
  });

  test('two jobs releasing the same tag at once end with one published release holding every asset', async () => {
    // A matrix: each job built its own wheel; both carry the same sdist.
    const linux = checkout({
      'pkg-1.2.0-cp312-manylinux_x86_64.whl': 'linux wheel',
      'pkg-1.2.0.tar.gz': 'sdist',
    });
    const macos = checkout({
      'pkg-1.2.0-cp312-macosx_arm64.whl': 'macos wheel',
      'pkg-1.2.0.tar.gz': 'sdist',
    });
    // Both jobs look for the release (and find none) before either creates one.
    server.barrier(/\/git\/ref\/tags/, 2);
    const [a, b] = await Promise.all([runAction(linux), runAction(macos)]);
    expect([a.code, b.code, a.stdout + b.stdout]).toEqual([0, 0, expect.not.stringContaining('::error')]);
    const releases = server.allReleases() as {
      id: number;
      draft: boolean;
      assets: { name: string; state: string }[];
    }[];
    expect(releases).toHaveLength(1);
    expect(releases[0].draft).toBe(false);
    expect(releases[0].assets.map((x) => `${x.name} ${x.state}`).sort()).toEqual([
      'pkg-1.2.0-cp312-macosx_arm64.whl uploaded',
      'pkg-1.2.0-cp312-manylinux_x86_64.whl uploaded',
      'pkg-1.2.0.tar.gz uploaded',
    ]);
    expect([a.outputs.id, b.outputs.id]).toEqual([String(releases[0].id), String(releases[0].id)]);
    // Both created a draft; the later one saw the earlier and deleted its own.
    const made = server.requests.filter((r) => r.method === 'POST' && /\/releases$/.test(r.path));
    expect(made.map((r) => r.status)).toEqual([201, 201]);
    expect(
      server.requests.filter((r) => r.method === 'DELETE' && /\/releases\/\d+$/.test(r.path)),
    ).toHaveLength(1);
  });

  test('a token without contents: write fails the step with the permission to add', async () => {
    const run = await runAction(checkout(FILES), {}, 'ghs_read');
    expect(run.code).not.toBe(0);
    expect(run.stdout).toContain('::error::GitHub refused to create the release of v1.2.0');
    expect(run.stdout).toContain('contents: write');
    expect(server.writes()).toEqual([]);
  });

  test('a dry run prints the release it would create and writes nothing', async () => {
    const run = await runAction(checkout(FILES), { 'dry-run': 'true' });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Dry run: would create the release of v1.2.0 in octo-org/octo-repo.');
    expect(run.stdout).toContain('    | - Releases.');
    expect(run.stdout).toMatch(/upload {3}pkg-1\.2\.0-py3-none-any\.whl \(5 bytes, application\/zip/);
    expect(server.writes()).toEqual([]);
    expect(run.summary).toContain('would be created (dry run)');
  });

  test('a 512 MiB file is streamed from disk: the step peaks far below the file size', async () => {
    await server.close();
    server = await startGitHubServer({ keepBytes: false });
    server.addTag('v1.2.0');
    const repo = checkout({});
    const big = join(repo, 'dist', 'pkg-1.2.0-cp312-manylinux_x86_64.whl');
    writeFileSync(big, '');
    truncateSync(big, 512 * 1024 ** 2);
    const runner = runnerEnv(
      {
        token: 'ghs_write',
        files: 'dist/*',
        prerelease: 'auto',
        'make-latest': 'auto',
        'overwrite-assets': 'true',
      },
      {
        GITHUB_REF: 'refs/tags/v1.2.0',
        GITHUB_REPOSITORY: 'octo-org/octo-repo',
        GITHUB_API_URL: server.apiUrl,
      },
    );
    // The action's own process reports its peak resident memory when it exits.
    const probe = `process.on('exit', () => process.stderr.write('maxrss=' + process.resourceUsage().maxRSS + '\\n')); await import(${JSON.stringify(join(REPO_ROOT, ACTION))});`;
    const stderr = await new Promise<string>((done) => {
      const child = spawn(process.execPath, ['--input-type=module', '-e', probe], {
        cwd: repo,
        env: runner.env,
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      let text = '';
      child.stderr.on('data', (d) => (text += d));
      child.on('close', () => done(text));
    });
    const [asset] = (server.allReleases()[0] as { assets: { size: number; state: string }[] }).assets;
    expect(asset).toMatchObject({ size: 512 * 1024 ** 2, state: 'uploaded' });
    const peakKiB = Number(/maxrss=(\d+)/.exec(stderr)?.[1]);
    expect(peakKiB).toBeGreaterThan(0);
    expect(peakKiB).toBeLessThan(256 * 1024);
  });
});
