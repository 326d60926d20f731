export const id = 4761;
export const ids = [4761,7734];
export const modules = {

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


/***/ }),

/***/ 97734:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fileAssets: () => (/* binding */ fileAssets),
/* harmony export */   releaseClient: () => (/* binding */ releaseClient),
/* harmony export */   uploadReleaseAssets: () => (/* binding */ uploadReleaseAssets)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(84704);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(44463);
/**
 * The one release uploader, used by `publish` (kernels, SHA256SUMS, signatures) and `sign` (blob
 * signatures). Its behaviour, whichever action calls it:
 * - the release is the one tagged `tag`, drafts included (a draft has no tag yet, so the newest 100
 *   releases are searched for it), or a new one, created as a draft when the repository has immutable
 *   releases so that later steps can still attach assets;
 * - an asset whose name is taken is left alone when its content is the same (compared by the API's
 *   digest, else by size and a download), and replaced when not; other assets are uploaded;
 * - a published immutable release accepts neither: a configuration error.
 */





/** Files as release assets named after themselves. */
function fileAssets(paths) {
    return Promise.all(paths.map(async (path) => ({ name: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(path), content: await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(path) })));
}
function sha256Hex(content) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(content).digest('hex');
}
/** The client and repository a release upload needs: the job's repository and a token, or a configuration error naming what is missing. */
async function releaseClient(options) {
    if (!options.token)
        throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .inputError */ .Xu)('github-token', 'is required to upload to a release');
    const repository = (0,_client_js__WEBPACK_IMPORTED_MODULE_4__/* .repositoryOf */ ._M)(options.env);
    if (!repository)
        throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .inputError */ .Xu)('release', 'needs GITHUB_REPOSITORY (owner/repo) to know which repository the release belongs to');
    const github = await (0,_client_js__WEBPACK_IMPORTED_MODULE_4__/* .gitHubClient */ .XB)({ apiUrl: (0,_client_js__WEBPACK_IMPORTED_MODULE_4__/* .apiUrlOf */ .po)(options.env), token: options.token, env: options.env, logger: options.logger, retry: options.retry });
    return { github, repository };
}
/** Puts `assets` on the release tagged `tag` of `repository`, as the module comment describes. */
async function uploadReleaseAssets(github, repository, tag, assets, logger) {
    const { owner, repo } = repository;
    const call = async (what, request) => {
        try {
            return (await request()).data;
        }
        catch (error) {
            const status = (0,_client_js__WEBPACK_IMPORTED_MODULE_4__/* .requestStatus */ .G2)(error);
            const message = `release ${tag}: ${what} failed${status ? ` (HTTP ${status})` : ''}: ${(0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(error)}`;
            if (status === 401 || status === 403 || status === 404)
                throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .inputError */ .Xu)('github-token', `${message}; the token needs \`contents: write\` on ${owner}/${repo}`);
            throw new Error(message, { cause: error });
        }
    };
    let release;
    try {
        release = (await github.request('GET /repos/{owner}/{repo}/releases/tags/{tag}', { owner, repo, tag })).data;
    }
    catch (error) {
        if ((0,_client_js__WEBPACK_IMPORTED_MODULE_4__/* .requestStatus */ .G2)(error) !== 404)
            await call('looking it up', () => Promise.reject(error));
    }
    if (!release) {
        const all = await call('listing releases', () => github.request('GET /repos/{owner}/{repo}/releases', { owner, repo, per_page: 100 }));
        release = all.find((candidate) => candidate.tag_name === tag);
    }
    if (!release) {
        let immutable = false;
        try {
            const check = (await github.request('GET /repos/{owner}/{repo}/immutable-releases', { owner, repo })).data;
            immutable = check.enabled === true;
        }
        catch {
            // 404 means not enabled; without admin read access we cannot tell, and publish normally.
        }
        release = await call('creating it', () => github.request('POST /repos/{owner}/{repo}/releases', { owner, repo, tag_name: tag, name: tag, draft: immutable }));
        const draft = immutable ? ' as a draft: the repository has immutable releases, so publish it once every asset (signatures too) is attached' : '';
        logger.info(`Created release ${tag}${draft}`);
    }
    const target = release;
    const existing = await call('listing assets', async () => ({
        data: await github.paginate('GET /repos/{owner}/{repo}/releases/{release_id}/assets', { owner, repo, release_id: target.id, per_page: 100 })
    }));
    const outcome = { url: target.html_url, uploaded: [], unchanged: [], replaced: [], draft: target.draft };
    const sealed = target.immutable === true && !target.draft;
    for (const asset of assets) {
        const present = existing.find((candidate) => candidate.name === asset.name);
        if (present) {
            let same;
            if (present.digest)
                same = present.digest === `sha256:${sha256Hex(asset.content)}`;
            else if (present.size !== asset.content.length)
                same = false;
            else {
                const download = await call(`downloading ${asset.name}`, () => github.request('GET /repos/{owner}/{repo}/releases/assets/{asset_id}', {
                    owner,
                    repo,
                    asset_id: present.id,
                    headers: { accept: 'application/octet-stream' }
                }));
                same = sha256Hex(Buffer.from(download)) === sha256Hex(asset.content);
            }
            if (same) {
                outcome.unchanged.push(asset.name);
                logger.info(`  ${asset.name}: unchanged`);
                continue;
            }
            if (sealed)
                throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`input \`release\`: ${tag} is an immutable release; its asset ${asset.name} differs and cannot be replaced`);
            await call(`deleting the old ${asset.name}`, () => github.request('DELETE /repos/{owner}/{repo}/releases/assets/{asset_id}', { owner, repo, asset_id: present.id }));
        }
        else if (sealed) {
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`input \`release\`: ${tag} is an immutable release, so ${asset.name} cannot be added to it`);
        }
        await call(`uploading ${asset.name}`, () => github.request({
            method: 'POST',
            url: target.upload_url,
            name: asset.name,
            data: asset.content,
            headers: { 'content-type': 'application/octet-stream', 'content-length': asset.content.length }
        }));
        (present ? outcome.replaced : outcome.uploaded).push(asset.name);
        logger.info(`  ${asset.name}: ${present ? 'replaced (content changed)' : 'uploaded'} (${asset.content.length} bytes)`);
    }
    return outcome;
}


