import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { type ConfigurationError, errorMessage, inputError } from '../runtime/errors.js'
import { hostArch, type Arch } from '../platform.js'
import { ociArchitecture } from '../platform.js'
import {
  ANNOTATION_REF_NAME,
  OciFormatError,
  isIndexMediaType,
  isManifestMediaType,
  isSha256Digest,
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

/** Registries need not accept larger manifests (distribution spec); a bigger JSON blob is not ours. */
const MAX_DOCUMENT_SIZE = 4 * 1024 * 1024

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

  /** The index.json entry a target names; a digest may also name any manifest or index blob in the layout. */
  async resolve(target: LayoutTarget): Promise<OciDescriptor> {
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
    let size: number
    try {
      size = (await stat(this.blobPath(digest))).size
    } catch (error) {
      if (errnoCode(error) !== 'ENOENT') throw error
      throw this.fail(`has no image or blob with digest ${digest} (index.json lists: ${this.listEntries()})`)
    }
    if (size > MAX_DOCUMENT_SIZE) throw this.fail(`blob ${digest} is ${size} bytes: too large for an image manifest or index`)
    const json = this.parseJson(await this.readBlob({ mediaType: 'application/octet-stream', digest, size }), `blob ${digest}`)
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

  /** Reads a whole blob, checking its size and sha256 against the descriptor. */
  async readBlob(descriptor: OciDescriptor): Promise<Buffer> {
    const path = this.blobPath(descriptor.digest)
    let content: Buffer
    try {
      const { size } = await stat(path)
      if (size !== descriptor.size) throw this.sizeMismatch(descriptor, size)
      content = await readFile(path)
    } catch (error) {
      if (errnoCode(error) === 'ENOENT') throw this.fail(`is missing blob ${descriptor.digest} (${descriptor.mediaType})`)
      throw error
    }
    if (content.length !== descriptor.size) throw this.sizeMismatch(descriptor, content.length)
    const actual = `sha256:${createHash('sha256').update(content).digest('hex')}`
    if (actual !== descriptor.digest) throw this.digestMismatch(descriptor, actual)
    return content
  }

  /** Streams a blob through sha256 without holding it, for layers; returns its path once it checks out. */
  async verifyBlob(descriptor: OciDescriptor): Promise<string> {
    const path = this.blobPath(descriptor.digest)
    const hash = createHash('sha256')
    let size = 0
    try {
      for await (const chunk of createReadStream(path)) {
        hash.update(chunk as Buffer)
        size += (chunk as Buffer).length
      }
    } catch (error) {
      if (errnoCode(error) === 'ENOENT') throw this.fail(`is missing blob ${descriptor.digest} (${descriptor.mediaType})`)
      throw error
    }
    if (size !== descriptor.size) throw this.sizeMismatch(descriptor, size)
    const actual = `sha256:${hash.digest('hex')}`
    if (actual !== descriptor.digest) throw this.digestMismatch(descriptor, actual)
    return path
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
    text = await readFile(path, 'utf8')
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') throw inputError(input, `${name} is not an OCI image layout: it has no ${what} file`)
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
