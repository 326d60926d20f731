import { describe, expect, test } from '@jest/globals'
import { PassThrough } from 'node:stream'
import { parseFlags, redirectWorkflowCommands } from '../../src/cli.js'
import { ConfigurationError } from '../../src/runtime/errors.js'

describe('CLI flags', () => {
  test('--name value, --name=value, repeated flags become list lines, bare flags are true', () => {
    const flags = parseFlags(['--kernel', 'k', '--expect=a,b', '--expect', 'c', '--keep-running'], ['kernel', 'expect', 'keep-running'])
    expect(Object.fromEntries(flags)).toEqual({ kernel: 'k', expect: 'a,b\nc', 'keep-running': 'true' })
  })
  test.each([
    [['--kernal', 'x'], /unknown flag --kernal/],
    [['kernel'], /unexpected argument `kernel`/]
  ])('%j is refused', (argv, message) => {
    expect(() => parseFlags(argv, ['kernel'])).toThrow(ConfigurationError)
    expect(() => parseFlags(argv, ['kernel'])).toThrow(message)
  })
})

describe('workflow commands written by @actions/* libraries stay off the CLI stdout', () => {
  test('debug dropped, warnings to stderr as plain lines, results untouched', () => {
    const out = new PassThrough()
    const err = new PassThrough()
    const written: string[] = []
    const errors: string[] = []
    out.on('data', (d: Buffer) => written.push(d.toString()))
    err.on('data', (d: Buffer) => errors.push(d.toString()))
    const restore = redirectWorkflowCommands(out as unknown as NodeJS.WriteStream, err)
    out.write('::debug::noise\n')
    out.write('::warning file=x::careful%0Atwo lines\n')
    out.write('result=passed\n')
    restore()
    out.write('::debug::after restore\n')
    expect(written.join('')).toBe('result=passed\n::debug::after restore\n')
    expect(errors.join('')).toBe('warning: careful\ntwo lines\n')
  })
})
