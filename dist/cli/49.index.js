export const id = 49;
export const ids = [49];
export const modules = {

/***/ 2049:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   main: () => (/* binding */ main)
/* harmony export */ });
/* harmony import */ var _otai_release_core_errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(45341);
/* harmony import */ var _usage_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(47105);
/** The `otai-release` command: dispatches to a command and maps outcomes to exit codes. */


// Each command is loaded when it runs: importing all of them would load every domain (the GitHub
// client, the Docker backends, the checkers) before any command starts.
const COMMANDS = {
    check: async () => (await Promise.all(/* import() */[__webpack_require__.e(292), __webpack_require__.e(327), __webpack_require__.e(150), __webpack_require__.e(658), __webpack_require__.e(294), __webpack_require__.e(621)]).then(__webpack_require__.bind(__webpack_require__, 61621))).checkCommand,
    build: async () => (await Promise.all(/* import() */[__webpack_require__.e(292), __webpack_require__.e(327), __webpack_require__.e(150), __webpack_require__.e(658), __webpack_require__.e(294), __webpack_require__.e(124), __webpack_require__.e(2)]).then(__webpack_require__.bind(__webpack_require__, 2829))).buildCommand,
    'check-dist': async () => (await Promise.all(/* import() */[__webpack_require__.e(292), __webpack_require__.e(327), __webpack_require__.e(150), __webpack_require__.e(789), __webpack_require__.e(259), __webpack_require__.e(250)]).then(__webpack_require__.bind(__webpack_require__, 55250))).checkDistCommand,
    'gh-release': async () => (await Promise.all(/* import() */[__webpack_require__.e(292), __webpack_require__.e(778), __webpack_require__.e(327), __webpack_require__.e(150), __webpack_require__.e(658), __webpack_require__.e(294), __webpack_require__.e(812), __webpack_require__.e(138), __webpack_require__.e(229)]).then(__webpack_require__.bind(__webpack_require__, 85562))).ghReleaseCommand,
    version: async () => (await Promise.all(/* import() */[__webpack_require__.e(292), __webpack_require__.e(327), __webpack_require__.e(150), __webpack_require__.e(658), __webpack_require__.e(294), __webpack_require__.e(812), __webpack_require__.e(809)]).then(__webpack_require__.bind(__webpack_require__, 29809))).versionCommand,
    doctor: async () => (await Promise.all(/* import() */[__webpack_require__.e(292), __webpack_require__.e(815), __webpack_require__.e(327), __webpack_require__.e(150), __webpack_require__.e(658), __webpack_require__.e(294), __webpack_require__.e(407)]).then(__webpack_require__.bind(__webpack_require__, 90407))).doctorCommand,
    release: async () => (await Promise.all(/* import() */[__webpack_require__.e(292), __webpack_require__.e(815), __webpack_require__.e(778), __webpack_require__.e(327), __webpack_require__.e(150), __webpack_require__.e(658), __webpack_require__.e(294), __webpack_require__.e(789), __webpack_require__.e(259), __webpack_require__.e(812), __webpack_require__.e(375), __webpack_require__.e(201), __webpack_require__.e(124), __webpack_require__.e(138), __webpack_require__.e(525)]).then(__webpack_require__.bind(__webpack_require__, 44525))).releaseCommand,
    docker: async () => (await Promise.all(/* import() */[__webpack_require__.e(292), __webpack_require__.e(815), __webpack_require__.e(327), __webpack_require__.e(150), __webpack_require__.e(658), __webpack_require__.e(201), __webpack_require__.e(364)]).then(__webpack_require__.bind(__webpack_require__, 32201))).dockerCommand,
    publish: async () => (await Promise.all(/* import() */[__webpack_require__.e(150), __webpack_require__.e(658), __webpack_require__.e(789), __webpack_require__.e(375), __webpack_require__.e(494)]).then(__webpack_require__.bind(__webpack_require__, 19494))).publishCommand,
};
/** Runs the CLI with `argv` (without node and script); returns the exit code. */
async function main(argv, out = (t) => process.stdout.write(t)) {
    const [command, ...rest] = argv;
    if (!command || command === '--help' || command === '-h' || command === 'help') {
        out(_usage_js__WEBPACK_IMPORTED_MODULE_1__/* .HELP */ ._$);
        return command ? 0 : 2;
    }
    if (command === '--version' || command === '-V') {
        // The versions of the bundled data live in the checkers: loaded for this answer only.
        out((await Promise.all(/* import() */[__webpack_require__.e(292), __webpack_require__.e(327), __webpack_require__.e(150), __webpack_require__.e(789), __webpack_require__.e(259), __webpack_require__.e(270)]).then(__webpack_require__.bind(__webpack_require__, 35270))).versionText());
        return 0;
    }
    try {
        const load = COMMANDS[command];
        if (!load)
            throw new _usage_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`unknown command '${command}'; the commands are: ${Object.keys(COMMANDS).join(', ')}`);
        return await (await load())(rest, out);
    }
    catch (error) {
        const code = error.code;
        if (code?.startsWith('ERR_PARSE_ARGS') && COMMANDS[command]) {
            // node's own text suggests `-- "--opt"` (with unbalanced quotes): the options the command takes help more.
            const option = /^Unknown option '([^']+)'/.exec(error.message)?.[1];
            const problem = option ? `${command} has no option ${option}` : error.message;
            process.stderr.write(`otai-release: ${problem}\n\n${(0,_usage_js__WEBPACK_IMPORTED_MODULE_1__/* .commandUsage */ .T3)(command) ?? ''}`);
            return 2;
        }
        if (error instanceof _usage_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb || code?.startsWith('ERR_PARSE_ARGS')) {
            process.stderr.write(`otai-release: ${error.message}\nRun 'otai-release --help' for usage.\n`);
            return 2;
        }
        if ((0,_otai_release_core_errors__WEBPACK_IMPORTED_MODULE_0__/* .isConfigurationError */ .p0)(error)) {
            process.stderr.write(`${(0,_otai_release_core_errors__WEBPACK_IMPORTED_MODULE_0__/* .formatPosition */ .Ld)(error)}error: ${error.message}\n`);
            return 1;
        }
        throw error;
    }
}


