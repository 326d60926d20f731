#!/usr/bin/env node
// Build benchmark: what the build cache buys a new CI run. examples/c-hello (48 C translation units)
// is built by the build action as the runner runs it — a fresh `node dist/build-main.js` with INPUT_*
// variables, then `build-post.js`, which saves the cache — first cold, then warm: in a fresh copy of the
// sources in a new directory (a new checkout), with RUNNER_TEMP emptied (a new machine; same path, as on
// hosted runners), so the only thing carried over is the cache entry, restored through the cache layer
// (its local backend here). Prints warm/cold of the main step's wall time; the target is ≤ 0.25.
//
// The warm build is fast because the custom toolchain runs the compilers through ccache, whose
// directory the build cache keeps and whose hashes ignore the checkout's path — not because make finds
// old objects: the warm checkout has none. Needs ccache (Debian: apt-get install ccache).
//
// Usage: node bench/build.mjs [--runs N (1)] [--dist DIR] [--strict]
import { spawn, spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { parseFileCommands } from '../test/support/file-commands.mjs'

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..')
const PROJECT_NODE = join(ROOT, 'node_modules', '.bin', 'node')
// The action is declared `using: node24`; the machine's own node may be older.
const NODE = existsSync(PROJECT_NODE) ? PROJECT_NODE : process.execPath
const RATIO_TARGET = 0.25
const EXAMPLE = join(ROOT, 'examples', 'c-hello')

function usage(problem) {
  if (problem) console.error(`build.mjs: ${problem}`)
  console.error('usage: node bench/build.mjs [--runs N (1)] [--dist DIR (dist/, or $UNIKERNEL_ACTIONS_DIST)] [--strict]')
  process.exit(problem ? 2 : 0)
}

let flags
try {
  flags = parseArgs({
    options: {
      runs: { type: 'string' },
      dist: { type: 'string' },
      strict: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false }
    }
  }).values
} catch (error) {
  usage(error.message)
}
if (flags.help) usage()
const RUNS = flags.runs === undefined ? 1 : Number(flags.runs)
if (!Number.isInteger(RUNS) || RUNS < 1) usage(`--runs wants a positive integer, got ${JSON.stringify(flags.runs)}`)
const DIST = flags.dist ?? process.env.UNIKERNEL_ACTIONS_DIST ?? join(ROOT, 'dist')
for (const phase of ['main', 'post']) {
  if (!existsSync(join(DIST, `build-${phase}.js`))) usage(`${join(DIST, `build-${phase}.js`)} does not exist: build the bundle first (npm run build)`)
}

const tempRoot = mkdtempSync(join(tmpdir(), 'bench-build-'))
const children = new Set()
process.on('exit', () => {
  for (const child of children) child.kill('SIGKILL')
  rmSync(tempRoot, { recursive: true, force: true })
})
for (const name of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(name, () => {
    console.error(`\nbuild.mjs: interrupted (${name}); ${tempRoot} removed`)
    process.exit(128 + { SIGINT: 2, SIGTERM: 15, SIGHUP: 1 }[name])
  })
}

function progress(text) {
  if (process.stderr.isTTY) process.stderr.write(text)
}

/** CPU seconds of the whole machine and of this process tree, from /proc: other load skews every figure. */
function cpuSeconds() {
  const [, ...fields] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).map(Number)
  const [user, nice, system, , , irq, softirq, steal] = fields
  const own = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ').slice(11, 15).map(Number)
  return { machine: (user + nice + system + irq + softirq + steal) / 100, own: own.reduce((a, b) => a + b, 0) / 100, at: performance.now() }
}

function othersLoad(start) {
  const now = cpuSeconds()
  return Math.max(0, now.machine - start.machine - (now.own - start.own)) / ((now.at - start.at) / 1000)
}

/**
 * One phase of the build action, as the runner starts it, in a job whose RUNNER_TEMP is `runnerTemp`;
 * `state` carries main's saved state to post. Wall time is node spawn → node exit.
 */
function runPhase(phase, { runnerTemp, cacheHome, inputs = {}, state = {} }) {
  const files = { GITHUB_OUTPUT: 'output.txt', GITHUB_STATE: 'state.txt', GITHUB_STEP_SUMMARY: 'summary.md' }
  // No ACTIONS_* variables: the cache layer takes its local backend, under XDG_CACHE_HOME.
  const env = { PATH: process.env.PATH, HOME: process.env.HOME, GITHUB_ACTIONS: 'true', RUNNER_TEMP: runnerTemp, XDG_CACHE_HOME: cacheHome }
  mkdirSync(runnerTemp, { recursive: true })
  for (const [variable, file] of Object.entries(files)) {
    env[variable] = join(runnerTemp, `${phase}-${file}`)
    writeFileSync(env[variable], '')
  }
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value
  for (const [name, value] of Object.entries(state)) env[`STATE_${name}`] = value
  return new Promise((resolve, reject) => {
    const startedAt = performance.now()
    const child = spawn(NODE, [join(DIST, `build-${phase}.js`)], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] })
    children.add(child)
    let log = ''
    child.stdout.on('data', (d) => (log += d))
    child.stderr.on('data', (d) => (log += d))
    child.on('error', reject)
    child.on('close', (status) => {
      children.delete(child)
      const ms = performance.now() - startedAt
      if (status !== 0) return reject(new Error(`build-${phase} failed (exit ${status}):\n${log.trim().split('\n').slice(-20).join('\n')}`))
      resolve({
        ms,
        log,
        outputs: parseFileCommands(readFileSync(env.GITHUB_OUTPUT, 'utf8')),
        state: parseFileCommands(readFileSync(env.GITHUB_STATE, 'utf8'))
      })
    })
  })
}

