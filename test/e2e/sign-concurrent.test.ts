import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { signAction } from '../../src/actions/sign.js'
import { verifyAction } from '../../src/actions/verify.js'
import { bootEntries, fakeKernel, writeOciFixture } from '../support/oci-fixture.js'
import { publishWith, repositoryReader, startRegistry, type RegistryServer } from '../support/registry.js'
import { GITHUB_RELEASE_ENV, opensslKeyPair, opensslVerify, pae, runInProcess, type OpensslKeyPair } from '../support/signing.js'

const SIGNERS = 4
const ROUNDS = 5

interface Layer {
  mediaType: string
  digest: string
  annotations?: Record<string, string>
}

/**
 * Signers that run at the same time against docker-registry 2.8 (no conditional PUT, no referrers
 * API): each one's `.sig` layer, `.att` envelope and bundle referrers must all survive the others'
 * read-merge-writes of the same tags.
 */
describe('concurrent signers on one image (Debian docker-registry, no referrers API)', () => {
  let registry: RegistryServer
  let home: string

  beforeAll(async () => {
    home = mkdtempSync(join(tmpdir(), 'home-'))
    registry = await startRegistry()
  })

  afterAll(async () => {
    await registry?.stop()
    rmSync(home, { recursive: true, force: true })
  })

  test(`${SIGNERS} signers with different keys, ${ROUNDS} times: every key verifies afterwards, with verify and with openssl`, async () => {
    const env = { HOME: home, ...GITHUB_RELEASE_ENV }
    const { getJson, blob } = repositoryReader(registry, 'acme/web')
    for (let round = 0; round < ROUNDS; round++) {
      const dir = mkdtempSync(join(tmpdir(), 'sign-concurrent-'))
      try {
        await writeOciFixture(dir, { images: [{ arch: 'amd64', entries: bootEntries({ kernel: fakeKernel(`concurrent-${round}`) }) }], tags: ['1'] })
        const published = await publishWith({ image: `oci:${dir}:1`, to: `${registry.host}/acme/web:r${round}` }, { env: { HOME: home } })
        if (published.error) throw published.error
        const digest = published.outputs.get('digest')!
        const image = `${registry.host}/acme/web@${digest}`
        const keys: OpensslKeyPair[] = Array.from({ length: SIGNERS }, () => opensslKeyPair())

        const runs = await Promise.all(keys.map((pair) => runInProcess(signAction, { image, key: pair.privatePem, provenance: 'true' }, env)))
        for (const run of runs) expect(run.error).toBeUndefined()

        // Independently of our code: every key's simple-signing layer is in the .sig manifest, and openssl verifies it.
        const tag = digest.replace(':', '-')
        const sig = await getJson<{ layers: Layer[] }>(`manifests/${tag}.sig`)
        const payloads = await Promise.all(sig.layers.map(async (layer) => ({ layer, payload: await blob(layer.digest) })))
        for (const pair of keys) {
          const signedBy = payloads.filter(({ layer, payload }) =>
            opensslVerify(pair.publicPem, payload, Buffer.from(layer.annotations?.['dev.cosignproject.cosign/signature'] ?? '', 'base64'))
          )
          expect({ round, key: keys.indexOf(pair), sig: signedBy.length }).toEqual({ round, key: keys.indexOf(pair), sig: 1 })
        }
        // Every key's provenance envelope is in the .att manifest.
        const att = await getJson<{ layers: Layer[] }>(`manifests/${tag}.att`)
        const envelopes = await Promise.all(att.layers.map(async (layer) => JSON.parse((await blob(layer.digest)).toString()) as Envelope))
        for (const pair of keys)
          expect({ round, key: keys.indexOf(pair), att: envelopes.filter((e) => envelopeVerifies(pair, e)).length }).toMatchObject({ att: 1 })
        // The fallback index lists one signature bundle and one provenance bundle per signer.
        const fallback = await getJson<{ manifests: { annotations: Record<string, string> }[] }>(`manifests/${tag}`)
        expect({ round, bundles: fallback.manifests.length }).toEqual({ round, bundles: 2 * SIGNERS })

        for (const pair of keys) {
          const check = await runInProcess(verifyAction, { image, key: pair.publicPem, provenance: 'true', 'source-repository': 'acme/web' }, env)
          expect(check.error).toBeUndefined()
          expect(JSON.parse(check.outputs.get('results')!)[0]).toMatchObject({
            verified: true,
            signatures: { cosign: { verified: true }, bundle: { verified: true } },
            provenance: { verified: true }
          })
        }
      } finally {
        rmSync(dir, { recursive: true, force: true })
      }
    }
  }, 600_000)
})

interface Envelope {
  payloadType: string
  payload: string
  signatures: { sig: string }[]
}

function envelopeVerifies(pair: OpensslKeyPair, envelope: Envelope): boolean {
  return opensslVerify(pair.publicPem, pae(envelope.payloadType, Buffer.from(envelope.payload, 'base64')), Buffer.from(envelope.signatures[0].sig, 'base64'))
}
