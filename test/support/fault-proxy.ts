/**
 * A fault-injecting HTTP proxy between the client under test and a registry. It logs every request
 * (so tests assert the protocol, not only the outcome) and can, for requests a rule matches: answer
 * with a status of its choosing, reset the connection part-way through the body, stall forever, or
 * slow the link down.
 *
 * Two modes at once: as a reverse proxy, requests in origin form (`/v2/…`) go to `upstream`, and the
 * client's Host header is kept so the registry's Location headers point back at the proxy; as a
 * forward proxy (HTTP_PROXY, HTTPS_PROXY), requests in absolute form and CONNECT tunnels go to the host
 * they name, or to the address `hosts` maps that name to (names that only the proxy can resolve prove
 * the client used the proxy). Faults apply to requests the proxy can read, not to tunnels.
 */
import { createServer, request as httpRequest, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { connect, type Socket } from 'node:net'
import { Transform, type TransformCallback } from 'node:stream'

export interface LoggedRequest {
  seq: number
  method: string
  /** Path and query. */
  path: string
  /** The host the request was for (Host header or the absolute URL's). */
  host: string
  /** `absolute` when the client sent it to us as to a forward proxy; `connect` for a tunnel (`path` and `host` are its target). */
  form: 'origin' | 'absolute' | 'connect'
  contentType?: string
  contentRange?: string
  contentLength?: number
  accept?: string
  /** `bearer`, `basic` or undefined. */
  auth?: string
  /** Bytes of request body that reached the proxy. */
  bytesIn: number
  /** Filled in when the answer is known. */
  status?: number
  /** The answer's Range and Location headers. */
  range?: string
  location?: string
  digest?: string
  /** What the proxy did instead of forwarding faithfully. */
  fault?: Fault['kind']
}

export type Fault =
  /** Answer without forwarding (after draining the request body). */
  | { kind: 'status'; status: number; headers?: Record<string, string>; body?: string }
  /** Destroy the client's connection once `afterBytes` of its body arrived; with `forward`, the registry gets those bytes first. */
  | { kind: 'reset'; afterBytes: number; forward?: boolean }
  /** Never answer. */
  | { kind: 'stall' }
  /** Forward as usual and add these headers to the registry's answer (a capability the registry lacks, say). */
  | { kind: 'headers'; headers: Record<string, string> }

export interface FaultRule {
  when: (request: { method: string; path: string; headers: IncomingMessage['headers'] }) => boolean
  fault: Fault
  /** How many matching requests it applies to (default 1). */
  times?: number
}

export interface FaultProxy {
  /** `127.0.0.1:<port>`: use as a registry host (reverse mode) or in HTTP_PROXY (forward mode). */
  host: string
  url: string
  log: LoggedRequest[]
  inject(rule: FaultRule): void
  /** Slow every body down to about this many bytes per second (both directions); 0 turns it off. */
  throttle(bytesPerSecond: number): void
  clear(): void
  close(): Promise<void>
}

export interface FaultProxyOptions {
  /** Where origin-form requests go: `http://127.0.0.1:5000`. */
  upstream?: string
  /** Forward mode: host[:port] names → the real `host:port` to connect to. */
  hosts?: Record<string, string>
}

/** Passes bytes on in slices, each after a pause, to approximate a link of the given speed. */
class Throttle extends Transform {
  constructor(private readonly bytesPerSecond: number) {
    super()
  }
  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    const slice = Math.max(1024, Math.floor(this.bytesPerSecond / 20))
    const pieces: Buffer[] = []
    for (let i = 0; i < chunk.length; i += slice) pieces.push(chunk.subarray(i, i + slice))
    const next = (): void => {
      const piece = pieces.shift()
      if (!piece) return done()
      this.push(piece)
      setTimeout(next, (piece.length / this.bytesPerSecond) * 1000)
    }
    next()
  }
}

