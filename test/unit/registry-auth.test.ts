import { describe, expect, test } from '@jest/globals'
import {
  challengeScopes,
  mergeScopes,
  parseTokenResponse,
  parseWwwAuthenticate,
  repositoryScope,
  scopesCover,
  tokenRequestUrl
} from '../../src/registry/auth.js'
import { describeErrorBody } from '../../src/registry/errors.js'

describe('WWW-Authenticate parsing', () => {
  test.each<[string, ReturnType<typeof parseWwwAuthenticate>]>([
    ['Basic realm="test-realm"', [{ scheme: 'basic', params: { realm: 'test-realm' } }]],
    [
      'Bearer realm="https://ghcr.io/token",service="ghcr.io",scope="repository:acme/web:pull"',
      [{ scheme: 'bearer', params: { realm: 'https://ghcr.io/token', service: 'ghcr.io', scope: 'repository:acme/web:pull' } }]
    ],
    // A comma inside quotes belongs to the value; spaces around separators are allowed.
    [
      'Bearer realm="http://127.0.0.1:5058/token", service="test-registry", scope="repository:t/z:pull,push", error="invalid_token"',
      [
        {
          scheme: 'bearer',
          params: { realm: 'http://127.0.0.1:5058/token', service: 'test-registry', scope: 'repository:t/z:pull,push', error: 'invalid_token' }
        }
      ]
    ],
    // Several scopes in one parameter, an unquoted value, upper-case keys.
    [
      'Bearer Realm=https://auth.docker.io/token,Service="registry.docker.io",Scope="repository:a:pull repository:b:pull,push"',
      [
        {
          scheme: 'bearer',
          params: { realm: 'https://auth.docker.io/token', service: 'registry.docker.io', scope: 'repository:a:pull repository:b:pull,push' }
        }
      ]
    ],
    // Two challenges in one header.
    [
      'Basic realm="r1", Bearer realm="https://x/token",service="x"',
      [
        { scheme: 'basic', params: { realm: 'r1' } },
        { scheme: 'bearer', params: { realm: 'https://x/token', service: 'x' } }
      ]
    ],
    // An escaped quote inside a quoted value.
    ['Bearer realm="a\\"b",service="s"', [{ scheme: 'bearer', params: { realm: 'a"b', service: 's' } }]],
    ['', []]
  ])('%s', (header, expected) => {
    expect(parseWwwAuthenticate(header)).toEqual(expected)
  })

  test('challenge scopes split on spaces', () => {
    expect(challengeScopes({ scheme: 'bearer', params: { scope: 'repository:a:pull repository:b:push' } })).toEqual(['repository:a:pull', 'repository:b:push'])
    expect(challengeScopes({ scheme: 'bearer', params: {} })).toEqual([])
  })
})

describe('scopes', () => {
  test('repositoryScope renders the token spec form', () => {
    expect(repositoryScope('acme/web', ['pull', 'push'])).toBe('repository:acme/web:pull,push')
  })

  test.each<[string[], string[], boolean]>([
    [['repository:a:pull,push'], ['repository:a:pull'], true],
    [['repository:a:pull'], ['repository:a:pull,push'], false],
    [['repository:a:push,pull'], ['repository:a:pull,push'], true],
    [['repository:a:pull,push'], ['repository:a:pull', 'repository:b:pull'], false],
    [['repository:a:pull,push', 'repository:b:pull'], ['repository:b:pull', 'repository:a:push'], true],
    [['repository:a:*'], ['repository:a:pull,push'], true],
    [[], [], true]
  ])('%j covers %j: %s', (granted, wanted, covered) => {
    expect(scopesCover(granted, wanted)).toBe(covered)
  })

  test('mergeScopes joins actions per resource, pull first, sorted by resource', () => {
    expect(mergeScopes(['repository:b:push', 'repository:a:pull', 'repository:b:pull', 'repository:a:pull'])).toEqual([
      'repository:a:pull',
      'repository:b:pull,push'
    ])
  })
})

describe('token requests and answers', () => {
  test('the token URL carries service, each scope, and the account', () => {
    const url = tokenRequestUrl(
      { scheme: 'bearer', params: { realm: 'https://auth.example/token?x=1', service: 'reg' } },
      ['repository:a:pull', 'repository:b:pull,push'],
      'ci'
    )
    expect(url.toString()).toBe('https://auth.example/token?x=1&service=reg&scope=repository%3Aa%3Apull&scope=repository%3Ab%3Apull%2Cpush&account=ci')
  })

  test('token or access_token; expires_in counted from issued_at, renewed 10 s early', () => {
    const now = Date.parse('2026-01-01T00:01:00Z')
    expect(parseTokenResponse({ token: 't', expires_in: 300, issued_at: '2026-01-01T00:00:00Z' }, now)).toEqual({
      token: 't',
      expiresAt: Date.parse('2026-01-01T00:00:00Z') + 290_000
    })
    expect(parseTokenResponse({ access_token: 'a' }, now)).toEqual({ token: 'a', expiresAt: now + 50_000 })
    // A clock ahead of ours does not extend the token.
    expect(parseTokenResponse({ token: 't', expires_in: 60, issued_at: '2026-01-01T00:05:00Z' }, now).expiresAt).toBe(now + 50_000)
    expect(() => parseTokenResponse({ expires_in: 60 }, now)).toThrow(/neither `token` nor `access_token`/)
  })
})

describe('registry error bodies', () => {
  test('the distribution error document becomes CODE: message (detail)', () => {
    const body = Buffer.from(
      JSON.stringify({
        errors: [
          { code: 'MANIFEST_BLOB_UNKNOWN', message: 'blob unknown to registry', detail: 'sha256:abc' },
          { code: 'DENIED', message: 'no' }
        ]
      })
    )
    expect(describeErrorBody(body)).toEqual({ code: 'MANIFEST_BLOB_UNKNOWN', text: 'MANIFEST_BLOB_UNKNOWN: blob unknown to registry (sha256:abc); DENIED: no' })
  })

  test('anything else is shown shortened', () => {
    expect(describeErrorBody(Buffer.from('404 page not found\n'))).toEqual({ text: '404 page not found' })
    expect(describeErrorBody(Buffer.from('x'.repeat(300))).text).toHaveLength(201)
  })
})
