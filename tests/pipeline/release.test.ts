/**
 * The whole release in one run, on the example monorepo (a core and two plugins, built for real with
 * Debian's hatchling, no isolation), against the local index server (Warehouse's upload rules) and the
 * local GitHub release server: a dry run writes nothing anywhere; a real run publishes every file once
 * and releases them; a failed stage stops everything after it, and a preflight failure stops the run
 * before the first upload.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, jest, test } from '@jest/globals';
import { MemoryLogger } from '@otai-release/core/log';
import { HttpClient } from '@otai-release/core/http';
import { type PipelineOptions, pipelineSummaryText, runRelease } from '@otai-release/core/pipeline';
import { describeBuildingExample, EXAMPLE_RELEASE_FILES } from '../support/example-monorepo.js';
import { type GitHubServer, startGitHubServer, testOctokit } from '../support/github-server.js';
import { type IndexServer, startIndexServer } from '../support/index-server.js';
import { BUILD_PYTHON } from '../support/require-tool.js';
import { copyExample } from '../support/run-node.js';

jest.setTimeout(120_000);

const TOKEN = 'pypi-pipeline-test';

let index: IndexServer | undefined;
let github: GitHubServer | undefined;
afterEach(async () => {
  await index?.close();
  await github?.close();
  index = github = undefined;
});

async function servers(): Promise<{ index: IndexServer; github: GitHubServer }> {
  index = await startIndexServer();
  index.state.addToken(TOKEN);
  github = await startGitHubServer();
  github.tags.set('v1.4.0', '0123456789abcdef0123456789abcdef01234567');
  return { index, github };
}

function options(index: IndexServer, overrides: Partial<PipelineOptions> = {}): PipelineOptions {
  return {
    path: '.',
    dryRun: false,
    index: index.url,
    indexCheck: 'required',
    outDir: 'dist',
    isolation: false,
    python: BUILD_PYTHON,
    frontend: 'build',
    publish: {
      repositoryUrl: `${index.url}legacy/`,
      user: '__token__',
      password: TOKEN,
      skipExisting: false,
      attestations: false,
      concurrency: 4,
      verifyAuth: false,
    },
    images: false,
    release: false,
    ...overrides,
  };
}

function deps(cwd: string, logger = new MemoryLogger()) {
  const progress: string[] = [];
  return {
    progress,
    deps: {
      logger,
      cwd,
      http: new HttpClient({ retries: 0, timeoutMs: 10_000 }),
      env: { PATH: process.env.PATH },
      mask: () => {},
      docker: {
        exec: async () => {
          throw new Error('no image tool may run in these tests');
        },
        env: {},
        now: Date.now,
        sleep: async () => {},
      },
      progress: (line: string) => progress.push(line),
    },
  };
}

function githubRelease(github: GitHubServer) {
  return {
    prerelease: 'auto' as const,
    makeLatest: 'auto' as const,
    draft: false,
    github: {
      octokit: testOctokit(github),
      repository: { owner: github.owner, repo: github.repo },
      tokenSource: 'the test token',
      logger: new MemoryLogger(),
      sleep: async () => {},
    },
  };
}

describeBuildingExample('runRelease', () => {
  test('a dry run validates, builds and checks for real, then plans the upload and the release and writes nothing', async () => {
    const { index, github } = await servers();
    const repo = copyExample('otai-monorepo');
    const { deps: d, progress } = deps(repo);
    const result = await runRelease(options(index, { dryRun: true, release: githubRelease(github) }), d);
    expect(result.failed).toBeUndefined();
    expect(result.stages.map((s) => [s.stage, s.status])).toEqual([
      ['validate', 'done'],
      ['build', 'done'],
      ['check', 'done'],
      ['publish', 'planned'],
      ['images', 'skipped'],
      ['release', 'planned'],
    ]);
    expect(result.files.map((f) => f.filename).sort()).toEqual(EXAMPLE_RELEASE_FILES);
    expect(result.stages[3]!.summary).toBe(
      `would upload 6 file(s) to ${index.url}legacy/ (a dry run needs no credentials)`,
    );
    expect(result.stages[5]!.summary).toBe('would create the release v1.4.0; 6 asset(s)');
    expect(result.stages[5]!.details).toContain('open_ticket_ai-1.4.0-py3-none-any.whl');
    expect(index.uploads).toEqual([]);
    expect(github.writes()).toEqual([]);
    expect(progress[0]).toMatch(
      /^✓ validate: open-ticket-ai 1\.4\.0, otai-hf-local 1\.4\.0, otai-otobo-znuny 1\.4\.0; tag v1\.4\.0 \(\d+\.\d s\)$/,
    );
    const text = pipelineSummaryText(result);
    expect(text).toMatch(
      /^Dry run of the release of open-ticket-ai, otai-hf-local, otai-otobo-znuny 1\.4\.0 \(tag v1\.4\.0\)/,
    );
    expect(text).toContain('• publish   would upload 6 file(s)');
  });

  test('a real run publishes every file once and releases them; a rerun stops at validate with the version taken', async () => {
    const { index, github } = await servers();
    const repo = copyExample('otai-monorepo');
    const result = await runRelease(options(index, { release: githubRelease(github) }), deps(repo).deps);
    expect(result.failed).toBeUndefined();
    expect(result.stages.map((s) => [s.stage, s.status])).toEqual([
      ['validate', 'done'],
      ['build', 'done'],
      ['check', 'done'],
      ['preflight', 'done'],
      ['publish', 'done'],
      ['images', 'skipped'],
      ['release', 'done'],
    ]);
    expect([...index.stored.keys()].sort()).toEqual(EXAMPLE_RELEASE_FILES);
    expect([...index.stored.values()]).toEqual([1, 1, 1, 1, 1, 1]);
    const [release] = github.allReleases() as {
      tag_name: string;
      draft: boolean;
      assets: { name: string }[];
    }[];
    expect(release).toMatchObject({ tag_name: 'v1.4.0', draft: false });
    expect(release!.assets.map((a) => a.name).sort()).toEqual(EXAMPLE_RELEASE_FILES);

    const uploads = index.uploads.length;
    const writes = github.writes().length;
    const again = await runRelease(options(index, { release: githubRelease(github) }), deps(repo).deps);
    expect(again.stages.map((s) => [s.stage, s.status])).toEqual([['validate', 'failed']]);
    expect(again.failed).toMatch(/^validate: 3 problem\(s\)/);
    expect(index.uploads.length).toBe(uploads);
    expect(github.writes().length).toBe(writes);
  });

  test('a file that fails the check stops the run before anything is uploaded or released', async () => {
    const { index, github } = await servers();
    const repo = copyExample('otai-monorepo');
    // No readme: the wheel has no description, which twine check --strict refuses.
    const manifest = join(repo, 'packages', 'otai_hf_local', 'pyproject.toml');
    writeFileSync(manifest, readFileSync(manifest, 'utf8').replace(/^readme = .*\n/m, ''));
    const logger = new MemoryLogger();
    const result = await runRelease(
      options(index, { release: githubRelease(github) }),
      deps(repo, logger).deps,
    );
    expect(result.stages.map((s) => [s.stage, s.status])).toEqual([
      ['validate', 'done'],
      ['build', 'done'],
      ['check', 'failed'],
    ]);
    expect(result.failed).toBe('check: 2 of 6 file(s) failed; each finding is reported above');
    expect(
      logger.entries.some((e) => e.level === 'error' && e.message.startsWith('otai_hf_local-1.4.0')),
    ).toBe(true);
    expect(index.uploads).toEqual([]);
    expect(github.writes()).toEqual([]);
  });

  test('the preflight refuses a bad image configuration before the first upload', async () => {
    const { index, github } = await servers();
    const repo = copyExample('otai-monorepo', { docker: false });
    writeFileSync(join(repo, 'Dockerfile'), 'FROM scratch\n');
    writeFileSync(
      join(repo, 'pyproject.toml'),
      `${readFileSync(join(repo, 'pyproject.toml'), 'utf8')}\n[tool.otai-release.docker]\nimage = "ghcr.io/octo-org/app"\n\n[[tool.otai-release.docker.variants]]\nname = "hf"\npackages = ["otai-no-such-plugin"]\n`,
    );
    const images = {
      backend: 'buildah' as const,
      push: true,
      waitForIndex: true,
      waitTimeoutMs: 60_000,
      provenance: false,
      sbom: false,
      source: {},
    };
    const result = await runRelease(
      options(index, { images, release: githubRelease(github) }),
      deps(repo).deps,
    );
    expect(result.stages.map((s) => [s.stage, s.status])).toEqual([
      ['validate', 'done'],
      ['build', 'done'],
      ['check', 'done'],
      ['preflight', 'failed'],
    ]);
    expect(result.failed).toMatch(/otai-no-such-plugin/);
    expect(index.uploads).toEqual([]);
    expect(github.writes()).toEqual([]);
  });

  test('a real run without the GitHub API is refused in the preflight, not after the upload', async () => {
    const { index } = await servers();
    const repo = copyExample('otai-monorepo');
    const release = { prerelease: 'auto' as const, makeLatest: 'auto' as const, draft: false };
    const result = await runRelease(options(index, { release }), deps(repo).deps);
    expect(result.stages.at(-1)).toMatchObject({ stage: 'preflight', status: 'failed' });
    expect(result.failed).toContain('GITHUB_TOKEN');
    expect(index.uploads).toEqual([]);
  });
});
