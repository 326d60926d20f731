import { availableParallelism } from 'node:os'
import { copyFile, mkdir, mkdtemp, readdir, stat } from 'node:fs/promises'
import { basename, join, resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import type { UnikernelDescriptor } from '../oci/unikernel-descriptor.js'
import { writeImageIndex, type ImageToWrite } from '../oci/image-writer.js'
import type { OciPlatform } from '../oci/image-spec.js'
import type { StepState } from '../runtime/context.js'
import { ConfigurationError, errorMessage, inputError } from '../runtime/errors.js'
import type { Logger } from '../runtime/logger.js'
import { RootfsBuilder, type BuiltRootfs } from '../rootfs/build.js'
import { BUILD_ADAPTERS, buildAdapter, COMMAND_BUILD_ADAPTER } from '../toolchains/catalog.js'
import type { BuildArtifacts, BuildRequest, BuildStep, BuildTarget, RootfsRequest, ToolchainBuildAdapter } from '../toolchains/types.js'
import { markBuildSucceeded, planBuildCache, restoreBuildCache, type BuildCachePlan } from './cache.js'
import { findOneFile } from './files.js'
import { describeTarget, formatTarget, type BuildOptions } from './options.js'
import { buildTargets, kraftfileInput } from './kraftfile-input.js'
import { imageForTarget, standardAnnotations, versionNote } from './package.js'
import { resolveSourceDateEpoch, resolveTags, sourceAnnotations, type SourceAnnotations } from './source.js'
import { runBuildStep, firstOutputLine } from './steps.js'
import { sbomComponents } from './sbom-components.js'
import { SBOM_FILE_NAME, sbomDocument, toolVersionOf, writeSbom, type SbomComponent } from './sbom.js'
import { findExecutable, findTools } from './tools.js'

export interface BuildContext {
  logger: Logger
  env: NodeJS.ProcessEnv
  /** The job's directory: kernels are kept and adapter caches live under it. */
  workRoot: string
  onGitHub: boolean
  state: StepState
  /** Where relative `path` and `output` resolve; the current directory by default. */
  cwd?: string
}

export interface TargetResult {
  /** `qemu/x86_64`. */
  target: string
  platform: OciPlatform
  /** The kernel as built, kept under the job's directory (a later target may overwrite the build's own file). */
  kernel: string
  initrd?: string
  /** The unstripped kernel, kept when `debug` is true: an output and an artifact, never in the image. */
  debugKernel?: string
  manifestDigest: string
  descriptor: UnikernelDescriptor
  /** The target's SPDX SBOM under the job's directory, and how many packages it lists. */
  sbom?: { path: string; packages: number }
}

export interface BuildResult {
  toolchain: ToolchainBuildAdapter['name']
  /** The image's `com.urunc.unikernel.unikernelType`. */
  uruncType: string
  name: string
  tags: string[]
  /** The main tag (metadata-action's `version`). */
  version: string
  layoutDir: string
  /** `oci:<dir>:<first tag>`. */
  image: string
  /** The image index's digest. */
  digest: string
  targets: TargetResult[]
  cacheHit: boolean
  buildTimeMs: number
  sourceDateEpoch: number
  /** Set when `labels` tie the digest to a version (org.opencontainers.image.version). */
  versionNote?: string
  /** The root filesystems built into the targets' initrds (one, or one per architecture). */
  rootfs?: BuiltRootfs[]
}

/** One target, ready to run: its request, its steps. */
interface PlannedTarget {
  target: BuildTarget
  request: BuildRequest
  steps: BuildStep[]
}

/**
 * `build`: resolve the project and toolchain → check everything that can be checked before running
 * anything → restore the cache → build each target → snapshot its artifacts → write the image layout.
 */
export async function runBuild(options: BuildOptions, context: BuildContext): Promise<BuildResult> {
  const { logger, env } = context
  const cwd = context.cwd ?? process.cwd()
  const projectDir = await projectDirectory(resolve(cwd, options.path))
  const adapter = await resolveAdapter(options, projectDir)
  const kraftfile = await kraftfileInput(options.kraftfile, projectDir, context.workRoot)
  if (kraftfile && !adapter.kraftfiles) throw inputError('kraftfile', `is for toolchain unikraft; ${adapter.name} reads no Kraftfile`)
  const { targets } = await buildTargets(options, adapter, projectDir, kraftfile, logger)
  checkInputsFit(adapter, options, targets)
  const layoutDir = await outputDirectory(resolve(cwd, options.output ?? join(context.workRoot, 'oci')))

  const epoch = await resolveSourceDateEpoch(options.sourceDateEpoch, env, projectDir, logger)
  const { tags, version } = await resolveTags(options.tags, env, context.onGitHub, projectDir, logger)
  const source = await sourceAnnotations(env, context.onGitHub, projectDir)
  const name = options.name ?? basename(projectDir)
  logger.info(
    `Building ${projectDir} with ${adapter.name} for ${targets.map(describeTarget).join(', ')}; ` +
      `image ${name}:${tags.join(', ')}; SOURCE_DATE_EPOCH ${epoch.epoch} (${epoch.from})`
  )

  const tools = findTools(Object.keys(adapter.tools), env.PATH)
  const cacheDir = join(context.workRoot, 'build-cache', adapter.name)
  const planned: PlannedTarget[] = []
  for (const target of targets) {
    const request: BuildRequest = {
      projectDir,
      target,
      cacheDir,
      env,
      tools,
      jobs: availableParallelism(),
      command: options.command,
      kernel: options.kernel === undefined ? undefined : expandTarget(options.kernel, target),
      ...(kraftfile ? { kraftfile } : {}),
      ...(options.debug ? { debug: true } : {})
    }
    const rootfs = await rootfsRequest(adapter, options, request)
    if (rootfs) request.rootfs = rootfs
    planned.push({ target, request, steps: await adapter.plan(request) })
  }
  const environment = adapter.environment ? await adapter.environment(planned[0].request) : { env: {}, notes: [] }
  const buildEnv: NodeJS.ProcessEnv = { ...env, ...environment.env, SOURCE_DATE_EPOCH: String(epoch.epoch) }
  for (const { steps } of planned) for (const step of steps) requireCommand(adapter, step, buildEnv.PATH)
  for (const note of environment.notes) logger.info(note)

  const rootfs = await prepareRootfs(adapter, planned, { env: buildEnv, epoch: epoch.epoch, projectDir, context })

  // Asked once: it keys the cache and goes into the SBOM.
  const versionArgv = adapter.versionArgv?.(tools)
  const toolVersion = versionArgv ? await firstOutputLine(versionArgv, { cwd: projectDir, env: buildEnv }) : undefined
  const cacheHit = options.cache ? await restoreCache(adapter, options, targets, planned[0].request, toolVersion, context) : false

  const keepDir = await mkdtemp(join(context.workRoot, 'build-'))
  const built: BuiltTarget[] = []
  const started = performance.now()
  for (const target of planned) {
    const artifacts = await logger.group(`Build ${formatTarget(target.target)} (${adapter.name})`, () =>
      buildTarget(adapter, target, { env: buildEnv, initrd: options.initrd, rootfs, keepDir, logger })
    )
    built.push({ target: target.target, artifacts, components: await sbomComponents(sbomContext(adapter, target.request, buildEnv, source)) })
  }
  const buildTimeMs = Math.round(performance.now() - started)
  markBuildSucceeded(context.state)

  const note = versionNote(options.labels)
  if (note) logger.notice(note)
  const written = await logger.group(`Write the image to ${layoutDir}`, () =>
    writeImage(adapter, built, { layoutDir, epoch: epoch.epoch, tags, source, options, logger })
  )
  const tool = versionArgv ? { tool: basename(versionArgv[0]), version: toolVersionOf(toolVersion) } : {}
  await writeTargetSboms(adapter, built, written.targets, { name, epoch: epoch.epoch, source, keepDir, tool, logger })
  return {
    toolchain: adapter.name,
    uruncType: adapter.uruncType,
    name,
    tags,
    version,
    layoutDir,
    image: `oci:${layoutDir}:${tags[0]}`,
    digest: written.digest,
    targets: written.targets,
    cacheHit,
    buildTimeMs,
    sourceDateEpoch: epoch.epoch,
    ...(note ? { versionNote: note } : {}),
    ...(rootfs && rootfs.built.size > 0 ? { rootfs: [...new Set(rootfs.built.values())] } : {})
  }
}

interface BuiltTarget {
  target: BuildTarget
  artifacts: BuildArtifacts
  /** What the toolchain says went into the kernel, read right after its build. */
  components: SbomComponent[]
}

function sbomContext(adapter: ToolchainBuildAdapter, request: BuildRequest, env: NodeJS.ProcessEnv, source: SourceAnnotations) {
  return {
    toolchain: adapter.name,
    projectDir: request.projectDir,
    target: request.target,
    ...(request.kraftfile ? { kraftfile: request.kraftfile } : {}),
    env,
    source: { url: source.source, revision: source.revision },
    ...(adapter.runsUserCommand ? { hashSources: true } : {})
  }
}

/** One SPDX SBOM per target, next to its kept kernel under the job's directory (never in the image layout). */
async function writeTargetSboms(
  adapter: ToolchainBuildAdapter,
  built: readonly BuiltTarget[],
  targets: TargetResult[],
  facts: {
    name: string
    epoch: number
    source: SourceAnnotations
    keepDir: string
    /** The toolchain's tool and the version it reported, when the build asks one. */
    tool: { tool?: string; version?: string }
    logger: Logger
  }
): Promise<void> {
  const { tool: toolName, version } = facts.tool
  for (const [i, { target, artifacts, components }] of built.entries()) {
    const document = await sbomDocument({
      name: facts.name,
      target: formatTarget(target),
      toolchain: { name: adapter.name, ...(toolName ? { tool: toolName } : {}), ...(version ? { version } : {}) },
      kernel: artifacts.kernel,
      ...(artifacts.initrd ? { initrd: artifacts.initrd } : {}),
      epochSeconds: facts.epoch,
      components,
      source: { url: facts.source.source, revision: facts.source.revision }
    })
    const path = join(facts.keepDir, `${target.platform}-${target.arch}`, SBOM_FILE_NAME)
    await writeSbom(path, document)
    targets[i].sbom = { path, packages: document.packages.length }
    facts.logger.info(`SBOM ${formatTarget(target)}: ${path} (${document.packages.length} packages, ${document.files.length} files)`)
  }
}

/** Runs one target's steps, finds what they built and keeps a copy (the next target may overwrite the build's own file). */
async function buildTarget(
  adapter: ToolchainBuildAdapter,
  { target, request, steps }: PlannedTarget,
  options: { env: NodeJS.ProcessEnv; initrd?: string; rootfs?: RootfsPlan; keepDir: string; logger: Logger }
): Promise<BuildArtifacts> {
  const env = { ...options.env, UNIKERNEL_PLATFORM: target.platform, UNIKERNEL_ARCH: target.arch }
  for (const step of steps) await runBuildStep(step, { cwd: resolve(request.projectDir, step.cwd ?? '.'), env, logger: options.logger })
  // After the steps: the build command often puts the application into the root filesystem.
  const rootfs = await options.rootfs?.buildFor(target, request)
  const located = await adapter.locate(request)
  if (rootfs && located.initrd) {
    throw inputError('rootfs', `cannot be used here: the ${formatTarget(target)} build brings its own initrd (${located.initrd})`)
  }
  const initrd = rootfs?.file ?? (options.initrd === undefined ? located.initrd : await locateInitrd(options.initrd, target, request.projectDir, located))
  if (request.debug && !located.debugKernel) throw inputError('debug', `is true but the ${formatTarget(target)} build left no unstripped kernel`)
  const kept = await keepArtifacts(
    { kernel: located.kernel, ...(initrd ? { initrd } : {}), ...(request.debug && located.debugKernel ? { debugKernel: located.debugKernel } : {}) },
    join(options.keepDir, `${target.platform}-${target.arch}`)
  )
  if (located.unikernelVersion) kept.unikernelVersion = located.unikernelVersion
  if (located.cmdline !== undefined) kept.cmdline = located.cmdline
  options.logger.info(
    `Kernel: ${located.kernel} (${(await stat(kept.kernel)).size} bytes)${initrd ? `; initrd: ${initrd}` : ''}` +
      `${kept.debugKernel ? `; debug kernel: ${located.debugKernel} (kept apart, not in the image)` : ''}`
  )
  return kept
}

/** One image per target in one index, tagged; the descriptors and manifest digests per target. */
async function writeImage(
  adapter: ToolchainBuildAdapter,
  built: readonly BuiltTarget[],
  facts: { layoutDir: string; epoch: number; tags: string[]; source: SourceAnnotations; options: BuildOptions; logger: Logger }
): Promise<{ digest: string; targets: TargetResult[] }> {
  const { options } = facts
  const standard = standardAnnotations(facts.epoch, facts.source)
  const images: ImageToWrite[] = []
  const descriptors: UnikernelDescriptor[] = []
  for (const { target, artifacts } of built) {
    const { image, descriptor } = await imageForTarget({
      adapter,
      target,
      artifacts,
      // The `cmdline` input wins over the command line the project declares (a Kraftfile's `cmd`).
      cmdline: options.cmdline ?? artifacts.cmdline,
      memory: options.memory,
      labels: options.labels,
      standard
    })
    images.push(image)
    descriptors.push(descriptor)
  }
  const written = await writeImageIndex(facts.layoutDir, images, {
    epochSeconds: facts.epoch,
    tags: facts.tags,
    annotations: { ...standard, ...options.labels }
  })
  const targets = built.map(({ target, artifacts }, i): TargetResult => ({
    target: formatTarget(target),
    platform: written.images[i].manifest.platform!,
    kernel: artifacts.kernel,
    ...(artifacts.initrd ? { initrd: artifacts.initrd } : {}),
    ...(artifacts.debugKernel ? { debugKernel: artifacts.debugKernel } : {}),
    manifestDigest: written.images[i].manifest.digest,
    descriptor: descriptors[i]
  }))
  warnSharedArchitectures(targets, facts.logger)
  facts.logger.info(`Image index ${written.index.digest}, tagged ${facts.tags.join(', ')}`)
  return { digest: written.index.digest, targets }
}

async function restoreCache(
  adapter: ToolchainBuildAdapter,
  options: BuildOptions,
  targets: BuildTarget[],
  request: BuildRequest,
  toolVersion: string | undefined,
  context: BuildContext
): Promise<boolean> {
  return context.logger.group('Restore the build cache', async () => {
    let plan: BuildCachePlan
    try {
      plan = await planBuildCache({
        toolchain: adapter.name,
        targets,
        spec: adapter.cache(request),
        projectDir: request.projectDir,
        extraPaths: options.cachePaths.map((path) => resolve(request.projectDir, path)),
        cacheKey: options.cacheKey,
        toolVersion,
        // An inline Kraftfile lives outside the project's key files: its text keys the cache instead.
        inputs: { command: options.command, kernel: options.kernel, ...(options.kraftfile !== undefined ? { kraftfile: options.kraftfile } : {}) }
      })
    } catch (error) {
      context.logger.warning(`Build cache: cannot compute the cache key, building without the cache: ${errorMessage(error)}`)
      return false
    }
    return (await restoreBuildCache(plan, context)) === plan.key
  })
}

async function projectDirectory(dir: string): Promise<string> {
  const info = await stat(dir).catch(() => undefined)
  if (!info?.isDirectory()) throw inputError('path', `${dir} is not a directory`)
  return dir
}

/** The toolchain input, else the one project kind found (`command` alone means custom). */
async function resolveAdapter(options: BuildOptions, projectDir: string): Promise<ToolchainBuildAdapter> {
  if (options.toolchain !== 'auto') return buildAdapter(options.toolchain)
  // A Kraftfile given as an input is a Unikraft build, whatever the directory holds.
  const kraftBuilder = BUILD_ADAPTERS.find((adapter) => adapter.kraftfiles)
  if (options.kraftfile !== undefined && kraftBuilder) return kraftBuilder
  const found: ToolchainBuildAdapter[] = []
  for (const adapter of BUILD_ADAPTERS) if (await adapter.detect(projectDir)) found.push(adapter)
  if (found.length === 1) return found[0]
  if (found.length > 1) {
    throw inputError('toolchain', `auto found several toolchains in ${projectDir}: ${found.map((a) => `${a.name} (${a.detectsBy})`).join('; ')}; choose one`)
  }
  if (options.command !== undefined) return COMMAND_BUILD_ADAPTER
  const lookedFor = BUILD_ADAPTERS.filter((a) => !a.runsUserCommand).map((a) => `${a.detectsBy} (${a.name})`)
  throw inputError(
    'toolchain',
    `auto found no toolchain in ${projectDir}: it looked for ${lookedFor.join('; ')}. For any other build, ` +
      `give \`command\` and \`kernel\` (toolchain custom)`
  )
}

function checkInputsFit(adapter: ToolchainBuildAdapter, options: BuildOptions, targets: readonly BuildTarget[]): void {
  if (adapter.runsUserCommand) {
    if (options.command === undefined) throw inputError('command', 'is required for toolchain custom: the shell command that builds the kernel')
    if (options.kernel === undefined) throw inputError('kernel', 'is required for toolchain custom: the path or glob of the kernel the command builds')
  } else {
    if (options.command !== undefined) throw inputError('command', `is for toolchain custom only; ${adapter.name} builds with its own tool`)
    if (options.kernel !== undefined) throw inputError('kernel', `is for toolchain custom only; ${adapter.name} knows where its kernel lands`)
  }
  for (const target of targets) {
    if (!adapter.platforms.includes(target.platform)) {
      throw inputError('target', `toolchain ${adapter.name} cannot build for ${target.platform} (it builds ${adapter.platforms.join(', ')})`)
    }
  }
}

/** The layout directory: missing, empty, or already a layout — never someone's other files. */
async function outputDirectory(dir: string): Promise<string> {
  if (dir.includes(':')) throw inputError('output', `${dir} contains ':', which an oci:<dir>:<tag> reference cannot name`)
  const entries: string[] = await readdir(dir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return []
    if (error.code === 'ENOTDIR') throw inputError('output', `${dir} is a file, not a directory`)
    throw error
  })
  if (entries.length > 0 && !entries.includes('oci-layout')) {
    throw inputError('output', `${dir} is a non-empty directory but not an OCI image layout (no oci-layout file); choose an empty or new directory`)
  }
  await mkdir(dir, { recursive: true })
  return dir
}

