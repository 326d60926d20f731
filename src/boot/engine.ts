import { closeSync, constants, openSync, promises as fs, unlinkSync } from 'node:fs'
import { Socket } from 'node:net'
import { join } from 'node:path'
import type { Duplex, Readable } from 'node:stream'
import { spawn, type StdioOptions } from 'node:child_process'
import type { Logger } from '../runtime/logger.js'
import { installSignalHandlers, ProcessGroup } from '../runtime/process-group.js'
import type { ToolchainBootProfile } from '../toolchains/types.js'
import { QmpChannel } from '../vmm/qmp.js'
import type { BootSpec, LaunchPlan, VmmDriver, VmmExit } from '../vmm/types.js'
import { BoundedCapture, ConsoleWatcher, logLimitMarker } from './console.js'
import { probeOnce, type ProbeTarget } from './probe.js'

export const BOOT_RESULTS = ['passed', 'failed', 'crashed', 'timeout'] as const
export type BootResult = (typeof BOOT_RESULTS)[number]

export interface BootRequest {
  driver: VmmDriver
  spec: BootSpec
  profile: ToolchainBootProfile
  expect: RegExp[]
  failOn: RegExp[]
  exitCode?: number
  probes: ProbeTarget[]
  probeExpect?: RegExp
  timeoutMs: number
  keepRunning: boolean
  /** Where the ANSI-stripped console log is written. */
  consoleLog: string
  /** Bytes of console the log takes (`log-limit`); the rest is matched, not logged. */
  consoleLogLimit: number
  logger: Logger
}

export interface TimelineEvent {
  atMs: number
  event: string
}

export interface BootOutcome {
  result: BootResult
  reason: string
  /** VMM spawn → verdict. */
  bootTimeMs: number
  /** The guest's decoded exit code, when it exited by itself. */
  exitCode?: number
  /** The VMM's raw end: its exit status, `signal SIGTERM`, or `running` (keep-running). */
  vmmExitStatus: string
  consoleTail: string[]
  timeline: TimelineEvent[]
  plan: LaunchPlan
  /** The VMM left running (keep-running after a pass). */
  running?: ProcessGroup
}

/** Raised when the VMM itself refuses to run (bad argument, unloadable kernel): an error, not a verdict. */
export class VmmStartError extends Error {
  override readonly name = 'VmmStartError'
}

/** A monotonic clock in ms; the `performance` global would load perf_hooks (~0.4 ms) before the spawn. */
function nowMs(): number {
  return Number(process.hrtime.bigint()) / 1e6
}

/** How long after the VMM exited its last output may take to come out of the pipes. */
const OUTPUT_DRAIN_MS = 2000
const PROBE_INTERVAL_MS = 100
const PROBE_ATTEMPT_TIMEOUT_MS = 1000
const TCP_HOLD_MS = 2000
/** Attempts of one probe that may wait for an answer at the same time. */
const PROBES_IN_FLIGHT = 10

/**
 * Boots once and reaches a verdict as early as it can be known: a crash line or a failed probe ends
 * the boot at once, a server is stopped as soon as every expectation and probe passed, and the
 * deadline kills the VMM's whole process group.
 */
