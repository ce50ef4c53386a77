/**
 * The doctor on repositories that each break a release one way: every finding at the file and line
 * to change, with its fix; and a healthy repository with none. Expected lines are counted by eye
 * from the texts below.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { main } from '@otai-release/cli/main';
import { type DoctorFinding, runDoctor } from '@otai-release/core/doctor';
import { hatchProject, lf } from '../fixtures/layouts.js';
import { tempDir } from '../support/temp-dir.js';

function repo(files: Record<string, string>): string {
  const root = tempDir('doctor');
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

/** A lockstep core + plugin at 1.4.0, as most fixtures start. */
const MONOREPO = {
  'pyproject.toml': hatchProject('otai-core', '1.4.0'),
  'plugins/hf/pyproject.toml': hatchProject('otai-hf', '1.4.0', 'dependencies = ["otai-core>=1.4,<2"]'),
};

const SCM_PROJECT = lf(
  '[build-system]',
  'requires = ["setuptools>=64", "setuptools-scm>=8"]',
  'build-backend = "setuptools.build_meta"',
  '',
  '[project]',
  'name = "scm-pkg"',
  'dynamic = ["version"]',
  '',
  '[tool.setuptools_scm]',
);

/** A release workflow: tag trigger, build job, publish job (trusted publishing). Lines numbered in comments. */
function releaseWorkflow(
  o: { tags?: string; permissions?: string[]; environment?: string; checkout?: string[] } = {},
): string {
  return lf(
    'name: release', // 1
    'on:', // 2
    '  push:', // 3
    `    tags: ['${o.tags ?? 'v*'}']`, // 4
    'jobs:', // 5
    '  build:', // 6
    '    runs-on: ubuntu-latest', // 7
    '    steps:', // 8
    ...(o.checkout ?? ['      - uses: actions/checkout@v5', '        with:', '          fetch-depth: 0']), // 9-11
    '      - run: python -m build', // 12 (with the default checkout)
    '  publish:', // 13
    '    needs: build', // 14
    '    runs-on: ubuntu-latest', // 15
    ...(o.environment ? [`    environment: ${o.environment}`] : []),
    ...(o.permissions ?? ['    permissions:', '      id-token: write']),
    '    steps:',
    '      - uses: pypa/gh-action-pypi-publish@release/v1', // 19 (with the default permissions)
  );
}

function codes(findings: DoctorFinding[]): string[] {
  return findings.map((f) => f.code);
}