/** A new checkout of the example: a copy in a directory of its own, without build output. */
function checkout(dir) {
  cpSync(EXAMPLE, dir, { recursive: true, filter: (source) => !/\/(build|[^/]+\.elf)$/.test(source) })
  return dir
}

/** main then post, as one job on a fresh machine whose RUNNER_TEMP path is always `runnerTemp`. */
async function job(name, runnerTemp, cacheHome) {
  rmSync(runnerTemp, { recursive: true, force: true })
  const project = checkout(join(tempRoot, name, 'c-hello'))
  const inputs = {
    path: project,
    command: 'make -j"$(nproc)"',
    kernel: 'c-hello.elf',
    'source-date-epoch': '1700000000',
    tags: 'bench',
    output: join(tempRoot, name, 'oci'),
    cache: 'true'
  }
  const main = await runPhase('main', { runnerTemp, cacheHome, inputs })
  const post = await runPhase('post', { runnerTemp, cacheHome, state: main.state })
  return { main, post }
}

const ccache = spawnSync('ccache', ['--version'], { encoding: 'utf8' })
if (ccache.status !== 0)
  console.error('build.mjs: ccache is not installed, so nothing but the cache paths is cached and warm will be as slow as cold (apt-get install ccache)')

const results = []
for (let i = 0; i < RUNS; i++) {
  const runnerTemp = join(tempRoot, `runner-temp-${i}`)
  const cacheHome = join(tempRoot, `cache-${i}`)
  const load = cpuSeconds()
  progress(`run ${i + 1}/${RUNS}: cold`)
  const cold = await job(`cold-${i}`, runnerTemp, cacheHome)
  progress(', warm')
  const warm = await job(`warm-${i}`, runnerTemp, cacheHome)
  progress('\n')
  if (cold.main.outputs['cache-hit'] !== 'false') throw new Error(`the cold build found a cache: cache-hit=${cold.main.outputs['cache-hit']}`)
  if (warm.main.outputs['cache-hit'] !== 'true')
    throw new Error(`the warm build missed the cache: cache-hit=${warm.main.outputs['cache-hit']}\n${warm.main.log}`)
  if (warm.main.outputs.digest !== cold.main.outputs.digest)
    throw new Error(`the warm build gave another digest: ${warm.main.outputs.digest} ≠ ${cold.main.outputs.digest}`)
  results.push({ cold, warm, load: othersLoad(load) })
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}
const ms = (value) => `${Math.round(value)} ms`
const coldMain = median(results.map((r) => r.cold.main.ms))
const warmMain = median(results.map((r) => r.warm.main.ms))
const coldJob = median(results.map((r) => r.cold.main.ms + r.cold.post.ms))
const warmJob = median(results.map((r) => r.warm.main.ms + r.warm.post.ms))
const ratio = warmMain / coldMain
const load = Math.max(...results.map((r) => r.load))

console.log(
  `build: examples/c-hello (48 C units + asm), custom toolchain, make -j${spawnSync('nproc', { encoding: 'utf8' }).stdout.trim()}, ${RUNS} run(s), medians`
)
const toolchainMs = (side) => ms(median(results.map((r) => Number(r[side].main.outputs['build-time-ms']))))
console.log(
  `  cold build step    ${ms(coldMain).padStart(9)}   ` +
    `(toolchain ${toolchainMs('cold')}; post step saving the cache ${ms(median(results.map((r) => r.cold.post.ms)))})`
)
console.log(`  warm build step    ${ms(warmMain).padStart(9)}   (toolchain ${toolchainMs('warm')}; new checkout, cache restored through the local backend)`)
console.log(`  warm/cold          ${ratio.toFixed(3).padStart(9)}   target ≤ ${RATIO_TARGET}: ${ratio <= RATIO_TARGET ? 'met' : 'MISSED'}`)
console.log(`  with post steps    ${(warmJob / coldJob).toFixed(3).padStart(9)}`)
console.log(`  same digest        ${results[0].cold.main.outputs.digest}`)
if (load > 0.5) console.log(`  note: other processes kept ${load.toFixed(1)} CPUs busy on average; the figures are skewed`)
if (flags.strict && ratio > RATIO_TARGET) process.exitCode = 1
