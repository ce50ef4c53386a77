/**
 * PEP 440 version specifiers (`>=1.0,<2.0`, `==1.2.*`, `~=1.4.5`, `===1.0`), with the syntax and the
 * matching rules of packaging.specifiers. Used to check that pins between a monorepo's own packages
 * (`autogen-core==0.7.5`, `opentelemetry-api == 1.45.0.dev`) admit the version being released.
 */

import { ConfigurationError } from '../errors/index.js';
import { isPrerelease, publicVersion } from './attributes.js';
import { compareVersions } from './compare.js';
import { formatVersion, parseVersion, tryParseVersion, type Version } from './version.js';
import { PY_WHITESPACE, pyStrip } from './whitespace.js';

/** One clause of a specifier set: `operator` as written (`==`, `~=`, …), `version` after it, `raw` the whole clause. */
export interface Specifier {
  operator: string;
  version: string;
  raw: string;
}

/** A comma-separated list of specifiers; a version must satisfy all of them. Empty admits everything. */
export type SpecifierSet = Specifier[];

/** Options of `specifierContains` / `specifierSetContains`. */
export interface ContainsOptions {
  /**
   * Whether pre-releases (including dev releases) may match. Default `true`: a release manager who asks
   * "does this pin admit 1.0.1rc1?" has explicitly requested that pre-release. packaging's own default
   * (`None`) gives the same answer for a single candidate, since no final release competes with it.
   */
  prereleases?: boolean;
}

const WS = PY_WHITESPACE;
const EPOCH = '(?:[0-9]+!)?';
const RELEASE = '[0-9]+(?:\\.[0-9]+)*';
const PRE = '(?:[-_.]?(?:alpha|beta|preview|pre|a|b|c|rc)[-_.]?[0-9]*)?';
const POST = '(?:(?:-[0-9]+)|(?:[-_.]?(?:post|rev|r)[-_.]?[0-9]*))?';
const DEV = '(?:[-_.]?dev[-_.]?[0-9]*)?';
const LOCAL = '(?:\\+[a-z0-9]+(?:[-_.][a-z0-9]+)*)?';

// packaging's `Specifier._specifier_regex_str`, one alternative per operator family.
const SPECIFIER_PATTERN = new RegExp(
  `^${WS}*(?:` +
    // `===` compares strings: anything but whitespace, `;` (markers) and `)` (parenthesised specs).
    `(?:===${WS}*(?:(?!${WS})[^;)])*)` +
    `|(?:(?:==|!=)${WS}*v?${EPOCH}${RELEASE}(?:\\.\\*|${PRE}${POST}${DEV}${LOCAL})?)` +
    `|(?:~=${WS}*v?${EPOCH}[0-9]+(?:\\.[0-9]+)+${PRE}${POST}${DEV})` +
    `|(?:(?:<=|>=|<|>)${WS}*v?${EPOCH}${RELEASE}${PRE}${POST}${DEV})` +
    `)${WS}*$`,
  'i',
);

const EXAMPLES = 'write e.g. ">=1.0", "==1.2.*", "~=1.4.5", "!=1.3" or ">=4.1.0,<5.0.0"';

function explainInvalid(clause: string): string {
  const operator = /^(===|~=|==|!=|<=|>=|<|>)/.exec(clause)?.[1];
  if (!operator) {
    if (/^(=>|=<|=)[^=]/.test(clause))
      return 'the operator is misspelt (PEP 440 has ==, !=, <=, >=, <, >, ~= and ===)';
    return 'it does not start with an operator (==, !=, <=, >=, <, >, ~= or ===)';
  }
  const version = pyStrip(clause.slice(operator.length));
  const equality = operator === '==' || operator === '!=';
  if (version.endsWith('.*')) {
    if (!equality) return `".*" is only allowed after == and !=, not after ${operator}`;
    if (/^[vV]?([0-9]+!)?[0-9]+(\.[0-9]+)*\.\*$/.test(version) === false) {
      return '".*" must follow the release numbers directly (==1.2.*), without pre, post, dev or local parts';
    }
  }
  if (!equality && version.includes('+')) {
    return `a local label ("+…") is only allowed after == and !=, not after ${operator}`;
  }
  if (operator === '~=' && /^[vV]?([0-9]+!)?[0-9]+([^.0-9]|$)/.test(version)) {
    return '~= needs a release with at least two segments (~=1.4 means >=1.4,==1.*)';
  }
  return `${JSON.stringify(version)} is not a valid PEP 440 version for ${operator}`;
}

function parseClause(clause: string): Specifier | undefined {
  if (!SPECIFIER_PATTERN.test(clause)) return undefined;
  const raw = pyStrip(clause);
  const operator = /^(===|~=|==|!=|<=|>=|<|>)/.exec(raw)![1]!;
  return { operator, version: pyStrip(raw.slice(operator.length)), raw };
}

function invalidSpecifier(clause: string, setText: string): ConfigurationError {
  const where = pyStrip(clause) === pyStrip(setText) ? '' : ` (in ${JSON.stringify(setText)})`;
  return new ConfigurationError(
    `${JSON.stringify(pyStrip(clause))} is not a valid PEP 440 version specifier${where}: ` +
      `${explainInvalid(pyStrip(clause))}; ${EXAMPLES}`,
  );
}

/** Parses one clause such as `>=1.0` or `== 1.45.0.dev`; throws ConfigurationError when it is not one. */
export function parseSpecifier(text: string): Specifier {
  const spec = parseClause(text);
  if (!spec) throw invalidSpecifier(text, text);
  return spec;
}

