export const id = 9985;
export const ids = [9985,2366,5760];
export const modules = {

/***/ 71540:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bj: () => (/* binding */ sha256Of),
/* harmony export */   EO: () => (/* binding */ readLayoutDocument),
/* harmony export */   NA: () => (/* binding */ setTag),
/* harmony export */   Zh: () => (/* binding */ writeBlob),
/* harmony export */   nD: () => (/* binding */ blobPath),
/* harmony export */   p0: () => (/* binding */ ensureLayout)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var _runtime_files_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(68560);
/* harmony import */ var _runtime_regular_file_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(18706);
/* harmony import */ var _image_spec_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(74891);






/**
 * The write primitives of an OCI image layout, shared by everything that writes one (build, publish to
 * `oci:`, sign): content-addressed blobs, and index.json entries named by tag. Every write is
 * write-then-rename, so a reader never sees half a blob or half an index.
 */
function sha256Of(content) {
    return `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(content).digest('hex')}`;
}
async function ensureLayout(dir) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'blobs', 'sha256'), { recursive: true });
    const layoutFile = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'oci-layout');
    if (!(await exists(layoutFile)))
        await (0,_runtime_files_js__WEBPACK_IMPORTED_MODULE_3__/* .writeFileAtomically */ .lo)(layoutFile, JSON.stringify({ imageLayoutVersion: _image_spec_js__WEBPACK_IMPORTED_MODULE_5__/* .OCI_LAYOUT_VERSION */ .sM }));
    const indexFile = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'index.json');
    if (!(await exists(indexFile)))
        await (0,_runtime_files_js__WEBPACK_IMPORTED_MODULE_3__/* .writeFileAtomically */ .lo)(indexFile, serializeIndex({ schemaVersion: 2, mediaType: _image_spec_js__WEBPACK_IMPORTED_MODULE_5__/* .OCI_INDEX */ .$p, manifests: [] }));
}
function blobPath(dir, digest) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'blobs', 'sha256', digest.slice('sha256:'.length));
}
/** Writes a blob (skipped when present) and returns its descriptor. */
async function writeBlob(dir, content, mediaType, extra = {}) {
    const digest = sha256Of(content);
    const path = blobPath(dir, digest);
    if (!(await exists(path)))
        await (0,_runtime_files_js__WEBPACK_IMPORTED_MODULE_3__/* .writeFileAtomically */ .lo)(path, content);
    return { mediaType, digest, size: content.length, ...extra };
}
/** A JSON document of a layout being written to (index.json, an index blob): a regular file, of at most 4 MiB. */
async function readLayoutDocument(path) {
    return JSON.parse((await (0,_runtime_regular_file_js__WEBPACK_IMPORTED_MODULE_4__/* .readRegularFile */ .XF)(path, _image_spec_js__WEBPACK_IMPORTED_MODULE_5__/* .MAX_DOCUMENT_SIZE */ .bJ, { noFollow: true })).toString('utf8'));
}
/**
 * Points `tag` at `descriptor` in index.json: the entry's `org.opencontainers.image.ref.name` is the tag
 * alone (so `skopeo … oci:<dir>:<tag>` finds it); an existing entry for the tag is replaced.
 */
async function setTag(dir, tag, descriptor) {
    await ensureLayout(dir);
    const index = await readLayoutDocument((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'index.json'));
    const entry = { ...descriptor, annotations: { ...descriptor.annotations, [_image_spec_js__WEBPACK_IMPORTED_MODULE_5__/* .ANNOTATION_REF_NAME */ ._0]: tag } };
    index.manifests = [...index.manifests.filter((m) => m.annotations?.[_image_spec_js__WEBPACK_IMPORTED_MODULE_5__/* .ANNOTATION_REF_NAME */ ._0] !== tag), entry];
    await (0,_runtime_files_js__WEBPACK_IMPORTED_MODULE_3__/* .writeFileAtomically */ .lo)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'index.json'), serializeIndex(index));
}
function serializeIndex(index) {
    return JSON.stringify(index);
}
async function exists(path) {
    return (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(path).then(() => true, () => false);
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

/***/ 88549:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  defaultCredentials: () => (/* reexport */ defaultCredentials),
  pullToLayout: () => (/* reexport */ pullToLayout)
});

// UNUSED EXPORTS: DEFAULT_CHUNK_SIZE, DEFAULT_CHUNK_THRESHOLD, DEFAULT_RETRY_POLICY, RegistryAuthError, RegistryClient, RegistryError, RegistryIntegrityError, RegistrySession, bytesSource, dockerConfigCredentials, dockerConfigPath, fileSource, isInsecureRegistry, loadDockerConfig, referrersFallbackTag

// EXTERNAL MODULE: ./build/registry/client.js
var registry_client = __webpack_require__(6499);
// EXTERNAL MODULE: ./build/registry/session.js
var session = __webpack_require__(87254);
// EXTERNAL MODULE: ./build/registry/errors.js
var errors = __webpack_require__(17375);
// EXTERNAL MODULE: ./build/net/retry.js
var retry = __webpack_require__(62426);
// EXTERNAL MODULE: ./build/registry/credentials.js
var registry_credentials = __webpack_require__(55760);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./build/platform.js
var platform = __webpack_require__(7997);
// EXTERNAL MODULE: ./build/oci/layout-writer.js
var layout_writer = __webpack_require__(71540);
// EXTERNAL MODULE: ./build/oci/image-spec.js
var image_spec = __webpack_require__(74891);
// EXTERNAL MODULE: ./build/oci/reference.js
var reference = __webpack_require__(20907);
// EXTERNAL MODULE: ./build/runtime/errors.js
var runtime_errors = __webpack_require__(84704);
;// CONCATENATED MODULE: ./build/registry/pull.js









