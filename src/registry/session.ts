import type { Logger } from '../runtime/logger.js'
import {
  basicAuthorization,
  challengeScopes,
  hasCredentials,
  mergeScopes,
  parseTokenResponse,
  parseWwwAuthenticate,
  scopesCover,
  tokenRequestUrl,
  type BearerToken,
  type Challenge,
  type RegistryCredentials
} from './auth.js'
import { describeErrorBody, RegistryAuthError, RegistryError } from './errors.js'
import { sleepUnless, type RegistryDeadline } from './deadline.js'
import { BodySourceError, discard, header, HttpSlowError, HttpTransport, readBody, type HttpRequest, type HttpResponse } from './http.js'
import {
  answerVerdict,
  DEFAULT_RETRY_POLICY,
  describeNetworkError,
  isRetryableNetworkError,
  isRetryableStatus,
  TryAgain,
  withRetries,
  type RetryPolicy
} from '../net/retry.js'

export interface SessionOptions {
  /** Reach the registry over plain HTTP. */
  insecure?: boolean
  retry?: Partial<RetryPolicy>
  /** Shared between sessions to share connections; one is made (and closed with the session) otherwise. */
  transport?: HttpTransport
  env?: NodeJS.ProcessEnv
  idleTimeoutMs?: number
  logger?: Logger
  userAgent?: string
  /** The limit on the whole operation's registry work (`registry-timeout`). */
  deadline?: RegistryDeadline
  /** The slowest a transfer may go before it is aborted and retried (`registry-min-rate`), over `rateWindowMs`. */
  minBytesPerSecond?: number
  rateWindowMs?: number
}

export interface SendOptions {
  /** Token scopes the request needs (`repository:a/b:pull,push`). */
  scopes: readonly string[]
  /** What the request does, for messages: "upload blob sha256:… to acme/web". */
  what: string
  /** Retry on network errors and retryable statuses; off for requests whose body cannot simply be sent again. */
  retry?: boolean
}

const SILENT_LOGGER: Logger = {
  debug: () => undefined,
  info: () => undefined,
  warning: () => undefined,
  error: () => undefined,
  notice: () => undefined,
  group: (_name, fn) => fn()
}

/** Docker Hub is named `docker.io` in references; its API lives elsewhere. */
export function apiHost(registry: string): string {
  return registry === 'docker.io' || registry === 'index.docker.io' ? 'registry-1.docker.io' : registry
}

/** Auth retries per request: a token refresh, then a scope upgrade; a third 401 is an answer. */
const MAX_AUTH_ROUNDS = 3

/**
 * One registry host: its base URL, credentials, what its `/v2/` challenge asked for, a token cache
 * per scope set, and the retry loop every request goes through. Repository clients share a session.
 */
export class RegistrySession {
  /** `http://…` for an insecure registry until its `/v2/` says it speaks only TLS; then `https://…`. */
  baseUrl: URL
  readonly policy: RetryPolicy
  readonly logger: Logger
  private readonly transport: HttpTransport
  private readonly ownsTransport: boolean
  private readonly userAgent: string
  private challenge: Challenge | undefined
  private readonly tokens: { scopes: string[]; token: BearerToken }[] = []
  /** Token requests in flight, so that parallel requests needing the same scopes wait for one answer. */
  private readonly pendingTokens = new Map<string, Promise<BearerToken>>()
  private readonly deadline: { signal: AbortSignal; release(): void } | undefined
  /** Why the credentials were not sent to the token realm, when they were not. */
  private withheld: string | undefined

  constructor(
    /** `ghcr.io`, `127.0.0.1:5000`. */
    readonly registry: string,
    readonly credentials: RegistryCredentials | undefined,
    options: SessionOptions = {}
  ) {
    this.baseUrl = new URL(`${options.insecure ? 'http' : 'https'}://${apiHost(registry)}/`)
    const policy = { ...DEFAULT_RETRY_POLICY, ...options.retry }
    this.deadline = options.deadline?.forRegistry(registry)
    const signal = this.deadline?.signal
    // A wait between attempts ends with the deadline, and no attempt starts after it.
    this.policy = signal ? { ...policy, sleep: (ms) => sleepUnless(signal, policy.sleep, ms) } : policy
    this.logger = options.logger ?? SILENT_LOGGER
    this.ownsTransport = options.transport === undefined
    this.transport =
      options.transport ??
      new HttpTransport({
        env: options.env,
        idleTimeoutMs: options.idleTimeoutMs,
        minBytesPerSecond: options.minBytesPerSecond,
        rateWindowMs: options.rateWindowMs
      })
    this.userAgent = options.userAgent ?? 'unikernel-actions'
  }

  url(path: string): URL {
    return new URL(path, this.baseUrl)
  }

