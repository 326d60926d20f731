import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse } from 'yaml'
import { readSetupOptions, setupAction, SETUP_INPUTS, type SetupResult } from '../../src/actions/setup.js'
import { terminalContext } from '../../src/runtime/context.js'
import { Inputs, MapInputs, type InputSource } from '../../src/runtime/inputs.js'
import type { Logger } from '../../src/runtime/logger.js'
import { MemoryLogger } from '../../src/runtime/logger.js'
import { SpawnRunner, type CommandOptions, type CommandResult, type CommandRunner } from '../../src/tools/commands.js'
import { instantRetryPolicy } from '../support/retry.js'
import { TOOL_NAMES, type ToolName } from '../../src/tools/types.js'
import type { KvmProbe } from '../../src/vmm/kvm.js'
import { changeEnvironment } from '../support/environment.js'
import { startFakeGitHub, type FakeGitHub } from '../support/fake-github.js'
import { repoRoot } from '../support/run-action.js'
import { fakeExecutable, publishFirecracker, publishKraft, publishOps, publishSolo5, publishUhyve, sha256Hex } from '../support/tool-fixtures.js'

// actions/setup/action.yml held against what `setup` does, rather than against copies of it: the
// inputs it reads, what the runner's defaults make it do, and the outputs it writes.

interface ActionYml {
  inputs: Record<string, { description: string; default?: string }>
  outputs: Record<string, { description: string }>
  runs: { using: string; main: string; post?: string; 'post-if'?: string }
}

const action = parse(readFileSync(join(repoRoot, 'actions', 'setup', 'action.yml'), 'utf8')) as ActionYml
const JOB_TOKEN = 'ghs_job_token'
const ON_GITHUB_COM = { GITHUB_SERVER_URL: 'https://github.com', GITHUB_API_URL: 'https://api.github.com' }

/** What the runner sends when the workflow gives no inputs: every default, `${{ github.token }}` evaluated. */
function runnerDefaults(): Record<string, string> {
  const sent: Record<string, string> = {}
  for (const [name, spec] of Object.entries(action.inputs)) {
    if (spec.default !== undefined) sent[name] = spec.default === '${{ github.token }}' ? JOB_TOKEN : spec.default
  }
  return sent
}

/** An input source that remembers every input asked for. */
class RecordingInputs implements InputSource {
  readonly read = new Set<string>()
  constructor(private readonly values: Record<string, string>) {}
  get(name: string): string {
    this.read.add(name)
    return (this.values[name] ?? '').trim()
  }
  secret(name: string): string {
    return this.get(name)
  }
}

/** /dev/kvm is there but closed to the runner user; enabling it works. */
class ClosedKvm implements KvmProbe {
  enabled = false
  async present(): Promise<boolean> {
    return true
  }
  async usable(): Promise<boolean> {
    return this.enabled
  }
  async enable(_logger: Logger): Promise<boolean> {
    this.enabled = true
    return true
  }
}

/** Runs what setup runs (configure, make, QEMU's --version) but no apt-get: nothing is installed on this machine. */
class NoAptRunner implements CommandRunner {
  private readonly inner = new SpawnRunner()
  async run(argv: readonly string[], options?: CommandOptions): Promise<CommandResult> {
    if (argv.includes('apt-get')) return { status: 100, stdout: '', stderr: 'E: refused by the test' }
    return this.inner.run(argv, options)
  }
}

const OPS_VERSION = '0.1.43'

/** Publishes one release of each download tool on the fake GitHub, shaped as its project publishes it. */
const publishers: Record<Exclude<ToolName, 'qemu'>, (github: FakeGitHub) => unknown> = {
  kraft: (github) => publishKraft(github, '0.9.4'),
  firecracker: (github) => publishFirecracker(github, '1.9.1'),
  uhyve: (github) => publishUhyve(github, '0.9.1'),
  solo5: (github) => publishSolo5(github, '0.9.0'),
  ops: (github) => publishOps(github, OPS_VERSION)
}

