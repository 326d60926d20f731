import { statSync } from 'node:fs'
import { homedir } from 'node:os'
import { dirname, isAbsolute, join, relative } from 'node:path'
import { firstFile, globFiles, isFile, readTextIfPresent, toolchainError } from '../build/files.js'
import { inputError } from '../runtime/errors.js'
import {
  ROOTFS_FORMATS,
  type BuildArtifacts,
  type BuildRequest,
  type BuildStep,
  type BuildTarget,
  type RootfsFormat,
  type ToolchainBootProfile,
  type ToolchainBuildAdapter
} from './types.js'
import { kraftfileCmdline, kraftfileRootfs, parseKraftfile, readKraftfile, type Kraftfile, type KraftfileTarget } from './kraftfile.js'
import { crashed, DEBUG_EXIT_0X501, decodeByChannel, exited, x86ExitDevices } from './exit-decoding.js'

/** Unikraft (kraft): ACPI poweroff exits 0, isa-debug-exit 41/42 are the fallbacks (plat/common/x86/cpu_native.c). */
export const unikraft: ToolchainBootProfile = {
  name: 'unikraft',
  failOn: [
    // The critical log level's header (lib/ukdebug/print.c), used by every UK_CRASH and fatal trap.
    /\bCRIT:/,
    // The crash screen's first line, printed even when kernel messages are compiled out (lib/ukdebug/crash.c).
    /\bUnikraft Crash - /
  ],
  successCode: 0,
  exitDevices: (arch) => x86ExitDevices(arch, [DEBUG_EXIT_0X501]),
  decodeExit: (context) =>
    decodeByChannel(context, {
      'debug-exit': { 83: exited(0), 85: crashed('Unikraft crash (isa-debug-exit 42)') }
    }),
  detect: (elf) => elf.sections.some((section) => section.startsWith('.uk_'))
}

// Kraftfile discovery order of kraftkit (unikraft/app/project.go).
export const KRAFTFILES = ['kraft.yaml', 'kraft.yml', 'Kraftfile.yml', 'Kraftfile.yaml', 'Kraftfile']
const KRAFT_INSTALL = 'install KraftKit: the setup action (tools: kraft), or https://unikraft.org/docs/cli/install'

/**
 * The `targets:` of a Kraftfile as `plat/arch` (unikraft/target/transform.go: `- plat/arch`, or a map
 * with platform|plat and architecture|arch, fc/firecracker and qemu/kvm aliases). Undefined when the
 * Kraftfile has none, or cannot be read as one: kraft then decides alone.
 */
export async function kraftfileTargets(kraftfile: string): Promise<string[] | undefined> {
  try {
    return (await parseKraftfile(kraftfile, 'Kraftfile')).targets?.map((t) => `${t.platform}/${t.arch}`)
  } catch {
    return undefined
  }
}

/** A Unikraft application built by Unikraft's own make: its Makefile hands over to $(UK_ROOT). */
async function makeProject(dir: string): Promise<{ config: boolean; defconfig: boolean } | undefined> {
  const makefile = await readTextIfPresent(join(dir, 'Makefile'))
  if (!makefile || !/\bUK_ROOT\b/.test(makefile)) return undefined
  const config = await isFile(join(dir, '.config'))
  const defconfig = await isFile(join(dir, 'defconfig'))
  return config || defconfig ? { config, defconfig } : undefined
}

/**
 * The Unikraft core's version from its version.mk (UK_VERSION.UK_SUBVERSION.UK_EXTRAVERSION), where
 * kraft checks it out (.unikraft/unikraft, workdir/unikraft) or where a make project's UK_ROOT points;
 * undefined when none is found. urunc chooses the command-line syntax by it.
 */
export async function unikraftCoreVersion(projectDir: string): Promise<string | undefined> {
  const makefile = (await readTextIfPresent(join(projectDir, 'Makefile'))) ?? ''
  const ukRoot = /^\s*UK_ROOT\s*\??=\s*(\S+)\s*$/m.exec(makefile)?.[1]
  const roots = ['.unikraft/unikraft', 'workdir/unikraft', ...(ukRoot && !ukRoot.includes('$') ? [ukRoot] : [])]
  for (const root of roots) {
    const text = await readTextIfPresent(join(projectDir, root, 'version.mk'))
    if (!text) continue
    const field = (name: string): string | undefined => new RegExp(`^\\s*${name}\\s*[:?]?=\\s*(\\d+)\\s*$`, 'm').exec(text)?.[1]
    const [major, minor, extra] = [field('UK_VERSION'), field('UK_SUBVERSION'), field('UK_EXTRAVERSION')]
    if (major !== undefined && minor !== undefined) return `${major}.${minor}.${extra ?? '0'}`
  }
  return undefined
}

