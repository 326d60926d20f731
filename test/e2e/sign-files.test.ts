import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { bundleFromJSON } from '@sigstore/bundle'
import { TrustedRoot } from '@sigstore/protobuf-specs'
import { Verifier, toSignedEntity, toTrustMaterial } from '@sigstore/verify'
import { createPublicKey } from 'node:crypto'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { signAction } from '../../src/actions/sign.js'
import { startFakeGitHub, type FakeGitHub } from '../support/fake-github.js'
import { changeEnvironment } from '../support/environment.js'
import { opensslKeyPair, opensslVerify, runInProcess } from '../support/signing.js'
import { GITHUB_ISSUER, startSigstoreMock, type SigstoreMock } from '../support/sigstore-mock-server.js'

function releaseDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'release-'))
  writeFileSync(join(dir, 'app-x86_64.bin'), Buffer.alloc(3000, 7))
  writeFileSync(join(dir, 'app-arm64.bin'), 'arm64 kernel\n')
  mkdirSync(join(dir, 'sub'))
  writeFileSync(join(dir, 'sub', 'notes.txt'), 'not matched\n')
  return dir
}

const EMPTY_ROOT = {
  mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
  tlogs: [],
  certificateAuthorities: [],
  ctlogs: [],
  timestampAuthorities: []
}

