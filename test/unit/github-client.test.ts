import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { gitHubClient } from '../../src/github/client.js'
import { MemoryLogger } from '../../src/runtime/logger.js'
import { startFaultProxy, type FaultProxy } from '../support/fault-proxy.js'
import { instantRetryPolicy } from '../support/retry.js'

interface Seen {
  method: string
  path: string
  headers: IncomingHttpHeaders
}

/** A loopback server that records every request and answers with `answer`. */
async function recordingServer(
  answer: (seen: Seen, res: import('node:http').ServerResponse, port: number) => void
): Promise<{ url: string; port: number; seen: Seen[]; close(): Promise<void> }> {
  const seen: Seen[] = []
  const server: Server = createServer((req, res) => {
    const entry = { method: req.method ?? '', path: req.url ?? '', headers: req.headers }
    seen.push(entry)
    req.resume()
    req.on('end', () => answer(entry, res, port))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const port = (server.address() as AddressInfo).port
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    seen,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}

const json = (res: import('node:http').ServerResponse, status: number, body: unknown): void =>
  void res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body))

describe('redirects', () => {
  let storage: Awaited<ReturnType<typeof recordingServer>>
  let api: Awaited<ReturnType<typeof recordingServer>>

  beforeAll(async () => {
    storage = await recordingServer((_seen, res) => void res.writeHead(200, { 'content-type': 'application/octet-stream' }).end('asset bytes'))
    api = await recordingServer((seen, res, port) => {
      if (seen.path === '/elsewhere') return void res.writeHead(302, { location: `${storage.url}/blob?sig=signed` }).end()
      if (seen.path === '/same-origin') return void res.writeHead(302, { location: `http://127.0.0.1:${port}/target` }).end()
      if (seen.path === '/see-other') return void res.writeHead(303, { location: '/target' }).end()
      json(res, 200, { method: seen.method, authorization: seen.headers.authorization ?? null })
    })
  })
  afterAll(async () => {
    await api.close()
    await storage.close()
  })

  test('a redirect to another origin (another port) arrives without the token', async () => {
    const github = await gitHubClient({ apiUrl: api.url, token: 'ghs_secret', env: {} })
    const { data } = await github.request('GET /elsewhere', { headers: { accept: 'application/octet-stream' } })
    expect(Buffer.from(data as ArrayBuffer).toString()).toBe('asset bytes')
    expect(api.seen.at(-1)?.headers.authorization).toBe('token ghs_secret')
    expect(storage.seen).toHaveLength(1)
    expect(storage.seen[0].path).toBe('/blob?sig=signed')
    expect(storage.seen[0].headers.authorization).toBeUndefined()
  })

  test('a redirect within the origin keeps it', async () => {
    const github = await gitHubClient({ apiUrl: api.url, token: 'ghs_secret', env: {} })
    const { data } = await github.request('GET /same-origin')
    expect(data).toEqual({ method: 'GET', authorization: 'token ghs_secret' })
  })

  test('303 after a POST continues as a GET without the body', async () => {
    const github = await gitHubClient({ apiUrl: api.url, token: 'ghs_secret', env: {} })
    const { data } = await github.request('POST /see-other', { payload: 'x' })
    expect(data).toEqual({ method: 'GET', authorization: 'token ghs_secret' })
  })
})

describe('retries', () => {
  test('a GET answered 502 is tried again under the retry policy; a POST is not (GitHub may have acted on it)', async () => {
    let failures = 2
    const server = await recordingServer((seen, res) => {
      if (failures-- > 0) return json(res, 502, { message: 'Server Error' })
      json(res, 200, { method: seen.method })
    })
    try {
      const logger = new MemoryLogger()
      const waits: number[] = []
      const github = await gitHubClient({ apiUrl: server.url, env: {}, logger, retry: instantRetryPolicy(waits) })
      expect((await github.request('GET /repos/{owner}/{repo}', { owner: 'acme', repo: 'web' })).data).toEqual({ method: 'GET' })
      expect(server.seen).toHaveLength(3)
      expect(waits).toHaveLength(2)
      expect(logger.text()).toMatch(/GET http:\/\/127\.0\.0\.1:\d+\/repos\/acme\/web: HTTP 502; retrying in .* \(attempt 2 of 5\)/)

      failures = 1
      await expect(github.request('POST /repos/{owner}/{repo}/releases', { owner: 'acme', repo: 'web', tag_name: 'v1' })).rejects.toMatchObject({ status: 502 })
      expect(server.seen.filter((s) => s.method === 'POST')).toHaveLength(1)
    } finally {
      await server.close()
    }
  })

  test('501 is final', async () => {
    const server = await recordingServer((_seen, res) => json(res, 501, { message: 'Not Implemented' }))
    try {
      const github = await gitHubClient({ apiUrl: server.url, env: {}, retry: instantRetryPolicy() })
      await expect(github.request('GET /meta')).rejects.toMatchObject({ status: 501 })
      expect(server.seen).toHaveLength(1)
    } finally {
      await server.close()
    }
  })
})

describe('proxies', () => {
  // A name only the proxy resolves: an answer at all proves the request went through the proxy.
  const name = 'api.proxy-only.test'
  let api: Awaited<ReturnType<typeof recordingServer>>
  let proxy: FaultProxy

  beforeAll(async () => {
    api = await recordingServer((seen, res) => json(res, 200, { host: seen.headers.host }))
    proxy = await startFaultProxy({ hosts: { [`${name}:${api.port}`]: `127.0.0.1:${api.port}` } })
  })
  afterAll(async () => {
    await proxy.close()
    await api.close()
  })

  test('HTTP_PROXY carries the API calls (tunnelled with CONNECT)', async () => {
    proxy.clear()
    const github = await gitHubClient({ apiUrl: `http://${name}:${api.port}`, token: 't', env: { HTTP_PROXY: proxy.url } })
    expect((await github.request('GET /meta')).data).toEqual({ host: `${name}:${api.port}` })
    expect(proxy.log.map((r) => [r.method, r.host])).toEqual([['CONNECT', `${name}:${api.port}`]])
  })

  test('without the proxy the name does not resolve; NO_PROXY sends it direct, so it fails the same way', async () => {
    proxy.clear()
    const direct = await gitHubClient({ apiUrl: `http://${name}:${api.port}`, env: {}, retry: instantRetryPolicy() })
    await expect(direct.request('GET /meta')).rejects.toThrow(`cannot reach ${name}:${api.port}: host not found`)
    const exempt = await gitHubClient({
      apiUrl: `http://${name}:${api.port}`,
      env: { HTTP_PROXY: proxy.url, NO_PROXY: '.proxy-only.test' },
      retry: instantRetryPolicy()
    })
    await expect(exempt.request('GET /meta')).rejects.toThrow(`cannot reach ${name}:${api.port}: host not found`)
    expect(proxy.log).toEqual([])
  })

  test('loopback never goes through the proxy', async () => {
    proxy.clear()
    const github = await gitHubClient({ apiUrl: api.url, env: { HTTP_PROXY: proxy.url, HTTPS_PROXY: proxy.url } })
    expect((await github.request('GET /meta')).data).toEqual({ host: `127.0.0.1:${api.port}` })
    expect(proxy.log).toEqual([])
  })
})
