import { describe, expect, test } from '@jest/globals'
import { attachDeclaredDevices, attachedTo, parseDiskItem, parseNetItem, type DeviceRequest } from '../../src/boot/devices.js'
import { createCommands, overlappingRoutes, removeCommands, tapLink } from '../../src/boot/taps.js'
import type { ElfInfo } from '../../src/kernel/elf.js'
import { solo5Manifest, Solo5ManifestError, type DeclaredDevice } from '../../src/kernel/solo5-abi.js'
import { qemu } from '../../src/vmm/qemu.js'
import { solo5Hvt, solo5Spt } from '../../src/vmm/solo5.js'
import type { AttachedDevice, BootSpec } from '../../src/vmm/types.js'

/** A manifest note's descriptor as elftool writes it (include/mft_abi.h): 4 bytes of alignment, version, count, 104-byte entries, a reserved one first. */
function manifestDesc(entries: { name: string; type: number }[], options: { version?: number } = {}): Buffer {
  const all = [{ name: '', type: 1 << 30 }, ...entries]
  const desc = Buffer.alloc(4 + 8 + all.length * 104)
  desc.writeUInt32LE(options.version ?? 1, 4)
  desc.writeUInt32LE(all.length, 8)
  all.forEach((entry, i) => {
    desc.write(entry.name, 12 + i * 104, 'latin1')
    desc.writeUInt32LE(entry.type, 12 + i * 104 + 68)
  })
  return desc
}

function elfWith(desc?: Buffer): ElfInfo {
  const notes: ElfInfo['notes'] = [{ name: 'Solo5', type: 0x31494241, desc: Buffer.from([3, 0, 0, 0, 1, 0, 0, 0]) }]
  if (desc) notes.push({ name: 'Solo5', type: 0x3154464d, desc })
  return { class: 64, machine: 62, entry: 0x100000, segments: [], sections: [], notes }
}

describe('solo5Manifest', () => {
  test.each([
    ['no manifest note: declares nothing either way', elfWith(), undefined],
    ['an empty manifest (test_hello): no devices', elfWith(manifestDesc([])), []],
    ['one block device (test_blk)', elfWith(manifestDesc([{ name: 'storage', type: 1 }])), [{ kind: 'block', name: 'storage' }]],
    [
      'net and block, in manifest order',
      elfWith(
        manifestDesc([
          { name: 'service0', type: 2 },
          { name: 'data', type: 1 },
          { name: 'service1', type: 2 }
        ])
      ),
      [
        { kind: 'net', name: 'service0' },
        { kind: 'block', name: 'data' },
        { kind: 'net', name: 'service1' }
      ]
    ],
    ['a 67-character name', elfWith(manifestDesc([{ name: 'n'.repeat(67), type: 1 }])), [{ kind: 'block', name: 'n'.repeat(67) }]]
  ])('%s', (_name, elf, devices) => {
    expect(solo5Manifest(elf)).toEqual(devices)
  })

  test('a truncated manifest or another version is refused', () => {
    const truncated = manifestDesc([{ name: 'storage', type: 1 }]).subarray(0, 100)
    expect(() => solo5Manifest(elfWith(truncated))).toThrow(new Solo5ManifestError('its Solo5 manifest declares 2 entries but holds fewer'))
    expect(() => solo5Manifest(elfWith(manifestDesc([], { version: 2 })))).toThrow(/version 2; this action reads version 1/)
  })
})

const BLOCK = (name: string): DeclaredDevice => ({ kind: 'block', name })
const NET = (name: string): DeclaredDevice => ({ kind: 'net', name })

function request(overrides: Partial<DeviceRequest>): DeviceRequest {
  return {
    kernel: 'k.virtio',
    declared: [],
    disks: [],
    network: 'restricted',
    hasPorts: false,
    hasProbes: false,
    nets: [],
    vmm: 'qemu',
    netBacking: 'user-networking',
    tapInArgs: () => undefined,
    canCreateTaps: false,
    ...overrides
  }
}

