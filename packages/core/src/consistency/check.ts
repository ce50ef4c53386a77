/**
 * The consistency rules of a release: every version location valid and uploadable, equal within a
 * package and (lockstep) across packages, pins between the repository's own packages admitting the
 * version, and the tag agreeing with it. Every finding says which value to change to what.
 */
import {
  compareVersions,
  hasLocal,
  isPrerelease,
  normalizeVersion,
  specifierSetContains,
  tryParseSpecifierSet,
  tryParseVersion,
} from '../pep440/index.js';
import { canonicalizeName } from '../names/index.js';
import {
  buildLocation,
  matchTag,
  renderTag,
  type Repository,
  tagReleaseVersion,
} from '../pyproject/index.js';
import type { PythonPackage, VersionLocation } from '../pyproject/types.js';
import { independentByEvidence, lockstepHint } from './policy-evidence.js';
import type { ConsistencyResult, VersionFinding, LocationReport, PackageReport } from './types.js';

/** Options of a check. */
export interface VersionCheckOptions {
  /** The tag being released (from GITHUB_REF or --tag); undefined when not releasing from a tag. */
  tag?: string;
  /** The caller chose the policy (an input or flag), so the versions do not get to suggest one. */
  policyGiven?: boolean;
  /** The repository's existing tags, from which a suggested tag format is read. */
  tags?: readonly string[];
}

const where = (l: { file: string; line: number; column?: number }) => ({
  file: l.file,
  line: l.line,
  column: l.column,
});

// Validates one location's text as PyPI would, collecting findings; returns its normal form if valid.
function checkLocation(l: VersionLocation, pkg: string, findings: VersionFinding[]): string | undefined {
  const parsed = tryParseVersion(l.raw);
  if (!parsed) {
    findings.push({
      level: 'error',
      code: 'invalid-version',
      package: pkg,
      message: `"${l.raw}" (${l.label}) is not a valid PEP 440 version, so PyPI would refuse it; write e.g. "1.2.3", "1.2.3rc1" or "1.2.3.post1".`,
      ...where(l),
    });
    return undefined;
  }
  const normal = normalizeVersion(l.raw);
  if (hasLocal(parsed)) {
    findings.push({
      level: 'error',
      code: 'local-version',
      package: pkg,
      message: `"${l.raw}" (${l.label}) has a local segment (+…); PyPI refuses it ("The use of local versions in … is not allowed."). Remove "+${normal.split('+')[1]}".`,
      ...where(l),
    });
  } else if (normal !== l.raw && l.kind !== 'cargo') {
    // Cargo.toml holds SemVer (1.0.0-rc.1), which Cargo requires: PEP 440's spelling would break it.
    findings.push({
      level: 'notice',
      code: 'not-normalized',
      package: pkg,
      message: `"${l.raw}" (${l.label}) is not in PEP 440 normal form; PyPI will list it as "${normal}". Consider writing "${normal}".`,
      ...where(l),
    });
  }
  return normal;
}

// The version most locations agree on (ties: the earliest), used as "change it to" when no tag decides.
function majority(versions: string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const v of versions) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | undefined;
  for (const [v, n] of counts) if (best === undefined || n > counts.get(best)!) best = v;
  return best;
}

function tagVersionOf(pkg: PythonPackage, tag: string): string | undefined {
  return tagReleaseVersion(pkg.acceptedTagFormats, tag, pkg.name);
}

const quotedList = (items: readonly string[]) => items.map((i) => `"${i}"`).join(', ');

// What to tag instead of a tag that fits no format: the tag of the version the files declare. In
// lockstep that is the first package's tag; independently, each package has its own.
function tagAdvice(repo: Repository, versions: (string | undefined)[]): string {
  const count = repo.policy === 'lockstep' ? 1 : repo.packages.length;
  const tags = repo.packages
    .slice(0, count)
    .flatMap((p, i) => (versions[i] === undefined ? [] : [renderTag(p.tagFormat, versions[i], p.name)]));
  if (tags.length === 0) return 'tag the release in one of those formats';
  if (tags.length === 1) return `this release needs the tag "${tags[0]}"`;
  const more = tags.length > 4 ? ` and ${tags.length - 3} more` : '';
  return `each package is released under its own tag: ${quotedList(more ? tags.slice(0, 3) : tags)}${more}`;
}