export function expandTarget(pattern: string, target: BuildTarget): string {
  return pattern.replaceAll('{platform}', target.platform).replaceAll('{arch}', target.arch)
}

function requireCommand(adapter: ToolchainBuildAdapter, step: BuildStep, pathVariable: string | undefined): void {
  const command = step.argv[0]
  if (findExecutable(command, pathVariable)) return
  const hint = adapter.tools[command]
  throw new ConfigurationError(`toolchain ${adapter.name}: \`${command}\` is not on PATH${hint ? `: ${hint}` : ''}`)
}

/** The `rootfs` input, else the root filesystem the project declares; undefined when there is neither. */
async function rootfsRequest(adapter: ToolchainBuildAdapter, options: BuildOptions, request: BuildRequest): Promise<RootfsRequest | undefined> {
  if (options.rootfs !== undefined && options.initrd !== undefined) {
    throw inputError('rootfs', 'cannot be combined with `initrd`: the root filesystem becomes the initrd; give one of `rootfs` and `initrd`')
  }
  const given = options.rootfsFormat === undefined ? {} : { formatGiven: true }
  if (options.rootfs !== undefined) return { source: options.rootfs, format: options.rootfsFormat ?? 'cpio', from: 'rootfs', ...given }
  // An `initrd` input replaces what the project declares.
  const declared = options.initrd === undefined ? await adapter.declaredRootfs?.(request) : undefined
  if (declared === undefined) return undefined
  return { source: declared.source, format: options.rootfsFormat ?? declared.format ?? 'cpio', from: 'Kraftfile', ...given }
}

