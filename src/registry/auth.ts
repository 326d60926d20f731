/** What a registry accepts as who we are. Secrets never appear in messages; `source` does. */
export interface RegistryCredentials {
  username?: string
  password?: string
  /** An OAuth2 refresh token (docker config `identitytoken`), exchanged at the token realm. */
  identityToken?: string
  /** A bearer token sent as is (docker config `registrytoken`). */
  registryToken?: string
  /** Where they came from, for messages: "the `username`/`password` inputs", "docker config ~/.docker/config.json". */
  source?: string
}

export function hasCredentials(credentials: RegistryCredentials | undefined): boolean {
  return Boolean(credentials && (credentials.password || credentials.identityToken || credentials.registryToken))
}

/** One challenge of a `WWW-Authenticate` header: `Bearer realm="…",service="…",scope="…"`. */
export interface Challenge {
  scheme: string
  params: Record<string, string>
}

/**
 * Parses a `WWW-Authenticate` header (RFC 9110 §11.6.1): several challenges, each a scheme and
 * comma-separated `key=value` or `key="quoted, value"` parameters. Keys are lower-cased.
 */
export function parseWwwAuthenticate(value: string): Challenge[] {
  const challenges: Challenge[] = []
  let i = 0
  const skip = (pattern: RegExp): void => {
    while (i < value.length && pattern.test(value[i])) i++
  }
  const token = (): string => {
    const start = i
    while (i < value.length && /[!#$%&'*+\-.^_`|~0-9A-Za-z/=]/.test(value[i]) && !(value[i] === '=' && i > start)) i++
    return value.slice(start, i)
  }
  while (i < value.length) {
    skip(/[\s,]/)
    if (i >= value.length) break
    const scheme = token()
    if (scheme === '') {
      i++
      continue
    }
    const challenge: Challenge = { scheme: scheme.toLowerCase(), params: {} }
    challenges.push(challenge)
    for (;;) {
      skip(/[\s,]/)
      const start = i
      const key = token()
      skip(/\s/)
      if (key === '' || value[i] !== '=') {
        // Not a parameter: the next challenge's scheme (or a token68, which registries do not use).
        i = start
        break
      }
      i++
      skip(/\s/)
      let param = ''
      if (value[i] === '"') {
        i++
        while (i < value.length && value[i] !== '"') {
          if (value[i] === '\\' && i + 1 < value.length) i++
          param += value[i++]
        }
        i++
      } else {
        const begin = i
        while (i < value.length && value[i] !== ',' && !/\s/.test(value[i])) i++
        param = value.slice(begin, i)
      }
      challenge.params[key.toLowerCase()] = param
    }
  }
  return challenges
}

/** `repository:<name>:pull` or `repository:<name>:pull,push`, as the token spec writes scopes. */
export function repositoryScope(repository: string, actions: readonly ('pull' | 'push')[]): string {
  return `repository:${repository}:${actions.join(',')}`
}

/** Scopes a challenge asks for, split out of its space-separated `scope` parameter. */
export function challengeScopes(challenge: Challenge): string[] {
  return (challenge.params.scope ?? '').split(' ').filter((scope) => scope !== '')
}

/**
 * Whether `granted` scopes cover `wanted`: same resource, and every wanted action among the granted
 * ones (`repository:a:pull,push` covers `repository:a:pull`).
 */
export function scopesCover(granted: readonly string[], wanted: readonly string[]): boolean {
  const actions = new Map<string, Set<string>>()
  for (const scope of granted) {
    const colon = scope.lastIndexOf(':')
    const resource = scope.slice(0, colon)
    const set = actions.get(resource) ?? new Set<string>()
    for (const action of scope.slice(colon + 1).split(',')) set.add(action)
    actions.set(resource, set)
  }
  return wanted.every((scope) => {
    const colon = scope.lastIndexOf(':')
    const have = actions.get(scope.slice(0, colon))
    return (
      have !== undefined &&
      scope
        .slice(colon + 1)
        .split(',')
        .every((action) => have.has(action) || have.has('*'))
    )
  })
}

/** Merges scopes for the same resource (`repository:a:pull` + `repository:a:push` → `repository:a:pull,push`), sorted. */
export function mergeScopes(scopes: readonly string[]): string[] {
  const actions = new Map<string, Set<string>>()
  for (const scope of scopes) {
    const colon = scope.lastIndexOf(':')
    const resource = scope.slice(0, colon)
    const set = actions.get(resource) ?? new Set<string>()
    for (const action of scope.slice(colon + 1).split(',')) if (action) set.add(action)
    actions.set(resource, set)
  }
  const order = (action: string): string => (action === 'pull' ? '0' : action === 'push' ? '1' : `2${action}`)
  return [...actions.entries()].map(([resource, set]) => `${resource}:${[...set].sort((a, b) => order(a).localeCompare(order(b))).join(',')}`).sort()
}

export function basicAuthorization(username: string, password: string): string {
  return `Basic ${Buffer.from(`${username}:${password}`, 'utf8').toString('base64')}`
}

/** The URL of a token request (docs/spec/auth/token.md): `realm?service=…&scope=…&scope=…`. */
export function tokenRequestUrl(challenge: Challenge, scopes: readonly string[], account?: string): URL {
  const url = new URL(challenge.params.realm)
  if (challenge.params.service) url.searchParams.set('service', challenge.params.service)
  for (const scope of scopes) url.searchParams.append('scope', scope)
  if (account) url.searchParams.set('account', account)
  return url
}

export interface BearerToken {
  token: string
  /** Epoch milliseconds after which the token is not used again. */
  expiresAt: number
}

/** Parses a token response: `token` or `access_token`; `expires_in` (default 60 s) from `issued_at` or now. */
export function parseTokenResponse(json: unknown, now: number): BearerToken {
  const body = (typeof json === 'object' && json !== null ? json : {}) as Record<string, unknown>
  const token = typeof body.token === 'string' && body.token !== '' ? body.token : body.access_token
  if (typeof token !== 'string' || token === '') throw new Error('the token response holds neither `token` nor `access_token`')
  const lifetime = typeof body.expires_in === 'number' && body.expires_in > 0 ? body.expires_in : 60
  const issued = typeof body.issued_at === 'string' ? Date.parse(body.issued_at) : Number.NaN
  const start = Number.isNaN(issued) ? now : Math.min(issued, now)
  // Renew a little early, so a token never expires between our check and the registry's.
  return { token, expiresAt: start + Math.max(1, lifetime - 10) * 1000 }
}
