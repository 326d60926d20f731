/**
 * The fetch the GitHub client sends its requests through: undici's, with the suite's proxy rule
 * (net/proxy.ts), retry policy (net/retry.ts), and redirects followed here rather than by undici, so
 * that credentials never follow a redirect to another origin. Loaded only with the GitHub client.
 */
import { Agent, fetch as undiciFetch, Headers, ProxyAgent, type Dispatcher, type RequestInit, type Response } from 'undici'
import type { Logger } from '../runtime/logger.js'
import { proxyFor } from './proxy.js'
import { answerVerdict, describeNetworkError, isRetryableNetworkError, retryPolicy, TryAgain, withRetries, type RetryPolicy } from './retry.js'

export interface SuiteFetchOptions {
  /** Where HTTP(S)_PROXY / NO_PROXY are read from. */
  env: NodeJS.ProcessEnv
  retry?: Partial<RetryPolicy>
  logger?: Pick<Logger, 'info'>
}

export type SuiteFetch = (input: string | URL, init?: RequestInit) => Promise<Response>

/** Headers that carry credentials: dropped when a redirect leaves the origin (scheme, host or port). */
const CREDENTIAL_HEADERS = ['authorization', 'cookie', 'proxy-authorization']
/** Methods that may be sent again: the others (POST, PATCH) may have been acted on before the answer was lost. */
const REPEATABLE_METHODS = new Set(['GET', 'HEAD', 'PUT', 'DELETE', 'OPTIONS'])
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308])
const MAX_REDIRECTS = 10

export function suiteFetch(options: SuiteFetchOptions): SuiteFetch {
  const policy = retryPolicy(options.retry)
  const dispatchers = new Map<string, Dispatcher>()
  const dispatcherFor = (url: URL): Dispatcher => {
    const proxy = proxyFor(url, options.env)
    const key = proxy?.href ?? 'direct'
    let dispatcher = dispatchers.get(key)
    if (!dispatcher) {
      dispatcher = proxy ? new ProxyAgent({ uri: proxy.href }) : new Agent()
      dispatchers.set(key, dispatcher)
    }
    return dispatcher
  }

  /** One hop: the request under the retry policy, no redirect followed. */
  const send = (url: URL, init: RequestInit, method: string): Promise<Response> => {
    const repeatable =
      REPEATABLE_METHODS.has(method) && (init.body === undefined || init.body === null || typeof init.body === 'string' || init.body instanceof Uint8Array)
    const attempts = repeatable ? policy : { ...policy, attempts: 1 }
    return withRetries(attempts, `${method} ${url.origin}${url.pathname}`, options.logger, async (_attempt, last) => {
      let response: Response
      try {
        response = await undiciFetch(url, { ...init, method, redirect: 'manual', dispatcher: dispatcherFor(url) })
      } catch (error) {
        // fetch says only "fetch failed"; what happened is in its cause.
        const failure = new Error(`cannot reach ${url.host}: ${describeNetworkError(error)}`, { cause: error })
        throw isRetryableNetworkError(error) ? new TryAgain(describeNetworkError(error), failure) : failure
      }
      if (last) return response
      const verdict = answerVerdict(policy, response.status, (name) => response.headers.get(name) ?? undefined)
      if (!verdict.retry) return response
      await response.body?.cancel()
      throw new TryAgain(`HTTP ${response.status}`, new Error(`HTTP ${response.status}`), verdict.delayMs)
    })
  }

  return async (input, init = {}) => {
    let url = new URL(String(input))
    let method = (init.method ?? 'GET').toUpperCase()
    const headers = new Headers(init.headers)
    let body = init.body
    for (let hops = 0; ; hops++) {
      const response = await send(url, { ...init, headers, body }, method)
      const location = response.headers.get('location')
      if (init.redirect === 'manual' || !REDIRECT_STATUSES.has(response.status) || !location) return response
      await response.body?.cancel()
      if (init.redirect === 'error' || hops >= MAX_REDIRECTS)
        throw new Error(`${method} ${url.origin}${url.pathname}: too many redirects, or a redirect where none was expected`)
      const next = new URL(location, url)
      if (next.origin !== url.origin) for (const name of CREDENTIAL_HEADERS) headers.delete(name)
      // As browsers do: 303 always, and 301/302 after a POST, continue as a GET without the body.
      if ((response.status === 303 && method !== 'HEAD') || ((response.status === 301 || response.status === 302) && method === 'POST')) {
        method = 'GET'
        body = undefined
        headers.delete('content-type')
        headers.delete('content-length')
      }
      url = next
    }
  }
}
