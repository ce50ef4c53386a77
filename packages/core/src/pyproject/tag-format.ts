/**
 * Tag formats such as `v{version}` or `hf-local-v{version}`: validated once, rendered for a version,
 * and parsed back out of a tag. Any literal text is allowed around the placeholders (real repos use
 * `v`, none, `<pkg>-v`, `python-v` and even `cli==`).
 */
import { ConfigurationError, type SourcePosition } from '../errors/index.js';
import { listOf } from '../text/index.js';

/** Placeholders a tag format may use. */
export const TAG_PLACEHOLDERS = ['version', 'name'] as const;

/** The default: one lockstep tag `v1.2.3`. */
export const DEFAULT_TAG_FORMAT = 'v{version}';

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

/** The tag name from a GitHub ref (`refs/tags/v1.0` → `v1.0`); undefined for branches. */
export function tagFromRef(ref: string | undefined): string | undefined {
  return ref?.startsWith('refs/tags/') ? ref.slice('refs/tags/'.length) : undefined;
}
