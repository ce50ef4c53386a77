/**
 * A repository with no policy configured is read as lockstep. Monorepos whose packages each carry
 * their own version (dbt-adapters, kedro-plugins, hatch) would then get one "change it to" error per
 * package, each advising a version that belongs to another package. When most packages disagree, the
 * versions are evidence enough: they are checked as independent, and one notice says so with the exact
 * configuration to write, including the tag format the repository's existing tags already use.
 */
import { canonicalizeName } from '../names/index.js';
import { normalizeVersion, tryParseSpecifierSet, tryParseVersion } from '../pep440/index.js';
import {
  declaredVersion,
  matchTag,
  type PythonPackage,
  type Repository,
  tagReleaseVersion,
  UNCONFIGURED_TAG_FORMATS,
} from '../pyproject/index.js';
import type { PackageReport, VersionFinding } from './types.js';

// Tag formats monorepos use for per-package tags, in order of preference when counts tie.
const CANDIDATE_FORMATS = [
  '{name}-v{version}',
  '{name}-{version}',
  '{name}/v{version}',
  '{name}/{version}',
  '{name}@{version}',
  '{name}@v{version}',
  '{name}_v{version}',
];

/** Neither policy nor tag format written down, nor given by the caller: the lockstep default is a guess. */
export function unconfigured(repo: Repository, policyGiven: boolean): boolean {
  if (repo.policy !== 'lockstep' || repo.config.policySet || policyGiven) return false;
  // A configured tag format or shared version files speak for one version across packages.
  if (repo.config.tagFormatSet || repo.versionFiles.length > 0) return false;
  return !repo.config.packages?.some((p) => p.tagFormat);
}

/** Whether the versions could speak against the lockstep default (so the tags are worth reading). */
export function mayBeIndependent(repo: Repository, policyGiven: boolean): boolean {
  return unconfigured(repo, policyGiven) && repo.packages.length >= 3;
}

/** The repository as an independent one, and the notice that says why; undefined when lockstep fits. */
export function independentByEvidence(
  repo: Repository,
  options: { policyGiven?: boolean; tags?: readonly string[]; tag?: string },
): { repo: Repository; finding: VersionFinding } | undefined {
  if (!unconfigured(repo, options.policyGiven ?? false)) return undefined;
  const named = options.tag === undefined ? undefined : packageNamedBy(repo, options.tag);
  if (named) {
    return {
      repo: asIndependent(repo),
      finding: {
        level: 'notice',
        code: 'policy-inferred',
        file: repo.config.file ?? 'pyproject.toml',
        message:
          `No policy is configured, and the tag "${options.tag}" names the package ${named.name}, so each package is ` +
          `checked against its own version and the tag against ${named.name} alone. To say so in the configuration:` +
          `\n[tool.otai-release]\npolicy = "independent"`,
      },
    };
  }
  const declared = repo.packages
    .map((pkg) => ({ pkg, version: fileVersion(pkg) }))
    .filter((d): d is Declared => d.version !== undefined);
  if (declared.length < 2) return undefined;
  const counts = new Map<string, number>();
  for (const d of declared) counts.set(d.version, (counts.get(d.version) ?? 0) + 1);
  const agreeing = Math.max(...counts.values());
  // Two packages that differ are as likely a forgotten bump as two release lines: only a pin tells.
  const mostlyDiffer = declared.length >= 3 && agreeing * 2 <= declared.length;
  const pinned = mostlyDiffer ? undefined : pinnedLines(declared, counts);
  if (!mostlyDiffer && !pinned) return undefined;

  const formats = UNCONFIGURED_TAG_FORMATS.independent;
  const independent = asIndependent(repo);
  const shown = declared.slice(0, 4).map((d) => `${d.pkg.name} ${d.version}`);
  const more = declared.length > shown.length ? `, and ${declared.length - shown.length} more` : '';
  const used = tagFormatInUse(repo.packages, options.tags ?? []);
  const formatLine = used && !formats.includes(used.format) ? `\ntag-format = "${used.format}"` : '';
  const tagNote = used
    ? ` The repository's ${used.count} tag(s) such as "${used.example}" follow "${used.format}".`
    : ` Tags are then read as ${formats.map((f) => `"${f}"`).join(' or ')}.`;
  return {
    repo: independent,
    finding: {
      level: 'notice',
      code: 'policy-inferred',
      file: repo.config.file ?? 'pyproject.toml',
      message:
        `No policy is configured, and ${pinned ?? `the packages' versions mostly differ (${shown.join(', ')}${more})`}, so each ` +
        `package is checked against its own version rather than one shared version.${tagNote} To say so in the ` +
        `configuration (or write policy = "lockstep" to require one version for all):\n[tool.otai-release]\n` +
        `policy = "independent"${formatLine}`,
    },
  };
}

/**
 * The repository read under the independent policy with its unconfigured tag formats (`{name}-v…`,
 * `{name}-…`); for a repository that configures neither policy nor tag format.
 */
