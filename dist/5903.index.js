export const id = 5903;
export const ids = [5903];
export const modules = {

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


/***/ }),

/***/ 1810:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ readPastTornWrites)
/* harmony export */ });
/**
 * distribution's filesystem driver rewrites a tag's link file in place (truncate, then write), so a
 * GET that lands in between answers 404 MANIFEST_UNKNOWN for a tag that is there. A tag other writers
 * may be rewriting is read again, twice and a moment apart, before its absence counts: taking a torn
 * read for "nothing there yet" and writing a new document would drop everything the tag held.
 */
/** A truncate-and-write of a few dozen bytes is over well within this. */
const PAUSE_MS = 15;
const TIMERS = { sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)), random: Math.random };
/** `read` (undefined: absent), trusted as absent only when two more reads, a moment apart, agree. */
async function readPastTornWrites(read, pauses = TIMERS) {
    for (let attempt = 1;; attempt++) {
        const value = await read();
        if (value !== undefined || attempt >= 3)
            return value;
        await pauses.sleep(PAUSE_MS * (1 + pauses.random()));
    }
}


/***/ }),

/***/ 84300:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ah: () => (/* binding */ maskFor),
/* harmony export */   rm: () => (/* binding */ firstRegistryOf),
/* harmony export */   vM: () => (/* binding */ readFormats),
/* harmony export */   vN: () => (/* binding */ keyMaterial)
/* harmony export */ });
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(84704);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var _formats_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6564);



function readFormats(inputs) {
    const formats = inputs.list('format');
    if (formats.length === 0)
        return [..._formats_js__WEBPACK_IMPORTED_MODULE_1__/* .SIGNATURE_FORMATS */ .gi];
    for (const format of formats) {
        if (!_formats_js__WEBPACK_IMPORTED_MODULE_1__/* .SIGNATURE_FORMATS */ .gi.includes(format))
            throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)('format', `\`${format}\` is not one of ${_formats_js__WEBPACK_IMPORTED_MODULE_1__/* .SIGNATURE_FORMATS */ .gi.join(', ')}`);
    }
    return [...new Set(formats)];
}
/** Masks a secret (every line of it) under the runner; a terminal prints nothing it would need hiding from. */
function maskFor(context) {
    return (secret) => context.mask(secret);
}
/** The registry of the first registry image: the one the `username`/`password` inputs are for. */
function firstRegistryOf(requests) {
    for (const { image } of requests) {
        if (image.startsWith('oci:'))
            continue;
        const slash = image.indexOf('/');
        if (slash > 0)
            return image.slice(0, slash);
    }
    return undefined;
}
/**
 * A key input: PEM content (a workflow passes a secret), or the path of a PEM file (a terminal passes
 * `--key cosign.key`). Anything else is returned as is, for the PEM parser to reject by name.
 */
function keyMaterial(value) {
    if (value.includes('-----BEGIN'))
        return value;
    const path = value.trim();
    if (path !== '' && !path.includes('\n') && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(path) && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path).isFile())
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8');
    return value;
}


/***/ }),

/***/ 63454:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gw: () => (/* binding */ parseRekorBundleAnnotation),
/* harmony export */   iB: () => (/* binding */ witnessAnnotations)
/* harmony export */ });
/* unused harmony exports ANNOTATION_RFC3161_TIMESTAMP, verificationMaterial, rekorBundleAnnotation */
/* harmony import */ var _formats_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6564);
/** cosign's layer annotations from what a signer returned (certificate, Rekor SET, RFC 3161 timestamp). */

const ANNOTATION_RFC3161_TIMESTAMP = 'dev.sigstore.cosign/rfc3161timestamp';
function verificationMaterial(bundle) {
    return bundle?.verificationMaterial ?? {};
}
/** cosign's `dev.sigstore.cosign/bundle`: the Rekor entry's signed entry timestamp and what it signs. */
function rekorBundleAnnotation(entry) {
    const set = entry.inclusionPromise?.signedEntryTimestamp;
    if (!set || !entry.canonicalizedBody || !entry.logId?.keyId)
        return undefined;
    return (0,_formats_js__WEBPACK_IMPORTED_MODULE_0__/* .goJson */ .Pl)({
        SignedEntryTimestamp: set,
        Payload: {
            body: entry.canonicalizedBody,
            integratedTime: Number(entry.integratedTime ?? 0),
            logIndex: Number(entry.logIndex ?? 0),
            logID: Buffer.from(entry.logId.keyId, 'base64').toString('hex')
        }
    });
}
function witnessAnnotations(signed) {
    const annotations = {};
    if (signed.certificatePem)
        annotations[_formats_js__WEBPACK_IMPORTED_MODULE_0__/* .ANNOTATION_CERTIFICATE */ .MF] = signed.certificatePem;
    const material = verificationMaterial(signed.bundle);
    const entry = material.tlogEntries?.[0];
    const rekor = entry && rekorBundleAnnotation(entry);
    if (rekor)
        annotations[_formats_js__WEBPACK_IMPORTED_MODULE_0__/* .ANNOTATION_REKOR_BUNDLE */ .bL] = rekor;
    const timestamp = material.timestampVerificationData?.rfc3161Timestamps?.[0]?.signedTimestamp;
    if (timestamp)
        annotations[ANNOTATION_RFC3161_TIMESTAMP] = (0,_formats_js__WEBPACK_IMPORTED_MODULE_0__/* .goJson */ .Pl)({ SignedRFC3161Timestamp: timestamp });
    return annotations;
}
function parseRekorBundleAnnotation(text) {
    if (!text)
        return undefined;
    try {
        const json = JSON.parse(text);
        if (typeof json.SignedEntryTimestamp !== 'string' || typeof json.Payload?.body !== 'string')
            return undefined;
        return json;
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 54631:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   By: () => (/* binding */ parseStatement),
/* harmony export */   JC: () => (/* binding */ preAuthEncoding),
/* harmony export */   O9: () => (/* binding */ statementNames),
/* harmony export */   g: () => (/* binding */ statementCovers),
/* harmony export */   mE: () => (/* binding */ parseEnvelope),
/* harmony export */   qZ: () => (/* binding */ statement)
/* harmony export */ });
/* unused harmony export envelope */
/* harmony import */ var _formats_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6564);
/** DSSE envelopes and in-toto statements (the attestation formats cosign, sigstore-js and GitHub share). */

/** DSSE's pre-authentication encoding: what is actually signed. */
function preAuthEncoding(payloadType, payload) {
    const type = Buffer.from(payloadType, 'utf8');
    return Buffer.concat([Buffer.from(`DSSEv1 ${type.length} `), type, Buffer.from(` ${payload.length} `), Buffer.from(payload)]);
}
function statement(subjects, predicateType, predicate) {
    const value = { _type: _formats_js__WEBPACK_IMPORTED_MODULE_0__/* .IN_TOTO_STATEMENT_V1 */ .tV, subject: subjects, predicateType, predicate };
    return Buffer.from(JSON.stringify(value));
}
function envelope(payload, signature, payloadType = IN_TOTO_PAYLOAD_TYPE) {
    return { payloadType, payload: Buffer.from(payload).toString('base64'), signatures: [{ keyid: '', sig: Buffer.from(signature).toString('base64') }] };
}
function parseEnvelope(bytes) {
    try {
        const json = JSON.parse(Buffer.from(bytes).toString('utf8'));
        if (typeof json.payloadType !== 'string' || typeof json.payload !== 'string' || !Array.isArray(json.signatures))
            return undefined;
        if (!json.signatures.every((s) => typeof s?.sig === 'string'))
            return undefined;
        return json;
    }
    catch {
        return undefined;
    }
}
function parseStatement(payload) {
    try {
        const json = JSON.parse(Buffer.from(payload).toString('utf8'));
        if (typeof json._type !== 'string' || !Array.isArray(json.subject) || typeof json.predicateType !== 'string')
            return undefined;
        return json;
    }
    catch {
        return undefined;
    }
}
/** Whether the statement names `digest` (`sha256:<hex>`) among its subjects. */
function statementCovers(value, digest) {
    const hex = digest.replace(/^sha256:/, '');
    return value.subject.some((s) => s?.digest?.sha256 === hex);
}
/** The names the statement gives `digest` (`sha256:<hex>`) under: the repositories it was signed for. */
function statementNames(value, digest) {
    const hex = digest.replace(/^sha256:/, '');
    return [...new Set(value.subject.filter((s) => s?.digest?.sha256 === hex).map((s) => String(s.name)))];
}


/***/ }),

