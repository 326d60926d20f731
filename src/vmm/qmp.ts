import type { Duplex } from 'node:stream'

export interface QmpEvents {
  onShutdown?(reason: string): void
  onPanic?(): void
  /** QEMU refused `cont` (with `resume`): the paused VM will not run. */
  onResumeFailed?(message: string): void
}

export interface QmpOptions {
  /** QEMU was started paused (-S): `cont` follows the handshake, so the guest runs once events flow. */
  resume?: boolean
}

/**
 * Our end of QEMU's QMP monitor: a socket pair connected before QEMU starts (QEMU inherits the other
 * end), so there is no socket file to create, race for or clean up. The handshake is written at once,
 * before QEMU's greeting arrives (QEMU reads it after sending the greeting), and with `resume` a `cont`
 * right behind it: QEMU runs them in order, so a VM started paused runs only once QEMU sends events,
 * and no event is missed however fast the guest is — at no extra round trip. Events: SHUTDOWN tells a
 * guest reset (triple fault, PSCI reset under -no-reboot) from a poweroff, GUEST_PANICKED reports
 * pvpanic. Commands: what the probes ask (`info usernet`).
 */
export class QmpChannel {
  shutdownReason?: string
  panicked = false
  private readonly closed: Promise<void>
  private isClosed = false
  private nextId = 0
  private readonly pending = new Map<string, { resolve(value: unknown): void; reject(error: Error): void }>()
  /** Commands wait for the capabilities negotiation, which the greeting starts. */
  private negotiated = false
  private readonly queued: (() => void)[] = []

  constructor(
    private readonly socket: Duplex,
    private readonly events: QmpEvents = {},
    options: QmpOptions = {}
  ) {
    this.closed = new Promise<void>((resolve) =>
      socket.once('close', () => {
        this.isClosed = true
        for (const { reject } of this.pending.values()) reject(new Error('QMP closed'))
        this.pending.clear()
        for (const send of this.queued.splice(0)) send()
        resolve()
      })
    )
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
    socket.write(`{"execute":"qmp_capabilities","id":"capabilities"}\n${options.resume ? '{"execute":"cont","id":"resume"}\n' : ''}`)
  }

  /**
   * After QEMU exited: waits until its QMP stream has been read to the end, so an event QEMU wrote
   * just before exiting (SHUTDOWN on a triple fault) is never lost to the race with `exit`.
   */
  async drained(timeoutMs = 1000): Promise<void> {
    await Promise.race([this.closed, new Promise((r) => setTimeout(r, timeoutMs).unref())])
  }

  /**
   * Runs a QMP command and resolves with its `return`; rejects with QEMU's error, or when the channel
   * closes first.
   */
  command(execute: string, args?: Record<string, unknown>): Promise<unknown> {
    return new Promise((resolve, reject) => {
      const send = (): void => {
        if (this.isClosed) return reject(new Error('QMP closed'))
        const id = `c${this.nextId++}`
        this.pending.set(id, { resolve, reject })
        this.socket.write(`${JSON.stringify({ execute, ...(args ? { arguments: args } : {}), id })}\n`)
      }
      if (this.negotiated || this.isClosed) send()
      else this.queued.push(send)
    })
  }

  /**
   * The states of user-mode networking's TCP connections that came in through the host-forwarded
   * port `hostPort` (`info usernet`: `SYN_SENT` while the guest has not answered, `ESTABLISHED` once it
   * accepted). The forward's own listening entry (`HOST_FORWARD`) is left out.
   */
  async forwardedConnectionStates(hostPort: number): Promise<string[]> {
    const text = await this.command('human-monitor-command', { 'command-line': 'info usernet' })
    return parseUsernetStates(typeof text === 'string' ? text : '', hostPort)
  }

  private handle(line: string): void {
    let message: { QMP?: unknown; event?: string; data?: { reason?: string }; id?: unknown; return?: unknown; error?: { class?: string; desc?: string } }
    try {
      message = JSON.parse(line)
    } catch {
      return
    }
    if (message.QMP) {
      // The greeting: the handshake is already on its way.
    } else if (message.id === 'capabilities') {
      this.negotiated = true
      for (const send of this.queued.splice(0)) send()
    } else if (message.id === 'resume') {
      if (message.error) this.events.onResumeFailed?.(`${message.error.class ?? 'error'}: ${message.error.desc ?? ''}`)
    } else if (typeof message.id === 'string' && this.pending.has(message.id)) {
      const request = this.pending.get(message.id)!
      this.pending.delete(message.id)
      if (message.error) request.reject(new Error(`QMP: ${message.error.class ?? 'error'}: ${message.error.desc ?? ''}`))
      else request.resolve(message.return)
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

/** `info usernet` lines: `  TCP[SYN_SENT]  10  127.0.0.1 18181  10.0.2.15  80  0  0` (libslirp's slirp_connection_info). */
export function parseUsernetStates(text: string, hostPort: number): string[] {
  const states: string[] = []
  for (const line of text.split(/\r?\n/)) {
    const match = /^\s*TCP\[(\w+)\]\s+-?\d+\s+\S+\s+(\d+)\s/.exec(line)
    if (match && Number(match[2]) === hostPort && match[1] !== 'HOST_FORWARD') states.push(match[1])
  }
  return states
}
