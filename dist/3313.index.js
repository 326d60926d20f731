export const id = 3313;
export const ids = [3313];
export const modules = {

/***/ 63313:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RegistrySignatureStore: () => (/* binding */ RegistrySignatureStore)
/* harmony export */ });
/* harmony import */ var _registry_client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6499);
/* harmony import */ var _registry_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(17375);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(84704);
/* harmony import */ var _oci_image_spec_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74891);
/* harmony import */ var _formats_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6564);
/* harmony import */ var _shared_tag_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(88798);
/* harmony import */ var _store_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(62325);
/**
 * Signatures on a registry: the `publish` engineer's RegistryClient behind the SignatureStore seam.
 * A referrer goes up by digest; when the registry does not confirm its subject (no `OCI-Subject`
 * header, so no referrers API), the client keeps the `sha256-<hex>` fallback index.
 */







/** Bundles with certificate chains and provenance stay far below this; anything bigger is not ours. */
const MAX_SIGNATURE_BLOB = 16 * 1024 * 1024;
/** Manifest PUTs refused while another signer re-uploads a blob it references. */
const BLOB_RACE_ATTEMPTS = 4;
/** Refused or missing credentials are the user's to fix; the message names where they came from. */
async function guarded(call) {
    try {
        return await call();
    }
    catch (error) {
        if (error instanceof _registry_errors_js__WEBPACK_IMPORTED_MODULE_1__.RegistryAuthError)
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .ConfigurationError */ .j1(error.message);
        throw error;
    }
}
class RegistrySignatureStore {
    client;
    sharedTags;
    location;
    constructor(client, sharedTags = _shared_tag_js__WEBPACK_IMPORTED_MODULE_4__/* .REGISTRY_SHARED_TAGS */ .c2) {
        this.client = client;
        this.sharedTags = sharedTags;
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
    readBlob(descriptor, limit = MAX_SIGNATURE_BLOB) {
        return guarded(() => this.client.getBlob(descriptor, limit));
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
            // A shared tag's write is not retried with the same bytes: the update reads and merges again.
            const { digest } = await this.pushManifest(tag ?? `sha256:${(0,_formats_js__WEBPACK_IMPORTED_MODULE_3__/* .sha256Hex */ .fg)(content)}`, content, mediaType, tag === undefined ? BLOB_RACE_ATTEMPTS : 1);
            return { mediaType, digest, size: content.length };
        });
    }
    /**
     * Signers of one image upload identical blobs (the simple-signing payload, the empty config) at the
     * same time. distribution rewrites a blob's repository link in place on every upload, so a manifest
     * PUT that checks the blob meanwhile reads half a link and is refused (`DIGEST_INVALID`,
     * `MANIFEST_BLOB_UNKNOWN`) although the blob is there: such a refusal is tried again, a few times.
     */
    async pushManifest(reference, content, mediaType, attempts = BLOB_RACE_ATTEMPTS) {
        for (let attempt = 1;; attempt++) {
            try {
                return await this.client.putManifest(reference, content, mediaType);
            }
            catch (error) {
                const racing = error instanceof _registry_errors_js__WEBPACK_IMPORTED_MODULE_1__.RegistryError && error.status === 400 && (error.code === 'DIGEST_INVALID' || error.code === 'MANIFEST_BLOB_UNKNOWN');
                if (racing && attempts === 1)
                    throw new _shared_tag_js__WEBPACK_IMPORTED_MODULE_4__/* .SharedTagRace */ .t8(`${this.location}:${reference}: ${error.message}`);
                if (!racing || attempt >= attempts)
                    throw error;
                await this.sharedTags.sleep(this.sharedTags.minSettleMs * (1 + this.sharedTags.random()));
            }
        }
    }
    putReferrer(content, manifest) {
        const subject = manifest.subject;
        if (!subject)
            throw new Error('a referrer manifest needs a subject');
        return guarded(async () => {
            const mediaType = manifest.mediaType ?? _oci_image_spec_js__WEBPACK_IMPORTED_MODULE_2__/* .OCI_MANIFEST */ .EG;
            const written = await this.pushManifest(`sha256:${(0,_formats_js__WEBPACK_IMPORTED_MODULE_3__/* .sha256Hex */ .fg)(content)}`, content, mediaType);
            const descriptor = { mediaType, digest: written.digest, size: content.length };
            // No `OCI-Subject` in the answer: the registry keeps no referrers, so clients keep the fallback tag.
            // With one, each referrer is a manifest of its own and nothing is merged.
            if (written.subject !== subject.digest) {
                const tag = (0,_formats_js__WEBPACK_IMPORTED_MODULE_3__/* .attachmentTag */ .Ko)(subject.digest);
                await (0,_shared_tag_js__WEBPACK_IMPORTED_MODULE_4__/* .updateSharedTag */ .$)(`list ${descriptor.digest} in ${this.location}:${tag}`, this.sharedTags, async () => void (await this.client.addToReferrersFallback(subject.digest, (0,_formats_js__WEBPACK_IMPORTED_MODULE_3__/* .referrerDescriptor */ .xh)(manifest, descriptor))), async () => {
                    const index = await this.getTagged(tag);
                    return index !== undefined && (0,_store_js__WEBPACK_IMPORTED_MODULE_5__/* .parseDocument */ .Tp)('index', index, `${this.location}:${tag}`).manifests.some((m) => m.digest === descriptor.digest);
                });
            }
            return descriptor;
        });
    }
    referrers(digest) {
        return guarded(async () => (await this.client.referrers(digest)).manifests);
    }
}


/***/ })

};