/***/ 6564:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $l: () => (/* binding */ parseSimpleSigningPayload),
/* harmony export */   $r: () => (/* binding */ SIMPLE_SIGNING_MEDIA_TYPE),
/* harmony export */   $v: () => (/* binding */ EMPTY_CONFIG),
/* harmony export */   Ko: () => (/* binding */ attachmentTag),
/* harmony export */   Kq: () => (/* binding */ simpleSigningPayload),
/* harmony export */   LR: () => (/* binding */ ANNOTATION_SIGNATURE),
/* harmony export */   MF: () => (/* binding */ ANNOTATION_CERTIFICATE),
/* harmony export */   NV: () => (/* binding */ BUNDLE_MEDIA_TYPE),
/* harmony export */   Ny: () => (/* binding */ attachmentManifest),
/* harmony export */   O3: () => (/* binding */ attachmentConfig),
/* harmony export */   OO: () => (/* binding */ DSSE_MEDIA_TYPE),
/* harmony export */   Pl: () => (/* binding */ goJson),
/* harmony export */   T4: () => (/* binding */ IN_TOTO_PAYLOAD_TYPE),
/* harmony export */   ac: () => (/* binding */ sameLayer),
/* harmony export */   bL: () => (/* binding */ ANNOTATION_REKOR_BUNDLE),
/* harmony export */   fg: () => (/* binding */ sha256Hex),
/* harmony export */   g7: () => (/* binding */ SIMPLE_SIGNING_TYPE),
/* harmony export */   gi: () => (/* binding */ SIGNATURE_FORMATS),
/* harmony export */   j_: () => (/* binding */ bundleReferrerManifest),
/* harmony export */   k7: () => (/* binding */ SPDX_DOCUMENT_PREDICATE),
/* harmony export */   nM: () => (/* binding */ ANNOTATION_PREDICATE_TYPE),
/* harmony export */   tS: () => (/* binding */ referrersIndexWith),
/* harmony export */   tV: () => (/* binding */ IN_TOTO_STATEMENT_V1),
/* harmony export */   u: () => (/* binding */ COSIGN_SIGN_PREDICATE),
/* harmony export */   us: () => (/* binding */ SLSA_PROVENANCE_V1),
/* harmony export */   xh: () => (/* binding */ referrerDescriptor)
/* harmony export */ });
/* unused harmony exports ANNOTATION_CHAIN, ANNOTATION_BUNDLE_CONTENT, ANNOTATION_BUNDLE_PREDICATE_TYPE, EMPTY_CONFIG_DESCRIPTOR */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var _oci_image_spec_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74891);
/**
 * cosign's and Sigstore's names, media types and documents: the simple-signing payload, the tags
 * signatures live under, the `.sig`/`.att` manifests and the bundle referrer. Pure functions only;
 * storing them is `store.ts`'s business.
 */


const SIMPLE_SIGNING_MEDIA_TYPE = 'application/vnd.dev.cosign.simplesigning.v1+json';
const DSSE_MEDIA_TYPE = 'application/vnd.dsse.envelope.v1+json';
const BUNDLE_MEDIA_TYPE = 'application/vnd.dev.sigstore.bundle.v0.3+json';
const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';
const IN_TOTO_STATEMENT_V1 = 'https://in-toto.io/Statement/v1';
const SLSA_PROVENANCE_V1 = 'https://slsa.dev/provenance/v1';
/** What `cosign attest --type spdxjson` names an SPDX JSON predicate (in-toto-golang's PredicateSPDX). */
const SPDX_DOCUMENT_PREDICATE = 'https://spdx.dev/Document';
/** What cosign v3 signs in place of a simple-signing payload when it writes a bundle. */
const COSIGN_SIGN_PREDICATE = 'https://sigstore.dev/cosign/sign/v1';
const SIMPLE_SIGNING_TYPE = 'cosign container image signature';
/** Layer annotations, as cosign's `pkg/oci/static` writes them. */
const ANNOTATION_SIGNATURE = 'dev.cosignproject.cosign/signature';
const ANNOTATION_CERTIFICATE = 'dev.sigstore.cosign/certificate';
const ANNOTATION_CHAIN = 'dev.sigstore.cosign/chain';
const ANNOTATION_REKOR_BUNDLE = 'dev.sigstore.cosign/bundle';
const ANNOTATION_PREDICATE_TYPE = 'predicateType';
const ANNOTATION_BUNDLE_CONTENT = 'dev.sigstore.bundle.content';
const ANNOTATION_BUNDLE_PREDICATE_TYPE = 'dev.sigstore.bundle.predicateType';
const EMPTY_CONFIG = Buffer.from('{}');
const EMPTY_CONFIG_DESCRIPTOR = {
    mediaType: _oci_image_spec_js__WEBPACK_IMPORTED_MODULE_1__/* .OCI_EMPTY */ .g1,
    digest: 'sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a',
    size: 2
};
/** `cosign`: simple signing under `sha256-<hex>.sig`; `bundle`: a Sigstore bundle as an OCI 1.1 referrer. */
const SIGNATURE_FORMATS = ['cosign', 'bundle'];
/** `sha256:<hex>` → `sha256-<hex>.sig` (cosign's tag scheme), or `sha256-<hex>` for the referrers fallback. */
function attachmentTag(digest, kind) {
    const tag = digest.replace(':', '-');
    return kind ? `${tag}.${kind}` : tag;
}
function sha256Hex(content) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(content).digest('hex');
}
/**
 * The simple-signing payload, byte for byte as cosign writes it (Go's json.Marshal of sigstore's
 * payload.SimpleContainerImage: keys in struct order, no spaces, `optional` null without annotations).
 * JSON.stringify keeps insertion order and escapes like Go except for <, >, & — which Go escapes as
 * \u003c, \u003e, \u0026, so we do the same.
 */
function simpleSigningPayload(dockerReference, manifestDigest, optional) {
    const payload = {
        critical: {
            identity: { 'docker-reference': dockerReference },
            image: { 'docker-manifest-digest': manifestDigest },
            type: SIMPLE_SIGNING_TYPE
        },
        optional: optional && Object.keys(optional).length > 0 ? sortedRecord(optional) : null
    };
    return Buffer.from(goJson(payload));
}
/** Go marshals map keys sorted. */
function sortedRecord(record) {
    return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
function goJson(value) {
    return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
/**
 * Parses a payload the way containers/image does: `critical` must hold exactly `identity`, `image`
 * and `type`, `image` exactly `docker-manifest-digest`; returns undefined when it does not.
 */
function parseSimpleSigningPayload(bytes) {
    let json;
    try {
        json = JSON.parse(Buffer.from(bytes).toString('utf8'));
    }
    catch {
        return undefined;
    }
    const isRecord = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
    if (!isRecord(json) || !isRecord(json.critical))
        return undefined;
    const { critical } = json;
    if (Object.keys(critical).sort().join(',') !== 'identity,image,type')
        return undefined;
    if (!isRecord(critical.image) || Object.keys(critical.image).join(',') !== 'docker-manifest-digest')
        return undefined;
    if (!isRecord(critical.identity) || typeof critical.identity['docker-reference'] !== 'string')
        return undefined;
    const manifestDigest = critical.image['docker-manifest-digest'];
    if (typeof manifestDigest !== 'string' || typeof critical.type !== 'string')
        return undefined;
    if (json.optional !== undefined && json.optional !== null && !isRecord(json.optional))
        return undefined;
    return {
        dockerReference: critical.identity['docker-reference'],
        manifestDigest,
        type: critical.type,
        optional: json.optional ?? null
    };
}
/**
 * The config of an attachment manifest: an OCI image config whose diff_ids list the payload digests
 * (the shape cosign and containers/image write).
 */
function attachmentConfig(layers) {
    return Buffer.from(JSON.stringify({
        architecture: '',
        created: '0001-01-01T00:00:00Z',
        history: [{ created: '0001-01-01T00:00:00Z' }],
        os: '',
        rootfs: { type: 'layers', diff_ids: layers.map((l) => l.digest) },
        config: {}
    }));
}
function attachmentManifest(config, layers) {
    const manifest = { schemaVersion: 2, mediaType: _oci_image_spec_js__WEBPACK_IMPORTED_MODULE_1__/* .OCI_MANIFEST */ .EG, config: { ...config, mediaType: _oci_image_spec_js__WEBPACK_IMPORTED_MODULE_1__/* .OCI_CONFIG */ .TF }, layers: [...layers] };
    return Buffer.from(JSON.stringify(manifest));
}
/** Same payload, same media type, same annotations: appending it again would only duplicate it. */
function sameLayer(existing, layer) {
    if (existing.mediaType !== layer.mediaType || existing.digest !== `sha256:${sha256Hex(layer.payload)}` || existing.size !== layer.payload.length)
        return false;
    const a = existing.annotations ?? {};
    const b = layer.annotations;
    return Object.keys(a).length === Object.keys(b).length && Object.entries(b).every(([k, v]) => a[k] === v);
}
/** The manifest that attaches a Sigstore bundle to `subject` (cosign's BUNDLE_SPEC, actions/attest's layout). */
function bundleReferrerManifest(bundleLayer, subject, predicateType, created) {
    const manifest = {
        schemaVersion: 2,
        mediaType: _oci_image_spec_js__WEBPACK_IMPORTED_MODULE_1__/* .OCI_MANIFEST */ .EG,
        artifactType: BUNDLE_MEDIA_TYPE,
        config: EMPTY_CONFIG_DESCRIPTOR,
        layers: [bundleLayer],
        subject: { mediaType: subject.mediaType, digest: subject.digest, size: subject.size },
        annotations: {
            [_oci_image_spec_js__WEBPACK_IMPORTED_MODULE_1__/* .ANNOTATION_CREATED */ .H]: created.toISOString().replace(/\.\d{3}Z$/, 'Z'),
            [ANNOTATION_BUNDLE_CONTENT]: 'dsse-envelope',
            [ANNOTATION_BUNDLE_PREDICATE_TYPE]: predicateType
        }
    };
    return Buffer.from(JSON.stringify(manifest));
}
/** The descriptor a referrers index lists for a referrer manifest (distribution spec: artifactType and annotations copied). */
function referrerDescriptor(manifest, descriptor) {
    const entry = { mediaType: descriptor.mediaType, digest: descriptor.digest, size: descriptor.size };
    entry.artifactType = manifest.artifactType ?? manifest.config.mediaType;
    if (manifest.annotations)
        entry.annotations = manifest.annotations;
    return entry;
}
/** The `sha256-<hex>` fallback tag's index with `entry` added (once). */
function referrersIndexWith(existing, entry) {
    const manifests = (existing?.manifests ?? []).filter((m) => m.digest !== entry.digest);
    const index = { schemaVersion: 2, mediaType: _oci_image_spec_js__WEBPACK_IMPORTED_MODULE_1__/* .OCI_INDEX */ .$p, manifests: [...manifests, entry] };
    return Buffer.from(JSON.stringify(index));
}


/***/ }),

