/** Setting versions: plan every byte that changes, write all files or none, commit, tag and push. */
export { type AppliedEdits, applyEdits, type FileIo, nodeIo } from './apply.js';
export { changelogReplacements, changelogSection } from './changelog.js';
export { diffLines, planDiff, unifiedDiff } from './diff.js';
export {
  BOT_IDENTITY,
  basicAuthHeader,
  execGit,
  Git,
  GIT_TOKEN_USERNAME,
  type GitAuth,
  type GitResult,
  type GitRunner,
} from './git.js';
export { type GitStepNames, type GitSteps, gitStepsProblem } from './git-steps.js';
export { pinReplacements } from './pins.js';
export { type PlanOptions, planVersionChange } from './plan.js';
export {
  type SetVersionDeps,
  type SetVersionOptions,
  type SetVersionResult,
  setVersion,
} from './set-version.js';
export type { FileEdit, PackageChange, Replacement, ReplacementKind, VersionPlan } from './types.js';
