import { closeSync, readSync } from 'node:fs'
import { inputError } from '../runtime/errors.js'
import type { Arch } from '../platform.js'
import { gzipHoldsArm64Image, isArm64Image, isGzip, isZboot, readZbootHeader, type Arm64Compression } from './arm64-image.js'
import { EM_386, EM_AARCH64, EM_X86_64, ElfError, isElf, parseElf, type ElfInfo } from './elf.js'
import { NotRegularFileError, openRegularFileSync } from '../runtime/regular-file.js'
import { solo5Manifest, Solo5ManifestError, type DeclaredDevice } from './solo5-abi.js'

export type KernelFormat = 'elf' | 'bzimage' | 'arm64-image' | 'mbr' | 'qcow2'

export interface KernelInfo {
  format: KernelFormat
  /** Parsed ELF, for `elf` kernels. */
  elf?: ElfInfo
  /** What the file says about its architecture, when it says anything. */
  arch?: Arch
  /** An `arm64-image` shipped compressed (a distribution's vmlinuz): how, so it can be unpacked. */
  compression?: Arm64Compression
  /**
   * The devices the kernel declares, in its order (a Solo5 manifest). When present, exactly these are
   * attached, by name, and nothing else; undefined when the kernel declares nothing either way.
   */
  devices?: DeclaredDevice[]
}

/** How much of a gzip stream is inflated to find an Image header at its start: far more than needed. */
const GZIP_PROBE_BYTES = 64 * 1024

/**
 * Reads the first bytes and says what kind of bootable file this is, by magic bytes alone; of an ELF,
 * only its headers, tables and notes are read (one descriptor, synchronous: this runs on every boot's
 * start-up path, where the thread pool's round trips cost more than the reads). A file that is not a
 * regular file (a FIFO, a device) is refused before anything is read from it.
 */
export async function inspectKernel(path: string, input = 'kernel'): Promise<KernelInfo> {
  let head: Buffer
  let elf: ElfInfo | undefined
  try {
    const { fd, size } = openRegularFileSync(path)
    try {
      head = readAt(fd, Buffer.alloc(1024), 0)
      if (isGzip(head)) head = readAt(fd, Buffer.alloc(GZIP_PROBE_BYTES), 0)
      if (isElf(head)) elf = parseElf({ size, read: (offset, length) => readAt(fd, Buffer.alloc(Math.max(0, Math.min(length, size - offset))), offset) })
    } finally {
      closeSync(fd)
    }
  } catch (error) {
    if (error instanceof ElfError) throw error
    if (error instanceof NotRegularFileError) throw inputError(input, `${error.message}: expected a kernel image file`)
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') throw inputError(input, `${path} does not exist`)
    throw inputError(input, `cannot read ${path}: ${(error as Error).message}`)
  }
  // An EFI zboot image is a PE file: "MZ" first, like a bzImage (which kernelFormatOf knows by "HdrS").
  if (isZboot(head)) return { format: 'arm64-image', arch: 'arm64', compression: readZbootHeader(head, path, input) }
  const format = kernelFormatOf(head)
  if (!format) {
    if (isGzip(head) && gzipHoldsArm64Image(head)) return { format: 'arm64-image', arch: 'arm64', compression: { kind: 'gzip' } }
    throw inputError(
      input,
      `${path} is not a bootable image: expected an ELF kernel, a Linux bzImage or arm64 Image (plain, gzipped or EFI zboot), an MBR disk or a qcow2 disk`
    )
  }
  if (format === 'mbr') return { format, ...mbrArch(head) }
  if (format !== 'elf') return { format, arch: ARCH_OF_FORMAT[format] }
  if (!elf) throw inputError(input, `${path} is not a readable ELF file`)
  const info: KernelInfo = { format, elf, arch: archOfMachine(elf.machine) }
  try {
    const devices = solo5Manifest(elf)
    if (devices) info.devices = devices
  } catch (error) {
    if (error instanceof Solo5ManifestError) throw inputError(input, `${path}: ${error.message}`)
    throw error
  }
  return info
}

/** Fills `buffer` from `position` until it is full or the file ends; returns the part read. */
function readAt(fd: number, buffer: Buffer, position: number): Buffer {
  let filled = 0
  while (filled < buffer.length) {
    const n = readSync(fd, buffer, filled, buffer.length - filled, position + filled)
    if (n === 0) break
    filled += n
  }
  return buffer.subarray(0, filled)
}

/** What a non-ELF format says about the architecture by itself (a disk's contents past its first sector are not read). */
const ARCH_OF_FORMAT: Record<Exclude<KernelFormat, 'elf' | 'mbr'>, Arch | undefined> = { bzimage: 'x86_64', 'arm64-image': 'arm64', qcow2: undefined }

/** An MBR's bootstrap code area: the bytes before the disk signature and the partition table (446 on). */
const MBR_CODE_END = 440

/**
 * Code in an MBR's first 440 bytes is real-mode x86, the only code a PC BIOS runs there. A disk whose code
 * area is empty boots only through a kernel given beside it or through firmware: ops writes such an MBR,
 * the partition table alone, for an arm64 Nanos image (no boot.img; nanovms/ops fs/mkfs.go), which QEMU's
 * virt machine boots with `-kernel` (the Nanos kernel.img). Its architecture comes from elsewhere.
 */
function mbrArch(head: Buffer): { arch?: Arch } {
  return head.subarray(0, MBR_CODE_END).some((byte) => byte !== 0) ? { arch: 'x86_64' } : {}
}

export function kernelFormatOf(head: Buffer): KernelFormat | undefined {
  if (isElf(head)) return 'elf'
  if (head.length >= 4 && head.readUInt32BE(0) === 0x514649fb) return 'qcow2'
  // A bzImage also ends its first sector with 55 AA, so its "HdrS" setup signature is checked first.
  if (head.length >= 0x206 && head.toString('latin1', 0x202, 0x206) === 'HdrS') return 'bzimage'
  // The arm64 Linux boot image (Documentation/arch/arm64/booting.rst): "ARM\x64" at offset 0x38 of its
  // 64-byte header. What Firecracker boots on arm64, and QEMU's virt machine with -kernel.
  if (isArm64Image(head)) return 'arm64-image'
  if (head.length >= 512 && head[510] === 0x55 && head[511] === 0xaa) return 'mbr'
  return undefined
}

export function archOfMachine(machine: number): Arch | undefined {
  if (machine === EM_X86_64 || machine === EM_386) return 'x86_64'
  if (machine === EM_AARCH64) return 'arm64'
  return undefined
}

export function isDisk(info: KernelInfo): boolean {
  return info.format === 'mbr' || info.format === 'qcow2'
}

/**
 * Whether a kernel is Linux, so Linux-only defaults (a console= command line) may be given to it: a
 * bzImage or an arm64 Image (Linux's boot protocols), or an ELF carrying the notes Linux's vmlinux
 * does (owner "Linux": the build salt, include/linux/elfnote.h). A unikernel ELF is not.
 */
export function isLinuxKernel(info: KernelInfo): boolean {
  if (info.format === 'bzimage' || info.format === 'arm64-image') return true
  return info.elf?.notes.some((note) => note.name === 'Linux') ?? false
}
