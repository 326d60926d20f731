import * as semver from 'semver'
import { inputError } from '../runtime/errors.js'
import { HttpStatusError, type ToolHttp } from './http.js'
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

/** Server errors and dropped connections are retried; a rate limit does not lift within seconds. */
function apiRetryable(error: unknown): boolean {
  return !(error instanceof HttpStatusError) || error.status >= 500 || error.status === 408
}

const PAGE_SIZE = 100
const MAX_PAGES = 10

/** The GitHub releases API (github.com, GHES, or a mirror that speaks it). */
export class GitHubReleases {
  private readonly http: ToolHttp
  private readonly apiUrl: string
  private readonly token: string | undefined

  constructor(http: ToolHttp, apiUrl: string, token: string | undefined) {
    this.http = http
    this.apiUrl = apiUrl.replace(/\/+$/, '')
    this.token = token
  }

  private async getJson<T>(path: string, repository: GitHubRepository): Promise<T> {
    const headers: Record<string, string> = { accept: 'application/vnd.github+json', 'x-github-api-version': '2022-11-28' }
    if (this.token) headers.authorization = `Bearer ${this.token}`
    try {
      const { body } = await this.http.get(`${this.apiUrl}${path}`, headers, apiRetryable)
      return JSON.parse(body) as T
    } catch (error) {
      throw this.classify(error, repository)
    }
  }

  /** 401/403/429 become configuration errors that say what to do; the rest passes through. */
  private classify(error: unknown, repository: GitHubRepository): unknown {
    if (!(error instanceof HttpStatusError)) return error
    const where = `the GitHub API (${error.url})`
    const rateLimited = error.status === 429 || (error.status === 403 && (error.headers['x-ratelimit-remaining'] === '0' || /rate limit/i.test(error.body)))
    if (rateLimited) {
      const reset = Number(error.headers['x-ratelimit-reset'])
      const when = Number.isFinite(reset) && reset > 0 ? ` (it resets at ${new Date(reset * 1000).toISOString()})` : ''
      return inputError(
        'github-token',
        this.token
          ? `rate limited by ${where} while reading the releases of ${repositoryName(repository)}, even with the token given${when}; ` +
              'wait, or use a token with a higher limit'
          : `rate limited by ${where} while reading the releases of ${repositoryName(repository)}${when}; ` +
              'pass github-token (the default, ${{ github.token }}, lifts the anonymous limit of 60 requests an hour)'
      )
    }
    if (error.status === 401) return inputError('github-token', `${where} refused the token (HTTP 401); pass a valid token, or none for public repositories`)
    if (error.status === 403)
      return inputError('github-token', `${where} denied access to ${repositoryName(repository)} (HTTP 403)${this.token ? '' : '; pass github-token'}`)
    return error
  }

  async latest(repository: GitHubRepository): Promise<ReleaseInfo | undefined> {
    try {
      return toRelease(await this.getJson<ApiRelease>(`/repos/${repositoryName(repository)}/releases/latest`, repository))
    } catch (error) {
      if (error instanceof HttpStatusError && error.status === 404) return undefined
      throw error
    }
  }

  async byTag(repository: GitHubRepository, tag: string): Promise<ReleaseInfo | undefined> {
    try {
      return toRelease(await this.getJson<ApiRelease>(`/repos/${repositoryName(repository)}/releases/tags/${encodeURIComponent(tag)}`, repository))
    } catch (error) {
      if (error instanceof HttpStatusError && error.status === 404) return undefined
      throw error
    }
  }

  /** Every release, newest first, up to 1000. */
  async list(repository: GitHubRepository): Promise<ReleaseInfo[]> {
    const releases: ReleaseInfo[] = []
    for (let page = 1; page <= MAX_PAGES; page++) {
      const batch = await this.getJson<ApiRelease[]>(`/repos/${repositoryName(repository)}/releases?per_page=${PAGE_SIZE}&page=${page}`, repository)
      releases.push(...batch.map(toRelease))
      if (batch.length < PAGE_SIZE) break
    }
    return releases
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
  const all = (await releases.list(tool.releases)).filter((r) => !r.draft)
  const byVersion = new Map<string, ReleaseInfo>()
  for (const release of all) {
    const version = tool.versionOfTag(release.tag)
    if (version && !byVersion.has(version)) byVersion.set(version, release)
  }
  const stable = [...byVersion.entries()].filter(([, r]) => !r.prerelease).map(([v]) => v)
  const wanted = range === 'latest' ? '*' : range
  const version = semver.maxSatisfying(stable, wanted)
  if (!version) {
    const newest = semver.rsort(stable).slice(0, 5)
    throw inputError(
      'tools',
      `no release of ${tool.name} satisfies \`${range}\` ` +
        `(${repo}${newest.length ? ` has ${newest.join(', ')}${stable.length > 5 ? ', …' : ''}` : ' has no stable releases'})`
    )
  }
  const release = byVersion.get(version)!
  return { version, release, how: `${range === 'latest' ? 'newest release' : `newest release matching ${range}:`} ${release.tag} of ${repo}` }
}
