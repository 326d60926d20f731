import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { execFile } from 'node:child_process'
import { chmodSync, readFileSync, writeFileSync } from 'node:fs'
import { getCACertificates, setDefaultCACertificates } from 'node:tls'
import { promisify } from 'node:util'
import { join } from 'node:path'
import { RegistryClient } from '../../src/registry/client.js'
import { startFaultProxy, type FaultProxy } from '../support/fault-proxy.js'
import { bootEntries, fakeKernel, writeOciFixture, type FixtureLayout } from '../support/oci-fixture.js'
import { publishWith, startRegistry, type RegistryServer } from '../support/registry.js'
import { TempDirs } from '../support/temp-dirs.js'

// Credentials, auth flows, fork pull requests and proxies, against real registries.
let basic: RegistryServer
let token: RegistryServer
let fixture: FixtureLayout
const temps = new TempDirs()

function temp(prefix: string): string {
  return temps.make(prefix)
}

function dockerConfig(auths: Record<string, unknown>, extra: Record<string, unknown> = {}): string {
  const dir = temp('docker-config-')
  writeFileSync(join(dir, 'config.json'), JSON.stringify({ auths, ...extra }))
  return dir
}

const b64 = (text: string): string => Buffer.from(text).toString('base64')
const run = promisify(execFile)

beforeAll(async () => {
  basic = await startRegistry({ auth: 'htpasswd', users: { alice: 'wonderland' } })
  token = await startRegistry({
    auth: 'token',
    users: { ci: 'ci-secret', admin: 'admin-secret' },
    // `ci` may not read acme/secret: a mount from there must fall back to an upload.
    token: {
      refreshTokens: { 'refresh-123': 'robot' },
      grant: (subject, repository, actions) => (subject === 'ci' && repository === 'acme/secret' ? [] : subject ? actions : actions.filter((a) => a === 'pull'))
    }
  })
  fixture = await writeOciFixture(temp('access-'), { images: [{ arch: 'amd64', entries: bootEntries({ kernel: fakeKernel('access') }) }], tags: ['1.0'] })
})

afterAll(async () => {
  await basic?.stop()
  await token?.stop()
  temps.removeAll()
})

