import { closeSync, constants, fstatSync, openSync, type Stats } from 'node:fs'
import { open, type FileHandle } from 'node:fs/promises'

/**
 * Reads of files we did not write ourselves (OCI layout blobs, index.json, kernels, archives): only
 * regular files, checked on the open descriptor (no check-then-open race), opened without blocking (a
 * FIFO does not stall the open) and read no further than the caller's bound (a device such as
 * /dev/zero never ends, and says its size is 0).
 */

/** A file that is not a regular file, or is a symbolic link where none is allowed. */
export class NotRegularFileError extends Error {
  override readonly name = 'NotRegularFileError'
}

/** A file larger than the bound it was read with. */
export class FileTooLargeError extends Error {
  override readonly name = 'FileTooLargeError'
}

export interface OpenOptions {
  /** Refuse a symbolic link as the last component (layout files: a layout holds none). */
  noFollow?: boolean
}

function kindOf(stats: Stats): string {
  if (stats.isDirectory()) return 'a directory'
  if (stats.isFIFO()) return 'a FIFO'
  if (stats.isCharacterDevice()) return 'a character device'
  if (stats.isBlockDevice()) return 'a block device'
  if (stats.isSocket()) return 'a socket'
  return 'not a regular file'
}

export interface RegularFile {
  handle: FileHandle
  /** The size fstat reports on the open descriptor. */
  size: number
}

/**
 * Opens `path` read-only when it is a regular file (after symlinks, unless `noFollow`); otherwise a
 * NotRegularFileError naming it and what it is. ENOENT and other open errors are passed on as they are.
 */
export async function openRegularFile(path: string, options: OpenOptions = {}): Promise<RegularFile> {
  let handle: FileHandle
  try {
    handle = await open(path, openFlags(options))
  } catch (error) {
    throw openError(path, error, options)
  }
  try {
    const stats = await handle.stat()
    checkRegular(path, stats)
    return { handle, size: stats.size }
  } catch (error) {
    await handle.close()
    throw error
  }
}

/** openRegularFile for synchronous readers (a kernel's headers on boot's start-up path): a descriptor and its size. */
export function openRegularFileSync(path: string, options: OpenOptions = {}): { fd: number; size: number } {
  let fd: number
  try {
    fd = openSync(path, openFlags(options))
  } catch (error) {
    throw openError(path, error, options)
  }
  try {
    const stats = fstatSync(fd)
    checkRegular(path, stats)
    return { fd, size: stats.size }
  } catch (error) {
    closeSync(fd)
    throw error
  }
}

function openFlags(options: OpenOptions): number {
  return constants.O_RDONLY | constants.O_NONBLOCK | (options.noFollow ? constants.O_NOFOLLOW : 0)
}

function openError(path: string, error: unknown, options: OpenOptions): unknown {
  // O_NOFOLLOW fails with ELOOP on a symlink, whatever it points to.
  if ((error as NodeJS.ErrnoException).code === 'ELOOP' && options.noFollow) return new NotRegularFileError(`${path} is a symbolic link, not a regular file`)
  return error
}

function checkRegular(path: string, stats: Stats): void {
  if (!stats.isFile()) throw new NotRegularFileError(`${path} is ${kindOf(stats)}, not a regular file`)
}

/** Fills up to `length` bytes from `position`; fewer only at the end of the file. */
export async function readRange(handle: FileHandle, position: number, length: number): Promise<Buffer> {
  const buffer = Buffer.allocUnsafe(length)
  let filled = 0
  while (filled < length) {
    const { bytesRead } = await handle.read(buffer, filled, length - filled, position + filled)
    if (bytesRead === 0) break
    filled += bytesRead
  }
  return buffer.subarray(0, filled)
}

/**
 * A whole regular file of at most `maxBytes`, read with one byte to spare so that a file that grew
 * past its fstat size is caught too; a larger one is a FileTooLargeError.
 */
export async function readRegularFile(path: string, maxBytes: number, options: OpenOptions = {}): Promise<Buffer> {
  const { handle, size } = await openRegularFile(path, options)
  try {
    if (size > maxBytes) throw new FileTooLargeError(`${path} is ${size} bytes, more than the ${maxBytes} allowed`)
    const content = await readRange(handle, 0, Math.min(size, maxBytes) + 1)
    if (content.length > maxBytes) throw new FileTooLargeError(`${path} is more than the ${maxBytes} bytes allowed`)
    return content
  } finally {
    await handle.close()
  }
}

const CHUNK = 1024 * 1024

/** The bytes [start, end) of an open file, in chunks; stops early at the end of the file. */
export async function* readChunks(handle: FileHandle, start: number, end: number): AsyncGenerator<Buffer> {
  for (let position = start; position < end;) {
    const chunk = await readRange(handle, position, Math.min(CHUNK, end - position))
    if (chunk.length === 0) return
    position += chunk.length
    yield chunk
  }
}

/** The bytes [start, end) of the regular file at `path`, opened when the first chunk is asked for. */
export async function* readFileRange(path: string, start: number, end: number, options: OpenOptions = {}): AsyncGenerator<Buffer> {
  const { handle } = await openRegularFile(path, options)
  try {
    yield* readChunks(handle, start, end)
  } finally {
    await handle.close()
  }
}
