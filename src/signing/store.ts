/**
 * Where signatures live next to an image: an OCI layout (the way `cosign save` keeps them: every
 * `.sig`/`.att` manifest tagged `sha256-<hex>.sig` in index.json, so `publish` pushes them with the
 * image) or a registry repository. Both speak this one interface, so signing and verification do not
 * care which.
 */
import { OciLayout } from '../oci/layout-reader.js'
import { ensureLayout, setTag, writeBlob } from '../oci/layout-writer.js'
import {
  ANNOTATION_REF_NAME,
  OCI_INDEX,
  isIndexMediaType,
  isSha256Digest,
  parseOciIndex,
  parseOciManifest,
  type OciDescriptor,
  type OciIndex,
  type OciManifest
} from '../oci/image-spec.js'
import { inputError } from '../runtime/errors.js'
import { attachmentTag, referrerDescriptor, referrersIndexWith } from './formats.js'
import type { SharedTagPolicy } from './shared-tag.js'

export interface StoredDocument {
  descriptor: OciDescriptor
  bytes: Buffer
}

export interface SignatureStore {
  /** `oci:<dir>` or `<registry>/<repository>`: what signature references are written against. */
  readonly location: string
  /** How writes to tags other signers may update at the same time are confirmed; none: one writer (a layout). */
  readonly sharedTags?: SharedTagPolicy
  /** The manifest or index a tag names, or undefined when there is no such tag. */
  getTagged(tag: string): Promise<StoredDocument | undefined>
  /** The manifest or index with this digest; throws when it is not there. */
  getByDigest(digest: string): Promise<StoredDocument>
  /** A blob's bytes, checked against its digest; `limit` raises the size read into memory (signature blobs are small, layers not). */
  readBlob(descriptor: OciDescriptor, limit?: number): Promise<Buffer>
  putBlob(content: Buffer, mediaType: string): Promise<OciDescriptor>
  /** Stores a manifest (by digest, and under `tag` when given). */
  putManifest(content: Buffer, mediaType: string, tag?: string): Promise<OciDescriptor>
  /** Stores a manifest that has a `subject`, so that `referrers(subject)` lists it. */
  putReferrer(content: Buffer, manifest: OciManifest): Promise<OciDescriptor>
  /** The referrer manifests of `digest` (artifact type and annotations included). */
  referrers(digest: string): Promise<OciDescriptor[]>
}

/** A reference to something in the store, for outputs: `oci:dir:tag`, `host/repo:tag`, `host/repo@sha256:…`. */
export function storeRef(store: SignatureStore, tagOrDigest: string): string {
  return `${store.location}${tagOrDigest.startsWith('sha256:') ? '@' : ':'}${tagOrDigest}`
}

export function parseDocument<T extends 'index' | 'manifest'>(kind: T, document: StoredDocument, where: string): T extends 'index' ? OciIndex : OciManifest {
  const json = JSON.parse(document.bytes.toString('utf8')) as unknown
  return (kind === 'index' ? parseOciIndex(json, where) : parseOciManifest(json, where)) as T extends 'index' ? OciIndex : OciManifest
}

/**
 * An OCI image layout. Referrers are kept as the distribution spec's fallback: an index tagged
 * `sha256-<hex>` listing them — so a layout copied tag by tag to a registry without a referrers API
 * arrives complete, and one with the API learns the referrers from their `subject`.
 */
export class LayoutSignatureStore implements SignatureStore {
  readonly location: string

  /** `layout`: the layout already opened for `dir`, so its index.json is not read again. */
  constructor(
    readonly dir: string,
    readonly input: string,
    layout?: OciLayout
  ) {
    this.location = `oci:${dir}`
    if (layout) this.opened = Promise.resolve(layout)
  }

  /** index.json is read once, and again only after this store has written to the layout. */
  private opened: Promise<OciLayout> | undefined

  private layout(): Promise<OciLayout> {
    this.opened ??= OciLayout.open(this.input, this.dir)
    return this.opened
  }

  private async indexEntries(): Promise<OciDescriptor[]> {
    return (await this.layout()).index.manifests
  }

  async getTagged(tag: string): Promise<StoredDocument | undefined> {
    const entry = (await this.indexEntries()).find((e) => e.annotations?.[ANNOTATION_REF_NAME] === tag)
    if (!entry) return undefined
    const descriptor = { mediaType: entry.mediaType, digest: entry.digest, size: entry.size }
    return { descriptor, bytes: await (await this.layout()).readBlob(descriptor) }
  }

  async getByDigest(digest: string): Promise<StoredDocument> {
    if (!isSha256Digest(digest)) throw inputError(this.input, `\`${digest}\` is not a sha256 digest`)
    const layout = await this.layout()
    const descriptor = await layout.resolve({ digest })
    const plain = { mediaType: descriptor.mediaType, digest: descriptor.digest, size: descriptor.size }
    return { descriptor: plain, bytes: await layout.readBlob(plain) }
  }

  async readBlob(descriptor: OciDescriptor): Promise<Buffer> {
    return (await this.layout()).readBlob(descriptor)
  }

  async putBlob(content: Buffer, mediaType: string): Promise<OciDescriptor> {
    await ensureLayout(this.dir)
    this.opened = undefined
    return writeBlob(this.dir, content, mediaType)
  }

  async putManifest(content: Buffer, mediaType: string, tag?: string): Promise<OciDescriptor> {
    const descriptor = await this.putBlob(content, mediaType)
    if (tag !== undefined) await setTag(this.dir, tag, descriptor)
    this.opened = undefined
    return descriptor
  }

  async putReferrer(content: Buffer, manifest: OciManifest): Promise<OciDescriptor> {
    if (!manifest.subject) throw new Error('a referrer manifest needs a subject')
    const descriptor = await this.putManifest(content, manifest.mediaType ?? 'application/vnd.oci.image.manifest.v1+json')
    const tag = attachmentTag(manifest.subject.digest)
    const existing = await this.getTagged(tag)
    const index = existing && isIndexMediaType(existing.descriptor.mediaType) ? parseDocument('index', existing, `referrers index ${tag}`) : undefined
    await this.putManifest(referrersIndexWith(index, referrerDescriptor(manifest, descriptor)), OCI_INDEX, tag)
    return descriptor
  }

  async referrers(digest: string): Promise<OciDescriptor[]> {
    const existing = await this.getTagged(attachmentTag(digest))
    if (!existing || !isIndexMediaType(existing.descriptor.mediaType)) return []
    return parseDocument('index', existing, `referrers index ${attachmentTag(digest)}`).manifests
  }
}