describe('attachDeclaredDevices', () => {
  test.each([
    ['nothing declared, nothing attached, whatever `network` says', request({}), []],
    [
      'a positional disk takes the block device',
      request({ declared: [BLOCK('storage')], disks: [{ path: '/a' }] }),
      [{ kind: 'block', name: 'storage', path: '/a' }]
    ],
    [
      'names first, then positional paths in manifest order',
      request({ declared: [BLOCK('a'), NET('service0'), BLOCK('b'), BLOCK('c')], disks: [{ path: '/1' }, { name: 'b', path: '/b' }, { path: '/2' }] }),
      [
        { kind: 'block', name: 'a', path: '/1' },
        { kind: 'net', name: 'service0' },
        { kind: 'block', name: 'b', path: '/b' },
        { kind: 'block', name: 'c', path: '/2' }
      ]
    ]
  ])('%s', (_name, input, attached) => {
    expect(attachDeclaredDevices(input)).toEqual(attached)
  })

  test.each([
    [
      'a name the kernel does not declare',
      request({ declared: [BLOCK('storage')], disks: [{ name: 'data', path: '/d' }] }),
      /^input `disk`: `data=\/d`: k\.virtio declares no block device `data` \(it declares block device storage\)$/
    ],
    [
      'a net device named as a disk',
      request({ declared: [NET('service0')], disks: [{ name: 'service0', path: '/d' }] }),
      /declares no block device `service0` \(it declares no block device\)/
    ],
    [
      'the same name twice',
      request({
        declared: [BLOCK('a')],
        disks: [
          { name: 'a', path: '/1' },
          { name: 'a', path: '/2' }
        ]
      }),
      /^input `disk`: the block device `a` is given twice$/
    ],
    [
      'more paths than block devices',
      request({ declared: [BLOCK('a')], disks: [{ path: '/1' }, { path: '/2' }] }),
      /^input `disk`: \/2: no block device of k\.virtio is left for it \(it declares block device a\)$/
    ],
    [
      'a declared block device without a disk',
      request({ declared: [BLOCK('a'), BLOCK('b')], disks: [{ path: '/1' }] }),
      /^input `disk`: k\.virtio declares the block device `b`, and no disk is given for it/
    ],
    [
      'a declared net device with network: none',
      request({ declared: [NET('service0')], network: 'none' }),
      /^input `network`: is none, but k\.virtio declares the net device `service0`/
    ],
    ['ports with no net device declared', request({ hasPorts: true }), /^input `ports`: k\.virtio declares no net device/],
    ['probes with no net device declared', request({ hasProbes: true }), /^input `probe`: k\.virtio declares no net device/]
  ])('%s is an input error', (_name, input, message) => {
    expect(() => attachDeclaredDevices(input)).toThrow(message)
  })

  test.each([
    ['storage=/d/a.img', { name: 'storage', path: '/d/a.img' }],
    ['/d/a=b.img', { path: '/d/a=b.img' }],
    ['data_1=/x', { path: 'data_1=/x' }]
  ])('disk item %s', (item, parsed) => {
    expect(parseDiskItem(item)).toEqual(parsed)
  })
})