export async function bootAndJudge(request: BootRequest): Promise<BootOutcome> {
  const { driver, spec, profile, logger } = request
  const plan = driver.plan(spec)
  for (const file of plan.files) await fs.writeFile(file.path, file.content)

  const timeline: TimelineEvent[] = []
  let started = 0
  const mark = (event: string) => timeline.push({ atMs: Math.round(nowMs() - started), event })

  let verdict: { result: BootResult; reason: string; atMs: number } | undefined
  let settle!: () => void
  const settled = new Promise<void>((resolve) => (settle = resolve))
  const decide = (result: BootResult, reason: string) => {
    if (verdict) return
    verdict = { result, reason, atMs: nowMs() - started }
    mark(`verdict: ${result}`)
    settle()
  }

  const hasGoals = request.expect.length > 0 || request.probes.length > 0
  const probesPassed = new Set<number>()
  const goalsMet = () => watcher.expectationsMet && probesPassed.size === request.probes.length
  const maybePass = () => {
    if (hasGoals && request.exitCode === undefined && goalsMet()) decide('passed', describeGoals(request))
  }

  let sawOutput = false
  const watcher = new ConsoleWatcher(
    request.expect,
    request.failOn,
    request.consoleLog,
    {
      onCrash: (line, pattern) => decide('crashed', `console matched fail-on /${pattern.source}/: ${line.trim()}`),
      onExpectMatched: (index) => mark(`expect /${request.expect[index].source}/ matched`),
      onExpectationsMet: maybePass
    },
    {
      limit: request.consoleLogLimit,
      onLimit: (limit) => {
        mark('console log reached log-limit')
        logger.warning(`The console log reached log-limit (${limit} bytes): ${request.consoleLog} is cut there; the boot goes on`)
      }
    }
  )

  const consolePipe = await openPipe(join(spec.workDir, 'console.fifo'))
  logger.info(`${plan.command} ${plan.args.map(quoteForLog).join(' ')}`)
  started = nowMs()
  // The console and stderr come through pipes this process drains: the log on disk and what is kept
  // in memory are bounded however much the guest writes, and a guest writing faster than the
  // console is matched is slowed down by the full pipe instead of filling the disk.
  const group = new ProcessGroup(plan.command, plan.args, {
    stdio: vmmStdio(consolePipe.writeFd, plan.control?.fd),
    cwd: spec.workDir,
    // A VM that is to outlive the step must not die with it.
    dieWithParent: !request.keepRunning
  })
  closeSync(consolePipe.writeFd)
  mark('VMM spawned')
  const stderr = new BoundedCapture()
  const consoleStream = consolePipe.stream
  const stderrStream = group.child.stderr!
  const outputEnded = Promise.all([ended(consoleStream), ended(stderrStream)])
  consoleStream.on('data', (chunk: Buffer) => {
    if (!sawOutput) {
      sawOutput = true
      mark('first console output')
    }
    watcher.feed(chunk)
  })
  stderrStream.on('data', (chunk: Buffer) => stderr.add(chunk))
  let startError: VmmStartError | undefined
  // Whatever QEMU writes to QMP waits in the socket until this reads it: nothing is lost before.
  const qmpSocket = plan.control?.protocol === 'qmp' ? group.child.stdio[plan.control.fd] : undefined
  const qmp = qmpSocket
    ? new QmpChannel(
        qmpSocket as Duplex,
        {
          onShutdown: (reason) => mark(`shutdown (${reason})`),
          onPanic: () => decide('crashed', 'the guest panicked (GUEST_PANICKED)'),
          onResumeFailed: (message) => {
            startError = new VmmStartError(`${driver.name} did not start the paused VM (QMP cont: ${message})`)
            settle()
          }
        },
        { resume: plan.control?.startsPaused }
      )
    : undefined
  // A tcp:// probe of a port this VMM forwards asks QEMU whether the guest took the connection.
  const forwardedPorts = new Set(spec.ports.map((forward) => forward.host))
  const guestAccepted = qmp
    ? async (hostPort: number): Promise<boolean | undefined> => {
        if (!forwardedPorts.has(hostPort)) return undefined
        // Our own connection is open, so QEMU lists at least one entry for the port; none means a
        // listing this code cannot read (another libslirp's format): then the hold rule decides.
        const states = await qmp.forwardedConnectionStates(hostPort)
        return states.length === 0 ? undefined : states.includes('ESTABLISHED')
      }
    : undefined

  const deadline = setTimeout(() => decide('timeout', `no verdict within ${Math.round(request.timeoutMs / 1000)} s`), request.timeoutMs)
  // Aborting builds a DOMException (~0.3 ms on the way to the outputs), so only a boot with probes has one.
  const probeController = request.probes.length ? new AbortController() : undefined
  const probing = request.probes.map((target, index) => runProbe(target, probeController!.signal, index))

  /**
   * A new attempt every PROBE_INTERVAL_MS, not after the previous one gave up: until the guest's
   * network is up, QEMU accepts the forwarded connection and nothing answers, so a waiting attempt
   * would only notice readiness on a grid of its own timeout. The first definitive answer wins.
   */
  function runProbe(target: ProbeTarget, signal: AbortSignal, index: number): Promise<void> {
    return new Promise<void>((resolve) => {
      let inFlight = 0
      let finished = false
      let last = ''
      const finish = () => {
        if (finished) return
        finished = true
        clearInterval(timer)
        resolve()
      }
      const launch = () => {
        if (finished || verdict || signal.aborted) return finish()
        if (inFlight >= PROBES_IN_FLIGHT) return
        inFlight++
        void probeOnce(
          target,
          { expectBody: request.probeExpect, attemptTimeoutMs: PROBE_ATTEMPT_TIMEOUT_MS, tcpHoldMs: TCP_HOLD_MS, guestAccepted },
          signal
        ).then((outcome) => {
          inFlight--
          if (finished || verdict) return finish()
          if (outcome.kind === 'passed') {
            probesPassed.add(index)
            mark(`probe ${target.original} passed (${outcome.detail})`)
            finish()
            return maybePass()
          }
          if (outcome.kind === 'failed') {
            finish()
            return decide('failed', `probe ${target.original} failed: ${outcome.detail}`)
          }
          if (outcome.detail !== last) logger.debug(`probe ${target.original}: ${outcome.detail}; retrying`)
          last = outcome.detail
        })
      }
      const timer = setInterval(launch, PROBE_INTERVAL_MS)
      launch()
    })
  }

  let vmmExit: VmmExit | undefined
  let exitCode: number | undefined
  const exitWatch = group.exited.then(async (exit) => {
    await qmp?.drained()
    // The last output may still be in the pipes; a process the VMM left holding them goes with its group.
    await Promise.race([outputEnded, new Promise((resolve) => setTimeout(resolve, OUTPUT_DRAIN_MS).unref())])
    watcher.flush()
    vmmExit = { ...exit, shutdownReason: qmp?.shutdownReason, guestPanicked: qmp?.panicked }
    mark(`VMM exited (${describeExit(vmmExit)})`)
    if (verdict) return
    const stderrText = stderr.text
    const failure = driver.vmmFailure(vmmExit, stderrText)
    if (failure) {
      startError = new VmmStartError(`${driver.name} failed: ${failure}`)
      return settle()
    }
    judgeExit(vmmExit, stderrText)
  })

  function judgeExit(exit: VmmExit, stderr: string): void {
    const decoded = profile.decodeExit({ channel: plan.exitChannel ?? driver.exitChannel, exit, console: watcher.content, stderr })
    if (decoded.kind === 'crashed') return decide('crashed', decoded.reason)
    const met = goalsMet()
    if (decoded.kind === 'stopped') return judgeStop(met)
    exitCode = decoded.code
    if (request.exitCode !== undefined) {
      if (!met) return decide('failed', `the guest exited (code ${decoded.code}) before ${unmet(request, watcher.matchedExpectations, probesPassed.size)}`)
      if (decoded.code !== request.exitCode) return decide('failed', `the guest exited with code ${decoded.code}, expected ${request.exitCode}`)
      return decide('passed', `the guest exited with code ${decoded.code}${hasGoals ? ` after ${describeGoals(request)}` : ''}`)
    }
    if (hasGoals) {
      if (met) return decide('passed', describeGoals(request))
      return decide('failed', `the guest exited (code ${decoded.code}) before ${unmet(request, watcher.matchedExpectations, probesPassed.size)}`)
    }
    if (decoded.code === profile.successCode) return decide('passed', `the guest exited with code ${decoded.code}`)
    decide('failed', `the guest exited with code ${decoded.code} (${profile.name} success is ${profile.successCode})`)
  }

  /** The guest stopped and the VMM has no code to say how: only the goals can judge it. */
  function judgeStop(met: boolean): void {
    const noCode = `${driver.name} reports no exit code`
    if (request.exitCode !== undefined)
      return decide('failed', `the guest stopped, but ${noCode}; judge it with \`expect\` or a probe instead of \`exit-code\``)
    if (hasGoals && !met) return decide('failed', `the guest stopped before ${unmet(request, watcher.matchedExpectations, probesPassed.size)}`)
    decide('passed', hasGoals ? describeGoals(request) : `the guest stopped (${noCode})`)
  }

  await settled
  clearTimeout(deadline)
  probeController?.abort()
  await Promise.allSettled(probing)

  let running: ProcessGroup | undefined
  if (group.running) {
    if (request.keepRunning && verdict?.result === 'passed') {
      group.detach()
      handOverOutput(consoleStream, group, watcher, request)
      running = group
    } else {
      await group.stop()
    }
  }
  if (!running) await exitWatch
  watcher.close()
  await fs.writeFile(join(spec.workDir, 'vmm.stderr'), stderr.text)
  qmp?.close()
  if (startError) throw startError
  if (!verdict) throw new Error('boot ended without a verdict')

  return {
    result: verdict.result,
    reason: verdict.reason,
    bootTimeMs: Math.round(verdict.atMs),
    exitCode,
    vmmExitStatus: running ? 'running' : vmmExit ? describeExit(vmmExit) : 'unknown',
    consoleTail: watcher.tail(30),
    timeline,
    plan,
    running
  }
}

