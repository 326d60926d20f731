export const id = 927;
export const ids = [927,952,526];
export const modules = {

/***/ 63927:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   extractBootImage: () => (/* binding */ extractBootImage)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(84704);
/* harmony import */ var _runtime_safe_extract_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(92526);
/* harmony import */ var _platform_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7997);
/* harmony import */ var _unikernel_descriptor_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(33855);
/* harmony import */ var _layout_reader_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(84952);
/* harmony import */ var _image_spec_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(74891);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(20907);









async function prepareDestination(destDir) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(destDir, { recursive: true });
    const leftovers = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(destDir);
    if (leftovers.length > 0)
        throw new Error(`extraction directory ${destDir} is not empty (${leftovers.slice(0, 3).join(', ')})`);
}
/** The host path of an absolute in-image path, if it names a regular file that resolves inside destDir. */
async function locateInImage(destDir, imagePath) {
    const relative = node_path__WEBPACK_IMPORTED_MODULE_1__.posix.normalize(`/${imagePath}`).slice(1);
    if (relative === '' || relative.split('/').includes('..'))
        return { problem: `\`${imagePath}\` is not a path inside the image` };
    const hostPath = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(destDir, ...relative.split('/'));
    let real;
    try {
        real = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(hostPath);
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return undefined;
        throw error;
    }
    const root = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(destDir);
    if (real !== root && !real.startsWith(root + node_path__WEBPACK_IMPORTED_MODULE_1__.sep))
        return { problem: `${imagePath} resolves outside the image` };
    if (!(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(real)).isFile())
        return { problem: `${imagePath} is not a regular file` };
    return { path: hostPath };
}
/**
 * Extracts what `boot` runs from an `oci:` image: resolves the reference and the manifest for `arch`
 * (default: the only image, else this machine's), checks every blob's digest, unpacks the layers into
 * the empty or missing `destDir` safely, and reads `/unikernel/unikernel.json` when present. The
 * kernel path comes from the descriptor, else urunc's `binary` annotation, else `/unikernel/kernel`.
 */
