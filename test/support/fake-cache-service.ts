import { randomBytes } from 'node:crypto'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { changeEnvironment } from './environment.js'

/**
 * An in-process stand-in for the GitHub Actions cache service v2, enough for the real `@actions/cache`
 * to save and restore through it: the three twirp JSON methods the client calls, and the blob storage
 * their signed URLs point at (the client uploads with @azure/storage-blob — one `PUT` with
 * `x-ms-blob-type: BlockBlob`, or `PUT ?comp=block` per block and a `PUT ?comp=blocklist` above 128 MiB —
 * and downloads with a plain GET).
 *
 * Semantics of the real service: an entry is (key, version); `version` must match for a restore; the
 * lookup is the exact key, then the key as a prefix, then each restore key as a prefix, the newest
 * match winning; a (key, version) can be created once (409 `already_exists`, as GitHub answers); an
 * entry becomes visible when finalized. Not modelled: branch scopes, eviction, size quotas, expiry of
 * a reservation that was never finalized.
 */
export interface FakeCacheEntry {
  id: number
  key: string
  version: string
  size: number
  /** Creation order: a larger number is newer. */
  createdAt: number
}

export interface RecordedRequest {
  method: string
  path: string
  query: string
}

export type FakeCacheOperation = 'CreateCacheEntry' | 'FinalizeCacheEntryUpload' | 'GetCacheEntryDownloadURL' | 'upload' | 'download'

export interface FakeCacheService {
  /** ACTIONS_RESULTS_URL, with its trailing slash. */
  url: string
  /** What a process needs to talk to this service through `@actions/cache`. */
  env: Record<string, string>
  requests: RecordedRequest[]
  /** Finalized entries, oldest first. */
  entries(): FakeCacheEntry[]
  /** Answers `operation` with `status` (JSON twirp error or Azure XML error) `times` times (default: always). */
  fail(operation: FakeCacheOperation, status?: number, times?: number): void
  close(): Promise<void>
}

const TWIRP_PREFIX = '/twirp/github.actions.results.api.v1.CacheService/'
// @azure/storage-blob parses an IP-host URL path-style: /<account>/<container>/<blob>.
const BLOB_PREFIX = '/devstoreaccount1/actions-cache/'
const RUNTIME_TOKEN = 'fake-runtime-token'

interface StoredEntry extends FakeCacheEntry {
  signature: string
  finalized: boolean
  blob?: Buffer
  blocks: Map<string, Buffer>
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string
  ) {
    super(message)
  }
}

