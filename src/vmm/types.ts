import type { KernelInfo } from '../kernel/format.js'

export const ARCHES = ['x86_64', 'arm64'] as const
export type Arch = (typeof ARCHES)[number]

/** This machine's architecture, when it is one we boot. */
export function hostArch(): Arch | undefined {
  if (process.arch === 'x64') return 'x86_64'
  if (process.arch === 'arm64') return 'arm64'
  return undefined
}

export const VMM_NAMES = ['qemu', 'solo5-spt', 'solo5-hvt', 'firecracker', 'uhyve'] as const
export type VmmName = (typeof VMM_NAMES)[number]

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

/** Everything a driver needs to render its command line; resolved, validated, no defaults left. */
export interface BootSpec {
  kernel: string
  kernelInfo: KernelInfo
  initrd?: string
  disks: string[]
  cmdline?: string
  arch: Arch
  memoryMiB: number
  cpus: number
  accel: Accel
  ports: PortForward[]
  network: NetworkMode
  exitDevices: ExitDevice[]
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

/** The rendered launch: pure data, so it can be unit-tested and printed. */
export interface LaunchPlan {
  command: string
  args: string[]
  files: PlannedFile[]
  /** QEMU only: the descriptor at which the VMM expects a connected socket to speak QMP on. */
  qmpFd?: number
  /** QEMU only: the VM starts paused (-S) and runs on QMP's `cont`. */
  startsPaused?: boolean
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

/** One file per VMM implements this and registers itself in `registry.ts`. */
export interface VmmDriver {
  readonly name: VmmName
  /** Default binary name per architecture, looked up on PATH. */
  binary(arch: Arch): string
  /** Needs /dev/kvm: without it, booting is a configuration error, not a result. */
  readonly requiresKvm: boolean
  /** Can forward host TCP ports to the guest (QEMU user networking). */
  readonly supportsPorts: boolean
  /** Kernel formats the VMM can boot. */
  readonly formats: readonly KernelInfo['format'][]
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
