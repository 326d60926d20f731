import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { bundleFromJSON } from '@sigstore/bundle'
import { TrustedRoot } from '@sigstore/protobuf-specs'
import { Verifier, toSignedEntity, toTrustMaterial } from '@sigstore/verify'
import { createPublicKey } from 'node:crypto'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { signAction } from '../../src/actions/sign.js'
import { changeEnvironment } from '../support/environment.js'
import { startFakeGitHubApi } from '../support/fake-github-api.js'
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
    const api = await startFakeGitHubApi({ repository: 'acme/web', releaseTag: 'v1.0.0', existingAssets: ['app-arm64.bin.sig'] })
    try {
      const run = await runInProcess(signAction, { files: join(dir, '*.bin'), key: pair.privatePem, release: 'v1.0.0', 'github-token': 'ghs_test' }, api.env)
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
      for (const name of ['app-x86_64.bin', 'app-arm64.bin']) {
        const file = readFileSync(join(dir, name))
        const bundle = JSON.parse(readFileSync(join(dir, `${name}.sigstore.json`), 'utf8'))
        expect(bundle.mediaType).toBe('application/vnd.dev.sigstore.bundle.v0.3+json')
        expect(() => verifier.verify(toSignedEntity(bundleFromJSON(bundle), file))).not.toThrow()
        expect(() => verifier.verify(toSignedEntity(bundleFromJSON(bundle), Buffer.concat([file, Buffer.from('x')])))).toThrow()
        const signature = Buffer.from(readFileSync(join(dir, `${name}.sig`), 'utf8'), 'base64')
        expect(opensslVerify(pair.publicPem, file, signature)).toBe(true)
        expect(api.assets.get(`${name}.sigstore.json`)).toEqual(readFileSync(join(dir, `${name}.sigstore.json`)))
        expect(api.assets.get(`${name}.sig`)).toEqual(readFileSync(join(dir, `${name}.sig`)))
      }
      // An asset of the same name is replaced, not duplicated.
      expect(api.deleted).toEqual(['app-arm64.bin.sig'])
      expect(new Set(api.authorizations)).toEqual(new Set(['Bearer ghs_test']))
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
      await api.close()
    }
  })

  test('a pattern that matches nothing, and a release that does not exist, are configuration errors', async () => {
    const pair = opensslKeyPair()
    const dir = releaseDir()
    const none = await runInProcess(signAction, { files: join(dir, '*.iso'), key: pair.privatePem })
    expect(none.error?.message).toBe(`input \`files\`: \`${join(dir, '*.iso')}\` matches no file`)
    const api = await startFakeGitHubApi({ repository: 'acme/web', releaseTag: 'v1.0.0' })
    try {
      const missing = await runInProcess(signAction, { files: join(dir, '*.bin'), key: pair.privatePem, release: 'v9', 'github-token': 't' }, api.env)
      expect(missing.error?.message).toBe('input `release`: no release is tagged `v9` in acme/web (create it first, e.g. as a draft)')
    } finally {
      await api.close()
    }
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
