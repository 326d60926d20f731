import { resolve } from 'node:path'
import { OciLayout } from '../oci/layout-reader.js'
import {
  ANNOTATION_REF_NAME,
  isIndexMediaType,
  isManifestMediaType,
  parseOciIndex,
  parseOciManifest,
  type OciDescriptor,
  type OciIndex,
  type OciManifest
} from '../oci/image-spec.js'
import { formatImageReference, type LayoutReference } from '../oci/reference.js'
import { inputError } from '../runtime/errors.js'

/** A manifest or index as stored: its exact bytes are what gets pushed, so its digest stays the same. */
export interface StoredManifest {
  descriptor: OciDescriptor
  bytes: Buffer
  /** Set for image manifests (config + layers), absent for indexes. */
  manifest?: OciManifest
  index?: OciIndex
}

/** A signature, attestation or other artifact stored in the layout for the image. */
export interface AttachedManifest extends StoredManifest {
  /** `sha256-<hex>.sig` and friends: pushed under this tag. */
  tag?: string
  /** The digest of the image manifest or index it refers to (OCI 1.1 `subject`): pushed by digest, listed as a referrer. */
  subject?: string
}

/** What `publish` pushes from a layout: the image tree and everything attached to it. */
export interface SourceImage {
  layout: OciLayout
  /** `oci:<dir>:<tag>` as given. */
  reference: string
  /** The layout's tag for the image, when it was named by tag (a destination without a tag takes it). */
  tag?: string
  top: StoredManifest
  /** Every manifest and index of the image, children before the index that lists them. */
  manifests: StoredManifest[]
  /** Configs and layers of every manifest, each once. */
  blobs: OciDescriptor[]
  attached: AttachedManifest[]
  /** Blobs of the attached manifests not already among `blobs`. */
  attachedBlobs: OciDescriptor[]
}

/** What cosign (and our signing) attaches under a tag of its own: `sha256-<hex>.sig`, `.att`, `.sbom`. */
export const ATTACHMENT_KINDS = ['sig', 'att', 'sbom'] as const
const ATTACHMENT_TAG = new RegExp(`^sha256-([a-f0-9]{64})\\.(${ATTACHMENT_KINDS.join('|')})$`)

/** `sha256:<hex>` → cosign's `sha256-<hex>.<kind>` tag. */
export function cosignAttachmentTag(digest: string, kind: (typeof ATTACHMENT_KINDS)[number]): string {
  return `${digest.replace(':', '-')}.${kind}`
}
/** The referrers fallback index of the distribution spec. */
const FALLBACK_TAG = /^sha256-([a-f0-9]{64})$/
const MAX_DEPTH = 4

function plain(descriptor: OciDescriptor): OciDescriptor {
  const { annotations, ...rest } = descriptor
  const kept = Object.fromEntries(Object.entries(annotations ?? {}).filter(([key]) => key !== ANNOTATION_REF_NAME))
  return Object.keys(kept).length > 0 ? { ...rest, annotations: kept } : rest
}

async function readStored(layout: OciLayout, descriptor: OciDescriptor): Promise<StoredManifest> {
  const bytes = await layout.readBlob(descriptor)
  const where = `${descriptor.mediaType} ${descriptor.digest}`
  const json = JSON.parse(bytes.toString('utf8')) as unknown
  const stored: StoredManifest = { descriptor: plain(descriptor), bytes }
  try {
    if (isIndexMediaType(descriptor.mediaType)) stored.index = parseOciIndex(json, where)
    else stored.manifest = parseOciManifest(json, where)
  } catch (error) {
    throw inputError(layout.input, `OCI layout \`${layout.dir}\`: ${(error as Error).message}`)
  }
  return stored
}

/** Walks an index or manifest: manifests children-first into `manifests`, their blobs into `blobs`. */
async function collect(
  layout: OciLayout,
  descriptor: OciDescriptor,
  manifests: Map<string, StoredManifest>,
  blobs: Map<string, OciDescriptor>,
  depth = 0
): Promise<StoredManifest> {
  const known = manifests.get(descriptor.digest)
  if (known) return known
  if (depth > MAX_DEPTH) throw inputError(layout.input, `OCI layout \`${layout.dir}\`: indexes nest deeper than ${MAX_DEPTH} levels`)
  if (!isIndexMediaType(descriptor.mediaType) && !isManifestMediaType(descriptor.mediaType)) {
    throw inputError(
      layout.input,
      `OCI layout \`${layout.dir}\`: ${descriptor.digest} has media type ${descriptor.mediaType}, which is neither an image manifest nor an index`
    )
  }
  const stored = await readStored(layout, descriptor)
  if (stored.index) {
    for (const child of stored.index.manifests) await collect(layout, child, manifests, blobs, depth + 1)
  } else if (stored.manifest) {
    for (const blob of [stored.manifest.config, ...stored.manifest.layers]) if (!blobs.has(blob.digest)) blobs.set(blob.digest, plain(blob))
  }
  manifests.set(descriptor.digest, stored)
  return stored
}