async function extractBootImage(input, ref, arch, destDir) {
    const image = (0,_reference_js__WEBPACK_IMPORTED_MODULE_7__/* .formatImageReference */ .my)(ref);
    const fail = (message) => (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .inputError */ .Xu)(input, `image ${image}: ${message}`);
    const layout = await _layout_reader_js__WEBPACK_IMPORTED_MODULE_5__.OciLayout.open(input, ref.dir);
    const top = await layout.resolve(ref);
    const selected = await layout.selectManifest(top, arch);
    const { manifest } = selected;
    const manifestDigest = selected.descriptor.digest;
    if (!(0,_image_spec_js__WEBPACK_IMPORTED_MODULE_6__/* .isImageConfigMediaType */ .i8)(manifest.config.mediaType)) {
        throw fail(`manifest ${manifestDigest} is not a container image: its config media type is ${manifest.config.mediaType} (expected ${_image_spec_js__WEBPACK_IMPORTED_MODULE_6__/* .OCI_CONFIG */ .TF})`);
    }
    const config = await layout.readImageConfig(manifest.config);
    if (arch !== undefined && config.architecture !== (0,_platform_js__WEBPACK_IMPORTED_MODULE_3__/* .ociArchitecture */ .Jk)(arch)) {
        throw fail(`manifest ${manifestDigest} is for ${config.os}/${config.architecture}, not ${arch} (${(0,_platform_js__WEBPACK_IMPORTED_MODULE_3__/* .ociArchitecture */ .Jk)(arch)})`);
    }
    const imageArch = (0,_platform_js__WEBPACK_IMPORTED_MODULE_3__/* .archOfOciArchitecture */ .Qk)(config.architecture);
    if (manifest.layers.length === 0)
        throw fail(`manifest ${manifestDigest} has no layers`);
    await prepareDestination(destDir);
    const links = new Map();
    for (const layer of manifest.layers) {
        const compression = (0,_image_spec_js__WEBPACK_IMPORTED_MODULE_6__/* .layerCompression */ .AH)(layer.mediaType);
        if (compression === undefined)
            throw fail(`layer ${layer.digest} has media type ${layer.mediaType}, which is not a tar layer`);
        const file = await layout.verifyBlob(layer);
        try {
            await (0,_runtime_safe_extract_js__WEBPACK_IMPORTED_MODULE_2__.checkTarEntries)(file, { compression, links, rejectWhiteouts: true, within: 'the image' });
        }
        catch (error) {
            if (error instanceof _runtime_safe_extract_js__WEBPACK_IMPORTED_MODULE_2__.UnsafeArchiveError)
                throw fail(`layer ${layer.digest} is unsafe to extract, nothing was extracted from it: ${error.message}`);
            throw fail(`layer ${layer.digest} is not a readable tar archive: ${(0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .errorMessage */ .gJ)(error)}`);
        }
        try {
            await (0,_runtime_safe_extract_js__WEBPACK_IMPORTED_MODULE_2__.unpackTar)(file, destDir, compression);
        }
        catch (error) {
            throw fail(`layer ${layer.digest} could not be extracted: ${(0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .errorMessage */ .gJ)(error)}`);
        }
    }
    const annotations = manifest.annotations ?? {};
    const required = async (imagePath, what) => {
        const found = await locateInImage(destDir, imagePath);
        if (found === undefined)
            throw fail(`has no ${what} at ${imagePath}`);
        if ('problem' in found)
            throw fail(`${what}: ${found.problem}`);
        return found.path;
    };
    let descriptor;
    const descriptorFile = await locateInImage(destDir, _unikernel_descriptor_js__WEBPACK_IMPORTED_MODULE_4__/* .DESCRIPTOR_PATH */ .MU);
    if (descriptorFile !== undefined) {
        if ('problem' in descriptorFile)
            throw fail(`descriptor: ${descriptorFile.problem}`);
        const source = `image ${image}: ${_unikernel_descriptor_js__WEBPACK_IMPORTED_MODULE_4__/* .DESCRIPTOR_PATH */ .MU}`;
        let json;
        try {
            json = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(descriptorFile.path, 'utf8'));
        }
        catch (error) {
            throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .inputError */ .Xu)(input, `${source} is not valid JSON: ${(0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .errorMessage */ .gJ)(error)}`);
        }
        try {
            descriptor = (0,_unikernel_descriptor_js__WEBPACK_IMPORTED_MODULE_4__/* .parseDescriptor */ .BA)(json, source);
        }
        catch (error) {
            if (error instanceof _runtime_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .ConfigurationError */ .j1)
                throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .inputError */ .Xu)(input, error.message);
            throw error;
        }
        if (imageArch !== undefined && descriptor.arch !== imageArch) {
            throw fail(`${_unikernel_descriptor_js__WEBPACK_IMPORTED_MODULE_4__/* .DESCRIPTOR_PATH */ .MU} says arch ${descriptor.arch}, but the image config says ${config.architecture}`);
        }
    }
    const kernel = await required(descriptor?.kernel ?? annotations[_image_spec_js__WEBPACK_IMPORTED_MODULE_6__/* .URUNC_ANNOTATIONS */ .Fj.binary] ?? _unikernel_descriptor_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_KERNEL_PATH */ .ii, 'kernel');
    let initrd;
    const namedInitrd = descriptor?.initrd ?? annotations[_image_spec_js__WEBPACK_IMPORTED_MODULE_6__/* .URUNC_ANNOTATIONS */ .Fj.initrd];
    if (namedInitrd !== undefined) {
        initrd = await required(namedInitrd, 'initrd');
    }
    else {
        const found = await locateInImage(destDir, _unikernel_descriptor_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_INITRD_PATH */ .tD);
        if (found && 'problem' in found)
            throw fail(`initrd: ${found.problem}`);
        initrd = found?.path;
    }
    const result = { kernel, manifestDigest, annotations };
    if (initrd !== undefined)
        result.initrd = initrd;
    if (descriptor !== undefined)
        result.descriptor = descriptor;
    if (selected.index)
        result.indexDigest = selected.index.descriptor.digest;
    if (imageArch !== undefined)
        result.arch = imageArch;
    return result;
}


/***/ }),

/***/ 84952:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OciLayout: () => (/* binding */ OciLayout)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(84704);
/* harmony import */ var _platform_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7997);
/* harmony import */ var _image_spec_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(74891);








