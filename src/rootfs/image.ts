import { chmod, lstat, mkdir, readdir, rm } from 'node:fs/promises'
import { isAbsolute, join, resolve } from 'node:path'
import { isImageConfigMediaType, layerCompression, OCI_CONFIG } from '../oci/image-spec.js'
import { OciLayout } from '../oci/layout-reader.js'
import { formatImageReference, type ImageReference, type LayoutReference } from '../oci/reference.js'
import { ociArchitecture, type Arch } from '../platform.js'
import { errorMessage } from '../runtime/errors.js'
import type { Logger } from '../runtime/logger.js'
import { checkTarEntries, unpackTar, UnsafeArchiveError } from '../runtime/safe-extract.js'
import type { RootfsRequest } from '../toolchains/types.js'
import { rootfsError } from './source.js'

/**
 * A root filesystem from an OCI image: the manifest for linux/<arch>, its layers applied in order with
 * the same safety rules and decompression limits as every other archive (safe-extract), and the
 * layers' whiteouts applied as the image spec says: `.wh.<name>` deletes `<name>` of the layers
 * below, `.wh..wh..opq` empties its directory of what the layers below put there.
 */

const WHITEOUT_PREFIX = '.wh.'
const OPAQUE = '.wh..wh..opq'

export interface UnpackedImage {
  manifestDigest: string
  layers: number
}

export interface ImageContext {
  request: RootfsRequest
  projectDir: string
  /** A directory of our own for the pulled layout. */
  workDir: string
  env: NodeJS.ProcessEnv
  logger: Logger
}

/** Pulls a registry image into a layout under `workDir`, or opens an `oci:` layout, and unpacks it into `destDir` (missing or empty). */
export async function unpackImage(ref: ImageReference, arch: Arch, destDir: string, context: ImageContext): Promise<UnpackedImage> {
  let layoutRef: LayoutReference
  if (ref.kind === 'registry') {
    const { defaultCredentials, pullToLayout } = await import('../registry/index.js')
    const credentials = await defaultCredentials(ref.registry, context.env)
    context.logger.info(`Pulling ${formatImageReference(ref)} for linux/${ociArchitecture(arch)}`)
    const pulled = await pullToLayout(ref, credentials, join(context.workDir, `pulled-${arch}`), arch, { input: 'rootfs', logger: context.logger }).catch(
      (error: unknown) => {
        throw rootfsError(context.request, `cannot pull ${formatImageReference(ref)}: ${errorMessage(error).replace(/^input `rootfs`: /, '')}`)
      }
    )
    layoutRef = { kind: 'layout', dir: pulled.dir, tag: pulled.tag }
  } else {
    layoutRef = { ...ref, dir: isAbsolute(ref.dir) ? ref.dir : resolve(context.projectDir, ref.dir) }
  }
  return unpackLayoutImage(layoutRef, arch, destDir, context.request)
}

async function unpackLayoutImage(ref: LayoutReference, arch: Arch, destDir: string, request: RootfsRequest): Promise<UnpackedImage> {
  const image = formatImageReference(ref)
  const fail = (problem: string) => rootfsError(request, `image ${image}: ${problem}`)
  const layout = await OciLayout.open('rootfs', ref.dir)
  const selected = await layout.selectManifest(await layout.resolve(ref), arch)
  const { manifest } = selected
  const digest = selected.descriptor.digest
  if (!isImageConfigMediaType(manifest.config.mediaType)) {
    throw fail(`manifest ${digest} is not a container image: its config media type is ${manifest.config.mediaType} (expected ${OCI_CONFIG})`)
  }
  const config = await layout.readImageConfig(manifest.config)
  if (config.architecture !== ociArchitecture(arch))
    throw fail(`manifest ${digest} is for ${config.os}/${config.architecture}, not linux/${ociArchitecture(arch)}`)

  await mkdir(destDir, { recursive: true })
  if ((await readdir(destDir)).length > 0) throw new Error(`rootfs extraction directory ${destDir} is not empty`)
  const links = new Map<string, string>()
  for (const layer of manifest.layers) {
    const compression = layerCompression(layer.mediaType)
    if (compression === undefined) throw fail(`layer ${layer.digest} has media type ${layer.mediaType}, which is not a tar layer`)
    const file = await layout.verifyBlob(layer)
    const whiteouts: Whiteouts = { deleted: [], opaque: [], markers: [], links: new Set(), modes: new Map() }
    try {
      await checkTarEntries(file, {
        compression,
        links,
        within: 'the image',
        size: layer.size,
        entryRule: (parts, type, mode) => noteEntry(whiteouts, parts, type, mode)
      })
    } catch (error) {
      if (error instanceof UnsafeArchiveError) throw fail(`layer ${layer.digest} is unsafe to extract, nothing was extracted from it: ${error.message}`)
      throw fail(`layer ${layer.digest} is not a readable tar archive: ${errorMessage(error)}`)
    }
    await applyWhiteouts(destDir, whiteouts, links)
    try {
      await unpackTar(file, destDir, { compression, size: layer.size, exactModes: true })
    } catch (error) {
      throw fail(`layer ${layer.digest} could not be extracted: ${errorMessage(error)}`)
    }
    for (const marker of whiteouts.markers) await removeInTree(destDir, marker)
    for (const [path, mode] of whiteouts.modes) await restoreMode(destDir, path.split('/'), mode)
  }
  return { manifestDigest: digest, layers: manifest.layers.length }
}

