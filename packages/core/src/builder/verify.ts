/**
 * What a build must have produced: exactly the kinds asked for, named for the target's project and
 * carrying the expected version. A wrong version from a package that takes it from a git tag is
 * explained by its cause (fallback.ts): a version plugin that did not run, a checkout without tags,
 * a commit after the tag, uncommitted changes; otherwise it would be uploaded as `0.1.dev1+g…`.
 */
import { ConfigurationError } from '../errors/index.js';
import { parseDistFilename } from '../package-index/filenames.js';
import { canonicalizeName } from '../names/index.js';
import { canonicalizeVersion } from '../pep440/index.js';
import type { TagDerivedVersion } from '../pyproject/types.js';
import { explainFallback, type FallbackContext, fallbackShape } from './fallback.js';

/** A file the frontend wrote, read back from its name. */
export interface ProducedFile {
  filename: string;
  kind: 'sdist' | 'wheel';
  /** The name part as written in the file name. */
  project: string;
  /** The version part as written in the file name. */
  version: string;
}

/** A release tag on the commit being built and the version it gives the package. */
export interface TagVersion {
  tag: string;
  version: string;
}

/** The package a build was for, as messages name it. */
export interface VerifyTarget {
  name: string;
  path: string;
  version?: string;
  /** Set when the backend derives the version from a git tag (setuptools-scm, hatch-vcs, …). */
  versionPlugin?: TagDerivedVersion;
  /** Release tags on the commit being built; without `version`, a tag-derived build must give one of theirs. */
  headTags?: readonly TagVersion[];
}

/** How the build ran, for explaining a version that is a plugin's fallback. */
export type VersionContext = Omit<FallbackContext, 'plugin' | 'headTags' | 'manifest'>;

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
  context: VersionContext = { isolation: true },
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
    checkVersion(target, file, context);
  }
  return produced;
}

/** The versions a build of `target` may give, and why, when anything is expected. */
function expectation(target: VerifyTarget): { versions: string[]; why: string } | undefined {
  if (target.version !== undefined) return { versions: [target.version], why: '' };
  if (!target.versionPlugin || !target.headTags?.length) return undefined;
  const tags = target.headTags.map((t) => t.tag);
  return {
    // One version per release, as tagged: `v1.4.0` and `1.4.0.0` on one commit are the same 1.4.0.
    versions: target.headTags
      .map((t) => t.version)
      .filter((v, i, all) => all.findIndex((w) => canonicalizeVersion(w) === canonicalizeVersion(v)) === i),
    why: ` (the tag${tags.length > 1 ? 's' : ''} ${tags.join(', ')} ${tags.length > 1 ? 'are' : 'is'} on the commit being built)`,
  };
}

function checkVersion(target: VerifyTarget, file: ProducedFile, context: VersionContext): void {
  const who = describeTarget(target);
  const expected = expectation(target);
  const full: FallbackContext = {
    ...context,
    plugin: target.versionPlugin,
    headTags: target.headTags?.map((t) => t.tag),
    manifest: manifestOf(target.path),
  };
  if (!expected) {
    // Nothing to compare with (no tag given, none on HEAD), but a tag-deriving package never means 0.0.0.
    if (target.versionPlugin && fallbackShape(file.version)?.kind === 'placeholder') {
      throw new ConfigurationError(
        `Building ${who} produced '${file.filename}' with version ${file.version}. ${explainFallback(file.version, file.version, full)}`,
        { file: target.versionPlugin.file, line: target.versionPlugin.line },
      );
    }
    return;
  }
  const got = canonicalizeVersion(file.version);
  if (expected.versions.some((v) => canonicalizeVersion(v) === got)) return;
  const wanted = expected.versions.join(' or ');
  const head = `Building ${who} produced '${file.filename}' with version ${file.version}, but ${wanted} was expected${expected.why}.`;
  // A tag-derived version is configured at the plugin's settings; annotate there.
  const at = target.versionPlugin
    ? { file: target.versionPlugin.file, line: target.versionPlugin.line }
    : undefined;
  const explained = explainFallback(file.version, wanted, full);
  if (explained) throw new ConfigurationError(`${head} ${explained}`, at);
  if (target.versionPlugin) {
    const { tool, file: where, line } = target.versionPlugin;
    throw new ConfigurationError(
      `${head} The version is not written in a file: ${tool} (${where}:${line}) derives it from the git tags, and ` +
        `took ${file.version} from the tags it found. Fix: build the commit that carries the tag for ${wanted}, or tag the commit being built.`,
      at,
    );
  }
  throw new ConfigurationError(
    `${head} The version the project declares (in its pyproject.toml, or wherever its build backend reads it) is not ` +
      `the release version: set it to ${wanted} (set-version does this), or build the commit that has it.`,
  );
}

function manifestOf(path: string): string {
  return path === '.' ? 'pyproject.toml' : `${path}/pyproject.toml`;
}