// The tag read against each package's formats: in the independent policy it selects its package.
interface TagReading {
  /** The version the tag gives (normal form), when it gives a valid one. */
  version?: string;
  selected?: PythonPackage;
  /** The format of `selected` the tag matched. */
  format?: string;
  /** Where the tag's format sits in its package's list: a bare tag makes every default tag reported bare. */
  style: number;
}

// What the check knows of the release by the time it looks at each package.
interface Release {
  repo: Repository;
  lockstep: boolean;
  /** Each location's normal form, undefined when it is invalid. */
  normals: Map<VersionLocation, string | undefined>;
  tag?: string;
  tagged: TagReading;
  /** The one version of a lockstep release: the tag's, else what most packages declare. */
  lockstepVersion?: string;
}

/** Checks the repository's versions for a release; never touches the network. */
export function checkConsistency(given: Repository, options: VersionCheckOptions = {}): ConsistencyResult {
  const findings: VersionFinding[] = [];
  const inferred = independentByEvidence(given, options);
  if (inferred) findings.push(inferred.finding);
  const repo = inferred?.repo ?? given;
  const normals = new Map<VersionLocation, string | undefined>();
  for (const pkg of repo.packages) {
    for (const l of pkg.locations) normals.set(l, checkLocation(l, pkg.name, findings));
  }
  for (const l of repo.versionFiles) normals.set(l, checkLocation(l, '', findings));

  const lockstep = repo.policy === 'lockstep';
  const declared = repo.packages
    .map((pkg) => sourceVersion(normals, pkg))
    .filter((v): v is string => v !== undefined);
  // What the files say the release is: the tag a mismatching tag should have been.
  const fileVersions = lockstep
    ? repo.packages.map(() => majority(declared))
    : repo.packages.map((pkg) => sourceVersion(normals, pkg));
  const { tag } = options;
  const tagged = readTag(repo, tag, fileVersions, findings);
  const release: Release = {
    repo,
    lockstep,
    normals,
    tag,
    tagged,
    lockstepVersion: lockstep ? (tagged.version ?? majority(declared)) : undefined,
  };

  const reports = repo.packages.map((pkg) => checkPackage(release, pkg, findings));
  const hint = lockstep
    ? lockstepHint(repo, options.policyGiven ?? false, reports, release.lockstepVersion)
    : undefined;
  if (hint) findings.unshift(hint);
  checkVersionFiles(release, findings);
  const versionOf = new Map(reports.map((r) => [canonicalizeName(r.name), r.version]));
  checkPins(repo, versionOf, findings);

  const { selected } = tagged;
  const version = lockstep
    ? release.lockstepVersion
    : selected
      ? versionOf.get(canonicalizeName(selected.name))
      : undefined;
  const releaseTag = tag ?? (version && repo.packages.length ? reports[0].tag : undefined);
  return {
    policy: repo.policy,
    version,
    tag: version === undefined ? undefined : releaseTag,
    isPrerelease: version !== undefined && isPrerelease(version),
    packages: reports,
    selected: lockstep ? undefined : selected?.name,
    findings,
  };
}

// The version a package is built with: that of the location its backend reads, else its first one.
function sourceVersion(normals: Map<VersionLocation, string | undefined>, pkg: PythonPackage) {
  const source = buildLocation(pkg);
  return source ? normals.get(source) : undefined;
}

