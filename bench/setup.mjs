#!/usr/bin/env node
// Setup benchmark: a warm `setup` (both tools already in the runner's tool cache) as the runner runs it,
// a fresh `node dist/setup-main.js`, against a bare `node -e ''` on the same machine, interleaved
// A,B,C,A,B,C… so drift in machine load hits all sides alike. C only imports the shared bundle
// (dist/index.js), which tells what every action pays from what `setup` itself adds. The tool cache is
// filled by one uncounted cold run against the fake GitHub on 127.0.0.1; the warm runs must make no
// request at all.
//
// Usage: node bench/setup.mjs [--runs N] [--dist DIR] [--strict]
//   --dist defaults to $UNIKERNEL_ACTIONS_DIST, else dist/.
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { registerHooks } from 'node:module'
import { cpus, tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { parseFileCommands } from '../test/support/file-commands.mjs'

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..')
const PROJECT_NODE = join(ROOT, 'node_modules', '.bin', 'node')
// The action is declared `using: node24`; the machine's own node may be older.
const NODE = existsSync(PROJECT_NODE) ? PROJECT_NODE : process.execPath
const TARGET_MS = 250
const TOOLS = 'kraft@0.9.4, firecracker@1.9.1'

// The test support files are TypeScript importing each other as `./x.js`; Node strips the types and
// this hook finds the `.ts` file behind a `.js` specifier.
registerHooks({
  resolve(specifier, context, next) {
    try {
      return next(specifier, context)
    } catch (error) {
      if (error.code !== 'ERR_MODULE_NOT_FOUND' || !specifier.endsWith('.js') || !context.parentURL?.endsWith('.ts')) throw error
      return next(`${specifier.slice(0, -3)}.ts`, context)
    }
  }
})

function usage(problem) {
  if (problem) console.error(`setup.mjs: ${problem}`)
  console.error('usage: node bench/setup.mjs [--runs N (20)] [--dist DIR] [--strict]')
  process.exit(problem ? 2 : 0)
}

let flags
try {
  flags = parseArgs({
    options: {
      runs: { type: 'string', default: '20' },
      dist: { type: 'string' },
      strict: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false }
    }
  }).values
} catch (error) {
  usage(error.message)
}
if (flags.help) usage()
const RUNS = Number(flags.runs)
if (!Number.isInteger(RUNS) || RUNS < 1) usage(`--runs wants a positive integer, got ${flags.runs}`)
const DIST = resolve(flags.dist ?? process.env.UNIKERNEL_ACTIONS_DIST ?? join(ROOT, 'dist'))
const SETUP_MAIN = join(DIST, 'setup-main.js')

const tempRoot = mkdtempSync(join(tmpdir(), 'bench-setup-'))
process.on('exit', () => rmSync(tempRoot, { recursive: true, force: true }))
for (const name of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(name, () => process.exit(130))

function timed(command, args, env) {
  return new Promise((resolve, reject) => {
    const startedAt = performance.now()
    const child = spawn(command, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] })
    let exitedAt
    let stdout = ''
    let stderr = ''
    child.once('exit', () => (exitedAt = performance.now()))
    child.stdout.on('data', (d) => (stdout += d))
    child.stderr.on('data', (d) => (stderr += d))
    child.on('error', reject)
    child.on('close', (status) => resolve({ ms: exitedAt - startedAt, status, stdout, stderr }))
  })
}

