export const id = 3364;
export const ids = [3364,907,3288];
export const modules = {

/***/ 79284:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  GITHUB_ACTIONS_ISSUER: () => (/* binding */ GITHUB_ACTIONS_ISSUER),
  VERIFY_INPUTS: () => (/* binding */ VERIFY_INPUTS),
  verifyAction: () => (/* binding */ verifyAction)
});

// EXTERNAL MODULE: ./build/runtime/errors.js
var errors = __webpack_require__(84704);
// EXTERNAL MODULE: ./build/signing/keys.js
var keys = __webpack_require__(88426);
// EXTERNAL MODULE: ./build/signing/targets.js
var targets = __webpack_require__(13494);
// EXTERNAL MODULE: ./build/oci/media-types.js
var media_types = __webpack_require__(54566);
// EXTERNAL MODULE: ./build/signing/cosign-annotations.js
var cosign_annotations = __webpack_require__(63454);
// EXTERNAL MODULE: ./build/signing/dsse.js
var dsse = __webpack_require__(54631);
// EXTERNAL MODULE: ./build/signing/formats.js
var signing_formats = __webpack_require__(6564);
// EXTERNAL MODULE: ./build/signing/provenance.js
var provenance = __webpack_require__(96353);
;// CONCATENATED MODULE: ./build/signing/verify-image.js







const ANNOTATION_RFC3161 = 'dev.sigstore.cosign/rfc3161timestamp';
function decode(value) {
    return Buffer.from(value ?? '', 'base64');
}
function kindVersionOf(body) {
    try {
        const json = JSON.parse(decode(body).toString('utf8'));
        return { kind: json.kind ?? '', version: json.apiVersion ?? '' };
    }
    catch {
        return { kind: '', version: '' };
    }
}
/**
 * A cosign layer's certificate, Rekor SET and timestamp, as a v0.1 bundle around `content`, so the
 * Sigstore verifier checks a keyless `.sig`/`.att` exactly as it checks a bundle.
 */
