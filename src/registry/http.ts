import http, { type IncomingHttpHeaders, type IncomingMessage } from 'node:http'
import type { Socket } from 'node:net'
import type { Readable } from 'node:stream'
import { proxyFor } from '../net/proxy.js'

/** A request body that can be produced again for a retry: bytes, or a stream factory with a known length. */
export type RequestBody = Uint8Array | { length: number; open(): Readable }

export interface HttpRequest {
  method: string
  url: URL
  headers?: Record<string, string>
  body?: RequestBody
  /** Aborts the request, or the reading of its answer, with the signal's reason. */
  signal?: AbortSignal
}

export interface HttpResponse {
  status: number
  headers: IncomingHttpHeaders
  url: URL
  /** The body as a stream; read it with `readBody`, or `discard` it. */
  stream: IncomingMessage
}

/** No answer, or no progress, within the idle timeout: the connection is treated as lost. */
export class HttpTimeoutError extends Error {
  override readonly name = 'HttpTimeoutError'
  readonly code = 'ETIMEDOUT'
}

/** The body to send could not be read (a local file gone or unreadable): nothing to do with the network. */
export class BodySourceError extends Error {
  override readonly name = 'BodySourceError'
}

/** A transfer moved fewer bytes than the minimum rate asks for over a whole window: treated as a lost connection and retried. */
export class HttpSlowError extends Error {
  override readonly name = 'HttpSlowError'
  readonly code = 'ESLOWTRANSFER'
}

export interface TransportOptions {
  /** Where HTTP(S)_PROXY / NO_PROXY are read from. */
  env?: NodeJS.ProcessEnv
  /** Milliseconds without any progress on a connection before it counts as lost. */
  idleTimeoutMs?: number
  /** Bytes per second (both directions together) a transfer must keep up, measured over `rateWindowMs`; 0 turns the check off. */
  minBytesPerSecond?: number
  rateWindowMs?: number
  /** Where the rate is named in messages: the input that sets it. */
  rateInput?: string
}

export const DEFAULT_IDLE_TIMEOUT_MS = 60_000
export const DEFAULT_RATE_WINDOW_MS = 30_000

const AGENT_OPTIONS = { keepAlive: true, maxSockets: 32 }

/**
 * HTTP/1.1 with keep-alive over Node's own http/https. Which proxy a request takes is decided by
 * net/proxy.ts; Node's built-in proxy support (`proxyEnv`, given only the chosen proxy) carries it:
 * absolute-form requests for http, CONNECT tunnels for https.
 */
export class HttpTransport {
  private readonly idleTimeoutMs: number
  private readonly minBytesPerSecond: number
  private readonly rateWindowMs: number
  private readonly rateInput: string
  private readonly env: NodeJS.ProcessEnv
  /** One agent per scheme and proxy (`direct` for none). */
  private readonly agents = new Map<string, http.Agent>()

  constructor(options: TransportOptions = {}) {
    this.idleTimeoutMs = options.idleTimeoutMs ?? DEFAULT_IDLE_TIMEOUT_MS
    this.minBytesPerSecond = options.minBytesPerSecond ?? 0
    this.rateWindowMs = options.rateWindowMs ?? DEFAULT_RATE_WINDOW_MS
    this.rateInput = options.rateInput ?? 'registry-min-rate'
    this.env = options.env ?? process.env
  }

  /** node:https (and TLS with it) is loaded on the first https request: a loopback registry never needs it. */
  private agentFor(url: URL): { send: typeof http.request; agent: http.Agent } {
    const secure = url.protocol === 'https:'
    const proxy = proxyFor(url, this.env)
    const key = `${url.protocol}${proxy?.href ?? 'direct'}`
    const https = secure ? process.getBuiltinModule('node:https') : undefined
    let agent = this.agents.get(key)
    if (!agent) {
      const proxyEnv = proxy ? { [secure ? 'HTTPS_PROXY' : 'HTTP_PROXY']: proxy.href } : undefined
      agent = https ? new https.Agent({ ...AGENT_OPTIONS, proxyEnv }) : new http.Agent({ ...AGENT_OPTIONS, proxyEnv })
      this.agents.set(key, agent)
    }
    return { send: https ? https.request : http.request, agent }
  }

