export const id = 8545;
export const ids = [8545];
export const modules = {

/***/ 8545:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  SETUP_INPUTS: () => (/* binding */ SETUP_INPUTS),
  readSetupOptions: () => (/* binding */ readSetupOptions),
  setupAction: () => (/* binding */ setupAction),
  setupPost: () => (/* binding */ setupPost)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./build/runtime/errors.js
var errors = __webpack_require__(84704);
// EXTERNAL MODULE: ./build/tools/commands.js
var tools_commands = __webpack_require__(46140);
// EXTERNAL MODULE: ./build/net/retry.js
var retry = __webpack_require__(62426);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: ./node_modules/@actions/http-client/lib/index.js + 1 modules
var lib = __webpack_require__(44942);
// EXTERNAL MODULE: ./build/runtime/hashing-tap.js
var hashing_tap = __webpack_require__(12355);
;// CONCATENATED MODULE: ./build/tools/http.js







/** A non-2xx answer, kept whole so callers can classify it (404, rate limits). */
class HttpStatusError extends Error {
    name = 'HttpStatusError';
    status;
    url;
    headers;
    body;
    constructor(status, url, headers, body) {
        super(`${url} answered HTTP ${status}`);
        this.status = status;
        this.url = url;
        this.headers = headers;
        this.body = body;
    }
}
const USER_AGENT = 'unikernel-actions/setup';
const MAX_REDIRECTS = 10;
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
/** Headers that carry credentials: dropped when a redirect leaves the origin (scheme, host or port). */
const CREDENTIAL_HEADERS = new Set(['authorization', 'cookie', 'proxy-authorization']);
class IncompleteDownloadError extends Error {
    name = 'IncompleteDownloadError';
}
/** Another attempt for a lost connection, a short download or a "try later" answer; anything else is final. */
function retryable(error, policy) {
    if (error instanceof HttpStatusError) {
        const verdict = (0,retry/* answerVerdict */.GK)(policy, error.status, (name) => {
            const value = error.headers[name];
            return Array.isArray(value) ? value.join(', ') : value;
        });
        return verdict.retry ? new retry/* TryAgain */.Sz(`HTTP ${error.status}`, error, verdict.delayMs) : error;
    }
    if (error instanceof IncompleteDownloadError || (0,retry/* isRetryableNetworkError */.Hr)(error))
        return new retry/* TryAgain */.Sz((0,retry/* describeNetworkError */.gl)(error), error);
    return error;
}
/** HTTP for the installer: @actions/http-client (proxy settings, redirects) under the suite's retry policy. */
class ToolHttp {
    // Redirects are followed here: @actions/http-client keeps the token when only the port or scheme changes.
    client = new lib/* HttpClient */.Qq(USER_AGENT, [], { allowRetries: false, allowRedirects: false, socketTimeout: 120_000 });
    retry;
    logger;
    constructor(retry, logger) {
        this.retry = retry;
        this.logger = logger;
    }
    withRetries(what, action) {
        return (0,retry/* withRetries */.LH)(this.retry, what, this.logger, async () => {
            try {
                return await action();
            }
            catch (error) {
                throw retryable(error, this.retry);
            }
        });
    }
    /** GET, following redirects; credentials never go to an origin other than the one they were given for. */
    async follow(url, headers) {
        let current = new URL(url);
        let sent = headers;
        for (let hops = 0;; hops++) {
            const response = await this.client.get(current.href, sent);
            const location = response.message.headers.location;
            if (!REDIRECT_STATUSES.has(response.message.statusCode ?? 0) || !location || hops >= MAX_REDIRECTS)
                return response;
            response.message.resume();
            const next = new URL(location, current);
            if (current.protocol === 'https:' && next.protocol !== 'https:')
                throw new Error(`${current.origin} redirected to ${next.origin}: not following a redirect from HTTPS to HTTP`);
            if (next.origin !== current.origin)
                sent = Object.fromEntries(Object.entries(sent).filter(([name]) => !CREDENTIAL_HEADERS.has(name.toLowerCase())));
            current = next;
        }
    }
    /** Streams `url` into `dest`, hashing on the way; a failed attempt leaves no file behind. */
    download(url, dest, headers = {}) {
        return this.withRetries(`Downloading ${url}`, async () => {
            await (0,promises_.mkdir)((0,external_node_path_.dirname)(dest), { recursive: true });
            const response = await this.follow(url, headers);
            const status = response.message.statusCode ?? 0;
            if (status !== 200) {
                const body = await response.readBody().catch(() => '');
                throw new HttpStatusError(status, url, response.message.headers, body);
            }
            const tap = (0,hashing_tap/* hashingTap */.W)();
            try {
                await (0,external_node_stream_promises_.pipeline)(response.message, tap.stream, (0,external_node_fs_.createWriteStream)(dest));
                const expected = Number(response.message.headers['content-length']);
                if (Number.isFinite(expected) && expected !== tap.bytes())
                    throw new IncompleteDownloadError(`incomplete download: ${tap.bytes()} of ${expected} bytes`);
            }
            catch (error) {
                await (0,promises_.rm)(dest, { force: true });
                throw error;
            }
            return { sha256: tap.hex(), bytes: tap.bytes() };
        });
    }
    /** GET with a text body; non-2xx throws HttpStatusError. */
    async get(url, headers = {}) {
        return this.withRetries(`GET ${url}`, async () => {
            const response = await this.follow(url, headers);
            const status = response.message.statusCode ?? 0;
            const body = await response.readBody();
            if (status < 200 || status >= 300)
                throw new HttpStatusError(status, url, response.message.headers, body);
            return { body, headers: response.message.headers };
        });
    }
}

// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(62088);
;// CONCATENATED MODULE: ./build/tools/github-release.js



const GITHUB_DOWNLOAD_BASE = 'https://github.com';
/** `<base>/<owner>/<repo>/releases/download/<tag>/<file>`, as github.com (and GHES, and mirrors of it) serve assets. */
function releaseDownloadUrl(base, repository, tag, file) {
    return `${base.replace(/\/+$/, '')}/${repository.owner}/${repository.repo}/releases/download/${encodeURIComponent(tag)}/${encodeURIComponent(file)}`;
}
/** Tags of the form `v1.2.3` (or `1.2.3`) → `1.2.3`; anything else is not a release of the tool. */
function semverTag(tag) {
    const match = /^v?(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)$/.exec(tag);
    return match && semver.valid(match[1]) ? match[1] : undefined;
}
/** Copies `from` to `<dest>/bin/<name>`, executable. */
async function installBinary(from, dest, name) {
    const info = await (0,promises_.stat)(from).catch(() => undefined);
    if (!info?.isFile())
        throw new Error(`the download has no ${name} where expected (${from})`);
    await (0,promises_.mkdir)((0,external_node_path_.join)(dest, 'bin'), { recursive: true });
    await (0,promises_.copyFile)(from, (0,external_node_path_.join)(dest, 'bin', name));
    await (0,promises_.chmod)((0,external_node_path_.join)(dest, 'bin', name), 0o755);
}
/** The single top-level directory of an extracted archive (`release-v1.9.1-x86_64/`), or the root itself. */
async function archiveRoot(extracted) {
    const entries = await (0,promises_.readdir)(extracted, { withFileTypes: true });
    return entries.length === 1 && entries[0].isDirectory() ? (0,external_node_path_.join)(extracted, entries[0].name) : extracted;
}

;// CONCATENATED MODULE: ./build/tools/firecracker.js


const MACHINE = { x86_64: 'x86_64', arm64: 'aarch64' };
/**
 * Firecracker: `firecracker-v<ver>-<machine>.tgz` (x86_64, aarch64) on release `v<ver>`, with
 * `<asset>.sha256.txt` beside it (tools/gh_release.py); the archive holds
 * `release-v<ver>-<machine>/firecracker-v<ver>-<machine>` and `jailer-…`, installed as
 * `firecracker` and `jailer`.
 */
const firecracker = {
    kind: 'download',
    name: 'firecracker',
    versionOutput: 'The Firecracker version installed.',
    releases: { owner: 'firecracker-microvm', repo: 'firecracker' },
    defaultDownloadBase: GITHUB_DOWNLOAD_BASE,
    platforms: [
        { os: 'linux', arch: 'x86_64' },
        { os: 'linux', arch: 'arm64' }
    ],
    unsupportedHint: 'Firecracker runs on Linux (x86_64 and aarch64) only',
    binaries: ['firecracker', 'jailer'],
    tags: (version) => [`v${version}`],
    versionOfTag: semverTag,
    asset(version, platform, base) {
        const name = `firecracker-v${version}-${MACHINE[platform.arch]}.tgz`;
        return { name, url: releaseDownloadUrl(base, this.releases, `v${version}`, name), format: 'tar.gz' };
    },
    checksumFiles: (asset) => ({ matches: (file) => file === `${asset.name}.sha256.txt`, describe: `${asset.name}.sha256.txt` }),
    async arrange({ source, dest, version, platform }) {
        const root = await archiveRoot(source);
        const suffix = `v${version}-${MACHINE[platform.arch]}`;
        await installBinary((0,external_node_path_.join)(root, `firecracker-${suffix}`), dest, 'firecracker');
        await installBinary((0,external_node_path_.join)(root, `jailer-${suffix}`), dest, 'jailer');
    }
};

;// CONCATENATED MODULE: ./build/tools/kraft.js



const GO_ARCH = { x86_64: 'amd64', arm64: 'arm64' };
/**
 * KraftKit (Unikraft's `kraft`): goreleaser archives `kraft_<ver>_<os>_<arch>.tar.gz` on release
 * `v<ver>` of unikraft/kraftkit, holding `kraft` (and `kraftld` since 2025). The get.kraftkit.sh
 * installer is avoided: it installs through an unauthenticated APT repository and verifies nothing.
 */
const kraft = {
    kind: 'download',
    name: 'kraft',
    versionOutput: 'The kraft version installed.',
    releases: { owner: 'unikraft', repo: 'kraftkit' },
    defaultDownloadBase: GITHUB_DOWNLOAD_BASE,
    platforms: [
        { os: 'linux', arch: 'x86_64' },
        { os: 'linux', arch: 'arm64' },
        { os: 'darwin', arch: 'x86_64' },
        { os: 'darwin', arch: 'arm64' }
    ],
    unsupportedHint: 'KraftKit publishes linux and darwin builds for amd64 and arm64',
    binaries: ['kraft'],
    tags: (version) => [`v${version}`],
    versionOfTag: semverTag,
    asset(version, platform, base) {
        const name = `kraft_${version}_${platform.os}_${GO_ARCH[platform.arch]}.tar.gz`;
        return { name, url: releaseDownloadUrl(base, this.releases, `v${version}`, name), format: 'tar.gz' };
    },
    // goreleaser's default checksum file is `<project>_<version>_checksums.txt`; the project name is not
    // pinned in kraftkit's configuration, so any `*checksums.txt` of the release is read.
    checksumFiles: () => ({ matches: (file) => /(^|_)checksums\.txt$/.test(file), describe: 'the goreleaser *_checksums.txt' }),
    async arrange({ source, dest }) {
        const root = await archiveRoot(source);
        await installBinary((0,external_node_path_.join)(root, 'kraft'), dest, 'kraft');
        if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(root, 'kraftld')))
            await installBinary((0,external_node_path_.join)(root, 'kraftld'), dest, 'kraftld');
    }
};

