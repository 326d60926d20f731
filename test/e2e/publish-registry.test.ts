import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { execFile } from 'node:child_process'
import { createHash, randomBytes } from 'node:crypto'
import { readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { extractBootImage } from '../../src/oci/image-extract.js'
import { RegistryClient } from '../../src/registry/client.js'
import { pullToLayout } from '../../src/registry/pull.js'
import { startFaultProxy, type FaultProxy } from '../support/fault-proxy.js'
import { bootEntries, fakeKernel, sampleDescriptor, writeOciFixture, type FixtureLayout } from '../support/oci-fixture.js'
import { expectSafePushOrder, isBlobWrite, isManifestPut } from '../support/push-order.js'
import { publishWith, startRegistry, type RegistryServer } from '../support/registry.js'
import { TempDirs } from '../support/temp-dirs.js'

const run = promisify(execFile)

let registry: RegistryServer
let proxy: FaultProxy
const temps = new TempDirs()

function temp(prefix: string): string {
  return temps.make(prefix)
}

beforeAll(async () => {
  registry = await startRegistry()
  proxy = await startFaultProxy({ upstream: registry.url })
})

afterAll(async () => {
  await proxy?.close()
  await registry?.stop()
  temps.removeAll()
})

async function twoPlatformImage(tag = '1.0', label = 'two'): Promise<FixtureLayout> {
  return writeOciFixture(temp('layout-'), {
    images: [
      { arch: 'amd64', entries: bootEntries({ kernel: fakeKernel(`${label}-amd64`), descriptor: sampleDescriptor('x86_64') }) },
      { arch: 'arm64', entries: bootEntries({ kernel: fakeKernel(`${label}-arm64`), descriptor: sampleDescriptor('arm64') }) }
    ],
    tags: [tag]
  })
}

function blobCount(fixture: FixtureLayout): number {
  return fixture.images.length * 2
}

async function skopeo(...args: string[]): Promise<string> {
  const { stdout } = await run('skopeo', args, { maxBuffer: 64 * 1024 * 1024 })
  return stdout
}

describe('publish to a registry', () => {
  test('a two-platform image arrives byte for byte: skopeo reads the same index and blobs back', async () => {
    const fixture = await twoPlatformImage()
    proxy.clear()
    const result = await publishWith({ image: `oci:${fixture.dir}:1.0`, to: `${proxy.host}/acme/web:1.0\n${proxy.host}/acme/web:latest` })
    expect(result.error).toBeUndefined()
    expect(result.outputs.get('digest')).toBe(fixture.topDigest)
    expect(JSON.parse(result.outputs.get('refs') ?? '')).toEqual([
      { ref: `${proxy.host}/acme/web:1.0`, digest: fixture.topDigest },
      { ref: `${proxy.host}/acme/web:latest`, digest: fixture.topDigest }
    ])
    expect(result.outputs.get('reused-blobs')).toBe('0')
    expect(Number(result.outputs.get('pushed-bytes'))).toBeGreaterThan(0)
    expect(result.outputs.get('skipped')).toBe('false')

    // Read back through the registry itself, by an independent implementation.
    const raw = await skopeo('inspect', '--raw', '--tls-verify=false', `docker://${registry.host}/acme/web:1.0`)
    expect(Buffer.from(raw)).toEqual(fixture.topJson)
    const out = temp('skopeo-out-')
    await skopeo('copy', '--all', '--src-tls-verify=false', `docker://${registry.host}/acme/web:latest`, `oci:${out}:copy`)
    const source = join(fixture.dir, 'blobs', 'sha256')
    for (const file of readdirSync(source)) expect(readFileSync(join(out, 'blobs', 'sha256', file))).toEqual(readFileSync(join(source, file)))

    // HEAD before every upload; blobs before manifests; the index after its manifests; tags last.
    for (const image of fixture.images) {
      for (const digest of [image.layerDigest, image.configDigest]) {
        const head = proxy.log.find((r) => r.method === 'HEAD' && r.path.endsWith(`/blobs/${digest}`))
        const upload = proxy.log.find((r) => r.method === 'PUT' && r.path.includes(`digest=${encodeURIComponent(digest)}`))
        expect(head?.status).toBe(404)
        expect(upload?.status).toBe(201)
        expect(head!.seq).toBeLessThan(upload!.seq)
      }
    }
    expectSafePushOrder(proxy.log, { top: fixture.topDigest, children: fixture.images.map((i) => i.manifestDigest), tags: ['1.0', 'latest'], byDigest: false })
    expect(proxy.log.filter((r) => isManifestPut(r) && fixture.images.some((i) => r.path.endsWith(i.manifestDigest)))).toHaveLength(2)
    expect(result.logger.text()).toMatch(/uploaded in/)
  })

  test('publishing the same image again uploads nothing: every blob is reused', async () => {
    const fixture = await twoPlatformImage('2.0', 'again')
    const runnerTemp = temp('runner-')
    const first = await publishWith({ image: `oci:${fixture.dir}:2.0`, to: `${proxy.host}/acme/again:2.0` }, { runnerTemp })
    expect(first.error).toBeUndefined()
    proxy.clear()
    const second = await publishWith({ image: `oci:${fixture.dir}:2.0`, to: `${proxy.host}/acme/again:2.0` }, { runnerTemp })
    expect(second.error).toBeUndefined()
    expect(second.outputs.get('reused-blobs')).toBe(String(blobCount(fixture)))
    expect(second.outputs.get('pushed-bytes')).toBe('0')
    expect(proxy.log.filter((r) => r.method === 'POST' || r.method === 'PATCH' || r.method === 'PUT')).toEqual([])
    // A tag that names another image is no shortcut: the new image goes up and the tag moves, last.
    const next = await twoPlatformImage('2.0', 'again-next')
    proxy.clear()
    const moved = await publishWith({ image: `oci:${next.dir}:2.0`, to: `${proxy.host}/acme/again:2.0` }, { runnerTemp })
    expect(moved.error).toBeUndefined()
    expect(moved.outputs.get('reused-blobs')).toBe('0')
    expectSafePushOrder(proxy.log, { top: next.topDigest, children: next.images.map((i) => i.manifestDigest), tags: ['2.0'], byDigest: false })
    const client = await RegistryClient.connect({ registry: registry.host, repository: 'acme/again' }, undefined, { insecure: true })
    expect((await client.headManifest('2.0'))?.digest).toBe(next.topDigest)
    client.close()
  })

  test('a second repository on the same registry gets its blobs by mount, in one publish and across publishes of a job', async () => {
    const fixture = await twoPlatformImage('3.0', 'mount')
    const runnerTemp = temp('runner-')
    proxy.clear()
    const both = await publishWith({ image: `oci:${fixture.dir}:3.0`, to: `${proxy.host}/acme/first:3.0, ${proxy.host}/acme/second:3.0` }, { runnerTemp })
    expect(both.error).toBeUndefined()
    const mounts = proxy.log.filter((r) => r.method === 'POST' && r.path.includes('mount='))
    expect(mounts).toHaveLength(blobCount(fixture))
    for (const mount of mounts) {
      expect(mount.path).toMatch(/^\/v2\/acme\/second\/blobs\/uploads\/\?mount=sha256%3A[a-f0-9]{64}&from=acme%2Ffirst$/)
      expect(mount.status).toBe(201)
    }
    expect(proxy.log.filter((r) => isBlobWrite(r) && r.path.startsWith('/v2/acme/second/'))).toEqual([])
    expect(both.outcome?.stats?.mountedBlobs).toBe(blobCount(fixture))

    // A later publish in the same job mounts from what the job state says was pushed before.
    proxy.clear()
    const third = await publishWith({ image: `oci:${fixture.dir}:3.0`, to: `${proxy.host}/acme/third:3.0` }, { runnerTemp })
    expect(third.error).toBeUndefined()
    expect(third.outputs.get('reused-blobs')).toBe(String(blobCount(fixture)))
    expect(proxy.log.filter((r) => r.method === 'POST' && r.status === 201 && /from=acme%2F(first|second)/.test(r.path))).toHaveLength(blobCount(fixture))
  })

  test('push-by-digest writes no tag; the digest output names the image', async () => {
    const fixture = await twoPlatformImage('4.0', 'bydigest')
    const result = await publishWith({ image: `oci:${fixture.dir}:4.0`, to: `${registry.host}/acme/bydigest`, 'push-by-digest': 'true' })
    expect(result.error).toBeUndefined()
    expect(JSON.parse(result.outputs.get('refs') ?? '')).toEqual([{ ref: `${registry.host}/acme/bydigest@${fixture.topDigest}`, digest: fixture.topDigest }])
    const client = await RegistryClient.connect({ registry: registry.host, repository: 'acme/bydigest' }, undefined, { insecure: true })
    expect(await client.listTags()).toEqual([])
    expect((await client.getManifest(fixture.topDigest)).bytes).toEqual(fixture.topJson)
    client.close()
  })

  test('a destination without a tag takes the source tag; an oci: destination gets a copy skopeo can read', async () => {
    const fixture = await twoPlatformImage('5.0', 'layout')
    const dest = temp('dest-')
    const result = await publishWith({ image: `oci:${fixture.dir}:5.0`, to: `${registry.host}/acme/notag\noci:${dest}/copy:copied` })
    expect(result.error).toBeUndefined()
    expect(JSON.parse(result.outputs.get('refs') ?? '')).toEqual([
      { ref: `${registry.host}/acme/notag:5.0`, digest: fixture.topDigest },
      { ref: `oci:${dest}/copy:copied`, digest: fixture.topDigest }
    ])
    const raw = await skopeo('inspect', '--raw', `oci:${dest}/copy:copied`)
    expect(Buffer.from(raw)).toEqual(fixture.topJson)
    const out = temp('skopeo-out-')
    await skopeo('copy', '--all', `oci:${dest}/copy:copied`, `dir:${out}`)
  })

  test('merge combines single-target images (a manifest, a one-entry index) into one index with their platforms', async () => {
    const amd = await writeOciFixture(temp('amd-'), {
      images: [{ arch: 'amd64', entries: bootEntries({ kernel: fakeKernel('merge-amd') }) }],
      tags: ['leg'],
      plainManifest: true
    })
    const arm = await writeOciFixture(temp('arm-'), { images: [{ arch: 'arm64', entries: bootEntries({ kernel: fakeKernel('merge-arm') }) }], tags: ['leg'] })
    const legs = []
    for (const leg of [amd, arm]) {
      const pushed = await publishWith({ image: `oci:${leg.dir}:leg`, to: `${registry.host}/acme/legs`, 'push-by-digest': 'true' })
      expect(pushed.error).toBeUndefined()
      legs.push(pushed.outputs.get('digest') ?? '')
    }
    // arm64 first: the index must not depend on the order of matrix legs.
    proxy.clear()
    const merged = await publishWith({ merge: `${legs[1]}\n${legs[0]}`, to: `${proxy.host}/acme/legs:multi, ${proxy.host}/acme/merged:multi` })
    expect(merged.error).toBeUndefined()
    const digest = merged.outputs.get('digest') ?? ''
    const raw = await skopeo('inspect', '--raw', '--tls-verify=false', `docker://${registry.host}/acme/merged:multi`)
    expect(`sha256:${createHash('sha256').update(raw).digest('hex')}`).toBe(digest)
    const index = JSON.parse(raw) as { manifests: { digest: string; platform: { os: string; architecture: string } }[] }
    expect(index.manifests.map((m) => `${m.platform.os}/${m.platform.architecture}`)).toEqual(['linux/amd64', 'linux/arm64'])
    expect(index.manifests.map((m) => m.digest)).toEqual([amd.images[0].manifestDigest, arm.images[0].manifestDigest])
    for (const arch of ['amd64', 'arm64']) {
      const inspected = JSON.parse(await skopeo('inspect', '--tls-verify=false', '--override-arch', arch, `docker://${registry.host}/acme/merged:multi`)) as {
        Architecture: string
      }
      expect(inspected.Architecture).toBe(arch)
    }
    // The other repository of the same registry got the legs' blobs by mount, then the manifests, then the index.
    const intoMerged = proxy.log.filter((r) => r.path.startsWith('/v2/acme/merged/'))
    expect(intoMerged.filter((r) => r.method === 'POST' && r.status === 201 && /from=acme%2Flegs/.test(r.path))).toHaveLength(4)
    expect(intoMerged.filter(isBlobWrite)).toEqual([])
    expectSafePushOrder(intoMerged, {
      top: digest,
      children: [amd.images[0].manifestDigest, arm.images[0].manifestDigest],
      tags: ['multi'],
      byDigest: true,
      childByChild: true
    })
    const indexPut = intoMerged.find((r) => r.method === 'PUT' && r.path.endsWith(`/manifests/${digest}`))!
    for (const leg of [amd, arm])
      expect(intoMerged.find((r) => r.method === 'PUT' && r.path.endsWith(`/manifests/${leg.images[0].manifestDigest}`))!.seq).toBeLessThan(indexPut.seq)

    // Sources on another registry (by name): no mount is possible, so each blob is downloaded, checked and uploaded.
    proxy.clear()
    const across = await publishWith({ merge: legs.map((leg) => `${registry.host}/acme/legs@${leg}`).join('\n'), to: `${proxy.host}/acme/xreg:multi` })
    expect(across.error).toBeUndefined()
    expect(across.outputs.get('digest')).toBe(digest)
    expect(proxy.log.filter((r) => r.method === 'POST' && r.path.includes('mount='))).toEqual([])
    expect(proxy.log.filter((r) => r.method === 'PUT' && /\/blobs\/uploads\//.test(r.path) && r.status === 201)).toHaveLength(4)
    expect(Buffer.from(await skopeo('inspect', '--raw', '--tls-verify=false', `docker://${registry.host}/acme/xreg:multi`))).toEqual(Buffer.from(raw))
  })

  test('a merge source that is already multi-platform, or two images of one platform, is refused', async () => {
    const fixture = await twoPlatformImage('6.0', 'multi')
    await publishWith({ image: `oci:${fixture.dir}:6.0`, to: `${registry.host}/acme/multi:6.0` })
    const multi = await publishWith({ merge: `${registry.host}/acme/multi:6.0`, to: `${registry.host}/acme/multi:merged` })
    expect(multi.error?.message).toMatch(/input `merge`: `.*acme\/multi:6.0` is an index of 2 images; merge combines single-target images/)
    const a = await writeOciFixture(temp('a-'), {
      images: [{ arch: 'amd64', entries: bootEntries({ kernel: fakeKernel('clash-a') }) }],
      tags: ['x'],
      plainManifest: true
    })
    const b = await writeOciFixture(temp('b-'), {
      images: [{ arch: 'amd64', entries: bootEntries({ kernel: fakeKernel('clash-b') }) }],
      tags: ['x'],
      plainManifest: true
    })
    const digests = []
    for (const leg of [a, b])
      digests.push((await publishWith({ image: `oci:${leg.dir}:x`, to: `${registry.host}/acme/clash`, 'push-by-digest': 'true' })).outputs.get('digest'))
    const clash = await publishWith({ merge: digests.join(','), to: `${registry.host}/acme/clash:multi` })
    expect(clash.error?.message).toMatch(/are both linux\/amd64; an index holds one image per platform/)
  })

  test('pullToLayout pulls the chosen platform into a fresh layout that boot can extract', async () => {
    const fixture = await twoPlatformImage('7.0', 'pull')
    await publishWith({ image: `oci:${fixture.dir}:7.0`, to: `${registry.host}/acme/pull:7.0` })
    const dest = join(temp('pull-'), 'layout')
    const pulled = await pullToLayout({ kind: 'registry', registry: registry.host, repository: 'acme/pull', tag: '7.0' }, undefined, dest, 'arm64', {
      insecure: true
    })
    const arm = fixture.images.find((i) => i.arch === 'arm64')!
    expect(pulled).toEqual({ dir: dest, tag: '7.0', reference: `oci:${dest}:7.0`, manifestDigest: arm.manifestDigest, indexDigest: fixture.topDigest })
    for (const digest of [arm.layerDigest, arm.configDigest, arm.manifestDigest]) {
      const file = digest.slice('sha256:'.length)
      expect(readFileSync(join(dest, 'blobs', 'sha256', file))).toEqual(readFileSync(join(fixture.dir, 'blobs', 'sha256', file)))
    }
    const extracted = await extractBootImage('image', { kind: 'layout', dir: dest, tag: '7.0' }, undefined, join(temp('extract-'), 'x'))
    expect(readFileSync(extracted.kernel)).toEqual(fakeKernel('pull-arm64'))
    expect(extracted.descriptor?.arch).toBe('arm64')
    // A platform the index does not have is the caller's error, and leaves nothing behind.
    const missing = join(temp('pull-'), 'none')
    mkdirSync(missing)
    await expect(
      pullToLayout({ kind: 'registry', registry: registry.host, repository: 'acme/pull', tag: 'nope' }, undefined, missing, undefined, { insecure: true })
    ).rejects.toThrow(/has no manifest `nope`/)
    expect(() => readdirSync(missing)).toThrow()
  })
})

/**
 * A layout image with what signing stores beside it: cosign's simple-signing manifest under its `.sig`
 * tag, and an OCI 1.1 referrer (a sigstore bundle) listed in the `sha256-<hex>` fallback index.
 */
async function signedLayout(prefix: string) {
  const fixture = await writeOciFixture(temp(prefix), {
    images: [{ arch: 'amd64', entries: bootEntries({ kernel: randomBytes(3000) }) }],
    tags: ['1.0'],
    plainManifest: true
  })
  const signed = fixture.topDigest
  const blob = (content: Buffer): { digest: string; size: number } => {
    const digest = `sha256:${createHash('sha256').update(content).digest('hex')}`
    writeFileSync(join(fixture.dir, 'blobs', 'sha256', digest.slice(7)), content)
    return { digest, size: content.length }
  }
  // cosign's simple-signing layout (a `.sig` tag) and an OCI 1.1 referrer listed in a fallback index, as signing stores them.
  const payload = Buffer.from(
    JSON.stringify({
      critical: {
        identity: { 'docker-reference': `${registry.host}/acme/signed` },
        image: { 'docker-manifest-digest': signed },
        type: 'cosign container image signature'
      },
      optional: null
    })
  )
  const payloadBlob = blob(payload)
  const config = blob(Buffer.from(JSON.stringify({ architecture: '', os: '', config: {}, rootfs: { type: 'layers', diff_ids: [payloadBlob.digest] } })))
  const sigManifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      config: { mediaType: 'application/vnd.oci.image.config.v1+json', ...config },
      layers: [
        { mediaType: 'application/vnd.dev.cosign.simplesigning.v1+json', ...payloadBlob, annotations: { 'dev.cosignproject.cosign/signature': 'c2lnbmF0dXJl' } }
      ]
    })
  )
  const sig = blob(sigManifest)
  const empty = blob(Buffer.from('{}'))
  const bundle = blob(Buffer.from('{"mediaType":"application/vnd.dev.sigstore.bundle.v0.3+json"}'))
  const referrer = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      artifactType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
      config: { mediaType: 'application/vnd.oci.empty.v1+json', ...empty },
      layers: [{ mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json', ...bundle }],
      subject: { mediaType: 'application/vnd.oci.image.manifest.v1+json', digest: signed, size: fixture.topJson.length }
    })
  )
  const ref = blob(referrer)
  const fallback = blob(
    Buffer.from(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: 'application/vnd.oci.image.index.v1+json',
        manifests: [{ mediaType: 'application/vnd.oci.image.manifest.v1+json', ...ref, artifactType: 'application/vnd.dev.sigstore.bundle.v0.3+json' }]
      })
    )
  )
  const hex = signed.slice('sha256:'.length)
  const index = JSON.parse(readFileSync(join(fixture.dir, 'index.json'), 'utf8')) as { manifests: unknown[] }
  index.manifests.push(
    { mediaType: 'application/vnd.oci.image.manifest.v1+json', ...sig, annotations: { 'org.opencontainers.image.ref.name': `sha256-${hex}.sig` } },
    { mediaType: 'application/vnd.oci.image.index.v1+json', ...fallback, annotations: { 'org.opencontainers.image.ref.name': `sha256-${hex}` } }
  )
  writeFileSync(join(fixture.dir, 'index.json'), JSON.stringify(index))
  return { fixture, signed, hex, ref, payload }
}

