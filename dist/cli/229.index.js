export const id = 229;
export const ids = [229];
export const modules = {

/***/ 85562:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ghReleaseCommand: () => (/* binding */ ghReleaseCommand)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _otai_release_core_errors__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(45341);
/* harmony import */ var _otai_release_core_github__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(99138);
/* harmony import */ var _otai_release_core_pyproject__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(99327);
/* harmony import */ var _otai_release_core_text__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(97608);
/* harmony import */ var _logger_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(43364);
/* harmony import */ var _usage_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(47105);
/** `otai-release gh-release`: the gh-release action as a command, with GITHUB_TOKEN and GITHUB_REPOSITORY from the environment. */







function autoFlag(value, option) {
    const choice = (0,_otai_release_core_text__WEBPACK_IMPORTED_MODULE_4__/* .oneOf */ .yL)(value, ['auto', 'true', 'false'], (use) => new _usage_js__WEBPACK_IMPORTED_MODULE_6__/* .UsageError */ .eb(`${option} is '${value}': ${use}`));
    return choice === 'auto' ? 'auto' : choice === 'true';
}
/** Runs the command; returns the exit code. */
async function ghReleaseCommand(args, out) {
    const { values } = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({
        args,
        options: {
            tag: { type: 'string' },
            name: { type: 'string' },
            files: { type: 'string', multiple: true },
            'notes-from': { type: 'string' },
            body: { type: 'string' },
            prerelease: { type: 'string', default: 'auto' },
            draft: { type: 'boolean', default: false },
            'make-latest': { type: 'string', default: 'auto' },
            'no-overwrite-assets': { type: 'boolean', default: false },
            'target-commitish': { type: 'string' },
            'dry-run': { type: 'boolean', default: false },
            json: { type: 'boolean', default: false },
            quiet: { type: 'boolean', default: false },
        },
    });
    const notesFrom = values['notes-from'] === undefined
        ? undefined
        : (0,_otai_release_core_text__WEBPACK_IMPORTED_MODULE_4__/* .oneOf */ .yL)(values['notes-from'], _otai_release_core_github__WEBPACK_IMPORTED_MODULE_2__/* .NOTES_SOURCES */ .r, (use) => new _usage_js__WEBPACK_IMPORTED_MODULE_6__/* .UsageError */ .eb(`--notes-from is '${values['notes-from']}': ${use}`));
    const prerelease = autoFlag(values.prerelease, '--prerelease');
    const makeLatest = autoFlag(values['make-latest'], '--make-latest');
    // In a workflow's shell step, the pushed tag is the default, as in the action.
    const tag = values.tag ?? (0,_otai_release_core_pyproject__WEBPACK_IMPORTED_MODULE_3__/* .tagFromRef */ .q)(process.env.GITHUB_REF);
    if (!tag)
        throw new _usage_js__WEBPACK_IMPORTED_MODULE_6__/* .UsageError */ .eb('gh-release needs the tag to release: --tag v1.2.0');
    const token = process.env.GITHUB_TOKEN;
    if (!token) {
        throw new _otai_release_core_errors__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1("GITHUB_TOKEN is not set: export a token that can write the repository's contents (a fine-grained token with " +
            'Contents read and write, a classic token with the repo scope, or `export GITHUB_TOKEN=$(gh auth token)`).');
    }
    if (!process.env.GITHUB_REPOSITORY) {
        throw new _otai_release_core_errors__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1('GITHUB_REPOSITORY is not set: export it as owner/name, e.g. GITHUB_REPOSITORY=octo-org/octo-repo.');
    }
    const repository = (0,_otai_release_core_github__WEBPACK_IMPORTED_MODULE_2__/* .parseRepositoryName */ .$M)(process.env.GITHUB_REPOSITORY, 'GITHUB_REPOSITORY');
    const logger = (0,_logger_js__WEBPACK_IMPORTED_MODULE_5__/* .consoleLogger */ .k)({ verbose: !values.json && !values.quiet, color: process.stderr.isTTY });
    const report = await (0,_otai_release_core_github__WEBPACK_IMPORTED_MODULE_2__/* .syncRelease */ .NF)({
        tag,
        name: values.name,
        files: values.files ?? ['dist/*'],
        notesFrom: notesFrom,
        body: values.body,
        prerelease,
        draft: values.draft,
        makeLatest,
        overwriteAssets: !values['no-overwrite-assets'],
        targetCommitish: values['target-commitish'],
        dryRun: values['dry-run'],
        cwd: process.cwd(),
        filesInput: '--files',
    }, {
        ...(0,_otai_release_core_github__WEBPACK_IMPORTED_MODULE_2__/* .githubApi */ .Mc)(token, process.env.GITHUB_API_URL, logger),
        repository,
        tokenSource: 'the token in GITHUB_TOKEN',
    });
    if (values.json)
        out(`${JSON.stringify(report, null, 2)}\n`);
    else if (report.dryRun)
        out(`${(0,_otai_release_core_github__WEBPACK_IMPORTED_MODULE_2__/* .releasePlanText */ .wE)(report)}\n`);
    else {
        for (const a of report.assets)
            out(`${a.action.padEnd(8)} ${a.name}${a.note ? ` (${a.note})` : ''}\n`);
        out(`${report.outcome === 'unchanged' ? 'Unchanged' : report.outcome === 'created' ? 'Created' : 'Updated'}: ${report.release?.htmlUrl ?? report.tag}\n`);
    }
    return 0;
}


/***/ }),

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


/***/ })

};
