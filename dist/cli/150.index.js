export const id = 150;
export const ids = [150];
export const modules = {

/***/ 40522:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   mk: () => (/* binding */ distFilenamePrefix),
/* harmony export */   uV: () => (/* binding */ isValidName),
/* harmony export */   yt: () => (/* binding */ canonicalizeName)
/* harmony export */ });
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


/***/ }),

/***/ 65095:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  _X: () => (/* reexport */ BUMP_SPECS),
  Bx: () => (/* reexport */ bumpVersion),
  xz: () => (/* reexport */ canonicalizeVersion),
  Zy: () => (/* reexport */ compareVersions),
  qh: () => (/* reexport */ version_formatVersion),
  cM: () => (/* reexport */ hasLocal),
  Gp: () => (/* reexport */ isBumpSpec),
  OY: () => (/* reexport */ isPostrelease),
  V1: () => (/* reexport */ isPrerelease),
  Qj: () => (/* reexport */ normalizeVersion),
  as: () => (/* reexport */ parseSpecifier),
  ot: () => (/* reexport */ parseVersion),
  IK: () => (/* reexport */ specifierContains),
  qq: () => (/* reexport */ specifierSetContains),
  zh: () => (/* reexport */ tryParseSpecifierSet),
  z0: () => (/* reexport */ tryParseVersion),
  At: () => (/* reexport */ versionsEqual)
});

// UNUSED EXPORTS: baseVersion, formatSpecifierSet, isDevrelease, isNormalized, parseSpecifierSet, publicVersion, versionFromParts

// EXTERNAL MODULE: ./packages/core/src/errors/index.ts
var errors = __webpack_require__(45341);
// EXTERNAL MODULE: ./packages/core/src/pep440/whitespace.ts
var whitespace = __webpack_require__(63468);
;// CONCATENATED MODULE: ./packages/core/src/pep440/version.ts
/**
 * PEP 440 versions: parsing (pypa/packaging's `_VERSION_PATTERN`, character for character), the
 * canonical string form (`str(Version)`), and PyPI's release identity (`canonicalize_version`).
 */


// The `i` flag without `u` is deliberate: with `u`, case folding would let U+017F (ſ) match `s` and
// U+212A (Kelvin sign) match `k`, while packaging's `(?a:...)` groups accept ASCII letters only.
// JavaScript has no possessive quantifiers; for a full-string match they change nothing here because
// no later part of the pattern can start with what an earlier part gave up.
const VERSION_PATTERN = new RegExp(`^${whitespace/* PY_WHITESPACE */.G}*v?` +
    '(?:(?<epoch>[0-9]+)!)?' +
    '(?<release>[0-9]+(?:\\.[0-9]+)*)' +
    '(?<pre>[._-]?(?<preL>alpha|a|beta|b|preview|pre|c|rc)[._-]?(?<preN>[0-9]+)?)?' +
    '(?<post>(?:-(?<postN1>[0-9]+))|(?:[._-]?(?<postL>post|rev|r)[._-]?(?<postN2>[0-9]+)?))?' +
    '(?<dev>[._-]?(?<devL>dev)[._-]?(?<devN>[0-9]+)?)?' +
    '(?:\\+(?<local>[a-z0-9]+(?:[._-][a-z0-9]+)*))?' +
    `${whitespace/* PY_WHITESPACE */.G}*$`, 'i');
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
    const stripped = (0,whitespace/* pyStrip */.m)(text);
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
            throw new errors/* ConfigurationError */.j1(invalidVersionMessage(text, `the number ${error.message} is larger than ${Number.MAX_SAFE_INTEGER}, the largest this tool handles exactly`));
        }
        throw error;
    }
    if (!version)
        throw new errors/* ConfigurationError */.j1(invalidVersionMessage(text, explainInvalid(text)));
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
    return version_coerceVersion(v).post !== undefined;
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
    return new errors/* ConfigurationError */.j1(`cannot bump ${JSON.stringify(version_formatVersion(current))} with "${spec}": ${why}`);
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
        throw new errors/* ConfigurationError */.j1(`${JSON.stringify(spec)} is not a version bump; use one of ${BUMP_SPECS.map((s) => `"${s}"`).join(', ')}`);
    }
    const first = options.firstPrereleaseNumber ?? 1;
    if (!Number.isSafeInteger(first) || first < 0) {
        throw new errors/* ConfigurationError */.j1(`first pre-release number ${JSON.stringify(first)} is not valid; write a non-negative integer such as 0 or 1`);
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





const WS = whitespace/* PY_WHITESPACE */.G;
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
    const version = (0,whitespace/* pyStrip */.m)(clause.slice(operator.length));
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
    const raw = (0,whitespace/* pyStrip */.m)(clause);
    const operator = /^(===|~=|==|!=|<=|>=|<|>)/.exec(raw)[1];
    return { operator, version: (0,whitespace/* pyStrip */.m)(raw.slice(operator.length)), raw };
}
function invalidSpecifier(clause, setText) {
    const where = (0,whitespace/* pyStrip */.m)(clause) === (0,whitespace/* pyStrip */.m)(setText) ? '' : ` (in ${JSON.stringify(setText)})`;
    return new errors/* ConfigurationError */.j1(`${JSON.stringify((0,whitespace/* pyStrip */.m)(clause))} is not a valid PEP 440 version specifier${where}: ` +
        `${specifier_explainInvalid((0,whitespace/* pyStrip */.m)(clause))}; ${EXAMPLES}`);
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
        if ((0,whitespace/* pyStrip */.m)(clause) === '')
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
        if (error instanceof errors/* ConfigurationError */.j1)
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
            throw new errors/* ConfigurationError */.j1(`${JSON.stringify(spec.raw)} has an unknown operator ${JSON.stringify(spec.operator)}; ${EXAMPLES}`);
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







/***/ }),