/** One `setup` main step, as the runner starts it: INPUT_* (every action.yml default) and file commands. */
function runSetup(github, toolCache) {
  const env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_ACTIONS: 'true',
    RUNNER_TEMP: join(tempRoot, 'runner-temp'),
    RUNNER_TOOL_CACHE: toolCache
  }
  for (const [variable, file] of Object.entries({
    GITHUB_OUTPUT: 'output.txt',
    GITHUB_STATE: 'state.txt',
    GITHUB_STEP_SUMMARY: 'summary.md',
    GITHUB_PATH: 'path.txt'
  })) {
    env[variable] = join(tempRoot, file)
    writeFileSync(env[variable], '')
  }
  const inputs = {
    tools: TOOLS,
    'enable-kvm': 'true',
    'github-token': '',
    mirror: github.url,
    'api-url': github.apiUrl,
    cache: 'true',
    'allow-unverified': 'false'
  }
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value
  return timed(NODE, [SETUP_MAIN], env).then((run) => {
    const outputs = parseFileCommands(readFileSync(env.GITHUB_OUTPUT, 'utf8'))
    if (run.status !== 0) throw new Error(`setup failed (exit ${run.status}):\n${`${run.stdout}\n${run.stderr}`.trim().split('\n').slice(-15).join('\n')}`)
    return { ...run, outputs }
  })
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

function row(label, values) {
  const ms = (v) => `${Math.round(v)}`.padStart(7)
  return `${label.padEnd(30)}${String(values.length).padStart(4)}${ms(median(values))}${ms(Math.min(...values))}${ms(Math.max(...values))}`
}

function progress(text) {
  if (process.stderr.isTTY) process.stderr.write(text)
}

async function main() {
  if (!existsSync(SETUP_MAIN)) throw new Error(`${SETUP_MAIN} is missing: run npm run build (or pass --dist with a private bundle)`)
  const { startFakeGitHub } = await import('../test/support/fake-github.ts')
  const { publishFirecracker, publishKraft } = await import('../test/support/tool-fixtures.ts')
  const github = await startFakeGitHub()
  try {
    publishKraft(github, '0.9.4')
    publishFirecracker(github, '1.9.1')
    const toolCache = join(tempRoot, 'tool-cache')

    progress('cold run')
    const cold = await runSetup(github, toolCache)
    if (cold.outputs['cache-hit'] !== 'false') throw new Error(`the cold run reported cache-hit ${cold.outputs['cache-hit']}`)
    github.clearRequests()

    const warm = []
    const bare = []
    const bundle = []
    const importBundle = `await import(${JSON.stringify(join(DIST, 'index.js'))})`
    progress(', runs ')
    for (let i = 0; i < RUNS; i++) {
      const run = await runSetup(github, toolCache)
      if (run.outputs['cache-hit'] !== 'true') throw new Error(`a warm run missed the tool cache:\n${run.stdout}`)
      warm.push(run.ms)
      bare.push((await timed(NODE, ['-e', ''], { PATH: process.env.PATH })).ms)
      bundle.push((await timed(NODE, ['--input-type=module', '-e', importBundle], { PATH: process.env.PATH })).ms)
      progress('.')
    }
    progress('\n')
    if (github.requests.length) throw new Error(`warm runs made ${github.requests.length} request(s): ${github.requests.map((r) => r.path).join(', ')}`)

    const nodeVersion = (await timed(NODE, ['--version'], { PATH: process.env.PATH })).stdout.trim()
    const diffs = warm.map((w, i) => w - bare[i])
    const overhead = median(diffs)
    console.log(`setup bench: node ${nodeVersion}, ${cpus().length} CPUs, bundle ${DIST}, tools ${TOOLS} (tool-cache hits)`)
    console.log(`${''.padEnd(30)}runs median    min    max  (ms)`)
    console.log(row('warm setup (fresh node)', warm))
    console.log(row("bare node -e ''", bare))
    console.log(row('import dist/index.js only', bundle))
    const ok = overhead <= TARGET_MS
    console.log(
      `overhead: +${Math.round(overhead)} ms median of paired runs, setup/bare ${(median(warm) / median(bare)).toFixed(2)}× — ` +
        `target ≤ ${TARGET_MS} ms: ${ok ? 'PASS' : 'FAIL'}`
    )
    console.log(
      `of which the shared bundle: +${Math.round(median(bundle.map((b, i) => b - bare[i])))} ms (import only); ` +
        `setup itself: +${Math.round(median(warm.map((w, i) => w - bundle[i])))} ms`
    )
    return flags.strict && !ok ? 1 : 0
  } finally {
    await github.close()
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`setup.mjs: ${error.message}`)
    process.exit(2)
  }
)
