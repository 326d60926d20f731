import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startFakeCacheService, type FakeCacheService } from '../support/fake-cache-service.js'
import { startFakeGitHub, type FakeGitHub } from '../support/fake-github.js'
import { startFaultProxy, type FaultProxy } from '../support/fault-proxy.js'
import { bootEntries, fakeKernel, writeOciFixture } from '../support/oci-fixture.js'
import { startRegistry, type RegistryServer } from '../support/registry.js'
import { runActionAsRunner, type ActionRun } from '../support/run-action.js'
import { startSigstoreMock, type SigstoreMock } from '../support/sigstore-mock-server.js'
import { publishFirecracker } from '../support/tool-fixtures.js'

// Every network path of the actions, run as the runner runs them, behind a forward proxy. Each service
// is named by a host only the proxy resolves (`*.proxy-only.test` → 127.0.0.1:<port>), so a request
// that ignored HTTP_PROXY/HTTPS_PROXY could not reach it at all; loopback names would not do, since
// @actions/http-client and our own clients never proxy loopback.
const scratch = mkdtempSync(join(tmpdir(), 'proxy-e2e-'))
const WORKFLOW = { repository: 'acme/web', workflowPath: '.github/workflows/release.yml', ref: 'refs/tags/v1.0.0' }

let github: FakeGitHub
let cache: FakeCacheService
let sigstore: SigstoreMock
let registry: RegistryServer
let proxy: FaultProxy
/** `http://127.0.0.1:<port>…` → the same URL under the name only the proxy resolves. */
const names = new Map<string, string>()
const proxied = (url: string): string => {
  const { host } = new URL(url)
  const name = names.get(host)
  if (!name) throw new Error(`no proxy-only name for ${host}`)
  return url.replace(host, name)
}

beforeAll(async () => {
  github = await startFakeGitHub()
  cache = await startFakeCacheService()
  sigstore = await startSigstoreMock(WORKFLOW)
  registry = await startRegistry()
  const hosts: Record<string, string> = {}
  for (const [service, url] of [
    ['github', github.url],
    ['cache', cache.url],
    ['sigstore', sigstore.url],
    ['registry', registry.url]
  ]) {
    const { host, port } = new URL(url)
    names.set(host, `${service}.proxy-only.test:${port}`)
    hosts[`${service}.proxy-only.test:${port}`] = host
  }
  proxy = await startFaultProxy({ hosts })
})

afterAll(async () => {
  await proxy?.close()
  await registry?.stop()
  await sigstore?.close()
  await cache?.close()
  await github?.close()
  rmSync(scratch, { recursive: true, force: true })
})

beforeEach(() => proxy.clear())

const PROXY_ENV = (): Record<string, string> => ({ HTTP_PROXY: proxy.url, HTTPS_PROXY: proxy.url })

/** The hosts the proxy carried requests or tunnels for. */
const proxiedHosts = (): string[] => [...new Set(proxy.log.map((r) => r.host))].sort()

function ok(run: ActionRun): void {
  expect({ status: run.status, errors: run.stdout.split('\n').filter((line) => line.startsWith('::error')) }).toEqual({ status: 0, errors: [] })
}

