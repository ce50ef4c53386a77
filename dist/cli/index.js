#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 927:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(247);
/** Executable entry of the otai-release command. */

process.exitCode = await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .main */ .i)(process.argv.slice(2));

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 247:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  i: () => (/* binding */ main)
});

;// CONCATENATED MODULE: ./packages/core/src/errors/index.ts
/**
 * The one error type for user mistakes. Domain code throws it; the action runner and the CLI turn it
 * into an annotation / a message with exit code 1 and no stack trace. Anything else is a bug in us.
 */
/** A mistake in the user's input, configuration or project: the message says what, where and how to fix it. */
class errors_ConfigurationError extends Error {
    file;
    line;
    column;
    constructor(message, position = {}) {
        super(message);
        this.name = 'ConfigurationError';
        this.file = position.file;
        this.line = position.line;
        this.column = position.column;
    }
    /** `file:line: message`, the form compilers use, so editors and terminals can jump to it. */
    toString() {
        return `${formatPosition(this)}${this.message}`;
    }
}
/** `file:line:column: ` for whatever parts of the position are known, or '' when none are. */
function formatPosition(position) {
    if (!position.file)
        return '';
    let out = position.file;
    if (position.line)
        out += `:${position.line}`;
    if (position.line && position.column)
        out += `:${position.column}`;
    return `${out}: `;
}
/** True for errors the user can fix (bad input), false for bugs and environment failures. */
function isConfigurationError(error) {
    return error instanceof errors_ConfigurationError;
}
/** The message of anything thrown, without assuming it is an Error. */
function errorMessage(error) {
    return error instanceof Error ? error.message : String(error);
}

;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
;// CONCATENATED MODULE: ./packages/core/src/pep440/whitespace.ts
/**
 * Python's idea of whitespace. packaging strips versions and specifiers with `str.strip()` and matches
 * `\s` in `str` patterns; both use `str.isspace()`, which differs from JavaScript's `\s`: Python also
 * counts U+001C–U+001F and U+0085, and does not count U+FEFF (BOM). Matching Python exactly keeps
 * "valid here" and "valid for pip" the same set.
 */
/** A regex character class (source text) of exactly the characters Python's `str.isspace()` accepts. */
const PY_WHITESPACE = '[\\t\\n\\v\\f\\r\\x1c-\\x20\\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]';
const LEADING = new RegExp(`^${PY_WHITESPACE}+`);
const TRAILING = new RegExp(`${PY_WHITESPACE}+$`);
/** `text.strip()` as Python does it. */
function pyStrip(text) {
    return text.replace(LEADING, '').replace(TRAILING, '');
}

;// CONCATENATED MODULE: ./packages/core/src/pep440/version.ts
/**
 * PEP 440 versions: parsing (pypa/packaging's `_VERSION_PATTERN`, character for character), the
 * canonical string form (`str(Version)`), and PyPI's release identity (`canonicalize_version`).
 */


// The `i` flag without `u` is deliberate: with `u`, case folding would let U+017F (ſ) match `s` and
// U+212A (Kelvin sign) match `k`, while packaging's `(?a:...)` groups accept ASCII letters only.
// JavaScript has no possessive quantifiers; for a full-string match they change nothing here because
// no later part of the pattern can start with what an earlier part gave up.
const VERSION_PATTERN = new RegExp(`^${PY_WHITESPACE}*v?` +
    '(?:(?<epoch>[0-9]+)!)?' +
    '(?<release>[0-9]+(?:\\.[0-9]+)*)' +
    '(?<pre>[._-]?(?<preL>alpha|a|beta|b|preview|pre|c|rc)[._-]?(?<preN>[0-9]+)?)?' +
    '(?<post>(?:-(?<postN1>[0-9]+))|(?:[._-]?(?<postL>post|rev|r)[._-]?(?<postN2>[0-9]+)?))?' +
    '(?<dev>[._-]?(?<devL>dev)[._-]?(?<devN>[0-9]+)?)?' +
    '(?:\\+(?<local>[a-z0-9]+(?:[._-][a-z0-9]+)*))?' +
    `${PY_WHITESPACE}*$`, 'i');
const LOCAL_PATTERN = /^[a-z0-9]+(?:[._-][a-z0-9]+)*$/i;
const PRE_SPELLINGS = {
    a: 'a',
    alpha: 'a',
    b: 'b',
    beta: 'b',
    c: 'rc',
    rc: 'rc',
    pre: 'rc',
    preview: 'rc',
};
/** Raised internally for numbers JavaScript cannot hold exactly; becomes a ConfigurationError. */
class UnsafeNumber extends Error {
}
// Python ints are unbounded; JS numbers are exact only up to 2^53 - 1. Refusing larger numbers is
// better than silently printing a different version than the user wrote.
function toInt(digits) {
    const value = Number(digits);
    if (!Number.isSafeInteger(value))
        throw new UnsafeNumber(digits);
    return value;
}
function parseLocal(local) {
    return local.split(/[._-]/).map((part) => (/^[0-9]+$/.test(part) ? toInt(part) : part.toLowerCase()));
}
function parseOrUndefined(text) {
    const m = VERSION_PATTERN.exec(text);
    if (!m?.groups)
        return undefined;
    const g = m.groups;
    const version = {
        epoch: g.epoch ? toInt(g.epoch) : 0,
        release: g.release.split('.').map(toInt),
    };
    if (g.preL)
        version.pre = [PRE_SPELLINGS[g.preL.toLowerCase()], g.preN ? toInt(g.preN) : 0];
    // `1.0-1` is the implicit post-release spelling: a number without a letter.
    if (g.post)
        version.post = toInt(g.postN1 ?? g.postN2 ?? '0');
    if (g.devL)
        version.dev = g.devN ? toInt(g.devN) : 0;
    if (g.local !== undefined)
        version.local = parseLocal(g.local);
    return version;
}
function invalidVersionMessage(text, reason) {
    // Suggest something built from the user's own release number, so the fix is copy-pasteable.
    const release = /^\s*[vV]?([0-9]+(?:\.[0-9]+)*)/.exec(text)?.[1] ?? '1.0.0';
    return (`${JSON.stringify(text)} is not a valid PEP 440 version: ${reason}; ` +
        `write e.g. "${release}", "${release}a1", "${release}rc1" or "${release}.post1"`);
}
function explainInvalid(text) {
    const stripped = pyStrip(text);
    if (stripped === '')
        return 'it is empty';
    if (/[^\x21-\x7e]/.test(stripped)) {
        return 'it contains whitespace or non-ASCII characters (only ASCII digits, letters and . _ - + ! are allowed)';
    }
    if ((stripped.match(/\+/g) ?? []).length > 1)
        return 'it has more than one "+" (at most one local label)';
    return 'expected [N!]N(.N)*[{a|b|rc}N][.postN][.devN][+local]';
}
/** Parses a PEP 440 version as pip does; throws ConfigurationError (quoting the text) when it is not one. */
function parseVersion(text) {
    let version;
    try {
        version = parseOrUndefined(text);
    }
    catch (error) {
        if (error instanceof UnsafeNumber) {
            throw new errors_ConfigurationError(invalidVersionMessage(text, `the number ${error.message} is larger than ${Number.MAX_SAFE_INTEGER}, the largest this tool handles exactly`));
        }
        throw error;
    }
    if (!version)
        throw new errors_ConfigurationError(invalidVersionMessage(text, explainInvalid(text)));
    return version;
}
/** Like `parseVersion`, but returns `undefined` instead of throwing. */
function tryParseVersion(text) {
    try {
        return parseOrUndefined(text);
    }
    catch (error) {
        if (error instanceof UnsafeNumber)
            return undefined;
        throw error;
    }
}
/** A Version as is, or a string parsed with `parseVersion` (throws ConfigurationError when invalid). */
function version_coerceVersion(version) {
    return typeof version === 'string' ? parseVersion(version) : version;
}
/** The canonical string, as packaging's `str(Version)`: `1!2.0rc1.post2.dev3+ubuntu.1`, `0!` omitted. */
function version_formatVersion(v) {
    let out = v.epoch ? `${v.epoch}!` : '';
    out += v.release.join('.');
    if (v.pre !== undefined)
        out += `${v.pre[0]}${v.pre[1]}`;
    if (v.post !== undefined)
        out += `.post${v.post}`;
    if (v.dev !== undefined)
        out += `.dev${v.dev}`;
    if (v.local !== undefined && v.local.length > 0)
        out += `+${v.local.join('.')}`;
    return out;
}
/** The normal form of a version string (`V1.0-RC.1` → `1.0rc1`); throws ConfigurationError when invalid. */
function normalizeVersion(text) {
    return version_formatVersion(parseVersion(text));
}
/** True when `text` is a valid version already written in its normal form; never throws. */
function isNormalized(text) {
    const version = tryParseVersion(text);
    return version !== undefined && version_formatVersion(version) === text;
}
/** The release segment without trailing zeros, keeping at least one (`[1, 0, 0]` → `[1]`). */
function trimRelease(release) {
    let end = release.length;
    while (end > 1 && release[end - 1] === 0)
        end--;
    return release.slice(0, end);
}
/**
 * packaging.utils.canonicalize_version: the normal form with trailing `.0` release segments removed
 * (`1.0.0` → `1`, `1.4.0.0.0` → `1.4`). PyPI identifies a release by it, so `1.0` and `1.0.0` are the
 * same release. Text that is not a version is returned unchanged, as packaging does.
 */
function canonicalizeVersion(version) {
    const parsed = typeof version === 'string' ? tryParseVersion(version) : version;
    if (!parsed)
        return version;
    return version_formatVersion({ ...parsed, release: trimRelease(parsed.release) });
}
function partsError(what, value, expected) {
    return new ConfigurationError(`${what} ${JSON.stringify(value)} is not valid: ${expected}`);
}
function checkCount(what, value) {
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
        throw partsError(what, value, 'write a non-negative integer such as 0 or 1');
    }
    return value;
}
/** Builds a version from its components (packaging's `Version.from_parts`), normalising the pre-release spelling. */
function versionFromParts(parts) {
    const release = parts.release;
    if (!Array.isArray(release) || release.length === 0) {
        throw partsError('release', release, 'write a non-empty list of non-negative integers such as [1, 0, 0]');
    }
    const version = {
        epoch: parts.epoch == null ? 0 : checkCount('epoch', parts.epoch),
        release: release.map((n) => checkCount('release segment', n)),
    };
    if (parts.pre != null) {
        const [letter, number] = parts.pre;
        const phase = typeof letter === 'string' ? PRE_SPELLINGS[letter.toLowerCase()] : undefined;
        if (!phase)
            throw partsError('pre-release phase', letter, 'write "a", "b" or "rc"');
        version.pre = [phase, checkCount('pre-release number', number)];
    }
    if (parts.post != null)
        version.post = checkCount('post-release number', parts.post);
    if (parts.dev != null)
        version.dev = checkCount('dev-release number', parts.dev);
    if (parts.local != null) {
        if (typeof parts.local !== 'string' || !LOCAL_PATTERN.test(parts.local)) {
            throw partsError('local label', parts.local, 'write ASCII letters and digits separated by ".", e.g. "ubuntu.1"');
        }
        try {
            version.local = parseLocal(parts.local);
        }
        catch (error) {
            if (error instanceof UnsafeNumber) {
                throw partsError('local label', parts.local, `numbers must be at most ${Number.MAX_SAFE_INTEGER}`);
            }
            throw error;
        }
    }
    return version;
}

;// CONCATENATED MODULE: ./packages/core/src/pep440/attributes.ts
/** The derived properties of packaging's `Version` (`is_prerelease`, `public`, `base_version`, …). */

/** True for pre-releases and also for dev releases (`1.0.dev1`), as packaging's `is_prerelease`. */
function isPrerelease(v) {
    const version = version_coerceVersion(v);
    return version.pre !== undefined || version.dev !== undefined;
}
/** True when the version has a `.devN` segment. */
function isDevrelease(v) {
    return coerceVersion(v).dev !== undefined;
}
/** True when the version has a `.postN` segment (including `1.0.post1.dev1`). */
function isPostrelease(v) {
    return coerceVersion(v).post !== undefined;
}
/** True when the version has a `+local` label, which PyPI refuses. */
function hasLocal(v) {
    const local = version_coerceVersion(v).local;
    return local !== undefined && local.length > 0;
}
/** The canonical string without the local label (`1!1.2.3.dev1+abc` → `1!1.2.3.dev1`). */
function publicVersion(v) {
    const { local: _local, ...rest } = version_coerceVersion(v);
    return version_formatVersion(rest);
}
/** Epoch and release only (`1!1.2.3rc1.post2+abc` → `1!1.2.3`). */
function baseVersion(v) {
    const { epoch, release } = coerceVersion(v);
    return formatVersion({ epoch, release });
}

;// CONCATENATED MODULE: ./packages/core/src/pep440/bump.ts
/**
 * Computing the next version for `set-version`. Every result is a normalised PEP 440 string that sorts
 * strictly after the current version; a bump that would go backwards, or that no release manager wants,
 * is refused with a ConfigurationError that says what to write instead.
 *
 * Rules, by current version:
 * - final or post release (`1.2.3`, `1.2.3.post1`; a dev release of a post release such as
 *   `1.2.3.post1.dev2` counts as a post release):
 *   `major`/`minor`/`patch` bump that segment and zero the ones after it, keeping the number of release
 *   segments but at least 2 for minor and 3 for patch (`1.2` patch → `1.2.1`); `alpha`/`beta`/`rc`/`dev`
 *   start a pre-release of the next patch (`1.0.0` rc → `1.0.1rc1`); `post` adds or increments `.postN`.
 * - pre-release or dev release of X (`1.0.1rc2`, `1.0.1.dev3`, `1.0.1rc1.dev2`):
 *   `patch` gives X; `minor` gives X when every segment after the minor is 0, `major` when every segment
 *   after the major is 0, otherwise they bump as from a final; the same phase increments (`rc1` → `rc2`),
 *   a later phase starts at the first number (`a2` → `b1`), an earlier one is refused; a dev release of a
 *   pre-release finalises to it (`rc1.dev3` rc → `rc1`); `dev` increments `.devN` or starts the next
 *   pre-release's dev series (`rc1` → `rc2.dev1`); `release` gives X; `post` is refused.
 * - pre-release, dev and post numbers: new series start at `firstPrereleaseNumber` (default 1, as uv and
 *   python-semantic-release do; hatch, poetry and commitizen start at 0) for a/b/rc and dev; a new post
 *   series always starts at `.post1`.
 * - Epochs are kept. Local versions (`+label`) are refused: PyPI rejects them.
 */


/** Every bump `bumpVersion` understands, in the order documentation lists them. */
const BUMP_SPECS = [
    'major',
    'minor',
    'patch',
    'alpha',
    'beta',
    'rc',
    'post',
    'dev',
    'release',
];
/** True when `text` names a bump (`major`, `rc`, …). */
function isBumpSpec(text) {
    return BUMP_SPECS.includes(text);
}
const PHASES = {
    alpha: 'a',
    beta: 'b',
    rc: 'rc',
};
const PHASE_ORDER = { a: 0, b: 1, rc: 2 };
const PHASE_NAMES = { a: 'alpha', b: 'beta', rc: 'rc' };
const SEGMENT_INDEX = { major: 0, minor: 1, patch: 2 };
/** The release `v` leads up to, when `v` is a pre-release or dev release of it (not a dev of a post). */
function isLeadingUpTo(v) {
    return v.pre !== undefined || (v.dev !== undefined && v.post === undefined);
}
function bumpSegment(release, index) {
    const next = [...release];
    while (next.length <= index)
        next.push(0);
    next[index] += 1;
    for (let i = index + 1; i < next.length; i++)
        next[i] = 0;
    return next;
}
function hasShape(release, index) {
    // `patch` always finalises a pre-release of X to X, whatever X's last segments are.
    if (index === 2)
        return true;
    return release.slice(index + 1).every((n) => n === 0);
}
function bumpError(current, spec, why) {
    return new errors_ConfigurationError(`cannot bump ${JSON.stringify(version_formatVersion(current))} with "${spec}": ${why}`);
}
function bumpPhase(v, spec, first) {
    const phase = PHASES[spec];
    const base = { epoch: v.epoch, release: v.release };
    if (v.pre === undefined) {
        // A dev release of X (`1.0.1.dev2`) already leads up to X; a final or post release leads to the next patch.
        if (v.dev !== undefined && v.post === undefined)
            return { ...base, pre: [phase, first] };
        return { ...base, release: bumpSegment(v.release, 2), pre: [phase, first] };
    }
    const [currentPhase, number] = v.pre;
    if (PHASE_ORDER[phase] < PHASE_ORDER[currentPhase]) {
        const nextPatch = version_formatVersion({ ...base, release: bumpSegment(v.release, 2), pre: [phase, first] });
        throw bumpError(v, spec, `${spec} comes before ${PHASE_NAMES[currentPhase]}, so the version would go backwards; to start ` +
            `${spec} releases of the next version, bump "patch" then "${spec}" or set the version explicitly ` +
            `(e.g. "${nextPatch}")`);
    }
    if (phase !== currentPhase)
        return { ...base, pre: [phase, first] };
    // `1.0.1rc1.dev3` rc → `1.0.1rc1`: the dev release was a preview of that very pre-release.
    if (v.dev !== undefined && v.post === undefined)
        return { ...base, pre: [phase, number] };
    return { ...base, pre: [phase, number + 1] };
}
function bumpParsed(v, spec, first) {
    const base = { epoch: v.epoch, release: v.release };
    switch (spec) {
        case 'major':
        case 'minor':
        case 'patch': {
            const index = SEGMENT_INDEX[spec];
            if (isLeadingUpTo(v) && hasShape(v.release, index))
                return base;
            return { ...base, release: bumpSegment(v.release, index) };
        }
        case 'alpha':
        case 'beta':
        case 'rc':
            return bumpPhase(v, spec, first);
        case 'post':
            if (isLeadingUpTo(v)) {
                throw bumpError(v, spec, 'it is a pre-release; a post-release of a pre-release is valid PEP 440 but never what a release ' +
                    'wants: bump "release" to publish the final version, then "post" for fixes to it');
            }
            // `1.0.0.post1.dev2` post → `1.0.0.post1`: the dev release was a preview of that post release.
            if (v.post !== undefined && v.dev !== undefined)
                return { ...base, post: v.post };
            return { ...base, post: v.post === undefined ? 1 : v.post + 1 };
        case 'dev':
            if (v.dev !== undefined)
                return { ...withoutDev(v), dev: v.dev + 1 };
            if (v.pre !== undefined)
                return { ...base, pre: [v.pre[0], v.pre[1] + 1], dev: first };
            return { ...base, release: bumpSegment(v.release, 2), dev: first };
        case 'release':
            if (!isLeadingUpTo(v)) {
                if (v.dev !== undefined)
                    return { ...base, post: v.post };
                throw bumpError(v, spec, 'it is already a final release; use "patch", "minor" or "major" for the next one');
            }
            return base;
    }
}
function withoutDev(v) {
    const { dev: _dev, ...rest } = v;
    return rest;
}
/**
 * The version after `current` for one bump (see the module comment for the rules), as a normalised
 * string. Throws ConfigurationError for invalid or local versions and for bumps that would go backwards.
 */
function bumpVersion(current, spec, options = {}) {
    if (!isBumpSpec(spec)) {
        throw new errors_ConfigurationError(`${JSON.stringify(spec)} is not a version bump; use one of ${BUMP_SPECS.map((s) => `"${s}"`).join(', ')}`);
    }
    const first = options.firstPrereleaseNumber ?? 1;
    if (!Number.isSafeInteger(first) || first < 0) {
        throw new errors_ConfigurationError(`first pre-release number ${JSON.stringify(first)} is not valid; write a non-negative integer such as 0 or 1`);
    }
    const version = version_coerceVersion(current);
    if (version.local?.length) {
        throw bumpError(version, spec, 'local versions cannot be released to PyPI (it rejects any "+label"); remove the local label first');
    }
    return version_formatVersion(bumpParsed(version, spec, first));
}

;// CONCATENATED MODULE: ./packages/core/src/pep440/compare.ts
/** PEP 440 ordering, exactly as packaging's `Version` comparison key (`_cmpkey`). */

