import { describe, expect, jest, test } from '@jest/globals'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { WorkflowCommands } from '../../src/runtime/workflow-commands.js'
import { withEnvironment } from '../support/environment.js'
import { parseFileCommands } from '../support/file-commands.mjs'

function commands(env: Record<string, string> = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'wfc-'))
  const files = { GITHUB_OUTPUT: join(dir, 'out'), GITHUB_STATE: join(dir, 'state'), GITHUB_STEP_SUMMARY: join(dir, 'summary') }
  for (const f of Object.values(files)) writeFileSync(f, '')
  const printed: string[] = []
  return { c: new WorkflowCommands({ ...files, ...env }, (t) => void printed.push(t)), files, printed }
}

describe('the runner protocol without @actions/core', () => {
  test('inputs: INPUT_ + upper case, hyphens kept, spaces to underscores, trimmed', () => {
    const { c } = commands({ 'INPUT_PROBE-EXPECT': '  ok \n', INPUT_A_B: 'x' })
    expect(c.getInput('probe-expect')).toBe('ok')
    expect(c.getInput('a b')).toBe('x')
    expect(c.getInput('missing')).toBe('')
  })

  test('outputs and state are heredoc file commands the runner parses back, multi-line safe', () => {
    const { c, files } = commands()
    c.setOutput('result', 'passed')
    c.setOutput('refs', '[\n  "a"\n]')
    c.saveState('vmm-pid', '42')
    expect(parseFileCommands(readFileSync(files.GITHUB_OUTPUT, 'utf8'))).toEqual({ result: 'passed', refs: '[\n  "a"\n]' })
    expect(parseFileCommands(readFileSync(files.GITHUB_STATE, 'utf8'))).toEqual({ 'vmm-pid': '42' })
  })

  test('annotations escape data and properties; secrets are masked line by line', () => {
    const { c, printed } = commands()
    c.annotate('error', '100% broken\nsecond line', { title: 'a:b,c' })
    c.setSecret('line1\nline2')
    expect(printed).toEqual(['::error title=a%3Ab%2Cc::100%25 broken%0Asecond line\n', '::add-mask::line1\n', '::add-mask::line2\n'])
  })

  test('the summary is appended', () => {
    const { c, files } = commands()
    c.appendSummary('# one')
    c.appendSummary('two\n')
    expect(readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8')).toBe('# one\ntwo\n')
  })
})

// The one reader of file commands that tests and benchmarks share (test/support/file-commands.mjs).
describe('reading file commands back as the runner does', () => {
  test('NAME=VALUE lines and NAME<<DELIMITER heredocs; whichever of = and << comes first decides', () => {
    const text = ['plain=a=b', 'arrows=x<<y', 'multi<<EOF', 'one', '', 'two=2', 'EOF', '', 'empty<<END', 'END', 'crlf=yes\r', 'last=1', 'last=2', ''].join('\n')
    expect(parseFileCommands(text)).toEqual({ plain: 'a=b', arrows: 'x<<y', multi: 'one\n\ntwo=2', empty: '', crlf: 'yes', last: '2' })
  })

  test('what the runner refuses is an error, not a silently short value', () => {
    expect(() => parseFileCommands('result<<EOF\npassed\n')).toThrow(/file command `result<<EOF` \(line 1\): no line `EOF` closes it/)
    expect(() => parseFileCommands('result<<\npassed\n')).toThrow(/no line `` closes it/)
    expect(() => parseFileCommands('ok=1\njust some text\n')).toThrow(/file command line 2 is neither NAME=VALUE nor NAME<<DELIMITER: `just some text`/)
    expect(() => parseFileCommands('=value\n')).toThrow(/line 1 is neither/)
  })
})

// @actions/core is the reference implementation of the protocol: where both speak it, the runner must
// read the same thing from either.
describe('the same protocol as @actions/core', () => {
  const values: Record<string, string> = {
    result: 'passed',
    refs: '[\n  {"ref": "ghcr.io/acme/web:1.0"}\n]',
    tricky: 'a=b<<EOF\nEOF\n=',
    empty: '',
    unicode: 'ünïcødé ✓'
  }

  test('outputs and state: the files read back to the same values', async () => {
    const core = await import('@actions/core')
    const ours = commands()
    const theirs = commands()
    await withEnvironment({ GITHUB_OUTPUT: theirs.files.GITHUB_OUTPUT, GITHUB_STATE: theirs.files.GITHUB_STATE }, () => {
      for (const [name, value] of Object.entries(values)) {
        ours.c.setOutput(name, value)
        ours.c.saveState(name, value)
        core.setOutput(name, value)
        core.saveState(name, value)
      }
    })
    for (const file of ['GITHUB_OUTPUT', 'GITHUB_STATE'] as const) {
      expect(parseFileCommands(readFileSync(ours.files[file], 'utf8'))).toEqual(values)
      expect(parseFileCommands(readFileSync(theirs.files[file], 'utf8'))).toEqual(values)
    }
  })

  test('inputs: the same name mangling and trimming', async () => {
    const core = await import('@actions/core')
    const env = { 'INPUT_PROBE-EXPECT': '  ok \n', INPUT_A_B: 'x', INPUT_EMPTY: '' }
    const { c } = commands(env)
    await withEnvironment(env, () => {
      for (const name of ['probe-expect', 'a b', 'empty', 'missing']) expect(c.getInput(name)).toBe(core.getInput(name))
    })
  })

  test('workflow commands: the same bytes on stdout', async () => {
    const core = await import('@actions/core')
    const { c, printed } = commands()
    let written = ''
    const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written += String(chunk)
      return true
    })
    try {
      for (const [kind, message, title] of [
        ['error', '100% broken\r\nsecond line', 'a:b,c'],
        ['warning', 'KVM is not usable', 'No KVM'],
        ['notice', 'nothing to push', undefined]
      ] as const) {
        c.annotate(kind, message, { title })
        // (core writes `::notice ::` for a properties object whose values are all undefined.)
        core[kind](message, title === undefined ? {} : { title })
      }
      c.setSecret('s3cr3t')
      core.setSecret('s3cr3t')
      c.debug('debug: 50%')
      core.debug('debug: 50%')
      c.startGroup('Set up kraft@0.9')
      core.startGroup('Set up kraft@0.9')
      c.endGroup()
      core.endGroup()
      c.info('plain line')
      core.info('plain line')
    } finally {
      spy.mockRestore()
    }
    expect(printed.join('')).toBe(written)
  })
})
