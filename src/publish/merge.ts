import { createHash } from 'node:crypto'
import { mkdtemp, rm } from 'node:fs/promises'
import { join } from 'node:path'
import {
  isIndexMediaType,
  isManifestMediaType,
  OCI_INDEX,
  parseOciIndex,
  parseOciManifest,
  type Annotations,
  type OciDescriptor,
  type OciPlatform
} from '../oci/image-spec.js'
import { fileSource, type RegistryClient } from '../registry/client.js'
import { ConfigurationError } from '../runtime/errors.js'
import type { Logger } from '../runtime/logger.js'
import type { PushStats } from './push.js'

/** One single-target image to merge: where it is, and how the user wrote it. */
export interface MergeSource {
  client: RegistryClient
  /** Tag or digest in the client's repository. */
  reference: string
  label: string
}

export interface MergedIndex {
  bytes: Buffer
  descriptor: OciDescriptor
  /** Each entry with the repository to copy it from when the destination lacks it. */
  children: { descriptor: OciDescriptor; source: MergeSource }[]
}

function platformKey(platform: OciPlatform | undefined): string {
  return platform ? [platform.os, platform.architecture, platform.variant ?? ''].join('/').replace(/\/$/, '') : 'unknown'
}

async function platformFromConfig(source: MergeSource, config: OciDescriptor): Promise<OciPlatform> {
  const json = JSON.parse((await source.client.getBlob(config)).toString('utf8')) as Record<string, unknown>
  if (typeof json.os !== 'string' || typeof json.architecture !== 'string') {
    throw new ConfigurationError(`input \`merge\`: \`${source.label}\` has a config without os/architecture, so its platform is unknown`)
  }
  const platform: OciPlatform = { architecture: json.architecture, os: json.os }
  if (typeof json.variant === 'string' && json.variant) platform.variant = json.variant
  if (typeof json['os.version'] === 'string' && json['os.version']) platform['os.version'] = json['os.version']
  return platform
}

/** Annotations that every source carries with the same value: the standard `org.opencontainers.image.*` ones. */
function commonAnnotations(all: (Annotations | undefined)[]): Annotations | undefined {
  const [first, ...rest] = all
  if (!first) return undefined
  const common = Object.fromEntries(
    Object.entries(first).filter(([key, value]) => key.startsWith('org.opencontainers.image.') && rest.every((other) => other?.[key] === value))
  )
  return Object.keys(common).length > 0 ? common : undefined
}

/**
 * Builds one image index from single-target images (a manifest, or an index with one image whose
 * entry is taken as is): each entry gets its platform (from the source index, else the image config),
 * entries are sorted by platform so the index digest does not depend on the order of matrix legs.
 */
export async function buildMergedIndex(sources: readonly MergeSource[], logger: Logger): Promise<MergedIndex> {
  const children: MergedIndex['children'] = []
  const annotations: (Annotations | undefined)[] = []
  for (const source of sources) {
    const fetched = await source.client.getManifest(source.reference)
    let entry: OciDescriptor
    if (isManifestMediaType(fetched.mediaType)) {
      const manifest = parseOciManifest(JSON.parse(fetched.bytes.toString('utf8')), source.label)
      entry = { mediaType: fetched.mediaType, digest: fetched.digest, size: fetched.bytes.length, platform: await platformFromConfig(source, manifest.config) }
      annotations.push(manifest.annotations)
    } else if (isIndexMediaType(fetched.mediaType)) {
      const index = parseOciIndex(JSON.parse(fetched.bytes.toString('utf8')), source.label)
      const images = index.manifests.filter((e) => isManifestMediaType(e.mediaType) && !(e.platform?.os === 'unknown' && e.platform.architecture === 'unknown'))
      if (images.length !== 1) {
        throw new ConfigurationError(
          `input \`merge\`: \`${source.label}\` is an index of ${images.length} images; ` +
            'merge combines single-target images (a manifest, or an index with one image)'
        )
      }
      entry = { ...images[0] }
      if (!entry.platform) {
        const manifest = parseOciManifest(JSON.parse((await source.client.getManifest(entry.digest)).bytes.toString('utf8')), source.label)
        entry.platform = await platformFromConfig(source, manifest.config)
      }
      annotations.push(index.annotations)
    } else {
      throw new ConfigurationError(`input \`merge\`: \`${source.label}\` is ${fetched.mediaType}, not an image`)
    }
    const clash = children.find((child) => platformKey(child.descriptor.platform) === platformKey(entry.platform))
    if (clash && clash.descriptor.digest !== entry.digest) {
      throw new ConfigurationError(
        `input \`merge\`: \`${clash.source.label}\` and \`${source.label}\` are both ${platformKey(entry.platform)}; an index holds one image per platform`
      )
    }
    if (!clash) children.push({ descriptor: entry, source })
    logger.info(`  ${source.label}: ${platformKey(entry.platform)} ${entry.digest}`)
  }
  children.sort((a, b) => platformKey(a.descriptor.platform).localeCompare(platformKey(b.descriptor.platform)))
  const index: Record<string, unknown> = { schemaVersion: 2, mediaType: OCI_INDEX, manifests: children.map((child) => child.descriptor) }
  const common = commonAnnotations(annotations)
  if (common) index.annotations = common
  const bytes = Buffer.from(JSON.stringify(index))
  const digest = `sha256:${createHash('sha256').update(bytes).digest('hex')}`
  return { bytes, descriptor: { mediaType: OCI_INDEX, digest, size: bytes.length }, children }
}

/**
 * Makes a manifest and its blobs exist in `target`, taking them from `from`: nothing when present,
 * mounts within one registry, a download and upload (through a temp file) across registries.
 */
export async function copyManifest(from: RegistryClient, target: RegistryClient, descriptor: OciDescriptor, tempRoot: string, stats: PushStats): Promise<void> {
  if (from.registry === target.registry && from.repository === target.repository) return
  if (await target.headManifest(descriptor.digest)) return
  const fetched = await from.getManifest(descriptor.digest)
  if (isIndexMediaType(fetched.mediaType)) {
    const index = parseOciIndex(JSON.parse(fetched.bytes.toString('utf8')), descriptor.digest)
    for (const child of index.manifests) await copyManifest(from, target, child, tempRoot, stats)
  } else {
    const manifest = parseOciManifest(JSON.parse(fetched.bytes.toString('utf8')), descriptor.digest)
    for (const blob of [manifest.config, ...manifest.layers]) {
      if ((await target.headBlob(blob.digest)) !== undefined) {
        stats.reusedBlobs++
        continue
      }
      if (from.registry === target.registry && (await target.mountBlob(blob.digest, from.repository))) {
        stats.reusedBlobs++
        stats.mountedBlobs++
        continue
      }
      const dir = await mkdtemp(join(tempRoot, 'copy-'))
      try {
        const path = join(dir, 'blob')
        await from.downloadBlob(blob, path)
        await target.uploadBlob(blob, fileSource(path, blob.size))
        stats.uploadedBlobs++
        stats.pushedBytes += blob.size
      } finally {
        await rm(dir, { recursive: true, force: true })
      }
    }
  }
  await target.putManifest(descriptor.digest, fetched.bytes, fetched.mediaType)
  stats.manifestsWritten++
  stats.pushedBytes += fetched.bytes.length
}
