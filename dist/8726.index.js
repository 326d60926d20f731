export const id = 8726;
export const ids = [8726,5760];
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


/***/ }),

/***/ 98726:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PUBLISH_INPUTS: () => (/* binding */ PUBLISH_INPUTS),
/* harmony export */   credentialsFor: () => (/* binding */ credentialsFor),
/* harmony export */   isForkPullRequest: () => (/* binding */ isForkPullRequest),
/* harmony export */   parseDestinations: () => (/* binding */ parseDestinations),
/* harmony export */   parseMergeSources: () => (/* binding */ parseMergeSources),
/* harmony export */   readCredentialSources: () => (/* binding */ readCredentialSources),
/* harmony export */   readPublishOptions: () => (/* binding */ readPublishOptions),
/* harmony export */   readTagSpec: () => (/* binding */ readTagSpec),
/* harmony export */   registriesWithoutCredentials: () => (/* binding */ registriesWithoutCredentials)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var _oci_image_spec_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74891);
/* harmony import */ var _oci_reference_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(20907);
/* harmony import */ var _registry_credentials_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(55760);
/* harmony import */ var _registry_limits_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(88644);
/* harmony import */ var _build_options_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(35749);
/* harmony import */ var _build_tag_rules_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(88789);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(84704);








/** Every input of `publish`, as in its action.yml (the CLI accepts exactly these as flags). */
const PUBLISH_INPUTS = [
    'image',
    'to',
    'push-by-digest',
    'username',
    'password',
    'github-token',
    'docker-config',
    'insecure',
    'merge',
    'copy-signatures',
    'require-revision',
    'tags',
    'flavor',
    'release',
    'retries',
    'concurrency',
    ..._registry_limits_js__WEBPACK_IMPORTED_MODULE_4__/* .REGISTRY_LIMIT_INPUTS */ .U_
];
const GHCR = 'ghcr.io';
/** The tags `build` recorded (a record from a build that gave none has no `tags`). */
function recordedTags(build) {
    const tags = build?.tags;
    return Array.isArray(tags) ? tags.filter((tag) => typeof tag === 'string') : [];
}
/** `to` when not given: the build's registry-qualified `name` with its tags. */
function defaultDestinations(build, sourceTag) {
    const name = build?.name;
    if (!name)
        throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .inputError */ .Xu)('to', 'is required: no build in this job recorded an image name; give registry references (ghcr.io/acme/web:1.0) or oci:<dir>');
    let ref;
    try {
        ref = (0,_oci_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .parseRegistryReference */ .qq)('to', name);
    }
    catch {
        throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .inputError */ .Xu)('to', `is required: the build's name \`${name}\` is not registry-qualified (give \`name\` to build, e.g. ghcr.io/acme/web, or \`to\` here)`);
    }
    const tags = recordedTags(build);
    if (tags.length === 0 && sourceTag)
        tags.push(sourceTag);
    if (tags.length === 0)
        return [`${ref.registry}/${ref.repository}`];
    return tags.map((tag) => `${ref.registry}/${ref.repository}:${tag}`);
}
/** `ghcr.io/acme/web:1.0` → `ghcr.io/acme/web`. */
function withoutTag(reference) {
    const ref = (0,_oci_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .parseRegistryReference */ .qq)('to', reference);
    return `${ref.registry}/${ref.repository}`;
}
function tagOfReference(value) {
    if (!value?.startsWith('oci:'))
        return undefined;
    try {
        return (0,_oci_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .parseLayoutReference */ .ZR)('image', value).tag;
    }
    catch {
        return undefined;
    }
}
/**
 * Groups `to` into destinations: one per repository (its tags together) and one per layout. An item
 * without a tag gets the `tags` input's tags when given, else the source image's tag.
 */