/***/ 88426:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Od: () => (/* binding */ verifySignature),
/* harmony export */   fg: () => (/* binding */ loadPublicKey),
/* harmony export */   fm: () => (/* binding */ loadSigningKey),
/* harmony export */   zR: () => (/* binding */ pemBody)
/* harmony export */ });
/* unused harmony exports pemLabel, toPem, signingKeyOf, samePublicKey */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(84704);


const PEM_BLOCK = /-----BEGIN ([A-Z0-9 ]+)-----\r?\n([\s\S]*?)-----END \1-----/;
/** The PEM label of the first block in `text`, or undefined when there is no well-formed block. */
function pemLabel(text) {
    return PEM_BLOCK.exec(text)?.[1];
}
/** The DER bytes of the first PEM block labelled `label`. */
function pemBody(text, label) {
    const match = PEM_BLOCK.exec(text);
    if (!match || match[1] !== label)
        return undefined;
    return Buffer.from(match[2].replace(/\s+/g, ''), 'base64');
}
function toPem(label, der) {
    const base64 = Buffer.from(der).toString('base64');
    return `-----BEGIN ${label}-----\n${base64.replace(/(.{64})/g, '$1\n').replace(/\n$/, '')}\n-----END ${label}-----\n`;
}
const ENCRYPTED_LABELS = ['ENCRYPTED SIGSTORE PRIVATE KEY', 'ENCRYPTED COSIGN PRIVATE KEY'];
const PRIVATE_KEY_LABELS = ['PRIVATE KEY', 'EC PRIVATE KEY', ...ENCRYPTED_LABELS];
const KEY_FORMS = 'a PEM ECDSA P-256 private key (PRIVATE KEY or EC PRIVATE KEY) or a cosign key (ENCRYPTED SIGSTORE PRIVATE KEY)';
/**
 * Loads the `key` input: PKCS#8 or SEC1 PEM, or a cosign-encrypted key opened with `password`. Every
 * failure is a configuration error naming `input` (or `passwordInput` for a wrong password); the key
 * material itself never appears in a message.
 */
async function loadSigningKey(text, password, input = 'key', passwordInput = 'key-password') {
    const label = pemLabel(text);
    if (label === undefined)
        throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)(input, `is neither PEM nor the path of a key file: expected ${KEY_FORMS}`);
    if (!PRIVATE_KEY_LABELS.includes(label)) {
        const hint = label === 'PUBLIC KEY'
            ? ' (this is a public key; signing needs the private one)'
            : label === 'RSA PRIVATE KEY'
                ? ' (an RSA key; ECDSA P-256 is required)'
                : '';
        throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)(input, `holds a \`${label}\` PEM block${hint}: expected ${KEY_FORMS}`);
    }
    let privateKey;
    if (ENCRYPTED_LABELS.includes(label)) {
        const { decryptSigstoreKey } = await Promise.all(/* import() */[__webpack_require__.e(9223), __webpack_require__.e(4278)]).then(__webpack_require__.bind(__webpack_require__, 54278));
        const der = await decryptSigstoreKey(pemBody(text, label) ?? Buffer.alloc(0), password ?? '', input, passwordInput);
        privateKey = parsePrivateKey(() => (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPrivateKey)({ key: Buffer.from(der), format: 'der', type: 'pkcs8' }), input, 'the decrypted cosign key is not a PKCS#8 private key');
    }
    else {
        const der = pemBody(text, label) ?? Buffer.alloc(0);
        const type = label === 'EC PRIVATE KEY' ? 'sec1' : 'pkcs8';
        privateKey = parsePrivateKey(() => (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPrivateKey)({ key: der, format: 'der', type }), input, `its ${label} block is malformed`);
    }
    requireP256(privateKey, input);
    return signingKeyOf(privateKey);
}
function signingKeyOf(privateKey) {
    const publicKey = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)(privateKey);
    const publicKeyPem = publicKey.export({ format: 'pem', type: 'spki' }).toString();
    return { privateKey, publicKey, publicKeyPem, sign: (data) => (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.sign)('sha256', data, privateKey) };
}
function parsePrivateKey(parse, input, problem) {
    try {
        return parse();
    }
    catch {
        // Node's message may quote key bytes; ours never does.
        throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)(input, `${problem}: expected ${KEY_FORMS}`);
    }
}
function describeKey(key) {
    if (key.asymmetricKeyType === 'ec')
        return `an ECDSA key on curve ${key.asymmetricKeyDetails?.namedCurve ?? 'unknown'}`;
    if (key.asymmetricKeyType === 'rsa' || key.asymmetricKeyType === 'rsa-pss')
        return `an RSA key (${key.asymmetricKeyDetails?.modulusLength ?? '?'} bits)`;
    return `a ${key.asymmetricKeyType ?? 'unknown'} key`;
}
function requireP256(key, input) {
    if (key.asymmetricKeyType === 'ec' && key.asymmetricKeyDetails?.namedCurve === 'prime256v1')
        return;
    throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)(input, `is ${describeKey(key)}; only ECDSA P-256 (prime256v1) keys are supported`);
}
/** Loads a `PUBLIC KEY` PEM (cosign.pub) for verification; P-256 only, like signing. */
function loadPublicKey(text, input = 'key') {
    const label = pemLabel(text);
    if (label === undefined)
        throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)(input, 'is neither PEM nor the path of a key file: expected a PUBLIC KEY block (cosign.pub)');
    if (label !== 'PUBLIC KEY') {
        const hint = label.includes('PRIVATE KEY') ? ' (a private key: verification takes the public one — never hand a private key to a verifier)' : '';
        throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)(input, `holds a \`${label}\` PEM block${hint}: expected a PUBLIC KEY block (cosign.pub)`);
    }
    let key;
    try {
        key = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)({ key: pemBody(text, label) ?? Buffer.alloc(0), format: 'der', type: 'spki' });
    }
    catch {
        throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)(input, 'its PUBLIC KEY block is malformed');
    }
    requireP256(key, input);
    return key;
}
/** ECDSA-SHA256 verification; a malformed signature is simply not valid. */
function verifySignature(publicKey, data, signature) {
    try {
        return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.verify)('sha256', data, publicKey, signature);
    }
    catch {
        return false;
    }
}
/** The same key? Compared by their SPKI encodings. */
function samePublicKey(a, b) {
    return a.export({ format: 'der', type: 'spki' }).equals(b.export({ format: 'der', type: 'spki' }));
}


/***/ }),