export async function startFakeCacheService(): Promise<FakeCacheService> {
  const stored: StoredEntry[] = []
  const requests: RecordedRequest[] = []
  const failures = new Map<FakeCacheOperation, { status: number; remaining: number }>()
  let sequence = 0

  const injectedFailure = (operation: FakeCacheOperation): number | undefined => {
    const failure = failures.get(operation)
    if (!failure || failure.remaining <= 0) return undefined
    failure.remaining--
    return failure.status
  }

  const twirp = (method: string, body: Record<string, unknown>, baseUrl: string): Record<string, unknown> => {
    const key = requiredString(body, 'key')
    const version = requiredString(body, 'version')
    switch (method) {
      case 'CreateCacheEntry': {
        if (stored.some((e) => e.key === key && e.version === version)) {
          throw new HttpError(409, 'already_exists', 'cache entry with the same key, version, and scope already exists')
        }
        const entry: StoredEntry = {
          id: ++sequence,
          key,
          version,
          size: 0,
          createdAt: sequence,
          signature: randomBytes(12).toString('hex'),
          finalized: false,
          blocks: new Map()
        }
        stored.push(entry)
        return { ok: true, signed_upload_url: blobUrl(baseUrl, entry) }
      }
      case 'FinalizeCacheEntryUpload': {
        const entry = stored.find((e) => e.key === key && e.version === version && !e.finalized)
        if (!entry) throw new HttpError(404, 'not_found', `no cache entry is being created for key ${key}`)
        if (!entry.blob) return { ok: false, message: `nothing was uploaded for key ${key}` }
        if (String(entry.blob.length) !== String(body.size_bytes)) {
          return { ok: false, message: `size_bytes ${String(body.size_bytes)} does not match the ${entry.blob.length} bytes uploaded` }
        }
        entry.finalized = true
        entry.size = entry.blob.length
        entry.createdAt = ++sequence
        return { ok: true, entry_id: String(entry.id) }
      }
      case 'GetCacheEntryDownloadURL': {
        const restoreKeys = Array.isArray(body.restore_keys) ? body.restore_keys.map(String) : []
        const match = findEntry(
          stored.filter((e) => e.finalized && e.version === version),
          key,
          restoreKeys
        )
        if (!match) return { ok: false, signed_download_url: '', matched_key: '' }
        return { ok: true, signed_download_url: blobUrl(baseUrl, match), matched_key: match.key }
      }
      default:
        throw new HttpError(404, 'bad_route', `no handler for ${method}`)
    }
  }

  const handleTwirp = async (request: IncomingMessage, response: ServerResponse, method: string, baseUrl: string): Promise<void> => {
    if (request.method !== 'POST') throw new HttpError(404, 'bad_route', 'twirp methods are POST')
    const raw = (await readBody(request)).toString('utf8')
    const status = injectedFailure(method as FakeCacheOperation)
    if (status) throw new HttpError(status, 'internal', `injected failure of ${method}`)
    if (request.headers.authorization !== `Bearer ${RUNTIME_TOKEN}`) throw new HttpError(401, 'unauthenticated', 'missing or wrong runtime token')
    let body: Record<string, unknown>
    try {
      body = JSON.parse(raw) as Record<string, unknown>
    } catch {
      throw new HttpError(400, 'malformed', 'the request body is not JSON')
    }
    sendJson(response, 200, twirp(method, body, baseUrl))
  }

  const handleBlob = async (request: IncomingMessage, response: ServerResponse, url: URL): Promise<void> => {
    const id = Number(url.pathname.slice(BLOB_PREFIX.length))
    const entry = stored.find((e) => e.id === id)
    const body = await readBody(request)
    if (!entry || url.searchParams.get('sig') !== entry.signature) return sendBlobError(response, 403, 'AuthenticationFailed')
    if (request.method === 'PUT') {
      const status = injectedFailure('upload')
      if (status) return sendBlobError(response, status, 'InternalError')
      if (entry.finalized) return sendBlobError(response, 409, 'BlobImmutable')
      const comp = url.searchParams.get('comp')
      if (comp === 'block') {
        entry.blocks.set(url.searchParams.get('blockid') ?? '', body)
      } else if (comp === 'blocklist') {
        const ids = [...body.toString('utf8').matchAll(/<(?:Latest|Uncommitted|Committed)>([^<]*)<\//g)].map((m) => m[1])
        const missing = ids.find((blockId) => !entry.blocks.has(blockId))
        if (missing !== undefined) return sendBlobError(response, 400, 'InvalidBlockList')
        entry.blob = Buffer.concat(ids.map((blockId) => entry.blocks.get(blockId) as Buffer))
        entry.blocks.clear()
      } else if (request.headers['x-ms-blob-type'] === 'BlockBlob') {
        entry.blob = body
      } else {
        return sendBlobError(response, 400, 'MissingRequiredHeader')
      }
      response.writeHead(201, {
        'x-ms-request-id': randomBytes(8).toString('hex'),
        'x-ms-version': '2025-01-05',
        etag: `"0x${entry.id}"`,
        'last-modified': new Date(0).toUTCString()
      })
      response.end()
      return
    }
    if (request.method === 'GET' || request.method === 'HEAD') {
      const status = injectedFailure('download')
      if (status) return sendBlobError(response, status, 'InternalError')
      if (!entry.finalized || !entry.blob) return sendBlobError(response, 404, 'BlobNotFound')
      const range = /^bytes=(\d+)-(\d*)$/.exec(request.headers.range ?? '')
      let content = entry.blob
      let statusCode = 200
      const headers: Record<string, string | number> = { 'content-type': 'application/octet-stream', 'accept-ranges': 'bytes' }
      if (range) {
        const start = Number(range[1])
        const end = range[2] === '' ? entry.blob.length - 1 : Math.min(Number(range[2]), entry.blob.length - 1)
        if (start > end) return sendBlobError(response, 416, 'InvalidRange')
        content = entry.blob.subarray(start, end + 1)
        statusCode = 206
        headers['content-range'] = `bytes ${start}-${end}/${entry.blob.length}`
      }
      headers['content-length'] = content.length
      response.writeHead(statusCode, headers)
      response.end(request.method === 'HEAD' ? undefined : content)
      return
    }
    sendBlobError(response, 405, 'UnsupportedHttpVerb')
  }

  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1')
    requests.push({ method: request.method ?? '', path: url.pathname, query: url.search })
    const baseUrl = `http://${request.headers.host}/`
    const handled = url.pathname.startsWith(TWIRP_PREFIX)
      ? handleTwirp(request, response, url.pathname.slice(TWIRP_PREFIX.length), baseUrl)
      : url.pathname.startsWith(BLOB_PREFIX)
        ? handleBlob(request, response, url)
        : Promise.reject(new HttpError(404, 'bad_route', `no route for ${url.pathname}`))
    handled.catch((error: unknown) => {
      // Twirp errors are JSON: the client retries any body that does not parse.
      if (response.headersSent) response.destroy()
      else if (error instanceof HttpError) sendJson(response, error.status, { code: error.code, msg: error.message })
      else sendJson(response, 500, { code: 'internal', msg: String(error) })
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`

  return {
    url,
    env: {
      ACTIONS_CACHE_SERVICE_V2: 'true',
      ACTIONS_RESULTS_URL: url,
      ACTIONS_RUNTIME_TOKEN: RUNTIME_TOKEN,
      // Anything but github.com, *.ghe.com or *.localhost counts as GHES, which forces service v1.
      GITHUB_SERVER_URL: 'https://github.com'
    },
    requests,
    entries: () =>
      stored
        .filter((e) => e.finalized)
        .sort((a, b) => a.createdAt - b.createdAt)
        .map(({ id, key, version, size, createdAt }) => ({ id, key, version, size, createdAt })),
    fail: (operation, status = 500, times = Number.POSITIVE_INFINITY) => void failures.set(operation, { status, remaining: times }),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections()
        server.close((error) => (error ? reject(error) : resolve()))
      })
  }
}

/** Exact key, then the key as a prefix, then each restore key as a prefix; the newest match wins. */
function findEntry(candidates: StoredEntry[], key: string, restoreKeys: string[]): StoredEntry | undefined {
  const newest = (matches: StoredEntry[]) => matches.sort((a, b) => b.createdAt - a.createdAt)[0]
  return (
    candidates.find((e) => e.key === key) ??
    [key, ...restoreKeys].reduce<StoredEntry | undefined>((found, prefix) => found ?? newest(candidates.filter((e) => e.key.startsWith(prefix))), undefined)
  )
}

function blobUrl(baseUrl: string, entry: StoredEntry): string {
  return `${baseUrl}${BLOB_PREFIX.slice(1)}${entry.id}?sv=2025-01-05&sr=b&sp=rw&sig=${entry.signature}`
}

function requiredString(body: Record<string, unknown>, field: string): string {
  const value = body[field]
  if (typeof value !== 'string' || value === '') throw new HttpError(400, 'invalid_argument', `${field} is required`)
  return value
}

function readBody(request: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => resolve(Buffer.concat(chunks)))
    request.on('error', reject)
  })
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body)
  response.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) })
  response.end(text)
}

function sendBlobError(response: ServerResponse, status: number, code: string): void {
  const text = `<?xml version="1.0" encoding="utf-8"?><Error><Code>${code}</Code><Message>${code}</Message></Error>`
  response.writeHead(status, { 'content-type': 'application/xml', 'x-ms-error-code': code, 'content-length': Buffer.byteLength(text) })
  response.end(text)
}

/**
 * Points this process's `@actions/cache` (which reads `process.env`) at the fake, with RUNNER_TEMP and
 * GITHUB_WORKSPACE as given; returns the function that puts the environment back.
 */
export function useFakeCacheServiceInProcess(fake: FakeCacheService, extra: Record<string, string>): () => void {
  return changeEnvironment({ ...fake.env, ...extra })
}
