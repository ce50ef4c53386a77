/** Reading one package directory into a PythonPackage (or the reason it is not published). */
import { ConfigurationError } from '../errors/index.js';
import { canonicalizeName, isValidName } from '../names/index.js';
import { extraLocations } from './extra-locations.js';
import { tomlLocation } from './locations.js';
import { readRequirements } from './requirements.js';
import { joinRel, type RepoFiles } from './repo-files.js';
import { iniValue } from './setup-cfg.js';
import { getPath, keyLine, type TomlTable } from './toml.js';
import type { PythonPackage, VersionLocation } from './types.js';
import {
  cargoLockVersions,
  cargoVersion,
  dynamicVersionSource,
  type Manifest,
  maturinCargoToml,
  packageDirs,
} from './version-source.js';

/** A pyproject.toml that discovery found but that is not a published package, and why. */
export interface SkippedManifest {
  file: string;
  reason: string;
}

/** A package, or why it is skipped. */
export type ReadResult = { package: PythonPackage } | { skipped: SkippedManifest };

const WORKSPACE_KEYS = [
  ['tool', 'uv', 'workspace'],
  ['tool', 'hatch', 'workspace'],
  ['tool', 'pdm', 'workspace'],
];

/** Why an existing manifest is not a published package, or undefined when it is one. */
function unpublishedReason(doc: TomlTable, name: string | undefined): string | undefined {
  if (getPath(doc, ['tool', 'poetry', 'package-mode']) === false) {
    return '[tool.poetry] package-mode = false: Poetry only manages its dependencies, it builds no package';
  }
  if (!name) return 'no [project] name: not a package (tool configuration only)';
  const classifiers = getPath(doc, ['project', 'classifiers']);
  // PyPI refuses every `Private ::` classifier, which is why projects add one to stay unpublished.
  const privateClassifier = Array.isArray(classifiers)
    ? classifiers.find((c) => typeof c === 'string' && c.startsWith('Private ::'))
    : undefined;
  if (privateClassifier) return `classifier "${String(privateClassifier)}" (PyPI refuses uploads with it)`;
  // With a build system, `package = false` only keeps `uv run` from building it (pydantic-core's root).
  if (getPath(doc, ['tool', 'uv', 'package']) === false && doc['build-system'] === undefined) {
    return '[tool.uv] package = false and no [build-system]';
  }
  const isWorkspaceRoot = WORKSPACE_KEYS.some((k) => getPath(doc, k) !== undefined);
  const version = getPath(doc, ['project', 'version']);
  const placeholder = typeof version === 'string' && (version.includes('+') || /^0(\.0)*$/.test(version));
  if (isWorkspaceRoot) {
    if (doc['build-system'] === undefined) return 'workspace root without [build-system] (a virtual project)';
    if (placeholder) return `workspace root with placeholder version "${String(version)}"`;
  }
  // 0.0.0 is never a release anyone meant (OpenTelemetry's codegen: "Not published to PyPI").
  if (typeof version === 'string' && /^0(\.0)*$/.test(version)) {
    return `placeholder version "${version}" (nothing is released as 0.0.0)`;
  }
  return undefined;
}

/**
 * Reads the package at `dir` (repo-relative). `tagFormats` are the formats that apply to it, the one
 * new tags use first.
 */