/***/ }),

/***/ 66659:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W9: () => (/* binding */ uruncHypervisorOf),
/* harmony export */   fX: () => (/* binding */ platformOfUruncHypervisor),
/* harmony export */   sn: () => (/* binding */ uruncRuns),
/* harmony export */   uW: () => (/* binding */ URUNC_RELEASE)
/* harmony export */ });
/* unused harmony exports URUNC_HYPERVISORS, URUNC_TYPES */
const URUNC_HYPERVISORS = (/* unused pure expression or super */ null && (['qemu', 'firecracker', 'hvt', 'spt']));
/** Build platform → urunc hypervisor; absent where urunc cannot run the platform (uhyve, xen). */
const URUNC_HYPERVISOR_OF = { qemu: 'qemu', fc: 'firecracker', hvt: 'hvt', spt: 'spt' };
function uruncHypervisorOf(platform) {
    return URUNC_HYPERVISOR_OF[platform];
}
function platformOfUruncHypervisor(hypervisor) {
    return Object.keys(URUNC_HYPERVISOR_OF).find((platform) => URUNC_HYPERVISOR_OF[platform] === hypervisor);
}
const URUNC_RELEASE = 'v0.5.0';
/** The unikernel types urunc v0.5.0 starts (`unikernels.New`); any other type fails with "unikernel is not supported". */
const URUNC_TYPES = ['rumprun', 'unikraft', 'mirage'];
/** Whether urunc (URUNC_RELEASE) can run an image of this type on this platform, and if not, why. */
function uruncRuns(type, platform) {
    if (!URUNC_TYPES.includes(type)) {
        return { runs: false, why: `urunc ${URUNC_RELEASE} runs ${URUNC_TYPES.join(', ')} unikernels, not ${type}` };
    }
    if (!uruncHypervisorOf(platform))
        return { runs: false, why: `urunc ${URUNC_RELEASE} has no monitor for the ${platform} platform` };
    return { runs: true };
}


/***/ }),

/***/ 54761:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   uploadRelease: () => (/* binding */ uploadRelease)
/* harmony export */ });
/* unused harmony exports assetBaseName, sha256Sums, releaseAssets */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var _github_releases_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(97734);
/* harmony import */ var _platform_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7997);
/* harmony import */ var _oci_urunc_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(66659);
/* harmony import */ var _oci_image_extract_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(63927);
/* harmony import */ var _oci_image_spec_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(74891);
/* harmony import */ var _oci_reference_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(20907);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(84704);











