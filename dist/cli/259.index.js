export const id = 259;
export const ids = [259];
export const modules = {

/***/ 87158:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ expandDistributionPaths),
/* harmony export */   p: () => (/* binding */ expandPaths)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(45341);
/** Turning the user's `files` (paths, globs, directories) into the files to check or release. */



// What twine also drops: signatures and attestations sit beside distributions but are not ones.
const NOT_DISTRIBUTIONS = /(\.asc|\.attestation|\.sigstore\.json|\.sigstore|\.publish\.attestation)$/;
// Symbolic links are followed: artifact folders are often assembled from links to the built files.
async function kindOf(path, shown) {
    const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(path).catch(() => undefined);
    if (info)
        return info.isFile() ? 'file' : info.isDirectory() ? 'directory' : 'other';
    const link = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(path).catch(() => undefined);
    if (link?.isSymbolicLink()) {
        const target = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readlink)(path).catch(() => '?');
        throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`'${shown}' is a symbolic link to '${target}', which does not exist: rebuild the distribution it points ` +
            'to, or remove the link.');
    }
    return 'missing';
}
/**
 * Expands paths, globs and directories (a directory means every file in it but dot files, not
 * recursively) in the order given, without duplicates. Symbolic links to files count as the files;
 * a link whose target is missing is an error that names it.
 */
async function expandPaths(inputs, cwd, options) {
    const skipped = (name) => options.skip?.test(name) ?? false;
    const out = [];
    const seen = new Set();
    const add = (path) => {
        const full = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, path);
        if (!seen.has(full)) {
            seen.add(full);
            out.push(full);
        }
    };
    for (const input of inputs) {
        const full = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, input);
        const kind = await kindOf(full, input);
        if (kind === 'directory') {
            const entries = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(full, { withFileTypes: true }))
                .filter((e) => !e.name.startsWith('.') && !skipped(e.name))
                .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
            const names = [];
            for (const e of entries) {
                if (e.isFile() ||
                    (e.isSymbolicLink() && (await kindOf((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(full, e.name), (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(input, e.name))) === 'file'))
                    names.push(e.name);
            }
            if (names.length === 0)
                throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(options.emptyDirectory(input));
            for (const name of names)
                add((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(full, name));
            continue;
        }
        if (kind === 'file') {
            add(full);
            continue;
        }
        const matches = [];
        for await (const match of (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.glob)(input, { cwd }))
            matches.push(match);
        const files = [];
        for (const m of matches.sort()) {
            if (skipped(m))
                continue;
            if ((await kindOf((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, m), m)) === 'file')
                files.push(m);
        }
        if (files.length === 0)
            throw new _errors_index_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(options.noMatch(input));
        for (const f of files)
            add(f);
    }
    return out;
}
/**
 * The distribution files the inputs name: expandPaths without the signatures and attestations that
 * sit beside distributions.
 */
function expandDistributionPaths(inputs, cwd) {
    return expandPaths(inputs, cwd, {
        skip: NOT_DISTRIBUTIONS,
        emptyDirectory: (input) => `No distribution files in '${input}': build first (build-python-dist, or python -m build), or point files at where the build wrote them.`,
        noMatch: (input) => `Cannot find file (or expand pattern): '${input}'. Check the path (relative to ${cwd}) or build first.`,
    });
}


/***/ }),

/***/ 99259:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Uj: () => (/* binding */ ALL_RULES),
  SV: () => (/* reexport */ PYPI_DOCUTILS_VERSION),
  PYPI_MAX_FILE_SIZE: () => (/* reexport */ PYPI_MAX_FILE_SIZE),
  fK: () => (/* reexport */ trove_classifiers_generated/* TROVE_CLASSIFIERS_VERSION */.fK),
  checkDistFiles: () => (/* reexport */ checkDistFiles),
  NR: () => (/* reexport */ docutilsCacheDir),
  findingLine: () => (/* reexport */ findingLine),
  JD: () => (/* reexport */ memberList),
  DB: () => (/* reexport */ parseSize),
  jQ: () => (/* reexport */ pipDocutilsInstaller),
  T$: () => (/* reexport */ rendererText),
  t1: () => (/* reexport */ splitCodes),
  statusText: () => (/* reexport */ statusText),
  KO: () => (/* reexport */ validateCodeFilter)
});

// UNUSED EXPORTS: checkDistributions, cwcConfigsOf, expandDistributionPaths, filterFindings, installedDocutils, reportRelativeTo

// EXTERNAL MODULE: ./packages/core/src/distfiles/archive/index.ts + 15 modules
var distfiles_archive = __webpack_require__(84165);
// EXTERNAL MODULE: ./packages/core/src/distfiles/metadata/index.ts + 7 modules
var metadata = __webpack_require__(45413);
// EXTERNAL MODULE: ./packages/core/src/distfiles/filenames/index.ts + 2 modules
var filenames = __webpack_require__(72171);
// EXTERNAL MODULE: ./packages/core/src/distfiles/findings.ts
var distfiles_findings = __webpack_require__(31027);
;// CONCATENATED MODULE: ./packages/core/src/distfiles/own-rules.ts
/** Rules the orchestrator checks itself: file size and the sdist's own structure. */

/** S001 and the sdist structure rules R101–R102. */
const CHECK_RULES = (0,distfiles_findings/* defineRules */.x)({
    S001: {
        severity: 'error',
        source: 'pypi',
        title: "File too large: over PyPI's upload limit for the project (100 MiB unless PyPI raised it)",
    },
    R101: {
        severity: 'error',
        source: 'pypi',
        title: 'A License-File named in PKG-INFO does not exist in the sdist',
    },
    R102: {
        severity: 'warning',
        source: 'sdist-spec',
        title: 'The sdist has no pyproject.toml at its root (the source distribution format requires one)',
    },
    R103: {
        severity: 'error',
        source: 'twine',
        title: 'No readable METADATA / PKG-INFO: twine and PyPI cannot read the distribution',
    },
});
function mib(bytes) {
    return (bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, '');
}
/** S001 for a file of `size` bytes over `limit`. */
function fileTooLarge(filename, size, limit) {
    return (0,distfiles_findings/* finding */.g)(CHECK_RULES.S001, `File too large: ${filename} is ${mib(size)} MiB; the limit is ${mib(limit)} MiB. PyPI refuses it today ` +
        "unless it raised the project's limit (100 MiB by default, 1 GiB at most); larger files already on PyPI " +
        'were uploaded under a raised limit.', 'keep test data, docs and build leftovers out of the distribution, or ask PyPI for a larger limit (https://pypi.org/help/#file-size-limit) and raise max-file-size');
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./packages/core/src/pep440/index.ts + 5 modules
var pep440 = __webpack_require__(65095);
;// CONCATENATED MODULE: ./packages/core/src/distfiles/readme/docutils.ts
/**
 * Which docutils renders reStructuredText: PyPI's own version when we can get it. The runtime's
 * docutils may be years older (Debian 12 has 0.19) and reject what PyPI renders, so a current one is
 * installed with pip into a private directory — a cache shared by every run — when the interpreter's
 * is older. The directory holds docutils alone and is put first on the renderer's sys.path.
 */




/** The docutils PyPI renders descriptions with (readme_renderer 45.0 on Warehouse, as baipp pins it). */
const PYPI_DOCUTILS_VERSION = '0.23';
/** Whether `version` is at least PyPI's docutils (an unparsable version is not). */
function isCurrentDocutils(version) {
    const parsed = version === undefined ? undefined : (0,pep440/* tryParseVersion */.z0)(version);
    const pypi = (0,pep440/* tryParseVersion */.z0)(PYPI_DOCUTILS_VERSION);
    return parsed !== undefined && (0,pep440/* compareVersions */.Zy)(parsed, pypi) >= 0;
}
/** The docutils version installed in `dir` (from its dist-info's name), if any. */
function installedDocutils(dir) {
    let names;
    try {
        names = (0,external_node_fs_.readdirSync)(dir);
    }
    catch {
        return undefined;
    }
    for (const name of names) {
        const match = /^docutils-(.+)\.dist-info$/i.exec(name);
        if (match && (0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, 'docutils', '__init__.py')))
            return match[1];
    }
    return undefined;
}
/**
 * Where the CLI keeps PyPI's docutils: the user's cache directory (XDG_CACHE_HOME, else ~/.cache; on
 * Windows LOCALAPPDATA), one subdirectory per docutils version so that a new pin never sees an old copy.
 */
function docutilsCacheDir(env, platform, home) {
    const base = platform === 'win32'
        ? (env.LOCALAPPDATA ?? (0,external_node_path_.join)(home, 'AppData', 'Local'))
        : env.XDG_CACHE_HOME || (0,external_node_path_.join)(home, '.cache');
    return (0,external_node_path_.join)(base, 'otai-release', `docutils-${PYPI_DOCUTILS_VERSION}`);
}
/**
 * Installs PyPI's docutils into `dir` with `<python> -m pip install --target`. pip writes into a
 * fresh sibling directory that is renamed into place, so an interrupted or concurrent install never
 * leaves a half-written `dir` that a later run would take for a complete one.
 */
