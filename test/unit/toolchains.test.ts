import { describe, expect, test } from '@jest/globals'
import type { ElfInfo, ElfNote } from '../../src/kernel/elf.js'
import { custom } from '../../src/toolchains/custom.js'
import { hermit } from '../../src/toolchains/hermit.js'
import { mirage } from '../../src/toolchains/mirage.js'
import { nanos } from '../../src/toolchains/nanos.js'
import { detectToolchain, toolchainProfile, TOOLCHAINS } from '../../src/toolchains/catalog.js'
import { solo5AbiTarget } from '../../src/kernel/solo5-abi.js'
import { solo5 } from '../../src/toolchains/solo5.js'
import { TOOLCHAIN_NAMES, type DecodedExit, type ToolchainBootProfile } from '../../src/toolchains/types.js'
import { unikraft } from '../../src/toolchains/unikraft.js'
import { vmmDriver, type VmmName } from '../../src/vmm/drivers.js'
import type { VmmExit } from '../../src/vmm/types.js'

const status = (code: number, extra: Partial<VmmExit> = {}): VmmExit => ({ status: code, signal: null, ...extra })
const killed = (signal: NodeJS.Signals): VmmExit => ({ status: null, signal })
const exited = (code: number): DecodedExit => ({ kind: 'exited', code })
const crashedWith = (reason: RegExp) => ({ kind: 'crashed', reason: expect.stringMatching(reason) })

const SOLO5_BANNER = 'Solo5: Bindings version v0.9.0\nSolo5: Memory map: 512 MB addressable:\n'

type Row = [string, ToolchainBootProfile, VmmName, VmmExit, string, DecodedExit | ReturnType<typeof crashedWith>, string?]

