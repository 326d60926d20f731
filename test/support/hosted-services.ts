/**
 * github.com's and Sigstore's HTTPS hosts, answered on loopback: a forward proxy (HTTPS_PROXY) that
 * tunnels CONNECTs for the names it serves — and refuses, and records, any other — to one TLS server
 * whose certificate (for exactly those names, from a CA made by openssl for the run and trusted through
 * NODE_EXTRA_CA_CERTS) fronts local HTTP stand-ins by Host. So an action that uses its built-in defaults
 * (https://github.com downloads, GitHub's Fulcio and timestamp authority) reaches the stand-ins over the
 * very code path it takes on a runner: proxy, TLS, certificate check and all.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer as createHttpServer, request as httpRequest, type IncomingMessage, type Server } from 'node:http'
import { createServer as createHttpsServer } from 'node:https'
import { connect, type AddressInfo, type Socket } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export interface HostedServices {
  /** The environment a process needs to reach them: HTTPS_PROXY, NO_PROXY (loopback), NODE_EXTRA_CA_CERTS. */
  env: Record<string, string>
  /** CONNECT targets that were refused: a host the run was not meant to contact. */
  refused: string[]
  /** `host path` of every request the TLS front forwarded. */
  forwarded: string[]
  close(): Promise<void>
}

function listen(server: Server): Promise<number> {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)))
}

function certificates(dir: string, names: string[]): { key: Buffer; cert: Buffer; ca: string } {
  const openssl = (args: string[]): void => void execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' })
  const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes']
  writeFileSync(join(dir, 'leaf.cnf'), `subjectAltName=${names.map((name) => `DNS:${name}`).join(',')}\nbasicConstraints=CA:FALSE\n`)
  openssl(['req', '-x509', ...ec, '-keyout', 'ca.key', '-out', 'ca.pem', '-days', '2', '-subj', '/CN=loopback test CA'])
  openssl(['req', ...ec, '-keyout', 'leaf.key', '-out', 'leaf.csr', '-subj', `/CN=${names[0]}`])
  openssl(['x509', '-req', '-in', 'leaf.csr', '-CA', 'ca.pem', '-CAkey', 'ca.key', '-CAcreateserial', '-days', '2', '-extfile', 'leaf.cnf', '-out', 'leaf.pem'])
  return { key: readFileSync(join(dir, 'leaf.key')), cert: readFileSync(join(dir, 'leaf.pem')), ca: join(dir, 'ca.pem') }
}

/** `routes`: host name (served on 443) → the base URL of the plain-HTTP stand-in that answers for it. */
export async function startHostedServices(routes: Record<string, string>): Promise<HostedServices> {
  const names = Object.keys(routes)
  const dir = mkdtempSync(join(tmpdir(), 'hosted-services-'))
  const { key, cert, ca } = certificates(dir, names)
  const forwarded: string[] = []
  const refused: string[] = []

  const front = createHttpsServer({ key, cert }, (request, response) => {
    const host = (request.headers.host ?? '').replace(/:443$/, '')
    const base = routes[host]
    if (!base) {
      response.writeHead(421).end(`no stand-in for ${host}`)
      return
    }
    forwarded.push(`${host} ${request.url}`)
    const target = new URL(base.replace(/\/+$/, '') + (request.url ?? '/'))
    const upstream = httpRequest(target, { method: request.method, headers: { ...request.headers, host: target.host } }, (answer: IncomingMessage) => {
      // A stand-in redirecting to itself (as github.com does to its download host) names its public host.
      const location = answer.headers.location
      if (location) {
        const back = Object.entries(routes).find(([, to]) => location.startsWith(to.replace(/\/+$/, '') + '/'))
        if (back) answer.headers.location = `https://${back[0]}${location.slice(back[1].replace(/\/+$/, '').length)}`
      }
      response.writeHead(answer.statusCode ?? 502, answer.headers)
      answer.pipe(response)
    })
    upstream.on('error', (error) => response.writeHead(502).end(String(error)))
    request.pipe(upstream)
  })
  const frontPort = await listen(front)

  const proxy = createHttpServer((_request, response) => response.writeHead(405).end('CONNECT only'))
  const tunnels = new Set<Socket>()
  proxy.on('connect', (request: IncomingMessage, socket: Socket, head: Buffer) => {
    tunnels.add(socket)
    socket.on('close', () => tunnels.delete(socket))
    const target = request.url ?? ''
    const [host, port] = [target.slice(0, target.lastIndexOf(':')), target.slice(target.lastIndexOf(':') + 1)]
    if (!routes[host] || port !== '443') {
      refused.push(target)
      socket.end('HTTP/1.1 403 Forbidden\r\n\r\n')
      return
    }
    const upstream = connect(frontPort, '127.0.0.1', () => {
      socket.write('HTTP/1.1 200 Connection Established\r\n\r\n')
      upstream.write(head)
      upstream.pipe(socket)
      socket.pipe(upstream)
    })
    tunnels.add(upstream)
    upstream.on('close', () => tunnels.delete(upstream))
    upstream.on('error', () => socket.destroy())
    socket.on('error', () => upstream.destroy())
  })
  const proxyPort = await listen(proxy)
  const proxyUrl = `http://127.0.0.1:${proxyPort}`

  return {
    env: { HTTPS_PROXY: proxyUrl, https_proxy: proxyUrl, NO_PROXY: '127.0.0.1,localhost', no_proxy: '127.0.0.1,localhost', NODE_EXTRA_CA_CERTS: ca },
    refused,
    forwarded,
    async close() {
      for (const socket of tunnels) socket.destroy()
      front.closeAllConnections()
      await Promise.all([new Promise((resolve) => front.close(resolve)), new Promise((resolve) => proxy.close(resolve))])
      rmSync(dir, { recursive: true, force: true })
    }
  }
}
