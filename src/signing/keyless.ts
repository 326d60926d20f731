/**
 * Keyless signing's environment: whether an OIDC token can be had, which Sigstore instance to use
 * (as `@actions/attest` chooses: public repositories → the public-good instance, anything else →
 * GitHub's own, so a private repository's name never reaches a public log), and the token itself.
 */
import { readFileSync } from 'node:fs'
import { inputError } from '../runtime/errors.js'

export const PUBLIC_GOOD = { fulcioUrl: 'https://fulcio.sigstore.dev', rekorUrl: 'https://rekor.sigstore.dev' }
export const OIDC_AUDIENCE = 'sigstore'

export interface SigstoreEndpoints {
  instance: 'public-good' | 'github' | 'custom'
  fulcioUrl: string
  rekorUrl?: string
  tsaUrl?: string
}

export interface EndpointOverrides {
  fulcioUrl?: string
  rekorUrl?: string
  tsaUrl?: string
  /** The `tlog` input; undefined = the instance's own choice. */
  tlog?: boolean
}

/** The event payload the runner wrote (`GITHUB_EVENT_PATH`), or {} outside GitHub. */
export function eventPayload(env: NodeJS.ProcessEnv): Record<string, unknown> {
  if (!env.GITHUB_EVENT_PATH) return {}
  try {
    return JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as Record<string, unknown>
  } catch {
    return {}
  }
}

export function repositoryVisibility(env: NodeJS.ProcessEnv): string | undefined {
  const repository = eventPayload(env).repository as { visibility?: unknown } | undefined
  return typeof repository?.visibility === 'string' ? repository.visibility : undefined
}

export function oidcAvailable(env: NodeJS.ProcessEnv): boolean {
  return Boolean((env.ACTIONS_ID_TOKEN_REQUEST_URL && env.ACTIONS_ID_TOKEN_REQUEST_TOKEN) || env.SIGSTORE_ID_TOKEN)
}

function githubInstance(env: NodeJS.ProcessEnv): { fulcioUrl: string; tsaUrl: string } {
  let host = new URL(env.GITHUB_SERVER_URL || 'https://github.com').hostname
  if (host === 'github.com') host = 'githubapp.com'
  return { fulcioUrl: `https://fulcio.${host}`, tsaUrl: `https://timestamp.${host}` }
}

/** Keyless endpoints: explicit URLs first, then the instance the repository's visibility calls for. */
export function keylessEndpoints(env: NodeJS.ProcessEnv, overrides: EndpointOverrides): SigstoreEndpoints {
  const publicRepository = repositoryVisibility(env) === 'public'
  const instance: SigstoreEndpoints['instance'] = overrides.fulcioUrl ? 'custom' : publicRepository ? 'public-good' : 'github'
  const base: SigstoreEndpoints =
    instance === 'public-good'
      ? { instance, ...PUBLIC_GOOD }
      : instance === 'github'
        ? { instance, ...githubInstance(env) }
        : { instance, fulcioUrl: overrides.fulcioUrl! }
  const endpoints: SigstoreEndpoints = { ...base }
  if (overrides.rekorUrl) endpoints.rekorUrl = overrides.rekorUrl
  if (overrides.tsaUrl) endpoints.tsaUrl = overrides.tsaUrl
  if (overrides.tlog === false) delete endpoints.rekorUrl
  if (overrides.tlog === true && !endpoints.rekorUrl) {
    if (instance === 'github') {
      throw inputError(
        'tlog',
        "is true, but GitHub's Sigstore instance (chosen for a repository that is not public, so its name stays out of public logs) " +
          'has no transparency log; give `rekor-url` or set tlog: false'
      )
    }
    endpoints.rekorUrl = PUBLIC_GOOD.rekorUrl
  }
  if (!endpoints.rekorUrl && !endpoints.tsaUrl) {
    throw inputError(
      'tlog',
      'is false and no `tsa-url` is given: ' +
        'a keyless signature needs a transparency log entry or a timestamp to prove when the short-lived certificate was valid'
    )
  }
  return endpoints
}

/** Key mode witnesses: none unless asked for; `tlog: true` means the public-good Rekor unless `rekor-url` says otherwise. */
export function keyWitnesses(overrides: EndpointOverrides): { rekorUrl?: string; tsaUrl?: string } {
  return {
    ...(overrides.tlog ? { rekorUrl: overrides.rekorUrl ?? PUBLIC_GOOD.rekorUrl } : {}),
    ...(overrides.tsaUrl ? { tsaUrl: overrides.tsaUrl } : {})
  }
}

export function decodeJwtClaims(token: string): Record<string, unknown> {
  try {
    return JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as Record<string, unknown>
  } catch {
    return {}
  }
}

/**
 * The OIDC token source: the Actions token service (audience `sigstore`, masked by @actions/core as it
 * arrives), else `SIGSTORE_ID_TOKEN` (masked here). Tokens are short-lived, so each certificate
 * request asks again unless the last token is fresh.
 */
export function oidcTokenSource(env: NodeJS.ProcessEnv, mask: (secret: string) => void): () => Promise<string> {
  let cached: { token: string; at: number } | undefined
  return async () => {
    if (cached && Date.now() - cached.at < 60_000) return cached.token
    let token: string
    if (env.ACTIONS_ID_TOKEN_REQUEST_URL && env.ACTIONS_ID_TOKEN_REQUEST_TOKEN) {
      const core = await import('@actions/core')
      token = await core.getIDToken(OIDC_AUDIENCE)
    } else if (env.SIGSTORE_ID_TOKEN) {
      token = env.SIGSTORE_ID_TOKEN
      mask(token)
    } else {
      throw inputError('keyless', 'no OIDC token: give the job `permissions: id-token: write` (or set SIGSTORE_ID_TOKEN outside GitHub)')
    }
    cached = { token, at: Date.now() }
    return token
  }
}
