export const id = 562;
export const ids = [562];
export const modules = {

/***/ 85562:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ghReleaseCommand: () => (/* binding */ ghReleaseCommand)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(11758);
/* harmony import */ var _actions_http_client__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(44942);
/* harmony import */ var _otai_release_core_errors__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(45341);
/* harmony import */ var _otai_release_core_github__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(888);
/* harmony import */ var _otai_release_core_pyproject__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(99327);
/* harmony import */ var _otai_release_core_text__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(97608);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(49735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(86856);
/* harmony import */ var _logger_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(43364);
/* harmony import */ var _usage_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(47105);
/** `otai-release gh-release`: the gh-release action as a command, with GITHUB_TOKEN and GITHUB_REPOSITORY from the environment. */











function autoFlag(value, option) {
    const choice = (0,_otai_release_core_text__WEBPACK_IMPORTED_MODULE_6__/* .oneOf */ .yL)(value, ['auto', 'true', 'false'], (use) => new _usage_js__WEBPACK_IMPORTED_MODULE_8__/* .UsageError */ .eb(`${option} is '${value}': ${use}`));
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
        : (0,_otai_release_core_text__WEBPACK_IMPORTED_MODULE_6__/* .oneOf */ .yL)(values['notes-from'], _otai_release_core_github__WEBPACK_IMPORTED_MODULE_4__/* .NOTES_SOURCES */ .r, (use) => new _usage_js__WEBPACK_IMPORTED_MODULE_8__/* .UsageError */ .eb(`--notes-from is '${values['notes-from']}': ${use}`));
    const prerelease = autoFlag(values.prerelease, '--prerelease');
    const makeLatest = autoFlag(values['make-latest'], '--make-latest');
    // In a workflow's shell step, the pushed tag is the default, as in the action.
    const tag = values.tag ?? (0,_otai_release_core_pyproject__WEBPACK_IMPORTED_MODULE_5__/* .tagFromRef */ .q)(process.env.GITHUB_REF);
    if (!tag)
        throw new _usage_js__WEBPACK_IMPORTED_MODULE_8__/* .UsageError */ .eb('gh-release needs the tag to release: --tag v1.2.0');
    const token = process.env.GITHUB_TOKEN;
    if (!token) {
        throw new _otai_release_core_errors__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1("GITHUB_TOKEN is not set: export a token that can write the repository's contents (a fine-grained token with " +
            'Contents read and write, a classic token with the repo scope, or `export GITHUB_TOKEN=$(gh auth token)`).');
    }
    if (!process.env.GITHUB_REPOSITORY) {
        throw new _otai_release_core_errors__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1('GITHUB_REPOSITORY is not set: export it as owner/name, e.g. GITHUB_REPOSITORY=octo-org/octo-repo.');
    }
    const repository = (0,_otai_release_core_github__WEBPACK_IMPORTED_MODULE_4__/* .parseRepositoryName */ .$M)(process.env.GITHUB_REPOSITORY, 'GITHUB_REPOSITORY');
    const logger = (0,_logger_js__WEBPACK_IMPORTED_MODULE_7__/* .consoleLogger */ .k)({ verbose: !values.json && !values.quiet, color: process.stderr.isTTY });
    const octokit = (0,_actions_github__WEBPACK_IMPORTED_MODULE_1__/* .getOctokit */ .Q)(token, (0,_otai_release_core_github__WEBPACK_IMPORTED_MODULE_4__/* .githubClientOptions */ .Xx)(process.env.GITHUB_API_URL, logger), _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_9__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_10__/* .throttling */ .A);
    const report = await (0,_otai_release_core_github__WEBPACK_IMPORTED_MODULE_4__/* .syncRelease */ .NF)({
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
        octokit,
        repository,
        tokenSource: 'the token in GITHUB_TOKEN',
        logger,
        sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
        uploadFetch: (0,_otai_release_core_github__WEBPACK_IMPORTED_MODULE_4__/* .streamingFetch */ .jP)({ agentFor: (url) => new _actions_http_client__WEBPACK_IMPORTED_MODULE_2__/* .HttpClient */ .Qq('otai-release').getAgent(url) }),
    });
    if (values.json)
        out(`${JSON.stringify(report, null, 2)}\n`);
    else if (report.dryRun)
        out(`${(0,_otai_release_core_github__WEBPACK_IMPORTED_MODULE_4__/* .releasePlanText */ .wE)(report)}\n`);
    else {
        for (const a of report.assets)
            out(`${a.action.padEnd(8)} ${a.name}${a.note ? ` (${a.note})` : ''}\n`);
        out(`${report.outcome === 'unchanged' ? 'Unchanged' : report.outcome === 'created' ? 'Created' : 'Updated'}: ${report.release?.htmlUrl ?? report.tag}\n`);
    }
    return 0;
}


/***/ })

};
