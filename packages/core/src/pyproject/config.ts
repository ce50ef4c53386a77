/**
 * The `[tool.otai-release]` table (or a root `otai-release.toml`): one configuration for the actions,
 * the reusable workflow and the CLI. Validated strictly: an unknown key is an error suggesting the
 * nearest known one, because a misspelt setting that is silently ignored publishes the wrong thing.
 */
import { ConfigurationError } from '../errors/index.js';
import { listOf, nearest } from '../text/index.js';
import { DEFAULT_TAG_FORMAT, validateTagFormat } from './tag-format.js';
import type { RepoFiles } from './repo-files.js';
import { getPath, keyLine, type TomlTable } from './toml.js';

/** How versions of several packages relate. */
export type VersionPolicy = 'lockstep' | 'independent';

/** An extra file that carries the version (docs/conf.py, a Helm chart, …). */
export interface VersionFileSetting {
  /** Path relative to the repository root. */
  path: string;
  /** A Python-style regex with a `version` group; absent → `__version__ = "…"` in .py, else the whole file. */
  pattern?: string;
}

/** One package entry of `packages`. */
export interface PackageSetting {
  path: string;
  tagFormat?: string;
  versionFiles: VersionFileSetting[];
}

/** The validated configuration, with defaults applied. */
export interface ReleaseConfig {
  /** Where it came from (`pyproject.toml` or `otai-release.toml`), or undefined when there is none. */
  file?: string;
  policy: VersionPolicy;
  /** Whether `policy` was written (the lockstep default may not fit a repository of independent versions). */
  policySet: boolean;
  tagFormat: string;
  /** Whether tag-format was set explicitly (independent repos then need per-package formats). */
  tagFormatSet: boolean;
  index?: string;
  /** Explicit package list in release order; undefined → discovery. */
  packages?: PackageSetting[];
  exclude: string[];
  versionFiles: VersionFileSetting[];
  /** Number of the first alpha/beta/rc/dev release of a new series when bumping (uv and PSR use 1, hatch 0). */
  firstPrereleaseNumber: number;
  /** `[tool.otai-release.docker]`: the image variants docker-variants builds; undefined when absent. */
  docker?: DockerSettings;
}

/** One image variant as configured: its name and what it installs (docker/ checks names and packages). */
export interface DockerVariantSetting {
  name: string;
  /** Project names installed at the release version; absent → the first package of the repository. */
  packages?: string[];
  /** Extras of the first package (`open-ticket-ai[hf]`). */
  extras?: string[];
  buildArgs: Record<string, string>;
}

/** `[tool.otai-release.docker]`, type-checked; `file`/`line` let the docker domain point at it. */
export interface DockerSettings {
  file: string;
  line?: number;
  image?: string[];
  platforms?: string[];
  context?: string;
  /** The Dockerfile. */
  dockerfile?: string;
  defaultVariant?: string;
  /** Tag templates (`{version}-{variant}`, `{variant}-latest`). */
  tags?: string[];
  variants?: DockerVariantSetting[];
}

const TOP_KEYS = [
  'policy',
  'tag-format',
  'index',
  'packages',
  'exclude',
  'version-files',
  'first-prerelease-number',
  'docker',
] as const;
const DOCKER_KEYS = ['image', 'platforms', 'context', 'file', 'default-variant', 'tags', 'variants'] as const;
const DOCKER_VARIANT_KEYS = ['name', 'packages', 'extras', 'build-args'] as const;
const PACKAGE_KEYS = ['path', 'tag-format', 'version-files'] as const;
const VERSION_FILE_KEYS = ['path', 'pattern'] as const;

interface Where {
  file: string;
  text: string;
  prefix: string[];
}

function fail(where: Where, key: string[], message: string): never {
  throw new ConfigurationError(message, {
    file: where.file,
    line: keyLine(where.text, [...where.prefix, ...key]),
  });
}

function checkKeys(where: Where, path: string[], table: TomlTable, known: readonly string[]): void {
  for (const key of Object.keys(table)) {
    if (known.includes(key)) continue;
    const guess = nearest(key, known);
    const dotted = [...where.prefix, ...path].join('.');
    fail(
      where,
      [...path, key],
      `Unknown key '${key}' in [${dotted}]${guess ? `: did you mean '${guess}'?` : '.'} Known keys: ${listOf(known)}.`,
    );
  }
}

