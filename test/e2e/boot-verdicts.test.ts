import { describe, expect, test } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { ConfigurationError, CheckFailedError } from '../../src/runtime/errors.js'
import { HostKvm } from '../../src/vmm/kvm.js'
import { bootWith, NO_KVM } from '../support/boot.js'
import { fixturePath } from '../support/fixtures.js'
import { processesMentioning } from '../support/run-action.js'

// Real QEMU under TCG booting fixture kernels built from source. No assertion here is on time.

/**
 * What QEMU itself says when asked for a KVM vCPU on this host, asked independently of the code under
 * test; undefined where KVM works (no /dev/kvm, one closed to this user, or nested KVM failing its MSR
 * setup all fail here).
 */
function kvmVcpuFailure(): string | undefined {
  const argv = ['-machine', 'q35', '-accel', 'kvm', '-cpu', 'host', '-nodefaults', '-no-user-config', '-display', 'none', '-S', '-qmp', 'stdio']
  const qemu = spawnSync('qemu-system-x86_64', argv, { input: '{"execute":"qmp_capabilities"}\n{"execute":"quit"}\n', encoding: 'utf8', timeout: 10000 })
  if (qemu.status === 0) return undefined
  return (
    qemu.stderr
      .split('\n')
      .find((line) => line.trim())
      ?.trim() ?? `exit ${qemu.status}`
  )
}
const kvmFailureHere = kvmVcpuFailure()

describe('passed', () => {
  test('hello exits 0 through isa-debug-exit: passed with no expectations (custom success code)', async () => {
    const run = await bootWith({ kernel: await fixturePath('hello') })
    expect(run.error).toBeUndefined()
    expect(run.outputs.get('result')).toBe('passed')
    expect(run.outputs.get('exit-code')).toBe('0')
    expect(run.outputs.get('vmm-exit-status')).toBe('status 1')
    expect(run.outputs.get('accel')).toBe('tcg')
    expect(Number(run.outputs.get('boot-time-ms'))).toBeGreaterThan(0)
    expect(readFileSync(run.outputs.get('console-log')!, 'utf8')).toContain('Hello from the fixture kernel')
  })

  test('expect patterns matched in order pass; a running guest is stopped at once', async () => {
    const kernel = await fixturePath('hang')
    const run = await bootWith({ kernel, expect: 'fixture: hanging', timeout: '600' })
    expect(run.outputs.get('result')).toBe('passed')
    expect(run.outcome?.reason).toMatch(/1 expect pattern matched/)
    expect(processesMentioning(dirname(run.outputs.get('console-log')!))).toEqual([])
  })

  test('exit-code given: the decoded guest code must equal it', async () => {
    const run = await bootWith({ kernel: await fixturePath('exit5'), 'exit-code': '5' })
    expect(run.outputs.get('result')).toBe('passed')
    expect(run.outputs.get('exit-code')).toBe('5')
    expect(run.outputs.get('vmm-exit-status')).toBe('status 11')
  })

  test('the command line reaches the guest', async () => {
    const run = await bootWith({ kernel: await fixturePath('cmdline'), cmdline: 'hello=world answer=42', expect: 'cmdline: .*hello=world answer=42' })
    expect(run.outputs.get('result')).toBe('passed')
  })

  test('a 64-bit Multiboot ELF that QEMU refuses boots through the ELF32 re-wrap', async () => {
    const run = await bootWith({ kernel: await fixturePath('hello64'), expect: 'Hello from the fixture kernel' })
    expect(run.error).toBeUndefined()
    expect(run.outputs.get('result')).toBe('passed')
    expect(run.logger.text('info')).toMatch(/ELF32 re-wrap/)
  })

  test('a PVH kernel boots directly', async () => {
    const run = await bootWith({ kernel: await fixturePath('pvh'), expect: 'Hello from the PVH fixture' })
    expect(run.outputs.get('result')).toBe('passed')
  })

  test.each([
    ['disk-mbr', 'raw'],
    ['disk-qcow2', 'qcow2']
  ])('a bootable %s disk boots by firmware', async (name) => {
    const run = await bootWith({ kernel: await fixturePath(name as 'disk-mbr'), expect: 'Hello from the boot sector' })
    expect(run.error).toBeUndefined()
    expect(run.outputs.get('result')).toBe('passed')
  })

  test('nanos decoding: a disk whose app exits 0 shows QEMU status 1 and passes', async () => {
    const run = await bootWith({ kernel: await fixturePath('disk-mbr'), toolchain: 'nanos' })
    expect(run.outputs.get('result')).toBe('passed')
    expect(run.outputs.get('exit-code')).toBe('0')
    expect(run.outputs.get('vmm-exit-status')).toBe('status 1')
  })

  test('toolchains are detected from the kernel: Unikraft sections, exit 83 decodes to 0', async () => {
    const run = await bootWith({ kernel: await fixturePath('unikraft-like') })
    expect(run.logger.text('info')).toMatch(/toolchain unikraft/)
    expect(run.outputs.get('result')).toBe('passed')
    expect(run.outputs.get('vmm-exit-status')).toBe('status 83')
  })

  test('Hermit note: the 0xf4 exit device is attached and exit 3 decodes to 0', async () => {
    const run = await bootWith({ kernel: await fixturePath('hermit-like') })
    expect(run.logger.text('info')).toMatch(/toolchain hermit/)
    expect(run.outputs.get('result')).toBe('passed')
    expect(run.outputs.get('vmm-exit-status')).toBe('status 3')
  })

  test('Solo5 virtio on QEMU: exit 83, the console says solo5_exit(0)', async () => {
    const run = await bootWith({ kernel: await fixturePath('solo5-like') })
    expect(run.logger.text('info')).toMatch(/toolchain solo5, vmm qemu/)
    expect(run.outputs.get('result')).toBe('passed')
  })

  test('ACPI poweroff exits 0 and counts as a clean exit', async () => {
    const run = await bootWith({ kernel: await fixturePath('acpi-off') })
    expect(run.outputs.get('result')).toBe('passed')
    expect(run.outputs.get('vmm-exit-status')).toBe('status 0')
  })
})

