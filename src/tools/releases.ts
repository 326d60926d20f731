import * as semver from 'semver'
import { inputError } from '../runtime/errors.js'
import { gitHubClient, requestStatus, type GitHubClient, type GitHubClientOptions } from '../github/client.js'
import { repositoryName, type DownloadTool, type GitHubRepository } from './types.js'

export interface ReleaseAssetInfo {
  name: string
  browserDownloadUrl: string
  /** SHA-256 hex from the API's `digest` (`sha256:…`); absent on assets uploaded before June 2025. */
  sha256?: string
}

export interface ReleaseInfo {
  tag: string
  draft: boolean
  prerelease: boolean
  assets: ReleaseAssetInfo[]
}

interface ApiAsset {
  name: string
  browser_download_url: string
  digest?: string | null
}

interface ApiRelease {
  tag_name: string
  draft?: boolean
  prerelease?: boolean
  assets?: ApiAsset[]
}

function toRelease(raw: ApiRelease): ReleaseInfo {
  return {
    tag: raw.tag_name,
    draft: raw.draft ?? false,
    prerelease: raw.prerelease ?? false,
    assets: (raw.assets ?? []).map((asset) => {
      const info: ReleaseAssetInfo = { name: asset.name, browserDownloadUrl: asset.browser_download_url }
      const digest = /^sha256:([0-9a-f]{64})$/i.exec(asset.digest ?? '')
      if (digest) info.sha256 = digest[1].toLowerCase()
      return info
    })
  }
}

/** Candidates a range is tried against, newest first, before giving up: tags without a (stable) release are skipped. */
const MAX_CANDIDATES = 5

/** What a failed call answered, from octokit's RequestError: enough to tell a rate limit from a refusal. */
interface FailedCall {
  status: number
  url: string
  headers: Record<string, string | undefined>
  message: string
}

function failedCall(error: unknown): FailedCall | undefined {
  const status = requestStatus(error)
  if (status === undefined) return undefined
  const failed = error as { request?: { url?: string }; response?: { headers?: Record<string, string | undefined>; data?: unknown }; message?: string }
  const data = failed.response?.data as { message?: unknown } | undefined
  return {
    status,
    url: failed.request?.url ?? '',
    headers: failed.response?.headers ?? {},
    message: typeof data?.message === 'string' ? data.message : (failed.message ?? '')
  }
}

/** The GitHub releases API (github.com, GHES, or a mirror that speaks it), through the suite's GitHub client. */
export class GitHubReleases {
  private readonly options: GitHubClientOptions
  private client: Promise<GitHubClient> | undefined

  constructor(options: GitHubClientOptions) {
    this.options = options
  }

  /** The client is made (and octokit loaded) on the first lookup: a run that finds its tools cached never makes one. */
  private github(): Promise<GitHubClient> {
    return (this.client ??= gitHubClient(this.options))
  }

  /** 401/403/429 become configuration errors that say what to do; a 404 is `undefined` where `missing` allows it. */
  private async call<T>(repository: GitHubRepository, request: (github: GitHubClient) => Promise<T>): Promise<T> {
    try {
      return await request(await this.github())
    } catch (error) {
      throw this.classify(error, repository)
    }
  }

  private classify(error: unknown, repository: GitHubRepository): unknown {
    const failed = failedCall(error)
    if (!failed) return error
    const where = `the GitHub API (${failed.url})`
    const rateLimited =
      failed.status === 429 || (failed.status === 403 && (failed.headers['x-ratelimit-remaining'] === '0' || /rate limit/i.test(failed.message)))
    if (rateLimited) {
      const reset = Number(failed.headers['x-ratelimit-reset'])
      const when = Number.isFinite(reset) && reset > 0 ? ` (it resets at ${new Date(reset * 1000).toISOString()})` : ''
      return inputError(
        'github-token',
        this.options.token
          ? `rate limited by ${where} while reading the releases of ${repositoryName(repository)}, even with the token given${when}; ` +
              `wait, or use a token with a higher limit`
          : `rate limited by ${where} while reading the releases of ${repositoryName(repository)}${when}; ` +
              `pass github-token (the default, \${{ github.token }}, lifts the anonymous limit of 60 requests an hour)`
      )
    }
    if (failed.status === 401) return inputError('github-token', `${where} refused the token (HTTP 401); pass a valid token, or none for public repositories`)
    if (failed.status === 403)
      return inputError('github-token', `${where} denied access to ${repositoryName(repository)} (HTTP 403)${this.options.token ? '' : '; pass github-token'}`)
    return error
  }

