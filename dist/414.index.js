export const id = 414;
export const ids = [414,4952,2571];
export const modules = {

/***/ 87653:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  PUBLISH_INPUTS: () => (/* reexport */ publish_options.PUBLISH_INPUTS),
  publishAction: () => (/* binding */ publishAction)
});

// EXTERNAL MODULE: ./build/oci/reference.js
var reference = __webpack_require__(20907);
// EXTERNAL MODULE: ./build/publish/options.js
var publish_options = __webpack_require__(98726);
// EXTERNAL MODULE: ./build/registry/client.js
var registry_client = __webpack_require__(6499);
// EXTERNAL MODULE: ./build/registry/credentials.js
var credentials = __webpack_require__(55760);
// EXTERNAL MODULE: ./build/registry/session.js
var registry_session = __webpack_require__(87254);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./build/oci/layout-writer.js
var layout_writer = __webpack_require__(71540);
// EXTERNAL MODULE: ./build/oci/image-spec.js
var image_spec = __webpack_require__(74891);
// EXTERNAL MODULE: ./build/registry/errors.js
var errors = __webpack_require__(17375);
;// CONCATENATED MODULE: ./build/publish/push.js


function emptyStats() {
    return { pushedBytes: 0, uploadedBlobs: 0, reusedBlobs: 0, mountedBlobs: 0, manifestsWritten: 0 };
}
function addStats(into, more) {
    into.pushedBytes += more.pushedBytes;
    into.uploadedBlobs += more.uploadedBlobs;
    into.reusedBlobs += more.reusedBlobs;
    into.mountedBlobs += more.mountedBlobs;
    into.manifestsWritten += more.manifestsWritten;
}
function formatBytes(bytes) {
    if (bytes < 1024)
        return `${bytes} B`;
    if (bytes < 1024 * 1024)
        return `${(bytes / 1024).toFixed(1)} KiB`;
    if (bytes < 1024 * 1024 * 1024)
        return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
    return `${(bytes / 1024 / 1024 / 1024).toFixed(2)} GiB`;
}
function push_short(digest) {
    return digest.slice(0, 'sha256:'.length + 12);
}
/** Runs `work` over `items` with at most `limit` at a time; the first failure stops new work and is thrown. */
async function forEachLimited(items, limit, work) {
    let next = 0;
    let failure;
    const worker = async () => {
        while (failure === undefined && next < items.length) {
            const item = items[next++];
            try {
                await work(item);
            }
            catch (error) {
                failure ??= error;
            }
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
    if (failure !== undefined)
        throw failure;
}
/** Pushes blobs, each at most once, with HEAD first, mounts, then uploads from the layout's files. */
async function pushBlobs(client, source, blobs, options, stats) {
    await forEachLimited(blobs, options.concurrency, async (blob) => {
        const started = Date.now();
        let result;
        try {
            result = await client.pushBlob(blob, (0,registry_client.fileSource)(source.layout.blobPath(blob.digest), blob.size), { mountFrom: options.mountFrom });
        }
        catch (error) {
            // The registry recomputes every digest: a mismatch means the layout's file is not what its name says.
            if (error instanceof errors.RegistryError && error.code === 'DIGEST_INVALID') {
                throw new errors.RegistryError(`${source.reference}: blob ${blob.digest} does not match its digest (the layout is corrupt): ${error.message}`, error.status, error.code);
            }
            throw error;
        }
        if (result === 'uploaded') {
            stats.uploadedBlobs++;
            stats.pushedBytes += blob.size;
            options.logger.info(`  ${push_short(blob.digest)} ${formatBytes(blob.size).padStart(10)}  uploaded in ${((Date.now() - started) / 1000).toFixed(1)} s`);
        }
        else {
            stats.reusedBlobs++;
            if (result === 'mounted')
                stats.mountedBlobs++;
            options.logger.info(`  ${push_short(blob.digest)} ${formatBytes(blob.size).padStart(10)}  ${result === 'mounted' ? 'mounted' : 'already there'}`);
        }
    });
}
/** Writes a manifest under `reference` (its digest or a tag); PUT is idempotent. */
async function writeManifest(client, reference, stored, stats) {
    const result = await client.putManifest(reference, stored.bytes, stored.descriptor.mediaType);
    stats.manifestsWritten++;
    stats.pushedBytes += stored.bytes.length;
    return result;
}
/** Writes a manifest under its digest unless the repository has it (attachments: whether it was there decides the referrers bookkeeping). */
async function ensureManifest(client, stored, stats) {
    if (await client.headManifest(stored.descriptor.digest))
        return { written: false };
    return { ...(await writeManifest(client, stored.descriptor.digest, stored, stats)), written: true };
}
/** Points a tag at a manifest unless it already points there. */
async function ensureTag(client, tag, stored, stats) {
    const current = await client.headManifest(tag);
    if (current?.digest === stored.descriptor.digest)
        return false;
    await writeManifest(client, tag, stored, stats);
    return true;
}
/** The descriptor a referrers index lists for an artifact (distribution spec: artifactType and annotations). */
function referrerDescriptor(stored) {
    const document = stored.manifest ?? stored.index;
    const descriptor = { mediaType: stored.descriptor.mediaType, digest: stored.descriptor.digest, size: stored.descriptor.size };
    const artifactType = document?.artifactType ?? stored.manifest?.config.mediaType;
    if (artifactType)
        descriptor.artifactType = artifactType;
    if (document?.annotations)
        descriptor.annotations = document.annotations;
    return descriptor;
}
/** Pushes what is attached to the image: tagged ones under their tag, referrers by digest (and in the fallback index). */
async function pushAttached(client, attached, stats, logger) {
    for (const item of attached) {
        if (item.tag) {
            if (await ensureTag(client, item.tag, item, stats))
                logger.info(`  ${item.tag} → ${push_short(item.descriptor.digest)}`);
            continue;
        }
        const { subject, written } = await ensureManifest(client, item, stats);
        if (item.subject && subject !== item.subject) {
            // No `OCI-Subject` in the answer: this registry may keep no referrers, so clients keep the fallback tag.
            const listed = !written && (await client.referrers(item.subject)).manifests.some((entry) => entry.digest === item.descriptor.digest);
            if (!listed && (await client.addToReferrersFallback(item.subject, referrerDescriptor(item))))
                stats.manifestsWritten++;
        }
        const artifactType = item.manifest?.artifactType ?? item.descriptor.artifactType;
        logger.info(`  referrer ${push_short(item.descriptor.digest)}${artifactType ? ` (${artifactType})` : ''}`);
    }
}
/**
 * Pushes an image from a layout to one repository, in the order that keeps readers safe: every blob
 * (image and attachments), then each manifest under its digest before the index that lists it, then the
 * attachments (signatures after the image they sign), and only then the tags — so a tag never points
 * at anything incomplete, nor at an image whose signatures are still on their way.
 */
async function pushImage(client, source, options) {
    const stats = emptyStats();
    const top = source.top.descriptor.digest;
    // A registry accepts a manifest only once everything it references is there, so an image whose
    // tags (or, pushed by digest, whose index) already name this digest is complete: nothing to HEAD.
    const current = options.tags.length > 0 ? await Promise.all(options.tags.map((tag) => client.headManifest(tag))) : [await client.headManifest(top)];
    if (current.every((head) => head?.digest === top)) {
        stats.reusedBlobs += source.blobs.length;
        await pushBlobs(client, source, source.attachedBlobs, options, stats);
        await pushAttached(client, source.attached, stats, options.logger);
        options.logger.info(`  ${client.name} already has ${top}${options.tags.length > 0 ? ` under ${options.tags.join(', ')}` : ''}: nothing to send`);
        return stats;
    }
    await pushBlobs(client, source, [...source.blobs, ...source.attachedBlobs], options, stats);
    // Children first (`manifests` ends with the top). A manifest the repository may hold already is written
    // again rather than asked about: a HEAD costs the same round trip as the idempotent PUT. With tags and
    // nothing attached, the top goes up under its tags directly — one request fewer, and no tag can name it
    // before its children are there; attachments need the top in place by digest before them.
    const topUnderTags = options.tags.length > 0 && source.attached.length === 0;
    for (const stored of source.manifests) {
        if (stored !== source.top || !topUnderTags)
            await writeManifest(client, stored.descriptor.digest, stored, stats);
    }
    await pushAttached(client, source.attached, stats, options.logger);
    for (const [i, tag] of options.tags.entries()) {
        // What the tag named before this push is known from the check above.
        const written = current[i]?.digest !== top;
        if (written)
            await writeManifest(client, tag, source.top, stats);
        options.logger.info(`  ${client.name}:${tag} → ${top}${written ? '' : ' (unchanged)'}`);
    }
    return stats;
}

;// CONCATENATED MODULE: ./build/publish/layout-copy.js







async function exists(path) {
    return (0,promises_.stat)(path).then(() => true, () => false);
}
/** Lists a manifest in index.json without a tag (a referrer, or an image pushed by digest), once. */
async function addUntaggedEntry(dir, descriptor) {
    const path = (0,external_node_path_.join)(dir, 'index.json');
    const index = await (0,layout_writer/* readLayoutDocument */.EO)(path);
    if (index.manifests.some((entry) => entry.digest === descriptor.digest && entry.annotations?.[image_spec/* ANNOTATION_REF_NAME */._0] === undefined))
        return;
    index.manifests.push(descriptor);
    const temp = `${path}.${(0,external_node_crypto_.randomBytes)(6).toString('hex')}.tmp`;
    try {
        await (0,promises_.writeFile)(temp, JSON.stringify(index));
        await (0,promises_.rename)(temp, path);
    }
    catch (error) {
        await (0,promises_.rm)(temp, { force: true });
        throw error;
    }
}
/** Lists a referrer in the layout's `sha256-<hex>` index for its subject, as a registry without the referrers API keeps it. */
async function addToFallbackIndex(dir, subject, referrer) {
    const tag = (0,registry_client.referrersFallbackTag)(subject);
    const index = await (0,layout_writer/* readLayoutDocument */.EO)((0,external_node_path_.join)(dir, 'index.json'));
    const entry = index.manifests.find((e) => e.annotations?.[image_spec/* ANNOTATION_REF_NAME */._0] === tag);
    let listed = [];
    if (entry && (0,image_spec/* isIndexMediaType */.$$)(entry.mediaType))
        listed = (await (0,layout_writer/* readLayoutDocument */.EO)((0,layout_writer/* blobPath */.nD)(dir, entry.digest))).manifests;
    if (listed.some((e) => e.digest === referrer.digest))
        return;
    const bytes = Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: image_spec/* OCI_INDEX */.$p, manifests: [...listed, referrer] }));
    await (0,layout_writer/* setTag */.NA)(dir, tag, await (0,layout_writer/* writeBlob */.Zh)(dir, bytes, image_spec/* OCI_INDEX */.$p));
}
/**
 * Copies an image and its attachments into another OCI layout (created if missing): blobs checked
 * against their digests and copied unless present, manifests, then attachment tags, then the image's tag
 * (or an untagged entry when pushed by digest) — the same order as a registry push.
 */
