export const id = 8130;
export const ids = [8130];
export const modules = {

/***/ 35749:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P4: () => (/* binding */ formatTarget),
/* harmony export */   Pd: () => (/* binding */ parseEpoch),
/* harmony export */   Sx: () => (/* binding */ parseTargets),
/* harmony export */   Xy: () => (/* binding */ parseLabels),
/* harmony export */   dU: () => (/* binding */ parseCacheKey),
/* harmony export */   ff: () => (/* binding */ describeTarget),
/* harmony export */   h5: () => (/* binding */ resolveTargets),
/* harmony export */   rL: () => (/* binding */ parseTags),
/* harmony export */   xn: () => (/* binding */ isNamedTarget)
/* harmony export */ });
/* harmony import */ var _platform_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7997);
/* harmony import */ var _oci_image_writer_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73411);
/* harmony import */ var _oci_reference_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(20907);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(84704);
/* harmony import */ var _tag_rules_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(88789);






function isNamedTarget(target) {
    return target.platform === undefined;
}
function formatTarget(target) {
    return `${target.platform}/${target.arch}`;
}
/** As the log names a target: `PLATFORM/ARCH`, the name with it when there is one, or the bare name before lookup. */
function describeTarget(target) {
    if (isNamedTarget(target))
        return target.name;
    return target.name === undefined ? formatTarget(target) : `${target.name} (${formatTarget(target)})`;
}
// A Kraftfile target name: what kraft's target names are made of (no `/`, which PLATFORM/ARCH has).
const TARGET_NAME = /^[A-Za-z0-9][\w.-]*$/;
/** `PLATFORM/ARCH` items (`qemu/x86_64`, `fc/arm64`, …) or Kraftfile target names, each at most once. */
function parseTargets(input, items) {
    if (items.length === 0)
        throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .inputError */ .Xu)(input, 'names no target (e.g. qemu/x86_64)');
    const targets = [];
    for (const item of items) {
        if (!item.includes('/') && TARGET_NAME.test(item)) {
            if (targets.some((t) => t.name === item))
                throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .inputError */ .Xu)(input, `\`${item}\` is listed twice`);
            targets.push({ name: item });
            continue;
        }
        const [platform, arch, ...rest] = item.split('/');
        if (arch === undefined || rest.length > 0 || !(0,_platform_js__WEBPACK_IMPORTED_MODULE_0__/* .isBuildPlatform */ ._G)(platform) || !_platform_js__WEBPACK_IMPORTED_MODULE_0__/* .ARCHES */ .Pr.includes(arch)) {
            throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .inputError */ .Xu)(input, `\`${item}\` is not PLATFORM/ARCH (platform: ${_platform_js__WEBPACK_IMPORTED_MODULE_0__/* .BUILD_PLATFORMS */ .Cm.join(', ')}; arch: ${_platform_js__WEBPACK_IMPORTED_MODULE_0__/* .ARCHES */ .Pr.join(', ')}; e.g. qemu/x86_64)` +
                (item.includes('/') ? '' : " nor a Kraftfile target's name"));
        }
        if (targets.some((t) => t.platform === platform && t.arch === arch))
            throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .inputError */ .Xu)(input, `\`${item}\` is listed twice`);
        targets.push({ platform, arch: arch });
    }
    return targets;
}
/**
 * Looks named targets up in a Kraftfile's `targets:` (kraft's `-t` matches a target's `name:`); the
 * plat/arch found are what the image records. An unknown name, or a name without a Kraftfile that
 * declares it, is an error naming `target` and listing the declared names.
 */
