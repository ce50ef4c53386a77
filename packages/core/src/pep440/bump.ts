/**
 * Computing the next version for `set-version`. Every result is a normalised PEP 440 string that sorts
 * strictly after the current version; a bump that would go backwards, or that no release manager wants,
 * is refused with a ConfigurationError that says what to write instead.
 *
 * Rules, by current version:
 * - final or post release (`1.2.3`, `1.2.3.post1`; a dev release of a post release such as
 *   `1.2.3.post1.dev2` counts as a post release):
 *   `major`/`minor`/`patch` bump that segment and zero the ones after it, keeping the number of release
 *   segments but at least 2 for minor and 3 for patch (`1.2` patch → `1.2.1`); `alpha`/`beta`/`rc`/`dev`
 *   start a pre-release of the next patch (`1.0.0` rc → `1.0.1rc1`); `post` adds or increments `.postN`.
 * - pre-release or dev release of X (`1.0.1rc2`, `1.0.1.dev3`, `1.0.1rc1.dev2`):
 *   `patch` gives X; `minor` gives X when every segment after the minor is 0, `major` when every segment
 *   after the major is 0, otherwise they bump as from a final; the same phase increments (`rc1` → `rc2`),
 *   a later phase starts at the first number (`a2` → `b1`), an earlier one is refused; a dev release of a
 *   pre-release finalises to it (`rc1.dev3` rc → `rc1`); `dev` increments `.devN` or starts the next
 *   pre-release's dev series (`rc1` → `rc2.dev1`); `release` gives X; `post` is refused.
 * - pre-release, dev and post numbers: new series start at `firstPrereleaseNumber` (default 1, as uv and
 *   python-semantic-release do; hatch, poetry and commitizen start at 0) for a/b/rc and dev; a new post
 *   series always starts at `.post1`.
 * - Epochs are kept. Local versions (`+label`) are refused: PyPI rejects them.
 */

import { ConfigurationError } from '../errors/index.js';
import { coerceVersion, formatVersion, type PreReleasePhase, type Version } from './version.js';

/** Every bump `bumpVersion` understands, in the order documentation lists them. */
export const BUMP_SPECS = [
  'major',
  'minor',
  'patch',
  'alpha',
  'beta',
  'rc',
  'post',
  'dev',
  'release',
] as const;

/** One bump: a release segment, a pre-release phase, a post or dev release, or finalising (`release`). */
export type BumpSpec = (typeof BUMP_SPECS)[number];

/** Options of `bumpVersion`. */
export interface BumpOptions {
  /** Number of the first alpha/beta/rc and of the first dev release in a new series (default 1). */
  firstPrereleaseNumber?: number;
}

/** True when `text` names a bump (`major`, `rc`, …). */
export function isBumpSpec(text: string): text is BumpSpec {
  return (BUMP_SPECS as readonly string[]).includes(text);
}

const PHASES: Readonly<Record<'alpha' | 'beta' | 'rc', PreReleasePhase>> = {
  alpha: 'a',
  beta: 'b',
  rc: 'rc',
};
const PHASE_ORDER: Readonly<Record<PreReleasePhase, number>> = { a: 0, b: 1, rc: 2 };
const PHASE_NAMES: Readonly<Record<PreReleasePhase, string>> = { a: 'alpha', b: 'beta', rc: 'rc' };
const SEGMENT_INDEX = { major: 0, minor: 1, patch: 2 } as const;

/** The release `v` leads up to, when `v` is a pre-release or dev release of it (not a dev of a post). */
function isLeadingUpTo(v: Version): boolean {
  return v.pre !== undefined || (v.dev !== undefined && v.post === undefined);
}

function bumpSegment(release: readonly number[], index: number): number[] {
  const next = [...release];
  while (next.length <= index) next.push(0);
  next[index]! += 1;
  for (let i = index + 1; i < next.length; i++) next[i] = 0;
  return next;
}

function hasShape(release: readonly number[], index: number): boolean {
  // `patch` always finalises a pre-release of X to X, whatever X's last segments are.
  if (index === 2) return true;
  return release.slice(index + 1).every((n) => n === 0);
}

function bumpError(current: Version, spec: BumpSpec, why: string): ConfigurationError {
  return new ConfigurationError(
    `cannot bump ${JSON.stringify(formatVersion(current))} with "${spec}": ${why}`,
  );
}

