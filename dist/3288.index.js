export const id = 3288;
export const ids = [3288,907];
export const modules = {

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


/***/ })

};
