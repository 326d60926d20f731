/**
 * Writes images the way `build` promises them: byte for byte the same for the same inputs. The layer
 * is a ustar archive written here (entries sorted, uid/gid 0, one mtime for all), gzipped by Node's
 * zlib, whose header carries no file name and mtime 0 — so the bytes depend on the zlib bundled with
 * Node, and reproducibility holds for the same Node major. Every JSON document is serialised from
 * objects built in a fixed order with sorted annotation keys; no path or clock reading enters them.
 */
import { promisify } from 'node:util'
import { gzip } from 'node:zlib'
import type { Arch } from '../platform.js'
import { ociArchitecture } from '../platform.js'
import { ensureLayout, setTag, sha256Of, writeBlob } from './layout-writer.js'
import {
  OCI_CONFIG,
  OCI_INDEX,
  OCI_LAYER_TAR_GZIP,
  OCI_MANIFEST,
  type Annotations,
  type OciDescriptor,
  type OciImageConfig,
  type OciIndex,
  type OciManifest
} from './image-spec.js'

const gzipAsync = promisify(gzip)

const BLOCK = 512
/** ustar's 11 octal digits: sizes and mtimes up to 8 GiB / the year 2242. */
export const USTAR_MAX = 0o77777777777

/** A regular file of a layer; `path` is relative to the image root (`unikernel/kernel`). */
export interface LayerFile {
  path: string
  content: Uint8Array
  mode?: number
}

function writeField(header: Buffer, offset: number, length: number, value: string): void {
  const bytes = Buffer.from(value, 'utf8')
  if (bytes.length > length) throw new Error(`tar: \`${value}\` does not fit in a ${length}-byte header field`)
  bytes.copy(header, offset)
}

function writeOctal(header: Buffer, offset: number, length: number, value: number): void {
  writeField(header, offset, length, `${value.toString(8).padStart(length - 1, '0')}\0`)
}

function ustarHeader(path: string, type: 'file' | 'directory', size: number, mode: number, mtime: number): Buffer {
  if (Buffer.byteLength(path) > 100) throw new Error(`tar: path \`${path}\` is longer than 100 bytes`)
  if (size > USTAR_MAX) throw new Error(`tar: \`${path}\` is ${size} bytes, more than ustar can describe`)
  const header = Buffer.alloc(BLOCK)
  writeField(header, 0, 100, path)
  writeOctal(header, 100, 8, mode)
  writeOctal(header, 108, 8, 0)
  writeOctal(header, 116, 8, 0)
  writeOctal(header, 124, 12, size)
  writeOctal(header, 136, 12, mtime)
  writeField(header, 148, 8, '        ')
  writeField(header, 156, 1, type === 'directory' ? '5' : '0')
  writeField(header, 257, 6, 'ustar\0')
  writeField(header, 263, 2, '00')
  writeOctal(header, 329, 8, 0)
  writeOctal(header, 337, 8, 0)
  let checksum = 0
  for (const byte of header) checksum += byte
  writeField(header, 148, 8, `${checksum.toString(8).padStart(6, '0')}\0 `)
  return header
}

/**
 * A ustar archive of `files` and their parent directories, sorted by path, every entry owned by 0:0
 * with mtime `mtime` (seconds): the same files give the same bytes.
 */
export function deterministicTar(files: readonly LayerFile[], mtime: number): Buffer {
  if (!Number.isInteger(mtime) || mtime < 0 || mtime > USTAR_MAX) throw new Error(`tar: mtime ${mtime} is out of range`)
  const entries = new Map<string, { type: 'file' | 'directory'; content: Uint8Array; mode: number }>()
  for (const file of files) {
    const parts = file.path.split('/')
    if (file.path.startsWith('/') || parts.some((part) => part === '' || part === '.' || part === '..')) {
      throw new Error(`tar: \`${file.path}\` is not a plain relative path`)
    }
    for (let depth = 1; depth < parts.length; depth++) {
      entries.set(`${parts.slice(0, depth).join('/')}/`, { type: 'directory', content: new Uint8Array(), mode: 0o755 })
    }
    if (entries.has(file.path)) throw new Error(`tar: \`${file.path}\` is given twice`)
    entries.set(file.path, { type: 'file', content: file.content, mode: file.mode ?? 0o644 })
  }
  const blocks: Uint8Array[] = []
  for (const path of [...entries.keys()].sort()) {
    const entry = entries.get(path)!
    blocks.push(ustarHeader(path, entry.type, entry.content.length, entry.mode, mtime), entry.content)
    const padding = (BLOCK - (entry.content.length % BLOCK)) % BLOCK
    if (padding) blocks.push(Buffer.alloc(padding))
  }
  blocks.push(Buffer.alloc(2 * BLOCK))
  return Buffer.concat(blocks)
}