function describeTarget(target: KraftfileTarget): string {
  return target.name === undefined ? `${target.platform}/${target.arch}` : `${target.name} (${target.platform}/${target.arch})`
}

type Located = BuildArtifacts & { lookedForDebug?: string }

/** kraft's output: the kernel where `-k` put it (or the `runtime:` package pulled), the initramfs it wrote, the `.dbg`. */
async function locateKraftBuild(request: BuildRequest, kraftfile: Kraftfile): Promise<Located> {
  const { target } = request
  const runtime = prebuiltRuntime(kraftfile)
  const kernel = runtime === undefined ? kraftKernelPath(request) : join(runtimePullDir(request), 'unikraft', 'bin', 'kernel')
  if (!(await isFile(kernel))) {
    throw toolchainError(
      'unikraft',
      runtime === undefined
        ? `kraft build left no kernel for ${target.platform}/${target.arch} at ${kernel}`
        : `kraft pkg pull left no kernel of ${runtime} for ${target.platform}/${target.arch} at ${kernel}`
    )
  }
  const located: Located = { kernel }
  const version = await unikraftCoreVersion(request.projectDir)
  if (version) located.unikernelVersion = version
  // kraft builds the rootfs it is given (--rootfs), else the Kraftfile's; a file it takes as it is (initrd/file.go).
  const source = request.rootfs?.source ?? kraftfileRootfs(kraftfile, request.projectDir)?.source
  const written = kraftInitramfs(request, request.rootfs?.format ?? kraftfile.rootfs[0]?.type ?? 'cpio')
  const initrd = (await isFile(written)) ? written : source !== undefined && (await isFile(source)) ? source : undefined
  if (initrd) located.initrd = initrd
  else if (source !== undefined) throw toolchainError('unikraft', `kraft build left no root filesystem for ${source} at ${written}`)
  if (runtime === undefined) {
    // `-k` moves the kernel only (internal/cli/kraft/build/build.go); the .dbg stays in the build directory.
    const pattern = `.unikraft/build/*_${target.platform}-${target.arch}.dbg`
    const matches = await globFiles(pattern, request.projectDir)
    if (matches.length === 1) located.debugKernel = matches[0]
    else located.lookedForDebug = matches.length > 1 ? `several match ${pattern}` : `looked for ${pattern}`
  }
  return located
}

async function locateMakeBuild(request: BuildRequest): Promise<Located> {
  const { projectDir, target } = request
  for (const pattern of kernelPatterns(target)) {
    const matches = await globFiles(pattern, projectDir)
    if (matches.length === 1) {
      const initrd = join(dirname(matches[0]), `initramfs-${target.arch}.cpio`)
      const version = await unikraftCoreVersion(projectDir)
      const debug = `${matches[0]}.dbg`
      return {
        kernel: matches[0],
        ...((await isFile(initrd)) ? { initrd } : {}),
        ...(version ? { unikernelVersion: version } : {}),
        ...((await isFile(debug)) ? { debugKernel: debug } : { lookedForDebug: `looked for ${relative(projectDir, debug)}` })
      }
    }
    if (matches.length > 1)
      throw toolchainError('unikraft', `several kernels match ${pattern}: ${matches.map((m) => relative(projectDir, m)).join(', ')}; clean the build directory`)
  }
  throw toolchainError('unikraft', `the build left no kernel for ${target.platform}/${target.arch} (looked for ${kernelPatterns(target).join(', ')})`)
}

function kernelPatterns(target: BuildTarget): string[] {
  const { platform, arch } = target
  // Unikraft before 0.16 named both QEMU and Firecracker builds "kvm".
  const plats = platform === 'xen' ? ['xen'] : [platform, 'kvm']
  // Kernels are `<app>_<plat>-<arch>`, next to `<same>.dbg`; `*` cannot reach past the name into `.dbg`.
  return ['.unikraft/build', 'workdir/build', 'build'].flatMap((dir) => plats.map((plat) => `${dir}/*_${plat}-${arch}`))
}

