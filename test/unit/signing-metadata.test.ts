import { describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { SIGN_INPUTS } from '../../src/actions/sign.js'
import { VERIFY_INPUTS } from '../../src/actions/verify.js'
import { repoRoot } from '../support/run-action.js'

const load = (name: string) =>
  parse(readFileSync(join(repoRoot, 'actions', name, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { default?: string }>
    outputs: Record<string, unknown>
  }

describe('sign and verify action.yml', () => {
  test('the CLI flags are exactly the action inputs', () => {
    expect(Object.keys(load('sign').inputs).sort()).toEqual([...SIGN_INPUTS].sort())
    expect(Object.keys(load('verify').inputs).sort()).toEqual([...VERIFY_INPUTS].sort())
  })

  test('outputs as the issue names them', () => {
    expect(Object.keys(load('sign').outputs).sort()).toEqual(['bundles', 'certificate', 'public-key', 'signatures'])
    expect(Object.keys(load('verify').outputs).sort()).toEqual(['results', 'verified'])
  })

  test('defaults the mode decides stay empty (resolved in code); secrets have no default', () => {
    const sign = load('sign').inputs
    for (const name of ['tlog', 'fulcio-url', 'rekor-url', 'tsa-url', 'identity', 'image', 'key', 'key-password', 'password'])
      expect(sign[name].default).toBeUndefined()
    expect(sign.format.default).toBe('cosign, bundle')
    expect(sign.keyless.default).toBe('auto')
  })
})