  request(request: HttpRequest): Promise<HttpResponse> {
    const { url } = request
    const headers: Record<string, string> = { ...request.headers }
    const body = request.body
    if (body !== undefined) headers['Content-Length'] = String(body.length)
    else if (request.method === 'POST' || request.method === 'PUT' || request.method === 'PATCH') headers['Content-Length'] = '0'
    const { send, agent } = this.agentFor(url)
    const signal = request.signal
    if (signal?.aborted) return Promise.reject(signal.reason as Error)
    return new Promise((resolve, reject) => {
      let settled = false
      let response: IncomingMessage | undefined
      const stopWatching: (() => void)[] = []
      const done = (): void => {
        for (const stop of stopWatching.splice(0)) stop()
      }
      const fail = (error: Error): void => {
        if (!response) done()
        if (settled) return
        settled = true
        reject(error)
      }
      const req = send(url, { method: request.method, headers, agent }, (res) => {
        if (settled) {
          res.resume()
          return
        }
        settled = true
        response = res
        res.setTimeout(this.idleTimeoutMs, () => res.destroy(new HttpTimeoutError(`no data from ${url.host} for ${this.idleTimeoutMs} ms`)))
        res.on('close', done)
        resolve({ status: res.statusCode ?? 0, headers: res.headers, url, stream: res })
      })
      req.setTimeout(this.idleTimeoutMs, () => req.destroy(new HttpTimeoutError(`no answer from ${url.host} for ${this.idleTimeoutMs} ms`)))
      const abort = (error: Error): void => {
        req.destroy(error)
        response?.destroy(error)
      }
      if (signal) {
        const onAbort = (): void => abort(signal.reason as Error)
        signal.addEventListener('abort', onAbort, { once: true })
        stopWatching.push(() => signal.removeEventListener('abort', onAbort))
      }
      if (this.minBytesPerSecond > 0) stopWatching.push(this.watchRate(req, url, body !== undefined, abort))
      // A server may answer (401, 413) before it has read the whole body; the answer is what counts.
      req.on('error', fail)
      if (body === undefined) req.end()
      else if (body instanceof Uint8Array) req.end(body)
      else {
        const stream = body.open()
        stream.on('error', (error) => req.destroy(new BodySourceError(`cannot read the bytes to send: ${error.message}`, { cause: error })))
        stream.pipe(req)
      }
    })
  }

  /**
   * Aborts a transfer that moves fewer than `minBytesPerSecond` over a whole window while bytes are
   * due: while the body is being sent, and once the answer has started to arrive. The wait between
   * the two (the server at work) is the idle timeout's to judge. Returns the function that stops watching.
   */
  private watchRate(req: http.ClientRequest, url: URL, sending: boolean, abort: (error: Error) => void): () => void {
    const minimum = (this.minBytesPerSecond * this.rateWindowMs) / 1000
    let socket: Socket | undefined
    let readAtFinish: number | undefined
    let last = 0
    let dueBefore = false
    const moved = (): number => (socket ? socket.bytesRead + socket.bytesWritten : 0)
    req.on('socket', (assigned) => {
      socket = assigned
      last = moved()
    })
    req.on('finish', () => (readAtFinish = socket?.bytesRead ?? 0))
    const timer = setInterval(() => {
      if (!socket) return
      const now = moved()
      const due = readAtFinish === undefined ? sending : socket.bytesRead > readAtFinish
      if (due && dueBefore && now - last < minimum) {
        const rate = `${this.minBytesPerSecond} bytes/s`
        abort(
          new HttpSlowError(
            `${now - last} bytes to and from ${url.host} in ${this.rateWindowMs / 1000} s, below the minimum rate of ${rate} (${this.rateInput})`
          )
        )
      }
      dueBefore = due
      last = now
    }, this.rateWindowMs)
    timer.unref()
    return () => clearInterval(timer)
  }

  /** Closes idle keep-alive connections so the process can exit. */
  close(): void {
    for (const agent of this.agents.values()) agent.destroy()
  }
}

/** Reads a whole response body, refusing more than `limit` bytes (a manifest, an error document, a token). */
export async function readBody(response: HttpResponse, limit = 8 * 1024 * 1024): Promise<Buffer> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of response.stream) {
    size += (chunk as Buffer).length
    if (size > limit) {
      response.stream.destroy()
      throw new Error(`${response.url.host} sent more than ${limit} bytes for ${response.url.pathname}`)
    }
    chunks.push(chunk as Buffer)
  }
  return Buffer.concat(chunks)
}

/** Drains a response we do not need, so its keep-alive connection can be reused. */
export async function discard(response: HttpResponse): Promise<void> {
  try {
    for await (const _ of response.stream) void _
  } catch {
    // a broken body of a response we ignore does not matter
  }
}

export function header(response: HttpResponse, name: string): string | undefined {
  const value = response.headers[name.toLowerCase()]
  return Array.isArray(value) ? value.join(', ') : value
}
