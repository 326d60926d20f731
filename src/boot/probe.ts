import { connect } from 'node:net'
import { inputError } from '../runtime/errors.js'
import type { PortForward } from '../vmm/types.js'

export type ProbeOutcome = { kind: 'passed'; detail: string } | { kind: 'retry'; detail: string } | { kind: 'failed'; detail: string }

export interface ProbeTarget {
  url: URL
  /** The URL as the user wrote it, before `{port}` substitution. */
  original: string
}

/**
 * Resolves `{80}` placeholders to the host port forwarded to guest port 80, and validates the URLs.
 */
export function resolveProbeUrls(urls: string[], forwards: PortForward[]): ProbeTarget[] {
  return urls.map((original) => {
    const substituted = original.replace(/\{(\d+)\}/g, (_, guest: string) => {
      const forward = forwards.find((f) => f.guest === Number(guest))
      if (!forward) throw inputError('probe', `\`${original}\` refers to guest port ${guest}, but \`ports\` forwards no host port to it (add e.g. 0:${guest})`)
      return String(forward.host)
    })
    let url: URL
    try {
      url = new URL(substituted)
    } catch {
      throw inputError('probe', `\`${original}\` is not a URL (e.g. http://127.0.0.1:8080/ or tcp://127.0.0.1:{80})`)
    }
    if (!['http:', 'https:', 'tcp:'].includes(url.protocol))
      throw inputError('probe', `\`${original}\`: only http://, https:// and tcp:// probes are supported`)
    if (url.protocol === 'tcp:' && !url.port) throw inputError('probe', `\`${original}\`: a tcp:// probe needs a port`)
    return { url, original }
  })
}

export interface ProbeOptions {
  /** Regex the HTTP body must match; any 2xx passes without it. */
  expectBody?: RegExp
  /** How long one attempt may take before it is abandoned and retried. */
  attemptTimeoutMs: number
  /** A tcp:// connection that stays open this long without being closed counts as an answer. */
  tcpHoldMs: number
  /**
   * For a tcp:// port the VMM forwards itself: whether the guest has accepted a connection there
   * (true), has not yet (false), or cannot be told (undefined: the hold rule decides).
   */
  guestAccepted?: (hostPort: number) => Promise<boolean | undefined>
}

/** How long a forwarded connection may take to reach the guest before the VMM is asked whether it did. */
const GUEST_ACCEPT_CHECK_MS = 150

/** One attempt. Connection errors, timeouts and 5xx are worth retrying; a wrong 2xx body is definitive. */
export function probeOnce(target: ProbeTarget, options: ProbeOptions, signal: AbortSignal): Promise<ProbeOutcome> {
  return target.url.protocol === 'tcp:' ? tcpAttempt(target.url, options, signal) : httpAttempt(target.url, options, signal)
}

function httpAttempt(url: URL, options: ProbeOptions, signal: AbortSignal): Promise<ProbeOutcome> {
  return new Promise((resolve) => {
    // Loaded on first use: most boots probe nothing, and these modules cost start-up time.
    const { request: send } = url.protocol === 'https:' ? process.getBuiltinModule('node:https') : process.getBuiltinModule('node:http')
    const request = send(
      url,
      { method: 'GET', agent: false, signal, timeout: options.attemptTimeoutMs, rejectUnauthorized: false, headers: { connection: 'close' } },
      (response) => {
        const chunks: Buffer[] = []
        response.on('data', (chunk: Buffer) => chunks.push(chunk))
        response.on('error', (error) => resolve({ kind: 'retry', detail: error.message }))
        response.on('end', () => {
          const status = response.statusCode ?? 0
          const body = Buffer.concat(chunks).toString('utf8')
          if (status >= 500 || status === 0) return resolve({ kind: 'retry', detail: `HTTP ${status}` })
          if (status < 200 || status >= 300) return resolve({ kind: 'failed', detail: `HTTP ${status} from ${url.href}` })
          if (options.expectBody && !options.expectBody.test(body)) {
            return resolve({
              kind: 'failed',
              detail: `HTTP ${status} from ${url.href}, but the body does not match /${options.expectBody.source}/: ${JSON.stringify(body.slice(0, 200))}`
            })
          }
          resolve({ kind: 'passed', detail: `HTTP ${status} from ${url.href}` })
        })
      }
    )
    request.on('timeout', () => request.destroy(new Error('attempt timed out')))
    request.on('error', (error) => resolve({ kind: 'retry', detail: error.message }))
    request.end()
  })
}

/**
 * QEMU user networking accepts a host connection even when nothing listens in the guest (and closes
 * it once the guest refuses; while the guest is not up at all, it keeps it open), so a bare connect
 * proves nothing: the guest must send data, or QEMU must say the guest accepted the connection
 * (`guestAccepted`, through QMP), or — where that cannot be asked — the connection must stay open for
 * `tcpHoldMs`.
 */
function tcpAttempt(url: URL, options: ProbeOptions, signal: AbortSignal): Promise<ProbeOutcome> {
  return new Promise((resolve) => {
    const port = Number(url.port)
    const socket = connect({ host: url.hostname.replace(/^\[|\]$/g, ''), port, signal })
    let settled = false
    const settle = (outcome: ProbeOutcome) => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      socket.destroy()
      resolve(outcome)
    }
    const hold = (ms: number) => {
      timer = setTimeout(() => settle({ kind: 'passed', detail: `tcp ${url.host} stayed open` }), ms)
    }
    let timer = setTimeout(() => settle({ kind: 'retry', detail: 'connect timed out' }), options.attemptTimeoutMs)
    socket.on('connect', () => {
      clearTimeout(timer)
      const ask = options.guestAccepted
      if (!ask) return hold(options.tcpHoldMs)
      timer = setTimeout(() => {
        ask(port).then(
          (accepted) => {
            if (accepted === true) settle({ kind: 'passed', detail: `tcp ${url.host}: the guest accepted the connection` })
            else if (accepted === false) settle({ kind: 'retry', detail: 'the guest has not accepted the forwarded connection' })
            else if (!settled) hold(Math.max(0, options.tcpHoldMs - GUEST_ACCEPT_CHECK_MS))
          },
          () => {
            if (!settled) hold(Math.max(0, options.tcpHoldMs - GUEST_ACCEPT_CHECK_MS))
          }
        )
      }, GUEST_ACCEPT_CHECK_MS)
    })
    socket.on('data', () => settle({ kind: 'passed', detail: `tcp ${url.host} sent data` }))
    socket.on('end', () => settle({ kind: 'retry', detail: 'connection closed by the guest side' }))
    socket.on('close', () => settle({ kind: 'retry', detail: 'connection closed' }))
    socket.on('error', (error) => settle({ kind: 'retry', detail: error.message }))
  })
}
