/**
 * A loopback stand-in for the two GitHub REST endpoints signing uses: releases (look up by tag, delete
 * and upload assets) and repository attestations. Records what it was sent.
 */
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface FakeGitHubApi {
  url: string
  env: Record<string, string>
  /** Uploaded release assets by name. */
  assets: Map<string, Buffer>
  deleted: string[]
  attestations: unknown[]
  authorizations: string[]
  close(): Promise<void>
}

export async function startFakeGitHubApi(options: {
  repository: string
  releaseTag: string
  existingAssets?: string[]
  attestationStatus?: number
}): Promise<FakeGitHubApi> {
  const server: Server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const assets = new Map<string, Buffer>()
  const existing = new Map((options.existingAssets ?? []).map((name, i) => [100 + i, name]))
  const deleted: string[] = []
  const attestations: unknown[] = []
  const authorizations: string[] = []
  const repo = `/repos/${options.repository}`
  server.on('request', (request, response) => {
    const chunks: Buffer[] = []
    request.on('data', (c: Buffer) => chunks.push(c))
    request.on('end', () => {
      authorizations.push(request.headers.authorization ?? '')
      const path = new URL(request.url ?? '/', url)
      const json = (status: number, value: unknown): void => void response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(value))
      if (request.method === 'GET' && path.pathname === `${repo}/releases/tags/${options.releaseTag}`) {
        return json(200, {
          id: 1,
          upload_url: `${url}/uploads${repo}/releases/1/assets{?name,label}`,
          assets: [...existing].map(([id, name]) => ({ id, name }))
        })
      }
      if (request.method === 'GET' && path.pathname.startsWith(`${repo}/releases/tags/`)) return json(404, { message: 'Not Found' })
      const asset = /\/releases\/assets\/(\d+)$/.exec(path.pathname)
      if (request.method === 'DELETE' && asset) {
        deleted.push(existing.get(Number(asset[1])) ?? asset[1])
        return void response.writeHead(204).end()
      }
      if (request.method === 'POST' && path.pathname === `/uploads${repo}/releases/1/assets`) {
        const name = path.searchParams.get('name') ?? ''
        assets.set(name, Buffer.concat(chunks))
        return json(201, { name, browser_download_url: `${url}/download/${name}` })
      }
      if (request.method === 'POST' && path.pathname === `${repo}/attestations`) {
        if (options.attestationStatus && options.attestationStatus >= 400)
          return json(options.attestationStatus, { message: 'Resource not accessible by integration' })
        attestations.push(JSON.parse(Buffer.concat(chunks).toString()))
        return json(201, { id: attestations.length })
      }
      json(404, { message: `no route ${request.method} ${path.pathname}` })
    })
  })
  return {
    url,
    env: { GITHUB_API_URL: url, GITHUB_REPOSITORY: options.repository },
    assets,
    deleted,
    attestations,
    authorizations,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}
