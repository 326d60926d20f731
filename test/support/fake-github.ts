/**
 * An in-process stand-in for GitHub's releases on 127.0.0.1: the REST API (`<url>/api/v3`, the GHES
 * layout, so `api-url` points at it), release asset downloads that redirect to a storage host as
 * github.com does (`<url>/<owner>/<repo>/releases/download/<tag>/<file>` → 302 →
 * `<url>/storage/<id>/<file>`, so `mirror` points at `<url>`), and the write side release automation
 * needs: create/update/delete releases, upload assets to the `upload_url` (`<url>/uploads/…`), list,
 * rename and delete assets, immutable releases (`immutable`, and GitHub's check endpoint), and the
 * attestations API signing stores provenance with. Any other file can be served too (`addFile`), for
 * tools not hosted on GitHub. URLs in answers use the Host the request named, so a client that reached
 * the fake through a proxy under another name keeps using that name.
 *
 * State is an in-memory model, every request is logged, and faults can be injected per route. Reads
 * are anonymous, limited like GitHub's (`anonymousRateLimit`); writes need the token when one is set.
 * Written without TypeScript-only syntax (no parameter properties, no enums) so plain Node can load it
 * with type stripping (the benchmarks do).
 */
import { createHash } from 'node:crypto'
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface FakeAssetInit {
  name: string
  content: Buffer | string
  contentType?: string
  label?: string
  /** `sha256:<hex>` as the API reports it; default: computed. `null`: none, as for assets uploaded before June 2025. */
  digest?: string | null
}

export interface FakeReleaseInit {
  tag: string
  name?: string
  body?: string
  draft?: boolean
  prerelease?: boolean
  targetCommitish?: string
  assets?: FakeAssetInit[]
}

export interface FakeAsset {
  id: number
  name: string
  label: string
  contentType: string
  content: Buffer
  digest: string | null
  downloadCount: number
  createdAt: string
}

export interface FakeRelease {
  id: number
  repo: string
  tag: string
  name: string
  body: string
  draft: boolean
  prerelease: boolean
  targetCommitish: string
  createdAt: string
  publishedAt: string | null
  assets: FakeAsset[]
}

export interface FakeRequest {
  method: string
  /** Path and query, as received. */
  path: string
  headers: IncomingHttpHeaders
  status: number
}

/** Answers matching requests with `status` (`times` times; default: always). */
export interface FakeFailure {
  path: RegExp
  method?: string
  status: number
  times?: number
  headers?: Record<string, string>
  body?: string
}

export interface FakeGitHubOptions {
  /** Required (as `Bearer`/`token`) for writes; reads accept it and then count against a higher limit. */
  token?: string
  /** API calls allowed without a token before GitHub's 403 rate-limit answer (default: unlimited). */
  anonymousRateLimit?: number
}

export interface FakeGitHub {
  /** Stands in for https://github.com (downloads): what `mirror` is set to. */
  url: string
  /** Stands in for https://api.github.com: what `api-url` is set to. */
  apiUrl: string
  /** Stands in for https://uploads.github.com. */
  uploadsUrl: string
  requests: FakeRequest[]
  addRelease(repo: string, init: FakeReleaseInit): FakeRelease
  /** Releases of `repo`, oldest first. */
  releases(repo: string): FakeRelease[]
  release(repo: string, tag: string): FakeRelease | undefined
  /** The sorted asset names of the release of `repo` tagged `tag` (none when there is no such release). */
  assetNames(repo: string, tag: string): string[]
  addAsset(release: FakeRelease, init: FakeAssetInit): FakeAsset
  /** Serves `content` at `path` (any path outside the API, uploads and release downloads). */
  addFile(path: string, content: Buffer | string): void
  fail(failure: FakeFailure): void
  /** Repositories (`owner/repo`) with immutable releases: a published release takes no new or changed assets. */
  immutable: Set<string>
  /** The attestation bundles stored for `repo`, oldest first. */
  attestations(repo: string): unknown[]
  /** Requests whose path matches, optionally by method. */
  requestsTo(path: RegExp, method?: string): FakeRequest[]
  clearRequests(): void
  close(): Promise<void>
}

const API_PREFIX = '/api/v3'
const UPLOADS_PREFIX = '/uploads'
const BOT = { login: 'fake-bot', id: 1, type: 'Bot' }

class FakeHttpError extends Error {
  readonly status: number
  readonly extra: Record<string, unknown>

