export const id = 526;
export const ids = [526];
export const modules = {

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
