export const id = 171;
export const ids = [171];
export const modules = {

/***/ 46937:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BA: () => (/* binding */ parseDescriptor),
/* harmony export */   Cm: () => (/* binding */ BUILD_PLATFORMS),
/* harmony export */   Jk: () => (/* binding */ ociArchitecture),
/* harmony export */   LY: () => (/* binding */ hostArch),
/* harmony export */   MU: () => (/* binding */ DESCRIPTOR_PATH),
/* harmony export */   Qk: () => (/* binding */ archOfOciArchitecture),
/* harmony export */   W9: () => (/* binding */ uruncHypervisorOf),
/* harmony export */   _G: () => (/* binding */ isBuildPlatform),
/* harmony export */   fX: () => (/* binding */ platformOfUruncHypervisor),
/* harmony export */   ii: () => (/* binding */ DEFAULT_KERNEL_PATH),
/* harmony export */   py: () => (/* binding */ vmmOfPlatform),
/* harmony export */   tD: () => (/* binding */ DEFAULT_INITRD_PATH)
/* harmony export */ });
/* unused harmony exports DESCRIPTOR_VERSION, URUNC_HYPERVISORS, PLATFORM_NAMES, platformNames, platformOfVmm, parseBuildPlatform */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(84704);
/* harmony import */ var _runtime_units_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(50200);
/* harmony import */ var _toolchains_types_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(30364);
/* harmony import */ var _vmm_types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(26422);





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
    return _vmm_types_js__WEBPACK_IMPORTED_MODULE_2__/* .ARCHES */ .P.find((arch) => OCI_ARCHITECTURE[arch] === architecture);
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
            fail(field, `\`${pattern}\` is not a valid regular expression: ${(0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(error)}`);
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
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`${source}: \`${field}\` ${problem}`);
    };
    if (!isRecord(json))
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`${source}: expected a JSON object`);
    if (json.version !== DESCRIPTOR_VERSION) {
        const newer = typeof json.version === 'number' && json.version > DESCRIPTOR_VERSION;
        fail('version', newer
            ? `is ${json.version}: written by a newer unikernel-actions; this one reads version ${DESCRIPTOR_VERSION}`
            : `is ${JSON.stringify(json.version)}, expected ${DESCRIPTOR_VERSION}`);
    }
    const toolchain = oneOf(fail, json, 'toolchain', _toolchains_types_js__WEBPACK_IMPORTED_MODULE_4__/* .TOOLCHAIN_NAMES */ .t);
    const platform = oneOf(fail, json, 'platform', BUILD_PLATFORMS);
    const arch = oneOf(fail, json, 'arch', _vmm_types_js__WEBPACK_IMPORTED_MODULE_2__/* .ARCHES */ .P);
    const descriptor = { version: 1, toolchain, platform, arch, kernel: imagePath(fail, json.kernel, 'kernel') };
    const expectedVmm = vmmOfPlatform(platform);
    if (expectedVmm === undefined) {
        if (json.vmm !== undefined)
            fail('vmm', `must be absent: platform ${platform} is build-only`);
    }
    else {
        const vmm = oneOf(fail, json, 'vmm', _vmm_types_js__WEBPACK_IMPORTED_MODULE_2__/* .VMM_NAMES */ .Y);
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

/***/ 54566:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $$: () => (/* binding */ isIndexMediaType),
/* harmony export */   $T: () => (/* binding */ MANIFEST_MEDIA_TYPES),
/* harmony export */   $p: () => (/* binding */ OCI_INDEX),
/* harmony export */   AH: () => (/* binding */ layerCompression),
/* harmony export */   CM: () => (/* binding */ isManifestMediaType),
/* harmony export */   EG: () => (/* binding */ OCI_MANIFEST),
/* harmony export */   Fj: () => (/* binding */ URUNC_ANNOTATIONS),
/* harmony export */   H: () => (/* binding */ ANNOTATION_CREATED),
/* harmony export */   KM: () => (/* binding */ ANNOTATION_SOURCE),
/* harmony export */   Ke: () => (/* binding */ parseOciManifest),
/* harmony export */   M5: () => (/* binding */ parseOciImageConfig),
/* harmony export */   Rp: () => (/* binding */ ANNOTATION_VERSION),
/* harmony export */   TF: () => (/* binding */ OCI_CONFIG),
/* harmony export */   _0: () => (/* binding */ ANNOTATION_REF_NAME),
/* harmony export */   bj: () => (/* binding */ OciFormatError),
/* harmony export */   g1: () => (/* binding */ OCI_EMPTY),
/* harmony export */   i8: () => (/* binding */ isImageConfigMediaType),
/* harmony export */   pM: () => (/* binding */ parseOciLayoutFile),
/* harmony export */   pQ: () => (/* binding */ OCI_LAYER_TAR_GZIP),
/* harmony export */   q9: () => (/* binding */ isSha256Digest),
/* harmony export */   qK: () => (/* binding */ ANNOTATION_REVISION),
/* harmony export */   ri: () => (/* binding */ parseOciIndex),
/* harmony export */   sM: () => (/* binding */ OCI_LAYOUT_VERSION)
/* harmony export */ });
/* unused harmony exports OCI_LAYER_TAR, OCI_LAYER_TAR_ZSTD, DOCKER_MANIFEST_LIST, DOCKER_MANIFEST, DOCKER_CONFIG, DOCKER_LAYER_TAR_GZIP, IMAGE_CONFIG_MEDIA_TYPES, SHA256_DIGEST, parseOciDescriptor */
/**
 * The OCI vocabulary shared by the layout reader, the layout writer and the registry client: media
 * types, annotation keys, the JSON documents they name, and validation of those documents when they
 * come from outside (a layout on disk, a registry).
 */
