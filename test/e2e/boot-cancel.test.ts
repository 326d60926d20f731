import { describe, expect, test } from '@jest/globals'
import { spawn } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fixturePath } from '../support/fixtures.js'
import { distDir, processesMentioning } from '../support/run-action.js'

async function waitFor(check: () => boolean, what: string, limitMs = 30000, everyMs = 50): Promise<void> {
  const start = Date.now()
  while (!check()) {
    if (Date.now() - start > limitMs) throw new Error(`gave up waiting for ${what}`)
    await new Promise((r) => setTimeout(r, everyMs))
  }
}

/** The boot action as the runner starts it, booting a guest that runs until killed. */
async function bootHanging(inputs: Record<string, string> = {}) {
  const runnerTemp = mkdtempSync(join(tmpdir(), 'runner-temp-'))
  for (const name of ['output', 'state', 'summary']) writeFileSync(join(runnerTemp, name), '')
  const env = {
    PATH: process.env.PATH,
    RUNNER_TEMP: runnerTemp,
    GITHUB_OUTPUT: join(runnerTemp, 'output'),
    GITHUB_STATE: join(runnerTemp, 'state'),
    GITHUB_STEP_SUMMARY: join(runnerTemp, 'summary'),
    INPUT_KERNEL: await fixturePath('hang'),
    INPUT_TIMEOUT: '600',
    INPUT_EXPECT: 'never printed',
    ...Object.fromEntries(Object.entries(inputs).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value]))
  }
  const action = spawn(process.execPath, [join(distDir, 'boot-main.js')], { env, stdio: 'ignore' })
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    action.on('exit', (code, signal) => resolve({ code, signal }))
  )
  return { runnerTemp, action, exited }
}

describe('a cancelled step leaves no VM behind', () => {
  test.each([['SIGTERM'], ['SIGINT']] as const)('%s to the action kills the VMM process group', async (signal) => {
    const { runnerTemp, action, exited } = await bootHanging()
    // The VMM runs in its private directory under RUNNER_TEMP. Looked for every millisecond, so the
    // signal often lands right after the fork, while the action is still inside spawn(): a handler
    // installed only after the spawn let that SIGTERM end the action and orphan the VM.
    await waitFor(() => processesMentioning(runnerTemp).some((pid) => pid !== action.pid), 'the VMM to start', 30000, 1)
    action.kill(signal)
    expect((await exited).code).toBe(signal === 'SIGTERM' ? 143 : 130)
    await waitFor(() => processesMentioning(runnerTemp).length === 0, 'the VMM to be gone', 5000)
    expect(processesMentioning(runnerTemp)).toEqual([])
  })

  // No handler of the action runs on SIGKILL (a runner killing a step that ignored its cancellation, the
  // OOM killer): only the kernel can stop the VMM then, through the parent-death signal it was started with.
  test('SIGKILL of the action still takes the VMM down with it', async () => {
    const { runnerTemp, action, exited } = await bootHanging()
    try {
      await waitFor(() => processesMentioning(runnerTemp).some((pid) => pid !== action.pid), 'the VMM to start', 30000, 10)
      action.kill('SIGKILL')
      expect((await exited).signal).toBe('SIGKILL')
      await waitFor(() => processesMentioning(runnerTemp).length === 0, 'the VMM to be gone', 10000)
    } finally {
      for (const pid of processesMentioning(runnerTemp)) process.kill(pid, 'SIGKILL')
    }
  })
})
