import { describe, expect, test } from '@jest/globals'
import { exemptFromProxy, isLoopbackHost, proxyFor } from '../../src/net/proxy.js'

describe('loopback bypasses proxies', () => {
  test.each<[string, boolean]>([
    ['localhost', true],
    ['registry.localhost', true],
    ['127.0.0.1', true],
    ['127.1.2.3', true],
    ['[::1]', true],
    ['::1', true],
    ['10.0.0.1', false],
    ['ghcr.io', false],
    ['localhost.example.com', false]
  ])('%s: %s', (host, loopback) => {
    expect(isLoopbackHost(host)).toBe(loopback)
  })
})

describe('NO_PROXY', () => {
  test.each<[string, string, boolean]>([
    ['https://api.github.com/x', '*', true],
    ['https://api.github.com/x', 'github.com', true],
    ['https://api.github.com/x', '.github.com', true],
    ['https://api.github.com/x', '*.github.com', true],
    ['https://github.com/x', '.github.com', true],
    ['https://notgithub.com/x', 'github.com', false],
    ['https://api.github.com/x', 'example.org, ghcr.io', false],
    ['https://api.github.com/x', 'example.org,api.github.com', true],
    ['https://api.github.com/x', 'example.org api.github.com', true],
    ['https://API.GitHub.com/x', 'api.github.com', true],
    ['https://ghcr.io:5000/v2/', 'ghcr.io:5000', true],
    ['https://ghcr.io/v2/', 'ghcr.io:5000', false],
    ['https://ghcr.io/v2/', 'ghcr.io:443', true],
    ['http://10.1.2.3:8080/', '10.1.2.3', true],
    ['http://10.1.2.30/', '10.1.2.3', false],
    ['http://[fd00::1]/', '[fd00::1]', true],
    ['https://api.github.com/x', '', false]
  ])('%s with NO_PROXY=%j: exempt %s', (url, noProxy, exempt) => {
    expect(exemptFromProxy(new URL(url), noProxy)).toBe(exempt)
  })
})

describe('the proxy a request takes', () => {
  const env = { HTTPS_PROXY: 'http://secure-proxy:3128', HTTP_PROXY: 'http://plain-proxy:3128' }

  test('by scheme: HTTPS_PROXY for https, HTTP_PROXY for http', () => {
    expect(proxyFor(new URL('https://api.github.com/'), env)?.href).toBe('http://secure-proxy:3128/')
    expect(proxyFor(new URL('http://mirror.example/'), env)?.href).toBe('http://plain-proxy:3128/')
    expect(proxyFor(new URL('https://api.github.com/'), { HTTP_PROXY: 'http://plain-proxy:3128' })).toBeUndefined()
  })

  test('lower-case names win, an empty one counts as unset, a bare host:port means http', () => {
    expect(proxyFor(new URL('https://x.example/'), { https_proxy: 'http://lower:1', HTTPS_PROXY: 'http://upper:2' })?.host).toBe('lower:1')
    expect(proxyFor(new URL('https://x.example/'), { https_proxy: '', HTTPS_PROXY: 'http://upper:2' })?.host).toBe('upper:2')
    expect(proxyFor(new URL('https://x.example/'), { HTTPS_PROXY: 'proxy.corp:3128' })?.href).toBe('http://proxy.corp:3128/')
  })

  test('credentials in the proxy URL are kept for the proxy', () => {
    expect(proxyFor(new URL('https://x.example/'), { HTTPS_PROXY: 'http://user:p%40ss@proxy.corp:3128' })?.password).toBe('p%40ss')
  })

  test('NO_PROXY and loopback go direct', () => {
    expect(proxyFor(new URL('https://ghcr.io/'), { ...env, no_proxy: 'ghcr.io' })).toBeUndefined()
    expect(proxyFor(new URL('http://127.0.0.1:5000/'), env)).toBeUndefined()
    expect(proxyFor(new URL('http://localhost:5000/'), env)).toBeUndefined()
  })
})
