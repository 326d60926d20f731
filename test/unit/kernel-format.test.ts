import { afterAll, describe, expect, test } from '@jest/globals'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { unpackArm64Image } from '../../src/kernel/arm64-image.js'
import { inspectKernel, kernelFormatOf } from '../../src/kernel/format.js'
import { ConfigurationError } from '../../src/runtime/errors.js'
import { firecracker } from '../../src/vmm/firecracker.js'
import { qemu } from '../../src/vmm/qemu.js'
import type { BootSpec } from '../../src/vmm/types.js'
import { zbootContainer } from '../support/fixtures.js'
import { TempDirs } from '../support/temp-dirs.js'

const temps = new TempDirs()
afterAll(() => temps.removeAll())

/** The 64-byte arm64 Linux boot header (Documentation/arch/arm64/booting.rst), then some code. */
function arm64Image(): Buffer {
  const image = Buffer.alloc(4096)
  image.writeUInt32LE(0x91005a4d, 0) // code0: the "MZ" of the PE header Image files carry
  image.writeBigUInt64LE(0x80000n, 8) // text_offset
  image.writeBigUInt64LE(BigInt(image.length), 16) // image_size
  image.writeUInt32LE(0x644d5241, 0x38) // magic "ARM\x64"
  return image
}

function bzImage(): Buffer {
  const image = Buffer.alloc(1024)
  image.write('HdrS', 0x202, 'latin1')
  image[510] = 0x55
  image[511] = 0xaa
  return image
}

/** A partition table and the signature, and boot code when given (what a BIOS would run). */
function mbr(code?: number[]): Buffer {
  const disk = Buffer.alloc(1024)
  if (code) Buffer.from(code).copy(disk)
  // One active Linux partition from sector 2048, as ops' writeMBR records its root filesystem.
  disk.set([0x80, 0, 0, 0, 0x83, 0, 0, 0], 446)
  disk.writeUInt32LE(2048, 446 + 8)
  disk.writeUInt32LE(4096, 446 + 12)
  disk[510] = 0x55
  disk[511] = 0xaa
  return disk
}

function qcow2(): Buffer {
  const disk = Buffer.alloc(1024)
  disk.writeUInt32BE(0x514649fb, 0)
  return disk
}

describe('recognising a kernel by its magic bytes', () => {
  test.each([
    ['an arm64 Linux Image', arm64Image(), 'arm64-image', 'arm64'],
    ['a bzImage (its 55 AA does not make it a disk)', bzImage(), 'bzimage', 'x86_64'],
    // cli; xor ax,ax; … — real-mode code, which only a PC BIOS runs from an MBR.
    ['an MBR disk with boot code', mbr([0xfa, 0x31, 0xc0, 0x8e, 0xd8]), 'mbr', 'x86_64'],
    // ops writes an arm64 Nanos disk without boot.img: the partition table alone (nanovms/ops fs/mkfs.go).
    ['an MBR disk with a partition table and no boot code says no architecture', mbr(), 'mbr', undefined],
    ['a qcow2 disk', qcow2(), 'qcow2', undefined]
  ] as const)('%s', async (_name, bytes, format, arch) => {
    expect(kernelFormatOf(bytes)).toBe(format)
    const path = join(temps.make('kernel-format-'), 'kernel')
    writeFileSync(path, bytes)
    expect(await inspectKernel(path)).toEqual({ format, arch })
  })

  test('the arm64 magic must sit at 0x38, and a short file is none of them', async () => {
    const shifted = Buffer.alloc(4096)
    shifted.writeUInt32LE(0x644d5241, 0x3c)
    expect(kernelFormatOf(shifted)).toBeUndefined()
    expect(kernelFormatOf(arm64Image().subarray(0, 0x3b))).toBeUndefined()
    const path = join(temps.make('kernel-format-'), 'text')
    writeFileSync(path, 'not a kernel\n')
    await expect(inspectKernel(path)).rejects.toThrow(/input `kernel`: .*text is not a bootable image: expected an ELF kernel, a Linux bzImage or arm64 Image/)
  })
})

