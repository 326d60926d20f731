export const id = 8917;
export const ids = [8917,4952,2571];
export const modules = {

/***/ 98802:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Tz: () => (/* binding */ writeSbom),
/* harmony export */   Ze: () => (/* binding */ sbomDocument),
/* harmony export */   _f: () => (/* binding */ NOASSERTION),
/* harmony export */   a1: () => (/* binding */ sbomKernelSha256),
/* harmony export */   cZ: () => (/* binding */ toolVersionOf),
/* harmony export */   pP: () => (/* binding */ SBOM_FILE_NAME),
/* harmony export */   y0: () => (/* binding */ vcsLocation)
/* harmony export */ });
/* unused harmony exports SPDX_VERSION, SBOM_CREATOR, serializeSbom */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var _oci_unikernel_descriptor_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(33855);
/* harmony import */ var _oci_image_writer_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(73411);
/**
 * SPDX 2.3 JSON SBOMs for built unikernels: one document per target naming the toolchain and its
 * version, the kernel (and initrd) as they sit in the image with their SHA-256, and what went into the
 * kernel where the toolchain tells (sbom-components.ts). Reproducible: `created` is SOURCE_DATE_EPOCH
 * and `documentNamespace` is derived from the document's own content, so the same sources give the
 * same bytes.
 */