const PRE_RANK = { a: 0, b: 1, rc: 2 };
// A dev release without a pre or post segment (`1.0.dev1`) sorts before every pre-release of 1.0.
const PRE_RANK_DEV_ONLY = -1;
const PRE_RANK_NONE = 3;
function suffixKey(v) {
    let preRank;
    let preNumber = 0;
    if (v.pre !== undefined) {
        preRank = PRE_RANK[v.pre[0]];
        preNumber = v.pre[1];
    }
    else if (v.post === undefined && v.dev !== undefined) {
        preRank = PRE_RANK_DEV_ONLY;
    }
    else {
        preRank = PRE_RANK_NONE;
    }
    return [
        preRank,
        preNumber,
        v.post === undefined ? 0 : 1,
        v.post ?? 0,
        // Without a dev segment sorts after with one: 1.0a1.dev1 < 1.0a1.
        v.dev === undefined ? 1 : 0,
        v.dev ?? 0,
    ];
}
function compareNumbers(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
function compareReleases(a, b) {
    // Zero-padded, so 1.0 == 1.0.0.
    const length = Math.max(a.length, b.length);
    for (let i = 0; i < length; i++) {
        const c = compareNumbers(a[i] ?? 0, b[i] ?? 0);
        if (c !== 0)
            return c;
    }
    return 0;
}
function compareLocalSegments(a, b) {
    // PEP 440: a numeric segment sorts after any alphanumeric one; like kinds compare naturally.
    if (typeof a === 'number')
        return typeof b === 'number' ? compareNumbers(a, b) : 1;
    if (typeof b === 'number')
        return -1;
    return a < b ? -1 : a > b ? 1 : 0;
}
function compareLocals(a, b) {
    const left = a?.length ? a : undefined;
    const right = b?.length ? b : undefined;
    if (!left || !right)
        return compareNumbers(left ? 1 : 0, right ? 1 : 0);
    const length = Math.min(left.length, right.length);
    for (let i = 0; i < length; i++) {
        const c = compareLocalSegments(left[i], right[i]);
        if (c !== 0)
            return c;
    }
    return compareNumbers(left.length, right.length);
}
/** Orders two versions as pip does: negative when `a < b`, 0 when equal (`1.0 == 1.0.0`), positive when `a > b`. */
function compareVersions(a, b) {
    const left = version_coerceVersion(a);
    const right = version_coerceVersion(b);
    let c = compareNumbers(left.epoch, right.epoch);
    if (c !== 0)
        return c;
    c = compareReleases(left.release, right.release);
    if (c !== 0)
        return c;
    const ls = suffixKey(left);
    const rs = suffixKey(right);
    for (let i = 0; i < ls.length; i++) {
        c = compareNumbers(ls[i], rs[i]);
        if (c !== 0)
            return c;
    }
    return compareLocals(left.local, right.local);
}
/** True when the two versions are equal under PEP 440 (`1.0rc1` == `1.0c1`, `1.0` == `1.0.0`). */
function versionsEqual(a, b) {
    return compareVersions(a, b) === 0;
}

;// CONCATENATED MODULE: ./packages/core/src/pep440/specifier.ts
/**
 * PEP 440 version specifiers (`>=1.0,<2.0`, `==1.2.*`, `~=1.4.5`, `===1.0`), with the syntax and the
 * matching rules of packaging.specifiers. Used to check that pins between a monorepo's own packages
 * (`autogen-core==0.7.5`, `opentelemetry-api == 1.45.0.dev`) admit the version being released.
 */





const WS = PY_WHITESPACE;
const EPOCH = '(?:[0-9]+!)?';
const RELEASE = '[0-9]+(?:\\.[0-9]+)*';
const PRE = '(?:[-_.]?(?:alpha|beta|preview|pre|a|b|c|rc)[-_.]?[0-9]*)?';
const POST = '(?:(?:-[0-9]+)|(?:[-_.]?(?:post|rev|r)[-_.]?[0-9]*))?';
const DEV = '(?:[-_.]?dev[-_.]?[0-9]*)?';
const LOCAL = '(?:\\+[a-z0-9]+(?:[-_.][a-z0-9]+)*)?';
// packaging's `Specifier._specifier_regex_str`, one alternative per operator family.
const SPECIFIER_PATTERN = new RegExp(`^${WS}*(?:` +
    // `===` compares strings: anything but whitespace, `;` (markers) and `)` (parenthesised specs).
    `(?:===${WS}*(?:(?!${WS})[^;)])*)` +
    `|(?:(?:==|!=)${WS}*v?${EPOCH}${RELEASE}(?:\\.\\*|${PRE}${POST}${DEV}${LOCAL})?)` +
    `|(?:~=${WS}*v?${EPOCH}[0-9]+(?:\\.[0-9]+)+${PRE}${POST}${DEV})` +
    `|(?:(?:<=|>=|<|>)${WS}*v?${EPOCH}${RELEASE}${PRE}${POST}${DEV})` +
    `)${WS}*$`, 'i');
const EXAMPLES = 'write e.g. ">=1.0", "==1.2.*", "~=1.4.5", "!=1.3" or ">=4.1.0,<5.0.0"';
function specifier_explainInvalid(clause) {
    const operator = /^(===|~=|==|!=|<=|>=|<|>)/.exec(clause)?.[1];
    if (!operator) {
        if (/^(=>|=<|=)[^=]/.test(clause))
            return 'the operator is misspelt (PEP 440 has ==, !=, <=, >=, <, >, ~= and ===)';
        return 'it does not start with an operator (==, !=, <=, >=, <, >, ~= or ===)';
    }
    const version = pyStrip(clause.slice(operator.length));
    const equality = operator === '==' || operator === '!=';
    if (version.endsWith('.*')) {
        if (!equality)
            return `".*" is only allowed after == and !=, not after ${operator}`;
        if (/^[vV]?([0-9]+!)?[0-9]+(\.[0-9]+)*\.\*$/.test(version) === false) {
            return '".*" must follow the release numbers directly (==1.2.*), without pre, post, dev or local parts';
        }
    }
    if (!equality && version.includes('+')) {
        return `a local label ("+…") is only allowed after == and !=, not after ${operator}`;
    }
    if (operator === '~=' && /^[vV]?([0-9]+!)?[0-9]+([^.0-9]|$)/.test(version)) {
        return '~= needs a release with at least two segments (~=1.4 means >=1.4,==1.*)';
    }
    return `${JSON.stringify(version)} is not a valid PEP 440 version for ${operator}`;
}
function parseClause(clause) {
    if (!SPECIFIER_PATTERN.test(clause))
        return undefined;
    const raw = pyStrip(clause);
    const operator = /^(===|~=|==|!=|<=|>=|<|>)/.exec(raw)[1];
    return { operator, version: pyStrip(raw.slice(operator.length)), raw };
}
function invalidSpecifier(clause, setText) {
    const where = pyStrip(clause) === pyStrip(setText) ? '' : ` (in ${JSON.stringify(setText)})`;
    return new errors_ConfigurationError(`${JSON.stringify(pyStrip(clause))} is not a valid PEP 440 version specifier${where}: ` +
        `${specifier_explainInvalid(pyStrip(clause))}; ${EXAMPLES}`);
}
/** Parses one clause such as `>=1.0` or `== 1.45.0.dev`; throws ConfigurationError when it is not one. */
function parseSpecifier(text) {
    const spec = parseClause(text);
    if (!spec)
        throw invalidSpecifier(text, text);
    return spec;
}
/** Parses `>=1.0,<2.0` (spaces allowed, empty clauses skipped as packaging does); throws ConfigurationError. */
function parseSpecifierSet(text) {
    const set = [];
    for (const clause of text.split(',')) {
        if (pyStrip(clause) === '')
            continue;
        const spec = parseClause(clause);
        if (!spec)
            throw invalidSpecifier(clause, text);
        set.push(spec);
    }
    return set;
}
/** Like `parseSpecifierSet`, but returns `undefined` instead of throwing. */
function tryParseSpecifierSet(text) {
    try {
        return parseSpecifierSet(text);
    }
    catch (error) {
        if (error instanceof errors_ConfigurationError)
            return undefined;
        throw error;
    }
}
/** The set written back in packaging's `str()` form: clauses without spaces, joined by `,`. */
function formatSpecifierSet(set) {
    return set.map((spec) => `${spec.operator}${spec.version}`).join(',');
}
function withoutLocal(v) {
    const { local: _local, ...rest } = v;
    return rest;
}
/** `==E!R.*`: same epoch, and the candidate's release, zero-padded, starts with R. Local labels are ignored. */
function matchesPrefix(candidate, prefix) {
    if (candidate.epoch !== prefix.epoch)
        return false;
    return prefix.release.every((n, i) => (candidate.release[i] ?? 0) === n);
}
function matchesEqual(candidate, specVersion) {
    if (specVersion.endsWith('.*'))
        return matchesPrefix(candidate, parseVersion(specVersion.slice(0, -2)));
    const spec = parseVersion(specVersion);
    // A specifier without a local label matches every local build of that version.
    const subject = spec.local?.length ? candidate : withoutLocal(candidate);
    return compareVersions(subject, spec) === 0;
}
function matchesCompatible(candidate, spec) {
    // ~=V.N means >=V.N,==V.*; the prefix comes from the parsed release, so odd spellings such as
    // `~=v1.4` or `~=1.4.5.POST1` behave like their normal forms (packaging's string splitting does not).
    const prefix = { epoch: spec.epoch, release: spec.release.slice(0, -1) };
    return compareVersions(withoutLocal(candidate), spec) >= 0 && matchesPrefix(candidate, prefix);
}
function matchesLessThan(candidate, spec) {
    if (compareVersions(candidate, spec) >= 0)
        return false;
    // PEP 440: <V must not admit a pre-release of V unless V is itself a pre-release (<1.7 excludes 1.7rc1).
    if (!isPrerelease(spec) && isPrerelease(candidate)) {
        const earliestOfSpec = { ...withoutLocal(spec), dev: 0 };
        if (compareVersions(candidate, earliestOfSpec) >= 0)
            return false;
    }
    return true;
}
function matchesGreaterThan(candidate, spec) {
    if (compareVersions(candidate, spec) <= 0)
        return false;
    // PEP 440: >V must not admit a post-release of V unless V is itself one (>1.7 excludes 1.7.post1) …
    if (spec.post === undefined && candidate.post !== undefined) {
        const { post: _post, dev: _dev, local: _local, ...postBase } = candidate;
        if (compareVersions(postBase, spec) === 0)
            return false;
    }
    // … nor a local build of V (>1.0a1 excludes 1.0a1+local but admits 1.0a2+local).
    if (candidate.local?.length && compareVersions(withoutLocal(candidate), spec) === 0)
        return false;
    return true;
}
function matches(spec, candidate, candidateText) {
    if (spec.operator === '===')
        return candidateText.toLowerCase() === spec.version.toLowerCase();
    if (!candidate)
        return false;
    switch (spec.operator) {
        case '==':
            return matchesEqual(candidate, spec.version);
        case '!=':
            return !matchesEqual(candidate, spec.version);
        case '~=':
            return matchesCompatible(candidate, parseVersion(spec.version));
        case '<=':
            return compareVersions(publicVersion(candidate), spec.version) <= 0;
        case '>=':
            return compareVersions(publicVersion(candidate), spec.version) >= 0;
        case '<':
            return matchesLessThan(candidate, parseVersion(spec.version));
        case '>':
            return matchesGreaterThan(candidate, parseVersion(spec.version));
        default:
            throw new errors_ConfigurationError(`${JSON.stringify(spec.raw)} has an unknown operator ${JSON.stringify(spec.operator)}; ${EXAMPLES}`);
    }
}
function candidateOf(version) {
    // `===` compares the text as written, so keep the caller's string rather than its normal form.
    if (typeof version === 'string')
        return [tryParseVersion(version), version];
    return [version, version_formatVersion(version)];
}
/** Whether one specifier admits `version`. Text that is not a version matches only `===` with the same text. */
function specifierContains(spec, version, options = {}) {
    return specifierSetContains([spec], version, options);
}
/**
 * Whether every clause of `set` admits `version` (packaging's `SpecifierSet.contains`). `set` may be
 * given as text. Pre-releases are admitted unless `prereleases: false`; see ContainsOptions.
 */
function specifierSetContains(set, version, options = {}) {
    const specs = typeof set === 'string' ? parseSpecifierSet(set) : set;
    const [candidate, text] = candidateOf(version);
    if (options.prereleases === false && candidate && isPrerelease(candidate))
        return false;
    return specs.every((spec) => matches(spec, candidate, text));
}

;// CONCATENATED MODULE: ./packages/core/src/pep440/index.ts
/**
 * PEP 440 without dependencies: versions (parse, normal and canonical forms, ordering, attributes),
 * version specifiers, and the bumps `set-version` applies. Semantics follow pypa/packaging, checked
 * against its own test vectors (tests/pep440/conformance.test.ts).
 */






;// CONCATENATED MODULE: ./packages/core/src/names/index.ts
/**
 * Python project names: PEP 503 normalisation, validity (the core metadata spec's regex) and the
 * escaped form used in distribution file names (PEP 427 / PEP 625).
 */
const VALID_NAME = /^([A-Z0-9]|[A-Z0-9][A-Z0-9._-]*[A-Z0-9])$/i;
/** PEP 503 normal form: runs of `-`, `_`, `.` become one `-`, lower-cased (`Foo.__Bar` → `foo-bar`). */
function canonicalizeName(name) {
    return name.replace(/[-_.]+/g, '-').toLowerCase();
}
/** True when `name` is a valid project name (ASCII letters, digits, `.`, `_`, `-`; alphanumeric ends). */
function isValidName(name) {
    return VALID_NAME.test(name);
}
/** The name as it starts a wheel or sdist file name: normalised, with `_` for `-` (`my-pkg` → `my_pkg`). */
function distFilenamePrefix(name) {
    return canonicalizeName(name).replace(/-/g, '_');
}

;// CONCATENATED MODULE: ./packages/core/src/text/index.ts
/** Small text helpers for messages. */
/** Levenshtein distance, for "did you mean" suggestions. */
function editDistance(a, b) {
    const row = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        let prev = row[0];
        row[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const cur = row[j];
            row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
            prev = cur;
        }
    }
    return row[b.length];
}
/** The closest of `known` to `word`, when it is close enough to be a likely typo. */
function nearest(word, known) {
    let best;
    let bestDistance = Number.POSITIVE_INFINITY;
    for (const candidate of known) {
        const d = editDistance(word.toLowerCase().replace(/_/g, '-'), candidate);
        if (d < bestDistance) {
            best = candidate;
            bestDistance = d;
        }
    }
    return best !== undefined && bestDistance <= Math.max(2, Math.floor(best.length / 3)) ? best : undefined;
}
/** `a, b and c`, quoted with backticks. */
function listOf(items) {
    const quoted = items.map((i) => `\`${i}\``);
    return quoted.length <= 1 ? (quoted[0] ?? '') : `${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1)}`;
}
/** 1-based line and column of a string offset (lines end at \n, so CRLF counts once). */
function lineColumn(text, offset) {
    let line = 1;
    let lineStart = 0;
    for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
        line++;
        lineStart = i + 1;
    }
    return { line, column: offset - lineStart + 1 };
}

;// CONCATENATED MODULE: ./packages/core/src/pyproject/tag-format.ts
/**
 * Tag formats such as `v{version}` or `hf-local-v{version}`: validated once, rendered for a version,
 * and parsed back out of a tag. Any literal text is allowed around the placeholders (real repos use
 * `v`, none, `<pkg>-v`, `python-v` and even `cli==`).
 */


