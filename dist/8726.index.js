export const id = 8726;
export const ids = [8726,5760];
export const modules = {

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
    'require-revision',
    'tags',
    'flavor',
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
/** `ghcr.io/acme/web:1.0` → `ghcr.io/acme/web`. */
function withoutTag(reference) {
    const ref = (0,_oci_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .parseRegistryReference */ .qq)('to', reference);
    return `${ref.registry}/${ref.repository}`;
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
/**
 * Groups `to` into destinations: one per repository (its tags together) and one per layout. An item
 * without a tag gets the `tags` input's tags when given, else the source image's tag.
 */
function parseDestinations(items, pushByDigest, sourceTag, ruleTags) {
    const destinations = [];
    const untagged = ruleTags ?? (sourceTag === undefined ? [] : [sourceTag]);
    for (const item of items) {
        const ref = (0,_oci_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .parseImageReference */ .o_)('to', item);
        if (ref.digest)
            throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .inputError */ .Xu)('to', `\`${item}\` names a digest; a destination is a repository with an optional tag (the digest is the image's own)`);
        const wanted = pushByDigest ? [] : ref.tag !== undefined ? [ref.tag] : untagged;
        if (!pushByDigest && wanted.length === 0) {
            throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .inputError */ .Xu)('to', `\`${item}\` needs a tag (${ref.kind === 'layout' ? 'oci:<dir>:<tag>' : 'or `push-by-digest: true`'}, or \`tags\`): the source image has none to reuse`);
        }
        if (ref.kind === 'layout') {
            if (wanted.length === 0)
                destinations.push({ kind: 'layout', dir: ref.dir });
            for (const tag of wanted)
                destinations.push({ kind: 'layout', dir: ref.dir, tag });
            continue;
        }
        const existing = destinations.find((d) => d.kind === 'registry' && d.registry === ref.registry && d.repository === ref.repository);
        const tags = [...wanted];
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
/** `require-revision`: a full commit SHA (what `revision` annotations hold). */
function readRevision(inputs) {
    const value = inputs.optional('require-revision');
    if (value === undefined)
        return undefined;
    if (!/^[0-9a-f]{40}([0-9a-f]{24})?$/i.test(value))
        throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .inputError */ .Xu)('require-revision', `\`${value}\` is not a full commit SHA (40 hex digits, e.g. \${{ github.sha }})`);
    return value.toLowerCase();
}
/** `ruleTags`: what the `tags` input resolved to for this run (publish/tags.ts); they tag each `to` that names none. */
function readPublishOptions(inputs, state, ruleTags) {
    const pushByDigest = inputs.boolean('push-by-digest', false);
    if (ruleTags && pushByDigest)
        throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .inputError */ .Xu)('tags', 'cannot be combined with `push-by-digest: true`, which pushes without tags');
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
    if (toItems.length === 0 && promote) {
        // Promotion within the image's own repository: new tags for the same digest.
        if (!ruleTags)
            throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .inputError */ .Xu)('to', `is required to promote \`${imageText}\` (or give \`tags\` to tag it in its own repository)`);
        toItems = [`${promote.registry}/${promote.repository}`];
    }
    if (toItems.length === 0)
        toItems = ruleTags ? defaultDestinations(state.build, undefined).map(withoutTag) : defaultDestinations(state.build, sourceTag);
    const destinations = parseDestinations(toItems, pushByDigest, mergeItems.length > 0 ? undefined : sourceTag, ruleTags);
    if (mergeItems.length > 0 && !pushByDigest && destinations.some((d) => (d.kind === 'registry' ? d.tags.length === 0 : !d.tag))) {
        throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .inputError */ .Xu)('to', 'each destination of a merge needs a tag (or `push-by-digest: true`)');
    }
    if (mergeItems.length > 0 && destinations.some((d) => d.kind === 'layout'))
        throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .inputError */ .Xu)('to', 'a merge is pushed to registries only; oci: destinations take `image`');
    if (promote && destinations.some((d) => d.kind === 'layout'))
        throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .inputError */ .Xu)('to', 'promoting a registry image copies it to registries; an oci: destination takes a layout `image`');
    const merge = parseMergeSources(mergeItems, destinations);
    const release = inputs.optional('release');
    const requireRevision = readRevision(inputs);
    if (requireRevision && !promote)
        throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .inputError */ .Xu)('require-revision', 'checks an image already in a registry before promoting it; `image` names none');
    const options = {
        image,
        ...(promote ? { promote } : {}),
        ...(requireRevision ? { requireRevision } : {}),
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


/***/ })

};