function pipDocutilsInstaller(dir, options = {}) {
    return {
        dir,
        install: async (python) => {
            if (installedDocutils(dir) === PYPI_DOCUTILS_VERSION)
                return { ok: true };
            (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(dir), { recursive: true });
            const staging = (0,external_node_fs_.mkdtempSync)(`${dir}.partial-`);
            try {
                const failure = await runPip(python, staging, options);
                if (failure)
                    return { ok: false, reason: failure };
                if (installedDocutils(staging) !== PYPI_DOCUTILS_VERSION) {
                    return { ok: false, reason: `pip installed no docutils ${PYPI_DOCUTILS_VERSION} into ${staging}` };
                }
                // A stale or broken copy is replaced; a complete one another run put there meanwhile is kept.
                if (installedDocutils(dir) === PYPI_DOCUTILS_VERSION)
                    return { ok: true };
                (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
                try {
                    (0,external_node_fs_.renameSync)(staging, dir);
                }
                catch (error) {
                    if (installedDocutils(dir) !== PYPI_DOCUTILS_VERSION) {
                        return { ok: false, reason: `could not move docutils into ${dir}: ${error.message}` };
                    }
                }
                return { ok: true };
            }
            finally {
                (0,external_node_fs_.rmSync)(staging, { recursive: true, force: true });
            }
        },
    };
}
// pip gives up after this long in all, whatever its per-request timeout.
const PIP_DEADLINE_MS = 5 * 60 * 1000;
/** Runs pip; resolves to undefined on success, else to a one-line reason. */
function runPip(python, target, options) {
    const args = [
        '-m',
        'pip',
        'install',
        // No retries: an offline runner should fall back at once rather than wait out five attempts.
        '--retries',
        '0',
        '--timeout',
        String(options.timeoutSeconds ?? 15),
        '--no-deps',
        // A wheel only: never run a downloaded setup.py during a check.
        '--only-binary=:all:',
        '--disable-pip-version-check',
        '--no-input',
        '--quiet',
        '--target',
        target,
        `docutils==${PYPI_DOCUTILS_VERSION}`,
    ];
    const command = `${python} -m pip install --target … docutils==${PYPI_DOCUTILS_VERSION}`;
    return new Promise((resolve) => {
        let stderr = '';
        let child;
        try {
            child = (0,external_node_child_process_.spawn)(python, args, {
                env: options.env ? { ...options.env } : process.env,
                stdio: ['ignore', 'ignore', 'pipe'],
            });
        }
        catch (error) {
            resolve(`${command} could not start: ${error.message}`);
            return;
        }
        const timer = setTimeout(() => child.kill('SIGKILL'), PIP_DEADLINE_MS);
        child.stderr.on('data', (chunk) => {
            stderr = (stderr + chunk.toString('utf8')).slice(-4000);
        });
        child.on('error', (error) => {
            clearTimeout(timer);
            resolve(`${command} could not start: ${error.message}`);
        });
        child.on('close', (code, signal) => {
            clearTimeout(timer);
            if (code === 0)
                return resolve(undefined);
            // pip's last error line says why (no network, no such version, no pip); its warnings do not.
            const lines = stderr
                .split(/\r?\n/)
                .map((l) => l.trim())
                .filter((l) => l && !/^WARNING:/.test(l));
            const why = lines.findLast((l) => /^ERROR:|No module named/.test(l)) ?? lines.at(-1) ?? '';
            resolve(`${command} failed (${signal ?? `exit ${code}`})${why ? `: ${why}` : ''}`);
        });
    });
}

;// CONCATENATED MODULE: ./packages/core/src/distfiles/readme/rules.ts
/** The description (long_description) rules: what twine check warns or fails on, and PyPI's renderer. */

/** Rules D001–D005. */
const README_RULES = (0,distfiles_findings/* defineRules */.x)({
    D001: {
        severity: 'warning',
        source: 'twine',
        title: '`long_description` missing (empty or UNKNOWN): PyPI shows no project description',
    },
    D002: {
        severity: 'warning',
        source: 'twine',
        title: '`long_description_content_type` missing: PyPI renders the description as reStructuredText',
    },
    D003: {
        severity: 'error',
        source: 'pypi',
        title: 'The description has syntax errors in markup and would not be rendered on PyPI (upload is rejected)',
    },
    D004: {
        severity: 'warning',
        source: 'otai-release',
        title: 'reStructuredText description not rendered: no Python with docutils was found',
    },
    D005: {
        severity: 'notice',
        source: 'otai-release',
        title: "reStructuredText description rejected by a docutils older than PyPI's, the only one available; PyPI's may render it",
    },
});

;// CONCATENATED MODULE: ./packages/core/src/distfiles/readme/description.ts
/**
 * The description checks as twine check makes them, plus PyPI's: which type PyPI will render the
 * description as, whether it is missing, and turning docutils' messages into findings that name the
 * docutils version that rendered.
 */



const README_FIX = 'set `readme = "README.md"` (or .rst) in [project] of pyproject.toml, so the backend writes the text and its content type';
/** twine's first pass: missing type (→ rendered as RST), missing text, and whether to render. */
function planDescription(fields) {
    const findings = [];
    const type = fields.descriptionContentType?.split(';')[0]?.trim().toLowerCase();
    if (!type) {
        findings.push((0,distfiles_findings/* finding */.g)(README_RULES.D002, '`long_description_content_type` missing. defaulting to `text/x-rst`.', `${README_FIX}; with setuptools' setup.py pass long_description_content_type`));
    }
    const text = fields.description ?? '';
    if (text.trim() === '' || text.trimEnd() === 'UNKNOWN') {
        findings.push((0,distfiles_findings/* finding */.g)(README_RULES.D001, '`long_description` missing.', README_FIX));
        return { findings };
    }
    // twine and PyPI render only RST (also the default for a missing or unknown type); Markdown and
    // plain text "cannot fail" for twine.
    const rendersAsRst = !type || (type !== 'text/markdown' && type !== 'text/plain');
    return rendersAsRst ? { findings, rst: text } : { findings };
}
/** docutils' `<string>:N: (LEVEL/n) msg` lines as twine prints them: `line N: Level: msg`. */
function translateDocutilsMessages(messages) {
    return messages
        .replace(/<string>:(\d+): \((\w+)\/\d+\) /g, (_m, line, level) => {
        const name = level.charAt(0) + level.slice(1).toLowerCase();
        return `line ${line}: ${name}: `;
    })
        .trim();
}
/** How to get PyPI's docutils: make our install work, or give the check a Python that has one. */
function howToGetCurrent(privateDir) {
    const target = privateDir ?? '<cache>';
    return `run \`python -m pip install --target ${target} docutils==${PYPI_DOCUTILS_VERSION}\` where pip can reach a package index (the check does this itself when it can), or install docutils>=${PYPI_DOCUTILS_VERSION} for a Python and point the \`python\` input (--python) at it`;
}
/** "docutils X rendered it", and how that relates to PyPI's. */
function renderedBy(docutils) {
    return docutils === PYPI_DOCUTILS_VERSION
        ? `docutils ${docutils} rendered it, as PyPI does.`
        : `docutils ${docutils} rendered it; PyPI runs ${PYPI_DOCUTILS_VERSION}.`;
}
/**
 * Findings from rendering one RST description: D003 when a docutils at least as new as PyPI's rejects
 * it, D005 (a notice) when only an older one was available and rejects it — PyPI's may well render
 * it, so a release must not fail on it — and D004 when nothing could render it.
 */
function renderedDescriptionFindings(render, rendering) {
    const { renderer } = rendering;
    if (!render || !renderer) {
        return [
            (0,distfiles_findings/* finding */.g)(README_RULES.D004, `The description is reStructuredText (or has no content type) and was not rendered: no Python with docutils was found (tried ${rendering.tried.join(', ') || 'none'}).`, `install docutils for the Python the check uses (\`pip install "docutils>=${PYPI_DOCUTILS_VERSION}"\`), or set the \`python\` input (--python); or switch the README to Markdown`),
        ];
    }
    if (render.ok)
        return [];
    const details = translateDocutilsMessages(render.messages) || 'No content rendered from RST source.';
    if (!isCurrentDocutils(renderer.docutils)) {
        return [
            (0,distfiles_findings/* finding */.g)(README_RULES.D005, `docutils ${renderer.docutils} (older than PyPI's ${PYPI_DOCUTILS_VERSION}) rejected the description; PyPI's docutils may render it, so this does not fail the file.\n${details}`, `to check it as PyPI does, ${howToGetCurrent(rendering.privateDir)}; if the markup is really wrong, fix it at the lines named`),
        ];
    }
    return [
        (0,distfiles_findings/* finding */.g)(README_RULES.D003, `\`long_description\` has syntax errors in markup and would not be rendered on PyPI.\n${details}\n${renderedBy(renderer.docutils)}`, 'fix the markup at the lines named in the README the backend reads (`readme` in [project]); check it locally with `python -m readme_renderer README.rst`'),
    ];
}
/** What the run could not do as PyPI does: render at all, or render with PyPI's docutils. */
function rstRenderingNotes(rendering) {
    const { renderer, problem } = rendering;
    if (!renderer) {
        const install = problem
            ? `, and docutils ${PYPI_DOCUTILS_VERSION} could not be installed: ${problem}`
            : '';
        return [
            `reStructuredText descriptions were not rendered: none of ${rendering.tried.join(', ') || 'the interpreters'} could import docutils${install}.`,
        ];
    }
    if (isCurrentDocutils(renderer.docutils))
        return [];
    const why = problem ?? `no docutils ${PYPI_DOCUTILS_VERSION} was available`;
    return [
        `reStructuredText was rendered with docutils ${renderer.docutils} (${renderer.python}), older than PyPI's ${PYPI_DOCUTILS_VERSION}: ${why}. A description only it rejects is a notice (D005), not an error. To render as PyPI does, ${howToGetCurrent(rendering.privateDir)}.`,
    ];
}

// EXTERNAL MODULE: external "node:readline"
var external_node_readline_ = __webpack_require__(80481);
;// CONCATENATED MODULE: ./packages/core/src/distfiles/readme/rst-renderer.ts
/**
 * The one place a check runs Python: rendering reStructuredText with docutils, which has no faithful
 * JavaScript equivalent, with the settings PyPI's renderer (readme_renderer 45.0) uses — so that
 * readme_renderer itself is not needed, only docutils, preferably PyPI's version (see docutils.ts).
 * One process renders every description of a run, and only runs when there is RST to render.
 */



// Kept dependency-free (docutils aside): it must run on any Python 3 the user has. It answers in two
// lines of JSON: the version of the interpreter's own docutils, then — once told whether to put the
// private directory first on sys.path — the renders.
//
// The settings are readme_renderer 45.0's: warnings halt the render (halt_level 2) and nothing is
// reported below that (report_level 5); no file inclusion and no raw HTML; the title and subtitle
// transforms, headings from h2, smart quotes, comments dropped, short syntax-highlight classes, field
// names of any width, MathJax math (a dummy URL keeps docutils from warning), section self-links and
// the user-content- id prefix; the HTML5 writer. An empty rendering fails with readme_renderer's text.
const SCRIPT = String.raw `
import io, json, sys

def send(value):
    sys.stdout.write(json.dumps(value) + "\n")
    sys.stdout.flush()

def forget_docutils():
    for name in [n for n in sys.modules if n == "docutils" or n.startswith("docutils.")]:
        del sys.modules[name]

# Only the package itself is imported here (cheap); the parser and writer wait for the request.
try:
    import docutils
    own = docutils.__version__
except Exception:
    own = None
send({"docutils": own})

# The request comes in lines: first the settings, then one description per line as the check reads
# them, so rendering runs while the archives are still being read; end of input ends the request.
request = json.loads(sys.stdin.buffer.readline().decode("utf-8") or "null")
if not request:
    sys.exit(0)
if request.get("path"):
    forget_docutils()
    sys.path.insert(0, request["path"])
out = {"docutils": None, "renders": {}}
try:
    import docutils
    from docutils.core import publish_parts
    from docutils.utils import SystemMessage
    from docutils.writers.html5_polyglot import HTMLTranslator, Writer
except Exception as error:
    out["error"] = repr(error)
    send(out)
    sys.exit(0)
out["docutils"] = docutils.__version__
out["location"] = docutils.__path__[0]

class Translator(HTMLTranslator):
    # With file insertion off, docutils cannot open an image to apply :scale: and warns, which
    # halt_level 2 would make fatal; PyPI's renderer skips the lookup and keeps the natural size.
    def read_size_with_PIL(self, node):
        return None

SETTINGS = {
    "cloak_email_addresses": True,
    "doctitle_xform": True,
    "sectsubtitle_xform": True,
    "initial_header_level": 2,
    "file_insertion_enabled": False,
    "halt_level": 2,
    "math_output": "MathJax /dummy.js",
    "raw_enabled": False,
    "report_level": 5,
    "smart_quotes": True,
    "strip_comments": True,
    "syntax_highlight": "short",
    "field_name_limit": 0,
    "section_self_link": True,
    "id_prefix": "user-content-",
}

for line in sys.stdin.buffer:
    if not line.strip():
        continue
    item = json.loads(line.decode("utf-8"))
    key, text = item["key"], item["text"]
    stream = io.StringIO()
    writer = Writer()
    writer.translator_class = Translator
    html = ""
    try:
        parts = publish_parts(text, writer=writer, settings_overrides=dict(SETTINGS, warning_stream=stream))
        html = parts.get("docinfo", "") + parts.get("fragment", "")
    except SystemMessage:
        pass
    except Exception as error:
        stream.write(repr(error))
    if not html and not stream.tell():
        stream.write("No content rendered from RST source.")
    out["renders"][key] = {"ok": bool(html), "messages": stream.getvalue()}
send(out)
`;
/**
 * Descriptions handed to renderRst while it runs: the check pushes each file's as soon as its
 * metadata is read, so that Python renders them while the archives are still being hashed, instead
 * of after all of them. Every pushed text is kept, so that a second interpreter can be given them all.
 */
class RstFeed {
    items = [];
    closed = false;
    waiting = [];
    /** Adds the text to render under `key`. */
    push(key, text) {
        if (this.closed)
            throw new Error('RstFeed: push after close');
        this.items.push([key, text]);
        this.wake();
    }
    /** No more texts come. */
    close() {
        this.closed = true;
        this.wake();
    }
    /** Every text, from the first, as it arrives; ends once the feed is closed. */
    async *entries() {
        for (let i = 0;; i++) {
            while (i >= this.items.length) {
                if (this.closed)
                    return;
                await new Promise((resolve) => this.waiting.push(resolve));
            }
            yield this.items[i];
        }
    }
    wake() {
        for (const resolve of this.waiting.splice(0))
            resolve();
    }
}
function start(python) {
    const lines = [];
    const settle = [];
    for (let i = 0; i < 2; i++)
        lines.push(new Promise((resolve) => settle.push(resolve)));
    let child;
    try {
        // -I: the project's own files (a docutils/ folder in the working directory, PYTHONPATH) stay out.
        child = (0,external_node_child_process_.spawn)(python, ['-I', '-c', SCRIPT], { stdio: ['pipe', 'pipe', 'ignore'] });
        const c = child;
        let received = 0;
        (0,external_node_readline_.createInterface)({ input: c.stdout, crlfDelay: Infinity }).on('line', (line) => {
            if (received < settle.length)
                settle[received++](line);
        });
        const ended = () => settle.forEach((s) => s(undefined));
        c.on('error', ended);
        c.on('close', ended);
        c.stdin.on('error', () => undefined);
    }
    catch {
        settle.forEach((s) => s(undefined));
    }
    return {
        own: lines[0].then((line) => parse(line)?.docutils),
        render: async (texts, path) => {
            const stdin = child?.stdin;
            if (stdin) {
                stdin.write(`${JSON.stringify({ path: path ?? null })}\n`);
                for await (const [key, text] of texts.entries()) {
                    if (stdin.writableEnded || stdin.destroyed)
                        break;
                    stdin.write(`${JSON.stringify({ key, text })}\n`);
                }
                stdin.end();
            }
            return parse(await lines[1]);
        },
        cancel: () => child?.stdin?.end('null\n'),
    };
}
function parse(line) {
    if (line === undefined)
        return undefined;
    try {
        return JSON.parse(line);
    }
    catch {
        return undefined;
    }
}
async function finish(started, python, texts, path) {
    const answer = await started.render(texts, path);
    if (!answer?.docutils)
        return { error: answer?.error ?? `${python} stopped before answering` };
    return {
        renderer: { python, docutils: answer.docutils, location: answer.location ?? '' },
        renders: new Map(Object.entries(answer.renders)),
    };
}
/**
 * Renders `texts` (by key) with the first interpreter whose docutils is at least PyPI's — its own, or
 * PyPI's from the installer's directory, installed once when missing — and otherwise with the first
 * older docutils found, saying why in `problem`. A feed is rendered as it fills; the answer comes
 * once it is closed.
 */
async function renderRst(source, options) {
    let texts = source;
    if (!(texts instanceof RstFeed)) {
        texts = new RstFeed();
        for (const [key, text] of source)
            texts.push(key, text);
        texts.close();
    }
    const { installer } = options;
    const tried = [];
    const where = installer ? { privateDir: installer.dir } : {};
    let problem;
    let installAttempted = false;
    // The first interpreter with an older docutils, kept waiting in case nothing better turns up.
    let fallback;
    const privateReady = () => installer !== undefined && isCurrentDocutils(installedDocutils(installer.dir));
    const result = (outcome) => {
        if ('error' in outcome)
            return undefined;
        return { ...outcome, tried, ...where, ...(problem ? { problem } : {}) };
    };
    for (const python of [...new Set(options.candidates)]) {
        tried.push(python);
        const started = start(python);
        const own = await started.own;
        if (own === undefined)
            continue; // it did not run
        // A started interpreter renders once: `used` says its one request is spent.
        let used = false;
        let rendered;
        if (isCurrentDocutils(own ?? undefined)) {
            used = true;
            rendered = result(await finish(started, python, texts, undefined));
        }
        else if (installer) {
            if (!privateReady() && !installAttempted) {
                installAttempted = true;
                const installed = await installer.install(python);
                if (!installed.ok)
                    problem = installed.reason;
            }
            if (privateReady()) {
                used = true;
                const outcome = await finish(started, python, texts, installer.dir);
                rendered = result(outcome);
                // The private copy does not import here (a Python older than docutils supports, say).
                if ('error' in outcome) {
                    problem = `docutils ${PYPI_DOCUTILS_VERSION} in ${installer.dir} could not be imported by ${python}: ${outcome.error}`;
                    if (own && !fallback)
                        fallback = { python, started: start(python) };
                }
            }
        }
        if (rendered) {
            fallback?.started.cancel();
            return rendered;
        }
        if (used)
            continue;
        if (own && !fallback)
            fallback = { python, started };
        else
            started.cancel();
    }
    if (fallback) {
        const rendered = result(await finish(fallback.started, fallback.python, texts, undefined));
        if (rendered)
            return rendered;
    }
    return { renders: new Map(), tried, ...where, ...(problem ? { problem } : {}) };
}
/** Interpreters to try, in order: an explicit one, else python3/python on PATH, then the system's. */
function pythonCandidates(explicit) {
    if (explicit)
        return [explicit];
    const list = ['python3', 'python'];
    if (process.platform !== 'win32')
        list.push('/usr/bin/python3');
    else
        list.push('py');
    return list;
}

;// CONCATENATED MODULE: ./packages/core/src/distfiles/readme/index.ts
/** Checking the long description as twine and PyPI do, rendering RST with docutils through Python. */





// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./packages/core/src/errors/index.ts
var errors = __webpack_require__(45341);
// EXTERNAL MODULE: ./packages/core/src/pyproject/toml.ts
var toml = __webpack_require__(47644);
// EXTERNAL MODULE: ./packages/core/src/distfiles/python-text.ts
var python_text = __webpack_require__(95079);
;// CONCATENATED MODULE: ./packages/core/src/distfiles/wheel/rules.ts
/**
 * The wheel structure rules (R…: dist-info layout, WHEEL, RECORD, License-File, entry points) and
 * check-wheel-contents' checks (W…, with cwc's own numbers and titles).
 */

/** Wheel structure rules, keyed by code. */
const WHEEL_RULES = (0,distfiles_findings/* defineRules */.x)({
    R001: {
        severity: 'error',
        source: 'pypi',
        title: 'The wheel must have WHEEL at {name}-{version}.dist-info/WHEEL, named as the file name starts',
    },
    R002: { severity: 'error', source: 'wheel-spec', title: 'A wheel has exactly one .dist-info directory' },
    R003: { severity: 'error', source: 'pypi', title: 'Wheel does not contain the required METADATA file' },
    R004: { severity: 'error', source: 'pypi', title: 'Wheel does not contain the required RECORD file' },
    R005: {
        severity: 'error',
        source: 'wheel-spec',
        title: 'The .data directory is named as the .dist-info directory, with the .data extension',
    },
    R006: {
        severity: 'error',
        source: 'wheel-spec',
        title: '.data directory contents should be in subdirectories named with a valid scheme key',
    },
    R007: {
        severity: 'warning',
        source: 'wheel-spec',
        title: 'Subdirectories under .dist-info/ are reserved (licenses, license_files, LICENSES, sboms)',
    },
    R008: {
        severity: 'warning',
        source: 'wheel-spec',
        title: 'WHEEL is in email header format (Name: value lines)',
    },
    R009: { severity: 'error', source: 'wheel-spec', title: 'WHEEL has a Wheel-Version with major version 1' },
    R010: {
        severity: 'warning',
        source: 'wheel-spec',
        title: 'Installers warn on a Wheel-Version newer than 1.0',
    },
    R011: { severity: 'error', source: 'wheel-spec', title: 'WHEEL has Root-Is-Purelib: true or false' },
    R012: {
        severity: 'warning',
        source: 'wheel-spec',
        title: "WHEEL's Tag lines are the expanded compatibility tags of the file name",
    },
    R013: { severity: 'warning', source: 'wheel-spec', title: "WHEEL's Build is the file name's build tag" },
    R014: { severity: 'error', source: 'wheel-spec', title: 'Each RECORD row is path,hash,size' },
    R015: {
        severity: 'error',
        source: 'check-wheel-contents',
        title: 'RECORD paths are relative, non-empty and normalized',
    },
    R016: { severity: 'error', source: 'check-wheel-contents', title: 'Each path occurs once in RECORD' },
    R017: {
        severity: 'error',
        source: 'wheel-spec',
        title: 'Installation will fail if any file in the archive is not mentioned in RECORD',
    },
    R018: {
        severity: 'warning',
        source: 'wheel-spec',
        title: 'RECORD lists the files in the wheel (no missing files, no directories)',
    },
    R019: {
        severity: 'error',
        source: 'wheel-spec',
        title: 'Every file except RECORD must include its hash in RECORD',
    },
    R020: {
        severity: 'error',
        source: 'wheel-spec',
        title: 'The hash algorithm must be sha256 or better; md5 and sha1 are not permitted',
    },
    R021: {
        severity: 'error',
        source: 'wheel-spec',
        title: 'Installation will fail if any file in the archive is not correctly hashed in RECORD',
    },
    R022: { severity: 'error', source: 'wheel-spec', title: "RECORD's size is the file's size in bytes" },
    R023: {
        severity: 'warning',
        source: 'wheel-spec',
        title: 'RECORD lists itself (with empty hash and size)',
    },
    R024: {
        severity: 'warning',
        source: 'wheel-spec',
        title: 'RECORD.jws and RECORD.p7s are deprecated and never mentioned in RECORD',
    },
    R025: {
        severity: 'error',
        source: 'pypi',
        title: 'Each License-File exists at {name}-{version}.dist-info/licenses/<path>',
    },
    R026: {
        severity: 'error',
        source: 'pypi',
        title: 'Wheel has invalid entry points defined in the entry_points.txt file',
    },
    R027: {
        severity: 'error',
        source: 'check-wheel-contents',
        title: 'check-wheel-contents: invalid wheel (RECORD structure)',
    },
    R028: {
        severity: 'warning',
        source: 'wheel-spec',
        title: 'RECORD digests are urlsafe base64 without padding; hex digests install with pip and uv but fail `wheel unpack`',
    },
});
/** check-wheel-contents' checks, keyed by code; titles are cwc's messages. */
const CWC_RULES = (0,distfiles_findings/* defineRules */.x)({
    W001: { severity: 'warning', source: 'check-wheel-contents', title: 'Wheel contains .pyc/.pyo files' },
    W002: { severity: 'warning', source: 'check-wheel-contents', title: 'Wheel contains duplicate files' },
    W003: {
        severity: 'warning',
        source: 'check-wheel-contents',
        title: 'Wheel contains non-module at library toplevel',
    },
    W004: {
        severity: 'warning',
        source: 'check-wheel-contents',
        title: 'Module is not located at importable path',
    },
    W005: {
        severity: 'warning',
        source: 'check-wheel-contents',
        title: 'Wheel contains common toplevel name in library',
    },
    W006: { severity: 'warning', source: 'check-wheel-contents', title: '__init__.py at top level of library' },
    W007: { severity: 'warning', source: 'check-wheel-contents', title: 'Wheel library is empty' },
    W008: { severity: 'warning', source: 'check-wheel-contents', title: 'Wheel is empty' },
    W009: {
        severity: 'warning',
        source: 'check-wheel-contents',
        title: 'Wheel contains multiple toplevel library entries',
    },
    W010: {
        severity: 'warning',
        source: 'check-wheel-contents',
        title: 'Toplevel library directory contains no Python modules',
    },
    W101: {
        severity: 'error',
        source: 'check-wheel-contents',
        title: 'Wheel library is missing files in package tree',
    },
    W102: {
        severity: 'error',
        source: 'check-wheel-contents',
        title: 'Wheel library contains files not in package tree',
    },
    W201: {
        severity: 'error',
        source: 'check-wheel-contents',
        title: 'Wheel library is missing specified toplevel entry',
    },
    W202: {
        severity: 'error',
        source: 'check-wheel-contents',
        title: 'Wheel library has undeclared toplevel entry',
    },
});
/** Every check-wheel-contents code, in cwc's order (what `select`/`ignore` prefixes expand over). */
const CWC_CODES = Object.keys(CWC_RULES);

;// CONCATENATED MODULE: ./packages/core/src/distfiles/wheel/cwc-settings.ts
/**
 * check-wheel-contents' configuration from `[tool.check-wheel-contents]` of pyproject.toml, read as
 * cwc reads it (comma-separated strings or arrays, check-code prefixes, `toplevel` without trailing
 * slashes). Unlike cwc, which ignores unknown keys, an unknown key is an error: a misspelt setting
 * silently doing nothing is worse than a failed check.
 */




const TABLE = ['tool', 'check-wheel-contents'];
// cwc's keys, with the field names pydantic also accepts for `package` and `src_dir`.
const KEYS = {
    select: 'select',
    ignore: 'ignore',
    toplevel: 'toplevel',
    package: 'package',
    package_paths: 'package',
    src_dir: 'srcDir',
    src_dirs: 'srcDir',
    package_omit: 'packageOmit',
};
/** cwc's `comma_split`: split at commas, strip each part, drop empty parts. */
function commaSplit(text) {
    return text
        .split(',')
        .map((part) => part.trim())
        .filter((part) => part !== '');
}
/** The check codes a list of prefixes stands for (cwc's `parse_check_prefix`); throws on an unknown prefix. */
function expandCheckPrefixes(prefixes, where) {
    const codes = new Set();
    for (const prefix of prefixes) {
        const matched = prefix === '' ? [] : CWC_CODES.filter((code) => code.startsWith(prefix));
        if (matched.length === 0) {
            throw new errors/* ConfigurationError */.j1(`${where}: Unknown/invalid check prefix: ${(0,python_text/* pyRepr */.n3)(prefix)}. Use check codes or prefixes of them ` +
                `(${CWC_CODES.join(', ')}; e.g. "W00" for W001–W010).`);
        }
        for (const code of matched)
            codes.add(code);
    }
    return [...codes];
}
/**
 * Reads `[tool.check-wheel-contents]` from pyproject.toml text. Undefined when the table is absent
 * (an empty table is an empty config, as in cwc). Unknown keys, wrong types and unknown check
 * prefixes throw ConfigurationError naming the file, the key and the fix.
 */
function readCwcConfig(pyprojectText, file) {
    const document = (0,toml/* parseToml */.MT)(pyprojectText, file);
    const tool = document.tool;
    if (tool === null || typeof tool !== 'object' || Array.isArray(tool))
        return undefined;
    const table = tool['check-wheel-contents'];
    if (table === undefined)
        return undefined;
    if (table === null || typeof table !== 'object' || Array.isArray(table)) {
        throw new errors/* ConfigurationError */.j1(`${file}: [tool.check-wheel-contents] must be a table of settings (select, ignore, toplevel, package, src_dir, package_omit).`, { file, line: (0,toml/* keyLine */.YC)(pyprojectText, TABLE) });
    }
    const config = {};
    for (const [key, value] of Object.entries(table)) {
        const position = { file, line: (0,toml/* keyLine */.YC)(pyprojectText, [...TABLE, key]) };
        const field = KEYS[key];
        if (!field) {
            throw new errors/* ConfigurationError */.j1(`${file}: [tool.check-wheel-contents] has an unknown key ${(0,python_text/* pyRepr */.n3)(key)}; check-wheel-contents would ignore it, ` +
                `so the setting has no effect. Known keys: select, ignore, toplevel, package, src_dir, package_omit — ` +
                'fix the spelling or remove it.', position);
        }
        let list;
        if (typeof value === 'string')
            list = commaSplit(value);
        else if (Array.isArray(value) && value.every((v) => typeof v === 'string'))
            list = value;
        else {
            throw new errors/* ConfigurationError */.j1(`${file}: [tool.check-wheel-contents] ${key} must be a string of comma-separated values or an array of ` +
                `strings, e.g. ${key} = ["${key === 'select' || key === 'ignore' ? 'W002' : 'mypkg'}"].`, position);
        }
        if (field === 'select' || field === 'ignore') {
            expandCheckPrefixes(list, `${file}: [tool.check-wheel-contents] ${key}`);
        }
        config[field] = field === 'toplevel' ? list.map((name) => name.replace(/\/+$/, '')) : list;
    }
    return config;
}

;// CONCATENATED MODULE: ./packages/core/src/distfiles/wheel/package-tree.ts
/**
 * The local file tree check-wheel-contents compares a wheel's library with for W101/W102: the
 * `package` paths (each directory or file itself) and the contents of the `src_dir` directories,
 * resolved against the directory of pyproject.toml, minus `package_omit` patterns.
 */




/** cwc's default `package_omit`. */
const DEFAULT_PACKAGE_OMIT = ['.*', 'CVS', 'RCS', '*.pyc', '*.pyo', '*.egg-info'];
/** Python's fnmatch for one path component (`*`, `?`, `[seq]`, `[!seq]`), case-sensitive as on POSIX. */
function componentPattern(pattern) {
    let out = '';
    for (let i = 0; i < pattern.length; i++) {
        const c = pattern[i];
        if (c === '*')
            out += '.*';
        else if (c === '?')
            out += '.';
        else if (c === '[') {
            let j = i + 1;
            if (pattern[j] === '!')
                j++;
            if (pattern[j] === ']')
                j++;
            while (j < pattern.length && pattern[j] !== ']')
                j++;
            if (j >= pattern.length)
                out += '\\[';
            else {
                let body = pattern.slice(i + 1, j).replace(/\\/g, '\\\\');
                if (body.startsWith('!'))
                    body = `^${body.slice(1)}`;
                else if (body.startsWith('^'))
                    body = `\\${body}`;
                out += `[${body}]`;
                i = j;
            }
        }
        else
            out += c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    }
    return new RegExp(`^${out}$`, 's');
}
/**
 * pathlib's `PurePath.match(pattern)`: a relative pattern matches the path's last components
 * (`*.pyc` any file ending in .pyc, `tests/*.py` a .py directly under a `tests` directory); an
 * absolute pattern must match the whole path.
 */
function pathMatches(absolutePath, pattern) {
    const absolute = pattern.startsWith('/');
    const patternParts = pattern.split('/').filter((p) => p !== '');
    const pathParts = absolutePath.split('/').filter((p) => p !== '');
    if (patternParts.length === 0)
        return false;
    if (absolute ? patternParts.length !== pathParts.length : patternParts.length > pathParts.length)
        return false;
    const tail = pathParts.slice(pathParts.length - patternParts.length);
    return patternParts.every((p, i) => componentPattern(p).test(tail[i]));
}
function walk(dir, rel, omit, files) {
    for (const name of (0,external_node_fs_.readdirSync)(dir)) {
        const full = external_node_path_default().join(dir, name);
        if (omit.some((pattern) => pathMatches(full, pattern)))
            continue;
        const relPath = rel === '' ? name : `${rel}/${name}`;
        if ((0,external_node_fs_.statSync)(full).isDirectory())
            walk(full, relPath, omit, files);
        else
            files.push(relPath);
    }
}
/**
 * The files of the package tree, as paths relative to the library root, or undefined when neither
 * `package` nor `srcDir` is set. Missing paths and two entries claiming one toplevel name are
 * ConfigurationErrors, as in cwc.
 */
function packageTreeFiles(config, projectDir, file) {
    if (config.package === undefined && config.srcDir === undefined)
        return undefined;
    const omit = config.packageOmit ?? DEFAULT_PACKAGE_OMIT;
    const files = new Set();
    const owners = new Map();
    const claim = (top, source) => {
        const earlier = owners.get(top);
        if (earlier !== undefined) {
            throw new errors/* ConfigurationError */.j1(`${file}: [tool.check-wheel-contents] ${source} adds ${(0,python_text/* pyRepr */.n3)(top)} to the file tree, but it is already ` +
                `present from ${earlier}; list each toplevel entry once.`, { file });
        }
        owners.set(top, source);
    };
    for (const entry of config.package ?? []) {
        const full = external_node_path_default().resolve(projectDir, entry);
        if (!(0,external_node_fs_.existsSync)(full)) {
            throw new errors/* ConfigurationError */.j1(`${file}: [tool.check-wheel-contents] package: no such file or directory: ${(0,python_text/* pyRepr */.n3)(full)}; paths are relative ` +
                'to the directory of pyproject.toml.', { file });
        }
        const root = (0,external_node_fs_.realpathSync)(full);
        const name = external_node_path_default().basename(root);
        claim(name, `package ${(0,python_text/* pyRepr */.n3)(entry)}`);
        if ((0,external_node_fs_.statSync)(root).isDirectory()) {
            const found = [];
            walk(root, name, omit, found);
            for (const f of found)
                files.add(f);
        }
        else
            files.add(name);
    }
    for (const entry of config.srcDir ?? []) {
        const full = external_node_path_default().resolve(projectDir, entry);
        if (!(0,external_node_fs_.existsSync)(full) || !(0,external_node_fs_.statSync)(full).isDirectory()) {
            throw new errors/* ConfigurationError */.j1(`${file}: [tool.check-wheel-contents] src_dir: not a directory: ${(0,python_text/* pyRepr */.n3)(full)}; paths are relative to the ` +
                'directory of pyproject.toml.', { file });
        }
        const root = (0,external_node_fs_.realpathSync)(full);
        for (const name of (0,external_node_fs_.readdirSync)(root)) {
            if (omit.some((pattern) => pathMatches(external_node_path_default().join(root, name), pattern)))
                continue;
            claim(name, `src_dir ${(0,python_text/* pyRepr */.n3)(entry)}`);
        }
        const found = [];
        walk(root, '', omit, found);
        for (const f of found)
            files.add(f);
    }
    return files;
}

;// CONCATENATED MODULE: ./packages/core/src/distfiles/wheel/csv.ts
/**
 * Python's `csv.reader` with the default (excel) dialect, which the RECORD spec names as the reader
 * every tool must be compatible with: `,` between fields, `"` quotes with `""` inside, `\r\n`, `\n`
 * or `\r` between records, non-strict (stray quotes are kept as text).
 */
const COMMA = 0x2c;
const QUOTE = 0x22;
const CR = 0x0d;
const LF = 0x0a;
/**
 * Where the run of characters from `from` that the current state takes as they are ends: at a line
 * break, and at `,` outside quotes or `"` inside them. Taking a run at once spares a string per
 * character.
 */
function plainRunEnd(text, from, quoted) {
    let i = from;
    for (; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === CR || c === LF || (quoted ? c === QUOTE : c === COMMA))
            break;
    }
    return i;
}
/** Splits `text` into records as Python's csv.reader does; a blank line is a record with no fields. */
function readCsv(text) {
    const records = [];
    let fields = [];
    let field = '';
    let state = 'startRecord';
    let line = 1;
    let recordLine = 1;
    const saveField = () => {
        fields.push(field);
        field = '';
    };
    const endRecord = () => {
        records.push({ fields, line: recordLine });
        fields = [];
        state = 'startRecord';
    };
    let i = 0;
    // The rest of a run of plain characters (see plainRunEnd), consumed.
    const takeRun = (quoted) => {
        const end = plainRunEnd(text, i, quoted);
        const run = text.slice(i, end);
        i = end;
        return run;
    };
    while (i < text.length) {
        // `\r\n` is one line break, as are a lone `\r` and a lone `\n`.
        const chunk = text[i] === '\r' && text[i + 1] === '\n' ? '\r\n' : text[i];
        i += chunk.length;
        const newline = chunk === '\n' || chunk === '\r' || chunk === '\r\n';
        if (state === 'startRecord') {
            recordLine = line;
            if (newline)
                endRecord();
            else
                state = 'startField';
        }
        if (state !== 'startRecord' || !newline) {
            switch (state) {
                case 'startField':
                    if (newline) {
                        saveField();
                        endRecord();
                    }
                    else if (chunk === '"')
                        state = 'inQuoted';
                    else if (chunk === ',')
                        saveField();
                    else {
                        field = chunk + takeRun(false);
                        state = 'inField';
                    }
                    break;
                case 'inField':
                    if (newline) {
                        saveField();
                        endRecord();
                    }
                    else if (chunk === ',') {
                        saveField();
                        state = 'startField';
                    }
                    else
                        field += chunk + takeRun(false);
                    break;
                case 'inQuoted':
                    if (chunk === '"')
                        state = 'quoteInQuoted';
                    else
                        field += chunk + takeRun(true);
                    break;
                case 'quoteInQuoted':
                    if (chunk === '"') {
                        field += '"';
                        state = 'inQuoted';
                    }
                    else if (chunk === ',') {
                        saveField();
                        state = 'startField';
                    }
                    else if (newline) {
                        saveField();
                        endRecord();
                    }
                    else {
                        field += chunk;
                        state = 'inField';
                    }
                    break;
            }
        }
        if (newline)
            line++;
    }
    if (state !== 'startRecord') {
        const unterminated = state === 'inQuoted';
        saveField();
        records.push(unterminated ? { fields, line: recordLine, unterminated } : { fields, line: recordLine });
    }
    return records;
}

