export const id = 9015;
export const ids = [9015,2526];
export const modules = {

/***/ 49015:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  BUILD_INPUTS: () => (/* binding */ BUILD_INPUTS),
  buildAction: () => (/* binding */ buildAction),
  buildPost: () => (/* binding */ buildPost),
  readBuildOptions: () => (/* binding */ readBuildOptions)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:perf_hooks"
var external_node_perf_hooks_ = __webpack_require__(643);
// EXTERNAL MODULE: ./build/oci/image-writer.js
var image_writer = __webpack_require__(73411);
// EXTERNAL MODULE: ./build/runtime/errors.js
var errors = __webpack_require__(84704);
// EXTERNAL MODULE: ./build/platform.js
var platform = __webpack_require__(7997);
// EXTERNAL MODULE: ./build/runtime/files.js
var files = __webpack_require__(68560);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./build/runtime/regular-file.js
var regular_file = __webpack_require__(18706);
;// CONCATENATED MODULE: ./build/rootfs/tree.js


/** Entries compare by their names' UTF-8 bytes, as `LC_ALL=C sort` does, not by UTF-16 code units. */
function compareNames(a, b) {
    return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}
function specialKind(info) {
    if (info.isBlockDevice())
        return 'block device';
    if (info.isCharacterDevice())
        return 'character device';
    if (info.isFIFO())
        return 'FIFO';
    if (info.isSocket())
        return 'socket';
    return 'special file';
}
/**
 * Walks `root` depth first, parents before their children, each directory's entries sorted by name,
 * without following any symlink (lstat only: a link is an entry, whatever it points at). Paths are
 * relative, `/`-separated, without a leading `./`; the root itself is not an entry. Hard links come
 * out as separate files. Device nodes, sockets and FIFOs go to `skipped` instead.
 */
async function* walkTree(root, skipped = []) {
    async function* walk(dir, prefix) {
        const names = (await (0,promises_.readdir)(dir)).sort(compareNames);
        for (const name of names) {
            const hostPath = (0,external_node_path_.join)(dir, name);
            const path = prefix === '' ? name : `${prefix}/${name}`;
            const info = await (0,promises_.lstat)(hostPath);
            if (info.isSymbolicLink()) {
                yield { kind: 'symlink', path, target: await (0,promises_.readlink)(hostPath) };
            }
            else if (info.isDirectory()) {
                yield { kind: 'directory', path, mode: info.mode & 0o7777 };
                yield* walk(hostPath, path);
            }
            else if (info.isFile()) {
                yield { kind: 'file', path, mode: info.mode & 0o7777, size: info.size, hostPath };
            }
            else {
                skipped.push({ path, kind: specialKind(info) });
            }
        }
    }
    yield* walk(root, '');
}

;// CONCATENATED MODULE: ./build/rootfs/cpio.js




/**
 * A cpio "newc" (SVR4 without checksums) writer for root filesystems: what Linux's initramfs and
 * Unikraft's initrd read. Each entry is a 110-byte ASCII header (`070701` and thirteen 8-digit hex
 * fields), the NUL-terminated name padded to 4 bytes, then the data padded to 4 bytes; `TRAILER!!!`
 * ends the archive, which is padded to 512 bytes as GNU cpio does.
 *
 * Reproducible by construction: entries in walkTree's sorted order, inode numbers counted from 1,
 * owner 0:0, every mtime the given epoch, no device numbers. File content is streamed.
 */
const MAGIC = '070701';
const S_IFDIR = 0o040000;
const S_IFREG = 0o100000;
const S_IFLNK = 0o120000;
const MAX_FIELD = 0xffffffff;
const BLOCK = 512;
const FLUSH_AT = 1024 * 1024;
const TRAILER = 'TRAILER!!!';
/** A file or name that newc cannot hold (a file of 4 GiB or more). */
class CpioLimitError extends Error {
    name = 'CpioLimitError';
}
function hex(value) {
    return value.toString(16).toUpperCase().padStart(8, '0');
}
function padding(length) {
    return Buffer.alloc((4 - (length % 4)) % 4);
}
/** One entry's header and padded name. */
function encodeHeader(header) {
    const name = Buffer.from(`${header.name}\0`, 'utf8');
    const fields = [header.ino, header.mode, 0, 0, header.nlink, header.mtime, header.size, 0, 0, 0, 0, name.length, 0];
    const ascii = Buffer.from(MAGIC + fields.map(hex).join(''), 'ascii');
    return Buffer.concat([ascii, name, padding(ascii.length + name.length)]);
}
/** Writes sequentially to a file, gathering small pieces into one write. */
class Output {
    handle;
    pending = [];
    pendingBytes = 0;
    written = 0;
    constructor(handle) {
        this.handle = handle;
    }
    async write(chunk) {
        this.pending.push(chunk);
        this.pendingBytes += chunk.length;
        this.written += chunk.length;
        if (this.pendingBytes >= FLUSH_AT)
            await this.flush();
    }
    async flush() {
        if (this.pendingBytes === 0)
            return;
        const data = Buffer.concat(this.pending);
        this.pending = [];
        this.pendingBytes = 0;
        for (let offset = 0; offset < data.length;)
            offset += (await this.handle.write(data, offset)).bytesWritten;
    }
}
/**
 * Archives the tree at `root` into `outFile` (written beside it, then renamed: a failure leaves
 * nothing). Symlinks are stored with their target and never followed; a file that changes size
 * while it is read fails the archive.
 */
async function writeCpioArchive(root, outFile, options) {
    const temp = `${outFile}.${(0,external_node_crypto_.randomBytes)(6).toString('hex')}.tmp`;
    const handle = await (0,promises_.open)(temp, 'wx', 0o644);
    const skipped = [];
    let entries = 0;
    try {
        const output = new Output(handle);
        for await (const entry of walkTree(root, skipped)) {
            entries++;
            await writeEntry(output, entry, entries, options.epoch);
        }
        await output.write(encodeHeader({ ino: 0, mode: 0, nlink: 1, mtime: 0, size: 0, name: TRAILER }));
        await output.write(Buffer.alloc((BLOCK - (output.written % BLOCK)) % BLOCK));
        await output.flush();
        await handle.close();
        await (0,promises_.rename)(temp, outFile);
        return { entries, bytes: output.written, skipped };
    }
    catch (error) {
        await handle.close().catch(() => undefined);
        await (0,promises_.rm)(temp, { force: true });
        throw error;
    }
}
async function writeEntry(output, entry, ino, mtime) {
    if (Buffer.byteLength(entry.path, 'utf8') + 1 > MAX_FIELD)
        throw new CpioLimitError(`${entry.path}: the name is too long`);
    if (entry.kind === 'directory') {
        await output.write(encodeHeader({ ino, mode: S_IFDIR | entry.mode, nlink: 2, mtime, size: 0, name: entry.path }));
        return;
    }
    if (entry.kind === 'symlink') {
        const target = Buffer.from(entry.target, 'utf8');
        await output.write(encodeHeader({ ino, mode: S_IFLNK | 0o777, nlink: 1, mtime, size: target.length, name: entry.path }));
        await output.write(target);
        await output.write(padding(target.length));
        return;
    }
    if (entry.size > MAX_FIELD)
        throw new CpioLimitError(`${entry.path} is ${entry.size} bytes; a cpio newc archive holds files under 4 GiB`);
    await output.write(encodeHeader({ ino, mode: S_IFREG | entry.mode, nlink: 1, mtime, size: entry.size, name: entry.path }));
    // No symlink is followed: the walk saw a regular file here, and O_NOFOLLOW refuses one put in its place since.
    const { handle, size } = await (0,regular_file/* openRegularFile */.ZU)(entry.hostPath, { noFollow: true });
    let copied = 0;
    try {
        if (size !== entry.size)
            throw new Error(`${entry.path} changed while it was archived (${entry.size} bytes, then ${size})`);
        for await (const chunk of (0,regular_file/* readChunks */.zO)(handle, 0, entry.size)) {
            copied += chunk.length;
            await output.write(chunk);
        }
    }
    finally {
        await handle.close();
    }
    if (copied !== entry.size)
        throw new Error(`${entry.path} changed while it was archived (${entry.size} bytes, then ${copied} read)`);
    await output.write(padding(entry.size));
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:readline"
var external_node_readline_ = __webpack_require__(80481);
;// CONCATENATED MODULE: ./build/build/steps.js


/** A build step that ran and failed: its message is the whole story (which command, which status). */
class BuildStepError extends Error {
    name = 'BuildStepError';
}
/** Shows an argv the way a shell user would type it (for the log only; it is never executed as text). */
function displayArgv(argv) {
    return argv.map((arg) => (/^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replaceAll("'", `'\\''`)}'`)).join(' ');
}
/** Runs one step from its argv, streaming its output to the log line by line. */
function runBuildStep(step, options) {
    const shown = step.display ?? displayArgv(step.argv);
    options.logger.info(`$ ${shown}`);
    return new Promise((resolve, reject) => {
        const [command, ...args] = step.argv;
        const child = (0,external_node_child_process_.spawn)(command, args, { cwd: options.cwd, env: { ...options.env, ...step.env }, stdio: ['ignore', 'pipe', 'pipe'] });
        const streams = [child.stdout, child.stderr].map((stream) => {
            const lines = (0,external_node_readline_.createInterface)({ input: stream, crlfDelay: Infinity });
            lines.on('line', (line) => options.logger.info(line));
            return new Promise((done) => lines.once('close', done));
        });
        child.once('error', (error) => reject(new BuildStepError(`\`${shown}\` could not start: ${error.message}`)));
        child.once('close', async (status, signal) => {
            await Promise.all(streams);
            if (status === 0)
                resolve();
            else
                reject(new BuildStepError(`\`${firstLine(shown)}\` ${signal ? `was killed by ${signal}` : `exited with status ${status}`}`));
        });
    });
}
/** Runs a command and returns the first line of its output, or undefined if it fails (for tool versions). */
function firstOutputLine(argv, options) {
    return new Promise((resolve) => {
        const [command, ...args] = argv;
        const child = (0,external_node_child_process_.spawn)(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'ignore'] });
        let output = '';
        child.stdout.on('data', (chunk) => (output += chunk.toString('utf8')));
        child.once('error', () => resolve(undefined));
        child.once('close', (status) => resolve(status === 0 ? output.split('\n')[0].trim() : undefined));
    });
}
function firstLine(text) {
    const lines = text.trim().split('\n');
    return lines.length > 1 ? `${lines[0]} …` : lines[0];
}

// EXTERNAL MODULE: ./build/oci/reference.js
var reference = __webpack_require__(20907);
;// CONCATENATED MODULE: ./build/rootfs/source.js





/** The error for a bad rootfs: naming the `rootfs` input, or the Kraftfile it came from. */
function rootfsError(request, problem) {
    if (request.from === 'Kraftfile')
        return new errors/* ConfigurationError */.j1(`the Kraftfile's rootfs \`${request.source}\`: ${problem}`);
    return (0,errors/* inputError */.Xu)('rootfs', problem);
}
const EXPECTED = 'expected a directory, a Dockerfile (or a directory holding one), or an OCI image reference (e.g. ghcr.io/acme/root:1.0, oci:<dir>:<tag>)';
const DOCKERFILE_PEEK = 64 * 1024;
/**
 * Classifies a rootfs: an existing path is a directory (a Dockerfile build when it holds a file named
 * `Dockerfile`) or a Dockerfile; `oci:` is a layout; anything else must be a registry-qualified image
 * reference. Relative paths resolve from the project directory.
 */
async function classifyRootfs(request, projectDir) {
    const { source } = request;
    if (source.trim() === '')
        throw rootfsError(request, `is empty: ${EXPECTED}`);
    const path = (0,external_node_path_.isAbsolute)(source) ? source : (0,external_node_path_.resolve)(projectDir, source);
    // The path the user named is followed if it is a symlink; nothing inside the tree ever is.
    const info = source.startsWith('oci:') ? undefined : await (0,promises_.stat)(path).catch(() => undefined);
    if (info?.isDirectory()) {
        const entries = await (0,promises_.readdir)(path);
        if (entries.includes('Dockerfile') && (await (0,promises_.stat)((0,external_node_path_.resolve)(path, 'Dockerfile'))).isFile()) {
            return { kind: 'dockerfile', dockerfile: (0,external_node_path_.resolve)(path, 'Dockerfile'), context: path };
        }
        return { kind: 'directory', dir: path };
    }
    if (info?.isFile()) {
        if (!(await looksLikeDockerfile(path))) {
            throw rootfsError(request, `${path} is a file but not a Dockerfile (its first instruction is not FROM or ARG): ${EXPECTED}`);
        }
        return { kind: 'dockerfile', dockerfile: path, context: (0,external_node_path_.dirname)(path) };
    }
    if (info)
        throw rootfsError(request, `${path} is neither a directory nor a regular file: ${EXPECTED}`);
    if (source.startsWith('oci:') || looksLikeReference(source)) {
        try {
            return { kind: 'image', ref: (0,reference/* parseImageReference */.o_)('rootfs', source) };
        }
        catch (error) {
            if (error instanceof errors/* ConfigurationError */.j1 && request.from === 'Kraftfile')
                throw rootfsError(request, error.message.replace(/^input `rootfs`: /, ''));
            throw error;
        }
    }
    throw rootfsError(request, `${path} does not exist, and \`${source}\` is not an image reference: ${EXPECTED}`);
}
/** `host.tld/…`, `host:port/…`, `localhost/…`: the first component names a registry. */
function looksLikeReference(source) {
    const slash = source.indexOf('/');
    if (slash <= 0 || source.startsWith('.'))
        return false;
    const first = source.slice(0, slash);
    return first.includes('.') || first.includes(':') || first === 'localhost' || first.startsWith('[');
}
/**
 * A Dockerfile's first instruction, after comments, parser directives and blank lines, is FROM (or
 * ARG before FROM), whatever the file is called.
 */
async function looksLikeDockerfile(path) {
    const { handle } = await (0,regular_file/* openRegularFile */.ZU)(path);
    let text;
    try {
        text = (await (0,regular_file/* readRange */.qX)(handle, 0, DOCKERFILE_PEEK)).toString('utf8');
    }
    finally {
        await handle.close();
    }
    for (const line of text.split('\n')) {
        const trimmed = line.trim();
        if (trimmed === '' || trimmed.startsWith('#'))
            continue;
        return /^(FROM|ARG)\s/i.test(trimmed);
    }
    return false;
}

;// CONCATENATED MODULE: ./build/rootfs/dockerfile.js






/**
 * Builds a Dockerfile into a directory: with `docker buildx build --output type=local` when docker
 * has buildx (GitHub's runners do), else with buildah (`build --output type=local`, buildah 1.24 and
 * later; Debian 12 ships 1.28) on vfs storage of its own with chroot isolation, which runs as root
 * without a daemon or user namespaces.
 */
const DOCKERFILE_TOOLS_HINT = 'install Docker with the buildx plugin (GitHub-hosted runners have it) or buildah (apt-get install buildah; it runs as root)';
/** The builder to use: docker when `docker buildx version` answers, else buildah; an error naming `rootfs` when neither is there. */
async function chooseDockerfileBuilder(request, env) {
    const docker = (0,files/* findExecutable */.oq)('docker', env.PATH);
    const buildx = docker ? await firstOutputLine([docker, 'buildx', 'version'], { cwd: '/', env }) : undefined;
    if (docker && buildx)
        return { tool: 'docker', path: docker };
    const buildah = (0,files/* findExecutable */.oq)('buildah', env.PATH);
    if (buildah)
        return { tool: 'buildah', path: buildah };
    const found = docker ? `docker is on PATH (${docker}) but has no buildx plugin, and buildah is not` : 'neither docker nor buildah is on PATH';
    throw rootfsError(request, `is a Dockerfile, which needs docker buildx or buildah to build, but ${found}: ${DOCKERFILE_TOOLS_HINT}`);
}
function dockerBuildxArgv(docker, build) {
    return [docker, 'buildx', 'build', '--progress', 'plain', ...buildArguments(build)];
}
/** What docker buildx build and buildah build take alike: the platform, the Dockerfile, a local output, the context. */
function buildArguments(build) {
    return ['--platform', `linux/${(0,platform/* ociArchitecture */.Jk)(build.arch)}`, '--file', build.dockerfile, '--output', `type=local,dest=${build.destDir}`, build.context];
}
function buildahArgv(buildah, storage, build) {
    return [
        buildah,
        '--root',
        (0,external_node_path_.join)(storage, 'root'),
        '--runroot',
        (0,external_node_path_.join)(storage, 'run'),
        '--storage-driver',
        'vfs',
        'build',
        '--isolation',
        'chroot',
        ...buildArguments(build)
    ];
}
/** Runs the build; the log shows the tool's output. Returns which tool built it. */
async function buildDockerfile(build) {
    const builder = await chooseDockerfileBuilder(build.request, build.env);
    await (0,promises_.mkdir)(build.destDir, { recursive: true });
    const storage = (0,external_node_path_.join)(build.workDir, `buildah-${build.arch}`);
    const argv = builder.tool === 'docker' ? dockerBuildxArgv(builder.path, build) : buildahArgv(builder.path, storage, build);
    try {
        await runBuildStep({ argv }, { cwd: build.context, env: build.env, logger: build.logger });
    }
    catch (error) {
        throw rootfsError(build.request, `the Dockerfile ${build.dockerfile} did not build: ${error.message}`);
    }
    finally {
        if (builder.tool === 'buildah')
            await (0,promises_.rm)(storage, { recursive: true, force: true });
    }
    return builder.tool;
}

;// CONCATENATED MODULE: ./build/rootfs/erofs.js




/**
 * EROFS images through erofs-utils' mkfs.erofs (Debian 12 ships 1.5), made reproducible with its own
 * flags: `-T` gives every inode (and the superblock) the epoch, `-U` a fixed UUID, `--all-root` owners 0:0.
 * mkfs.erofs sorts each directory itself, so creation order does not show; it keeps hard links as hard links.
 */
/** The filesystem UUID of every image we make: a random one would differ between identical builds. */
const EROFS_UUID = '6a5d8c0e-2f7b-4c1d-9e3a-52b1f0c4d7e9';
const MKFS_EROFS = 'mkfs.erofs';
const MKFS_EROFS_HINT = 'install erofs-utils (apt-get install erofs-utils)';
/** The argv that images `root` into `outFile`, leaving out `exclude` (paths relative to `root`, as mkfs.erofs matches them). */
function mkfsErofsArgv(mkfs, root, outFile, epoch, exclude) {
    return [mkfs, '--quiet', `-T${epoch}`, `-U${EROFS_UUID}`, '--all-root', ...exclude.map((path) => `--exclude-path=${path}`), outFile, root];
}
/** Images `root` into `outFile` (written beside it, then renamed); device nodes, sockets and FIFOs are left out, as in cpio. */
async function writeErofsImage(root, outFile, options) {
    const skipped = [];
    let entries = 0;
    for await (const entry of walkTree(root, skipped))
        if (entry)
            entries++;
    const temp = `${outFile}.${(0,external_node_crypto_.randomBytes)(6).toString('hex')}.tmp`;
    const argv = mkfsErofsArgv(options.mkfs, root, temp, options.epoch, skipped.map((entry) => entry.path));
    try {
        await run(argv, options.env);
        await (0,promises_.rename)(temp, outFile);
    }
    catch (error) {
        await (0,promises_.rm)(temp, { force: true });
        throw error;
    }
    return { entries, bytes: (await (0,promises_.stat)(outFile)).size, skipped };
}
function run(argv, env) {
    return new Promise((resolve, reject) => {
        const [command, ...args] = argv;
        // SOURCE_DATE_EPOCH is given as -T; the variable is left out so no version reads it differently.
        const rest = { ...env };
        delete rest.SOURCE_DATE_EPOCH;
        const child = (0,external_node_child_process_.spawn)(command, args, { env: rest, stdio: ['ignore', 'pipe', 'pipe'] });
        let output = '';
        const collect = (chunk) => {
            if (output.length < 16_384)
                output += chunk.toString('utf8');
        };
        child.stdout.on('data', collect);
        child.stderr.on('data', collect);
        child.once('error', (error) => reject(new Error(`${command} could not start: ${error.message}`)));
        child.once('close', (status, signal) => {
            if (status === 0)
                resolve();
            else
                reject(new Error(`${command} ${signal ? `was killed by ${signal}` : `exited with status ${status}`}: ${output.trim()}`));
        });
    });
}

// EXTERNAL MODULE: ./build/oci/image-spec.js
var image_spec = __webpack_require__(74891);
// EXTERNAL MODULE: ./build/oci/layout-reader.js
var layout_reader = __webpack_require__(84952);
// EXTERNAL MODULE: ./build/runtime/safe-extract.js
var safe_extract = __webpack_require__(92526);
;// CONCATENATED MODULE: ./build/rootfs/image.js









/**
 * A root filesystem from an OCI image: the manifest for linux/<arch>, its layers applied in order with
 * the same safety rules and decompression limits as every other archive (safe-extract), and the
 * layers' whiteouts applied as the image spec says: `.wh.<name>` deletes `<name>` of the layers
 * below, `.wh..wh..opq` empties its directory of what the layers below put there.
 */
const WHITEOUT_PREFIX = '.wh.';
const OPAQUE = '.wh..wh..opq';
/** Pulls a registry image into a layout under `workDir`, or opens an `oci:` layout, and unpacks it into `destDir` (missing or empty). */
async function unpackImage(ref, arch, destDir, context) {
    let layoutRef;
    if (ref.kind === 'registry') {
        const { defaultCredentials, pullToLayout } = await Promise.all(/* import() */[__webpack_require__.e(6499), __webpack_require__.e(2366)]).then(__webpack_require__.bind(__webpack_require__, 88549));
        const credentials = await defaultCredentials(ref.registry, context.env);
        context.logger.info(`Pulling ${(0,reference/* formatImageReference */.my)(ref)} for linux/${(0,platform/* ociArchitecture */.Jk)(arch)}`);
        const pulled = await pullToLayout(ref, credentials, (0,external_node_path_.join)(context.workDir, `pulled-${arch}`), arch, { input: 'rootfs', logger: context.logger }).catch((error) => {
            throw rootfsError(context.request, `cannot pull ${(0,reference/* formatImageReference */.my)(ref)}: ${(0,errors/* errorMessage */.gJ)(error).replace(/^input `rootfs`: /, '')}`);
        });
        layoutRef = { kind: 'layout', dir: pulled.dir, tag: pulled.tag };
    }
    else {
        layoutRef = { ...ref, dir: (0,external_node_path_.isAbsolute)(ref.dir) ? ref.dir : (0,external_node_path_.resolve)(context.projectDir, ref.dir) };
    }
    return unpackLayoutImage(layoutRef, arch, destDir, context.request);
}
async function unpackLayoutImage(ref, arch, destDir, request) {
    const image = (0,reference/* formatImageReference */.my)(ref);
    const fail = (problem) => rootfsError(request, `image ${image}: ${problem}`);
    const layout = await layout_reader.OciLayout.open('rootfs', ref.dir);
    const selected = await layout.selectManifest(await layout.resolve(ref), arch);
    const { manifest } = selected;
    const digest = selected.descriptor.digest;
    if (!(0,image_spec/* isImageConfigMediaType */.i8)(manifest.config.mediaType)) {
        throw fail(`manifest ${digest} is not a container image: its config media type is ${manifest.config.mediaType} (expected ${image_spec/* OCI_CONFIG */.TF})`);
    }
    const config = await layout.readImageConfig(manifest.config);
    if (config.architecture !== (0,platform/* ociArchitecture */.Jk)(arch))
        throw fail(`manifest ${digest} is for ${config.os}/${config.architecture}, not linux/${(0,platform/* ociArchitecture */.Jk)(arch)}`);
    await (0,promises_.mkdir)(destDir, { recursive: true });
    if ((await (0,promises_.readdir)(destDir)).length > 0)
        throw new Error(`rootfs extraction directory ${destDir} is not empty`);
    const links = new Map();
    for (const layer of manifest.layers) {
        const compression = (0,image_spec/* layerCompression */.AH)(layer.mediaType);
        if (compression === undefined)
            throw fail(`layer ${layer.digest} has media type ${layer.mediaType}, which is not a tar layer`);
        const file = await layout.verifyBlob(layer);
        const whiteouts = { deleted: [], opaque: [], markers: [], links: new Set(), modes: new Map() };
        try {
            await (0,safe_extract.checkTarEntries)(file, {
                compression,
                links,
                within: 'the image',
                size: layer.size,
                entryRule: (parts, type, mode) => noteEntry(whiteouts, parts, type, mode)
            });
        }
        catch (error) {
            if (error instanceof safe_extract.UnsafeArchiveError)
                throw fail(`layer ${layer.digest} is unsafe to extract, nothing was extracted from it: ${error.message}`);
            throw fail(`layer ${layer.digest} is not a readable tar archive: ${(0,errors/* errorMessage */.gJ)(error)}`);
        }
        await applyWhiteouts(destDir, whiteouts, links);
        try {
            await (0,safe_extract.unpackTar)(file, destDir, { compression, size: layer.size, exactModes: true });
        }
        catch (error) {
            throw fail(`layer ${layer.digest} could not be extracted: ${(0,errors/* errorMessage */.gJ)(error)}`);
        }
        for (const marker of whiteouts.markers)
            await removeInTree(destDir, marker);
        for (const [path, mode] of whiteouts.modes)
            await restoreMode(destDir, path.split('/'), mode);
    }
    return { manifestDigest: digest, layers: manifest.layers.length };
}
/** Records what a layer entry needs beyond unpacking (the entryRule of checkTarEntries, which sees every entry); a problem for a malformed whiteout. */
function noteEntry(whiteouts, parts, type, mode) {
    const key = parts.join('/');
    if (type === 'SymbolicLink')
        whiteouts.links.add(key);
    if ((type === 'File' || type === 'OldFile' || type === 'ContiguousFile') && mode !== undefined && (mode & 0o022) !== 0)
        whiteouts.modes.set(key, mode & 0o7777);
    else
        whiteouts.modes.delete(key);
    const name = parts[parts.length - 1];
    if (name === undefined || !name.startsWith(WHITEOUT_PREFIX))
        return undefined;
    const dir = parts.slice(0, -1);
    if (name === OPAQUE)
        whiteouts.opaque.push(dir);
    else if (name === WHITEOUT_PREFIX || name === `${WHITEOUT_PREFIX}.` || name === `${WHITEOUT_PREFIX}..`)
        return 'is a whiteout that names nothing';
    else
        whiteouts.deleted.push([...dir, name.slice(WHITEOUT_PREFIX.length)]);
    whiteouts.markers.push([...parts]);
    return undefined;
}
async function applyWhiteouts(root, whiteouts, links) {
    const forget = (prefix, self) => {
        for (const key of [...links.keys()]) {
            if (whiteouts.links.has(key))
                continue;
            if ((self && key === prefix) || key.startsWith(prefix === '' ? '' : `${prefix}/`))
                links.delete(key);
        }
    };
    for (const dir of whiteouts.opaque) {
        const host = await directoryInTree(root, dir);
        if (host === undefined)
            continue;
        for (const name of await (0,promises_.readdir)(host))
            await (0,promises_.rm)((0,external_node_path_.join)(host, name), { recursive: true, force: true });
        forget(dir.join('/'), false);
    }
    for (const path of whiteouts.deleted) {
        await removeInTree(root, path);
        forget(path.join('/'), true);
    }
}
/** The host path of a directory of the tree reached without passing a symlink; undefined when there is none. */
async function directoryInTree(root, parts) {
    let host = root;
    for (const part of parts) {
        host = (0,external_node_path_.join)(host, part);
        const info = await (0,promises_.lstat)(host).catch(() => undefined);
        if (!info?.isDirectory())
            return undefined;
    }
    return host;
}
/** Sets a regular file's mode again (tar creates files through the umask); never through or on a symlink. */
async function restoreMode(root, parts, mode) {
    const parent = await directoryInTree(root, parts.slice(0, -1));
    if (parent === undefined || parts.length === 0)
        return;
    const path = (0,external_node_path_.join)(parent, parts[parts.length - 1]);
    const info = await (0,promises_.lstat)(path).catch(() => undefined);
    if (info?.isFile())
        await (0,promises_.chmod)(path, mode);
}
/** Removes a path of the tree (a symlink itself, never what it points at); nothing when a parent is missing or a symlink. */
async function removeInTree(root, parts) {
    const parent = await directoryInTree(root, parts.slice(0, -1));
    if (parent === undefined || parts.length === 0)
        return;
    await (0,promises_.rm)((0,external_node_path_.join)(parent, parts[parts.length - 1]), { recursive: true, force: true });
}

;// CONCATENATED MODULE: ./build/rootfs/build.js










/** Builds root filesystems for a build's targets, once per source, format and architecture. */
class RootfsBuilder {
    context;
    built = new Map();
    classified = new Map();
    constructor(context) {
        this.context = context;
    }
    /** Checks what can be checked before anything runs: the source exists or parses, the format's tool is there. */
    async check(request) {
        if (request.format === 'erofs' && !(0,files/* findExecutable */.oq)(MKFS_EROFS, this.context.env.PATH)) {
            throw (0,errors/* inputError */.Xu)('rootfs-format', `erofs needs ${MKFS_EROFS}, which is not on PATH: ${MKFS_EROFS_HINT}, or use cpio`);
        }
        const key = request.source;
        let classified = this.classified.get(key);
        if (!classified) {
            classified = classifyRootfs(request, this.context.projectDir);
            this.classified.set(key, classified);
        }
        const source = await classified;
        // A Dockerfile's builder must be there before the kernel build spends its time.
        if (source.kind === 'dockerfile')
            await chooseDockerfileBuilder(request, this.context.env);
        return source;
    }
    async build(request, arch) {
        const source = await this.check(request);
        // Per architecture for every kind: a build's steps may write arch-specific files into a directory.
        const key = `${request.format}\0${request.source}\0${arch}`;
        let built = this.built.get(key);
        if (!built) {
            built = this.buildOnce(request, source, arch);
            this.built.set(key, built);
        }
        return built;
    }
    async buildOnce(request, source, arch) {
        const { logger } = this.context;
        const perArch = source.kind !== 'directory';
        const scratch = await (0,promises_.mkdtemp)((0,external_node_path_.join)(this.context.workDir, 'tree-'));
        try {
            let tree;
            let via;
            if (source.kind === 'directory') {
                tree = source.dir;
                via = 'directory';
            }
            else if (source.kind === 'dockerfile') {
                tree = (0,external_node_path_.join)(scratch, 'tree');
                logger.info(`Building ${source.dockerfile} for linux/${(0,platform/* ociArchitecture */.Jk)(arch)}`);
                via = await buildDockerfile({ ...source, request, arch, destDir: tree, workDir: scratch, env: this.context.env, logger });
            }
            else {
                tree = (0,external_node_path_.join)(scratch, 'tree');
                const unpacked = await unpackImage(source.ref, arch, tree, {
                    request,
                    projectDir: this.context.projectDir,
                    workDir: scratch,
                    env: this.context.env,
                    logger
                });
                via = unpacked.manifestDigest;
                logger.info(`Unpacked ${unpacked.layers} layer${unpacked.layers === 1 ? '' : 's'} of ${unpacked.manifestDigest}`);
            }
            const file = (0,external_node_path_.join)(this.context.workDir, `rootfs-${arch}.${request.format}`);
            const stats = await this.archive(request, tree, file);
            for (const { path, kind } of stats.skipped)
                logger.warning(`Root filesystem: left out ${path}, a ${kind} (no device nodes, sockets or FIFOs are archived)`);
            logger.info(`Root filesystem ${request.source}${perArch ? ` (linux/${(0,platform/* ociArchitecture */.Jk)(arch)})` : ''}: ${request.format}, ` +
                `${stats.entries} entries, ${stats.bytes} bytes → ${file}`);
            return { file, source: request.source, format: request.format, via, ...(perArch ? { arch } : {}), entries: stats.entries, bytes: (await (0,promises_.stat)(file)).size };
        }
        finally {
            await (0,promises_.rm)(scratch, { recursive: true, force: true });
        }
    }
    async archive(request, tree, file) {
        try {
            if (request.format === 'erofs') {
                return await writeErofsImage(tree, file, { epoch: this.context.epoch, mkfs: (0,files/* findExecutable */.oq)(MKFS_EROFS, this.context.env.PATH), env: this.context.env });
            }
            return await writeCpioArchive(tree, file, { epoch: this.context.epoch });
        }
        catch (error) {
            if (error instanceof CpioLimitError)
                throw rootfsError(request, error.message);
            throw error;
        }
    }
}

// EXTERNAL MODULE: ./build/toolchains/catalog.js + 4 modules
var catalog = __webpack_require__(93365);
;// CONCATENATED MODULE: ./build/build/cache.js


/** Bumped when what the build cache holds changes shape, so old entries are not restored. */
const BUILD_CACHE_VERSION = 'v1';
/**
 * The key: toolchain + targets + `cache-key` as readable parts, then a hash of the adapter's key
 * files, the tool version and the inputs that change the output. A changed hash stores a new entry,
 * restored next time by the prefix before it.
 */
async function planBuildCache(args) {
    const { hashFiles } = await __webpack_require__.e(/* import() */ 1024).then(__webpack_require__.bind(__webpack_require__, 41024));
    const filesHash = await hashFiles(args.spec.keyFiles, args.projectDir);
    const digest = (0,external_node_crypto_.createHash)('sha256')
        .update(JSON.stringify({ files: filesHash, tool: args.toolVersion ?? '', inputs: args.inputs, paths: args.extraPaths }))
        .digest('hex');
    const targets = args.targets.map((t) => `${t.platform}-${t.arch}`).join('+');
    const prefix = ['unikernel-build', BUILD_CACHE_VERSION, args.toolchain, targets, ...(args.cacheKey ? [args.cacheKey] : [])].join('-') + '-';
    return { key: `${prefix}${digest.slice(0, 32)}`, restoreKeys: [prefix], paths: [...args.spec.paths, ...args.extraPaths] };
}
/** main → post state of the build cache; the post step reads only this. */
const STATE = {
    key: 'cache-key',
    paths: 'cache-paths',
    matched: 'cache-matched-key',
    localRoot: 'cache-local-root',
    succeeded: 'build-succeeded'
};
/** Restores the cache before the build; a failing cache is a warning, never a failed build. Returns the matched key. */
async function restoreBuildCache(plan, context) {
    const { logger, state } = context;
    state.save(STATE.key, plan.key);
    state.save(STATE.paths, JSON.stringify(plan.paths));
    let matched;
    try {
        const { defaultLocalCacheRoot, selectCacheBackend } = await __webpack_require__.e(/* import() */ 1024).then(__webpack_require__.bind(__webpack_require__, 41024));
        const localRoot = defaultLocalCacheRoot(context.env);
        state.save(STATE.localRoot, localRoot);
        const backend = selectCacheBackend(context.env, logger, localRoot);
        matched = await backend.restore(plan.paths, plan.key, plan.restoreKeys);
        if (matched === undefined)
            logger.info(`Build cache: no entry for ${plan.key} (${backend.kind} cache); building cold`);
        else if (matched === plan.key)
            logger.info(`Build cache: restored ${matched} (${backend.kind} cache, exact hit)`);
        else
            logger.info(`Build cache: restored ${matched} (${backend.kind} cache, prefix hit for ${plan.key})`);
    }
    catch (error) {
        logger.warning(`Build cache: restore failed, building cold: ${(0,errors/* errorMessage */.gJ)(error)}`);
    }
    state.save(STATE.matched, matched ?? '');
    return matched;
}
function markBuildSucceeded(state) {
    state.save(STATE.succeeded, 'true');
}
/**
 * Saves the build cache — from saved state only, so it serves the post step (which runs even when a
 * later step failed) and the CLI alike: only after a build that succeeded, and not over an exact hit.
 */
async function saveBuildCache(context) {
    const { logger, state } = context;
    const key = state.get(STATE.key);
    if (!key)
        return false;
    if (state.get(STATE.succeeded) !== 'true') {
        logger.info('Build cache: the build did not succeed, so nothing is saved');
        return false;
    }
    if (state.get(STATE.matched) === key) {
        logger.info(`Build cache: ${key} was restored exactly, so nothing new to save`);
        return false;
    }
    try {
        const paths = JSON.parse(state.get(STATE.paths));
        const { defaultLocalCacheRoot, selectCacheBackend } = await __webpack_require__.e(/* import() */ 1024).then(__webpack_require__.bind(__webpack_require__, 41024));
        const backend = selectCacheBackend(context.env, logger, state.get(STATE.localRoot) || defaultLocalCacheRoot(context.env));
        const saved = await backend.save(paths, key);
        logger.info(saved ? `Build cache: saved ${key} (${backend.kind} cache)` : `Build cache: ${key} was not saved (see above)`);
        return saved;
    }
    catch (error) {
        logger.warning(`Build cache: save failed: ${(0,errors/* errorMessage */.gJ)(error)}`);
        return false;
    }
}

// EXTERNAL MODULE: ./build/build/files.js
var build_files = __webpack_require__(4920);
// EXTERNAL MODULE: ./build/build/options.js
var build_options = __webpack_require__(35749);
// EXTERNAL MODULE: ./build/toolchains/kraftfile.js
var toolchains_kraftfile = __webpack_require__(52553);
;// CONCATENATED MODULE: ./build/build/kraftfile-input.js






/** Inline YAML rather than a path: it spans lines, or is a mapping on one line. */
function isInline(value) {
    return value.includes('\n') || /^\s*[\w-]+:\s/.test(value);
}
/**
 * The `kraftfile` input as an absolute path: a path is resolved against the project directory and must
 * be a file; inline YAML is written to a new file under the job's directory (kraft reads it with `-K`).
 */
async function kraftfileInput(value, projectDir, workRoot) {
    if (value === undefined || value.trim() === '')
        return undefined;
    if (isInline(value)) {
        const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)(workRoot, 'kraftfile-'));
        const path = (0,external_node_path_.join)(dir, 'Kraftfile');
        await (0,promises_.writeFile)(path, value.endsWith('\n') ? value : `${value}\n`);
        return path;
    }
    const path = (0,external_node_path_.resolve)(projectDir, value);
    const info = await (0,promises_.stat)(path).catch(() => undefined);
    if (!info?.isFile())
        throw (0,errors/* inputError */.Xu)('kraftfile', `${path} is not a file (give a Kraftfile path, relative to \`path\`, or the Kraftfile's YAML itself)`);
    return path;
}
/**
 * The targets to build: PLATFORM/ARCH as given, names looked up in the Kraftfile (the `kraftfile`
 * input's, else the project's). A name needs a toolchain that reads Kraftfiles.
 */
