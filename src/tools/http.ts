import { createWriteStream } from 'node:fs'
import { mkdir, rm } from 'node:fs/promises'
import type { IncomingHttpHeaders, OutgoingHttpHeaders } from 'node:http'
import { dirname } from 'node:path'
import { pipeline } from 'node:stream/promises'
import { HttpClient } from '@actions/http-client'
import { errorMessage } from '../runtime/errors.js'
import { hashingTap } from '../runtime/hashing-tap.js'
import type { Logger } from '../runtime/logger.js'

/** A non-2xx answer, kept whole so callers can classify it (404, rate limits). */
export class HttpStatusError extends Error {
  override readonly name = 'HttpStatusError'
  readonly status: number
  readonly url: string
  readonly headers: IncomingHttpHeaders
  readonly body: string

  constructor(status: number, url: string, headers: IncomingHttpHeaders, body: string) {
    super(`${url} answered HTTP ${status}`)
    this.status = status
    this.url = url
    this.headers = headers
    this.body = body
  }
}

/**
 * When and how long to wait between attempts. The default is @actions/tool-cache's (3 attempts,
 * 10–20 s apart); tests inject one that does not sleep.
 */
export interface RetryPolicy {
  attempts: number
  /** Milliseconds to wait before retry number `retry` (1 = the first retry). */
  delayMs(retry: number): number
  sleep(ms: number): Promise<void>
}

export const TOOL_CACHE_RETRY_POLICY: RetryPolicy = {
  attempts: 3,
  delayMs: () => 10_000 + Math.floor(Math.random() * 10_001),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms))
}

export const NO_WAIT_RETRY_POLICY: RetryPolicy = { attempts: 3, delayMs: () => 0, sleep: async () => undefined }

/** tool-cache's rule: server errors, 408 and 429 are worth another try; other 4xx are final. */
export function isRetryable(error: unknown): boolean {
  if (error instanceof HttpStatusError) return error.status >= 500 || error.status === 408 || error.status === 429
  return true
}

export interface DownloadResult {
  sha256: string
  bytes: number
}

const USER_AGENT = 'unikernel-actions/setup'

/** HTTP for the installer: @actions/http-client (proxy settings, redirects) with our own retries. */
export class ToolHttp {
  private readonly client = new HttpClient(USER_AGENT, [], { allowRetries: false, socketTimeout: 120_000 })
  private readonly retry: RetryPolicy
  private readonly logger: Logger

  constructor(retry: RetryPolicy, logger: Logger) {
    this.retry = retry
    this.logger = logger
  }

  /** Attempts `action` under the retry policy, saying in one line why it tries again. */
  async withRetries<T>(what: string, action: () => Promise<T>, retryable: (error: unknown) => boolean = isRetryable): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await action()
      } catch (error) {
        if (attempt >= this.retry.attempts || !retryable(error)) throw error
        const delay = this.retry.delayMs(attempt)
        this.logger.info(
          `${what} failed (${errorMessage(error)}); trying again in ${Math.round(delay / 1000)} s (attempt ${attempt + 1} of ${this.retry.attempts})`
        )
        await this.retry.sleep(delay)
      }
    }
  }

  /** Streams `url` into `dest`, hashing on the way; a failed attempt leaves no file behind. */
  download(url: string, dest: string, headers: OutgoingHttpHeaders = {}): Promise<DownloadResult> {
    return this.withRetries(`Downloading ${url}`, async () => {
      await mkdir(dirname(dest), { recursive: true })
      const response = await this.client.get(url, headers)
      const status = response.message.statusCode ?? 0
      if (status !== 200) {
        const body = await response.readBody().catch(() => '')
        throw new HttpStatusError(status, url, response.message.headers, body)
      }
      const tap = hashingTap()
      try {
        await pipeline(response.message, tap.stream, createWriteStream(dest))
        const expected = Number(response.message.headers['content-length'])
        if (Number.isFinite(expected) && expected !== tap.bytes()) throw new Error(`incomplete download: ${tap.bytes()} of ${expected} bytes`)
      } catch (error) {
        await rm(dest, { force: true })
        throw error
      }
      return { sha256: tap.hex(), bytes: tap.bytes() }
    })
  }

  /** GET with a text body; non-2xx throws HttpStatusError. */
  async get(
    url: string,
    headers: OutgoingHttpHeaders = {},
    retryable: (error: unknown) => boolean = isRetryable
  ): Promise<{ body: string; headers: IncomingHttpHeaders }> {
    return this.withRetries(
      `GET ${url}`,
      async () => {
        const response = await this.client.get(url, headers)
        const status = response.message.statusCode ?? 0
        const body = await response.readBody()
        if (status < 200 || status >= 300) throw new HttpStatusError(status, url, response.message.headers, body)
        return { body, headers: response.message.headers }
      },
      retryable
    )
  }
}
