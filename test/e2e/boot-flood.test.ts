import { describe, expect, test } from '@jest/globals'
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { parseFileCommands } from '../support/file-commands.mjs'
import { fixturePath } from '../support/fixtures.js'
import { distDir, processesMentioning } from '../support/run-action.js'

async function waitFor(check: () => boolean, what: string, limitMs: number, everyMs = 50): Promise<void> {
  const start = Date.now()
  while (!check()) {
    if (Date.now() - start > limitMs) throw new Error(`gave up waiting for ${what}`)
    await new Promise((r) => setTimeout(r, everyMs))
  }
}

/** The boot action as the runner runs it, on a guest that floods its console (by default without ever ending a line). */
async function bootFlood(inputs: Record<string, string>, fixture: 'flood' | 'flood-lines' = 'flood') {
  const runnerTemp = mkdtempSync(join(tmpdir(), 'runner-temp-'))
  const files = { output: join(runnerTemp, 'output'), state: join(runnerTemp, 'state'), summary: join(runnerTemp, 'summary') }
  for (const file of Object.values(files)) writeFileSync(file, '')
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    RUNNER_TEMP: runnerTemp,
    GITHUB_OUTPUT: files.output,
    GITHUB_STATE: files.state,
    GITHUB_STEP_SUMMARY: files.summary,
    INPUT_KERNEL: await fixturePath(fixture),
    ...Object.fromEntries(Object.entries(inputs).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value]))
  }
  const action = spawn(process.execPath, [join(distDir, 'boot-main.js')], { env, stdio: ['ignore', 'pipe', 'ignore'] })
  let stdout = ''
  action.stdout.setEncoding('utf8').on('data', (text: string) => (stdout += text))
  const exited = new Promise<number | null>((resolve) => action.on('close', (code) => resolve(code)))
  return {
    action,
    exited,
    runnerTemp,
    stdout: () => stdout,
    summaryBytes: () => statSync(files.summary).size,
    outputs: () => parseFileCommands(readFileSync(files.output, 'utf8'))
  }
}

/** A hung action and its VMM (which a SIGKILLed action leaves behind), so a failing test leaves nothing running. */
function killAll(run: { action: ChildProcess; runnerTemp: string }): void {
  run.action.kill('SIGKILL')
  for (const pid of processesMentioning(run.runnerTemp)) process.kill(pid, 'SIGKILL')
}

/** Bytes the guest has written to its console so far (the log under RUNNER_TEMP). */
function consoleBytes(runnerTemp: string): number {
  const raw = readdirSync(runnerTemp, { recursive: true, encoding: 'utf8' }).find((path) => path.endsWith('console.log'))
  return raw ? (statSync(join(runnerTemp, raw), { throwIfNoEntry: false })?.size ?? 0) : 0
}

// A guest that floods its console without a newline used to starve the event loop: the follower read
// and the watcher rescanned an ever-growing line synchronously, so neither the deadline nor a signal
// was ever handled. Both must be, however fast the console grows (tested by construction, no clock).
describe('a console without line ends', () => {
  test('the deadline still ends the boot: timeout, and the VMM is gone', async () => {
    const run = await bootFlood({ timeout: '20', expect: 'never printed' })
    // Generous: a starved action never exits at all (20 s of this console, ~7 MB under TCG, were enough);
    // a healthy one exits right after its deadline.
    const status = await Promise.race([run.exited, new Promise<'hung'>((r) => setTimeout(() => r('hung'), 90_000))])
    if (status === 'hung') killAll(run)
    expect(status).toBe(1)
    expect(run.outputs().result).toBe('timeout')
    await waitFor(() => processesMentioning(run.runnerTemp).length === 0, 'the VMM to be gone', 5000)
  }, 150_000)

  test('SIGTERM still ends it, and the VMM is gone', async () => {
    const run = await bootFlood({ timeout: '600', expect: 'never printed' })
    await waitFor(() => consoleBytes(run.runnerTemp) > 8 * 1024 * 1024, '8 MiB of console', 120_000, 100)
    run.action.kill('SIGTERM')
    const status = await Promise.race([run.exited, new Promise<'hung'>((r) => setTimeout(() => r('hung'), 60_000))])
    if (status === 'hung') killAll(run)
    expect(status).toBe(143)
    await waitFor(() => processesMentioning(run.runnerTemp).length === 0, 'the VMM to be gone', 5000)
  }, 240_000)
})

// 24 lines of 100,000 characters, then `fixture: flooded`: 2.4 MB that the summary, the annotation and
// the log on disk must each stay within their bounds of.
describe('a console of very long lines', () => {
  test('the step summary stays within 1 MiB and the error annotation within a few KiB, lines shown cut', async () => {
    const run = await bootFlood({ timeout: '600', expect: 'never printed' }, 'flood-lines')
    const status = await Promise.race([run.exited, new Promise<'hung'>((r) => setTimeout(() => r('hung'), 240_000))])
    if (status === 'hung') killAll(run)
    expect(status).toBe(1)
    expect(run.outputs().result).toBe('failed')
    // GitHub refuses a step summary over 1 MiB; the last 30 lines of this console are ~3 MB.
    expect(run.summaryBytes()).toBeLessThanOrEqual(1024 * 1024)
    const summary = readFileSync(join(run.runnerTemp, 'summary'), 'utf8')
    expect(summary).toMatch(/\[… \d+ characters cut\] A+\n/)
    expect(summary).toContain('fixture: flooded')
    const annotation = run
      .stdout()
      .split('\n')
      .find((line) => line.startsWith('::error::'))
    expect(annotation).toMatch(/fixture: flooded/)
    expect(annotation!.length).toBeLessThan(64 * 1024)
  }, 300_000)

  test('log-limit cuts the log on disk with a marker and a warning; matching goes on past it', async () => {
    const run = await bootFlood({ timeout: '600', expect: 'fixture: flooded', 'log-limit': '1M' }, 'flood-lines')
    const status = await Promise.race([run.exited, new Promise<'hung'>((r) => setTimeout(() => r('hung'), 240_000))])
    if (status === 'hung') killAll(run)
    expect(status).toBe(0)
    const outputs = run.outputs()
    expect(outputs.result).toBe('passed')
    const log = readFileSync(outputs['console-log'])
    expect(log.length).toBeGreaterThan(1024 * 1024)
    expect(log.length).toBeLessThan(1024 * 1024 + 200)
    expect(log.subarray(0, 24).toString()).toBe('fixture: flooding lines\n')
    expect(log.subarray(1024 * 1024).toString()).toMatch(
      /^\n\[… console log cut at log-limit \(1048576 bytes\); the boot went on without logging the rest\]\n$/
    )
    expect(run.stdout()).toMatch(/::warning::The console log reached log-limit \(1048576 bytes\)/)
    // One log on disk: nothing else in the boot's directory holds the console.
    const workDir = dirname(outputs['console-log'])
    for (const name of readdirSync(workDir)) expect(statSync(join(workDir, name)).size).toBeLessThan(2 * 1024 * 1024)
  }, 300_000)
})
