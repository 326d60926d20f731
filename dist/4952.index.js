export const id = 4952;
export const ids = [4952,2571];
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


/***/ })

};