/***/ 96353:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RB: () => (/* binding */ sameRepository),
/* harmony export */   Y2: () => (/* binding */ slsaProvenancePredicate),
/* harmony export */   m$: () => (/* binding */ provenanceRepository),
/* harmony export */   vW: () => (/* binding */ provenanceClaims)
/* harmony export */ });
/* unused harmony export GITHUB_WORKFLOW_BUILD_TYPE */
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(84704);
/**
 * SLSA v1 provenance for a GitHub Actions run, with GitHub's workflow build type — the predicate
 * `actions/attest-build-provenance` writes, so `gh attestation verify` reads ours the same way.
 * Built from the runner's environment; the OIDC token's claims, when we have them, are preferred
 * because only the token knows the reusable workflow that actually ran (`job_workflow_ref`).
 */

const GITHUB_WORKFLOW_BUILD_TYPE = 'https://actions.github.io/buildtypes/workflow/v1';
/** The claims from the environment, overridden by OIDC token claims when given. */
function provenanceClaims(env, tokenClaims = {}) {
    const claim = (name, fallback) => {
        const value = tokenClaims[name];
        return typeof value === 'string' && value !== '' ? value : (fallback ?? '');
    };
    const claims = {
        serverUrl: (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/$/, ''),
        repository: claim('repository', env.GITHUB_REPOSITORY),
        ref: claim('ref', env.GITHUB_REF),
        sha: claim('sha', env.GITHUB_SHA),
        workflowRef: claim('workflow_ref', env.GITHUB_WORKFLOW_REF),
        jobWorkflowRef: claim('job_workflow_ref', env.GITHUB_WORKFLOW_REF),
        eventName: claim('event_name', env.GITHUB_EVENT_NAME),
        repositoryId: claim('repository_id', env.GITHUB_REPOSITORY_ID),
        repositoryOwnerId: claim('repository_owner_id', env.GITHUB_REPOSITORY_OWNER_ID),
        runnerEnvironment: claim('runner_environment', env.RUNNER_ENVIRONMENT),
        runId: claim('run_id', env.GITHUB_RUN_ID),
        runAttempt: claim('run_attempt', env.GITHUB_RUN_ATTEMPT)
    };
    const missing = ['repository', 'sha', 'workflowRef', 'runId'].filter((name) => claims[name] === '');
    if (missing.length > 0) {
        throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)('provenance', `needs the GitHub Actions context, but ${missing.map((m) => ENV_NAMES[m]).join(', ')} ${missing.length === 1 ? 'is' : 'are'} not set; ` +
            'run on GitHub Actions or set provenance: false');
    }
    return claims;
}
const ENV_NAMES = { repository: 'GITHUB_REPOSITORY', sha: 'GITHUB_SHA', workflowRef: 'GITHUB_WORKFLOW_REF', runId: 'GITHUB_RUN_ID' };
function slsaProvenancePredicate(claims) {
    const server = claims.serverUrl;
    // owner/repo/.github/workflows/release.yml@refs/tags/v1 → .github/workflows/release.yml
    const workflowPath = claims.workflowRef.replace(`${claims.repository}/`, '').split('@')[0];
    return {
        buildDefinition: {
            buildType: GITHUB_WORKFLOW_BUILD_TYPE,
            externalParameters: { workflow: { ref: claims.ref, repository: `${server}/${claims.repository}`, path: workflowPath } },
            internalParameters: {
                github: {
                    event_name: claims.eventName,
                    repository_id: claims.repositoryId,
                    repository_owner_id: claims.repositoryOwnerId,
                    runner_environment: claims.runnerEnvironment
                }
            },
            resolvedDependencies: [{ uri: `git+${server}/${claims.repository}@${claims.ref}`, digest: { gitCommit: claims.sha } }]
        },
        runDetails: {
            builder: { id: `${server}/${claims.jobWorkflowRef}` },
            metadata: { invocationId: `${server}/${claims.repository}/actions/runs/${claims.runId}/attempts/${claims.runAttempt || '1'}` }
        }
    };
}
/** The repository a provenance predicate names (`https://github.com/o/r`), or undefined. */
function provenanceRepository(predicate) {
    const workflow = predicate?.buildDefinition?.externalParameters
        ?.workflow;
    return typeof workflow?.repository === 'string' ? workflow.repository : undefined;
}
/** `o/r`, `github.com/o/r` and `https://github.com/o/r` name the same repository (case-insensitively, as GitHub does). */
function sameRepository(named, wanted) {
    const split = (value) => {
        const parts = value
            .trim()
            .replace(/^https?:\/\//, '')
            .replace(/\.git$/, '')
            .replace(/\/$/, '')
            .toLowerCase()
            .split('/');
        return parts.length > 2 ? { host: parts[0], path: parts.slice(1).join('/') } : { path: parts.join('/') };
    };
    const a = split(named);
    const b = split(wanted);
    return a.path === b.path && (a.host === undefined || b.host === undefined || a.host === b.host);
}


/***/ }),

/***/ 15744:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ registryOpener)
/* harmony export */ });
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(84704);
/* harmony import */ var _registry_limits_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(88644);


function registryOpener(options) {
    const { inputs, env, logger, mask } = options;
    const username = inputs.optional('username');
    const password = inputs.source.secret('password') || undefined;
    const githubToken = inputs.source.secret('github-token') || undefined;
    const dockerConfigInput = inputs.optional('docker-config');
    const insecure = inputs.list('insecure');
    if (username !== undefined && password === undefined)
        throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)('password', `is required with \`username\` (\`${username}\`)`);
    const limits = (0,_registry_limits_js__WEBPACK_IMPORTED_MODULE_0__/* .readRegistryLimits */ .kM)(inputs);
    // One limit for all of the action's registry work, from the first registry it opens.
    let shared;
    return async (reference) => {
        shared ??= (0,_registry_limits_js__WEBPACK_IMPORTED_MODULE_0__/* .registryLimitOptions */ .Jw)(limits, options.access === 'push' ? 'signing on' : 'verifying on');
        const [{ RegistryClient }, credentialsModule, { RegistryAuthError }, { RegistrySignatureStore }, { credentialsFor }] = await Promise.all([
            __webpack_require__.e(/* import() */ 6499).then(__webpack_require__.bind(__webpack_require__, 6499)),
            __webpack_require__.e(/* import() */ 5760).then(__webpack_require__.bind(__webpack_require__, 55760)),
            Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 17375)),
            Promise.all(/* import() */[__webpack_require__.e(6499), __webpack_require__.e(3313)]).then(__webpack_require__.bind(__webpack_require__, 63313)),
            __webpack_require__.e(/* import() */ 8726).then(__webpack_require__.bind(__webpack_require__, 98726))
        ]);
        const located = credentialsModule.dockerConfigPath(dockerConfigInput, env);
        const dockerConfig = located ? await credentialsModule.loadDockerConfig(located.path, located.explicit) : undefined;
        const sources = {
            ...(password !== undefined ? { inputRegistry: options.firstRegistry, username: username ?? env.GITHUB_ACTOR, password } : {}),
            ...(dockerConfig ? { dockerConfig } : {}),
            ...(env.GITHUB_ACTOR ? { githubActor: env.GITHUB_ACTOR } : {}),
            ...(githubToken ? { githubToken } : {})
        };
        const credentials = await credentialsFor(reference.registry, sources, env);
        for (const secret of [credentials?.password, credentials?.identityToken, credentials?.registryToken])
            if (secret)
                mask(secret);
        try {
            const client = await RegistryClient.connect(reference, credentials, {
                access: options.access,
                insecure: credentialsModule.isInsecureRegistry(reference.registry, insecure),
                env,
                logger,
                ...shared,
                ...options.client
            });
            return { store: new RegistrySignatureStore(client), close: () => client.close() };
        }
        catch (error) {
            if (error instanceof RegistryAuthError)
                throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(error.message);
            throw error;
        }
    };
}


/***/ }),

/***/ 45684:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AQ: () => (/* binding */ parseSbomChoice),
/* harmony export */   OS: () => (/* binding */ platformManifests),
/* harmony export */   ex: () => (/* binding */ sbomAttachments)
/* harmony export */ });
/* unused harmony exports readSbomFile, manifestKernelSha256 */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(38522);
/* harmony import */ var tar__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(98697);
/* harmony import */ var _build_sbom_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(98802);
/* harmony import */ var _oci_image_spec_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(74891);
/* harmony import */ var _oci_unikernel_descriptor_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(33855);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(84704);
/* harmony import */ var _sign_image_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(24859);
/* harmony import */ var _store_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(62325);
/**
 * SBOMs attached to what they describe. An SPDX SBOM from `build` names the kernel it describes by
 * SHA-256 (`./unikernel/kernel`); `sign` attests it for a platform manifest only when that manifest's
 * layer holds a kernel with that hash, so an SBOM can never be attached to an image it does not
 * belong to. One attestation per platform manifest (subject = that manifest), as docker buildx does.
 */