describe('setup with the runner defaults, installing every tool it knows', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'setup-action-yml-'))
  let github: FakeGitHub
  let inputs: RecordingInputs
  let outputs: Map<string, string>
  let logger: MemoryLogger
  let kvm: ClosedKvm
  let result: SetupResult
  let restoreEnv: () => void = () => undefined

  beforeAll(async () => {
    github = await startFakeGitHub()
    for (const name of TOOL_NAMES) if (name !== 'qemu') publishers[name](github)
    // ops publishes only MD5 sums: its hash is pinned, as the versions manifest would pin it.
    const opsBinary = Buffer.from(fakeExecutable('ops', OPS_VERSION))
    // Nothing on this machine points @actions/cache at a service: the local answer is the one asserted.
    restoreEnv = changeEnvironment({
      ACTIONS_CACHE_SERVICE_V2: undefined,
      ACTIONS_RESULTS_URL: undefined,
      ACTIONS_CACHE_URL: undefined,
      ACTIONS_RUNTIME_TOKEN: undefined
    })
    inputs = new RecordingInputs({
      ...runnerDefaults(),
      tools: TOOL_NAMES.join(', '),
      'api-url': github.apiUrl,
      mirror: `${github.url}, ops=${github.url}/cli`
    })
    logger = new MemoryLogger()
    kvm = new ClosedKvm()
    const env = { PATH: process.env.PATH, HOME: process.env.HOME, RUNNER_TEMP: join(scratch, 'runner-temp'), RUNNER_TOOL_CACHE: join(scratch, 'tool-cache') }
    const context = terminalContext(inputs, env, logger)
    result = await setupAction(context, {
      kvm,
      retry: instantRetryPolicy(),
      commands: new NoAptRunner(),
      platform: { os: 'linux', arch: 'x86_64' },
      manifest: { schema: 1, tools: { ops: { [OPS_VERSION]: { [`ops-linux-${OPS_VERSION}`]: sha256Hex(opsBinary) } } } }
    })
    outputs = context.collected
  })

  afterAll(async () => {
    restoreEnv()
    await github?.close()
    rmSync(scratch, { recursive: true, force: true })
  })

  test('every tool is installed', () => {
    expect(result.tools.map((tool) => tool.name).sort()).toEqual([...TOOL_NAMES].sort())
  })

  test('the inputs declared are exactly those setup reads, which are the flags the CLI accepts', () => {
    expect([...inputs.read].sort()).toEqual(Object.keys(action.inputs).sort())
    expect([...SETUP_INPUTS].sort()).toEqual([...inputs.read].sort())
  })

  test('the outputs declared are exactly those setup writes', () => {
    expect([...outputs.keys()].sort()).toEqual(Object.keys(action.outputs).sort())
  })

  test('by default a /dev/kvm closed to the runner user is opened (enable-kvm), and the Actions cache is consulted (cache)', () => {
    expect(kvm.enabled).toBe(true)
    expect(outputs.get('kvm')).toBe('true')
    expect(logger.text('info')).toMatch(/Actions cache: not used \(no Actions cache service/)
  })

  test('by default the job token goes to the releases API', () => {
    const api = github.requestsTo(/^\/api\//)
    expect(api.length).toBeGreaterThan(0)
    for (const request of api) expect(request.headers.authorization).toBe(`token ${JOB_TOKEN}`)
  })
})

describe('what the defaults mean', () => {
  const optionsWith = (values: Record<string, string>, env: NodeJS.ProcessEnv) =>
    readSetupOptions(new Inputs(new MapInputs(new Map(Object.entries(values)))), env)

  test('unverified downloads are refused; api-url (no default) resolves in code to the job API on github.com, with the job token', () => {
    expect(optionsWith(runnerDefaults(), ON_GITHUB_COM)).toMatchObject({ allowUnverified: false, apiUrl: 'https://api.github.com', token: JOB_TOKEN })
  })

  test("on GHES, github.com's API without the GHES job token", () => {
    const options = optionsWith(runnerDefaults(), { GITHUB_SERVER_URL: 'https://ghes.example.com', GITHUB_API_URL: 'https://ghes.example.com/api/v3' })
    expect(options.apiUrl).toBe('https://api.github.com')
    expect(options.token).toBeUndefined()
  })

  test.each(['tools', 'mirror'])('%s: split on newlines and commas, as its description says', (name) => {
    expect(action.inputs[name].description).toMatch(/List: newline- or comma-separated\./)
    const values = name === 'tools' ? 'kraft, ops\nqemu' : 'https://mirror.example.com\nops=https://a.example.com, solo5=https://b.example.com'
    const options = optionsWith({ ...runnerDefaults(), [name]: values }, ON_GITHUB_COM)
    if (name === 'tools') expect(options.tools.map((tool) => tool.name)).toEqual(['kraft', 'ops', 'qemu'])
    else expect(Object.keys(options.bases.perTool)).toEqual(['ops', 'solo5'])
  })
})

describe('how the runner runs it', () => {
  test('the post step saves caches on success only, like setup-go', () => {
    expect(action.runs['post-if']).toBe('success()')
  })
})
