/** set-version's parseInputs, run(inputs, deps) in real git repositories, and its job summary. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from '@jest/globals';
import { type Inputs, parseInputs } from '../../actions/set-version/inputs.js';
import { run } from '../../actions/set-version/run.js';
import { renderSummary } from '../../actions/set-version/summary.js';
import { inputsFrom } from '@otai-release/core/action';
import { ConfigurationError } from '@otai-release/core/errors';
import { MemoryLogger } from '@otai-release/core/log';
import type { GitRunner } from '@otai-release/core/versioning';
import { cleanup, layouts, lf } from '../fixtures/layouts.js';
import { gitRepo, isolatedGit } from '../versioning/git-repo.js';

afterAll(cleanup);

const MONOREPO = layouts['otai-monorepo'].files;
const inputs = (more: Partial<Inputs>): Inputs => ({
  ...parseInputs(inputsFrom({ version: 'minor' })),
  ...more,
});
const deps = (git: GitRunner = isolatedGit()) => ({
  logger: new MemoryLogger(),
  clock: () => new Date('2025-03-14T10:00:00Z'),
  git,
});

describe('parseInputs', () => {
  test('defaults: path ".", no commit, tag, push, dry run or force', () => {
    expect(parseInputs(inputsFrom({ version: 'patch' }))).toEqual({
      path: '.',
      version: 'patch',
      package: undefined,
      commit: false,
      tag: false,
      push: false,
      'dry-run': false,
      force: false,
      'first-prerelease-number': undefined,
      token: undefined,
    });
  });

  test('every input read', () => {
    expect(
      parseInputs(
        inputsFrom({
          path: 'repo',
          version: '2.0.0rc1',
          package: 'otai-core',
          commit: 'true',
          tag: 'true',
          push: 'true',
          'dry-run': 'true',
          force: 'true',
          'first-prerelease-number': '0',
          token: 'ghs_x',
        }),
      ),
    ).toEqual({
      path: 'repo',
      version: '2.0.0rc1',
      package: 'otai-core',
      commit: true,
      tag: true,
      push: true,
      'dry-run': true,
      force: true,
      'first-prerelease-number': 0,
      token: 'ghs_x',
    });
  });

  test('refusals name the input', () => {
    const refused = (values: Record<string, string>) => () => parseInputs(inputsFrom(values));
    expect(refused({})).toThrow(
      "Input 'version' is required: an explicit version such as 1.2.3, or a bump: one of major, minor, patch, alpha, beta, rc, post, dev, release.",
    );
    expect(refused({ version: 'next' })).toThrow(
      /^Input 'version': "next" is not a valid PEP 440 version: .*; or a bump: one of major, minor/,
    );
    expect(refused({ version: 'patch', push: 'true' })).toThrow(
      "Input 'push' needs something to push: set commit and/or tag too.",
    );
    expect(refused({ version: 'patch', 'first-prerelease-number': '-1' })).toThrow(
      "Input 'first-prerelease-number' is '-1', which is not a non-negative integer",
    );
    expect(refused({ version: 'patch', commit: 'yes please' })).toThrow(ConfigurationError);
  });
});

describe('run', () => {
  test('outputs: previous and new version, tag, changed files and the commit', async () => {
    const repo = gitRepo(MONOREPO);
    const { change, outputs } = await run(inputs({ path: repo.dir, commit: true, tag: true }), deps());
    expect(outputs).toEqual({
      'previous-version': '1.4.0',
      version: '1.5.0',
      tag: 'v1.5.0',
      'changed-files': [
        'packages/otai_hf_local/pyproject.toml',
        'packages/otai_otobo_znuny/pyproject.toml',
        'pyproject.toml',
      ],
      'commit-sha': repo.git(['rev-parse', 'HEAD']),
    });
    expect(change.committed).toBe(true);
  });

  test('the summary: one row per rewritten span, old → new, and the tag', async () => {
    const repo = gitRepo({ ...MONOREPO, 'CHANGELOG.md': lf('## [Unreleased]', '- Pins.') });
    const { change } = await run(inputs({ path: repo.dir, commit: true, tag: true }), deps());
    const summary = renderSummary(change);
    expect(summary).toContain('### ✅ set-version: `1.4.0` → `1.5.0`');
    expect(summary).toContain(
      `Tag \`v1.5.0\` created · commit \`${change.commitSha}\` \`chore(release): v1.5.0\` · policy **lockstep**`,
    );
    expect(summary).toContain('| File | Location | Change |');
    expect(summary).toContain('| `pyproject.toml:3` | [project].version | `1.4.0` → `1.5.0` |');
    expect(summary).toContain(
      '| `pyproject.toml:13` | otai-hf-local==1.4.0 ([project.optional-dependencies].hf-local) | `1.4.0` → `1.5.0` |',
    );
    expect(summary).toContain('| `CHANGELOG.md:1` | ## [Unreleased] heading | + `## [1.5.0] - 2025-03-14` |');
  });

  test('dry run: the diff goes to the log and the summary, nothing is written', async () => {
    const repo = gitRepo(MONOREPO);
    const logger = new MemoryLogger();
    const { change, outputs } = await run(
      inputs({ path: repo.dir, 'dry-run': true, tag: true, commit: true }),
      {
        ...deps(),
        logger,
      },
    );
    expect(outputs['commit-sha']).toBe('');
    expect(outputs.tag).toBe('v1.5.0');
    expect(logger.entries).toContainEqual({ level: 'group', message: 'Diff (dry run: nothing was written)' });
    expect(
      logger.messages('info').some((m) => m.startsWith('--- a/packages/otai_hf_local/pyproject.toml')),
    ).toBe(true);
    const summary = renderSummary(change);
    expect(summary).toContain('### 🔍 set-version (dry run): `1.4.0` → `1.5.0`, nothing was changed');
    expect(summary).toContain('Tag `v1.5.0` would be created');
    expect(summary).toContain('```diff\n--- a/packages/otai_hf_local/pyproject.toml');
    expect(readFileSync(join(repo.dir, 'pyproject.toml'), 'utf8')).toBe(MONOREPO['pyproject.toml']);
  });

  test('the token is handed to git for the push, for the server the runner names', async () => {
    const repo = gitRepo(MONOREPO);
    const seen: Record<string, string>[] = [];
    const git: GitRunner = (args, o) => {
      if (o.env) seen.push(o.env);
      return isolatedGit()(args, o);
    };
    await run(inputs({ path: repo.dir, commit: true, tag: true, push: true, token: 'ghs_x' }), {
      ...deps(git),
      serverUrl: 'https://ghe.example.com',
    });
    expect(seen.map((e) => e.GIT_CONFIG_KEY_1)).toEqual([
      'http.https://ghe.example.com/.extraheader',
      'http.https://ghe.example.com/.extraheader',
    ]);
  });

  test('the token input is masked as read, with the credentials git sends, before run() logs anything', async () => {
    const masked: string[] = [];
    const parsed = parseInputs(
      inputsFrom({ version: 'minor', commit: 'true', tag: 'true', push: 'true', token: 'ghs_x' }, (value) =>
        masked.push(value),
      ),
    );
    expect(masked[0]).toBe('ghs_x');
    const repo = gitRepo(MONOREPO);
    const headers = new Set<string>();
    const git: GitRunner = (args, o) => {
      if (o.env?.GIT_CONFIG_VALUE_1) headers.add(o.env.GIT_CONFIG_VALUE_1);
      return isolatedGit()(args, o);
    };
    await run({ ...parsed, path: repo.dir }, deps(git));
    expect([...headers]).toEqual([`AUTHORIZATION: basic ${masked[1]}`]);
    expect(masked).toHaveLength(2);
  });

  test('a tag-derived package: the summary says where the version comes from', async () => {
    const repo = gitRepo(layouts['hatch-vcs'].files);
    const { change, outputs } = await run(inputs({ path: repo.dir, version: '0.1.0', tag: true }), deps());
    expect(outputs['changed-files']).toEqual([]);
    expect(outputs['previous-version']).toBe('');
    expect(renderSummary(change)).toContain(
      '|  | vcs-app: version from the tag (hatch-vcs) | tag `v0.1.0` |',
    );
  });
});
