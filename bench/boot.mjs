#!/usr/bin/env node
// Boot benchmark: what the boot action costs on top of the QEMU it runs, measured against a baseline
// taken in the same run (interleaved A,B,A,B… so drift in machine load hits both sides alike).
//
//   1. overhead         the `hello` fixture booted by a fresh `node dist/boot-main.js` (as the runner runs
//                       it) vs. the very QEMU argv the action logged, spawned bare; spawn → exit.
//   2. time to healthy  the HTTP guest booted by the action with a probe vs. the same argv spawned bare and
//                       polled with curl every 100 ms; action spawn → exit vs. QEMU spawn → first good body.
//
// Beside the overhead it reports the Node floor: a fresh `node` running a few lines that spawn the same
// QEMU argv (QMP monitor included, its greeting answered) and exit. What the action adds over that floor
// is its own; the rest is Node starting, loading child_process and tearing down.
//
// Usage: node bench/boot.mjs [--runs N] [--http-runs N] [--skip-http] [--strict]
import { spawn } from 'node:child_process'
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { cpus, tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { setTimeout as sleep } from 'node:timers/promises'
import { parseArgs } from 'node:util'
import { parseFileCommands } from '../test/support/file-commands.mjs'
import { NODE, processesMentioning, ROOT, testAsset } from './support.mjs'

const BOOT_MAIN = join(ROOT, 'dist', 'boot-main.js')

const OVERHEAD_TARGET_MS = 100
const HEALTHY_RATIO_TARGET = 1.1
const HTTP_BODY = 'hello from the http guest'
const POLL_INTERVAL_MS = 100
const HTTP_DEADLINE_MS = 120_000

// ---------------------------------------------------------------------------------------------- flags

function positive(name, value, fallback) {
  if (value === undefined) return fallback
  const n = Number(value)
  if (!Number.isInteger(n) || n < 1) usage(`--${name} wants a positive integer, got ${JSON.stringify(value)}`)
  return n
}

function usage(problem) {
  if (problem) console.error(`boot.mjs: ${problem}`)
  console.error('usage: node bench/boot.mjs [--runs N (15)] [--http-runs N (5)] [--skip-http] [--strict]')
  process.exit(problem ? 2 : 0)
}

let flags
try {
  flags = parseArgs({
    options: {
      runs: { type: 'string' },
      'http-runs': { type: 'string' },
      'skip-http': { type: 'boolean', default: false },
      strict: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false }
    }
  }).values
} catch (error) {
  usage(error.message)
}
if (flags.help) usage()
const RUNS = positive('runs', flags.runs, 15)
const HTTP_RUNS = positive('http-runs', flags['http-runs'], 5)

// ------------------------------------------------------------------------------- cleanup bookkeeping

const tempRoot = mkdtempSync(join(tmpdir(), 'bench-boot-'))
/** One RUNNER_TEMP for every action run, so the job-scoped KVM-check cache behaves as on a runner. */
const runnerTemp = join(tempRoot, 'runner-temp')
mkdirSync(runnerTemp)
/** Where the Node floor's QEMU runs. */
const floorDir = join(tempRoot, 'floor')
mkdirSync(floorDir)

/** Bare QEMUs (each the leader of its own process group) and curls still running. */
const groups = new Set()
const children = new Set()

function killEverything() {
  for (const pid of groups) signal(-pid, 'SIGKILL')
  for (const child of children) child.kill('SIGKILL')
  // An action killed before its own handlers ran would orphan its QEMU; every one of those runs in its
  // boot directory under tempRoot, so nothing else can match.
  for (const pid of processesMentioning(tempRoot)) signal(pid, 'SIGKILL')
}

function signal(pid, name) {
  try {
    process.kill(pid, name)
  } catch {
    // already gone
  }
}

/** CPU seconds spent by the whole machine and by this process tree (reaped children included), from /proc. */
function cpuSeconds() {
  const [, ...fields] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).map(Number)
  const [user, nice, system, , , irq, softirq, steal] = fields
  const own = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ').slice(11, 15).map(Number)
  const ticks = 100 // USER_HZ on Linux
  return { machine: (user + nice + system + irq + softirq + steal) / ticks, own: own.reduce((a, b) => a + b, 0) / ticks, at: performance.now() }
}