async function buildTargets(options, adapter, projectDir, kraftfile, logger) {
    const names = adapter.kraftfiles;
    const path = names ? (kraftfile ?? (await projectKraftfile(projectDir, names))) : undefined;
    const named = options.targets.find(build_options/* isNamedTarget */.xn);
    if (named && !names) {
        throw (0,errors/* inputError */.Xu)('target', `\`${named.name}\` is not PLATFORM/ARCH (e.g. qemu/x86_64); a Kraftfile target's name needs a toolchain that reads Kraftfiles ` +
            `(${adapter.name} reads none)`);
    }
    const parsed = path ? await (0,toolchains_kraftfile/* readKraftfile */.tF)(path, logger) : undefined;
    return { targets: (0,build_options/* resolveTargets */.h5)('target', options.targets, parsed?.targets, path), ...(parsed ? { kraftfile: parsed } : {}) };
}
async function projectKraftfile(projectDir, names) {
    const name = await (0,build_files/* firstFile */.FX)(projectDir, names);
    return name === undefined ? undefined : (0,external_node_path_.join)(projectDir, name);
}

// EXTERNAL MODULE: ./build/oci/unikernel-descriptor.js
var unikernel_descriptor = __webpack_require__(33855);
// EXTERNAL MODULE: ./build/oci/urunc.js
var oci_urunc = __webpack_require__(66659);
// EXTERNAL MODULE: ./build/vmm/drivers.js + 3 modules
var drivers = __webpack_require__(15440);
;// CONCATENATED MODULE: ./build/build/package.js







