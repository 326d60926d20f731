import type { Duplex } from 'node:stream'

export interface QmpEvents {
  onShutdown?(reason: string): void
  onPanic?(): void
}

/**
 * Our end of QEMU's QMP monitor: a socket pair connected before QEMU starts (QEMU inherits the other
 * end), so no event is missed however fast the guest is, and there is no socket file to create,
 * race for or clean up. Only events matter: SHUTDOWN tells a guest reset (triple fault under
 * -no-reboot) from a poweroff, GUEST_PANICKED reports pvpanic.
 */
export class QmpChannel {
  shutdownReason?: string
  panicked = false
  private readonly closed: Promise<void>

  constructor(
    private readonly socket: Duplex,
    private readonly events: QmpEvents = {}
  ) {
    this.closed = new Promise<void>((resolve) => socket.once('close', () => resolve()))
    socket.on('error', () => undefined)
    socket.setEncoding('utf8')
    let buffer = ''
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

  /**
   * After QEMU exited: waits until its QMP stream has been read to the end, so an event QEMU wrote
   * just before exiting (SHUTDOWN on a triple fault) is never lost to the race with `exit`.
   */
  async drained(timeoutMs = 1000): Promise<void> {
    await Promise.race([this.closed, new Promise((r) => setTimeout(r, timeoutMs).unref())])
  }

  private handle(line: string): void {
    let message: { QMP?: unknown; event?: string; data?: { reason?: string } }
    try {
      message = JSON.parse(line)
    } catch {
      return
    }
    if (message.QMP) {
      this.socket.write('{"execute":"qmp_capabilities"}\n')
    } else if (message.event === 'SHUTDOWN') {
      this.shutdownReason = message.data?.reason ?? 'unknown'
      this.events.onShutdown?.(this.shutdownReason)
    } else if (message.event === 'GUEST_PANICKED') {
      this.panicked = true
      this.events.onPanic?.()
    }
  }

  /** Lets go of QMP (a VM left running carries on without a monitor client). */
  close(): void {
    this.socket.destroy()
  }
}
