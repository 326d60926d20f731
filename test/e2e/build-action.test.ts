import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startFakeCacheService, type FakeCacheService } from '../support/fake-cache-service.js'
import { runActionAsRunner } from '../support/run-action.js'
import { copyExample } from './build-run.js'

// The build action as the runner runs it: `node dist/build-main.js`, then `build-post.js` with the state
// main saved, INPUT_* variables, file commands, and the Actions cache service (a fake on 127.0.0.1).
let scratch: string
let workspace: string
let fake: FakeCacheService

beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'build-action-'))
  workspace = join(scratch, 'workspace')
  copyExample('hello', join(workspace, 'hello'))
  fake = await startFakeCacheService()
})
afterAll(async () => {
  await fake.close()
  rmSync(scratch, { recursive: true, force: true })
})

function newRunnerTemp(name: string): string {
  const dir = join(scratch, `runner-temp-${name}`)
  mkdirSync(dir)
  return dir
}

const inputs = (extra: Record<string, string> = {}) => ({
  toolchain: 'auto',
  path: join(workspace, 'hello'),
  target: 'qemu/x86_64',
  command: 'make',
  kernel: 'hello.elf',
  tags: 'auto',
  cache: 'true',
  'source-date-epoch': '1700000000',
  ...extra
})

describe('build under the runner protocol', () => {
  test('main builds and writes outputs, summary and job state; post saves the cache from saved state', async () => {
    const env = { ...fake.env, GITHUB_WORKSPACE: workspace, GITHUB_REF: 'refs/tags/v2.1.0', GITHUB_EVENT_NAME: 'push', GITHUB_SHA: 'f'.repeat(40) }
    const main = await runActionAsRunner('build', 'main', inputs(), { env, runnerTemp: newRunnerTemp('1') })
    expect(main.stdout).not.toMatch(/::error/)
    expect(main.status).toBe(0)
    const layout = join(main.runnerTemp, 'unikernel-actions', 'oci')
    expect(main.outputs).toMatchObject({ image: `oci:${layout}:2.1.0`, 'cache-hit': 'false', digest: expect.stringMatching(/^sha256:[0-9a-f]{64}$/) })
    expect(JSON.parse(main.outputs.targets)).toEqual([expect.objectContaining({ target: 'qemu/x86_64', platform: { architecture: 'amd64', os: 'linux' } })])
    // `tags: auto` on a v2.1.0 tag push: the tags it chose, as the layout has them.
    expect(main.outputs.tags).toBe('2.1.0')
    expect(JSON.parse(main.outputs.json)).toEqual({ tags: ['2.1.0'], version: '2.1.0' })
    expect(main.stdout).toMatch(/::group::Build qemu\/x86_64 \(custom\)/)
    expect(main.summary).toMatch(/### 📦 Built hello with custom/)
    expect(main.summary).toContain(main.outputs.digest)
    const state = JSON.parse(readFileSync(join(main.runnerTemp, 'unikernel-actions', 'state.json'), 'utf8'))
    expect(state.build).toMatchObject({ image: main.outputs.image, digest: main.outputs.digest, tags: ['2.1.0'], name: 'hello' })
    // Saving waits for the post step.
    expect(main.state['cache-key']).toMatch(/^unikernel-build-v1-custom-qemu-x86_64-[0-9a-f]{32}$/)
    expect(main.state['build-succeeded']).toBe('true')
    expect(fake.entries()).toHaveLength(0)

    const post = await runActionAsRunner('build', 'post', {}, { env, runnerTemp: main.runnerTemp, state: main.state })
    expect(post.status).toBe(0)
    expect(post.stdout).toMatch(/Build cache: saved unikernel-build-v1-custom-qemu-x86_64-[0-9a-f]{32} \(actions cache\)/)
    expect(fake.entries().map((e) => e.key)).toEqual([main.state['cache-key']])
  })

  test('a configuration error fails the step with the input named, before anything runs; post then saves nothing', async () => {
    const main = await runActionAsRunner('build', 'main', inputs({ target: 'qemu/x86' }), {
      env: { ...fake.env, GITHUB_WORKSPACE: workspace },
      runnerTemp: newRunnerTemp('2')
    })
    expect(main.status).toBe(1)
    expect(main.stdout).toMatch(/::error::input `target`: `qemu\/x86` is not PLATFORM\/ARCH/)
    expect(main.outputs.digest).toBeUndefined()
    const post = await runActionAsRunner(
      'build',
      'post',
      {},
      { runnerTemp: main.runnerTemp, state: main.state, env: { ...fake.env, GITHUB_WORKSPACE: workspace } }
    )
    expect(post.status).toBe(0)
    expect(post.stdout).not.toMatch(/Build cache: saved/)
  })

  test('a failing command fails the step; post sees no success in the state and saves nothing', async () => {
    const env = { ...fake.env, GITHUB_WORKSPACE: workspace }
    const before = fake.entries().length
    const main = await runActionAsRunner('build', 'main', inputs({ command: 'make\nexit 7', 'cache-key': 'failing' }), { env, runnerTemp: newRunnerTemp('3') })
    expect(main.status).toBe(1)
    expect(main.stdout).toMatch(/::error::build failed: `make …` exited with status 7/)
    expect(main.state['build-succeeded']).toBeUndefined()
    const post = await runActionAsRunner('build', 'post', {}, { runnerTemp: main.runnerTemp, state: main.state, env })
    expect(post.stdout).toMatch(/Build cache: the build did not succeed, so nothing is saved/)
    expect(fake.entries()).toHaveLength(before)
  })
})