/** Layers are read into memory to hash the kernel they hold: at most this much, compressed or not. */
const MAX_LAYER_BYTES = 1024 * 1024 * 1024;
function parseSbomChoice(input, values) {
    if (values.length === 0 || (values.length === 1 && values[0] === 'auto'))
        return { mode: 'auto' };
    if (values.length === 1 && values[0] === 'true')
        return { mode: 'required' };
    if (values.length === 1 && values[0] === 'false')
        return { mode: 'off' };
    for (const value of values) {
        if (['auto', 'true', 'false'].includes(value))
            throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_10__/* .inputError */ .Xu)(input, `\`${value}\` cannot be listed with SBOM files: give auto, true, false, or SBOM file paths`);
    }
    return { mode: 'files', paths: [...values] };
}
async function readSbomFile(path, input) {
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(path, 'utf8');
    }
    catch (error) {
        throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_10__/* .inputError */ .Xu)(input, `cannot read SBOM ${path}: ${error.code ?? error.message}`);
    }
    let document;
    try {
        document = JSON.parse(text);
    }
    catch {
        throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_10__/* .inputError */ .Xu)(input, `${path} is not JSON: an SPDX 2.3 JSON SBOM is expected (the build's \`sbom\` output)`);
    }
    const version = document?.spdxVersion;
    if (typeof document !== 'object' || document === null || typeof version !== 'string' || !version.startsWith('SPDX-')) {
        throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_10__/* .inputError */ .Xu)(input, `${path} is not an SPDX JSON document (no spdxVersion); give the build's \`sbom\` output`);
    }
    const kernelSha256 = (0,_build_sbom_js__WEBPACK_IMPORTED_MODULE_5__/* .sbomKernelSha256 */ .a1)(document);
    if (!kernelSha256) {
        throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_10__/* .inputError */ .Xu)(input, `${path} names no ./unikernel/kernel with a SHA256 checksum, so nothing ties it to an image; give the build's \`sbom\` output`);
    }
    return { path, document: document, kernelSha256 };
}
/** The platform manifests of an image: those an index lists, or the manifest itself. */
async function platformManifests(store, digest) {
    const [root, ...listed] = await (0,_sign_image_js__WEBPACK_IMPORTED_MODULE_8__/* .subjectsOf */ .Z6)(store, digest);
    return (0,_oci_image_spec_js__WEBPACK_IMPORTED_MODULE_6__/* .isIndexMediaType */ .$$)(root.mediaType) ? listed : [root];
}
function decompress(bytes, mediaType) {
    const compression = (0,_oci_image_spec_js__WEBPACK_IMPORTED_MODULE_6__/* .layerCompression */ .AH)(mediaType);
    if (compression === 'gzip')
        return (0,node_zlib__WEBPACK_IMPORTED_MODULE_3__.gunzipSync)(bytes, { maxOutputLength: MAX_LAYER_BYTES });
    if (compression === 'zstd')
        return (0,node_zlib__WEBPACK_IMPORTED_MODULE_3__.zstdDecompressSync)(bytes, { maxOutputLength: MAX_LAYER_BYTES });
    return compression === 'none' ? bytes : undefined;
}
/** The SHA-256 of the regular file `wanted` (no leading slash) in a plain tar, or undefined when it is not there. */
function tarEntrySha256(tar, wanted) {
    return new Promise((resolve, reject) => {
        let found;
        const parser = new tar__WEBPACK_IMPORTED_MODULE_4__.Parser({
            strict: true,
            onReadEntry: (entry) => {
                const path = node_path__WEBPACK_IMPORTED_MODULE_2__.posix.normalize(`/${entry.path}`).slice(1);
                if (path !== wanted || entry.type !== 'File') {
                    entry.resume();
                    return;
                }
                const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
                entry.on('data', (chunk) => hash.update(chunk));
                entry.on('end', () => (found = hash.digest('hex')));
            }
        });
        parser.on('error', reject);
        parser.on('close', () => resolve(found));
        parser.end(tar);
    });
}
/** The SHA-256 of the kernel at /unikernel/kernel in a platform manifest's layers (the last layer holding it wins). */
async function manifestKernelSha256(store, manifest) {
    if (!(0,_oci_image_spec_js__WEBPACK_IMPORTED_MODULE_6__/* .isManifestMediaType */ .CM)(manifest.mediaType))
        return undefined;
    const parsed = (0,_store_js__WEBPACK_IMPORTED_MODULE_9__/* .parseDocument */ .Tp)('manifest', await store.getByDigest(manifest.digest), `manifest ${manifest.digest}`);
    const wanted = _oci_unikernel_descriptor_js__WEBPACK_IMPORTED_MODULE_7__/* .DEFAULT_KERNEL_PATH */ .ii.slice(1);
    for (const layer of [...parsed.layers].reverse()) {
        if (layer.size > MAX_LAYER_BYTES)
            continue;
        const tar = decompress(await store.readBlob(layer, MAX_LAYER_BYTES), layer.mediaType);
        const sha256 = tar ? await tarEntrySha256(tar, wanted) : undefined;
        if (sha256)
            return sha256;
    }
    return undefined;
}
/**
 * Which SBOM goes with which platform manifest of `image`. `auto`/`true`: the SBOMs the job's build
 * recorded for the manifests this image lists (none when the image is not that build's; `true` then
 * fails). Files: each must describe the kernel of at least one manifest. Either way the kernel hash the
 * SBOM records must be the one in the manifest's layer; anything else is an error naming `input`.
 */
async function sbomAttachments(target, choice, build, options) {
    if (choice.mode === 'off')
        return [];
    const { input, logger } = options;
    const manifests = await platformManifests(target.store, target.digest);
    const kernels = new Map();
    const kernelOf = async (manifest) => {
        if (!kernels.has(manifest.digest))
            kernels.set(manifest.digest, await manifestKernelSha256(target.store, manifest));
        return kernels.get(manifest.digest);
    };
    if (choice.mode === 'files') {
        const attachments = [];
        for (const path of choice.paths) {
            const sbom = await readSbomFile(path, input);
            const matching = [];
            for (const manifest of manifests)
                if ((await kernelOf(manifest)) === sbom.kernelSha256)
                    matching.push(manifest);
            if (matching.length === 0) {
                throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_10__/* .inputError */ .Xu)(input, `${path} does not belong to ${target.image}: it describes a kernel with SHA-256 ${sbom.kernelSha256}, ` +
                    `which none of its manifests (${manifests.map((m) => m.digest).join(', ')}) holds at ${_oci_unikernel_descriptor_js__WEBPACK_IMPORTED_MODULE_7__/* .DEFAULT_KERNEL_PATH */ .ii}`);
            }
            for (const subject of matching)
                attachments.push({ subject, sbom });
        }
        return attachments;
    }
    const recorded = (build?.targets ?? []).filter((t) => t.sbom && manifests.some((m) => m.digest === t.manifestDigest));
    if (recorded.length === 0) {
        const why = build?.targets?.some((t) => t.sbom)
            ? `the job's build (${build.image ?? 'an image'}) is not ${target.image}: none of its manifests is one this build recorded an SBOM for`
            : 'no build in this job recorded an SBOM';
        if (choice.mode === 'required')
            throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_10__/* .inputError */ .Xu)(input, `is true, but ${why}; give the SBOM files instead`);
        logger.info(`No SBOM attached to ${target.image}: ${why}`);
        return [];
    }
    const attachments = [];
    for (const entry of recorded) {
        const subject = manifests.find((m) => m.digest === entry.manifestDigest);
        const sbom = await readSbomFile(entry.sbom, input);
        const kernel = await kernelOf(subject);
        if (kernel !== sbom.kernelSha256) {
            throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_10__/* .inputError */ .Xu)(input, `${entry.sbom} does not belong to ${target.image}: the build recorded it for ${entry.target} (${subject.digest}), ` +
                `but it describes a kernel with SHA-256 ${sbom.kernelSha256} and the manifest holds ${kernel ?? `no ${_oci_unikernel_descriptor_js__WEBPACK_IMPORTED_MODULE_7__/* .DEFAULT_KERNEL_PATH */ .ii}`}`);
        }
        attachments.push({ subject, sbom });
    }
    return attachments;
}


/***/ }),

/***/ 88798:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ updateSharedTag),
/* harmony export */   c2: () => (/* binding */ REGISTRY_SHARED_TAGS),
/* harmony export */   mu: () => (/* binding */ readSharedTag),
/* harmony export */   t8: () => (/* binding */ SharedTagRace)
/* harmony export */ });
/* harmony import */ var node_perf_hooks__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(643);
/* harmony import */ var _registry_torn_read_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1810);
/**
 * Tags that several signers update: `sha256-<hex>.sig`/`.att` and the `sha256-<hex>` referrers
 * fallback index are read, merged and written back. A registry without conditional PUT (distribution
 * 2.8, most registries today) keeps whichever write came last, so a signer that read before another
 * one wrote drops that one's signature. Each signer therefore waits, after its write, about as long as
 * a read-merge-write takes (with jitter), reads the tag again and merges again until the registry's
 * answer holds its own entry. A signer whose read-to-write takes longer than another's wait can still
 * drop that one's entry: the remaining window is documented in actions/sign.
 * A read can also miss a tag that is there (registry/torn-read.ts): reads go through readSharedTag.
 */


