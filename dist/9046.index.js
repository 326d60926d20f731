export const id = 9046;
export const ids = [9046];
export const modules = {

/***/ 89046:
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
// EXTERNAL MODULE: ./build/signing/sign-image.js
var sign_image = __webpack_require__(24859);
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
        const { sigstoreSignMessage, keyMaterialSigner } = await Promise.all(/* import() */[__webpack_require__.e(2088), __webpack_require__.e(2830), __webpack_require__.e(5128), __webpack_require__.e(8275), __webpack_require__.e(5179), __webpack_require__.e(1391)]).then(__webpack_require__.bind(__webpack_require__, 81391));
        return sigstoreSignMessage(keyMaterialSigner(this.key, keyHint(this.key)), this.witnesses, data);
    }
    async signStatement(statement) {
        const { sigstoreSignStatement, keyMaterialSigner } = await Promise.all(/* import() */[__webpack_require__.e(2088), __webpack_require__.e(2830), __webpack_require__.e(5128), __webpack_require__.e(8275), __webpack_require__.e(5179), __webpack_require__.e(1391)]).then(__webpack_require__.bind(__webpack_require__, 81391));
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
        this.signer ??= Promise.all(/* import() */[__webpack_require__.e(2088), __webpack_require__.e(2830), __webpack_require__.e(5128), __webpack_require__.e(8275), __webpack_require__.e(5179), __webpack_require__.e(1391)]).then(__webpack_require__.bind(__webpack_require__, 81391)).then((m) => m.certifiedEphemeralSigner(this.options));
        return this.signer;
    }
    async signMessage(data) {
        const { sigstoreSignMessage } = await Promise.all(/* import() */[__webpack_require__.e(2088), __webpack_require__.e(2830), __webpack_require__.e(5128), __webpack_require__.e(8275), __webpack_require__.e(5179), __webpack_require__.e(1391)]).then(__webpack_require__.bind(__webpack_require__, 81391));
        return sigstoreSignMessage(await this.fulcio(), this.options, data);
    }
    async signStatement(statement) {
        const { sigstoreSignStatement } = await Promise.all(/* import() */[__webpack_require__.e(2088), __webpack_require__.e(2830), __webpack_require__.e(5128), __webpack_require__.e(8275), __webpack_require__.e(5179), __webpack_require__.e(1391)]).then(__webpack_require__.bind(__webpack_require__, 81391));
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
            const core = await Promise.all(/* import() */[__webpack_require__.e(6752), __webpack_require__.e(3838), __webpack_require__.e(4942)]).then(__webpack_require__.bind(__webpack_require__, 33838));
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
// EXTERNAL MODULE: ./build/signing/sbom-attestation.js
var sbom_attestation = __webpack_require__(45684);
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
    'sbom',
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
    const sbomChoice = (0,sbom_attestation/* parseSbomChoice */.AQ)('sbom', inputs.list('sbom'));
    const explicitImages = inputs.list('image').length > 0;
    const requests = explicitImages || files.length === 0 ? (0,targets/* requestedImages */.JO)(inputs, context.jobState, 'sign') : [];
    if (sbomChoice.mode === 'files' && requests.length === 0)
        throw (0,errors/* inputError */.Xu)('sbom', 'names SBOM files, but no image is signed to attach them to: give `image`');
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
    const sbomBundles = [];
    let certificate;
    const openRegistry = (0,registry_access/* registryOpener */.z)({ inputs, env, logger, mask: (0,action_inputs/* maskFor */.Ah)(context), access: 'push', firstRegistry: (0,action_inputs/* firstRegistryOf */.rm)(requests) });
    for (const request of requests) {
        await logger.group(`Sign ${request.image}`, async () => {
            const target = await (0,targets/* openTarget */.Ap)(request, openRegistry, { requireIdentity: true, requireDigest: true });
            try {
                const sboms = await (0,sbom_attestation/* sbomAttachments */.ex)(target, sbomChoice, context.jobState.read().build, { input: 'sbom', logger });
                const result = await (0,sign_image/* signImage */.jV)({ image: target.image, store: target.store, digest: target.digest, identity: target.identity }, { signer, formats, annotations, provenance, sboms: sboms.map(({ subject, sbom }) => ({ subject, document: sbom.document })), logger });
                records.push(...result.signatures);
                certificate ??= result.certificatePem;
                if (result.provenanceBundle)
                    provenanceBundles.push(result.provenanceBundle);
                sbomBundles.push(...(result.sbomBundles ?? []));
            }
            finally {
                target.close();
            }
        });
    }
    const bundles = [];
    if (files.length > 0) {
        await logger.group('Sign files', async () => {
            const { resolveFiles, signFiles } = await __webpack_require__.e(/* import() */ 4226).then(__webpack_require__.bind(__webpack_require__, 64226));
            const signed = await signFiles(await resolveFiles(files), signer, logger);
            bundles.push(...signed.map((s) => s.bundle));
            certificate ??= signed.find((s) => s.certificatePem)?.certificatePem;
            if (release) {
                const { fileAssets, releaseClient, uploadReleaseAssets } = await __webpack_require__.e(/* import() */ 7734).then(__webpack_require__.bind(__webpack_require__, 97734));
                const { github, repository } = await releaseClient({ env, token: inputs.source.secret('github-token'), logger });
                const assets = await fileAssets(signed.flatMap((s) => [s.bundle, s.signature]));
                const upload = await uploadReleaseAssets(github, repository, release, assets, logger);
                logger.info(`Release ${release}: ${upload.uploaded.length} signature files uploaded, ${upload.replaced.length} replaced, ${upload.unchanged.length} unchanged`);
            }
        });
    }
    const repository = (0,client/* repositoryOf */._M)(env);
    const token = inputs.source.secret('github-token');
    const attestations = [...provenanceBundles.map((bundle) => ({ bundle, what: 'provenance' })), ...sbomBundles.map((bundle) => ({ bundle, what: 'SBOM' }))];
    if (signer.mode === 'keyless' && attestations.length > 0 && context.onGitHub && repository && token) {
        const { storeAttestation } = await __webpack_require__.e(/* import() */ 143).then(__webpack_require__.bind(__webpack_require__, 143));
        const github = await (0,client/* gitHubClient */.XB)({ apiUrl: (0,client/* apiUrlOf */.po)(env), token, env, logger });
        for (const { bundle, what } of attestations) {
            const outcome = await storeAttestation(github, repository, bundle);
            if (outcome.stored)
                logger.info(`Stored the ${what} attestation on GitHub${outcome.id ? ` (id ${outcome.id})` : ''}`);
            else
                logger.notice(`The ${what} attestation was not stored on GitHub (${outcome.reason}); it is attached to the image`);
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
        __webpack_require__.e(/* import() */ 4730).then(__webpack_require__.bind(__webpack_require__, 14730)),
        __webpack_require__.e(/* import() */ 3779).then(__webpack_require__.bind(__webpack_require__, 93779)),
        Promise.all(/* import() */[__webpack_require__.e(6752), __webpack_require__.e(616)]).then(__webpack_require__.bind(__webpack_require__, 20616))
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


/***/ })

};