/** How many CPUs other processes kept busy on average since `start`: on 2 cores a concurrent build or test run skews every figure. */
function othersLoad(start) {
  const now = cpuSeconds()
  return Math.max(0, now.machine - start.machine - (now.own - start.own)) / ((now.at - start.at) / 1000)
}

function removeTemp() {
  rmSync(tempRoot, { recursive: true, force: true })
}

let interrupted = false
for (const name of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(name, async () => {
    if (interrupted) return
    interrupted = true
    for (const pid of groups) signal(-pid, 'SIGKILL')
    // A running action gets the chance to stop its own QEMU (it kills its groups on SIGTERM) before the sweep.
    const actions = [...children].filter((c) => c.benchKind === 'action' && c.exitCode === null && c.signalCode === null)
    for (const child of actions) child.kill('SIGTERM')
    await Promise.race([Promise.all(actions.map((c) => new Promise((r) => c.once('exit', r)))), sleep(3000)])
    killEverything()
    removeTemp()
    console.error(`\nboot.mjs: interrupted (${name}); every QEMU stopped, ${tempRoot} removed`)
    process.exit(128 + { SIGINT: 2, SIGTERM: 15, SIGHUP: 1 }[name])
  })
}
process.on('exit', () => {
  killEverything()
  removeTemp()
})

// ------------------------------------------------------------------------------------------ helpers

/** Runs a command to completion, collecting stdout and stderr. */
function run(command, args, options = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], ...options })
    children.add(child)
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d) => (stdout += d))
    child.stderr.on('data', (d) => (stderr += d))
    child.on('error', reject)
    child.on('close', (status, sig) => {
      children.delete(child)
      resolve({ status, signal: sig, stdout, stderr })
    })
  })
}

/** One main step of the boot action, as the runner starts it; wall time is node spawn → node exit. */
function runAction(inputs) {
  const files = { GITHUB_OUTPUT: 'output.txt', GITHUB_STATE: 'state.txt', GITHUB_STEP_SUMMARY: 'summary.md' }
  const env = { PATH: process.env.PATH, HOME: process.env.HOME, GITHUB_ACTIONS: 'true', RUNNER_TEMP: runnerTemp }
  for (const [variable, file] of Object.entries(files)) {
    env[variable] = join(tempRoot, file)
    writeFileSync(env[variable], '')
  }
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value
  return new Promise((resolve, reject) => {
    let exitedAt
    const startedAt = performance.now()
    const child = spawn(NODE, [BOOT_MAIN], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] })
    child.benchKind = 'action'
    children.add(child)
    child.once('exit', () => (exitedAt = performance.now()))
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d) => (stdout += d))
    child.stderr.on('data', (d) => (stderr += d))
    child.on('error', reject)
    child.on('close', (status) => {
      children.delete(child)
      const outputs = parseFileCommands(readFileSync(env.GITHUB_OUTPUT, 'utf8'))
      if (status !== 0 || outputs.result !== 'passed') {
        const tail = `${stdout}\n${stderr}`.trim().split('\n').slice(-15).join('\n')
        return reject(new Error(`the boot action did not pass (exit ${status}, result ${outputs.result ?? 'none'}):\n${tail}`))
      }
      resolve({ ms: exitedAt - startedAt, stdout, outputs })
    })
  })
}

/** Splits a command line the way a POSIX shell would for the quoting the action uses ('…' and \x). */
function shellWords(line) {
  const words = []
  let word = null
  let quoted = false
  for (let i = 0; i < line.length; i++) {
    const c = line[i]
    if (quoted) {
      if (c === "'") quoted = false
      else word += c
    } else if (c === "'") {
      quoted = true
      word ??= ''
    } else if (c === '\\' && i + 1 < line.length) {
      word = (word ?? '') + line[++i]
    } else if (c === ' ' || c === '\t') {
      if (word !== null) words.push(word)
      word = null
    } else {
      word = (word ?? '') + c
    }
  }
  if (quoted) throw new Error(`unterminated quote in ${line}`)
  if (word !== null) words.push(word)
  return words
}

/**
 * The QEMU argv from the action's log, minus its QMP monitor (`-chardev socket,id=qmp,fd=3` and
 * `-mon chardev=qmp,…`) and the `-S` that waits for QMP's `cont`: a bare QEMU has no socket at
 * descriptor 3 and nobody to resume it. `withQmp` keeps all three, for the Node floor, which gives QEMU
 * that socket and resumes it as the action does.
 */
