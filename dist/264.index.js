export const id = 264;
export const ids = [264];
export const modules = {

/***/ 23264:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  extractBootImage: () => (/* binding */ extractBootImage)
});

// UNUSED EXPORTS: UnsafeLayerError, checkLayerEntries, unpackLayer

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/tar/dist/esm/index.min.js
var index_min = __webpack_require__(98697);
// EXTERNAL MODULE: ./build/runtime/errors.js
var errors = __webpack_require__(84704);
// EXTERNAL MODULE: ./build/runtime/units.js
var units = __webpack_require__(50200);
// EXTERNAL MODULE: ./build/toolchains/types.js
var types = __webpack_require__(30364);
// EXTERNAL MODULE: ./build/vmm/types.js
var vmm_types = __webpack_require__(26422);
;// CONCATENATED MODULE: ./build/oci/descriptor.js





/** Where our image descriptor lives inside an image. */
const DESCRIPTOR_PATH = '/unikernel/unikernel.json';
const DEFAULT_KERNEL_PATH = '/unikernel/kernel';
const DEFAULT_INITRD_PATH = '/unikernel/initrd';
const DESCRIPTOR_VERSION = 1;
const BUILD_PLATFORMS = ['qemu', 'fc', 'hvt', 'spt', 'uhyve', 'xen'];
const URUNC_HYPERVISORS = (/* unused pure expression or super */ null && (['qemu', 'firecracker', 'hvt', 'spt']));
const PLATFORM_NAMES = [
    { platform: 'qemu', vmm: 'qemu', uruncHypervisor: 'qemu', needsKvm: false },
    { platform: 'fc', vmm: 'firecracker', uruncHypervisor: 'firecracker', needsKvm: true },
    { platform: 'hvt', vmm: 'solo5-hvt', uruncHypervisor: 'hvt', needsKvm: true },
    { platform: 'spt', vmm: 'solo5-spt', uruncHypervisor: 'spt', needsKvm: false },
    { platform: 'uhyve', vmm: 'uhyve', needsKvm: true },
    { platform: 'xen' }
];
function platformNames(platform) {
    const row = PLATFORM_NAMES.find((names) => names.platform === platform);
    if (!row)
        throw new Error(`no name mapping for platform ${platform}`);
    return row;
}
function vmmOfPlatform(platform) {
    return platformNames(platform).vmm;
}
function platformOfVmm(vmm) {
    const row = PLATFORM_NAMES.find((names) => names.vmm === vmm);
    if (!row)
        throw new Error(`no build platform for vmm ${vmm}`);
    return row.platform;
}
function uruncHypervisorOf(platform) {
    return platformNames(platform).uruncHypervisor;
}
function platformOfUruncHypervisor(hypervisor) {
    return PLATFORM_NAMES.find((names) => names.uruncHypervisor === hypervisor)?.platform;
}
function isBuildPlatform(value) {
    return BUILD_PLATFORMS.includes(value);
}
function parseBuildPlatform(input, value) {
    if (isBuildPlatform(value))
        return value;
    throw inputError(input, `\`${value}\` is not a build platform (one of ${BUILD_PLATFORMS.join(', ')})`);
}
const OCI_ARCHITECTURE = { x86_64: 'amd64', arm64: 'arm64' };
/** Our `x86_64`/`arm64` → the Go-style name in OCI platforms and configs. */
function ociArchitecture(arch) {
    return OCI_ARCHITECTURE[arch];
}
function archOfOciArchitecture(architecture) {
    return vmm_types/* ARCHES */.P.find((arch) => OCI_ARCHITECTURE[arch] === architecture);
}
/** This machine's architecture, when it is one we boot. */
function hostArch() {
    if (process.arch === 'x64')
        return 'x86_64';
    if (process.arch === 'arm64')
        return 'arm64';
    return undefined;
}
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
    if (typeof value !== 'string' || !value.startsWith('/') || value.split('/').includes('..') || external_node_path_.posix.normalize(value) !== value) {
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
            fail(field, `\`${pattern}\` is not a valid regular expression: ${(0,errors/* errorMessage */.gJ)(error)}`);
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
        throw new errors/* ConfigurationError */.j1(`${source}: \`${field}\` ${problem}`);
    };
    if (!isRecord(json))
        throw new errors/* ConfigurationError */.j1(`${source}: expected a JSON object`);
    if (json.version !== DESCRIPTOR_VERSION) {
        const newer = typeof json.version === 'number' && json.version > DESCRIPTOR_VERSION;
        fail('version', newer
            ? `is ${json.version}: written by a newer unikernel-actions; this one reads version ${DESCRIPTOR_VERSION}`
            : `is ${JSON.stringify(json.version)}, expected ${DESCRIPTOR_VERSION}`);
    }
    const toolchain = oneOf(fail, json, 'toolchain', types/* TOOLCHAIN_NAMES */.t);
    const platform = oneOf(fail, json, 'platform', BUILD_PLATFORMS);
    const arch = oneOf(fail, json, 'arch', vmm_types/* ARCHES */.P);
    const descriptor = { version: 1, toolchain, platform, arch, kernel: imagePath(fail, json.kernel, 'kernel') };
    const expectedVmm = vmmOfPlatform(platform);
    if (expectedVmm === undefined) {
        if (json.vmm !== undefined)
            fail('vmm', `must be absent: platform ${platform} is build-only`);
    }
    else {
        const vmm = oneOf(fail, json, 'vmm', vmm_types/* VMM_NAMES */.Y);
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
            (0,units/* parseMemoryMiB */.l)('memory', json.memory);
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

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./build/oci/media-types.js
var media_types = __webpack_require__(54566);
;// CONCATENATED MODULE: ./build/oci/layout.js







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
            if (!(await (0,promises_.stat)(dir)).isDirectory())
                throw (0,errors/* inputError */.Xu)(input, `${name} is not a directory`);
        }
        catch (error) {
            if (errnoCode(error) !== 'ENOENT')
                throw error;
            const hint = dir.includes(':')
                ? ` (a reference is oci:<dir>:<tag> or oci:<dir>@sha256:<hex>; with a tag the directory ends at the first ':')`
                : '';
            throw (0,errors/* inputError */.Xu)(input, `${name} does not exist${hint}`);
        }
        const layoutFile = await readLayoutJson(input, name, (0,external_node_path_.join)(dir, 'oci-layout'), 'oci-layout');
        wrapFormatError(input, name, () => (0,media_types/* parseOciLayoutFile */.pM)(layoutFile, 'oci-layout'));
        const indexJson = await readLayoutJson(input, name, (0,external_node_path_.join)(dir, 'index.json'), 'index.json');
        const index = wrapFormatError(input, name, () => (0,media_types/* parseOciIndex */.ri)(indexJson, 'index.json'));
        return new OciLayout(input, dir, index);
    }
    get name() {
        return `OCI layout \`${this.dir}\``;
    }
    fail(message) {
        return (0,errors/* inputError */.Xu)(this.input, `${this.name} ${message}`);
    }
    /** The `org.opencontainers.image.ref.name` of every entry of index.json that has one, in order. */
    get tags() {
        return this.index.manifests.flatMap((entry) => {
            const tag = entry.annotations?.[media_types/* ANNOTATION_REF_NAME */._0];
            return tag === undefined ? [] : [tag];
        });
    }
    listEntries() {
        const names = this.index.manifests.map((entry) => entry.annotations?.[media_types/* ANNOTATION_REF_NAME */._0] ?? `${entry.digest} (untagged)`);
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
            const matches = entries.filter((entry) => entry.annotations?.[media_types/* ANNOTATION_REF_NAME */._0] === tag);
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
        if (!(0,media_types/* isSha256Digest */.q9)(digest))
            throw this.fail(`cannot look up \`${digest}\`: expected sha256: followed by 64 lowercase hex digits`);
        let size;
        try {
            size = (await (0,promises_.stat)(this.blobPath(digest))).size;
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
            mediaType = media_types/* OCI_INDEX */.$p;
        else if (typeof json === 'object' && json !== null && 'layers' in json)
            mediaType = media_types/* OCI_MANIFEST */.EG;
        else
            throw this.fail(`blob ${digest} is not an image manifest or index`);
        return { mediaType, digest, size };
    }
    blobPath(digest) {
        // The digest becomes a path: only a well-formed one may, or `sha256:../../x` would escape the layout.
        if (!(0,media_types/* isSha256Digest */.q9)(digest))
            throw this.fail(`refers to \`${digest}\`, which is not a sha256 digest`);
        return (0,external_node_path_.join)(this.dir, 'blobs', 'sha256', digest.slice('sha256:'.length));
    }
    /** Reads a whole blob, checking its size and sha256 against the descriptor. */
    async readBlob(descriptor) {
        const path = this.blobPath(descriptor.digest);
        let content;
        try {
            const { size } = await (0,promises_.stat)(path);
            if (size !== descriptor.size)
                throw this.sizeMismatch(descriptor, size);
            content = await (0,promises_.readFile)(path);
        }
        catch (error) {
            if (errnoCode(error) === 'ENOENT')
                throw this.fail(`is missing blob ${descriptor.digest} (${descriptor.mediaType})`);
            throw error;
        }
        if (content.length !== descriptor.size)
            throw this.sizeMismatch(descriptor, content.length);
        const actual = `sha256:${(0,external_node_crypto_.createHash)('sha256').update(content).digest('hex')}`;
        if (actual !== descriptor.digest)
            throw this.digestMismatch(descriptor, actual);
        return content;
    }
    /** Streams a blob through sha256 without holding it, for layers; returns its path once it checks out. */
    async verifyBlob(descriptor) {
        const path = this.blobPath(descriptor.digest);
        const hash = (0,external_node_crypto_.createHash)('sha256');
        let size = 0;
        try {
            for await (const chunk of (0,external_node_fs_.createReadStream)(path)) {
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
            throw this.fail(`${what} is not valid JSON: ${(0,errors/* errorMessage */.gJ)(error)}`);
        }
    }
    async readDocument(descriptor, what, parse) {
        if (descriptor.size > MAX_DOCUMENT_SIZE)
            throw this.fail(`${what} ${descriptor.digest} is ${descriptor.size} bytes: too large`);
        const json = this.parseJson(await this.readBlob(descriptor), `${what} ${descriptor.digest}`);
        return wrapFormatError(this.input, this.name, () => parse(json, `${what} ${descriptor.digest}`));
    }
    readIndex(descriptor) {
        return this.readDocument(descriptor, 'image index', media_types/* parseOciIndex */.ri);
    }
    readManifest(descriptor) {
        return this.readDocument(descriptor, 'image manifest', media_types/* parseOciManifest */.Ke);
    }
    readImageConfig(descriptor) {
        return this.readDocument(descriptor, 'image config', media_types/* parseOciImageConfig */.M5);
    }
    /**
     * Follows an image index to the manifest for `arch`, or takes a plain manifest as it is. Without
     * `arch`, an index with one image gives that image, and one with several gives this machine's.
     */
    async selectManifest(descriptor, arch) {
        if ((0,media_types/* isManifestMediaType */.CM)(descriptor.mediaType))
            return { descriptor, manifest: await this.readManifest(descriptor) };
        if (!(0,media_types/* isIndexMediaType */.$$)(descriptor.mediaType)) {
            throw this.fail(`entry ${descriptor.digest} is not an image: its media type is ${descriptor.mediaType}`);
        }
        const index = await this.readIndex(descriptor);
        const images = index.manifests.filter((entry) => (0,media_types/* isManifestMediaType */.CM)(entry.mediaType) && !isAttestation(entry));
        if (images.length === 0) {
            const nested = index.manifests.some((entry) => (0,media_types/* isIndexMediaType */.$$)(entry.mediaType));
            throw this.fail(`image index ${descriptor.digest} lists no image manifests${nested ? ' (nested image indexes are not supported)' : ''}`);
        }
        const platforms = images.map(describePlatform).join(', ');
        let chosen;
        if (arch !== undefined) {
            const wanted = ociArchitecture(arch);
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
            const host = hostArch();
            chosen = host && images.find((entry) => isLinuxOn(entry, ociArchitecture(host)));
            if (!chosen) {
                throw this.fail(`image index ${descriptor.digest} lists several platforms (${platforms}) and none is this machine's (${process.arch}); choose one with the \`arch\` input`);
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
        text = await (0,promises_.readFile)(path, 'utf8');
    }
    catch (error) {
        if (errnoCode(error) === 'ENOENT')
            throw (0,errors/* inputError */.Xu)(input, `${name} is not an OCI image layout: it has no ${what} file`);
        throw (0,errors/* inputError */.Xu)(input, `${name}: cannot read ${what}: ${(0,errors/* errorMessage */.gJ)(error)}`);
    }
    try {
        return JSON.parse(text);
    }
    catch (error) {
        throw (0,errors/* inputError */.Xu)(input, `${name}: ${what} is not valid JSON: ${(0,errors/* errorMessage */.gJ)(error)}`);
    }
}
function wrapFormatError(input, name, parse) {
    try {
        return parse();
    }
    catch (error) {
        if (error instanceof media_types/* OciFormatError */.bj)
            throw (0,errors/* inputError */.Xu)(input, `${name}: ${error.message}`);
        throw error;
    }
}

// EXTERNAL MODULE: ./build/oci/reference.js
var reference = __webpack_require__(20907);
;// CONCATENATED MODULE: ./build/oci/image-boot.js








/** A layer entry that would land outside the extraction directory, or could lead a reader there. */
class UnsafeLayerError extends Error {
    name = 'UnsafeLayerError';
}
const ALLOWED_ENTRY_TYPES = new Set(['File', 'OldFile', 'ContiguousFile', 'Directory', 'SymbolicLink', 'Link']);
const MAX_SYMLINK_HOPS = 40;
/** tar's own zip-bomb guard is a running ratio; a raw disk image of zeros can legitimately exceed it. */
const NO_RATIO_LIMIT = Number.POSITIVE_INFINITY;
function tarCompressionOptions(compression) {
    // gzip and plain tar are recognised by their bytes; zstd only by a file name, which blobs lack.
    return compression === 'zstd' ? { zstd: true } : {};
}
function entryParts(raw) {
    if (raw.startsWith('/'))
        return 'has an absolute path';
    const parts = raw.split('/').filter((part) => part !== '' && part !== '.');
    if (parts.includes('..'))
        return "has a '..' path component";
    return parts;
}
/**
 * Resolves `target` from directory `from` through the archive's symlinks, the way the kernel would
 * once everything is on disk; undefined when it climbs above the root or hops too often.
 */
function resolveInArchive(links, from, target, hops) {
    let stack = [...from];
    for (const part of target.split('/')) {
        if (part === '' || part === '.')
            continue;
        if (part === '..') {
            if (stack.length === 0)
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
        const resolved = resolveInArchive(links, stack, link, hops);
        if (!resolved)
            return undefined;
        stack = resolved;
    }
    return stack;
}
/**
 * Lists a layer and refuses it when any entry is absolute, climbs with `..`, is a device, or is a link
 * that resolves outside the root. `links` carries symlinks across the layers of one image.
 */
async function checkLayerEntries(file, compression, links) {
    const problems = [];
    const onReadEntry = (entry) => {
        const shown = `\`${entry.path}\``;
        const parts = entryParts(entry.path);
        if (typeof parts === 'string') {
            problems.push(`entry ${shown} ${parts}`);
            return;
        }
        if (!ALLOWED_ENTRY_TYPES.has(entry.type)) {
            problems.push(`entry ${shown} is a ${entry.type}; only files, directories and links are allowed`);
            return;
        }
        if (parts.length === 0 && entry.type !== 'Directory') {
            problems.push(`entry ${shown} would replace the extraction directory`);
            return;
        }
        if (parts.length > 0 && parts[parts.length - 1].startsWith('.wh.')) {
            problems.push(`entry ${shown} is a whiteout; layer deletions are not supported`);
            return;
        }
        for (let depth = 1; depth < parts.length; depth++) {
            const through = parts.slice(0, depth).join('/');
            if (links.has(through)) {
                problems.push(`entry ${shown} would be written through symlink \`${through}\``);
                return;
            }
        }
        const key = parts.join('/');
        if (entry.type === 'SymbolicLink') {
            const target = entry.linkpath ?? '';
            if (target.startsWith('/')) {
                problems.push(`symlink ${shown} points to the absolute path \`${target}\`, outside the image`);
                return;
            }
            links.set(key, target);
            return;
        }
        links.delete(key);
        if (entry.type === 'Link') {
            const target = entry.linkpath ?? '';
            const targetParts = entryParts(target);
            if (typeof targetParts === 'string' || !resolveInArchive(links, [], target, { count: 0 })) {
                problems.push(`hard link ${shown} → \`${target}\` points outside the image`);
            }
        }
    };
    await (0,index_min/* list */.p_)({ file, strict: true, maxDecompressionRatio: NO_RATIO_LIMIT, onReadEntry, ...tarCompressionOptions(compression) });
    for (const [path, target] of links) {
        if (!resolveInArchive(links, path.split('/').slice(0, -1), target, { count: 0 })) {
            problems.push(`symlink \`${path}\` → \`${target}\` points outside the image (or loops)`);
        }
    }
    if (problems.length > 0) {
        const shown = problems.slice(0, 5).join('; ');
        throw new UnsafeLayerError(`${shown}${problems.length > 5 ? `; and ${problems.length - 5} more` : ''}`);
    }
}
/**
 * Unpacks a layer that checkLayerEntries accepted. tar's own guards stay on as a second line:
 * strict turns its skip-with-a-warning (`..`, absolute paths, writing through symlinks) into an error.
 */
async function unpackLayer(file, compression, destDir) {
    await (0,index_min/* extract */.o6)({
        file,
        cwd: destDir,
        strict: true,
        preservePaths: false,
        preserveOwner: false,
        unlink: true,
        maxDecompressionRatio: NO_RATIO_LIMIT,
        ...tarCompressionOptions(compression)
    });
}
async function prepareDestination(destDir) {
    await (0,promises_.mkdir)(destDir, { recursive: true });
    const leftovers = await (0,promises_.readdir)(destDir);
    if (leftovers.length > 0)
        throw new Error(`extraction directory ${destDir} is not empty (${leftovers.slice(0, 3).join(', ')})`);
}
/** The host path of an absolute in-image path, if it names a regular file that resolves inside destDir. */
async function locateInImage(destDir, imagePath) {
    const relative = external_node_path_.posix.normalize(`/${imagePath}`).slice(1);
    if (relative === '' || relative.split('/').includes('..'))
        return { problem: `\`${imagePath}\` is not a path inside the image` };
    const hostPath = (0,external_node_path_.join)(destDir, ...relative.split('/'));
    let real;
    try {
        real = await (0,promises_.realpath)(hostPath);
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return undefined;
        throw error;
    }
    const root = await (0,promises_.realpath)(destDir);
    if (real !== root && !real.startsWith(root + external_node_path_.sep))
        return { problem: `${imagePath} resolves outside the image` };
    if (!(await (0,promises_.stat)(real)).isFile())
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
    const image = (0,reference/* formatImageReference */.my)(ref);
    const fail = (message) => (0,errors/* inputError */.Xu)(input, `image ${image}: ${message}`);
    const layout = await OciLayout.open(input, ref.dir);
    const top = await layout.resolve(ref);
    const selected = await layout.selectManifest(top, arch);
    const { manifest } = selected;
    const manifestDigest = selected.descriptor.digest;
    if (!(0,media_types/* isImageConfigMediaType */.i8)(manifest.config.mediaType)) {
        throw fail(`manifest ${manifestDigest} is not a container image: its config media type is ${manifest.config.mediaType} (expected ${media_types/* OCI_CONFIG */.TF})`);
    }
    const config = await layout.readImageConfig(manifest.config);
    if (arch !== undefined && config.architecture !== ociArchitecture(arch)) {
        throw fail(`manifest ${manifestDigest} is for ${config.os}/${config.architecture}, not ${arch} (${ociArchitecture(arch)})`);
    }
    const imageArch = archOfOciArchitecture(config.architecture);
    if (manifest.layers.length === 0)
        throw fail(`manifest ${manifestDigest} has no layers`);
    await prepareDestination(destDir);
    const links = new Map();
    for (const layer of manifest.layers) {
        const compression = (0,media_types/* layerCompression */.AH)(layer.mediaType);
        if (compression === undefined)
            throw fail(`layer ${layer.digest} has media type ${layer.mediaType}, which is not a tar layer`);
        const file = await layout.verifyBlob(layer);
        try {
            await checkLayerEntries(file, compression, links);
        }
        catch (error) {
            if (error instanceof UnsafeLayerError)
                throw fail(`layer ${layer.digest} is unsafe to extract, nothing was extracted from it: ${error.message}`);
            throw fail(`layer ${layer.digest} is not a readable tar archive: ${(0,errors/* errorMessage */.gJ)(error)}`);
        }
        try {
            await unpackLayer(file, compression, destDir);
        }
        catch (error) {
            throw fail(`layer ${layer.digest} could not be extracted: ${(0,errors/* errorMessage */.gJ)(error)}`);
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
    const descriptorFile = await locateInImage(destDir, DESCRIPTOR_PATH);
    if (descriptorFile !== undefined) {
        if ('problem' in descriptorFile)
            throw fail(`descriptor: ${descriptorFile.problem}`);
        const source = `image ${image}: ${DESCRIPTOR_PATH}`;
        let json;
        try {
            json = JSON.parse(await (0,promises_.readFile)(descriptorFile.path, 'utf8'));
        }
        catch (error) {
            throw (0,errors/* inputError */.Xu)(input, `${source} is not valid JSON: ${(0,errors/* errorMessage */.gJ)(error)}`);
        }
        try {
            descriptor = parseDescriptor(json, source);
        }
        catch (error) {
            if (error instanceof errors/* ConfigurationError */.j1)
                throw (0,errors/* inputError */.Xu)(input, error.message);
            throw error;
        }
        if (imageArch !== undefined && descriptor.arch !== imageArch) {
            throw fail(`${DESCRIPTOR_PATH} says arch ${descriptor.arch}, but the image config says ${config.architecture}`);
        }
    }
    const kernel = await required(descriptor?.kernel ?? annotations[media_types/* URUNC_ANNOTATIONS */.Fj.binary] ?? DEFAULT_KERNEL_PATH, 'kernel');
    let initrd;
    const namedInitrd = descriptor?.initrd ?? annotations[media_types/* URUNC_ANNOTATIONS */.Fj.initrd];
    if (namedInitrd !== undefined) {
        initrd = await required(namedInitrd, 'initrd');
    }
    else {
        const found = await locateInImage(destDir, DEFAULT_INITRD_PATH);
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


/***/ })

};
