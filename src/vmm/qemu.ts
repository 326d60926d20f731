import { execFile } from 'node:child_process'
import { promises as fs } from 'node:fs'
import { join } from 'node:path'
import { hasPvhNote } from '../kernel/elf.js'
import { elf64ToElf32 } from '../kernel/elf32.js'
import { isDisk } from '../kernel/format.js'
import type { Arch } from '../platform.js'
import { inputError } from '../runtime/errors.js'
import type { AttachedDevice, BootSpec, GicVersion, KernelToAdapt, LaunchPlan, VmmDriver, VmmExit } from './types.js'

/** The typed QEMU configuration; `renderQemuArgs` is the one place it becomes argv. */
export interface QemuConfig {
  machine: string
  /** The virt machine's `gic-version`; QEMU's default when undefined. */
  gicVersion?: GicVersion
  /** -semihosting: the guest may end through SYS_EXIT, its code becoming QEMU's status. */
  semihosting: boolean
  accel: 'kvm' | 'tcg'
  cpu: string
  memoryMiB: number
  cpus: number
  kernel?: string
  initrd?: string
  /**
   * Files placed in guest memory and named in the device tree's /chosen as multiboot modules (QEMU's
   * guest-loader), at these addresses: how an ELF kernel on the virt machine gets a second file.
   */
  modules: { path: string; addr: number }[]
  append?: string
  /**
   * `pciSlot`: placed there on bus 0 (a kernel's declared devices, matched to its manifest by PCI order); else QEMU picks.
   * `ownDevice`: a virtio-blk-pci device of its own, as ops attaches a Nanos disk, rather than `if=virtio`.
   */
  disks: { path: string; format: 'raw' | 'qcow2'; pciSlot?: number; ownDevice?: boolean }[]
  exitDevices: { iobase: number; iosize: number }[]
  /** User-networking NICs; host forwards go to the first. */
  nics: { restrict: boolean; forwards: { host: number; guest: number }[]; device: string; pciSlot?: number }[]
  /** The descriptor QEMU inherits one end of a connected socket pair on, and speaks QMP over. */
  qmpFd: number
  /** -S: the VM waits for QMP's `cont`, which the engine sends with the handshake. */
  startPaused: boolean
  extraArgs: string[]
}

/** QMP's descriptor in QEMU: the first after stdin, stdout (the console) and stderr. */
export const QMP_FD = 3

const MACHINE: Record<Arch, string> = { x86_64: 'q35', arm64: 'virt' }

export const QEMU_BINARIES: Record<Arch, string> = { x86_64: 'qemu-system-x86_64', arm64: 'qemu-system-aarch64' }

/** The Debian and Ubuntu packages of each QEMU; qemu-system-arm carries qemu-system-aarch64. */
export const QEMU_PACKAGES: Record<Arch, string> = { x86_64: 'qemu-system-x86', arm64: 'qemu-system-arm' }

/**
 * q35's bus 0 has its host bridge at slot 0 and the LPC/SATA/SMBus functions at 0x1f. Solo5's virtio
 * binding scans function 0 of each slot, bus by bus, and matches the n-th virtio device it finds to the
 * n-th entry of its manifest (bindings/virtio/pci.c), so declared devices sit at slots 1, 2, … in order.
 */
const FIRST_DEVICE_SLOT = 1
const LAST_DEVICE_SLOT = 0x1e

/** The kernel's declared devices as PCI devices in its order: virtio-blk for a block device, a user-networking virtio-net for a net device. */
function declaredDeviceConfig(spec: BootSpec, devices: AttachedDevice[]): Pick<QemuConfig, 'disks' | 'nics'> {
  const room = LAST_DEVICE_SLOT - FIRST_DEVICE_SLOT + 1
  if (devices.length > room) {
    throw inputError(
      devices.some((d) => d.kind === 'block') ? 'disk' : 'network',
      `${spec.kernel} declares ${devices.length} devices; QEMU's q35 machine has room for ${room} PCI devices where ` +
        `a Solo5 virtio kernel looks for them (boot it with solo5-hvt or solo5-spt)`
    )
  }
  const disks: QemuConfig['disks'] = []
  const nics: QemuConfig['nics'] = []
  devices.forEach((device, index) => {
    const pciSlot = FIRST_DEVICE_SLOT + index
    if (device.kind === 'block') disks.push({ path: device.path, format: diskFormatOf(device.path), pciSlot })
    else nics.push({ restrict: spec.network !== 'open', forwards: nics.length === 0 ? spec.ports : [], device: 'virtio-net-pci', pciSlot })
  })
  return { disks, nics }
}

/**
 * Where a module goes on the virt machine: RAM starts at 1 GiB, and hermit-os/loader's documented
 * command line puts the application 128 MiB above it (`guest-loader,addr=0x48000000`, README, xtask/src/ci/qemu.rs).
 */
const VIRT_MODULE_ADDR = 0x48000000

