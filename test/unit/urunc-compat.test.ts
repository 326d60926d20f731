import { afterAll, describe, expect, test } from '@jest/globals'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { uruncAnnotations, uruncJson } from '../../src/build/package.js'
import { runtimesOf } from '../../src/build/summary.js'
import { URUNC_RELEASE, uruncRuns } from '../../src/oci/urunc.js'
import { unikraftBuild, unikraftCoreVersion } from '../../src/toolchains/unikraft.js'
import { nanosBuild } from '../../src/toolchains/nanos.js'

// urunc as its pinned release reads images (urunc-dev/urunc@v0.5.0): the types it starts, the
// annotations it reads, and what the build tells users about it.
const scratch = mkdtempSync(join(tmpdir(), 'urunc-compat-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

function versionMk(dir: string, major: number, minor: number, extra: number): void {
  mkdirSync(dir, { recursive: true })
  writeFileSync(join(dir, 'version.mk'), `UK_VERSION = ${major}\nUK_SUBVERSION = ${minor}\nUK_EXTRAVERSION = ${extra}\nUK_CODENAME = Pandora\n`)
}

describe('the Unikraft core version (urunc chooses its command-line syntax by it)', () => {
  test("from kraft's checkout in .unikraft/unikraft", async () => {
    const project = join(scratch, 'kraft-app')
    versionMk(join(project, '.unikraft', 'unikraft'), 0, 18, 0)
    expect(await unikraftCoreVersion(project)).toBe('0.18.0')
  })
  test("from a make project's UK_ROOT", async () => {
    const project = join(scratch, 'make-app')
    versionMk(join(project, '..', 'unikraft-core'), 0, 16, 3)
    mkdirSync(project)
    writeFileSync(join(project, 'Makefile'), 'UK_ROOT ?= ../unikraft-core\nall:\n\t@$(MAKE) -C $(UK_ROOT) A=$(PWD)\n')
    expect(await unikraftCoreVersion(project)).toBe('0.16.3')
  })
  test('none found: undefined, and no annotation', async () => {
    expect(await unikraftCoreVersion(join(scratch, 'empty'))).toBeUndefined()
  })
})

describe('com.urunc.unikernel.unikernelVersion', () => {
  const facts = { adapter: unikraftBuild, target: { platform: 'qemu', arch: 'x86_64' }, cmdline: 'x', labels: {} } as const
  test('written, in the annotations and /urunc.json, when the build knows it', () => {
    const annotations = uruncAnnotations({ ...facts, artifacts: { kernel: '/k', unikernelVersion: '0.18.0' } })
    expect(annotations['com.urunc.unikernel.unikernelVersion']).toBe('0.18.0')
    expect(Buffer.from(JSON.parse(uruncJson(annotations))['com.urunc.unikernel.unikernelVersion'], 'base64').toString()).toBe('0.18.0')
  })
  test('absent when it does not', () => {
    expect(uruncAnnotations({ ...facts, artifacts: { kernel: '/k' } })).not.toHaveProperty(['com.urunc.unikernel.unikernelVersion'])
  })
})

describe(`which images urunc ${URUNC_RELEASE} runs, said per image`, () => {
  test.each([
    ['unikraft', 'qemu', true],
    ['unikraft', 'fc', true],
    ['mirage', 'hvt', true],
    ['mirage', 'spt', true],
    ['rumprun', 'qemu', true],
    ['nanos', 'qemu', false],
    ['hermit', 'qemu', false],
    ['custom', 'qemu', false],
    ['unikraft', 'xen', false]
  ] as const)('%s on %s: %s', (type, platform, runs) => {
    expect(uruncRuns(type, platform).runs).toBe(runs)
    expect(runtimesOf(type, platform)).toMatch(
      runs ? /^boot; urunc v0\.5\.0/ : /^boot; not urunc \(urunc v0\.5\.0 (runs rumprun, unikraft, mirage|has no monitor)/
    )
  })
  test("the toolchains' types are what urunc reads", () => {
    expect(unikraftBuild.uruncType).toBe('unikraft')
    expect(uruncRuns(nanosBuild.uruncType, 'qemu')).toEqual({ runs: false, why: 'urunc v0.5.0 runs rumprun, unikraft, mirage unikernels, not nanos' })
  })
})
