import { createHash, randomBytes } from 'node:crypto'
import { open, rename, rm, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { type ConfigurationError, errorMessage, inputError } from '../runtime/errors.js'
import { FileTooLargeError, NotRegularFileError, openRegularFile, readChunks, readRange, readRegularFile, type RegularFile } from '../runtime/regular-file.js'
import { hostArch, type Arch } from '../platform.js'
import { ociArchitecture } from '../platform.js'
import {
  ANNOTATION_REF_NAME,
  OciFormatError,
  isIndexMediaType,
  isManifestMediaType,
  isSha256Digest,
  MAX_DOCUMENT_SIZE,
  parseOciImageConfig,
  parseOciIndex,
  parseOciLayoutFile,
  parseOciManifest,
  OCI_INDEX,
  OCI_MANIFEST,
  type OciDescriptor,
  type OciImageConfig,
  type OciIndex,
  type OciManifest
} from './image-spec.js'

/** Which image of a layout: by tag, by digest, or neither (the only one). */
export interface LayoutTarget {
  tag?: string
  digest?: string
}

export interface SelectedManifest {
  descriptor: OciDescriptor
  manifest: OciManifest
  /** The image index the manifest was chosen from, when there was one. */
  index?: { descriptor: OciDescriptor; index: OciIndex }
}

function errnoCode(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException).code
}

/** A digest-verifying reader over an OCI image layout directory (image-spec image-layout.md). */
export class OciLayout {
  private constructor(
    readonly input: string,
    readonly dir: string,
    readonly index: OciIndex
  ) {}

  /** Reads `oci-layout` and `index.json`; `input` is the input every error names. */
  static async open(input: string, dir: string): Promise<OciLayout> {
    const name = `OCI layout \`${dir}\``
    try {
      if (!(await stat(dir)).isDirectory()) throw inputError(input, `${name} is not a directory`)
    } catch (error) {
      if (errnoCode(error) !== 'ENOENT') throw error
      const hint = dir.includes(':') ? ` (a reference is oci:<dir>:<tag> or oci:<dir>@sha256:<hex>; with a tag the directory ends at the first ':')` : ''
      throw inputError(input, `${name} does not exist${hint}`)
    }
    const layoutFile = await readLayoutJson(input, name, join(dir, 'oci-layout'), 'oci-layout')
    wrapFormatError(input, name, () => parseOciLayoutFile(layoutFile, 'oci-layout'))
    const indexJson = await readLayoutJson(input, name, join(dir, 'index.json'), 'index.json')
    const index = wrapFormatError(input, name, () => parseOciIndex(indexJson, 'index.json'))
    return new OciLayout(input, dir, index)
  }

  private get name(): string {
    return `OCI layout \`${this.dir}\``
  }

  private fail(message: string): ConfigurationError {
    return inputError(this.input, `${this.name} ${message}`)
  }

  /** The `org.opencontainers.image.ref.name` of every entry of index.json that has one, in order. */
  get tags(): string[] {
    return this.index.manifests.flatMap((entry) => {
      const tag = entry.annotations?.[ANNOTATION_REF_NAME]
      return tag === undefined ? [] : [tag]
    })
  }

  private listEntries(): string {
    const names = this.index.manifests.map((entry) => entry.annotations?.[ANNOTATION_REF_NAME] ?? `${entry.digest} (untagged)`)
    return names.length > 0 ? names.join(', ') : 'none'
  }

  /**
   * The index.json entry a target names; a digest may also name any manifest or index blob in the
   * layout. The blob is read and checked against its digest: what a signature is checked for must be
   * what the layout holds.
   */
  async resolve(target: LayoutTarget): Promise<OciDescriptor> {
    const entry = await this.findEntry(target)
    if (entry.size > MAX_DOCUMENT_SIZE) throw this.fail(`entry ${entry.digest} is ${entry.size} bytes: too large for an image manifest or index`)
    await this.readBlob(entry)
    return entry
  }

