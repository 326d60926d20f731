export const id = 1024;
export const ids = [1024];
export const modules = {

/***/ 41024:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  actionsCacheService: () => (/* binding */ actionsCacheService),
  defaultLocalCacheRoot: () => (/* binding */ defaultLocalCacheRoot),
  hashFiles: () => (/* reexport */ hashFiles),
  selectCacheBackend: () => (/* binding */ selectCacheBackend)
});

// UNUSED EXPORTS: ActionsCacheBackend, LocalCacheBackend

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./build/runtime/errors.js
var errors = __webpack_require__(84704);
;// CONCATENATED MODULE: ./build/cache/actions-cache.js

/**
 * The GitHub Actions cache service through `@actions/cache`, which reads its configuration from
 * `process.env` (ACTIONS_RESULTS_URL, ACTIONS_RUNTIME_TOKEN, …) and archives paths relative to
 * GITHUB_WORKSPACE. The module (and Azure storage behind it) is loaded on first use only.
 *
 * `@actions/cache` already turns most failures into log lines of its own (`Failed to save: …`,
 * `Failed to restore: …`) and a miss; what it still throws (invalid keys, say) becomes a warning
 * here. The cache never fails a step.
 */
class ActionsCacheBackend {
    logger;
    kind = 'actions';
    constructor(logger) {
        this.logger = logger;
    }
    async restore(paths, key, restoreKeys) {
        try {
            const cache = await this.available();
            if (!cache)
                return undefined;
            const matched = await cache.restoreCache([...paths], key, [...restoreKeys]);
            // Hits are logged by @actions/cache itself ("Cache hit for: …"); a miss only at debug level.
            if (matched === undefined)
                this.logger.info(`Cache not found for key ${key}${restoreKeys.length ? ` or restore keys ${restoreKeys.join(', ')}` : ''}`);
            return matched;
        }
        catch (error) {
            this.logger.warning(`Failed to restore the cache: ${(0,errors/* errorMessage */.gJ)(error)}`);
            return undefined;
        }
    }
    async save(paths, key) {
        try {
            const cache = await this.available();
            if (!cache)
                return false;
            // -1 means @actions/cache did not save and has said why: the key exists (info), or a failure (warning).
            const id = await cache.saveCache([...paths], key);
            if (id === -1)
                return false;
            this.logger.info(`Cache saved with key ${key}`);
            return true;
        }
        catch (error) {
            this.logger.warning(`Failed to save the cache: ${(0,errors/* errorMessage */.gJ)(error)}`);
            return false;
        }
    }
    async available() {
        const cache = await Promise.all(/* import() */[__webpack_require__.e(6752), __webpack_require__.e(3838), __webpack_require__.e(4942), __webpack_require__.e(2088), __webpack_require__.e(2830), __webpack_require__.e(6350), __webpack_require__.e(4427), __webpack_require__.e(3186)]).then(__webpack_require__.bind(__webpack_require__, 3186));
        if (cache.isFeatureAvailable())
            return cache;
        this.logger.warning('The Actions cache service is not available to this step; caching is skipped');
        return undefined;
    }
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
;// CONCATENATED MODULE: ./build/cache/patterns.js


async function resolveCachePatterns(patterns, cwd, home = (0,external_node_os_.homedir)()) {
    const glob = await Promise.all(/* import() */[__webpack_require__.e(6752), __webpack_require__.e(3838), __webpack_require__.e(4942), __webpack_require__.e(4427)]).then(__webpack_require__.bind(__webpack_require__, 54427));
    const resolved = [];
    for (const pattern of patterns) {
        const { absolute, negated } = absolutePattern(pattern, cwd, home);
        const searchRoot = negated ? undefined : (await glob.create(absolute, { implicitDescendants: false })).getSearchPaths()[0];
        resolved.push({ pattern, absolute, negated, searchRoot });
    }
    return resolved;
}
function absolutePattern(pattern, cwd, home) {
    let rest = pattern.trim();
    let negations = 0;
    while (rest.startsWith('!')) {
        negations++;
        rest = rest.slice(1).trim();
    }
    if (rest === '')
        throw new Error(`cache path ${JSON.stringify(pattern)} is empty`);
    const relative = rest === '.' ? '' : rest.startsWith('./') ? rest.slice(2) : rest;
    const absolute = (0,external_node_path_.isAbsolute)(rest)
        ? rest
        : rest === '~' || rest.startsWith('~/')
            ? globEscape(home) + rest.slice(1)
            : globEscape(cwd) + (relative ? `/${relative}` : '');
    // @actions/glob flips the sense once per `!`.
    return { absolute: '!'.repeat(negations) + absolute, negated: negations % 2 === 1 };
}
/** Absolute paths matched by the patterns: files and directories, sorted, each at most once. */
async function matchCachePaths(patterns, options) {
    const glob = await Promise.all(/* import() */[__webpack_require__.e(6752), __webpack_require__.e(3838), __webpack_require__.e(4942), __webpack_require__.e(4427)]).then(__webpack_require__.bind(__webpack_require__, 54427));
    const globber = await glob.create(patterns.map((p) => p.absolute).join('\n'), { ...options, followSymbolicLinks: true });
    return [...new Set(await globber.glob())].sort(byCodeUnits);
}
/** Plain code-unit order: the same everywhere, whatever the locale. */
function byCodeUnits(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/** Escapes a literal path for use inside a glob pattern (the rules of `@actions/glob` on POSIX). */
function globEscape(path) {
    return path
        .replace(/\\/g, '\\\\')
        .replace(/(\[)(?=[^/]+\])/g, '[[]')
        .replace(/\?/g, '[?]')
        .replace(/\*/g, '[*]');
}

;// CONCATENATED MODULE: ./build/cache/local-cache.js






/**
 * The cache in a local directory, for the CLI and for self-hosted runners without the Actions cache
 * service, with the semantics of the service: an entry is (key, version) where the version hashes the
 * path patterns; a restore takes the exact key, else the key as a prefix, else each restore key as a
 * prefix, the most recently saved match winning; entries are immutable.
 *
 * Layout: `<root>/v1/<version>/<sha256(key)>.json` records an entry and names its archive, a gzip tar
 * beside it. The archive is renamed into place complete, and the record is created with link(2), which
 * fails when the key exists: that is the commit point, so a crashed or losing save leaves no entry.
 *
 * In the archive, whatever pattern `i` matched lies under `i/`, relative to the pattern's search root
 * (its literal directory), so relative patterns restore below the current directory and `~` below the
 * current home, as `@actions/cache` restores relative to the workspace. Restores extract each `i/`
 * into that root only: an entry can never land outside the paths that were asked for.
 */
class LocalCacheBackend {
    root;
    logger;
    kind = 'local';
    cwd;
    home;
    /** Relative paths resolve against `cwd` (default: the current directory), `~` against `home`. */
    constructor(root, logger, options = {}) {
        this.root = root;
        this.logger = logger;
        this.cwd = options.cwd ?? process.cwd();
        this.home = options.home ?? (0,external_node_os_.homedir)();
    }
    async restore(paths, key, restoreKeys) {
        try {
            checkCacheRequest(paths, [key, ...restoreKeys]);
            const dir = this.versionDir(paths);
            const record = selectCacheEntry(await readRecords(dir), key, restoreKeys);
            if (!record) {
                this.logger.info(`Cache not found for key ${key}${restoreKeys.length ? ` or restore keys ${restoreKeys.join(', ')}` : ''}`);
                return undefined;
            }
            this.logger.info(record.key === key ? `Cache hit for: ${key}` : `Cache hit for restore-key: ${record.key}`);
            const patterns = await resolveCachePatterns(paths, this.cwd, this.home);
            await extractArchive((0,external_node_path_.join)(dir, record.archive), record.slots, patterns);
            this.logger.info(`Cache restored from ${this.root} (${megabytes(record.size)})`);
            return record.key;
        }
        catch (error) {
            this.logger.warning(`Failed to restore the cache: ${(0,errors/* errorMessage */.gJ)(error)}`);
            return undefined;
        }
    }
    async save(paths, key) {
        try {
            checkCacheRequest(paths, [key]);
            const dir = this.versionDir(paths);
            const recordPath = (0,external_node_path_.join)(dir, `${sha256(key)}.json`);
            if (await exists(recordPath)) {
                this.logger.info(`Cache entry ${key} exists already; entries are immutable, so it is kept as it is`);
                return false;
            }
            const patterns = await resolveCachePatterns(paths, this.cwd, this.home);
            const matches = withoutNested(await matchCachePaths(patterns, { implicitDescendants: false, matchDirectories: true }));
            if (matches.length === 0) {
                this.logger.warning(`Not saving the cache: nothing matches ${paths.join(', ')}`);
                return false;
            }
            await (0,promises_.mkdir)(dir, { recursive: true });
            const records = await readRecords(dir);
            await removeLeftovers(dir, records);
            const id = (0,external_node_crypto_.randomBytes)(6).toString('hex');
            const archive = `${sha256(key)}.${id}.tgz`;
            const slots = await writeArchive((0,external_node_path_.join)(dir, `.${id}.tgz.tmp`), (0,external_node_path_.join)(dir, archive), matches, patterns);
            const record = {
                key,
                // After every entry already there, so the newest by this clock is the last one saved.
                savedAt: Math.max(Date.now(), ...records.map((r) => r.savedAt + 1)),
                archive,
                size: (await (0,promises_.stat)((0,external_node_path_.join)(dir, archive))).size,
                paths,
                slots
            };
            if (!(await createOnce(recordPath, JSON.stringify(record), (0,external_node_path_.join)(dir, `.${id}.json.tmp`)))) {
                await (0,promises_.rm)((0,external_node_path_.join)(dir, archive), { force: true });
                this.logger.info(`Cache entry ${key} was saved by someone else meanwhile; keeping theirs`);
                return false;
            }
            this.logger.info(`Cache saved with key ${key} (${megabytes(record.size)}) in ${this.root}`);
            return true;
        }
        catch (error) {
            this.logger.warning(`Failed to save the cache: ${(0,errors/* errorMessage */.gJ)(error)}`);
            return false;
        }
    }
    versionDir(paths) {
        return (0,external_node_path_.join)(this.root, 'v1', cacheVersion(paths));
    }
}
/** Like `@actions/cache`'s version: the patterns as written and the archive format. */
function cacheVersion(paths) {
    return sha256([...paths, 'tar.gz', 'unikernel-actions-local-1'].join('|'));
}
/** Exact key, then the key as a prefix, then each restore key as a prefix; the newest match wins. */
function selectCacheEntry(entries, key, restoreKeys) {
    const exact = entries.find((e) => e.key === key);
    if (exact)
        return exact;
    for (const prefix of [key, ...restoreKeys]) {
        const matches = entries.filter((e) => e.key.startsWith(prefix));
        if (matches.length)
            return matches.reduce((a, b) => (b.savedAt > a.savedAt ? b : a));
    }
    return undefined;
}
/** The limits `@actions/cache` enforces, so that a key that works here works on GitHub too. */
function checkCacheRequest(paths, keys) {
    if (paths.length === 0)
        throw new Error('at least one path to cache is required');
    if (keys.length > 10)
        throw new Error(`at most 10 keys (the key and 9 restore keys) are allowed, got ${keys.length}`);
    for (const key of keys) {
        if (key === '')
            throw new Error('a cache key must not be empty');
        if (key.length > 512)
            throw new Error(`cache key ${key} is longer than 512 characters`);
        if (key.includes(','))
            throw new Error(`cache key ${key} contains a comma`);
    }
}
async function readRecords(dir) {
    let names;
    try {
        names = await (0,promises_.readdir)(dir);
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return [];
        throw error;
    }
    const records = [];
    for (const name of names) {
        if (name.startsWith('.') || !name.endsWith('.json'))
            continue;
        try {
            const record = JSON.parse(await (0,promises_.readFile)((0,external_node_path_.join)(dir, name), 'utf8'));
            if (typeof record.key === 'string' && typeof record.savedAt === 'number' && names.includes(record.archive))
                records.push(record);
        }
        catch {
            // A record that cannot be read is not an entry.
        }
    }
    return records;
}
/** Temporary files and unreferenced archives of saves that crashed at least an hour ago. */
async function removeLeftovers(dir, records) {
    const referenced = new Set(records.map((r) => r.archive));
    const cutoff = Date.now() - 3600_000;
    for (const name of await (0,promises_.readdir)(dir)) {
        if (!(name.endsWith('.tmp') || (name.endsWith('.tgz') && !referenced.has(name))))
            continue;
        const info = await (0,promises_.stat)((0,external_node_path_.join)(dir, name)).catch(() => undefined);
        if (info && info.mtimeMs < cutoff)
            await (0,promises_.rm)((0,external_node_path_.join)(dir, name), { force: true });
    }
}
/** A (sorted) match inside another match is already in the archive through its parent directory. */
function withoutNested(sorted) {
    const kept = [];
    for (const path of sorted) {
        const parent = kept[kept.length - 1];
        if (parent !== undefined && isInside(path, parent))
            continue;
        kept.push(path);
    }
    return kept;
}
function isInside(path, root) {
    return path === root || path.startsWith(root.endsWith(external_node_path_.sep) ? root : root + external_node_path_.sep);
}
/** Writes the gzip tar to `temp`, renames it to `target`, and returns each pattern's slot kind. */
async function writeArchive(temp, target, matches, patterns) {
    const slots = patterns.map(() => 'none');
    const slotOf = new Map();
    for (const match of matches) {
        const slot = patterns.findIndex((p) => p.searchRoot !== undefined && isInside(match, p.searchRoot));
        if (slot < 0)
            throw new Error(`${match} lies outside every cache path's directory`);
        slotOf.set(match, slot);
    }
    for (const [slot, { searchRoot, pattern }] of patterns.entries()) {
        if (![...slotOf.values()].includes(slot) || searchRoot === undefined)
            continue;
        // A file (or a symlink) named by the pattern itself is stored by its name, to restore beside its siblings.
        slots[slot] = slotOf.get(searchRoot) === slot && !(await (0,promises_.lstat)(searchRoot)).isDirectory() ? 'file' : 'directory';
        extractionDir(slots[slot], searchRoot, pattern);
    }
    const archiveName = (entry) => {
        const absolute = entry.absolute;
        let match = absolute;
        while (!slotOf.has(match) && (0,external_node_path_.dirname)(match) !== match)
            match = (0,external_node_path_.dirname)(match);
        const slot = slotOf.get(match);
        const searchRoot = slot === undefined ? undefined : patterns[slot].searchRoot;
        if (slot === undefined || searchRoot === undefined)
            throw new Error(`${absolute} was not asked for`);
        if (slots[slot] === 'file')
            return `${slot}/${(0,external_node_path_.basename)(searchRoot)}`;
        const inside = (0,external_node_path_.relative)(searchRoot, absolute).split(external_node_path_.sep).join('/');
        return `${slot}/${inside}${entry.type === 'Directory' && inside !== '' ? '/' : ''}`;
    };
    const tar = await __webpack_require__.e(/* import() */ 8697).then(__webpack_require__.bind(__webpack_require__, 98697));
    try {
        await tar.c({
            file: temp,
            // Level 3 saved object files about twice as fast as the default 6, for 3 % more bytes.
            gzip: { level: 3 },
            cwd: '/',
            portable: true,
            preservePaths: true,
            // Every file is stored whole: a hard link's target may belong to another pattern's directory.
            linkCache: new NoLinks(),
            onWriteEntry: (entry) => {
                entry.path = archiveName(entry);
            }
        }, matches);
        await (0,promises_.rename)(temp, target);
    }
    catch (error) {
        await (0,promises_.rm)(temp, { force: true });
        throw error;
    }
    return slots;
}
class NoLinks extends Map {
    set() {
        return this;
    }
}
/**
 * Extracts pattern `i`'s part of the archive into the pattern's search root as it resolves now. The
 * archive is checked first by the rules every extraction follows (runtime/safe-extract), each slot a
 * root of its own, plus this format's: every entry under a slot that was saved, a file's slot holding just that file.
 */
async function extractArchive(archive, slots, patterns) {
    // Loaded here, with tar behind it: a cache miss never pays for either.
    const { checkTarEntries, unpackTar, UnsafeArchiveError } = await Promise.all(/* import() */[__webpack_require__.e(8697), __webpack_require__.e(2526)]).then(__webpack_require__.bind(__webpack_require__, 92526));
    const slotRule = (parts) => {
        const slot = /^\d+$/.test(parts[0] ?? '') ? Number(parts[0]) : -1;
        const kind = slots[slot];
        if (kind === undefined || kind === 'none' || patterns[slot]?.searchRoot === undefined)
            return 'is not under a cached path';
        if (kind === 'file' && (parts.length !== 2 || parts[1] !== (0,external_node_path_.basename)(patterns[slot].searchRoot)))
            return 'is not the cached file';
        return undefined;
    };
    try {
        // Saves store every file whole (NoLinks): a hard link is not ours, and its target could lie in another slot.
        await checkTarEntries(archive, { rejectHardLinks: true, separateTopLevels: true, entryRule: slotRule, within: 'its cached path' });
    }
    catch (error) {
        if (error instanceof UnsafeArchiveError)
            throw new Error(`the archive ${archive} is unsafe to extract: ${error.message}`, { cause: error });
        throw error;
    }
    for (const [slot, kind] of slots.entries()) {
        const searchRoot = patterns[slot]?.searchRoot;
        if (kind === 'none' || searchRoot === undefined)
            continue;
        await unpackTar(archive, extractionDir(kind, searchRoot, patterns[slot].pattern), { topLevel: String(slot) });
    }
}
/** Where pattern `i`'s part of an archive is extracted: its directory, or a file's parent directory. */
function extractionDir(kind, searchRoot, pattern) {
    const dir = kind === 'directory' ? searchRoot : (0,external_node_path_.dirname)(searchRoot);
    // node-tar cannot extract into `/` without giving up its path checks.
    if ((0,external_node_path_.dirname)(dir) === dir)
        throw new Error(`cannot cache ${pattern}: it would be restored into the file system root`);
    return dir;
}
async function createOnce(path, content, temp) {
    await (0,promises_.writeFile)(temp, content);
    try {
        await (0,promises_.link)(temp, path);
        return true;
    }
    catch (error) {
        if (error.code === 'EEXIST')
            return false;
        throw error;
    }
    finally {
        await (0,promises_.rm)(temp, { force: true });
    }
}
function sha256(text) {
    return (0,external_node_crypto_.createHash)('sha256').update(text).digest('hex');
}
function megabytes(bytes) {
    return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
async function exists(path) {
    return (0,promises_.stat)(path).then(() => true, () => false);
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./build/cache/hash-files.js




/**
 * A stable SHA-256 (hex) over the files the patterns match below `cwd` (directories count with all
 * their files): each file's path relative to `cwd` and the SHA-256 of its content, in sorted path order.
 * The order of patterns, the order the file system lists entries in and file times do not change it;
 * a renamed file or a changed byte does. No matching file gives the hash of nothing, so a key built
 * from it still has a fixed shape.
 */
async function hashFiles(patterns, cwd) {
    const files = await matchCachePaths(await resolveCachePatterns(patterns, cwd), { implicitDescendants: true, matchDirectories: false });
    const named = files.map((file) => ({ file, name: (0,external_node_path_.relative)(cwd, file).split(external_node_path_.sep).join('/') })).sort((a, b) => byCodeUnits(a.name, b.name));
    const total = (0,external_node_crypto_.createHash)('sha256');
    for (const { file, name } of named)
        total.update(`${name}\0${await sha256File(file)}\n`);
    return total.digest('hex');
}
function sha256File(path) {
    return new Promise((resolve, reject) => {
        const hash = (0,external_node_crypto_.createHash)('sha256');
        (0,external_node_fs_.createReadStream)(path)
            .on('data', (chunk) => hash.update(chunk))
            .on('end', () => resolve(hash.digest('hex')))
            .on('error', reject);
    });
}

;// CONCATENATED MODULE: ./build/cache/index.js







/**
 * The Actions cache service when this process can reach it, else a local directory. `env` should be
 * `process.env`: `@actions/cache` reads its configuration from there.
 */
function selectCacheBackend(env, logger, localRoot) {
    const service = actionsCacheService(env);
    if (service.available) {
        logger.info(`Cache: the Actions cache service ${service.why}`);
        return new ActionsCacheBackend(logger);
    }
    logger.info(`Cache: the local directory ${localRoot} (${service.why})`);
    return new LocalCacheBackend(localRoot, logger);
}
/** Where a local cache lives by default: the runner's tool cache (kept between jobs on self-hosted runners), else ~/.cache. */
function defaultLocalCacheRoot(env) {
    if (env.RUNNER_TOOL_CACHE)
        return (0,external_node_path_.join)(env.RUNNER_TOOL_CACHE, 'unikernel-actions-cache');
    return (0,external_node_path_.join)(env.XDG_CACHE_HOME || (0,external_node_path_.join)((0,external_node_os_.homedir)(), '.cache'), 'unikernel-actions');
}
/**
 * Whether `@actions/cache` can reach its service here, decided without loading it: importing it (and
 * the Azure storage client behind it) costs ~170 ms of start-up bundled, paid by every step that ends
 * up on the local directory if we asked its public `isFeatureAvailable()` instead. The backend still
 * asks `isFeatureAvailable()` before each use (ActionsCacheBackend), so a drift can only cost a cache
 * hit, never a step.
 *
 * Mirrors `@actions/cache` 6.3.0 exactly: `lib/cache.js` `isFeatureAvailable()` (v2 needs
 * ACTIONS_RESULTS_URL, v1 ACTIONS_CACHE_URL) over `lib/internal/config.js` `getCacheServiceVersion()`
 * (v2 when ACTIONS_CACHE_SERVICE_V2 is non-empty, whatever its value, unless `isGhes()`: any
 * GITHUB_SERVER_URL host but github.com, *.ghe.com and *.localhost; where its `new URL()` throws on
 * an unparsable one, that counts as GHES here). One rule more, ours: the token
 * that `lib/internal/cacheUtils.js` `getRuntimeToken()` throws without (v2) and v1 sends empty.
 * test/unit/cache-select.test.ts checks this against the installed `isFeatureAvailable()`.
 */
function actionsCacheService(env) {
    const serviceVariables = ['ACTIONS_CACHE_SERVICE_V2', 'ACTIONS_RESULTS_URL', 'ACTIONS_CACHE_URL', 'ACTIONS_RUNTIME_TOKEN'];
    if (!serviceVariables.some((name) => env[name])) {
        const hint = env.GITHUB_ACTIONS === 'true' ? '; the runner gives them to JavaScript and container actions only, not to `run:` steps' : '';
        return { available: false, why: `no Actions cache service: none of ${serviceVariables.join(', ')} is set${hint}` };
    }
    const v2 = Boolean(env.ACTIONS_CACHE_SERVICE_V2) && !isEnterpriseServer(env.GITHUB_SERVER_URL);
    const urlVariable = v2 ? 'ACTIONS_RESULTS_URL' : 'ACTIONS_CACHE_URL';
    const service = v2 ? 'v2' : 'v1';
    if (!env[urlVariable])
        return { available: false, why: `no Actions cache service: cache service ${service} needs ${urlVariable}, which is not set` };
    if (!env.ACTIONS_RUNTIME_TOKEN)
        return { available: false, why: 'no Actions cache service: ACTIONS_RUNTIME_TOKEN is not set' };
    return { available: true, why: `(${service}, ${urlVariable} and ACTIONS_RUNTIME_TOKEN are set)` };
}
function isEnterpriseServer(serverUrl) {
    let host;
    try {
        host = new URL(serverUrl || 'https://github.com').hostname.toLowerCase();
    }
    catch {
        return true;
    }
    return !(host === 'github.com' || host.endsWith('.ghe.com') || host.endsWith('.localhost'));
}


/***/ })

};
