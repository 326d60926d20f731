import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startFakeGitHub, type FakeGitHub } from '../support/fake-github.js'
import { bootEntries, fakeKernel, writeOciFixture } from '../support/oci-fixture.js'
import { runActionAsRunner } from '../support/run-action.js'
import { opensslKeyPair, pythonEncryptedCosignKey } from '../support/signing.js'
import { GITHUB_ISSUER, startSigstoreMock, type SigstoreMock } from '../support/sigstore-mock-server.js'

// sign and verify as the runner runs them: `node dist/<action>-main.js`, INPUT_* variables, file commands.
const WORKFLOW = { repository: 'acme/web', workflowPath: '.github/workflows/release.yml', ref: 'refs/tags/v1.0.0' }
const GITHUB_ENV = {
  GITHUB_REPOSITORY: 'acme/web',
  GITHUB_SHA: 'c0ffee0000000000000000000000000000000000',
  GITHUB_REF: 'refs/tags/v1.0.0',
  GITHUB_WORKFLOW_REF: 'acme/web/.github/workflows/release.yml@refs/tags/v1.0.0',
  GITHUB_RUN_ID: '11',
  GITHUB_RUN_ATTEMPT: '2',
  GITHUB_EVENT_NAME: 'push'
}

async function layout(): Promise<{ dir: string; digest: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'sign-runner-'))
  const written = await writeOciFixture(dir, { images: [{ arch: 'amd64', entries: bootEntries({ kernel: fakeKernel('runner') }) }], tags: ['1.0'] })
  return { dir, digest: written.topDigest }
}

/** Every stdout line that is not the runner's own `::add-mask::` command. */
function visible(stdout: string): string {
  return stdout
    .split('\n')
    .filter((line) => !line.startsWith('::add-mask::'))
    .join('\n')
}