/***/ }),

/***/ 47105:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T3: () => (/* binding */ commandUsage),
/* harmony export */   _$: () => (/* binding */ HELP),
/* harmony export */   eb: () => (/* binding */ UsageError)
/* harmony export */ });
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
       otai-release --version   the versions of otai-release and of the PyPI data it bundles

Commands:
  release [PATH]   The whole release in one run: validate, build, check, publish, images (when
                   [tool.otai-release.docker] is configured), GitHub Release. A failed stage stops
                   the rest; a real run checks the images and the release before the first upload.
                   --dry-run        do every reading, building and checking step for real (into a
                                    scratch directory) and show what would be published, tagged,
                                    built and released; write nothing, need no token
                   --tag T          the tag being released
                   --index I        where validation checks the version is free (default: config, else pypi)
                   --index-check C  required | best-effort | off            (default: best-effort)
                   --out-dir D      where the files are built (default: dist; a dry run: a scratch directory)
                   --no-isolation   build with the interpreter's installed packages
                   --python PY      the interpreter (default: python3)
                   --frontend F     build | uv                               (default: build)
                   --repository-url U  where to upload (default: TWINE_REPOSITORY_URL, else pypi)
                   --skip-existing  files the index already has are skipped
                   --backend B      buildx | buildah | podman, for the images (default: buildx)
                   --no-images      build no images
                   --no-gh-release  make no GitHub Release
                   --json           print the result as JSON on stdout
                   The token comes from OTAI_RELEASE_TOKEN or TWINE_PASSWORD; the release uses
                   GITHUB_TOKEN and GITHUB_REPOSITORY (without them a dry run shows it from the checkout).
  check [PATH]     Check that versions, pins and tag agree and the version is free on the index.
                   --tag T          the tag being released (compared after PEP 440 normalisation)
                   --index I        pypi | testpypi | an index URL | none   (default: config, else pypi)
                   --index-check C  required | best-effort | off            (default: best-effort)
                   --policy P       lockstep | independent                  (default: config, else lockstep)
                   --allow-existing accept a version already (partly) on the index
                   --json           print the result as JSON on stdout
                   --quiet          print only problems
                   --explain        also say, for every directory with a pyproject.toml or setup.cfg,
                                    why it is a package or was passed over
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
  build [PATH]     Build the sdist and wheel of every package (in parallel, reproducibly from the last
                   commit's time) and check their names and versions against the repository's.
                   --out-dir D      where the files are collected (default: dist)
                   --no-isolation   build with the interpreter's installed packages
                   --sdist, --wheel only this kind (default: both, the wheel from the sdist)
                   --package DIR    only this package (repeatable; default: every package)
                   --tag T          the tag being released (versions of packages that take it from tags)
                   --python PY      the interpreter (default: python3)
                   --frontend F     build | uv                               (default: build)
                   --jobs N         packages built at once (default: the number of cores)
                   --json           print the built files as JSON on stdout
  check-dist PATHS...
                   Check wheels and sdists (paths, globs or directories) for everything twine check,
                   PyPI's upload and check-wheel-contents reject or warn about; every file is reported.
                   --strict         warnings fail too
                   --select CODES   only these check codes or prefixes (W,M004)
                   --ignore CODES   leave these out
                   --max-file-size S  largest file (default: 100MiB, PyPI's default)
                   --report FILE    write the JSON report there
                   --project DIR    where [tool.check-wheel-contents] is read (default: .)
                   --python PY      the Python that renders reStructuredText with docutils (when
                                    its docutils is older than PyPI's, PyPI's is installed into
                                    the user's cache, e.g. ~/.cache/otai-release)
                   --json           print the JSON report on stdout
                   --list-rules     print every check code with its level, source and rule, and
                                    the trove-classifiers and docutils versions they follow
  publish [DIR]    Upload the wheels and sdists in DIR (default: dist) to PyPI or any index, as
                   twine upload does: checked first, in dependency order, in parallel, with retries.
                   The token from OTAI_RELEASE_TOKEN or TWINE_PASSWORD (user: TWINE_USERNAME, default
                   __token__); without one, trusted publishing inside GitHub Actions.
                   --repository-url U  pypi | testpypi | the upload URL, used as given
                                    (default: TWINE_REPOSITORY_URL, else pypi)
                   --skip-existing  skip files the index already has
                   --dry-run        upload nothing: check, ask the index what it has, print the plan
                   --verify-auth    get the credentials first (trusted publishing: the exchange)
                   --concurrency N  files uploaded at once (default: 4)
                   --no-verify-metadata  skip the check-dist check of the files
                   --no-attestations     no PEP 740 attestations (made only with trusted publishing)
                   --print-hash     log each file's SHA256 and BLAKE2b-256
                   --verbose        log the form fields sent
                   --json           print the result (uploaded, skipped, files) as JSON on stdout
                   --quiet          print only problems
  docker [PATH]    Build the image variants of [tool.otai-release.docker] (sets of packages at one
                   version) for each platform, tag them {version}-{variant} and {variant}-latest (no
                   moving tag for pre-releases), and push them, after the index lists every package.
                   --dry-run        print the plan (variants × platforms × tags, build arguments)
                                    and the bake file or commands; build nothing
                   --backend B      buildx | buildah | podman                (default: buildx)
                   --no-push        build only
                   --version V      the version (default: the one the packages declare)
                   --image I        image name without tag (repeatable; default: config)
                   --variants LIST  YAML or JSON list of {name, packages, extras, build-args}
                   --platform P     repeatable or comma-separated (default: config, else
                                    linux/amd64,linux/arm64)
                   --context D, --file F   build context and Dockerfile (relative to PATH)
                   --install-from S index | dist: copy the wheels of --dist into the context
                   --dist D         where the wheels are (default: dist)
                   --index I        pypi | testpypi | an index URL (default: config, else pypi)
                   --no-wait        do not wait for the index to list the packages
                   --wait-timeout T how long to wait at most (default: 20m)
                   --default-variant V   the variant that also gets {version} and latest
                   --tag TEMPLATE   tag template with {variant} (repeatable)
                   --cache C        gha | none (default: gha with buildx)
                   --provenance, --sbom   attestations (buildx)
                   --registry R --username U --password-stdin   log in first (the password is
                                    read from stdin; GITHUB_TOKEN logs in to ghcr.io otherwise)
                   --json           print variant → tags, digest as JSON on stdout
  doctor [PATH]    Read the repository and its workflows and report what would break a release, each
                   with its fix: versions out of sync, tag triggers that miss the tag format, publish
                   jobs PyPI's trusted publishing refuses, shallow checkouts of tag-versioned packages,
                   image builds that race the index.
                   --environment E  the environment in PyPI's publisher form; publish jobs must use it
                   --json           print the findings as JSON on stdout
  gh-release       Create or update the GitHub Release of a tag: one release per tag, the files
                   attached (identical ones kept, others replaced), notes from CHANGELOG.md or GitHub;
                   safe to rerun and to race. GITHUB_TOKEN and GITHUB_REPOSITORY (owner/name) from the
                   environment; GITHUB_API_URL for GitHub Enterprise Server.
                   --tag T          the tag to release (default: the tag in GITHUB_REF); it must exist
                                    on GitHub unless --target-commitish is given
                   --files PATTERN  files, globs or directories to attach (repeatable; default: dist/*)
                   --name N         the title (default: the tag)
                   --notes-from S   changelog | generate | text (default: text with --body, else
                                    changelog when CHANGELOG.md has the version, else generate)
                   --body TEXT      the notes, for --notes-from text
                   --prerelease P   auto | true | false (default: auto, from PEP 440)
                   --make-latest L  auto | true | false (default: auto: never a pre-release or a
                                    version below the latest release of the same tag format)
                   --draft          leave the release a draft
                   --no-overwrite-assets   fail instead of replacing an asset whose content differs
                   --target-commitish C    where GitHub creates the tag when it does not exist
                   --dry-run        print the release it would create or update; write nothing
                   --json           print the report as JSON on stdout
                   --quiet          print only problems

Exit codes: 0 consistent (check), done (version, build, docker, publish), passed (check-dist) or no errors (doctor),
1 problems found or refused (a configuration error), 2 usage error.
`;
/**
 * One command's part of the help: its synopsis and the options it takes, for a usage error about it
 * (an unknown option is answered with what the command does accept).
 */
function commandUsage(command) {
    const lines = HELP.split('\n');
    const start = lines.findIndex((l) => l.startsWith(`  ${command} `) || l === `  ${command}`);
    if (start === -1)
        return undefined;
    let end = start + 1;
    while (end < lines.length && /^ {4,}\S/.test(lines[end]))
        end++;
    const [first, ...rest] = lines.slice(start, end);
    const [synopsis, ...about] = first.trim().split(/ {2,}/);
    return [
        `Usage: otai-release ${synopsis} [options]`,
        ...about.map((a) => `                   ${a}`),
        ...rest,
    ]
        .join('\n')
        .concat('\n');
}


/***/ }),

/***/ 45341:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ld: () => (/* binding */ formatPosition),
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   j1: () => (/* binding */ ConfigurationError),
/* harmony export */   p0: () => (/* binding */ isConfigurationError)
/* harmony export */ });
/**
 * The one error type for user mistakes. Domain code throws it; the action runner and the CLI turn it
 * into an annotation / a message with exit code 1 and no stack trace. Anything else is a bug in us.
 */
/** A mistake in the user's input, configuration or project: the message says what, where and how to fix it. */
class ConfigurationError extends Error {
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
    return error instanceof ConfigurationError;
}
/** The message of anything thrown, without assuming it is an Error. */
function errorMessage(error) {
    return error instanceof Error ? error.message : String(error);
}


/***/ })

};