describe('htpasswd (Basic) registries', () => {
  test('username and password push; the password is never printed', async () => {
    const result = await publishWith({ image: `oci:${fixture.dir}:1.0`, to: `${basic.host}/acme/basic:1.0`, username: 'alice', password: 'wonderland' })
    expect(result.error).toBeUndefined()
    expect(result.outputs.get('digest')).toBe(fixture.topDigest)
    expect(result.logger.text()).not.toContain('wonderland')
  })

  test('a wrong password: a clear 401 naming the user and where the credentials came from, not the password', async () => {
    const result = await publishWith({ image: `oci:${fixture.dir}:1.0`, to: `${basic.host}/acme/basic:1.0`, username: 'alice', password: 'not-the-password' })
    expect(result.error?.name).toBe('ConfigurationError')
    expect(result.error?.message).toMatch(
      new RegExp(`${basic.host} rejected the credentials of \`alice\` \\(from the \`username\`/\`password\` inputs\\): 401`)
    )
    expect(result.error?.message).not.toContain('not-the-password')
    expect(result.logger.text()).not.toContain('not-the-password')
  })

  test('no credentials: the message says how to give them', async () => {
    const result = await publishWith({ image: `oci:${fixture.dir}:1.0`, to: `${basic.host}/acme/basic:1.0` })
    expect(result.error?.message).toMatch(new RegExp(`${basic.host} requires credentials and none were given \\(set \`username\` and \`password\``))
  })

  test('a docker config (`auths.<host>.auth`) given as `docker-config`, or found through $DOCKER_CONFIG', async () => {
    const dir = dockerConfig({ [`http://${basic.host}`]: { auth: b64('alice:wonderland') } })
    const explicit = await publishWith({ image: `oci:${fixture.dir}:1.0`, to: `${basic.host}/acme/config:1.0`, 'docker-config': join(dir, 'config.json') })
    expect(explicit.error).toBeUndefined()
    const viaEnv = await publishWith({ image: `oci:${fixture.dir}:1.0`, to: `${basic.host}/acme/config:2.0` }, { env: { DOCKER_CONFIG: dir } })
    expect(viaEnv.error).toBeUndefined()
    const missing = await publishWith({ image: `oci:${fixture.dir}:1.0`, to: `${basic.host}/acme/config:1.0`, 'docker-config': join(dir, 'nope.json') })
    expect(missing.error?.message).toMatch(/input `docker-config`: cannot read .*nope\.json/)
  })

  test('a docker credential helper answers for its registry', async () => {
    const bin = temp('helper-bin-')
    const helper = join(bin, 'docker-credential-fake')
    // Answers only for the server it is asked about on stdin, as real helpers do: any other server is
    // "credentials not found" on stdout with status 1.
    writeFileSync(
      helper,
      '#!/bin/sh\n# follows: docker/docker-credential-helpers@v0.9.8 credentials/credentials.go, credentials/error.go\n' +
        '[ $# -eq 1 ] || { echo "Usage: docker-credential-fake <store|get|erase|list|version>"; exit 1; }\n' +
        '[ "$1" = get ] || { echo "docker-credential-fake: unknown action: $1"; exit 1; }\n' +
        'server=$(cat | sed -e "s/^[[:space:]]*//" -e "s/[[:space:]]*$//")\n' +
        '[ -n "$server" ] || { echo "no credentials server URL"; exit 1; }\n' +
        `[ "$server" = "${basic.host}" ] || { echo "credentials not found in native keychain"; exit 1; }\n` +
        `printf '{"ServerURL":"%s","Username":"alice","Secret":"wonderland"}\\n' "$server"\n`
    )
    chmodSync(helper, 0o755)
    const dir = dockerConfig({}, { credHelpers: { [basic.host]: 'fake' } })
    const result = await publishWith(
      { image: `oci:${fixture.dir}:1.0`, to: `${basic.host}/acme/helper:1.0` },
      { env: { DOCKER_CONFIG: dir, PATH: `${bin}:${process.env.PATH}` } }
    )
    expect(result.error).toBeUndefined()
  })
})