async function copyToLayout(source, dest, options) {
    const stats = emptyStats();
    const dir = (0,external_node_path_.resolve)(options.cwd ?? process.cwd(), dest.dir);
    await (0,layout_writer/* ensureLayout */.p0)(dir);
    const sameLayout = dir === (0,external_node_path_.resolve)(source.layout.dir);
    await forEachLimited([...source.blobs, ...source.attachedBlobs], options.concurrency, async (blob) => {
        if (sameLayout || (await exists((0,layout_writer/* blobPath */.nD)(dir, blob.digest)))) {
            stats.reusedBlobs++;
            return;
        }
        await source.layout.copyBlobTo(blob, (0,layout_writer/* blobPath */.nD)(dir, blob.digest));
        stats.uploadedBlobs++;
        stats.pushedBytes += blob.size;
    });
    for (const stored of [...source.manifests, ...source.attached]) {
        if (await exists((0,layout_writer/* blobPath */.nD)(dir, stored.descriptor.digest)))
            continue;
        await (0,layout_writer/* writeBlob */.Zh)(dir, stored.bytes, stored.descriptor.mediaType);
        stats.manifestsWritten++;
        stats.pushedBytes += stored.bytes.length;
    }
    for (const item of source.attached) {
        if (item.tag)
            await (0,layout_writer/* setTag */.NA)(dir, item.tag, item.descriptor);
        else if (item.subject)
            await addToFallbackIndex(dir, item.subject, referrerDescriptor(item));
        else
            await addUntaggedEntry(dir, item.descriptor);
    }
    if (dest.tag)
        await (0,layout_writer/* setTag */.NA)(dir, dest.tag, source.top.descriptor);
    else
        await addUntaggedEntry(dir, source.top.descriptor);
    options.logger.info(`  oci:${dest.dir}${dest.tag ? `:${dest.tag}` : `@${source.top.descriptor.digest}`}: ` +
        `${stats.uploadedBlobs} blobs copied, ${stats.reusedBlobs} already there`);
    return stats;
}

// EXTERNAL MODULE: ./build/runtime/errors.js
var runtime_errors = __webpack_require__(84704);
;// CONCATENATED MODULE: ./build/publish/merge.js






function platformKey(platform) {
    return platform ? [platform.os, platform.architecture, platform.variant ?? ''].join('/').replace(/\/$/, '') : 'unknown';
}
async function platformFromConfig(source, config) {
    const json = JSON.parse((await source.client.getBlob(config)).toString('utf8'));
    if (typeof json.os !== 'string' || typeof json.architecture !== 'string') {
        throw new runtime_errors/* ConfigurationError */.j1(`input \`merge\`: \`${source.label}\` has a config without os/architecture, so its platform is unknown`);
    }
    const platform = { architecture: json.architecture, os: json.os };
    if (typeof json.variant === 'string' && json.variant)
        platform.variant = json.variant;
    if (typeof json['os.version'] === 'string' && json['os.version'])
        platform['os.version'] = json['os.version'];
    return platform;
}
/** Annotations that every source carries with the same value: the standard `org.opencontainers.image.*` ones. */
function commonAnnotations(all) {
    const [first, ...rest] = all;
    if (!first)
        return undefined;
    const common = Object.fromEntries(Object.entries(first).filter(([key, value]) => key.startsWith('org.opencontainers.image.') && rest.every((other) => other?.[key] === value)));
    return Object.keys(common).length > 0 ? common : undefined;
}
/**
 * Builds one image index from single-target images (a manifest, or an index with one image whose
 * entry is taken as is): each entry gets its platform (from the source index, else the image config),
 * entries are sorted by platform so the index digest does not depend on the order of matrix legs.
 */
async function buildMergedIndex(sources, logger) {
    const children = [];
    const annotations = [];
    for (const source of sources) {
        const fetched = await source.client.getManifest(source.reference);
        let entry;
        if ((0,image_spec/* isManifestMediaType */.CM)(fetched.mediaType)) {
            const manifest = (0,image_spec/* parseOciManifest */.Ke)(JSON.parse(fetched.bytes.toString('utf8')), source.label);
            entry = { mediaType: fetched.mediaType, digest: fetched.digest, size: fetched.bytes.length, platform: await platformFromConfig(source, manifest.config) };
            annotations.push(manifest.annotations);
        }
        else if ((0,image_spec/* isIndexMediaType */.$$)(fetched.mediaType)) {
            const index = (0,image_spec/* parseOciIndex */.ri)(JSON.parse(fetched.bytes.toString('utf8')), source.label);
            const images = index.manifests.filter((e) => (0,image_spec/* isManifestMediaType */.CM)(e.mediaType) && !(e.platform?.os === 'unknown' && e.platform.architecture === 'unknown'));
            if (images.length !== 1) {
                throw new runtime_errors/* ConfigurationError */.j1(`input \`merge\`: \`${source.label}\` is an index of ${images.length} images; ` +
                    'merge combines single-target images (a manifest, or an index with one image)');
            }
            entry = { ...images[0] };
            if (!entry.platform) {
                const manifest = (0,image_spec/* parseOciManifest */.Ke)(JSON.parse((await source.client.getManifest(entry.digest)).bytes.toString('utf8')), source.label);
                entry.platform = await platformFromConfig(source, manifest.config);
            }
            annotations.push(index.annotations);
        }
        else {
            throw new runtime_errors/* ConfigurationError */.j1(`input \`merge\`: \`${source.label}\` is ${fetched.mediaType}, not an image`);
        }
        const clash = children.find((child) => platformKey(child.descriptor.platform) === platformKey(entry.platform));
        if (clash && clash.descriptor.digest !== entry.digest) {
            throw new runtime_errors/* ConfigurationError */.j1(`input \`merge\`: \`${clash.source.label}\` and \`${source.label}\` are both ${platformKey(entry.platform)}; an index holds one image per platform`);
        }
        if (!clash)
            children.push({ descriptor: entry, source });
        logger.info(`  ${source.label}: ${platformKey(entry.platform)} ${entry.digest}`);
    }
    children.sort((a, b) => platformKey(a.descriptor.platform).localeCompare(platformKey(b.descriptor.platform)));
    const index = { schemaVersion: 2, mediaType: image_spec/* OCI_INDEX */.$p, manifests: children.map((child) => child.descriptor) };
    const common = commonAnnotations(annotations);
    if (common)
        index.annotations = common;
    const bytes = Buffer.from(JSON.stringify(index));
    const digest = `sha256:${(0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex')}`;
    return { bytes, descriptor: { mediaType: image_spec/* OCI_INDEX */.$p, digest, size: bytes.length }, children };
}
/**
 * Makes a manifest and its blobs exist in `target`, taking them from `from`: nothing when present,
 * mounts within one registry, a download and upload (through a temp file) across registries.
 */
