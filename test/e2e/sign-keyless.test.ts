import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { bundleFromJSON } from '@sigstore/bundle'
import { TrustedRoot } from '@sigstore/protobuf-specs'
import { Verifier, toSignedEntity, toTrustMaterial } from '@sigstore/verify'
import { X509Certificate } from 'node:crypto'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { signAction } from '../../src/actions/sign.js'
import { verifyAction } from '../../src/actions/verify.js'
import { changeEnvironment } from '../support/environment.js'
import { bootEntries, fakeKernel, writeOciFixture } from '../support/oci-fixture.js'
import { runInProcess } from '../support/signing.js'
import { GITHUB_ISSUER, startSigstoreMock, type SigstoreMock } from '../support/sigstore-mock-server.js'

const IDENTITY = { repository: 'acme/web', workflowPath: '.github/workflows/release.yml', ref: 'refs/heads/main' }

function blob(dir: string, digest: string): Buffer {
  return readFileSync(join(dir, 'blobs', 'sha256', digest.replace('sha256:', '')))
}

function tagged(dir: string, tag: string): string | undefined {
  const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as { manifests: { digest: string; annotations?: Record<string, string> }[] }
  return index.manifests.find((m) => m.annotations?.['org.opencontainers.image.ref.name'] === tag)?.digest
}

/** The GitHub context a hosted runner sets, for the provenance predicate. */
const GITHUB_ENV = {
  GITHUB_REPOSITORY: 'acme/web',
  GITHUB_SHA: 'c0ffee0000000000000000000000000000000000',
  GITHUB_REF: 'refs/heads/main',
  GITHUB_WORKFLOW_REF: 'acme/web/.github/workflows/release.yml@refs/heads/main',
  GITHUB_RUN_ID: '7',
  GITHUB_RUN_ATTEMPT: '1',
  GITHUB_EVENT_NAME: 'push',
  GITHUB_SERVER_URL: 'https://github.com',
  RUNNER_ENVIRONMENT: 'github-hosted'
}

