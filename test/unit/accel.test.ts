import { describe, expect, test } from '@jest/globals'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ConfigurationError } from '../../src/runtime/errors.js'
import { MemoryLogger } from '../../src/runtime/logger.js'
import { firecracker } from '../../src/vmm/firecracker.js'
import { resolveAccel, type KvmProbe } from '../../src/vmm/kvm.js'
import { qemu } from '../../src/vmm/qemu.js'
import { hostArch, type Arch } from '../../src/platform.js'

/** A host whose /dev/kvm works, counting every time it is asked. */
function workingKvm(): KvmProbe & { asked: number } {
  const probe = {
    asked: 0,
    present: async () => (probe.asked++, true),
    usable: async () => (probe.asked++, true),
    enable: async () => (probe.asked++, true)
  }
  return probe
}

const host = hostArch()
/** The architecture this machine is not: KVM cannot run it here whatever /dev/kvm says. */
const foreign: Arch = host === 'arm64' ? 'x86_64' : 'arm64'
const target = () => ({ binary: '/nonexistent/qemu', arch: foreign, cacheDir: mkdtempSync(join(tmpdir(), 'accel-')) })

describe('a guest of another architecture than the host', () => {
  test('auto: TCG, said as information (not the "No KVM" warning), without probing /dev/kvm or running a check', async () => {
    const kvm = workingKvm()
    const logger = new MemoryLogger()
    // The binary does not exist: a vCPU check would have failed on it, so reaching TCG proves none ran.
    await expect(resolveAccel('auto', qemu, kvm, logger, target())).resolves.toBe('tcg')
    expect(kvm.asked).toBe(0)
    expect(logger.text('info')).toContain(`KVM cannot run an ${foreign} guest on this ${host ?? process.arch} host: booting under TCG emulation`)
    expect(logger.text('warning')).toBe('')
  })

  test('accel: kvm is a configuration error naming the input', async () => {
    const error = await resolveAccel('kvm', qemu, workingKvm(), new MemoryLogger(), target()).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ConfigurationError)
    expect((error as Error).message).toMatch(new RegExp(`^input \`accel\`: kvm was requested, but KVM cannot run an ${foreign} guest`))
  })

  test('a VMM that needs KVM is a configuration error naming `vmm`', async () => {
    const error = await resolveAccel('auto', firecracker, workingKvm(), new MemoryLogger(), target()).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ConfigurationError)
    expect((error as Error).message).toMatch(/^input `vmm`: firecracker needs KVM, but KVM cannot run an .* guest on this .* host; use qemu/)
  })

  test('accel: tcg gives TCG, without a warning or a look at /dev/kvm', async () => {
    const kvm = workingKvm()
    const logger = new MemoryLogger()
    await expect(resolveAccel('tcg', qemu, kvm, logger, target())).resolves.toBe('tcg')
    expect(kvm.asked).toBe(0)
    expect(logger.text('warning')).toBe('')
  })
})

test('a guest of the host architecture still goes through /dev/kvm (the probe is asked)', async () => {
  const kvm: KvmProbe & { asked: number } = {
    asked: 0,
    present: async () => (kvm.asked++, false),
    usable: async () => (kvm.asked++, false),
    enable: async () => false
  }
  const logger = new MemoryLogger()
  await expect(resolveAccel('auto', qemu, kvm, logger, { ...target(), arch: host ?? 'x86_64' })).resolves.toBe('tcg')
  expect(kvm.asked).toBeGreaterThan(0)
  expect(logger.text('warning')).toMatch(/KVM is not usable \(there is no \/dev\/kvm/)
})
