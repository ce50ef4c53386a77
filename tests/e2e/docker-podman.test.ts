/**
 * The podman backend with the real podman: the same commands as buildah's (build --platform
 * --manifest, manifest push --all --digestfile, login --password-stdin), against the same kind of
 * loopback registry and private storage (tests/fixtures/docker/registry.ts); skopeo reads back the
 * tags, the manifest lists and the labels.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, jest, test } from '@jest/globals';
import {
  type LocalRegistry,
  REGISTRY_TOOLS_PRESENT,
  REGISTRY_USER,
  scratchProject,
  startLocalRegistry,
} from '../fixtures/docker/registry.js';
import { commandRuns, requireTool } from '../support/require-tool.js';
import { bundled, runNode, runnerEnv } from '../support/run-node.js';

jest.setTimeout(90_000);

const describePodman = requireTool(REGISTRY_TOOLS_PRESENT && commandRuns('podman', ['--version']), {
  name: 'podman, skopeo, docker-registry and openssl',
  install: 'apt-get install podman skopeo docker-registry openssl',
});

describePodman('docker-variants with podman, docker-registry and skopeo', () => {
  let registry: LocalRegistry;

  beforeAll(async () => {
    registry = await startLocalRegistry();
  });
  afterAll(async () => {
    await registry?.close();
  });

  test('two variants × amd64 + arm64 are pushed as manifest lists under every tag', async () => {
    const repo = scratchProject('1.4.0');
    const image = `${registry.host}/acme/otai`;
    const runner = runnerEnv(
      {
        path: repo,
        backend: 'podman',
        'install-from': 'dist',
        image,
        variants: '[{name: core}, {name: hf-local, packages: [open-ticket-ai, otai-hf-local]}]',
        username: REGISTRY_USER.username,
        password: REGISTRY_USER.password,
      },
      { ...registry.env, GITHUB_WORKSPACE: repo, GITHUB_SHA: 'abc1234' },
    );
    const run = await runNode(bundled('docker-variants'), [], { env: runner.env, cwd: repo });
    expect(run.stdout).not.toContain('::error');
    expect(run.code).toBe(0);
    const auths = JSON.parse(readFileSync(registry.env.REGISTRY_AUTH_FILE!, 'utf8')).auths;
    expect(auths[registry.host]).toEqual({
      auth: Buffer.from(`${REGISTRY_USER.username}:${REGISTRY_USER.password}`).toString('base64'),
    });

    const images = JSON.parse(runner.outputs().images!) as Record<string, { tags: string[]; digest: string }>;
    expect(JSON.parse(registry.skopeo('list-tags', `docker://${image}`)).Tags.sort()).toEqual([
      '1.4.0-core',
      '1.4.0-hf-local',
      'core-latest',
      'hf-local-latest',
    ]);
    for (const [variant, packages] of [
      ['core', 'open-ticket-ai'],
      ['hf-local', 'open-ticket-ai otai-hf-local'],
    ] as const) {
      for (const ref of images[variant]!.tags) {
        const raw = registry.skopeo('inspect', '--raw', `docker://${ref}`);
        expect(`sha256:${createHash('sha256').update(raw).digest('hex')}`).toBe(images[variant]!.digest);
        const platforms = JSON.parse(raw).manifests.map(
          (m: { platform: { architecture: string } }) => m.platform.architecture,
        );
        expect(platforms.sort()).toEqual(['amd64', 'arm64']);
      }
      const config = JSON.parse(
        registry.skopeo('inspect', '--override-arch', 'arm64', `docker://${image}:1.4.0-${variant}`),
      );
      expect(config.Architecture).toBe('arm64');
      expect(config.Labels).toMatchObject({
        'org.opencontainers.image.version': '1.4.0',
        'org.opencontainers.image.revision': 'abc1234',
        'org.example.packages': packages,
      });
    }
  });
});
