/**
 * PEP 440 versions: parsing (pypa/packaging's `_VERSION_PATTERN`, character for character), the
 * canonical string form (`str(Version)`), and PyPI's release identity (`canonicalize_version`).
 */

import { ConfigurationError } from '../errors/index.js';
import { PY_WHITESPACE, pyStrip } from './whitespace.js';

/** Pre-release phase in normal form: alpha, beta, release candidate. */
export type PreReleasePhase = 'a' | 'b' | 'rc';

/** A parsed PEP 440 version. Absent segments are `undefined`; `local` holds numbers for all-digit parts. */
export interface Version {
  epoch: number;
  release: number[];
  pre?: [PreReleasePhase, number];
  post?: number;
  dev?: number;
  local?: (string | number)[];
}

/** The components `versionFromParts` accepts (packaging's `Version.from_parts`); `null` means absent. */
export interface VersionParts {
  epoch?: number | null;
  release: number[];
  pre?: [string, number] | null;
  post?: number | null;
  dev?: number | null;
  local?: string | null;
}

// The `i` flag without `u` is deliberate: with `u`, case folding would let U+017F (ſ) match `s` and
// U+212A (Kelvin sign) match `k`, while packaging's `(?a:...)` groups accept ASCII letters only.
// JavaScript has no possessive quantifiers; for a full-string match they change nothing here because
// no later part of the pattern can start with what an earlier part gave up.
const VERSION_PATTERN = new RegExp(
  `^${PY_WHITESPACE}*v?` +
    '(?:(?<epoch>[0-9]+)!)?' +
    '(?<release>[0-9]+(?:\\.[0-9]+)*)' +
    '(?<pre>[._-]?(?<preL>alpha|a|beta|b|preview|pre|c|rc)[._-]?(?<preN>[0-9]+)?)?' +
    '(?<post>(?:-(?<postN1>[0-9]+))|(?:[._-]?(?<postL>post|rev|r)[._-]?(?<postN2>[0-9]+)?))?' +
    '(?<dev>[._-]?(?<devL>dev)[._-]?(?<devN>[0-9]+)?)?' +
    '(?:\\+(?<local>[a-z0-9]+(?:[._-][a-z0-9]+)*))?' +
    `${PY_WHITESPACE}*$`,
  'i',
);

const LOCAL_PATTERN = /^[a-z0-9]+(?:[._-][a-z0-9]+)*$/i;

const PRE_SPELLINGS: Readonly<Record<string, PreReleasePhase>> = {
  a: 'a',
  alpha: 'a',
  b: 'b',
  beta: 'b',
  c: 'rc',
  rc: 'rc',
  pre: 'rc',
  preview: 'rc',
};

/** Raised internally for numbers JavaScript cannot hold exactly; becomes a ConfigurationError. */
class UnsafeNumber extends Error {}

// Python ints are unbounded; JS numbers are exact only up to 2^53 - 1. Refusing larger numbers is
// better than silently printing a different version than the user wrote.
function toInt(digits: string): number {
  const value = Number(digits);
  if (!Number.isSafeInteger(value)) throw new UnsafeNumber(digits);
  return value;
}

function parseLocal(local: string): (string | number)[] {
  return local.split(/[._-]/).map((part) => (/^[0-9]+$/.test(part) ? toInt(part) : part.toLowerCase()));
}

function parseOrUndefined(text: string): Version | undefined {
  const m = VERSION_PATTERN.exec(text);
  if (!m?.groups) return undefined;
  const g = m.groups;
  const version: Version = {
    epoch: g.epoch ? toInt(g.epoch) : 0,
    release: g.release!.split('.').map(toInt),
  };
  if (g.preL) version.pre = [PRE_SPELLINGS[g.preL.toLowerCase()]!, g.preN ? toInt(g.preN) : 0];
  // `1.0-1` is the implicit post-release spelling: a number without a letter.
  if (g.post) version.post = toInt(g.postN1 ?? g.postN2 ?? '0');
  if (g.devL) version.dev = g.devN ? toInt(g.devN) : 0;
  if (g.local !== undefined) version.local = parseLocal(g.local);
  return version;
}

function invalidVersionMessage(text: string, reason: string): string {
  // Suggest something built from the user's own release number, so the fix is copy-pasteable.
  const release = /^\s*[vV]?([0-9]+(?:\.[0-9]+)*)/.exec(text)?.[1] ?? '1.0.0';
  return (
    `${JSON.stringify(text)} is not a valid PEP 440 version: ${reason}; ` +
    `write e.g. "${release}", "${release}a1", "${release}rc1" or "${release}.post1"`
  );
}

function explainInvalid(text: string): string {
  const stripped = pyStrip(text);
  if (stripped === '') return 'it is empty';
  if (/[^\x21-\x7e]/.test(stripped)) {
    return 'it contains whitespace or non-ASCII characters (only ASCII digits, letters and . _ - + ! are allowed)';
  }
  if ((stripped.match(/\+/g) ?? []).length > 1) return 'it has more than one "+" (at most one local label)';
  return 'expected [N!]N(.N)*[{a|b|rc}N][.postN][.devN][+local]';
}

