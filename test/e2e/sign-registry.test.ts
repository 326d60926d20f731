import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { signAction } from '../../src/actions/sign.js'
import { verifyAction } from '../../src/actions/verify.js'
import { bootEntries, fakeKernel, writeOciFixture, type FixtureLayout } from '../support/oci-fixture.js'
import { publishWith, repositoryReader, startRegistry, type RegistryServer } from '../support/registry.js'
import { GITHUB_RELEASE_ENV, opensslKeyPair, opensslSign, opensslVerify, pae, runInProcess } from '../support/signing.js'

describe('signing images in a registry (Debian docker-registry, no referrers API)', () => {
  let registry: RegistryServer
  let layout: FixtureLayout
  let digest: string
  let home: string
  const pair = opensslKeyPair()

  /** Registry GETs, independent of our client. */
  const getJson = <T>(path: string): Promise<T> => repositoryReader(registry, 'acme/web').getJson<T>(path)
  const blob = (digest: string): Promise<Buffer> => repositoryReader(registry, 'acme/web').blob(digest)
  const env = (): Record<string, string> => ({ HOME: home, ...GITHUB_RELEASE_ENV })

  async function publishFixture(tag: string, label: string): Promise<{ digest: string; layout: FixtureLayout }> {
    const dir = mkdtempSync(join(tmpdir(), 'sign-registry-'))
    const written = await writeOciFixture(dir, {
      images: [
        { arch: 'amd64', entries: bootEntries({ kernel: fakeKernel(`${label}-a`) }) },
        { arch: 'arm64', entries: bootEntries({ kernel: fakeKernel(`${label}-b`) }) }
      ],
      tags: [tag]
    })
    const published = await publishWith({ image: `oci:${dir}:${tag}`, to: `${registry.host}/acme/web:${tag}` }, { env: { HOME: home } })
    if (published.error) throw published.error
    return { digest: published.outputs.get('digest')!, layout: written }
  }

  beforeAll(async () => {
    home = mkdtempSync(join(tmpdir(), 'home-'))
    registry = await startRegistry()
    ;({ digest, layout } = await publishFixture('1.0', 'one'))
    const run = await runInProcess(signAction, { image: `${registry.host}/acme/web@${digest}`, key: pair.privatePem, provenance: 'true' }, env())
    if (run.error) throw run.error
  })

  afterAll(async () => {
    await registry?.stop()
  })

  test('the .sig manifest, fetched with plain HTTP, holds a payload openssl verifies; it names the repository and digest', async () => {
    for (const signed of [digest, ...layout.images.map((i) => i.manifestDigest)]) {
      const manifest = await getJson<{ layers: { mediaType: string; digest: string; annotations: Record<string, string> }[] }>(
        `manifests/${signed.replace(':', '-')}.sig`
      )
      const [layer] = manifest.layers
      expect(layer.mediaType).toBe('application/vnd.dev.cosign.simplesigning.v1+json')
      const payload = await blob(layer.digest)
      expect(JSON.parse(payload.toString()).critical).toEqual({
        identity: { 'docker-reference': `${registry.host}/acme/web` },
        image: { 'docker-manifest-digest': signed },
        type: 'cosign container image signature'
      })
      expect(opensslVerify(pair.publicPem, payload, Buffer.from(layer.annotations['dev.cosignproject.cosign/signature'], 'base64'))).toBe(true)
    }
  })

  test('skopeo (use-sigstore-attachments) finds and copies the signature, and openssl verifies what it copied', () => {
    const work = mkdtempSync(join(tmpdir(), 'skopeo-'))
    mkdirSync(join(work, 'registries.d'))
    writeFileSync(join(work, 'registries.d', 'sigstore.yaml'), `docker:\n  ${registry.host}:\n    use-sigstore-attachments: true\n`)
    writeFileSync(join(work, 'policy.json'), JSON.stringify({ default: [{ type: 'insecureAcceptAnything' }] }))
    const platform = layout.images[0].manifestDigest
    execFileSync(
      'skopeo',
      [
        '--policy',
        join(work, 'policy.json'),
        '--registries.d',
        join(work, 'registries.d'),
        'copy',
        '--src-tls-verify=false',
        `docker://${registry.host}/acme/web@${platform}`,
        `dir:${join(work, 'out')}`
      ],
      { stdio: 'pipe' }
    )
    const copied = readFileSync(join(work, 'out', 'signature-1'))
    const prefix = Buffer.from('\0sigstore-json\n')
    expect(copied.subarray(0, prefix.length)).toEqual(prefix)
    const signature = JSON.parse(copied.subarray(prefix.length).toString()) as { mimeType: string; payload: string; annotations: Record<string, string> }
    expect(signature.mimeType).toBe('application/vnd.dev.cosign.simplesigning.v1+json')
    const payload = Buffer.from(signature.payload, 'base64')
    expect(JSON.parse(payload.toString()).critical.image['docker-manifest-digest']).toBe(platform)
    expect(opensslVerify(pair.publicPem, payload, Buffer.from(signature.annotations['dev.cosignproject.cosign/signature'], 'base64'))).toBe(true)
  })

  test('bundles are referrers listed in the sha256-<hex> fallback index; the .att DSSE verifies with openssl over PAE', async () => {
    const fallback = await getJson<{ manifests: { digest: string; artifactType: string; annotations: Record<string, string> }[] }>(
      `manifests/${digest.replace(':', '-')}`
    )
    expect(fallback.manifests.map((m) => [m.artifactType, m.annotations['dev.sigstore.bundle.predicateType']]).sort()).toEqual([
      ['application/vnd.dev.sigstore.bundle.v0.3+json', 'https://sigstore.dev/cosign/sign/v1'],
      ['application/vnd.dev.sigstore.bundle.v0.3+json', 'https://slsa.dev/provenance/v1']
    ])
    for (const entry of fallback.manifests) expect((await getJson<{ subject: { digest: string } }>(`manifests/${entry.digest}`)).subject.digest).toBe(digest)
    const att = await getJson<{ layers: { digest: string }[] }>(`manifests/${digest.replace(':', '-')}.att`)
    const envelope = JSON.parse((await blob(att.layers[0].digest)).toString())
    expect(
      opensslVerify(pair.publicPem, pae(envelope.payloadType, Buffer.from(envelope.payload, 'base64')), Buffer.from(envelope.signatures[0].sig, 'base64'))
    ).toBe(true)
  })

  test('verify from the registry: passes with the key and provenance; fails another key and another source repository', async () => {
    const image = `${registry.host}/acme/web@${digest}`
    const ok = await runInProcess(verifyAction, { image, key: pair.publicPem, provenance: 'true', 'source-repository': 'acme/web' }, env())
    expect(ok.error).toBeUndefined()
    expect(JSON.parse(ok.outputs.get('results')!)[0]).toMatchObject({
      verified: true,
      signatures: { cosign: { verified: true }, bundle: { verified: true } },
      provenance: { verified: true }
    })
    // By tag: resolved once to the digest it names, which is what gets verified.
    const byTag = await runInProcess(verifyAction, { image: `${registry.host}/acme/web:1.0`, key: pair.publicPem }, env())
    expect(byTag.error).toBeUndefined()
    expect(JSON.parse(byTag.outputs.get('results')!)[0]).toMatchObject({ image: `${registry.host}/acme/web:1.0`, digest, verified: true })
    const otherKey = await runInProcess(verifyAction, { image, key: opensslKeyPair().publicPem }, env())
    expect(otherKey.error?.name).toBe('CheckFailedError')
    const otherRepo = await runInProcess(verifyAction, { image, key: pair.publicPem, 'source-repository': 'evil/web' }, env())
    expect(otherRepo.error?.message).toMatch(/provenance names https:\/\/github.com\/acme\/web, not evil\/web/)
  })

  test('a second signature appended at the registry keeps the first', async () => {
    const second = opensslKeyPair()
    const run = await runInProcess(
      signAction,
      { image: `${registry.host}/acme/web@${digest}`, key: second.privatePem, format: 'cosign', provenance: 'false' },
      env()
    )
    expect(run.error).toBeUndefined()
    const manifest = await getJson<{ layers: unknown[] }>(`manifests/${digest.replace(':', '-')}.sig`)
    expect(manifest.layers).toHaveLength(2)
    for (const publicPem of [pair.publicPem, second.publicPem]) {
      const check = await runInProcess(verifyAction, { image: `${registry.host}/acme/web@${digest}`, key: publicPem, format: 'cosign' }, env())
      expect(check.error).toBeUndefined()
    }
  })

  test('an unsigned image fails; a .sig the test builds, signs with openssl and pushes itself passes; a tampered copy fails', async () => {
    const { digest: unsigned } = await publishFixture('2.0', 'two')
    const image = `${registry.host}/acme/web@${unsigned}`
    const before = await runInProcess(verifyAction, { image, key: pair.publicPem }, env())
    expect(before.error?.message).toMatch(/not signed as required: cosign: no cosign signature/)

    const push = async (path: string, body: Buffer, contentType: string): Promise<void> => {
      const response = await fetch(`${registry.url}/v2/acme/web/${path}`, { method: 'PUT', headers: { 'content-type': contentType }, body })
      expect(response.status).toBe(201)
    }
    const pushBlob = async (content: Buffer): Promise<string> => {
      const d = `sha256:${createHash('sha256').update(content).digest('hex')}`
      const start = await fetch(`${registry.url}/v2/acme/web/blobs/uploads/`, { method: 'POST' })
      const location = new URL(start.headers.get('location')!, registry.url)
      location.searchParams.set('digest', d)
      const put = await fetch(location, { method: 'PUT', headers: { 'content-type': 'application/octet-stream' }, body: content })
      expect(put.status).toBe(201)
      return d
    }
    const pushSig = async (payload: Buffer, signature: Buffer): Promise<void> => {
      const layerDigest = await pushBlob(payload)
      const config = Buffer.from(JSON.stringify({ architecture: '', os: '', rootfs: { type: 'layers', diff_ids: [layerDigest] }, config: {} }))
      const configDigest = await pushBlob(config)
      const manifest = {
        schemaVersion: 2,
        mediaType: 'application/vnd.oci.image.manifest.v1+json',
        config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: configDigest, size: config.length },
        layers: [
          {
            mediaType: 'application/vnd.dev.cosign.simplesigning.v1+json',
            digest: layerDigest,
            size: payload.length,
            annotations: { 'dev.cosignproject.cosign/signature': signature.toString('base64') }
          }
        ]
      }
      await push(`manifests/${unsigned.replace(':', '-')}.sig`, Buffer.from(JSON.stringify(manifest)), 'application/vnd.oci.image.manifest.v1+json')
    }
    const payload = Buffer.from(
      JSON.stringify({
        critical: {
          identity: { 'docker-reference': `${registry.host}/acme/web` },
          image: { 'docker-manifest-digest': unsigned },
          type: 'cosign container image signature'
        },
        optional: { creator: 'openssl' }
      })
    )
    const signature = opensslSign(pair.privatePem, payload)
    await pushSig(payload, signature)
    const passes = await runInProcess(verifyAction, { image, key: pair.publicPem, format: 'cosign' }, env())
    expect(passes.error).toBeUndefined()

    await pushSig(Buffer.from(payload.toString().replace('openssl', 'opensst')), signature)
    const tampered = await runInProcess(verifyAction, { image, key: pair.publicPem, format: 'cosign' }, env())
    expect(tampered.error?.message).toMatch(/the signature does not verify with the given key/)

    // A payload naming another repository is refused even when validly signed.
    const elsewhere = Buffer.from(payload.toString().replace('/acme/web', '/acme/other'))
    await pushSig(elsewhere, opensslSign(pair.privatePem, elsewhere))
    const misnamed = await runInProcess(verifyAction, { image, key: pair.publicPem, format: 'cosign' }, env())
    expect(misnamed.error?.message).toMatch(/the payload names .*acme\/other, not .*acme\/web/)
  })

  test('an oci: image signed with an identity, then published, verifies at the registry: signatures travel with publish', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sign-then-publish-'))
    const written = await writeOciFixture(dir, { images: [{ arch: 'amd64', entries: bootEntries({ kernel: fakeKernel('three') }) }], tags: ['3.0'] })
    const signed = await runInProcess(
      signAction,
      { image: `oci:${dir}:3.0`, identity: `${registry.host}/acme/web`, key: pair.privatePem, provenance: 'true' },
      env()
    )
    expect(signed.error).toBeUndefined()
    const published = await publishWith({ image: `oci:${dir}:3.0`, to: `${registry.host}/acme/web:3.0` }, { env: { HOME: home } })
    expect(published.error).toBeUndefined()
    expect(published.outputs.get('digest')).toBe(written.topDigest)
    const verified = await runInProcess(
      verifyAction,
      { image: `${registry.host}/acme/web@${written.topDigest}`, key: pair.publicPem, provenance: 'true', 'source-repository': 'acme/web' },
      env()
    )
    expect(verified.error).toBeUndefined()
    expect(JSON.parse(verified.outputs.get('results')!)[0].reason).toBe('signed (cosign, bundle), provenance verified')
  })
})

