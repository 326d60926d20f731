/**
 * The exit decoding every toolchain shares, so each profile states only what is its own: which QEMU
 * statuses mean something special to it. Facts: research-toolchains.md §0.2, research-cache-kvm.md §4.1.
 */
import type { ExitChannel, ExitDevice, VmmExit } from '../vmm/types.js'
import type { Arch } from '../platform.js'
import type { DecodedExit, ExitContext } from './types.js'

/** Plain `-device isa-debug-exit`: Unikraft, Solo5 virtio and Nanos write here. */
export const DEBUG_EXIT_0X501: ExitDevice = { iobase: 0x501, iosize: 2 }
/** Hermit's device (hermit-os/loader README: `iobase=0xf4,iosize=0x04`). */
export const DEBUG_EXIT_0XF4: ExitDevice = { iobase: 0xf4, iosize: 4 }

/** A QEMU status (or process status) with a meaning of its own for one toolchain. */
export type StatusRule = DecodedExit | ((context: ExitContext) => DecodedExit)
export type StatusRules = Readonly<Record<number, StatusRule>>

export function exited(code: number): DecodedExit {
  return { kind: 'exited', code }
}

export function crashed(reason: string): DecodedExit {
  return { kind: 'crashed', reason }
}

/** isa-debug-exit lives on the x86 I/O port space only. */
export function x86ExitDevices(arch: Arch, devices: ExitDevice[]): ExitDevice[] {
  return arch === 'x86_64' ? devices : []
}

/** The ends that mean a crash whatever the toolchain: the VMM died on a signal, or pvpanic fired. */
export function abnormalEnd(exit: VmmExit): DecodedExit | undefined {
  if (exit.signal !== null || exit.status === null) return crashed(`the VMM was killed by ${exit.signal ?? 'a signal'}`)
  if (exit.guestPanicked) return crashed('the guest panicked (pvpanic GUEST_PANICKED)')
  return undefined
}

function applyRule(rule: StatusRule, context: ExitContext): DecodedExit {
  return typeof rule === 'function' ? rule(context) : rule
}

/** What every channel decodes alike: an abnormal end, then the toolchain's own rule for the status; otherwise the status, for the channel to decode. */
function ruledEnd(context: ExitContext, rules: StatusRules): DecodedExit | number {
  const abnormal = abnormalEnd(context.exit)
  if (abnormal) return abnormal
  const status = context.exit.status as number
  const rule = rules[status]
  return rule ? applyRule(rule, context) : status
}

/**
 * QEMU with isa-debug-exit: v written → status (v << 1) | 1. Status 0 is a poweroff, or a triple fault
 * under -no-reboot, which only QMP's SHUTDOWN reason (`guest-reset`) tells apart.
 */
export function decodeDebugExitStatus(context: ExitContext, rules: StatusRules = {}): DecodedExit {
  const status = ruledEnd(context, rules)
  if (typeof status !== 'number') return status
  if (status === 0) {
    return context.exit.shutdownReason === 'guest-reset' ? crashed('the guest reset itself (triple fault) under -no-reboot') : exited(0)
  }
  if (status % 2 === 1) return exited(status >> 1)
  return crashed(`QEMU exited with status ${status}, which no isa-debug-exit write produces`)
}

/** Tenders, Firecracker and uhyve: the process status is the guest's code. */
export function decodeProcessStatus(context: ExitContext, rules: StatusRules = {}): DecodedExit {
  const status = ruledEnd(context, rules)
  return typeof status === 'number' ? exited(status) : status
}

/**
 * A VMM without an exit-code channel: status 0 is a guest that stopped (poweroff, reset), any other a
 * guest the VMM stopped on a fault, which its last stderr line names.
 */
export function decodeStoppedStatus(context: ExitContext): DecodedExit {
  const abnormal = abnormalEnd(context.exit)
  if (abnormal) return abnormal
  if (context.exit.status === 0) return { kind: 'stopped' }
  const said = context.stderr
    ?.split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .pop()
  return crashed(`the VMM stopped the guest with status ${context.exit.status}${said ? `: ${said}` : ''}`)
}

/**
 * Arm semihosting: SYS_EXIT's code is QEMU's status. Status 0 is also a PSCI poweroff, or a PSCI reset
 * under -no-reboot, which only QMP's SHUTDOWN reason (`guest-reset`) tells apart.
 */
export function decodeSemihostingStatus(context: ExitContext, rules: StatusRules = {}): DecodedExit {
  const status = ruledEnd(context, rules)
  if (typeof status !== 'number') return status
  if (status === 0 && context.exit.shutdownReason === 'guest-reset') return crashed('the guest reset itself under -no-reboot')
  return exited(status)
}

/** A toolchain's status rules per exit channel, decoded the way the VMM's channel reports exits. */
export function decodeByChannel(context: ExitContext, rules: Partial<Record<ExitChannel, StatusRules>>): DecodedExit {
  const channelRules = rules[context.channel] ?? {}
  if (context.channel === 'none') return decodeStoppedStatus(context)
  if (context.channel === 'semihosting') return decodeSemihostingStatus(context, channelRules)
  return context.channel === 'debug-exit' ? decodeDebugExitStatus(context, channelRules) : decodeProcessStatus(context, channelRules)
}
