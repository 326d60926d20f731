import { describe, expect, test } from '@jest/globals'
import { qemu, qemuConfig, renderQemuArgs } from '../../src/vmm/qemu.js'
import type { BootSpec } from '../../src/vmm/types.js'

const base: BootSpec = {
  kernel: '/k/hello.elf',
  kernelInfo: { format: 'elf', arch: 'x86_64' },
  disks: [],
  arch: 'x86_64',
  memoryMiB: 128,
  cpus: 1,
  accel: 'tcg',
  ports: [],
  network: 'restricted',
  exitDevices: [{ iobase: 0x501, iosize: 2 }],
  extraArgs: [],
  vmmBinary: '/usr/bin/qemu-system-x86_64',
  workDir: '/w'
}

const argv = (over: Partial<BootSpec>) => qemu.plan({ ...base, ...over }).args
const pairs = (args: string[], flag: string) => args.flatMap((a, i) => (a === flag ? [args[i + 1]] : []))

describe('QEMU argv', () => {
  test('the baseline: no defaults, no display, no reboot, serial on stdout, QMP on an inherited socket, started paused, exit device', () => {
    expect(argv({})).toEqual([
      '-nodefaults',
      '-no-user-config',
      '-display',
      'none',
      '-no-reboot',
      '-machine',
      'q35',
      '-accel',
      'tcg',
      '-cpu',
      'max',
      '-m',
      '128M',
      '-smp',
      '1',
      '-chardev',
      'stdio,id=console,signal=off',
      '-serial',
      'chardev:console',
      '-chardev',
      'socket,id=qmp,fd=3',
      '-mon',
      'chardev=qmp,mode=control',
      '-S',
      '-device',
      'isa-debug-exit,iobase=0x501,iosize=0x02',
      '-kernel',
      '/k/hello.elf',
      '-netdev',
      'user,id=net0,restrict=on',
      '-device',
      'virtio-net-pci,netdev=net0,romfile='
    ])
  })

  test.each([
    ['kvm uses the host CPU', { accel: 'kvm' as const }, (a: string[]) => expect([pairs(a, '-accel'), pairs(a, '-cpu')]).toEqual([['kvm'], ['host']])],
    [
      'initrd and cmdline',
      { initrd: '/k/initrd', cmdline: 'console=ttyS0 quiet' },
      (a: string[]) => expect([pairs(a, '-initrd'), pairs(a, '-append')]).toEqual([['/k/initrd'], ['console=ttyS0 quiet']])
    ],
    [
      'forwards bind loopback only',
      {
        ports: [
          { host: 8080, guest: 80 },
          { host: 9443, guest: 443 }
        ]
      },
      (a: string[]) => expect(pairs(a, '-netdev')).toEqual(['user,id=net0,restrict=on,hostfwd=tcp:127.0.0.1:8080-:80,hostfwd=tcp:127.0.0.1:9443-:443'])
    ],
    ['open network drops restrict', { network: 'open' as const }, (a: string[]) => expect(pairs(a, '-netdev')).toEqual(['user,id=net0'])],
    ['no network, no NIC', { network: 'none' as const }, (a: string[]) => expect(a).not.toContain('-netdev')],
    [
      'hermit exit device',
      { exitDevices: [{ iobase: 0xf4, iosize: 4 }] },
      (a: string[]) => expect(pairs(a, '-device')).toContain('isa-debug-exit,iobase=0xf4,iosize=0x04')
    ],
    [
      'arm64: virt machine, no ISA exit device',
      { arch: 'arm64' as const, kernelInfo: { format: 'elf' as const, arch: 'arm64' as const } },
      (a: string[]) => {
        expect(pairs(a, '-machine')).toEqual(['virt'])
        expect(a.join(' ')).not.toContain('isa-debug-exit')
      }
    ],
    [
      'extra args come last, verbatim',
      { extraArgs: ['-device', 'virtio-rng-pci'] },
      (a: string[]) => expect(a.slice(-2)).toEqual(['-device', 'virtio-rng-pci'])
    ],
    [
      'data disks attach as virtio, commas escaped',
      { disks: ['/d/data,1.img', '/d/b.qcow2'] },
      (a: string[]) =>
        expect(pairs(a, '-drive')).toEqual(['file=/d/data,,1.img,if=virtio,format=raw,index=0', 'file=/d/b.qcow2,if=virtio,format=qcow2,index=1'])
    ]
  ])('%s', (_name, over, check) => check(argv(over as Partial<BootSpec>)))

  test('a disk image boots by firmware: no -kernel, the disk first, format from its magic', () => {
    const a = argv({ kernel: '/d/nanos.img', kernelInfo: { format: 'qcow2' }, disks: ['/d/extra.img'] })
    expect(a).not.toContain('-kernel')
    expect(pairs(a, '-drive')).toEqual(['file=/d/nanos.img,if=virtio,format=qcow2,index=0,media=disk', 'file=/d/extra.img,if=virtio,format=raw,index=1'])
  })

  test('a disk image takes no cmdline', () => {
    expect(() => qemuConfig({ ...base, kernelInfo: { format: 'mbr' }, cmdline: 'x' })).toThrow(/input `cmdline`/)
  })

  test('an ELF kernel on arm64 gets its initrd as a guest-loader module, where hermit-os/loader looks for the application', () => {
    // QEMU's virt machine gives -initrd to a Linux kernel only; the loader finds /chosen/module@… in the device tree.
    const a = argv({
      arch: 'arm64',
      kernel: '/k/hermit-loader-aarch64-elf',
      kernelInfo: { format: 'elf', arch: 'arm64' },
      initrd: '/k/app,1',
      gicVersion: 3,
      semihosting: true
    })
    expect(a).not.toContain('-initrd')
    expect(pairs(a, '-kernel')).toEqual(['/k/hermit-loader-aarch64-elf'])
    expect(pairs(a, '-device')).toContain('guest-loader,addr=0x48000000,initrd=/k/app,,1')
    expect(pairs(a, '-machine')).toEqual(['virt,gic-version=3'])
    expect(a).toContain('-semihosting')
    // An arm64 Linux Image still takes -initrd; an x86_64 Multiboot loader takes its module through -initrd.
    expect(pairs(argv({ arch: 'arm64', kernelInfo: { format: 'arm64-image', arch: 'arm64' }, initrd: '/k/rd' }), '-initrd')).toEqual(['/k/rd'])
    expect(pairs(argv({ initrd: '/k/app', semihosting: true, gicVersion: 3 }), '-initrd')).toEqual(['/k/app'])
  })

  test('semihosting and the GIC version are arm64 things, and semihosting is how the guest reports its exit', () => {
    const x86 = qemu.plan({ ...base, semihosting: true, gicVersion: 3 })
    expect(x86.args).not.toContain('-semihosting')
    expect(pairs(x86.args, '-machine')).toEqual(['q35'])
    expect(x86.exitChannel).toBeUndefined()
    const arm = qemu.plan({ ...base, arch: 'arm64', kernelInfo: { format: 'elf', arch: 'arm64' }, exitDevices: [], semihosting: true })
    expect(arm.exitChannel).toBe('semihosting')
    expect(pairs(arm.args, '-machine')).toEqual(['virt'])
  })

  test('a disk without boot code boots as ops boots an arm64 Nanos image: its kernel with -kernel, the disk on virtio-blk-pci', () => {
    // nanovms/ops qemu/qemu_unix.go: -machine virt -machine gic-version=2 -kernel <kernel.img> -device virtio-blk-pci,drive=hd0 -semihosting
    const a = argv({
      arch: 'arm64',
      kernel: '/d/nanos,disk',
      kernelInfo: { format: 'mbr' },
      diskKernel: '/ops/.ops/0.1.54-arm/kernel.img',
      disks: ['/d/extra.img'],
      exitDevices: [],
      gicVersion: 2,
      semihosting: true
    })
    expect(pairs(a, '-kernel')).toEqual(['/ops/.ops/0.1.54-arm/kernel.img'])
    expect(pairs(a, '-machine')).toEqual(['virt,gic-version=2'])
    expect(pairs(a, '-drive')).toEqual(['file=/d/nanos,,disk,if=none,id=disk0,format=raw', 'file=/d/extra.img,if=virtio,format=raw,index=1'])
    expect(pairs(a, '-device')).toContain('virtio-blk-pci,drive=disk0')
    expect(a).toContain('-semihosting')
    expect(() => qemuConfig({ ...base, arch: 'arm64', kernelInfo: { format: 'mbr' }, diskKernel: '/k', cmdline: 'x' })).toThrow(
      /^input `cmdline`: .* is a disk image booted by the kernel beside it; it takes no command line$/
    )
  })

  test('the argv renderer is the only place config becomes argv', () => {
    const config = qemuConfig(base)
    expect(renderQemuArgs(config)).toEqual(qemu.plan(base).args)
  })
})

describe('QEMU failures are told apart from guest exits', () => {
  test.each([
    [{ status: 1, signal: null }, 'qemu-system-x86_64: -kernel /x: could not load kernel\n', 'qemu-system-x86_64: -kernel /x: could not load kernel'],
    [{ status: 1, signal: null }, '', undefined],
    [{ status: 7, signal: null }, 'qemu-system-x86_64: terminating on signal 15 from pid 1\n', undefined],
    [{ status: 3, signal: null }, "qemu-system-x86_64: warning: TCG doesn't support requested feature\n", undefined]
  ])('%j %j', (exit, stderr, expected) => expect(qemu.vmmFailure(exit, stderr)).toBe(expected))
})

describe('the KVM vCPU check', () => {
  test('a binary that never reads its stdin is reported, not a crash (EPIPE)', async () => {
    const verdict = await qemu.checkKvm!('/bin/false', 'x86_64')
    expect(typeof verdict).toBe('string')
    expect(await qemu.checkKvm!('/bin/true', 'x86_64')).toBeUndefined()
  })
})
