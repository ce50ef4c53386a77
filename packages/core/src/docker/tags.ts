/**
 * Image tags from templates. Versions are PEP 440 (never SemVer: docker/metadata-action's
 * `type=semver` drops `1.2.0rc1` with only a warning), and a tag that does not carry the whole version
 * (`{variant}-latest`, `latest`, `{major}.{minor}`) moves from release to release, so a pre-release
 * never gets one: users of `core-latest` must not be moved onto a release candidate.
 */
import { ConfigurationError } from '../errors/index.js';
import { isPrerelease, normalizeVersion, parseVersion } from '../pep440/index.js';

/** The tags every variant gets unless configured otherwise. */
export const DEFAULT_TAG_TEMPLATES: readonly string[] = ['{version}-{variant}', '{variant}-latest'];
/** What the default variant gets on top: the bare version and `latest`. */
export const DEFAULT_VARIANT_TEMPLATES: readonly string[] = ['{version}', 'latest'];

const PLACEHOLDERS = ['version', 'variant', 'major', 'minor'] as const;
// The OCI distribution spec's tag grammar.
const TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;

/** The version as it may appear in a tag: normalised PEP 440, with `+` and `!` (not allowed in tags) as `-`. */
export function tagVersion(version: string): string {
  return normalizeVersion(version).replace(/[^A-Za-z0-9_.-]/g, '-');
}

/** True when the template carries the whole version, so its tag names one release and never moves. */
export function isPinnedTemplate(template: string): boolean {
  return template.includes('{version}');
}

/**
 * Checks tag templates: known placeholders only, and each variant's tags must differ from the
 * others' (a template without `{variant}` would make every variant push the same tag — the last one
 * wins, as every Open Ticket AI matrix job pushing `latest` did).
 */
export function validateTemplates(templates: readonly string[], what: string): void {
  if (templates.length === 0)
    throw new ConfigurationError(`${what} lists no tag template; leave it empty for the defaults.`);
  for (const template of templates) {
    for (const [, name] of template.matchAll(/\{([^}]*)\}/g)) {
      if (!(PLACEHOLDERS as readonly string[]).includes(name!)) {
        throw new ConfigurationError(
          `${what}: the template '${template}' has the unknown placeholder {${name}}; use {version}, {variant}, {major} or {minor}.`,
        );
      }
    }
    if (!template.includes('{variant}')) {
      throw new ConfigurationError(
        `${what}: the template '${template}' has no {variant}, so every variant would push the same tag and the last build would win it; add {variant} (the default variant gets {version} and latest by itself).`,
      );
    }
    const sample = render(template, { version: '1.0.0', variant: 'core', major: '1', minor: '0' });
    if (!TAG.test(sample)) {
      throw new ConfigurationError(
        `${what}: the template '${template}' gives the tag '${sample}', which is not a valid image tag (letters, digits, _, . and -, at most 128, not starting with . or -).`,
      );
    }
  }
}

/** What tags a variant gets. */
export interface VariantTagOptions {
  version: string;
  variant: string;
  templates: readonly string[];
  /** The default variant also gets DEFAULT_VARIANT_TEMPLATES. */
  isDefault: boolean;
}

/** The tags of one variant at one version, in template order, without duplicates. */
export function variantTags(options: VariantTagOptions): string[] {
  const version = parseVersion(options.version);
  const prerelease = isPrerelease(version);
  const values = {
    version: tagVersion(options.version),
    variant: options.variant,
    major: String(version.release[0] ?? 0),
    minor: String(version.release[1] ?? 0),
  };
  const templates = [...options.templates, ...(options.isDefault ? DEFAULT_VARIANT_TEMPLATES : [])];
  const tags: string[] = [];
  for (const template of templates) {
    if (prerelease && !isPinnedTemplate(template)) continue;
    const tag = render(template, values);
    if (!TAG.test(tag)) {
      throw new ConfigurationError(
        `The tag template '${template}' gives '${tag}' for version ${options.version}, which is not a valid image tag (at most 128 letters, digits, _, . and -).`,
      );
    }
    if (!tags.includes(tag)) tags.push(tag);
  }
  return tags;
}

function render(template: string, values: Record<(typeof PLACEHOLDERS)[number], string>): string {
  return template.replace(
    /\{(version|variant|major|minor)\}/g,
    (_, name: keyof typeof values) => values[name],
  );
}