function qemuArgvFromLog(stdout) {
  const line = stdout.split('\n').find((l) => /^\S*\/qemu-system-[\w-]+ /.test(l))
  if (!line) throw new Error(`no QEMU command line in the action's log:\n${stdout}`)
  const [command, ...logged] = shellWords(line.trim())
  const args = [...logged]
  const chardev = args.findIndex((a, i) => args[i - 1] === '-chardev' && /^socket,id=qmp,fd=3$/.test(a))
  const mon = args.findIndex((a, i) => args[i - 1] === '-mon' && a.startsWith('chardev=qmp,'))
  const paused = args.indexOf('-S')
  if (chardev < 0 || mon < 0 || paused < 0) throw new Error(`expected the QMP monitor (-chardev socket,id=qmp,fd=3 -mon chardev=qmp,… -S) in ${line}`)
  for (const [at, count] of [
    [mon - 1, 2],
    [chardev - 1, 2],
    [paused, 1]
  ].sort((a, b) => b[0] - a[0]))
    args.splice(at, count)
  return { command, args, withQmp: logged }
}

/**
 * The Node floor: what any `node` program that boots this VM pays. It spawns the action's own argv
 * (QMP monitor included) with the console to a file, answers QMP's greeting as the action does, and
 * exits when QEMU does. Run as a fresh `node` per boot, timed like the action (spawn → exit).
 */
const FLOOR_SCRIPT = `
import { spawn } from 'node:child_process'
import { closeSync, openSync, readFileSync } from 'node:fs'
const [argvFile, consoleFile] = process.argv.slice(2)
const { command, args } = JSON.parse(readFileSync(argvFile, 'utf8'))
const consoleFd = openSync(consoleFile, 'w')
const child = spawn(command, args, { stdio: ['ignore', consoleFd, 'ignore', 'pipe'], detached: true })
closeSync(consoleFd)
const qmp = child.stdio[3]
qmp.resume()
qmp.on('error', () => undefined)
// As the action does: the handshake and \`cont\` at once (the argv starts the VM paused, -S).
qmp.write('{"execute":"qmp_capabilities"}\\n{"execute":"cont"}\\n')
child.on('exit', (status, signal) => {
  qmp.destroy()
  process.stdout.write(signal ? \`signal \${signal}\` : \`status \${status}\`)
})
`

async function runFloor(argvFile, expectedStatus) {
  const startedAt = performance.now()
  let exitedAt
  const result = await new Promise((resolve, reject) => {
    // Its QEMU runs in a directory under tempRoot, so the sweep at exit finds it if it outlives its node.
    const child = spawn(NODE, [join(tempRoot, 'floor.mjs'), argvFile, join(tempRoot, 'floor-console.raw')], {
      cwd: floorDir,
      stdio: ['ignore', 'pipe', 'pipe']
    })
    children.add(child)
    child.once('exit', () => (exitedAt = performance.now()))
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d) => (stdout += d))
    child.stderr.on('data', (d) => (stderr += d))
    child.on('error', reject)
    child.on('close', (status) => {
      children.delete(child)
      resolve({ status, stdout, stderr })
    })
  })
  if (result.status !== 0 || result.stdout !== expectedStatus)
    throw new Error(
      `the Node floor's QEMU ended with ${result.stdout || 'nothing'} (node exit ${result.status}), ` +
        `the action's with ${expectedStatus}: ${result.stderr.trim()}`
    )
  return exitedAt - startedAt
}

/** Starts QEMU as the leader of its own process group, console to a file as the action does. */
function startQemu({ command, args }) {
  const consoleFd = openSync(join(tempRoot, 'bare-console.raw'), 'w')
  const stderrFd = openSync(join(tempRoot, 'bare-stderr.txt'), 'w')
  const startedAt = performance.now()
  const child = spawn(command, args, { cwd: tempRoot, stdio: ['ignore', consoleFd, stderrFd], detached: true })
  closeSync(consoleFd)
  closeSync(stderrFd)
  groups.add(child.pid)
  const exited = new Promise((resolve, reject) => {
    child.once('error', reject)
    child.once('exit', (status, sig) => {
      resolve({ at: performance.now(), status: sig ? `signal ${sig}` : `status ${status}` })
    })
  })
  return { child, startedAt, exited }
}

