export const id = 761;
export const ids = [761,526,734];
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

/***/ 63927:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   extractBootImage: () => (/* binding */ extractBootImage)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(84704);
/* harmony import */ var _runtime_safe_extract_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(92526);
/* harmony import */ var _platform_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7997);
/* harmony import */ var _unikernel_descriptor_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(33855);
/* harmony import */ var _layout_reader_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(84952);
/* harmony import */ var _image_spec_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(74891);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(20907);









async function prepareDestination(destDir) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(destDir, { recursive: true });
    const leftovers = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(destDir);
    if (leftovers.length > 0)
        throw new Error(`extraction directory ${destDir} is not empty (${leftovers.slice(0, 3).join(', ')})`);
}
/** The host path of an absolute in-image path, if it names a regular file that resolves inside destDir. */
async function locateInImage(destDir, imagePath) {
    const relative = node_path__WEBPACK_IMPORTED_MODULE_1__.posix.normalize(`/${imagePath}`).slice(1);
    if (relative === '' || relative.split('/').includes('..'))
        return { problem: `\`${imagePath}\` is not a path inside the image` };
    const hostPath = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(destDir, ...relative.split('/'));
    let real;
    try {
        real = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(hostPath);
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return undefined;
        throw error;
    }
    const root = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(destDir);
    if (real !== root && !real.startsWith(root + node_path__WEBPACK_IMPORTED_MODULE_1__.sep))
        return { problem: `${imagePath} resolves outside the image` };
    if (!(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(real)).isFile())
        return { problem: `${imagePath} is not a regular file` };
    return { path: hostPath };
}
/**
 * Extracts what `boot` runs from an `oci:` image: resolves the reference and the manifest for `arch`
 * (default: the only image, else this machine's), checks every blob's digest, unpacks the layers into
 * the empty or missing `destDir` safely, and reads `/unikernel/unikernel.json` when present. The
 * kernel path comes from the descriptor, else urunc's `binary` annotation, else `/unikernel/kernel`.
 */
