import { readFileSync } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import { PassThrough, Readable, type Transform } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { createGunzip, createZstdDecompress } from 'node:zlib'
import { extract as tarExtract, list as tarList, type Parser, type ReadEntry, type Unpack } from 'tar'
import { openRegularFile, readChunks, readRange } from './regular-file.js'

/**
 * Safe tar extraction, the one set of rules for every archive we did not just make ourselves (OCI
 * image layers, downloaded tool releases, cache archives): every entry is checked before anything is
 * written, and the symlinks of the archive are resolved the way the kernel would once they are on
 * disk, because tar's own guards let some chains through (`here -> .` plus `sub/out -> ../here/..`
 * leaves the root only together).
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
  /** Archives whose writer never stores hard links (ours): refuse them rather than resolve them. */
  rejectHardLinks?: boolean
  /**
   * Each top-level directory is extracted into a directory of its own (`strip: 1`), so a link must
   * stay inside its own top-level directory, not merely inside the archive.
   */
  separateTopLevels?: boolean
  /** A rule of the archive's own format, on top of the safety rules: a problem to refuse the entry for. */
  entryRule?: (parts: readonly string[], type: string, mode: number | undefined) => string | undefined
  /** What the root is called in messages: `the image`, `the archive`. */
  within?: string
  /** The size the archive must have (an OCI layer's descriptor says). */
  size?: number
  limits?: ExpansionLimits
}

const ALLOWED_ENTRY_TYPES = new Set(['File', 'OldFile', 'ContiguousFile', 'Directory', 'SymbolicLink', 'Link'])
const MAX_SYMLINK_HOPS = 40
/** Set-user-ID and set-group-ID programs: extracted by root (owners are not kept), they would run as root. */
const SETID_BITS = 0o6000
/**
 * How far an archive may expand when it is decompressed: past `floor` bytes, no more than `ratio`
 * times its compressed size, and never past `maxBytes`. (tar's own guard is a running ratio from the
 * first byte, which a raw disk image of zeros legitimately exceeds; the floor lets small ones through.)
 */
export interface ExpansionLimits {
  ratio: number
  floor: number
  maxBytes: number
}

export const DEFAULT_EXPANSION_LIMITS: Readonly<ExpansionLimits> = { ratio: 100, floor: 256 * 1024 * 1024, maxBytes: 8 * 1024 * 1024 * 1024 }

const GZIP_MAGIC = Buffer.from([0x1f, 0x8b])
const ZSTD_MAGIC = Buffer.from([0x28, 0xb5, 0x2f, 0xfd])

function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 * 1024 ? `${+(bytes / 1024 ** 3).toFixed(1)} GiB` : `${+(bytes / 1024 ** 2).toFixed(1)} MiB`
}

function expansionProblem(expanded: number, compressed: number, limits: ExpansionLimits): string | undefined {
  const overRatio = expanded > limits.floor && expanded > limits.ratio * compressed
  if (!overRatio && expanded <= limits.maxBytes) return undefined
  return (
    `it expands past ${formatSize(expanded)} from ${compressed} compressed bytes, beyond the decompression limits ` +
    `(at most ${limits.ratio} times its compressed size once past ${formatSize(limits.floor)}, and ${formatSize(limits.maxBytes)} in all)`
  )
}

/**
 * Feeds a regular file's bytes, decompressed here (gzip by its bytes, zstd by its bytes or by name) and
 * counted against the expansion limits, to a tar parser as plain tar; tar's own sniffing never sees a
 * compressed stream, so nothing expands uncounted. Resolves once the parser is done.
 */