async function stopQemu(qemu) {
  signal(-qemu.child.pid, 'SIGKILL')
  await qemu.exited
  groups.delete(qemu.child.pid)
}

function bareStderr() {
  return readFileSync(join(tempRoot, 'bare-stderr.txt'), 'utf8').trim()
}

/** Bare QEMU spawn → exit; its exit status must match the one the action reported, or it booted differently. */
async function runBare(argv, expectedStatus) {
  const qemu = startQemu(argv)
  const end = await qemu.exited
  groups.delete(qemu.child.pid)
  if (end.status !== expectedStatus) throw new Error(`bare QEMU ended with ${end.status}, the action's QEMU with ${expectedStatus}: ${bareStderr()}`)
  return end.at - qemu.startedAt
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
  })
}

/**
 * Bare QEMU spawn → first curl whose body holds the text; QEMU is killed right after. A curl starts
 * every 100 ms whether or not the previous one has finished: until the guest's NIC is up, slirp accepts
 * the host side and nothing answers, so each attempt lasts its whole `--max-time 1`. Curls run one after
 * another would see the guest only on a ~1 s grid, and where that grid happens to fall against the
 * guest's ready time would decide the figure.
 */
async function runBareHealthy(argv) {
  const port = await freePort()
  let replaced = 0
  const args = argv.args.map((a) => a.replace(/hostfwd=tcp:127\.0\.0\.1:\d+-:80\b/, () => (replaced++, `hostfwd=tcp:127.0.0.1:${port}-:80`)))
  if (replaced !== 1) throw new Error(`expected one hostfwd to guest port 80 in ${argv.args.join(' ')}`)
  const qemu = startQemu({ command: argv.command, args })
  let ended
  let healthyAt
  let failure
  let markHealthy
  const healthy = new Promise((resolve) => (markHealthy = resolve))
  qemu.exited.then(
    (end) => (ended = end),
    () => undefined
  )
  const attempts = new Set()
  try {
    while (healthyAt === undefined && !ended && !interrupted) {
      if (failure) throw failure
      const attemptAt = performance.now()
      if (attemptAt - qemu.startedAt > HTTP_DEADLINE_MS) throw new Error(`bare QEMU not healthy within ${HTTP_DEADLINE_MS / 1000} s`)
      const attempt = run('curl', ['-s', '--max-time', '1', `http://127.0.0.1:${port}/`]).then(
        ({ stdout }) => {
          if (!stdout.includes(HTTP_BODY)) return
          healthyAt ??= performance.now()
          markHealthy()
        },
        (error) => (failure ??= error)
      )
      attempts.add(attempt)
      attempt.then(() => attempts.delete(attempt))
      await Promise.race([sleep(POLL_INTERVAL_MS - (performance.now() - attemptAt)), healthy])
    }
    if (healthyAt !== undefined) return healthyAt - qemu.startedAt
    throw new Error(`bare QEMU ended (${ended?.status}) before answering: ${bareStderr()}`)
  } finally {
    await stopQemu(qemu)
    await Promise.allSettled(attempts)
  }
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

function progress(text) {
  if (process.stderr.isTTY) process.stderr.write(text)
}

// -------------------------------------------------------------------------------------------- bench

async function overhead(kernel) {
  const inputs = { kernel, accel: 'auto' }
  progress('hello: warm-up')
  // Uncounted: it runs the job's one KVM check (cached in RUNNER_TEMP after) and yields the argv.
  const warm = await runAction(inputs)
  const argv = qemuArgvFromLog(warm.stdout)
  const expected = warm.outputs['vmm-exit-status']
  await runBare(argv, expected)
  const argvFile = join(tempRoot, 'floor-argv.json')
  writeFileSync(argvFile, JSON.stringify({ command: argv.command, args: argv.withQmp }))
  writeFileSync(join(tempRoot, 'floor.mjs'), FLOOR_SCRIPT)
  await runFloor(argvFile, expected)
  const action = []
  const bare = []
  const floor = []
  progress(', runs ')
  for (let i = 0; i < RUNS; i++) {
    action.push((await runAction(inputs)).ms)
    bare.push(await runBare(argv, expected))
    floor.push(await runFloor(argvFile, expected))
    progress('.')
  }
  progress('\n')
  return {
    action,
    bare,
    floor,
    accel: warm.outputs.accel,
    diffs: action.map((a, i) => a - bare[i]),
    floorDiffs: floor.map((f, i) => f - bare[i]),
    ownDiffs: action.map((a, i) => a - floor[i])
  }
}

async function timeToHealthy(guest) {
  const inputs = {
    kernel: guest.kernel,
    initrd: guest.initrd,
    cmdline: guest.cmdline,
    accel: 'auto',
    memory: '256M',
    timeout: '120',
    ports: '0:80',
    probe: 'http://127.0.0.1:{80}/',
    'probe-expect': HTTP_BODY
  }
  progress('http: warm-up')
  const argv = qemuArgvFromLog((await runAction(inputs)).stdout)
  const action = []
  const bare = []
  progress(', runs ')
  for (let i = 0; i < HTTP_RUNS; i++) {
    action.push((await runAction(inputs)).ms)
    bare.push(await runBareHealthy(argv))
    progress('.')
  }
  progress('\n')
  return { action, bare }
}

function signedMs(ms) {
  return `${ms < 0 ? '−' : '+'}${Math.abs(Math.round(ms))} ms`
}

function row(label, values) {
  const ms = (v) => `${Math.round(v)}`.padStart(7)
  return `${label.padEnd(26)}${String(values.length).padStart(4)}${ms(median(values))}${ms(Math.min(...values))}${ms(Math.max(...values))}`
}

async function main() {
  if (!existsSync(BOOT_MAIN)) throw new Error(`${BOOT_MAIN} is missing; run npm run build`)
  const kernel = await testAsset('fixtures.ts', "m.fixturePath('hello')")
  const guest = flags['skip-http'] ? undefined : await testAsset('http-guest.ts', 'm.httpGuest()')
  const qemuVersion = (await run('qemu-system-x86_64', ['--version'])).stdout.split('\n')[0].replace(/^QEMU emulator version (\S+).*/, '$1')
  const nodeVersion = (await run(NODE, ['--version'])).stdout.trim()
  const cpuAtStart = cpuSeconds()

  const hello = await overhead(kernel)
  const http = guest && (await timeToHealthy(guest))
  const others = othersLoad(cpuAtStart)

  console.log(
    `boot bench: node ${nodeVersion}, QEMU ${qemuVersion}, accel ${hello.accel}, ${cpus().length} CPUs, other processes ${others.toFixed(2)} CPUs on average`
  )
  console.log(`${''.padEnd(26)}runs median    min    max  (ms)`)
  console.log(row('hello  action (fresh node)', hello.action))
  console.log(row('hello  bare QEMU', hello.bare))
  console.log(row('hello  Node floor', hello.floor))
  if (http) {
    console.log(row('http   action to verdict', http.action))
    console.log(row('http   bare QEMU + curl', http.bare))
  }

  if (others > 0.2) console.log(`warning: other processes kept ${others.toFixed(2)} of ${cpus().length} CPUs busy during the run; the figures are skewed`)
  const overheadMs = median(hello.diffs)
  const overheadOk = overheadMs <= OVERHEAD_TARGET_MS
  const ratio = median(hello.action) / median(hello.bare)
  console.log(
    `overhead: ${signedMs(overheadMs)} median of paired runs, action/bare ${ratio.toFixed(2)}× — ` +
      `target ≤ ${OVERHEAD_TARGET_MS} ms: ${overheadOk ? 'PASS' : 'FAIL'}`
  )
  console.log(
    `  of which: Node floor ${signedMs(median(hello.floorDiffs))} over bare QEMU, ` +
      `the action's own ${signedMs(median(hello.ownDiffs))} over the floor (medians of paired runs)`
  )
  let healthyOk = true
  if (http) {
    const healthyRatio = median(http.action) / median(http.bare)
    healthyOk = healthyRatio <= HEALTHY_RATIO_TARGET
    console.log(
      `time to healthy: action/bare ${healthyRatio.toFixed(2)}× (${signedMs(median(http.action) - median(http.bare))}) — ` +
        `target ≤ ${HEALTHY_RATIO_TARGET}×: ${healthyOk ? 'PASS' : 'FAIL'}`
    )
  }
  return flags.strict && !(overheadOk && healthyOk) ? 1 : 0
}

main().then(
  (code) => process.exit(code),
  (error) => {
    if (interrupted) return
    console.error(`boot.mjs: ${error.message}`)
    process.exit(2)
  }
)
