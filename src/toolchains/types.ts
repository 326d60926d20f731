import type { ElfInfo } from '../kernel/elf.js'
import type { BuildPlatform } from '../platform.js'
import type { ExitChannel, ExitDevice, GicVersion, VmmExit } from '../vmm/types.js'
import type { Arch } from '../platform.js'

export const TOOLCHAIN_NAMES = ['unikraft', 'solo5', 'nanos', 'hermit', 'mirage', 'custom'] as const
export type ToolchainName = (typeof TOOLCHAIN_NAMES)[number]

/** What a guest's exit means, decoded per toolchain from the VMM's status; `stopped`: it ended, with no code to say how. */
export type DecodedExit = { kind: 'exited'; code: number } | { kind: 'crashed'; reason: string } | { kind: 'stopped' }

export interface ExitContext {
  /** How the VMM reports the guest's exit (its driver says). */
  channel: ExitChannel
  exit: VmmExit
  /** The whole console so far (ANSI stripped): some toolchains say their exit status there. */
  console: string
  /** What the VMM itself wrote to stderr (a Solo5 tender reports a guest that tripped it there). */
  stderr?: string
}

/** A toolchain's disk image about to be booted. */
export interface DiskToBoot {
  path: string
  arch: Arch
  /** The environment the boot runs in (HOME, OPS_HOME, …). */
  env: NodeJS.ProcessEnv
  /** The input the disk came from, for error messages. */
  input: string
}

/** What `boot` needs to know about a toolchain. The `build` side is added to the same file per toolchain. */
export interface ToolchainBootProfile {
  readonly name: ToolchainName
  /** Console lines that mean a crash, always on (the user's `fail-on` adds to these). */
  readonly failOn: readonly RegExp[]
  /** The guest code that means success when no `exit-code` is given. */
  readonly successCode: number
  /** isa-debug-exit devices the guest writes to (QEMU x86 only). */
  exitDevices(arch: Arch): ExitDevice[]
  /** On arm64 the guest ends through Arm semihosting's SYS_EXIT with its code (QEMU needs -semihosting for it). */
  readonly armSemihosting?: boolean
  /** The Arm GIC version the kernel drives on arm64, when it needs one the VMM may not default to. */
  readonly armGic?: GicVersion
  /**
   * The kernel a VMM loads beside one of this toolchain's disks that has no boot code of its own (Nanos
   * on arm64: ops' kernel.img); undefined when the disk boots by itself. A ConfigurationError naming
   * `input` when the kernel is needed but cannot be found.
   */
  diskKernel?(disk: DiskToBoot): string | undefined
  /** Turns the VMM's exit into the guest's code, or a crash. */
  decodeExit(context: ExitContext): DecodedExit
  /** Recognises the toolchain's kernels (ELF notes, sections); custom never claims a kernel. */
  detect(elf: ElfInfo): boolean
}

// ------------------------------------------------------------------------------------- the build side

/** The toolchains `build` drives (solo5 is a boot profile only: its kernels come from mirage). */
export const BUILD_TOOLCHAIN_NAMES = ['custom', 'unikraft', 'nanos', 'mirage', 'hermit'] as const
export type BuildToolchainName = (typeof BUILD_TOOLCHAIN_NAMES)[number]

/** One `PLATFORM/ARCH` item of the `target` input. */
export interface BuildTarget {
  platform: BuildPlatform
  arch: Arch
  /** The Kraftfile target's name, when `target` named it (kraft's `--target`). */
  name?: string
}

/** What an adapter is asked to build: one target of one project. */
export interface BuildRequest {
  /** Absolute path of the project directory; every step runs there unless it says otherwise. */
  projectDir: string
  target: BuildTarget
  /** Directory for the caches the adapter owns (ccache, …), saved and restored by the build cache. */
  cacheDir: string
  /** The environment the build runs in (HOME, OPS_HOME, OPAMROOT, … are read from it). */
  env: NodeJS.ProcessEnv
  /** The adapter's `tools` found on PATH: command → absolute path. */
  tools: ReadonlyMap<string, string>
  /** Parallel jobs a step may use. */
  jobs: number
  /** custom: the user's build command. */
  command?: string
  /** custom: the kernel path or glob, `{platform}`/`{arch}` already expanded. */
  kernel?: string
  /** The Kraftfile to build with (absolute; an inline `kraftfile` input is written to a file first). */
  kraftfile?: string
  /** The root filesystem to build, from the `rootfs` input or what the project declares. */
  rootfs?: RootfsRequest
  /** Keep the unstripped (debug) kernel as well, where the toolchain makes one. */
  debug?: boolean
}

