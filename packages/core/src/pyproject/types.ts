/** The model of a Python repository as otai-release reads it: packages and where their versions live. */

/** What kind of place holds a version string. */
export type LocationKind =
  | 'project' // [project].version
  | 'poetry' // [tool.poetry].version
  | 'hatch' // [tool.hatch.version] path (regex source) or hatch.toml [version]
  | 'setuptools-attr' // [tool.setuptools.dynamic] version = {attr}
  | 'setuptools-file' // [tool.setuptools.dynamic] version = {file}
  | 'setup-cfg' // setup.cfg [metadata] version (literal, attr:, file:)
  | 'flit' // flit's __version__ in the module
  | 'pdm' // [tool.pdm.version] source = "file"
  | 'bumpversion' // [tool.bumpversion] current_version, .bumpversion.toml/.cfg
  | 'commitizen' // [tool.commitizen] version
  | 'module' // __version__ in __init__.py, _version.py, __about__.py, version.py
  | 'cargo' // Cargo.toml [package].version or [workspace.package].version (maturin; SemVer text)
  | 'version-file' // a VERSION file
  | 'configured'; // a file listed in [tool.otai-release] version-files

/** A stretch of text in a repository file: where to annotate it and exactly which characters to rewrite. */
export interface FileSpan {
  /** Repository-relative path with forward slashes. */
  file: string;
  line: number;
  column: number;
  /** Offsets (string indices) of the text in the file; a writer replaces exactly [start, end). */
  start: number;
  end: number;
}

/** One place a version string is written, with the exact span a rewrite replaces. */
export interface VersionLocation extends FileSpan {
  kind: LocationKind;
  /** What the place is, for people: `[project].version`, `__version__ (hatch path)`. */
  label: string;
  /** The version exactly as written there. */
  raw: string;
  /** True for the location the build backend reads the version from. */
  source: boolean;
}

/** A version that no file holds: the build backend derives it from the git tag. */
export interface TagDerivedVersion {
  tool: string;
  file: string;
  line: number;
}

/** A requirement on another package of the same repository (a pin a lockstep bump must keep true). */
export interface InternalPin extends FileSpan {
  /** The requirement string as written (`otai-core>=1.0,<2`); the span is its specifier part. */
  raw: string;
  /** The depended-on package's name as written. */
  name: string;
  /** The version specifier part (`>=1.0,<2`), '' when unpinned or invalid. */
  specifier: string;
  /**
   * packaging's error when the requirement is not a valid dependency specifier (PEP 508); the span
   * is then empty, at the start of the requirement.
   */
  problem?: string;
  /** Where the pin is declared: `[project].dependencies`, `[project.optional-dependencies].docs`. */
  label: string;
}

/** One publishable Python package of the repository. */
export interface PythonPackage {
  /** The project name as declared. */
  name: string;
  /** Repository-relative directory ('.' for the root), forward slashes. */
  path: string;
  /** Repository-relative path of its pyproject.toml (or setup.cfg when there is no pyproject). */
  manifest: string;
  /** `[build-system] build-backend`, when declared. */
  backend?: string;
  /** Every place its version is written; the first is the one the backend reads, when any. */
  locations: VersionLocation[];
  /** Set when the version comes from the git tag instead of a file. */
  tagDerived?: TagDerivedVersion;
  /** Requirements of this package on other packages of the repository (filled after discovery). */
  pins: InternalPin[];
  /** All declared requirements' names, canonicalised, with their pins (to find internal ones). */
  requirements: InternalPin[];
  /** The tag format for this package (`v{version}`): the one new tags are made with. */
  tagFormat: string;
  /** Why discovery took it for a released package (absent when listed in [tool.otai-release] packages). */
  evidence?: string;
  /** Every format a given tag may have, `tagFormat` first; more than one only when none is configured. */
  acceptedTagFormats: readonly string[];
}
