/**
 * SBOMs attached to what they describe. An SPDX SBOM from `build` names the kernel it describes by
 * SHA-256 (`./unikernel/kernel`); `sign` attests it for a platform manifest only when that manifest's
 * layer holds a kernel with that hash, so an SBOM can never be attached to an image it does not
 * belong to. One attestation per platform manifest (subject = that manifest), as docker buildx does.
 */
import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { posix } from 'node:path'
import { gunzipSync, zstdDecompressSync } from 'node:zlib'
import { Parser, type ReadEntry } from 'tar'
import { sbomKernelSha256 } from '../build/sbom.js'
import { isIndexMediaType, isManifestMediaType, layerCompression, type OciDescriptor } from '../oci/image-spec.js'
import { DEFAULT_KERNEL_PATH } from '../oci/unikernel-descriptor.js'
import { inputError } from '../runtime/errors.js'
import type { BuildRecord } from '../runtime/job-state.js'
import type { Logger } from '../runtime/logger.js'
import { subjectsOf } from './sign-image.js'
import { parseDocument, type SignatureStore } from './store.js'

/** Layers are read into memory to hash the kernel they hold: at most this much, compressed or not. */
const MAX_LAYER_BYTES = 1024 * 1024 * 1024

/** The `sbom` input of `sign`: the job's build SBOMs when they belong (`auto`; `true` requires one), given files, or none. */
export type SbomChoice = { mode: 'auto' | 'required' | 'off' } | { mode: 'files'; paths: string[] }

export function parseSbomChoice(input: string, values: readonly string[]): SbomChoice {
  if (values.length === 0 || (values.length === 1 && values[0] === 'auto')) return { mode: 'auto' }
  if (values.length === 1 && values[0] === 'true') return { mode: 'required' }
  if (values.length === 1 && values[0] === 'false') return { mode: 'off' }
  for (const value of values) {
    if (['auto', 'true', 'false'].includes(value))
      throw inputError(input, `\`${value}\` cannot be listed with SBOM files: give auto, true, false, or SBOM file paths`)
  }
  return { mode: 'files', paths: [...values] }
}

export interface SbomFile {
  path: string
  document: Record<string, unknown>
  /** The SHA-256 the SBOM records for ./unikernel/kernel. */
  kernelSha256: string
}

export async function readSbomFile(path: string, input: string): Promise<SbomFile> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    throw inputError(input, `cannot read SBOM ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`)
  }
  let document: unknown
  try {
    document = JSON.parse(text)
  } catch {
    throw inputError(input, `${path} is not JSON: an SPDX 2.3 JSON SBOM is expected (the build's \`sbom\` output)`)
  }
  const version = (document as { spdxVersion?: unknown })?.spdxVersion
  if (typeof document !== 'object' || document === null || typeof version !== 'string' || !version.startsWith('SPDX-')) {
    throw inputError(input, `${path} is not an SPDX JSON document (no spdxVersion); give the build's \`sbom\` output`)
  }
  const kernelSha256 = sbomKernelSha256(document)
  if (!kernelSha256) {
    throw inputError(input, `${path} names no ./unikernel/kernel with a SHA256 checksum, so nothing ties it to an image; give the build's \`sbom\` output`)
  }
  return { path, document: document as Record<string, unknown>, kernelSha256 }
}

/** The platform manifests of an image: those an index lists, or the manifest itself. */
export async function platformManifests(store: SignatureStore, digest: string): Promise<OciDescriptor[]> {
  const [root, ...listed] = await subjectsOf(store, digest)
  return isIndexMediaType(root.mediaType) ? listed : [root]
}

function decompress(bytes: Buffer, mediaType: string): Buffer | undefined {
  const compression = layerCompression(mediaType)
  if (compression === 'gzip') return gunzipSync(bytes, { maxOutputLength: MAX_LAYER_BYTES })
  if (compression === 'zstd') return zstdDecompressSync(bytes, { maxOutputLength: MAX_LAYER_BYTES })
  return compression === 'none' ? bytes : undefined
}

/** The SHA-256 of the regular file `wanted` (no leading slash) in a plain tar, or undefined when it is not there. */
function tarEntrySha256(tar: Buffer, wanted: string): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    let found: string | undefined
    const parser = new Parser({
      strict: true,
      onReadEntry: (entry: ReadEntry) => {
        const path = posix.normalize(`/${entry.path}`).slice(1)
        if (path !== wanted || entry.type !== 'File') {
          entry.resume()
          return
        }
        const hash = createHash('sha256')
        entry.on('data', (chunk: Buffer) => hash.update(chunk))
        entry.on('end', () => (found = hash.digest('hex')))
      }
    })
    parser.on('error', reject)
    parser.on('close', () => resolve(found))
    parser.end(tar)
  })
}