function bumpPhase(v: Version, spec: 'alpha' | 'beta' | 'rc', first: number): Version {
  const phase = PHASES[spec];
  const base: Version = { epoch: v.epoch, release: v.release };
  if (v.pre === undefined) {
    // A dev release of X (`1.0.1.dev2`) already leads up to X; a final or post release leads to the next patch.
    if (v.dev !== undefined && v.post === undefined) return { ...base, pre: [phase, first] };
    return { ...base, release: bumpSegment(v.release, 2), pre: [phase, first] };
  }
  const [currentPhase, number] = v.pre;
  if (PHASE_ORDER[phase] < PHASE_ORDER[currentPhase]) {
    const nextPatch = formatVersion({ ...base, release: bumpSegment(v.release, 2), pre: [phase, first] });
    throw bumpError(
      v,
      spec,
      `${spec} comes before ${PHASE_NAMES[currentPhase]}, so the version would go backwards; to start ` +
        `${spec} releases of the next version, bump "patch" then "${spec}" or set the version explicitly ` +
        `(e.g. "${nextPatch}")`,
    );
  }
  if (phase !== currentPhase) return { ...base, pre: [phase, first] };
  // `1.0.1rc1.dev3` rc → `1.0.1rc1`: the dev release was a preview of that very pre-release.
  if (v.dev !== undefined && v.post === undefined) return { ...base, pre: [phase, number] };
  return { ...base, pre: [phase, number + 1] };
}

function bumpParsed(v: Version, spec: BumpSpec, first: number): Version {
  const base: Version = { epoch: v.epoch, release: v.release };
  switch (spec) {
    case 'major':
    case 'minor':
    case 'patch': {
      const index = SEGMENT_INDEX[spec];
      if (isLeadingUpTo(v) && hasShape(v.release, index)) return base;
      return { ...base, release: bumpSegment(v.release, index) };
    }
    case 'alpha':
    case 'beta':
    case 'rc':
      return bumpPhase(v, spec, first);
    case 'post':
      if (isLeadingUpTo(v)) {
        throw bumpError(
          v,
          spec,
          'it is a pre-release; a post-release of a pre-release is valid PEP 440 but never what a release ' +
            'wants: bump "release" to publish the final version, then "post" for fixes to it',
        );
      }
      // `1.0.0.post1.dev2` post → `1.0.0.post1`: the dev release was a preview of that post release.
      if (v.post !== undefined && v.dev !== undefined) return { ...base, post: v.post };
      return { ...base, post: v.post === undefined ? 1 : v.post + 1 };
    case 'dev':
      if (v.dev !== undefined) return { ...withoutDev(v), dev: v.dev + 1 };
      if (v.pre !== undefined) return { ...base, pre: [v.pre[0], v.pre[1] + 1], dev: first };
      return { ...base, release: bumpSegment(v.release, 2), dev: first };
    case 'release':
      if (!isLeadingUpTo(v)) {
        if (v.dev !== undefined) return { ...base, post: v.post };
        throw bumpError(
          v,
          spec,
          'it is already a final release; use "patch", "minor" or "major" for the next one',
        );
      }
      return base;
  }
}

function withoutDev(v: Version): Version {
  const { dev: _dev, ...rest } = v;
  return rest;
}

/**
 * The version after `current` for one bump (see the module comment for the rules), as a normalised
 * string. Throws ConfigurationError for invalid or local versions and for bumps that would go backwards.
 */
export function bumpVersion(current: Version | string, spec: BumpSpec, options: BumpOptions = {}): string {
  if (!isBumpSpec(spec)) {
    throw new ConfigurationError(
      `${JSON.stringify(spec)} is not a version bump; use one of ${BUMP_SPECS.map((s) => `"${s}"`).join(', ')}`,
    );
  }
  const first = options.firstPrereleaseNumber ?? 1;
  if (!Number.isSafeInteger(first) || first < 0) {
    throw new ConfigurationError(
      `first pre-release number ${JSON.stringify(first)} is not valid; write a non-negative integer such as 0 or 1`,
    );
  }
  const version = coerceVersion(current);
  if (version.local?.length) {
    throw bumpError(
      version,
      spec,
      'local versions cannot be released to PyPI (it rejects any "+label"); remove the local label first',
    );
  }
  return formatVersion(bumpParsed(version, spec, first));
}
