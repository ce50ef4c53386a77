/**
 * Throwaway git repositories for the set-version tests: a work tree with one commit of a fixture's
 * files and a bare `origin` it was pushed to, isolated from this machine's global git configuration
 * (as a fresh runner is, where no identity is configured).
 */
import { execFileSync } from 'node:child_process';
import { execGit, type GitRunner } from '@otai-release/core/versioning';
import { materialize } from '../fixtures/layouts.js';

/** Environment that hides the global and system git configuration. */
export const ISOLATED_GIT_ENV: Record<string, string> = {
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_CONFIG_NOSYSTEM: '1',
};

/** The real git, isolated from the machine's configuration; `env` is added to every call. */
export function isolatedGit(env: Record<string, string> = {}): GitRunner {
  return (args, options) =>
    execGit(args, { ...options, env: { ...ISOLATED_GIT_ENV, ...env, ...options.env } });
}

/** A repository with the files committed on main and pushed to a bare origin. */
export interface TestRepo {
  dir: string;
  origin: string;
  /** Runs git in the work tree (or in `cwd`) and returns its trimmed stdout. */
  git(args: string[], cwd?: string): string;
}

/** Creates the repository; `identity` configures user.name/email in it (a runner has none). */
export function gitRepo(files: Record<string, string>, identity = true): TestRepo {
  const dir = materialize(files);
  // Also a materialized directory, so it is removed with the test (or file) that made it.
  const origin = materialize({});
  const git = (args: string[], cwd = dir) =>
    execFileSync('git', args, { cwd, env: { ...process.env, ...ISOLATED_GIT_ENV }, encoding: 'utf8' }).trim();
  git(['init', '-q', '--bare', '-b', 'main'], origin);
  git(['init', '-q', '-b', 'main']);
  const who = ['-c', 'user.name=Fixture', '-c', 'user.email=fixture@example.org'];
  if (identity) {
    git(['config', 'user.name', 'Release Manager']);
    git(['config', 'user.email', 'rm@example.org']);
  }
  git(['add', '-A']);
  git([...who, 'commit', '-q', '-m', 'initial']);
  git(['remote', 'add', 'origin', origin]);
  git(['push', '-q', 'origin', 'main']);
  return { dir, origin, git };
}