;// CONCATENATED MODULE: ./packages/core/src/distfiles/wheel/record.ts
/**
 * RECORD: parsing (Python's csv reader, `path,algorithm=digest,size`) and the checks that make
 * installers and PyPI trust it: every archive member listed with a sha256-or-better hash and size
 * equal to the file's, no path listed twice, no absolute or non-normalized paths.
 */




/** Python's list repr of the fields, as cwc's `Invalid RECORD entry: [...]` prints them. */
function pyList(fields) {
    return `[${fields.map(python_text/* pyRepr */.n3).join(', ')}]`;
}
const REBUILD_FIX = 'rebuild the wheel with its build backend instead of editing it; tools that modify built wheels must rewrite ' +
    'RECORD (`wheel unpack` + `wheel pack` does)';
/** Parses RECORD text; rows that are not `path,hash,size` become R014 findings (the path is kept when known). */
function parseRecord(text) {
    const rows = [];
    const findings = [];
    const invalid = (line, why) => {
        findings.push((0,distfiles_findings/* finding */.g)(WHEEL_RULES.R014, `RECORD line ${line}: ${why}`, REBUILD_FIX));
    };
    for (const record of readCsv(text)) {
        const { fields, line } = record;
        if (record.unterminated)
            invalid(line, 'unexpected end of data: a quoted field is not closed');
        if (fields.length !== 3) {
            invalid(line, `Invalid RECORD entry: ${pyList(fields)} (a row is path,hash,size)`);
            // Only a row of one to three fields still names its path reliably.
            if (fields.length === 0 || fields.length > 3 || fields[0] === '')
                continue;
        }
        const [path, hash = '', size = ''] = fields;
        const row = { path, line };
        if (hash !== '') {
            const eq = hash.indexOf('=');
            if (eq <= 0)
                invalid(line, `hash ${(0,python_text/* pyRepr */.n3)(hash)} of ${(0,python_text/* pyRepr */.n3)(path)} is not <algorithm>=<digest>`);
            else {
                row.algorithm = hash.slice(0, eq);
                row.digest = hash.slice(eq + 1);
            }
        }
        if (size !== '') {
            // Python's int(): surrounding whitespace, a sign and `_` between digits are allowed.
            if (/^\s*[+-]?[0-9]+(?:_[0-9]+)*\s*$/.test(size))
                row.size = Number(size.replace(/[\s_]/g, ''));
            else
                invalid(line, `Invalid RECORD entry: ${pyList(fields)} (size ${(0,python_text/* pyRepr */.n3)(size)} is not an integer)`);
        }
        rows.push(row);
    }
    return { rows, findings };
}
// hashlib.algorithms_guaranteed at least as strong as sha256, with Node's names for them.
const NODE_ALGORITHMS = {
    sha256: 'sha256',
    sha384: 'sha384',
    sha512: 'sha512',
    sha3_256: 'sha3-256',
    sha3_384: 'sha3-384',
    sha3_512: 'sha3-512',
    blake2b: 'blake2b512',
    blake2s: 'blake2s256',
};
const GUARANTEED_WEAK = new Set(['md5', 'sha1', 'sha224', 'sha3_224']);
const GUARANTEED_VARIABLE = new Set(['shake_128', 'shake_256']);
/**
 * The Node crypto algorithm to hash a member with: the one its RECORD row names, sha256 when the
 * member is not listed or has no hash. Undefined when the row names an algorithm that is not allowed
 * (md5, sha1, weaker or unknown ones): `checkRecord` reports that instead of a digest mismatch.
 */