/** The SHA-256 of the kernel at /unikernel/kernel in a platform manifest's layers (the last layer holding it wins). */
export async function manifestKernelSha256(store: SignatureStore, manifest: OciDescriptor): Promise<string | undefined> {
  if (!isManifestMediaType(manifest.mediaType)) return undefined
  const parsed = parseDocument('manifest', await store.getByDigest(manifest.digest), `manifest ${manifest.digest}`)
  const wanted = DEFAULT_KERNEL_PATH.slice(1)
  for (const layer of [...parsed.layers].reverse()) {
    if (layer.size > MAX_LAYER_BYTES) continue
    const tar = decompress(await store.readBlob(layer, MAX_LAYER_BYTES), layer.mediaType)
    const sha256 = tar ? await tarEntrySha256(tar, wanted) : undefined
    if (sha256) return sha256
  }
  return undefined
}

export interface SbomAttachment {
  /** The platform manifest the SBOM describes: the attestation's subject. */
  subject: OciDescriptor
  sbom: SbomFile
}

/**
 * Which SBOM goes with which platform manifest of `image`. `auto`/`true`: the SBOMs the job's build
 * recorded for the manifests this image lists (none when the image is not that build's; `true` then
 * fails). Files: each must describe the kernel of at least one manifest. Either way the kernel hash the
 * SBOM records must be the one in the manifest's layer; anything else is an error naming `input`.
 */
export async function sbomAttachments(
  target: { image: string; store: SignatureStore; digest: string },
  choice: SbomChoice,
  build: BuildRecord | undefined,
  options: { input: string; logger: Logger }
): Promise<SbomAttachment[]> {
  if (choice.mode === 'off') return []
  const { input, logger } = options
  const manifests = await platformManifests(target.store, target.digest)
  const kernels = new Map<string, string | undefined>()
  const kernelOf = async (manifest: OciDescriptor): Promise<string | undefined> => {
    if (!kernels.has(manifest.digest)) kernels.set(manifest.digest, await manifestKernelSha256(target.store, manifest))
    return kernels.get(manifest.digest)
  }

  if (choice.mode === 'files') {
    const attachments: SbomAttachment[] = []
    for (const path of choice.paths) {
      const sbom = await readSbomFile(path, input)
      const matching: OciDescriptor[] = []
      for (const manifest of manifests) if ((await kernelOf(manifest)) === sbom.kernelSha256) matching.push(manifest)
      if (matching.length === 0) {
        throw inputError(
          input,
          `${path} does not belong to ${target.image}: it describes a kernel with SHA-256 ${sbom.kernelSha256}, ` +
            `which none of its manifests (${manifests.map((m) => m.digest).join(', ')}) holds at ${DEFAULT_KERNEL_PATH}`
        )
      }
      for (const subject of matching) attachments.push({ subject, sbom })
    }
    return attachments
  }

  const recorded = (build?.targets ?? []).filter((t) => t.sbom && manifests.some((m) => m.digest === t.manifestDigest))
  if (recorded.length === 0) {
    const why = build?.targets?.some((t) => t.sbom)
      ? `the job's build (${build.image ?? 'an image'}) is not ${target.image}: none of its manifests is one this build recorded an SBOM for`
      : 'no build in this job recorded an SBOM'
    if (choice.mode === 'required') throw inputError(input, `is true, but ${why}; give the SBOM files instead`)
    logger.info(`No SBOM attached to ${target.image}: ${why}`)
    return []
  }
  const attachments: SbomAttachment[] = []
  for (const entry of recorded) {
    const subject = manifests.find((m) => m.digest === entry.manifestDigest)!
    const sbom = await readSbomFile(entry.sbom!, input)
    const kernel = await kernelOf(subject)
    if (kernel !== sbom.kernelSha256) {
      throw inputError(
        input,
        `${entry.sbom} does not belong to ${target.image}: the build recorded it for ${entry.target} (${subject.digest}), ` +
          `but it describes a kernel with SHA-256 ${sbom.kernelSha256} and the manifest holds ${kernel ?? `no ${DEFAULT_KERNEL_PATH}`}`
      )
    }
    attachments.push({ subject, sbom })
  }
  return attachments
}
