export const id = 6499;
export const ids = [6499];
export const modules = {

/***/ 5312:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   iJ: () => (/* binding */ proxyFor)
/* harmony export */ });
/* unused harmony exports isLoopbackHost, exemptFromProxy */
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77030);
/**
 * Which proxy a request goes through, one rule for every HTTP client the suite drives itself (the
 * GitHub API, OCI registries), read from the variables corporate runners set: `HTTPS_PROXY` for https
 * URLs, `HTTP_PROXY` for http URLs (lower-case names first, as curl and @actions/http-client read
 * them), `NO_PROXY` for exceptions. Loopback never goes through a proxy.
 */

/** Loopback never goes through a proxy (as Go's httpproxy and @actions/http-client decide, so docker, skopeo and the runner agree with us). */
function isLoopbackHost(hostname) {
    const host = hostname.startsWith('[') ? hostname.slice(1, -1) : hostname;
    if (host === 'localhost' || host.endsWith('.localhost'))
        return true;
    if ((0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIP)(host) === 4)
        return host.startsWith('127.');
    if ((0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIP)(host) === 6)
        return host === '::1' || host === '0:0:0:0:0:0:0:1';
    return false;
}
function variable(env, name) {
    return env[name.toLowerCase()] || env[name.toUpperCase()] || undefined;
}
function defaultPort(protocol) {
    return protocol === 'https:' ? '443' : '80';
}
/**
 * Whether `NO_PROXY` exempts `url`: `*` exempts everything; `example.com`, `.example.com` and
 * `*.example.com` exempt that domain and every name under it; `host:port` only that port; IP
 * addresses match exactly.
 */
function exemptFromProxy(url, noProxy) {
    if (!noProxy)
        return false;
    const host = url.hostname.replace(/^\[|\]$/g, '').toLowerCase();
    const port = url.port || defaultPort(url.protocol);
    for (const raw of noProxy.split(/[\s,]+/)) {
        const item = raw.trim().toLowerCase();
        if (!item)
            continue;
        if (item === '*')
            return true;
        const match = /^(\[[^\]]+\]|[^:]+|[0-9a-f:]+)(?::(\d+))?$/.exec(item);
        let name = (match?.[1] ?? item).replace(/^\[|\]$/g, '');
        if (match?.[2] && match[2] !== port)
            continue;
        if ((0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIP)(name)) {
            if (name === host)
                return true;
            continue;
        }
        name = name.replace(/^\*?\./, '');
        if (host === name || host.endsWith(`.${name}`))
            return true;
    }
    return false;
}
/** The proxy `url` goes through, or undefined for a direct connection. */
function proxyFor(url, env) {
    if (isLoopbackHost(url.hostname))
        return undefined;
    const value = variable(env, url.protocol === 'https:' ? 'https_proxy' : 'http_proxy');
    if (!value || exemptFromProxy(url, variable(env, 'no_proxy')))
        return undefined;
    try {
        // `proxy.corp:3128` without a scheme means HTTP, as curl reads it.
        return new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value : `http://${value}`);
    }
    catch {
        throw new Error(`${url.protocol === 'https:' ? 'HTTPS_PROXY' : 'HTTP_PROXY'} is not a URL: ${value}`);
    }
}


/***/ }),

/***/ 62426:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GK: () => (/* binding */ answerVerdict),
/* harmony export */   Hr: () => (/* binding */ isRetryableNetworkError),
/* harmony export */   Jb: () => (/* binding */ retryPolicy),
/* harmony export */   LH: () => (/* binding */ withRetries),
/* harmony export */   PS: () => (/* binding */ isRetryableStatus),
/* harmony export */   Sz: () => (/* binding */ TryAgain),
/* harmony export */   cO: () => (/* binding */ DEFAULT_RETRY_POLICY),
/* harmony export */   gl: () => (/* binding */ describeNetworkError)
/* harmony export */ });
/* unused harmony exports backoffDelay, parseRetryAfter */
const DEFAULT_RETRY_POLICY = {
    attempts: 5,
    baseDelayMs: 1000,
    maxDelayMs: 30_000,
    maxRetryAfterMs: 120_000,
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    random: Math.random,
    now: Date.now
};
function retryPolicy(overrides = {}) {
    return { ...DEFAULT_RETRY_POLICY, ...overrides };
}
/**
 * Statuses that say "try again later" rather than "your request is wrong": 408, 429 and the 5xx
 * family except 501 Not Implemented and 505 HTTP Version Not Supported, which no later attempt changes.
 */
function isRetryableStatus(status) {
    return status === 408 || status === 429 || (status >= 500 && status <= 599 && status !== 501 && status !== 505);
}
const RETRYABLE_CODES = new Set([
    'ECONNRESET',
    'ECONNREFUSED',
    'ECONNABORTED',
    'EPIPE',
    'ETIMEDOUT',
    'EAI_AGAIN',
    'EHOSTUNREACH',
    'ENETUNREACH',
    'ENETDOWN',
    'UND_ERR_SOCKET',
    'UND_ERR_CONNECT_TIMEOUT',
    'UND_ERR_HEADERS_TIMEOUT',
    'UND_ERR_BODY_TIMEOUT',
    // A transfer below the minimum rate (registry/http.ts): as good as lost, and worth another attempt.
    'ESLOWTRANSFER'
]);
/** The error that says what happened on the wire: fetch wraps it as the `cause` of a TypeError. */
function rootCause(error) {
    let current = error;
    for (let depth = 0; depth < 5 && current instanceof Error && current.cause !== undefined && current.code === undefined; depth++) {
        current = current.cause;
    }
    return current;
}
/** A connection that broke, was refused or went silent; DNS names that do not exist are not retried. */
function isRetryableNetworkError(error) {
    const cause = rootCause(error);
    const code = cause?.code;
    if (code !== undefined && RETRYABLE_CODES.has(code))
        return true;
    const message = cause instanceof Error ? cause.message : '';
    return /socket hang up|aborted|premature close|other side closed/i.test(message);
}
/** A short, stable description of a network error for logs and messages. */
function describeNetworkError(error) {
    const cause = rootCause(error);
    const code = cause?.code;
    const message = cause instanceof Error ? cause.message : String(cause);
    const names = {
        ECONNREFUSED: 'connection refused',
        ECONNRESET: 'connection reset',
        EPIPE: 'connection closed while sending',
        ETIMEDOUT: 'timed out',
        ENOTFOUND: 'host not found',
        EAI_AGAIN: 'DNS lookup failed'
    };
    return code && names[code] ? names[code] : message;
}
/**
 * The wait before retry number `retry` (1 for the first retry): exponential backoff with "equal
 * jitter" (half fixed, half random) so that parallel requests hitting the same fault spread out.
 */
function backoffDelay(policy, retry) {
    const step = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, retry - 1));
    return Math.round(step / 2 + (policy.random() * step) / 2);
}
/** `Retry-After` as milliseconds: delta-seconds or an HTTP date; undefined when absent or unreadable. */
function parseRetryAfter(value, now) {
    if (value === undefined)
        return undefined;
    const trimmed = value.trim();
    if (/^\d+$/.test(trimmed))
        return Number(trimmed) * 1000;
    const date = Date.parse(trimmed);
    if (Number.isNaN(date))
        return undefined;
    return Math.max(0, date - now);
}
/**
 * What to do about an HTTP answer, one decision for every client: its status says whether to try
 * again, and `Retry-After` (or, when no requests remain, GitHub's `x-ratelimit-reset`) how long to wait.
 */
function answerVerdict(policy, status, header) {
    if (!isRetryableStatus(status))
        return { retry: false };
    const now = policy.now();
    let wait = parseRetryAfter(header('retry-after'), now);
    const reset = Number(header('x-ratelimit-reset'));
    if (wait === undefined && header('x-ratelimit-remaining') === '0' && Number.isFinite(reset) && reset > 0)
        wait = Math.max(0, reset * 1000 - now);
    if (wait !== undefined && wait > policy.maxRetryAfterMs)
        return { retry: false, waitMs: wait };
    return wait === undefined ? { retry: true } : { retry: true, delayMs: wait };
}
/**
 * Thrown by an attempt that another attempt may fix. `reason` goes into the log line; `cause` is what
 * the caller gets when no attempts are left.
 */
class TryAgain extends Error {
    reason;
    delayMs;
    name = 'TryAgain';
    constructor(reason, cause, 
    /** How long the server asked us to wait; the backoff when undefined. */
    delayMs) {
        super(reason, { cause });
        this.reason = reason;
        this.delayMs = delayMs;
    }
}
/**
 * Runs `attempt` until it returns, throws anything but TryAgain, or the policy's attempts are spent
 * (then the last TryAgain's cause is thrown). Each wait is one log line: what, why, how long, which attempt.
 */
async function withRetries(policy, what, logger, attempt) {
    for (let n = 1;; n++) {
        const last = n >= policy.attempts;
        try {
            return await attempt(n, last);
        }
        catch (error) {
            if (!(error instanceof TryAgain))
                throw error;
            if (last)
                throw error.cause;
            const delay = error.delayMs ?? backoffDelay(policy, n);
            logger?.info(`${what}: ${error.reason}; retrying in ${(delay / 1000).toFixed(1)} s (attempt ${n + 1} of ${policy.attempts})`);
            await policy.sleep(delay);
        }
    }
}


