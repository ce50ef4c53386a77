export const id = 124;
export const ids = [124];
export const modules = {

/***/ 19124:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  i5: () => (/* reexport */ buildDistributions),
  Sk: () => (/* reexport */ defaultPython),
  bg: () => (/* reexport */ fileOutputs),
  Hr: () => (/* reexport */ resolveBuildTargets),
  FF: () => (/* reexport */ tagsAtHead)
});

// UNUSED EXPORTS: BuildError, TAIL_LINES, checkRequirements, chooseSourceDateEpoch, evaluateMarker, explainFallback, fallbackShape, installCommand, sourceDateEpochOf

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./packages/core/src/concurrency/run-limited.ts
var run_limited = __webpack_require__(97211);
// EXTERNAL MODULE: ./packages/core/src/errors/index.ts
var errors = __webpack_require__(45341);
// EXTERNAL MODULE: ./packages/core/src/names/index.ts
var src_names = __webpack_require__(40522);
// EXTERNAL MODULE: ./packages/core/src/versioning/git.ts
var git = __webpack_require__(16110);
;// CONCATENATED MODULE: ./packages/core/src/builder/epoch.ts
/**
 * SOURCE_DATE_EPOCH (reproducible-builds.org): backends that honour it (hatchling, setuptools'
 * bdist_wheel, flit, maturin) stamp every archive member with it instead of the file times, so two
 * builds of one commit give the same bytes. The commit time of HEAD is the natural value.
 */


