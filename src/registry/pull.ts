import { mkdir, readdir, rm } from 'node:fs/promises'
import { ociArchitecture } from '../platform.js'
import { blobPath, ensureLayout, setTag, writeBlob } from '../oci/layout-writer.js'
import { isIndexMediaType, isManifestMediaType, parseOciIndex, parseOciManifest, type OciDescriptor } from '../oci/image-spec.js'
import { formatImageReference, type RegistryReference } from '../oci/reference.js'
import { inputError } from '../runtime/errors.js'
import { hostArch, type Arch } from '../platform.js'
import type { RegistryCredentials } from './auth.js'
import { RegistryClient, type ClientOptions } from './client.js'
import { dockerConfigCredentials, dockerConfigPath, isImplicitlyInsecure, loadDockerConfig } from './credentials.js'

export interface PulledImage {
  dir: string
  tag: string
  /** `oci:<dir>:<tag>`, ready for `boot`'s `image`. */
  reference: string
  manifestDigest: string
  /** The index the manifest was chosen from, when the reference named one. */
  indexDigest?: string
}

function describePlatform(entry: OciDescriptor): string {
  const platform = entry.platform
  return platform ? [platform.os, platform.architecture, platform.variant].filter(Boolean).join('/') : `${entry.digest} (no platform)`
}

/** Picks the image manifest for `arch` from an index (default: the only one, else this machine's). */
export function choosePlatform(input: string, image: string, entries: readonly OciDescriptor[], arch: Arch | undefined): OciDescriptor {
  const images = entries.filter(
    (entry) => isManifestMediaType(entry.mediaType) && !(entry.platform?.os === 'unknown' && entry.platform.architecture === 'unknown')
  )
  if (images.length === 0) throw inputError(input, `${image} is an image index that lists no image manifests`)
  const on = (architecture: string) => images.find((entry) => entry.platform?.os === 'linux' && entry.platform.architecture === architecture)
  if (arch !== undefined) {
    const chosen = on(ociArchitecture(arch)) ?? (images.length === 1 && !images[0].platform ? images[0] : undefined)
    if (!chosen)
      throw inputError(input, `${image} has no image for ${arch} (linux/${ociArchitecture(arch)}); available: ${images.map(describePlatform).join(', ')}`)
    return chosen
  }
  if (images.length === 1) return images[0]
  const host = hostArch()
  const chosen = host && on(ociArchitecture(host))
  if (!chosen)
    throw inputError(
      input,
      `${image} lists several platforms (${images.map(describePlatform).join(', ')}) and none is this machine's; choose one with \`arch\``
    )
  return chosen
}

/** Credentials for pulling without inputs: the docker config ($DOCKER_CONFIG or ~/.docker), if it has some for the registry. */
export async function defaultCredentials(registry: string, env: NodeJS.ProcessEnv = process.env): Promise<RegistryCredentials | undefined> {
  const located = dockerConfigPath(undefined, env)
  const config = located && (await loadDockerConfig(located.path, false))
  return config ? dockerConfigCredentials(config, registry, env) : undefined
}

/**
 * Pulls one image from a registry into a fresh OCI layout: the manifest (through the index, for the
 * platform `arch` names), its config and layers, every byte digest-checked; tagged as the reference's tag
 * (else `latest`). `destDir` must be missing or empty; it is removed again when the pull fails.
 * Loopback registries are reached over plain HTTP unless `options.insecure` says otherwise.
 */
export async function pullToLayout(
  ref: RegistryReference,
  credentials: RegistryCredentials | undefined,
  destDir: string,
  arch?: Arch,
  options: ClientOptions & { input?: string } = {}
): Promise<PulledImage> {
  const input = options.input ?? 'image'
  const image = formatImageReference(ref)
  await mkdir(destDir, { recursive: true })
  if ((await readdir(destDir)).length > 0) throw new Error(`pull destination ${destDir} is not empty`)
  const client = await RegistryClient.connect(ref, credentials, { insecure: isImplicitlyInsecure(ref.registry), ...options, access: 'pull' })
  try {
    await ensureLayout(destDir)
    const top = await client.getManifest(ref.digest ?? ref.tag ?? 'latest')
    let manifestBytes = top.bytes
    let manifestDescriptor: OciDescriptor = { mediaType: top.mediaType, digest: top.digest, size: top.bytes.length }
    let indexDigest: string | undefined
    if (isIndexMediaType(top.mediaType)) {
      const index = parseOciIndex(JSON.parse(top.bytes.toString('utf8')), `${image}`)
      const chosen = choosePlatform(input, image, index.manifests, arch)
      const manifest = await client.getManifest(chosen.digest)
      manifestBytes = manifest.bytes
      manifestDescriptor = { mediaType: manifest.mediaType, digest: manifest.digest, size: manifest.bytes.length }
      indexDigest = top.digest
    } else if (!isManifestMediaType(top.mediaType)) {
      throw inputError(input, `${image} is not an image: its media type is ${top.mediaType}`)
    }
    const manifest = parseOciManifest(JSON.parse(manifestBytes.toString('utf8')), `${image} manifest ${manifestDescriptor.digest}`)
    for (const blob of [manifest.config, ...manifest.layers]) await client.downloadBlob(blob, blobPath(destDir, blob.digest))
    await writeBlob(destDir, manifestBytes, manifestDescriptor.mediaType)
    const tag = ref.tag ?? 'latest'
    await setTag(destDir, tag, manifestDescriptor)
    const pulled: PulledImage = { dir: destDir, tag, reference: `oci:${destDir}:${tag}`, manifestDigest: manifestDescriptor.digest }
    if (indexDigest) pulled.indexDigest = indexDigest
    return pulled
  } catch (error) {
    await rm(destDir, { recursive: true, force: true })
    throw error
  } finally {
    client.close()
  }
}
