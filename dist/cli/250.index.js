export const id = 250;
export const ids = [250];
export const modules = {

/***/ 55250:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkDistCommand: () => (/* binding */ checkDistCommand)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _otai_release_core_distfiles__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(99259);
/* harmony import */ var _usage_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(47105);
/** `otai-release check-dist`: the twine-check action as a command. */




/** Runs the command; returns the exit code. */
async function checkDistCommand(args, out) {
    const { values, positionals } = (0,node_util__WEBPACK_IMPORTED_MODULE_1__.parseArgs)({
        args,
        allowPositionals: true,
        options: {
            strict: { type: 'boolean', default: false },
            json: { type: 'boolean', default: false },
            select: { type: 'string' },
            ignore: { type: 'string' },
            'max-file-size': { type: 'string', default: '100MiB' },
            report: { type: 'string' },
            python: { type: 'string' },
            project: { type: 'string', default: '.' },
            'list-rules': { type: 'boolean', default: false },
        },
    });
    if (values['list-rules']) {
        // The data the rules are judged by, so that a finding can be traced to the list that produced it.
        const data = { troveClassifiers: _otai_release_core_distfiles__WEBPACK_IMPORTED_MODULE_2__/* .TROVE_CLASSIFIERS_VERSION */ .fK, pypiDocutils: _otai_release_core_distfiles__WEBPACK_IMPORTED_MODULE_2__/* .PYPI_DOCUTILS_VERSION */ .SV };
        if (values.json)
            out(`${JSON.stringify({ ...data, rules: _otai_release_core_distfiles__WEBPACK_IMPORTED_MODULE_2__/* .ALL_RULES */ .Uj }, null, 2)}\n`);
        else {
            out(`Classifiers: trove-classifiers ${data.troveClassifiers} (bundled). reStructuredText: docutils ${data.pypiDocutils}, as PyPI renders it.\n`);
            for (const r of _otai_release_core_distfiles__WEBPACK_IMPORTED_MODULE_2__/* .ALL_RULES */ .Uj)
                out(`${r.code}  ${r.severity.padEnd(7)}  ${r.source.padEnd(20)}  ${r.title}\n`);
        }
        return 0;
    }
    if (positionals.length === 0)
        throw new _usage_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb('check-dist needs the files to check: paths, globs or a directory (dist)');
    const filter = { select: (0,_otai_release_core_distfiles__WEBPACK_IMPORTED_MODULE_2__/* .splitCodes */ .t1)(values.select), ignore: (0,_otai_release_core_distfiles__WEBPACK_IMPORTED_MODULE_2__/* .splitCodes */ .t1)(values.ignore) };
    (0,_otai_release_core_distfiles__WEBPACK_IMPORTED_MODULE_2__/* .validateCodeFilter */ .KO)(filter, _otai_release_core_distfiles__WEBPACK_IMPORTED_MODULE_2__/* .ALL_RULES */ .Uj, 'Option');
    const report = await (0,_otai_release_core_distfiles__WEBPACK_IMPORTED_MODULE_2__.checkDistFiles)({
        paths: positionals,
        strict: values.strict,
        maxFileSize: (0,_otai_release_core_distfiles__WEBPACK_IMPORTED_MODULE_2__/* .parseSize */ .DB)(values['max-file-size'], '--max-file-size'),
        ...filter,
        project: values.project,
        python: values.python,
        report: values.report,
    }, {
        cwd: process.cwd(),
        docutils: (0,_otai_release_core_distfiles__WEBPACK_IMPORTED_MODULE_2__/* .pipDocutilsInstaller */ .jQ)((0,_otai_release_core_distfiles__WEBPACK_IMPORTED_MODULE_2__/* .docutilsCacheDir */ .NR)(process.env, process.platform, (0,node_os__WEBPACK_IMPORTED_MODULE_0__.homedir)())),
    });
    if (values.json) {
        out(`${JSON.stringify(report, null, 2)}\n`);
    }
    else {
        for (const f of report.files) {
            out(`Checking ${f.file}: ${(0,_otai_release_core_distfiles__WEBPACK_IMPORTED_MODULE_2__.statusText)(f)}\n`);
            for (const x of f.findings) {
                const members = x.members ? ` [${(0,_otai_release_core_distfiles__WEBPACK_IMPORTED_MODULE_2__/* .memberList */ .JD)(x.members)}]` : '';
                out(`  ${x.severity} ${x.code}: ${x.message.replace(/\n/g, '\n    ')}${members}\n      fix: ${x.fix}\n`);
            }
        }
        const renderer = (0,_otai_release_core_distfiles__WEBPACK_IMPORTED_MODULE_2__/* .rendererText */ .T$)(report);
        if (renderer)
            out(`${renderer}\n`);
        for (const note of report.notes)
            out(`note: ${note}\n`);
        out(report.failed === 0
            ? `${report.files.length} file(s) passed.\n`
            : `${report.failed} of ${report.files.length} file(s) failed.\n`);
    }
    return report.failed === 0 ? 0 : 1;
}


/***/ })

};