describe('signing in a registry that needs credentials (htpasswd)', () => {
  test('username/password sign; without them the error says where credentials come from', async () => {
    const registry = await startRegistry({ auth: 'htpasswd', users: { alice: 'wonderland' } })
    try {
      const home = mkdtempSync(join(tmpdir(), 'home-'))
      const dir = mkdtempSync(join(tmpdir(), 'sign-auth-'))
      await writeOciFixture(dir, { images: [{ arch: 'amd64', entries: bootEntries({ kernel: fakeKernel('auth') }) }], tags: ['1'] })
      const published = await publishWith(
        { image: `oci:${dir}:1`, to: `${registry.host}/acme/web:1`, username: 'alice', password: 'wonderland' },
        { env: { HOME: home } }
      )
      expect(published.error).toBeUndefined()
      const image = `${registry.host}/acme/web@${published.outputs.get('digest')}`
      const pair = opensslKeyPair()
      const anonymous = await runInProcess(signAction, { image, key: pair.privatePem, provenance: 'false' }, { HOME: home })
      expect(anonymous.error?.name).toBe('ConfigurationError')
      expect(anonymous.error?.message).toMatch(/requires credentials and none were given/)
      const signed = await runInProcess(
        signAction,
        { image, key: pair.privatePem, provenance: 'false', username: 'alice', password: 'wonderland' },
        { HOME: home }
      )
      expect(signed.error).toBeUndefined()
      expect(signed.logger.text()).not.toMatch(/wonderland/)
      const verified = await runInProcess(verifyAction, { image, key: pair.publicPem, username: 'alice', password: 'wonderland' }, { HOME: home })
      expect(verified.error).toBeUndefined()
    } finally {
      await registry.stop()
    }
  })
})
