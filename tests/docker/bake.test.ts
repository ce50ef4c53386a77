/**
 * The plan and the bake file for Open Ticket AI's four variants (core, hf-local, otobo-znuny, all),
 * the release that broke in each of the ways the issue lists. Every expected value is written by hand
 * from the issue and reference/release-docker.md §3, not taken from the code's output.
 */
import { describe, expect, test } from '@jest/globals';
import { bakeDigests, bakeFile, makePlan, ociLabels, type PlanInput } from '@otai-release/core/docker';

const IMAGE = 'ghcr.io/softoft-orga/open-ticket-ai';
const CORE = 'open-ticket-ai';

function otaiInput(version: string, overrides: Partial<PlanInput> = {}): PlanInput {
  return {
    version,
    images: [IMAGE],
    variants: [
      { name: 'core', requirements: [CORE], projects: [CORE], buildArgs: {} },
      {
        name: 'hf-local',
        requirements: [CORE, 'otai-hf-local'],
        projects: [CORE, 'otai-hf-local'],
        buildArgs: {},
      },
      {
        name: 'otobo-znuny',
        requirements: [CORE, 'otai-otobo-znuny'],
        projects: [CORE, 'otai-otobo-znuny'],
        buildArgs: {},
      },
      {
        name: 'all',
        requirements: [CORE, 'otai-hf-local', 'otai-otobo-znuny'],
        projects: [CORE, 'otai-hf-local', 'otai-otobo-znuny'],
        buildArgs: { PYTHON: '3.14' },
      },
    ],
    platforms: ['linux/amd64', 'linux/arm64'],
    context: '/repo',
    dockerfile: '/repo/Dockerfile',
    templates: ['{version}-{variant}', '{variant}-latest'],
    defaultVariant: 'all',
    labels: {
      title: CORE,
      description: 'Automated ticket classification',
      licenses: 'LGPL-2.1-only',
      revision: '0123456789abcdef0123456789abcdef01234567',
      source: 'https://github.com/Softoft-Orga/open-ticket-ai',
      created: '2026-01-18T10:00:00.000Z',
    },
    installFrom: 'index',
    indexUrl: 'https://pypi.org/simple/',
    cache: 'gha',
    ...overrides,
  };
}

const labelsOf = (variant: string, version: string) => ({
  'org.opencontainers.image.title': `open-ticket-ai (${variant})`,
  'org.opencontainers.image.description': 'Automated ticket classification',
  'org.opencontainers.image.version': version,
  'org.opencontainers.image.revision': '0123456789abcdef0123456789abcdef01234567',
  'org.opencontainers.image.source': 'https://github.com/Softoft-Orga/open-ticket-ai',
  'org.opencontainers.image.url': 'https://github.com/Softoft-Orga/open-ticket-ai',
  'org.opencontainers.image.created': '2026-01-18T10:00:00.000Z',
  'org.opencontainers.image.licenses': 'LGPL-2.1-only',
});

describe('the bake file of the four Open Ticket AI variants', () => {
  const file = bakeFile(makePlan(otaiInput('1.1.2')), { provenance: false, sbom: false });

  test('has one explicit target per variant, all in the default group, and no matrix', () => {
    expect(file.group).toEqual({ default: { targets: ['core', 'hf-local', 'otobo-znuny', 'all'] } });
    expect(Object.keys(file.target)).toEqual(['core', 'hf-local', 'otobo-znuny', 'all']);
    expect(JSON.stringify(file)).not.toMatch(/matrix/);
  });

  test('the hf-local target, in full', () => {
    expect(file.target['hf-local']).toEqual({
      context: '/repo',
      dockerfile: '/repo/Dockerfile',
      platforms: ['linux/amd64', 'linux/arm64'],
      args: {
        PACKAGES: 'open-ticket-ai otai-hf-local',
        VERSION: '1.1.2',
        INSTALL_FROM: 'index',
        INDEX_URL: 'https://pypi.org/simple/',
      },
      tags: [`${IMAGE}:1.1.2-hf-local`, `${IMAGE}:hf-local-latest`],
      labels: labelsOf('hf-local', '1.1.2'),
      annotations: Object.entries(labelsOf('hf-local', '1.1.2')).map(([k, v]) => `index,manifest:${k}=${v}`),
      attest: ['type=provenance,disabled=true', 'type=sbom,disabled=true'],
      'cache-from': ['type=gha,scope=open-ticket-ai-hf-local'],
      'cache-to': ['type=gha,scope=open-ticket-ai-hf-local,mode=max'],
    });
  });

  test('PACKAGES lists what each variant installs; VERSION is the one release version', () => {
    expect(file.target.core!.args.PACKAGES).toBe('open-ticket-ai');
    expect(file.target['otobo-znuny']!.args.PACKAGES).toBe('open-ticket-ai otai-otobo-znuny');
    expect(file.target.all!.args).toEqual({
      PYTHON: '3.14',
      PACKAGES: 'open-ticket-ai otai-hf-local otai-otobo-znuny',
      VERSION: '1.1.2',
      INSTALL_FROM: 'index',
      INDEX_URL: 'https://pypi.org/simple/',
    });
  });

  test('only the default variant pushes latest, so no two jobs race for it', () => {
    expect(file.target.core!.tags).toEqual([`${IMAGE}:1.1.2-core`, `${IMAGE}:core-latest`]);
    expect(file.target['otobo-znuny']!.tags).toEqual([
      `${IMAGE}:1.1.2-otobo-znuny`,
      `${IMAGE}:otobo-znuny-latest`,
    ]);
    expect(file.target.all!.tags).toEqual([
      `${IMAGE}:1.1.2-all`,
      `${IMAGE}:all-latest`,
      `${IMAGE}:1.1.2`,
      `${IMAGE}:latest`,
    ]);
    const withLatest = Object.values(file.target).filter((t) => t.tags.includes(`${IMAGE}:latest`));
    expect(withLatest).toHaveLength(1);
  });

  test('every variant has its own cache scope, so mode=max exports do not overwrite each other', () => {
    expect(Object.values(file.target).map((t) => t['cache-from'])).toEqual([
      ['type=gha,scope=open-ticket-ai-core'],
      ['type=gha,scope=open-ticket-ai-hf-local'],
      ['type=gha,scope=open-ticket-ai-otobo-znuny'],
      ['type=gha,scope=open-ticket-ai-all'],
    ]);
  });

  test('a pre-release has no moving tag in any target', () => {
    const pre = bakeFile(makePlan(otaiInput('1.2.0rc1')), { provenance: false, sbom: false });
    expect(Object.values(pre.target).flatMap((t) => t.tags)).toEqual([
      `${IMAGE}:1.2.0rc1-core`,
      `${IMAGE}:1.2.0rc1-hf-local`,
      `${IMAGE}:1.2.0rc1-otobo-znuny`,
      `${IMAGE}:1.2.0rc1-all`,
      `${IMAGE}:1.2.0rc1`,
    ]);
    expect(pre.target.core!.labels['org.opencontainers.image.version']).toBe('1.2.0rc1');
  });
});

