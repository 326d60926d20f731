import { createHash } from 'node:crypto'
import { createWriteStream } from 'node:fs'
import { rename, rm } from 'node:fs/promises'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { isSha256Digest, MANIFEST_MEDIA_TYPES, OCI_INDEX, parseOciIndex, type OciDescriptor, type OciIndex } from '../oci/image-spec.js'
import { repositoryScope, type RegistryCredentials } from './auth.js'
import { RegistryAuthError, RegistryError, RegistryIntegrityError } from './errors.js'
import { discard, header, readBody, type HttpResponse, type RequestBody } from './http.js'
import { TryAgain, withRetries } from '../net/retry.js'
import { hashingTap } from '../runtime/hashing-tap.js'
import { readFileRange } from '../runtime/regular-file.js'
import { RegistrySession, type SessionOptions } from './session.js'
import { readPastTornWrites } from './torn-read.js'

export interface RepositoryName {
  /** `ghcr.io`, `127.0.0.1:5000`. */
  registry: string
  /** `acme/web`. */
  repository: string
}

export interface ClientOptions extends SessionOptions {
  /** `push` asks tokens for `pull,push` up front (default `pull`). */
  access?: 'pull' | 'push'
  /** Blobs of at least this many bytes are uploaded in chunks (PATCH); smaller ones in one PUT. */
  chunkThreshold?: number
  /** Bytes per PATCH (raised to the registry's `OCI-Chunk-Min-Length` when it asks for more). */
  chunkSize?: number
  /** A session to share with other repositories of the same registry (tokens, connections). */
  session?: RegistrySession
}

/** Bytes of a blob that can be read again from any offset: a retry or a resumed upload re-reads them. */
export interface BlobSource {
  size: number
  /** The bytes [start, end). */
  open(start: number, end: number): Readable
}

export function bytesSource(bytes: Uint8Array): BlobSource {
  return { size: bytes.length, open: (start, end) => Readable.from([Buffer.from(bytes.buffer, bytes.byteOffset + start, end - start)]) }
}

/** A regular file's first `size` bytes (a FIFO, device or symlink is refused when a read starts; nothing past `size` is read). */
export function fileSource(path: string, size: number): BlobSource {
  return { size, open: (start, end) => (end > start ? Readable.from(readFileRange(path, start, Math.min(end, size), { noFollow: true })) : Readable.from([])) }
}

export interface Manifest {
  bytes: Buffer
  mediaType: string
  digest: string
}

export interface ManifestHead {
  digest: string
  mediaType: string
  size: number
}

export type BlobPushResult = 'exists' | 'mounted' | 'uploaded'

export const DEFAULT_CHUNK_THRESHOLD = 64 * 1024 * 1024
export const DEFAULT_CHUNK_SIZE = 32 * 1024 * 1024
const OCTET_STREAM = 'application/octet-stream'
const MAX_MANIFEST_BYTES = 4 * 1024 * 1024
const MAX_REDIRECTS = 5

/** `sha256-<hex>`: where referrers live on a registry without the referrers API (distribution spec). */
export function referrersFallbackTag(digest: string): string {
  return digest.replace(':', '-').slice(0, 128)
}

/** Parses `Range: 0-1023` or `bytes=0-1023` into the next offset (1024); `0-0` is an empty upload. */
export function nextOffsetFromRange(value: string | undefined): number | undefined {
  const match = /^(?:bytes=)?(\d+)-(\d+)$/.exec(value?.trim() ?? '')
  if (!match) return undefined
  const end = Number(match[2])
  return end === 0 ? 0 : end + 1
}

/** A URL a registry sent in a header (`Location`, `Link`), resolved against the request's; a value that is none is named. */
function headerUrl(value: string, base: URL, name: string, what: string, registry: string): URL {
  try {
    return new URL(value, base)
  } catch {
    throw new RegistryError(`${what}: ${registry} sent a ${name} header that is not a URL: \`${value.length > 200 ? `${value.slice(0, 200)}…` : value}\``)
  }
}

function stripParameters(contentType: string | undefined): string | undefined {
  return contentType?.split(';')[0].trim() || undefined
}

