/**
 * The bundled set-version action run as a runner runs it (node dist/set-version/index.js with INPUT_*
 * variables) in a real git repository with a bare origin — the bump job of a workflow_dispatch release
 * — and `otai-release version` run as a user runs it, followed by `otai-release check`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from '@jest/globals';
import { cleanup, layouts, lf } from '../fixtures/layouts.js';
import { bundled, runNode, runnerEnv } from '../support/run-node.js';
import { gitRepo, ISOLATED_GIT_ENV } from '../versioning/git-repo.js';

afterAll(cleanup);

const ACTION = bundled('set-version');
const CLI = bundled('cli');
const MONOREPO = {
  ...layouts['otai-monorepo'].files,
  'CHANGELOG.md': lf('# Changelog', '', '## [Unreleased]', '- Pins.'),
};
const BOT = 'github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>';

// A fresh runner: no git identity configured anywhere.
async function runAction(repo: string, inputs: Record<string, string>) {
  const runner = runnerEnv({ path: repo, ...inputs }, { ...ISOLATED_GIT_ENV, GITHUB_WORKSPACE: repo });
  const result = await runNode(ACTION, [], { env: runner.env, cwd: repo });
  return { ...result, outputs: runner.outputs(), summary: runner.summary() };
}

describe('set-version as a runner runs it', () => {
  test('bump minor, commit, tag and push with the workflow token', async () => {
    const repo = gitRepo(MONOREPO, false);
    const run = await runAction(repo.dir, {
      version: 'minor',
      commit: 'true',
      tag: 'true',
      push: 'true',
      token: 'ghs_fakeToken123',
    });
    expect(run.stdout).not.toContain('::error');
    expect(run.code).toBe(0);
    const head = repo.git(['rev-parse', 'HEAD']);
    expect(run.outputs).toEqual({
      'previous-version': '1.4.0',
      version: '1.5.0',
      tag: 'v1.5.0',
      'changed-files': JSON.stringify([
        'CHANGELOG.md',
        'packages/otai_hf_local/pyproject.toml',
        'packages/otai_otobo_znuny/pyproject.toml',
        'pyproject.toml',
      ]),
      'commit-sha': head,
    });
    // The token is masked before anything else is logged, and appears nowhere else.
    expect(run.stdout.split('\n')[0]).toBe('::add-mask::ghs_fakeToken123');
    expect(run.stdout.split('\n').filter((l) => l.includes('ghs_fakeToken123'))).toEqual([
      '::add-mask::ghs_fakeToken123',
    ]);
    expect(repo.git(['log', '-1', '--format=%s|%an <%ae>'])).toBe(`chore(release): v1.5.0|${BOT}`);
    expect(repo.git(['cat-file', '-t', 'v1.5.0'])).toBe('tag');
    expect(repo.git(['rev-parse', 'main'], repo.origin)).toBe(head);
    expect(repo.git(['rev-parse', 'v1.5.0^{commit}'], repo.origin)).toBe(head);
    expect(readFileSync(join(repo.dir, 'CHANGELOG.md'), 'utf8')).toMatch(
      /## \[Unreleased\]\n\n## \[1\.5\.0\] - \d{4}-\d\d-\d\d\n- Pins\./,
    );
    expect(run.summary).toContain('### ✅ set-version: `1.4.0` → `1.5.0`');
    expect(run.summary).toContain('Tag `v1.5.0` created and pushed');
  });

  test('dry run: the diff in the log, nothing changed', async () => {
    const repo = gitRepo(MONOREPO);
    const run = await runAction(repo.dir, {
      version: '1.5.0-rc.1',
      'dry-run': 'true',
      commit: 'true',
      tag: 'true',
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('::notice::"1.5.0-rc.1" is written in its PEP 440 normal form "1.5.0rc1".');
    expect(run.stdout).toContain('-version = "1.4.0"\n+version = "1.5.0rc1"\n');
    expect(run.outputs.version).toBe('1.5.0rc1');
    expect(run.outputs['commit-sha']).toBe('');
    expect(repo.git(['status', '--porcelain'])).toBe('');
    expect(repo.git(['tag'])).toBe('');
    expect(run.summary).toContain('```diff');
  });

  test('a dirty tree with commit fails with the changes listed, and nothing is written', async () => {
    const repo = gitRepo(MONOREPO);
    writeFileSync(join(repo.dir, 'README.md'), '# Edited by hand\n');
    const run = await runAction(repo.dir, { version: 'patch', commit: 'true' });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('::error::The working tree has changes that are not part of this release');
    expect(run.stdout).toContain('M README.md');
    expect(repo.git(['status', '--porcelain'])).toBe('M README.md');
  });

  test('an unparsable version fails before anything is read', async () => {
    const repo = gitRepo(MONOREPO);
    const run = await runAction(repo.dir, { version: 'next-one' });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/::error::Input 'version': "next-one" is not a valid PEP 440 version/);
  });
});

describe('otai-release version', () => {
  test('dry run prints the unified diff and the tag on stdout, exit 0', async () => {
    const repo = gitRepo(MONOREPO);
    const run = await runNode(CLI, ['version', 'rc', repo.dir, '--dry-run', '--tag', '--commit'], {
      env: { ...process.env, ...ISOLATED_GIT_ENV },
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('--- a/pyproject.toml\n+++ b/pyproject.toml\n@@ -1,6 +1,6 @@\n [project]\n');
    expect(run.stdout).toContain(
      '1.4.0 → 1.4.1rc1; tag v1.4.1rc1 would be created; nothing was changed (dry run)\n',
    );
    expect(repo.git(['status', '--porcelain'])).toBe('');
  });

  test('after version X, check passes with X and its tag', async () => {
    const repo = gitRepo(MONOREPO);
    const set = await runNode(CLI, ['version', '2.0.0b2', repo.dir, '--quiet'], { env: process.env });
    // The upper bound <2 of otai-hf-local's pin on the core refuses 2.0.0b2: exit 1, the pin named.
    expect(set.code).toBe(1);
    expect(set.stderr).toMatch(
      /^packages\/otai_hf_local\/pyproject\.toml:7:\d+: error: otai-hf-local: the requirement "open-ticket-ai>=1\.4\.0,<2"/m,
    );
    expect(repo.git(['status', '--porcelain'])).toBe('');
    const ok = await runNode(CLI, ['version', '1.10.0b2', repo.dir], { env: process.env });
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('1.4.0 → 1.10.0b2; tag v1.10.0b2\n');
    const check = await runNode(CLI, ['check', repo.dir, '--tag', 'v1.10.0b2', '--index', 'none']);
    expect(check.stderr).not.toContain('error');
    expect(check.code).toBe(0);
  });

  test('a lower version exits 1; a missing SPEC exits 2', async () => {
    const repo = gitRepo(MONOREPO);
    const lower = await runNode(CLI, ['version', '1.3.0', repo.dir]);
    expect(lower.code).toBe(1);
    expect(lower.stderr).toContain('error: 1.3.0 is lower than the current version 1.4.0');
    const missing = await runNode(CLI, ['version']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('version needs SPEC');
  });
});
