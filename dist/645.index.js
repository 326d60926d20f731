export const id = 645;
export const ids = [645];
export const modules = {

/***/ 73411:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BR: () => (/* binding */ writeImageIndex),
/* harmony export */   Ew: () => (/* binding */ epochToRfc3339),
/* harmony export */   jx: () => (/* binding */ USTAR_MAX)
/* harmony export */ });
/* unused harmony exports deterministicTar, deterministicGzip, sortedRecord */
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57975);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38522);
/* harmony import */ var _platform_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7997);
/* harmony import */ var _layout_writer_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(71540);
/* harmony import */ var _image_spec_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(74891);
/**
 * Writes images the way `build` promises them: byte for byte the same for the same inputs. The layer
 * is a ustar archive written here (entries sorted, uid/gid 0, one mtime for all), gzipped by Node's
 * zlib, whose header carries no file name and mtime 0 — so the bytes depend on the zlib bundled with
 * Node, and reproducibility holds for the same Node major. Every JSON document is serialised from
 * objects built in a fixed order with sorted annotation keys; no path or clock reading enters them.
 */





const gzipAsync = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.promisify)(node_zlib__WEBPACK_IMPORTED_MODULE_1__.gzip);
const BLOCK = 512;
/** ustar's 11 octal digits: sizes and mtimes up to 8 GiB / the year 2242. */
const USTAR_MAX = 0o77777777777;
function writeField(header, offset, length, value) {
    const bytes = Buffer.from(value, 'utf8');
    if (bytes.length > length)
        throw new Error(`tar: \`${value}\` does not fit in a ${length}-byte header field`);
    bytes.copy(header, offset);
}
function writeOctal(header, offset, length, value) {
    writeField(header, offset, length, `${value.toString(8).padStart(length - 1, '0')}\0`);
}
function ustarHeader(path, type, size, mode, mtime) {
    if (Buffer.byteLength(path) > 100)
        throw new Error(`tar: path \`${path}\` is longer than 100 bytes`);
    if (size > USTAR_MAX)
        throw new Error(`tar: \`${path}\` is ${size} bytes, more than ustar can describe`);
    const header = Buffer.alloc(BLOCK);
    writeField(header, 0, 100, path);
    writeOctal(header, 100, 8, mode);
    writeOctal(header, 108, 8, 0);
    writeOctal(header, 116, 8, 0);
    writeOctal(header, 124, 12, size);
    writeOctal(header, 136, 12, mtime);
    writeField(header, 148, 8, '        ');
    writeField(header, 156, 1, type === 'directory' ? '5' : '0');
    writeField(header, 257, 6, 'ustar\0');
    writeField(header, 263, 2, '00');
    writeOctal(header, 329, 8, 0);
    writeOctal(header, 337, 8, 0);
    let checksum = 0;
    for (const byte of header)
        checksum += byte;
    writeField(header, 148, 8, `${checksum.toString(8).padStart(6, '0')}\0 `);
    return header;
}
/**
 * A ustar archive of `files` and their parent directories, sorted by path, every entry owned by 0:0
 * with mtime `mtime` (seconds): the same files give the same bytes.
 */