function sha256(bytes: Uint8Array): string {
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`
}

/**
 * A client for one repository of an OCI distribution-spec registry: blobs (HEAD first, cross-repository
 * mount, monolithic or resumable chunked upload, digest-checked downloads), manifests (all four media
 * types accepted, digests checked both ways), tags and referrers (API or the `sha256-<hex>` fallback tag).
 */
export class RegistryClient {
  readonly chunkThreshold: number
  readonly chunkSize: number
  private readonly actions: readonly ('pull' | 'push')[]
  private readonly ownsSession: boolean

  private constructor(
    readonly session: RegistrySession,
    readonly repository: string,
    options: ClientOptions
  ) {
    this.actions = options.access === 'push' ? ['pull', 'push'] : ['pull']
    this.chunkThreshold = options.chunkThreshold ?? DEFAULT_CHUNK_THRESHOLD
    this.chunkSize = options.chunkSize ?? DEFAULT_CHUNK_SIZE
    this.ownsSession = options.session === undefined
  }

  /** Opens a client for `name` (pinging the registry unless a session is shared in `options`). */
  static async connect(name: RepositoryName, credentials: RegistryCredentials | undefined, options: ClientOptions = {}): Promise<RegistryClient> {
    if (options.session) return new RegistryClient(options.session, name.repository, options)
    const session = new RegistrySession(name.registry, credentials, options)
    try {
      await session.ping()
    } catch (error) {
      session.close()
      throw error
    }
    return new RegistryClient(session, name.repository, options)
  }

  /** Another repository of the same registry, sharing this client's session. */
  sibling(repository: string, options: Omit<ClientOptions, 'session'> = {}): RegistryClient {
    return new RegistryClient(this.session, repository, {
      chunkThreshold: this.chunkThreshold,
      chunkSize: this.chunkSize,
      access: this.actions.includes('push') ? 'push' : 'pull',
      ...options,
      session: this.session
    })
  }

  get registry(): string {
    return this.session.registry
  }

  /** `registry/repository`, as references write it. */
  get name(): string {
    return `${this.registry}/${this.repository}`
  }

  close(): void {
    if (this.ownsSession) this.session.close()
  }

  private get scopes(): string[] {
    return [repositoryScope(this.repository, this.actions)]
  }

  private path(kind: 'blobs' | 'manifests' | 'tags' | 'referrers', rest: string): URL {
    return this.session.url(`/v2/${this.repository}/${kind}/${rest}`)
  }

  private async expect(response: HttpResponse, what: string, statuses: readonly number[]): Promise<void> {
    if (statuses.includes(response.status)) return
    const body = await readBody(response).catch(() => Buffer.alloc(0))
    throw this.session.failure(what, response, body)
  }

  // ---------------------------------------------------------------------------------------- blobs

  /** The blob's size when the repository has it, undefined when not. */
  async headBlob(digest: string): Promise<number | undefined> {
    const what = `check blob ${digest} in ${this.name}`
    const response = await this.session.send({ method: 'HEAD', url: this.path('blobs', digest) }, { scopes: this.scopes, what })
    await discard(response)
    if (response.status === 404) return undefined
    await this.expect(response, what, [200])
    const length = header(response, 'content-length')
    return length === undefined ? -1 : Number(length)
  }

  /**
   * Mounts a blob from another repository of the same registry without sending it. False when the
   * registry declined (blob absent there, or no access); the upload session it opened instead is cancelled.
   */
  async mountBlob(digest: string, fromRepository: string): Promise<boolean> {
    const outcome = await this.tryMount(digest, fromRepository)
    if (outcome === undefined) return false
    if (outcome.mounted) return true
    await this.cancelUpload(outcome.location)
    return false
  }

  /** A mount attempt; undefined when the credentials may not read the source repository (then we upload). */
  private async tryMount(
    digest: string,
    fromRepository: string
  ): Promise<{ mounted: true } | { mounted: false; location: URL; minChunk?: number } | undefined> {
    try {
      return await this.startUpload(digest, fromRepository)
    } catch (error) {
      if (error instanceof RegistryAuthError) {
        this.session.logger.debug(`no mount of ${digest} from ${fromRepository}: ${error.message}`)
        return undefined
      }
      throw error
    }
  }

  /**
   * Makes the blob exist in this repository: HEAD first (nothing sent when present), then a mount from
   * each candidate repository of the same registry, then an upload.
   */
  async pushBlob(
    descriptor: Pick<OciDescriptor, 'digest' | 'size'>,
    source: BlobSource,
    options: { mountFrom?: readonly string[] } = {}
  ): Promise<BlobPushResult> {
    if ((await this.headBlob(descriptor.digest)) !== undefined) return 'exists'
    let session: URL | undefined
    for (const from of options.mountFrom ?? []) {
      if (from === this.repository) continue
      const outcome = await this.tryMount(descriptor.digest, from)
      if (outcome === undefined) continue
      if (outcome.mounted) return 'mounted'
      if (session) await this.cancelUpload(outcome.location)
      else session = outcome.location
    }
    await this.uploadBlob(descriptor, source, session)
    return 'uploaded'
  }

  /** Opens an upload session (POST), or mounts when `mountFrom` is given and the registry agrees. */
  private async startUpload(digest: string, mountFrom: string): Promise<{ mounted: true } | { mounted: false; location: URL; minChunk?: number }>
  private async startUpload(digest: string): Promise<{ mounted: false; location: URL; minChunk?: number }>
  private async startUpload(digest: string, mountFrom?: string): Promise<{ mounted: true } | { mounted: false; location: URL; minChunk?: number }> {
    const url = this.path('blobs', 'uploads/')
    const scopes = [...this.scopes]
    if (mountFrom) {
      url.searchParams.set('mount', digest)
      url.searchParams.set('from', mountFrom)
      scopes.push(repositoryScope(mountFrom, ['pull']))
    }
    const what = mountFrom ? `mount blob ${digest} from ${mountFrom} into ${this.name}` : `start an upload of ${digest} to ${this.name}`
    const response = await this.session.send({ method: 'POST', url }, { scopes, what })
    await this.expect(response, what, mountFrom ? [201, 202] : [202])
    await discard(response)
    if (response.status === 201) return { mounted: true }
    const location = header(response, 'location')
    if (!location) throw new RegistryError(`${what}: ${this.registry} opened an upload without a Location`)
    const minChunk = Number(header(response, 'oci-chunk-min-length') ?? '') || undefined
    return { mounted: false, location: headerUrl(location, url, 'Location', what, this.registry), minChunk }
  }

  private async cancelUpload(location: URL): Promise<void> {
    try {
      const response = await this.session.send({ method: 'DELETE', url: location }, { scopes: this.scopes, what: 'cancel an upload', retry: false })
      await discard(response)
    } catch {
      // An abandoned session expires on the registry by itself.
    }
  }

  /**
   * Uploads a blob the registry does not have: one PUT for small blobs, chunked PATCHes for large
   * ones. A chunked upload that breaks asks the registry how far it got (GET → `Range`) and goes on
   * from there; a session the registry lost starts over. Each break costs one of the policy's attempts.
   */
  async uploadBlob(descriptor: Pick<OciDescriptor, 'digest' | 'size'>, source: BlobSource, session?: URL): Promise<void> {
    if (source.size !== descriptor.size)
      throw new Error(`blob ${descriptor.digest}: the source has ${source.size} bytes, the descriptor says ${descriptor.size}`)
    const what = `upload blob ${descriptor.digest} (${descriptor.size} bytes) to ${this.name}`
    const chunked = descriptor.size >= this.chunkThreshold
    let location = session
    let minChunk: number | undefined
    let offset = 0
    await withRetries(this.session.policy, what, this.session.logger, async (attempt) => {
      try {
        if (attempt > 1) {
          if ((await this.headBlob(descriptor.digest)) !== undefined) return
          const resumed = location && chunked ? await this.uploadStatus(location) : undefined
          if (resumed) {
            this.session.logger.info(`${what}: the registry has ${resumed.offset} bytes; continuing from there`)
            ;({ location, offset } = resumed)
          } else {
            location = undefined
          }
        }
        if (!location) {
          const started = await this.startUpload(descriptor.digest)
          location = started.location
          minChunk = started.minChunk
          offset = 0
        }
        if (chunked) {
          const chunk = Math.max(this.chunkSize, minChunk ?? 0)
          while (offset < descriptor.size) {
            const end = Math.min(descriptor.size, offset + chunk)
            ;({ location, offset } = await this.patchChunk(location, source, offset, end, what))
          }
        }
        await this.finishUpload(location, descriptor.digest, source, chunked ? descriptor.size : 0, what)
      } catch (error) {
        // A break part-way is resumed from what the registry says it has, not blindly sent again.
        if (error instanceof RegistryError && error.transient) throw new TryAgain(error.message, error)
        throw error
      }
    })
  }

  /** PATCH one chunk [start, end); returns where the next one goes, by the registry's `Range`. */
  private async patchChunk(location: URL, source: BlobSource, start: number, end: number, what: string): Promise<{ location: URL; offset: number }> {
    const body: RequestBody = { length: end - start, open: () => source.open(start, end) }
    const response = await this.session.send(
      { method: 'PATCH', url: location, headers: { 'Content-Type': OCTET_STREAM, 'Content-Range': `${start}-${end - 1}` }, body },
      { scopes: this.scopes, what: `${what}: bytes ${start}-${end - 1}`, retry: false }
    )
    await this.expect(response, `${what}: bytes ${start}-${end - 1}`, [202])
    await discard(response)
    const next = header(response, 'location')
    const offset = nextOffsetFromRange(header(response, 'range')) ?? end
    return { location: next ? headerUrl(next, location, 'Location', what, this.registry) : location, offset }
  }

  /** The closing PUT `?digest=`, with the remaining bytes from `offset` (all of them for a monolithic upload). */
  private async finishUpload(location: URL, digest: string, source: BlobSource, offset: number, what: string): Promise<void> {
    const url = new URL(location)
    url.searchParams.set('digest', digest)
    const length = source.size - offset
    const body: RequestBody = { length, open: () => source.open(offset, source.size) }
    const response = await this.session.send(
      { method: 'PUT', url, headers: length > 0 ? { 'Content-Type': OCTET_STREAM } : {}, body: length > 0 ? body : undefined },
      { scopes: this.scopes, what, retry: false }
    )
    await this.expect(response, what, [201, 204])
    await discard(response)
    const confirmed = header(response, 'docker-content-digest')
    if (confirmed !== undefined && confirmed !== digest) {
      throw new RegistryIntegrityError(`${what}: ${this.registry} stored the blob as ${confirmed}, not ${digest}`)
    }
  }

  /** Where an upload session stands (GET → 204 + `Range`); undefined when the registry lost it. */
  private async uploadStatus(location: URL): Promise<{ location: URL; offset: number } | undefined> {
    let response: HttpResponse
    try {
      response = await this.session.send({ method: 'GET', url: location }, { scopes: this.scopes, what: 'check an upload' })
    } catch {
      return undefined
    }
    await discard(response)
    if (response.status !== 204 && response.status !== 200) return undefined
    const offset = nextOffsetFromRange(header(response, 'range'))
    if (offset === undefined) return undefined
    const next = header(response, 'location')
    return { location: next ? headerUrl(next, location, 'Location', 'check an upload', this.registry) : location, offset }
  }

  /** A small blob (config, signature payload), digest-checked. */
  async getBlob(descriptor: Pick<OciDescriptor, 'digest' | 'size'>, limit = MAX_MANIFEST_BYTES): Promise<Buffer> {
    if (descriptor.size > limit) throw new RegistryError(`blob ${descriptor.digest} in ${this.name} is ${descriptor.size} bytes: too large to read into memory`)
    const response = await this.openBlob(descriptor.digest)
    const body = await readBody(response, limit)
    if (body.length !== descriptor.size || sha256(body) !== descriptor.digest) {
      throw new RegistryIntegrityError(`blob ${descriptor.digest} from ${this.name} does not match its digest or size`)
    }
    return body
  }

  /** Streams a blob to `path` (write-then-rename), checking size and sha256; a broken transfer starts over. */
  async downloadBlob(descriptor: Pick<OciDescriptor, 'digest' | 'size'>, path: string): Promise<void> {
    const what = `download blob ${descriptor.digest} from ${this.name}`
    const temp = `${path}.${process.pid}.part`
    await withRetries(this.session.policy, what, this.session.logger, async () => {
      try {
        const response = await this.openBlob(descriptor.digest)
        const tap = hashingTap()
        await pipeline(response.stream, tap.stream, createWriteStream(temp))
        const size = tap.bytes()
        const digest = `sha256:${tap.hex()}`
        if (size !== descriptor.size || digest !== descriptor.digest) {
          throw new RegistryIntegrityError(
            `blob ${descriptor.digest} from ${this.name} arrived as ${size} bytes with digest ${digest} (expected ${descriptor.size} bytes)`
          )
        }
        await rename(temp, path)
      } catch (error) {
        await rm(temp, { force: true })
        if (error instanceof RegistryIntegrityError || (error instanceof RegistryError && !error.transient)) throw error
        // A stream that broke part-way is not a RegistryError yet.
        const failure = error instanceof RegistryError ? error : new RegistryError(`${what}: ${(error as Error).message}`, undefined, undefined, true)
        throw new TryAgain(failure.message, failure)
      }
    })
  }

  /** GET a blob, following redirects to storage hosts (without our credentials when the origin changes). */
  private async openBlob(digest: string): Promise<HttpResponse> {
    const what = `download blob ${digest} from ${this.name}`
    let url = this.path('blobs', digest)
    for (let hop = 0; ; hop++) {
      const response = await this.session.send({ method: 'GET', url }, { scopes: this.scopes, what })
      const location = header(response, 'location')
      if (response.status >= 300 && response.status < 400 && location && hop < MAX_REDIRECTS) {
        await discard(response)
        url = headerUrl(location, url, 'Location', what, this.registry)
        continue
      }
      if (response.status === 404) {
        await discard(response)
        throw new RegistryError(`${what}: ${this.name} has no blob ${digest}`, 404, 'BLOB_UNKNOWN')
      }
      await this.expect(response, what, [200])
      return response
    }
  }

  // ------------------------------------------------------------------------------------ manifests

  /** GET a manifest or index by tag or digest, with every manifest type in `Accept`; the digest is checked. */
  async getManifest(reference: string, accept: readonly string[] = MANIFEST_MEDIA_TYPES): Promise<Manifest> {
    const what = `get manifest ${reference} from ${this.name}`
    const response = await this.session.send(
      { method: 'GET', url: this.path('manifests', reference), headers: { Accept: accept.join(', ') } },
      { scopes: this.scopes, what }
    )
    if (response.status === 404) {
      const body = await readBody(response).catch(() => Buffer.alloc(0))
      const error = this.session.failure(what, response, body)
      throw new RegistryError(
        `${this.name} has no manifest \`${reference}\` (${error.message.replace(`${what}: `, '')})`,
        404,
        error.code ?? 'MANIFEST_UNKNOWN'
      )
    }
    await this.expect(response, what, [200])
    const bytes = await readBody(response, MAX_MANIFEST_BYTES)
    const digest = sha256(bytes)
    const expected = isSha256Digest(reference) ? reference : header(response, 'docker-content-digest')
    if (expected !== undefined && expected.startsWith('sha256:') && expected !== digest) {
      throw new RegistryIntegrityError(`${what}: the content's digest is ${digest}, not ${expected}`)
    }
    let mediaType = stripParameters(header(response, 'content-type'))
    try {
      const declared = (JSON.parse(bytes.toString('utf8')) as { mediaType?: unknown }).mediaType
      if (typeof declared === 'string') mediaType = declared
    } catch {
      throw new RegistryError(`${what}: the manifest is not JSON`)
    }
    if (!mediaType) throw new RegistryError(`${what}: the manifest has no media type`)
    return { bytes, mediaType, digest }
  }

  /** HEAD a manifest: its digest, type and size, or undefined when absent. */
  async headManifest(reference: string): Promise<ManifestHead | undefined> {
    const what = `check manifest ${reference} in ${this.name}`
    const response = await this.session.send(
      { method: 'HEAD', url: this.path('manifests', reference), headers: { Accept: MANIFEST_MEDIA_TYPES.join(', ') } },
      { scopes: this.scopes, what }
    )
    await discard(response)
    if (response.status === 404) return undefined
    await this.expect(response, what, [200])
    const digest = header(response, 'docker-content-digest')
    const mediaType = stripParameters(header(response, 'content-type'))
    const size = Number(header(response, 'content-length'))
    if (!digest || !mediaType || !Number.isFinite(size)) {
      // Not every registry describes a manifest on HEAD; GET does.
      const manifest = await this.getManifest(reference)
      return { digest: manifest.digest, mediaType: manifest.mediaType, size: manifest.bytes.length }
    }
    if (isSha256Digest(reference) && digest !== reference) throw new RegistryIntegrityError(`${what}: the registry describes it as ${digest}`)
    return { digest, mediaType, size }
  }

  /**
   * PUT a manifest under a tag or its digest, `Content-Type` = its media type. Returns its digest and
   * the `OCI-Subject` the registry confirmed (absent: the registry keeps no referrers for it).
   */
  async putManifest(reference: string, bytes: Uint8Array, mediaType: string): Promise<{ digest: string; subject?: string }> {
    const digest = sha256(bytes)
    if (isSha256Digest(reference) && reference !== digest) throw new Error(`putManifest: the bytes have digest ${digest}, not ${reference}`)
    const what = `push manifest ${reference === digest ? digest : `${reference} (${digest})`} to ${this.name}`
    const response = await this.session.send(
      { method: 'PUT', url: this.path('manifests', reference), headers: { 'Content-Type': mediaType }, body: bytes },
      { scopes: this.scopes, what }
    )
    await this.expect(response, what, [201, 200, 204])
    await discard(response)
    const confirmed = header(response, 'docker-content-digest')
    if (confirmed !== undefined && confirmed.startsWith('sha256:') && confirmed !== digest) {
      throw new RegistryIntegrityError(`${what}: ${this.registry} stored it as ${confirmed}`)
    }
    const subject = header(response, 'oci-subject')
    return subject ? { digest, subject } : { digest }
  }

  /** Deletes a manifest by digest (every tag pointing at it goes with it). */
  async deleteManifest(digest: string): Promise<void> {
    const what = `delete manifest ${digest} from ${this.name}`
    const response = await this.session.send({ method: 'DELETE', url: this.path('manifests', digest) }, { scopes: this.scopes, what })
    await this.expect(response, what, [202, 200, 204])
    await discard(response)
  }

  // ----------------------------------------------------------------------------- tags, referrers

  /** Every tag of the repository, following `Link: <…>; rel="next"` pages. */
  async listTags(): Promise<string[]> {
    const tags: string[] = []
    let url: URL | undefined = this.path('tags', 'list')
    url.searchParams.set('n', '1000')
    while (url) {
      const what = `list tags of ${this.name}`
      const response = await this.session.send({ method: 'GET', url }, { scopes: this.scopes, what })
      if (response.status === 404) {
        await discard(response)
        return tags
      }
      await this.expect(response, what, [200])
      const json = JSON.parse((await readBody(response)).toString('utf8')) as { tags?: unknown }
      if (Array.isArray(json.tags)) tags.push(...json.tags.filter((tag): tag is string => typeof tag === 'string'))
      const link = /<([^>]+)>\s*;\s*rel="?next"?/.exec(header(response, 'link') ?? '')
      url = link ? headerUrl(link[1], url, 'Link', what, this.registry) : undefined
    }
    return tags
  }

  /**
   * The referrers of a manifest: the referrers API when the registry has it (only a 200 with an index
   * counts), else the `sha256-<hex>` fallback tag, else none.
   */
  async referrers(digest: string, artifactType?: string): Promise<OciIndex> {
    const url = this.path('referrers', digest)
    if (artifactType) url.searchParams.set('artifactType', artifactType)
    const what = `list referrers of ${digest} in ${this.name}`
    const response = await this.session.send({ method: 'GET', url, headers: { Accept: OCI_INDEX } }, { scopes: this.scopes, what })
    if (response.status === 200 && stripParameters(header(response, 'content-type')) === OCI_INDEX) {
      const index = parseOciIndex(JSON.parse((await readBody(response)).toString('utf8')), what)
      // A registry that ignores the filter says so by not sending OCI-Filters-Applied.
      if (artifactType && !/artifactType/.test(header(response, 'oci-filters-applied') ?? '')) {
        index.manifests = index.manifests.filter((entry) => entry.artifactType === artifactType)
      }
      return index
    }
    await discard(response)
    const fallback = await this.fallbackReferrers(digest)
    if (artifactType) fallback.manifests = fallback.manifests.filter((entry) => entry.artifactType === artifactType)
    return fallback
  }

  /** The fallback index, or an empty one; other signers may be rewriting it (see torn-read.ts). */
  private async fallbackReferrers(digest: string): Promise<OciIndex> {
    const tag = referrersFallbackTag(digest)
    const manifest = await readPastTornWrites(async () => {
      try {
        return await this.getManifest(tag)
      } catch (error) {
        if (error instanceof RegistryError && error.status === 404) return undefined
        throw error
      }
    })
    if (!manifest) return { schemaVersion: 2, mediaType: OCI_INDEX, manifests: [] }
    return parseOciIndex(JSON.parse(manifest.bytes.toString('utf8')), `${this.name}:${tag}`)
  }

  /**
   * Lists `referrer` under its subject in the `sha256-<hex>` fallback index (read, add unless present,
   * write back), as the distribution spec asks of clients when a registry has no referrers API.
   */
  async addToReferrersFallback(subjectDigest: string, referrer: OciDescriptor): Promise<boolean> {
    const index = await this.fallbackReferrers(subjectDigest)
    if (index.manifests.some((entry) => entry.digest === referrer.digest)) return false
    index.manifests.push(referrer)
    const bytes = Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: OCI_INDEX, manifests: index.manifests }))
    await this.putManifest(referrersFallbackTag(subjectDigest), bytes, OCI_INDEX)
    return true
  }
}