async function feedTar(file: string, compression: TarCompression | undefined, limits: ExpansionLimits, parser: Parser | Unpack, size?: number): Promise<void> {
  const { handle, size: actual } = await openRegularFile(file, { noFollow: true })
  try {
    if (size !== undefined && actual !== size) throw new Error(`${file} is ${actual} bytes, expected ${size}`)
    const magic = await readRange(handle, 0, ZSTD_MAGIC.length)
    let decompressor: Transform = new PassThrough()
    if (magic.subarray(0, GZIP_MAGIC.length).equals(GZIP_MAGIC)) decompressor = createGunzip()
    else if (compression === 'zstd' || magic.equals(ZSTD_MAGIC)) decompressor = createZstdDecompress()
    const done = new Promise<void>((resolve, reject) => {
      parser.on('error', reject)
      parser.on('close', () => resolve())
    })
    // The parser may fail while a write waits for its drain: either settles the wait.
    done.catch(() => undefined)
    const write = (chunk: Buffer): Promise<void> | undefined =>
      parser.write(chunk) ? undefined : Promise.race([new Promise<void>((resolve) => parser.once('drain', () => resolve())), done])
    let expanded = 0
    let head = Buffer.alloc(0)
    await pipeline(Readable.from(readChunks(handle, 0, actual)), decompressor, async (chunks: AsyncIterable<Buffer>) => {
      for await (const chunk of chunks) {
        if (head.length < ZSTD_MAGIC.length) {
          head = Buffer.concat([head, chunk]).subarray(0, ZSTD_MAGIC.length)
          if (head.subarray(0, GZIP_MAGIC.length).equals(GZIP_MAGIC) || head.equals(ZSTD_MAGIC))
            throw new UnsafeArchiveError('it is compressed twice over; a tar archive is compressed once')
        }
        expanded += chunk.length
        const problem = expansionProblem(expanded, actual, limits)
        if (problem) throw new UnsafeArchiveError(problem)
        await write(chunk)
      }
      parser.end()
      await done
    })
  } finally {
    await handle.close()
  }
}

type PathParts = string[]

/** An entry's name as path components (`.` and a trailing `/` dropped), or why it is refused. */
function entryParts(raw: string): PathParts | string {
  if (raw.startsWith('/')) return 'has an absolute path'
  const parts = raw
    .replace(/\/+$/, '')
    .split('/')
    .filter((part) => part !== '.')
  if (parts.includes('..')) return "has a '..' path component"
  if (parts.length > 1 && parts.includes('')) return 'has an empty path component'
  return parts.filter((part) => part !== '')
}

/**
 * Resolves `target` from directory `from` through the archive's symlinks; undefined when it climbs
 * above the first `floor` components or hops too often.
 */
function resolveInArchive(links: ReadonlyMap<string, string>, from: PathParts, target: string, floor: number, hops: { count: number }): PathParts | undefined {
  let stack = [...from]
  for (const part of target.split('/')) {
    if (part === '' || part === '.') continue
    if (part === '..') {
      if (stack.length <= floor) return undefined
      stack.pop()
      continue
    }
    stack.push(part)
    const link = links.get(stack.join('/'))
    if (link === undefined) continue
    if (++hops.count > MAX_SYMLINK_HOPS || link.startsWith('/')) return undefined
    stack.pop()
    const resolved = resolveInArchive(links, stack, link, floor, hops)
    if (!resolved) return undefined
    stack = resolved
  }
  return stack
}

/**
 * Lists an archive and refuses it (UnsafeArchiveError, naming up to five problems) when any entry is
 * absolute, climbs with `..`, has an empty path component, is a device or fifo, is set-user-ID or
 * set-group-ID, would replace the extraction directory, is written through a symlink, or is a link
 * that resolves outside the root (its own top-level directory with `separateTopLevels`). Returns the
 * number of entries.
 */