/** The commit time of HEAD in `root` as Unix seconds, or undefined outside a git repository (or without git). */
async function sourceDateEpochOf(root) {
    try {
        const result = await (0,git/* execGit */.Ix)(['log', '-1', '--pretty=%ct'], { cwd: root });
        const seconds = result.stdout.trim();
        return result.code === 0 && /^\d+$/.test(seconds) ? seconds : undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * An explicit `sourceDateEpoch` first, then a SOURCE_DATE_EPOCH already in the environment (the user
 * or the workflow chose it), then the last commit's time; undefined when none applies.
 */
async function chooseSourceDateEpoch(explicit, env, root) {
    if (explicit !== undefined && explicit.trim() !== '')
        return { value: checked(explicit, 'sourceDateEpoch'), source: 'option' };
    const inherited = env.SOURCE_DATE_EPOCH;
    if (inherited !== undefined && inherited.trim() !== '') {
        return { value: checked(inherited, 'the SOURCE_DATE_EPOCH environment variable'), source: 'environment' };
    }
    const fromGit = await sourceDateEpochOf(root);
    return fromGit === undefined ? undefined : { value: fromGit, source: 'last commit' };
}
// Backends parse it with int(); anything else fails deep inside them with a traceback.
function checked(value, what) {
    const trimmed = value.trim();
    if (!/^\d+$/.test(trimmed)) {
        throw new errors/* ConfigurationError */.j1(`${what} is '${value}', which is not a Unix time: write whole seconds since 1970 (e.g. the output of \`git log -1 --pretty=%ct\`), or leave it unset to use the last commit's time.`);
    }
    return trimmed;
}

// EXTERNAL MODULE: ./packages/core/src/package-index/filenames.ts
var package_index_filenames = __webpack_require__(64097);
// EXTERNAL MODULE: ./packages/core/src/pep440/index.ts + 5 modules
var pep440 = __webpack_require__(65095);
;// CONCATENATED MODULE: ./packages/core/src/builder/fallback.ts

/** The distribution that provides each tag-deriving version source (pyproject's `tool` names). */
const PLUGIN_DISTRIBUTIONS = {
    'setuptools-scm': 'setuptools-scm',
    'hatch-vcs': 'hatch-vcs',
    versioningit: 'versioningit',
    'uv-dynamic-versioning': 'uv-dynamic-versioning',
    'poetry-dynamic-versioning': 'poetry-dynamic-versioning',
    'pdm-backend scm': 'pdm-backend',
};
// setuptools-scm / hatch-vcs write `g<commit>` and `d<YYYYMMDD>`; dunamai the bare commit and `dirty`.
const NODE = /^g[0-9a-f]{4,}$/;
const BARE_NODE = /^[0-9a-f]{7,}$/;
const DATE = /^d\d{8,14}$/;
/** The fallback `version` is, or undefined for an ordinary version. */
function fallbackShape(version) {
    const v = (0,pep440/* tryParseVersion */.z0)(version);
    if (!v)
        return undefined;
    const local = (v.local ?? []).map(String);
    const dirty = local.some((part) => DATE.test(part) || part === 'dirty');
    // `d20260101` is hex too: a date is never the commit.
    const node = local.some((part) => NODE.test(part) || (BARE_NODE.test(part) && !DATE.test(part)));
    const zero = v.release.every((n) => n === 0);
    const counted = v.dev !== undefined || v.post !== undefined;
    const distance = v.post ?? v.dev;
    if (zero && !v.pre && !counted && local.length === 0)
        return { kind: 'placeholder', dirty: false };
    const guessedFromNothing = v.release.length === 2 && v.release[0] === 0 && v.release[1] === 1;
    if ((guessedFromNothing && v.dev !== undefined) || (zero && counted)) {
        return { kind: 'untagged', dirty, distance };
    }
    if (node && counted)
        return { kind: 'after-tag', dirty, distance };
    return dirty ? { dirty } : undefined;
}
const FETCH_FIX = 'check out with `actions/checkout` and `fetch-depth: 0` (all history and tags), or run ' +
    '`git fetch --tags --unshallow` before building';
function pluginName(context) {
    return context.plugin?.tool ?? 'setuptools-scm and hatch-vcs';
}
function placeholder(version, context) {
    const tool = context.plugin?.tool;
    if (!tool) {
        return (`${version} is the placeholder a build backend writes when nothing supplied a version. If the package ` +
            'takes its version from a git tag, its version plugin (setuptools-scm, hatch-vcs, …) did not run: declare ' +
            `it in [build-system] requires of ${context.manifest} and install it. If the version is written in a file, set it there.`);
    }
    const dist = PLUGIN_DISTRIBUTIONS[tool] ?? tool;
    const at = `${context.plugin.file}:${context.plugin.line}`;
    const head = `${version} is the placeholder the backend writes when no version plugin ran: the package takes its version from the git tag through ${tool} (${at}), and ${tool} did not run`;
    if (!context.isolation && context.pluginInstalled === false) {
        return (`${head} because ${dist} is not installed in ${context.python ?? 'the build interpreter'}, and a build without isolation ` +
            `uses only what that interpreter has. Fix: install it there (\`${context.python ?? 'python'} -m pip install ${dist}\`)` +
            `${context.pluginDeclared === false ? `, and add "${dist}" to [build-system] requires in ${context.manifest} so every build gets it` : ''}.`);
    }
    if (context.pluginDeclared === false) {
        return (`${head} because "${dist}" is not in [build-system] requires of ${context.manifest}, so an isolated build never installs it. ` +
            `Fix: add "${dist}" to requires.`);
    }
    return `${head}. Fix: make sure ${dist} is installed for the build and declared in [build-system] requires of ${context.manifest}.`;
}
function untagged(version, context) {
    const checkout = context.checkout;
    const head = `${version} is what ${pluginName(context)} derive${context.plugin ? 's' : ''} when no tag is reachable from the commit being built`;
    let cause;
    if (!checkout)
        cause = 'the checkout is shallow or lacks tags';
    else if (checkout.shallow && checkout.tagCount === 0)
        cause =
            'the checkout is shallow and has no tags (actions/checkout fetches one commit and no tags unless told otherwise)';
    else if (checkout.shallow)
        cause =
            "the checkout is shallow, so the tagged commit is not in it (actions/checkout's default `fetch-depth: 1`)";
    else if (checkout.tagCount === 0)
        cause = 'the checkout has no tags (they were not fetched)';
    else {
        return (`${head}, yet the clone is complete and has ${checkout.tagCount} tag(s): none of them that the plugin reads as a version ` +
            'is on the history of HEAD. Fix: tag the commit being built, or, for tags such as `mypkg-v1.2.3`, configure the ' +
            "plugin's tag pattern (setuptools-scm `tag_regex`, hatch-vcs `tag-pattern`).");
    }
    return `${head}: ${cause}. Fix: ${FETCH_FIX}.`;
}
function afterTag(version, expected, shape, context) {
    const commits = shape.distance === undefined ? 'some commits' : `${shape.distance} commit(s)`;
    const onHead = context.headTags?.length
        ? ` HEAD carries ${context.headTags.join(', ')}, which ${pluginName(context)} did not take: check the plugin's tag pattern.`
        : '';
    return (`${version} is what ${pluginName(context)} derive${context.plugin ? 's' : ''} ${commits} after the last tag it found: ` +
        `the tag for ${expected} is not on the commit being built.${onHead} Fix: tag the commit being built ` +
        '(and push the tag), or build the commit the tag points at.');
}
function dirty(context) {
    const changed = context.checkout?.changed ?? [];
    const list = changed.length === 0
        ? ''
        : ` (now: ${changed.slice(0, 5).join(', ')}${changed.length > 5 ? `, and ${changed.length - 5} more` : ''})`;
    return (`The \`d<date>\` part means tracked files had uncommitted changes when the plugin ran${list}. ` +
        'Fix: build from a clean checkout: commit the changes, or keep earlier steps from editing tracked files.');
}
/**
 * Why a tag-deriving build wrote `version` instead of `expected`, and the fix; undefined when `version`
 * is not a fallback.
 */
function explainFallback(version, expected, context) {
    const shape = fallbackShape(version);
    if (!shape)
        return undefined;
    const parts = [];
    if (shape.kind === 'placeholder')
        parts.push(placeholder(version, context));
    if (shape.kind === 'untagged')
        parts.push(untagged(version, context));
    if (shape.kind === 'after-tag')
        parts.push(afterTag(version, expected, shape, context));
    if (shape.dirty)
        parts.push(dirty(context));
    return parts.join(' ');
}

;// CONCATENATED MODULE: ./packages/core/src/builder/verify.ts
/**
 * What a build must have produced: exactly the kinds asked for, named for the target's project and
 * carrying the expected version. A wrong version from a package that takes it from a git tag is
 * explained by its cause (fallback.ts): a version plugin that did not run, a checkout without tags,
 * a commit after the tag, uncommitted changes; otherwise it would be uploaded as `0.1.dev1+g…`.
 */





/** `name (path)`, how messages refer to a target. */
function describeTarget(target) {
    return `${target.name} (${target.path === '.' ? 'the repository root' : target.path})`;
}
/**
 * Checks the files one build wrote (file names only) and returns them sdist first; throws
 * ConfigurationError on a missing or extra kind, a foreign project or an unexpected version.
 */
function verifyProducedFiles(target, filenames, wanted, context = { isolation: true }) {
    const who = describeTarget(target);
    const produced = [];
    const strangers = [];
    for (const filename of filenames) {
        const parsed = (0,package_index_filenames/* parseDistFilename */.hk)(filename, target.name);
        if (parsed)
            produced.push({ filename, kind: parsed.kind, project: parsed.name, version: parsed.version });
        else
            strangers.push(filename);
    }
    const count = (kind) => produced.filter((f) => f.kind === kind).length;
    const expected = [wanted.sdist ? 'one sdist' : '', wanted.wheel ? 'one wheel' : '']
        .filter(Boolean)
        .join(' and ');
    if (strangers.length > 0 ||
        count('sdist') !== (wanted.sdist ? 1 : 0) ||
        count('wheel') !== (wanted.wheel ? 1 : 0)) {
        const got = filenames.length === 0 ? 'no files' : filenames.map((f) => `'${f}'`).join(', ');
        throw new errors/* ConfigurationError */.j1(`Building ${who} produced ${got}, but exactly ${expected} were expected. Check the build backend's ` +
            'configuration of that package (it should write one file of each kind asked for).');
    }
    produced.sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'sdist' ? -1 : 1));
    for (const file of produced) {
        if ((0,src_names/* canonicalizeName */.yt)(file.project) !== (0,src_names/* canonicalizeName */.yt)(target.name)) {
            throw new errors/* ConfigurationError */.j1(`Building ${who} produced '${file.filename}', a distribution of '${file.project}', not of '${target.name}'. ` +
                `The name in [project] of ${manifestOf(target.path)} and the package configured for that path differ; ` +
                'make them the same.');
        }
        checkVersion(target, file, context);
    }
    return produced;
}
/** The versions a build of `target` may give, and why, when anything is expected. */
function expectation(target) {
    if (target.version !== undefined)
        return { versions: [target.version], why: '' };
    if (!target.versionPlugin || !target.headTags?.length)
        return undefined;
    const tags = target.headTags.map((t) => t.tag);
    return {
        // One version per release, as tagged: `v1.4.0` and `1.4.0.0` on one commit are the same 1.4.0.
        versions: target.headTags
            .map((t) => t.version)
            .filter((v, i, all) => all.findIndex((w) => (0,pep440/* canonicalizeVersion */.xz)(w) === (0,pep440/* canonicalizeVersion */.xz)(v)) === i),
        why: ` (the tag${tags.length > 1 ? 's' : ''} ${tags.join(', ')} ${tags.length > 1 ? 'are' : 'is'} on the commit being built)`,
    };
}
function checkVersion(target, file, context) {
    const who = describeTarget(target);
    const expected = expectation(target);
    const full = {
        ...context,
        plugin: target.versionPlugin,
        headTags: target.headTags?.map((t) => t.tag),
        manifest: manifestOf(target.path),
    };
    if (!expected) {
        // Nothing to compare with (no tag given, none on HEAD), but a tag-deriving package never means 0.0.0.
        if (target.versionPlugin && fallbackShape(file.version)?.kind === 'placeholder') {
            throw new errors/* ConfigurationError */.j1(`Building ${who} produced '${file.filename}' with version ${file.version}. ${explainFallback(file.version, file.version, full)}`, { file: target.versionPlugin.file, line: target.versionPlugin.line });
        }
        return;
    }
    const got = (0,pep440/* canonicalizeVersion */.xz)(file.version);
    if (expected.versions.some((v) => (0,pep440/* canonicalizeVersion */.xz)(v) === got))
        return;
    const wanted = expected.versions.join(' or ');
    const head = `Building ${who} produced '${file.filename}' with version ${file.version}, but ${wanted} was expected${expected.why}.`;
    // A tag-derived version is configured at the plugin's settings; annotate there.
    const at = target.versionPlugin
        ? { file: target.versionPlugin.file, line: target.versionPlugin.line }
        : undefined;
    const explained = explainFallback(file.version, wanted, full);
    if (explained)
        throw new errors/* ConfigurationError */.j1(`${head} ${explained}`, at);
    if (target.versionPlugin) {
        const { tool, file: where, line } = target.versionPlugin;
        throw new errors/* ConfigurationError */.j1(`${head} The version is not written in a file: ${tool} (${where}:${line}) derives it from the git tags, and ` +
            `took ${file.version} from the tags it found. Fix: build the commit that carries the tag for ${wanted}, or tag the commit being built.`, at);
    }
    throw new errors/* ConfigurationError */.j1(`${head} The version the project declares (in its pyproject.toml, or wherever its build backend reads it) is not ` +
        `the release version: set it to ${wanted} (set-version does this), or build the commit that has it.`);
}
function manifestOf(path) {
    return path === '.' ? 'pyproject.toml' : `${path}/pyproject.toml`;
}