const SPDX_VERSION = 'SPDX-2.3';
/** What the document says of itself when nothing more is known (SPDX 2.3 §7.7, §7.5). */
const NOASSERTION = 'NOASSERTION';
const SBOM_CREATOR = 'Tool: unikernel-actions';
/** The file name each target's SBOM is written under, in its own directory of the job. */
const SBOM_FILE_NAME = 'sbom.spdx.json';
/** SPDX identifiers are `SPDXRef-` and letters, digits, `.` and `-` (SPDX 2.3 §7.2). */
function spdxId(kind, name, taken) {
    const base = `SPDXRef-${kind}-${name.replace(/[^A-Za-z0-9.-]+/g, '-').replace(/^-+|-+$/g, '') || 'unnamed'}`;
    let id = base;
    for (let n = 2; taken.has(id); n++)
        id = `${base}-${n}`;
    taken.add(id);
    return id;
}
async function fileChecksums(path) {
    const content = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(path);
    return { sha1: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha1').update(content).digest('hex'), sha256: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(content).digest('hex') };
}
/** The toolchain's version from the first line its version command printed (`kraft 0.9.2 (…)` → `0.9.2`); the line itself otherwise. */
function toolVersionOf(line) {
    const trimmed = line?.trim();
    if (!trimmed)
        return undefined;
    return /\bv?(\d+(?:\.\d+)+(?:[-+~][\w.+~-]*)?)/.exec(trimmed)?.[1] ?? trimmed;
}
/** `git+<url>@<commit>` (SPDX 2.3 §7.7's VCS form), or the URL alone, or NOASSERTION. */
function vcsLocation(url, commit) {
    if (!url)
        return NOASSERTION;
    const base = /^(git\+|https?:|ssh:|git:)/.test(url) ? (url.startsWith('git+') ? url : `git+${url}`) : undefined;
    if (!base)
        return NOASSERTION;
    return commit ? `${base}@${commit}` : base;
}
/** SPDX 2.3 §7.9: SHA1 over the sorted SHA1s of the package's files, concatenated. */
function verificationCode(files) {
    const sha1s = files.map((f) => f.checksums.find((c) => c.algorithm === 'SHA1').checksumValue).sort();
    return { packageVerificationCodeValue: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha1').update(sha1s.join('')).digest('hex') };
}
/** The SBOM of one target. Deterministic: nothing in it depends on when or where it was made beyond the facts given. */
async function sbomDocument(facts) {
    const taken = new Set(['SPDXRef-DOCUMENT']);
    const imageId = spdxId('Package', 'image', taken);
    const packages = [];
    const files = [];
    const relationships = [{ spdxElementId: 'SPDXRef-DOCUMENT', relationshipType: 'DESCRIBES', relatedSpdxElement: imageId }];
    const image = {
        name: facts.name,
        SPDXID: imageId,
        downloadLocation: vcsLocation(facts.source?.url, facts.source?.revision),
        filesAnalyzed: true,
        primaryPackagePurpose: 'OPERATING-SYSTEM',
        comment: `The unikernel image for ${facts.target}, built with ${facts.toolchain.name}`
    };
    packages.push(image);
    const imageFiles = [
        [_oci_unikernel_descriptor_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_KERNEL_PATH */ .ii, facts.kernel],
        [_oci_unikernel_descriptor_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_INITRD_PATH */ .tD, facts.initrd]
    ];
    for (const [inImage, path] of imageFiles) {
        if (!path)
            continue;
        const sums = await fileChecksums(path);
        const id = spdxId('File', inImage.split('/').pop(), taken);
        // SPDX 2.3 §8.4: a file's checksums include SHA1.
        files.push({
            fileName: `.${inImage}`,
            SPDXID: id,
            checksums: [
                { algorithm: 'SHA1', checksumValue: sums.sha1 },
                { algorithm: 'SHA256', checksumValue: sums.sha256 }
            ]
        });
        relationships.push({ spdxElementId: imageId, relationshipType: 'CONTAINS', relatedSpdxElement: id });
    }
    image.packageVerificationCode = verificationCode(files);
    const toolId = spdxId('Toolchain', facts.toolchain.tool ?? facts.toolchain.name, taken);
    packages.push({
        name: facts.toolchain.tool ?? facts.toolchain.name,
        SPDXID: toolId,
        ...(facts.toolchain.version ? { versionInfo: facts.toolchain.version } : {}),
        downloadLocation: NOASSERTION,
        filesAnalyzed: false,
        primaryPackagePurpose: 'APPLICATION',
        comment: facts.toolchain.version
            ? `The ${facts.toolchain.name} toolchain's tool, version as it reported it`
            : `The ${facts.toolchain.name} toolchain; the build does not ask its version`
    });
    relationships.push({ spdxElementId: toolId, relationshipType: 'BUILD_TOOL_OF', relatedSpdxElement: imageId });
    for (const component of facts.components) {
        const id = spdxId('Package', component.name, taken);
        const componentFiles = (component.files ?? []).map((file) => ({
            fileName: `./${file.path}`,
            SPDXID: spdxId('File', `${component.name}-${file.path}`, taken),
            checksums: [
                { algorithm: 'SHA1', checksumValue: file.sha1 },
                { algorithm: 'SHA256', checksumValue: file.sha256 }
            ]
        }));
        packages.push({
            name: component.name,
            SPDXID: id,
            ...(component.version ? { versionInfo: component.version } : {}),
            downloadLocation: component.downloadLocation ?? NOASSERTION,
            filesAnalyzed: component.files !== undefined,
            ...(component.files !== undefined ? { packageVerificationCode: verificationCode(componentFiles) } : {}),
            ...(component.checksums?.length ? { checksums: component.checksums } : {}),
            ...(component.purpose ? { primaryPackagePurpose: component.purpose } : {}),
            comment: `From ${component.from}`
        });
        if (component.relation === 'contains')
            relationships.push({ spdxElementId: imageId, relationshipType: 'CONTAINS', relatedSpdxElement: id });
        else if (component.relation === 'build-dependency')
            relationships.push({ spdxElementId: id, relationshipType: 'BUILD_DEPENDENCY_OF', relatedSpdxElement: imageId });
        else
            relationships.push({ spdxElementId: imageId, relationshipType: 'GENERATED_FROM', relatedSpdxElement: id });
        for (const file of componentFiles)
            relationships.push({ spdxElementId: id, relationshipType: 'CONTAINS', relatedSpdxElement: file.SPDXID });
        files.push(...componentFiles);
    }
    const document = {
        spdxVersion: SPDX_VERSION,
        dataLicense: 'CC0-1.0',
        SPDXID: 'SPDXRef-DOCUMENT',
        name: `${facts.name} ${facts.target}`,
        documentNamespace: '',
        creationInfo: { created: (0,_oci_image_writer_js__WEBPACK_IMPORTED_MODULE_4__/* .epochToRfc3339 */ .Ew)(facts.epochSeconds), creators: [SBOM_CREATOR] },
        packages,
        files,
        relationships
    };
    // Derived from everything else in the document: the same content, the same namespace; other content, another.
    const digest = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(JSON.stringify(document)).digest('hex');
    const slug = `${facts.name}-${facts.target}`.replace(/[^A-Za-z0-9._-]+/g, '-');
    document.documentNamespace = `https://spdx.org/spdxdocs/unikernel-actions/${slug}-${digest}`;
    return document;
}
function serializeSbom(document) {
    return `${JSON.stringify(document, null, 2)}\n`;
}
/** Writes the document to `path` (write-then-rename: a reader never sees half of it). */
async function writeSbom(path, document) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path), { recursive: true });
    const temp = `${path}.${process.pid}.tmp`;
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(temp, serializeSbom(document));
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(temp, path);
}
/** The SHA-256 the document records for the image's kernel (`./unikernel/kernel`), or undefined. */
function sbomKernelSha256(document) {
    const files = document?.files;
    if (!Array.isArray(files))
        return undefined;
    const kernel = files.find((f) => f?.fileName === `.${_oci_unikernel_descriptor_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_KERNEL_PATH */ .ii}`);
    if (!Array.isArray(kernel?.checksums))
        return undefined;
    const sha256 = kernel.checksums.find((c) => c?.algorithm === 'SHA256');
    return typeof sha256?.checksumValue === 'string' ? sha256.checksumValue : undefined;
}


/***/ }),

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
    const toolchain = oneOf(fail, json, 'toolchain', _toolchains_types_js__WEBPACK_IMPORTED_MODULE_5__/* .TOOLCHAIN_NAMES */ .tP);
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
            (0,_runtime_units_js__WEBPACK_IMPORTED_MODULE_1__/* .parseMemoryMiB */ .lk)('memory', json.memory);
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


/***/ })

};