function parseDestinations(items, pushByDigest, sourceTag, ruleTags) {
    const destinations = [];
    const untagged = ruleTags ?? (sourceTag === undefined ? [] : [sourceTag]);
    for (const item of items) {
        const ref = (0,_oci_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .parseImageReference */ .o_)('to', item);
        if (ref.digest)
            throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .inputError */ .Xu)('to', `\`${item}\` names a digest; a destination is a repository with an optional tag (the digest is the image's own)`);
        const wanted = pushByDigest ? [] : ref.tag !== undefined ? [ref.tag] : untagged;
        if (!pushByDigest && wanted.length === 0) {
            throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .inputError */ .Xu)('to', `\`${item}\` needs a tag (${ref.kind === 'layout' ? 'oci:<dir>:<tag>' : 'or `push-by-digest: true`'}, or \`tags\`): the source image has none to reuse`);
        }
        if (ref.kind === 'layout') {
            if (wanted.length === 0)
                destinations.push({ kind: 'layout', dir: ref.dir });
            for (const tag of wanted)
                destinations.push({ kind: 'layout', dir: ref.dir, tag });
            continue;
        }
        const existing = destinations.find((d) => d.kind === 'registry' && d.registry === ref.registry && d.repository === ref.repository);
        const tags = [...wanted];
        if (existing)
            existing.tags.push(...tags.filter((t) => !existing.tags.includes(t)));
        else
            destinations.push({ kind: 'registry', registry: ref.registry, repository: ref.repository, tags });
    }
    return destinations;
}
/** `merge` items: references, or bare digests in the first registry destination's repository. */
function parseMergeSources(items, destinations) {
    const first = destinations.find((d) => d.kind === 'registry');
    return items.map((item) => {
        if ((0,_oci_image_spec_js__WEBPACK_IMPORTED_MODULE_1__/* .isSha256Digest */ .q9)(item)) {
            if (!first)
                throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .inputError */ .Xu)('merge', `\`${item}\` is a bare digest, which refers to the first registry repository in \`to\`, and \`to\` names none`);
            return {
                ref: { kind: 'registry', registry: first.registry, repository: first.repository, digest: item },
                label: `${first.registry}/${first.repository}@${item}`
            };
        }
        if (item.startsWith('oci:'))
            throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .inputError */ .Xu)('merge', `\`${item}\`: merge combines images already in a registry (references or digests), not local layouts`);
        const ref = (0,_oci_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .parseRegistryReference */ .qq)('merge', item);
        if (!ref.tag && !ref.digest)
            throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .inputError */ .Xu)('merge', `\`${item}\` names neither a tag nor a digest`);
        return { ref, label: item };
    });
}
/**
 * `tags` and `flavor` as `build` reads them (plain names or docker/metadata-action rules, one per line);
 * undefined when `tags` is not given. Resolved against the run's git ref by the caller.
 */