async function extractBootImage(input, ref, arch, destDir) {
    const image = (0,_reference_js__WEBPACK_IMPORTED_MODULE_7__/* .formatImageReference */ .my)(ref);
    const fail = (message) => (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .inputError */ .Xu)(input, `image ${image}: ${message}`);
    const layout = await _layout_reader_js__WEBPACK_IMPORTED_MODULE_5__.OciLayout.open(input, ref.dir);
    const top = await layout.resolve(ref);
    const selected = await layout.selectManifest(top, arch);
    const { manifest } = selected;
    const manifestDigest = selected.descriptor.digest;
    if (!(0,_image_spec_js__WEBPACK_IMPORTED_MODULE_6__/* .isImageConfigMediaType */ .i8)(manifest.config.mediaType)) {
        throw fail(`manifest ${manifestDigest} is not a container image: its config media type is ${manifest.config.mediaType} (expected ${_image_spec_js__WEBPACK_IMPORTED_MODULE_6__/* .OCI_CONFIG */ .TF})`);
    }
    const config = await layout.readImageConfig(manifest.config);
    if (arch !== undefined && config.architecture !== (0,_platform_js__WEBPACK_IMPORTED_MODULE_3__/* .ociArchitecture */ .Jk)(arch)) {
        throw fail(`manifest ${manifestDigest} is for ${config.os}/${config.architecture}, not ${arch} (${(0,_platform_js__WEBPACK_IMPORTED_MODULE_3__/* .ociArchitecture */ .Jk)(arch)})`);
    }
    const imageArch = (0,_platform_js__WEBPACK_IMPORTED_MODULE_3__/* .archOfOciArchitecture */ .Qk)(config.architecture);
    if (manifest.layers.length === 0)
        throw fail(`manifest ${manifestDigest} has no layers`);
    await prepareDestination(destDir);
    const links = new Map();
    for (const layer of manifest.layers) {
        const compression = (0,_image_spec_js__WEBPACK_IMPORTED_MODULE_6__/* .layerCompression */ .AH)(layer.mediaType);
        if (compression === undefined)
            throw fail(`layer ${layer.digest} has media type ${layer.mediaType}, which is not a tar layer`);
        const file = await layout.verifyBlob(layer);
        try {
            await (0,_runtime_safe_extract_js__WEBPACK_IMPORTED_MODULE_2__.checkTarEntries)(file, { compression, links, rejectWhiteouts: true, within: 'the image' });
        }
        catch (error) {
            if (error instanceof _runtime_safe_extract_js__WEBPACK_IMPORTED_MODULE_2__.UnsafeArchiveError)
                throw fail(`layer ${layer.digest} is unsafe to extract, nothing was extracted from it: ${error.message}`);
            throw fail(`layer ${layer.digest} is not a readable tar archive: ${(0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .errorMessage */ .gJ)(error)}`);
        }
        try {
            await (0,_runtime_safe_extract_js__WEBPACK_IMPORTED_MODULE_2__.unpackTar)(file, destDir, compression);
        }
        catch (error) {
            throw fail(`layer ${layer.digest} could not be extracted: ${(0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .errorMessage */ .gJ)(error)}`);
        }
    }
    const annotations = manifest.annotations ?? {};
    const required = async (imagePath, what) => {
        const found = await locateInImage(destDir, imagePath);
        if (found === undefined)
            throw fail(`has no ${what} at ${imagePath}`);
        if ('problem' in found)
            throw fail(`${what}: ${found.problem}`);
        return found.path;
    };
    let descriptor;
    const descriptorFile = await locateInImage(destDir, _unikernel_descriptor_js__WEBPACK_IMPORTED_MODULE_4__/* .DESCRIPTOR_PATH */ .MU);
    if (descriptorFile !== undefined) {
        if ('problem' in descriptorFile)
            throw fail(`descriptor: ${descriptorFile.problem}`);
        const source = `image ${image}: ${_unikernel_descriptor_js__WEBPACK_IMPORTED_MODULE_4__/* .DESCRIPTOR_PATH */ .MU}`;
        let json;
        try {
            json = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(descriptorFile.path, 'utf8'));
        }
        catch (error) {
            throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .inputError */ .Xu)(input, `${source} is not valid JSON: ${(0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .errorMessage */ .gJ)(error)}`);
        }
        try {
            descriptor = (0,_unikernel_descriptor_js__WEBPACK_IMPORTED_MODULE_4__/* .parseDescriptor */ .BA)(json, source);
        }
        catch (error) {
            if (error instanceof _runtime_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .ConfigurationError */ .j1)
                throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .inputError */ .Xu)(input, error.message);
            throw error;
        }
        if (imageArch !== undefined && descriptor.arch !== imageArch) {
            throw fail(`${_unikernel_descriptor_js__WEBPACK_IMPORTED_MODULE_4__/* .DESCRIPTOR_PATH */ .MU} says arch ${descriptor.arch}, but the image config says ${config.architecture}`);
        }
    }
    const kernel = await required(descriptor?.kernel ?? annotations[_image_spec_js__WEBPACK_IMPORTED_MODULE_6__/* .URUNC_ANNOTATIONS */ .Fj.binary] ?? _unikernel_descriptor_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_KERNEL_PATH */ .ii, 'kernel');
    let initrd;
    const namedInitrd = descriptor?.initrd ?? annotations[_image_spec_js__WEBPACK_IMPORTED_MODULE_6__/* .URUNC_ANNOTATIONS */ .Fj.initrd];
    if (namedInitrd !== undefined) {
        initrd = await required(namedInitrd, 'initrd');
    }
    else {
        const found = await locateInImage(destDir, _unikernel_descriptor_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_INITRD_PATH */ .tD);
        if (found && 'problem' in found)
            throw fail(`initrd: ${found.problem}`);
        initrd = found?.path;
    }
    const result = { kernel, manifestDigest, annotations };
    if (initrd !== undefined)
        result.initrd = initrd;
    if (descriptor !== undefined)
        result.descriptor = descriptor;
    if (selected.index)
        result.indexDigest = selected.index.descriptor.digest;
    if (imageArch !== undefined)
        result.arch = imageArch;
    return result;
}


/***/ }),

/***/ 33855:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BA: () => (/* binding */ parseDescriptor),
/* harmony export */   MU: () => (/* binding */ DESCRIPTOR_PATH),
/* harmony export */   ii: () => (/* binding */ DEFAULT_KERNEL_PATH),
/* harmony export */   tD: () => (/* binding */ DEFAULT_INITRD_PATH)
/* harmony export */ });
/* unused harmony export DESCRIPTOR_VERSION */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(84704);
/* harmony import */ var _runtime_units_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(50200);
/* harmony import */ var _toolchains_types_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(30364);
/* harmony import */ var _platform_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7997);
/* harmony import */ var _vmm_drivers_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(15440);






