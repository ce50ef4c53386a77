/**
 * Planning a version change from what `readRepository` found — the same discovery `check` uses, so
 * every location check compares is a location this rewrites. The plan is pure: it computes the new
 * version and every byte that changes for it, and touches neither the disk nor git.
 */
import { ConfigurationError } from '../errors/index.js';
import { canonicalizeName } from '../names/index.js';
import {
  BUMP_SPECS,
  bumpVersion,
  compareVersions,
  formatVersion,
  hasLocal,
  isBumpSpec,
  parseVersion,
  tryParseVersion,
} from '../pep440/index.js';
import {
  declaredVersion,
  matchTag,
  type PythonPackage,
  type Repository,
  renderTag,
  type VersionLocation,
} from '../pyproject/index.js';
import { listOf, nearest } from '../text/index.js';
import { changelogReplacements } from './changelog.js';
import { pinReplacements } from './pins.js';
import { applyReplacements } from './text.js';
import type { FileEdit, PackageChange, Replacement, VersionPlan } from './types.js';

/** Options of `planVersionChange`. */
export interface PlanOptions {
  /** Independent policy: the package to change (name or path); required when there are several. */
  package?: string;
  /** Allow a version lower than or equal to the current one. */
  force?: boolean;
  /** First number of a new a/b/rc/dev series; default `[tool.otai-release] first-prerelease-number`, else 1. */
  firstPrereleaseNumber?: number;
  /** Today, for the changelog's release date (injected so plans are reproducible). */
  now?: Date;
  /**
   * The repository's git tags: the current version of tag-derived packages, and, when no tag-format is
   * configured, whether new tags have a `v` (as the default) or not (as the latest existing tag).
   */
  tags?: string[];
}

const CHANGELOG = 'CHANGELOG.md';
const BUMPS = BUMP_SPECS.join(', ');

const at = (l: { file: string; line: number }) => `${l.file}:${l.line}`;

function selectPackages(repo: Repository, wanted: string | undefined): PythonPackage[] {
  if (repo.policy === 'lockstep') {
    if (wanted) {
      throw new ConfigurationError(
        `package "${wanted}" was given, but the policy is lockstep: every package gets the one version. ` +
          'Leave package empty, or set policy = "independent" in [tool.otai-release].',
        { file: repo.config.file },
      );
    }
    return repo.packages;
  }
  const names = repo.packages.map((p) => p.name);
  if (!wanted) {
    if (repo.packages.length === 1) return repo.packages;
    throw new ConfigurationError(
      `The policy is independent and the repository has ${repo.packages.length} packages; say which one to change with package (one of ${listOf(names)}).`,
      { file: repo.config.file },
    );
  }
  const key = canonicalizeName(wanted);
  const found = repo.packages.find(
    (p) => canonicalizeName(p.name) === key || p.path === wanted.replace(/\/+$/, ''),
  );
  if (!found) {
    const guess = nearest(key, names.map(canonicalizeName));
    throw new ConfigurationError(
      `There is no package "${wanted}" in this repository${guess ? `; did you mean "${names.find((n) => canonicalizeName(n) === guess)}"?` : '.'} The packages are ${listOf(names)}.`,
    );
  }
  return [found];
}

// The versions the changed packages are at now; invalid texts matter only to bumps.
function currentVersion(spec: string, locations: VersionLocation[], notices: string[]): string | undefined {
  const valid = locations.filter((l) => tryParseVersion(l.raw));
  const invalid = locations.find((l) => !tryParseVersion(l.raw));
  const bump = isBumpSpec(spec);
  if (invalid && bump) {
    throw new ConfigurationError(
      `Cannot bump "${spec}": ${invalid.label} in ${at(invalid)} is "${invalid.raw}", which is not a valid PEP 440 version. Set an explicit version instead (e.g. "1.2.3"); every location is rewritten to it.`,
      { file: invalid.file, line: invalid.line, column: invalid.column },
    );
  }
  const versions = [...new Set(valid.map((l) => formatVersion(parseVersion(l.raw))))];
  if (versions.length > 1) {
    const list = valid.map((l) => `${at(l)} ${l.label} "${l.raw}"`).join('; ');
    if (bump) {
      throw new ConfigurationError(
        `Cannot bump "${spec}": the version locations disagree (${list}). Set an explicit version instead; every location is rewritten to it.`,
        { file: valid[0].file, line: valid[0].line },
      );
    }
    notices.push(`The version locations disagreed (${list}); all of them now read the new version.`);
  }
  return versions.sort(compareVersions).at(-1);
}

interface ReleaseTag {
  tag: string;
  format: string;
  version: string;
}

