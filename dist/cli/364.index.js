export const id = 364;
export const ids = [364];
export const modules = {

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