/** Registries need not accept larger manifests (distribution spec); a bigger JSON blob is not ours. */
const MAX_DOCUMENT_SIZE = 4 * 1024 * 1024;
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
            if (!(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.stat)(dir)).isDirectory())
                throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .inputError */ .Xu)(input, `${name} is not a directory`);
        }
        catch (error) {
            if (errnoCode(error) !== 'ENOENT')
                throw error;
            const hint = dir.includes(':') ? ` (a reference is oci:<dir>:<tag> or oci:<dir>@sha256:<hex>; with a tag the directory ends at the first ':')` : '';
            throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .inputError */ .Xu)(input, `${name} does not exist${hint}`);
        }
        const layoutFile = await readLayoutJson(input, name, (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, 'oci-layout'), 'oci-layout');
        wrapFormatError(input, name, () => (0,_image_spec_js__WEBPACK_IMPORTED_MODULE_5__/* .parseOciLayoutFile */ .pM)(layoutFile, 'oci-layout'));
        const indexJson = await readLayoutJson(input, name, (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, 'index.json'), 'index.json');
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
    /** The index.json entry a target names; a digest may also name any manifest or index blob in the layout. */
    async resolve(target) {
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
        let size;
        try {
            size = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.stat)(this.blobPath(digest))).size;
        }
        catch (error) {
            if (errnoCode(error) !== 'ENOENT')
                throw error;
            throw this.fail(`has no image or blob with digest ${digest} (index.json lists: ${this.listEntries()})`);
        }
        if (size > MAX_DOCUMENT_SIZE)
            throw this.fail(`blob ${digest} is ${size} bytes: too large for an image manifest or index`);
        const json = this.parseJson(await this.readBlob({ mediaType: 'application/octet-stream', digest, size }), `blob ${digest}`);
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
        return (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(this.dir, 'blobs', 'sha256', digest.slice('sha256:'.length));
    }
    /** Reads a whole blob, checking its size and sha256 against the descriptor. */
    async readBlob(descriptor) {
        const path = this.blobPath(descriptor.digest);
        let content;
        try {
            const { size } = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.stat)(path);
            if (size !== descriptor.size)
                throw this.sizeMismatch(descriptor, size);
            content = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readFile)(path);
        }
        catch (error) {
            if (errnoCode(error) === 'ENOENT')
                throw this.fail(`is missing blob ${descriptor.digest} (${descriptor.mediaType})`);
            throw error;
        }
        if (content.length !== descriptor.size)
            throw this.sizeMismatch(descriptor, content.length);
        const actual = `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(content).digest('hex')}`;
        if (actual !== descriptor.digest)
            throw this.digestMismatch(descriptor, actual);
        return content;
    }
    /** Streams a blob through sha256 without holding it, for layers; returns its path once it checks out. */
    async verifyBlob(descriptor) {
        const path = this.blobPath(descriptor.digest);
        const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
        let size = 0;
        try {
            for await (const chunk of (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(path)) {
                hash.update(chunk);
                size += chunk.length;
            }
        }
        catch (error) {
            if (errnoCode(error) === 'ENOENT')
                throw this.fail(`is missing blob ${descriptor.digest} (${descriptor.mediaType})`);
            throw error;
        }
        if (size !== descriptor.size)
            throw this.sizeMismatch(descriptor, size);
        const actual = `sha256:${hash.digest('hex')}`;
        if (actual !== descriptor.digest)
            throw this.digestMismatch(descriptor, actual);
        return path;
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
        if (descriptor.size > MAX_DOCUMENT_SIZE)
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
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readFile)(path, 'utf8');
    }
    catch (error) {
        if (errnoCode(error) === 'ENOENT')
            throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .inputError */ .Xu)(input, `${name} is not an OCI image layout: it has no ${what} file`);
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

/***/ 33855:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BA: () => (/* binding */ parseDescriptor),
/* harmony export */   MU: () => (/* binding */ DESCRIPTOR_PATH),
/* harmony export */   ii: () => (/* binding */ DEFAULT_KERNEL_PATH),
/* harmony export */   tD: () => (/* binding */ DEFAULT_INITRD_PATH)
/* harmony export */ });
/* unused harmony export DESCRIPTOR_VERSION */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(84704);
/* harmony import */ var _runtime_units_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(50200);
/* harmony import */ var _toolchains_types_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(30364);
/* harmony import */ var _platform_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7997);
/* harmony import */ var _vmm_drivers_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(15440);






