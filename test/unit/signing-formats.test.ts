import { describe, expect, test } from '@jest/globals'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { preAuthEncoding } from '../../src/signing/dsse.js'
import { attachmentTag, parseSimpleSigningPayload, simpleSigningPayload } from '../../src/signing/formats.js'
import { keylessEndpoints, keyWitnesses } from '../../src/signing/keyless.js'
import { provenanceClaims, sameRepository } from '../../src/signing/provenance.js'
import { dockerReference } from '../../src/signing/targets.js'
import { pae } from '../support/signing.js'

const DIGEST = `sha256:${'ab'.repeat(32)}`

function eventEnv(visibility: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const path = join(mkdtempSync(join(tmpdir(), 'event-')), 'event.json')
  writeFileSync(path, JSON.stringify({ repository: { visibility } }))
  return { GITHUB_EVENT_PATH: path, ...extra }
}

describe('cosign formats', () => {
  test('the simple-signing payload is byte for byte what cosign writes (Go field order, sorted optional, Go escaping)', () => {
    expect(simpleSigningPayload('ghcr.io/acme/web', DIGEST).toString()).toBe(
      `{"critical":{"identity":{"docker-reference":"ghcr.io/acme/web"},"image":{"docker-manifest-digest":"${DIGEST}"},` +
        '"type":"cosign container image signature"},"optional":null}'
    )
    expect(simpleSigningPayload('ghcr.io/acme/web', DIGEST, { z: '1', a: 'x<y&z>' }).toString()).toMatch(
      /"optional":\{"a":"x\\u003cy\\u0026z\\u003e","z":"1"\}\}$/
    )
  })

  test('payload parsing is as strict as containers/image: exactly the critical fields', () => {
    expect(parseSimpleSigningPayload(simpleSigningPayload('r', DIGEST))).toEqual({
      dockerReference: 'r',
      manifestDigest: DIGEST,
      type: 'cosign container image signature',
      optional: null
    })
    const extra = Buffer.from(
      JSON.stringify({ critical: { identity: { 'docker-reference': 'r' }, image: { 'docker-manifest-digest': DIGEST }, type: 't', extra: 1 }, optional: null })
    )
    expect(parseSimpleSigningPayload(extra)).toBeUndefined()
    const capital = Buffer.from(JSON.stringify({ critical: { identity: { 'docker-reference': 'r' }, image: { 'Docker-manifest-digest': DIGEST }, type: 't' } }))
    expect(parseSimpleSigningPayload(capital)).toBeUndefined()
    expect(parseSimpleSigningPayload(Buffer.from('not json'))).toBeUndefined()
  })

  test('tags: sha256-<hex>.sig, .att, and the referrers fallback sha256-<hex>', () => {
    expect(attachmentTag(DIGEST, 'sig')).toBe(`sha256-${'ab'.repeat(32)}.sig`)
    expect(attachmentTag(DIGEST, 'att')).toBe(`sha256-${'ab'.repeat(32)}.att`)
    expect(attachmentTag(DIGEST)).toBe(`sha256-${'ab'.repeat(32)}`)
  })

  test('DSSE PAE matches the spec written out independently', () => {
    const payload = Buffer.from('{"a":"ü"}')
    expect(preAuthEncoding('application/vnd.in-toto+json', payload)).toEqual(pae('application/vnd.in-toto+json', payload))
    expect(preAuthEncoding('t', Buffer.from('hello')).toString()).toBe('DSSEv1 1 t 5 hello')
  })

  test('docker.io repositories are named as cosign names them', () => {
    expect(dockerReference({ kind: 'registry', registry: 'docker.io', repository: 'library/nginx' })).toBe('index.docker.io/library/nginx')
    expect(dockerReference({ kind: 'registry', registry: 'ghcr.io', repository: 'acme/web' })).toBe('ghcr.io/acme/web')
  })
})

describe('Sigstore instance choice (as @actions/attest chooses)', () => {
  test('a public repository signs with the public-good Fulcio and Rekor', () => {
    expect(keylessEndpoints(eventEnv('public'), {})).toEqual({
      instance: 'public-good',
      fulcioUrl: 'https://fulcio.sigstore.dev',
      rekorUrl: 'https://rekor.sigstore.dev'
    })
  })

  test("a private (or unknown) repository signs with GitHub's instance and its TSA, never a public log", () => {
    for (const env of [eventEnv('private'), eventEnv('internal'), {}]) {
      expect(keylessEndpoints(env, {})).toEqual({ instance: 'github', fulcioUrl: 'https://fulcio.githubapp.com', tsaUrl: 'https://timestamp.githubapp.com' })
    }
    expect(keylessEndpoints(eventEnv('private', { GITHUB_SERVER_URL: 'https://acme.ghe.com' }), {})).toMatchObject({
      fulcioUrl: 'https://fulcio.acme.ghe.com',
      tsaUrl: 'https://timestamp.acme.ghe.com'
    })
    expect(() => keylessEndpoints(eventEnv('private'), { tlog: true })).toThrow(
      /input `tlog`: is true, but GitHub's Sigstore instance .* has no transparency log/
    )
  })

  test('explicit URLs win; tlog false needs a TSA', () => {
    expect(keylessEndpoints(eventEnv('public'), { fulcioUrl: 'https://f', rekorUrl: 'https://r', tsaUrl: 'https://t' })).toEqual({
      instance: 'custom',
      fulcioUrl: 'https://f',
      rekorUrl: 'https://r',
      tsaUrl: 'https://t'
    })
    expect(() => keylessEndpoints(eventEnv('public'), { tlog: false })).toThrow(/input `tlog`: is false and no `tsa-url` is given/)
    expect(keylessEndpoints(eventEnv('public'), { tlog: false, tsaUrl: 'https://t' })).toEqual({
      instance: 'public-good',
      fulcioUrl: 'https://fulcio.sigstore.dev',
      tsaUrl: 'https://t'
    })
  })

  test('with a key, nothing is logged unless tlog is asked for', () => {
    expect(keyWitnesses({})).toEqual({})
    expect(keyWitnesses({ tlog: true })).toEqual({ rekorUrl: 'https://rekor.sigstore.dev' })
    expect(keyWitnesses({ tlog: true, rekorUrl: 'https://r', tsaUrl: 'https://t' })).toEqual({ rekorUrl: 'https://r', tsaUrl: 'https://t' })
  })
})

describe('provenance', () => {
  test('outside GitHub Actions the missing context is named', () => {
    expect(() => provenanceClaims({})).toThrow(
      'input `provenance`: needs the GitHub Actions context, but GITHUB_REPOSITORY, GITHUB_SHA, GITHUB_WORKFLOW_REF, GITHUB_RUN_ID are not set; ' +
        'run on GitHub Actions or set provenance: false'
    )
  })

  test.each([
    ['acme/web', 'https://github.com/acme/web', true],
    ['https://github.com/Acme/Web', 'acme/web', true],
    ['github.com/acme/web', 'https://github.com/acme/web.git', true],
    ['https://github.com/acme/web', 'acme/web2', false],
    ['https://github.com/acme/web', 'https://ghe.example.com/acme/web', false],
    ['https://github.com/evil/acme/web', 'acme/web', false]
  ])('%s names %s: %s', (named, wanted, same) => {
    expect(sameRepository(named, wanted)).toBe(same)
  })
})