// The package's tag of the highest public version, in any format it accepts; on a tie the default
// format's (a repository that has both `v1.0` and `1.0` keeps the `v`).
function latestTag(pkg: PythonPackage, tags: readonly string[]): ReleaseTag | undefined {
  let best: ReleaseTag | undefined;
  for (const tag of tags) {
    const match = matchTag(pkg.acceptedTagFormats, tag, pkg.name);
    const v = match && tryParseVersion(match.version);
    if (!match || !v || v.local?.length) continue;
    const version = formatVersion(v);
    const order = best === undefined ? 1 : compareVersions(version, best.version);
    if (order > 0 || (order === 0 && match.format === pkg.tagFormat))
      best = { tag, format: match.format, version };
  }
  return best;
}

// Tag-derived packages: the highest version among the tags in their formats.
function versionFromTags(packages: PythonPackage[], tags: readonly string[]): string | undefined {
  const versions = packages.flatMap((p) => latestTag(p, tags)?.version ?? []);
  return versions.sort(compareVersions).at(-1);
}

// With no tag-format configured, new tags follow the repository's latest release tag (bare `4.0.0`
// gives `4.1.0`); with one, or with no tags yet, they use the package's format.
function newTagFormat(pkg: PythonPackage, tags: readonly string[], notices: Set<string>): string {
  if (pkg.acceptedTagFormats.length < 2) return pkg.tagFormat;
  const latest = latestTag(pkg, tags);
  if (!latest || latest.format === pkg.tagFormat) return pkg.tagFormat;
  notices.add(
    `No tag-format is configured and the latest release tag "${latest.tag}" has the form "${latest.format}" rather than "${pkg.tagFormat}", so the new tag follows it; set tag-format in [tool.otai-release] to choose.`,
  );
  return latest.format;
}

function nextVersion(
  spec: string,
  previous: string | undefined,
  options: PlanOptions & { firstPrereleaseNumber: number },
  notices: string[],
  tagFormats: string,
): string {
  if (isBumpSpec(spec)) {
    if (previous === undefined) {
      throw new ConfigurationError(
        `Cannot bump "${spec}": the version comes from git tags and no tag matches ${tagFormats}. For the first release, set an explicit version such as "0.1.0".`,
      );
    }
    return bumpVersion(previous, spec, { firstPrereleaseNumber: options.firstPrereleaseNumber });
  }
  let parsed;
  try {
    parsed = parseVersion(spec);
  } catch (error) {
    if (!(error instanceof ConfigurationError)) throw error;
    throw new ConfigurationError(`${error.message}; or give a bump: one of ${BUMPS}.`);
  }
  const next = formatVersion(parsed);
  if (hasLocal(parsed)) {
    throw new ConfigurationError(
      `"${spec}" has a local label ("+${next.split('+')[1]}"), which PyPI refuses; set a public version such as "${next.split('+')[0]}".`,
    );
  }
  if (next !== spec) notices.push(`"${spec}" is written in its PEP 440 normal form "${next}".`);
  if (previous !== undefined && !options.force && compareVersions(next, previous) <= 0) {
    const how = compareVersions(next, previous) === 0 ? 'the same as' : 'lower than';
    throw new ConfigurationError(
      `${next} is ${how} the current version ${previous}; a release must go forward. Set a higher version, bump one of ${BUMPS}, or force it (force: true / --force).`,
    );
  }
  return next;
}

const SEMVER_PRE = { a: 'alpha', b: 'beta', rc: 'rc' } as const;

/**
 * A PEP 440 version written as the SemVer Cargo requires, in the form maturin reads back as the same
 * version: 1.2.0rc1 → 1.2.0-rc.1, 1.2.0.dev3 → 1.2.0-dev.3.
 */
export function cargoSemver(version: string, l: VersionLocation): string {
  const v = parseVersion(version);
  // 1.2 would be written 1.2.0, which maturin builds as 1.2.0: a version other than the tag's.
  if (v.epoch !== 0 || v.release.length !== 3 || v.local?.length) {
    const three = [...v.release, 0, 0].slice(0, 3).join('.');
    throw new ConfigurationError(
      `${version} cannot be written to ${l.file} (${l.label}): Cargo versions are SemVer, exactly MAJOR.MINOR.PATCH with an optional pre-release, and maturin builds what Cargo.toml says; choose a version such as "${three}".`,
      { file: l.file, line: l.line },
    );
  }
  const pre = [
    ...(v.pre ? [SEMVER_PRE[v.pre[0]], v.pre[1]] : []),
    ...(v.post !== undefined ? ['post', v.post] : []),
    ...(v.dev !== undefined ? ['dev', v.dev] : []),
  ];
  const release = v.release.join('.');
  return pre.length ? `${release}-${pre.join('.')}` : release;
}

function locationReplacement(l: VersionLocation, pkg: string | undefined, next: string): Replacement {
  // A leading v inside the span (a whole-file VERSION of `v1.2.3`) stays; hatch's pattern leaves it outside.
  const v = /^[vV]/.test(l.raw) ? l.raw[0] : '';
  if (l.kind === 'cargo') next = cargoSemver(next, l);
  return {
    kind: 'version',
    label: l.label,
    package: pkg,
    line: l.line,
    column: l.column,
    start: l.start,
    end: l.end,
    old: l.raw,
    new: `${v}${next}`,
  };
}

