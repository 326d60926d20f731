import { describe, expect, test } from '@jest/globals'
import { ConfigurationError } from '../../src/runtime/errors.js'
import { firecracker, firecrackerConfig } from '../../src/vmm/firecracker.js'
import { solo5Hvt, solo5Spt } from '../../src/vmm/solo5.js'
import { custom } from '../../src/toolchains/custom.js'
import { solo5 } from '../../src/toolchains/solo5.js'
import { DEFAULT_VMM, VMM_DRIVERS, VMM_NAMES, vmmDriver, vmmForKernel, vmmOfPlatform } from '../../src/vmm/drivers.js'
import { qemu } from '../../src/vmm/qemu.js'
import type { BootSpec, VmmDriver, VmmExit } from '../../src/vmm/types.js'
import type { KernelInfo } from '../../src/kernel/format.js'
import type { ElfInfo } from '../../src/kernel/elf.js'
import { uhyve } from '../../src/vmm/uhyve.js'

function spec(overrides: Partial<BootSpec> = {}): BootSpec {
  return {
    kernel: '/k/hello.hvt',
    kernelInfo: { format: 'elf', arch: 'x86_64' },
    disks: [],
    arch: 'x86_64',
    memoryMiB: 256,
    cpus: 1,
    accel: 'kvm',
    ports: [],
    network: 'restricted',
    exitDevices: [],
    extraArgs: [],
    vmmBinary: '/usr/local/bin/vmm',
    workDir: '/tmp/boot-1',
    ...overrides
  }
}

const status = (code: number): VmmExit => ({ status: code, signal: null })

describe('Solo5 tenders', () => {
  test.each([
    ['minimal', spec(), ['--mem=256', '--', '/k/hello.hvt']],
    [
      'cmdline becomes the unikernel arguments',
      spec({ cmdline: '--ipv4=10.0.0.2/24  --hello=world ' }),
      ['--mem=256', '--', '/k/hello.hvt', '--ipv4=10.0.0.2/24', '--hello=world']
    ],
    ['one disk is the storage block device', spec({ disks: ['/d/disk.img'] }), ['--mem=256', '--block:storage=/d/disk.img', '--', '/k/hello.hvt']],
    [
      'vmm-args are tender options, before --',
      spec({ extraArgs: ['--net:service=tap0', '--net-mac:service=02:00:00:00:00:01'], cmdline: 'a' }),
      ['--mem=256', '--net:service=tap0', '--net-mac:service=02:00:00:00:00:01', '--', '/k/hello.hvt', 'a']
    ],
    ['memory in MiB', spec({ memoryMiB: 64 }), ['--mem=64', '--', '/k/hello.hvt']],
    [
      'a path with spaces stays one argument',
      spec({ kernel: '/k/my unikernel.hvt', disks: ['/d/a b.img'] }),
      ['--mem=256', '--block:storage=/d/a b.img', '--', '/k/my unikernel.hvt']
    ]
  ])('%s', (_name, input, args) => {
    for (const driver of [solo5Spt, solo5Hvt]) {
      expect(driver.plan(input)).toEqual({ command: '/usr/local/bin/vmm', args, files: [] })
    }
  })

  test('a kernel is claimed by the tender its Solo5 ABI note names, and by no other VMM', () => {
    for (const [target, expected] of [
      [1, 'solo5-hvt'],
      [2, 'solo5-spt'],
      [3, DEFAULT_VMM]
    ] as const) {
      expect(vmmForKernel(solo5Kernel(target))).toBe(expected)
    }
    expect(vmmForKernel({ format: 'elf', arch: 'x86_64', elf: elfWithNotes([]) })).toBe(DEFAULT_VMM)
    expect(vmmForKernel({ format: 'bzimage', arch: 'x86_64' })).toBe(DEFAULT_VMM)
  })

  test("the tender's status is the guest's code; 255 and a tripped tender are crashes", () => {
    const decode = (exit: VmmExit, stderr = '') => solo5.decodeExit({ channel: solo5Hvt.exitChannel, exit, console: '', stderr })
    expect(decode(status(0))).toEqual({ kind: 'exited', code: 0 })
    expect(decode(status(3))).toEqual({ kind: 'exited', code: 3 })
    expect(decode(status(255))).toMatchObject({ kind: 'crashed' })
    expect(decode(status(1), 'solo5-hvt: Invalid guest access: gpa=0x0, sz=16\n')).toMatchObject({ kind: 'crashed' })
  })

  test.each([
    ['ports', spec({ ports: [{ host: 8080, guest: 80 }] }), /^input `ports`: solo5-(spt|hvt) cannot forward ports: .*tap device/],
    ['two disks', spec({ disks: ['/d/a.img', '/d/b.img'] }), /^input `disk`: .*one block device.*got 2/],
    ['an initrd', spec({ initrd: '/k/initrd' }), /^input `initrd`: /],
    ['two vCPUs', spec({ cpus: 2 }), /^input `cpus`: .*one vCPU/]
  ])('%s is a configuration error', (_name, input, message) => {
    for (const driver of [solo5Spt, solo5Hvt]) {
      expect(() => driver.plan(input)).toThrow(ConfigurationError)
      expect(() => driver.plan(input)).toThrow(message)
    }
  })

  test.each([
    [
      'missing device',
      status(1),
      "solo5-hvt: Device 'service' of type NET_BASIC declared but not attached.\nsolo5-hvt: All declared devices must be attached. See --help for syntax.\n",
      "solo5-hvt: Device 'service' of type NET_BASIC declared but not attached.\nsolo5-hvt: All declared devices must be attached. See --help for syntax."
    ],
    [
      'wrong target',
      status(1),
      'solo5-spt: /k/hello.hvt: Executable is not for the solo5-spt target\n',
      'solo5-spt: /k/hello.hvt: Executable is not for the solo5-spt target'
    ],
    [
      'bad option',
      status(1),
      "solo5-spt: Invalid option: `--bogus'\nusage: solo5-spt [ CORE OPTIONS ] [ MODULE OPTIONS ] [ -- ] KERNEL [ ARGS ]\n" +
        'KERNEL is the filename of the unikernel to run.\n',
      "solo5-spt: Invalid option: `--bogus'\nusage: solo5-spt [ CORE OPTIONS ] [ MODULE OPTIONS ] [ -- ] KERNEL [ ARGS ]"
    ],
    ['no KVM', status(1), 'solo5-hvt: Could not open: /dev/kvm: Permission denied\n', 'solo5-hvt: Could not open: /dev/kvm: Permission denied']
  ])('vmmFailure: %s', (_name, exit, stderr, message) => {
    expect(solo5Hvt.vmmFailure(exit, stderr)).toBe(message)
  })

  test.each([
    ['guest exit 1, quiet stderr', status(1), ''],
    ['guest success', status(0), ''],
    ['guest abort', status(255), ''],
    ['guest fault caught by the tender', status(1), 'solo5-hvt: Invalid guest access: gpa=0x0, sz=16\n'],
    ['KVM translation fault', status(1), 'solo5-hvt: KVM: host/guest translation fault: rip=0x0\n'],
    ['signal', { status: null, signal: 'SIGSYS' } as VmmExit, 'Bad system call\n']
  ])('vmmFailure: %s is not a tender failure', (_name, exit, stderr) => {
    expect(solo5Spt.vmmFailure(exit, stderr)).toBeUndefined()
  })
})

