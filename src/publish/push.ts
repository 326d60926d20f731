import type { OciDescriptor } from '../oci/image-spec.js'
import { fileSource, RegistryClient, type BlobPushResult } from '../registry/client.js'
import { RegistryError } from '../registry/errors.js'
import type { Logger } from '../runtime/logger.js'
import type { AttachedManifest, SourceImage, StoredManifest } from './source.js'

/** What a push cost and saved, summed over destinations. */
export interface PushStats {
  /** Bytes of blobs uploaded plus bytes of manifests written. */
  pushedBytes: number
  uploadedBlobs: number
  /** Blobs the destination already had or got by mount: nothing sent. */
  reusedBlobs: number
  mountedBlobs: number
  manifestsWritten: number
}

export function emptyStats(): PushStats {
  return { pushedBytes: 0, uploadedBlobs: 0, reusedBlobs: 0, mountedBlobs: 0, manifestsWritten: 0 }
}

export function addStats(into: PushStats, more: PushStats): void {
  into.pushedBytes += more.pushedBytes
  into.uploadedBlobs += more.uploadedBlobs
  into.reusedBlobs += more.reusedBlobs
  into.mountedBlobs += more.mountedBlobs
  into.manifestsWritten += more.manifestsWritten
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`
  if (bytes < 1024 * 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MiB`
  return `${(bytes / 1024 / 1024 / 1024).toFixed(2)} GiB`
}

function short(digest: string): string {
  return digest.slice(0, 'sha256:'.length + 12)
}

/** Runs `work` over `items` with at most `limit` at a time; the first failure stops new work and is thrown. */
export async function forEachLimited<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0
  let failure: unknown
  const worker = async (): Promise<void> => {
    while (failure === undefined && next < items.length) {
      const item = items[next++]
      try {
        await work(item)
      } catch (error) {
        failure ??= error
      }
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker))
  if (failure !== undefined) throw failure
}

export interface PushOptions {
  /** Tags to point at the image once everything it needs is in place; none with push-by-digest. */
  tags: readonly string[]
  /** Other repositories of the same registry that may hold the blobs (tried as mount sources). */
  mountFrom: readonly string[]
  concurrency: number
  logger: Logger
}

/** Pushes blobs, each at most once, with HEAD first, mounts, then uploads from the layout's files. */
export async function pushBlobs(
  client: RegistryClient,
  source: SourceImage,
  blobs: readonly OciDescriptor[],
  options: Omit<PushOptions, 'tags'>,
  stats: PushStats
): Promise<void> {
  await forEachLimited(blobs, options.concurrency, async (blob) => {
    const started = Date.now()
    let result: BlobPushResult
    try {
      result = await client.pushBlob(blob, fileSource(source.layout.blobPath(blob.digest), blob.size), { mountFrom: options.mountFrom })
    } catch (error) {
      // The registry recomputes every digest: a mismatch means the layout's file is not what its name says.
      if (error instanceof RegistryError && error.code === 'DIGEST_INVALID') {
        throw new RegistryError(
          `${source.reference}: blob ${blob.digest} does not match its digest (the layout is corrupt): ${error.message}`,
          error.status,
          error.code
        )
      }
      throw error
    }
    if (result === 'uploaded') {
      stats.uploadedBlobs++
      stats.pushedBytes += blob.size
      options.logger.info(`  ${short(blob.digest)} ${formatBytes(blob.size).padStart(10)}  uploaded in ${((Date.now() - started) / 1000).toFixed(1)} s`)
    } else {
      stats.reusedBlobs++
      if (result === 'mounted') stats.mountedBlobs++
      options.logger.info(`  ${short(blob.digest)} ${formatBytes(blob.size).padStart(10)}  ${result === 'mounted' ? 'mounted' : 'already there'}`)
    }
  })
}

/** Writes a manifest under `reference` (its digest or a tag); PUT is idempotent. */
async function writeManifest(client: RegistryClient, reference: string, stored: StoredManifest, stats: PushStats): Promise<{ subject?: string }> {
  const result = await client.putManifest(reference, stored.bytes, stored.descriptor.mediaType)
  stats.manifestsWritten++
  stats.pushedBytes += stored.bytes.length
  return result
}

/** Writes a manifest under its digest unless the repository has it (attachments: whether it was there decides the referrers bookkeeping). */
async function ensureManifest(client: RegistryClient, stored: StoredManifest, stats: PushStats): Promise<{ subject?: string; written: boolean }> {
  if (await client.headManifest(stored.descriptor.digest)) return { written: false }
  return { ...(await writeManifest(client, stored.descriptor.digest, stored, stats)), written: true }
}

