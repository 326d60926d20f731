export const id = 950;
export const ids = [950,952,571];
export const modules = {

/***/ 84952:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OciLayout: () => (/* binding */ OciLayout)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(84704);
/* harmony import */ var _runtime_regular_file_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(18706);
/* harmony import */ var _platform_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7997);
/* harmony import */ var _image_spec_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(74891);








function errnoCode(error) {
    return error.code;
}
/** A digest-verifying reader over an OCI image layout directory (image-spec image-layout.md). */
class OciLayout {
    input;
    dir;
    index;
    constructor(input, dir, index) {
        this.input = input;
        this.dir = dir;
        this.index = index;
    }
    /** Reads `oci-layout` and `index.json`; `input` is the input every error names. */
    static async open(input, dir) {
        const name = `OCI layout \`${dir}\``;
        try {
            if (!(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(dir)).isDirectory())
                throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .inputError */ .Xu)(input, `${name} is not a directory`);
        }
        catch (error) {
            if (errnoCode(error) !== 'ENOENT')
                throw error;
            const hint = dir.includes(':') ? ` (a reference is oci:<dir>:<tag> or oci:<dir>@sha256:<hex>; with a tag the directory ends at the first ':')` : '';
            throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .inputError */ .Xu)(input, `${name} does not exist${hint}`);
        }
        const layoutFile = await readLayoutJson(input, name, (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'oci-layout'), 'oci-layout');
        wrapFormatError(input, name, () => (0,_image_spec_js__WEBPACK_IMPORTED_MODULE_5__/* .parseOciLayoutFile */ .pM)(layoutFile, 'oci-layout'));
        const indexJson = await readLayoutJson(input, name, (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'index.json'), 'index.json');
        const index = wrapFormatError(input, name, () => (0,_image_spec_js__WEBPACK_IMPORTED_MODULE_5__/* .parseOciIndex */ .ri)(indexJson, 'index.json'));
        return new OciLayout(input, dir, index);
    }
    get name() {
        return `OCI layout \`${this.dir}\``;
    }
    fail(message) {
        return (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .inputError */ .Xu)(this.input, `${this.name} ${message}`);
    }
    /** The `org.opencontainers.image.ref.name` of every entry of index.json that has one, in order. */
    get tags() {
        return this.index.manifests.flatMap((entry) => {
            const tag = entry.annotations?.[_image_spec_js__WEBPACK_IMPORTED_MODULE_5__/* .ANNOTATION_REF_NAME */ ._0];
            return tag === undefined ? [] : [tag];
        });
    }
    listEntries() {
        const names = this.index.manifests.map((entry) => entry.annotations?.[_image_spec_js__WEBPACK_IMPORTED_MODULE_5__/* .ANNOTATION_REF_NAME */ ._0] ?? `${entry.digest} (untagged)`);
        return names.length > 0 ? names.join(', ') : 'none';
    }
    /**
     * The index.json entry a target names; a digest may also name any manifest or index blob in the
     * layout. The blob is read and checked against its digest: what a signature is checked for must be
     * what the layout holds.
     */
    async resolve(target) {
        const entry = await this.findEntry(target);
        if (entry.size > _image_spec_js__WEBPACK_IMPORTED_MODULE_5__/* .MAX_DOCUMENT_SIZE */ .bJ)
            throw this.fail(`entry ${entry.digest} is ${entry.size} bytes: too large for an image manifest or index`);
        await this.readBlob(entry);
        return entry;
    }
    async findEntry(target) {
        const entries = this.index.manifests;
        if (target.digest !== undefined) {
            const entry = entries.find((candidate) => candidate.digest === target.digest);
            return entry ?? (await this.describeBlob(target.digest));
        }
        if (target.tag !== undefined) {
            const tag = target.tag;
            const matches = entries.filter((entry) => entry.annotations?.[_image_spec_js__WEBPACK_IMPORTED_MODULE_5__/* .ANNOTATION_REF_NAME */ ._0] === tag);
            if (matches.length === 0)
                throw this.fail(`has no image tagged \`${tag}\` (index.json lists: ${this.listEntries()})`);
            if (matches.length > 1)
                throw this.fail(`lists ${matches.length} entries tagged \`${tag}\` in index.json; a tag must name one image`);
            return matches[0];
        }
        if (entries.length === 0)
            throw this.fail('holds no images: its index.json lists none');
        if (entries.length > 1) {
            throw this.fail(`holds ${entries.length} images (${this.listEntries()}); name one as oci:${this.dir}:<tag> or oci:${this.dir}@sha256:<hex>`);
        }
        return entries[0];
    }
    /** A descriptor for a blob that index.json does not list, from the blob itself. */
    async describeBlob(digest) {
        if (!(0,_image_spec_js__WEBPACK_IMPORTED_MODULE_5__/* .isSha256Digest */ .q9)(digest))
            throw this.fail(`cannot look up \`${digest}\`: expected sha256: followed by 64 lowercase hex digits`);
        let content;
        try {
            content = await (0,_runtime_regular_file_js__WEBPACK_IMPORTED_MODULE_3__/* .readRegularFile */ .XF)(this.blobPath(digest), _image_spec_js__WEBPACK_IMPORTED_MODULE_5__/* .MAX_DOCUMENT_SIZE */ .bJ, { noFollow: true });
        }
        catch (error) {
            if (errnoCode(error) === 'ENOENT')
                throw this.fail(`has no image or blob with digest ${digest} (index.json lists: ${this.listEntries()})`);
            if (error instanceof _runtime_regular_file_js__WEBPACK_IMPORTED_MODULE_3__/* .FileTooLargeError */ .yq)
                throw this.fail(`blob ${digest} is too large for an image manifest or index: ${error.message}`);
            throw this.unreadable(digest, error);
        }
        const size = content.length;
        const actual = `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(content).digest('hex')}`;
        if (actual !== digest)
            throw this.digestMismatch({ mediaType: 'application/octet-stream', digest, size }, actual);
        const json = this.parseJson(content, `blob ${digest}`);
        const declared = typeof json === 'object' && json !== null ? json.mediaType : undefined;
        let mediaType;
        if (typeof declared === 'string')
            mediaType = declared;
        else if (typeof json === 'object' && json !== null && 'manifests' in json)
            mediaType = _image_spec_js__WEBPACK_IMPORTED_MODULE_5__/* .OCI_INDEX */ .$p;
        else if (typeof json === 'object' && json !== null && 'layers' in json)
            mediaType = _image_spec_js__WEBPACK_IMPORTED_MODULE_5__/* .OCI_MANIFEST */ .EG;
        else
            throw this.fail(`blob ${digest} is not an image manifest or index`);
        return { mediaType, digest, size };
    }
    blobPath(digest) {
        // The digest becomes a path: only a well-formed one may, or `sha256:../../x` would escape the layout.
        if (!(0,_image_spec_js__WEBPACK_IMPORTED_MODULE_5__/* .isSha256Digest */ .q9)(digest))
            throw this.fail(`refers to \`${digest}\`, which is not a sha256 digest`);
        return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(this.dir, 'blobs', 'sha256', digest.slice('sha256:'.length));
    }
    /**
     * Opens a blob for reading: a regular file (not a symlink, FIFO or device, checked on the open
     * descriptor) of the size its descriptor declares.
     */
    async openBlob(descriptor) {
        let file;
        try {
            file = await (0,_runtime_regular_file_js__WEBPACK_IMPORTED_MODULE_3__/* .openRegularFile */ .ZU)(this.blobPath(descriptor.digest), { noFollow: true });
        }
        catch (error) {
            if (errnoCode(error) === 'ENOENT')
                throw this.fail(`is missing blob ${descriptor.digest} (${descriptor.mediaType})`);
            throw this.unreadable(descriptor.digest, error);
        }
        if (file.size !== descriptor.size) {
            await file.handle.close();
            throw this.sizeMismatch(descriptor, file.size);
        }
        return file;
    }
    /** Checks that a blob is a regular file of its declared size, without reading it (before an upload reads it by ranges). */
    async checkBlob(descriptor) {
        await (await this.openBlob(descriptor)).handle.close();
    }
    unreadable(digest, error) {
        if (error instanceof _runtime_regular_file_js__WEBPACK_IMPORTED_MODULE_3__/* .NotRegularFileError */ .iZ)
            return this.fail(`blob ${digest} is not a regular file: ${error.message}`);
        return this.fail(`cannot read blob ${digest}: ${(0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .errorMessage */ .gJ)(error)}`);
    }
    /** Reads a whole blob, checking its size and sha256 against the descriptor (one byte past the size is read, to catch more). */
    async readBlob(descriptor) {
        const { handle } = await this.openBlob(descriptor);
        let content;
        try {
            content = await (0,_runtime_regular_file_js__WEBPACK_IMPORTED_MODULE_3__/* .readRange */ .qX)(handle, 0, descriptor.size + 1);
        }
        finally {
            await handle.close();
        }
        if (content.length !== descriptor.size)
            throw this.sizeMismatch(descriptor, content.length);
        const actual = `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(content).digest('hex')}`;
        if (actual !== descriptor.digest)
            throw this.digestMismatch(descriptor, actual);
        return content;
    }
    /**
     * Streams a blob through sha256 without holding it, for layers, handing each chunk to `sink` (a
     * copy); returns the blob's path once it checks out. Never reads past the declared size (+1).
     */
    async verifyBlob(descriptor, sink) {
        const { handle } = await this.openBlob(descriptor);
        const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
        let size = 0;
        try {
            for await (const chunk of (0,_runtime_regular_file_js__WEBPACK_IMPORTED_MODULE_3__/* .readChunks */ .zO)(handle, 0, descriptor.size + 1)) {
                hash.update(chunk);
                size += chunk.length;
                if (size > descriptor.size)
                    break;
                await sink?.(chunk);
            }
        }
        finally {
            await handle.close();
        }
        if (size !== descriptor.size)
            throw this.sizeMismatch(descriptor, size);
        const actual = `sha256:${hash.digest('hex')}`;
        if (actual !== descriptor.digest)
            throw this.digestMismatch(descriptor, actual);
        return this.blobPath(descriptor.digest);
    }
    /** Copies a blob to `target` (write-then-rename) through the same checks, so what lands is what was verified. */
    async copyBlobTo(descriptor, target) {
        const temp = `${target}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}.tmp`;
        const out = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(temp, 'wx');
        try {
            try {
                await this.verifyBlob(descriptor, async (chunk) => {
                    await out.write(chunk);
                });
            }
            finally {
                await out.close();
            }
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(temp, target);
        }
        catch (error) {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(temp, { force: true });
            throw error;
        }
    }
    sizeMismatch(descriptor, actual) {
        return this.fail(`is corrupt: blob ${descriptor.digest} (${descriptor.mediaType}) is ${actual} bytes, but its descriptor says ${descriptor.size}`);
    }
    digestMismatch(descriptor, actual) {
        return this.fail(`is corrupt: blob ${descriptor.digest} (${descriptor.mediaType}) has content whose sha256 is ${actual}`);
    }
    parseJson(content, what) {
        try {
            return JSON.parse(content.toString('utf8'));
        }
        catch (error) {
            throw this.fail(`${what} is not valid JSON: ${(0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .errorMessage */ .gJ)(error)}`);
        }
    }
    async readDocument(descriptor, what, parse) {
        if (descriptor.size > _image_spec_js__WEBPACK_IMPORTED_MODULE_5__/* .MAX_DOCUMENT_SIZE */ .bJ)
            throw this.fail(`${what} ${descriptor.digest} is ${descriptor.size} bytes: too large`);
        const json = this.parseJson(await this.readBlob(descriptor), `${what} ${descriptor.digest}`);
        return wrapFormatError(this.input, this.name, () => parse(json, `${what} ${descriptor.digest}`));
    }
    readIndex(descriptor) {
        return this.readDocument(descriptor, 'image index', _image_spec_js__WEBPACK_IMPORTED_MODULE_5__/* .parseOciIndex */ .ri);
    }
    readManifest(descriptor) {
        return this.readDocument(descriptor, 'image manifest', _image_spec_js__WEBPACK_IMPORTED_MODULE_5__/* .parseOciManifest */ .Ke);
    }
    readImageConfig(descriptor) {
        return this.readDocument(descriptor, 'image config', _image_spec_js__WEBPACK_IMPORTED_MODULE_5__/* .parseOciImageConfig */ .M5);
    }
    /**
     * Follows an image index to the manifest for `arch`, or takes a plain manifest as it is. Without
     * `arch`, an index with one image gives that image, and one with several gives this machine's.
     */
    async selectManifest(descriptor, arch) {
        if ((0,_image_spec_js__WEBPACK_IMPORTED_MODULE_5__/* .isManifestMediaType */ .CM)(descriptor.mediaType))
            return { descriptor, manifest: await this.readManifest(descriptor) };
        if (!(0,_image_spec_js__WEBPACK_IMPORTED_MODULE_5__/* .isIndexMediaType */ .$$)(descriptor.mediaType)) {
            throw this.fail(`entry ${descriptor.digest} is not an image: its media type is ${descriptor.mediaType}`);
        }
        const index = await this.readIndex(descriptor);
        const images = index.manifests.filter((entry) => (0,_image_spec_js__WEBPACK_IMPORTED_MODULE_5__/* .isManifestMediaType */ .CM)(entry.mediaType) && !isAttestation(entry));
        if (images.length === 0) {
            const nested = index.manifests.some((entry) => (0,_image_spec_js__WEBPACK_IMPORTED_MODULE_5__/* .isIndexMediaType */ .$$)(entry.mediaType));
            throw this.fail(`image index ${descriptor.digest} lists no image manifests${nested ? ' (nested image indexes are not supported)' : ''}`);
        }
        const platforms = images.map(describePlatform).join(', ');
        let chosen;
        if (arch !== undefined) {
            const wanted = (0,_platform_js__WEBPACK_IMPORTED_MODULE_4__/* .ociArchitecture */ .Jk)(arch);
            chosen = images.find((entry) => isLinuxOn(entry, wanted));
            if (!chosen && images.length === 1 && !images[0].platform)
                chosen = images[0];
            if (!chosen)
                throw this.fail(`image index ${descriptor.digest} has no image for ${arch} (linux/${wanted}); available platforms: ${platforms}`);
        }
        else if (images.length === 1) {
            chosen = images[0];
        }
        else {
            const host = (0,_platform_js__WEBPACK_IMPORTED_MODULE_4__/* .hostArch */ .LY)();
            chosen = host && images.find((entry) => isLinuxOn(entry, (0,_platform_js__WEBPACK_IMPORTED_MODULE_4__/* .ociArchitecture */ .Jk)(host)));
            if (!chosen) {
                throw this.fail(`image index ${descriptor.digest} lists several platforms (${platforms}) and none is this machine's (${process.arch}); ` +
                    'choose one with the `arch` input');
            }
        }
        return { descriptor: chosen, manifest: await this.readManifest(chosen), index: { descriptor, index } };
    }
}
function isLinuxOn(entry, architecture) {
    return entry.platform?.os === 'linux' && entry.platform.architecture === architecture;
}
/** buildx lists provenance/SBOM manifests in an index with platform unknown/unknown. */
function isAttestation(entry) {
    return entry.platform?.os === 'unknown' && entry.platform?.architecture === 'unknown';
}
function describePlatform(entry) {
    const platform = entry.platform;
    if (!platform)
        return `${entry.digest} (no platform)`;
    return [platform.os, platform.architecture, platform.variant].filter((part) => part).join('/');
}
async function readLayoutJson(input, name, path, what) {
    let text;
    try {
        text = (await (0,_runtime_regular_file_js__WEBPACK_IMPORTED_MODULE_3__/* .readRegularFile */ .XF)(path, _image_spec_js__WEBPACK_IMPORTED_MODULE_5__/* .MAX_DOCUMENT_SIZE */ .bJ, { noFollow: true })).toString('utf8');
    }
    catch (error) {
        if (errnoCode(error) === 'ENOENT')
            throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .inputError */ .Xu)(input, `${name} is not an OCI image layout: it has no ${what} file`);
        if (error instanceof _runtime_regular_file_js__WEBPACK_IMPORTED_MODULE_3__/* .FileTooLargeError */ .yq)
            throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .inputError */ .Xu)(input, `${name}: ${what} is too large (at most ${_image_spec_js__WEBPACK_IMPORTED_MODULE_5__/* .MAX_DOCUMENT_SIZE */ .bJ} bytes): ${error.message}`);
        throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .inputError */ .Xu)(input, `${name}: cannot read ${what}: ${(0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .errorMessage */ .gJ)(error)}`);
    }
    try {
        return JSON.parse(text);
    }
    catch (error) {
        throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .inputError */ .Xu)(input, `${name}: ${what} is not valid JSON: ${(0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .errorMessage */ .gJ)(error)}`);
    }
}
function wrapFormatError(input, name, parse) {
    try {
        return parse();
    }
    catch (error) {
        if (error instanceof _image_spec_js__WEBPACK_IMPORTED_MODULE_5__/* .OciFormatError */ .bj)
            throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .inputError */ .Xu)(input, `${name}: ${error.message}`);
        throw error;
    }
}