describe('Firecracker', () => {
  test('argv: no API socket, config file in the work directory', () => {
    const plan = firecracker.plan(spec({ kernel: '/k/vmlinux', extraArgs: ['--level', 'Debug'] }))
    expect(plan.command).toBe('/usr/local/bin/vmm')
    // Its own log goes to a file: stdout is the guest's console.
    expect(plan.args).toEqual(['--no-api', '--config-file', '/tmp/boot-1/firecracker.json', '--log-path', '/tmp/boot-1/firecracker.log', '--level', 'Debug'])
    expect(plan.files.map((f) => f.path)).toEqual(['/tmp/boot-1/firecracker.json', '/tmp/boot-1/firecracker.log'])
    expect(plan.control).toBeUndefined()
  })

  test.each([
    [
      'a Linux vmlinux gets the Linux console defaults',
      spec({ kernel: '/k/vmlinux', kernelInfo: { format: 'elf', arch: 'x86_64', elf: linuxElf() } }),
      {
        'boot-source': { kernel_image_path: '/k/vmlinux', boot_args: 'console=ttyS0 reboot=k panic=1' },
        drives: [],
        'machine-config': { vcpu_count: 1, mem_size_mib: 256 }
      }
    ],
    [
      'a unikernel gets an empty command line, not the Linux one Firecracker would pass',
      spec({ kernel: '/k/app.fc' }),
      {
        'boot-source': { kernel_image_path: '/k/app.fc', boot_args: '' },
        drives: [],
        'machine-config': { vcpu_count: 1, mem_size_mib: 256 }
      }
    ],
    [
      'initrd, cmdline, disks, cpus, memory',
      spec({ kernel: '/k/vmlinux', initrd: '/k/initrd.cpio', cmdline: 'console=ttyS0 quiet', disks: ['/d/a.ext4', '/d/b.img'], cpus: 2, memoryMiB: 512 }),
      {
        'boot-source': { kernel_image_path: '/k/vmlinux', initrd_path: '/k/initrd.cpio', boot_args: 'console=ttyS0 quiet' },
        drives: [
          { drive_id: 'disk0', path_on_host: '/d/a.ext4', is_root_device: false, is_read_only: false },
          { drive_id: 'disk1', path_on_host: '/d/b.img', is_root_device: false, is_read_only: false }
        ],
        'machine-config': { vcpu_count: 2, mem_size_mib: 512 }
      }
    ],
    [
      'an empty cmdline is kept',
      spec({ kernel: '/k/hermit-loader', initrd: '/k/app', cmdline: '' }),
      {
        'boot-source': { kernel_image_path: '/k/hermit-loader', initrd_path: '/k/app', boot_args: '' },
        drives: [],
        'machine-config': { vcpu_count: 1, mem_size_mib: 256 }
      }
    ]
  ])('config file: %s', (_name, input, config) => {
    expect(firecrackerConfig(input)).toEqual(config)
    const [file] = firecracker.plan(input).files
    expect(JSON.parse(file.content)).toEqual(config)
    expect(file.content.endsWith('\n')).toBe(true)
  })

  test('it reports no exit code: 0 is a stopped guest, a fault on stderr a crash, its own errors a failure', () => {
    const decode = (code: number, stderr = '') => custom.decodeExit({ channel: firecracker.exitChannel, exit: status(code), console: '', stderr })
    expect(decode(0)).toEqual({ kind: 'stopped' })
    const triple = 'Error: RunWithoutApiError(Shutdown(GenericError))\n'
    expect(firecracker.vmmFailure(status(1), triple)).toBeUndefined()
    expect(decode(1, triple)).toMatchObject({ kind: 'crashed' })
    expect(firecracker.vmmFailure(status(1), 'Error: RunWithoutApiError(BuildMicroVMFromJson(StartMicroVM(KernelLoader)))\n')).toMatch(/BuildMicroVM/)
    // QEMU's status, by contrast, carries the guest's isa-debug-exit value.
    expect(custom.decodeExit({ channel: qemu.exitChannel, exit: status(3), console: '' })).toEqual({ kind: 'exited', code: 1 })
  })

  test('ports are a configuration error', () => {
    expect(() => firecracker.plan(spec({ ports: [{ host: 8080, guest: 80 }] }))).toThrow(/^input `ports`: firecracker cannot forward ports/)
  })

  const invalidKernelPath =
    'Error: RunWithoutApiError(BuildMicroVMFromJson(ConfigureBootSource(InvalidKernelPath(' +
    'Os { code: 2, kind: NotFound, message: "No such file or directory" }))))'
  test.each([
    ['bad config', status(1), `${invalidKernelPath}\n`, invalidKernelPath],
    ['argument error', status(153), 'Error: ParseArguments(UnexpectedArgument("bogus"))\n', 'Error: ParseArguments(UnexpectedArgument("bogus"))'],
    [
      'panic',
      { status: null, signal: 'SIGABRT' } as VmmExit,
      "thread 'main' panicked at src/firecracker/src/main.rs:330:32:\nUnable to open or read from the configuration file\n",
      "thread 'main' panicked at src/firecracker/src/main.rs:330:32:"
    ]
  ])('vmmFailure: %s', (_name, exit, stderr, message) => {
    expect(firecracker.vmmFailure(exit, stderr)).toBe(message)
  })

  test.each([
    ['guest rebooted', status(0), ''],
    ['killed by us', { status: null, signal: 'SIGKILL' } as VmmExit, ''],
    ['non-zero without an error line', status(1), 'something\n']
  ])('vmmFailure: %s is not a Firecracker failure', (_name, exit, stderr) => {
    expect(firecracker.vmmFailure(exit, stderr)).toBeUndefined()
  })
})

