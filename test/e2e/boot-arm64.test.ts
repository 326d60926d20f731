import { afterAll, describe, expect, test } from '@jest/globals'
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import type { KvmProbe } from '../../src/vmm/kvm.js'
import { hostArch } from '../../src/platform.js'
import { bootWith } from '../support/boot.js'
import { changeEnvironment } from '../support/environment.js'
import { fixturePath } from '../support/fixtures.js'
import { TempDirs } from '../support/temp-dirs.js'

const temps = new TempDirs()
afterAll(() => temps.removeAll())

// Real qemu-system-aarch64 (virt machine, TCG) booting raw arm64 boot Images assembled from
// test/fixtures/kernels/arm64.s. Nothing in the inputs says arm64: the Image's magic bytes do.

/** A /dev/kvm that works, and counts how often it is asked: an arm64 guest on an x86_64 host must not ask. */
function workingKvm(): KvmProbe & { asked: number } {
  const probe = { asked: 0, present: async () => (probe.asked++, true), usable: async () => (probe.asked++, true), enable: async () => (probe.asked++, true) }
  return probe
}

const crossArch = hostArch() !== 'arm64'

describe('arm64 under QEMU virt', () => {
  test('an arm64 Image prints to the PL011 UART and powers off through PSCI: passed', async () => {
    const kvm = workingKvm()
    // No `expect`: the guest's own exit decides (an expect would stop the VM the moment it matched).
    const run = await bootWith({ kernel: await fixturePath('arm64-hello') }, { kvm })
    expect(run.error).toBeUndefined()
    expect(run.outputs.get('result')).toBe('passed')
    expect(run.outputs.get('exit-code')).toBe('0')
    expect(run.outputs.get('vmm-exit-status')).toBe('status 0')
    expect(readFileSync(run.outputs.get('console-log')!, 'utf8')).toBe('Hello from the arm64 fixture kernel\n')
    const launched = run.logger
      .text('info')
      .split('\n')
      .find((line) => line.includes('qemu-system-'))
    expect(launched).toMatch(/\/qemu-system-aarch64 .*-machine virt -accel tcg -cpu max /)
    // No isa-debug-exit on an ARM machine: the device exists on x86's I/O port space only.
    expect(launched).not.toContain('isa-debug-exit')
    if (crossArch) {
      expect(run.outputs.get('accel')).toBe('tcg')
      expect(kvm.asked).toBe(0)
      expect(run.logger.text('info')).toMatch(/KVM cannot run an arm64 guest on this \S+ host: booting under TCG emulation/)
      expect(run.logger.text('warning')).not.toMatch(/KVM is not usable/)
    }
  })

  test('a PSCI SYSTEM_RESET under -no-reboot is a crash: QMP says guest-reset although QEMU exits 0', async () => {
    const run = await bootWith({ kernel: await fixturePath('arm64-reset') }, { kvm: workingKvm() })
    expect(run.outputs.get('result')).toBe('crashed')
    expect(run.outputs.get('vmm-exit-status')).toBe('status 0')
    expect(run.outcome?.reason ?? run.error?.message).toMatch(/reset itself/)
    expect(readFileSync(run.outputs.get('console-log')!, 'utf8')).toBe('fixture: arm64 reset\n')
  })

  test('no qemu-system-aarch64 on PATH: the error names the OS package, since setup installs the host\u2019s QEMU', async () => {
    const kernel = await fixturePath('arm64-hello')
    const restoreEnv = changeEnvironment({ PATH: temps.make('empty-path-') })
    try {
      const run = await bootWith({ kernel }, { kvm: workingKvm() })
      if (crossArch) {
        expect(run.error?.message).toBe(
          'input `vmm`: qemu needs `qemu-system-aarch64` for an arm64 guest, which is not on PATH; ' +
            'install the OS package qemu-system-arm (apt-get install qemu-system-arm) or give `vmm-path`'
        )
      } else {
        expect(run.error?.message).toMatch(/^input `vmm`: qemu needs `qemu-system-aarch64`, which is not on PATH; install it \(the setup action, tools: qemu\)/)
      }
    } finally {
      restoreEnv()
    }
  })

  test('arch: x86_64 given for an arm64 Image is a configuration error naming `arch`', async () => {
    const run = await bootWith({ kernel: await fixturePath('arm64-hello'), arch: 'x86_64' }, { kvm: workingKvm() })
    expect(run.error?.message).toMatch(/^input `arch`: is x86_64, but .*arm64-hello\.Image is an arm64 kernel/)
  })
})

describe('compressed arm64 kernels, as distributions ship them', () => {
  test('a gzipped Image goes to QEMU as it is (QEMU unpacks it): passed', async () => {
    const kernel = await fixturePath('arm64-hello-gz')
    const run = await bootWith({ kernel }, { kvm: workingKvm() })
    expect(run.error).toBeUndefined()
    expect(run.outputs.get('result')).toBe('passed')
    expect(readFileSync(run.outputs.get('console-log')!, 'utf8')).toBe('Hello from the arm64 fixture kernel\n')
    expect(run.logger.text('info')).toContain(`-kernel ${kernel}`)
    expect(run.logger.text('info')).not.toMatch(/unpacked/)
  })

  test('an EFI zboot image is unpacked to its Image in the boot directory, which QEMU boots: passed', async () => {
    const kernel = await fixturePath('arm64-hello-zboot')
    const run = await bootWith({ kernel }, { kvm: workingKvm() })
    expect(run.error).toBeUndefined()
    expect(run.outputs.get('result')).toBe('passed')
    const bootDir = dirname(run.outputs.get('console-log')!)
    expect(run.logger.text('info')).toContain(`${kernel} is an EFI zboot image (gzip); qemu boots the Image unpacked from it (${join(bootDir, 'Image')})`)
    expect(run.logger.text('info')).toContain(`-kernel ${join(bootDir, 'Image')}`)
    expect(readFileSync(join(bootDir, 'Image'))).toEqual(readFileSync(await fixturePath('arm64-hello')))
  })
})

