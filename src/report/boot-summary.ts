import type { BootOutcome } from '../boot/engine.js'
import { details, table } from './markdown.js'

const ICON: Record<BootOutcome['result'], string> = { passed: '✅', failed: '❌', crashed: '💥', timeout: '⏱️' }

export interface BootSummaryFacts {
  outcome: BootOutcome
  accel: string
  toolchain: string
  vmm: string
  source: string
  consoleLog: string
}

/** The boot step's job summary: the verdict table, the timeline, the console tail on failure. */
export function bootSummaryMarkdown(facts: BootSummaryFacts): string {
  const { outcome } = facts
  const parts = [`### ${ICON[outcome.result]} Boot ${outcome.result}`, '', outcome.reason, '']
  parts.push(
    table(
      ['result', 'boot time', 'accel', 'exit code', 'VMM exit', 'toolchain', 'vmm'],
      [[outcome.result, `${outcome.bootTimeMs} ms`, facts.accel, outcome.exitCode === undefined ? '—' : String(outcome.exitCode), outcome.vmmExitStatus, facts.toolchain, facts.vmm]]
    )
  )
  parts.push('', `Booted ${facts.source}.`, '')
  parts.push(table(['at', 'event'], outcome.timeline.map((e) => [`${e.atMs} ms`, e.event])))
  if (outcome.result !== 'passed') {
    parts.push('', details(`Last console lines (full log: ${facts.consoleLog})`, outcome.consoleTail.join('\n') || '(the guest printed nothing)'))
  }
  return parts.join('\n') + '\n'
}