describe('net devices under a VMM that attaches them to taps', () => {
  const tender = (overrides: Partial<DeviceRequest>) =>
    request({
      kernel: 'k.spt',
      vmm: 'solo5-spt',
      netBacking: 'tap',
      canCreateTaps: true,
      declared: [NET('service0'), BLOCK('s'), NET('service1')],
      disks: [{ path: '/s' }],
      ...overrides
    })

  test('each declared net device not named gets a tap of its own on 10.N.0.0/30, N its place among the net devices', () => {
    const [first, , second] = attachDeclaredDevices(tender({}))
    expect(first).toEqual({
      kind: 'net',
      name: 'service0',
      tap: expect.stringMatching(/^uk[0-9a-f]{6}n0$/),
      link: { hostAddress: '10.0.0.1', guestAddress: '10.0.0.2', prefixLength: 30 }
    })
    expect(second).toEqual({
      kind: 'net',
      name: 'service1',
      tap: expect.stringMatching(/^uk[0-9a-f]{6}n1$/),
      link: { hostAddress: '10.1.0.1', guestAddress: '10.1.0.2', prefixLength: 30 }
    })
  })

  test('a tap named in `net` or attached in vmm-args is used as it is, with no link', () => {
    const devices = attachDeclaredDevices(
      tender({ nets: [parseNetItem('service1=tap9')], tapInArgs: (name) => (name === 'service0' ? 'tap3' : undefined), canCreateTaps: false })
    )
    expect(devices.filter((d) => d.kind === 'net')).toEqual([
      { kind: 'net', name: 'service0', tap: 'tap3' },
      { kind: 'net', name: 'service1', tap: 'tap9' }
    ])
  })

  test.each([
    [
      'no tap named and none can be created',
      tender({ canCreateTaps: false }),
      /^input `net`: k\.spt declares the net device `service0`, which solo5-spt attaches only to a tap device, and this step cannot create one \(it needs root or passwordless sudo\): create a tap and name it with `net: service0=<tap>`/
    ],
    [
      'a tap for a device the kernel does not declare',
      tender({ nets: [parseNetItem('data=tap0')] }),
      /^input `net`: `data=tap0`: k\.spt declares no net device `data` \(it declares net devices service0, service1\)$/
    ],
    [
      'the same device twice',
      tender({ nets: [parseNetItem('service0=tap0'), parseNetItem('service0=tap1')] }),
      /^input `net`: the net device `service0` is given twice$/
    ],
    ['a device named in `net` and in vmm-args', tender({ nets: [parseNetItem('service0=tap0')], tapInArgs: () => 'tap3' }), /is attached in vmm-args as well/],
    [
      '`net` under user networking',
      request({ declared: [NET('service0')], nets: [parseNetItem('service0=tap0')] }),
      /^input `net`: qemu attaches net devices to its own user networking/
    ],
    ['network: none with a declared net device', tender({ network: 'none' }), /^input `network`: is none/]
  ])('%s is an input error', (_name, input, message) => {
    expect(() => attachDeclaredDevices(input)).toThrow(message)
  })

  test.each(['service0', 'service0=', '=tap0', 'service0=tap/0', 'service0=averyveryverylongtap', 'service_0=tap0'])('net item %s is refused', (item) => {
    expect(() => parseNetItem(item)).toThrow(/^input `net`: `.*` is not NAME=TAP/)
  })
})

describe('tap commands: argv arrays, sudo -n when not root', () => {
  const link = tapLink(0)
  test('as root', () => {
    expect(createCommands('uk1n0', link, 'root')).toEqual([
      ['ip', 'tuntap', 'add', 'dev', 'uk1n0', 'mode', 'tap'],
      ['ip', 'addr', 'add', '10.0.0.1/30', 'dev', 'uk1n0'],
      ['ip', 'link', 'set', 'dev', 'uk1n0', 'up']
    ])
    expect(removeCommands(['uk1n0'], 'root')).toEqual([['ip', 'link', 'del', 'dev', 'uk1n0']])
  })
  test("through sudo: the tap belongs to the step's user, so the tender opens it without sudo", () => {
    expect(createCommands('uk1n0', link, 'sudo', 1001)[0]).toEqual(['sudo', '-n', 'ip', 'tuntap', 'add', 'dev', 'uk1n0', 'mode', 'tap', 'user', '1001'])
    expect(removeCommands(['a', 'b'], 'sudo')).toEqual([
      ['sudo', '-n', 'ip', 'link', 'del', 'dev', 'a'],
      ['sudo', '-n', 'ip', 'link', 'del', 'dev', 'b']
    ])
  })
  test('a route to the guest address other than the default one is a conflict', () => {
    expect(overlappingRoutes('default via 192.0.2.1 dev eth0 \n')).toEqual([])
    expect(overlappingRoutes('default via 10.1.0.1 dev eth0\n10.1.0.0/16 dev eth0 proto kernel scope link src 10.1.0.4 \n')).toEqual([
      '10.1.0.0/16 dev eth0 proto kernel scope link src 10.1.0.4'
    ])
  })
  test('the summary names the tap and, for a created one, its addresses', () => {
    expect(attachedTo({ kind: 'net', name: 'service0', tap: 'uk1n0', link })).toBe('tap uk1n0 (created; host 10.0.0.1/30, guest 10.0.0.2)')
    expect(attachedTo({ kind: 'net', name: 'service0', tap: 'tap0' })).toBe('tap tap0')
  })
})

