export const id = 812;
export const ids = [812,364];
export const modules = {

/***/ 43364:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ consoleLogger)
/* harmony export */ });
/* harmony import */ var _otai_release_core_errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(45341);
/** The CLI's Logger: compiler-style `file:line: level: message` lines on stderr, groups as headings. */

const COLORS = { error: '\x1b[31m', warning: '\x1b[33m', notice: '\x1b[36m' };
/** A Logger for terminals and CI logs outside GitHub Actions. */
function consoleLogger(options) {
    const write = options.write ?? ((line) => process.stderr.write(`${line}\n`));
    const level = (name) => (options.color ? `${COLORS[name]}${name}\x1b[0m` : name);
    return {
        debug: (m) => options.debug && write(`debug: ${m}`),
        info: (m) => options.verbose && write(m),
        notice: (m, p) => options.notices !== false && write(`${(0,_otai_release_core_errors__WEBPACK_IMPORTED_MODULE_0__/* .formatPosition */ .Ld)(p ?? {})}${level('notice')}: ${m}`),
        warning: (m, p) => write(`${(0,_otai_release_core_errors__WEBPACK_IMPORTED_MODULE_0__/* .formatPosition */ .Ld)(p ?? {})}${level('warning')}: ${m}`),
        error: (m, p) => write(`${(0,_otai_release_core_errors__WEBPACK_IMPORTED_MODULE_0__/* .formatPosition */ .Ld)(p ?? {})}${level('error')}: ${m}`),
        group: async (name, fn) => {
            if (options.verbose)
                write(`== ${name}`);
            return fn();
        },
    };
}


/***/ }),

/***/ 37773:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  UV: () => (/* reexport */ changelogSection),
  Ix: () => (/* reexport */ versioning_git/* execGit */.Ix),
  lo: () => (/* reexport */ gitStepsProblem),
  vJ: () => (/* reexport */ setVersion)
});

// UNUSED EXPORTS: BOT_IDENTITY, GIT_TOKEN_USERNAME, Git, applyEdits, basicAuthHeader, changelogReplacements, diffLines, nodeIo, pinReplacements, planDiff, planVersionChange, unifiedDiff

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./packages/core/src/errors/index.ts
var src_errors = __webpack_require__(45341);
;// CONCATENATED MODULE: ./packages/core/src/versioning/text.ts
/** `text` with every replacement applied; replacements must be sorted and must not overlap. */
function applyReplacements(text, replacements) {
    let out = '';
    let at = 0;
    for (const r of replacements) {
        out += text.slice(at, r.start) + r.new;
        at = r.end;
    }
    return out + text.slice(at);
}
/** The line ending used at `offset` (the end of a line): CRLF files stay CRLF. */
function eolAt(text, offset) {
    if (offset >= text.length)
        return text.includes('\r\n') ? '\r\n' : '\n';
    return text.startsWith('\r\n', offset) ? '\r\n' : '\n';
}

;// CONCATENATED MODULE: ./packages/core/src/versioning/apply.ts
/**
 * Writing a plan: all files or none. Every file is re-read first and every span checked against what
 * the plan saw (a file edited between read and write stops everything before a byte is written); new
 * contents go to temporary files beside the originals, and only when all are written are they renamed
 * over the originals. If a rename fails, the files already replaced get their original bytes back.
 */




/** Node's synchronous fs. */
const nodeIo = {
    read: (path) => (0,external_node_fs_.readFileSync)(path),
    write: (path, data, mode) => {
        (0,external_node_fs_.writeFileSync)(path, data, { flag: 'wx' });
        (0,external_node_fs_.chmodSync)(path, mode);
    },
    rename: (from, to) => (0,external_node_fs_.renameSync)(from, to),
    remove: (path) => (0,external_node_fs_.unlinkSync)(path),
    stat: (path) => {
        const realPath = (0,external_node_fs_.realpathSync)(path);
        return { realPath, mode: (0,external_node_fs_.statSync)(realPath).mode & 0o7777 };
    },
};
let counter = 0;
const tempPath = (path) => (0,external_node_path_.join)((0,external_node_path_.dirname)(path), `.${(0,external_node_path_.basename)(path)}.otai-release-${process.pid}-${++counter}.tmp`);
function prepare(root, edit, io) {
    let path;
    let mode;
    let before;
    try {
        ({ realPath: path, mode } = io.stat((0,external_node_path_.join)(root, edit.file)));
        before = io.read(path);
    }
    catch (error) {
        throw new src_errors/* ConfigurationError */.j1(`${edit.file} changed since it was read: it can no longer be read (${(0,src_errors/* errorMessage */.gJ)(error)}); nothing was written. Run again.`, { file: edit.file });
    }
    const current = before.toString('utf8');
    // Offsets are string indices of the UTF-8 text; a file that is not UTF-8 would not round-trip.
    if (!Buffer.from(current, 'utf8').equals(before)) {
        throw new src_errors/* ConfigurationError */.j1(`${edit.file} is not valid UTF-8, so it cannot be rewritten byte for byte; nothing was written. Save it as UTF-8.`, { file: edit.file });
    }
    for (const r of edit.replacements) {
        if (current.slice(r.start, r.end) !== r.old) {
            throw new src_errors/* ConfigurationError */.j1(`${edit.file} changed since it was read: expected ${JSON.stringify(r.old)} at line ${r.line} (${r.label}); nothing was written. Run again.`, { file: edit.file, line: r.line, column: r.column });
        }
    }
    // Spans still hold: apply them to the current text, so an edit elsewhere in the file survives.
    return { file: edit.file, path, mode, before, after: applyReplacements(current, edit.replacements) };
}
function restoreAll(prepared, io) {
    const failed = [];
    for (const p of prepared) {
        try {
            if (io.read(p.path).equals(p.before))
                continue;
            const temp = tempPath(p.path);
            io.write(temp, p.before, p.mode);
            io.rename(temp, p.path);
        }
        catch (error) {
            failed.push(`${p.file} (${(0,src_errors/* errorMessage */.gJ)(error)})`);
        }
    }
    if (failed.length > 0) {
        throw new Error(`could not restore ${failed.join(', ')}; restore them with git checkout -- <file>`);
    }
}
/**
 * Writes every edit of a plan under `root`, all or none. Throws ConfigurationError (nothing written)
 * when a file changed since the plan read it; on a write failure, restores what was replaced and rethrows.
 */