// Reads the tag against every package's formats; a tag that fits none, or carries no valid version, is an error.
function readTag(
  repo: Repository,
  tag: string | undefined,
  fileVersions: (string | undefined)[],
  findings: VersionFinding[],
): TagReading {
  if (tag === undefined) return { style: 0 };
  const matching = repo.packages.filter((p) => matchTag(p.acceptedTagFormats, tag, p.name) !== undefined);
  if (matching.length === 0) {
    const formats = [
      ...new Set(
        repo.packages.flatMap((p) => p.acceptedTagFormats.map((f) => renderTag(f, '{version}', p.name))),
      ),
    ];
    const advice = tagAdvice(repo, fileVersions);
    findings.push({
      level: 'error',
      code: 'tag-format-mismatch',
      message: `The tag "${tag}" does not match the tag format${formats.length > 1 ? 's' : ''} ${quotedList(formats)}; ${advice}, or set tag-format in [tool.otai-release].`,
      file: repo.config.file,
    });
    return { style: 0 };
  }
  // `{name}-{version}`: the tag `pkg-extra-1.0` also fits `pkg` (as "extra-1.0"); prefer a valid version.
  const selected = matching.find((p) => tagVersionOf(p, tag) !== undefined) ?? matching[0];
  const match = matchTag(selected.acceptedTagFormats, tag, selected.name)!;
  const version = tagVersionOf(selected, tag);
  if (version === undefined) {
    const expected = fileVersions[repo.packages.indexOf(selected)];
    findings.push({
      level: 'error',
      code: 'tag-format-mismatch',
      message: `The tag "${tag}" carries "${match.version}", which is not a valid PEP 440 version; ${
        expected === undefined
          ? `the tag must read "${renderTag(match.format, '{version}', selected.name)}" with a PEP 440 version`
          : `this release needs the tag "${renderTag(match.format, expected, selected.name)}"`
      }.`,
    });
  }
  return {
    version,
    selected,
    format: match.format,
    style: selected.acceptedTagFormats.indexOf(match.format),
  };
}

// The format a package's tag is reported in: the tag's own for its package, the same style for the others.
function tagFormatOf(tagged: TagReading, pkg: PythonPackage): string {
  return pkg === tagged.selected
    ? tagged.format!
    : pkg.acceptedTagFormats[Math.min(tagged.style, pkg.acceptedTagFormats.length - 1)];
}

// One package: its locations against the version it must have, and its report.
function checkPackage(release: Release, pkg: PythonPackage, findings: VersionFinding[]): PackageReport {
  const { repo, lockstep, normals, tag, tagged, lockstepVersion } = release;
  const isTagged = !lockstep && tagged.selected === pkg;
  const tagVersion = tagged.version;
  const expected = lockstep
    ? lockstepVersion
    : isTagged
      ? (tagVersion ?? sourceVersion(normals, pkg))
      : sourceVersion(normals, pkg);
  // A package's own version is what its files say (a mismatch is reported above, not hidden here);
  // a tag-derived one has the release's.
  const version = pkg.tagDerived
    ? lockstep
      ? lockstepVersion
      : isTagged
        ? tagVersion
        : undefined
    : (sourceVersion(normals, pkg) ?? expected);
  const why =
    tagVersion !== undefined && (lockstep || isTagged)
      ? `the tag "${tag}" gives`
      : lockstep && repo.packages.length > 1
        ? 'the other packages have'
        : undefined;
  for (const l of pkg.locations) {
    const normal = normals.get(l);
    if (normal === undefined || expected === undefined || normal === expected) continue;
    const reason = why ?? `the build version from ${buildLocation(pkg)!.label} is`;
    findings.push({
      level: 'error',
      code:
        l.source && tagVersion !== undefined && (lockstep || isTagged)
          ? 'tag-version-mismatch'
          : 'version-mismatch',
      package: pkg.name,
      message: `${pkg.name}: ${l.label} is "${l.raw}" but ${reason} ${expected}; change "${l.raw}" to "${expected}" in ${l.file}:${l.line}.`,
      ...where(l),
    });
  }
  // A tag that was given and fits no format has its error already; "no tag given" would contradict it.
  const tagRefused = tag !== undefined && tagged.selected === undefined;
  if (pkg.tagDerived && version === undefined && !tagRefused) {
    findings.push({
      level: 'notice',
      code: 'version-unknown',
      package: pkg.name,
      message: `${pkg.name}: the version comes from the git tag (${pkg.tagDerived.tool}) and no tag matching ${pkg.acceptedTagFormats.map((f) => `"${f}"`).join(' or ')} was given, so it cannot be checked; pass --tag or run on a tag push.`,
      file: pkg.tagDerived.file,
      line: pkg.tagDerived.line,
    });
  }
  const tagFormat = tagFormatOf(tagged, pkg);
  return {
    name: pkg.name,
    path: pkg.path,
    manifest: pkg.manifest,
    version,
    expected: pkg.tagDerived ? version : (expected ?? version),
    tag: version === undefined ? undefined : renderTag(tagFormat, version, pkg.name),
    tagFormat,
    fromTag: pkg.tagDerived?.tool,
    isPrerelease: version !== undefined && isPrerelease(version),
    locations: pkg.locations.map((l): LocationReport => ({
      label: l.label,
      file: l.file,
      line: l.line,
      raw: l.raw,
      normalized: normals.get(l),
      source: l.source,
    })),
    index: { state: 'not-checked' },
  };
}

