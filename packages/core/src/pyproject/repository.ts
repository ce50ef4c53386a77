/** Reading a whole repository: configuration, packages in release order, internal pins. Never touches the network. */
import { existsSync, statSync } from 'node:fs';
import { ConfigurationError } from '../errors/index.js';
import { canonicalizeName } from '../names/index.js';
import { loadConfig, type ReleaseConfig, type VersionPolicy } from './config.js';
import { discoverPackageDirs, type SkippedDir } from './discover.js';
import { configuredLocation } from './extra-locations.js';
import { packageNames, readPackage, type SkippedManifest } from './package.js';
import { RepoFiles, joinRel } from './repo-files.js';
import { internalPins } from './requirements.js';
import { UNCONFIGURED_TAG_FORMATS, validateTagFormat } from './tag-format.js';
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
  files: RepoFiles;
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
  if (config.packages) {
    for (const entry of config.packages) {
      const result = readPackage(
        files,
        joinRel(entry.path),
        entry.tagFormat ? [entry.tagFormat] : globalFormats,
        true,
      );
      if ('package' in result) {
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
    for (const dir of found.dirs) {
      const result = readPackage(files, dir, globalFormats, false);
      if ('package' in result) packages.push(result.package);
      else skipped.push(result.skipped);
    }
  }
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
  return { root, config, policy, packages, versionFiles, skipped, files };
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