/** Where urunc looks for its configuration when the runtime does not pass annotations through. */
const URUNC_JSON_PATH = '/urunc.json';
const URUNC_PREFIX = 'com.urunc.unikernel.';
/**
 * The OCI standard annotations every manifest and the index carry, from the sources alone: where they
 * are, which commit, and SOURCE_DATE_EPOCH. Nothing from the tags, the event or the repository's
 * metadata (description, licence) — so one commit gives one digest whatever it is tagged.
 */
function standardAnnotations(epochSeconds, source) {
    const annotations = { [image_spec/* ANNOTATION_CREATED */.H]: (0,image_writer/* epochToRfc3339 */.Ew)(epochSeconds) };
    if (source.source)
        annotations[image_spec/* ANNOTATION_SOURCE */.KM] = source.source;
    if (source.revision)
        annotations[image_spec/* ANNOTATION_REVISION */.qK] = source.revision;
    return annotations;
}
/** What a user-given version annotation means for the digest, said where the user will read it; undefined without one. */
function versionNote(labels) {
    const version = labels[image_spec/* ANNOTATION_VERSION */.Rp];
    if (version === undefined)
        return undefined;
    return `labels set ${image_spec/* ANNOTATION_VERSION */.Rp}=${version}: the digest is tied to that version (the same sources labelled with another version give another digest)`;
}
/** `/unikernel/unikernel.json` for one target, checked by the same parser `boot` reads it with. */
function buildDescriptor(facts) {
    const { adapter, target, artifacts } = facts;
    const hints = adapter.bootHints(target);
    const vmm = (0,drivers/* vmmOfPlatform */.py)(target.platform);
    const memory = facts.memory ?? hints.memory;
    const descriptor = {
        version: 1,
        toolchain: adapter.name,
        platform: target.platform,
        ...(vmm ? { vmm } : {}),
        arch: target.arch,
        kernel: unikernel_descriptor/* DEFAULT_KERNEL_PATH */.ii,
        ...(artifacts.initrd ? { initrd: unikernel_descriptor/* DEFAULT_INITRD_PATH */.tD } : {}),
        ...(facts.cmdline !== undefined ? { cmdline: facts.cmdline } : {}),
        ...(memory ? { memory } : {}),
        ...(hints.expect?.length ? { expect: hints.expect } : {})
    };
    (0,unikernel_descriptor/* parseDescriptor */.BA)(JSON.parse(JSON.stringify(descriptor)), `the descriptor built for ${(0,build_options/* formatTarget */.P4)(target)}`);
    return descriptor;
}
/**
 * urunc's annotations for one target: its type, hypervisor (where urunc has one for the platform),
 * binary, cmdline and initrd. A `com.urunc.unikernel.*` label overrides or adds to them.
 */
