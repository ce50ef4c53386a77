/**
 * Tag formats such as `v{version}` or `hf-local-v{version}`: validated once, rendered for a version,
 * and parsed back out of a tag. Any literal text is allowed around the placeholders (real repos use
 * `v`, none, `<pkg>-v`, `python-v` and even `cli==`).
 */
import { ConfigurationError, type SourcePosition } from '../errors/index.js';
import { normalizeVersion, tryParseVersion } from '../pep440/index.js';
import { listOf } from '../text/index.js';

/** Placeholders a tag format may use. */
export const TAG_PLACEHOLDERS = ['version', 'name'] as const;

/** The default: one lockstep tag `v1.2.3`. */
export const DEFAULT_TAG_FORMAT = 'v{version}';

/** The default of the independent policy: each package its own tag, `mypkg-v1.2.3`. */
export const DEFAULT_INDEPENDENT_TAG_FORMAT = '{name}-v{version}';

/**
 * The formats a tag may have when no tag-format is configured, the default first (new tags use it):
 * many projects tag without the `v` (flask, httpx, pdm, poetry-core), and refusing their tags would make
 * every one of them configure what they already do. A configured format accepts only itself.
 */
export const UNCONFIGURED_TAG_FORMATS: Readonly<Record<'lockstep' | 'independent', readonly string[]>> = {
  lockstep: [DEFAULT_TAG_FORMAT, '{version}'],
  independent: [DEFAULT_INDEPENDENT_TAG_FORMAT, '{name}-{version}'],
};

/** Checks a tag format: exactly one `{version}`, only known placeholders, no characters git refuses in tags. */
export function validateTagFormat(format: string, where: SourcePosition & { key: string }): void {
  const placeholders = [...format.matchAll(/\{([^}]*)\}/g)].map((m) => m[1]);
  for (const p of placeholders) {
    if (!(TAG_PLACEHOLDERS as readonly string[]).includes(p)) {
      throw new ConfigurationError(
        `${where.key} = "${format}" uses the unknown placeholder {${p}}; the known ones are ${listOf(
          TAG_PLACEHOLDERS.map((t) => `{${t}}`),
        )}.`,
        where,
      );
    }
  }
  if (placeholders.filter((p) => p === 'version').length !== 1) {
    throw new ConfigurationError(
      `${where.key} = "${format}" must contain {version} exactly once, e.g. "v{version}" or "mypkg-v{version}".`,
      where,
    );
  }
  if (/[\s~^:?*[\\]|\.\.|@\{/.test(format.replace(/\{(version|name)\}/g, ''))) {
    throw new ConfigurationError(
      `${where.key} = "${format}" contains characters git does not allow in a tag name (space ~ ^ : ? * [ \\ .. @{).`,
      where,
    );
  }
}

/** The tag for `version` of package `name`. */
export function renderTag(format: string, version: string, name: string): string {
  return format.replace('{version}', version).replaceAll('{name}', name);
}

/** The version text a tag carries under `format`, or undefined when the tag does not fit the format. */
export function versionFromTag(format: string, tag: string, name: string): string | undefined {
  const parts = format.split(/(\{version\}|\{name\})/);
  const source = parts
    .map((p) => {
      if (p === '{version}') return '(?<version>.+)';
      if (p === '{name}') return name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      return p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    })
    .join('');
  return new RegExp(`^${source}$`, 'i').exec(tag)?.groups?.version;
}

/** A tag read under one of several formats: the format it fits and the version text it carries. */
export interface TagMatch {
  format: string;
  version: string;
}

/**
 * The first of `formats` that `tag` fits, with the version text it carries; undefined when it fits none.
 * The first format fits on its shape alone (so `vlatest` can be reported as a bad version); the others
 * only with a valid PEP 440 version, since `{version}` has the shape of every tag there is. Order
 * decides: `v1.0` fits both `v{version}` and `{version}` (PEP 440 allows a leading v) and is read as
 * the former.
 */
export function matchTag(formats: readonly string[], tag: string, name: string): TagMatch | undefined {
  for (const [i, format] of formats.entries()) {
    const version = versionFromTag(format, tag, name);
    if (version !== undefined && (i === 0 || tryParseVersion(version))) return { format, version };
  }
  return undefined;
}

/** The tag name from a GitHub ref (`refs/tags/v1.0` → `v1.0`); undefined for branches. */
export function tagFromRef(ref: string | undefined): string | undefined {
  return ref?.startsWith('refs/tags/') ? ref.slice('refs/tags/'.length) : undefined;
}

/**
 * The release version a tag gives a package under its formats, in normal form; undefined when the
 * tag fits none of them or carries no valid PEP 440 version.
 */
export function tagReleaseVersion(formats: readonly string[], tag: string, name: string): string | undefined {
  const text = matchTag(formats, tag, name)?.version;
  return text !== undefined && tryParseVersion(text) ? normalizeVersion(text) : undefined;
}