export function asIndependent(repo: Repository): Repository {
  const formats = UNCONFIGURED_TAG_FORMATS.independent;
  return {
    ...repo,
    policy: 'independent',
    packages: repo.packages.map((p) => ({ ...p, acceptedTagFormats: formats, tagFormat: formats[0]! })),
  };
}

interface Declared {
  pkg: PythonPackage;
  version: string;
}

/**
 * Evidence of separate release lines when most packages agree (or there are two): every version off
 * the common one is required exactly, by a package on another version, of a package that carries it
 * (pydantic 2.14.0 requires pydantic-core==2.48.0; opentelemetry's 0.x packages require its 1.x API
 * at exactly its version). A forgotten bump rarely leaves that: a bump that moves a package's version
 * moves its pins on the others too (set-version does, and so does replacing the version text).
 */
function pinnedLines(declared: readonly Declared[], counts: Map<string, number>): string | undefined {
  let common: string | undefined;
  for (const [version, n] of counts) if (common === undefined || n > counts.get(common)!) common = version;
  const offVersions = [...counts.keys()].filter((v) => v !== common);
  if (offVersions.length === 0) return undefined;
  const versionOf = new Map(declared.map((d) => [canonicalizeName(d.pkg.name), d.version]));
  const evidence: string[] = [];
  for (const line of offVersions) {
    let found: string | undefined;
    for (const d of declared) {
      if (d.version === line) continue;
      const pin = d.pkg.pins.find(
        (p) => versionOf.get(canonicalizeName(p.name)) === line && exactVersion(p.specifier) === line,
      );
      if (pin) {
        found = `${d.pkg.name} ${d.version} requires ${pin.name}==${line}, its own version`;
        break;
      }
    }
    if (!found) return undefined;
    evidence.push(found);
  }
  const more = evidence.length > 2 ? `, and ${evidence.length - 2} more like it` : '';
  return `${evidence.slice(0, 2).join('; ')}${more}`;
}

// The version an exact pin (`==2.48.0`, no wildcard) names, in normal form.
function exactVersion(specifier: string): string | undefined {
  const clauses = tryParseSpecifierSet(specifier);
  if (clauses?.length !== 1) return undefined;
  const [clause] = clauses;
  if (clause!.operator !== '==' || clause!.version.includes('*') || !tryParseVersion(clause!.version))
    return undefined;
  return normalizeVersion(clause!.version);
}

// The package a tag names in the independent way (`hatch-v1.16.5`), when it fits no lockstep format.
function packageNamedBy(repo: Repository, tag: string): PythonPackage | undefined {
  if (repo.packages.some((p) => matchTag(p.acceptedTagFormats, tag, p.name) !== undefined)) return undefined;
  const formats = UNCONFIGURED_TAG_FORMATS.independent;
  return repo.packages.find((p) => tagReleaseVersion(formats, tag, p.name) !== undefined);
}

// The version a package's files give; none for one whose version comes from the tag.
function fileVersion(pkg: PythonPackage): string | undefined {
  return pkg.tagDerived ? undefined : declaredVersion(pkg);
}

// The per-package tag format most of the existing tags follow.
function tagFormatInUse(
  packages: readonly PythonPackage[],
  tags: readonly string[],
): { format: string; count: number; example: string } | undefined {
  let best: { format: string; count: number; example: string } | undefined;
  for (const format of CANDIDATE_FORMATS) {
    const matching = tags.filter((tag) =>
      packages.some((p) => tagReleaseVersion([format], tag, p.name) !== undefined),
    );
    if (matching.length > (best?.count ?? 0)) {
      best = { format, count: matching.length, example: matching[matching.length - 1]! };
    }
  }
  return best;
}

/**
 * Under the lockstep default, packages off the release version may be a forgotten bump or separate
 * release lines (two packages, or two tracks as in opentelemetry-python): the errors stay, and one
 * notice first names the other reading and the configuration for it.
 */
export function lockstepHint(
  repo: Repository,
  policyGiven: boolean,
  reports: readonly PackageReport[],
  release: string | undefined,
): VersionFinding | undefined {
  if (release === undefined || !unconfigured(repo, policyGiven)) return undefined;
  const own = reports.filter((r) => !r.fromTag && r.version !== undefined);
  // Packages that agree with each other but not with the tag: the tag is what is wrong.
  if (new Set(own.map((r) => r.version)).size < 2) return undefined;
  const off = own.filter((r) => r.version !== release);
  if (off.length === 0) return undefined;
  const shown = off.slice(0, 3).map((r) => `${r.name} ${r.version}`);
  const more = off.length > shown.length ? `, and ${off.length - shown.length} more` : '';
  return {
    level: 'notice',
    code: 'policy-hint',
    file: repo.config.file ?? 'pyproject.toml',
    message:
      `No policy is configured, so every package must carry the one release version ${release}, and ` +
      `${off.length} do${off.length === 1 ? 'es' : ''} not (${shown.join(', ')}${more}). If that is a forgotten bump, ` +
      `the errors below say what to change; if these packages are released separately, write instead:\n` +
      `[tool.otai-release]\npolicy = "independent"`,
  };
}