export function readPackage(
  files: RepoFiles,
  dir: string,
  tagFormats: readonly string[],
  explicit: boolean,
): ReadResult {
  const file = joinRel(dir, 'pyproject.toml');
  if (!files.isFile(file)) return readSetupCfgPackage(files, dir, tagFormats, explicit);
  const doc = files.toml(file);
  const text = files.text(file);
  const project = getPath(doc, ['project']) as TomlTable | undefined;
  const name = (project?.name ?? getPath(doc, ['tool', 'poetry', 'name'])) as string | undefined;
  if (!name && files.isFile(joinRel(dir, 'setup.cfg')))
    return readSetupCfgPackage(files, dir, tagFormats, explicit);
  const reason = unpublishedReason(doc, name);
  if (reason) {
    if (explicit) {
      throw new ConfigurationError(
        `${file} is listed in [tool.otai-release] packages but is not publishable: ${reason}.`,
        {
          file,
        },
      );
    }
    return { skipped: { file, reason } };
  }
  if (typeof name !== 'string' || !isValidName(name)) {
    throw new ConfigurationError(
      `[project] name = ${JSON.stringify(name)} is not a valid project name: use ASCII letters, digits, '.', '_' and '-', starting and ending with a letter or digit.`,
      { file, line: keyLine(text, ['project', 'name']) },
    );
  }
  const requires = getPath(doc, ['build-system', 'requires']);
  const m: Manifest = {
    dir,
    file,
    doc,
    name,
    backend: getPath(doc, ['build-system', 'build-backend']) as string | undefined,
    requires: Array.isArray(requires) ? requires.map(String) : [],
  };
  const dynamic = project?.dynamic;
  const isDynamic = Array.isArray(dynamic) && dynamic.includes('version');
  const hasStatic = project?.version !== undefined;
  if (isDynamic && hasStatic) {
    throw new ConfigurationError(
      `${name}: version is both static ([project] version = ${JSON.stringify(project?.version)}) and listed in [project] dynamic; ` +
        'build backends refuse this. Remove one of the two.',
      { file, line: keyLine(text, ['project', 'version']) },
    );
  }
  const locations: VersionLocation[] = [];
  let tagDerived: PythonPackage['tagDerived'];
  if (hasStatic) {
    locations.push(tomlLocation(files, file, ['project', 'version'], 'project', true));
    // Poetry 2 keeps a base version in [tool.poetry] beside [project]; it must agree.
    if (typeof getPath(doc, ['tool', 'poetry', 'version']) === 'string') {
      locations.push(tomlLocation(files, file, ['tool', 'poetry', 'version'], 'poetry', false));
    }
    // maturin prefers the static version, but the crate's own version is released with it (uv keeps both).
    const cargo = m.backend === 'maturin' ? maturinCargoToml(files, m) : undefined;
    if (
      cargo &&
      files.isFile(cargo) &&
      typeof getPath(files.toml(cargo), ['package', 'version']) === 'string'
    ) {
      locations.push(cargoVersion(files, m, false));
    }
  } else if (isDynamic || !project) {
    const source = dynamicVersionSource(files, m);
    if ('tag' in source) tagDerived = source.tag;
    else locations.push(source.location);
  } else {
    throw new ConfigurationError(
      `${name}: [project] has no version and does not list it in dynamic; add version = "X.Y.Z" to [project].`,
      { file, line: keyLine(text, ['project']) },
    );
  }
  if (m.backend === 'maturin') locations.push(...cargoLockVersions(files, m));
  for (const extra of extraLocations(files, m, packageDirs(files, m))) {
    // The same text seen twice (`VERSION = 'v1.2.3'`: hatch reads 1.2.3, the copy v1.2.3) is one location.
    const seen = locations.some((l) => l.file === extra.file && l.start < extra.end && extra.start < l.end);
    if (!seen) locations.push(extra);
  }
  return {
    package: {
      name,
      path: dir,
      manifest: file,
      backend: m.backend,
      locations,
      tagDerived,
      pins: [],
      requirements: readRequirements(files, file, doc),
      tagFormat: tagFormats[0],
      acceptedTagFormats: tagFormats,
    },
  };
}

// A legacy project with setup.cfg (and setup.py) but no pyproject.toml.
function readSetupCfgPackage(
  files: RepoFiles,
  dir: string,
  tagFormats: readonly string[],
  explicit: boolean,
): ReadResult {
  const cfg = joinRel(dir, 'setup.cfg');
  if (!files.isFile(cfg)) {
    if (explicit) {
      throw new ConfigurationError(
        `[tool.otai-release] packages lists "${dir}", which has no pyproject.toml or setup.cfg.`,
        {
          file: 'pyproject.toml',
        },
      );
    }
    return { skipped: { file: joinRel(dir, 'pyproject.toml'), reason: 'no pyproject.toml' } };
  }
  const text = files.text(cfg);
  const name = iniValue(text, 'metadata', 'name')?.value;
  if (!name) return { skipped: { file: cfg, reason: 'setup.cfg without [metadata] name' } };
  const m: Manifest = { dir, file: cfg, doc: {}, name, requires: [] };
  const source = dynamicVersionSource(files, m);
  const locations = 'location' in source ? [source.location] : [];
  for (const extra of extraLocations(files, m, packageDirs(files, m))) {
    if (!locations.some((l) => l.file === extra.file && l.start < extra.end && extra.start < l.end)) {
      locations.push(extra);
    }
  }
  return {
    package: {
      name,
      path: dir,
      manifest: cfg,
      locations,
      tagDerived: 'tag' in source ? source.tag : undefined,
      pins: [],
      requirements: [],
      tagFormat: tagFormats[0],
      acceptedTagFormats: tagFormats,
    },
  };
}

/** The canonical names of a set of packages. */
export function packageNames(packages: PythonPackage[]): Set<string> {
  return new Set(packages.map((p) => canonicalizeName(p.name)));
}
