import { describe, expect, test } from '@jest/globals'
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { BootOutcome, BootRequest, TimelineEvent } from '../../src/boot/engine.js'
import { LocalCacheBackend } from '../../src/cache/index.js'
import { bootReportMarkdown, timelineChart } from '../../src/report/boot-summary.js'
import {
  BaselineStore,
  baselineKey,
  baselinePlan,
  baselinePrefix,
  baselineSubject,
  baselineTarget,
  parseBaseline,
  type BootBaseline
} from '../../src/report/baseline.js'
import { bootSamples, compareWithBaseline, median, parseRegressionThreshold, type BootMeasurement, type BootReport } from '../../src/report/pr-report.js'
import { MemoryLogger } from '../../src/runtime/logger.js'

const TIMELINE: TimelineEvent[] = [
  { atMs: 0, event: 'VMM spawned' },
  { atMs: 120, event: 'first console output' },
  { atMs: 300, event: 'verdict: passed' },
  { atMs: 310, event: 'VMM exited (status 1)' }
]

function measurement(overrides: Partial<BootMeasurement> = {}): BootMeasurement {
  return { accel: 'tcg', bootTimeMs: 1000, samplesMs: [990, 1000, 1100], kernelBytes: 10_000, timeline: TIMELINE, ...overrides }
}

function baseline(overrides: Partial<BootBaseline> = {}): BootBaseline {
  return {
    format: 1,
    branch: 'main',
    target: 'qemu-x86_64-0123456789ab',
    accel: 'tcg',
    runId: '77',
    commit: 'abcdef0123456789',
    bootTimeMs: 800,
    samplesMs: [790, 800, 810],
    kernelBytes: 10_000,
    timeline: TIMELINE,
    ...overrides
  }
}

const found = (b: BootBaseline) => ({ key: baselineKey(b), baseline: b })

describe('boot-runs and regression-threshold', () => {
  test('the median of an odd count is the middle value, of an even count the rounded mean of the middle two', () => {
    expect(median([30, 10, 20])).toBe(20)
    expect(median([5])).toBe(5)
    expect(median([10, 40, 20, 30])).toBe(25)
    expect(median([1, 2])).toBe(2)
  })

  test('a threshold is a percentage with or without %, and anything else names the input', () => {
    expect(parseRegressionThreshold('regression-threshold', undefined)).toBe(25)
    expect(parseRegressionThreshold('regression-threshold', '10%')).toBe(10)
    expect(parseRegressionThreshold('regression-threshold', '12.5')).toBe(12.5)
    expect(parseRegressionThreshold('regression-threshold', '0')).toBe(0)
    expect(() => parseRegressionThreshold('regression-threshold', 'ten')).toThrow(/input `regression-threshold`: `ten` is not a percentage/)
    expect(() => parseRegressionThreshold('regression-threshold', '-5%')).toThrow(/not a percentage/)
  })
})

describe('bootSamples', () => {
  const outcome = (result: BootOutcome['result'], bootTimeMs: number): BootOutcome => ({
    result,
    reason: `${result} reason`,
    bootTimeMs,
    vmmExitStatus: 'status 1',
    consoleTail: [],
    timeline: [],
    plan: { command: 'qemu', args: [], files: [] }
  })
  const request = { keepRunning: true, logger: new MemoryLogger() } as unknown as BootRequest

  test('boots N times, only the last may keep running, and reports the median', async () => {
    const times = [300, 100, 200]
    const seen: boolean[] = []
    const sampled = await bootSamples(request, 3, async (r) => {
      seen.push(r.keepRunning)
      return outcome('passed', times[seen.length - 1])
    })
    expect(seen).toEqual([false, false, true])
    expect(sampled.samplesMs).toEqual([300, 100, 200])
    expect(sampled.outcome.bootTimeMs).toBe(200)
  })

  test('stops at the first boot that does not pass, with its verdict and which boot it was', async () => {
    const results: BootOutcome['result'][] = ['passed', 'crashed', 'passed']
    let calls = 0
    const sampled = await bootSamples(request, 3, async () => outcome(results[calls++], 50))
    expect(calls).toBe(2)
    expect(sampled.outcome.result).toBe('crashed')
    expect(sampled.outcome.reason).toBe('crashed reason (boot 2 of 3)')
  })
})

