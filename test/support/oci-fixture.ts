/**
 * Writes small OCI image layouts by hand (ustar bytes, gzip, sha256-named blobs), independent of the
 * code under test, so skopeo can judge them and the reader can be fed deliberately broken ones.
 */
import { createHash } from 'node:crypto'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { gzipSync, zstdCompressSync } from 'node:zlib'

export type FixtureArch = 'amd64' | 'arm64'

export type TarEntry =
  | { type: 'file'; path: string; content: string | Uint8Array; mode?: number }
  | { type: 'directory'; path: string; mode?: number }
  | { type: 'symlink'; path: string; target: string }
  | { type: 'hardlink'; path: string; target: string }
  | { type: 'chardev' | 'blockdev'; path: string; major: number; minor: number }
  | { type: 'fifo'; path: string }

const BLOCK = 512

function writeString(header: Buffer, offset: number, length: number, value: string): void {
  const bytes = Buffer.from(value, 'utf8')
  if (bytes.length > length) throw new Error(`tar fixture: \`${value}\` does not fit in ${length} bytes`)
  bytes.copy(header, offset)
}

function writeOctal(header: Buffer, offset: number, length: number, value: number): void {
  writeString(header, offset, length, `${value.toString(8).padStart(length - 1, '0')}\0`)
}

/** Splits a long name into ustar's prefix (≤155) and name (≤100) at a '/'. */
function splitName(path: string): { prefix: string; name: string } {
  if (Buffer.byteLength(path) <= 100) return { prefix: '', name: path }
  for (let i = path.length - 1; i > 0; i--) {
    if (path[i] !== '/') continue
    const prefix = path.slice(0, i)
    const name = path.slice(i + 1)
    if (Buffer.byteLength(prefix) <= 155 && Buffer.byteLength(name) <= 100 && name !== '') return { prefix, name }
  }
  throw new Error(`tar fixture: path too long for ustar: ${path}`)
}

export function tarHeader(entry: TarEntry, size: number): Buffer {
  const header = Buffer.alloc(BLOCK)
  const { prefix, name } = splitName(entry.path)
  const typeflag = { file: '0', hardlink: '1', symlink: '2', chardev: '3', blockdev: '4', directory: '5', fifo: '6' }[entry.type]
  const defaultMode = entry.type === 'directory' ? 0o755 : entry.type === 'symlink' ? 0o777 : 0o644
  writeString(header, 0, 100, name)
  writeOctal(header, 100, 8, 'mode' in entry && entry.mode !== undefined ? entry.mode : defaultMode)
  writeOctal(header, 108, 8, 0)
  writeOctal(header, 116, 8, 0)
  writeOctal(header, 124, 12, size)
  writeOctal(header, 136, 12, 0)
  writeString(header, 148, 8, '        ')
  writeString(header, 156, 1, typeflag)
  if (entry.type === 'symlink' || entry.type === 'hardlink') writeString(header, 157, 100, entry.target)
  writeString(header, 257, 6, 'ustar\0')
  writeString(header, 263, 2, '00')
  if (entry.type === 'chardev' || entry.type === 'blockdev') {
    writeOctal(header, 329, 8, entry.major)
    writeOctal(header, 337, 8, entry.minor)
  }
  writeString(header, 345, 155, prefix)
  let checksum = 0
  for (const byte of header) checksum += byte
  writeString(header, 148, 8, `${checksum.toString(8).padStart(6, '0')}\0 `)
  return header
}

/** A ustar archive of the entries in the given order; mtime 0, uid/gid 0. */
export function buildTar(entries: readonly TarEntry[]): Buffer {
  const blocks: Buffer[] = []
  for (const entry of entries) {
    const content = entry.type === 'file' ? Buffer.from(entry.content) : Buffer.alloc(0)
    blocks.push(tarHeader(entry, content.length), content, Buffer.alloc((BLOCK - (content.length % BLOCK)) % BLOCK))
  }
  blocks.push(Buffer.alloc(BLOCK * 2))
  return Buffer.concat(blocks)
}

/** zlib's gzip header carries no name and mtime 0, so this is deterministic. */
export function gzip(data: Buffer): Buffer {
  return gzipSync(data, { level: 9 })
}

export function sha256Digest(content: Uint8Array): string {
  return `sha256:${createHash('sha256').update(content).digest('hex')}`
}