// The extra version files carry the lockstep version.
function checkVersionFiles({ repo, normals, lockstepVersion }: Release, findings: VersionFinding[]): void {
  for (const l of repo.versionFiles) {
    const normal = normals.get(l);
    if (normal !== undefined && lockstepVersion !== undefined && normal !== lockstepVersion) {
      findings.push({
        level: 'error',
        code: 'version-mismatch',
        message: `${l.label} is "${l.raw}" but the release version is ${lockstepVersion}; change it to "${lockstepVersion}" in ${l.file}:${l.line}.`,
        ...where(l),
      });
    }
  }
}

function checkPins(
  repo: Repository,
  versionOf: Map<string, string | undefined>,
  findings: VersionFinding[],
): void {
  for (const pkg of repo.packages) {
    for (const pin of pkg.pins) {
      const target = versionOf.get(canonicalizeName(pin.name));
      if (target === undefined) continue;
      if (pin.problem !== undefined) {
        findings.push({
          level: 'error',
          code: 'invalid-pin',
          package: pkg.name,
          message: `${pkg.name}: the requirement "${pin.raw}" (${pin.label}) is not a valid dependency specifier: ${pin.problem}; write e.g. "${pin.name}==${target}".`,
          ...where(pin),
        });
        continue;
      }
      if (pin.specifier && !specifierSetContains(pin.specifier, target)) {
        const floor = lowerBound(pin.specifier);
        // Advice never lowers a requirement: a sibling older than the bound is what must move.
        const advice =
          floor && compareVersions(target, floor.version) < 0
            ? `${pin.name} must first be released ${floor.operator === '>' ? `above ${floor.version}` : `at ${floor.version} or later`} (bump it), or, if ${pkg.name} really works with ${target}, lower that bound yourself`
            : `change "${pin.specifier}" to e.g. "==${target}" or widen the range`;
        findings.push({
          level: 'error',
          code: 'pin-excludes-version',
          package: pkg.name,
          message: `${pkg.name}: "${pin.raw}" (${pin.label}) does not admit ${target}, the version of ${pin.name} in this release; ${advice}.`,
          ...where(pin),
        });
      }
    }
  }
}

// The highest lower bound a specifier set puts on a version (>=, >, ~=, == without a wildcard).
function lowerBound(specifier: string): { operator: string; version: string } | undefined {
  let floor: { operator: string; version: string } | undefined;
  for (const clause of tryParseSpecifierSet(specifier) ?? []) {
    const bounding =
      ['>=', '>', '~=', '==', '==='].includes(clause.operator) && !clause.version.includes('*');
    if (!bounding || !tryParseVersion(clause.version)) continue;
    if (!floor || compareVersions(clause.version, floor.version) > 0) floor = clause;
  }
  return floor;
}
