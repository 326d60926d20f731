import { mkdtempSync, promises as fs } from 'node:fs'
import { join, resolve } from 'node:path'
import { unpackArm64Image } from '../kernel/arm64-image.js'
import { inspectKernel, isDisk, type KernelInfo } from '../kernel/format.js'
import type { UnikernelDescriptor } from '../oci/unikernel-descriptor.js'
import { parseImageReference } from '../oci/reference.js'
import { ConfigurationError, errorMessage, inputError, isConfigurationError } from '../runtime/errors.js'
import type { JobState } from '../runtime/job-state.js'
import type { Logger } from '../runtime/logger.js'
import { hostMemoryMiB, parseGuestMemoryMiB, parseMemoryMiB } from '../runtime/units.js'
import { findExecutable } from '../runtime/files.js'
import { compileRegex } from '../runtime/inputs.js'
import { detectToolchain, toolchainProfile } from '../toolchains/catalog.js'
import type { ToolchainName } from '../toolchains/types.js'
import { resolveAccel, type AccelRequest, type KvmProbe } from '../vmm/kvm.js'
import { vmmDriver, vmmForKernel, type VmmName } from '../vmm/drivers.js'
import type { AttachedDevice, BootSpec, NetworkMode, PortForward, VmmDriver } from '../vmm/types.js'
import { hostArch, type Arch } from '../platform.js'
import type { BootRequest } from './engine.js'
import { attachDeclaredDevices, describeAttachment, parseDiskItem, parseNetItem } from './devices.js'
import { createdTaps, HOST_TAPS, type TapHost, type TapPrivilege } from './taps.js'
import { resolveFreePorts } from './ports.js'
import { checkProbeHosts, riskyVmmArgs } from './network-guard.js'
import { resolveProbeUrls, type ProbeTarget } from './probe.js'

/** The boot inputs, parsed and validated but not yet resolved against the kernel or the job. */
export interface BootOptions {
  kernel?: string
  image?: string
  initrd?: string
  disks: string[]
  toolchain: 'auto' | ToolchainName
  vmm: 'auto' | VmmName
  vmmPath?: string
  arch?: Arch
  accel: AccelRequest
  memory?: string
  cpus?: number
  cmdline?: string
  expect: RegExp[]
  failOn: RegExp[]
  exitCode?: number
  ports: PortForward[]
  probes: string[]
  probeExpect?: RegExp
  timeoutSeconds?: number
  keepRunning: boolean
  /** Bytes of console the log file takes (`log-limit`). */
  logLimit?: number
  vmmArgs: string[]
  network: NetworkMode
  /** `net` items: `NAME=TAP`. */
  nets: string[]
}

export const DEFAULT_MEMORY = '256M'
export const DEFAULT_CPUS = 1
export const DEFAULT_TIMEOUT_SECONDS = 60
export const DEFAULT_LOG_LIMIT = 64 * 1024 * 1024

export interface PreparedBoot {
  request: BootRequest
  toolchain: ToolchainName
  vmm: VmmName
  /** Where the kernel came from, for the log and the summary. */
  source: string
  /** What was booted, as named before any unpacking or re-wrapping (the PR report measures and names it). */
  booted: BootedArtifact
  workDir: string
  descriptor?: UnikernelDescriptor
  /** How the taps in `request.spec.devices` that the boot creates are created and removed (root or sudo). */
  tapPrivilege?: TapPrivilege
}

export interface BootedArtifact {
  /** The kernel file as given, or as extracted from the image. */
  kernelPath: string
  /** The image booted: its reference as given, the layout it was read from (a pulled copy for a registry image), the manifest chosen. */
  image?: { reference: string; layoutDir: string; manifestDigest: string }
  /** The image name the job's build gave it, when the boot took the job's last build. */
  buildName?: string
}

export interface PrepareContext {
  logger: Logger
  jobState: JobState
  workRoot: string
  kvm: KvmProbe
  cwd?: string
  env?: NodeJS.ProcessEnv
  /** Whether and how tap devices can be created here (the host's by default). */
  taps?: TapHost
}

/** Resolves every default (input → image descriptor → kernel → built-in) and renders nothing yet. */
/** The image's own memory size, when `memory` is not given: bounded by the host's like the input's, with the way out named. */
function descriptorMemoryMiB(value: string): number {
  const mib = parseMemoryMiB('memory', value)
  const host = hostMemoryMiB()
  if (mib > host)
    throw inputError('memory', `not given, and the image asks for ${value}, more than this host's memory (${host} MiB); give \`memory\` to boot it with less`)
  return mib
}

