import { describe, expect, test, beforeAll } from '@jest/globals'
import { bundleFromJSON } from '@sigstore/bundle'
import { Verifier, toSignedEntity, toTrustMaterial } from '@sigstore/verify'
import { createHash, createPublicKey } from 'node:crypto'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { MemoryLogger } from '../../src/runtime/logger.js'
import { loadPublicKey, loadSigningKey } from '../../src/signing/keys.js'
import { signImage, type SignImageResult } from '../../src/signing/sign-image.js'
import { KeySigner } from '../../src/signing/signer.js'
import { LayoutSignatureStore } from '../../src/signing/store.js'
import { ImageVerifier } from '../../src/signing/verify-image.js'
import { bootEntries, fakeKernel, writeOciFixture, type FixtureLayout } from '../support/oci-fixture.js'
import { opensslKeyPair, opensslSign, opensslVerify, pae } from '../support/signing.js'

interface Layout {
  index: { manifests: { digest: string; mediaType: string; size: number; annotations?: Record<string, string> }[] }
}

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T
}

function blob(dir: string, digest: string): Buffer {
  return readFileSync(join(dir, 'blobs', 'sha256', digest.replace('sha256:', '')))
}

/** index.json's entry for a tag, read without our code. */
function tagged(dir: string, tag: string): { digest: string; mediaType: string } | undefined {
  return readJson<Layout['index']>(join(dir, 'index.json')).manifests.find((m) => m.annotations?.['org.opencontainers.image.ref.name'] === tag)
}

function sha256(content: Buffer): string {
  return `sha256:${createHash('sha256').update(content).digest('hex')}`
}

async function fixture(): Promise<FixtureLayout> {
  const dir = mkdtempSync(join(tmpdir(), 'sign-layout-'))
  return writeOciFixture(dir, {
    images: [
      { arch: 'amd64', entries: bootEntries({ kernel: fakeKernel('a') }) },
      { arch: 'arm64', entries: bootEntries({ kernel: fakeKernel('b') }) }
    ],
    tags: ['1.0']
  })
}

const IDENTITY = 'ghcr.io/acme/web'
const PROVENANCE = { buildDefinition: { externalParameters: { workflow: { repository: 'https://github.com/acme/web' } } } }

