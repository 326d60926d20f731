import { createHash, randomBytes } from 'node:crypto'
import { link, lstat, mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises'
import { homedir } from 'node:os'
import { basename, dirname, join, relative, sep } from 'node:path'
import type { WriteEntry } from 'tar'
import { errorMessage } from '../runtime/errors.js'
import type { Logger } from '../runtime/logger.js'
import { matchCachePaths, resolveCachePatterns, type CachePattern } from './patterns.js'
import type { CacheBackend } from './types.js'

/**
 * The cache in a local directory, for the CLI and for self-hosted runners without the Actions cache
 * service, with the semantics of the service: an entry is (key, version) where the version hashes the
 * path patterns; a restore takes the exact key, else the key as a prefix, else each restore key as a
 * prefix, the most recently saved match winning; entries are immutable.
 *
 * Layout: `<root>/v1/<version>/<sha256(key)>.json` records an entry and names its archive, a gzip tar
 * beside it. The archive is renamed into place complete, and the record is created with link(2), which
 * fails when the key exists: that is the commit point, so a crashed or losing save leaves no entry.
 *
 * In the archive, whatever pattern `i` matched lies under `i/`, relative to the pattern's search root
 * (its literal directory), so relative patterns restore below the current directory and `~` below the
 * current home, as `@actions/cache` restores relative to the workspace. Restores extract each `i/`
 * into that root only: an entry can never land outside the paths that were asked for.
 */
export class LocalCacheBackend implements CacheBackend {
  readonly kind = 'local' as const
  private readonly cwd: string
  private readonly home: string

  /** Relative paths resolve against `cwd` (default: the current directory), `~` against `home`. */
  constructor(
    readonly root: string,
    private readonly logger: Logger,
    options: { cwd?: string; home?: string } = {}
  ) {
    this.cwd = options.cwd ?? process.cwd()
    this.home = options.home ?? homedir()
  }

  async restore(paths: string[], key: string, restoreKeys: string[]): Promise<string | undefined> {
    try {
      checkCacheRequest(paths, [key, ...restoreKeys])
      const dir = this.versionDir(paths)
      const record = selectCacheEntry(await readRecords(dir), key, restoreKeys)
      if (!record) {
        this.logger.info(`Cache not found for key ${key}${restoreKeys.length ? ` or restore keys ${restoreKeys.join(', ')}` : ''}`)
        return undefined
      }
      this.logger.info(record.key === key ? `Cache hit for: ${key}` : `Cache hit for restore-key: ${record.key}`)
      const patterns = await resolveCachePatterns(paths, this.cwd, this.home)
      await extractArchive(join(dir, record.archive), record.slots, patterns)
      this.logger.info(`Cache restored from ${this.root} (${megabytes(record.size)})`)
      return record.key
    } catch (error) {
      this.logger.warning(`Failed to restore the cache: ${errorMessage(error)}`)
      return undefined
    }
  }

  async save(paths: string[], key: string): Promise<boolean> {
    try {
      checkCacheRequest(paths, [key])
      const dir = this.versionDir(paths)
      const recordPath = join(dir, `${sha256(key)}.json`)
      if (await exists(recordPath)) {
        this.logger.info(`Cache entry ${key} exists already; entries are immutable, so it is kept as it is`)
        return false
      }
      const patterns = await resolveCachePatterns(paths, this.cwd, this.home)
      const matches = withoutNested(await matchCachePaths(patterns, { implicitDescendants: false, matchDirectories: true }))
      if (matches.length === 0) {
        this.logger.warning(`Not saving the cache: nothing matches ${paths.join(', ')}`)
        return false
      }
      await mkdir(dir, { recursive: true })
      const records = await readRecords(dir)
      await removeLeftovers(dir, records)
      const id = randomBytes(6).toString('hex')
      const archive = `${sha256(key)}.${id}.tgz`
      const slots = await writeArchive(join(dir, `.${id}.tgz.tmp`), join(dir, archive), matches, patterns)
      const record: CacheRecord = {
        key,
        // After every entry already there, so the newest by this clock is the last one saved.
        savedAt: Math.max(Date.now(), ...records.map((r) => r.savedAt + 1)),
        archive,
        size: (await stat(join(dir, archive))).size,
        paths,
        slots
      }
      if (!(await createOnce(recordPath, JSON.stringify(record), join(dir, `.${id}.json.tmp`)))) {
        await rm(join(dir, archive), { force: true })
        this.logger.info(`Cache entry ${key} was saved by someone else meanwhile; keeping theirs`)
        return false
      }
      this.logger.info(`Cache saved with key ${key} (${megabytes(record.size)}) in ${this.root}`)
      return true
    } catch (error) {
      this.logger.warning(`Failed to save the cache: ${errorMessage(error)}`)
      return false
    }
  }

  private versionDir(paths: string[]): string {
    return join(this.root, 'v1', cacheVersion(paths))
  }
}

export interface CacheRecord {
  key: string
  /** Milliseconds since the epoch, strictly increasing within one version directory. */
  savedAt: number
  /** The archive's file name, beside the record. */
  archive: string
  size: number
  paths: string[]
  /** Per pattern: what its search root was when saved (`none`: it matched nothing, or is a negation). */
  slots: SlotKind[]
}

type SlotKind = 'directory' | 'file' | 'none'

/** Like `@actions/cache`'s version: the patterns as written and the archive format. */
export function cacheVersion(paths: string[]): string {
  return sha256([...paths, 'tar.gz', 'unikernel-actions-local-1'].join('|'))
}

/** Exact key, then the key as a prefix, then each restore key as a prefix; the newest match wins. */
export function selectCacheEntry<T extends { key: string; savedAt: number }>(entries: T[], key: string, restoreKeys: string[]): T | undefined {
  const exact = entries.find((e) => e.key === key)
  if (exact) return exact
  for (const prefix of [key, ...restoreKeys]) {
    const matches = entries.filter((e) => e.key.startsWith(prefix))
    if (matches.length) return matches.reduce((a, b) => (b.savedAt > a.savedAt ? b : a))
  }
  return undefined
}

/** The limits `@actions/cache` enforces, so that a key that works here works on GitHub too. */
function checkCacheRequest(paths: string[], keys: string[]): void {
  if (paths.length === 0) throw new Error('at least one path to cache is required')
  if (keys.length > 10) throw new Error(`at most 10 keys (the key and 9 restore keys) are allowed, got ${keys.length}`)
  for (const key of keys) {
    if (key === '') throw new Error('a cache key must not be empty')
    if (key.length > 512) throw new Error(`cache key ${key} is longer than 512 characters`)
    if (key.includes(',')) throw new Error(`cache key ${key} contains a comma`)
  }
}

async function readRecords(dir: string): Promise<CacheRecord[]> {
  let names: string[]
  try {
    names = await readdir(dir)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return []
    throw error
  }
  const records: CacheRecord[] = []
  for (const name of names) {
    if (name.startsWith('.') || !name.endsWith('.json')) continue
    try {
      const record = JSON.parse(await readFile(join(dir, name), 'utf8')) as CacheRecord
      if (typeof record.key === 'string' && typeof record.savedAt === 'number' && names.includes(record.archive)) records.push(record)
    } catch {
      // A record that cannot be read is not an entry.
    }
  }
  return records
}

/** Temporary files and unreferenced archives of saves that crashed at least an hour ago. */
async function removeLeftovers(dir: string, records: CacheRecord[]): Promise<void> {
  const referenced = new Set(records.map((r) => r.archive))
  const cutoff = Date.now() - 3600_000
  for (const name of await readdir(dir)) {
    if (!(name.endsWith('.tmp') || (name.endsWith('.tgz') && !referenced.has(name)))) continue
    const info = await stat(join(dir, name)).catch(() => undefined)
    if (info && info.mtimeMs < cutoff) await rm(join(dir, name), { force: true })
  }
}

/** A (sorted) match inside another match is already in the archive through its parent directory. */
function withoutNested(sorted: string[]): string[] {
  const kept: string[] = []
  for (const path of sorted) {
    const parent = kept[kept.length - 1]
    if (parent !== undefined && isInside(path, parent)) continue
    kept.push(path)
  }
  return kept
}

function isInside(path: string, root: string): boolean {
  return path === root || path.startsWith(root.endsWith(sep) ? root : root + sep)
}

/** Writes the gzip tar to `temp`, renames it to `target`, and returns each pattern's slot kind. */
async function writeArchive(temp: string, target: string, matches: string[], patterns: CachePattern[]): Promise<SlotKind[]> {
  const slots: SlotKind[] = patterns.map(() => 'none')
  const slotOf = new Map<string, number>()
  for (const match of matches) {
    const slot = patterns.findIndex((p) => p.searchRoot !== undefined && isInside(match, p.searchRoot))
    if (slot < 0) throw new Error(`${match} lies outside every cache path's directory`)
    slotOf.set(match, slot)
  }
  for (const [slot, { searchRoot, pattern }] of patterns.entries()) {
    if (![...slotOf.values()].includes(slot) || searchRoot === undefined) continue
    // A file (or a symlink) named by the pattern itself is stored by its name, to restore beside its siblings.
    slots[slot] = slotOf.get(searchRoot) === slot && !(await lstat(searchRoot)).isDirectory() ? 'file' : 'directory'
    extractionDir(slots[slot], searchRoot, pattern)
  }
  const archiveName = (entry: WriteEntry): string => {
    const absolute = entry.absolute
    let match = absolute
    while (!slotOf.has(match) && dirname(match) !== match) match = dirname(match)
    const slot = slotOf.get(match)
    const searchRoot = slot === undefined ? undefined : patterns[slot].searchRoot
    if (slot === undefined || searchRoot === undefined) throw new Error(`${absolute} was not asked for`)
    if (slots[slot] === 'file') return `${slot}/${basename(searchRoot)}`
    const inside = relative(searchRoot, absolute).split(sep).join('/')
    return `${slot}/${inside}${entry.type === 'Directory' && inside !== '' ? '/' : ''}`
  }
  const tar = await import('tar')
  try {
    await tar.c(
      {
        file: temp,
        // Level 3 saved object files about twice as fast as the default 6, for 3 % more bytes.
        gzip: { level: 3 },
        cwd: '/',
        portable: true,
        preservePaths: true,
        // Every file is stored whole: a hard link's target may belong to another pattern's directory.
        linkCache: new NoLinks(),
        onWriteEntry: (entry) => {
          entry.path = archiveName(entry)
        }
      },
      matches
    )
    await rename(temp, target)
  } catch (error) {
    await rm(temp, { force: true })
    throw error
  }
  return slots
}

class NoLinks extends Map<`${number}:${number}`, string> {
  override set(): this {
    return this
  }
}

/**
 * Extracts pattern `i`'s part of the archive into the pattern's search root as it resolves now. The
 * archive is checked first by the rules every extraction follows (runtime/safe-extract), each slot a
 * root of its own, plus this format's: every entry under a slot that was saved, a file's slot holding just that file.
 */
async function extractArchive(archive: string, slots: SlotKind[], patterns: CachePattern[]): Promise<void> {
  // Loaded here, with tar behind it: a cache miss never pays for either.
  const { checkTarEntries, unpackTar, UnsafeArchiveError } = await import('../runtime/safe-extract.js')
  const slotRule = (parts: readonly string[]): string | undefined => {
    const slot = /^\d+$/.test(parts[0] ?? '') ? Number(parts[0]) : -1
    const kind = slots[slot]
    if (kind === undefined || kind === 'none' || patterns[slot]?.searchRoot === undefined) return 'is not under a cached path'
    if (kind === 'file' && (parts.length !== 2 || parts[1] !== basename(patterns[slot].searchRoot!))) return 'is not the cached file'
    return undefined
  }
  try {
    // Saves store every file whole (NoLinks): a hard link is not ours, and its target could lie in another slot.
    await checkTarEntries(archive, { rejectHardLinks: true, separateTopLevels: true, entryRule: slotRule, within: 'its cached path' })
  } catch (error) {
    if (error instanceof UnsafeArchiveError) throw new Error(`the archive ${archive} is unsafe to extract: ${error.message}`, { cause: error })
    throw error
  }
  for (const [slot, kind] of slots.entries()) {
    const searchRoot = patterns[slot]?.searchRoot
    if (kind === 'none' || searchRoot === undefined) continue
    await unpackTar(archive, extractionDir(kind, searchRoot, patterns[slot].pattern), { topLevel: String(slot) })
  }
}

/** Where pattern `i`'s part of an archive is extracted: its directory, or a file's parent directory. */
function extractionDir(kind: 'directory' | 'file', searchRoot: string, pattern: string): string {
  const dir = kind === 'directory' ? searchRoot : dirname(searchRoot)
  // node-tar cannot extract into `/` without giving up its path checks.
  if (dirname(dir) === dir) throw new Error(`cannot cache ${pattern}: it would be restored into the file system root`)
  return dir
}

async function createOnce(path: string, content: string, temp: string): Promise<boolean> {
  await writeFile(temp, content)
  try {
    await link(temp, path)
    return true
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false
    throw error
  } finally {
    await rm(temp, { force: true })
  }
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex')
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false
  )
}