function str(where: Where, path: string[], value: unknown): string {
  if (typeof value !== 'string' || value === '') {
    fail(where, path, `[${[...where.prefix, ...path].join('.')}] must be a non-empty string.`);
  }
  return value;
}

function versionFiles(where: Where, path: string[], value: unknown): VersionFileSetting[] {
  if (value === undefined) return [];
  if (!Array.isArray(value))
    fail(where, path, `${path.join('.')} must be an array of paths or {path, pattern} tables.`);
  return value.map((item, i) => {
    if (typeof item === 'string') return { path: item };
    if (item && typeof item === 'object' && !Array.isArray(item)) {
      checkKeys(where, path, item as TomlTable, VERSION_FILE_KEYS);
      const table = item as TomlTable;
      return {
        path: str(where, [...path, 'path'], table.path),
        pattern: table.pattern === undefined ? undefined : str(where, [...path, 'pattern'], table.pattern),
      };
    }
    return fail(where, path, `${path.join('.')}[${i}] must be a path string or a {path, pattern} table.`);
  });
}

function firstPrereleaseNumber(where: Where, value: unknown): number {
  if (value === undefined) return 1;
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    fail(
      where,
      ['first-prerelease-number'],
      `first-prerelease-number = ${JSON.stringify(value)} must be a non-negative integer: 1 (1.0.1rc1, as uv does) or 0 (1.0.1rc0, as hatch does).`,
    );
  }
  return value;
}

function strings(where: Where, path: string[], value: unknown, oneAllowed = false): string[] | undefined {
  if (value === undefined) return undefined;
  if (oneAllowed && typeof value === 'string' && value !== '') return [value];
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string' || v === '')) {
    fail(where, path, `[${[...where.prefix, ...path].join('.')}] must be an array of non-empty strings.`);
  }
  return value as string[];
}

function dockerSettings(where: Where, value: unknown): DockerSettings | undefined {
  if (value === undefined) return undefined;
  const key = ['docker'];
  if (!value || typeof value !== 'object' || Array.isArray(value))
    fail(where, key, `[${[...where.prefix, 'docker'].join('.')}] must be a table.`);
  const table = value as TomlTable;
  checkKeys(where, key, table, DOCKER_KEYS);
  const opt = (name: string) =>
    table[name] === undefined ? undefined : str(where, [...key, name], table[name]);
  let variants: DockerVariantSetting[] | undefined;
  if (table.variants !== undefined) {
    const path = [...key, 'variants'];
    if (!Array.isArray(table.variants))
      fail(where, path, 'docker.variants must be an array of {name, packages, extras, build-args} tables.');
    variants = table.variants.map((item, i) => {
      if (!item || typeof item !== 'object' || Array.isArray(item))
        fail(where, path, `docker.variants[${i}] must be a {name, packages, extras, build-args} table.`);
      const entry = item as TomlTable;
      checkKeys(where, path, entry, DOCKER_VARIANT_KEYS);
      const args = entry['build-args'] ?? {};
      if (
        typeof args !== 'object' ||
        Array.isArray(args) ||
        Object.values(args).some((v) => typeof v !== 'string')
      )
        fail(
          where,
          path,
          `docker.variants[${i}].build-args must be a table of strings, e.g. { PYTHON = "3.13" }.`,
        );
      return {
        name: str(where, [...path, 'name'], entry.name),
        packages: strings(where, [...path, 'packages'], entry.packages),
        extras: strings(where, [...path, 'extras'], entry.extras),
        buildArgs: args as Record<string, string>,
      };
    });
  }
  return {
    file: where.file,
    line: keyLine(where.text, [...where.prefix, 'docker']),
    image: strings(where, [...key, 'image'], table.image, true),
    platforms: strings(where, [...key, 'platforms'], table.platforms, true),
    context: opt('context'),
    dockerfile: opt('file'),
    defaultVariant: opt('default-variant'),
    tags: strings(where, [...key, 'tags'], table.tags),
    variants,
  };
}

