import { describe, expect, test } from '@jest/globals'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { signAction } from '../../src/actions/sign.js'
import { verifyAction } from '../../src/actions/verify.js'
import { bootEntries, corruptBlob, fakeKernel, writeOciFixture } from '../support/oci-fixture.js'
import { GITHUB_RELEASE_ENV, opensslKeyPair, opensslVerify, pythonEncryptedCosignKey, runInProcess } from '../support/signing.js'

async function layout(tag = '1.0'): Promise<{ dir: string; digest: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'sign-action-'))
  const written = await writeOciFixture(dir, { images: [{ arch: 'amd64', entries: bootEntries({ kernel: fakeKernel('x') }) }], tags: [tag] })
  return { dir, digest: written.topDigest }
}

describe('sign and verify actions over an oci: layout (key mode, in-process)', () => {
  const pair = opensslKeyPair()

  test('a cosign-encrypted key (sealed by Python) signs; verify passes with its public key and fails with another', async () => {
    const { dir, digest } = await layout()
    const key = pythonEncryptedCosignKey(pair.pkcs8Der, 'hunter2')
    const signed = await runInProcess(signAction, {
      image: `oci:${dir}:1.0`,
      identity: 'ghcr.io/acme/web',
      key,
      'key-password': 'hunter2',
      provenance: 'false'
    })
    expect(signed.error).toBeUndefined()
    const signatures = JSON.parse(signed.outputs.get('signatures')!) as { image: string; digest: string; format: string; 'signature-ref': string }[]
    // The index and the one manifest it lists, each in both formats.
    expect(signatures).toHaveLength(4)
    expect(signatures.slice(0, 2).map((s) => [s.digest, s.format, s['signature-ref']])).toEqual([
      [digest, 'cosign', `oci:${dir}:${digest.replace(':', '-')}.sig`],
      [digest, 'bundle', expect.stringMatching(new RegExp(`^oci:${dir}@sha256:[0-9a-f]{64}$`))]
    ])
    expect(signed.outputs.get('public-key')!.replace(/\s/g, '')).toBe(pair.publicPem.replace(/\s/g, ''))
    expect(signed.outputs.get('certificate')).toBe('')
    // The job state names what was signed, for later steps; it holds no key material.
    const state = readFileSync(join(signed.runnerTemp, 'unikernel-actions', 'state.json'), 'utf8')
    expect(JSON.parse(state).sign).toMatchObject({ mode: 'key', bundles: [] })
    expect(state).not.toMatch(/PRIVATE|hunter2/)
    expect(signed.logger.text()).not.toMatch(/hunter2|PRIVATE KEY/)

    const ok = await runInProcess(verifyAction, { image: `oci:${dir}:1.0`, identity: 'ghcr.io/acme/web', key: pair.publicPem })
    expect(ok.error).toBeUndefined()
    expect(ok.outputs.get('verified')).toBe('true')
    expect(JSON.parse(ok.outputs.get('results')!)).toEqual([expect.objectContaining({ image: `oci:${dir}:1.0`, digest, verified: true })])

    const other = await runInProcess(verifyAction, { image: `oci:${dir}:1.0`, key: opensslKeyPair().publicPem })
    expect(other.error?.name).toBe('CheckFailedError')
    expect(other.error?.message).toMatch(
      new RegExp(`1 of 1 image did not verify:\\noci:${dir}:1.0: not signed as required: cosign: .*does not verify with the given key`)
    )
    expect(other.outputs.get('verified')).toBe('false')
  })

  test('key inputs may name files (as a terminal passes them): cosign.key to sign, cosign.pub to verify', async () => {
    const { dir } = await layout()
    const keys = mkdtempSync(join(tmpdir(), 'keys-'))
    writeFileSync(join(keys, 'cosign.key'), pythonEncryptedCosignKey(pair.pkcs8Der, 'from-file'))
    writeFileSync(join(keys, 'cosign.pub'), pair.publicPem)
    const signed = await runInProcess(signAction, {
      image: `oci:${dir}:1.0`,
      identity: 'ghcr.io/acme/web',
      key: join(keys, 'cosign.key'),
      'key-password': 'from-file',
      format: 'cosign',
      provenance: 'false'
    })
    expect(signed.error).toBeUndefined()
    const verified = await runInProcess(verifyAction, { image: `oci:${dir}:1.0`, key: join(keys, 'cosign.pub'), format: 'cosign' })
    expect(verified.error).toBeUndefined()
    const missing = await runInProcess(verifyAction, { image: `oci:${dir}:1.0`, key: join(keys, 'nope.pub') })
    expect(missing.error?.message).toBe('input `key`: is neither PEM nor the path of a key file: expected a PUBLIC KEY block (cosign.pub)')
  })

  test("without image, sign takes the job's last build and its name as identity; verify of an unsigned image fails", async () => {
    const { dir } = await layout()
    const runnerTemp = mkdtempSync(join(tmpdir(), 'runner-temp-'))
    const stateDir = join(runnerTemp, 'unikernel-actions')
    await import('node:fs').then((fs) => fs.mkdirSync(stateDir))
    writeFileSync(join(stateDir, 'state.json'), JSON.stringify({ version: 1, build: { image: `oci:${dir}:1.0`, name: 'ghcr.io/acme/web' } }))
    const unsigned = await runInProcess(verifyAction, { key: pair.publicPem }, {}, runnerTemp)
    expect(unsigned.error?.message).toMatch(/not signed as required: cosign: no cosign signature/)
    const signed = await runInProcess(signAction, { key: pair.privatePem, format: 'cosign', provenance: 'false' }, {}, runnerTemp)
    expect(signed.error).toBeUndefined()
    const [record] = JSON.parse(signed.outputs.get('signatures')!) as { 'signature-ref': string }[]
    const manifestDigest = readJsonIndex(dir).find(
      (m) => m.annotations?.['org.opencontainers.image.ref.name'] === record['signature-ref'].split(':').pop()
    )!.digest
    const manifest = JSON.parse(readFileSync(join(dir, 'blobs', 'sha256', manifestDigest.slice(7)), 'utf8'))
    const payload = readFileSync(join(dir, 'blobs', 'sha256', manifest.layers[0].digest.slice(7)))
    expect(JSON.parse(payload.toString()).critical.identity['docker-reference']).toBe('ghcr.io/acme/web')
    expect(opensslVerify(pair.publicPem, payload, Buffer.from(manifest.layers[0].annotations['dev.cosignproject.cosign/signature'], 'base64'))).toBe(true)
    const verified = await runInProcess(verifyAction, { key: pair.publicPem, format: 'cosign' }, {}, runnerTemp)
    expect(verified.error).toBeUndefined()
  })

  test.each([
    [
      'an RSA key',
      () => ({ key: '-----BEGIN RSA PRIVATE KEY-----\nMIIB\n-----END RSA PRIVATE KEY-----\n' }),
      /input `key`: holds a `RSA PRIVATE KEY` PEM block \(an RSA key; ECDSA P-256 is required\)/
    ],
    ['a malformed PEM', () => ({ key: '-----BEGIN PRIVATE KEY-----\n!!!\n-----END PRIVATE KEY-----\n' }), /input `key`: its PRIVATE KEY block is malformed/],
    [
      'a wrong password',
      () => ({ key: pythonEncryptedCosignKey(pair.pkcs8Der, 'right'), 'key-password': 'wrong' }),
      /input `key-password`: does not open `key`: wrong password/
    ],
    [
      'a registry reference without digest',
      () => ({ key: pair.privatePem, image: 'ghcr.io/acme/web:1.0' }),
      /input `image`: `ghcr.io\/acme\/web:1.0` has no digest/
    ],
    [
      'an oci: image without identity',
      () => ({ key: pair.privatePem, image: 'oci:/nonexistent:1.0', identity: '' }),
      /input `identity`: is required for `oci:\/nonexistent:1.0`/
    ],
    [
      'an identity with a tag',
      () => ({ key: pair.privatePem, identity: 'ghcr.io/acme/web:1.0' }),
      /input `identity`: `ghcr.io\/acme\/web:1.0` names a repository, without tag or digest/
    ],
    ['an unknown format', () => ({ key: pair.privatePem, format: 'cosign, pgp' }), /input `format`: `pgp` is not one of cosign, bundle/],
    ['neither key nor OIDC token', () => ({}), /input `key`: or an OIDC token is required: .*id-token: write/]
  ])('%s is a configuration error naming the input', async (_name, inputs, message) => {
    const run = await runInProcess(
      signAction,
      { image: 'oci:/nonexistent:1.0', identity: 'ghcr.io/acme/web', provenance: 'false', ...inputs() },
      { ACTIONS_ID_TOKEN_REQUEST_URL: '', ACTIONS_ID_TOKEN_REQUEST_TOKEN: '', SIGSTORE_ID_TOKEN: '' }
    )
    expect(run.error?.name).toBe('ConfigurationError')
    expect(run.error?.message).toMatch(message)
  })

  test('an image signed for one repository verifies for it only: the cosign payload, the bundle and the provenance statements all name it', async () => {
    const { dir, digest } = await layout()
    const github = GITHUB_RELEASE_ENV
    const signed = await runInProcess(signAction, { image: `oci:${dir}:1.0`, identity: 'ghcr.io/acme/hello', key: pair.privatePem, provenance: 'true' }, github)
    expect(signed.error).toBeUndefined()
    const verify = (identity: string, extra: Record<string, string> = {}) =>
      runInProcess(verifyAction, { image: `oci:${dir}:1.0`, identity, key: pair.publicPem, provenance: 'true', ...extra }, github)

    const same = await verify('ghcr.io/acme/hello')
    expect(same.error).toBeUndefined()
    expect(JSON.parse(same.outputs.get('results')!)[0]).toMatchObject({
      verified: true,
      signatures: { cosign: { verified: true }, bundle: { verified: true } },
      provenance: { verified: true }
    })

    for (const format of ['cosign, bundle', 'bundle', 'cosign']) {
      const other = await verify('ghcr.io/acme/other', { format })
      expect(other.error?.name).toBe('CheckFailedError')
      const [result] = JSON.parse(other.outputs.get('results')!) as { verified: boolean; signatures: Record<string, { verified: boolean; detail: string }> }[]
      expect(result.verified).toBe(false)
      for (const [name, outcome] of Object.entries(result.signatures)) {
        expect({ format: name, ...outcome }).toEqual({
          format: name,
          verified: false,
          detail: expect.stringMatching(/names ghcr\.io\/acme\/hello, not ghcr\.io\/acme\/other/)
        })
      }
    }
    // The provenance, as .att and as bundle, names the repository too.
    const other = await verify('ghcr.io/acme/other', { format: 'cosign' })
    const [result] = JSON.parse(other.outputs.get('results')!) as { digest: string; provenance: { verified: boolean; detail: string } }[]
    expect(result.digest).toBe(digest)
    expect(result.provenance.verified).toBe(false)
    expect(result.provenance.detail).toMatch(/\.att layer 1: its statement names ghcr\.io\/acme\/hello, not ghcr\.io\/acme\/other/)
    expect(result.provenance.detail).toMatch(/bundle sha256:[0-9a-f]{64}: its statement names ghcr\.io\/acme\/hello, not ghcr\.io\/acme\/other/)
  })

  test('a layout whose signed manifest blob is corrupt or missing does not verify, though its signatures do', async () => {
    for (const how of ['content', 'size', 'missing'] as const) {
      const { dir, digest } = await layout()
      const signed = await runInProcess(signAction, { image: `oci:${dir}:1.0`, identity: 'ghcr.io/acme/web', key: pair.privatePem, provenance: 'false' })
      expect(signed.error).toBeUndefined()
      if (how === 'missing') rmSync(join(dir, 'blobs', 'sha256', digest.slice('sha256:'.length)))
      else await corruptBlob(dir, digest, how)
      const verified = await runInProcess(verifyAction, { image: `oci:${dir}:1.0`, identity: 'ghcr.io/acme/web', key: pair.publicPem })
      const why = {
        content: /(is corrupt: blob sha256:[0-9a-f]{64} .*has content whose sha256 is|sha256:[0-9a-f]{64}.*(corrupt|does not match|sha256 is))/,
        size: /(is corrupt: blob .* bytes, but its descriptor says|sha256:[0-9a-f]{64}.*(size|bytes))/,
        missing: /(is missing blob|sha256:[0-9a-f]{64}.*(missing|no such|ENOENT))/
      }[how]
      // Either the layout reader refuses the image when it resolves the tag (the blob at the digest is
      // read and hashed there), or the signatures verify and the signed manifest then cannot be read.
      if (verified.error?.name === 'ConfigurationError') {
        expect({ how, message: verified.error.message }).toEqual({ how, message: expect.stringMatching(why) })
        continue
      }
      expect({ how, error: verified.error?.name }).toEqual({ how, error: 'CheckFailedError' })
      const [result] = JSON.parse(verified.outputs.get('results')!) as { verified: boolean; reason: string }[]
      expect(result.verified).toBe(false)
      expect(result.reason).toMatch(new RegExp(`^the signed manifest ${digest} cannot be read: .*${why.source}`))
    }
  })

  test('a pull request from a fork (no key, no token) skips with a notice', async () => {
    const event = join(mkdtempSync(join(tmpdir(), 'event-')), 'event.json')
    writeFileSync(
      event,
      JSON.stringify({ pull_request: { head: { repo: { full_name: 'mallory/web', fork: true } }, base: { repo: { full_name: 'acme/web' } } } })
    )
    const run = await runInProcess(
      signAction,
      { image: 'oci:/x:1', identity: 'ghcr.io/acme/web' },
      { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event, ACTIONS_ID_TOKEN_REQUEST_URL: '', SIGSTORE_ID_TOKEN: '' }
    )
    expect(run.error).toBeUndefined()
    expect(run.logger.text('notice')).toBe('Signing skipped: a pull request from a fork gets neither secrets nor an OIDC token')
    expect(run.outputs.get('signatures')).toBe('[]')
  })
})

function readJsonIndex(dir: string): { digest: string; annotations?: Record<string, string> }[] {
  return JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')).manifests
}