describe('doctor', () => {
  test('a healthy lockstep monorepo with a tag-triggered trusted-publishing workflow has no findings', async () => {
    const root = repo({
      ...MONOREPO,
      '.github/workflows/release.yml': releaseWorkflow({ environment: 'pypi' }),
    });
    const report = await runDoctor({ path: root, environment: 'PyPI' });
    expect(report.findings).toEqual([]);
    expect(report.workflows).toEqual(['.github/workflows/release.yml']);
    expect(report.packages.map((p) => p.name)).toEqual(['otai-core', 'otai-hf']);
  });

  test('versions out of sync: the plugin’s version line, and the command that writes one version everywhere', async () => {
    const root = repo({
      ...MONOREPO,
      'plugins/hf/pyproject.toml': hatchProject('otai-hf', '1.3.0', 'dependencies = ["otai-core>=1.4,<2"]'),
    });
    const { findings } = await runDoctor({ path: root });
    const sync = findings.filter((f) => f.code === 'versions-out-of-sync');
    expect(sync.length).toBeGreaterThan(0);
    expect(sync[0]).toMatchObject({ level: 'error', file: 'plugins/hf/pyproject.toml', line: 7 });
    expect(sync[0]!.message).toContain('1.3.0');
    expect(sync[0]!.fix).toContain('otai-release version 1.4.0');
  });

  /** MONOREPO with tag-format configured as written. */
  const CONFIGURED = {
    ...MONOREPO,
    'pyproject.toml': lf(
      hatchProject('otai-core', '1.4.0'),
      '[tool.otai-release]',
      'tag-format = "v{version}"',
    ),
  };

  test('a tag filter that never matches the configured tag format is an error at the filter, with a pattern that would', async () => {
    const root = repo({
      ...CONFIGURED,
      '.github/workflows/release.yml': releaseWorkflow({ tags: 'release-*' }),
    });
    const { findings } = await runDoctor({ path: root });
    const mismatch = findings.filter((f) => f.code === 'tag-trigger-mismatch');
    expect(mismatch).toHaveLength(2); // both packages' tags are missed
    expect(mismatch[0]).toMatchObject({ level: 'error', file: '.github/workflows/release.yml', line: 4 });
    expect(mismatch[0]!.message).toContain("'v1.4.0'");
    expect(mismatch[0]!.message).toContain("'release-*'");
    expect(mismatch[0]!.fix).toContain("'v[0-9]*'");
  });

  test('with no tag format configured the default is a guess: a warning that suggests the format the filter implies', async () => {
    const root = repo({
      ...MONOREPO,
      '.github/workflows/release.yml': releaseWorkflow({ tags: 'release-*' }),
    });
    const mismatch = (await runDoctor({ path: root })).findings;
    expect(mismatch.map((f) => [f.code, f.level])).toEqual([
      ['tag-trigger-mismatch', 'warning'],
      ['tag-trigger-mismatch', 'warning'],
    ]);
    expect(mismatch[0]!.message).toContain("'v1.4.0' or '1.4.0'");
    expect(mismatch[0]!.fix).toContain('"release-{version}"');
    // Per-package tags a monorepo pushes (hatch-v1.16.5) are what validate-versions infers without configuration.
    const perPackage = repo({
      ...MONOREPO,
      '.github/workflows/release.yml': releaseWorkflow({ tags: '*-v*' }),
    });
    expect((await runDoctor({ path: perPackage })).findings).toEqual([]);
  });

  test('a configured format missed by the tag filter is only a warning when dispatch can also start the publishing workflow', async () => {
    const root = repo({
      ...CONFIGURED,
      '.github/workflows/release.yml': releaseWorkflow({ tags: 'release-*' }).replace(
        'on:\n',
        'on:\n  workflow_dispatch:\n',
      ),
    });
    const levels = (await runDoctor({ path: root })).findings.map((f) => f.level);
    expect(levels).toEqual(['warning', 'warning']);
  });

  test('per-package tag formats: a workflow filtering only v* misses the plugin’s hf-v tags', async () => {
    const root = repo({
      'pyproject.toml': lf(
        hatchProject('otai-core', '1.4.0'),
        '[tool.otai-release]',
        'policy = "independent"',
        'packages = [{ path = ".", tag-format = "v{version}" }, { path = "plugins/hf", tag-format = "hf-v{version}" }]',
      ),
      'plugins/hf/pyproject.toml': hatchProject('otai-hf', '0.3.0'),
      '.github/workflows/release.yml': releaseWorkflow({ tags: 'v*' }),
    });
    const { findings } = await runDoctor({ path: root });
    const mismatch = findings.filter((f) => f.code === 'tag-trigger-mismatch');
    expect(mismatch.map((f) => f.message)).toEqual([expect.stringContaining("otai-hf's tag 'hf-v0.3.0'")]);
    expect(mismatch[0]!.fix).toContain("'hf-v[0-9]*'");
  });

  test('bare tags pass a bare filter when no tag format is configured (both spellings are accepted)', async () => {
    const root = repo({ ...MONOREPO, '.github/workflows/release.yml': releaseWorkflow({ tags: '[0-9]*' }) });
    expect(codes((await runDoctor({ path: root })).findings)).toEqual([]);
  });

  test('trusted publishing without id-token: write: at the job’s permissions, with the YAML to add', async () => {
    const root = repo({
      ...MONOREPO,
      '.github/workflows/release.yml': releaseWorkflow({
        permissions: ['    permissions:', '      contents: read'],
      }),
    });
    const { findings } = await runDoctor({ path: root });
    expect(findings).toEqual([
      expect.objectContaining({
        code: 'publish-without-id-token',
        file: '.github/workflows/release.yml',
        line: 16,
      }),
    ]);
    expect(findings[0]!.message).toContain('contents: read');
    expect(findings[0]!.fix).toContain('id-token: write');
  });

  test('no permissions anywhere: the default token has no id-token; write-all has; a password means no trusted publishing', async () => {
    const none = repo({ ...MONOREPO, '.github/workflows/release.yml': releaseWorkflow({ permissions: [] }) });
    const [finding] = (await runDoctor({ path: none })).findings;
    expect(finding).toMatchObject({ code: 'publish-without-id-token', line: 13 });
    expect(finding!.message).toContain('no permissions are set');

    const writeAll = repo({
      ...MONOREPO,
      '.github/workflows/release.yml': releaseWorkflow({ permissions: ['    permissions: write-all'] }),
    });
    expect((await runDoctor({ path: writeAll })).findings).toEqual([]);

    const token = repo({
      ...MONOREPO,
      '.github/workflows/release.yml': releaseWorkflow({ permissions: [] }).replace(
        'gh-action-pypi-publish@release/v1',
        'gh-action-pypi-publish@release/v1\n        with:\n          password: ${{ secrets.PYPI_TOKEN }}',
      ),
    });
    expect((await runDoctor({ path: token })).findings).toEqual([]);
  });

  test('a publish job inside a reusable workflow: PyPI matches its own file name, never the caller’s', async () => {
    const root = repo({
      ...MONOREPO,
      '.github/workflows/reusable.yml': lf(
        'on:',
        '  workflow_call:',
        'jobs:',
        '  publish:',
        '    runs-on: ubuntu-latest',
        '    permissions:',
        '      id-token: write',
        '    steps:',
        '      - uses: org/otai-release/pypi-publish-oidc@v1',
      ),
    });
    const { findings } = await runDoctor({ path: root });
    expect(findings).toEqual([
      expect.objectContaining({
        code: 'publish-in-reusable-workflow',
        level: 'warning',
        file: '.github/workflows/reusable.yml',
        line: 9,
      }),
    ]);
    expect(findings[0]!.message).toContain('job_workflow_ref');
    expect(findings[0]!.message).toContain('(reusable.yml)');
    expect(findings[0]!.fix).toContain('Register reusable.yml as the workflow name');
  });

  test('an environment other than the publisher’s, or none, is refused; the name compares case-insensitively', async () => {
    const other = repo({
      ...MONOREPO,
      '.github/workflows/release.yml': releaseWorkflow({ environment: 'release' }),
    });
    const [finding] = (await runDoctor({ path: other, environment: 'pypi' })).findings;
    expect(finding).toMatchObject({ code: 'publish-environment-mismatch', level: 'error', line: 16 });
    expect(finding!.message).toContain("'release'");
    expect(finding!.fix).toContain('environment: pypi');

    const none = repo({ ...MONOREPO, '.github/workflows/release.yml': releaseWorkflow() });
    const [missing] = (await runDoctor({ path: none, environment: 'pypi' })).findings;
    expect(missing).toMatchObject({ code: 'publish-environment-mismatch', line: 13 });
    expect(missing!.message).toContain("optional claim 'environment'");

    const mapping = repo({
      ...MONOREPO,
      '.github/workflows/release.yml': releaseWorkflow({
        environment: '\n      name: PyPI\n      url: https://pypi.org/p/otai-core',
      }),
    });
    expect((await runDoctor({ path: mapping, environment: 'pypi' })).findings).toEqual([]);
    // Without the publisher's environment there is nothing to compare with.
    expect((await runDoctor({ path: other })).findings).toEqual([]);
  });

  const dispatchable = (workflow: string): string => workflow.replace('on:\n', 'on:\n  workflow_dispatch:\n');

  test('a tag-versioned package built from a shallow checkout by a dispatch: at the checkout step, with fetch-depth: 0', async () => {
    const shallow = repo({
      'pyproject.toml': SCM_PROJECT,
      '.github/workflows/release.yml': dispatchable(
        releaseWorkflow({ checkout: ['      - uses: actions/checkout@v5'] }),
      ),
    });
    const { findings } = await runDoctor({ path: shallow });
    expect(findings).toEqual([
      expect.objectContaining({
        code: 'shallow-checkout-tag-version',
        file: '.github/workflows/release.yml',
        line: 10,
      }),
    ]);
    expect(findings[0]!.message).toContain('setuptools-scm');
    expect(findings[0]!.message).toContain('workflow_dispatch');
    expect(findings[0]!.fix).toContain('fetch-depth: 0');

    // The history fetched, a package whose version is in a file, or a workflow only tag pushes start
    // (the tag is checked out even shallowly, and sits on HEAD) are all fine.
    const deep = repo({
      'pyproject.toml': SCM_PROJECT,
      '.github/workflows/release.yml': dispatchable(releaseWorkflow()),
    });
    expect((await runDoctor({ path: deep })).findings).toEqual([]);
    const staticVersion = repo({
      ...MONOREPO,
      '.github/workflows/release.yml': dispatchable(
        releaseWorkflow({ checkout: ['      - uses: actions/checkout@v5'] }),
      ),
    });
    expect((await runDoctor({ path: staticVersion })).findings).toEqual([]);
    const tagOnly = repo({
      'pyproject.toml': SCM_PROJECT,
      '.github/workflows/release.yml': releaseWorkflow({ checkout: ['      - uses: actions/checkout@v5'] }),
    });
    expect((await runDoctor({ path: tagOnly })).findings).toEqual([]);
  });

  test('a build step naming another package’s directory does not count for the tag-versioned one', async () => {
    const root = repo({
      'backend/pyproject.toml': hatchProject('static-backend', '1.0.0'),
      'pyproject.toml': SCM_PROJECT,
      '.github/workflows/release.yml': dispatchable(
        releaseWorkflow({ checkout: ['      - uses: actions/checkout@v5'] }).replace(
          'python -m build',
          'python -m build backend',
        ),
      ),
    });
    expect(codes((await runDoctor({ path: root })).findings)).toEqual([]);
  });

  function dockerWorkflow(dockerSteps: string[]): string {
    return `${releaseWorkflow()}${lf(
      '  docker:', // 20
      '    needs: publish', // 21
      '    runs-on: ubuntu-latest', // 22
      '    steps:', // 23
      '      - uses: actions/checkout@v5', // 24
      ...dockerSteps, // 25…
    )}`;
  }

  test('an image build that pip-installs the just-published version without waiting races the CDN', async () => {
    const buildPush = [
      '      - uses: docker/build-push-action@v6',
      '        with:',
      '          build-args: VERSION=1.4.0',
    ];
    const root = repo({
      ...MONOREPO,
      Dockerfile: lf('FROM python:3.13-slim', 'ARG VERSION', 'RUN pip install "otai-core==${VERSION}"'),
      '.github/workflows/release.yml': dockerWorkflow(buildPush),
    });
    const { findings } = await runDoctor({ path: root });
    expect(findings).toEqual([expect.objectContaining({ code: 'docker-before-index', line: 25 })]);
    expect(findings[0]!.message).toContain('otai-core');
    expect(findings[0]!.fix).toContain('docker-variants');

    // A step that polls the index first, or a Dockerfile that installs nothing of ours, is fine.
    const waited = repo({
      ...MONOREPO,
      Dockerfile: lf('FROM python:3.13-slim', 'ARG VERSION', 'RUN pip install "otai-core==${VERSION}"'),
      '.github/workflows/release.yml': dockerWorkflow([
        '      - run: until pip download --no-deps "otai-core==1.4.0"; do sleep 10; done',
        ...buildPush,
      ]),
    });
    expect((await runDoctor({ path: waited })).findings).toEqual([]);
    const unrelated = repo({
      ...MONOREPO,
      Dockerfile: lf('FROM python:3.13-slim', 'RUN pip install requests'),
      '.github/workflows/release.yml': dockerWorkflow(buildPush),
    });
    expect((await runDoctor({ path: unrelated })).findings).toEqual([]);
  });

  test('pip install $PACKAGES takes the names from the build args; docker-variants with wait-for-index: false races too', async () => {
    const packages = repo({
      ...MONOREPO,
      Dockerfile: lf('FROM python:3.13-slim', 'ARG PACKAGES', 'RUN pip install $PACKAGES'),
      '.github/workflows/release.yml': dockerWorkflow([
        '      - uses: docker/build-push-action@v6',
        '        with:',
        '          build-args: PACKAGES=otai_hf==1.4.0',
      ]),
    });
    expect((await runDoctor({ path: packages })).findings).toEqual([
      expect.objectContaining({ code: 'docker-before-index', message: expect.stringContaining('otai-hf') }),
    ]);
    const ours = (wait: string, installFrom = 'index') =>
      repo({
        ...MONOREPO,
        '.github/workflows/release.yml': dockerWorkflow([
          '      - uses: org/otai-release/docker-variants@v1',
          '        with:',
          `          wait-for-index: ${wait}`,
          `          install-from: ${installFrom}`,
        ]),
      });
    expect(codes((await runDoctor({ path: ours('false') })).findings)).toEqual(['docker-before-index']);
    expect((await runDoctor({ path: ours('true') })).findings).toEqual([]);
    expect((await runDoctor({ path: ours('false', 'dist') })).findings).toEqual([]);
  });

  test('a workflow that is not YAML is reported at its line; the other checks still run', async () => {
    const root = repo({
      ...MONOREPO,
      'plugins/hf/pyproject.toml': hatchProject('otai-hf', '1.3.0'),
      '.github/workflows/broken.yml': lf('on: push', 'jobs:', '  a:', '    steps: [', '  b: x'),
    });
    const { findings } = await runDoctor({ path: root });
    expect(codes(findings)).toEqual(['unreadable-workflow', 'versions-out-of-sync']);
    expect(findings[0]).toMatchObject({ file: '.github/workflows/broken.yml' });
    expect(findings[0]!.line).toBeGreaterThan(1);
  });

  test('a configuration error is a finding at its line, not a crash', async () => {
    const root = repo({
      'pyproject.toml': lf(hatchProject('otai-core', '1.4.0'), '[tool.otai-release]', 'polcy = "lockstep"'),
    });
    const { findings } = await runDoctor({ path: root });
    expect(findings).toEqual([
      expect.objectContaining({
        code: 'unreadable-config',
        file: 'pyproject.toml',
        line: 10,
        message: expect.stringContaining("did you mean 'policy'"),
      }),
    ]);
  });
});

