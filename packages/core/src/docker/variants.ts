/**
 * Image variants: one image per set of packages, built from the same Dockerfile (Open Ticket AI's
 * core, core + HuggingFace plugin, core + OTOBO/Znuny plugin, all). They come from the `variants`
 * input (a YAML or JSON list) or from `[tool.otai-release.docker] variants`; both are checked here, so
 * a typo fails before anything is built.
 */
import { parse as parseYaml } from 'yaml';
import { ConfigurationError, type SourcePosition } from '../errors/index.js';
import { canonicalizeName, isValidName } from '../names/index.js';
import type { DockerVariantSetting } from '../pyproject/index.js';
import { listOf, nearest } from '../text/index.js';

/** One variant, checked: its name and what it installs. */
export interface Variant {
  name: string;
  /** Requirements without version, as the Dockerfile installs them (`open-ticket-ai[hf]`, `otai-hf-local`). */
  requirements: string[];
  /** The project names alone, canonical (what must be on the index before the build). */
  projects: string[];
  /** Extra build arguments of this variant (PACKAGES and VERSION are set by otai-release). */
  buildArgs: Record<string, string>;
}

/** Where a list of variants came from, for error messages. */
export interface VariantSource {
  /** `Input 'variants'` or `[tool.otai-release.docker] variants`. */
  what: string;
  position?: SourcePosition;
}