const OCI_LAYOUT_VERSION = '1.0.0';
const OCI_INDEX = 'application/vnd.oci.image.index.v1+json';
const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
const OCI_CONFIG = 'application/vnd.oci.image.config.v1+json';
const OCI_LAYER_TAR = 'application/vnd.oci.image.layer.v1.tar';
const OCI_LAYER_TAR_GZIP = 'application/vnd.oci.image.layer.v1.tar+gzip';
const OCI_LAYER_TAR_ZSTD = 'application/vnd.oci.image.layer.v1.tar+zstd';
const OCI_EMPTY = 'application/vnd.oci.empty.v1+json';
const DOCKER_MANIFEST_LIST = 'application/vnd.docker.distribution.manifest.list.v2+json';
const DOCKER_MANIFEST = 'application/vnd.docker.distribution.manifest.v2+json';
const DOCKER_CONFIG = 'application/vnd.docker.container.image.v1+json';
const DOCKER_LAYER_TAR_GZIP = 'application/vnd.docker.image.rootfs.diff.tar.gzip';
/** Every manifest type we read, for a registry's `Accept` header (a registry answers 404 to an OCI manifest it may not send). */
const MANIFEST_MEDIA_TYPES = [OCI_INDEX, OCI_MANIFEST, DOCKER_MANIFEST_LIST, DOCKER_MANIFEST];
const IMAGE_CONFIG_MEDIA_TYPES = [OCI_CONFIG, DOCKER_CONFIG];
const LAYER_COMPRESSION = {
    [OCI_LAYER_TAR]: 'none',
    [OCI_LAYER_TAR_GZIP]: 'gzip',
    [OCI_LAYER_TAR_ZSTD]: 'zstd',
    [DOCKER_LAYER_TAR_GZIP]: 'gzip'
};
/** The compression of a filesystem layer, or undefined when the media type is not a tar layer we can unpack. */
function layerCompression(mediaType) {
    return LAYER_COMPRESSION[mediaType];
}
function isIndexMediaType(mediaType) {
    return mediaType === OCI_INDEX || mediaType === DOCKER_MANIFEST_LIST;
}
function isManifestMediaType(mediaType) {
    return mediaType === OCI_MANIFEST || mediaType === DOCKER_MANIFEST;
}
function isImageConfigMediaType(mediaType) {
    return IMAGE_CONFIG_MEDIA_TYPES.includes(mediaType);
}
/** Standard annotation keys (OCI image spec, annotations.md). */
const ANNOTATION_REF_NAME = 'org.opencontainers.image.ref.name';
const ANNOTATION_SOURCE = 'org.opencontainers.image.source';
const ANNOTATION_REVISION = 'org.opencontainers.image.revision';
const ANNOTATION_VERSION = 'org.opencontainers.image.version';
const ANNOTATION_CREATED = 'org.opencontainers.image.created';
/** urunc reads these from the manifest to run an image as a unikernel. */
const URUNC_ANNOTATIONS = {
    unikernelType: 'com.urunc.unikernel.unikernelType',
    hypervisor: 'com.urunc.unikernel.hypervisor',
    binary: 'com.urunc.unikernel.binary',
    cmdline: 'com.urunc.unikernel.cmdline',
    initrd: 'com.urunc.unikernel.initrd'
};
const SHA256_DIGEST = /^sha256:[a-f0-9]{64}$/;
function isSha256Digest(value) {
    return SHA256_DIGEST.test(value);
}
/** A document that does not have the shape its media type promises; `where` says which document. */
class OciFormatError extends Error {
    name = 'OciFormatError';
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function fail(where, problem) {
    throw new OciFormatError(`${where}: ${problem}`);
}
function parseAnnotations(value, where) {
    if (value === undefined)
        return undefined;
    if (!isRecord(value) || !Object.values(value).every((v) => typeof v === 'string')) {
        fail(where, '`annotations` must be an object of strings');
    }
    return value;
}
function parsePlatform(value, where) {
    if (value === undefined)
        return undefined;
    if (!isRecord(value) || typeof value.architecture !== 'string' || typeof value.os !== 'string') {
        fail(where, '`platform` must have string `architecture` and `os`');
    }
    if (value.variant !== undefined && typeof value.variant !== 'string')
        fail(where, '`platform.variant` must be a string');
    return value;
}
/** Validates a descriptor; the digest check matters beyond form: a digest becomes a path under `blobs/`. */
function parseOciDescriptor(value, where) {
    if (!isRecord(value))
        fail(where, 'a descriptor must be an object');
    const { mediaType, digest, size } = value;
    if (typeof mediaType !== 'string' || mediaType === '')
        fail(where, 'descriptor has no `mediaType`');
    if (typeof digest !== 'string')
        fail(where, 'descriptor has no `digest`');
    if (!isSha256Digest(digest)) {
        fail(where, `digest \`${digest}\` is not supported: expected sha256: followed by 64 lowercase hex digits`);
    }
    if (typeof size !== 'number' || !Number.isSafeInteger(size) || size < 0) {
        fail(where, `descriptor ${digest} has an invalid \`size\``);
    }
    const descriptor = { mediaType, digest, size };
    const annotations = parseAnnotations(value.annotations, `${where} (${digest})`);
    if (annotations)
        descriptor.annotations = annotations;
    const platform = parsePlatform(value.platform, `${where} (${digest})`);
    if (platform)
        descriptor.platform = platform;
    if (typeof value.artifactType === 'string')
        descriptor.artifactType = value.artifactType;
    if (Array.isArray(value.urls))
        descriptor.urls = value.urls.filter((url) => typeof url === 'string');
    if (typeof value.data === 'string')
        descriptor.data = value.data;
    return descriptor;
}
function parseSchemaVersion(value, where) {
    if (value.schemaVersion !== 2)
        fail(where, `\`schemaVersion\` is ${JSON.stringify(value.schemaVersion)}, expected 2`);
}
function parseOciIndex(value, where) {
    if (!isRecord(value))
        fail(where, 'an image index must be a JSON object');
    parseSchemaVersion(value, where);
    if (value.mediaType !== undefined && !isIndexMediaType(String(value.mediaType))) {
        fail(where, `\`mediaType\` is ${String(value.mediaType)}, not an image index`);
    }
    if (!Array.isArray(value.manifests))
        fail(where, 'an image index needs a `manifests` array');
    const index = {
        schemaVersion: 2,
        manifests: value.manifests.map((entry, i) => parseOciDescriptor(entry, `${where} manifests[${i}]`))
    };
    if (typeof value.mediaType === 'string')
        index.mediaType = value.mediaType;
    if (typeof value.artifactType === 'string')
        index.artifactType = value.artifactType;
    if (value.subject !== undefined)
        index.subject = parseOciDescriptor(value.subject, `${where} subject`);
    const annotations = parseAnnotations(value.annotations, where);
    if (annotations)
        index.annotations = annotations;
    return index;
}
function parseOciManifest(value, where) {
    if (!isRecord(value))
        fail(where, 'an image manifest must be a JSON object');
    parseSchemaVersion(value, where);
    if (value.mediaType !== undefined && !isManifestMediaType(String(value.mediaType))) {
        fail(where, `\`mediaType\` is ${String(value.mediaType)}, not an image manifest`);
    }
    if (!Array.isArray(value.layers))
        fail(where, 'an image manifest needs a `layers` array');
    const manifest = {
        schemaVersion: 2,
        config: parseOciDescriptor(value.config, `${where} config`),
        layers: value.layers.map((layer, i) => parseOciDescriptor(layer, `${where} layers[${i}]`))
    };
    if (typeof value.mediaType === 'string')
        manifest.mediaType = value.mediaType;
    if (typeof value.artifactType === 'string')
        manifest.artifactType = value.artifactType;
    if (value.subject !== undefined)
        manifest.subject = parseOciDescriptor(value.subject, `${where} subject`);
    const annotations = parseAnnotations(value.annotations, where);
    if (annotations)
        manifest.annotations = annotations;
    return manifest;
}
function parseOciImageConfig(value, where) {
    if (!isRecord(value))
        fail(where, 'an image config must be a JSON object');
    if (typeof value.architecture !== 'string' || value.architecture === '')
        fail(where, 'image config has no `architecture`');
    if (typeof value.os !== 'string' || value.os === '')
        fail(where, 'image config has no `os`');
    const rootfs = value.rootfs;
    if (!isRecord(rootfs) || rootfs.type !== 'layers' || !Array.isArray(rootfs.diff_ids)) {
        fail(where, 'image config needs `rootfs` with type `layers` and a `diff_ids` array');
    }
    return value;
}
function parseOciLayoutFile(value, where) {
    if (!isRecord(value) || typeof value.imageLayoutVersion !== 'string')
        fail(where, 'expected {"imageLayoutVersion": "1.0.0"}');
    if (value.imageLayoutVersion !== OCI_LAYOUT_VERSION) {
        fail(where, `imageLayoutVersion is ${value.imageLayoutVersion}; only ${OCI_LAYOUT_VERSION} is supported`);
    }
    return { imageLayoutVersion: value.imageLayoutVersion };
}


/***/ }),