describe('decodeExit', () => {
  const rows: Row[] = [
    // Unikraft on QEMU: ACPI poweroff 0, isa-debug-exit 41 → 83 clean, 42 → 85 crash.
    ['unikraft: ACPI poweroff', unikraft, 'qemu', status(0, { shutdownReason: 'guest-shutdown' }), '', exited(0)],
    ['unikraft: poweroff without QMP reason', unikraft, 'qemu', status(0), '', exited(0)],
    ['unikraft: triple fault under -no-reboot', unikraft, 'qemu', status(0, { shutdownReason: 'guest-reset' }), '', crashedWith(/triple fault/)],
    ['unikraft: isa-debug-exit 41', unikraft, 'qemu', status(83), 'Unikraft halted\n', exited(0)],
    ['unikraft: isa-debug-exit 42', unikraft, 'qemu', status(85), '', crashedWith(/^Unikraft crash \(isa-debug-exit 42\)$/)],
    ['unikraft: other odd status', unikraft, 'qemu', status(7), '', exited(3)],
    ['unikraft: pvpanic', unikraft, 'qemu', status(0, { guestPanicked: true }), '', crashedWith(/GUEST_PANICKED/)],
    ['unikraft: QEMU killed', unikraft, 'qemu', killed('SIGSEGV'), '', crashedWith(/SIGSEGV/)],
    ['unikraft: even QEMU status', unikraft, 'qemu', status(2), '', crashedWith(/status 2/)],
    ['unikraft: Firecracker reset (no exit code)', unikraft, 'firecracker', status(0), '', { kind: 'stopped' }],
    [
      'unikraft: Firecracker stops a triple-faulting guest',
      unikraft,
      'firecracker',
      status(1),
      '',
      crashedWith(/status 1: Error: RunWithoutApiError\(Shutdown\(GenericError\)\)/),
      'Error: RunWithoutApiError(Shutdown(GenericError))\n'
    ],
    ['unikraft: Firecracker killed', unikraft, 'firecracker', killed('SIGKILL'), '', crashedWith(/SIGKILL/)],

    // Solo5 virtio on QEMU: always 83, the console says how it ended.
    ['solo5 virtio: exit line 0', solo5, 'qemu', status(83), `${SOLO5_BANNER}Solo5: solo5_exit(0) called\nSolo5: Halted\n`, exited(0)],
    ['solo5 virtio: exit line 2', solo5, 'qemu', status(83), `${SOLO5_BANNER}Solo5: solo5_exit(2) called\n`, exited(2)],
    ['solo5 virtio: last exit line wins', solo5, 'qemu', status(83), 'app: Solo5: solo5_exit(0) called\nSolo5: solo5_exit(1) called\n', exited(1)],
    ['solo5 virtio: no exit line', solo5, 'qemu', status(83), SOLO5_BANNER, exited(0)],
    ['solo5 virtio: abort', solo5, 'qemu', status(83), `${SOLO5_BANNER}Solo5: solo5_abort() called\n`, crashedWith(/Solo5 abort/)],
    ['solo5 virtio: assertion', solo5, 'qemu', status(83), "Solo5: ABORT: mem.c:42: Assertion `x' failed\n", crashedWith(/Solo5 abort/)],
    ['solo5 virtio: triple fault', solo5, 'qemu', status(0, { shutdownReason: 'guest-reset' }), SOLO5_BANNER, crashedWith(/triple fault/)],
    ['solo5 virtio: pvpanic', solo5, 'qemu', status(83, { guestPanicked: true }), '', crashedWith(/GUEST_PANICKED/)],

    // Solo5 tenders: the status is the code; 255 is SOLO5_EXIT_ABORT.
    ['solo5-hvt: success', solo5, 'solo5-hvt', status(0), `${SOLO5_BANNER}Solo5: solo5_exit(0) called\n`, exited(0)],
    ['solo5-hvt: failure', solo5, 'solo5-hvt', status(1), '', exited(1)],
    ['solo5-hvt: failure, the tender says nothing', solo5, 'solo5-hvt', status(1), 'Solo5: solo5_exit(1) called\n', exited(1), ''],
    [
      'solo5-hvt: the guest tripped the tender',
      solo5,
      'solo5-hvt',
      status(1),
      SOLO5_BANNER,
      crashedWith(/^the tender stopped the guest: solo5-hvt: Invalid guest access/),
      'solo5-hvt: Invalid guest access: 0x1000\n'
    ],
    [
      'solo5-spt: the guest tripped the tender',
      solo5,
      'solo5-spt',
      status(1),
      '',
      crashedWith(/^the tender stopped the guest: solo5-spt: guest fault/),
      'solo5-spt: guest fault at 0xdead\n'
    ],
    ['solo5-hvt: other code', solo5, 'solo5-hvt', status(3), '', exited(3)],
    ['solo5-hvt: abort', solo5, 'solo5-hvt', status(255), 'Solo5: solo5_abort() called\n', crashedWith(/exit status 255/)],
    ['solo5-spt: abort', solo5, 'solo5-spt', status(255), '', crashedWith(/abort/)],
    ['solo5-spt: seccomp kill', solo5, 'solo5-spt', killed('SIGSYS'), '', crashedWith(/SIGSYS/)],
    ['solo5-spt: segfault', solo5, 'solo5-spt', killed('SIGSEGV'), '', crashedWith(/SIGSEGV/)],

    // MirageOS decodes exactly like Solo5.
    ['mirage virtio: exit line', mirage, 'qemu', status(83), 'Solo5: solo5_exit(1) called\n', exited(1)],
    ['mirage hvt: abort', mirage, 'solo5-hvt', status(255), '', crashedWith(/abort/)],
    ['mirage spt: success', mirage, 'solo5-spt', status(0), '', exited(0)],

    // Nanos on QEMU: app exit n → (n << 1) | 1.
    ['nanos: app exit 0', nanos, 'qemu', status(1), '', exited(0)],
    ['nanos: app exit 1', nanos, 'qemu', status(3), '', exited(1)],
    ['nanos: app exit 42', nanos, 'qemu', status(85), '', exited(42)],
    ['nanos: VM_EXIT_FAULT', nanos, 'qemu', status(253), '', crashedWith(/VM_EXIT_FAULT/)],
    ['nanos: VM_EXIT_HALT', nanos, 'qemu', status(255), '', crashedWith(/VM_EXIT_HALT/)],
    ['nanos: triple fault', nanos, 'qemu', status(0, { shutdownReason: 'guest-reset' }), '', crashedWith(/triple fault/)],
    ['nanos: killed', nanos, 'qemu', killed('SIGTERM'), '', crashedWith(/SIGTERM/)],

    // Hermit on QEMU (0xf4): writes 1 on success (→ 3), 0 on failure (→ 1); uhyve passes the code through.
    ['hermit: success', hermit, 'qemu', status(3), '', exited(0)],
    ['hermit: ACPI poweroff', hermit, 'qemu', status(0), '', exited(0)],
    ['hermit: failure', hermit, 'qemu', status(1), '[0][PANIC] panicked at src/main.rs:3:5\n', exited(1)],
    ['hermit: other odd status', hermit, 'qemu', status(11), '', exited(5)],
    ['hermit: triple fault', hermit, 'qemu', status(0, { shutdownReason: 'guest-reset' }), '', crashedWith(/triple fault/)],
    ['hermit: uhyve success', hermit, 'uhyve', status(0), '', exited(0)],
    ['hermit: uhyve code 3', hermit, 'uhyve', status(3), '', exited(3)],
    ['hermit: uhyve killed', hermit, 'uhyve', killed('SIGABRT'), '', crashedWith(/SIGABRT/)],

    // custom: unknown protocol, odd statuses decoded.
    ['custom: poweroff', custom, 'qemu', status(0), '', exited(0)],
    ['custom: triple fault', custom, 'qemu', status(0, { shutdownReason: 'guest-reset' }), '', crashedWith(/triple fault/)],
    ['custom: isa-debug-exit 0', custom, 'qemu', status(1), '', exited(0)],
    ['custom: isa-debug-exit 5', custom, 'qemu', status(11), '', exited(5)],
    ['custom: Linux panic via pvpanic', custom, 'qemu', status(1, { guestPanicked: true }), 'Kernel panic - not syncing: VFS\n', crashedWith(/GUEST_PANICKED/)],
    ['custom: QEMU killed', custom, 'qemu', killed('SIGKILL'), '', crashedWith(/SIGKILL/)],
    ['custom: Firecracker', custom, 'firecracker', status(0), '', { kind: 'stopped' }]
  ]

  // The optional stderr goes in a rest parameter: a seventh named one would make jest wait for a `done` callback.
  test.each(rows)('%s', (_name, profile, vmm, exit, console, expected, ...[stderr]) => {
    expect(profile.decodeExit({ channel: vmmDriver(vmm).exitChannel, exit, console, stderr })).toEqual(expected)
  })

  // QEMU on arm64 with -semihosting: SYS_EXIT's code is QEMU's status (Nanos' angel_shutdown, Hermit's shutdown).
  test.each([
    ['nanos: app exit 0', nanos, status(0), exited(0)],
    ['nanos: app exit 1', nanos, status(1), exited(1)],
    ['nanos: VM_EXIT_FAULT', nanos, status(126), crashedWith(/VM_EXIT_FAULT/)],
    ['nanos: VM_EXIT_HALT', nanos, status(127), crashedWith(/VM_EXIT_HALT/)],
    ['hermit: exit 0', hermit, status(0), exited(0)],
    ['hermit: exit 3 is a code, not a debug-exit success', hermit, status(3), exited(3)],
    ['hermit: PSCI reset under -no-reboot', hermit, status(0, { shutdownReason: 'guest-reset' }), crashedWith(/reset itself/)],
    ['custom: exit 5', custom, status(5), exited(5)]
  ] as const)('semihosting, %s', (_name, profile, exit, expected) => {
    expect(profile.decodeExit({ channel: 'semihosting', exit, console: '' })).toEqual(expected)
  })

  test.each(TOOLCHAINS.map((p) => [p.name, p] as const))('%s: a signal is always a crash, success is 0', (_name, profile) => {
    expect(profile.successCode).toBe(0)
    for (const vmm of ['qemu', 'solo5-hvt', 'firecracker', 'uhyve'] as const) {
      expect(profile.decodeExit({ channel: vmmDriver(vmm).exitChannel, exit: killed('SIGKILL'), console: '' })).toMatchObject({ kind: 'crashed' })
    }
  })
})

