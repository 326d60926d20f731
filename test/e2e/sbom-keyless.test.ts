import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { signAction } from '../../src/actions/sign.js'
import { verifyAction } from '../../src/actions/verify.js'
import { changeEnvironment } from '../support/environment.js'
import { runInProcess } from '../support/signing.js'
import { GITHUB_ISSUER, startSigstoreMock, type SigstoreMock } from '../support/sigstore-mock-server.js'
import { buildWith, copyExample } from './build-run.js'

// The build's SBOM attested keyless (Fulcio, Rekor and TSA from @sigstore/mock on loopback) in an oci:
// layout, and verify's require-sbom checking it against the mock's trust root and the workflow identity.
const IDENTITY = { repository: 'acme/web', workflowPath: '.github/workflows/release.yml', ref: 'refs/heads/main' }

describe('SBOM attestation, keyless', () => {
  let mock: SigstoreMock
  let scratch: string
  let restoreEnv: () => void

  beforeAll(async () => {
    mock = await startSigstoreMock(IDENTITY)
    restoreEnv = changeEnvironment(mock.oidcEnv)
    scratch = mkdtempSync(join(tmpdir(), 'sbom-keyless-'))
  })
  afterAll(async () => {
    restoreEnv?.()
    await mock?.close()
    rmSync(scratch, { recursive: true, force: true })
  })

  test('sign attaches the SBOM as a keyless .att and bundle; verify require-sbom passes for the identity, not for another', async () => {
    const runnerTemp = mkdtempSync(join(scratch, 'runner-'))
    const layout = join(scratch, 'layout')
    const built = await buildWith(
      {
        path: copyExample('hello', join(scratch, 'hello')),
        command: 'make',
        kernel: 'hello.elf',
        cache: 'false',
        tags: '1.0',
        'source-date-epoch': '1700000000',
        output: layout
      },
      { runnerTemp }
    )
    expect(built.error).toBeUndefined()
    const [target] = JSON.parse(built.outputs.get('targets')!) as { manifestDigest: string; sbom: string }[]

    const signed = await runInProcess(
      signAction,
      { identity: 'ghcr.io/acme/web', 'fulcio-url': mock.fulcioUrl, 'rekor-url': mock.rekorUrl, 'tsa-url': mock.tsaUrl, provenance: 'false' },
      {},
      runnerTemp
    )
    expect(signed.error).toBeUndefined()
    const sboms = (JSON.parse(signed.outputs.get('signatures')!) as { digest: string; kind: string; format: string }[]).filter((r) => r.kind === 'sbom')
    expect(sboms.map((r) => [r.digest, r.format])).toEqual([
      [target.manifestDigest, 'cosign'],
      [target.manifestDigest, 'bundle']
    ])

    const verify = (identity: string) =>
      runInProcess(verifyAction, {
        image: `oci:${layout}:1.0`,
        'certificate-identity': identity,
        'certificate-oidc-issuer': GITHUB_ISSUER,
        'trusted-root': mock.trustedRoot,
        'require-sbom': 'true'
      })
    const ok = await verify(mock.identity)
    expect(ok.error).toBeUndefined()
    const [result] = JSON.parse(ok.outputs.get('results')!) as { sbom: { attestations: { manifest: string; packages: number }[] } }[]
    expect(result.sbom.attestations).toEqual([
      expect.objectContaining({ manifest: target.manifestDigest, packages: JSON.parse(readFileSync(target.sbom, 'utf8')).packages.length })
    ])

    const wrong = await verify('https://github.com/acme/web/.github/workflows/other.yml@refs/heads/main')
    expect(wrong.error?.name).toBe('CheckFailedError')
  }, 30_000)
})