/***/ }),

/***/ 23606:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ac: () => (/* binding */ parseTokenResponse),
/* harmony export */   Bn: () => (/* binding */ scopesCover),
/* harmony export */   F7: () => (/* binding */ repositoryScope),
/* harmony export */   JD: () => (/* binding */ challengeScopes),
/* harmony export */   Lk: () => (/* binding */ hasCredentials),
/* harmony export */   OL: () => (/* binding */ mergeScopes),
/* harmony export */   WC: () => (/* binding */ tokenRequestUrl),
/* harmony export */   aR: () => (/* binding */ basicAuthorization),
/* harmony export */   qd: () => (/* binding */ parseWwwAuthenticate)
/* harmony export */ });
function hasCredentials(credentials) {
    return Boolean(credentials && (credentials.password || credentials.identityToken || credentials.registryToken));
}
/**
 * Parses a `WWW-Authenticate` header (RFC 9110 §11.6.1): several challenges, each a scheme and
 * comma-separated `key=value` or `key="quoted, value"` parameters. Keys are lower-cased.
 */
function parseWwwAuthenticate(value) {
    const challenges = [];
    let i = 0;
    const skip = (pattern) => {
        while (i < value.length && pattern.test(value[i]))
            i++;
    };
    const token = () => {
        const start = i;
        while (i < value.length && /[!#$%&'*+\-.^_`|~0-9A-Za-z/=]/.test(value[i]) && !(value[i] === '=' && i > start))
            i++;
        return value.slice(start, i);
    };
    while (i < value.length) {
        skip(/[\s,]/);
        if (i >= value.length)
            break;
        const scheme = token();
        if (scheme === '') {
            i++;
            continue;
        }
        const challenge = { scheme: scheme.toLowerCase(), params: {} };
        challenges.push(challenge);
        for (;;) {
            skip(/[\s,]/);
            const start = i;
            const key = token();
            skip(/\s/);
            if (key === '' || value[i] !== '=') {
                // Not a parameter: the next challenge's scheme (or a token68, which registries do not use).
                i = start;
                break;
            }
            i++;
            skip(/\s/);
            let param = '';
            if (value[i] === '"') {
                i++;
                while (i < value.length && value[i] !== '"') {
                    if (value[i] === '\\' && i + 1 < value.length)
                        i++;
                    param += value[i++];
                }
                i++;
            }
            else {
                const begin = i;
                while (i < value.length && value[i] !== ',' && !/\s/.test(value[i]))
                    i++;
                param = value.slice(begin, i);
            }
            challenge.params[key.toLowerCase()] = param;
        }
    }
    return challenges;
}
/** `repository:<name>:pull` or `repository:<name>:pull,push`, as the token spec writes scopes. */
function repositoryScope(repository, actions) {
    return `repository:${repository}:${actions.join(',')}`;
}
/** Scopes a challenge asks for, split out of its space-separated `scope` parameter. */
function challengeScopes(challenge) {
    return (challenge.params.scope ?? '').split(' ').filter((scope) => scope !== '');
}
/**
 * Whether `granted` scopes cover `wanted`: same resource, and every wanted action among the granted
 * ones (`repository:a:pull,push` covers `repository:a:pull`).
 */
function scopesCover(granted, wanted) {
    const actions = new Map();
    for (const scope of granted) {
        const colon = scope.lastIndexOf(':');
        const resource = scope.slice(0, colon);
        const set = actions.get(resource) ?? new Set();
        for (const action of scope.slice(colon + 1).split(','))
            set.add(action);
        actions.set(resource, set);
    }
    return wanted.every((scope) => {
        const colon = scope.lastIndexOf(':');
        const have = actions.get(scope.slice(0, colon));
        return (have !== undefined &&
            scope
                .slice(colon + 1)
                .split(',')
                .every((action) => have.has(action) || have.has('*')));
    });
}
/** Merges scopes for the same resource (`repository:a:pull` + `repository:a:push` → `repository:a:pull,push`), sorted. */
function mergeScopes(scopes) {
    const actions = new Map();
    for (const scope of scopes) {
        const colon = scope.lastIndexOf(':');
        const resource = scope.slice(0, colon);
        const set = actions.get(resource) ?? new Set();
        for (const action of scope.slice(colon + 1).split(','))
            if (action)
                set.add(action);
        actions.set(resource, set);
    }
    const order = (action) => (action === 'pull' ? '0' : action === 'push' ? '1' : `2${action}`);
    return [...actions.entries()].map(([resource, set]) => `${resource}:${[...set].sort((a, b) => order(a).localeCompare(order(b))).join(',')}`).sort();
}
function basicAuthorization(username, password) {
    return `Basic ${Buffer.from(`${username}:${password}`, 'utf8').toString('base64')}`;
}
/** The URL of a token request (docs/spec/auth/token.md): `realm?service=…&scope=…&scope=…`. */
function tokenRequestUrl(challenge, scopes, account) {
    const url = new URL(challenge.params.realm);
    if (challenge.params.service)
        url.searchParams.set('service', challenge.params.service);
    for (const scope of scopes)
        url.searchParams.append('scope', scope);
    if (account)
        url.searchParams.set('account', account);
    return url;
}
/** Parses a token response: `token` or `access_token`; `expires_in` (default 60 s) from `issued_at` or now. */
function parseTokenResponse(json, now) {
    const body = (typeof json === 'object' && json !== null ? json : {});
    const token = typeof body.token === 'string' && body.token !== '' ? body.token : body.access_token;
    if (typeof token !== 'string' || token === '')
        throw new Error('the token response holds neither `token` nor `access_token`');
    const lifetime = typeof body.expires_in === 'number' && body.expires_in > 0 ? body.expires_in : 60;
    const issued = typeof body.issued_at === 'string' ? Date.parse(body.issued_at) : Number.NaN;
    const start = Number.isNaN(issued) ? now : Math.min(issued, now);
    // Renew a little early, so a token never expires between our check and the registry's.
    return { token, expiresAt: start + Math.max(1, lifetime - 10) * 1000 };
}


/***/ }),

/***/ 6499:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEFAULT_CHUNK_SIZE: () => (/* binding */ DEFAULT_CHUNK_SIZE),
/* harmony export */   DEFAULT_CHUNK_THRESHOLD: () => (/* binding */ DEFAULT_CHUNK_THRESHOLD),
/* harmony export */   RegistryClient: () => (/* binding */ RegistryClient),
/* harmony export */   bytesSource: () => (/* binding */ bytesSource),
/* harmony export */   fileSource: () => (/* binding */ fileSource),
/* harmony export */   nextOffsetFromRange: () => (/* binding */ nextOffsetFromRange),
/* harmony export */   referrersFallbackTag: () => (/* binding */ referrersFallbackTag)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(57075);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(46466);
/* harmony import */ var _oci_image_spec_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(74891);
/* harmony import */ var _auth_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(23606);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(17375);
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8176);
/* harmony import */ var _net_retry_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(62426);
/* harmony import */ var _runtime_hashing_tap_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(12355);
/* harmony import */ var _runtime_regular_file_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(18706);
/* harmony import */ var _session_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(87254);
/* harmony import */ var _torn_read_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(1810);














function bytesSource(bytes) {
    return { size: bytes.length, open: (start, end) => node_stream__WEBPACK_IMPORTED_MODULE_3__.Readable.from([Buffer.from(bytes.buffer, bytes.byteOffset + start, end - start)]) };
}
/** A regular file's first `size` bytes (a FIFO, device or symlink is refused when a read starts; nothing past `size` is read). */
function fileSource(path, size) {
    return { size, open: (start, end) => (end > start ? node_stream__WEBPACK_IMPORTED_MODULE_3__.Readable.from((0,_runtime_regular_file_js__WEBPACK_IMPORTED_MODULE_10__/* .readFileRange */ .qC)(path, start, Math.min(end, size), { noFollow: true })) : node_stream__WEBPACK_IMPORTED_MODULE_3__.Readable.from([])) };
}
const DEFAULT_CHUNK_THRESHOLD = 64 * 1024 * 1024;
const DEFAULT_CHUNK_SIZE = 32 * 1024 * 1024;
const OCTET_STREAM = 'application/octet-stream';
const MAX_MANIFEST_BYTES = 4 * 1024 * 1024;
const MAX_REDIRECTS = 5;
/** `sha256-<hex>`: where referrers live on a registry without the referrers API (distribution spec). */
function referrersFallbackTag(digest) {
    return digest.replace(':', '-').slice(0, 128);
}
/** Parses `Range: 0-1023` or `bytes=0-1023` into the next offset (1024); `0-0` is an empty upload. */
function nextOffsetFromRange(value) {
    const match = /^(?:bytes=)?(\d+)-(\d+)$/.exec(value?.trim() ?? '');
    if (!match)
        return undefined;
    const end = Number(match[2]);
    return end === 0 ? 0 : end + 1;
}
/** A URL a registry sent in a header (`Location`, `Link`), resolved against the request's; a value that is none is named. */
function headerUrl(value, base, name, what, registry) {
    try {
        return new URL(value, base);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__.RegistryError(`${what}: ${registry} sent a ${name} header that is not a URL: \`${value.length > 200 ? `${value.slice(0, 200)}…` : value}\``);
    }
}
function stripParameters(contentType) {
    return contentType?.split(';')[0].trim() || undefined;
}
function sha256(bytes) {
    return `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(bytes).digest('hex')}`;
}
/**
 * A client for one repository of an OCI distribution-spec registry: blobs (HEAD first, cross-repository
 * mount, monolithic or resumable chunked upload, digest-checked downloads), manifests (all four media
 * types accepted, digests checked both ways), tags and referrers (API or the `sha256-<hex>` fallback tag).
 */
