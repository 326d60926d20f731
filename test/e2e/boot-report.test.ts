import { afterEach, beforeEach, describe, expect, jest, test } from '@jest/globals'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ActionsCacheBackend } from '../../src/cache/index.js'
import { BaselineStore, baselineSubject, baselineTarget, type BootBaseline } from '../../src/report/baseline.js'
import { median } from '../../src/report/pr-report.js'
import { MemoryLogger } from '../../src/runtime/logger.js'
import { bootWith } from '../support/boot.js'
import { startFakeCacheService, useFakeCacheServiceInProcess, type FakeCacheService } from '../support/fake-cache-service.js'
import { fixturePath } from '../support/fixtures.js'
import { bootEntries, sampleDescriptor, writeOciFixture } from '../support/oci-fixture.js'
import { repoRoot, runActionAsRunner } from '../support/run-action.js'

// The PR report against the real @actions/cache talking to the fake cache service, with real boots of
// the fixture kernels under QEMU. Regressions are made deterministic by seeding baselines with tiny or
// huge numbers; no assertion depends on how long a boot takes.
let fake: FakeCacheService
let work: string
let workspace: string
let restoreEnv: () => void
let previousCwd: string

beforeEach(async () => {
  fake = await startFakeCacheService()
  work = mkdtempSync(join(tmpdir(), 'boot-report-'))
  workspace = join(work, 'workspace')
  mkdirSync(workspace)
  // As under the runner: the step's current directory is the workspace.
  restoreEnv = useFakeCacheServiceInProcess(fake, { RUNNER_TEMP: join(work, 'runner-temp'), GITHUB_WORKSPACE: workspace })
  previousCwd = process.cwd()
  process.chdir(workspace)
  // @actions/cache logs through @actions/core on stdout; keep the test output readable.
  jest.spyOn(process.stdout, 'write').mockImplementation(() => true)
})

afterEach(async () => {
  jest.restoreAllMocks()
  process.chdir(previousCwd)
  restoreEnv()
  await fake.close()
  rmSync(work, { recursive: true, force: true })
})

function eventFile(defaultBranch: string): string {
  const path = join(work, 'event.json')
  writeFileSync(path, JSON.stringify({ repository: { default_branch: defaultBranch } }))
  return path
}

const pushToMain = (runId: string) => ({
  GITHUB_EVENT_NAME: 'push',
  GITHUB_REF: 'refs/heads/main',
  GITHUB_EVENT_PATH: eventFile('main'),
  GITHUB_RUN_ID: runId,
  GITHUB_SHA: 'c0ffee0123456789'
})
const pullRequestIntoMain = { GITHUB_EVENT_NAME: 'pull_request', GITHUB_BASE_REF: 'main', GITHUB_REF: 'refs/pull/7/merge', GITHUB_RUN_ID: '900' }
const bootCount = (logger: MemoryLogger) => logger.lines.filter((l) => l.level === 'info' && /^\S*qemu-system-x86_64 /.test(l.message)).length
const regressions = (logger: MemoryLogger) => logger.lines.filter((l) => l.level === 'warning' && /regression-threshold/.test(l.message)).map((l) => l.message)
const store = () => new BaselineStore(new ActionsCacheBackend(new MemoryLogger()), workspace, new MemoryLogger())

/** The target a boot of the hello kernel looks up, seen from a step whose workspace is `workspace`. */
async function helloTarget(stepWorkspace = workspace): Promise<string> {
  return baselineTarget('qemu', 'x86_64', baselineSubject({ kernelPath: await fixturePath('hello') }, { GITHUB_WORKSPACE: stepWorkspace }))
}

/** A baseline on main for the hello kernel, as a push would have recorded it, with numbers of our choosing. */
async function seedHelloBaseline(numbers: Partial<BootBaseline>, stepWorkspace = workspace): Promise<BootBaseline> {
  const baseline: BootBaseline = {
    format: 1,
    branch: 'main',
    target: await helloTarget(stepWorkspace),
    accel: 'tcg',
    runId: '100',
    commit: 'feedface00000000',
    bootTimeMs: 1,
    samplesMs: [1, 1, 1],
    kernelBytes: 16,
    timeline: [
      { atMs: 0, event: 'VMM spawned' },
      { atMs: 1, event: 'verdict: passed' }
    ],
    ...numbers
  }
  expect(await store().record(baseline)).toBe(`unikernel-boot-baseline-v1-main-${baseline.target}-${baseline.accel}-100`)
  return baseline
}