/***/ }),

/***/ 71540:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bj: () => (/* binding */ sha256Of),
/* harmony export */   EO: () => (/* binding */ readLayoutDocument),
/* harmony export */   NA: () => (/* binding */ setTag),
/* harmony export */   Zh: () => (/* binding */ writeBlob),
/* harmony export */   nD: () => (/* binding */ blobPath),
/* harmony export */   p0: () => (/* binding */ ensureLayout)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var _runtime_files_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(68560);
/* harmony import */ var _runtime_regular_file_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(18706);
/* harmony import */ var _image_spec_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(74891);






/**
 * The write primitives of an OCI image layout, shared by everything that writes one (build, publish to
 * `oci:`, sign): content-addressed blobs, and index.json entries named by tag. Every write is
 * write-then-rename, so a reader never sees half a blob or half an index.
 */
function sha256Of(content) {
    return `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(content).digest('hex')}`;
}
async function ensureLayout(dir) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'blobs', 'sha256'), { recursive: true });
    const layoutFile = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'oci-layout');
    if (!(await exists(layoutFile)))
        await (0,_runtime_files_js__WEBPACK_IMPORTED_MODULE_3__/* .writeFileAtomically */ .lo)(layoutFile, JSON.stringify({ imageLayoutVersion: _image_spec_js__WEBPACK_IMPORTED_MODULE_5__/* .OCI_LAYOUT_VERSION */ .sM }));
    const indexFile = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'index.json');
    if (!(await exists(indexFile)))
        await (0,_runtime_files_js__WEBPACK_IMPORTED_MODULE_3__/* .writeFileAtomically */ .lo)(indexFile, serializeIndex({ schemaVersion: 2, mediaType: _image_spec_js__WEBPACK_IMPORTED_MODULE_5__/* .OCI_INDEX */ .$p, manifests: [] }));
}
function blobPath(dir, digest) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'blobs', 'sha256', digest.slice('sha256:'.length));
}
/** Writes a blob (skipped when present) and returns its descriptor. */
async function writeBlob(dir, content, mediaType, extra = {}) {
    const digest = sha256Of(content);
    const path = blobPath(dir, digest);
    if (!(await exists(path)))
        await (0,_runtime_files_js__WEBPACK_IMPORTED_MODULE_3__/* .writeFileAtomically */ .lo)(path, content);
    return { mediaType, digest, size: content.length, ...extra };
}
/** A JSON document of a layout being written to (index.json, an index blob): a regular file, of at most 4 MiB. */
async function readLayoutDocument(path) {
    return JSON.parse((await (0,_runtime_regular_file_js__WEBPACK_IMPORTED_MODULE_4__/* .readRegularFile */ .XF)(path, _image_spec_js__WEBPACK_IMPORTED_MODULE_5__/* .MAX_DOCUMENT_SIZE */ .bJ, { noFollow: true })).toString('utf8'));
}
/**
 * Points `tag` at `descriptor` in index.json: the entry's `org.opencontainers.image.ref.name` is the tag
 * alone (so `skopeo … oci:<dir>:<tag>` finds it); an existing entry for the tag is replaced.
 */