function resolveTargets(input, targets, declared, kraftfile) {
    const resolved = [];
    for (const target of targets) {
        if (!isNamedTarget(target)) {
            resolved.push(target);
            continue;
        }
        const names = (declared ?? []).flatMap((t) => (t.name === undefined ? [] : [t.name]));
        const found = declared?.find((t) => t.name === target.name);
        if (!found) {
            const where = kraftfile ? `the targets of ${kraftfile}` : 'a Kraftfile (this build has none)';
            throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .inputError */ .Xu)(input, `\`${target.name}\` is not PLATFORM/ARCH nor a name among ${where}` +
                (names.length ? ` (declared: ${names.join(', ')})` : kraftfile ? ' (none has a name)' : ''));
        }
        if (!(0,_platform_js__WEBPACK_IMPORTED_MODULE_0__/* .isBuildPlatform */ ._G)(found.platform) || !_platform_js__WEBPACK_IMPORTED_MODULE_0__/* .ARCHES */ .Pr.includes(found.arch)) {
            throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .inputError */ .Xu)(input, `\`${target.name}\` is ${found.platform}/${found.arch} in ${kraftfile}, which build cannot build ` +
                `(platform: ${_platform_js__WEBPACK_IMPORTED_MODULE_0__/* .BUILD_PLATFORMS */ .Cm.join(', ')}; arch: ${_platform_js__WEBPACK_IMPORTED_MODULE_0__/* .ARCHES */ .Pr.join(', ')})`);
        }
        if (resolved.some((t) => t.platform === found.platform && t.arch === found.arch)) {
            throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .inputError */ .Xu)(input, `\`${target.name}\` is ${found.platform}/${found.arch}, which is listed already`);
        }
        resolved.push({ platform: found.platform, arch: found.arch, name: target.name });
    }
    return resolved;
}
/** `key=value` lines; the value may contain `=` and commas, the key may not be empty. */
function parseLabels(input, items) {
    const labels = {};
    for (const item of items) {
        const eq = item.indexOf('=');
        if (eq <= 0)
            throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .inputError */ .Xu)(input, `\`${item}\` is not key=value (e.g. org.opencontainers.image.licenses=Apache-2.0)`);
        const key = item.slice(0, eq).trim();
        if (key in labels)
            throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .inputError */ .Xu)(input, `\`${key}\` is given twice`);
        labels[key] = item.slice(eq + 1).trim();
    }
    return labels;
}
/**
 * `tags` lines: `auto`, metadata-action rules (`type=…,key=value…`), or plain names — a line without `=`
 * may list several, comma-separated, as before rules existed. A plain name is `type=raw,value=NAME`.
 */
function parseTags(input, lines, flavor = (0,_tag_rules_js__WEBPACK_IMPORTED_MODULE_3__/* .parseFlavor */ .wp)('flavor', [])) {
    if (lines.length === 0 || (lines.length === 1 && lines[0] === 'auto'))
        return 'auto';
    const rules = [];
    for (const line of lines) {
        if ((0,_tag_rules_js__WEBPACK_IMPORTED_MODULE_3__/* .isRule */ .Nd)(line)) {
            rules.push((0,_tag_rules_js__WEBPACK_IMPORTED_MODULE_3__/* .parseRule */ .iT)(input, line));
            continue;
        }
        for (const tag of line
            .split(',')
            .map((t) => t.trim())
            .filter(Boolean)) {
            if (tag === 'auto')
                throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .inputError */ .Xu)(input, '`auto` cannot be combined with other tags or rules');
            if (!(0,_oci_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .isValidTag */ .r_)(tag))
                throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .inputError */ .Xu)(input, `\`${tag}\` is not a valid tag (letters, digits, '_', '.', '-'; at most 128, not starting with '.' or '-')`);
            if (!rules.some((r) => r.type === 'raw' && r.attrs.value === tag))
                rules.push((0,_tag_rules_js__WEBPACK_IMPORTED_MODULE_3__/* .parseRule */ .iT)(input, `type=raw,value=${tag}`));
        }
    }
    return { rules, flavor };
}
/** Whole seconds since the epoch, within what a tar header can hold. */
function parseEpoch(value, fail) {
    if (!/^\d+$/.test(value.trim()))
        throw fail(`\`${value}\` is not a whole number of seconds since 1970-01-01 UTC`);
    const epoch = Number(value.trim());
    if (epoch > _oci_image_writer_js__WEBPACK_IMPORTED_MODULE_1__/* .USTAR_MAX */ .jx)
        throw fail(`\`${value}\` is too far in the future (at most ${_oci_image_writer_js__WEBPACK_IMPORTED_MODULE_1__/* .USTAR_MAX */ .jx})`);
    return epoch;
}
/** Cache keys may not contain commas (actions/cache), and ours must stay well under its 512 characters. */
function parseCacheKey(input, value) {
    if (value === undefined)
        return undefined;
    if (value.includes(',') || /\s/.test(value))
        throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .inputError */ .Xu)(input, `\`${value}\` must not contain commas or whitespace`);
    if (value.length > 200)
        throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .inputError */ .Xu)(input, 'is longer than 200 characters');
    return value;
}


/***/ }),

/***/ 48130:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BL: () => (/* binding */ resolveSourceDateEpoch),
/* harmony export */   k_: () => (/* binding */ sourceAnnotations),
/* harmony export */   oM: () => (/* binding */ gitOutput),
/* harmony export */   yN: () => (/* binding */ resolveTags)
/* harmony export */ });
/* unused harmony exports publicRepositoryUrl, tagsForRef, refContext, ruleTags, autoTags */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(84704);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(35749);
/* harmony import */ var _tag_rules_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(88789);





