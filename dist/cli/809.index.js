export const id = 809;
export const ids = [809];
export const modules = {

/***/ 29809:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   versionCommand: () => (/* binding */ versionCommand)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _otai_release_core_versioning__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(37773);
/* harmony import */ var _logger_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(43364);
/* harmony import */ var _usage_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(47105);
/** `otai-release version`: the set-version action as a command. */




/** Runs the command; returns the exit code. */
async function versionCommand(args, out) {
    const { values, positionals } = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({
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
        throw new _usage_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb('version needs SPEC: a version such as 1.2.0, or one of major, minor, patch, alpha, beta, rc, post, dev, release');
    }
    if (extra.length > 0)
        throw new _usage_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`version takes SPEC and one PATH, got also: ${extra.join(' ')}`);
    const first = values['first-prerelease-number'];
    if (first !== undefined && !/^\d+$/.test(first)) {
        throw new _usage_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`--first-prerelease-number ${first}: use a non-negative integer such as 1 or 0.`);
    }
    const problem = (0,_otai_release_core_versioning__WEBPACK_IMPORTED_MODULE_1__/* .gitStepsProblem */ .lo)(values, { commit: '--commit', tag: '--tag', push: '--push' });
    if (problem)
        throw new _usage_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(problem);
    const logger = (0,_logger_js__WEBPACK_IMPORTED_MODULE_2__/* .consoleLogger */ .k)({
        verbose: !values.quiet,
        notices: !values.quiet,
        color: process.stderr.isTTY,
    });
    const result = await (0,_otai_release_core_versioning__WEBPACK_IMPORTED_MODULE_1__/* .setVersion */ .vJ)({
        path: path ?? '.',
        spec,
        package: values.package,
        commit: values.commit,
        tag: values.tag,
        push: values.push,
        dryRun: values['dry-run'],
        force: values.force,
        firstPrereleaseNumber: first === undefined ? undefined : Number(first),
    }, { logger, clock: () => new Date(), git: _otai_release_core_versioning__WEBPACK_IMPORTED_MODULE_1__/* .execGit */ .Ix });
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


/***/ })

};
