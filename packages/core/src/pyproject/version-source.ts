/**
 * Where a package's build backend takes its version from (reference/versions.md §1): a static key, a
 * file read by regex or statically, or the git tag. Mirrors each backend's own rules so the version we
 * check is the version the build will produce.
 */
import { ConfigurationError, type SourcePosition } from '../errors/index.js';
import { locationAt, tomlLocation } from './locations.js';
import { moduleFile, readStringAssignment } from './python-modules.js';
import {
  HATCH_DEFAULT_PATTERN,
  matchVersion,
  PDM_FILE_PATTERN,
  pythonRegex,
  wholeFileVersion,
} from './python-source.js';
import { joinRel, type RepoFiles } from './repo-files.js';
import { readSetupCfgVersion } from './setup-cfg.js';
import { shippedPackageDirs } from './shipped.js';
import { getPath, keyLine, type TomlTable } from './toml.js';
import type { TagDerivedVersion, VersionLocation } from './types.js';

/** The backend's version source: a file location, or the tag. */
export type VersionSource = { location: VersionLocation } | { tag: TagDerivedVersion };

/** What a package manifest says, gathered once. */
export interface Manifest {
  dir: string;
  file: string;
  doc: TomlTable;
  name: string;
  backend?: string;
  requires: string[];
}

/** Tag-deriving version sources of hatch (`source = …`). */
const HATCH_TAG_SOURCES: Record<string, string> = {
  vcs: 'hatch-vcs',
  'uv-dynamic-versioning': 'uv-dynamic-versioning',
  versioningit: 'versioningit',
  'vcs-versioning': 'hatch-vcs',
};

