export const id = 2526;
export const ids = [2526];
export const modules = {

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
