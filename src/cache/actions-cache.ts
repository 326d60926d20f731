import { errorMessage } from '../runtime/errors.js'
import type { Logger } from '../runtime/logger.js'
import type { CacheBackend } from './types.js'

type ActionsCacheModule = typeof import('@actions/cache')

/**
 * The GitHub Actions cache service through `@actions/cache`, which reads its configuration from
 * `process.env` (ACTIONS_RESULTS_URL, ACTIONS_RUNTIME_TOKEN, …) and archives paths relative to
 * GITHUB_WORKSPACE. The module (and Azure storage behind it) is loaded on first use only.
 *
 * `@actions/cache` already turns most failures into log lines of its own (`Failed to save: …`,
 * `Failed to restore: …`) and a miss; what it still throws (invalid keys, say) becomes a warning
 * here. The cache never fails a step.
 */
export class ActionsCacheBackend implements CacheBackend {
  readonly kind = 'actions' as const

  constructor(private readonly logger: Logger) {}

  async restore(paths: string[], key: string, restoreKeys: string[]): Promise<string | undefined> {
    try {
      const cache = await this.available()
      if (!cache) return undefined
      const matched = await cache.restoreCache([...paths], key, [...restoreKeys])
      // Hits are logged by @actions/cache itself ("Cache hit for: …"); a miss only at debug level.
      if (matched === undefined) this.logger.info(`Cache not found for key ${key}${restoreKeys.length ? ` or restore keys ${restoreKeys.join(', ')}` : ''}`)
      return matched
    } catch (error) {
      this.logger.warning(`Failed to restore the cache: ${errorMessage(error)}`)
      return undefined
    }
  }

  async save(paths: string[], key: string): Promise<boolean> {
    try {
      const cache = await this.available()
      if (!cache) return false
      // -1 means @actions/cache did not save and has said why: the key exists (info), or a failure (warning).
      const id = await cache.saveCache([...paths], key)
      if (id === -1) return false
      this.logger.info(`Cache saved with key ${key}`)
      return true
    } catch (error) {
      this.logger.warning(`Failed to save the cache: ${errorMessage(error)}`)
      return false
    }
  }

  private async available(): Promise<ActionsCacheModule | undefined> {
    const cache = await import('@actions/cache')
    if (cache.isFeatureAvailable()) return cache
    this.logger.warning('The Actions cache service is not available to this step; caching is skipped')
    return undefined
  }
}
