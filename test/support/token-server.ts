/**
 * A small token service for the distribution registry's `token` auth (docs/spec/auth/token.md): it
 * signs ES256 JWTs with a throw-away key whose self-signed certificate the registry trusts, and
 * records every token request so tests can assert what was asked for.
 */
import { execFileSync } from 'node:child_process'
import { createPrivateKey, randomUUID, sign, type KeyObject } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { createServer, type IncomingMessage, type Server } from 'node:http'
import { join } from 'node:path'

export interface TokenRequest {
  method: string
  scopes: string[]
  /** The authenticated user; undefined for anonymous requests. */
  subject?: string
  grantType?: string
  status: number
  /** The Authorization header the request came with, as sent. */
  authorization?: string
}

export interface TokenServerOptions {
  /** username → password accepted with Basic auth (and with the OAuth2 password grant). */
  users?: Record<string, string>
  /** refresh token → subject, for the OAuth2 `refresh_token` grant (docker config `identitytoken`). */
  refreshTokens?: Record<string, string>
  /** What a subject gets on a repository; default: users get what they ask, anonymous gets pull only. */
  grant?: (subject: string | undefined, repository: string, actions: string[]) => string[]
  lifetimeSeconds?: number
}

export interface TokenServer {
  /** The realm the registry names in its challenges. */
  realm: string
  service: string
  issuer: string
  /** PEM certificate of the signing key, for the registry's `rootcertbundle`. */
  certPath: string
  requests: TokenRequest[]
  /** A token as the service would issue it, for tests that need one without asking. */
  mint(subject: string | undefined, access: { name: string; actions: string[] }[], lifetimeSeconds?: number): string
  close(): Promise<void>
}

function base64url(data: Buffer | string): string {
  return Buffer.from(data).toString('base64url')
}

function parseBasic(header: string | undefined): { user: string; password: string } | undefined {
  const match = /^Basic\s+(\S+)$/i.exec(header ?? '')
  if (!match) return undefined
  const decoded = Buffer.from(match[1], 'base64').toString('utf8')
  const colon = decoded.indexOf(':')
  return colon < 0 ? undefined : { user: decoded.slice(0, colon), password: decoded.slice(colon + 1) }
}

async function readAll(request: IncomingMessage): Promise<string> {
  let text = ''
  for await (const chunk of request) text += chunk
  return text
}

/** Starts the token service on a free loopback port; its key and certificate are written into `dir`. */
export async function startTokenServer(dir: string, options: TokenServerOptions = {}): Promise<TokenServer> {
  const keyPath = join(dir, 'token-key.pem')
  const certPath = join(dir, 'token-cert.pem')
  execFileSync('openssl', ['ecparam', '-name', 'prime256v1', '-genkey', '-noout', '-out', keyPath], { stdio: 'ignore' })
  execFileSync('openssl', ['req', '-new', '-x509', '-key', keyPath, '-out', certPath, '-days', '2', '-subj', '/CN=test-token-issuer'], { stdio: 'ignore' })
  const key: KeyObject = createPrivateKey(readFileSync(keyPath))
  const certDer = Buffer.from(
    readFileSync(certPath, 'utf8')
      .replace(/-----[^-]+-----/g, '')
      .replace(/\s+/g, ''),
    'base64'
  )
  const service = 'test-registry'
  const issuer = 'test-issuer'
  const users = options.users ?? {}
  const grant = options.grant ?? ((subject, _repository, actions) => (subject ? actions : actions.filter((a) => a === 'pull')))
  const requests: TokenRequest[] = []

  const mint = (subject: string | undefined, access: { name: string; actions: string[] }[], lifetime = options.lifetimeSeconds ?? 300): string => {
    const now = Math.floor(Date.now() / 1000)
    const header = { typ: 'JWT', alg: 'ES256', x5c: [certDer.toString('base64')] }
    const claims = {
      iss: issuer,
      sub: subject ?? '',
      aud: service,
      exp: now + lifetime,
      nbf: now - 5,
      iat: now,
      jti: randomUUID(),
      access: access.map((entry) => ({ type: 'repository', ...entry }))
    }
    const input = `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(claims))}`
    const signature = sign('sha256', Buffer.from(input), { key, dsaEncoding: 'ieee-p1363' })
    return `${input}.${base64url(signature)}`
  }

  const server: Server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://token')
    let scopes = url.searchParams.getAll('scope')
    let subject: string | undefined
    let grantType: string | undefined
    const deny = (status: number): void => {
      requests.push({ method: request.method ?? '', scopes, subject, grantType, status, authorization: request.headers.authorization })
      response.writeHead(status, { 'Content-Type': 'application/json' })
      response.end(JSON.stringify({ errors: [{ code: 'UNAUTHORIZED', message: 'authentication required' }] }))
    }
    if (request.method === 'POST') {
      const form = new URLSearchParams(await readAll(request))
      grantType = form.get('grant_type') ?? undefined
      scopes = (form.get('scope') ?? '').split(' ').filter(Boolean)
      if (grantType === 'refresh_token') subject = options.refreshTokens?.[form.get('refresh_token') ?? '']
      else if (grantType === 'password') subject = users[form.get('username') ?? ''] === form.get('password') ? (form.get('username') ?? undefined) : undefined
      if (!subject) return deny(401)
    } else {
      const basic = parseBasic(request.headers.authorization)
      if (basic) {
        if (users[basic.user] === undefined || users[basic.user] !== basic.password) return deny(401)
        subject = basic.user
      }
    }
    const access = scopes.flatMap((scope) => {
      const match = /^repository:([^:]+):(.+)$/.exec(scope)
      if (!match) return []
      const actions = grant(subject, match[1], match[2].split(','))
      return actions.length > 0 ? [{ name: match[1], actions }] : []
    })
    requests.push({ method: request.method ?? '', scopes, subject, grantType, status: 200, authorization: request.headers.authorization })
    const lifetime = options.lifetimeSeconds ?? 300
    const token = mint(subject, access, lifetime)
    response.writeHead(200, { 'Content-Type': 'application/json' })
    response.end(JSON.stringify({ token, access_token: token, expires_in: lifetime, issued_at: new Date().toISOString() }))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as { port: number }
  return {
    realm: `http://127.0.0.1:${port}/token`,
    service,
    issuer,
    certPath,
    requests,
    mint,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}
