export const id = 471;
export const ids = [471,760,726];
export const modules = {

/***/ 62471:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  SIGN_INPUTS: () => (/* binding */ SIGN_INPUTS),
  readAnnotations: () => (/* binding */ readAnnotations),
  readOverrides: () => (/* binding */ readOverrides),
  signAction: () => (/* binding */ signAction)
});

// EXTERNAL MODULE: ./build/github/client.js
var client = __webpack_require__(44463);
// EXTERNAL MODULE: ./build/publish/options.js
var options = __webpack_require__(98726);
// EXTERNAL MODULE: ./build/runtime/errors.js
var errors = __webpack_require__(84704);
// EXTERNAL MODULE: ./build/oci/image-spec.js
var image_spec = __webpack_require__(74891);
// EXTERNAL MODULE: ./build/signing/dsse.js
var dsse = __webpack_require__(54631);
// EXTERNAL MODULE: ./build/signing/formats.js
var signing_formats = __webpack_require__(6564);
// EXTERNAL MODULE: ./build/signing/cosign-annotations.js
var cosign_annotations = __webpack_require__(63454);
// EXTERNAL MODULE: ./build/signing/shared-tag.js
var shared_tag = __webpack_require__(88798);
// EXTERNAL MODULE: ./build/signing/store.js
var signing_store = __webpack_require__(62325);
;// CONCATENATED MODULE: ./build/signing/sign-image.js
/**
 * Signing one image: its digest and, for an image index, every manifest it lists (so a digest that
 * `docker pull --platform …` resolves verifies too). Per digest: a simple-signing layer appended to
 * `sha256-<hex>.sig` (format `cosign`) and/or a Sigstore bundle referrer (format `bundle`); per image
 * one provenance statement naming all of them, stored as `.att` layer and/or bundle referrer.
 */







/** The digest itself, then the manifests an index lists (one level: that is what platforms resolve to). */
async function subjectsOf(store, digest) {
    const root = await store.getByDigest(digest);
    const subjects = [root.descriptor];
    if ((0,image_spec/* isIndexMediaType */.$$)(root.descriptor.mediaType)) {
        const index = (0,signing_store/* parseDocument */.Tp)('index', root, `image index ${digest}`);
        for (const entry of index.manifests) {
            if ((0,image_spec/* isManifestMediaType */.CM)(entry.mediaType) && !subjects.some((s) => s.digest === entry.digest)) {
                subjects.push({ mediaType: entry.mediaType, digest: entry.digest, size: entry.size });
            }
        }
    }
    return subjects;
}
/**
 * Appends layers to the `.sig`/`.att` manifest of `digest`, keeping every signature already there,
 * and — where other signers may write the same tag — until the store's answer holds them.
 */
async function appendAttachment(store, digest, kind, layers) {
    const tag = (0,signing_formats/* attachmentTag */.Ko)(digest, kind);
    // Content-addressed, so uploaded before the read: the read-to-write window holds as little as can be.
    const ours = [];
    for (const layer of layers)
        ours.push({ ...(await store.putBlob(layer.payload, layer.mediaType)), annotations: layer.annotations });
    const current = async () => {
        const existing = await store.getTagged(tag);
        return existing && (0,image_spec/* isManifestMediaType */.CM)(existing.descriptor.mediaType) ? (0,image_spec/* parseOciManifest */.Ke)(JSON.parse(existing.bytes.toString('utf8')), tag).layers : [];
    };
    const missing = (present) => layers.filter((layer) => !present.some((d) => (0,signing_formats/* sameLayer */.ac)(d, layer)));
    await (0,shared_tag/* updateSharedTag */.$)(`append to ${(0,signing_store/* storeRef */.PU)(store, tag)}`, store.sharedTags, async () => {
        const previous = await current();
        const absent = missing(previous);
        if (absent.length === 0)
            return;
        const descriptors = [...previous, ...ours.filter((_, i) => absent.includes(layers[i]))];
        const config = await store.putBlob((0,signing_formats/* attachmentConfig */.O3)(descriptors), image_spec/* OCI_CONFIG */.TF);
        await store.putManifest((0,signing_formats/* attachmentManifest */.Ny)(config, descriptors), image_spec/* OCI_MANIFEST */.EG, tag);
    }, async () => missing(await current()).length === 0);
    return tag;
}
/** Stores a bundle as an OCI 1.1 referrer of `subject`; returns the referrer manifest's digest. */
async function attachBundle(store, subject, bundle, predicateType, created) {
    const layer = await store.putBlob(Buffer.from(JSON.stringify(bundle)), signing_formats/* BUNDLE_MEDIA_TYPE */.NV);
    await store.putBlob(signing_formats/* EMPTY_CONFIG */.$v, image_spec/* OCI_EMPTY */.g1);
    const bytes = (0,signing_formats/* bundleReferrerManifest */.j_)(layer, subject, predicateType, created);
    const descriptor = await store.putReferrer(bytes, (0,image_spec/* parseOciManifest */.Ke)(JSON.parse(bytes.toString('utf8')), 'bundle referrer'));
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
        logger.info(`${kind === 'signature' ? 'Signed' : 'Attested'} ${digest} (${format}): ${ref}`);
    };
    for (const subject of subjects) {
        if (formats.includes('cosign')) {
            const payload = (0,signing_formats/* simpleSigningPayload */.Kq)(target.identity, subject.digest, options.annotations);
            const signed = await signer.signMessage(payload);
            result.certificatePem ??= signed.certificatePem;
            const annotations = { [signing_formats/* ANNOTATION_SIGNATURE */.LR]: signed.signature.toString('base64'), ...(0,cosign_annotations/* witnessAnnotations */.iB)(signed) };
            const tag = await appendAttachment(store, subject.digest, 'sig', [{ mediaType: signing_formats/* SIMPLE_SIGNING_MEDIA_TYPE */.$r, payload, annotations }]);
            record(subject.digest, 'signature', 'cosign', (0,signing_store/* storeRef */.PU)(store, tag));
        }
        if (formats.includes('bundle')) {
            const signed = await signer.signStatement((0,dsse/* statement */.qZ)([subjectOf(target.identity, subject.digest)], signing_formats/* COSIGN_SIGN_PREDICATE */.u, {}));
            result.certificatePem ??= signed.certificatePem;
            const digest = await attachBundle(store, subject, signed.bundle, signing_formats/* COSIGN_SIGN_PREDICATE */.u, now());
            record(subject.digest, 'signature', 'bundle', (0,signing_store/* storeRef */.PU)(store, digest));
        }
    }
    if (options.provenance) {
        const provenance = (0,dsse/* statement */.qZ)(subjects.map((s) => subjectOf(target.identity, s.digest)), signing_formats/* SLSA_PROVENANCE_V1 */.us, options.provenance);
        const signed = await signer.signStatement(provenance);
        result.provenanceBundle = signed.bundle;
        result.certificatePem ??= signed.certificatePem;
        for (const subject of subjects) {
            if (formats.includes('cosign')) {
                const annotations = { [signing_formats/* ANNOTATION_PREDICATE_TYPE */.nM]: signing_formats/* SLSA_PROVENANCE_V1 */.us, [signing_formats/* ANNOTATION_SIGNATURE */.LR]: '', ...(0,cosign_annotations/* witnessAnnotations */.iB)(signed) };
                const tag = await appendAttachment(store, subject.digest, 'att', [
                    { mediaType: signing_formats/* DSSE_MEDIA_TYPE */.OO, payload: Buffer.from(JSON.stringify(signed.envelope)), annotations }
                ]);
                record(subject.digest, 'provenance', 'cosign', (0,signing_store/* storeRef */.PU)(store, tag));
            }
            if (formats.includes('bundle')) {
                const digest = await attachBundle(store, subject, signed.bundle, signing_formats/* SLSA_PROVENANCE_V1 */.us, now());
                record(subject.digest, 'provenance', 'bundle', (0,signing_store/* storeRef */.PU)(store, digest));
            }
        }
    }
    return result;
}

