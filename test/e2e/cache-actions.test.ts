import { afterEach, beforeEach, describe, expect, jest, test } from '@jest/globals'
import { BlockBlobClient } from '@azure/storage-blob'
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { setImmediate as ioTurn } from 'node:timers/promises'
import { ActionsCacheBackend } from '../../src/cache/index.js'
import { MemoryLogger } from '../../src/runtime/logger.js'
import { changeEnvironment } from '../support/environment.js'
import { startFakeCacheService, useFakeCacheServiceInProcess, type FakeCacheService } from '../support/fake-cache-service.js'

// The real @actions/cache against the fake service when things go wrong: the cache must never fail a step.
let fake: FakeCacheService
let work: string
let build: string
let restoreEnv: () => void
let stdout: string
let logger: MemoryLogger
let backend: ActionsCacheBackend

beforeEach(async () => {
  fake = await startFakeCacheService()
  work = mkdtempSync(join(tmpdir(), 'cache-actions-'))
  build = join(work, 'build')
  mkdirSync(build)
  writeFileSync(join(build, 'state.o'), 'object')
  restoreEnv = useFakeCacheServiceInProcess(fake, { RUNNER_TEMP: join(work, 'runner-temp'), GITHUB_WORKSPACE: work })
  stdout = ''
  jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += String(chunk)
    return true
  })
  logger = new MemoryLogger()
  backend = new ActionsCacheBackend(logger)
})

afterEach(async () => {
  jest.restoreAllMocks()
  restoreEnv()
  await fake.close()
  rmSync(work, { recursive: true, force: true })
})

/**
 * Runs `work` with the retry back-off of @actions/cache (3 s growing ×1.5, 5 attempts) and of the Azure
 * SDK (4 s doubling) on fake timers, so a test of "the service keeps failing" takes no half minute.
 */
async function withoutRetryBackoff<T>(work: () => Promise<T>): Promise<T> {
  jest.useFakeTimers({ doNotFake: ['Date', 'hrtime', 'nextTick', 'performance', 'queueMicrotask', 'setImmediate', 'clearImmediate'] })
  try {
    let settled = false
    const result = work().finally(() => (settled = true))
    while (!settled) {
      await jest.advanceTimersByTimeAsync(1000)
      await ioTurn()
    }
    return await result
  } finally {
    jest.useRealTimers()
  }
}

const calls = (method: string) => fake.requests.filter((r) => r.path.endsWith(`/${method}`)).length
const uploads = () => fake.requests.filter((r) => r.method === 'PUT').length

describe('the Actions cache backend when the service fails', () => {
  test('a lookup answering 500 every time is retried, then a warning and a miss, not an exception', async () => {
    fake.fail('GetCacheEntryDownloadURL')
    expect(await withoutRetryBackoff(() => backend.restore([build], 'key-1', ['key-']))).toBeUndefined()
    expect(calls('GetCacheEntryDownloadURL')).toBe(5)
    expect(stdout).toMatch(/::warning::Failed to restore: .*\(500\)/)
  })

  test('a download answering 500 is a warning and a miss; nothing is extracted', async () => {
    expect(await backend.save([build], 'key-1')).toBe(true)
    rmSync(build, { recursive: true })
    fake.fail('download')
    expect(await backend.restore([build], 'key-1', [])).toBeUndefined()
    expect(stdout).toMatch(/::warning::Failed to restore: downloadCache failed: Cache service responded with 500/)
    expect(existsSync(build)).toBe(false)
  })

  test('a reservation answering 500 every time saves nothing and returns false', async () => {
    fake.fail('CreateCacheEntry')
    expect(await withoutRetryBackoff(() => backend.save([build], 'key-1'))).toBe(false)
    expect(calls('CreateCacheEntry')).toBe(5)
    expect(uploads()).toBe(0)
    expect(fake.entries()).toEqual([])
  })

  test('an upload answering 500 saves nothing and returns false, with a warning', async () => {
    fake.fail('upload')
    expect(await withoutRetryBackoff(() => backend.save([build], 'key-1'))).toBe(false)
    expect(uploads()).toBeGreaterThan(1)
    expect(calls('FinalizeCacheEntryUpload')).toBe(0)
    expect(fake.entries()).toEqual([])
    expect(stdout).toMatch(/::warning::Failed to save: /)
  })

  test('one 500 is retried and the save goes through', async () => {
    fake.fail('CreateCacheEntry', 500, 1)
    expect(await withoutRetryBackoff(() => backend.save([build], 'key-1'))).toBe(true)
    expect(calls('CreateCacheEntry')).toBe(2)
    expect(fake.entries().map((e) => e.key)).toEqual(['key-1'])
  })

  test('saving an existing key is an info line, not a warning, and uploads nothing', async () => {
    expect(await backend.save([build], 'key-1')).toBe(true)
    const before = uploads()
    stdout = ''
    expect(await backend.save([build], 'key-1')).toBe(false)
    expect(uploads()).toBe(before)
    expect(stdout).toMatch(/Failed to save: Unable to reserve cache with key key-1/)
    expect(stdout).not.toMatch(/::warning::/)
    expect(logger.text('warning')).toBe('')
  })

  test('an invalid key (with a comma) is a warning, not an exception', async () => {
    expect(await backend.save([build], 'a,b')).toBe(false)
    expect(await backend.restore([build], 'a,b', [])).toBeUndefined()
    expect(logger.text('warning')).toMatch(/Failed to save the cache: Key Validation Error: a,b cannot contain commas/)
    expect(fake.requests).toEqual([])
  })

  test('without ACTIONS_RESULTS_URL the service is unavailable: a warning, and nothing is attempted', async () => {
    // Put back by afterEach's restoreEnv, which restores the whole environment.
    changeEnvironment({ ACTIONS_RESULTS_URL: undefined })
    expect(await backend.restore([build], 'key-1', [])).toBeUndefined()
    expect(await backend.save([build], 'key-1')).toBe(false)
    expect(logger.text('warning')).toMatch(/The Actions cache service is not available to this step/)
    expect(fake.requests).toEqual([])
  })
})