async function setTag(dir, tag, descriptor) {
    await ensureLayout(dir);
    const index = await readLayoutDocument((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'index.json'));
    const entry = { ...descriptor, annotations: { ...descriptor.annotations, [_image_spec_js__WEBPACK_IMPORTED_MODULE_5__/* .ANNOTATION_REF_NAME */ ._0]: tag } };
    index.manifests = [...index.manifests.filter((m) => m.annotations?.[_image_spec_js__WEBPACK_IMPORTED_MODULE_5__/* .ANNOTATION_REF_NAME */ ._0] !== tag), entry];
    await (0,_runtime_files_js__WEBPACK_IMPORTED_MODULE_3__/* .writeFileAtomically */ .lo)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'index.json'), serializeIndex(index));
}
function serializeIndex(index) {
    return JSON.stringify(index);
}
async function exists(path) {
    return (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(path).then(() => true, () => false);
}


/***/ }),

/***/ 98924:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IK: () => (/* binding */ RegistryDeadline),
/* harmony export */   Q0: () => (/* binding */ DEFAULT_REGISTRY_TIMEOUT_SECONDS),
/* harmony export */   uj: () => (/* binding */ sleepUnless)
/* harmony export */ });
/* unused harmony export RegistryTimeoutError */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17375);

/** The registry work of one operation took longer than it was given: not retried, whatever was in flight. */
class RegistryTimeoutError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__.RegistryError {
    name = 'RegistryTimeoutError';
}
const DEFAULT_REGISTRY_TIMEOUT_SECONDS = 600;
/**
 * One limit on the whole registry work of an operation (a publish, a sign, a verify), across every
 * request, retry and wait: when it passes, whatever is in flight is aborted and the operation fails
 * with a message naming the input that set it. The clock starts when the deadline is made.
 */