describe('failOn', () => {
  const crashLines: [ToolchainBootProfile, string][] = [
    [unikraft, '[    0.104512] CRIT: [libkvmplat] <traps.c @  100> Unhandled Trap 14 (page fault), error code=0x2'],
    [unikraft, 'Unikraft Crash - Helene (0.17.0~5d38d108)'],
    [solo5, 'Solo5: ABORT: cpu_x86_64.c:181: Fatal trap'],
    [solo5, 'Solo5: trap: type=#PF ec=0x0 rip=0x466a86 rsp=0x1ffffc10 rflags=0x10002'],
    [solo5, 'Solo5: solo5_abort() called'],
    [mirage, 'Solo5: ABORT: cpu_x86_64.c:181: Fatal trap'],
    [mirage, 'Fatal error: exception Not_found'],
    [mirage, 'Fatal error: out of memory'],
    [nanos, 'Unhandled page fault in kernel mode: cpu: 0'],
    [nanos, 'exception during interrupt handling'],
    [nanos, ' interrupt: e (Page fault)'],
    [nanos, 'assertion p != INVALID_ADDRESS failed at /nanos/src/unix/mmap.c:120  in mmap(); halt'],
    [hermit, '[0][PANIC] panicked at src/main.rs:3:5:\nboom'],
    [custom, '[    1.234567] Kernel panic - not syncing: VFS: Unable to mount root fs'],
    [custom, 'Kernel panic - not syncing: Attempted to kill init! exitcode=0x00000100']
  ]
  test.each(crashLines.map(([p, line]) => [p.name, line, p] as const))('%s crashes on %j', (_name, line, profile) => {
    expect(profile.failOn.some((pattern) => pattern.test(line))).toBe(true)
  })

  const benignLines: [ToolchainBootProfile, string][] = [
    [unikraft, '[    0.100000] Info: [libkvmplat] <setup.c @  488> Memory 00fd00000-0100000000 fixed'],
    [unikraft, 'Powered by Unikraft Helene (0.17.0)'],
    [unikraft, 'Unikraft halted'],
    [solo5, 'Solo5: solo5_exit(0) called'],
    [solo5, 'Solo5: Bindings version v0.9.0'],
    [mirage, '2017-02-08 09:54:44 -01:00: INF [application] hello'],
    [mirage, 'WARNING: Fatal error: is only a phrase here'],
    [nanos, 'en1: assigned 10.0.2.15'],
    [nanos, 'booting /root/.ops/images/hello ...'],
    [hermit, '[0][INFO] Welcome to Hermit 0.13.0'],
    [hermit, '[0][INFO] Hermit is running on uhyve!'],
    [custom, '[    0.000000] Linux version 6.1.0-18-cloud-amd64'],
    [custom, 'hello from the guest']
  ]
  test.each(benignLines.map(([p, line]) => [p.name, line, p] as const))('%s lets %j pass', (_name, line, profile) => {
    expect(profile.failOn.some((pattern) => pattern.test(line))).toBe(false)
  })

  test('mirage keeps every Solo5 pattern', () => {
    expect(mirage.failOn).toEqual(expect.arrayContaining([...solo5.failOn]))
  })
})

