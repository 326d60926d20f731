import { describe, expect, test } from '@jest/globals'
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { bootWith } from '../support/boot.js'
import { fixturePath } from '../support/fixtures.js'

/**
 * No Solo5 tender can be had on this machine (Solo5 ships source releases, Debian has no package and
 * there is no network), so a script stands in for `solo5-spt`: it behaves like the tender at its
 * interface — argv in, console on stdout, the guest's status as its exit status. Everything on our side
 * (argv rendering, console following, decoding, verdict) runs for real.
 */
function fakeTender(body: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'tender-')), 'solo5-spt')
  writeFileSync(path, `#!/bin/sh\necho "tender argv: $*"\necho "Solo5: Bindings version v0.9.0"\n${body}\n`)
  chmodSync(path, 0o755)
  return path
}

describe('solo5-spt (a process tender, no KVM needed)', () => {
  test('success: tender status 0, memory and arguments passed the tender way', async () => {
    const tender = fakeTender('echo "hello from spt"; echo "Solo5: solo5_exit(0) called"; exit 0')
    const kernel = await fixturePath('solo5-like')
    const run = await bootWith({
      kernel,
      vmm: 'solo5-spt',
      'vmm-path': tender,
      memory: '64M',
      cmdline: '--ipv4=10.0.0.2/24 -l debug',
      expect: 'hello from spt'
    })
    expect(run.error).toBeUndefined()
    expect(run.outputs.get('result')).toBe('passed')
    expect(run.outputs.get('accel')).toBe('none')
    const log = run.outcome!.consoleTail.join('\n')
    expect(log).toContain(`tender argv: --mem=64 -- ${kernel} --ipv4=10.0.0.2/24 -l debug`)
  })

  test('abort: status 255 is a crash', async () => {
    const tender = fakeTender('echo "Solo5: solo5_abort() called"; exit 255')
    const run = await bootWith({ kernel: await fixturePath('solo5-like'), vmm: 'solo5-spt', 'vmm-path': tender })
    expect(run.outputs.get('result')).toBe('crashed')
  })

  test('guest failure: status 1 with exit-code 0 expected fails', async () => {
    const tender = fakeTender('echo "Solo5: solo5_exit(1) called"; exit 1')
    const run = await bootWith({ kernel: await fixturePath('solo5-like'), vmm: 'solo5-spt', 'vmm-path': tender, 'exit-code': '0' })
    expect(run.outputs.get('result')).toBe('failed')
    expect(run.error?.message).toMatch(/exited with code 1, expected 0/)
  })

  test('a guest that trips the tender (its errx line on stderr, status 1) crashed, it did not fail', async () => {
    const tender = fakeTender('echo "hello from spt"; echo "solo5-spt: Invalid guest access: 0x7f000" >&2; exit 1')
    const run = await bootWith({ kernel: await fixturePath('solo5-like'), vmm: 'solo5-spt', 'vmm-path': tender })
    expect(run.outputs.get('result')).toBe('crashed')
    expect(run.error?.message).toMatch(/the tender stopped the guest: solo5-spt: Invalid guest access/)
  })

  test('ports cannot be forwarded by a tender', async () => {
    const run = await bootWith({ kernel: await fixturePath('solo5-like'), vmm: 'solo5-spt', 'vmm-path': fakeTender('exit 0'), ports: '8080:80' })
    expect(run.error?.message).toMatch(/input `ports`/)
  })
})
