import http, { type IncomingHttpHeaders, type IncomingMessage } from 'node:http'
import type https from 'node:https'
import { isIP } from 'node:net'
import type { Readable } from 'node:stream'

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

export interface TransportOptions {
  /** Where HTTP(S)_PROXY / NO_PROXY are read from. */
  env?: NodeJS.ProcessEnv
  /** Milliseconds without any progress on a connection before it counts as lost. */
  idleTimeoutMs?: number
}

export const DEFAULT_IDLE_TIMEOUT_MS = 60_000

/** Loopback never goes through a proxy (as Go's httpproxy does, so docker and skopeo agree with us). */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.startsWith('[') ? hostname.slice(1, -1) : hostname
  if (host === 'localhost' || host.endsWith('.localhost')) return true
  if (isIP(host) === 4) return host.startsWith('127.')
  if (isIP(host) === 6) return host === '::1' || host === '0:0:0:0:0:0:0:1'
  return false
}

const AGENT_OPTIONS = { keepAlive: true, maxSockets: 32 }

/**
 * HTTP/1.1 with keep-alive over Node's own http/https. Proxies come from the environment through
 * Node's built-in `proxyEnv` agent support (HTTP_PROXY, HTTPS_PROXY, NO_PROXY, lower case too).
 */
export class HttpTransport {
  private readonly idleTimeoutMs: number
  private readonly proxyEnv: Record<string, string>
  private readonly agents: { proxied: { http: http.Agent; https?: https.Agent }; direct: { http: http.Agent; https?: https.Agent } }

  constructor(options: TransportOptions = {}) {
    this.idleTimeoutMs = options.idleTimeoutMs ?? DEFAULT_IDLE_TIMEOUT_MS
    const env = options.env ?? process.env
    this.proxyEnv = Object.fromEntries(
      ['HTTP_PROXY', 'HTTPS_PROXY', 'NO_PROXY', 'http_proxy', 'https_proxy', 'no_proxy'].flatMap((name) => (env[name] ? [[name, env[name]!]] : []))
    )
    this.agents = {
      proxied: { http: new http.Agent({ ...AGENT_OPTIONS, proxyEnv: this.proxyEnv }) },
      direct: { http: new http.Agent(AGENT_OPTIONS) }
    }
  }

  /** node:https (and TLS with it) is loaded on the first https request: a loopback registry never needs it. */
  private httpsAgent(kind: 'proxied' | 'direct'): { https: typeof https; agent: https.Agent } {
    const https = process.getBuiltinModule('node:https')
    const group = this.agents[kind]
    group.https ??= new https.Agent(kind === 'proxied' ? { ...AGENT_OPTIONS, proxyEnv: this.proxyEnv } : AGENT_OPTIONS)
    return { https, agent: group.https }
  }

  request(request: HttpRequest): Promise<HttpResponse> {
    const { url } = request
    const secure = url.protocol === 'https:'
    const kind = isLoopbackHost(url.hostname) ? 'direct' : 'proxied'
    const headers: Record<string, string> = { ...request.headers }
    const body = request.body
    if (body !== undefined) headers['Content-Length'] = String(body.length)
    else if (request.method === 'POST' || request.method === 'PUT' || request.method === 'PATCH') headers['Content-Length'] = '0'
    const tls = secure ? this.httpsAgent(kind) : undefined
    const send = tls ? tls.https.request : http.request
    return new Promise((resolve, reject) => {
      let settled = false
      const fail = (error: Error): void => {
        if (settled) return
        settled = true
        reject(error)
      }
      const req = send(url, { method: request.method, headers, agent: tls ? tls.agent : this.agents[kind].http }, (res) => {
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
        stream.on('error', (error) => req.destroy(error))
        stream.pipe(req)
      }
    })
  }

  /** Closes idle keep-alive connections so the process can exit. */
  close(): void {
    for (const group of Object.values(this.agents)) {
      group.http.destroy()
      group.https?.destroy()
    }
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
