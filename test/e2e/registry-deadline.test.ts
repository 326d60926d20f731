import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { createServer, type Server, type Socket } from 'node:net'
import { bootEntries, fakeKernel, writeOciFixture, type FixtureLayout } from '../support/oci-fixture.js'
import { instantRetries, publishWith } from '../support/registry.js'
import { opensslKeyPair, runInProcess } from '../support/signing.js'
import { signAction } from '../../src/actions/sign.js'
import { verifyAction } from '../../src/actions/verify.js'
import { TempDirs } from '../support/temp-dirs.js'

// Registries that never finish: one that says nothing, one that trickles its answer a byte at a time
// (so that no idle timeout ever fires). The whole operation has a limit; a transfer has a minimum rate.
let fixture: FixtureLayout
const temps = new TempDirs()
const servers: Server[] = []
const sockets = new Set<Socket>()

/** A raw TCP server on loopback; `onConnection` decides what (if anything) is ever written. */
async function rawServer(onConnection: (socket: Socket) => void): Promise<string> {
  const server = createServer((socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
    socket.on('error', () => undefined)
    onConnection(socket)
  })
  servers.push(server)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return `127.0.0.1:${(server.address() as { port: number }).port}`
}

/** Reads nothing, answers nothing. */
const silent = (): Promise<string> => rawServer(() => undefined)

/** Starts an answer, then sends one byte of a header every `everyMs` for ever: the connection is never idle. */
function trickling(everyMs: number): Promise<string> {
  return rawServer((socket) => {
    socket.write('HTTP/1.1 200 OK\r\nX-Trickle: ')
    const timer = setInterval(() => socket.write('a'), everyMs)
    socket.on('close', () => clearInterval(timer))
  })
}

beforeAll(async () => {
  fixture = await writeOciFixture(temps.make('registry-deadline-'), {
    images: [{ arch: 'amd64', entries: bootEntries({ kernel: fakeKernel('deadline') }) }],
    tags: ['1.0']
  })
})

afterAll(() => {
  for (const socket of sockets) socket.destroy()
  for (const server of servers) server.close()
  temps.removeAll()
})

describe('registry-timeout', () => {
  test('a registry that never answers fails the publish at the limit, named, not after the idle timeouts of every attempt', async () => {
    const host = await silent()
    const result = await publishWith({ image: `oci:${fixture.dir}:1.0`, to: `${host}/acme/web:1.0`, 'registry-timeout': '2' })
    expect(result.error?.message).toBe(`registry-timeout: publishing to ${host} took more than 2 s`)
  }, 30_000)

  test('a registry trickling its answer (never idle) fails the publish at the limit', async () => {
    const host = await trickling(100)
    const result = await publishWith({ image: `oci:${fixture.dir}:1.0`, to: `${host}/acme/web:1.0`, 'registry-timeout': '2', 'registry-min-rate': '0' })
    expect(result.error?.message).toBe(`registry-timeout: publishing to ${host} took more than 2 s`)
  }, 30_000)

  test('the limit also ends a wait between attempts', async () => {
    const host = await silent()
    // Each attempt gives up after 200 ms of silence; the backoff between them is long.
    const result = await publishWith(
      { image: `oci:${fixture.dir}:1.0`, to: `${host}/acme/web:1.0`, 'registry-timeout': '1', retries: '5' },
      { client: { idleTimeoutMs: 200, retry: { baseDelayMs: 60_000, maxDelayMs: 60_000, random: () => 0.5 } } }
    )
    expect(result.error?.message).toBe(`registry-timeout: publishing to ${host} took more than 1 s`)
    expect(result.logger.text()).toMatch(/retrying in 45\.0 s \(attempt 2 of 5\)/)
  }, 30_000)

  test.each([
    ['0', 'is out of range'],
    ['soon', 'is not a whole number']
  ])('`registry-timeout: %s` is refused, naming the input', async (value, expected) => {
    const result = await publishWith({ image: `oci:${fixture.dir}:1.0`, to: `127.0.0.1:1/acme/web:1.0`, 'registry-timeout': value })
    expect(result.error?.message).toContain(`input \`registry-timeout\`: \`${value}\` ${expected}`)
  })
})

describe('registry-timeout in sign and verify', () => {
  const digest = `sha256:${'ab'.repeat(32)}`

  test('verify against a registry that never answers fails at the limit, named', async () => {
    const host = await silent()
    const run = await runInProcess(verifyAction, { image: `${host}/acme/web@${digest}`, key: opensslKeyPair().publicPem, 'registry-timeout': '1' })
    expect(run.error?.message).toBe(`registry-timeout: verifying on ${host} took more than 1 s`)
  }, 30_000)

  test('sign against a registry that never answers fails at the limit, named', async () => {
    const host = await silent()
    const run = await runInProcess(signAction, { image: `${host}/acme/web@${digest}`, key: opensslKeyPair().privatePem, 'registry-timeout': '1' })
    expect(run.error?.message).toBe(`registry-timeout: signing on ${host} took more than 1 s`)
  }, 30_000)
})

describe('registry-min-rate', () => {
  test('a transfer below the minimum rate is aborted and tried again; the failure names the rate', async () => {
    const host = await trickling(100)
    const delays: number[] = []
    const result = await publishWith(
      { image: `oci:${fixture.dir}:1.0`, to: `${host}/acme/web:1.0`, 'registry-min-rate': '1K', retries: '2' },
      { client: { ...instantRetries(delays), rateWindowMs: 300 } }
    )
    const slow = `\\d+ bytes to and from ${host} in 0.3 s, below the minimum rate of 1024 bytes/s \\(registry-min-rate\\)`
    expect(result.error?.message).toMatch(new RegExp(`^check the registry API \\(GET /v2/\\): too slow: ${slow} \\(after 2 attempts\\)$`))
    expect(delays).toHaveLength(1)
  }, 30_000)

  test('`registry-min-rate` that is not a rate is refused, naming the input', async () => {
    const result = await publishWith({ image: `oci:${fixture.dir}:1.0`, to: `127.0.0.1:1/acme/web:1.0`, 'registry-min-rate': 'fast' })
    expect(result.error?.message).toContain('input `registry-min-rate`: `fast` is not a rate in bytes per second')
  })
})
