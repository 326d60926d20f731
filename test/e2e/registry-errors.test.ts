import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { rmSync } from 'node:fs'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { join } from 'node:path'
import { startFaultProxy, type FaultProxy } from '../support/fault-proxy.js'
import { bootEntries, fakeKernel, writeOciFixture, type FixtureLayout } from '../support/oci-fixture.js'
import { publishWith, startRegistry, type RegistryServer } from '../support/registry.js'
import { TempDirs } from '../support/temp-dirs.js'

// What a registry that misbehaves, or a local image with a hole in it, is reported as.
let fixture: FixtureLayout
let token: RegistryServer
const temps = new TempDirs()
const servers: Server[] = []

/** A loopback server that answers every request with `answer`; returns its host:port. */
async function fakeRegistry(answer: (request: IncomingMessage, response: ServerResponse) => void): Promise<string> {
  const server = createServer((request, response) => {
    request.resume()
    request.on('end', () => answer(request, response))
  })
  servers.push(server)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return `127.0.0.1:${(server.address() as { port: number }).port}`
}

/** A registry whose every answer is a 401 with this `WWW-Authenticate` (or none). */
function challenging(wwwAuthenticate: string | undefined): Promise<string> {
  return fakeRegistry((_request, response) => {
    response.writeHead(401, { 'Content-Type': 'application/json', ...(wwwAuthenticate === undefined ? {} : { 'WWW-Authenticate': wwwAuthenticate }) })
    response.end('{"errors":[{"code":"UNAUTHORIZED","message":"authentication required"}]}')
  })
}

beforeAll(async () => {
  fixture = await writeOciFixture(temps.make('registry-errors-'), {
    images: [{ arch: 'amd64', entries: bootEntries({ kernel: fakeKernel('registry-errors') }) }],
    tags: ['1.0']
  })
  token = await startRegistry({ auth: 'token', users: { ci: 'ci-secret' } })
})

afterAll(async () => {
  for (const server of servers) {
    server.closeAllConnections()
    server.close()
  }
  await token?.stop()
  temps.removeAll()
})

describe('answers a client cannot authenticate against', () => {
  test.each([
    ['no scheme we know', 'Negotiate'],
    ['a Bearer challenge without a realm', 'Bearer service="registry"'],
    ['no header at all', undefined]
  ])('a 401 with %s: nothing was sent, so nothing is said to be rejected', async (_name, wwwAuthenticate) => {
    const host = await challenging(wwwAuthenticate)
    const result = await publishWith({ image: `oci:${fixture.dir}:1.0`, to: `${host}/acme/web:1.0`, username: 'ci', password: 'ci-secret' })
    expect(result.error?.message).toMatch(/answered 401 with .*names neither a Bearer realm nor Basic; no credentials were sent/)
    expect(result.error?.message).not.toMatch(/rejected/)
  })

  test.each([
    ['empty', 'Bearer realm="",service="registry"'],
    ['not http(s)', 'Bearer realm="file:///etc/token",service="registry"'],
    ['not a URL', 'Bearer realm="token service",service="registry"']
  ])('a token realm that is %s is named in the message', async (_name, wwwAuthenticate) => {
    const host = await challenging(wwwAuthenticate)
    const result = await publishWith({ image: `oci:${fixture.dir}:1.0`, to: `${host}/acme/web:1.0`, username: 'ci', password: 'ci-secret' })
    expect(result.error?.message).not.toMatch(/cannot reach :|Invalid URL|rejected/)
    expect(result.error?.message).toMatch(/which is not an http\(s\) URL with a host|names neither a Bearer realm nor Basic/)
  })
})

describe('answers that are not what they claim', () => {
  test('an upload Location that is not a URL is named, with its value, not reported as "Invalid URL"', async () => {
    const host = await fakeRegistry((request, response) => {
      if (request.method === 'GET' && request.url === '/v2/') response.writeHead(200).end()
      else if (request.method === 'POST') response.writeHead(202, { Location: 'http://[registry/upload' }).end()
      else response.writeHead(404).end()
    })
    const result = await publishWith({ image: `oci:${fixture.dir}:1.0`, to: `${host}/acme/web:1.0` })
    expect(result.error?.message).toMatch(
      /start an upload of sha256:[0-9a-f]{64} to .*: .* sent a Location header that is not a URL: `http:\/\/\[registry\/upload`/
    )
  })
})

describe('where credentials go', () => {
  let proxy: FaultProxy

  beforeAll(async () => {
    proxy = await startFaultProxy({ upstream: token.url })
  })

  afterAll(async () => {
    await proxy?.close()
  })

  test('a token realm over plain HTTP on another host gets no credentials; the message says why', async () => {
    const realm = new URL(token.tokenServer!.realm)
    // The same token service, named through another loopback host name.
    const elsewhere = `http://localhost:${realm.port}${realm.pathname}`
    proxy.clear()
    proxy.inject({
      when: () => true,
      fault: { kind: 'headers', headers: { 'www-authenticate': `Bearer realm="${elsewhere}",service="${token.tokenServer!.service}"` } },
      times: 1000
    })
    const seen = token.tokenServer!.requests.length
    const result = await publishWith({ image: `oci:${fixture.dir}:1.0`, to: `${proxy.host}/acme/web:1.0`, username: 'ci', password: 'ci-secret' })
    const asked = token.tokenServer!.requests.slice(seen)
    expect(asked.length).toBeGreaterThan(0)
    expect(asked.map((request) => request.authorization)).toEqual(asked.map(() => undefined))
    expect(result.error?.message).toContain(`names ${elsewhere}, on another host over plain HTTP`)
    expect(result.logger.text()).not.toContain('ci-secret')
  })

  test('a realm on the registry host itself (another port) gets them', async () => {
    proxy.clear()
    const seen = token.tokenServer!.requests.length
    const result = await publishWith({ image: `oci:${fixture.dir}:1.0`, to: `${proxy.host}/acme/web:1.0`, username: 'ci', password: 'ci-secret' })
    expect(result.error).toBeUndefined()
    expect(token.tokenServer!.requests.slice(seen).every((request) => request.authorization?.startsWith('Basic '))).toBe(true)
  })
})

describe('local images with a hole in them', () => {
  test('a blob missing from the layout is reported as a missing file, not as an unreachable registry', async () => {
    const broken = await writeOciFixture(temps.make('registry-errors-hole-'), {
      images: [{ arch: 'amd64', entries: bootEntries({ kernel: fakeKernel('registry-errors') }) }],
      tags: ['1.0']
    })
    const layer = join(broken.dir, 'blobs', 'sha256', broken.images[0].layerDigest.slice('sha256:'.length))
    rmSync(layer)
    const host = await fakeRegistry((request, response) => {
      // A registry that has nothing and accepts every upload it is offered.
      if (request.method === 'GET' && request.url === '/v2/') response.writeHead(200).end()
      else if (request.method === 'HEAD' || request.method === 'GET') response.writeHead(404).end()
      else if (request.method === 'POST') response.writeHead(202, { Location: `/v2/acme/web/blobs/uploads/1`, Range: '0-0' }).end()
      else response.writeHead(201).end()
    })
    const result = await publishWith({ image: `oci:${broken.dir}:1.0`, to: `${host}/acme/web:1.0` })
    expect(result.error?.message).not.toMatch(/cannot reach/)
    expect(result.error?.message).toContain(broken.images[0].layerDigest)
    expect(result.error?.message).toMatch(/ENOENT|no such file|missing/)
  })
})
