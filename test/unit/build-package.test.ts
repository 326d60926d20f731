import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { planBuildCache } from '../../src/build/cache.js'
import { buildDescriptor, imageForTarget, standardAnnotations, uruncAnnotations, uruncJson, versionNote } from '../../src/build/package.js'
import { buildAdapter } from '../../src/toolchains/catalog.js'
import type { BuildTarget } from '../../src/toolchains/types.js'

const qemu: BuildTarget = { platform: 'qemu', arch: 'x86_64' }
let scratch: string
beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'build-package-'))
})
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true })
})

describe('the image descriptor', () => {
  test("built in the brief's order, with the toolchain's hints and the inputs", () => {
    const descriptor = buildDescriptor({
      adapter: buildAdapter('unikraft'),
      target: { platform: 'fc', arch: 'x86_64' },
      artifacts: { kernel: 'k', initrd: 'i' },
      cmdline: 'netdev.ip=10.0.0.2'
    })
    expect(JSON.stringify(descriptor)).toBe(
      '{"version":1,"toolchain":"unikraft","platform":"fc","vmm":"firecracker","arch":"x86_64",' +
        '"kernel":"/unikernel/kernel","initrd":"/unikernel/initrd","cmdline":"netdev.ip=10.0.0.2","memory":"64M","expect":["Powered by|Welcome to"]}'
    )
  })

  test("the memory input overrides the toolchain's; build-only platforms have no vmm", () => {
    expect(
      buildDescriptor({ adapter: buildAdapter('unikraft'), target: { platform: 'xen', arch: 'arm64' }, artifacts: { kernel: 'k' }, memory: '1G' })
    ).toEqual({
      version: 1,
      toolchain: 'unikraft',
      platform: 'xen',
      arch: 'arm64',
      kernel: '/unikernel/kernel',
      memory: '1G',
      expect: ['Powered by|Welcome to']
    })
  })
})

describe('urunc', () => {
  const facts = {
    adapter: buildAdapter('mirage'),
    target: { platform: 'hvt', arch: 'x86_64' } as BuildTarget,
    artifacts: { kernel: 'k' },
    cmdline: '--ipv4=10.0.0.2/24'
  }

  test('annotations: type, hypervisor, binary, cmdline (initrd when there is one)', () => {
    expect(uruncAnnotations({ ...facts, labels: {} })).toEqual({
      'com.urunc.unikernel.unikernelType': 'mirage',
      'com.urunc.unikernel.hypervisor': 'hvt',
      'com.urunc.unikernel.binary': '/unikernel/kernel',
      'com.urunc.unikernel.cmdline': '--ipv4=10.0.0.2/24'
    })
    expect(uruncAnnotations({ ...facts, artifacts: { kernel: 'k', initrd: 'i' }, labels: {} })['com.urunc.unikernel.initrd']).toBe('/unikernel/initrd')
  })

  test('urunc.json: the same keys, base64 values, sorted', () => {
    const annotations = uruncAnnotations({ ...facts, labels: {} })
    const json = JSON.parse(uruncJson({ ...annotations, 'org.opencontainers.image.version': '1' }))
    expect(Object.keys(json)).toEqual(Object.keys(annotations).sort())
    expect(Buffer.from(json['com.urunc.unikernel.cmdline'], 'base64').toString()).toBe('--ipv4=10.0.0.2/24')
    expect(json['com.urunc.unikernel.hypervisor']).toBe('aHZ0')
  })

  test('a com.urunc.unikernel.* label overrides or adds, in the annotations and in urunc.json alike', async () => {
    const kernel = join(scratch, 'kernel')
    writeFileSync(kernel, 'k')
    const labels = { 'com.urunc.unikernel.unikernelType': 'linux', 'com.urunc.unikernel.unikernelVersion': '6.1', team: 'core' }
    const { image } = await imageForTarget({
      adapter: buildAdapter('custom'),
      target: qemu,
      artifacts: { kernel },
      labels,
      standard: standardAnnotations(0, {})
    })
    expect(image.annotations).toMatchObject({
      'com.urunc.unikernel.unikernelType': 'linux',
      'com.urunc.unikernel.unikernelVersion': '6.1',
      team: 'core'
    })
    expect(image.annotations).not.toHaveProperty('org.opencontainers.image.version')
    const urunc = JSON.parse(image.files.find((f) => f.path === 'urunc.json')!.content.toString())
    expect(Buffer.from(urunc['com.urunc.unikernel.unikernelType'], 'base64').toString()).toBe('linux')
    expect(Buffer.from(urunc['com.urunc.unikernel.unikernelVersion'], 'base64').toString()).toBe('6.1')
    expect(urunc).not.toHaveProperty('team')
    expect(image.labels).toEqual(labels)
  })
})