export function qemuConfig(spec: BootSpec): QemuConfig {
  const disk = isDisk(spec.kernelInfo)
  // A disk without boot code (Nanos on arm64) boots with its kernel beside it, and is that kernel's block device.
  const bootDisk = disk
    ? [{ path: spec.kernel, format: spec.kernelInfo.format === 'qcow2' ? 'qcow2' : 'raw', ownDevice: spec.diskKernel !== undefined } as const]
    : []
  const disks = [...bootDisk, ...spec.disks.map((path) => ({ path, format: diskFormatOf(path) }) as const)]
  if (disk && (spec.initrd || spec.cmdline)) {
    throw inputError(
      spec.initrd ? 'initrd' : 'cmdline',
      `${spec.kernel} is a disk image booted by ${spec.diskKernel ? 'the kernel beside it' : 'firmware'}; ` +
        `it takes no ${spec.initrd ? 'initrd' : 'command line'}`
    )
  }
  // On the virt machine QEMU hands -initrd only to a Linux kernel (an arm64 Image); an ELF kernel (Hermit's
  // loader) finds its second file as a multiboot module in the device tree.
  const initrdAsModule = spec.initrd !== undefined && spec.arch === 'arm64' && spec.kernelInfo.format === 'elf'
  return {
    machine: MACHINE[spec.arch],
    ...(spec.arch === 'arm64' && spec.gicVersion ? { gicVersion: spec.gicVersion } : {}),
    semihosting: spec.arch === 'arm64' && spec.semihosting === true,
    accel: spec.accel === 'kvm' ? 'kvm' : 'tcg',
    cpu: spec.accel === 'kvm' ? 'host' : 'max',
    memoryMiB: spec.memoryMiB,
    cpus: spec.cpus,
    kernel: disk ? spec.diskKernel : spec.kernel,
    initrd: initrdAsModule ? undefined : spec.initrd,
    modules: initrdAsModule ? [{ path: spec.initrd!, addr: VIRT_MODULE_ADDR }] : [],
    append: spec.cmdline,
    ...(spec.devices
      ? declaredDeviceConfig(spec, spec.devices)
      : {
          disks,
          nics: spec.network === 'none' ? [] : [{ restrict: spec.network === 'restricted', forwards: spec.ports, device: 'virtio-net-pci' }]
        }),
    // isa-debug-exit is an ISA device: x86 only.
    exitDevices: spec.arch === 'x86_64' ? spec.exitDevices : [],
    qmpFd: QMP_FD,
    startPaused: true,
    extraArgs: spec.extraArgs
  }
}

/** Extension decides only for attached data disks; the boot disk's format comes from its magic bytes. */
function diskFormatOf(path: string): 'raw' | 'qcow2' {
  return path.endsWith('.qcow2') ? 'qcow2' : 'raw'
}

export function renderQemuArgs(config: QemuConfig): string[] {
  const args = ['-nodefaults', '-no-user-config', '-display', 'none', '-no-reboot']
  args.push('-machine', config.gicVersion ? `${config.machine},gic-version=${config.gicVersion}` : config.machine, '-accel', config.accel, '-cpu', config.cpu)
  args.push('-m', `${config.memoryMiB}M`, '-smp', String(config.cpus))
  // Serial on stdout (a pipe the boot drains); `signal=off` so a ^C meant for us is not eaten by the chardev.
  args.push('-chardev', 'stdio,id=console,signal=off', '-serial', 'chardev:console')
  // QMP on a socket that is connected before QEMU starts (it inherits one end), and no socket file
  // (whose path a deep work directory could push past the 108-byte limit). The VM starts paused (-S):
  // QEMU sends events only after the capabilities handshake, and a guest that resets within its first
  // milliseconds would otherwise do so unseen. The engine writes the handshake and `cont` at once.
  args.push('-chardev', `socket,id=qmp,fd=${config.qmpFd}`, '-mon', 'chardev=qmp,mode=control')
  if (config.startPaused) args.push('-S')
  if (config.semihosting) args.push('-semihosting')
  for (const device of config.exitDevices) {
    args.push('-device', `isa-debug-exit,iobase=0x${device.iobase.toString(16)},iosize=0x${device.iosize.toString(16).padStart(2, '0')}`)
  }
  if (config.kernel) args.push('-kernel', config.kernel)
  if (config.initrd) args.push('-initrd', config.initrd)
  for (const module of config.modules) args.push('-device', `guest-loader,addr=0x${module.addr.toString(16)},initrd=${escapeOption(module.path)}`)
  if (config.append !== undefined && config.append !== '') args.push('-append', config.append)
  config.disks.forEach((disk, index) => {
    const file = `file=${escapeOption(disk.path)}`
    if (disk.pciSlot === undefined && !disk.ownDevice) {
      args.push('-drive', `${file},if=virtio,format=${disk.format},index=${index}${index === 0 && !config.kernel ? ',media=disk' : ''}`)
    } else {
      args.push('-drive', `${file},if=none,id=disk${index},format=${disk.format}`)
      args.push('-device', `virtio-blk-pci,drive=disk${index}${disk.pciSlot === undefined ? '' : `,addr=${pciAddr(disk.pciSlot)}`}`)
    }
  })
  config.nics.forEach((nic, index) => {
    const forwards = nic.forwards.map((f) => `,hostfwd=tcp:127.0.0.1:${f.host}-:${f.guest}`).join('')
    args.push('-netdev', `user,id=net${index}${nic.restrict ? ',restrict=on' : ''}${forwards}`)
    // romfile= : no PXE option ROM (distributions ship it in a separate, often absent package; -kernel needs none).
    args.push('-device', `${nic.device},netdev=net${index},romfile=${nic.pciSlot === undefined ? '' : `,addr=${pciAddr(nic.pciSlot)}`}`)
  })
  args.push(...config.extraArgs)
  return args
}

