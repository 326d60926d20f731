import { describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { SETUP_INPUTS } from '../../src/actions/setup.js'
import { TOOL_NAMES } from '../../src/tools/types.js'
import { repoRoot } from '../support/run-action.js'

interface ActionYml {
  inputs: Record<string, { description: string; default?: string }>
  outputs: Record<string, { description: string }>
  runs: { using: string; main: string; post?: string; 'post-if'?: string }
}

const action = parse(readFileSync(join(repoRoot, 'actions', 'setup', 'action.yml'), 'utf8')) as ActionYml

describe('actions/setup/action.yml', () => {
  test('declares exactly the inputs the code reads (and the CLI accepts)', () => {
    expect(Object.keys(action.inputs).sort()).toEqual([...SETUP_INPUTS].sort())
  })

  test('defaults: KVM on, cache on, unverified downloads refused, the job token; api-url resolved in code', () => {
    expect(action.inputs['enable-kvm'].default).toBe('true')
    expect(action.inputs.cache.default).toBe('true')
    expect(action.inputs['allow-unverified'].default).toBe('false')
    expect(action.inputs['github-token'].default).toBe('${{ github.token }}')
    expect(action.inputs['api-url'].default).toBeUndefined()
    expect(action.inputs.tools.description).toMatch(/newline- or comma-separated/)
    expect(action.inputs.mirror.description).toMatch(/newline- or comma-separated/)
  })

  test('an output per tool version, plus tools, kvm and cache-hit', () => {
    expect(Object.keys(action.outputs).sort()).toEqual(['cache-hit', 'kvm', 'tools', ...TOOL_NAMES.map((name) => `${name}-version`)].sort())
  })

  test('the post step saves caches on success only, like setup-go', () => {
    expect(action.runs).toEqual({ using: 'node24', main: '../../dist/setup-main.js', post: '../../dist/setup-post.js', 'post-if': 'success()' })
  })
})
