export const id = 327;
export const ids = [327];
export const modules = {

/***/ 99327:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  mh: () => (/* reexport */ UNCONFIGURED_TAG_FORMATS),
  uu: () => (/* reexport */ buildLocation),
  Pn: () => (/* reexport */ declaredVersion),
  Cb: () => (/* reexport */ explainDiscovery),
  _f: () => (/* reexport */ matchTag),
  Nu: () => (/* reexport */ readRepository),
  vY: () => (/* reexport */ renderTag),
  q: () => (/* reexport */ tagFromRef),
  kp: () => (/* reexport */ tagReleaseVersion),
  bp: () => (/* reexport */ versionFromTag)
});

// UNUSED EXPORTS: DEFAULT_INDEPENDENT_TAG_FORMAT, DEFAULT_TAG_FORMAT, RepoFiles, defaultConfig, discoverPackageDirs, loadConfig, validateTagFormat

// EXTERNAL MODULE: ./packages/core/src/errors/index.ts
var errors = __webpack_require__(45341);
// EXTERNAL MODULE: ./packages/core/src/text/index.ts + 2 modules
var src_text = __webpack_require__(97608);
// EXTERNAL MODULE: ./packages/core/src/pep440/index.ts + 5 modules
var pep440 = __webpack_require__(65095);
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
/** The default of the independent policy: each package its own tag, `mypkg-v1.2.3`. */
const DEFAULT_INDEPENDENT_TAG_FORMAT = '{name}-v{version}';
/**
 * The formats a tag may have when no tag-format is configured, the default first (new tags use it):
 * many projects tag without the `v` (flask, httpx, pdm, poetry-core), and refusing their tags would make
 * every one of them configure what they already do. A configured format accepts only itself.
 */
