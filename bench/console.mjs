#!/usr/bin/env node
// Console benchmark: what a guest flooding its console costs the boot action, against a quiet guest
// booted in the same run (interleaved flood, quiet, flood, quiet… so drift in machine load hits both).
//
//   1. deadline   `timeout: 3`; the lateness of the verdict (the summary's `verdict: timeout`, in ms
//                 after the VMM spawned, minus 3,000) and of the action's exit (after the verdict).
//   2. SIGTERM    `timeout: 600`; SIGTERM --after seconds after the VMM started; the lateness of the
//                 action's exit after the signal.
//   3. memory     the flood until --rss-mb MiB of console are on disk, then SIGTERM: the action's peak
//                 RSS (VmHWM), against the quiet guest held for as long.
//
// Nothing is asserted: on 2 busy cores these are figures to read, not to gate on.
//
// Usage: node bench/console.mjs [--runs N (3)] [--after S (3)] [--rss-mb N (20)] [--dist DIR (dist)]
import { performance } from 'node:perf_hooks'
import { benchFlags, consoleBytes, median, mib, processesMentioning, scratch, sleep, startAction, testAsset, waitFor } from './support.mjs'

const flags = benchFlags('console.mjs', { runs: 3, after: 3, 'rss-mb': 20 })
const RUNS = flags.runs
const AFTER_MS = flags.after * 1000
const RSS_BYTES = flags['rss-mb'] * 1024 * 1024
const BOOT_MAIN = flags.bootMain
const DEADLINE_MS = 3000

const running = new Set()
const tempRoot = scratch('bench-console-', running)

function start(kernel, inputs) {
  const run = startAction(BOOT_MAIN, { kernel, 'upload-log': 'false', ...inputs }, tempRoot)
  running.add(run)
  void run.exited.then(() => running.delete(run))
  return run
}

/** The VMM is up once a process other than the action runs under its RUNNER_TEMP. */
const vmmStarted = (run) => waitFor(() => processesMentioning(run.runnerTemp).some((pid) => pid !== run.child.pid), 'the VMM to start', 120_000)

async function deadline(kernel) {
  const run = start(kernel, { timeout: String(DEADLINE_MS / 1000), expect: 'never printed' })
  const exit = await run.exited
  const outputs = run.outputs()
  if (outputs.result !== 'timeout') throw new Error(`expected a timeout, got ${outputs.result ?? 'nothing'} (exit ${exit.status}):\n${run.stdout.slice(-2000)}`)
  const summary = run.summary()
  const verdictAt = Number(/\| (\d+) ms \| verdict: timeout \|/.exec(summary)?.[1])
  const exitedAt = Number(/\| (\d+) ms \| VMM exited/.exec(summary)?.[1])
  return { verdict: verdictAt - DEADLINE_MS, stopped: exitedAt - verdictAt, wall: exit.at - run.startedAt }
}

async function sigterm(kernel) {
  const run = start(kernel, { timeout: '600', expect: 'never printed' })
  await vmmStarted(run)
  await sleep(AFTER_MS)
  const sent = performance.now()
  run.child.kill('SIGTERM')
  const exit = await run.exited
  if (exit.status !== 143) throw new Error(`SIGTERM: the action exited ${exit.status ?? exit.signal}, not 143`)
  return exit.at - sent
}

async function memory(kernel, bytesOrMs) {
  const run = start(kernel, { timeout: '600', expect: 'never printed' })
  await vmmStarted(run)
  const from = performance.now()
  if (bytesOrMs.bytes) await waitFor(() => consoleBytes(run.runnerTemp) >= bytesOrMs.bytes, `${mib(bytesOrMs.bytes)} of console`, 900_000, 200)
  else await sleep(bytesOrMs.ms)
  const heldMs = performance.now() - from
  const bytes = consoleBytes(run.runnerTemp)
  await sleep(300)
  run.child.kill('SIGTERM')
  await run.exited
  return { rss: run.peakRss, heldMs, bytes }
}

const flood = await testAsset('fixtures.ts', "m.fixturePath('flood')")
const quiet = await testAsset('fixtures.ts', "m.fixturePath('hang')")
console.log(`boot action: ${BOOT_MAIN}; ${RUNS} runs of each; SIGTERM ${AFTER_MS / 1000} s after the VMM started`)

const results = { deadline: { flood: [], quiet: [] }, sigterm: { flood: [], quiet: [] } }
for (let i = 0; i < RUNS; i++) {
  for (const [name, kernel] of [
    ['flood', flood],
    ['quiet', quiet]
  ]) {
    results.deadline[name].push(await deadline(kernel))
    results.sigterm[name].push(await sigterm(kernel))
  }
}

const ms = (value) => `${Math.round(value)} ms`
console.log('\n1. deadline (timeout: 3), medians')
console.log('                 verdict late   VMM stopped after   action wall')
for (const name of ['flood', 'quiet']) {
  const r = results.deadline[name]
  const column = (key, width) => ms(median(r.map((x) => x[key]))).padStart(width)
  console.log(`  ${name.padEnd(14)} ${column('verdict', 12)}   ${column('stopped', 17)}   ${column('wall', 11)}`)
}
const lateDelta = median(results.deadline.flood.map((x) => x.verdict)) - median(results.deadline.quiet.map((x) => x.verdict))
console.log(`  flood − quiet: verdict ${ms(lateDelta)} later`)

console.log(`\n2. SIGTERM ${AFTER_MS / 1000} s after the VMM started: signal → action exit`)
for (const name of ['flood', 'quiet']) {
  const r = results.sigterm[name]
  console.log(`  ${name.padEnd(14)} median ${ms(median(r))} (${r.map(ms).join(', ')})`)
}
console.log(`  flood − quiet: ${ms(median(results.sigterm.flood) - median(results.sigterm.quiet))}`)

const flooded = await memory(flood, { bytes: RSS_BYTES })
const held = await memory(quiet, { ms: flooded.heldMs })
console.log(`\n3. peak RSS of the boot action`)
console.log(`  flood          ${mib(flooded.rss)} after ${mib(flooded.bytes)} of console (${(flooded.heldMs / 1000).toFixed(0)} s)`)
console.log(`  quiet          ${mib(held.rss)} held as long`)