  private async optional(repository: GitHubRepository, route: string, parameters: Record<string, string>): Promise<ReleaseInfo | undefined> {
    try {
      return toRelease(await this.call(repository, async (github) => (await github.request(route, { ...repository, ...parameters })).data as ApiRelease))
    } catch (error) {
      if (failedCall(error)?.status === 404) return undefined
      throw error
    }
  }

  latest(repository: GitHubRepository): Promise<ReleaseInfo | undefined> {
    return this.optional(repository, 'GET /repos/{owner}/{repo}/releases/latest', {})
  }

  byTag(repository: GitHubRepository, tag: string): Promise<ReleaseInfo | undefined> {
    return this.optional(repository, 'GET /repos/{owner}/{repo}/releases/tags/{tag}', { tag })
  }

  /**
   * Every tag name of the repository, in one request however many releases it has (the releases list
   * is paged 100 at a time, newest first, and kraftkit has thousands of staging prereleases). An empty
   * repository answers 409, one without tags 404.
   */
  tagNames(repository: GitHubRepository): Promise<string[]> {
    return this.call(repository, async (github) => {
      const names: string[] = []
      try {
        for await (const page of github.paginate.iterator('GET /repos/{owner}/{repo}/git/matching-refs/{ref}', { ...repository, ref: 'tags' })) {
          for (const ref of page.data as { ref: string }[]) names.push(ref.ref.replace(/^refs\/tags\//, ''))
        }
      } catch (error) {
        const status = failedCall(error)?.status
        if (status === 404 || status === 409) return []
        throw error
      }
      return names
    })
  }
}

/** `v1.9.1` → `1.9.1`; undefined for anything that is not one exact version. */
export function exactVersion(range: string): string | undefined {
  const cleaned = semver.clean(range)
  return cleaned && semver.valid(cleaned) ? cleaned : undefined
}

export interface ResolvedVersion {
  version: string
  release: ReleaseInfo
  /** One line for the log: how the version was chosen. */
  how: string
}

/** range → the newest release that satisfies it (`latest`: the repository's latest release). */
export async function resolveToolVersion(tool: DownloadTool, range: string, releases: GitHubReleases): Promise<ResolvedVersion> {
  const repo = repositoryName(tool.releases)
  const exact = exactVersion(range)
  if (exact) {
    for (const tag of tool.tags(exact)) {
      const release = await releases.byTag(tool.releases, tag)
      if (release) return { version: exact, release, how: `release ${release.tag} of ${repo}` }
    }
    throw inputError('tools', `${tool.name} ${exact} is not released: ${repo} has no release tagged ${tool.tags(exact).join(' or ')}`)
  }
  if (range === 'latest') {
    const latest = await releases.latest(tool.releases)
    const version = latest && tool.versionOfTag(latest.tag)
    if (latest && version) return { version, release: latest, how: `latest release ${latest.tag} of ${repo}` }
  }
  // The repository's tags say which versions exist; the newest satisfying ones are then asked for
  // their releases (a tag may have none, or a prerelease), a few at most.
  const versions = new Set<string>()
  for (const tag of await releases.tagNames(tool.releases)) {
    const version = tool.versionOfTag(tag)
    if (version && semver.prerelease(version) === null) versions.add(version)
  }
  const stable = semver.rsort([...versions])
  const wanted = range === 'latest' ? '*' : range
  const candidates = stable.filter((version) => semver.satisfies(version, wanted)).slice(0, MAX_CANDIDATES)
  for (const version of candidates) {
    for (const tag of tool.tags(version)) {
      const release = await releases.byTag(tool.releases, tag)
      if (release && !release.prerelease) {
        return { version, release, how: `${range === 'latest' ? 'newest release' : `newest release matching ${range}:`} ${release.tag} of ${repo}` }
      }
    }
  }
  const newest = stable.slice(0, 5)
  throw inputError(
    'tools',
    `no release of ${tool.name} satisfies \`${range}\` ` +
      `(${repo}${newest.length ? ` has ${newest.join(', ')}${stable.length > 5 ? ', …' : ''}` : ' has no stable releases'}` +
      `${candidates.length ? `; ${candidates.join(', ')} ${candidates.length > 1 ? 'are tags' : 'is a tag'} without a stable release` : ''})`
  )
}
