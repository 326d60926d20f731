import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { signAction } from '../../src/actions/sign.js'
import { verifyAction } from '../../src/actions/verify.js'
import { startFaultProxy } from '../support/fault-proxy.js'
import { bootEntries, fakeKernel, writeOciFixture } from '../support/oci-fixture.js'
import { publishWith, startRegistry, type RegistryServer } from '../support/registry.js'
import { opensslKeyPair, runInProcess } from '../support/signing.js'
import { skopeoRawDigest } from '../support/skopeo-digest.js'

// Promotion by digest: the image that passed its boot gets its release tags, or is copied to another
// registry, without a rebuild and without re-uploading what is already there — signatures included.
// Two Debian docker-registry instances (one with basic auth); skopeo reads the results; the registry's
// own request log counts the blob uploads.
const scratch = mkdtempSync(join(tmpdir(), 'promote-'))
const pair = opensslKeyPair()
const GITHUB_ENV = { GITHUB_REPOSITORY: 'acme/web', GITHUB_SHA: 'c0ffee0000000000000000000000000000000000', GITHUB_REF: 'refs/heads/main' }
let source: RegistryServer
let other: RegistryServer
let digest: string
let platformDigest: string

beforeAll(async () => {
  source = await startRegistry({ accessLog: true })
  other = await startRegistry({ auth: 'htpasswd', users: { alice: 'wonderland' } })
  const layout = await writeOciFixture(join(scratch, 'layout'), {
    images: [{ arch: 'amd64', entries: bootEntries({ kernel: fakeKernel('promote') }) }],
    tags: ['sha-c0ffee0'],
    indexAnnotations: { 'org.opencontainers.image.revision': GITHUB_ENV.GITHUB_SHA }
  })
  platformDigest = layout.images[0].manifestDigest
  const pushed = await publishWith({ image: `oci:${layout.dir}:sha-c0ffee0`, to: `${source.host}/acme/web:sha-c0ffee0` })
  if (pushed.error) throw pushed.error
  digest = pushed.outputs.get('digest')!
  const signed = await runInProcess(
    signAction,
    { image: `${source.host}/acme/web@${digest}`, key: pair.privatePem, provenance: 'false' },
    { HOME: scratch, ...GITHUB_ENV }
  )
  if (signed.error) throw signed.error
}, 120_000)

afterAll(async () => {
  await source?.stop()
  await other?.stop()
  rmSync(scratch, { recursive: true, force: true })
})

/** Blob upload requests (POST to start, PUT to finish) the registry logged for a repository. */
function blobUploads(registry: RegistryServer, repository: string): number {
  return registry
    .log()
    .split('\n')
    .filter((line) => new RegExp(`"(POST|PUT|PATCH) /v2/${repository}/blobs/uploads/`).test(line)).length
}

const skopeoDigest = (ref: string, creds?: string): string => skopeoRawDigest(`docker://${ref}`, ['--tls-verify=false', ...(creds ? ['--creds', creds] : [])])

async function verify(image: string, extra: Record<string, string> = {}, env: Record<string, string> = {}): Promise<string | undefined> {
  const run = await runInProcess(verifyAction, { image, key: pair.publicPem, ...extra }, { HOME: scratch, ...env })
  return run.error?.message
}

