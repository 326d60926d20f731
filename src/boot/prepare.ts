import { mkdtempSync, promises as fs } from 'node:fs'
import { join, resolve } from 'node:path'
import { unpackArm64Image } from '../kernel/arm64-image.js'
import { elf64ToElf32 } from '../kernel/elf32.js'
import { hasPvhNote } from '../kernel/elf.js'
import { inspectKernel, type KernelInfo } from '../kernel/format.js'
import type { UnikernelDescriptor } from '../oci/descriptor.js'
import { parseImageReference } from '../oci/reference.js'
import { ConfigurationError, errorMessage, inputError, isConfigurationError } from '../runtime/errors.js'
import type { JobState } from '../runtime/job-state.js'
import type { Logger } from '../runtime/logger.js'
import { parseMemoryMiB } from '../runtime/units.js'
import { findExecutable } from '../runtime/files.js'
import { compileRegex } from '../runtime/inputs.js'
import { detectToolchain, toolchainProfile } from '../toolchains/registry.js'
import { solo5AbiTarget } from '../toolchains/solo5.js'
import type { ToolchainName } from '../toolchains/types.js'
import { resolveAccel, type AccelRequest, type KvmProbe } from '../vmm/kvm.js'
import { QEMU_PACKAGES } from '../vmm/qemu.js'
import { vmmDriver } from '../vmm/registry.js'
import { hostArch, type Arch, type BootSpec, type NetworkMode, type PortForward, type VmmName } from '../vmm/types.js'
import type { BootRequest } from './engine.js'
import { resolveFreePorts } from './ports.js'
import { resolveProbeUrls } from './probe.js'

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
  vmmArgs: string[]
  network: NetworkMode
}

export const DEFAULT_MEMORY = '256M'
export const DEFAULT_CPUS = 1
export const DEFAULT_TIMEOUT_SECONDS = 60

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
}

/** Resolves every default (input → image descriptor → kernel → built-in) and renders nothing yet. */
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
    const { extractBootImage } = await import('../oci/image-boot.js')
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
  const disks = await Promise.all(options.disks.map((d) => existingFile(resolve(cwd, d), 'disk')))

  const toolchain: ToolchainName =
    options.toolchain !== 'auto'
      ? options.toolchain
      : ((descriptor?.toolchain as ToolchainName | undefined) ?? (kernelInfo.elf ? detectToolchain(kernelInfo.elf) : 'custom'))
  const profile = toolchainProfile(toolchain)
  const vmm = options.vmm !== 'auto' ? options.vmm : ((descriptor?.vmm as VmmName | undefined) ?? vmmForKernel(kernelInfo))
  const driver = vmmDriver(vmm)
  if (!driver.formats.includes(kernelInfo.format)) {
    throw inputError(kernelInput, `${kernelPath} is a ${kernelInfo.format} image, which ${vmm} cannot boot (it boots ${driver.formats.join(', ')})`)
  }
  const arch = options.arch ?? kernelInfo.arch ?? (descriptor?.arch as Arch | undefined) ?? hostArch() ?? 'x86_64'
  if (kernelInfo.arch && kernelInfo.arch !== arch) throw inputError('arch', `is ${arch}, but ${kernelPath} is an ${kernelInfo.arch} kernel`)

  const vmmBinary = await findVmm(options.vmmPath, driver.binary(arch), vmm, arch)
  const accel = await resolveAccel(options.accel, driver, context.kvm, logger, { binary: vmmBinary, arch, cacheDir: context.workRoot })
  const bootKernel = await loadableKernel(kernelPath, kernelInfo, vmm, workDir, logger, kernelInput)
  const memoryMiB = options.memory ? parseMemoryMiB('memory', options.memory) : parseMemoryMiB('memory', descriptor?.memory ?? DEFAULT_MEMORY)
  const ports = await resolveFreePorts(options.ports)
  if (ports.length && !driver.supportsPorts) throw inputError('ports', `${vmm} cannot forward ports (use vmm: qemu)`)

  const spec: BootSpec = {
    kernel: bootKernel,
    kernelInfo,
    initrd: initrdPath,
    disks,
    cmdline: options.cmdline ?? descriptor?.cmdline,
    arch,
    memoryMiB,
    cpus: options.cpus ?? descriptor?.cpus ?? DEFAULT_CPUS,
    accel,
    ports,
    network: options.network,
    exitDevices: profile.exitDevices(arch),
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
  return {
    request: {
      driver,
      spec,
      profile,
      expect,
      failOn,
      exitCode: options.exitCode,
      probes: resolveProbeUrls(options.probes, ports),
      probeExpect: options.probeExpect,
      timeoutMs: timeoutSeconds * 1000,
      keepRunning: options.keepRunning,
      consoleLog: join(workDir, 'console.log'),
      logger
    },
    toolchain,
    vmm,
    source,
    booted: { kernelPath, ...(bootedImage ? { image: bootedImage } : {}), ...(buildName ? { buildName } : {}) },
    workDir,
    descriptor
  }
}

