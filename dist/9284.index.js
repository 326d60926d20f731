export const id = 9284;
export const ids = [9284];
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
// EXTERNAL MODULE: ./build/oci/image-spec.js
var image_spec = __webpack_require__(74891);
// EXTERNAL MODULE: ./build/signing/cosign-annotations.js
var cosign_annotations = __webpack_require__(63454);
// EXTERNAL MODULE: ./build/signing/dsse.js
var dsse = __webpack_require__(54631);
// EXTERNAL MODULE: ./build/signing/formats.js
var signing_formats = __webpack_require__(6564);
// EXTERNAL MODULE: ./build/signing/provenance.js
var provenance = __webpack_require__(96353);
// EXTERNAL MODULE: ./build/signing/sbom-attestation.js
var sbom_attestation = __webpack_require__(45684);
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
/** Whether a statement's predicate is an SPDX document: an object whose `spdxVersion` is `SPDX-M.N`. */
function isSpdxDocument(predicate) {
    const version = predicate?.spdxVersion;
    return typeof version === 'string' && version.startsWith('SPDX-');
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
        if (!tagged || !(0,image_spec/* isManifestMediaType */.CM)(tagged.descriptor.mediaType))
            return undefined;
        return (0,image_spec/* parseOciManifest */.Ke)(JSON.parse(tagged.bytes.toString('utf8')), (0,signing_formats/* attachmentTag */.Ko)(digest, kind)).layers;
    }
    /**
     * The in-toto statement of a verified envelope, when it names this digest — and, when the repository
     * is known, names it for that repository (as a simple-signing payload's docker-reference must).
     */
    statementFor(envelope, digest) {
        const statement = statementOf(envelope);
        if (!(0,dsse/* statementCovers */.g)(statement, digest))
            throw new Error('its statement does not name this digest');
        const wanted = this.options.dockerReference;
        if (wanted !== undefined) {
            const names = (0,dsse/* statementNames */.O9)(statement, digest);
            if (!names.includes(wanted))
                throw new Error(`its statement names ${names.join(', ') || 'no repository'}, not ${wanted}`);
        }
        return statement;
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
                        messageSignature: {
                            messageDigest: { algorithm: 'SHA2_256', digest: Buffer.from((0,signing_formats/* sha256Hex */.fg)(payload), 'hex').toString('base64') },
                            signature: signature.toString('base64')
                        }
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
                accepted.push({ where, statement: this.statementFor(envelope, digest) });
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
                const manifest = (0,image_spec/* parseOciManifest */.Ke)(JSON.parse((await this.store.getByDigest(referrer.digest)).bytes.toString('utf8')), where);
                if (manifest.subject?.digest !== digest)
                    throw new Error('its subject is another digest');
                const layer = manifest.layers[0];
                if (!layer)
                    throw new Error('it has no bundle layer');
                const bundle = JSON.parse((await this.store.readBlob(layer)).toString('utf8'));
                if (!bundle.dsseEnvelope)
                    throw new Error('the bundle holds no DSSE envelope');
                verifyEnvelope(this.options.trust, bundle.dsseEnvelope, bundle);
                accepted.push({ where, statement: this.statementFor(bundle.dsseEnvelope, digest) });
            }
            catch (error) {
                rejections.push(`${where}: ${(0,errors/* errorMessage */.gJ)(error)}`);
            }
        }
        return accepted;
    }
    /** Why the manifest (or index) at `digest` is missing or does not hash to it; undefined when it does. */
    async signedManifestProblem(digest) {
        try {
            const { bytes } = await this.store.getByDigest(digest);
            const actual = `sha256:${(0,signing_formats/* sha256Hex */.fg)(bytes)}`;
            return actual === digest ? undefined : `its content hashes to ${actual}`;
        }
        catch (error) {
            return (0,errors/* errorMessage */.gJ)(error);
        }
    }
    /** Per platform manifest of `digest`, a verified SPDX statement naming that manifest; every manifest without one is named. */
    async sbomAttestations(digest) {
        let manifests;
        try {
            manifests = await (0,sbom_attestation/* platformManifests */.OS)(this.store, digest);
        }
        catch (error) {
            return { verified: false, detail: `its manifests cannot be read: ${(0,errors/* errorMessage */.gJ)(error)}`, attestations: [] };
        }
        const attestations = [];
        const missing = [];
        for (const manifest of manifests) {
            const rejections = [];
            const candidates = [...(await this.attestationLayers(manifest.digest, rejections)), ...(await this.bundleReferrers(manifest.digest, rejections))];
            const spdx = candidates.find((c) => c.statement?.predicateType === signing_formats/* SPDX_DOCUMENT_PREDICATE */.k7 && isSpdxDocument(c.statement.predicate));
            if (!spdx) {
                missing.push(`manifest ${manifest.digest} has no verified SPDX SBOM attestation${rejections.length ? ` (${rejections.join('; ')})` : ''}`);
                continue;
            }
            const document = spdx.statement.predicate;
            attestations.push({
                manifest: manifest.digest,
                where: spdx.where,
                ...(typeof document.name === 'string' ? { name: document.name } : {}),
                ...(Array.isArray(document.packages) ? { packages: document.packages.length } : {})
            });
        }
        if (missing.length > 0)
            return { verified: false, detail: missing.join('; '), attestations };
        return { verified: true, detail: `${attestations.length} platform manifest${attestations.length === 1 ? '' : 's'} with an SPDX SBOM`, attestations };
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
                result.provenance = {
                    verified: false,
                    detail: `provenance names ${[...new Set(slsa.map((c) => (0,provenance/* provenanceRepository */.m$)(c.statement?.predicate) ?? 'no repository'))].join(', ')}, not ${wanted}`
                };
            }
            else
                result.provenance = {
                    verified: false,
                    detail: rejections.length > 0 ? `no valid SLSA provenance (${rejections.join('; ')})` : `no SLSA provenance attestation for ${digest}`
                };
        }
        if (this.options.requireSbom)
            result.sbom = await this.sbomAttestations(digest);
        const signed = Object.values(result.signatures).some((r) => r?.verified);
        const provenanceOk = !wantsProvenance || result.provenance?.verified === true;
        const sbomOk = !this.options.requireSbom || result.sbom?.verified === true;
        // Signatures name a digest; what is verified is the image, so the manifest must be there and hash to it.
        const unreadable = await this.signedManifestProblem(digest);
        result.verified = signed && provenanceOk && sbomOk && unreadable === undefined;
        if (unreadable !== undefined)
            result.reason = `the signed manifest ${digest} cannot be read: ${unreadable}`;
        else if (result.verified) {
            const via = Object.entries(result.signatures)
                .filter(([, r]) => r?.verified)
                .map(([format]) => format);
            const sbom = this.options.requireSbom ? `, SBOM verified (${result.sbom?.detail})` : '';
            result.reason = `signed (${via.join(', ')})${wantsProvenance ? ', provenance verified' : ''}${sbom}`;
        }
        else if (!signed) {
            result.reason = `not signed as required: ${Object.entries(result.signatures)
                .map(([format, r]) => `${format}: ${r?.detail}`)
                .join(' | ')}`;
        }
        else if (!provenanceOk)
            result.reason = `provenance: ${result.provenance?.detail}`;
        else
            result.reason = `require-sbom: ${result.sbom?.detail}`;
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
    'image',
    'identity',
    'key',
    'certificate-identity',
    'certificate-oidc-issuer',
    'trusted-root',
    'format',
    'provenance',
    'require-sbom',
    'source-repository',
    'username',
    'password',
    'github-token',
    'docker-config',
    'insecure',
    'registry-timeout',
    'registry-min-rate'
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
        throw (0,errors/* inputError */.Xu)('certificate-identity', 'is required (or `key`): the workflow identity keyless signatures must carry, e.g. ' +
            'https://github.com/acme/web/.github/workflows/release.yml@refs/heads/main, or the public key of key-signed ones');
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
    const requireSbom = inputs.boolean('require-sbom', false);
    const sourceRepository = inputs.optional('source-repository');
    const trust = await readTrust(context);
    const requests = (0,targets/* requestedImages */.JO)(inputs, context.jobState, 'verify');
    const openRegistry = (0,registry_access/* registryOpener */.z)({ inputs, env: context.env, logger, mask: (0,action_inputs/* maskFor */.Ah)(context), access: 'pull', firstRegistry: (0,action_inputs/* firstRegistryOf */.rm)(requests) });
    const results = [];
    for (const request of requests) {
        const target = await (0,targets/* openTarget */.Ap)(request, openRegistry, { requireIdentity: false, requireDigest: false });
        try {
            const verifier = new ImageVerifier(target.store, {
                trust,
                formats,
                requireProvenance,
                requireSbom,
                sourceRepository,
                dockerReference: target.identity
            });
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
        const reasons = failed.map((r) => `${r.image}: ${r.reason}`).join('\n');
        throw new errors/* CheckFailedError */.CO(`${failed.length} of ${results.length} image${results.length === 1 ? '' : 's'} did not verify:\n${reasons}`);
    }
    return results;
}


/***/ })

};