/** Points a tag at a manifest unless it already points there. */
async function ensureTag(client: RegistryClient, tag: string, stored: StoredManifest, stats: PushStats): Promise<boolean> {
  const current = await client.headManifest(tag)
  if (current?.digest === stored.descriptor.digest) return false
  await writeManifest(client, tag, stored, stats)
  return true
}

/** The descriptor a referrers index lists for an artifact (distribution spec: artifactType and annotations). */
export function referrerDescriptor(stored: StoredManifest): OciDescriptor {
  const document = stored.manifest ?? stored.index
  const descriptor: OciDescriptor = { mediaType: stored.descriptor.mediaType, digest: stored.descriptor.digest, size: stored.descriptor.size }
  const artifactType = document?.artifactType ?? stored.manifest?.config.mediaType
  if (artifactType) descriptor.artifactType = artifactType
  if (document?.annotations) descriptor.annotations = document.annotations
  return descriptor
}

/** Pushes what is attached to the image: tagged ones under their tag, referrers by digest (and in the fallback index). */
export async function pushAttached(client: RegistryClient, attached: readonly AttachedManifest[], stats: PushStats, logger: Logger): Promise<void> {
  for (const item of attached) {
    if (item.tag) {
      if (await ensureTag(client, item.tag, item, stats)) logger.info(`  ${item.tag} → ${short(item.descriptor.digest)}`)
      continue
    }
    const { subject, written } = await ensureManifest(client, item, stats)
    if (item.subject && subject !== item.subject) {
      // No `OCI-Subject` in the answer: this registry may keep no referrers, so clients keep the fallback tag.
      const listed = !written && (await client.referrers(item.subject)).manifests.some((entry) => entry.digest === item.descriptor.digest)
      if (!listed && (await client.addToReferrersFallback(item.subject, referrerDescriptor(item)))) stats.manifestsWritten++
    }
    const artifactType = item.manifest?.artifactType ?? item.descriptor.artifactType
    logger.info(`  referrer ${short(item.descriptor.digest)}${artifactType ? ` (${artifactType})` : ''}`)
  }
}

/**
 * Pushes an image from a layout to one repository, in the order that keeps readers safe: every blob
 * (image and attachments), then each manifest under its digest before the index that lists it, then the
 * attachments (signatures after the image they sign), and only then the tags — so a tag never points
 * at anything incomplete, nor at an image whose signatures are still on their way.
 */
export async function pushImage(client: RegistryClient, source: SourceImage, options: PushOptions): Promise<PushStats> {
  const stats = emptyStats()
  const top = source.top.descriptor.digest
  // A registry accepts a manifest only once everything it references is there, so an image whose
  // tags (or, pushed by digest, whose index) already name this digest is complete: nothing to HEAD.
  const current = options.tags.length > 0 ? await Promise.all(options.tags.map((tag) => client.headManifest(tag))) : [await client.headManifest(top)]
  if (current.every((head) => head?.digest === top)) {
    stats.reusedBlobs += source.blobs.length
    await pushBlobs(client, source, source.attachedBlobs, options, stats)
    await pushAttached(client, source.attached, stats, options.logger)
    options.logger.info(`  ${client.name} already has ${top}${options.tags.length > 0 ? ` under ${options.tags.join(', ')}` : ''}: nothing to send`)
    return stats
  }
  await pushBlobs(client, source, [...source.blobs, ...source.attachedBlobs], options, stats)
  // Children first (`manifests` ends with the top). A manifest the repository may hold already is written
  // again rather than asked about: a HEAD costs the same round trip as the idempotent PUT. With tags and
  // nothing attached, the top goes up under its tags directly — one request fewer, and no tag can name it
  // before its children are there; attachments need the top in place by digest before them.
  const topUnderTags = options.tags.length > 0 && source.attached.length === 0
  for (const stored of source.manifests) {
    if (stored !== source.top || !topUnderTags) await writeManifest(client, stored.descriptor.digest, stored, stats)
  }
  await pushAttached(client, source.attached, stats, options.logger)
  for (const [i, tag] of options.tags.entries()) {
    // What the tag named before this push is known from the check above.
    const written = current[i]?.digest !== top
    if (written) await writeManifest(client, tag, source.top, stats)
    options.logger.info(`  ${client.name}:${tag} → ${top}${written ? '' : ' (unchanged)'}`)
  }
  return stats
}
