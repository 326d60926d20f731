/**
 * Debian's `docker-registry` (CNCF distribution 2.8) on a free loopback port with fresh storage, in one
 * of three auth modes: anonymous, htpasswd (bcrypt via apache2-utils' `htpasswd`), or token auth
 * backed by the ES256 token service in token-server.ts; over plain HTTP, or over TLS with a certificate
 * for 127.0.0.1 made by openssl for the run. `stop()` leaves no process and no files behind.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, openSync, closeSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { request } from 'node:http'
import { request as httpsRequest } from 'node:https'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { publishAction, type PublishOutcome } from '../../src/actions/publish.js'
import type { ClientOptions } from '../../src/registry/client.js'
import { terminalContext } from '../../src/runtime/context.js'
import { MapInputs } from '../../src/runtime/inputs.js'
import { MemoryLogger } from '../../src/runtime/logger.js'
import { startTokenServer, type TokenServer, type TokenServerOptions } from './token-server.js'

export type RegistryAuth = 'none' | 'htpasswd' | 'token'

export interface RegistryServerOptions {
  auth?: RegistryAuth
  /** username → password (htpasswd and token modes). */
  users?: Record<string, string>
  /** Log every request (combined log format) to what `log()` returns. */
  accessLog?: boolean
  token?: Omit<TokenServerOptions, 'users'>
  /** Serve HTTPS with a self-signed certificate for IP 127.0.0.1 (its PEM is `certificate`). */
  tls?: boolean
}

export interface RegistryServer {
  /** `127.0.0.1:<port>`, as references name the registry. */
  host: string
  url: string
  dir: string
  auth: RegistryAuth
  tokenServer?: TokenServer
  /** The self-signed certificate a TLS registry serves (PEM), to trust it. */
  certificate?: string
  /** The registry's own log (stderr/stdout), for a failing test's message. */
  log(): string
  stop(): Promise<void>
}

const running = new Set<ChildProcess>()
// A worker that dies without running afterAll must not leave registries behind.
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL')
})

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
  })
}

function ping(url: string): Promise<number> {
  return new Promise((resolve) => {
    // Readiness only: the certificate is the tests' to check, not this probe's.
    const req = (url.startsWith('https:') ? httpsRequest : request)(`${url}/v2/`, { method: 'GET', timeout: 1000, rejectUnauthorized: false }, (res) => {
      res.resume()
      resolve(res.statusCode ?? 0)
    })
    req.on('error', () => resolve(0))
    req.on('timeout', () => req.destroy())
    req.end()
  })
}

/** A self-signed certificate for IP 127.0.0.1 (and localhost), usable as its own trust anchor. */
function selfSignedCertificate(dir: string): { certPath: string; keyPath: string } {
  const certPath = join(dir, 'registry.crt')
  const keyPath = join(dir, 'registry.key')
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:P-256',
      '-nodes',
      '-days',
      '1',
      '-subj',
      '/CN=127.0.0.1',
      '-addext',
      'subjectAltName=IP:127.0.0.1,DNS:localhost',
      '-addext',
      'basicConstraints=critical,CA:TRUE',
      '-keyout',
      keyPath,
      '-out',
      certPath
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] }
  )
  return { certPath, keyPath }
}

function config(dir: string, port: number, auth: string, tls?: { certPath: string; keyPath: string }, accessLog = false): string {
  return [
    'version: 0.1',
    'log:',
    '  level: warn',
    '  accesslog:',
    `    disabled: ${!accessLog}`,
    'storage:',
    '  filesystem:',
    `    rootdirectory: ${join(dir, 'data')}`,
    '  delete:',
    '    enabled: true',
    'http:',
    `  addr: 127.0.0.1:${port}`,
    '  secret: test-secret',
    ...(tls ? ['  tls:', `    certificate: ${tls.certPath}`, `    key: ${tls.keyPath}`] : []),
    auth
  ].join('\n')
}

