import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createServer, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { MemoryLogger } from '../../src/runtime/logger.js'
import type { RetryPolicy } from '../../src/net/retry.js'
import { ToolHttp } from '../../src/tools/http.js'
import { firecracker } from '../../src/tools/firecracker.js'
import { kraft } from '../../src/tools/kraft.js'
import { GitHubReleases, resolveToolVersion } from '../../src/tools/releases.js'
import { startFakeGitHub, type FakeGitHub } from '../support/fake-github.js'
import { instantRetryPolicy } from '../support/retry.js'
import { publishFirecracker, publishKraft, sha256Hex } from '../support/tool-fixtures.js'

let github: FakeGitHub
let logger: MemoryLogger
beforeEach(async () => {
  github = await startFakeGitHub()
  logger = new MemoryLogger()
})
afterEach(() => github.close())

const releasesApi = (policy: RetryPolicy = instantRetryPolicy(), token?: string) =>
  new GitHubReleases({ apiUrl: github.apiUrl, token, env: {}, logger, retry: policy })

describe('resolving versions through the releases API', () => {
  test('a latest release whose tag is not a version falls back to the newest stable version', async () => {
    publishKraft(github, '0.9.4')
    github.addRelease('unikraft/kraftkit', { tag: 'staging' })
    const resolved = await resolveToolVersion(kraft, 'latest', releasesApi())
    expect(resolved).toMatchObject({ version: '0.9.4', how: 'newest release v0.9.4 of unikraft/kraftkit' })
  })

  test('a repository without releases', async () => {
    await expect(resolveToolVersion(kraft, 'latest', releasesApi())).rejects.toThrow(
      /input `tools`: no release of kraft satisfies `latest` \(unikraft\/kraftkit has no stable releases\)/
    )
    await expect(resolveToolVersion(kraft, '1.2.3', releasesApi())).rejects.toThrow(
      /input `tools`: kraft 1\.2\.3 is not released: unikraft\/kraftkit has no release tagged v1\.2\.3/
    )
  })

  test('ranges pick the newest satisfying stable version; exact versions their own release', async () => {
    for (const v of ['1.8.0', '1.9.0', '1.9.1', '1.10.0']) publishFirecracker(github, v)
    publishFirecracker(github, '1.11.0-rc1', { prerelease: true })
    const api = releasesApi()
    expect((await resolveToolVersion(firecracker, '^1', api)).version).toBe('1.10.0')
    expect((await resolveToolVersion(firecracker, '1.9', api)).version).toBe('1.9.1')
    expect((await resolveToolVersion(firecracker, '<1.9', api)).version).toBe('1.8.0')
    const exact = await resolveToolVersion(firecracker, 'v1.9.0', api)
    expect(exact.version).toBe('1.9.0')
    expect(exact.release.assets.map((a) => a.name)).toEqual(['firecracker-v1.9.0-x86_64.tgz', 'firecracker-v1.9.0-x86_64.tgz.sha256.txt'])
    expect(exact.release.assets[0].sha256).toMatch(/^[0-9a-f]{64}$/)
  })

  test('a range resolves across thousands of releases, in a few requests (kraftkit publishes staging builds)', async () => {
    publishKraft(github, '0.8.6')
    publishKraft(github, '0.9.4')
    // Newer than both, and more than ten pages of the releases list: prereleases and a stable tag without a release.
    for (let i = 0; i < 2100; i++) github.addRelease('unikraft/kraftkit', { tag: `v0.10.0-staging.${i}`, prerelease: true })
    github.addRelease('unikraft/kraftkit', { tag: 'v0.9.9', prerelease: true })
    const resolved = await resolveToolVersion(kraft, '~0.8', releasesApi())
    expect(resolved.version).toBe('0.8.6')
    expect((await resolveToolVersion(kraft, '0.9', releasesApi())).version).toBe('0.9.4')
    // Per resolution: the tags in one request, then the release of each candidate tried.
    expect(github.requestsTo(/\/releases(\?|$)/, 'GET')).toHaveLength(0)
    expect(github.requestsTo(/git\/matching-refs/).length).toBe(2)
    expect(github.requestsTo(/releases\/tags\//).length).toBe(3)
  })

  test('server errors are retried; a 403 that is not a rate limit names the token', async () => {
    publishKraft(github, '0.9.4')
    github.fail({ path: /releases\/latest/, status: 502, times: 2 })
    expect((await resolveToolVersion(kraft, 'latest', releasesApi())).version).toBe('0.9.4')
    expect(logger.text()).toMatch(
      /GET http:\/\/127\.0\.0\.1:\d+\/api\/v3\/repos\/unikraft\/kraftkit\/releases\/latest: HTTP 502; retrying in \d+\.\d s \(attempt 2 of 5\)/
    )

    github.fail({ path: /releases\/tags\//, status: 403, body: '{"message":"Resource not accessible by integration"}' })
    await expect(resolveToolVersion(kraft, '0.9.4', releasesApi(instantRetryPolicy(), 'ghs_x'))).rejects.toThrow(
      /^input `github-token`: the GitHub API \(.*\) denied access to unikraft\/kraftkit \(HTTP 403\)$/
    )
  })

  test('the retry policy decides how many attempts and how long between them', async () => {
    publishKraft(github, '0.9.4')
    github.fail({ path: /releases\/latest/, status: 503 })
    const waits: number[] = []
    const policy = instantRetryPolicy(waits, { attempts: 4, baseDelayMs: 1000, random: () => 0 })
    await expect(releasesApi(policy).latest(kraft.releases)).rejects.toMatchObject({ status: 503 })
    expect(waits).toEqual([500, 1000, 2000])
    expect(github.requestsTo(/releases\/latest/).length).toBe(4)
  })
})

describe('downloads', () => {
  test('streamed to disk with their SHA-256; a failed attempt leaves no file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tools-download-'))
    try {
      github.addFile('/file.bin', Buffer.alloc(100_000, 7))
      const http = new ToolHttp(instantRetryPolicy(), logger)
      const result = await http.download(`${github.url}/file.bin`, join(dir, 'a', 'file.bin'))
      expect(result).toEqual({ sha256: sha256Hex(Buffer.alloc(100_000, 7)), bytes: 100_000 })
      expect(readFileSync(join(dir, 'a', 'file.bin')).length).toBe(100_000)

      await expect(http.download(`${github.url}/missing.bin`, join(dir, 'missing.bin'))).rejects.toMatchObject({ status: 404 })
      // 404 is final: one attempt.
      expect(github.requestsTo(/missing\.bin/).length).toBe(1)
      await expect(http.download('http://127.0.0.1:1/refused', join(dir, 'refused.bin'))).rejects.toThrow()
      expect(() => readFileSync(join(dir, 'refused.bin'))).toThrow()
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe('redirects of downloads', () => {
  test('the token goes to the origin it was given for, never across a redirect to another port', async () => {
    const seen: { port: number; path: string; authorization?: string }[] = []
    const listen = async (handler: (path: string, res: ServerResponse) => void): Promise<Server> => {
      const server = createServer((req, res) => {
        seen.push({ port: (server.address() as AddressInfo).port, path: req.url ?? '', authorization: req.headers.authorization })
        handler(req.url ?? '', res)
      })
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
      return server
    }
    const storage = await listen((_path, res) => void res.writeHead(200, { 'content-length': '5' }).end('bytes'))
    const storagePort = (storage.address() as AddressInfo).port
    const origin = await listen((path, res) => {
      if (path === '/same') return void res.writeHead(302, { location: '/elsewhere' }).end()
      if (path === '/elsewhere') return void res.writeHead(302, { location: `http://127.0.0.1:${storagePort}/blob` }).end()
    })
    const dir = mkdtempSync(join(tmpdir(), 'tools-redirect-'))
    try {
      const http = new ToolHttp(instantRetryPolicy(), logger)
      const originPort = (origin.address() as AddressInfo).port
      const result = await http.download(`http://127.0.0.1:${originPort}/same`, join(dir, 'file'), { authorization: 'Bearer ghs_secret' })
      expect(result.bytes).toBe(5)
      expect(seen).toEqual([
        { port: originPort, path: '/same', authorization: 'Bearer ghs_secret' },
        { port: originPort, path: '/elsewhere', authorization: 'Bearer ghs_secret' },
        { port: storagePort, path: '/blob', authorization: undefined }
      ])
    } finally {
      rmSync(dir, { recursive: true, force: true })
      origin.closeAllConnections()
      storage.closeAllConnections()
      await Promise.all([origin, storage].map((server) => new Promise((resolve) => server.close(resolve))))
    }
  })
})
