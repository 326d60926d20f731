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

/** A device a kernel declares it needs, by the name it acquires it with. */
export interface DeclaredDevice {
  kind: 'block' | 'net'
  name: string
}

// From Solo5/solo5 include/mft_abi.h (v0.12.1): MFT1_NOTE_TYPE 0x3154464d ("MFT1"); the descriptor is
// struct mft { uint32_t version; uint32_t entries; struct mft_entry e[]; } aligned to 8 after the
// 20-byte note header (so 4 bytes into the descriptor); struct mft_entry (LP64) is 104 bytes: char
// name[68], then enum mft_type at 68 (MFT_DEV_BLOCK_BASIC = 1, MFT_DEV_NET_BASIC = 2). elftool puts
// an MFT_RESERVED_FIRST entry first, which is no device.
const MFT1_NOTE_TYPE = 0x3154464d
const MFT_VERSION = 1
const MFT_DESC_OFFSET = 4
const MFT_ENTRY_SIZE = 104
const MFT_NAME_SIZE = 68
const MFT_TYPES: Record<number, DeclaredDevice['kind']> = { 1: 'block', 2: 'net' }

export class Solo5ManifestError extends Error {}

/**
 * The devices a Solo5 unikernel's manifest (`.note.solo5.manifest`) declares, in manifest order — the
 * order in which the virtio binding matches PCI devices to them. Undefined when the kernel has no
 * manifest (it then declares nothing and its tender or VMM decides nothing from it either).
 */
export function solo5Manifest(elf: ElfInfo): DeclaredDevice[] | undefined {
  const note = elf.notes.find((n) => n.name === ABI1_NOTE_NAME && n.type === MFT1_NOTE_TYPE)
  if (!note) return undefined
  const desc = note.desc
  if (desc.length < MFT_DESC_OFFSET + 8) throw new Solo5ManifestError(`its Solo5 manifest note is truncated (${desc.length} bytes)`)
  const version = desc.readUInt32LE(MFT_DESC_OFFSET)
  if (version !== MFT_VERSION) throw new Solo5ManifestError(`its Solo5 manifest has version ${version}; this action reads version ${MFT_VERSION}`)
  const entries = desc.readUInt32LE(MFT_DESC_OFFSET + 4)
  const first = MFT_DESC_OFFSET + 8
  if (first + entries * MFT_ENTRY_SIZE > desc.length) throw new Solo5ManifestError(`its Solo5 manifest declares ${entries} entries but holds fewer`)
  const devices: DeclaredDevice[] = []
  for (let i = 0; i < entries; i++) {
    const at = first + i * MFT_ENTRY_SIZE
    const kind = MFT_TYPES[desc.readUInt32LE(at + MFT_NAME_SIZE)]
    if (!kind) continue
    const nameBytes = desc.subarray(at, at + MFT_NAME_SIZE)
    const end = nameBytes.indexOf(0)
    devices.push({ kind, name: nameBytes.toString('latin1', 0, end < 0 ? nameBytes.length : end) })
  }
  return devices
}
