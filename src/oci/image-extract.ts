import { mkdir, readdir, realpath, stat } from 'node:fs/promises'
import { join, posix, sep } from 'node:path'
import { ConfigurationError, errorMessage, inputError } from '../runtime/errors.js'
import { checkTarEntries, unpackTar, UnsafeArchiveError } from '../runtime/safe-extract.js'
import { readRegularFile } from '../runtime/regular-file.js'
import type { Arch } from '../platform.js'
import { archOfOciArchitecture, ociArchitecture } from '../platform.js'
import { DEFAULT_INITRD_PATH, DEFAULT_KERNEL_PATH, DESCRIPTOR_PATH, parseDescriptor, type UnikernelDescriptor } from './unikernel-descriptor.js'
import { OciLayout } from './layout-reader.js'
import { isImageConfigMediaType, layerCompression, MAX_DOCUMENT_SIZE, OCI_CONFIG, URUNC_ANNOTATIONS, type Annotations } from './image-spec.js'
import { formatImageReference, type LayoutReference } from './reference.js'

/** What `boot` needs from an image, extracted to disk. */
export interface BootImage {
  /** Host path of the kernel, inside destDir. */
  kernel: string
  initrd?: string
  /** `/unikernel/unikernel.json`, when the image has one. */
  descriptor?: UnikernelDescriptor
  manifestDigest: string
  /** The image index the manifest was chosen from, when the reference named one. */
  indexDigest?: string
  /** The image config's architecture, when it is one we know. */
  arch?: Arch
  /** The manifest's annotations (urunc's among them). */
  annotations: Annotations
}

async function prepareDestination(destDir: string): Promise<void> {
  await mkdir(destDir, { recursive: true })
  const leftovers = await readdir(destDir)
  if (leftovers.length > 0) throw new Error(`extraction directory ${destDir} is not empty (${leftovers.slice(0, 3).join(', ')})`)
}

/** The host path of an absolute in-image path, if it names a regular file that resolves inside destDir. */
async function locateInImage(destDir: string, imagePath: string): Promise<{ path: string } | { problem: string } | undefined> {
  const relative = posix.normalize(`/${imagePath}`).slice(1)
  if (relative === '' || relative.split('/').includes('..')) return { problem: `\`${imagePath}\` is not a path inside the image` }
  const hostPath = join(destDir, ...relative.split('/'))
  let real: string
  try {
    real = await realpath(hostPath)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw error
  }
  const root = await realpath(destDir)
  if (real !== root && !real.startsWith(root + sep)) return { problem: `${imagePath} resolves outside the image` }
  if (!(await stat(real)).isFile()) return { problem: `${imagePath} is not a regular file` }
  return { path: hostPath }
}

/**
 * Extracts what `boot` runs from an `oci:` image: resolves the reference and the manifest for `arch`
 * (default: the only image, else this machine's), checks every blob's digest, unpacks the layers into
 * the empty or missing `destDir` safely, and reads `/unikernel/unikernel.json` when present. The
 * kernel path comes from the descriptor, else urunc's `binary` annotation, else `/unikernel/kernel`.
 */
export async function extractBootImage(input: string, ref: LayoutReference, arch: Arch | undefined, destDir: string): Promise<BootImage> {
  const image = formatImageReference(ref)
  const fail = (message: string): ConfigurationError => inputError(input, `image ${image}: ${message}`)

  const layout = await OciLayout.open(input, ref.dir)
  const top = await layout.resolve(ref)
  const selected = await layout.selectManifest(top, arch)
  const { manifest } = selected
  const manifestDigest = selected.descriptor.digest

  if (!isImageConfigMediaType(manifest.config.mediaType)) {
    throw fail(`manifest ${manifestDigest} is not a container image: its config media type is ${manifest.config.mediaType} (expected ${OCI_CONFIG})`)
  }
  const config = await layout.readImageConfig(manifest.config)
  if (arch !== undefined && config.architecture !== ociArchitecture(arch)) {
    throw fail(`manifest ${manifestDigest} is for ${config.os}/${config.architecture}, not ${arch} (${ociArchitecture(arch)})`)
  }
  const imageArch = archOfOciArchitecture(config.architecture)
  if (manifest.layers.length === 0) throw fail(`manifest ${manifestDigest} has no layers`)

  await prepareDestination(destDir)
  const links = new Map<string, string>()
  for (const layer of manifest.layers) {
    const compression = layerCompression(layer.mediaType)
    if (compression === undefined) throw fail(`layer ${layer.digest} has media type ${layer.mediaType}, which is not a tar layer`)
    const file = await layout.verifyBlob(layer)
    try {
      await checkTarEntries(file, { compression, links, rejectWhiteouts: true, within: 'the image', size: layer.size })
    } catch (error) {
      if (error instanceof UnsafeArchiveError) throw fail(`layer ${layer.digest} is unsafe to extract, nothing was extracted from it: ${error.message}`)
      throw fail(`layer ${layer.digest} is not a readable tar archive: ${errorMessage(error)}`)
    }
    try {
      await unpackTar(file, destDir, { compression, size: layer.size })
    } catch (error) {
      throw fail(`layer ${layer.digest} could not be extracted: ${errorMessage(error)}`)
    }
  }

  const annotations = manifest.annotations ?? {}
  const required = async (imagePath: string, what: string): Promise<string> => {
    const found = await locateInImage(destDir, imagePath)
    if (found === undefined) throw fail(`has no ${what} at ${imagePath}`)
    if ('problem' in found) throw fail(`${what}: ${found.problem}`)
    return found.path
  }

  let descriptor: UnikernelDescriptor | undefined
  const descriptorFile = await locateInImage(destDir, DESCRIPTOR_PATH)
  if (descriptorFile !== undefined) {
    if ('problem' in descriptorFile) throw fail(`descriptor: ${descriptorFile.problem}`)
    const source = `image ${image}: ${DESCRIPTOR_PATH}`
    let json: unknown
    try {
      json = JSON.parse((await readRegularFile(descriptorFile.path, MAX_DOCUMENT_SIZE)).toString('utf8'))
    } catch (error) {
      throw inputError(input, `${source} is not valid JSON: ${errorMessage(error)}`)
    }
    try {
      descriptor = parseDescriptor(json, source)
    } catch (error) {
      if (error instanceof ConfigurationError) throw inputError(input, error.message)
      throw error
    }
    if (imageArch !== undefined && descriptor.arch !== imageArch) {
      throw fail(`${DESCRIPTOR_PATH} says arch ${descriptor.arch}, but the image config says ${config.architecture}`)
    }
  }

  const kernel = await required(descriptor?.kernel ?? annotations[URUNC_ANNOTATIONS.binary] ?? DEFAULT_KERNEL_PATH, 'kernel')
  let initrd: string | undefined
  const namedInitrd = descriptor?.initrd ?? annotations[URUNC_ANNOTATIONS.initrd]
  if (namedInitrd !== undefined) {
    initrd = await required(namedInitrd, 'initrd')
  } else {
    const found = await locateInImage(destDir, DEFAULT_INITRD_PATH)
    if (found && 'problem' in found) throw fail(`initrd: ${found.problem}`)
    initrd = found?.path
  }

  const result: BootImage = { kernel, manifestDigest, annotations }
  if (initrd !== undefined) result.initrd = initrd
  if (descriptor !== undefined) result.descriptor = descriptor
  if (selected.index) result.indexDigest = selected.index.descriptor.digest
  if (imageArch !== undefined) result.arch = imageArch
  return result
}
