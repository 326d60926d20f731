import http, { type IncomingHttpHeaders, type IncomingMessage } from 'node:http'
import type { Readable } from 'node:stream'
import { proxyFor } from '../net/proxy.js'

/** A request body that can be produced again for a retry: bytes, or a stream factory with a known length. */
export type RequestBody = Uint8Array | { length: number; open(): Readable }

export interface HttpRequest {
  method: string
  url: URL
  headers?: Record<string, string>
  body?: RequestBody
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

export interface TransportOptions {
  /** Where HTTP(S)_PROXY / NO_PROXY are read from. */
  env?: NodeJS.ProcessEnv
  /** Milliseconds without any progress on a connection before it counts as lost. */
  idleTimeoutMs?: number
}

export const DEFAULT_IDLE_TIMEOUT_MS = 60_000

const AGENT_OPTIONS = { keepAlive: true, maxSockets: 32 }

/**
 * HTTP/1.1 with keep-alive over Node's own http/https. Which proxy a request takes is decided by
 * net/proxy.ts; Node's built-in proxy support (`proxyEnv`, given only the chosen proxy) carries it:
 * absolute-form requests for http, CONNECT tunnels for https.
 */
export class HttpTransport {
  private readonly idleTimeoutMs: number
  private readonly env: NodeJS.ProcessEnv
  /** One agent per scheme and proxy (`direct` for none). */
  private readonly agents = new Map<string, http.Agent>()

  constructor(options: TransportOptions = {}) {
    this.idleTimeoutMs = options.idleTimeoutMs ?? DEFAULT_IDLE_TIMEOUT_MS
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
    return new Promise((resolve, reject) => {
      let settled = false
      const fail = (error: Error): void => {
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
        res.setTimeout(this.idleTimeoutMs, () => res.destroy(new HttpTimeoutError(`no data from ${url.host} for ${this.idleTimeoutMs} ms`)))
        resolve({ status: res.statusCode ?? 0, headers: res.headers, url, stream: res })
      })
      req.setTimeout(this.idleTimeoutMs, () => req.destroy(new HttpTimeoutError(`no answer from ${url.host} for ${this.idleTimeoutMs} ms`)))
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