describe('uhyve', () => {
  test.each([
    ['minimal', spec({ kernel: '/k/hello' }), ['-m', '256MiB', '-c', '1', '/k/hello']],
    ['cpus and memory', spec({ kernel: '/k/hello', cpus: 4, memoryMiB: 1024 }), ['-m', '1024MiB', '-c', '4', '/k/hello']],
    [
      'guest arguments after --',
      spec({ kernel: '/k/hello', cmdline: '-freq 2800 -- app-arg' }),
      ['-m', '256MiB', '-c', '1', '/k/hello', '--', '-freq', '2800', '--', 'app-arg']
    ],
    [
      'vmm-args before the kernel',
      spec({ kernel: '/k/hello', extraArgs: ['--file-mapping', '/data:/root/data'] }),
      ['-m', '256MiB', '-c', '1', '--file-mapping', '/data:/root/data', '/k/hello']
    ]
  ])('%s', (_name, input, args) => {
    expect(uhyve.plan(input)).toEqual({ command: '/usr/local/bin/vmm', args, files: [] })
  })

  test.each([
    ['ports', spec({ ports: [{ host: 8080, guest: 80 }] }), /^input `ports`: uhyve cannot forward ports/],
    ['a disk', spec({ disks: ['/d/a.img'] }), /^input `disk`: uhyve has no block devices/],
    ['an initrd', spec({ initrd: '/k/initrd' }), /^input `initrd`: /],
    ['odd memory', spec({ memoryMiB: 255 }), /^input `memory`: uhyve needs a multiple of 2 MiB, got 255 MiB/]
  ])('%s is a configuration error', (_name, input, message) => {
    expect(() => uhyve.plan(input)).toThrow(ConfigurationError)
    expect(() => uhyve.plan(input)).toThrow(message)
  })

  test.each([
    [
      'no KVM',
      status(101),
      "thread 'main' panicked at src/bin/uhyve.rs:20:5:\nUnable to create VM! Is the hypervisor interface (e.g. KVM) activated?\n",
      "thread 'main' panicked at src/bin/uhyve.rs:20:5:"
    ],
    [
      'bad argument',
      status(2),
      "error: invalid value 'x' for '--cpu-count <CPU_COUNT>'\n\nFor more information, try '--help'.\n",
      "error: invalid value 'x' for '--cpu-count <CPU_COUNT>'"
    ]
  ])('vmmFailure: %s', (_name, exit, stderr, message) => {
    expect(uhyve.vmmFailure(exit, stderr)).toBe(message)
  })

  test.each([
    ['guest exit 0', status(0), ''],
    ['guest exit 2', status(2), ''],
    ['guest exit 1 with uhyve log lines', status(1), '[2026-01-01T00:00:00Z ERROR uhyvelib::vcpu] guest wrote to an unknown port\n']
  ])('vmmFailure: %s is the guest code', (_name, exit, stderr) => {
    expect(uhyve.vmmFailure(exit, stderr)).toBeUndefined()
  })
})