class RegistryClient {
    session;
    repository;
    chunkThreshold;
    chunkSize;
    actions;
    ownsSession;
    constructor(session, repository, options) {
        this.session = session;
        this.repository = repository;
        this.actions = options.access === 'push' ? ['pull', 'push'] : ['pull'];
        this.chunkThreshold = options.chunkThreshold ?? DEFAULT_CHUNK_THRESHOLD;
        this.chunkSize = options.chunkSize ?? DEFAULT_CHUNK_SIZE;
        this.ownsSession = options.session === undefined;
    }
    /** Opens a client for `name` (pinging the registry unless a session is shared in `options`). */
    static async connect(name, credentials, options = {}) {
        if (options.session)
            return new RegistryClient(options.session, name.repository, options);
        const session = new _session_js__WEBPACK_IMPORTED_MODULE_11__/* .RegistrySession */ .G(name.registry, credentials, options);
        try {
            await session.ping();
        }
        catch (error) {
            session.close();
            throw error;
        }
        return new RegistryClient(session, name.repository, options);
    }
    /** Another repository of the same registry, sharing this client's session. */
    sibling(repository, options = {}) {
        return new RegistryClient(this.session, repository, {
            chunkThreshold: this.chunkThreshold,
            chunkSize: this.chunkSize,
            access: this.actions.includes('push') ? 'push' : 'pull',
            ...options,
            session: this.session
        });
    }
    get registry() {
        return this.session.registry;
    }
    /** `registry/repository`, as references write it. */
    get name() {
        return `${this.registry}/${this.repository}`;
    }
    close() {
        if (this.ownsSession)
            this.session.close();
    }
    get scopes() {
        return [(0,_auth_js__WEBPACK_IMPORTED_MODULE_13__/* .repositoryScope */ .F7)(this.repository, this.actions)];
    }
    path(kind, rest) {
        return this.session.url(`/v2/${this.repository}/${kind}/${rest}`);
    }
    async expect(response, what, statuses) {
        if (statuses.includes(response.status))
            return;
        const body = await (0,_http_js__WEBPACK_IMPORTED_MODULE_7__/* .readBody */ .x8)(response).catch(() => Buffer.alloc(0));
        throw this.session.failure(what, response, body);
    }
    // ---------------------------------------------------------------------------------------- blobs
    /** The blob's size when the repository has it, undefined when not. */
    async headBlob(digest) {
        const what = `check blob ${digest} in ${this.name}`;
        const response = await this.session.send({ method: 'HEAD', url: this.path('blobs', digest) }, { scopes: this.scopes, what });
        await (0,_http_js__WEBPACK_IMPORTED_MODULE_7__/* .discard */ .vf)(response);
        if (response.status === 404)
            return undefined;
        await this.expect(response, what, [200]);
        const length = (0,_http_js__WEBPACK_IMPORTED_MODULE_7__/* .header */ .wx)(response, 'content-length');
        return length === undefined ? -1 : Number(length);
    }
    /**
     * Mounts a blob from another repository of the same registry without sending it. False when the
     * registry declined (blob absent there, or no access); the upload session it opened instead is cancelled.
     */
    async mountBlob(digest, fromRepository) {
        const outcome = await this.tryMount(digest, fromRepository);
        if (outcome === undefined)
            return false;
        if (outcome.mounted)
            return true;
        await this.cancelUpload(outcome.location);
        return false;
    }
    /** A mount attempt; undefined when the credentials may not read the source repository (then we upload). */
    async tryMount(digest, fromRepository) {
        try {
            return await this.startUpload(digest, fromRepository);
        }
        catch (error) {
            if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_6__.RegistryAuthError) {
                this.session.logger.debug(`no mount of ${digest} from ${fromRepository}: ${error.message}`);
                return undefined;
            }
            throw error;
        }
    }
    /**
     * Makes the blob exist in this repository: HEAD first (nothing sent when present), then a mount from
     * each candidate repository of the same registry, then an upload.
     */
    async pushBlob(descriptor, source, options = {}) {
        if ((await this.headBlob(descriptor.digest)) !== undefined)
            return 'exists';
        let session;
        for (const from of options.mountFrom ?? []) {
            if (from === this.repository)
                continue;
            const outcome = await this.tryMount(descriptor.digest, from);
            if (outcome === undefined)
                continue;
            if (outcome.mounted)
                return 'mounted';
            if (session)
                await this.cancelUpload(outcome.location);
            else
                session = outcome.location;
        }
        await this.uploadBlob(descriptor, source, session);
        return 'uploaded';
    }
    async startUpload(digest, mountFrom) {
        const url = this.path('blobs', 'uploads/');
        const scopes = [...this.scopes];
        if (mountFrom) {
            url.searchParams.set('mount', digest);
            url.searchParams.set('from', mountFrom);
            scopes.push((0,_auth_js__WEBPACK_IMPORTED_MODULE_13__/* .repositoryScope */ .F7)(mountFrom, ['pull']));
        }
        const what = mountFrom ? `mount blob ${digest} from ${mountFrom} into ${this.name}` : `start an upload of ${digest} to ${this.name}`;
        const response = await this.session.send({ method: 'POST', url }, { scopes, what });
        await this.expect(response, what, mountFrom ? [201, 202] : [202]);
        await (0,_http_js__WEBPACK_IMPORTED_MODULE_7__/* .discard */ .vf)(response);
        if (response.status === 201)
            return { mounted: true };
        const location = (0,_http_js__WEBPACK_IMPORTED_MODULE_7__/* .header */ .wx)(response, 'location');
        if (!location)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__.RegistryError(`${what}: ${this.registry} opened an upload without a Location`);
        const minChunk = Number((0,_http_js__WEBPACK_IMPORTED_MODULE_7__/* .header */ .wx)(response, 'oci-chunk-min-length') ?? '') || undefined;
        return { mounted: false, location: headerUrl(location, url, 'Location', what, this.registry), minChunk };
    }
    async cancelUpload(location) {
        try {
            const response = await this.session.send({ method: 'DELETE', url: location }, { scopes: this.scopes, what: 'cancel an upload', retry: false });
            await (0,_http_js__WEBPACK_IMPORTED_MODULE_7__/* .discard */ .vf)(response);
        }
        catch {
            // An abandoned session expires on the registry by itself.
        }
    }
    /**
     * Uploads a blob the registry does not have: one PUT for small blobs, chunked PATCHes for large
     * ones. A chunked upload that breaks asks the registry how far it got (GET → `Range`) and goes on
     * from there; a session the registry lost starts over. Each break costs one of the policy's attempts.
     */
    async uploadBlob(descriptor, source, session) {
        if (source.size !== descriptor.size)
            throw new Error(`blob ${descriptor.digest}: the source has ${source.size} bytes, the descriptor says ${descriptor.size}`);
        const what = `upload blob ${descriptor.digest} (${descriptor.size} bytes) to ${this.name}`;
        const chunked = descriptor.size >= this.chunkThreshold;
        let location = session;
        let minChunk;
        let offset = 0;
        await (0,_net_retry_js__WEBPACK_IMPORTED_MODULE_8__/* .withRetries */ .LH)(this.session.policy, what, this.session.logger, async (attempt) => {
            try {
                if (attempt > 1) {
                    if ((await this.headBlob(descriptor.digest)) !== undefined)
                        return;
                    const resumed = location && chunked ? await this.uploadStatus(location) : undefined;
                    if (resumed) {
                        this.session.logger.info(`${what}: the registry has ${resumed.offset} bytes; continuing from there`);
                        ({ location, offset } = resumed);
                    }
                    else {
                        location = undefined;
                    }
                }
                if (!location) {
                    const started = await this.startUpload(descriptor.digest);
                    location = started.location;
                    minChunk = started.minChunk;
                    offset = 0;
                }
                if (chunked) {
                    const chunk = Math.max(this.chunkSize, minChunk ?? 0);
                    while (offset < descriptor.size) {
                        const end = Math.min(descriptor.size, offset + chunk);
                        ({ location, offset } = await this.patchChunk(location, source, offset, end, what));
                    }
                }
                await this.finishUpload(location, descriptor.digest, source, chunked ? descriptor.size : 0, what);
            }
            catch (error) {
                // A break part-way is resumed from what the registry says it has, not blindly sent again.
                if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_6__.RegistryError && error.transient)
                    throw new _net_retry_js__WEBPACK_IMPORTED_MODULE_8__/* .TryAgain */ .Sz(error.message, error);
                throw error;
            }
        });
    }
    /** PATCH one chunk [start, end); returns where the next one goes, by the registry's `Range`. */
    async patchChunk(location, source, start, end, what) {
        const body = { length: end - start, open: () => source.open(start, end) };
        const response = await this.session.send({ method: 'PATCH', url: location, headers: { 'Content-Type': OCTET_STREAM, 'Content-Range': `${start}-${end - 1}` }, body }, { scopes: this.scopes, what: `${what}: bytes ${start}-${end - 1}`, retry: false });
        await this.expect(response, `${what}: bytes ${start}-${end - 1}`, [202]);
        await (0,_http_js__WEBPACK_IMPORTED_MODULE_7__/* .discard */ .vf)(response);
        const next = (0,_http_js__WEBPACK_IMPORTED_MODULE_7__/* .header */ .wx)(response, 'location');
        const offset = nextOffsetFromRange((0,_http_js__WEBPACK_IMPORTED_MODULE_7__/* .header */ .wx)(response, 'range')) ?? end;
        return { location: next ? headerUrl(next, location, 'Location', what, this.registry) : location, offset };
    }
    /** The closing PUT `?digest=`, with the remaining bytes from `offset` (all of them for a monolithic upload). */
    async finishUpload(location, digest, source, offset, what) {
        const url = new URL(location);
        url.searchParams.set('digest', digest);
        const length = source.size - offset;
        const body = { length, open: () => source.open(offset, source.size) };
        const response = await this.session.send({ method: 'PUT', url, headers: length > 0 ? { 'Content-Type': OCTET_STREAM } : {}, body: length > 0 ? body : undefined }, { scopes: this.scopes, what, retry: false });
        await this.expect(response, what, [201, 204]);
        await (0,_http_js__WEBPACK_IMPORTED_MODULE_7__/* .discard */ .vf)(response);
        const confirmed = (0,_http_js__WEBPACK_IMPORTED_MODULE_7__/* .header */ .wx)(response, 'docker-content-digest');
        if (confirmed !== undefined && confirmed !== digest) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__.RegistryIntegrityError(`${what}: ${this.registry} stored the blob as ${confirmed}, not ${digest}`);
        }
    }
    /** Where an upload session stands (GET → 204 + `Range`); undefined when the registry lost it. */
    async uploadStatus(location) {
        let response;
        try {
            response = await this.session.send({ method: 'GET', url: location }, { scopes: this.scopes, what: 'check an upload' });
        }
        catch {
            return undefined;
        }
        await (0,_http_js__WEBPACK_IMPORTED_MODULE_7__/* .discard */ .vf)(response);
        if (response.status !== 204 && response.status !== 200)
            return undefined;
        const offset = nextOffsetFromRange((0,_http_js__WEBPACK_IMPORTED_MODULE_7__/* .header */ .wx)(response, 'range'));
        if (offset === undefined)
            return undefined;
        const next = (0,_http_js__WEBPACK_IMPORTED_MODULE_7__/* .header */ .wx)(response, 'location');
        return { location: next ? headerUrl(next, location, 'Location', 'check an upload', this.registry) : location, offset };
    }
    /** A small blob (config, signature payload), digest-checked. */
    async getBlob(descriptor, limit = MAX_MANIFEST_BYTES) {
        if (descriptor.size > limit)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__.RegistryError(`blob ${descriptor.digest} in ${this.name} is ${descriptor.size} bytes: too large to read into memory`);
        const response = await this.openBlob(descriptor.digest);
        const body = await (0,_http_js__WEBPACK_IMPORTED_MODULE_7__/* .readBody */ .x8)(response, limit);
        if (body.length !== descriptor.size || sha256(body) !== descriptor.digest) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__.RegistryIntegrityError(`blob ${descriptor.digest} from ${this.name} does not match its digest or size`);
        }
        return body;
    }
    /** Streams a blob to `path` (write-then-rename), checking size and sha256; a broken transfer starts over. */
    async downloadBlob(descriptor, path) {
        const what = `download blob ${descriptor.digest} from ${this.name}`;
        const temp = `${path}.${process.pid}.part`;
        await (0,_net_retry_js__WEBPACK_IMPORTED_MODULE_8__/* .withRetries */ .LH)(this.session.policy, what, this.session.logger, async () => {
            try {
                const response = await this.openBlob(descriptor.digest);
                const tap = (0,_runtime_hashing_tap_js__WEBPACK_IMPORTED_MODULE_9__/* .hashingTap */ .W)();
                await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_4__.pipeline)(response.stream, tap.stream, (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createWriteStream)(temp));
                const size = tap.bytes();
                const digest = `sha256:${tap.hex()}`;
                if (size !== descriptor.size || digest !== descriptor.digest) {
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__.RegistryIntegrityError(`blob ${descriptor.digest} from ${this.name} arrived as ${size} bytes with digest ${digest} (expected ${descriptor.size} bytes)`);
                }
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(temp, path);
            }
            catch (error) {
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(temp, { force: true });
                if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_6__.RegistryIntegrityError || (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_6__.RegistryError && !error.transient))
                    throw error;
                // A stream that broke part-way is not a RegistryError yet.
                const failure = error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_6__.RegistryError ? error : new _errors_js__WEBPACK_IMPORTED_MODULE_6__.RegistryError(`${what}: ${error.message}`, undefined, undefined, true);
                throw new _net_retry_js__WEBPACK_IMPORTED_MODULE_8__/* .TryAgain */ .Sz(failure.message, failure);
            }
        });
    }
    /** GET a blob, following redirects to storage hosts (without our credentials when the origin changes). */
    async openBlob(digest) {
        const what = `download blob ${digest} from ${this.name}`;
        let url = this.path('blobs', digest);
        for (let hop = 0;; hop++) {
            const response = await this.session.send({ method: 'GET', url }, { scopes: this.scopes, what });
            const location = (0,_http_js__WEBPACK_IMPORTED_MODULE_7__/* .header */ .wx)(response, 'location');
            if (response.status >= 300 && response.status < 400 && location && hop < MAX_REDIRECTS) {
                await (0,_http_js__WEBPACK_IMPORTED_MODULE_7__/* .discard */ .vf)(response);
                url = headerUrl(location, url, 'Location', what, this.registry);
                continue;
            }
            if (response.status === 404) {
                await (0,_http_js__WEBPACK_IMPORTED_MODULE_7__/* .discard */ .vf)(response);
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__.RegistryError(`${what}: ${this.name} has no blob ${digest}`, 404, 'BLOB_UNKNOWN');
            }
            await this.expect(response, what, [200]);
            return response;
        }
    }
    // ------------------------------------------------------------------------------------ manifests
    /** GET a manifest or index by tag or digest, with every manifest type in `Accept`; the digest is checked. */
    async getManifest(reference, accept = _oci_image_spec_js__WEBPACK_IMPORTED_MODULE_5__/* .MANIFEST_MEDIA_TYPES */ .$T) {
        const what = `get manifest ${reference} from ${this.name}`;
        const response = await this.session.send({ method: 'GET', url: this.path('manifests', reference), headers: { Accept: accept.join(', ') } }, { scopes: this.scopes, what });
        if (response.status === 404) {
            const body = await (0,_http_js__WEBPACK_IMPORTED_MODULE_7__/* .readBody */ .x8)(response).catch(() => Buffer.alloc(0));
            const error = this.session.failure(what, response, body);
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__.RegistryError(`${this.name} has no manifest \`${reference}\` (${error.message.replace(`${what}: `, '')})`, 404, error.code ?? 'MANIFEST_UNKNOWN');
        }
        await this.expect(response, what, [200]);
        const bytes = await (0,_http_js__WEBPACK_IMPORTED_MODULE_7__/* .readBody */ .x8)(response, MAX_MANIFEST_BYTES);
        const digest = sha256(bytes);
        const expected = (0,_oci_image_spec_js__WEBPACK_IMPORTED_MODULE_5__/* .isSha256Digest */ .q9)(reference) ? reference : (0,_http_js__WEBPACK_IMPORTED_MODULE_7__/* .header */ .wx)(response, 'docker-content-digest');
        if (expected !== undefined && expected.startsWith('sha256:') && expected !== digest) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__.RegistryIntegrityError(`${what}: the content's digest is ${digest}, not ${expected}`);
        }
        let mediaType = stripParameters((0,_http_js__WEBPACK_IMPORTED_MODULE_7__/* .header */ .wx)(response, 'content-type'));
        try {
            const declared = JSON.parse(bytes.toString('utf8')).mediaType;
            if (typeof declared === 'string')
                mediaType = declared;
        }
        catch {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__.RegistryError(`${what}: the manifest is not JSON`);
        }
        if (!mediaType)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__.RegistryError(`${what}: the manifest has no media type`);
        return { bytes, mediaType, digest };
    }
    /** HEAD a manifest: its digest, type and size, or undefined when absent. */
    async headManifest(reference) {
        const what = `check manifest ${reference} in ${this.name}`;
        const response = await this.session.send({ method: 'HEAD', url: this.path('manifests', reference), headers: { Accept: _oci_image_spec_js__WEBPACK_IMPORTED_MODULE_5__/* .MANIFEST_MEDIA_TYPES */ .$T.join(', ') } }, { scopes: this.scopes, what });
        await (0,_http_js__WEBPACK_IMPORTED_MODULE_7__/* .discard */ .vf)(response);
        if (response.status === 404)
            return undefined;
        await this.expect(response, what, [200]);
        const digest = (0,_http_js__WEBPACK_IMPORTED_MODULE_7__/* .header */ .wx)(response, 'docker-content-digest');
        const mediaType = stripParameters((0,_http_js__WEBPACK_IMPORTED_MODULE_7__/* .header */ .wx)(response, 'content-type'));
        const size = Number((0,_http_js__WEBPACK_IMPORTED_MODULE_7__/* .header */ .wx)(response, 'content-length'));
        if (!digest || !mediaType || !Number.isFinite(size)) {
            // Not every registry describes a manifest on HEAD; GET does.
            const manifest = await this.getManifest(reference);
            return { digest: manifest.digest, mediaType: manifest.mediaType, size: manifest.bytes.length };
        }
        if ((0,_oci_image_spec_js__WEBPACK_IMPORTED_MODULE_5__/* .isSha256Digest */ .q9)(reference) && digest !== reference)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__.RegistryIntegrityError(`${what}: the registry describes it as ${digest}`);
        return { digest, mediaType, size };
    }
    /**
     * PUT a manifest under a tag or its digest, `Content-Type` = its media type. Returns its digest and
     * the `OCI-Subject` the registry confirmed (absent: the registry keeps no referrers for it).
     */
    async putManifest(reference, bytes, mediaType) {
        const digest = sha256(bytes);
        if ((0,_oci_image_spec_js__WEBPACK_IMPORTED_MODULE_5__/* .isSha256Digest */ .q9)(reference) && reference !== digest)
            throw new Error(`putManifest: the bytes have digest ${digest}, not ${reference}`);
        const what = `push manifest ${reference === digest ? digest : `${reference} (${digest})`} to ${this.name}`;
        const response = await this.session.send({ method: 'PUT', url: this.path('manifests', reference), headers: { 'Content-Type': mediaType }, body: bytes }, { scopes: this.scopes, what });
        await this.expect(response, what, [201, 200, 204]);
        await (0,_http_js__WEBPACK_IMPORTED_MODULE_7__/* .discard */ .vf)(response);
        const confirmed = (0,_http_js__WEBPACK_IMPORTED_MODULE_7__/* .header */ .wx)(response, 'docker-content-digest');
        if (confirmed !== undefined && confirmed.startsWith('sha256:') && confirmed !== digest) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__.RegistryIntegrityError(`${what}: ${this.registry} stored it as ${confirmed}`);
        }
        const subject = (0,_http_js__WEBPACK_IMPORTED_MODULE_7__/* .header */ .wx)(response, 'oci-subject');
        return subject ? { digest, subject } : { digest };
    }
    /** Deletes a manifest by digest (every tag pointing at it goes with it). */
    async deleteManifest(digest) {
        const what = `delete manifest ${digest} from ${this.name}`;
        const response = await this.session.send({ method: 'DELETE', url: this.path('manifests', digest) }, { scopes: this.scopes, what });
        await this.expect(response, what, [202, 200, 204]);
        await (0,_http_js__WEBPACK_IMPORTED_MODULE_7__/* .discard */ .vf)(response);
    }
    // ----------------------------------------------------------------------------- tags, referrers
    /** Every tag of the repository, following `Link: <…>; rel="next"` pages. */
    async listTags() {
        const tags = [];
        let url = this.path('tags', 'list');
        url.searchParams.set('n', '1000');
        while (url) {
            const what = `list tags of ${this.name}`;
            const response = await this.session.send({ method: 'GET', url }, { scopes: this.scopes, what });
            if (response.status === 404) {
                await (0,_http_js__WEBPACK_IMPORTED_MODULE_7__/* .discard */ .vf)(response);
                return tags;
            }
            await this.expect(response, what, [200]);
            const json = JSON.parse((await (0,_http_js__WEBPACK_IMPORTED_MODULE_7__/* .readBody */ .x8)(response)).toString('utf8'));
            if (Array.isArray(json.tags))
                tags.push(...json.tags.filter((tag) => typeof tag === 'string'));
            const link = /<([^>]+)>\s*;\s*rel="?next"?/.exec((0,_http_js__WEBPACK_IMPORTED_MODULE_7__/* .header */ .wx)(response, 'link') ?? '');
            url = link ? headerUrl(link[1], url, 'Link', what, this.registry) : undefined;
        }
        return tags;
    }
    /**
     * The referrers of a manifest: the referrers API when the registry has it (only a 200 with an index
     * counts), else the `sha256-<hex>` fallback tag, else none.
     */
    async referrers(digest, artifactType) {
        const url = this.path('referrers', digest);
        if (artifactType)
            url.searchParams.set('artifactType', artifactType);
        const what = `list referrers of ${digest} in ${this.name}`;
        const response = await this.session.send({ method: 'GET', url, headers: { Accept: _oci_image_spec_js__WEBPACK_IMPORTED_MODULE_5__/* .OCI_INDEX */ .$p } }, { scopes: this.scopes, what });
        if (response.status === 200 && stripParameters((0,_http_js__WEBPACK_IMPORTED_MODULE_7__/* .header */ .wx)(response, 'content-type')) === _oci_image_spec_js__WEBPACK_IMPORTED_MODULE_5__/* .OCI_INDEX */ .$p) {
            const index = (0,_oci_image_spec_js__WEBPACK_IMPORTED_MODULE_5__/* .parseOciIndex */ .ri)(JSON.parse((await (0,_http_js__WEBPACK_IMPORTED_MODULE_7__/* .readBody */ .x8)(response)).toString('utf8')), what);
            // A registry that ignores the filter says so by not sending OCI-Filters-Applied.
            if (artifactType && !/artifactType/.test((0,_http_js__WEBPACK_IMPORTED_MODULE_7__/* .header */ .wx)(response, 'oci-filters-applied') ?? '')) {
                index.manifests = index.manifests.filter((entry) => entry.artifactType === artifactType);
            }
            return index;
        }
        await (0,_http_js__WEBPACK_IMPORTED_MODULE_7__/* .discard */ .vf)(response);
        const fallback = await this.fallbackReferrers(digest);
        if (artifactType)
            fallback.manifests = fallback.manifests.filter((entry) => entry.artifactType === artifactType);
        return fallback;
    }
    /** The fallback index, or an empty one; other signers may be rewriting it (see torn-read.ts). */
    async fallbackReferrers(digest) {
        const tag = referrersFallbackTag(digest);
        const manifest = await (0,_torn_read_js__WEBPACK_IMPORTED_MODULE_12__/* .readPastTornWrites */ .o)(async () => {
            try {
                return await this.getManifest(tag);
            }
            catch (error) {
                if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_6__.RegistryError && error.status === 404)
                    return undefined;
                throw error;
            }
        });
        if (!manifest)
            return { schemaVersion: 2, mediaType: _oci_image_spec_js__WEBPACK_IMPORTED_MODULE_5__/* .OCI_INDEX */ .$p, manifests: [] };
        return (0,_oci_image_spec_js__WEBPACK_IMPORTED_MODULE_5__/* .parseOciIndex */ .ri)(JSON.parse(manifest.bytes.toString('utf8')), `${this.name}:${tag}`);
    }
    /**
     * Lists `referrer` under its subject in the `sha256-<hex>` fallback index (read, add unless present,
     * write back), as the distribution spec asks of clients when a registry has no referrers API.
     */
    async addToReferrersFallback(subjectDigest, referrer) {
        const index = await this.fallbackReferrers(subjectDigest);
        if (index.manifests.some((entry) => entry.digest === referrer.digest))
            return false;
        index.manifests.push(referrer);
        const bytes = Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: _oci_image_spec_js__WEBPACK_IMPORTED_MODULE_5__/* .OCI_INDEX */ .$p, manifests: index.manifests }));
        await this.putManifest(referrersFallbackTag(subjectDigest), bytes, _oci_image_spec_js__WEBPACK_IMPORTED_MODULE_5__/* .OCI_INDEX */ .$p);
        return true;
    }
}