/** Where our image descriptor lives inside an image. */
const DESCRIPTOR_PATH = '/unikernel/unikernel.json';
const DEFAULT_KERNEL_PATH = '/unikernel/kernel';
const DEFAULT_INITRD_PATH = '/unikernel/initrd';
const DESCRIPTOR_VERSION = 1;
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function oneOf(fail, json, field, allowed) {
    const value = json[field];
    if (typeof value !== 'string' || !allowed.includes(value)) {
        fail(field, `is ${JSON.stringify(value)}, expected one of ${allowed.join(', ')}`);
    }
    return value;
}
function imagePath(fail, value, field) {
    if (typeof value !== 'string' || !value.startsWith('/') || value.split('/').includes('..') || node_path__WEBPACK_IMPORTED_MODULE_0__.posix.normalize(value) !== value) {
        fail(field, `is ${JSON.stringify(value)}, expected an absolute path inside the image such as ${DEFAULT_KERNEL_PATH}`);
    }
    return value;
}
function patterns(fail, value, field) {
    if (!Array.isArray(value) || !value.every((item) => typeof item === 'string'))
        fail(field, 'must be an array of regular expressions (strings)');
    for (const pattern of value) {
        try {
            new RegExp(pattern);
        }
        catch (error) {
            fail(field, `\`${pattern}\` is not a valid regular expression: ${(0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .gJ)(error)}`);
        }
    }
    return value;
}
/**
 * Validates a descriptor read from an image. `source` names where it came from (file, image) and leads
 * every error message. Unknown fields are ignored, so version 1 can grow optional fields.
 */
function parseDescriptor(json, source) {
    const fail = (field, problem) => {
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`${source}: \`${field}\` ${problem}`);
    };
    if (!isRecord(json))
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`${source}: expected a JSON object`);
    if (json.version !== DESCRIPTOR_VERSION) {
        const newer = typeof json.version === 'number' && json.version > DESCRIPTOR_VERSION;
        fail('version', newer
            ? `is ${json.version}: written by a newer unikernel-actions; this one reads version ${DESCRIPTOR_VERSION}`
            : `is ${JSON.stringify(json.version)}, expected ${DESCRIPTOR_VERSION}`);
    }
    const toolchain = oneOf(fail, json, 'toolchain', _toolchains_types_js__WEBPACK_IMPORTED_MODULE_5__/* .TOOLCHAIN_NAMES */ .t);
    const platform = oneOf(fail, json, 'platform', _platform_js__WEBPACK_IMPORTED_MODULE_2__/* .BUILD_PLATFORMS */ .Cm);
    const arch = oneOf(fail, json, 'arch', _platform_js__WEBPACK_IMPORTED_MODULE_2__/* .ARCHES */ .Pr);
    const descriptor = { version: 1, toolchain, platform, arch, kernel: imagePath(fail, json.kernel, 'kernel') };
    const expectedVmm = (0,_vmm_drivers_js__WEBPACK_IMPORTED_MODULE_3__/* .vmmOfPlatform */ .py)(platform);
    if (expectedVmm === undefined) {
        if (json.vmm !== undefined)
            fail('vmm', `must be absent: platform ${platform} is build-only`);
    }
    else {
        const vmm = oneOf(fail, json, 'vmm', _vmm_drivers_js__WEBPACK_IMPORTED_MODULE_3__/* .VMM_NAMES */ .YV);
        if (vmm !== expectedVmm)
            fail('vmm', `is ${vmm}, but platform ${platform} boots with ${expectedVmm}`);
        descriptor.vmm = vmm;
    }
    if (json.initrd !== undefined)
        descriptor.initrd = imagePath(fail, json.initrd, 'initrd');
    if (json.cmdline !== undefined) {
        if (typeof json.cmdline !== 'string')
            fail('cmdline', 'must be a string');
        descriptor.cmdline = json.cmdline;
    }
    if (json.memory !== undefined) {
        if (typeof json.memory !== 'string')
            fail('memory', 'must be a string such as "128M"');
        try {
            (0,_runtime_units_js__WEBPACK_IMPORTED_MODULE_1__/* .parseMemoryMiB */ .l)('memory', json.memory);
        }
        catch {
            fail('memory', `is ${JSON.stringify(json.memory)}, expected a whole number of MiB such as 128M or 1G`);
        }
        descriptor.memory = json.memory;
    }
    if (json.cpus !== undefined) {
        if (typeof json.cpus !== 'number' || !Number.isInteger(json.cpus) || json.cpus < 1)
            fail('cpus', `is ${JSON.stringify(json.cpus)}, expected a whole number ≥ 1`);
        descriptor.cpus = json.cpus;
    }
    if (json.timeout !== undefined) {
        if (typeof json.timeout !== 'number' || !Number.isFinite(json.timeout) || json.timeout <= 0) {
            fail('timeout', `is ${JSON.stringify(json.timeout)}, expected a number of seconds > 0`);
        }
        descriptor.timeout = json.timeout;
    }
    if (json.expect !== undefined)
        descriptor.expect = patterns(fail, json.expect, 'expect');
    if (json.failOn !== undefined)
        descriptor.failOn = patterns(fail, json.failOn, 'failOn');
    return descriptor;
}