/** A git command's trimmed stdout in `cwd`, or undefined (not a repository, no git, no commit). */
function gitOutput(args, cwd) {
    return new Promise((resolve) => {
        (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile)('git', [...args], { cwd, encoding: 'utf8', env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' } }, (error, stdout) => {
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
        const epoch = (0,_options_js__WEBPACK_IMPORTED_MODULE_2__/* .parseEpoch */ .Pd)(fromEnv, (problem) => new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`environment variable SOURCE_DATE_EPOCH: ${problem}`));
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
        const event = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(env.GITHUB_EVENT_PATH, 'utf8'));
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
                event = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(env.GITHUB_EVENT_PATH, 'utf8'));
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
    const semver = await __webpack_require__.e(/* import() */ 2088).then(__webpack_require__.t.bind(__webpack_require__, 62088, 19));
    const result = (0,_tag_rules_js__WEBPACK_IMPORTED_MODULE_3__/* .applyTagRules */ .wr)('tags', spec.rules, spec.flavor, context, { valid: semver.valid, parse: semver.parse });
    if (result.tags.length === 0) {
        throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .inputError */ .Xu)('tags', `no rule gives a tag for this run (event \`${context.eventName || 'none'}\`, ref \`${context.ref || 'none'}\`): ` +
            'add one that always applies, e.g. type=sha or a plain name');
    }
    return result;
}
/** `tags: auto`: from the workflow's ref on GitHub, else `sha-<short>` of the project's HEAD, else `latest` with a warning. */
async function autoTags(env, onGitHub, projectDir, logger) {
    if (onGitHub) {
        const { valid } = await __webpack_require__.e(/* import() */ 2088).then(__webpack_require__.t.bind(__webpack_require__, 62088, 19));
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
/** The tags a `tags` spec gives this run, and the main one (metadata-action's `version`). */
async function resolveTags(spec, env, onGitHub, dir, logger) {
    if (spec === 'auto') {
        const tags = await autoTags(env, onGitHub, dir, logger);
        return { tags, version: tags[0] };
    }
    const named = await ruleTags(spec, await refContext(env, onGitHub, dir));
    return { tags: named.tags, version: named.version };
}


/***/ }),

/***/ 88789:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Nd: () => (/* binding */ isRule),
/* harmony export */   iT: () => (/* binding */ parseRule),
/* harmony export */   wp: () => (/* binding */ parseFlavor),
/* harmony export */   wr: () => (/* binding */ applyTagRules)
/* harmony export */ });
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(84704);
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
        throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(input, `\`${line}\`: ${error.message}`);
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
        throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(input, `\`${line}\`: type=${type} is not supported here (semver, ref, sha, raw, edge and schedule are)`);
    if (!(type in PRIORITY))
        throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(input, `\`${line}\`: unknown type \`${type}\` (semver, ref, sha, raw, edge or schedule)`);
    const rule = { type: type, attrs, priority: PRIORITY[type], line };
    const need = (key) => {
        if (!(key in attrs))
            throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(input, `\`${line}\`: type=${type} needs ${key}=`);
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
                throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(input, `\`${line}\`: event must be branch, tag or pr`);
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
                throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(input, `\`${line}\`: format must be short or long`);
            break;
    }
    attrs.enable ??= 'true';
    if ('priority' in attrs) {
        if (!/^-?\d+$/.test(attrs.priority))
            throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(input, `\`${line}\`: priority must be a whole number`);
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
                throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(input, `\`${field}\` is not key=value (latest=auto, prefix=…, suffix=…, onlatest=…)`);
            const key = field.slice(0, eq).trim().toLowerCase();
            const value = field.slice(eq + 1).trim();
            if (key === 'latest') {
                if (!['auto', 'true', 'false'].includes(value))
                    throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(input, `latest=${value}: expected auto, true or false`);
                flavor.latest = value;
            }
            else if (key === 'prefix' || key === 'suffix') {
                flavor[key] = value;
                onlatestFor = key;
            }
            else if (key === 'onlatest') {
                if (!['true', 'false'].includes(value))
                    throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(input, `onlatest=${value}: expected true or false`);
                if (onlatestFor === 'prefix')
                    flavor.prefixLatest = value === 'true';
                if (onlatestFor === 'suffix')
                    flavor.suffixLatest = value === 'true';
            }
            else
                throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(input, `unknown entry \`${key}\` (latest, prefix, suffix, onlatest)`);
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
                    throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(input, `\`${whole}\`: give the format in single quotes (time zone UTC only)`);
                return formatDate(context.now, format[1]);
            }
            default:
                throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(input, `\`${whole}\` is not a known expression (branch, tag, sha, base_ref, is_default_branch, date 'FORMAT')`);
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
            throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(input, `\`${rule.line}\`: enable must be true or false (got \`${enabled}\`)`);
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


/***/ })

};
