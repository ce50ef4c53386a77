/**
 * The whole release as users run it: `otai-release release --dry-run` from the bundled CLI (the quick
 * start's first command), and the bundled all-in-one action (root action.yml) as a runner runs it,
 * publishing to the local index server and releasing on the local GitHub server.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, jest, test } from '@jest/globals';
import { describeBuildingExample, EXAMPLE_RELEASE_FILES } from '../support/example-monorepo.js';
import { type GitHubServer, startGitHubServer } from '../support/github-server.js';
import { type IndexServer, startIndexServer } from '../support/index-server.js';
import { BUILD_PYTHON } from '../support/require-tool.js';
import { bundled, copyExample, runNode, runnerEnv } from '../support/run-node.js';

jest.setTimeout(120_000);

let index: IndexServer | undefined;
let github: GitHubServer | undefined;
afterEach(async () => {
  await index?.close();
  await github?.close();
  index = github = undefined;
});

describeBuildingExample('release', () => {
  test('otai-release release --dry-run: every stage on stderr as it goes, the plan last, nothing written', async () => {
    index = await startIndexServer();
    const repo = copyExample('otai-monorepo');
    const cli = bundled('cli');
    const { code, stdout, stderr } = await runNode(
      cli,
      [
        'release',
        '--dry-run',
        repo,
        '--no-isolation',
        '--python',
        BUILD_PYTHON,
        '--index',
        index.url,
        '--repository-url',
        `${index.url}legacy/`,
      ],
      { env: { PATH: process.env.PATH, HOME: process.env.HOME } },
    );
    expect(stderr).toMatch(
      /^✓ validate: open-ticket-ai 1\.4\.0, otai-hf-local 1\.4\.0, otai-otobo-znuny 1\.4\.0; tag v1\.4\.0/m,
    );
    expect(stderr).toMatch(/^✓ check: 6 file\(s\) passed/m);
    expect(code).toBe(0);
    expect(stdout).toContain(
      'Dry run of the release of open-ticket-ai, otai-hf-local, otai-otobo-znuny 1.4.0 (tag v1.4.0): validated, built and checked for real; nothing was uploaded, pushed, tagged or released.',
    );
    expect(stdout).toContain(
      `• publish   would upload 6 file(s) to ${index.url}legacy/ (a dry run needs no credentials)`,
    );
    // The example's four variants, planned (no container tool runs in a dry run).
    expect(stdout).toContain('• images    4 variant(s): core, hf-local, otobo-znuny, all');
    expect(stdout).toContain('ghcr.io/softoft-orga/open-ticket-ai:1.4.0-hf-local');
    // No token: the release is shown from the checkout, its notes left to GitHub.
    expect(stdout).toContain('• release   would release v1.4.0 with 6 asset(s)');
    for (const file of EXAMPLE_RELEASE_FILES) expect(stdout).toContain(file);
    expect(index.uploads).toEqual([]);
    // The dry run built into a scratch directory: the checkout has no dist/.
    expect(existsSync(join(repo, 'dist'))).toBe(false);
  });

  test('the bundled all-in-one action publishes every file once and releases them, as a runner runs it', async () => {
    index = await startIndexServer();
    index.state.addToken('pypi-all-in-one');
    github = await startGitHubServer();
    github.tags.set('v1.4.0', '0123456789abcdef0123456789abcdef01234567');
    const repo = copyExample('otai-monorepo');
    const runner = runnerEnv(
      {
        path: '.',
        'dry-run': 'false',
        index: index.url,
        python: BUILD_PYTHON,
        isolation: 'false',
        'repository-url': `${index.url}legacy/`,
        user: '__token__',
        password: 'pypi-all-in-one',
        'skip-existing': 'false',
        attestations: 'false',
        // No container engine here: images are proven by the pipeline tests and docker-variants' own.
        docker: 'false',
        backend: 'buildx',
        'gh-release': 'true',
        'github-token': 'ghs_write',
      },
      {
        GITHUB_REPOSITORY: `${github.owner}/${github.repo}`,
        GITHUB_API_URL: github.apiUrl,
        GITHUB_REF: 'refs/tags/v1.4.0',
      },
    );
    const { code, stdout } = await runNode(bundled('release'), [], { cwd: repo, env: runner.env });
    expect(stdout).not.toContain('::error');
    expect(code).toBe(0);
    const outputs = runner.outputs();
    expect(outputs.version).toBe('1.4.0');
    expect(outputs.tag).toBe('v1.4.0');
    expect(outputs['failed-stage']).toBe('');
    expect((JSON.parse(outputs.files!) as { file: string }[]).map((f) => f.file).sort()).toEqual(
      EXAMPLE_RELEASE_FILES,
    );
    expect([...index.stored.keys()].sort()).toEqual(EXAMPLE_RELEASE_FILES);
    const [release] = github.allReleases() as { tag_name: string; assets: { name: string }[] }[];
    expect(release!.tag_name).toBe('v1.4.0');
    expect(release!.assets.map((a) => a.name).sort()).toEqual(EXAMPLE_RELEASE_FILES);
    expect(runner.summary()).toContain(
      'Released open-ticket-ai, otai-hf-local, otai-otobo-znuny 1.4.0 (tag v1.4.0).',
    );
  });
});