/***/ }),

/***/ 8176:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G5: () => (/* binding */ HttpTransport),
/* harmony export */   MU: () => (/* binding */ BodySourceError),
/* harmony export */   iZ: () => (/* binding */ HttpSlowError),
/* harmony export */   vf: () => (/* binding */ discard),
/* harmony export */   wx: () => (/* binding */ header),
/* harmony export */   x8: () => (/* binding */ readBody)
/* harmony export */ });
/* unused harmony exports HttpTimeoutError, DEFAULT_IDLE_TIMEOUT_MS, DEFAULT_RATE_WINDOW_MS */
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37067);
/* harmony import */ var _net_proxy_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5312);


/** No answer, or no progress, within the idle timeout: the connection is treated as lost. */
class HttpTimeoutError extends Error {
    name = 'HttpTimeoutError';
    code = 'ETIMEDOUT';
}
/** The body to send could not be read (a local file gone or unreadable): nothing to do with the network. */
class BodySourceError extends Error {
    name = 'BodySourceError';
}
/** A transfer moved fewer bytes than the minimum rate asks for over a whole window: treated as a lost connection and retried. */
class HttpSlowError extends Error {
    name = 'HttpSlowError';
    code = 'ESLOWTRANSFER';
}
const DEFAULT_IDLE_TIMEOUT_MS = 60_000;
const DEFAULT_RATE_WINDOW_MS = 30_000;
const AGENT_OPTIONS = { keepAlive: true, maxSockets: 32 };
/**
 * HTTP/1.1 with keep-alive over Node's own http/https. Which proxy a request takes is decided by
 * net/proxy.ts; Node's built-in proxy support (`proxyEnv`, given only the chosen proxy) carries it:
 * absolute-form requests for http, CONNECT tunnels for https.
 */