/** The root filesystems this build makes itself: checked before anything runs, built per target after its steps. */
interface RootfsPlan {
  built: Map<BuildTarget, BuiltRootfs>
  buildFor(target: BuildTarget, request: BuildRequest): Promise<BuiltRootfs | undefined>
}

/**
 * For every target whose toolchain does not build its root filesystem itself: checks the source and the
 * tools now, before any step runs; builds it after that target's steps (a directory once per
 * architecture, since the steps may have put arch-specific files into it; a Dockerfile or an image once
 * per architecture). Undefined when no target needs one.
 */
async function prepareRootfs(
  adapter: ToolchainBuildAdapter,
  planned: readonly PlannedTarget[],
  facts: { env: NodeJS.ProcessEnv; epoch: number; projectDir: string; context: BuildContext }
): Promise<RootfsPlan | undefined> {
  const ours = planned.filter(({ request }) => request.rootfs && !adapter.buildsRootfs?.(request))
  if (ours.length === 0) return undefined
  const { logger } = facts.context
  await mkdir(facts.context.workRoot, { recursive: true })
  const workDir = await mkdtemp(join(facts.context.workRoot, 'rootfs-'))
  const builder = new RootfsBuilder({ projectDir: facts.projectDir, workDir, env: facts.env, logger, epoch: facts.epoch })
  for (const { request } of ours) await builder.check(request.rootfs!)
  const built = new Map<BuildTarget, BuiltRootfs>()
  return {
    built,
    async buildFor(target, request) {
      if (!ours.some((planned) => planned.target === target)) return undefined
      const rootfs = await builder.build(request.rootfs!, target.arch)
      built.set(target, rootfs)
      return rootfs
    }
  }
}

