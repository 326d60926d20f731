// What the console and load benchmarks share: the built test assets, the boot action as the runner
// starts it, and /proc readings of its processes.
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import { parseArgs } from 'node:util'
import { clearInterval, setInterval, setTimeout } from 'node:timers'
import { fileURLToPath } from 'node:url'
import { parseFileCommands } from '../test/support/file-commands.mjs'

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..')
const PROJECT_NODE = join(ROOT, 'node_modules', '.bin', 'node')
// The action is declared `using: node24`; the machine's own node may be older.
export const NODE = existsSync(PROJECT_NODE) ? PROJECT_NODE : process.execPath

/**
 * The flags of a benchmark script: `integers` (name → default) must be positive integers; `--dist`
 * names the bundle whose boot-main.js runs (dist/ by default). Exits with the usage on a bad flag or -h.
 */
export function benchFlags(script, integers) {
  const usageLine = `usage: node bench/${script} ${Object.entries(integers)
    .map(([name, fallback]) => `[--${name} N (${fallback})]`)
    .join(' ')} [--dist DIR (dist)]`
  const usage = (problem) => {
    if (problem) console.error(`${script}: ${problem}`)
    console.error(usageLine)
    process.exit(problem ? 2 : 0)
  }
  const options = { dist: { type: 'string', default: join(ROOT, 'dist') }, help: { type: 'boolean', short: 'h', default: false } }
  for (const [name, fallback] of Object.entries(integers)) options[name] = { type: 'string', default: String(fallback) }
  let values
  try {
    values = parseArgs({ options }).values
  } catch (error) {
    usage(error.message)
  }
  if (values.help) usage()
  const flags = { bootMain: join(resolve(values.dist), 'boot-main.js') }
  for (const name of Object.keys(integers)) {
    if (!/^[1-9]\d*$/.test(values[name])) usage(`--${name} wants a positive integer, got ${JSON.stringify(values[name])}`)
    flags[name] = Number(values[name])
  }
  return flags
}

/**
 * A scratch directory for the actions' RUNNER_TEMPs, removed on exit together with every action in
 * `runs` still running and any process left under it (a VMM an action orphaned).
 */
export function scratch(prefix, runs) {
  const root = mkdtempSync(join(tmpdir(), prefix))
  process.on('exit', () => {
    for (const run of runs) run.child.kill('SIGKILL')
    for (const pid of processesMentioning(root)) {
      try {
        process.kill(pid, 'SIGKILL')
      } catch {
        // already gone
      }
    }
    rmSync(root, { recursive: true, force: true })
  })
  for (const name of ['SIGINT', 'SIGTERM']) process.on(name, () => process.exit(130))
  return root
}

/**
 * Asks the TypeScript test helpers for a built asset (they build and cache it under .cache/ on first use).
 * The helpers import each other as `./x.js` (NodeNext style), which plain type stripping cannot resolve,
 * so a resolve hook falls back to the `.ts` file next to the importer.
 */
export async function testAsset(module, expression) {
  const script = `
    require('node:module').registerHooks({
      resolve(specifier, context, next) {
        try { return next(specifier, context) } catch (error) {
          if (error.code !== 'ERR_MODULE_NOT_FOUND' || !specifier.endsWith('.js') || !context.parentURL?.endsWith('.ts')) throw error
          return next(specifier.slice(0, -3) + '.ts', context)
        }
      }
    })
    import(${JSON.stringify(`./test/support/${module}`)}).then((m) => ${expression}).then((v) => console.log(JSON.stringify(v)))
  `
  const child = spawn(NODE, ['--experimental-strip-types', '--no-warnings', '-e', script], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (d) => (stdout += d))
  child.stderr.on('data', (d) => (stderr += d))
  const status = await new Promise((resolve) => child.on('close', resolve))
  const last = stdout.trim().split('\n').pop()
  if (status !== 0 || !last) throw new Error(`building ${module} failed:\n${stderr.trim()}`)
  return JSON.parse(last)
}

/** Live processes whose command line names `needle` or that run in a directory under it (zombies excluded). */
export function processesMentioning(needle) {
  const pids = []
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue
    try {
      if (/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${entry}/stat`, 'utf8'))) continue
      const cwd = readlinkSync(`/proc/${entry}/cwd`)
      if (readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes(needle) || cwd.startsWith(`${needle}/`)) pids.push(Number(entry))
    } catch {
      // ended while we looked
    }
  }
  return pids
}

/** A process's peak resident set (VmHWM) in bytes, or undefined once it is gone. */
export function peakRss(pid) {
  try {
    const match = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))
    return match ? Number(match[1]) * 1024 : undefined
  } catch {
    return undefined
  }
}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

export async function waitFor(check, what, limitMs, everyMs = 20) {
  const start = performance.now()
  while (!check()) {
    if (performance.now() - start > limitMs) throw new Error(`gave up waiting for ${what}`)
    await sleep(everyMs)
  }
}

/**
 * One main step of the boot action as the runner starts it, in a RUNNER_TEMP of its own under `root`.
 * `exited` resolves with the status, the signal and the time of the exit; `peakRss` is the highest
 * VmHWM read while it ran (every 100 ms: what it reached in its last 100 ms can be missed).
 */
export function startAction(bootMain, inputs, root) {
  const runnerTemp = mkdtempSync(join(root, 'runner-temp-'))
  const files = { GITHUB_OUTPUT: 'output.txt', GITHUB_STATE: 'state.txt', GITHUB_STEP_SUMMARY: 'summary.md' }
  const env = { PATH: process.env.PATH, HOME: process.env.HOME, GITHUB_ACTIONS: 'true', RUNNER_TEMP: runnerTemp }
  for (const [variable, file] of Object.entries(files)) {
    env[variable] = join(runnerTemp, file)
    writeFileSync(env[variable], '')
  }
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value
  const startedAt = performance.now()
  const child = spawn(NODE, [bootMain], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] })
  const run = { child, runnerTemp, startedAt, peakRss: 0, stdout: '', stderr: '' }
  child.stdout.on('data', (d) => (run.stdout += d))
  child.stderr.on('data', (d) => (run.stderr += d))
  const sample = () => (run.peakRss = Math.max(run.peakRss, peakRss(child.pid) ?? 0))
  const sampler = setInterval(sample, 100)
  run.exited = new Promise((resolve) => {
    child.once('exit', (status, signal) => {
      clearInterval(sampler)
      resolve({ status, signal, at: performance.now() })
    })
  })
  run.outputs = () => parseFileCommands(readFileSync(env.GITHUB_OUTPUT, 'utf8'))
  run.summary = () => readFileSync(env.GITHUB_STEP_SUMMARY, 'utf8')
  return run
}

/** Bytes in the boot's console files so far (console.log; console.raw where a VMM still writes one). */
export function consoleBytes(runnerTemp) {
  let most = 0
  for (const path of readdirSync(runnerTemp, { recursive: true, encoding: 'utf8' })) {
    if (!/console\.(log|raw)$/.test(path)) continue
    try {
      most = Math.max(most, statSync(join(runnerTemp, path)).size)
    } catch {
      // removed while we looked
    }
  }
  return most
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

export const mib = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`
