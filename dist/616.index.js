export const id = 616;
export const ids = [616];
export const modules = {

/***/ 20616:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   suiteFetch: () => (/* binding */ suiteFetch)
/* harmony export */ });
/* harmony import */ var undici__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(46752);
/* harmony import */ var _proxy_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5312);
/* harmony import */ var _retry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(62426);
/**
 * The fetch the GitHub client sends its requests through: undici's, with the suite's proxy rule
 * (net/proxy.ts), retry policy (net/retry.ts), and redirects followed here rather than by undici, so
 * that credentials never follow a redirect to another origin. Loaded only with the GitHub client.
 */



/** Headers that carry credentials: dropped when a redirect leaves the origin (scheme, host or port). */
const CREDENTIAL_HEADERS = ['authorization', 'cookie', 'proxy-authorization'];
/** Methods that may be sent again: the others (POST, PATCH) may have been acted on before the answer was lost. */
const REPEATABLE_METHODS = new Set(['GET', 'HEAD', 'PUT', 'DELETE', 'OPTIONS']);
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const MAX_REDIRECTS = 10;
function suiteFetch(options) {
    const policy = (0,_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .retryPolicy */ .Jb)(options.retry);
    const dispatchers = new Map();
    const dispatcherFor = (url) => {
        const proxy = (0,_proxy_js__WEBPACK_IMPORTED_MODULE_1__/* .proxyFor */ .iJ)(url, options.env);
        const key = proxy?.href ?? 'direct';
        let dispatcher = dispatchers.get(key);
        if (!dispatcher) {
            dispatcher = proxy ? new undici__WEBPACK_IMPORTED_MODULE_0__/* .ProxyAgent */ .kT({ uri: proxy.href }) : new undici__WEBPACK_IMPORTED_MODULE_0__/* .Agent */ .g6();
            dispatchers.set(key, dispatcher);
        }
        return dispatcher;
    };
    /** One hop: the request under the retry policy, no redirect followed. */
    const send = (url, init, method) => {
        const repeatable = REPEATABLE_METHODS.has(method) && (init.body === undefined || init.body === null || typeof init.body === 'string' || init.body instanceof Uint8Array);
        const attempts = repeatable ? policy : { ...policy, attempts: 1 };
        return (0,_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .withRetries */ .LH)(attempts, `${method} ${url.origin}${url.pathname}`, options.logger, async (_attempt, last) => {
            let response;
            try {
                response = await (0,undici__WEBPACK_IMPORTED_MODULE_0__/* .fetch */ .hd)(url, { ...init, method, redirect: 'manual', dispatcher: dispatcherFor(url) });
            }
            catch (error) {
                // fetch says only "fetch failed"; what happened is in its cause.
                const failure = new Error(`cannot reach ${url.host}: ${(0,_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .describeNetworkError */ .gl)(error)}`, { cause: error });
                throw (0,_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .isRetryableNetworkError */ .Hr)(error) ? new _retry_js__WEBPACK_IMPORTED_MODULE_2__/* .TryAgain */ .Sz((0,_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .describeNetworkError */ .gl)(error), failure) : failure;
            }
            if (last)
                return response;
            const verdict = (0,_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .answerVerdict */ .GK)(policy, response.status, (name) => response.headers.get(name) ?? undefined);
            if (!verdict.retry)
                return response;
            await response.body?.cancel();
            throw new _retry_js__WEBPACK_IMPORTED_MODULE_2__/* .TryAgain */ .Sz(`HTTP ${response.status}`, new Error(`HTTP ${response.status}`), verdict.delayMs);
        });
    };
    return async (input, init = {}) => {
        let url = new URL(String(input));
        let method = (init.method ?? 'GET').toUpperCase();
        const headers = new undici__WEBPACK_IMPORTED_MODULE_0__.Headers(init.headers);
        let body = init.body;
        for (let hops = 0;; hops++) {
            const response = await send(url, { ...init, headers, body }, method);
            const location = response.headers.get('location');
            if (init.redirect === 'manual' || !REDIRECT_STATUSES.has(response.status) || !location)
                return response;
            await response.body?.cancel();
            if (init.redirect === 'error' || hops >= MAX_REDIRECTS)
                throw new Error(`${method} ${url.origin}${url.pathname}: too many redirects, or a redirect where none was expected`);
            const next = new URL(location, url);
            if (next.origin !== url.origin)
                for (const name of CREDENTIAL_HEADERS)
                    headers.delete(name);
            // As browsers do: 303 always, and 301/302 after a POST, continue as a GET without the body.
            if ((response.status === 303 && method !== 'HEAD') || ((response.status === 301 || response.status === 302) && method === 'POST')) {
                method = 'GET';
                body = undefined;
                headers.delete('content-type');
                headers.delete('content-length');
            }
            url = next;
        }
    };
}


/***/ }),

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


/***/ })

};
