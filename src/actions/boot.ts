import type { BootOutcome } from '../boot/engine.js'
import { parsePorts } from '../boot/ports.js'
import { prepareBoot, type BootOptions } from '../boot/prepare.js'
import { bootSummaryMarkdown } from '../report/boot-summary.js'
import { bootSamples, BootReporter, type SampledBoot, DEFAULT_BOOT_RUNS, parseRegressionThreshold, type BootReportSettings } from '../report/pr-report.js'
import type { ActionContext } from '../runtime/context.js'
import { CheckFailedError } from '../runtime/errors.js'
import { compileRegex, type Inputs } from '../runtime/inputs.js'
import { parseByteSize, parseGuestMemoryMiB } from '../runtime/units.js'
import { splitArguments } from '../runtime/arguments.js'
import { TOOLCHAIN_NAMES } from '../toolchains/types.js'
import { HostKvm, type KvmProbe } from '../vmm/kvm.js'
import { VMM_NAMES } from '../vmm/drivers.js'
import { ARCHES } from '../platform.js'
import { uploadConsoleLog } from '../report/artifacts.js'
import { TapDevices } from '../boot/taps.js'

/** Every input of `boot`, as in its action.yml (the CLI accepts exactly these as flags). */
export const BOOT_INPUTS = [
  'kernel',
  'image',
  'initrd',
  'disk',
  'toolchain',
  'vmm',
  'vmm-path',
  'arch',
  'accel',
  'memory',
  'cpus',
  'cmdline',
  'expect',
  'fail-on',
  'exit-code',
  'ports',
  'probe',
  'probe-expect',
  'timeout',
  'upload-log',
  'log-limit',
  'keep-running',
  'vmm-args',
  'network',
  'net',
  'boot-runs',
  'regression-threshold'
] as const

export function readBootOptions(inputs: Inputs): BootOptions {
  const memory = inputs.optional('memory')
  if (memory) parseGuestMemoryMiB('memory', memory)
  const probeExpect = inputs.optional('probe-expect')
  const logLimit = inputs.optional('log-limit')
  return {
    kernel: inputs.optional('kernel'),
    image: inputs.optional('image'),
    initrd: inputs.optional('initrd'),
    disks: inputs.list('disk'),
    toolchain: inputs.choice('toolchain', ['auto', ...TOOLCHAIN_NAMES], 'auto'),
    vmm: inputs.choice('vmm', ['auto', ...VMM_NAMES], 'auto'),
    vmmPath: inputs.optional('vmm-path'),
    arch: inputs.optional('arch') === undefined ? undefined : inputs.choice('arch', ARCHES, 'x86_64'),
    accel: inputs.choice('accel', ['auto', 'kvm', 'tcg'], 'auto'),
    memory,
    cpus: inputs.positiveInteger('cpus', { max: 256 }),
    cmdline: inputs.optional('cmdline'),
    expect: inputs.regexList('expect'),
    failOn: inputs.regexList('fail-on'),
    exitCode: inputs.positiveInteger('exit-code', { allowZero: true }),
    ports: parsePorts(inputs.list('ports')),
    probes: inputs.list('probe'),
    probeExpect: probeExpect === undefined ? undefined : compileRegex('probe-expect', probeExpect),
    timeoutSeconds: inputs.positiveInteger('timeout', { max: 24 * 3600 }),
    keepRunning: inputs.boolean('keep-running', false),
    logLimit: logLimit === undefined ? undefined : parseByteSize('log-limit', logLimit),
    vmmArgs: inputs.list('vmm-args', { newlineOnly: true }).flatMap((line) => splitArguments('vmm-args', line)),
    network: inputs.choice('network', ['restricted', 'open', 'none'], 'restricted'),
    nets: inputs.list('net')
  }
}

/** How the boot compares with the base branch (pull requests, pushes to the default branch). */
export function readBootReportSettings(inputs: Inputs): BootReportSettings {
  return {
    runs: inputs.positiveInteger('boot-runs', { max: 20 }) ?? DEFAULT_BOOT_RUNS,
    thresholdPercent: parseRegressionThreshold('regression-threshold', inputs.optional('regression-threshold'))
  }
}

