import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { releaseClient, uploadReleaseAssets, type ReleaseAsset, type ReleaseUpload } from '../github/releases.js'
import type { RetryPolicy } from '../net/retry.js'
import { archOfOciArchitecture } from '../platform.js'
import { platformOfUruncHypervisor } from '../oci/urunc.js'
import { extractBootImage } from '../oci/image-extract.js'
import { isImageConfigMediaType, URUNC_ANNOTATIONS } from '../oci/image-spec.js'
import { parseImageReference } from '../oci/reference.js'
import { ConfigurationError, inputError } from '../runtime/errors.js'
import type { BuildRecord } from '../runtime/job-state.js'
import type { Logger } from '../runtime/logger.js'
import type { SourceImage } from './source.js'

export interface ReleaseOptions {
  tag: string
  token?: string
  env: NodeJS.ProcessEnv
  logger: Logger
  workRoot: string
  /** The job's build, whose kernel files may have signatures beside them. */
  build?: BuildRecord
  /** The first published reference; its last path component names the assets. */
  name?: string
  retry?: Partial<RetryPolicy>
}

export type { ReleaseAsset }

/** Signature files the `sign` action (and cosign) write beside a file. */
const SIGNATURE_SUFFIXES = ['.sig', '.sigstore.json', '.pem', '.cert', '.crt', '.bundle']

function sha256Hex(content: Uint8Array): string {
  return createHash('sha256').update(content).digest('hex')
}

/** `ghcr.io/acme/web:1.0` → `web`; `oci:out/image:1.0` → `image`. */
export function assetBaseName(name: string | undefined): string {
  if (!name) return 'unikernel'
  try {
    const ref = parseImageReference('to', name)
    const base = ref.kind === 'registry' ? ref.repository.split('/').pop() : basename(ref.dir)
    return base && /^[\w.-]+$/.test(base) ? base : 'unikernel'
  } catch {
    return 'unikernel'
  }
}

/** `SHA256SUMS` as `sha256sum -c` reads it: `<hex>  <name>`, sorted by name. */
export function sha256Sums(assets: readonly ReleaseAsset[]): Buffer {
  const lines = [...assets].sort((a, b) => a.name.localeCompare(b.name)).map((asset) => `${sha256Hex(asset.content)}  ${asset.name}\n`)
  return Buffer.from(lines.join(''))
}

/** Kernel files `build` left on disk: where signatures made by `sign` with `files` sit beside them. */
function builtKernels(build: BuildRecord | undefined): string[] {
  const paths = new Set<string>()
  if (build?.kernel) paths.add(build.kernel)
  for (const target of build?.targets ?? []) if (typeof target.kernel === 'string') paths.add(target.kernel)
  return [...paths]
}

/**
 * The release assets of an image: per target its kernel (and initrd) as `<name>-<platform>-<arch>`,
 * the signature files found beside the built kernel with the same content, and `SHA256SUMS`.
 */
export async function releaseAssets(source: SourceImage, options: Pick<ReleaseOptions, 'build' | 'name' | 'workRoot'>): Promise<ReleaseAsset[]> {
  const base = assetBaseName(options.name)
  const assets: ReleaseAsset[] = []
  const scratch = await mkdtemp(join(options.workRoot, 'release-'))
  try {
    const kernels = new Map<string, string>()
    for (const path of builtKernels(options.build)) {
      if (existsSync(path)) kernels.set(sha256Hex(await readFile(path)), path)
    }
    let n = 0
    for (const stored of source.manifests) {
      if (!stored.manifest || !isImageConfigMediaType(stored.manifest.config.mediaType)) continue
      const config = await source.layout.readImageConfig(stored.manifest.config)
      const image = await extractBootImage(
        'image',
        { kind: 'layout', dir: source.layout.dir, digest: stored.descriptor.digest },
        undefined,
        join(scratch, String(n++))
      )
      const platform = image.descriptor?.platform ?? platformOfUruncHypervisor(image.annotations[URUNC_ANNOTATIONS.hypervisor] ?? '') ?? 'unikernel'
      const arch = image.descriptor?.arch ?? archOfOciArchitecture(config.architecture) ?? config.architecture
      const name = `${base}-${platform}-${arch}`
      if (assets.some((asset) => asset.name === name))
        throw new ConfigurationError(`input \`release\`: two images of ${source.reference} would both be released as ${name}`)
      const kernel = await readFile(image.kernel)
      assets.push({ name, content: kernel })
      if (image.initrd) assets.push({ name: `${name}.initrd`, content: await readFile(image.initrd) })
      const built = kernels.get(sha256Hex(kernel))
      for (const suffix of SIGNATURE_SUFFIXES) {
        if (built && existsSync(`${built}${suffix}`)) assets.push({ name: `${name}${suffix}`, content: await readFile(`${built}${suffix}`) })
      }
    }
  } finally {
    await rm(scratch, { recursive: true, force: true })
  }
  if (assets.length === 0) throw inputError('release', `${source.reference} holds no container images with a kernel to release`)
  const binaries = assets.filter((asset) => !SIGNATURE_SUFFIXES.some((suffix) => asset.name.endsWith(suffix)))
  assets.push({ name: 'SHA256SUMS', content: sha256Sums(binaries) })
  return assets
}

/** Uploads an image's kernels, SHA256SUMS and signatures to a GitHub Release (src/github/releases.ts says how). */
export async function uploadRelease(source: SourceImage, options: ReleaseOptions): Promise<ReleaseUpload> {
  const { github, repository } = await releaseClient(options)
  return uploadReleaseAssets(github, repository, options.tag, await releaseAssets(source, options), options.logger)
}