/***/ 20907:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ZR: () => (/* binding */ parseLayoutReference),
/* harmony export */   my: () => (/* binding */ formatImageReference),
/* harmony export */   o_: () => (/* binding */ parseImageReference),
/* harmony export */   qq: () => (/* binding */ parseRegistryReference),
/* harmony export */   r_: () => (/* binding */ isValidTag)
/* harmony export */ });
/* unused harmony export TAG_PATTERN */
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77030);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(84704);
/* harmony import */ var _media_types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(54566);



/** OCI distribution spec tag grammar (also Docker's). */
const TAG_PATTERN = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/;
/** One repository path component, OCI distribution spec grammar. */
const REPOSITORY_COMPONENT = /^[a-z0-9]+(?:(?:\.|_|__|-+)[a-z0-9]+)*$/;
const HOSTNAME = /^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*$/;
const NAME_MAX_LENGTH = 255;
const LAYOUT_EXAMPLE = 'e.g. oci:out/image:1.0 or oci:out/image@sha256:<64 hex>';
const REGISTRY_EXAMPLE = 'e.g. ghcr.io/acme/web:1.0 or localhost:5000/web@sha256:<64 hex>';
/** Digest algorithms registered by the OCI image spec, refused by name rather than misparsed as dir:tag. */
const OTHER_DIGEST_SUFFIX = /@(sha\d+|blake3):[^/:@]*$/;
const DIGEST_EXPECTED = 'expected sha256: followed by 64 lowercase hex digits';
/** Transports other tools accept that we do not, so their references get a pointed message. */
const FOREIGN_TRANSPORT = /^(docker|docker-archive|docker-daemon|oci-archive|dir|containers-storage|ostree|sif):/;
function isValidTag(tag) {
    return TAG_PATTERN.test(tag);
}
/** Parses either kind: `oci:` starts a layout reference, anything else must be a registry-qualified name. */
function parseImageReference(input, value) {
    if (value.startsWith('oci:'))
        return parseLayoutReference(input, value);
    return parseRegistryReference(input, value);
}
function parseLayoutReference(input, value) {
    if (!value.startsWith('oci:')) {
        throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)(input, `\`${value}\` is not a local image reference (${LAYOUT_EXAMPLE})`);
    }
    const rest = value.slice('oci:'.length);
    // A digest suffix is parsed first, so only a digest reference may name a directory containing ':'.
    const algorithm = OTHER_DIGEST_SUFFIX.exec(rest)?.[1];
    if (algorithm !== undefined && algorithm !== 'sha256') {
        throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)(input, `\`${value}\`: ${algorithm} digests are not supported: ${DIGEST_EXPECTED}`);
    }
    const at = rest.lastIndexOf('@');
    if (at >= 0 && rest.slice(at + 1).startsWith('sha256:')) {
        const dir = rest.slice(0, at);
        const digest = rest.slice(at + 1);
        if (!(0,_media_types_js__WEBPACK_IMPORTED_MODULE_1__/* .isSha256Digest */ .q9)(digest))
            throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)(input, `\`${value}\`: digest \`${digest}\` is invalid: ${DIGEST_EXPECTED}`);
        if (dir === '')
            throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)(input, `\`${value}\` names no directory (${LAYOUT_EXAMPLE})`);
        return { kind: 'layout', dir, digest };
    }
    const colon = rest.indexOf(':');
    const dir = colon < 0 ? rest : rest.slice(0, colon);
    if (dir === '')
        throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)(input, `\`${value}\` names no directory (${LAYOUT_EXAMPLE})`);
    if (colon < 0)
        return { kind: 'layout', dir };
    const tag = rest.slice(colon + 1);
    if (tag === '')
        throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)(input, `\`${value}\` has an empty tag after ':' (${LAYOUT_EXAMPLE})`);
    if (!isValidTag(tag)) {
        const hint = tag.includes(':') || tag.includes('/')
            ? '; the directory ends at the first \':\', so a directory containing \':\' can only be referenced by digest'
            : '';
        throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)(input, `\`${value}\`: \`${tag}\` is not a valid tag (letters, digits, '_', '.', '-'; at most 128, not starting with '.' or '-')${hint} (${LAYOUT_EXAMPLE})`);
    }
    return { kind: 'layout', dir, tag };
}
function looksLikeRegistryHost(component) {
    return component.includes('.') || component.includes(':') || component === 'localhost' || component.startsWith('[');
}
function validateRegistryHost(input, value, host) {
    const invalid = () => {
        throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)(input, `\`${value}\`: \`${host}\` is not a valid registry host (${REGISTRY_EXAMPLE})`);
    };
    let port;
    if (host.startsWith('[')) {
        const close = host.indexOf(']');
        if (close < 0 || !(0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIPv6)(host.slice(1, close)))
            invalid();
        const after = host.slice(close + 1);
        if (after !== '' && !after.startsWith(':'))
            invalid();
        if (after !== '')
            port = after.slice(1);
    }
    else {
        const colon = host.indexOf(':');
        if (!HOSTNAME.test(colon < 0 ? host : host.slice(0, colon)))
            invalid();
        if (colon >= 0)
            port = host.slice(colon + 1);
    }
    if (port !== undefined && (!/^\d{1,5}$/.test(port) || Number(port) < 1 || Number(port) > 65535)) {
        throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)(input, `\`${value}\`: \`${port}\` is not a valid port in \`${host}\` (${REGISTRY_EXAMPLE})`);
    }
}
function dockerHubSuggestion(name, tag, digest) {
    const repository = name.includes('/') ? name : `library/${name}`;
    return `docker.io/${repository}${tag ? `:${tag}` : ''}${digest ? `@${digest}` : ''}`;
}
function parseRegistryReference(input, value) {
    const transport = FOREIGN_TRANSPORT.exec(value);
    if (transport) {
        const hint = transport[1] === 'docker' ? `; write the registry name without \`docker://\`` : '';
        throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)(input, `\`${value}\`: the \`${transport[1]}:\` transport is not supported${hint} (${REGISTRY_EXAMPLE}, or ${LAYOUT_EXAMPLE})`);
    }
    if (value === '' || /\s/.test(value))
        throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)(input, `\`${value}\` is not an image reference (${REGISTRY_EXAMPLE})`);
    let rest = value;
    let digest;
    const at = rest.indexOf('@');
    if (at >= 0) {
        digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
        if (!(0,_media_types_js__WEBPACK_IMPORTED_MODULE_1__/* .isSha256Digest */ .q9)(digest))
            throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)(input, `\`${value}\`: digest \`${digest}\` is invalid: ${DIGEST_EXPECTED}`);
    }
    let tag;
    const lastColon = rest.lastIndexOf(':');
    if (lastColon > rest.lastIndexOf('/') && !rest.slice(lastColon).includes(']')) {
        tag = rest.slice(lastColon + 1);
        rest = rest.slice(0, lastColon);
        if (!isValidTag(tag)) {
            throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)(input, `\`${value}\`: \`${tag}\` is not a valid tag (letters, digits, '_', '.', '-'; at most 128, not starting with '.' or '-')`);
        }
    }
    const slash = rest.indexOf('/');
    const first = slash < 0 ? rest : rest.slice(0, slash);
    if (!looksLikeRegistryHost(first)) {
        throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)(input, `\`${value}\` is not registry-qualified: it would be an implicit Docker Hub reference; write the registry explicitly, e.g. \`${dockerHubSuggestion(rest, tag, digest)}\``);
    }
    if (slash < 0 || slash === rest.length - 1) {
        throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)(input, `\`${value}\` names a registry but no repository (${REGISTRY_EXAMPLE})`);
    }
    const registry = first;
    const repository = rest.slice(slash + 1);
    validateRegistryHost(input, value, registry);
    for (const component of repository.split('/')) {
        if (REPOSITORY_COMPONENT.test(component))
            continue;
        const hint = component !== component.toLowerCase() ? '; repository names are lowercase' : '';
        throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)(input, `\`${value}\`: \`${component}\` is not a valid repository path component (lowercase letters and digits, separated by '.', '_', '__' or '-')${hint} (${REGISTRY_EXAMPLE})`);
    }
    if (registry.length + 1 + repository.length > NAME_MAX_LENGTH) {
        throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)(input, `\`${value}\`: the name is longer than ${NAME_MAX_LENGTH} characters`);
    }
    const reference = { kind: 'registry', registry, repository };
    if (tag !== undefined)
        reference.tag = tag;
    if (digest !== undefined)
        reference.digest = digest;
    return reference;
}
function formatImageReference(reference) {
    if (reference.kind === 'layout') {
        if (reference.digest)
            return `oci:${reference.dir}@${reference.digest}`;
        if (reference.tag)
            return `oci:${reference.dir}:${reference.tag}`;
        return `oci:${reference.dir}`;
    }
    return `${reference.registry}/${reference.repository}${reference.tag ? `:${reference.tag}` : ''}${reference.digest ? `@${reference.digest}` : ''}`;
}


