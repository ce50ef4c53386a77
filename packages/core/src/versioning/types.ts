/** The shape of a planned version change: what changes, where, byte for byte. */

/** What a replacement rewrites: a version location, a pin on one of the repo's packages, or a changelog. */
export type ReplacementKind = 'version' | 'pin' | 'changelog';

/** One span of a file replaced by new text; `old` is exactly what the plan saw in [start, end). */
export interface Replacement {
  kind: ReplacementKind;
  /** What the place is, for people: `[project].version`, `otai-hf-local==1.4.0 ([project].dependencies)`. */
  label: string;
  /** The package whose version location or pin it is, when it belongs to one. */
  package?: string;
  line: number;
  column: number;
  /** String offsets in the file's original text. */
  start: number;
  end: number;
  old: string;
  new: string;
}

/** Every change to one file: its text before and after, and the spans that differ. */
export interface FileEdit {
  /** Repository-relative path with forward slashes. */
  file: string;
  original: string;
  updated: string;
  /** In file order, non-overlapping. */
  replacements: Replacement[];
}

/** The version change of one package. */
export interface PackageChange {
  name: string;
  path: string;
  /** The version before (normal form); undefined for a first release of a tag-derived package. */
  previous?: string;
  next: string;
  tag: string;
  /** Set when the version comes from the git tag (the tool's name): no file holds it. */
  fromTag?: string;
}

/** Everything `set-version` will do, computed without touching the disk or git. */
export interface VersionPlan {
  policy: 'lockstep' | 'independent';
  /** The version before (the highest of the locations' versions when they disagreed). */
  previous?: string;
  /** The new version in PEP 440 normal form. */
  next: string;
  /** The release tag (lockstep with per-package tag formats: the first package's). */
  tag: string;
  /** Every distinct tag of the changed packages, in release order; `tag` is the first. */
  tags: string[];
  packages: PackageChange[];
  edits: FileEdit[];
  /** Things worth telling the user (normalised spelling, disagreeing locations, changelog left alone). */
  notices: string[];
  /** The conventional commit message for the release commit. */
  commitMessage: string;
}