function hashAlgorithmFor(row) {
    if (!row?.algorithm)
        return 'sha256';
    return NODE_ALGORITHMS[row.algorithm];
}
function algorithmProblem(algorithm) {
    if (GUARANTEED_WEAK.has(algorithm))
        return `${algorithm} is weaker than sha256`;
    if (GUARANTEED_VARIABLE.has(algorithm))
        return `${algorithm} has no fixed digest size, so installers cannot verify it`;
    if (NODE_ALGORITHMS[algorithm.toLowerCase()])
        return `hashlib names are lower-case: write ${algorithm.toLowerCase()}`;
    return `${(0,python_text/* pyRepr */.n3)(algorithm)} is not a hashlib.algorithms_guaranteed name`;
}
// A path component that is `.` or `..`.
const DOT_SEGMENT = /(?:^|\/)\.\.?(?:\/|$)/;
/** cwc's path rules (`validate_path`): the message for a bad RECORD path, or undefined. */
function recordPathProblem(path) {
    if (path.startsWith('/'))
        return `Absolute path in RECORD: ${(0,python_text/* pyRepr */.n3)(path)}`;
    if (path === '')
        return 'Empty path in RECORD';
    if (path.includes('//'))
        return `Non-normalized path in RECORD: ${(0,python_text/* pyRepr */.n3)(path)}`;
    if (DOT_SEGMENT.test(path))
        return `Non-normalized path in RECORD: ${(0,python_text/* pyRepr */.n3)(path)}`;
    return undefined;
}
const MAX_LISTED = 10;
function listPaths(paths) {
    const shown = paths.slice(0, MAX_LISTED).map(python_text/* pyRepr */.n3).join(', ');
    return paths.length > MAX_LISTED ? `${shown} and ${paths.length - MAX_LISTED} more` : shown;
}
/** Paths RECORD lists more than once, or as both a file and a directory (cwc's "Conflicting occurrences"). */
function conflictingRecordPaths(rows) {
    const files = new Set();
    const conflicts = [];
    for (const { path } of rows) {
        if (path.endsWith('/'))
            continue;
        if (files.has(path))
            conflicts.push(path);
        files.add(path);
    }
    for (const path of files) {
        // Every directory prefix (`a`, `a/b` of `a/b/c`), without splitting and joining per prefix.
        for (let slash = path.indexOf('/'); slash !== -1; slash = path.indexOf('/', slash + 1)) {
            const dir = path.slice(0, slash);
            if (files.has(dir) && !conflicts.includes(dir))
                conflicts.push(dir);
        }
    }
    return conflicts;
}
/**
 * RECORD against the archive: every member listed (RECORD.jws/.p7s excepted), nothing listed that
 * is not there, each listed file hashed with sha256 or better, digests and sizes equal to `computed`
 * (keyed by member name; a digest is compared only when computed with the row's algorithm). Digests
 * that are the right ones written in hex make one R028 warning for the wheel, not an error each.
 */
function checkRecord(rows, members, computed, recordPath) {
    const listed = new Map();
    for (const row of rows) {
        const path = row.path.replace(/\\/g, '/');
        if (!listed.has(path))
            listed.set(path, row);
    }
    const view = {
        recordPath,
        signatures: new Set([`${recordPath}.jws`, `${recordPath}.p7s`]),
        listed,
        members,
        memberSet: new Set(members),
    };
    return [
        ...checkRecordPaths(rows),
        ...checkListing(view),
        ...checkSignatures(view),
        ...checkDigests(view, computed),
    ];
}
// cwc's path rules and duplicates (R015, R016).
function checkRecordPaths(rows) {
    const findings = [];
    for (const row of rows) {
        const problem = recordPathProblem(row.path);
        if (problem)
            findings.push((0,distfiles_findings/* finding */.g)(WHEEL_RULES.R015, problem, REBUILD_FIX, [row.path]));
    }
    for (const path of conflictingRecordPaths(rows)) {
        findings.push((0,distfiles_findings/* finding */.g)(WHEEL_RULES.R016, `Conflicting occurrences of path ${(0,python_text/* pyRepr */.n3)(path)}`, REBUILD_FIX, [path]));
    }
    return findings;
}
// Members RECORD leaves out, paths it lists that are no members (or directories), and itself (R017, R018, R023).
function checkListing({ recordPath, signatures, listed, members, memberSet }) {
    const findings = [];
    const unlisted = members.filter((m) => m !== recordPath && !signatures.has(m) && !listed.has(m));
    if (unlisted.length > 0) {
        findings.push((0,distfiles_findings/* finding */.g)(WHEEL_RULES.R017, `${unlisted.length === 1 ? 'A file is' : `${unlisted.length} files are`} in the archive but not in RECORD: ` +
            `${listPaths(unlisted)}. Installation will fail if any file in the archive is not both mentioned and ` +
            'correctly hashed in RECORD.', REBUILD_FIX, unlisted));
    }
    const directories = [...listed.keys()].filter((p) => p.endsWith('/'));
    const missing = [...listed.keys()].filter((p) => !p.endsWith('/') && p !== recordPath && !signatures.has(p) && !memberSet.has(p));
    if (missing.length > 0) {
        findings.push((0,distfiles_findings/* finding */.g)(WHEEL_RULES.R018, `RECORD lists ${missing.length === 1 ? 'a file' : `${missing.length} files`} the archive does not contain: ` +
            `${listPaths(missing)} (PyPI emails the project owners about a RECORD that does not match the archive)`, REBUILD_FIX, missing));
    }
    if (directories.length > 0) {
        findings.push((0,distfiles_findings/* finding */.g)(WHEEL_RULES.R018, `RECORD lists ${directories.length === 1 ? 'a directory' : `${directories.length} directories`}: ` +
            `${listPaths(directories)}. Directories should not be listed.`, REBUILD_FIX, directories));
    }
    if (memberSet.has(recordPath) && !listed.has(recordPath)) {
        findings.push((0,distfiles_findings/* finding */.g)(WHEEL_RULES.R023, `RECORD does not list itself: the RECORD file itself must be listed (as ${(0,python_text/* pyRepr */.n3)(`${recordPath},,`)})`, REBUILD_FIX, [recordPath]));
    }
    return findings;
}
// RECORD.jws / RECORD.p7s in the wheel or in RECORD (R024).
function checkSignatures({ signatures, listed, memberSet }) {
    const findings = [];
    for (const signature of signatures) {
        if (memberSet.has(signature)) {
            findings.push((0,distfiles_findings/* finding */.g)(WHEEL_RULES.R024, `${(0,python_text/* pyRepr */.n3)(signature)} is deprecated (PEP 815): build backends and other tools must not add RECORD.jws ` +
                'or RECORD.p7s to wheels anymore', 'stop signing wheels with `wheel sign`; publish with PyPI attestations (Trusted Publishing) instead', [signature]));
        }
        if (listed.has(signature)) {
            findings.push((0,distfiles_findings/* finding */.g)(WHEEL_RULES.R024, `RECORD mentions ${(0,python_text/* pyRepr */.n3)(signature)}; neither RECORD.jws nor RECORD.p7s are mentioned in RECORD`, REBUILD_FIX, [signature]));
        }
    }
    return findings;
}
// Each listed member's hash algorithm, digest and size (R019–R022); hex digests that match, once (R028).
function checkDigests(view, computed) {
    const { recordPath, signatures, listed, memberSet } = view;
    const findings = [];
    const hexRows = [];
    let hashedRows = 0;
    for (const [path, row] of listed) {
        if (path === recordPath || signatures.has(path) || !memberSet.has(path))
            continue;
        if (!row.algorithm) {
            findings.push((0,distfiles_findings/* finding */.g)(WHEEL_RULES.R019, `RECORD line ${row.line}: ${(0,python_text/* pyRepr */.n3)(path)} has no hash; every file except RECORD, which cannot contain a ` +
                'hash of itself, must include its hash', REBUILD_FIX, [path]));
            continue;
        }
        const algorithm = hashAlgorithmFor(row);
        if (!algorithm) {
            findings.push((0,distfiles_findings/* finding */.g)(WHEEL_RULES.R020, `RECORD line ${row.line}: ${(0,python_text/* pyRepr */.n3)(path)} is hashed with ${row.algorithm} (${algorithmProblem(row.algorithm)}); ` +
                'the hash algorithm must be sha256 or better; specifically, md5 and sha1 are not permitted', `${REBUILD_FIX}; current backends write sha256`, [path]));
            continue;
        }
        const actual = computed.get(path);
        if (!actual)
            continue;
        if (actual.algorithm === algorithm && row.digest !== undefined) {
            hashedRows++;
            const digest = actual.digest.toString('base64url');
            if (row.digest !== digest && row.digest.toLowerCase() === actual.digest.toString('hex')) {
                hexRows.push(row);
            }
            else if (row.digest !== digest) {
                findings.push(digestMismatch(path, row, row.digest, actual.digest));
            }
        }
        if (row.size !== undefined && row.size !== actual.size) {
            findings.push((0,distfiles_findings/* finding */.g)(WHEEL_RULES.R022, `RECORD line ${row.line}: ${(0,python_text/* pyRepr */.n3)(path)} has size ${row.size} in RECORD, but the file has ${actual.size} bytes`, REBUILD_FIX, [path]));
        }
    }
    if (hexRows.length > 0)
        findings.push(hexDigestFinding(hexRows, hashedRows));
    return findings;
}
// A digest that is not the file's, with a hint when it is the file's written the wrong way (R021).
function digestMismatch(path, row, written, actual) {
    const digest = actual.toString('base64url');
    let hint = '';
    if (written.replace(/=+$/, '') === digest)
        hint = ' (RECORD digests are written without "=" padding)';
    else if (written.replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_') === digest) {
        hint = ' (RECORD digests use the urlsafe base64 alphabet, - and _ instead of + and /)';
    }
    else if (/^[0-9a-f]+$/i.test(written) && written.length === actual.length * 2) {
        hint = ` (the RECORD digest is hex, and not the file's either: its hex is ${actual.toString('hex')})`;
    }
    return (0,distfiles_findings/* finding */.g)(WHEEL_RULES.R021, `RECORD line ${row.line}: ${(0,python_text/* pyRepr */.n3)(path)} has ${row.algorithm}=${written} in RECORD, but the file's ` +
        `${row.algorithm} is ${digest}${hint}. Installation will fail if any file is not correctly hashed in RECORD.`, REBUILD_FIX, [path]);
}
function hexDigestFinding(rows, hashed) {
    const first = rows[0];
    const share = rows.length === hashed
        ? hashed === 1
            ? 'its only digest'
            : `all ${hashed} digests`
        : `${rows.length} of ${hashed} digests`;
    return (0,distfiles_findings/* finding */.g)(WHEEL_RULES.R028, `RECORD writes ${share} in hex (line ${first.line}: ${(0,python_text/* pyRepr */.n3)(first.path)} has ` +
        `${first.algorithm}=${first.digest}) instead of urlsafe base64 without "=" padding, as the RECORD ` +
        'format (PEP 376, PEP 427) requires. The digests match the files, so pip and uv install the wheel (neither ' +
        'verifies RECORD digests) and PyPI accepts it (it does not check RECORD digests), but tools that verify ' +
        'them reject it: `wheel unpack` stops with "Hash mismatch for file …", and ' +
        '`python -m installer --validate-record=all` fails too.', 'rebuild with a backend that writes urlsafe base64 digests; uv_build before 0.8.13 wrote hex ' +
        '(astral-sh/uv#15398): require uv_build>=0.8.13 in [build-system] requires. A tool that writes RECORD ' +
        'itself must encode each digest as base64.urlsafe_b64encode(digest).rstrip(b"=")', rows.map((r) => r.path));
}

