import { afterAll, describe, expect, test } from '@jest/globals'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { inspectKernel, kernelFormatOf } from '../../src/kernel/format.js'
import { firecracker } from '../../src/vmm/firecracker.js'
import { qemu } from '../../src/vmm/qemu.js'
import type { BootSpec } from '../../src/vmm/types.js'
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

function mbr(): Buffer {
  const disk = Buffer.alloc(1024)
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
    ['an MBR disk', mbr(), 'mbr', 'x86_64'],
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