/** Recognisable kernel bytes: an ELF magic and a label, padded past one tar block. */
export function fakeKernel(label: string): Buffer {
  return Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.from(`kernel:${label}\n`), Buffer.alloc(700, 0x90)])
}

/** The entries our `build` puts in a layer, sorted as it sorts them. */
export function bootEntries(files: { kernel: Uint8Array; initrd?: Uint8Array; descriptor?: unknown }): TarEntry[] {
  const entries: TarEntry[] = [{ type: 'directory', path: 'unikernel/' }]
  if (files.initrd) entries.push({ type: 'file', path: 'unikernel/initrd', content: files.initrd })
  entries.push({ type: 'file', path: 'unikernel/kernel', content: files.kernel, mode: 0o755 })
  if (files.descriptor !== undefined) {
    entries.push({ type: 'file', path: 'unikernel/unikernel.json', content: JSON.stringify(files.descriptor) })
  }
  return entries
}

/** A valid descriptor for `arch` (ours: x86_64/arm64). */
export function sampleDescriptor(arch: 'x86_64' | 'arm64', extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    version: 1,
    toolchain: 'custom',
    platform: 'qemu',
    vmm: 'qemu',
    arch,
    kernel: '/unikernel/kernel',
    cmdline: 'console=ttyS0',
    memory: '64M',
    expect: ['^hello'],
    ...extra
  }
}

/** Entries that try to leave the extraction directory, one way each. */
export const EVIL_LAYERS = {
  dotdot: (): TarEntry[] => [...bootEntries({ kernel: fakeKernel('evil') }), { type: 'file', path: '../evil', content: 'escaped\n' }],
  nestedDotdot: (): TarEntry[] => [...bootEntries({ kernel: fakeKernel('evil') }), { type: 'file', path: 'unikernel/../../evil', content: 'escaped\n' }],
  absolute: (absolutePath: string): TarEntry[] => [...bootEntries({ kernel: fakeKernel('evil') }), { type: 'file', path: absolutePath, content: 'escaped\n' }],
  symlinkToPasswd: (): TarEntry[] => [
    { type: 'directory', path: 'unikernel/' },
    { type: 'symlink', path: 'unikernel/kernel', target: '/etc/passwd' }
  ],
  /** A relative link to the parent, then a file written through it. */
  symlinkDirEscape: (): TarEntry[] => [
    ...bootEntries({ kernel: fakeKernel('evil') }),
    { type: 'symlink', path: 'up', target: '..' },
    { type: 'file', path: 'up/evil', content: 'escaped\n' }
  ],
  /** Each link alone stays inside; together `b/..` leaves, which a purely textual check misses. */
  symlinkChainEscape: (): TarEntry[] => [
    ...bootEntries({ kernel: fakeKernel('evil') }),
    { type: 'symlink', path: 'here', target: '.' },
    { type: 'directory', path: 'sub/' },
    { type: 'symlink', path: 'sub/out', target: '../here/..' }
  ],
  hardlinkToPasswd: (): TarEntry[] => [...bootEntries({ kernel: fakeKernel('evil') }), { type: 'hardlink', path: 'unikernel/passwd', target: '/etc/passwd' }]
} as const

export interface FixtureImage {
  arch: FixtureArch
  entries: TarEntry[]
  /** Defaults to the OCI config type; an artifact type makes it a non-image. */
  configMediaType?: string
  layerMediaType?: string
  /** Defaults to gzip, as `build` writes it. */
  compression?: 'gzip' | 'zstd' | 'none'
  manifestAnnotations?: Record<string, string>
}

export interface FixtureSpec {
  images: FixtureImage[]
  /** One index.json entry per tag (ref.name = the tag alone); [] for a single untagged entry. */
  tags?: string[]
  /** Point index.json straight at the (single) image manifest, without an image index. */
  plainManifest?: boolean
  /** The image index's own annotations (org.opencontainers.image.revision, …). */
  indexAnnotations?: Record<string, string>
}

export interface WrittenImage {
  arch: FixtureArch
  manifestDigest: string
  configDigest: string
  layerDigest: string
  layerSize: number
}

export interface FixtureLayout {
  dir: string
  /** What index.json entries point at: the image index, or the manifest with `plainManifest`. */
  topDigest: string
  topMediaType: string
  /** The exact bytes of the top document, to compare with `skopeo inspect --raw`. */
  topJson: Buffer
  images: WrittenImage[]
}

