import { afterAll, afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { spawn, type ChildProcess } from 'node:child_process'
import { chmodSync, chownSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PassThrough } from 'node:stream'
import { runCli } from '../../src/cli.js'
import { alive } from '../support/solo5.js'

/**
 * The terminal's job state lives in $TMPDIR/unikernel-actions-<uid>: a name anyone can guess in a
 * directory anyone can write to. These tests plant such directories (as root: chown to nobody) and a
 * state naming a live process that is not a VM of ours.
 */
const uid = process.getuid!()
const asRoot = uid === 0
const originalTmp = process.env.TMPDIR
const roots: string[] = []
const bystanders: ChildProcess[] = []

/** A live process in a group of its own, as a VMM left running would be — but not one we started as a VM. */
function bystander(): ChildProcess {
  const child = spawn('sleep', ['300'], { detached: true, stdio: 'ignore' })
  bystanders.push(child)
  return child
}

async function cli(args: string[]): Promise<{ status: number; stderr: string }> {
  let stderr = ''
  const write = process.stderr.write.bind(process.stderr)
  process.stderr.write = ((chunk: string | Uint8Array) => {
    stderr += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString()
    return true
  }) as typeof process.stderr.write
  try {
    const status = await runCli(args, new PassThrough())
    return { status, stderr }
  } finally {
    process.stderr.write = write
  }
}

describe("the CLI's per-user temp directory", () => {
  let tmp: string
  let workDir: string
  const savedRunnerTemp = process.env.RUNNER_TEMP

  beforeEach(() => {
    tmp = mkdtempSync(join(tmpdir(), 'cli-tmp-'))
    roots.push(tmp)
    process.env.TMPDIR = tmp
    delete process.env.RUNNER_TEMP
    workDir = join(tmp, `unikernel-actions-${uid}`)
  })
  afterEach(() => {
    if (originalTmp === undefined) delete process.env.TMPDIR
    else process.env.TMPDIR = originalTmp
    if (savedRunnerTemp !== undefined) process.env.RUNNER_TEMP = savedRunnerTemp
  })
  afterAll(() => {
    for (const child of bystanders) child.kill('SIGKILL')
    for (const root of roots) rmSync(root, { recursive: true, force: true })
  })

  const state = (vms: unknown[]) => JSON.stringify({ version: 1, vms })

  test('is created 0700 when absent', async () => {
    const run = await cli(['stop'])
    expect(run.status).toBe(0)
    expect(readFileSync(`/proc/self/stat`, 'utf8')).toBeTruthy()
    const { statSync } = await import('node:fs')
    expect((statSync(workDir).mode & 0o777).toString(8)).toBe('700')
  })

  ;(asRoot ? test : test.skip)('one planted by another user (uid 65534) is refused, naming it; the process its state names lives on', async () => {
    const victim = bystander()
    mkdirSync(workDir, { mode: 0o700 })
    writeFileSync(join(workDir, 'state.json'), state([{ pid: victim.pid, kernel: 'planted', consoleLog: '' }]))
    chownSync(join(workDir, 'state.json'), 65534, 65534)
    chownSync(workDir, 65534, 65534)
    const run = await cli(['stop'])
    expect(run.status).toBe(2)
    expect(run.stderr).toContain(`error: ${workDir} belongs to uid 65534, not to this user (uid ${uid})`)
    expect(alive(victim.pid!)).toBe(true)
    // sign's default image comes from the same state: refused the same way.
    const sign = await cli(['sign', '--key', '/nonexistent.key'])
    expect(sign.status).toBe(2)
    expect(sign.stderr).toContain(`error: ${workDir} belongs to uid 65534`)
  })

  test('a world-writable one is refused, naming it and its mode', async () => {
    const victim = bystander()
    mkdirSync(workDir)
    chmodSync(workDir, 0o777)
    writeFileSync(join(workDir, 'state.json'), state([{ pid: victim.pid, kernel: 'planted', consoleLog: '' }]))
    const run = await cli(['stop'])
    expect(run.status).toBe(2)
    expect(run.stderr).toContain(`error: ${workDir} can be written by every user (mode 777)`)
    expect(alive(victim.pid!)).toBe(true)
  })

  test('a state naming an unrelated live process does not get it signalled, with or without a start time', async () => {
    const victim = bystander()
    mkdirSync(workDir, { mode: 0o700 })
    const stat = readFileSync(`/proc/${victim.pid}/stat`, 'utf8')
    const startTime = stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19]
    writeFileSync(
      join(workDir, 'state.json'),
      state([
        { pid: victim.pid, kernel: 'no identity', consoleLog: '' },
        { pid: victim.pid, kernel: 'another start', consoleLog: '', startTime: String(Number(startTime) + 1), cmdline: ['sleep', '300'] },
        { pid: victim.pid, kernel: 'another command', consoleLog: '', startTime, cmdline: ['qemu-system-x86_64', '-kernel', 'k'] }
      ])
    )
    const run = await cli(['stop'])
    expect(run.status).toBe(0)
    expect(run.stderr).toContain(`Not signalling pid ${victim.pid} (no identity): the state does not record its start time and command line`)
    expect(run.stderr).toContain(`Not signalling pid ${victim.pid} (another start): pid ${victim.pid} is another process now`)
    expect(run.stderr).toContain(`Not signalling pid ${victim.pid} (another command): pid ${victim.pid} runs \`sleep 300\`, not the recorded command`)
    expect(alive(victim.pid!)).toBe(true)
  })

  test('the process the state proves is ours (start time and command line from /proc) is stopped', async () => {
    const vm = bystander()
    const exited = new Promise((resolve) => vm.once('exit', resolve))
    mkdirSync(workDir, { mode: 0o700 })
    const stat = readFileSync(`/proc/${vm.pid}/stat`, 'utf8')
    const startTime = stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19]
    writeFileSync(join(workDir, 'state.json'), state([{ pid: vm.pid, kernel: 'ours', consoleLog: '', startTime, cmdline: ['sleep', '300'] }]))
    const run = await cli(['stop'])
    expect(run.status).toBe(0)
    expect(run.stderr).toContain(`Stopped pid ${vm.pid} (ours)`)
    await exited
    expect(alive(vm.pid!)).toBe(false)
  })
})