describe('keyless signing against @sigstore/mock (Fulcio, Rekor, TSA on loopback)', () => {
  let mock: SigstoreMock
  let dir: string
  let digest: string
  let platformDigest: string
  let outputs: Map<string, string>
  let restoreEnv: () => void

  beforeAll(async () => {
    mock = await startSigstoreMock(IDENTITY)
    // @actions/core reads the token service from the process environment, as on a runner.
    restoreEnv = changeEnvironment(mock.oidcEnv)
    dir = mkdtempSync(join(tmpdir(), 'sign-keyless-'))
    const layout = await writeOciFixture(dir, { images: [{ arch: 'amd64', entries: bootEntries({ kernel: fakeKernel('k') }) }], tags: ['1.0'] })
    digest = layout.topDigest
    platformDigest = layout.images[0].manifestDigest
    const run = await runInProcess(
      signAction,
      {
        image: `oci:${dir}:1.0`,
        identity: 'ghcr.io/acme/web',
        'fulcio-url': mock.fulcioUrl,
        'rekor-url': mock.rekorUrl,
        'tsa-url': mock.tsaUrl,
        provenance: 'true'
      },
      GITHUB_ENV
    )
    if (run.error) throw run.error
    outputs = run.outputs
  })

  afterAll(async () => {
    restoreEnv?.()
    await mock?.close()
  })

  test('one OIDC token (audience sigstore) and one certificate serve every signature; each is logged and timestamped', () => {
    expect(mock.audiences).toEqual(['sigstore'])
    expect(mock.counts.certificates).toBe(1)
    // 2 manifests × (cosign + bundle) + 1 provenance statement.
    expect(mock.counts.tlogEntries).toBe(5)
    expect(mock.counts.timestamps).toBe(5)
    const certificate = new X509Certificate(outputs.get('certificate')!)
    expect(certificate.subjectAltName).toBe(`URI:${mock.identity}`)
    expect(outputs.get('public-key')).toBe('')
  })

  test('@sigstore/verify accepts the signature and provenance bundles against the mock trust root and identity', () => {
    const verifier = new Verifier(toTrustMaterial(TrustedRoot.fromJSON(JSON.parse(mock.trustedRoot))), {
      tlogThreshold: 1,
      ctlogThreshold: 1,
      timestampThreshold: 2
    })
    const fallback = tagged(dir, platformDigest.replace(':', '-'))!
    const referrers = JSON.parse(blob(dir, fallback).toString()).manifests as { digest: string }[]
    expect(referrers).toHaveLength(2)
    for (const referrer of referrers) {
      const manifest = JSON.parse(blob(dir, referrer.digest).toString())
      const bundle = JSON.parse(blob(dir, manifest.layers[0].digest).toString())
      expect(bundle.mediaType).toBe('application/vnd.dev.sigstore.bundle.v0.3+json')
      expect(bundle.verificationMaterial.certificate).toBeDefined()
      const signer = verifier.verify(toSignedEntity(bundleFromJSON(bundle)), { subjectAlternativeName: mock.identity, extensions: { issuer: GITHUB_ISSUER } })
      expect(signer.identity?.subjectAlternativeName).toBe(mock.identity)
    }
  })

  test("the .sig layer carries cosign's certificate, Rekor bundle and timestamp annotations", () => {
    const manifest = JSON.parse(blob(dir, tagged(dir, `${digest.replace(':', '-')}.sig`)!).toString())
    const annotations = manifest.layers[0].annotations as Record<string, string>
    expect(annotations['dev.sigstore.cosign/certificate']).toMatch(/^-----BEGIN CERTIFICATE-----/)
    const rekor = JSON.parse(annotations['dev.sigstore.cosign/bundle'])
    expect(Object.keys(rekor)).toEqual(['SignedEntryTimestamp', 'Payload'])
    expect(Object.keys(rekor.Payload)).toEqual(['body', 'integratedTime', 'logIndex', 'logID'])
    expect(JSON.parse(Buffer.from(rekor.Payload.body, 'base64').toString())).toMatchObject({ kind: 'hashedrekord' })
    expect(JSON.parse(annotations['dev.sigstore.cosign/rfc3161timestamp'])).toEqual({ SignedRFC3161Timestamp: expect.any(String) })
  })

  test("the provenance is GitHub's workflow build type, from the token's claims", () => {
    const manifest = JSON.parse(blob(dir, tagged(dir, `${digest.replace(':', '-')}.att`)!).toString())
    const envelope = JSON.parse(blob(dir, manifest.layers[0].digest).toString())
    const statement = JSON.parse(Buffer.from(envelope.payload, 'base64').toString())
    expect(statement.predicate).toEqual({
      buildDefinition: {
        buildType: 'https://actions.github.io/buildtypes/workflow/v1',
        externalParameters: { workflow: { ref: 'refs/heads/main', repository: 'https://github.com/acme/web', path: '.github/workflows/release.yml' } },
        internalParameters: { github: { event_name: 'push', repository_id: '4242', repository_owner_id: '42', runner_environment: 'github-hosted' } },
        resolvedDependencies: [{ uri: 'git+https://github.com/acme/web@refs/heads/main', digest: { gitCommit: 'c0ffee0000000000000000000000000000000000' } }]
      },
      runDetails: {
        builder: { id: 'https://github.com/acme/web/.github/workflows/release.yml@refs/heads/main' },
        metadata: { invocationId: 'https://github.com/acme/web/actions/runs/7/attempts/1' }
      }
    })
  })

  test.each([['cosign'], ['bundle']])('verify (format %s) passes for the right identity with provenance from acme/web', async (format) => {
    const run = await runInProcess(verifyAction, {
      image: `oci:${dir}@${platformDigest}`,
      'certificate-identity': mock.identity,
      'certificate-oidc-issuer': GITHUB_ISSUER,
      'trusted-root': mock.trustedRoot,
      format,
      provenance: 'true',
      'source-repository': 'acme/web'
    })
    expect(run.error).toBeUndefined()
    expect(JSON.parse(run.outputs.get('results')!)[0]).toMatchObject({ verified: true, reason: `signed (${format}), provenance verified` })
  })

  test('verify fails a keyless signature from the wrong identity, and one checked against another trust root', async () => {
    const wrongIdentity = await runInProcess(verifyAction, {
      image: `oci:${dir}:1.0`,
      'certificate-identity': 'https://github.com/acme/web/.github/workflows/other.yml@refs/heads/main',
      'certificate-oidc-issuer': GITHUB_ISSUER,
      'trusted-root': mock.trustedRoot
    })
    expect(wrongIdentity.error?.name).toBe('CheckFailedError')
    expect(wrongIdentity.error?.message).toMatch(
      /certificate identity error - expected https:\/\/github.com\/acme\/web\/.github\/workflows\/other.yml@refs\/heads\/main/
    )

    const otherMock = await startSigstoreMock(IDENTITY)
    try {
      const rootFile = join(mkdtempSync(join(tmpdir(), 'root-')), 'trusted_root.json')
      writeFileSync(rootFile, otherMock.trustedRoot)
      const otherRoot = await runInProcess(verifyAction, {
        image: `oci:${dir}:1.0`,
        'certificate-identity': mock.identity,
        'certificate-oidc-issuer': GITHUB_ISSUER,
        'trusted-root': rootFile
      })
      expect(otherRoot.error?.name).toBe('CheckFailedError')
      expect(JSON.parse(otherRoot.outputs.get('results')!)[0].verified).toBe(false)
    } finally {
      await otherMock.close()
    }
  })

  test('a key verifier does not accept a keyless signature', async () => {
    const { opensslKeyPair } = await import('../support/signing.js')
    const run = await runInProcess(verifyAction, { image: `oci:${dir}:1.0`, key: opensslKeyPair().publicPem })
    expect(run.error?.message).toMatch(/does not verify with the given key/)
  })
})
