/** What a consistency check reports: findings with positions, and one report per package. */
import type { SourcePosition } from '../errors/index.js';

/** Stable codes of findings, for the JSON output and for tests. */
export type FindingCode =
  | 'invalid-version'
  | 'local-version'
  | 'not-normalized'
  | 'version-mismatch'
  | 'pin-excludes-version'
  | 'invalid-pin'
  | 'tag-format-mismatch'
  | 'tag-version-mismatch'
  | 'version-unknown'
  | 'unreadable-version'
  | 'policy-inferred'
  | 'policy-hint'
  | 'index-released'
  | 'index-partial'
  | 'index-unreachable';

/** One problem (error), risk (warning) or hint (notice), at a position when there is one. */
export interface VersionFinding extends SourcePosition {
  level: 'error' | 'warning' | 'notice';
  code: FindingCode;
  message: string;
  /** The package it concerns, when it concerns one. */
  package?: string;
}

/** One version location as reported. */
export interface LocationReport {
  label: string;
  file: string;
  line: number;
  raw: string;
  /** The normal form, when `raw` is a valid version. */
  normalized?: string;
  source: boolean;
}

/** The state of one package on the index (filled by the index check). */
export type IndexState =
  'new-project' | 'version-free' | 'released' | 'partial' | 'unreachable' | 'not-checked';

/** Everything the check found about one package. */
export interface PackageReport {
  name: string;
  path: string;
  manifest: string;
  /** The package's version as its files say (normal form); undefined when it comes from a tag that was not given. */
  version?: string;
  /**
   * The version this release requires of the package (the lockstep version, or its tag's), where one
   * is known; differs from `version` only when the check reports a mismatch.
   */
  expected?: string;
  /** The tag this version is released under. */
  tag?: string;
  tagFormat: string;
  /** Set when the version comes from the git tag (setuptools-scm, hatch-vcs, …). */
  fromTag?: string;
  isPrerelease: boolean;
  locations: LocationReport[];
  index: { state: IndexState; detail?: string; url?: string };
}

/** The outcome of checking a repository. */
export interface ConsistencyResult {
  policy: 'lockstep' | 'independent';
  /** The release version (lockstep: the one version; independent: the tag's package's). */
  version?: string;
  tag?: string;
  isPrerelease: boolean;
  packages: PackageReport[];
  /** In independent mode with a tag, the package that tag releases. */
  selected?: string;
  findings: VersionFinding[];
}