/** No `vmm` and no descriptor: a Solo5 kernel says which tender it was built for; anything else is QEMU's. */
function vmmForKernel(info: KernelInfo): VmmName {
  const target = info.elf ? solo5AbiTarget(info.elf) : undefined
  if (target === 'hvt') return 'solo5-hvt'
  if (target === 'spt') return 'solo5-spt'
  return 'qemu'
}

/**
 * The file the VMM is given: the kernel itself, or what this VMM can load made from it — the Image
 * inside a compressed arm64 kernel (QEMU unpacks a gzipped one itself, Firecracker none, and an EFI
 * zboot one only firmware runs), or, since QEMU's Multiboot loader refuses a 64-bit ELF, an ELF32
 * re-wrap of one (a PVH note needs nothing: QEMU reads it from either class).
 */
async function loadableKernel(path: string, info: KernelInfo, vmm: VmmName, workDir: string, logger: Logger, input: string): Promise<string> {
  const compression = info.compression
  if (compression && (compression.kind === 'zboot' || vmm !== 'qemu')) {
    const image = join(workDir, 'Image')
    await fs.writeFile(image, unpackArm64Image(await fs.readFile(path), compression, path, input))
    const what = compression.kind === 'zboot' ? `an EFI zboot image (${compression.type})` : 'a gzipped arm64 Image'
    logger.info(`${path} is ${what}; ${vmm} boots the Image unpacked from it (${image})`)
    return image
  }
  const elf = info.elf
  if (vmm !== 'qemu' || !elf || elf.class !== 64 || info.arch !== 'x86_64') return path
  if (elf.multiboot && !elf.multiboot.aoutKludge) {
    const wrapped = join(workDir, 'kernel.elf32')
    try {
      await fs.writeFile(wrapped, elf64ToElf32(await fs.readFile(path), elf))
    } catch (error) {
      throw inputError('kernel', `${path} is a 64-bit Multiboot ELF that cannot be re-wrapped for QEMU: ${(error as Error).message}`)
    }
    logger.info(`${path} is a 64-bit Multiboot ELF; QEMU loads only 32-bit ones, so it boots from an ELF32 re-wrap`)
    return wrapped
  }
  if (elf.multiboot || hasPvhNote(elf)) return path
  throw inputError(
    'kernel',
    `${path} is a 64-bit ELF with neither a Multiboot header nor a PVH note, which QEMU cannot boot with -kernel ` +
      '(use a bzImage, a PVH kernel, or vmm: firecracker)'
  )
}

async function findVmm(explicit: string | undefined, binary: string, vmm: VmmName, arch: Arch): Promise<string> {
  if (explicit) {
    // A relative path is a file here, as a user writes it; a bare name is looked up on PATH.
    const path = findExecutable(explicit.includes('/') ? resolve(explicit) : explicit, process.env.PATH)
    if (!path) throw inputError('vmm-path', `${explicit} is not an executable file`)
    return path
  }
  const found = findExecutable(binary, process.env.PATH)
  if (found) return found
  // setup installs the QEMU of the runner's own architecture; a guest of another one needs its package.
  if (vmm === 'qemu' && arch !== hostArch()) {
    throw new ConfigurationError(
      `input \`vmm\`: qemu needs \`${binary}\` for an ${arch} guest, which is not on PATH; ` +
        `install the OS package ${QEMU_PACKAGES[arch]} (apt-get install ${QEMU_PACKAGES[arch]}) or give \`vmm-path\``
    )
  }
  throw new ConfigurationError(
    `input \`vmm\`: ${vmm} needs \`${binary}\`, which is not on PATH; ` +
      `install it (the setup action, tools: ${vmm.startsWith('solo5') ? 'solo5' : vmm}) or give \`vmm-path\``
  )
}

async function existingFile(path: string, input: string): Promise<string> {
  const info = await fs.stat(path).catch(() => undefined)
  if (!info?.isFile()) throw inputError(input, `${path} does not exist or is not a file`)
  return path
}