function requiresAny(m: Manifest, names: string[]): boolean {
  return m.requires.some((r) =>
    names.includes(
      r
        .split(/[\s<>=!~;[(]/)[0]
        .toLowerCase()
        .replace(/_/g, '-'),
    ),
  );
}

function position(files: RepoFiles, file: string, path: string[]) {
  return { file, line: keyLine(files.text(file), path) };
}

function tag(files: RepoFiles, m: Manifest, tool: string, path: string[]): VersionSource {
  return { tag: { tool, file: m.file, line: keyLine(files.text(m.file), path) ?? 1 } };
}

/** Resolves the version source of a package whose `[project]` lists version as dynamic (or has none). */
export function dynamicVersionSource(files: RepoFiles, m: Manifest): VersionSource {
  const backend = m.backend ?? '';
  if (backend.startsWith('hatchling')) return hatchSource(files, m);
  if (backend.startsWith('pdm.backend') || backend.startsWith('pdm.pep517')) return pdmSource(files, m);
  if (backend.startsWith('flit_core')) return flitSource(files, m);
  if (backend.startsWith('poetry')) return poetrySource(files, m);
  if (backend.startsWith('setuptools') || backend === '') return setuptoolsSource(files, m);
  if (backend === 'maturin' || backend.startsWith('maturin.'))
    return { location: cargoVersion(files, m, true) };
  throw new ConfigurationError(
    `${m.name}: the build backend '${backend}' computes the version when it builds, which otai-release cannot read without running it; ` +
      'declare it statically as [project] version = "X.Y.Z" (remove "version" from dynamic), ' +
      'or leave this directory out with [tool.otai-release] exclude if it is not released. The other packages are still checked.',
    position(files, m.file, ['build-system', 'build-backend']),
  );
}

// The nearest Cargo.toml above a crate's (or the crate's own) that declares a [workspace].
function cargoWorkspaceRoot(files: RepoFiles, cargo: string): string | undefined {
  for (let dir = cargo.replace(/\/?[^/]*$/, '') || '.'; !dir.startsWith('..'); dir = joinRel(dir, '..')) {
    const candidate = joinRel(dir, 'Cargo.toml');
    if (files.isFile(candidate) && getPath(files.toml(candidate), ['workspace']) !== undefined)
      return candidate;
    if (dir === '.') break;
  }
  return undefined;
}

const inheritsVersion = (doc: TomlTable) => {
  const v = getPath(doc, ['package', 'version']);
  return !!v && typeof v === 'object' && (v as TomlTable).workspace === true;
};

// The crates of a Cargo workspace whose version is the workspace's (members globs, `*` per segment).
function workspaceCrates(files: RepoFiles, root: string): string[] {
  const base = root.replace(/\/?Cargo\.toml$/, '') || '.';
  const doc = files.toml(root);
  const members = getPath(doc, ['workspace', 'members']);
  const dirs = new Set<string>(getPath(doc, ['package']) !== undefined ? [base] : []);
  for (const glob of Array.isArray(members) ? members.filter((g) => typeof g === 'string') : []) {
    let found = [base];
    for (const part of String(glob).split('/')) {
      const re = new RegExp(
        `^${part
          .replace(/[.+^${}()|[\]\\]/g, '\\$&')
          .replace(/\*/g, '.*')
          .replace(/\?/g, '.')}$`,
      );
      found =
        part.includes('*') || part.includes('?')
          ? found.flatMap((d) =>
              files
                .subdirs(d)
                .filter((n) => re.test(n))
                .map((n) => joinRel(d, n)),
            )
          : found.map((d) => joinRel(d, part));
    }
    for (const d of found) dirs.add(d);
  }
  const names: string[] = [];
  for (const d of dirs) {
    const toml = joinRel(d, 'Cargo.toml');
    if (!files.isFile(toml)) continue;
    const crate = files.toml(toml);
    const name = getPath(crate, ['package', 'name']);
    if (typeof name === 'string' && inheritsVersion(crate)) names.push(name);
  }
  return names;
}

/**
 * The crate's entries in the Cargo.lock beside it or above it: cargo rewrites them on the next build,
 * and `cargo build --locked` (as release pipelines run it) refuses a lock that disagrees with Cargo.toml.
 * A version inherited from the workspace is every inheriting member's, so each of their entries counts.
 */
export function cargoLockVersions(files: RepoFiles, m: Manifest): VersionLocation[] {
  const cargo = maturinCargoToml(files, m);
  if (!files.isFile(cargo)) return [];
  const doc = files.toml(cargo);
  const name = getPath(doc, ['package', 'name']);
  if (typeof name !== 'string') return [];
  const root = inheritsVersion(doc) ? cargoWorkspaceRoot(files, cargo) : undefined;
  if (typeof getPath(doc, ['package', 'version']) !== 'string' && !root) return [];
  const names = root ? workspaceCrates(files, root) : [name];
  for (
    let dir = (root ?? cargo).replace(/\/?[^/]*$/, '') || '.';
    !dir.startsWith('..');
    dir = joinRel(dir, '..')
  ) {
    const lock = joinRel(dir, 'Cargo.lock');
    if (files.isFile(lock)) {
      return names.flatMap((crate) => {
        const escaped = crate.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        const re = new RegExp(`^name = "${escaped}"\\r?\\nversion = "(?<version>[^"\\n]+)"`, 'md');
        const span = matchVersion(files.text(lock), re);
        return span ? [locationAt('cargo', `Cargo.lock version of ${crate}`, lock, span, false)] : [];
      });
    }
    if (dir === '.') break;
  }
  return [];
}

/** The Cargo.toml a maturin project builds: `[tool.maturin] manifest-path`, else the one beside pyproject.toml. */
export function maturinCargoToml(files: RepoFiles, m: Manifest): string {
  const configured = getPath(m.doc, ['tool', 'maturin', 'manifest-path']);
  return joinRel(m.dir, typeof configured === 'string' ? configured : 'Cargo.toml');
}

/**
 * The version maturin takes from Cargo: `[package].version`, or with `version.workspace = true` the
 * workspace's `[workspace.package].version` (the nearest Cargo.toml above that has a [workspace]).
 * maturin reads the SemVer text as PEP 440 (`1.0.0-rc.1` is 1.0.0rc1).
 */
export function cargoVersion(files: RepoFiles, m: Manifest, source: boolean): VersionLocation {
  const cargo = maturinCargoToml(files, m);
  const where = position(files, m.file, ['project', 'dynamic']);
  if (!files.isFile(cargo)) {
    throw new ConfigurationError(
      `${m.name}: maturin takes the version from ${cargo}, which does not exist; set [tool.maturin] manifest-path to the crate's Cargo.toml, or a static [project] version.`,
      where,
    );
  }
  const version = getPath(files.toml(cargo), ['package', 'version']);
  if (typeof version === 'string') {
    return tomlLocation(
      files,
      cargo,
      ['package', 'version'],
      'cargo',
      source,
      'Cargo.toml [package].version (maturin)',
    );
  }
  const inherited = version && typeof version === 'object' && (version as TomlTable).workspace === true;
  if (inherited) {
    for (let dir = cargo.replace(/\/?[^/]*$/, '') || '.'; ; dir = joinRel(dir, '..')) {
      const candidate = joinRel(dir, 'Cargo.toml');
      if (
        candidate !== cargo &&
        files.isFile(candidate) &&
        getPath(files.toml(candidate), ['workspace']) !== undefined
      ) {
        if (typeof getPath(files.toml(candidate), ['workspace', 'package', 'version']) !== 'string') break;
        return tomlLocation(
          files,
          candidate,
          ['workspace', 'package', 'version'],
          'cargo',
          source,
          'Cargo.toml [workspace.package].version (maturin)',
        );
      }
      if (dir === '.' || dir.startsWith('..')) break;
    }
    throw new ConfigurationError(
      `${m.name}: ${cargo} inherits its version from the Cargo workspace (version.workspace = true), but no Cargo.toml above it has [workspace.package] version; add it there.`,
      { file: cargo, line: keyLine(files.text(cargo), ['package', 'version']) },
    );
  }
  throw new ConfigurationError(
    `${m.name}: maturin takes the version from ${cargo}, which has no [package] version; add version = "X.Y.Z" under [package].`,
    { file: cargo, line: keyLine(files.text(cargo), ['package']) },
  );
}

function hatchSource(files: RepoFiles, m: Manifest): VersionSource {
  const hatchToml = joinRel(m.dir, 'hatch.toml');
  let file = m.file;
  let prefix = ['tool', 'hatch', 'version'];
  let config = getPath(m.doc, prefix) as TomlTable | undefined;
  if (!config && files.isFile(hatchToml)) {
    const table = getPath(files.toml(hatchToml), ['version']) as TomlTable | undefined;
    if (table) {
      config = table;
      file = hatchToml;
      prefix = ['version'];
    }
  }
  if (!config) {
    throw new ConfigurationError(
      `${m.name}: version is dynamic with hatchling, but there is no [tool.hatch.version] (nor [version] in hatch.toml); ` +
        'add [tool.hatch.version] path = "src/<pkg>/__about__.py", or make the version static.',
      position(files, m.file, ['project', 'dynamic']),
    );
  }
  const label = file === m.file ? '[tool.hatch.version]' : 'hatch.toml [version]';
  const source = String(config.source ?? 'regex');
  if (HATCH_TAG_SOURCES[source])
    return tag(files, { ...m, file }, HATCH_TAG_SOURCES[source], [...prefix, 'source']);
  if (source === 'env') {
    throw new ConfigurationError(
      `${m.name}: ${label} source = "env" takes the version from an environment variable at build time, which ` +
        'cannot be checked before the build; use source = "regex" with a path, or a static version.',
      position(files, file, [...prefix, 'source']),
    );
  }
  if (source !== 'regex' && source !== 'code') {
    throw new ConfigurationError(
      `${m.name}: ${label} source = "${source}" is a version-source plugin otai-release does not know; use "regex", "code", "vcs" or a static version.`,
      position(files, file, [...prefix, 'source']),
    );
  }
  if (typeof config.path !== 'string') {
    throw new ConfigurationError(
      `${m.name}: ${label} needs path = "<file holding the version>".`,
      position(files, file, prefix),
    );
  }
  const target = joinRel(m.dir, config.path);
  const where = position(files, file, [...prefix, 'path']);
  if (!files.isFile(target)) {
    throw new ConfigurationError(
      `${m.name}: ${label} path = "${config.path}" does not exist (looked for ${target}).`,
      where,
    );
  }
  if (source === 'code') {
    const expression = String(config.expression ?? '__version__');
    if (!/^[A-Za-z_]\w*$/.test(expression)) {
      throw new ConfigurationError(
        `${m.name}: ${label} expression = "${expression}" must be evaluated by running code; use source = "regex" so the version can be read and rewritten.`,
        position(files, file, [...prefix, 'expression']),
      );
    }
    const found = readStringAssignment(files, target, expression, `${m.name}: ${label} path`, where);
    return {
      location: locationAt('hatch', `${expression} (hatch code source)`, found.file, found.span, true),
    };
  }
  const pattern = typeof config.pattern === 'string' ? config.pattern : HATCH_DEFAULT_PATTERN;
  const re = pythonRegex(pattern, { ...where, key: `${label} pattern` });
  const span = matchVersion(files.text(target), re);
  if (!span) {
    throw new ConfigurationError(
      `${m.name}: ${label} found no version in ${target}: ${
        config.pattern
          ? `the pattern '${pattern}' does not match`
          : 'hatch expects a line like __version__ = "1.2.3" at the start of a line'
      }.`,
      where,
    );
  }
  return { location: locationAt('hatch', `version in ${config.path} (hatch path)`, target, span, true) };
}

function pdmSource(files: RepoFiles, m: Manifest): VersionSource {
  const prefix = ['tool', 'pdm', 'version'];
  const config = getPath(m.doc, prefix) as TomlTable | undefined;
  const source = config?.source;
  if (source === 'scm') return tag(files, m, 'pdm-backend scm', [...prefix, 'source']);
  if (source === 'file' && typeof config?.path === 'string') {
    const target = joinRel(m.dir, config.path);
    const where = position(files, m.file, [...prefix, 'path']);
    if (!files.isFile(target)) {
      throw new ConfigurationError(
        `${m.name}: [tool.pdm.version] path = "${config.path}" does not exist.`,
        where,
      );
    }
    const span = matchVersion(files.text(target), pythonRegex(PDM_FILE_PATTERN, { ...where, key: 'pdm' }));
    if (!span) {
      throw new ConfigurationError(
        `${m.name}: ${target} has no line __version__ = "X.Y.Z", which pdm-backend's file source reads.`,
        where,
      );
    }
    return { location: locationAt('pdm', '__version__ (pdm file source)', target, span, true) };
  }
  throw new ConfigurationError(
    `${m.name}: version is dynamic with pdm-backend, but [tool.pdm.version] is ${
      source ? `source = "${String(source)}", which cannot be read without running code` : 'missing'
    }; use source = "file" with a path, source = "scm", or a static version.`,
    position(files, m.file, config ? [...prefix, 'source'] : ['project', 'dynamic']),
  );
}

function flitSource(files: RepoFiles, m: Manifest): VersionSource {
  const moduleName = String(
    getPath(m.doc, ['tool', 'flit', 'module', 'name']) ?? m.name.replace(/[-.]/g, '_'),
  );
  const path = moduleName.split('.');
  const candidates = [joinRel(m.dir, 'src', ...path), joinRel(m.dir, ...path)];
  const pkgDir = candidates.find((d) => files.isFile(joinRel(d, '__init__.py')));
  const singleFile = candidates.map((d) => `${d}.py`).find((f) => files.isFile(f));
  // flit scans version.py, _version.py, __version__.py, then __init__.py; a later file wins.
  const order = pkgDir
    ? ['version.py', '_version.py', '__version__.py', '__init__.py']
        .map((f) => joinRel(pkgDir, f))
        .filter((f) => files.isFile(f))
    : singleFile
      ? [singleFile]
      : [];
  if (order.length === 0) {
    throw new ConfigurationError(
      `${m.name}: flit reads the version from the module '${moduleName}', but neither ${candidates[0]}/ nor ${candidates[1]}/ (or .py) exists; set [tool.flit.module] name.`,
      position(files, m.file, ['project', 'dynamic']),
    );
  }
  let found: VersionLocation | undefined;
  for (const file of order) {
    const span = matchVersion(
      files.text(file),
      /^__version__[ \t]*(?::[^=\n]*)?=[ \t]*(["'])(?<version>[^"'\n]*)\1/dm,
    );
    if (span) found = locationAt('flit', '__version__ (flit)', file, span, true);
  }
  if (!found) {
    throw new ConfigurationError(
      `${m.name}: flit found no __version__ = "X.Y.Z" string in ${order.join(', ')}; add one.`,
      { file: order.at(-1) },
    );
  }
  return { location: found };
}

function poetrySource(files: RepoFiles, m: Manifest): VersionSource {
  if (getPath(m.doc, ['tool', 'poetry-dynamic-versioning', 'enable']) === true) {
    return tag(files, m, 'poetry-dynamic-versioning', ['tool', 'poetry-dynamic-versioning', 'enable']);
  }
  if (typeof getPath(m.doc, ['tool', 'poetry', 'version']) === 'string') {
    return { location: tomlLocation(files, m.file, ['tool', 'poetry', 'version'], 'poetry', true) };
  }
  throw new ConfigurationError(
    `${m.name}: version is dynamic with poetry, but [tool.poetry] has no version; add version = "X.Y.Z".`,
    position(files, m.file, ['project', 'dynamic']),
  );
}

function setuptoolsSource(files: RepoFiles, m: Manifest): VersionSource {
  const prefix = ['tool', 'setuptools', 'dynamic', 'version'];
  const config = getPath(m.doc, prefix);
  const where = position(files, m.file, prefix);
  if (config && typeof config === 'object' && !Array.isArray(config)) {
    const { attr, file } = config as TomlTable;
    if (typeof attr === 'string') return { location: attrLocation(files, m, attr, where) };
    if (file !== undefined) {
      const first = Array.isArray(file) ? file[0] : file;
      const target = joinRel(m.dir, String(first));
      if (!files.isFile(target)) {
        throw new ConfigurationError(
          `${m.name}: [tool.setuptools.dynamic] version file = "${String(first)}" does not exist.`,
          where,
        );
      }
      const span = wholeFileVersion(files.text(target));
      if (!span)
        throw new ConfigurationError(`${m.name}: ${target} is empty; write the version in it.`, {
          file: target,
        });
      return {
        location: locationAt('setuptools-file', `${String(first)} (setuptools file)`, target, span, true),
      };
    }
    throw new ConfigurationError(
      `${m.name}: [tool.setuptools.dynamic] version must be {attr = "pkg.__version__"} or {file = "VERSION"}.`,
      where,
    );
  }
  // vcs-versioning is setuptools-scm's core; it versions itself (in-tree) from its own table.
  if (getPath(m.doc, ['tool', 'vcs-versioning']) !== undefined) {
    return tag(files, m, 'vcs-versioning', ['tool', 'vcs-versioning']);
  }
  if (getPath(m.doc, ['tool', 'setuptools_scm']) !== undefined || requiresAny(m, ['setuptools-scm'])) {
    const key =
      getPath(m.doc, ['tool', 'setuptools_scm']) !== undefined
        ? ['tool', 'setuptools_scm']
        : ['build-system', 'requires'];
    return tag(files, m, 'setuptools-scm', key);
  }
  const cfg = joinRel(m.dir, 'setup.cfg');
  if (files.isFile(cfg)) {
    const fromCfg = readSetupCfgVersion(files, cfg, (attr, at) => attrLocation(files, m, attr, at));
    if (fromCfg) return { location: fromCfg };
  }
  throw new ConfigurationError(
    `${m.name}: version is dynamic, but neither [tool.setuptools.dynamic] version, setuptools-scm nor setup.cfg provides it; ` +
      'add [tool.setuptools.dynamic] version = {attr = "<pkg>.__version__"} or a static version.',
    position(files, m.file, ['project', 'dynamic']),
  );
}

/** The location a setuptools `attr:` directive points at (read statically, as setuptools first tries). */
export function attrLocation(
  files: RepoFiles,
  m: Manifest,
  attr: string,
  where: SourcePosition,
): VersionLocation {
  const dot = attr.lastIndexOf('.');
  if (dot <= 0) {
    throw new ConfigurationError(
      `${m.name}: attr = "${attr}" must be "<module>.<name>", e.g. "mypkg.__version__".`,
      where,
    );
  }
  const moduleName = attr.slice(0, dot);
  const name = attr.slice(dot + 1);
  const packageDir = getPath(m.doc, ['tool', 'setuptools', 'package-dir']) as
    Record<string, string> | undefined;
  const roots = [
    packageDir?.[''] ? joinRel(m.dir, packageDir['']) : undefined,
    joinRel(m.dir, 'src'),
    m.dir,
  ].filter((r): r is string => r !== undefined);
  const top = moduleName.split('.')[0];
  if (packageDir?.[top]) roots.unshift(joinRel(m.dir, packageDir[top], '..'));
  const file = moduleFile(files, roots, moduleName);
  if (!file) {
    throw new ConfigurationError(
      `${m.name}: attr = "${attr}" names the module '${moduleName}', which does not exist under ${roots.join(' or ')}; fix the module path.`,
      where,
    );
  }
  const found = readStringAssignment(files, file, name, `${m.name}: attr = "${attr}"`, where);
  return locationAt('setuptools-attr', `${name} (setuptools attr)`, found.file, found.span, true);
}

/** The import packages of a distribution, from what its backend ships (see shipped.ts). */
export function packageDirs(files: RepoFiles, m: Manifest): string[] {
  return shippedPackageDirs(files, m);
}