const REGISTRY_SHARED_TAGS = {
    attempts: 8,
    minSettleMs: 100,
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    random: Math.random
};
/**
 * A write of a shared tag the registry refused for a moment (another signer's identical blob upload
 * was rewriting the link it checks). Not retried as it is: the merge it carries is from a read that
 * grows older with every wait, so the update starts over from a fresh read.
 */
class SharedTagRace extends Error {
}
/** Reads a shared tag; absent only when reads a moment later agree (see registry/torn-read.ts). */
function readSharedTag(policy, read) {
    return policy ? (0,_registry_torn_read_js__WEBPACK_IMPORTED_MODULE_1__/* .readPastTornWrites */ .o)(read, policy) : read();
}
/**
 * Runs `update` (read the tag, merge ours in, write; nothing when it already holds ours) until `holds`
 * confirms, after a settle wait, that the tag still holds our entry. Without a policy (a layout, one
 * writer), once and unconfirmed.
 */
async function updateSharedTag(what, policy, update, holds) {
    if (!policy)
        return update();
    for (let attempt = 1; attempt <= policy.attempts; attempt++) {
        const started = node_perf_hooks__WEBPACK_IMPORTED_MODULE_0__.performance.now();
        try {
            await update();
        }
        catch (error) {
            if (!(error instanceof SharedTagRace))
                throw error;
            await policy.sleep(policy.minSettleMs * (1 + policy.random()));
            continue;
        }
        // Another signer's read-to-write takes about as long as ours: a write of theirs that started
        // before ours landed has landed by the end of this wait.
        const took = node_perf_hooks__WEBPACK_IMPORTED_MODULE_0__.performance.now() - started;
        await policy.sleep(Math.max(policy.minSettleMs, took) * (1 + policy.random()));
        if (await holds())
            return;
    }
    throw new Error(`${what}: other signers replaced the tag ${policy.attempts} times in a row without this signature (the registry has no conditional writes); ` +
        'sign one image from one job at a time');
}


/***/ }),

/***/ 24859:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z6: () => (/* binding */ subjectsOf),
/* harmony export */   jV: () => (/* binding */ signImage)
/* harmony export */ });
/* unused harmony exports appendAttachment, attachBundle */
/* harmony import */ var _oci_image_spec_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74891);
/* harmony import */ var _dsse_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(54631);
/* harmony import */ var _formats_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6564);
/* harmony import */ var _cosign_annotations_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(63454);
/* harmony import */ var _shared_tag_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(88798);
/* harmony import */ var _store_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(62325);
/**
 * Signing one image: its digest and, for an image index, every manifest it lists (so a digest that
 * `docker pull --platform …` resolves verifies too). Per digest: a simple-signing layer appended to
 * `sha256-<hex>.sig` (format `cosign`) and/or a Sigstore bundle referrer (format `bundle`); per image
 * one provenance statement naming all of them, and per platform manifest its SPDX SBOM statement,
 * each stored as `.att` layer and/or bundle referrer.
 */







/** The digest itself, then the manifests an index lists (one level: that is what platforms resolve to). */
async function subjectsOf(store, digest) {
    const root = await store.getByDigest(digest);
    const subjects = [root.descriptor];
    if ((0,_oci_image_spec_js__WEBPACK_IMPORTED_MODULE_0__/* .isIndexMediaType */ .$$)(root.descriptor.mediaType)) {
        const index = (0,_store_js__WEBPACK_IMPORTED_MODULE_5__/* .parseDocument */ .Tp)('index', root, `image index ${digest}`);
        for (const entry of index.manifests) {
            if ((0,_oci_image_spec_js__WEBPACK_IMPORTED_MODULE_0__/* .isManifestMediaType */ .CM)(entry.mediaType) && !subjects.some((s) => s.digest === entry.digest)) {
                subjects.push({ mediaType: entry.mediaType, digest: entry.digest, size: entry.size });
            }
        }
    }
    return subjects;
}
/** Merges started over because the tag changed during the config upload, before writing regardless. */
const MERGES_BEFORE_WRITING = 5;
/**
 * Appends layers to the `.sig`/`.att` manifest of `digest`, keeping every signature already there,
 * and — where other signers may write the same tag — until the store's answer holds them.
 */
