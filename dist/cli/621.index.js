export const id = 621;
export const ids = [621,364];
export const modules = {

/***/ 61621:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkCommand: () => (/* binding */ checkCommand)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _otai_release_core_consistency__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(88294);
/* harmony import */ var _otai_release_core_http__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4997);
/* harmony import */ var _otai_release_core_pyproject__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(99327);
/* harmony import */ var _otai_release_core_text__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(97608);
/* harmony import */ var _logger_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(43364);
/* harmony import */ var _usage_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(47105);
/** `otai-release check`: the validate-versions action as a command. */







const CHOICES = {
    'index-check': ['required', 'best-effort', 'off'],
    policy: ['lockstep', 'independent'],
};
function choice(key, value) {
    if (value === undefined)
        return undefined;
    return (0,_otai_release_core_text__WEBPACK_IMPORTED_MODULE_4__/* .oneOf */ .yL)(value, CHOICES[key], (use) => new _usage_js__WEBPACK_IMPORTED_MODULE_6__/* .UsageError */ .eb(`--${key} ${value}: ${use}.`));
}
/** Runs the command; returns the exit code. */
async function checkCommand(args, out) {
    const { values, positionals } = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({
        args,
        allowPositionals: true,
        options: {
            tag: { type: 'string' },
            index: { type: 'string' },
            'index-check': { type: 'string' },
            policy: { type: 'string' },
            'allow-existing': { type: 'boolean', default: false },
            json: { type: 'boolean', default: false },
            quiet: { type: 'boolean', default: false },
            explain: { type: 'boolean', default: false },
        },
    });
    if (positionals.length > 1)
        throw new _usage_js__WEBPACK_IMPORTED_MODULE_6__/* .UsageError */ .eb(`check takes one PATH, got ${positionals.length}: ${positionals.join(' ')}`);
    const logger = (0,_logger_js__WEBPACK_IMPORTED_MODULE_5__/* .consoleLogger */ .k)({
        verbose: !values.json && !values.quiet,
        notices: !values.quiet,
        color: process.stderr.isTTY,
    });
    const result = await (0,_otai_release_core_consistency__WEBPACK_IMPORTED_MODULE_1__/* .validateRelease */ .Oy)({
        path: positionals[0] ?? '.',
        tag: values.tag,
        index: values.index,
        indexCheck: choice('index-check', values['index-check']) ?? 'best-effort',
        policy: choice('policy', values.policy),
        allowExisting: values['allow-existing'],
    }, { logger, http: new _otai_release_core_http__WEBPACK_IMPORTED_MODULE_2__/* .HttpClient */ .Qq({ userAgent: 'otai-release-cli', timeoutMs: 15_000, retries: 2 }) });
    if (values.json) {
        const { repository: _repository, ...json } = result;
        out(`${JSON.stringify(json, null, 2)}\n`);
    }
    else if (!values.quiet) {
        for (const p of result.packages) {
            const index = p.index.state === 'not-checked' ? '' : `  [${p.index.state}]`;
            out(`${p.name} ${p.version ?? '(version from tag)'}  ${p.path}  tag ${p.tag ?? '-'}${index}\n`);
        }
    }
    if (values.explain && !values.json) {
        out(`\nDiscovery:\n${(0,_otai_release_core_pyproject__WEBPACK_IMPORTED_MODULE_3__/* .explainDiscovery */ .Cb)(result.repository)
            .map((l) => `  ${l}\n`)
            .join('')}`);
    }
    return result.ok ? 0 : 1;
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