;// CONCATENATED MODULE: ./packages/core/src/distfiles/wheel/cwc-tree.ts
/**
 * The file tree check-wheel-contents builds from RECORD: directories and files with their size and
 * hash, the purelib/platlib sections, and the structural errors (`validate_tree`) for which cwc
 * rejects a wheel before running any check.
 */


// cwc's util.py patterns.
const MODULE_EXT = /(?<=.)\.(?:py|pyd|so|[-A-Za-z0-9_]+\.(?:pyd|so))$/;
const DIST_INFO_DIR = /^[A-Za-z0-9](?:[A-Za-z0-9._]*[A-Za-z0-9])?-[A-Za-z0-9_.!+]+\.dist-info$/;
const DATA_DIR = /^[A-Za-z0-9](?:[A-Za-z0-9._]*[A-Za-z0-9])?-[A-Za-z0-9_.!+]+\.data$/;
/** The name without its module extension (`.py`, `.so`, `.cpython-312-x86_64-linux-gnu.so`, …), or undefined for a non-module. */
function moduleBasename(name) {
    const m = MODULE_EXT.exec(name);
    return m ? name.slice(0, m.index) : undefined;
}
/** os.path.splitext's extension: leading dots do not start one. */
function extension(name) {
    const dot = name.lastIndexOf('.');
    if (dot <= 0 || /^\.+$/.test(name.slice(0, dot + 1)))
        return '';
    return name.slice(dot);
}
/** A PEP 561 stub-only package directory (`<identifier>-stubs`). */
function isStubsDir(name) {
    if (!name.endsWith('-stubs'))
        return false;
    const base = name.slice(0, -'-stubs'.length);
    return (0,python_text/* isPyIdentifier */.lC)(base) && !(0,python_text/* isPyKeyword */.vP)(base);
}
/** An empty directory at `path`. */
function newDir(path) {
    return { kind: 'dir', path, entries: new Map() };
}
/** Every file below `dir`, depth first in entry order. */
function allFiles(dir) {
    const out = [];
    for (const entry of dir.entries.values()) {
        if (entry.kind === 'dir')
            out.push(...allFiles(entry));
        else
            out.push(entry);
    }
    return out;
}
/** The path cwc prints for a toplevel entry: a file's path, or a directory's with a trailing `/`. */
function entryPath(name, entry) {
    return entry.kind === 'file' ? entry.path : (entry.path ?? `${name}/`);
}
/** Builds cwc's tree from RECORD; rows with invalid or conflicting paths (reported by checkRecord) are skipped. */
function buildTree(rows) {
    const root = newDir();
    const files = [];
    const conflicts = new Set(conflictingRecordPaths(rows));
    for (const row of rows) {
        if (recordPathProblem(row.path) || conflicts.has(row.path))
            continue;
        const isDir = row.path.endsWith('/');
        const parts = row.path.replace(/\/$/, '').split('/');
        // Most RECORDs have no conflicts: skip building every prefix of every path then.
        if (conflicts.size > 0 && parts.some((p, i) => conflicts.has(parts.slice(0, i + 1).join('/'))))
            continue;
        let current = root;
        for (let i = 0; i < parts.length - 1; i++) {
            const existing = current.entries.get(parts[i]);
            if (existing?.kind === 'dir')
                current = existing;
            else {
                const dir = newDir(`${parts.slice(0, i + 1).join('/')}/`);
                current.entries.set(parts[i], dir);
                current = dir;
            }
        }
        const base = parts[parts.length - 1];
        if (current.entries.has(base))
            continue;
        if (isDir)
            current.entries.set(base, newDir(row.path));
        else {
            const file = { kind: 'file', path: row.path, parts };
            if (row.size !== undefined)
                file.size = row.size;
            if (row.algorithm !== undefined && row.digest !== undefined)
                file.hash = `${row.algorithm}=${row.digest}`;
            current.entries.set(base, file);
            files.push(file);
        }
    }
    return { root, files };
}
function subdir(dir, name) {
    return dir.entries.get(name);
}
/** cwc's `validate_tree`: the structural errors for which it rejects the wheel outright. */
function structuralErrors(root, distInfo, dataDir, rootIsPurelib) {
    const dirs = [...root.entries].filter(([, e]) => e.kind === 'dir').map(([name]) => name);
    const distInfos = dirs.filter((d) => DIST_INFO_DIR.test(d));
    if (distInfos.length > 1)
        return ['Wheel contains multiple .dist-info directories in RECORD'];
    if (distInfos.length === 0)
        return ['No .dist-info directory in RECORD'];
    if (distInfos[0] !== distInfo) {
        return [
            `.dist-info directory in RECORD (${(0,python_text/* pyRepr */.n3)(distInfos[0])}) does not match actual directory name (${(0,python_text/* pyRepr */.n3)(distInfo)})`,
        ];
    }
    const dataDirs = dirs.filter((d) => DATA_DIR.test(d));
    if (dataDirs.length > 1)
        return ['Wheel contains multiple .data directories in RECORD'];
    if (dataDirs.length === 1 && dataDirs[0] !== dataDir) {
        return [
            `.data directory in RECORD (${(0,python_text/* pyRepr */.n3)(dataDirs[0])}) does not match actual directory name (${(0,python_text/* pyRepr */.n3)(dataDir)})`,
        ];
    }
    const data = subdir(root, dataDir);
    if (data?.kind === 'dir') {
        const [same, other] = rootIsPurelib ? ['purelib', 'platlib'] : ['platlib', 'purelib'];
        if (data.entries.has(same))
            return [`Wheel is ${same} yet contains *.data/${same}`];
        const lib = data.entries.get(other);
        if (lib && lib.kind !== 'dir')
            return [`*.data/${other} is not a directory`];
    }
    return [];
}
/** The purelib or platlib section: the root (minus .dist-info/.data) for the root's kind, else `.data/<kind>`. */
function libraryTree(root, distInfo, dataDir, atRoot, kind) {
    if (atRoot) {
        const lib = newDir();
        for (const [name, entry] of root.entries)
            if (name !== distInfo && name !== dataDir)
                lib.entries.set(name, entry);
        return lib;
    }
    const data = subdir(root, dataDir);
    const lib = data?.kind === 'dir' ? data.entries.get(kind) : undefined;
    return lib?.kind === 'dir' ? lib : newDir(`${dataDir}/${kind}/`);
}
/** The file's path inside its library section (cwc's `libparts`), or undefined outside purelib/platlib. */
function libParts(file) {
    const [first] = file.parts;
    if (DATA_DIR.test(first)) {
        return file.parts.length > 2 && (file.parts[1] === 'purelib' || file.parts[1] === 'platlib')
            ? file.parts.slice(2)
            : undefined;
    }
    return DIST_INFO_DIR.test(first) ? undefined : file.parts;
}
/** A module importable from its library path: every component an identifier and no keyword. */
function isValidModulePath(file) {
    const parts = libParts(file);
    if (!parts || parts.length === 0)
        return false;
    const base = moduleBasename(parts[parts.length - 1]);
    if (base === undefined)
        return false;
    return [...parts.slice(0, -1), base].every((p) => (0,python_text/* isPyIdentifier */.lC)(p) && !(0,python_text/* isPyKeyword */.vP)(p));
}

;// CONCATENATED MODULE: ./packages/core/src/distfiles/wheel/contents.ts
/**
 * check-wheel-contents' checks over a wheel's RECORD (cwc reads RECORD, not the zip listing):
 * W001–W010, W101/W102 (with `package`/`src_dir`) and W201/W202 (with `toplevel`), each with the
 * project change that fixes it.
 */






// Where `config` comes from, for messages about it.
const CONFIG_FILE = 'pyproject.toml';
const IGNORED_TOPLEVEL = /.\.pth$/;
const BYTECODE = new Set(['.pyc', '.pyo']);
const COMMON_NAMES = new Set('.eggs .nox .tox .venv app build cli data dist doc docs example examples lib scripts src test tests venv'.split(' '));
function signatureOf(bytes) {
    const data = Buffer.from(bytes, 'utf8');
    return `${data.length}|sha256=${(0,external_node_crypto_.hash)('sha256', data, 'base64url')}`;
}
// Contents common enough that cwc does not count copies of them as duplicates.
const ALLOWED_DUPLICATES = new Set([
    '',
    '\n',
    '\r\n',
    '# -*- coding: utf-8 -*-',
    '# -*- coding: utf-8 -*-\n',
    '# -*- coding: utf-8 -*-\n\r',
].map(signatureOf));
// `toplevel` must list every toplevel entry the wheel should have, not only the flagged ones.
const TOPLEVEL_FIX = (tops) => `if they belong in the wheel, list all toplevel entries: [tool.check-wheel-contents] toplevel = ` +
    `[${tops.map((n) => JSON.stringify(n)).join(', ')}] in pyproject.toml`;
const FIXES = {
    W001: () => 'keep bytecode out of the wheel: with setuptools put `global-exclude *.py[co]` last in MANIFEST.in and delete ' +
        'build/ before building; with hatchling remove *.pyc from [tool.hatch.build] artifacts/include',
    W002: () => 'delete the copied file (a copy where a rename was meant), or delete build/ and rebuild if a rename left a stale ' +
        'copy; if the copies are intended, set [tool.check-wheel-contents] ignore = ["W002"]',
    W003: () => 'move the file into the package (as package data), license files into [project] license-files; the README is ' +
        'already the long description in METADATA',
    W004: () => 'rename the package directories/modules to Python identifiers (e.g. "-" → "_", no keywords); for generated ' +
        'migrations such as 0001_initial.py set [tool.check-wheel-contents] ignore = ["W004"]',
    W005: (tops) => 'exclude these directories from the wheel: e.g. [tool.hatch.build.targets.wheel] packages = ["src/<pkg>"], or ' +
        'setuptools packages = find: with exclude = ["tests", "tests.*"]; ' +
        TOPLEVEL_FIX(tops),
    W006: () => 'remove __init__.py from the library root (in a src layout, src/ itself is not a package) and declare the ' +
        'package directory: [tool.hatch.build.targets.wheel] packages = ["src/<pkg>"] or setuptools package-dir',
    W007: () => 'declare the package or modules: [tool.hatch.build.targets.wheel] packages = ["src/<pkg>"], or [tool.setuptools] ' +
        'packages / py-modules (a single-file module goes in py-modules); for a data-only wheel set ' +
        '[tool.check-wheel-contents] ignore = ["W007"]',
    W008: () => 'declare the package or modules in the build backend configuration; for an intentionally empty meta-package set ' +
        '[tool.check-wheel-contents] ignore = ["W008"]',
    W009: (tops) => "ship only the project's own package: exclude the others (tests, stale build/ leftovers) from the wheel; " +
        TOPLEVEL_FIX(tops),
    W010: () => 'add the Python modules the directory should hold, move its data files inside the package, or exclude it from ' +
        'the wheel; type-stub packages must be named <pkg>-stubs',
    W101: () => 'include the missing files in the wheel (package data settings of the build backend), or add their pattern to ' +
        '[tool.check-wheel-contents] package_omit',
    W102: () => 'exclude the extra files from the wheel, or add them to the source tree named by [tool.check-wheel-contents] ' +
        'package/src_dir',
    W201: () => 'make the build include these toplevel entries, or remove them from [tool.check-wheel-contents] toplevel',
    W202: () => 'exclude these entries from the wheel, or add them to [tool.check-wheel-contents] toplevel',
};
const failing = (paths) => (paths.length > 0 ? [paths] : []);
// The toplevel entries of the libraries that pass `keep`, shown as paths.
const toplevelPaths = (libs, keep) => libs.flatMap((lib) => [...lib.entries].filter(([name, e]) => keep(name, e)).map(([n, e]) => entryPath(n, e)));
const isPth = (name, entry) => entry.kind === 'file' && IGNORED_TOPLEVEL.test(name);
const CHECKS = {
    W001: ({ root }) => failing(allFiles(root)
        .filter((f) => BYTECODE.has(extension(f.parts[f.parts.length - 1])))
        .map((f) => f.path)),
    W002: ({ files }) => {
        const bySignature = new Map();
        for (const f of files) {
            const signature = `${f.size ?? ''}|${f.hash ?? ''}`;
            if (signature === '|' || ALLOWED_DUPLICATES.has(signature))
                continue;
            bySignature.set(signature, [...(bySignature.get(signature) ?? []), f.path]);
        }
        return [...bySignature.values()].filter((paths) => paths.length > 1);
    },
    W003: ({ libs }) => failing(toplevelPaths(libs, (name, e) => e.kind === 'file' && !IGNORED_TOPLEVEL.test(name) && !moduleBasename(name))),
    W004: ({ libFiles }) => failing(libFiles
        .filter((f) => moduleBasename(f.parts[f.parts.length - 1]) && !isValidModulePath(f))
        .map((f) => f.path)),
    W005: ({ libs, toplevel }) => {
        const exempt = new Set(toplevel ?? []);
        return failing(toplevelPaths(libs, (name) => COMMON_NAMES.has(name) && !exempt.has(name)));
    },
    W006: ({ libs }) => failing(libs.flatMap((lib) => {
        const init = lib.entries.get('__init__.py');
        return init?.kind === 'file' ? [init.path] : [];
    })),
    W007: ({ purelib, platlib }) => (purelib.entries.size === 0 && platlib.entries.size === 0 ? [[]] : []),
    W008: ({ root, distInfo }) => ([...root.entries.keys()].some((name) => name !== distInfo) ? [] : [[]]),
    W009: ({ libs, toplevel, pkgFiles }) => {
        if (toplevel !== undefined || pkgFiles !== undefined)
            return [];
        const tops = toplevelPaths(libs, (name, e) => !name.startsWith('_') && !isPth(name, e));
        return tops.length > 1 ? [tops] : [];
    },
    W010: ({ libs }) => failing(toplevelPaths(libs, (name, e) => e.kind === 'dir' && !isStubsDir(name) && !allFiles(e).some((f) => moduleBasename(f.parts.at(-1))))),
    W101: ({ libFiles, pkgFiles }) => {
        if (!pkgFiles)
            return [];
        const present = new Set(libFiles.map((f) => libParts(f)?.join('/')));
        return failing([...pkgFiles].filter((p) => !present.has(p)).sort());
    },
    W102: ({ libFiles, pkgFiles }) => {
        if (!pkgFiles)
            return [];
        return failing(libFiles.filter((f) => !pkgFiles.has(libParts(f)?.join('/') ?? '')).map((f) => f.path));
    },
    W201: ({ purelib, platlib, toplevel }) => {
        if (toplevel === undefined)
            return [];
        return failing(toplevel.filter((name) => !purelib.entries.has(name) && !platlib.entries.has(name)));
    },
    W202: ({ libs, toplevel }) => {
        if (toplevel === undefined)
            return [];
        const expected = new Set(toplevel);
        return failing(toplevelPaths(libs, (name, e) => !expected.has(name) && !isPth(name, e)));
    },
};
/**
 * check-wheel-contents' checks over RECORD's rows, with `[tool.check-wheel-contents]` honoured:
 * `select`/`ignore` prefixes, `toplevel` (exempts its names from W005, replaces W009 with
 * W201/W202) and `package`/`src_dir` (W101/W102, resolved against `projectDir`, the directory of
 * pyproject.toml). When RECORD's structure is invalid for cwc, only that (R027) is reported, as cwc
 * reports nothing else then; rows with invalid or conflicting paths are skipped (checkRecord reports them).
 */
