/**
 * PEP 440 without dependencies: versions (parse, normal and canonical forms, ordering, attributes),
 * version specifiers, and the bumps `set-version` applies. Semantics follow pypa/packaging, checked
 * against its own test vectors (tests/pep440/conformance.test.ts).
 */

export {
  baseVersion,
  hasLocal,
  isDevrelease,
  isPostrelease,
  isPrerelease,
  publicVersion,
} from './attributes.js';
export { BUMP_SPECS, type BumpOptions, type BumpSpec, bumpVersion, isBumpSpec } from './bump.js';
export { compareVersions, versionsEqual } from './compare.js';
export {
  type ContainsOptions,
  formatSpecifierSet,
  parseSpecifier,
  parseSpecifierSet,
  type Specifier,
  type SpecifierSet,
  specifierContains,
  specifierSetContains,
  tryParseSpecifierSet,
} from './specifier.js';
export {
  canonicalizeVersion,
  formatVersion,
  isNormalized,
  normalizeVersion,
  type PreReleasePhase,
  parseVersion,
  tryParseVersion,
  type Version,
  type VersionParts,
  versionFromParts,
} from './version.js';