const OCI_INDEX = 'application/vnd.oci.image.index.v1+json'
const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json'
const OCI_CONFIG = 'application/vnd.oci.image.config.v1+json'
const LAYER_MEDIA_TYPE = {
  gzip: 'application/vnd.oci.image.layer.v1.tar+gzip',
  zstd: 'application/vnd.oci.image.layer.v1.tar+zstd',
  none: 'application/vnd.oci.image.layer.v1.tar'
} as const

async function writeBlob(dir: string, content: Buffer): Promise<{ digest: string; size: number }> {
  const digest = sha256Digest(content)
  await writeFile(join(dir, 'blobs', 'sha256', digest.slice('sha256:'.length)), content)
  return { digest, size: content.length }
}

function json(value: unknown): Buffer {
  return Buffer.from(JSON.stringify(value))
}

/** Writes an OCI image layout into `dir` (created if missing). */
export async function writeOciFixture(dir: string, spec: FixtureSpec): Promise<FixtureLayout> {
  await mkdir(join(dir, 'blobs', 'sha256'), { recursive: true })
  const images: WrittenImage[] = []
  const manifests: { mediaType: string; digest: string; size: number; platform: { architecture: string; os: string } }[] = []
  let lastManifestJson: Buffer = Buffer.alloc(0)
  for (const image of spec.images) {
    const tar = buildTar(image.entries)
    const compression = image.compression ?? 'gzip'
    const compressed = compression === 'gzip' ? gzip(tar) : compression === 'zstd' ? zstdCompressSync(tar) : tar
    const layer = await writeBlob(dir, compressed)
    const config = await writeBlob(dir, json({ architecture: image.arch, os: 'linux', config: {}, rootfs: { type: 'layers', diff_ids: [sha256Digest(tar)] } }))
    const manifestJson = json({
      schemaVersion: 2,
      mediaType: OCI_MANIFEST,
      config: { mediaType: image.configMediaType ?? OCI_CONFIG, digest: config.digest, size: config.size },
      layers: [{ mediaType: image.layerMediaType ?? LAYER_MEDIA_TYPE[compression], digest: layer.digest, size: layer.size }],
      ...(image.manifestAnnotations ? { annotations: image.manifestAnnotations } : {})
    })
    const manifest = await writeBlob(dir, manifestJson)
    lastManifestJson = manifestJson
    manifests.push({ mediaType: OCI_MANIFEST, ...manifest, platform: { architecture: image.arch, os: 'linux' } })
    images.push({ arch: image.arch, manifestDigest: manifest.digest, configDigest: config.digest, layerDigest: layer.digest, layerSize: layer.size })
  }

  let top: { mediaType: string; digest: string; size: number }
  let topJson: Buffer
  if (spec.plainManifest) {
    if (manifests.length !== 1) throw new Error('oci fixture: plainManifest needs exactly one image')
    top = { mediaType: OCI_MANIFEST, digest: manifests[0].digest, size: manifests[0].size }
    topJson = lastManifestJson
  } else {
    topJson = json({ schemaVersion: 2, mediaType: OCI_INDEX, manifests, ...(spec.indexAnnotations ? { annotations: spec.indexAnnotations } : {}) })
    top = { mediaType: OCI_INDEX, ...(await writeBlob(dir, topJson)) }
  }
  const tags = spec.tags ?? ['latest']
  const entries = tags.length === 0 ? [top] : tags.map((tag) => ({ ...top, annotations: { 'org.opencontainers.image.ref.name': tag } }))
  await writeFile(join(dir, 'index.json'), json({ schemaVersion: 2, mediaType: OCI_INDEX, manifests: entries }))
  await writeFile(join(dir, 'oci-layout'), json({ imageLayoutVersion: '1.0.0' }))
  return { dir, topDigest: top.digest, topMediaType: top.mediaType, topJson, images }
}

/** Breaks a blob in place: `content` keeps its size (only the digest check can tell), `size` appends a byte. */
export async function corruptBlob(dir: string, digest: string, how: 'content' | 'size'): Promise<void> {
  const path = join(dir, 'blobs', 'sha256', digest.slice('sha256:'.length))
  const content = await readFile(path)
  if (how === 'size') {
    await writeFile(path, Buffer.concat([content, Buffer.from([0])]))
  } else {
    content[content.length - 1] ^= 0xff
    await writeFile(path, content)
  }
}
