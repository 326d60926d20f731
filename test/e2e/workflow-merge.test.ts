import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse } from 'yaml'
import { signAction } from '../../src/actions/sign.js'
import { verifyAction } from '../../src/actions/verify.js'
import { bootWith, NO_KVM } from '../support/boot.js'
import { bootEntries, fakeKernel, writeOciFixture } from '../support/oci-fixture.js'
import { skopeoRawDigest } from '../support/skopeo-digest.js'
import { fixturePath, requireTool } from '../support/fixtures.js'
import { publishWith, startRegistry, type RegistryServer } from '../support/registry.js'
import { parseFileCommands } from '../support/file-commands.mjs'
import { repoRoot } from '../support/run-action.js'
import { opensslKeyPair, runInProcess } from '../support/signing.js'
import { buildWith, skopeo } from './build-run.js'

/**
 * The reusable workflow's merge path, step by step as .github/workflows/unikernel.yml wires it: its own
 * shell steps (plan, leg tools, record, collect, summary) run with bash from the workflow file, with the
 * environment its `env:` blocks give them; its action steps run in-process with the `with:` values the
 * workflow passes. Two targets, qemu/x86_64 and qemu/arm64, are built by the custom toolchain from
 * prebuilt kernels, each leg with its own RUNNER_TEMP as on its own runner; each is pushed by digest to
 * a local registry, merged into one index, signed with a key and verified.
 */

const WORKFLOW = join(repoRoot, '.github', 'workflows', 'unikernel.yml')

interface Step {
  id?: string
  name?: string
  uses?: string
  if?: string
  with?: Record<string, unknown>
  env?: Record<string, string>
  run?: string
}
interface Workflow {
  on: { workflow_call: { inputs: Record<string, { type: string; default?: unknown }>; outputs: Record<string, { value: string }> } }
  jobs: Record<string, { outputs?: Record<string, string>; steps: Step[] }>
}

const workflow = parse(readFileSync(WORKFLOW, 'utf8')) as Workflow

function step(job: string, id: string): Step {
  const found = workflow.jobs[job]?.steps.find((s) => s.id === id)
  if (!found) throw new Error(`unikernel.yml has no step \`${id}\` in job \`${job}\``)
  return found
}

/** The contexts a step's expressions read; only plain property paths are evaluated, anything else must be given. */
type Contexts = Record<string, unknown>

function lookup(path: string, contexts: Contexts): string {
  const [root, ...keys] = path.split('.')
  let value: unknown = contexts[root]
  if (value === undefined) throw new Error(`\`${path}\`: the test gives no \`${root}\` context`)
  for (const [index, key] of keys.entries()) {
    if (value !== null && typeof value === 'object' && key in value) {
      value = (value as Record<string, unknown>)[key]
      continue
    }
    // An output a step did not set reads as '' (steps.<id>.outputs.<name>); an unknown step or input is the test's bug.
    if (root === 'steps' && index === 2) return ''
    throw new Error(`\`${path}\` does not resolve: no \`${key}\``)
  }
  return typeof value === 'object' ? JSON.stringify(value) : String(value)
}

function evaluate(text: string, contexts: Contexts): string {
  return text.replace(/\$\{\{\s*(.*?)\s*\}\}/g, (_whole, expression: string) => {
    if (!/^[\w-]+(?:\.[\w-]+)*$/.test(expression)) throw new Error(`the test does not evaluate \`${expression}\`; give that value explicitly`)
    return lookup(expression, contexts)
  })
}

/**
 * A step's inputs as the runner hands them to the action: its `with:` values (every value a string), and
 * action.yml's defaults for the inputs `with:` leaves out.
 */
function withOf(s: Step, contexts: Contexts, given: Record<string, string> = {}): Record<string, string> {
  expect(Object.keys(given).filter((key) => !(key in (s.with ?? {})))).toEqual([])
  const action = /^\.\/\.unikernel-actions\/(actions\/[\w-]+)$/.exec(s.uses ?? '')?.[1]
  if (!action) throw new Error(`step ${s.id} does not use one of our actions: ${s.uses}`)
  const declared = (parse(readFileSync(join(repoRoot, action, 'action.yml'), 'utf8')) as { inputs: Record<string, { default?: string }> }).inputs
  const defaults = Object.entries(declared).flatMap(([key, spec]) =>
    spec.default === undefined ? [] : [[key, evaluate(String(spec.default), { ...contexts, github: { token: '' } })]]
  )
  const passed = Object.entries(s.with ?? {}).map(([key, value]) => [key, key in given ? given[key] : evaluate(String(value), contexts)])
  return Object.fromEntries([...defaults, ...passed])
}

interface ScriptRun {
  status: number | null
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
}