/**
 * A pipe for the console. Node gives a child's stdio a socket pair, where every write is a buffer of
 * its own: a guest writing its console a byte at a time (a UART) then costs the VMM and this process
 * several times what a pipe costs. A named pipe, removed as soon as both ends are open, is a plain one.
 */
async function openPipe(path: string): Promise<{ stream: Socket; writeFd: number }> {
  // A cancellation from here on ends the step through the handlers (status 128+N, exit listeners run),
  // not by the signal's default: the boot has begun making things that must not outlive it.
  installSignalHandlers()
  const made = spawn('mkfifo', ['-m', '600', '--', path], { stdio: ['ignore', 'ignore', 'pipe'] })
  let error = ''
  made.stderr!.on('data', (chunk: Buffer) => (error += chunk.toString()))
  const status = await new Promise<number | null>((resolve) => {
    made.on('error', () => resolve(null))
    made.on('close', resolve)
  })
  if (status !== 0) throw new Error(`could not create the console pipe ${path}: ${error.trim() || 'mkfifo did not run'}`)
  try {
    // Read end first and non-blocking, so that opening the write end does not wait for a reader.
    const readFd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK)
    const writeFd = openSync(path, constants.O_WRONLY)
    return { stream: new Socket({ fd: readFd, readable: true, writable: false }), writeFd }
  } finally {
    unlinkSync(path)
  }
}