/** Where our image descriptor lives inside an image. */
const DESCRIPTOR_PATH = '/unikernel/unikernel.json';
const DEFAULT_KERNEL_PATH = '/unikernel/kernel';
const DEFAULT_INITRD_PATH = '/unikernel/initrd';
const DESCRIPTOR_VERSION = 1;
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function oneOf(fail, json, field, allowed) {
    const value = json[field];
    if (typeof value !== 'string' || !allowed.includes(value)) {
        fail(field, `is ${JSON.stringify(value)}, expected one of ${allowed.join(', ')}`);
    }
    return value;
}
function imagePath(fail, value, field) {
    if (typeof value !== 'string' || !value.startsWith('/') || value.split('/').includes('..') || node_path__WEBPACK_IMPORTED_MODULE_0__.posix.normalize(value) !== value) {
        fail(field, `is ${JSON.stringify(value)}, expected an absolute path inside the image such as ${DEFAULT_KERNEL_PATH}`);
    }
    return value;
}
function patterns(fail, value, field) {
    if (!Array.isArray(value) || !value.every((item) => typeof item === 'string'))
        fail(field, 'must be an array of regular expressions (strings)');
    for (const pattern of value) {
        try {
            new RegExp(pattern);
        }
        catch (error) {
            fail(field, `\`${pattern}\` is not a valid regular expression: ${(0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .gJ)(error)}`);
        }
    }
    return value;
}
/**
 * Validates a descriptor read from an image. `source` names where it came from (file, image) and leads
 * every error message. Unknown fields are ignored, so version 1 can grow optional fields.
 */
function parseDescriptor(json, source) {
    const fail = (field, problem) => {
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`${source}: \`${field}\` ${problem}`);
    };
    if (!isRecord(json))
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`${source}: expected a JSON object`);
    if (json.version !== DESCRIPTOR_VERSION) {
        const newer = typeof json.version === 'number' && json.version > DESCRIPTOR_VERSION;
        fail('version', newer
            ? `is ${json.version}: written by a newer unikernel-actions; this one reads version ${DESCRIPTOR_VERSION}`
            : `is ${JSON.stringify(json.version)}, expected ${DESCRIPTOR_VERSION}`);
    }
    const toolchain = oneOf(fail, json, 'toolchain', _toolchains_types_js__WEBPACK_IMPORTED_MODULE_5__/* .TOOLCHAIN_NAMES */ .t);
    const platform = oneOf(fail, json, 'platform', _platform_js__WEBPACK_IMPORTED_MODULE_2__/* .BUILD_PLATFORMS */ .Cm);
    const arch = oneOf(fail, json, 'arch', _platform_js__WEBPACK_IMPORTED_MODULE_2__/* .ARCHES */ .Pr);
    const descriptor = { version: 1, toolchain, platform, arch, kernel: imagePath(fail, json.kernel, 'kernel') };
    const expectedVmm = (0,_vmm_drivers_js__WEBPACK_IMPORTED_MODULE_3__/* .vmmOfPlatform */ .py)(platform);
    if (expectedVmm === undefined) {
        if (json.vmm !== undefined)
            fail('vmm', `must be absent: platform ${platform} is build-only`);
    }
    else {
        const vmm = oneOf(fail, json, 'vmm', _vmm_drivers_js__WEBPACK_IMPORTED_MODULE_3__/* .VMM_NAMES */ .YV);
        if (vmm !== expectedVmm)
            fail('vmm', `is ${vmm}, but platform ${platform} boots with ${expectedVmm}`);
        descriptor.vmm = vmm;
    }
    if (json.initrd !== undefined)
        descriptor.initrd = imagePath(fail, json.initrd, 'initrd');
    if (json.cmdline !== undefined) {
        if (typeof json.cmdline !== 'string')
            fail('cmdline', 'must be a string');
        descriptor.cmdline = json.cmdline;
    }
    if (json.memory !== undefined) {
        if (typeof json.memory !== 'string')
            fail('memory', 'must be a string such as "128M"');
        try {
            (0,_runtime_units_js__WEBPACK_IMPORTED_MODULE_1__/* .parseMemoryMiB */ .l)('memory', json.memory);
        }
        catch {
            fail('memory', `is ${JSON.stringify(json.memory)}, expected a whole number of MiB such as 128M or 1G`);
        }
        descriptor.memory = json.memory;
    }
    if (json.cpus !== undefined) {
        if (typeof json.cpus !== 'number' || !Number.isInteger(json.cpus) || json.cpus < 1)
            fail('cpus', `is ${JSON.stringify(json.cpus)}, expected a whole number ≥ 1`);
        descriptor.cpus = json.cpus;
    }
    if (json.timeout !== undefined) {
        if (typeof json.timeout !== 'number' || !Number.isFinite(json.timeout) || json.timeout <= 0) {
            fail('timeout', `is ${JSON.stringify(json.timeout)}, expected a number of seconds > 0`);
        }
        descriptor.timeout = json.timeout;
    }
    if (json.expect !== undefined)
        descriptor.expect = patterns(fail, json.expect, 'expect');
    if (json.failOn !== undefined)
        descriptor.failOn = patterns(fail, json.failOn, 'failOn');
    return descriptor;
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


