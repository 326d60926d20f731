import { existsSync } from 'node:fs'
import { homedir } from 'node:os'
import { delimiter, join } from 'node:path'
import type { CacheBackend } from '../cache/types.js'
import type { ActionContext } from '../runtime/context.js'
import { errorMessage } from '../runtime/errors.js'
import type { Inputs } from '../runtime/inputs.js'
import type { Logger } from '../runtime/logger.js'
import { SpawnRunner, type CommandRunner } from '../tools/commands.js'
import { DEFAULT_RETRY_POLICY, type RetryPolicy } from '../net/retry.js'
import { ToolHttp } from '../tools/http.js'
import { ToolInstaller, type PendingCacheSave } from '../tools/installer.js'
import { parseHttpUrl, parseMirrors, type DownloadBases } from '../tools/mirrors.js'
import { hostPlatform } from '../tools/platform.js'
import { parseToolRequests, TOOLS } from '../tools/catalog.js'
import { GitHubReleases } from '../tools/releases.js'
import { ActionsToolCache, DirectoryToolCache, type ToolCacheStore } from '../tools/tool-cache.js'
import type { InstalledTool, ToolPlatform, ToolRequest } from '../tools/types.js'
import { BUILTIN_VERSIONS, type VersionsManifest } from '../tools/versions.js'
import { hostArch } from '../platform.js'
import { findExecutable } from '../runtime/files.js'
import { VMM_NAMES, vmmDriver, vmmNamesWhere, type VmmName } from '../vmm/drivers.js'
import { HostKvm, kvmUnusableFor, type KvmProbe } from '../vmm/kvm.js'

/** Every input of `setup`, as in its action.yml (the CLI accepts exactly these as flags). */
export const SETUP_INPUTS = ['tools', 'enable-kvm', 'github-token', 'mirror', 'api-url', 'cache', 'allow-unverified'] as const

const STATE_CACHE_SAVES = 'cache-saves'
const GITHUB_API = 'https://api.github.com'

export interface SetupOptions {
  tools: ToolRequest[]
  enableKvm: boolean
  /** Sent to the releases API (and to downloads from the API's own origin). */
  token?: string
  apiUrl: string
  bases: DownloadBases
  cache: boolean
  allowUnverified: boolean
}

function onGitHubDotCom(env: NodeJS.ProcessEnv): boolean {
  try {
    return new URL(env.GITHUB_SERVER_URL || 'https://github.com').hostname.toLowerCase() === 'github.com'
  } catch {
    return false
  }
}

export function readSetupOptions(inputs: Inputs, env: NodeJS.ProcessEnv): SetupOptions {
  const tools = parseToolRequests(inputs.list('tools'))
  const apiInput = inputs.optional('api-url')
  const token = inputs.source.secret('github-token') || undefined
  // The tools are released on github.com: elsewhere (GHES, ghe.com) the job's API and token are for
  // another server, so without an explicit api-url the lookups go to github.com, anonymously.
  const dotCom = onGitHubDotCom(env)
  const apiUrl = apiInput ? parseHttpUrl('api-url', apiInput) : dotCom ? (env.GITHUB_API_URL || GITHUB_API).replace(/\/+$/, '') : GITHUB_API
  const options: SetupOptions = {
    tools,
    enableKvm: inputs.boolean('enable-kvm', true),
    apiUrl,
    bases: parseMirrors(inputs.list('mirror')),
    cache: inputs.boolean('cache', true),
    allowUnverified: inputs.boolean('allow-unverified', false)
  }
  if (token && (apiInput || dotCom)) options.token = token
  return options
}

/** The seams: everything that touches the machine or the network beyond plain HTTP. */
export interface SetupDependencies {
  kvm: KvmProbe
  retry: RetryPolicy
  commands: CommandRunner
  manifest: VersionsManifest
  platform: ToolPlatform
  /** Default: @actions/tool-cache on the runner, the same layout under ~/.cache in a terminal. */
  toolCache?: ToolCacheStore
  /** Default: core.addPath on the runner; PATH of this process in a terminal. */
  addPath?: (dir: string) => void
}

export interface SetupResult {
  tools: InstalledTool[]
  /** Some VMM can use KVM here (with no KVM VMM on PATH: /dev/kvm is usable). */
  kvm: boolean
  /** The VMMs on PATH that can use KVM here, by boot's own check. */
  kvmVmms: VmmName[]
  cacheHit: boolean
}

/**
 * The VMMs on PATH (installed by this step or already there) that can use KVM here, by boot's own
 * check: /dev/kvm opens and, where the VMM can prove it, runs a vCPU (nested KVM may open and still
 * fail QEMU's `-cpu host`). `found`: how many VMMs that use KVM are on PATH at all.
 */