describe('compareWithBaseline', () => {
  test('a growth above the threshold is a regression; the delta and percentage are computed against the base', () => {
    const comparison = compareWithBaseline(measurement({ bootTimeMs: 1001, kernelBytes: 12_000 }), found(baseline()), 25)
    const [bootTime, kernel] = comparison.metrics
    expect(bootTime).toMatchObject({ metric: 'boot time', base: 800, current: 1001, delta: 201, regressed: true })
    expect(bootTime.percent).toBeCloseTo(25.125)
    expect(kernel).toMatchObject({ metric: 'kernel size', base: 10_000, current: 12_000, delta: 2000, percent: 20, regressed: false })
    expect(comparison.base?.baseline.runId).toBe('77')
  })

  test('exactly at the threshold, or shrinking, is not a regression', () => {
    const comparison = compareWithBaseline(measurement({ bootTimeMs: 1000, kernelBytes: 9000 }), found(baseline()), 25)
    expect(comparison.metrics.map((m) => m.regressed)).toEqual([false, false])
    expect(comparison.metrics[1].percent).toBe(-10)
  })

  test('a baseline measured under another accel is not compared, and the comparison says why', () => {
    const comparison = compareWithBaseline(measurement({ bootTimeMs: 99_999 }), found(baseline({ accel: 'kvm', bootTimeMs: 1 })), 25)
    expect(comparison.base).toBeUndefined()
    expect(comparison.notCompared).toMatch(/measured under kvm and this run under tcg/)
    expect(comparison.metrics.every((m) => !m.regressed && m.delta === undefined)).toBe(true)
  })

  test('image size is compared only when both sides booted an image; a zero base has no percentage', () => {
    const both = compareWithBaseline(measurement({ imageBytes: 3000 }), found(baseline({ imageBytes: 2000 })), 25)
    expect(both.metrics.find((m) => m.metric === 'image size')).toMatchObject({ base: 2000, current: 3000, percent: 50, regressed: true })
    const onlyNow = compareWithBaseline(measurement({ imageBytes: 3000 }), found(baseline()), 25)
    expect(onlyNow.metrics.find((m) => m.metric === 'image size')).toEqual({ metric: 'image size', unit: 'bytes', current: 3000, regressed: false })
    const zero = compareWithBaseline(measurement(), found(baseline({ bootTimeMs: 0 })), 25)
    expect(zero.metrics[0]).toMatchObject({ base: 0, delta: 1000, regressed: false })
    expect(zero.metrics[0].percent).toBeUndefined()
  })
})

