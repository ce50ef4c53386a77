/**
 * The bundled docker-variants action with the real tools: buildah (vfs storage, chroot isolation, a
 * private storage root) builds variants of a FROM-scratch Dockerfile that COPYs this run's wheels
 * (install-from: dist) for linux/amd64 and linux/arm64 — no emulator needed — assembles a manifest
 * list per variant and pushes it to Debian's docker-registry on loopback; skopeo then reads back every
 * tag, the manifest lists, the labels and annotations, and the wheels inside the image.
 *
 * The registry and storage are tests/fixtures/docker/registry.ts (TLS on loopback, private storage).
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, jest, test } from '@jest/globals';
import { main } from '@otai-release/cli/main';
import { list } from 'tar';
import {
  type LocalRegistry,
  REGISTRY_TOOLS_PRESENT,
  REGISTRY_USER,
  scratchProject,
  startLocalRegistry,
} from '../fixtures/docker/registry.js';
import { commandRuns, requireTool } from '../support/require-tool.js';
import { bundled, runNode, runnerEnv } from '../support/run-node.js';
import { tempDir } from '../support/temp-dir.js';

jest.setTimeout(90_000);

const SHA = 'fedcba9876543210fedcba9876543210fedcba98';

const describeTools = requireTool(REGISTRY_TOOLS_PRESENT && commandRuns('buildah', ['--version']), {
  name: 'buildah, skopeo, docker-registry and openssl',
  install: 'apt-get install buildah skopeo docker-registry openssl',
});

describeTools('docker-variants with buildah, docker-registry and skopeo', () => {
  let registry: LocalRegistry;
  let host: string;
  let toolEnv: Record<string, string>;
  let ACTION: string;

  beforeAll(async () => {
    ACTION = bundled('docker-variants');
    registry = await startLocalRegistry();
    host = registry.host;
    toolEnv = registry.env;
  });

  afterAll(async () => {
    await registry?.close();
  });

  const skopeo = (...args: string[]) => registry.skopeo(...args);

  async function runAction(repo: string, inputs: Record<string, string>, env: Record<string, string> = {}) {
    const runner = runnerEnv(
      {
        path: repo,
        backend: 'buildah',
        'install-from': 'dist',
        username: REGISTRY_USER.username,
        password: REGISTRY_USER.password,
        ...inputs,
      },
      {
        ...toolEnv,
        GITHUB_WORKSPACE: repo,
        GITHUB_REPOSITORY: 'Softoft-Orga/open-ticket-ai',
        GITHUB_SERVER_URL: 'https://github.com',
        GITHUB_SHA: SHA,
        GITHUB_ACTOR: 'octocat',
        ...env,
      },
    );
    const result = await runNode(ACTION, [], { env: runner.env, cwd: repo });
    return { ...result, outputs: runner.outputs(), summary: runner.summary() };
  }

  test('two variants × amd64 + arm64: every tag is a manifest list of both, labelled, with the wheels inside', async () => {
    const repo = scratchProject('1.4.0');
    const image = `${host}/softoft-orga/open-ticket-ai`;
    const run = await runAction(repo, {
      image,
      variants: '[{name: core}, {name: all, packages: [open-ticket-ai, otai-hf-local, otai-otobo-znuny]}]',
      'default-variant': 'all',
    });
    expect(run.stdout).not.toContain('::error');
    expect(run.code).toBe(0);
    // The password went to buildah on stdin and is masked; it never appears in the log.
    const log = run.stdout.split('\n').filter((line) => !line.startsWith('::add-mask::'));
    expect(run.stdout).toContain('::add-mask::registry-secret');
    expect(log.join('\n')).not.toContain('registry-secret');
    // buildah login stored exactly the credentials given.
    const auths = JSON.parse(readFileSync(toolEnv.REGISTRY_AUTH_FILE!, 'utf8')).auths;
    expect(auths[host]).toEqual({ auth: Buffer.from('release-bot:registry-secret').toString('base64') });

    const images = JSON.parse(run.outputs.images!) as Record<
      string,
      { tags: string[]; digest: string; platforms: string[] }
    >;
    expect(Object.keys(images)).toEqual(['core', 'all']);
    expect(images.core!.tags).toEqual([`${image}:1.4.0-core`, `${image}:core-latest`]);
    expect(images.all!.tags).toEqual([
      `${image}:1.4.0-all`,
      `${image}:all-latest`,
      `${image}:1.4.0`,
      `${image}:latest`,
    ]);

    const tags = JSON.parse(skopeo('list-tags', `docker://${image}`)).Tags.sort();
    expect(tags).toEqual(['1.4.0', '1.4.0-all', '1.4.0-core', 'all-latest', 'core-latest', 'latest']);

    for (const [variant, packages] of [
      ['core', 'open-ticket-ai'],
      ['all', 'open-ticket-ai otai-hf-local otai-otobo-znuny'],
    ] as const) {
      for (const ref of images[variant]!.tags) {
        const raw = skopeo('inspect', '--raw', `docker://${ref}`);
        // The output's digest is the digest of exactly this manifest list.
        expect(`sha256:${createHash('sha256').update(raw).digest('hex')}`).toBe(images[variant]!.digest);
        const index = JSON.parse(raw);
        expect(index.mediaType).toBe('application/vnd.oci.image.index.v1+json');
        expect(
          index.manifests
            .map(
              (m: { platform: { os: string; architecture: string } }) =>
                `${m.platform.os}/${m.platform.architecture}`,
            )
            .sort(),
        ).toEqual(['linux/amd64', 'linux/arm64']);
      }
      for (const arch of ['amd64', 'arm64']) {
        const config = JSON.parse(
          skopeo('inspect', '--override-arch', arch, `docker://${images[variant]!.tags[0]}`),
        );
        expect(config.Architecture).toBe(arch);
        expect(config.Labels).toMatchObject({
          'org.opencontainers.image.title': `open-ticket-ai (${variant})`,
          'org.opencontainers.image.version': '1.4.0',
          'org.opencontainers.image.revision': SHA,
          'org.opencontainers.image.source': 'https://github.com/Softoft-Orga/open-ticket-ai',
          'org.opencontainers.image.licenses': 'MIT',
          'org.opencontainers.image.description':
            'Automated ticket classification for help desks (example core package).',
          // The build arguments reached the Dockerfile.
          'org.example.packages': packages,
          'org.example.version': '1.4.0',
        });
      }
    }

    // Annotations sit on each platform's manifest.
    const index = JSON.parse(skopeo('inspect', '--raw', `docker://${image}:1.4.0-core`));
    const manifest = JSON.parse(skopeo('inspect', '--raw', `docker://${image}@${index.manifests[1].digest}`));
    expect(manifest.annotations).toMatchObject({
      'org.opencontainers.image.version': '1.4.0',
      'org.opencontainers.image.revision': SHA,
    });

    // The image holds this run's wheels (install-from: dist), and the context is clean again.
    const copy = join(tempDir('docker-e2e-copy'), 'image');
    skopeo('copy', '--override-arch', 'arm64', `docker://${image}:1.4.0-all`, `dir:${copy}`);
    const layerDigest = JSON.parse(readFileSync(join(copy, 'manifest.json'), 'utf8')).layers[0].digest.slice(
      'sha256:'.length,
    );
    const members: string[] = [];
    await list({ file: join(copy, layerDigest), onReadEntry: (entry) => void members.push(entry.path) });
    expect(members.filter((m) => m.endsWith('.whl')).sort()).toEqual([
      'wheels/open_ticket_ai-1.4.0-py3-none-any.whl',
      'wheels/otai_hf_local-1.4.0-py3-none-any.whl',
      'wheels/otai_otobo_znuny-1.4.0-py3-none-any.whl',
    ]);
    expect(readdirSync(repo)).not.toContain('.otai-release-dist');

    expect(run.summary).toContain('### ✅ docker-variants: 2 variant(s) of 1.4.0 pushed');
    expect(run.summary).toContain(
      `| \`core\` | \`${image}:1.4.0-core\`<br>\`${image}:core-latest\` | linux/amd64, linux/arm64 | \`${images.core!.digest}\` |`,
    );
  });

  test('a pre-release pushes only the tags that carry its version', async () => {
    const repo = scratchProject('2.0.0rc1');
    const image = `${host}/softoft-orga/pre`;
    const run = await runAction(repo, {
      image,
      version: '2.0.0-rc.1',
      variants: '[{name: core}, {name: hf-local, packages: [open-ticket-ai, otai-hf-local]}]',
      'default-variant': 'core',
      platforms: 'linux/arm64',
    });
    expect(run.code).toBe(0);
    const tags = JSON.parse(skopeo('list-tags', `docker://${image}`)).Tags.sort();
    expect(tags).toEqual(['2.0.0rc1', '2.0.0rc1-core', '2.0.0rc1-hf-local']);
    const index = JSON.parse(skopeo('inspect', '--raw', `docker://${image}:2.0.0rc1`));
    expect(
      index.manifests.map((m: { platform: { architecture: string } }) => m.platform.architecture),
    ).toEqual(['arm64']);
  });

  test('a wrong password: the login fails naming the registry and the user, and nothing is built', async () => {
    const repo = scratchProject('1.4.0');
    const image = `${host}/softoft-orga/refused`;
    const run = await runAction(repo, { image, variants: '[{name: core}]', password: 'wrong-password' });
    expect(run.code).not.toBe(0);
    expect(run.stdout).toContain(`::error::buildah login to ${host} as ${REGISTRY_USER.username} failed:`);
    expect(run.stdout).toContain('invalid username/password');
    expect(run.stdout).toContain(
      `Check that credentials for ${host} are given (username and password) and may push there.`,
    );
    expect(run.stdout).not.toContain('::group::Build core');
    // Masked for the runner, and said nowhere else.
    expect(run.stdout.replace('::add-mask::wrong-password', '')).not.toContain('wrong-password');
  });

  test('no credentials for a registry that asks for them: the push fails naming the tag', async () => {
    const repo = scratchProject('1.4.0');
    const image = `${host}/softoft-orga/anonymous`;
    // A fresh auth file: no login from the other tests.
    const authFile = join(tempDir('docker-e2e-auth'), 'auth.json');
    writeFileSync(authFile, '{}');
    const run = await runAction(
      repo,
      { image, variants: '[{name: core}]', platforms: 'linux/amd64', username: '', password: '' },
      { REGISTRY_AUTH_FILE: authFile },
    );
    expect(run.code).not.toBe(0);
    expect(run.stdout).toMatch(
      new RegExp(`::error::Pushing ${image.replace(/\./g, '\\.')}:1\\.4\\.0-core \\(variant core\\) failed`),
    );
    // buildah 1.28 exits 0 here too; the missing digest gives it away.
    expect(run.stdout).toContain('(buildah exited 0 but wrote no digest: the push did not complete)');
    // And the registry holds no such repository.
    expect(() => skopeo('list-tags', `docker://${image}`)).toThrow(/name unknown|NAME_UNKNOWN|not found/i);
  });

  test('otai-release docker --backend buildah --no-push builds both platforms locally and pushes nothing', async () => {
    const repo = scratchProject('1.4.0');
    // Storage of its own, so the images counted are this build's.
    const storage = tempDir('docker-e2e-cli');
    const storageConf = join(storage, 'storage.conf');
    writeFileSync(
      storageConf,
      `[storage]\ndriver = "vfs"\ngraphroot = "${join(storage, 'root')}"\nrunroot = "${join(storage, 'run')}"\n`,
    );
    const env = { ...toolEnv, CONTAINERS_STORAGE_CONF: storageConf };
    const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
    const stderr = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const out: string[] = [];
    let code: number;
    let log = '';
    try {
      Object.assign(process.env, env);
      code = await main(
        [
          'docker',
          repo,
          '--backend',
          'buildah',
          '--no-push',
          '--install-from',
          'dist',
          '--dist',
          join(repo, 'dist'),
          '--image',
          `${host}/acme/local`,
          '--variants',
          '[{name: core}]',
        ],
        (t) => out.push(t),
      );
    } finally {
      for (const [k, v] of Object.entries(saved)) {
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
      }
      log = stderr.mock.calls.map((c) => String(c[0])).join('');
      stderr.mockRestore();
    }
    expect([code, code === 0 ? '' : log.slice(-2000)]).toEqual([0, '']);
    expect(out.join('')).toBe(
      `core  (not pushed)  ${host}/acme/local:1.4.0-core ${host}/acme/local:core-latest\n`,
    );
    const images = JSON.parse(
      execFileSync('buildah', ['images', '--json'], { env: { ...process.env, ...env }, encoding: 'utf8' }),
    ) as { id: string }[];
    const arches = images.map((i) =>
      execFileSync('buildah', ['inspect', '--type', 'image', '--format', '{{.OCIv1.Architecture}}', i.id], {
        env: { ...process.env, ...env },
        encoding: 'utf8',
      }).trim(),
    );
    expect(arches.sort()).toEqual(['amd64', 'arm64']);
    expect(() => skopeo('list-tags', `docker://${host}/acme/local`)).toThrow(
      /name unknown|NAME_UNKNOWN|not found/i,
    );
  });
});
