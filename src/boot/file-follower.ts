import { closeSync, openSync, readSync, watch, type FSWatcher } from 'node:fs'

/**
 * Follows a file another process appends to (the VMM's serial output): inotify wakes us at once,
 * a short poll covers what a watch can miss.
 */
export class FileFollower {
  private fd?: number
  private position = 0
  private watcher?: FSWatcher
  private timer?: NodeJS.Timeout
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

  /** Reads everything appended since the last read. */
  pump(): void {
    if (this.fd === undefined) return
    for (;;) {
      const read = readSync(this.fd, this.buffer, 0, this.buffer.length, this.position)
      if (read <= 0) return
      this.position += read
      this.onChunk(Buffer.from(this.buffer.subarray(0, read)))
    }
  }

  stop(): void {
    this.pump()
    this.watcher?.close()
    clearInterval(this.timer)
    if (this.fd !== undefined) closeSync(this.fd)
    this.fd = undefined
  }
}
