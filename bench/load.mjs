#!/usr/bin/env node
// Load benchmark: --boots concurrent boot actions (20 by default) of the HTTP guest (Debian's cloud
// kernel, busybox httpd; test/support/http-guest.ts), each forwarding a picked host port to guest port
// 80 and probing it for the guest's body. Checks that every verdict is `passed`, that no two boots got
// the same host port, and that no VMM outlives its action; reports the boot actions' peak RSS (VmHWM,
// read every 100 ms), their boot times and the wall time of the whole batch.
//
// Under TCG on 2 cores twenty Linux boots share the CPU: the timeout is generous on purpose.
//
// Usage: node bench/load.mjs [--boots N (20)] [--timeout S (900)] [--dist DIR (dist)]
import { cpus } from 'node:os'
import { performance } from 'node:perf_hooks'
import { benchFlags, median, mib, processesMentioning, scratch, sleep, startAction, testAsset } from './support.mjs'

const flags = benchFlags('load.mjs', { boots: 20, timeout: 900 })
const BOOTS = flags.boots
const BOOT_MAIN = flags.bootMain
const runs = []
const tempRoot = scratch('bench-load-', runs)

const guest = await testAsset('http-guest.ts', 'm.httpGuest()')
const { HTTP_GUEST_BODY, HTTP_GUEST_READY_LINE } = await testAsset(
  'http-guest.ts',
  '({ HTTP_GUEST_BODY: m.HTTP_GUEST_BODY, HTTP_GUEST_READY_LINE: m.HTTP_GUEST_READY_LINE })'
)
console.log(`${BOOTS} concurrent boots of the HTTP guest on ${cpus().length} CPUs, timeout ${flags.timeout} s; boot action ${BOOT_MAIN}`)

const inputs = {
  kernel: guest.kernel,
  initrd: guest.initrd,
  cmdline: guest.cmdline,
  memory: '256M',
  timeout: String(flags.timeout),
  ports: '0:80',
  probe: 'http://127.0.0.1:{80}/',
  'probe-expect': HTTP_GUEST_BODY,
  expect: HTTP_GUEST_READY_LINE,
  'upload-log': 'false'
}
const started = performance.now()
for (let i = 0; i < BOOTS; i++) runs.push(startAction(BOOT_MAIN, inputs, tempRoot))
const exits = await Promise.all(runs.map((run) => run.exited))
const wall = performance.now() - started

const problems = []
const ports = new Map()
const bootTimes = []
runs.forEach((run, i) => {
  const outputs = run.outputs()
  if (exits[i].status !== 0 || outputs.result !== 'passed') {
    const error = run.stdout.split('\n').find((line) => line.startsWith('::error::')) ?? run.stdout.slice(-500)
    problems.push(`boot ${i}: exit ${exits[i].status ?? exits[i].signal}, result ${outputs.result ?? 'none'}: ${error}`)
    return
  }
  bootTimes.push(Number(outputs['boot-time-ms']))
  for (const forward of JSON.parse(outputs.ports)) {
    if (ports.has(forward.host)) problems.push(`boots ${ports.get(forward.host)} and ${i} both got host port ${forward.host}`)
    ports.set(forward.host, i)
  }
})
await sleep(1000)
const orphans = processesMentioning(tempRoot)
if (orphans.length) problems.push(`processes left running under ${tempRoot}: ${orphans.join(', ')}`)

const rss = runs.map((run) => run.peakRss)
console.log(`\nverdicts: ${bootTimes.length} of ${BOOTS} passed; ${ports.size} distinct host ports; ${orphans.length} processes left`)
console.log(`wall time of the batch: ${(wall / 1000).toFixed(1)} s`)
if (bootTimes.length)
  console.log(`boot time (VMM spawn → verdict): median ${(median(bootTimes) / 1000).toFixed(1)} s, max ${(Math.max(...bootTimes) / 1000).toFixed(1)} s`)
console.log(
  `peak RSS of one boot action: median ${mib(median(rss))}, max ${mib(Math.max(...rss))}; all ${BOOTS} together ${mib(rss.reduce((a, b) => a + b, 0))}`
)
if (problems.length) {
  console.log(`\nproblems:\n  ${problems.join('\n  ')}`)
  process.exitCode = 1
}