async function copyManifest(from, target, descriptor, tempRoot, stats) {
    if (from.registry === target.registry && from.repository === target.repository)
        return;
    if (await target.headManifest(descriptor.digest))
        return;
    const fetched = await from.getManifest(descriptor.digest);
    if ((0,image_spec/* isIndexMediaType */.$$)(fetched.mediaType)) {
        const index = (0,image_spec/* parseOciIndex */.ri)(JSON.parse(fetched.bytes.toString('utf8')), descriptor.digest);
        for (const child of index.manifests)
            await copyManifest(from, target, child, tempRoot, stats);
    }
    else {
        const manifest = (0,image_spec/* parseOciManifest */.Ke)(JSON.parse(fetched.bytes.toString('utf8')), descriptor.digest);
        for (const blob of [manifest.config, ...manifest.layers]) {
            if ((await target.headBlob(blob.digest)) !== undefined) {
                stats.reusedBlobs++;
                continue;
            }
            if (from.registry === target.registry && (await target.mountBlob(blob.digest, from.repository))) {
                stats.reusedBlobs++;
                stats.mountedBlobs++;
                continue;
            }
            const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)(tempRoot, 'copy-'));
            try {
                const path = (0,external_node_path_.join)(dir, 'blob');
                await from.downloadBlob(blob, path);
                await target.uploadBlob(blob, (0,registry_client.fileSource)(path, blob.size));
                stats.uploadedBlobs++;
                stats.pushedBytes += blob.size;
            }
            finally {
                await (0,promises_.rm)(dir, { recursive: true, force: true });
            }
        }
    }
    await target.putManifest(descriptor.digest, fetched.bytes, fetched.mediaType);
    stats.manifestsWritten++;
    stats.pushedBytes += fetched.bytes.length;
}

// EXTERNAL MODULE: ./build/oci/layout-reader.js
var layout_reader = __webpack_require__(84952);
;// CONCATENATED MODULE: ./build/publish/source.js





/** What cosign (and our signing) attaches under a tag of its own: `sha256-<hex>.sig`, `.att`, `.sbom`. */
const ATTACHMENT_KINDS = ['sig', 'att', 'sbom'];
const ATTACHMENT_TAG = new RegExp(`^sha256-([a-f0-9]{64})\\.(${ATTACHMENT_KINDS.join('|')})$`);
/** `sha256:<hex>` → cosign's `sha256-<hex>.<kind>` tag. */
function cosignAttachmentTag(digest, kind) {
    return `${digest.replace(':', '-')}.${kind}`;
}
/** The referrers fallback index of the distribution spec. */
const FALLBACK_TAG = /^sha256-([a-f0-9]{64})$/;
const MAX_DEPTH = 4;
function plain(descriptor) {
    const { annotations, ...rest } = descriptor;
    const kept = Object.fromEntries(Object.entries(annotations ?? {}).filter(([key]) => key !== image_spec/* ANNOTATION_REF_NAME */._0));
    return Object.keys(kept).length > 0 ? { ...rest, annotations: kept } : rest;
}
async function readStored(layout, descriptor) {
    const bytes = await layout.readBlob(descriptor);
    const where = `${descriptor.mediaType} ${descriptor.digest}`;
    const json = JSON.parse(bytes.toString('utf8'));
    const stored = { descriptor: plain(descriptor), bytes };
    try {
        if ((0,image_spec/* isIndexMediaType */.$$)(descriptor.mediaType))
            stored.index = (0,image_spec/* parseOciIndex */.ri)(json, where);
        else
            stored.manifest = (0,image_spec/* parseOciManifest */.Ke)(json, where);
    }
    catch (error) {
        throw (0,runtime_errors/* inputError */.Xu)(layout.input, `OCI layout \`${layout.dir}\`: ${error.message}`);
    }
    return stored;
}
/** Walks an index or manifest: manifests children-first into `manifests`, their blobs into `blobs`. */
async function collect(layout, descriptor, manifests, blobs, depth = 0) {
    const known = manifests.get(descriptor.digest);
    if (known)
        return known;
    if (depth > MAX_DEPTH)
        throw (0,runtime_errors/* inputError */.Xu)(layout.input, `OCI layout \`${layout.dir}\`: indexes nest deeper than ${MAX_DEPTH} levels`);
    if (!(0,image_spec/* isIndexMediaType */.$$)(descriptor.mediaType) && !(0,image_spec/* isManifestMediaType */.CM)(descriptor.mediaType)) {
        throw (0,runtime_errors/* inputError */.Xu)(layout.input, `OCI layout \`${layout.dir}\`: ${descriptor.digest} has media type ${descriptor.mediaType}, which is neither an image manifest nor an index`);
    }
    const stored = await readStored(layout, descriptor);
    if (stored.index) {
        for (const child of stored.index.manifests)
            await collect(layout, child, manifests, blobs, depth + 1);
    }
    else if (stored.manifest) {
        for (const blob of [stored.manifest.config, ...stored.manifest.layers])
            if (!blobs.has(blob.digest))
                blobs.set(blob.digest, plain(blob));
    }
    manifests.set(descriptor.digest, stored);
    return stored;
}
/**
 * Reads the image a layout reference names, with every manifest's bytes digest-checked, and finds
 * what is attached to it in the same layout: entries tagged `sha256-<hex>.sig|.att|.sbom` for the
 * index or any of its manifests (cosign's tag scheme), and manifests whose `subject` is one of them
 * (OCI 1.1 referrers), listed directly in index.json or in a `sha256-<hex>` fallback index.
 */
async function readSourceImage(input, ref, cwd = process.cwd()) {
    const layout = await layout_reader.OciLayout.open(input, (0,external_node_path_.resolve)(cwd, ref.dir));
    const entry = await layout.resolve(ref);
    const manifests = new Map();
    const blobs = new Map();
    const top = await collect(layout, entry, manifests, blobs);
    const imageDigests = new Set(manifests.keys());
    const attached = new Map();
    const attachedBlobs = new Map();
    const attach = async (descriptor, how) => {
        if (imageDigests.has(descriptor.digest))
            return;
        const existing = attached.get(`${descriptor.digest} ${how.tag ?? ''}`);
        if (existing)
            return;
        const stored = await readStored(layout, descriptor);
        const subject = stored.manifest?.subject?.digest ?? stored.index?.subject?.digest;
        const item = { ...stored };
        if (how.tag)
            item.tag = how.tag;
        if (subject && imageDigests.has(subject))
            item.subject = subject;
        attached.set(`${descriptor.digest} ${how.tag ?? ''}`, item);
        const children = stored.manifest ? [stored.manifest.config, ...stored.manifest.layers] : [];
        for (const blob of children)
            if (!blobs.has(blob.digest) && !attachedBlobs.has(blob.digest))
                attachedBlobs.set(blob.digest, plain(blob));
        if (stored.index)
            for (const child of stored.index.manifests)
                await collect(layout, child, new Map(), attachedBlobs);
    };
    for (const candidate of layout.index.manifests) {
        if (candidate.digest === entry.digest)
            continue;
        const tag = candidate.annotations?.[image_spec/* ANNOTATION_REF_NAME */._0];
        const attachment = tag ? ATTACHMENT_TAG.exec(tag) : null;
        if (attachment) {
            if (imageDigests.has(`sha256:${attachment[1]}`))
                await attach(candidate, { tag });
            continue;
        }
        const fallback = tag ? FALLBACK_TAG.exec(tag) : null;
        if (fallback) {
            if (!imageDigests.has(`sha256:${fallback[1]}`) || !(0,image_spec/* isIndexMediaType */.$$)(candidate.mediaType))
                continue;
            // The fallback index itself is rebuilt at the destination, which may already list other referrers.
            const index = (await readStored(layout, candidate)).index;
            for (const referrer of index?.manifests ?? [])
                if ((0,image_spec/* isManifestMediaType */.CM)(referrer.mediaType) || (0,image_spec/* isIndexMediaType */.$$)(referrer.mediaType))
                    await attach(referrer, {});
            continue;
        }
        if (!(0,image_spec/* isManifestMediaType */.CM)(candidate.mediaType) && !(0,image_spec/* isIndexMediaType */.$$)(candidate.mediaType))
            continue;
        if (candidate.size > 4 * 1024 * 1024)
            continue;
        const stored = await readStored(layout, candidate);
        const subject = stored.manifest?.subject?.digest ?? stored.index?.subject?.digest;
        if (subject && imageDigests.has(subject))
            await attach(candidate, {});
    }
    // Uploads read blobs by ranges: each must be a regular file of its declared size before any is sent.
    for (const blob of [...blobs.values(), ...attachedBlobs.values()])
        await layout.checkBlob(blob);
    const source = {
        layout,
        reference: (0,reference/* formatImageReference */.my)(ref),
        top,
        manifests: [...manifests.values()],
        blobs: [...blobs.values()],
        attached: [...attached.values()],
        attachedBlobs: [...attachedBlobs.values()]
    };
    const tag = ref.tag ?? entry.annotations?.[image_spec/* ANNOTATION_REF_NAME */._0];
    if (tag !== undefined && !ATTACHMENT_TAG.test(tag))
        source.tag = tag;
    return source;
}

