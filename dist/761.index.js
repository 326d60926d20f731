export const id = 761;
export const ids = [761,526];
export const modules = {

/***/ 36188:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   extractBootImage: () => (/* binding */ extractBootImage)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(84704);
/* harmony import */ var _runtime_safe_extract_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(92526);
/* harmony import */ var _descriptor_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(46937);
/* harmony import */ var _layout_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(42470);
/* harmony import */ var _media_types_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(54566);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(20907);








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
    const image = (0,_reference_js__WEBPACK_IMPORTED_MODULE_6__/* .formatImageReference */ .my)(ref);
    const fail = (message) => (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .inputError */ .Xu)(input, `image ${image}: ${message}`);
    const layout = await _layout_js__WEBPACK_IMPORTED_MODULE_4__.OciLayout.open(input, ref.dir);
    const top = await layout.resolve(ref);
    const selected = await layout.selectManifest(top, arch);
    const { manifest } = selected;
    const manifestDigest = selected.descriptor.digest;
    if (!(0,_media_types_js__WEBPACK_IMPORTED_MODULE_5__/* .isImageConfigMediaType */ .i8)(manifest.config.mediaType)) {
        throw fail(`manifest ${manifestDigest} is not a container image: its config media type is ${manifest.config.mediaType} (expected ${_media_types_js__WEBPACK_IMPORTED_MODULE_5__/* .OCI_CONFIG */ .TF})`);
    }
    const config = await layout.readImageConfig(manifest.config);
    if (arch !== undefined && config.architecture !== (0,_descriptor_js__WEBPACK_IMPORTED_MODULE_3__/* .ociArchitecture */ .Jk)(arch)) {
        throw fail(`manifest ${manifestDigest} is for ${config.os}/${config.architecture}, not ${arch} (${(0,_descriptor_js__WEBPACK_IMPORTED_MODULE_3__/* .ociArchitecture */ .Jk)(arch)})`);
    }
    const imageArch = (0,_descriptor_js__WEBPACK_IMPORTED_MODULE_3__/* .archOfOciArchitecture */ .Qk)(config.architecture);
    if (manifest.layers.length === 0)
        throw fail(`manifest ${manifestDigest} has no layers`);
    await prepareDestination(destDir);
    const links = new Map();
    for (const layer of manifest.layers) {
        const compression = (0,_media_types_js__WEBPACK_IMPORTED_MODULE_5__/* .layerCompression */ .AH)(layer.mediaType);
        if (compression === undefined)
            throw fail(`layer ${layer.digest} has media type ${layer.mediaType}, which is not a tar layer`);
        const file = await layout.verifyBlob(layer);
        try {
            await (0,_runtime_safe_extract_js__WEBPACK_IMPORTED_MODULE_2__/* .checkTarEntries */ .K)(file, { compression, links, rejectWhiteouts: true, within: 'the image' });
        }
        catch (error) {
            if (error instanceof _runtime_safe_extract_js__WEBPACK_IMPORTED_MODULE_2__.UnsafeArchiveError)
                throw fail(`layer ${layer.digest} is unsafe to extract, nothing was extracted from it: ${error.message}`);
            throw fail(`layer ${layer.digest} is not a readable tar archive: ${(0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .errorMessage */ .gJ)(error)}`);
        }
        try {
            await (0,_runtime_safe_extract_js__WEBPACK_IMPORTED_MODULE_2__/* .unpackTar */ .A)(file, destDir, compression);
        }
        catch (error) {
            throw fail(`layer ${layer.digest} could not be extracted: ${(0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .errorMessage */ .gJ)(error)}`);
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
    const descriptorFile = await locateInImage(destDir, _descriptor_js__WEBPACK_IMPORTED_MODULE_3__/* .DESCRIPTOR_PATH */ .MU);
    if (descriptorFile !== undefined) {
        if ('problem' in descriptorFile)
            throw fail(`descriptor: ${descriptorFile.problem}`);
        const source = `image ${image}: ${_descriptor_js__WEBPACK_IMPORTED_MODULE_3__/* .DESCRIPTOR_PATH */ .MU}`;
        let json;
        try {
            json = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(descriptorFile.path, 'utf8'));
        }
        catch (error) {
            throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .inputError */ .Xu)(input, `${source} is not valid JSON: ${(0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .errorMessage */ .gJ)(error)}`);
        }
        try {
            descriptor = (0,_descriptor_js__WEBPACK_IMPORTED_MODULE_3__/* .parseDescriptor */ .BA)(json, source);
        }
        catch (error) {
            if (error instanceof _runtime_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .ConfigurationError */ .j1)
                throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .inputError */ .Xu)(input, error.message);
            throw error;
        }
        if (imageArch !== undefined && descriptor.arch !== imageArch) {
            throw fail(`${_descriptor_js__WEBPACK_IMPORTED_MODULE_3__/* .DESCRIPTOR_PATH */ .MU} says arch ${descriptor.arch}, but the image config says ${config.architecture}`);
        }
    }
    const kernel = await required(descriptor?.kernel ?? annotations[_media_types_js__WEBPACK_IMPORTED_MODULE_5__/* .URUNC_ANNOTATIONS */ .Fj.binary] ?? _descriptor_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_KERNEL_PATH */ .ii, 'kernel');
    let initrd;
    const namedInitrd = descriptor?.initrd ?? annotations[_media_types_js__WEBPACK_IMPORTED_MODULE_5__/* .URUNC_ANNOTATIONS */ .Fj.initrd];
    if (namedInitrd !== undefined) {
        initrd = await required(namedInitrd, 'initrd');
    }
    else {
        const found = await locateInImage(destDir, _descriptor_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_INITRD_PATH */ .tD);
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
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(61351);
/* harmony import */ var _oci_descriptor_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(46937);
/* harmony import */ var _oci_image_boot_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(36188);
/* harmony import */ var _oci_media_types_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(54566);
/* harmony import */ var _oci_reference_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(20907);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(84704);










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
        const ref = (0,_oci_reference_js__WEBPACK_IMPORTED_MODULE_8__/* .parseImageReference */ .o_)('to', name);
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
            if (!stored.manifest || !(0,_oci_media_types_js__WEBPACK_IMPORTED_MODULE_7__/* .isImageConfigMediaType */ .i8)(stored.manifest.config.mediaType))
                continue;
            const config = await source.layout.readImageConfig(stored.manifest.config);
            const image = await (0,_oci_image_boot_js__WEBPACK_IMPORTED_MODULE_6__.extractBootImage)('image', { kind: 'layout', dir: source.layout.dir, digest: stored.descriptor.digest }, undefined, (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(scratch, String(n++)));
            const platform = image.descriptor?.platform ?? (0,_oci_descriptor_js__WEBPACK_IMPORTED_MODULE_5__/* .platformOfUruncHypervisor */ .fX)(image.annotations[_oci_media_types_js__WEBPACK_IMPORTED_MODULE_7__/* .URUNC_ANNOTATIONS */ .Fj.hypervisor] ?? '') ?? 'unikernel';
            const arch = image.descriptor?.arch ?? (0,_oci_descriptor_js__WEBPACK_IMPORTED_MODULE_5__/* .archOfOciArchitecture */ .Qk)(config.architecture) ?? config.architecture;
            const name = `${base}-${platform}-${arch}`;
            if (assets.some((asset) => asset.name === name))
                throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_9__/* .ConfigurationError */ .j1(`input \`release\`: two images of ${source.reference} would both be released as ${name}`);
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
        throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_9__/* .inputError */ .Xu)('release', `${source.reference} holds no container images with a kernel to release`);
    const binaries = assets.filter((asset) => !SIGNATURE_SUFFIXES.some((suffix) => asset.name.endsWith(suffix)));
    assets.push({ name: 'SHA256SUMS', content: sha256Sums(binaries) });
    return assets;
}
function status(error) {
    return error.status;
}
/**
 * Uploads an image's kernels, SHA256SUMS and signatures to a GitHub Release through octokit: the release
 * is created when absent (as a draft when the repository has immutable releases, so assets can still be
 * added), an asset of the same name is left alone when its content is the same and replaced when not.
 */