describe('the fake cache service', () => {
  const twirp = async (method: string, body: object) => {
    const response = await fetch(`${fake.url}twirp/github.actions.results.api.v1.CacheService/${method}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${fake.env.ACTIONS_RUNTIME_TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify(body)
    })
    return { status: response.status, body: (await response.json()) as Record<string, string> }
  }

  test('stores a chunked upload as @azure/storage-blob sends it (blocks, then a block list) and serves ranges', async () => {
    const created = await twirp('CreateCacheEntry', { key: 'chunked', version: 'v' })
    expect(created.body.ok).toBe(true)
    const content = Buffer.from(Array.from({ length: 5000 }, (_, i) => i % 251))
    await new BlockBlobClient(created.body.signed_upload_url).uploadData(content, { blockSize: 1024, maxSingleShotSize: 1024, concurrency: 2 })
    expect(fake.requests.filter((r) => r.query.includes('comp=block&')).length).toBe(5)
    expect(fake.requests.filter((r) => r.query.includes('comp=blocklist')).length).toBe(1)
    expect((await twirp('FinalizeCacheEntryUpload', { key: 'chunked', version: 'v', size_bytes: '5000' })).body).toEqual({ ok: true, entry_id: '1' })
    const found = await twirp('GetCacheEntryDownloadURL', { key: 'chunk', version: 'v' })
    expect(found.body.matched_key).toBe('chunked')
    const whole = await fetch(found.body.signed_download_url)
    expect(Buffer.from(await whole.arrayBuffer()).equals(content)).toBe(true)
    const part = await fetch(found.body.signed_download_url, { headers: { range: 'bytes=1000-1999' } })
    expect(part.status).toBe(206)
    expect(Buffer.from(await part.arrayBuffer()).equals(content.subarray(1000, 2000))).toBe(true)
  })

  test('refuses a second entry for the same key and version, a wrong token and a wrong signature', async () => {
    const created = await twirp('CreateCacheEntry', { key: 'once', version: 'v' })
    expect((await twirp('CreateCacheEntry', { key: 'once', version: 'v' })).status).toBe(409)
    expect((await twirp('CreateCacheEntry', { key: 'once', version: 'other' })).body.ok).toBe(true)
    const wrongToken = await fetch(`${fake.url}twirp/github.actions.results.api.v1.CacheService/CreateCacheEntry`, {
      method: 'POST',
      body: '{"key":"k","version":"v"}'
    })
    expect(wrongToken.status).toBe(401)
    const forged = created.body.signed_upload_url.replace(/sig=\w+/, 'sig=forged')
    expect((await fetch(forged, { method: 'PUT', headers: { 'x-ms-blob-type': 'BlockBlob' }, body: 'x' })).status).toBe(403)
    // Not visible before it is finalized.
    expect((await twirp('GetCacheEntryDownloadURL', { key: 'once', version: 'v' })).body.ok).toBe(false)
  })
})
