import { closeSync, openSync, readSync, watch, type FSWatcher } from 'node:fs'

/**
 * How much one turn of the event loop reads. A guest can write faster than its console is matched:
 * reading until the end of the file would never end, and the deadline and signals would wait forever.
 */
const BYTES_PER_TURN = 1024 * 1024

/**
 * Follows a file another process appends to (the VMM's serial output): inotify wakes us at once,
 * a short poll covers what a watch can miss.
 */
export class FileFollower {
  private fd?: number
  private position = 0
  private watcher?: FSWatcher
  private timer?: NodeJS.Timeout
  private next?: NodeJS.Immediate
  private readonly buffer = Buffer.alloc(64 * 1024)

  constructor(
    private readonly path: string,
    private readonly onChunk: (chunk: Buffer) => void,
    private readonly pollMs = 50
  ) {}

  start(): void {
    this.fd = openSync(this.path, 'r')
    this.watcher = watch(this.path, () => this.pump())
    this.watcher.on('error', () => undefined)
    this.timer = setInterval(() => this.pump(), this.pollMs)
    this.pump()
  }

  /**
   * Reads what was appended since the last read, up to BYTES_PER_TURN; when there may be more, the
   * rest is read on a later turn, after timers and signals had theirs.
   */
  pump(): void {
    if (this.read(BYTES_PER_TURN) && this.fd !== undefined) {
      this.next ??= setImmediate(() => {
        this.next = undefined
        this.pump()
      })
    }
  }

  /** Reads everything up to the end of the file (the writer has exited: the end is near and fixed). */
  drain(): void {
    this.read(Infinity)
  }

  stop(): void {
    this.drain()
    this.watcher?.close()
    clearInterval(this.timer)
    if (this.next) clearImmediate(this.next)
    this.next = undefined
    if (this.fd !== undefined) closeSync(this.fd)
    this.fd = undefined
  }

  /** Reads up to `budget` bytes; true when the budget ran out before the end of the file. */
  private read(budget: number): boolean {
    if (this.fd === undefined) return false
    let left = budget
    while (left > 0) {
      const read = readSync(this.fd, this.buffer, 0, Math.min(this.buffer.length, left), this.position)
      if (read <= 0) return false
      this.position += read
      left -= read
      this.onChunk(Buffer.from(this.buffer.subarray(0, read)))
    }
    return true
  }
}