  close(): void {
    this.deadline?.release()
    if (this.ownsTransport) this.transport.close()
  }

  /**
   * `GET /v2/`: proves this is a registry and learns how it wants us to authenticate. A registry
   * reached over plain HTTP (loopback, `insecure`) that answers "this port speaks TLS" (Go's and
   * nginx's 400 for a plain request on a TLS port) is asked again over HTTPS, with the certificate
   * verified as for any other registry.
   */
  async ping(): Promise<void> {
    const what = 'check the registry API (GET /v2/)'
    const response = await this.exchange({ method: 'GET', url: this.url('/v2/') }, what, true)
    if (response.status === 401) {
      await discard(response)
      this.learnChallenge(response)
      return
    }
    if (response.status === 200) return void (await discard(response))
    const body = await readBody(response).catch(() => Buffer.alloc(0))
    if (response.status === 400 && this.baseUrl.protocol === 'http:' && /\bHTTPS\b/i.test(body.toString('utf8'))) {
      this.logger.info(`${this.registry} speaks only TLS on this port; using HTTPS`)
      this.baseUrl = new URL(`https://${this.baseUrl.host}/`)
      return this.ping()
    }
    if (response.status === 404) throw new RegistryError(`${this.registry} is not an OCI registry: GET /v2/ answered 404`, 404)
    throw this.failure(what, response, body)
  }

  /** Sends a registry request with authentication, token refresh and retries; returns the final answer (any status). */
  async send(request: HttpRequest, options: SendOptions): Promise<HttpResponse> {
    let authRounds = 0
    let scopes = options.scopes
    for (;;) {
      let sent: { value: string; fresh: boolean } | undefined
      // Asked again on every attempt: a token may have been refreshed by a parallel request meanwhile.
      const authorize = async (): Promise<Record<string, string>> => {
        sent = this.sameOrigin(request.url) ? await this.authorization(scopes, options.what) : undefined
        return sent ? { Authorization: sent.value } : {}
      }
      const response = await this.exchange(request, options.what, options.retry !== false, authorize)
      if (response.status === 401 && this.sameOrigin(request.url)) {
        const body = await readBody(response).catch(() => Buffer.alloc(0))
        if (authRounds++ >= MAX_AUTH_ROUNDS) throw this.authFailure(options.what, response, body)
        scopes = this.onUnauthorized(response, body, options.what, scopes, sent?.value, sent?.fresh ?? false)
        continue
      }
      return response
    }
  }

  /**
   * A request under the retry policy (one attempt when `retry` is false): lost connections and
   * "try later" answers are tried again; the last answer is returned whatever its status.
   */
  async exchange(request: HttpRequest, what: string, retry: boolean, authorize?: () => Promise<Record<string, string>>): Promise<HttpResponse> {
    const policy = retry ? this.policy : { ...this.policy, attempts: 1 }
    const signal = this.deadline?.signal
    return withRetries(policy, what, this.logger, async (attempt, last) => {
      if (signal?.aborted) throw signal.reason as Error
      const headers = { 'User-Agent': this.userAgent, ...request.headers, ...(authorize ? await authorize() : {}) }
      let response: HttpResponse
      try {
        response = await this.transport.request({ ...request, headers, signal })
      } catch (error) {
        if (signal?.aborted) throw signal.reason as Error
        if (error instanceof BodySourceError) throw new RegistryError(`${what}: ${error.message}`)
        const transient = isRetryableNetworkError(error)
        const attempts = attempt > 1 ? ` (after ${attempt} attempts)` : ''
        const problem = error instanceof HttpSlowError ? `too slow: ${error.message}` : `cannot reach ${request.url.host}: ${describeNetworkError(error)}`
        const failure = new RegistryError(`${what}: ${problem}${attempts}`, undefined, undefined, transient)
        throw transient ? new TryAgain(describeNetworkError(error), failure) : failure
      }
      if (last) return response
      const verdict = answerVerdict(this.policy, response.status, (name) => header(response, name))
      if (!verdict.retry && verdict.waitMs === undefined) return response
      const body = await readBody(response).catch(() => Buffer.alloc(0))
      if (!verdict.retry) throw this.failure(what, response, body, ` (it asks to retry after ${Math.round(verdict.waitMs! / 1000)} s, longer than we wait)`)
      const { text } = describeErrorBody(body)
      throw new TryAgain(`${response.status}${text ? ` ${text}` : ''}`, this.failure(what, response, body), verdict.delayMs)
    })
  }

  private sameOrigin(url: URL): boolean {
    return url.origin === this.baseUrl.origin
  }

  private learnChallenge(response: HttpResponse): Challenge | undefined {
    const challenges = parseWwwAuthenticate(header(response, 'www-authenticate') ?? '')
    const chosen = challenges.find((c) => c.scheme === 'bearer' && c.params.realm) ?? challenges.find((c) => c.scheme === 'basic')
    if (chosen) this.challenge = chosen
    return chosen
  }

