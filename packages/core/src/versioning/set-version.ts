/**
 * The whole of set-version, shared by the action and `otai-release version`: plan, check git, write
 * all files or none, prove the result with the same check validate-versions runs, then commit, tag and
 * push. Every check that can refuse runs before the first byte is written, also in a dry run.
 */
import {
  checkConsistency,
  independentByEvidence,
  mayBeIndependent,
  type VersionFinding,
} from '../consistency/index.js';
import { ConfigurationError, errorMessage } from '../errors/index.js';
import type { Logger } from '../log/index.js';
import { canonicalizeName } from '../names/index.js';
import { readRepository, type Repository } from '../pyproject/index.js';
import { type AppliedEdits, applyEdits, type FileIo, nodeIo } from './apply.js';
import { planDiff } from './diff.js';
import { Git, type GitAuth, type GitRunner } from './git.js';
import { gitStepsProblem } from './git-steps.js';
import { planVersionChange } from './plan.js';
import type { VersionPlan } from './types.js';

/** What to set and what to do with it. */
export interface SetVersionOptions {
  /** The repository root. */
  path: string;
  /** An explicit version or a bump (major, minor, patch, alpha, beta, rc, post, dev, release). */
  spec: string;
  package?: string;
  commit: boolean;
  tag: boolean;
  push: boolean;
  dryRun: boolean;
  force: boolean;
  firstPrereleaseNumber?: number;
  /** Credentials for the push and the remote tag check; absent → git's own (a persisted checkout token). */
  auth?: GitAuth;
}

/** What set-version needs from outside. */
export interface SetVersionDeps {
  logger: Logger;
  clock: () => Date;
  git: GitRunner;
  io?: FileIo;
}

/** What happened (or, in a dry run, would happen). */
export interface SetVersionResult {
  plan: VersionPlan;
  dryRun: boolean;
  /** The unified diff of every change. */
  diff: string;
  /** Repository-relative paths of the files changed (or that would change). */
  changedFiles: string[];
  committed: boolean;
  /** Tags created (dry run: that would be created). */
  tags: string[];
  /** The commit the tags point to: the release commit, or HEAD when tagging without a commit. */
  commitSha?: string;
  pushed: boolean;
}

// Errors after writing that concern a changed package, or that were not there before, undo the write.
function newErrors(
  before: VersionFinding[],
  after: VersionFinding[],
  changed: Set<string>,
): VersionFinding[] {
  const key = (f: VersionFinding) => `${f.code}|${f.file}|${f.line}`;
  const old = new Set(before.filter((f) => f.level === 'error').map(key));
  return after.filter(
    (f) =>
      f.level === 'error' &&
      (f.package === undefined || changed.has(canonicalizeName(f.package)) || !old.has(key(f))),
  );
}

// A package whose version cannot be read cannot be rewritten: in lockstep it would be left behind at
// the old version, so the change is refused, naming the package and what to fix.
function refuseUnreadable(repo: Repository, wanted: string | undefined): void {
  const named = (u: Repository['unreadable'][number], w: string) =>
    u.path === w.replace(/\/+$/, '') ||
    (u.name !== undefined && canonicalizeName(u.name) === canonicalizeName(w));
  const blocking = repo.unreadable.filter(
    (u) => repo.policy === 'lockstep' || (wanted !== undefined && named(u, wanted)),
  );
  if (blocking.length === 0) return;
  const [first] = blocking;
  throw new ConfigurationError(
    `The version of ${first.name ?? first.path} cannot be read, so it cannot be set${
      blocking.length > 1 ? ` (nor that of ${blocking.length - 1} other package(s))` : ''
    }: ${first.error.message}`,
    { file: first.error.file, line: first.error.line, column: first.error.column },
  );
}

// With no policy configured, versions that mostly differ mean independent packages, as check reads
// them: a bump then names its package, instead of refusing because the packages disagree.
async function readWithPolicyEvidence(path: string, git: Git, logger: Logger): Promise<Repository> {
  const repo = readRepository(path);
  // The tags only suggest a tag format, which matters where the versions mostly differ.
  const tags = mayBeIndependent(repo, false) ? await git.tags() : [];
  const evidence = independentByEvidence(repo, { tags });
  if (!evidence) return repo;
  logger.notice(evidence.finding.message, { file: evidence.finding.file });
  return evidence.repo;
}