describe('signatures stored in the layout travel with the image', () => {
  test('.sig manifests go under their tag and referrers by digest, after the image and before its tag', async () => {
    const { fixture, signed, hex, ref, payload } = await signedLayout('signed-')

    proxy.clear()
    const result = await publishWith({ image: `oci:${fixture.dir}:1.0`, to: `${proxy.host}/acme/signed:1.0` })
    expect(result.error).toBeUndefined()
    const puts = proxy.log.filter(isManifestPut)
    const seqOf = (suffix: string): number => puts.find((r) => r.path.endsWith(`/manifests/${suffix}`))!.seq
    expect(seqOf(signed)).toBeLessThan(seqOf(`sha256-${hex}.sig`))
    expect(seqOf(signed)).toBeLessThan(seqOf(ref.digest))
    expect(seqOf(ref.digest)).toBeLessThan(seqOf(`sha256-${hex}`))
    expect(seqOf(`sha256-${hex}.sig`)).toBeLessThan(seqOf('1.0'))
    expectSafePushOrder(proxy.log, { top: signed, tags: ['1.0'], byDigest: true })

    // The registry lists the referrer (through the fallback tag it has no API for).
    const client = await RegistryClient.connect({ registry: registry.host, repository: 'acme/signed' }, undefined, { insecure: true })
    expect((await client.referrers(signed)).manifests.map((m) => m.digest)).toEqual([ref.digest])
    client.close()
    // skopeo finds the cosign signature by its tag and copies its payload.
    const registriesD = temp('registries.d-')
    writeFileSync(join(registriesD, 'test.yaml'), `docker:\n  ${registry.host}:\n    use-sigstore-attachments: true\n`)
    const out = temp('skopeo-sig-')
    await skopeo('--registries.d', registriesD, 'copy', '--src-tls-verify=false', `docker://${registry.host}/acme/signed@${signed}`, `dir:${out}`)
    const signature = readFileSync(join(out, 'signature-1'))
    expect(signature.subarray(0, 15).toString('latin1')).toBe('\u0000sigstore-json\n')
    const parsed = JSON.parse(signature.subarray(15).toString('utf8')) as { payload: string; annotations: Record<string, string> }
    expect(Buffer.from(parsed.payload, 'base64')).toEqual(payload)
    expect(parsed.annotations['dev.cosignproject.cosign/signature']).toBe('c2lnbmF0dXJl')

    // Into a layout: the same attachments, the referrer in the destination's fallback index.
    const dest = temp('signed-copy-')
    const copied = await publishWith({ image: `oci:${fixture.dir}:1.0`, to: `oci:${dest}:1.0` })
    expect(copied.error).toBeUndefined()
    const tags = (JSON.parse(readFileSync(join(dest, 'index.json'), 'utf8')) as { manifests: { annotations?: Record<string, string> }[] }).manifests.map(
      (m) => m.annotations?.['org.opencontainers.image.ref.name']
    )
    expect(tags.sort()).toEqual(['1.0', `sha256-${hex}`, `sha256-${hex}.sig`].sort())
  })
  test('a registry with the referrers API: no fallback bookkeeping on push, and listing asks the API', async () => {
    const { fixture, signed, hex, ref } = await signedLayout('signed-api-')
    // docker-registry 2.8 has no referrers API; the proxy lends it one: the referrer's PUT is confirmed
    // with OCI-Subject (as the distribution spec has a registry that indexes referrers answer) …
    proxy.clear()
    proxy.inject({
      when: (r) => r.method === 'PUT' && r.path.endsWith(`/manifests/${ref.digest}`),
      fault: { kind: 'headers', headers: { 'OCI-Subject': signed } }
    })
    const result = await publishWith({ image: `oci:${fixture.dir}:1.0`, to: `${proxy.host}/acme/signed-api:1.0` })
    expect(result.error).toBeUndefined()
    expect(proxy.log.find((r) => r.method === 'PUT' && r.path.endsWith(`/manifests/${ref.digest}`))?.fault).toBe('headers')
    // … so the client leaves the fallback index alone (without the API it reads and rewrites sha256-<hex>).
    expect(proxy.log.filter((r) => r.path.endsWith(`/manifests/sha256-${hex}`))).toEqual([])

    // … and GET /v2/<name>/referrers/<digest> answers with an index: that is what the client lists.
    const listed = {
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.index.v1+json',
      manifests: [
        {
          mediaType: 'application/vnd.oci.image.manifest.v1+json',
          digest: ref.digest,
          size: ref.size,
          artifactType: 'application/vnd.dev.sigstore.bundle.v0.3+json'
        }
      ]
    }
    proxy.clear()
    proxy.inject({
      when: (r) => r.method === 'GET' && r.path.includes(`/referrers/${signed}`),
      fault: { kind: 'status', status: 200, headers: { 'Content-Type': 'application/vnd.oci.image.index.v1+json' }, body: JSON.stringify(listed) }
    })
    const client = await RegistryClient.connect({ registry: proxy.host, repository: 'acme/signed-api' }, undefined, { insecure: true })
    expect((await client.referrers(signed)).manifests).toEqual(listed.manifests)
    client.close()
    expect(proxy.log.map((r) => `${r.method} ${r.path.replace(/\?.*/, '')}`)).toContain(`GET /v2/acme/signed-api/referrers/${signed}`)
    expect(proxy.log.some((r) => r.path.endsWith(`/manifests/sha256-${hex}`))).toBe(false)
  })
})