describe('compressed arm64 kernels', () => {
  const write = (bytes: Buffer) => {
    const path = join(temps.make('kernel-format-'), 'vmlinuz')
    writeFileSync(path, bytes)
    return path
  }

  test('a gzipped Image is an arm64 Image, compressed with gzip', async () => {
    expect(await inspectKernel(write(gzipSync(arm64Image())))).toEqual({ format: 'arm64-image', arch: 'arm64', compression: { kind: 'gzip' } })
  })

  test('a gzipped file that holds no Image is not bootable, and the message says which forms are', async () => {
    await expect(inspectKernel(write(gzipSync(Buffer.alloc(4096, 7))))).rejects.toThrow(
      /input `kernel`: .*vmlinuz is not a bootable image: .*arm64 Image \(plain, gzipped or EFI zboot\)/
    )
  })

  test('an EFI zboot image: its payload offset, size and compression are read from the header', async () => {
    const payload = gzipSync(arm64Image())
    expect(await inspectKernel(write(zbootContainer(payload, 'gzip')))).toEqual({
      format: 'arm64-image',
      arch: 'arm64',
      compression: { kind: 'zboot', type: 'gzip', offset: 0x80, size: payload.length }
    })
  })

  test('a zboot image for another machine (riscv64) is a configuration error naming `kernel`', async () => {
    const error = await inspectKernel(write(zbootContainer(gzipSync(arm64Image()), 'gzip', 0x5064))).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ConfigurationError)
    expect((error as Error).message).toMatch(/^input `kernel`: .*vmlinuz is an EFI zboot image for PE machine 0x5064, not arm64/)
  })

  test('unpacking: gzip and zstd payloads give the Image back', () => {
    const image = arm64Image()
    const gz = zbootContainer(gzipSync(image), 'gzip')
    expect(unpackArm64Image(gz, { kind: 'zboot', type: 'gzip', offset: 0x80, size: gz.length - 0x80 }, 'k', 'kernel')).toEqual(image)
    expect(unpackArm64Image(gzipSync(image), { kind: 'gzip' }, 'k', 'kernel')).toEqual(image)
    const { zstdCompressSync } = process.getBuiltinModule('node:zlib')
    const zst = zbootContainer(zstdCompressSync(image), 'zstd22')
    expect(unpackArm64Image(zst, { kind: 'zboot', type: 'zstd22', offset: 0x80, size: zst.length - 0x80 }, 'k', 'kernel')).toEqual(image)
  })

  test.each([
    [
      'a compression with no decoder here',
      'lzma',
      (p: Buffer) => p,
      0,
      /input `kernel`: k is an EFI zboot image compressed with lzma, which this action cannot unpack/
    ],
    [
      'a payload that is not what its header says',
      'gzip',
      (p: Buffer) => Buffer.from(p.toString('hex')),
      0,
      /input `kernel`: k: its gzip payload does not unpack/
    ],
    ['a payload cut short', 'gzip', (p: Buffer) => p, 100, /input `kernel`: k is cut short: its zboot payload ends at byte/],
    ['a payload that is no Image', 'gzip', () => gzipSync(Buffer.alloc(100)), 0, /input `kernel`: k unpacks to something that is not an arm64 Image/]
  ] as const)('%s is a configuration error naming the input', (...[, type, mangle, missingBytes, message]) => {
    const payload = mangle(gzipSync(arm64Image()))
    const file = zbootContainer(payload, type)
    const size = payload.length + missingBytes
    expect(() => unpackArm64Image(file, { kind: 'zboot', type, offset: 0x80, size }, 'k', 'kernel')).toThrow(message)
  })
})

describe('who boots an arm64 Image', () => {
  const spec = (over: Partial<BootSpec>): BootSpec => ({
    kernel: '/k/Image',
    kernelInfo: { format: 'arm64-image', arch: 'arm64' },
    disks: [],
    arch: 'arm64',
    memoryMiB: 128,
    cpus: 1,
    accel: 'kvm',
    ports: [],
    network: 'none',
    exitDevices: [],
    extraArgs: [],
    vmmBinary: '/usr/bin/vmm',
    workDir: '/w',
    ...over
  })

  test('Firecracker and QEMU take it; Firecracker gets it as its kernel image', () => {
    expect(firecracker.formats).toContain('arm64-image')
    expect(qemu.formats).toContain('arm64-image')
    const plan = firecracker.plan(spec({}))
    expect(JSON.parse(plan.files[0].content)['boot-source'].kernel_image_path).toBe('/k/Image')
  })

  test('Firecracker on arm64 takes nothing else: an arm64 ELF is a configuration error naming `kernel`', () => {
    expect(() => firecracker.plan(spec({ kernel: '/k/vmlinux', kernelInfo: { format: 'elf', arch: 'arm64' } }))).toThrow(
      /input `kernel`: \/k\/vmlinux is an arm64 ELF; Firecracker on arm64 boots only a raw Linux arm64 Image/
    )
  })

  test('QEMU: the virt machine, the Image as -kernel, no ISA exit device', () => {
    const args = qemu.plan(spec({ accel: 'tcg' })).args
    expect(args.slice(args.indexOf('-machine'), args.indexOf('-machine') + 2)).toEqual(['-machine', 'virt'])
    expect(args.slice(args.indexOf('-kernel'), args.indexOf('-kernel') + 2)).toEqual(['-kernel', '/k/Image'])
    expect(args.join(' ')).not.toMatch(/isa-debug-exit|-drive/)
  })
})