function deterministicTar(files, mtime) {
    if (!Number.isInteger(mtime) || mtime < 0 || mtime > USTAR_MAX)
        throw new Error(`tar: mtime ${mtime} is out of range`);
    const entries = new Map();
    for (const file of files) {
        const parts = file.path.split('/');
        if (file.path.startsWith('/') || parts.some((part) => part === '' || part === '.' || part === '..')) {
            throw new Error(`tar: \`${file.path}\` is not a plain relative path`);
        }
        for (let depth = 1; depth < parts.length; depth++) {
            entries.set(`${parts.slice(0, depth).join('/')}/`, { type: 'directory', content: new Uint8Array(), mode: 0o755 });
        }
        if (entries.has(file.path))
            throw new Error(`tar: \`${file.path}\` is given twice`);
        entries.set(file.path, { type: 'file', content: file.content, mode: file.mode ?? 0o644 });
    }
    const blocks = [];
    for (const path of [...entries.keys()].sort()) {
        const entry = entries.get(path);
        blocks.push(ustarHeader(path, entry.type, entry.content.length, entry.mode, mtime), entry.content);
        const padding = (BLOCK - (entry.content.length % BLOCK)) % BLOCK;
        if (padding)
            blocks.push(Buffer.alloc(padding));
    }
    blocks.push(Buffer.alloc(2 * BLOCK));
    return Buffer.concat(blocks);
}
/** gzip with no file name and mtime 0 in its header (Node's zlib writes neither). */
async function deterministicGzip(data) {
    return gzipAsync(data, { level: 9 });
}
/** RFC 3339 in UTC without fractions, as OCI's `created` fields are usually written. */
function epochToRfc3339(epochSeconds) {
    return new Date(epochSeconds * 1000).toISOString().replace(/\.000Z$/, 'Z');
}
function sortedRecord(record) {
    return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
async function writeJsonBlob(dir, document, mediaType) {
    return (0,_layout_writer_js__WEBPACK_IMPORTED_MODULE_3__/* .writeBlob */ .Zh)(dir, Buffer.from(JSON.stringify(document)), mediaType);
}
async function writeImage(dir, image, epochSeconds) {
    const created = epochToRfc3339(epochSeconds);
    const tar = deterministicTar(image.files, epochSeconds);
    const layer = await (0,_layout_writer_js__WEBPACK_IMPORTED_MODULE_3__/* .writeBlob */ .Zh)(dir, await deterministicGzip(tar), _image_spec_js__WEBPACK_IMPORTED_MODULE_4__/* .OCI_LAYER_TAR_GZIP */ .pQ);
    const architecture = (0,_platform_js__WEBPACK_IMPORTED_MODULE_2__/* .ociArchitecture */ .Jk)(image.arch);
    const config = {
        created,
        architecture,
        os: 'linux',
        config: Object.keys(image.labels).length ? { Labels: sortedRecord(image.labels) } : {},
        rootfs: { type: 'layers', diff_ids: [(0,_layout_writer_js__WEBPACK_IMPORTED_MODULE_3__/* .sha256Of */ .Bj)(tar)] },
        history: [{ created, created_by: image.createdBy }]
    };
    const configDescriptor = await writeJsonBlob(dir, config, _image_spec_js__WEBPACK_IMPORTED_MODULE_4__/* .OCI_CONFIG */ .TF);
    const manifest = {
        schemaVersion: 2,
        mediaType: _image_spec_js__WEBPACK_IMPORTED_MODULE_4__/* .OCI_MANIFEST */ .EG,
        config: configDescriptor,
        layers: [layer],
        annotations: sortedRecord(image.annotations)
    };
    const manifestDescriptor = await writeJsonBlob(dir, manifest, _image_spec_js__WEBPACK_IMPORTED_MODULE_4__/* .OCI_MANIFEST */ .EG);
    return { manifest: { ...manifestDescriptor, platform: { architecture, os: 'linux' } }, config: configDescriptor, layer };
}
/**
 * Writes an image index of `images` (in the order given) into the OCI layout `dir`, creating it if
 * needed, and points each of `tags` at it in index.json. Blobs first, tags last: an interrupted write
 * leaves the layout as it was, plus unreferenced blobs.
 */
async function writeImageIndex(dir, images, options) {
    await (0,_layout_writer_js__WEBPACK_IMPORTED_MODULE_3__/* .ensureLayout */ .p0)(dir);
    const written = [];
    for (const image of images)
        written.push(await writeImage(dir, image, options.epochSeconds));
    const index = {
        schemaVersion: 2,
        mediaType: _image_spec_js__WEBPACK_IMPORTED_MODULE_4__/* .OCI_INDEX */ .$p,
        manifests: written.map((image) => image.manifest),
        annotations: sortedRecord(options.annotations)
    };
    const indexDescriptor = await writeJsonBlob(dir, index, _image_spec_js__WEBPACK_IMPORTED_MODULE_4__/* .OCI_INDEX */ .$p);
    for (const tag of options.tags)
        await (0,_layout_writer_js__WEBPACK_IMPORTED_MODULE_3__/* .setTag */ .NA)(dir, tag, indexDescriptor);
    return { index: indexDescriptor, images: written };
}


/***/ }),

/***/ 52887:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   publishTags: () => (/* binding */ publishTags)
/* harmony export */ });
/* harmony import */ var _build_options_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(35749);
/* harmony import */ var _build_source_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48130);
/* harmony import */ var _build_tag_rules_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(88789);



/**
 * The `tags` input as `build` reads it (plain names or docker/metadata-action rules, one per line, with
 * `flavor`), resolved against the run's git ref; undefined when `tags` is not given. Imported only then:
 * the rule engine stays out of every other publish's start-up.
 */
async function publishTags(inputs, env, onGitHub, logger) {
    const lines = inputs.list('tags', { newlineOnly: true });
    if (lines.length === 0)
        return undefined;
    const spec = (0,_build_options_js__WEBPACK_IMPORTED_MODULE_0__/* .parseTags */ .rL)('tags', lines, (0,_build_tag_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .parseFlavor */ .wp)('flavor', inputs.list('flavor', { newlineOnly: true })));
    return (await (0,_build_source_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveTags */ .yN)(spec, env, onGitHub, process.cwd(), logger)).tags;
}


/***/ })

};
