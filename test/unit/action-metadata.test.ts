import { describe, expect, test } from '@jest/globals'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { BOOT_INPUTS } from '../../src/actions/boot.js'
import { PIPELINE_INPUTS } from '../../src/actions/pipeline.js'
import { ACTIONS } from '../../src/actions/run.js'
import { repoRoot } from '../support/run-action.js'

interface ActionYml {
  name: string
  description: string
  inputs?: Record<string, { description: string; required?: boolean; default?: string }>
  outputs?: Record<string, { description: string }>
  runs: { using: string; main: string; post?: string; 'post-if'?: string }
}

const actionNames = readdirSync(join(repoRoot, 'actions')).filter((n) => existsSync(join(repoRoot, 'actions', n, 'action.yml')))
const load = (name: string) => parse(readFileSync(join(repoRoot, 'actions', name, 'action.yml'), 'utf8')) as ActionYml

describe('action.yml files', () => {
  test.each(actionNames)('%s runs on node24 from the shared bundle, and its entry points exist', (name) => {
    const action = load(name)
    expect(action.runs.using).toBe('node24')
    expect(action.runs.main).toBe(`../../dist/${name}-main.js`)
    expect(ACTIONS[name]).toBeDefined()
    for (const entry of [action.runs.main, action.runs.post].filter(Boolean) as string[]) expect(existsSync(join(repoRoot, 'actions', name, entry))).toBe(true)
    if (action.runs.post) expect(ACTIONS[name].post).toBeDefined()
  })

  test.each(actionNames)('%s: inputs are kebab-case, described, and booleans have defaults', (name) => {
    for (const [input, spec] of Object.entries(load(name).inputs ?? {})) {
      expect(input).toMatch(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/)
      expect(spec.description.length).toBeGreaterThan(10)
    }
  })

  test('boot: the CLI flags are exactly the action inputs', () => {
    expect(Object.keys(load('boot').inputs ?? {}).sort()).toEqual([...BOOT_INPUTS].sort())
  })

  test('boot: defaults a build or descriptor can inform are empty in action.yml (resolved in code)', () => {
    const inputs = load('boot').inputs ?? {}
    for (const name of ['memory', 'cpus', 'timeout', 'cmdline', 'kernel']) expect(inputs[name].default).toBeUndefined()
  })
})

describe('the root action.yml (the Marketplace entry: the pipeline)', () => {
  const root = parse(readFileSync(join(repoRoot, 'action.yml'), 'utf8')) as ActionYml & { branding?: { icon: string; color: string } }
  test('runs on node24 from the shared bundle, with a post step that always runs, and Marketplace branding', () => {
    expect(root.runs).toEqual({ using: 'node24', main: 'dist/pipeline-main.js', post: 'dist/pipeline-post.js', 'post-if': 'always()' })
    expect(existsSync(join(repoRoot, root.runs.main))).toBe(true)
    expect(root.branding?.icon).toBeTruthy()
    expect(root.name.length).toBeLessThanOrEqual(50)
  })
  test("its inputs are exactly the pipeline's", () => {
    expect(Object.keys(root.inputs ?? {}).sort()).toEqual([...PIPELINE_INPUTS].sort())
  })
})