/***/ }),

/***/ 92526:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   UnsafeArchiveError: () => (/* binding */ UnsafeArchiveError),
/* harmony export */   checkTarEntries: () => (/* binding */ checkTarEntries),
/* harmony export */   extractTarSafely: () => (/* binding */ extractTarSafely),
/* harmony export */   unpackTar: () => (/* binding */ unpackTar)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var tar__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(98697);


/**
 * Safe tar extraction, the one set of rules for every archive we did not just make ourselves (OCI
 * image layers, downloaded tool releases, cache archives): every entry is checked before anything is
 * written, and the symlinks of the archive are resolved the way the kernel would once they are on
 * disk, because tar's own guards let some chains through (`here -> .` plus `sub/out -> ../here/..`
 * leaves the root only together).
 */
/** An archive entry that would land outside the extraction directory, or could lead a reader there. */
class UnsafeArchiveError extends Error {
    name = 'UnsafeArchiveError';
}
const ALLOWED_ENTRY_TYPES = new Set(['File', 'OldFile', 'ContiguousFile', 'Directory', 'SymbolicLink', 'Link']);
const MAX_SYMLINK_HOPS = 40;
/** Set-user-ID and set-group-ID programs: extracted by root (owners are not kept), they would run as root. */
const SETID_BITS = 0o6000;
/** tar's zip-bomb guard is a running ratio; a raw disk image of zeros can legitimately exceed it. */
const NO_RATIO_LIMIT = Number.POSITIVE_INFINITY;
function compressionOptions(compression) {
    return compression === 'zstd' ? { zstd: true } : {};
}
/** An entry's name as path components (`.` and a trailing `/` dropped), or why it is refused. */
function entryParts(raw) {
    if (raw.startsWith('/'))
        return 'has an absolute path';
    const parts = raw
        .replace(/\/+$/, '')
        .split('/')
        .filter((part) => part !== '.');
    if (parts.includes('..'))
        return "has a '..' path component";
    if (parts.length > 1 && parts.includes(''))
        return 'has an empty path component';
    return parts.filter((part) => part !== '');
}
/**
 * Resolves `target` from directory `from` through the archive's symlinks; undefined when it climbs
 * above the first `floor` components or hops too often.
 */
function resolveInArchive(links, from, target, floor, hops) {
    let stack = [...from];
    for (const part of target.split('/')) {
        if (part === '' || part === '.')
            continue;
        if (part === '..') {
            if (stack.length <= floor)
                return undefined;
            stack.pop();
            continue;
        }
        stack.push(part);
        const link = links.get(stack.join('/'));
        if (link === undefined)
            continue;
        if (++hops.count > MAX_SYMLINK_HOPS || link.startsWith('/'))
            return undefined;
        stack.pop();
        const resolved = resolveInArchive(links, stack, link, floor, hops);
        if (!resolved)
            return undefined;
        stack = resolved;
    }
    return stack;
}
/**
 * Lists an archive and refuses it (UnsafeArchiveError, naming up to five problems) when any entry is
 * absolute, climbs with `..`, has an empty path component, is a device or fifo, is set-user-ID or
 * set-group-ID, would replace the extraction directory, is written through a symlink, or is a link
 * that resolves outside the root (its own top-level directory with `separateTopLevels`). Returns the
 * number of entries.
 */
