/**
 * A small ELF reader: just what boot needs to recognise a kernel (class, machine, entry, segments,
 * section names, notes). Written here because the npm ELF parsers are unmaintained or parse far more
 * than this (symbols, DWARF) at a cost in start-up time.
 */
export interface ElfSegment {
  type: number
  offset: number
  vaddr: number
  paddr: number
  filesz: number
  memsz: number
  flags: number
  align: number
}

export interface ElfNote {
  name: string
  type: number
  desc: Buffer
}

export interface ElfInfo {
  class: 32 | 64
  machine: number
  entry: number
  segments: ElfSegment[]
  sections: string[]
  notes: ElfNote[]
  /** A Multiboot v1 header in the first 8 KiB; `aoutKludge` when its address fields are valid. */
  multiboot?: { flags: number; aoutKludge: boolean }
}

export const EM_386 = 3
export const EM_X86_64 = 62
export const EM_AARCH64 = 183
export const PT_LOAD = 1
export const PT_NOTE = 4
/** XEN_ELFNOTE_PHYS32_ENTRY: the PVH entry point QEMU, Firecracker and cloud-hypervisor boot. */
export const XEN_ELFNOTE_PHYS32_ENTRY = 18
const MULTIBOOT_MAGIC = 0x1badb002

export class ElfError extends Error {}

export function isElf(head: Buffer): boolean {
  return head.length >= 4 && head[0] === 0x7f && head[1] === 0x45 && head[2] === 0x4c && head[3] === 0x46
}

export function parseElf(data: Buffer): ElfInfo {
  if (!isElf(data) || data.length < 52) throw new ElfError('not an ELF file')
  const elfClass = data[4] === 2 ? 64 : data[4] === 1 ? 32 : undefined
  if (!elfClass) throw new ElfError(`unknown ELF class ${data[4]}`)
  if (data[5] !== 1) throw new ElfError('big-endian ELF is not supported')
  const is64 = elfClass === 64
  const u16 = (o: number) => data.readUInt16LE(o)
  const u32 = (o: number) => data.readUInt32LE(o)
  const addr = (o: number) => (is64 ? Number(data.readBigUInt64LE(o)) : u32(o))

  const machine = u16(18)
  const entry = addr(24)
  const phoff = addr(is64 ? 32 : 28)
  const shoff = addr(is64 ? 40 : 32)
  const phentsize = u16(is64 ? 54 : 42)
  const phnum = u16(is64 ? 56 : 44)
  const shentsize = u16(is64 ? 58 : 46)
  const shnum = u16(is64 ? 60 : 48)
  const shstrndx = u16(is64 ? 62 : 50)

  const segments: ElfSegment[] = []
  for (let i = 0; i < phnum; i++) {
    const o = phoff + i * phentsize
    if (o + phentsize > data.length) throw new ElfError('program header table is truncated')
    segments.push(
      is64
        ? {
            type: u32(o),
            flags: u32(o + 4),
            offset: addr(o + 8),
            vaddr: addr(o + 16),
            paddr: addr(o + 24),
            filesz: addr(o + 32),
            memsz: addr(o + 40),
            align: addr(o + 48)
          }
        : {
            type: u32(o),
            offset: u32(o + 4),
            vaddr: u32(o + 8),
            paddr: u32(o + 12),
            filesz: u32(o + 16),
            memsz: u32(o + 20),
            flags: u32(o + 24),
            align: u32(o + 28)
          }
    )
  }

  const sectionHeaders: { name: number; type: number; offset: number; size: number }[] = []
  if (shoff > 0 && shoff + shnum * shentsize <= data.length) {
    for (let i = 0; i < shnum; i++) {
      const o = shoff + i * shentsize
      sectionHeaders.push(
        is64
          ? { name: u32(o), type: u32(o + 4), offset: addr(o + 24), size: addr(o + 32) }
          : { name: u32(o), type: u32(o + 4), offset: u32(o + 16), size: u32(o + 20) }
      )
    }
  }
  const strtab = sectionHeaders[shstrndx]
  const sections = strtab ? sectionHeaders.map((s) => cString(data, strtab.offset + s.name)) : []

  // Notes from PT_NOTE segments, and from SHT_NOTE sections for kernels that keep them out of segments.
  // One segment may hold several note sections: a range inside one already read is not read again.
  const notes: ElfNote[] = []
  const read: (readonly [number, number])[] = []
  const noteRanges = [
    ...segments.filter((s) => s.type === PT_NOTE).map((s) => [s.offset, s.filesz] as const),
    ...sectionHeaders.filter((s) => s.type === 7).map((s) => [s.offset, s.size] as const)
  ]
  for (const [offset, size] of noteRanges) {
    if (read.some(([start, length]) => offset >= start && offset + size <= start + length)) continue
    read.push([offset, size])
    notes.push(...parseNotes(data, offset, size))
  }

  return { class: elfClass, machine, entry, segments, sections, notes, multiboot: findMultiboot(data) }
}

function parseNotes(data: Buffer, offset: number, size: number): ElfNote[] {
  const notes: ElfNote[] = []
  const end = Math.min(offset + size, data.length)
  let o = offset
  while (o + 12 <= end) {
    const namesz = data.readUInt32LE(o)
    const descsz = data.readUInt32LE(o + 4)
    const type = data.readUInt32LE(o + 8)
    const nameStart = o + 12
    const descStart = nameStart + align4(namesz)
    const next = descStart + align4(descsz)
    if (next > end) break
    notes.push({ name: data.toString('latin1', nameStart, nameStart + namesz).replace(/\0+$/, ''), type, desc: data.subarray(descStart, descStart + descsz) })
    o = next
  }
  return notes
}

function findMultiboot(data: Buffer): ElfInfo['multiboot'] {
  const magic = Buffer.from([0x02, 0xb0, 0xad, 0x1b])
  const end = Math.min(data.length, 8192 + 12)
  // Buffer.indexOf searches natively; the header must be 4-byte aligned and its checksum must hold.
  for (let o = data.indexOf(magic); o >= 0 && o + 12 <= end; o = data.indexOf(magic, o + 1)) {
    if (o % 4 !== 0) continue
    const flags = data.readUInt32LE(o + 4)
    if (((MULTIBOOT_MAGIC + flags + data.readUInt32LE(o + 8)) & 0xffffffff) >>> 0 !== 0) continue
    return { flags, aoutKludge: (flags & 0x10000) !== 0 }
  }
  return undefined
}

function align4(n: number): number {
  return (n + 3) & ~3
}

function cString(data: Buffer, offset: number): string {
  const end = data.indexOf(0, offset)
  return data.toString('latin1', offset, end < 0 ? data.length : end)
}

export function hasPvhNote(elf: ElfInfo): boolean {
  return elf.notes.some((n) => n.name === 'Xen' && n.type === XEN_ELFNOTE_PHYS32_ENTRY)
}