interface Whiteouts {
  /** Paths (as components) the layer deletes from the layers below. */
  deleted: string[][]
  /** Directories the layer empties of the layers below's content. */
  opaque: string[][]
  /** The whiteout files themselves, removed once the layer is unpacked. */
  markers: string[][]
  /** The layer's own symlinks. */
  links: Set<string>
  /** Files whose mode the umask would cut (group- or other-writable): path → mode, set again once unpacked. */
  modes: Map<string, number>
}

/** Records what a layer entry needs beyond unpacking (the entryRule of checkTarEntries, which sees every entry); a problem for a malformed whiteout. */
function noteEntry(whiteouts: Whiteouts, parts: readonly string[], type: string, mode: number | undefined): string | undefined {
  const key = parts.join('/')
  if (type === 'SymbolicLink') whiteouts.links.add(key)
  if ((type === 'File' || type === 'OldFile' || type === 'ContiguousFile') && mode !== undefined && (mode & 0o022) !== 0)
    whiteouts.modes.set(key, mode & 0o7777)
  else whiteouts.modes.delete(key)
  const name = parts[parts.length - 1]
  if (name === undefined || !name.startsWith(WHITEOUT_PREFIX)) return undefined
  const dir = parts.slice(0, -1)
  if (name === OPAQUE) whiteouts.opaque.push(dir)
  else if (name === WHITEOUT_PREFIX || name === `${WHITEOUT_PREFIX}.` || name === `${WHITEOUT_PREFIX}..`) return 'is a whiteout that names nothing'
  else whiteouts.deleted.push([...dir, name.slice(WHITEOUT_PREFIX.length)])
  whiteouts.markers.push([...parts])
  return undefined
}

async function applyWhiteouts(root: string, whiteouts: Whiteouts, links: Map<string, string>): Promise<void> {
  const forget = (prefix: string, self: boolean): void => {
    for (const key of [...links.keys()]) {
      if (whiteouts.links.has(key)) continue
      if ((self && key === prefix) || key.startsWith(prefix === '' ? '' : `${prefix}/`)) links.delete(key)
    }
  }
  for (const dir of whiteouts.opaque) {
    const host = await directoryInTree(root, dir)
    if (host === undefined) continue
    for (const name of await readdir(host)) await rm(join(host, name), { recursive: true, force: true })
    forget(dir.join('/'), false)
  }
  for (const path of whiteouts.deleted) {
    await removeInTree(root, path)
    forget(path.join('/'), true)
  }
}

/** The host path of a directory of the tree reached without passing a symlink; undefined when there is none. */
async function directoryInTree(root: string, parts: readonly string[]): Promise<string | undefined> {
  let host = root
  for (const part of parts) {
    host = join(host, part)
    const info = await lstat(host).catch(() => undefined)
    if (!info?.isDirectory()) return undefined
  }
  return host
}

/** Sets a regular file's mode again (tar creates files through the umask); never through or on a symlink. */
async function restoreMode(root: string, parts: readonly string[], mode: number): Promise<void> {
  const parent = await directoryInTree(root, parts.slice(0, -1))
  if (parent === undefined || parts.length === 0) return
  const path = join(parent, parts[parts.length - 1])
  const info = await lstat(path).catch(() => undefined)
  if (info?.isFile()) await chmod(path, mode)
}

/** Removes a path of the tree (a symlink itself, never what it points at); nothing when a parent is missing or a symlink. */
async function removeInTree(root: string, parts: readonly string[]): Promise<void> {
  const parent = await directoryInTree(root, parts.slice(0, -1))
  if (parent === undefined || parts.length === 0) return
  await rm(join(parent, parts[parts.length - 1]), { recursive: true, force: true })
}