function applyEdits(root, edits, io = nodeIo) {
    const prepared = edits.map((edit) => prepare(root, edit, io));
    const temps = [];
    const removeTemps = (from) => {
        for (const temp of temps.slice(from)) {
            try {
                io.remove(temp);
            }
            catch {
                // Never written, or already gone: the originals matter, not the temporaries.
            }
        }
    };
    try {
        for (const p of prepared) {
            temps.push(tempPath(p.path));
            io.write(temps.at(-1), p.after, p.mode);
        }
    }
    catch (error) {
        removeTemps(0);
        throw error;
    }
    let renamed = 0;
    try {
        for (; renamed < prepared.length; renamed++)
            io.rename(temps[renamed], prepared[renamed].path);
    }
    catch (error) {
        removeTemps(renamed);
        restoreAll(prepared.slice(0, renamed), io);
        throw error;
    }
    return { files: prepared.map((p) => p.file), restore: () => restoreAll(prepared, io) };
}

// EXTERNAL MODULE: ./packages/core/src/pep440/index.ts + 5 modules
var pep440 = __webpack_require__(65095);
// EXTERNAL MODULE: ./packages/core/src/text/index.ts + 2 modules
var src_text = __webpack_require__(97608);
;// CONCATENATED MODULE: ./packages/core/src/versioning/changelog.ts
/**
 * Keep a Changelog (keepachangelog.com): releasing turns the `## [Unreleased]` section into the
 * release's section under a fresh, empty Unreleased heading, and moves the compare links along:
 *
 *   ## [Unreleased]                       ## [Unreleased]
 *   ### Added                 →
 *                                         ## [1.5.0] - 2025-01-31
 *                                         ### Added
 *   [Unreleased]: …/compare/v1.4.0...HEAD  [Unreleased]: …/compare/v1.5.0...HEAD
 *                                         [1.5.0]: …/compare/v1.4.0...v1.5.0
 */



const HEADING = /^##[ \t]+\[unreleased\][ \t]*(?=\r?$)/im;
const LINK = /^(\[unreleased\]:[ \t]*)(\S*\/compare\/)(\S+?)(\.{2,3})(\S+?)([ \t]*)(?=\r?$)/im;
const changelog_escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** What releasing `version` (tagged `tag`, dated `date` as YYYY-MM-DD) changes in one changelog. */
function changelogReplacements(text, version, tag, date) {
    const heading = HEADING.exec(text);
    if (!heading)
        return { replacements: [] };
    if (new RegExp(`^##[ \\t]+\\[${changelog_escape(version)}\\]`, 'im').test(text)) {
        return {
            replacements: [],
            notice: `it already has a "## [${version}]" section, so its "## [Unreleased]" section was left as it is`,
        };
    }
    const eol = eolAt(text, heading.index + heading[0].length);
    const replacements = [
        {
            kind: 'changelog',
            label: '## [Unreleased] heading',
            ...(0,src_text/* lineColumn */.rv)(text, heading.index),
            start: heading.index,
            end: heading.index + heading[0].length,
            old: heading[0],
            new: `${heading[0]}${eol}${eol}## [${version}] - ${date}`,
        },
    ];
    const link = LINK.exec(text);
    const hasOwnLink = new RegExp(`^\\[${changelog_escape(version)}\\]:`, 'im').test(text);
    if (link && !hasOwnLink) {
        const [whole, label, base, previous, dots, head, trailing] = link;
        const linkEol = eolAt(text, link.index + whole.length);
        replacements.push({
            kind: 'changelog',
            label: '[Unreleased] compare link',
            ...(0,src_text/* lineColumn */.rv)(text, link.index),
            start: link.index,
            end: link.index + whole.length,
            old: whole,
            new: `${label}${base}${tag}${dots}${head}${trailing}${linkEol}[${version}]: ${base}${previous}${dots}${tag}`,
        });
    }
    return { replacements };
}
// A level-2 heading naming a version: `## [1.2.0] - 2025-01-31`, `## v1.2.0`, `## 1.2.0 (2025-01-31)`.
const VERSION_HEADING = /^##[ \t]+\[?([^\]\s]+)\]?[^\r\n]*$/gm;
// Link reference definitions (`[1.2.0]: https://…`) at the end of a section belong to the whole file.
const TRAILING_LINKS = /(?:\r?\n[ \t]*\[[^\]]+\]:[^\r\n]*)+\s*$/;
/**
 * The text of `version`'s section in a Keep a Changelog file, without its heading: from the line after
 * `## [X]` up to the next `## ` heading. X matches after PEP 440 normalisation, so `## [v1.2.0]`,
 * `## 1.2` and `## [1.2.0-rc.1]` are the sections of 1.2.0, 1.2 and 1.2.0rc1. Undefined when no heading
 * names the version; an empty string when the section has no text.
 */