class RegistryDeadline {
    seconds;
    activity;
    input;
    controller = new AbortController();
    timer;
    constructor(seconds, 
    /** What the operation does, before the registry's name: "publishing to", "signing on". */
    activity, 
    /** The input that set it, for messages. */
    input = 'registry-timeout') {
        this.seconds = seconds;
        this.activity = activity;
        this.input = input;
        this.timer = setTimeout(() => this.controller.abort(), seconds * 1000);
        // An operation that ended early must not keep the process alive.
        this.timer.unref();
    }
    get signal() {
        return this.controller.signal;
    }
    /** `registry-timeout: publishing to ghcr.io took more than 600 s`. */
    error(registry) {
        return new RegistryTimeoutError(`${this.input}: ${this.activity} ${registry} took more than ${this.seconds} s`);
    }
    /**
     * A signal for one registry's requests that aborts, with that registry's error, when the deadline
     * passes; `release` detaches it once the registry is done with.
     */
    forRegistry(registry) {
        const controller = new AbortController();
        const onAbort = () => controller.abort(this.error(registry));
        if (this.signal.aborted)
            onAbort();
        else
            this.signal.addEventListener('abort', onAbort, { once: true });
        return { signal: controller.signal, release: () => this.signal.removeEventListener('abort', onAbort) };
    }
    dispose() {
        clearTimeout(this.timer);
    }
}
/** Waits `ms`, or rejects with the signal's reason as soon as it aborts. */
function sleepUnless(signal, sleep, ms) {
    if (signal.aborted)
        return Promise.reject(signal.reason);
    return new Promise((resolve, reject) => {
        const onAbort = () => reject(signal.reason);
        signal.addEventListener('abort', onAbort, { once: true });
        sleep(ms).then(() => {
            signal.removeEventListener('abort', onAbort);
            resolve();
        }, (error) => {
            signal.removeEventListener('abort', onAbort);
            reject(error);
        });
    });
}


