import { open, rename, rm, type FileHandle } from 'node:fs/promises'
import { randomBytes } from 'node:crypto'
import { openRegularFile, readChunks } from '../runtime/regular-file.js'
import { walkTree, type SkippedEntry, type TreeEntry } from './tree.js'

/**
 * A cpio "newc" (SVR4 without checksums) writer for root filesystems: what Linux's initramfs and
 * Unikraft's initrd read. Each entry is a 110-byte ASCII header (`070701` and thirteen 8-digit hex
 * fields), the NUL-terminated name padded to 4 bytes, then the data padded to 4 bytes; `TRAILER!!!`
 * ends the archive, which is padded to 512 bytes as GNU cpio does.
 *
 * Reproducible by construction: entries in walkTree's sorted order, inode numbers counted from 1,
 * owner 0:0, every mtime the given epoch, no device numbers. File content is streamed.
 */

const MAGIC = '070701'
const S_IFDIR = 0o040000
const S_IFREG = 0o100000
const S_IFLNK = 0o120000
const MAX_FIELD = 0xffffffff
const BLOCK = 512
const FLUSH_AT = 1024 * 1024
const TRAILER = 'TRAILER!!!'

/** A file or name that newc cannot hold (a file of 4 GiB or more). */
export class CpioLimitError extends Error {
  override readonly name = 'CpioLimitError'
}

interface Header {
  ino: number
  mode: number
  nlink: number
  mtime: number
  size: number
  name: string
}

function hex(value: number): string {
  return value.toString(16).toUpperCase().padStart(8, '0')
}

function padding(length: number): Buffer {
  return Buffer.alloc((4 - (length % 4)) % 4)
}

/** One entry's header and padded name. */
export function encodeHeader(header: Header): Buffer {
  const name = Buffer.from(`${header.name}\0`, 'utf8')
  const fields = [header.ino, header.mode, 0, 0, header.nlink, header.mtime, header.size, 0, 0, 0, 0, name.length, 0]
  const ascii = Buffer.from(MAGIC + fields.map(hex).join(''), 'ascii')
  return Buffer.concat([ascii, name, padding(ascii.length + name.length)])
}

/** Writes sequentially to a file, gathering small pieces into one write. */
class Output {
  private pending: Buffer[] = []
  private pendingBytes = 0
  written = 0

  constructor(private readonly handle: FileHandle) {}

  async write(chunk: Buffer): Promise<void> {
    this.pending.push(chunk)
    this.pendingBytes += chunk.length
    this.written += chunk.length
    if (this.pendingBytes >= FLUSH_AT) await this.flush()
  }

  async flush(): Promise<void> {
    if (this.pendingBytes === 0) return
    const data = Buffer.concat(this.pending)
    this.pending = []
    this.pendingBytes = 0
    for (let offset = 0; offset < data.length;) offset += (await this.handle.write(data, offset)).bytesWritten
  }
}

export interface ArchiveStats {
  /** Entries in the archive (the trailer not counted). */
  entries: number
  /** The archive's size in bytes. */
  bytes: number
  /** Device nodes, sockets and FIFOs left out. */
  skipped: SkippedEntry[]
}

/**
 * Archives the tree at `root` into `outFile` (written beside it, then renamed: a failure leaves
 * nothing). Symlinks are stored with their target and never followed; a file that changes size
 * while it is read fails the archive.
 */
export async function writeCpioArchive(root: string, outFile: string, options: { epoch: number }): Promise<ArchiveStats> {
  const temp = `${outFile}.${randomBytes(6).toString('hex')}.tmp`
  const handle = await open(temp, 'wx', 0o644)
  const skipped: SkippedEntry[] = []
  let entries = 0
  try {
    const output = new Output(handle)
    for await (const entry of walkTree(root, skipped)) {
      entries++
      await writeEntry(output, entry, entries, options.epoch)
    }
    await output.write(encodeHeader({ ino: 0, mode: 0, nlink: 1, mtime: 0, size: 0, name: TRAILER }))
    await output.write(Buffer.alloc((BLOCK - (output.written % BLOCK)) % BLOCK))
    await output.flush()
    await handle.close()
    await rename(temp, outFile)
    return { entries, bytes: output.written, skipped }
  } catch (error) {
    await handle.close().catch(() => undefined)
    await rm(temp, { force: true })
    throw error
  }
}

async function writeEntry(output: Output, entry: TreeEntry, ino: number, mtime: number): Promise<void> {
  if (Buffer.byteLength(entry.path, 'utf8') + 1 > MAX_FIELD) throw new CpioLimitError(`${entry.path}: the name is too long`)
  if (entry.kind === 'directory') {
    await output.write(encodeHeader({ ino, mode: S_IFDIR | entry.mode, nlink: 2, mtime, size: 0, name: entry.path }))
    return
  }
  if (entry.kind === 'symlink') {
    const target = Buffer.from(entry.target, 'utf8')
    await output.write(encodeHeader({ ino, mode: S_IFLNK | 0o777, nlink: 1, mtime, size: target.length, name: entry.path }))
    await output.write(target)
    await output.write(padding(target.length))
    return
  }
  if (entry.size > MAX_FIELD) throw new CpioLimitError(`${entry.path} is ${entry.size} bytes; a cpio newc archive holds files under 4 GiB`)
  await output.write(encodeHeader({ ino, mode: S_IFREG | entry.mode, nlink: 1, mtime, size: entry.size, name: entry.path }))
  // No symlink is followed: the walk saw a regular file here, and O_NOFOLLOW refuses one put in its place since.
  const { handle, size } = await openRegularFile(entry.hostPath, { noFollow: true })
  let copied = 0
  try {
    if (size !== entry.size) throw new Error(`${entry.path} changed while it was archived (${entry.size} bytes, then ${size})`)
    for await (const chunk of readChunks(handle, 0, entry.size)) {
      copied += chunk.length
      await output.write(chunk)
    }
  } finally {
    await handle.close()
  }
  if (copied !== entry.size) throw new Error(`${entry.path} changed while it was archived (${entry.size} bytes, then ${copied} read)`)
  await output.write(padding(entry.size))
}
