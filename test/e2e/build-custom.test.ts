import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { bootWith } from '../support/boot.js'
import { buildWith, copyExample, decodeUruncJson, readLayoutImage, removeAll, skopeo, uruncAnnotationsOf, type BuildRun } from './build-run.js'

// examples/c-hello, a Multiboot kernel in C built by make, through the custom toolchain for real.
const EPOCH = 1700000000
const BANNER = 'Hello from c-hello: 48/48 units passed'

let scratch: string
let runnerTemp: string
let checkoutA: string
let checkoutB: string
let first: BuildRun
let second: BuildRun

function inputs(path: string, output: string): Record<string, string> {
  return {
    path,
    command: 'make -j2',
    kernel: 'c-hello.elf',
    'source-date-epoch': String(EPOCH),
    tags: '1.0.0,latest',
    output,
    labels: 'org.opencontainers.image.licenses=Apache-2.0'
  }
}

beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'build-custom-'))
  // One RUNNER_TEMP path for both runs, as on a hosted runner; what a fresh machine would lack is removed in between.
  runnerTemp = join(scratch, 'runner-temp')
  checkoutA = copyExample('c-hello', join(scratch, 'a', 'c-hello'))
  checkoutB = copyExample('c-hello', join(scratch, 'elsewhere', 'b', 'c-hello'))
  const env = { XDG_CACHE_HOME: join(scratch, 'cache') }
  first = await buildWith(inputs(checkoutA, join(scratch, 'layout-a')), { runnerTemp, env })
  removeAll(join(runnerTemp, 'unikernel-actions', 'build-cache'))
  second = await buildWith(inputs(checkoutB, join(scratch, 'layout-b')), { runnerTemp, env })
}, 600_000)

afterAll(() => {
  rmSync(scratch, { recursive: true, force: true })
})