;// CONCATENATED MODULE: ./build/publish/promote.js
/**
 * Promotion: an image already in a registry gets more tags, or is copied to other repositories and
 * registries, by digest — the bytes that passed a boot are the bytes released, nothing rebuilt. In its
 * own repository a promotion is a manifest PUT under the new tag; another repository of the same
 * registry mounts the blobs; another registry streams them. Signatures travel with it: cosign's
 * `sha256-<hex>.sig|.att|.sbom` tags and the referrers (API or `sha256-<hex>` fallback index) of the
 * image and of each of its manifests.
 */





/** The image's top manifest, resolved once: its digest is what every destination must end up holding. */
async function resolvePromotion(source) {
    const fetched = await source.client.getManifest(source.reference);
    if (source.reference.startsWith('sha256:') && fetched.digest !== source.reference) {
        throw new runtime_errors/* ConfigurationError */.j1(`input \`image\`: ${source.label} answered with ${fetched.digest}, not the digest asked for`);
    }
    const descriptor = { mediaType: fetched.mediaType, digest: fetched.digest, size: fetched.bytes.length };
    const subjects = [fetched.digest];
    if ((0,image_spec/* isIndexMediaType */.$$)(fetched.mediaType)) {
        for (const child of (0,image_spec/* parseOciIndex */.ri)(JSON.parse(fetched.bytes.toString('utf8')), source.label).manifests)
            subjects.push(child.digest);
    }
    return { descriptor, bytes: fetched.bytes, subjects };
}
const REVISION_ANNOTATION = 'org.opencontainers.image.revision';
/**
 * `require-revision`: the image must say it was built from that commit — its index's (or single
 * manifest's) revision annotation, which `build` writes from the checked-out commit. A short tag such
 * as `sha-<7>` can name another commit with the same prefix; this cannot.
 */
function checkRevision(image, expected, label) {
    let annotations;
    try {
        annotations = JSON.parse(image.bytes.toString('utf8')).annotations;
    }
    catch {
        annotations = undefined;
    }
    const revision = annotations && typeof annotations === 'object' ? annotations[REVISION_ANNOTATION] : undefined;
    if (typeof revision !== 'string') {
        throw (0,runtime_errors/* inputError */.Xu)('require-revision', `${label} carries no ${REVISION_ANNOTATION} annotation, so it cannot be shown to come from ${expected}`);
    }
    if (revision.toLowerCase() !== expected)
        throw (0,runtime_errors/* inputError */.Xu)('require-revision', `${label} was built from ${revision}, not ${expected}`);
}
async function manifestIfPresent(client, reference) {
    try {
        return await client.getManifest(reference);
    }
    catch (error) {
        if (error instanceof errors.RegistryError && error.status === 404)
            return undefined;
        throw error;
    }
}
/** Copies what is attached to each subject from the source repository into the target's. */
async function copyAttachments(source, target, subjects, tempRoot, stats, logger) {
    let copied = 0;
    for (const subject of subjects) {
        for (const kind of ATTACHMENT_KINDS) {
            const tag = cosignAttachmentTag(subject, kind);
            const attached = await manifestIfPresent(source, tag);
            if (!attached)
                continue;
            await copyManifest(source, target, { mediaType: attached.mediaType, digest: attached.digest, size: attached.bytes.length }, tempRoot, stats);
            // A tag of the target's own (another signer's) is merged by the signer, not overwritten here.
            const existing = await target.headManifest(tag);
            if (existing && existing.digest !== attached.digest) {
                logger.warning(`${target.name}:${tag} already holds other signatures; left as it is (sign there to add one)`);
                continue;
            }
            if (!existing) {
                await target.putManifest(tag, attached.bytes, attached.mediaType);
                stats.manifestsWritten++;
            }
            copied++;
        }
        const referrers = await source.referrers(subject);
        if (referrers.manifests.length === 0)
            continue;
        for (const referrer of referrers.manifests)
            await copyManifest(source, target, referrer, tempRoot, stats);
        // A registry with the referrers API lists what was just put; without it, the fallback index must.
        const listed = new Set((await target.referrers(subject)).manifests.map((entry) => entry.digest));
        for (const referrer of referrers.manifests)
            if (!listed.has(referrer.digest))
                await target.addToReferrersFallback(subject, referrer);
        copied += referrers.manifests.length;
    }
    return copied;
}
/**
 * Gives `target` the image under each of its tags (or by digest only), copying manifests and blobs it
 * lacks and, with `copySignatures`, what is attached; then checks the target holds that very digest.
 */
async function promoteTo(source, image, target, options) {
    const { descriptor, bytes } = image;
    const sameRepository = source.client.registry === target.client.registry && source.client.repository === target.client.repository;
    await copyManifest(source.client, target.client, descriptor, options.tempRoot, options.stats);
    // One PUT per tag: the registry confirms the digest it stored (putManifest checks Docker-Content-Digest).
    for (const tag of target.tags) {
        await target.client.putManifest(tag, bytes, descriptor.mediaType);
        options.stats.manifestsWritten++;
    }
    if (options.copySignatures && !sameRepository) {
        const copied = await copyAttachments(source.client, target.client, image.subjects, options.tempRoot, options.stats, options.logger);
        options.logger.info(`  ${copied} signature/attestation manifest(s) copied along`);
    }
    if (target.tags.length === 0) {
        const held = await target.client.headManifest(descriptor.digest);
        if (held?.digest !== descriptor.digest)
            throw new runtime_errors/* ConfigurationError */.j1(`publish: ${target.client.name} does not hold ${descriptor.digest} after the promotion`);
    }
    for (const reference of target.tags.length > 0 ? target.tags : [descriptor.digest]) {
        options.logger.info(`  ${target.client.name}${reference.startsWith('sha256:') ? '@' : ':'}${reference} → ${descriptor.digest}`);
    }
}

;// CONCATENATED MODULE: ./build/publish/publish.js









/** Opens one session per registry and hands out repository clients sharing it. */
class Clients {
    options;
    deps;
    sessions = new Map();
    constructor(options, deps) {
        this.options = options;
        this.deps = deps;
    }
    clientOptions(registry) {
        const retry = { ...this.deps.client?.retry, attempts: this.options.retries };
        return {
            env: this.deps.env,
            logger: this.deps.logger,
            ...this.deps.client,
            retry,
            insecure: (0,credentials.isInsecureRegistry)(registry, this.options.insecure),
            access: 'push'
        };
    }
    /** The registry's session: credentials resolved and `GET /v2/` answered, once per registry. */
    session(registry) {
        let session = this.sessions.get(registry);
        if (!session) {
            session = (async () => {
                const opened = new registry_session/* RegistrySession */.G(registry, await this.deps.credentials(registry), this.clientOptions(registry));
                try {
                    await opened.ping();
                }
                catch (error) {
                    opened.close();
                    throw error;
                }
                return opened;
            })();
            this.sessions.set(registry, session);
        }
        return session;
    }
    /** Starts opening the session while other work goes on; a failure surfaces when the session is used. */
    prepare(registry) {
        this.session(registry).catch(() => undefined);
    }
    async get(name, access) {
        const session = await this.session(name.registry);
        return registry_client.RegistryClient.connect(name, undefined, { ...this.clientOptions(name.registry), access, session });
    }
    async close() {
        for (const session of await Promise.allSettled(this.sessions.values()))
            if (session.status === 'fulfilled')
                session.value.close();
    }
}
function layoutRef(destination, digest) {
    return destination.tag ? `oci:${destination.dir}:${destination.tag}` : `oci:${destination.dir}@${digest}`;
}
function registryRefs(destination, digest) {
    const name = `${destination.registry}/${destination.repository}`;
    if (destination.tags.length === 0)
        return [{ ref: `${name}@${digest}`, digest }];
    return destination.tags.map((tag) => ({ ref: `${name}:${tag}`, digest }));
}
/**
 * Publishes a layout image to every destination — layouts by copy, registries repository by
 * repository so that later repositories of one registry mount what earlier ones received — or, with
 * `merge`, combines single-target registry images into one index and pushes that.
 */
