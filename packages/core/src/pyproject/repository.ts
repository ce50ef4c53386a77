/** Reading a whole repository: configuration, packages in release order, internal pins. Never touches the network. */
import { existsSync, statSync } from 'node:fs';
import { ConfigurationError } from '../errors/index.js';
import { canonicalizeName } from '../names/index.js';
import { loadConfig, type ReleaseConfig, type VersionPolicy } from './config.js';
import { discoverPackageDirs, exampleFolderName, type SkippedDir } from './discover.js';
import { workspaceMembership } from './evidence.js';
import { configuredLocation } from './extra-locations.js';
import { packageNames, readPackage, type SkippedManifest } from './package.js';
import { RepoFiles, joinRel } from './repo-files.js';
import { internalPins } from './requirements.js';
import { iniValue } from './setup-cfg.js';
import { UNCONFIGURED_TAG_FORMATS, validateTagFormat } from './tag-format.js';
import { getPath } from './toml.js';
import type { PythonPackage, VersionLocation } from './types.js';

/** Overrides that action inputs and CLI flags put on top of the configuration. */
export interface RepositoryOptions {
  policy?: VersionPolicy;
  tagFormat?: string;
}

/** A repository as read from disk. */
export interface Repository {
  root: string;
  config: ReleaseConfig;
  policy: VersionPolicy;
  packages: PythonPackage[];
  /** Repository-wide `version-files` (lockstep: they carry the one version). */
  versionFiles: VersionLocation[];
  skipped: (SkippedManifest | SkippedDir)[];
  /** Packages whose version could not be read: one error each, while the others are still checked. */
  unreadable: UnreadablePackage[];
  files: RepoFiles;
}

/** A package directory whose manifest or version could not be read, and the error that says why. */
export interface UnreadablePackage {
  /** Repository-relative directory. */
  path: string;
  /** The project name, when the manifest could be read that far. */
  name?: string;
  error: ConfigurationError;
}

// One package's mistake must not hide the state of the others: the error is kept and reported with them.
function readOrKeep(
  files: RepoFiles,
  unreadable: UnreadablePackage[],
  dir: string,
  read: () => ReturnType<typeof readPackage>,
): ReturnType<typeof readPackage> | undefined {
  try {
    return read();
  } catch (error) {
    if (!(error instanceof ConfigurationError)) throw error;
    unreadable.push({ path: dir, name: projectName(files, dir), error });
    return undefined;
  }
}

