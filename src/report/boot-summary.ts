import { attachedTo } from '../boot/devices.js'
import type { BootOutcome, TimelineEvent } from '../boot/engine.js'
import type { AttachedDevice } from '../vmm/types.js'
import { details, table } from './markdown.js'
import { formatBytes, formatPercent, type BootReport, type MetricComparison } from './pr-report.js'

const ICON: Record<BootOutcome['result'], string> = { passed: '✅', failed: '❌', crashed: '💥', timeout: '⏱️' }

export interface BootSummaryFacts {
  outcome: BootOutcome
  accel: string
  toolchain: string
  vmm: string
  source: string
  consoleLog: string
  /** The devices the kernel declares and what was attached to each, when it declares them. */
  devices?: AttachedDevice[]
  /** The comparison with the base branch, on pull requests and pushes to the default branch. */
  report?: BootReport
}

/** GitHub refuses a step summary over 1 MiB (and shows none of it). */
export const SUMMARY_BYTES_LIMIT = 1024 * 1024

/**
 * The boot step's job summary: the verdict table, the timeline, the base-branch comparison, the console
 * tail on failure — within SUMMARY_BYTES_LIMIT whatever the guest printed.
 */
export function bootSummaryMarkdown(facts: BootSummaryFacts): string {
  return withinBytes(fullBootSummary(facts), SUMMARY_BYTES_LIMIT)
}

/**
 * Console lines come cut to a few KiB each, so a summary only grows past the limit from something
 * unforeseen; then it is cut, with a note, at a character boundary.
 */
export function withinBytes(markdown: string, limit: number): string {
  const bytes = Buffer.from(markdown)
  if (bytes.length <= limit) return markdown
  const note = `\n\n… (cut: the summary reached ${limit} bytes)\n`
  let cut = limit - Buffer.byteLength(note)
  while (cut > 0 && (bytes[cut] & 0xc0) === 0x80) cut--
  return bytes.subarray(0, cut).toString('utf8') + note
}

function fullBootSummary(facts: BootSummaryFacts): string {
  const { outcome } = facts
  const parts = [`### ${ICON[outcome.result]} Boot ${outcome.result}`, '', outcome.reason, '']
  parts.push(
    table(
      ['result', 'boot time', 'accel', 'exit code', 'VMM exit', 'toolchain', 'vmm'],
      [
        [
          outcome.result,
          `${outcome.bootTimeMs} ms`,
          facts.accel,
          outcome.exitCode === undefined ? '—' : String(outcome.exitCode),
          outcome.vmmExitStatus,
          facts.toolchain,
          facts.vmm
        ]
      ]
    )
  )
  parts.push('', `Booted ${facts.source}.`, '')
  if (facts.devices) {
    parts.push(
      facts.devices.length
        ? table(
            ['declared device', 'kind', 'attached'],
            facts.devices.map((d) => [d.name, d.kind, attachedTo(d)])
          )
        : 'The kernel declares no devices; none were attached.',
      ''
    )
  }
  parts.push(
    table(
      ['at', 'event'],
      outcome.timeline.map((e) => [`${e.atMs} ms`, e.event])
    )
  )
  if (facts.report) parts.push('', bootReportMarkdown(facts.report))
  if (outcome.result !== 'passed') {
    parts.push('', details(`Last console lines (full log: ${facts.consoleLog})`, outcome.consoleTail.join('\n') || '(the guest printed nothing)'))
  }
  return parts.join('\n') + '\n'
}

