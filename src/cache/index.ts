import { homedir } from 'node:os'
import { join } from 'node:path'
import type { Logger } from '../runtime/logger.js'
import { ActionsCacheBackend } from './actions-cache.js'
import { LocalCacheBackend } from './local-cache.js'
import type { CacheBackend } from './types.js'

export type { CacheBackend } from './types.js'
export { ActionsCacheBackend } from './actions-cache.js'
export { LocalCacheBackend } from './local-cache.js'
export { hashFiles } from './hash-files.js'

/**
 * The Actions cache service when this process can reach it, else a local directory. `env` should be
 * `process.env`: `@actions/cache` reads its configuration from there.
 */
export function selectCacheBackend(env: NodeJS.ProcessEnv, logger: Logger, localRoot: string): CacheBackend {
  const service = actionsCacheService(env)
  if (service.available) {
    logger.info(`Cache: the Actions cache service ${service.why}`)
    return new ActionsCacheBackend(logger)
  }
  logger.info(`Cache: the local directory ${localRoot} (${service.why})`)
  return new LocalCacheBackend(localRoot, logger)
}

/** Where a local cache lives by default: the runner's tool cache (kept between jobs on self-hosted runners), else ~/.cache. */
export function defaultLocalCacheRoot(env: NodeJS.ProcessEnv): string {
  if (env.RUNNER_TOOL_CACHE) return join(env.RUNNER_TOOL_CACHE, 'unikernel-actions-cache')
  return join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'unikernel-actions')
}

/**
 * Whether `@actions/cache` can reach its service here, decided without loading it: importing it (and
 * the Azure storage client behind it) costs ~170 ms of start-up bundled, paid by every step that ends
 * up on the local directory if we asked its public `isFeatureAvailable()` instead. The backend still
 * asks `isFeatureAvailable()` before each use (ActionsCacheBackend), so a drift can only cost a cache
 * hit, never a step.
 *
 * Mirrors `@actions/cache` 6.3.0 exactly: `lib/cache.js` `isFeatureAvailable()` (v2 needs
 * ACTIONS_RESULTS_URL, v1 ACTIONS_CACHE_URL) over `lib/internal/config.js` `getCacheServiceVersion()`
 * (v2 when ACTIONS_CACHE_SERVICE_V2 is non-empty, whatever its value, unless `isGhes()`: any
 * GITHUB_SERVER_URL host but github.com, *.ghe.com and *.localhost; where its `new URL()` throws on
 * an unparsable one, that counts as GHES here). One rule more, ours: the token
 * that `lib/internal/cacheUtils.js` `getRuntimeToken()` throws without (v2) and v1 sends empty.
 * test/unit/cache-select.test.ts checks this against the installed `isFeatureAvailable()`.
 */
export function actionsCacheService(env: NodeJS.ProcessEnv): { available: boolean; why: string } {
  const serviceVariables = ['ACTIONS_CACHE_SERVICE_V2', 'ACTIONS_RESULTS_URL', 'ACTIONS_CACHE_URL', 'ACTIONS_RUNTIME_TOKEN']
  if (!serviceVariables.some((name) => env[name])) {
    const hint = env.GITHUB_ACTIONS === 'true' ? '; the runner gives them to JavaScript and container actions only, not to `run:` steps' : ''
    return { available: false, why: `no Actions cache service: none of ${serviceVariables.join(', ')} is set${hint}` }
  }
  const v2 = Boolean(env.ACTIONS_CACHE_SERVICE_V2) && !isEnterpriseServer(env.GITHUB_SERVER_URL)
  const urlVariable = v2 ? 'ACTIONS_RESULTS_URL' : 'ACTIONS_CACHE_URL'
  const service = v2 ? 'v2' : 'v1'
  if (!env[urlVariable]) return { available: false, why: `no Actions cache service: cache service ${service} needs ${urlVariable}, which is not set` }
  if (!env.ACTIONS_RUNTIME_TOKEN) return { available: false, why: 'no Actions cache service: ACTIONS_RUNTIME_TOKEN is not set' }
  return { available: true, why: `(${service}, ${urlVariable} and ACTIONS_RUNTIME_TOKEN are set)` }
}

function isEnterpriseServer(serverUrl: string | undefined): boolean {
  let host: string
  try {
    host = new URL(serverUrl || 'https://github.com').hostname.toLowerCase()
  } catch {
    return true
  }
  return !(host === 'github.com' || host.endsWith('.ghe.com') || host.endsWith('.localhost'))
}