  private async findEntry(target: LayoutTarget): Promise<OciDescriptor> {
    const entries = this.index.manifests
    if (target.digest !== undefined) {
      const entry = entries.find((candidate) => candidate.digest === target.digest)
      return entry ?? (await this.describeBlob(target.digest))
    }
    if (target.tag !== undefined) {
      const tag = target.tag
      const matches = entries.filter((entry) => entry.annotations?.[ANNOTATION_REF_NAME] === tag)
      if (matches.length === 0) throw this.fail(`has no image tagged \`${tag}\` (index.json lists: ${this.listEntries()})`)
      if (matches.length > 1) throw this.fail(`lists ${matches.length} entries tagged \`${tag}\` in index.json; a tag must name one image`)
      return matches[0]
    }
    if (entries.length === 0) throw this.fail('holds no images: its index.json lists none')
    if (entries.length > 1) {
      throw this.fail(`holds ${entries.length} images (${this.listEntries()}); name one as oci:${this.dir}:<tag> or oci:${this.dir}@sha256:<hex>`)
    }
    return entries[0]
  }

  /** A descriptor for a blob that index.json does not list, from the blob itself. */
  private async describeBlob(digest: string): Promise<OciDescriptor> {
    if (!isSha256Digest(digest)) throw this.fail(`cannot look up \`${digest}\`: expected sha256: followed by 64 lowercase hex digits`)
    let content: Buffer
    try {
      content = await readRegularFile(this.blobPath(digest), MAX_DOCUMENT_SIZE, { noFollow: true })
    } catch (error) {
      if (errnoCode(error) === 'ENOENT') throw this.fail(`has no image or blob with digest ${digest} (index.json lists: ${this.listEntries()})`)
      if (error instanceof FileTooLargeError) throw this.fail(`blob ${digest} is too large for an image manifest or index: ${error.message}`)
      throw this.unreadable(digest, error)
    }
    const size = content.length
    const actual = `sha256:${createHash('sha256').update(content).digest('hex')}`
    if (actual !== digest) throw this.digestMismatch({ mediaType: 'application/octet-stream', digest, size }, actual)
    const json = this.parseJson(content, `blob ${digest}`)
    const declared = typeof json === 'object' && json !== null ? (json as Record<string, unknown>).mediaType : undefined
    let mediaType: string
    if (typeof declared === 'string') mediaType = declared
    else if (typeof json === 'object' && json !== null && 'manifests' in json) mediaType = OCI_INDEX
    else if (typeof json === 'object' && json !== null && 'layers' in json) mediaType = OCI_MANIFEST
    else throw this.fail(`blob ${digest} is not an image manifest or index`)
    return { mediaType, digest, size }
  }

  blobPath(digest: string): string {
    // The digest becomes a path: only a well-formed one may, or `sha256:../../x` would escape the layout.
    if (!isSha256Digest(digest)) throw this.fail(`refers to \`${digest}\`, which is not a sha256 digest`)
    return join(this.dir, 'blobs', 'sha256', digest.slice('sha256:'.length))
  }

  /**
   * Opens a blob for reading: a regular file (not a symlink, FIFO or device, checked on the open
   * descriptor) of the size its descriptor declares.
   */
  private async openBlob(descriptor: OciDescriptor): Promise<RegularFile> {
    let file: RegularFile
    try {
      file = await openRegularFile(this.blobPath(descriptor.digest), { noFollow: true })
    } catch (error) {
      if (errnoCode(error) === 'ENOENT') throw this.fail(`is missing blob ${descriptor.digest} (${descriptor.mediaType})`)
      throw this.unreadable(descriptor.digest, error)
    }
    if (file.size !== descriptor.size) {
      await file.handle.close()
      throw this.sizeMismatch(descriptor, file.size)
    }
    return file
  }

  /** Checks that a blob is a regular file of its declared size, without reading it (before an upload reads it by ranges). */
  async checkBlob(descriptor: OciDescriptor): Promise<void> {
    await (await this.openBlob(descriptor)).handle.close()
  }