export async function prepareBoot(options: BootOptions, context: PrepareContext): Promise<PreparedBoot> {
  const { logger } = context
  const cwd = context.cwd ?? process.cwd()
  const workDir = mkdtempSync(join(context.workRoot, 'boot-'))

  // Where the kernel comes from: `kernel`, else `image`, else the job's last build.
  let kernel = options.kernel
  let image = options.image
  let initrd = options.initrd
  let source: string
  let buildName: string | undefined
  if (kernel && image) throw inputError('image', 'give either `kernel` or `image`, not both')
  if (!kernel && !image) {
    const build = context.jobState.read().build
    kernel = build?.kernel
    image = kernel ? undefined : build?.image
    initrd ??= kernel ? build?.initrd : undefined
    if (!kernel && !image) throw inputError('kernel', 'is required: no build ran earlier in this job; give `kernel` (a path) or `image` (oci:<dir>:<tag>)')
    source = `the job's last build (${kernel ?? image})`
    buildName = build?.name
  } else {
    source = kernel ? `kernel ${kernel}` : `image ${image}`
  }

  let descriptor: UnikernelDescriptor | undefined
  let bootedImage: BootedArtifact['image']
  if (image) {
    let ref = parseImageReference('image', image)
    if (ref.kind === 'registry') {
      // A published image ("does the release still boot?"): pulled into a private layout first.
      const { defaultCredentials, pullToLayout } = await import('../registry/index.js')
      const credentials = await defaultCredentials(ref.registry, context.env ?? process.env)
      const pulled = await pullToLayout(ref, credentials, join(workDir, 'pulled'), options.arch, { input: 'image', logger }).catch((error: unknown) => {
        throw isConfigurationError(error) ? error : inputError('image', `cannot pull ${image}: ${errorMessage(error)}`)
      })
      logger.info(`Pulled ${image} (${pulled.manifestDigest}) into ${pulled.dir}`)
      ref = { kind: 'layout', dir: pulled.dir, tag: pulled.tag }
    }
    // Loaded only for images: the tar and gzip code stays out of a plain kernel boot's start-up.
    const { extractBootImage } = await import('../oci/image-extract.js')
    const layoutDir = resolve(cwd, ref.dir)
    const extracted = await extractBootImage('image', { ...ref, dir: layoutDir }, options.arch, join(workDir, 'image'))
    bootedImage = { reference: image, layoutDir, manifestDigest: extracted.manifestDigest }
    kernel = extracted.kernel
    initrd ??= extracted.initrd
    descriptor = extracted.descriptor
  }
  const kernelPath = resolve(cwd, kernel!)
  const kernelInput = options.kernel ? 'kernel' : 'image'
  const kernelInfo = await inspectKernel(kernelPath, kernelInput)
  const initrdPath = initrd ? await existingFile(resolve(cwd, initrd), 'initrd') : undefined
  const declared = kernelInfo.devices
  // `NAME=path` binds a device the kernel declares; a kernel that declares none takes plain paths.
  const diskItems = await Promise.all(
    options.disks
      .map((item) => (declared ? parseDiskItem(item) : { path: item }))
      .map(async (item) => ({ ...item, path: await existingFile(resolve(cwd, item.path), 'disk') }))
  )

  const toolchain: ToolchainName =
    options.toolchain !== 'auto'
      ? options.toolchain
      : ((descriptor?.toolchain as ToolchainName | undefined) ?? (kernelInfo.elf ? detectToolchain(kernelInfo.elf) : 'custom'))
  const profile = toolchainProfile(toolchain)
  const vmm = options.vmm !== 'auto' ? options.vmm : (descriptor?.vmm ?? vmmForKernel(kernelInfo))
  const driver = vmmDriver(vmm)
  if (!driver.formats.includes(kernelInfo.format)) {
    throw inputError(kernelInput, `${kernelPath} is a ${kernelInfo.format} image, which ${vmm} cannot boot (it boots ${driver.formats.join(', ')})`)
  }
  const arch = options.arch ?? kernelInfo.arch ?? (descriptor?.arch as Arch | undefined) ?? hostArch() ?? 'x86_64'
  if (kernelInfo.arch && kernelInfo.arch !== arch) throw inputError('arch', `is ${arch}, but ${kernelPath} is an ${kernelInfo.arch} kernel`)

  const vmmBinary = await findVmm(options.vmmPath, driver, arch)
  const accel = await resolveAccel(options.accel, driver, context.kvm, logger, { binary: vmmBinary, arch, cacheDir: context.workRoot })
  const bootKernel = await loadableKernel(kernelPath, kernelInfo, driver, workDir, logger, kernelInput)
  const memoryMiB = options.memory ? parseGuestMemoryMiB('memory', options.memory) : descriptorMemoryMiB(descriptor?.memory ?? DEFAULT_MEMORY)
  const ports = await resolveFreePorts(options.ports)
  if (ports.length && !driver.supportsPorts) throw inputError('ports', `${vmm} cannot forward ports (use vmm: qemu)`)
  const netItems = options.nets.map(parseNetItem)
  if (netItems.length && !declared) throw inputError('net', `${kernelPath} declares no devices (no Solo5 manifest), so \`net\` has nothing to attach`)
  const needsTaps = driver.netBacking === 'tap' && (declared ?? []).some((d) => d.kind === 'net')
  const tapPrivilege = needsTaps ? await (context.taps ?? HOST_TAPS).privilege() : undefined
  const devices = declared
    ? attachDeclaredDevices({
        kernel: kernelPath,
        declared,
        disks: diskItems,
        network: options.network,
        hasPorts: ports.length > 0,
        hasProbes: options.probes.length > 0,
        nets: netItems,
        vmm,
        netBacking: driver.netBacking,
        tapInArgs: (name) => driver.tapInArgs?.(options.vmmArgs, name),
        canCreateTaps: tapPrivilege !== undefined
      })
    : undefined
  // A disk without boot code of its own (Nanos on arm64) boots with the toolchain's kernel beside it.
  const diskKernel = isDisk(kernelInfo) ? profile.diskKernel?.({ path: kernelPath, arch, env: context.env ?? process.env, input: kernelInput }) : undefined
  const probes = resolveProbeUrls(options.probes, ports)
  if (devices && driver.netBacking === 'tap') checkTapProbes(probes, devices, options.network)
  else
    checkProbeHosts(
      probes,
      ports,
      createdTaps(devices).map(({ link }) => link.guestAddress),
      options.network
    )
  if (options.network === 'restricted') {
    for (const arg of riskyVmmArgs(options.vmmArgs))
      logger.warning(`vmm-args: \`${arg}\` adds a NIC or a listener that network: restricted does not cover; it is passed on as given`)
  }

  const spec: BootSpec = {
    kernel: bootKernel,
    kernelInfo,
    initrd: initrdPath,
    disks: devices ? [] : diskItems.map((d) => d.path),
    ...(devices ? { devices } : {}),
    cmdline: options.cmdline ?? descriptor?.cmdline,
    arch,
    memoryMiB,
    cpus: options.cpus ?? descriptor?.cpus ?? DEFAULT_CPUS,
    accel,
    ports,
    network: options.network,
    exitDevices: profile.exitDevices(arch),
    ...(arch === 'arm64' && profile.armSemihosting ? { semihosting: true } : {}),
    ...(arch === 'arm64' && profile.armGic ? { gicVersion: profile.armGic } : {}),
    ...(diskKernel ? { diskKernel } : {}),
    extraArgs: options.vmmArgs,
    vmmBinary,
    workDir
  }
  const expect = options.expect.length ? options.expect : (descriptor?.expect ?? []).map((p) => compileRegex('expect', p))
  const failOn = [...profile.failOn, ...(descriptor?.failOn ?? []).map((p) => compileRegex('fail-on', p)), ...options.failOn]
  const timeoutSeconds = options.timeoutSeconds ?? descriptor?.timeout ?? DEFAULT_TIMEOUT_SECONDS

  logger.info(
    `Booting ${source}: ${kernelInfo.format}${kernelInfo.elf ? ` (ELF${kernelInfo.elf.class})` : ''}, toolchain ${toolchain}, vmm ${vmm}, ${arch}, ` +
      `accel ${accel}, ${memoryMiB} MiB, ${spec.cpus} vCPU, timeout ${timeoutSeconds} s`
  )
  if (diskKernel) logger.info(`${kernelPath} has no boot code of its own: it boots as the block device of ${diskKernel}, given to ${vmm} as the kernel`)
  if (devices) {
    logger.info(
      devices.length
        ? `The kernel declares ${devices.length} device${devices.length > 1 ? 's' : ''}: ${devices.map(describeAttachment).join(', ')}`
        : 'The kernel declares no devices: none attached'
    )
  }
  return {
    request: {
      driver,
      spec,
      profile,
      expect,
      failOn,
      exitCode: options.exitCode,
      probes,
      probeExpect: options.probeExpect,
      timeoutMs: timeoutSeconds * 1000,
      keepRunning: options.keepRunning,
      consoleLog: join(workDir, 'console.log'),
      consoleLogLimit: options.logLimit ?? DEFAULT_LOG_LIMIT,
      logger
    },
    toolchain,
    vmm,
    source,
    booted: { kernelPath, ...(bootedImage ? { image: bootedImage } : {}), ...(buildName ? { buildName } : {}) },
    workDir,
    descriptor,
    ...(createdTaps(devices).length ? { tapPrivilege } : {})
  }
}