/**
 * Reads the image a layout reference names, with every manifest's bytes digest-checked, and finds
 * what is attached to it in the same layout: entries tagged `sha256-<hex>.sig|.att|.sbom` for the
 * index or any of its manifests (cosign's tag scheme), and manifests whose `subject` is one of them
 * (OCI 1.1 referrers), listed directly in index.json or in a `sha256-<hex>` fallback index.
 */
export async function readSourceImage(input: string, ref: LayoutReference, cwd = process.cwd()): Promise<SourceImage> {
  const layout = await OciLayout.open(input, resolve(cwd, ref.dir))
  const entry = await layout.resolve(ref)
  const manifests = new Map<string, StoredManifest>()
  const blobs = new Map<string, OciDescriptor>()
  const top = await collect(layout, entry, manifests, blobs)
  const imageDigests = new Set(manifests.keys())

  const attached = new Map<string, AttachedManifest>()
  const attachedBlobs = new Map<string, OciDescriptor>()
  const attach = async (descriptor: OciDescriptor, how: { tag?: string; subject?: string }): Promise<void> => {
    if (imageDigests.has(descriptor.digest)) return
    const existing = attached.get(`${descriptor.digest} ${how.tag ?? ''}`)
    if (existing) return
    const stored = await readStored(layout, descriptor)
    const subject = stored.manifest?.subject?.digest ?? stored.index?.subject?.digest
    const item: AttachedManifest = { ...stored }
    if (how.tag) item.tag = how.tag
    if (subject && imageDigests.has(subject)) item.subject = subject
    attached.set(`${descriptor.digest} ${how.tag ?? ''}`, item)
    const children = stored.manifest ? [stored.manifest.config, ...stored.manifest.layers] : []
    for (const blob of children) if (!blobs.has(blob.digest) && !attachedBlobs.has(blob.digest)) attachedBlobs.set(blob.digest, plain(blob))
    if (stored.index) for (const child of stored.index.manifests) await collect(layout, child, new Map(), attachedBlobs)
  }

  for (const candidate of layout.index.manifests) {
    if (candidate.digest === entry.digest) continue
    const tag = candidate.annotations?.[ANNOTATION_REF_NAME]
    const attachment = tag ? ATTACHMENT_TAG.exec(tag) : null
    if (attachment) {
      if (imageDigests.has(`sha256:${attachment[1]}`)) await attach(candidate, { tag })
      continue
    }
    const fallback = tag ? FALLBACK_TAG.exec(tag) : null
    if (fallback) {
      if (!imageDigests.has(`sha256:${fallback[1]}`) || !isIndexMediaType(candidate.mediaType)) continue
      // The fallback index itself is rebuilt at the destination, which may already list other referrers.
      const index = (await readStored(layout, candidate)).index
      for (const referrer of index?.manifests ?? [])
        if (isManifestMediaType(referrer.mediaType) || isIndexMediaType(referrer.mediaType)) await attach(referrer, {})
      continue
    }
    if (!isManifestMediaType(candidate.mediaType) && !isIndexMediaType(candidate.mediaType)) continue
    if (candidate.size > 4 * 1024 * 1024) continue
    const stored = await readStored(layout, candidate)
    const subject = stored.manifest?.subject?.digest ?? stored.index?.subject?.digest
    if (subject && imageDigests.has(subject)) await attach(candidate, {})
  }

  // Uploads read blobs by ranges: each must be a regular file of its declared size before any is sent.
  for (const blob of [...blobs.values(), ...attachedBlobs.values()]) await layout.checkBlob(blob)

  const source: SourceImage = {
    layout,
    reference: formatImageReference(ref),
    top,
    manifests: [...manifests.values()],
    blobs: [...blobs.values()],
    attached: [...attached.values()],
    attachedBlobs: [...attachedBlobs.values()]
  }
  const tag = ref.tag ?? entry.annotations?.[ANNOTATION_REF_NAME]
  if (tag !== undefined && !ATTACHMENT_TAG.test(tag)) source.tag = tag
  return source
}