/** `boot`: read inputs → prepare → look up the baseline → boot (the median of several when reporting) → outputs, report, summary, job state. */
export async function bootAction(context: ActionContext, kvm: KvmProbe = new HostKvm(context.env)): Promise<BootOutcome> {
  const { inputs, logger, outputs } = context
  const options = readBootOptions(inputs)
  const uploadLog = inputs.boolean('upload-log', true)
  const reportSettings = readBootReportSettings(inputs)
  const prepared = await logger.group('Prepare the boot', () =>
    prepareBoot(options, { logger, jobState: context.jobState, workRoot: context.workRoot, kvm, env: context.env })
  )
  const { request } = prepared
  // Taps the boot creates live exactly as long as the VM: removed at the verdict, on an error, at the
  // deadline and on cancellation; with keep-running, by the post step.
  const taps = await TapDevices.create(request.spec.devices, prepared.tapPrivilege, logger)
  let reporter: BootReporter
  let sampled: SampledBoot
  try {
    reporter = await BootReporter.start(reportSettings, prepared, { env: context.env, logger })
    const runs = reporter.runs
    sampled = await logger.group(`Boot (${prepared.vmm}, ${request.spec.accel}${runs > 1 ? `, ${runs} times` : ''})`, () => bootSamples(request, runs))
  } catch (error) {
    await taps.remove()
    throw error
  }
  const runs = reporter.runs
  const { outcome } = sampled
  if (!outcome.running) await taps.remove()
  else {
    const kept = taps.detach()
    if (kept.taps.length) {
      context.state.save('taps', kept.taps.join(','))
      context.state.save('tap-privilege', kept.privilege)
    }
  }
  outputs.set('result', outcome.result)
  outputs.set('boot-time-ms', outcome.bootTimeMs)
  outputs.set('exit-code', outcome.exitCode === undefined ? '' : outcome.exitCode)
  outputs.set('vmm-exit-status', outcome.vmmExitStatus)
  outputs.set('console-log', request.consoleLog)
  outputs.set('accel', request.spec.accel)
  outputs.set('ports', request.spec.ports)
  outputs.set('vmm-pid', outcome.running?.pid ?? '')
  if (outcome.running?.pid) {
    context.state.save('vmm-pid', String(outcome.running.pid))
    logger.info(`The VM keeps running (pid ${outcome.running.pid}); this action's post step stops it`)
  }
  context.jobState.record('boot', { result: outcome.result, kernel: request.spec.kernel, consoleLog: request.consoleLog })
  logger.info(
    `Result: ${outcome.result} in ${outcome.bootTimeMs} ms${runs > 1 && outcome.result === 'passed' ? ` (median of ${runs})` : ''} — ${outcome.reason}`
  )
  const report = await reporter.finish(sampled)
  await context.summary.write(
    bootSummaryMarkdown({
      outcome,
      accel: request.spec.accel,
      toolchain: prepared.toolchain,
      vmm: prepared.vmm,
      source: prepared.source,
      consoleLog: request.consoleLog,
      devices: request.spec.devices,
      report
    })
  )

  if (outcome.result !== 'passed') {
    if (uploadLog) await uploadConsoleLog(context, request.consoleLog)
    const tail = outcome.consoleTail.slice(-10)
    throw new CheckFailedError(
      `Boot ${outcome.result}: ${outcome.reason}${tail.length ? `\nLast console lines:\n${tail.join('\n')}` : '\n(the guest printed nothing)'}`
    )
  }
  return outcome
}

/** Post: stops a VM left running by `keep-running`, then removes the taps created for it. Reads saved state only, never inputs. */
export async function bootPost(context: ActionContext): Promise<void> {
  await stopKeptVm(context)
  const taps = context.state.get('taps')
  if (!taps) return
  const { removeTaps } = await import('../boot/taps.js')
  await removeTaps(taps.split(','), context.state.get('tap-privilege') === 'sudo' ? 'sudo' : 'root', context.logger)
}

async function stopKeptVm(context: ActionContext): Promise<void> {
  const pid = Number(context.state.get('vmm-pid'))
  if (!pid) return
  const { groupAlive, signalGroup } = await import('../runtime/process-group.js')
  if (!groupAlive(pid)) return context.logger.info(`The VM (pid ${pid}) has already stopped`)
  signalGroup(pid, 'SIGTERM')
  for (let i = 0; i < 30 && groupAlive(pid); i++) await new Promise((r) => setTimeout(r, 100))
  if (groupAlive(pid)) signalGroup(pid, 'SIGKILL')
  context.logger.info(`Stopped the VM (pid ${pid})`)
}
