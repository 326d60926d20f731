import { afterAll, afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { accessSync, constants, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startFakeCacheService, type FakeCacheService } from '../support/fake-cache-service.js'
import { startFakeGitHub, type FakeGitHub } from '../support/fake-github.js'
import { runActionAsRunner, type ActionRun } from '../support/run-action.js'
import { publishFirecracker, publishKraft } from '../support/tool-fixtures.js'

// `setup` as the runner runs it: `node dist/setup-main.js` / `setup-post.js`, INPUT_* variables, the
// file commands (GITHUB_OUTPUT, GITHUB_PATH, GITHUB_STATE, GITHUB_STEP_SUMMARY), @actions/tool-cache.
const scratch = mkdtempSync(join(tmpdir(), 'setup-runner-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

let github: FakeGitHub
let toolCache: string
beforeEach(async () => {
  github = await startFakeGitHub()
  toolCache = mkdtempSync(join(scratch, 'tool-cache-'))
})
afterEach(() => github.close())

/** What the `kvm` output must say on this machine (root opens /dev/kvm whatever its mode). */
function kvmUsableHere(): string {
  try {
    accessSync('/dev/kvm', constants.R_OK | constants.W_OK)
    return 'true'
  } catch {
    return 'false'
  }
}

/** The inputs the runner sends: every action.yml default, plus the test's own. */
function inputs(values: Record<string, string>): Record<string, string> {
  return { 'enable-kvm': 'true', 'github-token': '', cache: 'true', 'allow-unverified': 'false', 'api-url': github.apiUrl, mirror: github.url, ...values }
}

async function runSetup(
  phase: 'main' | 'post',
  values: Record<string, string>,
  options: { env?: Record<string, string>; state?: Record<string, string>; runnerTemp?: string } = {}
): Promise<ActionRun & { path: string[] }> {
  const runnerTemp = options.runnerTemp ?? mkdtempSync(join(scratch, 'runner-temp-'))
  const githubPath = join(runnerTemp, 'path.txt')
  writeFileSync(githubPath, '')
  const run = await runActionAsRunner('setup', phase, phase === 'main' ? inputs(values) : {}, {
    runnerTemp,
    state: options.state,
    env: { RUNNER_TOOL_CACHE: toolCache, GITHUB_PATH: githubPath, RUNNER_ENVIRONMENT: 'self-hosted', ...options.env }
  })
  return { ...run, path: readFileSync(githubPath, 'utf8').split('\n').filter(Boolean) }
}

describe('setup under the runner protocol', () => {
  test('installs, puts the tools on GITHUB_PATH, writes every output and a summary; the second run is a tool-cache hit', async () => {
    publishKraft(github, '0.9.4')
    publishFirecracker(github, '1.9.1')
    const run = await runSetup('main', { tools: 'kraft@0.9\nfirecracker', cache: 'false' })
    expect(run.stdout).not.toMatch(/::error/)
    expect(run.status).toBe(0)
    const kraftBin = join(toolCache, 'kraft', '0.9.4', 'x64', 'bin')
    const firecrackerBin = join(toolCache, 'firecracker', '1.9.1', 'x64', 'bin')
    expect(run.path).toEqual([kraftBin, firecrackerBin])
    expect(run.outputs).toMatchObject({ 'kraft-version': '0.9.4', 'firecracker-version': '1.9.1', 'cache-hit': 'false', kvm: kvmUsableHere() })
    expect(JSON.parse(run.outputs.tools)).toEqual({ kraft: { version: '0.9.4', path: kraftBin }, firecracker: { version: '1.9.1', path: firecrackerBin } })
    // @actions/tool-cache's own marker: the entry is complete for the next job.
    expect(existsSync(join(toolCache, 'kraft', '0.9.4', 'x64.complete'))).toBe(true)
    expect(execFileSync(join(kraftBin, 'kraft'), { encoding: 'utf8' })).toBe('kraft version 0.9.4\n')
    expect(run.stdout).toMatch(/::group::Set up kraft@0\.9/)
    expect(run.stdout).toMatch(/kraft 0\.9\.4: SHA-256 [0-9a-f]{64} verified against the checksum file kraftkit_0\.9\.4_checksums\.txt/)
    expect(run.summary).toMatch(new RegExp(`### 🧰 Setup: 2 tools ready, KVM ${kvmUsableHere() === 'true' ? 'usable' : 'not usable'}`))
    expect(run.summary).toMatch(/\| kraft \| 0\.9\.4 \| downloaded \| the checksum file kraftkit_0\.9\.4_checksums\.txt \| `.*\/kraft\/0\.9\.4\/x64\/bin` \|/)
    expect(run.state).toEqual({})

    github.clearRequests()
    const again = await runSetup('main', { tools: 'kraft@0.9, firecracker@1.9.1', cache: 'false' })
    expect(again.status).toBe(0)
    expect(github.requests).toEqual([])
    expect(again.outputs['cache-hit']).toBe('true')
    expect(again.path).toEqual([kraftBin, firecrackerBin])
    expect(again.summary).toMatch(/\| firecracker \| 1\.9\.1 \| tool cache \| — \|/)
  })

  test('a bad input fails the step with an error naming it, before any request', async () => {
    const run = await runSetup('main', { tools: 'kraft, docker' })
    expect(run.status).toBe(1)
    expect(run.stdout).toMatch(/::error::input `tools`: `docker` is not a tool setup installs/)
    expect(github.requests).toEqual([])
  })

  test('the token is masked the moment it is read and sent to the API', async () => {
    publishKraft(github, '0.9.4')
    const run = await runSetup('main', { tools: 'kraft@0.9', cache: 'false', 'github-token': 'ghs_very_secret' })
    expect(run.status).toBe(0)
    expect(run.stdout).toMatch(/::add-mask::ghs_very_secret/)
    expect(run.stdout.replace('::add-mask::ghs_very_secret', '')).not.toMatch(/ghs_very_secret/)
    expect(github.requestsTo(/^\/api\//).every((r) => r.headers.authorization === 'token ghs_very_secret')).toBe(true)
  })

  test('the post step with nothing to save does nothing', async () => {
    const post = await runSetup('post', {})
    expect(post.status).toBe(0)
    expect(post.stdout).toBe('')
  })

  describe('with the Actions cache service', () => {
    let service: FakeCacheService
    beforeEach(async () => {
      service = await startFakeCacheService()
    })
    afterEach(() => service.close())

    test('main records the download, post (state only) saves it, a new job restores it without GitHub', async () => {
      publishFirecracker(github, '1.9.1')
      const env = { ...service.env, GITHUB_WORKSPACE: scratch }
      const runnerTemp = mkdtempSync(join(scratch, 'runner-temp-'))
      const main = await runSetup('main', { tools: 'firecracker@1.9.1' }, { env, runnerTemp })
      expect(main.status).toBe(0)
      const saves = JSON.parse(main.state['cache-saves']) as { key: string }[]
      expect(saves.map((s) => s.key)).toEqual(['unikernel-actions-setup-firecracker-1.9.1-linux-x86_64'])

      const post = await runSetup('post', {}, { env, runnerTemp, state: main.state })
      expect(post.status).toBe(0)
      expect(post.stdout).toMatch(/firecracker 1\.9\.1: saved to the Actions cache/)
      expect(service.entries().map((e) => e.key)).toEqual(['unikernel-actions-setup-firecracker-1.9.1-linux-x86_64'])

      toolCache = mkdtempSync(join(scratch, 'tool-cache-'))
      rmSync(join(runnerTemp, 'unikernel-actions', 'setup'), { recursive: true, force: true })
      github.clearRequests()
      const next = await runSetup('main', { tools: 'firecracker@1.9.1' }, { env, runnerTemp })
      expect(next.status).toBe(0)
      expect(next.stdout).toMatch(/firecracker 1\.9\.1: restored from the Actions cache/)
      expect(github.requests).toEqual([])
      expect(next.outputs['cache-hit']).toBe('true')
      expect(next.state).toEqual({})
    })
  })
})
