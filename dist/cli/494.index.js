export const id = 494;
export const ids = [494,364];
export const modules = {

/***/ 19494:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   publishCommand: () => (/* binding */ publishCommand)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _otai_release_core_errors__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(45341);
/* harmony import */ var _otai_release_core_publish__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(30302);
/* harmony import */ var _logger_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(43364);
/* harmony import */ var _index_settings_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(90726);
/* harmony import */ var _usage_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(47105);
/**
 * `otai-release publish [DIR]`: the pypi-publish-oidc action as a command. The token comes from
 * OTAI_RELEASE_TOKEN or TWINE_PASSWORD (never from an option, so it stays out of shell history and
 * process lists); without one, trusted publishing runs only inside GitHub Actions.
 */






const STATUS = {
    uploaded: 'uploaded',
    identical: 'already there (identical)',
    skipped: 'skipped (exists)',
    failed: 'FAILED',
    'not-attempted': 'not attempted',
    'would-upload': 'would upload',
    'would-skip': 'would skip (exists)',
    'would-fail': 'would FAIL (exists, other content)',
};
/** Runs the command; returns the exit code. */
async function publishCommand(args, out, env = process.env) {
    const { values, positionals } = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({
        args,
        allowPositionals: true,
        options: {
            'repository-url': { type: 'string' },
            'skip-existing': { type: 'boolean', default: false },
            'dry-run': { type: 'boolean', default: false },
            'verify-auth': { type: 'boolean', default: false },
            'no-verify-metadata': { type: 'boolean', default: false },
            'no-attestations': { type: 'boolean', default: false },
            concurrency: { type: 'string' },
            'print-hash': { type: 'boolean', default: false },
            verbose: { type: 'boolean', default: false },
            json: { type: 'boolean', default: false },
            quiet: { type: 'boolean', default: false },
        },
    });
    if (positionals.length > 1) {
        throw new _usage_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(`publish takes one DIR, got ${positionals.length}: ${positionals.join(' ')}`);
    }
    const concurrencyText = values.concurrency ?? '4';
    const concurrency = Number(concurrencyText);
    if (!/^\d+$/.test(concurrencyText) || concurrency < 1 || concurrency > 32) {
        throw new _usage_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(`--concurrency ${concurrencyText}: give a whole number from 1 to 32.`);
    }
    const { password, user, repositoryUrl } = (0,_index_settings_js__WEBPACK_IMPORTED_MODULE_5__/* .indexSettingsFromEnv */ .r)(env);
    const onActions = env.GITHUB_ACTIONS === 'true';
    const needsCredentials = !values['dry-run'] || values['verify-auth'];
    if (password === undefined && !onActions && needsCredentials) {
        throw new _otai_release_core_errors__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1('No token: set OTAI_RELEASE_TOKEN (or TWINE_PASSWORD) to an API token of the index. Trusted publishing works only inside a GitHub Actions job with `permissions: id-token: write`.');
    }
    const logger = (0,_logger_js__WEBPACK_IMPORTED_MODULE_3__/* .consoleLogger */ .k)({
        verbose: !values.json && !values.quiet,
        notices: !values.quiet,
        color: process.stderr.isTTY,
    });
    const result = await (0,_otai_release_core_publish__WEBPACK_IMPORTED_MODULE_2__/* .publishPackagesDir */ .S2)({
        'repository-url': values['repository-url'] ?? repositoryUrl ?? 'pypi',
        'packages-dir': positionals[0] ?? 'dist',
        user,
        password,
        'skip-existing': values['skip-existing'],
        'verify-metadata': !values['no-verify-metadata'],
        attestations: !values['no-attestations'],
        'print-hash': values['print-hash'],
        verbose: values.verbose,
        'dry-run': values['dry-run'],
        'verify-auth': values['verify-auth'],
        concurrency,
    }, 
    // Outside a runner nothing collects masks: the CLI never prints a token.
    { logger, cwd: process.cwd(), env, mask: () => { } });
    if (values.json) {
        out(`${JSON.stringify({ failed: result.failed ?? null, ...result.outputs, files: result.report?.files ?? [] }, null, 2)}\n`);
    }
    else if (result.report) {
        const rows = result.report.files.map((f) => `  ${STATUS[f.status].padEnd(26)} ${f.filename} (${(0,_otai_release_core_publish__WEBPACK_IMPORTED_MODULE_2__/* .sizeText */ .lP)(f.size)})${f.url ? `  ${f.url}` : ''}`);
        out(`${result.report.dryRun ? 'Dry run, nothing uploaded' : 'Published'} to ${result.report.uploadUrl}:\n${rows.join('\n')}\n`);
    }
    if (result.failed) {
        process.stderr.write(`error: ${result.failed}\n`);
        return 1;
    }
    return 0;
}


/***/ }),

/***/ 43364:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ consoleLogger)
/* harmony export */ });
/* harmony import */ var _otai_release_core_errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(45341);
/** The CLI's Logger: compiler-style `file:line: level: message` lines on stderr, groups as headings. */

const COLORS = { error: '\x1b[31m', warning: '\x1b[33m', notice: '\x1b[36m' };
/** A Logger for terminals and CI logs outside GitHub Actions. */
function consoleLogger(options) {
    const write = options.write ?? ((line) => process.stderr.write(`${line}\n`));
    const level = (name) => (options.color ? `${COLORS[name]}${name}\x1b[0m` : name);
    return {
        debug: (m) => options.debug && write(`debug: ${m}`),
        info: (m) => options.verbose && write(m),
        notice: (m, p) => options.notices !== false && write(`${(0,_otai_release_core_errors__WEBPACK_IMPORTED_MODULE_0__/* .formatPosition */ .Ld)(p ?? {})}${level('notice')}: ${m}`),
        warning: (m, p) => write(`${(0,_otai_release_core_errors__WEBPACK_IMPORTED_MODULE_0__/* .formatPosition */ .Ld)(p ?? {})}${level('warning')}: ${m}`),
        error: (m, p) => write(`${(0,_otai_release_core_errors__WEBPACK_IMPORTED_MODULE_0__/* .formatPosition */ .Ld)(p ?? {})}${level('error')}: ${m}`),
        group: async (name, fn) => {
            if (options.verbose)
                write(`== ${name}`);
            return fn();
        },
    };
}


/***/ })

};
