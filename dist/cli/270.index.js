export const id = 270;
export const ids = [270];
export const modules = {

/***/ 35270:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OTAI_RELEASE_VERSION: () => (/* binding */ OTAI_RELEASE_VERSION),
/* harmony export */   versionText: () => (/* binding */ versionText)
/* harmony export */ });
/* harmony import */ var _otai_release_core_distfiles__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(99259);
/** `otai-release --version`: our version and the versions of the PyPI data the checks follow. */

/** otai-release's own version; kept equal to package.json's by tests/cli/version.test.ts. */
const OTAI_RELEASE_VERSION = '0.1.0';
/** The text `--version` prints. */
function versionText() {
    return [
        `otai-release ${OTAI_RELEASE_VERSION}`,
        `trove-classifiers ${_otai_release_core_distfiles__WEBPACK_IMPORTED_MODULE_0__/* .TROVE_CLASSIFIERS_VERSION */ .fK} (PyPI's classifier list, bundled)`,
        `docutils ${_otai_release_core_distfiles__WEBPACK_IMPORTED_MODULE_0__/* .PYPI_DOCUTILS_VERSION */ .SV} (PyPI's reStructuredText renderer, installed into the cache when needed)`,
        '',
    ].join('\n');
}


/***/ })

};
