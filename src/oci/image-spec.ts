/**
 * The OCI vocabulary shared by the layout reader, the layout writer and the registry client: media
 * types, annotation keys, the JSON documents they name, and validation of those documents when they
 * come from outside (a layout on disk, a registry).
 */

export const OCI_LAYOUT_VERSION = '1.0.0'

export const OCI_INDEX = 'application/vnd.oci.image.index.v1+json'
export const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json'
export const OCI_CONFIG = 'application/vnd.oci.image.config.v1+json'
export const OCI_LAYER_TAR = 'application/vnd.oci.image.layer.v1.tar'
export const OCI_LAYER_TAR_GZIP = 'application/vnd.oci.image.layer.v1.tar+gzip'
export const OCI_LAYER_TAR_ZSTD = 'application/vnd.oci.image.layer.v1.tar+zstd'
export const OCI_EMPTY = 'application/vnd.oci.empty.v1+json'

export const DOCKER_MANIFEST_LIST = 'application/vnd.docker.distribution.manifest.list.v2+json'
export const DOCKER_MANIFEST = 'application/vnd.docker.distribution.manifest.v2+json'
export const DOCKER_CONFIG = 'application/vnd.docker.container.image.v1+json'
export const DOCKER_LAYER_TAR_GZIP = 'application/vnd.docker.image.rootfs.diff.tar.gzip'

/** Every manifest type we read, for a registry's `Accept` header (a registry answers 404 to an OCI manifest it may not send). */
export const MANIFEST_MEDIA_TYPES = [OCI_INDEX, OCI_MANIFEST, DOCKER_MANIFEST_LIST, DOCKER_MANIFEST] as const

export const IMAGE_CONFIG_MEDIA_TYPES = [OCI_CONFIG, DOCKER_CONFIG] as const

export type LayerCompression = 'none' | 'gzip' | 'zstd'

const LAYER_COMPRESSION: Readonly<Record<string, LayerCompression>> = {
  [OCI_LAYER_TAR]: 'none',
  [OCI_LAYER_TAR_GZIP]: 'gzip',
  [OCI_LAYER_TAR_ZSTD]: 'zstd',
  [DOCKER_LAYER_TAR_GZIP]: 'gzip'
}

/** The compression of a filesystem layer, or undefined when the media type is not a tar layer we can unpack. */
export function layerCompression(mediaType: string): LayerCompression | undefined {
  return LAYER_COMPRESSION[mediaType]
}

export function isIndexMediaType(mediaType: string | undefined): boolean {
  return mediaType === OCI_INDEX || mediaType === DOCKER_MANIFEST_LIST
}

export function isManifestMediaType(mediaType: string | undefined): boolean {
  return mediaType === OCI_MANIFEST || mediaType === DOCKER_MANIFEST
}

export function isImageConfigMediaType(mediaType: string): boolean {
  return (IMAGE_CONFIG_MEDIA_TYPES as readonly string[]).includes(mediaType)
}

/** Standard annotation keys (OCI image spec, annotations.md). */
export const ANNOTATION_REF_NAME = 'org.opencontainers.image.ref.name'
export const ANNOTATION_SOURCE = 'org.opencontainers.image.source'
export const ANNOTATION_REVISION = 'org.opencontainers.image.revision'
export const ANNOTATION_VERSION = 'org.opencontainers.image.version'
export const ANNOTATION_CREATED = 'org.opencontainers.image.created'

/** urunc reads these from the manifest to run an image as a unikernel. */
export const URUNC_ANNOTATIONS = {
  unikernelType: 'com.urunc.unikernel.unikernelType',
  unikernelVersion: 'com.urunc.unikernel.unikernelVersion',
  hypervisor: 'com.urunc.unikernel.hypervisor',
  binary: 'com.urunc.unikernel.binary',
  cmdline: 'com.urunc.unikernel.cmdline',
  initrd: 'com.urunc.unikernel.initrd'
} as const