async function appendAttachment(store, digest, kind, layers) {
    const tag = (0,_formats_js__WEBPACK_IMPORTED_MODULE_2__/* .attachmentTag */ .Ko)(digest, kind);
    // Content-addressed, so uploaded before the read: the read-to-write window holds as little as can be.
    const ours = [];
    for (const layer of layers)
        ours.push({ ...(await store.putBlob(layer.payload, layer.mediaType)), annotations: layer.annotations });
    const read = async () => {
        const existing = await (0,_shared_tag_js__WEBPACK_IMPORTED_MODULE_4__/* .readSharedTag */ .mu)(store.sharedTags, () => store.getTagged(tag));
        if (!existing || !(0,_oci_image_spec_js__WEBPACK_IMPORTED_MODULE_0__/* .isManifestMediaType */ .CM)(existing.descriptor.mediaType))
            return { digest: existing?.descriptor.digest, layers: [] };
        return { digest: existing.descriptor.digest, layers: (0,_oci_image_spec_js__WEBPACK_IMPORTED_MODULE_0__/* .parseOciManifest */ .Ke)(JSON.parse(existing.bytes.toString('utf8')), tag).layers };
    };
    const missing = (present) => layers.filter((layer) => !present.some((d) => (0,_formats_js__WEBPACK_IMPORTED_MODULE_2__/* .sameLayer */ .ac)(d, layer)));
    await (0,_shared_tag_js__WEBPACK_IMPORTED_MODULE_4__/* .updateSharedTag */ .$)(`append to ${(0,_store_js__WEBPACK_IMPORTED_MODULE_5__/* .storeRef */ .PU)(store, tag)}`, store.sharedTags, async () => {
        for (let merge = 1;; merge++) {
            const previous = await read();
            const absent = missing(previous.layers);
            if (absent.length === 0)
                return;
            const descriptors = [...previous.layers, ...ours.filter((_, i) => absent.includes(layers[i]))];
            const config = await store.putBlob((0,_formats_js__WEBPACK_IMPORTED_MODULE_2__/* .attachmentConfig */ .O3)(descriptors), _oci_image_spec_js__WEBPACK_IMPORTED_MODULE_0__/* .OCI_CONFIG */ .TF);
            // The config upload can take a while (other signers upload the same blob): write only what
            // merged the tag as it is now, so the read-to-write window is one GET and one PUT.
            if (store.sharedTags && merge < MERGES_BEFORE_WRITING && (await read()).digest !== previous.digest)
                continue;
            await store.putManifest((0,_formats_js__WEBPACK_IMPORTED_MODULE_2__/* .attachmentManifest */ .Ny)(config, descriptors), _oci_image_spec_js__WEBPACK_IMPORTED_MODULE_0__/* .OCI_MANIFEST */ .EG, tag);
            return;
        }
    }, async () => missing((await read()).layers).length === 0);
    return tag;
}
/** Stores a bundle as an OCI 1.1 referrer of `subject`; returns the referrer manifest's digest. */
async function attachBundle(store, subject, bundle, predicateType, created) {
    const layer = await store.putBlob(Buffer.from(JSON.stringify(bundle)), _formats_js__WEBPACK_IMPORTED_MODULE_2__/* .BUNDLE_MEDIA_TYPE */ .NV);
    await store.putBlob(_formats_js__WEBPACK_IMPORTED_MODULE_2__/* .EMPTY_CONFIG */ .$v, _oci_image_spec_js__WEBPACK_IMPORTED_MODULE_0__/* .OCI_EMPTY */ .g1);
    const bytes = (0,_formats_js__WEBPACK_IMPORTED_MODULE_2__/* .bundleReferrerManifest */ .j_)(layer, subject, predicateType, created);
    const descriptor = await store.putReferrer(bytes, (0,_oci_image_spec_js__WEBPACK_IMPORTED_MODULE_0__/* .parseOciManifest */ .Ke)(JSON.parse(bytes.toString('utf8')), 'bundle referrer'));
    return descriptor.digest;
}
function subjectOf(identity, digest) {
    return { name: identity, digest: { sha256: digest.replace(/^sha256:/, '') } };
}
async function signImage(target, options) {
    const { signer, formats, logger } = options;
    const now = options.now ?? (() => new Date());
    const { store } = target;
    const subjects = await subjectsOf(store, target.digest);
    const result = { signatures: [] };
    const record = (digest, kind, format, ref) => {
        result.signatures.push({ image: target.image, digest, kind, format, ref });
        logger.info(`${kind === 'signature' ? 'Signed' : kind === 'sbom' ? 'Attested the SBOM of' : 'Attested'} ${digest} (${format}): ${ref}`);
    };
    for (const subject of subjects) {
        if (formats.includes('cosign')) {
            const payload = (0,_formats_js__WEBPACK_IMPORTED_MODULE_2__/* .simpleSigningPayload */ .Kq)(target.identity, subject.digest, options.annotations);
            const signed = await signer.signMessage(payload);
            result.certificatePem ??= signed.certificatePem;
            const annotations = { [_formats_js__WEBPACK_IMPORTED_MODULE_2__/* .ANNOTATION_SIGNATURE */ .LR]: signed.signature.toString('base64'), ...(0,_cosign_annotations_js__WEBPACK_IMPORTED_MODULE_3__/* .witnessAnnotations */ .iB)(signed) };
            const tag = await appendAttachment(store, subject.digest, 'sig', [{ mediaType: _formats_js__WEBPACK_IMPORTED_MODULE_2__/* .SIMPLE_SIGNING_MEDIA_TYPE */ .$r, payload, annotations }]);
            record(subject.digest, 'signature', 'cosign', (0,_store_js__WEBPACK_IMPORTED_MODULE_5__/* .storeRef */ .PU)(store, tag));
        }
        if (formats.includes('bundle')) {
            const signed = await signer.signStatement((0,_dsse_js__WEBPACK_IMPORTED_MODULE_1__/* .statement */ .qZ)([subjectOf(target.identity, subject.digest)], _formats_js__WEBPACK_IMPORTED_MODULE_2__/* .COSIGN_SIGN_PREDICATE */ .u, {}));
            result.certificatePem ??= signed.certificatePem;
            const digest = await attachBundle(store, subject, signed.bundle, _formats_js__WEBPACK_IMPORTED_MODULE_2__/* .COSIGN_SIGN_PREDICATE */ .u, now());
            record(subject.digest, 'signature', 'bundle', (0,_store_js__WEBPACK_IMPORTED_MODULE_5__/* .storeRef */ .PU)(store, digest));
        }
    }
    /** One statement about `attested`, signed once, stored per subject as a `.att` layer and/or a bundle referrer. */
    const attest = async (attested, predicateType, predicate, kind) => {
        const signed = await signer.signStatement((0,_dsse_js__WEBPACK_IMPORTED_MODULE_1__/* .statement */ .qZ)(attested.map((s) => subjectOf(target.identity, s.digest)), predicateType, predicate));
        result.certificatePem ??= signed.certificatePem;
        for (const subject of attested) {
            if (formats.includes('cosign')) {
                const annotations = { [_formats_js__WEBPACK_IMPORTED_MODULE_2__/* .ANNOTATION_PREDICATE_TYPE */ .nM]: predicateType, [_formats_js__WEBPACK_IMPORTED_MODULE_2__/* .ANNOTATION_SIGNATURE */ .LR]: '', ...(0,_cosign_annotations_js__WEBPACK_IMPORTED_MODULE_3__/* .witnessAnnotations */ .iB)(signed) };
                const tag = await appendAttachment(store, subject.digest, 'att', [
                    { mediaType: _formats_js__WEBPACK_IMPORTED_MODULE_2__/* .DSSE_MEDIA_TYPE */ .OO, payload: Buffer.from(JSON.stringify(signed.envelope)), annotations }
                ]);
                record(subject.digest, kind, 'cosign', (0,_store_js__WEBPACK_IMPORTED_MODULE_5__/* .storeRef */ .PU)(store, tag));
            }
            if (formats.includes('bundle')) {
                const digest = await attachBundle(store, subject, signed.bundle, predicateType, now());
                record(subject.digest, kind, 'bundle', (0,_store_js__WEBPACK_IMPORTED_MODULE_5__/* .storeRef */ .PU)(store, digest));
            }
        }
        return signed;
    };
    if (options.provenance)
        result.provenanceBundle = (await attest(subjects, _formats_js__WEBPACK_IMPORTED_MODULE_2__/* .SLSA_PROVENANCE_V1 */ .us, options.provenance, 'provenance')).bundle;
    for (const sbom of options.sboms ?? [])
        (result.sbomBundles ??= []).push((await attest([sbom.subject], _formats_js__WEBPACK_IMPORTED_MODULE_2__/* .SPDX_DOCUMENT_PREDICATE */ .k7, sbom.document, 'sbom')).bundle);
    return result;
}


/***/ }),

/***/ 62325:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PU: () => (/* binding */ storeRef),
/* harmony export */   Tp: () => (/* binding */ parseDocument),
/* harmony export */   gn: () => (/* binding */ LayoutSignatureStore)
/* harmony export */ });
/* harmony import */ var _oci_layout_reader_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(84952);
/* harmony import */ var _oci_layout_writer_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(71540);
/* harmony import */ var _oci_image_spec_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74891);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(84704);
/* harmony import */ var _formats_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6564);
/**
 * Where signatures live next to an image: an OCI layout (the way `cosign save` keeps them: every
 * `.sig`/`.att` manifest tagged `sha256-<hex>.sig` in index.json, so `publish` pushes them with the
 * image) or a registry repository. Both speak this one interface, so signing and verification do not
 * care which.
 */





/** A reference to something in the store, for outputs: `oci:dir:tag`, `host/repo:tag`, `host/repo@sha256:…`. */
function storeRef(store, tagOrDigest) {
    return `${store.location}${tagOrDigest.startsWith('sha256:') ? '@' : ':'}${tagOrDigest}`;
}
function parseDocument(kind, document, where) {
    const json = JSON.parse(document.bytes.toString('utf8'));
    return (kind === 'index' ? (0,_oci_image_spec_js__WEBPACK_IMPORTED_MODULE_2__/* .parseOciIndex */ .ri)(json, where) : (0,_oci_image_spec_js__WEBPACK_IMPORTED_MODULE_2__/* .parseOciManifest */ .Ke)(json, where));
}
/**
 * An OCI image layout. Referrers are kept as the distribution spec's fallback: an index tagged
 * `sha256-<hex>` listing them — so a layout copied tag by tag to a registry without a referrers API
 * arrives complete, and one with the API learns the referrers from their `subject`.
 */
class LayoutSignatureStore {
    dir;
    input;
    location;
    /** `layout`: the layout already opened for `dir`, so its index.json is not read again. */
    constructor(dir, input, layout) {
        this.dir = dir;
        this.input = input;
        this.location = `oci:${dir}`;
        if (layout)
            this.opened = Promise.resolve(layout);
    }
    /** index.json is read once, and again only after this store has written to the layout. */
    opened;
    layout() {
        this.opened ??= _oci_layout_reader_js__WEBPACK_IMPORTED_MODULE_0__.OciLayout.open(this.input, this.dir);
        return this.opened;
    }
    async indexEntries() {
        return (await this.layout()).index.manifests;
    }
    async getTagged(tag) {
        const entry = (await this.indexEntries()).find((e) => e.annotations?.[_oci_image_spec_js__WEBPACK_IMPORTED_MODULE_2__/* .ANNOTATION_REF_NAME */ ._0] === tag);
        if (!entry)
            return undefined;
        const descriptor = { mediaType: entry.mediaType, digest: entry.digest, size: entry.size };
        return { descriptor, bytes: await (await this.layout()).readBlob(descriptor) };
    }
    async getByDigest(digest) {
        if (!(0,_oci_image_spec_js__WEBPACK_IMPORTED_MODULE_2__/* .isSha256Digest */ .q9)(digest))
            throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .inputError */ .Xu)(this.input, `\`${digest}\` is not a sha256 digest`);
        const layout = await this.layout();
        const descriptor = await layout.resolve({ digest });
        const plain = { mediaType: descriptor.mediaType, digest: descriptor.digest, size: descriptor.size };
        return { descriptor: plain, bytes: await layout.readBlob(plain) };
    }
    async readBlob(descriptor) {
        return (await this.layout()).readBlob(descriptor);
    }
    async putBlob(content, mediaType) {
        await (0,_oci_layout_writer_js__WEBPACK_IMPORTED_MODULE_1__/* .ensureLayout */ .p0)(this.dir);
        this.opened = undefined;
        return (0,_oci_layout_writer_js__WEBPACK_IMPORTED_MODULE_1__/* .writeBlob */ .Zh)(this.dir, content, mediaType);
    }
    async putManifest(content, mediaType, tag) {
        const descriptor = await this.putBlob(content, mediaType);
        if (tag !== undefined)
            await (0,_oci_layout_writer_js__WEBPACK_IMPORTED_MODULE_1__/* .setTag */ .NA)(this.dir, tag, descriptor);
        this.opened = undefined;
        return descriptor;
    }
    async putReferrer(content, manifest) {
        if (!manifest.subject)
            throw new Error('a referrer manifest needs a subject');
        const descriptor = await this.putManifest(content, manifest.mediaType ?? 'application/vnd.oci.image.manifest.v1+json');
        const tag = (0,_formats_js__WEBPACK_IMPORTED_MODULE_3__/* .attachmentTag */ .Ko)(manifest.subject.digest);
        const existing = await this.getTagged(tag);
        const index = existing && (0,_oci_image_spec_js__WEBPACK_IMPORTED_MODULE_2__/* .isIndexMediaType */ .$$)(existing.descriptor.mediaType) ? parseDocument('index', existing, `referrers index ${tag}`) : undefined;
        await this.putManifest((0,_formats_js__WEBPACK_IMPORTED_MODULE_3__/* .referrersIndexWith */ .tS)(index, (0,_formats_js__WEBPACK_IMPORTED_MODULE_3__/* .referrerDescriptor */ .xh)(manifest, descriptor)), _oci_image_spec_js__WEBPACK_IMPORTED_MODULE_2__/* .OCI_INDEX */ .$p, tag);
        return descriptor;
    }
    async referrers(digest) {
        const existing = await this.getTagged((0,_formats_js__WEBPACK_IMPORTED_MODULE_3__/* .attachmentTag */ .Ko)(digest));
        if (!existing || !(0,_oci_image_spec_js__WEBPACK_IMPORTED_MODULE_2__/* .isIndexMediaType */ .$$)(existing.descriptor.mediaType))
            return [];
        return parseDocument('index', existing, `referrers index ${(0,_formats_js__WEBPACK_IMPORTED_MODULE_3__/* .attachmentTag */ .Ko)(digest)}`).manifests;
    }
}


