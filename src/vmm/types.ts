import type { Arm64Compression } from '../kernel/arm64-image.js'
import type { KernelFormat, KernelInfo } from '../kernel/format.js'
import type { Logger } from '../runtime/logger.js'
import type { Arch, BuildPlatform } from '../platform.js'
import type { ToolName } from '../tools/types.js'

/** `none`: the VMM neither emulates nor uses KVM (solo5-spt runs the guest as a sandboxed process). */
export type Accel = 'kvm' | 'tcg' | 'none'

/** A TCP forward from 127.0.0.1:host to the guest's port. */
export interface PortForward {
  host: number
  guest: number
}

/** QEMU's isa-debug-exit: the guest writes v, QEMU exits (v << 1) | 1. */
export interface ExitDevice {
  iobase: number
  iosize: number
}

/** `restricted`: user networking with no way out but the forwards; `open`: outbound allowed; `none`: no NIC. */
export type NetworkMode = 'restricted' | 'open' | 'none'

/**
 * A device the kernel declares (a Solo5 manifest entry) with what the boot attaches to it: a disk file
 * to a block device; to a net device, user networking where the VMM has it (`ports` and the mode go to
 * the first one) or the named tap device.
 */
export type AttachedDevice = { kind: 'block'; name: string; path: string } | { kind: 'net'; name: string; tap?: string; link?: TapLink }

/** The host-only link of a tap device the boot creates itself (and removes afterwards); absent on a tap the user names. */
export interface TapLink {
  hostAddress: string
  guestAddress: string
  prefixLength: number
}

/**
 * What a declared net device is attached to: `user-networking` — the VMM's own (QEMU's slirp: `ports`
 * and probes to 127.0.0.1 work); `tap` — a host tap device, named by the user (`net`) or created by the
 * boot when it can, reached at the guest's address on that link.
 */
export type NetBacking = 'user-networking' | 'tap'

/** Everything a driver needs to render its command line; resolved, validated, no defaults left. */
export interface BootSpec {
  kernel: string
  kernelInfo: KernelInfo
  initrd?: string
  /** Disks for a kernel that declares no devices; empty when `devices` is given. */
  disks: string[]
  /**
   * The kernel's declared devices, in its order, each with what is attached: the driver attaches exactly
   * these, by name, and nothing else (no default NIC). Undefined when the kernel declares none either way.
   */
  devices?: AttachedDevice[]
  cmdline?: string
  arch: Arch
  memoryMiB: number
  cpus: number
  accel: Accel
  ports: PortForward[]
  network: NetworkMode
  exitDevices: ExitDevice[]
  /** The guest ends through Arm semihosting's SYS_EXIT (arm64), its code becoming the VMM's status. */
  semihosting?: boolean
  /** The GIC version the guest drives on arm64; the VMM's default when undefined. */
  gicVersion?: GicVersion
  /**
   * For a disk without boot code of its own (a Nanos image on arm64): the kernel the VMM loads beside it,
   * the disk then attached as the kernel's block device.
   */
  diskKernel?: string
  /** Extra arguments appended verbatim, one argv element each. */
  extraArgs: string[]
  /** The VMM binary: explicit `vmm-path`, else the driver's default name looked up on PATH. */
  vmmBinary: string
  /** A private directory for the driver's files (sockets, configs). */
  workDir: string
}

/** A file the driver needs written before the VMM starts (Firecracker's config, for instance). */
export interface PlannedFile {
  path: string
  content: string
}

/** A control channel the VMM speaks on an inherited descriptor (QEMU's QMP monitor). */
export interface ControlChannel {
  protocol: 'qmp'
  /** The descriptor at which the VMM expects one end of a connected socket pair. */
  fd: number
  /** The VM starts paused and runs on the channel's resume command, sent with the handshake. */
  startsPaused: boolean
}

/** The rendered launch: pure data, so it can be unit-tested and printed. */
export interface LaunchPlan {
  command: string
  args: string[]
  files: PlannedFile[]
  control?: ControlChannel
  /** How this launch reports the guest's exit, when it differs from the driver's `exitChannel`. */
  exitChannel?: ExitChannel
}

/** How the VMM ended, as the boot engine saw it. */
export interface VmmExit {
  /** Process exit status, null when killed by a signal. */
  status: number | null
  signal: NodeJS.Signals | null
  /** QMP SHUTDOWN event reason (`guest-shutdown`, `guest-reset`, `host-signal`, …) when known. */
  shutdownReason?: string
  /** QMP GUEST_PANICKED seen (pvpanic). */
  guestPanicked?: boolean
}