function buildEdits(repo: Repository, byFile: Map<string, Replacement[]>): FileEdit[] {
  const edits: FileEdit[] = [];
  for (const [file, found] of byFile) {
    const sorted = found.filter((r) => r.old !== r.new).sort((a, b) => a.start - b.start || a.end - b.end);
    const replacements: Replacement[] = [];
    for (const r of sorted) {
      const last = replacements.at(-1);
      // Two readers can report the same span (a module file that is also a package's version-file).
      if (last && last.start === r.start && last.end === r.end && last.new === r.new) continue;
      if (last && r.start < last.end) {
        throw new ConfigurationError(
          `${file}:${r.line}: ${r.label} overlaps ${last.label} at line ${last.line}, so the file cannot be rewritten safely; remove one of the two from the configuration.`,
          { file, line: r.line },
        );
      }
      replacements.push(r);
    }
    const original = repo.files.text(file);
    const updated = applyReplacements(original, replacements);
    if (updated !== original) edits.push({ file, original, updated, replacements });
  }
  return edits.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

/**
 * Plans setting the version to `spec` — an explicit PEP 440 version (SemVer-style spellings such as
 * `0.2.0-beta.1` are accepted and written normalised) or a bump (`major` … `release`). Throws
 * ConfigurationError for an unparsable spec, an unknown or missing package, a local version, a version
 * not above the current one (unless `force`), and pins whose upper bound excludes the new version.
 */
export function planVersionChange(repo: Repository, spec: string, options: PlanOptions = {}): VersionPlan {
  const wanted = spec.trim();
  if (wanted === '') {
    throw new ConfigurationError(
      `No version given: write an explicit version such as "1.2.3" or "1.2.3rc1", or a bump: one of ${BUMPS}.`,
    );
  }
  const notices: string[] = [];
  const changing = selectPackages(repo, options.package?.trim() || undefined);
  const lockstep = repo.policy === 'lockstep';
  const locations = [...changing.flatMap((p) => p.locations), ...(lockstep ? repo.versionFiles : [])];
  const formats = [...new Set(changing.flatMap((p) => p.acceptedTagFormats))]
    .map((f) => `\`${f}\``)
    .join(' or ');
  const previous =
    locations.length > 0
      ? currentVersion(wanted, locations, notices)
      : versionFromTags(changing, options.tags ?? []);
  const first = options.firstPrereleaseNumber ?? repo.config.firstPrereleaseNumber ?? 1;
  const next = nextVersion(wanted, previous, { ...options, firstPrereleaseNumber: first }, notices, formats);
  const tagNotices = new Set<string>();
  const tagFormats = new Map(changing.map((p) => [p, newTagFormat(p, options.tags ?? [], tagNotices)]));
  notices.push(...tagNotices);
  const tagOf = (p: PythonPackage) => renderTag(tagFormats.get(p) ?? p.tagFormat, next, p.name);

  const byFile = new Map<string, Replacement[]>();
  const add = (file: string, r: Replacement) => byFile.set(file, [...(byFile.get(file) ?? []), r]);
  for (const pkg of changing) {
    for (const l of pkg.locations) add(l.file, locationReplacement(l, pkg.name, next));
  }
  if (lockstep) for (const l of repo.versionFiles) add(l.file, locationReplacement(l, undefined, next));

  const changed = new Set(changing.map((p) => canonicalizeName(p.name)));
  for (const pkg of repo.packages) {
    for (const pin of pkg.pins) {
      if (!changed.has(canonicalizeName(pin.name))) continue;
      for (const r of pinReplacements(pin, pkg.name, repo.files.text(pin.file), next)) add(pin.file, r);
    }
  }

  const date = (options.now ?? new Date()).toISOString().slice(0, 10);
  const changelogTags = new Map<string, string>();
  if (lockstep || changing.some((p) => p.path === '.')) changelogTags.set('.', tagOf(changing[0]));
  for (const pkg of changing) changelogTags.set(pkg.path, tagOf(pkg));
  for (const [dir, tag] of changelogTags) {
    const file = dir === '.' ? CHANGELOG : `${dir}/${CHANGELOG}`;
    if (!repo.files.isFile(file)) continue;
    const found = changelogReplacements(repo.files.text(file), next, tag, date);
    if (found.notice) notices.push(`${file}: ${found.notice}.`);
    for (const r of found.replacements) add(file, r);
  }

  const packages: PackageChange[] = changing.map((p) => ({
    name: p.name,
    path: p.path,
    previous: declaredVersion(p) ?? previous,
    next,
    tag: tagOf(p),
    fromTag: p.tagDerived?.tool,
  }));
  const tags = [...new Set(packages.map((p) => p.tag))];
  return {
    policy: repo.policy,
    previous,
    next,
    tag: tags[0],
    tags,
    packages,
    edits: buildEdits(repo, byFile),
    notices,
    commitMessage: lockstep ? `chore(release): ${tags[0]}` : `chore(release): ${changing[0].name} ${next}`,
  };
}
