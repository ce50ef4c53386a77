/**
 * The version a release tag carries and the tag format it was written in (`hf-local-v1.2.0` →
 * `hf-local-v{version}`, 1.2.0), so that the previous release is looked for among tags of the same
 * format: in a monorepo with per-package tags, `hf-local-v1.2.0` follows `hf-local-v1.1.0`, not `v1.2.0`.
 */
import { compareVersions, isPrerelease, normalizeVersion, tryParseVersion } from '../pep440/index.js';
import { versionFromTag } from '../pyproject/index.js';

/** A tag read as a format and a PEP 440 version. */
export interface TagVersion {
  tag: string;
  /** The tag with its version replaced by `{version}`. */
  format: string;
  /** The version in normal form. */
  version: string;
}

/**
 * Reads a tag: the version is the tail that starts at the first digit that begins a run of digits and
 * parses as PEP 440 to the end (`pkg2-v1.0`: not `2-v1.0`, but `1.0`). Undefined for tags with no
 * version (`nightly`).
 */
export function readTagVersion(tag: string): TagVersion | undefined {
  for (let i = 0; i < tag.length; i++) {
    if (!/\d/.test(tag[i]) || (i > 0 && /\d/.test(tag[i - 1]))) continue;
    const tail = tag.slice(i);
    if (tryParseVersion(tail)) {
      return { tag, format: `${tag.slice(0, i)}{version}`, version: normalizeVersion(tail) };
    }
  }
  return undefined;
}

/** The version `tag` carries under `format`, in normal form; undefined when it has another format. */
export function versionUnderFormat(format: string, tag: string): string | undefined {
  const text = versionFromTag(format, tag, '');
  // `{version}` alone fits every tag, including `v1.0` (PEP 440 allows the v): a prefix is not a version.
  if (text === undefined || !/^\d/.test(text) || !tryParseVersion(text)) return undefined;
  return normalizeVersion(text);
}

/**
 * The tag a release is compared with for generated notes: among `tags`, those of the same format with a
 * lower version; the highest of them. A final release skips pre-releases (1.2.0's notes cover everything
 * since 1.1.0, not since 1.2.0rc2); a pre-release takes any lower version. Undefined when there is none.
 */
export function previousTag(current: TagVersion, tags: readonly string[]): string | undefined {
  const finalOnly = !isPrerelease(current.version);
  let best: { tag: string; version: string } | undefined;
  for (const tag of tags) {
    const version = versionUnderFormat(current.format, tag);
    if (version === undefined || compareVersions(version, current.version) >= 0) continue;
    if (finalOnly && isPrerelease(version)) continue;
    if (!best || compareVersions(version, best.version) > 0) best = { tag, version };
  }
  return best?.tag;
}

/** The literal text before `{version}`, for asking GitHub only for the tags that start with it. */
export function formatPrefix(format: string): string {
  return format.slice(0, format.indexOf('{version}'));
}
