import { describe, expect, test } from '@jest/globals'
import {
  answerVerdict,
  backoffDelay,
  DEFAULT_RETRY_POLICY,
  describeNetworkError,
  isRetryableNetworkError,
  isRetryableStatus,
  parseRetryAfter,
  TryAgain,
  withRetries
} from '../../src/net/retry.js'
import { MemoryLogger } from '../../src/runtime/logger.js'
import { instantRetryPolicy } from '../support/retry.js'

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

describe('the verdict on an answer', () => {
  const policy = instantRetryPolicy([], { now: () => Date.parse('2026-03-01T12:00:00Z') })
  const headers =
    (values: Record<string, string>) =>
    (name: string): string | undefined =>
      values[name]

  test('a retryable status without a hint waits the backoff; with Retry-After, what it asks', () => {
    expect(answerVerdict(policy, 503, headers({}))).toEqual({ retry: true })
    expect(answerVerdict(policy, 429, headers({ 'retry-after': '7' }))).toEqual({ retry: true, delayMs: 7000 })
  })

  test('a final status is final whatever it asks', () => {
    expect(answerVerdict(policy, 501, headers({ 'retry-after': '1' }))).toEqual({ retry: false })
    expect(answerVerdict(policy, 403, headers({ 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '1772366410' }))).toEqual({ retry: false })
  })

  test('a wait longer than the policy allows is not waited for', () => {
    expect(answerVerdict(policy, 429, headers({ 'retry-after': '3600' }))).toEqual({ retry: false, waitMs: 3_600_000 })
  })

  test("GitHub's rate-limit reset counts as the wait when no requests remain", () => {
    const reset = String(Date.parse('2026-03-01T12:00:10Z') / 1000)
    expect(answerVerdict(policy, 429, headers({ 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset }))).toEqual({ retry: true, delayMs: 10_000 })
    const later = String(Date.parse('2026-03-01T13:00:00Z') / 1000)
    expect(answerVerdict(policy, 429, headers({ 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': later }))).toEqual({ retry: false, waitMs: 3_600_000 })
  })
})

describe('the retry loop', () => {
  test('tries again on TryAgain with one log line per wait, and returns the first success', async () => {
    const waits: number[] = []
    const logger = new MemoryLogger()
    let calls = 0
    const result = await withRetries(instantRetryPolicy(waits, { baseDelayMs: 1000 }), 'GET /x', logger, async (attempt) => {
      calls++
      if (attempt === 1) throw new TryAgain('503 busy', new Error('final'))
      if (attempt === 2) throw new TryAgain('429 slow down', new Error('final'), 7000)
      return 'done'
    })
    expect(result).toBe('done')
    expect(calls).toBe(3)
    expect(waits).toEqual([750, 7000])
    expect(logger.text()).toMatch(/GET \/x: 503 busy; retrying in 0\.8 s \(attempt 2 of 5\)\n.*GET \/x: 429 slow down; retrying in 7\.0 s \(attempt 3 of 5\)/)
  })

  test('throws the last cause once the attempts are spent, and anything else at once', async () => {
    let calls = 0
    const final = new Error('the last answer')
    await expect(
      withRetries(instantRetryPolicy([], { attempts: 3 }), 'x', undefined, async () => {
        calls++
        throw new TryAgain('busy', final)
      })
    ).rejects.toBe(final)
    expect(calls).toBe(3)

    calls = 0
    await expect(
      withRetries(instantRetryPolicy(), 'x', undefined, async () => {
        calls++
        throw new Error('a 404 is an answer')
      })
    ).rejects.toThrow('a 404 is an answer')
    expect(calls).toBe(1)
  })

  test('the attempt knows whether it is the last, to return an answer instead of asking again', async () => {
    const seen: [number, boolean][] = []
    await withRetries(instantRetryPolicy([], { attempts: 2 }), 'x', undefined, async (attempt, last) => {
      seen.push([attempt, last])
      if (!last) throw new TryAgain('busy', new Error('final'))
    })
    expect(seen).toEqual([
      [1, false],
      [2, true]
    ])
  })
})

describe('network errors wrapped by fetch', () => {
  test('the cause decides, and describes', () => {
    const refused = new TypeError('fetch failed', { cause: Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' }) })
    const unknownHost = new TypeError('fetch failed', { cause: Object.assign(new Error('getaddrinfo ENOTFOUND x.test'), { code: 'ENOTFOUND' }) })
    expect(isRetryableNetworkError(refused)).toBe(true)
    expect(describeNetworkError(refused)).toBe('connection refused')
    expect(isRetryableNetworkError(unknownHost)).toBe(false)
    expect(describeNetworkError(unknownHost)).toBe('host not found')
  })
})