function spec(devices: AttachedDevice[], overrides: Partial<BootSpec> = {}): BootSpec {
  return {
    kernel: '/k/t.virtio',
    kernelInfo: { format: 'elf', arch: 'x86_64' },
    disks: [],
    devices,
    arch: 'x86_64',
    memoryMiB: 256,
    cpus: 1,
    accel: 'tcg',
    ports: [],
    network: 'restricted',
    exitDevices: [],
    extraArgs: [],
    vmmBinary: '/usr/bin/vmm',
    workDir: '/tmp/boot-1',
    ...overrides
  }
}

describe('declared devices on the command line', () => {
  const mixed: AttachedDevice[] = [
    { kind: 'net', name: 'service0' },
    { kind: 'block', name: 'storage', path: '/d/s,1.img' },
    { kind: 'net', name: 'service1' }
  ]

  test('QEMU: no NIC when none is declared', () => {
    const args = qemu.plan(spec([])).args
    expect(args).not.toContain('-netdev')
    expect(args).not.toContain('-drive')
  })

  test('QEMU: each device at the PCI slot of its manifest position; forwards on the first NIC', () => {
    const args = qemu.plan(spec(mixed, { ports: [{ host: 8080, guest: 80 }] })).args
    const pairs = (flag: string) => args.flatMap((a, i) => (a === flag ? [args[i + 1]] : []))
    expect(pairs('-netdev')).toEqual(['user,id=net0,restrict=on,hostfwd=tcp:127.0.0.1:8080-:80', 'user,id=net1,restrict=on'])
    expect(pairs('-drive')).toEqual(['file=/d/s,,1.img,if=none,id=disk0,format=raw'])
    expect(pairs('-device')).toEqual([
      'virtio-blk-pci,drive=disk0,addr=0x2',
      'virtio-net-pci,netdev=net0,romfile=,addr=0x1',
      'virtio-net-pci,netdev=net1,romfile=,addr=0x3'
    ])
  })

  test('QEMU: open network drops restrict on every NIC', () => {
    const args = qemu.plan(spec(mixed, { network: 'open' })).args
    expect(args.filter((a) => a.startsWith('user,'))).toEqual(['user,id=net0', 'user,id=net1'])
  })

  test('QEMU: more devices than bus 0 has slots for is an input error', () => {
    const many = Array.from({ length: 31 }, (_, i): AttachedDevice => ({ kind: 'block', name: `s${i}`, path: `/d/${i}` }))
    expect(() => qemu.plan(spec(many))).toThrow(/^input `disk`: \/k\/t\.virtio declares 31 devices; QEMU's q35 machine has room for 30 PCI devices/)
    expect(() => qemu.plan(spec(many.slice(0, 30)))).not.toThrow()
  })

  test('tenders: --block:NAME=PATH and --net:NAME=TAP by the manifest names, before --', () => {
    const devices: AttachedDevice[] = [
      { kind: 'block', name: 'storage0', path: '/d/a b.img' },
      { kind: 'net', name: 'service0', tap: 'tap7' },
      { kind: 'block', name: 'storage1', path: '/d/c.img' }
    ]
    for (const driver of [solo5Spt, solo5Hvt]) {
      expect(driver.plan(spec(devices, { kernel: '/k/t.hvt', accel: 'kvm', cmdline: 'x' })).args).toEqual([
        '--mem=256',
        '--block:storage0=/d/a b.img',
        '--net:service0=tap7',
        '--block:storage1=/d/c.img',
        '--',
        '/k/t.hvt',
        'x'
      ])
    }
  })

  test('tenders: a net device with no tap is an input error naming `network`, unless vmm-args attach it', () => {
    const net: AttachedDevice[] = [{ kind: 'net', name: 'service0' }]
    expect(() => solo5Spt.plan(spec(net, { kernel: '/k/t.spt' }))).toThrow(
      /^input `net`: \/k\/t\.spt declares the net device `service0`, which solo5-spt attaches only to a tap device: name one with `net: service0=<tap>`/
    )
    expect(solo5Spt.plan(spec(net, { kernel: '/k/t.spt', extraArgs: ['--net:service0=tap0'] })).args).toEqual([
      '--mem=256',
      '--net:service0=tap0',
      '--',
      '/k/t.spt'
    ])
  })
})