  private unreadable(digest: string, error: unknown): ConfigurationError {
    if (error instanceof NotRegularFileError) return this.fail(`blob ${digest} is not a regular file: ${error.message}`)
    return this.fail(`cannot read blob ${digest}: ${errorMessage(error)}`)
  }

  /** Reads a whole blob, checking its size and sha256 against the descriptor (one byte past the size is read, to catch more). */
  async readBlob(descriptor: OciDescriptor): Promise<Buffer> {
    const { handle } = await this.openBlob(descriptor)
    let content: Buffer
    try {
      content = await readRange(handle, 0, descriptor.size + 1)
    } finally {
      await handle.close()
    }
    if (content.length !== descriptor.size) throw this.sizeMismatch(descriptor, content.length)
    const actual = `sha256:${createHash('sha256').update(content).digest('hex')}`
    if (actual !== descriptor.digest) throw this.digestMismatch(descriptor, actual)
    return content
  }

  /**
   * Streams a blob through sha256 without holding it, for layers, handing each chunk to `sink` (a
   * copy); returns the blob's path once it checks out. Never reads past the declared size (+1).
   */
  async verifyBlob(descriptor: OciDescriptor, sink?: (chunk: Buffer) => Promise<void>): Promise<string> {
    const { handle } = await this.openBlob(descriptor)
    const hash = createHash('sha256')
    let size = 0
    try {
      for await (const chunk of readChunks(handle, 0, descriptor.size + 1)) {
        hash.update(chunk)
        size += chunk.length
        if (size > descriptor.size) break
        await sink?.(chunk)
      }
    } finally {
      await handle.close()
    }
    if (size !== descriptor.size) throw this.sizeMismatch(descriptor, size)
    const actual = `sha256:${hash.digest('hex')}`
    if (actual !== descriptor.digest) throw this.digestMismatch(descriptor, actual)
    return this.blobPath(descriptor.digest)
  }

  /** Copies a blob to `target` (write-then-rename) through the same checks, so what lands is what was verified. */
  async copyBlobTo(descriptor: OciDescriptor, target: string): Promise<void> {
    const temp = `${target}.${randomBytes(6).toString('hex')}.tmp`
    const out = await open(temp, 'wx')
    try {
      try {
        await this.verifyBlob(descriptor, async (chunk) => {
          await out.write(chunk)
        })
      } finally {
        await out.close()
      }
      await rename(temp, target)
    } catch (error) {
      await rm(temp, { force: true })
      throw error
    }
  }

  private sizeMismatch(descriptor: OciDescriptor, actual: number): ConfigurationError {
    return this.fail(`is corrupt: blob ${descriptor.digest} (${descriptor.mediaType}) is ${actual} bytes, but its descriptor says ${descriptor.size}`)
  }

  private digestMismatch(descriptor: OciDescriptor, actual: string): ConfigurationError {
    return this.fail(`is corrupt: blob ${descriptor.digest} (${descriptor.mediaType}) has content whose sha256 is ${actual}`)
  }

  private parseJson(content: Buffer, what: string): unknown {
    try {
      return JSON.parse(content.toString('utf8'))
    } catch (error) {
      throw this.fail(`${what} is not valid JSON: ${errorMessage(error)}`)
    }
  }

  private async readDocument<T>(descriptor: OciDescriptor, what: string, parse: (json: unknown, where: string) => T): Promise<T> {
    if (descriptor.size > MAX_DOCUMENT_SIZE) throw this.fail(`${what} ${descriptor.digest} is ${descriptor.size} bytes: too large`)
    const json = this.parseJson(await this.readBlob(descriptor), `${what} ${descriptor.digest}`)
    return wrapFormatError(this.input, this.name, () => parse(json, `${what} ${descriptor.digest}`))
  }

  readIndex(descriptor: OciDescriptor): Promise<OciIndex> {
    return this.readDocument(descriptor, 'image index', parseOciIndex)
  }