// Bake target names allow [a-zA-Z0-9_-]; tags allow dots too. Lower case keeps tags predictable.
const VARIANT_NAME = /^[a-z0-9](?:[a-z0-9_-]*[a-z0-9])?$/;
const BUILD_ARG_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const EXTRA_NAME = /^[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?$/;
/** Build arguments otai-release sets itself; a variant may not override them. */
export const RESERVED_BUILD_ARGS = ['PACKAGES', 'VERSION', 'INSTALL_FROM', 'DIST_DIR', 'INDEX_URL'] as const;
const VARIANT_KEYS = ['name', 'packages', 'extras', 'build-args'];

const EXAMPLE =
  '[{name: core, packages: [open-ticket-ai]}, {name: hf-local, packages: [open-ticket-ai, otai-hf-local]}]';

/** Parses the `variants` input: a YAML or JSON list of {name, packages, extras, build-args}. */
export function parseVariantsText(text: string): DockerVariantSetting[] {
  const what = "Input 'variants'";
  let value: unknown;
  try {
    // JSON is YAML, so one parser reads both.
    value = parseYaml(text);
  } catch (error) {
    throw new ConfigurationError(
      `${what} is neither YAML nor JSON (${(error as Error).message.split('\n')[0]}): write a list such as ${EXAMPLE}.`,
    );
  }
  if (!Array.isArray(value) || value.length === 0) {
    throw new ConfigurationError(`${what} must be a non-empty list of variants, e.g. ${EXAMPLE}.`);
  }
  return value.map((item, i) => {
    const at = `${what}, item ${i + 1}`;
    if (!item || typeof item !== 'object' || Array.isArray(item)) {
      throw new ConfigurationError(
        `${at} must be a mapping with name and packages (or extras), e.g. ${EXAMPLE}.`,
      );
    }
    const entry = item as Record<string, unknown>;
    for (const key of Object.keys(entry)) {
      if (VARIANT_KEYS.includes(key)) continue;
      const guess = nearest(key, VARIANT_KEYS);
      throw new ConfigurationError(
        `${at} has the unknown key '${key}'${guess ? `: did you mean '${guess}'?` : '.'} Known keys: ${listOf(VARIANT_KEYS)}.`,
      );
    }
    if (typeof entry.name !== 'string' || entry.name === '') {
      throw new ConfigurationError(`${at} needs a name (a string such as core or hf-local).`);
    }
    const list = (key: string): string[] | undefined => {
      const v = entry[key];
      if (v === undefined || v === null) return undefined;
      if (typeof v === 'string') return v.split(/[\s,]+/).filter(Boolean);
      if (Array.isArray(v) && v.every((x) => typeof x === 'string')) return v as string[];
      throw new ConfigurationError(`${at} (${entry.name}): ${key} must be a list of strings.`);
    };
    const args = entry['build-args'] ?? {};
    if (typeof args !== 'object' || args === null || Array.isArray(args)) {
      throw new ConfigurationError(
        `${at} (${entry.name}): build-args must be a mapping such as {PYTHON: "3.13"}.`,
      );
    }
    const buildArgs: Record<string, string> = {};
    for (const [k, v] of Object.entries(args)) {
      if (typeof v === 'object' && v !== null) {
        throw new ConfigurationError(`${at} (${entry.name}): build-args.${k} must be a string.`);
      }
      buildArgs[k] = String(v);
    }
    return { name: entry.name, packages: list('packages'), extras: list('extras'), buildArgs };
  });
}

/**
 * Checks variant settings and resolves what each installs. `repositoryPackages` are the project names
 * of the repository in release order (the first is the core that `extras` and a variant without
 * `packages` refer to); undefined when the repository could not be read.
 */
export function resolveVariants(
  settings: readonly DockerVariantSetting[],
  source: VariantSource,
  repositoryPackages: readonly string[] | undefined,
): Variant[] {
  if (settings.length === 0) {
    throw new ConfigurationError(
      `${source.what} lists no variant; list at least one, e.g. ${EXAMPLE}.`,
      source.position,
    );
  }
  const seen = new Set<string>();
  return settings.map((setting) => {
    const at = `${source.what}: variant '${setting.name}'`;
    const fail = (message: string): never => {
      throw new ConfigurationError(`${at} ${message}`, source.position);
    };
    if (!VARIANT_NAME.test(setting.name)) {
      fail(
        'is not a usable variant name: use lower-case letters, digits, - and _ (it becomes part of image tags and of a bake target name), e.g. hf-local.',
      );
    }
    if (seen.has(setting.name)) fail('is listed twice; give each variant its own name.');
    seen.add(setting.name);
    const core = setting.packages?.[0] ?? repositoryPackages?.[0];
    if (!core) {
      fail(
        'names no packages, and no repository was read to take the first package from: list its packages.',
      );
    }
    const packages = setting.packages ?? [core!];
    for (const name of packages) {
      if (!isValidName(name)) {
        fail(
          `names the package ${JSON.stringify(name)}, which is not a project name (write the name alone, without version or extras; extras go in extras).`,
        );
      }
    }
    if (repositoryPackages) {
      const known = new Set(repositoryPackages.map(canonicalizeName));
      for (const name of packages) {
        if (!known.has(canonicalizeName(name))) {
          const guess = nearest(name, repositoryPackages);
          fail(
            `installs ${name}, which is not a package of this repository${guess ? ` (did you mean ${guess}?)` : ''}; its packages are ${listOf(repositoryPackages)}.`,
          );
        }
      }
    }
    const extras = setting.extras ?? [];
    for (const extra of extras) {
      if (!EXTRA_NAME.test(extra))
        fail(`has the extra ${JSON.stringify(extra)}, which is not an extra name.`);
    }
    for (const key of Object.keys(setting.buildArgs)) {
      if (!BUILD_ARG_NAME.test(key)) fail(`has the build argument '${key}', which is not a valid ARG name.`);
      if ((RESERVED_BUILD_ARGS as readonly string[]).includes(key)) {
        fail(`sets the build argument ${key}, which otai-release sets itself; remove it from build-args.`);
      }
    }
    const projects = [...new Set(packages.map(canonicalizeName))];
    const requirements = packages.map((name, i) =>
      i === 0 && extras.length > 0 ? `${name}[${extras.join(',')}]` : name,
    );
    return { name: setting.name, requirements, projects, buildArgs: { ...setting.buildArgs } };
  });
}