  constructor(status: number, message: string, extra: Record<string, unknown> = {}) {
    super(message)
    this.status = status
    this.extra = extra
  }
}

function sha256(content: Buffer): string {
  return `sha256:${createHash('sha256').update(content).digest('hex')}`
}

function readBody(request: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => resolve(Buffer.concat(chunks)))
    request.on('error', reject)
  })
}

function parseJson(body: Buffer): Record<string, unknown> {
  if (body.length === 0) return {}
  try {
    const value = JSON.parse(body.toString('utf8')) as unknown
    if (value && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>
  } catch {
    // fall through
  }
  throw new FakeHttpError(400, 'Problems parsing JSON')
}

export async function startFakeGitHub(options: FakeGitHubOptions = {}): Promise<FakeGitHub> {
  const releasesByRepo = new Map<string, FakeRelease[]>()
  const files = new Map<string, Buffer>()
  const failures: (FakeFailure & { remaining: number })[] = []
  const requests: FakeRequest[] = []
  const immutable = new Set<string>()
  const attestations = new Map<string, unknown[]>()
  let nextId = 1000
  let clock = Date.parse('2025-07-01T00:00:00Z')
  let anonymousCalls = 0
  let base = ''

  const timestamp = (): string => new Date((clock += 1000)).toISOString()
  const repoReleases = (repo: string): FakeRelease[] => {
    let list = releasesByRepo.get(repo)
    if (!list) releasesByRepo.set(repo, (list = []))
    return list
  }

  const addAsset = (release: FakeRelease, init: FakeAssetInit): FakeAsset => {
    if (release.assets.some((a) => a.name === init.name)) throw new Error(`fake GitHub: ${release.repo} ${release.tag} already has an asset ${init.name}`)
    const content = Buffer.from(init.content)
    const asset: FakeAsset = {
      id: nextId++,
      name: init.name,
      label: init.label ?? '',
      contentType: init.contentType ?? 'application/octet-stream',
      content,
      digest: init.digest === undefined ? sha256(content) : init.digest,
      downloadCount: 0,
      createdAt: timestamp()
    }
    release.assets.push(asset)
    return asset
  }

  const addRelease = (repo: string, init: FakeReleaseInit): FakeRelease => {
    if (!/^[\w.-]+\/[\w.-]+$/.test(repo)) throw new Error(`fake GitHub: \`${repo}\` is not owner/name`)
    if (repoReleases(repo).some((r) => r.tag === init.tag)) throw new Error(`fake GitHub: ${repo} already has a release ${init.tag}`)
    const createdAt = timestamp()
    const release: FakeRelease = {
      id: nextId++,
      repo,
      tag: init.tag,
      name: init.name ?? init.tag,
      body: init.body ?? '',
      draft: init.draft ?? false,
      prerelease: init.prerelease ?? false,
      targetCommitish: init.targetCommitish ?? 'main',
      createdAt,
      publishedAt: init.draft ? null : createdAt,
      assets: []
    }
    repoReleases(repo).push(release)
    for (const asset of init.assets ?? []) addAsset(release, asset)
    return release
  }

  const findRelease = (repo: string, test: (r: FakeRelease) => boolean): FakeRelease | undefined => repoReleases(repo).find(test)
  const findAsset = (repo: string, id: number): { release: FakeRelease; asset: FakeAsset } | undefined => {
    for (const release of repoReleases(repo)) {
      const asset = release.assets.find((a) => a.id === id)
      if (asset) return { release, asset }
    }
    return undefined
  }
  const sealed = (release: FakeRelease): boolean => immutable.has(release.repo) && !release.draft
  /** GitHub's `latest`: the newest release that is neither a draft nor a prerelease. */
  const latest = (repo: string): FakeRelease | undefined => [...repoReleases(repo)].reverse().find((r) => !r.draft && !r.prerelease)

  const assetJson = (origin: string, release: FakeRelease, asset: FakeAsset): Record<string, unknown> => ({
    url: `${origin}${API_PREFIX}/repos/${release.repo}/releases/assets/${asset.id}`,
    browser_download_url: `${origin}/${release.repo}/releases/download/${encodeURIComponent(release.tag)}/${encodeURIComponent(asset.name)}`,
    id: asset.id,
    node_id: `RA_${asset.id}`,
    name: asset.name,
    label: asset.label,
    state: 'uploaded',
    content_type: asset.contentType,
    size: asset.content.length,
    digest: asset.digest,
    download_count: asset.downloadCount,
    created_at: asset.createdAt,
    updated_at: asset.createdAt,
    uploader: BOT
  })

  const releaseJson = (origin: string, release: FakeRelease): Record<string, unknown> => {
    const api = `${origin}${API_PREFIX}/repos/${release.repo}`
    return {
      url: `${api}/releases/${release.id}`,
      html_url: `${origin}/${release.repo}/releases/tag/${encodeURIComponent(release.tag)}`,
      assets_url: `${api}/releases/${release.id}/assets`,
      upload_url: `${origin}${UPLOADS_PREFIX}/repos/${release.repo}/releases/${release.id}/assets{?name,label}`,
      tarball_url: `${api}/tarball/${encodeURIComponent(release.tag)}`,
      zipball_url: `${api}/zipball/${encodeURIComponent(release.tag)}`,
      id: release.id,
      node_id: `RE_${release.id}`,
      tag_name: release.tag,
      target_commitish: release.targetCommitish,
      name: release.name,
      body: release.body,
      draft: release.draft,
      prerelease: release.prerelease,
      immutable: immutable.has(release.repo) && !release.draft,
      created_at: release.createdAt,
      published_at: release.publishedAt,
      author: BOT,
      assets: release.assets.map((a) => assetJson(origin, release, a))
    }
  }

  const presentedToken = (headers: IncomingHttpHeaders): string | undefined => /^(?:bearer|token)\s+(.+)$/i.exec(headers.authorization ?? '')?.[1]

  /** With no token configured any token is accepted; with one, only that one. */
  const authenticated = (headers: IncomingHttpHeaders): boolean => {
    const token = presentedToken(headers)
    return token !== undefined && (options.token === undefined || token === options.token)
  }

  const requireWrite = (headers: IncomingHttpHeaders): void => {
    if (options.token === undefined) return
    const token = presentedToken(headers)
    if (token === undefined) throw new FakeHttpError(401, 'Requires authentication')
    if (token !== options.token) throw new FakeHttpError(401, 'Bad credentials')
  }

  /** GitHub counts anonymous API calls per address: 60 an hour; here `anonymousRateLimit`. */
  const rateLimitHeaders = (headers: IncomingHttpHeaders): Record<string, string> => {
    const known = authenticated(headers)
    const limit = known ? 5000 : (options.anonymousRateLimit ?? 60)
    const used = known ? 1 : anonymousCalls
    const reset = String(Math.floor(Date.parse('2025-07-01T01:00:00Z') / 1000))
    return {
      'x-ratelimit-limit': String(limit),
      'x-ratelimit-remaining': String(Math.max(0, limit - used)),
      'x-ratelimit-used': String(used),
      'x-ratelimit-reset': reset,
      'x-ratelimit-resource': 'core'
    }
  }

  const send = (response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void => {
    const text = body === undefined ? '' : typeof body === 'string' ? body : JSON.stringify(body)
    response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': String(Buffer.byteLength(text)), ...headers })
    response.end(text)
  }

  const api = async (
    origin: string,
    method: string,
    path: string,
    query: URLSearchParams,
    request: IncomingMessage,
    response: ServerResponse
  ): Promise<void> => {
    const headers = request.headers
    if (presentedToken(headers) !== undefined && !authenticated(headers)) throw new FakeHttpError(401, 'Bad credentials')
    if (!authenticated(headers)) {
      anonymousCalls++
      if (options.anonymousRateLimit !== undefined && anonymousCalls > options.anonymousRateLimit) {
        const message =
          "API rate limit exceeded for 127.0.0.1. (But here's the good news: " +
          'Authenticated requests get a higher rate limit. Check out the documentation for more details.)'
        return send(
          response,
          403,
          { message, documentation_url: 'https://docs.github.com/rest/overview/resources-in-the-rest-api#rate-limiting' },
          rateLimitHeaders(headers)
        )
      }
    }
    const limits = rateLimitHeaders(headers)
    const other = /^\/repos\/([\w.-]+\/[\w.-]+)\/(immutable-releases|attestations)$/.exec(path)
    if (other?.[2] === 'immutable-releases' && method === 'GET') {
      if (!immutable.has(other[1])) throw new FakeHttpError(404, 'Not Found')
      return send(response, 200, { enabled: true, enforced_by_owner: false }, limits)
    }
    if (other?.[2] === 'attestations' && method === 'POST') {
      requireWrite(headers)
      const body = parseJson(await readBody(request))
      if (typeof body.bundle !== 'object' || body.bundle === null) throw new FakeHttpError(422, 'Validation Failed')
      const stored = attestations.get(other[1]) ?? []
      attestations.set(other[1], stored)
      stored.push(body.bundle)
      return send(response, 201, { id: stored.length }, limits)
    }
    // The git refs of the tags: every published release's tag, in the order GitHub lists refs (by name).
    const refs = /^\/repos\/([\w.-]+\/[\w.-]+)\/git\/matching-refs\/(.*)$/.exec(path)
    if (refs && method === 'GET') {
      const prefix = `refs/${decodeURIComponent(refs[2])}`
      const tags = repoReleases(refs[1])
        .filter((r) => !r.draft)
        .map((r) => `refs/tags/${r.tag}`)
        .filter((ref) => ref.startsWith(prefix))
        .sort()
      return send(
        response,
        200,
        tags.map((ref) => ({ ref, node_id: ref, url: `${origin}${API_PREFIX}/repos/${refs[1]}/git/${ref}`, object: { type: 'commit', sha: '0'.repeat(40) } })),
        limits
      )
    }
    const route = /^\/repos\/([\w.-]+\/[\w.-]+)\/releases(?:\/(.*))?$/.exec(path)
    if (!route) throw new FakeHttpError(404, 'Not Found')
    const repo = route[1]
    const rest = route[2] ?? ''
    let match: RegExpExecArray | null

    if (rest === '' && method === 'GET') {
      const perPage = Math.min(100, Number(query.get('per_page') ?? 30) || 30)
      const page = Math.max(1, Number(query.get('page') ?? 1) || 1)
      const visible = [...repoReleases(repo)].reverse()
      const slice = visible.slice((page - 1) * perPage, page * perPage)
      const last = Math.max(1, Math.ceil(visible.length / perPage))
      const link = (p: number, rel: string): string => `<${origin}${API_PREFIX}/repos/${repo}/releases?per_page=${perPage}&page=${p}>; rel="${rel}"`
      const links = [...(page < last ? [link(page + 1, 'next'), link(last, 'last')] : []), ...(page > 1 ? [link(1, 'first'), link(page - 1, 'prev')] : [])]
      return send(
        response,
        200,
        slice.map((r) => releaseJson(origin, r)),
        { ...limits, ...(links.length ? { link: links.join(', ') } : {}) }
      )
    }
    if (rest === '' && method === 'POST') {
      requireWrite(headers)
      const body = parseJson(await readBody(request))
      const tag = body.tag_name
      if (typeof tag !== 'string' || tag === '')
        throw new FakeHttpError(422, 'Validation Failed', { errors: [{ resource: 'Release', code: 'missing_field', field: 'tag_name' }] })
      if (repoReleases(repo).some((r) => r.tag === tag))
        throw new FakeHttpError(422, 'Validation Failed', { errors: [{ resource: 'Release', code: 'already_exists', field: 'tag_name' }] })
      const release = addRelease(repo, {
        tag,
        name: typeof body.name === 'string' ? body.name : undefined,
        body: typeof body.body === 'string' ? body.body : undefined,
        draft: body.draft === true,
        prerelease: body.prerelease === true,
        targetCommitish: typeof body.target_commitish === 'string' ? body.target_commitish : undefined
      })
      return send(response, 201, releaseJson(origin, release), limits)
    }
    if (rest === 'latest' && method === 'GET') {
      const release = latest(repo)
      if (!release) throw new FakeHttpError(404, 'Not Found')
      return send(response, 200, releaseJson(origin, release), limits)
    }
    if ((match = /^tags\/(.+)$/.exec(rest)) && method === 'GET') {
      const tag = decodeURIComponent(match[1])
      const release = findRelease(repo, (r) => r.tag === tag && !r.draft)
      if (!release) throw new FakeHttpError(404, 'Not Found')
      return send(response, 200, releaseJson(origin, release), limits)
    }
    if ((match = /^assets\/(\d+)$/.exec(rest))) {
      const found = findAsset(repo, Number(match[1]))
      if (!found) throw new FakeHttpError(404, 'Not Found')
      if (method === 'GET') {
        if ((headers.accept ?? '').includes('application/octet-stream')) {
          response.writeHead(302, { location: `${origin}/storage/${found.asset.id}/${encodeURIComponent(found.asset.name)}`, 'content-length': '0', ...limits })
          return void response.end()
        }
        return send(response, 200, assetJson(origin, found.release, found.asset), limits)
      }
      requireWrite(headers)
      if (method === 'DELETE') {
        if (sealed(found.release)) throw new FakeHttpError(422, 'Cannot delete an asset of an immutable release')
        found.release.assets = found.release.assets.filter((a) => a !== found.asset)
        return send(response, 204, undefined, limits)
      }
      if (method === 'PATCH') {
        const body = parseJson(await readBody(request))
        if (typeof body.name === 'string') {
          if (found.release.assets.some((a) => a !== found.asset && a.name === body.name))
            throw new FakeHttpError(422, 'Validation Failed', { errors: [{ resource: 'ReleaseAsset', code: 'already_exists', field: 'name' }] })
          found.asset.name = body.name
        }
        if (typeof body.label === 'string') found.asset.label = body.label
        return send(response, 200, assetJson(origin, found.release, found.asset), limits)
      }
    }
    if ((match = /^(\d+)(\/assets)?$/.exec(rest))) {
      const release = findRelease(repo, (r) => r.id === Number(match![1]))
      if (!release) throw new FakeHttpError(404, 'Not Found')
      if (match[2]) {
        if (method !== 'GET') throw new FakeHttpError(404, 'Not Found')
        return send(
          response,
          200,
          release.assets.map((a) => assetJson(origin, release, a)),
          limits
        )
      }
      if (method === 'GET') return send(response, 200, releaseJson(origin, release), limits)
      requireWrite(headers)
      if (method === 'DELETE') {
        releasesByRepo.set(
          repo,
          repoReleases(repo).filter((r) => r !== release)
        )
        return send(response, 204, undefined, limits)
      }
      if (method === 'PATCH') {
        const body = parseJson(await readBody(request))
        if (typeof body.tag_name === 'string' && body.tag_name !== release.tag) {
          if (repoReleases(repo).some((r) => r.tag === body.tag_name))
            throw new FakeHttpError(422, 'Validation Failed', { errors: [{ resource: 'Release', code: 'already_exists', field: 'tag_name' }] })
          release.tag = body.tag_name
        }
        if (typeof body.name === 'string') release.name = body.name
        if (typeof body.body === 'string') release.body = body.body
        if (typeof body.prerelease === 'boolean') release.prerelease = body.prerelease
        if (typeof body.draft === 'boolean') {
          release.draft = body.draft
          release.publishedAt = body.draft ? null : (release.publishedAt ?? timestamp())
        }
        return send(response, 200, releaseJson(origin, release), limits)
      }
    }
    throw new FakeHttpError(404, 'Not Found')
  }

  const upload = async (
    origin: string,
    method: string,
    path: string,
    query: URLSearchParams,
    request: IncomingMessage,
    response: ServerResponse
  ): Promise<void> => {
    const match = /^\/repos\/([\w.-]+\/[\w.-]+)\/releases\/(\d+)\/assets$/.exec(path)
    if (!match || method !== 'POST') throw new FakeHttpError(404, 'Not Found')
    requireWrite(request.headers)
    const release = findRelease(match[1], (r) => r.id === Number(match[2]))
    if (!release) throw new FakeHttpError(404, 'Not Found')
    const name = query.get('name')
    if (!name) throw new FakeHttpError(422, 'Validation Failed', { errors: [{ resource: 'ReleaseAsset', code: 'missing_field', field: 'name' }] })
    const content = await readBody(request)
    if (sealed(release)) throw new FakeHttpError(422, 'Cannot upload assets to an immutable release')
    if (release.assets.some((a) => a.name === name))
      throw new FakeHttpError(422, 'Validation Failed', { errors: [{ resource: 'ReleaseAsset', code: 'already_exists', field: 'name' }] })
    const asset = addAsset(release, {
      name,
      content,
      label: query.get('label') ?? undefined,
      contentType: request.headers['content-type'] ?? 'application/octet-stream'
    })
    return send(response, 201, assetJson(origin, release, asset))
  }

  const sendFile = (response: ServerResponse, content: Buffer, contentType = 'application/octet-stream'): void => {
    response.writeHead(200, { 'content-type': contentType, 'content-length': String(content.length) })
    response.end(content)
  }

  const download = (origin: string, method: string, path: string, response: ServerResponse): void => {
    if (method !== 'GET' && method !== 'HEAD') throw new FakeHttpError(404, 'Not Found')
    let match = /^\/storage\/(\d+)\/[^/]+$/.exec(path)
    if (match) {
      for (const list of releasesByRepo.values()) {
        for (const release of list) {
          const asset = release.assets.find((a) => a.id === Number(match![1]))
          if (asset) {
            asset.downloadCount++
            return sendFile(response, asset.content, asset.contentType)
          }
        }
      }
      throw new FakeHttpError(404, 'Not Found')
    }
    match = /^\/([\w.-]+\/[\w.-]+)\/releases\/(?:download\/([^/]+)|latest\/download)\/([^/]+)$/.exec(path)
    if (match) {
      const tag = match[2] === undefined ? undefined : decodeURIComponent(match[2])
      const release = tag === undefined ? latest(match[1]) : findRelease(match[1], (r) => r.tag === tag && !r.draft)
      const asset = release?.assets.find((a) => a.name === decodeURIComponent(match![3]))
      if (!asset) throw new FakeHttpError(404, 'Not Found')
      // github.com answers 302 to a storage host with a signed, short-lived URL.
      response.writeHead(302, { location: `${origin}/storage/${asset.id}/${encodeURIComponent(asset.name)}?sig=fake`, 'content-length': '0' })
      return void response.end()
    }
    const file = files.get(path)
    if (!file) throw new FakeHttpError(404, 'Not Found')
    sendFile(response, file)
  }

  const server = createServer((request, response) => {
    const method = request.method ?? 'GET'
    const url = new URL(request.url ?? '/', 'http://fake')
    // URLs in answers point where the client reached us: a name only a proxy resolves, say.
    const origin = request.headers.host ? `http://${request.headers.host}` : base
    const entry: FakeRequest = { method, path: `${url.pathname}${url.search}`, headers: request.headers, status: 0 }
    requests.push(entry)
    response.on('finish', () => (entry.status = response.statusCode))

    const failure = failures.find((f) => f.remaining > 0 && (f.method === undefined || f.method === method) && f.path.test(entry.path))
    if (failure) {
      failure.remaining--
      request.resume()
      return send(response, failure.status, failure.body ?? { message: `injected failure (HTTP ${failure.status})` }, failure.headers)
    }
    const handle = async (): Promise<void> => {
      if (url.pathname.startsWith(`${API_PREFIX}/`)) return api(origin, method, url.pathname.slice(API_PREFIX.length), url.searchParams, request, response)
      if (url.pathname.startsWith(`${UPLOADS_PREFIX}/`))
        return upload(origin, method, url.pathname.slice(UPLOADS_PREFIX.length), url.searchParams, request, response)
      request.resume()
      return download(origin, method, url.pathname, response)
    }
    handle().catch((error: unknown) => {
      request.resume()
      if (error instanceof FakeHttpError) {
        const api = url.pathname.startsWith(API_PREFIX) || url.pathname.startsWith(UPLOADS_PREFIX)
        if (api)
          return send(response, error.status, {
            message: error.message,
            documentation_url: 'https://docs.github.com/rest',
            status: String(error.status),
            ...error.extra
          })
        response.writeHead(error.status, { 'content-type': 'text/plain', 'content-length': String(error.message.length) })
        return void response.end(error.message)
      }
      send(response, 500, { message: error instanceof Error ? error.message : String(error) })
    })
  })

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`

  return {
    url: base,
    apiUrl: `${base}${API_PREFIX}`,
    uploadsUrl: `${base}${UPLOADS_PREFIX}`,
    requests,
    addRelease,
    releases: (repo) => [...repoReleases(repo)],
    release: (repo, tag) => findRelease(repo, (r) => r.tag === tag),
    assetNames: (repo, tag) => (findRelease(repo, (r) => r.tag === tag)?.assets.map((a) => a.name) ?? []).sort(),
    addAsset,
    addFile: (path, content) => void files.set(path, Buffer.from(content)),
    fail: (failure) => void failures.push({ ...failure, remaining: failure.times ?? Number.POSITIVE_INFINITY }),
    immutable,
    attestations: (repo) => [...(attestations.get(repo) ?? [])],
    requestsTo: (path, method) => requests.filter((r) => path.test(r.path) && (method === undefined || r.method === method)),
    clearRequests: () => void requests.splice(0),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections()
        server.close((error) => (error ? reject(error) : resolve()))
      })
  }
}