/** Runs a `run:` step as the runner does with `shell: bash`, its `env:` evaluated (or given, for expressions with operators). */
function runScript(s: Step, contexts: Contexts, runnerTemp: string, given: Record<string, string> = {}): ScriptRun {
  expect(s.run).toBeDefined()
  expect(Object.keys(given).filter((key) => !(key in (s.env ?? {})))).toEqual([])
  const env = Object.fromEntries(Object.entries(s.env ?? {}).map(([key, value]) => [key, key in given ? given[key] : evaluate(String(value), contexts)]))
  const dir = mkdtempSync(join(runnerTemp, 'step-'))
  const script = join(dir, 'script.sh')
  const output = join(dir, 'output')
  const summary = join(dir, 'summary')
  writeFileSync(script, s.run!)
  writeFileSync(output, '')
  writeFileSync(summary, '')
  const result = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', script], {
    env: { PATH: process.env.PATH, HOME: runnerTemp, RUNNER_TEMP: runnerTemp, GITHUB_OUTPUT: output, GITHUB_STEP_SUMMARY: summary, ...env },
    encoding: 'utf8'
  })
  return {
    status: result.status,
    stdout: result.stdout,
    stderr: result.stderr,
    outputs: parseFileCommands(readFileSync(output, 'utf8')),
    summary: readFileSync(summary, 'utf8')
  }
}

/** The workflow_call defaults, overridden by what a caller passes; booleans as the expressions render them. */
function callerInputs(given: Record<string, string>): Record<string, string> {
  const inputs = Object.fromEntries(
    Object.entries(workflow.on.workflow_call.inputs).map(([name, spec]) => [name, spec.default === undefined ? '' : String(spec.default)])
  )
  expect(Object.keys(given).filter((key) => !(key in inputs))).toEqual([])
  return { ...inputs, ...given }
}

/** A minimal valid ELF64 for AArch64 (EM_AARCH64): one PT_LOAD with `wfi; b .` at 0x40080000. Never booted here. */
function aarch64Elf(): Buffer {
  const entry = 0x40080000n
  const code = Buffer.from([0x7f, 0x20, 0x03, 0xd5, 0x00, 0x00, 0x00, 0x14])
  const header = Buffer.alloc(64)
  Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1]).copy(header)
  header.writeUInt16LE(2, 16) // ET_EXEC
  header.writeUInt16LE(0xb7, 18) // EM_AARCH64
  header.writeUInt32LE(1, 20)
  header.writeBigUInt64LE(entry, 24)
  header.writeBigUInt64LE(64n, 32) // e_phoff
  header.writeUInt16LE(64, 52) // e_ehsize
  header.writeUInt16LE(56, 54) // e_phentsize
  header.writeUInt16LE(1, 56) // e_phnum
  const program = Buffer.alloc(56)
  program.writeUInt32LE(1, 0) // PT_LOAD
  program.writeUInt32LE(5, 4) // R X
  program.writeBigUInt64LE(120n, 8)
  program.writeBigUInt64LE(entry, 16)
  program.writeBigUInt64LE(entry, 24)
  program.writeBigUInt64LE(BigInt(code.length), 32)
  program.writeBigUInt64LE(BigInt(code.length), 40)
  program.writeBigUInt64LE(8n, 48)
  return Buffer.concat([header, program, code])
}

const GITHUB_ENV = {
  GITHUB_REPOSITORY: 'acme/web',
  GITHUB_SHA: 'c0ffee0000000000000000000000000000000000',
  GITHUB_REF: 'refs/tags/v1.0.0',
  GITHUB_WORKFLOW_REF: 'acme/web/.github/workflows/release.yml@refs/tags/v1.0.0',
  GITHUB_RUN_ID: '7',
  GITHUB_RUN_ATTEMPT: '1'
}
const ACTIONS_REF = 'ab'.repeat(20)
const TARGETS = ['qemu/x86_64', 'qemu/arm64']
const RUNNERS: Record<string, string> = { 'qemu/x86_64': 'ubuntu-latest', 'qemu/arm64': 'ubuntu-24.04-arm' }

interface Leg {
  target: string
  runnerTemp: string
  steps: Record<string, { outcome: string; outputs: Record<string, string> }>
  record: Record<string, unknown>
}

