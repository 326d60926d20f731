import { describe, expect, test } from '@jest/globals'
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { bootWith } from '../support/boot.js'
import { fixturePath } from '../support/fixtures.js'
import type { KvmProbe } from '../../src/vmm/kvm.js'

/**
 * The real tenders run in test/e2e/boot-solo5.test.ts. A script stands in for one only for two endings
 * that none of Solo5's own test kernels can produce here:
 * - a guest that calls solo5_exit(1) under a tender: Solo5 v0.12.1's spt binding ends the tender with
 *   exit_group(status) (bindings/spt/platform.c), and solo5-hvt's main() returns what hvt_vcpu_loop()
 *   returns, the status of the guest's HALT hypercall (tenders/hvt/hvt_main.c); the test kernels that
 *   return 1 need a tap device and a peer to get that far;
 * - a guest that trips the tender: tenders/hvt/hvt.h's hvt_checked_gpa_p() ends the tender with
 *   errx(1, "…: Invalid guest access: …"), status 1 as from solo5_exit(1), told apart by that line on
 *   stderr; no test kernel passes a bad guest address to a hypercall.
 * The script behaves like the tender at that interface: argv in, console on stdout, errx lines on
 * stderr, the status as its exit status.
 */
function standInTender(name: 'solo5-spt' | 'solo5-hvt', body: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'tender-')), name)
  writeFileSync(
    path,
    '#!/bin/sh\n# follows: Solo5/solo5@v0.12.1 tenders/hvt/hvt_main.c, tenders/hvt/hvt.h, bindings/spt/platform.c\n' +
      `echo "Solo5: Bindings version v0.12.1"\n${body}\n`
  )
  chmodSync(path, 0o755)
  return path
}

/** The stand-in needs no KVM, but solo5-hvt asks for it before it starts. */
const KVM_USABLE: KvmProbe = { present: async () => true, usable: async () => true, enable: async () => true }

describe('Solo5 tender endings no test kernel reaches (stand-in tender)', () => {
  test('guest failure: status 1 with exit-code 0 expected fails', async () => {
    const tender = standInTender('solo5-spt', 'echo "Solo5: solo5_exit(1) called"; exit 1')
    const run = await bootWith({ kernel: await fixturePath('solo5-like'), vmm: 'solo5-spt', 'vmm-path': tender, 'exit-code': '0' })
    expect(run.outputs.get('result')).toBe('failed')
    expect(run.error?.message).toMatch(/exited with code 1, expected 0/)
  })

  test('a guest that trips the tender (its errx line on stderr, status 1) crashed, it did not fail', async () => {
    const tender = standInTender('solo5-hvt', 'echo "hello from hvt"; echo "solo5-hvt: hvt_core.c:123: Invalid guest access: gpa=0x7f000, sz=4096" >&2; exit 1')
    const run = await bootWith({ kernel: await fixturePath('solo5-like'), vmm: 'solo5-hvt', 'vmm-path': tender }, { kvm: KVM_USABLE })
    expect(run.outputs.get('result')).toBe('crashed')
    expect(run.error?.message).toMatch(/the tender stopped the guest: solo5-hvt: hvt_core\.c:123: Invalid guest access/)
  })
})