describe('signing release files (blobs)', () => {
  test('with a key: <file>.sigstore.json verifies with @sigstore/verify, <file>.sig with openssl; both uploaded to the release', async () => {
    const pair = opensslKeyPair()
    const dir = releaseDir()
    const github = await startFakeGitHub()
    try {
      const release = github.addRelease('acme/web', { tag: 'v1.0.0' })
      github.addAsset(release, { name: 'app-arm64.bin.sig', content: 'an older signature' })
      const env = { GITHUB_API_URL: github.apiUrl, GITHUB_REPOSITORY: 'acme/web' }
      const run = await runInProcess(signAction, { files: join(dir, '*.bin'), key: pair.privatePem, release: 'v1.0.0', 'github-token': 'ghs_test' }, env)
      expect(run.error).toBeUndefined()
      const bundles = JSON.parse(run.outputs.get('bundles')!) as string[]
      expect(bundles).toEqual([join(dir, 'app-arm64.bin.sigstore.json'), join(dir, 'app-x86_64.bin.sigstore.json')])
      expect(JSON.parse(run.outputs.get('signatures')!)).toEqual([])
      const verifier = new Verifier(
        toTrustMaterial(TrustedRoot.fromJSON(EMPTY_ROOT), () => ({ publicKey: createPublicKey(pair.publicPem), validFor: () => true })),
        {
          tlogThreshold: 0,
          ctlogThreshold: 0,
          timestampThreshold: 0
        }
      )
      const uploaded = new Map(github.release('acme/web', 'v1.0.0')!.assets.map((asset) => [asset.name, asset.content]))
      for (const name of ['app-x86_64.bin', 'app-arm64.bin']) {
        const file = readFileSync(join(dir, name))
        const bundle = JSON.parse(readFileSync(join(dir, `${name}.sigstore.json`), 'utf8'))
        expect(bundle.mediaType).toBe('application/vnd.dev.sigstore.bundle.v0.3+json')
        expect(() => verifier.verify(toSignedEntity(bundleFromJSON(bundle), file))).not.toThrow()
        expect(() => verifier.verify(toSignedEntity(bundleFromJSON(bundle), Buffer.concat([file, Buffer.from('x')])))).toThrow()
        const signature = Buffer.from(readFileSync(join(dir, `${name}.sig`), 'utf8'), 'base64')
        expect(opensslVerify(pair.publicPem, file, signature)).toBe(true)
        expect(uploaded.get(`${name}.sigstore.json`)).toEqual(readFileSync(join(dir, `${name}.sigstore.json`)))
        expect(uploaded.get(`${name}.sig`)).toEqual(readFileSync(join(dir, `${name}.sig`)))
      }
      // An asset of the same name with other content is replaced, not duplicated.
      expect(uploaded.size).toBe(4)
      expect(github.requestsTo(/\/releases\/assets\/\d+$/, 'DELETE')).toHaveLength(1)
      expect(run.logger.text()).toMatch(/app-arm64\.bin\.sig: replaced \(content changed\)/)
      expect(run.logger.text()).toMatch(/Release v1\.0\.0: 3 signature files uploaded, 1 replaced, 0 unchanged/)
      expect(new Set(github.requests.map((r) => r.headers.authorization))).toEqual(new Set(['token ghs_test']))
      // Nothing else was left next to the files.
      expect(readdirSync(dir).sort()).toEqual([
        'app-arm64.bin',
        'app-arm64.bin.sig',
        'app-arm64.bin.sigstore.json',
        'app-x86_64.bin',
        'app-x86_64.bin.sig',
        'app-x86_64.bin.sigstore.json',
        'sub'
      ])
    } finally {
      await github.close()
    }
  })

  test('a pattern that matches nothing is a configuration error', async () => {
    const pair = opensslKeyPair()
    const dir = releaseDir()
    const none = await runInProcess(signAction, { files: join(dir, '*.iso'), key: pair.privatePem })
    expect(none.error?.message).toBe(`input \`files\`: \`${join(dir, '*.iso')}\` matches no file`)
  })

  describe('release uploads, the same as publish makes', () => {
    const sign = async (github: FakeGitHub, release: string, token = 'ghs_test') => {
      const dir = releaseDir()
      const run = await runInProcess(
        signAction,
        { files: join(dir, 'app-arm64.bin'), key: opensslKeyPair().privatePem, release, 'github-token': token },
        { GITHUB_API_URL: github.apiUrl, GITHUB_REPOSITORY: 'acme/web' }
      )
      return { run, dir }
    }

    test('a release that does not exist yet is created', async () => {
      const github = await startFakeGitHub()
      try {
        const { run } = await sign(github, 'v9')
        expect(run.error).toBeUndefined()
        expect(run.logger.text()).toMatch(/Created release v9/)
        expect(github.assetNames('acme/web', 'v9')).toEqual(['app-arm64.bin.sig', 'app-arm64.bin.sigstore.json'])
      } finally {
        await github.close()
      }
    })

    test('the draft publish leaves under immutable releases is found and signed into; a published immutable release refuses', async () => {
      const github = await startFakeGitHub()
      github.immutable.add('acme/web')
      try {
        github.addRelease('acme/web', { tag: 'v2.0.0', draft: true })
        const { run } = await sign(github, 'v2.0.0')
        expect(run.error).toBeUndefined()
        expect(github.releases('acme/web')).toHaveLength(1)
        expect(github.release('acme/web', 'v2.0.0')!.assets).toHaveLength(2)

        github.addRelease('acme/web', { tag: 'v3.0.0' })
        const sealed = await sign(github, 'v3.0.0')
        expect(sealed.run.error?.message).toBe('input `release`: v3.0.0 is an immutable release, so app-arm64.bin.sigstore.json cannot be added to it')
      } finally {
        await github.close()
      }
    })

    test('a token without `contents: write` is a configuration error that says so', async () => {
      const github = await startFakeGitHub({ token: 'ghs_right' })
      try {
        const { run } = await sign(github, 'v1.0.0', 'ghs_wrong')
        expect(run.error?.message).toMatch(
          /^input `github-token`: release v1\.0\.0: .*failed \(HTTP 401\): .*; the token needs `contents: write` on acme\/web$/
        )
        expect(run.error?.message).not.toContain('ghs_wrong')
      } finally {
        await github.close()
      }
    })
  })

  describe('keyless', () => {
    let mock: SigstoreMock
    let restoreEnv: () => void
    beforeAll(async () => {
      mock = await startSigstoreMock({ repository: 'acme/web', workflowPath: '.github/workflows/release.yml', ref: 'refs/tags/v1.0.0' })
      restoreEnv = changeEnvironment(mock.oidcEnv)
    })
    afterAll(async () => {
      restoreEnv?.()
      await mock.close()
    })

    test('bundles carry the Fulcio certificate and Rekor entry, and verify for the workflow identity', async () => {
      const dir = releaseDir()
      const run = await runInProcess(signAction, { files: `${join(dir, 'app-x86_64.bin')}`, 'fulcio-url': mock.fulcioUrl, 'rekor-url': mock.rekorUrl })
      expect(run.error).toBeUndefined()
      const bundle = JSON.parse(readFileSync(join(dir, 'app-x86_64.bin.sigstore.json'), 'utf8'))
      expect(bundle.mediaType).toBe('application/vnd.dev.sigstore.bundle.v0.3+json')
      expect(bundle.verificationMaterial.tlogEntries[0].kindVersion).toEqual({ kind: 'hashedrekord', version: '0.0.1' })
      const verifier = new Verifier(toTrustMaterial(TrustedRoot.fromJSON(JSON.parse(mock.trustedRoot))))
      const signer = verifier.verify(toSignedEntity(bundleFromJSON(bundle), readFileSync(join(dir, 'app-x86_64.bin'))), {
        subjectAlternativeName: mock.identity,
        extensions: { issuer: GITHUB_ISSUER }
      })
      expect(signer.identity?.subjectAlternativeName).toBe(mock.identity)
      expect(existsSync(join(dir, 'app-x86_64.bin.sig'))).toBe(true)
      expect(run.outputs.get('certificate')).toMatch(/^-----BEGIN CERTIFICATE-----/)
    })
  })
})
