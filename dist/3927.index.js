export const id = 3927;
export const ids = [3927,2526];
export const modules = {

/***/ 63927:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   extractBootImage: () => (/* binding */ extractBootImage)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(84704);
/* harmony import */ var _runtime_safe_extract_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(92526);
/* harmony import */ var _runtime_regular_file_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(18706);
/* harmony import */ var _platform_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7997);
/* harmony import */ var _unikernel_descriptor_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(33855);
/* harmony import */ var _layout_reader_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(84952);
/* harmony import */ var _image_spec_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(74891);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(20907);










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
    const image = (0,_reference_js__WEBPACK_IMPORTED_MODULE_8__/* .formatImageReference */ .my)(ref);
    const fail = (message) => (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_9__/* .inputError */ .Xu)(input, `image ${image}: ${message}`);
    const layout = await _layout_reader_js__WEBPACK_IMPORTED_MODULE_6__.OciLayout.open(input, ref.dir);
    const top = await layout.resolve(ref);
    const selected = await layout.selectManifest(top, arch);
    const { manifest } = selected;
    const manifestDigest = selected.descriptor.digest;
    if (!(0,_image_spec_js__WEBPACK_IMPORTED_MODULE_7__/* .isImageConfigMediaType */ .i8)(manifest.config.mediaType)) {
        throw fail(`manifest ${manifestDigest} is not a container image: its config media type is ${manifest.config.mediaType} (expected ${_image_spec_js__WEBPACK_IMPORTED_MODULE_7__/* .OCI_CONFIG */ .TF})`);
    }
    const config = await layout.readImageConfig(manifest.config);
    if (arch !== undefined && config.architecture !== (0,_platform_js__WEBPACK_IMPORTED_MODULE_4__/* .ociArchitecture */ .Jk)(arch)) {
        throw fail(`manifest ${manifestDigest} is for ${config.os}/${config.architecture}, not ${arch} (${(0,_platform_js__WEBPACK_IMPORTED_MODULE_4__/* .ociArchitecture */ .Jk)(arch)})`);
    }
    const imageArch = (0,_platform_js__WEBPACK_IMPORTED_MODULE_4__/* .archOfOciArchitecture */ .Qk)(config.architecture);
    if (manifest.layers.length === 0)
        throw fail(`manifest ${manifestDigest} has no layers`);
    await prepareDestination(destDir);
    const links = new Map();
    for (const layer of manifest.layers) {
        const compression = (0,_image_spec_js__WEBPACK_IMPORTED_MODULE_7__/* .layerCompression */ .AH)(layer.mediaType);
        if (compression === undefined)
            throw fail(`layer ${layer.digest} has media type ${layer.mediaType}, which is not a tar layer`);
        const file = await layout.verifyBlob(layer);
        try {
            await (0,_runtime_safe_extract_js__WEBPACK_IMPORTED_MODULE_2__.checkTarEntries)(file, { compression, links, rejectWhiteouts: true, within: 'the image', size: layer.size });
        }
        catch (error) {
            if (error instanceof _runtime_safe_extract_js__WEBPACK_IMPORTED_MODULE_2__.UnsafeArchiveError)
                throw fail(`layer ${layer.digest} is unsafe to extract, nothing was extracted from it: ${error.message}`);
            throw fail(`layer ${layer.digest} is not a readable tar archive: ${(0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_9__/* .errorMessage */ .gJ)(error)}`);
        }
        try {
            await (0,_runtime_safe_extract_js__WEBPACK_IMPORTED_MODULE_2__.unpackTar)(file, destDir, { compression, size: layer.size });
        }
        catch (error) {
            throw fail(`layer ${layer.digest} could not be extracted: ${(0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_9__/* .errorMessage */ .gJ)(error)}`);
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
    const descriptorFile = await locateInImage(destDir, _unikernel_descriptor_js__WEBPACK_IMPORTED_MODULE_5__/* .DESCRIPTOR_PATH */ .MU);
    if (descriptorFile !== undefined) {
        if ('problem' in descriptorFile)
            throw fail(`descriptor: ${descriptorFile.problem}`);
        const source = `image ${image}: ${_unikernel_descriptor_js__WEBPACK_IMPORTED_MODULE_5__/* .DESCRIPTOR_PATH */ .MU}`;
        let json;
        try {
            json = JSON.parse((await (0,_runtime_regular_file_js__WEBPACK_IMPORTED_MODULE_3__/* .readRegularFile */ .XF)(descriptorFile.path, _image_spec_js__WEBPACK_IMPORTED_MODULE_7__/* .MAX_DOCUMENT_SIZE */ .bJ)).toString('utf8'));
        }
        catch (error) {
            throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_9__/* .inputError */ .Xu)(input, `${source} is not valid JSON: ${(0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_9__/* .errorMessage */ .gJ)(error)}`);
        }
        try {
            descriptor = (0,_unikernel_descriptor_js__WEBPACK_IMPORTED_MODULE_5__/* .parseDescriptor */ .BA)(json, source);
        }
        catch (error) {
            if (error instanceof _runtime_errors_js__WEBPACK_IMPORTED_MODULE_9__/* .ConfigurationError */ .j1)
                throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_9__/* .inputError */ .Xu)(input, error.message);
            throw error;
        }
        if (imageArch !== undefined && descriptor.arch !== imageArch) {
            throw fail(`${_unikernel_descriptor_js__WEBPACK_IMPORTED_MODULE_5__/* .DESCRIPTOR_PATH */ .MU} says arch ${descriptor.arch}, but the image config says ${config.architecture}`);
        }
    }
    const kernel = await required(descriptor?.kernel ?? annotations[_image_spec_js__WEBPACK_IMPORTED_MODULE_7__/* .URUNC_ANNOTATIONS */ .Fj.binary] ?? _unikernel_descriptor_js__WEBPACK_IMPORTED_MODULE_5__/* .DEFAULT_KERNEL_PATH */ .ii, 'kernel');
    let initrd;
    const namedInitrd = descriptor?.initrd ?? annotations[_image_spec_js__WEBPACK_IMPORTED_MODULE_7__/* .URUNC_ANNOTATIONS */ .Fj.initrd];
    if (namedInitrd !== undefined) {
        initrd = await required(namedInitrd, 'initrd');
    }
    else {
        const found = await locateInImage(destDir, _unikernel_descriptor_js__WEBPACK_IMPORTED_MODULE_5__/* .DEFAULT_INITRD_PATH */ .tD);
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
    const toolchain = oneOf(fail, json, 'toolchain', _toolchains_types_js__WEBPACK_IMPORTED_MODULE_5__/* .TOOLCHAIN_NAMES */ .tP);
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
            (0,_runtime_units_js__WEBPACK_IMPORTED_MODULE_1__/* .parseMemoryMiB */ .lk)('memory', json.memory);
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
