import { promises as fs } from 'node:fs'
import { bootAndJudge, type BootOutcome, type BootRequest, type TimelineEvent } from '../boot/engine.js'
import type { PreparedBoot } from '../boot/prepare.js'
import { errorMessage, inputError } from '../runtime/errors.js'
import type { Logger } from '../runtime/logger.js'
import type { Accel } from '../vmm/types.js'
import {
  baselinePlan,
  baselinePrefix,
  baselineSubject,
  baselineTarget,
  BaselineStore,
  type BaselinePlan,
  type BootBaseline,
  type FoundBaseline
} from './baseline.js'

export const DEFAULT_BOOT_RUNS = 3
export const DEFAULT_REGRESSION_THRESHOLD_PERCENT = 25

export interface BootReportSettings {
  /** Boots whose median is the boot time, when a report is made. */
  runs: number
  /** A growth above this many percent is a regression. */
  thresholdPercent: number
}

/** `25%`, `25` or `12.5%`: how much boot time or size may grow before a warning. */
export function parseRegressionThreshold(input: string, value: string | undefined): number {
  if (value === undefined) return DEFAULT_REGRESSION_THRESHOLD_PERCENT
  const match = /^(\d+(?:\.\d+)?)\s*%?$/.exec(value.trim())
  if (!match) throw inputError(input, `\`${value}\` is not a percentage (e.g. 25% or 12.5)`)
  return Number(match[1])
}

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('the median of no values')
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle] : Math.round((sorted[middle - 1] + sorted[middle]) / 2)
}

export interface SampledBoot {
  /** The last boot; with several passing boots, its boot time is their median. */
  outcome: BootOutcome
  /** Each boot's own time, in order. */
  samplesMs: number[]
}

/**
 * Boots `runs` times; every boot must pass, and the first that does not ends the series with its
 * verdict. Only the last boot may be left running (keep-running): earlier ones are always stopped.
 */
export async function bootSamples(
  request: BootRequest,
  runs: number,
  boot: (request: BootRequest) => Promise<BootOutcome> = bootAndJudge
): Promise<SampledBoot> {
  const samplesMs: number[] = []
  for (let run = 1; ; run++) {
    const last = run === runs
    const outcome = await boot({ ...request, keepRunning: request.keepRunning && last })
    samplesMs.push(outcome.bootTimeMs)
    if (runs > 1) request.logger.info(`Boot ${run} of ${runs}: ${outcome.result} in ${outcome.bootTimeMs} ms`)
    if (outcome.result !== 'passed') return { outcome: runs > 1 ? { ...outcome, reason: `${outcome.reason} (boot ${run} of ${runs})` } : outcome, samplesMs }
    if (last) return { outcome: { ...outcome, bootTimeMs: median(samplesMs) }, samplesMs }
  }
}

/** What one run measured. */
export interface BootMeasurement {
  accel: Accel
  bootTimeMs: number
  samplesMs: number[]
  kernelBytes: number
  imageBytes?: number
  timeline: TimelineEvent[]
}

export type MetricName = 'boot time' | 'kernel size' | 'image size'

export interface MetricComparison {
  metric: MetricName
  unit: 'ms' | 'bytes'
  current: number
  base?: number
  delta?: number
  /** Growth in percent of the base; undefined when the base is 0 or missing. */
  percent?: number
  regressed: boolean
}

export interface BootComparison {
  thresholdPercent: number
  metrics: MetricComparison[]
  /** The baseline compared with, when there was one measured under the same accel. */
  base?: FoundBaseline
  /** Why there is no comparison although a baseline exists. */
  notCompared?: string
}

