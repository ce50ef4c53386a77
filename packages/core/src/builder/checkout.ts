/**
 * The state of the git checkout that decides what a version plugin (setuptools-scm, hatch-vcs, …)
 * derives: the tags on HEAD, whether the clone is shallow, whether it has tags at all, and whether
 * tracked files have uncommitted changes. Read with git itself; outside a repository all is unknown.
 */
import { execGit } from '../versioning/git.js';

/** What git says about the checkout being built. */
export interface CheckoutState {
  /** True for a shallow clone (actions/checkout's default `fetch-depth: 1`). */
  shallow: boolean;
  /** How many tags the clone has. */
  tagCount: number;
  /** Tracked files with uncommitted changes (`git status --porcelain --untracked-files=no`), as git names them. */
  changed: string[];
}

async function git(args: string[], cwd: string): Promise<string | undefined> {
  try {
    const result = await execGit(args, { cwd });
    return result.code === 0 ? result.stdout : undefined;
  } catch {
    return undefined; // git is not installed: nothing is known
  }
}

const lines = (text: string) => text.split('\n').filter((line) => line.trim() !== '');

/** The tags that point at HEAD in `root` (`git tag --points-at HEAD`); none outside a repository. */
export async function tagsAtHead(root: string): Promise<string[]> {
  return lines((await git(['tag', '--points-at', 'HEAD'], root)) ?? '');
}

/** The checkout's state, or undefined when `root` is not in a git work tree (or git is missing). */
export async function inspectCheckout(root: string): Promise<CheckoutState | undefined> {
  const [shallow, tags, status] = await Promise.all([
    git(['rev-parse', '--is-shallow-repository'], root),
    git(['tag', '--list'], root),
    // setuptools-scm and hatch-vcs ask the same: untracked files do not make a version dirty.
    git(['status', '--porcelain', '--untracked-files=no'], root),
  ]);
  if (shallow === undefined || tags === undefined || status === undefined) return undefined;
  return {
    shallow: shallow.trim() === 'true',
    tagCount: lines(tags).length,
    changed: lines(status).map((line) => line.slice(3)),
  };
}
