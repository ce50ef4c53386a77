/**
 * setVersion end to end in real git repositories (with a bare origin): the release commit, the
 * annotated tag, the atomic push, and every refusal — each before a byte is written.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, jest, test } from '@jest/globals';
import { ConfigurationError } from '@otai-release/core/errors';
import { MemoryLogger } from '@otai-release/core/log';
import { type GitRunner, nodeIo, type SetVersionOptions, setVersion } from '@otai-release/core/versioning';
import { cleanup, hatchProject, layouts } from '../fixtures/layouts.js';
import { gitRepo, isolatedGit, type TestRepo } from './git-repo.js';

afterAll(cleanup);

const MONOREPO = layouts['otai-monorepo'].files;
const FILES = [
  'packages/otai_hf_local/pyproject.toml',
  'packages/otai_otobo_znuny/pyproject.toml',
  'pyproject.toml',
];

const options = (repo: TestRepo, more: Partial<SetVersionOptions> = {}): SetVersionOptions => ({
  path: repo.dir,
  spec: 'minor',
  commit: false,
  tag: false,
  push: false,
  dryRun: false,
  force: false,
  ...more,
});
const deps = (git: GitRunner = isolatedGit()) => ({
  logger: new MemoryLogger(),
  clock: () => new Date('2025-03-14T10:00:00Z'),
  git,
});

const snapshot = (repo: TestRepo) =>
  Object.fromEntries(Object.keys(MONOREPO).map((f) => [f, readFileSync(join(repo.dir, f), 'utf8')]));

async function refusal(promise: Promise<unknown>): Promise<ConfigurationError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigurationError);
    return error as ConfigurationError;
  }
  throw new Error('setVersion did not refuse');
}

// Each test runs several git processes (init, commit, tag, push to a bare origin): seconds on a busy machine.
jest.setTimeout(30_000);

describe('commit, tag and push', () => {
  test('one commit with every changed file, an annotated tag, both pushed to origin', async () => {
    const repo = gitRepo(MONOREPO);
    const result = await setVersion(options(repo, { commit: true, tag: true, push: true }), deps());
    expect(result.plan.next).toBe('1.5.0');
    expect(result.changedFiles).toEqual(FILES);
    expect(result.committed).toBe(true);
    expect(result.pushed).toBe(true);
    const head = repo.git(['rev-parse', 'HEAD']);
    expect(result.commitSha).toBe(head);
    expect(repo.git(['log', '-1', '--format=%s'])).toBe('chore(release): v1.5.0');
    expect(repo.git(['show', '--name-only', '--format=', 'HEAD']).split('\n')).toEqual(FILES);
    expect(repo.git(['status', '--porcelain'])).toBe('');
    expect(repo.git(['cat-file', '-t', 'v1.5.0'])).toBe('tag');
    expect(repo.git(['tag', '-l', '--format=%(contents:subject)', 'v1.5.0'])).toBe('Release v1.5.0');
    expect(repo.git(['rev-parse', 'v1.5.0^{commit}'])).toBe(head);
    expect(repo.git(['rev-parse', 'main'], repo.origin)).toBe(head);
    expect(repo.git(['cat-file', '-t', 'v1.5.0'], repo.origin)).toBe('tag');
    // The repository's own identity is used when it has one.
    expect(repo.git(['log', '-1', '--format=%an <%ae>'])).toBe('Release Manager <rm@example.org>');
  });

  test('without a configured identity, commit and tag are made by github-actions[bot]', async () => {
    const repo = gitRepo(MONOREPO, false);
    await setVersion(options(repo, { commit: true, tag: true }), deps());
    const bot = 'github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>';
    expect(repo.git(['log', '-1', '--format=%an <%ae>|%cn <%ce>'])).toBe(`${bot}|${bot}`);
    expect(repo.git(['tag', '-l', '--format=%(taggername) %(taggeremail)', 'v1.5.0'])).toBe(bot);
  });

  test('an identity from the environment wins over the fallback', async () => {
    const repo = gitRepo(MONOREPO, false);
    const env = { GIT_AUTHOR_NAME: 'Env Author', GIT_AUTHOR_EMAIL: 'env@example.org' };
    await setVersion(options(repo, { commit: true }), deps(isolatedGit(env)));
    expect(repo.git(['log', '-1', '--format=%an <%ae>'])).toBe('Env Author <env@example.org>');
  });

  test('independent policy: chore(release): <name> <version> and the package tag', async () => {
    const repo = gitRepo(layouts['independent-tags'].files);
    const result = await setVersion(
      options(repo, { spec: 'patch', package: 'otai-sdk', commit: true, tag: true }),
      deps(),
    );
    expect(repo.git(['log', '-1', '--format=%s'])).toBe('chore(release): otai-sdk 0.4.4');
    expect(result.tags).toEqual(['sdk==0.4.4']);
    expect(repo.git(['cat-file', '-t', 'refs/tags/sdk==0.4.4'])).toBe('tag');
  });

  test('a tag-derived package: no file changes, the tag alone (from the highest tag)', async () => {
    const repo = gitRepo(layouts['setuptools-scm'].files);
    repo.git(['tag', 'v0.3.0']);
    const logger = new MemoryLogger();
    const result = await setVersion(options(repo, { commit: true, tag: true }), { ...deps(), logger });
    expect(result.plan.previous).toBe('0.3.0');
    expect(result.changedFiles).toEqual([]);
    expect(result.committed).toBe(false);
    expect(repo.git(['rev-list', '--count', 'HEAD'])).toBe('1');
    expect(repo.git(['rev-parse', 'v0.4.0^{commit}'])).toBe(repo.git(['rev-parse', 'HEAD']));
    expect(result.commitSha).toBe(repo.git(['rev-parse', 'HEAD']));
    expect(logger.messages('notice')).toContain(
      'Nothing to commit: the version comes from the tag, so no file changes.',
    );
  });

  test('no tag-format and bare tags in the history: the new tag is bare too, and the log says why', async () => {
    const repo = gitRepo({ 'pyproject.toml': layouts['otai-monorepo'].files['pyproject.toml'] });
    repo.git(['tag', '1.3.0']);
    repo.git(['tag', '1.4.0']);
    const logger = new MemoryLogger();
    const result = await setVersion(options(repo, { commit: true, tag: true }), { ...deps(), logger });
    expect(result.tags).toEqual(['1.5.0']);
    expect(repo.git(['rev-parse', '1.5.0^{commit}'])).toBe(repo.git(['rev-parse', 'HEAD']));
    expect(repo.git(['log', '-1', '--format=%s'])).toBe('chore(release): 1.5.0');
    expect(logger.messages('notice').join('\n')).toContain(
      'the latest release tag "1.4.0" has the form "{version}" rather than "v{version}", so the new tag follows it',
    );
  });

  test('the push token goes to git through GIT_CONFIG_* for ls-remote and push only, never in arguments', async () => {
    const repo = gitRepo(MONOREPO);
    const calls: { args: string[]; env?: Record<string, string> }[] = [];
    const recording: GitRunner = (args, o) => {
      calls.push({ args, env: o.env });
      return isolatedGit()(args, o);
    };
    await setVersion(
      options(repo, {
        commit: true,
        tag: true,
        push: true,
        auth: { token: 's3cret', serverUrl: 'https://github.com/' },
      }),
      deps(recording),
    );
    const header = `AUTHORIZATION: basic ${Buffer.from('x-access-token:s3cret').toString('base64')}`;
    const authed = calls.filter((c) => c.env?.GIT_CONFIG_COUNT);
    expect(authed.map((c) => c.args[0])).toEqual(['ls-remote', 'push']);
    for (const c of authed) {
      expect(c.env).toEqual({
        GIT_CONFIG_COUNT: '2',
        GIT_CONFIG_KEY_0: 'http.https://github.com/.extraheader',
        GIT_CONFIG_VALUE_0: '',
        GIT_CONFIG_KEY_1: 'http.https://github.com/.extraheader',
        GIT_CONFIG_VALUE_1: header,
      });
    }
    expect(calls.find((c) => c.args[0] === 'push')?.args).toEqual([
      'push',
      '--atomic',
      'origin',
      'HEAD',
      'refs/tags/v1.5.0',
    ]);
    expect(JSON.stringify(calls.map((c) => c.args))).not.toContain('s3cret');
  });
});

describe('dry run', () => {
  test('prints the diff and the tag, and changes nothing', async () => {
    const repo = gitRepo(MONOREPO);
    const before = snapshot(repo);
    const head = repo.git(['rev-parse', 'HEAD']);
    const logger = new MemoryLogger();
    const result = await setVersion(options(repo, { commit: true, tag: true, push: true, dryRun: true }), {
      ...deps(),
      logger,
    });
    expect(result.diff).toContain('--- a/pyproject.toml\n+++ b/pyproject.toml\n');
    expect(result.diff).toContain('-version = "1.4.0"\n+version = "1.5.0"\n');
    expect(result.diff).toContain(
      '-hf-local = ["otai-hf-local==1.4.0"]\n+hf-local = ["otai-hf-local==1.5.0"]\n',
    );
    expect(result.tags).toEqual(['v1.5.0']);
    expect(logger.messages('info')).toContain(
      'Dry run: nothing was changed. It would create the tag v1.5.0.',
    );
    expect(snapshot(repo)).toEqual(before);
    expect(repo.git(['rev-parse', 'HEAD'])).toBe(head);
    expect(repo.git(['tag'])).toBe('');
  });

  test('a dry run refuses what the real run would refuse', async () => {
    const repo = gitRepo(MONOREPO);
    repo.git(['tag', 'v1.5.0']);
    expect(
      (await refusal(setVersion(options(repo, { commit: true, tag: true, dryRun: true }), deps()))).message,
    ).toMatch(/^The tag v1\.5\.0 already exists/);
  });
});

describe('refusals: nothing is written', () => {
  test('a dirty tree with commit lists the other changes', async () => {
    const repo = gitRepo(MONOREPO);
    writeFileSync(join(repo.dir, 'README.md'), '# Edited\n');
    const before = snapshot(repo);
    const error = await refusal(setVersion(options(repo, { commit: true }), deps()));
    expect(error.message).toBe(
      'The working tree has changes that are not part of this release, which the release commit must not pick up or leave behind:\n   M README.md\nCommit or stash them first.',
    );
    expect(snapshot(repo)).toEqual(before);
  });

  test('an untracked file does not make the tree dirty', async () => {
    const repo = gitRepo(MONOREPO);
    writeFileSync(join(repo.dir, 'notes.txt'), 'scratch\n');
    await setVersion(options(repo, { commit: true }), deps());
    expect(repo.git(['show', '--name-only', '--format=', 'HEAD']).split('\n')).toEqual(FILES);
  });

  test('an existing tag, locally or only on origin', async () => {
    const local = gitRepo(MONOREPO);
    local.git(['tag', '-a', 'v1.5.0', '-m', 'old']);
    const before = snapshot(local);
    expect((await refusal(setVersion(options(local, { commit: true, tag: true }), deps()))).message).toBe(
      'The tag v1.5.0 already exists; 1.5.0 has been released. Set a higher version (or delete the tag if it was a mistake: git tag -d v1.5.0).',
    );
    expect(snapshot(local)).toEqual(before);

    const remote = gitRepo(MONOREPO);
    remote.git(['tag', 'v1.5.0']);
    remote.git(['push', '-q', 'origin', 'v1.5.0']);
    remote.git(['tag', '-d', 'v1.5.0']);
    expect(
      (await refusal(setVersion(options(remote, { commit: true, tag: true, push: true }), deps()))).message,
    ).toMatch(/^The tag v1\.5\.0 already exists on origin/);
    expect(snapshot(remote)).toEqual(snapshot(local));
  });

  test('tag without commit when files change', async () => {
    const repo = gitRepo(MONOREPO);
    expect((await refusal(setVersion(options(repo, { tag: true }), deps()))).message).toMatch(
      /^tag without commit would tag a commit whose files still say 1\.4\.0/,
    );
  });

  test('push with neither commit nor tag', async () => {
    const repo = gitRepo(MONOREPO);
    expect((await refusal(setVersion(options(repo, { push: true }), deps()))).message).toBe(
      'push needs something to push: set commit and/or tag too.',
    );
  });

  test('commit outside a git repository', async () => {
    const repo = gitRepo(MONOREPO);
    const { rmSync } = await import('node:fs');
    rmSync(join(repo.dir, '.git'), { recursive: true });
    // Keep git from finding a repository above the temporary directory.
    const git = isolatedGit({ GIT_CEILING_DIRECTORIES: join(repo.dir, '..') });
    expect((await refusal(setVersion(options(repo, { commit: true }), deps(git)))).message).toMatch(
      /is not inside a git repository/,
    );
  });
});

describe('failures after planning put the files back', () => {
  test('a write that does not hold what the plan says fails the check and is restored', async () => {
    const repo = gitRepo(MONOREPO);
    const before = snapshot(repo);
    const io = {
      ...nodeIo,
      write: (path: string, data: string | Buffer, mode: number) =>
        nodeIo.write(
          path,
          path.includes('otobo') ? String(data).replace('version = "1.5.0"', 'version = "1.5.1"') : data,
          mode,
        ),
    };
    const error = await refusal(setVersion(options(repo, { commit: true }), { ...deps(), io }));
    expect(error.message).toMatch(
      /^After writing 1\.5\.0, the check still finds 1 problem\(s\); the files were restored\./,
    );
    expect(error.file).toBe('packages/otai_otobo_znuny/pyproject.toml');
    expect(snapshot(repo)).toEqual(before);
    expect(repo.git(['rev-list', '--count', 'HEAD'])).toBe('1');
  });

  test('a commit refused by a hook: files restored, index clean', async () => {
    const repo = gitRepo(MONOREPO);
    const before = snapshot(repo);
    const hook = join(repo.dir, '.git/hooks/pre-commit');
    writeFileSync(hook, '#!/bin/sh\necho "hook says no" >&2\nexit 1\n', { mode: 0o755 });
    const error = await refusal(setVersion(options(repo, { commit: true, tag: true }), deps()));
    expect(error.message).toMatch(/^git commit failed: hook says no The files were restored\./);
    expect(snapshot(repo)).toEqual(before);
    expect(repo.git(['status', '--porcelain'])).toBe('');
    expect(repo.git(['tag'])).toBe('');
  });

  test('an unreachable origin is found before anything is written', async () => {
    const repo = gitRepo(MONOREPO);
    const before = snapshot(repo);
    repo.git(['remote', 'set-url', 'origin', join(repo.dir, 'no-such-origin')]);
    const error = await refusal(setVersion(options(repo, { commit: true, tag: true, push: true }), deps()));
    expect(error.message).toMatch(/^git ls-remote origin failed/);
    expect(snapshot(repo)).toEqual(before);
    expect(repo.git(['rev-list', '--count', 'HEAD'])).toBe('1');
  });

  test('a push origin rejects: neither ref arrives, and the message says how to push them later', async () => {
    const repo = gitRepo(MONOREPO);
    const originHead = repo.git(['rev-parse', 'main'], repo.origin);
    writeFileSync(join(repo.origin, 'hooks/pre-receive'), '#!/bin/sh\necho "protected" >&2\nexit 1\n', {
      mode: 0o755,
    });
    const error = await refusal(setVersion(options(repo, { commit: true, tag: true, push: true }), deps()));
    expect(error.message).toMatch(/^git push failed: .*protected/s);
    expect(error.message).toMatch(
      /The release commit and tag exist locally; push them with: git push --atomic origin HEAD refs\/tags\/v1\.5\.0$/,
    );
    expect(repo.git(['log', '-1', '--format=%s'])).toBe('chore(release): v1.5.0');
    expect(repo.git(['rev-parse', 'main'], repo.origin)).toBe(originHead);
    expect(repo.git(['tag'], repo.origin)).toBe('');
  });
});

describe('independent versions under the lockstep default', () => {
  // kedro-plugins' shape: each plugin at its own version, no [tool.otai-release].
  const PLUGINS = {
    'kedro-airflow/pyproject.toml': hatchProject('kedro-airflow', '0.11.0'),
    'kedro-datasets/pyproject.toml': hatchProject('kedro-datasets', '9.6.0'),
    'kedro-docker/pyproject.toml': hatchProject('kedro-docker', '0.6.2'),
  };

  test('a bump without a package asks which one, instead of refusing because the versions disagree', async () => {
    const repo = gitRepo(PLUGINS);
    const error = await refusal(setVersion(options(repo, { spec: 'patch', dryRun: true }), deps()));
    expect(error.message).toContain('say which one to change with package');
    expect(error.message).not.toContain('disagree');
  });

  test('with a package, only that package is bumped, and a notice says how to configure the policy', async () => {
    const repo = gitRepo(PLUGINS);
    const logger = new MemoryLogger();
    const result = await setVersion(
      options(repo, { spec: 'patch', dryRun: true, package: 'kedro-datasets' }),
      { ...deps(), logger },
    );
    expect(result.plan.next).toBe('9.6.1');
    expect(result.changedFiles).toEqual(['kedro-datasets/pyproject.toml']);
    expect(logger.messages('notice').join('\n')).toContain('policy = "independent"');
  });
});