/** Sets the version; throws ConfigurationError (with nothing written) for every refusal. */
export async function setVersion(
  options: SetVersionOptions,
  deps: SetVersionDeps,
): Promise<SetVersionResult> {
  const { logger } = deps;
  const problem = gitStepsProblem(options);
  if (problem) throw new ConfigurationError(problem);
  const git = new Git(options.path, deps.git, options.auth);
  const repo = await readWithPolicyEvidence(options.path, git, logger);
  refuseUnreadable(repo, options.package);
  const plan = await planChange(repo, options, deps, git);
  await checkGit(git, options, plan, logger);

  const changedFiles = plan.edits.map((e) => e.file);
  const base: SetVersionResult = {
    plan,
    dryRun: options.dryRun,
    diff: planDiff(plan.edits),
    changedFiles,
    committed: false,
    tags: options.tag ? plan.tags : [],
    pushed: false,
  };
  if (options.dryRun) {
    logger.info(
      `Dry run: nothing was changed.${options.tag ? ` It would create the tag${plan.tags.length > 1 ? 's' : ''} ${plan.tags.join(', ')}.` : ''}`,
    );
    return base;
  }

  const applied = await writeAndCheck(repo, plan, options.path, deps);
  const willCommit = options.commit && changedFiles.length > 0;
  let commitSha: string | undefined;
  if (willCommit) commitSha = await commitRelease(git, plan, changedFiles, applied, logger);
  else if (options.commit)
    logger.notice('Nothing to commit: the version comes from the tag, so no file changes.');
  if (options.tag) await tagRelease(git, plan, logger);
  if (options.commit || options.tag) commitSha ??= await git.head();
  const refs = [
    ...(willCommit ? ['HEAD'] : []),
    ...(options.tag ? plan.tags.map((t) => `refs/tags/${t}`) : []),
  ];
  const pushed = options.push && (await pushRelease(git, refs, logger));
  return { ...base, committed: willCommit, commitSha, pushed };
}

// Plans every byte that changes, and logs the plan.
async function planChange(
  repo: Repository,
  options: SetVersionOptions,
  deps: SetVersionDeps,
  git: Git,
): Promise<VersionPlan> {
  const { logger } = deps;
  // Tags give tag-derived versions, and the form of new tags when no tag-format is configured.
  const usesTags = repo.packages.some((p) => p.tagDerived || p.acceptedTagFormats.length > 1);
  return logger.group('Plan the version change', async () => {
    const planned = planVersionChange(repo, options.spec, {
      package: options.package,
      force: options.force,
      firstPrereleaseNumber: options.firstPrereleaseNumber,
      now: deps.clock(),
      tags: usesTags ? await git.tags() : [],
    });
    logger.info(
      `${planned.previous ?? '(no version yet)'} → ${planned.next}, tag ${planned.tags.join(', ')}`,
    );
    for (const pkg of planned.packages) {
      if (pkg.fromTag)
        logger.info(`${pkg.name}: the version comes from the tag (${pkg.fromTag}); no file changes`);
    }
    for (const edit of planned.edits) {
      for (const r of edit.replacements)
        logger.info(
          `${edit.file}:${r.line} ${r.label}${r.kind === 'changelog' ? ' updated' : `: ${r.old} → ${r.new}`}`,
        );
    }
    for (const notice of planned.notices) logger.notice(notice);
    return planned;
  });
}