class HttpTransport {
    idleTimeoutMs;
    minBytesPerSecond;
    rateWindowMs;
    rateInput;
    env;
    /** One agent per scheme and proxy (`direct` for none). */
    agents = new Map();
    constructor(options = {}) {
        this.idleTimeoutMs = options.idleTimeoutMs ?? DEFAULT_IDLE_TIMEOUT_MS;
        this.minBytesPerSecond = options.minBytesPerSecond ?? 0;
        this.rateWindowMs = options.rateWindowMs ?? DEFAULT_RATE_WINDOW_MS;
        this.rateInput = options.rateInput ?? 'registry-min-rate';
        this.env = options.env ?? process.env;
    }
    /** node:https (and TLS with it) is loaded on the first https request: a loopback registry never needs it. */
    agentFor(url) {
        const secure = url.protocol === 'https:';
        const proxy = (0,_net_proxy_js__WEBPACK_IMPORTED_MODULE_1__/* .proxyFor */ .iJ)(url, this.env);
        const key = `${url.protocol}${proxy?.href ?? 'direct'}`;
        const https = secure ? process.getBuiltinModule('node:https') : undefined;
        let agent = this.agents.get(key);
        if (!agent) {
            const proxyEnv = proxy ? { [secure ? 'HTTPS_PROXY' : 'HTTP_PROXY']: proxy.href } : undefined;
            agent = https ? new https.Agent({ ...AGENT_OPTIONS, proxyEnv }) : new node_http__WEBPACK_IMPORTED_MODULE_0__.Agent({ ...AGENT_OPTIONS, proxyEnv });
            this.agents.set(key, agent);
        }
        return { send: https ? https.request : node_http__WEBPACK_IMPORTED_MODULE_0__.request, agent };
    }
    request(request) {
        const { url } = request;
        const headers = { ...request.headers };
        const body = request.body;
        if (body !== undefined)
            headers['Content-Length'] = String(body.length);
        else if (request.method === 'POST' || request.method === 'PUT' || request.method === 'PATCH')
            headers['Content-Length'] = '0';
        const { send, agent } = this.agentFor(url);
        const signal = request.signal;
        if (signal?.aborted)
            return Promise.reject(signal.reason);
        return new Promise((resolve, reject) => {
            let settled = false;
            let response;
            const stopWatching = [];
            const done = () => {
                for (const stop of stopWatching.splice(0))
                    stop();
            };
            const fail = (error) => {
                if (!response)
                    done();
                if (settled)
                    return;
                settled = true;
                reject(error);
            };
            const req = send(url, { method: request.method, headers, agent }, (res) => {
                if (settled) {
                    res.resume();
                    return;
                }
                settled = true;
                response = res;
                res.setTimeout(this.idleTimeoutMs, () => res.destroy(new HttpTimeoutError(`no data from ${url.host} for ${this.idleTimeoutMs} ms`)));
                res.on('close', done);
                resolve({ status: res.statusCode ?? 0, headers: res.headers, url, stream: res });
            });
            req.setTimeout(this.idleTimeoutMs, () => req.destroy(new HttpTimeoutError(`no answer from ${url.host} for ${this.idleTimeoutMs} ms`)));
            const abort = (error) => {
                req.destroy(error);
                response?.destroy(error);
            };
            if (signal) {
                const onAbort = () => abort(signal.reason);
                signal.addEventListener('abort', onAbort, { once: true });
                stopWatching.push(() => signal.removeEventListener('abort', onAbort));
            }
            if (this.minBytesPerSecond > 0)
                stopWatching.push(this.watchRate(req, url, body !== undefined, abort));
            // A server may answer (401, 413) before it has read the whole body; the answer is what counts.
            req.on('error', fail);
            if (body === undefined)
                req.end();
            else if (body instanceof Uint8Array)
                req.end(body);
            else {
                const stream = body.open();
                stream.on('error', (error) => req.destroy(new BodySourceError(`cannot read the bytes to send: ${error.message}`, { cause: error })));
                stream.pipe(req);
            }
        });
    }
    /**
     * Aborts a transfer that moves fewer than `minBytesPerSecond` over a whole window while bytes are
     * due: while the body is being sent, and once the answer has started to arrive. The wait between
     * the two (the server at work) is the idle timeout's to judge. Returns the function that stops watching.
     */
    watchRate(req, url, sending, abort) {
        const minimum = (this.minBytesPerSecond * this.rateWindowMs) / 1000;
        let socket;
        let readAtFinish;
        let last = 0;
        let dueBefore = false;
        const moved = () => (socket ? socket.bytesRead + socket.bytesWritten : 0);
        req.on('socket', (assigned) => {
            socket = assigned;
            last = moved();
        });
        req.on('finish', () => (readAtFinish = socket?.bytesRead ?? 0));
        const timer = setInterval(() => {
            if (!socket)
                return;
            const now = moved();
            const due = readAtFinish === undefined ? sending : socket.bytesRead > readAtFinish;
            if (due && dueBefore && now - last < minimum) {
                const rate = `${this.minBytesPerSecond} bytes/s`;
                abort(new HttpSlowError(`${now - last} bytes to and from ${url.host} in ${this.rateWindowMs / 1000} s, below the minimum rate of ${rate} (${this.rateInput})`));
            }
            dueBefore = due;
            last = now;
        }, this.rateWindowMs);
        timer.unref();
        return () => clearInterval(timer);
    }
    /** Closes idle keep-alive connections so the process can exit. */
    close() {
        for (const agent of this.agents.values())
            agent.destroy();
    }
}
/** Reads a whole response body, refusing more than `limit` bytes (a manifest, an error document, a token). */
async function readBody(response, limit = 8 * 1024 * 1024) {
    const chunks = [];
    let size = 0;
    for await (const chunk of response.stream) {
        size += chunk.length;
        if (size > limit) {
            response.stream.destroy();
            throw new Error(`${response.url.host} sent more than ${limit} bytes for ${response.url.pathname}`);
        }
        chunks.push(chunk);
    }
    return Buffer.concat(chunks);
}
/** Drains a response we do not need, so its keep-alive connection can be reused. */
async function discard(response) {
    try {
        for await (const _ of response.stream)
            void _;
    }
    catch {
        // a broken body of a response we ignore does not matter
    }
}
function header(response, name) {
    const value = response.headers[name.toLowerCase()];
    return Array.isArray(value) ? value.join(', ') : value;
}


