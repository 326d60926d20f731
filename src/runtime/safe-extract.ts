import { mkdir } from 'node:fs/promises'
import { extract as tarExtract, list as tarList, type ReadEntry } from 'tar'

/**
 * Safe tar extraction shared by everything that unpacks archives it did not make (OCI image layers,
 * downloaded tool releases): every entry is checked before anything is written, and the symlinks of
 * the archive are resolved the way the kernel would once they are on disk, because tar's own guards
 * let some chains through (`here -> .` plus `sub/out -> ../here/..` leaves the root only together).
 */

/** An archive entry that would land outside the extraction directory, or could lead a reader there. */
export class UnsafeArchiveError extends Error {
  override readonly name = 'UnsafeArchiveError'
}

export type TarCompression = 'none' | 'gzip' | 'zstd'

export interface TarCheckOptions {
  /** gzip and plain tar are recognised by their bytes; zstd only by name, so say so. */
  compression?: TarCompression
  /** Symlinks seen so far: pass one map across the layers of an image, whose links stack. */
  links?: Map<string, string>
  /** OCI layers: refuse whiteouts (`.wh.*`), which a plain extraction would not apply. */
  rejectWhiteouts?: boolean
  /** What the root is called in messages: `the image`, `the archive`. */
  within?: string
}

const ALLOWED_ENTRY_TYPES = new Set(['File', 'OldFile', 'ContiguousFile', 'Directory', 'SymbolicLink', 'Link'])
const MAX_SYMLINK_HOPS = 40
/** tar's zip-bomb guard is a running ratio; a raw disk image of zeros can legitimately exceed it. */
const NO_RATIO_LIMIT = Number.POSITIVE_INFINITY

function compressionOptions(compression: TarCompression | undefined): { zstd?: boolean } {
  return compression === 'zstd' ? { zstd: true } : {}
}

type PathParts = string[]

function entryParts(raw: string): PathParts | string {
  if (raw.startsWith('/')) return 'has an absolute path'
  const parts = raw.split('/').filter((part) => part !== '' && part !== '.')
  if (parts.includes('..')) return "has a '..' path component"
  return parts
}

/**
 * Resolves `target` from directory `from` through the archive's symlinks; undefined when it climbs
 * above the root or hops too often.
 */
function resolveInArchive(links: ReadonlyMap<string, string>, from: PathParts, target: string, hops: { count: number }): PathParts | undefined {
  let stack = [...from]
  for (const part of target.split('/')) {
    if (part === '' || part === '.') continue
    if (part === '..') {
      if (stack.length === 0) return undefined
      stack.pop()
      continue
    }
    stack.push(part)
    const link = links.get(stack.join('/'))
    if (link === undefined) continue
    if (++hops.count > MAX_SYMLINK_HOPS || link.startsWith('/')) return undefined
    stack.pop()
    const resolved = resolveInArchive(links, stack, link, hops)
    if (!resolved) return undefined
    stack = resolved
  }
  return stack
}

/**
 * Lists an archive and refuses it (UnsafeArchiveError, naming up to five entries) when any entry is
 * absolute, climbs with `..`, is a device or fifo, is written through a symlink, or is a link that
 * resolves outside the root. Returns the number of entries.
 */
export async function checkTarEntries(file: string, options: TarCheckOptions = {}): Promise<number> {
  const links = options.links ?? new Map<string, string>()
  const within = options.within ?? 'the archive'
  const problems: string[] = []
  let count = 0
  const onReadEntry = (entry: ReadEntry): void => {
    count++
    const shown = `\`${entry.path}\``
    const parts = entryParts(entry.path)
    if (typeof parts === 'string') {
      problems.push(`entry ${shown} ${parts}`)
      return
    }
    if (!ALLOWED_ENTRY_TYPES.has(entry.type)) {
      problems.push(`entry ${shown} is a ${entry.type}; only files, directories and links are allowed`)
      return
    }
    if (parts.length === 0 && entry.type !== 'Directory') {
      problems.push(`entry ${shown} would replace the extraction directory`)
      return
    }
    if (options.rejectWhiteouts && parts.length > 0 && parts[parts.length - 1].startsWith('.wh.')) {
      problems.push(`entry ${shown} is a whiteout; layer deletions are not supported`)
      return
    }
    for (let depth = 1; depth < parts.length; depth++) {
      const through = parts.slice(0, depth).join('/')
      if (links.has(through)) {
        problems.push(`entry ${shown} would be written through symlink \`${through}\``)
        return
      }
    }
    const key = parts.join('/')
    if (entry.type === 'SymbolicLink') {
      const target = entry.linkpath ?? ''
      if (target.startsWith('/')) {
        problems.push(`symlink ${shown} points to the absolute path \`${target}\`, outside ${within}`)
        return
      }
      links.set(key, target)
      return
    }
    links.delete(key)
    if (entry.type === 'Link') {
      const target = entry.linkpath ?? ''
      if (typeof entryParts(target) === 'string' || !resolveInArchive(links, [], target, { count: 0 })) {
        problems.push(`hard link ${shown} → \`${target}\` points outside ${within}`)
      }
    }
  }
  await tarList({ file, strict: true, maxDecompressionRatio: NO_RATIO_LIMIT, onReadEntry, ...compressionOptions(options.compression) })
  for (const [path, target] of links) {
    if (!resolveInArchive(links, path.split('/').slice(0, -1), target, { count: 0 })) {
      problems.push(`symlink \`${path}\` → \`${target}\` points outside ${within} (or loops)`)
    }
  }
  if (problems.length > 0) {
    const shown = problems.slice(0, 5).join('; ')
    throw new UnsafeArchiveError(`${shown}${problems.length > 5 ? `; and ${problems.length - 5} more` : ''}`)
  }
  return count
}

/**
 * Unpacks an archive that checkTarEntries accepted. tar's own guards stay on as a second line:
 * strict turns its skip-with-a-warning (`..`, absolute paths, writing through symlinks) into an error.
 * File modes are kept (executables stay executable), owners are not.
 */
export async function unpackTar(file: string, destDir: string, compression?: TarCompression): Promise<void> {
  await mkdir(destDir, { recursive: true })
  await tarExtract({
    file,
    cwd: destDir,
    strict: true,
    preservePaths: false,
    preserveOwner: false,
    unlink: true,
    maxDecompressionRatio: NO_RATIO_LIMIT,
    ...compressionOptions(compression)
  })
}

/** Checks, then unpacks: nothing is written unless every entry is safe. Returns the number of entries. */
export async function extractTarSafely(file: string, destDir: string, options: Omit<TarCheckOptions, 'links'> = {}): Promise<number> {
  const count = await checkTarEntries(file, options)
  await unpackTar(file, destDir, options.compression)
  return count
}
