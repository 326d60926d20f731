/**
 * The one retry policy of every HTTP client in the suite (the GitHub API, tool downloads, OCI
 * registries): which failures are worth another attempt, how long to wait, and the loop that waits.
 * Every part of the policy is injectable so tests never sleep.
 */
import type { Logger } from '../runtime/logger.js'

export interface RetryPolicy {
  /** Attempts per request (1 = no retry). */
  attempts: number
  /** The first backoff step; each further attempt doubles it, up to maxDelayMs. */
  baseDelayMs: number
  maxDelayMs: number
  /** A server asking to wait longer than this (`Retry-After`, a rate limit's reset) is not waited for: the request fails instead. */
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

export function retryPolicy(overrides: Partial<RetryPolicy> = {}): RetryPolicy {
  return { ...DEFAULT_RETRY_POLICY, ...overrides }
}

/**
 * Statuses that say "try again later" rather than "your request is wrong": 408, 429 and the 5xx
 * family except 501 Not Implemented and 505 HTTP Version Not Supported, which no later attempt changes.
 */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 429 || (status >= 500 && status <= 599 && status !== 501 && status !== 505)
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
  'UND_ERR_SOCKET',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
  // A transfer below the minimum rate (registry/http.ts): as good as lost, and worth another attempt.
  'ESLOWTRANSFER'
])

/** The error that says what happened on the wire: fetch wraps it as the `cause` of a TypeError. */
function rootCause(error: unknown): unknown {
  let current = error
  for (let depth = 0; depth < 5 && current instanceof Error && current.cause !== undefined && (current as NodeJS.ErrnoException).code === undefined; depth++) {
    current = current.cause
  }
  return current
}

/** A connection that broke, was refused or went silent; DNS names that do not exist are not retried. */
export function isRetryableNetworkError(error: unknown): boolean {
  const cause = rootCause(error)
  const code = (cause as NodeJS.ErrnoException | undefined)?.code
  if (code !== undefined && RETRYABLE_CODES.has(code)) return true
  const message = cause instanceof Error ? cause.message : ''
  return /socket hang up|aborted|premature close|other side closed/i.test(message)
}

/** A short, stable description of a network error for logs and messages. */
export function describeNetworkError(error: unknown): string {
  const cause = rootCause(error)
  const code = (cause as NodeJS.ErrnoException | undefined)?.code
  const message = cause instanceof Error ? cause.message : String(cause)
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

/**
 * The wait before retry number `retry` (1 for the first retry): exponential backoff with "equal
 * jitter" (half fixed, half random) so that parallel requests hitting the same fault spread out.
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

export type AnswerVerdict =
  /** Another attempt may succeed; wait `delayMs` when the server said how long, else the backoff. */
  | { retry: true; delayMs?: number }
  /** Final; `waitMs` when the server asked for a wait longer than the policy's maxRetryAfterMs. */
  | { retry: false; waitMs?: number }

/**
 * What to do about an HTTP answer, one decision for every client: its status says whether to try
 * again, and `Retry-After` (or, when no requests remain, GitHub's `x-ratelimit-reset`) how long to wait.
 */
export function answerVerdict(policy: RetryPolicy, status: number, header: (name: string) => string | undefined): AnswerVerdict {
  if (!isRetryableStatus(status)) return { retry: false }
  const now = policy.now()
  let wait = parseRetryAfter(header('retry-after'), now)
  const reset = Number(header('x-ratelimit-reset'))
  if (wait === undefined && header('x-ratelimit-remaining') === '0' && Number.isFinite(reset) && reset > 0) wait = Math.max(0, reset * 1000 - now)
  if (wait !== undefined && wait > policy.maxRetryAfterMs) return { retry: false, waitMs: wait }
  return wait === undefined ? { retry: true } : { retry: true, delayMs: wait }
}

/**
 * Thrown by an attempt that another attempt may fix. `reason` goes into the log line; `cause` is what
 * the caller gets when no attempts are left.
 */
export class TryAgain extends Error {
  override readonly name = 'TryAgain'
  constructor(
    readonly reason: string,
    cause: unknown,
    /** How long the server asked us to wait; the backoff when undefined. */
    readonly delayMs?: number
  ) {
    super(reason, { cause })
  }
}

/**
 * Runs `attempt` until it returns, throws anything but TryAgain, or the policy's attempts are spent
 * (then the last TryAgain's cause is thrown). Each wait is one log line: what, why, how long, which attempt.
 */
export async function withRetries<T>(
  policy: RetryPolicy,
  what: string,
  logger: Pick<Logger, 'info'> | undefined,
  attempt: (n: number, last: boolean) => Promise<T>
): Promise<T> {
  for (let n = 1; ; n++) {
    const last = n >= policy.attempts
    try {
      return await attempt(n, last)
    } catch (error) {
      if (!(error instanceof TryAgain)) throw error
      if (last) throw error.cause
      const delay = error.delayMs ?? backoffDelay(policy, n)
      logger?.info(`${what}: ${error.reason}; retrying in ${(delay / 1000).toFixed(1)} s (attempt ${n + 1} of ${policy.attempts})`)
      await policy.sleep(delay)
    }
  }
}