/***/ }),

/***/ 92526:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   UnsafeArchiveError: () => (/* binding */ UnsafeArchiveError),
/* harmony export */   checkTarEntries: () => (/* binding */ checkTarEntries),
/* harmony export */   extractTarSafely: () => (/* binding */ extractTarSafely),
/* harmony export */   unpackTar: () => (/* binding */ unpackTar)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var tar__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(98697);


/**
 * Safe tar extraction, the one set of rules for every archive we did not just make ourselves (OCI
 * image layers, downloaded tool releases, cache archives): every entry is checked before anything is
 * written, and the symlinks of the archive are resolved the way the kernel would once they are on
 * disk, because tar's own guards let some chains through (`here -> .` plus `sub/out -> ../here/..`
 * leaves the root only together).
 */
/** An archive entry that would land outside the extraction directory, or could lead a reader there. */
class UnsafeArchiveError extends Error {
    name = 'UnsafeArchiveError';
}
const ALLOWED_ENTRY_TYPES = new Set(['File', 'OldFile', 'ContiguousFile', 'Directory', 'SymbolicLink', 'Link']);
const MAX_SYMLINK_HOPS = 40;
/** Set-user-ID and set-group-ID programs: extracted by root (owners are not kept), they would run as root. */
const SETID_BITS = 0o6000;
/** tar's zip-bomb guard is a running ratio; a raw disk image of zeros can legitimately exceed it. */
const NO_RATIO_LIMIT = Number.POSITIVE_INFINITY;
function compressionOptions(compression) {
    return compression === 'zstd' ? { zstd: true } : {};
}
/** An entry's name as path components (`.` and a trailing `/` dropped), or why it is refused. */
function entryParts(raw) {
    if (raw.startsWith('/'))
        return 'has an absolute path';
    const parts = raw
        .replace(/\/+$/, '')
        .split('/')
        .filter((part) => part !== '.');
    if (parts.includes('..'))
        return "has a '..' path component";
    if (parts.length > 1 && parts.includes(''))
        return 'has an empty path component';
    return parts.filter((part) => part !== '');
}
/**
 * Resolves `target` from directory `from` through the archive's symlinks; undefined when it climbs
 * above the first `floor` components or hops too often.
 */
function resolveInArchive(links, from, target, floor, hops) {
    let stack = [...from];
    for (const part of target.split('/')) {
        if (part === '' || part === '.')
            continue;
        if (part === '..') {
            if (stack.length <= floor)
                return undefined;
            stack.pop();
            continue;
        }
        stack.push(part);
        const link = links.get(stack.join('/'));
        if (link === undefined)
            continue;
        if (++hops.count > MAX_SYMLINK_HOPS || link.startsWith('/'))
            return undefined;
        stack.pop();
        const resolved = resolveInArchive(links, stack, link, floor, hops);
        if (!resolved)
            return undefined;
        stack = resolved;
    }
    return stack;
}
/**
 * Lists an archive and refuses it (UnsafeArchiveError, naming up to five problems) when any entry is
 * absolute, climbs with `..`, has an empty path component, is a device or fifo, is set-user-ID or
 * set-group-ID, would replace the extraction directory, is written through a symlink, or is a link
 * that resolves outside the root (its own top-level directory with `separateTopLevels`). Returns the
 * number of entries.
 */
