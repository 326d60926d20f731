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
    [['kernel'], /argument 1 is a value without a flag/]
  ])('%j is refused', (argv, message) => {
    expect(() => parseFlags(argv, ['kernel'])).toThrow(ConfigurationError)
    expect(() => parseFlags(argv, ['kernel'])).toThrow(message)
  })
})

describe('secret values are never taken for flags nor echoed', () => {
  const pem = '-----BEGIN PRIVATE KEY-----\nMIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQg\n-----END PRIVATE KEY-----'
  test('a PEM value after its flag is a value', () => {
    expect(parseFlags(['--key', pem, '--image', 'oci:x:1'], ['key', 'image']).get('key')).toBe(pem)
  })
  test('a stray PEM is refused without repeating it', () => {
    let message = ''
    try {
      parseFlags(['--image', 'a', 'b', pem], ['key', 'image'])
    } catch (error) {
      message = (error as Error).message
    }
    expect(message).toMatch(/argument 3 is a value without a flag/)
    expect(message).not.toContain('PRIVATE')
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
