/**
 * A build/tool cache with actions/cache key semantics: `restore` tries the exact key, then each
 * restore key as a prefix (the most recent match wins) and returns the key it restored, or undefined.
 * Two backends implement it: the Actions cache service (on GitHub) and a local directory (CLI,
 * self-hosted runners without the service). Failures of the cache never fail a step: they are warnings.
 */
export interface CacheBackend {
  readonly kind: 'actions' | 'local'
  restore(paths: string[], key: string, restoreKeys: string[]): Promise<string | undefined>
  /** Returns false when nothing was saved (the key exists already, the service refused, …). */
  save(paths: string[], key: string): Promise<boolean>
}