/** Starts a registry; retries on another port when the chosen one was taken in between. */
export async function startRegistry(options: RegistryServerOptions = {}): Promise<RegistryServer> {
  const auth = options.auth ?? 'none'
  const dir = mkdtempSync(join(tmpdir(), 'registry-'))
  let tokenServer: TokenServer | undefined
  try {
    let authConfig = ''
    if (auth === 'htpasswd') {
      const lines = Object.entries(options.users ?? {}).map(([user, password]) =>
        execFileSync('htpasswd', ['-nbB', '-C', '4', user, password], { encoding: 'utf8' }).trim()
      )
      writeFileSync(join(dir, 'htpasswd'), `${lines.join('\n')}\n`)
      authConfig = ['auth:', '  htpasswd:', '    realm: test-realm', `    path: ${join(dir, 'htpasswd')}`].join('\n')
    } else if (auth === 'token') {
      tokenServer = await startTokenServer(dir, { ...options.token, users: options.users })
      authConfig = [
        'auth:',
        '  token:',
        `    realm: ${tokenServer.realm}`,
        `    service: ${tokenServer.service}`,
        `    issuer: ${tokenServer.issuer}`,
        `    rootcertbundle: ${tokenServer.certPath}`
      ].join('\n')
    }
    const tls = options.tls ? selfSignedCertificate(dir) : undefined
    for (let tries = 0; tries < 5; tries++) {
      const port = await freePort()
      const url = `${tls ? 'https' : 'http'}://127.0.0.1:${port}`
      const configPath = join(dir, 'config.yml')
      writeFileSync(configPath, config(dir, port, authConfig, tls, options.accessLog))
      const logPath = join(dir, 'registry.log')
      const logFd = openSync(logPath, 'a')
      const child = spawn('docker-registry', ['serve', configPath], { stdio: ['ignore', logFd, logFd] })
      closeSync(logFd)
      running.add(child)
      let exited = false
      child.once('exit', () => {
        exited = true
        running.delete(child)
      })
      for (let i = 0; i < 100 && !exited; i++) {
        const status = await ping(url)
        if ((status === 200 || status === 401) && !exited) {
          return {
            host: `127.0.0.1:${port}`,
            url,
            dir,
            auth,
            tokenServer,
            ...(tls ? { certificate: readFileSync(tls.certPath, 'utf8') } : {}),
            log: () => readFileSync(logPath, 'utf8'),
            stop: async () => {
              if (!exited) {
                const gone = new Promise((resolve) => child.once('exit', resolve))
                child.kill('SIGTERM')
                const timer = setTimeout(() => child.kill('SIGKILL'), 5000)
                await gone
                clearTimeout(timer)
              }
              await tokenServer?.close()
              rmSync(dir, { recursive: true, force: true })
            }
          }
        }
        await new Promise((resolve) => setTimeout(resolve, 50))
      }
      child.kill('SIGKILL')
      if (!exited) await new Promise((resolve) => child.once('exit', resolve))
    }
    throw new Error(`docker-registry did not start: ${readFileSync(join(dir, 'registry.log'), 'utf8').slice(-2000)}`)
  } catch (error) {
    await tokenServer?.close()
    rmSync(dir, { recursive: true, force: true })
    throw error
  }
}

const MANIFEST_TYPES = 'application/vnd.oci.image.manifest.v1+json, application/vnd.oci.image.index.v1+json'

/** Plain HTTP reads of one repository, independent of our registry client. */
export function repositoryReader(registry: RegistryServer, repository: string) {
  const get = (path: string, accept = MANIFEST_TYPES): Promise<Response> => fetch(`${registry.url}/v2/${repository}/${path}`, { headers: { accept } })
  return {
    get,
    async getJson<T>(path: string): Promise<T> {
      const response = await get(path)
      if (response.status !== 200) throw new Error(`GET ${repository}/${path}: ${response.status} ${await response.text()}`)
      return (await response.json()) as T
    },
    async blob(digest: string): Promise<Buffer> {
      return Buffer.from(await (await get(`blobs/${digest}`, '*/*')).arrayBuffer())
    }
  }
}

export interface PublishRun {
  outcome?: PublishOutcome
  error?: Error
  outputs: Map<string, string>
  logger: MemoryLogger
  /** Removed after the run unless the caller gave it. */
  runnerTemp: string
}

/** Retries without waiting; every wait asked for is recorded in `delays`. */
export function instantRetries(delays: number[] = []): Partial<ClientOptions> {
  return { retry: { sleep: async (ms: number) => void delays.push(ms), baseDelayMs: 1, maxDelayMs: 10, random: () => 0.5 } }
}

/** Runs the publish action in-process through the same library path as the runner, with its own temp dir. */
export async function publishWith(
  inputs: Record<string, string>,
  options: { runnerTemp?: string; env?: NodeJS.ProcessEnv; client?: Partial<ClientOptions>; onGitHub?: boolean } = {}
): Promise<PublishRun> {
  const runnerTemp = options.runnerTemp ?? mkdtempSync(join(tmpdir(), 'publish-test-'))
  const logger = new MemoryLogger()
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: runnerTemp, RUNNER_TEMP: runnerTemp, ...options.env }
  // On GitHub the git ref comes from GITHUB_REF (tag rules), as a runner gives it.
  const context = { ...terminalContext(new MapInputs(new Map(Object.entries(inputs))), env, logger), onGitHub: options.onGitHub ?? false }
  try {
    const outcome = await publishAction(context, { client: options.client ?? instantRetries() })
    return { outcome, outputs: context.collected, logger, runnerTemp }
  } catch (error) {
    return { error: error as Error, outputs: context.collected, logger, runnerTemp }
  } finally {
    // A directory the caller did not give is nobody's to read afterwards.
    if (!options.runnerTemp) rmSync(runnerTemp, { recursive: true, force: true })
  }
}
