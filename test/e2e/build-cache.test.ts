import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { appendFileSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildPost } from '../../src/actions/build.js'
import { startFakeCacheService, useFakeCacheServiceInProcess, type FakeCacheService } from '../support/fake-cache-service.js'
import { buildWith, copyExample, removeAll, type BuildRun } from './build-run.js'

// The build cache through the real @actions/cache, against a fake of the Actions cache service v2 on
// 127.0.0.1: saved by the post step after a good build, an exact hit next time, a prefix hit after a
// change, and nothing saved after a failed build.
let scratch: string
let project: string
let runnerTemp: string
let fake: FakeCacheService
let restoreEnv: () => void

beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'build-cache-'))
  runnerTemp = join(scratch, 'runner-temp')
  project = copyExample('hello', join(scratch, 'workspace', 'hello'))
  fake = await startFakeCacheService()
  restoreEnv = useFakeCacheServiceInProcess(fake, { RUNNER_TEMP: runnerTemp, GITHUB_WORKSPACE: join(scratch, 'workspace') })
})

afterAll(async () => {
  restoreEnv()
  await fake.close()
  rmSync(scratch, { recursive: true, force: true })
})

/**
 * A build whose command reports what the cache brought back in `state/`, then records its own run there
 * (the command text keys the cache, so the run's name comes through the environment).
 */
async function build(runName: string, command = 'make'): Promise<BuildRun> {
  // A new machine: nothing of the previous run is left but what the cache restores.
  removeAll(join(project, 'state'), join(runnerTemp, 'unikernel-actions'))
  const script = [
    'if [ -f state/run ]; then echo "restored: $(cat state/run)"; else echo "restored: nothing"; fi',
    command,
    'mkdir -p state',
    'echo "$RUN_NAME" > state/run'
  ].join('\n')
  return buildWith(
    { path: project, command: script, kernel: 'hello.elf', 'cache-paths': 'state', 'source-date-epoch': '0', tags: 'test', output: join(scratch, 'layout') },
    { runnerTemp, env: { ...fake.env, RUNNER_TEMP: runnerTemp, GITHUB_WORKSPACE: join(scratch, 'workspace'), RUN_NAME: runName }, onGitHub: true }
  )
}

function restoredLine(run: BuildRun): string | undefined {
  return run.logger.lines.find((line) => line.message.startsWith('restored: '))?.message
}

describe('build cache on the Actions cache service', () => {
  let keys: string[] = []

  test('first run: a miss; the post step saves the entry', async () => {
    const run = await build('first')
    expect(run.error).toBeUndefined()
    expect(run.outputs.get('cache-hit')).toBe('false')
    expect(restoredLine(run)).toBe('restored: nothing')
    // The main step leaves saving to the post step.
    expect(fake.entries()).toHaveLength(0)
    await buildPost(run.context)
    expect(run.logger.text()).toMatch(/Build cache: saved unikernel-build-v1-custom-qemu-x86_64-[0-9a-f]{32} \(actions cache\)/)
    keys = fake.entries().map((e) => e.key)
    expect(keys).toEqual([expect.stringMatching(/^unikernel-build-v1-custom-qemu-x86_64-[0-9a-f]{32}$/)])
  })

  test('second run: an exact hit restores the state before the build; nothing new is saved', async () => {
    const run = await build('second')
    expect(run.outputs.get('cache-hit')).toBe('true')
    expect(restoredLine(run)).toBe('restored: first')
    await buildPost(run.context)
    expect(run.logger.text()).toMatch(/was restored exactly, so nothing new to save/)
    expect(fake.entries().map((e) => e.key)).toEqual(keys)
  })

  test('after a source change: a prefix hit, and the post step saves under the new key', async () => {
    appendFileSync(join(project, 'hello.S'), '\n# a change that moves the cache key\n')
    const run = await build('third')
    expect(run.outputs.get('cache-hit')).toBe('false')
    expect(restoredLine(run)).toBe('restored: first')
    expect(run.logger.text()).toMatch(/Build cache: restored .* \(actions cache, prefix hit for /)
    await buildPost(run.context)
    const now = fake.entries().map((e) => e.key)
    expect(now).toHaveLength(2)
    expect(now[0]).toBe(keys[0])
    expect(now[1]).not.toBe(keys[0])
  })

  test('a failed build: the post step saves nothing', async () => {
    appendFileSync(join(project, 'hello.S'), '\n# another change\n')
    const run = await build('failed', 'false')
    expect(run.error).toBeDefined()
    await buildPost(run.context)
    expect(run.logger.text()).toMatch(/Build cache: the build did not succeed, so nothing is saved/)
    expect(fake.entries()).toHaveLength(2)
  })

  test('a cache service that fails costs a warning, never the build', async () => {
    appendFileSync(join(project, 'hello.S'), '\n# a third change\n')
    fake.fail('GetCacheEntryDownloadURL', 400, 1)
    fake.fail('CreateCacheEntry', 400, 1)
    const run = await build('unlucky')
    expect(run.error).toBeUndefined()
    expect(run.outputs.get('cache-hit')).toBe('false')
    expect(restoredLine(run)).toBe('restored: nothing')
    await buildPost(run.context)
    // @actions/cache reports the service's refusals itself (as workflow warnings); the build carries on.
    expect(run.logger.text()).toMatch(/Build cache: no entry for .*; building cold/)
    expect(run.logger.text()).toMatch(/Build cache: unikernel-build-v1-custom-qemu-x86_64-[0-9a-f]{32} was not saved/)
    expect(fake.entries()).toHaveLength(2)
  })
})