describe('otai-release doctor', () => {
  test('prints each finding as file:line with its fix and exits 1 on errors, 0 when healthy', async () => {
    const broken = repo({
      ...MONOREPO,
      'pyproject.toml': lf(
        hatchProject('otai-core', '1.4.0'),
        '[tool.otai-release]',
        'tag-format = "v{version}"',
      ),
      '.github/workflows/release.yml': releaseWorkflow({ tags: 'release-*' }),
    });
    let text = '';
    expect(await main(['doctor', broken], (t) => (text += t))).toBe(1);
    expect(text).toMatch(/^\.github\/workflows\/release\.yml:4: error: Pushing otai-core's tag/m);
    expect(text).toContain('  fix: Add a pattern');
    expect(text).toContain('2 error(s), 0 warning(s) in 2 package(s), 1 workflow file(s).');

    const healthy = repo({ ...MONOREPO, '.github/workflows/release.yml': releaseWorkflow() });
    text = '';
    expect(await main(['doctor', healthy], (t) => (text += t))).toBe(0);
    expect(text).toBe('No problems found in 2 package(s), 1 workflow file(s).\n');

    text = '';
    expect(await main(['doctor', broken, '--json'], (t) => (text += t))).toBe(1);
    expect(JSON.parse(text).findings[0]).toMatchObject({ code: 'tag-trigger-mismatch', line: 4 });
  });
});