;// CONCATENATED MODULE: ./build/tools/ops.js

const OPS_BUCKET = 'https://storage.googleapis.com/cli';
/**
 * NanoVMs `ops`: a bare binary in Google Cloud Storage, `<bucket>/<os>[/aarch64]/release/<ver>/ops`
 * (nanovms/ops release.sh); versions are listed through the GitHub releases of nanovms/ops. The
 * ops.city/get.sh installer is avoided: it prompts, edits shell profiles and runs apt without sudo.
 * ops publishes only MD5 sums, which do not verify anything: a hash pinned in the versions manifest
 * does, else the download needs allow-unverified.
 */
const ops = {
    kind: 'download',
    name: 'ops',
    versionOutput: 'The ops version installed.',
    releases: { owner: 'nanovms', repo: 'ops' },
    defaultDownloadBase: OPS_BUCKET,
    platforms: [
        { os: 'linux', arch: 'x86_64' },
        { os: 'linux', arch: 'arm64' },
        { os: 'darwin', arch: 'x86_64' },
        { os: 'darwin', arch: 'arm64' }
    ],
    unsupportedHint: 'ops publishes linux and darwin builds for x86_64 and arm64',
    binaries: ['ops'],
    // nanovms/ops tags carry no `v` (0.1.43); try both.
    tags: (version) => [version, `v${version}`],
    versionOfTag: semverTag,
    asset(version, platform, base) {
        const arch = platform.arch === 'arm64' ? '/aarch64' : '';
        return {
            name: `ops-${platform.os}${arch ? '-aarch64' : ''}-${version}`,
            url: `${base.replace(/\/+$/, '')}/${platform.os}${arch}/release/${version}/ops`,
            format: 'binary'
        };
    },
    checksumNote: 'ops publishes only MD5 sums (ops-<os>-<version>.md5), and MD5 is not verification',
    async arrange({ source, dest }) {
        await installBinary(source, dest, 'ops');
    }
};

// EXTERNAL MODULE: ./build/vmm/qemu.js + 1 modules
var qemu = __webpack_require__(15037);
;// CONCATENATED MODULE: ./build/tools/qemu.js





/** The apt commands that install the host's QEMU; sudo -n (never a password prompt) unless root. */
function qemuInstallCommands(arch, isRoot) {
    const env = { DEBIAN_FRONTEND: 'noninteractive' };
    return [
        { argv: (0,tools_commands/* privileged */.wt)(['apt-get', 'update', '-q'], isRoot), env },
        { argv: (0,tools_commands/* privileged */.wt)(['apt-get', 'install', '-y', '-q', '--no-install-recommends', qemu/* QEMU_PACKAGES */.NT[arch]], isRoot), env }
    ];
}
/** `QEMU emulator version 7.2.22 (Debian 1:7.2+dfsg-7+deb12u18)` → `7.2.22`. */
function parseQemuVersion(output) {
    const match = /QEMU emulator version (\d+)\.(\d+)(?:\.(\d+))?/.exec(output);
    return match ? `${match[1]}.${match[2]}.${match[3] ?? 0}` : undefined;
}
async function presentQemu(binary, env, commands) {
    const path = (0,tools_commands/* findOnPath */.aY)(binary, env.PATH);
    if (!path)
        return undefined;
    const result = await commands.run([path, '--version'], { env });
    const version = parseQemuVersion(result.stdout);
    return version ? { path, version } : undefined;
}
function satisfies(version, range) {
    return range === 'latest' || semver.satisfies(version, range);
}
/**
 * QEMU from the OS packages: skipped when a QEMU for this machine's architecture that satisfies the
 * range is on PATH; otherwise `apt-get install --no-install-recommends` (as root or through sudo -n).
 */