/** Resolves once a stream is closed (all its data delivered). */
function ended(stream: Readable): Promise<void> {
  return new Promise((resolve) => (stream.destroyed ? resolve() : stream.once('close', () => resolve())))
}

/**
 * What keeps a kept VM's pipes drained once this process has ended: the console appended to the log
 * (escape sequences stripped) up to what is left of its limit, then the marker; the rest, and stderr,
 * read and dropped, so the VMM never blocks on a full pipe. It ends when the VMM closes them.
 * argv: the bytes left, the marker.
 */
const DRAINER = `
const { writeSync } = require('node:fs')
const { Socket } = require('node:net')
const { stripVTControlCharacters } = require('node:util')
let left = Number(process.argv[1])
process.stdin.on('data', (chunk) => {
  if (left <= 0) return
  let bytes = Buffer.from(stripVTControlCharacters(chunk.toString('utf8')).replace(/\\r\\n?/g, '\\n'))
  if (bytes.length >= left) {
    let cut = left
    while (cut > 0 && (bytes[cut] & 0xc0) === 0x80) cut--
    bytes = Buffer.concat([bytes.subarray(0, cut), Buffer.from(process.argv[2])])
    left = 0
  } else left -= bytes.length
  try { writeSync(1, bytes) } catch { left = 0 }
})
process.stdin.on('error', () => undefined)
new Socket({ fd: 3, readable: true, writable: false }).on('error', () => undefined).resume()
`

/** keep-running: this process is about to end and the VM is not; a detached DRAINER takes the VMM's console and stderr over. */
function handOverOutput(consoleStream: Socket, group: ProcessGroup, watcher: ConsoleWatcher, request: BootRequest): void {
  const streams = [consoleStream, group.child.stderr!]
  for (const stream of streams) {
    stream.removeAllListeners('data')
    stream.pause()
  }
  const logFd = openSync(request.consoleLog, 'a')
  try {
    const drainer = spawn(process.execPath, ['-e', DRAINER, String(watcher.logBudget), logLimitMarker(request.consoleLogLimit)], {
      stdio: [streams[0], logFd, 'ignore', streams[1]],
      detached: true,
      cwd: '/'
    })
    drainer.on('error', (error) => request.logger.warning(`Nothing drains the kept VM's console: ${error.message}`))
    drainer.unref()
  } finally {
    closeSync(logFd)
    for (const stream of streams) stream.destroy()
  }
}

/** The VMM's descriptors: no stdin, the console and stderr to pipes, and a socket pair at its control channel's descriptor. */
function vmmStdio(consoleFd: number, controlFd: number | undefined): StdioOptions {
  const stdio: ('ignore' | 'pipe' | number)[] = ['ignore', consoleFd, 'pipe']
  if (controlFd !== undefined) {
    while (stdio.length < controlFd) stdio.push('ignore')
    stdio[controlFd] = 'pipe'
  }
  return stdio
}

function describeGoals(request: BootRequest): string {
  const parts: string[] = []
  if (request.expect.length) parts.push(`${request.expect.length} expect pattern${request.expect.length > 1 ? 's' : ''} matched`)
  if (request.probes.length) parts.push(`${request.probes.length} probe${request.probes.length > 1 ? 's' : ''} answered`)
  return parts.join(', ')
}

function unmet(request: BootRequest, matched: number, probes: number): string {
  const parts: string[] = []
  if (matched < request.expect.length) parts.push(`expect /${request.expect[matched].source}/ matched (${matched} of ${request.expect.length} did)`)
  if (probes < request.probes.length) parts.push(`every probe answered (${probes} of ${request.probes.length} did)`)
  return parts.join(' and ')
}

export function describeExit(exit: VmmExit): string {
  return exit.signal ? `signal ${exit.signal}` : `status ${exit.status}`
}

function quoteForLog(arg: string): string {
  return /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replaceAll("'", `'\\''`)}'`
}