describe('failed', () => {
  test('wrong exit code', async () => {
    const run = await bootWith({ kernel: await fixturePath('exit5'), 'exit-code': '0' })
    expect(run.outputs.get('result')).toBe('failed')
    expect(run.error).toBeInstanceOf(CheckFailedError)
    expect(run.error?.message).toMatch(/exited with code 5, expected 0/)
    expect(run.error?.message).toContain('fixture: exiting with 5')
  })

  test('the guest exits before the expectations are met', async () => {
    const run = await bootWith({ kernel: await fixturePath('hello'), expect: 'Hello from the fixture kernel\nnever printed' })
    expect(run.outputs.get('result')).toBe('failed')
    expect(run.error?.message).toMatch(/before expect \/never printed\/ matched \(1 of 2 did\)/)
  })

  test('no expectations and a non-zero code', async () => {
    const run = await bootWith({ kernel: await fixturePath('exit5') })
    expect(run.outputs.get('result')).toBe('failed')
  })
})

describe('crashed', () => {
  test('default fail-on (Kernel panic) with the panic fixture', async () => {
    const run = await bootWith({ kernel: await fixturePath('panic') })
    expect(run.outputs.get('result')).toBe('crashed')
    expect(run.error?.message).toMatch(/Kernel panic - not syncing: fixture panic/)
  })

  test('a crash line ends the boot long before a 600 s timeout (verdict by construction)', async () => {
    const run = await bootWith({ kernel: await fixturePath('crash-spin'), timeout: '600', expect: 'never' })
    expect(run.outputs.get('result')).toBe('crashed')
    expect(processesMentioning(dirname(run.outputs.get('console-log')!))).toEqual([])
  })

  test('a custom fail-on pattern', async () => {
    const run = await bootWith({ kernel: await fixturePath('hang'), 'fail-on': 'fixture: hang(ing)?', timeout: '600' })
    expect(run.outputs.get('result')).toBe('crashed')
    expect(run.error?.message).toMatch(/fail-on \/fixture: hang\(ing\)\?\//)
  })

  test('a triple fault under -no-reboot (QEMU status 0, SHUTDOWN guest-reset) is a crash, not success', async () => {
    const run = await bootWith({ kernel: await fixturePath('triple-fault') })
    expect(run.outputs.get('result')).toBe('crashed')
    expect(run.outputs.get('vmm-exit-status')).toBe('status 0')
  })
})

describe('timeout', () => {
  test('a silent guest times out and the VMM is gone afterwards', async () => {
    const run = await bootWith({ kernel: await fixturePath('silent'), timeout: '3' })
    expect(run.outputs.get('result')).toBe('timeout')
    expect(run.error?.message).toMatch(/no verdict within 3 s/)
    expect(run.error?.message).toMatch(/printed nothing/)
    expect(processesMentioning(dirname(run.outputs.get('console-log')!))).toEqual([])
  })

  test('a guest that never exits with no expectations: timeout', async () => {
    const run = await bootWith({ kernel: await fixturePath('hang'), timeout: '2' })
    expect(run.outputs.get('result')).toBe('timeout')
  })
})

describe('configuration errors name the input', () => {
  test.each([
    [{ kernel: '/nonexistent/kernel' }, /input `kernel`: \/nonexistent\/kernel does not exist/],
    [{}, /input `kernel`: is required: no build ran earlier in this job/],
    [
      { kernel: 'package.json' },
      /input `kernel`: .*package.json is not a bootable image: expected an ELF kernel, a Linux bzImage or arm64 Image \(plain, gzipped or EFI zboot\), an MBR disk or a qcow2 disk/
    ],
    [{ vmm: 'bochs', kernel: 'x' }, /input `vmm`: `bochs` is not one of/],
    [{ toolchain: 'linux', kernel: 'x' }, /input `toolchain`: `linux` is not one of/],
    [{ ports: '80:abc', kernel: 'x' }, /input `ports`: `80:abc` is not HOST:GUEST/],
    [{ memory: 'lots', kernel: 'x' }, /input `memory`: `lots` is not a memory size/],
    [{ timeout: 'soon', kernel: 'x' }, /input `timeout`: `soon` is not a whole number/],
    [{ expect: '(unclosed', kernel: 'x' }, /input `expect`: `\(unclosed` is not a valid regular expression/],
    [{ 'fail-on': '[z-a]', kernel: 'x' }, /input `fail-on`: `\[z-a\]` is not a valid regular expression/]
  ])('%j', async (inputs, message) => {
    const run = await bootWith(inputs as Record<string, string>)
    expect(run.error).toBeInstanceOf(ConfigurationError)
    expect(run.error?.message).toMatch(message)
    expect(run.outputs.has('result')).toBe(false)
  })

  test.each([['solo5-hvt'], ['firecracker'], ['uhyve']])('%s without KVM is a configuration error, not a result', async (vmm) => {
    const run = await bootWith({ kernel: await fixturePath('hello'), vmm, 'vmm-path': '/bin/true' }, { kvm: NO_KVM })
    expect(run.error).toBeInstanceOf(ConfigurationError)
    expect(run.error?.message).toMatch(new RegExp(`input \`vmm\`: ${vmm} needs KVM, but there is no /dev/kvm`))
  })

  test('accel: kvm without KVM fails clearly', async () => {
    const run = await bootWith({ kernel: await fixturePath('hello'), accel: 'kvm' }, { kvm: NO_KVM })
    expect(run.error?.message).toMatch(/input `accel`: kvm was requested, but there is no \/dev\/kvm/)
  })

  test('auto without KVM falls back to TCG with a warning', async () => {
    const run = await bootWith({ kernel: await fixturePath('hello') }, { kvm: NO_KVM })
    expect(run.outputs.get('accel')).toBe('tcg')
    expect(run.logger.text('warning')).toMatch(/KVM is not usable .*TCG/)
  })

  // The probe finds a device it can open (/dev/null stands in where this machine's /dev/kvm is absent
  // or closed to us), so only QEMU's own vCPU check can tell that KVM does not work here.
  ;(kvmFailureHere ? test : test.skip)(
    'a /dev/kvm that opens but cannot run a vCPU: the check runs QEMU on it, and auto falls back to TCG saying why',
    async () => {
      const runnerTemp = mkdtempSync(join(tmpdir(), 'boot-broken-kvm-'))
      const checkFile = join(runnerTemp, 'unikernel-actions', 'kvm-check.json')
      expect(existsSync(checkFile)).toBe(false)
      const run = await bootWith({ kernel: await fixturePath('hello') }, { runnerTemp, kvm: new HostKvm(process.env, '/dev/null') })
      expect(run.error).toBeUndefined()
      expect(run.outputs.get('result')).toBe('passed')
      expect(run.outputs.get('accel')).toBe('tcg')
      // The check ran once for this QEMU binary and remembered what QEMU said; the warning names it.
      const checks = Object.entries(JSON.parse(readFileSync(checkFile, 'utf8')) as Record<string, string>)
      expect(checks).toEqual([[expect.stringMatching(/\/qemu-system-x86_64:[\d.]+:x86_64$/), kvmFailureHere]])
      expect(run.logger.text('warning')).toBe(
        `KVM is not usable (/dev/kvm opens but cannot run a vCPU (${kvmFailureHere})); booting under TCG emulation, which is much slower`
      )
    }
  )

  test('a VMM binary that is not there', async () => {
    const run = await bootWith({ kernel: await fixturePath('hello'), 'vmm-path': '/nonexistent/qemu' })
    expect(run.error?.message).toMatch(/input `vmm-path`: \/nonexistent\/qemu is not an executable file/)
  })

  test('QEMU refusing an argument is an error, not a verdict', async () => {
    const run = await bootWith({ kernel: await fixturePath('hello'), 'vmm-args': '-device no-such-device' })
    expect(run.error?.name).toBe('VmmStartError')
    expect(run.error?.message).toMatch(/qemu failed: qemu-system-x86_64: -device no-such-device/)
    expect(run.outputs.has('result')).toBe(false)
  })
})