function readTagSpec(inputs) {
    const lines = inputs.list('tags', { newlineOnly: true });
    if (lines.length === 0)
        return undefined;
    return (0,_build_options_js__WEBPACK_IMPORTED_MODULE_5__/* .parseTags */ .rL)('tags', lines, (0,_build_tag_rules_js__WEBPACK_IMPORTED_MODULE_6__/* .parseFlavor */ .wp)('flavor', inputs.list('flavor', { newlineOnly: true })));
}
/** `require-revision`: a full commit SHA (what `revision` annotations hold). */
function readRevision(inputs) {
    const value = inputs.optional('require-revision');
    if (value === undefined)
        return undefined;
    if (!/^[0-9a-f]{40}([0-9a-f]{24})?$/i.test(value))
        throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .inputError */ .Xu)('require-revision', `\`${value}\` is not a full commit SHA (40 hex digits, e.g. \${{ github.sha }})`);
    return value.toLowerCase();
}
/** `ruleTags`: what the `tags` input resolved to for this run (see readTagSpec); they tag each `to` that names none. */
function readPublishOptions(inputs, state, ruleTags) {
    const pushByDigest = inputs.boolean('push-by-digest', false);
    if (ruleTags && pushByDigest)
        throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .inputError */ .Xu)('tags', 'cannot be combined with `push-by-digest: true`, which pushes without tags');
    const mergeItems = inputs.list('merge');
    let image;
    let promote;
    const imageText = inputs.optional('image');
    if (mergeItems.length > 0) {
        if (imageText)
            throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .inputError */ .Xu)('merge', 'combines images already in a registry into one index; it excludes `image` (publish each image first, e.g. with push-by-digest)');
    }
    else {
        const text = imageText ?? state.build?.image;
        if (!text)
            throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .inputError */ .Xu)('image', 'is required: no build ran earlier in this job; give an OCI layout reference (oci:<dir>:<tag>)');
        const ref = (0,_oci_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .parseImageReference */ .o_)('image', text);
        if (ref.kind === 'layout')
            image = ref;
        else if (!ref.tag && !ref.digest)
            throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .inputError */ .Xu)('image', `\`${text}\` names neither a tag nor a digest of the image to promote`);
        else
            promote = ref;
    }
    const sourceTag = image?.tag ?? promote?.tag ?? (imageText ? undefined : tagOfReference(state.build?.image));
    let toItems = inputs.list('to');
    if (toItems.length === 0 && promote) {
        // Promotion within the image's own repository: new tags for the same digest.
        if (!ruleTags)
            throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .inputError */ .Xu)('to', `is required to promote \`${imageText}\` (or give \`tags\` to tag it in its own repository)`);
        toItems = [`${promote.registry}/${promote.repository}`];
    }
    if (toItems.length === 0)
        toItems = ruleTags ? defaultDestinations(state.build, undefined).map(withoutTag) : defaultDestinations(state.build, sourceTag);
    const destinations = parseDestinations(toItems, pushByDigest, mergeItems.length > 0 ? undefined : sourceTag, ruleTags);
    if (mergeItems.length > 0 && !pushByDigest && destinations.some((d) => (d.kind === 'registry' ? d.tags.length === 0 : !d.tag))) {
        throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .inputError */ .Xu)('to', 'each destination of a merge needs a tag (or `push-by-digest: true`)');
    }
    if (mergeItems.length > 0 && destinations.some((d) => d.kind === 'layout'))
        throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .inputError */ .Xu)('to', 'a merge is pushed to registries only; oci: destinations take `image`');
    if (promote && destinations.some((d) => d.kind === 'layout'))
        throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .inputError */ .Xu)('to', 'promoting a registry image copies it to registries; an oci: destination takes a layout `image`');
    const merge = parseMergeSources(mergeItems, destinations);
    const release = inputs.optional('release');
    const requireRevision = readRevision(inputs);
    if (requireRevision && !promote)
        throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .inputError */ .Xu)('require-revision', 'checks an image already in a registry before promoting it; `image` names none');
    const options = {
        image,
        ...(promote ? { promote } : {}),
        ...(requireRevision ? { requireRevision } : {}),
        copySignatures: inputs.boolean('copy-signatures', true),
        destinations,
        pushByDigest,
        merge,
        insecure: inputs.list('insecure'),
        retries: inputs.positiveInteger('retries', { max: 20 }) ?? 5,
        concurrency: inputs.positiveInteger('concurrency', { max: 32 }) ?? 4,
        limits: (0,_registry_limits_js__WEBPACK_IMPORTED_MODULE_4__/* .readRegistryLimits */ .kM)(inputs)
    };
    if (release !== undefined) {
        if (!image)
            throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .inputError */ .Xu)('release', 'uploads the kernels of a layout `image`; it cannot be combined with `merge` or a registry `image`');
        options.release = release;
    }
    const token = inputs.source.secret('github-token');
    if (token)
        options.githubToken = token;
    return options;
}
/** Reads `username`/`password`/`docker-config` and the GitHub defaults into credential sources. */
async function readCredentialSources(inputs, options, env) {
    const username = inputs.optional('username');
    const password = inputs.source.secret('password') || undefined;
    const firstRegistry = [
        ...options.destinations.filter((d) => d.kind === 'registry').map((d) => d.registry),
        ...options.merge.map((m) => m.ref.registry)
    ][0];
    if (username !== undefined && password === undefined)
        throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .inputError */ .Xu)('password', `is required with \`username\` (\`${username}\`)`);
    if (password !== undefined && username === undefined && firstRegistry !== GHCR)
        throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .inputError */ .Xu)('username', 'is required with `password`');
    const sources = {};
    if (password !== undefined) {
        if (!firstRegistry)
            throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .inputError */ .Xu)('password', 'is for a registry, and `to` names none');
        sources.inputRegistry = firstRegistry;
        sources.username = username ?? env.GITHUB_ACTOR;
        sources.password = password;
    }
    const located = (0,_registry_credentials_js__WEBPACK_IMPORTED_MODULE_3__.dockerConfigPath)(inputs.optional('docker-config'), env);
    if (located) {
        const config = await (0,_registry_credentials_js__WEBPACK_IMPORTED_MODULE_3__.loadDockerConfig)(located.path, located.explicit);
        if (config)
            sources.dockerConfig = config;
    }
    if (env.GITHUB_ACTOR)
        sources.githubActor = env.GITHUB_ACTOR;
    if (options.githubToken)
        sources.githubToken = options.githubToken;
    return sources;
}
/** The credentials for one registry, from the first source that has some. */
async function credentialsFor(registry, sources, env = process.env) {
    if (sources.password !== undefined && sources.inputRegistry === registry) {
        return { username: sources.username ?? '', password: sources.password, source: 'the `username`/`password` inputs' };
    }
    if (sources.dockerConfig) {
        const found = await (0,_registry_credentials_js__WEBPACK_IMPORTED_MODULE_3__.dockerConfigCredentials)(sources.dockerConfig, registry, env);
        if (found)
            return found;
    }
    if (registry === GHCR && sources.githubToken) {
        return { username: sources.githubActor ?? 'github-actions', password: sources.githubToken, source: 'the `github-token` input' };
    }
    return undefined;
}
/**
 * A pull request from a fork: GitHub withholds secrets and gives a read-only token, so a push needs
 * credentials the workflow cannot have. Read from the event payload the runner provides.
 */