describe('a push to the default branch', () => {
  test('boots boot-runs times, reports the median, and records it as the baseline under a per-run key', async () => {
    const hello = await fixturePath('hello')
    const run = await bootWith({ kernel: hello, 'boot-runs': '3' }, { env: pushToMain('4242') })
    expect(run.error).toBeUndefined()
    expect(bootCount(run.logger)).toBe(3)

    const entries = fake.entries().filter((e) => e.key.startsWith('unikernel-boot-baseline-v1-'))
    expect(entries.map((e) => e.key)).toEqual([`unikernel-boot-baseline-v1-main-${await helloTarget()}-tcg-4242`])
    expect(entries[0].key).toMatch(/^unikernel-boot-baseline-v1-main-qemu-x86_64-[0-9a-f]{12}-tcg-4242$/)

    const recorded = await store().find('main', await helloTarget(), 'tcg')
    expect(recorded?.baseline).toMatchObject({ branch: 'main', accel: 'tcg', runId: '4242', commit: 'c0ffee0123456789', kernelBytes: statSync(hello).size })
    expect(recorded?.baseline.samplesMs).toHaveLength(3)
    expect(recorded?.baseline.bootTimeMs).toBe(median(recorded!.baseline.samplesMs))
    expect(run.outputs.get('boot-time-ms')).toBe(String(recorded?.baseline.bootTimeMs))
    expect(recorded?.baseline.timeline.map((e) => e.event)).toContain('VMM spawned')

    expect(run.summary).toMatch(/#### Against the last run on `main`/)
    expect(run.summary).toMatch(/No baseline on `main` for this boot yet/)
    expect(run.summary).toContain(`Recorded as the baseline for \`main\`: \`${entries[0].key}\`.`)
    expect(run.summary).toMatch(/```mermaid\nxychart-beta\n/)
    // The entry's file existed only while it was saved.
    expect(readdirSync(workspace)).toEqual([])
  })

  test('a boot that does not pass ends the series at once and records nothing', async () => {
    const run = await bootWith({ kernel: await fixturePath('panic'), 'boot-runs': '3' }, { env: pushToMain('4243') })
    expect(run.outputs.get('result')).toBe('crashed')
    expect(run.error?.message).toMatch(/Boot crashed: .*\(boot 1 of 3\)/)
    expect(bootCount(run.logger)).toBe(1)
    expect(fake.entries()).toEqual([])
  })

  test('an image boot records the image size: manifest, config and layers', async () => {
    const dir = join(work, 'layout')
    const kernel = readFileSync(await fixturePath('hello'))
    const layout = await writeOciFixture(dir, {
      images: [
        { arch: 'amd64', entries: bootEntries({ kernel, descriptor: sampleDescriptor('x86_64', { expect: ['Hello from the fixture'], cmdline: undefined }) }) }
      ],
      tags: ['sha-1234567']
    })
    const run = await bootWith({ image: `oci:${dir}:sha-1234567`, 'boot-runs': '1' }, { env: pushToMain('4244') })
    expect(run.error).toBeUndefined()
    const blob = (digest: string) => statSync(join(dir, 'blobs', 'sha256', digest.slice('sha256:'.length))).size
    const image = layout.images[0]
    const expected = blob(image.manifestDigest) + blob(image.configDigest) + blob(image.layerDigest)

    const [entry] = fake.entries()
    const target = entry.key.replace(/^unikernel-boot-baseline-v1-main-/, '').replace(/-tcg-4244$/, '')
    const recorded = await store().find('main', target, 'tcg')
    expect(recorded?.baseline).toMatchObject({ imageBytes: expected, kernelBytes: kernel.length })
    expect(run.summary).toMatch(/\| image size \| \d/)
  })
  test("booting the job's last build (as the pipeline does), the target follows the image name the build gave, not its tag or directory", async () => {
    const runnerTemp = join(work, 'job-temp')
    const dir = join(runnerTemp, 'unikernel-actions', 'oci')
    const kernel = readFileSync(await fixturePath('hello'))
    await writeOciFixture(dir, {
      images: [
        { arch: 'amd64', entries: bootEntries({ kernel, descriptor: sampleDescriptor('x86_64', { expect: ['Hello from the fixture'], cmdline: undefined }) }) }
      ],
      tags: ['sha-7654321']
    })
    writeFileSync(
      join(runnerTemp, 'unikernel-actions', 'state.json'),
      JSON.stringify({ version: 1, build: { image: `oci:${dir}:sha-7654321`, name: 'ghcr.io/acme/hello' } })
    )
    const run = await bootWith({ 'boot-runs': '1' }, { runnerTemp, env: pushToMain('4245') })
    expect(run.error).toBeUndefined()
    expect(fake.entries().map((e) => e.key)).toEqual([
      `unikernel-boot-baseline-v1-main-${baselineTarget('qemu', 'x86_64', 'name:ghcr.io/acme/hello')}-tcg-4245`
    ])
  })
})

describe('a pull request', () => {
  test('a boot time and kernel size far above a stored baseline: warnings and the deltas in the summary', async () => {
    await seedHelloBaseline({ bootTimeMs: 1, kernelBytes: 16 })
    const run = await bootWith({ kernel: await fixturePath('hello'), 'boot-runs': '2' }, { env: pullRequestIntoMain })
    expect(run.error).toBeUndefined()
    expect(bootCount(run.logger)).toBe(2)
    const warnings = regressions(run.logger)
    expect(warnings).toHaveLength(2)
    expect(warnings[0]).toMatch(/^Boot time grew \d+\.\d% against main \(1 ms → \d+ ms, median of 2 boots\), more than the 25% regression-threshold$/)
    expect(warnings[1]).toMatch(/^Kernel size grew \d+\.\d% against main \(16 B → [\d.]+ (B|KiB)\), more than the 25% regression-threshold$/)
    expect(run.summary).toMatch(/#### Against `main`/)
    expect(run.summary).toMatch(/\| {2}\| main \(feedfac, tcg\) \| this run \| change \|/)
    expect(run.summary).toMatch(/\| boot time \| 1 ms \| \d+ ms \(median of 2\) \| ⚠️ \+\d+ ms \(\+\d+\.\d%\) \|/)
    expect(run.summary).toMatch(/\| kernel size \| 16 B \| [\d.]+ (B|KiB) \| ⚠️ \+[\d.]+ (B|KiB) \(\+\d+\.\d%\) \|/)
    // The base saw fewer events than this run, so the chart has bars only.
    expect(run.summary).toMatch(/xychart-beta\n {2}title "Boot timeline in ms after VMM spawn"\n/)
    // A pull request never writes a baseline.
    expect(fake.entries()).toHaveLength(1)
  })

  test('below the threshold: no warning, and a shrinking boot time shows as such', async () => {
    const kernelBytes = statSync(await fixturePath('hello')).size
    await seedHelloBaseline({ bootTimeMs: 600_000, kernelBytes: Math.round(kernelBytes / 1.15) })
    const run = await bootWith({ kernel: await fixturePath('hello'), 'boot-runs': '1' }, { env: pullRequestIntoMain })
    expect(run.error).toBeUndefined()
    expect(regressions(run.logger)).toEqual([])
    expect(run.summary).toMatch(/\| boot time \| 600000 ms \| \d+ ms \| −\d+ ms \(−\d+\.\d%\) \|/)
    expect(run.summary).toMatch(/\| kernel size \| [^|]+ \| [^|]+ \| \+[\d.]+ (B|KiB) \(\+1\d\.\d%\) \|/)
    expect(run.summary).not.toMatch(/⚠️/)

    // The same numbers against a lower threshold: the kernel's growth (≈15%) is now a regression, the boot time still is not.
    const strict = await bootWith({ kernel: await fixturePath('hello'), 'boot-runs': '1', 'regression-threshold': '10%' }, { env: pullRequestIntoMain })
    expect(regressions(strict.logger)).toEqual([expect.stringMatching(/^Kernel size grew 1\d\.\d% against main .* more than the 10% regression-threshold$/)])
  })

  test('a baseline measured under another accel is not compared: the summary says so, and one boot is enough', async () => {
    await seedHelloBaseline({ accel: 'kvm', bootTimeMs: 1, kernelBytes: 16 })
    const run = await bootWith({ kernel: await fixturePath('hello'), 'boot-runs': '3' }, { env: pullRequestIntoMain })
    expect(run.error).toBeUndefined()
    expect(bootCount(run.logger)).toBe(1)
    expect(regressions(run.logger)).toEqual([])
    expect(run.summary).toMatch(
      /Not compared: the baseline on main was measured under kvm and this run under tcg; runs under different accelerators are not compared\./
    )
    expect(run.summary).not.toMatch(/⚠️/)
  })

  test('no baseline on the base branch: one boot, and the summary says what a push to it will do', async () => {
    const run = await bootWith({ kernel: await fixturePath('hello'), 'boot-runs': '3' }, { env: { ...pullRequestIntoMain, GITHUB_BASE_REF: 'release/1.x' } })
    expect(run.error).toBeUndefined()
    expect(bootCount(run.logger)).toBe(1)
    expect(run.summary).toMatch(
      /No baseline on `release\/1\.x` for this boot yet \(cache keys `unikernel-boot-baseline-v1-release\/1\.x-qemu-x86_64-[0-9a-f]{12}-…`\); the next push to `release\/1\.x` records one\./
    )
  })
})

test('any other run boots once, asks the cache nothing and reports nothing extra', async () => {
  const run = await bootWith(
    { kernel: await fixturePath('hello'), 'boot-runs': '3' },
    { env: { GITHUB_EVENT_NAME: 'push', GITHUB_REF: 'refs/heads/feature', GITHUB_EVENT_PATH: eventFile('main'), GITHUB_RUN_ID: '5' } }
  )
  expect(run.error).toBeUndefined()
  expect(bootCount(run.logger)).toBe(1)
  expect(fake.requests).toEqual([])
  expect(run.summary).toMatch(/### ✅ Boot passed/)
  expect(run.summary).not.toMatch(/Against|mermaid/)
})

test('a bad boot-runs or regression-threshold is a configuration error naming the input', async () => {
  const runs = await bootWith({ kernel: await fixturePath('hello'), 'boot-runs': '0' })
  expect(runs.error?.message).toMatch(/input `boot-runs`: `0` is out of range/)
  const threshold = await bootWith({ kernel: await fixturePath('hello'), 'regression-threshold': 'a lot' })
  expect(threshold.error?.message).toMatch(/input `regression-threshold`: `a lot` is not a percentage/)
})

// The boot action as the runner runs it (dist/, or UNIKERNEL_ACTIONS_DIST): the warning is a real annotation.
// The action's current directory is the repository root there, so that is its workspace.
test('under the runner protocol, a regression is a warning annotation and the summary carries the comparison', async () => {
  await seedHelloBaseline({ bootTimeMs: 1 }, repoRoot)
  const run = await runActionAsRunner(
    'boot',
    'main',
    { kernel: await fixturePath('hello'), 'boot-runs': '1', 'regression-threshold': '25%' },
    { env: { ...fake.env, ...pullRequestIntoMain, GITHUB_WORKSPACE: repoRoot } }
  )
  expect(run.status).toBe(0)
  // `%` is escaped as %25 in a workflow command.
  expect(run.stdout).toMatch(
    /::warning title=Boot regression::Boot time grew \d+\.\d%25 against main \(1 ms → \d+ ms\), more than the 25%25 regression-threshold\n/
  )
  expect(run.summary).toMatch(/\| boot time \| 1 ms \| \d+ ms \| ⚠️ \+\d+ ms/)
  expect(run.summary).toMatch(/```mermaid\nxychart-beta/)
  expect(readdirSync(repoRoot)).not.toContain('.unikernel-boot-baseline')
})