function uruncAnnotations(facts) {
    const annotations = { [image_spec/* URUNC_ANNOTATIONS */.Fj.unikernelType]: facts.adapter.uruncType };
    const hypervisor = (0,oci_urunc/* uruncHypervisorOf */.W9)(facts.target.platform);
    if (hypervisor)
        annotations[image_spec/* URUNC_ANNOTATIONS */.Fj.hypervisor] = hypervisor;
    if (facts.artifacts.unikernelVersion)
        annotations[image_spec/* URUNC_ANNOTATIONS */.Fj.unikernelVersion] = facts.artifacts.unikernelVersion;
    annotations[image_spec/* URUNC_ANNOTATIONS */.Fj.binary] = unikernel_descriptor/* DEFAULT_KERNEL_PATH */.ii;
    annotations[image_spec/* URUNC_ANNOTATIONS */.Fj.cmdline] = facts.cmdline ?? '';
    if (facts.artifacts.initrd)
        annotations[image_spec/* URUNC_ANNOTATIONS */.Fj.initrd] = unikernel_descriptor/* DEFAULT_INITRD_PATH */.tD;
    for (const [key, value] of Object.entries(facts.labels))
        if (key.startsWith(URUNC_PREFIX))
            annotations[key] = value;
    return annotations;
}
/** `/urunc.json`: the same keys as the annotations, each value base64-encoded (urunc docs/package). */
function uruncJson(annotations) {
    const encoded = Object.entries(annotations)
        .filter(([key]) => key.startsWith(URUNC_PREFIX))
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([key, value]) => [key, Buffer.from(value, 'utf8').toString('base64')]);
    return `${JSON.stringify(Object.fromEntries(encoded), null, 2)}\n`;
}
/** Everything one target's image holds, read from the (snapshotted) artifacts. */
async function imageForTarget(facts) {
    const descriptor = buildDescriptor(facts);
    const urunc = uruncAnnotations(facts);
    const files = [
        { path: unikernel_descriptor/* DEFAULT_KERNEL_PATH */.ii.slice(1), content: await (0,promises_.readFile)(facts.artifacts.kernel) },
        { path: unikernel_descriptor/* DESCRIPTOR_PATH */.MU.slice(1), content: Buffer.from(`${JSON.stringify(descriptor, null, 2)}\n`) },
        { path: URUNC_JSON_PATH.slice(1), content: Buffer.from(uruncJson(urunc)) }
    ];
    if (facts.artifacts.initrd)
        files.push({ path: unikernel_descriptor/* DEFAULT_INITRD_PATH */.tD.slice(1), content: await (0,promises_.readFile)(facts.artifacts.initrd) });
    const image = {
        arch: facts.target.arch,
        files,
        annotations: { ...facts.standard, ...facts.labels, ...urunc },
        labels: { ...facts.labels },
        createdBy: `unikernel-actions build: ${facts.adapter.name} ${(0,build_options/* formatTarget */.P4)(facts.target)}`
    };
    return { image, descriptor };
}

// EXTERNAL MODULE: ./build/build/source.js
var build_source = __webpack_require__(48130);
// EXTERNAL MODULE: ./build/toolchains/nanos.js
var nanos = __webpack_require__(6346);
// EXTERNAL MODULE: ./build/toolchains/unikraft.js
var unikraft = __webpack_require__(15289);
// EXTERNAL MODULE: ./build/build/sbom.js
var sbom = __webpack_require__(98802);
;// CONCATENATED MODULE: ./build/build/sbom-components.js
/**
 * What went into a kernel, per toolchain, as far as the toolchain's own files tell: for Unikraft the
 * libraries enabled in `.config` and declared in the Kraftfile (with versions and checked-out
 * commits), for Nanos the ops config's program and klibs, for Mirage the opam switch's packages, for
 * every project its git commit. Nothing is guessed: what a file does not say is left out.
 */











const commandOutput = (argv, options) => new Promise((done) => {
    const [command, ...args] = argv;
    (0,external_node_child_process_.execFile)(command, args, { cwd: options.cwd, env: options.env, encoding: 'utf8', maxBuffer: 32 * 1024 * 1024, timeout: 120_000 }, (error, stdout) => done(error ? undefined : stdout));
});
/** The components of one target's kernel, in a stable order. */
async function sbomComponents(context) {
    const components = [];
    if (context.source?.revision) {
        // The user's own command tells nothing of what went in: the tracked files it built from say it.
        const files = context.hashSources ? await sourceTreeFiles(context.projectDir) : undefined;
        components.push({
            ...(files ? { files } : {}),
            name: (0,external_node_path_.basename)(context.projectDir),
            version: context.source.revision,
            downloadLocation: (0,sbom/* vcsLocation */.y0)(context.source.url, context.source.revision),
            purpose: 'SOURCE',
            relation: 'source',
            from: 'the project’s git commit'
        });
    }
    const reader = COMPONENT_READERS[context.toolchain];
    if (reader)
        components.push(...(await reader(context)));
    return components;
}
// ------------------------------------------------------------------------------------------- Unikraft
/**
 * Libraries switched on in a Kconfig `.config`: `CONFIG_LIB<NAME>=y`, less the options of another
 * enabled library (`CONFIG_LIBUKDEBUG_PRINTK` belongs to `CONFIG_LIBUKDEBUG`). Names as Unikraft
 * spells them: lower case, `_` → `-` (`LIBPOSIX_PROCESS` → `posix-process`).
 */