function isForkPullRequest(env) {
    if (!env.GITHUB_EVENT_NAME?.startsWith('pull_request') || env.GITHUB_EVENT_NAME === 'pull_request_target' || !env.GITHUB_EVENT_PATH)
        return false;
    try {
        const event = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(env.GITHUB_EVENT_PATH, 'utf8'));
        const pr = event.pull_request;
        if (!pr)
            return false;
        const head = pr.head?.repo?.full_name;
        return head === undefined || head !== pr.base?.repo?.full_name;
    }
    catch {
        return false;
    }
}
/** Registries a fork's pull request cannot push to: not loopback, and no credentials besides the read-only token. */
async function registriesWithoutCredentials(registries, sources, env) {
    const missing = [];
    for (const registry of registries) {
        if ((0,_registry_credentials_js__WEBPACK_IMPORTED_MODULE_3__.isImplicitlyInsecure)(registry))
            continue;
        const credentials = await credentialsFor(registry, { ...sources, githubToken: undefined }, env);
        if (!credentials)
            missing.push(registry);
    }
    return missing;
}


/***/ }),

/***/ 55760:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   credentialHelper: () => (/* binding */ credentialHelper),
/* harmony export */   dockerConfigCredentials: () => (/* binding */ dockerConfigCredentials),
/* harmony export */   dockerConfigPath: () => (/* binding */ dockerConfigPath),
/* harmony export */   isImplicitlyInsecure: () => (/* binding */ isImplicitlyInsecure),
/* harmony export */   isInsecureRegistry: () => (/* binding */ isInsecureRegistry),
/* harmony export */   loadDockerConfig: () => (/* binding */ loadDockerConfig),
/* harmony export */   normalizeRegistryKey: () => (/* binding */ normalizeRegistryKey)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(48161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(76760);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(84704);






/** Docker Hub's names: config files key it as `https://index.docker.io/v1/`. */
const DOCKER_HUB_ALIASES = ['docker.io', 'index.docker.io', 'registry-1.docker.io', 'registry.hub.docker.com'];
/** `https://ghcr.io/v1/` → `ghcr.io`: the host (and port) part of an `auths` key. */
function normalizeRegistryKey(key) {
    const withoutScheme = key.replace(/^[a-z]+:\/\//i, '');
    const host = withoutScheme.split('/')[0].toLowerCase();
    return DOCKER_HUB_ALIASES.includes(host) ? 'docker.io' : host;
}
/**
 * Which config file: the `docker-config` input, else `$DOCKER_CONFIG/config.json`, else
 * `~/.docker/config.json`; undefined when none was named and the default is absent.
 */
function dockerConfigPath(input, env) {
    if (input)
        return { path: input, explicit: true };
    if (env.DOCKER_CONFIG)
        return { path: (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(env.DOCKER_CONFIG, 'config.json'), explicit: false };
    const home = env.HOME ?? (0,node_os__WEBPACK_IMPORTED_MODULE_3__.homedir)();
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(home, '.docker', 'config.json');
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(path) ? { path, explicit: false } : undefined;
}
/** Reads a docker config; a missing default file is no config, a missing explicit one is the user's error. */
async function loadDockerConfig(path, explicit, input = 'docker-config') {
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readFile)(path, 'utf8');
    }
    catch (error) {
        if (error.code === 'ENOENT' && !explicit)
            return undefined;
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j1(`input \`${input}\`: cannot read ${path}: ${(0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .errorMessage */ .gJ)(error)}`);
    }
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (error) {
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j1(`input \`${input}\`: ${path} is not valid JSON: ${(0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .errorMessage */ .gJ)(error)}`);
    }
    const auths = {};
    if (typeof json.auths === 'object' && json.auths !== null) {
        for (const [key, value] of Object.entries(json.auths)) {
            if (typeof value !== 'object' || value === null)
                continue;
            const entry = value;
            const text = (name) => (typeof entry[name] === 'string' && entry[name] !== '' ? entry[name] : undefined);
            auths[normalizeRegistryKey(key)] = {
                auth: text('auth'),
                username: text('username'),
                password: text('password'),
                identitytoken: text('identitytoken'),
                registrytoken: text('registrytoken')
            };
        }
    }
    const credHelpers = {};
    if (typeof json.credHelpers === 'object' && json.credHelpers !== null) {
        for (const [key, value] of Object.entries(json.credHelpers))
            if (typeof value === 'string')
                credHelpers[normalizeRegistryKey(key)] = value;
    }
    const config = { path, auths, credHelpers };
    if (typeof json.credsStore === 'string' && json.credsStore !== '')
        config.credsStore = json.credsStore;
    return config;
}
/** The credentials a docker config holds for a registry: an `auths` entry, else its credential helper. */
async function dockerConfigCredentials(config, registry, env = process.env) {
    const key = normalizeRegistryKey(registry);
    const source = `docker config ${config.path}`;
    const entry = config.auths[key];
    if (entry) {
        let { username, password } = entry;
        if (entry.auth) {
            const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
            const colon = decoded.indexOf(':');
            if (colon < 0)
                throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j1(`${config.path}: the \`auth\` of ${key} is not base64 of user:password`);
            username = decoded.slice(0, colon);
            password = decoded.slice(colon + 1);
        }
        const credentials = { source };
        if (username)
            credentials.username = username;
        if (entry.identitytoken)
            credentials.identityToken = entry.identitytoken;
        else if (password)
            credentials.password = password;
        if (entry.registrytoken)
            credentials.registryToken = entry.registrytoken;
        if (credentials.password || credentials.identityToken || credentials.registryToken)
            return credentials;
    }
    const helper = config.credHelpers[key] ?? config.credsStore;
    if (helper)
        return credentialHelper(helper, key === 'docker.io' ? 'https://index.docker.io/v1/' : key, source, env);
    return undefined;
}
/**
 * Asks `docker-credential-<helper> get` (the docker credential-helper protocol: server URL on stdin,
 * `{"Username","Secret"}` on stdout). A helper that is missing or knows nothing gives no credentials.
 */
function credentialHelper(helper, server, source, env) {
    if (!/^[A-Za-z0-9._-]+$/.test(helper))
        return Promise.resolve(undefined);
    return new Promise((resolve) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(`docker-credential-${helper}`, ['get'], { stdio: ['pipe', 'pipe', 'ignore'], env });
        let stdout = '';
        child.stdout.on('data', (chunk) => (stdout += chunk.toString('utf8')));
        child.on('error', () => resolve(undefined));
        child.on('close', (status) => {
            if (status !== 0)
                return resolve(undefined);
            try {
                const json = JSON.parse(stdout);
                if (typeof json.Secret !== 'string' || json.Secret === '')
                    return resolve(undefined);
                const username = typeof json.Username === 'string' ? json.Username : '';
                const from = `${source} (credential helper ${helper})`;
                // The helper protocol marks an identity (refresh) token with the user name `<token>`.
                if (username === '<token>')
                    return resolve({ identityToken: json.Secret, source: from });
                resolve({ username, password: json.Secret, source: from });
            }
            catch {
                resolve(undefined);
            }
        });
        child.stdin.end(server);
    });
}
/** Loopback registries are reached over plain HTTP without being asked (as docker does). */
function isImplicitlyInsecure(registry) {
    const host = registry.startsWith('[') ? registry.slice(0, registry.indexOf(']') + 1) : registry.split(':')[0];
    return host === 'localhost' || host === '127.0.0.1' || host === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(host);
}
/** Whether a registry is in the `insecure` list (by host:port, or by host for any port) or is loopback. */
function isInsecureRegistry(registry, insecure) {
    if (isImplicitlyInsecure(registry))
        return true;
    const host = registry.startsWith('[') ? registry.slice(0, registry.indexOf(']') + 1) : registry.split(':')[0];
    return insecure.some((entry) => {
        const normalized = entry
            .replace(/^[a-z]+:\/\//i, '')
            .replace(/\/.*$/, '')
            .toLowerCase();
        return normalized === registry.toLowerCase() || normalized === host.toLowerCase();
    });
}


/***/ })

};