  private async authorization(scopes: readonly string[], what: string): Promise<{ value: string; fresh: boolean } | undefined> {
    const challenge = this.challenge
    if (!challenge) return undefined
    if (challenge.scheme === 'basic') {
      const { username, password } = this.credentials ?? {}
      return username !== undefined && password ? { value: basicAuthorization(username, password), fresh: false } : undefined
    }
    if (this.credentials?.registryToken) return { value: `Bearer ${this.credentials.registryToken}`, fresh: false }
    const now = this.policy.now()
    const cached = this.tokens.find((entry) => entry.token.expiresAt > now && scopesCover(entry.scopes, scopes))
    if (cached) return { value: `Bearer ${cached.token.token}`, fresh: false }
    const merged = mergeScopes(scopes)
    const key = merged.join(' ')
    let pending = this.pendingTokens.get(key)
    if (!pending) {
      pending = this.fetchToken(challenge, merged, what).then(
        (token) => {
          this.pendingTokens.delete(key)
          this.forget(merged)
          this.tokens.push({ scopes: merged, token })
          return token
        },
        (error: unknown) => {
          this.pendingTokens.delete(key)
          throw error
        }
      )
      this.pendingTokens.set(key, pending)
    }
    const token = await pending
    return { value: `Bearer ${token.token}`, fresh: true }
  }

  private forget(scopes: readonly string[]): void {
    const key = scopes.join(' ')
    for (let i = this.tokens.length - 1; i >= 0; i--) if (this.tokens[i].scopes.join(' ') === key) this.tokens.splice(i, 1)
  }

  /**
   * Decides what a 401 means and returns the scopes to ask for next. A stale or revoked token
   * (`invalid_token`), or a scope we had not asked for, is refreshed and the request sent again; a
   * refusal of a token we just obtained for everything asked is the answer.
   */
  private onUnauthorized(
    response: HttpResponse,
    body: Buffer,
    what: string,
    scopes: readonly string[],
    sent: string | undefined,
    sentFresh: boolean
  ): readonly string[] {
    const previous = this.challenge
    const challenge = this.learnChallenge(response)
    if (!challenge) throw this.unusableChallenge(what, response)
    if (challenge.scheme === 'basic') {
      if (!this.credentials?.password) throw this.missingCredentials(what)
      if (previous?.scheme === 'basic' && sent !== undefined) throw this.authFailure(what, response, body)
      return scopes
    }
    const asked = challengeScopes(challenge)
    if (sent === undefined || !sent.startsWith('Bearer ')) return mergeScopes([...scopes, ...asked])
    if (!scopesCover(scopes, asked)) return mergeScopes([...scopes, ...asked])
    if (sentFresh || this.credentials?.registryToken) throw this.authFailure(what, response, body)
    if (challenge.params.error === 'invalid_token') this.logger.info(`${what}: the registry no longer accepts our token; fetching a new one`)
    // Drop every cached token that would be chosen again for this request.
    for (let i = this.tokens.length - 1; i >= 0; i--) if (scopesCover(this.tokens[i].scopes, scopes)) this.tokens.splice(i, 1)
    return scopes
  }

  /**
   * Whether credentials may go to a token realm: the registry's own host (any port), or another host
   * over HTTPS; never plain HTTP to another host, where anyone on the path could read them.
   * Undefined when they may; otherwise why not, for the log and for a refusal's message.
   */
  private realmWithholds(realm: URL): string | undefined {
    if (realm.hostname === this.baseUrl.hostname) return undefined
    if (realm.protocol === 'https:') return undefined
    const where = `${this.baseUrl.hostname} or over HTTPS`
    return `credentials are sent to a token service only on ${where}, and ${this.registry} names ${realm.href}, on another host over plain HTTP`
  }