/** This run next to the base branch's last one: a table with the deltas, then the timeline as a chart. */
export function bootReportMarkdown(report: BootReport): string {
  const { comparison, measurement, baseBranch } = report
  const base = comparison.base?.baseline
  const runs = measurement.samplesMs.length
  const value = (m: MetricComparison, v: number | undefined) => (v === undefined ? '—' : m.unit === 'ms' ? `${v} ms` : formatBytes(v))
  const current = (m: MetricComparison) => `${value(m, m.current)}${m.metric === 'boot time' && runs > 1 ? ` (median of ${runs})` : ''}`
  const parts = [report.mode === 'record' ? `#### Against the last run on \`${baseBranch}\`` : `#### Against \`${baseBranch}\``, '']
  if (base) {
    const label = `${baseBranch} (${base.commit ? base.commit.slice(0, 7) : `run ${base.runId}`}, ${base.accel})`
    parts.push(
      table(
        ['', label, 'this run', 'change'],
        comparison.metrics.map((m) => [m.metric, value(m, m.base), current(m), change(m)])
      )
    )
  } else {
    parts.push(
      comparison.notCompared
        ? `Not compared: ${comparison.notCompared}.`
        : `No baseline on \`${baseBranch}\` for this boot yet (cache keys \`${report.lookedUp}…\`)` +
            `${report.mode === 'compare' ? `; the next push to \`${baseBranch}\` records one` : ''}.`,
      '',
      table(
        ['', 'this run'],
        comparison.metrics.map((m) => [m.metric, current(m)])
      )
    )
  }
  const notes: string[] = []
  if (runs > 1) notes.push(`Boot times: ${measurement.samplesMs.map((ms) => `${ms} ms`).join(', ')}.`)
  if (base) notes.push(`A growth above ${comparison.thresholdPercent}% is a regression.`)
  if (report.mode === 'record')
    notes.push(
      report.recordedKey
        ? `Recorded as the baseline for \`${baseBranch}\`: \`${report.recordedKey}\`.`
        : `This run was not recorded as a baseline (see the log).`
    )
  if (notes.length) parts.push('', notes.join(' '))
  parts.push('', timelineChart(measurement.timeline, base?.timeline, baseBranch))
  return parts.join('\n')
}

function change(m: MetricComparison): string {
  if (m.delta === undefined) return '—'
  const amount = m.unit === 'ms' ? `${Math.abs(m.delta)} ms` : formatBytes(Math.abs(m.delta))
  const signed = m.delta === 0 ? '±0' : `${m.delta > 0 ? '+' : '−'}${amount}`
  return `${m.regressed ? '⚠️ ' : ''}${signed}${m.percent === undefined ? '' : ` (${formatPercent(m.percent)})`}`
}

/**
 * A mermaid `xychart-beta` (GitHub renders mermaid in job summaries): one bar per timeline event at its
 * time after the VMM spawned, and the base branch's times for the same events as a line — drawn only
 * when the base saw every one of them.
 */
export function timelineChart(timeline: TimelineEvent[], baseTimeline: TimelineEvent[] | undefined, baseBranch: string): string {
  const baseTimes = baseTimeline ? alignTimeline(timeline, baseTimeline) : undefined
  const title = baseTimes ? `Boot timeline in ms after VMM spawn - bars this run - line ${baseBranch}` : 'Boot timeline in ms after VMM spawn'
  return [
    '```mermaid',
    'xychart-beta',
    `  title "${chartText(title, 100)}"`,
    `  x-axis [${timeline.map((e) => `"${chartText(eventName(e.event), 32)}"`).join(', ')}]`,
    '  y-axis "ms"',
    `  bar [${timeline.map((e) => e.atMs).join(', ')}]`,
    ...(baseTimes ? [`  line [${baseTimes.join(', ')}]`] : []),
    '```'
  ].join('\n')
}

/** An event without its run-specific detail: `VMM exited (status 1)` → `VMM exited`. */
function eventName(event: string): string {
  return event.replace(/\s*\([^()]*\)\s*$/, '')
}

/** The base's time of each event of this run (matching the n-th occurrence of each name), or undefined when one is missing. */
function alignTimeline(timeline: TimelineEvent[], base: TimelineEvent[]): number[] | undefined {
  const seen = new Map<string, number>()
  const times: number[] = []
  for (const event of timeline) {
    const name = eventName(event.event)
    const occurrence = seen.get(name) ?? 0
    seen.set(name, occurrence + 1)
    const match = base.filter((e) => eventName(e.event) === name)[occurrence]
    if (!match) return undefined
    times.push(match.atMs)
  }
  return times
}

/** Text that cannot end a mermaid string or statement: quotes, brackets, commas and the like become spaces. */
function chartText(text: string, max: number): string {
  const clean = text
    .replace(/[^A-Za-z0-9 ._:/+=-]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
  return clean.length > max ? `${clean.slice(0, max - 3)}...` : clean
}