async function locateInitrd(pattern: string, target: BuildTarget, projectDir: string, located: BuildArtifacts): Promise<string> {
  if (located.initrd) {
    throw inputError('initrd', `cannot be used here: the ${formatTarget(target)} build brings its own initrd (${located.initrd})`)
  }
  return findOneFile(expandTarget(pattern, target), projectDir, (problem) => inputError('initrd', problem))
}

/** Copies the artifacts under `dir`, so the next target's build cannot overwrite what this one produced. */
async function keepArtifacts(artifacts: BuildArtifacts, dir: string): Promise<BuildArtifacts> {
  await mkdir(dir, { recursive: true })
  const kernel = join(dir, 'kernel')
  await copyFile(artifacts.kernel, kernel)
  const kept: BuildArtifacts = { kernel }
  if (artifacts.initrd) {
    kept.initrd = join(dir, 'initrd')
    await copyFile(artifacts.initrd, kept.initrd)
  }
  if (artifacts.debugKernel) {
    kept.debugKernel = join(dir, 'kernel.dbg')
    await copyFile(artifacts.debugKernel, kept.debugKernel)
  }
  return kept
}

function warnSharedArchitectures(targets: TargetResult[], logger: Logger): void {
  const seen = new Map<string, string>()
  for (const { target, platform } of targets) {
    const first = seen.get(platform.architecture)
    if (first) logger.warning(`${first} and ${target} are both linux/${platform.architecture} in one index: Docker, containerd and boot pick ${first}`)
    else seen.set(platform.architecture, target)
  }
}