describe('publish promotes a registry image by digest', () => {
  test('through a logging proxy, a same-registry promotion sends manifests only: no blob POST, PUT or PATCH', async () => {
    const proxy = await startFaultProxy({ upstream: source.url })
    try {
      const run = await publishWith({ image: `${proxy.host}/acme/web@${digest}`, to: `${proxy.host}/acme/web:proxied` })
      expect(run.error).toBeUndefined()
      const writes = proxy.log.filter((r) => r.method !== 'GET' && r.method !== 'HEAD').map((r) => `${r.method} ${r.path}`)
      expect(writes).toEqual(['PUT /v2/acme/web/manifests/proxied'])
      expect(proxy.log.filter((r) => r.path.includes('/blobs/'))).toEqual([])
      expect(skopeoDigest(`${source.host}/acme/web:proxied`)).toBe(digest)
    } finally {
      await proxy.close()
    }
  })

  test('on a tag push, `tags` rules tag the image in its own repository once its revision is the commit', async () => {
    const env = { ...GITHUB_ENV, GITHUB_REF: 'refs/tags/v1.4.0', GITHUB_REF_NAME: 'v1.4.0', GITHUB_REF_TYPE: 'tag', GITHUB_EVENT_NAME: 'push' }
    const run = await publishWith(
      {
        image: `${source.host}/acme/web:sha-c0ffee0`,
        'require-revision': GITHUB_ENV.GITHUB_SHA,
        tags: 'type=semver,pattern={{version}}\ntype=semver,pattern={{major}}.{{minor}}',
        flavor: 'latest=auto'
      },
      { env, onGitHub: true }
    )
    expect(run.error).toBeUndefined()
    expect(JSON.parse(run.outputs.get('refs')!)).toEqual(['1.4.0', '1.4', 'latest'].map((tag) => ({ ref: `${source.host}/acme/web:${tag}`, digest })))
    for (const tag of ['1.4.0', '1.4', 'latest']) expect(skopeoDigest(`${source.host}/acme/web:${tag}`)).toBe(digest)
    expect(run.logger.lines.map((l) => l.message).join('\n')).toContain(`was built from ${GITHUB_ENV.GITHUB_SHA}`)
  })

  test('`require-revision` refuses an image built from another commit, or one that does not say, before writing anything', async () => {
    const other = 'beef000000000000000000000000000000000000'
    const wrong = await publishWith({ image: `${source.host}/acme/web:sha-c0ffee0`, 'require-revision': other, to: `${source.host}/acme/web:wrong` })
    expect(wrong.error?.message).toMatch(new RegExp(`input \`require-revision\`: .*was built from ${GITHUB_ENV.GITHUB_SHA}, not ${other}`))
    expect(() => skopeoDigest(`${source.host}/acme/web:wrong`)).toThrow()
    const bare = await writeOciFixture(join(scratch, 'bare'), {
      images: [{ arch: 'amd64', entries: bootEntries({ kernel: fakeKernel('bare') }) }],
      tags: ['bare']
    })
    const pushed = await publishWith({ image: `oci:${bare.dir}:bare`, to: `${source.host}/acme/web:bare` })
    expect(pushed.error).toBeUndefined()
    const unsaid = await publishWith({ image: `${source.host}/acme/web:bare`, 'require-revision': other, to: `${source.host}/acme/web:unsaid` })
    expect(unsaid.error?.message).toMatch(/input `require-revision`: .* carries no org\.opencontainers\.image\.revision annotation/)
    const short = await publishWith({ image: `${source.host}/acme/web:bare`, 'require-revision': 'c0ffee0', to: `${source.host}/acme/web:short` })
    expect(short.error?.message).toMatch(/input `require-revision`: `c0ffee0` is not a full commit SHA/)
  })

  test('a new tag in the same repository is one manifest PUT: no blob uploaded, the digest unchanged, verify passes', async () => {
    const uploadsBefore = blobUploads(source, 'acme/web')
    const run = await publishWith({ image: `${source.host}/acme/web@${digest}`, to: `${source.host}/acme/web:1.4.0,${source.host}/acme/web:latest` })
    expect(run.error).toBeUndefined()
    expect(run.outputs.get('digest')).toBe(digest)
    expect(run.outputs.get('pushed-bytes')).toBe('0')
    expect(blobUploads(source, 'acme/web')).toBe(uploadsBefore)
    expect(skopeoDigest(`${source.host}/acme/web:1.4.0`)).toBe(digest)
    expect(skopeoDigest(`${source.host}/acme/web:latest`)).toBe(digest)
    expect(await verify(`${source.host}/acme/web:1.4.0`)).toBeUndefined()
  })

  test('by tag too: `image: …:sha-c0ffee0` promotes what that tag holds', async () => {
    const run = await publishWith({ image: `${source.host}/acme/web:sha-c0ffee0`, to: `${source.host}/acme/web:1.4` })
    expect(run.error).toBeUndefined()
    expect(run.outputs.get('digest')).toBe(digest)
    expect(skopeoDigest(`${source.host}/acme/web:1.4`)).toBe(digest)
  })

  test('to another registry (basic auth): the same digest, blobs streamed, the signatures along; verify there needs the source identity', async () => {
    const run = await publishWith({
      image: `${source.host}/acme/web@${digest}`,
      to: `${other.host}/release/web:1.4.0`,
      username: 'alice',
      password: 'wonderland'
    })
    expect(run.error).toBeUndefined()
    expect(run.outputs.get('digest')).toBe(digest)
    expect(Number(run.outputs.get('pushed-bytes'))).toBeGreaterThan(0)
    expect(skopeoDigest(`${other.host}/release/web:1.4.0`, 'alice:wonderland')).toBe(digest)
    const sig = `${other.host}/release/web:${digest.replace(':', '-')}.sig`
    expect(skopeoDigest(sig, 'alice:wonderland')).toBe(skopeoDigest(`${source.host}/acme/web:${digest.replace(':', '-')}.sig`))
    expect(skopeoDigest(`${other.host}/release/web:${platformDigest.replace(':', '-')}.sig`, 'alice:wonderland')).toMatch(/^sha256:/)
    const login = { username: 'alice', password: 'wonderland' }
    // The signature attests the repository it was made for: another repository's name does not verify…
    expect(await verify(`${other.host}/release/web:1.4.0`, login)).toMatch(/does not verify|not signed/)
    // …the source repository's does.
    expect(await verify(`${other.host}/release/web:1.4.0`, { ...login, identity: `${source.host}/acme/web` })).toBeUndefined()
  })

  test('copy-signatures: false copies the image only', async () => {
    const run = await publishWith({ image: `${source.host}/acme/web@${digest}`, to: `${source.host}/bare/web:1`, 'copy-signatures': 'false' })
    expect(run.error).toBeUndefined()
    expect(() => skopeoDigest(`${source.host}/bare/web:${digest.replace(':', '-')}.sig`)).toThrow()
    // Another repository of the same registry: the blobs are mounted, not uploaded again.
    expect(source.log()).toMatch(/"POST \/v2\/bare\/web\/blobs\/uploads\/\?[^"]*mount=sha256/)
  })

  test('errors name the input: an oci: destination, an image without tag or digest', async () => {
    const layoutTo = await publishWith({ image: `${source.host}/acme/web@${digest}`, to: `oci:${join(scratch, 'out')}:1` })
    expect(layoutTo.error?.message).toMatch(/^input `to`: promoting a registry image copies it to registries/)
    const bare = await publishWith({ image: `${source.host}/acme/web`, to: `${source.host}/acme/web:2` })
    expect(bare.error?.message).toMatch(/^input `image`: .* names neither a tag nor a digest/)
  })
})