/***/ }),

/***/ 50200:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ parseMemoryMiB)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(84704);

const UNIT_TO_MIB = { '': 1, k: 1 / 1024, m: 1, g: 1024, t: 1024 * 1024 };
/** `128M`, `1G`, `512Mi`, `256` (MiB) → MiB. Used for `memory` everywhere. */
function parseMemoryMiB(input, value) {
    const match = /^(\d+)\s*([kmgt]?)(i?b?)$/i.exec(value.trim());
    if (!match)
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(input, `\`${value}\` is not a memory size (e.g. 128M, 1G)`);
    const mib = Number(match[1]) * UNIT_TO_MIB[match[2].toLowerCase()];
    if (!Number.isInteger(mib) || mib < 1)
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(input, `\`${value}\` must be a whole number of MiB, at least 1M`);
    return mib;
}


/***/ }),

/***/ 30364:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ BUILD_TOOLCHAIN_NAMES),
/* harmony export */   t: () => (/* binding */ TOOLCHAIN_NAMES)
/* harmony export */ });
const TOOLCHAIN_NAMES = ['unikraft', 'solo5', 'nanos', 'hermit', 'mirage', 'custom'];
// ------------------------------------------------------------------------------------- the build side
/** The toolchains `build` drives (solo5 is a boot profile only: its kernels come from mirage). */
const BUILD_TOOLCHAIN_NAMES = ['custom', 'unikraft', 'nanos', 'mirage', 'hermit'];


/***/ }),

/***/ 26422:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ ARCHES),
/* harmony export */   Y: () => (/* binding */ VMM_NAMES)
/* harmony export */ });
const ARCHES = ['x86_64', 'arm64'];
const VMM_NAMES = ['qemu', 'solo5-spt', 'solo5-hvt', 'firecracker', 'uhyve'];


/***/ })

};
