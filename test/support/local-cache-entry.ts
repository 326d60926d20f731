import { createHash } from 'node:crypto'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { cacheVersion } from '../../src/cache/local-cache.js'

/**
 * Puts an entry into a local cache directory the way a save records it (`<root>/v1/<version>/<sha256(key)>.json`
 * naming a gzip tar beside it), holding whatever archive the test made: the way to feed restore an archive
 * the cache itself would never write.
 */
export function plantLocalCacheEntry(
  root: string,
  paths: string[],
  key: string,
  archive: Buffer,
  slots: ('directory' | 'file' | 'none')[] = paths.map(() => 'directory')
): void {
  const versionDir = join(root, 'v1', cacheVersion(paths))
  mkdirSync(versionDir, { recursive: true })
  writeFileSync(join(versionDir, 'planted.tgz'), archive)
  const record = { key, savedAt: Date.now(), archive: 'planted.tgz', size: archive.length, paths, slots }
  writeFileSync(join(versionDir, `${createHash('sha256').update(key).digest('hex')}.json`), JSON.stringify(record))
}