;// CONCATENATED MODULE: ./packages/core/src/builder/errors.ts
/** The error of a build backend that failed: what ran, where, how it ended, and the backend's own last words. */


/** How many lines of a failed build's output the message quotes; the full output is in the build's log group. */
const TAIL_LINES = 25;
/** A frontend or backend that exited unsuccessfully for one package. */
class BuildError extends errors/* ConfigurationError */.j1 {
    packageName;
    packagePath;
    command;
    exitCode;
    outputTail;
    constructor(
    /** The package's name as configured. */
    packageName, 
    /** Its repository-relative directory. */
    packagePath, 
    /** The command line that ran. */
    command, 
    /** The exit code, or undefined when a signal ended the process. */
    exitCode, 
    /** The last lines of the output, without ANSI escapes. */
    outputTail, hint, signal) {
        const ending = exitCode === undefined ? `was killed by ${signal ?? 'a signal'}` : `exited with code ${exitCode}`;
        const output = outputTail.length === 0
            ? 'It printed nothing.'
            : `The last lines of its output:\n${outputTail.map((line) => `  ${line}`).join('\n')}`;
        super(`Building ${describeTarget({ name: packageName, path: packagePath })} failed: \`${command}\` ${ending}. ${output}\n${hint}`);
        this.packageName = packageName;
        this.packagePath = packagePath;
        this.command = command;
        this.exitCode = exitCode;
        this.outputTail = outputTail;
        this.name = 'BuildError';
    }
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./packages/core/src/builder/files.ts
/** The output side of a build: digests by streaming, moving into the output directory, what was there before. */





/** SHA-256 (hex) and size in bytes of a file, read as a stream so large wheels never sit in memory. */
async function digestFile(path) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    let size = 0;
    for await (const chunk of (0,external_node_fs_.createReadStream)(path)) {
        size += chunk.length;
        hash.update(chunk);
    }
    return { sha256: hash.digest('hex'), size };
}
/**
 * Moves `source` to `dir/filename`, replacing a file of that name. A rename replaces atomically; across
 * file systems (a temp dir on tmpfs) the copy goes to a hidden name first and is renamed over, so the
 * output directory never holds half a file.
 */
async function moveInto(source, dir, filename) {
    const target = (0,external_node_path_.join)(dir, filename);
    try {
        await (0,promises_.rename)(source, target);
    }
    catch (error) {
        if (error.code !== 'EXDEV')
            throw error;
        const partial = (0,external_node_path_.join)(dir, `.${filename}.${process.pid}.partial`);
        try {
            await (0,promises_.copyFile)(source, partial);
            await (0,promises_.rename)(partial, target);
        }
        catch (copyError) {
            await (0,promises_.rm)(partial, { force: true });
            throw copyError;
        }
        await (0,promises_.rm)(source, { force: true });
    }
    return target;
}
/** Names of the distribution files (sdists and wheels) directly in `dir`; none when it does not exist. */
async function distributionFilesIn(dir) {
    const entries = await (0,promises_.readdir)(dir, { withFileTypes: true }).catch(() => []);
    return entries
        .filter((e) => e.isFile() && (0,package_index_filenames/* parseDistFilename */.hk)(e.name) !== undefined)
        .map((e) => e.name)
        .sort();
}

// EXTERNAL MODULE: ./packages/core/src/pep508/index.ts + 1 modules
var pep508 = __webpack_require__(61150);
// EXTERNAL MODULE: ./packages/core/src/pyproject/toml.ts
var toml = __webpack_require__(47644);
;// CONCATENATED MODULE: ./packages/core/src/builder/build-requires.ts
/**
 * A package's declared build requirements (`[build-system] requires`), each with the file and line it
 * is written on, as a frontend reads them: without a pyproject.toml, or without [build-system],
 * pypa/build and uv both fall back to setuptools' legacy backend and `setuptools>=40.8.0`.
 */





/** What pypa/build (build/_builder.py) and uv assume for a project that declares no build system. */
const DEFAULT_BUILD_REQUIRES = 'setuptools>=40.8.0';
function relative(path, name) {
    return path === '.' ? name : `${path.replace(/\/+$/, '')}/${name}`;
}
/**
 * The `[build-system] requires` of the package at `path` (repository-relative) under `root`; undefined
 * when the frontend itself will refuse the project (pyproject.toml that is not valid TOML, `requires`
 * missing or not a list of strings), so that the build reports it in the frontend's own words.
 */
function readBuildRequires(root, path) {
    const file = relative(path, 'pyproject.toml');
    const absolute = (0,external_node_path_.join)(root, file);
    if (!(0,external_node_fs_.existsSync)(absolute)) {
        const legacy = ['setup.py', 'setup.cfg'].find((name) => (0,external_node_fs_.existsSync)((0,external_node_path_.join)(root, relative(path, name))));
        if (!legacy)
            return undefined;
        const at = relative(path, legacy);
        return { file: at, requires: [{ text: DEFAULT_BUILD_REQUIRES, file: at }], defaulted: true };
    }
    const text = (0,external_node_fs_.readFileSync)(absolute, 'utf8');
    let doc;
    try {
        doc = (0,toml/* parseToml */.MT)(text, file);
    }
    catch {
        return undefined;
    }
    if ((0,toml/* getPath */.Yn)(doc, ['build-system']) === undefined) {
        return { file, requires: [{ text: DEFAULT_BUILD_REQUIRES, file }], defaulted: true };
    }
    const requires = (0,toml/* getPath */.Yn)(doc, ['build-system', 'requires']);
    if (!Array.isArray(requires) || !requires.every((r) => typeof r === 'string'))
        return undefined;
    const keyAt = (0,toml/* keyLine */.YC)(text, ['build-system', 'requires']);
    const offset = (0,toml/* locateValue */.QZ)(text, ['build-system', 'requires']);
    const spans = offset === undefined ? [] : (0,toml/* arrayStringsAt */.VQ)(text, offset);
    // The spans hold the strings as written (escapes undecoded); used only for lines, and only when
    // every element was found, so that a line always belongs to its own string.
    const lines = spans.length === requires.length ? spans.map((s) => s.line) : undefined;
    return {
        file,
        requires: requires.map((r, i) => ({ text: r, file, line: lines?.[i] ?? keyAt })),
        defaulted: false,
    };
}
/** The canonical project names `requires` declares (strings that are not requirements left out). */
function declaredNames(requires) {
    return requires.requires.flatMap((r) => {
        const parsed = (0,pep508/* parseRequirement */.p)(r.text);
        return parsed.ok ? [(0,src_names/* canonicalizeName */.yt)(parsed.requirement.name)] : [];
    });
}

;// CONCATENATED MODULE: ./packages/core/src/builder/checkout.ts
/**
 * The state of the git checkout that decides what a version plugin (setuptools-scm, hatch-vcs, …)
 * derives: the tags on HEAD, whether the clone is shallow, whether it has tags at all, and whether
 * tracked files have uncommitted changes. Read with git itself; outside a repository all is unknown.
 */

