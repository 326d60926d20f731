import type { ElfInfo } from './elf.js'

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

/** Any Solo5 note: the kernel was built with Solo5, whatever its binding. */
export function hasSolo5AbiNote(elf: ElfInfo): boolean {
  return elf.notes.some((n) => n.name === ABI1_NOTE_NAME)
}