async function publish(options, deps) {
    const clients = new Clients(options, deps);
    try {
        if (options.promote)
            return await publishPromotion(options, deps, clients);
        return options.merge.length > 0 ? await publishMerge(options, deps, clients) : await publishImage(options, deps, clients);
    }
    finally {
        await clients.close();
    }
}
async function publishImage(options, deps, clients) {
    const { logger } = deps;
    if (!options.image)
        throw new Error('publish: no image to publish');
    // The first registry's round trips (token, GET /v2/) overlap with reading and checking the layout.
    const firstRegistry = options.destinations.find((d) => d.kind === 'registry');
    if (firstRegistry)
        clients.prepare(firstRegistry.registry);
    const source = await readSourceImage('image', options.image, deps.cwd);
    const digest = source.top.descriptor.digest;
    const blobBytes = source.blobs.reduce((sum, blob) => sum + blob.size, 0);
    logger.info(`Publishing ${(0,reference/* formatImageReference */.my)(options.image)} (${digest}): ` +
        `${source.manifests.length} manifest(s), ${source.blobs.length} blob(s) of ${formatBytes(blobBytes)}` +
        (source.attached.length > 0 ? `, ${source.attached.length} signature/attestation manifest(s)` : ''));
    const stats = emptyStats();
    const refs = [];
    const pushed = [];
    for (const destination of options.destinations) {
        if (destination.kind === 'layout') {
            const ref = layoutRef(destination, digest);
            await logger.group(`Copy to ${ref}`, async () => addStats(stats, await copyToLayout(source, destination, { concurrency: options.concurrency, logger, cwd: deps.cwd })));
            refs.push({ ref, digest });
            continue;
        }
        const name = { registry: destination.registry, repository: destination.repository };
        await logger.group(`Push to ${destination.registry}/${destination.repository}`, async () => {
            const client = await clients.get(name, 'push');
            const mountFrom = [...pushed, ...(deps.knownRepositories ?? [])]
                .filter((r) => r.registry === name.registry && r.repository !== name.repository)
                .map((r) => r.repository);
            const pushStats = await pushImage(client, source, {
                tags: destination.tags,
                mountFrom: [...new Set(mountFrom)],
                concurrency: options.concurrency,
                logger
            });
            logger.info(`${pushStats.uploadedBlobs} blob(s) uploaded (${formatBytes(pushStats.pushedBytes)} sent), ` +
                `${pushStats.reusedBlobs} reused${pushStats.mountedBlobs ? ` (${pushStats.mountedBlobs} by mount)` : ''}`);
            addStats(stats, pushStats);
        });
        pushed.push(name);
        refs.push(...registryRefs(destination, digest));
    }
    return { digest, refs, stats, source };
}
async function publishMerge(options, deps, clients) {
    const { logger } = deps;
    const sources = [];
    for (const item of options.merge) {
        const client = await clients.get(item.ref, 'pull');
        sources.push({ client, reference: item.ref.digest ?? item.ref.tag ?? 'latest', label: item.label });
    }
    const merged = await logger.group(`Merge ${sources.length} image(s) into one index`, () => buildMergedIndex(sources, logger));
    const digest = merged.descriptor.digest;
    logger.info(`Index ${digest} with ${merged.children.length} platform(s)`);
    const stats = emptyStats();
    const refs = [];
    for (const destination of options.destinations) {
        if (destination.kind !== 'registry')
            continue;
        await logger.group(`Push the index to ${destination.registry}/${destination.repository}`, async () => {
            const client = await clients.get(destination, 'push');
            for (const child of merged.children)
                await copyManifest(child.source.client, client, child.descriptor, deps.workRoot, stats);
            if (!(await client.headManifest(digest))) {
                await client.putManifest(digest, merged.bytes, merged.descriptor.mediaType);
                stats.manifestsWritten++;
                stats.pushedBytes += merged.bytes.length;
            }
            for (const tag of destination.tags) {
                const current = await client.headManifest(tag);
                if (current?.digest !== digest) {
                    await client.putManifest(tag, merged.bytes, merged.descriptor.mediaType);
                    stats.manifestsWritten++;
                    stats.pushedBytes += merged.bytes.length;
                }
                logger.info(`  ${client.name}:${tag} → ${digest}`);
            }
        });
        refs.push(...registryRefs(destination, digest));
    }
    return { digest, refs, stats };
}
/** `image` names a registry image: every destination gets that very digest, tagged, signatures included. */
async function publishPromotion(options, deps, clients) {
    const { logger } = deps;
    const ref = options.promote;
    const label = (0,reference/* formatImageReference */.my)(ref);
    const source = { client: await clients.get(ref, 'pull'), reference: ref.digest ?? ref.tag, label };
    const image = await resolvePromotion(source);
    const digest = image.descriptor.digest;
    if (options.requireRevision) {
        checkRevision(image, options.requireRevision, `${label} (${digest})`);
        logger.info(`${label} was built from ${options.requireRevision}`);
    }
    logger.info(`Promoting ${label} (${digest}) without rebuilding`);
    const stats = emptyStats();
    const refs = [];
    for (const destination of options.destinations) {
        if (destination.kind !== 'registry')
            continue;
        await logger.group(`Promote to ${destination.registry}/${destination.repository}`, async () => {
            const client = await clients.get(destination, 'push');
            await promoteTo(source, image, { client, tags: destination.tags }, { copySignatures: options.copySignatures, tempRoot: deps.workRoot, stats, logger });
        });
        refs.push(...registryRefs(destination, digest));
    }
    return { digest, refs, stats, promotedFrom: { ref: label, digest } };
}

// EXTERNAL MODULE: ./build/registry/limits.js
var registry_limits = __webpack_require__(88644);
;// CONCATENATED MODULE: ./build/actions/publish.js








/** Repositories an earlier publish of this job pushed to: candidates to mount blobs from. */
function knownRepositories(record) {
    const names = [];
    for (const { ref } of record?.refs ?? []) {
        if (ref.startsWith('oci:'))
            continue;
        try {
            const parsed = (0,reference/* parseRegistryReference */.qq)('to', ref);
            if (!names.some((n) => n.registry === parsed.registry && n.repository === parsed.repository))
                names.push({ registry: parsed.registry, repository: parsed.repository });
        }
        catch {
            // a record from elsewhere that does not parse is no mount source
        }
    }
    return names;
}
function registriesOf(options) {
    const registries = options.destinations.flatMap((d) => (d.kind === 'registry' ? [d.registry] : []));
    return [...new Set([...registries, ...options.merge.map((m) => m.ref.registry)])];
}
function summaryMarkdown(result, releaseUrl) {
    const rows = result.refs.map((r) => `| \`${r.ref}\` | \`${r.digest}\` |`).join('\n');
    const { stats } = result;
    return [
        `### 📦 Published \`${result.digest}\``,
        '',
        '| reference | digest |',
        '|---|---|',
        rows,
        '',
        `${stats.uploadedBlobs} blob(s) uploaded, ${formatBytes(stats.pushedBytes)} sent; ` +
            `${stats.reusedBlobs} reused${stats.mountedBlobs ? ` (${stats.mountedBlobs} mounted)` : ''}.`,
        result.promotedFrom
            ? `\nPromoted without rebuilding: \`${result.promotedFrom.ref}\` held \`${result.promotedFrom.digest}\` = published \`${result.digest}\`.`
            : '',
        releaseUrl ? `\nRelease: ${releaseUrl}` : '',
        ''
    ].join('\n');
}
/**
 * `publish`: read inputs → resolve credentials (inputs, docker config, ghcr.io's token) → push or
 * merge → upload the release → outputs, summary, job state.
 */
async function publishAction(context, overrides = {}) {
    const { inputs, logger, outputs, env } = context;
    const state = context.jobState.read();
    const ruleTags = inputs.list('tags').length > 0 ? await (await Promise.all(/* import() */[__webpack_require__.e(8130), __webpack_require__.e(645)]).then(__webpack_require__.bind(__webpack_require__, 52887))).publishTags(inputs, env, context.onGitHub, logger) : undefined;
    const options = (0,publish_options.readPublishOptions)(inputs, state, ruleTags);
    const sources = await (0,publish_options.readCredentialSources)(inputs, options, env);
    const mask = (value) => {
        if (value)
            context.mask(value);
    };
    let skipped = false;
    if ((0,publish_options.isForkPullRequest)(env)) {
        const missing = await (0,publish_options.registriesWithoutCredentials)(registriesOf(options), sources, env);
        if (missing.length > 0) {
            logger.notice(`Pull request from a fork: no credentials for ${missing.join(', ')} (forks get no secrets), so nothing is pushed to registries`);
            options.destinations = options.destinations.filter((d) => d.kind === 'layout');
            options.merge = [];
            delete options.release;
            skipped = true;
        }
    }
    if (options.destinations.length === 0 || (skipped && !options.image)) {
        outputs.set('skipped', true);
        for (const name of ['digest', 'source-digest', 'refs', 'pushed-bytes', 'reused-blobs', 'release-url'])
            outputs.set(name, name === 'refs' ? [] : '');
        return { skipped: true };
    }
    let result;
    const limits = (0,registry_limits/* registryLimitOptions */.Jw)(options.limits, 'publishing to');
    try {
        result = await publish(options, {
            logger,
            workRoot: context.workRoot,
            env,
            credentials: async (registry) => {
                const credentials = await (0,publish_options.credentialsFor)(registry, sources, env);
                mask(credentials?.password);
                mask(credentials?.identityToken);
                mask(credentials?.registryToken);
                return credentials;
            },
            client: { ...limits, ...overrides.client },
            knownRepositories: knownRepositories(state.publish)
        });
    }
    catch (error) {
        // Refused or missing credentials are the user's to fix; the message names where they came from.
        if (error instanceof errors.RegistryAuthError)
            throw new runtime_errors/* ConfigurationError */.j1(error.message);
        throw error;
    }
    finally {
        limits.deadline.dispose();
    }
    let releaseUrl;
    if (options.release && result.source) {
        // Loaded only for releases: the GitHub client stays out of a registry push's start-up.
        const { uploadRelease } = await Promise.all(/* import() */[__webpack_require__.e(8697), __webpack_require__.e(3927), __webpack_require__.e(4761)]).then(__webpack_require__.bind(__webpack_require__, 54761));
        const release = await logger.group(`Upload to release ${options.release}`, () => uploadRelease(result.source, {
            tag: options.release,
            token: options.githubToken,
            env,
            logger,
            workRoot: context.workRoot,
            build: state.build,
            name: result.refs[0]?.ref,
            retry: { ...overrides.client?.retry, attempts: options.retries }
        }));
        releaseUrl = release.url;
    }
    outputs.set('digest', result.digest);
    outputs.set('source-digest', result.promotedFrom?.digest ?? '');
    outputs.set('refs', result.refs);
    outputs.set('pushed-bytes', result.stats.pushedBytes);
    outputs.set('reused-blobs', result.stats.reusedBlobs);
    outputs.set('release-url', releaseUrl ?? '');
    outputs.set('skipped', skipped);
    context.jobState.record('publish', { digest: result.digest, refs: result.refs });
    await context.summary.write(summaryMarkdown(result, releaseUrl));
    return { ...result, skipped, releaseUrl };
}