function checkWheelContents(rows, distInfo, rootIsPurelib, config, projectDir) {
    const { root, files } = buildTree(rows);
    const dataDir = `${distInfo.slice(0, -'.dist-info'.length)}.data`;
    const errors = structuralErrors(root, distInfo, dataDir, rootIsPurelib);
    if (errors.length > 0) {
        return errors.map((e) => (0,distfiles_findings/* finding */.g)(WHEEL_RULES.R027, `invalid wheel: ${e}`, 'rebuild the wheel with its build backend (with setuptools delete build/ first); check-wheel-contents ' +
            'rejects it before running any check'));
    }
    const codes = selectedChecks(config);
    const purelib = libraryTree(root, distInfo, dataDir, rootIsPurelib, 'purelib');
    const platlib = libraryTree(root, distInfo, dataDir, !rootIsPurelib, 'platlib');
    const libs = [purelib, platlib];
    const wheel = {
        root,
        files,
        distInfo,
        purelib,
        platlib,
        libs,
        libFiles: libs.flatMap(allFiles),
        toplevel: config?.toplevel,
        pkgFiles: packageFiles(config, projectDir),
    };
    const failures = codes.flatMap((code) => CHECKS[code](wheel).map((paths) => ({ code, paths })));
    const tops = libs.flatMap((lib) => [...lib.entries].filter(([name, e]) => !isPth(name, e)).map(([name]) => name));
    return failures.map(({ code, paths }) => {
        const rule = CWC_RULES[code];
        const message = paths.length > 0 ? `${rule.title}: ${paths.join(', ')}` : rule.title;
        // W101 lists local files and W201 toplevel names, not archive members.
        const members = code === 'W101' || code === 'W201' ? undefined : paths;
        return (0,distfiles_findings/* finding */.g)(rule, message, FIXES[code](tops), members);
    });
}
// The codes `select` and `ignore` leave, in cwc's order.
function selectedChecks(config) {
    const selected = new Set(config?.select
        ? expandCheckPrefixes(config.select, `${CONFIG_FILE}: [tool.check-wheel-contents] select`)
        : CWC_CODES);
    if (config?.ignore) {
        for (const code of expandCheckPrefixes(config.ignore, `${CONFIG_FILE}: [tool.check-wheel-contents] ignore`)) {
            selected.delete(code);
        }
    }
    return CWC_CODES.filter((c) => selected.has(c));
}
// The files `package`/`src_dir` name, when configured (W101/W102 compare the wheel with them).
function packageFiles(config, projectDir) {
    if (!config || (config.package === undefined && config.srcDir === undefined))
        return undefined;
    if (projectDir === undefined) {
        throw new Error('checkWheelContents: [tool.check-wheel-contents] package/src_dir need the project directory');
    }
    return packageTreeFiles(config, projectDir, CONFIG_FILE);
}

;// CONCATENATED MODULE: ./packages/core/src/distfiles/wheel/entry-points.ts
/**
 * `.dist-info/entry_points.txt` as PyPI validates it: it must parse with Python's configparser
 * (`=` as the only delimiter, case-sensitive keys, strict duplicates), and console/gui script names
 * must match `[\w.-]+`, so no script name carries a path.
 */



const SECTION = /^\[(.+)\]/;
const OPTION = /^(.*?)\s*=\s*(.*)$/;
const SCRIPT_NAME = /^[\p{L}\p{N}_.-]+$/u;
/** Parses like configparser.ConfigParser(delimiters=('=',)).read_string; returns its error text on failure. */
function parseIni(text) {
    const sections = new Map();
    const defaults = [];
    const added = new Set();
    let current;
    let sectionName = '';
    let optionOpen = false;
    let indentLevel = 0;
    const badLines = [];
    const lines = text.split(/\r\n|\r|\n/);
    for (let i = 0; i < lines.length; i++) {
        const raw = lines[i];
        const lineno = i + 1;
        const trimmed = raw.trim();
        const value = trimmed.startsWith('#') || trimmed.startsWith(';') ? '' : trimmed;
        // Blank and comment lines neither end a value nor start anything.
        if (value === '')
            continue;
        const indent = raw.search(/\S/);
        if (current && optionOpen && indent > indentLevel)
            continue; // continuation of the value
        indentLevel = indent;
        const header = SECTION.exec(value);
        if (header) {
            const name = header[1];
            if (added.has(name))
                return { error: `line ${lineno}: section ${(0,python_text/* pyRepr */.n3)(name)} already exists` };
            if (name === 'DEFAULT')
                current = defaults;
            else {
                current = sections.get(name) ?? [];
                sections.set(name, current);
                added.add(name);
            }
            sectionName = name;
            optionOpen = false;
            continue;
        }
        if (!current)
            return { error: `File contains no section headers (line ${lineno}: ${(0,python_text/* pyRepr */.n3)(raw)})` };
        const option = OPTION.exec(value);
        if (!option || option[1] === '') {
            badLines.push(`line ${lineno}: ${(0,python_text/* pyRepr */.n3)(raw)}`);
            // configparser keeps the previous option open after a bad line, but not after an empty name.
            if (option)
                optionOpen = false;
            continue;
        }
        const name = option[1].trimEnd();
        const key = `${sectionName}\u0000${name}`;
        if (added.has(key)) {
            return {
                error: `line ${lineno}: option ${(0,python_text/* pyRepr */.n3)(name)} in section ${(0,python_text/* pyRepr */.n3)(sectionName)} already exists`,
            };
        }
        added.add(key);
        current.push(name);
        optionOpen = true;
    }
    if (badLines.length > 0)
        return { error: `parsing errors (not "name = value"): ${badLines.join('; ')}` };
    return { sections, defaults };
}
/** entry_points.txt parses as INI and its console_scripts/gui_scripts names match `[\w.-]+`. */
function checkEntryPoints(text, filename) {
    const prefix = `Wheel '${filename}' has invalid entry points defined in the entry_points.txt file`;
    const parsed = parseIni(text);
    if ('error' in parsed) {
        return [
            (0,distfiles_findings/* finding */.g)(WHEEL_RULES.R026, `${prefix}: entry_points.txt is not a valid INI file: ${parsed.error}`, 'declare entry points in [project.scripts], [project.gui-scripts] and [project.entry-points.<group>] of ' +
                'pyproject.toml and let the build backend write entry_points.txt'),
        ];
    }
    const findings = [];
    for (const section of ['console_scripts', 'gui_scripts']) {
        const names = parsed.sections.get(section);
        if (!names)
            continue;
        // configparser shows DEFAULT's options in every section.
        for (const name of [...names, ...parsed.defaults.filter((d) => !names.includes(d))]) {
            if (SCRIPT_NAME.test(name))
                continue;
            findings.push((0,distfiles_findings/* finding */.g)(WHEEL_RULES.R026, `${prefix}: Invalid entry point name ${(0,python_text/* pyRepr */.n3)(name)} in ${(0,python_text/* pyRepr */.n3)(section)} (names must match [\\w.-]+)`, `rename the script in [project.${section === 'console_scripts' ? 'scripts' : 'gui-scripts'}] of ` +
                'pyproject.toml to letters, digits, "_", "." and "-" only (no spaces or path separators)'));
        }
    }
    return findings;
}

;// CONCATENATED MODULE: ./packages/core/src/distfiles/wheel/layout.ts
/**
 * The wheel's directory layout: one `{name}-{version}.dist-info` named exactly as the file name
 * starts (PyPI looks for WHEEL there and nowhere else), METADATA/WHEEL/RECORD in it, a `.data`
 * directory named to match with only scheme-key subdirectories, and reserved `.dist-info` subdirs.
 */



const SCHEME_KEYS = ['data', 'headers', 'platlib', 'purelib', 'scripts'];
const RESERVED_DIST_INFO_SUBDIRS = new Set(['licenses', 'license_files', 'LICENSES', 'sboms']);
const layout_REBUILD_FIX = 'rebuild the wheel with its build backend and publish it under the name the backend gave it; ' +
    'a renamed wheel no longer matches its .dist-info directory';
function topLevelDirs(members) {
    const dirs = new Set();
    for (const m of members) {
        const slash = m.indexOf('/');
        if (slash > 0)
            dirs.add(m.slice(0, slash));
    }
    return [...dirs];
}
function checkDataDirs(filename, members, expected) {
    const findings = [];
    // pip treats every top-level directory ending in `.data` as a data directory.
    const dataDirs = topLevelDirs(members).filter((d) => d.endsWith('.data'));
    if (dataDirs.length > 1) {
        findings.push((0,distfiles_findings/* finding */.g)(WHEEL_RULES.R005, `Wheel contains multiple .data directories: ${dataDirs.map(python_text/* pyRepr */.n3).join(', ')}`, `keep only ${(0,python_text/* pyRepr */.n3)(expected)}: ${layout_REBUILD_FIX}`));
    }
    for (const dir of dataDirs) {
        if (dir !== expected) {
            findings.push((0,distfiles_findings/* finding */.g)(WHEEL_RULES.R005, `The .data directory ${(0,python_text/* pyRepr */.n3)(dir)} is not named as the .dist-info directory: it must be ${(0,python_text/* pyRepr */.n3)(expected)}`, layout_REBUILD_FIX));
        }
    }
    const unexpected = [];
    const unknownKeys = new Map();
    const nestedScripts = [];
    for (const m of members) {
        const parts = m.split('/');
        if (parts.length < 2 || !dataDirs.includes(parts[0]))
            continue;
        if (parts.length < 3)
            unexpected.push(m);
        else if (!SCHEME_KEYS.includes(parts[1])) {
            if (!unknownKeys.has(parts[1]))
                unknownKeys.set(parts[1], m);
        }
        else if (parts[1] === 'scripts' && parts.length > 3)
            nestedScripts.push(m);
    }
    for (const m of unexpected) {
        findings.push((0,distfiles_findings/* finding */.g)(WHEEL_RULES.R006, `Unexpected file in ${filename}: ${(0,python_text/* pyRepr */.n3)(m)}. .data directory contents should be named like: '<scheme key>/<path>'.`, `move the file into one of the scheme directories (${SCHEME_KEYS.join(', ')}) in the build backend's ` +
            'shared-data/data-files setting', [m]));
    }
    for (const [key, m] of unknownKeys) {
        findings.push((0,distfiles_findings/* finding */.g)(WHEEL_RULES.R006, `Unknown scheme key used in ${filename}: ${key} (for file ${(0,python_text/* pyRepr */.n3)(m)}). .data directory contents should be ` +
            `in subdirectories named with a valid scheme key (${SCHEME_KEYS.join(', ')})`, `map the files to one of ${SCHEME_KEYS.join(', ')} in the build backend's shared-data/data-files setting ` +
            '(e.g. [tool.hatch.build.targets.wheel.shared-data])', [m]));
    }
    if (nestedScripts.length > 0) {
        findings.push((0,distfiles_findings/* finding */.g)(WHEEL_RULES.R006, `The scripts directory may only contain regular files, but ${nestedScripts.map(python_text/* pyRepr */.n3).join(', ')} ` +
            `${nestedScripts.length === 1 ? 'is' : 'are'} in a subdirectory of it`, 'list each script file directly under scripts/ in the build backend configuration, or ship them as ' +
            '[project.scripts] entry points', nestedScripts));
    }
    return findings;
}
/**
 * The wheel's layout: exactly one `.dist-info` directory, named `{name}-{version}.dist-info` as the
 * file name starts, holding METADATA, WHEEL and RECORD; `.data` named to match, with scheme-key
 * subdirectories; no unreserved `.dist-info` subdirectories. `members` are the archive's file names.
 * Returns the `.dist-info` directory to read metadata from (the expected one, or else the only one).
 */
function checkWheelLayout(filename, wheelName, members) {
    const findings = [];
    const expected = `${wheelName.name}-${wheelName.version}.dist-info`;
    const distInfos = topLevelDirs(members).filter((d) => d.endsWith('.dist-info'));
    if (distInfos.length > 1) {
        findings.push((0,distfiles_findings/* finding */.g)(WHEEL_RULES.R002, `multiple .dist-info directories found: ${distInfos.join(', ')}`, `a wheel has exactly one .dist-info directory; ${layout_REBUILD_FIX}, and with setuptools delete build/ first`));
    }
    let distInfo;
    if (members.includes(`${expected}/WHEEL`))
        distInfo = expected;
    else {
        const others = distInfos.filter((d) => d !== expected);
        const why = distInfos.includes(expected)
            ? 'the .dist-info directory has no WHEEL file'
            : others.length > 0
                ? `the wheel's .dist-info directory is ${others.map(python_text/* pyRepr */.n3).join(', ')}`
                : 'the wheel has no .dist-info directory';
        findings.push((0,distfiles_findings/* finding */.g)(WHEEL_RULES.R001, `Invalid distribution file. WHEEL not found at ${expected}/WHEEL (${why})`, layout_REBUILD_FIX));
        distInfo = distInfos.includes(expected) ? expected : distInfos.length === 1 ? distInfos[0] : undefined;
    }
    if (distInfo !== undefined) {
        for (const [file, rule] of [
            ['METADATA', WHEEL_RULES.R003],
            ['RECORD', WHEEL_RULES.R004],
        ]) {
            if (!members.includes(`${distInfo}/${file}`)) {
                findings.push((0,distfiles_findings/* finding */.g)(rule, `Wheel '${filename}' does not contain the required ${file} file: ${distInfo}/${file}`, `${layout_REBUILD_FIX}; every backend writes ${file}`));
            }
        }
        const unreserved = members.filter((m) => {
            const parts = m.split('/');
            return parts[0] === distInfo && parts.length > 2 && !RESERVED_DIST_INFO_SUBDIRS.has(parts[1]);
        });
        if (unreserved.length > 0) {
            findings.push((0,distfiles_findings/* finding */.g)(WHEEL_RULES.R007, `Subdirectories under .dist-info/ are reserved for future use (only licenses, license_files, LICENSES and ` +
                `sboms have a use): ${unreserved.map(python_text/* pyRepr */.n3).join(', ')}`, 'put extra files inside the package (as package data), or license files under .dist-info/licenses/ ' +
                '(via [project] license-files)', unreserved));
        }
    }
    findings.push(...checkDataDirs(filename, members, `${(distInfo ?? expected).slice(0, -'.dist-info'.length)}.data`));
    return { distInfo, findings };
}