/***/ 63468:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ PY_WHITESPACE),
/* harmony export */   m: () => (/* binding */ pyStrip)
/* harmony export */ });
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


/***/ }),

/***/ 61150:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  z: () => (/* reexport */ formatRequirement),
  p: () => (/* reexport */ parseRequirement)
});

// EXTERNAL MODULE: ./packages/core/src/names/index.ts
var names = __webpack_require__(40522);
// EXTERNAL MODULE: ./packages/core/src/pep440/whitespace.ts
var whitespace = __webpack_require__(63468);
// EXTERNAL MODULE: ./packages/core/src/pep440/index.ts + 5 modules
var pep440 = __webpack_require__(65095);
;// CONCATENATED MODULE: ./packages/core/src/pep508/requirement.ts
/**
 * PEP 508 dependency specifiers (`name[extra]>=1.0; python_version < "3.11"`, `name @ https://…`),
 * accepted and rejected exactly as packaging's hand-written parser does, with its error messages.
 * Requires-Dist, Provides-Dist and Obsoletes-Dist are validated with it, build requirements are
 * checked with it, and the pins between a repository's own packages are read (and rewritten) with it.
 */



class SyntaxProblem extends Error {
    display;
    constructor(message, display) {
        super(message);
        this.display = display;
    }
}
// Python's \b in str patterns: word characters are letters, numbers and the underscore.
const W = '[\\p{L}\\p{N}_]';
const B = `(?:(?<!${W})(?=${W})|(?<=${W})(?!${W}))`;
const S = whitespace/* PY_WHITESPACE */.G;
const PRE = '(?:[-_.]?(?:alpha|beta|preview|pre|a|b|c|rc)[-_.]?[0-9]*)?';
const POST = '(?:(?:-[0-9]+)|(?:[-_.]?(?:post|rev|r)[-_.]?[0-9]*))?';
const DEV = '(?:[-_.]?dev[-_.]?[0-9]*)?';
const LOCAL = '(?:\\+[a-z0-9]+(?:[-_.][a-z0-9]+)*)?';
// packaging's Specifier._specifier_regex_str, matched as a token (not anchored at the end).
const SPECIFIER = `(?:===${S}*(?:(?!${S})[^;)])*)` +
    `|(?:(?:==|!=)${S}*v?(?:[0-9]+!)?[0-9]+(?:\\.[0-9]+)*(?:\\.\\*|${PRE}${POST}${DEV}${LOCAL})?)` +
    `|(?:~=${S}*v?(?:[0-9]+!)?[0-9]+(?:\\.[0-9]+)+${PRE}${POST}${DEV})` +
    `|(?:(?:<=|>=|<|>)${S}*v?(?:[0-9]+!)?[0-9]+(?:\\.[0-9]+)*${PRE}${POST}${DEV})`;