/** Parses `>=1.0,<2.0` (spaces allowed, empty clauses skipped as packaging does); throws ConfigurationError. */
export function parseSpecifierSet(text: string): SpecifierSet {
  const set: SpecifierSet = [];
  for (const clause of text.split(',')) {
    if (pyStrip(clause) === '') continue;
    const spec = parseClause(clause);
    if (!spec) throw invalidSpecifier(clause, text);
    set.push(spec);
  }
  return set;
}

/** Like `parseSpecifierSet`, but returns `undefined` instead of throwing. */
export function tryParseSpecifierSet(text: string): SpecifierSet | undefined {
  try {
    return parseSpecifierSet(text);
  } catch (error) {
    if (error instanceof ConfigurationError) return undefined;
    throw error;
  }
}

/** The set written back in packaging's `str()` form: clauses without spaces, joined by `,`. */
export function formatSpecifierSet(set: SpecifierSet): string {
  return set.map((spec) => `${spec.operator}${spec.version}`).join(',');
}

function withoutLocal(v: Version): Version {
  const { local: _local, ...rest } = v;
  return rest;
}

/** `==E!R.*`: same epoch, and the candidate's release, zero-padded, starts with R. Local labels are ignored. */
function matchesPrefix(candidate: Version, prefix: Version): boolean {
  if (candidate.epoch !== prefix.epoch) return false;
  return prefix.release.every((n, i) => (candidate.release[i] ?? 0) === n);
}

function matchesEqual(candidate: Version, specVersion: string): boolean {
  if (specVersion.endsWith('.*')) return matchesPrefix(candidate, parseVersion(specVersion.slice(0, -2)));
  const spec = parseVersion(specVersion);
  // A specifier without a local label matches every local build of that version.
  const subject = spec.local?.length ? candidate : withoutLocal(candidate);
  return compareVersions(subject, spec) === 0;
}

function matchesCompatible(candidate: Version, spec: Version): boolean {
  // ~=V.N means >=V.N,==V.*; the prefix comes from the parsed release, so odd spellings such as
  // `~=v1.4` or `~=1.4.5.POST1` behave like their normal forms (packaging's string splitting does not).
  const prefix: Version = { epoch: spec.epoch, release: spec.release.slice(0, -1) };
  return compareVersions(withoutLocal(candidate), spec) >= 0 && matchesPrefix(candidate, prefix);
}

function matchesLessThan(candidate: Version, spec: Version): boolean {
  if (compareVersions(candidate, spec) >= 0) return false;
  // PEP 440: <V must not admit a pre-release of V unless V is itself a pre-release (<1.7 excludes 1.7rc1).
  if (!isPrerelease(spec) && isPrerelease(candidate)) {
    const earliestOfSpec: Version = { ...withoutLocal(spec), dev: 0 };
    if (compareVersions(candidate, earliestOfSpec) >= 0) return false;
  }
  return true;
}

function matchesGreaterThan(candidate: Version, spec: Version): boolean {
  if (compareVersions(candidate, spec) <= 0) return false;
  // PEP 440: >V must not admit a post-release of V unless V is itself one (>1.7 excludes 1.7.post1) …
  if (spec.post === undefined && candidate.post !== undefined) {
    const { post: _post, dev: _dev, local: _local, ...postBase } = candidate;
    if (compareVersions(postBase, spec) === 0) return false;
  }
  // … nor a local build of V (>1.0a1 excludes 1.0a1+local but admits 1.0a2+local).
  if (candidate.local?.length && compareVersions(withoutLocal(candidate), spec) === 0) return false;
  return true;
}

function matches(spec: Specifier, candidate: Version | undefined, candidateText: string): boolean {
  if (spec.operator === '===') return candidateText.toLowerCase() === spec.version.toLowerCase();
  if (!candidate) return false;
  switch (spec.operator) {
    case '==':
      return matchesEqual(candidate, spec.version);
    case '!=':
      return !matchesEqual(candidate, spec.version);
    case '~=':
      return matchesCompatible(candidate, parseVersion(spec.version));
    case '<=':
      return compareVersions(publicVersion(candidate), spec.version) <= 0;
    case '>=':
      return compareVersions(publicVersion(candidate), spec.version) >= 0;
    case '<':
      return matchesLessThan(candidate, parseVersion(spec.version));
    case '>':
      return matchesGreaterThan(candidate, parseVersion(spec.version));
    default:
      throw new ConfigurationError(
        `${JSON.stringify(spec.raw)} has an unknown operator ${JSON.stringify(spec.operator)}; ${EXAMPLES}`,
      );
  }
}

function candidateOf(version: Version | string): [Version | undefined, string] {
  // `===` compares the text as written, so keep the caller's string rather than its normal form.
  if (typeof version === 'string') return [tryParseVersion(version), version];
  return [version, formatVersion(version)];
}

/** Whether one specifier admits `version`. Text that is not a version matches only `===` with the same text. */
export function specifierContains(
  spec: Specifier,
  version: Version | string,
  options: ContainsOptions = {},
): boolean {
  return specifierSetContains([spec], version, options);
}

/**
 * Whether every clause of `set` admits `version` (packaging's `SpecifierSet.contains`). `set` may be
 * given as text. Pre-releases are admitted unless `prereleases: false`; see ContainsOptions.
 */
export function specifierSetContains(
  set: SpecifierSet | string,
  version: Version | string,
  options: ContainsOptions = {},
): boolean {
  const specs = typeof set === 'string' ? parseSpecifierSet(set) : set;
  const [candidate, text] = candidateOf(version);
  if (options.prereleases === false && candidate && isPrerelease(candidate)) return false;
  return specs.every((spec) => matches(spec, candidate, text));
}