/**
 * How a VMM uses hardware virtualisation: `optional` uses KVM when it really runs a vCPU and emulates
 * otherwise (TCG); `required` cannot boot without KVM (a configuration error, not a verdict); `none`
 * neither emulates nor uses KVM (a sandboxed process).
 */
export type Acceleration = 'optional' | 'required' | 'none'

/**
 * How the guest's exit code reaches the host: `debug-exit` — QEMU's isa-debug-exit, the guest writes v
 * and the VMM exits (v << 1) | 1, while 0 is a poweroff or a reset (the control channel tells them
 * apart); `process-status` — the VMM's own exit status is the guest's code; `none` — the VMM says only
 * that the guest stopped (status 0) or that it stopped it on a fault (another status, said on stderr),
 * never a code (Firecracker); `semihosting` — the guest's Arm semihosting SYS_EXIT, whose code becomes the
 * VMM's status, while a PSCI poweroff or reset also ends with 0 (the control channel tells them apart).
 */
export type ExitChannel = 'debug-exit' | 'process-status' | 'semihosting' | 'none'

/** The Arm Generic Interrupt Controller a guest is written for (Hermit drives GICv3 only; Nanos runs on GICv2). */
export type GicVersion = 2 | 3

/** A kernel file to make loadable, and where a converted copy may be written. */
export interface KernelToAdapt {
  path: string
  info: KernelInfo
  workDir: string
  /** The input the kernel came from, for error messages. */
  input: string
  logger: Logger
}

/**
 * One file per VMM implements this and adds one line to `drivers.ts`. Everything outside the driver
 * files asks these capabilities; nothing outside them compares a VMM's name.
 */
export interface VmmDriver {
  /** The `vmm` input's value; the key of its line in `drivers.ts`. */
  readonly name: string
  /** Default binary name per architecture, looked up on PATH. */
  binary(arch: Arch): string
  /** The `setup` tool that installs the binary (the install hint of a missing binary names it). */
  readonly setupTool: ToolName
  /** The OS package carrying `binary(arch)`, for VMMs that come from the OS (a foreign-architecture binary is not set up by `setup`). */
  osPackage?(arch: Arch): string
  /** The build target platform whose images this VMM boots, if any (the image descriptor's `vmm`). */
  readonly platform?: BuildPlatform
  readonly acceleration: Acceleration
  /** Can forward host TCP ports to the guest (QEMU user networking). */
  readonly supportsPorts: boolean
  /** What a net device the kernel declares is attached to. */
  readonly netBacking: NetBacking
  /** The tap that `vmm-args` already attach the declared net device `name` to, if they do (the boot then adds nothing for it). */
  tapInArgs?(args: readonly string[], name: string): string | undefined
  /** Kernel formats the VMM can boot. */
  readonly formats: readonly KernelFormat[]
  /** Compressed arm64 kernels the VMM unpacks itself; others are unpacked for it before the boot. */
  readonly unpacks: readonly Arm64Compression['kind'][]
  readonly exitChannel: ExitChannel
  /** With `vmm: auto` and no image descriptor: whether this VMM is the one a kernel was built for (a Solo5 ABI note). */
  claims?(kernel: KernelInfo): boolean
  /**
   * Converts a kernel its loader cannot take as it is (QEMU's Multiboot loader and a 64-bit ELF);
   * returns the path to boot, the kernel's own when nothing is needed. A ConfigurationError naming the
   * input for a kernel it cannot boot at all.
   */
  adaptKernel?(kernel: KernelToAdapt): Promise<string>
  /** Renders the launch; throws a ConfigurationError naming the input for anything it cannot do. */
  plan(spec: BootSpec): LaunchPlan
  /**
   * Recognises the VMM's own failure (bad argument, unloadable kernel) from its exit and stderr, so it
   * is reported as an error instead of being decoded as a guest exit code. Returns the message or undefined.
   */
  vmmFailure(exit: VmmExit, stderr: string): string | undefined
  /**
   * Proves KVM really runs a vCPU with this VMM: some hosts expose a /dev/kvm that opens but cannot
   * set up a vCPU (nested or paravirtual KVM). Returns why not, or undefined when it works.
   */
  checkKvm?(binary: string, arch: Arch): Promise<string | undefined>
}