  readManifest(descriptor: OciDescriptor): Promise<OciManifest> {
    return this.readDocument(descriptor, 'image manifest', parseOciManifest)
  }

  readImageConfig(descriptor: OciDescriptor): Promise<OciImageConfig> {
    return this.readDocument(descriptor, 'image config', parseOciImageConfig)
  }

  /**
   * Follows an image index to the manifest for `arch`, or takes a plain manifest as it is. Without
   * `arch`, an index with one image gives that image, and one with several gives this machine's.
   */
  async selectManifest(descriptor: OciDescriptor, arch: Arch | undefined): Promise<SelectedManifest> {
    if (isManifestMediaType(descriptor.mediaType)) return { descriptor, manifest: await this.readManifest(descriptor) }
    if (!isIndexMediaType(descriptor.mediaType)) {
      throw this.fail(`entry ${descriptor.digest} is not an image: its media type is ${descriptor.mediaType}`)
    }
    const index = await this.readIndex(descriptor)
    const images = index.manifests.filter((entry) => isManifestMediaType(entry.mediaType) && !isAttestation(entry))
    if (images.length === 0) {
      const nested = index.manifests.some((entry) => isIndexMediaType(entry.mediaType))
      throw this.fail(`image index ${descriptor.digest} lists no image manifests${nested ? ' (nested image indexes are not supported)' : ''}`)
    }
    const platforms = images.map(describePlatform).join(', ')
    let chosen: OciDescriptor | undefined
    if (arch !== undefined) {
      const wanted = ociArchitecture(arch)
      chosen = images.find((entry) => isLinuxOn(entry, wanted))
      if (!chosen && images.length === 1 && !images[0].platform) chosen = images[0]
      if (!chosen) throw this.fail(`image index ${descriptor.digest} has no image for ${arch} (linux/${wanted}); available platforms: ${platforms}`)
    } else if (images.length === 1) {
      chosen = images[0]
    } else {
      const host = hostArch()
      chosen = host && images.find((entry) => isLinuxOn(entry, ociArchitecture(host)))
      if (!chosen) {
        throw this.fail(
          `image index ${descriptor.digest} lists several platforms (${platforms}) and none is this machine's (${process.arch}); ` +
            'choose one with the `arch` input'
        )
      }
    }
    return { descriptor: chosen, manifest: await this.readManifest(chosen), index: { descriptor, index } }
  }
}

function isLinuxOn(entry: OciDescriptor, architecture: string): boolean {
  return entry.platform?.os === 'linux' && entry.platform.architecture === architecture
}

/** buildx lists provenance/SBOM manifests in an index with platform unknown/unknown. */
function isAttestation(entry: OciDescriptor): boolean {
  return entry.platform?.os === 'unknown' && entry.platform?.architecture === 'unknown'
}

function describePlatform(entry: OciDescriptor): string {
  const platform = entry.platform
  if (!platform) return `${entry.digest} (no platform)`
  return [platform.os, platform.architecture, platform.variant].filter((part) => part).join('/')
}

async function readLayoutJson(input: string, name: string, path: string, what: string): Promise<unknown> {
  let text: string
  try {
    text = (await readRegularFile(path, MAX_DOCUMENT_SIZE, { noFollow: true })).toString('utf8')
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') throw inputError(input, `${name} is not an OCI image layout: it has no ${what} file`)
    if (error instanceof FileTooLargeError) throw inputError(input, `${name}: ${what} is too large (at most ${MAX_DOCUMENT_SIZE} bytes): ${error.message}`)
    throw inputError(input, `${name}: cannot read ${what}: ${errorMessage(error)}`)
  }
  try {
    return JSON.parse(text)
  } catch (error) {
    throw inputError(input, `${name}: ${what} is not valid JSON: ${errorMessage(error)}`)
  }
}

function wrapFormatError<T>(input: string, name: string, parse: () => T): T {
  try {
    return parse()
  } catch (error) {
    if (error instanceof OciFormatError) throw inputError(input, `${name}: ${error.message}`)
    throw error
  }
}