describe('through HTTP_PROXY / HTTPS_PROXY', () => {
  test('setup: the releases API (octokit), the downloads (@actions/http-client), the Actions cache (twirp, Azure upload, download)', async () => {
    publishFirecracker(github, '1.9.1')
    const runnerTemp = mkdtempSync(join(scratch, 'runner-'))
    const env = {
      ...PROXY_ENV(),
      ...cache.env,
      ACTIONS_RESULTS_URL: proxied(cache.url),
      GITHUB_WORKSPACE: scratch,
      RUNNER_TOOL_CACHE: mkdtempSync(join(scratch, 'tool-cache-')),
      RUNNER_ENVIRONMENT: 'self-hosted'
    }
    const inputs = { tools: 'firecracker@~1.9', 'enable-kvm': 'false', 'github-token': '', cache: 'true', 'allow-unverified': 'false' }
    const apiInputs = { 'api-url': `${proxied(github.url)}/api/v3`, mirror: proxied(github.url) }
    const main = await runActionAsRunner('setup', 'main', { ...inputs, ...apiInputs }, { runnerTemp, env })
    ok(main)
    expect(main.outputs['firecracker-version']).toBe('1.9.1')
    expect(github.requestsTo(/\/api\/v3\/repos\/firecracker-microvm\/firecracker\/releases/).length).toBeGreaterThan(0)
    expect(github.requestsTo(/\/releases\/download\//).length).toBeGreaterThan(0)
    expect(cache.requests.some((r) => r.path.endsWith('/GetCacheEntryDownloadURL'))).toBe(true)

    const post = await runActionAsRunner('setup', 'post', {}, { runnerTemp, env, state: main.state })
    ok(post)
    expect(post.stdout).toMatch(/firecracker 1\.9\.1: saved to the Actions cache/)
    expect(cache.entries()).toHaveLength(1)

    // A new job on a new machine: empty tool cache, no download left behind; the Actions cache has it.
    rmSync(join(runnerTemp, 'unikernel-actions', 'setup'), { recursive: true, force: true })
    const restored = await runActionAsRunner(
      'setup',
      'main',
      { ...inputs, ...apiInputs, tools: 'firecracker@1.9.1' },
      { runnerTemp, env: { ...env, RUNNER_TOOL_CACHE: mkdtempSync(join(scratch, 'tool-cache-')) } }
    )
    ok(restored)
    expect(restored.stdout).toMatch(/firecracker 1\.9\.1: restored from the Actions cache/)

    expect(proxiedHosts()).toEqual([names.get(new URL(cache.url).host), names.get(new URL(github.url).host)].sort())
    // Tunnels (undici, @actions/http-client) and absolute-form requests (the Azure storage SDK) both occur.
    expect(new Set(proxy.log.map((r) => r.form))).toEqual(new Set(['connect', 'absolute']))
  })

  test('sign: the OIDC token service, Fulcio and Rekor (sigstore-js), the release upload and the attestations API (octokit)', async () => {
    github.addRelease('acme/web', { tag: 'v1.0.0' })
    const layout = mkdtempSync(join(scratch, 'layout-'))
    await writeOciFixture(layout, { images: [{ arch: 'amd64', entries: bootEntries({ kernel: fakeKernel('proxy') }) }], tags: ['1.0'] })
    const files = mkdtempSync(join(scratch, 'files-'))
    writeFileSync(join(files, 'web.efi'), 'kernel bytes\n')
    const event = join(files, 'event.json')
    writeFileSync(event, JSON.stringify({ repository: { visibility: 'public' } }))
    const run = await runActionAsRunner(
      'sign',
      'main',
      {
        image: `oci:${layout}:1.0`,
        identity: 'ghcr.io/acme/web',
        'fulcio-url': proxied(sigstore.fulcioUrl),
        'rekor-url': proxied(sigstore.rekorUrl),
        files: join(files, '*.efi'),
        release: 'v1.0.0',
        'github-token': 'ghs_runner',
        keyless: 'auto',
        format: 'bundle',
        provenance: 'true'
      },
      {
        env: {
          ...PROXY_ENV(),
          GITHUB_REPOSITORY: 'acme/web',
          GITHUB_SHA: 'c0ffee0000000000000000000000000000000000',
          GITHUB_REF: 'refs/tags/v1.0.0',
          GITHUB_WORKFLOW_REF: 'acme/web/.github/workflows/release.yml@refs/tags/v1.0.0',
          GITHUB_RUN_ID: '11',
          GITHUB_RUN_ATTEMPT: '1',
          GITHUB_EVENT_NAME: 'push',
          GITHUB_EVENT_PATH: event,
          GITHUB_API_URL: `${proxied(github.url)}/api/v3`,
          ACTIONS_ID_TOKEN_REQUEST_URL: proxied(sigstore.oidcEnv.ACTIONS_ID_TOKEN_REQUEST_URL),
          ACTIONS_ID_TOKEN_REQUEST_TOKEN: sigstore.oidcEnv.ACTIONS_ID_TOKEN_REQUEST_TOKEN
        }
      }
    )
    ok(run)
    expect(sigstore.counts.tokens).toBeGreaterThan(0)
    expect(sigstore.counts.certificates).toBeGreaterThan(0)
    expect(sigstore.counts.tlogEntries).toBeGreaterThan(0)
    expect(github.assetNames('acme/web', 'v1.0.0')).toEqual(['web.efi.sig', 'web.efi.sigstore.json'])
    expect(github.attestations('acme/web')).toHaveLength(1)
    expect(proxiedHosts()).toEqual([names.get(new URL(github.url).host), names.get(new URL(sigstore.url).host)].sort())
    // sigstore-js sends absolute-form requests; @actions/core's token request and octokit tunnel.
    const sigstoreHost = names.get(new URL(sigstore.url).host)
    expect(proxy.log.filter((r) => r.form === 'absolute').map((r) => r.path.split('/')[1])).toEqual(expect.arrayContaining(['fulcio', 'rekor']))
    expect(proxy.log.some((r) => r.form === 'connect' && r.host === sigstoreHost)).toBe(true)
  })

  test('publish: the OCI registry (our client) and the release upload (octokit)', async () => {
    const layout = mkdtempSync(join(scratch, 'layout-'))
    await writeOciFixture(layout, { images: [{ arch: 'amd64', entries: bootEntries({ kernel: fakeKernel('proxy-publish') }) }], tags: ['1.0'] })
    const registryName = names.get(new URL(registry.url).host)!
    const run = await runActionAsRunner(
      'publish',
      'main',
      {
        image: `oci:${layout}:1.0`,
        to: `${registryName}/acme/web:1.0`,
        insecure: registryName,
        release: 'v2.0.0',
        'github-token': 'ghs_runner',
        retries: '5',
        concurrency: '4'
      },
      { env: { ...PROXY_ENV(), GITHUB_REPOSITORY: 'acme/web', GITHUB_API_URL: `${proxied(github.url)}/api/v3` } }
    )
    ok(run)
    expect(run.outputs.digest).toMatch(/^sha256:/)
    expect(github.release('acme/web', 'v2.0.0')!.assets.map((a) => a.name)).toContain('SHA256SUMS')
    expect(proxiedHosts()).toEqual([names.get(new URL(github.url).host), registryName].sort())
  })
})

describe('NO_PROXY', () => {
  test('an exempt host is reached directly: here it cannot be, so setup fails on the name and the proxy sees nothing', async () => {
    const run = await runActionAsRunner(
      'setup',
      'main',
      {
        tools: 'firecracker@1.9',
        'enable-kvm': 'false',
        'github-token': '',
        cache: 'false',
        'allow-unverified': 'false',
        'api-url': `${proxied(github.url)}/api/v3`,
        mirror: proxied(github.url)
      },
      { env: { ...PROXY_ENV(), NO_PROXY: '.proxy-only.test', RUNNER_TOOL_CACHE: mkdtempSync(join(scratch, 'tool-cache-')), RUNNER_ENVIRONMENT: 'self-hosted' } }
    )
    expect(run.status).toBe(1)
    expect(run.stdout).toMatch(/::error::.*cannot reach github\.proxy-only\.test:\d+: host not found/)
    expect(proxy.log).toEqual([])
  })

  test('sigstore-js honours it too: Fulcio is asked directly and cannot be found', async () => {
    const files = mkdtempSync(join(scratch, 'files-'))
    writeFileSync(join(files, 'web.efi'), 'kernel bytes\n')
    const run = await runActionAsRunner(
      'sign',
      'main',
      { files: join(files, '*.efi'), keyless: 'true', 'fulcio-url': proxied(sigstore.fulcioUrl), 'rekor-url': proxied(sigstore.rekorUrl), provenance: 'false' },
      { env: { ...PROXY_ENV(), ...sigstore.oidcEnv, NO_PROXY: 'sigstore.proxy-only.test' } }
    )
    expect(run.status).toBe(1)
    expect(run.stdout).toMatch(/::error::sign failed: error creating signing certificate: .*getaddrinfo ENOTFOUND sigstore\.proxy-only\.test/)
    expect(proxy.log).toEqual([])
  })
})