export const ROOTFS_FORMATS = ['cpio', 'erofs'] as const
export type RootfsFormat = (typeof ROOTFS_FORMATS)[number]

/** A root filesystem to build: a directory, a Dockerfile (or a directory with one), or an OCI image reference. */
export interface RootfsRequest {
  source: string
  format: RootfsFormat
  /** Where `source` came from, for error messages: the `rootfs` input, or the Kraftfile. */
  from: 'rootfs' | 'Kraftfile'
  /** `format` was given by the `rootfs-format` input (not defaulted or taken from the Kraftfile). */
  formatGiven?: boolean
}

/** One process of a build, spawned from its argv (never a shell string). */
export interface BuildStep {
  argv: [string, ...string[]]
  /** Relative to the project directory. */
  cwd?: string
  /** Added to the build environment for this step only. */
  env?: Record<string, string>
  /** What the log shows instead of the argv (the user's command as they wrote it). */
  display?: string
}

/** Variables every step of a build gets, and lines that tell the log what they set up. */
export interface BuildEnvironment {
  env: Record<string, string>
  notes: string[]
}

/** Where a target's build output landed, as absolute host paths. */
export interface BuildArtifacts {
  kernel: string
  initrd?: string
  /** The unikernel's own version where the toolchain tells (urunc's `unikernelVersion`). */
  unikernelVersion?: string
  /** The unstripped kernel, when `debug` asked for it: an output and an artifact, never in the image. */
  debugKernel?: string
  /** The command line the project declares (a Kraftfile's `cmd`); the `cmdline` input wins over it. */
  cmdline?: string
}

/** What the build cache keeps between runs, and what keys it. */
export interface BuildCacheSpec {
  /** Absolute paths to save and restore. */
  paths: string[]
  /** Glob patterns relative to the project directory whose content keys the cache. */
  keyFiles: string[]
}

/** Defaults `boot` takes from the image descriptor. */
export interface BuildBootHints {
  memory?: string
  /** Regexes for the console banner the toolchain always prints. */
  expect?: string[]
}

/**
 * The build side of a toolchain: detect a project, render the argv of its build for a target, find
 * the artifact, say what to cache and which boot hints go into the image descriptor.
 */
export interface ToolchainBuildAdapter {
  readonly name: BuildToolchainName
  /** Builds with the user's own `command` and `kernel` (custom); never detected from a project's files. */
  readonly runsUserCommand?: true
  /** Builds from a Kraftfile, found under these names in the project (the `kraftfile` input and named targets apply). */
  readonly kraftfiles?: readonly string[]
  /** What detection looks for, as the "nothing matched" error lists it. */
  readonly detectsBy: string
  /** urunc's `com.urunc.unikernel.unikernelType` for this toolchain's kernels. */
  readonly uruncType: string
  readonly platforms: readonly BuildPlatform[]
  /** Commands the adapter may run, with how to install each; the builder looks them up on PATH. */
  readonly tools: Readonly<Record<string, string>>
  /** The argv whose first output line identifies the tool version, mixed into the cache key. */
  versionArgv?(tools: ReadonlyMap<string, string>): string[] | undefined
  /** Whether `projectDir` is a project of this toolchain (custom never claims one). */
  detect(projectDir: string): Promise<boolean>
  /** The steps that build one target, in order; a ConfigurationError when the project cannot be built so. */
  plan(request: BuildRequest): Promise<BuildStep[]>
  /** Environment every step of a build gets (creating what it points at), and lines for the log. */
  environment?(request: BuildRequest): Promise<BuildEnvironment>
  /** The root filesystem the project declares (a Kraftfile's `rootfs:`), used when the `rootfs` input is not given. */
  declaredRootfs?(request: BuildRequest): Promise<{ source: string; format?: RootfsFormat } | undefined>
  /** True when the toolchain's own tool builds `request.rootfs` (kraft does): `locate` then returns it as the initrd. */
  buildsRootfs?(request: BuildRequest): boolean
  /** Finds the artifacts after the steps ran; a ConfigurationError naming what was expected otherwise. */
  locate(request: BuildRequest): Promise<BuildArtifacts>
  cache(request: Omit<BuildRequest, 'target'>): BuildCacheSpec
  bootHints(target: BuildTarget): BuildBootHints
}
