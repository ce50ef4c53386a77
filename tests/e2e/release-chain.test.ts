/**
 * The whole release chain as a workflow's job runs it (issue 13): the bundled actions, each a separate
 * node process with a runner's environment, in order — validate-versions → build-python-dist →
 * twine-check → pypi-publish-oidc → gh-release → docker-variants — each step's inputs taken from the
 * outputs of the steps before it as `${{ steps.x.outputs.y }}` would hand them over. The peers are
 * real or answer as the real ones are documented to: the local index server (Warehouse's JSON, simple
 * and upload APIs), the local GitHub server (REST releases and uploads), Debian's python3 with build
 * and hatchling, buildah (private vfs storage, chroot isolation) pushing to Debian's docker-registry
 * over TLS with a password, and skopeo reading back what was pushed.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, jest, test } from '@jest/globals';
import {
  type LocalRegistry,
  REGISTRY_TOOLS_PRESENT,
  REGISTRY_USER,
  startLocalRegistry,
} from '../fixtures/docker/registry.js';
import { EXAMPLE_RELEASE_FILES } from '../support/example-monorepo.js';
import { type GitHubServer, startGitHubServer } from '../support/github-server.js';
import { type IndexServer, startIndexServer } from '../support/index-server.js';
import { BUILD_PYTHON, commandRuns, pythonImports, requireTool } from '../support/require-tool.js';
import { bundled, copyExample, runNode, runnerEnv } from '../support/run-node.js';

jest.setTimeout(120_000);

const SHA = '0123456789abcdef0123456789abcdef01234567';
const PYPI_TOKEN = 'pypi-release-chain-token';

const ACTIONS = [
  'validate-versions',
  'build-python-dist',
  'twine-check',
  'pypi-publish-oidc',
  'gh-release',
  'docker-variants',
] as const;

const TOOLS_PRESENT =
  pythonImports(BUILD_PYTHON, ['build', 'hatchling']) &&
  REGISTRY_TOOLS_PRESENT &&
  commandRuns('buildah', ['--version']);

const describeChain = requireTool(TOOLS_PRESENT, {
  name: `${BUILD_PYTHON} with build and hatchling, buildah, skopeo, docker-registry and openssl`,
  install: 'apt-get install python3-build python3-hatchling buildah skopeo docker-registry openssl',
});

describeChain('the release chain, bundled actions run one after another as a runner runs them', () => {
  let index: IndexServer | undefined;
  let github: GitHubServer | undefined;
  let registry: LocalRegistry | undefined;
  let repo: string;
  const scripts: Record<string, string> = {};

  beforeAll(async () => {
    // Every bundle is looked for first: a missing one fails the suite before any server starts.
    for (const action of ACTIONS) scripts[action] = bundled(action);
    index = await startIndexServer();
    index.state.addToken(PYPI_TOKEN);
    github = await startGitHubServer();
    github.tags.set('v1.4.0', SHA);
    registry = await startLocalRegistry();
    repo = copyExample('otai-monorepo');
    // The example's Dockerfile pip-installs from PyPI on python:3.13-slim, which needs a network and,
    // for arm64, an emulator; this one copies the run's wheels into an empty image instead.
    writeFileSync(
      join(repo, 'Dockerfile'),
      [
        'FROM scratch',
        'ARG PACKAGES',
        'ARG VERSION',
        'ARG DIST_DIR',
        'COPY ${DIST_DIR}/ /wheels/',
        'LABEL org.example.packages="${PACKAGES}" org.example.version="${VERSION}"',
        '',
      ].join('\n'),
    );
  });

  afterAll(async () => {
    await index?.close();
    await github?.close();
    await registry?.close();
  });

  /**
   * One step of the job: `node dist/<action>/index.js` in the checkout with the job's GITHUB_*
   * variables, the step's INPUT_*, and fresh GITHUB_OUTPUT, GITHUB_STEP_SUMMARY and RUNNER_TEMP.
   */
  async function step(
    action: (typeof ACTIONS)[number],
    inputs: Record<string, string>,
    env: Record<string, string> = {},
  ) {
    const runner = runnerEnv(inputs, {
      GITHUB_WORKSPACE: repo,
      GITHUB_REF: 'refs/tags/v1.4.0',
      GITHUB_REF_NAME: 'v1.4.0',
      GITHUB_REF_TYPE: 'tag',
      GITHUB_SHA: SHA,
      GITHUB_REPOSITORY: `${github!.owner}/${github!.repo}`,
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_API_URL: github!.apiUrl,
      GITHUB_ACTOR: 'octocat',
      ...env,
    });
    const result = await runNode(scripts[action]!, [], { env: runner.env, cwd: repo });
    // A failed step stops the job; its log's end is then the assertion's message.
    const failed = result.code !== 0 || result.stdout.includes('::error');
    expect({
      action,
      code: result.code,
      log: failed ? (result.stdout + result.stderr).slice(-3000) : '',
    }).toEqual({ action, code: 0, log: '' });
    return { ...result, outputs: runner.outputs(), summary: runner.summary() };
  }

  test('validate → build → check → publish → GitHub release → images, each step fed the outputs of the last', async () => {
    // - id: versions
    //   uses: ./validate-versions
    //   with: { index: <the index> }
    const versions = await step('validate-versions', { path: '.', index: index!.url });
    expect(versions.outputs.version).toBe('1.4.0');
    expect(versions.outputs.tag).toBe('v1.4.0');
    expect(versions.outputs['is-prerelease']).toBe('false');
    const packages = JSON.parse(versions.outputs.packages!) as { name: string; index: { state: string } }[];
    expect(packages.map((p) => [p.name, p.index.state])).toEqual([
      ['open-ticket-ai', 'new-project'],
      ['otai-hf-local', 'new-project'],
      ['otai-otobo-znuny', 'new-project'],
    ]);

    // - id: build
    //   uses: ./build-python-dist
    //   with: { packages: ${{ steps.versions.outputs.packages }}, isolation: false, python: …,
    //           upload-artifact: false, cache: false }
    // No artifact or cache service answers here, so both are off (they talk to the runner's services).
    const build = await step('build-python-dist', {
      path: '.',
      packages: versions.outputs.packages!,
      isolation: 'false',
      python: BUILD_PYTHON,
      'upload-artifact': 'false',
      cache: 'false',
    });
    const distDir = build.outputs['dist-dir']!;
    expect(distDir).toBe('dist');
    const built = JSON.parse(build.outputs.files!) as { path: string; sha256: string }[];
    expect(built.map((f) => f.path.replace(/^dist\//, '')).sort()).toEqual(EXAMPLE_RELEASE_FILES);
    expect(readdirSync(join(repo, distDir)).sort()).toEqual(EXAMPLE_RELEASE_FILES);
    const sha256 = Object.fromEntries(
      EXAMPLE_RELEASE_FILES.map((f) => [
        f,
        createHash('sha256')
          .update(readFileSync(join(repo, distDir, f)))
          .digest('hex'),
      ]),
    );

    // - uses: ./twine-check
    //   with: { files: ${{ steps.build.outputs.dist-dir }}, strict: true }
    const check = await step('twine-check', { files: distDir, strict: 'true', python: BUILD_PYTHON });
    expect(check.outputs.failed).toBe('0');
    const report = JSON.parse(check.outputs.report!) as { files: { file: string; status: string }[] };
    expect(report.files.map((f) => [f.file.replace(/^dist\//, ''), f.status]).sort()).toEqual(
      EXAMPLE_RELEASE_FILES.map((f) => [f, 'passed']),
    );
    expect(check.summary).toContain('6 file(s) passed (strict)');

    // - uses: ./pypi-publish-oidc
    //   with: { packages-dir: ${{ steps.build.outputs.dist-dir }}, repository-url: …/legacy/,
    //           password: ${{ secrets.PYPI_TOKEN }}, attestations: false }
    const publish = await step('pypi-publish-oidc', {
      'packages-dir': distDir,
      'repository-url': `${index!.url}legacy/`,
      password: PYPI_TOKEN,
      attestations: 'false',
    });
    expect(publish.stdout).toContain(`::add-mask::${PYPI_TOKEN}`);
    const uploaded = JSON.parse(publish.outputs.uploaded!) as { file: string; sha256: string }[];
    expect(uploaded.map((u) => u.file).sort()).toEqual(EXAMPLE_RELEASE_FILES);
    // Each file stored once, with the bytes that were built; the index now lists the release.
    expect([...index!.stored.entries()].sort()).toEqual(EXAMPLE_RELEASE_FILES.map((f) => [f, 1]));
    for (const f of EXAMPLE_RELEASE_FILES)
      expect(index!.state.findFile((r) => r.filename === f)!.sha256).toBe(sha256[f]);
    const listed = (await (await fetch(`${index!.url}pypi/otai-hf-local/1.4.0/json`)).json()) as {
      urls: { filename: string }[];
    };
    expect(listed.urls.map((u) => u.filename)).toEqual([
      'otai_hf_local-1.4.0-py3-none-any.whl',
      'otai_hf_local-1.4.0.tar.gz',
    ]);

    // - uses: ./gh-release
    //   with: { tag: ${{ steps.versions.outputs.tag }}, files: ${{ steps.build.outputs.dist-dir }}/*,
    //           token: ${{ secrets.GITHUB_TOKEN }} }
    const release = await step('gh-release', {
      tag: versions.outputs.tag!,
      files: `${distDir}/*`,
      token: 'ghs_write',
    });
    const releases = github!.allReleases() as {
      id: number;
      tag_name: string;
      draft: boolean;
      prerelease: boolean;
      assets: { id: number; name: string; state: string; digest: string }[];
    }[];
    expect(releases).toHaveLength(1);
    const [published] = releases;
    expect(published).toMatchObject({ tag_name: 'v1.4.0', draft: false, prerelease: false });
    expect(published!.assets.map((a) => [a.name, a.state, a.digest]).sort()).toEqual(
      EXAMPLE_RELEASE_FILES.map((f) => [f, 'uploaded', `sha256:${sha256[f]}`]),
    );
    expect(release.outputs.id).toBe(String(published!.id));
    expect(release.outputs['html-url']).toBe('https://github.com/octo-org/octo-repo/releases/tag/v1.4.0');

    // - id: images
    //   uses: ./docker-variants
    //   with: { version: ${{ steps.versions.outputs.version }}, backend: buildah, install-from: dist,
    //           dist: ${{ steps.build.outputs.dist-dir }}, image: …, variants: …, platforms: …,
    //           username: …, password: ${{ secrets.REGISTRY_PASSWORD }} }
    const image = `${registry!.host}/softoft-orga/open-ticket-ai`;
    const images = await step(
      'docker-variants',
      {
        path: '.',
        version: versions.outputs.version!,
        backend: 'buildah',
        'install-from': 'dist',
        dist: distDir,
        image,
        // Two of the example's four variants (the configuration's default-variant, `all`, among them).
        variants: '[{name: core}, {name: all, packages: [open-ticket-ai, otai-hf-local, otai-otobo-znuny]}]',
        platforms: 'linux/amd64,linux/arm64',
        username: REGISTRY_USER.username,
        password: REGISTRY_USER.password,
      },
      registry!.env,
    );
    const pushed = JSON.parse(images.outputs.images!) as Record<
      string,
      { tags: string[]; digest: string; platforms: string[] }
    >;
    expect(Object.keys(pushed)).toEqual(['core', 'all']);
    expect(pushed.core!.tags).toEqual([`${image}:1.4.0-core`, `${image}:core-latest`]);
    expect(pushed.all!.tags).toEqual([
      `${image}:1.4.0-all`,
      `${image}:all-latest`,
      `${image}:1.4.0`,
      `${image}:latest`,
    ]);
    const skopeo = (...args: string[]) => registry!.skopeo(...args);
    expect(JSON.parse(skopeo('list-tags', `docker://${image}`)).Tags.sort()).toEqual([
      '1.4.0',
      '1.4.0-all',
      '1.4.0-core',
      'all-latest',
      'core-latest',
      'latest',
    ]);
    for (const variant of ['core', 'all']) {
      const { digest, tags } = pushed[variant]!;
      expect(digest).toMatch(/^sha256:[0-9a-f]{64}$/);
      expect(pushed[variant]!.platforms).toEqual(['linux/amd64', 'linux/arm64']);
      for (const ref of tags) {
        // Every tag is the manifest list whose digest the output names, for both platforms.
        const raw = skopeo('inspect', '--raw', `docker://${ref}`);
        expect(`sha256:${createHash('sha256').update(raw).digest('hex')}`).toBe(digest);
        const platforms = (
          JSON.parse(raw) as { manifests: { platform: { os: string; architecture: string } }[] }
        ).manifests.map((m) => `${m.platform.os}/${m.platform.architecture}`);
        expect(platforms.sort()).toEqual(['linux/amd64', 'linux/arm64']);
      }
      const config = JSON.parse(skopeo('inspect', '--override-arch', 'arm64', `docker://${tags[0]}`));
      expect(config.Labels).toMatchObject({
        'org.opencontainers.image.version': '1.4.0',
        'org.opencontainers.image.revision': SHA,
        'org.example.version': versions.outputs.version,
      });
    }
    expect(images.summary).toContain('### ✅ docker-variants: 2 variant(s) of 1.4.0 pushed');

    // Nothing was published twice along the way.
    expect([...index!.stored.values()]).toEqual(Array(6).fill(1));
    expect(github!.allReleases()).toHaveLength(1);
  });
});