/** Pure: this run against a baseline, metric by metric; only the same accel compares. */
export function compareWithBaseline(current: BootMeasurement, found: FoundBaseline | undefined, thresholdPercent: number): BootComparison {
  const pairs: [MetricName, 'ms' | 'bytes', number | undefined, number | undefined][] = [
    ['boot time', 'ms', current.bootTimeMs, found?.baseline.bootTimeMs],
    ['kernel size', 'bytes', current.kernelBytes, found?.baseline.kernelBytes],
    ['image size', 'bytes', current.imageBytes, found?.baseline.imageBytes]
  ]
  const comparable = found !== undefined && found.baseline.accel === current.accel
  const metrics = pairs.flatMap(([metric, unit, value, baseValue]): MetricComparison[] => {
    if (value === undefined) return []
    if (!comparable || baseValue === undefined) return [{ metric, unit, current: value, regressed: false }]
    const delta = value - baseValue
    const percent = baseValue > 0 ? (delta / baseValue) * 100 : undefined
    return [
      {
        metric,
        unit,
        current: value,
        base: baseValue,
        delta,
        ...(percent !== undefined ? { percent } : {}),
        regressed: percent !== undefined && percent > thresholdPercent
      }
    ]
  })
  if (found && !comparable) {
    return {
      thresholdPercent,
      metrics,
      notCompared:
        `the baseline on ${found.baseline.branch} was measured under ${found.baseline.accel} and this run under ${current.accel}; ` +
        'runs under different accelerators are not compared'
    }
  }
  return { thresholdPercent, metrics, ...(found ? { base: found } : {}) }
}

/** Everything the summary shows of the comparison. */
export interface BootReport {
  mode: 'compare' | 'record'
  baseBranch: string
  target: string
  measurement: BootMeasurement
  comparison: BootComparison
  /** The prefix looked up, for "no baseline yet". */
  lookedUp: string
  /** record mode: the key this run's baseline was saved under, when it was. */
  recordedKey?: string
}

export interface ReportContext {
  env: NodeJS.ProcessEnv
  logger: Logger
  cwd?: string
}

/**
 * The pull-request report around one boot step: `start` decides from the event what to do and looks
 * up the baseline (before booting, since it decides how many boots are worth it), `finish` compares,
 * warns and — on a push to the default branch — records this run as the new baseline.
 */
export class BootReporter {
  private constructor(
    private readonly settings: BootReportSettings,
    private readonly plan: BaselinePlan,
    private readonly prepared: PreparedBoot,
    private readonly context: ReportContext,
    private readonly lookup?: { store: BaselineStore; target: string; found?: FoundBaseline }
  ) {}

  static async start(settings: BootReportSettings, prepared: PreparedBoot, context: ReportContext): Promise<BootReporter> {
    const { env, logger } = context
    const plan = await baselinePlan(env)
    if (plan.mode === 'off') {
      logger.debug(`Boot report: none (${plan.why})`)
      return new BootReporter(settings, plan, prepared, context)
    }
    const target = baselineTarget(prepared.vmm, prepared.request.spec.arch, baselineSubject(prepared.booted, env, context.cwd))
    const { defaultLocalCacheRoot, selectCacheBackend } = await import('../cache/index.js')
    // Both cache backends resolve relative paths against the current directory (the workspace, under the runner).
    const store = new BaselineStore(selectCacheBackend(env, logger, defaultLocalCacheRoot(env)), process.cwd(), logger)
    let found: FoundBaseline | undefined
    try {
      found = await store.find(plan.baseBranch, target, prepared.request.spec.accel)
    } catch (error) {
      logger.warning(`Boot report: could not look up the baseline: ${errorMessage(error)}`)
    }
    const reporter = new BootReporter(settings, plan, prepared, context, { store, target, found })
    logger.info(
      found
        ? `Boot report: baseline ${found.key} (${found.baseline.accel}); ${reporter.runs} boot${reporter.runs > 1 ? 's' : ''} for the median`
        : `Boot report: no baseline on ${plan.baseBranch} for ${target} yet`
    )
    return reporter
  }

  /** One boot unless a median is worth something: a baseline to compare with (same accel), or one to record. */
  get runs(): number {
    if (this.plan.mode === 'record') return this.settings.runs
    if (this.plan.mode === 'compare' && this.lookup?.found?.baseline.accel === this.prepared.request.spec.accel) return this.settings.runs
    return 1
  }