/** The Kraftfile a build uses: the `kraftfile` input's, else the project's first of kraftkit's default names. */
function kraftfilePath(request: Pick<BuildRequest, 'projectDir' | 'kraftfile'>): string | undefined {
  if (request.kraftfile) return request.kraftfile
  const name = KRAFTFILES.find((candidate) => isFileSync(join(request.projectDir, candidate)))
  return name === undefined ? undefined : join(request.projectDir, name)
}

function isFileSync(path: string): boolean {
  try {
    return statSync(path).isFile()
  } catch {
    return false
  }
}

/** Where kraft is told (`-k`) to put a `unikraft:` Kraftfile's kernel for one target. */
function kraftKernelPath(request: BuildRequest): string {
  return join(request.projectDir, '.unikraft', 'build', 'unikernel-actions', `${request.target.platform}-${request.target.arch}`, 'kernel')
}

/** Where `kraft pkg pull` unpacks a `runtime:` Kraftfile's kernel package for one target. */
function runtimePullDir(request: BuildRequest): string {
  return join(request.cacheDir, 'runtime', `${request.target.platform}-${request.target.arch}`)
}

/** The initramfs kraft writes (initrd/initrd.go DefaultInitramfsArchFileName under the build directory). */
function kraftInitramfs(request: BuildRequest, format: string): string {
  return join(request.projectDir, '.unikraft', 'build', `initramfs-${request.target.arch}.${format}`)
}

/** A `kraftfile` input inside the project keys the cache as the default Kraftfiles do (an inline one is keyed by its text). */
function kraftfileKey(request: Pick<BuildRequest, 'projectDir' | 'kraftfile'>): string[] {
  if (!request.kraftfile) return []
  const path = relative(request.projectDir, request.kraftfile)
  return path.startsWith('..') || isAbsolute(path) ? [] : [path]
}

/** kraft's builders in their order (internal/cli/kraft/build/builder.go): `unikraft:`/`template:` first, then `runtime:`. */
function prebuiltRuntime(kraftfile: Kraftfile): string | undefined {
  return kraftfile.unikraft === undefined && kraftfile.template === undefined ? kraftfile.runtime : undefined
}

/** A Kraftfile kraft builds: kraft on PATH and a Kraftfile (the project's, or the `kraftfile` input). */
function kraftBuilds(request: Pick<BuildRequest, 'projectDir' | 'kraftfile' | 'tools'>): string | undefined {
  return request.tools.has('kraft') ? kraftfilePath(request) : undefined
}

/**
 * Unikraft: `kraft build --plat P --arch A` when kraft is on PATH, else Unikraft's make build for a
 * project with a Makefile using UK_ROOT and a .config or defconfig (whose plat/arch it then follows).
 * kraft builds the root filesystem too (`--rootfs`, `--rootfs-type`); a `runtime:` Kraftfile's kernel
 * is a prebuilt package that `kraft build` only looks up, so `kraft pkg pull` unpacks it.
 */
const isRootfsFormat = (type: string | undefined): type is RootfsFormat => (ROOTFS_FORMATS as readonly (string | undefined)[]).includes(type)