/***/ }),

/***/ 84952:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OciLayout: () => (/* binding */ OciLayout)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(84704);
/* harmony import */ var _runtime_regular_file_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(18706);
/* harmony import */ var _platform_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7997);
/* harmony import */ var _image_spec_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(74891);








function errnoCode(error) {
    return error.code;
}
/** A digest-verifying reader over an OCI image layout directory (image-spec image-layout.md). */
class OciLayout {
    input;
    dir;
    index;
    constructor(input, dir, index) {
        this.input = input;
        this.dir = dir;
        this.index = index;
    }
    /** Reads `oci-layout` and `index.json`; `input` is the input every error names. */
    static async open(input, dir) {
        const name = `OCI layout \`${dir}\``;
        try {
            if (!(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(dir)).isDirectory())
                throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .inputError */ .Xu)(input, `${name} is not a directory`);
        }
        catch (error) {
            if (errnoCode(error) !== 'ENOENT')
                throw error;
            const hint = dir.includes(':') ? ` (a reference is oci:<dir>:<tag> or oci:<dir>@sha256:<hex>; with a tag the directory ends at the first ':')` : '';
            throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .inputError */ .Xu)(input, `${name} does not exist${hint}`);
        }
        const layoutFile = await readLayoutJson(input, name, (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'oci-layout'), 'oci-layout');
        wrapFormatError(input, name, () => (0,_image_spec_js__WEBPACK_IMPORTED_MODULE_5__/* .parseOciLayoutFile */ .pM)(layoutFile, 'oci-layout'));
        const indexJson = await readLayoutJson(input, name, (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'index.json'), 'index.json');
        const index = wrapFormatError(input, name, () => (0,_image_spec_js__WEBPACK_IMPORTED_MODULE_5__/* .parseOciIndex */ .ri)(indexJson, 'index.json'));
        return new OciLayout(input, dir, index);
    }
    get name() {
        return `OCI layout \`${this.dir}\``;
    }
    fail(message) {
        return (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .inputError */ .Xu)(this.input, `${this.name} ${message}`);
    }
    /** The `org.opencontainers.image.ref.name` of every entry of index.json that has one, in order. */
    get tags() {
        return this.index.manifests.flatMap((entry) => {
            const tag = entry.annotations?.[_image_spec_js__WEBPACK_IMPORTED_MODULE_5__/* .ANNOTATION_REF_NAME */ ._0];
            return tag === undefined ? [] : [tag];
        });
    }
    listEntries() {
        const names = this.index.manifests.map((entry) => entry.annotations?.[_image_spec_js__WEBPACK_IMPORTED_MODULE_5__/* .ANNOTATION_REF_NAME */ ._0] ?? `${entry.digest} (untagged)`);
        return names.length > 0 ? names.join(', ') : 'none';
    }
    /**
     * The index.json entry a target names; a digest may also name any manifest or index blob in the
     * layout. The blob is read and checked against its digest: what a signature is checked for must be
     * what the layout holds.
     */
    async resolve(target) {
        const entry = await this.findEntry(target);
        if (entry.size > _image_spec_js__WEBPACK_IMPORTED_MODULE_5__/* .MAX_DOCUMENT_SIZE */ .bJ)
            throw this.fail(`entry ${entry.digest} is ${entry.size} bytes: too large for an image manifest or index`);
        await this.readBlob(entry);
        return entry;
    }
    async findEntry(target) {
        const entries = this.index.manifests;
        if (target.digest !== undefined) {
            const entry = entries.find((candidate) => candidate.digest === target.digest);
            return entry ?? (await this.describeBlob(target.digest));
        }
        if (target.tag !== undefined) {
            const tag = target.tag;
            const matches = entries.filter((entry) => entry.annotations?.[_image_spec_js__WEBPACK_IMPORTED_MODULE_5__/* .ANNOTATION_REF_NAME */ ._0] === tag);
            if (matches.length === 0)
                throw this.fail(`has no image tagged \`${tag}\` (index.json lists: ${this.listEntries()})`);
            if (matches.length > 1)
                throw this.fail(`lists ${matches.length} entries tagged \`${tag}\` in index.json; a tag must name one image`);
            return matches[0];
        }
        if (entries.length === 0)
            throw this.fail('holds no images: its index.json lists none');
        if (entries.length > 1) {
            throw this.fail(`holds ${entries.length} images (${this.listEntries()}); name one as oci:${this.dir}:<tag> or oci:${this.dir}@sha256:<hex>`);
        }
        return entries[0];
    }
    /** A descriptor for a blob that index.json does not list, from the blob itself. */
    async describeBlob(digest) {
        if (!(0,_image_spec_js__WEBPACK_IMPORTED_MODULE_5__/* .isSha256Digest */ .q9)(digest))
            throw this.fail(`cannot look up \`${digest}\`: expected sha256: followed by 64 lowercase hex digits`);
        let content;
        try {
            content = await (0,_runtime_regular_file_js__WEBPACK_IMPORTED_MODULE_3__/* .readRegularFile */ .XF)(this.blobPath(digest), _image_spec_js__WEBPACK_IMPORTED_MODULE_5__/* .MAX_DOCUMENT_SIZE */ .bJ, { noFollow: true });
        }
        catch (error) {
            if (errnoCode(error) === 'ENOENT')
                throw this.fail(`has no image or blob with digest ${digest} (index.json lists: ${this.listEntries()})`);
            if (error instanceof _runtime_regular_file_js__WEBPACK_IMPORTED_MODULE_3__/* .FileTooLargeError */ .yq)
                throw this.fail(`blob ${digest} is too large for an image manifest or index: ${error.message}`);
            throw this.unreadable(digest, error);
        }
        const size = content.length;
        const actual = `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(content).digest('hex')}`;
        if (actual !== digest)
            throw this.digestMismatch({ mediaType: 'application/octet-stream', digest, size }, actual);
        const json = this.parseJson(content, `blob ${digest}`);
        const declared = typeof json === 'object' && json !== null ? json.mediaType : undefined;
        let mediaType;
        if (typeof declared === 'string')
            mediaType = declared;
        else if (typeof json === 'object' && json !== null && 'manifests' in json)
            mediaType = _image_spec_js__WEBPACK_IMPORTED_MODULE_5__/* .OCI_INDEX */ .$p;
        else if (typeof json === 'object' && json !== null && 'layers' in json)
            mediaType = _image_spec_js__WEBPACK_IMPORTED_MODULE_5__/* .OCI_MANIFEST */ .EG;
        else
            throw this.fail(`blob ${digest} is not an image manifest or index`);
        return { mediaType, digest, size };
    }
    blobPath(digest) {
        // The digest becomes a path: only a well-formed one may, or `sha256:../../x` would escape the layout.
        if (!(0,_image_spec_js__WEBPACK_IMPORTED_MODULE_5__/* .isSha256Digest */ .q9)(digest))
            throw this.fail(`refers to \`${digest}\`, which is not a sha256 digest`);
        return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(this.dir, 'blobs', 'sha256', digest.slice('sha256:'.length));
    }
    /**
     * Opens a blob for reading: a regular file (not a symlink, FIFO or device, checked on the open
     * descriptor) of the size its descriptor declares.
     */
    async openBlob(descriptor) {
        let file;
        try {
            file = await (0,_runtime_regular_file_js__WEBPACK_IMPORTED_MODULE_3__/* .openRegularFile */ .ZU)(this.blobPath(descriptor.digest), { noFollow: true });
        }
        catch (error) {
            if (errnoCode(error) === 'ENOENT')
                throw this.fail(`is missing blob ${descriptor.digest} (${descriptor.mediaType})`);
            throw this.unreadable(descriptor.digest, error);
        }
        if (file.size !== descriptor.size) {
            await file.handle.close();
            throw this.sizeMismatch(descriptor, file.size);
        }
        return file;
    }
    /** Checks that a blob is a regular file of its declared size, without reading it (before an upload reads it by ranges). */
    async checkBlob(descriptor) {
        await (await this.openBlob(descriptor)).handle.close();
    }
    unreadable(digest, error) {
        if (error instanceof _runtime_regular_file_js__WEBPACK_IMPORTED_MODULE_3__/* .NotRegularFileError */ .iZ)
            return this.fail(`blob ${digest} is not a regular file: ${error.message}`);
        return this.fail(`cannot read blob ${digest}: ${(0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .errorMessage */ .gJ)(error)}`);
    }
    /** Reads a whole blob, checking its size and sha256 against the descriptor (one byte past the size is read, to catch more). */
    async readBlob(descriptor) {
        const { handle } = await this.openBlob(descriptor);
        let content;
        try {
            content = await (0,_runtime_regular_file_js__WEBPACK_IMPORTED_MODULE_3__/* .readRange */ .qX)(handle, 0, descriptor.size + 1);
        }
        finally {
            await handle.close();
        }
        if (content.length !== descriptor.size)
            throw this.sizeMismatch(descriptor, content.length);
        const actual = `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(content).digest('hex')}`;
        if (actual !== descriptor.digest)
            throw this.digestMismatch(descriptor, actual);
        return content;
    }
    /**
     * Streams a blob through sha256 without holding it, for layers, handing each chunk to `sink` (a
     * copy); returns the blob's path once it checks out. Never reads past the declared size (+1).
     */
    async verifyBlob(descriptor, sink) {
        const { handle } = await this.openBlob(descriptor);
        const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
        let size = 0;
        try {
            for await (const chunk of (0,_runtime_regular_file_js__WEBPACK_IMPORTED_MODULE_3__/* .readChunks */ .zO)(handle, 0, descriptor.size + 1)) {
                hash.update(chunk);
                size += chunk.length;
                if (size > descriptor.size)
                    break;
                await sink?.(chunk);
            }
        }
        finally {
            await handle.close();
        }
        if (size !== descriptor.size)
            throw this.sizeMismatch(descriptor, size);
        const actual = `sha256:${hash.digest('hex')}`;
        if (actual !== descriptor.digest)
            throw this.digestMismatch(descriptor, actual);
        return this.blobPath(descriptor.digest);
    }
    /** Copies a blob to `target` (write-then-rename) through the same checks, so what lands is what was verified. */
    async copyBlobTo(descriptor, target) {
        const temp = `${target}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}.tmp`;
        const out = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(temp, 'wx');
        try {
            try {
                await this.verifyBlob(descriptor, async (chunk) => {
                    await out.write(chunk);
                });
            }
            finally {
                await out.close();
            }
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(temp, target);
        }
        catch (error) {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(temp, { force: true });
            throw error;
        }
    }
    sizeMismatch(descriptor, actual) {
        return this.fail(`is corrupt: blob ${descriptor.digest} (${descriptor.mediaType}) is ${actual} bytes, but its descriptor says ${descriptor.size}`);
    }
    digestMismatch(descriptor, actual) {
        return this.fail(`is corrupt: blob ${descriptor.digest} (${descriptor.mediaType}) has content whose sha256 is ${actual}`);
    }
    parseJson(content, what) {
        try {
            return JSON.parse(content.toString('utf8'));
        }
        catch (error) {
            throw this.fail(`${what} is not valid JSON: ${(0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .errorMessage */ .gJ)(error)}`);
        }
    }
    async readDocument(descriptor, what, parse) {
        if (descriptor.size > _image_spec_js__WEBPACK_IMPORTED_MODULE_5__/* .MAX_DOCUMENT_SIZE */ .bJ)
            throw this.fail(`${what} ${descriptor.digest} is ${descriptor.size} bytes: too large`);
        const json = this.parseJson(await this.readBlob(descriptor), `${what} ${descriptor.digest}`);
        return wrapFormatError(this.input, this.name, () => parse(json, `${what} ${descriptor.digest}`));
    }
    readIndex(descriptor) {
        return this.readDocument(descriptor, 'image index', _image_spec_js__WEBPACK_IMPORTED_MODULE_5__/* .parseOciIndex */ .ri);
    }
    readManifest(descriptor) {
        return this.readDocument(descriptor, 'image manifest', _image_spec_js__WEBPACK_IMPORTED_MODULE_5__/* .parseOciManifest */ .Ke);
    }
    readImageConfig(descriptor) {
        return this.readDocument(descriptor, 'image config', _image_spec_js__WEBPACK_IMPORTED_MODULE_5__/* .parseOciImageConfig */ .M5);
    }
    /**
     * Follows an image index to the manifest for `arch`, or takes a plain manifest as it is. Without
     * `arch`, an index with one image gives that image, and one with several gives this machine's.
     */
    async selectManifest(descriptor, arch) {
        if ((0,_image_spec_js__WEBPACK_IMPORTED_MODULE_5__/* .isManifestMediaType */ .CM)(descriptor.mediaType))
            return { descriptor, manifest: await this.readManifest(descriptor) };
        if (!(0,_image_spec_js__WEBPACK_IMPORTED_MODULE_5__/* .isIndexMediaType */ .$$)(descriptor.mediaType)) {
            throw this.fail(`entry ${descriptor.digest} is not an image: its media type is ${descriptor.mediaType}`);
        }
        const index = await this.readIndex(descriptor);
        const images = index.manifests.filter((entry) => (0,_image_spec_js__WEBPACK_IMPORTED_MODULE_5__/* .isManifestMediaType */ .CM)(entry.mediaType) && !isAttestation(entry));
        if (images.length === 0) {
            const nested = index.manifests.some((entry) => (0,_image_spec_js__WEBPACK_IMPORTED_MODULE_5__/* .isIndexMediaType */ .$$)(entry.mediaType));
            throw this.fail(`image index ${descriptor.digest} lists no image manifests${nested ? ' (nested image indexes are not supported)' : ''}`);
        }
        const platforms = images.map(describePlatform).join(', ');
        let chosen;
        if (arch !== undefined) {
            const wanted = (0,_platform_js__WEBPACK_IMPORTED_MODULE_4__/* .ociArchitecture */ .Jk)(arch);
            chosen = images.find((entry) => isLinuxOn(entry, wanted));
            if (!chosen && images.length === 1 && !images[0].platform)
                chosen = images[0];
            if (!chosen)
                throw this.fail(`image index ${descriptor.digest} has no image for ${arch} (linux/${wanted}); available platforms: ${platforms}`);
        }
        else if (images.length === 1) {
            chosen = images[0];
        }
        else {
            const host = (0,_platform_js__WEBPACK_IMPORTED_MODULE_4__/* .hostArch */ .LY)();
            chosen = host && images.find((entry) => isLinuxOn(entry, (0,_platform_js__WEBPACK_IMPORTED_MODULE_4__/* .ociArchitecture */ .Jk)(host)));
            if (!chosen) {
                throw this.fail(`image index ${descriptor.digest} lists several platforms (${platforms}) and none is this machine's (${process.arch}); ` +
                    'choose one with the `arch` input');
            }
        }
        return { descriptor: chosen, manifest: await this.readManifest(chosen), index: { descriptor, index } };
    }
}
function isLinuxOn(entry, architecture) {
    return entry.platform?.os === 'linux' && entry.platform.architecture === architecture;
}
/** buildx lists provenance/SBOM manifests in an index with platform unknown/unknown. */
function isAttestation(entry) {
    return entry.platform?.os === 'unknown' && entry.platform?.architecture === 'unknown';
}
function describePlatform(entry) {
    const platform = entry.platform;
    if (!platform)
        return `${entry.digest} (no platform)`;
    return [platform.os, platform.architecture, platform.variant].filter((part) => part).join('/');
}
async function readLayoutJson(input, name, path, what) {
    let text;
    try {
        text = (await (0,_runtime_regular_file_js__WEBPACK_IMPORTED_MODULE_3__/* .readRegularFile */ .XF)(path, _image_spec_js__WEBPACK_IMPORTED_MODULE_5__/* .MAX_DOCUMENT_SIZE */ .bJ, { noFollow: true })).toString('utf8');
    }
    catch (error) {
        if (errnoCode(error) === 'ENOENT')
            throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .inputError */ .Xu)(input, `${name} is not an OCI image layout: it has no ${what} file`);
        if (error instanceof _runtime_regular_file_js__WEBPACK_IMPORTED_MODULE_3__/* .FileTooLargeError */ .yq)
            throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .inputError */ .Xu)(input, `${name}: ${what} is too large (at most ${_image_spec_js__WEBPACK_IMPORTED_MODULE_5__/* .MAX_DOCUMENT_SIZE */ .bJ} bytes): ${error.message}`);
        throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .inputError */ .Xu)(input, `${name}: cannot read ${what}: ${(0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .errorMessage */ .gJ)(error)}`);
    }
    try {
        return JSON.parse(text);
    }
    catch (error) {
        throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .inputError */ .Xu)(input, `${name}: ${what} is not valid JSON: ${(0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .errorMessage */ .gJ)(error)}`);
    }
}
function wrapFormatError(input, name, parse) {
    try {
        return parse();
    }
    catch (error) {
        if (error instanceof _image_spec_js__WEBPACK_IMPORTED_MODULE_5__/* .OciFormatError */ .bj)
            throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .inputError */ .Xu)(input, `${name}: ${error.message}`);
        throw error;
    }
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