function bundleFromCosignLayer(annotations, content) {
    const certificate = (0,keys/* pemBody */.zR)(annotations[signing_formats/* ANNOTATION_CERTIFICATE */.MF] ?? '', 'CERTIFICATE');
    if (!certificate)
        return undefined;
    const rekor = (0,cosign_annotations/* parseRekorBundleAnnotation */.gw)(annotations['dev.sigstore.cosign/bundle']);
    let timestamp;
    try {
        timestamp = JSON.parse(annotations[ANNOTATION_RFC3161] ?? 'null')?.SignedRFC3161Timestamp;
    }
    catch {
        timestamp = undefined;
    }
    return {
        mediaType: 'application/vnd.dev.sigstore.bundle+json;version=0.1',
        verificationMaterial: {
            x509CertificateChain: { certificates: [{ rawBytes: certificate.toString('base64') }] },
            tlogEntries: rekor
                ? [
                    {
                        logIndex: String(rekor.Payload.logIndex),
                        logId: { keyId: Buffer.from(rekor.Payload.logID, 'hex').toString('base64') },
                        kindVersion: kindVersionOf(rekor.Payload.body),
                        integratedTime: String(rekor.Payload.integratedTime),
                        inclusionPromise: { signedEntryTimestamp: rekor.SignedEntryTimestamp },
                        canonicalizedBody: rekor.Payload.body
                    }
                ]
                : [],
            timestampVerificationData: { rfc3161Timestamps: timestamp ? [{ signedTimestamp: timestamp }] : [] }
        },
        ...content
    };
}
/** Checks a DSSE envelope's signature under `trust`; throws with the reason. */
function verifyEnvelope(trust, envelope, bundle) {
    if (trust.kind === 'key') {
        const signed = (0,dsse/* preAuthEncoding */.JC)(envelope.payloadType, decode(envelope.payload));
        if (!envelope.signatures.some((s) => (0,keys/* verifySignature */.Od)(trust.key, signed, decode(s.sig))))
            throw new Error('the DSSE signature does not verify with the given key');
        return;
    }
    if (!bundle)
        throw new Error('it carries no certificate (signed with a key, not keyless)');
    trust.verifier.verify(bundle);
}
function statementOf(envelope) {
    const value = envelope.payloadType === 'application/vnd.in-toto+json' ? (0,dsse/* parseStatement */.By)(decode(envelope.payload)) : undefined;
    if (!value)
        throw new Error(`its payload is not an in-toto statement (payload type ${envelope.payloadType})`);
    return value;
}
class ImageVerifier {
    store;
    options;
    constructor(store, options) {
        this.store = store;
        this.options = options;
    }
    async attachmentLayers(digest, kind) {
        const tagged = await this.store.getTagged((0,signing_formats/* attachmentTag */.Ko)(digest, kind));
        if (!tagged || !(0,media_types/* isManifestMediaType */.CM)(tagged.descriptor.mediaType))
            return undefined;
        return (0,media_types/* parseOciManifest */.Ke)(JSON.parse(tagged.bytes.toString('utf8')), (0,signing_formats/* attachmentTag */.Ko)(digest, kind)).layers;
    }
    /** Format `cosign`: any simple-signing layer of `sha256-<hex>.sig` that names this digest and verifies. */
    async cosignSignature(digest) {
        const tag = (0,signing_formats/* attachmentTag */.Ko)(digest, 'sig');
        const layers = await this.attachmentLayers(digest, 'sig');
        if (!layers)
            return { verified: false, detail: `no cosign signature (${tag})` };
        const rejections = [];
        for (const [i, layer] of layers.entries()) {
            const where = `${tag} layer ${i + 1}`;
            try {
                if (layer.mediaType !== signing_formats/* SIMPLE_SIGNING_MEDIA_TYPE */.$r)
                    throw new Error(`media type ${layer.mediaType} is not a simple-signing payload`);
                const payload = await this.store.readBlob(layer);
                const parsed = (0,signing_formats/* parseSimpleSigningPayload */.$l)(payload);
                if (!parsed)
                    throw new Error('the payload is not a simple-signing payload');
                if (parsed.type !== signing_formats/* SIMPLE_SIGNING_TYPE */.g7)
                    throw new Error(`the payload type is \`${parsed.type}\``);
                if (parsed.manifestDigest !== digest)
                    throw new Error(`the payload signs ${parsed.manifestDigest}, not this digest`);
                if (this.options.dockerReference && parsed.dockerReference !== this.options.dockerReference) {
                    throw new Error(`the payload names ${parsed.dockerReference}, not ${this.options.dockerReference}`);
                }
                const annotations = layer.annotations ?? {};
                const signature = decode(annotations[signing_formats/* ANNOTATION_SIGNATURE */.LR]);
                const { trust } = this.options;
                if (trust.kind === 'key') {
                    if (!(0,keys/* verifySignature */.Od)(trust.key, payload, signature))
                        throw new Error('the signature does not verify with the given key');
                }
                else {
                    const bundle = bundleFromCosignLayer(annotations, {
                        messageSignature: { messageDigest: { algorithm: 'SHA2_256', digest: Buffer.from((0,signing_formats/* sha256Hex */.fg)(payload), 'hex').toString('base64') }, signature: signature.toString('base64') }
                    });
                    if (!bundle)
                        throw new Error('it carries no certificate (signed with a key, not keyless)');
                    trust.verifier.verify(bundle, payload);
                }
                return { verified: true, detail: where };
            }
            catch (error) {
                rejections.push(`${where}: ${(0,errors/* errorMessage */.gJ)(error)}`);
            }
        }
        return { verified: false, detail: rejections.join('; ') || `${tag} holds no signatures` };
    }
    /** Statements in `sha256-<hex>.att` DSSE layers that verify and name this digest. */
    async attestationLayers(digest, rejections) {
        const tag = (0,signing_formats/* attachmentTag */.Ko)(digest, 'att');
        const layers = (await this.attachmentLayers(digest, 'att')) ?? [];
        const accepted = [];
        for (const [i, layer] of layers.entries()) {
            const where = `${tag} layer ${i + 1}`;
            try {
                if (layer.mediaType !== signing_formats/* DSSE_MEDIA_TYPE */.OO)
                    throw new Error(`media type ${layer.mediaType} is not a DSSE envelope`);
                const envelope = (0,dsse/* parseEnvelope */.mE)(await this.store.readBlob(layer));
                if (!envelope)
                    throw new Error('not a DSSE envelope');
                verifyEnvelope(this.options.trust, envelope, bundleFromCosignLayer(layer.annotations ?? {}, { dsseEnvelope: envelope }));
                const statement = statementOf(envelope);
                if (!(0,dsse/* statementCovers */.g)(statement, digest))
                    throw new Error('its statement does not name this digest');
                accepted.push({ where, statement });
            }
            catch (error) {
                rejections.push(`${where}: ${(0,errors/* errorMessage */.gJ)(error)}`);
            }
        }
        return accepted;
    }
    /** Statements in bundle referrers that verify and name this digest. */
    async bundleReferrers(digest, rejections) {
        const accepted = [];
        for (const referrer of await this.store.referrers(digest)) {
            if (referrer.artifactType !== signing_formats/* BUNDLE_MEDIA_TYPE */.NV)
                continue;
            const where = `bundle ${referrer.digest}`;
            try {
                const manifest = (0,media_types/* parseOciManifest */.Ke)(JSON.parse((await this.store.getByDigest(referrer.digest)).bytes.toString('utf8')), where);
                if (manifest.subject?.digest !== digest)
                    throw new Error('its subject is another digest');
                const layer = manifest.layers[0];
                if (!layer)
                    throw new Error('it has no bundle layer');
                const bundle = JSON.parse((await this.store.readBlob(layer)).toString('utf8'));
                if (!bundle.dsseEnvelope)
                    throw new Error('the bundle holds no DSSE envelope');
                verifyEnvelope(this.options.trust, bundle.dsseEnvelope, bundle);
                const statement = statementOf(bundle.dsseEnvelope);
                if (!(0,dsse/* statementCovers */.g)(statement, digest))
                    throw new Error('its statement does not name this digest');
                accepted.push({ where, statement });
            }
            catch (error) {
                rejections.push(`${where}: ${(0,errors/* errorMessage */.gJ)(error)}`);
            }
        }
        return accepted;
    }
    async verify(image, digest) {
        const { formats } = this.options;
        const result = { image, digest, verified: false, signatures: {}, reason: '' };
        const wantsProvenance = this.options.requireProvenance || this.options.sourceRepository !== undefined;
        const bundleRejections = [];
        const bundles = formats.includes('bundle') || wantsProvenance ? await this.bundleReferrers(digest, bundleRejections) : [];
        if (formats.includes('cosign'))
            result.signatures.cosign = await this.cosignSignature(digest);
        if (formats.includes('bundle')) {
            const signature = bundles.find((c) => c.statement?.predicateType === signing_formats/* COSIGN_SIGN_PREDICATE */.u);
            result.signatures.bundle = signature
                ? { verified: true, detail: signature.where }
                : { verified: false, detail: bundleRejections.join('; ') || `no signature bundle refers to ${digest}` };
        }
        if (wantsProvenance) {
            const attRejections = [];
            const candidates = [...(await this.attestationLayers(digest, attRejections)), ...bundles];
            const rejections = [...attRejections, ...bundleRejections];
            const slsa = candidates.filter((c) => c.statement?.predicateType === signing_formats/* SLSA_PROVENANCE_V1 */.us);
            const wanted = this.options.sourceRepository;
            const matching = wanted === undefined ? slsa : slsa.filter((c) => (0,provenance/* sameRepository */.RB)((0,provenance/* provenanceRepository */.m$)(c.statement?.predicate) ?? '', wanted));
            if (matching.length > 0)
                result.provenance = { verified: true, detail: matching[0].where };
            else if (slsa.length > 0) {
                result.provenance = { verified: false, detail: `provenance names ${[...new Set(slsa.map((c) => (0,provenance/* provenanceRepository */.m$)(c.statement?.predicate) ?? 'no repository'))].join(', ')}, not ${wanted}` };
            }
            else
                result.provenance = { verified: false, detail: rejections.length > 0 ? `no valid SLSA provenance (${rejections.join('; ')})` : `no SLSA provenance attestation for ${digest}` };
        }
        const signed = Object.values(result.signatures).some((r) => r?.verified);
        const provenanceOk = !wantsProvenance || result.provenance?.verified === true;
        result.verified = signed && provenanceOk;
        if (result.verified) {
            const via = Object.entries(result.signatures)
                .filter(([, r]) => r?.verified)
                .map(([format]) => format);
            result.reason = `signed (${via.join(', ')})${wantsProvenance ? ', provenance verified' : ''}`;
        }
        else if (!signed) {
            result.reason = `not signed as required: ${Object.entries(result.signatures)
                .map(([format, r]) => `${format}: ${r?.detail}`)
                .join(' | ')}`;
        }
        else
            result.reason = `provenance: ${result.provenance?.detail}`;
        return result;
    }
}

