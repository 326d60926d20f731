import type { ElfInfo } from '../kernel/elf.js'
import type { StatusRules } from './exit-decoding.js'
import { crashed, DEBUG_EXIT_0X501, decodeByVmm, exited, x86ExitDevices } from './exit-decoding.js'
import type { ExitContext, ToolchainBootProfile } from './types.js'

// From Solo5/solo5 include/elf_abi.h: ABI1_NOTE_NAME "Solo5", ABI1_NOTE_TYPE 0x31494241 ("ABI1"),
// struct abi1_info { uint32_t abi_target; ... }, enum abi_target { HVT_ABI_TARGET = 1, SPT, VIRTIO, MUEN, GENODE, XEN }.
const ABI1_NOTE_NAME = 'Solo5'
const ABI1_NOTE_TYPE = 0x31494241
const ABI_TARGETS = ['hvt', 'spt', 'virtio', 'muen', 'genode', 'xen'] as const
export type Solo5AbiTarget = (typeof ABI_TARGETS)[number]

/** The binding a Solo5 unikernel was built for, from its ABI1 note; undefined when it has none. */
export function solo5AbiTarget(elf: ElfInfo): Solo5AbiTarget | undefined {
  const note = elf.notes.find((n) => n.name === ABI1_NOTE_NAME && n.type === ABI1_NOTE_TYPE)
  if (!note || note.desc.length < 4) return undefined
  return ABI_TARGETS[note.desc.readUInt32LE(0) - 1]
}

// Lines written by bindings/exit.c and bindings/abort.c.
const EXIT_LINE = /Solo5: solo5_exit\((-?\d+)\) called/g
const ABORT_LINE = /Solo5: solo5_abort\(\) called|Solo5: ABORT/

/** The virtio binding writes isa-debug-exit 41 (→ 83) whatever the status (bindings/virtio/platform.c): the console says which. */
function virtioExit(context: ExitContext) {
  const abort = ABORT_LINE.exec(context.console)
  if (abort) return crashed(`Solo5 abort (${abort[0]})`)
  const calls = [...context.console.matchAll(EXIT_LINE)]
  return exited(calls.length > 0 ? Number(calls[calls.length - 1][1]) : 0)
}

/**
 * Tenders exit with the guest's status; SOLO5_EXIT_ABORT is 255 (include/solo5.h). A guest that trips
 * the tender at run time (`solo5-hvt: Invalid guest access`, a KVM translation fault) ends in the
 * tender's `errx(1, …)`: status 1 as from `solo5_exit(1)`, told apart by the tender's line on stderr.
 */
const TENDER_RULES: StatusRules = {
  1: (context) => {
    const line = context.stderr
      ?.split('\n')
      .map((l) => l.trim())
      .find((l) => /^solo5-(hvt|spt): .*\bguest\b/i.test(l))
    return line ? crashed(`the tender stopped the guest: ${line}`) : exited(1)
  },
  255: crashed('Solo5 abort (tender exit status 255)')
}

/** Solo5 (hvt, spt, virtio): shared with MirageOS, which runs on it. */
export const solo5: ToolchainBootProfile = {
  name: 'solo5',
  failOn: [/Solo5: ABORT/, /Solo5: trap:/, /solo5_abort\(\) called/],
  successCode: 0,
  exitDevices: (arch) => x86ExitDevices(arch, [DEBUG_EXIT_0X501]),
  decodeExit: (context) => decodeByVmm(context, { qemu: { 83: virtioExit }, 'solo5-hvt': TENDER_RULES, 'solo5-spt': TENDER_RULES }),
  detect: (elf) => elf.notes.some((n) => n.name === ABI1_NOTE_NAME)
}