describe('token-auth registries', () => {
  test('Basic credentials at the token service; one token per scope set, cached', async () => {
    token.tokenServer!.requests.length = 0
    const result = await publishWith({ image: `oci:${fixture.dir}:1.0`, to: `${token.host}/acme/tok:1.0`, username: 'ci', password: 'ci-secret' })
    expect(result.error).toBeUndefined()
    expect(token.tokenServer!.requests.map((r) => [r.subject, r.scopes.join(' ')])).toEqual([['ci', 'repository:acme/tok:pull,push']])
  })

  test('a mount asks for both repositories in one token', async () => {
    token.tokenServer!.requests.length = 0
    const result = await publishWith({
      image: `oci:${fixture.dir}:1.0`,
      to: `${token.host}/acme/one:1.0, ${token.host}/acme/two:1.0`,
      username: 'ci',
      password: 'ci-secret'
    })
    expect(result.error).toBeUndefined()
    expect(result.outcome?.stats?.mountedBlobs).toBe(2)
    expect(token.tokenServer!.requests.map((r) => r.scopes.join(' '))).toContain('repository:acme/one:pull repository:acme/two:pull,push')
  })

  test('a mount the credentials may not read from falls back to an upload', async () => {
    const runnerTemp = temp('runner-')
    const admin = await publishWith(
      { image: `oci:${fixture.dir}:1.0`, to: `${token.host}/acme/secret:1.0`, username: 'admin', password: 'admin-secret' },
      { runnerTemp }
    )
    expect(admin.error).toBeUndefined()
    // Same job: the state file names acme/secret as a mount source for the next push.
    const ci = await publishWith(
      { image: `oci:${fixture.dir}:1.0`, to: `${token.host}/acme/public:1.0`, username: 'ci', password: 'ci-secret' },
      { runnerTemp }
    )
    expect(ci.error).toBeUndefined()
    expect(ci.outcome?.stats).toMatchObject({ uploadedBlobs: 2, mountedBlobs: 0 })
    expect(token.tokenServer!.requests.some((r) => r.subject === 'ci' && r.scopes.includes('repository:acme/secret:pull'))).toBe(true)
  })

  test('an identity token from a docker config is exchanged with the refresh_token grant', async () => {
    token.tokenServer!.requests.length = 0
    const dir = dockerConfig({ [token.host]: { auth: b64('<token>:'), identitytoken: 'refresh-123' } })
    const result = await publishWith({ image: `oci:${fixture.dir}:1.0`, to: `${token.host}/acme/robot:1.0` }, { env: { DOCKER_CONFIG: dir } })
    expect(result.error).toBeUndefined()
    expect(token.tokenServer!.requests.map((r) => [r.method, r.grantType, r.subject])).toEqual([['POST', 'refresh_token', 'robot']])
  })

  test('anonymous pull is not push: the message says credentials are needed for the scope', async () => {
    const result = await publishWith({ image: `oci:${fixture.dir}:1.0`, to: `${token.host}/acme/anon:1.0` })
    expect(result.error?.message).toMatch(
      /requires credentials and none were given .*\(anonymous access does not grant repository:acme\/anon:(pull,push|push,pull)\)/
    )
  })

  test('a wrong password is refused by the token service, with the user and no password in the message', async () => {
    const result = await publishWith({ image: `oci:${fixture.dir}:1.0`, to: `${token.host}/acme/tok:1.0`, username: 'ci', password: 'wrong-secret' })
    expect(result.error?.message).toMatch(/the token service of .* refused the credentials of `ci` \(from the `username`\/`password` inputs\): 401/)
    expect(result.error?.message).not.toContain('wrong-secret')
  })

  test('the username/password inputs go to the first registry of `to` only', async () => {
    token.tokenServer!.requests.length = 0
    const result = await publishWith({
      image: `oci:${fixture.dir}:1.0`,
      to: `${basic.host}/acme/first:1.0, ${token.host}/acme/second:1.0`,
      username: 'alice',
      password: 'wonderland'
    })
    expect(result.error?.message).toMatch(/requires credentials and none were given/)
    expect(token.tokenServer!.requests.every((r) => r.subject === undefined)).toBe(true)
  })
})

describe('pull requests from forks', () => {
  function forkEvent(): Record<string, string> {
    const dir = temp('event-')
    const path = join(dir, 'event.json')
    writeFileSync(path, JSON.stringify({ pull_request: { head: { repo: { full_name: 'someone/fork' } }, base: { repo: { full_name: 'acme/web' } } } }))
    return { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: path, GITHUB_ACTOR: 'someone' }
  }

  test('without credentials, a push to a registry is skipped with a notice and skipped=true; layouts are still written', async () => {
    const dest = temp('fork-layout-')
    const result = await publishWith(
      { image: `oci:${fixture.dir}:1.0`, to: `ghcr.io/acme/web:pr-1\noci:${dest}:pr-1`, 'github-token': 'read-only-token' },
      { env: forkEvent() }
    )
    expect(result.error).toBeUndefined()
    expect(result.outputs.get('skipped')).toBe('true')
    expect(JSON.parse(result.outputs.get('refs') ?? '')).toEqual([{ ref: `oci:${dest}:pr-1`, digest: fixture.topDigest }])
    expect(result.logger.text('notice')).toMatch(/Pull request from a fork: no credentials for ghcr\.io \(forks get no secrets\)/)
  })

  test('a loopback registry (a service container) is pushed to as usual', async () => {
    const registry = await startRegistry()
    try {
      const result = await publishWith({ image: `oci:${fixture.dir}:1.0`, to: `${registry.host}/acme/web:pr-1` }, { env: forkEvent() })
      expect(result.error).toBeUndefined()
      expect(result.outputs.get('skipped')).toBe('false')
    } finally {
      await registry.stop()
    }
  })
})

