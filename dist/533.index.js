export const id = 533;
export const ids = [533];
export const modules = {

/***/ 45533:
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

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:perf_hooks"
var external_node_perf_hooks_ = __webpack_require__(643);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
// EXTERNAL MODULE: ./build/platform.js
var build_platform = __webpack_require__(7997);
// EXTERNAL MODULE: ./build/oci/layout-writer.js
var layout_writer = __webpack_require__(71540);
// EXTERNAL MODULE: ./build/oci/image-spec.js
var image_spec = __webpack_require__(74891);
;// CONCATENATED MODULE: ./build/oci/image-writer.js
/**
 * Writes images the way `build` promises them: byte for byte the same for the same inputs. The layer
 * is a ustar archive written here (entries sorted, uid/gid 0, one mtime for all), gzipped by Node's
 * zlib, whose header carries no file name and mtime 0 — so the bytes depend on the zlib bundled with
 * Node, and reproducibility holds for the same Node major. Every JSON document is serialised from
 * objects built in a fixed order with sorted annotation keys; no path or clock reading enters them.
 */





const gzipAsync = (0,external_node_util_.promisify)(external_node_zlib_.gzip);
const BLOCK = 512;
/** ustar's 11 octal digits: sizes and mtimes up to 8 GiB / the year 2242. */
const USTAR_MAX = 0o77777777777;
function writeField(header, offset, length, value) {
    const bytes = Buffer.from(value, 'utf8');
    if (bytes.length > length)
        throw new Error(`tar: \`${value}\` does not fit in a ${length}-byte header field`);
    bytes.copy(header, offset);
}
function writeOctal(header, offset, length, value) {
    writeField(header, offset, length, `${value.toString(8).padStart(length - 1, '0')}\0`);
}
function ustarHeader(path, type, size, mode, mtime) {
    if (Buffer.byteLength(path) > 100)
        throw new Error(`tar: path \`${path}\` is longer than 100 bytes`);
    if (size > USTAR_MAX)
        throw new Error(`tar: \`${path}\` is ${size} bytes, more than ustar can describe`);
    const header = Buffer.alloc(BLOCK);
    writeField(header, 0, 100, path);
    writeOctal(header, 100, 8, mode);
    writeOctal(header, 108, 8, 0);
    writeOctal(header, 116, 8, 0);
    writeOctal(header, 124, 12, size);
    writeOctal(header, 136, 12, mtime);
    writeField(header, 148, 8, '        ');
    writeField(header, 156, 1, type === 'directory' ? '5' : '0');
    writeField(header, 257, 6, 'ustar\0');
    writeField(header, 263, 2, '00');
    writeOctal(header, 329, 8, 0);
    writeOctal(header, 337, 8, 0);
    let checksum = 0;
    for (const byte of header)
        checksum += byte;
    writeField(header, 148, 8, `${checksum.toString(8).padStart(6, '0')}\0 `);
    return header;
}
/**
 * A ustar archive of `files` and their parent directories, sorted by path, every entry owned by 0:0
 * with mtime `mtime` (seconds): the same files give the same bytes.
 */
function deterministicTar(files, mtime) {
    if (!Number.isInteger(mtime) || mtime < 0 || mtime > USTAR_MAX)
        throw new Error(`tar: mtime ${mtime} is out of range`);
    const entries = new Map();
    for (const file of files) {
        const parts = file.path.split('/');
        if (file.path.startsWith('/') || parts.some((part) => part === '' || part === '.' || part === '..')) {
            throw new Error(`tar: \`${file.path}\` is not a plain relative path`);
        }
        for (let depth = 1; depth < parts.length; depth++) {
            entries.set(`${parts.slice(0, depth).join('/')}/`, { type: 'directory', content: new Uint8Array(), mode: 0o755 });
        }
        if (entries.has(file.path))
            throw new Error(`tar: \`${file.path}\` is given twice`);
        entries.set(file.path, { type: 'file', content: file.content, mode: file.mode ?? 0o644 });
    }
    const blocks = [];
    for (const path of [...entries.keys()].sort()) {
        const entry = entries.get(path);
        blocks.push(ustarHeader(path, entry.type, entry.content.length, entry.mode, mtime), entry.content);
        const padding = (BLOCK - (entry.content.length % BLOCK)) % BLOCK;
        if (padding)
            blocks.push(Buffer.alloc(padding));
    }
    blocks.push(Buffer.alloc(2 * BLOCK));
    return Buffer.concat(blocks);
}
/** gzip with no file name and mtime 0 in its header (Node's zlib writes neither). */
async function deterministicGzip(data) {
    return gzipAsync(data, { level: 9 });
}
/** RFC 3339 in UTC without fractions, as OCI's `created` fields are usually written. */
function epochToRfc3339(epochSeconds) {
    return new Date(epochSeconds * 1000).toISOString().replace(/\.000Z$/, 'Z');
}
function sortedRecord(record) {
    return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
async function writeJsonBlob(dir, document, mediaType) {
    return (0,layout_writer/* writeBlob */.Zh)(dir, Buffer.from(JSON.stringify(document)), mediaType);
}
async function writeImage(dir, image, epochSeconds) {
    const created = epochToRfc3339(epochSeconds);
    const tar = deterministicTar(image.files, epochSeconds);
    const layer = await (0,layout_writer/* writeBlob */.Zh)(dir, await deterministicGzip(tar), image_spec/* OCI_LAYER_TAR_GZIP */.pQ);
    const architecture = (0,build_platform/* ociArchitecture */.Jk)(image.arch);
    const config = {
        created,
        architecture,
        os: 'linux',
        config: Object.keys(image.labels).length ? { Labels: sortedRecord(image.labels) } : {},
        rootfs: { type: 'layers', diff_ids: [(0,layout_writer/* sha256Of */.Bj)(tar)] },
        history: [{ created, created_by: image.createdBy }]
    };
    const configDescriptor = await writeJsonBlob(dir, config, image_spec/* OCI_CONFIG */.TF);
    const manifest = {
        schemaVersion: 2,
        mediaType: image_spec/* OCI_MANIFEST */.EG,
        config: configDescriptor,
        layers: [layer],
        annotations: sortedRecord(image.annotations)
    };
    const manifestDescriptor = await writeJsonBlob(dir, manifest, image_spec/* OCI_MANIFEST */.EG);
    return { manifest: { ...manifestDescriptor, platform: { architecture, os: 'linux' } }, config: configDescriptor, layer };
}
/**
 * Writes an image index of `images` (in the order given) into the OCI layout `dir`, creating it if
 * needed, and points each of `tags` at it in index.json. Blobs first, tags last: an interrupted write
 * leaves the layout as it was, plus unreferenced blobs.
 */
async function writeImageIndex(dir, images, options) {
    await (0,layout_writer/* ensureLayout */.p0)(dir);
    const written = [];
    for (const image of images)
        written.push(await writeImage(dir, image, options.epochSeconds));
    const index = {
        schemaVersion: 2,
        mediaType: image_spec/* OCI_INDEX */.$p,
        manifests: written.map((image) => image.manifest),
        annotations: sortedRecord(options.annotations)
    };
    const indexDescriptor = await writeJsonBlob(dir, index, image_spec/* OCI_INDEX */.$p);
    for (const tag of options.tags)
        await (0,layout_writer/* setTag */.NA)(dir, tag, indexDescriptor);
    return { index: indexDescriptor, images: written };
}

// EXTERNAL MODULE: ./build/runtime/errors.js
var errors = __webpack_require__(84704);
// EXTERNAL MODULE: ./build/toolchains/catalog.js + 7 modules
var catalog = __webpack_require__(6264);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./build/build/cache.js


/** Bumped when what the build cache holds changes shape, so old entries are not restored. */
const BUILD_CACHE_VERSION = 'v1';
/**
 * The key: toolchain + targets + `cache-key` as readable parts, then a hash of the adapter's key
 * files, the tool version and the inputs that change the output. A changed hash stores a new entry,
 * restored next time by the prefix before it.
 */
async function planBuildCache(args) {
    const { hashFiles } = await __webpack_require__.e(/* import() */ 24).then(__webpack_require__.bind(__webpack_require__, 41024));
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
        const { defaultLocalCacheRoot, selectCacheBackend } = await __webpack_require__.e(/* import() */ 24).then(__webpack_require__.bind(__webpack_require__, 41024));
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
        const { defaultLocalCacheRoot, selectCacheBackend } = await __webpack_require__.e(/* import() */ 24).then(__webpack_require__.bind(__webpack_require__, 41024));
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
var files = __webpack_require__(4920);
// EXTERNAL MODULE: ./build/oci/reference.js
var reference = __webpack_require__(20907);
;// CONCATENATED MODULE: ./build/build/tag-rules.js
/**
 * `tags` written the way docker/metadata-action users write them, so its rules can be pasted: one rule per
 * line — `type=semver,pattern={{version}}`, `type=ref,event=branch`, `type=sha,format=long`,
 * `type=raw,value=stable`, `type=edge`, `type=schedule`, with `enable=`, `priority=`, `prefix=`,
 * `suffix=` — or a plain tag name; and `flavor` (`latest=auto|true|false`, `prefix=`, `suffix=`,
 * `onlatest=`). Follows docker/metadata-action@v6.2.0 src/meta.ts, src/tag.ts and src/flavor.ts: rules
 * sorted by priority (highest first), the first value the main tag and `version`; `latest=auto` adds
 * `latest` when that first value came from a semver rule on a release (not a pre-release) or from
 * `type=ref,event=tag`; a pre-release gets only its full version from any semver pattern but `{{raw}}`;
 * values sanitised to [a-zA-Z0-9._-]. Not supported (an error naming `tags`): `type=pep440`, `type=match`,
 * `{{commit_date}}`, time zones other than UTC. Tags are names only: none of this reaches the image.
 */

const PRIORITY = { schedule: 1000, semver: 900, edge: 700, ref: 600, raw: 200, sha: 100 };
const UNSUPPORTED = ['pep440', 'match'];
/** One field split at the first `=`; a field without one is a value (`type=raw,foo`). */
function fields(line) {
    const out = [];
    let current = '';
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
        const c = line[i];
        if (c === '"') {
            if (quoted && line[i + 1] === '"') {
                current += '"';
                i++;
            }
            else
                quoted = !quoted;
        }
        else if (c === ',' && !quoted) {
            out.push(current.trim());
            current = '';
        }
        else
            current += c;
    }
    if (quoted)
        throw new Error('an unclosed quote');
    out.push(current.trim());
    return out.filter((f) => f !== '');
}
/** Whether a line is a rule (has `type=` or `key=value` fields) rather than a plain tag name. */
function isRule(line) {
    return /^[a-z_]+=/i.test(line.trim());
}
function parseRule(input, line) {
    const attrs = {};
    let type;
    let parts;
    try {
        parts = fields(line);
    }
    catch (error) {
        throw (0,errors/* inputError */.Xu)(input, `\`${line}\`: ${error.message}`);
    }
    for (const field of parts) {
        const eq = field.indexOf('=');
        if (eq < 0) {
            attrs.value = field;
            continue;
        }
        const key = field.slice(0, eq).trim().toLowerCase();
        const value = field.slice(eq + 1).trim();
        if (key === 'type')
            type = value;
        else
            attrs[key] = value;
    }
    type ??= 'raw';
    if (UNSUPPORTED.includes(type))
        throw (0,errors/* inputError */.Xu)(input, `\`${line}\`: type=${type} is not supported here (semver, ref, sha, raw, edge and schedule are)`);
    if (!(type in PRIORITY))
        throw (0,errors/* inputError */.Xu)(input, `\`${line}\`: unknown type \`${type}\` (semver, ref, sha, raw, edge or schedule)`);
    const rule = { type: type, attrs, priority: PRIORITY[type], line };
    const need = (key) => {
        if (!(key in attrs))
            throw (0,errors/* inputError */.Xu)(input, `\`${line}\`: type=${type} needs ${key}=`);
    };
    switch (rule.type) {
        case 'schedule':
            attrs.pattern ??= 'nightly';
            break;
        case 'semver':
            need('pattern');
            attrs.value ??= '';
            attrs.match ??= '';
            break;
        case 'edge':
            attrs.branch ??= '';
            break;
        case 'ref':
            need('event');
            if (!['branch', 'tag', 'pr'].includes(attrs.event))
                throw (0,errors/* inputError */.Xu)(input, `\`${line}\`: event must be branch, tag or pr`);
            if (attrs.event === 'pr' && !('prefix' in attrs))
                attrs.prefix = 'pr-';
            break;
        case 'raw':
            need('value');
            break;
        case 'sha':
            if (!('prefix' in attrs))
                attrs.prefix = 'sha-';
            attrs.format ??= 'short';
            if (!['short', 'long'].includes(attrs.format))
                throw (0,errors/* inputError */.Xu)(input, `\`${line}\`: format must be short or long`);
            break;
    }
    attrs.enable ??= 'true';
    if ('priority' in attrs) {
        if (!/^-?\d+$/.test(attrs.priority))
            throw (0,errors/* inputError */.Xu)(input, `\`${line}\`: priority must be a whole number`);
        rule.priority = Number(attrs.priority);
    }
    return rule;
}
function parseFlavor(input, lines) {
    const flavor = { latest: 'auto', prefix: '', prefixLatest: false, suffix: '', suffixLatest: false };
    for (const line of lines) {
        let onlatestFor;
        for (const field of fields(line)) {
            const eq = field.indexOf('=');
            if (eq < 0)
                throw (0,errors/* inputError */.Xu)(input, `\`${field}\` is not key=value (latest=auto, prefix=…, suffix=…, onlatest=…)`);
            const key = field.slice(0, eq).trim().toLowerCase();
            const value = field.slice(eq + 1).trim();
            if (key === 'latest') {
                if (!['auto', 'true', 'false'].includes(value))
                    throw (0,errors/* inputError */.Xu)(input, `latest=${value}: expected auto, true or false`);
                flavor.latest = value;
            }
            else if (key === 'prefix' || key === 'suffix') {
                flavor[key] = value;
                onlatestFor = key;
            }
            else if (key === 'onlatest') {
                if (!['true', 'false'].includes(value))
                    throw (0,errors/* inputError */.Xu)(input, `onlatest=${value}: expected true or false`);
                if (onlatestFor === 'prefix')
                    flavor.prefixLatest = value === 'true';
                if (onlatestFor === 'suffix')
                    flavor.suffixLatest = value === 'true';
            }
            else
                throw (0,errors/* inputError */.Xu)(input, `unknown entry \`${key}\` (latest, prefix, suffix, onlatest)`);
        }
    }
    return flavor;
}
function pad(n, width = 2) {
    return String(n).padStart(width, '0');
}
/** moment's tokens that tag patterns use, in UTC. */
function formatDate(date, format) {
    const tokens = {
        YYYY: String(date.getUTCFullYear()),
        YY: pad(date.getUTCFullYear() % 100),
        MM: pad(date.getUTCMonth() + 1),
        DD: pad(date.getUTCDate()),
        HH: pad(date.getUTCHours()),
        mm: pad(date.getUTCMinutes()),
        ss: pad(date.getUTCSeconds())
    };
    return format.replace(/YYYY|YY|MM|DD|HH|mm|ss/g, (token) => tokens[token]);
}
const branchOf = (ref) => (ref.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : undefined);
const tagOf = (ref) => (ref.startsWith('refs/tags/') ? ref.slice('refs/tags/'.length) : undefined);
/** `{{name}}` and `{{date 'FORMAT'}}` against the context (and a semver's fields inside a semver pattern). */
function render(input, template, context, values = {}) {
    return template.replace(/\{\{\s*([a-z_]+)((?:\s+[^}]+)?)\s*\}\}/g, (whole, name, args) => {
        if (name in values)
            return values[name];
        const rest = args.trim();
        switch (name) {
            case 'branch':
                return branchOf(context.ref) ?? '';
            case 'tag':
                return tagOf(context.ref) ?? '';
            case 'sha':
                return context.sha.slice(0, 7);
            case 'base_ref':
                return context.baseRef ?? '';
            case 'is_default_branch':
                return String(isDefaultBranch(context));
            case 'is_not_default_branch':
                return String(!isDefaultBranch(context));
            case 'date': {
                const format = /^'([^']*)'(?:\s+tz='(?:UTC|Etc\/UTC)')?$/.exec(rest);
                if (!format)
                    throw (0,errors/* inputError */.Xu)(input, `\`${whole}\`: give the format in single quotes (time zone UTC only)`);
                return formatDate(context.now, format[1]);
            }
            default:
                throw (0,errors/* inputError */.Xu)(input, `\`${whole}\` is not a known expression (branch, tag, sha, base_ref, is_default_branch, date 'FORMAT')`);
        }
    });
}
function isDefaultBranch(context) {
    const branch = branchOf(context.ref);
    if (!branch)
        return false;
    if (context.defaultBranch === branch)
        return true;
    // These events always run on the default branch's last commit.
    return /create|discussion|issues|schedule/.test(context.eventName);
}
function sanitize(tag) {
    return tag.replace(/[^a-zA-Z0-9._-]+/g, '-');
}
function produce(input, rule, context, semver) {
    const { attrs } = rule;
    switch (rule.type) {
        case 'schedule':
            return /schedule/.test(context.eventName) ? { value: render(input, attrs.pattern, context), latest: false } : undefined;
        case 'semver': {
            let raw = attrs.value ? render(input, attrs.value, context) : tagOf(context.ref);
            if (raw === undefined)
                return undefined;
            if (attrs.match) {
                const found = new RegExp(attrs.match).exec(raw);
                if (found?.[1] !== undefined)
                    raw = found[1];
            }
            raw = raw.replace(/\//g, '-');
            if (!semver.valid(raw))
                return undefined;
            const parsed = semver.parse(raw, { loose: true });
            const fields = { raw: parsed.raw, version: parsed.version, major: String(parsed.major), minor: String(parsed.minor), patch: String(parsed.patch) };
            const prerelease = parsed.prerelease.length > 0;
            // A pre-release is named by its full version only (or {{raw}}), and is never latest.
            const pattern = prerelease && attrs.pattern.replace(/\s/g, '') !== '{{raw}}' ? '{{version}}' : attrs.pattern;
            return { value: render(input, pattern, context, fields), latest: !prerelease };
        }
        case 'edge': {
            const branch = branchOf(context.ref);
            if (branch === undefined || branch !== (attrs.branch || context.defaultBranch))
                return undefined;
            return { value: 'edge', latest: false };
        }
        case 'ref': {
            if (attrs.event === 'branch') {
                const branch = branchOf(context.ref);
                return branch === undefined ? undefined : { value: branch, latest: false };
            }
            if (attrs.event === 'tag') {
                const tag = tagOf(context.ref);
                return tag === undefined ? undefined : { value: tag, latest: true };
            }
            const pr = /^refs\/pull\/(.+?)(?:\/merge)?$/.exec(context.ref);
            return pr ? { value: pr[1], latest: false } : undefined;
        }
        case 'raw':
            return { value: render(input, attrs.value, context), latest: false };
        case 'sha':
            if (!context.sha)
                return undefined;
            return { value: attrs.format === 'short' ? context.sha.slice(0, 7) : context.sha, latest: false };
    }
}
/** The tags the rules give for this run, main tag first, `latest` last (metadata-action's order). */
function applyTagRules(input, rules, flavor, context, semver) {
    const sorted = [...rules].sort((a, b) => b.priority - a.priority);
    const values = [];
    let latest;
    for (const rule of sorted) {
        const enabled = render(input, rule.attrs.enable, context);
        if (enabled !== 'true' && enabled !== 'false')
            throw (0,errors/* inputError */.Xu)(input, `\`${rule.line}\`: enable must be true or false (got \`${enabled}\`)`);
        if (enabled === 'false')
            continue;
        const produced = produce(input, rule, context, semver);
        if (!produced || produced.value === '')
            continue;
        const prefix = 'prefix' in rule.attrs ? render(input, rule.attrs.prefix, context) : render(input, flavor.prefix, context);
        const suffix = 'suffix' in rule.attrs ? render(input, rule.attrs.suffix, context) : render(input, flavor.suffix, context);
        const value = sanitize(`${prefix}${produced.value}${suffix}`);
        if (!values.includes(value))
            values.push(value);
        latest ??= flavor.latest === 'auto' ? produced.latest : flavor.latest === 'true';
    }
    if (values.length === 0)
        return { tags: [], version: '' };
    const tags = [...values];
    if (latest) {
        const name = sanitize(`${flavor.prefixLatest ? flavor.prefix : ''}latest${flavor.suffixLatest ? flavor.suffix : ''}`);
        if (!tags.includes(name))
            tags.push(name);
    }
    return { tags, version: values[0] };
}

;// CONCATENATED MODULE: ./build/build/options.js






function formatTarget(target) {
    return `${target.platform}/${target.arch}`;
}
/** `PLATFORM/ARCH` items: `qemu/x86_64`, `fc/arm64`, … each at most once. */
function parseTargets(input, items) {
    if (items.length === 0)
        throw (0,errors/* inputError */.Xu)(input, 'names no target (e.g. qemu/x86_64)');
    const targets = [];
    for (const item of items) {
        const [platform, arch, ...rest] = item.split('/');
        if (arch === undefined || rest.length > 0 || !(0,build_platform/* isBuildPlatform */._G)(platform) || !build_platform/* ARCHES */.Pr.includes(arch)) {
            throw (0,errors/* inputError */.Xu)(input, `\`${item}\` is not PLATFORM/ARCH (platform: ${build_platform/* BUILD_PLATFORMS */.Cm.join(', ')}; arch: ${build_platform/* ARCHES */.Pr.join(', ')}; e.g. qemu/x86_64)`);
        }
        if (targets.some((t) => t.platform === platform && t.arch === arch))
            throw (0,errors/* inputError */.Xu)(input, `\`${item}\` is listed twice`);
        targets.push({ platform, arch: arch });
    }
    return targets;
}
/** `key=value` lines; the value may contain `=` and commas, the key may not be empty. */
function parseLabels(input, items) {
    const labels = {};
    for (const item of items) {
        const eq = item.indexOf('=');
        if (eq <= 0)
            throw (0,errors/* inputError */.Xu)(input, `\`${item}\` is not key=value (e.g. org.opencontainers.image.licenses=Apache-2.0)`);
        const key = item.slice(0, eq).trim();
        if (key in labels)
            throw (0,errors/* inputError */.Xu)(input, `\`${key}\` is given twice`);
        labels[key] = item.slice(eq + 1).trim();
    }
    return labels;
}
/**
 * `tags` lines: `auto`, metadata-action rules (`type=…,key=value…`), or plain names — a line without `=`
 * may list several, comma-separated, as before rules existed. A plain name is `type=raw,value=NAME`.
 */
function parseTags(input, lines, flavor = parseFlavor('flavor', [])) {
    if (lines.length === 0 || (lines.length === 1 && lines[0] === 'auto'))
        return 'auto';
    const rules = [];
    for (const line of lines) {
        if (isRule(line)) {
            rules.push(parseRule(input, line));
            continue;
        }
        for (const tag of line
            .split(',')
            .map((t) => t.trim())
            .filter(Boolean)) {
            if (tag === 'auto')
                throw (0,errors/* inputError */.Xu)(input, '`auto` cannot be combined with other tags or rules');
            if (!(0,reference/* isValidTag */.r_)(tag))
                throw (0,errors/* inputError */.Xu)(input, `\`${tag}\` is not a valid tag (letters, digits, '_', '.', '-'; at most 128, not starting with '.' or '-')`);
            if (!rules.some((r) => r.type === 'raw' && r.attrs.value === tag))
                rules.push(parseRule(input, `type=raw,value=${tag}`));
        }
    }
    return { rules, flavor };
}
/** Whole seconds since the epoch, within what a tar header can hold. */
function parseEpoch(value, fail) {
    if (!/^\d+$/.test(value.trim()))
        throw fail(`\`${value}\` is not a whole number of seconds since 1970-01-01 UTC`);
    const epoch = Number(value.trim());
    if (epoch > USTAR_MAX)
        throw fail(`\`${value}\` is too far in the future (at most ${USTAR_MAX})`);
    return epoch;
}
/** Cache keys may not contain commas (actions/cache), and ours must stay well under its 512 characters. */
function parseCacheKey(input, value) {
    if (value === undefined)
        return undefined;
    if (value.includes(',') || /\s/.test(value))
        throw (0,errors/* inputError */.Xu)(input, `\`${value}\` must not contain commas or whitespace`);
    if (value.length > 200)
        throw (0,errors/* inputError */.Xu)(input, 'is longer than 200 characters');
    return value;
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
    const annotations = { [image_spec/* ANNOTATION_CREATED */.H]: epochToRfc3339(epochSeconds) };
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
    (0,unikernel_descriptor/* parseDescriptor */.BA)(JSON.parse(JSON.stringify(descriptor)), `the descriptor built for ${formatTarget(target)}`);
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
        createdBy: `unikernel-actions build: ${facts.adapter.name} ${formatTarget(facts.target)}`
    };
    return { image, descriptor };
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
;// CONCATENATED MODULE: ./build/build/source.js





/** A git command's trimmed stdout in `cwd`, or undefined (not a repository, no git, no commit). */
function gitOutput(args, cwd) {
    return new Promise((resolve) => {
        (0,external_node_child_process_.execFile)('git', [...args], { cwd, encoding: 'utf8', env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' } }, (error, stdout) => {
            const text = error ? '' : stdout.trim();
            resolve(text === '' ? undefined : text);
        });
    });
}
/**
 * SOURCE_DATE_EPOCH: the input, else the environment variable, else the commit time of HEAD of the
 * project, else 0 with a warning. Never the current time: that would make every build different.
 */
async function resolveSourceDateEpoch(input, env, projectDir, logger) {
    if (input !== undefined)
        return { epoch: input, from: 'the source-date-epoch input' };
    const fromEnv = env.SOURCE_DATE_EPOCH;
    if (fromEnv !== undefined && fromEnv !== '') {
        const epoch = parseEpoch(fromEnv, (problem) => new errors/* ConfigurationError */.j1(`environment variable SOURCE_DATE_EPOCH: ${problem}`));
        return { epoch, from: 'the SOURCE_DATE_EPOCH environment variable' };
    }
    const commitTime = await gitOutput(['log', '-1', '--format=%ct'], projectDir);
    if (commitTime !== undefined && /^\d+$/.test(commitTime))
        return { epoch: Number(commitTime), from: 'the commit time of HEAD' };
    logger.warning('SOURCE_DATE_EPOCH: the project is not in a git repository with a commit and neither the source-date-epoch input ' +
        'nor the SOURCE_DATE_EPOCH variable is set; every timestamp in the image is 1970-01-01');
    return { epoch: 0, from: 'the default (0)' };
}
/** A remote URL fit to publish: https without credentials; scp-style and ssh:// remotes become https; local paths are dropped. */
function publicRepositoryUrl(remote) {
    const scp = /^[\w.-]+@([\w.-]+):(?!\/)(.+?)(?:\.git)?\/?$/.exec(remote);
    if (scp)
        return `https://${scp[1]}/${scp[2]}`;
    let url;
    try {
        url = new URL(remote);
    }
    catch {
        return undefined;
    }
    if (!['https:', 'http:', 'ssh:', 'git:'].includes(url.protocol) || url.hostname === '')
        return undefined;
    const path = url.pathname.replace(/\.git\/?$/, '').replace(/\/$/, '');
    return `https://${url.hostname}${path}`;
}
/** `org.opencontainers.image.source`/`.revision`: the workflow's repository and commit, else the project's git remote and HEAD. */
async function sourceAnnotations(env, onGitHub, projectDir) {
    const facts = {};
    if (onGitHub && env.GITHUB_REPOSITORY)
        facts.source = `${(env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/$/, '')}/${env.GITHUB_REPOSITORY}`;
    else {
        const remote = await gitOutput(['remote', 'get-url', 'origin'], projectDir);
        const url = remote && publicRepositoryUrl(remote);
        if (url)
            facts.source = url;
    }
    const revision = onGitHub && env.GITHUB_SHA ? env.GITHUB_SHA : await gitOutput(['rev-parse', 'HEAD'], projectDir);
    if (revision && /^[0-9a-f]{40,64}$/.test(revision))
        facts.revision = revision;
    return facts;
}
/** docker/metadata-action's defaults, trimmed: a semver tag push → the version, a PR → pr-N, else sha-<7>. */
function tagsForRef(ref, semverValid) {
    const tagName = ref.ref?.startsWith('refs/tags/') ? ref.ref.slice('refs/tags/'.length) : undefined;
    if (tagName !== undefined) {
        const version = semverValid(tagName);
        if (version)
            return [version];
    }
    if (ref.eventName === 'pull_request' || ref.eventName === 'pull_request_target') {
        const number = ref.prNumber ?? Number(/^refs\/pull\/(\d+)\//.exec(ref.ref ?? '')?.[1]);
        if (Number.isInteger(number) && number > 0)
            return [`pr-${number}`];
    }
    if (ref.sha && /^[0-9a-f]{7,}$/.test(ref.sha))
        return [`sha-${ref.sha.slice(0, 7)}`];
    return undefined;
}
async function pullRequestNumber(env) {
    if (!env.GITHUB_EVENT_PATH)
        return undefined;
    try {
        const event = JSON.parse(await (0,promises_.readFile)(env.GITHUB_EVENT_PATH, 'utf8'));
        const number = event.pull_request?.number ?? event.number;
        return typeof number === 'number' ? number : undefined;
    }
    catch {
        return undefined;
    }
}
/** The run the tag rules describe: the workflow's event and ref on GitHub, else the project's checked-out branch and HEAD. */
async function refContext(env, onGitHub, projectDir) {
    if (onGitHub && env.GITHUB_REF !== undefined) {
        let event = {};
        try {
            if (env.GITHUB_EVENT_PATH)
                event = JSON.parse(await (0,promises_.readFile)(env.GITHUB_EVENT_PATH, 'utf8'));
        }
        catch {
            // No payload: rules that need the default branch name it themselves (type=edge,branch=main).
        }
        const defaultBranch = event.repository?.default_branch;
        const baseRef = event.pull_request?.base?.ref;
        return {
            eventName: env.GITHUB_EVENT_NAME ?? '',
            ref: env.GITHUB_REF,
            sha: env.GITHUB_SHA ?? '',
            ...(typeof defaultBranch === 'string' ? { defaultBranch } : {}),
            ...(typeof baseRef === 'string' ? { baseRef } : {}),
            now: new Date()
        };
    }
    const ref = (await gitOutput(['symbolic-ref', '-q', 'HEAD'], projectDir)) ?? '';
    return { eventName: '', ref, sha: (await gitOutput(['rev-parse', 'HEAD'], projectDir)) ?? '', now: new Date() };
}
/** `tags` rules for this run; none applying is an error, since the layout needs a name for the image. */
async function ruleTags(spec, context) {
    const semver = await __webpack_require__.e(/* import() */ 88).then(__webpack_require__.t.bind(__webpack_require__, 62088, 19));
    const result = applyTagRules('tags', spec.rules, spec.flavor, context, { valid: semver.valid, parse: semver.parse });
    if (result.tags.length === 0) {
        throw (0,errors/* inputError */.Xu)('tags', `no rule gives a tag for this run (event \`${context.eventName || 'none'}\`, ref \`${context.ref || 'none'}\`): ` +
            'add one that always applies, e.g. type=sha or a plain name');
    }
    return result;
}
/** `tags: auto`: from the workflow's ref on GitHub, else `sha-<short>` of the project's HEAD, else `latest` with a warning. */
async function autoTags(env, onGitHub, projectDir, logger) {
    if (onGitHub) {
        const { valid } = await __webpack_require__.e(/* import() */ 88).then(__webpack_require__.t.bind(__webpack_require__, 62088, 19));
        const workflowRef = { ref: env.GITHUB_REF, eventName: env.GITHUB_EVENT_NAME, sha: env.GITHUB_SHA, prNumber: await pullRequestNumber(env) };
        const tags = tagsForRef(workflowRef, (v) => valid(v));
        if (tags)
            return tags;
    }
    const short = await gitOutput(['rev-parse', '--short=7', 'HEAD'], projectDir);
    if (short && /^[0-9a-f]{7,}$/.test(short))
        return [`sha-${short}`];
    logger.warning('tags: auto found no git commit to name the image after; tagging it `latest` (give `tags` to choose)');
    return ['latest'];
}

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
    checkInputsFit(adapter, options);
    const layoutDir = await outputDirectory((0,external_node_path_.resolve)(cwd, options.output ?? (0,external_node_path_.join)(context.workRoot, 'oci')));
    const epoch = await resolveSourceDateEpoch(options.sourceDateEpoch, env, projectDir, logger);
    const named = options.tags === 'auto'
        ? { tags: await autoTags(env, context.onGitHub, projectDir, logger) }
        : await ruleTags(options.tags, await refContext(env, context.onGitHub, projectDir));
    const tags = named.tags;
    const version = 'version' in named ? named.version : tags[0];
    const source = await sourceAnnotations(env, context.onGitHub, projectDir);
    const name = options.name ?? (0,external_node_path_.basename)(projectDir);
    logger.info(`Building ${projectDir} with ${adapter.name} for ${options.targets.map(formatTarget).join(', ')}; ` +
        `image ${name}:${tags.join(', ')}; SOURCE_DATE_EPOCH ${epoch.epoch} (${epoch.from})`);
    const tools = (0,build_tools/* findTools */.f)(Object.keys(adapter.tools), env.PATH);
    const cacheDir = (0,external_node_path_.join)(context.workRoot, 'build-cache', adapter.name);
    const planned = [];
    for (const target of options.targets) {
        const request = {
            projectDir,
            target,
            cacheDir,
            env,
            tools,
            jobs: (0,external_node_os_.availableParallelism)(),
            command: options.command,
            kernel: options.kernel === undefined ? undefined : expandTarget(options.kernel, target)
        };
        planned.push({ target, request, steps: await adapter.plan(request) });
    }
    const environment = adapter.environment ? await adapter.environment(planned[0].request) : { env: {}, notes: [] };
    const buildEnv = { ...env, ...environment.env, SOURCE_DATE_EPOCH: String(epoch.epoch) };
    for (const { steps } of planned)
        for (const step of steps)
            requireCommand(adapter, step, buildEnv.PATH);
    for (const note of environment.notes)
        logger.info(note);
    const cacheHit = options.cache ? await restoreCache(adapter, options, planned[0].request, buildEnv, context) : false;
    const keepDir = await (0,promises_.mkdtemp)((0,external_node_path_.join)(context.workRoot, 'build-'));
    const built = [];
    const started = external_node_perf_hooks_.performance.now();
    for (const target of planned) {
        const artifacts = await logger.group(`Build ${formatTarget(target.target)} (${adapter.name})`, () => buildTarget(adapter, target, { env: buildEnv, initrd: options.initrd, keepDir, logger }));
        built.push({ target: target.target, artifacts });
    }
    const buildTimeMs = Math.round(external_node_perf_hooks_.performance.now() - started);
    markBuildSucceeded(context.state);
    const note = versionNote(options.labels);
    if (note)
        logger.notice(note);
    const written = await logger.group(`Write the image to ${layoutDir}`, () => builder_writeImage(adapter, built, { layoutDir, epoch: epoch.epoch, tags, source, options, logger }));
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
        ...(note ? { versionNote: note } : {})
    };
}
/** Runs one target's steps, finds what they built and keeps a copy (the next target may overwrite the build's own file). */
async function buildTarget(adapter, { target, request, steps }, options) {
    const env = { ...options.env, UNIKERNEL_PLATFORM: target.platform, UNIKERNEL_ARCH: target.arch };
    for (const step of steps)
        await runBuildStep(step, { cwd: (0,external_node_path_.resolve)(request.projectDir, step.cwd ?? '.'), env, logger: options.logger });
    const located = await adapter.locate(request);
    const initrd = options.initrd === undefined ? located.initrd : await locateInitrd(options.initrd, target, request.projectDir, located);
    const kept = await keepArtifacts({ kernel: located.kernel, ...(initrd ? { initrd } : {}) }, (0,external_node_path_.join)(options.keepDir, `${target.platform}-${target.arch}`));
    if (located.unikernelVersion)
        kept.unikernelVersion = located.unikernelVersion;
    options.logger.info(`Kernel: ${located.kernel} (${(await (0,promises_.stat)(kept.kernel)).size} bytes)${initrd ? `; initrd: ${initrd}` : ''}`);
    return kept;
}
/** One image per target in one index, tagged; the descriptors and manifest digests per target. */
async function builder_writeImage(adapter, built, facts) {
    const { options } = facts;
    const standard = standardAnnotations(facts.epoch, facts.source);
    const images = [];
    const descriptors = [];
    for (const { target, artifacts } of built) {
        const { image, descriptor } = await imageForTarget({
            adapter,
            target,
            artifacts,
            cmdline: options.cmdline,
            memory: options.memory,
            labels: options.labels,
            standard
        });
        images.push(image);
        descriptors.push(descriptor);
    }
    const written = await writeImageIndex(facts.layoutDir, images, {
        epochSeconds: facts.epoch,
        tags: facts.tags,
        annotations: { ...standard, ...options.labels }
    });
    const targets = built.map(({ target, artifacts }, i) => ({
        target: formatTarget(target),
        platform: written.images[i].manifest.platform,
        kernel: artifacts.kernel,
        ...(artifacts.initrd ? { initrd: artifacts.initrd } : {}),
        manifestDigest: written.images[i].manifest.digest,
        descriptor: descriptors[i]
    }));
    warnSharedArchitectures(targets, facts.logger);
    facts.logger.info(`Image index ${written.index.digest}, tagged ${facts.tags.join(', ')}`);
    return { digest: written.index.digest, targets };
}
async function restoreCache(adapter, options, request, buildEnv, context) {
    return context.logger.group('Restore the build cache', async () => {
        let plan;
        try {
            const versionArgv = adapter.versionArgv?.(request.tools);
            const toolVersion = versionArgv ? await firstOutputLine(versionArgv, { cwd: request.projectDir, env: buildEnv }) : undefined;
            plan = await planBuildCache({
                toolchain: adapter.name,
                targets: options.targets,
                spec: adapter.cache(request),
                projectDir: request.projectDir,
                extraPaths: options.cachePaths.map((path) => (0,external_node_path_.resolve)(request.projectDir, path)),
                cacheKey: options.cacheKey,
                toolVersion,
                inputs: { command: options.command, kernel: options.kernel }
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
function checkInputsFit(adapter, options) {
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
    for (const target of options.targets) {
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
async function locateInitrd(pattern, target, projectDir, located) {
    if (located.initrd) {
        throw (0,errors/* inputError */.Xu)('initrd', `cannot be used here: the ${formatTarget(target)} build brings its own initrd (${located.initrd})`);
    }
    return (0,files/* findOneFile */.QB)(expandTarget(pattern, target), projectDir, (problem) => (0,errors/* inputError */.Xu)('initrd', problem));
}
/** Copies the artifacts under `dir`, so the next target's build cannot overwrite what this one produced. */
async function keepArtifacts(artifacts, dir) {
    await (0,promises_.mkdir)(dir, { recursive: true });
    const kernel = (0,external_node_path_.join)(dir, 'kernel');
    await (0,promises_.copyFile)(artifacts.kernel, kernel);
    if (!artifacts.initrd)
        return { kernel };
    const initrd = (0,external_node_path_.join)(dir, 'initrd');
    await (0,promises_.copyFile)(artifacts.initrd, initrd);
    return { kernel, initrd };
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
    if (result.versionNote)
        parts.push('', `⚠️ ${(0,markdown/* escapeHtml */.ZD)(result.versionNote)}.`);
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
        toolchain: inputs.choice('toolchain', ['auto', ...types/* BUILD_TOOLCHAIN_NAMES */.a], 'auto'),
        path: inputs.optional('path') ?? '.',
        targets: parseTargets('target', inputs.list('target').length ? inputs.list('target') : ['qemu/x86_64']),
        // The command is a script: kept whole, newlines and all.
        command: inputs.optional('command'),
        kernel: inputs.optional('kernel'),
        initrd: inputs.optional('initrd'),
        cmdline: inputs.optional('cmdline'),
        memory,
        name: inputs.optional('name'),
        tags: parseTags('tags', inputs.list('tags', { newlineOnly: true }), parseFlavor('flavor', inputs.list('flavor', { newlineOnly: true }))),
        labels: parseLabels('labels', inputs.list('labels', { newlineOnly: true })),
        output: inputs.optional('output'),
        cache: inputs.boolean('cache', true),
        cacheKey: parseCacheKey('cache-key', inputs.optional('cache-key')),
        cachePaths: inputs.list('cache-paths'),
        sourceDateEpoch: epoch === undefined ? undefined : parseEpoch(epoch, (problem) => (0,errors/* inputError */.Xu)('source-date-epoch', problem))
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
    outputs.set('image', result.image);
    outputs.set('digest', result.digest);
    outputs.set('tags', result.tags.join('\n'));
    outputs.set('version', result.version);
    outputs.set('json', { tags: result.tags, version: result.version });
    outputs.set('targets', result.targets.map(({ target, kernel, manifestDigest, platform }) => ({ target, kernel, manifestDigest, platform })));
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
        targets: result.targets.map(({ target, kernel, initrd, manifestDigest }) => ({ target, kernel, ...(initrd ? { initrd } : {}), manifestDigest }))
    });
    await context.summary.write(buildSummaryMarkdown(result));
    if (!context.onGitHub)
        await saveBuildCache(context);
    return result;
}
/** Post (post-if: always()): saves the build cache when the build itself succeeded. Reads saved state only. */
async function buildPost(context) {
    await saveBuildCache(context);
}


/***/ }),

/***/ 71540:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bj: () => (/* binding */ sha256Of),
/* harmony export */   EO: () => (/* binding */ readLayoutDocument),
/* harmony export */   NA: () => (/* binding */ setTag),
/* harmony export */   Zh: () => (/* binding */ writeBlob),
/* harmony export */   nD: () => (/* binding */ blobPath),
/* harmony export */   p0: () => (/* binding */ ensureLayout)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var _runtime_files_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(68560);
/* harmony import */ var _runtime_regular_file_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(18706);
/* harmony import */ var _image_spec_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(74891);






/**
 * The write primitives of an OCI image layout, shared by everything that writes one (build, publish to
 * `oci:`, sign): content-addressed blobs, and index.json entries named by tag. Every write is
 * write-then-rename, so a reader never sees half a blob or half an index.
 */
function sha256Of(content) {
    return `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(content).digest('hex')}`;
}
async function ensureLayout(dir) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'blobs', 'sha256'), { recursive: true });
    const layoutFile = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'oci-layout');
    if (!(await exists(layoutFile)))
        await (0,_runtime_files_js__WEBPACK_IMPORTED_MODULE_3__/* .writeFileAtomically */ .lo)(layoutFile, JSON.stringify({ imageLayoutVersion: _image_spec_js__WEBPACK_IMPORTED_MODULE_5__/* .OCI_LAYOUT_VERSION */ .sM }));
    const indexFile = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'index.json');
    if (!(await exists(indexFile)))
        await (0,_runtime_files_js__WEBPACK_IMPORTED_MODULE_3__/* .writeFileAtomically */ .lo)(indexFile, serializeIndex({ schemaVersion: 2, mediaType: _image_spec_js__WEBPACK_IMPORTED_MODULE_5__/* .OCI_INDEX */ .$p, manifests: [] }));
}
function blobPath(dir, digest) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'blobs', 'sha256', digest.slice('sha256:'.length));
}
/** Writes a blob (skipped when present) and returns its descriptor. */
async function writeBlob(dir, content, mediaType, extra = {}) {
    const digest = sha256Of(content);
    const path = blobPath(dir, digest);
    if (!(await exists(path)))
        await (0,_runtime_files_js__WEBPACK_IMPORTED_MODULE_3__/* .writeFileAtomically */ .lo)(path, content);
    return { mediaType, digest, size: content.length, ...extra };
}
/** A JSON document of a layout being written to (index.json, an index blob): a regular file, of at most 4 MiB. */
async function readLayoutDocument(path) {
    return JSON.parse((await (0,_runtime_regular_file_js__WEBPACK_IMPORTED_MODULE_4__/* .readRegularFile */ .XF)(path, _image_spec_js__WEBPACK_IMPORTED_MODULE_5__/* .MAX_DOCUMENT_SIZE */ .bJ, { noFollow: true })).toString('utf8'));
}
/**
 * Points `tag` at `descriptor` in index.json: the entry's `org.opencontainers.image.ref.name` is the tag
 * alone (so `skopeo … oci:<dir>:<tag>` finds it); an existing entry for the tag is replaced.
 */
async function setTag(dir, tag, descriptor) {
    await ensureLayout(dir);
    const index = await readLayoutDocument((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'index.json'));
    const entry = { ...descriptor, annotations: { ...descriptor.annotations, [_image_spec_js__WEBPACK_IMPORTED_MODULE_5__/* .ANNOTATION_REF_NAME */ ._0]: tag } };
    index.manifests = [...index.manifests.filter((m) => m.annotations?.[_image_spec_js__WEBPACK_IMPORTED_MODULE_5__/* .ANNOTATION_REF_NAME */ ._0] !== tag), entry];
    await (0,_runtime_files_js__WEBPACK_IMPORTED_MODULE_3__/* .writeFileAtomically */ .lo)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'index.json'), serializeIndex(index));
}
function serializeIndex(index) {
    return JSON.stringify(index);
}
async function exists(path) {
    return (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(path).then(() => true, () => false);
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
    const toolchain = oneOf(fail, json, 'toolchain', _toolchains_types_js__WEBPACK_IMPORTED_MODULE_5__/* .TOOLCHAIN_NAMES */ .t);
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


/***/ })

};