function pciAddr(slot: number): string {
  return `0x${slot.toString(16)}`
}

/** QEMU option values escape a comma by doubling it. */
function escapeOption(value: string): string {
  return value.replaceAll(',', ',,')
}

/**
 * QEMU's Multiboot loader refuses a 64-bit ELF, so a 64-bit Multiboot kernel boots from an ELF32
 * re-wrap of it; a PVH note needs nothing (QEMU reads it from either class); a 64-bit ELF with neither
 * cannot be booted with -kernel at all.
 */
async function adaptQemuKernel({ path, info, workDir, input, logger }: KernelToAdapt): Promise<string> {
  const elf = info.elf
  if (!elf || elf.class !== 64 || info.arch !== 'x86_64') return path
  if (elf.multiboot && !elf.multiboot.aoutKludge) {
    const wrapped = join(workDir, 'kernel.elf32')
    try {
      await fs.writeFile(wrapped, elf64ToElf32(await fs.readFile(path), elf))
    } catch (error) {
      throw inputError(input, `${path} is a 64-bit Multiboot ELF that cannot be re-wrapped for QEMU: ${(error as Error).message}`)
    }
    logger.info(`${path} is a 64-bit Multiboot ELF; QEMU loads only 32-bit ones, so it boots from an ELF32 re-wrap`)
    return wrapped
  }
  if (elf.multiboot || hasPvhNote(elf)) return path
  throw inputError(
    input,
    `${path} is a 64-bit ELF with neither a Multiboot header nor a PVH note, which QEMU cannot boot with -kernel ` +
      `(use a bzImage, a PVH kernel, or vmm: firecracker)`
  )
}

export const qemu: VmmDriver = {
  name: 'qemu',
  binary: (arch) => QEMU_BINARIES[arch],
  setupTool: 'qemu',
  osPackage: (arch) => QEMU_PACKAGES[arch],
  platform: 'qemu',
  acceleration: 'optional',
  supportsPorts: true,
  netBacking: 'user-networking',
  formats: ['elf', 'bzimage', 'arm64-image', 'mbr', 'qcow2'],
  // The virt machine inflates a gzipped Image itself; an EFI zboot one only firmware would run.
  unpacks: ['gzip'],
  exitChannel: 'debug-exit',
  adaptKernel: adaptQemuKernel,
  plan(spec: BootSpec): LaunchPlan {
    const config = qemuConfig(spec)
    return {
      command: spec.vmmBinary,
      args: renderQemuArgs(config),
      files: [],
      control: { protocol: 'qmp', fd: config.qmpFd, startsPaused: config.startPaused },
      ...(config.semihosting ? { exitChannel: 'semihosting' as const } : {})
    }
  },
  vmmFailure(exit: VmmExit, stderr: string): string | undefined {
    // The guest's own exits carry no stderr line from QEMU; QEMU's refusals always do.
    if (exit.status === null || (exit.status === 0 && !stderr)) return undefined
    const line = stderr
      .split('\n')
      .map((l) => l.trim())
      .find(
        (l) =>
          /^qemu-system-[\w-]+: /.test(l) && !/: warning: |terminating on signal|falling back to tcg|Could not access KVM|failed to initialize kvm/i.test(l)
      )
    return line
  },
  checkKvm(binary: string, arch: Arch): Promise<string | undefined> {
    // -S creates and resets the vCPU without running it: where KVM cannot set a vCPU up, QEMU aborts here.
    const args = ['-machine', MACHINE[arch], '-accel', 'kvm', '-cpu', 'host', '-nodefaults', '-no-user-config', '-display', 'none', '-S', '-qmp', 'stdio']
    return new Promise((resolve) => {
      const child = execFile(binary, args, { timeout: 10000 }, (error, _stdout, stderr) => {
        if (!error) return resolve(undefined)
        const reason = stderr.split('\n').find((l) => l.trim()) ?? error.message
        resolve(reason.trim())
      })
      // A binary that exits without reading its stdin (not a QEMU at all) must not crash us with EPIPE.
      child.stdin?.on('error', () => undefined)
      child.stdin?.end('{"execute":"qmp_capabilities"}\n{"execute":"quit"}\n')
    })
  }
}
