import { describe, expect, test } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { fixturePath, REPO_ROOT } from '../support/fixtures.js'

interface Proof {
  handEdited: string[]
  changed: string[]
  boot: { status: number | null; stdout: string; stderr: string }
}

/** Files the docs generator and the dist build rewrite; everything else that changed was edited by hand. */
const GENERATED = /^(dist\/|actions\/[^/]+\/(action\.yml|README\.md)$|action\.yml$|README\.md$|docs\/)/

describe('a new VMM is one driver file and one line in the registry', () => {
  test('scratch copy: the docs list it, the typecheck and lint pass, and the CLI boots with it', async () => {
    const kernel = await fixturePath('hello')
    const run = spawnSync(process.execPath, [join(REPO_ROOT, 'scripts', 'extension-proof.mjs'), kernel, 'fixture kernel'], { encoding: 'utf8' })
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    const proof = JSON.parse(run.stdout) as Proof

    const byHand = proof.changed.filter((file) => !GENERATED.test(file))
    expect(byHand.sort()).toEqual([...proof.handEdited].sort())
    // The generated lists picked the new name up: the boot action's `vmm` choices and the docs' tables.
    expect(proof.changed).toEqual(expect.arrayContaining(['actions/boot/action.yml', 'actions/boot/README.md', 'README.md', 'docs/platforms.md']))

    expect(proof.boot.stdout).toMatch(/^result=passed$/m)
    expect(proof.boot.stdout).toMatch(/^accel=(tcg|kvm)$/m)
    expect(proof.boot.stdout + proof.boot.stderr).toMatch(/vmm qemu-alias/)
    expect(proof.boot.status).toBe(0)
    // A typecheck, a lint and a dist build of a whole copy of the repository.
  }, 600_000)
})
