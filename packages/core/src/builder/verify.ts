/**
 * What a build must have produced: exactly the kinds asked for, named for the target's project and
 * carrying the expected version. A wrong version is the classic sign of a setuptools-scm / hatch-vcs
 * project built from a checkout without its tags, which would otherwise be uploaded as `0.1.dev1+g…`.
 */
import { ConfigurationError } from '../errors/index.js';
import { parseDistFilename } from '../index/filenames.js';
import { canonicalizeName } from '../names/index.js';
import { canonicalizeVersion, tryParseVersion } from '../pep440/index.js';

/** A file the frontend wrote, read back from its name. */
export interface ProducedFile {
  filename: string;
  kind: 'sdist' | 'wheel';
  /** The name part as written in the file name. */
  project: string;
  /** The version part as written in the file name. */
  version: string;
}

/** The package a build was for, as messages name it. */
export interface VerifyTarget {
  name: string;
  path: string;
  version?: string;
}

/** `name (path)`, how messages refer to a target. */
export function describeTarget(target: { name: string; path: string }): string {
  return `${target.name} (${target.path === '.' ? 'the repository root' : target.path})`;
}

/**
 * Checks the files one build wrote (file names only) and returns them sdist first; throws
 * ConfigurationError on a missing or extra kind, a foreign project or an unexpected version.
 */
export function verifyProducedFiles(
  target: VerifyTarget,
  filenames: readonly string[],
  wanted: { sdist: boolean; wheel: boolean },
): ProducedFile[] {
  const who = describeTarget(target);
  const produced: ProducedFile[] = [];
  const strangers: string[] = [];
  for (const filename of filenames) {
    const parsed = parseDistFilename(filename, target.name);
    if (parsed) produced.push({ filename, kind: parsed.kind, project: parsed.name, version: parsed.version });
    else strangers.push(filename);
  }
  const count = (kind: 'sdist' | 'wheel') => produced.filter((f) => f.kind === kind).length;
  const expected = [wanted.sdist ? 'one sdist' : '', wanted.wheel ? 'one wheel' : '']
    .filter(Boolean)
    .join(' and ');
  if (
    strangers.length > 0 ||
    count('sdist') !== (wanted.sdist ? 1 : 0) ||
    count('wheel') !== (wanted.wheel ? 1 : 0)
  ) {
    const got = filenames.length === 0 ? 'no files' : filenames.map((f) => `'${f}'`).join(', ');
    throw new ConfigurationError(
      `Building ${who} produced ${got}, but exactly ${expected} were expected. Check the build backend's ` +
        'configuration of that package (it should write one file of each kind asked for).',
    );
  }
  produced.sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'sdist' ? -1 : 1));
  for (const file of produced) {
    if (canonicalizeName(file.project) !== canonicalizeName(target.name)) {
      throw new ConfigurationError(
        `Building ${who} produced '${file.filename}', a distribution of '${file.project}', not of '${target.name}'. ` +
          `The name in [project] of ${manifestOf(target.path)} and the package configured for that path differ; ` +
          'make them the same.',
      );
    }
    if (
      target.version !== undefined &&
      canonicalizeVersion(file.version) !== canonicalizeVersion(target.version)
    ) {
      throw versionMismatch(who, target.version, file);
    }
  }
  return produced;
}

function manifestOf(path: string): string {
  return path === '.' ? 'pyproject.toml' : `${path}/pyproject.toml`;
}

// setuptools-scm's local version schemes: `+g<commit>`, `+g<commit>.d<date>`, `+d<date>` (dirty tree).
const SCM_NODE = /^g[0-9a-f]{4,}$/;
const SCM_DATE = /^d\d{8,14}$/;

function versionMismatch(who: string, expected: string, file: ProducedFile): ConfigurationError {
  const local = tryParseVersion(file.version)?.local?.map(String) ?? [];
  const fromGit = local.length > 0 && local.every((part) => SCM_NODE.test(part) || SCM_DATE.test(part));
  if (fromGit) {
    const dirty = local.some((part) => SCM_DATE.test(part));
    return new ConfigurationError(
      `Building ${who} produced '${file.filename}' with version ${file.version}, but ${expected} was expected. ` +
        `A version like ${file.version} is what setuptools-scm and hatch-vcs derive when they find no tag for ` +
        'the commit being built: the checkout is shallow or lacks tags (actions/checkout fetches one commit and ' +
        `no tags unless told otherwise)${dirty ? ', or the work tree has uncommitted changes (the `+d…` part)' : ''}. ` +
        'Fix: check out with `actions/checkout` and `fetch-depth: 0`, or run `git fetch --tags --unshallow` ' +
        `before building, and make sure the release tag for ${expected} points at the commit being built.`,
    );
  }
  return new ConfigurationError(
    `Building ${who} produced '${file.filename}' with version ${file.version}, but ${expected} was expected. ` +
      'The version the project declares (in its pyproject.toml, or wherever its build backend reads it) is not ' +
      `the release version: set it to ${expected} (set-version does this), or build the commit that has it.`,
  );
}