function describePlatform(entry) {
    const platform = entry.platform;
    return platform ? [platform.os, platform.architecture, platform.variant].filter(Boolean).join('/') : `${entry.digest} (no platform)`;
}
/** Picks the image manifest for `arch` from an index (default: the only one, else this machine's). */
function choosePlatform(input, image, entries, arch) {
    const images = entries.filter((entry) => (0,image_spec/* isManifestMediaType */.CM)(entry.mediaType) && !(entry.platform?.os === 'unknown' && entry.platform.architecture === 'unknown'));
    if (images.length === 0)
        throw (0,runtime_errors/* inputError */.Xu)(input, `${image} is an image index that lists no image manifests`);
    const on = (architecture) => images.find((entry) => entry.platform?.os === 'linux' && entry.platform.architecture === architecture);
    if (arch !== undefined) {
        const chosen = on((0,platform/* ociArchitecture */.Jk)(arch)) ?? (images.length === 1 && !images[0].platform ? images[0] : undefined);
        if (!chosen)
            throw (0,runtime_errors/* inputError */.Xu)(input, `${image} has no image for ${arch} (linux/${(0,platform/* ociArchitecture */.Jk)(arch)}); available: ${images.map(describePlatform).join(', ')}`);
        return chosen;
    }
    if (images.length === 1)
        return images[0];
    const host = (0,platform/* hostArch */.LY)();
    const chosen = host && on((0,platform/* ociArchitecture */.Jk)(host));
    if (!chosen)
        throw (0,runtime_errors/* inputError */.Xu)(input, `${image} lists several platforms (${images.map(describePlatform).join(', ')}) and none is this machine's; choose one with \`arch\``);
    return chosen;
}
/** Credentials for pulling without inputs: the docker config ($DOCKER_CONFIG or ~/.docker), if it has some for the registry. */
async function defaultCredentials(registry, env = process.env) {
    const located = (0,registry_credentials.dockerConfigPath)(undefined, env);
    const config = located && (await (0,registry_credentials.loadDockerConfig)(located.path, false));
    return config ? (0,registry_credentials.dockerConfigCredentials)(config, registry, env) : undefined;
}
/**
 * Pulls one image from a registry into a fresh OCI layout: the manifest (through the index, for the
 * platform `arch` names), its config and layers, every byte digest-checked; tagged as the reference's tag
 * (else `latest`). `destDir` must be missing or empty; it is removed again when the pull fails.
 * Loopback registries are reached over plain HTTP unless `options.insecure` says otherwise.
 */
async function pullToLayout(ref, credentials, destDir, arch, options = {}) {
    const input = options.input ?? 'image';
    const image = (0,reference/* formatImageReference */.my)(ref);
    await (0,promises_.mkdir)(destDir, { recursive: true });
    if ((await (0,promises_.readdir)(destDir)).length > 0)
        throw new Error(`pull destination ${destDir} is not empty`);
    const client = await registry_client.RegistryClient.connect(ref, credentials, { insecure: (0,registry_credentials.isImplicitlyInsecure)(ref.registry), ...options, access: 'pull' });
    try {
        await (0,layout_writer/* ensureLayout */.p0)(destDir);
        const top = await client.getManifest(ref.digest ?? ref.tag ?? 'latest');
        let manifestBytes = top.bytes;
        let manifestDescriptor = { mediaType: top.mediaType, digest: top.digest, size: top.bytes.length };
        let indexDigest;
        if ((0,image_spec/* isIndexMediaType */.$$)(top.mediaType)) {
            const index = (0,image_spec/* parseOciIndex */.ri)(JSON.parse(top.bytes.toString('utf8')), `${image}`);
            const chosen = choosePlatform(input, image, index.manifests, arch);
            const manifest = await client.getManifest(chosen.digest);
            manifestBytes = manifest.bytes;
            manifestDescriptor = { mediaType: manifest.mediaType, digest: manifest.digest, size: manifest.bytes.length };
            indexDigest = top.digest;
        }
        else if (!(0,image_spec/* isManifestMediaType */.CM)(top.mediaType)) {
            throw (0,runtime_errors/* inputError */.Xu)(input, `${image} is not an image: its media type is ${top.mediaType}`);
        }
        const manifest = (0,image_spec/* parseOciManifest */.Ke)(JSON.parse(manifestBytes.toString('utf8')), `${image} manifest ${manifestDescriptor.digest}`);
        for (const blob of [manifest.config, ...manifest.layers])
            await client.downloadBlob(blob, (0,layout_writer/* blobPath */.nD)(destDir, blob.digest));
        await (0,layout_writer/* writeBlob */.Zh)(destDir, manifestBytes, manifestDescriptor.mediaType);
        const tag = ref.tag ?? 'latest';
        await (0,layout_writer/* setTag */.NA)(destDir, tag, manifestDescriptor);
        const pulled = { dir: destDir, tag, reference: `oci:${destDir}:${tag}`, manifestDigest: manifestDescriptor.digest };
        if (indexDigest)
            pulled.indexDigest = indexDigest;
        return pulled;
    }
    catch (error) {
        await (0,promises_.rm)(destDir, { recursive: true, force: true });
        throw error;
    }
    finally {
        client.close();
    }
}

;// CONCATENATED MODULE: ./build/registry/index.js
/**
 * The OCI distribution client, for publish, sign and boot: one repository per `RegistryClient`,
 * sessions (auth, tokens, retries, proxies) shared per registry host.
 */








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


/***/ })

};