/** Registries need not accept larger manifests (distribution spec); a bigger index.json or manifest is not ours to read. */
export const MAX_DOCUMENT_SIZE = 4 * 1024 * 1024

export const SHA256_DIGEST = /^sha256:[a-f0-9]{64}$/

export function isSha256Digest(value: string): boolean {
  return SHA256_DIGEST.test(value)
}

export type Annotations = Record<string, string>

export interface OciPlatform {
  architecture: string
  os: string
  'os.version'?: string
  'os.features'?: string[]
  variant?: string
  features?: string[]
}

export interface OciDescriptor {
  mediaType: string
  digest: string
  size: number
  urls?: string[]
  annotations?: Annotations
  data?: string
  platform?: OciPlatform
  artifactType?: string
}

export interface OciIndex {
  schemaVersion: 2
  mediaType?: string
  artifactType?: string
  manifests: OciDescriptor[]
  subject?: OciDescriptor
  annotations?: Annotations
}

export interface OciManifest {
  schemaVersion: 2
  mediaType?: string
  artifactType?: string
  config: OciDescriptor
  layers: OciDescriptor[]
  subject?: OciDescriptor
  annotations?: Annotations
}

export interface OciImageConfig {
  created?: string
  author?: string
  architecture: string
  os: string
  variant?: string
  config?: {
    User?: string
    Env?: string[]
    Entrypoint?: string[]
    Cmd?: string[]
    WorkingDir?: string
    Labels?: Record<string, string>
  }
  rootfs: { type: 'layers'; diff_ids: string[] }
  history?: { created?: string; created_by?: string; comment?: string; empty_layer?: boolean }[]
}

export interface OciLayoutFile {
  imageLayoutVersion: string
}