/** Signature files the `sign` action (and cosign) write beside a file. */
const SIGNATURE_SUFFIXES = ['.sig', '.sigstore.json', '.pem', '.cert', '.crt', '.bundle'];
function sha256Hex(content) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(content).digest('hex');
}
/** `ghcr.io/acme/web:1.0` → `web`; `oci:out/image:1.0` → `image`. */
function assetBaseName(name) {
    if (!name)
        return 'unikernel';
    try {
        const ref = (0,_oci_reference_js__WEBPACK_IMPORTED_MODULE_9__/* .parseImageReference */ .o_)('to', name);
        const base = ref.kind === 'registry' ? ref.repository.split('/').pop() : (0,node_path__WEBPACK_IMPORTED_MODULE_3__.basename)(ref.dir);
        return base && /^[\w.-]+$/.test(base) ? base : 'unikernel';
    }
    catch {
        return 'unikernel';
    }
}
/** `SHA256SUMS` as `sha256sum -c` reads it: `<hex>  <name>`, sorted by name. */
function sha256Sums(assets) {
    const lines = [...assets].sort((a, b) => a.name.localeCompare(b.name)).map((asset) => `${sha256Hex(asset.content)}  ${asset.name}\n`);
    return Buffer.from(lines.join(''));
}
/** Kernel files `build` left on disk: where signatures made by `sign` with `files` sit beside them. */
function builtKernels(build) {
    const paths = new Set();
    if (build?.kernel)
        paths.add(build.kernel);
    for (const target of build?.targets ?? [])
        if (typeof target.kernel === 'string')
            paths.add(target.kernel);
    return [...paths];
}
/**
 * The release assets of an image: per target its kernel (and initrd) as `<name>-<platform>-<arch>`,
 * the signature files found beside the built kernel with the same content, and `SHA256SUMS`.
 */
async function releaseAssets(source, options) {
    const base = assetBaseName(options.name);
    const assets = [];
    const scratch = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(options.workRoot, 'release-'));
    try {
        const kernels = new Map();
        for (const path of builtKernels(options.build)) {
            if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(path))
                kernels.set(sha256Hex(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readFile)(path)), path);
        }
        let n = 0;
        for (const stored of source.manifests) {
            if (!stored.manifest || !(0,_oci_image_spec_js__WEBPACK_IMPORTED_MODULE_8__/* .isImageConfigMediaType */ .i8)(stored.manifest.config.mediaType))
                continue;
            const config = await source.layout.readImageConfig(stored.manifest.config);
            const image = await (0,_oci_image_extract_js__WEBPACK_IMPORTED_MODULE_7__.extractBootImage)('image', { kind: 'layout', dir: source.layout.dir, digest: stored.descriptor.digest }, undefined, (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(scratch, String(n++)));
            const platform = image.descriptor?.platform ?? (0,_oci_urunc_js__WEBPACK_IMPORTED_MODULE_6__/* .platformOfUruncHypervisor */ .fX)(image.annotations[_oci_image_spec_js__WEBPACK_IMPORTED_MODULE_8__/* .URUNC_ANNOTATIONS */ .Fj.hypervisor] ?? '') ?? 'unikernel';
            const arch = image.descriptor?.arch ?? (0,_platform_js__WEBPACK_IMPORTED_MODULE_5__/* .archOfOciArchitecture */ .Qk)(config.architecture) ?? config.architecture;
            const name = `${base}-${platform}-${arch}`;
            if (assets.some((asset) => asset.name === name))
                throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_10__/* .ConfigurationError */ .j1(`input \`release\`: two images of ${source.reference} would both be released as ${name}`);
            const kernel = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readFile)(image.kernel);
            assets.push({ name, content: kernel });
            if (image.initrd)
                assets.push({ name: `${name}.initrd`, content: await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readFile)(image.initrd) });
            const built = kernels.get(sha256Hex(kernel));
            for (const suffix of SIGNATURE_SUFFIXES) {
                if (built && (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(`${built}${suffix}`))
                    assets.push({ name: `${name}${suffix}`, content: await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readFile)(`${built}${suffix}`) });
            }
        }
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(scratch, { recursive: true, force: true });
    }
    if (assets.length === 0)
        throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_10__/* .inputError */ .Xu)('release', `${source.reference} holds no container images with a kernel to release`);
    const binaries = assets.filter((asset) => !SIGNATURE_SUFFIXES.some((suffix) => asset.name.endsWith(suffix)));
    assets.push({ name: 'SHA256SUMS', content: sha256Sums(binaries) });
    return assets;
}
/** Uploads an image's kernels, SHA256SUMS and signatures to a GitHub Release (src/github/releases.ts says how). */
async function uploadRelease(source, options) {
    const { github, repository } = await (0,_github_releases_js__WEBPACK_IMPORTED_MODULE_4__.releaseClient)(options);
    return (0,_github_releases_js__WEBPACK_IMPORTED_MODULE_4__.uploadReleaseAssets)(github, repository, options.tag, await releaseAssets(source, options), options.logger);
}


/***/ })

};