describe('exitDevices', () => {
  test.each([
    [unikraft, [{ iobase: 0x501, iosize: 2 }]],
    [solo5, [{ iobase: 0x501, iosize: 2 }]],
    [mirage, [{ iobase: 0x501, iosize: 2 }]],
    [nanos, [{ iobase: 0x501, iosize: 2 }]],
    [hermit, [{ iobase: 0xf4, iosize: 4 }]],
    [
      custom,
      [
        { iobase: 0x501, iosize: 2 },
        { iobase: 0xf4, iosize: 4 }
      ]
    ]
  ] as const)('%#: x86_64 has its devices, arm64 none', (profile, devices) => {
    expect(profile.exitDevices('x86_64')).toEqual(devices)
    expect(profile.exitDevices('arm64')).toEqual([])
  })
})

function elf(parts: Partial<ElfInfo> = {}): ElfInfo {
  return { class: 64, machine: 62, entry: 0x100000, segments: [], sections: [], notes: [], ...parts }
}

function u32s(...values: number[]): Buffer {
  const buffer = Buffer.alloc(values.length * 4)
  values.forEach((v, i) => buffer.writeUInt32LE(v, i * 4))
  return buffer
}

const ABI1 = 0x31494241
const solo5Note = (target: number): ElfNote => ({ name: 'Solo5', type: ABI1, desc: u32s(target, 2, 0, 0) })
const solo5Manifest: ElfNote = { name: 'Solo5', type: 0x3154464d, desc: Buffer.alloc(32) }
const hermitNote: ElfNote = { name: 'HERMIT', type: 0x5a00, desc: Buffer.from([4]) }
const pvhNote: ElfNote = { name: 'Xen', type: 18, desc: u32s(0x100000) }

