import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { execFile } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { promisify } from 'node:util'
import type { ClientOptions } from '../../src/registry/client.js'
import { startFaultProxy, type FaultProxy, type LoggedRequest } from '../support/fault-proxy.js'
import { bootEntries, writeOciFixture, type FixtureLayout } from '../support/oci-fixture.js'
import { expectSafePushOrder } from '../support/push-order.js'
import { freePort, instantRetries, publishWith, startRegistry, type RegistryServer } from '../support/registry.js'
import { TempDirs } from '../support/temp-dirs.js'

const run = promisify(execFile)
const CHUNK = 64 * 1024

let registry: RegistryServer
let tokenRegistry: RegistryServer
let proxy: FaultProxy
let tokenProxy: FaultProxy
let fixture: FixtureLayout
const temps = new TempDirs()

function temp(prefix: string): string {
  return temps.make(prefix)
}

beforeAll(async () => {
  registry = await startRegistry()
  tokenRegistry = await startRegistry({ auth: 'token', users: { ci: 'ci-secret' } })
  proxy = await startFaultProxy({ upstream: registry.url })
  tokenProxy = await startFaultProxy({ upstream: tokenRegistry.url })
  // Random bytes do not compress: the layer is about 300 KiB, five chunks of 64 KiB.
  fixture = await writeOciFixture(temp('faults-'), { images: [{ arch: 'amd64', entries: bootEntries({ kernel: randomBytes(300 * 1024) }) }], tags: ['1.0'] })
})

afterAll(async () => {
  await proxy?.close()
  await tokenProxy?.close()
  await registry?.stop()
  await tokenRegistry?.stop()
  temps.removeAll()
})

const layer = (): { digest: string; size: number } => ({ digest: fixture.images[0].layerDigest, size: fixture.images[0].layerSize })

/** Chunked uploads for the layer, instant retries, and every requested wait recorded. */
function clientOptions(delays: number[] = [], extra: Partial<ClientOptions> = {}): Partial<ClientOptions> {
  return { ...instantRetries(delays), chunkThreshold: 100 * 1024, chunkSize: CHUNK, ...extra }
}

function nth(method: string, n: number, path = /\/blobs\/uploads\//): (request: { method: string; path: string }) => boolean {
  let seen = 0
  return (request) => request.method === method && path.test(request.path) && ++seen === n
}

function nextOffset(range: string | undefined): number {
  const match = /^(?:bytes=)?(\d+)-(\d+)$/.exec(range ?? '')
  if (!match) throw new Error(`no Range in ${range}`)
  return Number(match[2]) === 0 ? 0 : Number(match[2]) + 1
}

function startOf(request: LoggedRequest): number {
  return Number(/^(\d+)-/.exec(request.contentRange ?? '')?.[1])
}

/** The image is in the registry, every blob verified by digest, by an independent reader. */
async function expectImageIntact(host: string, repository: string, tag: string, credentials?: string): Promise<void> {
  const out = temp('verify-')
  const auth = credentials ? ['--src-creds', credentials] : []
  await run('skopeo', ['copy', '--all', '--src-tls-verify=false', ...auth, `docker://${host}/${repository}:${tag}`, `oci:${out}:v`])
  const index = JSON.parse(readFileSync(join(out, 'index.json'), 'utf8')) as { manifests: { digest: string }[] }
  expect(index.manifests[0].digest).toBe(fixture.topDigest)
  for (const file of readdirSync(join(fixture.dir, 'blobs', 'sha256'))) {
    expect(readFileSync(join(out, 'blobs', 'sha256', file))).toEqual(readFileSync(join(fixture.dir, 'blobs', 'sha256', file)))
  }
}

/** Blobs before manifests, the index after its manifest, under its tag only (nothing is attached), and last. */
function expectSafeOrder(log: LoggedRequest[], tag: string): void {
  expectSafePushOrder(log, { top: fixture.topDigest, children: [fixture.images[0].manifestDigest], tags: [tag], byDigest: false })
}

