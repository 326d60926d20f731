/** Runs the build action in-process, as the CLI does, with its own RUNNER_TEMP and local cache directory. */
import { cpSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildAction } from '../../src/actions/build.js'
import type { BuildResult } from '../../src/build/builder.js'
import { terminalContext, type ActionContext } from '../../src/runtime/context.js'
import { MapInputs } from '../../src/runtime/inputs.js'
import { MemoryLogger } from '../../src/runtime/logger.js'
import { REPO_ROOT, run } from '../support/fixtures.js'

export interface BuildRun {
  result?: BuildResult
  error?: Error
  outputs: Map<string, string>
  logger: MemoryLogger
  runnerTemp: string
  /** The context the action ran with: its step state feeds the post step. */
  context: ActionContext
}

/** Variables of the machine running the tests that would steer a build elsewhere (a real runner's cache, tool cache, ref). */
const HOST_ONLY = /^(GITHUB_|RUNNER_|ACTIONS_|INPUT_|STATE_|SOURCE_DATE_EPOCH$|XDG_CACHE_HOME$|CCACHE_)/

export function cleanEnv(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {}
  for (const [name, value] of Object.entries(process.env)) if (!HOST_ONLY.test(name)) env[name] = value
  for (const [name, value] of Object.entries(extra)) {
    if (value === undefined) delete env[name]
    else env[name] = value
  }
  return env
}

/**
 * `onGitHub` makes the context say it runs under the runner: the cache is then left for the post step
 * (`buildPost(run.context)`), as there.
 */
export async function buildWith(
  inputs: Record<string, string>,
  options: { runnerTemp?: string; env?: Record<string, string | undefined>; onGitHub?: boolean } = {}
): Promise<BuildRun> {
  const runnerTemp = options.runnerTemp ?? mkdtempSync(join(tmpdir(), 'build-test-'))
  const logger = new MemoryLogger()
  const env = cleanEnv({ RUNNER_TEMP: runnerTemp, XDG_CACHE_HOME: join(runnerTemp, 'xdg-cache'), ...options.env })
  const terminal = terminalContext(new MapInputs(new Map(Object.entries(inputs))), env, logger)
  const context: ActionContext = { ...terminal, onGitHub: options.onGitHub ?? false }
  try {
    const result = await buildAction(context)
    return { result, outputs: terminal.collected, logger, runnerTemp, context }
  } catch (error) {
    return { error: error as Error, outputs: terminal.collected, logger, runnerTemp, context }
  }
}

/** A fresh copy of an example project (a new checkout), without build output. */
export function copyExample(name: string, into?: string): string {
  const dir = into ?? join(mkdtempSync(join(tmpdir(), `${name}-`)), name)
  cpSync(join(REPO_ROOT, 'examples', name), dir, { recursive: true, filter: (source) => !/\/(build|[^/]+\.(elf|o))$/.test(source) })
  return dir
}

export function removeAll(...dirs: string[]): void {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true })
}

export interface ReadImage {
  manifest: { digest: string; platform?: { architecture: string; os: string } }
  annotations: Record<string, string>
  config: { architecture: string; os: string; created?: string }
  /** The layer's entries as `tar -tv` lists them. */
  listing: string
  /** Files of the layer, by path without a leading slash. */
  files: Map<string, Buffer>
}

/** Reads what a layout holds for a tag without the code under test: JSON by hand, the layer with GNU tar. */
export async function readLayoutImage(dir: string, tag: string): Promise<{ indexDigest: string; index: Record<string, unknown>; images: ReadImage[] }> {
  const { readFile } = await import('node:fs/promises')
  const blob = (digest: string) => join(dir, 'blobs', 'sha256', digest.slice('sha256:'.length))
  const top = JSON.parse(await readFile(join(dir, 'index.json'), 'utf8')) as { manifests: { digest: string; annotations?: Record<string, string> }[] }
  const entry = top.manifests.find((m) => m.annotations?.['org.opencontainers.image.ref.name'] === tag)
  if (!entry) throw new Error(`no ${tag} in ${dir}/index.json`)
  const index = JSON.parse(await readFile(blob(entry.digest), 'utf8')) as { manifests: ReadImage['manifest'][] }
  const images: ReadImage[] = []
  for (const manifestEntry of index.manifests) {
    const manifest = JSON.parse(await readFile(blob(manifestEntry.digest), 'utf8')) as {
      config: { digest: string }
      layers: { digest: string }[]
      annotations: Record<string, string>
    }
    const config = JSON.parse(await readFile(blob(manifest.config.digest), 'utf8')) as ReadImage['config']
    const layer = blob(manifest.layers[0].digest)
    const listing = (await run('tar', ['-tvzf', layer])).stdout.toString('utf8')
    const extracted = mkdtempSync(join(tmpdir(), 'layer-'))
    await run('tar', ['-xzf', layer, '-C', extracted])
    const files = new Map<string, Buffer>()
    for (const line of (await run('find', [extracted, '-type', 'f'])).stdout.toString('utf8').trim().split('\n')) {
      files.set(line.slice(extracted.length + 1), await readFile(line))
    }
    rmSync(extracted, { recursive: true, force: true })
    images.push({ manifest: manifestEntry, annotations: manifest.annotations, config, listing, files })
  }
  return { indexDigest: entry.digest, index: index as unknown as Record<string, unknown>, images }
}

/** skopeo with its blob-info cache out of the way. */
export async function skopeo(args: string[], scratch: string): Promise<string> {
  const env = { ...process.env, XDG_DATA_HOME: join(scratch, 'xdg') }
  const { execFile } = await import('node:child_process')
  return new Promise((resolve, reject) =>
    execFile('skopeo', ['--insecure-policy', ...args], { env, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) =>
      error ? reject(new Error(`skopeo ${args.join(' ')}: ${stderr || error.message}`)) : resolve(stdout)
    )
  )
}

/** /urunc.json decoded: the same keys, base64 values turned back into text. */
export function decodeUruncJson(content: Buffer): Record<string, string> {
  const json = JSON.parse(content.toString('utf8')) as Record<string, string>
  return Object.fromEntries(Object.entries(json).map(([key, value]) => [key, Buffer.from(value, 'base64').toString('utf8')]))
}

/** The manifest annotations urunc reads. */
export function uruncAnnotationsOf(annotations: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(annotations).filter(([key]) => key.startsWith('com.urunc.unikernel.')))
}