describe('detection', () => {
  test.each([
    ['a Solo5 hvt unikernel', elf({ notes: [solo5Note(1), solo5Manifest], sections: ['.note.solo5.abi', '.text'] }), 'solo5'],
    ['a Solo5 kernel with only its manifest note', elf({ notes: [solo5Manifest] }), 'solo5'],
    ['a Unikraft kernel', elf({ sections: ['.text', '.uk_inittab', '.uk_ctortab', '.data'] }), 'unikraft'],
    ['a Unikraft kernel with a PVH note', elf({ sections: ['.uk_eventtab'], notes: [pvhNote] }), 'unikraft'],
    ['a Hermit application', elf({ notes: [hermitNote] }), 'hermit'],
    ['Solo5 wins over stray .uk_ sections', elf({ notes: [solo5Note(3)], sections: ['.uk_inittab'] }), 'solo5'],
    ['a plain multiboot kernel', elf({ class: 32, machine: 3, multiboot: { flags: 0x10003, aoutKludge: true } }), 'custom'],
    [
      'a Linux vmlinux',
      elf({ sections: ['.text', '.init.text', '.notes'], notes: [pvhNote, { name: 'Linux', type: 6, desc: Buffer.from('6.1\0') }] }),
      'custom'
    ],
    ['a section merely named like Unikraft', elf({ sections: ['.ukdata', 'uk_inittab'] }), 'custom']
  ] as const)('%s → %s', (_name, info, expected) => {
    expect(detectToolchain(info)).toBe(expected)
  })

  test('Nanos, MirageOS and custom never claim a kernel', () => {
    const everything = elf({ notes: [solo5Note(1), hermitNote], sections: ['.uk_inittab'] })
    expect([nanos, mirage, custom].map((p) => p.detect(everything))).toEqual([false, false, false])
  })
})

describe('solo5AbiTarget', () => {
  test.each([
    [1, 'hvt'],
    [2, 'spt'],
    [3, 'virtio'],
    [4, 'muen'],
    [5, 'genode'],
    [6, 'xen']
  ] as const)('abi_target %d is %s', (target, name) => {
    expect(solo5AbiTarget(elf({ notes: [solo5Manifest, solo5Note(target)] }))).toBe(name)
  })

  test.each([
    ['no notes', elf()],
    ['only the manifest note', elf({ notes: [solo5Manifest] })],
    ['an unknown target', elf({ notes: [solo5Note(7)] })],
    ['target 0', elf({ notes: [solo5Note(0)] })],
    ['a truncated descriptor', elf({ notes: [{ name: 'Solo5', type: ABI1, desc: Buffer.from([1, 0]) }] })],
    ['an ABI1 note under another name', elf({ notes: [{ name: 'Solo6', type: ABI1, desc: u32s(1) }] })]
  ])('%s → undefined', (_name, info) => {
    expect(solo5AbiTarget(info)).toBeUndefined()
  })
})

describe('registry', () => {
  test('every toolchain name has its profile, under its own name', () => {
    for (const name of TOOLCHAIN_NAMES) expect(toolchainProfile(name).name).toBe(name)
    expect(TOOLCHAINS.map((p) => p.name).sort()).toEqual([...TOOLCHAIN_NAMES].sort())
  })
})