/***/ 98924:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IK: () => (/* binding */ RegistryDeadline),
/* harmony export */   Q0: () => (/* binding */ DEFAULT_REGISTRY_TIMEOUT_SECONDS),
/* harmony export */   uj: () => (/* binding */ sleepUnless)
/* harmony export */ });
/* unused harmony export RegistryTimeoutError */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17375);

/** The registry work of one operation took longer than it was given: not retried, whatever was in flight. */
class RegistryTimeoutError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__.RegistryError {
    name = 'RegistryTimeoutError';
}
const DEFAULT_REGISTRY_TIMEOUT_SECONDS = 600;
/**
 * One limit on the whole registry work of an operation (a publish, a sign, a verify), across every
 * request, retry and wait: when it passes, whatever is in flight is aborted and the operation fails
 * with a message naming the input that set it. The clock starts when the deadline is made.
 */
class RegistryDeadline {
    seconds;
    activity;
    input;
    controller = new AbortController();
    timer;
    constructor(seconds, 
    /** What the operation does, before the registry's name: "publishing to", "signing on". */
    activity, 
    /** The input that set it, for messages. */
    input = 'registry-timeout') {
        this.seconds = seconds;
        this.activity = activity;
        this.input = input;
        this.timer = setTimeout(() => this.controller.abort(), seconds * 1000);
        // An operation that ended early must not keep the process alive.
        this.timer.unref();
    }
    get signal() {
        return this.controller.signal;
    }
    /** `registry-timeout: publishing to ghcr.io took more than 600 s`. */
    error(registry) {
        return new RegistryTimeoutError(`${this.input}: ${this.activity} ${registry} took more than ${this.seconds} s`);
    }
    /**
     * A signal for one registry's requests that aborts, with that registry's error, when the deadline
     * passes; `release` detaches it once the registry is done with.
     */
    forRegistry(registry) {
        const controller = new AbortController();
        const onAbort = () => controller.abort(this.error(registry));
        if (this.signal.aborted)
            onAbort();
        else
            this.signal.addEventListener('abort', onAbort, { once: true });
        return { signal: controller.signal, release: () => this.signal.removeEventListener('abort', onAbort) };
    }
    dispose() {
        clearTimeout(this.timer);
    }
}
/** Waits `ms`, or rejects with the signal's reason as soon as it aborts. */
function sleepUnless(signal, sleep, ms) {
    if (signal.aborted)
        return Promise.reject(signal.reason);
    return new Promise((resolve, reject) => {
        const onAbort = () => reject(signal.reason);
        signal.addEventListener('abort', onAbort, { once: true });
        sleep(ms).then(() => {
            signal.removeEventListener('abort', onAbort);
            resolve();
        }, (error) => {
            signal.removeEventListener('abort', onAbort);
            reject(error);
        });
    });
}


