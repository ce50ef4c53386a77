/** Which release an index calls "latest", for indexes that only give us a list of versions. */
import { compareVersions, isPrerelease, tryParseVersion } from '../pep440/index.js';

/** A release as far as choosing the latest one is concerned. */
export interface ReleaseSummary {
  version: string;
  yanked?: boolean;
}

/**
 * Warehouse's rule (versions.md §4.1, latest_release_factory): not yanked before yanked, final before
 * pre-release, then the highest PEP 440 version. Versions that do not parse are ignored.
 */
export function latestRelease(releases: readonly ReleaseSummary[]): string | undefined {
  const rank = (r: ReleaseSummary) => [r.yanked ? 1 : 0, isPrerelease(r.version) ? 1 : 0];
  let best: ReleaseSummary | undefined;
  for (const release of releases) {
    if (!tryParseVersion(release.version)) continue;
    if (!best) {
      best = release;
      continue;
    }
    const [by, bp] = rank(best);
    const [ry, rp] = rank(release);
    if (ry !== by ? ry! < by! : rp !== bp ? rp! < bp! : compareVersions(release.version, best.version) > 0) {
      best = release;
    }
  }
  return best?.version;
}