/**
 * A tap guest is probed at its address on a tap link the boot created, and nowhere else: under
 * `network: restricted` a probe naming any other host (a tap the user made, 127.0.0.1) is refused,
 * because nothing says what it would reach. Under `open` the user's URL is taken as it is.
 */
function checkTapProbes(probes: readonly ProbeTarget[], devices: readonly AttachedDevice[], network: NetworkMode): void {
  if (network !== 'restricted') return
  const guests = createdTaps(devices).map(({ link }) => link.guestAddress)
  for (const probe of probes) {
    if (guests.includes(probe.url.hostname)) continue
    throw inputError(
      'probe',
      `\`${probe.original}\`: under network: restricted a tap guest is probed only at its address on a tap link this step creates ` +
        (guests.length ? `(${guests.join(', ')})` : '(none is created: every net device is attached to a tap you named)') +
        '; set network: open to probe another address'
    )
  }
}

/**
 * The file the VMM is given: the kernel itself, or what this VMM can load made from it — the Image
 * inside a compressed arm64 kernel the VMM does not unpack itself, then whatever conversion the
 * driver's loader needs (`adaptKernel`).
 */
async function loadableKernel(path: string, info: KernelInfo, driver: VmmDriver, workDir: string, logger: Logger, input: string): Promise<string> {
  const compression = info.compression
  if (compression && !driver.unpacks.includes(compression.kind)) {
    const image = join(workDir, 'Image')
    await fs.writeFile(image, unpackArm64Image(await fs.readFile(path), compression, path, input))
    const what = compression.kind === 'zboot' ? `an EFI zboot image (${compression.type})` : 'a gzipped arm64 Image'
    logger.info(`${path} is ${what}; ${driver.name} boots the Image unpacked from it (${image})`)
    return image
  }
  return driver.adaptKernel ? driver.adaptKernel({ path, info, workDir, input, logger }) : path
}

