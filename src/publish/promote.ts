/**
 * Promotion: an image already in a registry gets more tags, or is copied to other repositories and
 * registries, by digest — the bytes that passed a boot are the bytes released, nothing rebuilt. In its
 * own repository a promotion is a manifest PUT under the new tag; another repository of the same
 * registry mounts the blobs; another registry streams them. Signatures travel with it: cosign's
 * `sha256-<hex>.sig|.att|.sbom` tags and the referrers (API or `sha256-<hex>` fallback index) of the
 * image and of each of its manifests.
 */
import { isIndexMediaType, parseOciIndex, type OciDescriptor } from '../oci/image-spec.js'
import { RegistryError } from '../registry/errors.js'
import type { RegistryClient } from '../registry/client.js'
import { ConfigurationError, inputError } from '../runtime/errors.js'
import type { Logger } from '../runtime/logger.js'
import { copyManifest } from './merge.js'
import type { PushStats } from './push.js'
import { ATTACHMENT_KINDS, cosignAttachmentTag } from './source.js'

export interface PromoteSource {
  client: RegistryClient
  /** The tag or digest the user named. */
  reference: string
  label: string
}

export interface PromoteTarget {
  client: RegistryClient
  tags: string[]
}

/** The image's top manifest, resolved once: its digest is what every destination must end up holding. */
export async function resolvePromotion(source: PromoteSource): Promise<{ descriptor: OciDescriptor; bytes: Buffer; subjects: string[] }> {
  const fetched = await source.client.getManifest(source.reference)
  if (source.reference.startsWith('sha256:') && fetched.digest !== source.reference) {
    throw new ConfigurationError(`input \`image\`: ${source.label} answered with ${fetched.digest}, not the digest asked for`)
  }
  const descriptor: OciDescriptor = { mediaType: fetched.mediaType, digest: fetched.digest, size: fetched.bytes.length }
  const subjects = [fetched.digest]
  if (isIndexMediaType(fetched.mediaType)) {
    for (const child of parseOciIndex(JSON.parse(fetched.bytes.toString('utf8')), source.label).manifests) subjects.push(child.digest)
  }
  return { descriptor, bytes: fetched.bytes, subjects }
}

export const REVISION_ANNOTATION = 'org.opencontainers.image.revision'

/**
 * `require-revision`: the image must say it was built from that commit — its index's (or single
 * manifest's) revision annotation, which `build` writes from the checked-out commit. A short tag such
 * as `sha-<7>` can name another commit with the same prefix; this cannot.
 */
export function checkRevision(image: { bytes: Buffer }, expected: string, label: string): void {
  let annotations: unknown
  try {
    annotations = (JSON.parse(image.bytes.toString('utf8')) as { annotations?: unknown }).annotations
  } catch {
    annotations = undefined
  }
  const revision = annotations && typeof annotations === 'object' ? (annotations as Record<string, unknown>)[REVISION_ANNOTATION] : undefined
  if (typeof revision !== 'string') {
    throw inputError('require-revision', `${label} carries no ${REVISION_ANNOTATION} annotation, so it cannot be shown to come from ${expected}`)
  }
  if (revision.toLowerCase() !== expected) throw inputError('require-revision', `${label} was built from ${revision}, not ${expected}`)
}

async function manifestIfPresent(client: RegistryClient, reference: string): Promise<Awaited<ReturnType<RegistryClient['getManifest']>> | undefined> {
  try {
    return await client.getManifest(reference)
  } catch (error) {
    if (error instanceof RegistryError && error.status === 404) return undefined
    throw error
  }
}

/** Copies what is attached to each subject from the source repository into the target's. */
async function copyAttachments(
  source: RegistryClient,
  target: RegistryClient,
  subjects: readonly string[],
  tempRoot: string,
  stats: PushStats,
  logger: Logger
): Promise<number> {
  let copied = 0
  for (const subject of subjects) {
    for (const kind of ATTACHMENT_KINDS) {
      const tag = cosignAttachmentTag(subject, kind)
      const attached = await manifestIfPresent(source, tag)
      if (!attached) continue
      await copyManifest(source, target, { mediaType: attached.mediaType, digest: attached.digest, size: attached.bytes.length }, tempRoot, stats)
      // A tag of the target's own (another signer's) is merged by the signer, not overwritten here.
      const existing = await target.headManifest(tag)
      if (existing && existing.digest !== attached.digest) {
        logger.warning(`${target.name}:${tag} already holds other signatures; left as it is (sign there to add one)`)
        continue
      }
      if (!existing) {
        await target.putManifest(tag, attached.bytes, attached.mediaType)
        stats.manifestsWritten++
      }
      copied++
    }
    const referrers = await source.referrers(subject)
    if (referrers.manifests.length === 0) continue
    for (const referrer of referrers.manifests) await copyManifest(source, target, referrer, tempRoot, stats)
    // A registry with the referrers API lists what was just put; without it, the fallback index must.
    const listed = new Set((await target.referrers(subject)).manifests.map((entry) => entry.digest))
    for (const referrer of referrers.manifests) if (!listed.has(referrer.digest)) await target.addToReferrersFallback(subject, referrer)
    copied += referrers.manifests.length
  }
  return copied
}

/**
 * Gives `target` the image under each of its tags (or by digest only), copying manifests and blobs it
 * lacks and, with `copySignatures`, what is attached; then checks the target holds that very digest.
 */
export async function promoteTo(
  source: PromoteSource,
  image: Awaited<ReturnType<typeof resolvePromotion>>,
  target: PromoteTarget,
  options: { copySignatures: boolean; tempRoot: string; stats: PushStats; logger: Logger }
): Promise<void> {
  const { descriptor, bytes } = image
  const sameRepository = source.client.registry === target.client.registry && source.client.repository === target.client.repository
  await copyManifest(source.client, target.client, descriptor, options.tempRoot, options.stats)
  // One PUT per tag: the registry confirms the digest it stored (putManifest checks Docker-Content-Digest).
  for (const tag of target.tags) {
    await target.client.putManifest(tag, bytes, descriptor.mediaType)
    options.stats.manifestsWritten++
  }
  if (options.copySignatures && !sameRepository) {
    const copied = await copyAttachments(source.client, target.client, image.subjects, options.tempRoot, options.stats, options.logger)
    options.logger.info(`  ${copied} signature/attestation manifest(s) copied along`)
  }
  if (target.tags.length === 0) {
    const held = await target.client.headManifest(descriptor.digest)
    if (held?.digest !== descriptor.digest)
      throw new ConfigurationError(`publish: ${target.client.name} does not hold ${descriptor.digest} after the promotion`)
  }
  for (const reference of target.tags.length > 0 ? target.tags : [descriptor.digest]) {
    options.logger.info(`  ${target.client.name}${reference.startsWith('sha256:') ? '@' : ':'}${reference} → ${descriptor.digest}`)
  }
}
