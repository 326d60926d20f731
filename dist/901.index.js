export const id = 901;
export const ids = [901];
export const modules = {

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
        const { decryptSigstoreKey } = await Promise.all(/* import() */[__webpack_require__.e(223), __webpack_require__.e(278)]).then(__webpack_require__.bind(__webpack_require__, 54278));
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
            __webpack_require__.e(/* import() */ 499).then(__webpack_require__.bind(__webpack_require__, 6499)),
            __webpack_require__.e(/* import() */ 760).then(__webpack_require__.bind(__webpack_require__, 55760)),
            Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 17375)),
            Promise.all(/* import() */[__webpack_require__.e(499), __webpack_require__.e(313)]).then(__webpack_require__.bind(__webpack_require__, 63313)),
            __webpack_require__.e(/* import() */ 726).then(__webpack_require__.bind(__webpack_require__, 98726))
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