// EXTERNAL MODULE: ./build/signing/action-inputs.js
var action_inputs = __webpack_require__(84300);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./build/signing/signer.js
/**
 * The one signing seam: a key from the `key` input, or Sigstore keyless. The simple-signing path of a
 * key without a transparency log needs nothing but node:crypto; everything that makes a Sigstore
 * bundle (or talks to Fulcio, Rekor, a TSA) loads sigstore-js on first use.
 */

/** cosign's hint for a key: base64 of the SHA-256 of its SPKI DER. */
function keyHint(key) {
    return (0,external_node_crypto_.createHash)('sha256')
        .update(key.publicKey.export({ format: 'der', type: 'spki' }))
        .digest('base64');
}
/** A key signer; `witnesses` adds a Rekor entry and/or an RFC 3161 timestamp to what it signs. */
class KeySigner {
    key;
    witnesses;
    mode = 'key';
    publicKeyPem;
    constructor(key, witnesses = {}) {
        this.key = key;
        this.witnesses = witnesses;
        this.publicKeyPem = key.publicKeyPem;
    }
    async signMessage(data, options = {}) {
        if (!options.bundle && !this.witnesses.rekorUrl && !this.witnesses.tsaUrl)
            return { signature: this.key.sign(data) };
        const { sigstoreSignMessage, keyMaterialSigner } = await Promise.all(/* import() */[__webpack_require__.e(88), __webpack_require__.e(830), __webpack_require__.e(128), __webpack_require__.e(275), __webpack_require__.e(179), __webpack_require__.e(391)]).then(__webpack_require__.bind(__webpack_require__, 81391));
        return sigstoreSignMessage(keyMaterialSigner(this.key, keyHint(this.key)), this.witnesses, data);
    }
    async signStatement(statement) {
        const { sigstoreSignStatement, keyMaterialSigner } = await Promise.all(/* import() */[__webpack_require__.e(88), __webpack_require__.e(830), __webpack_require__.e(128), __webpack_require__.e(275), __webpack_require__.e(179), __webpack_require__.e(391)]).then(__webpack_require__.bind(__webpack_require__, 81391));
        return sigstoreSignStatement(keyMaterialSigner(this.key, keyHint(this.key)), this.witnesses, statement);
    }
}
/** Sigstore keyless: an ephemeral key certified by Fulcio for the workflow's OIDC identity. */
class KeylessSigner {
    options;
    mode = 'keyless';
    signer;
    constructor(options) {
        this.options = options;
    }
    fulcio() {
        this.signer ??= Promise.all(/* import() */[__webpack_require__.e(88), __webpack_require__.e(830), __webpack_require__.e(128), __webpack_require__.e(275), __webpack_require__.e(179), __webpack_require__.e(391)]).then(__webpack_require__.bind(__webpack_require__, 81391)).then((m) => m.certifiedEphemeralSigner(this.options));
        return this.signer;
    }
    async signMessage(data) {
        const { sigstoreSignMessage } = await Promise.all(/* import() */[__webpack_require__.e(88), __webpack_require__.e(830), __webpack_require__.e(128), __webpack_require__.e(275), __webpack_require__.e(179), __webpack_require__.e(391)]).then(__webpack_require__.bind(__webpack_require__, 81391));
        return sigstoreSignMessage(await this.fulcio(), this.options, data);
    }
    async signStatement(statement) {
        const { sigstoreSignStatement } = await Promise.all(/* import() */[__webpack_require__.e(88), __webpack_require__.e(830), __webpack_require__.e(128), __webpack_require__.e(275), __webpack_require__.e(179), __webpack_require__.e(391)]).then(__webpack_require__.bind(__webpack_require__, 81391));
        return sigstoreSignStatement(await this.fulcio(), this.options, statement);
    }
}

// EXTERNAL MODULE: ./build/signing/keys.js
var keys = __webpack_require__(88426);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./build/signing/keyless.js
/**
 * Keyless signing's environment: whether an OIDC token can be had, which Sigstore instance to use
 * (as `@actions/attest` chooses: public repositories → the public-good instance, anything else →
 * GitHub's own, so a private repository's name never reaches a public log), and the token itself.
 */