async function uploadRelease(source, options) {
    const { env, logger, tag } = options;
    if (!options.token)
        throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_9__/* .inputError */ .Xu)('github-token', 'is required to upload to a release');
    const repository = env.GITHUB_REPOSITORY;
    if (!repository || !/^[\w.-]+\/[\w.-]+$/.test(repository))
        throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_9__/* .inputError */ .Xu)('release', 'needs GITHUB_REPOSITORY (owner/repo) to know which repository the release belongs to');
    const [owner, repo] = repository.split('/');
    const assets = await releaseAssets(source, options);
    const octokit = (0,_actions_github__WEBPACK_IMPORTED_MODULE_4__/* .getOctokit */ .Q)(options.token, { baseUrl: (env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/$/, '') });
    const call = async (what, request) => {
        try {
            return (await request()).data;
        }
        catch (error) {
            const code = status(error);
            const hint = code === 403 || code === 404 ? ' (the token needs `contents: write` on the repository)' : '';
            throw new Error(`release ${tag}: ${what} failed${code ? ` (HTTP ${code})` : ''}: ${(0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_9__/* .errorMessage */ .gJ)(error)}${hint}`, { cause: error });
        }
    };
    let release;
    try {
        release = (await octokit.request('GET /repos/{owner}/{repo}/releases/tags/{tag}', { owner, repo, tag })).data;
    }
    catch (error) {
        if (status(error) !== 404)
            await call('looking it up', () => Promise.reject(error));
    }
    // Drafts have no tag yet, so only the list finds them.
    if (!release) {
        const all = (await call('listing releases', () => octokit.request('GET /repos/{owner}/{repo}/releases', { owner, repo, per_page: 100 })));
        release = all.find((candidate) => candidate.tag_name === tag);
    }
    if (!release) {
        let immutable = false;
        try {
            const check = (await octokit.request('GET /repos/{owner}/{repo}/immutable-releases', { owner, repo })).data;
            immutable = check.enabled === true;
        }
        catch {
            // 404 means not enabled; without admin read access we cannot tell, and publish normally.
        }
        release = (await call('creating it', () => octokit.request('POST /repos/{owner}/{repo}/releases', { owner, repo, tag_name: tag, name: tag, draft: immutable })));
        logger.info(`Created release ${tag}` +
            (immutable ? ' as a draft: the repository has immutable releases, so publish it once every asset (signatures too) is attached' : ''));
    }
    const existing = (await call('listing assets', async () => ({
        data: await octokit.paginate('GET /repos/{owner}/{repo}/releases/{release_id}/assets', { owner, repo, release_id: release.id, per_page: 100 })
    })));
    const outcome = { url: release.html_url, uploaded: [], unchanged: [], replaced: [], draft: release.draft };
    for (const asset of assets) {
        const digest = `sha256:${sha256Hex(asset.content)}`;
        const present = existing.find((candidate) => candidate.name === asset.name);
        if (present) {
            let same;
            if (present.digest)
                same = present.digest === digest;
            else if (present.size !== asset.content.length)
                same = false;
            else {
                const download = await call(`downloading ${asset.name}`, () => octokit.request('GET /repos/{owner}/{repo}/releases/assets/{asset_id}', {
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
            if (release.immutable && !release.draft)
                throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_9__/* .ConfigurationError */ .j1(`input \`release\`: ${tag} is an immutable release; its asset ${asset.name} differs and cannot be replaced`);
            await call(`deleting the old ${asset.name}`, () => octokit.request('DELETE /repos/{owner}/{repo}/releases/assets/{asset_id}', { owner, repo, asset_id: present.id }));
        }
        else if (release.immutable && !release.draft) {
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_9__/* .ConfigurationError */ .j1(`input \`release\`: ${tag} is an immutable release, so ${asset.name} cannot be added to it`);
        }
        await call(`uploading ${asset.name}`, () => octokit.request({
            method: 'POST',
            url: release.upload_url,
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

/***/ 92526:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ unpackTar),
/* harmony export */   K: () => (/* binding */ checkTarEntries),
/* harmony export */   UnsafeArchiveError: () => (/* binding */ UnsafeArchiveError),
/* harmony export */   extractTarSafely: () => (/* binding */ extractTarSafely)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var tar__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(98697);


/**
 * Safe tar extraction shared by everything that unpacks archives it did not make (OCI image layers,
 * downloaded tool releases): every entry is checked before anything is written, and the symlinks of
 * the archive are resolved the way the kernel would once they are on disk, because tar's own guards
 * let some chains through (`here -> .` plus `sub/out -> ../here/..` leaves the root only together).
 */
/** An archive entry that would land outside the extraction directory, or could lead a reader there. */
class UnsafeArchiveError extends Error {
    name = 'UnsafeArchiveError';
}
const ALLOWED_ENTRY_TYPES = new Set(['File', 'OldFile', 'ContiguousFile', 'Directory', 'SymbolicLink', 'Link']);
const MAX_SYMLINK_HOPS = 40;
/** tar's zip-bomb guard is a running ratio; a raw disk image of zeros can legitimately exceed it. */
const NO_RATIO_LIMIT = Number.POSITIVE_INFINITY;
function compressionOptions(compression) {
    return compression === 'zstd' ? { zstd: true } : {};
}
function entryParts(raw) {
    if (raw.startsWith('/'))
        return 'has an absolute path';
    const parts = raw.split('/').filter((part) => part !== '' && part !== '.');
    if (parts.includes('..'))
        return "has a '..' path component";
    return parts;
}
/**
 * Resolves `target` from directory `from` through the archive's symlinks; undefined when it climbs
 * above the root or hops too often.
 */
function resolveInArchive(links, from, target, hops) {
    let stack = [...from];
    for (const part of target.split('/')) {
        if (part === '' || part === '.')
            continue;
        if (part === '..') {
            if (stack.length === 0)
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
        const resolved = resolveInArchive(links, stack, link, hops);
        if (!resolved)
            return undefined;
        stack = resolved;
    }
    return stack;
}
/**
 * Lists an archive and refuses it (UnsafeArchiveError, naming up to five entries) when any entry is
 * absolute, climbs with `..`, is a device or fifo, is written through a symlink, or is a link that
 * resolves outside the root. Returns the number of entries.
 */
async function checkTarEntries(file, options = {}) {
    const links = options.links ?? new Map();
    const within = options.within ?? 'the archive';
    const problems = [];
    let count = 0;
    const onReadEntry = (entry) => {
        count++;
        const shown = `\`${entry.path}\``;
        const parts = entryParts(entry.path);
        if (typeof parts === 'string') {
            problems.push(`entry ${shown} ${parts}`);
            return;
        }
        if (!ALLOWED_ENTRY_TYPES.has(entry.type)) {
            problems.push(`entry ${shown} is a ${entry.type}; only files, directories and links are allowed`);
            return;
        }
        if (parts.length === 0 && entry.type !== 'Directory') {
            problems.push(`entry ${shown} would replace the extraction directory`);
            return;
        }
        if (options.rejectWhiteouts && parts.length > 0 && parts[parts.length - 1].startsWith('.wh.')) {
            problems.push(`entry ${shown} is a whiteout; layer deletions are not supported`);
            return;
        }
        for (let depth = 1; depth < parts.length; depth++) {
            const through = parts.slice(0, depth).join('/');
            if (links.has(through)) {
                problems.push(`entry ${shown} would be written through symlink \`${through}\``);
                return;
            }
        }
        const key = parts.join('/');
        if (entry.type === 'SymbolicLink') {
            const target = entry.linkpath ?? '';
            if (target.startsWith('/')) {
                problems.push(`symlink ${shown} points to the absolute path \`${target}\`, outside ${within}`);
                return;
            }
            links.set(key, target);
            return;
        }
        links.delete(key);
        if (entry.type === 'Link') {
            const target = entry.linkpath ?? '';
            if (typeof entryParts(target) === 'string' || !resolveInArchive(links, [], target, { count: 0 })) {
                problems.push(`hard link ${shown} → \`${target}\` points outside ${within}`);
            }
        }
    };
    await (0,tar__WEBPACK_IMPORTED_MODULE_1__.list)({ file, strict: true, maxDecompressionRatio: NO_RATIO_LIMIT, onReadEntry, ...compressionOptions(options.compression) });
    for (const [path, target] of links) {
        if (!resolveInArchive(links, path.split('/').slice(0, -1), target, { count: 0 })) {
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
async function unpackTar(file, destDir, compression) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(destDir, { recursive: true });
    await (0,tar__WEBPACK_IMPORTED_MODULE_1__.extract)({
        file,
        cwd: destDir,
        strict: true,
        preservePaths: false,
        preserveOwner: false,
        unlink: true,
        maxDecompressionRatio: NO_RATIO_LIMIT,
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