const qemu_qemu = {
    kind: 'system',
    name: 'qemu',
    versionOutput: 'The QEMU version on PATH.',
    async ensure(range, platform, context) {
        const { logger, commands, env } = context;
        const binary = qemu/* QEMU_BINARIES */.Nb[platform.arch];
        const present = await presentQemu(binary, env, commands);
        if (present && satisfies(present.version, range)) {
            logger.info(`qemu: found QEMU ${present.version} at ${present.path}; nothing to install`);
            return { version: present.version, path: (0,external_node_path_.dirname)(present.path), installed: false };
        }
        if (present)
            logger.info(`qemu: QEMU ${present.version} at ${present.path} does not satisfy ${range}; installing the OS package`);
        if (platform.os !== 'linux' || !(0,tools_commands/* findOnPath */.aY)('apt-get', env.PATH)) {
            throw (0,errors/* inputError */.Xu)('tools', `qemu: ${binary} is not installed${present ? ` in a version satisfying ${range}` : ''}, ` +
                'and this machine has no apt-get to install it with; install QEMU with the OS package manager first');
        }
        const isRoot = process.getuid?.() === 0;
        for (const { argv, env: extra } of qemuInstallCommands(platform.arch, isRoot)) {
            logger.info(`qemu: ${argv.join(' ')}`);
            const result = await commands.run(argv, { env: { ...env, ...extra } });
            if (result.status !== 0) {
                const sudoHint = isRoot ? '' : ' (sudo -n must work without a password, as on GitHub-hosted runners)';
                throw new Error(`installing QEMU failed at \`${argv.join(' ')}\` (${result.spawnError ?? `exit ${result.status}`})${sudoHint}:\n${(0,tools_commands/* outputTail */.ci)(result)}`);
            }
        }
        const installed = await presentQemu(binary, env, commands);
        if (!installed)
            throw new Error(`apt-get installed ${qemu/* QEMU_PACKAGES */.NT[platform.arch]}, but ${binary} is still not on PATH`);
        if (!satisfies(installed.version, range)) {
            throw (0,errors/* inputError */.Xu)('tools', `qemu@${range}: the OS packages provide QEMU ${installed.version}, which does not satisfy ${range}; use a newer runner image or drop the version range`);
        }
        logger.info(`qemu: installed QEMU ${installed.version} (${installed.path})`);
        return { version: installed.version, path: (0,external_node_path_.dirname)(installed.path), installed: true };
    }
};

;// CONCATENATED MODULE: ./build/tools/solo5.js






/**
 * Solo5 ships source releases only (`solo5-v<ver>.tar.gz` on release `v<ver>`, RELEASE.md), so the
 * tenders are built here the way its opam package does it: `./configure.sh --prefix=… && make &&
 * make install`. solo5-spt needs libseccomp (libseccomp-dev and pkg-config on Debian/Ubuntu). The
 * build is cached like a download, keyed also by the OS release, since the tenders link to its libraries.
 */
const solo5 = {
    kind: 'download',
    name: 'solo5',
    versionOutput: 'The Solo5 version whose tenders were installed.',
    releases: { owner: 'Solo5', repo: 'solo5' },
    defaultDownloadBase: GITHUB_DOWNLOAD_BASE,
    platforms: [
        { os: 'linux', arch: 'x86_64' },
        { os: 'linux', arch: 'arm64' }
    ],
    unsupportedHint: 'the Solo5 tenders (hvt, spt) build on Linux x86_64 and arm64 here',
    binaries: ['solo5-hvt', 'solo5-spt'],
    tags: (version) => [`v${version}`],
    versionOfTag: semverTag,
    asset(version, _platform, base) {
        const name = `solo5-v${version}.tar.gz`;
        return { name, url: releaseDownloadUrl(base, this.releases, `v${version}`, name), format: 'tar.gz' };
    },
    async arrange({ source, dest, version, logger, commands }) {
        const tree = await archiveRoot(source);
        if (!(0,external_node_fs_.existsSync)((0,external_node_path_.join)(tree, 'configure.sh')))
            throw new Error(`solo5-v${version}.tar.gz has no configure.sh: it is not a Solo5 source release`);
        const steps = [
            ['./configure.sh', `--prefix=${dest}`],
            ['make', `-j${(0,external_node_os_.availableParallelism)()}`],
            ['make', 'install']
        ];
        for (const argv of steps) {
            logger.info(`solo5 ${version}: ${argv.join(' ')}`);
            const result = await commands.run(argv, { cwd: tree });
            logger.debug((0,tools_commands/* outputTail */.ci)(result, 40));
            if (result.status !== 0) {
                const why = result.spawnError ?? `exit ${result.status}`;
                throw new Error(`building solo5 ${version} failed at \`${argv.join(' ')}\` (${why}); ` +
                    `it needs make, a C compiler, pkg-config and libseccomp-dev. Last output:\n${(0,tools_commands/* outputTail */.ci)(result)}`);
            }
        }
        for (const binary of this.binaries) {
            if (!(0,external_node_fs_.existsSync)((0,external_node_path_.join)(dest, 'bin', binary))) {
                throw new Error(`building solo5 ${version} produced no ${binary}` +
                    (binary === 'solo5-spt' ? ' (its configure skips spt without libseccomp: install libseccomp-dev and pkg-config)' : ''));
            }
        }
    },
    async cacheKeyParts() {
        const release = await (0,promises_.readFile)('/etc/os-release', 'utf8').catch(() => '');
        const field = (name) => new RegExp(`^${name}="?([^"\\n]*)"?$`, 'm').exec(release)?.[1] ?? '';
        return [`${field('ID') || 'unknown'}${field('VERSION_ID')}`];
    }
};

;// CONCATENATED MODULE: ./build/tools/types.js
const TOOL_NAMES = ['kraft', 'ops', 'solo5', 'firecracker', 'uhyve', 'qemu'];
function platformName(platform) {
    return `${platform.os}/${platform.arch}`;
}
function repositoryName(repository) {
    return `${repository.owner}/${repository.repo}`;
}

;// CONCATENATED MODULE: ./build/tools/uhyve.js


/**
 * uhyve (Hermit's hypervisor): `uhyve-v<ver>-linux-amd64.tar.gz` on release `v<ver>` of
 * hermit-os/uhyve (.github/workflows/release.yml), holding `uhyve-v<ver>-linux-amd64/uhyve`. Linux
 * x86_64 only, and no checksum file: the releases API digest or a pinned hash verifies it.
 */
const uhyve = {
    kind: 'download',
    name: 'uhyve',
    versionOutput: 'The uhyve version installed.',
    releases: { owner: 'hermit-os', repo: 'uhyve' },
    defaultDownloadBase: GITHUB_DOWNLOAD_BASE,
    platforms: [{ os: 'linux', arch: 'x86_64' }],
    unsupportedHint: 'uhyve publishes release binaries for linux/x86_64 only (elsewhere: cargo install --locked uhyve)',
    binaries: ['uhyve'],
    tags: (version) => [`v${version}`],
    versionOfTag: semverTag,
    asset(version, _platform, base) {
        const name = `uhyve-v${version}-linux-amd64.tar.gz`;
        return { name, url: releaseDownloadUrl(base, this.releases, `v${version}`, name), format: 'tar.gz' };
    },
    async arrange({ source, dest }) {
        await installBinary((0,external_node_path_.join)(await archiveRoot(source), 'uhyve'), dest, 'uhyve');
    }
};

;// CONCATENATED MODULE: ./build/tools/catalog.js









/** Every tool `setup` installs; adding one is a file implementing DownloadTool or SystemTool and a line here. */
const TOOLS = { kraft: kraft, ops: ops, solo5: solo5, firecracker: firecracker, uhyve: uhyve, qemu: qemu_qemu };
function isToolName(name) {
    return TOOL_NAMES.includes(name);
}
/** The `tools` input's items (`kraft`, `kraft@0.9`, `firecracker@^1.9`, `ops@latest`) → requests. */
function parseToolRequests(items) {
    const requests = [];
    for (const spec of items) {
        const at = spec.indexOf('@');
        const name = (at < 0 ? spec : spec.slice(0, at)).trim().toLowerCase();
        const range = at < 0 ? 'latest' : spec.slice(at + 1).trim();
        if (!isToolName(name))
            throw (0,errors/* inputError */.Xu)('tools', `\`${name}\` is not a tool setup installs (known: ${TOOL_NAMES.join(', ')})`);
        if (range === '' || (range !== 'latest' && semver.validRange(range) === null)) {
            throw (0,errors/* inputError */.Xu)('tools', `\`${spec}\`: \`${range}\` is not a version or semver range (e.g. ${name}@1.2.3, ${name}@1.2, ${name}@^1, ${name}@latest)`);
        }
        if (requests.some((r) => r.name === name))
            throw (0,errors/* inputError */.Xu)('tools', `${name} is listed twice`);
        requests.push({ name, range, spec });
    }
    return requests;
}