/** Reads the repository at `root`. Errors (ConfigurationError) name the file and position at fault. */
export function readRepository(root: string, options: RepositoryOptions = {}): Repository {
  if (!existsSync(root) || !statSync(root).isDirectory()) {
    throw new ConfigurationError(`The path '${root}' is not a directory; point path at the repository root.`);
  }
  const files = new RepoFiles(root);
  const config = loadConfig(files);
  const policy = options.policy ?? config.policy;
  if (options.tagFormat) validateTagFormat(options.tagFormat, { key: 'tag-format input' });
  // Independent packages need distinct tags, so their default names them. Only a repository that
  // configures no format gets the bare variant too; a configured one means exactly what it says.
  const globalFormats: readonly string[] = options.tagFormat
    ? [options.tagFormat]
    : config.tagFormatSet
      ? [config.tagFormat]
      : UNCONFIGURED_TAG_FORMATS[policy];

  const packages: PythonPackage[] = [];
  const skipped: (SkippedManifest | SkippedDir)[] = [];
  const unreadable: UnreadablePackage[] = [];
  if (config.packages) {
    for (const entry of config.packages) {
      const dir = joinRel(entry.path);
      const result = readOrKeep(files, unreadable, dir, () =>
        readPackage(files, dir, entry.tagFormat ? [entry.tagFormat] : globalFormats, true),
      );
      if (result && 'package' in result) {
        for (const setting of entry.versionFiles) {
          const location = configuredLocation(files, setting, config.file ?? 'pyproject.toml');
          if (!overlaps(result.package.locations, location)) result.package.locations.push(location);
        }
        packages.push(result.package);
      }
    }
  } else {
    const found = discoverPackageDirs(root, config.exclude);
    skipped.push(...found.skipped);
    const plain = found.candidates.filter((c) => !c.exampleDir).map((c) => c.dir);
    for (const dir of plain) {
      const result = readOrKeep(files, unreadable, dir, () => readPackage(files, dir, globalFormats, false));
      if (!result) continue;
      if ('package' in result) packages.push({ ...result.package, evidence: evidenceOf(result.package) });
      else skipped.push(result.skipped);
    }
    weighExamples(files, found, plain, globalFormats, { packages, skipped, unreadable });
  }
  // Nothing left to check: the one error is the answer.
  if (packages.length === 0 && unreadable.length > 0) throw unreadable[0].error;
  if (packages.length === 0) {
    throw new ConfigurationError(
      `No publishable Python package found under '${root}' (no pyproject.toml with a [project] name${
        skipped.length
          ? `; skipped: ${skipped.map((s) => `${'file' in s ? s.file : s.path} (${s.reason})`).join(', ')}`
          : ''
      }). Point path at the repository, or list packages in [tool.otai-release] packages.`,
    );
  }
  checkDuplicates(packages);
  const names = packageNames(packages);
  for (const pkg of packages) pkg.pins = internalPins(pkg.requirements, names);
  if (policy === 'independent') checkDistinctTags(packages);
  const versionFiles = config.versionFiles
    .map((s) => configuredLocation(files, s, config.file ?? 'pyproject.toml'))
    .filter((l) => !packages.some((p) => overlaps(p.locations, l)));
  if (policy === 'independent' && versionFiles.length > 0) {
    throw new ConfigurationError(
      'version-files at the top of [tool.otai-release] carry one shared version, which the independent policy does not have; move them into the packages entry they belong to.',
      { file: config.file },
    );
  }
  return { root, config, policy, packages, versionFiles, skipped, unreadable, files };
}

/**
 * What discovery decided for each directory, and why: one line per package found, directory or
 * manifest passed over, and package whose version could not be read (`check --explain`).
 */
export function explainDiscovery(repo: Repository): string[] {
  const where = (s: SkippedManifest | SkippedDir) => ('file' in s ? s.file : s.path);
  return [
    ...repo.packages.map(
      (p) => `package ${p.manifest} (${p.name}): ${p.evidence ?? 'listed in [tool.otai-release] packages'}`,
    ),
    ...repo.unreadable.map((u) => `error   ${u.path}: ${u.error.toString()}`),
    ...repo.skipped.map((s) => `skip    ${where(s)}: ${s.reason}`),
  ];
}

// Why discovery took a package for a released one, for `check --explain`.
function evidenceOf(pkg: PythonPackage): string {
  return pkg.backend ? `a [project] name and [build-system] ${pkg.backend}` : 'a [project] name';
}

/**
 * Projects below example/test folders (`tests/`, `docs/examples/`, `python/samples/`): released only
 * when a workspace of the repository lists them or a released package requires them, repeated until
 * nothing changes (a rescued package may require another). The rest is summed up per folder.
 */