/** Parses a PEP 440 version as pip does; throws ConfigurationError (quoting the text) when it is not one. */
export function parseVersion(text: string): Version {
  let version: Version | undefined;
  try {
    version = parseOrUndefined(text);
  } catch (error) {
    if (error instanceof UnsafeNumber) {
      throw new ConfigurationError(
        invalidVersionMessage(
          text,
          `the number ${error.message} is larger than ${Number.MAX_SAFE_INTEGER}, the largest this tool handles exactly`,
        ),
      );
    }
    throw error;
  }
  if (!version) throw new ConfigurationError(invalidVersionMessage(text, explainInvalid(text)));
  return version;
}

/** Like `parseVersion`, but returns `undefined` instead of throwing. */
export function tryParseVersion(text: string): Version | undefined {
  try {
    return parseOrUndefined(text);
  } catch (error) {
    if (error instanceof UnsafeNumber) return undefined;
    throw error;
  }
}

/** A Version as is, or a string parsed with `parseVersion` (throws ConfigurationError when invalid). */
export function coerceVersion(version: Version | string): Version {
  return typeof version === 'string' ? parseVersion(version) : version;
}

/** The canonical string, as packaging's `str(Version)`: `1!2.0rc1.post2.dev3+ubuntu.1`, `0!` omitted. */
export function formatVersion(v: Version): string {
  let out = v.epoch ? `${v.epoch}!` : '';
  out += v.release.join('.');
  if (v.pre !== undefined) out += `${v.pre[0]}${v.pre[1]}`;
  if (v.post !== undefined) out += `.post${v.post}`;
  if (v.dev !== undefined) out += `.dev${v.dev}`;
  if (v.local !== undefined && v.local.length > 0) out += `+${v.local.join('.')}`;
  return out;
}

/** The normal form of a version string (`V1.0-RC.1` → `1.0rc1`); throws ConfigurationError when invalid. */
export function normalizeVersion(text: string): string {
  return formatVersion(parseVersion(text));
}

/** True when `text` is a valid version already written in its normal form; never throws. */
export function isNormalized(text: string): boolean {
  const version = tryParseVersion(text);
  return version !== undefined && formatVersion(version) === text;
}

/** The release segment without trailing zeros, keeping at least one (`[1, 0, 0]` → `[1]`). */
export function trimRelease(release: readonly number[]): number[] {
  let end = release.length;
  while (end > 1 && release[end - 1] === 0) end--;
  return release.slice(0, end);
}

/**
 * packaging.utils.canonicalize_version: the normal form with trailing `.0` release segments removed
 * (`1.0.0` → `1`, `1.4.0.0.0` → `1.4`). PyPI identifies a release by it, so `1.0` and `1.0.0` are the
 * same release. Text that is not a version is returned unchanged, as packaging does.
 */
export function canonicalizeVersion(version: Version | string): string {
  const parsed = typeof version === 'string' ? tryParseVersion(version) : version;
  if (!parsed) return version as string;
  return formatVersion({ ...parsed, release: trimRelease(parsed.release) });
}

function partsError(what: string, value: unknown, expected: string): ConfigurationError {
  return new ConfigurationError(`${what} ${JSON.stringify(value)} is not valid: ${expected}`);
}

function checkCount(what: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    throw partsError(what, value, 'write a non-negative integer such as 0 or 1');
  }
  return value;
}

/** Builds a version from its components (packaging's `Version.from_parts`), normalising the pre-release spelling. */
export function versionFromParts(parts: VersionParts): Version {
  const release = parts.release;
  if (!Array.isArray(release) || release.length === 0) {
    throw partsError('release', release, 'write a non-empty list of non-negative integers such as [1, 0, 0]');
  }
  const version: Version = {
    epoch: parts.epoch == null ? 0 : checkCount('epoch', parts.epoch),
    release: release.map((n) => checkCount('release segment', n)),
  };
  if (parts.pre != null) {
    const [letter, number] = parts.pre;
    const phase = typeof letter === 'string' ? PRE_SPELLINGS[letter.toLowerCase()] : undefined;
    if (!phase) throw partsError('pre-release phase', letter, 'write "a", "b" or "rc"');
    version.pre = [phase, checkCount('pre-release number', number)];
  }
  if (parts.post != null) version.post = checkCount('post-release number', parts.post);
  if (parts.dev != null) version.dev = checkCount('dev-release number', parts.dev);
  if (parts.local != null) {
    if (typeof parts.local !== 'string' || !LOCAL_PATTERN.test(parts.local)) {
      throw partsError(
        'local label',
        parts.local,
        'write ASCII letters and digits separated by ".", e.g. "ubuntu.1"',
      );
    }
    try {
      version.local = parseLocal(parts.local);
    } catch (error) {
      if (error instanceof UnsafeNumber) {
        throw partsError('local label', parts.local, `numbers must be at most ${Number.MAX_SAFE_INTEGER}`);
      }
      throw error;
    }
  }
  return version;
}