/** gzip with no file name and mtime 0 in its header (Node's zlib writes neither). */
export async function deterministicGzip(data: Uint8Array): Promise<Buffer> {
  return gzipAsync(data, { level: 9 })
}

/** RFC 3339 in UTC without fractions, as OCI's `created` fields are usually written. */
export function epochToRfc3339(epochSeconds: number): string {
  return new Date(epochSeconds * 1000).toISOString().replace(/\.000Z$/, 'Z')
}

export function sortedRecord(record: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
}

/** One image of an index: one architecture, one layer. */
export interface ImageToWrite {
  arch: Arch
  files: LayerFile[]
  /** The manifest's annotations. */
  annotations: Annotations
  /** The config's `Labels`. */
  labels: Record<string, string>
  /** The config history's `created_by`. */
  createdBy: string
}

export interface WrittenImage {
  /** The manifest, as listed in the index (with its platform). */
  manifest: OciDescriptor
  config: OciDescriptor
  layer: OciDescriptor
}

export interface WrittenIndex {
  index: OciDescriptor
  images: WrittenImage[]
}

async function writeJsonBlob(dir: string, document: object, mediaType: string): Promise<OciDescriptor> {
  return writeBlob(dir, Buffer.from(JSON.stringify(document)), mediaType)
}

async function writeImage(dir: string, image: ImageToWrite, epochSeconds: number): Promise<WrittenImage> {
  const created = epochToRfc3339(epochSeconds)
  const tar = deterministicTar(image.files, epochSeconds)
  const layer = await writeBlob(dir, await deterministicGzip(tar), OCI_LAYER_TAR_GZIP)
  const architecture = ociArchitecture(image.arch)
  const config: OciImageConfig = {
    created,
    architecture,
    os: 'linux',
    config: Object.keys(image.labels).length ? { Labels: sortedRecord(image.labels) } : {},
    rootfs: { type: 'layers', diff_ids: [sha256Of(tar)] },
    history: [{ created, created_by: image.createdBy }]
  }
  const configDescriptor = await writeJsonBlob(dir, config, OCI_CONFIG)
  const manifest: OciManifest = {
    schemaVersion: 2,
    mediaType: OCI_MANIFEST,
    config: configDescriptor,
    layers: [layer],
    annotations: sortedRecord(image.annotations)
  }
  const manifestDescriptor = await writeJsonBlob(dir, manifest, OCI_MANIFEST)
  return { manifest: { ...manifestDescriptor, platform: { architecture, os: 'linux' } }, config: configDescriptor, layer }
}

/**
 * Writes an image index of `images` (in the order given) into the OCI layout `dir`, creating it if
 * needed, and points each of `tags` at it in index.json. Blobs first, tags last: an interrupted write
 * leaves the layout as it was, plus unreferenced blobs.
 */
export async function writeImageIndex(
  dir: string,
  images: readonly ImageToWrite[],
  options: { epochSeconds: number; tags: readonly string[]; annotations: Annotations }
): Promise<WrittenIndex> {
  await ensureLayout(dir)
  const written: WrittenImage[] = []
  for (const image of images) written.push(await writeImage(dir, image, options.epochSeconds))
  const index: OciIndex = {
    schemaVersion: 2,
    mediaType: OCI_INDEX,
    manifests: written.map((image) => image.manifest),
    annotations: sortedRecord(options.annotations)
  }
  const indexDescriptor = await writeJsonBlob(dir, index, OCI_INDEX)
  for (const tag of options.tags) await setTag(dir, tag, indexDescriptor)
  return { index: indexDescriptor, images: written }
}