describe('the reusable workflow merges two targets into one signed index', () => {
  let scratch: string
  let registry: RegistryServer
  let inputs: Record<string, string>
  let plan: Record<string, string>
  let image: string
  const legs: Leg[] = []
  const pair = opensslKeyPair()
  let merge: { runnerTemp: string; contexts: Contexts; collect: ScriptRun; digest: string }

  beforeAll(async () => {
    // The workflow's shell steps use jq, as every hosted runner has it.
    requireTool('jq')
    scratch = mkdtempSync(join(tmpdir(), 'workflow-merge-'))
    registry = await startRegistry()
    const project = join(scratch, 'checkout', 'project')
    mkdirSync(join(project, 'kernels'), { recursive: true })
    copyFileSync(await fixturePath('hello'), join(project, 'kernels', 'x86_64.elf'))
    writeFileSync(join(project, 'kernels', 'arm64.elf'), aarch64Elf())
    inputs = callerInputs({
      targets: JSON.stringify(TARGETS),
      path: project,
      toolchain: 'custom',
      command: 'cp "kernels/$UNIKERNEL_ARCH.elf" kernel.elf',
      kernel: 'kernel.elf',
      image: `${registry.host}/acme/web`,
      tags: '1.0.0, latest',
      expect: 'Hello from the fixture kernel'
    })
    const github = { repository: 'acme/web', ref_type: 'tag', sha: GITHUB_ENV.GITHUB_SHA }

    const planRun = runScript(step('plan', 'plan'), { inputs, github }, scratch, { ACTIONS_REPOSITORY: 'acme/unikernel-actions', ACTIONS_REF })
    if (planRun.status !== 0) throw new Error(`plan failed: ${planRun.stdout}${planRun.stderr}`)
    plan = planRun.outputs
    image = plan.image
    const needs = { plan: { outputs: plan, result: 'success' }, build: { result: 'success' } }

    for (const target of TARGETS) {
      // Each leg on a runner of its own: its own RUNNER_TEMP, so its own job state.
      const runnerTemp = mkdtempSync(join(scratch, `leg-${target.replace('/', '-')}-`))
      const steps: Leg['steps'] = {}
      const contexts = (): Contexts => ({ inputs, github, needs, matrix: { target }, steps, secrets: { REGISTRY_PASSWORD: '' }, runner: { temp: runnerTemp } })

      const tools = runScript(step('build', 'leg'), contexts(), runnerTemp)
      expect(tools.status).toBe(0)
      steps.leg = { outcome: 'success', outputs: tools.outputs }

      const build = await buildWith(withOf(step('build', 'build'), contexts()), { runnerTemp })
      if (build.error) throw build.error
      steps.build = { outcome: 'success', outputs: Object.fromEntries(build.outputs) }

      // The arm64 leg boots on an arm64 runner; this machine has only qemu-system-x86_64.
      if (target === 'qemu/x86_64') {
        const boot = await bootWith(withOf(step('build', 'boot'), contexts()), { runnerTemp, kvm: NO_KVM })
        if (boot.error) throw boot.error
        steps.boot = { outcome: 'success', outputs: Object.fromEntries(boot.outputs) }
      } else {
        steps.boot = { outcome: 'skipped', outputs: {} }
      }

      const publish = await publishWith(withOf(step('build', 'publish'), contexts()), { runnerTemp })
      if (publish.error) throw publish.error
      steps.publish = { outcome: 'success', outputs: Object.fromEntries(publish.outputs) }

      const record = runScript(step('build', 'record'), contexts(), runnerTemp, { RUNNER_LABEL: RUNNERS[target] })
      if (record.status !== 0) throw new Error(`record failed: ${record.stderr}`)
      const files = readdirSync(join(runnerTemp, 'unikernel-leg')).filter((name) => name.endsWith('.json'))
      expect(files).toEqual([`${target.replace('/', '-')}.json`])
      // The build's SBOM goes along for the merge job's sign.
      expect(readdirSync(join(runnerTemp, 'unikernel-leg', 'sbom'))).toEqual([`${target.replace('/', '-')}.spdx.json`])
      legs.push({ target, runnerTemp, steps, record: JSON.parse(readFileSync(join(runnerTemp, 'unikernel-leg', files[0]), 'utf8')) })
    }

    // download-artifact with merge-multiple: every leg's record in one directory of the merge job's runner.
    const runnerTemp = mkdtempSync(join(scratch, 'merge-'))
    for (const leg of legs) cpSync(join(leg.runnerTemp, 'unikernel-leg'), join(runnerTemp, 'unikernel-legs'), { recursive: true })
    const steps: Record<string, { outcome: string; outputs: Record<string, string> }> = {}
    const contexts: Contexts = {
      inputs,
      github,
      needs,
      steps,
      secrets: { REGISTRY_PASSWORD: '', SIGNING_KEY: pair.privatePem, SIGNING_KEY_PASSWORD: '' },
      runner: { temp: runnerTemp }
    }
    const collect = runScript(step('merge', 'collect'), contexts, runnerTemp)
    if (collect.status !== 0) throw new Error(`collect failed: ${collect.stdout}${collect.stderr}`)
    steps.collect = { outcome: 'success', outputs: collect.outputs }
    const merged = await publishWith(withOf(step('merge', 'merge'), contexts), { runnerTemp })
    if (merged.error) throw merged.error
    steps.merge = { outcome: 'success', outputs: Object.fromEntries(merged.outputs) }
    merge = { runnerTemp, contexts, collect, digest: merged.outputs.get('digest') ?? '' }
  }, 300_000)

  afterAll(async () => {
    await registry?.stop()
    if (scratch) rmSync(scratch, { recursive: true, force: true })
  })

  test('plan checks the targets, keeps the image name and finds the actions of its own commit', () => {
    expect(JSON.parse(plan.targets)).toEqual(TARGETS)
    expect(plan.image).toBe(`${registry.host}/acme/web`)
    expect(plan['artifact-prefix']).toMatch(/^unikernel-legs-[0-9a-f]{16}$/)
    expect(plan['actions-repository']).toBe('acme/unikernel-actions')
    expect(plan['actions-ref']).toBe(ACTIONS_REF)
  })

  test('each leg builds its target, the x86_64 one boots, and each is pushed by digest, untagged', async () => {
    for (const leg of legs) {
      expect(leg.steps.leg.outputs).toEqual({ tools: 'qemu', bootable: 'true' })
      const built = JSON.parse(leg.steps.build.outputs.targets) as { target: string; manifestDigest: string; platform: { architecture: string } }[]
      expect(built).toEqual([
        expect.objectContaining({ target: leg.target, platform: { architecture: leg.target.endsWith('arm64') ? 'arm64' : 'amd64', os: 'linux' } })
      ])
      // The one-image index the build wrote is what went to the registry, byte for byte.
      expect(leg.steps.publish.outputs.digest).toBe(leg.steps.build.outputs.digest)
      expect(JSON.parse(leg.steps.publish.outputs.refs)).toEqual([
        { ref: `${image}@${leg.steps.build.outputs.digest}`, digest: leg.steps.build.outputs.digest }
      ])
    }
    expect(legs[0].steps.boot.outputs.result).toBe('passed')
    const tags = JSON.parse(await skopeo(['list-tags', '--tls-verify=false', `docker://${image}`], scratch)) as { Tags: string[] }
    expect(tags.Tags.filter((t) => !t.startsWith('sha256-')).sort()).toEqual(['1.0.0', 'latest'])
  })

  test('each leg records what it did, with every tag the build resolved', () => {
    const [amd, arm] = legs
    expect(amd.record).toEqual({
      target: 'qemu/x86_64',
      runner: 'ubuntu-latest',
      build: {
        outcome: 'success',
        digest: amd.steps.build.outputs.digest,
        manifestDigest: JSON.parse(amd.steps.build.outputs.targets)[0].manifestDigest,
        timeMs: Number(amd.steps.build.outputs['build-time-ms']),
        cacheHit: false,
        kernelBytes: readFileSync(amd.steps.build.outputs.kernel).length
      },
      boot: { outcome: 'success', result: 'passed', timeMs: Number(amd.steps.boot.outputs['boot-time-ms']), accel: 'tcg' },
      publish: { outcome: 'success', digest: amd.steps.publish.outputs.digest, skipped: false },
      tags: ['1.0.0', 'latest']
    })
    expect(arm.record).toMatchObject({
      target: 'qemu/arm64',
      runner: 'ubuntu-24.04-arm',
      boot: { outcome: 'skipped', result: null, timeMs: null, accel: null },
      build: { kernelBytes: aarch64Elf().length }
    })
  })

  test('collect hands both digests and every tag of the image to the merge', () => {
    expect(merge.collect.outputs.mergeable).toBe('true')
    expect(merge.collect.outputs.skipped).toBe('false')
    expect(merge.collect.outputs.digests).toBe(legs.map((leg) => leg.steps.publish.outputs.digest).join(','))
    expect(merge.collect.outputs.to).toBe(`${image}:1.0.0,${image}:latest`)
    expect(JSON.parse(merge.collect.outputs.tags)).toEqual(['1.0.0', 'latest'])
    expect(JSON.parse(merge.collect.outputs.results)).toEqual(legs.map((leg) => leg.record))
  })

  test('skopeo reads back one index with both platforms and the legs\u2019 own manifests', async () => {
    const raw = await skopeo(['inspect', '--raw', '--tls-verify=false', `docker://${image}:1.0.0`], scratch)
    const index = JSON.parse(raw) as { mediaType: string; manifests: { digest: string; platform: { os: string; architecture: string } }[] }
    expect(index.mediaType).toBe('application/vnd.oci.image.index.v1+json')
    expect(index.manifests.map((m) => `${m.platform.os}/${m.platform.architecture}`)).toEqual(['linux/amd64', 'linux/arm64'])
    expect(index.manifests.map((m) => m.digest)).toEqual(legs.map((leg) => JSON.parse(leg.steps.build.outputs.targets)[0].manifestDigest))
    const { createHash } = await import('node:crypto')
    expect(`sha256:${createHash('sha256').update(raw).digest('hex')}`).toBe(merge.digest)
    const latest = await skopeo(['inspect', '--raw', '--tls-verify=false', `docker://${image}:latest`], scratch)
    expect(latest).toBe(raw)
  })

  test('sign signs the index and its images with the key; verify passes them and refuses another key; the summary lists both targets', async () => {
    const { contexts, runnerTemp } = merge
    const steps = contexts.steps as Record<string, { outcome: string; outputs: Record<string, string> }>
    const sign = await runInProcess(signAction, withOf(step('merge', 'sign'), contexts), { HOME: runnerTemp, ...GITHUB_ENV }, runnerTemp)
    expect(sign.error).toBeUndefined()
    steps.sign = { outcome: 'success', outputs: Object.fromEntries(sign.outputs) }
    const signed = JSON.parse(sign.outputs.get('signatures')!) as { digest: string; kind: string }[]
    const children = legs.map((leg) => JSON.parse(leg.steps.build.outputs.targets)[0].manifestDigest as string)
    expect(new Set(signed.filter((s) => s.kind === 'signature').map((s) => s.digest))).toEqual(new Set([merge.digest, ...children]))
    // Each leg's SBOM, handed on with its record, is attested on that leg's manifest of the merged index.
    expect(new Set(signed.filter((s) => s.kind === 'sbom').map((s) => s.digest))).toEqual(new Set(children))

    const images = [merge.digest, ...children].map((digest) => `${image}@${digest}`).join('\n')
    const verified = await runInProcess(
      verifyAction,
      { image: images, key: pair.publicPem, provenance: 'true', 'source-repository': 'acme/web', 'require-sbom': 'true' },
      { HOME: runnerTemp }
    )
    expect(verified.error).toBeUndefined()
    expect(verified.outputs.get('verified')).toBe('true')
    const other = await runInProcess(verifyAction, { image: `${image}@${merge.digest}`, key: opensslKeyPair().publicPem }, { HOME: runnerTemp })
    expect(other.error?.name).toBe('CheckFailedError')

    const summary = runScript(step('merge', 'summary'), contexts, runnerTemp)
    expect(summary.status).toBe(0)
    const rows = summary.summary.split('\n').filter((line) => line.startsWith('| `qemu/'))
    expect(rows).toHaveLength(2)
    expect(rows[0]).toMatch(/^\| `qemu\/x86_64` \| ubuntu-latest \| ✅ .* \| ✅ passed \| .* \| tcg \| `sha256:[0-9a-f]{64}` \|$/)
    expect(rows[1]).toMatch(/^\| `qemu\/arm64` \| ubuntu-24\.04-arm \| ✅ .* \| 128 B \| ⏭️ \| — \| — \| `sha256:[0-9a-f]{64}` \|$/)
    expect(summary.summary).toContain(`Index \`${merge.digest}\` tagged \`1.0.0\`, \`latest\`.`)
    expect(summary.summary).toContain(`Signed: ${signed.length} signature(s) and attestation(s) written.`)
  })

  test('the workflow hands the merge job\u2019s digest, tags and results on to its caller', () => {
    const { outputs } = workflow.on.workflow_call
    expect(outputs.digest.value).toBe('${{ jobs.merge.outputs.digest || jobs.promote.outputs.digest }}')
    expect(workflow.jobs.merge.outputs).toMatchObject({
      digest: '${{ steps.merge.outputs.digest }}',
      tags: '${{ steps.collect.outputs.tags }}',
      results: '${{ steps.collect.outputs.results }}'
    })
    // Every job output names a step of its job, every workflow output a job output.
    for (const [jobId, job] of Object.entries(workflow.jobs)) {
      for (const value of Object.values(job.outputs ?? {})) {
        const stepId = /^\$\{\{ steps\.([\w-]+)\.outputs\.[\w-]+ \}\}$/.exec(value)?.[1]
        expect([jobId, value, job.steps.some((s) => s.id === stepId)]).toEqual([jobId, value, true])
      }
    }
    for (const { value } of Object.values(outputs)) {
      const named = [...value.matchAll(/\bjobs\.([\w-]+)\.outputs\.([\w-]+)/g)]
      expect([value, named.length > 0]).toEqual([value, true])
      for (const [, jobId, name] of named) expect([value, name in (workflow.jobs[jobId]?.outputs ?? {})]).toEqual([value, true])
    }
  })
})

