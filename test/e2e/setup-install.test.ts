import { afterAll, afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { delimiter, join } from 'node:path'
import { setupAction, setupPost, type SetupDependencies, type SetupResult } from '../../src/actions/setup.js'
import { terminalContext } from '../../src/runtime/context.js'
import { MapInputs } from '../../src/runtime/inputs.js'
import { MemoryLogger } from '../../src/runtime/logger.js'
import { SpawnRunner, type CommandOptions, type CommandResult, type CommandRunner } from '../../src/tools/commands.js'
import type { KvmProbe } from '../../src/vmm/kvm.js'
import type { Logger } from '../../src/runtime/logger.js'
import { startFakeCacheService, useFakeCacheServiceInProcess, type FakeCacheService } from '../support/fake-cache-service.js'
import { startFakeGitHub, type FakeGitHub } from '../support/fake-github.js'
import { instantRetryPolicy } from '../support/retry.js'
import {
  fakeExecutable,
  kraftArchive,
  publishFirecracker,
  publishKraft,
  publishOps,
  publishSolo5,
  publishUhyve,
  sha256Hex,
  tarGz
} from '../support/tool-fixtures.js'

const scratch = mkdtempSync(join(tmpdir(), 'setup-e2e-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

/** No KVM on this machine: a probe whose answers the test chooses. */
class FakeKvm implements KvmProbe {
  enableCalls = 0
  private state: { present: boolean; usable: boolean; enableWorks: boolean }
  constructor(state: { present: boolean; usable: boolean; enableWorks: boolean }) {
    this.state = state
  }
  async present(): Promise<boolean> {
    return this.state.present
  }
  async usable(): Promise<boolean> {
    return this.state.usable
  }
  async enable(_logger: Logger): Promise<boolean> {
    this.enableCalls++
    if (this.state.enableWorks) this.state.usable = true
    return this.state.usable
  }
}

/** Runs commands for real, except apt-get, which it records and refuses (nothing is installed here). */
class RecordingRunner implements CommandRunner {
  readonly calls: string[][] = []
  private readonly inner = new SpawnRunner()
  async run(argv: readonly string[], options?: CommandOptions): Promise<CommandResult> {
    this.calls.push([...argv])
    if (argv.includes('apt-get')) return { status: 100, stdout: '', stderr: 'E: refused by the test' }
    return this.inner.run(argv, options)
  }
}

interface SetupRun {
  result?: SetupResult
  error?: Error
  logger: MemoryLogger
  outputs: Map<string, string>
  context: ReturnType<typeof terminalContext>
  env: NodeJS.ProcessEnv
}

let github: FakeGitHub
let toolCache: string
let runnerTemp: string
beforeEach(async () => {
  github = await startFakeGitHub()
  toolCache = mkdtempSync(join(scratch, 'tool-cache-'))
  runnerTemp = mkdtempSync(join(scratch, 'runner-temp-'))
})
afterEach(async () => {
  await github.close()
})

async function setup(
  inputs: Record<string, string>,
  deps: Partial<SetupDependencies> = {},
  options: { cache?: boolean; path?: string } = {}
): Promise<SetupRun> {
  const logger = new MemoryLogger()
  const env: NodeJS.ProcessEnv = { PATH: options.path ?? process.env.PATH, HOME: process.env.HOME, RUNNER_TEMP: runnerTemp, RUNNER_TOOL_CACHE: toolCache }
  const values = new Map(Object.entries({ 'api-url': github.apiUrl, mirror: github.url, cache: options.cache ? 'true' : 'false', ...inputs }))
  const context = terminalContext(new MapInputs(values), env, logger)
  const run: SetupRun = { logger, outputs: context.collected, context, env }
  try {
    run.result = await setupAction(context, {
      kvm: new FakeKvm({ present: false, usable: false, enableWorks: false }),
      retry: instantRetryPolicy(),
      platform: { os: 'linux', arch: 'x86_64' },
      manifest: { schema: 1, tools: {} },
      ...deps
    })
  } catch (error) {
    run.error = error as Error
  }
  return run
}

function execute(binary: string): string {
  return execFileSync(binary, ['--version'], { encoding: 'utf8' }).trim()
}

function cachedVersions(tool: string): string[] {
  const dir = join(toolCache, tool)
  return existsSync(dir) ? readdirSync(dir).filter((v) => existsSync(join(dir, v, 'x64.complete'))) : []
}

describe('installing release downloads', () => {
  test('latest, a range and an exact version resolve, verify, install and land on PATH; a second run touches no server', async () => {
    for (const v of ['0.9.3', '0.9.4']) publishKraft(github, v)
    publishKraft(github, '0.10.0-rc.1', { prerelease: true })
    for (const v of ['1.8.0', '1.9.0', '1.9.1', '1.10.0']) publishFirecracker(github, v)
    publishUhyve(github, '0.9.1')

    const first = await setup({ tools: 'kraft, firecracker@~1.9\nuhyve@0.9.1' })
    expect(first.error).toBeUndefined()
    expect(Object.fromEntries(first.outputs)).toMatchObject({
      'kraft-version': '0.9.4',
      'firecracker-version': '1.9.1',
      'uhyve-version': '0.9.1',
      'cache-hit': 'false',
      kvm: 'false'
    })
    const tools = JSON.parse(first.outputs.get('tools')!) as Record<string, { version: string; path: string }>
    expect(tools.kraft).toEqual({ version: '0.9.4', path: join(toolCache, 'kraft', '0.9.4', 'x64', 'bin') })
    expect(execute(join(tools.kraft.path, 'kraft'))).toBe('kraft version 0.9.4')
    expect(execute(join(tools.kraft.path, 'kraftld'))).toBe('kraftld version 0.9.4')
    expect(execute(join(tools.firecracker.path, 'firecracker'))).toBe('firecracker version 1.9.1')
    expect(execute(join(tools.firecracker.path, 'jailer'))).toBe('jailer version 1.9.1')
    expect(execute(join(tools.uhyve.path, 'uhyve'))).toBe('uhyve version 0.9.1')
    expect(first.env.PATH!.split(delimiter).slice(0, 3)).toEqual([tools.uhyve.path, tools.firecracker.path, tools.kraft.path])

    const log = first.logger.text()
    expect(log).toMatch(/kraft@latest: resolved to 0\.9\.4 \(latest release v0\.9\.4 of unikraft\/kraftkit\)/)
    expect(log).toMatch(/firecracker@~1\.9: not in the tool cache/)
    expect(log).toMatch(/firecracker@~1\.9: resolved to 1\.9\.1 \(newest release matching ~1\.9: v1\.9\.1 of firecracker-microvm\/firecracker\)/)
    expect(log).toMatch(
      /kraft 0\.9\.4: SHA-256 [0-9a-f]{64} verified against the checksum file kraftkit_0\.9\.4_checksums\.txt \(and the releases API digest\)/
    )
    expect(log).toMatch(/firecracker 1\.9\.1: SHA-256 [0-9a-f]{64} verified against the checksum file firecracker-v1\.9\.1-x86_64\.tgz\.sha256\.txt/)
    expect(log).toMatch(/uhyve 0\.9\.1: SHA-256 [0-9a-f]{64} verified against the releases API digest/)
    expect(log).toMatch(
      /kraft 0\.9\.4: downloading http:\/\/127\.0\.0\.1:\d+\/unikraft\/kraftkit\/releases\/download\/v0\.9\.4\/kraft_0\.9\.4_linux_amd64\.tar\.gz/
    )
    expect(log).toMatch(/To use these tools in your shell: export PATH=/)
    // Downloads (three archives, two checksum files) went through github.com-style redirects to the storage host.
    expect(github.requestsTo(/^\/storage\//).length).toBe(5)
    expect(first.result?.tools.map((t) => [t.name, t.source, t.verifiedBy])).toEqual([
      ['kraft', 'download', 'the checksum file kraftkit_0.9.4_checksums.txt'],
      ['firecracker', 'download', 'the checksum file firecracker-v1.9.1-x86_64.tgz.sha256.txt'],
      ['uhyve', 'download', 'the releases API digest']
    ])
    // Nothing is left behind in the work directory but the (empty) download area.
    expect(readdirSync(join(first.context.workRoot, 'setup', 'downloads'))).toEqual([])

    github.clearRequests()
    const second = await setup({ tools: 'kraft@0.9, firecracker@~1.9, uhyve@0.9.1' })
    expect(second.error).toBeUndefined()
    expect(github.requests).toEqual([])
    expect(second.outputs.get('cache-hit')).toBe('true')
    expect(second.logger.text()).toMatch(new RegExp(`kraft@0\\.9: found 0\\.9\\.4 in the tool cache \\(${join(toolCache, 'kraft', '0.9.4', 'x64')}\\)`))
    expect(second.outputs.get('tools')).toBe(first.outputs.get('tools'))

    // `latest` needs the API to know what latest is, but nothing is downloaded again.
    github.clearRequests()
    const third = await setup({ tools: 'kraft' })
    expect(third.error).toBeUndefined()
    expect(github.requests.map((r) => r.path)).toEqual(['/api/v3/repos/unikraft/kraftkit/releases/latest'])
    expect(third.logger.text()).toMatch(/kraft@latest: found 0\.9\.4 in the tool cache/)
  })

  test('a range that only a prerelease satisfies is not met; drafts never count', async () => {
    publishKraft(github, '0.9.4')
    publishKraft(github, '0.10.0-rc.1', { prerelease: true })
    publishKraft(github, '0.11.0', { draft: true })
    const run = await setup({ tools: 'kraft@>=0.10' })
    expect(run.error?.message).toMatch(/input `tools`: no release of kraft satisfies `>=0\.10` \(unikraft\/kraftkit has 0\.9\.4\)/)
  })

  test('releases beyond the first page of the API are found, without paging through the releases', async () => {
    for (let minor = 0; minor < 105; minor++) publishUhyve(github, `0.${minor}.0`, { noDigest: true })
    const run = await setup({ tools: 'uhyve@0.0', 'allow-unverified': 'true' })
    expect(run.error).toBeUndefined()
    expect(run.outputs.get('uhyve-version')).toBe('0.0.0')
    expect(github.requestsTo(/git\/matching-refs\/tags$/).length).toBe(1)
    expect(github.requestsTo(/\/releases\?/).length).toBe(0)
  })
})

describe('verification', () => {
  test('a checksum file that disagrees fails the step; the download is deleted and nothing is cached', async () => {
    publishKraft(github, '0.9.4', { wrongChecksum: true })
    const run = await setup({ tools: 'kraft@0.9.4' })
    expect(run.error?.name).toBe('ChecksumMismatchError')
    expect(run.error?.message).toMatch(
      /^kraft 0\.9\.4: kraft_0\.9\.4_linux_amd64\.tar\.gz has SHA-256 [0-9a-f]{64}, but the checksum file kraftkit_0\.9\.4_checksums\.txt says f{64}; the download was deleted and nothing was installed$/
    )
    expect(cachedVersions('kraft')).toEqual([])
    expect(readdirSync(join(run.context.workRoot, 'setup', 'downloads'))).toEqual([])
  })

  test('an API digest that disagrees fails even when the checksum file agrees', async () => {
    publishFirecracker(github, '1.9.1', { wrongDigest: true })
    const run = await setup({ tools: 'firecracker@1.9.1' })
    expect(run.error?.message).toMatch(/firecracker 1\.9\.1: .* but the releases API digest says f{64}/)
    expect(cachedVersions('firecracker')).toEqual([])
  })

  test('no checksum anywhere: refused, naming allow-unverified; accepted with it, with a warning', async () => {
    publishUhyve(github, '0.9.1', { noDigest: true })
    const refused = await setup({ tools: 'uhyve@0.9.1' })
    expect(refused.error?.message).toMatch(
      /^input `allow-unverified`: uhyve 0\.9\.1: there is no SHA-256 to verify uhyve-v0\.9\.1-linux-amd64\.tar\.gz against \(looked for: a hash pinned in the versions manifest for uhyve 0\.9\.1 uhyve-v0\.9\.1-linux-amd64\.tar\.gz; the releases API digest \(none for uhyve-v0\.9\.1-linux-amd64\.tar\.gz in v0\.9\.1\)\); pin it .* or set allow-unverified: true/
    )
    expect(cachedVersions('uhyve')).toEqual([])

    const accepted = await setup({ tools: 'uhyve@0.9.1', 'allow-unverified': 'true' })
    expect(accepted.error).toBeUndefined()
    expect(accepted.logger.text('warning')).toMatch(/uhyve 0\.9\.1: installing uhyve-v0\.9\.1-linux-amd64\.tar\.gz UNVERIFIED \(SHA-256 [0-9a-f]{64}\)/)
    expect(accepted.result?.tools[0].verifiedBy).toBe('nothing (allow-unverified)')
  })

  test('a hash pinned in the versions manifest verifies without any API call; a pinned hash that disagrees fails', async () => {
    publishKraft(github, '0.9.4', { noChecksumFile: true, noDigest: true })
    const pinned = sha256Hex(kraftArchive('0.9.4'))
    const good = await setup({ tools: 'kraft@0.9.4' }, { manifest: { schema: 1, tools: { kraft: { '0.9.4': { 'kraft_0.9.4_linux_amd64.tar.gz': pinned } } } } })
    expect(good.error).toBeUndefined()
    expect(good.logger.text()).toMatch(/verified against the versions manifest \(pinned\)$/m)
    expect(github.requestsTo(/^\/api\//)).toEqual([])

    rmSync(join(toolCache, 'kraft'), { recursive: true })
    const bad = await setup(
      { tools: 'kraft@0.9.4' },
      { manifest: { schema: 1, tools: { kraft: { '0.9.4': { 'kraft_0.9.4_linux_amd64.tar.gz': '0'.repeat(64) } } } } }
    )
    expect(bad.error?.message).toMatch(/but the versions manifest \(pinned\) says 0{64}/)
    expect(cachedVersions('kraft')).toEqual([])
  })
})

describe('archives that try to escape are refused, whatever their checksums say', () => {
  test.each([
    [
      'tar-slip',
      tarGz([
        { type: 'file', path: 'kraft', content: fakeExecutable('kraft', '0.9.4'), mode: 0o755 },
        { type: 'file', path: '../../escaped', content: 'x' }
      ]),
      /entry `\.\.\/\.\.\/escaped` has a '\.\.' path component/
    ],
    [
      'symlink escape',
      tarGz([
        { type: 'symlink', path: 'here', target: '.' },
        { type: 'directory', path: 'sub/' },
        { type: 'symlink', path: 'sub/out', target: '../here/..' },
        { type: 'file', path: 'kraft', content: fakeExecutable('kraft', '0.9.4'), mode: 0o755 }
      ]),
      /symlink `sub\/out` → `\.\.\/here\/\.\.` points outside kraft_0\.9\.4_linux_amd64\.tar\.gz/
    ]
  ])('%s', async (_name, archive, message) => {
    publishKraft(github, '0.9.4', { archive })
    const run = await setup({ tools: 'kraft@0.9.4' })
    expect(run.error?.message).toMatch(/^kraft 0\.9\.4: kraft_0\.9\.4_linux_amd64\.tar\.gz is unsafe to extract, nothing was installed: /)
    expect(run.error?.message).toMatch(message)
    expect(cachedVersions('kraft')).toEqual([])
    expect(existsSync(join(run.context.workRoot, 'setup', 'escaped'))).toBe(false)
    expect(readdirSync(join(run.context.workRoot, 'setup', 'downloads'))).toEqual([])
  })
})

describe('HTTP errors say what they mean', () => {
  test('404: a version that is not released, and a release with no build for this platform', async () => {
    publishKraft(github, '0.9.4')
    const missing = await setup({ tools: 'kraft@9.9.9' })
    expect(missing.error?.message).toMatch(
      /^input `tools`: kraft 9\.9\.9 is not available for linux\/x86_64: http:\/\/127\.0\.0\.1:\d+\/unikraft\/kraftkit\/releases\/download\/v9\.9\.9\/kraft_9\.9\.9_linux_amd64\.tar\.gz answered 404/
    )
    expect(missing.logger.text()).toMatch(/no release tagged v9\.9\.9 in unikraft\/kraftkit/)

    github.addRelease('firecracker-microvm/firecracker', { tag: 'v1.9.1', assets: [{ name: 'firecracker-v1.9.1-aarch64.tgz', content: 'arm only' }] })
    const noBuild = await setup({ tools: 'firecracker@1.9' })
    expect(noBuild.error?.message).toMatch(
      /^input `tools`: firecracker 1\.9\.1 is not available for linux\/x86_64: .*firecracker-v1\.9\.1-x86_64\.tgz answered 404 \(no such version, or no build of it for this platform\)/
    )
  })

  test('a tool with no build for this platform at all is refused before any request', async () => {
    const run = await setup({ tools: 'uhyve' }, { platform: { os: 'linux', arch: 'arm64' } })
    expect(run.error?.message).toMatch(/^input `tools`: uhyve is not available for linux\/arm64: uhyve publishes release binaries for linux\/x86_64 only/)
    expect(github.requests).toEqual([])
  })

  test('a rate-limited API: a clear error naming github-token; with a token it works', async () => {
    await github.close()
    github = await startFakeGitHub({ anonymousRateLimit: 0, token: 'ghs_test' })
    publishKraft(github, '0.9.4')
    const limited = await setup({ tools: 'kraft@0.9' })
    expect(limited.error?.message).toMatch(
      /^input `github-token`: rate limited by the GitHub API \(http:\/\/127\.0\.0\.1:\d+\/api\/v3\/repos\/unikraft\/kraftkit\/git\/matching-refs\/tags\) while reading the releases of unikraft\/kraftkit \(it resets at 2025-07-01T01:00:00\.000Z\); pass github-token/
    )
    // A rate limit is not retried: it does not lift within seconds.
    expect(github.requestsTo(/^\/api\//).length).toBe(1)

    const authorised = await setup({ tools: 'kraft@0.9', 'github-token': 'ghs_test' })
    expect(authorised.error).toBeUndefined()
    expect(github.requestsTo(/^\/api\//).every((r) => r.status !== 200 || r.headers.authorization === 'token ghs_test')).toBe(true)

    const wrong = await setup({ tools: 'kraft@0.8', 'github-token': 'ghs_wrong' })
    expect(wrong.error?.message).toMatch(/^input `github-token`: the GitHub API .* refused the token \(HTTP 401\)/)
  })

  test('429 from the API is a rate limit too', async () => {
    publishKraft(github, '0.9.4')
    github.fail({ path: /^\/api\//, status: 429, headers: { 'retry-after': '60' } })
    const run = await setup({ tools: 'kraft' })
    expect(run.error?.message).toMatch(/^input `github-token`: rate limited by the GitHub API/)
  })

  test('downloads are retried under the retry policy: 503 twice then success; 503 every time fails after 5 attempts', async () => {
    publishUhyve(github, '0.9.1')
    github.fail({ path: /\/releases\/download\/v0\.9\.1\//, status: 503, times: 2 })
    const recovered = await setup({ tools: 'uhyve@0.9.1' })
    expect(recovered.error).toBeUndefined()
    expect(recovered.logger.text()).toMatch(/Downloading http:\/\/.*uhyve-v0\.9\.1-linux-amd64\.tar\.gz: HTTP 503; retrying in \d+\.\d s \(attempt 2 of 5\)/)
    expect(github.requestsTo(/\/releases\/download\//).map((r) => r.status)).toEqual([503, 503, 302])

    rmSync(join(toolCache, 'uhyve'), { recursive: true })
    github.clearRequests()
    github.fail({ path: /\/releases\/download\/v0\.9\.1\//, status: 503 })
    const failed = await setup({ tools: 'uhyve@0.9.1' })
    expect(failed.error?.message).toMatch(/^uhyve 0\.9\.1: downloading .* failed with HTTP 503$/)
    expect(github.requestsTo(/\/releases\/download\//).length).toBe(5)
  })
})

describe('tools outside GitHub and tools built here', () => {
  test('ops comes from its own bucket through a TOOL=URL mirror; its MD5 is no verification', async () => {
    const binary = publishOps(github, '0.1.43')
    const mirror = `${github.url}/cli`
    const refused = await setup({ tools: 'ops@0.1.43', mirror: `ops=${mirror}` })
    expect(refused.error?.message).toMatch(
      /input `allow-unverified`: ops 0\.1\.43: there is no SHA-256 to verify ops-linux-0\.1\.43 against \(looked for: .*ops publishes only MD5 sums .* and MD5 is not verification/
    )

    github.clearRequests()

    const pinned = await setup(
      { tools: 'ops@0.1.43', mirror: `ops=${mirror}` },
      { manifest: { schema: 1, tools: { ops: { '0.1.43': { 'ops-linux-0.1.43': sha256Hex(binary) } } } } }
    )
    expect(pinned.error).toBeUndefined()
    expect(execute(join(pinned.result!.tools[0].path, 'ops'))).toBe('ops version 0.1.43')
    expect(github.requestsTo(/^\/cli\/linux\/release\/0\.1\.43\/ops$/).length).toBe(1)
    expect(github.requestsTo(/^\/api\//)).toEqual([])
  })

  test('ops versions are listed through the GitHub releases of nanovms/ops', async () => {
    publishOps(github, '0.1.42')
    publishOps(github, '0.1.43')
    const run = await setup({ tools: 'ops@0.1', mirror: `ops=${github.url}/cli`, 'allow-unverified': 'true' })
    expect(run.error).toBeUndefined()
    expect(run.outputs.get('ops-version')).toBe('0.1.43')
  })

  test('solo5 is built from its source release (configure.sh, make, make install) and cached like a download', async () => {
    publishSolo5(github, '0.9.0')
    const run = await setup({ tools: 'solo5@0.9' })
    expect(run.error).toBeUndefined()
    const bin = run.result!.tools[0].path
    expect(execute(join(bin, 'solo5-hvt'))).toBe('solo5-hvt version 0.9.0')
    expect(execute(join(bin, 'solo5-spt'))).toBe('solo5-spt version 0.9.0')
    expect(run.logger.text('info')).toMatch(/solo5 0\.9\.0: \.\/configure\.sh --prefix=.*\nsolo5 0\.9\.0: make -j\d+\nsolo5 0\.9\.0: make install/)

    github.clearRequests()
    const again = await setup({ tools: 'solo5@0.9.0' })
    expect(again.result?.tools[0].source).toBe('tool-cache')
    expect(github.requests).toEqual([])
  })

  test('a Solo5 build without libseccomp (no spt tender) or a failing make says what is missing', async () => {
    publishSolo5(github, '0.9.0', { withoutSpt: true })
    publishSolo5(github, '0.9.1', { failBuild: true })
    const noSpt = await setup({ tools: 'solo5@0.9.0' })
    expect(noSpt.error?.message).toMatch(
      /building solo5 0\.9\.0 produced no solo5-spt \(its configure skips spt without libseccomp: install libseccomp-dev and pkg-config\)/
    )
    const failed = await setup({ tools: 'solo5@0.9.1' })
    expect(failed.error?.message).toMatch(
      /building solo5 0\.9\.1 failed at `make -j\d+` \(exit 2\); it needs make, a C compiler, pkg-config and libseccomp-dev\. Last output:\n[^]*seccomp\.h: No such file or directory/
    )
    expect(cachedVersions('solo5')).toEqual([])
  })
})

describe('qemu from the OS packages', () => {
  test('a suitable QEMU on PATH is used as is: no apt-get', async () => {
    const runner = new RecordingRunner()
    const run = await setup({ tools: 'qemu@>=7' }, { commands: runner })
    expect(run.error).toBeUndefined()
    expect(run.outputs.get('qemu-version')).toMatch(/^\d+\.\d+\.\d+$/)
    expect(run.logger.text()).toMatch(/qemu: found QEMU \d+\.\d+\.\d+ at \/usr\/bin\/qemu-system-x86_64; nothing to install/)
    expect(runner.calls).toEqual([['/usr/bin/qemu-system-x86_64', '--version']])
    expect(run.result?.tools[0]).toMatchObject({ name: 'qemu', path: '/usr/bin', source: 'system' })
    expect(run.outputs.get('cache-hit')).toBe('true')
  })

  test('a version range the present QEMU does not meet runs the apt install, and its failure is reported', async () => {
    const runner = new RecordingRunner()
    const run = await setup({ tools: 'qemu@>=99' }, { commands: runner })
    const isRoot = process.getuid?.() === 0
    expect(runner.calls[1]).toEqual([...(isRoot ? [] : ['sudo', '-n']), 'apt-get', 'update', '-q'])
    expect(run.error?.message).toMatch(/^installing QEMU failed at `(sudo -n )?apt-get update -q` \(exit 100\)/)
    expect(run.logger.text()).toMatch(/does not satisfy >=99; installing the OS package/)
  })
})

describe('KVM', () => {
  test.each([
    ['usable already', { present: true, usable: true, enableWorks: false }, 'true', 0, /KVM: \/dev\/kvm is usable$/m],
    ['absent', { present: false, usable: false, enableWorks: false }, 'false', 0, /this machine has no \/dev\/kvm/],
    ['present, made usable', { present: true, usable: false, enableWorks: true }, 'true', 1, /KVM: \/dev\/kvm is usable now/],
    [
      'present, enabling fails',
      { present: true, usable: false, enableWorks: false },
      'false',
      1,
      /KVM: \/dev\/kvm exists but this user cannot open it; device permissions are changed only on GitHub-hosted runners/
    ]
  ])('%s', async (_name, state, output, enableCalls, message) => {
    const kvm = new FakeKvm(state)
    // No VMM on PATH: `kvm` follows the device alone (with one, its own check decides: setup-kvm.test.ts).
    const run = await setup({ tools: '' }, { kvm }, { path: '' })
    expect(run.error).toBeUndefined()
    expect(run.outputs.get('kvm')).toBe(output)
    expect(kvm.enableCalls).toBe(enableCalls)
    expect(run.logger.text()).toMatch(message)
  })

  test('enable-kvm: false leaves the device alone', async () => {
    const kvm = new FakeKvm({ present: true, usable: false, enableWorks: true })
    const run = await setup({ tools: '', 'enable-kvm': 'false' }, { kvm })
    expect(run.outputs.get('kvm')).toBe('false')
    expect(kvm.enableCalls).toBe(0)
  })
})

describe('the Actions cache (fake cache service, real @actions/cache)', () => {
  let service: FakeCacheService
  let restoreEnv: () => void
  beforeEach(async () => {
    service = await startFakeCacheService()
    restoreEnv = useFakeCacheServiceInProcess(service, { GITHUB_WORKSPACE: scratch, RUNNER_TEMP: runnerTemp })
  })
  afterEach(async () => {
    restoreEnv()
    await service.close()
  })

  test('a download is saved by the post step; a fresh tool cache restores it by exact version without GitHub', async () => {
    publishFirecracker(github, '1.9.1')
    const first = await setup({ tools: 'firecracker@1.9.1' }, {}, { cache: true })
    expect(first.error).toBeUndefined()
    expect(first.logger.text()).toMatch(/firecracker 1\.9\.1: not in the Actions cache \(key unikernel-actions-setup-firecracker-1\.9\.1-linux-x86_64\)/)
    expect(JSON.parse(first.context.state.get('cache-saves'))).toEqual([
      {
        tool: 'firecracker',
        version: '1.9.1',
        key: 'unikernel-actions-setup-firecracker-1.9.1-linux-x86_64',
        path: join(first.context.workRoot, 'setup', 'installed', 'firecracker-1.9.1-linux-x86_64')
      }
    ])
    await setupPost(first.context)
    expect(first.logger.text()).toMatch(/firecracker 1\.9\.1: saved to the Actions cache \(key unikernel-actions-setup-firecracker-1\.9\.1-linux-x86_64\)/)
    expect(service.entries().map((e) => e.key)).toEqual(['unikernel-actions-setup-firecracker-1.9.1-linux-x86_64'])

    // A new job: empty tool cache, empty work directory.
    toolCache = mkdtempSync(join(scratch, 'tool-cache-'))
    rmSync(join(first.context.workRoot, 'setup'), { recursive: true, force: true })
    github.clearRequests()
    const second = await setup({ tools: 'firecracker@1.9.1' }, {}, { cache: true })
    expect(second.error).toBeUndefined()
    expect(second.logger.text()).toMatch(/firecracker 1\.9\.1: restored from the Actions cache/)
    expect(github.requests).toEqual([])
    expect(second.outputs.get('cache-hit')).toBe('true')
    expect(execute(join(second.result!.tools[0].path, 'firecracker'))).toBe('firecracker version 1.9.1')
    expect(cachedVersions('firecracker')).toEqual(['1.9.1'])
    expect(second.context.state.get('cache-saves')).toBe('')
  })

  test('with cache: false nothing is looked up or saved', async () => {
    publishUhyve(github, '0.9.1')
    const run = await setup({ tools: 'uhyve@0.9.1' }, {}, { cache: false })
    expect(run.error).toBeUndefined()
    expect(service.requests).toEqual([])
    expect(run.context.state.get('cache-saves')).toBe('')
  })
})
