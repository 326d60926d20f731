export const id = 9588;
export const ids = [9588];
export const modules = {

/***/ 49588:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   keylessVerifier: () => (/* binding */ keylessVerifier),
/* harmony export */   parseTrustedRoots: () => (/* binding */ parseTrustedRoots),
/* harmony export */   publicGoodTrustedRoot: () => (/* binding */ publicGoodTrustedRoot)
/* harmony export */ });
/* unused harmony export trustMaterialOf */
/* harmony import */ var _sigstore_bundle__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(61040);
/* harmony import */ var _sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(19654);
/* harmony import */ var _sigstore_verify__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(54187);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(84704);
/**
 * Keyless verification through @sigstore/verify, in a module loaded only when a certificate has to be
 * checked: trust roots (the `trusted-root` input, else the public-good root over TUF), the Fulcio
 * chain, SCTs, Rekor entries or RFC 3161 timestamps, and the signer's identity.
 */




/** Parses trusted-root JSON, or JSON Lines of them (`gh attestation trusted-root` prints one per line). */
function parseTrustedRoots(text) {
    const trimmed = text.trim();
    try {
        return [JSON.parse(trimmed)];
    }
    catch {
        return trimmed
            .split(/\r?\n/)
            .filter((line) => line.trim() !== '')
            .map((line) => JSON.parse(line));
    }
}
function trustMaterialOf(root) {
    return (0,_sigstore_verify__WEBPACK_IMPORTED_MODULE_2__/* .toTrustMaterial */ .jO)(_sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_1__.TrustedRoot.fromJSON(root));
}
async function publicGoodTrustedRoot(cachePath) {
    const { getTrustedRoot } = await Promise.all(/* import() */[__webpack_require__.e(2830), __webpack_require__.e(3694)]).then(__webpack_require__.t.bind(__webpack_require__, 84423, 19));
    return _sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_1__.TrustedRoot.toJSON(await getTrustedRoot({ cachePath }));
}
function keylessVerifier(roots, policy) {
    const verifiers = roots.map((root) => {
        const material = trustMaterialOf(root);
        // A root with a transparency log demands an entry in it; GitHub's private instance has none and
        // relies on its timestamp authority instead.
        return new _sigstore_verify__WEBPACK_IMPORTED_MODULE_2__/* .Verifier */ .BL(material, {
            tlogThreshold: material.tlogs.length > 0 ? 1 : 0,
            ctlogThreshold: material.ctlogs.length > 0 ? 1 : 0,
            timestampThreshold: 1
        });
    });
    return {
        verify(bundle, artifact) {
            const entity = (0,_sigstore_verify__WEBPACK_IMPORTED_MODULE_2__/* .toSignedEntity */ .DC)((0,_sigstore_bundle__WEBPACK_IMPORTED_MODULE_0__.bundleFromJSON)(bundle), artifact);
            const failures = [];
            for (const verifier of verifiers) {
                try {
                    verifier.verify(entity, { subjectAlternativeName: policy.identity, extensions: { issuer: policy.issuer } });
                    return;
                }
                catch (error) {
                    failures.push((0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(error));
                }
            }
            throw new Error(failures.length === 1 ? failures[0] : failures.map((f, i) => `trusted root ${i + 1}: ${f}`).join('; '));
        }
    };
}


/***/ })

};
