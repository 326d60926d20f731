import { describe, expect, test } from '@jest/globals'
import type { BootOutcome } from '../../src/boot/engine.js'
import { bootSummaryMarkdown, SUMMARY_BYTES_LIMIT, withinBytes } from '../../src/report/boot-summary.js'

const outcome = (over: Partial<BootOutcome>): BootOutcome => ({
  result: 'failed',
  reason: 'the guest exited (code 0) before expect /ready/ matched (0 of 1 did)',
  bootTimeMs: 1200,
  vmmExitStatus: 'status 1',
  consoleTail: ['booting'],
  timeline: [{ atMs: 0, event: 'VMM spawned' }],
  plan: { command: 'qemu-system-x86_64', args: [], files: [] },
  ...over
})

const facts = (over: Partial<BootOutcome>) => ({
  outcome: outcome(over),
  accel: 'tcg',
  toolchain: 'custom',
  vmm: 'qemu',
  source: 'kernel.elf',
  consoleLog: '/tmp/console.log'
})

describe('the boot summary stays within what GitHub accepts', () => {
  test('a small summary is written as it is', () => {
    const markdown = bootSummaryMarkdown(facts({}))
    expect(markdown).toMatch(/^### ❌ Boot failed\n/)
    expect(markdown).toContain('<details><summary>Last console lines')
    expect(markdown).not.toContain('(cut: the summary')
  })

  test('whatever makes it grow (a 3 MB reason, 30 lines of 100,000 characters), it is cut within 1 MiB, with a note', () => {
    const markdown = bootSummaryMarkdown(facts({ reason: `probe failed: ${'é'.repeat(1_500_000)}`, consoleTail: Array(30).fill('A'.repeat(100_000)) }))
    expect(Buffer.byteLength(markdown)).toBeLessThanOrEqual(SUMMARY_BYTES_LIMIT)
    expect(markdown).toMatch(/^### ❌ Boot failed\n/)
    expect(markdown.endsWith(`… (cut: the summary reached ${SUMMARY_BYTES_LIMIT} bytes)\n`)).toBe(true)
  })

  test('the cut never splits a character', () => {
    const cut = withinBytes('é'.repeat(100), 101)
    expect(Buffer.byteLength(cut)).toBeLessThanOrEqual(101)
    expect(cut).not.toContain('\uFFFD')
  })
})