describe('the reusable workflow\u2019s release path promotes what the branch run booted', () => {
  let scratch: string
  let registry: RegistryServer
  let booted: string
  const tagPush = { ...GITHUB_ENV, GITHUB_REF: 'refs/tags/v1.4.0', GITHUB_REF_NAME: 'v1.4.0', GITHUB_REF_TYPE: 'tag', GITHUB_EVENT_NAME: 'push' }

  beforeAll(async () => {
    requireTool('jq')
    scratch = mkdtempSync(join(tmpdir(), 'workflow-release-'))
    registry = await startRegistry()
    // What the branch run's merge pushed for the commit: an index tagged sha-<7>, its revision the commit.
    const layout = await writeOciFixture(join(scratch, 'layout'), {
      images: [{ arch: 'amd64', entries: bootEntries({ kernel: fakeKernel('release') }) }],
      tags: ['sha-c0ffee0'],
      indexAnnotations: { 'org.opencontainers.image.revision': GITHUB_ENV.GITHUB_SHA }
    })
    const pushed = await publishWith({ image: `oci:${layout.dir}:sha-c0ffee0`, to: `${registry.host}/acme/web:sha-c0ffee0` })
    if (pushed.error) throw pushed.error
    booted = pushed.outputs.get('digest')!
  }, 60_000)

  afterAll(async () => {
    await registry?.stop()
    if (scratch) rmSync(scratch, { recursive: true, force: true })
  })

  /** The promote job's two steps on a push of v1.4.0, with the plan's `promote-from`. */
  async function promoteJob(promoteFrom: string, given: Record<string, string> = {}) {
    const inputs = callerInputs({ image: `${registry.host}/acme/web`, ...given })
    const steps: Record<string, { outcome: string; outputs: Record<string, string> }> = {}
    const contexts: Contexts = {
      inputs,
      github: { sha: GITHUB_ENV.GITHUB_SHA },
      needs: { plan: { outputs: { 'promote-from': promoteFrom, image: `${registry.host}/acme/web` } } },
      steps,
      secrets: { REGISTRY_PASSWORD: '' }
    }
    const run = await publishWith(withOf(step('promote', 'promote'), contexts), { env: tagPush, onGitHub: true })
    steps.promote = { outcome: run.error ? 'failure' : 'success', outputs: Object.fromEntries(run.outputs) }
    const summary = runScript(step('promote', 'summary'), contexts, scratch)
    return { run, summary }
  }

  test('a tag push gives the booted digest its release tags: nothing rebuilt, the summary says booted = published', async () => {
    const { run, summary } = await promoteJob(`${registry.host}/acme/web:sha-c0ffee0`)
    expect(run.error).toBeUndefined()
    expect(run.outputs.get('pushed-bytes')).toBe('0')
    expect(summary.status).toBe(0)
    expect(summary.outputs).toEqual({ promoted: 'true', digest: booted, tags: JSON.stringify(['1.4.0']) })
    expect(summary.summary).toContain(`booted \`${booted}\` = published \`${booted}\``)
    expect(skopeoRawDigest(`docker://${registry.host}/acme/web:1.4.0`, ['--tls-verify=false'])).toBe(booted)
  })

  test('`tags` rules apply to the promotion as they would to a build of the tag', async () => {
    const { run, summary } = await promoteJob(`${registry.host}/acme/web:sha-c0ffee0`, {
      tags: 'type=semver,pattern={{version}}\ntype=semver,pattern={{major}}'
    })
    expect(run.error).toBeUndefined()
    expect(JSON.parse(summary.outputs.tags)).toEqual(['1.4.0', '1', 'latest'])
    expect(skopeoRawDigest(`docker://${registry.host}/acme/web:1`, ['--tls-verify=false'])).toBe(booted)
  })

  test('with no image for the commit, `auto` falls back to building and says so; `require` stops', async () => {
    const missing = await promoteJob(`${registry.host}/acme/web:sha-0000000`)
    expect(missing.run.error?.message).toMatch(/sha-0000000/)
    expect(missing.summary.outputs).toEqual({ promoted: 'false' })
    expect(missing.summary.summary).toContain('building this commit instead')
    const required = await promoteJob(`${registry.host}/acme/web:sha-0000000`, { promote: 'require' })
    expect(required.summary.summary).toContain('`promote: require`, so nothing is built or released')
  })

  test('the build legs and the merge stand aside when the promotion happened; the outputs come from it', () => {
    const jobs = (parse(readFileSync(WORKFLOW, 'utf8')) as { jobs: Record<string, { if?: string; needs?: string | string[] }> }).jobs
    expect(jobs.promote.if).toBe("needs.plan.outputs.promote-from != ''")
    expect(jobs.build.needs).toEqual(['plan', 'promote'])
    expect(jobs.build.if).toContain("needs.promote.outputs.promoted != 'true'")
    expect(jobs.build.if).toContain("needs.promote.result != 'failure'")
    expect(jobs.merge.if).toContain("needs.build.result != 'skipped'")
    expect(workflow.on.workflow_call.outputs.digest.value).toBe('${{ jobs.merge.outputs.digest || jobs.promote.outputs.digest }}')
  })
})

