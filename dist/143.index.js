export const id = 143;
export const ids = [143];
export const modules = {

/***/ 143:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   storeAttestation: () => (/* binding */ storeAttestation)
/* harmony export */ });
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(84704);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(44463);


/** POST /repos/{owner}/{repo}/attestations. A missing permission is an outcome, not an error. */
async function storeAttestation(github, repository, bundle) {
    try {
        const { data } = await github.request('POST /repos/{owner}/{repo}/attestations', { ...repository, bundle });
        return { stored: true, id: data.id };
    }
    catch (error) {
        const status = (0,_client_js__WEBPACK_IMPORTED_MODULE_0__/* .requestStatus */ .G2)(error);
        if (status === 401 || status === 403 || status === 404) {
            return {
                stored: false,
                reason: `HTTP ${status}: give the job \`permissions: attestations: write\` (attestations need a public repository or GitHub Enterprise Cloud)`
            };
        }
        throw new Error(`storing the attestation on GitHub failed${status ? ` (HTTP ${status})` : ''}: ${(0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error)}`, { cause: error });
    }
}


/***/ })

};
