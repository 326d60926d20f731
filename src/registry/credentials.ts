import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { homedir } from 'node:os'
import { join } from 'node:path'
import { ConfigurationError, errorMessage } from '../runtime/errors.js'
import type { RegistryCredentials } from './auth.js'

/** The parts of a Docker `config.json` that hold credentials. */
export interface DockerConfig {
  path: string
  auths: Record<string, { auth?: string; username?: string; password?: string; identitytoken?: string; registrytoken?: string }>
  credsStore?: string
  credHelpers: Record<string, string>
}

/** Docker Hub's names: config files key it as `https://index.docker.io/v1/`. */
const DOCKER_HUB_ALIASES = ['docker.io', 'index.docker.io', 'registry-1.docker.io', 'registry.hub.docker.com']

/** `https://ghcr.io/v1/` → `ghcr.io`: the host (and port) part of an `auths` key. */
export function normalizeRegistryKey(key: string): string {
  const withoutScheme = key.replace(/^[a-z]+:\/\//i, '')
  const host = withoutScheme.split('/')[0].toLowerCase()
  return DOCKER_HUB_ALIASES.includes(host) ? 'docker.io' : host
}

/**
 * Which config file: the `docker-config` input, else `$DOCKER_CONFIG/config.json`, else
 * `~/.docker/config.json`; undefined when none was named and the default is absent.
 */
export function dockerConfigPath(input: string | undefined, env: NodeJS.ProcessEnv): { path: string; explicit: boolean } | undefined {
  if (input) return { path: input, explicit: true }
  if (env.DOCKER_CONFIG) return { path: join(env.DOCKER_CONFIG, 'config.json'), explicit: false }
  const home = env.HOME ?? homedir()
  const path = join(home, '.docker', 'config.json')
  return existsSync(path) ? { path, explicit: false } : undefined
}

/** Reads a docker config; a missing default file is no config, a missing explicit one is the user's error. */
export async function loadDockerConfig(path: string, explicit: boolean, input = 'docker-config'): Promise<DockerConfig | undefined> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' && !explicit) return undefined
    throw new ConfigurationError(`input \`${input}\`: cannot read ${path}: ${errorMessage(error)}`)
  }
  let json: Record<string, unknown>
  try {
    json = JSON.parse(text) as Record<string, unknown>
  } catch (error) {
    throw new ConfigurationError(`input \`${input}\`: ${path} is not valid JSON: ${errorMessage(error)}`)
  }
  const auths: DockerConfig['auths'] = {}
  if (typeof json.auths === 'object' && json.auths !== null) {
    for (const [key, value] of Object.entries(json.auths as Record<string, unknown>)) {
      if (typeof value !== 'object' || value === null) continue
      const entry = value as Record<string, unknown>
      const text = (name: string): string | undefined => (typeof entry[name] === 'string' && entry[name] !== '' ? (entry[name] as string) : undefined)
      auths[normalizeRegistryKey(key)] = {
        auth: text('auth'),
        username: text('username'),
        password: text('password'),
        identitytoken: text('identitytoken'),
        registrytoken: text('registrytoken')
      }
    }
  }
  const credHelpers: Record<string, string> = {}
  if (typeof json.credHelpers === 'object' && json.credHelpers !== null) {
    for (const [key, value] of Object.entries(json.credHelpers as Record<string, unknown>))
      if (typeof value === 'string') credHelpers[normalizeRegistryKey(key)] = value
  }
  const config: DockerConfig = { path, auths, credHelpers }
  if (typeof json.credsStore === 'string' && json.credsStore !== '') config.credsStore = json.credsStore
  return config
}

/** The credentials a docker config holds for a registry: an `auths` entry, else its credential helper. */
export async function dockerConfigCredentials(
  config: DockerConfig,
  registry: string,
  env: NodeJS.ProcessEnv = process.env
): Promise<RegistryCredentials | undefined> {
  const key = normalizeRegistryKey(registry)
  const source = `docker config ${config.path}`
  const entry = config.auths[key]
  if (entry) {
    let { username, password } = entry
    if (entry.auth) {
      const decoded = Buffer.from(entry.auth, 'base64').toString('utf8')
      const colon = decoded.indexOf(':')
      if (colon < 0) throw new ConfigurationError(`${config.path}: the \`auth\` of ${key} is not base64 of user:password`)
      username = decoded.slice(0, colon)
      password = decoded.slice(colon + 1)
    }
    const credentials: RegistryCredentials = { source }
    if (username) credentials.username = username
    if (entry.identitytoken) credentials.identityToken = entry.identitytoken
    else if (password) credentials.password = password
    if (entry.registrytoken) credentials.registryToken = entry.registrytoken
    if (credentials.password || credentials.identityToken || credentials.registryToken) return credentials
  }
  const helper = config.credHelpers[key] ?? config.credsStore
  if (helper) return credentialHelper(helper, key === 'docker.io' ? 'https://index.docker.io/v1/' : key, source, env)
  return undefined
}

/**
 * Asks `docker-credential-<helper> get` (the docker credential-helper protocol: server URL on stdin,
 * `{"Username","Secret"}` on stdout). A helper that is missing or knows nothing gives no credentials.
 */
export function credentialHelper(helper: string, server: string, source: string, env: NodeJS.ProcessEnv): Promise<RegistryCredentials | undefined> {
  if (!/^[A-Za-z0-9._-]+$/.test(helper)) return Promise.resolve(undefined)
  return new Promise((resolve) => {
    const child = spawn(`docker-credential-${helper}`, ['get'], { stdio: ['pipe', 'pipe', 'ignore'], env })
    let stdout = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')))
    child.on('error', () => resolve(undefined))
    child.on('close', (status) => {
      if (status !== 0) return resolve(undefined)
      try {
        const json = JSON.parse(stdout) as { Username?: unknown; Secret?: unknown }
        if (typeof json.Secret !== 'string' || json.Secret === '') return resolve(undefined)
        const username = typeof json.Username === 'string' ? json.Username : ''
        const from = `${source} (credential helper ${helper})`
        // The helper protocol marks an identity (refresh) token with the user name `<token>`.
        if (username === '<token>') return resolve({ identityToken: json.Secret, source: from })
        resolve({ username, password: json.Secret, source: from })
      } catch {
        resolve(undefined)
      }
    })
    child.stdin.end(server)
  })
}

/** Loopback registries are reached over plain HTTP without being asked (as docker does). */
export function isImplicitlyInsecure(registry: string): boolean {
  const host = registry.startsWith('[') ? registry.slice(0, registry.indexOf(']') + 1) : registry.split(':')[0]
  return host === 'localhost' || host === '127.0.0.1' || host === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(host)
}

/** Whether a registry is in the `insecure` list (by host:port, or by host for any port) or is loopback. */
export function isInsecureRegistry(registry: string, insecure: readonly string[]): boolean {
  if (isImplicitlyInsecure(registry)) return true
  const host = registry.startsWith('[') ? registry.slice(0, registry.indexOf(']') + 1) : registry.split(':')[0]
  return insecure.some((entry) => {
    const normalized = entry
      .replace(/^[a-z]+:\/\//i, '')
      .replace(/\/.*$/, '')
      .toLowerCase()
    return normalized === registry.toLowerCase() || normalized === host.toLowerCase()
  })
}
