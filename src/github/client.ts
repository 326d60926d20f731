/**
 * The one GitHub REST client of the suite, for setup's release lookups, publish's and sign's release
 * uploads and sign's attestations: octokit over net/fetch.ts, so every call follows the suite's proxy
 * rule and retry policy, and credentials never follow a redirect to another origin. octokit and undici
 * are loaded with import() on the first client made: no action that does not talk to GitHub pays for them.
 */
import type { Octokit } from '@octokit/core'
import type { PaginateInterface } from '@octokit/plugin-paginate-rest'
import type { RetryPolicy } from '../net/retry.js'
import type { Logger } from '../runtime/logger.js'

export type GitHubClient = Octokit & { paginate: PaginateInterface }

export interface GitHubClientOptions {
  /** The REST API root: https://api.github.com, or https://HOST/api/v3 on GitHub Enterprise Server. */
  apiUrl: string
  token?: string
  /** Where HTTP(S)_PROXY / NO_PROXY are read from. */
  env: NodeJS.ProcessEnv
  logger?: Logger
  retry?: Partial<RetryPolicy>
}

export interface GitHubRepository {
  owner: string
  repo: string
}

export const GITHUB_API_URL = 'https://api.github.com'
const USER_AGENT = 'unikernel-actions'

/** The job's API root: GITHUB_API_URL (GHES sets it), else github.com's. */
export function apiUrlOf(env: NodeJS.ProcessEnv): string {
  return (env.GITHUB_API_URL || GITHUB_API_URL).replace(/\/+$/, '')
}

/** The job's repository from GITHUB_REPOSITORY (`owner/repo`), or undefined outside GitHub. */
export function repositoryOf(env: NodeJS.ProcessEnv): GitHubRepository | undefined {
  const match = /^([\w.-]+)\/([\w.-]+)$/.exec(env.GITHUB_REPOSITORY ?? '')
  return match ? { owner: match[1], repo: match[2] } : undefined
}

/** The HTTP status of a failed call (octokit's RequestError), undefined when there was no answer. */
export function requestStatus(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | undefined)?.status
  // octokit reports a request that got no answer at all as status 500 without a response.
  if (typeof status !== 'number' || (error as { response?: unknown }).response === undefined) return undefined
  return status
}

export async function gitHubClient(options: GitHubClientOptions): Promise<GitHubClient> {
  const [{ Octokit }, { paginateRest }, { suiteFetch }] = await Promise.all([
    import('@octokit/core'),
    import('@octokit/plugin-paginate-rest'),
    import('../net/fetch.js')
  ])
  const logger = options.logger
  const GitHub = Octokit.plugin(paginateRest)
  return new GitHub({
    baseUrl: options.apiUrl.replace(/\/+$/, ''),
    ...(options.token ? { auth: options.token } : {}),
    userAgent: USER_AGENT,
    request: { fetch: suiteFetch({ env: options.env, retry: options.retry, logger }) },
    log: {
      debug: (message: string) => logger?.debug(message),
      info: (message: string) => logger?.debug(message),
      warn: (message: string) => logger?.warning(message),
      error: (message: string) => logger?.error(message)
    }
  })
}