const PUBLIC_GOOD = { fulcioUrl: 'https://fulcio.sigstore.dev', rekorUrl: 'https://rekor.sigstore.dev' };
const OIDC_AUDIENCE = 'sigstore';
/** The event payload the runner wrote (`GITHUB_EVENT_PATH`), or {} outside GitHub. */
function eventPayload(env) {
    if (!env.GITHUB_EVENT_PATH)
        return {};
    try {
        return JSON.parse((0,external_node_fs_.readFileSync)(env.GITHUB_EVENT_PATH, 'utf8'));
    }
    catch {
        return {};
    }
}
function repositoryVisibility(env) {
    const repository = eventPayload(env).repository;
    return typeof repository?.visibility === 'string' ? repository.visibility : undefined;
}
function oidcAvailable(env) {
    return Boolean((env.ACTIONS_ID_TOKEN_REQUEST_URL && env.ACTIONS_ID_TOKEN_REQUEST_TOKEN) || env.SIGSTORE_ID_TOKEN);
}
function githubInstance(env) {
    let host = new URL(env.GITHUB_SERVER_URL || 'https://github.com').hostname;
    if (host === 'github.com')
        host = 'githubapp.com';
    return { fulcioUrl: `https://fulcio.${host}`, tsaUrl: `https://timestamp.${host}` };
}
/** Keyless endpoints: explicit URLs first, then the instance the repository's visibility calls for. */
function keylessEndpoints(env, overrides) {
    const publicRepository = repositoryVisibility(env) === 'public';
    const instance = overrides.fulcioUrl ? 'custom' : publicRepository ? 'public-good' : 'github';
    const base = instance === 'public-good'
        ? { instance, ...PUBLIC_GOOD }
        : instance === 'github'
            ? { instance, ...githubInstance(env) }
            : { instance, fulcioUrl: overrides.fulcioUrl };
    const endpoints = { ...base };
    if (overrides.rekorUrl)
        endpoints.rekorUrl = overrides.rekorUrl;
    if (overrides.tsaUrl)
        endpoints.tsaUrl = overrides.tsaUrl;
    if (overrides.tlog === false)
        delete endpoints.rekorUrl;
    if (overrides.tlog === true && !endpoints.rekorUrl) {
        if (instance === 'github') {
            throw (0,errors/* inputError */.Xu)('tlog', "is true, but GitHub's Sigstore instance (chosen for a repository that is not public, so its name stays out of public logs) " +
                'has no transparency log; give `rekor-url` or set tlog: false');
        }
        endpoints.rekorUrl = PUBLIC_GOOD.rekorUrl;
    }
    if (!endpoints.rekorUrl && !endpoints.tsaUrl) {
        throw (0,errors/* inputError */.Xu)('tlog', 'is false and no `tsa-url` is given: ' +
            'a keyless signature needs a transparency log entry or a timestamp to prove when the short-lived certificate was valid');
    }
    return endpoints;
}
/** Key mode witnesses: none unless asked for; `tlog: true` means the public-good Rekor unless `rekor-url` says otherwise. */
function keyWitnesses(overrides) {
    return {
        ...(overrides.tlog ? { rekorUrl: overrides.rekorUrl ?? PUBLIC_GOOD.rekorUrl } : {}),
        ...(overrides.tsaUrl ? { tsaUrl: overrides.tsaUrl } : {})
    };
}
function decodeJwtClaims(token) {
    try {
        return JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8'));
    }
    catch {
        return {};
    }
}
/**
 * The OIDC token source: the Actions token service (audience `sigstore`, masked by @actions/core as it
 * arrives), else `SIGSTORE_ID_TOKEN` (masked here). Tokens are short-lived, so each certificate
 * request asks again unless the last token is fresh.
 */
function oidcTokenSource(env, mask) {
    let cached;
    return async () => {
        if (cached && Date.now() - cached.at < 60_000)
            return cached.token;
        let token;
        if (env.ACTIONS_ID_TOKEN_REQUEST_URL && env.ACTIONS_ID_TOKEN_REQUEST_TOKEN) {
            const core = await Promise.all(/* import() */[__webpack_require__.e(752), __webpack_require__.e(838), __webpack_require__.e(942)]).then(__webpack_require__.bind(__webpack_require__, 33838));
            token = await core.getIDToken(OIDC_AUDIENCE);
        }
        else if (env.SIGSTORE_ID_TOKEN) {
            token = env.SIGSTORE_ID_TOKEN;
            mask(token);
        }
        else {
            throw (0,errors/* inputError */.Xu)('keyless', 'no OIDC token: give the job `permissions: id-token: write` (or set SIGSTORE_ID_TOKEN outside GitHub)');
        }
        cached = { token, at: Date.now() };
        return token;
    };
}

// EXTERNAL MODULE: ./build/signing/provenance.js
var signing_provenance = __webpack_require__(96353);
// EXTERNAL MODULE: ./build/signing/targets.js
var targets = __webpack_require__(13494);
// EXTERNAL MODULE: ./build/signing/registry-access.js
var registry_access = __webpack_require__(15744);
// EXTERNAL MODULE: ./build/signing/summary.js
var summary = __webpack_require__(59332);
;// CONCATENATED MODULE: ./build/actions/sign.js












