/**
 * The two GitHub REST calls signing makes: storing an attestation (so `gh attestation verify` finds
 * it) and uploading blob signatures to a release. Plain fetch: octokit is a lot of start-up for two
 * requests.
 */
import { basename } from 'node:path'
import { readFile } from 'node:fs/promises'
import { ConfigurationError, inputError } from '../runtime/errors.js'
import type { BundleJson } from './types.js'

export interface GitHubApi {
  apiUrl: string
  repository: string
  token: string
}

export function gitHubApi(env: NodeJS.ProcessEnv, token: string): GitHubApi | undefined {
  if (!env.GITHUB_REPOSITORY || !token) return undefined
  return { apiUrl: (env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/$/, ''), repository: env.GITHUB_REPOSITORY, token }
}

function headers(api: GitHubApi, extra: Record<string, string> = {}): Record<string, string> {
  return {
    authorization: `Bearer ${api.token}`,
    accept: 'application/vnd.github+json',
    'x-github-api-version': '2022-11-28',
    'user-agent': 'unikernel-actions',
    ...extra
  }
}

async function failure(response: Response, what: string): Promise<Error> {
  const text = (await response.text().catch(() => '')).slice(0, 300)
  return new Error(`${what}: HTTP ${response.status}${text ? ` ${text}` : ''}`)
}

export type AttestationOutcome = { stored: true; id?: number } | { stored: false; reason: string }

/** POST /repos/{owner}/{repo}/attestations. A missing permission is an outcome, not an error. */
export async function storeAttestation(api: GitHubApi, bundle: BundleJson): Promise<AttestationOutcome> {
  const response = await fetch(`${api.apiUrl}/repos/${api.repository}/attestations`, {
    method: 'POST',
    headers: headers(api, { 'content-type': 'application/json' }),
    body: JSON.stringify({ bundle })
  })
  if (response.ok) {
    const json = (await response.json().catch(() => ({}))) as { id?: number }
    return { stored: true, id: json.id }
  }
  if (response.status === 401 || response.status === 403 || response.status === 404) {
    await response.body?.cancel()
    return {
      stored: false,
      reason: `HTTP ${response.status}: give the job \`permissions: attestations: write\` (attestations need a public repository or GitHub Enterprise Cloud)`
    }
  }
  throw await failure(response, 'storing the attestation on GitHub')
}

interface Release {
  id: number
  upload_url: string
  assets?: { id: number; name: string }[]
}

/** Uploads files as assets of the release tagged `tag`, replacing assets of the same name. */
export async function uploadReleaseAssets(api: GitHubApi, tag: string, paths: readonly string[]): Promise<string[]> {
  const found = await fetch(`${api.apiUrl}/repos/${api.repository}/releases/tags/${encodeURIComponent(tag)}`, { headers: headers(api) })
  if (found.status === 404) {
    await found.body?.cancel()
    throw inputError('release', `no release is tagged \`${tag}\` in ${api.repository} (create it first, e.g. as a draft)`)
  }
  if (!found.ok) throw await failure(found, `looking up release ${tag}`)
  const release = (await found.json()) as Release
  const uploadBase = release.upload_url.replace(/\{.*\}$/, '')
  const urls: string[] = []
  for (const path of paths) {
    const name = basename(path)
    const existing = release.assets?.find((asset) => asset.name === name)
    if (existing) {
      const removed = await fetch(`${api.apiUrl}/repos/${api.repository}/releases/assets/${existing.id}`, { method: 'DELETE', headers: headers(api) })
      if (!removed.ok && removed.status !== 404) throw await failure(removed, `replacing release asset ${name}`)
      await removed.body?.cancel()
    }
    const content = await readFile(path)
    const uploaded = await fetch(`${uploadBase}?name=${encodeURIComponent(name)}`, {
      method: 'POST',
      headers: headers(api, { 'content-type': 'application/octet-stream', 'content-length': String(content.length) }),
      body: content
    })
    if (uploaded.status === 403)
      throw new ConfigurationError(`input \`release\`: uploading ${name} was refused (HTTP 403): give the job \`permissions: contents: write\``)
    if (!uploaded.ok) throw await failure(uploaded, `uploading ${name} to release ${tag}`)
    const asset = (await uploaded.json()) as { browser_download_url?: string }
    urls.push(asset.browser_download_url ?? name)
  }
  return urls
}
