/**
 * The one release uploader, used by `publish` (kernels, SHA256SUMS, signatures) and `sign` (blob
 * signatures). Its behaviour, whichever action calls it:
 * - the release is the one tagged `tag`, drafts included (a draft has no tag yet, so the newest 100
 *   releases are searched for it), or a new one, created as a draft when the repository has immutable
 *   releases so that later steps can still attach assets;
 * - an asset whose name is taken is left alone when its content is the same (compared by the API's
 *   digest, else by size and a download), and replaced when not; other assets are uploaded;
 * - a published immutable release accepts neither: a configuration error.
 */
import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { basename } from 'node:path'
import type { RetryPolicy } from '../net/retry.js'
import { ConfigurationError, errorMessage, inputError } from '../runtime/errors.js'
import type { Logger } from '../runtime/logger.js'
import { apiUrlOf, gitHubClient, repositoryOf, requestStatus, type GitHubClient, type GitHubRepository } from './client.js'

export interface ReleaseAsset {
  name: string
  content: Buffer
}

export interface ReleaseUpload {
  url: string
  uploaded: string[]
  unchanged: string[]
  replaced: string[]
  draft: boolean
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

/** Files as release assets named after themselves. */
export function fileAssets(paths: readonly string[]): Promise<ReleaseAsset[]> {
  return Promise.all(paths.map(async (path) => ({ name: basename(path), content: await readFile(path) })))
}

function sha256Hex(content: Uint8Array): string {
  return createHash('sha256').update(content).digest('hex')
}

/** The client and repository a release upload needs: the job's repository and a token, or a configuration error naming what is missing. */
export async function releaseClient(options: {
  env: NodeJS.ProcessEnv
  token?: string
  logger: Logger
  retry?: Partial<RetryPolicy>
}): Promise<{ github: GitHubClient; repository: GitHubRepository }> {
  if (!options.token) throw inputError('github-token', 'is required to upload to a release')
  const repository = repositoryOf(options.env)
  if (!repository) throw inputError('release', 'needs GITHUB_REPOSITORY (owner/repo) to know which repository the release belongs to')
  const github = await gitHubClient({ apiUrl: apiUrlOf(options.env), token: options.token, env: options.env, logger: options.logger, retry: options.retry })
  return { github, repository }
}

/** Puts `assets` on the release tagged `tag` of `repository`, as the module comment describes. */
export async function uploadReleaseAssets(
  github: GitHubClient,
  repository: GitHubRepository,
  tag: string,
  assets: readonly ReleaseAsset[],
  logger: Logger
): Promise<ReleaseUpload> {
  const { owner, repo } = repository
  const call = async <T>(what: string, request: () => Promise<{ data: unknown }>): Promise<T> => {
    try {
      return (await request()).data as T
    } catch (error) {
      const status = requestStatus(error)
      const message = `release ${tag}: ${what} failed${status ? ` (HTTP ${status})` : ''}: ${errorMessage(error)}`
      if (status === 401 || status === 403 || status === 404)
        throw inputError('github-token', `${message}; the token needs \`contents: write\` on ${owner}/${repo}`)
      throw new Error(message, { cause: error })
    }
  }

  let release: ReleaseJson | undefined
  try {
    release = (await github.request('GET /repos/{owner}/{repo}/releases/tags/{tag}', { owner, repo, tag })).data as ReleaseJson
  } catch (error) {
    if (requestStatus(error) !== 404) await call('looking it up', () => Promise.reject(error))
  }
  if (!release) {
    const all = await call<ReleaseJson[]>('listing releases', () => github.request('GET /repos/{owner}/{repo}/releases', { owner, repo, per_page: 100 }))
    release = all.find((candidate) => candidate.tag_name === tag)
  }
  if (!release) {
    let immutable = false
    try {
      const check = (await github.request('GET /repos/{owner}/{repo}/immutable-releases', { owner, repo })).data as { enabled?: boolean }
      immutable = check.enabled === true
    } catch {
      // 404 means not enabled; without admin read access we cannot tell, and publish normally.
    }
    release = await call<ReleaseJson>('creating it', () =>
      github.request('POST /repos/{owner}/{repo}/releases', { owner, repo, tag_name: tag, name: tag, draft: immutable })
    )
    const draft = immutable ? ' as a draft: the repository has immutable releases, so publish it once every asset (signatures too) is attached' : ''
    logger.info(`Created release ${tag}${draft}`)
  }
  const target = release

  const existing = await call<AssetJson[]>('listing assets', async () => ({
    data: await github.paginate('GET /repos/{owner}/{repo}/releases/{release_id}/assets', { owner, repo, release_id: target.id, per_page: 100 })
  }))
  const outcome: ReleaseUpload = { url: target.html_url, uploaded: [], unchanged: [], replaced: [], draft: target.draft }
  const sealed = target.immutable === true && !target.draft

  for (const asset of assets) {
    const present = existing.find((candidate) => candidate.name === asset.name)
    if (present) {
      let same: boolean
      if (present.digest) same = present.digest === `sha256:${sha256Hex(asset.content)}`
      else if (present.size !== asset.content.length) same = false
      else {
        const download = await call<ArrayBuffer>(`downloading ${asset.name}`, () =>
          github.request('GET /repos/{owner}/{repo}/releases/assets/{asset_id}', {
            owner,
            repo,
            asset_id: present.id,
            headers: { accept: 'application/octet-stream' }
          })
        )
        same = sha256Hex(Buffer.from(download)) === sha256Hex(asset.content)
      }
      if (same) {
        outcome.unchanged.push(asset.name)
        logger.info(`  ${asset.name}: unchanged`)
        continue
      }
      if (sealed) throw new ConfigurationError(`input \`release\`: ${tag} is an immutable release; its asset ${asset.name} differs and cannot be replaced`)
      await call(`deleting the old ${asset.name}`, () =>
        github.request('DELETE /repos/{owner}/{repo}/releases/assets/{asset_id}', { owner, repo, asset_id: present.id })
      )
    } else if (sealed) {
      throw new ConfigurationError(`input \`release\`: ${tag} is an immutable release, so ${asset.name} cannot be added to it`)
    }
    await call(`uploading ${asset.name}`, () =>
      github.request({
        method: 'POST',
        url: target.upload_url,
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