test('standard annotations come from SOURCE_DATE_EPOCH and the source, nothing else (no version: tags are not sources)', () => {
  expect(standardAnnotations(86400, { source: 'https://github.com/acme/web', revision: 'a'.repeat(40) })).toEqual({
    'org.opencontainers.image.created': '1970-01-02T00:00:00Z',
    'org.opencontainers.image.source': 'https://github.com/acme/web',
    'org.opencontainers.image.revision': 'a'.repeat(40)
  })
})

test('a version given as a label is said to tie the digest to it', () => {
  expect(versionNote({ team: 'core' })).toBeUndefined()
  expect(versionNote({ 'org.opencontainers.image.version': '1.4.0' })).toMatch(
    /org\.opencontainers\.image\.version=1\.4\.0: the digest is tied to that version/
  )
})

describe('the build cache key', () => {
  function projectWith(name: string, content: string): string {
    const dir = join(scratch, name)
    mkdirSync(dir, { recursive: true })
    writeFileSync(join(dir, 'main.c'), content)
    return dir
  }
  const plan = (projectDir: string, extra: { cacheKey?: string; toolVersion?: string; command?: string } = {}) =>
    planBuildCache({
      toolchain: 'custom',
      targets: [qemu, { platform: 'fc', arch: 'x86_64' }],
      spec: { paths: ['/cache/ccache'], keyFiles: ['**/*.c'] },
      projectDir,
      extraPaths: [],
      cacheKey: extra.cacheKey,
      toolVersion: extra.toolVersion,
      inputs: { command: extra.command ?? 'make', kernel: 'k' }
    })

  test('readable parts, a hash, and the prefix before the hash as restore key', async () => {
    const p = await plan(projectWith('a', 'int x;'))
    expect(p.key).toMatch(/^unikernel-build-v1-custom-qemu-x86_64\+fc-x86_64-[0-9a-f]{32}$/)
    expect(p.restoreKeys).toEqual(['unikernel-build-v1-custom-qemu-x86_64+fc-x86_64-'])
    expect(p.paths).toEqual(['/cache/ccache'])
    const keyed = await plan(projectWith('a', 'int x;'), { cacheKey: 'gcc12' })
    expect(keyed.key).toMatch(/^unikernel-build-v1-custom-qemu-x86_64\+fc-x86_64-gcc12-[0-9a-f]{32}$/)
    expect(keyed.restoreKeys).toEqual(['unikernel-build-v1-custom-qemu-x86_64+fc-x86_64-gcc12-'])
  })

  test('the same sources give the same key in another directory; a changed source, tool or command another', async () => {
    const base = await plan(projectWith('b', 'int x;'))
    expect((await plan(projectWith('elsewhere/c', 'int x;'))).key).toBe(base.key)
    expect((await plan(projectWith('d', 'int y;'))).key).not.toBe(base.key)
    expect((await plan(projectWith('b', 'int x;'), { toolVersion: 'kraft 0.10' })).key).not.toBe(base.key)
    expect((await plan(projectWith('b', 'int x;'), { command: 'make -j8' })).key).not.toBe(base.key)
  })
})
