import { createServer, type Server, type Socket } from 'node:net'
import { rm } from 'node:fs/promises'

export interface QmpEvents {
  onShutdown?(reason: string): void
  onPanic?(): void
}

/**
 * A QMP endpoint QEMU connects to (`-qmp unix:PATH` as a client). We listen before QEMU starts, so
 * no event is missed, however fast the guest is. Only events matter: SHUTDOWN tells a guest reset
 * (triple fault under -no-reboot) from a poweroff, GUEST_PANICKED reports pvpanic.
 */
export class QmpListener {
  private server?: Server
  private socket?: Socket
  shutdownReason?: string
  panicked = false
  private connected = false
  private markDisconnected!: () => void
  private readonly disconnected = new Promise<void>((resolve) => (this.markDisconnected = resolve))

  constructor(
    readonly path: string,
    private readonly events: QmpEvents = {}
  ) {}

  async listen(): Promise<void> {
    await rm(this.path, { force: true })
    this.server = createServer((socket) => this.accept(socket))
    this.server.unref()
    await new Promise<void>((resolve, reject) => {
      this.server!.once('error', reject)
      this.server!.listen(this.path, () => resolve())
    })
  }

  /**
   * After QEMU exited: waits until its QMP connection has been read to the end, so an event QEMU
   * wrote just before exiting (SHUTDOWN on a triple fault) is never lost to the race with `exit`.
   */
  async drained(timeoutMs = 1000): Promise<void> {
    if (!this.connected) return
    await Promise.race([this.disconnected, new Promise((r) => setTimeout(r, timeoutMs).unref())])
  }

  private accept(socket: Socket): void {
    this.socket = socket
    this.connected = true
    socket.on('close', () => this.markDisconnected())
    socket.unref()
    let buffer = ''
    socket.setEncoding('utf8')
    socket.on('error', () => undefined)
    socket.on('data', (data: string) => {
      buffer += data
      let newline: number
      while ((newline = buffer.indexOf('\n')) >= 0) {
        const line = buffer.slice(0, newline).trim()
        buffer = buffer.slice(newline + 1)
        if (line) this.handle(line)
      }
    })
  }

  private handle(line: string): void {
    let message: { QMP?: unknown; event?: string; data?: { reason?: string } }
    try {
      message = JSON.parse(line)
    } catch {
      return
    }
    if (message.QMP) {
      this.socket?.write('{"execute":"qmp_capabilities"}\n')
    } else if (message.event === 'SHUTDOWN') {
      this.shutdownReason = message.data?.reason ?? 'unknown'
      this.events.onShutdown?.(this.shutdownReason)
    } else if (message.event === 'GUEST_PANICKED') {
      this.panicked = true
      this.events.onPanic?.()
    }
  }

  async close(): Promise<void> {
    this.socket?.destroy()
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()))
    await rm(this.path, { force: true })
  }
}