// EXTERNAL MODULE: ./build/signing/summary.js
var summary = __webpack_require__(59332);
// EXTERNAL MODULE: ./build/signing/action-inputs.js
var action_inputs = __webpack_require__(84300);
// EXTERNAL MODULE: ./build/signing/registry-access.js
var registry_access = __webpack_require__(15744);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./build/actions/verify.js









/** Every input of `verify`, as in its action.yml (the CLI accepts exactly these as flags). */
const VERIFY_INPUTS = [
    'image', 'identity', 'key', 'certificate-identity', 'certificate-oidc-issuer', 'trusted-root', 'format', 'provenance', 'source-repository', 'username', 'password', 'github-token', 'docker-config', 'insecure'
];
/** Who issues GitHub Actions' OIDC tokens: the default `certificate-oidc-issuer`. */
const GITHUB_ACTIONS_ISSUER = 'https://token.actions.githubusercontent.com';
/** The `trusted-root` input: inline JSON (or JSON Lines), or the path of such a file. */
function trustedRootText(value) {
    if (value.trimStart().startsWith('{'))
        return value;
    if (!(0,external_node_fs_.existsSync)(value))
        throw (0,errors/* inputError */.Xu)('trusted-root', `\`${value}\` is neither trusted-root JSON nor an existing file`);
    return (0,external_node_fs_.readFileSync)(value, 'utf8');
}
async function readTrust(context) {
    const { inputs } = context;
    const keyValue = inputs.optional('key');
    const keyText = keyValue === undefined ? undefined : (0,action_inputs/* keyMaterial */.vN)(keyValue);
    const identity = inputs.optional('certificate-identity');
    const issuer = inputs.optional('certificate-oidc-issuer') ?? GITHUB_ACTIONS_ISSUER;
    if (keyText) {
        if (identity)
            throw (0,errors/* inputError */.Xu)('key', 'and `certificate-identity` exclude each other: verify against a key or against a keyless identity');
        return { kind: 'key', key: (0,keys/* loadPublicKey */.fg)(keyText) };
    }
    if (!identity) {
        throw (0,errors/* inputError */.Xu)('certificate-identity', 'or `key` is required: e.g. certificate-identity https://github.com/acme/web/.github/workflows/release.yml@refs/heads/main for keyless signatures made by that workflow');
    }
    const { keylessVerifier, parseTrustedRoots, publicGoodTrustedRoot } = await Promise.all(/* import() */[__webpack_require__.e(5128), __webpack_require__.e(4187), __webpack_require__.e(9588)]).then(__webpack_require__.bind(__webpack_require__, 49588));
    const rootInput = inputs.optional('trusted-root');
    let roots;
    if (rootInput) {
        try {
            roots = parseTrustedRoots(trustedRootText(rootInput));
        }
        catch (error) {
            if (error instanceof SyntaxError)
                throw (0,errors/* inputError */.Xu)('trusted-root', `is not trusted-root JSON: ${error.message}`);
            throw error;
        }
    }
    else {
        context.logger.info('Fetching the public-good Sigstore trusted root (TUF); give `trusted-root` for another instance');
        roots = [await publicGoodTrustedRoot((0,external_node_path_.join)(context.workRoot, 'sigstore-tuf'))];
    }
    try {
        return { kind: 'keyless', verifier: keylessVerifier(roots, { identity, issuer }) };
    }
    catch (error) {
        throw (0,errors/* inputError */.Xu)('trusted-root', `is not a usable trusted root: ${error.message}`);
    }
}
/** `verify`: every image must carry a signature (any requested format) by the key or identity, and provenance when asked. */
async function verifyAction(context) {
    const { inputs, logger, outputs } = context;
    const formats = (0,action_inputs/* readFormats */.vM)(inputs);
    const requireProvenance = inputs.boolean('provenance', false);
    const sourceRepository = inputs.optional('source-repository');
    const trust = await readTrust(context);
    const requests = (0,targets/* requestedImages */.JO)(inputs, context.jobState, 'verify');
    const openRegistry = (0,registry_access/* registryOpener */.z)({ inputs, env: context.env, logger, mask: (0,action_inputs/* maskFor */.Ah)(context), access: 'pull', firstRegistry: (0,action_inputs/* firstRegistryOf */.rm)(requests) });
    const results = [];
    for (const request of requests) {
        const target = await (0,targets/* openTarget */.Ap)(request, openRegistry, { requireIdentity: false, requireDigest: false });
        try {
            const verifier = new ImageVerifier(target.store, { trust, formats, requireProvenance, sourceRepository, dockerReference: target.identity });
            const result = await verifier.verify(target.image, target.digest);
            results.push(result);
            if (result.verified)
                logger.info(`✔ ${target.image} (${target.digest}): ${result.reason}`);
            else
                logger.error(`${target.image} (${target.digest}) does not verify: ${result.reason}`);
        }
        finally {
            target.close();
        }
    }
    const verified = results.every((r) => r.verified);
    outputs.set('verified', verified);
    outputs.set('results', results);
    await context.summary.write((0,summary/* verifySummaryMarkdown */.v)(results));
    if (!verified) {
        const failed = results.filter((r) => !r.verified);
        throw new errors/* CheckFailedError */.CO(`${failed.length} of ${results.length} image${results.length === 1 ? '' : 's'} did not verify:\n${failed.map((r) => `${r.image}: ${r.reason}`).join('\n')}`);
    }
    return results;
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


/***/ })

};