/** Placeholders a tag format may use. */
const TAG_PLACEHOLDERS = ['version', 'name'];
/** The default: one lockstep tag `v1.2.3`. */
const DEFAULT_TAG_FORMAT = 'v{version}';
/** Checks a tag format: exactly one `{version}`, only known placeholders, no characters git refuses in tags. */
function validateTagFormat(format, where) {
    const placeholders = [...format.matchAll(/\{([^}]*)\}/g)].map((m) => m[1]);
    for (const p of placeholders) {
        if (!TAG_PLACEHOLDERS.includes(p)) {
            throw new errors_ConfigurationError(`${where.key} = "${format}" uses the unknown placeholder {${p}}; the known ones are ${listOf(TAG_PLACEHOLDERS.map((t) => `{${t}}`))}.`, where);
        }
    }
    if (placeholders.filter((p) => p === 'version').length !== 1) {
        throw new errors_ConfigurationError(`${where.key} = "${format}" must contain {version} exactly once, e.g. "v{version}" or "mypkg-v{version}".`, where);
    }
    if (/[\s~^:?*[\\]|\.\.|@\{/.test(format.replace(/\{(version|name)\}/g, ''))) {
        throw new errors_ConfigurationError(`${where.key} = "${format}" contains characters git does not allow in a tag name (space ~ ^ : ? * [ \\ .. @{).`, where);
    }
}
/** The tag for `version` of package `name`. */
function renderTag(format, version, name) {
    return format.replace('{version}', version).replaceAll('{name}', name);
}
/** The version text a tag carries under `format`, or undefined when the tag does not fit the format. */
function versionFromTag(format, tag, name) {
    const parts = format.split(/(\{version\}|\{name\})/);
    const source = parts
        .map((p) => {
        if (p === '{version}')
            return '(?<version>.+)';
        if (p === '{name}')
            return name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        return p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    })
        .join('');
    return new RegExp(`^${source}$`, 'i').exec(tag)?.groups?.version;
}
/** The tag name from a GitHub ref (`refs/tags/v1.0` → `v1.0`); undefined for branches. */
function tagFromRef(ref) {
    return ref?.startsWith('refs/tags/') ? ref.slice('refs/tags/'.length) : undefined;
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/error.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */
function getLineColFromPtr(string, ptr) {
    let lines = string.slice(0, ptr).split(/\r?\n/);
    return [lines.length, lines.pop().length + 1];
}
function makeCodeBlock(string, line, column) {
    let lines = string.split(/\r?\n/);
    let codeblock = '';
    let numberLen = (Math.log10(line + 1) | 0) + 1;
    for (let i = line - 1; i <= line + 1; i++) {
        let l = lines[i - 1];
        if (!l)
            continue;
        codeblock += i.toString().padEnd(numberLen, ' ');
        codeblock += ':  ';
        codeblock += l;
        codeblock += '\n';
        if (i === line) {
            codeblock += ' '.repeat(numberLen + column + 2);
            codeblock += '^\n';
        }
    }
    return codeblock;
}
class TomlError extends Error {
    line;
    column;
    codeblock;
    constructor(message, options) {
        const [line, column] = getLineColFromPtr(options.toml, options.ptr);
        const codeblock = makeCodeBlock(options.toml, line, column);
        super(`Invalid TOML document: ${message}\n\n${codeblock}`, options);
        this.line = line;
        this.column = column;
        this.codeblock = codeblock;
    }
    /** @internal */
    static x(message, ctx, ptr) {
        throw new TomlError(message, { toml: ctx.s, ptr: ptr ?? ctx.p });
    }
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/primitive.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */

/** @internal */
function parseString(ctx) {
    let startPtr = ctx.p;
    let c = ctx.s.charCodeAt(ctx.p++);
    let first = c;
    let isLiteral = c === 0x27; /* ' */
    let isMultiline = c === ctx.s.charCodeAt(ctx.p) && c === ctx.s.charCodeAt(ctx.p + 1);
    if (isMultiline) {
        // Trim initial newline
        if ((c = ctx.s.charCodeAt(ctx.p += 2)) === 0xa /* \n */)
            ctx.p++;
        else if (c === 0xd /* \r */ && ctx.s.charCodeAt(ctx.p + 1) === 0xa /* \n */)
            ctx.p += 2;
    }
    // For the record: it is not worth it to use a fast-path for literal strings using `indexOf`.
    // Doing a char-by-char iteration ends up dispatching less instructions, for the same wall-clock runtime.
    let parsed = '';
    let sliceStart = ctx.p;
    // states:
    //   0 - decoding
    //   1 - decoding escape
    //   2 - whitespace escape (no newline encountered yet, must fail on non-whitespace)
    //   3 - whitespace escape (newline encountered, allowed to transition back to normal decode)
    let state = 0;
    for (; ctx.p < ctx.s.length; ctx.p++) {
        c = ctx.s.charCodeAt(ctx.p);
        // Deal with newlines first, since that simplifies control character checking and handling across all states
        if (isMultiline && (c === 0xa /* \n */ || (c === 0xd /* \r */ && ctx.s.charCodeAt(ctx.p + 1) === 0xa /* \n */))) {
            state = state && 3;
        }
        // Control characters are banned in TOML, so we throw an error if we encounter them
        else if ((c < 0x20 && c !== 0x9 /* \t */) || c === 0x7f) {
            TomlError.x('control characters are not allowed in strings', ctx);
        }
        // The string might terminate while we're parsing through a newline escape.
        // It must have encountered a newline; otherwise, it'll simply fail in another branch.
        else if ((!state || state === 3) && c === first && (!isMultiline || (ctx.s.charCodeAt(ctx.p + 1) === first && ctx.s.charCodeAt(ctx.p + 2) === first))) {
            if (isMultiline) {
                // If the string ends with 4-5 quotes, then the first 1-2 are part of the string
                if (ctx.s.charCodeAt(ctx.p + 3) === first)
                    ctx.p++;
                if (ctx.s.charCodeAt(ctx.p + 3) === first)
                    ctx.p++;
            }
            // If we're in a newline escape still, then there's nothing to add.
            if (!state) {
                // Avoid a useless concat operation if the string can be used as-is.
                let s = ctx.s.slice(sliceStart, ctx.p);
                parsed = parsed ? parsed + s : s;
            }
            ctx.p += isMultiline ? 3 : 1;
            return parsed;
        }
        // Baseline state; keep moving forward unless an escape sequence starts
        else if (!state) {
            if (!isLiteral && c === 0x5c /* \ */) {
                parsed += ctx.s.slice(sliceStart, (sliceStart = ctx.p));
                state = 1;
            }
        }
        else if (state === 1) {
            if (c === 0x78 /* x */ || c === 0x75 /* u */ || c === 0x55 /* U */) { // Unicode escape
                let errPtr = ctx.p++ - 1;
                let value = 0;
                let len = c === 0x78 /* x */ ? 2 : c === 0x75 /* u */ ? 4 : 8;
                for (let j = 0; j < len; j++, ctx.p++) {
                    let hex = ctx.s.charCodeAt(ctx.p);
                    let digit = 
                    /* 0-9 */ hex >= 0x30 && hex <= 0x39 ? hex - 0x30 :
                        /* A-F */ hex >= 0x41 && hex <= 0x46 ? hex - 0x41 + 10 :
                            /* a-f */ hex >= 0x61 && hex <= 0x66 ? hex - 0x61 + 10 : -1;
                    if (digit < 0)
                        TomlError.x('invalid non-hex character in unicode escape', ctx);
                    value = (value << 4) | digit;
                }
                // Because JS does bitwise on signed 32bit integers, all 0xfzzzzzzz values are actually seen as negative
                if (value < 0 || value > 0x10ffff || (value >= 0xd800 && value <= 0xdfff)) {
                    TomlError.x('invalid unicode escape', ctx, errPtr);
                }
                parsed += String.fromCodePoint(value);
                sliceStart = ctx.p--;
                state = 0;
            }
            // Newline escape sequence. We only need to care about spaces and tabs; newlines are dealt with earlier
            else if (isMultiline && (c === 0x20 || c === 0x9 /* \t */)) {
                state = 2;
            }
            // Basic escape sequence
            else {
                if (c === 0x62 /* b */)
                    parsed += '\b';
                else if (c === 0x74 /* t */)
                    parsed += '\t';
                else if (c === 0x6e /* n */)
                    parsed += '\n';
                else if (c === 0x66 /* f */)
                    parsed += '\f';
                else if (c === 0x72 /* r */)
                    parsed += '\r';
                else if (c === 0x65 /* e */)
                    parsed += '\x1b';
                else if (c === 0x22 /* " */)
                    parsed += '"';
                else if (c === 0x5c /* \ */)
                    parsed += '\\';
                else
                    TomlError.x('unrecognised escape sequence', ctx);
                sliceStart = ctx.p + 1;
                state = 0;
            }
        }
        // Newline escape continuation: keep moving forward until the first non-whitespace char
        else if (c !== 0x20 && c !== 0x9 /* \t */) {
            if (state === 2)
                TomlError.x('invalid escape: only line-ending whitespace may be escaped', ctx, sliceStart);
            // State cannot be zero, or we'd have branched earlier already.
            // If it's a backslash, immediately transition to the escape state so it can be processed.
            state = !isLiteral && c === 0x5c /* \ */ ? 1 : 0;
            sliceStart = ctx.p;
        }
    }
    TomlError.x('unfinished string', ctx, startPtr);
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/date.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */
let DATE_TIME_RE = /^(\d{4}-\d{2}-\d{2})?[Tt ]?(?:(\d{2}):\d{2}(?::\d{2}(?:\.\d+)?)?)?(Z|z|[-+]\d{2}:\d{2})?$/i;
class TomlDate extends Date {
    #hasDate = false;
    #hasTime = false;
    #offset = null;
    constructor(date, fasttype, unsafeDelim) {
        let hasDate = true;
        let hasTime = true;
        let offset = 'Z';
        let c;
        if (typeof date === 'string') {
            if (fasttype)
                prep: {
                    // Date-time
                    if (fasttype < 3) {
                        if (+date.slice(11, 13) > 23) {
                            date = '';
                            break prep;
                        }
                        // Local
                        if (fasttype === 2) {
                            offset = null;
                            date += 'Z';
                        }
                        // Offset; keep track of offset if not Z
                        else if ((c = date.charCodeAt(date.length - 1)) !== 0x5a /* Z */ && c !== 0x7a /* z */) {
                            offset = date.slice(date.length - 6);
                        }
                        if (unsafeDelim)
                            date = date.slice(0, 10) + 'T' + date.slice(11);
                    }
                    // Time
                    else if (fasttype === 4) {
                        date = +date.slice(0, 2) > 23 ? '' : `0000-01-01T${date}Z`;
                    }
                    hasDate = fasttype !== 4;
                    hasTime = fasttype !== 3;
                }
            else {
                let match = date.match(DATE_TIME_RE);
                if (match) {
                    if (!match[1]) {
                        hasDate = false;
                        date = `0000-01-01T${date}`;
                    }
                    hasTime = !!match[2];
                    // Make sure to use T instead of a space. Breaks in case of extreme values otherwise.
                    hasTime && date[10] === ' ' && (date = date.replace(' ', 'T'));
                    // Do not allow rollover hours.
                    if (match[2] && +match[2] > 23) {
                        date = '';
                    }
                    else {
                        offset = match[3] || null;
                        if (!offset && hasTime)
                            date += 'Z';
                    }
                }
                else {
                    date = '';
                }
            }
        }
        super(date);
        if (!isNaN(this.getTime())) {
            this.#hasDate = hasDate;
            this.#hasTime = hasTime;
            this.#offset = offset;
        }
    }
    isDateTime() {
        return this.#hasDate && this.#hasTime;
    }
    isLocal() {
        return !this.#hasDate || !this.#hasTime || !this.#offset;
    }
    isDate() {
        return this.#hasDate && !this.#hasTime;
    }
    isTime() {
        return this.#hasTime && !this.#hasDate;
    }
    isValid() {
        return this.#hasDate || this.#hasTime;
    }
    toISOString() {
        let iso = super.toISOString();
        // Local Date
        if (this.isDate())
            return iso.slice(0, 10);
        // Local Time
        if (this.isTime())
            return iso.slice(11, 23);
        // Local DateTime
        if (this.#offset === null)
            return iso.slice(0, -1);
        // Offset DateTime
        if (this.#offset === 'Z' || this.#offset === 'z')
            return iso;
        // This part is quite annoying: JS strips the original timezone from the ISO string representation
        // Instead of using a "modified" date and "Z", we restore the representation "as authored"
        let offset = (+(this.#offset.slice(1, 3)) * 60) + +(this.#offset.slice(4, 6));
        offset = this.#offset[0] === '-' ? offset : -offset;
        let offsetDate = new Date(this.getTime() - (offset * 60e3));
        return offsetDate.toISOString().slice(0, -1) + this.#offset;
    }
    static wrapAsOffsetDateTime(jsDate, offset = 'Z') {
        let date = new TomlDate(jsDate);
        date.#offset = offset;
        return date;
    }
    static wrapAsLocalDateTime(jsDate) {
        let date = new TomlDate(jsDate);
        date.#offset = null;
        return date;
    }
    static wrapAsLocalDate(jsDate) {
        let date = new TomlDate(jsDate);
        date.#hasTime = false;
        date.#offset = null;
        return date;
    }
    static wrapAsLocalTime(jsDate) {
        let date = new TomlDate(jsDate);
        date.#hasDate = false;
        date.#offset = null;
        return date;
    }
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/extract.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */




function isDigit(char, base = 10) {
    return base === 16
        ? (char > 0x2f && char < 0x3a) || (char > 0x40 && char < 0x47) || (char > 0x60 && char < 0x67)
        : (char > 0x2f && char < 0x30 + base);
}
function isEndOfValue(char, delim) {
    // Whitespace -- we're permissive on `\r` for performance; it'll be dealt with later anyway
    return char === 0x20 || char === 0x9 /* \t */ || char === 0xa /* \n */ || char === 0xd /* \r */ ||
        // Structure end or next value delimiter
        (delim && (char === delim || char === 0x2c /* , */)) ||
        // Comment
        char === 0x23; /* # */
}
/** @internal */
function extractValue(ctx, end) {
    let errPtr = ctx.p;
    let c = ctx.s.charCodeAt(ctx.p);
    // Structs
    if (c === 0x5b /* [ */ || c === 0x7b /* { */) {
        ctx.d-- || TomlError.x('document contains excessively nested structures. aborting.', ctx);
        let value = c === 0x5b /* [ */
            ? parseArray(ctx)
            : parseInlineTable(ctx);
        ctx.d++;
        return value;
    }
    // Strings
    if (c === 0x22 /* " */ || c === 0x27 /* ' */) {
        return parseString(ctx);
    }
    // Booleans
    // We can fast-path because the first character is enough to know the only possible value
    if (c === 0x74 /* t */) { // Only possible valid value is `true`
        if (ctx.s.charCodeAt(++ctx.p) !== 0x72 || ctx.s.charCodeAt(++ctx.p) !== 0x75 || ctx.s.charCodeAt(++ctx.p) !== 0x65)
            TomlError.x('invalid value', ctx, errPtr);
        return ctx.p++, true;
    }
    if (c === 0x66 /* f */) { // Only possible valid value is `false`
        if (ctx.s.charCodeAt(++ctx.p) !== 0x61 || ctx.s.charCodeAt(++ctx.p) !== 0x6c || ctx.s.charCodeAt(++ctx.p) !== 0x73 || ctx.s.charCodeAt(++ctx.p) !== 0x65)
            TomlError.x('invalid value', ctx, errPtr);
        return ctx.p++, false;
    }
    if (c === 0x2b /* + */ || c === 0x2d /* - */) {
        return parseNumber(ctx, ctx.p, ctx.s.charCodeAt(++ctx.p), 0x2c - c, end);
    }
    // Rough heuristic, but `parseDate` falls back to number parsing if it's a false positive.
    // e.g.: `a = 1\n-------------- = 1` would match this heuristic, but gracefully fallback to numbers.
    if (ctx.s.charCodeAt(ctx.p + 4) === 0x2d /* - */ && ctx.s.charCodeAt(ctx.p + 7) === 0x2d /* - */) {
        return parseDate(ctx, c, end);
    }
    // Same logic as above; `parseTime` falls back to number parsing if it's a false positive.
    if (ctx.s.charCodeAt(ctx.p + 2) === 0x3a /* : */) {
        return parseTime(ctx, c, end);
    }
    return parseNumber(ctx, ctx.p, c, 0, end);
}
// State:
// 0: init
// 1: integer
// 2: fractional dot
// 3: fractional
// 4: exponent letter
// 5: exponent
// 6: exponent sign
// 7: exponent with sign
// >9: underscore; see below
//     -> 12: was integer
//     -> 14: was fractional
//     -> 16: was exponent
// states 2-5, 14, 16 are ONLY permitted iif base === 10
function parseNumber(ctx, startPtr, startChr, sign, endChr) {
    let c = startChr;
    let state = 0;
    let hasUnderscores = false;
    // (+/-)inf
    if (c === 0x69 /* i */) {
        if (ctx.s.charCodeAt(++ctx.p) !== 0x6e || ctx.s.charCodeAt(++ctx.p) !== 0x66)
            TomlError.x('invalid value', ctx, startPtr);
        return ctx.p++, (sign || 1) / 0;
    }
    // (+/-)nan
    if (c === 0x6e /* n */) {
        if (ctx.s.charCodeAt(++ctx.p) !== 0x61 || ctx.s.charCodeAt(++ctx.p) !== 0x6e)
            TomlError.x('invalid value', ctx, startPtr);
        return ctx.p++, NaN;
    }
    // Leading zero
    // Only allowed cases: `0<EOV>`, `0.(...)`, `0e(...)`, `0x(...)`, `0b(...)`, `0o(...)`
    // FWIW, `0e(...)` is a stupid case, but it's not banned per-se so we have to parse it
    if (c === 0x30 /* 0 */) {
        if (++ctx.p >= ctx.s.length || isEndOfValue(c = ctx.s.charCodeAt(ctx.p), endChr))
            return ctx.bi === true ? 0n : 0; // note: conveniently deals with `-0`
        if (!sign) {
            if (c === 0x78 /* x */)
                return parseIntegerBaseN(ctx, startPtr, 16, endChr);
            else if (c === 0x62 /* b */)
                return parseIntegerBaseN(ctx, startPtr, 2, endChr);
            else if (c === 0x6f /* o */)
                return parseIntegerBaseN(ctx, startPtr, 8, endChr);
        }
        if (c === 0x2e /* . */)
            state = 2;
        else if (c === 0x65 /* e */ || c === 0x45 /* E */)
            state = 4;
        else
            TomlError.x('illegal leading zero', ctx, startPtr);
    }
    // If the 1st char is not a digit by now, then it's not a valid TOML value at all
    else if (!isDigit(c))
        TomlError.x('invalid value', ctx, startPtr);
    while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
        if (!state)
            state = 1; // Detects single-digit numbers we can use a fast parse path for
        // The way the states are numbered is not random: underscores are always permitted in odd-numbered states and
        // never permitted in even-numbered ones.
        if (c === 0x5f /* _ */) {
            if (!(state & 1))
                TomlError.x('illegal underscore', ctx);
            state += 11; // 11 is a marker that makes the state even and greater than 9; see the numbering + rationale above
            hasUnderscores = true;
        }
        // Transition to fractional part.
        else if (state === 1 && c === 0x2e /* . */)
            state = 2;
        // Transition to exponent part.
        else if ((state === 1 || state === 3) && (c === 0x65 /* e */ || c === 0x45 /* E */))
            state = 4;
        // + and - are permitted in state 4 only (handled before entering the function for state 0)
        else if (state === 4 && (c === 0x2b /* + */ || c === 0x2d /* - */)) {
            state = 6;
        }
        // All special cases have been handled; only digits are allowed here
        else if (!isDigit(c))
            TomlError.x(`illegal character in numeric literal`, ctx);
        // Clear state flags
        else if (state > 9)
            state -= 11;
        else if (!(state & 1))
            state++;
    }
    // Single-char number; we can fast-path these very easily.
    if (!state) {
        let val = (startChr - 0x30 /* 0 */) * (sign || 1);
        return ctx.bi === true ? BigInt(val) : val;
    }
    // Even-numbered states absolutely require a digit next; not even end of value is permitted
    if (!(state & 1))
        TomlError.x('unfinished numeric value', ctx, startPtr);
    let str = ctx.s.slice(startPtr, ctx.p);
    if (hasUnderscores)
        str = str.replaceAll('_', ''); // perf: replaceAll 1.25x faster than replace with a regex
    return state > 1
        ? parseFloat(str)
        : parseInteger(ctx, str, 10, startPtr);
}
function parseIntegerBaseN(ctx, startPtr, base, endChr) {
    let c, underscore = 1;
    while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
        if (c === 0x5f /* _ */) {
            if (underscore & 1)
                TomlError.x('illegal underscore', ctx);
            underscore = 3;
        }
        // We only need to check if the number is a valid digit, nothing else is permitted
        else if (!isDigit(c, base))
            TomlError.x(`illegal character in numeric literal`, ctx);
        // Clear underscore flag
        else if (underscore & 1)
            underscore--;
    }
    // Trailing underscore is not allowed
    if (underscore & 1)
        TomlError.x('unfinished numeric value', ctx);
    let str = ctx.s.slice(startPtr + 2, ctx.p);
    if (underscore)
        str = str.replaceAll('_', ''); // perf: replaceAll 1.25x faster than replace with a regex
    return parseInteger(ctx, str, base, startPtr);
}
function parseInteger(ctx, str, base, startPtr) {
    if (ctx.bi !== true)
        int: {
            let val = parseInt(str, base);
            if (!Number.isSafeInteger(val)) {
                if (ctx.bi)
                    break int;
                TomlError.x('integer value cannot be represented losslessly', ctx, startPtr);
            }
            return val;
        }
    return base === 10 ? BigInt(str) : BigInt((base === 2 ? '0b' : base === 8 ? '0o' : '0x') + str);
}
function parseDate(ctx, c, endChr) {
    let startPtr = ctx.p++, unsafeSeparator;
    if (!isDigit(c) ||
        !isDigit(ctx.s.charCodeAt(ctx.p++)) ||
        !isDigit(ctx.s.charCodeAt(ctx.p++)) ||
        !isDigit(ctx.s.charCodeAt(ctx.p++))) {
        return parseNumber(ctx, ctx.p = startPtr, c, 0, endChr);
    }
    ctx.p += 5;
    if (!isDigit(ctx.s.charCodeAt(ctx.p++)))
        TomlError.x('invalid date-time: date part is malformed', ctx, startPtr);
    if (ctx.p >= ctx.s.length || (((c = ctx.s.charCodeAt(ctx.p)) !== 0x20 || (unsafeSeparator = true, !isDigit(ctx.s.charCodeAt(ctx.p + 1)))) && c !== 0x54 /* T */ && c !== 0x74 /* t */)) {
        let t = ctx.s.slice(startPtr, ctx.p);
        return readDate(ctx, t, 3, false, startPtr);
    }
    if (ctx.s.charCodeAt(ctx.p += 3) !== 0x3a /* : */)
        TomlError.x('invalid date-time: time part is malformed', ctx, startPtr);
    if (ctx.s.charCodeAt(ctx.p += 3) === 0x3a /* : */)
        ctx.p += 3;
    if (ctx.s.charCodeAt(ctx.p) === 0x2e /* . */)
        while (isDigit(ctx.s.charCodeAt(++ctx.p)))
            ;
    if (c = ctx.s.charCodeAt(ctx.p)) {
        if (c === 0x5a /* Z */ || c === 0x7a /* z */) {
            let t = ctx.s.slice(startPtr, ++ctx.p);
            return readDate(ctx, t, 1, unsafeSeparator, startPtr, '[+00:00]');
        }
        if (c === 0x2b /* + */ || c === 0x2d /* - */) {
            // Temporal's ZonedDateTime is weird asf when it comes to dealing with traditional offsets...
            // It's 1.2x faster to allocate a new string to pass to ZDT than use Instant.toZonedDateTimeISO
            let t = ctx.s.slice(startPtr, ctx.p += 6);
            return readDate(ctx, t, 1, unsafeSeparator, startPtr, !ctx.ld && ('[' + ctx.s.slice(ctx.p - 6, ctx.p) + ']'));
        }
    }
    let t = ctx.s.slice(startPtr, ctx.p);
    return readDate(ctx, t, 2, unsafeSeparator, startPtr);
}
function parseTime(ctx, c, endChr) {
    let start = ctx.p;
    if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(++ctx.p))) {
        return parseNumber(ctx, --ctx.p, c, 0, endChr);
    }
    if (ctx.s.charCodeAt(ctx.p += 4) === 0x3a /* : */)
        ctx.p += 3;
    if (ctx.s.charCodeAt(ctx.p) === 0x2e /* . */)
        while (isDigit(ctx.s.charCodeAt(++ctx.p)))
            ;
    let t = ctx.s.slice(start, ctx.p);
    return readDate(ctx, t, 4, false, start);
}
function readDate(ctx, str, type, unsafeDelim, errPtr, temporalSuffix) {
    if (ctx.ld) {
        let date = new TomlDate(str, type, unsafeDelim);
        if (!date.isValid())
            TomlError.x('invalid date', ctx, errPtr);
        return date;
    }
    try {
        if (temporalSuffix)
            str += temporalSuffix;
        switch (type) {
            case 1: return Temporal.ZonedDateTime.from(str);
            case 2: return Temporal.PlainDateTime.from(str);
            case 3: return Temporal.PlainDate.from(str);
            case 4: return Temporal.PlainTime.from(str);
        }
    }
    catch (e) {
        TomlError.x(e instanceof Error ? e.message : '' + e, ctx, errPtr);
    }
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/util.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */

/** @internal */
function skipComment(ctx) {
    for (; ctx.p < ctx.s.length; ctx.p++) {
        let c = ctx.s.charCodeAt(ctx.p);
        if (c === 0xa /* \n */)
            break;
        if (c === 0xd /* \r */ && ctx.s.charCodeAt(ctx.p + 1) === 0xa /* \n */) {
            ctx.p++;
            break;
        }
        if ((c < 0x20 && c !== 0x9 /* \t */) || c === 0x7f) {
            TomlError.x('control characters are not allowed in comments', ctx);
        }
    }
}
/** @internal */
function skipVoid(ctx, banNewLines, banComments) {
    let c;
    while (ctx.p < ctx.s.length) {
        while (ctx.p < ctx.s.length && ((c = ctx.s.charCodeAt(ctx.p)) === 0x20 ||
            c === 0x9 /* \t */ ||
            (!banNewLines &&
                (c === 0xa /* \n */ || (c === 0xd /* \r */ && ctx.s.charCodeAt(ctx.p + 1) === 0xa /* \n */)))))
            ctx.p++;
        if (banComments || c !== 0x23 /* # */)
            break;
        skipComment(ctx);
    }
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/struct.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */




/** @internal */
function parseKey(ctx, end = 0x3d /* = */) {
    // States:
    // 0: before first char
    // 1: parsing bare key
    // 2: after key component
    let startPtr;
    let state = 0;
    let parsed = [];
    let sliceStart;
    let c = ctx.s.charCodeAt(startPtr = ctx.p);
    do {
        // End of key
        if (c === end) {
            if (!state)
                TomlError.x('unexpected end of key', ctx);
            if (state === 1)
                parsed.push(ctx.s.slice(sliceStart, ctx.p));
            return ctx.p++, parsed;
        }
        // Dotted key separator
        else if (c === 0x2e /* . */) {
            if (!state)
                TomlError.x('illegal empty bare key', ctx);
            if (state === 1)
                parsed.push(ctx.s.slice(sliceStart, ctx.p));
            state = 0;
        }
        // Quoted key
        else if (!state && (c === 0x22 /* " */ || c === 0x27 /* ' */)) {
            if (c === ctx.s.charCodeAt(ctx.p + 1) && c === ctx.s.charCodeAt(ctx.p + 2))
                TomlError.x('illegal quoted key: multiline strings are not allowed', ctx);
            parsed.push(parseString(ctx));
            state = 2;
            ctx.p--;
        }
        // Whitespace; no-op in state 0 and 2, end of bare key in state 1
        else if (c === 0x20 || c === 0x9 /* \t */) {
            if (state === 1) {
                parsed.push(ctx.s.slice(sliceStart, ctx.p));
                state = 2;
            }
        }
        // If state is post-key, no character is allowed; otherwise ensure it's a bare-key component
        else if (state === 2 || (c < 0x30 && c !== 0x2d /* - */) || (c > 0x39 && c < 0x41) || (c > 0x5a && c < 0x61 && c !== 0x5f /* _ */) || c > 0x7a) {
            TomlError.x('illegal character in key', ctx);
        }
        // Illegal character
        else if (!state) {
            state = 1;
            sliceStart = ctx.p;
        }
    } while (c = ctx.s.charCodeAt(++ctx.p));
    TomlError.x('incomplete key-value: cannot find end of key', ctx, startPtr);
}
/** @internal */
function parseInlineTable(ctx) {
    let startPtr = ctx.p++;
    let res = Object.create(null);
    let seen = new Set();
    let c;
    while (ctx.p < ctx.s.length) {
        skipVoid(ctx);
        if ((c = ctx.s.charCodeAt(ctx.p)) === 0x7d /* } */) {
            ctx.p++;
            return res;
        }
        let k;
        let t = res;
        let hasOwn = false;
        let errPtr = ctx.p;
        let key = parseKey(ctx);
        for (let i = 0; i < key.length; i++) {
            if (i)
                t = hasOwn ? t[k] : (t[k] = Object.create(null));
            k = key[i];
            if ((hasOwn = Object.hasOwn(t, k)) && (typeof t[k] !== 'object' || seen.has(t[k]))) {
                TomlError.x('trying to redefine an already defined value', ctx, errPtr);
            }
            let unsafe = k === '__proto__';
            if (ctx.uk && (unsafe || k === 'constructor')) {
                t = ctx.uk !== 1 && TomlError.x('document contains an unsafe property', ctx, errPtr);
                break;
            }
            if (!hasOwn && unsafe) {
                Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
            }
        }
        if (hasOwn) {
            TomlError.x('trying to redefine an already defined value', ctx, errPtr);
        }
        skipVoid(ctx, true, true);
        let value = extractValue(ctx, 0x7d /* } */);
        if (t && typeof (t[k] = value) === 'object')
            seen.add(value);
        skipVoid(ctx);
        if ((c = ctx.s.charCodeAt(ctx.p++)) === 0x7d /* } */) {
            return res;
        }
        if (c !== 0x2c /* , */)
            TomlError.x('expected comma or end of structure', ctx, ctx.p - 1);
    }
    TomlError.x('unfinished table', ctx, startPtr);
}
/** @internal */
function parseArray(ctx) {
    let startPtr = ctx.p++;
    let res = [];
    let c;
    while (ctx.p < ctx.s.length) {
        skipVoid(ctx);
        if ((c = ctx.s.charCodeAt(ctx.p)) === 0x5d /* ] */) {
            ctx.p++;
            return res;
        }
        res.push(extractValue(ctx, 0x5d /* ] */));
        skipVoid(ctx);
        if ((c = ctx.s.charCodeAt(ctx.p++)) === 0x5d /* ] */) {
            return res;
        }
        if (c !== 0x2c /* , */)
            TomlError.x('expected comma or end of structure', ctx, ctx.p - 1);
    }
    TomlError.x('unfinished array', ctx, startPtr);
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/parse.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */




function peekTable(ctx, key, table, meta, type) {
    let t = table;
    let m = meta;
    let k;
    let hasOwn = false;
    let state;
    for (let i = 0; i < key.length; i++) {
        if (i) {
            t = hasOwn ? t[k] : (t[k] = Object.create(null));
            m = (state = m[k]).c;
            if (type === 0 /* Type.DOTTED */ && (state.t === 1 /* Type.EXPLICIT */ || state.t === 2 /* Type.ARRAY */)) {
                return null;
            }
            if (state.t === 2 /* Type.ARRAY */) {
                let l = t.length - 1;
                t = t[l];
                m = m[l].c;
            }
        }
        k = key[i];
        if ((hasOwn = Object.hasOwn(t, k)) && m[k]?.t === 0 /* Type.DOTTED */ && m[k]?.d) {
            return null;
        }
        if (!hasOwn) {
            let unsafe = k === '__proto__';
            if (ctx.uk && (unsafe || k === 'constructor'))
                return false;
            if (unsafe) {
                Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
                Object.defineProperty(m, k, { enumerable: true, configurable: true, writable: true });
            }
            m[k] = {
                t: i < key.length - 1 && type === 2 /* Type.ARRAY */
                    ? 3 /* Type.ARRAY_DOTTED */ : type,
                d: false,
                i: 0,
                c: Object.create(null),
            };
        }
    }
    state = m[k];
    if (state.t !== type && !(type === 1 /* Type.EXPLICIT */ && state.t === 3 /* Type.ARRAY_DOTTED */)) {
        // Bad key type!
        return null;
    }
    if (type === 2 /* Type.ARRAY */) {
        if (!state.d) {
            state.d = true;
            t[k] = [];
        }
        t[k].push(t = Object.create(null));
        state.c[state.i++] = (state = { t: 1 /* Type.EXPLICIT */, d: false, i: 0, c: Object.create(null) });
    }
    if (state.d) {
        // Redefining a table!
        return null;
    }
    state.d = true;
    if (type === 1 /* Type.EXPLICIT */) {
        t = hasOwn ? t[k] : (t[k] = Object.create(null));
    }
    else if (type === 0 /* Type.DOTTED */ && hasOwn) {
        return null;
    }
    return [k, t, state.c];
}
function validateTablePeek(ctx, peek, ptr) {
    if (peek === null || ctx.uk === 2)
        TomlError.x(peek === null
            ? 'trying to redefine an already defined table or value'
            : 'document contains an unsafe property', ctx, ptr);
}
function parse(toml, options = {}) {
    let ctx = {
        s: toml,
        p: 0,
        d: options.maxDepth ?? 1000,
        bi: options.integersAsBigInt ?? false,
        ld: options.useLegacyDate ?? true,
        uk: options.unsafeKeyBehaviour === 'throw' ? 2 : options.unsafeKeyBehaviour === 'drop' ? 1 : 0,
    };
    let res = Object.create(null);
    let meta = Object.create(null);
    let tmp;
    let skipping = false;
    let tbl = res;
    let m = meta;
    // BOM is allowed, skip.
    // JS is UTF-16, so we have to check for the UTF-16 BOM instead of the UTF-8 BOM sequence!
    if (toml.charCodeAt(0) === 0xfeff)
        ctx.p++;
    skipVoid(ctx);
    while (ctx.p < toml.length) {
        if (toml.charCodeAt(ctx.p) === 0x5b /* [ */) {
            let isTableArray = toml.charCodeAt(++ctx.p) === 0x5b; /* [ */
            tmp = ctx.p += +isTableArray;
            skipping = false;
            let k = parseKey(ctx, 0x5d /* ] */);
            if (isTableArray) {
                if (toml.charCodeAt(ctx.p) !== 0x5d /* ] */) {
                    TomlError.x('expected end of table array declaration', ctx);
                }
                ctx.p++;
            }
            let p = peekTable(ctx, k, res, meta, isTableArray ? 2 /* Type.ARRAY */ : 1 /* Type.EXPLICIT */);
            if (!p) {
                validateTablePeek(ctx, p, tmp);
                skipping = true;
            }
            else {
                m = p[2];
                tbl = p[1];
            }
        }
        else {
            tmp = ctx.p;
            let k = parseKey(ctx);
            let p = peekTable(ctx, k, tbl, m, 0 /* Type.DOTTED */);
            if (!p && !skipping)
                validateTablePeek(ctx, p, tmp);
            skipVoid(ctx, true, true);
            let v = extractValue(ctx, void 0);
            if (p && !skipping)
                p[1][p[0]] = v;
        }
        skipVoid(ctx, true);
        if (ctx.p < toml.length && (tmp = toml.charCodeAt(ctx.p)) !== 0xa /* \n */ && (tmp !== 0xd /* \r */ || toml.charCodeAt(ctx.p + 1) !== 0xa /* \n */)) {
            TomlError.x('each key-value declaration must be followed by an end-of-line', ctx);
        }
        skipVoid(ctx);
    }
    return res;
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/stringify.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */
let BARE_KEY = /^[a-z0-9-_]+$/i;
let HAS_WELLFORMED = !!(''.isWellFormed);
function extendedTypeOf(obj) {
    let type = typeof obj;
    if (type === 'object') {
        if (Array.isArray(obj))
            return 'array';
        if (typeof obj.getUTCDate === 'function' && obj instanceof Date)
            return 'date';
        if (globalThis.Temporal) {
            if (obj.until) {
                if (obj instanceof Temporal.ZonedDateTime)
                    return 'temporal/tz+uc';
                if (obj instanceof Temporal.PlainDateTime || obj instanceof Temporal.PlainDate)
                    return 'temporal/uc';
                if (obj instanceof Temporal.PlainTime || obj instanceof Temporal.Instant)
                    return 'temporal';
                if (obj instanceof Temporal.PlainYearMonth)
                    return 'temporal/x';
            }
            else if ((obj.toPlainDate && obj instanceof Temporal.PlainMonthDay) ||
                (obj.negated && obj instanceof Temporal.Duration)) {
                return 'temporal/x';
            }
        }
    }
    return type;
}
function isArrayOfTables(obj) {
    for (let i = 0; i < obj.length; i++) {
        if (extendedTypeOf(obj[i]) !== 'object')
            return false;
    }
    return obj.length != 0;
}
function formatWellFormedStringUnchecked(s) {
    return JSON.stringify(s).replaceAll('\x7f', '\\u007f');
}
function formatString(s) {
    return formatWellFormedStringUnchecked(HAS_WELLFORMED ? s.toWellFormed() : s);
}
function formatKey(s) {
    if (BARE_KEY.test(s))
        return s;
    if (HAS_WELLFORMED && !s.isWellFormed())
        throw new RangeError('key contains illegal lone surrogates');
    return formatWellFormedStringUnchecked(s);
}
function stringifyValue(val, type, depth, numberAsFloat, strictTemporal) {
    if (depth === 0) {
        throw new Error('Could not stringify the object: maximum object depth exceeded');
    }
    switch (type) {
        // @ts-expect-error -- intentional fallthrough case
        case 'number':
            if (isNaN(val))
                return 'nan';
            if (val === Infinity)
                return 'inf';
            if (val === -Infinity)
                return '-inf';
            if (Number.isInteger(val) && (numberAsFloat || !Number.isSafeInteger(val)))
                return val.toFixed(1);
        case 'bigint':
        case 'boolean':
        case 'temporal':
            return val.toString();
        case 'string':
            return formatString(val);
        case 'date':
            if (isNaN(val.getTime()))
                throw new TypeError('cannot serialize invalid date');
            return val.toISOString();
        case 'object':
            return stringifyInlineTable(val, depth, numberAsFloat, strictTemporal);
        case 'array':
            return stringifyArray(val, depth, numberAsFloat, strictTemporal);
        // @ts-expect-error -- intentional fallthrough case
        case 'temporal/tz+uc':
            if (strictTemporal) {
                let tz = val.timeZoneId;
                let tzc = tz.charCodeAt(0);
                if (
                // Classic offset
                tzc !== 0x2b /* + */ && tzc !== 0x2d /* - */ &&
                    (
                    // Fast pre-check pass; see below for the actually accepted values
                    (tzc !== 0x55 /* U */ && tzc !== 0x47 /* G */ && tzc !== 0x5a /* Z */ && tzc !== 0x45 /* E */) ||
                        (
                        // UTC and its aliases; Temporal implementations don't all canonicalise unfortunately
                        tz !== 'UTC' && tz !== 'UCT' && tz !== 'Universal' && tz !== 'Zulu' &&
                            // GMT is a TZ but it's for all intents and purposes equivalent to UTC. Safe to downgrade.
                            !tz.startsWith('GMT') && tz !== 'Greenwich' &&
                            // Etc/* are all safe to downgrade to offset (either UTC, GMT, or offset)
                            !tz.startsWith('Etc/')))) {
                    throw new TypeError('Temporal objects with an IANA timezone are not allowed in Temporal strict mode');
                }
            }
        case 'temporal/uc':
            if (strictTemporal && val.calendarId !== 'iso8601')
                throw new TypeError('Temporal objects with a non-default calendar are not allowed in Temporal strict mode');
            return val.toString({
                calendarName: 'never',
                timeZoneName: 'never',
            });
        case 'temporal/x':
            throw new TypeError('Unsupported ' + val[Symbol.toStringTag]);
    }
}
function stringifyInlineTable(obj, depth, numberAsFloat, strictTemporal) {
    let keys = Object.keys(obj);
    if (keys.length === 0)
        return '{}';
    let res = '{ ';
    for (let i = 0; i < keys.length; i++) {
        let k = keys[i];
        if (i)
            res += ', ';
        res += formatKey(k) + ' = ' + stringifyValue(obj[k], extendedTypeOf(obj[k]), depth - 1, numberAsFloat, strictTemporal);
    }
    return res + ' }';
}
function stringifyArray(array, depth, numberAsFloat, strictTemporal) {
    if (array.length === 0)
        return '[]';
    let res = '[ ';
    for (let i = 0; i < array.length; i++) {
        if (i)
            res += ', ';
        if (array[i] === null || array[i] === void 0) {
            throw new TypeError('arrays cannot contain null or undefined values');
        }
        res += stringifyValue(array[i], extendedTypeOf(array[i]), depth - 1, numberAsFloat, strictTemporal);
    }
    return res + ' ]';
}
function stringifyArrayTable(array, key, depth, numberAsFloat, strictTemporal) {
    if (depth === 0) {
        throw new Error('Could not stringify the object: maximum object depth exceeded');
    }
    let res = '';
    for (let i = 0; i < array.length; i++) {
        res += `${res && '\n'}[[${key}]]\n`;
        res += stringifyTable(0, array[i], key, depth, numberAsFloat, strictTemporal);
    }
    return res;
}
function stringifyTable(tableKey, obj, prefix, depth, numberAsFloat, strictTemporal) {
    if (depth === 0) {
        throw new Error('Could not stringify the object: maximum object depth exceeded');
    }
    let preamble = '';
    let tables = '';
    let keys = Object.keys(obj);
    for (let i = 0; i < keys.length; i++) {
        let k = keys[i];
        if (obj[k] !== null && obj[k] !== void 0) {
            let type = extendedTypeOf(obj[k]);
            if (type === 'symbol' || type === 'function') {
                throw new TypeError(`cannot serialize values of type '${type}'`);
            }
            let key = formatKey(k);
            if (type === 'array' && isArrayOfTables(obj[k])) {
                tables += (tables && '\n') + stringifyArrayTable(obj[k], prefix ? `${prefix}.${key}` : key, depth - 1, numberAsFloat, strictTemporal);
            }
            else if (type === 'object') {
                let tblKey = prefix ? `${prefix}.${key}` : key;
                tables += (tables && '\n') + stringifyTable(tblKey, obj[k], tblKey, depth - 1, numberAsFloat, strictTemporal);
            }
            else {
                preamble += key;
                preamble += ' = ';
                preamble += stringifyValue(obj[k], type, depth, numberAsFloat, strictTemporal);
                preamble += '\n';
            }
        }
    }
    if (tableKey && (preamble || !tables)) // Create table only if necessary
        preamble = preamble ? `[${tableKey}]\n${preamble}` : `[${tableKey}]`;
    return preamble && tables
        ? `${preamble}\n${tables}`
        : preamble || tables;
}
function stringify(obj, { maxDepth = 1000, numbersAsFloat = false, strictTemporal = false } = {}) {
    if (extendedTypeOf(obj) !== 'object') {
        throw new TypeError('stringify can only be called with an object');
    }
    let str = stringifyTable(0, obj, '', maxDepth, numbersAsFloat, strictTemporal);
    if (str[str.length - 1] !== '\n')
        return str + '\n';
    return str;
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/index.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */





/** @deprecated use `import * as ... from 'smol-toml'` instead */
/* harmony default export */ const dist = ({ parse: parse, stringify: stringify, TomlDate: TomlDate, TomlError: TomlError });

;// CONCATENATED MODULE: ./packages/core/src/pyproject/toml.ts
/**
 * TOML with positions. smol-toml gives values but not where they are, and every version we report
 * needs its file:line and the exact byte span of the string (set-version rewrites only those bytes),
 * so this module pairs the parser with a small scanner that finds a key's value in the source text.
 */




/** Parses TOML; a syntax error is a ConfigurationError at the file, line and column of the mistake. */
function parseToml(text, file) {
    try {
        return parse(text);
    }
    catch (error) {
        if (error instanceof TomlError) {
            const first = error.message.split('\n')[0].replace(/^Invalid TOML document: /, '');
            throw new errors_ConfigurationError(`${file} is not valid TOML: ${first}. Fix the syntax at this position.`, {
                file,
                line: error.line,
                column: error.column,
            });
        }
        throw error;
    }
}
/** Follows a key path through nested tables; undefined when any step is missing. */
function getPath(table, path) {
    let node = table;
    for (const key of path) {
        if (node === null || typeof node !== 'object' || Array.isArray(node))
            return undefined;
        node = node[key];
    }
    return node;
}
/** The table at `path`, or undefined; a non-table there is an error naming the key. */
function getTable(table, path, file) {
    const value = getPath(table, path);
    if (value === undefined)
        return undefined;
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
        throw new ConfigurationError(`${file}: [${path.join('.')}] must be a table.`, { file });
    }
    return value;
}
// Splits a dotted key (`a."b.c".d`) into its parts, honouring quotes.
function splitKey(key) {
    const parts = [];
    const re = /\s*(?:"((?:[^"\\]|\\.)*)"|'([^']*)'|([A-Za-z0-9_-]+))\s*(?:\.|$)/gy;
    let m = re.exec(key);
    while (m && m[0] !== '') {
        parts.push(m[1] ?? m[2] ?? m[3]);
        if (re.lastIndex >= key.length)
            break;
        m = re.exec(key);
    }
    return parts;
}
const HEADER = /^[ \t]*\[(\[)?[ \t]*((?:"(?:[^"\\]|\\.)*"|'[^']*'|[^\]\n#])+?)[ \t]*\]\]?/;
const KEY_LINE = /^[ \t]*((?:"(?:[^"\\]|\\.)*"|'[^']*'|[A-Za-z0-9_.\- \t])+?)[ \t]*=[ \t]*/;
/**
 * Finds where the value of `path` starts in a TOML text written in the usual block style (headers
 * plus `key = value` lines, dotted keys allowed). Returns the offset of the value's first character.
 */
function locateValue(text, path) {
    let table = [];
    let offset = 0;
    let inMultiline;
    for (const rawLine of text.split('\n')) {
        const lineStart = offset;
        offset += rawLine.length + 1;
        if (inMultiline) {
            if (rawLine.includes(inMultiline))
                inMultiline = undefined;
            continue;
        }
        const header = HEADER.exec(rawLine);
        if (header) {
            table = splitKey(header[2]);
            continue;
        }
        const keyLine = KEY_LINE.exec(rawLine);
        if (!keyLine)
            continue;
        const full = [...table, ...splitKey(keyLine[1])];
        const valueStart = lineStart + keyLine[0].length;
        if (full.length === path.length && full.every((k, i) => k === path[i]))
            return valueStart;
        const rest = rawLine.slice(keyLine[0].length);
        for (const q of ['"""', "'''"]) {
            if (rest.startsWith(q) && !rest.slice(3).includes(q))
                inMultiline = q;
        }
    }
    return undefined;
}
/** Reads the single-line string literal that starts at `offset` (basic or literal quotes). */
function stringAt(text, offset) {
    const quote = text[offset];
    if (quote !== '"' && quote !== "'")
        return undefined;
    if (text.startsWith(quote.repeat(3), offset))
        return undefined;
    let i = offset + 1;
    while (i < text.length && text[i] !== quote && text[i] !== '\n') {
        i += quote === '"' && text[i] === '\\' ? 2 : 1;
    }
    if (text[i] !== quote)
        return undefined;
    const { line, column } = lineColumn(text, offset + 1);
    return { start: offset + 1, end: i, line, column, raw: text.slice(offset + 1, i) };
}
/** The string value at `path`, with its span; undefined when it is absent or not a one-line string. */
function locateString(text, path) {
    const at = locateValue(text, path);
    return at === undefined ? undefined : stringAt(text, at);
}
/** Every string element of the array whose value starts at `offset` (nested arrays included). */
function arrayStringsAt(text, offset) {
    if (text[offset] !== '[')
        return [];
    const found = [];
    let depth = 0;
    let i = offset;
    while (i < text.length) {
        const ch = text[i];
        if (ch === '#') {
            const nl = text.indexOf('\n', i);
            i = nl === -1 ? text.length : nl;
            continue;
        }
        if (ch === '"' || ch === "'") {
            const span = stringAt(text, i);
            if (!span)
                return found;
            found.push(span);
            i = span.end + 1;
            continue;
        }
        if (ch === '[')
            depth++;
        if (ch === ']' && --depth === 0)
            break;
        i++;
    }
    return found;
}
/** The position of the line that declares `path` (its key or its table header), for annotations. */
function keyLine(text, path) {
    const at = locateValue(text, path);
    if (at !== undefined)
        return lineColumn(text, at).line;
    const lines = text.split('\n');
    for (let depth = path.length; depth > 0; depth--) {
        // The nearest enclosing key (`packages = [{ …inline table… }]`) or table header.
        const enclosing = depth < path.length ? locateValue(text, path.slice(0, depth)) : undefined;
        if (enclosing !== undefined)
            return lineColumn(text, enclosing).line;
        const idx = lines.findIndex((l) => {
            const h = HEADER.exec(l);
            return h && splitKey(h[2]).join('\u0000') === path.slice(0, depth).join('\u0000');
        });
        if (idx !== -1)
            return idx + 1;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./packages/core/src/pyproject/config.ts
/**
 * The `[tool.otai-release]` table (or a root `otai-release.toml`): one configuration for the actions,
 * the reusable workflow and the CLI. Validated strictly: an unknown key is an error suggesting the
 * nearest known one, because a misspelt setting that is silently ignored publishes the wrong thing.
 */




const TOP_KEYS = [
    'policy',
    'tag-format',
    'index',
    'packages',
    'exclude',
    'version-files',
    'first-prerelease-number',
];
const PACKAGE_KEYS = ['path', 'tag-format', 'version-files'];
const VERSION_FILE_KEYS = ['path', 'pattern'];
function fail(where, key, message) {
    throw new errors_ConfigurationError(message, {
        file: where.file,
        line: keyLine(where.text, [...where.prefix, ...key]),
    });
}
function checkKeys(where, path, table, known) {
    for (const key of Object.keys(table)) {
        if (known.includes(key))
            continue;
        const guess = nearest(key, known);
        const dotted = [...where.prefix, ...path].join('.');
        fail(where, [...path, key], `Unknown key '${key}' in [${dotted}]${guess ? `: did you mean '${guess}'?` : '.'} Known keys: ${listOf(known)}.`);
    }
}
function str(where, path, value) {
    if (typeof value !== 'string' || value === '') {
        fail(where, path, `[${[...where.prefix, ...path].join('.')}] must be a non-empty string.`);
    }
    return value;
}
function versionFiles(where, path, value) {
    if (value === undefined)
        return [];
    if (!Array.isArray(value))
        fail(where, path, `${path.join('.')} must be an array of paths or {path, pattern} tables.`);
    return value.map((item, i) => {
        if (typeof item === 'string')
            return { path: item };
        if (item && typeof item === 'object' && !Array.isArray(item)) {
            checkKeys(where, path, item, VERSION_FILE_KEYS);
            const table = item;
            return {
                path: str(where, [...path, 'path'], table.path),
                pattern: table.pattern === undefined ? undefined : str(where, [...path, 'pattern'], table.pattern),
            };
        }
        return fail(where, path, `${path.join('.')}[${i}] must be a path string or a {path, pattern} table.`);
    });
}
function firstPrereleaseNumber(where, value) {
    if (value === undefined)
        return 1;
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
        fail(where, ['first-prerelease-number'], `first-prerelease-number = ${JSON.stringify(value)} must be a non-negative integer: 1 (1.0.1rc1, as uv does) or 0 (1.0.1rc0, as hatch does).`);
    }
    return value;
}
/** Validates a `[tool.otai-release]`-shaped table; `prefix` is its key path inside `file`. */
function parseConfig(table, file, text, prefix) {
    const where = { file, text, prefix };
    checkKeys(where, [], table, TOP_KEYS);
    const policy = table.policy ?? 'lockstep';
    if (policy !== 'lockstep' && policy !== 'independent') {
        fail(where, ['policy'], `policy = "${String(policy)}" is not a policy: use "lockstep" or "independent".`);
    }
    const tagFormat = table['tag-format'] === undefined ? DEFAULT_TAG_FORMAT : str(where, ['tag-format'], table['tag-format']);
    validateTagFormat(tagFormat, { file, line: keyLine(text, [...prefix, 'tag-format']), key: 'tag-format' });
    let packages;
    if (table.packages !== undefined) {
        if (!Array.isArray(table.packages))
            fail(where, ['packages'], 'packages must be an array of paths or tables.');
        packages = table.packages.map((item, i) => {
            if (typeof item === 'string')
                return { path: item, versionFiles: [] };
            if (!item || typeof item !== 'object' || Array.isArray(item)) {
                fail(where, ['packages'], `packages[${i}] must be a path string or a {path, tag-format, version-files} table.`);
            }
            const entry = item;
            checkKeys(where, ['packages'], entry, PACKAGE_KEYS);
            const entryFormat = entry['tag-format'] === undefined
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
        tagFormatSet: table['tag-format'] !== undefined,
        index: table.index === undefined ? undefined : str(where, ['index'], table.index),
        packages,
        exclude: exclude,
        versionFiles: versionFiles(where, ['version-files'], table['version-files']),
        firstPrereleaseNumber: firstPrereleaseNumber(where, table['first-prerelease-number']),
    };
}
/** The defaults when a repository has no configuration. */
function defaultConfig() {
    return {
        policy: 'lockstep',
        tagFormat: DEFAULT_TAG_FORMAT,
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
function loadConfig(files) {
    const fromPyproject = files.isFile('pyproject.toml') ? files.toml('pyproject.toml').tool : undefined;
    const tool = fromPyproject?.['otai-release'];
    if (tool !== undefined && (!tool || typeof tool !== 'object' || Array.isArray(tool))) {
        throw new errors_ConfigurationError('[tool.otai-release] must be a table.', { file: 'pyproject.toml' });
    }
    if (files.isFile('otai-release.toml')) {
        if (tool) {
            throw new errors_ConfigurationError('Configuration is in both otai-release.toml and [tool.otai-release] of pyproject.toml; keep one of them.', { file: 'otai-release.toml' });
        }
        const text = files.text('otai-release.toml');
        return parseConfig(files.toml('otai-release.toml'), 'otai-release.toml', text, []);
    }
    if (tool)
        return parseConfig(tool, 'pyproject.toml', files.text('pyproject.toml'), [
            'tool',
            'otai-release',
        ]);
    return defaultConfig();
}

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
;// CONCATENATED MODULE: ./packages/core/src/pyproject/discover.ts
/**
 * Finding the publishable packages of a repository without configuration: every pyproject.toml (or
 * setup.cfg) below the root, except in places that never hold a published package.
 */


// Directory names that hold environments, caches, build output or test data, never a package to publish.
const SKIP_DIRS = new Set([
    '.git',
    '.hg',
    'node_modules',
    '__pycache__',
    '.venv',
    'venv',
    '.tox',
    '.nox',
    '.mypy_cache',
    '.pytest_cache',
    '.ruff_cache',
    '.eggs',
    'site-packages',
    'build',
    'dist',
    'tests',
    'test',
    'testing',
    'fixtures',
    'testdata',
    '__fixtures__',
    'templates',
]);
// Markers of a virtualenv or a project template.
const SKIP_MARKERS = ['pyvenv.cfg', 'cookiecutter.json', 'copier.yml', 'copier.yaml'];
/** Turns `examples/*` style globs into a matcher over repo-relative posix paths. */
function globMatcher(globs) {
    const res = globs.map((g) => {
        const source = g
            .replace(/\/+$/, '')
            .split('**')
            .map((part) => part
            .replace(/[.+^${}()|[\]\\]/g, '\\$&')
            .replace(/\*/g, '[^/]*')
            .replace(/\?/g, '[^/]'))
            .join('.*');
        return new RegExp(`^${source}(/.*)?$`);
    });
    return (path) => res.some((re) => re.test(path));
}
/**
 * Repo-relative directories that contain a pyproject.toml or setup.cfg, root first then in path
 * order, with the directories skipped and why.
 */
function discoverPackageDirs(root, exclude = []) {
    const excluded = globMatcher(exclude);
    const dirs = [];
    const skipped = [];
    const walk = (rel) => {
        const entries = (0,external_node_fs_namespaceObject.readdirSync)(rel === '.' ? root : (0,external_node_path_namespaceObject.join)(root, rel), { withFileTypes: true });
        const names = new Set(entries.map((e) => e.name));
        const marker = SKIP_MARKERS.find((m) => names.has(m));
        if (marker && rel !== '.') {
            skipped.push({
                path: rel,
                reason: marker === 'pyvenv.cfg' ? 'a virtualenv' : `a project template (${marker})`,
            });
            return;
        }
        if (names.has('pyproject.toml') || names.has('setup.cfg'))
            dirs.push(rel);
        for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
            if (!entry.isDirectory())
                continue;
            const child = rel === '.' ? entry.name : external_node_path_namespaceObject.posix.join(rel, entry.name);
            if (SKIP_DIRS.has(entry.name)) {
                if (hasManifestBelow(root, child))
                    skipped.push({ path: child, reason: `'${entry.name}' directories are never published` });
                continue;
            }
            if (entry.name.startsWith('.'))
                continue;
            if (/\{\{|\{%/.test(entry.name)) {
                if (hasManifestBelow(root, child)) {
                    skipped.push({ path: child, reason: 'a project template ({{ }} in its name)' });
                }
                continue;
            }
            if (excluded(child)) {
                skipped.push({ path: child, reason: 'matches [tool.otai-release] exclude' });
                continue;
            }
            walk(child);
        }
    };
    walk('.');
    return { dirs, skipped };
}
// Only worth reporting a skipped directory when it would otherwise have contributed a package.
function hasManifestBelow(root, rel, depth = 3) {
    if (depth === 0)
        return false;
    let entries;
    try {
        entries = (0,external_node_fs_namespaceObject.readdirSync)((0,external_node_path_namespaceObject.join)(root, rel), { withFileTypes: true });
    }
    catch {
        return false;
    }
    if (entries.some((e) => e.isFile() && e.name === 'pyproject.toml'))
        return true;
    // Look through nested skip directories too (tests/fixtures/x), only not into the heavy ones.
    return entries.some((e) => e.isDirectory() &&
        e.name !== '.git' &&
        e.name !== 'node_modules' &&
        hasManifestBelow(root, external_node_path_namespaceObject.posix.join(rel, e.name), depth - 1));
}

;// CONCATENATED MODULE: ./packages/core/src/pyproject/repo-files.ts
/** Cached, repository-relative file access: each file is read and each TOML parsed once per run. */



/** Reads files of one repository by their repo-relative posix path. */
class RepoFiles {
    root;
    texts = new Map();
    tables = new Map();
    /** `root` is the absolute (or cwd-relative) repository directory. */
    constructor(root) {
        this.root = root;
    }
    /** Absolute path of a repo-relative path. */
    absolute(file) {
        return (0,external_node_path_namespaceObject.join)(this.root, file);
    }
    /** True when the file exists and is a regular file. */
    isFile(file) {
        const abs = this.absolute(file);
        return (0,external_node_fs_namespaceObject.existsSync)(abs) && (0,external_node_fs_namespaceObject.statSync)(abs).isFile();
    }
    /** The file's text (UTF-8). */
    text(file) {
        let text = this.texts.get(file);
        if (text === undefined) {
            text = (0,external_node_fs_namespaceObject.readFileSync)(this.absolute(file), 'utf8');
            this.texts.set(file, text);
        }
        return text;
    }
    /** The file parsed as TOML; syntax errors name the file and position. */
    toml(file) {
        let table = this.tables.get(file);
        if (table === undefined) {
            table = parseToml(this.text(file), file);
            this.tables.set(file, table);
        }
        return table;
    }
}
/** Joins repo-relative posix paths, keeping '.' for the root. */
function joinRel(...parts) {
    const joined = external_node_path_namespaceObject.posix.normalize(external_node_path_namespaceObject.posix.join(...parts));
    return joined === '' ? '.' : joined;
}

;// CONCATENATED MODULE: ./packages/core/src/pyproject/locations.ts
/** Builders of VersionLocation values from spans found in files. */


/** A VersionLocation from a span. */
function locationAt(kind, label, file, span, source) {
    return {
        kind,
        label,
        file,
        line: span.line,
        column: span.column,
        start: span.start,
        end: span.end,
        raw: span.raw,
        source,
    };
}
/**
 * The location of a string key in a TOML file (`[project].version`). The value must be a one-line
 * string literal, which is what every tool writes; anything else cannot be rewritten byte-exactly.
 */
function tomlLocation(files, file, path, kind, source) {
    const text = files.text(file);
    const label = `[${path.slice(0, -1).join('.')}].${path.at(-1)}`;
    const value = tableValue(files.toml(file), path);
    if (typeof value !== 'string') {
        throw new errors_ConfigurationError(`${label} must be a string such as "1.2.3", not ${JSON.stringify(value)}.`, {
            file,
            line: keyLine(text, path),
        });
    }
    const span = locateString(text, path);
    if (!span || span.raw !== value) {
        throw new errors_ConfigurationError(`${label} could not be located as a one-line string; write it as ${path.at(-1)} = "${value}" under [${path
            .slice(0, -1)
            .join('.')}].`, { file, line: keyLine(text, path) });
    }
    return locationAt(kind, label, file, span, source);
}
function tableValue(table, path) {
    let node = table;
    for (const key of path)
        node = node?.[key];
    return node;
}

;// CONCATENATED MODULE: ./packages/core/src/pyproject/python-source.ts
/**
 * Reading version strings out of Python sources without running them, the way build backends do it
 * statically: hatch's regex source, setuptools' and flit's AST reads of a module-level assignment.
 */


/** hatchling's DEFAULT_PATTERN (hatchling/version/core.py), written in JS syntax. */
const HATCH_DEFAULT_PATTERN = String.raw `(?i)^(__version__|VERSION) *= *(['"])v?(?P<version>.+?)\2`;
/** pdm-backend's pattern for `source = "file"` (hooks/version/__init__.py). */
const PDM_FILE_PATTERN = String.raw `^__version__\s*=\s*["'](?P<version>.+?)["']\s*(?:#.*)?$`;
/**
 * Converts a Python `re` pattern to a JS RegExp with match indices: named groups `(?P<n>…)`,
 * back-references `(?P=n)` and leading inline flags `(?i)`, `(?m)`, `(?s)`. Python applies these
 * patterns with MULTILINE, so `m` is always on.
 */
function pythonRegex(pattern, where) {
    let src = pattern;
    let flags = 'md';
    const inline = /^\(\?([aiLmsux]+)\)/.exec(src);
    if (inline) {
        src = src.slice(inline[0].length);
        for (const f of inline[1]) {
            if (f === 'i' || f === 's')
                flags += f;
            else if (f !== 'm' && f !== 'a' && f !== 'u') {
                throw new errors_ConfigurationError(`${where.key} uses the inline flag (?${f}), which otai-release cannot apply; remove it from the pattern.`, where);
            }
        }
    }
    src = src.replace(/\(\?P</g, '(?<').replace(/\(\?P=(\w+)\)/g, '\\k<$1>');
    if (src.includes('\\Z'))
        src = src.replace(/\\Z/g, '$');
    if (src.includes('\\A'))
        src = src.replace(/\\A/g, '^');
    let re;
    try {
        re = new RegExp(src, flags);
    }
    catch (error) {
        throw new errors_ConfigurationError(`${where.key} = '${pattern}' is not a regular expression otai-release can use: ${error.message}.`, where);
    }
    if (!src.includes('(?<version>')) {
        throw new errors_ConfigurationError(`${where.key} = '${pattern}' has no named group 'version'; write it as (?P<version>...) around the version text.`, where);
    }
    return re;
}
/** The first match of `re`'s `version` group in `text` (re.search semantics), with its span. */
function matchVersion(text, re) {
    re.lastIndex = 0;
    const m = re.exec(text);
    const span = m?.indices?.groups?.version;
    if (!m || !span)
        return undefined;
    const [start, end] = span;
    return { start, end, raw: text.slice(start, end), ...lineColumn(text, start) };
}
/**
 * Finds the top-level assignment of `name` (`NAME = "…"`, `NAME: str = "…"`), or a
 * `from .mod import NAME` re-export. Later assignments win, as they do when Python runs the module.
 */
function findAssignment(text, name) {
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const assign = new RegExp(`^${escaped}[ \\t]*(?::[^=\\n]*)?=(?!=)[ \\t]*(.*)$`, 'gmd');
    const reexport = new RegExp(`^from[ \\t]+(\\.[\\w.]*)[ \\t]+import[ \\t]+\\(?[^\\n]*\\b${escaped}\\b`, 'gm');
    let found;
    let foundAt = -1;
    for (let m = assign.exec(text); m; m = assign.exec(text)) {
        const valueStart = m.indices[1][0];
        const valueText = m[1].replace(/\s+#.*$/, '').trim();
        const literal = /^(?:[rRuU]?)(["'])((?:(?!\1)[^\\\n]|\\.)*)\1$/.exec(valueText);
        const quoteOffset = text.indexOf(literal?.[1] ?? '\u0000', valueStart);
        const string = literal && !valueText.startsWith('"""') && !valueText.startsWith("'''")
            ? {
                start: quoteOffset + 1,
                end: quoteOffset + 1 + literal[2].length,
                raw: literal[2],
                ...lineColumn(text, quoteOffset + 1),
            }
            : undefined;
        found = { string, valueText, line: lineColumn(text, m.index).line };
        foundAt = m.index;
    }
    for (let m = reexport.exec(text); m; m = reexport.exec(text)) {
        if (m.index > foundAt) {
            found = { valueText: m[0], line: lineColumn(text, m.index).line, importedFrom: m[1] };
            foundAt = m.index;
        }
    }
    return found;
}
/** Reads a whole-file version (`VERSION`): the first non-blank line, with its span. */
function wholeFileVersion(text) {
    const m = /\S[^\r\n]*/.exec(text);
    if (!m)
        return undefined;
    const raw = m[0].trimEnd();
    return { start: m.index, end: m.index + raw.length, raw, ...lineColumn(text, m.index) };
}

;// CONCATENATED MODULE: ./packages/core/src/pyproject/setup-cfg.ts
/** setup.cfg's `[metadata] version` (a literal, `attr: pkg.__version__` or `file: VERSION`). */





/** Finds `key = value` in `[section]` of an INI text (setup.cfg, .bumpversion.cfg). */
function iniValue(text, section, key) {
    let current = '';
    let offset = 0;
    for (const line of text.split('\n')) {
        const start = offset;
        offset += line.length + 1;
        const header = /^\[([^\]]+)\]/.exec(line);
        if (header) {
            current = header[1].trim();
            continue;
        }
        if (current !== section)
            continue;
        const m = /^([\w.-]+)[ \t]*[=:][ \t]*(.*?)[ \t]*\r?$/.exec(line);
        if (m && m[1] === key) {
            const valueStart = start + line.indexOf(m[2], m[1].length);
            return { value: m[2], start: valueStart, line: lineColumn(text, valueStart).line };
        }
    }
    return undefined;
}
/** The version location setup.cfg declares, or undefined when it declares none. */
function readSetupCfgVersion(files, cfg, resolveAttr) {
    const text = files.text(cfg);
    const found = iniValue(text, 'metadata', 'version');
    if (!found)
        return undefined;
    const where = { file: cfg, line: found.line };
    const directive = /^(attr|file):\s*(.+)$/.exec(found.value);
    if (directive?.[1] === 'attr')
        return resolveAttr(directive[2].trim(), where);
    if (directive?.[1] === 'file') {
        const target = joinRel(cfg.replace(/\/?setup\.cfg$/, '') || '.', directive[2].split(',')[0].trim());
        if (!files.isFile(target)) {
            throw new errors_ConfigurationError(`setup.cfg version = file: ${directive[2]} does not exist (looked for ${target}).`, where);
        }
        const span = wholeFileVersion(files.text(target));
        if (!span)
            throw new errors_ConfigurationError(`${target} is empty; write the version in it.`, { file: target });
        return locationAt('setup-cfg', `${directive[2].trim()} (setup.cfg file:)`, target, span, true);
    }
    const span = {
        start: found.start,
        end: found.start + found.value.length,
        raw: found.value,
        ...lineColumn(text, found.start),
    };
    return locationAt('setup-cfg', '[metadata] version (setup.cfg)', cfg, span, true);
}

;// CONCATENATED MODULE: ./packages/core/src/pyproject/extra-locations.ts
/**
 * Copies of the version besides the one the backend reads: bump-tool config, `__version__` in the
 * usual module files, a VERSION file, and files the user lists in `version-files`. Each must agree,
 * because each ends up somewhere a user sees (the CLI's --version, the docs, the next bump).
 */






const MODULE_FILES = ['__init__.py', '_version.py', '__about__.py', 'version.py', '__version__.py'];
// setuptools-scm / hatch-vcs write these at build time; they are outputs, not declarations.
const GENERATED = /file generated by setuptools[-_]scm|don't change, don't track in version control/i;
/** Version copies in tool configuration, module files and a VERSION file of one package. */
function extraLocations(files, m, moduleDirs) {
    const found = [];
    if (typeof getPath(m.doc, ['tool', 'bumpversion', 'current_version']) === 'string') {
        found.push(tomlLocation(files, m.file, ['tool', 'bumpversion', 'current_version'], 'bumpversion', false));
    }
    if (typeof getPath(m.doc, ['tool', 'commitizen', 'version']) === 'string') {
        found.push(tomlLocation(files, m.file, ['tool', 'commitizen', 'version'], 'commitizen', false));
    }
    const bumpToml = joinRel(m.dir, '.bumpversion.toml');
    if (files.isFile(bumpToml) &&
        typeof getPath(files.toml(bumpToml), ['tool', 'bumpversion', 'current_version']) === 'string') {
        found.push(tomlLocation(files, bumpToml, ['tool', 'bumpversion', 'current_version'], 'bumpversion', false));
    }
    const bumpCfg = joinRel(m.dir, '.bumpversion.cfg');
    if (files.isFile(bumpCfg)) {
        const text = files.text(bumpCfg);
        const v = iniValue(text, 'bumpversion', 'current_version');
        if (v) {
            const span = {
                start: v.start,
                end: v.start + v.value.length,
                raw: v.value,
                ...lineColumn(text, v.start),
            };
            found.push(locationAt('bumpversion', 'current_version (.bumpversion.cfg)', bumpCfg, span, false));
        }
    }
    for (const dir of moduleDirs) {
        for (const name of MODULE_FILES) {
            const file = joinRel(dir, name);
            if (!files.isFile(file))
                continue;
            const text = files.text(file);
            if (GENERATED.test(text.slice(0, 400)))
                continue;
            for (const variable of name === 'version.py' ? ['__version__', 'VERSION'] : ['__version__']) {
                const assignment = findAssignment(text, variable);
                if (assignment?.string)
                    found.push(locationAt('module', `${variable} in ${name}`, file, assignment.string, false));
            }
        }
    }
    const versionFile = joinRel(m.dir, 'VERSION');
    if (files.isFile(versionFile)) {
        const span = wholeFileVersion(files.text(versionFile));
        if (span)
            found.push(locationAt('version-file', 'VERSION file', versionFile, span, false));
    }
    return found;
}
/** A file listed in `version-files`: a pattern's `version` group, `__version__` in .py, else the whole file. */
function configuredLocation(files, setting, configFile) {
    const file = joinRel(setting.path);
    if (!files.isFile(file)) {
        throw new errors_ConfigurationError(`version-files lists "${setting.path}", which does not exist; fix the path (relative to the repository root) or remove it.`, { file: configFile });
    }
    const text = files.text(file);
    const pattern = setting.pattern ?? (file.endsWith('.py') ? HATCH_DEFAULT_PATTERN : undefined);
    const span = pattern
        ? matchVersion(text, pythonRegex(pattern, { file: configFile, key: `version-files "${setting.path}" pattern` }))
        : wholeFileVersion(text);
    if (!span) {
        throw new errors_ConfigurationError(`version-files: no version found in ${file}${pattern ? ` with the pattern '${pattern}'` : ' (the file is empty)'}.`, { file: configFile });
    }
    return locationAt('configured', `${setting.path} (version-files)`, file, span, false);
}

;// CONCATENATED MODULE: ./packages/core/src/pyproject/requirements.ts
/** The requirements a package declares, with where each specifier sits (to check and rewrite pins). */


// PEP 508 without URLs: name, extras, specifier (optionally parenthesised), marker.
const REQUIREMENT = /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*(\[[^\]]*\])?\s*\(?\s*([^;@()]*?)\s*\)?\s*(;.*)?$/;
function parsePin(span, label, file) {
    const m = REQUIREMENT.exec(span.raw);
    if (!m)
        return undefined;
    const specifier = m[3];
    const offset = specifier ? span.raw.indexOf(specifier, m[1].length + (m[2]?.length ?? 0)) : span.raw.length;
    return {
        raw: span.raw,
        name: m[1],
        specifier,
        label,
        file,
        line: span.line,
        column: span.column + offset,
        start: span.start + offset,
        end: span.start + offset + specifier.length,
    };
}
/** Every requirement of `[project].dependencies` and `[project.optional-dependencies]`, located. */
function readRequirements(files, file, doc) {
    const text = files.text(file);
    const arrays = [[['project', 'dependencies'], '[project].dependencies']];
    const optional = getPath(doc, ['project', 'optional-dependencies']);
    if (optional && typeof optional === 'object') {
        for (const extra of Object.keys(optional)) {
            arrays.push([['project', 'optional-dependencies', extra], `[project.optional-dependencies].${extra}`]);
        }
    }
    const pins = [];
    for (const [path, label] of arrays) {
        const at = locateValue(text, path);
        if (at === undefined)
            continue;
        for (const span of arrayStringsAt(text, at)) {
            const pin = parsePin(span, label, file);
            if (pin)
                pins.push(pin);
        }
    }
    return pins;
}
/** The requirements among `pins` that name one of `names` (canonical project names). */
function internalPins(pins, names) {
    return pins.filter((p) => names.has(canonicalizeName(p.name)));
}

;// CONCATENATED MODULE: ./packages/core/src/pyproject/python-modules.ts
/** Finding a package's Python modules on disk, the way setuptools, hatch and flit lay them out. */



/** The first existing file of a dotted module under the given source roots. */
function moduleFile(files, roots, dotted) {
    const parts = dotted.split('.');
    for (const root of roots) {
        for (const candidate of [joinRel(root, ...parts, '__init__.py'), `${joinRel(root, ...parts)}.py`]) {
            if (files.isFile(candidate))
                return candidate;
        }
    }
    return undefined;
}
/**
 * Reads `name` from a module file statically, following one `from .mod import name` re-export (the
 * common `__init__.py` → `_version.py` split). Errors name the file and say what to write instead.
 */
function readStringAssignment(files, file, name, what, where) {
    const found = findAssignment(files.text(file), name);
    if (!found) {
        throw new errors_ConfigurationError(`${what}: ${file} has no top-level assignment of ${name}; add ${name} = "X.Y.Z" to it.`, where);
    }
    if (found.string)
        return { file, span: found.string };
    if (found.importedFrom) {
        const dir = file.replace(/\/?[^/]*$/, '') || '.';
        const dots = /^\.+/.exec(found.importedFrom)[0].length;
        const base = joinRel(dir, ...Array(dots - 1).fill('..'));
        const rest = found.importedFrom.slice(dots);
        const target = rest ? moduleFile(files, [base], rest) : joinRel(base, '__init__.py');
        if (target && target !== file)
            return readStringAssignment(files, target, name, what, where);
    }
    throw new errors_ConfigurationError(`${what}: ${name} in ${file}:${found.line} is \`${found.valueText}\`, not a string literal, so it cannot be read ` +
        `without running the code; assign a plain string such as ${name} = "X.Y.Z".`, { file, line: found.line });
}
/** Candidate import-package directories of a distribution, most likely first. */
function importPackageDirs(files, dir, importNames, declared) {
    const dirs = new Set();
    for (const d of declared)
        dirs.add(joinRel(dir, d));
    for (const n of importNames) {
        for (const root of ['src', '.']) {
            const candidate = joinRel(dir, root, n);
            if (files.isFile(joinRel(candidate, '__init__.py')))
                dirs.add(candidate);
        }
    }
    return [...dirs].filter((d) => files.isFile(joinRel(d, '__init__.py')));
}

;// CONCATENATED MODULE: ./packages/core/src/pyproject/version-source.ts
/**
 * Where a package's build backend takes its version from (reference/versions.md §1): a static key, a
 * file read by regex or statically, or the git tag. Mirrors each backend's own rules so the version we
 * check is the version the build will produce.
 */







/** Tag-deriving version sources of hatch (`source = …`). */
const HATCH_TAG_SOURCES = {
    vcs: 'hatch-vcs',
    'uv-dynamic-versioning': 'uv-dynamic-versioning',
    versioningit: 'versioningit',
    'vcs-versioning': 'hatch-vcs',
};
function requiresAny(m, names) {
    return m.requires.some((r) => names.includes(r
        .split(/[\s<>=!~;[(]/)[0]
        .toLowerCase()
        .replace(/_/g, '-')));
}
function position(files, file, path) {
    return { file, line: keyLine(files.text(file), path) };
}
function tag(files, m, tool, path) {
    return { tag: { tool, file: m.file, line: keyLine(files.text(m.file), path) ?? 1 } };
}
/** Resolves the version source of a package whose `[project]` lists version as dynamic (or has none). */
function dynamicVersionSource(files, m) {
    const backend = m.backend ?? '';
    if (backend.startsWith('hatchling'))
        return hatchSource(files, m);
    if (backend.startsWith('pdm.backend') || backend.startsWith('pdm.pep517'))
        return pdmSource(files, m);
    if (backend.startsWith('flit_core'))
        return flitSource(files, m);
    if (backend.startsWith('poetry'))
        return poetrySource(files, m);
    if (backend.startsWith('setuptools') || backend === '')
        return setuptoolsSource(files, m);
    throw new errors_ConfigurationError(`${m.name}: the build backend '${backend}' computes the version dynamically in a way otai-release cannot read; ` +
        'declare it statically as [project] version = "X.Y.Z" (remove "version" from dynamic).', position(files, m.file, ['build-system', 'build-backend']));
}
function hatchSource(files, m) {
    const hatchToml = joinRel(m.dir, 'hatch.toml');
    let file = m.file;
    let prefix = ['tool', 'hatch', 'version'];
    let config = getPath(m.doc, prefix);
    if (!config && files.isFile(hatchToml)) {
        const table = getPath(files.toml(hatchToml), ['version']);
        if (table) {
            config = table;
            file = hatchToml;
            prefix = ['version'];
        }
    }
    if (!config) {
        throw new errors_ConfigurationError(`${m.name}: version is dynamic with hatchling, but there is no [tool.hatch.version] (nor [version] in hatch.toml); ` +
            'add [tool.hatch.version] path = "src/<pkg>/__about__.py", or make the version static.', position(files, m.file, ['project', 'dynamic']));
    }
    const label = file === m.file ? '[tool.hatch.version]' : 'hatch.toml [version]';
    const source = String(config.source ?? 'regex');
    if (HATCH_TAG_SOURCES[source])
        return tag(files, { ...m, file }, HATCH_TAG_SOURCES[source], [...prefix, 'source']);
    if (source === 'env') {
        throw new errors_ConfigurationError(`${m.name}: ${label} source = "env" takes the version from an environment variable at build time, which ` +
            'cannot be checked before the build; use source = "regex" with a path, or a static version.', position(files, file, [...prefix, 'source']));
    }
    if (source !== 'regex' && source !== 'code') {
        throw new errors_ConfigurationError(`${m.name}: ${label} source = "${source}" is a version-source plugin otai-release does not know; use "regex", "code", "vcs" or a static version.`, position(files, file, [...prefix, 'source']));
    }
    if (typeof config.path !== 'string') {
        throw new errors_ConfigurationError(`${m.name}: ${label} needs path = "<file holding the version>".`, position(files, file, prefix));
    }
    const target = joinRel(m.dir, config.path);
    const where = position(files, file, [...prefix, 'path']);
    if (!files.isFile(target)) {
        throw new errors_ConfigurationError(`${m.name}: ${label} path = "${config.path}" does not exist (looked for ${target}).`, where);
    }
    if (source === 'code') {
        const expression = String(config.expression ?? '__version__');
        if (!/^[A-Za-z_]\w*$/.test(expression)) {
            throw new errors_ConfigurationError(`${m.name}: ${label} expression = "${expression}" must be evaluated by running code; use source = "regex" so the version can be read and rewritten.`, position(files, file, [...prefix, 'expression']));
        }
        const found = readStringAssignment(files, target, expression, `${m.name}: ${label} path`, where);
        return {
            location: locationAt('hatch', `${expression} (hatch code source)`, found.file, found.span, true),
        };
    }
    const pattern = typeof config.pattern === 'string' ? config.pattern : HATCH_DEFAULT_PATTERN;
    const re = pythonRegex(pattern, { ...where, key: `${label} pattern` });
    const span = matchVersion(files.text(target), re);
    if (!span) {
        throw new errors_ConfigurationError(`${m.name}: ${label} found no version in ${target}: ${config.pattern
            ? `the pattern '${pattern}' does not match`
            : 'hatch expects a line like __version__ = "1.2.3" at the start of a line'}.`, where);
    }
    return { location: locationAt('hatch', `version in ${config.path} (hatch path)`, target, span, true) };
}
function pdmSource(files, m) {
    const prefix = ['tool', 'pdm', 'version'];
    const config = getPath(m.doc, prefix);
    const source = config?.source;
    if (source === 'scm')
        return tag(files, m, 'pdm-backend scm', [...prefix, 'source']);
    if (source === 'file' && typeof config?.path === 'string') {
        const target = joinRel(m.dir, config.path);
        const where = position(files, m.file, [...prefix, 'path']);
        if (!files.isFile(target)) {
            throw new errors_ConfigurationError(`${m.name}: [tool.pdm.version] path = "${config.path}" does not exist.`, where);
        }
        const span = matchVersion(files.text(target), pythonRegex(PDM_FILE_PATTERN, { ...where, key: 'pdm' }));
        if (!span) {
            throw new errors_ConfigurationError(`${m.name}: ${target} has no line __version__ = "X.Y.Z", which pdm-backend's file source reads.`, where);
        }
        return { location: locationAt('pdm', '__version__ (pdm file source)', target, span, true) };
    }
    throw new errors_ConfigurationError(`${m.name}: version is dynamic with pdm-backend, but [tool.pdm.version] is ${source ? `source = "${String(source)}", which cannot be read without running code` : 'missing'}; use source = "file" with a path, source = "scm", or a static version.`, position(files, m.file, config ? [...prefix, 'source'] : ['project', 'dynamic']));
}
function flitSource(files, m) {
    const moduleName = String(getPath(m.doc, ['tool', 'flit', 'module', 'name']) ?? m.name.replace(/[-.]/g, '_'));
    const path = moduleName.split('.');
    const candidates = [joinRel(m.dir, 'src', ...path), joinRel(m.dir, ...path)];
    const pkgDir = candidates.find((d) => files.isFile(joinRel(d, '__init__.py')));
    const singleFile = candidates.map((d) => `${d}.py`).find((f) => files.isFile(f));
    // flit scans version.py, _version.py, __version__.py, then __init__.py; a later file wins.
    const order = pkgDir
        ? ['version.py', '_version.py', '__version__.py', '__init__.py']
            .map((f) => joinRel(pkgDir, f))
            .filter((f) => files.isFile(f))
        : singleFile
            ? [singleFile]
            : [];
    if (order.length === 0) {
        throw new errors_ConfigurationError(`${m.name}: flit reads the version from the module '${moduleName}', but neither ${candidates[0]}/ nor ${candidates[1]}/ (or .py) exists; set [tool.flit.module] name.`, position(files, m.file, ['project', 'dynamic']));
    }
    let found;
    for (const file of order) {
        const span = matchVersion(files.text(file), /^__version__[ \t]*(?::[^=\n]*)?=[ \t]*(["'])(?<version>[^"'\n]*)\1/dm);
        if (span)
            found = locationAt('flit', '__version__ (flit)', file, span, true);
    }
    if (!found) {
        throw new errors_ConfigurationError(`${m.name}: flit found no __version__ = "X.Y.Z" string in ${order.join(', ')}; add one.`, { file: order.at(-1) });
    }
    return { location: found };
}
function poetrySource(files, m) {
    if (getPath(m.doc, ['tool', 'poetry-dynamic-versioning', 'enable']) === true) {
        return tag(files, m, 'poetry-dynamic-versioning', ['tool', 'poetry-dynamic-versioning', 'enable']);
    }
    if (typeof getPath(m.doc, ['tool', 'poetry', 'version']) === 'string') {
        return { location: tomlLocation(files, m.file, ['tool', 'poetry', 'version'], 'poetry', true) };
    }
    throw new errors_ConfigurationError(`${m.name}: version is dynamic with poetry, but [tool.poetry] has no version; add version = "X.Y.Z".`, position(files, m.file, ['project', 'dynamic']));
}
function setuptoolsSource(files, m) {
    const prefix = ['tool', 'setuptools', 'dynamic', 'version'];
    const config = getPath(m.doc, prefix);
    const where = position(files, m.file, prefix);
    if (config && typeof config === 'object' && !Array.isArray(config)) {
        const { attr, file } = config;
        if (typeof attr === 'string')
            return { location: attrLocation(files, m, attr, where) };
        if (file !== undefined) {
            const first = Array.isArray(file) ? file[0] : file;
            const target = joinRel(m.dir, String(first));
            if (!files.isFile(target)) {
                throw new errors_ConfigurationError(`${m.name}: [tool.setuptools.dynamic] version file = "${String(first)}" does not exist.`, where);
            }
            const span = wholeFileVersion(files.text(target));
            if (!span)
                throw new errors_ConfigurationError(`${m.name}: ${target} is empty; write the version in it.`, {
                    file: target,
                });
            return {
                location: locationAt('setuptools-file', `${String(first)} (setuptools file)`, target, span, true),
            };
        }
        throw new errors_ConfigurationError(`${m.name}: [tool.setuptools.dynamic] version must be {attr = "pkg.__version__"} or {file = "VERSION"}.`, where);
    }
    if (getPath(m.doc, ['tool', 'setuptools_scm']) !== undefined || requiresAny(m, ['setuptools-scm'])) {
        const key = getPath(m.doc, ['tool', 'setuptools_scm']) !== undefined
            ? ['tool', 'setuptools_scm']
            : ['build-system', 'requires'];
        return tag(files, m, 'setuptools-scm', key);
    }
    const cfg = joinRel(m.dir, 'setup.cfg');
    if (files.isFile(cfg)) {
        const fromCfg = readSetupCfgVersion(files, cfg, (attr, at) => attrLocation(files, m, attr, at));
        if (fromCfg)
            return { location: fromCfg };
    }
    throw new errors_ConfigurationError(`${m.name}: version is dynamic, but neither [tool.setuptools.dynamic] version, setuptools-scm nor setup.cfg provides it; ` +
        'add [tool.setuptools.dynamic] version = {attr = "<pkg>.__version__"} or a static version.', position(files, m.file, ['project', 'dynamic']));
}
/** The location a setuptools `attr:` directive points at (read statically, as setuptools first tries). */
function attrLocation(files, m, attr, where) {
    const dot = attr.lastIndexOf('.');
    if (dot <= 0) {
        throw new errors_ConfigurationError(`${m.name}: attr = "${attr}" must be "<module>.<name>", e.g. "mypkg.__version__".`, where);
    }
    const moduleName = attr.slice(0, dot);
    const name = attr.slice(dot + 1);
    const packageDir = getPath(m.doc, ['tool', 'setuptools', 'package-dir']);
    const roots = [
        packageDir?.[''] ? joinRel(m.dir, packageDir['']) : undefined,
        joinRel(m.dir, 'src'),
        m.dir,
    ].filter((r) => r !== undefined);
    const top = moduleName.split('.')[0];
    if (packageDir?.[top])
        roots.unshift(joinRel(m.dir, packageDir[top], '..'));
    const file = moduleFile(files, roots, moduleName);
    if (!file) {
        throw new errors_ConfigurationError(`${m.name}: attr = "${attr}" names the module '${moduleName}', which does not exist under ${roots.join(' or ')}; fix the module path.`, where);
    }
    const found = readStringAssignment(files, file, name, `${m.name}: attr = "${attr}"`, where);
    return locationAt('setuptools-attr', `${name} (setuptools attr)`, found.file, found.span, true);
}
/** The import packages of a distribution: declared ones first, then the name-derived guess. */
function packageDirs(files, m) {
    const declared = [];
    const hatchPackages = getPath(m.doc, ['tool', 'hatch', 'build', 'targets', 'wheel', 'packages']);
    if (Array.isArray(hatchPackages))
        declared.push(...hatchPackages.map(String));
    const stPackages = getPath(m.doc, ['tool', 'setuptools', 'packages']);
    if (Array.isArray(stPackages))
        declared.push(...stPackages.map((p) => String(p).replace(/\./g, '/')));
    const guess = m.name.toLowerCase().replace(/[-.]+/g, '_');
    return importPackageDirs(files, m.dir, [guess], declared);
}

;// CONCATENATED MODULE: ./packages/core/src/pyproject/package.ts
/** Reading one package directory into a PythonPackage (or the reason it is not published). */









const WORKSPACE_KEYS = [
    ['tool', 'uv', 'workspace'],
    ['tool', 'hatch', 'workspace'],
    ['tool', 'pdm', 'workspace'],
];
/** Why an existing manifest is not a published package, or undefined when it is one. */
function unpublishedReason(doc, name) {
    if (!name)
        return 'no [project] name: not a package (tool configuration only)';
    const classifiers = getPath(doc, ['project', 'classifiers']);
    if (Array.isArray(classifiers) && classifiers.includes('Private :: Do Not Upload')) {
        return 'classifier "Private :: Do Not Upload"';
    }
    if (getPath(doc, ['tool', 'uv', 'package']) === false)
        return '[tool.uv] package = false';
    const isWorkspaceRoot = WORKSPACE_KEYS.some((k) => getPath(doc, k) !== undefined);
    if (isWorkspaceRoot) {
        const version = getPath(doc, ['project', 'version']);
        if (doc['build-system'] === undefined)
            return 'workspace root without [build-system] (a virtual project)';
        if (typeof version === 'string' && (version.includes('+') || /^0(\.0)*$/.test(version))) {
            return `workspace root with placeholder version "${version}"`;
        }
    }
    return undefined;
}
/** Reads the package at `dir` (repo-relative). `tagFormat` is the format that applies to it. */
function readPackage(files, dir, tagFormat, explicit) {
    const file = joinRel(dir, 'pyproject.toml');
    if (!files.isFile(file))
        return readSetupCfgPackage(files, dir, tagFormat, explicit);
    const doc = files.toml(file);
    const text = files.text(file);
    const project = getPath(doc, ['project']);
    const name = (project?.name ?? getPath(doc, ['tool', 'poetry', 'name']));
    if (!name && files.isFile(joinRel(dir, 'setup.cfg')))
        return readSetupCfgPackage(files, dir, tagFormat, explicit);
    const reason = unpublishedReason(doc, name);
    if (reason) {
        if (explicit) {
            throw new errors_ConfigurationError(`${file} is listed in [tool.otai-release] packages but is not publishable: ${reason}.`, {
                file,
            });
        }
        return { skipped: { file, reason } };
    }
    if (typeof name !== 'string' || !isValidName(name)) {
        throw new errors_ConfigurationError(`[project] name = ${JSON.stringify(name)} is not a valid project name: use ASCII letters, digits, '.', '_' and '-', starting and ending with a letter or digit.`, { file, line: keyLine(text, ['project', 'name']) });
    }
    const requires = getPath(doc, ['build-system', 'requires']);
    const m = {
        dir,
        file,
        doc,
        name,
        backend: getPath(doc, ['build-system', 'build-backend']),
        requires: Array.isArray(requires) ? requires.map(String) : [],
    };
    const dynamic = project?.dynamic;
    const isDynamic = Array.isArray(dynamic) && dynamic.includes('version');
    const hasStatic = project?.version !== undefined;
    if (isDynamic && hasStatic) {
        throw new errors_ConfigurationError(`${name}: version is both static ([project] version = ${JSON.stringify(project?.version)}) and listed in [project] dynamic; ` +
            'build backends refuse this. Remove one of the two.', { file, line: keyLine(text, ['project', 'version']) });
    }
    const locations = [];
    let tagDerived;
    if (hasStatic) {
        locations.push(tomlLocation(files, file, ['project', 'version'], 'project', true));
        // Poetry 2 keeps a base version in [tool.poetry] beside [project]; it must agree.
        if (typeof getPath(doc, ['tool', 'poetry', 'version']) === 'string') {
            locations.push(tomlLocation(files, file, ['tool', 'poetry', 'version'], 'poetry', false));
        }
    }
    else if (isDynamic || !project) {
        const source = dynamicVersionSource(files, m);
        if ('tag' in source)
            tagDerived = source.tag;
        else
            locations.push(source.location);
    }
    else {
        throw new errors_ConfigurationError(`${name}: [project] has no version and does not list it in dynamic; add version = "X.Y.Z" to [project].`, { file, line: keyLine(text, ['project']) });
    }
    for (const extra of extraLocations(files, m, packageDirs(files, m))) {
        // The same text seen twice (`VERSION = 'v1.2.3'`: hatch reads 1.2.3, the copy v1.2.3) is one location.
        const seen = locations.some((l) => l.file === extra.file && l.start < extra.end && extra.start < l.end);
        if (!seen)
            locations.push(extra);
    }
    return {
        package: {
            name,
            path: dir,
            manifest: file,
            backend: m.backend,
            locations,
            tagDerived,
            pins: [],
            requirements: readRequirements(files, file, doc),
            tagFormat,
        },
    };
}
// A legacy project with setup.cfg (and setup.py) but no pyproject.toml.
function readSetupCfgPackage(files, dir, tagFormat, explicit) {
    const cfg = joinRel(dir, 'setup.cfg');
    if (!files.isFile(cfg)) {
        if (explicit) {
            throw new errors_ConfigurationError(`[tool.otai-release] packages lists "${dir}", which has no pyproject.toml or setup.cfg.`, {
                file: 'pyproject.toml',
            });
        }
        return { skipped: { file: joinRel(dir, 'pyproject.toml'), reason: 'no pyproject.toml' } };
    }
    const text = files.text(cfg);
    const name = iniValue(text, 'metadata', 'name')?.value;
    if (!name)
        return { skipped: { file: cfg, reason: 'setup.cfg without [metadata] name' } };
    const m = { dir, file: cfg, doc: {}, name, requires: [] };
    const source = dynamicVersionSource(files, m);
    const locations = 'location' in source ? [source.location] : [];
    return {
        package: {
            name,
            path: dir,
            manifest: cfg,
            locations,
            tagDerived: 'tag' in source ? source.tag : undefined,
            pins: [],
            requirements: [],
            tagFormat,
        },
    };
}
/** The canonical names of a set of packages. */
function packageNames(packages) {
    return new Set(packages.map((p) => canonicalizeName(p.name)));
}

;// CONCATENATED MODULE: ./packages/core/src/pyproject/repository.ts
/** Reading a whole repository: configuration, packages in release order, internal pins. Never touches the network. */










/** Reads the repository at `root`. Errors (ConfigurationError) name the file and position at fault. */
function readRepository(root, options = {}) {
    if (!(0,external_node_fs_namespaceObject.existsSync)(root) || !(0,external_node_fs_namespaceObject.statSync)(root).isDirectory()) {
        throw new errors_ConfigurationError(`The path '${root}' is not a directory; point path at the repository root.`);
    }
    const files = new RepoFiles(root);
    const config = loadConfig(files);
    const policy = options.policy ?? config.policy;
    if (options.tagFormat)
        validateTagFormat(options.tagFormat, { key: 'tag-format input' });
    // Independent packages need distinct tags; without a configured format, name them.
    const globalFormat = options.tagFormat ??
        (policy === 'independent' && !config.tagFormatSet ? '{name}-v{version}' : config.tagFormat);
    const packages = [];
    const skipped = [];
    if (config.packages) {
        for (const entry of config.packages) {
            const result = readPackage(files, joinRel(entry.path), entry.tagFormat ?? globalFormat, true);
            if ('package' in result) {
                for (const setting of entry.versionFiles) {
                    const location = configuredLocation(files, setting, config.file ?? 'pyproject.toml');
                    if (!overlaps(result.package.locations, location))
                        result.package.locations.push(location);
                }
                packages.push(result.package);
            }
        }
    }
    else {
        const found = discoverPackageDirs(root, config.exclude);
        skipped.push(...found.skipped);
        for (const dir of found.dirs) {
            const result = readPackage(files, dir, globalFormat, false);
            if ('package' in result)
                packages.push(result.package);
            else
                skipped.push(result.skipped);
        }
    }
    if (packages.length === 0) {
        throw new errors_ConfigurationError(`No publishable Python package found under '${root}' (no pyproject.toml with a [project] name${skipped.length
            ? `; skipped: ${skipped.map((s) => `${'file' in s ? s.file : s.path} (${s.reason})`).join(', ')}`
            : ''}). Point path at the repository, or list packages in [tool.otai-release] packages.`);
    }
    checkDuplicates(packages);
    const names = packageNames(packages);
    for (const pkg of packages)
        pkg.pins = internalPins(pkg.requirements, names);
    if (policy === 'independent')
        checkDistinctTags(packages);
    const versionFiles = config.versionFiles
        .map((s) => configuredLocation(files, s, config.file ?? 'pyproject.toml'))
        .filter((l) => !packages.some((p) => overlaps(p.locations, l)));
    if (policy === 'independent' && versionFiles.length > 0) {
        throw new errors_ConfigurationError('version-files at the top of [tool.otai-release] carry one shared version, which the independent policy does not have; move them into the packages entry they belong to.', { file: config.file });
    }
    return { root, config, policy, packages, versionFiles, skipped, files };
}
// A version-files entry found anyway (a VERSION file) is one location, not two edits of the same bytes.
function overlaps(known, l) {
    return known.some((k) => k.file === l.file && k.start < l.end && l.start < k.end);
}
function checkDuplicates(packages) {
    const seen = new Map();
    for (const pkg of packages) {
        const key = canonicalizeName(pkg.name);
        const other = seen.get(key);
        if (other) {
            throw new errors_ConfigurationError(`Two packages are named '${pkg.name}': ${other.manifest} and ${pkg.manifest}. Rename one, or exclude one in [tool.otai-release] exclude.`, { file: pkg.manifest });
        }
        seen.set(key, pkg);
    }
}
function checkDistinctTags(packages) {
    const byTag = new Map();
    for (const pkg of packages) {
        const probe = pkg.tagFormat.replaceAll('{name}', pkg.name);
        const other = byTag.get(probe);
        if (other) {
            throw new errors_ConfigurationError(`With the independent policy every package needs its own tag format, but ${other.name} and ${pkg.name} both use "${pkg.tagFormat}"; ` +
                'give each a tag-format in [tool.otai-release] packages, or use "{name}-v{version}".', { file: pkg.manifest });
        }
        byTag.set(probe, pkg);
    }
}

;// CONCATENATED MODULE: ./packages/core/src/pyproject/index.ts
/** Reading Python repositories: configuration, discovery, version locations, tag formats. */






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
    }
    else if (normal !== l.raw) {
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
    const text = versionFromTag(pkg.tagFormat, tag, pkg.name);
    return text === undefined ? undefined : tryParseVersion(text) ? normalizeVersion(text) : undefined;
}
/** Checks the repository's versions for a release; never touches the network. */
function checkConsistency(repo, options = {}) {
    const findings = [];
    const normals = new Map();
    for (const pkg of repo.packages) {
        for (const l of pkg.locations)
            normals.set(l, checkLocation(l, pkg.name, findings));
    }
    for (const l of repo.versionFiles)
        normals.set(l, checkLocation(l, '', findings));
    // The tag, parsed against each package's format: in independent mode it selects its package.
    const { tag } = options;
    let tagVersion;
    let selected;
    if (tag !== undefined) {
        const matching = repo.packages.filter((p) => versionFromTag(p.tagFormat, tag, p.name) !== undefined);
        if (matching.length === 0) {
            const formats = [...new Set(repo.packages.map((p) => renderTag(p.tagFormat, '{version}', p.name)))];
            findings.push({
                level: 'error',
                code: 'tag-format-mismatch',
                message: `The tag "${tag}" does not match the tag format${formats.length > 1 ? 's' : ''} ${formats.map((f) => `"${f}"`).join(', ')}; tag the release as "${renderTag(repo.packages[0].tagFormat, '1.2.3', repo.packages[0].name)}" or set tag-format in [tool.otai-release].`,
                file: repo.config.file,
            });
        }
        else {
            // `{name}-{version}`: the tag `pkg-extra-1.0` also fits `pkg` (as "extra-1.0"); prefer a valid version.
            selected = matching.find((p) => tagVersionOf(p, tag) !== undefined) ?? matching[0];
            const raw = versionFromTag(selected.tagFormat, tag, selected.name);
            tagVersion = tagVersionOf(selected, tag);
            if (tagVersion === undefined) {
                findings.push({
                    level: 'error',
                    code: 'tag-format-mismatch',
                    message: `The tag "${tag}" carries "${raw}", which is not a valid PEP 440 version; tag e.g. "${renderTag(selected.tagFormat, '1.2.3', selected.name)}".`,
                });
            }
        }
    }
    const sourceVersion = (pkg) => {
        const source = pkg.locations.find((l) => l.source) ?? pkg.locations[0];
        return source ? normals.get(source) : undefined;
    };
    const lockstep = repo.policy === 'lockstep';
    const declared = repo.packages.map(sourceVersion).filter((v) => v !== undefined);
    const lockstepVersion = lockstep ? (tagVersion ?? majority(declared)) : undefined;
    const reports = [];
    const versionOf = new Map();
    for (const pkg of repo.packages) {
        const isTagged = !lockstep && selected === pkg;
        const expected = lockstep
            ? lockstepVersion
            : isTagged
                ? (tagVersion ?? sourceVersion(pkg))
                : sourceVersion(pkg);
        const version = pkg.tagDerived
            ? lockstep
                ? lockstepVersion
                : isTagged
                    ? tagVersion
                    : undefined
            : expected;
        versionOf.set(canonicalizeName(pkg.name), version);
        const why = tagVersion !== undefined && (lockstep || isTagged)
            ? `the tag "${tag}" gives`
            : lockstep && repo.packages.length > 1
                ? 'the other packages have'
                : undefined;
        for (const l of pkg.locations) {
            const normal = normals.get(l);
            if (normal === undefined || expected === undefined || normal === expected)
                continue;
            const reason = why ??
                `the build version from ${pkg.locations.find((x) => x.source)?.label ?? pkg.locations[0].label} is`;
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
        if (pkg.tagDerived && version === undefined) {
            findings.push({
                level: 'notice',
                code: 'version-unknown',
                package: pkg.name,
                message: `${pkg.name}: the version comes from the git tag (${pkg.tagDerived.tool}) and no tag matching "${pkg.tagFormat}" was given, so it cannot be checked; pass --tag or run on a tag push.`,
                file: pkg.tagDerived.file,
                line: pkg.tagDerived.line,
            });
        }
        reports.push({
            name: pkg.name,
            path: pkg.path,
            manifest: pkg.manifest,
            version,
            tag: version === undefined ? undefined : renderTag(pkg.tagFormat, version, pkg.name),
            tagFormat: pkg.tagFormat,
            fromTag: pkg.tagDerived?.tool,
            isPrerelease: version !== undefined && isPrerelease(version),
            locations: pkg.locations.map((l) => ({
                label: l.label,
                file: l.file,
                line: l.line,
                raw: l.raw,
                normalized: normals.get(l),
                source: l.source,
            })),
            index: { state: 'not-checked' },
        });
    }
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
    checkPins(repo, versionOf, findings);
    const release = lockstep
        ? { version: lockstepVersion }
        : { version: selected ? versionOf.get(canonicalizeName(selected.name)) : undefined };
    const releaseTag = tag ?? (release.version && repo.packages.length ? reports[0].tag : undefined);
    return {
        policy: repo.policy,
        version: release.version,
        tag: release.version === undefined ? undefined : releaseTag,
        isPrerelease: release.version !== undefined && isPrerelease(release.version),
        packages: reports,
        selected: lockstep ? undefined : selected?.name,
        findings,
    };
}
function checkPins(repo, versionOf, findings) {
    for (const pkg of repo.packages) {
        for (const pin of pkg.pins) {
            const target = versionOf.get(canonicalizeName(pin.name));
            if (!pin.specifier || target === undefined)
                continue;
            const spec = tryParseSpecifierSet(pin.specifier);
            if (!spec) {
                findings.push({
                    level: 'error',
                    code: 'invalid-pin',
                    package: pkg.name,
                    message: `${pkg.name}: the requirement "${pin.raw}" (${pin.label}) has an invalid version specifier "${pin.specifier}"; write e.g. "${pin.name}==${target}".`,
                    ...where(pin),
                });
                continue;
            }
            if (!specifierSetContains(spec, target)) {
                findings.push({
                    level: 'error',
                    code: 'pin-excludes-version',
                    package: pkg.name,
                    message: `${pkg.name}: "${pin.raw}" (${pin.label}) does not admit ${target}, the version of ${pin.name} in this release; change "${pin.specifier}" to e.g. "==${target}" or widen the range.`,
                    ...where(pin),
                });
            }
        }
    }
}

;// CONCATENATED MODULE: ./packages/core/src/http/error.ts
/**
 * The one error an HTTP exchange ends with when it did not get a usable answer: no connection, a
 * timeout, a server that kept failing (429/5xx) after the retries, or a body that could not be read.
 * Callers decide whether that is fatal (a required check) or only worth a warning (best effort).
 */
/** A failed HTTP exchange; the message names the method, URL, what happened and the attempt count. */
class HttpError extends Error {
    url;
    method;
    kind;
    attempts;
    status;
    statusText;
    body;
    constructor(message, details) {
        super(message, details.cause === undefined ? undefined : { cause: details.cause });
        this.name = 'HttpError';
        this.url = details.url;
        this.method = details.method;
        this.kind = details.kind;
        this.attempts = details.attempts;
        this.status = details.status;
        this.statusText = details.statusText;
        this.body = details.body;
    }
}
/** True when `error` is an HttpError. */
function isHttpError(error) {
    return error instanceof HttpError;
}
/** The URL without user:password, so a credential embedded in an index URL never reaches a log line. */
function displayUrl(url) {
    try {
        const parsed = new URL(String(url));
        if (!parsed.username && !parsed.password)
            return parsed.href;
        parsed.username = '';
        parsed.password = '';
        return parsed.href;
    }
    catch {
        return String(url);
    }
}
/** `(1 attempt)` / `(3 attempts)`. */
function attemptsText(attempts) {
    return `(${attempts} ${attempts === 1 ? 'attempt' : 'attempts'})`;
}
/** `30 s`, `0.25 s`: durations as people read them in a log. */
function secondsText(ms) {
    return `${Number((ms / 1000).toFixed(3))} s`;
}

;// CONCATENATED MODULE: ./packages/core/src/http/retry.ts
/**
 * When to try an HTTP request again and how long to wait first. Pure functions, so the policy can be
 * tested without a server and the client stays about moving bytes.
 */
// RFC 9110 §9.2.2: repeating these cannot change the outcome, so a retry after a lost answer is safe.
const IDEMPOTENT_METHODS = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE', 'TRACE']);
/** True for methods that may be sent twice without harm (RFC 9110 idempotent methods). */
function isIdempotent(method) {
    return IDEMPOTENT_METHODS.has(method.toUpperCase());
}
/** True for statuses that say "not now" rather than "never": 429 and every 5xx. */
function isRetryableStatus(status) {
    return status === 429 || (status >= 500 && status <= 599);
}
/**
 * The wait a `Retry-After` header asks for, in milliseconds (RFC 9110 §10.2.3: delay-seconds or an
 * HTTP-date), or undefined when the header is absent or unreadable. A date in the past means 0.
 */
function parseRetryAfter(value, now = Date.now()) {
    if (value === null || value === undefined)
        return undefined;
    const text = value.trim();
    if (/^\d+$/.test(text))
        return Number(text) * 1000;
    // Date.parse is lenient ('-5' is a year); an HTTP-date always spells out the day and month.
    if (!/[a-z]/i.test(text))
        return undefined;
    const date = Date.parse(text);
    if (Number.isNaN(date))
        return undefined;
    return Math.max(0, date - now);
}
/**
 * Exponential backoff before attempt `attempt + 1` (attempt counts from 1): base, 2×base, 4×base, …,
 * never above `max`. No jitter: a release job is one client, not a herd, and fixed delays keep logs
 * and tests predictable.
 */
function backoffDelay(attempt, baseMs, maxMs) {
    return Math.min(maxMs, baseMs * 2 ** Math.max(0, attempt - 1));
}

;// CONCATENATED MODULE: ./packages/core/src/http/client.ts


/** A received response with its body already read (bodies are read inside the attempt; see request()). */
class HttpResponse {
    method;
    status;
    statusText;
    headers;
    url;
    bytes;
    attempts;
    constructor(method, status, statusText, headers, 
    /** The final URL, after any redirects. */
    url, bytes, 
    /** How many attempts it took to get this response. */
    attempts) {
        this.method = method;
        this.status = status;
        this.statusText = statusText;
        this.headers = headers;
        this.url = url;
        this.bytes = bytes;
        this.attempts = attempts;
    }
    /** True for 2xx. */
    get ok() {
        return this.status >= 200 && this.status <= 299;
    }
    /** The body decoded as UTF-8. */
    async text() {
        return new TextDecoder().decode(this.bytes);
    }
    /** The body parsed as JSON; an unparsable body is an HttpError of kind 'body'. */
    async json() {
        const text = await this.text();
        try {
            return JSON.parse(text);
        }
        catch (cause) {
            throw new HttpError(`${this.method} ${displayUrl(this.url)} answered ${this.status} with a body that is not JSON: ${snippet(text, 120)}`, {
                url: this.url,
                method: this.method,
                kind: 'body',
                attempts: this.attempts,
                status: this.status,
                statusText: this.statusText,
                body: snippet(text),
                cause,
            });
        }
    }
}
const defaultSleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/** HTTP with timeouts, retries and readable failures; see HttpClientOptions for the knobs. */
class HttpClient {
    timeoutMs;
    retries;
    backoffMs;
    maxBackoffMs;
    maxRetryAfterMs;
    userAgent;
    fetchFn;
    sleep;
    logger;
    constructor(options = {}) {
        this.timeoutMs = options.timeoutMs ?? 30_000;
        this.retries = Math.max(0, options.retries ?? 3);
        this.backoffMs = options.backoffMs ?? 500;
        this.maxBackoffMs = options.maxBackoffMs ?? 10_000;
        this.maxRetryAfterMs = options.maxRetryAfterMs ?? 60_000;
        this.userAgent = options.userAgent ?? `otai-release node/${process.versions.node}`;
        this.fetchFn = options.fetch ?? globalThis.fetch;
        this.sleep = options.sleep ?? defaultSleep;
        this.logger = options.logger;
    }
    /**
     * Sends a request and returns the response for any status except the retryable ones (429, 5xx),
     * which are retried and, when they persist, thrown as HttpError like network errors and timeouts.
     * Only idempotent methods are retried unless `retry: true`. The body is read within the attempt, so
     * a server that stalls mid-body times out and is retried like one that never answered; this suits
     * API answers and upload responses, which are small.
     */
    async request(url, init = {}) {
        const method = (init.method ?? 'GET').toUpperCase();
        const timeoutMs = init.timeoutMs ?? this.timeoutMs;
        // A one-shot stream cannot be sent twice; a body factory can.
        const replayable = typeof init.body === 'function' || !isStream(init.body);
        const retryAllowed = (init.retry ?? isIdempotent(method)) && replayable;
        const maxAttempts = retryAllowed ? this.retries + 1 : 1;
        const headers = new Headers(init.headers);
        if (!headers.has('user-agent'))
            headers.set('user-agent', this.userAgent);
        const href = moveCredentialsToHeader(new URL(String(url)), headers);
        for (let attempt = 1;; attempt++) {
            const outcome = await this.attempt(href, method, headers, init, timeoutMs, attempt);
            let retryAfterMs;
            let what;
            if ('response' in outcome) {
                const { response } = outcome;
                if (!isRetryableStatus(response.status))
                    return response;
                what = `answered ${statusLine(response)}`;
                if (attempt >= maxAttempts) {
                    const body = snippet(await response.text());
                    throw new HttpError(`${method} ${displayUrl(href)} ${what} ${attemptsText(attempt)}`, {
                        url: href,
                        method,
                        kind: 'status',
                        attempts: attempt,
                        status: response.status,
                        statusText: response.statusText,
                        body: body || undefined,
                    });
                }
                const asked = parseRetryAfter(response.headers.get('retry-after'));
                if (asked !== undefined)
                    retryAfterMs = Math.min(asked, this.maxRetryAfterMs);
            }
            else {
                what = outcome.detail;
                if (attempt >= maxAttempts) {
                    throw new HttpError(`${method} ${displayUrl(href)} ${what} ${attemptsText(attempt)}`, {
                        url: href,
                        method,
                        kind: outcome.failure,
                        attempts: attempt,
                        cause: outcome.cause,
                    });
                }
            }
            const delay = retryAfterMs ?? backoffDelay(attempt, this.backoffMs, this.maxBackoffMs);
            this.logger?.info(`${method} ${displayUrl(href)} ${what}; retrying in ${secondsText(delay)} (attempt ${attempt + 1} of ${maxAttempts})`);
            await this.sleep(delay);
        }
    }
    /** GET a JSON document: 2xx gives the parsed body, 404 gives no body, anything else throws HttpError. */
    async getJson(url, options = {}) {
        const headers = new Headers(options.headers);
        headers.set('accept', options.accept ?? 'application/json');
        const response = await this.request(url, { headers, timeoutMs: options.timeoutMs });
        if (response.status === 404)
            return { status: 404, response };
        if (!response.ok) {
            throw await statusError(response);
        }
        if (response.status === 204 || response.bytes.length === 0)
            return { status: response.status, response };
        return { status: response.status, body: await response.json(), response };
    }
    async attempt(href, method, headers, init, timeoutMs, attempt) {
        const body = typeof init.body === 'function' ? init.body() : init.body;
        const started = Date.now();
        try {
            const response = await this.fetchFn(href, {
                method,
                headers,
                body,
                redirect: init.redirect ?? 'follow',
                signal: AbortSignal.timeout(timeoutMs),
                // undici requires this for streamed request bodies.
                ...(isStream(body) ? { duplex: 'half' } : {}),
            });
            const bytes = new Uint8Array(await response.arrayBuffer());
            const result = new HttpResponse(method, response.status, response.statusText, response.headers, response.url || href, bytes, attempt);
            this.logger?.debug(`${method} ${displayUrl(href)} → ${statusLine(result)} in ${Date.now() - started} ms`);
            return { response: result };
        }
        catch (error) {
            if (isTimeout(error)) {
                return { failure: 'timeout', cause: error, detail: `timed out after ${secondsText(timeoutMs)}` };
            }
            if (isNetworkError(error)) {
                return { failure: 'network', cause: error, detail: `failed: ${networkDetail(error)}` };
            }
            throw error;
        }
    }
}
// Index URLs like https://user:token@host/simple/ are common in pip configuration, but fetch refuses
// URLs with credentials (and would echo them in its error). Send them as Basic auth, as pip and curl
// do; undici drops the header on a cross-origin redirect.
function moveCredentialsToHeader(url, headers) {
    if (!url.username && !url.password)
        return url.href;
    const user = decodeURIComponent(url.username);
    const password = decodeURIComponent(url.password);
    if (!headers.has('authorization')) {
        headers.set('authorization', `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`);
    }
    url.username = '';
    url.password = '';
    return url.href;
}
/** `503 Service Unavailable`, or just the code when the server sent no reason phrase. */
function statusLine(response) {
    return response.statusText ? `${response.status} ${response.statusText}` : String(response.status);
}
function snippet(text, max = 1000) {
    const trimmed = text.trim();
    return trimmed.length > max ? `${trimmed.slice(0, max)}…` : trimmed;
}
// Type checks go by tag and name, not instanceof: errors from fetch and bodies built by callers may come
// from another realm (jest's vm contexts), where instanceof fails.
const REPLAYABLE_BODY_TAGS = new Set([
    'Blob',
    'File',
    'FormData',
    'URLSearchParams',
    'ArrayBuffer',
    'SharedArrayBuffer',
]);
function isStream(body) {
    if (body === null || body === undefined || typeof body !== 'object')
        return false;
    if (ArrayBuffer.isView(body))
        return false;
    return !REPLAYABLE_BODY_TAGS.has(Object.prototype.toString.call(body).slice(8, -1));
}
function isTimeout(error) {
    return error?.name === 'TimeoutError';
}
// undici reports connection failures as TypeError('fetch failed') and a body cut short as
// TypeError('terminated'), each with the socket error as cause. Other TypeErrors (bad URL, bad header)
// are our bugs and must not be retried.
function isNetworkError(error) {
    const { name, message } = (error ?? {});
    return name === 'TypeError' && (message === 'fetch failed' || message === 'terminated');
}
function networkDetail(error) {
    const cause = error.cause;
    if (cause?.message)
        return cause.message;
    if (cause?.code)
        return cause.code;
    return error.message;
}
/** The HttpError for an answer whose status the caller cannot use (after retries), quoting its body. */
async function statusError(response) {
    return new HttpError(`${response.method} ${displayUrl(response.url)} answered ${statusLine(response)} ${attemptsText(response.attempts)}`, {
        url: response.url,
        method: response.method,
        kind: 'status',
        attempts: response.attempts,
        status: response.status,
        statusText: response.statusText,
        body: snippet(await response.text()) || undefined,
    });
}

;// CONCATENATED MODULE: ./packages/core/src/http/index.ts
/** The shared HTTP client: fetch with timeouts, retries and readable errors. */




;// CONCATENATED MODULE: ./packages/core/src/index/endpoints.ts
/**
 * Where an index lives: the URLs for reading (JSON API, simple API), for uploading, and for people.
 * One setting (`pypi` | `testpypi` | a URL) is turned into all of them here, so no other module builds
 * index URLs by hand.
 */



/** The Basic Authorization header for an index's URL credentials, or undefined when it has none. */
function authorizationHeader(endpoints) {
    const { credentials } = endpoints;
    if (!credentials)
        return undefined;
    return `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64')}`;
}
// The hosts of the two public Warehouse instances (versions.md §4.5, pypi-publish.md §3.1).
const PYPI = {
    name: 'pypi',
    web: 'https://pypi.org/',
    upload: 'https://upload.pypi.org/legacy/',
};
const TESTPYPI = {
    name: 'testpypi',
    web: 'https://test.pypi.org/',
    upload: 'https://test.pypi.org/legacy/',
};
const KNOWN_HOSTS = {
    'pypi.org': PYPI,
    'www.pypi.org': PYPI,
    'upload.pypi.org': PYPI,
    'test.pypi.org': TESTPYPI,
};
const ACCEPTED_FORMS = 'write `pypi`, `testpypi`, or the http(s) URL of the index: its base (`https://test.pypi.org/`), ' +
    'its simple URL (`https://host/simple/`) or its upload URL (`https://host/legacy/`)';
/**
 * Resolves an index setting to its endpoints.
 *
 * - `pypi` / `testpypi` (any case) name the public instances; so does any URL on pypi.org,
 *   upload.pypi.org or test.pypi.org, whatever its path.
 * - Any other http(s) URL is read by how its path ends:
 *   - `…/simple/` or `…/simple` is the simple URL; the base is the URL minus `simple/`.
 *   - `…/legacy/` or `…/legacy` is the upload URL; the base is the URL minus `legacy/`.
 *   - `…/+simple/` (devpi) is the simple URL; the base is the URL minus `+simple/`, with no JSON API.
 *   - anything else is the base itself (a trailing `/` is added).
 *   From the base: simple = base + `simple/`, JSON API = base + `pypi/`, upload = base + `legacy/`
 *   (Warehouse's layout). Whether a JSON API really answers there is found out by asking it.
 *
 * Throws ConfigurationError naming the accepted forms for anything else (other schemes, query strings,
 * text that is no URL). User:password in the URL moves to `credentials`.
 */
function resolveIndex(spec) {
    const text = spec.trim();
    const keyword = text.toLowerCase();
    if (keyword === 'pypi')
        return warehouseEndpoints(PYPI);
    if (keyword === 'testpypi')
        return warehouseEndpoints(TESTPYPI);
    let url;
    try {
        url = new URL(text);
    }
    catch {
        throw new errors_ConfigurationError(`Index ${JSON.stringify(spec)} is neither a known index name nor a URL: ${ACCEPTED_FORMS}.`);
    }
    const shown = displayUrl(url);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        throw new errors_ConfigurationError(`Index URL ${shown} uses ${url.protocol}; ${ACCEPTED_FORMS}.`);
    }
    if (url.search || url.hash) {
        throw new errors_ConfigurationError(`Index URL ${shown} has a query or fragment, which no index needs: ${ACCEPTED_FORMS}.`);
    }
    const known = KNOWN_HOSTS[url.hostname.toLowerCase()];
    if (known && !url.port && url.protocol === 'https:')
        return warehouseEndpoints(known);
    const credentials = url.username || url.password
        ? { username: decodeURIComponent(url.username), password: decodeURIComponent(url.password) }
        : undefined;
    const path = url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`;
    const origin = `${url.protocol}//${url.host}`;
    const name = url.host;
    let basePath;
    let jsonApi = true;
    let simplePath;
    if (path.endsWith('/+simple/')) {
        basePath = path.slice(0, -'+simple/'.length);
        simplePath = path;
        jsonApi = false;
    }
    else if (path.endsWith('/simple/')) {
        basePath = path.slice(0, -'simple/'.length);
    }
    else if (path.endsWith('/legacy/')) {
        basePath = path.slice(0, -'legacy/'.length);
    }
    else {
        basePath = path;
    }
    const base = `${origin}${basePath}`;
    const simpleUrl = simplePath ? `${origin}${simplePath}` : `${base}simple/`;
    return {
        name,
        jsonApiBase: jsonApi ? `${base}pypi/` : undefined,
        simpleUrl,
        uploadUrl: jsonApi ? `${base}legacy/` : base,
        projectUrl: (project) => `${simpleUrl}${canonicalizeName(project)}/`,
        ...(credentials ? { credentials } : {}),
    };
}
function warehouseEndpoints(host) {
    return {
        name: host.name,
        jsonApiBase: `${host.web}pypi/`,
        simpleUrl: `${host.web}simple/`,
        uploadUrl: host.upload,
        projectUrl: (project, version) => `${host.web}project/${canonicalizeName(project)}/${version ? `${encodeURIComponent(version)}/` : ''}`,
    };
}

;// CONCATENATED MODULE: ./packages/core/src/index/filenames.ts
/**
 * Reading project and version back out of distribution file names, for indexes that only list files
 * (pypiserver, devpi: PEP 503 HTML, no JSON API) and for comparing what we built with what is there.
 */


const SDIST_EXTENSIONS = ['.tar.gz', '.zip'];
/**
 * Splits a wheel (`{name}-{ver}(-{build})?-{py}-{abi}-{plat}.whl`, PEP 427) or sdist
 * (`{name}-{ver}.tar.gz` / `.zip`) file name; undefined for anything else. Old sdists may have `-` in
 * the name (`open-ticket-ai-1.0.tar.gz`): given `project`, the split that reproduces the project's
 * name wins, otherwise the last `-` separates name and version, as packaging does.
 */
function parseDistFilename(filename, project) {
    const lower = filename.toLowerCase();
    if (lower.endsWith('.whl')) {
        const parts = filename.slice(0, -'.whl'.length).split('-');
        if (parts.length !== 5 && parts.length !== 6)
            return undefined;
        const [name, version] = parts;
        if (!name || !version)
            return undefined;
        return { filename, kind: 'wheel', name, version };
    }
    const extension = SDIST_EXTENSIONS.find((ext) => lower.endsWith(ext));
    if (!extension)
        return undefined;
    const stem = filename.slice(0, -extension.length);
    const dashes = [...stem.matchAll(/-/g)].map((m) => m.index);
    if (dashes.length === 0)
        return undefined;
    const wanted = project === undefined ? undefined : canonicalizeName(project);
    const split = (wanted !== undefined && dashes.find((i) => canonicalizeName(stem.slice(0, i)) === wanted)) ||
        dashes.at(-1);
    const name = stem.slice(0, split);
    const version = stem.slice(split + 1);
    if (!name || !version)
        return undefined;
    return { filename, kind: 'sdist', name, version };
}
/** True when `filename` is a distribution of `project` at `version` (names and versions canonicalised). */
function isFileOfRelease(filename, project, version) {
    const parsed = parseDistFilename(filename, project);
    return (parsed !== undefined &&
        canonicalizeName(parsed.name) === canonicalizeName(project) &&
        canonicalizeVersion(parsed.version) === canonicalizeVersion(version));
}
/**
 * A key under which two names of the same file compare equal (`Foo_Bar-1.0.0-py3-none-any.whl` and
 * `foo_bar-1.0-py3-none-any.whl`); a name that is no distribution file keys as itself.
 */
function distFileKey(filename, project) {
    const parsed = parseDistFilename(filename, project);
    if (!parsed)
        return filename;
    const lower = filename.toLowerCase();
    const rest = parsed.kind === 'wheel'
        ? lower.slice(parsed.name.length + parsed.version.length + 2)
        : SDIST_EXTENSIONS.find((ext) => lower.endsWith(ext));
    return `${parsed.kind}:${canonicalizeName(parsed.name)}:${canonicalizeVersion(parsed.version)}:${rest}`;
}
/** The sdist file name a build of `project` at `version` produces (`open_ticket_ai-1.0.0.tar.gz`). */
function sdistFilename(project, normalizedVersion) {
    return `${distFilenamePrefix(project)}-${normalizedVersion}.tar.gz`;
}

;// CONCATENATED MODULE: ./packages/core/src/index/latest.ts
/** Which release an index calls "latest", for indexes that only give us a list of versions. */

/**
 * Warehouse's rule (versions.md §4.1, latest_release_factory): not yanked before yanked, final before
 * pre-release, then the highest PEP 440 version. Versions that do not parse are ignored.
 */
function latestRelease(releases) {
    const rank = (r) => [r.yanked ? 1 : 0, isPrerelease(r.version) ? 1 : 0];
    let best;
    for (const release of releases) {
        if (!tryParseVersion(release.version))
            continue;
        if (!best) {
            best = release;
            continue;
        }
        const [by, bp] = rank(best);
        const [ry, rp] = rank(release);
        if (ry !== by ? ry < by : rp !== bp ? rp < bp : compareVersions(release.version, best.version) > 0) {
            best = release;
        }
    }
    return best?.version;
}

;// CONCATENATED MODULE: ./packages/core/src/index/simple.ts
/**
 * The simple repository API (PEP 503 HTML, PEP 691 JSON): every index speaks it, so it is the fallback
 * whenever there is no Warehouse JSON API. We ask for JSON and accept HTML, because pypiserver and
 * devpi serve only HTML (versions.md §4.2).
 */



/** PEP 691 JSON first; HTML (PEP 503) as a low-priority fallback. */
const SIMPLE_ACCEPT = 'application/vnd.pypi.simple.v1+json, text/html;q=0.1';
/**
 * GETs `{simpleUrl}{canonical-name}/`; undefined when the index answers 404 (no such project).
 * Other non-2xx answers and unreachable indexes throw HttpError.
 */
async function fetchSimpleProject(http, endpoints, project) {
    const headers = new Headers({ accept: SIMPLE_ACCEPT });
    const authorization = authorizationHeader(endpoints);
    if (authorization)
        headers.set('authorization', authorization);
    const response = await http.request(`${endpoints.simpleUrl}${canonicalizeName(project)}/`, { headers });
    if (response.status === 404)
        return undefined;
    if (!response.ok)
        throw await statusError(response);
    const contentType = (response.headers.get('content-type') ?? '').toLowerCase();
    if (/^application\/(vnd\.pypi\.simple\.(v1|latest)\+)?json\b/.test(contentType)) {
        return parseSimpleJson(await response.json(), response.url);
    }
    return { format: 'html', url: response.url, files: parseSimpleHtml(await response.text(), response.url) };
}
/** Reads a PEP 691 project document; file URLs are resolved against `pageUrl`. */
function parseSimpleJson(body, pageUrl) {
    const doc = (body ?? {});
    const files = [];
    for (const file of Array.isArray(doc.files) ? doc.files : []) {
        if (typeof file?.filename !== 'string')
            continue;
        files.push({
            filename: file.filename,
            url: resolveUrl(file.url ?? file.filename, pageUrl),
            yanked: file.yanked === undefined ? false : file.yanked,
            hashes: file.hashes ?? {},
            requiresPython: file['requires-python'] ?? undefined,
        });
    }
    return {
        format: 'json',
        url: pageUrl,
        name: doc.name,
        files,
        versions: Array.isArray(doc.versions) ? doc.versions.filter((v) => typeof v === 'string') : undefined,
    };
}
const ANCHOR = /<a\b([^>]*)>([\s\S]*?)<\/a\s*>/gi;
const ATTRIBUTE = /([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
/**
 * Reads the anchors of a PEP 503 project page: the anchor text is the file name, `href` the URL with
 * an optional `#sha256=…`, `data-yanked` (present, possibly empty) marks a yanked file (PEP 592).
 */
function parseSimpleHtml(html, pageUrl) {
    const files = [];
    for (const [, attributeText = '', inner = ''] of html.matchAll(ANCHOR)) {
        const attributes = new Map();
        for (const [, key = '', dq, sq, bare] of attributeText.matchAll(ATTRIBUTE)) {
            attributes.set(key.toLowerCase(), decodeEntities(dq ?? sq ?? bare ?? ''));
        }
        const filename = decodeEntities(inner.replace(/<[^>]*>/g, '')).trim();
        const href = attributes.get('href');
        if (!filename || href === undefined)
            continue;
        const url = resolveUrl(href, pageUrl);
        const hashes = {};
        const fragment = new URL(url).hash.slice(1);
        const [algorithm, digest] = fragment.split('=', 2);
        if (algorithm && digest)
            hashes[algorithm] = digest;
        const yanked = attributes.get('data-yanked');
        files.push({
            filename,
            url,
            yanked: yanked === undefined ? false : yanked || true,
            hashes,
            requiresPython: attributes.get('data-requires-python'),
        });
    }
    return files;
}
const NAMED_ENTITIES = {
    amp: '&',
    lt: '<',
    gt: '>',
    quot: '"',
    apos: "'",
    nbsp: '\u00a0',
};
function decodeEntities(text) {
    return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, entity) => {
        if (entity[0] === '#') {
            const code = entity[1] === 'x' || entity[1] === 'X'
                ? Number.parseInt(entity.slice(2), 16)
                : Number(entity.slice(1));
            return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
        }
        return NAMED_ENTITIES[entity.toLowerCase()] ?? whole;
    });
}
function resolveUrl(href, base) {
    try {
        return new URL(href, base).href;
    }
    catch {
        return href;
    }
}

;// CONCATENATED MODULE: ./packages/core/src/index/release-check.ts
/**
 * "Is this version already on the index?" — the check before an upload (versions.md §4.6): ask
 * Warehouse's JSON API, fall back to the simple API on indexes without one, and say which files are
 * there so a half-finished release can be completed instead of skipped.
 *
 * PyPI's JSON and simple answers are cached for up to 15 minutes (versions.md §4.1), and a CDN may
 * serve them for longer. So `released` and `partial` are reliable (files do not disappear), while
 * `version-free` and `new-project` may be stale right after an upload: an upload that then fails with
 * "File already exists" should be read as the same fact arriving late, not as a contradiction.
 */








/** The note for a release whose files were all deleted. */
const DELETED_FILES_NOTE = 'The release exists but has no files: they were deleted. PyPI refuses to accept a file name that was ' +
    'used before, even after deletion, so this version cannot be uploaded again; release a new version.';
/**
 * Checks `project` at `version` on the index (see ReleaseCheck). The name is canonicalised and the
 * version matched as PyPI does (canonical form, so `1.0` on the index is our `1.0.0`). An unreachable
 * index or a persistent 5xx throws HttpError; callers decide whether the check was required. An
 * invalid name or version throws ConfigurationError.
 */
async function checkRelease(http, endpoints, project, version, options = {}) {
    if (!isValidName(project)) {
        throw new errors_ConfigurationError(`${JSON.stringify(project)} is not a valid project name: use ASCII letters, digits, ".", "_" and "-", starting and ending with a letter or digit.`);
    }
    const normalized = normalizeVersion(version);
    const name = canonicalizeName(project);
    const release = { project, normalized, endpoints, expectedFiles: options.expectedFiles };
    if (endpoints.jsonApiBase) {
        const answer = await getWarehouseJson(http, endpoints, `${endpoints.jsonApiBase}${name}/${encodeURIComponent(normalized)}/json`);
        if ('found' in answer) {
            const files = (answer.found.urls ?? []).map((f) => f.filename).filter(isString);
            return classify(release, files, answer.found.info?.version);
        }
        if ('absent' in answer) {
            const projectAnswer = await getWarehouseJson(http, endpoints, `${endpoints.jsonApiBase}${name}/json`);
            if ('found' in projectAnswer) {
                // `releases` is deprecated but still sent; it catches a release the exact-string rule hid from
                // the release route (several old releases sharing one canonical form).
                const wanted = canonicalizeVersion(normalized);
                for (const [indexVersion, files] of Object.entries(projectAnswer.found.releases ?? {})) {
                    if (canonicalizeVersion(indexVersion) === wanted) {
                        return classify(release, files.map((f) => f.filename).filter(isString), indexVersion);
                    }
                }
                return { state: 'version-free', latest: projectAnswer.found.info?.version };
            }
        }
    }
    // No JSON API answered for this project (pypiserver, devpi, or a Warehouse project without any
    // visible release): the simple API's file list decides.
    const simple = await fetchSimpleProject(http, endpoints, project);
    if (!simple)
        return { state: 'new-project' };
    const files = simple.files
        .filter((f) => isFileOfRelease(f.filename, project, normalized))
        .map((f) => f.filename);
    const wanted = canonicalizeVersion(normalized);
    if (files.length > 0 || simple.versions?.some((v) => canonicalizeVersion(v) === wanted)) {
        return classify(release, files);
    }
    return { state: 'version-free', latest: latestFromSimple(simple, project) };
}
function classify(context, files, indexVersion) {
    const { project, normalized, endpoints, expectedFiles } = context;
    const url = endpoints.projectUrl(project, indexVersion ?? normalized);
    if (files.length === 0)
        return { state: 'released', files, url, note: DELETED_FILES_NOTE };
    let missing;
    if (expectedFiles) {
        const present = new Set(files.map((f) => distFileKey(f, project)));
        missing = expectedFiles.map(basename).filter((f) => !present.has(distFileKey(f, project)));
    }
    else {
        const kinds = new Set(files.map((f) => parseDistFilename(f, project)?.kind));
        missing = [];
        if (!kinds.has('sdist'))
            missing.push(sdistFilename(project, normalized));
        if (!kinds.has('wheel'))
            missing.push(`a wheel (\`${distFilenamePrefix(project)}-${normalized}-*.whl\`)`);
    }
    return missing.length > 0 ? { state: 'partial', files, missing, url } : { state: 'released', files, url };
}
async function getWarehouseJson(http, endpoints, url) {
    const headers = new Headers({ accept: 'application/json' });
    const authorization = authorizationHeader(endpoints);
    if (authorization)
        headers.set('authorization', authorization);
    const response = await http.request(url, { headers });
    if (response.status === 404)
        return { absent: true };
    // Not Warehouse: some servers answer unknown paths with an HTML page, a login redirect or 405.
    if (!response.ok || !/\bjson\b/i.test(response.headers.get('content-type') ?? ''))
        return { unusable: true };
    try {
        const body = await response.json();
        return body && typeof body === 'object' && body.info ? { found: body } : { unusable: true };
    }
    catch (error) {
        if (error instanceof HttpError)
            return { unusable: true };
        throw error;
    }
}
function latestFromSimple(simple, project) {
    const releases = new Map();
    for (const version of simple.versions ?? [])
        releases.set(canonicalizeVersion(version), { version, yanked: false });
    // Without PEP 700 `versions` (HTML pages), versions come from the file names; a release counts as
    // yanked only when every one of its files is.
    const yankedByVersion = new Map();
    for (const file of simple.files) {
        const parsed = parseDistFilename(file.filename, project);
        if (!parsed || canonicalizeName(parsed.name) !== canonicalizeName(project))
            continue;
        const key = canonicalizeVersion(parsed.version);
        yankedByVersion.set(key, (yankedByVersion.get(key) ?? true) && file.yanked !== false);
        if (!releases.has(key))
            releases.set(key, { version: parsed.version, yanked: false });
    }
    for (const [key, yanked] of yankedByVersion) {
        const release = releases.get(key);
        if (release)
            release.yanked = yanked;
    }
    return latestRelease([...releases.values()]);
}
function basename(path) {
    return path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
}
function isString(value) {
    return typeof value === 'string';
}

;// CONCATENATED MODULE: ./packages/core/src/index/index.ts
/** The read side of a PyPI-compatible index: where it lives, and what it already holds. */






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
            const answer = await checkRelease(http, endpoints, report.name, version);
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
            report.index = { state: 'unreachable', detail: errorMessage(error) };
            findings.push({
                level: options.strictness === 'required' ? 'error' : 'warning',
                code: 'index-unreachable',
                ...at,
                message: `Could not ask ${where} about ${report.name} ${version}: ${errorMessage(error)}${options.strictness === 'required'
                    ? '. Retry, or set index-check: best-effort to go on without this check.'
                    : ''}`,
            });
        }
    });
    return findings;
}

;// CONCATENATED MODULE: ./packages/core/src/consistency/validate.ts




/** The error count of a list of findings. */
function errorCount(findings) {
    return findings.filter((f) => f.level === 'error').length;
}
/** Reads, checks and (unless off) asks the index; logs every finding at its file and line. */
async function validateRelease(options, deps) {
    const { logger } = deps;
    const repository = await logger.group('Read the repository', async () => {
        const repo = readRepository(options.path, { policy: options.policy });
        for (const pkg of repo.packages) {
            logger.info(`${pkg.name} (${pkg.manifest}): ${pkg.tagDerived ? `version from the git tag (${pkg.tagDerived.tool})` : `${pkg.locations.length} version location(s)`}`);
        }
        for (const s of repo.skipped)
            logger.info(`skipped ${'file' in s ? s.file : s.path}: ${s.reason}`);
        return repo;
    });
    const result = await logger.group('Check versions, pins and tag', async () => checkConsistency(repository, { tag: options.tag }));
    const releasing = result.policy === 'independent'
        ? result.selected
            ? [result.selected]
            : repository.packages.map((p) => p.name)
        : repository.packages.map((p) => p.name);
    const spec = options.index ?? repository.config.index ?? 'pypi';
    let endpoints;
    const localErrors = errorCount(result.findings);
    if (spec !== 'none' && options.indexCheck !== 'off') {
        endpoints = resolveIndex(spec);
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
        ? `OK: ${result.version ? `version ${result.version}` : 'versions'} consistent across ${repository.packages.length} package(s).`
        : `${errors} problem(s) found (${localErrors} in the repository, ${errors - localErrors} on the index).`);
    return {
        ...result,
        ok: errors === 0,
        index: endpoints ? { name: endpoints.name, simpleUrl: endpoints.simpleUrl } : undefined,
        releasing,
        repository,
    };
}

;// CONCATENATED MODULE: ./packages/core/src/consistency/index.ts
/** Checking that a repository's versions, pins, tag and index state allow a release. */




;// CONCATENATED MODULE: ./packages/cli/src/logger.ts
/** The CLI's Logger: compiler-style `file:line: level: message` lines on stderr, groups as headings. */

const COLORS = { error: '\x1b[31m', warning: '\x1b[33m', notice: '\x1b[36m' };
/** A Logger for terminals and CI logs outside GitHub Actions. */
function consoleLogger(options) {
    const write = options.write ?? ((line) => process.stderr.write(`${line}\n`));
    const level = (name) => (options.color ? `${COLORS[name]}${name}\x1b[0m` : name);
    return {
        debug: (m) => options.debug && write(`debug: ${m}`),
        info: (m) => options.verbose && write(m),
        notice: (m, p) => write(`${formatPosition(p ?? {})}${level('notice')}: ${m}`),
        warning: (m, p) => write(`${formatPosition(p ?? {})}${level('warning')}: ${m}`),
        error: (m, p) => write(`${formatPosition(p ?? {})}${level('error')}: ${m}`),
        group: async (name, fn) => {
            if (options.verbose)
                write(`== ${name}`);
            return fn();
        },
    };
}

;// CONCATENATED MODULE: ./packages/cli/src/usage.ts
/** Usage errors (exit code 2) and the help text. */
/** A mistake in how the command was called: exit code 2 and the usage line. */
class UsageError extends Error {
    constructor(message) {
        super(message);
        this.name = 'UsageError';
    }
}
/** The top-level help. */
const HELP = `otai-release — release Python projects to PyPI, container registries and GitHub Releases, safely.

Usage: otai-release <command> [options]

Commands:
  check [PATH]     Check that versions, pins and tag agree and the version is free on the index.
                   --tag T          the tag being released (compared after PEP 440 normalisation)
                   --index I        pypi | testpypi | an index URL | none   (default: config, else pypi)
                   --index-check C  required | best-effort | off            (default: best-effort)
                   --policy P       lockstep | independent                  (default: config, else lockstep)
                   --allow-existing accept a version already (partly) on the index
                   --json           print the result as JSON on stdout
                   --quiet          print only problems
  version SPEC [PATH]
                   Set the version of every package: every version location, the pins between the
                   repository's own packages and the CHANGELOG; all files are written or none.
                   SPEC is a version (1.2.0, 1.2.0rc1, 1.2.0-rc.1) or a bump: major, minor, patch,
                   alpha, beta, rc, post, dev, release (1.0.0 rc → 1.0.1rc1 → rc → 1.0.1rc2 → release → 1.0.1)
                   --package P      independent policy: the package to change (name or path)
                   --commit         commit the changed files (refused with other changes in the tree)
                   --tag            create the annotated tag (refused when it exists)
                   --push           push the commit and tag to origin, atomically
                   --dry-run        print the unified diff and the tag; change nothing
                   --force          allow a version lower than or equal to the current one
                   --first-prerelease-number N   first a/b/rc/dev number (default: config, else 1)
                   --quiet          print only problems

Exit codes: 0 consistent (check) or done (version), 1 problems found or refused (a configuration
error), 2 usage error.
`;

;// CONCATENATED MODULE: ./packages/cli/src/commands/check.ts
/** `otai-release check`: the validate-versions action as a command. */





const CHOICES = {
    'index-check': ['required', 'best-effort', 'off'],
    policy: ['lockstep', 'independent'],
};
function choice(key, value) {
    if (value === undefined)
        return undefined;
    if (!CHOICES[key].includes(value)) {
        throw new UsageError(`--${key} ${value}: use one of ${CHOICES[key].join(', ')}.`);
    }
    return value;
}
/** Runs the command; returns the exit code. */
async function checkCommand(args, out) {
    const { values, positionals } = (0,external_node_util_namespaceObject.parseArgs)({
        args,
        allowPositionals: true,
        options: {
            tag: { type: 'string' },
            index: { type: 'string' },
            'index-check': { type: 'string' },
            policy: { type: 'string' },
            'allow-existing': { type: 'boolean', default: false },
            json: { type: 'boolean', default: false },
            quiet: { type: 'boolean', default: false },
        },
    });
    if (positionals.length > 1)
        throw new UsageError(`check takes one PATH, got ${positionals.length}: ${positionals.join(' ')}`);
    const logger = consoleLogger({ verbose: !values.json && !values.quiet, color: process.stderr.isTTY });
    const result = await validateRelease({
        path: positionals[0] ?? '.',
        tag: values.tag,
        index: values.index,
        indexCheck: choice('index-check', values['index-check']) ?? 'best-effort',
        policy: choice('policy', values.policy),
        allowExisting: values['allow-existing'],
    }, { logger, http: new HttpClient({ userAgent: 'otai-release-cli', timeoutMs: 15_000, retries: 2 }) });
    if (values.json) {
        const { repository: _repository, ...json } = result;
        out(`${JSON.stringify(json, null, 2)}\n`);
    }
    else if (!values.quiet) {
        for (const p of result.packages) {
            const index = p.index.state === 'not-checked' ? '' : `  [${p.index.state}]`;
            out(`${p.name} ${p.version ?? '(version from tag)'}  ${p.path}  tag ${p.tag ?? '-'}${index}\n`);
        }
    }
    return result.ok ? 0 : 1;
}

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
    read: (path) => (0,external_node_fs_namespaceObject.readFileSync)(path),
    write: (path, data, mode) => {
        (0,external_node_fs_namespaceObject.writeFileSync)(path, data, { flag: 'wx' });
        (0,external_node_fs_namespaceObject.chmodSync)(path, mode);
    },
    rename: (from, to) => (0,external_node_fs_namespaceObject.renameSync)(from, to),
    remove: (path) => (0,external_node_fs_namespaceObject.unlinkSync)(path),
    stat: (path) => {
        const realPath = (0,external_node_fs_namespaceObject.realpathSync)(path);
        return { realPath, mode: (0,external_node_fs_namespaceObject.statSync)(realPath).mode & 0o7777 };
    },
};
let counter = 0;
const tempPath = (path) => (0,external_node_path_namespaceObject.join)((0,external_node_path_namespaceObject.dirname)(path), `.${(0,external_node_path_namespaceObject.basename)(path)}.otai-release-${process.pid}-${++counter}.tmp`);
function prepare(root, edit, io) {
    let path;
    let mode;
    let before;
    try {
        ({ realPath: path, mode } = io.stat((0,external_node_path_namespaceObject.join)(root, edit.file)));
        before = io.read(path);
    }
    catch (error) {
        throw new errors_ConfigurationError(`${edit.file} changed since it was read: it can no longer be read (${errorMessage(error)}); nothing was written. Run again.`, { file: edit.file });
    }
    const current = before.toString('utf8');
    // Offsets are string indices of the UTF-8 text; a file that is not UTF-8 would not round-trip.
    if (!Buffer.from(current, 'utf8').equals(before)) {
        throw new errors_ConfigurationError(`${edit.file} is not valid UTF-8, so it cannot be rewritten byte for byte; nothing was written. Save it as UTF-8.`, { file: edit.file });
    }
    for (const r of edit.replacements) {
        if (current.slice(r.start, r.end) !== r.old) {
            throw new errors_ConfigurationError(`${edit.file} changed since it was read: expected ${JSON.stringify(r.old)} at line ${r.line} (${r.label}); nothing was written. Run again.`, { file: edit.file, line: r.line, column: r.column });
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
            failed.push(`${p.file} (${errorMessage(error)})`);
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

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
;// CONCATENATED MODULE: ./packages/core/src/versioning/git.ts
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
    (0,external_node_child_process_namespaceObject.execFile)('git', args, {
        cwd: options.cwd,
        env: { ...process.env, GIT_TERMINAL_PROMPT: '0', ...options.env },
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
    }, (error, stdout, stderr) => {
        const code = error?.code;
        if (code === 'ENOENT') {
            reject(new errors_ConfigurationError('git is not installed (or not on PATH); install git to commit, tag or push.'));
            return;
        }
        resolve({ code: error ? (typeof code === 'number' ? code : 1) : 0, stdout, stderr });
    });
});
/** The `AUTHORIZATION` header value for a token, as actions/checkout writes it (mask it before logging). */
function basicAuthHeader(token) {
    return `AUTHORIZATION: basic ${Buffer.from(`x-access-token:${token}`).toString('base64')}`;
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
            throw new errors_ConfigurationError(`${what} failed: ${(result.stderr || result.stdout).trim()}`);
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
            throw new errors_ConfigurationError(`${this.cwd} is not inside a git repository, so there is nothing to commit or tag; run git init, or drop commit/tag/push.`);
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
    const candidate = version_formatVersion(dropped ? { epoch: next.epoch, release } : { ...next, release });
    return specifierContains(parseSpecifier(`~=${candidate}`), next) ? candidate : version_formatVersion(next);
}
function wildcardVersion(next, prefix) {
    const segments = parseVersion(prefix).release.length;
    const release = next.release.slice(0, segments);
    while (release.length < segments)
        release.push(0);
    return `${epochPrefix(next)}${release.join('.')}.*`;
}
/**
 * The replacements that make `pin` (declared by package `owner` in `text`) admit `next`; none when it
 * already does. Throws ConfigurationError, naming the pin and its file:line, for an invalid specifier
 * and for an upper bound or exclusion that keeps out `next`.
 */
function pinReplacements(pin, owner, text, next) {
    const at = `${pin.file}:${pin.line}`;
    const where = { file: pin.file, line: pin.line, column: pin.column };
    if (pin.specifier.trim() === '')
        return [];
    const set = tryParseSpecifierSet(pin.specifier);
    if (!set) {
        throw new errors_ConfigurationError(`${owner}: the requirement "${pin.raw}" (${pin.label}, ${at}) has an invalid version specifier "${pin.specifier}"; fix it (e.g. "${pin.name}==${next}") and run again.`, where);
    }
    if (specifierSetContains(set, next))
        return [];
    if (text.slice(pin.start, pin.end) !== pin.specifier) {
        throw new Error(`pin span of ${at} does not hold "${pin.specifier}"`);
    }
    const nextVersion = parseVersion(next);
    const replacements = [];
    let offset = pin.start;
    for (const clause of pin.specifier.split(',')) {
        const clauseStart = offset;
        offset += clause.length + 1;
        const m = CLAUSE.exec(clause);
        if (!m || m[4] === '')
            continue;
        const [, lead, operator, gap, version] = m;
        if (specifierContains(parseSpecifier(clause), next))
            continue;
        const operatorStart = clauseStart + lead.length;
        const versionStart = operatorStart + operator.length + gap.length;
        const replace = (start, newText) => replacements.push({
            kind: 'pin',
            label: `${pin.raw} (${pin.label})`,
            package: owner,
            ...lineColumn(text, start),
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
                replace(versionStart, compatibleVersion(nextVersion, parseVersion(version).release.length));
                break;
            case '>':
                // `>1.4.0` → `>=1.5.0`: `>1.5.0` would exclude the very version being released.
                replace(operatorStart, `>=${gap}${next}`);
                break;
            default:
                throw new errors_ConfigurationError(`${owner}: the requirement "${pin.raw}" (${pin.label}, ${at}) excludes ${next} through "${clause.trim()}", ` +
                    `which set-version does not move; ${operator === '!='
                        ? `remove "${clause.trim()}"`
                        : `raise the upper bound (e.g. "<${nextVersion.release[0] + 1}")`} in ${at}, or set another version.`, where);
        }
    }
    const rewritten = applyReplacements(text, replacements).slice(pin.start, pin.end + replacements.reduce((n, r) => n + r.new.length - r.old.length, 0));
    if (!specifierSetContains(rewritten, next)) {
        throw new errors_ConfigurationError(`${owner}: the requirement "${pin.raw}" (${pin.label}, ${at}) cannot be rewritten to admit ${next} (it would read "${rewritten}"); change it by hand.`, where);
    }
    return replacements;
}

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
            ...lineColumn(text, heading.index),
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
            ...lineColumn(text, link.index),
            start: link.index,
            end: link.index + whole.length,
            old: whole,
            new: `${label}${base}${tag}${dots}${head}${trailing}${linkEol}[${version}]: ${base}${previous}${dots}${tag}`,
        });
    }
    return { replacements };
}

;// CONCATENATED MODULE: ./packages/core/src/versioning/plan.ts
/**
 * Planning a version change from what `readRepository` found — the same discovery `check` uses, so
 * every location check compares is a location this rewrites. The plan is pure: it computes the new
 * version and every byte that changes for it, and touches neither the disk nor git.
 */








const CHANGELOG = 'CHANGELOG.md';
const BUMPS = BUMP_SPECS.join(', ');
const at = (l) => `${l.file}:${l.line}`;
function selectPackages(repo, wanted) {
    if (repo.policy === 'lockstep') {
        if (wanted) {
            throw new errors_ConfigurationError(`package "${wanted}" was given, but the policy is lockstep: every package gets the one version. ` +
                'Leave package empty, or set policy = "independent" in [tool.otai-release].', { file: repo.config.file });
        }
        return repo.packages;
    }
    const names = repo.packages.map((p) => p.name);
    if (!wanted) {
        if (repo.packages.length === 1)
            return repo.packages;
        throw new errors_ConfigurationError(`The policy is independent and the repository has ${repo.packages.length} packages; say which one to change with package (one of ${listOf(names)}).`, { file: repo.config.file });
    }
    const key = canonicalizeName(wanted);
    const found = repo.packages.find((p) => canonicalizeName(p.name) === key || p.path === wanted.replace(/\/+$/, ''));
    if (!found) {
        const guess = nearest(key, names.map(canonicalizeName));
        throw new errors_ConfigurationError(`There is no package "${wanted}" in this repository${guess ? `; did you mean "${names.find((n) => canonicalizeName(n) === guess)}"?` : '.'} The packages are ${listOf(names)}.`);
    }
    return [found];
}
// The versions the changed packages are at now; invalid texts matter only to bumps.
function currentVersion(spec, locations, notices) {
    const valid = locations.filter((l) => tryParseVersion(l.raw));
    const invalid = locations.find((l) => !tryParseVersion(l.raw));
    const bump = isBumpSpec(spec);
    if (invalid && bump) {
        throw new errors_ConfigurationError(`Cannot bump "${spec}": ${invalid.label} in ${at(invalid)} is "${invalid.raw}", which is not a valid PEP 440 version. Set an explicit version instead (e.g. "1.2.3"); every location is rewritten to it.`, { file: invalid.file, line: invalid.line, column: invalid.column });
    }
    const versions = [...new Set(valid.map((l) => version_formatVersion(parseVersion(l.raw))))];
    if (versions.length > 1) {
        const list = valid.map((l) => `${at(l)} ${l.label} "${l.raw}"`).join('; ');
        if (bump) {
            throw new errors_ConfigurationError(`Cannot bump "${spec}": the version locations disagree (${list}). Set an explicit version instead; every location is rewritten to it.`, { file: valid[0].file, line: valid[0].line });
        }
        notices.push(`The version locations disagreed (${list}); all of them now read the new version.`);
    }
    return versions.sort(compareVersions).at(-1);
}
// Tag-derived packages: the highest version among the tags in their format.
function versionFromTags(packages, tags) {
    let best;
    for (const tag of tags) {
        for (const pkg of packages) {
            const text = versionFromTag(pkg.tagFormat, tag, pkg.name);
            const v = text === undefined ? undefined : tryParseVersion(text);
            if (!v || v.local?.length)
                continue;
            const normal = version_formatVersion(v);
            if (best === undefined || compareVersions(normal, best) > 0)
                best = normal;
        }
    }
    return best;
}
function nextVersion(spec, previous, options, notices, tagFormats) {
    if (isBumpSpec(spec)) {
        if (previous === undefined) {
            throw new errors_ConfigurationError(`Cannot bump "${spec}": the version comes from git tags and no tag matches ${tagFormats}. For the first release, set an explicit version such as "0.1.0".`);
        }
        return bumpVersion(previous, spec, { firstPrereleaseNumber: options.firstPrereleaseNumber });
    }
    let parsed;
    try {
        parsed = parseVersion(spec);
    }
    catch (error) {
        if (!(error instanceof errors_ConfigurationError))
            throw error;
        throw new errors_ConfigurationError(`${error.message}; or give a bump: one of ${BUMPS}.`);
    }
    const next = version_formatVersion(parsed);
    if (hasLocal(parsed)) {
        throw new errors_ConfigurationError(`"${spec}" has a local label ("+${next.split('+')[1]}"), which PyPI refuses; set a public version such as "${next.split('+')[0]}".`);
    }
    if (next !== spec)
        notices.push(`"${spec}" is written in its PEP 440 normal form "${next}".`);
    if (previous !== undefined && !options.force && compareVersions(next, previous) <= 0) {
        const how = compareVersions(next, previous) === 0 ? 'the same as' : 'lower than';
        throw new errors_ConfigurationError(`${next} is ${how} the current version ${previous}; a release must go forward. Set a higher version, bump one of ${BUMPS}, or force it (force: true / --force).`);
    }
    return next;
}
// A package's own current version: what its build backend reads, when that is a valid version.
function ownVersion(pkg) {
    const source = pkg.locations.find((l) => l.source) ?? pkg.locations[0];
    const v = source && tryParseVersion(source.raw);
    return v ? version_formatVersion(v) : undefined;
}
function locationReplacement(l, pkg, next) {
    // A leading v inside the span (a whole-file VERSION of `v1.2.3`) stays; hatch's pattern leaves it outside.
    const v = /^[vV]/.test(l.raw) ? l.raw[0] : '';
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
                throw new errors_ConfigurationError(`${file}:${r.line}: ${r.label} overlaps ${last.label} at line ${last.line}, so the file cannot be rewritten safely; remove one of the two from the configuration.`, { file, line: r.line });
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
        throw new errors_ConfigurationError(`No version given: write an explicit version such as "1.2.3" or "1.2.3rc1", or a bump: one of ${BUMPS}.`);
    }
    const notices = [];
    const changing = selectPackages(repo, options.package?.trim() || undefined);
    const lockstep = repo.policy === 'lockstep';
    const locations = [...changing.flatMap((p) => p.locations), ...(lockstep ? repo.versionFiles : [])];
    const formats = listOf([...new Set(changing.map((p) => p.tagFormat))]);
    const previous = locations.length > 0
        ? currentVersion(wanted, locations, notices)
        : versionFromTags(changing, options.tags ?? []);
    const first = options.firstPrereleaseNumber ?? repo.config.firstPrereleaseNumber ?? 1;
    const next = nextVersion(wanted, previous, { ...options, firstPrereleaseNumber: first }, notices, formats);
    const tagOf = (p) => renderTag(p.tagFormat, next, p.name);
    const byFile = new Map();
    const add = (file, r) => byFile.set(file, [...(byFile.get(file) ?? []), r]);
    for (const pkg of changing) {
        for (const l of pkg.locations)
            add(l.file, locationReplacement(l, pkg.name, next));
    }
    if (lockstep)
        for (const l of repo.versionFiles)
            add(l.file, locationReplacement(l, undefined, next));
    const changed = new Set(changing.map((p) => canonicalizeName(p.name)));
    for (const pkg of repo.packages) {
        for (const pin of pkg.pins) {
            if (!changed.has(canonicalizeName(pin.name)))
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
        previous: ownVersion(p) ?? previous,
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








function checkCombination(options) {
    if (options.push && !options.commit && !options.tag) {
        throw new errors_ConfigurationError('push needs something to push: set commit and/or tag too.');
    }
}
// Errors after writing that concern a changed package, or that were not there before, undo the write.
function newErrors(before, after, changed) {
    const key = (f) => `${f.code}|${f.file}|${f.line}`;
    const old = new Set(before.filter((f) => f.level === 'error').map(key));
    return after.filter((f) => f.level === 'error' &&
        (f.package === undefined || changed.has(canonicalizeName(f.package)) || !old.has(key(f))));
}
/** Sets the version; throws ConfigurationError (with nothing written) for every refusal. */
async function setVersion(options, deps) {
    const { logger } = deps;
    checkCombination(options);
    const git = new Git(options.path, deps.git, options.auth);
    const repo = readRepository(options.path);
    const usesTags = repo.packages.some((p) => p.tagDerived);
    const plan = await logger.group('Plan the version change', async () => {
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
    const changedFiles = plan.edits.map((e) => e.file);
    if (options.tag && !options.commit && changedFiles.length > 0) {
        throw new errors_ConfigurationError(`tag without commit would tag a commit whose files still say ${plan.previous ?? 'the old version'}; set commit too (or tag only when the version comes from the tag).`);
    }
    if (options.commit || options.tag) {
        await logger.group('Check git', async () => {
            await git.ensureRepository();
            const dirty = await git.changedFiles();
            if (dirty.length > 0) {
                throw new errors_ConfigurationError(`The working tree has changes that are not part of this release, which the release commit must not pick up or leave behind:\n${dirty.map((l) => `  ${l}`).join('\n')}\nCommit or stash them first.`);
            }
            if (!options.tag)
                return;
            for (const tag of plan.tags) {
                if (await git.tagExists(tag)) {
                    throw new errors_ConfigurationError(`The tag ${tag} already exists; ${plan.next} has been released. Set a higher version (or delete the tag if it was a mistake: git tag -d ${tag}).`);
                }
                if (options.push && (await git.remoteTagExists(tag))) {
                    throw new errors_ConfigurationError(`The tag ${tag} already exists on origin; ${plan.next} has been released. Fetch the tags (git fetch --tags) and set a higher version.`);
                }
            }
        });
    }
    const diff = planDiff(plan.edits);
    const willCommit = options.commit && changedFiles.length > 0;
    const base = {
        plan,
        dryRun: options.dryRun,
        diff,
        changedFiles,
        committed: false,
        tags: options.tag ? plan.tags : [],
        pushed: false,
    };
    if (options.dryRun) {
        logger.info(`Dry run: nothing was changed.${options.tag ? ` It would create the tag${plan.tags.length > 1 ? 's' : ''} ${plan.tags.join(', ')}.` : ''}`);
        return base;
    }
    const before = checkConsistency(repo, {});
    const applied = await logger.group('Write the files', async () => {
        const written = applyEdits(options.path, plan.edits, deps.io ?? nodeIo);
        try {
            const after = readRepository(options.path);
            const checked = checkConsistency(after, { tag: plan.tag });
            const changed = new Set(plan.packages.map((p) => canonicalizeName(p.name)));
            const errors = newErrors(before.findings, checked.findings, changed);
            if (errors.length > 0) {
                throw new errors_ConfigurationError(`After writing ${plan.next}, the check still finds ${errors.length} problem(s); the files were restored. The first: ${errors[0].message}`, { file: errors[0].file, line: errors[0].line, column: errors[0].column });
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
    let commitSha;
    if (willCommit) {
        commitSha = await logger.group('Commit', async () => {
            try {
                return await git.commit(changedFiles, plan.commitMessage);
            }
            catch (error) {
                applied.restore();
                throw new errors_ConfigurationError(`${errorMessage(error)} The files were restored.`);
            }
        });
        logger.info(`Committed ${commitSha}: ${plan.commitMessage}`);
    }
    else if (options.commit) {
        logger.notice('Nothing to commit: the version comes from the tag, so no file changes.');
    }
    if (options.tag) {
        await logger.group('Tag', async () => {
            for (const tag of plan.tags) {
                await git.tag(tag, `Release ${tag}`);
                logger.info(`Tagged ${tag}`);
            }
        });
    }
    if (options.commit || options.tag)
        commitSha = commitSha ?? (await git.head());
    let pushed = false;
    const refs = [
        ...(willCommit ? ['HEAD'] : []),
        ...(options.tag ? plan.tags.map((t) => `refs/tags/${t}`) : []),
    ];
    if (options.push && refs.length === 0)
        logger.notice('Nothing to push: no commit and no tag were made.');
    if (options.push && refs.length > 0) {
        await logger.group('Push', async () => {
            try {
                await git.push(refs);
            }
            catch (error) {
                throw new errors_ConfigurationError(`${errorMessage(error)} The release commit and tag exist locally; push them with: git push --atomic origin ${refs.join(' ')}`);
            }
            logger.info(`Pushed ${refs.join(', ')} to origin`);
        });
        pushed = true;
    }
    return { ...base, committed: willCommit, commitSha, pushed };
}

;// CONCATENATED MODULE: ./packages/core/src/versioning/index.ts
/** Setting versions: plan every byte that changes, write all files or none, commit, tag and push. */








;// CONCATENATED MODULE: ./packages/cli/src/commands/version.ts
/** `otai-release version`: the set-version action as a command. */




/** Runs the command; returns the exit code. */
async function versionCommand(args, out) {
    const { values, positionals } = (0,external_node_util_namespaceObject.parseArgs)({
        args,
        allowPositionals: true,
        options: {
            package: { type: 'string' },
            commit: { type: 'boolean', default: false },
            tag: { type: 'boolean', default: false },
            push: { type: 'boolean', default: false },
            'dry-run': { type: 'boolean', default: false },
            force: { type: 'boolean', default: false },
            'first-prerelease-number': { type: 'string' },
            quiet: { type: 'boolean', default: false },
        },
    });
    const [spec, path, ...extra] = positionals;
    if (spec === undefined) {
        throw new UsageError('version needs SPEC: a version such as 1.2.0, or one of major, minor, patch, alpha, beta, rc, post, dev, release');
    }
    if (extra.length > 0)
        throw new UsageError(`version takes SPEC and one PATH, got also: ${extra.join(' ')}`);
    const first = values['first-prerelease-number'];
    if (first !== undefined && !/^\d+$/.test(first)) {
        throw new UsageError(`--first-prerelease-number ${first}: use a non-negative integer such as 1 or 0.`);
    }
    if (values.push && !values.commit && !values.tag) {
        throw new UsageError('--push needs something to push: add --commit and/or --tag.');
    }
    const logger = consoleLogger({ verbose: !values.quiet, color: process.stderr.isTTY });
    const result = await setVersion({
        path: path ?? '.',
        spec,
        package: values.package,
        commit: values.commit,
        tag: values.tag,
        push: values.push,
        dryRun: values['dry-run'],
        force: values.force,
        firstPrereleaseNumber: first === undefined ? undefined : Number(first),
    }, { logger, clock: () => new Date(), git: execGit });
    const { plan } = result;
    if (result.dryRun) {
        out(result.diff);
        out(`${plan.previous ?? '(no version)'} → ${plan.next}; tag ${plan.tags.join(', ')}${result.tags.length ? ' would be created' : ' (not created without --tag)'}; nothing was changed (dry run)\n`);
        return 0;
    }
    for (const file of result.changedFiles)
        out(`${file}\n`);
    const done = [
        result.committed ? `committed ${result.commitSha?.slice(0, 12)}` : '',
        result.tags.length ? `tagged ${result.tags.join(', ')}` : '',
        result.pushed ? 'pushed to origin' : '',
    ].filter(Boolean);
    out(`${plan.previous ?? '(no version)'} → ${plan.next}; tag ${plan.tag}${done.length ? `; ${done.join(', ')}` : ''}\n`);
    return 0;
}

;// CONCATENATED MODULE: ./packages/cli/src/main.ts
/** The `otai-release` command: dispatches to a command and maps outcomes to exit codes. */




const COMMANDS = {
    check: checkCommand,
    version: versionCommand,
};
/** Runs the CLI with `argv` (without node and script); returns the exit code. */
async function main(argv, out = (t) => process.stdout.write(t)) {
    const [command, ...rest] = argv;
    if (!command || command === '--help' || command === '-h' || command === 'help') {
        out(HELP);
        return command ? 0 : 2;
    }
    try {
        const handler = COMMANDS[command];
        if (!handler)
            throw new UsageError(`unknown command '${command}'; the commands are: ${Object.keys(COMMANDS).join(', ')}`);
        return await handler(rest, out);
    }
    catch (error) {
        if (error instanceof UsageError || error.code?.startsWith('ERR_PARSE_ARGS')) {
            process.stderr.write(`otai-release: ${error.message}\nRun 'otai-release --help' for usage.\n`);
            return 2;
        }
        if (isConfigurationError(error)) {
            process.stderr.write(`${formatPosition(error)}error: ${error.message}\n`);
            return 1;
        }
        throw error;
    }
}


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(927);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