function changelogSection(text, version) {
    const wanted = (0,pep440/* tryParseVersion */.z0)(version);
    if (!wanted)
        return undefined;
    for (const match of text.matchAll(VERSION_HEADING)) {
        const named = (0,pep440/* tryParseVersion */.z0)(match[1]);
        if (!named || (0,pep440/* compareVersions */.Zy)(named, wanted) !== 0)
            continue;
        const start = match.index + match[0].length;
        const rest = text.slice(start);
        const next = /^##[ \t]/m.exec(rest);
        const section = next ? rest.slice(0, next.index) : rest;
        return section.replace(TRAILING_LINKS, '').replace(/\r\n/g, '\n').trim();
    }
    return undefined;
}

// EXTERNAL MODULE: ./packages/core/src/versioning/git.ts
var versioning_git = __webpack_require__(16110);
;// CONCATENATED MODULE: ./packages/core/src/versioning/git-steps.ts
/** The git steps set-version takes after writing, and the rule for combining them. */
const OPTION_NAMES = { commit: 'commit', tag: 'tag', push: 'push' };
/**
 * Why the steps cannot be taken together (a push with nothing to push), in the caller's words;
 * undefined when they can. The action and the CLI ask before anything runs, and setVersion refuses it.
 */
function gitStepsProblem(steps, names = OPTION_NAMES) {
    if (steps.push && !steps.commit && !steps.tag) {
        return `${names.push} needs something to push: set ${names.commit} and/or ${names.tag} too.`;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./packages/core/src/versioning/pins.ts
/**
 * Rewriting pins between the repository's own packages so they admit the new version. A pin that
 * already admits it is left alone (`>=1.4,<2` for 1.5.0); otherwise only the clauses that exclude it
 * change, and only their version text (`== 1.4.0` → `== 1.5.0`, spacing kept). Upper bounds and
 * exclusions are the user's decision: they are reported, never moved, and never silently left excluding
 * the version.
 */




const CLAUSE = /^(\s*)(===|~=|==|!=|<=|>=|<|>)(\s*)(.*?)\s*$/s;
function epochPrefix(v) {
    return v.epoch ? `${v.epoch}!` : '';
}
// `~=1.4` stays two segments (`~=1.5`), keeping the pre/post/dev part only when it is still the same
// version (1.5.0rc1 → `~=1.5rc1`); `~=1.5` alone would exclude 1.5.0rc1.
function compatibleVersion(next, segments) {
    const release = next.release.slice(0, segments);
    while (release.length < segments)
        release.push(0);
    const dropped = next.release.slice(segments).some((n) => n !== 0);
    const candidate = (0,pep440/* formatVersion */.qh)(dropped ? { epoch: next.epoch, release } : { ...next, release });
    return (0,pep440/* specifierContains */.IK)((0,pep440/* parseSpecifier */.as)(`~=${candidate}`), next) ? candidate : (0,pep440/* formatVersion */.qh)(next);
}
function wildcardVersion(next, prefix) {
    const segments = (0,pep440/* parseVersion */.ot)(prefix).release.length;
    const release = next.release.slice(0, segments);
    while (release.length < segments)
        release.push(0);
    return `${epochPrefix(next)}${release.join('.')}.*`;
}
/**
 * The replacements that make `pin` (declared by package `owner` in `text`) admit `next`; none when it
 * already does. Throws ConfigurationError, naming the pin and its file:line, for a requirement that
 * is not valid PEP 508 and for an upper bound or exclusion that keeps out `next`.
 */
function pinReplacements(pin, owner, text, next) {
    const at = `${pin.file}:${pin.line}`;
    const where = { file: pin.file, line: pin.line, column: pin.column };
    if (pin.problem !== undefined) {
        throw new src_errors/* ConfigurationError */.j1(`${owner}: the requirement "${pin.raw}" (${pin.label}, ${at}) is not a valid dependency specifier: ${pin.problem}; fix it (e.g. "${pin.name}==${next}") and run again.`, where);
    }
    if (pin.specifier.trim() === '' || (0,pep440/* specifierSetContains */.qq)(pin.specifier, next))
        return [];
    if (text.slice(pin.start, pin.end) !== pin.specifier) {
        throw new Error(`pin span of ${at} does not hold "${pin.specifier}"`);
    }
    const nextVersion = (0,pep440/* parseVersion */.ot)(next);
    const replacements = [];
    let offset = pin.start;
    for (const clause of pin.specifier.split(',')) {
        const clauseStart = offset;
        offset += clause.length + 1;
        const m = CLAUSE.exec(clause);
        if (!m || m[4] === '')
            continue;
        const [, lead, operator, gap, version] = m;
        if ((0,pep440/* specifierContains */.IK)((0,pep440/* parseSpecifier */.as)(clause), next))
            continue;
        const operatorStart = clauseStart + lead.length;
        const versionStart = operatorStart + operator.length + gap.length;
        const replace = (start, newText) => replacements.push({
            kind: 'pin',
            label: `${pin.raw} (${pin.label})`,
            package: owner,
            ...(0,src_text/* lineColumn */.rv)(text, start),
            start,
            end: versionStart + version.length,
            old: text.slice(start, versionStart + version.length),
            new: newText,
        });
        switch (operator) {
            case '==':
                replace(versionStart, version.endsWith('.*') ? wildcardVersion(nextVersion, version.slice(0, -2)) : next);
                break;
            case '===':
            case '>=':
                replace(versionStart, next);
                break;
            case '~=':
                replace(versionStart, compatibleVersion(nextVersion, (0,pep440/* parseVersion */.ot)(version).release.length));
                break;
            case '>':
                // `>1.4.0` → `>=1.5.0`: `>1.5.0` would exclude the very version being released.
                replace(operatorStart, `>=${gap}${next}`);
                break;
            default:
                throw new src_errors/* ConfigurationError */.j1(`${owner}: the requirement "${pin.raw}" (${pin.label}, ${at}) excludes ${next} through "${clause.trim()}", ` +
                    `which set-version does not move; ${operator === '!='
                        ? `remove "${clause.trim()}"`
                        : `raise the upper bound (e.g. "<${nextVersion.release[0] + 1}")`} in ${at}, or set another version.`, where);
        }
    }
    const rewritten = applyReplacements(text, replacements).slice(pin.start, pin.end + replacements.reduce((n, r) => n + r.new.length - r.old.length, 0));
    if (!(0,pep440/* specifierSetContains */.qq)(rewritten, next)) {
        throw new src_errors/* ConfigurationError */.j1(`${owner}: the requirement "${pin.raw}" (${pin.label}, ${at}) cannot be rewritten to admit ${next} (it would read "${rewritten}"); change it by hand.`, where);
    }
    return replacements;
}

// EXTERNAL MODULE: ./packages/core/src/names/index.ts
var src_names = __webpack_require__(40522);
// EXTERNAL MODULE: ./packages/core/src/pyproject/index.ts + 15 modules
var pyproject = __webpack_require__(99327);
;// CONCATENATED MODULE: ./packages/core/src/versioning/plan.ts
/**
 * Planning a version change from what `readRepository` found — the same discovery `check` uses, so
 * every location check compares is a location this rewrites. The plan is pure: it computes the new
 * version and every byte that changes for it, and touches neither the disk nor git.
 */








const CHANGELOG = 'CHANGELOG.md';
const BUMPS = pep440/* BUMP_SPECS */._X.join(', ');
const at = (l) => `${l.file}:${l.line}`;
function selectPackages(repo, wanted) {
    if (repo.policy === 'lockstep') {
        if (wanted) {
            throw new src_errors/* ConfigurationError */.j1(`package "${wanted}" was given, but the policy is lockstep: every package gets the one version. ` +
                'Leave package empty, or set policy = "independent" in [tool.otai-release].', { file: repo.config.file });
        }
        return repo.packages;
    }
    const names = repo.packages.map((p) => p.name);
    if (!wanted) {
        if (repo.packages.length === 1)
            return repo.packages;
        throw new src_errors/* ConfigurationError */.j1(`The policy is independent and the repository has ${repo.packages.length} packages; say which one to change with package (one of ${(0,src_text/* listOf */.c3)(names)}).`, { file: repo.config.file });
    }
    const key = (0,src_names/* canonicalizeName */.yt)(wanted);
    const found = repo.packages.find((p) => (0,src_names/* canonicalizeName */.yt)(p.name) === key || p.path === wanted.replace(/\/+$/, ''));
    if (!found) {
        const guess = (0,src_text/* nearest */.pA)(key, names.map(src_names/* canonicalizeName */.yt));
        throw new src_errors/* ConfigurationError */.j1(`There is no package "${wanted}" in this repository${guess ? `; did you mean "${names.find((n) => (0,src_names/* canonicalizeName */.yt)(n) === guess)}"?` : '.'} The packages are ${(0,src_text/* listOf */.c3)(names)}.`);
    }
    return [found];
}
// The versions the changed packages are at now; invalid texts matter only to bumps.
function currentVersion(spec, locations, notices) {
    const valid = locations.filter((l) => (0,pep440/* tryParseVersion */.z0)(l.raw));
    const invalid = locations.find((l) => !(0,pep440/* tryParseVersion */.z0)(l.raw));
    const bump = (0,pep440/* isBumpSpec */.Gp)(spec);
    if (invalid && bump) {
        throw new src_errors/* ConfigurationError */.j1(`Cannot bump "${spec}": ${invalid.label} in ${at(invalid)} is "${invalid.raw}", which is not a valid PEP 440 version. Set an explicit version instead (e.g. "1.2.3"); every location is rewritten to it.`, { file: invalid.file, line: invalid.line, column: invalid.column });
    }
    const versions = [...new Set(valid.map((l) => (0,pep440/* formatVersion */.qh)((0,pep440/* parseVersion */.ot)(l.raw))))];
    if (versions.length > 1) {
        const list = valid.map((l) => `${at(l)} ${l.label} "${l.raw}"`).join('; ');
        if (bump) {
            throw new src_errors/* ConfigurationError */.j1(`Cannot bump "${spec}": the version locations disagree (${list}). Set an explicit version instead; every location is rewritten to it.`, { file: valid[0].file, line: valid[0].line });
        }
        notices.push(`The version locations disagreed (${list}); all of them now read the new version.`);
    }
    return versions.sort(pep440/* compareVersions */.Zy).at(-1);
}
// The package's tag of the highest public version, in any format it accepts; on a tie the default
// format's (a repository that has both `v1.0` and `1.0` keeps the `v`).
function latestTag(pkg, tags) {
    let best;
    for (const tag of tags) {
        const match = (0,pyproject/* matchTag */._f)(pkg.acceptedTagFormats, tag, pkg.name);
        const v = match && (0,pep440/* tryParseVersion */.z0)(match.version);
        if (!match || !v || v.local?.length)
            continue;
        const version = (0,pep440/* formatVersion */.qh)(v);
        const order = best === undefined ? 1 : (0,pep440/* compareVersions */.Zy)(version, best.version);
        if (order > 0 || (order === 0 && match.format === pkg.tagFormat))
            best = { tag, format: match.format, version };
    }
    return best;
}
// Tag-derived packages: the highest version among the tags in their formats.
function versionFromTags(packages, tags) {
    const versions = packages.flatMap((p) => latestTag(p, tags)?.version ?? []);
    return versions.sort(pep440/* compareVersions */.Zy).at(-1);
}
// With no tag-format configured, new tags follow the repository's latest release tag (bare `4.0.0`
// gives `4.1.0`); with one, or with no tags yet, they use the package's format.
function newTagFormat(pkg, tags, notices) {
    if (pkg.acceptedTagFormats.length < 2)
        return pkg.tagFormat;
    const latest = latestTag(pkg, tags);
    if (!latest || latest.format === pkg.tagFormat)
        return pkg.tagFormat;
    notices.add(`No tag-format is configured and the latest release tag "${latest.tag}" has the form "${latest.format}" rather than "${pkg.tagFormat}", so the new tag follows it; set tag-format in [tool.otai-release] to choose.`);
    return latest.format;
}
function nextVersion(spec, previous, options, notices, tagFormats) {
    if ((0,pep440/* isBumpSpec */.Gp)(spec)) {
        if (previous === undefined) {
            throw new src_errors/* ConfigurationError */.j1(`Cannot bump "${spec}": the version comes from git tags and no tag matches ${tagFormats}. For the first release, set an explicit version such as "0.1.0".`);
        }
        return (0,pep440/* bumpVersion */.Bx)(previous, spec, { firstPrereleaseNumber: options.firstPrereleaseNumber });
    }
    let parsed;
    try {
        parsed = (0,pep440/* parseVersion */.ot)(spec);
    }
    catch (error) {
        if (!(error instanceof src_errors/* ConfigurationError */.j1))
            throw error;
        throw new src_errors/* ConfigurationError */.j1(`${error.message}; or give a bump: one of ${BUMPS}.`);
    }
    const next = (0,pep440/* formatVersion */.qh)(parsed);
    if ((0,pep440/* hasLocal */.cM)(parsed)) {
        throw new src_errors/* ConfigurationError */.j1(`"${spec}" has a local label ("+${next.split('+')[1]}"), which PyPI refuses; set a public version such as "${next.split('+')[0]}".`);
    }
    if (next !== spec)
        notices.push(`"${spec}" is written in its PEP 440 normal form "${next}".`);
    if (previous !== undefined && !options.force && (0,pep440/* compareVersions */.Zy)(next, previous) <= 0) {
        const how = (0,pep440/* compareVersions */.Zy)(next, previous) === 0 ? 'the same as' : 'lower than';
        throw new src_errors/* ConfigurationError */.j1(`${next} is ${how} the current version ${previous}; a release must go forward. Set a higher version, bump one of ${BUMPS}, or force it (force: true / --force).`);
    }
    return next;
}
const SEMVER_PRE = { a: 'alpha', b: 'beta', rc: 'rc' };
/**
 * A PEP 440 version written as the SemVer Cargo requires, in the form maturin reads back as the same
 * version: 1.2.0rc1 → 1.2.0-rc.1, 1.2.0.dev3 → 1.2.0-dev.3.
 */
function cargoSemver(version, l) {
    const v = (0,pep440/* parseVersion */.ot)(version);
    // 1.2 would be written 1.2.0, which maturin builds as 1.2.0: a version other than the tag's.
    if (v.epoch !== 0 || v.release.length !== 3 || v.local?.length) {
        const three = [...v.release, 0, 0].slice(0, 3).join('.');
        throw new src_errors/* ConfigurationError */.j1(`${version} cannot be written to ${l.file} (${l.label}): Cargo versions are SemVer, exactly MAJOR.MINOR.PATCH with an optional pre-release, and maturin builds what Cargo.toml says; choose a version such as "${three}".`, { file: l.file, line: l.line });
    }
    const pre = [
        ...(v.pre ? [SEMVER_PRE[v.pre[0]], v.pre[1]] : []),
        ...(v.post !== undefined ? ['post', v.post] : []),
        ...(v.dev !== undefined ? ['dev', v.dev] : []),
    ];
    const release = v.release.join('.');
    return pre.length ? `${release}-${pre.join('.')}` : release;
}
function locationReplacement(l, pkg, next) {
    // A leading v inside the span (a whole-file VERSION of `v1.2.3`) stays; hatch's pattern leaves it outside.
    const v = /^[vV]/.test(l.raw) ? l.raw[0] : '';
    if (l.kind === 'cargo')
        next = cargoSemver(next, l);
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
function buildEdits(repo, byFile) {
    const edits = [];
    for (const [file, found] of byFile) {
        const sorted = found.filter((r) => r.old !== r.new).sort((a, b) => a.start - b.start || a.end - b.end);
        const replacements = [];
        for (const r of sorted) {
            const last = replacements.at(-1);
            // Two readers can report the same span (a module file that is also a package's version-file).
            if (last && last.start === r.start && last.end === r.end && last.new === r.new)
                continue;
            if (last && r.start < last.end) {
                throw new src_errors/* ConfigurationError */.j1(`${file}:${r.line}: ${r.label} overlaps ${last.label} at line ${last.line}, so the file cannot be rewritten safely; remove one of the two from the configuration.`, { file, line: r.line });
            }
            replacements.push(r);
        }
        const original = repo.files.text(file);
        const updated = applyReplacements(original, replacements);
        if (updated !== original)
            edits.push({ file, original, updated, replacements });
    }
    return edits.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}
/**
 * Plans setting the version to `spec` — an explicit PEP 440 version (SemVer-style spellings such as
 * `0.2.0-beta.1` are accepted and written normalised) or a bump (`major` … `release`). Throws
 * ConfigurationError for an unparsable spec, an unknown or missing package, a local version, a version
 * not above the current one (unless `force`), and pins whose upper bound excludes the new version.
 */
function planVersionChange(repo, spec, options = {}) {
    const wanted = spec.trim();
    if (wanted === '') {
        throw new src_errors/* ConfigurationError */.j1(`No version given: write an explicit version such as "1.2.3" or "1.2.3rc1", or a bump: one of ${BUMPS}.`);
    }
    const notices = [];
    const changing = selectPackages(repo, options.package?.trim() || undefined);
    const lockstep = repo.policy === 'lockstep';
    const locations = [...changing.flatMap((p) => p.locations), ...(lockstep ? repo.versionFiles : [])];
    const formats = [...new Set(changing.flatMap((p) => p.acceptedTagFormats))]
        .map((f) => `\`${f}\``)
        .join(' or ');
    const previous = locations.length > 0
        ? currentVersion(wanted, locations, notices)
        : versionFromTags(changing, options.tags ?? []);
    const first = options.firstPrereleaseNumber ?? repo.config.firstPrereleaseNumber ?? 1;
    const next = nextVersion(wanted, previous, { ...options, firstPrereleaseNumber: first }, notices, formats);
    const tagNotices = new Set();
    const tagFormats = new Map(changing.map((p) => [p, newTagFormat(p, options.tags ?? [], tagNotices)]));
    notices.push(...tagNotices);
    const tagOf = (p) => (0,pyproject/* renderTag */.vY)(tagFormats.get(p) ?? p.tagFormat, next, p.name);
    const byFile = new Map();
    const add = (file, r) => byFile.set(file, [...(byFile.get(file) ?? []), r]);
    for (const pkg of changing) {
        for (const l of pkg.locations)
            add(l.file, locationReplacement(l, pkg.name, next));
    }
    if (lockstep)
        for (const l of repo.versionFiles)
            add(l.file, locationReplacement(l, undefined, next));
    const changed = new Set(changing.map((p) => (0,src_names/* canonicalizeName */.yt)(p.name)));
    for (const pkg of repo.packages) {
        for (const pin of pkg.pins) {
            if (!changed.has((0,src_names/* canonicalizeName */.yt)(pin.name)))
                continue;
            for (const r of pinReplacements(pin, pkg.name, repo.files.text(pin.file), next))
                add(pin.file, r);
        }
    }
    const date = (options.now ?? new Date()).toISOString().slice(0, 10);
    const changelogTags = new Map();
    if (lockstep || changing.some((p) => p.path === '.'))
        changelogTags.set('.', tagOf(changing[0]));
    for (const pkg of changing)
        changelogTags.set(pkg.path, tagOf(pkg));
    for (const [dir, tag] of changelogTags) {
        const file = dir === '.' ? CHANGELOG : `${dir}/${CHANGELOG}`;
        if (!repo.files.isFile(file))
            continue;
        const found = changelogReplacements(repo.files.text(file), next, tag, date);
        if (found.notice)
            notices.push(`${file}: ${found.notice}.`);
        for (const r of found.replacements)
            add(file, r);
    }
    const packages = changing.map((p) => ({
        name: p.name,
        path: p.path,
        previous: (0,pyproject/* declaredVersion */.Pn)(p) ?? previous,
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

// EXTERNAL MODULE: ./packages/core/src/consistency/index.ts + 4 modules
var consistency = __webpack_require__(88294);
;// CONCATENATED MODULE: ./packages/core/src/versioning/diff.ts
function splitLines(text) {
    return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}
// Myers' greedy shortest edit script, with the trace kept to walk back from (N, M).
function shortestEdit(a, b) {
    const n = a.length;
    const m = b.length;
    const max = n + m;
    const v = new Int32Array(2 * max + 2);
    const trace = [];
    let done = false;
    for (let d = 0; d <= max && !done; d++) {
        trace.push(v.slice());
        for (let k = -d; k <= d; k += 2) {
            const down = k === -d || (k !== d && v[max + k - 1] < v[max + k + 1]);
            let x = down ? v[max + k + 1] : v[max + k - 1] + 1;
            let y = x - k;
            while (x < n && y < m && a[x] === b[y]) {
                x++;
                y++;
            }
            v[max + k] = x;
            if (x >= n && y >= m) {
                done = true;
                break;
            }
        }
    }
    const ops = [];
    let x = n;
    let y = m;
    for (let d = trace.length - 1; d >= 0; d--) {
        const t = trace[d];
        const k = x - y;
        const down = k === -d || (k !== d && t[max + k - 1] < t[max + k + 1]);
        const prevK = down ? k + 1 : k - 1;
        const prevX = t[max + prevK];
        const prevY = prevX - prevK;
        while (x > prevX && y > prevY) {
            x--;
            y--;
            ops.push({ kind: ' ', line: a[x] });
        }
        if (d > 0) {
            if (x === prevX)
                ops.push({ kind: '+', line: b[--y] });
            else
                ops.push({ kind: '-', line: a[--x] });
        }
    }
    return ops.reverse();
}
/** The line operations turning `a` into `b`: kept (' '), removed ('-') and added ('+') lines. */
function diffLines(a, b) {
    const left = splitLines(a);
    const right = splitLines(b);
    // Trimming the common head and tail keeps Myers' work proportional to the changed region.
    let head = 0;
    while (head < left.length && head < right.length && left[head] === right[head])
        head++;
    let tail = 0;
    while (tail < left.length - head &&
        tail < right.length - head &&
        left[left.length - 1 - tail] === right[right.length - 1 - tail])
        tail++;
    const keep = (lines) => lines.map((line) => ({ kind: ' ', line }));
    return [
        ...keep(left.slice(0, head)),
        ...shortestEdit(left.slice(head, left.length - tail), right.slice(head, right.length - tail)),
        ...keep(left.slice(left.length - tail)),
    ];
}
function printLine(op) {
    return op.line.endsWith('\n')
        ? `${op.kind}${op.line}`
        : `${op.kind}${op.line}\n\\ No newline at end of file\n`;
}
/** A unified diff of `before` → `after` for `file` (repo-relative), '' when they are equal. */
function unifiedDiff(file, before, after, context = 3) {
    if (before === after)
        return '';
    const ops = diffLines(before, after);
    const changed = ops.map((op, i) => (op.kind === ' ' ? -1 : i)).filter((i) => i >= 0);
    let out = `--- a/${file}\n+++ b/${file}\n`;
    let i = 0;
    while (i < changed.length) {
        // Changes at most 2 × context unchanged lines apart share a hunk, as in diff -u.
        let last = i;
        while (last + 1 < changed.length && changed[last + 1] - changed[last] <= 2 * context + 1)
            last++;
        const from = Math.max(0, changed[i] - context);
        const to = Math.min(ops.length, changed[last] + context + 1);
        let oldLine = 1;
        let newLine = 1;
        for (const op of ops.slice(0, from)) {
            if (op.kind !== '+')
                oldLine++;
            if (op.kind !== '-')
                newLine++;
        }
        const hunk = ops.slice(from, to);
        const oldCount = hunk.filter((op) => op.kind !== '+').length;
        const newCount = hunk.filter((op) => op.kind !== '-').length;
        // An empty side is numbered by the line before it, as diff -u does.
        out += `@@ -${oldCount ? oldLine : oldLine - 1},${oldCount} +${newCount ? newLine : newLine - 1},${newCount} @@\n`;
        out += hunk.map(printLine).join('');
        i = last + 1;
    }
    return out;
}
/** The unified diff of every file a plan changes, in plan order. */
function planDiff(edits) {
    return edits.map((e) => unifiedDiff(e.file, e.original, e.updated)).join('');
}

;// CONCATENATED MODULE: ./packages/core/src/versioning/set-version.ts
/**
 * The whole of set-version, shared by the action and `otai-release version`: plan, check git, write
 * all files or none, prove the result with the same check validate-versions runs, then commit, tag and
 * push. Every check that can refuse runs before the first byte is written, also in a dry run.
 */









// Errors after writing that concern a changed package, or that were not there before, undo the write.
function newErrors(before, after, changed) {
    const key = (f) => `${f.code}|${f.file}|${f.line}`;
    const old = new Set(before.filter((f) => f.level === 'error').map(key));
    return after.filter((f) => f.level === 'error' &&
        (f.package === undefined || changed.has((0,src_names/* canonicalizeName */.yt)(f.package)) || !old.has(key(f))));
}
// A package whose version cannot be read cannot be rewritten: in lockstep it would be left behind at
// the old version, so the change is refused, naming the package and what to fix.
function refuseUnreadable(repo, wanted) {
    const named = (u, w) => u.path === w.replace(/\/+$/, '') ||
        (u.name !== undefined && (0,src_names/* canonicalizeName */.yt)(u.name) === (0,src_names/* canonicalizeName */.yt)(w));
    const blocking = repo.unreadable.filter((u) => repo.policy === 'lockstep' || (wanted !== undefined && named(u, wanted)));
    if (blocking.length === 0)
        return;
    const [first] = blocking;
    throw new src_errors/* ConfigurationError */.j1(`The version of ${first.name ?? first.path} cannot be read, so it cannot be set${blocking.length > 1 ? ` (nor that of ${blocking.length - 1} other package(s))` : ''}: ${first.error.message}`, { file: first.error.file, line: first.error.line, column: first.error.column });
}
// With no policy configured, versions that mostly differ mean independent packages, as check reads
// them: a bump then names its package, instead of refusing because the packages disagree.
async function readWithPolicyEvidence(path, git, logger) {
    const repo = (0,pyproject/* readRepository */.Nu)(path);
    // The tags only suggest a tag format, which matters where the versions mostly differ.
    const tags = (0,consistency/* mayBeIndependent */.Hi)(repo, false) ? await git.tags() : [];
    const evidence = (0,consistency/* independentByEvidence */.Hp)(repo, { tags });
    if (!evidence)
        return repo;
    logger.notice(evidence.finding.message, { file: evidence.finding.file });
    return evidence.repo;
}
/** Sets the version; throws ConfigurationError (with nothing written) for every refusal. */
async function setVersion(options, deps) {
    const { logger } = deps;
    const problem = gitStepsProblem(options);
    if (problem)
        throw new src_errors/* ConfigurationError */.j1(problem);
    const git = new versioning_git/* Git */.TU(options.path, deps.git, options.auth);
    const repo = await readWithPolicyEvidence(options.path, git, logger);
    refuseUnreadable(repo, options.package);
    const plan = await planChange(repo, options, deps, git);
    await checkGit(git, options, plan, logger);
    const changedFiles = plan.edits.map((e) => e.file);
    const base = {
        plan,
        dryRun: options.dryRun,
        diff: planDiff(plan.edits),
        changedFiles,
        committed: false,
        tags: options.tag ? plan.tags : [],
        pushed: false,
    };
    if (options.dryRun) {
        logger.info(`Dry run: nothing was changed.${options.tag ? ` It would create the tag${plan.tags.length > 1 ? 's' : ''} ${plan.tags.join(', ')}.` : ''}`);
        return base;
    }
    const applied = await writeAndCheck(repo, plan, options.path, deps);
    const willCommit = options.commit && changedFiles.length > 0;
    let commitSha;
    if (willCommit)
        commitSha = await commitRelease(git, plan, changedFiles, applied, logger);
    else if (options.commit)
        logger.notice('Nothing to commit: the version comes from the tag, so no file changes.');
    if (options.tag)
        await tagRelease(git, plan, logger);
    if (options.commit || options.tag)
        commitSha ??= await git.head();
    const refs = [
        ...(willCommit ? ['HEAD'] : []),
        ...(options.tag ? plan.tags.map((t) => `refs/tags/${t}`) : []),
    ];
    const pushed = options.push && (await pushRelease(git, refs, logger));
    return { ...base, committed: willCommit, commitSha, pushed };
}
// Plans every byte that changes, and logs the plan.
async function planChange(repo, options, deps, git) {
    const { logger } = deps;
    // Tags give tag-derived versions, and the form of new tags when no tag-format is configured.
    const usesTags = repo.packages.some((p) => p.tagDerived || p.acceptedTagFormats.length > 1);
    return logger.group('Plan the version change', async () => {
        const planned = planVersionChange(repo, options.spec, {
            package: options.package,
            force: options.force,
            firstPrereleaseNumber: options.firstPrereleaseNumber,
            now: deps.clock(),
            tags: usesTags ? await git.tags() : [],
        });
        logger.info(`${planned.previous ?? '(no version yet)'} → ${planned.next}, tag ${planned.tags.join(', ')}`);
        for (const pkg of planned.packages) {
            if (pkg.fromTag)
                logger.info(`${pkg.name}: the version comes from the tag (${pkg.fromTag}); no file changes`);
        }
        for (const edit of planned.edits) {
            for (const r of edit.replacements)
                logger.info(`${edit.file}:${r.line} ${r.label}${r.kind === 'changelog' ? ' updated' : `: ${r.old} → ${r.new}`}`);
        }
        for (const notice of planned.notices)
            logger.notice(notice);
        return planned;
    });
}
// Refuses what the git steps would get wrong, before anything is written: a tag on a commit whose
// files still say the old version, others' changes the release commit would take in, a tag that exists.
async function checkGit(git, options, plan, logger) {
    if (options.tag && !options.commit && plan.edits.length > 0) {
        throw new src_errors/* ConfigurationError */.j1(`tag without commit would tag a commit whose files still say ${plan.previous ?? 'the old version'}; set commit too (or tag only when the version comes from the tag).`);
    }
    if (!options.commit && !options.tag)
        return;
    await logger.group('Check git', async () => {
        await git.ensureRepository();
        const dirty = await git.changedFiles();
        if (dirty.length > 0) {
            throw new src_errors/* ConfigurationError */.j1(`The working tree has changes that are not part of this release, which the release commit must not pick up or leave behind:\n${dirty.map((l) => `  ${l}`).join('\n')}\nCommit or stash them first.`);
        }
        if (!options.tag)
            return;
        for (const tag of plan.tags) {
            if (await git.tagExists(tag)) {
                throw new src_errors/* ConfigurationError */.j1(`The tag ${tag} already exists; ${plan.next} has been released. Set a higher version (or delete the tag if it was a mistake: git tag -d ${tag}).`);
            }
            if (options.push && (await git.remoteTagExists(tag))) {
                throw new src_errors/* ConfigurationError */.j1(`The tag ${tag} already exists on origin; ${plan.next} has been released. Fetch the tags (git fetch --tags) and set a higher version.`);
            }
        }
    });
}
// Writes every file, then proves the result with the check validate-versions runs; any new error
// restores every file before it is thrown.
async function writeAndCheck(repo, plan, path, deps) {
    const { logger } = deps;
    const before = (0,consistency/* checkConsistency */.zV)(repo, {});
    return logger.group('Write the files', async () => {
        const written = applyEdits(path, plan.edits, deps.io ?? nodeIo);
        try {
            const after = (0,pyproject/* readRepository */.Nu)(path);
            const checked = (0,consistency/* checkConsistency */.zV)(after, { tag: plan.tag });
            const changed = new Set(plan.packages.map((p) => (0,src_names/* canonicalizeName */.yt)(p.name)));
            const errors = newErrors(before.findings, checked.findings, changed);
            if (errors.length > 0) {
                throw new src_errors/* ConfigurationError */.j1(`After writing ${plan.next}, the check still finds ${errors.length} problem(s); the files were restored. The first: ${errors[0].message}`, { file: errors[0].file, line: errors[0].line, column: errors[0].column });
            }
            for (const f of checked.findings.filter((f) => f.level !== 'notice' && !errors.includes(f))) {
                logger.warning(`${f.message} (not caused by this change)`, { file: f.file, line: f.line });
            }
        }
        catch (error) {
            written.restore();
            throw error;
        }
        logger.info(`Wrote ${written.files.length} file(s): ${written.files.join(', ') || '(none)'}`);
        return written;
    });
}
// The release commit of the changed files; a failed commit restores them.
async function commitRelease(git, plan, changedFiles, applied, logger) {
    const sha = await logger.group('Commit', async () => {
        try {
            return await git.commit(changedFiles, plan.commitMessage);
        }
        catch (error) {
            applied.restore();
            throw new src_errors/* ConfigurationError */.j1(`${(0,src_errors/* errorMessage */.gJ)(error)} The files were restored.`);
        }
    });
    logger.info(`Committed ${sha}: ${plan.commitMessage}`);
    return sha;
}
async function tagRelease(git, plan, logger) {
    await logger.group('Tag', async () => {
        for (const tag of plan.tags) {
            await git.tag(tag, `Release ${tag}`);
            logger.info(`Tagged ${tag}`);
        }
    });
}
// Pushes `refs` atomically; false when there is nothing to push.
async function pushRelease(git, refs, logger) {
    if (refs.length === 0) {
        logger.notice('Nothing to push: no commit and no tag were made.');
        return false;
    }
    await logger.group('Push', async () => {
        try {
            await git.push(refs);
        }
        catch (error) {
            throw new src_errors/* ConfigurationError */.j1(`${(0,src_errors/* errorMessage */.gJ)(error)} The release commit and tag exist locally; push them with: git push --atomic origin ${refs.join(' ')}`);
        }
        logger.info(`Pushed ${refs.join(', ')} to origin`);
    });
    return true;
}

;// CONCATENATED MODULE: ./packages/core/src/versioning/index.ts
/** Setting versions: plan every byte that changes, write all files or none, commit, tag and push. */










/***/ })

};