/** Every input of `sign`, as in its action.yml (the CLI accepts exactly these as flags). */
const SIGN_INPUTS = [
    'image',
    'identity',
    'key',
    'key-password',
    'keyless',
    'fulcio-url',
    'rekor-url',
    'tsa-url',
    'tlog',
    'annotations',
    'format',
    'provenance',
    'files',
    'release',
    'github-token',
    'username',
    'password',
    'docker-config',
    'insecure',
    'registry-timeout',
    'registry-min-rate'
];
function readAnnotations(inputs) {
    const annotations = {};
    for (const line of inputs.list('annotations', { newlineOnly: true })) {
        const eq = line.indexOf('=');
        if (eq <= 0)
            throw (0,errors/* inputError */.Xu)('annotations', `\`${line}\` is not key=value`);
        annotations[line.slice(0, eq).trim()] = line.slice(eq + 1).trim();
    }
    return annotations;
}
function url(inputs, name) {
    const value = inputs.optional(name);
    if (value === undefined)
        return undefined;
    let parsed;
    try {
        parsed = new URL(value);
    }
    catch {
        throw (0,errors/* inputError */.Xu)(name, `\`${value}\` is not a URL (e.g. https://fulcio.example.com)`);
    }
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
        throw (0,errors/* inputError */.Xu)(name, `\`${value}\` is not an http(s) URL`);
    return value.replace(/\/$/, '');
}
function readOverrides(inputs) {
    const tlog = inputs.optional('tlog');
    return {
        fulcioUrl: url(inputs, 'fulcio-url'),
        rekorUrl: url(inputs, 'rekor-url'),
        tsaUrl: url(inputs, 'tsa-url'),
        tlog: tlog === undefined ? undefined : inputs.boolean('tlog', false)
    };
}
async function chooseSigner(context, overrides) {
    const { inputs, env, logger } = context;
    const keyText = (0,action_inputs/* keyMaterial */.vN)(inputs.source.secret('key'));
    const password = inputs.source.secret('key-password');
    const keyless = inputs.choice('keyless', ['auto', 'true', 'false'], 'auto');
    if (keyText) {
        // A PEM printed across log lines is only hidden when each of its lines is masked.
        (0,action_inputs/* maskFor */.Ah)(context)(keyText);
        if (keyless === 'true')
            throw (0,errors/* inputError */.Xu)('keyless', 'is true, but `key` is given too: sign with one or the other');
        const key = await (0,keys/* loadSigningKey */.fm)(keyText, password || undefined);
        return { signer: new KeySigner(key, keyWitnesses(overrides)) };
    }
    if (keyless === 'false')
        throw (0,errors/* inputError */.Xu)('key', 'is required when keyless is false: give an ECDSA P-256 private key (PEM) or a cosign.key');
    if (!oidcAvailable(env)) {
        if ((0,options.isForkPullRequest)(env))
            return { skip: 'a pull request from a fork gets neither secrets nor an OIDC token' };
        throw (0,errors/* inputError */.Xu)('key', 'or an OIDC token is required: give `key`, or let the job sign keyless with `permissions: id-token: write`');
    }
    const endpoints = keylessEndpoints(env, overrides);
    const instance = endpoints.instance === 'custom' ? 'the given' : endpoints.instance === 'github' ? "GitHub's" : 'the public-good';
    logger.info(`Keyless signing with ${instance} Sigstore instance: Fulcio ${endpoints.fulcioUrl}` +
        `${endpoints.rekorUrl ? `, Rekor ${endpoints.rekorUrl}` : ''}${endpoints.tsaUrl ? `, TSA ${endpoints.tsaUrl}` : ''}`);
    const getToken = oidcTokenSource(env, (0,action_inputs/* maskFor */.Ah)(context));
    return { signer: new KeylessSigner({ ...endpoints, getToken }), tokenClaims: async () => decodeJwtClaims(await getToken()) };
}
/** `sign`: read inputs → choose key or keyless → sign images and files → outputs, summary, job state. */
async function signAction(context) {
    const { inputs, logger, outputs, env } = context;
    const formats = (0,action_inputs/* readFormats */.vM)(inputs);
    const annotations = readAnnotations(inputs);
    const overrides = readOverrides(inputs);
    const files = inputs.list('files');
    const release = inputs.optional('release');
    if (release && files.length === 0)
        throw (0,errors/* inputError */.Xu)('release', 'needs `files`: it is where the blob signatures are uploaded');
    const wantsProvenance = inputs.boolean('provenance', context.onGitHub);
    const explicitImages = inputs.list('image').length > 0;
    const requests = explicitImages || files.length === 0 ? (0,targets/* requestedImages */.JO)(inputs, context.jobState, 'sign') : [];
    const choice = await chooseSigner(context, overrides);
    if ('skip' in choice) {
        logger.notice(`Signing skipped: ${choice.skip}`);
        for (const name of ['signatures', 'bundles'])
            outputs.set(name, []);
        for (const name of ['public-key', 'certificate'])
            outputs.set(name, '');
        return [];
    }
    const { signer } = choice;
    const provenance = wantsProvenance && requests.length > 0 ? (0,signing_provenance/* slsaProvenancePredicate */.Y2)((0,signing_provenance/* provenanceClaims */.vW)(env, choice.tokenClaims ? await choice.tokenClaims() : {})) : undefined;
    const records = [];
    const provenanceBundles = [];
    let certificate;
    const openRegistry = (0,registry_access/* registryOpener */.z)({ inputs, env, logger, mask: (0,action_inputs/* maskFor */.Ah)(context), access: 'push', firstRegistry: (0,action_inputs/* firstRegistryOf */.rm)(requests) });
    for (const request of requests) {
        await logger.group(`Sign ${request.image}`, async () => {
            const target = await (0,targets/* openTarget */.Ap)(request, openRegistry, { requireIdentity: true, requireDigest: true });
            try {
                const result = await signImage({ image: target.image, store: target.store, digest: target.digest, identity: target.identity }, { signer, formats, annotations, provenance, logger });
                records.push(...result.signatures);
                certificate ??= result.certificatePem;
                if (result.provenanceBundle)
                    provenanceBundles.push(result.provenanceBundle);
            }
            finally {
                target.close();
            }
        });
    }
    const bundles = [];
    if (files.length > 0) {
        await logger.group('Sign files', async () => {
            const { resolveFiles, signFiles } = await __webpack_require__.e(/* import() */ 226).then(__webpack_require__.bind(__webpack_require__, 64226));
            const signed = await signFiles(await resolveFiles(files), signer, logger);
            bundles.push(...signed.map((s) => s.bundle));
            certificate ??= signed.find((s) => s.certificatePem)?.certificatePem;
            if (release) {
                const { fileAssets, releaseClient, uploadReleaseAssets } = await __webpack_require__.e(/* import() */ 734).then(__webpack_require__.bind(__webpack_require__, 97734));
                const { github, repository } = await releaseClient({ env, token: inputs.source.secret('github-token'), logger });
                const assets = await fileAssets(signed.flatMap((s) => [s.bundle, s.signature]));
                const upload = await uploadReleaseAssets(github, repository, release, assets, logger);
                logger.info(`Release ${release}: ${upload.uploaded.length} signature files uploaded, ${upload.replaced.length} replaced, ${upload.unchanged.length} unchanged`);
            }
        });
    }
    const repository = (0,client/* repositoryOf */._M)(env);
    const token = inputs.source.secret('github-token');
    if (signer.mode === 'keyless' && provenanceBundles.length > 0 && context.onGitHub && repository && token) {
        const { storeAttestation } = await __webpack_require__.e(/* import() */ 143).then(__webpack_require__.bind(__webpack_require__, 143));
        const github = await (0,client/* gitHubClient */.XB)({ apiUrl: (0,client/* apiUrlOf */.po)(env), token, env, logger });
        for (const bundle of provenanceBundles) {
            const outcome = await storeAttestation(github, repository, bundle);
            if (outcome.stored)
                logger.info(`Stored the provenance attestation on GitHub${outcome.id ? ` (id ${outcome.id})` : ''}`);
            else
                logger.notice(`The provenance attestation was not stored on GitHub (${outcome.reason}); it is attached to the image`);
        }
    }
    outputs.set('signatures', records.map((r) => ({ image: r.image, digest: r.digest, kind: r.kind, format: r.format, 'signature-ref': r.ref })));
    outputs.set('public-key', signer.publicKeyPem ?? '');
    outputs.set('certificate', certificate ?? '');
    outputs.set('bundles', bundles);
    context.jobState.record('sign', {
        mode: signer.mode,
        signatures: records.map((r) => ({ image: r.image, digest: r.digest, kind: r.kind, format: r.format, ref: r.ref })),
        bundles
    });
    await context.summary.write((0,summary/* signSummaryMarkdown */.X)({ mode: signer.mode, records, bundles }));
    return records;
}