describe('proxies', () => {
  let registry: RegistryServer
  let proxy: FaultProxy
  // A name only the proxy can resolve: reaching it at all proves the request went through the proxy.
  const name = 'registry.proxied.test:5000'

  beforeAll(async () => {
    registry = await startRegistry()
    proxy = await startFaultProxy({ hosts: { [name]: registry.host } })
  })
  afterAll(async () => {
    await proxy?.close()
    await registry?.stop()
  })

  test('HTTP_PROXY carries every request; NO_PROXY exempts a host', async () => {
    proxy.clear()
    const result = await publishWith(
      { image: `oci:${fixture.dir}:1.0`, to: `${name}/acme/proxied:1.0`, insecure: name },
      { env: { HTTP_PROXY: proxy.url, NO_PROXY: 'example.org' } }
    )
    expect(result.error).toBeUndefined()
    expect(proxy.log.length).toBeGreaterThan(5)
    expect(proxy.log.every((r) => r.form === 'absolute' && r.host === name)).toBe(true)
    const client = await RegistryClient.connect({ registry: registry.host, repository: 'acme/proxied' }, undefined, { insecure: true })
    expect((await client.getManifest('1.0')).digest).toBe(fixture.topDigest)
    client.close()

    proxy.clear()
    const bypassed = await publishWith(
      { image: `oci:${fixture.dir}:1.0`, to: `${name}/acme/proxied:1.0`, insecure: name, retries: '1' },
      { env: { http_proxy: proxy.url, no_proxy: '.proxied.test' } }
    )
    expect(bypassed.error?.message).toMatch(/cannot reach registry\.proxied\.test:5000: host not found/)
    expect(proxy.log).toEqual([])
  })

  test('a registry not in `insecure` is spoken to over HTTPS (a CONNECT through the proxy)', async () => {
    proxy.clear()
    const result = await publishWith({ image: `oci:${fixture.dir}:1.0`, to: `${name}/acme/secure:1.0`, retries: '1' }, { env: { HTTPS_PROXY: proxy.url } })
    expect(result.error?.message).toMatch(/cannot reach registry\.proxied\.test:5000/)
    expect(proxy.log.map((r) => [r.method, r.path])).toEqual([['CONNECT', name]])
  })

  test('loopback registries never go through the proxy', async () => {
    proxy.clear()
    const result = await publishWith(
      { image: `oci:${fixture.dir}:1.0`, to: `${registry.host}/acme/direct:1.0` },
      { env: { HTTP_PROXY: proxy.url, HTTPS_PROXY: proxy.url } }
    )
    expect(result.error).toBeUndefined()
    expect(proxy.log).toEqual([])
  })
})

describe('TLS registries', () => {
  let registry: RegistryServer
  const defaults = getCACertificates('default')

  beforeAll(async () => {
    registry = await startRegistry({ tls: true })
  })
  afterAll(async () => {
    setDefaultCACertificates(defaults)
    await registry?.stop()
  })

  test('a loopback registry that speaks only TLS is reached over HTTPS, its certificate verified', async () => {
    // Not trusted: the push stops at the certificate, naming the registry, and nothing goes up.
    const refused = await publishWith({ image: `oci:${fixture.dir}:1.0`, to: `${registry.host}/acme/tls:1.0`, retries: '1' })
    expect(refused.error?.message).toMatch(new RegExp(`cannot reach ${registry.host.replace(/\./g, '\\.')}: .*certificate`, 'i'))
    expect(refused.logger.text()).toMatch(/speaks only TLS on this port; using HTTPS/)

    // Trusted (as NODE_EXTRA_CA_CERTS would make it): the image arrives, and an independent reader agrees.
    setDefaultCACertificates([...defaults, registry.certificate!])
    const result = await publishWith({ image: `oci:${fixture.dir}:1.0`, to: `${registry.host}/acme/tls:1.0` })
    expect(result.error).toBeUndefined()
    expect(result.outputs.get('digest')).toBe(fixture.topDigest)
    const certs = temp('certs-')
    writeFileSync(join(certs, 'ca.crt'), registry.certificate!)
    const { stdout } = await run('skopeo', ['inspect', '--raw', '--cert-dir', certs, `docker://${registry.host}/acme/tls:1.0`])
    expect(Buffer.from(stdout)).toEqual(readFileSync(join(fixture.dir, 'blobs', 'sha256', fixture.topDigest.slice('sha256:'.length))))
  })
})