describe('sign and verify under the runner protocol', () => {
  let mock: SigstoreMock
  let github: FakeGitHub

  beforeAll(async () => {
    mock = await startSigstoreMock(WORKFLOW)
    github = await startFakeGitHub()
    github.addRelease('acme/web', { tag: 'v1.0.0' })
  })
  afterAll(async () => {
    await mock?.close()
    await github?.close()
  })

  test('keyless: OIDC token masked, provenance to the attestations API, blob signatures to the release; verify passes for the workflow identity', async () => {
    const { dir } = await layout()
    const files = mkdtempSync(join(tmpdir(), 'assets-'))
    writeFileSync(join(files, 'web.efi'), 'kernel bytes\n')
    const event = join(files, 'event.json')
    writeFileSync(event, JSON.stringify({ repository: { visibility: 'public' } }))
    const env = { ...GITHUB_ENV, ...mock.oidcEnv, GITHUB_API_URL: github.apiUrl, GITHUB_EVENT_PATH: event }
    const run = await runActionAsRunner(
      'sign',
      'main',
      {
        image: `oci:${dir}:1.0`,
        identity: 'ghcr.io/acme/web',
        'fulcio-url': mock.fulcioUrl,
        'rekor-url': mock.rekorUrl,
        files: join(files, '*.efi'),
        release: 'v1.0.0',
        'github-token': 'ghs_runner',
        keyless: 'auto',
        format: 'cosign, bundle',
        provenance: 'true'
      },
      { env }
    )
    expect(run.stdout).not.toMatch(/::error/)
    expect(run.status).toBe(0)
    expect(mock.audiences).toEqual(['sigstore'])
    // The runner is told to mask the token before anything could print it; nothing else shows it.
    const masked = run.stdout
      .split('\n')
      .filter((line) => line.startsWith('::add-mask::'))
      .map((line) => line.slice('::add-mask::'.length))
    const token = masked.find((value) => value.split('.').length === 3)
    expect(token).toBeDefined()
    expect(visible(run.stdout)).not.toContain(token!)
    expect(run.stdout).toMatch(/Keyless signing with the given Sigstore instance: Fulcio http:\/\/127\.0\.0\.1:\d+\/fulcio, Rekor/)

    expect(JSON.parse(run.outputs.signatures)).toHaveLength(2 * 2 + 2 * 2)
    expect(run.outputs.certificate).toMatch(/^-----BEGIN CERTIFICATE-----/)
    expect(JSON.parse(run.outputs.bundles)).toEqual([join(files, 'web.efi.sigstore.json')])
    expect(github.assetNames('acme/web', 'v1.0.0')).toEqual(['web.efi.sig', 'web.efi.sigstore.json'])
    expect(github.attestations('acme/web')).toHaveLength(1)
    const stored = github.attestations('acme/web')[0] as { dsseEnvelope: { payload: string } }
    expect(JSON.parse(Buffer.from(stored.dsseEnvelope.payload, 'base64').toString()).predicateType).toBe('https://slsa.dev/provenance/v1')
    expect(run.stdout).toMatch(/Stored the provenance attestation on GitHub \(id 1\)/)
    expect(run.summary).toMatch(/### ✍️ Signed 1 image and 1 file \(keyless\)/)

    const verify = await runActionAsRunner('verify', 'main', {
      image: `oci:${dir}:1.0`,
      identity: 'ghcr.io/acme/web',
      'certificate-identity': mock.identity,
      'certificate-oidc-issuer': GITHUB_ISSUER,
      'trusted-root': mock.trustedRoot,
      provenance: 'true',
      'source-repository': 'https://github.com/acme/web',
      format: 'cosign, bundle'
    })
    expect(verify.stdout).not.toMatch(/::error/)
    expect(verify.status).toBe(0)
    expect(verify.outputs.verified).toBe('true')
    expect(verify.summary).toMatch(/### ✅ 1 image verified/)
  })

  test('a key and its password are masked line by line and appear nowhere else; verify fails another key with an error annotation', async () => {
    const { dir } = await layout()
    const pair = opensslKeyPair()
    const key = pythonEncryptedCosignKey(pair.pkcs8Der, 'pa55word-runner')
    const run = await runActionAsRunner(
      'sign',
      'main',
      { image: `oci:${dir}:1.0`, identity: 'ghcr.io/acme/web', key, 'key-password': 'pa55word-runner', provenance: 'true', keyless: 'auto', format: 'cosign' },
      { env: GITHUB_ENV }
    )
    expect(run.stdout).not.toMatch(/::error/)
    expect(run.status).toBe(0)
    const masked = new Set(
      run.stdout
        .split('\n')
        .filter((line) => line.startsWith('::add-mask::'))
        .map((line) => line.slice('::add-mask::'.length))
    )
    expect(masked.has('pa55word-runner')).toBe(true)
    for (const line of key.split('\n').filter((l) => l.length > 8 && !l.startsWith('-----'))) expect(masked.has(line)).toBe(true)
    expect(visible(run.stdout)).not.toMatch(/pa55word-runner|ENCRYPTED SIGSTORE/)
    expect(run.outputs['public-key'].replace(/\s/g, '')).toBe(pair.publicPem.replace(/\s/g, ''))
    const state = readFileSync(join(run.runnerTemp, 'unikernel-actions', 'state.json'), 'utf8')
    expect(state).not.toMatch(/pa55word|PRIVATE/)

    const wrong = await runActionAsRunner('verify', 'main', {
      image: `oci:${dir}:1.0`,
      key: opensslKeyPair().publicPem,
      format: 'cosign, bundle',
      provenance: 'false'
    })
    expect(wrong.status).toBe(1)
    expect(wrong.stdout).toMatch(/::error::1 of 1 image did not verify:%0Aoci:.*: not signed as required: cosign: .*does not verify with the given key/)
    expect(wrong.outputs.verified).toBe('false')
    expect(wrong.summary).toMatch(/### ❌ 1 of 1 image failed verification/)
  })

  test('a bad input fails the step with a configuration error naming it', async () => {
    const run = await runActionAsRunner('sign', 'main', {
      image: 'ghcr.io/acme/web:1.0',
      key: opensslKeyPair().privatePem,
      keyless: 'auto',
      format: 'cosign',
      provenance: 'false'
    })
    expect(run.status).toBe(1)
    expect(run.stdout).toMatch(/::error::input `image`: `ghcr.io\/acme\/web:1.0` has no digest/)
  })
})