describe('the reusable workflow\u2019s shell steps', () => {
  let scratch: string
  beforeAll(() => {
    requireTool('jq')
    scratch = mkdtempSync(join(tmpdir(), 'workflow-steps-'))
  })
  afterAll(() => rmSync(scratch, { recursive: true, force: true }))

  const planWith = (given: Record<string, string>, job: Record<string, string> = { ACTIONS_REPOSITORY: 'acme/unikernel-actions', ACTIONS_REF }) =>
    runScript(
      step('plan', 'plan'),
      { inputs: callerInputs(given), github: { repository: 'Acme/Web', ref_type: 'branch', sha: GITHUB_ENV.GITHUB_SHA } },
      scratch,
      job
    )

  test('plan looks for a branch run\u2019s image only on a tag push, unless `promote: never` or `push: false`', () => {
    const tagPush = (given: Record<string, string>) =>
      runScript(
        step('plan', 'plan'),
        { inputs: callerInputs(given), github: { repository: 'acme/web', ref_type: 'tag', sha: GITHUB_ENV.GITHUB_SHA } },
        scratch,
        { ACTIONS_REPOSITORY: 'acme/unikernel-actions', ACTIONS_REF }
      )
    expect(tagPush({}).outputs['promote-from']).toBe('ghcr.io/acme/web:sha-c0ffee0')
    expect(planWith({}).outputs['promote-from']).toBe('')
    expect(tagPush({ promote: 'never' }).outputs['promote-from']).toBe('')
    expect(tagPush({ push: 'false' }).outputs['promote-from']).toBe('')
    const bad = tagPush({ promote: 'yes' })
    expect(bad.status).toBe(1)
    expect(bad.stdout).toMatch(/input promote: yes is not auto, require or never/)
  })

  test('plan defaults the image to ghcr.io/<repository>, lower-cased', () => {
    const run = planWith({ targets: '["hvt/x86_64"]' })
    expect(run.status).toBe(0)
    expect(run.outputs.image).toBe('ghcr.io/acme/web')
  })

  test("plan takes a Kraftfile target's name beside PLATFORM/ARCH items", () => {
    const run = planWith({ targets: '["dev", "micro", "qemu/arm64"]' })
    expect(run.status).toBe(0)
    expect(JSON.parse(run.outputs.targets)).toEqual(['dev', 'micro', 'qemu/arm64'])
  })

  test.each([
    ['not JSON', { targets: 'qemu/x86_64' }, /input targets: qemu\/x86_64 is not a JSON list/],
    ['an empty list', { targets: '[]' }, /is not a JSON list/],
    ['a malformed target', { targets: '["qemu/x86"]' }, /input targets: qemu\/x86 is not PLATFORM\/ARCH/],
    ['two targets of one architecture', { targets: '["qemu/x86_64", "hvt/x86_64"]' }, /qemu\/x86_64 and hvt\/x86_64 share an architecture/],
    ['an image without a registry', { image: 'acme/web' }, /input image: acme\/web is not registry-qualified/],
    ['an image with a tag', { image: 'ghcr.io/acme/web:1.0' }, /carries a tag or digest/]
  ])('plan refuses %s, naming the input', (_what, given, message) => {
    const run = planWith(given)
    expect(run.status).toBe(1)
    expect(run.stdout).toMatch(/^::error title=unikernel workflow::/m)
    expect(run.stdout).toMatch(message)
  })

  test('an input cannot smuggle a workflow command into plan\u2019s error', () => {
    const run = planWith({ targets: '["qemu/x86_64"]\n::warning::injected' })
    expect(run.status).toBe(1)
    expect(run.stdout).toMatch(/^::error title=unikernel workflow::input targets: \["qemu\/x86_64"\]%0A::warning::injected is not a JSON list/m)
    expect(run.stdout).not.toMatch(/^::warning/m)
  })

  test('plan refuses to run where the job does not report its workflow\u2019s commit', () => {
    const run = planWith({}, { ACTIONS_REPOSITORY: '', ACTIONS_REF: '' })
    expect(run.status).toBe(1)
    expect(run.stdout).toMatch(/does not report job\.workflow_repository\/job\.workflow_sha/)
  })

  test.each([
    ['fc/x86_64', 'kraft\nfirecracker@^1.9', 'firecracker@^1.9, kraft', 'true'],
    ['hvt/arm64', 'ops', 'ops, solo5', 'true'],
    ['xen/x86_64', '', '', 'false']
  ])('the tools of %s with `tools: %j` are %j', (target, tools, expected, bootable) => {
    const run = runScript(step('build', 'leg'), { inputs: callerInputs({ tools }), matrix: { target } }, scratch)
    expect(run.status).toBe(0)
    expect(run.outputs).toEqual({ tools: expected, bootable })
  })

  function record(target: string, publish: Record<string, unknown>, build = 'success'): Record<string, unknown> {
    return {
      target,
      runner: 'ubuntu-latest',
      build: { outcome: build, digest: null, manifestDigest: null, timeMs: 10, cacheHit: false, kernelBytes: 4096 },
      boot: { outcome: 'success', result: 'passed', timeMs: 120, accel: 'kvm' },
      publish,
      tags: ['pr-12']
    }
  }

  function mergeJob(records: Record<string, unknown>[], inputs: Record<string, string>, buildResult: string) {
    const runnerTemp = mkdtempSync(join(scratch, 'merge-'))
    mkdirSync(join(runnerTemp, 'unikernel-legs'))
    for (const r of records) writeFileSync(join(runnerTemp, 'unikernel-legs', `${String(r.target).replace('/', '-')}.json`), JSON.stringify(r))
    const contexts: Contexts = {
      inputs: callerInputs(inputs),
      needs: { plan: { outputs: { targets: '["qemu/x86_64","qemu/arm64"]', image: 'ghcr.io/acme/web' } }, build: { result: buildResult } },
      steps: { collect: { outcome: 'success', outputs: {} }, merge: { outcome: 'skipped', outputs: {} }, sign: { outcome: 'skipped', outputs: {} } },
      runner: { temp: runnerTemp }
    }
    const collect = runScript(step('merge', 'collect'), contexts, runnerTemp)
    ;(contexts.steps as Record<string, unknown>).collect = { outcome: collect.status === 0 ? 'success' : 'failure', outputs: collect.outputs }
    const summary = runScript(step('merge', 'summary'), contexts, runnerTemp)
    return { collect, summary }
  }

  test('a pull request from a fork: the legs had no credentials, nothing is merged, and the summary says why', () => {
    const skipped = { outcome: 'success', digest: null, skipped: true }
    const { collect, summary } = mergeJob([record('qemu/x86_64', skipped), record('qemu/arm64', skipped)], {}, 'success')
    expect(collect.status).toBe(0)
    expect(collect.outputs).toMatchObject({ mergeable: 'false', skipped: 'true', digests: '' })
    expect(summary.summary).toContain('Not pushed: a pull request from a fork has no registry credentials.')
    expect(summary.summary.split('\n').filter((line) => line.startsWith('| `qemu/'))).toEqual([
      '| `qemu/x86_64` | ubuntu-latest | ✅ 10 ms | 4 KiB | ✅ passed | 120 ms | kvm | skipped |',
      '| `qemu/arm64` | ubuntu-latest | ✅ 10 ms | 4 KiB | ✅ passed | 120 ms | kvm | skipped |'
    ])
  })

  test('a leg that failed before recording is reported missing, and nothing is merged', () => {
    const pushed = { outcome: 'success', digest: `sha256:${'1'.repeat(64)}`, skipped: false }
    const { collect, summary } = mergeJob([record('qemu/x86_64', pushed)], {}, 'failure')
    expect(collect.status).toBe(0)
    expect(collect.outputs.mergeable).toBe('false')
    expect(JSON.parse(collect.outputs.results)[1]).toEqual({ target: 'qemu/arm64', missing: true })
    expect(summary.summary).toContain('| `qemu/arm64` | — | ❌ no record (the leg failed before it could write one) |')
    expect(summary.summary).toContain('Not merged: not every target built, booted and pushed.')
  })

  test('with `push: false` nothing is merged and the summary says so', () => {
    const { collect, summary } = mergeJob(
      [record('qemu/x86_64', { outcome: null, digest: null, skipped: false }), record('qemu/arm64', { outcome: null, digest: null, skipped: false })],
      { push: 'false' },
      'success'
    )
    expect(collect.outputs.mergeable).toBe('false')
    expect(summary.summary).toContain('Not pushed: `push` is false.')
  })

  test('legs that resolved different tags stop the merge with a message', () => {
    const pushed = { outcome: 'success', digest: `sha256:${'2'.repeat(64)}`, skipped: false }
    const other = { ...record('qemu/arm64', pushed), tags: ['sha-1234567'] }
    const { collect } = mergeJob([record('qemu/x86_64', pushed), other], {}, 'success')
    expect(collect.status).toBe(1)
    expect(collect.stdout).toMatch(/::error title=unikernel workflow::the legs resolved different tags/)
  })
})