function ruleTable() {
    return {
        LEFT_PARENTHESIS: /\(/y,
        RIGHT_PARENTHESIS: /\)/y,
        LEFT_BRACKET: /\[/y,
        RIGHT_BRACKET: /\]/y,
        SEMICOLON: /;/y,
        COMMA: /,/y,
        QUOTED_STRING: /'[^']*'|"[^"]*"/y,
        OP: /===|==|~=|!=|<=|>=|<|>/y,
        BOOLOP: new RegExp(`${B}(?:or|and)${B}`, 'uy'),
        IN: new RegExp(`${B}in${B}`, 'uy'),
        NOT: new RegExp(`${B}not${B}`, 'uy'),
        VARIABLE: new RegExp(`${B}(?:python_version|python_full_version|os[._]name|sys[._]platform|platform_(?:release|system)` +
            `|platform[._](?:version|machine|python_implementation)|python_implementation` +
            `|implementation_(?:name|version)|extras?|dependency_groups)${B}`, 'uy'),
        // Without the u flag, case-insensitive matching stays ASCII, like packaging's (?a:…) groups.
        SPECIFIER: new RegExp(SPECIFIER, 'iy'),
        AT: /@/y,
        URL: /[^ \t]+/y,
        IDENTIFIER: new RegExp(`${B}[a-zA-Z0-9][a-zA-Z0-9._-]*${B}`, 'uy'),
        VERSION_PREFIX_TRAIL: /\.\*/y,
        VERSION_LOCAL_LABEL_TRAIL: /\+[a-z0-9]+(?:[-_.][a-z0-9]+)*/y,
        WS: /[ \t]+/y,
        END: /$/y,
    };
}
// Built on first use: the \p{…} classes behind Python's \b take milliseconds to compile, which a
// run without any Requires-Dist should not pay at start-up.
let RULES;
const rules = () => (RULES ??= ruleTable());
class Tokenizer {
    source;
    position = 0;
    next;
    constructor(source) {
        this.source = source;
    }
    check(name, peek = false) {
        const rule = rules()[name];
        rule.lastIndex = this.position;
        const m = rule.exec(this.source);
        if (!m)
            return false;
        if (!peek)
            this.next = { name, text: m[0], position: this.position };
        return true;
    }
    consume(name) {
        if (this.check(name))
            this.read();
    }
    expect(name, expected) {
        if (!this.check(name))
            this.fail(`Expected ${expected}`);
        return this.read();
    }
    read() {
        const token = this.next;
        this.position += token.text.length;
        this.next = undefined;
        return token;
    }
    fail(message, start = this.position, end = this.position) {
        const marker = ' '.repeat(start) + '~'.repeat(Math.max(0, end - start)) + '^';
        throw new SyntaxProblem(message, `${message}\n    ${this.source}\n    ${marker}`);
    }
    enclosing(open, close, around, body) {
        let openPosition;
        if (this.check(open)) {
            openPosition = this.position;
            this.read();
        }
        const result = body();
        if (openPosition === undefined)
            return result;
        if (!this.check(close))
            this.fail(`Expected matching ${close} for ${open}, after ${around}`, openPosition);
        this.read();
        return result;
    }
}
function parseExtras(t) {
    if (!t.check('LEFT_BRACKET', true))
        return [];
    return t.enclosing('LEFT_BRACKET', 'RIGHT_BRACKET', 'extras', () => {
        t.consume('WS');
        const extras = [];
        if (t.check('IDENTIFIER')) {
            extras.push(t.read().text);
            for (;;) {
                t.consume('WS');
                if (t.check('IDENTIFIER', true))
                    t.fail('Expected comma between extra names');
                if (!t.check('COMMA'))
                    break;
                t.read();
                t.consume('WS');
                extras.push(t.expect('IDENTIFIER', 'extra name after comma').text);
            }
        }
        t.consume('WS');
        return extras;
    });
}
function parseVersionMany(t) {
    let specifiers = '';
    let at;
    while (t.check('SPECIFIER')) {
        const start = t.position;
        const specifier = t.read().text;
        specifiers += specifier;
        at = { start: at?.start ?? start, end: t.position };
        if (t.check('VERSION_PREFIX_TRAIL', true)) {
            const equality = specifier.startsWith('!=') || (specifier.startsWith('==') && !specifier.startsWith('==='));
            t.fail(equality
                ? '.* suffix cannot be used with pre-release, post-release, dev or local versions'
                : '.* suffix can only be used with `==` or `!=` operators', start, t.position + 1);
        }
        if (t.check('VERSION_LOCAL_LABEL_TRAIL', true)) {
            t.fail('Local version label can only be used with `==` or `!=` operators', start, t.position);
        }
        t.consume('WS');
        if (!t.check('COMMA'))
            break;
        specifiers += t.read().text;
        t.consume('WS');
    }
    return at ? { specifier: specifiers, specifierAt: at } : { specifier: specifiers };
}
// Python's one-character escapes; a backslash before a newline continues the line.
const SIMPLE_ESCAPES = {
    '\n': '',
    '\\': '\\',
    "'": "'",
    '"': '"',
    a: '\x07',
    b: '\b',
    f: '\f',
    n: '\n',
    r: '\r',
    t: '\t',
    v: '\v',
};
const HEX_DIGITS = { x: 2, u: 4, U: 8 };
// The value of a Python string literal as ast.literal_eval reads it; undefined when Python rejects it.
function pythonStringValue(token) {
    const body = token.slice(1, -1);
    let out = '';
    for (let i = 0; i < body.length; i++) {
        const c = body[i];
        if (c === '\n' || c === '\r' || c === '\0')
            return undefined;
        if (c !== '\\') {
            out += c;
            continue;
        }
        const n = body[++i];
        if (n === undefined)
            return undefined; // the backslash escapes the closing quote
        if (Object.hasOwn(SIMPLE_ESCAPES, n))
            out += SIMPLE_ESCAPES[n];
        else if (Object.hasOwn(HEX_DIGITS, n)) {
            const digits = body.slice(i + 1, i + 1 + HEX_DIGITS[n]);
            if (!new RegExp(`^[0-9a-fA-F]{${HEX_DIGITS[n]}}$`).test(digits))
                return undefined;
            const code = parseInt(digits, 16);
            if (code > 0x10ffff)
                return undefined;
            i += digits.length;
            out += String.fromCodePoint(code);
        }
        else if (n === 'N') {
            const m = /^\{[^}]+\}/.exec(body.slice(i + 1));
            if (!m)
                return undefined;
            i += m[0].length;
            out += '\ufffd'; // a named character; its exact value does not matter for validation
        }
        else if (/[0-7]/.test(n)) {
            const digits = /^[0-7]{1,3}/.exec(body.slice(i))[0];
            i += digits.length - 1;
            out += String.fromCodePoint(parseInt(digits, 8));
        }
        else
            out += `\\${n}`; // an unknown escape stays as written (Python only warns)
    }
    return out;
}
function parseMarkerVar(t) {
    if (t.check('VARIABLE')) {
        const name = t.read().text.replace(/\./g, '_');
        return { variable: name === 'python_implementation' ? 'platform_python_implementation' : name };
    }
    if (t.check('QUOTED_STRING')) {
        const token = t.read();
        const value = pythonStringValue(token.text);
        if (value === undefined)
            t.fail('Invalid quoted string', token.position, token.position + token.text.length);
        return { value };
    }
    return t.fail('Expected a marker variable or quoted string');
}
function parseMarkerOp(t) {
    if (t.check('IN')) {
        t.read();
        return 'in';
    }
    if (t.check('NOT')) {
        t.read();
        t.expect('WS', "whitespace after 'not'");
        t.expect('IN', "'in' after 'not'");
        return 'not in';
    }
    if (t.check('OP'))
        return t.read().text;
    return t.fail('Expected marker operator, one of <=, <, !=, ==, >=, >, ~=, ===, in, not in');
}
function parseMarkerAtom(t) {
    t.consume('WS');
    let atom;
    if (t.check('LEFT_PARENTHESIS', true)) {
        atom = t.enclosing('LEFT_PARENTHESIS', 'RIGHT_PARENTHESIS', 'marker expression', () => {
            t.consume('WS');
            const inner = parseMarker(t);
            t.consume('WS');
            return inner;
        });
    }
    else {
        t.consume('WS');
        const left = parseMarkerVar(t);
        t.consume('WS');
        const op = parseMarkerOp(t);
        t.consume('WS');
        const right = parseMarkerVar(t);
        t.consume('WS');
        atom = { left, op, right };
    }
    t.consume('WS');
    return atom;
}
function parseMarker(t) {
    const expression = [parseMarkerAtom(t)];
    while (t.check('BOOLOP')) {
        const op = t.read().text;
        expression.push(op, parseMarkerAtom(t));
    }
    return expression;
}
function parseRequirementMarker(t, spanStart, expected) {
    if (!t.check('SEMICOLON'))
        t.fail(`Expected ${expected} or end`, spanStart);
    t.read();
    const marker = parseMarker(t);
    t.consume('WS');
    return marker;
}
function parseDetails(t) {
    if (t.check('AT')) {
        t.read();
        t.consume('WS');
        const urlStart = t.position;
        const url = t.expect('URL', 'URL after @').text;
        if (t.check('END', true))
            return { url, specifier: '' };
        t.expect('WS', 'whitespace after URL');
        if (t.check('END', true))
            return { url, specifier: '' };
        return {
            url,
            specifier: '',
            marker: parseRequirementMarker(t, urlStart, 'semicolon (after URL and whitespace)'),
        };
    }
    const start = t.position;
    const version = t.enclosing('LEFT_PARENTHESIS', 'RIGHT_PARENTHESIS', 'version specifier', () => {
        t.consume('WS');
        const parsed = parseVersionMany(t);
        t.consume('WS');
        return parsed;
    });
    t.consume('WS');
    if (t.check('END', true))
        return version;
    const expected = version.specifier
        ? 'comma (within version specifier), semicolon (after version specifier)'
        : 'semicolon (after name with no version specifier)';
    return { ...version, marker: parseRequirementMarker(t, start, expected) };
}
// packaging normalises the value compared with `extra` (and the literal tested against `extras` /
// `dependency_groups`) at parse time.
function normalizeExtras(marker) {
    return marker.map((part) => {
        if (typeof part === 'string')
            return part;
        if (Array.isArray(part))
            return normalizeExtras(part);
        const { left, op, right } = part;
        if ('variable' in left && left.variable === 'extra' && 'value' in right) {
            return { left, op, right: { value: (0,names/* canonicalizeName */.yt)(right.value) } };
        }
        if ('variable' in right && 'value' in left) {
            if (right.variable === 'extra' ||
                right.variable === 'extras' ||
                right.variable === 'dependency_groups') {
                return { left: { value: (0,names/* canonicalizeName */.yt)(left.value) }, op, right };
            }
        }
        return part;
    });
}
/** Parses a dependency specifier as `packaging.requirements.Requirement` does; never throws. */
function parseRequirement(text) {
    const t = new Tokenizer(text);
    let name;
    try {
        t.consume('WS');
        name = t.expect('IDENTIFIER', 'package name at the start of dependency specifier').text;
        t.consume('WS');
        const extras = parseExtras(t);
        t.consume('WS');
        const details = parseDetails(t);
        t.expect('END', 'end of dependency specifier');
        if ((0,pep440/* tryParseSpecifierSet */.zh)(details.specifier) === undefined) {
            const message = `Invalid specifier: '${details.specifier}'`;
            return { ok: false, message, display: message, name };
        }
        const requirement = { name, extras, specifier: details.specifier };
        if (details.specifierAt)
            requirement.specifierAt = details.specifierAt;
        if (details.url)
            requirement.url = details.url;
        if (details.marker)
            requirement.marker = normalizeExtras(details.marker);
        return { ok: true, requirement };
    }
    catch (error) {
        if (!(error instanceof SyntaxProblem))
            throw error;
        const failure = { ok: false, message: error.message, display: error.display };
        return name === undefined ? failure : { ...failure, name };
    }
}
function formatOperand(operand) {
    if ('variable' in operand)
        return operand.variable;
    return operand.value.includes('"') ? `'${operand.value}'` : `"${operand.value}"`;
}
function formatMarker(marker, first) {
    if (Array.isArray(marker) && marker.length === 1 && typeof marker[0] !== 'string') {
        return formatMarker(marker[0], first);
    }
    if (Array.isArray(marker)) {
        const inner = marker.map((m) => formatMarker(m, false)).join(' ');
        return first ? inner : `(${inner})`;
    }
    if (typeof marker === 'string')
        return marker;
    return `${formatOperand(marker.left)} ${marker.op} ${formatOperand(marker.right)}`;
}
/** `str(Requirement)`, as Warehouse quotes it: `name[a,b]<2,>=1 ; marker` or `name @ url ; marker`. */
function formatRequirement(req) {
    let out = req.name;
    if (req.extras.length > 0)
        out += `[${[...new Set(req.extras)].sort().join(',')}]`;
    const clauses = (0,pep440/* tryParseSpecifierSet */.zh)(req.specifier) ?? [];
    out += clauses
        .map((c) => `${c.operator}${c.version}`)
        .sort()
        .join(',');
    if (req.url)
        out += ` @ ${req.url}${req.marker ? ' ' : ''}`;
    if (req.marker)
        out += `; ${formatMarker(req.marker, true)}`;
    return out;
}

;// CONCATENATED MODULE: ./packages/core/src/pep508/index.ts
/** PEP 508 dependency specifiers, parsed and formatted as packaging does. */



/***/ })

};