async function checkout_git(args, cwd) {
    try {
        const result = await (0,git/* execGit */.Ix)(args, { cwd });
        return result.code === 0 ? result.stdout : undefined;
    }
    catch {
        return undefined; // git is not installed: nothing is known
    }
}
const lines = (text) => text.split('\n').filter((line) => line.trim() !== '');
/** The tags that point at HEAD in `root` (`git tag --points-at HEAD`); none outside a repository. */
async function tagsAtHead(root) {
    return lines((await checkout_git(['tag', '--points-at', 'HEAD'], root)) ?? '');
}
/** The checkout's state, or undefined when `root` is not in a git work tree (or git is missing). */
async function inspectCheckout(root) {
    const [shallow, tags, status] = await Promise.all([
        checkout_git(['rev-parse', '--is-shallow-repository'], root),
        checkout_git(['tag', '--list'], root),
        // setuptools-scm and hatch-vcs ask the same: untracked files do not make a version dirty.
        checkout_git(['status', '--porcelain', '--untracked-files=no'], root),
    ]);
    if (shallow === undefined || tags === undefined || status === undefined)
        return undefined;
    return {
        shallow: shallow.trim() === 'true',
        tagCount: lines(tags).length,
        changed: lines(status).map((line) => line.slice(3)),
    };
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: ./packages/core/src/builder/process.ts
var builder_process = __webpack_require__(62092);
;// CONCATENATED MODULE: ./packages/core/src/builder/frontend.ts
/**
 * The two build frontends: pypa/build (`python -m build`) and `uv build`. Both build the sdist and
 * then the wheel from the unpacked sdist by default, and one kind with `--sdist` / `--wheel`. Before
 * any build runs we check that the frontend can start, so a missing tool is one clear message rather
 * than the same failure once per package.
 */




// Prints where the interpreter really is before importing build, so a failed import can still name it.
const PROBE_BUILD = [
    'import sys',
    'print(sys.executable, flush=True)',
    'import build',
    'print(getattr(build, "__version__", "unknown"))',
].join('\n');
function run(file, args, env) {
    return new Promise((resolvePromise) => {
        (0,external_node_child_process_.execFile)(file, args, { env, encoding: 'utf8', windowsHide: true, timeout: 60_000 }, (error, stdout, stderr) => {
            const code = error?.code;
            if (typeof code === 'string') {
                resolvePromise({ code: -1, stdout, stderr, spawnError: code });
                return;
            }
            resolvePromise({ code: error ? (typeof code === 'number' ? code : 1) : 0, stdout, stderr });
        });
    });
}
// uv's --python also takes requests such as `3.12` or `pypy@3.10`, which are not files to look for.
function isInterpreterRequest(python) {
    return !/[\\/]/.test(python) && /^(\d|cpython|pypy|graalpy|any|>|<|=|~)/i.test(python);
}
/**
 * Finds the frontend and checks it can build: the interpreter exists and, for 'build', imports pypa/build;
 * for 'uv', `uv` is on PATH. Relative interpreter paths are taken from `root`.
 */
async function prepareFrontend(options) {
    const { frontend, python, env, root } = options;
    if (frontend !== 'build' && frontend !== 'uv') {
        throw new errors/* ConfigurationError */.j1(`Unknown build frontend '${String(frontend)}': use 'build' (pypa/build) or 'uv'.`);
    }
    const interpreter = await (0,builder_process/* resolveExecutable */.LM)(python, env, root);
    if (frontend === 'uv') {
        const uv = await (0,builder_process/* resolveExecutable */.LM)('uv', env, root);
        if (!uv) {
            throw new errors/* ConfigurationError */.j1("The build frontend 'uv' needs the `uv` executable on PATH, and there is none: install it first " +
                "(the astral-sh/setup-uv action in a workflow, or `pip install uv`), or use the frontend 'build' (pypa/build).");
        }
        if (!interpreter && !isInterpreterRequest(python))
            throw missingInterpreter(python);
        const probe = await run(uv, ['--version'], env);
        return {
            frontend,
            executable: uv,
            python: interpreter ?? python,
            version: probe.stdout.trim() || 'unknown',
        };
    }
    if (!interpreter)
        throw missingInterpreter(python);
    const probe = await run(interpreter, ['-c', PROBE_BUILD], env);
    const [printed, version = 'unknown'] = probe.stdout.split('\n').map((l) => l.trim());
    const executable = printed || interpreter;
    if (probe.spawnError !== undefined || probe.code !== 0) {
        const reason = probe.spawnError
            ? `it could not be started (${probe.spawnError})`
            : `\`import build\` failed: ${(probe.stderr.trim().split('\n').at(-1) ?? '').trim() || `exit code ${probe.code}`}`;
        throw new errors/* ConfigurationError */.j1(`The Python interpreter ${executable} cannot run pypa/build: ${reason}. Install it into that interpreter ` +
            `(\`${(0,builder_process/* formatCommand */.fE)(executable, ['-m', 'pip', 'install', 'build'])}\`), or set the \`python\` input to an ` +
            "interpreter that has it, or use the frontend 'uv'.");
    }
    return { frontend, executable: interpreter, python: interpreter, version };
}
function missingInterpreter(python) {
    const where = /[\\/]/.test(python) ? 'there is no executable file at that path' : 'it is not on PATH';
    return new errors/* ConfigurationError */.j1(`The Python interpreter '${python}' was not found: ${where}. Set the \`python\` input to an installed ` +
        'interpreter (actions/setup-python puts `python` on PATH), or install Python.');
}
/**
 * The interpreter a build without isolation runs the backend in, as a file: the interpreter itself
 * for pypa/build; for uv, `python` when it named a file, else what `uv python find` picks for the request.
 */
async function buildInterpreter(ready, env) {
    if (ready.frontend === 'build' || (0,external_node_path_.isAbsolute)(ready.python))
        return ready.python;
    const found = await run(ready.executable, ['python', 'find', ready.python], env);
    const path = found.stdout.trim().split('\n')[0]?.trim();
    if (found.code !== 0 || !path) {
        throw new errors/* ConfigurationError */.j1(`uv found no Python interpreter for '${ready.python}' (\`uv python find ${ready.python}\`: ` +
            `${found.stderr.trim().split('\n').at(-1) || `exit code ${found.code}`}). Install that Python, or set \`python\` to an interpreter's path.`);
    }
    return path;
}
/** The command that builds `request.srcdir` into `request.outdir` with the prepared frontend. */
function frontendCommand(ready, request) {
    // Neither flag means the frontend's default: the sdist, then the wheel built from it.
    const kinds = request.sdist && request.wheel ? [] : request.sdist ? ['--sdist'] : ['--wheel'];
    const args = ready.frontend === 'build'
        ? [
            '-m',
            'build',
            request.srcdir,
            '--outdir',
            request.outdir,
            ...kinds,
            // Without isolation pypa/build checks the requirements again, with those the backend adds at
            // build time (get_requires_for_build_*), which no check before the build can see.
            ...(request.isolation ? [] : ['--no-isolation']),
            ...(!request.isolation && request.skipDependencyCheck ? ['--skip-dependency-check'] : []),
        ]
        : [
            'build',
            request.srcdir,
            '--out-dir',
            request.outdir,
            ...kinds,
            ...(request.isolation ? [] : ['--no-build-isolation']),
            '--python',
            ready.python,
        ];
    return { command: ready.executable, args, display: (0,builder_process/* formatCommand */.fE)(ready.executable, args) };
}

;// CONCATENATED MODULE: ./packages/core/src/builder/markers.ts


/** Whether `marker` holds in `environment`: `and` binds tighter than `or`, as in packaging. */
function evaluateMarker(marker, environment) {
    const groups = [[]];
    for (const part of marker) {
        if (part === 'or')
            groups.push([]);
        else if (part === 'and')
            continue;
        else if (Array.isArray(part))
            groups.at(-1).push(evaluateMarker(part, environment));
        else
            groups.at(-1).push(evaluateItem(part, environment));
    }
    return groups.some((group) => group.every(Boolean));
}
function operandValue(operand, environment) {
    return 'value' in operand ? operand.value : (environment[operand.variable] ?? '');
}
function asSpecifier(op, value) {
    try {
        return (0,pep440/* parseSpecifier */.as)(`${op}${value}`);
    }
    catch {
        return undefined;
    }
}
function evaluateItem(item, environment) {
    const variable = 'variable' in item.left ? item.left.variable : item.right.variable;
    let lhs = operandValue(item.left, environment);
    let rhs = operandValue(item.right, environment);
    if (variable === 'extra') {
        lhs = (0,src_names/* canonicalizeName */.yt)(lhs);
        rhs = (0,src_names/* canonicalizeName */.yt)(rhs);
    }
    const spec = item.op === 'in' || item.op === 'not in' ? undefined : asSpecifier(item.op, rhs);
    if (spec)
        return (0,pep440/* specifierContains */.IK)(spec, lhs, { prereleases: true });
    switch (item.op) {
        case 'in':
            return rhs.includes(lhs);
        case 'not in':
            return !rhs.includes(lhs);
        case '==':
            return lhs === rhs;
        case '!=':
            return lhs !== rhs;
        case '<':
            return lhs < rhs;
        case '<=':
            return lhs <= rhs;
        case '>':
            return lhs > rhs;
        case '>=':
            return lhs >= rhs;
        default:
            // `~=` / `===` on text that is not a version: packaging raises UndefinedComparison. Such a
            // marker never holds for any interpreter, so it counts as false.
            return false;
    }
}

;// CONCATENATED MODULE: ./packages/core/src/builder/python-environment.ts
/**
 * What a build without isolation can use: the distributions installed in its interpreter and the
 * values of PEP 508's marker variables there. One Python process answers for every package, before
 * any build starts; the requirements themselves are evaluated in TypeScript, so the interpreter needs
 * nothing beyond the standard library (not even `packaging`).
 */



// Follows every name that Requires-Dist mentions, whatever its marker or extra, so that one answer
// covers any path TypeScript's exact evaluation then takes; the set is bounded by what is installed.
// The marker values are computed as PEP 508's reference implementation (and packaging) computes them.
// `-c` puts the working directory first on sys.path; it goes before any import but the built-in sys,
// so a repository's own json.py or platform.py cannot stand in for the standard library's.
const SCRIPT = String.raw `
import sys
if sys.path and sys.path[0] == "":
    del sys.path[0]
import json, os, platform, re
try:
    import importlib.metadata as md
except ImportError:
    sys.stderr.write("Python %s has no importlib.metadata (Python 3.8 or later is needed)\n" % platform.python_version())
    sys.exit(3)
import importlib.util
def full(info):
    v = "%d.%d.%d" % (info.major, info.minor, info.micro)
    if info.releaselevel != "final":
        v += info.releaselevel[0] + str(info.serial)
    return v
markers = {
    "implementation_name": sys.implementation.name,
    "implementation_version": full(sys.implementation.version),
    "os_name": os.name,
    "platform_machine": platform.machine(),
    "platform_release": platform.release(),
    "platform_system": platform.system(),
    "platform_version": platform.version(),
    "python_full_version": platform.python_version(),
    "platform_python_implementation": platform.python_implementation(),
    "python_version": ".".join(platform.python_version_tuple()[:2]),
    "sys_platform": sys.platform,
}
NAME = re.compile(r"\s*([A-Za-z0-9][A-Za-z0-9._-]*)")
found = {}
queue = list(json.loads(sys.argv[1]))
while queue:
    name = queue.pop()
    key = re.sub(r"[-_.]+", "-", name).lower()
    if key in found:
        continue
    try:
        dist = md.distribution(name)
    except md.PackageNotFoundError:
        found[key] = None
        continue
    requires = list(dist.requires or [])
    found[key] = {"name": dist.metadata["Name"] or name, "version": dist.version, "requires": requires}
    for line in requires:
        m = NAME.match(line)
        if m:
            queue.append(m.group(1))
print(json.dumps({
    "executable": sys.executable,
    "markers": markers,
    "pip": importlib.util.find_spec("pip") is not None,
    "found": found,
}))
`;
/**
 * Asks `python` for its marker values and for the installed distributions `names` lead to (their
 * requirements, recursively). Runs with the builds' environment, so PYTHONPATH and user site-packages
 * count as they will for the backend.
 */
async function inspectPythonEnvironment(python, names, options) {
    const answer = await new Promise((resolve) => {
        (0,external_node_child_process_.execFile)(python, ['-c', SCRIPT, JSON.stringify(names)], {
            env: options.env,
            cwd: options.cwd,
            encoding: 'utf8',
            windowsHide: true,
            timeout: 60_000,
            maxBuffer: 64 * 1024 * 1024,
        }, (error, stdout, stderr) => {
            if (!error)
                resolve({ stdout, stderr });
            else {
                const code = error.code;
                resolve({ stdout, stderr, failure: typeof code === 'string' ? code : `exit code ${String(code)}` });
            }
        });
    });
    let raw;
    if (!answer.failure) {
        try {
            raw = JSON.parse(answer.stdout);
        }
        catch {
            raw = undefined;
        }
    }
    if (!raw) {
        const said = answer.stderr.trim().split('\n').at(-1)?.trim() || answer.failure || 'no answer';
        throw new errors/* ConfigurationError */.j1(`Could not list the packages installed in ${python} to check the build requirements before building ` +
            `without isolation (${said}). Build with isolation, or set \`python\` to a working Python 3.8+ interpreter.`);
    }
    const found = new Map(Object.entries(raw.found).map(([key, dist]) => [(0,src_names/* canonicalizeName */.yt)(key), dist]));
    return {
        executable: raw.executable || python,
        markers: raw.markers,
        hasPip: raw.pip,
        distribution: (name) => found.get((0,src_names/* canonicalizeName */.yt)(name)) ?? undefined,
    };
}

;// CONCATENATED MODULE: ./packages/core/src/builder/requirement-check.ts
/**
 * The build requirements of every package, checked against the interpreter of a build without
 * isolation before any build starts, the way pypa/build's own check does it (build/_util.py
 * `check_dependency`): a requirement counts when its marker holds, its distribution is installed at a
 * version its specifier admits, and that distribution's own requirements count too, recursively.
 * Every unmet requirement of every package is named at its line, with the command that installs it.
 */









/**
 * The one gap accepted: `editables` required by hatchling. Debian and Ubuntu package hatchling
 * without it (python3-editables does not exist there), while hatchling imports it only to build
 * editable wheels (PEP 660), never for an sdist or a wheel; refusing it would refuse the
 * distribution's own hatchling. Required by anything else, or merely too old, it is not accepted.
 */
function isAcceptedGap(unmet) {
    const { names } = unmet;
    return (unmet.installed === undefined &&
        names.length >= 2 &&
        (0,src_names/* canonicalizeName */.yt)(names.at(-1)) === 'editables' &&
        (0,src_names/* canonicalizeName */.yt)(names.at(-2)) === 'hatchling');
}
function unmetOf(text, declared, ancestors, parentExtras, environment, out) {
    const parsed = (0,pep508/* parseRequirement */.p)(text);
    // An installed distribution's malformed Requires-Dist is not the project's to fix; pip installed it.
    if (!parsed.ok)
        return;
    const requirement = parsed.requirement;
    const normalized = (0,pep508/* formatRequirement */.z)(requirement);
    if (ancestors.chain.includes(normalized))
        return; // a cycle, already being checked
    if (requirement.marker) {
        const extras = ['', ...parentExtras];
        const applies = extras.some((extra) => evaluateMarker(requirement.marker, { ...environment.markers, extra }));
        if (!applies)
            return;
    }
    const chain = [...ancestors.chain, normalized];
    const names = [...ancestors.names, requirement.name];
    const install = (0,pep508/* formatRequirement */.z)({ ...requirement, marker: undefined, url: requirement.url });
    const dist = environment.distribution(requirement.name);
    if (!dist) {
        out.push({ declared, chain, names, install });
        return;
    }
    if (requirement.specifier &&
        !(0,pep440/* specifierSetContains */.qq)(requirement.specifier, dist.version, { prereleases: true })) {
        out.push({ declared, chain, names, install, installed: dist.version });
        return;
    }
    for (const line of dist.requires) {
        unmetOf(line, declared, { chain, names }, requirement.extras, environment, out);
    }
}
/** Checks one package's declared requirements against `environment` (pure; no process runs). */
function checkRequirements(requires, environment) {
    const result = { requires, unmet: [], invalid: [], accepted: [] };
    for (const declared of requires.requires) {
        const parsed = (0,pep508/* parseRequirement */.p)(declared.text);
        if (!parsed.ok) {
            result.invalid.push({ declared, message: parsed.message });
            continue;
        }
        const found = [];
        unmetOf(declared.text, declared, { chain: [], names: [] }, [], environment, found);
        for (const unmet of found)
            (isAcceptedGap(unmet) ? result.accepted : result.unmet).push(unmet);
    }
    return result;
}
/** The names whose installed distributions a check of `requires` may look at first. */
function topNames(requires) {
    return requires.flatMap((r) => r.requires.flatMap((d) => {
        const parsed = (0,pep508/* parseRequirement */.p)(d.text);
        return parsed.ok ? [parsed.requirement.name] : [];
    }));
}
/**
 * Checks the build requirements of every target in `python` before anything is built; throws one
 * ConfigurationError naming every unmet or malformed requirement of every package, at its line.
 * `alsoAsk` names further distributions whose presence the caller wants to know (version plugins).
 */
async function checkBuildRequirements(options) {
    const read = options.targets.map((target) => ({
        target,
        requires: readBuildRequires(options.root, target.path),
    }));
    const known = read.filter((r) => !!r.requires);
    const environment = await inspectPythonEnvironment(options.python, [...new Set([...topNames(known.map((k) => k.requires)), ...(options.alsoAsk ?? [])])], { env: options.env, cwd: options.root });
    const packages = new Map();
    for (const { target, requires } of known)
        packages.set(target.path, checkRequirements(requires, environment));
    const failing = known.filter(({ target }) => {
        const p = packages.get(target.path);
        return p.unmet.length > 0 || p.invalid.length > 0;
    });
    if (failing.length > 0) {
        throw unmetError(failing.map(({ target }) => ({ target, result: packages.get(target.path) })), environment, options.installer);
    }
    return { environment, packages };
}
function describeUnmet(unmet) {
    const leaf = unmet.names.at(-1);
    const state = unmet.installed === undefined ? 'which is not installed' : `but ${leaf} ${unmet.installed} is installed`;
    if (unmet.chain.length === 1)
        return `requires ${unmet.install}, ${state}`;
    const via = unmet.chain.slice(1).join(', which requires ');
    return `requires ${unmet.chain[0]}, which requires ${via}, ${state}`;
}
/** `python -m pip install 'a>=1' 'b'`, or `uv pip install --python PY …` where pip is not the way. */
function installCommand(environment, installer, requirements) {
    const python = environment.executable;
    return installer === 'uv' || !environment.hasPip
        ? (0,builder_process/* formatCommand */.fE)('uv', ['pip', 'install', '--python', python, ...requirements])
        : (0,builder_process/* formatCommand */.fE)(python, ['-m', 'pip', 'install', ...requirements]);
}
function unmetError(failing, environment, installer) {
    const problems = [];
    for (const { target, result } of failing) {
        const who = describeTarget(target);
        for (const { declared, message } of result.invalid) {
            problems.push({
                ...declared,
                text: `${who}: [build-system] requires "${declared.text}" is not a valid requirement (${message}); ` +
                    'write it as PEP 508 says, e.g. "setuptools>=64".',
            });
        }
        for (const unmet of result.unmet) {
            const defaulted = result.requires.defaulted
                ? ` (the default of a project that declares no [build-system])`
                : '';
            problems.push({ ...unmet.declared, text: `${who} ${describeUnmet(unmet)}${defaulted}.` });
        }
    }
    const toInstall = [...new Set(failing.flatMap(({ result }) => result.unmet.map((u) => u.install)))];
    const [first, ...rest] = problems;
    const where = (p) => `${p.file}${p.line ? `:${p.line}` : ''}: `;
    const fix = toInstall.length === 0
        ? 'Nothing was built.'
        : `Nothing was built: without isolation a build uses only what ${environment.executable} has installed. ` +
            `Install ${toInstall.length === 1 ? 'it' : 'them'} there with \`${installCommand(environment, installer, toInstall)}\`, ` +
            "or build with isolation (the action's default `isolation: true`; the CLI without --no-isolation), " +
            "which installs each package's [build-system] requires into a fresh environment.";
    return new errors/* ConfigurationError */.j1([first.text, ...rest.map((p) => `${where(p)}${p.text}`), fix].join('\n'), {
        file: first.file,
        line: first.line,
    });
}

;// CONCATENATED MODULE: ./packages/core/src/builder/build.ts
/**
 * buildDistributions: builds the sdist and/or wheel of each target with pypa/build or uv, several at a
 * time, each into its own fresh temporary directory. Without isolation, every package's build
 * requirements are checked in the interpreter first, so a missing one stops everything before any
 * build starts. Nothing reaches the output directory until every build has succeeded and its files
 * are verified (kinds, project, version), so a failed release build never leaves a partial set behind
 * to be uploaded.
 */
















/** Builds every target (see the module comment); throws ConfigurationError / BuildError on the first failure in target order. */
async function buildDistributions(options) {
    const root = (0,external_node_path_.resolve)(options.root);
    const env = options.env ?? process.env;
    const { logger } = options;
    await checkOptions(options, root);
    const epoch = await chooseSourceDateEpoch(options.sourceDateEpoch, env, root);
    logger.info(describeEpoch(epoch));
    const [frontend, checkout] = await Promise.all([
        prepareFrontend({ frontend: options.frontend, python: options.python, env, root }),
        inspectCheckout(root),
    ]);
    if (options.targets.length === 0)
        return { files: [], packages: [], sourceDateEpoch: epoch?.value };
    for (const line of describeExpectations(options.targets))
        logger.info(line);
    const jobs = Math.min(options.jobs ?? (0,external_node_os_.availableParallelism)(), options.targets.length);
    logger.info(`Building ${options.targets.length} package(s) with ${frontend.frontend === 'build' ? `pypa/build ${frontend.version}` : frontend.version} ` +
        `(${frontend.python}), ${jobs} at a time.`);
    let logChain = Promise.resolve();
    const context = {
        root,
        options,
        frontend,
        env: {
            ...env,
            ...(epoch ? { SOURCE_DATE_EPOCH: epoch.value } : {}),
            // Python buffers a pipe's output until exit; unbuffered, the backend's lines stay in order with its traceback.
            PYTHONUNBUFFERED: env.PYTHONUNBUFFERED ?? '1',
        },
        checkout,
        workDirs: [],
        log(title, write) {
            logChain = logChain.then(() => logger.group(title, async () => write(logger)).catch(() => undefined));
            return logChain;
        },
    };
    if (!options.isolation)
        context.requirements = await build_checkRequirements(context);
    try {
        const outcomes = await runInPhases(options.targets, jobs, (target) => buildOne(context, target));
        const failed = outcomes.findIndex((o) => o.status !== 'fulfilled');
        if (failed !== -1)
            throw firstFailure(options.targets, outcomes, failed);
        const staged = outcomes.map((o) => o.value);
        return { ...(await moveIntoOutDir(staged, options.outDir, logger)), sourceDateEpoch: epoch?.value };
    }
    finally {
        await Promise.all(context.workDirs.map((dir) => (0,promises_.rm)(dir, { recursive: true, force: true })));
    }
}
async function checkOptions(options, root) {
    if (!options.sdist && !options.wheel) {
        throw new errors/* ConfigurationError */.j1('Nothing to build: both sdist and wheel are off; turn on at least one of them.');
    }
    if (!(0,external_node_path_.isAbsolute)(options.outDir)) {
        throw new errors/* ConfigurationError */.j1(`The output directory '${options.outDir}' must be an absolute path.`);
    }
    if (options.jobs !== undefined && !(Number.isInteger(options.jobs) && options.jobs >= 1)) {
        throw new errors/* ConfigurationError */.j1(`jobs is ${options.jobs}; write a whole number of at least 1.`);
    }
    const names = new Map();
    const paths = new Map();
    for (const target of options.targets) {
        const name = (0,src_names/* canonicalizeName */.yt)(target.name);
        const dir = (0,external_node_path_.resolve)(root, target.path);
        const twin = names.get(name) ?? paths.get(dir);
        if (twin) {
            throw new errors/* ConfigurationError */.j1(`${describeTarget(target)} and ${describeTarget(twin)} are the same package listed twice; list each package once.`);
        }
        names.set(name, target);
        paths.set(dir, target);
        const info = await (0,promises_.stat)(dir).catch(() => undefined);
        if (!info?.isDirectory()) {
            throw new errors/* ConfigurationError */.j1(`Cannot build ${target.name}: its directory '${target.path}' does not exist in ${root}. Fix the package's path.`);
        }
    }
}
function describeEpoch(epoch) {
    if (!epoch) {
        return 'SOURCE_DATE_EPOCH: none (not a git repository, and none was given); archive timestamps will be build times.';
    }
    const date = new Date(Number(epoch.value) * 1000);
    const when = Number.isNaN(date.getTime()) ? '' : `${date.toISOString().replace('.000Z', 'Z')}, `;
    return `SOURCE_DATE_EPOCH=${epoch.value} (${when}from ${epoch.source === 'option' ? 'the sourceDateEpoch option' : `the ${epoch.source}`}).`;
}
/** One line per package whose version comes from a git tag: what its build must give, and why. */
function describeExpectations(targets) {
    return targets.flatMap((t) => {
        if (!t.versionPlugin)
            return [];
        const from = `${describeTarget(t)}: version from the git tag (${t.versionPlugin.tool})`;
        if (t.version !== undefined)
            return [`${from}; expecting ${t.version}.`];
        if (t.headTags?.length) {
            const tags = t.headTags.map((h) => `${h.version} (${h.tag})`).join(' or ');
            return [`${from}; HEAD carries its release tag, expecting ${tags}.`];
        }
        return [
            `${from}; no release tag on HEAD and none given, so any version it derives is accepted except 0.0.0.`,
        ];
    });
}
/**
 * Checks the build requirements of every target in the build interpreter (one Python process);
 * throws, before anything is built, when one is missing. Also learns whether each tag-deriving
 * package's version plugin is installed there, for explaining a 0.0.0 later.
 */
async function build_checkRequirements(context) {
    const { options, frontend, env, root } = context;
    const python = await buildInterpreter(frontend, env);
    const plugins = options.targets.flatMap((t) => t.versionPlugin ? [PLUGIN_DISTRIBUTIONS[t.versionPlugin.tool] ?? t.versionPlugin.tool] : []);
    const report = await checkBuildRequirements({
        root,
        targets: options.targets,
        python,
        env,
        installer: frontend.frontend === 'uv' ? 'uv' : 'pip',
        alsoAsk: plugins,
    });
    const checked = [...report.packages.values()].reduce((n, p) => n + p.requires.requires.length, 0);
    options.logger.info(`Build requirements: all ${checked} declared by ${report.packages.size} package(s) are installed in ${report.environment.executable}.`);
    for (const target of options.targets) {
        const accepted = report.packages.get(target.path)?.accepted ?? [];
        if (accepted.length === 0)
            continue;
        const gaps = accepted.map((a) => `${a.install} (required by ${a.chain.slice(0, -1).join(' → ')})`);
        options.logger.info(`${describeTarget(target)}: ${gaps.join(', ')} is not installed; accepted, since ` +
            'hatchling imports editables only for editable installs' +
            (frontend.frontend === 'build'
                ? ", and pypa/build's own check (which would refuse it) is skipped for this package."
                : '.'));
    }
    return report;
}
/** True when `inner`'s directory lies inside `outer`'s. */
function contains(outer, inner) {
    if (outer === inner || outer.path === inner.path)
        return false;
    return outer.path === '.' || inner.path.startsWith(`${outer.path.replace(/\/+$/, '')}/`);
}
/**
 * Runs the targets that contain other targets first, then the rest: a root package's sdist takes in
 * its sub-packages' folders, which must not be half-written build leftovers (egg-info, build/) of a
 * build running at the same time.
 */
async function runInPhases(targets, limit, fn) {
    const outer = targets.filter((t) => targets.some((o) => contains(t, o)));
    if (outer.length === 0)
        return (0,run_limited/* runLimited */.v)(targets, limit, fn);
    const inner = targets.filter((t) => !outer.includes(t));
    const first = await (0,run_limited/* runLimited */.v)(outer, limit, fn);
    const failed = first.some((o) => o.status !== 'fulfilled');
    const second = failed
        ? inner.map(() => ({ status: 'skipped' }))
        : await (0,run_limited/* runLimited */.v)(inner, limit, fn);
    return targets.map((t) => (outer.includes(t) ? first[outer.indexOf(t)] : second[inner.indexOf(t)]));
}
function firstFailure(targets, outcomes, index) {
    const error = outcomes[index].reason;
    const others = (status) => targets.filter((_, i) => i !== index && outcomes[i].status === status).map(describeTarget);
    const notes = [
        others('rejected').length > 0
            ? `Also failed (see their log groups): ${others('rejected').join(', ')}.`
            : '',
        others('skipped').length > 0 ? `Not built because of the failure: ${others('skipped').join(', ')}.` : '',
    ].filter(Boolean);
    if (notes.length > 0 && error instanceof Error)
        error.message += `\n${notes.join('\n')}`;
    return error;
}
async function buildOne(context, target) {
    const { options, frontend } = context;
    const who = describeTarget(target);
    const work = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'otai-build-'));
    context.workDirs.push(work);
    const outdir = (0,external_node_path_.join)(work, 'out');
    await (0,promises_.mkdir)(outdir);
    const srcdir = (0,external_node_path_.resolve)(context.root, target.path);
    const command = frontendCommand(frontend, {
        srcdir,
        outdir,
        sdist: options.sdist,
        wheel: options.wheel,
        isolation: options.isolation,
        skipDependencyCheck: (context.requirements?.packages.get(target.path)?.accepted.length ?? 0) > 0,
    });
    const started = performance.now();
    let outcome;
    try {
        outcome = await (0,builder_process/* runToFile */.Tb)(command.command, command.args, {
            cwd: srcdir,
            env: context.env,
            logFile: (0,external_node_path_.join)(work, 'output.log'),
        });
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j1(`Could not start \`${command.display}\` to build ${who}: ${(0,errors/* errorMessage */.gJ)(error)}.`);
    }
    const seconds = Math.round(performance.now() - started) / 1000;
    let files = [];
    let failure;
    try {
        if (outcome.code !== 0) {
            throw new BuildError(target.name, target.path, command.display, outcome.code, (0,builder_process/* lastLines */.w$)((0,builder_process/* stripAnsi */.aJ)(outcome.output), TAIL_LINES), failureHint(options.isolation, frontend, (options.fullOutputHint ?? inLogGroup)(`Build ${who}`)), outcome.signal);
        }
        const written = (await (0,promises_.readdir)(outdir)).filter((name) => !name.startsWith('.'));
        const produced = verifyProducedFiles(target, written, options, versionContext(context, target));
        files = await Promise.all(produced.map(async (file) => {
            const staged = (0,external_node_path_.join)(outdir, file.filename);
            return { ...file, staged, ...(await digestFile(staged)) };
        }));
    }
    catch (error) {
        failure = error;
    }
    await context.log(`Build ${who}`, (logger) => {
        logger.info(`$ ${command.display}`);
        const output = outcome.output.replace(/\s+$/, '');
        if (output !== '')
            logger.info(output);
        for (const file of files)
            logger.info(`${file.filename}: ${file.size} bytes, sha256 ${file.sha256}`);
        logger.info(failure ? `Failed after ${seconds} s.` : `Built in ${seconds} s.`);
    });
    if (failure)
        throw failure;
    return { target, files, seconds };
}
/** What verification needs to explain a tag plugin's fallback version for `target`. */
function versionContext(context, target) {
    const { options, requirements } = context;
    const plugin = target.versionPlugin;
    const dist = plugin ? (PLUGIN_DISTRIBUTIONS[plugin.tool] ?? plugin.tool) : undefined;
    const requires = dist ? readBuildRequires(context.root, target.path) : undefined;
    const declared = requires ? declaredNames(requires).includes(dist) : undefined;
    return {
        isolation: options.isolation,
        python: requirements?.environment.executable,
        pluginInstalled: dist && requirements ? requirements.environment.distribution(dist) !== undefined : undefined,
        pluginDeclared: declared,
        checkout: context.checkout,
    };
}
const inLogGroup = () => 'The full output is in its log group.';
function failureHint(isolation, frontend, fullOutput) {
    return isolation
        ? `Fix what the backend reports above in that package, then build again. ${fullOutput}`
        : `The build ran without isolation, so the build backend and everything it requires must be installed in ${frontend.python}; ` +
            `otherwise fix what the backend reports above in that package. ${fullOutput}`;
}
async function moveIntoOutDir(builds, outDir, logger) {
    await (0,promises_.mkdir)(outDir, { recursive: true });
    const before = await distributionFilesIn(outDir);
    const packages = [];
    for (const build of builds) {
        const files = [];
        for (const file of build.files) {
            files.push({
                path: await moveInto(file.staged, outDir, file.filename),
                filename: file.filename,
                project: file.project,
                version: file.version,
                kind: file.kind,
                sha256: file.sha256,
                size: file.size,
            });
        }
        packages.push({ name: build.target.name, path: build.target.path, files, seconds: build.seconds });
    }
    const built = new Set(packages.flatMap((p) => p.files.map((f) => f.filename)));
    const others = before.filter((name) => !built.has(name));
    if (others.length > 0) {
        logger.warning(`${outDir} already held distribution files that this build did not produce: ${others.join(', ')}. ` +
            'They are not part of this build; remove them, or build into an empty directory, so they are not published with it.');
    }
    return { files: packages.flatMap((p) => p.files), packages };
}

