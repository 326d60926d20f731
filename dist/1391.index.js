export const id = 1391;
export const ids = [1391];
export const modules = {

/***/ 81391:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   certifiedEphemeralSigner: () => (/* binding */ certifiedEphemeralSigner),
/* harmony export */   keyMaterialSigner: () => (/* binding */ keyMaterialSigner),
/* harmony export */   sigstoreSignMessage: () => (/* binding */ sigstoreSignMessage),
/* harmony export */   sigstoreSignStatement: () => (/* binding */ sigstoreSignStatement)
/* harmony export */ });
/* harmony import */ var _sigstore_bundle__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(61040);
/* harmony import */ var _sigstore_sign__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(15179);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(77598);
/* harmony import */ var _formats_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6564);
/**
 * Everything that needs sigstore-js to sign, in one module that is only ever imported dynamically:
 * bundles (v0.3), Fulcio certificates, Rekor entries and RFC 3161 timestamps.
 */




const BUNDLE_V03 = 'application/vnd.dev.sigstore.bundle.v0.3+json';
const TIMEOUT_MS = 10000;
const RETRIES = 3;
/** Fulcio certificates live 10 minutes; a fresh one is asked for well before that. */
const CERTIFICATE_REUSE_MS = 5 * 60 * 1000;
function keyMaterialSigner(key, hint) {
    return { sign: async (data) => ({ signature: key.sign(data), key: { $case: 'publicKey', publicKey: key.publicKeyPem, hint } }) };
}
/**
 * One ephemeral key for the whole run, certified once and re-certified only when the certificate
 * gets old: one OIDC token and one Fulcio request however many manifests are signed.
 */
function certifiedEphemeralSigner(options) {
    const { privateKey, publicKey } = (0,node_crypto__WEBPACK_IMPORTED_MODULE_2__.generateKeyPairSync)('ec', { namedCurve: 'P-256' });
    const publicKeyPem = publicKey.export({ format: 'pem', type: 'spki' }).toString();
    const keyHolder = {
        sign: async (data) => ({ signature: (0,node_crypto__WEBPACK_IMPORTED_MODULE_2__.sign)('sha256', data, privateKey), key: { $case: 'publicKey', publicKey: publicKeyPem } })
    };
    const fulcio = new _sigstore_sign__WEBPACK_IMPORTED_MODULE_1__/* .FulcioSigner */ .$o({
        identityProvider: { getToken: options.getToken },
        keyHolder,
        fulcioBaseURL: options.fulcioUrl,
        timeout: TIMEOUT_MS,
        retry: RETRIES
    });
    let certified;
    return {
        async sign(data) {
            if (certified && Date.now() - certified.at < CERTIFICATE_REUSE_MS) {
                return { signature: (await keyHolder.sign(data)).signature, key: { $case: 'x509Certificate', certificate: certified.certificate } };
            }
            const signature = await fulcio.sign(data);
            if (signature.key.$case === 'x509Certificate')
                certified = { certificate: signature.key.certificate, at: Date.now() };
            return signature;
        }
    };
}
function witnessesFor(options) {
    const witnesses = [];
    // Statements are logged as in-toto entries, the kind cosign's `.att` Rekor bundles hold, so one
    // signature serves both the `.att` layer and the bundle (sigstore-go and sigstore-js read both kinds).
    if (options.rekorUrl)
        witnesses.push(new _sigstore_sign__WEBPACK_IMPORTED_MODULE_1__/* .RekorWitness */ .fU({ rekorBaseURL: options.rekorUrl, entryType: 'intoto', fetchOnConflict: true, timeout: TIMEOUT_MS, retry: RETRIES }));
    if (options.tsaUrl)
        witnesses.push(new _sigstore_sign__WEBPACK_IMPORTED_MODULE_1__/* .TSAWitness */ .gs({ tsaBaseURL: options.tsaUrl, timeout: TIMEOUT_MS, retry: RETRIES }));
    return witnesses;
}
/**
 * sigstore-js fails with its own summary ("error creating signing certificate") and keeps the reason
 * (an HTTP status, a host not found behind a proxy) in `cause`: the message carries both.
 */
async function explained(work) {
    try {
        return await work;
    }
    catch (error) {
        const reason = error?.cause?.message;
        if (error instanceof Error && typeof reason === 'string' && reason && !error.message.includes(reason)) {
            throw new Error(`${error.message}: ${reason}`, { cause: error });
        }
        throw error;
    }
}
/** Watches what the signer returns, since a bundle v0.3 keeps only the certificate's DER. */
function recording(signer) {
    let last;
    return {
        signer: { sign: async (data) => (last = await signer.sign(data)) },
        last: () => last
    };
}
function certificateOf(signature) {
    return signature?.key.$case === 'x509Certificate' ? signature.key.certificate : undefined;
}
/**
 * sigstore-js builds message-signature bundles as v0.2 (with a one-certificate "chain"); v0.3 differs
 * only in the media type and in holding the leaf certificate directly, so convert.
 */
function toV03(bundle) {
    const material = bundle.verificationMaterial;
    if (material.content.$case === 'x509CertificateChain') {
        const leaf = material.content.x509CertificateChain.certificates[0];
        material.content = { $case: 'certificate', certificate: leaf };
    }
    bundle.mediaType = BUNDLE_V03;
    return bundle;
}
async function sigstoreSignMessage(signer, witnesses, data) {
    const watched = recording(signer);
    const bundle = toV03(await explained(new _sigstore_sign__WEBPACK_IMPORTED_MODULE_1__/* .MessageSignatureBundleBuilder */ .z3({ signer: watched.signer, witnesses: witnessesFor(witnesses) }).create({ data })));
    const content = bundle.content;
    if (content.$case !== 'messageSignature')
        throw new Error('sigstore-js returned a bundle without a message signature');
    return {
        signature: Buffer.from(content.messageSignature.signature),
        certificatePem: certificateOf(watched.last()),
        bundle: (0,_sigstore_bundle__WEBPACK_IMPORTED_MODULE_0__.bundleToJSON)(bundle)
    };
}
async function sigstoreSignStatement(signer, witnesses, statement) {
    const watched = recording(signer);
    const bundle = await explained(new _sigstore_sign__WEBPACK_IMPORTED_MODULE_1__/* .DSSEBundleBuilder */ .VV({ signer: watched.signer, witnesses: witnessesFor(witnesses) }).create({
        data: statement,
        type: _formats_js__WEBPACK_IMPORTED_MODULE_3__/* .IN_TOTO_PAYLOAD_TYPE */ .T4
    }));
    const json = (0,_sigstore_bundle__WEBPACK_IMPORTED_MODULE_0__.bundleToJSON)(bundle);
    return { envelope: json.dsseEnvelope, certificatePem: certificateOf(watched.last()), bundle: json };
}


/***/ })

};
