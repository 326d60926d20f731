import { afterAll, describe, expect, test } from '@jest/globals'
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { dockerConfigCredentials, dockerConfigPath, isInsecureRegistry, loadDockerConfig, normalizeRegistryKey } from '../../src/registry/credentials.js'

const temps: string[] = []
afterAll(() => temps.forEach((dir) => rmSync(dir, { recursive: true, force: true })))

function temp(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  temps.push(dir)
  return dir
}

function configFile(json: unknown): string {
  const dir = temp('docker-config-')
  writeFileSync(join(dir, 'config.json'), typeof json === 'string' ? json : JSON.stringify(json))
  return join(dir, 'config.json')
}

const b64 = (text: string): string => Buffer.from(text).toString('base64')

describe('docker config keys', () => {
  test.each<[string, string]>([
    ['ghcr.io', 'ghcr.io'],
    ['https://ghcr.io', 'ghcr.io'],
    ['https://ghcr.io/v1/', 'ghcr.io'],
    ['http://localhost:5000', 'localhost:5000'],
    ['https://index.docker.io/v1/', 'docker.io'],
    ['registry-1.docker.io', 'docker.io'],
    ['docker.io', 'docker.io'],
    ['GHCR.IO', 'ghcr.io']
  ])('%s → %s', (key, normalized) => {
    expect(normalizeRegistryKey(key)).toBe(normalized)
  })
})

describe('docker config credentials', () => {
  test('auth (base64 user:password), username/password fields, identity and registry tokens', async () => {
    const path = configFile({
      auths: {
        'https://ghcr.io': { auth: b64('octo:ghp_secret:with:colons') },
        'quay.io': { username: 'robot', password: 'pw' },
        'https://index.docker.io/v1/': { auth: b64('<token>:'), identitytoken: 'refresh' },
        'registry.example': { registrytoken: 'bearer-value' },
        'empty.example': {}
      }
    })
    const config = (await loadDockerConfig(path, true))!
    expect(await dockerConfigCredentials(config, 'ghcr.io')).toEqual({ username: 'octo', password: 'ghp_secret:with:colons', source: `docker config ${path}` })
    expect(await dockerConfigCredentials(config, 'quay.io')).toEqual({ username: 'robot', password: 'pw', source: `docker config ${path}` })
    expect(await dockerConfigCredentials(config, 'docker.io')).toEqual({ username: '<token>', identityToken: 'refresh', source: `docker config ${path}` })
    expect(await dockerConfigCredentials(config, 'registry.example')).toEqual({ registryToken: 'bearer-value', source: `docker config ${path}` })
    expect(await dockerConfigCredentials(config, 'empty.example')).toBeUndefined()
    expect(await dockerConfigCredentials(config, 'other.example')).toBeUndefined()
  })

  test('an auth that is not user:password is an error naming the file', async () => {
    const path = configFile({ auths: { 'ghcr.io': { auth: b64('no-colon') } } })
    await expect(dockerConfigCredentials((await loadDockerConfig(path, true))!, 'ghcr.io')).rejects.toThrow(
      /the `auth` of ghcr\.io is not base64 of user:password/
    )
  })

  test('a missing helper gives no credentials rather than an error', async () => {
    const path = configFile({ credsStore: 'does-not-exist-anywhere' })
    expect(await dockerConfigCredentials((await loadDockerConfig(path, true))!, 'ghcr.io', { PATH: '/nonexistent' })).toBeUndefined()
  })

  test('invalid JSON, or an explicit path that is missing, is a configuration error; a missing default is no config', async () => {
    await expect(loadDockerConfig(configFile('{nope'), true)).rejects.toThrow(/input `docker-config`: .* is not valid JSON/)
    await expect(loadDockerConfig('/nonexistent/config.json', true)).rejects.toThrow(/input `docker-config`: cannot read \/nonexistent\/config\.json/)
    expect(await loadDockerConfig('/nonexistent/config.json', false)).toBeUndefined()
  })

  test('which file: the input, else $DOCKER_CONFIG, else ~/.docker/config.json when present', () => {
    const home = temp('home-')
    expect(dockerConfigPath('/x/config.json', { DOCKER_CONFIG: '/d', HOME: home })).toEqual({ path: '/x/config.json', explicit: true })
    expect(dockerConfigPath(undefined, { DOCKER_CONFIG: '/d', HOME: home })).toEqual({ path: '/d/config.json', explicit: false })
    expect(dockerConfigPath(undefined, { HOME: home })).toBeUndefined()
    mkdirSync(join(home, '.docker'))
    writeFileSync(join(home, '.docker', 'config.json'), '{}')
    expect(dockerConfigPath(undefined, { HOME: home })).toEqual({ path: join(home, '.docker', 'config.json'), explicit: false })
  })
})

describe('plain-HTTP registries', () => {
  test.each<[string, string[], boolean]>([
    ['localhost:5000', [], true],
    ['127.0.0.1:5000', [], true],
    ['127.0.0.2', [], true],
    ['[::1]:5000', [], true],
    ['ghcr.io', [], false],
    ['registry.lan:5000', ['registry.lan:5000'], true],
    ['registry.lan:5000', ['registry.lan'], true],
    ['registry.lan:5000', ['http://registry.lan:5000/'], true],
    ['registry.lan:5001', ['registry.lan:5000'], false],
    ['other.lan', ['registry.lan'], false]
  ])('%s with insecure %j: %s', (registry, insecure, expected) => {
    expect(isInsecureRegistry(registry, insecure)).toBe(expected)
  })
})