/***/ }),

/***/ 44463:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G2: () => (/* binding */ requestStatus),
/* harmony export */   XB: () => (/* binding */ gitHubClient),
/* harmony export */   _M: () => (/* binding */ repositoryOf),
/* harmony export */   po: () => (/* binding */ apiUrlOf)
/* harmony export */ });
/* unused harmony export GITHUB_API_URL */
const GITHUB_API_URL = 'https://api.github.com';
const USER_AGENT = 'unikernel-actions';
/** The job's API root: GITHUB_API_URL (GHES sets it), else github.com's. */
function apiUrlOf(env) {
    return (env.GITHUB_API_URL || GITHUB_API_URL).replace(/\/+$/, '');
}
/** The job's repository from GITHUB_REPOSITORY (`owner/repo`), or undefined outside GitHub. */
function repositoryOf(env) {
    const match = /^([\w.-]+)\/([\w.-]+)$/.exec(env.GITHUB_REPOSITORY ?? '');
    return match ? { owner: match[1], repo: match[2] } : undefined;
}
/** The HTTP status of a failed call (octokit's RequestError), undefined when there was no answer. */
function requestStatus(error) {
    const status = error?.status;
    // octokit reports a request that got no answer at all as status 500 without a response.
    if (typeof status !== 'number' || error.response === undefined)
        return undefined;
    return status;
}
async function gitHubClient(options) {
    const [{ Octokit }, { paginateRest }, { suiteFetch }] = await Promise.all([
        __webpack_require__.e(/* import() */ 730).then(__webpack_require__.bind(__webpack_require__, 14730)),
        __webpack_require__.e(/* import() */ 779).then(__webpack_require__.bind(__webpack_require__, 93779)),
        Promise.all(/* import() */[__webpack_require__.e(752), __webpack_require__.e(616)]).then(__webpack_require__.bind(__webpack_require__, 20616))
    ]);
    const logger = options.logger;
    const GitHub = Octokit.plugin(paginateRest);
    return new GitHub({
        baseUrl: options.apiUrl.replace(/\/+$/, ''),
        ...(options.token ? { auth: options.token } : {}),
        userAgent: USER_AGENT,
        request: { fetch: suiteFetch({ env: options.env, retry: options.retry, logger }) },
        log: {
            debug: (message) => logger?.debug(message),
            info: (message) => logger?.debug(message),
            warn: (message) => logger?.warning(message),
            error: (message) => logger?.error(message)
        }
    });
}


/***/ }),

/***/ 98726:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PUBLISH_INPUTS: () => (/* binding */ PUBLISH_INPUTS),
/* harmony export */   credentialsFor: () => (/* binding */ credentialsFor),
/* harmony export */   isForkPullRequest: () => (/* binding */ isForkPullRequest),
/* harmony export */   parseDestinations: () => (/* binding */ parseDestinations),
/* harmony export */   parseMergeSources: () => (/* binding */ parseMergeSources),
/* harmony export */   readCredentialSources: () => (/* binding */ readCredentialSources),
/* harmony export */   readPublishOptions: () => (/* binding */ readPublishOptions),
/* harmony export */   registriesWithoutCredentials: () => (/* binding */ registriesWithoutCredentials)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var _oci_image_spec_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74891);
/* harmony import */ var _oci_reference_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(20907);
/* harmony import */ var _registry_credentials_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(55760);
/* harmony import */ var _registry_limits_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(88644);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(84704);