async function checkTarEntries(file, options = {}) {
    const links = options.links ?? new Map();
    const within = options.within ?? 'the archive';
    const floor = options.separateTopLevels ? 1 : 0;
    const problems = [];
    let count = 0;
    const entryProblem = (entry, shown) => {
        const parts = entryParts(entry.path);
        if (typeof parts === 'string')
            return `entry ${shown} ${parts}`;
        if (!ALLOWED_ENTRY_TYPES.has(entry.type))
            return `entry ${shown} is a ${entry.type}; only files, directories and links are allowed`;
        if (entry.type === 'Link' && options.rejectHardLinks)
            return `entry ${shown} is a hard link, which this archive's format never holds`;
        if (parts.length <= floor && entry.type !== 'Directory')
            return `entry ${shown} would replace the extraction directory`;
        if (entry.type !== 'Directory' && entry.type !== 'SymbolicLink' && ((entry.mode ?? 0) & SETID_BITS) !== 0)
            return `entry ${shown} is set-user-ID or set-group-ID`;
        if (options.rejectWhiteouts && parts.length > 0 && parts[parts.length - 1].startsWith('.wh.'))
            return `entry ${shown} is a whiteout; layer deletions are not supported`;
        const formatProblem = options.entryRule?.(parts, entry.type);
        if (formatProblem)
            return `entry ${shown} ${formatProblem}`;
        for (let depth = 1; depth < parts.length; depth++) {
            const through = parts.slice(0, depth).join('/');
            if (links.has(through))
                return `entry ${shown} would be written through symlink \`${through}\``;
        }
        const key = parts.join('/');
        if (entry.type === 'SymbolicLink') {
            const target = entry.linkpath ?? '';
            // Recorded even when refused: what is written through it is named too.
            links.set(key, target);
            if (target.startsWith('/'))
                return `symlink ${shown} points to the absolute path \`${target}\`, outside ${within}`;
            return undefined;
        }
        links.delete(key);
        if (entry.type === 'Link') {
            const target = entry.linkpath ?? '';
            const targetParts = entryParts(target);
            // A hard link names its target from the root (from its own top-level directory with separateTopLevels).
            const inside = typeof targetParts !== 'string' &&
                targetParts.slice(0, floor).join('/') === parts.slice(0, floor).join('/') &&
                resolveInArchive(links, targetParts.slice(0, floor), targetParts.slice(floor).join('/'), floor, { count: 0 }) !== undefined;
            if (!inside)
                return `hard link ${shown} → \`${target}\` points outside ${within}`;
        }
        return undefined;
    };
    const onReadEntry = (entry) => {
        count++;
        const problem = entryProblem(entry, `\`${entry.path}\``);
        if (problem)
            problems.push(problem);
    };
    await (0,tar__WEBPACK_IMPORTED_MODULE_1__.list)({ file, strict: true, maxDecompressionRatio: NO_RATIO_LIMIT, onReadEntry, ...compressionOptions(options.compression) });
    for (const [path, target] of links) {
        if (!target.startsWith('/') && !resolveInArchive(links, path.split('/').slice(0, -1), target, floor, { count: 0 })) {
            problems.push(`symlink \`${path}\` → \`${target}\` points outside ${within} (or loops)`);
        }
    }
    if (problems.length > 0) {
        const shown = problems.slice(0, 5).join('; ');
        throw new UnsafeArchiveError(`${shown}${problems.length > 5 ? `; and ${problems.length - 5} more` : ''}`);
    }
    return count;
}
/**
 * Unpacks an archive that checkTarEntries accepted. tar's own guards stay on as a second line:
 * strict turns its skip-with-a-warning (`..`, absolute paths, writing through symlinks) into an error.
 * File modes are kept (executables stay executable), owners are not.
 */
async function unpackTar(file, destDir, options = {}) {
    const { compression, topLevel } = typeof options === 'string' ? { compression: options, topLevel: undefined } : options;
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(destDir, { recursive: true });
    await (0,tar__WEBPACK_IMPORTED_MODULE_1__.extract)({
        file,
        cwd: destDir,
        strict: true,
        preservePaths: false,
        preserveOwner: false,
        unlink: true,
        maxDecompressionRatio: NO_RATIO_LIMIT,
        ...(topLevel === undefined ? {} : { strip: 1, filter: (path) => path.replace(/^\.\//, '').split('/')[0] === topLevel }),
        ...compressionOptions(compression)
    });
}
/** Checks, then unpacks: nothing is written unless every entry is safe. Returns the number of entries. */
async function extractTarSafely(file, destDir, options = {}) {
    const count = await checkTarEntries(file, options);
    await unpackTar(file, destDir, options.compression);
    return count;
}


/***/ })

};
