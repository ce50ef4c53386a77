/**
 * docker-variants' parseInputs, run(inputs, deps) and summary. The container tools are an injected
 * exec that records each command line and answers as the real tool would (buildx writes its
 * --metadata-file, buildah its --digestfile), so what is asserted is the exact command that would run;
 * the index is the local index server. tests/e2e/docker-buildah.test.ts runs the real buildah.
 */
import {
  appendFileSync,
  chmodSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import { inputsFrom } from '@otai-release/core/action';
import type { Exec, ExecOptions } from '@otai-release/core/docker';
import { ConfigurationError } from '@otai-release/core/errors';
import { HttpClient } from '@otai-release/core/http';
import { MemoryLogger } from '@otai-release/core/log';
import { parseInputs } from '../../actions/docker-variants/inputs.js';
import { type RunDeps, run } from '../../actions/docker-variants/run.js';
import { renderSummary } from '../../actions/docker-variants/summary.js';
import { type IndexServer, startIndexServer } from '../support/index-server.js';
import { copyExample } from '../support/run-node.js';
import { tempDir } from '../support/temp-dir.js';

const IMAGE = 'ghcr.io/softoft-orga/open-ticket-ai';
const SHA = '0123456789abcdef0123456789abcdef01234567';
const digest = (c: string) => `sha256:${c.repeat(64)}`;

/** The example monorepo (open-ticket-ai 1.4.0 + two plugins) with a Dockerfile and three variants. */
function otaiRepo(extraConfig: string[] = []): string {
  const repo = copyExample('otai-monorepo', { docker: false });
  writeFileSync(join(repo, 'Dockerfile'), 'FROM python:3.13-slim\nARG PACKAGES\nARG VERSION\n');
  appendFileSync(
    join(repo, 'pyproject.toml'),
    [
      '',
      '[tool.otai-release.docker]',
      `image = "${IMAGE}"`,
      'default-variant = "all"',
      ...extraConfig,
      '',
      '[[tool.otai-release.docker.variants]]',
      'name = "core"',
      '',
      '[[tool.otai-release.docker.variants]]',
      'name = "hf-local"',
      'packages = ["open-ticket-ai", "otai-hf-local"]',
      '',
      '[[tool.otai-release.docker.variants]]',
      'name = "all"',
      'packages = ["open-ticket-ai", "otai-hf-local", "otai-otobo-znuny"]',
      '',
    ].join('\n'),
  );
  return repo;
}

interface Call {
  command: string;
  args: string[];
  input?: string;
  env?: NodeJS.ProcessEnv;
}

/** An exec that records calls; `answer` may act as the tool (write files) and decide the exit code. */
function recordingExec(
  answer: (call: Call, options: ExecOptions) => { code?: number; output?: string } = () => ({}),
) {
  const calls: Call[] = [];
  const exec: Exec = async (command, args, options = {}) => {
    const call = { command, args: [...args], input: options.input, env: options.env };
    calls.push(call);
    const { code = 0, output = '' } = answer(call, options);
    for (const line of output.split('\n')) options.onLine?.(line);
    return { code, output };
  };
  return { exec, calls };
}

/** As docker buildx bake answers: it writes the metadata file with each target's digest. */
function bakeAnswer(digests: Record<string, string>) {
  return (call: Call) => {
    if (call.command === 'docker' && call.args[1] === 'bake') {
      const metadata = call.args[call.args.indexOf('--metadata-file') + 1]!;
      const content: Record<string, object> = {};
      for (const [target, d] of Object.entries(digests)) content[target] = { 'containerimage.digest': d };
      writeFileSync(metadata, JSON.stringify(content));
    }
    return {};
  };
}

/** As `buildah manifest inspect` answers for a list of these platforms. */
function listAnswer(platforms: string[]) {
  return {
    output: JSON.stringify({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.index.v1+json',
      manifests: platforms.map((p, i) => {
        const [os, architecture, variant] = p.split('/');
        return { digest: digest(String(i)), platform: { os, architecture, ...(variant ? { variant } : {}) } };
      }),
    }),
  };
}

/** A PATH with stand-ins for docker, buildah and podman, so the "is it installed" check passes. */
function fakeToolsPath(): string {
  const bin = tempDir('fake-tools');
  for (const tool of ['docker', 'buildah', 'podman']) {
    writeFileSync(join(bin, tool), '#!/bin/sh\nexit 1\n');
    chmodSync(join(bin, tool), 0o755);
  }
  return bin;
}

let server: IndexServer;
beforeEach(async () => {
  server = await startIndexServer();
});
afterEach(async () => {
  await server.close();
});

function publishAll(version = '1.4.0') {
  for (const name of ['open_ticket_ai', 'otai_hf_local', 'otai_otobo_znuny']) {
    server.addRelease(name, version, [`${name}-${version}-py3-none-any.whl`]);
  }
}

function deps(repo: string, exec: Exec, logger = new MemoryLogger(), env: NodeJS.ProcessEnv = {}): RunDeps {
  return {
    logger,
    exec,
    http: new HttpClient({ retries: 0 }),
    env: { PATH: fakeToolsPath(), ...env },
    cwd: repo,
    tempDir: tempDir('docker-run'),
    now: () => Date.parse('2026-03-01T12:00:00Z'),
    sleep: async () => {},
    source: {
      repository: 'Softoft-Orga/open-ticket-ai',
      serverUrl: 'https://github.com',
      sha: SHA,
      actor: 'octocat',
    },
  };
}

const inputs = (values: Record<string, string>) => parseInputs(inputsFrom({ index: server.url, ...values }));

describe('parseInputs', () => {
  test('defaults: buildx, push, wait 20 minutes for the index, install from it, no attestations', () => {
    expect(parseInputs(inputsFrom({}))).toMatchObject({
      path: '.',
      backend: 'buildx',
      push: true,
      'wait-for-index': true,
      'wait-timeout': 20 * 60_000,
      'install-from': 'index',
      dist: 'dist',
      cache: undefined,
      provenance: false,
      sbom: false,
      'dry-run': false,
    });
  });

  test('the password and the token are masked as they are read', () => {
    const masked: string[] = [];
    parseInputs(
      inputsFrom({ username: 'me', password: 's3cret', 'github-token': 'ghs_x' }, (v) => masked.push(v)),
    );
    expect(masked).toEqual(['s3cret', 'ghs_x']);
  });

  test.each([
    [{ backend: 'kaniko' }, /Input 'backend' is 'kaniko': use one of 'buildx', 'buildah', 'podman'/],
    [{ 'install-from': 'wheel' }, /Input 'install-from' is 'wheel'/],
    [{ platforms: 'linux/amd64,arm64' }, /Input 'platforms': 'arm64' is not a platform/],
    [{ tags: 'latest' }, /Input 'tags': the template 'latest' has no \{variant\}/],
    [{ 'wait-timeout': 'soon' }, /Input 'wait-timeout' is 'soon', which is not a duration/],
    [{ variants: '{name: core}' }, /Input 'variants' must be a non-empty list/],
    [{ index: 'ftp://x' }, /uses ftp:/],
    [{ push: 'maybe' }, /Input 'push' is 'maybe', which is not a boolean/],
  ])('%j is refused', (values, message) => {
    expect(() => parseInputs(inputsFrom(values))).toThrow(ConfigurationError);
    expect(() => parseInputs(inputsFrom(values))).toThrow(message);
  });
});

describe('buildx (the default backend)', () => {
  test('waits for the index, logs in to ghcr.io with the token on stdin, bakes, and reports each digest', async () => {
    publishAll();
    const repo = otaiRepo();
    const { exec, calls } = recordingExec(
      bakeAnswer({ core: digest('a'), 'hf-local': digest('b'), all: digest('c') }),
    );
    const logger = new MemoryLogger();
    const result = await run(inputs({ 'github-token': 'ghs_token123' }), deps(repo, exec, logger));

    expect(result.failed).toBeUndefined();
    // Every package the variants install was looked up on the simple index before anything ran.
    expect(server.requests.map((r) => r.path).sort()).toEqual([
      '/simple/open-ticket-ai/',
      '/simple/otai-hf-local/',
      '/simple/otai-otobo-znuny/',
    ]);
    expect(calls.map((c) => [c.command, ...c.args.slice(0, 2)])).toEqual([
      ['docker', 'buildx', 'version'],
      ['docker', 'login', '--username'],
      ['docker', 'buildx', 'bake'],
    ]);
    const [, login, bake] = calls;
    expect(login!.args).toEqual(['login', '--username', 'octocat', '--password-stdin', 'ghcr.io']);
    expect(login!.input).toBe('ghs_token123');
    expect(calls.flatMap((c) => c.args).join(' ')).not.toContain('ghs_token123');
    const bakePath = bake!.args[3]!;
    expect(bake!.args).toEqual([
      'buildx',
      'bake',
      '--file',
      bakePath,
      '--metadata-file',
      bake!.args[5],
      '--progress',
      'plain',
      '--push',
    ]);

    expect(result.outputs.images).toEqual({
      core: {
        tags: [`${IMAGE}:1.4.0-core`, `${IMAGE}:core-latest`],
        digest: digest('a'),
        platforms: ['linux/amd64', 'linux/arm64'],
      },
      'hf-local': {
        tags: [`${IMAGE}:1.4.0-hf-local`, `${IMAGE}:hf-local-latest`],
        digest: digest('b'),
        platforms: ['linux/amd64', 'linux/arm64'],
      },
      all: {
        tags: [`${IMAGE}:1.4.0-all`, `${IMAGE}:all-latest`, `${IMAGE}:1.4.0`, `${IMAGE}:latest`],
        digest: digest('c'),
        platforms: ['linux/amd64', 'linux/arm64'],
      },
    });
    const summary = renderSummary(result.release);
    expect(summary).toContain('### ✅ docker-variants: 3 variant(s) of 1.4.0 pushed');
    expect(summary).toContain('| Variant | Tags | Platforms | Digest |');
    expect(summary).toContain(
      `| \`all\` (default) | \`${IMAGE}:1.4.0-all\`<br>\`${IMAGE}:all-latest\`<br>\`${IMAGE}:1.4.0\`<br>\`${IMAGE}:latest\` | linux/amd64, linux/arm64 | \`${digest('c')}\` |`,
    );
  });

  test('the bake file it runs has one target per variant with the labels from the repository', async () => {
    publishAll();
    const repo = otaiRepo();
    let bakeText = '';
    const { exec } = recordingExec((call) => {
      if (call.args[1] === 'bake') bakeText = readFileSync(call.args[3]!, 'utf8');
      return bakeAnswer({ core: digest('a'), 'hf-local': digest('b'), all: digest('c') })(call);
    });
    await run(inputs({}), deps(repo, exec));
    const bake = JSON.parse(bakeText);
    expect(bake.group.default.targets).toEqual(['core', 'hf-local', 'all']);
    expect(bake.target.core).toMatchObject({
      context: repo,
      dockerfile: join(repo, 'Dockerfile'),
      args: {
        PACKAGES: 'open-ticket-ai',
        VERSION: '1.4.0',
        INSTALL_FROM: 'index',
        INDEX_URL: `${server.url}simple/`,
      },
      'cache-from': ['type=gha,scope=open-ticket-ai-core'],
      'cache-to': ['type=gha,scope=open-ticket-ai-core,mode=max'],
      labels: {
        'org.opencontainers.image.title': 'open-ticket-ai (core)',
        'org.opencontainers.image.description':
          'Automated ticket classification for help desks (example core package).',
        'org.opencontainers.image.version': '1.4.0',
        'org.opencontainers.image.revision': SHA,
        'org.opencontainers.image.source': 'https://github.com/Softoft-Orga/open-ticket-ai',
        'org.opencontainers.image.url': 'https://github.com/Softoft-Orga/open-ticket-ai',
        'org.opencontainers.image.created': '2026-03-01T12:00:00.000Z',
        'org.opencontainers.image.licenses': 'MIT',
      },
    });
  });

  test('SOURCE_DATE_EPOCH (a reproducible build) is the creation time in the labels', async () => {
    publishAll();
    let bakeText = '';
    const { exec } = recordingExec((call) => {
      if (call.args[1] === 'bake') bakeText = readFileSync(call.args[3]!, 'utf8');
      return bakeAnswer({ core: digest('a'), 'hf-local': digest('b'), all: digest('c') })(call);
    });
    await run(inputs({}), deps(otaiRepo(), exec, new MemoryLogger(), { SOURCE_DATE_EPOCH: '1700000000' }));
    expect(JSON.parse(bakeText).target.all.labels['org.opencontainers.image.created']).toBe(
      '2023-11-14T22:13:20.000Z',
    );
  });

  test('a refused push names the image and the packages: write permission', async () => {
    publishAll();
    const { exec } = recordingExec((call) =>
      call.args[1] === 'bake'
        ? {
            code: 1,
            output: `#12 ERROR: failed to push ${IMAGE}:1.4.0-core: denied: permission_denied: write_package`,
          }
        : {},
    );
    const result = await run(inputs({}), deps(otaiRepo(), exec));
    expect(result.failed).toMatch(new RegExp(`^Pushing ${IMAGE} was refused:`));
    expect(result.failed).toContain('denied: permission_denied: write_package');
    expect(result.failed).toContain('`permissions: packages: write`');
    expect(renderSummary(result.release)).toContain(
      '### ❌ docker-variants: 3 variant(s) of 1.4.0 not released',
    );
  });

  test('a bake that reports no digest after a push fails instead of reporting success', async () => {
    publishAll();
    const { exec } = recordingExec(bakeAnswer({ core: digest('a') }));
    const result = await run(inputs({}), deps(otaiRepo(), exec));
    expect(result.failed).toMatch(/names no pushed digest for hf-local, all/);
  });
});

describe('waiting for the index', () => {
  test('a package still missing at the deadline stops the release before any login or build', async () => {
    server.addRelease('open_ticket_ai', '1.4.0', ['open_ticket_ai-1.4.0-py3-none-any.whl']);
    server.addRelease('otai_hf_local', '1.4.0', ['otai_hf_local-1.4.0-py3-none-any.whl']);
    const { exec, calls } = recordingExec();
    let now = 0;
    const d = { ...deps(otaiRepo(), exec), now: () => now, sleep: async (ms: number) => void (now += ms) };
    const result = await run(inputs({ 'wait-timeout': '2m', 'github-token': 'ghs_x' }), d);
    // Only the check that buildx is there ran (before the wait, so a broken runner fails at once).
    expect(calls.map((c) => c.args.join(' '))).toEqual(['buildx version']);
    expect(result.failed).toMatch(
      /^Still not on http:\/\/127\.0\.0\.1:\d+\/simple\/ after 120 s \(\d+ polls\): otai-otobo-znuny==1\.4\.0\./,
    );
    expect(result.outputs.images.core!.digest).toBe('');
  });

  test('wait-for-index false builds without asking the index', async () => {
    const { exec, calls } = recordingExec(
      bakeAnswer({ core: digest('a'), 'hf-local': digest('b'), all: digest('c') }),
    );
    const result = await run(inputs({ 'wait-for-index': 'false' }), deps(otaiRepo(), exec));
    expect(result.failed).toBeUndefined();
    expect(server.requests).toEqual([]);
    expect(calls.map((c) => c.args[1])).toEqual(['version', 'bake']);
  });
});

describe('dry run', () => {
  test('prints the plan and the bake file, and runs, waits for and logs in to nothing', async () => {
    const { exec, calls } = recordingExec();
    const logger = new MemoryLogger();
    const result = await run(
      inputs({ 'dry-run': 'true', version: '1.5.0rc1' }),
      deps(otaiRepo(), exec, logger),
    );
    expect(calls).toEqual([]);
    expect(server.requests).toEqual([]);
    const log = logger.messages('info').join('\n');
    expect(log).toContain(
      'Version 1.5.0rc1 (a pre-release: no tag that moves, such as -latest or latest); 3 variant(s) × 2 platform(s) (linux/amd64, linux/arm64)',
    );
    expect(log).toContain(
      `- hf-local: open-ticket-ai otai-hf-local\n    tag   ${IMAGE}:1.5.0rc1-hf-local\n    arg   PACKAGES=open-ticket-ai otai-hf-local\n    arg   VERSION=1.5.0rc1`,
    );
    expect(log).toContain('docker-bake.json:\n{\n  "group": {');
    expect(log).toContain(
      'Command: docker buildx bake --file docker-bake.json --metadata-file bake-metadata.json --progress plain --push',
    );
    expect(result.outputs.images.all!.tags).toEqual([`${IMAGE}:1.5.0rc1-all`, `${IMAGE}:1.5.0rc1`]);
    expect(renderSummary(result.release)).toContain(
      '### 📝 docker-variants (dry run): 3 variant(s) of 1.5.0rc1 would be built with buildx',
    );
  });
});

describe('buildah and podman', () => {
  test.each(['buildah', 'podman'])(
    '%s builds each variant for every platform into a manifest list and pushes every tag',
    async (tool) => {
      publishAll();
      const { exec, calls } = recordingExec((call) => {
        if (call.args[0] === 'manifest' && call.args[1] === 'push') {
          writeFileSync(
            call.args[call.args.indexOf('--digestfile') + 1]!,
            digest(call.args.at(-2) === 'localhost/otai-release-core:1.4.0' ? 'd' : 'e'),
          );
        }
        if (call.args[1] === 'inspect') return listAnswer(['linux/amd64', 'linux/arm64']);
        return {};
      });
      const result = await run(
        inputs({
          backend: tool,
          username: 'bot',
          password: 'pw',
          'default-variant': 'core',
          variants: '[{name: core}, {name: hf-local, packages: [open-ticket-ai, otai-hf-local]}]',
        }),
        deps(otaiRepo(), exec),
      );
      expect(result.failed).toBeUndefined();
      const lines = calls.map((c) => [c.command, ...c.args].join(' '));
      expect(calls.every((c) => c.command === tool)).toBe(true);
      expect(lines[0]).toBe(`${tool} login --username bot --password-stdin ghcr.io`);
      expect(calls[0]!.input).toBe('pw');
      // A list left by an earlier run is removed before the build adds to it.
      const firstRemoval = calls[1]!;
      expect(firstRemoval.args).toEqual(['manifest', 'rm', 'localhost/otai-release-core:1.4.0']);
      const build = calls.find((c) => c.args[0] === 'build')!;
      expect(build.args.slice(0, 8)).toEqual([
        'build',
        '--layers=false',
        '--platform',
        'linux/amd64,linux/arm64',
        '--manifest',
        'localhost/otai-release-core:1.4.0',
        '--file',
        expect.stringMatching(/\/Dockerfile$/),
      ]);
      expect(build.args).toEqual(
        expect.arrayContaining(['--build-arg', 'PACKAGES=open-ticket-ai', '--build-arg', 'VERSION=1.4.0']),
      );
      expect(build.args).toEqual(
        expect.arrayContaining([
          '--label',
          'org.opencontainers.image.version=1.4.0',
          '--annotation',
          'org.opencontainers.image.revision=' + SHA,
        ]),
      );
      const pushes = calls.filter((c) => c.args[1] === 'push').map((c) => c.args.at(-1));
      expect(pushes).toEqual([
        `docker://${IMAGE}:1.4.0-core`,
        `docker://${IMAGE}:core-latest`,
        `docker://${IMAGE}:1.4.0`,
        `docker://${IMAGE}:latest`,
        `docker://${IMAGE}:1.4.0-hf-local`,
        `docker://${IMAGE}:hf-local-latest`,
      ]);
      expect(calls.filter((c) => c.args[1] === 'push').every((c) => c.args.includes('--all'))).toBe(true);
      expect(result.outputs.images.core!.digest).toBe(digest('d'));
      expect(result.outputs.images['hf-local']!.digest).toBe(digest('e'));
    },
  );

  test("a list that lacks a platform (a tool cache handing back another platform's image) is never pushed", async () => {
    publishAll();
    const { exec, calls } = recordingExec((call) =>
      call.args[1] === 'inspect' ? listAnswer(['linux/arm64']) : {},
    );
    const result = await run(inputs({ backend: 'podman' }), deps(otaiRepo(), exec));
    expect(result.failed).toBe(
      'podman built the manifest list localhost/otai-release-core:1.4.0 for linux/arm64, not for linux/amd64, linux/arm64; nothing was pushed.',
    );
    expect(calls.some((c) => c.args[1] === 'push')).toBe(false);
  });

  test('a refused push names the tag and packages: write', async () => {
    publishAll();
    const { exec } = recordingExec((call) =>
      call.args[1] === 'push'
        ? { code: 125, output: 'Error: writing manifest: unauthorized: authentication required' }
        : call.args[1] === 'inspect'
          ? listAnswer(['linux/amd64', 'linux/arm64'])
          : {},
    );
    const result = await run(inputs({ backend: 'buildah' }), deps(otaiRepo(), exec));
    expect(result.failed).toMatch(
      new RegExp(
        `^Pushing ${IMAGE}:1\\.4\\.0-core \\(variant core\\) failed:\\nError: writing manifest: unauthorized`,
      ),
    );
    expect(result.failed).toContain('`permissions: packages: write`');
  });
});

describe('install-from dist', () => {
  test("copies this run's wheels into the context for the build, then removes them", async () => {
    const repo = otaiRepo();
    const dist = join(repo, 'dist');
    mkdirSync(dist);
    for (const name of ['open_ticket_ai', 'otai_hf_local', 'otai_otobo_znuny']) {
      writeFileSync(join(dist, `${name}-1.4.0-py3-none-any.whl`), 'wheel');
      writeFileSync(join(dist, `${name}-1.4.0.tar.gz`), 'sdist');
    }
    writeFileSync(join(dist, 'open_ticket_ai-1.3.0-py3-none-any.whl'), 'old');
    let staged: string[] = [];
    const { exec } = recordingExec((call) => {
      if (call.args[1] === 'bake') staged = readdirSync(join(repo, '.otai-release-dist')).sort();
      return bakeAnswer({ core: digest('a'), 'hf-local': digest('b'), all: digest('c') })(call);
    });
    const logger = new MemoryLogger();
    const result = await run(inputs({ 'install-from': 'dist', dist: 'dist' }), deps(repo, exec, logger));
    expect(result.failed).toBeUndefined();
    expect(staged).toEqual([
      'open_ticket_ai-1.4.0-py3-none-any.whl',
      'otai_hf_local-1.4.0-py3-none-any.whl',
      'otai_otobo_znuny-1.4.0-py3-none-any.whl',
    ]);
    expect(existsSync(join(repo, '.otai-release-dist'))).toBe(false);
    expect(server.requests).toEqual([]);
    // The index input given with it is said to be unused, not silently dropped.
    expect(logger.messages('warning')).toEqual([
      `The index ${server.url} is not used: install-from: dist installs this run's wheels and waits for no index.`,
    ]);
  });

  test('a package without a wheel at the version is refused before anything runs', async () => {
    const repo = otaiRepo();
    mkdirSync(join(repo, 'dist'));
    writeFileSync(join(repo, 'dist', 'open_ticket_ai-1.4.0-py3-none-any.whl'), 'wheel');
    const { exec, calls } = recordingExec();
    await expect(run(inputs({ 'install-from': 'dist' }), deps(repo, exec))).rejects.toThrow(
      /install-from: dist needs a wheel of otai-hf-local 1\.4\.0, otai-otobo-znuny 1\.4\.0 in '.*dist', which has open_ticket_ai-1\.4\.0-py3-none-any\.whl/,
    );
    expect(calls).toEqual([]);
  });
});

describe('mistakes are refused before the first command', () => {
  test.each([
    [
      { backend: 'buildah', cache: 'gha' },
      /cache: gha is BuildKit's GitHub Actions cache, which buildah does not have/,
    ],
    [{ backend: 'podman', provenance: 'true' }, /podman cannot attach them/],
    [{ file: 'docker/Missing.Dockerfile' }, /The Dockerfile '.*docker\/Missing\.Dockerfile' does not exist/],
    [{ password: 'x' }, /Input 'password' is set but 'username' is not/],
    [{ version: 'one' }, /Input 'version' is 'one', which is not a PEP 440 version/],
    [{ image: 'ghcr.io/acme/app:latest' }, /Input 'image': 'ghcr.io\/acme\/app:latest' carries a tag/],
    [
      { 'default-variant': 'gpu' },
      /The default variant 'gpu' is not one of the variants \(core, hf-local, all\)/,
    ],
    [
      { registry: 'docker.io', username: 'u', password: 'p' },
      /Input 'registry' is docker.io, but no image is pushed there/,
    ],
    [
      { variants: '[{name: x, packages: [otai-zammad]}]' },
      /variant 'x' installs otai-zammad, which is not a package of this repository/,
    ],
  ])('%j', async (values, message) => {
    publishAll();
    const { exec, calls } = recordingExec();
    await expect(run(inputs(values), deps(otaiRepo(), exec))).rejects.toThrow(message);
    expect(calls).toEqual([]);
    expect(server.requests).toEqual([]);
  });

  test('docker without the buildx plugin is refused before the index is waited for', async () => {
    publishAll();
    const { exec, calls } = recordingExec((call) =>
      call.args[0] === 'buildx' ? { code: 1, output: "docker: 'buildx' is not a docker command." } : {},
    );
    await expect(run(inputs({}), deps(otaiRepo(), exec))).rejects.toThrow(
      "backend: buildx needs the docker buildx plugin, which does not answer here (docker: 'buildx' is not a docker command.): add docker/setup-buildx-action before this step, or choose backend: buildah.",
    );
    expect(calls).toHaveLength(1);
    expect(server.requests).toEqual([]);
  });

  test('a backend whose tool is not installed is named with how to install it', async () => {
    const { exec } = recordingExec();
    const d = { ...deps(otaiRepo(), exec), env: { PATH: tempDir('empty-path') } };
    await expect(run(inputs({ backend: 'podman' }), d)).rejects.toThrow(
      /backend: podman runs 'podman', which is not installed here: install it \(apt-get install podman\), or choose another backend/,
    );
  });

  test('no variants anywhere: the error shows the configuration to add', async () => {
    const repo = copyExample('otai-monorepo', { docker: false });
    writeFileSync(join(repo, 'Dockerfile'), 'FROM scratch\n');
    const { exec } = recordingExec();
    await expect(run(inputs({}), deps(repo, exec))).rejects.toThrow(
      /No image variants are configured: .*\n\[\[tool\.otai-release\.docker\.variants\]\]/,
    );
  });

  test('a package whose version cannot be read stops the default version: its error is shown', async () => {
    const repo = otaiRepo();
    const plugin = join(repo, 'packages/otai_hf_local/pyproject.toml');
    writeFileSync(plugin, readFileSync(plugin, 'utf8').replace('version = "1.4.0"', 'version = 14'));
    const { exec } = recordingExec();
    await expect(run(inputs({}), deps(repo, exec))).rejects.toThrow(/\[project\]\.version must be a string/);
  });

  test('packages at different versions need the version input', async () => {
    const repo = otaiRepo();
    const plugin = join(repo, 'packages/otai_hf_local/pyproject.toml');
    writeFileSync(plugin, readFileSync(plugin, 'utf8').replace('version = "1.4.0"', 'version = "1.5.0"'));
    const { exec } = recordingExec();
    await expect(run(inputs({}), deps(repo, exec))).rejects.toThrow(
      /The packages are at different versions \(open-ticket-ai 1\.4\.0, otai-hf-local 1\.5\.0, otai-otobo-znuny 1\.4\.0\)/,
    );
  });
});

describe('no image configured', () => {
  test('the default image is ghcr.io/<owner>/<repo>, lower-cased', async () => {
    const repo = copyExample('otai-monorepo', { docker: false });
    writeFileSync(join(repo, 'Dockerfile'), 'FROM scratch\n');
    const { exec } = recordingExec();
    const result = await run(inputs({ 'dry-run': 'true', variants: '[{name: core}]' }), deps(repo, exec));
    expect(result.outputs.images.core!.tags).toEqual([
      'ghcr.io/softoft-orga/open-ticket-ai:1.4.0-core',
      'ghcr.io/softoft-orga/open-ticket-ai:core-latest',
    ]);
  });
});