describe('signing an OCI layout with a key', () => {
  const pair = opensslKeyPair()
  let layout: FixtureLayout
  let result: SignImageResult
  let logger: MemoryLogger

  beforeAll(async () => {
    layout = await fixture()
    const key = await loadSigningKey(pair.privatePem, undefined)
    logger = new MemoryLogger()
    result = await signImage(
      { image: `oci:${layout.dir}:1.0`, store: new LayoutSignatureStore(layout.dir, 'image'), digest: layout.topDigest, identity: IDENTITY },
      { signer: new KeySigner(key), formats: ['cosign', 'bundle'], provenance: PROVENANCE, logger, annotations: { 'git-sha': 'abc' } }
    )
  })

  test('the index and each platform manifest get a .sig whose payload openssl verifies with the public key', () => {
    const digests = [layout.topDigest, ...layout.images.map((i) => i.manifestDigest)]
    for (const digest of digests) {
      const entry = tagged(layout.dir, `${digest.replace(':', '-')}.sig`)
      expect(entry?.mediaType).toBe('application/vnd.oci.image.manifest.v1+json')
      const manifest = JSON.parse(blob(layout.dir, entry!.digest).toString()) as {
        config: { mediaType: string; digest: string }
        layers: { mediaType: string; digest: string; annotations: Record<string, string> }[]
      }
      expect(manifest.config.mediaType).toBe('application/vnd.oci.image.config.v1+json')
      expect(JSON.parse(blob(layout.dir, manifest.config.digest).toString()).rootfs).toEqual({ type: 'layers', diff_ids: [manifest.layers[0].digest] })
      expect(manifest.layers).toHaveLength(1)
      const layer = manifest.layers[0]
      expect(layer.mediaType).toBe('application/vnd.dev.cosign.simplesigning.v1+json')
      const payload = blob(layout.dir, layer.digest)
      // Field order and spelling as cosign writes it (Go struct order, no spaces).
      expect(payload.toString()).toBe(
        `{"critical":{"identity":{"docker-reference":"${IDENTITY}"},"image":{"docker-manifest-digest":"${digest}"},` +
          '"type":"cosign container image signature"},"optional":{"git-sha":"abc"}}'
      )
      expect(opensslVerify(pair.publicPem, payload, Buffer.from(layer.annotations['dev.cosignproject.cosign/signature'], 'base64'))).toBe(true)
    }
    expect(result.signatures.filter((s) => s.kind === 'signature' && s.format === 'cosign').map((s) => s.digest)).toEqual(digests)
  })

  test('bundles are OCI 1.1 referrers (with the sha256-<hex> fallback index) that @sigstore/verify accepts for the key', () => {
    const trust = toTrustMaterial(
      { mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1', tlogs: [], certificateAuthorities: [], ctlogs: [], timestampAuthorities: [] },
      () => ({ publicKey: createPublicKey(pair.publicPem), validFor: () => true })
    )
    const verifier = new Verifier(trust, { tlogThreshold: 0, ctlogThreshold: 0, timestampThreshold: 0 })
    for (const image of layout.images) {
      const fallback = tagged(layout.dir, image.manifestDigest.replace(':', '-'))
      expect(fallback?.mediaType).toBe('application/vnd.oci.image.index.v1+json')
      const index = JSON.parse(blob(layout.dir, fallback!.digest).toString()) as {
        manifests: { digest: string; artifactType: string; annotations: Record<string, string> }[]
      }
      expect(index.manifests.map((m) => m.annotations['dev.sigstore.bundle.predicateType']).sort()).toEqual([
        'https://sigstore.dev/cosign/sign/v1',
        'https://slsa.dev/provenance/v1'
      ])
      for (const entry of index.manifests) {
        expect(entry.artifactType).toBe('application/vnd.dev.sigstore.bundle.v0.3+json')
        const manifest = JSON.parse(blob(layout.dir, entry.digest).toString())
        expect(manifest).toMatchObject({
          artifactType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
          config: { mediaType: 'application/vnd.oci.empty.v1+json', digest: sha256(Buffer.from('{}')), size: 2 },
          subject: { digest: image.manifestDigest, mediaType: 'application/vnd.oci.image.manifest.v1+json' },
          annotations: { 'dev.sigstore.bundle.content': 'dsse-envelope' }
        })
        const bundle = JSON.parse(blob(layout.dir, manifest.layers[0].digest).toString())
        expect(bundle.mediaType).toBe('application/vnd.dev.sigstore.bundle.v0.3+json')
        expect(() => verifier.verify(toSignedEntity(bundleFromJSON(bundle)))).not.toThrow()
        const statement = JSON.parse(Buffer.from(bundle.dsseEnvelope.payload, 'base64').toString())
        expect(statement.subject).toContainEqual({ name: IDENTITY, digest: { sha256: image.manifestDigest.replace('sha256:', '') } })
      }
    }
  })

  test('the provenance .att layer is a DSSE envelope whose signature openssl verifies over the PAE bytes', () => {
    const entry = tagged(layout.dir, `${layout.topDigest.replace(':', '-')}.att`)
    const manifest = JSON.parse(blob(layout.dir, entry!.digest).toString())
    const layer = manifest.layers[0]
    expect(layer.mediaType).toBe('application/vnd.dsse.envelope.v1+json')
    expect(layer.annotations.predicateType).toBe('https://slsa.dev/provenance/v1')
    const envelope = JSON.parse(blob(layout.dir, layer.digest).toString())
    const payload = Buffer.from(envelope.payload, 'base64')
    expect(opensslVerify(pair.publicPem, pae(envelope.payloadType, payload), Buffer.from(envelope.signatures[0].sig, 'base64'))).toBe(true)
    const statement = JSON.parse(payload.toString())
    expect(statement).toMatchObject({ _type: 'https://in-toto.io/Statement/v1', predicateType: 'https://slsa.dev/provenance/v1', predicate: PROVENANCE })
    expect(statement.subject.map((s: { digest: { sha256: string } }) => `sha256:${s.digest.sha256}`)).toEqual([
      layout.topDigest,
      ...layout.images.map((i) => i.manifestDigest)
    ])
  })

  test('our verifier: passes with the key and provenance from the right repository; fails another key, another repository', async () => {
    const store = new LayoutSignatureStore(layout.dir, 'image')
    const key = loadPublicKey(pair.publicPem)
    const ok = await new ImageVerifier(store, {
      trust: { kind: 'key', key },
      formats: ['cosign', 'bundle'],
      requireProvenance: true,
      sourceRepository: 'acme/web'
    }).verify('x', layout.topDigest)
    expect(ok).toMatchObject({ verified: true, reason: 'signed (cosign, bundle), provenance verified' })
    for (const format of ['cosign', 'bundle'] as const) {
      expect(
        (
          await new ImageVerifier(store, { trust: { kind: 'key', key }, formats: [format], requireProvenance: true }).verify(
            'x',
            layout.images[1].manifestDigest
          )
        ).verified
      ).toBe(true)
    }
    const other = loadPublicKey(opensslKeyPair().publicPem)
    const wrongKey = await new ImageVerifier(store, { trust: { kind: 'key', key: other }, formats: ['cosign', 'bundle'], requireProvenance: false }).verify(
      'x',
      layout.topDigest
    )
    expect(wrongKey.verified).toBe(false)
    expect(wrongKey.reason).toMatch(/cosign: .*layer 1: the signature does not verify with the given key/)
    expect(wrongKey.reason).toMatch(/bundle: .*the DSSE signature does not verify with the given key/)
    const wrongRepo = await new ImageVerifier(store, {
      trust: { kind: 'key', key },
      formats: ['cosign'],
      requireProvenance: true,
      sourceRepository: 'evil/web'
    }).verify('x', layout.topDigest)
    expect(wrongRepo).toMatchObject({ verified: false, reason: 'provenance: provenance names https://github.com/acme/web, not evil/web' })
    const wrongIdentity = await new ImageVerifier(store, {
      trust: { kind: 'key', key },
      formats: ['cosign'],
      requireProvenance: false,
      dockerReference: 'ghcr.io/evil/web'
    }).verify('x', layout.topDigest)
    expect(wrongIdentity.reason).toMatch(/the payload names ghcr.io\/acme\/web, not ghcr.io\/evil\/web/)
  })

  test('a second signature is appended to the .sig manifest and the first still verifies', async () => {
    const second = opensslKeyPair()
    await signImage(
      { image: 'x', store: new LayoutSignatureStore(layout.dir, 'image'), digest: layout.topDigest, identity: IDENTITY },
      { signer: new KeySigner(await loadSigningKey(second.privatePem, undefined)), formats: ['cosign'], logger: new MemoryLogger() }
    )
    const entry = tagged(layout.dir, `${layout.topDigest.replace(':', '-')}.sig`)
    const manifest = JSON.parse(blob(layout.dir, entry!.digest).toString())
    expect(manifest.layers).toHaveLength(2)
    const store = new LayoutSignatureStore(layout.dir, 'image')
    for (const publicPem of [pair.publicPem, second.publicPem]) {
      const check = await new ImageVerifier(store, {
        trust: { kind: 'key', key: loadPublicKey(publicPem) },
        formats: ['cosign'],
        requireProvenance: false
      }).verify('x', layout.topDigest)
      expect(check.verified).toBe(true)
    }
  })

  test('an unsigned image fails, naming what is missing', async () => {
    const unsigned = await fixture()
    const check = await new ImageVerifier(new LayoutSignatureStore(unsigned.dir, 'image'), {
      trust: { kind: 'key', key: loadPublicKey(pair.publicPem) },
      formats: ['cosign', 'bundle'],
      requireProvenance: true
    }).verify('x', unsigned.topDigest)
    expect(check.verified).toBe(false)
    expect(check.reason).toBe(
      `not signed as required: cosign: no cosign signature (${unsigned.topDigest.replace(':', '-')}.sig) | ` +
        `bundle: no signature bundle refers to ${unsigned.topDigest}`
    )
  })
})

describe('verify against signatures made without our signer', () => {
  test('a .sig built and signed with openssl by the test passes; a tampered copy fails', async () => {
    const pair = opensslKeyPair()
    const layout = await fixture()
    const digest = layout.topDigest
    const write = (content: Buffer): { digest: string; size: number } => {
      const d = sha256(content)
      writeFileSync(join(layout.dir, 'blobs', 'sha256', d.replace('sha256:', '')), content)
      return { digest: d, size: content.length }
    }
    const setSig = (payload: Buffer, signature: Buffer): void => {
      const layer = {
        mediaType: 'application/vnd.dev.cosign.simplesigning.v1+json',
        ...write(payload),
        annotations: { 'dev.cosignproject.cosign/signature': signature.toString('base64') }
      }
      const config = write(Buffer.from(JSON.stringify({ architecture: '', os: '', rootfs: { type: 'layers', diff_ids: [layer.digest] }, config: {} })))
      const manifest = write(
        Buffer.from(
          JSON.stringify({
            schemaVersion: 2,
            mediaType: 'application/vnd.oci.image.manifest.v1+json',
            config: { mediaType: 'application/vnd.oci.image.config.v1+json', ...config },
            layers: [layer]
          })
        )
      )
      const indexPath = join(layout.dir, 'index.json')
      const index = readJson<Layout['index']>(indexPath)
      const tag = `${digest.replace(':', '-')}.sig`
      index.manifests = [
        ...index.manifests.filter((m) => m.annotations?.['org.opencontainers.image.ref.name'] !== tag),
        { mediaType: 'application/vnd.oci.image.manifest.v1+json', ...manifest, annotations: { 'org.opencontainers.image.ref.name': tag } }
      ]
      writeFileSync(indexPath, JSON.stringify(index))
    }
    const verify = async (): Promise<boolean> =>
      (
        await new ImageVerifier(new LayoutSignatureStore(layout.dir, 'image'), {
          trust: { kind: 'key', key: loadPublicKey(pair.publicPem) },
          formats: ['cosign'],
          requireProvenance: false
        }).verify('x', digest)
      ).verified

    // Spaces and another key order than ours: any valid JSON with the required fields is a payload.
    const payload = Buffer.from(
      JSON.stringify(
        {
          critical: { type: 'cosign container image signature', image: { 'docker-manifest-digest': digest }, identity: { 'docker-reference': IDENTITY } },
          optional: null
        },
        null,
        1
      )
    )
    const signature = opensslSign(pair.privatePem, payload)
    setSig(payload, signature)
    expect(await verify()).toBe(true)

    const tampered = Buffer.from(payload.toString().replace(IDENTITY, 'ghcr.io/acme/wex'))
    setSig(tampered, signature)
    expect(await verify()).toBe(false)

    // A payload for another digest, validly signed, does not sign this image.
    const other = Buffer.from(payload.toString().replace(digest, layout.images[0].manifestDigest))
    setSig(other, opensslSign(pair.privatePem, other))
    expect(await verify()).toBe(false)
  })
})
