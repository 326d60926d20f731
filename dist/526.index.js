export const id = 526;
export const ids = [526];
export const modules = {

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