function weighExamples(
  files: RepoFiles,
  found: ReturnType<typeof discoverPackageDirs>,
  plain: string[],
  tagFormats: readonly string[],
  into: {
    packages: PythonPackage[];
    skipped: (SkippedManifest | SkippedDir)[];
    unreadable: UnreadablePackage[];
  },
): void {
  const listedBy = workspaceMembership(files, plain);
  let pending = found.candidates.filter((c) => c.exampleDir);
  for (let changed = true; changed;) {
    changed = false;
    const requiredBy = new Map<string, string>();
    for (const pkg of into.packages) {
      for (const r of pkg.requirements) requiredBy.set(canonicalizeName(r.name), pkg.name);
    }
    for (const c of pending) {
      let evidence = listedBy(c.dir);
      if (!evidence) {
        const name = projectName(files, c.dir);
        const by = name && requiredBy.get(canonicalizeName(name));
        if (by) evidence = `required by ${by}, a released package`;
      }
      if (!evidence) continue;
      pending = pending.filter((p) => p !== c);
      changed = true;
      const folder = exampleFolderName(c.exampleDir!);
      const result = readOrKeep(files, into.unreadable, c.dir, () =>
        readPackage(files, c.dir, tagFormats, false),
      );
      if (!result) continue;
      if ('package' in result) {
        const why = `below '${folder}/', but ${evidence}`;
        into.packages.push({ ...result.package, evidence: why });
      } else into.skipped.push(result.skipped);
    }
  }
  const counts = new Map<string, number>();
  // Evidence of their own that deeper projects give (a Private :: classifier), summed per folder.
  const ownReasons = new Map<string, Map<string, number>>();
  for (const c of pending) {
    const folder = c.exampleDir!;
    let own: SkippedManifest | undefined;
    try {
      const result = readPackage(files, c.dir, tagFormats, false);
      own = 'skipped' in result ? result.skipped : undefined;
    } catch {
      own = undefined;
    }
    // The folder's own manifest says why itself (tool settings in docs/pyproject.toml); the projects
    // deeper down (test fixtures by the dozen) are counted in the folder's one line.
    if (own && c.dir === folder) {
      into.skipped.push(own);
      continue;
    }
    counts.set(folder, (counts.get(folder) ?? 0) + 1);
    if (own) {
      const reasons = ownReasons.get(folder) ?? new Map<string, number>();
      // Its first clause: up to the explanation in brackets or after a colon outside quotes.
      const short = own.reason.replace(/ \(.*$/, '').replace(/: (?=[^"]*$).*$/, '');
      reasons.set(short, (reasons.get(short) ?? 0) + 1);
      ownReasons.set(folder, reasons);
    }
  }
  for (const dir of [...new Set([...counts.keys(), ...found.prunedIn])].sort()) {
    const n = counts.get(dir) ?? 0;
    const own = [...(ownReasons.get(dir) ?? [])].map(([reason, k]) => `${k} with ${reason}`);
    into.skipped.push({
      path: dir,
      reason: `'${exampleFolderName(dir)}' directories hold tests, examples, docs or templates, not releases${
        n ? `: ${n} project(s) below it, none listed by a workspace or required by a released package` : ''
      }${own.length ? ` (${own.join(', ')})` : ''}`,
    });
  }
}

// The project name of a directory's manifest, read leniently (test fixtures may be broken on purpose).
function projectName(files: RepoFiles, dir: string): string | undefined {
  try {
    const file = joinRel(dir, 'pyproject.toml');
    if (files.isFile(file)) {
      const doc = files.toml(file);
      const name = getPath(doc, ['project', 'name']) ?? getPath(doc, ['tool', 'poetry', 'name']);
      if (typeof name === 'string') return name;
    }
    const cfg = joinRel(dir, 'setup.cfg');
    return files.isFile(cfg) ? iniValue(files.text(cfg), 'metadata', 'name')?.value : undefined;
  } catch {
    return undefined;
  }
}

// A version-files entry found anyway (a VERSION file) is one location, not two edits of the same bytes.
function overlaps(known: VersionLocation[], l: VersionLocation): boolean {
  return known.some((k) => k.file === l.file && k.start < l.end && l.start < k.end);
}

function checkDuplicates(packages: PythonPackage[]): void {
  const seen = new Map<string, PythonPackage>();
  for (const pkg of packages) {
    const key = canonicalizeName(pkg.name);
    const other = seen.get(key);
    if (other) {
      throw new ConfigurationError(
        `Two packages are named '${pkg.name}': ${other.manifest} and ${pkg.manifest}. Rename one, or exclude one in [tool.otai-release] exclude.`,
        { file: pkg.manifest },
      );
    }
    seen.set(key, pkg);
  }
}

function checkDistinctTags(packages: PythonPackage[]): void {
  const byTag = new Map<string, PythonPackage>();
  for (const pkg of packages) {
    const probe = pkg.tagFormat.replaceAll('{name}', pkg.name);
    const other = byTag.get(probe);
    if (other) {
      throw new ConfigurationError(
        `With the independent policy every package needs its own tag format, but ${other.name} and ${pkg.name} both use "${pkg.tagFormat}"; ` +
          'give each a tag-format in [tool.otai-release] packages, or use "{name}-v{version}".',
        { file: pkg.manifest },
      );
    }
    byTag.set(probe, pkg);
  }
}
