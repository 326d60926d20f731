import { randomBytes } from 'node:crypto'
import { rename, rm, stat, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { blobPath, ensureLayout, readLayoutDocument, setTag, writeBlob } from '../oci/layout-writer.js'
import { ANNOTATION_REF_NAME, isIndexMediaType, OCI_INDEX, type OciDescriptor, type OciIndex } from '../oci/image-spec.js'
import { referrersFallbackTag } from '../registry/client.js'
import type { Logger } from '../runtime/logger.js'
import { emptyStats, forEachLimited, referrerDescriptor, type PushStats } from './push.js'
import type { SourceImage } from './source.js'

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false
  )
}

/** Lists a manifest in index.json without a tag (a referrer, or an image pushed by digest), once. */
async function addUntaggedEntry(dir: string, descriptor: OciDescriptor): Promise<void> {
  const path = join(dir, 'index.json')
  const index = await readLayoutDocument<OciIndex>(path)
  if (index.manifests.some((entry) => entry.digest === descriptor.digest && entry.annotations?.[ANNOTATION_REF_NAME] === undefined)) return
  index.manifests.push(descriptor)
  const temp = `${path}.${randomBytes(6).toString('hex')}.tmp`
  try {
    await writeFile(temp, JSON.stringify(index))
    await rename(temp, path)
  } catch (error) {
    await rm(temp, { force: true })
    throw error
  }
}

/** Lists a referrer in the layout's `sha256-<hex>` index for its subject, as a registry without the referrers API keeps it. */
async function addToFallbackIndex(dir: string, subject: string, referrer: OciDescriptor): Promise<void> {
  const tag = referrersFallbackTag(subject)
  const index = await readLayoutDocument<OciIndex>(join(dir, 'index.json'))
  const entry = index.manifests.find((e) => e.annotations?.[ANNOTATION_REF_NAME] === tag)
  let listed: OciDescriptor[] = []
  if (entry && isIndexMediaType(entry.mediaType)) listed = (await readLayoutDocument<OciIndex>(blobPath(dir, entry.digest))).manifests
  if (listed.some((e) => e.digest === referrer.digest)) return
  const bytes = Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: OCI_INDEX, manifests: [...listed, referrer] }))
  await setTag(dir, tag, await writeBlob(dir, bytes, OCI_INDEX))
}

/**
 * Copies an image and its attachments into another OCI layout (created if missing): blobs checked
 * against their digests and copied unless present, manifests, then attachment tags, then the image's tag
 * (or an untagged entry when pushed by digest) — the same order as a registry push.
 */
export async function copyToLayout(
  source: SourceImage,
  dest: { dir: string; tag?: string },
  options: { concurrency: number; logger: Logger; cwd?: string }
): Promise<PushStats> {
  const stats = emptyStats()
  const dir = resolve(options.cwd ?? process.cwd(), dest.dir)
  await ensureLayout(dir)
  const sameLayout = dir === resolve(source.layout.dir)
  await forEachLimited([...source.blobs, ...source.attachedBlobs], options.concurrency, async (blob) => {
    if (sameLayout || (await exists(blobPath(dir, blob.digest)))) {
      stats.reusedBlobs++
      return
    }
    await source.layout.copyBlobTo(blob, blobPath(dir, blob.digest))
    stats.uploadedBlobs++
    stats.pushedBytes += blob.size
  })
  for (const stored of [...source.manifests, ...source.attached]) {
    if (await exists(blobPath(dir, stored.descriptor.digest))) continue
    await writeBlob(dir, stored.bytes, stored.descriptor.mediaType)
    stats.manifestsWritten++
    stats.pushedBytes += stored.bytes.length
  }
  for (const item of source.attached) {
    if (item.tag) await setTag(dir, item.tag, item.descriptor)
    else if (item.subject) await addToFallbackIndex(dir, item.subject, referrerDescriptor(item))
    else await addUntaggedEntry(dir, item.descriptor)
  }
  if (dest.tag) await setTag(dir, dest.tag, source.top.descriptor)
  else await addUntaggedEntry(dir, source.top.descriptor)
  options.logger.info(
    `  oci:${dest.dir}${dest.tag ? `:${dest.tag}` : `@${source.top.descriptor.digest}`}: ` +
      `${stats.uploadedBlobs} blobs copied, ${stats.reusedBlobs} already there`
  )
  return stats
}