;// CONCATENATED MODULE: ./build/tools/mirrors.js




/** An http(s) URL input without its trailing slashes; anything else is a configuration error naming `input`. */
function parseHttpUrl(input, value) {
    let url;
    try {
        url = new URL(value);
    }
    catch {
        throw (0,errors/* inputError */.Xu)(input, `\`${value}\` is not a URL (expected http:// or https://…)`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:')
        throw (0,errors/* inputError */.Xu)(input, `\`${value}\` is not an http(s) URL`);
    return value.replace(/\/+$/, '');
}
/** `mirror`: one URL replacing https://github.com, and/or `TOOL=URL` items replacing one tool's download base. */
function parseMirrors(items) {
    const bases = { perTool: {} };
    for (const item of items) {
        const entry = /^([A-Za-z0-9-]+)=(.*)$/.exec(item);
        if (entry) {
            const name = entry[1].toLowerCase();
            if (!TOOL_NAMES.includes(name))
                throw (0,errors/* inputError */.Xu)('mirror', `\`${entry[1]}=…\` names no tool setup installs (known: ${TOOL_NAMES.join(', ')})`);
            if (TOOLS[name].kind === 'system')
                throw (0,errors/* inputError */.Xu)('mirror', `${name} comes from the OS packages; configure an APT mirror instead`);
            if (bases.perTool[name])
                throw (0,errors/* inputError */.Xu)('mirror', `${name} is given twice`);
            bases.perTool[name] = parseHttpUrl('mirror', entry[2].trim());
            continue;
        }
        if (bases.github)
            throw (0,errors/* inputError */.Xu)('mirror', `give one base URL for GitHub downloads (got \`${bases.github}\` and \`${item}\`); per-tool bases are TOOL=URL`);
        bases.github = parseHttpUrl('mirror', item);
    }
    return bases;
}
function downloadBaseFor(tool, bases) {
    const own = bases.perTool[tool.name];
    if (own)
        return own;
    return tool.defaultDownloadBase === GITHUB_DOWNLOAD_BASE ? (bases.github ?? GITHUB_DOWNLOAD_BASE) : tool.defaultDownloadBase;
}

;// CONCATENATED MODULE: ./build/tools/platform.js

/** This machine as the tools name it; setup runs on Linux and macOS, x86_64 and arm64. */
function hostPlatform(platform = process.platform, arch = process.arch) {
    const os = platform === 'linux' || platform === 'darwin' ? platform : undefined;
    const machine = arch === 'x64' ? 'x86_64' : arch === 'arm64' ? 'arm64' : undefined;
    if (!os || !machine)
        throw (0,errors/* inputError */.Xu)('tools', `setup installs tools on Linux and macOS runners (x86_64, arm64); this machine is ${platform}/${arch}`);
    return { os, arch: machine };
}
/** @actions/tool-cache names architectures as Node does (`x64`, `arm64`). */
function toolCacheArch(arch) {
    return arch === 'x86_64' ? 'x64' : 'arm64';
}

// EXTERNAL MODULE: ./build/github/client.js
var client = __webpack_require__(44463);
;// CONCATENATED MODULE: ./build/tools/releases.js




function toRelease(raw) {
    return {
        tag: raw.tag_name,
        draft: raw.draft ?? false,
        prerelease: raw.prerelease ?? false,
        assets: (raw.assets ?? []).map((asset) => {
            const info = { name: asset.name, browserDownloadUrl: asset.browser_download_url };
            const digest = /^sha256:([0-9a-f]{64})$/i.exec(asset.digest ?? '');
            if (digest)
                info.sha256 = digest[1].toLowerCase();
            return info;
        })
    };
}
/** Candidates a range is tried against, newest first, before giving up: tags without a (stable) release are skipped. */
const MAX_CANDIDATES = 5;
function failedCall(error) {
    const status = (0,client/* requestStatus */.G2)(error);
    if (status === undefined)
        return undefined;
    const failed = error;
    const data = failed.response?.data;
    return {
        status,
        url: failed.request?.url ?? '',
        headers: failed.response?.headers ?? {},
        message: typeof data?.message === 'string' ? data.message : (failed.message ?? '')
    };
}
/** The GitHub releases API (github.com, GHES, or a mirror that speaks it), through the suite's GitHub client. */
class GitHubReleases {
    options;
    client;
    constructor(options) {
        this.options = options;
    }
    /** The client is made (and octokit loaded) on the first lookup: a run that finds its tools cached never makes one. */
    github() {
        return (this.client ??= (0,client/* gitHubClient */.XB)(this.options));
    }
    /** 401/403/429 become configuration errors that say what to do; a 404 is `undefined` where `missing` allows it. */
    async call(repository, request) {
        try {
            return await request(await this.github());
        }
        catch (error) {
            throw this.classify(error, repository);
        }
    }
    classify(error, repository) {
        const failed = failedCall(error);
        if (!failed)
            return error;
        const where = `the GitHub API (${failed.url})`;
        const rateLimited = failed.status === 429 || (failed.status === 403 && (failed.headers['x-ratelimit-remaining'] === '0' || /rate limit/i.test(failed.message)));
        if (rateLimited) {
            const reset = Number(failed.headers['x-ratelimit-reset']);
            const when = Number.isFinite(reset) && reset > 0 ? ` (it resets at ${new Date(reset * 1000).toISOString()})` : '';
            return (0,errors/* inputError */.Xu)('github-token', this.options.token
                ? `rate limited by ${where} while reading the releases of ${repositoryName(repository)}, even with the token given${when}; ` +
                    `wait, or use a token with a higher limit`
                : `rate limited by ${where} while reading the releases of ${repositoryName(repository)}${when}; ` +
                    `pass github-token (the default, \${{ github.token }}, lifts the anonymous limit of 60 requests an hour)`);
        }
        if (failed.status === 401)
            return (0,errors/* inputError */.Xu)('github-token', `${where} refused the token (HTTP 401); pass a valid token, or none for public repositories`);
        if (failed.status === 403)
            return (0,errors/* inputError */.Xu)('github-token', `${where} denied access to ${repositoryName(repository)} (HTTP 403)${this.options.token ? '' : '; pass github-token'}`);
        return error;
    }
    async optional(repository, route, parameters) {
        try {
            return toRelease(await this.call(repository, async (github) => (await github.request(route, { ...repository, ...parameters })).data));
        }
        catch (error) {
            if (failedCall(error)?.status === 404)
                return undefined;
            throw error;
        }
    }
    latest(repository) {
        return this.optional(repository, 'GET /repos/{owner}/{repo}/releases/latest', {});
    }
    byTag(repository, tag) {
        return this.optional(repository, 'GET /repos/{owner}/{repo}/releases/tags/{tag}', { tag });
    }
    /**
     * Every tag name of the repository, in one request however many releases it has (the releases list
     * is paged 100 at a time, newest first, and kraftkit has thousands of staging prereleases). An empty
     * repository answers 409, one without tags 404.
     */
    tagNames(repository) {
        return this.call(repository, async (github) => {
            const names = [];
            try {
                for await (const page of github.paginate.iterator('GET /repos/{owner}/{repo}/git/matching-refs/{ref}', { ...repository, ref: 'tags' })) {
                    for (const ref of page.data)
                        names.push(ref.ref.replace(/^refs\/tags\//, ''));
                }
            }
            catch (error) {
                const status = failedCall(error)?.status;
                if (status === 404 || status === 409)
                    return [];
                throw error;
            }
            return names;
        });
    }
}
/** `v1.9.1` → `1.9.1`; undefined for anything that is not one exact version. */
function exactVersion(range) {
    const cleaned = semver.clean(range);
    return cleaned && semver.valid(cleaned) ? cleaned : undefined;
}
/** range → the newest release that satisfies it (`latest`: the repository's latest release). */
async function resolveToolVersion(tool, range, releases) {
    const repo = repositoryName(tool.releases);
    const exact = exactVersion(range);
    if (exact) {
        for (const tag of tool.tags(exact)) {
            const release = await releases.byTag(tool.releases, tag);
            if (release)
                return { version: exact, release, how: `release ${release.tag} of ${repo}` };
        }
        throw (0,errors/* inputError */.Xu)('tools', `${tool.name} ${exact} is not released: ${repo} has no release tagged ${tool.tags(exact).join(' or ')}`);
    }
    if (range === 'latest') {
        const latest = await releases.latest(tool.releases);
        const version = latest && tool.versionOfTag(latest.tag);
        if (latest && version)
            return { version, release: latest, how: `latest release ${latest.tag} of ${repo}` };
    }
    // The repository's tags say which versions exist; the newest satisfying ones are then asked for
    // their releases (a tag may have none, or a prerelease), a few at most.
    const versions = new Set();
    for (const tag of await releases.tagNames(tool.releases)) {
        const version = tool.versionOfTag(tag);
        if (version && semver.prerelease(version) === null)
            versions.add(version);
    }
    const stable = semver.rsort([...versions]);
    const wanted = range === 'latest' ? '*' : range;
    const candidates = stable.filter((version) => semver.satisfies(version, wanted)).slice(0, MAX_CANDIDATES);
    for (const version of candidates) {
        for (const tag of tool.tags(version)) {
            const release = await releases.byTag(tool.releases, tag);
            if (release && !release.prerelease) {
                return { version, release, how: `${range === 'latest' ? 'newest release' : `newest release matching ${range}:`} ${release.tag} of ${repo}` };
            }
        }
    }
    const newest = stable.slice(0, 5);
    throw (0,errors/* inputError */.Xu)('tools', `no release of ${tool.name} satisfies \`${range}\` ` +
        `(${repo}${newest.length ? ` has ${newest.join(', ')}${stable.length > 5 ? ', …' : ''}` : ' has no stable releases'}` +
        `${candidates.length ? `; ${candidates.join(', ')} ${candidates.length > 1 ? 'are tags' : 'is a tag'} without a stable release` : ''})`);
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./build/tools/verify.js



/** The download does not have the published hash: never installed, whatever the other inputs say. */
class ChecksumMismatchError extends Error {
    name = 'ChecksumMismatchError';
}
const SHA256_LINE = /^([0-9a-fA-F]{64})(?:\s+\*?(.+?))?\s*$/;
/**
 * `sha256sum` output (`<hex>  <name>`, `<hex> *<name>` in binary mode, goreleaser's checksums.txt) →
 * file name → hex. Names are reduced to their last path component; a bare hash (a one-file `.sha256`)
 * is keyed by ''.
 */
function parseChecksumFile(text) {
    const hashes = new Map();
    for (const line of text.split(/\r?\n/)) {
        const match = SHA256_LINE.exec(line.trim());
        if (!match)
            continue;
        const name = (match[2] ?? '').split('/').pop() ?? '';
        hashes.set(name, match[1].toLowerCase());
    }
    return hashes;
}
/** The hash a checksum file gives for `assetName`; a file with one bare hash covers the one asset it names. */
function checksumFor(hashes, assetName) {
    return hashes.get(assetName) ?? (hashes.size === 1 ? hashes.get('') : undefined);
}
async function sha256File(path) {
    const hash = createHash('sha256');
    for await (const chunk of createReadStream(path))
        hash.update(chunk);
    return hash.digest('hex');
}
function same(a, b) {
    const x = Buffer.from(a.toLowerCase(), 'hex');
    const y = Buffer.from(b.toLowerCase(), 'hex');
    return x.length === 32 && y.length === 32 && (0,external_node_crypto_.timingSafeEqual)(x, y);
}
/**
 * Every available hash must match (the strongest is the one reported); with none available the
 * download is refused unless `allow-unverified`. Returns how it was verified, for the summary.
 */
function verifyDownload(request) {
    const { what, file, actual, expected, logger } = request;
    for (const { sha256, source } of expected) {
        if (!same(sha256, actual)) {
            throw new ChecksumMismatchError(`${what}: ${file} has SHA-256 ${actual}, but ${source} says ${sha256.toLowerCase()}; the download was deleted and nothing was installed`);
        }
    }
    if (expected.length > 0) {
        const [strongest, ...others] = expected;
        logger.info(`${what}: SHA-256 ${actual} verified against ${strongest.source}${others.length ? ` (and ${others.map((o) => o.source).join(', ')})` : ''}`);
        return strongest.source;
    }
    const tried = request.tried.length ? ` (looked for: ${request.tried.join('; ')})` : '';
    if (!request.allowUnverified) {
        throw (0,errors/* inputError */.Xu)('allow-unverified', `${what}: there is no SHA-256 to verify ${file} against${tried}; ` +
            'pin it in the versions manifest (scripts/update-versions.mjs), or set allow-unverified: true to install it unverified');
    }
    logger.warning(`${what}: installing ${file} UNVERIFIED (SHA-256 ${actual}): no published checksum to compare with${tried}, and allow-unverified is true`, {
        title: 'Unverified download'
    });
    return 'nothing (allow-unverified)';
}

;// CONCATENATED MODULE: ./build/tools/versions.json
const versions_namespaceObject = /*#__PURE__*/JSON.parse('{"schema":1,"tools":{}}');
;// CONCATENATED MODULE: ./build/tools/versions.js

const BUILTIN_VERSIONS = versions_namespaceObject;
function pinnedSha256(manifest, tool, version, file) {
    return manifest.tools[tool]?.[version]?.[file]?.toLowerCase();
}

;// CONCATENATED MODULE: ./build/tools/installer.js












/**
 * The setup-go sequence for one tool: runner tool cache (by range) → resolve the version → Actions
 * cache (by exact version) → download → verify → extract safely → arrange → tool cache → PATH, with
 * one log line per step saying what it found.
 */
class ToolInstaller {
    pendingSaves = [];
    deps;
    constructor(deps) {
        this.deps = deps;
    }
    async install(request, adapter) {
        if (adapter.kind === 'system') {
            const result = await adapter.ensure(request.range, this.deps.platform, { logger: this.deps.logger, commands: this.deps.commands, env: this.deps.env });
            return { name: adapter.name, version: result.version, path: result.path, source: result.installed ? 'system-install' : 'system' };
        }
        return this.installDownload(request, adapter);
    }
    async installDownload(request, tool) {
        const { logger, platform } = this.deps;
        const name = tool.name;
        if (!tool.platforms.some((p) => p.os === platform.os && p.arch === platform.arch)) {
            throw (0,errors/* inputError */.Xu)('tools', `${name} is not available for ${platformName(platform)}: ${tool.unsupportedHint}`);
        }
        const arch = toolCacheArch(platform.arch);
        const base = downloadBaseFor(tool, this.deps.bases);
        const exact = exactVersion(request.range);
        if (request.range !== 'latest') {
            const found = this.fromToolCache(tool, exact ?? request.range, arch, request);
            if (found)
                return found;
            logger.info(`${name}@${request.range}: not in the tool cache`);
        }
        let version;
        let release;
        if (exact) {
            version = exact;
        }
        else {
            const resolved = await resolveToolVersion(tool, request.range, this.deps.releases);
            version = resolved.version;
            release = resolved.release;
            logger.info(`${name}@${request.range}: resolved to ${version} (${resolved.how})`);
            const found = this.fromToolCache(tool, version, arch, request);
            if (found)
                return found;
        }
        const what = `${name} ${version}`;
        const keyParts = [name, version, platform.os, platform.arch, ...((await tool.cacheKeyParts?.()) ?? [])];
        const key = `unikernel-actions-setup-${keyParts.join('-')}`;
        const staging = (0,external_node_path_.join)(this.deps.workDir, 'installed', keyParts.join('-'));
        const cache = await this.deps.actionsCache();
        if (cache) {
            await (0,promises_.rm)(staging, { recursive: true, force: true });
            const matched = await cache.restore([staging], key, []);
            if (matched && tool.binaries.every((b) => (0,external_node_fs_.existsSync)((0,external_node_path_.join)(staging, 'bin', b)))) {
                logger.info(`${what}: restored from the Actions cache (key ${key})`);
                return this.finish(tool, version, staging, arch, 'actions-cache');
            }
            logger.info(`${what}: not in the Actions cache (key ${key})`);
        }
        const asset = tool.asset(version, platform, base);
        const pinned = pinnedSha256(this.deps.manifest, name, version, asset.name);
        if (!release && !pinned)
            release = await this.releaseOf(tool, version);
        const scratch = await (0,promises_.mkdtemp)((0,external_node_path_.join)(await this.ensureDir((0,external_node_path_.join)(this.deps.workDir, 'downloads')), `${name}-`));
        try {
            const file = (0,external_node_path_.join)(scratch, asset.name);
            logger.info(`${what}: downloading ${asset.url}`);
            const downloaded = await this.download(tool, version, asset, file);
            logger.info(`${what}: downloaded ${asset.name} (${downloaded.bytes} bytes)`);
            const { expected, tried } = await this.expectedHashes(tool, version, asset, base, release, pinned);
            // On a mismatch the `finally` below deletes the download.
            const verifiedBy = verifyDownload({
                what,
                file: asset.name,
                actual: downloaded.sha256,
                expected,
                tried,
                allowUnverified: this.deps.allowUnverified,
                logger
            });
            let source = file;
            if (asset.format === 'tar.gz') {
                source = (0,external_node_path_.join)(scratch, 'extracted');
                // tar is loaded only here: a run that finds its tools cached never pays for it.
                const { extractTarSafely, UnsafeArchiveError } = await Promise.all(/* import() */[__webpack_require__.e(8697), __webpack_require__.e(2526)]).then(__webpack_require__.bind(__webpack_require__, 92526));
                try {
                    const entries = await extractTarSafely(file, source, { compression: 'gzip', within: asset.name });
                    logger.info(`${what}: extracted ${entries} entries from ${asset.name}`);
                }
                catch (error) {
                    if (error instanceof UnsafeArchiveError)
                        throw new Error(`${what}: ${asset.name} is unsafe to extract, nothing was installed: ${error.message}`, { cause: error });
                    throw new Error(`${what}: ${asset.name} is not a readable tar.gz archive: ${error.message}`, { cause: error });
                }
            }
            await (0,promises_.rm)(staging, { recursive: true, force: true });
            await (0,promises_.mkdir)(staging, { recursive: true });
            try {
                await tool.arrange({ source, dest: staging, version, platform, logger, commands: this.deps.commands });
                const missing = tool.binaries.filter((b) => !(0,external_node_fs_.existsSync)((0,external_node_path_.join)(staging, 'bin', b)));
                if (missing.length)
                    throw new Error(`${what}: ${asset.name} did not provide ${missing.join(', ')}`);
            }
            catch (error) {
                await (0,promises_.rm)(staging, { recursive: true, force: true });
                throw error;
            }
            const installed = await this.finish(tool, version, staging, arch, 'download', verifiedBy);
            if (cache)
                this.pendingSaves.push({ tool: name, version, key, path: staging });
            else
                await (0,promises_.rm)(staging, { recursive: true, force: true });
            return installed;
        }
        finally {
            await (0,promises_.rm)(scratch, { recursive: true, force: true });
        }
    }
    fromToolCache(tool, versionSpec, arch, request) {
        const dir = this.deps.toolCache.find(tool.name, versionSpec, arch);
        if (!dir)
            return undefined;
        const version = dir.split(/[\\/]/).slice(-2, -1)[0];
        if (!tool.binaries.every((b) => (0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, 'bin', b)))) {
            this.deps.logger.warning(`${tool.name} ${version} in the tool cache (${dir}) lacks ${tool.binaries.join(' or ')}; installing it again`);
            return undefined;
        }
        this.deps.logger.info(`${tool.name}@${request.range}: found ${version} in the tool cache (${dir})`);
        return this.putOnPath(tool, version, dir, 'tool-cache');
    }
    async finish(tool, version, staging, arch, source, verifiedBy) {
        const dir = await this.deps.toolCache.cacheDir(staging, tool.name, version, arch);
        this.deps.logger.info(`${tool.name} ${version}: cached in the tool cache (${dir})`);
        const installed = this.putOnPath(tool, version, dir, source);
        if (verifiedBy)
            installed.verifiedBy = verifiedBy;
        return installed;
    }
    putOnPath(tool, version, dir, source) {
        const bin = (0,external_node_path_.join)(dir, 'bin');
        this.deps.addPath(bin);
        this.deps.logger.info(`${tool.name} ${version}: ${tool.binaries.join(', ')} on PATH from ${bin}`);
        return { name: tool.name, version, path: bin, source };
    }
    async releaseOf(tool, version) {
        for (const tag of tool.tags(version)) {
            const release = await this.deps.releases.byTag(tool.releases, tag);
            if (release)
                return release;
        }
        // Not fatal here: the download decides whether the version exists (ops lives outside GitHub).
        this.deps.logger.info(`${tool.name} ${version}: no release tagged ${tool.tags(version).join(' or ')} in ${tool.releases.owner}/${tool.releases.repo}, ` +
            'so no checksum or digest from there');
        return undefined;
    }
    async ensureDir(dir) {
        await (0,promises_.mkdir)(dir, { recursive: true });
        return dir;
    }
    authFor(url) {
        const auth = this.deps.downloadAuth;
        return auth && new URL(url).origin === auth.origin ? { authorization: auth.header } : {};
    }
    /** 404 means the version has no build for this platform; 403/429 that the host is refusing us. */
    async download(tool, version, asset, file) {
        try {
            return await this.deps.http.download(asset.url, file, this.authFor(asset.url));
        }
        catch (error) {
            if (!(error instanceof HttpStatusError))
                throw new Error(`${tool.name} ${version}: downloading ${asset.url} failed: ${error.message}`, { cause: error });
            if (error.status === 404) {
                throw (0,errors/* inputError */.Xu)('tools', `${tool.name} ${version} is not available for ${platformName(this.deps.platform)}: ` +
                    `${asset.url} answered 404 (no such version, or no build of it for this platform)`);
            }
            if (error.status === 403 || error.status === 429) {
                throw (0,errors/* inputError */.Xu)('github-token', `${tool.name} ${version}: ${asset.url} answered HTTP ${error.status} (rate limited or refused); pass github-token, or retry later`);
            }
            throw new Error(`${tool.name} ${version}: downloading ${asset.url} failed with HTTP ${error.status}`, { cause: error });
        }
    }
    /** Strongest first: the pinned hash, the project's checksum file, the releases API digest. */
    async expectedHashes(tool, version, asset, base, release, pinned) {
        const expected = [];
        const tried = [];
        if (pinned)
            expected.push({ sha256: pinned, source: 'the versions manifest (pinned)' });
        else
            tried.push(`a hash pinned in the versions manifest for ${tool.name} ${version} ${asset.name}`);
        if (pinned && !release)
            return { expected, tried };
        const rule = tool.checksumFiles?.(asset);
        if (rule && release) {
            const files = release.assets.filter((a) => rule.matches(a.name));
            let found = false;
            for (const checksumFile of files) {
                const url = releaseDownloadUrl(base, tool.releases, release.tag, checksumFile.name);
                let body;
                try {
                    body = (await this.deps.http.get(url, this.authFor(url))).body;
                }
                catch (error) {
                    throw new Error(`${tool.name} ${version}: the release lists the checksum file ${checksumFile.name}, but reading ${url} failed: ${error.message}`, { cause: error });
                }
                const sha256 = checksumFor(parseChecksumFile(body), asset.name);
                if (sha256) {
                    expected.push({ sha256, source: `the checksum file ${checksumFile.name}` });
                    found = true;
                    break;
                }
            }
            if (!found)
                tried.push(files.length ? `${rule.describe} (it does not list ${asset.name})` : `${rule.describe} (not published with ${release.tag})`);
        }
        else if (tool.checksumNote) {
            tried.push(tool.checksumNote);
        }
        const digest = release?.assets.find((a) => a.name === asset.name)?.sha256;
        if (digest)
            expected.push({ sha256: digest, source: 'the releases API digest' });
        else
            tried.push(release ? `the releases API digest (none for ${asset.name} in ${release.tag})` : 'the releases API digest (no release found)');
        return { expected, tried };
    }
}

;// CONCATENATED MODULE: ./build/tools/tool-cache.js




/** @actions/tool-cache itself, for the runner (it reads RUNNER_TOOL_CACHE and speaks workflow commands). */
class ActionsToolCache {
    tc;
    root;
    constructor(tc, env = process.env) {
        this.tc = tc;
        if (!env.RUNNER_TOOL_CACHE)
            throw new Error('RUNNER_TOOL_CACHE is not set; the runner sets it for every job');
        this.root = env.RUNNER_TOOL_CACHE;
    }
    find(tool, versionSpec, arch) {
        return this.tc.find(tool, versionSpec, arch);
    }
    cacheDir(source, tool, version, arch) {
        return this.tc.cacheDir(source, tool, version, arch);
    }
}
/**
 * The same layout and rules as @actions/tool-cache, for the terminal, where that library's
 * `::debug::` workflow commands would land on stdout among the CLI's results.
 */
class DirectoryToolCache {
    root;
    constructor(root) {
        this.root = root;
    }
    find(tool, versionSpec, arch) {
        const exact = semver.clean(versionSpec);
        const candidates = exact && semver.valid(exact) ? [exact] : this.versions(tool, arch);
        const version = exact && semver.valid(exact) ? exact : semver.maxSatisfying(candidates, versionSpec);
        if (!version)
            return '';
        const dir = (0,external_node_path_.join)(this.root, tool, version, arch);
        return (0,external_node_fs_.existsSync)(dir) && (0,external_node_fs_.existsSync)(`${dir}.complete`) ? dir : '';
    }
    async cacheDir(source, tool, version, arch) {
        const dir = (0,external_node_path_.join)(this.root, tool, semver.clean(version) || version, arch);
        await (0,promises_.rm)(dir, { recursive: true, force: true });
        await (0,promises_.rm)(`${dir}.complete`, { force: true });
        await (0,promises_.mkdir)(dir, { recursive: true });
        await (0,promises_.cp)(source, dir, { recursive: true, verbatimSymlinks: true });
        (0,external_node_fs_.writeFileSync)(`${dir}.complete`, '');
        return dir;
    }
    versions(tool, arch) {
        const base = (0,external_node_path_.join)(this.root, tool);
        if (!(0,external_node_fs_.existsSync)(base))
            return [];
        return (0,external_node_fs_.readdirSync)(base).filter((v) => semver.valid(semver.clean(v)) && (0,external_node_fs_.existsSync)((0,external_node_path_.join)(base, v, arch)) && (0,external_node_fs_.existsSync)((0,external_node_path_.join)(base, v, `${arch}.complete`)));
    }
}

// EXTERNAL MODULE: ./build/platform.js
var platform = __webpack_require__(7997);
// EXTERNAL MODULE: ./build/runtime/files.js
var files = __webpack_require__(68560);
// EXTERNAL MODULE: ./build/vmm/drivers.js + 3 modules
var drivers = __webpack_require__(15440);
// EXTERNAL MODULE: ./build/vmm/kvm.js + 1 modules
var vmm_kvm = __webpack_require__(63742);
;// CONCATENATED MODULE: ./build/actions/setup.js


















/** Every input of `setup`, as in its action.yml (the CLI accepts exactly these as flags). */
const SETUP_INPUTS = ['tools', 'enable-kvm', 'github-token', 'mirror', 'api-url', 'cache', 'allow-unverified'];
const STATE_CACHE_SAVES = 'cache-saves';
const GITHUB_API = 'https://api.github.com';
function onGitHubDotCom(env) {
    try {
        return new URL(env.GITHUB_SERVER_URL || 'https://github.com').hostname.toLowerCase() === 'github.com';
    }
    catch {
        return false;
    }
}
function readSetupOptions(inputs, env) {
    const tools = parseToolRequests(inputs.list('tools'));
    const apiInput = inputs.optional('api-url');
    const token = inputs.source.secret('github-token') || undefined;
    // The tools are released on github.com: elsewhere (GHES, ghe.com) the job's API and token are for
    // another server, so without an explicit api-url the lookups go to github.com, anonymously.
    const dotCom = onGitHubDotCom(env);
    const apiUrl = apiInput ? parseHttpUrl('api-url', apiInput) : dotCom ? (env.GITHUB_API_URL || GITHUB_API).replace(/\/+$/, '') : GITHUB_API;
    const options = {
        tools,
        enableKvm: inputs.boolean('enable-kvm', true),
        apiUrl,
        bases: parseMirrors(inputs.list('mirror')),
        cache: inputs.boolean('cache', true),
        allowUnverified: inputs.boolean('allow-unverified', false)
    };
    if (token && (apiInput || dotCom))
        options.token = token;
    return options;
}
/**
 * The VMMs on PATH (installed by this step or already there) that can use KVM here, by boot's own
 * check: /dev/kvm opens and, where the VMM can prove it, runs a vCPU (nested KVM may open and still
 * fail QEMU's `-cpu host`). `found`: how many VMMs that use KVM are on PATH at all.
 */
async function vmmsUsingKvm(kvm, usable, env, cacheDir, logger) {
    const arch = (0,platform/* hostArch */.LY)();
    const names = [];
    let found = 0;
    for (const name of drivers/* VMM_NAMES */.YV) {
        const driver = (0,drivers/* vmmDriver */.xs)(name);
        if (driver.acceleration === 'none' || !arch)
            continue;
        const binary = (0,files/* findExecutable */.oq)(driver.binary(arch), env.PATH);
        if (!binary)
            continue;
        found++;
        const why = await (0,vmm_kvm/* kvmUnusableFor */.RR)(driver, kvm, { binary, arch, cacheDir }, usable);
        if (why === undefined)
            names.push(name);
        else if (usable)
            logger.info(`KVM: ${name} cannot use it: ${why}`);
    }
    return { names, found };
}
/** KVM: usable → done; present but not usable → the udev rule (HostKvm) and a re-check. */
async function ensureKvm(kvm, enable, logger, env) {
    if (await kvm.usable()) {
        logger.info('KVM: /dev/kvm is usable');
        return true;
    }
    if (!(await kvm.present())) {
        logger.info(`KVM: this machine has no /dev/kvm; ${(0,drivers/* vmmNamesWhere */.CO)((d) => d.acceleration === 'required')} cannot boot here, ` +
            `and ${(0,drivers/* vmmNamesWhere */.CO)((d) => d.acceleration === 'optional')} falls back to TCG`);
        return false;
    }
    if (!enable) {
        logger.info('KVM: /dev/kvm exists but this user cannot open it, and enable-kvm is false');
        return false;
    }
    await kvm.enable(logger);
    const usable = await kvm.usable();
    if (usable)
        logger.info('KVM: /dev/kvm is usable now');
    else {
        const where = env.RUNNER_ENVIRONMENT === 'github-hosted'
            ? ''
            : '; device permissions are changed only on GitHub-hosted runners, elsewhere add the user to the kvm group';
        logger.warning(`KVM: /dev/kvm exists but this user cannot open it${where}`, { title: 'KVM not usable' });
    }
    return usable;
}
function defaultToolCacheRoot(env) {
    return env.RUNNER_TOOL_CACHE || (0,external_node_path_.join)(env.XDG_CACHE_HOME || (0,external_node_path_.join)((0,external_node_os_.homedir)(), '.cache'), 'unikernel-actions', 'tool-cache');
}
async function runnerToolCache(env) {
    return new ActionsToolCache(await Promise.all(/* import() */[__webpack_require__.e(3838), __webpack_require__.e(9805)]).then(__webpack_require__.bind(__webpack_require__, 59805)), env);
}
/** The Actions cache, looked up once and only when a tool is missing from the runner's tool cache. */
function actionsCacheLookup(enabled, logger) {
    let lookup;
    return () => (lookup ??= (async () => {
        if (!enabled)
            return undefined;
        const { actionsCacheService, defaultLocalCacheRoot, selectCacheBackend } = await __webpack_require__.e(/* import() */ 1024).then(__webpack_require__.bind(__webpack_require__, 41024));
        // @actions/cache reads process.env, whatever context the action runs in.
        const service = actionsCacheService(process.env);
        if (!service.available) {
            logger.info(`Actions cache: not used (${service.why}); the tool cache alone keeps the tools`);
            return undefined;
        }
        return selectCacheBackend(process.env, logger, defaultLocalCacheRoot(process.env));
    })());
}
function sourceText(tool) {
    switch (tool.source) {
        case 'tool-cache':
            return 'tool cache';
        case 'actions-cache':
            return 'Actions cache';
        case 'download':
            return 'downloaded';
        case 'system':
            return 'already installed';
        case 'system-install':
            return 'OS packages';
    }
}
function summaryMarkdown(result) {
    const kvm = result.kvm ? `usable${result.kvmVmms.length ? ` (${result.kvmVmms.join(', ')})` : ''}` : 'not usable';
    const lines = [`### 🧰 Setup: ${result.tools.length} tool${result.tools.length === 1 ? '' : 's'} ready, KVM ${kvm}`, ''];
    if (result.tools.length) {
        lines.push('| tool | version | from | verified against | path |', '|---|---|---|---|---|');
        for (const tool of result.tools)
            lines.push(`| ${tool.name} | ${tool.version} | ${sourceText(tool)} | ${tool.verifiedBy ?? '—'} | \`${tool.path}\` |`);
    }
    return `${lines.join('\n')}\n`;
}
/** `setup`: read inputs → KVM → each tool through the installer → outputs, summary, state for post. */
async function setupAction(context, overrides = {}) {
    const { inputs, logger, outputs, env } = context;
    const options = readSetupOptions(inputs, env);
    const deps = {
        kvm: overrides.kvm ?? new vmm_kvm/* HostKvm */.jZ(env),
        retry: overrides.retry ?? retry/* DEFAULT_RETRY_POLICY */.cO,
        commands: overrides.commands ?? new tools_commands/* SpawnRunner */.yL(),
        manifest: overrides.manifest ?? BUILTIN_VERSIONS,
        platform: overrides.platform ?? hostPlatform(),
        ...overrides
    };
    const kvmDevice = await ensureKvm(deps.kvm, options.enableKvm, logger, env);
    if (options.tools.length === 0)
        logger.info('No tools requested (input `tools` is empty)');
    const addedToPath = [];
    let addPath = deps.addPath;
    if (!addPath) {
        if (context.onGitHub)
            addPath = (await __webpack_require__.e(/* import() */ 3838).then(__webpack_require__.bind(__webpack_require__, 33838))).addPath;
        else
            addPath = (dir) => void (env.PATH = `${dir}${external_node_path_.delimiter}${env.PATH ?? ''}`);
    }
    const downloads = options.tools.some((t) => TOOLS[t.name].kind === 'download');
    const toolCache = deps.toolCache ?? (context.onGitHub && downloads ? await runnerToolCache(env) : new DirectoryToolCache(defaultToolCacheRoot(env)));
    const http = new ToolHttp(deps.retry, logger);
    const installer = new ToolInstaller({
        logger,
        http,
        releases: new GitHubReleases({ apiUrl: options.apiUrl, token: options.token, env, logger, retry: deps.retry }),
        toolCache,
        commands: deps.commands,
        addPath: (dir) => {
            addedToPath.push(dir);
            addPath(dir);
        },
        actionsCache: actionsCacheLookup(options.cache, logger),
        manifest: deps.manifest,
        platform: deps.platform,
        bases: options.bases,
        allowUnverified: options.allowUnverified,
        workDir: (0,external_node_path_.join)(context.workRoot, 'setup'),
        env,
        ...(options.token ? { downloadAuth: { origin: new URL(options.apiUrl).origin, header: `Bearer ${options.token}` } } : {})
    });
    const installed = [];
    try {
        for (const request of options.tools) {
            installed.push(await logger.group(`Set up ${request.spec}`, () => installer.install(request, TOOLS[request.name])));
        }
    }
    finally {
        // Whatever was downloaded before a later tool failed is not saved: the post step runs on success only.
        if (installer.pendingSaves.length)
            context.state.save(STATE_CACHE_SAVES, JSON.stringify(installer.pendingSaves));
    }
    const kvmVmms = await vmmsUsingKvm(deps.kvm, kvmDevice, env, context.workRoot, logger);
    const kvm = kvmVmms.found > 0 ? kvmVmms.names.length > 0 : kvmDevice;
    if (kvmVmms.found > 0)
        logger.info(`KVM: usable by ${kvmVmms.names.join(', ') || 'none of the VMMs on PATH'}`);
    const result = {
        tools: installed,
        kvm,
        kvmVmms: kvmVmms.names,
        cacheHit: installed.length > 0 && installed.every((t) => t.source === 'tool-cache' || t.source === 'actions-cache' || t.source === 'system')
    };
    outputs.set('tools', Object.fromEntries(installed.map((t) => [t.name, { version: t.version, path: t.path }])));
    for (const tool of installed)
        outputs.set(`${tool.name}-version`, tool.version);
    outputs.set('cache-hit', result.cacheHit);
    outputs.set('kvm', kvm);
    outputs.set('kvm-vmms', result.kvmVmms.join(','));
    if (!context.onGitHub && addedToPath.length)
        logger.info(`To use these tools in your shell: export PATH="${[...addedToPath].reverse().join(external_node_path_.delimiter)}${external_node_path_.delimiter}$PATH"`);
    await context.summary.write(summaryMarkdown(result));
    return result;
}
/** Post (`post-if: success()`): saves this job's downloads to the Actions cache. Reads saved state only. */
async function setupPost(context) {
    const { logger } = context;
    const raw = context.state.get(STATE_CACHE_SAVES);
    if (!raw)
        return;
    let saves;
    try {
        saves = JSON.parse(raw);
    }
    catch (error) {
        logger.warning(`Not saving tools to the Actions cache: the saved state is unreadable (${(0,errors/* errorMessage */.gJ)(error)})`);
        return;
    }
    const { actionsCacheService, defaultLocalCacheRoot, selectCacheBackend } = await __webpack_require__.e(/* import() */ 1024).then(__webpack_require__.bind(__webpack_require__, 41024));
    const service = actionsCacheService(process.env);
    if (!service.available) {
        logger.info(`Not saving tools to the Actions cache: ${service.why}`);
        return;
    }
    const backend = selectCacheBackend(process.env, logger, defaultLocalCacheRoot(process.env));
    for (const save of saves) {
        if (!(0,external_node_fs_.existsSync)(save.path)) {
            logger.warning(`Not saving ${save.tool} ${save.version} to the Actions cache: ${save.path} is gone`);
            continue;
        }
        const saved = await backend.save([save.path], save.key);
        logger.info(saved
            ? `${save.tool} ${save.version}: saved to the Actions cache (key ${save.key})`
            : `${save.tool} ${save.version}: not saved to the Actions cache (key ${save.key}; see above)`);
    }
}


/***/ }),

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
