import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { getOctokit } from '@actions/github'
import { archOfOciArchitecture, platformOfUruncHypervisor } from '../oci/descriptor.js'
import { extractBootImage } from '../oci/image-boot.js'
import { isImageConfigMediaType, URUNC_ANNOTATIONS } from '../oci/media-types.js'
import { parseImageReference } from '../oci/reference.js'
import { ConfigurationError, errorMessage, inputError } from '../runtime/errors.js'
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
}

export interface ReleaseAsset {
  name: string
  content: Buffer
}

export interface ReleaseOutcome {
  url: string
  uploaded: string[]
  unchanged: string[]
  replaced: string[]
  draft: boolean
}

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

interface ReleaseJson {
  id: number
  tag_name: string
  draft: boolean
  immutable?: boolean
  html_url: string
  upload_url: string
}

interface AssetJson {
  id: number
  name: string
  size: number
  digest?: string | null
}

function status(error: unknown): number | undefined {
  return (error as { status?: number }).status
}

/**
 * Uploads an image's kernels, SHA256SUMS and signatures to a GitHub Release through octokit: the release
 * is created when absent (as a draft when the repository has immutable releases, so assets can still be
 * added), an asset of the same name is left alone when its content is the same and replaced when not.
 */
export async function uploadRelease(source: SourceImage, options: ReleaseOptions): Promise<ReleaseOutcome> {
  const { env, logger, tag } = options
  if (!options.token) throw inputError('github-token', 'is required to upload to a release')
  const repository = env.GITHUB_REPOSITORY
  if (!repository || !/^[\w.-]+\/[\w.-]+$/.test(repository))
    throw inputError('release', 'needs GITHUB_REPOSITORY (owner/repo) to know which repository the release belongs to')
  const [owner, repo] = repository.split('/')
  const assets = await releaseAssets(source, options)
  const octokit = getOctokit(options.token, { baseUrl: (env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/$/, '') })

  const call = async <T>(what: string, request: () => Promise<{ data: T }>): Promise<T> => {
    try {
      return (await request()).data
    } catch (error) {
      const code = status(error)
      const hint = code === 403 || code === 404 ? ' (the token needs `contents: write` on the repository)' : ''
      throw new Error(`release ${tag}: ${what} failed${code ? ` (HTTP ${code})` : ''}: ${errorMessage(error)}${hint}`, { cause: error })
    }
  }

  let release: ReleaseJson | undefined
  try {
    release = (await octokit.request('GET /repos/{owner}/{repo}/releases/tags/{tag}', { owner, repo, tag })).data as ReleaseJson
  } catch (error) {
    if (status(error) !== 404) await call('looking it up', () => Promise.reject(error))
  }
  // Drafts have no tag yet, so only the list finds them.
  if (!release) {
    const all = (await call('listing releases', () => octokit.request('GET /repos/{owner}/{repo}/releases', { owner, repo, per_page: 100 }))) as ReleaseJson[]
    release = all.find((candidate) => candidate.tag_name === tag)
  }
  if (!release) {
    let immutable = false
    try {
      const check = (await octokit.request('GET /repos/{owner}/{repo}/immutable-releases', { owner, repo })).data as { enabled?: boolean }
      immutable = check.enabled === true
    } catch {
      // 404 means not enabled; without admin read access we cannot tell, and publish normally.
    }
    release = (await call('creating it', () =>
      octokit.request('POST /repos/{owner}/{repo}/releases', { owner, repo, tag_name: tag, name: tag, draft: immutable })
    )) as ReleaseJson
    logger.info(
      `Created release ${tag}` +
        (immutable ? ' as a draft: the repository has immutable releases, so publish it once every asset (signatures too) is attached' : '')
    )
  }

  const existing = (await call('listing assets', async () => ({
    data: await octokit.paginate('GET /repos/{owner}/{repo}/releases/{release_id}/assets', { owner, repo, release_id: release!.id, per_page: 100 })
  }))) as AssetJson[]
  const outcome: ReleaseOutcome = { url: release.html_url, uploaded: [], unchanged: [], replaced: [], draft: release.draft }

  for (const asset of assets) {
    const digest = `sha256:${sha256Hex(asset.content)}`
    const present = existing.find((candidate) => candidate.name === asset.name)
    if (present) {
      let same: boolean
      if (present.digest) same = present.digest === digest
      else if (present.size !== asset.content.length) same = false
      else {
        const download = await call(`downloading ${asset.name}`, () =>
          octokit.request('GET /repos/{owner}/{repo}/releases/assets/{asset_id}', {
            owner,
            repo,
            asset_id: present.id,
            headers: { accept: 'application/octet-stream' }
          })
        )
        same = sha256Hex(Buffer.from(download as unknown as ArrayBuffer)) === sha256Hex(asset.content)
      }
      if (same) {
        outcome.unchanged.push(asset.name)
        logger.info(`  ${asset.name}: unchanged`)
        continue
      }
      if (release.immutable && !release.draft)
        throw new ConfigurationError(`input \`release\`: ${tag} is an immutable release; its asset ${asset.name} differs and cannot be replaced`)
      await call(`deleting the old ${asset.name}`, () =>
        octokit.request('DELETE /repos/{owner}/{repo}/releases/assets/{asset_id}', { owner, repo, asset_id: present.id })
      )
    } else if (release.immutable && !release.draft) {
      throw new ConfigurationError(`input \`release\`: ${tag} is an immutable release, so ${asset.name} cannot be added to it`)
    }
    await call(`uploading ${asset.name}`, () =>
      octokit.request({
        method: 'POST',
        url: release!.upload_url,
        name: asset.name,
        data: asset.content,
        headers: { 'content-type': 'application/octet-stream', 'content-length': asset.content.length }
      })
    )
    ;(present ? outcome.replaced : outcome.uploaded).push(asset.name)
    logger.info(`  ${asset.name}: ${present ? 'replaced (content changed)' : 'uploaded'} (${asset.content.length} bytes)`)
  }
  return outcome
}
