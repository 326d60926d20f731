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