function configLibraries(config) {
    const symbols = [...config.matchAll(/^CONFIG_LIB([A-Z0-9_]+)=y\s*$/gm)].map((m) => m[1]);
    const enabled = new Set(symbols);
    const isOption = (symbol) => symbol.split('_').some((_, i, parts) => i > 0 && enabled.has(parts.slice(0, i).join('_')));
    return [...new Set(symbols.filter((symbol) => !isOption(symbol)).map(libraryKey))].sort();
}
function libraryKey(name) {
    return name.toLowerCase().replaceAll('_', '-');
}
/** The commit of a git checkout that is its own repository (kraft clones each library so), else undefined. */
async function checkoutCommit(dir) {
    const marker = await (0,promises_.readFile)((0,external_node_path_.join)(dir, '.git')).then(() => true, (error) => error.code === 'EISDIR');
    if (!marker)
        return undefined;
    const commit = await (0,build_source/* gitOutput */.oM)(['rev-parse', 'HEAD'], dir);
    return commit && /^[0-9a-f]{40,64}$/.test(commit) ? commit : undefined;
}
function downloadOf(declared, commit) {
    if (!declared?.source)
        return sbom/* NOASSERTION */._f;
    return (0,sbom/* vcsLocation */.y0)(declared.source, commit);
}
/**
 * kraft keeps one `.config.<app>_<plat>-<arch>` per target (unikraft/target/target.go ConfigFilename;
 * `kvm` before Unikraft 0.16), make keeps `.config`.
 */
async function unikraftConfig(projectDir, target) {
    for (const plat of [target.platform, 'kvm']) {
        const matches = await (0,build_files/* globFiles */.CJ)(`.config.*_${plat}-${target.arch}`, projectDir);
        if (matches.length === 1)
            return (0,external_node_path_.basename)(matches[0]);
    }
    return (await (0,build_files/* isFile */.fo)((0,external_node_path_.join)(projectDir, '.config'))) ? '.config' : undefined;
}
async function unikraftComponents(context) {
    const { projectDir } = context;
    const found = context.kraftfile ? undefined : await (0,build_files/* firstFile */.FX)(projectDir, unikraft/* KRAFTFILES */.Uv);
    const kraftfilePath = context.kraftfile ?? (found ? (0,external_node_path_.join)(projectDir, found) : undefined);
    const kraftfile = kraftfilePath
        ? await (0,toolchains_kraftfile/* kraftfileComponents */.P0)((await (0,build_files/* readTextIfPresent */.Ge)(kraftfilePath)) ?? '')
        : { libraries: new Map() };
    const configName = await unikraftConfig(projectDir, context.target);
    const enabled = configName ? configLibraries((await (0,build_files/* readTextIfPresent */.Ge)((0,external_node_path_.join)(projectDir, configName))) ?? '') : [];
    const components = [];
    const coreCommit = (await checkoutCommit((0,external_node_path_.join)(projectDir, '.unikraft', 'unikraft'))) ?? (await checkoutCommit((0,external_node_path_.join)(projectDir, 'workdir', 'unikraft')));
    const coreVersion = (await (0,unikraft/* unikraftCoreVersion */.qz)(projectDir)) ?? kraftfile.core?.version;
    if (coreVersion || coreCommit || kraftfile.core) {
        components.push({
            name: 'unikraft',
            ...(coreVersion ? { version: coreVersion } : coreCommit ? { version: coreCommit } : {}),
            downloadLocation: downloadOf(kraftfile.core, coreCommit),
            purpose: 'OPERATING-SYSTEM',
            relation: 'contains',
            from: [
                kraftfile.core ? 'Kraftfile `unikraft`' : undefined,
                coreVersion ? 'version.mk' : undefined,
                coreCommit ? `its git checkout (commit ${coreCommit})` : undefined
            ]
                .filter(Boolean)
                .join(', ')
        });
    }
    const declaredByKey = new Map([...kraftfile.libraries].map(([name, value]) => [libraryKey(name), { name, value }]));
    const names = [...new Set([...enabled, ...declaredByKey.keys()])].sort();
    for (const key of names) {
        const declared = declaredByKey.get(key);
        const name = declared?.name ?? key;
        let checkout;
        let commit;
        // A name is one path component: a Kraftfile cannot point the lookup elsewhere.
        const checkouts = /^[\w.-]+$/.test(name) && !/^\.+$/.test(name) ? [`.unikraft/libs/${name}`, `workdir/libs/${name}`] : [];
        for (const dir of checkouts) {
            commit = await checkoutCommit((0,external_node_path_.join)(projectDir, dir));
            if (commit) {
                checkout = dir;
                break;
            }
        }
        // The checked-out commit is what was built; a Kraftfile version (`stable`) names a channel, kept in the comment.
        const version = commit ?? declared?.value.version;
        const from = [
            enabled.includes(key) ? (configName ?? '.config') : undefined,
            declared ? `Kraftfile \`libraries\`${declared.value.version ? ` (version ${declared.value.version})` : ''}` : undefined,
            checkout ? `its git checkout ${checkout}` : undefined
        ];
        components.push({
            name: `lib-${name}`,
            ...(version ? { version } : {}),
            downloadLocation: downloadOf(declared?.value, commit),
            purpose: 'LIBRARY',
            relation: 'contains',
            from: from.filter(Boolean).join(', ')
        });
    }
    return components;
}
// ---------------------------------------------------------------------------------------------- Nanos
async function nanosComponents(context) {
    const text = await (0,build_files/* readTextIfPresent */.Ge)((0,external_node_path_.join)(context.projectDir, 'config.json'));
    let config = {};
    try {
        const parsed = JSON.parse(text ?? '{}');
        if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed))
            config = parsed;
    }
    catch {
        return [];
    }
    const components = [];
    // The Nanos release ops builds with: the config's NanosVersion, else the one ops' latest.txt names (lepton/const.go).
    const nanosVersion = typeof config.NanosVersion === 'string' && config.NanosVersion !== ''
        ? config.NanosVersion
        : (await (0,build_files/* readTextIfPresent */.Ge)((0,external_node_path_.join)((0,nanos/* opsHome */.oF)(context.env), 'latest.txt')))?.trim() || undefined;
    components.push({
        name: 'nanos',
        ...(nanosVersion ? { version: nanosVersion } : {}),
        downloadLocation: sbom/* NOASSERTION */._f,
        purpose: 'OPERATING-SYSTEM',
        relation: 'contains',
        from: nanosVersion ? (config.NanosVersion ? 'config.json `NanosVersion`' : 'ops’ latest.txt') : 'the ops build (version not recorded)'
    });
    if (typeof config.Program === 'string' && config.Program !== '') {
        const program = (0,external_node_path_.resolve)(context.projectDir, config.Program);
        const checksums = (await (0,build_files/* isFile */.fo)(program))
            ? [
                {
                    algorithm: 'SHA256',
                    checksumValue: (0,external_node_crypto_.createHash)('sha256')
                        .update(await (0,promises_.readFile)(program))
                        .digest('hex')
                }
            ]
            : [];
        components.push({
            name: config.Program,
            downloadLocation: sbom/* NOASSERTION */._f,
            purpose: 'APPLICATION',
            relation: 'contains',
            ...(checksums.length ? { checksums } : {}),
            from: 'config.json `Program`'
        });
    }
    const klibs = Array.isArray(config.Klibs) ? config.Klibs.filter((k) => typeof k === 'string' && k !== '') : [];
    for (const klib of [...new Set(klibs)].sort()) {
        components.push({
            name: `klib-${klib}`,
            ...(nanosVersion ? { version: nanosVersion } : {}),
            downloadLocation: sbom/* NOASSERTION */._f,
            purpose: 'LIBRARY',
            relation: 'contains',
            from: 'config.json `Klibs` (shipped with the Nanos release)'
        });
    }
    return components;
}
// --------------------------------------------------------------------------------------------- Mirage
/**
 * `opam list --installed --columns=name,installed-version`: one `name version` per line after `#`
 * headers. (`opam list --json` writes only opam's command log, not the list: ocaml/opam#5645.)
 */
