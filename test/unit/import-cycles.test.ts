import { afterAll, describe, expect, test } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { repoRoot } from '../support/run-action.js'

/**
 * `npm run check-cycles` (dpdm), which the test command runs: its own verdict on the tree is the test
 * command's step, these tests check the check. It must count `import type` (a cycle through types
 * still ties the modules together; eslint-plugin-import's no-cycle and dpdm's -T skip them), and it
 * must resolve every import, since an import it cannot follow hides the cycles behind it.
 */
const script = (JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts['check-cycles']
// The script's words as the shell passes them to dpdm, without their single quotes.
const [command, ...args] = script.split(/\s+/).map((word) => word.replace(/^'(.*)'$/, '$1'))
const dpdm = join(repoRoot, 'node_modules', '.bin', command)
const scratch = mkdtempSync(join(tmpdir(), 'import-cycles-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

function checkCycles(cwd: string, extra: string[] = []) {
  const withRepoConfig = args.map((a, i) => (args[i - 1] === '--tsconfig' ? join(repoRoot, a) : a))
  return spawnSync(process.execPath, [dpdm, ...withRepoConfig, ...extra], { cwd, encoding: 'utf8' })
}

function project(name: string, files: Record<string, string>): string {
  const dir = join(scratch, name)
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true })
    writeFileSync(join(dir, path), text)
  }
  return dir
}

describe('check-cycles', () => {
  test('fails on a cycle made of type imports only, naming it', () => {
    const dir = project('types-only', {
      'src/a.ts': "import type { B } from './b.js'\nexport interface A { b?: B }\n",
      'src/b.ts': "import { type A } from './a.js'\nexport interface B { a?: A }\n"
    })
    const result = checkCycles(dir)
    expect(result.stdout).toMatch(/1\) src\/(a|b)\.ts -> src\/(b|a)\.ts/)
    expect(result.status).toBe(1)
  })

  test('passes the same modules once the cycle is gone', () => {
    const dir = project('acyclic', {
      'src/a.ts': "import type { B } from './b.js'\nexport interface A { b?: B }\n",
      'src/b.ts': 'export interface B { n: number }\n'
    })
    const result = checkCycles(dir)
    expect(result.stdout).toMatch(/no circular dependency/)
    expect(result.status).toBe(0)
  })

  test('resolves every relative import of src/ and test/ (a miss would hide cycles)', () => {
    const out = join(scratch, 'tree.json')
    checkCycles(repoRoot, ['--output', out])
    const { tree } = JSON.parse(readFileSync(out, 'utf8')) as { tree: Record<string, { request: string; id: string | null }[] | null> }
    const missed = Object.entries(tree).flatMap(([file, deps]) =>
      (deps ?? []).filter((d) => d.request.startsWith('.') && d.id === null).map((d) => `${file}: ${d.request}`)
    )
    expect(Object.keys(tree).length).toBeGreaterThan(100)
    expect(missed).toEqual([])
  })
})
