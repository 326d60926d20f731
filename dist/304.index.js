export const id = 304;
export const ids = [304];
export const modules = {

/***/ 47304:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gitHubApi: () => (/* binding */ gitHubApi),
/* harmony export */   storeAttestation: () => (/* binding */ storeAttestation),
/* harmony export */   uploadReleaseAssets: () => (/* binding */ uploadReleaseAssets)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(84704);
/**
 * The two GitHub REST calls signing makes: storing an attestation (so `gh attestation verify` finds
 * it) and uploading blob signatures to a release. Plain fetch: octokit is a lot of start-up for two
 * requests.
 */



function gitHubApi(env, token) {
    if (!env.GITHUB_REPOSITORY || !token)
        return undefined;
    return { apiUrl: (env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/$/, ''), repository: env.GITHUB_REPOSITORY, token };
}
function headers(api, extra = {}) {
    return {
        authorization: `Bearer ${api.token}`,
        accept: 'application/vnd.github+json',
        'x-github-api-version': '2022-11-28',
        'user-agent': 'unikernel-actions',
        ...extra
    };
}
async function failure(response, what) {
    const text = (await response.text().catch(() => '')).slice(0, 300);
    return new Error(`${what}: HTTP ${response.status}${text ? ` ${text}` : ''}`);
}
/** POST /repos/{owner}/{repo}/attestations. A missing permission is an outcome, not an error. */
async function storeAttestation(api, bundle) {
    const response = await fetch(`${api.apiUrl}/repos/${api.repository}/attestations`, {
        method: 'POST',
        headers: headers(api, { 'content-type': 'application/json' }),
        body: JSON.stringify({ bundle })
    });
    if (response.ok) {
        const json = (await response.json().catch(() => ({})));
        return { stored: true, id: json.id };
    }
    if (response.status === 401 || response.status === 403 || response.status === 404) {
        await response.body?.cancel();
        return {
            stored: false,
            reason: `HTTP ${response.status}: give the job \`permissions: attestations: write\` (attestations need a public repository or GitHub Enterprise Cloud)`
        };
    }
    throw await failure(response, 'storing the attestation on GitHub');
}
/** Uploads files as assets of the release tagged `tag`, replacing assets of the same name. */
async function uploadReleaseAssets(api, tag, paths) {
    const found = await fetch(`${api.apiUrl}/repos/${api.repository}/releases/tags/${encodeURIComponent(tag)}`, { headers: headers(api) });
    if (found.status === 404) {
        await found.body?.cancel();
        throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)('release', `no release is tagged \`${tag}\` in ${api.repository} (create it first, e.g. as a draft)`);
    }
    if (!found.ok)
        throw await failure(found, `looking up release ${tag}`);
    const release = (await found.json());
    const uploadBase = release.upload_url.replace(/\{.*\}$/, '');
    const urls = [];
    for (const path of paths) {
        const name = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.basename)(path);
        const existing = release.assets?.find((asset) => asset.name === name);
        if (existing) {
            const removed = await fetch(`${api.apiUrl}/repos/${api.repository}/releases/assets/${existing.id}`, { method: 'DELETE', headers: headers(api) });
            if (!removed.ok && removed.status !== 404)
                throw await failure(removed, `replacing release asset ${name}`);
            await removed.body?.cancel();
        }
        const content = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(path);
        const uploaded = await fetch(`${uploadBase}?name=${encodeURIComponent(name)}`, {
            method: 'POST',
            headers: headers(api, { 'content-type': 'application/octet-stream', 'content-length': String(content.length) }),
            body: content
        });
        if (uploaded.status === 403)
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`input \`release\`: uploading ${name} was refused (HTTP 403): give the job \`permissions: contents: write\``);
        if (!uploaded.ok)
            throw await failure(uploaded, `uploading ${name} to release ${tag}`);
        const asset = (await uploaded.json());
        urls.push(asset.browser_download_url ?? name);
    }
    return urls;
}


/***/ })

};