describe('baseline plan, keys and targets', () => {
  const eventFile = (payload: unknown) => {
    const path = join(mkdtempSync(join(tmpdir(), 'event-')), 'event.json')
    writeFileSync(path, JSON.stringify(payload))
    return path
  }

  test('a pull request compares with its base branch', async () => {
    expect(await baselinePlan({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_BASE_REF: 'main', GITHUB_REF: 'refs/pull/5/merge' })).toEqual({
      mode: 'compare',
      baseBranch: 'main'
    })
  })

  test('only a push to the default branch (from the event payload) records', async () => {
    const GITHUB_EVENT_PATH = eventFile({ repository: { default_branch: 'trunk' } })
    const push = { GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH, GITHUB_RUN_ID: '9', GITHUB_SHA: 'f00d' }
    expect(await baselinePlan({ ...push, GITHUB_REF: 'refs/heads/trunk' })).toEqual({ mode: 'record', baseBranch: 'trunk', runId: '9', commit: 'f00d' })
    expect(await baselinePlan({ ...push, GITHUB_REF: 'refs/heads/main' })).toMatchObject({
      mode: 'off',
      why: expect.stringMatching(/not to the default branch trunk/)
    })
    expect(await baselinePlan({ ...push, GITHUB_REF: 'refs/tags/v1.0.0' })).toMatchObject({ mode: 'off' })
    expect(await baselinePlan({ ...push, GITHUB_REF: 'refs/heads/trunk', GITHUB_EVENT_PATH: eventFile({}) })).toMatchObject({
      mode: 'off',
      why: expect.stringMatching(/default branch/)
    })
  })

  test('anything else reports nothing', async () => {
    expect(await baselinePlan({})).toMatchObject({ mode: 'off' })
    expect(await baselinePlan({ GITHUB_EVENT_NAME: 'schedule', GITHUB_REF: 'refs/heads/main' })).toMatchObject({ mode: 'off' })
  })

  test('keys: fixed prefix, branch, target, accel, run id; unusual branch characters cannot break a key', () => {
    const b = baseline({ branch: 'release,1.x', runId: '123' })
    expect(baselineKey(b)).toBe('unikernel-boot-baseline-v1-release_1.x-qemu-x86_64-0123456789ab-tcg-123')
    expect(baselineKey(b).startsWith(baselinePrefix('release,1.x', b.target, 'tcg'))).toBe(true)
    expect(baselinePrefix('main', b.target)).toBe('unikernel-boot-baseline-v1-main-qemu-x86_64-0123456789ab-')
  })

  test('the subject reads the same on any runner: paths relative to the workspace or RUNNER_TEMP, no tags or digests', () => {
    const a = { GITHUB_WORKSPACE: '/home/runner/work/app/app', RUNNER_TEMP: '/home/runner/work/_temp' }
    const b = { GITHUB_WORKSPACE: '/srv/runner-2/_work/app/app', RUNNER_TEMP: '/srv/runner-2/_work/_temp' }
    expect(baselineSubject({ kernelPath: `${a.GITHUB_WORKSPACE}/build/hello.elf` }, a)).toBe('kernel:$GITHUB_WORKSPACE/build/hello.elf')
    expect(baselineSubject({ kernelPath: `${b.GITHUB_WORKSPACE}/build/hello.elf` }, b)).toBe('kernel:$GITHUB_WORKSPACE/build/hello.elf')
    const layout = (env: typeof a, tag: string) => ({
      kernelPath: '/x/kernel',
      image: {
        reference: `oci:${env.RUNNER_TEMP}/unikernel-actions/oci:${tag}`,
        layoutDir: `${env.RUNNER_TEMP}/unikernel-actions/oci`,
        manifestDigest: 'sha256:00'
      }
    })
    expect(baselineSubject(layout(a, 'pr-5'), a)).toBe(baselineSubject(layout(b, 'sha-abc1234'), b))
    const registry = (reference: string) =>
      baselineSubject({ kernelPath: '/x', image: { reference, layoutDir: '/tmp/pulled', manifestDigest: 'sha256:00' } }, a)
    expect(registry('ghcr.io/acme/web:1.0')).toBe('image:ghcr.io/acme/web')
    expect(registry(`localhost:5000/acme/web@sha256:${'a'.repeat(64)}`)).toBe('image:localhost:5000/acme/web')
    expect(baselineSubject({ ...layout(a, 'x'), buildName: 'ghcr.io/acme/web' }, a)).toBe('name:ghcr.io/acme/web')
  })

  test('targets: vmm and arch readable, the subject hashed', () => {
    expect(baselineTarget('qemu', 'x86_64', 'kernel:a')).toMatch(/^qemu-x86_64-[0-9a-f]{12}$/)
    expect(baselineTarget('qemu', 'x86_64', 'kernel:a')).toBe(baselineTarget('qemu', 'x86_64', 'kernel:a'))
    expect(baselineTarget('qemu', 'x86_64', 'kernel:a')).not.toBe(baselineTarget('qemu', 'x86_64', 'kernel:b'))
    expect(baselineTarget('firecracker', 'arm64', 'kernel:a')).toMatch(/^firecracker-arm64-/)
  })

  test('a baseline read back is checked field by field', () => {
    expect(parseBaseline(JSON.stringify(baseline()))).toEqual(baseline())
    expect(parseBaseline('not json')).toBeUndefined()
    expect(parseBaseline(JSON.stringify({ ...baseline(), format: 2 }))).toBeUndefined()
    expect(parseBaseline(JSON.stringify({ ...baseline(), bootTimeMs: '800' }))).toBeUndefined()
    expect(parseBaseline(JSON.stringify({ ...baseline(), timeline: [{ atMs: 1 }] }))).toBeUndefined()
  })
})

describe('BaselineStore on the local cache backend', () => {
  const setUp = () => {
    const root = mkdtempSync(join(tmpdir(), 'baseline-store-'))
    const workspace = join(root, 'workspace')
    const logger = new MemoryLogger()
    const store = new BaselineStore(new LocalCacheBackend(join(root, 'cache'), logger, { cwd: workspace }), workspace, logger)
    return { store, workspace, logger }
  }

  test('records under its own key, finds the newest under the prefix, and leaves no file behind', async () => {
    const { store, workspace } = setUp()
    expect(await store.record(baseline({ runId: '1', bootTimeMs: 500 }))).toBe('unikernel-boot-baseline-v1-main-qemu-x86_64-0123456789ab-tcg-1')
    expect(await store.record(baseline({ runId: '2', bootTimeMs: 600 }))).toBe('unikernel-boot-baseline-v1-main-qemu-x86_64-0123456789ab-tcg-2')
    const hit = await store.find('main', 'qemu-x86_64-0123456789ab', 'tcg')
    expect(hit?.key).toBe('unikernel-boot-baseline-v1-main-qemu-x86_64-0123456789ab-tcg-2')
    expect(hit?.baseline.bootTimeMs).toBe(600)
    expect(readdirSync(workspace)).toEqual([])
    expect(await store.find('main', 'qemu-x86_64-ffffffffffff', 'tcg')).toBeUndefined()
    expect(await store.find('other', 'qemu-x86_64-0123456789ab', 'tcg')).toBeUndefined()
  })

  test('a baseline under the same accel wins over a newer one under another; without one, the other is returned', async () => {
    const { store } = setUp()
    await store.record(baseline({ runId: '1', accel: 'tcg' }))
    await store.record(baseline({ runId: '2', accel: 'kvm' }))
    expect((await store.find('main', baseline().target, 'tcg'))?.baseline.runId).toBe('1')
    expect((await store.find('main', baseline().target, 'kvm'))?.baseline.runId).toBe('2')
    const { store: onlyKvm } = setUp()
    await onlyKvm.record(baseline({ runId: '3', accel: 'kvm' }))
    expect((await onlyKvm.find('main', baseline().target, 'tcg'))?.baseline.accel).toBe('kvm')
  })

  test('a run id recorded twice keeps the first entry (keys are immutable)', async () => {
    const { store } = setUp()
    expect(await store.record(baseline({ bootTimeMs: 1 }))).toBeDefined()
    expect(await store.record(baseline({ bootTimeMs: 2 }))).toBeUndefined()
    expect((await store.find('main', baseline().target, 'tcg'))?.baseline.bootTimeMs).toBe(1)
  })
})

