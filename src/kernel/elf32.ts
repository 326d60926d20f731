import { promises as fs } from 'node:fs'
import { EM_386, PT_LOAD, PT_NOTE, type ElfInfo } from './elf.js'

const FOUR_GIB = 2 ** 32

/**
 * Re-wraps a 64-bit ELF kernel with a Multiboot header as an ELF32 file: QEMU's Multiboot loader
 * refuses ELF64 ("Cannot load x86-64 image, give a 32bit one") although the entry is 32-bit code.
 * Unikraft's build does the same with `ELF64_TO_32`. Only loadable and note segments are kept.
 */
export function elf64ToElf32(data: Buffer, elf: ElfInfo): Buffer {
  const kept = elf.segments.filter((s) => s.type === PT_LOAD || s.type === PT_NOTE)
  const address = (s: { vaddr: number; paddr: number }) => (s.vaddr < FOUR_GIB ? s.vaddr : s.paddr)
  for (const segment of kept) {
    if (address(segment) + segment.memsz > FOUR_GIB || segment.paddr + segment.memsz > FOUR_GIB) {
      throw new Error(`segment at 0x${segment.vaddr.toString(16)} lies above 4 GiB and cannot be loaded by a 32-bit Multiboot loader`)
    }
  }
  const entrySegment = kept.find((s) => s.type === PT_LOAD && elf.entry >= s.vaddr && elf.entry < s.vaddr + s.memsz)
  const entry = elf.entry < FOUR_GIB ? elf.entry : entrySegment ? elf.entry - entrySegment.vaddr + entrySegment.paddr : NaN
  if (!Number.isFinite(entry) || entry >= FOUR_GIB) throw new Error(`entry point 0x${elf.entry.toString(16)} lies above 4 GiB`)

  const headerSize = 52
  const phSize = 32
  let offset = align(headerSize + phSize * kept.length, 16)
  const placed = kept.map((segment) => {
    const at = offset
    offset = align(offset + segment.filesz, 16)
    return { segment, at }
  })
  const out = Buffer.alloc(offset)
  out.set([0x7f, 0x45, 0x4c, 0x46, 1, 1, 1], 0)
  out.writeUInt16LE(2, 16) // ET_EXEC
  out.writeUInt16LE(EM_386, 18)
  out.writeUInt32LE(1, 20)
  out.writeUInt32LE(entry, 24)
  out.writeUInt32LE(headerSize, 28)
  out.writeUInt32LE(0, 32)
  out.writeUInt16LE(headerSize, 40)
  out.writeUInt16LE(phSize, 42)
  out.writeUInt16LE(kept.length, 44)
  placed.forEach(({ segment, at }, i) => {
    const o = headerSize + i * phSize
    out.writeUInt32LE(segment.type, o)
    out.writeUInt32LE(at, o + 4)
    out.writeUInt32LE(address(segment), o + 8)
    out.writeUInt32LE(segment.paddr, o + 12)
    out.writeUInt32LE(segment.filesz, o + 16)
    out.writeUInt32LE(segment.memsz, o + 20)
    out.writeUInt32LE(segment.flags, o + 24)
    out.writeUInt32LE(Math.min(segment.align, 16), o + 28)
    data.copy(out, at, segment.offset, segment.offset + segment.filesz)
  })
  return out
}

export async function writeElf32Wrapper(data: Buffer, elf: ElfInfo, path: string): Promise<string> {
  await fs.writeFile(path, elf64ToElf32(data, elf))
  return path
}

function align(n: number, to: number): number {
  return Math.ceil(n / to) * to
}
