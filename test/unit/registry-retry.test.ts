import { describe, expect, test } from '@jest/globals'
import { nextOffsetFromRange, referrersFallbackTag } from '../../src/registry/client.js'
import { isLoopbackHost } from '../../src/registry/http.js'
import { backoffDelay, DEFAULT_RETRY_POLICY, isRetryableNetworkError, isRetryableStatus, parseRetryAfter } from '../../src/registry/retry.js'

describe('backoff', () => {
  const policy = (random: number) => ({ ...DEFAULT_RETRY_POLICY, baseDelayMs: 1000, maxDelayMs: 8000, random: () => random })

  test('doubles per retry, with half of each step random, up to the cap', () => {
    expect([1, 2, 3, 4, 5, 6].map((retry) => backoffDelay(policy(0), retry))).toEqual([500, 1000, 2000, 4000, 4000, 4000])
    expect([1, 2, 3, 4, 5, 6].map((retry) => backoffDelay(policy(0.999999), retry))).toEqual([1000, 2000, 4000, 8000, 8000, 8000])
  })
})

describe('Retry-After', () => {
  const now = Date.parse('2026-03-01T12:00:00Z')
  test.each<[string | undefined, number | undefined]>([
    ['7', 7000],
    [' 0 ', 0],
    ['Sun, 01 Mar 2026 12:00:30 GMT', 30_000],
    ['Sun, 01 Mar 2026 11:59:00 GMT', 0],
    ['soon', undefined],
    [undefined, undefined]
  ])('%s → %s ms', (value, expected) => {
    expect(parseRetryAfter(value, now)).toBe(expected)
  })
})

describe('what is retried', () => {
  test.each<[number, boolean]>([
    [408, true],
    [429, true],
    [500, true],
    [502, true],
    [503, true],
    [504, true],
    [501, false],
    [505, false],
    [400, false],
    [401, false],
    [403, false],
    [404, false],
    [409, false],
    [416, false]
  ])('status %d: %s', (status, retryable) => {
    expect(isRetryableStatus(status)).toBe(retryable)
  })

  const errno = (code: string, message = code): Error => Object.assign(new Error(message), { code })
  test.each<[Error, boolean]>([
    [errno('ECONNRESET'), true],
    [errno('ECONNREFUSED'), true],
    [errno('EPIPE'), true],
    [errno('ETIMEDOUT'), true],
    [errno('EAI_AGAIN'), true],
    [new Error('socket hang up'), true],
    [errno('ENOTFOUND'), false],
    [errno('ERR_TLS_CERT_ALTNAME_INVALID'), false],
    [new Error('something else'), false]
  ])('%s: %s', (error, retryable) => {
    expect(isRetryableNetworkError(error)).toBe(retryable)
  })
})

describe('upload ranges and referrer tags', () => {
  test.each<[string | undefined, number | undefined]>([
    ['0-65535', 65536],
    ['bytes=0-1023', 1024],
    ['0-0', 0],
    ['garbage', undefined],
    [undefined, undefined]
  ])('Range %s → next offset %s', (range, offset) => {
    expect(nextOffsetFromRange(range)).toBe(offset)
  })

  test('the fallback tag of a digest', () => {
    expect(referrersFallbackTag(`sha256:${'ab'.repeat(32)}`)).toBe(`sha256-${'ab'.repeat(32)}`)
  })
})

describe('loopback bypasses proxies', () => {
  test.each<[string, boolean]>([
    ['localhost', true],
    ['registry.localhost', true],
    ['127.0.0.1', true],
    ['127.1.2.3', true],
    ['[::1]', true],
    ['::1', true],
    ['10.0.0.1', false],
    ['ghcr.io', false],
    ['localhost.example.com', false]
  ])('%s: %s', (host, loopback) => {
    expect(isLoopbackHost(host)).toBe(loopback)
  })
})