describe('the report in the summary', () => {
  const report = (overrides: Partial<BootReport> = {}): BootReport => {
    const current = measurement({ bootTimeMs: 1001, kernelBytes: 12_000, imageBytes: 50_000 })
    return {
      mode: 'compare',
      baseBranch: 'main',
      target: baseline().target,
      measurement: current,
      comparison: compareWithBaseline(current, found(baseline({ imageBytes: 49_000 })), 25),
      lookedUp: baselinePrefix('main', baseline().target),
      ...overrides
    }
  }

  test('a table of base, this run and the change, the regression marked, and the boot times', () => {
    const markdown = bootReportMarkdown(report())
    expect(markdown).toMatch(/#### Against `main`/)
    expect(markdown).toMatch(/\| {2}\| main \(abcdef0, tcg\) \| this run \| change \|/)
    expect(markdown).toMatch(/\| boot time \| 800 ms \| 1001 ms \(median of 3\) \| ⚠️ \+201 ms \(\+25\.1%\) \|/)
    expect(markdown).toContain('| kernel size | 9.8 KiB | 11.7 KiB | +2.0 KiB (+20.0%) |')
    expect(markdown).toMatch(/\| image size \| 47\.9 KiB \| 48\.8 KiB \| \+1000 B \(\+2\.0%\) \|/)
    expect(markdown).toMatch(/Boot times: 990 ms, 1000 ms, 1100 ms\. A growth above 25% is a regression\./)
  })

  test('no baseline yet, or another accel: this run alone, and why', () => {
    const none = bootReportMarkdown(report({ comparison: compareWithBaseline(measurement(), undefined, 25) }))
    expect(none).toMatch(
      /No baseline on `main` for this boot yet \(cache keys `unikernel-boot-baseline-v1-main-qemu-x86_64-0123456789ab-…`\); the next push to `main` records one\./
    )
    expect(none).toMatch(/\| boot time \| 1000 ms \(median of 3\) \|/)
    const otherAccel = bootReportMarkdown(report({ comparison: compareWithBaseline(measurement(), found(baseline({ accel: 'kvm' })), 25) }))
    expect(otherAccel).toMatch(/Not compared: the baseline on main was measured under kvm and this run under tcg/)
    expect(otherAccel).not.toMatch(/⚠️/)
  })

  test('a recording run says under which key it recorded', () => {
    expect(bootReportMarkdown(report({ mode: 'record', recordedKey: 'unikernel-boot-baseline-v1-main-x-tcg-9' }))).toMatch(
      /Recorded as the baseline for `main`: `unikernel-boot-baseline-v1-main-x-tcg-9`\./
    )
    expect(bootReportMarkdown(report({ mode: 'record' }))).toMatch(/not recorded as a baseline/)
  })

  test('the timeline chart: one bar per event, the base as a line when it saw the same events', () => {
    const base = TIMELINE.map((e) => ({ ...e, atMs: e.atMs * 2, event: e.event.replace('status 1', 'status 0') }))
    const chart = timelineChart(TIMELINE, base, 'main')
    expect(chart.split('\n')).toEqual([
      '```mermaid',
      'xychart-beta',
      '  title "Boot timeline in ms after VMM spawn - bars this run - line main"',
      '  x-axis ["VMM spawned", "first console output", "verdict: passed", "VMM exited"]',
      '  y-axis "ms"',
      '  bar [0, 120, 300, 310]',
      '  line [0, 240, 600, 620]',
      '```'
    ])
    expect(timelineChart(TIMELINE, base.slice(0, 2), 'main')).not.toMatch(/line \[/)
  })

  test('event names cannot break out of the chart', () => {
    const chart = timelineChart([{ atMs: 5, event: 'expect /"a"],\nbar [9/ matched' }], undefined, 'main')
    expect(chart).toContain('x-axis ["expect / a bar 9/ matched"]')
    expect(chart.split('\n').filter((line) => line.includes('bar ['))).toEqual(['  bar [5]'])
  })
})