export async function startFaultProxy(options: FaultProxyOptions): Promise<FaultProxy> {
  const log: LoggedRequest[] = []
  let rules: (FaultRule & { left: number })[] = []
  let bytesPerSecond = 0
  const sockets = new Set<Socket>()

  const handle = (req: IncomingMessage, res: ServerResponse): void => {
    const absolute = /^https?:\/\//.test(req.url ?? '')
    const target = absolute ? new URL(req.url ?? '') : new URL(req.url ?? '/', options.upstream ?? 'http://invalid')
    const hostHeader = absolute ? target.host : (req.headers.host ?? '')
    const path = `${target.pathname}${target.search}`
    const auth = /^(\w+)\s/.exec(req.headers.authorization ?? '')?.[1]?.toLowerCase()
    const entry: LoggedRequest = {
      seq: log.length,
      method: req.method ?? '',
      path,
      host: hostHeader,
      form: absolute ? 'absolute' : 'origin',
      contentType: req.headers['content-type'],
      contentRange: req.headers['content-range'],
      contentLength: req.headers['content-length'] === undefined ? undefined : Number(req.headers['content-length']),
      accept: req.headers.accept,
      auth,
      bytesIn: 0
    }
    log.push(entry)
    req.on('data', (chunk: Buffer) => (entry.bytesIn += chunk.length))

    const rule = rules.find((candidate) => candidate.left > 0 && candidate.when({ method: entry.method, path, headers: req.headers }))
    if (rule) {
      rule.left--
      entry.fault = rule.fault.kind
    }
    const fault = rule?.fault

    if (fault?.kind === 'status') {
      req.resume()
      req.on('end', () => {
        entry.status = fault.status
        res.writeHead(fault.status, { 'Content-Type': 'application/json', ...fault.headers })
        res.end(fault.body ?? JSON.stringify({ errors: [{ code: 'INJECTED', message: `injected ${fault.status}` }] }))
      })
      return
    }
    if (fault?.kind === 'stall') {
      req.resume()
      return
    }

    const upstreamHost = absolute ? (options.hosts?.[target.host] ?? target.host) : target.host
    const [hostname, port] = upstreamHost.split(':')
    const headers: Record<string, string | string[] | undefined> = { ...req.headers, host: hostHeader }
    delete headers['proxy-connection']
    const upstream = httpRequest({ hostname, port: Number(port || 80), method: req.method, path, headers }, (upstreamRes) => {
      entry.status = upstreamRes.statusCode
      entry.range = upstreamRes.headers.range
      entry.location = upstreamRes.headers.location
      entry.digest = upstreamRes.headers['docker-content-digest'] as string | undefined
      res.writeHead(upstreamRes.statusCode ?? 502, { ...upstreamRes.headers, ...(fault?.kind === 'headers' ? fault.headers : {}) })
      if (bytesPerSecond > 0) upstreamRes.pipe(new Throttle(bytesPerSecond)).pipe(res)
      else upstreamRes.pipe(res)
    })
    upstream.on('error', () => res.destroy())

    if (fault?.kind === 'reset') {
      let seen = 0
      req.on('data', (chunk: Buffer) => {
        if (seen >= fault.afterBytes) return
        const take = chunk.subarray(0, Math.max(0, fault.afterBytes - seen))
        seen += chunk.length
        if (fault.forward && take.length > 0) upstream.write(take)
        if (seen >= fault.afterBytes) {
          req.socket.destroy()
          // With `forward` the registry sees a body that broke off part-way, as on a real reset;
          // without, it never sees the request (headers are only sent with the first body bytes).
          upstream.destroy()
        }
      })
      return
    }
    if (bytesPerSecond > 0) req.pipe(new Throttle(bytesPerSecond)).pipe(upstream)
    else req.pipe(upstream)
  }

  const server: Server = createServer(handle)
  // HTTPS (and some clients' plain HTTP) through a forward proxy starts with CONNECT: a byte tunnel to the target.
  server.on('connect', (req: IncomingMessage, socket: Socket, head: Buffer) => {
    const target = req.url ?? ''
    const entry: LoggedRequest = { seq: log.length, method: 'CONNECT', path: target, host: target, form: 'connect', bytesIn: 0 }
    log.push(entry)
    const address = options.hosts?.[target] ?? target
    const colon = address.lastIndexOf(':')
    const upstream = connect(Number(address.slice(colon + 1)) || 443, address.slice(0, colon).replace(/^\[|\]$/g, ''), () => {
      entry.status = 200
      socket.write('HTTP/1.1 200 Connection Established\r\n\r\n')
      if (head.length > 0) upstream.write(head)
      upstream.pipe(socket)
      socket.pipe(upstream)
    })
    sockets.add(upstream)
    upstream.on('close', () => sockets.delete(upstream))
    upstream.on('error', () => {
      if (entry.status === undefined) {
        entry.status = 502
        socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n')
      } else socket.destroy()
    })
    socket.on('error', () => upstream.destroy())
    socket.on('close', () => upstream.destroy())
  })
  server.on('connection', (socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as { port: number }
  return {
    host: `127.0.0.1:${port}`,
    url: `http://127.0.0.1:${port}`,
    log,
    inject: (rule) => rules.push({ ...rule, left: rule.times ?? 1 }),
    throttle: (rate) => (bytesPerSecond = rate),
    clear: () => {
      log.length = 0
      rules = []
      bytesPerSecond = 0
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy()
        server.close(() => resolve())
      })
  }
}
