import { afterAll, describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
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