/** A document that does not have the shape its media type promises; `where` says which document. */
export class OciFormatError extends Error {
  override readonly name = 'OciFormatError'
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function fail(where: string, problem: string): never {
  throw new OciFormatError(`${where}: ${problem}`)
}

function parseAnnotations(value: unknown, where: string): Annotations | undefined {
  if (value === undefined) return undefined
  if (!isRecord(value) || !Object.values(value).every((v) => typeof v === 'string')) {
    fail(where, '`annotations` must be an object of strings')
  }
  return value as Annotations
}

function parsePlatform(value: unknown, where: string): OciPlatform | undefined {
  if (value === undefined) return undefined
  if (!isRecord(value) || typeof value.architecture !== 'string' || typeof value.os !== 'string') {
    fail(where, '`platform` must have string `architecture` and `os`')
  }
  if (value.variant !== undefined && typeof value.variant !== 'string') fail(where, '`platform.variant` must be a string')
  return value as unknown as OciPlatform
}

/** Validates a descriptor; the digest check matters beyond form: a digest becomes a path under `blobs/`. */
export function parseOciDescriptor(value: unknown, where: string): OciDescriptor {
  if (!isRecord(value)) fail(where, 'a descriptor must be an object')
  const { mediaType, digest, size } = value
  if (typeof mediaType !== 'string' || mediaType === '') fail(where, 'descriptor has no `mediaType`')
  if (typeof digest !== 'string') fail(where, 'descriptor has no `digest`')
  if (!isSha256Digest(digest)) {
    fail(where, `digest \`${digest}\` is not supported: expected sha256: followed by 64 lowercase hex digits`)
  }
  if (typeof size !== 'number' || !Number.isSafeInteger(size) || size < 0) {
    fail(where, `descriptor ${digest} has an invalid \`size\``)
  }
  const descriptor: OciDescriptor = { mediaType, digest, size }
  const annotations = parseAnnotations(value.annotations, `${where} (${digest})`)
  if (annotations) descriptor.annotations = annotations
  const platform = parsePlatform(value.platform, `${where} (${digest})`)
  if (platform) descriptor.platform = platform
  if (typeof value.artifactType === 'string') descriptor.artifactType = value.artifactType
  if (Array.isArray(value.urls)) descriptor.urls = value.urls.filter((url): url is string => typeof url === 'string')
  if (typeof value.data === 'string') descriptor.data = value.data
  return descriptor
}

function parseSchemaVersion(value: Record<string, unknown>, where: string): void {
  if (value.schemaVersion !== 2) fail(where, `\`schemaVersion\` is ${JSON.stringify(value.schemaVersion)}, expected 2`)
}

export function parseOciIndex(value: unknown, where: string): OciIndex {
  if (!isRecord(value)) fail(where, 'an image index must be a JSON object')
  parseSchemaVersion(value, where)
  if (value.mediaType !== undefined && !isIndexMediaType(String(value.mediaType))) {
    fail(where, `\`mediaType\` is ${String(value.mediaType)}, not an image index`)
  }
  if (!Array.isArray(value.manifests)) fail(where, 'an image index needs a `manifests` array')
  const index: OciIndex = {
    schemaVersion: 2,
    manifests: value.manifests.map((entry, i) => parseOciDescriptor(entry, `${where} manifests[${i}]`))
  }
  if (typeof value.mediaType === 'string') index.mediaType = value.mediaType
  if (typeof value.artifactType === 'string') index.artifactType = value.artifactType
  if (value.subject !== undefined) index.subject = parseOciDescriptor(value.subject, `${where} subject`)
  const annotations = parseAnnotations(value.annotations, where)
  if (annotations) index.annotations = annotations
  return index
}

export function parseOciManifest(value: unknown, where: string): OciManifest {
  if (!isRecord(value)) fail(where, 'an image manifest must be a JSON object')
  parseSchemaVersion(value, where)
  if (value.mediaType !== undefined && !isManifestMediaType(String(value.mediaType))) {
    fail(where, `\`mediaType\` is ${String(value.mediaType)}, not an image manifest`)
  }
  if (!Array.isArray(value.layers)) fail(where, 'an image manifest needs a `layers` array')
  const manifest: OciManifest = {
    schemaVersion: 2,
    config: parseOciDescriptor(value.config, `${where} config`),
    layers: value.layers.map((layer, i) => parseOciDescriptor(layer, `${where} layers[${i}]`))
  }
  if (typeof value.mediaType === 'string') manifest.mediaType = value.mediaType
  if (typeof value.artifactType === 'string') manifest.artifactType = value.artifactType
  if (value.subject !== undefined) manifest.subject = parseOciDescriptor(value.subject, `${where} subject`)
  const annotations = parseAnnotations(value.annotations, where)
  if (annotations) manifest.annotations = annotations
  return manifest
}

export function parseOciImageConfig(value: unknown, where: string): OciImageConfig {
  if (!isRecord(value)) fail(where, 'an image config must be a JSON object')
  if (typeof value.architecture !== 'string' || value.architecture === '') fail(where, 'image config has no `architecture`')
  if (typeof value.os !== 'string' || value.os === '') fail(where, 'image config has no `os`')
  const rootfs = value.rootfs
  if (!isRecord(rootfs) || rootfs.type !== 'layers' || !Array.isArray(rootfs.diff_ids)) {
    fail(where, 'image config needs `rootfs` with type `layers` and a `diff_ids` array')
  }
  return value as unknown as OciImageConfig
}

export function parseOciLayoutFile(value: unknown, where: string): OciLayoutFile {
  if (!isRecord(value) || typeof value.imageLayoutVersion !== 'string') fail(where, 'expected {"imageLayoutVersion": "1.0.0"}')
  if (value.imageLayoutVersion !== OCI_LAYOUT_VERSION) {
    fail(where, `imageLayoutVersion is ${value.imageLayoutVersion}; only ${OCI_LAYOUT_VERSION} is supported`)
  }
  return { imageLayoutVersion: value.imageLayoutVersion }
}