  private async fetchToken(challenge: Challenge, scopes: readonly string[], what: string): Promise<BearerToken> {
    const realm = challenge.params.realm
    const realmUrl = this.realmUrl(realm, what)
    const withheld = hasCredentials(this.credentials) ? this.realmWithholds(realmUrl) : undefined
    if (withheld && !this.withheld) this.logger.warning(`${this.registry}: ${withheld}; asking for a token without them`)
    this.withheld = withheld
    const credentials = withheld ? undefined : this.credentials
    let request: HttpRequest
    if (credentials?.identityToken) {
      const form = new URLSearchParams({ grant_type: 'refresh_token', refresh_token: credentials.identityToken, client_id: this.userAgent })
      if (challenge.params.service) form.set('service', challenge.params.service)
      if (scopes.length > 0) form.set('scope', scopes.join(' '))
      request = { method: 'POST', url: realmUrl, headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: Buffer.from(form.toString()) }
    } else {
      const headers: Record<string, string> = {}
      if (credentials?.username !== undefined && credentials.password) headers.Authorization = basicAuthorization(credentials.username, credentials.password)
      request = { method: 'GET', url: tokenRequestUrl(challenge, scopes, credentials?.username), headers }
    }
    const response = await this.exchange(request, `${what}: get a token from ${realmUrl.host}`, true)
    const body = await readBody(response, 1024 * 1024).catch(() => Buffer.alloc(0))
    if (response.status === 401 || response.status === 403) {
      if (!hasCredentials(credentials)) throw this.missingCredentials(what)
      throw new RegistryAuthError(
        `${what}: the token service of ${this.registry} (${realm}) refused the credentials${this.whose()}: ${response.status}${describeSuffix(body)}`,
        response.status
      )
    }
    if (response.status < 200 || response.status >= 300) throw this.failure(`${what}: get a token from ${realm}`, response, body)
    try {
      return parseTokenResponse(JSON.parse(body.toString('utf8')), this.policy.now())
    } catch (error) {
      throw new RegistryError(`${what}: the token service ${realm} sent an unusable answer: ${(error as Error).message}`)
    }
  }

  /** A 401 whose `WWW-Authenticate` names no scheme we can answer: nothing was sent, so nothing was rejected. */
  private unusableChallenge(what: string, response: HttpResponse): RegistryAuthError {
    const raw = header(response, 'www-authenticate')
    const shown =
      raw === undefined || raw.trim() === '' ? 'no WWW-Authenticate header' : `\`WWW-Authenticate: ${raw.length > 200 ? `${raw.slice(0, 200)}…` : raw}\``
    return new RegistryAuthError(
      `${what}: ${this.registry} answered 401 with ${shown}, which names neither a Bearer realm nor Basic; no credentials were sent`,
      401
    )
  }

  /** The token realm of a Bearer challenge, which must be an http(s) URL with a host. */
  private realmUrl(realm: string, what: string): URL {
    let url: URL | undefined
    try {
      url = new URL(realm)
    } catch {
      url = undefined
    }
    if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:') || url.hostname === '') {
      throw new RegistryError(`${what}: ${this.registry} names the token service \`${realm}\`, which is not an http(s) URL with a host`)
    }
    return url
  }

  private whose(): string {
    const credentials = this.credentials
    if (!credentials) return ''
    const user = credentials.username ? ` of \`${credentials.username}\`` : ''
    return `${user}${credentials.source ? ` (from ${credentials.source})` : ''}`
  }

  private missingCredentials(what: string): RegistryAuthError {
    if (this.withheld) return new RegistryAuthError(`${what}: ${this.registry} requires credentials, and they were not sent: ${this.withheld}`, 401)
    return new RegistryAuthError(
      `${what}: ${this.registry} requires credentials and none were given (set \`username\` and \`password\`, or log in so a docker config holds them)`,
      401
    )
  }

  private authFailure(what: string, response: HttpResponse, body: Buffer): RegistryAuthError {
    const challenge = this.challenge
    const error = challenge?.params.error
    const { code, text } = describeErrorBody(body)
    if ((!hasCredentials(this.credentials) || this.withheld) && (error === undefined || error === 'insufficient_scope')) {
      const scope = challenge ? challengeScopes(challenge).join(' ') : ''
      const denied = error === 'insufficient_scope' ? ` (anonymous access does not grant ${scope})` : ''
      return new RegistryAuthError(`${this.missingCredentials(what).message}${denied}`, response.status, code)
    }
    if (error === 'insufficient_scope') {
      return new RegistryAuthError(
        `${what}: the credentials${this.whose()} do not grant ${challengeScopes(challenge!).join(' ') || 'the access needed'} on ${this.registry}`,
        response.status,
        code
      )
    }
    return new RegistryAuthError(
      `${what}: ${this.registry} rejected the credentials${this.whose()}: ${response.status}${text ? ` ${text}` : ''}`,
      response.status,
      code
    )
  }

  /** An error for an answer we cannot use, with the registry's own error code and message. */
  failure(what: string, response: HttpResponse, body: Buffer, suffix = ''): RegistryError {
    const { code, text } = describeErrorBody(body)
    const message = `${what}: ${this.registry} answered ${response.status}${text ? ` ${text}` : ''}${suffix}`
    if (response.status === 401 || response.status === 403) return new RegistryAuthError(message, response.status, code)
    return new RegistryError(message, response.status, code, isRetryableStatus(response.status))
  }
}

function describeSuffix(body: Buffer): string {
  const { text } = describeErrorBody(body)
  return text ? ` ${text}` : ''
}