// Refuses what the git steps would get wrong, before anything is written: a tag on a commit whose
// files still say the old version, others' changes the release commit would take in, a tag that exists.
async function checkGit(
  git: Git,
  options: SetVersionOptions,
  plan: VersionPlan,
  logger: Logger,
): Promise<void> {
  if (options.tag && !options.commit && plan.edits.length > 0) {
    throw new ConfigurationError(
      `tag without commit would tag a commit whose files still say ${plan.previous ?? 'the old version'}; set commit too (or tag only when the version comes from the tag).`,
    );
  }
  if (!options.commit && !options.tag) return;
  await logger.group('Check git', async () => {
    await git.ensureRepository();
    const dirty = await git.changedFiles();
    if (dirty.length > 0) {
      throw new ConfigurationError(
        `The working tree has changes that are not part of this release, which the release commit must not pick up or leave behind:\n${dirty.map((l) => `  ${l}`).join('\n')}\nCommit or stash them first.`,
      );
    }
    if (!options.tag) return;
    for (const tag of plan.tags) {
      if (await git.tagExists(tag)) {
        throw new ConfigurationError(
          `The tag ${tag} already exists; ${plan.next} has been released. Set a higher version (or delete the tag if it was a mistake: git tag -d ${tag}).`,
        );
      }
      if (options.push && (await git.remoteTagExists(tag))) {
        throw new ConfigurationError(
          `The tag ${tag} already exists on origin; ${plan.next} has been released. Fetch the tags (git fetch --tags) and set a higher version.`,
        );
      }
    }
  });
}

// Writes every file, then proves the result with the check validate-versions runs; any new error
// restores every file before it is thrown.
async function writeAndCheck(
  repo: Repository,
  plan: VersionPlan,
  path: string,
  deps: SetVersionDeps,
): Promise<AppliedEdits> {
  const { logger } = deps;
  const before = checkConsistency(repo, {});
  return logger.group('Write the files', async () => {
    const written = applyEdits(path, plan.edits, deps.io ?? nodeIo);
    try {
      const after = readRepository(path);
      const checked = checkConsistency(after, { tag: plan.tag });
      const changed = new Set(plan.packages.map((p) => canonicalizeName(p.name)));
      const errors = newErrors(before.findings, checked.findings, changed);
      if (errors.length > 0) {
        throw new ConfigurationError(
          `After writing ${plan.next}, the check still finds ${errors.length} problem(s); the files were restored. The first: ${errors[0].message}`,
          { file: errors[0].file, line: errors[0].line, column: errors[0].column },
        );
      }
      for (const f of checked.findings.filter((f) => f.level !== 'notice' && !errors.includes(f))) {
        logger.warning(`${f.message} (not caused by this change)`, { file: f.file, line: f.line });
      }
    } catch (error) {
      written.restore();
      throw error;
    }
    logger.info(`Wrote ${written.files.length} file(s): ${written.files.join(', ') || '(none)'}`);
    return written;
  });
}

// The release commit of the changed files; a failed commit restores them.
async function commitRelease(
  git: Git,
  plan: VersionPlan,
  changedFiles: string[],
  applied: AppliedEdits,
  logger: Logger,
): Promise<string> {
  const sha = await logger.group('Commit', async () => {
    try {
      return await git.commit(changedFiles, plan.commitMessage);
    } catch (error) {
      applied.restore();
      throw new ConfigurationError(`${errorMessage(error)} The files were restored.`);
    }
  });
  logger.info(`Committed ${sha}: ${plan.commitMessage}`);
  return sha;
}

async function tagRelease(git: Git, plan: VersionPlan, logger: Logger): Promise<void> {
  await logger.group('Tag', async () => {
    for (const tag of plan.tags) {
      await git.tag(tag, `Release ${tag}`);
      logger.info(`Tagged ${tag}`);
    }
  });
}

// Pushes `refs` atomically; false when there is nothing to push.
async function pushRelease(git: Git, refs: string[], logger: Logger): Promise<boolean> {
  if (refs.length === 0) {
    logger.notice('Nothing to push: no commit and no tag were made.');
    return false;
  }
  await logger.group('Push', async () => {
    try {
      await git.push(refs);
    } catch (error) {
      throw new ConfigurationError(
        `${errorMessage(error)} The release commit and tag exist locally; push them with: git push --atomic origin ${refs.join(' ')}`,
      );
    }
    logger.info(`Pushed ${refs.join(', ')} to origin`);
  });
  return true;
}
