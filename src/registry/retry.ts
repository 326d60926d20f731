/** How the registry client waits between attempts; every part is injectable so tests never sleep. */
export interface RetryPolicy {
  /** Attempts per request (1 = no retry). */
  attempts: number
  /** The first backoff step; each further attempt doubles it, up to maxDelayMs. */
  baseDelayMs: number
  maxDelayMs: number
  /** A `Retry-After` longer than this is not waited for: the request fails instead. */
  maxRetryAfterMs: number
  sleep(ms: number): Promise<void>
  /** In [0, 1): the jitter source. */
  random(): number
  now(): number
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  attempts: 5,
  baseDelayMs: 1000,
  maxDelayMs: 30_000,
  maxRetryAfterMs: 120_000,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  random: Math.random,
  now: Date.now
}

/**
 * The wait before retry number `retry` (1 for the first retry): exponential backoff with "equal
 * jitter" (half fixed, half random) so that parallel uploads hitting the same fault spread out.
 */
export function backoffDelay(policy: RetryPolicy, retry: number): number {
  const step = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, retry - 1))
  return Math.round(step / 2 + (policy.random() * step) / 2)
}

/** `Retry-After` as milliseconds: delta-seconds or an HTTP date; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | undefined, now: number): number | undefined {
  if (value === undefined) return undefined
  const trimmed = value.trim()
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000
  const date = Date.parse(trimmed)
  if (Number.isNaN(date)) return undefined
  return Math.max(0, date - now)
}

/** Statuses that say "try again later" rather than "your request is wrong". */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 429 || (status >= 500 && status !== 501 && status !== 505)
}

const RETRYABLE_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENETDOWN',
  'UND_ERR_SOCKET'
])

/** A connection that broke, was refused or went silent; DNS names that do not exist are not retried. */
export function isRetryableNetworkError(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  if (code !== undefined && RETRYABLE_CODES.has(code)) return true
  const message = error instanceof Error ? error.message : ''
  return /socket hang up|aborted|premature close/i.test(message)
}

/** A short, stable description of a network error for logs and messages. */
export function describeNetworkError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  const message = error instanceof Error ? error.message : String(error)
  const names: Record<string, string> = {
    ECONNREFUSED: 'connection refused',
    ECONNRESET: 'connection reset',
    EPIPE: 'connection closed while sending',
    ETIMEDOUT: 'timed out',
    ENOTFOUND: 'host not found',
    EAI_AGAIN: 'DNS lookup failed'
  }
  return code && names[code] ? names[code] : message
}