/***/ }),

/***/ 59332:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ signSummaryMarkdown),
/* harmony export */   v: () => (/* binding */ verifySummaryMarkdown)
/* harmony export */ });
/* harmony import */ var _report_markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(34902);

function signSummaryMarkdown(options) {
    const { records, bundles } = options;
    const images = new Set(records.map((r) => r.image)).size;
    const files = bundles.length ? ` and ${bundles.length} file${bundles.length === 1 ? '' : 's'}` : '';
    const lines = [`### ✍️ Signed ${images} image${images === 1 ? '' : 's'}${files} (${options.mode === 'key' ? 'with a key' : 'keyless'})`, ''];
    if (records.length > 0) {
        lines.push((0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .table */ .tp)(['image', 'digest', 'what', 'format', 'stored at'], records.map((r) => [r.image, `\`${r.digest.slice(0, 19)}…\``, r.kind, r.format, `\`${r.ref}\``])), '');
    }
    for (const bundle of bundles)
        lines.push(`- \`${bundle}\``);
    return `${lines.join('\n')}\n`;
}
function verifySummaryMarkdown(results) {
    const failed = results.filter((r) => !r.verified).length;
    const heading = failed === 0
        ? `### ✅ ${results.length} image${results.length === 1 ? '' : 's'} verified`
        : `### ❌ ${failed} of ${results.length} image${results.length === 1 ? '' : 's'} failed verification`;
    const rows = results.map((r) => [r.verified ? '✅' : '❌', r.image, `\`${r.digest.slice(0, 19)}…\``, r.reason]);
    return `${heading}\n\n${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .table */ .tp)(['', 'image', 'digest', 'result'], rows)}\n`;
}


/***/ }),

/***/ 13494:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ap: () => (/* binding */ openTarget),
/* harmony export */   JO: () => (/* binding */ requestedImages)
/* harmony export */ });
/* unused harmony exports dockerReference, parseIdentity */
/* harmony import */ var _oci_layout_reader_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(84952);
/* harmony import */ var _oci_reference_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(20907);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(84704);
/* harmony import */ var _store_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(62325);
/**
 * Which images `sign` and `verify` work on and where their signatures live: the `image` input, else
 * the job's last publish, else its last build; each opened as a SignatureStore with the digest to
 * sign and the repository a payload names.
 */




/** `docker.io` repositories are named as cosign names them (go-containerregistry's canonical form). */
function dockerReference(reference) {
    const registry = reference.registry === 'docker.io' ? 'index.docker.io' : reference.registry;
    return `${registry}/${reference.repository}`;
}
/** The repository an `oci:` image will be published to: registry-qualified, no tag, no digest. */
function parseIdentity(input, value) {
    const reference = (0,_oci_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .parseRegistryReference */ .qq)(input, value);
    if (reference.tag || reference.digest)
        throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .inputError */ .Xu)(input, `\`${value}\` names a repository, without tag or digest (e.g. ghcr.io/acme/web)`);
    return dockerReference(reference);
}
function requestedImages(inputs, jobState, action) {
    const identityValue = inputs.optional('identity');
    const identity = identityValue === undefined ? undefined : parseIdentity('identity', identityValue);
    const images = inputs.list('image');
    if (images.length > 0)
        return images.map((image) => ({ image, identity }));
    const state = jobState.read();
    // An `oci:` image's repository, when the user gave none: the build's name, if it names one (the
    // default name is the project directory's, which is no repository; openTarget then asks for one).
    const buildIdentity = () => identity ?? registryIdentity(state.build?.name);
    if (state.publish && state.publish.refs.length > 0) {
        const seen = new Set();
        const requests = [];
        for (const { ref, digest } of state.publish.refs) {
            const parsed = (0,_oci_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .parseImageReference */ .o_)('image', ref);
            const image = parsed.kind === 'registry' ? `${parsed.registry}/${parsed.repository}@${digest}` : `oci:${parsed.dir}@${digest}`;
            if (seen.has(image))
                continue;
            seen.add(image);
            // A registry image's identity is its own repository, whatever the build was called.
            requests.push({ image, identity: parsed.kind === 'registry' ? undefined : buildIdentity() });
        }
        return requests;
    }
    if (state.build?.image)
        return [{ image: state.build.image, identity: buildIdentity() }];
    throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .inputError */ .Xu)('image', `is required: no \`publish\` or \`build\` ran earlier in this job to ${action} by default`);
}
/** A build name as a signing identity, when it names a registry repository (`ghcr.io/acme/web`); else none. */
function registryIdentity(name) {
    if (!name)
        return undefined;
    try {
        return parseIdentity('identity', name);
    }
    catch (error) {
        if ((0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .isConfigurationError */ .p0)(error))
            return undefined;
        throw error;
    }
}
/** Opens the store holding `request`'s image and resolves the digest to work on. */
async function openTarget(request, openRegistry, options) {
    const reference = (0,_oci_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .parseImageReference */ .o_)('image', request.image);
    if (reference.kind === 'registry') {
        if (!reference.digest && options.requireDigest) {
            throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .inputError */ .Xu)('image', `\`${request.image}\` has no digest: signatures name a digest, ` +
                `so give one (e.g. ${reference.registry}/${reference.repository}@\${{ steps.publish.outputs.digest }})`);
        }
        const { store, close } = await openRegistry(reference);
        try {
            // A tag is resolved once; everything after works on that digest.
            const digest = reference.digest ?? (await store.getByDigest(reference.tag ?? 'latest')).descriptor.digest;
            // Signing names the image's own repository; verifying accepts the one `identity` names instead (a
            // promoted copy carries the signatures made for its source repository).
            const identity = options.requireIdentity ? dockerReference(reference) : (request.identity ?? dockerReference(reference));
            return { image: request.image, store, digest, identity, close };
        }
        catch (error) {
            close();
            throw error;
        }
    }
    if (options.requireIdentity && !request.identity) {
        throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .inputError */ .Xu)('identity', `is required for \`${request.image}\`: name the repository the image will be published to (e.g. ghcr.io/acme/web); it is what the signature payload names`);
    }
    const layout = await _oci_layout_reader_js__WEBPACK_IMPORTED_MODULE_0__.OciLayout.open('image', reference.dir);
    const descriptor = await layout.resolve({ tag: reference.tag, digest: reference.digest });
    return {
        image: (0,_oci_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .formatImageReference */ .my)(reference),
        store: new _store_js__WEBPACK_IMPORTED_MODULE_2__/* .LayoutSignatureStore */ .gn(reference.dir, 'image', layout),
        digest: descriptor.digest,
        identity: request.identity,
        close: () => undefined
    };
}


/***/ })

};
