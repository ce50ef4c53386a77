/**
 * The release's flags: whether it is a pre-release (PEP 440, never SemVer: `1.2.0rc1` and `1.2.0.dev3`
 * are, `1.2.0.post1` is not) and whether it becomes the repository's latest release.
 */
import { compareVersions, isPrerelease } from '../pep440/index.js';
import { readTagVersion, versionUnderFormat } from './tag-version.js';

/** `auto` or a fixed answer, as the prerelease and make-latest inputs take them. */
export type AutoFlag = 'auto' | boolean;

/** The prerelease flag: `auto` asks PEP 440; a tag with no version is not a pre-release. */
export function decidePrerelease(setting: AutoFlag, version: string | undefined): boolean {
  if (setting !== 'auto') return setting;
  return version !== undefined && isPrerelease(version);
}

/** The current latest release, as far as the decision needs it. */
export interface LatestRelease {
  id: number;
  tag_name: string;
}

/** Whether the release becomes latest, and why (shown in the log, the summary and the dry run). */
export interface LatestDecision {
  latest: boolean;
  reason: string;
}

/**
 * make-latest: a fixed answer is kept (GitHub itself refuses to make a draft or pre-release latest, so
 * `true` for those is reported as not latest). `auto`: never a draft or pre-release, and never a
 * version lower than the current latest release of the same tag format — a backport of 1.2.5 published
 * after 1.3.0 must not take "latest" from 1.3.0. A latest release of another tag format (another
 * package of a monorepo) has no version to compare with, so the new release takes over, as GitHub would.
 */
export function decideLatest(
  setting: AutoFlag,
  release: { tag: string; draft: boolean; prerelease: boolean; id?: number },
  current: LatestRelease | undefined,
): LatestDecision {
  if (release.draft) return { latest: false, reason: 'a draft cannot be the latest release' };
  if (release.prerelease) return { latest: false, reason: 'a pre-release cannot be the latest release' };
  if (setting === true) return { latest: true, reason: 'make-latest: true' };
  if (setting === false) return { latest: false, reason: 'make-latest: false' };
  if (!current) return { latest: true, reason: 'the repository has no latest release yet' };
  if (current.id === release.id) return { latest: true, reason: 'it is already the latest release' };
  const ours = readTagVersion(release.tag);
  const theirs = ours && versionUnderFormat(ours.format, current.tag_name);
  if (!ours || theirs === undefined) {
    return {
      latest: true,
      reason: `the latest release ${current.tag_name} has another tag format, so the newest release is latest`,
    };
  }
  if (compareVersions(ours.version, theirs) < 0) {
    return {
      latest: false,
      reason: `${ours.version} is lower than the latest release ${current.tag_name} (a backport stays behind it)`,
    };
  }
  return { latest: true, reason: `${ours.version} is not lower than the latest release ${current.tag_name}` };
}
