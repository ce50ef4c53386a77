/**
 * `otai-release docker`: the same release as the action, from a terminal. Dry runs here (the real
 * build and push are in tests/e2e/docker-*.test.ts); what is asserted is what the user reads.
 */
import { appendFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, jest, test } from '@jest/globals';
import { main } from '@otai-release/cli/main';
import { copyExample } from '../support/run-node.js';

let stderr: ReturnType<typeof jest.spyOn>;
let errText: () => string;
beforeEach(() => {
  const spy = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
  stderr = spy;
  errText = () => spy.mock.calls.map((c) => String(c[0])).join('');
});
afterEach(() => stderr.mockRestore());

function repo(): string {
  const dir = copyExample('otai-monorepo', { docker: false });
  writeFileSync(join(dir, 'Dockerfile'), 'FROM scratch\n');
  appendFileSync(
    join(dir, 'pyproject.toml'),
    [
      '',
      '[tool.otai-release.docker]',
      'image = "ghcr.io/acme/otai"',
      'default-variant = "all"',
      '[[tool.otai-release.docker.variants]]',
      'name = "core"',
      '[[tool.otai-release.docker.variants]]',
      'name = "all"',
      'packages = ["open-ticket-ai", "otai-hf-local", "otai-otobo-znuny"]',
      '',
    ].join('\n'),
  );
  return dir;
}

async function cli(...args: string[]): Promise<{ code: number; out: string }> {
  const out: string[] = [];
  const code = await main(['docker', ...args], (t) => out.push(t));
  return { code, out: out.join('') };
}

describe('otai-release docker --dry-run', () => {
  test('--json prints each variant with its tags, and nothing is built or waited for', async () => {
    const { code, out } = await cli(repo(), '--dry-run', '--json', '--index', 'http://127.0.0.1:9/');
    expect(code).toBe(0);
    expect(JSON.parse(out)).toEqual({
      images: {
        core: {
          tags: ['ghcr.io/acme/otai:1.4.0-core', 'ghcr.io/acme/otai:core-latest'],
          digest: '',
          platforms: ['linux/amd64', 'linux/arm64'],
        },
        all: {
          tags: [
            'ghcr.io/acme/otai:1.4.0-all',
            'ghcr.io/acme/otai:all-latest',
            'ghcr.io/acme/otai:1.4.0',
            'ghcr.io/acme/otai:latest',
          ],
          digest: '',
          platforms: ['linux/amd64', 'linux/arm64'],
        },
      },
    });
  });

  test('--backend buildah --no-push prints the plan and the build commands, without push commands', async () => {
    const dir = repo();
    const { code, out } = await cli(
      dir,
      '--dry-run',
      '--backend',
      'buildah',
      '--no-push',
      '--platform',
      'linux/arm64',
      '--version',
      '1.5.0rc2',
    );
    expect(code).toBe(0);
    expect(out).toBe(
      'core  (not pushed)  ghcr.io/acme/otai:1.5.0rc2-core\nall  (not pushed)  ghcr.io/acme/otai:1.5.0rc2-all ghcr.io/acme/otai:1.5.0rc2\n',
    );
    const log = errText();
    expect(log).toContain(
      'Version 1.5.0rc2 (a pre-release: no tag that moves, such as -latest or latest); 2 variant(s) × 1 platform(s) (linux/arm64)',
    );
    expect(log).toContain(
      `buildah build --layers=false --platform linux/arm64 --manifest localhost/otai-release-core:1.5.0rc2 --file ${join(dir, 'Dockerfile')} --build-arg PACKAGES=open-ticket-ai --build-arg VERSION=1.5.0rc2`,
    );
    expect(log).not.toContain('manifest push');
  });

  test('--tag and --image override the configuration', async () => {
    const { out } = await cli(
      repo(),
      '--dry-run',
      '--json',
      '--image',
      'docker.io/acme/a,quay.io/acme/b',
      '--tag',
      '{variant}-{major}.{minor}',
      '--default-variant',
      'core',
    );
    expect(JSON.parse(out).images.core.tags).toEqual([
      'docker.io/acme/a:core-1.4',
      'docker.io/acme/a:1.4.0',
      'docker.io/acme/a:latest',
      'quay.io/acme/b:core-1.4',
      'quay.io/acme/b:1.4.0',
      'quay.io/acme/b:latest',
    ]);
  });
});

describe('mistakes', () => {
  test.each([
    [['--backend', 'kaniko'], "--backend kaniko: use one of 'buildx', 'buildah', 'podman'."],
    [['--install-from', 'pypi'], "--install-from pypi: use one of 'index', 'dist'."],
    [['--password-stdin'], '--password-stdin needs --username.'],
  ])('%j is a usage error (exit 2)', async (args, message) => {
    expect((await cli('.', ...args)).code).toBe(2);
    expect(errText()).toContain(message);
  });

  test('--password is no option: passwords are read from stdin only', async () => {
    expect((await cli('.', '--username', 'u', '--password', 'p')).code).toBe(2);
    expect(errText()).toContain('docker has no option --password');
  });

  test('a bad value of a setting is a configuration error: exit 1 with the message', async () => {
    expect((await cli('.', '--platform', 'amd64')).code).toBe(1);
    expect(errText()).toContain("error: --platform: 'amd64' is not a platform; write os/arch[/variant]");
  });

  test('a configuration error exits 1 with the message', async () => {
    const { code } = await cli(repo(), '--dry-run', '--cache', 'gha', '--backend', 'podman');
    expect(code).toBe(1);
    expect(errText()).toContain('error: cache: gha is BuildKit');
  });
});