const UNCONFIGURED_TAG_FORMATS = {
    lockstep: [DEFAULT_TAG_FORMAT, '{version}'],
    independent: [DEFAULT_INDEPENDENT_TAG_FORMAT, '{name}-{version}'],
};
/** Checks a tag format: exactly one `{version}`, only known placeholders, no characters git refuses in tags. */
function validateTagFormat(format, where) {
    const placeholders = [...format.matchAll(/\{([^}]*)\}/g)].map((m) => m[1]);
    for (const p of placeholders) {
        if (!TAG_PLACEHOLDERS.includes(p)) {
            throw new errors/* ConfigurationError */.j1(`${where.key} = "${format}" uses the unknown placeholder {${p}}; the known ones are ${(0,src_text/* listOf */.c3)(TAG_PLACEHOLDERS.map((t) => `{${t}}`))}.`, where);
        }
    }
    if (placeholders.filter((p) => p === 'version').length !== 1) {
        throw new errors/* ConfigurationError */.j1(`${where.key} = "${format}" must contain {version} exactly once, e.g. "v{version}" or "mypkg-v{version}".`, where);
    }
    if (/[\s~^:?*[\\]|\.\.|@\{/.test(format.replace(/\{(version|name)\}/g, ''))) {
        throw new errors/* ConfigurationError */.j1(`${where.key} = "${format}" contains characters git does not allow in a tag name (space ~ ^ : ? * [ \\ .. @{).`, where);
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
/**
 * The first of `formats` that `tag` fits, with the version text it carries; undefined when it fits none.
 * The first format fits on its shape alone (so `vlatest` can be reported as a bad version); the others
 * only with a valid PEP 440 version, since `{version}` has the shape of every tag there is. Order
 * decides: `v1.0` fits both `v{version}` and `{version}` (PEP 440 allows a leading v) and is read as
 * the former.
 */
function matchTag(formats, tag, name) {
    for (const [i, format] of formats.entries()) {
        const version = versionFromTag(format, tag, name);
        if (version !== undefined && (i === 0 || (0,pep440/* tryParseVersion */.z0)(version)))
            return { format, version };
    }
    return undefined;
}
/** The tag name from a GitHub ref (`refs/tags/v1.0` → `v1.0`); undefined for branches. */
function tagFromRef(ref) {
    return ref?.startsWith('refs/tags/') ? ref.slice('refs/tags/'.length) : undefined;
}
/**
 * The release version a tag gives a package under its formats, in normal form; undefined when the
 * tag fits none of them or carries no valid PEP 440 version.
 */
function tagReleaseVersion(formats, tag, name) {
    const text = matchTag(formats, tag, name)?.version;
    return text !== undefined && (0,pep440/* tryParseVersion */.z0)(text) ? (0,pep440/* normalizeVersion */.Qj)(text) : undefined;
}

// EXTERNAL MODULE: ./packages/core/src/pyproject/toml.ts
var pyproject_toml = __webpack_require__(47644);
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
    'docker',
];
const DOCKER_KEYS = ['image', 'platforms', 'context', 'file', 'default-variant', 'tags', 'variants'];
const DOCKER_VARIANT_KEYS = ['name', 'packages', 'extras', 'build-args'];
const PACKAGE_KEYS = ['path', 'tag-format', 'version-files'];
const VERSION_FILE_KEYS = ['path', 'pattern'];
function fail(where, key, message) {
    throw new errors/* ConfigurationError */.j1(message, {
        file: where.file,
        line: (0,pyproject_toml/* keyLine */.YC)(where.text, [...where.prefix, ...key]),
    });
}
function checkKeys(where, path, table, known) {
    for (const key of Object.keys(table)) {
        if (known.includes(key))
            continue;
        const guess = (0,src_text/* nearest */.pA)(key, known);
        const dotted = [...where.prefix, ...path].join('.');
        fail(where, [...path, key], `Unknown key '${key}' in [${dotted}]${guess ? `: did you mean '${guess}'?` : '.'} Known keys: ${(0,src_text/* listOf */.c3)(known)}.`);
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
function strings(where, path, value, oneAllowed = false) {
    if (value === undefined)
        return undefined;
    if (oneAllowed && typeof value === 'string' && value !== '')
        return [value];
    if (!Array.isArray(value) || value.some((v) => typeof v !== 'string' || v === '')) {
        fail(where, path, `[${[...where.prefix, ...path].join('.')}] must be an array of non-empty strings.`);
    }
    return value;
}
function dockerSettings(where, value) {
    if (value === undefined)
        return undefined;
    const key = ['docker'];
    if (!value || typeof value !== 'object' || Array.isArray(value))
        fail(where, key, `[${[...where.prefix, 'docker'].join('.')}] must be a table.`);
    const table = value;
    checkKeys(where, key, table, DOCKER_KEYS);
    const opt = (name) => table[name] === undefined ? undefined : str(where, [...key, name], table[name]);
    let variants;
    if (table.variants !== undefined) {
        const path = [...key, 'variants'];
        if (!Array.isArray(table.variants))
            fail(where, path, 'docker.variants must be an array of {name, packages, extras, build-args} tables.');
        variants = table.variants.map((item, i) => {
            if (!item || typeof item !== 'object' || Array.isArray(item))
                fail(where, path, `docker.variants[${i}] must be a {name, packages, extras, build-args} table.`);
            const entry = item;
            checkKeys(where, path, entry, DOCKER_VARIANT_KEYS);
            const args = entry['build-args'] ?? {};
            if (typeof args !== 'object' ||
                Array.isArray(args) ||
                Object.values(args).some((v) => typeof v !== 'string'))
                fail(where, path, `docker.variants[${i}].build-args must be a table of strings, e.g. { PYTHON = "3.13" }.`);
            return {
                name: str(where, [...path, 'name'], entry.name),
                packages: strings(where, [...path, 'packages'], entry.packages),
                extras: strings(where, [...path, 'extras'], entry.extras),
                buildArgs: args,
            };
        });
    }
    return {
        file: where.file,
        line: (0,pyproject_toml/* keyLine */.YC)(where.text, [...where.prefix, 'docker']),
        image: strings(where, [...key, 'image'], table.image, true),
        platforms: strings(where, [...key, 'platforms'], table.platforms, true),
        context: opt('context'),
        dockerfile: opt('file'),
        defaultVariant: opt('default-variant'),
        tags: strings(where, [...key, 'tags'], table.tags),
        variants,
    };
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
    validateTagFormat(tagFormat, { file, line: (0,pyproject_toml/* keyLine */.YC)(text, [...prefix, 'tag-format']), key: 'tag-format' });
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
                    line: (0,pyproject_toml/* keyLine */.YC)(text, [...prefix, 'packages']),
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
        policySet: table.policy !== undefined,
        tagFormatSet: table['tag-format'] !== undefined,
        index: table.index === undefined ? undefined : str(where, ['index'], table.index),
        packages,
        exclude: exclude,
        versionFiles: versionFiles(where, ['version-files'], table['version-files']),
        firstPrereleaseNumber: firstPrereleaseNumber(where, table['first-prerelease-number']),
        docker: dockerSettings(where, table.docker),
    };
}
/** The defaults when a repository has no configuration. */
function defaultConfig() {
    return {
        policy: 'lockstep',
        tagFormat: DEFAULT_TAG_FORMAT,
        policySet: false,
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
        throw new errors/* ConfigurationError */.j1('[tool.otai-release] must be a table.', { file: 'pyproject.toml' });
    }
    if (files.isFile('otai-release.toml')) {
        if (tool) {
            throw new errors/* ConfigurationError */.j1('Configuration is in both otai-release.toml and [tool.otai-release] of pyproject.toml; keep one of them.', { file: 'otai-release.toml' });
        }
        const text = files.text('otai-release.toml');
        const table = files.toml('otai-release.toml');
        // The pyproject.toml spelling copied over: the keys would all be one unknown key 'tool'.
        if ((0,pyproject_toml/* getPath */.Yn)(table, ['tool', 'otai-release']) !== undefined) {
            throw new errors/* ConfigurationError */.j1('In otai-release.toml the keys go at the top level, without a [tool.otai-release] header (that header belongs in pyproject.toml); delete the header line and keep the keys below it.', { file: 'otai-release.toml', line: (0,pyproject_toml/* keyLine */.YC)(text, ['tool', 'otai-release']) });
        }
        return parseConfig(table, 'otai-release.toml', text, []);
    }
    if (tool)
        return parseConfig(tool, 'pyproject.toml', files.text('pyproject.toml'), [
            'tool',
            'otai-release',
        ]);
    return defaultConfig();
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./packages/core/src/pyproject/discover.ts
/**
 * Finding the publishable packages of a repository without configuration: every pyproject.toml (or
 * setup.cfg) below the root, except in places that never hold a published package (environments,
 * build output, templates), with those below tests/examples/docs folders marked for the evidence
 * repository.ts weighs.
 */


// Directory names that hold environments, caches or build output: never a package to publish.
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
]);
// Directory names that usually hold tests, examples, docs or templates. A project below one is not
// released unless other evidence says it is (a workspace lists it, a released package requires it):
// opentelemetry-test-utils lives under tests/ and is on PyPI.
const EXAMPLE_DIRS = new Set([
    'tests',
    'test',
    'testing',
    'fixtures',
    'testdata',
    '__fixtures__',
    'templates',
    'examples',
    'example',
    'samples',
    'sample',
    'docs',
    'doc',
    'scripts',
    'benchmarks',
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
 * Every directory that contains a pyproject.toml or setup.cfg, root first then in path order, with the
 * directories never looked into and why. Candidates below example/test folders are returned marked, so
 * the caller can weigh the evidence that they are released after all.
 */
function discoverPackageDirs(root, exclude = []) {
    const excluded = globMatcher(exclude);
    const candidates = [];
    const skipped = [];
    // Below an example folder, what is passed over is summed up by that folder's own entry.
    const prunedIn = new Set();
    const skip = (entry, exampleDir) => {
        if (exampleDir)
            prunedIn.add(exampleDir);
        else
            skipped.push(entry);
    };
    const walk = (rel, exampleDir) => {
        const entries = (0,external_node_fs_.readdirSync)(rel === '.' ? root : (0,external_node_path_.join)(root, rel), { withFileTypes: true });
        const names = new Set(entries.map((e) => e.name));
        const marker = SKIP_MARKERS.find((m) => names.has(m));
        if (marker && rel !== '.') {
            const reason = marker === 'pyvenv.cfg' ? 'a virtualenv' : `a project template (${marker})`;
            skip({ path: rel, reason }, exampleDir);
            return;
        }
        if (names.has('pyproject.toml') || names.has('setup.cfg'))
            candidates.push({ dir: rel, exampleDir });
        for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
            if (!entry.isDirectory())
                continue;
            const child = rel === '.' ? entry.name : external_node_path_.posix.join(rel, entry.name);
            if (SKIP_DIRS.has(entry.name)) {
                if (hasManifestBelow(root, child))
                    skip({ path: child, reason: `'${entry.name}' directories are never published` }, exampleDir);
                continue;
            }
            if (entry.name.startsWith('.'))
                continue;
            if (/\{\{|\{%/.test(entry.name)) {
                if (hasManifestBelow(root, child)) {
                    skip({ path: child, reason: 'a project template ({{ }} in its name)' }, exampleDir);
                }
                continue;
            }
            if (excluded(child)) {
                skipped.push({ path: child, reason: 'matches [tool.otai-release] exclude' });
                continue;
            }
            walk(child, exampleDir ?? (EXAMPLE_DIRS.has(entry.name) ? child : undefined));
        }
    };
    walk('.', undefined);
    return { candidates, skipped, prunedIn };
}
/** The folder name that makes `exampleDir` an example/test folder (`tests` of `pkg/tests`). */
function exampleFolderName(exampleDir) {
    return exampleDir.slice(exampleDir.lastIndexOf('/') + 1);
}
// Only worth reporting a skipped directory when it would otherwise have contributed a package.
function hasManifestBelow(root, rel, depth = 3) {
    if (depth === 0)
        return false;
    let entries;
    try {
        entries = (0,external_node_fs_.readdirSync)((0,external_node_path_.join)(root, rel), { withFileTypes: true });
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
        hasManifestBelow(root, external_node_path_.posix.join(rel, e.name), depth - 1));
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
        return (0,external_node_path_.join)(this.root, file);
    }
    /** True when the file exists and is a regular file. */
    isFile(file) {
        const abs = this.absolute(file);
        return (0,external_node_fs_.existsSync)(abs) && (0,external_node_fs_.statSync)(abs).isFile();
    }
    /** The names of the subdirectories of a directory, sorted; none when it does not exist. */
    subdirs(dir) {
        try {
            return (0,external_node_fs_.readdirSync)(this.absolute(dir), { withFileTypes: true })
                .filter((e) => e.isDirectory())
                .map((e) => e.name)
                .sort();
        }
        catch {
            return [];
        }
    }
    /** The file's text (UTF-8). */
    text(file) {
        let text = this.texts.get(file);
        if (text === undefined) {
            text = (0,external_node_fs_.readFileSync)(this.absolute(file), 'utf8');
            this.texts.set(file, text);
        }
        return text;
    }
    /** The file parsed as TOML; syntax errors name the file and position. */
    toml(file) {
        let table = this.tables.get(file);
        if (table === undefined) {
            table = (0,pyproject_toml/* parseToml */.MT)(this.text(file), file);
            this.tables.set(file, table);
        }
        return table;
    }
}
/** Joins repo-relative posix paths, keeping '.' for the root. */
function joinRel(...parts) {
    const joined = external_node_path_.posix.normalize(external_node_path_.posix.join(...parts));
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
function tomlLocation(files, file, path, kind, source, label = `[${path.slice(0, -1).join('.')}].${path.at(-1)}`) {
    const text = files.text(file);
    const value = tableValue(files.toml(file), path);
    if (typeof value !== 'string') {
        throw new errors/* ConfigurationError */.j1(`${label} must be a string such as "1.2.3", not ${JSON.stringify(value)}.`, {
            file,
            line: (0,pyproject_toml/* keyLine */.YC)(text, path),
        });
    }
    const span = (0,pyproject_toml/* locateString */.eF)(text, path);
    if (!span || span.raw !== value) {
        throw new errors/* ConfigurationError */.j1(`${label} could not be located as a one-line string; write it as ${path.at(-1)} = "${value}" under [${path
            .slice(0, -1)
            .join('.')}].`, { file, line: (0,pyproject_toml/* keyLine */.YC)(text, path) });
    }
    return locationAt(kind, label, file, span, source);
}
function tableValue(table, path) {
    let node = table;
    for (const key of path)
        node = node?.[key];
    return node;
}
/** The location a package's build backend reads its version from (else its first one). */
function buildLocation(pkg) {
    return pkg.locations.find((l) => l.source) ?? pkg.locations[0];
}
/** The version a package's files declare for its build, in normal form; undefined when not valid PEP 440. */
function declaredVersion(pkg) {
    const source = buildLocation(pkg);
    return source && (0,pep440/* tryParseVersion */.z0)(source.raw) ? (0,pep440/* normalizeVersion */.Qj)(source.raw) : undefined;
}

// EXTERNAL MODULE: ./packages/core/src/names/index.ts
var src_names = __webpack_require__(40522);
;// CONCATENATED MODULE: ./packages/core/src/pyproject/evidence.ts
/**
 * Whether a project below an example/test folder is released after all, by evidence rather than by the
 * folder's name: a workspace of the repository lists it, or a released package of the repository
 * requires it (PyPI packages can only depend on packages on PyPI).
 */



// Member entries: uv's and pdm's globs, hatch's strings or {path = …} tables.
function globs(value) {
    if (!Array.isArray(value))
        return [];
    return value.flatMap((v) => typeof v === 'string'
        ? [v]
        : v && typeof v === 'object' && typeof v.path === 'string'
            ? [String(v.path)]
            : []);
}
function workspacesOf(files, dir) {
    const manifest = joinRel(dir, 'pyproject.toml');
    if (!files.isFile(manifest))
        return [];
    let doc;
    try {
        doc = files.toml(manifest);
    }
    catch {
        return [];
    }
    const found = [
        {
            tool: 'uv',
            members: globs((0,pyproject_toml/* getPath */.Yn)(doc, ['tool', 'uv', 'workspace', 'members'])),
            exclude: globs((0,pyproject_toml/* getPath */.Yn)(doc, ['tool', 'uv', 'workspace', 'exclude'])),
        },
        { tool: 'pdm', members: globs((0,pyproject_toml/* getPath */.Yn)(doc, ['tool', 'pdm', 'workspace', 'packages'])), exclude: [] },
        { tool: 'hatch', members: globs((0,pyproject_toml/* getPath */.Yn)(doc, ['tool', 'hatch', 'workspace', 'members'])), exclude: [] },
    ];
    // hatch keeps workspaces per environment, in pyproject.toml or hatch.toml.
    const hatchToml = joinRel(dir, 'hatch.toml');
    const envTables = [(0,pyproject_toml/* getPath */.Yn)(doc, ['tool', 'hatch', 'envs'])];
    if (files.isFile(hatchToml)) {
        try {
            envTables.push((0,pyproject_toml/* getPath */.Yn)(files.toml(hatchToml), ['envs']));
        }
        catch {
            // A broken hatch.toml is reported where it is read for a version, not here.
        }
    }
    for (const envs of envTables) {
        if (!envs || typeof envs !== 'object')
            continue;
        for (const env of Object.values(envs)) {
            const members = globs((0,pyproject_toml/* getPath */.Yn)(env, ['workspace', 'members']));
            const exclude = globs((0,pyproject_toml/* getPath */.Yn)(env, ['workspace', 'exclude']));
            if (members.length)
                found.push({ tool: 'hatch', members, exclude });
        }
    }
    const rel = (g) => joinRel(dir, g);
    return found
        .filter((w) => w.members.length > 0)
        .map((w) => {
        const excluded = globMatcher(w.exclude.map(rel));
        return {
            manifest,
            tool: w.tool,
            // A glob names member directories themselves, not what lies below them.
            members: (d) => !excluded(d) && w.members.some((g) => exact(rel(g), d)),
        };
    });
}
function exact(glob, dir) {
    return globMatcher([glob])(dir) && glob.split('/').length === dir.split('/').length;
}
/** A function telling which workspace of the given manifests' directories lists a directory. */
function workspaceMembership(files, dirs) {
    const workspaces = dirs.flatMap((d) => workspacesOf(files, d));
    return (dir) => {
        const w = workspaces.find((ws) => ws.members(dir));
        return w ? `listed by the ${w.tool} workspace of ${w.manifest}` : undefined;
    };
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
                throw new errors/* ConfigurationError */.j1(`${where.key} uses the inline flag (?${f}), which otai-release cannot apply; remove it from the pattern.`, where);
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
        throw new errors/* ConfigurationError */.j1(`${where.key} = '${pattern}' is not a regular expression otai-release can use: ${error.message}.`, where);
    }
    if (!src.includes('(?<version>')) {
        throw new errors/* ConfigurationError */.j1(`${where.key} = '${pattern}' has no named group 'version'; write it as (?P<version>...) around the version text.`, where);
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
    return { start, end, raw: text.slice(start, end), ...(0,pyproject_toml/* lineColumn */.rv)(text, start) };
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
                ...(0,pyproject_toml/* lineColumn */.rv)(text, quoteOffset + 1),
            }
            : undefined;
        found = { string, valueText, line: (0,pyproject_toml/* lineColumn */.rv)(text, m.index).line };
        foundAt = m.index;
    }
    for (let m = reexport.exec(text); m; m = reexport.exec(text)) {
        if (m.index > foundAt) {
            found = { valueText: m[0], line: (0,pyproject_toml/* lineColumn */.rv)(text, m.index).line, importedFrom: m[1] };
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
    return { start: m.index, end: m.index + raw.length, raw, ...(0,pyproject_toml/* lineColumn */.rv)(text, m.index) };
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
            return { value: m[2], start: valueStart, line: (0,pyproject_toml/* lineColumn */.rv)(text, valueStart).line };
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
            throw new errors/* ConfigurationError */.j1(`setup.cfg version = file: ${directive[2]} does not exist (looked for ${target}).`, where);
        }
        const span = wholeFileVersion(files.text(target));
        if (!span)
            throw new errors/* ConfigurationError */.j1(`${target} is empty; write the version in it.`, { file: target });
        return locationAt('setup-cfg', `${directive[2].trim()} (setup.cfg file:)`, target, span, true);
    }
    const span = {
        start: found.start,
        end: found.start + found.value.length,
        raw: found.value,
        ...(0,pyproject_toml/* lineColumn */.rv)(text, found.start),
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
    if (typeof (0,pyproject_toml/* getPath */.Yn)(m.doc, ['tool', 'bumpversion', 'current_version']) === 'string') {
        found.push(tomlLocation(files, m.file, ['tool', 'bumpversion', 'current_version'], 'bumpversion', false));
    }
    if (typeof (0,pyproject_toml/* getPath */.Yn)(m.doc, ['tool', 'commitizen', 'version']) === 'string') {
        found.push(tomlLocation(files, m.file, ['tool', 'commitizen', 'version'], 'commitizen', false));
    }
    const bumpToml = joinRel(m.dir, '.bumpversion.toml');
    if (files.isFile(bumpToml) &&
        typeof (0,pyproject_toml/* getPath */.Yn)(files.toml(bumpToml), ['tool', 'bumpversion', 'current_version']) === 'string') {
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
                ...(0,pyproject_toml/* lineColumn */.rv)(text, v.start),
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
        throw new errors/* ConfigurationError */.j1(`version-files lists "${setting.path}", which does not exist; fix the path (relative to the repository root) or remove it.`, { file: configFile });
    }
    const text = files.text(file);
    const pattern = setting.pattern ?? (file.endsWith('.py') ? HATCH_DEFAULT_PATTERN : undefined);
    const span = pattern
        ? matchVersion(text, pythonRegex(pattern, { file: configFile, key: `version-files "${setting.path}" pattern` }))
        : wholeFileVersion(text);
    if (!span) {
        throw new errors/* ConfigurationError */.j1(`version-files: no version found in ${file}${pattern ? ` with the pattern '${pattern}'` : ' (the file is empty)'}.`, { file: configFile });
    }
    return locationAt('configured', `${setting.path} (version-files)`, file, span, false);
}

// EXTERNAL MODULE: ./packages/core/src/pep508/index.ts + 1 modules
var pep508 = __webpack_require__(61150);
;// CONCATENATED MODULE: ./packages/core/src/pyproject/requirements.ts
/** The requirements a package declares, with where each specifier sits (to check and rewrite pins). */



// The string's value: in a basic string, escapes (`\"` around a marker value) are not what they mean.
function requirements_valueOf(text, span, file) {
    if (text[span.start - 1] !== '"' || !span.raw.includes('\\'))
        return span.raw;
    return (0,pyproject_toml/* parseToml */.MT)(`v = "${span.raw}"`, file).v;
}
function parsePin(text, span, label, file) {
    const value = requirements_valueOf(text, span, file);
    const parsed = (0,pep508/* parseRequirement */.p)(value);
    const declared = { raw: span.raw, label, file, line: span.line };
    if (!parsed.ok) {
        // Without a name there is no telling whether it is a pin on one of the repository's packages.
        if (parsed.name === undefined)
            return undefined;
        const { column, start } = span;
        return {
            ...declared,
            name: parsed.name,
            specifier: '',
            problem: parsed.message,
            column,
            start,
            end: start,
        };
    }
    const { name, specifierAt } = parsed.requirement;
    // Unpinned, the empty span sits at the end, where a specifier would go.
    const { start, end } = specifierAt ?? { start: span.raw.length, end: span.raw.length };
    // Offsets into the value are offsets into the file only while no escape comes before them; a name
    // or specifier written with escapes (`\u0061cme`) cannot be located, so it is not taken for a pin.
    if (value.slice(0, end) !== span.raw.slice(0, end))
        return undefined;
    return {
        ...declared,
        name,
        specifier: span.raw.slice(start, end),
        column: span.column + start,
        start: span.start + start,
        end: span.start + end,
    };
}
/** Every requirement of `[project].dependencies` and `[project.optional-dependencies]`, located. */
function readRequirements(files, file, doc) {
    const text = files.text(file);
    const arrays = [[['project', 'dependencies'], '[project].dependencies']];
    const optional = (0,pyproject_toml/* getPath */.Yn)(doc, ['project', 'optional-dependencies']);
    if (optional && typeof optional === 'object') {
        for (const extra of Object.keys(optional)) {
            arrays.push([['project', 'optional-dependencies', extra], `[project.optional-dependencies].${extra}`]);
        }
    }
    const pins = [];
    for (const [path, label] of arrays) {
        const at = (0,pyproject_toml/* locateValue */.QZ)(text, path);
        if (at === undefined)
            continue;
        for (const span of (0,pyproject_toml/* arrayStringsAt */.VQ)(text, at)) {
            const pin = parsePin(text, span, label, file);
            if (pin)
                pins.push(pin);
        }
    }
    return pins;
}
/** The requirements among `pins` that name one of `names` (canonical project names). */
function internalPins(pins, names) {
    return pins.filter((p) => names.has((0,src_names/* canonicalizeName */.yt)(p.name)));
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
        throw new errors/* ConfigurationError */.j1(`${what}: ${file} has no top-level assignment of ${name}; add ${name} = "X.Y.Z" to it.`, where);
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
    throw new errors/* ConfigurationError */.j1(`${what}: ${name} in ${file}:${found.line} is \`${found.valueText}\`, not a string literal, so it cannot be read ` +
        `without running the code; assign a plain string such as ${name} = "X.Y.Z".`, { file, line: found.line });
}

;// CONCATENATED MODULE: ./packages/core/src/pyproject/shipped.ts
/**
 * The import packages a distribution ships, from what its build backend is told (poetry `packages`,
 * hatch `packages`/`only-include`, setuptools `packages`/`packages.find`/`package-dir`, flit's module,
 * pdm's `package-dir`, maturin's `python-source`, setup.cfg `[options]`), else the src/flat layout
 * guess from the project name. Their module files are where version copies hide: poetry-core keeps
 * `__version__` in src/poetry/core/__init__.py, a package inside the `poetry` namespace.
 */


const shipped_strings = (value) => Array.isArray(value) ? value.filter((v) => typeof v === 'string') : [];
// fnmatch as setuptools applies it to dotted package names.
function fnmatch(pattern, name) {
    const source = pattern
        .replace(/[.+^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*')
        .replace(/\?/g, '.');
    return new RegExp(`^${source}$`).test(name);
}
function hasPython(files, dir) {
    return files.isFile(joinRel(dir, '__init__.py'));
}
// setuptools' find: top-level directories under each `where` that include/exclude admit.
function findPackages(files, base, where, include, exclude) {
    const dirs = [];
    for (const w of where.length ? where : ['.']) {
        for (const name of files.subdirs(joinRel(base, w))) {
            const dir = joinRel(base, w, name);
            if (name.startsWith('.') || name.includes('-'))
                continue;
            if (include.length && !include.some((p) => fnmatch(p, name) || fnmatch(p, `${name}.x`)))
                continue;
            if (exclude.some((p) => fnmatch(p, name)))
                continue;
            // Without an include list only real packages count (tests/ and docs/ are directories too).
            if (include.length || hasPython(files, dir))
                dirs.push(dir);
        }
    }
    return dirs;
}
// Dotted package names laid out by a setuptools package_dir mapping ({"" = "src"}, {"pkg" = "lib/pkg"}).
function mapPackages(base, names, packageDir) {
    return names
        .filter((n) => !n.includes('.'))
        .map((n) => joinRel(base, packageDir[n] ?? joinRel(packageDir[''] ?? '.', n)));
}
function fromPyproject(files, m) {
    const { doc, dir } = m;
    const dirs = [];
    // poetry: packages = [{ include = "poetry", from = "src" }]
    const poetry = (0,pyproject_toml/* getPath */.Yn)(doc, ['tool', 'poetry', 'packages']);
    if (Array.isArray(poetry)) {
        for (const entry of poetry) {
            const include = entry?.include;
            if (typeof include !== 'string' || include.endsWith('.py') || /[*?[]/.test(include))
                continue;
            const from = entry.from;
            dirs.push(joinRel(dir, typeof from === 'string' ? from : '.', include));
        }
    }
    // hatch: packages / only-include, on the wheel target or the build as a whole.
    for (const key of [
        ['tool', 'hatch', 'build', 'targets', 'wheel', 'packages'],
        ['tool', 'hatch', 'build', 'packages'],
        ['tool', 'hatch', 'build', 'targets', 'wheel', 'only-include'],
        ['tool', 'hatch', 'build', 'only-include'],
    ]) {
        dirs.push(...shipped_strings((0,pyproject_toml/* getPath */.Yn)(doc, key)).map((p) => joinRel(dir, p.replace(/^\/+/, ''))));
    }
    // setuptools: packages = [...] or packages.find, laid out by package-dir.
    const packageDir = ((0,pyproject_toml/* getPath */.Yn)(doc, ['tool', 'setuptools', 'package-dir']) ?? {});
    const st = (0,pyproject_toml/* getPath */.Yn)(doc, ['tool', 'setuptools', 'packages']);
    if (Array.isArray(st))
        dirs.push(...mapPackages(dir, shipped_strings(st), packageDir));
    const find = st?.find;
    if (find && typeof find === 'object') {
        const where = shipped_strings(find.where);
        dirs.push(...findPackages(files, dir, where.length ? where : [packageDir[''] ?? '.'], shipped_strings(find.include), shipped_strings(find.exclude)));
    }
    else if (packageDir[''] && !Array.isArray(st)) {
        dirs.push(...findPackages(files, dir, [packageDir['']], [], []));
    }
    // flit: the module (dotted: the top package).
    const flitModule = (0,pyproject_toml/* getPath */.Yn)(doc, ['tool', 'flit', 'module', 'name']);
    if (typeof flitModule === 'string') {
        const top = flitModule.split('.')[0];
        dirs.push(joinRel(dir, 'src', top), joinRel(dir, top));
    }
    // pdm-backend: package-dir (src when it exists), includes.
    const pdmDir = (0,pyproject_toml/* getPath */.Yn)(doc, ['tool', 'pdm', 'build', 'package-dir']);
    if (typeof pdmDir === 'string')
        dirs.push(...findPackages(files, dir, [pdmDir], [], []));
    dirs.push(...shipped_strings((0,pyproject_toml/* getPath */.Yn)(doc, ['tool', 'pdm', 'build', 'includes']))
        .filter((p) => !p.endsWith('.py') && !/[*?[]/.test(p))
        .map((p) => joinRel(dir, p)));
    // maturin: python-source holds the Python part, module-name says which package.
    const source = (0,pyproject_toml/* getPath */.Yn)(doc, ['tool', 'maturin', 'python-source']);
    const module = (0,pyproject_toml/* getPath */.Yn)(doc, ['tool', 'maturin', 'module-name']);
    if (typeof source === 'string') {
        dirs.push(...(typeof module === 'string'
            ? [joinRel(dir, source, module.split('.')[0])]
            : findPackages(files, dir, [source], [], [])));
    }
    return dirs;
}
// An INI value with its indented continuation lines (`package_dir =\n    =src`), as one string.
function iniBlock(text, section, key) {
    let current = '';
    let value;
    for (const line of text.split(/\r?\n/)) {
        const header = /^\[([^\]]+)\]/.exec(line);
        if (header) {
            current = header[1].trim();
            if (value !== undefined)
                break;
            continue;
        }
        if (current !== section)
            continue;
        if (value !== undefined) {
            if (/^[ \t]+\S/.test(line))
                value += ` ${line.trim()}`;
            else if (line.trim() !== '')
                break;
            continue;
        }
        const m = /^([\w.-]+)[ \t]*[=:][ \t]*(.*)$/.exec(line);
        if (m && m[1] === key)
            value = m[2].trim();
    }
    return value;
}
const words = (value) => (value ?? '').split(/[\s,]+/).filter(Boolean);
// setup.cfg [options]: packages = find: / a list, package_dir = =src, [options.packages.find].
function fromSetupCfg(files, dir) {
    const cfg = joinRel(dir, 'setup.cfg');
    if (!files.isFile(cfg))
        return [];
    const text = files.text(cfg);
    const root = /(?:^|\s)=\s*(\S+)/.exec(iniBlock(text, 'options', 'package_dir') ?? '')?.[1];
    const packages = iniBlock(text, 'options', 'packages') ?? '';
    if (packages === '' || /^find(_namespace)?:/.test(packages)) {
        const find = (key) => words(iniBlock(text, 'options.packages.find', key));
        const where = find('where');
        return findPackages(files, dir, where.length ? where : [root ?? '.'], find('include'), find('exclude'));
    }
    return mapPackages(dir, words(packages), root ? { '': root } : {});
}
/**
 * The directories of the import packages the distribution ships, with the subpackages of a namespace
 * package (a directory without `__init__.py`, whose subpackages carry the code), most likely first.
 */
function shippedPackageDirs(files, m) {
    const guess = m.name.toLowerCase().replace(/[-.]+/g, '_');
    const candidates = [
        ...fromPyproject(files, m),
        ...fromSetupCfg(files, m.dir),
        joinRel(m.dir, 'src', guess),
        joinRel(m.dir, guess),
    ];
    const dirs = new Set();
    for (const dir of candidates) {
        if (hasPython(files, dir))
            dirs.add(dir);
        else {
            for (const sub of files.subdirs(dir)) {
                const child = joinRel(dir, sub);
                if (!/^_?vendor(ed)?$|^tests?$/.test(sub) && hasPython(files, child))
                    dirs.add(child);
            }
        }
    }
    return [...dirs];
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
    return { file, line: (0,pyproject_toml/* keyLine */.YC)(files.text(file), path) };
}
function tag(files, m, tool, path) {
    return { tag: { tool, file: m.file, line: (0,pyproject_toml/* keyLine */.YC)(files.text(m.file), path) ?? 1 } };
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
    if (backend === 'maturin' || backend.startsWith('maturin.'))
        return { location: cargoVersion(files, m, true) };
    throw new errors/* ConfigurationError */.j1(`${m.name}: the build backend '${backend}' computes the version when it builds, which otai-release cannot read without running it; ` +
        'declare it statically as [project] version = "X.Y.Z" (remove "version" from dynamic), ' +
        'or leave this directory out with [tool.otai-release] exclude if it is not released. The other packages are still checked.', position(files, m.file, ['build-system', 'build-backend']));
}
// The nearest Cargo.toml above a crate's (or the crate's own) that declares a [workspace].
function cargoWorkspaceRoot(files, cargo) {
    for (let dir = cargo.replace(/\/?[^/]*$/, '') || '.'; !dir.startsWith('..'); dir = joinRel(dir, '..')) {
        const candidate = joinRel(dir, 'Cargo.toml');
        if (files.isFile(candidate) && (0,pyproject_toml/* getPath */.Yn)(files.toml(candidate), ['workspace']) !== undefined)
            return candidate;
        if (dir === '.')
            break;
    }
    return undefined;
}
const inheritsVersion = (doc) => {
    const v = (0,pyproject_toml/* getPath */.Yn)(doc, ['package', 'version']);
    return !!v && typeof v === 'object' && v.workspace === true;
};
// The crates of a Cargo workspace whose version is the workspace's (members globs, `*` per segment).
function workspaceCrates(files, root) {
    const base = root.replace(/\/?Cargo\.toml$/, '') || '.';
    const doc = files.toml(root);
    const members = (0,pyproject_toml/* getPath */.Yn)(doc, ['workspace', 'members']);
    const dirs = new Set((0,pyproject_toml/* getPath */.Yn)(doc, ['package']) !== undefined ? [base] : []);
    for (const glob of Array.isArray(members) ? members.filter((g) => typeof g === 'string') : []) {
        let found = [base];
        for (const part of String(glob).split('/')) {
            const re = new RegExp(`^${part
                .replace(/[.+^${}()|[\]\\]/g, '\\$&')
                .replace(/\*/g, '.*')
                .replace(/\?/g, '.')}$`);
            found =
                part.includes('*') || part.includes('?')
                    ? found.flatMap((d) => files
                        .subdirs(d)
                        .filter((n) => re.test(n))
                        .map((n) => joinRel(d, n)))
                    : found.map((d) => joinRel(d, part));
        }
        for (const d of found)
            dirs.add(d);
    }
    const names = [];
    for (const d of dirs) {
        const toml = joinRel(d, 'Cargo.toml');
        if (!files.isFile(toml))
            continue;
        const crate = files.toml(toml);
        const name = (0,pyproject_toml/* getPath */.Yn)(crate, ['package', 'name']);
        if (typeof name === 'string' && inheritsVersion(crate))
            names.push(name);
    }
    return names;
}
/**
 * The crate's entries in the Cargo.lock beside it or above it: cargo rewrites them on the next build,
 * and `cargo build --locked` (as release pipelines run it) refuses a lock that disagrees with Cargo.toml.
 * A version inherited from the workspace is every inheriting member's, so each of their entries counts.
 */
function cargoLockVersions(files, m) {
    const cargo = maturinCargoToml(files, m);
    if (!files.isFile(cargo))
        return [];
    const doc = files.toml(cargo);
    const name = (0,pyproject_toml/* getPath */.Yn)(doc, ['package', 'name']);
    if (typeof name !== 'string')
        return [];
    const root = inheritsVersion(doc) ? cargoWorkspaceRoot(files, cargo) : undefined;
    if (typeof (0,pyproject_toml/* getPath */.Yn)(doc, ['package', 'version']) !== 'string' && !root)
        return [];
    const names = root ? workspaceCrates(files, root) : [name];
    for (let dir = (root ?? cargo).replace(/\/?[^/]*$/, '') || '.'; !dir.startsWith('..'); dir = joinRel(dir, '..')) {
        const lock = joinRel(dir, 'Cargo.lock');
        if (files.isFile(lock)) {
            return names.flatMap((crate) => {
                const escaped = crate.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
                const re = new RegExp(`^name = "${escaped}"\\r?\\nversion = "(?<version>[^"\\n]+)"`, 'md');
                const span = matchVersion(files.text(lock), re);
                return span ? [locationAt('cargo', `Cargo.lock version of ${crate}`, lock, span, false)] : [];
            });
        }
        if (dir === '.')
            break;
    }
    return [];
}
/** The Cargo.toml a maturin project builds: `[tool.maturin] manifest-path`, else the one beside pyproject.toml. */
function maturinCargoToml(files, m) {
    const configured = (0,pyproject_toml/* getPath */.Yn)(m.doc, ['tool', 'maturin', 'manifest-path']);
    return joinRel(m.dir, typeof configured === 'string' ? configured : 'Cargo.toml');
}
/**
 * The version maturin takes from Cargo: `[package].version`, or with `version.workspace = true` the
 * workspace's `[workspace.package].version` (the nearest Cargo.toml above that has a [workspace]).
 * maturin reads the SemVer text as PEP 440 (`1.0.0-rc.1` is 1.0.0rc1).
 */
function cargoVersion(files, m, source) {
    const cargo = maturinCargoToml(files, m);
    const where = position(files, m.file, ['project', 'dynamic']);
    if (!files.isFile(cargo)) {
        throw new errors/* ConfigurationError */.j1(`${m.name}: maturin takes the version from ${cargo}, which does not exist; set [tool.maturin] manifest-path to the crate's Cargo.toml, or a static [project] version.`, where);
    }
    const version = (0,pyproject_toml/* getPath */.Yn)(files.toml(cargo), ['package', 'version']);
    if (typeof version === 'string') {
        return tomlLocation(files, cargo, ['package', 'version'], 'cargo', source, 'Cargo.toml [package].version (maturin)');
    }
    const inherited = version && typeof version === 'object' && version.workspace === true;
    if (inherited) {
        for (let dir = cargo.replace(/\/?[^/]*$/, '') || '.';; dir = joinRel(dir, '..')) {
            const candidate = joinRel(dir, 'Cargo.toml');
            if (candidate !== cargo &&
                files.isFile(candidate) &&
                (0,pyproject_toml/* getPath */.Yn)(files.toml(candidate), ['workspace']) !== undefined) {
                if (typeof (0,pyproject_toml/* getPath */.Yn)(files.toml(candidate), ['workspace', 'package', 'version']) !== 'string')
                    break;
                return tomlLocation(files, candidate, ['workspace', 'package', 'version'], 'cargo', source, 'Cargo.toml [workspace.package].version (maturin)');
            }
            if (dir === '.' || dir.startsWith('..'))
                break;
        }
        throw new errors/* ConfigurationError */.j1(`${m.name}: ${cargo} inherits its version from the Cargo workspace (version.workspace = true), but no Cargo.toml above it has [workspace.package] version; add it there.`, { file: cargo, line: (0,pyproject_toml/* keyLine */.YC)(files.text(cargo), ['package', 'version']) });
    }
    throw new errors/* ConfigurationError */.j1(`${m.name}: maturin takes the version from ${cargo}, which has no [package] version; add version = "X.Y.Z" under [package].`, { file: cargo, line: (0,pyproject_toml/* keyLine */.YC)(files.text(cargo), ['package']) });
}
function hatchSource(files, m) {
    const hatchToml = joinRel(m.dir, 'hatch.toml');
    let file = m.file;
    let prefix = ['tool', 'hatch', 'version'];
    let config = (0,pyproject_toml/* getPath */.Yn)(m.doc, prefix);
    if (!config && files.isFile(hatchToml)) {
        const table = (0,pyproject_toml/* getPath */.Yn)(files.toml(hatchToml), ['version']);
        if (table) {
            config = table;
            file = hatchToml;
            prefix = ['version'];
        }
    }
    if (!config) {
        throw new errors/* ConfigurationError */.j1(`${m.name}: version is dynamic with hatchling, but there is no [tool.hatch.version] (nor [version] in hatch.toml); ` +
            'add [tool.hatch.version] path = "src/<pkg>/__about__.py", or make the version static.', position(files, m.file, ['project', 'dynamic']));
    }
    const label = file === m.file ? '[tool.hatch.version]' : 'hatch.toml [version]';
    const source = String(config.source ?? 'regex');
    if (HATCH_TAG_SOURCES[source])
        return tag(files, { ...m, file }, HATCH_TAG_SOURCES[source], [...prefix, 'source']);
    if (source === 'env') {
        throw new errors/* ConfigurationError */.j1(`${m.name}: ${label} source = "env" takes the version from an environment variable at build time, which ` +
            'cannot be checked before the build; use source = "regex" with a path, or a static version.', position(files, file, [...prefix, 'source']));
    }
    if (source !== 'regex' && source !== 'code') {
        throw new errors/* ConfigurationError */.j1(`${m.name}: ${label} source = "${source}" is a version-source plugin otai-release does not know; use "regex", "code", "vcs" or a static version.`, position(files, file, [...prefix, 'source']));
    }
    if (typeof config.path !== 'string') {
        throw new errors/* ConfigurationError */.j1(`${m.name}: ${label} needs path = "<file holding the version>".`, position(files, file, prefix));
    }
    const target = joinRel(m.dir, config.path);
    const where = position(files, file, [...prefix, 'path']);
    if (!files.isFile(target)) {
        throw new errors/* ConfigurationError */.j1(`${m.name}: ${label} path = "${config.path}" does not exist (looked for ${target}).`, where);
    }
    if (source === 'code') {
        const expression = String(config.expression ?? '__version__');
        if (!/^[A-Za-z_]\w*$/.test(expression)) {
            throw new errors/* ConfigurationError */.j1(`${m.name}: ${label} expression = "${expression}" must be evaluated by running code; use source = "regex" so the version can be read and rewritten.`, position(files, file, [...prefix, 'expression']));
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
        throw new errors/* ConfigurationError */.j1(`${m.name}: ${label} found no version in ${target}: ${config.pattern
            ? `the pattern '${pattern}' does not match`
            : 'hatch expects a line like __version__ = "1.2.3" at the start of a line'}.`, where);
    }
    return { location: locationAt('hatch', `version in ${config.path} (hatch path)`, target, span, true) };
}
function pdmSource(files, m) {
    const prefix = ['tool', 'pdm', 'version'];
    const config = (0,pyproject_toml/* getPath */.Yn)(m.doc, prefix);
    const source = config?.source;
    if (source === 'scm')
        return tag(files, m, 'pdm-backend scm', [...prefix, 'source']);
    if (source === 'file' && typeof config?.path === 'string') {
        const target = joinRel(m.dir, config.path);
        const where = position(files, m.file, [...prefix, 'path']);
        if (!files.isFile(target)) {
            throw new errors/* ConfigurationError */.j1(`${m.name}: [tool.pdm.version] path = "${config.path}" does not exist.`, where);
        }
        const span = matchVersion(files.text(target), pythonRegex(PDM_FILE_PATTERN, { ...where, key: 'pdm' }));
        if (!span) {
            throw new errors/* ConfigurationError */.j1(`${m.name}: ${target} has no line __version__ = "X.Y.Z", which pdm-backend's file source reads.`, where);
        }
        return { location: locationAt('pdm', '__version__ (pdm file source)', target, span, true) };
    }
    throw new errors/* ConfigurationError */.j1(`${m.name}: version is dynamic with pdm-backend, but [tool.pdm.version] is ${source ? `source = "${String(source)}", which cannot be read without running code` : 'missing'}; use source = "file" with a path, source = "scm", or a static version.`, position(files, m.file, config ? [...prefix, 'source'] : ['project', 'dynamic']));
}
function flitSource(files, m) {
    const moduleName = String((0,pyproject_toml/* getPath */.Yn)(m.doc, ['tool', 'flit', 'module', 'name']) ?? m.name.replace(/[-.]/g, '_'));
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
        throw new errors/* ConfigurationError */.j1(`${m.name}: flit reads the version from the module '${moduleName}', but neither ${candidates[0]}/ nor ${candidates[1]}/ (or .py) exists; set [tool.flit.module] name.`, position(files, m.file, ['project', 'dynamic']));
    }
    let found;
    for (const file of order) {
        const span = matchVersion(files.text(file), /^__version__[ \t]*(?::[^=\n]*)?=[ \t]*(["'])(?<version>[^"'\n]*)\1/dm);
        if (span)
            found = locationAt('flit', '__version__ (flit)', file, span, true);
    }
    if (!found) {
        throw new errors/* ConfigurationError */.j1(`${m.name}: flit found no __version__ = "X.Y.Z" string in ${order.join(', ')}; add one.`, { file: order.at(-1) });
    }
    return { location: found };
}
function poetrySource(files, m) {
    if ((0,pyproject_toml/* getPath */.Yn)(m.doc, ['tool', 'poetry-dynamic-versioning', 'enable']) === true) {
        return tag(files, m, 'poetry-dynamic-versioning', ['tool', 'poetry-dynamic-versioning', 'enable']);
    }
    if (typeof (0,pyproject_toml/* getPath */.Yn)(m.doc, ['tool', 'poetry', 'version']) === 'string') {
        return { location: tomlLocation(files, m.file, ['tool', 'poetry', 'version'], 'poetry', true) };
    }
    throw new errors/* ConfigurationError */.j1(`${m.name}: version is dynamic with poetry, but [tool.poetry] has no version; add version = "X.Y.Z".`, position(files, m.file, ['project', 'dynamic']));
}
function setuptoolsSource(files, m) {
    const prefix = ['tool', 'setuptools', 'dynamic', 'version'];
    const config = (0,pyproject_toml/* getPath */.Yn)(m.doc, prefix);
    const where = position(files, m.file, prefix);
    if (config && typeof config === 'object' && !Array.isArray(config)) {
        const { attr, file } = config;
        if (typeof attr === 'string')
            return { location: attrLocation(files, m, attr, where) };
        if (file !== undefined) {
            const first = Array.isArray(file) ? file[0] : file;
            const target = joinRel(m.dir, String(first));
            if (!files.isFile(target)) {
                throw new errors/* ConfigurationError */.j1(`${m.name}: [tool.setuptools.dynamic] version file = "${String(first)}" does not exist.`, where);
            }
            const span = wholeFileVersion(files.text(target));
            if (!span)
                throw new errors/* ConfigurationError */.j1(`${m.name}: ${target} is empty; write the version in it.`, {
                    file: target,
                });
            return {
                location: locationAt('setuptools-file', `${String(first)} (setuptools file)`, target, span, true),
            };
        }
        throw new errors/* ConfigurationError */.j1(`${m.name}: [tool.setuptools.dynamic] version must be {attr = "pkg.__version__"} or {file = "VERSION"}.`, where);
    }
    // vcs-versioning is setuptools-scm's core; it versions itself (in-tree) from its own table.
    if ((0,pyproject_toml/* getPath */.Yn)(m.doc, ['tool', 'vcs-versioning']) !== undefined) {
        return tag(files, m, 'vcs-versioning', ['tool', 'vcs-versioning']);
    }
    if ((0,pyproject_toml/* getPath */.Yn)(m.doc, ['tool', 'setuptools_scm']) !== undefined || requiresAny(m, ['setuptools-scm'])) {
        const key = (0,pyproject_toml/* getPath */.Yn)(m.doc, ['tool', 'setuptools_scm']) !== undefined
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
    throw new errors/* ConfigurationError */.j1(`${m.name}: version is dynamic, but neither [tool.setuptools.dynamic] version, setuptools-scm nor setup.cfg provides it; ` +
        'add [tool.setuptools.dynamic] version = {attr = "<pkg>.__version__"} or a static version.', position(files, m.file, ['project', 'dynamic']));
}
/** The location a setuptools `attr:` directive points at (read statically, as setuptools first tries). */
function attrLocation(files, m, attr, where) {
    const dot = attr.lastIndexOf('.');
    if (dot <= 0) {
        throw new errors/* ConfigurationError */.j1(`${m.name}: attr = "${attr}" must be "<module>.<name>", e.g. "mypkg.__version__".`, where);
    }
    const moduleName = attr.slice(0, dot);
    const name = attr.slice(dot + 1);
    const packageDir = (0,pyproject_toml/* getPath */.Yn)(m.doc, ['tool', 'setuptools', 'package-dir']);
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
        throw new errors/* ConfigurationError */.j1(`${m.name}: attr = "${attr}" names the module '${moduleName}', which does not exist under ${roots.join(' or ')}; fix the module path.`, where);
    }
    const found = readStringAssignment(files, file, name, `${m.name}: attr = "${attr}"`, where);
    return locationAt('setuptools-attr', `${name} (setuptools attr)`, found.file, found.span, true);
}
/** The import packages of a distribution, from what its backend ships (see shipped.ts). */
function packageDirs(files, m) {
    return shippedPackageDirs(files, m);
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
    if ((0,pyproject_toml/* getPath */.Yn)(doc, ['tool', 'poetry', 'package-mode']) === false) {
        return '[tool.poetry] package-mode = false: Poetry only manages its dependencies, it builds no package';
    }
    if (!name)
        return 'no [project] name: not a package (tool configuration only)';
    const classifiers = (0,pyproject_toml/* getPath */.Yn)(doc, ['project', 'classifiers']);
    // PyPI refuses every `Private ::` classifier, which is why projects add one to stay unpublished.
    const privateClassifier = Array.isArray(classifiers)
        ? classifiers.find((c) => typeof c === 'string' && c.startsWith('Private ::'))
        : undefined;
    if (privateClassifier)
        return `classifier "${String(privateClassifier)}" (PyPI refuses uploads with it)`;
    // With a build system, `package = false` only keeps `uv run` from building it (pydantic-core's root).
    if ((0,pyproject_toml/* getPath */.Yn)(doc, ['tool', 'uv', 'package']) === false && doc['build-system'] === undefined) {
        return '[tool.uv] package = false and no [build-system]';
    }
    const isWorkspaceRoot = WORKSPACE_KEYS.some((k) => (0,pyproject_toml/* getPath */.Yn)(doc, k) !== undefined);
    const version = (0,pyproject_toml/* getPath */.Yn)(doc, ['project', 'version']);
    const placeholder = typeof version === 'string' && (version.includes('+') || /^0(\.0)*$/.test(version));
    if (isWorkspaceRoot) {
        if (doc['build-system'] === undefined)
            return 'workspace root without [build-system] (a virtual project)';
        if (placeholder)
            return `workspace root with placeholder version "${String(version)}"`;
    }
    // 0.0.0 is never a release anyone meant (OpenTelemetry's codegen: "Not published to PyPI").
    if (typeof version === 'string' && /^0(\.0)*$/.test(version)) {
        return `placeholder version "${version}" (nothing is released as 0.0.0)`;
    }
    return undefined;
}
/**
 * Reads the package at `dir` (repo-relative). `tagFormats` are the formats that apply to it, the one
 * new tags use first.
 */
function readPackage(files, dir, tagFormats, explicit) {
    const file = joinRel(dir, 'pyproject.toml');
    if (!files.isFile(file))
        return readSetupCfgPackage(files, dir, tagFormats, explicit);
    const doc = files.toml(file);
    const text = files.text(file);
    const project = (0,pyproject_toml/* getPath */.Yn)(doc, ['project']);
    const name = (project?.name ?? (0,pyproject_toml/* getPath */.Yn)(doc, ['tool', 'poetry', 'name']));
    if (!name && files.isFile(joinRel(dir, 'setup.cfg')))
        return readSetupCfgPackage(files, dir, tagFormats, explicit);
    const reason = unpublishedReason(doc, name);
    if (reason) {
        if (explicit) {
            throw new errors/* ConfigurationError */.j1(`${file} is listed in [tool.otai-release] packages but is not publishable: ${reason}.`, {
                file,
            });
        }
        return { skipped: { file, reason } };
    }
    if (typeof name !== 'string' || !(0,src_names/* isValidName */.uV)(name)) {
        throw new errors/* ConfigurationError */.j1(`[project] name = ${JSON.stringify(name)} is not a valid project name: use ASCII letters, digits, '.', '_' and '-', starting and ending with a letter or digit.`, { file, line: (0,pyproject_toml/* keyLine */.YC)(text, ['project', 'name']) });
    }
    const requires = (0,pyproject_toml/* getPath */.Yn)(doc, ['build-system', 'requires']);
    const m = {
        dir,
        file,
        doc,
        name,
        backend: (0,pyproject_toml/* getPath */.Yn)(doc, ['build-system', 'build-backend']),
        requires: Array.isArray(requires) ? requires.map(String) : [],
    };
    const dynamic = project?.dynamic;
    const isDynamic = Array.isArray(dynamic) && dynamic.includes('version');
    const hasStatic = project?.version !== undefined;
    if (isDynamic && hasStatic) {
        throw new errors/* ConfigurationError */.j1(`${name}: version is both static ([project] version = ${JSON.stringify(project?.version)}) and listed in [project] dynamic; ` +
            'build backends refuse this. Remove one of the two.', { file, line: (0,pyproject_toml/* keyLine */.YC)(text, ['project', 'version']) });
    }
    const locations = [];
    let tagDerived;
    if (hasStatic) {
        locations.push(tomlLocation(files, file, ['project', 'version'], 'project', true));
        // Poetry 2 keeps a base version in [tool.poetry] beside [project]; it must agree.
        if (typeof (0,pyproject_toml/* getPath */.Yn)(doc, ['tool', 'poetry', 'version']) === 'string') {
            locations.push(tomlLocation(files, file, ['tool', 'poetry', 'version'], 'poetry', false));
        }
        // maturin prefers the static version, but the crate's own version is released with it (uv keeps both).
        const cargo = m.backend === 'maturin' ? maturinCargoToml(files, m) : undefined;
        if (cargo &&
            files.isFile(cargo) &&
            typeof (0,pyproject_toml/* getPath */.Yn)(files.toml(cargo), ['package', 'version']) === 'string') {
            locations.push(cargoVersion(files, m, false));
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
        throw new errors/* ConfigurationError */.j1(`${name}: [project] has no version and does not list it in dynamic; add version = "X.Y.Z" to [project].`, { file, line: (0,pyproject_toml/* keyLine */.YC)(text, ['project']) });
    }
    if (m.backend === 'maturin')
        locations.push(...cargoLockVersions(files, m));
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
            tagFormat: tagFormats[0],
            acceptedTagFormats: tagFormats,
        },
    };
}
// A legacy project with setup.cfg (and setup.py) but no pyproject.toml.
function readSetupCfgPackage(files, dir, tagFormats, explicit) {
    const cfg = joinRel(dir, 'setup.cfg');
    if (!files.isFile(cfg)) {
        if (explicit) {
            throw new errors/* ConfigurationError */.j1(`[tool.otai-release] packages lists "${dir}", which has no pyproject.toml or setup.cfg.`, {
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
    for (const extra of extraLocations(files, m, packageDirs(files, m))) {
        if (!locations.some((l) => l.file === extra.file && l.start < extra.end && extra.start < l.end)) {
            locations.push(extra);
        }
    }
    return {
        package: {
            name,
            path: dir,
            manifest: cfg,
            locations,
            tagDerived: 'tag' in source ? source.tag : undefined,
            pins: [],
            requirements: [],
            tagFormat: tagFormats[0],
            acceptedTagFormats: tagFormats,
        },
    };
}
/** The canonical names of a set of packages. */
function packageNames(packages) {
    return new Set(packages.map((p) => (0,src_names/* canonicalizeName */.yt)(p.name)));
}

;// CONCATENATED MODULE: ./packages/core/src/pyproject/repository.ts
/** Reading a whole repository: configuration, packages in release order, internal pins. Never touches the network. */













// One package's mistake must not hide the state of the others: the error is kept and reported with them.
function readOrKeep(files, unreadable, dir, read) {
    try {
        return read();
    }
    catch (error) {
        if (!(error instanceof errors/* ConfigurationError */.j1))
            throw error;
        unreadable.push({ path: dir, name: projectName(files, dir), error });
        return undefined;
    }
}
/** Reads the repository at `root`. Errors (ConfigurationError) name the file and position at fault. */
function readRepository(root, options = {}) {
    if (!(0,external_node_fs_.existsSync)(root) || !(0,external_node_fs_.statSync)(root).isDirectory()) {
        throw new errors/* ConfigurationError */.j1(`The path '${root}' is not a directory; point path at the repository root.`);
    }
    const files = new RepoFiles(root);
    const config = loadConfig(files);
    const policy = options.policy ?? config.policy;
    if (options.tagFormat)
        validateTagFormat(options.tagFormat, { key: 'tag-format input' });
    // Independent packages need distinct tags, so their default names them. Only a repository that
    // configures no format gets the bare variant too; a configured one means exactly what it says.
    const globalFormats = options.tagFormat
        ? [options.tagFormat]
        : config.tagFormatSet
            ? [config.tagFormat]
            : UNCONFIGURED_TAG_FORMATS[policy];
    const packages = [];
    const skipped = [];
    const unreadable = [];
    if (config.packages) {
        for (const entry of config.packages) {
            const dir = joinRel(entry.path);
            const result = readOrKeep(files, unreadable, dir, () => readPackage(files, dir, entry.tagFormat ? [entry.tagFormat] : globalFormats, true));
            if (result && 'package' in result) {
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
        const plain = found.candidates.filter((c) => !c.exampleDir).map((c) => c.dir);
        for (const dir of plain) {
            const result = readOrKeep(files, unreadable, dir, () => readPackage(files, dir, globalFormats, false));
            if (!result)
                continue;
            if ('package' in result)
                packages.push({ ...result.package, evidence: evidenceOf(result.package) });
            else
                skipped.push(result.skipped);
        }
        weighExamples(files, found, plain, globalFormats, { packages, skipped, unreadable });
    }
    // Nothing left to check: the one error is the answer.
    if (packages.length === 0 && unreadable.length > 0)
        throw unreadable[0].error;
    if (packages.length === 0) {
        throw new errors/* ConfigurationError */.j1(`No publishable Python package found under '${root}' (no pyproject.toml with a [project] name${skipped.length
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
        throw new errors/* ConfigurationError */.j1('version-files at the top of [tool.otai-release] carry one shared version, which the independent policy does not have; move them into the packages entry they belong to.', { file: config.file });
    }
    return { root, config, policy, packages, versionFiles, skipped, unreadable, files };
}
/**
 * What discovery decided for each directory, and why: one line per package found, directory or
 * manifest passed over, and package whose version could not be read (`check --explain`).
 */
function explainDiscovery(repo) {
    const where = (s) => ('file' in s ? s.file : s.path);
    return [
        ...repo.packages.map((p) => `package ${p.manifest} (${p.name}): ${p.evidence ?? 'listed in [tool.otai-release] packages'}`),
        ...repo.unreadable.map((u) => `error   ${u.path}: ${u.error.toString()}`),
        ...repo.skipped.map((s) => `skip    ${where(s)}: ${s.reason}`),
    ];
}
// Why discovery took a package for a released one, for `check --explain`.
function evidenceOf(pkg) {
    return pkg.backend ? `a [project] name and [build-system] ${pkg.backend}` : 'a [project] name';
}
/**
 * Projects below example/test folders (`tests/`, `docs/examples/`, `python/samples/`): released only
 * when a workspace of the repository lists them or a released package requires them, repeated until
 * nothing changes (a rescued package may require another). The rest is summed up per folder.
 */
function weighExamples(files, found, plain, tagFormats, into) {
    const listedBy = workspaceMembership(files, plain);
    let pending = found.candidates.filter((c) => c.exampleDir);
    for (let changed = true; changed;) {
        changed = false;
        const requiredBy = new Map();
        for (const pkg of into.packages) {
            for (const r of pkg.requirements)
                requiredBy.set((0,src_names/* canonicalizeName */.yt)(r.name), pkg.name);
        }
        for (const c of pending) {
            let evidence = listedBy(c.dir);
            if (!evidence) {
                const name = projectName(files, c.dir);
                const by = name && requiredBy.get((0,src_names/* canonicalizeName */.yt)(name));
                if (by)
                    evidence = `required by ${by}, a released package`;
            }
            if (!evidence)
                continue;
            pending = pending.filter((p) => p !== c);
            changed = true;
            const folder = exampleFolderName(c.exampleDir);
            const result = readOrKeep(files, into.unreadable, c.dir, () => readPackage(files, c.dir, tagFormats, false));
            if (!result)
                continue;
            if ('package' in result) {
                const why = `below '${folder}/', but ${evidence}`;
                into.packages.push({ ...result.package, evidence: why });
            }
            else
                into.skipped.push(result.skipped);
        }
    }
    const counts = new Map();
    // Evidence of their own that deeper projects give (a Private :: classifier), summed per folder.
    const ownReasons = new Map();
    for (const c of pending) {
        const folder = c.exampleDir;
        let own;
        try {
            const result = readPackage(files, c.dir, tagFormats, false);
            own = 'skipped' in result ? result.skipped : undefined;
        }
        catch {
            own = undefined;
        }
        // The folder's own manifest says why itself (tool settings in docs/pyproject.toml); the projects
        // deeper down (test fixtures by the dozen) are counted in the folder's one line.
        if (own && c.dir === folder) {
            into.skipped.push(own);
            continue;
        }
        counts.set(folder, (counts.get(folder) ?? 0) + 1);
        if (own) {
            const reasons = ownReasons.get(folder) ?? new Map();
            // Its first clause: up to the explanation in brackets or after a colon outside quotes.
            const short = own.reason.replace(/ \(.*$/, '').replace(/: (?=[^"]*$).*$/, '');
            reasons.set(short, (reasons.get(short) ?? 0) + 1);
            ownReasons.set(folder, reasons);
        }
    }
    for (const dir of [...new Set([...counts.keys(), ...found.prunedIn])].sort()) {
        const n = counts.get(dir) ?? 0;
        const own = [...(ownReasons.get(dir) ?? [])].map(([reason, k]) => `${k} with ${reason}`);
        into.skipped.push({
            path: dir,
            reason: `'${exampleFolderName(dir)}' directories hold tests, examples, docs or templates, not releases${n ? `: ${n} project(s) below it, none listed by a workspace or required by a released package` : ''}${own.length ? ` (${own.join(', ')})` : ''}`,
        });
    }
}
// The project name of a directory's manifest, read leniently (test fixtures may be broken on purpose).
function projectName(files, dir) {
    try {
        const file = joinRel(dir, 'pyproject.toml');
        if (files.isFile(file)) {
            const doc = files.toml(file);
            const name = (0,pyproject_toml/* getPath */.Yn)(doc, ['project', 'name']) ?? (0,pyproject_toml/* getPath */.Yn)(doc, ['tool', 'poetry', 'name']);
            if (typeof name === 'string')
                return name;
        }
        const cfg = joinRel(dir, 'setup.cfg');
        return files.isFile(cfg) ? iniValue(files.text(cfg), 'metadata', 'name')?.value : undefined;
    }
    catch {
        return undefined;
    }
}
// A version-files entry found anyway (a VERSION file) is one location, not two edits of the same bytes.
function overlaps(known, l) {
    return known.some((k) => k.file === l.file && k.start < l.end && l.start < k.end);
}
function checkDuplicates(packages) {
    const seen = new Map();
    for (const pkg of packages) {
        const key = (0,src_names/* canonicalizeName */.yt)(pkg.name);
        const other = seen.get(key);
        if (other) {
            throw new errors/* ConfigurationError */.j1(`Two packages are named '${pkg.name}': ${other.manifest} and ${pkg.manifest}. Rename one, or exclude one in [tool.otai-release] exclude.`, { file: pkg.manifest });
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
            throw new errors/* ConfigurationError */.j1(`With the independent policy every package needs its own tag format, but ${other.name} and ${pkg.name} both use "${pkg.tagFormat}"; ` +
                'give each a tag-format in [tool.otai-release] packages, or use "{name}-v{version}".', { file: pkg.manifest });
        }
        byTag.set(probe, pkg);
    }
}

;// CONCATENATED MODULE: ./packages/core/src/pyproject/index.ts
/** Reading Python repositories: configuration, discovery, version locations, tag formats. */








/***/ }),

/***/ 47644:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MT: () => (/* binding */ parseToml),
/* harmony export */   QZ: () => (/* binding */ locateValue),
/* harmony export */   VQ: () => (/* binding */ arrayStringsAt),
/* harmony export */   YC: () => (/* binding */ keyLine),
/* harmony export */   Yn: () => (/* binding */ getPath),
/* harmony export */   eF: () => (/* binding */ locateString),
/* harmony export */   rv: () => (/* reexport safe */ _text_index_js__WEBPACK_IMPORTED_MODULE_2__.rv)
/* harmony export */ });
/* unused harmony exports getTable, stringAt */
/* harmony import */ var smol_toml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3292);
/* harmony import */ var _errors_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(45341);
/* harmony import */ var _text_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(97608);
/**
 * TOML with positions. smol-toml gives values but not where they are, and every version we report
 * needs its file:line and the exact byte span of the string (set-version rewrites only those bytes),
 * so this module pairs the parser with a small scanner that finds a key's value in the source text.
 */




/** Parses TOML; a syntax error is a ConfigurationError at the file, line and column of the mistake. */
function parseToml(text, file) {
    try {
        return (0,smol_toml__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(text);
    }
    catch (error) {
        if (error instanceof smol_toml__WEBPACK_IMPORTED_MODULE_0__/* .TomlError */ .zx) {
            const first = error.message.split('\n')[0].replace(/^Invalid TOML document: /, '');
            throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${file} is not valid TOML: ${first}. Fix the syntax at this position.`, {
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
    const { line, column } = (0,_text_index_js__WEBPACK_IMPORTED_MODULE_2__/* .lineColumn */ .rv)(text, offset + 1);
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
        return (0,_text_index_js__WEBPACK_IMPORTED_MODULE_2__/* .lineColumn */ .rv)(text, at).line;
    const lines = text.split('\n');
    for (let depth = path.length; depth > 0; depth--) {
        // The nearest enclosing key (`packages = [{ …inline table… }]`) or table header.
        const enclosing = depth < path.length ? locateValue(text, path.slice(0, depth)) : undefined;
        if (enclosing !== undefined)
            return (0,_text_index_js__WEBPACK_IMPORTED_MODULE_2__/* .lineColumn */ .rv)(text, enclosing).line;
        const idx = lines.findIndex((l) => {
            const h = HEADER.exec(l);
            return h && splitKey(h[2]).join('\u0000') === path.slice(0, depth).join('\u0000');
        });
        if (idx !== -1)
            return idx + 1;
    }
    return undefined;
}


/***/ }),

/***/ 97608:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Gt: () => (/* binding */ displayPath),
  rv: () => (/* binding */ lineColumn),
  c3: () => (/* binding */ listOf),
  pA: () => (/* binding */ nearest),
  yL: () => (/* reexport */ oneOf),
  ry: () => (/* reexport */ splitList)
});

// UNUSED EXPORTS: editDistance

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./packages/core/src/text/choices.ts
/** Values restricted to a fixed set, as action inputs and CLI options both take them. */
/**
 * `value` when it is one of `choices`; otherwise the error `refuse` makes from the text that lists
 * them, so each entry point keeps its own error type (a ConfigurationError in an action, a usage
 * error in the CLI) and names the setting its own way.
 */
function oneOf(value, choices, refuse) {
    if (choices.includes(value))
        return value;
    throw refuse(`use one of ${choices.map((c) => `'${c}'`).join(', ')}`);
}

;// CONCATENATED MODULE: ./packages/core/src/text/lists.ts
/** Lists as users write them in a single setting. */
/** The items of a list written one per line or separated by commas, trimmed, empty items dropped. */
function splitList(text) {
    return text
        .split(/[\n,]/)
        .map((item) => item.trim())
        .filter(Boolean);
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
/** A path as the user should read it: relative to `cwd` (forward slashes) when inside it, else as given. */
function displayPath(file, cwd) {
    const rel = (0,external_node_path_.relative)(cwd, file);
    return rel && !rel.startsWith('..') && !(0,external_node_path_.isAbsolute)(rel) ? rel.split('\\').join('/') : file;
}


/***/ })

};