export const unikraftBuild: ToolchainBuildAdapter = {
  name: 'unikraft',
  detectsBy: 'a Kraftfile (or kraft.yaml), or a Makefile using UK_ROOT with a .config or defconfig',
  uruncType: 'unikraft',
  kraftfiles: KRAFTFILES,
  platforms: ['qemu', 'fc', 'xen'],
  tools: { kraft: KRAFT_INSTALL, make: 'install make (apt-get install make)' },
  versionArgv: (tools) => (tools.has('kraft') ? ['kraft', 'version'] : undefined),

  async detect(dir) {
    return (await firstFile(dir, KRAFTFILES)) !== undefined || (await makeProject(dir)) !== undefined
  },

  async plan(request) {
    const { platform, arch, name } = request.target
    const path = kraftBuilds(request)
    if (path) {
      const kraftfile = await readKraftfile(path)
      // kraft build selects among the Kraftfile's targets (target.Filter) and fails when none matches.
      const declared = kraftfile.targets
      if (declared && !declared.some((t) => t.platform === platform && t.arch === arch && (name === undefined || t.name === name))) {
        throw inputError(
          'target',
          `${name ?? `${platform}/${arch}`} is not among the targets of ${path} (${declared.map(describeTarget).join(', ')}); ` +
            "add it to the Kraftfile's `targets` or build one of those"
        )
      }
      const argv: [string, ...string[]] = ['kraft', 'build', '--plat', platform, '--arch', arch, '--jobs', String(request.jobs)]
      if (name !== undefined) argv.push('--target', name)
      if (request.kraftfile) argv.push('--kraftfile', request.kraftfile)
      if (request.rootfs) {
        if (request.rootfs.from === 'rootfs') argv.push('--rootfs', request.rootfs.source)
        // Otherwise kraft takes the type the Kraftfile gives, as it would on its own.
        if (request.rootfs.formatGiven) argv.push('--rootfs-type', request.rootfs.format)
      }
      const runtime = prebuiltRuntime(kraftfile)
      if (runtime === undefined) {
        argv.push('--kernel', kraftKernelPath(request))
        return [{ argv }]
      }
      const output = runtimePullDir(request)
      return [{ argv }, { argv: ['kraft', 'pkg', 'pull', '--plat', platform, '--arch', arch, '--output', output, runtime] }]
    }
    const kraftfile = await firstFile(request.projectDir, KRAFTFILES)
    const make = await makeProject(request.projectDir)
    if (!make || request.kraftfile) {
      throw toolchainError(
        'unikraft',
        kraftfile || request.kraftfile
          ? `\`kraft\` is not on PATH: ${KRAFT_INSTALL}`
          : `${request.projectDir} has neither a Kraftfile nor a Makefile using UK_ROOT with a .config or defconfig`
      )
    }
    const configure: BuildStep[] = make.config ? [] : [{ argv: ['make', `UK_DEFCONFIG=${join(request.projectDir, 'defconfig')}`, 'defconfig'] }]
    return [...configure, { argv: ['make', `-j${request.jobs}`] }]
  },

  async environment() {
    // kraft asks questions and checks for updates unless told not to (config/config.go).
    return { env: { KRAFTKIT_NO_PROMPT: 'true', KRAFTKIT_NO_CHECK_UPDATES: 'true', KRAFTKIT_LOG_TYPE: 'basic', KRAFTKIT_NO_COLOR: 'true' }, notes: [] }
  },

  async declaredRootfs(request) {
    const path = kraftfilePath(request)
    if (!path) return undefined
    const rootfs = kraftfileRootfs(await readKraftfile(path), request.projectDir)
    if (!rootfs) return undefined
    return { source: rootfs.source, ...(isRootfsFormat(rootfs.type) ? { format: rootfs.type } : {}) }
  },

  buildsRootfs: (request) => kraftBuilds(request) !== undefined,

  async locate(request) {
    const path = kraftBuilds(request)
    const kraftfile = path ? await readKraftfile(path) : undefined
    const found = kraftfile ? await locateKraftBuild(request, kraftfile) : await locateMakeBuild(request)
    const cmdline = kraftfile ? kraftfileCmdline(kraftfile) : undefined
    if (cmdline !== undefined) found.cmdline = cmdline
    if (request.debug) {
      if (!found.debugKernel) {
        throw inputError(
          'debug',
          `is true but the ${request.target.platform}/${request.target.arch} build left no unstripped kernel ` +
            `(${found.lookedForDebug ?? 'a runtime: package ships none'})`
        )
      }
    } else delete found.debugKernel
    delete found.lookedForDebug
    return found
  },

  cache: (request) => ({
    paths: [
      join(request.projectDir, '.unikraft'),
      join(request.projectDir, 'workdir', 'build'),
      join(request.env.XDG_DATA_HOME ?? join(request.env.HOME ?? homedir(), '.local', 'share'), 'kraftkit')
    ],
    keyFiles: [...KRAFTFILES, ...kraftfileKey(request), 'Makefile', 'Makefile.uk', 'Config.uk', '.config', 'defconfig']
  }),

  bootHints: () => ({
    // kraft run's default memory (internal/cli/kraft/run/run.go).
    memory: '64M',
    // The POWEREDBY and MINIMAL banners print "Powered by", the CLASSIC one "Welcome to" (lib/ukboot).
    expect: ['Powered by|Welcome to']
  })
}