// EXTERNAL MODULE: ./packages/core/src/consistency/index.ts + 4 modules
var src_consistency = __webpack_require__(88294);
// EXTERNAL MODULE: ./packages/core/src/pyproject/index.ts + 15 modules
var pyproject = __webpack_require__(99327);
;// CONCATENATED MODULE: ./packages/core/src/builder/targets.ts
/** Which packages a build covers and which version each must come out with. */




// The tags among `tags` that are releases of `pkg` under its tag formats, with their versions.
function releaseTagsOf(pkg, tags) {
    return tags.flatMap((tag) => {
        const version = (0,pyproject/* tagReleaseVersion */.kp)(pkg.acceptedTagFormats, tag, pkg.name);
        return version === undefined ? [] : [{ tag, version }];
    });
}
/**
 * The packages of the repository at `root` to build: all of them, or the selection, each with the
 * version it declares (or, for versions taken from tags, the version `tag` gives). Without `tag`, a
 * package whose version comes from a git tag is expected to build the version of a release tag among
 * `headTags` (the tags on the commit being built, `tagsAtHead`), which is what its plugin derives.
 */
function resolveBuildTargets(root, options = {}) {
    const repo = (0,pyproject/* readRepository */.Nu)(root);
    // A tag of another format (a branch build, another package's tag) gives no version; files then give it.
    // In a repository with no policy configured, a per-package tag (`hatch-v1.16.5`) sets its package alone.
    const consistency = (0,src_consistency/* checkConsistency */.zV)(repo, options.tag ? { tag: options.tag } : {});
    const versionOf = new Map(consistency.packages.map((p) => [p.path, p.expected ?? p.version]));
    const target = (p, explicit) => {
        if (!p.tagDerived)
            return { name: p.name, path: p.path, version: explicit ?? versionOf.get(p.path) };
        const headTags = options.tag === undefined ? releaseTagsOf(p, options.headTags ?? []) : [];
        return {
            name: p.name,
            path: p.path,
            // A tag on HEAD is what the plugin reads; it outweighs the version the other packages agree on.
            version: explicit ?? (headTags.length > 0 ? undefined : versionOf.get(p.path)),
            versionPlugin: p.tagDerived,
            ...(headTags.length > 0 ? { headTags } : {}),
        };
    };
    if (!options.packages)
        return repo.packages.map((p) => target(p));
    return options.packages.map((selection) => {
        const path = selection.path
            .replace(/\\/g, '/')
            .replace(/^\.\/(?=.)/, '')
            .replace(/\/+$/, '') || '.';
        const byName = selection.name ? (0,src_names/* canonicalizeName */.yt)(selection.name) : undefined;
        const found = repo.packages.find((p) => p.path === path) ??
            (byName ? repo.packages.find((p) => (0,src_names/* canonicalizeName */.yt)(p.name) === byName) : undefined);
        if (!found) {
            throw new errors/* ConfigurationError */.j1(`'${selection.path}' is not a publishable package of ${root} (found: ${repo.packages.map((p) => p.path).join(', ') || 'none'}); give package directories relative to the repository root, or validate-versions' packages output.`);
        }
        return target(found, selection.version);
    });
}

// EXTERNAL MODULE: ./packages/core/src/text/index.ts + 2 modules
var src_text = __webpack_require__(97608);
;// CONCATENATED MODULE: ./packages/core/src/builder/outputs.ts
/** What a build hands to the next step: the action's `files` output and the CLI's --json list. */

/** Every built file, in package order, as the next steps read it. */
function fileOutputs(result, cwd) {
    return result.packages.flatMap((p) => p.files.map((f) => ({
        path: (0,src_text/* displayPath */.Gt)(f.path, cwd),
        project: p.name,
        version: f.version,
        kind: f.kind,
        sha256: f.sha256,
        size: f.size,
    })));
}
/** The interpreter to run when none is given: python3, or python on Windows (no python3 there). */
function defaultPython(platform = process.platform) {
    return platform === 'win32' ? 'python' : 'python3';
}

;// CONCATENATED MODULE: ./packages/core/src/builder/index.ts
/**
 * Building Python distributions: pypa/build or uv per package, in parallel, reproducibly
 * (SOURCE_DATE_EPOCH from the last commit), build requirements checked first when there is no
 * isolation, and every file verified (a tag plugin's fallback version explained) before it reaches the output.
 */












/***/ })

};