/** Every input of `publish`, as in its action.yml (the CLI accepts exactly these as flags). */
const PUBLISH_INPUTS = [
    'image',
    'to',
    'push-by-digest',
    'username',
    'password',
    'github-token',
    'docker-config',
    'insecure',
    'merge',
    'copy-signatures',
    'release',
    'retries',
    'concurrency',
    ..._registry_limits_js__WEBPACK_IMPORTED_MODULE_4__/* .REGISTRY_LIMIT_INPUTS */ .U_
];
const GHCR = 'ghcr.io';
/** The tags `build` recorded (a record from a build that gave none has no `tags`). */
function recordedTags(build) {
    const tags = build?.tags;
    return Array.isArray(tags) ? tags.filter((tag) => typeof tag === 'string') : [];
}
/** `to` when not given: the build's registry-qualified `name` with its tags. */
function defaultDestinations(build, sourceTag) {
    const name = build?.name;
    if (!name)
        throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .inputError */ .Xu)('to', 'is required: no build in this job recorded an image name; give registry references (ghcr.io/acme/web:1.0) or oci:<dir>');
    let ref;
    try {
        ref = (0,_oci_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .parseRegistryReference */ .qq)('to', name);
    }
    catch {
        throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .inputError */ .Xu)('to', `is required: the build's name \`${name}\` is not registry-qualified (give \`name\` to build, e.g. ghcr.io/acme/web, or \`to\` here)`);
    }
    const tags = recordedTags(build);
    if (tags.length === 0 && sourceTag)
        tags.push(sourceTag);
    if (tags.length === 0)
        return [`${ref.registry}/${ref.repository}`];
    return tags.map((tag) => `${ref.registry}/${ref.repository}:${tag}`);
}
function tagOfReference(value) {
    if (!value?.startsWith('oci:'))
        return undefined;
    try {
        return (0,_oci_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .parseLayoutReference */ .ZR)('image', value).tag;
    }
    catch {
        return undefined;
    }
}
/** Groups `to` into destinations: one per repository (its tags together) and one per layout. */
function parseDestinations(items, pushByDigest, sourceTag) {
    const destinations = [];
    for (const item of items) {
        const ref = (0,_oci_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .parseImageReference */ .o_)('to', item);
        if (ref.digest)
            throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .inputError */ .Xu)('to', `\`${item}\` names a digest; a destination is a repository with an optional tag (the digest is the image's own)`);
        if (ref.kind === 'layout') {
            const tag = pushByDigest ? undefined : (ref.tag ?? sourceTag);
            if (!pushByDigest && tag === undefined)
                throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .inputError */ .Xu)('to', `\`${item}\` needs a tag (oci:<dir>:<tag>): the source image has none to reuse`);
            destinations.push(tag === undefined ? { kind: 'layout', dir: ref.dir } : { kind: 'layout', dir: ref.dir, tag });
            continue;
        }
        const tag = ref.tag ?? sourceTag;
        if (!pushByDigest && tag === undefined)
            throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .inputError */ .Xu)('to', `\`${item}\` needs a tag (or \`push-by-digest: true\`): the source image has none to reuse`);
        const existing = destinations.find((d) => d.kind === 'registry' && d.registry === ref.registry && d.repository === ref.repository);
        const tags = pushByDigest || tag === undefined ? [] : [tag];
        if (existing)
            existing.tags.push(...tags.filter((t) => !existing.tags.includes(t)));
        else
            destinations.push({ kind: 'registry', registry: ref.registry, repository: ref.repository, tags });
    }
    return destinations;
}
/** `merge` items: references, or bare digests in the first registry destination's repository. */
function parseMergeSources(items, destinations) {
    const first = destinations.find((d) => d.kind === 'registry');
    return items.map((item) => {
        if ((0,_oci_image_spec_js__WEBPACK_IMPORTED_MODULE_1__/* .isSha256Digest */ .q9)(item)) {
            if (!first)
                throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .inputError */ .Xu)('merge', `\`${item}\` is a bare digest, which refers to the first registry repository in \`to\`, and \`to\` names none`);
            return {
                ref: { kind: 'registry', registry: first.registry, repository: first.repository, digest: item },
                label: `${first.registry}/${first.repository}@${item}`
            };
        }
        if (item.startsWith('oci:'))
            throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .inputError */ .Xu)('merge', `\`${item}\`: merge combines images already in a registry (references or digests), not local layouts`);
        const ref = (0,_oci_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .parseRegistryReference */ .qq)('merge', item);
        if (!ref.tag && !ref.digest)
            throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .inputError */ .Xu)('merge', `\`${item}\` names neither a tag nor a digest`);
        return { ref, label: item };
    });
}
function readPublishOptions(inputs, state) {
    const pushByDigest = inputs.boolean('push-by-digest', false);
    const mergeItems = inputs.list('merge');
    let image;
    let promote;
    const imageText = inputs.optional('image');
    if (mergeItems.length > 0) {
        if (imageText)
            throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .inputError */ .Xu)('merge', 'combines images already in a registry into one index; it excludes `image` (publish each image first, e.g. with push-by-digest)');
    }
    else {
        const text = imageText ?? state.build?.image;
        if (!text)
            throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .inputError */ .Xu)('image', 'is required: no build ran earlier in this job; give an OCI layout reference (oci:<dir>:<tag>)');
        const ref = (0,_oci_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .parseImageReference */ .o_)('image', text);
        if (ref.kind === 'layout')
            image = ref;
        else if (!ref.tag && !ref.digest)
            throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .inputError */ .Xu)('image', `\`${text}\` names neither a tag nor a digest of the image to promote`);
        else
            promote = ref;
    }
    const sourceTag = image?.tag ?? promote?.tag ?? (imageText ? undefined : tagOfReference(state.build?.image));
    let toItems = inputs.list('to');
    if (toItems.length === 0)
        toItems = defaultDestinations(state.build, sourceTag);
    const destinations = parseDestinations(toItems, pushByDigest, mergeItems.length > 0 ? undefined : sourceTag);
    if (mergeItems.length > 0 && !pushByDigest && destinations.some((d) => (d.kind === 'registry' ? d.tags.length === 0 : !d.tag))) {
        throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .inputError */ .Xu)('to', 'each destination of a merge needs a tag (or `push-by-digest: true`)');
    }
    if (mergeItems.length > 0 && destinations.some((d) => d.kind === 'layout'))
        throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .inputError */ .Xu)('to', 'a merge is pushed to registries only; oci: destinations take `image`');
    if (promote && destinations.some((d) => d.kind === 'layout'))
        throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .inputError */ .Xu)('to', 'promoting a registry image copies it to registries; an oci: destination takes a layout `image`');
    const merge = parseMergeSources(mergeItems, destinations);
    const release = inputs.optional('release');
    const options = {
        image,
        ...(promote ? { promote } : {}),
        copySignatures: inputs.boolean('copy-signatures', true),
        destinations,
        pushByDigest,
        merge,
        insecure: inputs.list('insecure'),
        retries: inputs.positiveInteger('retries', { max: 20 }) ?? 5,
        concurrency: inputs.positiveInteger('concurrency', { max: 32 }) ?? 4,
        limits: (0,_registry_limits_js__WEBPACK_IMPORTED_MODULE_4__/* .readRegistryLimits */ .kM)(inputs)
    };
    if (release !== undefined) {
        if (!image)
            throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .inputError */ .Xu)('release', 'uploads the kernels of a layout `image`; it cannot be combined with `merge` or a registry `image`');
        options.release = release;
    }
    const token = inputs.source.secret('github-token');
    if (token)
        options.githubToken = token;
    return options;
}
/** Reads `username`/`password`/`docker-config` and the GitHub defaults into credential sources. */
async function readCredentialSources(inputs, options, env) {
    const username = inputs.optional('username');
    const password = inputs.source.secret('password') || undefined;
    const firstRegistry = [
        ...options.destinations.filter((d) => d.kind === 'registry').map((d) => d.registry),
        ...options.merge.map((m) => m.ref.registry)
    ][0];
    if (username !== undefined && password === undefined)
        throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .inputError */ .Xu)('password', `is required with \`username\` (\`${username}\`)`);
    if (password !== undefined && username === undefined && firstRegistry !== GHCR)
        throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .inputError */ .Xu)('username', 'is required with `password`');
    const sources = {};
    if (password !== undefined) {
        if (!firstRegistry)
            throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .inputError */ .Xu)('password', 'is for a registry, and `to` names none');
        sources.inputRegistry = firstRegistry;
        sources.username = username ?? env.GITHUB_ACTOR;
        sources.password = password;
    }
    const located = (0,_registry_credentials_js__WEBPACK_IMPORTED_MODULE_3__.dockerConfigPath)(inputs.optional('docker-config'), env);
    if (located) {
        const config = await (0,_registry_credentials_js__WEBPACK_IMPORTED_MODULE_3__.loadDockerConfig)(located.path, located.explicit);
        if (config)
            sources.dockerConfig = config;
    }
    if (env.GITHUB_ACTOR)
        sources.githubActor = env.GITHUB_ACTOR;
    if (options.githubToken)
        sources.githubToken = options.githubToken;
    return sources;
}
/** The credentials for one registry, from the first source that has some. */
async function credentialsFor(registry, sources, env = process.env) {
    if (sources.password !== undefined && sources.inputRegistry === registry) {
        return { username: sources.username ?? '', password: sources.password, source: 'the `username`/`password` inputs' };
    }
    if (sources.dockerConfig) {
        const found = await (0,_registry_credentials_js__WEBPACK_IMPORTED_MODULE_3__.dockerConfigCredentials)(sources.dockerConfig, registry, env);
        if (found)
            return found;
    }
    if (registry === GHCR && sources.githubToken) {
        return { username: sources.githubActor ?? 'github-actions', password: sources.githubToken, source: 'the `github-token` input' };
    }
    return undefined;
}
/**
 * A pull request from a fork: GitHub withholds secrets and gives a read-only token, so a push needs
 * credentials the workflow cannot have. Read from the event payload the runner provides.
 */