/***/ }),

/***/ 87254:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ RegistrySession)
/* harmony export */ });
/* unused harmony export apiHost */
/* harmony import */ var _auth_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(23606);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17375);
/* harmony import */ var _deadline_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(98924);
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8176);
/* harmony import */ var _net_retry_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(62426);





const SILENT_LOGGER = {
    debug: () => undefined,
    info: () => undefined,
    warning: () => undefined,
    error: () => undefined,
    notice: () => undefined,
    group: (_name, fn) => fn()
};
/** Docker Hub is named `docker.io` in references; its API lives elsewhere. */
function apiHost(registry) {
    return registry === 'docker.io' || registry === 'index.docker.io' ? 'registry-1.docker.io' : registry;
}
/** Auth retries per request: a token refresh, then a scope upgrade; a third 401 is an answer. */
const MAX_AUTH_ROUNDS = 3;
/**
 * One registry host: its base URL, credentials, what its `/v2/` challenge asked for, a token cache
 * per scope set, and the retry loop every request goes through. Repository clients share a session.
 */
class RegistrySession {
    registry;
    credentials;
    /** `http://…` for an insecure registry until its `/v2/` says it speaks only TLS; then `https://…`. */
    baseUrl;
    policy;
    logger;
    transport;
    ownsTransport;
    userAgent;
    challenge;
    tokens = [];
    /** Token requests in flight, so that parallel requests needing the same scopes wait for one answer. */
    pendingTokens = new Map();
    deadline;
    /** Why the credentials were not sent to the token realm, when they were not. */
    withheld;
    constructor(
    /** `ghcr.io`, `127.0.0.1:5000`. */
    registry, credentials, options = {}) {
        this.registry = registry;
        this.credentials = credentials;
        this.baseUrl = new URL(`${options.insecure ? 'http' : 'https'}://${apiHost(registry)}/`);
        const policy = { ..._net_retry_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_RETRY_POLICY */ .cO, ...options.retry };
        this.deadline = options.deadline?.forRegistry(registry);
        const signal = this.deadline?.signal;
        // A wait between attempts ends with the deadline, and no attempt starts after it.
        this.policy = signal ? { ...policy, sleep: (ms) => (0,_deadline_js__WEBPACK_IMPORTED_MODULE_1__/* .sleepUnless */ .uj)(signal, policy.sleep, ms) } : policy;
        this.logger = options.logger ?? SILENT_LOGGER;
        this.ownsTransport = options.transport === undefined;
        this.transport =
            options.transport ??
                new _http_js__WEBPACK_IMPORTED_MODULE_2__/* .HttpTransport */ .G5({
                    env: options.env,
                    idleTimeoutMs: options.idleTimeoutMs,
                    minBytesPerSecond: options.minBytesPerSecond,
                    rateWindowMs: options.rateWindowMs
                });
        this.userAgent = options.userAgent ?? 'unikernel-actions';
    }
    url(path) {
        return new URL(path, this.baseUrl);
    }
    close() {
        this.deadline?.release();
        if (this.ownsTransport)
            this.transport.close();
    }
    /**
     * `GET /v2/`: proves this is a registry and learns how it wants us to authenticate. A registry
     * reached over plain HTTP (loopback, `insecure`) that answers "this port speaks TLS" (Go's and
     * nginx's 400 for a plain request on a TLS port) is asked again over HTTPS, with the certificate
     * verified as for any other registry.
     */
    async ping() {
        const what = 'check the registry API (GET /v2/)';
        const response = await this.exchange({ method: 'GET', url: this.url('/v2/') }, what, true);
        if (response.status === 401) {
            await (0,_http_js__WEBPACK_IMPORTED_MODULE_2__/* .discard */ .vf)(response);
            this.learnChallenge(response);
            return;
        }
        if (response.status === 200)
            return void (await (0,_http_js__WEBPACK_IMPORTED_MODULE_2__/* .discard */ .vf)(response));
        const body = await (0,_http_js__WEBPACK_IMPORTED_MODULE_2__/* .readBody */ .x8)(response).catch(() => Buffer.alloc(0));
        if (response.status === 400 && this.baseUrl.protocol === 'http:' && /\bHTTPS\b/i.test(body.toString('utf8'))) {
            this.logger.info(`${this.registry} speaks only TLS on this port; using HTTPS`);
            this.baseUrl = new URL(`https://${this.baseUrl.host}/`);
            return this.ping();
        }
        if (response.status === 404)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.RegistryError(`${this.registry} is not an OCI registry: GET /v2/ answered 404`, 404);
        throw this.failure(what, response, body);
    }
    /** Sends a registry request with authentication, token refresh and retries; returns the final answer (any status). */
    async send(request, options) {
        let authRounds = 0;
        let scopes = options.scopes;
        for (;;) {
            let sent;
            // Asked again on every attempt: a token may have been refreshed by a parallel request meanwhile.
            const authorize = async () => {
                sent = this.sameOrigin(request.url) ? await this.authorization(scopes, options.what) : undefined;
                return sent ? { Authorization: sent.value } : {};
            };
            const response = await this.exchange(request, options.what, options.retry !== false, authorize);
            if (response.status === 401 && this.sameOrigin(request.url)) {
                const body = await (0,_http_js__WEBPACK_IMPORTED_MODULE_2__/* .readBody */ .x8)(response).catch(() => Buffer.alloc(0));
                if (authRounds++ >= MAX_AUTH_ROUNDS)
                    throw this.authFailure(options.what, response, body);
                scopes = this.onUnauthorized(response, body, options.what, scopes, sent?.value, sent?.fresh ?? false);
                continue;
            }
            return response;
        }
    }
    /**
     * A request under the retry policy (one attempt when `retry` is false): lost connections and
     * "try later" answers are tried again; the last answer is returned whatever its status.
     */
    async exchange(request, what, retry, authorize) {
        const policy = retry ? this.policy : { ...this.policy, attempts: 1 };
        const signal = this.deadline?.signal;
        return (0,_net_retry_js__WEBPACK_IMPORTED_MODULE_3__/* .withRetries */ .LH)(policy, what, this.logger, async (attempt, last) => {
            if (signal?.aborted)
                throw signal.reason;
            const headers = { 'User-Agent': this.userAgent, ...request.headers, ...(authorize ? await authorize() : {}) };
            let response;
            try {
                response = await this.transport.request({ ...request, headers, signal });
            }
            catch (error) {
                if (signal?.aborted)
                    throw signal.reason;
                if (error instanceof _http_js__WEBPACK_IMPORTED_MODULE_2__/* .BodySourceError */ .MU)
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.RegistryError(`${what}: ${error.message}`);
                const transient = (0,_net_retry_js__WEBPACK_IMPORTED_MODULE_3__/* .isRetryableNetworkError */ .Hr)(error);
                const attempts = attempt > 1 ? ` (after ${attempt} attempts)` : '';
                const problem = error instanceof _http_js__WEBPACK_IMPORTED_MODULE_2__/* .HttpSlowError */ .iZ ? `too slow: ${error.message}` : `cannot reach ${request.url.host}: ${(0,_net_retry_js__WEBPACK_IMPORTED_MODULE_3__/* .describeNetworkError */ .gl)(error)}`;
                const failure = new _errors_js__WEBPACK_IMPORTED_MODULE_0__.RegistryError(`${what}: ${problem}${attempts}`, undefined, undefined, transient);
                throw transient ? new _net_retry_js__WEBPACK_IMPORTED_MODULE_3__/* .TryAgain */ .Sz((0,_net_retry_js__WEBPACK_IMPORTED_MODULE_3__/* .describeNetworkError */ .gl)(error), failure) : failure;
            }
            if (last)
                return response;
            const verdict = (0,_net_retry_js__WEBPACK_IMPORTED_MODULE_3__/* .answerVerdict */ .GK)(this.policy, response.status, (name) => (0,_http_js__WEBPACK_IMPORTED_MODULE_2__/* .header */ .wx)(response, name));
            if (!verdict.retry && verdict.waitMs === undefined)
                return response;
            const body = await (0,_http_js__WEBPACK_IMPORTED_MODULE_2__/* .readBody */ .x8)(response).catch(() => Buffer.alloc(0));
            if (!verdict.retry)
                throw this.failure(what, response, body, ` (it asks to retry after ${Math.round(verdict.waitMs / 1000)} s, longer than we wait)`);
            const { text } = (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__.describeErrorBody)(body);
            throw new _net_retry_js__WEBPACK_IMPORTED_MODULE_3__/* .TryAgain */ .Sz(`${response.status}${text ? ` ${text}` : ''}`, this.failure(what, response, body), verdict.delayMs);
        });
    }
    sameOrigin(url) {
        return url.origin === this.baseUrl.origin;
    }
    learnChallenge(response) {
        const challenges = (0,_auth_js__WEBPACK_IMPORTED_MODULE_4__/* .parseWwwAuthenticate */ .qd)((0,_http_js__WEBPACK_IMPORTED_MODULE_2__/* .header */ .wx)(response, 'www-authenticate') ?? '');
        const chosen = challenges.find((c) => c.scheme === 'bearer' && c.params.realm) ?? challenges.find((c) => c.scheme === 'basic');
        if (chosen)
            this.challenge = chosen;
        return chosen;
    }
    async authorization(scopes, what) {
        const challenge = this.challenge;
        if (!challenge)
            return undefined;
        if (challenge.scheme === 'basic') {
            const { username, password } = this.credentials ?? {};
            return username !== undefined && password ? { value: (0,_auth_js__WEBPACK_IMPORTED_MODULE_4__/* .basicAuthorization */ .aR)(username, password), fresh: false } : undefined;
        }
        if (this.credentials?.registryToken)
            return { value: `Bearer ${this.credentials.registryToken}`, fresh: false };
        const now = this.policy.now();
        const cached = this.tokens.find((entry) => entry.token.expiresAt > now && (0,_auth_js__WEBPACK_IMPORTED_MODULE_4__/* .scopesCover */ .Bn)(entry.scopes, scopes));
        if (cached)
            return { value: `Bearer ${cached.token.token}`, fresh: false };
        const merged = (0,_auth_js__WEBPACK_IMPORTED_MODULE_4__/* .mergeScopes */ .OL)(scopes);
        const key = merged.join(' ');
        let pending = this.pendingTokens.get(key);
        if (!pending) {
            pending = this.fetchToken(challenge, merged, what).then((token) => {
                this.pendingTokens.delete(key);
                this.forget(merged);
                this.tokens.push({ scopes: merged, token });
                return token;
            }, (error) => {
                this.pendingTokens.delete(key);
                throw error;
            });
            this.pendingTokens.set(key, pending);
        }
        const token = await pending;
        return { value: `Bearer ${token.token}`, fresh: true };
    }
    forget(scopes) {
        const key = scopes.join(' ');
        for (let i = this.tokens.length - 1; i >= 0; i--)
            if (this.tokens[i].scopes.join(' ') === key)
                this.tokens.splice(i, 1);
    }
    /**
     * Decides what a 401 means and returns the scopes to ask for next. A stale or revoked token
     * (`invalid_token`), or a scope we had not asked for, is refreshed and the request sent again; a
     * refusal of a token we just obtained for everything asked is the answer.
     */
    onUnauthorized(response, body, what, scopes, sent, sentFresh) {
        const previous = this.challenge;
        const challenge = this.learnChallenge(response);
        if (!challenge)
            throw this.unusableChallenge(what, response);
        if (challenge.scheme === 'basic') {
            if (!this.credentials?.password)
                throw this.missingCredentials(what);
            if (previous?.scheme === 'basic' && sent !== undefined)
                throw this.authFailure(what, response, body);
            return scopes;
        }
        const asked = (0,_auth_js__WEBPACK_IMPORTED_MODULE_4__/* .challengeScopes */ .JD)(challenge);
        if (sent === undefined || !sent.startsWith('Bearer '))
            return (0,_auth_js__WEBPACK_IMPORTED_MODULE_4__/* .mergeScopes */ .OL)([...scopes, ...asked]);
        if (!(0,_auth_js__WEBPACK_IMPORTED_MODULE_4__/* .scopesCover */ .Bn)(scopes, asked))
            return (0,_auth_js__WEBPACK_IMPORTED_MODULE_4__/* .mergeScopes */ .OL)([...scopes, ...asked]);
        if (sentFresh || this.credentials?.registryToken)
            throw this.authFailure(what, response, body);
        if (challenge.params.error === 'invalid_token')
            this.logger.info(`${what}: the registry no longer accepts our token; fetching a new one`);
        // Drop every cached token that would be chosen again for this request.
        for (let i = this.tokens.length - 1; i >= 0; i--)
            if ((0,_auth_js__WEBPACK_IMPORTED_MODULE_4__/* .scopesCover */ .Bn)(this.tokens[i].scopes, scopes))
                this.tokens.splice(i, 1);
        return scopes;
    }
    /**
     * Whether credentials may go to a token realm: the registry's own host (any port), or another host
     * over HTTPS; never plain HTTP to another host, where anyone on the path could read them.
     * Undefined when they may; otherwise why not, for the log and for a refusal's message.
     */
    realmWithholds(realm) {
        if (realm.hostname === this.baseUrl.hostname)
            return undefined;
        if (realm.protocol === 'https:')
            return undefined;
        const where = `${this.baseUrl.hostname} or over HTTPS`;
        return `credentials are sent to a token service only on ${where}, and ${this.registry} names ${realm.href}, on another host over plain HTTP`;
    }
    async fetchToken(challenge, scopes, what) {
        const realm = challenge.params.realm;
        const realmUrl = this.realmUrl(realm, what);
        const withheld = (0,_auth_js__WEBPACK_IMPORTED_MODULE_4__/* .hasCredentials */ .Lk)(this.credentials) ? this.realmWithholds(realmUrl) : undefined;
        if (withheld && !this.withheld)
            this.logger.warning(`${this.registry}: ${withheld}; asking for a token without them`);
        this.withheld = withheld;
        const credentials = withheld ? undefined : this.credentials;
        let request;
        if (credentials?.identityToken) {
            const form = new URLSearchParams({ grant_type: 'refresh_token', refresh_token: credentials.identityToken, client_id: this.userAgent });
            if (challenge.params.service)
                form.set('service', challenge.params.service);
            if (scopes.length > 0)
                form.set('scope', scopes.join(' '));
            request = { method: 'POST', url: realmUrl, headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: Buffer.from(form.toString()) };
        }
        else {
            const headers = {};
            if (credentials?.username !== undefined && credentials.password)
                headers.Authorization = (0,_auth_js__WEBPACK_IMPORTED_MODULE_4__/* .basicAuthorization */ .aR)(credentials.username, credentials.password);
            request = { method: 'GET', url: (0,_auth_js__WEBPACK_IMPORTED_MODULE_4__/* .tokenRequestUrl */ .WC)(challenge, scopes, credentials?.username), headers };
        }
        const response = await this.exchange(request, `${what}: get a token from ${realmUrl.host}`, true);
        const body = await (0,_http_js__WEBPACK_IMPORTED_MODULE_2__/* .readBody */ .x8)(response, 1024 * 1024).catch(() => Buffer.alloc(0));
        if (response.status === 401 || response.status === 403) {
            if (!(0,_auth_js__WEBPACK_IMPORTED_MODULE_4__/* .hasCredentials */ .Lk)(credentials))
                throw this.missingCredentials(what);
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.RegistryAuthError(`${what}: the token service of ${this.registry} (${realm}) refused the credentials${this.whose()}: ${response.status}${describeSuffix(body)}`, response.status);
        }
        if (response.status < 200 || response.status >= 300)
            throw this.failure(`${what}: get a token from ${realm}`, response, body);
        try {
            return (0,_auth_js__WEBPACK_IMPORTED_MODULE_4__/* .parseTokenResponse */ .Ac)(JSON.parse(body.toString('utf8')), this.policy.now());
        }
        catch (error) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.RegistryError(`${what}: the token service ${realm} sent an unusable answer: ${error.message}`);
        }
    }
    /** A 401 whose `WWW-Authenticate` names no scheme we can answer: nothing was sent, so nothing was rejected. */
    unusableChallenge(what, response) {
        const raw = (0,_http_js__WEBPACK_IMPORTED_MODULE_2__/* .header */ .wx)(response, 'www-authenticate');
        const shown = raw === undefined || raw.trim() === '' ? 'no WWW-Authenticate header' : `\`WWW-Authenticate: ${raw.length > 200 ? `${raw.slice(0, 200)}…` : raw}\``;
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__.RegistryAuthError(`${what}: ${this.registry} answered 401 with ${shown}, which names neither a Bearer realm nor Basic; no credentials were sent`, 401);
    }
    /** The token realm of a Bearer challenge, which must be an http(s) URL with a host. */
    realmUrl(realm, what) {
        let url;
        try {
            url = new URL(realm);
        }
        catch {
            url = undefined;
        }
        if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:') || url.hostname === '') {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.RegistryError(`${what}: ${this.registry} names the token service \`${realm}\`, which is not an http(s) URL with a host`);
        }
        return url;
    }
    whose() {
        const credentials = this.credentials;
        if (!credentials)
            return '';
        const user = credentials.username ? ` of \`${credentials.username}\`` : '';
        return `${user}${credentials.source ? ` (from ${credentials.source})` : ''}`;
    }
    missingCredentials(what) {
        if (this.withheld)
            return new _errors_js__WEBPACK_IMPORTED_MODULE_0__.RegistryAuthError(`${what}: ${this.registry} requires credentials, and they were not sent: ${this.withheld}`, 401);
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__.RegistryAuthError(`${what}: ${this.registry} requires credentials and none were given (set \`username\` and \`password\`, or log in so a docker config holds them)`, 401);
    }
    authFailure(what, response, body) {
        const challenge = this.challenge;
        const error = challenge?.params.error;
        const { code, text } = (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__.describeErrorBody)(body);
        if ((!(0,_auth_js__WEBPACK_IMPORTED_MODULE_4__/* .hasCredentials */ .Lk)(this.credentials) || this.withheld) && (error === undefined || error === 'insufficient_scope')) {
            const scope = challenge ? (0,_auth_js__WEBPACK_IMPORTED_MODULE_4__/* .challengeScopes */ .JD)(challenge).join(' ') : '';
            const denied = error === 'insufficient_scope' ? ` (anonymous access does not grant ${scope})` : '';
            return new _errors_js__WEBPACK_IMPORTED_MODULE_0__.RegistryAuthError(`${this.missingCredentials(what).message}${denied}`, response.status, code);
        }
        if (error === 'insufficient_scope') {
            return new _errors_js__WEBPACK_IMPORTED_MODULE_0__.RegistryAuthError(`${what}: the credentials${this.whose()} do not grant ${(0,_auth_js__WEBPACK_IMPORTED_MODULE_4__/* .challengeScopes */ .JD)(challenge).join(' ') || 'the access needed'} on ${this.registry}`, response.status, code);
        }
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__.RegistryAuthError(`${what}: ${this.registry} rejected the credentials${this.whose()}: ${response.status}${text ? ` ${text}` : ''}`, response.status, code);
    }
    /** An error for an answer we cannot use, with the registry's own error code and message. */
    failure(what, response, body, suffix = '') {
        const { code, text } = (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__.describeErrorBody)(body);
        const message = `${what}: ${this.registry} answered ${response.status}${text ? ` ${text}` : ''}${suffix}`;
        if (response.status === 401 || response.status === 403)
            return new _errors_js__WEBPACK_IMPORTED_MODULE_0__.RegistryAuthError(message, response.status, code);
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__.RegistryError(message, response.status, code, (0,_net_retry_js__WEBPACK_IMPORTED_MODULE_3__/* .isRetryableStatus */ .PS)(response.status));
    }
}
function describeSuffix(body) {
    const { text } = (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__.describeErrorBody)(body);
    return text ? ` ${text}` : '';
}


/***/ }),

/***/ 12355:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ hashingTap)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57075);


/** A pass-through stream that hashes (sha256) and counts what flows through it, for verified downloads. */
function hashingTap() {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    let bytes = 0;
    const stream = new node_stream__WEBPACK_IMPORTED_MODULE_1__.Transform({
        transform(chunk, _encoding, done) {
            hash.update(chunk);
            bytes += chunk.length;
            done(null, chunk);
        }
    });
    return { stream, hex: () => hash.digest('hex'), bytes: () => bytes };
}


/***/ })

};