  /** Compares, warns on regressions and records the baseline; undefined when there is nothing to report. */
  async finish(sampled: SampledBoot): Promise<BootReport | undefined> {
    const { plan, lookup } = this
    const { logger } = this.context
    if (plan.mode === 'off' || !lookup) return undefined
    const { outcome, samplesMs } = sampled
    if (outcome.result !== 'passed') {
      logger.info('Boot report: the boot did not pass, so nothing is compared or recorded')
      return undefined
    }
    let measurement: BootMeasurement
    try {
      measurement = await this.measure(outcome, samplesMs)
    } catch (error) {
      logger.warning(`Boot report: could not measure this run: ${errorMessage(error)}`)
      return undefined
    }
    const comparison = compareWithBaseline(measurement, lookup.found, this.settings.thresholdPercent)
    for (const metric of comparison.metrics.filter((m) => m.regressed))
      logger.warning(regressionMessage(metric, plan.baseBranch, comparison.thresholdPercent, samplesMs.length), { title: 'Boot regression' })
    const report: BootReport = {
      mode: plan.mode,
      baseBranch: plan.baseBranch,
      target: lookup.target,
      measurement,
      comparison,
      lookedUp: baselinePrefix(plan.baseBranch, lookup.target)
    }
    if (plan.mode === 'record') {
      const baseline: BootBaseline = {
        format: 1,
        branch: plan.baseBranch,
        target: lookup.target,
        accel: measurement.accel,
        runId: plan.runId,
        ...(plan.commit ? { commit: plan.commit } : {}),
        bootTimeMs: measurement.bootTimeMs,
        samplesMs,
        kernelBytes: measurement.kernelBytes,
        ...(measurement.imageBytes !== undefined ? { imageBytes: measurement.imageBytes } : {}),
        timeline: measurement.timeline
      }
      try {
        report.recordedKey = await lookup.store.record(baseline)
      } catch (error) {
        logger.warning(`Boot report: could not record the baseline: ${errorMessage(error)}`)
      }
      logger.info(report.recordedKey ? `Boot report: recorded the baseline ${report.recordedKey}` : 'Boot report: the baseline was not recorded (see above)')
    }
    return report
  }

  private async measure(outcome: BootOutcome, samplesMs: number[]): Promise<BootMeasurement> {
    const { booted, request } = this.prepared
    const kernelBytes = (await fs.stat(booted.kernelPath)).size
    let imageBytes: number | undefined
    if (booted.image) {
      try {
        imageBytes = await imageSize(booted.image.layoutDir, booted.image.manifestDigest)
      } catch (error) {
        this.context.logger.warning(`Boot report: could not measure the image: ${errorMessage(error)}`)
      }
    }
    return {
      accel: request.spec.accel,
      bootTimeMs: outcome.bootTimeMs,
      samplesMs,
      kernelBytes,
      ...(imageBytes !== undefined ? { imageBytes } : {}),
      timeline: outcome.timeline
    }
  }
}

/** The bytes of one platform's image as a registry serves them: its manifest, config and layers. */
export async function imageSize(layoutDir: string, manifestDigest: string): Promise<number> {
  const { OciLayout } = await import('../oci/layout-reader.js')
  const layout = await OciLayout.open('image', layoutDir)
  const descriptor = await layout.resolve({ digest: manifestDigest })
  const manifest = await layout.readManifest(descriptor)
  return descriptor.size + manifest.config.size + manifest.layers.reduce((sum, layer) => sum + layer.size, 0)
}

function regressionMessage(metric: MetricComparison, branch: string, thresholdPercent: number, runs: number): string {
  const format = metric.unit === 'ms' ? (v: number) => `${v} ms` : formatBytes
  const median = metric.unit === 'ms' && runs > 1 ? `, median of ${runs} boots` : ''
  const name = metric.metric[0].toUpperCase() + metric.metric.slice(1)
  return (
    `${name} grew ${(metric.percent ?? 0).toFixed(1)}% against ${branch} (${format(metric.base ?? 0)} → ${format(metric.current)}${median}), ` +
    `more than the ${thresholdPercent}% regression-threshold`
  )
}

export function formatBytes(bytes: number): string {
  if (Math.abs(bytes) < 1024) return `${bytes} B`
  if (Math.abs(bytes) < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`
  return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`
}

export function formatPercent(percent: number): string {
  return `${percent > 0 ? '+' : percent < 0 ? '−' : '±'}${Math.abs(percent).toFixed(1)}%`
}