function parseOpamList(output) {
    const packages = [];
    for (const line of output.split('\n')) {
        if (line.startsWith('#'))
            continue;
        const [name, version, ...rest] = line.trim().split(/\s+/);
        if (!name || !version || rest.length > 0 || version === '--')
            continue;
        packages.push({ name, version });
    }
    return packages.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
async function mirageComponents(context) {
    // Without opam there is no switch to list: the SBOM then names the toolchain and the kernel only.
    const opam = (0,files/* findExecutable */.oq)('opam', context.env.PATH);
    if (!opam)
        return [];
    const output = await (context.run ?? commandOutput)([opam, 'list', '--installed', '--columns=name,installed-version', '--color=never'], {
        cwd: context.projectDir,
        env: context.env
    });
    if (output === undefined)
        return [];
    return parseOpamList(output).map(({ name, version }) => ({
        name,
        version,
        downloadLocation: sbom/* NOASSERTION */._f,
        purpose: 'LIBRARY',
        relation: 'build-dependency',
        from: 'the opam switch (opam list)'
    }));
}
// --------------------------------------------------------------------------------------------- Hermit
const CRATES_IO_INDEX = 'registry+https://github.com/rust-lang/crates.io-index';
/**
 * The `[[package]]` entries of a Cargo.lock (name, version, source, checksum of the .crate file): the
 * crates the build resolved. A line-based read of the format cargo writes, not a TOML parser.
 */
function parseCargoLock(text) {
    const packages = [];
    for (const block of text.split(/^\[\[package\]\]\s*$/m).slice(1)) {
        const field = (key) => new RegExp(`^${key}\\s*=\\s*"([^"]*)"\\s*$`, 'm').exec(block.split(/^\[/m)[0])?.[1];
        const name = field('name');
        const version = field('version');
        if (!name || !version)
            continue;
        const source = field('source');
        const checksum = field('checksum');
        packages.push({ name, version, ...(source ? { source } : {}), ...(checksum ? { checksum } : {}) });
    }
    return packages;
}
function crateLocation(name, version, source) {
    if (source === CRATES_IO_INDEX)
        return `https://crates.io/api/v1/crates/${name}/${version}/download`;
    // git+https://github.com/o/r?branch=x#<commit> → git+https://github.com/o/r@<commit>
    const git = source && /^git\+([^?#]+)(?:\?[^#]*)?#([0-9a-f]{7,64})$/.exec(source);
    return git ? (0,sbom/* vcsLocation */.y0)(git[1], git[2]) : sbom/* NOASSERTION */._f;
}
async function hermitComponents(context) {
    const lock = await (0,build_files/* readTextIfPresent */.Ge)((0,external_node_path_.join)(context.projectDir, 'Cargo.lock'));
    if (!lock)
        return [];
    return parseCargoLock(lock).map(({ name, version, source, checksum }) => ({
        name,
        version,
        downloadLocation: crateLocation(name, version, source),
        purpose: 'LIBRARY',
        relation: 'build-dependency',
        ...(checksum && /^[0-9a-f]{64}$/.test(checksum) ? { checksums: [{ algorithm: 'SHA256', checksumValue: checksum }] } : {}),
        from: source ? `Cargo.lock (${source.split('#')[0]})` : 'Cargo.lock (a path dependency)'
    }));
}
/** Per toolchain, what its own files tell of a kernel's contents (custom: only the commit and the files). */
const COMPONENT_READERS = {
    unikraft: unikraftComponents,
    nanos: nanosComponents,
    mirage: mirageComponents,
    hermit: hermitComponents
};
/** More tracked files than this, and the source tree is described by its commit alone. */
const SOURCE_FILES_LIMIT = 20_000;
/**
 * custom: the project's files git tracks, each hashed as it is in the working tree (what the user's
 * command built from); regular files only (a symlink is its target's business, a deleted file is none).
 * Undefined outside a git work tree, or past SOURCE_FILES_LIMIT files.
 */
async function sourceTreeFiles(projectDir) {
    const listed = await new Promise((resolve) => {
        (0,external_node_child_process_.execFile)('git', ['ls-files', '-z', '--cached', '--', '.'], { cwd: projectDir, encoding: 'utf8', maxBuffer: 64 << 20, env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' } }, (error, stdout) => resolve(error ? undefined : stdout));
    });
    if (listed === undefined)
        return undefined;
    const paths = [...new Set(listed.split('\0').filter(Boolean))].sort();
    if (paths.length > SOURCE_FILES_LIMIT)
        return undefined;
    const files = [];
    for (const path of paths) {
        const full = (0,external_node_path_.join)(projectDir, path);
        const info = await (0,promises_.lstat)(full).catch(() => undefined);
        if (!info?.isFile())
            continue;
        const content = await (0,promises_.readFile)(full);
        files.push({ path, sha1: (0,external_node_crypto_.createHash)('sha1').update(content).digest('hex'), sha256: (0,external_node_crypto_.createHash)('sha256').update(content).digest('hex') });
    }
    return files;
}

// EXTERNAL MODULE: ./build/build/tools.js
var build_tools = __webpack_require__(90332);
;// CONCATENATED MODULE: ./build/build/builder.js


















/**
 * `build`: resolve the project and toolchain → check everything that can be checked before running
 * anything → restore the cache → build each target → snapshot its artifacts → write the image layout.
 */
async function runBuild(options, context) {
    const { logger, env } = context;
    const cwd = context.cwd ?? process.cwd();
    const projectDir = await projectDirectory((0,external_node_path_.resolve)(cwd, options.path));
    const adapter = await resolveAdapter(options, projectDir);
    const kraftfile = await kraftfileInput(options.kraftfile, projectDir, context.workRoot);
    if (kraftfile && !adapter.kraftfiles)
        throw (0,errors/* inputError */.Xu)('kraftfile', `is for toolchain unikraft; ${adapter.name} reads no Kraftfile`);
    const { targets } = await buildTargets(options, adapter, projectDir, kraftfile, logger);
    checkInputsFit(adapter, options, targets);
    const layoutDir = await outputDirectory((0,external_node_path_.resolve)(cwd, options.output ?? (0,external_node_path_.join)(context.workRoot, 'oci')));
    const epoch = await (0,build_source/* resolveSourceDateEpoch */.BL)(options.sourceDateEpoch, env, projectDir, logger);
    const { tags, version } = await (0,build_source/* resolveTags */.yN)(options.tags, env, context.onGitHub, projectDir, logger);
    const source = await (0,build_source/* sourceAnnotations */.k_)(env, context.onGitHub, projectDir);
    const name = options.name ?? (0,external_node_path_.basename)(projectDir);
    logger.info(`Building ${projectDir} with ${adapter.name} for ${targets.map(build_options/* describeTarget */.ff).join(', ')}; ` +
        `image ${name}:${tags.join(', ')}; SOURCE_DATE_EPOCH ${epoch.epoch} (${epoch.from})`);
    const tools = (0,build_tools/* findTools */.f)(Object.keys(adapter.tools), env.PATH);
    const cacheDir = (0,external_node_path_.join)(context.workRoot, 'build-cache', adapter.name);
    const planned = [];
    for (const target of targets) {
        const request = {
            projectDir,
            target,
            cacheDir,
            env,
            tools,
            jobs: (0,external_node_os_.availableParallelism)(),
            command: options.command,
            kernel: options.kernel === undefined ? undefined : expandTarget(options.kernel, target),
            ...(kraftfile ? { kraftfile } : {}),
            ...(options.debug ? { debug: true } : {})
        };
        const rootfs = await rootfsRequest(adapter, options, request);
        if (rootfs)
            request.rootfs = rootfs;
        planned.push({ target, request, steps: await adapter.plan(request) });
    }
    const environment = adapter.environment ? await adapter.environment(planned[0].request) : { env: {}, notes: [] };
    const buildEnv = { ...env, ...environment.env, SOURCE_DATE_EPOCH: String(epoch.epoch) };
    for (const { steps } of planned)
        for (const step of steps)
            requireCommand(adapter, step, buildEnv.PATH);
    for (const note of environment.notes)
        logger.info(note);
    const rootfs = await prepareRootfs(adapter, planned, { env: buildEnv, epoch: epoch.epoch, projectDir, context });
    // Asked once: it keys the cache and goes into the SBOM.
    const versionArgv = adapter.versionArgv?.(tools);
    const toolVersion = versionArgv ? await firstOutputLine(versionArgv, { cwd: projectDir, env: buildEnv }) : undefined;
    const cacheHit = options.cache ? await restoreCache(adapter, options, targets, planned[0].request, toolVersion, context) : false;
    const keepDir = await (0,promises_.mkdtemp)((0,external_node_path_.join)(context.workRoot, 'build-'));
    const built = [];
    const started = external_node_perf_hooks_.performance.now();
    for (const target of planned) {
        const artifacts = await logger.group(`Build ${(0,build_options/* formatTarget */.P4)(target.target)} (${adapter.name})`, () => buildTarget(adapter, target, { env: buildEnv, initrd: options.initrd, rootfs, keepDir, logger }));
        built.push({ target: target.target, artifacts, components: await sbomComponents(sbomContext(adapter, target.request, buildEnv, source)) });
    }
    const buildTimeMs = Math.round(external_node_perf_hooks_.performance.now() - started);
    markBuildSucceeded(context.state);
    const note = versionNote(options.labels);
    if (note)
        logger.notice(note);
    const written = await logger.group(`Write the image to ${layoutDir}`, () => writeImage(adapter, built, { layoutDir, epoch: epoch.epoch, tags, source, options, logger }));
    const tool = versionArgv ? { tool: (0,external_node_path_.basename)(versionArgv[0]), version: (0,sbom/* toolVersionOf */.cZ)(toolVersion) } : {};
    await writeTargetSboms(adapter, built, written.targets, { name, epoch: epoch.epoch, source, keepDir, tool, logger });
    return {
        toolchain: adapter.name,
        uruncType: adapter.uruncType,
        name,
        tags,
        version,
        layoutDir,
        image: `oci:${layoutDir}:${tags[0]}`,
        digest: written.digest,
        targets: written.targets,
        cacheHit,
        buildTimeMs,
        sourceDateEpoch: epoch.epoch,
        ...(note ? { versionNote: note } : {}),
        ...(rootfs && rootfs.built.size > 0 ? { rootfs: [...new Set(rootfs.built.values())] } : {})
    };
}
function sbomContext(adapter, request, env, source) {
    return {
        toolchain: adapter.name,
        projectDir: request.projectDir,
        target: request.target,
        ...(request.kraftfile ? { kraftfile: request.kraftfile } : {}),
        env,
        source: { url: source.source, revision: source.revision },
        ...(adapter.runsUserCommand ? { hashSources: true } : {})
    };
}
/** One SPDX SBOM per target, next to its kept kernel under the job's directory (never in the image layout). */
async function writeTargetSboms(adapter, built, targets, facts) {
    const { tool: toolName, version } = facts.tool;
    for (const [i, { target, artifacts, components }] of built.entries()) {
        const document = await (0,sbom/* sbomDocument */.Ze)({
            name: facts.name,
            target: (0,build_options/* formatTarget */.P4)(target),
            toolchain: { name: adapter.name, ...(toolName ? { tool: toolName } : {}), ...(version ? { version } : {}) },
            kernel: artifacts.kernel,
            ...(artifacts.initrd ? { initrd: artifacts.initrd } : {}),
            epochSeconds: facts.epoch,
            components,
            source: { url: facts.source.source, revision: facts.source.revision }
        });
        const path = (0,external_node_path_.join)(facts.keepDir, `${target.platform}-${target.arch}`, sbom/* SBOM_FILE_NAME */.pP);
        await (0,sbom/* writeSbom */.Tz)(path, document);
        targets[i].sbom = { path, packages: document.packages.length };
        facts.logger.info(`SBOM ${(0,build_options/* formatTarget */.P4)(target)}: ${path} (${document.packages.length} packages, ${document.files.length} files)`);
    }
}
/** Runs one target's steps, finds what they built and keeps a copy (the next target may overwrite the build's own file). */
async function buildTarget(adapter, { target, request, steps }, options) {
    const env = { ...options.env, UNIKERNEL_PLATFORM: target.platform, UNIKERNEL_ARCH: target.arch };
    for (const step of steps)
        await runBuildStep(step, { cwd: (0,external_node_path_.resolve)(request.projectDir, step.cwd ?? '.'), env, logger: options.logger });
    // After the steps: the build command often puts the application into the root filesystem.
    const rootfs = await options.rootfs?.buildFor(target, request);
    const located = await adapter.locate(request);
    if (rootfs && located.initrd) {
        throw (0,errors/* inputError */.Xu)('rootfs', `cannot be used here: the ${(0,build_options/* formatTarget */.P4)(target)} build brings its own initrd (${located.initrd})`);
    }
    const initrd = rootfs?.file ?? (options.initrd === undefined ? located.initrd : await locateInitrd(options.initrd, target, request.projectDir, located));
    if (request.debug && !located.debugKernel)
        throw (0,errors/* inputError */.Xu)('debug', `is true but the ${(0,build_options/* formatTarget */.P4)(target)} build left no unstripped kernel`);
    const kept = await keepArtifacts({ kernel: located.kernel, ...(initrd ? { initrd } : {}), ...(request.debug && located.debugKernel ? { debugKernel: located.debugKernel } : {}) }, (0,external_node_path_.join)(options.keepDir, `${target.platform}-${target.arch}`));
    if (located.unikernelVersion)
        kept.unikernelVersion = located.unikernelVersion;
    if (located.cmdline !== undefined)
        kept.cmdline = located.cmdline;
    options.logger.info(`Kernel: ${located.kernel} (${(await (0,promises_.stat)(kept.kernel)).size} bytes)${initrd ? `; initrd: ${initrd}` : ''}` +
        `${kept.debugKernel ? `; debug kernel: ${located.debugKernel} (kept apart, not in the image)` : ''}`);
    return kept;
}
/** One image per target in one index, tagged; the descriptors and manifest digests per target. */
async function writeImage(adapter, built, facts) {
    const { options } = facts;
    const standard = standardAnnotations(facts.epoch, facts.source);
    const images = [];
    const descriptors = [];
    for (const { target, artifacts } of built) {
        const { image, descriptor } = await imageForTarget({
            adapter,
            target,
            artifacts,
            // The `cmdline` input wins over the command line the project declares (a Kraftfile's `cmd`).
            cmdline: options.cmdline ?? artifacts.cmdline,
            memory: options.memory,
            labels: options.labels,
            standard
        });
        images.push(image);
        descriptors.push(descriptor);
    }
    const written = await (0,image_writer/* writeImageIndex */.BR)(facts.layoutDir, images, {
        epochSeconds: facts.epoch,
        tags: facts.tags,
        annotations: { ...standard, ...options.labels }
    });
    const targets = built.map(({ target, artifacts }, i) => ({
        target: (0,build_options/* formatTarget */.P4)(target),
        platform: written.images[i].manifest.platform,
        kernel: artifacts.kernel,
        ...(artifacts.initrd ? { initrd: artifacts.initrd } : {}),
        ...(artifacts.debugKernel ? { debugKernel: artifacts.debugKernel } : {}),
        manifestDigest: written.images[i].manifest.digest,
        descriptor: descriptors[i]
    }));
    warnSharedArchitectures(targets, facts.logger);
    facts.logger.info(`Image index ${written.index.digest}, tagged ${facts.tags.join(', ')}`);
    return { digest: written.index.digest, targets };
}
async function restoreCache(adapter, options, targets, request, toolVersion, context) {
    return context.logger.group('Restore the build cache', async () => {
        let plan;
        try {
            plan = await planBuildCache({
                toolchain: adapter.name,
                targets,
                spec: adapter.cache(request),
                projectDir: request.projectDir,
                extraPaths: options.cachePaths.map((path) => (0,external_node_path_.resolve)(request.projectDir, path)),
                cacheKey: options.cacheKey,
                toolVersion,
                // An inline Kraftfile lives outside the project's key files: its text keys the cache instead.
                inputs: { command: options.command, kernel: options.kernel, ...(options.kraftfile !== undefined ? { kraftfile: options.kraftfile } : {}) }
            });
        }
        catch (error) {
            context.logger.warning(`Build cache: cannot compute the cache key, building without the cache: ${(0,errors/* errorMessage */.gJ)(error)}`);
            return false;
        }
        return (await restoreBuildCache(plan, context)) === plan.key;
    });
}
async function projectDirectory(dir) {
    const info = await (0,promises_.stat)(dir).catch(() => undefined);
    if (!info?.isDirectory())
        throw (0,errors/* inputError */.Xu)('path', `${dir} is not a directory`);
    return dir;
}
/** The toolchain input, else the one project kind found (`command` alone means custom). */
async function resolveAdapter(options, projectDir) {
    if (options.toolchain !== 'auto')
        return (0,catalog/* buildAdapter */.y5)(options.toolchain);
    // A Kraftfile given as an input is a Unikraft build, whatever the directory holds.
    const kraftBuilder = catalog/* BUILD_ADAPTERS */.iG.find((adapter) => adapter.kraftfiles);
    if (options.kraftfile !== undefined && kraftBuilder)
        return kraftBuilder;
    const found = [];
    for (const adapter of catalog/* BUILD_ADAPTERS */.iG)
        if (await adapter.detect(projectDir))
            found.push(adapter);
    if (found.length === 1)
        return found[0];
    if (found.length > 1) {
        throw (0,errors/* inputError */.Xu)('toolchain', `auto found several toolchains in ${projectDir}: ${found.map((a) => `${a.name} (${a.detectsBy})`).join('; ')}; choose one`);
    }
    if (options.command !== undefined)
        return catalog/* COMMAND_BUILD_ADAPTER */.JI;
    const lookedFor = catalog/* BUILD_ADAPTERS */.iG.filter((a) => !a.runsUserCommand).map((a) => `${a.detectsBy} (${a.name})`);
    throw (0,errors/* inputError */.Xu)('toolchain', `auto found no toolchain in ${projectDir}: it looked for ${lookedFor.join('; ')}. For any other build, ` +
        `give \`command\` and \`kernel\` (toolchain custom)`);
}
function checkInputsFit(adapter, options, targets) {
    if (adapter.runsUserCommand) {
        if (options.command === undefined)
            throw (0,errors/* inputError */.Xu)('command', 'is required for toolchain custom: the shell command that builds the kernel');
        if (options.kernel === undefined)
            throw (0,errors/* inputError */.Xu)('kernel', 'is required for toolchain custom: the path or glob of the kernel the command builds');
    }
    else {
        if (options.command !== undefined)
            throw (0,errors/* inputError */.Xu)('command', `is for toolchain custom only; ${adapter.name} builds with its own tool`);
        if (options.kernel !== undefined)
            throw (0,errors/* inputError */.Xu)('kernel', `is for toolchain custom only; ${adapter.name} knows where its kernel lands`);
    }
    for (const target of targets) {
        if (!adapter.platforms.includes(target.platform)) {
            throw (0,errors/* inputError */.Xu)('target', `toolchain ${adapter.name} cannot build for ${target.platform} (it builds ${adapter.platforms.join(', ')})`);
        }
    }
}
/** The layout directory: missing, empty, or already a layout — never someone's other files. */
async function outputDirectory(dir) {
    if (dir.includes(':'))
        throw (0,errors/* inputError */.Xu)('output', `${dir} contains ':', which an oci:<dir>:<tag> reference cannot name`);
    const entries = await (0,promises_.readdir)(dir).catch((error) => {
        if (error.code === 'ENOENT')
            return [];
        if (error.code === 'ENOTDIR')
            throw (0,errors/* inputError */.Xu)('output', `${dir} is a file, not a directory`);
        throw error;
    });
    if (entries.length > 0 && !entries.includes('oci-layout')) {
        throw (0,errors/* inputError */.Xu)('output', `${dir} is a non-empty directory but not an OCI image layout (no oci-layout file); choose an empty or new directory`);
    }
    await (0,promises_.mkdir)(dir, { recursive: true });
    return dir;
}
function expandTarget(pattern, target) {
    return pattern.replaceAll('{platform}', target.platform).replaceAll('{arch}', target.arch);
}
function requireCommand(adapter, step, pathVariable) {
    const command = step.argv[0];
    if ((0,build_tools/* findExecutable */.o)(command, pathVariable))
        return;
    const hint = adapter.tools[command];
    throw new errors/* ConfigurationError */.j1(`toolchain ${adapter.name}: \`${command}\` is not on PATH${hint ? `: ${hint}` : ''}`);
}
/** The `rootfs` input, else the root filesystem the project declares; undefined when there is neither. */
async function rootfsRequest(adapter, options, request) {
    if (options.rootfs !== undefined && options.initrd !== undefined) {
        throw (0,errors/* inputError */.Xu)('rootfs', 'cannot be combined with `initrd`: the root filesystem becomes the initrd; give one of `rootfs` and `initrd`');
    }
    const given = options.rootfsFormat === undefined ? {} : { formatGiven: true };
    if (options.rootfs !== undefined)
        return { source: options.rootfs, format: options.rootfsFormat ?? 'cpio', from: 'rootfs', ...given };
    // An `initrd` input replaces what the project declares.
    const declared = options.initrd === undefined ? await adapter.declaredRootfs?.(request) : undefined;
    if (declared === undefined)
        return undefined;
    return { source: declared.source, format: options.rootfsFormat ?? declared.format ?? 'cpio', from: 'Kraftfile', ...given };
}
/**
 * For every target whose toolchain does not build its root filesystem itself: checks the source and the
 * tools now, before any step runs; builds it after that target's steps (a directory once per
 * architecture, since the steps may have put arch-specific files into it; a Dockerfile or an image once
 * per architecture). Undefined when no target needs one.
 */
async function prepareRootfs(adapter, planned, facts) {
    const ours = planned.filter(({ request }) => request.rootfs && !adapter.buildsRootfs?.(request));
    if (ours.length === 0)
        return undefined;
    const { logger } = facts.context;
    await (0,promises_.mkdir)(facts.context.workRoot, { recursive: true });
    const workDir = await (0,promises_.mkdtemp)((0,external_node_path_.join)(facts.context.workRoot, 'rootfs-'));
    const builder = new RootfsBuilder({ projectDir: facts.projectDir, workDir, env: facts.env, logger, epoch: facts.epoch });
    for (const { request } of ours)
        await builder.check(request.rootfs);
    const built = new Map();
    return {
        built,
        async buildFor(target, request) {
            if (!ours.some((planned) => planned.target === target))
                return undefined;
            const rootfs = await builder.build(request.rootfs, target.arch);
            built.set(target, rootfs);
            return rootfs;
        }
    };
}
async function locateInitrd(pattern, target, projectDir, located) {
    if (located.initrd) {
        throw (0,errors/* inputError */.Xu)('initrd', `cannot be used here: the ${(0,build_options/* formatTarget */.P4)(target)} build brings its own initrd (${located.initrd})`);
    }
    return (0,build_files/* findOneFile */.QB)(expandTarget(pattern, target), projectDir, (problem) => (0,errors/* inputError */.Xu)('initrd', problem));
}
/** Copies the artifacts under `dir`, so the next target's build cannot overwrite what this one produced. */
async function keepArtifacts(artifacts, dir) {
    await (0,promises_.mkdir)(dir, { recursive: true });
    const kernel = (0,external_node_path_.join)(dir, 'kernel');
    await (0,promises_.copyFile)(artifacts.kernel, kernel);
    const kept = { kernel };
    if (artifacts.initrd) {
        kept.initrd = (0,external_node_path_.join)(dir, 'initrd');
        await (0,promises_.copyFile)(artifacts.initrd, kept.initrd);
    }
    if (artifacts.debugKernel) {
        kept.debugKernel = (0,external_node_path_.join)(dir, 'kernel.dbg');
        await (0,promises_.copyFile)(artifacts.debugKernel, kept.debugKernel);
    }
    return kept;
}
function warnSharedArchitectures(targets, logger) {
    const seen = new Map();
    for (const { target, platform } of targets) {
        const first = seen.get(platform.architecture);
        if (first)
            logger.warning(`${first} and ${target} are both linux/${platform.architecture} in one index: Docker, containerd and boot pick ${first}`);
        else
            seen.set(platform.architecture, target);
    }
}

// EXTERNAL MODULE: ./build/build/tag-rules.js
var tag_rules = __webpack_require__(88789);
// EXTERNAL MODULE: ./build/report/markdown.js
var markdown = __webpack_require__(34902);
;// CONCATENATED MODULE: ./build/build/summary.js


/** Which runtimes can start the image: `boot` always; urunc only for the types and monitors its release knows. */
function runtimesOf(uruncType, platform) {
    const urunc = (0,oci_urunc/* uruncRuns */.sn)(uruncType, platform);
    return urunc.runs ? `boot; urunc ${oci_urunc/* URUNC_RELEASE */.uW} (containerd)` : `boot; not urunc (${urunc.why})`;
}
/** The build step's job summary: what was built, where the image is, and whether the cache helped. */
function buildSummaryMarkdown(result) {
    const parts = [
        `### 📦 Built ${(0,markdown/* escapeHtml */.ZD)(result.name)} with ${result.toolchain}`,
        '',
        (0,markdown/* table */.tp)(['target', 'platform', 'manifest', 'kernel', 'runs under'], result.targets.map((t) => [
            t.target,
            `${t.platform.os}/${t.platform.architecture}`,
            `\`${t.manifestDigest}\``,
            `\`${(0,markdown/* escapeHtml */.ZD)(t.kernel)}\``,
            (0,markdown/* escapeHtml */.ZD)(runtimesOf(result.uruncType, t.descriptor.platform))
        ])),
        '',
        (0,markdown/* table */.tp)(['image', 'index digest', 'tags', 'build time', 'cache'], [[`\`${(0,markdown/* escapeHtml */.ZD)(result.image)}\``, `\`${result.digest}\``, result.tags.join(', '), `${result.buildTimeMs} ms`, result.cacheHit ? 'hit' : 'miss']]),
        '',
        `Timestamps come from SOURCE_DATE_EPOCH ${result.sourceDateEpoch}; tags are not in the image: the same commit gives the same digest, ` +
            'whatever it is tagged and whichever event built it.'
    ];
    const sboms = result.targets.filter((t) => t.sbom);
    if (sboms.length > 0)
        parts.push('', ...sboms.map((t) => `- SBOM ${t.target}: \`${(0,markdown/* escapeHtml */.ZD)(t.sbom.path)}\` (SPDX 2.3, ${t.sbom.packages} packages)`));
    if (result.versionNote)
        parts.push('', `⚠️ ${(0,markdown/* escapeHtml */.ZD)(result.versionNote)}.`);
    for (const rootfs of result.rootfs ?? []) {
        parts.push('', `Root filesystem \`${(0,markdown/* escapeHtml */.ZD)(rootfs.source)}\`${rootfs.arch ? ` (${rootfs.arch})` : ''}: ${rootfs.format}, ${rootfs.entries} entries, ` +
            `${rootfs.bytes} bytes, the targets' initrd.`);
    }
    return parts.join('\n') + '\n';
}

// EXTERNAL MODULE: ./build/runtime/units.js
var units = __webpack_require__(50200);
// EXTERNAL MODULE: ./build/toolchains/types.js
var types = __webpack_require__(30364);
;// CONCATENATED MODULE: ./build/actions/build.js









/** Every input of `build`, as in its action.yml (the CLI accepts exactly these as flags). */
const BUILD_INPUTS = [
    'toolchain',
    'path',
    'target',
    'command',
    'kernel',
    'initrd',
    'rootfs',
    'rootfs-format',
    'kraftfile',
    'debug',
    'cmdline',
    'memory',
    'name',
    'tags',
    'flavor',
    'labels',
    'output',
    'cache',
    'cache-key',
    'cache-paths',
    'source-date-epoch'
];
function readBuildOptions(inputs) {
    const memory = inputs.optional('memory');
    if (memory)
        (0,units/* parseMemoryMiB */.lk)('memory', memory);
    const epoch = inputs.optional('source-date-epoch');
    return {
        toolchain: inputs.choice('toolchain', ['auto', ...types/* BUILD_TOOLCHAIN_NAMES */.a2], 'auto'),
        path: inputs.optional('path') ?? '.',
        targets: (0,build_options/* parseTargets */.Sx)('target', inputs.list('target').length ? inputs.list('target') : ['qemu/x86_64']),
        // The command is a script: kept whole, newlines and all.
        command: inputs.optional('command'),
        kernel: inputs.optional('kernel'),
        initrd: inputs.optional('initrd'),
        rootfs: inputs.optional('rootfs'),
        rootfsFormat: inputs.optional('rootfs-format') === undefined ? undefined : inputs.choice('rootfs-format', types/* ROOTFS_FORMATS */.Ny, 'cpio'),
        // Inline YAML keeps its newlines; a path is trimmed.
        kraftfile: inputs.optional('kraftfile'),
        debug: inputs.boolean('debug', false),
        cmdline: inputs.optional('cmdline'),
        memory,
        name: inputs.optional('name'),
        tags: (0,build_options/* parseTags */.rL)('tags', inputs.list('tags', { newlineOnly: true }), (0,tag_rules/* parseFlavor */.wp)('flavor', inputs.list('flavor', { newlineOnly: true }))),
        labels: (0,build_options/* parseLabels */.Xy)('labels', inputs.list('labels', { newlineOnly: true })),
        output: inputs.optional('output'),
        cache: inputs.boolean('cache', true),
        cacheKey: (0,build_options/* parseCacheKey */.dU)('cache-key', inputs.optional('cache-key')),
        cachePaths: inputs.list('cache-paths'),
        sourceDateEpoch: epoch === undefined ? undefined : (0,build_options/* parseEpoch */.Pd)(epoch, (problem) => (0,errors/* inputError */.Xu)('source-date-epoch', problem))
    };
}
/** `build`: read inputs → build → outputs, summary, job state (the CLI, without a post step, saves the cache here). */
async function buildAction(context) {
    const options = readBuildOptions(context.inputs);
    const result = await runBuild(options, {
        logger: context.logger,
        env: context.env,
        workRoot: context.workRoot,
        onGitHub: context.onGitHub,
        state: context.state
    });
    const { outputs } = context;
    outputs.set('kernel', result.targets[0].kernel);
    if (result.targets[0].debugKernel)
        outputs.set('debug-kernel', result.targets[0].debugKernel);
    outputs.set('image', result.image);
    outputs.set('digest', result.digest);
    outputs.set('tags', result.tags.join('\n'));
    outputs.set('version', result.version);
    outputs.set('json', { tags: result.tags, version: result.version });
    outputs.set('sbom', result.targets[0].sbom?.path ?? '');
    outputs.set('targets', result.targets.map(({ target, kernel, debugKernel, manifestDigest, platform, sbom }) => ({
        target,
        kernel,
        ...(debugKernel ? { debugKernel } : {}),
        manifestDigest,
        platform,
        ...(sbom ? { sbom: sbom.path } : {})
    })));
    outputs.set('metadata', Object.fromEntries(result.targets.map(({ target, descriptor }) => [target, descriptor])));
    outputs.set('cache-hit', result.cacheHit);
    outputs.set('build-time-ms', result.buildTimeMs);
    // No `kernel` here on purpose: `boot` then boots the image, with the descriptor's hints as defaults.
    context.jobState.record('build', {
        image: result.image,
        digest: result.digest,
        name: result.name,
        tags: result.tags,
        toolchain: result.toolchain,
        ...(options.cmdline !== undefined ? { cmdline: options.cmdline } : {}),
        ...(result.targets[0].descriptor.memory ? { memory: result.targets[0].descriptor.memory } : {}),
        targets: result.targets.map(({ target, kernel, initrd, manifestDigest, sbom }) => ({
            target,
            kernel,
            ...(initrd ? { initrd } : {}),
            manifestDigest,
            ...(sbom ? { sbom: sbom.path } : {})
        }))
    });
    await uploadDebugKernels(context, result);
    await context.summary.write(buildSummaryMarkdown(result));
    if (!context.onGitHub)
        await saveBuildCache(context);
    return result;
}
/** The `debug` kernels as one workflow artifact where the artifact service exists (never inside the image). */
async function uploadDebugKernels(context, result) {
    const kept = result.targets.flatMap(({ debugKernel }) => (debugKernel ? [debugKernel] : []));
    if (kept.length === 0)
        return;
    if (!context.onGitHub || !context.env.ACTIONS_RUNTIME_TOKEN || !context.env.ACTIONS_RESULTS_URL) {
        context.logger.info(`Debug kernels (not in the image): ${kept.join(', ')}`);
        return;
    }
    try {
        const { DefaultArtifactClient } = await Promise.all(/* import() */[__webpack_require__.e(6752), __webpack_require__.e(3838), __webpack_require__.e(4942), __webpack_require__.e(2830), __webpack_require__.e(6350), __webpack_require__.e(4730), __webpack_require__.e(8275), __webpack_require__.e(7265)]).then(__webpack_require__.bind(__webpack_require__, 27265));
        // Each target's files sit in their own <platform>-<arch> directory under one root.
        const root = (0,external_node_path_.dirname)((0,external_node_path_.dirname)(kept[0]));
        const name = `debug-kernel-${context.env.GITHUB_JOB ?? 'build'}-${result.name}`.replace(/[^\w.-]/g, '-');
        const { id } = await new DefaultArtifactClient().uploadArtifact(name, kept, root, { retentionDays: 7 });
        context.logger.info(`Uploaded the debug kernels as artifact ${name} (id ${id})`);
    }
    catch (error) {
        context.logger.warning(`Could not upload the debug kernels: ${(0,errors/* errorMessage */.gJ)(error)}`);
    }
}
/** Post (post-if: always()): saves the build cache when the build itself succeeded. Reads saved state only. */
async function buildPost(context) {
    await saveBuildCache(context);
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

/***/ 92526:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   UnsafeArchiveError: () => (/* binding */ UnsafeArchiveError),
/* harmony export */   checkTarEntries: () => (/* binding */ checkTarEntries),
/* harmony export */   extractTarSafely: () => (/* binding */ extractTarSafely),
/* harmony export */   unpackTar: () => (/* binding */ unpackTar)
/* harmony export */ });
/* unused harmony export DEFAULT_EXPANSION_LIMITS */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(57075);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(46466);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(38522);
/* harmony import */ var tar__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(98697);
/* harmony import */ var _regular_file_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(18706);







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
const DEFAULT_EXPANSION_LIMITS = { ratio: 100, floor: 256 * 1024 * 1024, maxBytes: 8 * 1024 * 1024 * 1024 };
const GZIP_MAGIC = Buffer.from([0x1f, 0x8b]);
const ZSTD_MAGIC = Buffer.from([0x28, 0xb5, 0x2f, 0xfd]);
function formatSize(bytes) {
    return bytes >= 1024 * 1024 * 1024 ? `${+(bytes / 1024 ** 3).toFixed(1)} GiB` : `${+(bytes / 1024 ** 2).toFixed(1)} MiB`;
}
function expansionProblem(expanded, compressed, limits) {
    const overRatio = expanded > limits.floor && expanded > limits.ratio * compressed;
    if (!overRatio && expanded <= limits.maxBytes)
        return undefined;
    return (`it expands past ${formatSize(expanded)} from ${compressed} compressed bytes, beyond the decompression limits ` +
        `(at most ${limits.ratio} times its compressed size once past ${formatSize(limits.floor)}, and ${formatSize(limits.maxBytes)} in all)`);
}
/**
 * Feeds a regular file's bytes, decompressed here (gzip by its bytes, zstd by its bytes or by name) and
 * counted against the expansion limits, to a tar parser as plain tar; tar's own sniffing never sees a
 * compressed stream, so nothing expands uncounted. Resolves once the parser is done.
 */
async function feedTar(file, compression, limits, parser, size) {
    const { handle, size: actual } = await (0,_regular_file_js__WEBPACK_IMPORTED_MODULE_6__/* .openRegularFile */ .ZU)(file, { noFollow: true });
    try {
        if (size !== undefined && actual !== size)
            throw new Error(`${file} is ${actual} bytes, expected ${size}`);
        const magic = await (0,_regular_file_js__WEBPACK_IMPORTED_MODULE_6__/* .readRange */ .qX)(handle, 0, ZSTD_MAGIC.length);
        let decompressor = new node_stream__WEBPACK_IMPORTED_MODULE_2__.PassThrough();
        if (magic.subarray(0, GZIP_MAGIC.length).equals(GZIP_MAGIC))
            decompressor = (0,node_zlib__WEBPACK_IMPORTED_MODULE_4__.createGunzip)();
        else if (compression === 'zstd' || magic.equals(ZSTD_MAGIC))
            decompressor = (0,node_zlib__WEBPACK_IMPORTED_MODULE_4__.createZstdDecompress)();
        const done = new Promise((resolve, reject) => {
            parser.on('error', reject);
            parser.on('close', () => resolve());
        });
        // The parser may fail while a write waits for its drain: either settles the wait.
        done.catch(() => undefined);
        const write = (chunk) => parser.write(chunk) ? undefined : Promise.race([new Promise((resolve) => parser.once('drain', () => resolve())), done]);
        let expanded = 0;
        let head = Buffer.alloc(0);
        await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_3__.pipeline)(node_stream__WEBPACK_IMPORTED_MODULE_2__.Readable.from((0,_regular_file_js__WEBPACK_IMPORTED_MODULE_6__/* .readChunks */ .zO)(handle, 0, actual)), decompressor, async (chunks) => {
            for await (const chunk of chunks) {
                if (head.length < ZSTD_MAGIC.length) {
                    head = Buffer.concat([head, chunk]).subarray(0, ZSTD_MAGIC.length);
                    if (head.subarray(0, GZIP_MAGIC.length).equals(GZIP_MAGIC) || head.equals(ZSTD_MAGIC))
                        throw new UnsafeArchiveError('it is compressed twice over; a tar archive is compressed once');
                }
                expanded += chunk.length;
                const problem = expansionProblem(expanded, actual, limits);
                if (problem)
                    throw new UnsafeArchiveError(problem);
                await write(chunk);
            }
            parser.end();
            await done;
        });
    }
    finally {
        await handle.close();
    }
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
        const formatProblem = options.entryRule?.(parts, entry.type, entry.mode);
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
    await feedTar(file, options.compression, options.limits ?? DEFAULT_EXPANSION_LIMITS, (0,tar__WEBPACK_IMPORTED_MODULE_5__.list)({ strict: true, onReadEntry }), options.size);
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
/** This process's umask from /proc (reading it through process.umask() is deprecated); tar asks for it itself elsewhere. */
function processUmask() {
    try {
        const match = /^Umask:\s*([0-7]+)$/m.exec((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)('/proc/self/status', 'utf8'));
        return match ? parseInt(match[1], 8) : undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * Unpacks an archive that checkTarEntries accepted. tar's own guards stay on as a second line:
 * strict turns its skip-with-a-warning (`..`, absolute paths, writing through symlinks) into an error.
 * File modes are kept (executables stay executable), owners are not.
 */
async function unpackTar(file, destDir, options = {}) {
    const { compression, topLevel, size, limits, exactModes } = typeof options === 'string' ? { compression: options, topLevel: undefined, size: undefined, limits: undefined, exactModes: false } : options;
    const umask = exactModes ? processUmask() : undefined;
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(destDir, { recursive: true });
    const unpack = (0,tar__WEBPACK_IMPORTED_MODULE_5__.extract)({
        cwd: destDir,
        strict: true,
        preservePaths: false,
        preserveOwner: false,
        unlink: true,
        ...(exactModes ? { chmod: true, ...(umask === undefined ? {} : { processUmask: umask }) } : {}),
        ...(topLevel === undefined ? {} : { strip: 1, filter: (path) => path.replace(/^\.\//, '').split('/')[0] === topLevel })
    });
    await feedTar(file, compression, limits ?? DEFAULT_EXPANSION_LIMITS, unpack, size);
}
/** Checks, then unpacks: nothing is written unless every entry is safe. Returns the number of entries. */
async function extractTarSafely(file, destDir, options = {}) {
    const count = await checkTarEntries(file, options);
    await unpackTar(file, destDir, options);
    return count;
}


/***/ })

};
