export const id = 313;
export const ids = [313];
export const modules = {

/***/ 63313:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RegistrySignatureStore: () => (/* binding */ RegistrySignatureStore)
/* harmony export */ });
/* harmony import */ var _registry_client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6499);
/* harmony import */ var _registry_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(17375);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(84704);
/* harmony import */ var _oci_image_spec_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74891);
/* harmony import */ var _formats_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6564);
/**
 * Signatures on a registry: the `publish` engineer's RegistryClient behind the SignatureStore seam.
 * A referrer goes up by digest; when the registry does not confirm its subject (no `OCI-Subject`
 * header, so no referrers API), the client keeps the `sha256-<hex>` fallback index.
 */





/** Bundles with certificate chains and provenance stay far below this; anything bigger is not ours. */
const MAX_SIGNATURE_BLOB = 16 * 1024 * 1024;
/** Refused or missing credentials are the user's to fix; the message names where they came from. */
async function guarded(call) {
    try {
        return await call();
    }
    catch (error) {
        if (error instanceof _registry_errors_js__WEBPACK_IMPORTED_MODULE_1__.RegistryAuthError)
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(error.message);
        throw error;
    }
}
class RegistrySignatureStore {
    client;
    location;
    constructor(client) {
        this.client = client;
        this.location = client.name;
    }
    getTagged(tag) {
        return guarded(async () => {
            try {
                return await this.getByDigest(tag);
            }
            catch (error) {
                if (error instanceof _registry_errors_js__WEBPACK_IMPORTED_MODULE_1__.RegistryError && error.status === 404)
                    return undefined;
                throw error;
            }
        });
    }
    getByDigest(reference) {
        return guarded(async () => {
            const manifest = await this.client.getManifest(reference);
            return { descriptor: { mediaType: manifest.mediaType, digest: manifest.digest, size: manifest.bytes.length }, bytes: manifest.bytes };
        });
    }
    readBlob(descriptor) {
        return guarded(() => this.client.getBlob(descriptor, MAX_SIGNATURE_BLOB));
    }
    putBlob(content, mediaType) {
        return guarded(async () => {
            const descriptor = { mediaType, digest: `sha256:${(0,_formats_js__WEBPACK_IMPORTED_MODULE_3__/* .sha256Hex */ .fg)(content)}`, size: content.length };
            await this.client.pushBlob(descriptor, (0,_registry_client_js__WEBPACK_IMPORTED_MODULE_0__.bytesSource)(content));
            return descriptor;
        });
    }
    putManifest(content, mediaType, tag) {
        return guarded(async () => {
            const { digest } = await this.client.putManifest(tag ?? `sha256:${(0,_formats_js__WEBPACK_IMPORTED_MODULE_3__/* .sha256Hex */ .fg)(content)}`, content, mediaType);
            return { mediaType, digest, size: content.length };
        });
    }
    putReferrer(content, manifest) {
        const subject = manifest.subject;
        if (!subject)
            throw new Error('a referrer manifest needs a subject');
        return guarded(async () => {
            const mediaType = manifest.mediaType ?? _oci_image_spec_js__WEBPACK_IMPORTED_MODULE_2__/* .OCI_MANIFEST */ .EG;
            const written = await this.client.putManifest(`sha256:${(0,_formats_js__WEBPACK_IMPORTED_MODULE_3__/* .sha256Hex */ .fg)(content)}`, content, mediaType);
            const descriptor = { mediaType, digest: written.digest, size: content.length };
            // No `OCI-Subject` in the answer: the registry keeps no referrers, so clients keep the fallback tag.
            if (written.subject !== subject.digest)
                await this.client.addToReferrersFallback(subject.digest, (0,_formats_js__WEBPACK_IMPORTED_MODULE_3__/* .referrerDescriptor */ .xh)(manifest, descriptor));
            return descriptor;
        });
    }
    referrers(digest) {
        return guarded(async () => (await this.client.referrers(digest)).manifests);
    }
}


/***/ })

};