async function checkTarEntries(file, options = {}) {
    const links = options.links ?? new Map();
    const within = options.within ?? 'the archive';
    const floor = options.separateTopLevels ? 1 : 0;
    const problems = [];
    let count = 0;
    const entryProblem = (entry, shown) => {
        const parts = entryParts(entry.path);
        if (typeof parts === 'string')
            return `entry ${shown} ${parts}`;
        if (!ALLOWED_ENTRY_TYPES.has(entry.type))
            return `entry ${shown} is a ${entry.type}; only files, directories and links are allowed`;
        if (entry.type === 'Link' && options.rejectHardLinks)
            return `entry ${shown} is a hard link, which this archive's format never holds`;
        if (parts.length <= floor && entry.type !== 'Directory')
            return `entry ${shown} would replace the extraction directory`;
        if (entry.type !== 'Directory' && entry.type !== 'SymbolicLink' && ((entry.mode ?? 0) & SETID_BITS) !== 0)
            return `entry ${shown} is set-user-ID or set-group-ID`;
        if (options.rejectWhiteouts && parts.length > 0 && parts[parts.length - 1].startsWith('.wh.'))
            return `entry ${shown} is a whiteout; layer deletions are not supported`;
        const formatProblem = options.entryRule?.(parts, entry.type);
        if (formatProblem)
            return `entry ${shown} ${formatProblem}`;
        for (let depth = 1; depth < parts.length; depth++) {
            const through = parts.slice(0, depth).join('/');
            if (links.has(through))
                return `entry ${shown} would be written through symlink \`${through}\``;
        }
        const key = parts.join('/');
        if (entry.type === 'SymbolicLink') {
            const target = entry.linkpath ?? '';
            // Recorded even when refused: what is written through it is named too.
            links.set(key, target);
            if (target.startsWith('/'))
                return `symlink ${shown} points to the absolute path \`${target}\`, outside ${within}`;
            return undefined;
        }
        links.delete(key);
        if (entry.type === 'Link') {
            const target = entry.linkpath ?? '';
            const targetParts = entryParts(target);
            // A hard link names its target from the root (from its own top-level directory with separateTopLevels).
            const inside = typeof targetParts !== 'string' &&
                targetParts.slice(0, floor).join('/') === parts.slice(0, floor).join('/') &&
                resolveInArchive(links, targetParts.slice(0, floor), targetParts.slice(floor).join('/'), floor, { count: 0 }) !== undefined;
            if (!inside)
                return `hard link ${shown} → \`${target}\` points outside ${within}`;
        }
        return undefined;
    };
    const onReadEntry = (entry) => {
        count++;
        const problem = entryProblem(entry, `\`${entry.path}\``);
        if (problem)
            problems.push(problem);
    };
    await (0,tar__WEBPACK_IMPORTED_MODULE_1__.list)({ file, strict: true, maxDecompressionRatio: NO_RATIO_LIMIT, onReadEntry, ...compressionOptions(options.compression) });
    for (const [path, target] of links) {
        if (!target.startsWith('/') && !resolveInArchive(links, path.split('/').slice(0, -1), target, floor, { count: 0 })) {
            problems.push(`symlink \`${path}\` → \`${target}\` points outside ${within} (or loops)`);
        }
    }
    if (problems.length > 0) {
        const shown = problems.slice(0, 5).join('; ');
        throw new UnsafeArchiveError(`${shown}${problems.length > 5 ? `; and ${problems.length - 5} more` : ''}`);
    }
    return count;
}
/**
 * Unpacks an archive that checkTarEntries accepted. tar's own guards stay on as a second line:
 * strict turns its skip-with-a-warning (`..`, absolute paths, writing through symlinks) into an error.
 * File modes are kept (executables stay executable), owners are not.
 */
async function unpackTar(file, destDir, options = {}) {
    const { compression, topLevel } = typeof options === 'string' ? { compression: options, topLevel: undefined } : options;
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(destDir, { recursive: true });
    await (0,tar__WEBPACK_IMPORTED_MODULE_1__.extract)({
        file,
        cwd: destDir,
        strict: true,
        preservePaths: false,
        preserveOwner: false,
        unlink: true,
        maxDecompressionRatio: NO_RATIO_LIMIT,
        ...(topLevel === undefined ? {} : { strip: 1, filter: (path) => path.replace(/^\.\//, '').split('/')[0] === topLevel }),
        ...compressionOptions(compression)
    });
}
/** Checks, then unpacks: nothing is written unless every entry is safe. Returns the number of entries. */
async function extractTarSafely(file, destDir, options = {}) {
    const count = await checkTarEntries(file, options);
    await unpackTar(file, destDir, options.compression);
    return count;
}


/***/ })

};