describe('bake options', () => {
  test('provenance and sbom, when asked for, are attestations of every target', () => {
    const file = bakeFile(makePlan(otaiInput('1.1.2')), { provenance: true, sbom: true });
    for (const target of Object.values(file.target)) {
      expect(target.attest).toEqual(['type=provenance,mode=max', 'type=sbom']);
    }
  });

  test('cache none leaves cache-from and cache-to out', () => {
    const file = bakeFile(makePlan(otaiInput('1.1.2', { cache: 'none' })), {
      provenance: false,
      sbom: false,
    });
    expect(file.target.core).not.toHaveProperty('cache-from');
    expect(file.target.core).not.toHaveProperty('cache-to');
  });

  test('one platform without attestations makes no index: annotations go to the manifest only', () => {
    const file = bakeFile(makePlan(otaiInput('1.1.2', { platforms: ['linux/amd64'] })), {
      provenance: false,
      sbom: false,
    });
    expect(file.target.core!.annotations).toContain('manifest:org.opencontainers.image.version=1.1.2');
  });

  test('several images get every tag each', () => {
    const file = bakeFile(
      makePlan(otaiInput('1.1.2', { images: [IMAGE, 'docker.io/openticketai/engine'] })),
      {
        provenance: false,
        sbom: false,
      },
    );
    expect(file.target.core!.tags).toEqual([
      `${IMAGE}:1.1.2-core`,
      `${IMAGE}:core-latest`,
      'docker.io/openticketai/engine:1.1.2-core',
      'docker.io/openticketai/engine:core-latest',
    ]);
  });

  test('install-from dist passes DIST_DIR instead of INDEX_URL', () => {
    const plan = makePlan(otaiInput('1.1.2', { installFrom: 'dist', distDir: '.otai-release-dist' }));
    expect(plan.variants[0]!.buildArgs).toEqual({
      PACKAGES: 'open-ticket-ai',
      VERSION: '1.1.2',
      INSTALL_FROM: 'dist',
      DIST_DIR: '.otai-release-dist',
    });
  });

  test('a default variant that is not a variant is refused', () => {
    expect(() => makePlan(otaiInput('1.1.2', { defaultVariant: 'everything' }))).toThrow(
      /default variant 'everything' is not one of the variants \(core, hf-local, otobo-znuny, all\)/,
    );
  });
});

describe('labels', () => {
  test('unknown facts are left out rather than guessed', () => {
    expect(ociLabels({ version: '1.0.0', created: '2026-01-01T00:00:00.000Z' }, 'core')).toEqual({
      'org.opencontainers.image.title': 'core',
      'org.opencontainers.image.version': '1.0.0',
      'org.opencontainers.image.created': '2026-01-01T00:00:00.000Z',
    });
  });
});

describe('the bake metadata file', () => {
  const digest = (c: string) => `sha256:${c.repeat(64)}`;

  test('gives each target its containerimage.digest', () => {
    const metadata = JSON.stringify({
      core: {
        'buildx.build.ref': 'builder/builder0/x1',
        'containerimage.descriptor': {
          mediaType: 'application/vnd.oci.image.index.v1+json',
          digest: digest('a'),
        },
        'containerimage.digest': digest('a'),
        'image.name': `${IMAGE}:1.1.2-core,${IMAGE}:core-latest`,
      },
      all: { 'containerimage.digest': digest('b'), 'image.name': `${IMAGE}:1.1.2-all` },
      'buildx.build.warnings': [],
    });
    expect(bakeDigests(metadata)).toEqual({ core: digest('a'), all: digest('b') });
  });

  test('a target without a digest (not pushed) or an unreadable file gives none', () => {
    expect(bakeDigests(JSON.stringify({ core: { 'buildx.build.ref': 'x' } }))).toEqual({});
    expect(bakeDigests('not json')).toEqual({});
  });
});