;// CONCATENATED MODULE: ./packages/core/src/distfiles/wheel/license-files.ts
/**
 * PEP 639: from Metadata-Version 2.4, every License-File named in METADATA must be in the wheel at
 * `.dist-info/licenses/<path>`; PyPI rejects the upload otherwise.
 */


function atLeast24(metadataVersion) {
    const m = /^\s*([0-9]+)\.([0-9]+)/.exec(metadataVersion);
    if (!m)
        return false;
    const [major, minor] = [Number(m[1]), Number(m[2])];
    return major > 2 || (major === 2 && minor >= 4);
}
/**
 * Each License-File exists at `<distInfo>/licenses/<path>` (checked from Metadata-Version 2.4 on;
 * older metadata's License-File is informational). `filename` is the wheel's, for PyPI's message.
 */
function checkLicenseFiles(licenseFiles, distInfo, members, metadataVersion, filename) {
    if (!atLeast24(metadataVersion))
        return [];
    const present = new Set(members);
    return licenseFiles
        .filter((path) => !present.has(`${distInfo}/licenses/${path}`))
        .map((path) => (0,distfiles_findings/* finding */.g)(WHEEL_RULES.R025, `License-File ${path} does not exist in distribution file ${filename} at ${distInfo}/licenses/${path}`, 'list the license files in [project] license-files (globs relative to pyproject.toml) and rebuild with a ' +
        'backend that supports PEP 639, which copies them to .dist-info/licenses/', [`${distInfo}/licenses/${path}`]));
}

// EXTERNAL MODULE: ./packages/core/src/distfiles/filenames/wheel-filename.ts
var wheel_filename = __webpack_require__(89789);
;// CONCATENATED MODULE: ./packages/core/src/distfiles/wheel/wheel-file.ts
/**
 * The `.dist-info/WHEEL` file: parsed as installers do (Python's email parser, compat32), then
 * checked: Wheel-Version 1.x (pip's texts), Root-Is-Purelib (check-wheel-contents' texts), and
 * Tag/Build agreeing with the file name.
 */




// Python's email.feedparser headerRE: a header line, a continuation, or a Unix "From " line.
const HEADER_LINE = /^(From |[\x21-\x39\x3b-\x7e]*:|[\t ])/;
const BACKEND_FIX = 'rebuild the wheel with its build backend; WHEEL is written by the backend and must not be edited by hand';
/**
 * Parses WHEEL into its headers, keyed by lower-cased name (header names are case-insensitive),
 * values in file order. A line that is not a header ends the headers, as in Python's parser.
 */
function parseWheelMetadataFile(text) {
    const fields = new Map();
    const findings = [];
    const malformed = (line, why) => {
        findings.push((0,distfiles_findings/* finding */.g)(WHEEL_RULES.R008, `WHEEL line ${line}: ${why}`, BACKEND_FIX));
    };
    const lines = text.split(/\r\n|\r|\n/);
    if (lines[lines.length - 1] === '')
        lines.pop();
    let last;
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        if (line === '')
            break; // the blank line between headers and body
        if (!HEADER_LINE.test(line)) {
            malformed(i + 1, `${(0,python_text/* pyRepr */.n3)(line)} is not a "Name: value" header; the headers end here, so this and later lines are ignored`);
            break;
        }
        if (line.startsWith(' ') || line.startsWith('\t')) {
            if (last)
                last.values[last.index] += `\n${line}`;
            else
                malformed(i + 1, 'a continuation line without a header before it is ignored');
            continue;
        }
        // A line that is not a header still ends the previous header: continuations after it are ignored.
        last = undefined;
        if (line.startsWith('From ')) {
            malformed(i + 1, `${(0,python_text/* pyRepr */.n3)(line)} is a mailbox "From " line, not a header, and is ignored`);
            continue;
        }
        const colon = line.indexOf(':');
        if (colon === 0) {
            malformed(i + 1, 'missing header name');
            continue;
        }
        const name = line.slice(0, colon).toLowerCase();
        const values = fields.get(name) ?? [];
        values.push(line.slice(colon + 1).replace(/^[ \t]+/, ''));
        fields.set(name, values);
        last = { values, index: values.length - 1 };
    }
    return { fields, findings };
}
/** Root-Is-Purelib as check-wheel-contents and pip read it (case-insensitive); undefined when missing or invalid. */
function wheel_file_rootIsPurelib(fields) {
    const value = fields.get('root-is-purelib')?.[0]?.trim().toLowerCase();
    return value === 'true' ? true : value === 'false' ? false : undefined;
}
const SINGLE_USE = ['wheel-version', 'generator', 'root-is-purelib', 'build'];
const DISPLAY = {
    'wheel-version': 'Wheel-Version',
    generator: 'Generator',
    'root-is-purelib': 'Root-Is-Purelib',
    build: 'Build',
};
function checkWheelVersion(fields, wheelName) {
    const raw = fields.get('wheel-version')?.[0];
    if (raw === undefined) {
        return [
            (0,distfiles_findings/* finding */.g)(WHEEL_RULES.R009, 'WHEEL is missing Wheel-Version', `${BACKEND_FIX} (it writes Wheel-Version: 1.0)`),
        ];
    }
    const version = raw.trim();
    const parts = version.split('.');
    if (!parts.every((p) => /^[0-9]+$/.test(p))) {
        return [(0,distfiles_findings/* finding */.g)(WHEEL_RULES.R009, `invalid Wheel-Version: ${(0,python_text/* pyRepr */.n3)(version)}`, BACKEND_FIX)];
    }
    const numbers = parts.map(Number);
    const shown = numbers.join('.');
    if (numbers[0] !== 1) {
        return [
            (0,distfiles_findings/* finding */.g)(WHEEL_RULES.R009, numbers[0] > 1
                ? `${wheelName.name}'s Wheel-Version (${shown}) is not compatible with this version of pip`
                : `Wheel-Version ${shown} is not a wheel format version (the format is version 1.x)`, `${BACKEND_FIX}; installers fail on a Wheel-Version whose major version is not 1`),
        ];
    }
    if (numbers.slice(1).some((n) => n > 0)) {
        return [
            (0,distfiles_findings/* finding */.g)(WHEEL_RULES.R010, `Installing from a newer Wheel-Version (${shown}): installers warn when the minor version is greater than 1.0`, 'build with a backend that writes Wheel-Version: 1.0, the version installers support'),
        ];
    }
    return [];
}
/**
 * Checks WHEEL's fields (as returned by `parseWheelMetadataFile`) against the wheel's file name:
 * Wheel-Version 1.x, Root-Is-Purelib true|false, Tag lines equal to the expanded file-name tags,
 * Build equal to the build tag.
 */
function checkWheelFile(fields, wheelName) {
    const findings = [];
    for (const name of SINGLE_USE) {
        const count = fields.get(name)?.length ?? 0;
        if (count > 1) {
            findings.push((0,distfiles_findings/* finding */.g)(WHEEL_RULES.R008, `WHEEL has ${count} ${DISPLAY[name]} headers; readers use only the first`, BACKEND_FIX));
        }
    }
    findings.push(...checkWheelVersion(fields, wheelName));
    const purelib = fields.get('root-is-purelib')?.[0];
    if (purelib === undefined) {
        findings.push((0,distfiles_findings/* finding */.g)(WHEEL_RULES.R011, 'Root-Is-Purelib header not found in WHEEL file', `${BACKEND_FIX} (it writes Root-Is-Purelib: true for pure-Python wheels)`));
    }
    else if (wheel_file_rootIsPurelib(fields) === undefined) {
        findings.push((0,distfiles_findings/* finding */.g)(WHEEL_RULES.R011, `Invalid Root-Is-Purelib value in WHEEL file: ${(0,python_text/* pyRepr */.n3)(purelib.trim())}`, BACKEND_FIX));
    }
    const expected = (0,wheel_filename/* expandTags */.Cu)(wheelName.tags);
    const tags = (fields.get('tag') ?? []).map((t) => t.trim());
    const missing = expected.filter((t) => !tags.includes(t));
    const extra = tags.filter((t) => !expected.includes(t));
    if (missing.length > 0 || extra.length > 0) {
        const parts = [];
        if (missing.length > 0)
            parts.push(`no Tag line for ${missing.map(python_text/* pyRepr */.n3).join(', ')}`);
        if (extra.length > 0)
            parts.push(`Tag ${extra.map(python_text/* pyRepr */.n3).join(', ')} not in the file name`);
        findings.push((0,distfiles_findings/* finding */.g)(WHEEL_RULES.R012, `WHEEL's Tag lines must be the wheel's expanded compatibility tags (${expected.map(python_text/* pyRepr */.n3).join(', ')}): ` +
            `${parts.join('; ')}`, 'rebuild instead of renaming the wheel; to change its tags use `wheel tags`, which rewrites WHEEL and the file name together'));
    }
    const build = fields.get('build')?.[0]?.trim();
    if (build !== wheelName.build) {
        findings.push((0,distfiles_findings/* finding */.g)(WHEEL_RULES.R013, wheelName.build === undefined
            ? `WHEEL has Build: ${build} but the file name has no build tag; Build is omitted if there is no build number`
            : build === undefined
                ? `The file name has build tag ${(0,python_text/* pyRepr */.n3)(wheelName.build)} but WHEEL has no Build header`
                : `WHEEL has Build: ${build} but the file name's build tag is ${(0,python_text/* pyRepr */.n3)(wheelName.build)}`, 'set the build number through the build backend (e.g. `--build-number`) rather than renaming the file, ' +
            'or use `wheel tags --build`, which rewrites WHEEL and the file name together'));
    }
    return findings;
}

;// CONCATENATED MODULE: ./packages/core/src/distfiles/wheel/index.ts
/**
 * Wheel structure (rules R001…R027: dist-info layout, WHEEL, RECORD, License-File, entry points)
 * and check-wheel-contents' checks (W001…W202), as pure functions over what the archive reader
 * extracted: member names, file texts and computed digests.
 */









// EXTERNAL MODULE: ./packages/core/src/concurrency/run-limited.ts
var run_limited = __webpack_require__(97211);
;// CONCATENATED MODULE: ./packages/core/src/distfiles/select.ts
/** `select` / `ignore` of check codes by prefix (as check-wheel-contents does), with typos refused. */

/** Keeps the findings whose code is selected (all when no select) and not ignored. */
function filterFindings(findings, filter) {
    const matches = (code, prefixes) => prefixes.some((p) => code.startsWith(p.toUpperCase()));
    return findings.filter((f) => (!filter.select?.length || matches(f.code, filter.select)) &&
        !(filter.ignore?.length && matches(f.code, filter.ignore)));
}
/** Refuses a select/ignore entry that is no prefix of any known code, so a typo does not silence nothing. */
function validateCodeFilter(filter, rules, where) {
    for (const key of ['select', 'ignore']) {
        for (const prefix of filter[key] ?? []) {
            if (!rules.some((r) => r.code.startsWith(prefix.toUpperCase()))) {
                throw new errors/* ConfigurationError */.j1(`${where} ${key}: '${prefix}' matches no check code; codes are a letter and three digits (F001, M004, W009) and prefixes of them (W, W00); see the twine-check README for the list.`);
            }
        }
    }
}
/** Splits a list input: commas, whitespace or newlines. */
function splitCodes(value) {
    if (!value)
        return undefined;
    const list = value.split(/[\s,]+/).filter(Boolean);
    return list.length ? list : undefined;
}

;// CONCATENATED MODULE: ./packages/core/src/distfiles/check.ts
/**
 * Checking distribution files as twine check, PyPI's upload and check-wheel-contents would, in one
 * pass per file: every file is checked and reported (twine stops at the first broken one), archives
 * are streamed (bounded memory for any size), and Python runs once, only when there is RST to render.
 */











