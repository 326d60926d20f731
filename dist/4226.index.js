export const id = 4226;
export const ids = [4226];
export const modules = {

/***/ 64226:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   resolveFiles: () => (/* binding */ resolveFiles),
/* harmony export */   signFiles: () => (/* binding */ signFiles)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var _runtime_files_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(68560);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(84704);
/**
 * Release assets: each file gets `<file>.sigstore.json` (a v0.3 message-signature bundle, what
 * `cosign verify-blob --bundle` reads) and `<file>.sig` (the base64 signature, as `cosign sign-blob`
 * writes it, checkable with openssl after base64 -d).
 */



/** Expands the `files` input (paths and globs); a pattern matching nothing is a configuration error. */
async function resolveFiles(patterns) {
    const files = [];
    const glob = await Promise.all(/* import() */[__webpack_require__.e(6752), __webpack_require__.e(3838), __webpack_require__.e(4942), __webpack_require__.e(4427)]).then(__webpack_require__.bind(__webpack_require__, 54427));
    for (const pattern of patterns) {
        const matched = await (await glob.create(pattern, { matchDirectories: false })).glob();
        const regular = [];
        for (const path of matched)
            if ((await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(path)).isFile())
                regular.push(path);
        // Signing our own output again would sign signatures.
        const wanted = regular.filter((path) => !path.endsWith('.sigstore.json') && !path.endsWith('.sig'));
        if (wanted.length === 0)
            throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)('files', `\`${pattern}\` matches no file`);
        for (const path of wanted.sort())
            if (!files.includes(path))
                files.push(path);
    }
    return files;
}
async function signFiles(files, signer, logger) {
    const signed = [];
    for (const file of files) {
        const result = await signer.signMessage(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file), { bundle: true });
        if (!result.bundle)
            throw new Error(`signing ${file} produced no bundle`);
        const bundle = `${file}.sigstore.json`;
        const signature = `${file}.sig`;
        await (0,_runtime_files_js__WEBPACK_IMPORTED_MODULE_1__/* .writeFileAtomically */ .lo)(bundle, `${JSON.stringify(result.bundle)}\n`);
        await (0,_runtime_files_js__WEBPACK_IMPORTED_MODULE_1__/* .writeFileAtomically */ .lo)(signature, result.signature.toString('base64'));
        logger.info(`Signed ${file}: ${bundle}, ${signature}`);
        signed.push({ file, bundle, signature, certificatePem: result.certificatePem });
    }
    return signed;
}


/***/ })

};