async function findVmm(explicit: string | undefined, driver: VmmDriver, arch: Arch): Promise<string> {
  if (explicit) {
    // A relative path is a file here, as a user writes it; a bare name is looked up on PATH.
    const path = findExecutable(explicit.includes('/') ? resolve(explicit) : explicit, process.env.PATH)
    if (!path) throw inputError('vmm-path', `${explicit} is not an executable file`)
    return path
  }
  const binary = driver.binary(arch)
  const found = findExecutable(binary, process.env.PATH)
  if (found) return found
  // setup installs the runner's own architecture's binary; another architecture's comes from its OS package.
  const osPackage = driver.osPackage?.(arch)
  if (osPackage && arch !== hostArch()) {
    throw new ConfigurationError(
      `input \`vmm\`: ${driver.name} needs \`${binary}\` for an ${arch} guest, which is not on PATH; ` +
        `install the OS package ${osPackage} (apt-get install ${osPackage}) or give \`vmm-path\``
    )
  }
  throw new ConfigurationError(
    `input \`vmm\`: ${driver.name} needs \`${binary}\`, which is not on PATH; install it (the setup action, tools: ${driver.setupTool}) or give \`vmm-path\``
  )
}

async function existingFile(path: string, input: string): Promise<string> {
  const info = await fs.stat(path).catch(() => undefined)
  if (!info?.isFile()) throw inputError(input, `${path} does not exist or is not a file`)
  return path
}
