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

/** An ELF file read by ranges: a kernel's headers, tables and notes, never its whole image. */
export interface ElfBytes {
  size: number
  /** Up to `length` bytes from `offset` (fewer at the end of the file). */
  read(offset: number, length: number): Buffer
}

/** The most of a header table, string table or note range that is read: real kernels stay far below. */
const MAX_RANGE = 4 * 1024 * 1024
const MULTIBOOT_SEARCH = 8192 + 12

function bytesOf(data: Buffer): ElfBytes {
  return { size: data.length, read: (offset, length) => data.subarray(offset, offset + length) }
}

export function parseElf(file: Buffer | ElfBytes): ElfInfo {
  const source = Buffer.isBuffer(file) ? bytesOf(file) : file
  const data = source.read(0, 64)
  if (!isElf(data) || data.length < 52) throw new ElfError('not an ELF file')
  const elfClass = data[4] === 2 ? 64 : data[4] === 1 ? 32 : undefined
  if (!elfClass) throw new ElfError(`unknown ELF class ${data[4]}`)
  if (data[5] !== 1) throw new ElfError('big-endian ELF is not supported')
  const is64 = elfClass === 64
  const u16 = (o: number) => data.readUInt16LE(o)
  const addrIn = (bytes: Buffer, o: number) => (is64 ? Number(bytes.readBigUInt64LE(o)) : bytes.readUInt32LE(o))
  const addr = (o: number) => addrIn(data, o)

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
  if (phnum * phentsize > MAX_RANGE) throw new ElfError(`program header table of ${phnum * phentsize} bytes is too large`)
  const phTable = phnum > 0 ? source.read(phoff, phnum * phentsize) : Buffer.alloc(0)
  for (let i = 0; i < phnum; i++) {
    const o = i * phentsize
    if (o + phentsize > phTable.length || phentsize < (is64 ? 56 : 32)) throw new ElfError('program header table is truncated')
    const u32 = (at: number) => phTable.readUInt32LE(o + at)
    const wide = (at: number) => addrIn(phTable, o + at)
    segments.push(
      is64
        ? { type: u32(0), flags: u32(4), offset: wide(8), vaddr: wide(16), paddr: wide(24), filesz: wide(32), memsz: wide(40), align: wide(48) }
        : { type: u32(0), offset: u32(4), vaddr: u32(8), paddr: u32(12), filesz: u32(16), memsz: u32(20), flags: u32(24), align: u32(28) }
    )
  }

  const sectionHeaders: { name: number; type: number; offset: number; size: number }[] = []
  const shSize = shnum * shentsize
  if (shoff > 0 && shoff + shSize <= source.size && shSize <= MAX_RANGE && shentsize >= (is64 ? 40 : 24)) {
    const table = source.read(shoff, shSize)
    for (let i = 0; i < shnum && (i + 1) * shentsize <= table.length; i++) {
      const o = i * shentsize
      sectionHeaders.push(
        is64
          ? { name: table.readUInt32LE(o), type: table.readUInt32LE(o + 4), offset: addrIn(table, o + 24), size: addrIn(table, o + 32) }
          : { name: table.readUInt32LE(o), type: table.readUInt32LE(o + 4), offset: table.readUInt32LE(o + 16), size: table.readUInt32LE(o + 20) }
      )
    }
  }
  const strtab = sectionHeaders[shstrndx]
  const names = strtab ? source.read(strtab.offset, Math.min(strtab.size, MAX_RANGE)) : undefined
  const sections = names ? sectionHeaders.map((s) => cString(names, s.name)) : []

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
    if (offset >= source.size) continue
    const range = source.read(offset, Math.min(size, MAX_RANGE))
    notes.push(...parseNotes(range, 0, range.length))
  }

  return { class: elfClass, machine, entry, segments, sections, notes, multiboot: findMultiboot(source.read(0, MULTIBOOT_SEARCH)) }
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
