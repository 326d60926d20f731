import { createWriteStream } from 'node:fs'
import { mkdir, rm } from 'node:fs/promises'
import type { IncomingHttpHeaders, OutgoingHttpHeaders } from 'node:http'
import { dirname } from 'node:path'
import { pipeline } from 'node:stream/promises'
import { HttpClient, type HttpClientResponse } from '@actions/http-client'
import { answerVerdict, describeNetworkError, isRetryableNetworkError, TryAgain, withRetries, type RetryPolicy } from '../net/retry.js'
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

export interface DownloadResult {
  sha256: string
  bytes: number
}

const USER_AGENT = 'unikernel-actions/setup'
const MAX_REDIRECTS = 10
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308])
/** Headers that carry credentials: dropped when a redirect leaves the origin (scheme, host or port). */
const CREDENTIAL_HEADERS = new Set(['authorization', 'cookie', 'proxy-authorization'])

class IncompleteDownloadError extends Error {
  override readonly name = 'IncompleteDownloadError'
}

/** Another attempt for a lost connection, a short download or a "try later" answer; anything else is final. */
function retryable(error: unknown, policy: RetryPolicy): unknown {
  if (error instanceof HttpStatusError) {
    const verdict = answerVerdict(policy, error.status, (name) => {
      const value = error.headers[name]
      return Array.isArray(value) ? value.join(', ') : value
    })
    return verdict.retry ? new TryAgain(`HTTP ${error.status}`, error, verdict.delayMs) : error
  }
  if (error instanceof IncompleteDownloadError || isRetryableNetworkError(error)) return new TryAgain(describeNetworkError(error), error)
  return error
}

/** HTTP for the installer: @actions/http-client (proxy settings, redirects) under the suite's retry policy. */
export class ToolHttp {
  // Redirects are followed here: @actions/http-client keeps the token when only the port or scheme changes.
  private readonly client = new HttpClient(USER_AGENT, [], { allowRetries: false, allowRedirects: false, socketTimeout: 120_000 })
  private readonly retry: RetryPolicy
  private readonly logger: Logger

  constructor(retry: RetryPolicy, logger: Logger) {
    this.retry = retry
    this.logger = logger
  }

  private withRetries<T>(what: string, action: () => Promise<T>): Promise<T> {
    return withRetries(this.retry, what, this.logger, async () => {
      try {
        return await action()
      } catch (error) {
        throw retryable(error, this.retry)
      }
    })
  }

  /** GET, following redirects; credentials never go to an origin other than the one they were given for. */
  private async follow(url: string, headers: OutgoingHttpHeaders): Promise<HttpClientResponse> {
    let current = new URL(url)
    let sent = headers
    for (let hops = 0; ; hops++) {
      const response = await this.client.get(current.href, sent)
      const location = response.message.headers.location
      if (!REDIRECT_STATUSES.has(response.message.statusCode ?? 0) || !location || hops >= MAX_REDIRECTS) return response
      response.message.resume()
      const next = new URL(location, current)
      if (current.protocol === 'https:' && next.protocol !== 'https:')
        throw new Error(`${current.origin} redirected to ${next.origin}: not following a redirect from HTTPS to HTTP`)
      if (next.origin !== current.origin) sent = Object.fromEntries(Object.entries(sent).filter(([name]) => !CREDENTIAL_HEADERS.has(name.toLowerCase())))
      current = next
    }
  }

  /** Streams `url` into `dest`, hashing on the way; a failed attempt leaves no file behind. */
  download(url: string, dest: string, headers: OutgoingHttpHeaders = {}): Promise<DownloadResult> {
    return this.withRetries(`Downloading ${url}`, async () => {
      await mkdir(dirname(dest), { recursive: true })
      const response = await this.follow(url, headers)
      const status = response.message.statusCode ?? 0
      if (status !== 200) {
        const body = await response.readBody().catch(() => '')
        throw new HttpStatusError(status, url, response.message.headers, body)
      }
      const tap = hashingTap()
      try {
        await pipeline(response.message, tap.stream, createWriteStream(dest))
        const expected = Number(response.message.headers['content-length'])
        if (Number.isFinite(expected) && expected !== tap.bytes()) throw new IncompleteDownloadError(`incomplete download: ${tap.bytes()} of ${expected} bytes`)
      } catch (error) {
        await rm(dest, { force: true })
        throw error
      }
      return { sha256: tap.hex(), bytes: tap.bytes() }
    })
  }

  /** GET with a text body; non-2xx throws HttpStatusError. */
  async get(url: string, headers: OutgoingHttpHeaders = {}): Promise<{ body: string; headers: IncomingHttpHeaders }> {
    return this.withRetries(`GET ${url}`, async () => {
      const response = await this.follow(url, headers)
      const status = response.message.statusCode ?? 0
      const body = await response.readBody()
      if (status < 200 || status >= 300) throw new HttpStatusError(status, url, response.message.headers, body)
      return { body, headers: response.message.headers }
    })
  }
}
