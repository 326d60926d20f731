/**
 * Signatures on a registry: the `publish` engineer's RegistryClient behind the SignatureStore seam.
 * A referrer goes up by digest; when the registry does not confirm its subject (no `OCI-Subject`
 * header, so no referrers API), the client keeps the `sha256-<hex>` fallback index.
 */
import { bytesSource, type RegistryClient } from '../registry/client.js'
import { RegistryAuthError, RegistryError } from '../registry/errors.js'
import { ConfigurationError } from '../runtime/errors.js'
import { OCI_MANIFEST, type OciDescriptor, type OciManifest } from '../oci/image-spec.js'
import { attachmentTag, referrerDescriptor, sha256Hex } from './formats.js'
import { REGISTRY_SHARED_TAGS, SharedTagRace, updateSharedTag, type SharedTagPolicy } from './shared-tag.js'
import { parseDocument, type SignatureStore, type StoredDocument } from './store.js'

/** Bundles with certificate chains and provenance stay far below this; anything bigger is not ours. */
const MAX_SIGNATURE_BLOB = 16 * 1024 * 1024
/** Manifest PUTs refused while another signer re-uploads a blob it references. */
const BLOB_RACE_ATTEMPTS = 4

/** Refused or missing credentials are the user's to fix; the message names where they came from. */
async function guarded<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call()
  } catch (error) {
    if (error instanceof RegistryAuthError) throw new ConfigurationError(error.message)
    throw error
  }
}

export class RegistrySignatureStore implements SignatureStore {
  readonly location: string

  constructor(
    readonly client: RegistryClient,
    readonly sharedTags: SharedTagPolicy = REGISTRY_SHARED_TAGS
  ) {
    this.location = client.name
  }

  getTagged(tag: string): Promise<StoredDocument | undefined> {
    return guarded(async () => {
      try {
        return await this.getByDigest(tag)
      } catch (error) {
        if (error instanceof RegistryError && error.status === 404) return undefined
        throw error
      }
    })
  }

  getByDigest(reference: string): Promise<StoredDocument> {
    return guarded(async () => {
      const manifest = await this.client.getManifest(reference)
      return { descriptor: { mediaType: manifest.mediaType, digest: manifest.digest, size: manifest.bytes.length }, bytes: manifest.bytes }
    })
  }

  readBlob(descriptor: OciDescriptor, limit = MAX_SIGNATURE_BLOB): Promise<Buffer> {
    return guarded(() => this.client.getBlob(descriptor, limit))
  }

  putBlob(content: Buffer, mediaType: string): Promise<OciDescriptor> {
    return guarded(async () => {
      const descriptor = { mediaType, digest: `sha256:${sha256Hex(content)}`, size: content.length }
      await this.client.pushBlob(descriptor, bytesSource(content))
      return descriptor
    })
  }

  putManifest(content: Buffer, mediaType: string, tag?: string): Promise<OciDescriptor> {
    return guarded(async () => {
      // A shared tag's write is not retried with the same bytes: the update reads and merges again.
      const { digest } = await this.pushManifest(tag ?? `sha256:${sha256Hex(content)}`, content, mediaType, tag === undefined ? BLOB_RACE_ATTEMPTS : 1)
      return { mediaType, digest, size: content.length }
    })
  }

  /**
   * Signers of one image upload identical blobs (the simple-signing payload, the empty config) at the
   * same time. distribution rewrites a blob's repository link in place on every upload, so a manifest
   * PUT that checks the blob meanwhile reads half a link and is refused (`DIGEST_INVALID`,
   * `MANIFEST_BLOB_UNKNOWN`) although the blob is there: such a refusal is tried again, a few times.
   */
  private async pushManifest(
    reference: string,
    content: Buffer,
    mediaType: string,
    attempts = BLOB_RACE_ATTEMPTS
  ): Promise<{ digest: string; subject?: string }> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.client.putManifest(reference, content, mediaType)
      } catch (error) {
        const racing = error instanceof RegistryError && error.status === 400 && (error.code === 'DIGEST_INVALID' || error.code === 'MANIFEST_BLOB_UNKNOWN')
        if (racing && attempts === 1) throw new SharedTagRace(`${this.location}:${reference}: ${error.message}`)
        if (!racing || attempt >= attempts) throw error
        await this.sharedTags.sleep(this.sharedTags.minSettleMs * (1 + this.sharedTags.random()))
      }
    }
  }

  putReferrer(content: Buffer, manifest: OciManifest): Promise<OciDescriptor> {
    const subject = manifest.subject
    if (!subject) throw new Error('a referrer manifest needs a subject')
    return guarded(async () => {
      const mediaType = manifest.mediaType ?? OCI_MANIFEST
      const written = await this.pushManifest(`sha256:${sha256Hex(content)}`, content, mediaType)
      const descriptor = { mediaType, digest: written.digest, size: content.length }
      // No `OCI-Subject` in the answer: the registry keeps no referrers, so clients keep the fallback tag.
      // With one, each referrer is a manifest of its own and nothing is merged.
      if (written.subject !== subject.digest) {
        const tag = attachmentTag(subject.digest)
        await updateSharedTag(
          `list ${descriptor.digest} in ${this.location}:${tag}`,
          this.sharedTags,
          async () => void (await this.client.addToReferrersFallback(subject.digest, referrerDescriptor(manifest, descriptor))),
          async () => {
            const index = await this.getTagged(tag)
            return index !== undefined && parseDocument('index', index, `${this.location}:${tag}`).manifests.some((m) => m.digest === descriptor.digest)
          }
        )
      }
      return descriptor
    })
  }

  referrers(digest: string): Promise<OciDescriptor[]> {
    return guarded(async () => (await this.client.referrers(digest)).manifests)
  }
}