function isForkPullRequest(env) {
    if (!env.GITHUB_EVENT_NAME?.startsWith('pull_request') || env.GITHUB_EVENT_NAME === 'pull_request_target' || !env.GITHUB_EVENT_PATH)
        return false;
    try {
        const event = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(env.GITHUB_EVENT_PATH, 'utf8'));
        const pr = event.pull_request;
        if (!pr)
            return false;
        const head = pr.head?.repo?.full_name;
        return head === undefined || head !== pr.base?.repo?.full_name;
    }
    catch {
        return false;
    }
}
/** Registries a fork's pull request cannot push to: not loopback, and no credentials besides the read-only token. */
async function registriesWithoutCredentials(registries, sources, env) {
    const missing = [];
    for (const registry of registries) {
        if ((0,_registry_credentials_js__WEBPACK_IMPORTED_MODULE_3__.isImplicitlyInsecure)(registry))
            continue;
        const credentials = await credentialsFor(registry, { ...sources, githubToken: undefined }, env);
        if (!credentials)
            missing.push(registry);
    }
    return missing;
}


/***/ }),

/***/ 55760:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   credentialHelper: () => (/* binding */ credentialHelper),
/* harmony export */   dockerConfigCredentials: () => (/* binding */ dockerConfigCredentials),
/* harmony export */   dockerConfigPath: () => (/* binding */ dockerConfigPath),
/* harmony export */   isImplicitlyInsecure: () => (/* binding */ isImplicitlyInsecure),
/* harmony export */   isInsecureRegistry: () => (/* binding */ isInsecureRegistry),
/* harmony export */   loadDockerConfig: () => (/* binding */ loadDockerConfig),
/* harmony export */   normalizeRegistryKey: () => (/* binding */ normalizeRegistryKey)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(48161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(76760);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(84704);






/** Docker Hub's names: config files key it as `https://index.docker.io/v1/`. */
const DOCKER_HUB_ALIASES = ['docker.io', 'index.docker.io', 'registry-1.docker.io', 'registry.hub.docker.com'];
/** `https://ghcr.io/v1/` → `ghcr.io`: the host (and port) part of an `auths` key. */
function normalizeRegistryKey(key) {
    const withoutScheme = key.replace(/^[a-z]+:\/\//i, '');
    const host = withoutScheme.split('/')[0].toLowerCase();
    return DOCKER_HUB_ALIASES.includes(host) ? 'docker.io' : host;
}
/**
 * Which config file: the `docker-config` input, else `$DOCKER_CONFIG/config.json`, else
 * `~/.docker/config.json`; undefined when none was named and the default is absent.
 */
function dockerConfigPath(input, env) {
    if (input)
        return { path: input, explicit: true };
    if (env.DOCKER_CONFIG)
        return { path: (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(env.DOCKER_CONFIG, 'config.json'), explicit: false };
    const home = env.HOME ?? (0,node_os__WEBPACK_IMPORTED_MODULE_3__.homedir)();
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(home, '.docker', 'config.json');
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(path) ? { path, explicit: false } : undefined;
}
/** Reads a docker config; a missing default file is no config, a missing explicit one is the user's error. */
async function loadDockerConfig(path, explicit, input = 'docker-config') {
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readFile)(path, 'utf8');
    }
    catch (error) {
        if (error.code === 'ENOENT' && !explicit)
            return undefined;
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j1(`input \`${input}\`: cannot read ${path}: ${(0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .errorMessage */ .gJ)(error)}`);
    }
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (error) {
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j1(`input \`${input}\`: ${path} is not valid JSON: ${(0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .errorMessage */ .gJ)(error)}`);
    }
    const auths = {};
    if (typeof json.auths === 'object' && json.auths !== null) {
        for (const [key, value] of Object.entries(json.auths)) {
            if (typeof value !== 'object' || value === null)
                continue;
            const entry = value;
            const text = (name) => (typeof entry[name] === 'string' && entry[name] !== '' ? entry[name] : undefined);
            auths[normalizeRegistryKey(key)] = {
                auth: text('auth'),
                username: text('username'),
                password: text('password'),
                identitytoken: text('identitytoken'),
                registrytoken: text('registrytoken')
            };
        }
    }
    const credHelpers = {};
    if (typeof json.credHelpers === 'object' && json.credHelpers !== null) {
        for (const [key, value] of Object.entries(json.credHelpers))
            if (typeof value === 'string')
                credHelpers[normalizeRegistryKey(key)] = value;
    }
    const config = { path, auths, credHelpers };
    if (typeof json.credsStore === 'string' && json.credsStore !== '')
        config.credsStore = json.credsStore;
    return config;
}
/** The credentials a docker config holds for a registry: an `auths` entry, else its credential helper. */
async function dockerConfigCredentials(config, registry, env = process.env) {
    const key = normalizeRegistryKey(registry);
    const source = `docker config ${config.path}`;
    const entry = config.auths[key];
    if (entry) {
        let { username, password } = entry;
        if (entry.auth) {
            const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
            const colon = decoded.indexOf(':');
            if (colon < 0)
                throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j1(`${config.path}: the \`auth\` of ${key} is not base64 of user:password`);
            username = decoded.slice(0, colon);
            password = decoded.slice(colon + 1);
        }
        const credentials = { source };
        if (username)
            credentials.username = username;
        if (entry.identitytoken)
            credentials.identityToken = entry.identitytoken;
        else if (password)
            credentials.password = password;
        if (entry.registrytoken)
            credentials.registryToken = entry.registrytoken;
        if (credentials.password || credentials.identityToken || credentials.registryToken)
            return credentials;
    }
    const helper = config.credHelpers[key] ?? config.credsStore;
    if (helper)
        return credentialHelper(helper, key === 'docker.io' ? 'https://index.docker.io/v1/' : key, source, env);
    return undefined;
}
/**
 * Asks `docker-credential-<helper> get` (the docker credential-helper protocol: server URL on stdin,
 * `{"Username","Secret"}` on stdout). A helper that is missing or knows nothing gives no credentials.
 */
function credentialHelper(helper, server, source, env) {
    if (!/^[A-Za-z0-9._-]+$/.test(helper))
        return Promise.resolve(undefined);
    return new Promise((resolve) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(`docker-credential-${helper}`, ['get'], { stdio: ['pipe', 'pipe', 'ignore'], env });
        let stdout = '';
        child.stdout.on('data', (chunk) => (stdout += chunk.toString('utf8')));
        child.on('error', () => resolve(undefined));
        child.on('close', (status) => {
            if (status !== 0)
                return resolve(undefined);
            try {
                const json = JSON.parse(stdout);
                if (typeof json.Secret !== 'string' || json.Secret === '')
                    return resolve(undefined);
                const username = typeof json.Username === 'string' ? json.Username : '';
                const from = `${source} (credential helper ${helper})`;
                // The helper protocol marks an identity (refresh) token with the user name `<token>`.
                if (username === '<token>')
                    return resolve({ identityToken: json.Secret, source: from });
                resolve({ username, password: json.Secret, source: from });
            }
            catch {
                resolve(undefined);
            }
        });
        child.stdin.end(server);
    });
}
/** Loopback registries are reached over plain HTTP without being asked (as docker does). */
function isImplicitlyInsecure(registry) {
    const host = registry.startsWith('[') ? registry.slice(0, registry.indexOf(']') + 1) : registry.split(':')[0];
    return host === 'localhost' || host === '127.0.0.1' || host === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(host);
}
/** Whether a registry is in the `insecure` list (by host:port, or by host for any port) or is loopback. */
function isInsecureRegistry(registry, insecure) {
    if (isImplicitlyInsecure(registry))
        return true;
    const host = registry.startsWith('[') ? registry.slice(0, registry.indexOf(']') + 1) : registry.split(':')[0];
    return insecure.some((entry) => {
        const normalized = entry
            .replace(/^[a-z]+:\/\//i, '')
            .replace(/\/.*$/, '')
            .toLowerCase();
        return normalized === registry.toLowerCase() || normalized === host.toLowerCase();
    });
}


/***/ }),

/***/ 88798:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ updateSharedTag),
/* harmony export */   c: () => (/* binding */ REGISTRY_SHARED_TAGS)
/* harmony export */ });
/* harmony import */ var node_perf_hooks__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(643);
/**
 * Tags that several signers update: `sha256-<hex>.sig`/`.att` and the `sha256-<hex>` referrers
 * fallback index are read, merged and written back. A registry without conditional PUT (distribution
 * 2.8, most registries today) keeps whichever write came last, so a signer that read before another
 * one wrote drops that one's signature. Each signer therefore waits, after its write, about as long as
 * a read-merge-write takes (with jitter), reads the tag again and merges again until the registry's
 * answer holds its own entry. A signer whose read-to-write takes longer than another's wait can still
 * drop that one's entry: the remaining window is documented in actions/sign.
 */

const REGISTRY_SHARED_TAGS = {
    attempts: 8,
    minSettleMs: 100,
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    random: Math.random
};
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
        await update();
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


/***/ })

};
