import { afterAll, describe, expect, test } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { setupAction } from '../../src/actions/setup.js'
import { terminalContext } from '../../src/runtime/context.js'
import { MapInputs } from '../../src/runtime/inputs.js'
import { MemoryLogger } from '../../src/runtime/logger.js'
import { loadSolo5, type Solo5Kit } from '../support/solo5.js'

/**
 * `kvm` and `kvm-vmms` on this machine, against what the VMMs themselves do here: solo5-hvt runs
 * Solo5's test_hello (the kit's own check), and QEMU is started under KVM with `-cpu host` and left to
 * run its firmware — on nested KVM that refuses an MSR, it aborts at once instead.
 */
const SYSTEM_PATH = '/usr/local/bin:/usr/bin:/bin'
const solo5 = await loadSolo5()
const scratch = mkdtempSync(join(tmpdir(), 'setup-kvm-'))

afterAll(() => rmSync(scratch, { recursive: true, force: true }))

/** QEMU runs a vCPU under KVM here: still running (its firmware spinning) when the probe ends it. */
function qemuRunsUnderKvm(): boolean {
  const run = spawnSync('qemu-system-x86_64', ['-machine', 'q35', '-accel', 'kvm', '-cpu', 'host', '-display', 'none', '-nodefaults', '-no-user-config'], {
    timeout: 5000,
    killSignal: 'SIGKILL',
    stdio: 'ignore'
  })
  return run.signal === 'SIGKILL'
}

async function setupOutputs(path: string): Promise<Map<string, string>> {
  const runnerTemp = mkdtempSync(join(scratch, 'runner-'))
  const env = { PATH: path, HOME: runnerTemp, RUNNER_TEMP: runnerTemp }
  const context = terminalContext(new MapInputs(new Map([['tools', '']])), env, new MemoryLogger())
  await setupAction(context)
  return context.collected
}

describe("setup's kvm and kvm-vmms outputs say which VMMs can use KVM here, by boot's own check", () => {
  ;(solo5.kit ? test : test.skip)(`with the Solo5 tenders and QEMU on PATH${solo5.skip ? ` (skipped: ${solo5.skip})` : ''}`, async () => {
    const { kit } = solo5 as { kit: Solo5Kit }
    const expected = [qemuRunsUnderKvm() && 'qemu', kit.hvtUnavailable === undefined && 'solo5-hvt'].filter(Boolean).join(',')
    const outputs = await setupOutputs(`${kit.tenderDir}:${SYSTEM_PATH}`)
    expect({ 'kvm-vmms': outputs.get('kvm-vmms'), kvm: outputs.get('kvm') }).toEqual({ 'kvm-vmms': expected, kvm: String(expected !== '') })
  })

  test('with QEMU alone on PATH: kvm is what QEMU can do', async () => {
    const qemu = qemuRunsUnderKvm()
    const outputs = await setupOutputs(SYSTEM_PATH)
    expect({ 'kvm-vmms': outputs.get('kvm-vmms'), kvm: outputs.get('kvm') }).toEqual({ 'kvm-vmms': qemu ? 'qemu' : '', kvm: String(qemu) })
  })
})
