/**
 * What publish's release upload needs beyond fake-github.ts: GitHub's "check immutable releases"
 * endpoint (`GET /repos/{owner}/{repo}/immutable-releases`: 200 `{enabled, enforced_by_owner}` when
 * on, 404 when off). A small front server answers that and passes everything else to the fake.
 */
import { createServer, request as httpRequest } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { FakeGitHub } from './fake-github.js'

export interface ReleasesFront {
  /** Use as GITHUB_API_URL. */
  apiUrl: string
  /** Which repositories (`owner/repo`) have immutable releases enabled. */
  immutable: Set<string>
  close(): Promise<void>
}

export async function startReleasesFront(fake: FakeGitHub): Promise<ReleasesFront> {
  const immutable = new Set<string>()
  const upstream = new URL(fake.apiUrl)
  const server = createServer((req, res) => {
    const match = /^\/api\/v3\/repos\/([\w.-]+\/[\w.-]+)\/immutable-releases$/.exec(req.url ?? '')
    if (match && req.method === 'GET') {
      req.resume()
      const enabled = immutable.has(match[1])
      res.writeHead(enabled ? 200 : 404, { 'content-type': 'application/json' })
      res.end(JSON.stringify(enabled ? { enabled: true, enforced_by_owner: false } : { message: 'Not Found' }))
      return
    }
    const forward = httpRequest(
      { hostname: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers: { ...req.headers, host: upstream.host } },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers)
        answer.pipe(res)
      }
    )
    forward.on('error', () => res.destroy())
    req.pipe(forward)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    apiUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v3`,
    immutable,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}
