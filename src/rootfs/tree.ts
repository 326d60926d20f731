import { lstat, readdir, readlink } from 'node:fs/promises'
import { join } from 'node:path'
import type { Stats } from 'node:fs'

/** One entry of a root filesystem tree, as an archive stores it. */
export type TreeEntry =
  | { kind: 'directory'; path: string; mode: number }
  | { kind: 'file'; path: string; mode: number; size: number; hostPath: string }
  | { kind: 'symlink'; path: string; target: string }

/** A device node, socket or FIFO: no archive of ours holds one (a rootfs gets its /dev from devtmpfs). */
export interface SkippedEntry {
  path: string
  kind: string
}

/** Entries compare by their names' UTF-8 bytes, as `LC_ALL=C sort` does, not by UTF-16 code units. */
export function compareNames(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'))
}

function specialKind(info: Stats): string {
  if (info.isBlockDevice()) return 'block device'
  if (info.isCharacterDevice()) return 'character device'
  if (info.isFIFO()) return 'FIFO'
  if (info.isSocket()) return 'socket'
  return 'special file'
}

/**
 * Walks `root` depth first, parents before their children, each directory's entries sorted by name,
 * without following any symlink (lstat only: a link is an entry, whatever it points at). Paths are
 * relative, `/`-separated, without a leading `./`; the root itself is not an entry. Hard links come
 * out as separate files. Device nodes, sockets and FIFOs go to `skipped` instead.
 */
export async function* walkTree(root: string, skipped: SkippedEntry[] = []): AsyncGenerator<TreeEntry> {
  async function* walk(dir: string, prefix: string): AsyncGenerator<TreeEntry> {
    const names = (await readdir(dir)).sort(compareNames)
    for (const name of names) {
      const hostPath = join(dir, name)
      const path = prefix === '' ? name : `${prefix}/${name}`
      const info = await lstat(hostPath)
      if (info.isSymbolicLink()) {
        yield { kind: 'symlink', path, target: await readlink(hostPath) }
      } else if (info.isDirectory()) {
        yield { kind: 'directory', path, mode: info.mode & 0o7777 }
        yield* walk(hostPath, path)
      } else if (info.isFile()) {
        yield { kind: 'file', path, mode: info.mode & 0o7777, size: info.size, hostPath }
      } else {
        skipped.push({ path, kind: specialKind(info) })
      }
    }
  }
  yield* walk(root, '')
}