describe('custom toolchain, end to end', () => {
  test('the build runs the command with bash and writes every output', () => {
    expect(first.error).toBeUndefined()
    const { outputs, logger } = first
    expect(outputs.get('image')).toBe(`oci:${join(scratch, 'layout-a')}:1.0.0`)
    expect(outputs.get('digest')).toMatch(/^sha256:[0-9a-f]{64}$/)
    expect(outputs.get('cache-hit')).toBe('false')
    expect(Number(outputs.get('build-time-ms'))).toBeGreaterThan(0)
    const kernel = outputs.get('kernel')!
    expect(readFileSync(kernel).subarray(0, 4)).toEqual(Buffer.from([0x7f, 0x45, 0x4c, 0x46]))
    const targets = JSON.parse(outputs.get('targets')!)
    expect(targets).toEqual([
      {
        target: 'qemu/x86_64',
        kernel,
        manifestDigest: expect.stringMatching(/^sha256:/),
        platform: { architecture: 'amd64', os: 'linux' },
        sbom: expect.stringMatching(/\/qemu-x86_64\/sbom\.spdx\.json$/)
      }
    ])
    expect(JSON.parse(outputs.get('metadata')!)).toEqual({
      'qemu/x86_64': { version: 1, toolchain: 'custom', platform: 'qemu', vmm: 'qemu', arch: 'x86_64', kernel: '/unikernel/kernel' }
    })
    expect(logger.lines).toContainEqual({ level: 'group', message: 'Build qemu/x86_64 (custom)' })
    expect(logger.text('info')).toMatch(/^\$ make -j2$/m)
    expect(logger.text('info')).toMatch(/^ {2}LD\tc-hello\.elf$/m)
  })

  test('skopeo reads the layout and copies the image out of it', async () => {
    const layout = join(scratch, 'layout-a')
    const raw = JSON.parse(await skopeo(['inspect', '--raw', `oci:${layout}:1.0.0`], scratch))
    expect(raw.mediaType).toBe('application/vnd.oci.image.index.v1+json')
    expect(raw.manifests).toEqual([expect.objectContaining({ platform: { architecture: 'amd64', os: 'linux' } })])
    expect(raw.annotations).toEqual({
      'org.opencontainers.image.created': '2023-11-14T22:13:20Z',
      'org.opencontainers.image.licenses': 'Apache-2.0'
    })
    const copy = join(scratch, 'skopeo-dir')
    await skopeo(['copy', `oci:${layout}:latest`, `dir:${copy}`], scratch)
    const manifest = JSON.parse(readFileSync(join(copy, 'manifest.json'), 'utf8'))
    expect(manifest.layers).toHaveLength(1)
  })

  test('the layer holds kernel, descriptor and urunc.json, sorted, owned by 0:0, dated SOURCE_DATE_EPOCH', async () => {
    const { images } = await readLayoutImage(join(scratch, 'layout-a'), '1.0.0')
    expect(images).toHaveLength(1)
    const [image] = images
    const lines = image.listing.trim().split('\n')
    expect(lines.map((line) => line.split(/\s+/).slice(-1)[0])).toEqual(['unikernel/', 'unikernel/kernel', 'unikernel/unikernel.json', 'urunc.json'])
    for (const line of lines) expect(line).toMatch(/^\S+ 0\/0 +\d+ 2023-11-14 22:13 /)
    expect(image.config).toMatchObject({ architecture: 'amd64', os: 'linux', created: '2023-11-14T22:13:20Z' })
    expect(image.files.get('unikernel/kernel')).toEqual(readFileSync(first.outputs.get('kernel')!))
    expect(JSON.parse(image.files.get('unikernel/unikernel.json')!.toString())).toEqual(JSON.parse(first.outputs.get('metadata')!)['qemu/x86_64'])
  })

  test('urunc annotations and /urunc.json say the same', async () => {
    const { images } = await readLayoutImage(join(scratch, 'layout-a'), '1.0.0')
    const annotations = uruncAnnotationsOf(images[0].annotations)
    expect(annotations).toEqual({
      'com.urunc.unikernel.unikernelType': 'custom',
      'com.urunc.unikernel.hypervisor': 'qemu',
      'com.urunc.unikernel.binary': '/unikernel/kernel',
      'com.urunc.unikernel.cmdline': ''
    })
    expect(decodeUruncJson(images[0].files.get('urunc.json')!)).toEqual(annotations)
  })

  test('a fresh checkout elsewhere builds warm from the cache and gives the same digest, byte for byte', async () => {
    expect(second.error).toBeUndefined()
    expect(second.outputs.get('cache-hit')).toBe('true')
    expect(second.logger.text()).toMatch(/Build cache: restored unikernel-build-v1-custom-qemu-x86_64-[0-9a-f]+ \(local cache, exact hit\)/)
    expect(second.outputs.get('digest')).toBe(first.outputs.get('digest'))
    expect(readFileSync(second.outputs.get('kernel')!)).toEqual(readFileSync(first.outputs.get('kernel')!))
  })

  test('no directory name reaches the kernel', () => {
    const kernel = readFileSync(first.outputs.get('kernel')!)
    for (const needle of [scratch, checkoutA, 'c-hello-']) expect(kernel.includes(needle)).toBe(false)
  })

  test('boot runs the image from the layout, and by default the last build of the job', async () => {
    const layout = join(scratch, 'layout-a')
    // No expectations: the guest's own exit decides, through the custom toolchain's decoding.
    const explicit = await bootWith({ image: `oci:${layout}:1.0.0` }, { runnerTemp: join(scratch, 'boot') })
    expect(explicit.error).toBeUndefined()
    expect(explicit.outputs.get('result')).toBe('passed')
    expect(explicit.outputs.get('exit-code')).toBe('0')
    expect(readFileSync(explicit.outputs.get('console-log')!, 'utf8')).toContain(BANNER)

    // Same RUNNER_TEMP as the second build: its job state names the image to boot.
    const fromState = await bootWith({ expect: BANNER }, { runnerTemp })
    expect(fromState.error).toBeUndefined()
    expect(fromState.outputs.get('result')).toBe('passed')
    expect(fromState.logger.text()).toContain(`the job's last build (oci:${join(scratch, 'layout-b')}:1.0.0)`)
    const state = JSON.parse(readFileSync(join(runnerTemp, 'unikernel-actions', 'state.json'), 'utf8'))
    expect(state.build).toMatchObject({
      image: `oci:${join(scratch, 'layout-b')}:1.0.0`,
      digest: first.outputs.get('digest'),
      tags: ['1.0.0', 'latest'],
      toolchain: 'custom',
      name: 'c-hello'
    })
  })
})