export async function checkTarEntries(file: string, options: TarCheckOptions = {}): Promise<number> {
  const links = options.links ?? new Map<string, string>()
  const within = options.within ?? 'the archive'
  const floor = options.separateTopLevels ? 1 : 0
  const problems: string[] = []
  let count = 0
  const entryProblem = (entry: ReadEntry, shown: string): string | undefined => {
    const parts = entryParts(entry.path)
    if (typeof parts === 'string') return `entry ${shown} ${parts}`
    if (!ALLOWED_ENTRY_TYPES.has(entry.type)) return `entry ${shown} is a ${entry.type}; only files, directories and links are allowed`
    if (entry.type === 'Link' && options.rejectHardLinks) return `entry ${shown} is a hard link, which this archive's format never holds`
    if (parts.length <= floor && entry.type !== 'Directory') return `entry ${shown} would replace the extraction directory`
    if (entry.type !== 'Directory' && entry.type !== 'SymbolicLink' && ((entry.mode ?? 0) & SETID_BITS) !== 0)
      return `entry ${shown} is set-user-ID or set-group-ID`
    if (options.rejectWhiteouts && parts.length > 0 && parts[parts.length - 1].startsWith('.wh.'))
      return `entry ${shown} is a whiteout; layer deletions are not supported`
    const formatProblem = options.entryRule?.(parts, entry.type, entry.mode)
    if (formatProblem) return `entry ${shown} ${formatProblem}`
    for (let depth = 1; depth < parts.length; depth++) {
      const through = parts.slice(0, depth).join('/')
      if (links.has(through)) return `entry ${shown} would be written through symlink \`${through}\``
    }
    const key = parts.join('/')
    if (entry.type === 'SymbolicLink') {
      const target = entry.linkpath ?? ''
      // Recorded even when refused: what is written through it is named too.
      links.set(key, target)
      if (target.startsWith('/')) return `symlink ${shown} points to the absolute path \`${target}\`, outside ${within}`
      return undefined
    }
    links.delete(key)
    if (entry.type === 'Link') {
      const target = entry.linkpath ?? ''
      const targetParts = entryParts(target)
      // A hard link names its target from the root (from its own top-level directory with separateTopLevels).
      const inside =
        typeof targetParts !== 'string' &&
        targetParts.slice(0, floor).join('/') === parts.slice(0, floor).join('/') &&
        resolveInArchive(links, targetParts.slice(0, floor), targetParts.slice(floor).join('/'), floor, { count: 0 }) !== undefined
      if (!inside) return `hard link ${shown} → \`${target}\` points outside ${within}`
    }
    return undefined
  }
  const onReadEntry = (entry: ReadEntry): void => {
    count++
    const problem = entryProblem(entry, `\`${entry.path}\``)
    if (problem) problems.push(problem)
  }
  await feedTar(file, options.compression, options.limits ?? DEFAULT_EXPANSION_LIMITS, tarList({ strict: true, onReadEntry }), options.size)
  for (const [path, target] of links) {
    if (!target.startsWith('/') && !resolveInArchive(links, path.split('/').slice(0, -1), target, floor, { count: 0 })) {
      problems.push(`symlink \`${path}\` → \`${target}\` points outside ${within} (or loops)`)
    }
  }
  if (problems.length > 0) {
    const shown = problems.slice(0, 5).join('; ')
    throw new UnsafeArchiveError(`${shown}${problems.length > 5 ? `; and ${problems.length - 5} more` : ''}`)
  }
  return count
}

export interface UnpackOptions {
  compression?: TarCompression
  size?: number
  limits?: ExpansionLimits
  /** Only the entries under this top-level directory, extracted without it (`strip: 1`). */
  topLevel?: string
  /** Give directories their archive mode exactly (a root filesystem's 1777 /tmp), not filtered by this process's umask (tar does not redo files it creates). */
  exactModes?: boolean
}

/** This process's umask from /proc (reading it through process.umask() is deprecated); tar asks for it itself elsewhere. */
function processUmask(): number | undefined {
  try {
    const match = /^Umask:\s*([0-7]+)$/m.exec(readFileSync('/proc/self/status', 'utf8'))
    return match ? parseInt(match[1], 8) : undefined
  } catch {
    return undefined
  }
}

/**
 * Unpacks an archive that checkTarEntries accepted. tar's own guards stay on as a second line:
 * strict turns its skip-with-a-warning (`..`, absolute paths, writing through symlinks) into an error.
 * File modes are kept (executables stay executable), owners are not.
 */
export async function unpackTar(file: string, destDir: string, options: TarCompression | UnpackOptions = {}): Promise<void> {
  const { compression, topLevel, size, limits, exactModes } =
    typeof options === 'string' ? { compression: options, topLevel: undefined, size: undefined, limits: undefined, exactModes: false } : options
  const umask = exactModes ? processUmask() : undefined
  await mkdir(destDir, { recursive: true })
  const unpack = tarExtract({
    cwd: destDir,
    strict: true,
    preservePaths: false,
    preserveOwner: false,
    unlink: true,
    ...(exactModes ? { chmod: true, ...(umask === undefined ? {} : { processUmask: umask }) } : {}),
    ...(topLevel === undefined ? {} : { strip: 1, filter: (path: string) => path.replace(/^\.\//, '').split('/')[0] === topLevel })
  })
  await feedTar(file, compression, limits ?? DEFAULT_EXPANSION_LIMITS, unpack, size)
}

/** Checks, then unpacks: nothing is written unless every entry is safe. Returns the number of entries. */
export async function extractTarSafely(file: string, destDir: string, options: Omit<TarCheckOptions, 'links'> = {}): Promise<number> {
  const count = await checkTarEntries(file, options)
  await unpackTar(file, destDir, options)
  return count
}
