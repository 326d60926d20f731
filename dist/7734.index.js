export const id = 7734;
export const ids = [7734];
export const modules = {

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


/***/ })

};