/***/ }),

/***/ 17375:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RegistryAuthError: () => (/* binding */ RegistryAuthError),
/* harmony export */   RegistryError: () => (/* binding */ RegistryError),
/* harmony export */   RegistryIntegrityError: () => (/* binding */ RegistryIntegrityError),
/* harmony export */   describeErrorBody: () => (/* binding */ describeErrorBody),
/* harmony export */   parseErrorBody: () => (/* binding */ parseErrorBody)
/* harmony export */ });
/** A registry said no, or could not be reached; the message names the registry, the operation and its answer. */
class RegistryError extends Error {
    status;
    code;
    transient;
    name = 'RegistryError';
    constructor(message, 
    /** The HTTP status, when there was an answer. */
    status, 
    /** The distribution-spec error code (`MANIFEST_INVALID`, `DENIED`, …) when the registry sent one. */
    code, 
    /** A lost connection or a "try later" answer: a later attempt may succeed. */
    transient = false) {
        super(message);
        this.status = status;
        this.code = code;
        this.transient = transient;
    }
}
/** Credentials missing, refused, or without the access the operation needs: the user's to fix. */
class RegistryAuthError extends RegistryError {
    name = 'RegistryAuthError';
}
/** The registry answered with content that does not match what was asked for (digest, size). */
class RegistryIntegrityError extends RegistryError {
    name = 'RegistryIntegrityError';
}
/** The `{"errors":[{code,message,detail}]}` document of the distribution spec, when the body is one. */
function parseErrorBody(body) {
    try {
        const json = JSON.parse(body.toString('utf8'));
        if (!Array.isArray(json.errors))
            return [];
        return json.errors.flatMap((entry) => {
            if (typeof entry !== 'object' || entry === null)
                return [];
            const { code, message, detail } = entry;
            if (typeof code !== 'string')
                return [];
            return [{ code, message: typeof message === 'string' ? message : '', detail }];
        });
    }
    catch {
        return [];
    }
}
/** `MANIFEST_BLOB_UNKNOWN: blob unknown to registry (sha256:…)`, or the start of a non-JSON body. */
function describeErrorBody(body) {
    const errors = parseErrorBody(body);
    if (errors.length > 0) {
        const text = errors
            .map((error) => {
            const detail = error.detail === undefined || error.detail === null || error.detail === ''
                ? ''
                : ` (${typeof error.detail === 'string' ? error.detail : JSON.stringify(error.detail)})`;
            return `${error.code}: ${error.message}${detail}`;
        })
            .join('; ');
        return { code: errors[0].code, text };
    }
    const raw = body.toString('utf8').replace(/\s+/g, ' ').trim();
    return { text: raw.length > 200 ? `${raw.slice(0, 200)}…` : raw };
}