async function vmmsUsingKvm(
  kvm: KvmProbe,
  usable: boolean,
  env: NodeJS.ProcessEnv,
  cacheDir: string,
  logger: Logger
): Promise<{ names: VmmName[]; found: number }> {
  const arch = hostArch()
  const names: VmmName[] = []
  let found = 0
  for (const name of VMM_NAMES) {
    const driver = vmmDriver(name)
    if (driver.acceleration === 'none' || !arch) continue
    const binary = findExecutable(driver.binary(arch), env.PATH)
    if (!binary) continue
    found++
    const why = await kvmUnusableFor(driver, kvm, { binary, arch, cacheDir }, usable)
    if (why === undefined) names.push(name)
    else if (usable) logger.info(`KVM: ${name} cannot use it: ${why}`)
  }
  return { names, found }
}

/** KVM: usable → done; present but not usable → the udev rule (HostKvm) and a re-check. */
async function ensureKvm(kvm: KvmProbe, enable: boolean, logger: Logger, env: NodeJS.ProcessEnv): Promise<boolean> {
  if (await kvm.usable()) {
    logger.info('KVM: /dev/kvm is usable')
    return true
  }
  if (!(await kvm.present())) {
    logger.info(
      `KVM: this machine has no /dev/kvm; ${vmmNamesWhere((d) => d.acceleration === 'required')} cannot boot here, ` +
        `and ${vmmNamesWhere((d) => d.acceleration === 'optional')} falls back to TCG`
    )
    return false
  }
  if (!enable) {
    logger.info('KVM: /dev/kvm exists but this user cannot open it, and enable-kvm is false')
    return false
  }
  await kvm.enable(logger)
  const usable = await kvm.usable()
  if (usable) logger.info('KVM: /dev/kvm is usable now')
  else {
    const where =
      env.RUNNER_ENVIRONMENT === 'github-hosted'
        ? ''
        : '; device permissions are changed only on GitHub-hosted runners, elsewhere add the user to the kvm group'
    logger.warning(`KVM: /dev/kvm exists but this user cannot open it${where}`, { title: 'KVM not usable' })
  }
  return usable
}

function defaultToolCacheRoot(env: NodeJS.ProcessEnv): string {
  return env.RUNNER_TOOL_CACHE || join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'unikernel-actions', 'tool-cache')
}

async function runnerToolCache(env: NodeJS.ProcessEnv): Promise<ToolCacheStore> {
  return new ActionsToolCache(await import('@actions/tool-cache'), env)
}

/** The Actions cache, looked up once and only when a tool is missing from the runner's tool cache. */
function actionsCacheLookup(enabled: boolean, logger: Logger): () => Promise<CacheBackend | undefined> {
  let lookup: Promise<CacheBackend | undefined> | undefined
  return () =>
    (lookup ??= (async () => {
      if (!enabled) return undefined
      const { actionsCacheService, defaultLocalCacheRoot, selectCacheBackend } = await import('../cache/index.js')
      // @actions/cache reads process.env, whatever context the action runs in.
      const service = actionsCacheService(process.env)
      if (!service.available) {
        logger.info(`Actions cache: not used (${service.why}); the tool cache alone keeps the tools`)
        return undefined
      }
      return selectCacheBackend(process.env, logger, defaultLocalCacheRoot(process.env))
    })())
}

function sourceText(tool: InstalledTool): string {
  switch (tool.source) {
    case 'tool-cache':
      return 'tool cache'
    case 'actions-cache':
      return 'Actions cache'
    case 'download':
      return 'downloaded'
    case 'system':
      return 'already installed'
    case 'system-install':
      return 'OS packages'
  }
}

function summaryMarkdown(result: SetupResult): string {
  const kvm = result.kvm ? `usable${result.kvmVmms.length ? ` (${result.kvmVmms.join(', ')})` : ''}` : 'not usable'
  const lines = [`### 🧰 Setup: ${result.tools.length} tool${result.tools.length === 1 ? '' : 's'} ready, KVM ${kvm}`, '']
  if (result.tools.length) {
    lines.push('| tool | version | from | verified against | path |', '|---|---|---|---|---|')
    for (const tool of result.tools) lines.push(`| ${tool.name} | ${tool.version} | ${sourceText(tool)} | ${tool.verifiedBy ?? '—'} | \`${tool.path}\` |`)
  }
  return `${lines.join('\n')}\n`
}

