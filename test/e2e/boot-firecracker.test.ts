import { describe, expect, test } from '@jest/globals'
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { KvmProbe } from '../../src/vmm/kvm.js'
import { bootWith } from '../support/boot.js'
import { fixturePath, REPO_ROOT } from '../support/fixtures.js'

// Firecracker cannot run here (it needs a KVM that runs its guests); the stand-in follows its main.rs,
// logger and boot source at v1.16.1 (its header says which files), so the engine's real path runs.
const STAND_IN = join(REPO_ROOT, 'test', 'fixtures', 'tools', 'firecracker')
/** The stand-in uses no KVM; the driver insists on it, so the host is said to have it. */
const KVM: KvmProbe = { present: async () => true, usable: async () => true, enable: async () => true }

/** The stand-in, told how the microVM ends (a VMM's environment is this process's, not the test's). */
function standIn(end: 'stop' | 'fault'): string {
  const path = join(mkdtempSync(join(tmpdir(), 'firecracker-')), 'firecracker')
  writeFileSync(path, `#!/bin/sh\nSTANDIN_FC_END=${end} exec '${STAND_IN}' "$@"\n`)
  chmodSync(path, 0o755)
  return path
}

async function bootFirecracker(inputs: Record<string, string>, end: 'stop' | 'fault' = 'stop') {
  return bootWith({ kernel: await fixturePath('pvh'), vmm: 'firecracker', 'vmm-path': standIn(end), timeout: '60', ...inputs }, { kvm: KVM })
}

describe('Firecracker: no exit-code channel, its log out of the console', () => {
  test("a unikernel gets an empty command line, and Firecracker's own log stays out of the console", async () => {
    const run = await bootFirecracker({ expect: 'hello from the microVM' })
    expect(run.error).toBeUndefined()
    expect(run.outputs.get('result')).toBe('passed')
    const console = readFileSync(run.outputs.get('console-log')!, 'utf8')
    expect(console).toContain('guest: command line []')
    expect(console).not.toMatch(/Running Firecracker|exiting successfully/)
  })

  test('a guest that stops with no expectations passes, with no exit code claimed', async () => {
    const run = await bootFirecracker({})
    expect(run.outputs.get('result')).toBe('passed')
    expect(run.outcome?.reason).toMatch(/firecracker reports no exit code/)
    expect(run.outputs.get('exit-code')).toBe('')
  })

  test('`exit-code` cannot be judged: failed, saying so', async () => {
    const run = await bootFirecracker({ 'exit-code': '0' })
    expect(run.outputs.get('result')).toBe('failed')
    expect(run.error?.message).toMatch(/reports no exit code.*exit-code/)
  })

  test('a microVM stopped on a fault is a crash, not Firecracker failing', async () => {
    const run = await bootFirecracker({ expect: 'hello from the microVM', 'exit-code': '0' }, 'fault')
    expect(run.outputs.get('result')).toBe('crashed')
    expect(run.error?.message).toMatch(/RunWithoutApiError\(Shutdown\(GenericError\)\)/)
  })
})
