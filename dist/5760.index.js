export const id = 5760;
export const ids = [5760];
export const modules = {

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


/***/ })

};