/** The launch line boot logs: the VMM's argv. */
function launchLine(run: Awaited<ReturnType<typeof bootWith>>): string {
  return (
    run.logger
      .text('info')
      .split('\n')
      .find((line) => line.includes('qemu-system-aarch64 ')) ?? ''
  )
}

describe('Hermit on arm64: the loader, the application as a guest-loader module', () => {
  test('the loader finds the application where hermit-os/loader documents it, on a GICv3 virt machine, and exits through semihosting', async () => {
    // arm64-loader stands in for hermit-loader-aarch64-elf: it reports whether an ELF sits at 0x48000000,
    // where `-device guest-loader,addr=0x48000000,initrd=<app>` puts it (QEMU gives -initrd to no ELF kernel).
    const loader = await fixturePath('arm64-loader')
    const run = await bootWith({ kernel: loader, initrd: loader, toolchain: 'hermit', timeout: '30' }, { kvm: workingKvm() })
    expect(run.error).toBeUndefined()
    expect(readFileSync(run.outputs.get('console-log')!, 'utf8')).toBe('fixture loader: an ELF module at 0x48000000\n')
    expect(run.outputs.get('result')).toBe('passed')
    expect(run.outputs.get('exit-code')).toBe('0')
    const launched = launchLine(run)
    expect(launched).toContain('-machine virt,gic-version=3 ')
    expect(launched).toContain(' -semihosting ')
    expect(launched).toContain(`-device guest-loader,addr=0x48000000,initrd=${loader}`)
    expect(launched).not.toContain('-initrd')
  })

  test('the guest’s semihosting exit code is its exit code', async () => {
    const run = await bootWith({ kernel: await fixturePath('arm64-semihost-exit'), toolchain: 'hermit', timeout: '30' }, { kvm: workingKvm() })
    expect(run.outputs.get('result')).toBe('failed')
    expect(run.outputs.get('exit-code')).toBe('5')
    expect(run.outputs.get('vmm-exit-status')).toBe('status 5')
  })
})

describe('Nanos on arm64: the disk beside the kernel ops keeps, as ops runs it', () => {
  /** What ops writes for arm64: no boot.img, so the first sector holds the partition table alone (nanovms/ops fs/mkfs.go). */
  function armNanosDisk(dir: string): string {
    const disk = Buffer.alloc(1024 * 1024)
    disk.set([0x80, 0, 0, 0, 0x83, 0, 0, 0], 446)
    disk.writeUInt32LE(2048, 446 + 8)
    disk.writeUInt32LE(1, 446 + 12)
    disk[510] = 0x55
    disk[511] = 0xaa
    const path = join(dir, 'unikernel-actions-arm64')
    writeFileSync(path, disk)
    return path
  }

  test('boot gives QEMU ops’ kernel.img with -kernel and the disk on virtio-blk-pci; the semihosting exit decides', async () => {
    const dir = temps.make('nanos-arm64-')
    const kernelImg = join(dir, '.ops', '0.1.54-arm', 'kernel.img')
    mkdirSync(dirname(kernelImg), { recursive: true })
    // The kernel stand-in prints and exits with 5 through semihosting, as Nanos' vm_shutdown does.
    copyFileSync(await fixturePath('arm64-semihost-exit'), kernelImg)
    writeFileSync(join(dir, '.ops', 'latest.txt'), '0.1.54\n')
    const disk = armNanosDisk(dir)
    const run = await bootWith(
      { kernel: disk, toolchain: 'nanos', arch: 'arm64', 'exit-code': '5', timeout: '30' },
      { kvm: workingKvm(), env: { OPS_HOME: dir } }
    )
    expect(run.error).toBeUndefined()
    expect(run.outputs.get('result')).toBe('passed')
    expect(run.outputs.get('exit-code')).toBe('5')
    expect(readFileSync(run.outputs.get('console-log')!, 'utf8')).toBe('fixture: arm64 semihosting exit 5\n')
    const launched = launchLine(run)
    expect(launched).toContain('-machine virt,gic-version=2 ')
    expect(launched).toContain(`-kernel ${kernelImg}`)
    expect(launched).toContain(`-drive file=${disk},if=none,id=disk0,format=raw -device virtio-blk-pci,drive=disk0`)
    expect(run.logger.text('info')).toContain(`${disk} has no boot code of its own: it boots as the block device of ${kernelImg}`)
  })

  test('without the kernel in ops’ home the error names the input and where the kernel was looked for', async () => {
    const dir = temps.make('nanos-arm64-')
    const disk = armNanosDisk(dir)
    const run = await bootWith({ kernel: disk, toolchain: 'nanos', arch: 'arm64' }, { kvm: workingKvm(), env: { OPS_HOME: dir } })
    expect(run.error?.message).toBe(
      `input \`kernel\`: ${disk} is an arm64 Nanos disk, which boots only with the Nanos kernel ops keeps beside it; ` +
        `${join(dir, '.ops', 'latest.txt')} does not name the Nanos release ops uses, and ${join(dir, '.ops')} holds no arm64 release ` +
        '(build it in this job with the same OPS_HOME, or run `ops update --arm`)'
    )
  })
})