/** Validates a `[tool.otai-release]`-shaped table; `prefix` is its key path inside `file`. */
export function parseConfig(table: TomlTable, file: string, text: string, prefix: string[]): ReleaseConfig {
  const where: Where = { file, text, prefix };
  checkKeys(where, [], table, TOP_KEYS);
  const policy = table.policy ?? 'lockstep';
  if (policy !== 'lockstep' && policy !== 'independent') {
    fail(where, ['policy'], `policy = "${String(policy)}" is not a policy: use "lockstep" or "independent".`);
  }
  const tagFormat =
    table['tag-format'] === undefined ? DEFAULT_TAG_FORMAT : str(where, ['tag-format'], table['tag-format']);
  validateTagFormat(tagFormat, { file, line: keyLine(text, [...prefix, 'tag-format']), key: 'tag-format' });
  let packages: PackageSetting[] | undefined;
  if (table.packages !== undefined) {
    if (!Array.isArray(table.packages))
      fail(where, ['packages'], 'packages must be an array of paths or tables.');
    packages = table.packages.map((item, i): PackageSetting => {
      if (typeof item === 'string') return { path: item, versionFiles: [] };
      if (!item || typeof item !== 'object' || Array.isArray(item)) {
        fail(
          where,
          ['packages'],
          `packages[${i}] must be a path string or a {path, tag-format, version-files} table.`,
        );
      }
      const entry = item as TomlTable;
      checkKeys(where, ['packages'], entry, PACKAGE_KEYS);
      const entryFormat =
        entry['tag-format'] === undefined
          ? undefined
          : str(where, ['packages', 'tag-format'], entry['tag-format']);
      if (entryFormat)
        validateTagFormat(entryFormat, {
          file,
          line: keyLine(text, [...prefix, 'packages']),
          key: `packages[${i}].tag-format`,
        });
      return {
        path: str(where, ['packages', 'path'], entry.path),
        tagFormat: entryFormat,
        versionFiles: versionFiles(where, ['packages', 'version-files'], entry['version-files']),
      };
    });
  }
  const exclude = table.exclude ?? [];
  if (!Array.isArray(exclude) || exclude.some((e) => typeof e !== 'string')) {
    fail(where, ['exclude'], 'exclude must be an array of path globs, e.g. ["examples/*"].');
  }
  return {
    file,
    policy,
    tagFormat,
    policySet: table.policy !== undefined,
    tagFormatSet: table['tag-format'] !== undefined,
    index: table.index === undefined ? undefined : str(where, ['index'], table.index),
    packages,
    exclude: exclude as string[],
    versionFiles: versionFiles(where, ['version-files'], table['version-files']),
    firstPrereleaseNumber: firstPrereleaseNumber(where, table['first-prerelease-number']),
    docker: dockerSettings(where, table.docker),
  };
}

/** The defaults when a repository has no configuration. */
export function defaultConfig(): ReleaseConfig {
  return {
    policy: 'lockstep',
    tagFormat: DEFAULT_TAG_FORMAT,
    policySet: false,
    tagFormatSet: false,
    exclude: [],
    versionFiles: [],
    firstPrereleaseNumber: 1,
  };
}

/**
 * Loads the configuration of the repository: `otai-release.toml` if present, else
 * `[tool.otai-release]` of the root pyproject.toml, else defaults. Both at once is an error.
 */
export function loadConfig(files: RepoFiles): ReleaseConfig {
  const fromPyproject = files.isFile('pyproject.toml') ? files.toml('pyproject.toml').tool : undefined;
  const tool = (fromPyproject as TomlTable | undefined)?.['otai-release'];
  if (tool !== undefined && (!tool || typeof tool !== 'object' || Array.isArray(tool))) {
    throw new ConfigurationError('[tool.otai-release] must be a table.', { file: 'pyproject.toml' });
  }
  if (files.isFile('otai-release.toml')) {
    if (tool) {
      throw new ConfigurationError(
        'Configuration is in both otai-release.toml and [tool.otai-release] of pyproject.toml; keep one of them.',
        { file: 'otai-release.toml' },
      );
    }
    const text = files.text('otai-release.toml');
    const table = files.toml('otai-release.toml');
    // The pyproject.toml spelling copied over: the keys would all be one unknown key 'tool'.
    if (getPath(table, ['tool', 'otai-release']) !== undefined) {
      throw new ConfigurationError(
        'In otai-release.toml the keys go at the top level, without a [tool.otai-release] header (that header belongs in pyproject.toml); delete the header line and keep the keys below it.',
        { file: 'otai-release.toml', line: keyLine(text, ['tool', 'otai-release']) },
      );
    }
    return parseConfig(table, 'otai-release.toml', text, []);
  }
  if (tool)
    return parseConfig(tool as TomlTable, 'pyproject.toml', files.text('pyproject.toml'), [
      'tool',
      'otai-release',
    ]);
  return defaultConfig();
}