/***/ }),

/***/ 88644:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jw: () => (/* binding */ registryLimitOptions),
/* harmony export */   U_: () => (/* binding */ REGISTRY_LIMIT_INPUTS),
/* harmony export */   kM: () => (/* binding */ readRegistryLimits)
/* harmony export */ });
/* unused harmony export DEFAULT_MIN_BYTES_PER_SECOND */
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(84704);
/* harmony import */ var _deadline_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(98924);


/** The inputs every action that talks to registries takes for its limits (publish, sign, verify). */
const REGISTRY_LIMIT_INPUTS = ['registry-timeout', 'registry-min-rate'];
/** 1 KiB/s over a 30 s window: a link slower than that is as good as lost. */
const DEFAULT_MIN_BYTES_PER_SECOND = 1024;
const RATE_UNITS = { '': 1, k: 1024, m: 1024 * 1024 };
/** `2048`, `1K`, `1KiB/s`, `2M` → bytes per second. */
function parseRate(input, value) {
    const match = /^(\d+)\s*([km]?)(?:i?b)?(?:\/s)?$/i.exec(value.trim());
    if (!match)
        throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)(input, `\`${value}\` is not a rate in bytes per second (e.g. 1024, 1K, 2M; 0 for none)`);
    return Number(match[1]) * RATE_UNITS[match[2].toLowerCase()];
}
function readRegistryLimits(inputs) {
    const timeoutSeconds = inputs.positiveInteger('registry-timeout', { max: 86_400 }) ?? _deadline_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_REGISTRY_TIMEOUT_SECONDS */ .Q0;
    const rate = inputs.optional('registry-min-rate');
    return { timeoutSeconds, minBytesPerSecond: rate === undefined ? DEFAULT_MIN_BYTES_PER_SECOND : parseRate('registry-min-rate', rate) };
}
/** The deadline and rate for an operation's sessions; the deadline's clock starts now. */
function registryLimitOptions(limits, activity) {
    return { deadline: new _deadline_js__WEBPACK_IMPORTED_MODULE_0__/* .RegistryDeadline */ .IK(limits.timeoutSeconds, activity), minBytesPerSecond: limits.minBytesPerSecond };
}


/***/ })

};