describe('renderers are pure', () => {
  test.each([solo5Spt, solo5Hvt, firecracker, uhyve].map((d) => [d.name, d] as const))(
    '%s renders the same plan twice and leaves the spec alone',
    (_name, driver: VmmDriver) => {
      const input = spec({ kernel: '/k/x', cmdline: 'a b', disks: [] })
      const before = structuredClone(input)
      expect(driver.plan(input)).toEqual(driver.plan(input))
      expect(input).toEqual(before)
    }
  )
})

describe('drivers', () => {
  test('the `vmm` input selects the driver of that name', () => {
    expect(VMM_NAMES.map((name) => vmmDriver(name).name)).toEqual(VMM_NAMES)
    expect(VMM_DRIVERS.map((driver) => driver.name)).toEqual(VMM_NAMES)
  })

  test('each platform a driver boots maps back to it, as image descriptors name it', () => {
    for (const driver of VMM_DRIVERS) if (driver.platform) expect(vmmOfPlatform(driver.platform)).toBe(driver.name)
    expect(vmmOfPlatform('xen')).toBeUndefined()
  })
})

/** A vmlinux's ELF: Linux's own notes (owner "Linux", the build salt) beside the PVH one. */
function linuxElf(): ElfInfo {
  return elfWithNotes([{ name: 'Linux', type: 0x100, desc: Buffer.alloc(20) }])
}

function elfWithNotes(notes: ElfInfo['notes']): ElfInfo {
  return { class: 64, machine: 62, entry: 0, segments: [], sections: [], notes }
}

/** A kernel whose Solo5 ABI1 note names binding `target` (1 hvt, 2 spt, 3 virtio). */
function solo5Kernel(target: number): KernelInfo {
  const desc = Buffer.alloc(8)
  desc.writeUInt32LE(target, 0)
  return { format: 'elf', arch: 'x86_64', elf: elfWithNotes([{ name: 'Solo5', type: 0x31494241, desc }]) }
}