/** `setup`: read inputs → KVM → each tool through the installer → outputs, summary, state for post. */
export async function setupAction(context: ActionContext, overrides: Partial<SetupDependencies> = {}): Promise<SetupResult> {
  const { inputs, logger, outputs, env } = context
  const options = readSetupOptions(inputs, env)
  const deps: SetupDependencies = {
    kvm: overrides.kvm ?? new HostKvm(env),
    retry: overrides.retry ?? DEFAULT_RETRY_POLICY,
    commands: overrides.commands ?? new SpawnRunner(),
    manifest: overrides.manifest ?? BUILTIN_VERSIONS,
    platform: overrides.platform ?? hostPlatform(),
    ...overrides
  }

  const kvmDevice = await ensureKvm(deps.kvm, options.enableKvm, logger, env)
  if (options.tools.length === 0) logger.info('No tools requested (input `tools` is empty)')

  const addedToPath: string[] = []
  let addPath = deps.addPath
  if (!addPath) {
    if (context.onGitHub) addPath = (await import('@actions/core')).addPath
    else addPath = (dir) => void (env.PATH = `${dir}${delimiter}${env.PATH ?? ''}`)
  }
  const downloads = options.tools.some((t) => TOOLS[t.name].kind === 'download')
  const toolCache = deps.toolCache ?? (context.onGitHub && downloads ? await runnerToolCache(env) : new DirectoryToolCache(defaultToolCacheRoot(env)))
  const http = new ToolHttp(deps.retry, logger)
  const installer = new ToolInstaller({
    logger,
    http,
    releases: new GitHubReleases({ apiUrl: options.apiUrl, token: options.token, env, logger, retry: deps.retry }),
    toolCache,
    commands: deps.commands,
    addPath: (dir) => {
      addedToPath.push(dir)
      addPath(dir)
    },
    actionsCache: actionsCacheLookup(options.cache, logger),
    manifest: deps.manifest,
    platform: deps.platform,
    bases: options.bases,
    allowUnverified: options.allowUnverified,
    workDir: join(context.workRoot, 'setup'),
    env,
    ...(options.token ? { downloadAuth: { origin: new URL(options.apiUrl).origin, header: `Bearer ${options.token}` } } : {})
  })

  const installed: InstalledTool[] = []
  try {
    for (const request of options.tools) {
      installed.push(await logger.group(`Set up ${request.spec}`, () => installer.install(request, TOOLS[request.name])))
    }
  } finally {
    // Whatever was downloaded before a later tool failed is not saved: the post step runs on success only.
    if (installer.pendingSaves.length) context.state.save(STATE_CACHE_SAVES, JSON.stringify(installer.pendingSaves))
  }

  const kvmVmms = await vmmsUsingKvm(deps.kvm, kvmDevice, env, context.workRoot, logger)
  const kvm = kvmVmms.found > 0 ? kvmVmms.names.length > 0 : kvmDevice
  if (kvmVmms.found > 0) logger.info(`KVM: usable by ${kvmVmms.names.join(', ') || 'none of the VMMs on PATH'}`)
  const result: SetupResult = {
    tools: installed,
    kvm,
    kvmVmms: kvmVmms.names,
    cacheHit: installed.length > 0 && installed.every((t) => t.source === 'tool-cache' || t.source === 'actions-cache' || t.source === 'system')
  }
  outputs.set('tools', Object.fromEntries(installed.map((t) => [t.name, { version: t.version, path: t.path }])))
  for (const tool of installed) outputs.set(`${tool.name}-version`, tool.version)
  outputs.set('cache-hit', result.cacheHit)
  outputs.set('kvm', kvm)
  outputs.set('kvm-vmms', result.kvmVmms.join(','))
  if (!context.onGitHub && addedToPath.length)
    logger.info(`To use these tools in your shell: export PATH="${[...addedToPath].reverse().join(delimiter)}${delimiter}$PATH"`)
  await context.summary.write(summaryMarkdown(result))
  return result
}

/** Post (`post-if: success()`): saves this job's downloads to the Actions cache. Reads saved state only. */
export async function setupPost(context: ActionContext): Promise<void> {
  const { logger } = context
  const raw = context.state.get(STATE_CACHE_SAVES)
  if (!raw) return
  let saves: PendingCacheSave[]
  try {
    saves = JSON.parse(raw) as PendingCacheSave[]
  } catch (error) {
    logger.warning(`Not saving tools to the Actions cache: the saved state is unreadable (${errorMessage(error)})`)
    return
  }
  const { actionsCacheService, defaultLocalCacheRoot, selectCacheBackend } = await import('../cache/index.js')
  const service = actionsCacheService(process.env)
  if (!service.available) {
    logger.info(`Not saving tools to the Actions cache: ${service.why}`)
    return
  }
  const backend = selectCacheBackend(process.env, logger, defaultLocalCacheRoot(process.env))
  for (const save of saves) {
    if (!existsSync(save.path)) {
      logger.warning(`Not saving ${save.tool} ${save.version} to the Actions cache: ${save.path} is gone`)
      continue
    }
    const saved = await backend.save([save.path], save.key)
    logger.info(
      saved
        ? `${save.tool} ${save.version}: saved to the Actions cache (key ${save.key})`
        : `${save.tool} ${save.version}: not saved to the Actions cache (key ${save.key}; see above)`
    )
  }
}