/** PyPI's default per-file limit (Warehouse MAX_FILESIZE). */
const PYPI_MAX_FILE_SIZE = 100 * 1024 * 1024;
// Text members (METADATA, WHEEL, RECORD…) beyond this are not read into memory.
const MAX_TEXT_MEMBER = 64 * 1024 * 1024;
/** Checks every file; never stops at a broken one. */
async function checkDistributions(paths, options) {
    // One Python run renders every RST description, each handed over as soon as its file's metadata
    // is read, so that rendering overlaps the hashing; none runs when there is no RST.
    const feed = new RstFeed();
    let rendered;
    const describe = rendersKept(options)
        ? (key, rst) => {
            feed.push(key, rst);
            rendered ??= renderRst(feed, {
                candidates: pythonCandidates(options.python),
                installer: options.docutils,
            });
        }
        : undefined;
    let pending;
    try {
        pending = await readAll(paths, options, describe);
    }
    finally {
        feed.close();
        // Awaited below; if reading failed, its outcome no longer matters.
        rendered?.catch(() => undefined);
    }
    const plans = pending.map((p) => p.plan);
    const rendering = rendered ? await rendered : undefined;
    const notes = rendering ? rstRenderingNotes(rendering) : [];
    const files = pending.map((p, i) => {
        const findings = [...p.findings];
        if (p.metadata) {
            findings.push(...(0,metadata/* validateMetadata */.aR)(p.metadata, { kind: p.report.kind ?? 'wheel' }));
            const plan = plans[i];
            findings.push(...plan.findings);
            if (plan.rst !== undefined && rendering) {
                findings.push(...renderedDescriptionFindings(rendering.renders.get(String(i)), rendering));
            }
        }
        const kept = filterFindings(findings, options);
        const failed = kept.some((f) => f.severity === 'error' || (options.strict && f.severity === 'warning'));
        const warned = kept.some((f) => f.severity === 'warning');
        const status = failed ? 'failed' : warned ? 'passed-with-warnings' : 'passed';
        return { ...p.report, status, findings: kept };
    });
    const renderer = rendering?.renderer;
    return {
        schema: 1,
        strict: options.strict,
        failed: files.filter((f) => f.status === 'failed').length,
        files,
        notes,
        ...(renderer && {
            renderers: {
                rst: {
                    docutils: renderer.docutils,
                    location: renderer.location,
                    python: renderer.python,
                    pypiDocutils: PYPI_DOCUTILS_VERSION,
                },
            },
        }),
    };
}
/** Whether any rendering finding survives select/ignore: if none does, Python is not started at all. */
function rendersKept(filter) {
    const probes = [README_RULES.D003, README_RULES.D004, README_RULES.D005].map((r) => (0,distfiles_findings/* finding */.g)(r, '', ''));
    return filterFindings(probes, filter).length > 0;
}
async function readAll(paths, options, describe) {
    // Real wheels are bound by inflating and hashing, not by start-up: that work goes to a thread per
    // core, while this thread walks the archives and checks what they hold.
    const runner = options.threads === 0 ? distfiles_archive/* inlineRunner */.yR : new distfiles_archive/* DigestPool */.$I(options.threads);
    try {
        const outcomes = await (0,run_limited/* runLimited */.v)([...paths.keys()], options.concurrency ?? 8, (i) => readDistribution(paths[i], options, runner, describe && ((rst) => describe(String(i), rst))));
        return (0,run_limited/* fulfilledValues */.O)(outcomes);
    }
    finally {
        if (runner instanceof distfiles_archive/* DigestPool */.$I)
            await runner.close();
    }
}
async function readDistribution(path, options, runner, describe) {
    const filename = (0,external_node_path_.basename)(path);
    const size = (0,external_node_fs_.statSync)(path).size;
    const { kind, findings: kindFindings } = (0,filenames/* checkDistKind */.r5)(filename);
    const report = { file: path, filename, kind, size, status: 'passed', findings: [] };
    const pending = { report, findings: [], describe };
    if (size > options.maxFileSize)
        pending.findings.push(fileTooLarge(filename, size, options.maxFileSize));
    if (kind === 'wheel')
        await readWheel(path, pending, options, runner);
    else if (kind === 'sdist')
        await readSdist(path, pending);
    else
        pending.findings.push(...kindFindings);
    return pending;
}
function takeMetadata(pending, bytes, where) {
    if (!bytes || !bytes.includes('Metadata-Version')) {
        pending.findings.push((0,distfiles_findings/* finding */.g)(CHECK_RULES.R103, `No ${where.endsWith('PKG-INFO') ? 'PKG-INFO' : 'METADATA'} in archive or it is missing 'Metadata-Version': expected ${where}.`, 'rebuild with a standard build backend (hatchling, setuptools, flit-core, pdm-backend, poetry-core)'));
        return;
    }
    pending.metadata = (0,metadata/* parseCoreMetadata */.Ug)(bytes);
    pending.view = (0,metadata/* metadataView */.lS)(pending.metadata);
    pending.plan = planDescription(pending.view);
    if (pending.plan.rst !== undefined)
        pending.describe?.(pending.plan.rst);
    pending.report.project = pending.view.name;
    pending.report.version = pending.view.version;
}
async function readWheel(path, pending, options, runner) {
    const { filename } = pending.report;
    const name = (0,filenames/* checkWheelFilename */.N3)(filename);
    pending.findings.push(...name.findings);
    const opened = await (0,distfiles_archive/* openZip */.QH)(path);
    pending.findings.push(...opened.findings);
    const archive = opened.archive;
    if (!archive)
        return;
    try {
        await inspectWheel(archive, name.parsed, pending, options, runner);
    }
    finally {
        await archive.close();
    }
}
async function inspectWheel(archive, wheelName, pending, options, runner) {
    const { filename } = pending.report;
    const members = archive.members.filter((m) => !m.isDirectory).map((m) => m.name);
    const layout = wheelName ? checkWheelLayout(filename, wheelName, members) : undefined;
    if (layout)
        pending.findings.push(...layout.findings);
    const distInfo = layout?.distInfo ?? soleDistInfo(members);
    if (!distInfo)
        return;
    takeMetadata(pending, await archive.readMember(`${distInfo}/METADATA`, MAX_TEXT_MEMBER), `${distInfo}/METADATA`);
    const view = pending.view;
    if (view) {
        pending.findings.push(...(0,filenames/* checkFilenameAgainstMetadata */.q)(filename, 'wheel', view.name ?? '', view.version ?? ''));
        if (view.licenseFiles.length > 0) {
            pending.findings.push(...checkLicenseFiles([...view.licenseFiles], distInfo, members, view.metadataVersion ?? '', filename));
        }
    }
    const wheelText = await archive.readMember(`${distInfo}/WHEEL`, MAX_TEXT_MEMBER);
    let rootIsPurelib = true;
    if (wheelText) {
        const wheelFile = parseWheelMetadataFile(wheelText.toString('utf8'));
        pending.findings.push(...wheelFile.findings);
        if (wheelName)
            pending.findings.push(...checkWheelFile(wheelFile.fields, wheelName));
        rootIsPurelib = wheel_file_rootIsPurelib(wheelFile.fields) ?? true;
    }
    const entryPoints = await archive.readMember(`${distInfo}/entry_points.txt`, MAX_TEXT_MEMBER);
    if (entryPoints)
        pending.findings.push(...checkEntryPoints(entryPoints.toString('utf8'), filename));
    const recordPath = `${distInfo}/RECORD`;
    const recordText = await archive.readMember(recordPath, MAX_TEXT_MEMBER);
    if (!recordText)
        return; // the layout check already says RECORD is missing
    const record = parseRecord(recordText.toString('utf8'));
    pending.findings.push(...record.findings);
    const rowOf = new Map(record.rows.map((r) => [r.path, r]));
    const digests = await archive.digestMembers((m) => {
        if (m.name === recordPath)
            return [];
        const algorithm = hashAlgorithmFor(rowOf.get(m.name));
        return algorithm ? [algorithm] : [];
    }, runner);
    const computed = new Map();
    for (const [member, result] of digests) {
        if (result.error)
            pending.findings.push(result.error);
        const [algorithm, digest] = Object.entries(result.digests)[0] ?? [];
        if (algorithm && digest)
            computed.set(member.name, { algorithm, digest, size: result.size });
    }
    pending.findings.push(...checkRecord(record.rows, members, computed, recordPath));
    const cwc = options.cwcConfigFor?.(view?.name);
    pending.findings.push(...checkWheelContents(record.rows, distInfo, rootIsPurelib, cwc?.config, cwc?.projectDir));
}
function soleDistInfo(members) {
    const dirs = new Set(members.map((m) => m.split('/')[0]).filter((d) => d.endsWith('.dist-info')));
    return dirs.size === 1 ? [...dirs][0] : undefined;
}
async function readSdist(path, pending) {
    const { filename } = pending.report;
    pending.findings.push(...(0,filenames/* checkSdistFilename */.HB)(filename).findings);
    if (!filename.toLowerCase().endsWith('.tar.gz'))
        return;
    const keep = (name) => {
        const parts = name.replace(/\/$/, '').split('/');
        return parts.length === 2 && (parts[1] === 'PKG-INFO' || parts[1] === 'pyproject.toml');
    };
    const listing = await (0,distfiles_archive/* readTarGz */.Jq)(path, keep, MAX_TEXT_MEMBER);
    pending.findings.push(...listing.findings);
    const root = listing.root;
    if (!root)
        return;
    takeMetadata(pending, listing.contents.get(`${root}/PKG-INFO`), `${root}/PKG-INFO`);
    const view = pending.view;
    if (view) {
        pending.findings.push(...(0,filenames/* checkFilenameAgainstMetadata */.q)(filename, 'sdist', view.name ?? '', view.version ?? ''));
        const names = new Set(listing.members.map((m) => m.name.replace(/\/$/, '')));
        const missing = view.licenseFiles.filter((p) => !names.has(`${root}/${p}`));
        for (const p of missing) {
            pending.findings.push((0,distfiles_findings/* finding */.g)(CHECK_RULES.R101, `License-File ${p} does not exist in distribution file ${filename} at ${root}/${p}`, 'list only existing files in `license-files` of [project] (paths relative to pyproject.toml), and make sure the backend includes them in the sdist', [`${root}/${p}`]));
        }
    }
    if (!listing.members.some((m) => m.name === `${root}/pyproject.toml`)) {
        pending.findings.push((0,distfiles_findings/* finding */.g)(CHECK_RULES.R102, `${filename} has no ${root}/pyproject.toml; the source distribution format requires one at the root.`, 'add a pyproject.toml with a [build-system] table to the project (setuptools: build-backend = "setuptools.build_meta")'));
    }
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./packages/core/src/distfiles/files.ts
var distfiles_files = __webpack_require__(87158);
// EXTERNAL MODULE: ./packages/core/src/names/index.ts
var names = __webpack_require__(40522);
// EXTERNAL MODULE: ./packages/core/src/pyproject/index.ts + 15 modules
var pyproject = __webpack_require__(99327);
;// CONCATENATED MODULE: ./packages/core/src/distfiles/project-cwc-config.ts
/**
 * Finding `[tool.check-wheel-contents]` for each wheel: in a monorepo each package may carry its own
 * (its pyproject.toml), else the repository root's applies, as check-wheel-contents itself would find
 * it when run from the root.
 */






function configAt(root, dir) {
    const file = (0,external_node_path_.join)(dir, 'pyproject.toml').split('\\').join('/');
    const full = (0,external_node_path_.join)(root, file);
    if (!(0,external_node_fs_.existsSync)(full))
        return undefined;
    const config = readCwcConfig((0,external_node_fs_.readFileSync)(full, 'utf8'), file);
    return config ? { config, projectDir: (0,external_node_path_.join)(root, dir) } : undefined;
}
/** The config lookup for the repository at `root` (by canonical project name, falling back to the root's). */
function cwcConfigsOf(root) {
    // Not a project root (the CLI run from anywhere): there is no configuration to find, and walking
    // the directory tree for packages would cost more than the check.
    if (!(0,external_node_fs_.existsSync)((0,external_node_path_.join)(root, 'pyproject.toml')) && !(0,external_node_fs_.existsSync)((0,external_node_path_.join)(root, 'otai-release.toml')))
        return () => undefined;
    const fallback = configAt(root, '.');
    const byProject = new Map();
    let packages = [];
    try {
        packages = (0,pyproject/* readRepository */.Nu)(root).packages;
    }
    catch (error) {
        // A repository we cannot read as a release still has a root config; wheels may come from elsewhere.
        if (!(0,errors/* isConfigurationError */.p0)(error))
            throw error;
    }
    for (const p of packages) {
        const config = p.path === '.' ? fallback : configAt(root, p.path);
        if (config)
            byProject.set((0,names/* canonicalizeName */.yt)(p.name), config);
    }
    return (project) => (project && byProject.get((0,names/* canonicalizeName */.yt)(project))) || fallback;
}

// EXTERNAL MODULE: ./packages/core/src/text/index.ts + 2 modules
var src_text = __webpack_require__(97608);
;// CONCATENATED MODULE: ./packages/core/src/distfiles/report.ts
/** Presenting a check report the same way in the action's log, its summary and the CLI. */

const STATUS_TEXT = {
    passed: 'PASSED',
    'passed-with-warnings': 'PASSED with warnings',
    failed: 'FAILED',
};
/** twine's word for a file's result: PASSED, PASSED with warnings, FAILED due to warnings, FAILED. */
function statusText(file) {
    const dueToWarnings = file.status === 'failed' && !file.findings.some((f) => f.severity === 'error');
    return dueToWarnings ? 'FAILED due to warnings' : STATUS_TEXT[file.status];
}
/** The first five member names joined with commas, `…` when there are more. */
function memberList(members) {
    return `${members.slice(0, 5).join(', ')}${members.length > 5 ? ', …' : ''}`;
}
/** One finding as a log line: `file: CODE message [members] — fix: …` (twine-check, verify-metadata, the pipeline). */
function findingLine(filename, finding) {
    const members = finding.members ? ` [${memberList(finding.members)}]` : '';
    return `${filename}: ${finding.code} ${finding.message}${members} — fix: ${finding.fix}`;
}
/** The report with each file's path as the user should read it (relative to `cwd` when inside it). */
function reportRelativeTo(report, cwd) {
    return { ...report, files: report.files.map((f) => ({ ...f, file: (0,src_text/* displayPath */.Gt)(f.file, cwd) })) };
}
/** Which docutils rendered the run's reStructuredText, in one line; undefined when none was rendered. */
function rendererText(report) {
    const rst = report.renderers?.rst;
    if (!rst)
        return undefined;
    const pypi = rst.docutils === rst.pypiDocutils ? ', as PyPI does' : `; PyPI runs ${rst.pypiDocutils}`;
    return `reStructuredText rendered by docutils ${rst.docutils} (${rst.location}, run by ${rst.python})${pypi}.`;
}

;// CONCATENATED MODULE: ./packages/core/src/distfiles/check-dist-files.ts
/**
 * The check twine-check and `otai-release check-dist` share, from the user's paths to the report:
 * each entry point only reads its settings and presents the report its own way.
 */






/** Expands the paths, checks every file, and writes the report where asked; paths in it are relative to cwd. */
async function checkDistFiles(options, deps) {
    const { cwd } = deps;
    const files = await (0,distfiles_files/* expandDistributionPaths */.h)(options.paths, cwd);
    const report = reportRelativeTo(await checkDistributions(files, {
        strict: options.strict,
        maxFileSize: options.maxFileSize,
        select: options.select,
        ignore: options.ignore,
        cwcConfigFor: cwcConfigsOf((0,external_node_path_.resolve)(cwd, options.project)),
        python: options.python,
        docutils: deps.docutils,
    }), cwd);
    if (options.report) {
        const target = (0,external_node_path_.resolve)(cwd, options.report);
        await (0,promises_.mkdir)((0,external_node_path_.dirname)(target), { recursive: true });
        await (0,promises_.writeFile)(target, `${JSON.stringify(report, null, 2)}\n`);
    }
    return report;
}

// EXTERNAL MODULE: ./packages/core/src/distfiles/metadata/trove-classifiers.generated.ts
var trove_classifiers_generated = __webpack_require__(62757);
;// CONCATENATED MODULE: ./packages/core/src/distfiles/size.ts
/** Sizes as users write them in inputs: `104857600`, `100MiB`, `100 MB`, `1GiB`. */

const UNITS = {
    '': 1,
    b: 1,
    kb: 1e3,
    mb: 1e6,
    gb: 1e9,
    kib: 1024,
    mib: 1024 ** 2,
    gib: 1024 ** 3,
};
/** Bytes in `text`; `where` names the input or flag in the error. MB is 10⁶, MiB is 2²⁰. */
function parseSize(text, where) {
    const m = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(text);
    const unit = m?.[2]?.toLowerCase() ?? '';
    if (!m || !(unit in UNITS)) {
        throw new errors/* ConfigurationError */.j1(`${where} is '${text}', which is not a size: write bytes (104857600) or a number with KB, MB, GB, KiB, MiB or GiB (100MiB is PyPI's default limit).`);
    }
    return Math.round(Number(m[1]) * UNITS[unit]);
}

;// CONCATENATED MODULE: ./packages/core/src/distfiles/index.ts
/**
 * Distribution files (wheels and sdists): checking them as twine check, PyPI's upload and
 * check-wheel-contents would, with stable finding codes and a JSON report.
 */
















/** Every rule the checker has, sorted by code. */
const ALL_RULES = [
    distfiles_archive/* ARCHIVE_RULES */.dO,
    metadata/* METADATA_RULES */.m6,
    filenames/* NAME_RULES */.Eu,
    CHECK_RULES,
    README_RULES,
    WHEEL_RULES,
    CWC_RULES,
]
    .flatMap((group) => Object.values(group))
    // Codes are ASCII: a plain comparison, not localeCompare, whose ICU collator costs milliseconds at start-up.
    .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));


/***/ })

};