/***/ }),

/***/ 17375:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RegistryAuthError: () => (/* binding */ RegistryAuthError),
/* harmony export */   RegistryError: () => (/* binding */ RegistryError),
/* harmony export */   RegistryIntegrityError: () => (/* binding */ RegistryIntegrityError),
/* harmony export */   describeErrorBody: () => (/* binding */ describeErrorBody),
/* harmony export */   parseErrorBody: () => (/* binding */ parseErrorBody)
/* harmony export */ });
/** A registry said no, or could not be reached; the message names the registry, the operation and its answer. */
class RegistryError extends Error {
    status;
    code;
    transient;
    name = 'RegistryError';
    constructor(message, 
    /** The HTTP status, when there was an answer. */
    status, 
    /** The distribution-spec error code (`MANIFEST_INVALID`, `DENIED`, …) when the registry sent one. */
    code, 
    /** A lost connection or a "try later" answer: a later attempt may succeed. */
    transient = false) {
        super(message);
        this.status = status;
        this.code = code;
        this.transient = transient;
    }
}
/** Credentials missing, refused, or without the access the operation needs: the user's to fix. */
class RegistryAuthError extends RegistryError {
    name = 'RegistryAuthError';
}
/** The registry answered with content that does not match what was asked for (digest, size). */
class RegistryIntegrityError extends RegistryError {
    name = 'RegistryIntegrityError';
}
/** The `{"errors":[{code,message,detail}]}` document of the distribution spec, when the body is one. */
function parseErrorBody(body) {
    try {
        const json = JSON.parse(body.toString('utf8'));
        if (!Array.isArray(json.errors))
            return [];
        return json.errors.flatMap((entry) => {
            if (typeof entry !== 'object' || entry === null)
                return [];
            const { code, message, detail } = entry;
            if (typeof code !== 'string')
                return [];
            return [{ code, message: typeof message === 'string' ? message : '', detail }];
        });
    }
    catch {
        return [];
    }
}
/** `MANIFEST_BLOB_UNKNOWN: blob unknown to registry (sha256:…)`, or the start of a non-JSON body. */
function describeErrorBody(body) {
    const errors = parseErrorBody(body);
    if (errors.length > 0) {
        const text = errors
            .map((error) => {
            const detail = error.detail === undefined || error.detail === null || error.detail === ''
                ? ''
                : ` (${typeof error.detail === 'string' ? error.detail : JSON.stringify(error.detail)})`;
            return `${error.code}: ${error.message}${detail}`;
        })
            .join('; ');
        return { code: errors[0].code, text };
    }
    const raw = body.toString('utf8').replace(/\s+/g, ' ').trim();
    return { text: raw.length > 200 ? `${raw.slice(0, 200)}…` : raw };
}


/***/ }),

/***/ 88644:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jw: () => (/* binding */ registryLimitOptions),
/* harmony export */   U_: () => (/* binding */ REGISTRY_LIMIT_INPUTS),
/* harmony export */   kM: () => (/* binding */ readRegistryLimits)
/* harmony export */ });
/* unused harmony export DEFAULT_MIN_BYTES_PER_SECOND */
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(84704);
/* harmony import */ var _deadline_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(98924);


/** The inputs every action that talks to registries takes for its limits (publish, sign, verify). */
const REGISTRY_LIMIT_INPUTS = ['registry-timeout', 'registry-min-rate'];
/** 1 KiB/s over a 30 s window: a link slower than that is as good as lost. */
const DEFAULT_MIN_BYTES_PER_SECOND = 1024;
const RATE_UNITS = { '': 1, k: 1024, m: 1024 * 1024 };
/** `2048`, `1K`, `1KiB/s`, `2M` → bytes per second. */
function parseRate(input, value) {
    const match = /^(\d+)\s*([km]?)(?:i?b)?(?:\/s)?$/i.exec(value.trim());
    if (!match)
        throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)(input, `\`${value}\` is not a rate in bytes per second (e.g. 1024, 1K, 2M; 0 for none)`);
    return Number(match[1]) * RATE_UNITS[match[2].toLowerCase()];
}
function readRegistryLimits(inputs) {
    const timeoutSeconds = inputs.positiveInteger('registry-timeout', { max: 86_400 }) ?? _deadline_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_REGISTRY_TIMEOUT_SECONDS */ .Q0;
    const rate = inputs.optional('registry-min-rate');
    return { timeoutSeconds, minBytesPerSecond: rate === undefined ? DEFAULT_MIN_BYTES_PER_SECOND : parseRate('registry-min-rate', rate) };
}
/** The deadline and rate for an operation's sessions; the deadline's clock starts now. */
function registryLimitOptions(limits, activity) {
    return { deadline: new _deadline_js__WEBPACK_IMPORTED_MODULE_0__/* .RegistryDeadline */ .IK(limits.timeoutSeconds, activity), minBytesPerSecond: limits.minBytesPerSecond };
}


/***/ }),

/***/ 1810:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ readPastTornWrites)
/* harmony export */ });
/**
 * distribution's filesystem driver rewrites a tag's link file in place (truncate, then write), so a
 * GET that lands in between answers 404 MANIFEST_UNKNOWN for a tag that is there. A tag other writers
 * may be rewriting is read again, twice and a moment apart, before its absence counts: taking a torn
 * read for "nothing there yet" and writing a new document would drop everything the tag held.
 */
/** A truncate-and-write of a few dozen bytes is over well within this. */
const PAUSE_MS = 15;
const TIMERS = { sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)), random: Math.random };
/** `read` (undefined: absent), trusted as absent only when two more reads, a moment apart, agree. */
async function readPastTornWrites(read, pauses = TIMERS) {
    for (let attempt = 1;; attempt++) {
        const value = await read();
        if (value !== undefined || attempt >= 3)
            return value;
        await pauses.sleep(PAUSE_MS * (1 + pauses.random()));
    }
}


/***/ })

};
