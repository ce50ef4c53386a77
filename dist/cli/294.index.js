export const id = 294;
export const ids = [294];
export const modules = {

/***/ 88294:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  zV: () => (/* reexport */ checkConsistency),
  Hp: () => (/* reexport */ independentByEvidence),
  Hi: () => (/* reexport */ mayBeIndependent),
  Oy: () => (/* reexport */ validateRelease)
});

// UNUSED EXPORTS: checkIndex, errorCount

// EXTERNAL MODULE: ./packages/core/src/pep440/index.ts + 5 modules
var pep440 = __webpack_require__(65095);
// EXTERNAL MODULE: ./packages/core/src/names/index.ts
var names = __webpack_require__(40522);
// EXTERNAL MODULE: ./packages/core/src/pyproject/index.ts + 15 modules
var pyproject = __webpack_require__(99327);
;// CONCATENATED MODULE: ./packages/core/src/consistency/policy-evidence.ts
/**
 * A repository with no policy configured is read as lockstep. Monorepos whose packages each carry
 * their own version (dbt-adapters, kedro-plugins, hatch) would then get one "change it to" error per
 * package, each advising a version that belongs to another package. When most packages disagree, the
 * versions are evidence enough: they are checked as independent, and one notice says so with the exact
 * configuration to write, including the tag format the repository's existing tags already use.
 */



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
function unconfigured(repo, policyGiven) {
    if (repo.policy !== 'lockstep' || repo.config.policySet || policyGiven)
        return false;
    // A configured tag format or shared version files speak for one version across packages.
    if (repo.config.tagFormatSet || repo.versionFiles.length > 0)
        return false;
    return !repo.config.packages?.some((p) => p.tagFormat);
}
/** Whether the versions could speak against the lockstep default (so the tags are worth reading). */
function mayBeIndependent(repo, policyGiven) {
    return unconfigured(repo, policyGiven) && repo.packages.length >= 3;
}
/** The repository as an independent one, and the notice that says why; undefined when lockstep fits. */
function independentByEvidence(repo, options) {
    if (!unconfigured(repo, options.policyGiven ?? false))
        return undefined;
    const named = options.tag === undefined ? undefined : packageNamedBy(repo, options.tag);
    if (named) {
        return {
            repo: asIndependent(repo),
            finding: {
                level: 'notice',
                code: 'policy-inferred',
                file: repo.config.file ?? 'pyproject.toml',
                message: `No policy is configured, and the tag "${options.tag}" names the package ${named.name}, so each package is ` +
                    `checked against its own version and the tag against ${named.name} alone. To say so in the configuration:` +
                    `\n[tool.otai-release]\npolicy = "independent"`,
            },
        };
    }
    const declared = repo.packages
        .map((pkg) => ({ pkg, version: fileVersion(pkg) }))
        .filter((d) => d.version !== undefined);
    if (declared.length < 2)
        return undefined;
    const counts = new Map();
    for (const d of declared)
        counts.set(d.version, (counts.get(d.version) ?? 0) + 1);
    const agreeing = Math.max(...counts.values());
    // Two packages that differ are as likely a forgotten bump as two release lines: only a pin tells.
    const mostlyDiffer = declared.length >= 3 && agreeing * 2 <= declared.length;
    const pinned = mostlyDiffer ? undefined : pinnedLines(declared, counts);
    if (!mostlyDiffer && !pinned)
        return undefined;
    const formats = pyproject/* UNCONFIGURED_TAG_FORMATS */.mh.independent;
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
            message: `No policy is configured, and ${pinned ?? `the packages' versions mostly differ (${shown.join(', ')}${more})`}, so each ` +
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
function asIndependent(repo) {
    const formats = pyproject/* UNCONFIGURED_TAG_FORMATS */.mh.independent;
    return {
        ...repo,
        policy: 'independent',
        packages: repo.packages.map((p) => ({ ...p, acceptedTagFormats: formats, tagFormat: formats[0] })),
    };
}
/**
 * Evidence of separate release lines when most packages agree (or there are two): every version off
 * the common one is required exactly, by a package on another version, of a package that carries it
 * (pydantic 2.14.0 requires pydantic-core==2.48.0; opentelemetry's 0.x packages require its 1.x API
 * at exactly its version). A forgotten bump rarely leaves that: a bump that moves a package's version
 * moves its pins on the others too (set-version does, and so does replacing the version text).
 */
function pinnedLines(declared, counts) {
    let common;
    for (const [version, n] of counts)
        if (common === undefined || n > counts.get(common))
            common = version;
    const offVersions = [...counts.keys()].filter((v) => v !== common);
    if (offVersions.length === 0)
        return undefined;
    const versionOf = new Map(declared.map((d) => [(0,names/* canonicalizeName */.yt)(d.pkg.name), d.version]));
    const evidence = [];
    for (const line of offVersions) {
        let found;
        for (const d of declared) {
            if (d.version === line)
                continue;
            const pin = d.pkg.pins.find((p) => versionOf.get((0,names/* canonicalizeName */.yt)(p.name)) === line && exactVersion(p.specifier) === line);
            if (pin) {
                found = `${d.pkg.name} ${d.version} requires ${pin.name}==${line}, its own version`;
                break;
            }
        }
        if (!found)
            return undefined;
        evidence.push(found);
    }
    const more = evidence.length > 2 ? `, and ${evidence.length - 2} more like it` : '';
    return `${evidence.slice(0, 2).join('; ')}${more}`;
}
// The version an exact pin (`==2.48.0`, no wildcard) names, in normal form.
function exactVersion(specifier) {
    const clauses = (0,pep440/* tryParseSpecifierSet */.zh)(specifier);
    if (clauses?.length !== 1)
        return undefined;
    const [clause] = clauses;
    if (clause.operator !== '==' || clause.version.includes('*') || !(0,pep440/* tryParseVersion */.z0)(clause.version))
        return undefined;
    return (0,pep440/* normalizeVersion */.Qj)(clause.version);
}
// The package a tag names in the independent way (`hatch-v1.16.5`), when it fits no lockstep format.
function packageNamedBy(repo, tag) {
    if (repo.packages.some((p) => (0,pyproject/* matchTag */._f)(p.acceptedTagFormats, tag, p.name) !== undefined))
        return undefined;
    const formats = pyproject/* UNCONFIGURED_TAG_FORMATS */.mh.independent;
    return repo.packages.find((p) => (0,pyproject/* tagReleaseVersion */.kp)(formats, tag, p.name) !== undefined);
}
// The version a package's files give; none for one whose version comes from the tag.
function fileVersion(pkg) {
    return pkg.tagDerived ? undefined : (0,pyproject/* declaredVersion */.Pn)(pkg);
}
// The per-package tag format most of the existing tags follow.
function tagFormatInUse(packages, tags) {
    let best;
    for (const format of CANDIDATE_FORMATS) {
        const matching = tags.filter((tag) => packages.some((p) => (0,pyproject/* tagReleaseVersion */.kp)([format], tag, p.name) !== undefined));
        if (matching.length > (best?.count ?? 0)) {
            best = { format, count: matching.length, example: matching[matching.length - 1] };
        }
    }
    return best;
}
/**
 * Under the lockstep default, packages off the release version may be a forgotten bump or separate
 * release lines (two packages, or two tracks as in opentelemetry-python): the errors stay, and one
 * notice first names the other reading and the configuration for it.
 */
function lockstepHint(repo, policyGiven, reports, release) {
    if (release === undefined || !unconfigured(repo, policyGiven))
        return undefined;
    const own = reports.filter((r) => !r.fromTag && r.version !== undefined);
    // Packages that agree with each other but not with the tag: the tag is what is wrong.
    if (new Set(own.map((r) => r.version)).size < 2)
        return undefined;
    const off = own.filter((r) => r.version !== release);
    if (off.length === 0)
        return undefined;
    const shown = off.slice(0, 3).map((r) => `${r.name} ${r.version}`);
    const more = off.length > shown.length ? `, and ${off.length - shown.length} more` : '';
    return {
        level: 'notice',
        code: 'policy-hint',
        file: repo.config.file ?? 'pyproject.toml',
        message: `No policy is configured, so every package must carry the one release version ${release}, and ` +
            `${off.length} do${off.length === 1 ? 'es' : ''} not (${shown.join(', ')}${more}). If that is a forgotten bump, ` +
            `the errors below say what to change; if these packages are released separately, write instead:\n` +
            `[tool.otai-release]\npolicy = "independent"`,
    };
}

;// CONCATENATED MODULE: ./packages/core/src/consistency/check.ts
/**
 * The consistency rules of a release: every version location valid and uploadable, equal within a
 * package and (lockstep) across packages, pins between the repository's own packages admitting the
 * version, and the tag agreeing with it. Every finding says which value to change to what.
 */




const where = (l) => ({
    file: l.file,
    line: l.line,
    column: l.column,
});
// Validates one location's text as PyPI would, collecting findings; returns its normal form if valid.
function checkLocation(l, pkg, findings) {
    const parsed = (0,pep440/* tryParseVersion */.z0)(l.raw);
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
    const normal = (0,pep440/* normalizeVersion */.Qj)(l.raw);
    if ((0,pep440/* hasLocal */.cM)(parsed)) {
        findings.push({
            level: 'error',
            code: 'local-version',
            package: pkg,
            message: `"${l.raw}" (${l.label}) has a local segment (+…); PyPI refuses it ("The use of local versions in … is not allowed."). Remove "+${normal.split('+')[1]}".`,
            ...where(l),
        });
    }
    else if (normal !== l.raw && l.kind !== 'cargo') {
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
function majority(versions) {
    const counts = new Map();
    for (const v of versions)
        counts.set(v, (counts.get(v) ?? 0) + 1);
    let best;
    for (const [v, n] of counts)
        if (best === undefined || n > counts.get(best))
            best = v;
    return best;
}
function tagVersionOf(pkg, tag) {
    return (0,pyproject/* tagReleaseVersion */.kp)(pkg.acceptedTagFormats, tag, pkg.name);
}
const quotedList = (items) => items.map((i) => `"${i}"`).join(', ');
// What to tag instead of a tag that fits no format: the tag of the version the files declare. In
// lockstep that is the first package's tag; independently, each package has its own.
function tagAdvice(repo, versions) {
    const count = repo.policy === 'lockstep' ? 1 : repo.packages.length;
    const tags = repo.packages
        .slice(0, count)
        .flatMap((p, i) => (versions[i] === undefined ? [] : [(0,pyproject/* renderTag */.vY)(p.tagFormat, versions[i], p.name)]));
    if (tags.length === 0)
        return 'tag the release in one of those formats';
    if (tags.length === 1)
        return `this release needs the tag "${tags[0]}"`;
    const more = tags.length > 4 ? ` and ${tags.length - 3} more` : '';
    return `each package is released under its own tag: ${quotedList(more ? tags.slice(0, 3) : tags)}${more}`;
}
/** Checks the repository's versions for a release; never touches the network. */
function checkConsistency(given, options = {}) {
    const findings = [];
    const inferred = independentByEvidence(given, options);
    if (inferred)
        findings.push(inferred.finding);
    const repo = inferred?.repo ?? given;
    const normals = new Map();
    for (const pkg of repo.packages) {
        for (const l of pkg.locations)
            normals.set(l, checkLocation(l, pkg.name, findings));
    }
    for (const l of repo.versionFiles)
        normals.set(l, checkLocation(l, '', findings));
    const lockstep = repo.policy === 'lockstep';
    const declared = repo.packages
        .map((pkg) => sourceVersion(normals, pkg))
        .filter((v) => v !== undefined);
    // What the files say the release is: the tag a mismatching tag should have been.
    const fileVersions = lockstep
        ? repo.packages.map(() => majority(declared))
        : repo.packages.map((pkg) => sourceVersion(normals, pkg));
    const { tag } = options;
    const tagged = readTag(repo, tag, fileVersions, findings);
    const release = {
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
    if (hint)
        findings.unshift(hint);
    checkVersionFiles(release, findings);
    const versionOf = new Map(reports.map((r) => [(0,names/* canonicalizeName */.yt)(r.name), r.version]));
    checkPins(repo, versionOf, findings);
    const { selected } = tagged;
    const version = lockstep
        ? release.lockstepVersion
        : selected
            ? versionOf.get((0,names/* canonicalizeName */.yt)(selected.name))
            : undefined;
    const releaseTag = tag ?? (version && repo.packages.length ? reports[0].tag : undefined);
    return {
        policy: repo.policy,
        version,
        tag: version === undefined ? undefined : releaseTag,
        isPrerelease: version !== undefined && (0,pep440/* isPrerelease */.V1)(version),
        packages: reports,
        selected: lockstep ? undefined : selected?.name,
        findings,
    };
}
// The version a package is built with: that of the location its backend reads, else its first one.
function sourceVersion(normals, pkg) {
    const source = (0,pyproject/* buildLocation */.uu)(pkg);
    return source ? normals.get(source) : undefined;
}
// Reads the tag against every package's formats; a tag that fits none, or carries no valid version, is an error.
function readTag(repo, tag, fileVersions, findings) {
    if (tag === undefined)
        return { style: 0 };
    const matching = repo.packages.filter((p) => (0,pyproject/* matchTag */._f)(p.acceptedTagFormats, tag, p.name) !== undefined);
    if (matching.length === 0) {
        const formats = [
            ...new Set(repo.packages.flatMap((p) => p.acceptedTagFormats.map((f) => (0,pyproject/* renderTag */.vY)(f, '{version}', p.name)))),
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
    const match = (0,pyproject/* matchTag */._f)(selected.acceptedTagFormats, tag, selected.name);
    const version = tagVersionOf(selected, tag);
    if (version === undefined) {
        const expected = fileVersions[repo.packages.indexOf(selected)];
        findings.push({
            level: 'error',
            code: 'tag-format-mismatch',
            message: `The tag "${tag}" carries "${match.version}", which is not a valid PEP 440 version; ${expected === undefined
                ? `the tag must read "${(0,pyproject/* renderTag */.vY)(match.format, '{version}', selected.name)}" with a PEP 440 version`
                : `this release needs the tag "${(0,pyproject/* renderTag */.vY)(match.format, expected, selected.name)}"`}.`,
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
function tagFormatOf(tagged, pkg) {
    return pkg === tagged.selected
        ? tagged.format
        : pkg.acceptedTagFormats[Math.min(tagged.style, pkg.acceptedTagFormats.length - 1)];
}
// One package: its locations against the version it must have, and its report.
function checkPackage(release, pkg, findings) {
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
    const why = tagVersion !== undefined && (lockstep || isTagged)
        ? `the tag "${tag}" gives`
        : lockstep && repo.packages.length > 1
            ? 'the other packages have'
            : undefined;
    for (const l of pkg.locations) {
        const normal = normals.get(l);
        if (normal === undefined || expected === undefined || normal === expected)
            continue;
        const reason = why ?? `the build version from ${(0,pyproject/* buildLocation */.uu)(pkg).label} is`;
        findings.push({
            level: 'error',
            code: l.source && tagVersion !== undefined && (lockstep || isTagged)
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
        tag: version === undefined ? undefined : (0,pyproject/* renderTag */.vY)(tagFormat, version, pkg.name),
        tagFormat,
        fromTag: pkg.tagDerived?.tool,
        isPrerelease: version !== undefined && (0,pep440/* isPrerelease */.V1)(version),
        locations: pkg.locations.map((l) => ({
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
function checkVersionFiles({ repo, normals, lockstepVersion }, findings) {
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
function checkPins(repo, versionOf, findings) {
    for (const pkg of repo.packages) {
        for (const pin of pkg.pins) {
            const target = versionOf.get((0,names/* canonicalizeName */.yt)(pin.name));
            if (target === undefined)
                continue;
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
            if (pin.specifier && !(0,pep440/* specifierSetContains */.qq)(pin.specifier, target)) {
                const floor = lowerBound(pin.specifier);
                // Advice never lowers a requirement: a sibling older than the bound is what must move.
                const advice = floor && (0,pep440/* compareVersions */.Zy)(target, floor.version) < 0
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
function lowerBound(specifier) {
    let floor;
    for (const clause of (0,pep440/* tryParseSpecifierSet */.zh)(specifier) ?? []) {
        const bounding = ['>=', '>', '~=', '==', '==='].includes(clause.operator) && !clause.version.includes('*');
        if (!bounding || !(0,pep440/* tryParseVersion */.z0)(clause.version))
            continue;
        if (!floor || (0,pep440/* compareVersions */.Zy)(clause.version, floor.version) > 0)
            floor = clause;
    }
    return floor;
}

// EXTERNAL MODULE: ./packages/core/src/errors/index.ts
var errors = __webpack_require__(45341);
// EXTERNAL MODULE: ./packages/core/src/package-index/index.ts + 4 modules
var package_index = __webpack_require__(34658);
;// CONCATENATED MODULE: ./packages/core/src/consistency/index-check.ts
/**
 * Asking the index about each package's version: new project, free, already released, or partly
 * uploaded. This is the one network step of validation, run after everything local has been checked.
 */


async function mapLimit(items, limit, fn) {
    let next = 0;
    const worker = async () => {
        while (next < items.length)
            await fn(items[next++]);
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
/** Fills `index` of each report with a known version and returns the findings of the index check. */
async function checkIndex(http, endpoints, reports, options) {
    const findings = [];
    const where = endpoints.name === 'pypi' ? 'PyPI' : endpoints.name === 'testpypi' ? 'TestPyPI' : endpoints.name;
    await mapLimit(reports.filter((r) => r.version !== undefined), options.concurrency ?? 8, async (report) => {
        const version = report.version;
        const at = { package: report.name, file: report.manifest };
        try {
            const answer = await (0,package_index/* checkRelease */.me)(http, endpoints, report.name, version);
            if (answer.state === 'new-project' || answer.state === 'version-free') {
                report.index = { state: answer.state, url: endpoints.projectUrl(report.name) };
                return;
            }
            report.index = { state: answer.state, url: answer.url };
            if (answer.state === 'released') {
                report.index.detail = `${answer.files.length} file(s)`;
                const level = options.allowExisting || !options.existingIsError ? 'notice' : 'error';
                findings.push({
                    level,
                    code: 'index-released',
                    ...at,
                    message: `${report.name} ${version} is already on ${where} (${answer.url})` +
                        (answer.note ? `. ${answer.note}` : '') +
                        (level === 'error'
                            ? '. Bump the version (otai-release version patch), or set allow-existing: true if you are re-running this release.'
                            : '.'),
                });
            }
            else {
                report.index.detail = `missing ${answer.missing.join(', ')}`;
                findings.push({
                    level: options.allowExisting ? 'warning' : 'error',
                    code: 'index-partial',
                    ...at,
                    message: `${report.name} ${version} is partly uploaded to ${where}: missing ${answer.missing.join(', ')} (present: ${answer.files.join(', ')}). ` +
                        (options.allowExisting
                            ? 'The publish step will upload only the missing files.'
                            : 'Set allow-existing: true to complete this release, or release a new version.'),
                });
            }
        }
        catch (error) {
            report.index = { state: 'unreachable', detail: (0,errors/* errorMessage */.gJ)(error) };
            findings.push({
                level: options.strictness === 'required' ? 'error' : 'warning',
                code: 'index-unreachable',
                ...at,
                message: `Could not ask ${where} about ${report.name} ${version}: ${(0,errors/* errorMessage */.gJ)(error)}${options.strictness === 'required'
                    ? '. Retry, or set index-check: best-effort to go on without this check.'
                    : ''}`,
            });
        }
    });
    return findings;
}

// EXTERNAL MODULE: ./packages/core/src/versioning/git.ts
var git = __webpack_require__(16110);
;// CONCATENATED MODULE: ./packages/core/src/consistency/validate.ts






/** The error count of a list of findings. */
function errorCount(findings) {
    return findings.filter((f) => f.level === 'error').length;
}
/** Reads, checks and (unless off) asks the index; logs every finding at its file and line. */
async function validateRelease(options, deps) {
    const { logger } = deps;
    const repository = await logger.group('Read the repository', async () => {
        const repo = (0,pyproject/* readRepository */.Nu)(options.path, { policy: options.policy });
        for (const pkg of repo.packages) {
            logger.info(`${pkg.name} (${pkg.manifest}): ${pkg.tagDerived ? `version from the git tag (${pkg.tagDerived.tool})` : `${pkg.locations.length} version location(s)`}${pkg.evidence?.startsWith('below') ? `; ${pkg.evidence}` : ''}`);
        }
        for (const s of repo.skipped)
            logger.info(`skipped ${'file' in s ? s.file : s.path}: ${s.reason}`);
        return repo;
    });
    const policyGiven = options.policy !== undefined;
    // The tags only suggest a tag format; without git (or outside a work tree) there are none.
    const tags = mayBeIndependent(repository, policyGiven)
        ? await new git/* Git */.TU(repository.root).tags().catch(() => [])
        : [];
    const result = await logger.group('Check versions, pins and tag', async () => checkConsistency(repository, { tag: options.tag, policyGiven, tags }));
    // Packages whose version could not be read come first: each is one error, at the place to fix.
    result.findings.unshift(...repository.unreadable.map((u) => ({
        level: 'error',
        code: 'unreadable-version',
        message: u.error.message,
        file: u.error.file,
        line: u.error.line,
        column: u.error.column,
    })));
    const releasing = result.policy === 'independent'
        ? result.selected
            ? [result.selected]
            : repository.packages.map((p) => p.name)
        : repository.packages.map((p) => p.name);
    const spec = options.index ?? repository.config.index ?? 'pypi';
    let endpoints;
    const localErrors = errorCount(result.findings);
    if (spec !== 'none' && options.indexCheck !== 'off') {
        endpoints = (0,package_index/* resolveIndex */.pQ)(spec);
        const asked = result.packages.filter((p) => releasing.includes(p.name));
        const found = await logger.group(`Check ${endpoints.name}`, () => checkIndex(deps.http, endpoints, asked, {
            strictness: options.indexCheck,
            allowExisting: options.allowExisting,
            existingIsError: result.policy === 'lockstep' || result.selected !== undefined,
        }));
        result.findings.push(...found);
    }
    for (const f of result.findings) {
        const position = f.file ? { file: f.file, line: f.line, column: f.column } : undefined;
        logger[f.level](f.message, position);
    }
    const errors = errorCount(result.findings);
    logger.info(errors === 0
        ? okLine(result)
        : `${errors} problem(s) found (${localErrors} in the repository, ${errors - localErrors} on the index).`);
    return {
        ...result,
        ok: errors === 0,
        index: endpoints ? { name: endpoints.name, simpleUrl: endpoints.simpleUrl } : undefined,
        releasing,
        repository,
    };
}
// What passed: the one version of a lockstep release, the released package of an independent one.
function okLine(result) {
    if (result.policy === 'lockstep') {
        return `OK: ${result.version ? `version ${result.version}` : 'versions'} consistent across ${result.packages.length} package(s).`;
    }
    const released = result.packages.find((p) => p.name === result.selected);
    if (released) {
        return `OK: ${released.name} ${released.version ?? '(version from its tag)'}${released.tag ? ` (tag ${released.tag})` : ''} is consistent.`;
    }
    const shown = result.packages.slice(0, 4).map((p) => `${p.name} ${p.version ?? '(from its tag)'}`);
    const more = result.packages.length > shown.length ? `, and ${result.packages.length - shown.length} more` : '';
    return `OK: ${result.packages.length} package(s), each consistent at its own version: ${shown.join(', ')}${more}.`;
}

;// CONCATENATED MODULE: ./packages/core/src/consistency/index.ts
/** Checking that a repository's versions, pins, tag and index state allow a release. */






/***/ }),

/***/ 16110:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ix: () => (/* binding */ execGit),
/* harmony export */   TU: () => (/* binding */ Git)
/* harmony export */ });
/* unused harmony exports BOT_IDENTITY, GIT_TOKEN_USERNAME, basicAuthHeader */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(45341);
/* harmony import */ var _http_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4997);
/**
 * The git operations of a release: clean-tree and tag checks, the release commit, annotated tags and
 * an atomic push. git runs through execFile with argument arrays (never a shell string), behind a
 * GitRunner seam so tests can run real git in temporary repositories or record the calls.
 */



/** The identity commits and tags get when the repository has none (the one GitHub's own actions use). */
const BOT_IDENTITY = {
    name: 'github-actions[bot]',
    email: '41898282+github-actions[bot]@users.noreply.github.com',
};
/** The real git, inheriting this process's environment; prompts are off so a missing credential fails fast. */
const execGit = (args, options) => new Promise((resolve, reject) => {
    (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile)('git', args, {
        cwd: options.cwd,
        env: { ...process.env, GIT_TERMINAL_PROMPT: '0', ...options.env },
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
    }, (error, stdout, stderr) => {
        const code = error?.code;
        if (code === 'ENOENT') {
            reject(new _errors_index_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1('git is not installed (or not on PATH); install git to commit, tag or push.'));
            return;
        }
        resolve({ code: error ? (typeof code === 'number' ? code : 1) : 0, stdout, stderr });
    });
});
/** The user a GitHub token is sent as over HTTPS: the token is the password of Basic credentials. */
const GIT_TOKEN_USERNAME = 'x-access-token';
/**
 * The `AUTHORIZATION` header value for a token, as actions/checkout writes it. The action masks its
 * credentials with the token, where it reads the token input (secretInput with GIT_TOKEN_USERNAME).
 */
function basicAuthHeader(token) {
    return `AUTHORIZATION: basic ${(0,_http_index_js__WEBPACK_IMPORTED_MODULE_2__/* .basicCredentials */ .BG)(GIT_TOKEN_USERNAME, token)}`;
}
/** Git operations on the repository that contains `cwd`. */
class Git {
    cwd;
    runner;
    auth;
    /** `auth`, when given, is used for the commands that talk to the remote. */
    constructor(cwd, runner = execGit, auth) {
        this.cwd = cwd;
        this.runner = runner;
        this.auth = auth;
    }
    async run(args, env) {
        return this.runner(args, { cwd: this.cwd, env });
    }
    async check(args, what, env) {
        const result = await this.run(args, env);
        if (result.code !== 0) {
            throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${what} failed: ${(result.stderr || result.stdout).trim()}`);
        }
        return result.stdout;
    }
    // The token goes in through GIT_CONFIG_* rather than `-c`, which would show it in the process list.
    // The empty first value resets extraheaders persisted by actions/checkout, so one header is sent.
    remoteEnv() {
        if (!this.auth?.token)
            return undefined;
        const key = `http.${this.auth.serverUrl.replace(/\/+$/, '')}/.extraheader`;
        return {
            GIT_CONFIG_COUNT: '2',
            GIT_CONFIG_KEY_0: key,
            GIT_CONFIG_VALUE_0: '',
            GIT_CONFIG_KEY_1: key,
            GIT_CONFIG_VALUE_1: basicAuthHeader(this.auth.token),
        };
    }
    /** Throws ConfigurationError unless `cwd` is inside a git work tree. */
    async ensureRepository() {
        const result = await this.run(['rev-parse', '--is-inside-work-tree']);
        if (result.code !== 0 || result.stdout.trim() !== 'true') {
            throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${this.cwd} is not inside a git repository, so there is nothing to commit or tag; run git init, or drop commit/tag/push.`);
        }
    }
    /** Tracked files with changes (staged or not), as `git status --porcelain` lists them; untracked files are ignored. */
    async changedFiles() {
        const out = await this.check(['status', '--porcelain', '--untracked-files=no'], 'git status');
        return out.split('\n').filter((line) => line.trim() !== '');
    }
    /** True when the tag exists in the local repository. */
    async tagExists(tag) {
        return (await this.run(['rev-parse', '-q', '--verify', `refs/tags/${tag}`])).code === 0;
    }
    /** True when the tag exists on the remote `origin`. */
    async remoteTagExists(tag) {
        const out = await this.check(['ls-remote', '--tags', 'origin', `refs/tags/${tag}`], 'git ls-remote origin', this.remoteEnv());
        return out.trim() !== '';
    }
    /** Every tag of the repository (an empty list outside a git repository). */
    async tags() {
        const result = await this.run(['tag', '--list']);
        return result.code === 0 ? result.stdout.split('\n').filter((t) => t !== '') : [];
    }
    // `-c user.*` only where the repository has no identity; GIT_AUTHOR_*/GIT_COMMITTER_* still win over it.
    async identityArgs() {
        const configured = async (key) => (await this.run(['config', key])).stdout.trim() !== '';
        const args = [];
        if (!(await configured('user.name')))
            args.push('-c', `user.name=${BOT_IDENTITY.name}`);
        if (!(await configured('user.email')))
            args.push('-c', `user.email=${BOT_IDENTITY.email}`);
        return args;
    }
    /** Commits exactly `files` (paths relative to `cwd`) with `message`; returns the new commit's SHA. */
    async commit(files, message) {
        await this.check(['add', '--', ...files], 'git add');
        try {
            await this.check([...(await this.identityArgs()), 'commit', '-m', message, '--', ...files], 'git commit');
        }
        catch (error) {
            // Leave the index as it was; the caller restores the files.
            await this.run(['reset', '-q', '--', ...files]);
            throw error;
        }
        return this.head();
    }
    /** Creates the annotated tag `tag` at HEAD. */
    async tag(tag, message) {
        await this.check([...(await this.identityArgs()), 'tag', '-a', tag, '-m', message], `git tag ${tag}`);
    }
    /** The SHA of HEAD. */
    async head() {
        return (await this.check(['rev-parse', 'HEAD'], 'git rev-parse HEAD')).trim();
    }
    /** Pushes `refs` (`HEAD`, `refs/tags/v1.0`) to origin atomically: all of them or none. */
    async push(refs) {
        await this.check(['push', '--atomic', 'origin', ...refs], 'git push', this.remoteEnv());
    }
}


/***/ })

};