/** After a break in the chunked layer upload: the status query, and the PATCH that continued where it said. */
function expectResumedAtRange(log: LoggedRequest[]): { status: LoggedRequest; resumed: LoggedRequest } {
  const faulted = log.find((r) => r.fault !== undefined && r.method === 'PATCH')!
  const status = log.find((r) => r.seq > faulted.seq && r.method === 'GET' && /\/blobs\/uploads\//.test(r.path))!
  expect(status.status).toBe(204)
  const resumed = log.find((r) => r.seq > status.seq && r.method === 'PATCH')!
  expect(startOf(resumed)).toBe(nextOffset(status.range))
  // No new session: the upload went on in the one it had.
  const session = (r: LoggedRequest): string => /\/blobs\/uploads\/([^?]+)/.exec(r.path)?.[1] ?? ''
  expect(session(status)).toBe(session(faulted))
  expect(session(resumed)).toBe(session(faulted))
  return { status, resumed }
}

describe('faults between the client and the registry', () => {
  test('a 500 on a PATCH: the upload asks the registry how far it got and continues at its Range', async () => {
    proxy.clear()
    proxy.inject({ when: nth('PATCH', 3), fault: { kind: 'status', status: 500 } })
    const delays: number[] = []
    const result = await publishWith({ image: `oci:${fixture.dir}:1.0`, to: `${proxy.host}/faults/patch500:1.0` }, { client: clientOptions(delays) })
    expect(result.error).toBeUndefined()
    const { resumed } = expectResumedAtRange(proxy.log)
    expect(startOf(resumed)).toBe(2 * CHUNK)
    expect(delays).toHaveLength(1)
    expectSafeOrder(proxy.log, '1.0')
    await expectImageIntact(registry.host, 'faults/patch500', '1.0')
  })

  test('a connection reset mid-PATCH before the registry saw it: the upload continues at the Range', async () => {
    proxy.clear()
    proxy.inject({ when: nth('PATCH', 2), fault: { kind: 'reset', afterBytes: 20_000 } })
    const result = await publishWith({ image: `oci:${fixture.dir}:1.0`, to: `${proxy.host}/faults/reset:1.0` }, { client: clientOptions() })
    expect(result.error).toBeUndefined()
    const { resumed } = expectResumedAtRange(proxy.log)
    expect(startOf(resumed)).toBe(CHUNK)
    expectSafeOrder(proxy.log, '1.0')
    await expectImageIntact(registry.host, 'faults/reset', '1.0')
  })

  test('a reset after the registry received part of a PATCH: what it reports is where the upload goes on, or it starts over', async () => {
    proxy.clear()
    proxy.inject({ when: nth('PATCH', 2), fault: { kind: 'reset', afterBytes: 20_000, forward: true } })
    const result = await publishWith({ image: `oci:${fixture.dir}:1.0`, to: `${proxy.host}/faults/partial:1.0` }, { client: clientOptions() })
    expect(result.error).toBeUndefined()
    const faulted = proxy.log.find((r) => r.fault === 'reset')!
    const status = proxy.log.find((r) => r.seq > faulted.seq && r.method === 'GET' && /\/blobs\/uploads\//.test(r.path))!
    const next = proxy.log.find((r) => r.seq > status.seq && (r.method === 'PATCH' || r.method === 'POST'))!
    if (status.status === 204) expect(startOf(next)).toBe(nextOffset(status.range))
    else expect(next.method).toBe('POST') // the registry dropped the session: a fresh upload from byte 0
    expectSafeOrder(proxy.log, '1.0')
    await expectImageIntact(registry.host, 'faults/partial', '1.0')
  })

  test('a reset in the middle of a monolithic PUT starts that blob over in a new session', async () => {
    proxy.clear()
    proxy.inject({
      when: (r) => r.method === 'PUT' && r.path.includes(encodeURIComponent(layer().digest)),
      fault: { kind: 'reset', afterBytes: 50_000, forward: true }
    })
    const result = await publishWith(
      { image: `oci:${fixture.dir}:1.0`, to: `${proxy.host}/faults/monolithic:1.0` },
      { client: clientOptions([], { chunkThreshold: 1024 * 1024 }) }
    )
    expect(result.error).toBeUndefined()
    const layerPuts = proxy.log.filter((r) => r.method === 'PUT' && r.path.includes(encodeURIComponent(layer().digest)))
    expect(layerPuts.map((r) => r.fault ?? r.status)).toEqual(['reset', 201])
    // Between them: HEAD (is it there after all?), then a new session.
    const between = proxy.log.filter((r) => r.seq > layerPuts[0].seq && r.seq < layerPuts[1].seq).map((r) => r.method)
    expect(between).toEqual(expect.arrayContaining(['HEAD', 'POST']))
    expect(proxy.log.filter((r) => r.method === 'PATCH')).toEqual([])
    await expectImageIntact(registry.host, 'faults/monolithic', '1.0')
  })

  test('a 429 with Retry-After is waited out for exactly as long as asked', async () => {
    proxy.clear()
    proxy.inject({
      when: nth('POST', 1),
      fault: { kind: 'status', status: 429, headers: { 'Retry-After': '7' }, body: '{"errors":[{"code":"TOOMANYREQUESTS","message":"slow down"}]}' }
    })
    const delays: number[] = []
    const result = await publishWith({ image: `oci:${fixture.dir}:1.0`, to: `${proxy.host}/faults/throttled:1.0` }, { client: clientOptions(delays) })
    expect(result.error).toBeUndefined()
    expect(delays).toEqual([7000])
    const limited = proxy.log.find((r) => r.fault === 'status')!
    expect(proxy.log.find((r) => r.seq > limited.seq && r.method === 'POST' && r.path === limited.path)?.status).toBe(202)
    expect(result.logger.text()).toMatch(/429 TOOMANYREQUESTS: slow down; retrying in 7\.0 s \(attempt 2 of 5\)/)
    await expectImageIntact(registry.host, 'faults/throttled', '1.0')
  })

  test('a 401 invalid_token mid-push: a new token is fetched and the same chunk sent again', async () => {
    tokenProxy.clear()
    const tokens = tokenRegistry.tokenServer!
    tokens.requests.length = 0
    const challenge = `Bearer realm="${tokens.realm}",service="${tokens.service}",scope="repository:faults/token:pull,push",error="invalid_token"`
    tokenProxy.inject({
      when: nth('PATCH', 2),
      fault: { kind: 'status', status: 401, headers: { 'WWW-Authenticate': challenge }, body: '{"errors":[{"code":"UNAUTHORIZED","message":"token expired"}]}' }
    })
    const result = await publishWith(
      { image: `oci:${fixture.dir}:1.0`, to: `${tokenProxy.host}/faults/token:1.0`, username: 'ci', password: 'ci-secret' },
      { client: clientOptions() }
    )
    expect(result.error).toBeUndefined()
    expect(tokens.requests.filter((r) => r.scopes.join(' ') === 'repository:faults/token:pull,push').map((r) => [r.subject, r.status])).toEqual([
      ['ci', 200],
      ['ci', 200]
    ])
    const rejected = tokenProxy.log.find((r) => r.fault === 'status')!
    const again = tokenProxy.log.find((r) => r.seq > rejected.seq && r.method === 'PATCH')!
    expect(again.contentRange).toBe(rejected.contentRange)
    expect(again.path).toBe(rejected.path)
    expect(again.status).toBe(202)
    expect(result.logger.text()).toMatch(/no longer accepts our token; fetching a new one/)
    await expectImageIntact(tokenRegistry.host, 'faults/token', '1.0', 'ci:ci-secret')
  })

  test('a slow link is not mistaken for a dead one: no timeouts, no restarts', async () => {
    proxy.clear()
    proxy.throttle(512 * 1024)
    const result = await publishWith(
      { image: `oci:${fixture.dir}:1.0`, to: `${proxy.host}/faults/slow:1.0` },
      { client: clientOptions([], { idleTimeoutMs: 2000 }) }
    )
    proxy.throttle(0)
    expect(result.error).toBeUndefined()
    expect(proxy.log.filter((r) => r.method === 'POST')).toHaveLength(2)
    expect(proxy.log.filter((r) => r.method === 'GET' && /\/blobs\/uploads\//.test(r.path))).toEqual([])
    expect(result.logger.text()).not.toMatch(/retrying|resuming/)
    await expectImageIntact(registry.host, 'faults/slow', '1.0')
  })

  test('a request that gets no answer times out and is sent again', async () => {
    proxy.clear()
    proxy.inject({ when: nth('HEAD', 1, /\/blobs\//), fault: { kind: 'stall' } })
    proxy.inject({ when: nth('PATCH', 4), fault: { kind: 'stall' } })
    const result = await publishWith(
      { image: `oci:${fixture.dir}:1.0`, to: `${proxy.host}/faults/stall:1.0` },
      { client: clientOptions([], { idleTimeoutMs: 300 }) }
    )
    expect(result.error).toBeUndefined()
    const stalledHead = proxy.log.find((r) => r.fault === 'stall' && r.method === 'HEAD')!
    expect(proxy.log.find((r) => r.seq > stalledHead.seq && r.method === 'HEAD' && r.path === stalledHead.path)?.status).toBe(404)
    expect(result.logger.text()).toMatch(/timed out/)
    const { resumed } = expectResumedAtRange(proxy.log)
    expect(startOf(resumed)).toBe(3 * CHUNK)
    await expectImageIntact(registry.host, 'faults/stall', '1.0')
  })

  test("a 4xx that means the request is wrong is reported with the registry's code, not retried, and no tag is written", async () => {
    proxy.clear()
    proxy.inject({
      when: (r) => r.method === 'PUT' && r.path.endsWith(`/manifests/${fixture.images[0].manifestDigest}`),
      fault: { kind: 'status', status: 400, body: '{"errors":[{"code":"MANIFEST_INVALID","message":"manifest invalid","detail":"schema says no"}]}' }
    })
    const result = await publishWith({ image: `oci:${fixture.dir}:1.0`, to: `${proxy.host}/faults/invalid:1.0` }, { client: clientOptions() })
    expect(result.error?.message).toMatch(
      /push manifest sha256:[a-f0-9]{64} to .*faults\/invalid: .* answered 400 MANIFEST_INVALID: manifest invalid \(schema says no\)/
    )
    expect(proxy.log.filter((r) => r.method === 'PUT' && /\/manifests\//.test(r.path))).toHaveLength(1)
    const tags = await run('skopeo', ['list-tags', '--tls-verify=false', `docker://${registry.host}/faults/invalid`]).then(
      (r) => JSON.parse(r.stdout).Tags as string[],
      () => []
    )
    expect(tags).toEqual([])
  })

  test('a fault that outlasts every attempt fails the push, and no tag points at the partial upload', async () => {
    proxy.clear()
    proxy.inject({ when: (r) => r.method === 'PATCH', fault: { kind: 'status', status: 503 }, times: 100 })
    const delays: number[] = []
    const result = await publishWith({ image: `oci:${fixture.dir}:1.0`, to: `${proxy.host}/faults/down:1.0`, retries: '3' }, { client: clientOptions(delays) })
    expect(result.error?.message).toMatch(/upload blob sha256:[a-f0-9]{64} \(\d+ bytes\) to .*faults\/down: bytes 0-65535: .* answered 503/)
    expect(delays).toHaveLength(2)
    expect(proxy.log.filter((r) => r.method === 'PATCH')).toHaveLength(3)
    expect(proxy.log.filter((r) => r.method === 'PUT' && /\/manifests\//.test(r.path))).toEqual([])
  })

  test('a registry that is down: a clear message after the configured attempts', async () => {
    const port = await freePort()
    const delays: number[] = []
    const result = await publishWith(
      { image: `oci:${fixture.dir}:1.0`, to: `127.0.0.1:${port}/faults/nothing:1.0`, retries: '3' },
      { client: clientOptions(delays) }
    )
    expect(result.error?.message).toBe(`check the registry API (GET /v2/): cannot reach 127.0.0.1:${port}: connection refused (after 3 attempts)`)
    expect(delays).toHaveLength(2)
  })

  test('a bad image and a registry that is down: the image is reported, and no rejection of the session opened early goes unhandled', async () => {
    const port = await freePort()
    const rejections: unknown[] = []
    const onRejection = (reason: unknown): void => void rejections.push(reason)
    process.on('unhandledRejection', onRejection)
    try {
      const result = await publishWith(
        { image: `oci:${fixture.dir}:no-such-tag`, to: `127.0.0.1:${port}/faults/nothing:1.0`, retries: '2' },
        { client: clientOptions([]) }
      )
      expect(result.error?.message).toMatch(/no-such-tag/)
      expect(result.error?.message).not.toMatch(/cannot reach/)
      // Whatever the early GET /v2/ came to has settled by now; nothing was left unhandled.
      await new Promise((resolve) => setTimeout(resolve, 50))
      expect(rejections).toEqual([])
    } finally {
      process.off('unhandledRejection', onRejection)
    }
  })
})
