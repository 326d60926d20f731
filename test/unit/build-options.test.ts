import { describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { BUILD_INPUTS, readBuildOptions } from '../../src/actions/build.js'
import { parseCacheKey, parseEpoch, parseLabels, parseTags, parseTargets, resolveTargets } from '../../src/build/options.js'
import { ConfigurationError, inputError } from '../../src/runtime/errors.js'
import { Inputs, MapInputs } from '../../src/runtime/inputs.js'
import { REPO_ROOT } from '../support/fixtures.js'

const inputs = (values: Record<string, string>) => new Inputs(new MapInputs(new Map(Object.entries(values))))

describe('parseTargets', () => {
  test.each([
    [['qemu/x86_64'], [{ platform: 'qemu', arch: 'x86_64' }]],
    [
      ['fc/arm64', 'hvt/x86_64', 'spt/x86_64', 'uhyve/x86_64', 'xen/arm64'],
      [
        { platform: 'fc', arch: 'arm64' },
        { platform: 'hvt', arch: 'x86_64' },
        { platform: 'spt', arch: 'x86_64' },
        { platform: 'uhyve', arch: 'x86_64' },
        { platform: 'xen', arch: 'arm64' }
      ]
    ]
  ])('%j', (items, expected) => {
    expect(parseTargets('target', items)).toEqual(expected)
  })

  test.each(['qemu/', '/x86_64', 'qemu/amd64', 'kvm/x86_64', 'qemu/x86_64/1', 'QEMU/x86_64'])('%s is refused, naming the input', (item) => {
    expect(() => parseTargets('target', [item])).toThrow(
      new ConfigurationError(
        `input \`target\`: \`${item}\` is not PLATFORM/ARCH (platform: qemu, fc, hvt, spt, uhyve, xen; arch: x86_64, arm64; e.g. qemu/x86_64)`
      )
    )
  })

  test('none, or one twice', () => {
    expect(() => parseTargets('target', [])).toThrow(/input `target`: names no target/)
    expect(() => parseTargets('target', ['qemu/x86_64', 'qemu/x86_64'])).toThrow(/`qemu\/x86_64` is listed twice/)
  })

  test("an item without a slash is a Kraftfile target's name, looked up later", () => {
    expect(parseTargets('target', ['debug', 'qemu/x86_64', 'qemu'])).toEqual([{ name: 'debug' }, { platform: 'qemu', arch: 'x86_64' }, { name: 'qemu' }])
    expect(() => parseTargets('target', ['dev', 'dev'])).toThrow(/`dev` is listed twice/)
    expect(() => parseTargets('target', ['-x'])).toThrow(/`-x` is not PLATFORM\/ARCH .* nor a Kraftfile target's name/)
  })
})

describe('resolveTargets', () => {
  const declared = [
    { name: 'dev', platform: 'qemu', arch: 'x86_64' },
    { name: 'edge', platform: 'fc', arch: 'arm64' },
    { platform: 'xen', arch: 'x86_64' }
  ]

  test('a name gives the plat/arch the Kraftfile declares for it; PLATFORM/ARCH items stay as given', () => {
    expect(resolveTargets('target', [{ name: 'edge' }, { platform: 'qemu', arch: 'x86_64' }], declared, '/p/Kraftfile')).toEqual([
      { platform: 'fc', arch: 'arm64', name: 'edge' },
      { platform: 'qemu', arch: 'x86_64' }
    ])
  })

  test('an unknown name names `target` and lists the declared names', () => {
    expect(() => resolveTargets('target', [{ name: 'prod' }], declared, '/p/Kraftfile')).toThrow(
      new ConfigurationError('input `target`: `prod` is not PLATFORM/ARCH nor a name among the targets of /p/Kraftfile (declared: dev, edge)')
    )
    expect(() => resolveTargets('target', [{ name: 'dev' }], undefined, undefined)).toThrow(
      /`dev` is not PLATFORM\/ARCH nor a name among a Kraftfile \(this build has none\)/
    )
  })

  test('a name for a target already listed by plat/arch is listed twice', () => {
    expect(() => resolveTargets('target', [{ platform: 'qemu', arch: 'x86_64' }, { name: 'dev' }], declared, '/p/Kraftfile')).toThrow(
      /`dev` is qemu\/x86_64, which is listed already/
    )
  })
})

describe('parseLabels', () => {
  test('key=value, the value keeping = and commas', () => {
    expect(parseLabels('labels', ['a=b', 'org.example.list=x,y=z', 'empty='])).toEqual({ a: 'b', 'org.example.list': 'x,y=z', empty: '' })
  })
  test.each(['novalue', '=value'])('%s is refused', (item) => {
    expect(() => parseLabels('labels', [item])).toThrow(
      new ConfigurationError(`input \`labels\`: \`${item}\` is not key=value (e.g. org.opencontainers.image.licenses=Apache-2.0)`)
    )
  })
  test('a key twice', () => {
    expect(() => parseLabels('labels', ['a=1', 'a=2'])).toThrow(/`a` is given twice/)
  })
})

describe('parseTags', () => {
  test('auto, explicit, deduplicated', () => {
    expect(parseTags('tags', [])).toBe('auto')
    expect(parseTags('tags', ['auto'])).toBe('auto')
    const spec = parseTags('tags', ['1.4.0', 'latest', '1.4.0'])
    expect(spec !== 'auto' && spec.rules.map((r) => [r.type, r.attrs.value])).toEqual([
      ['raw', '1.4.0'],
      ['raw', 'latest']
    ])
  })
  test.each([['auto', 'v1'], ['.hidden'], ['has space'], ['a/b']])('%j is refused', (...items) => {
    expect(() => parseTags('tags', items)).toThrow(/^input `tags`: /)
  })
})

describe('parseEpoch and parseCacheKey', () => {
  const fail = (problem: string) => inputError('source-date-epoch', problem)
  test('whole seconds within a tar header', () => {
    expect(parseEpoch('0', fail)).toBe(0)
    expect(parseEpoch('1700000000', fail)).toBe(1700000000)
    expect(() => parseEpoch('-1', fail)).toThrow(/`-1` is not a whole number of seconds/)
    expect(() => parseEpoch('1.5', fail)).toThrow(/not a whole number/)
    expect(() => parseEpoch('99999999999', fail)).toThrow(/too far in the future/)
  })
  test('cache keys without commas or spaces', () => {
    expect(parseCacheKey('cache-key', undefined)).toBeUndefined()
    expect(parseCacheKey('cache-key', 'gcc-12')).toBe('gcc-12')
    expect(() => parseCacheKey('cache-key', 'a,b')).toThrow(/^input `cache-key`: `a,b` must not contain commas or whitespace/)
  })
})

describe('readBuildOptions', () => {
  test('defaults', () => {
    expect(readBuildOptions(inputs({}))).toEqual({
      toolchain: 'auto',
      path: '.',
      targets: [{ platform: 'qemu', arch: 'x86_64' }],
      command: undefined,
      kernel: undefined,
      initrd: undefined,
      rootfs: undefined,
      rootfsFormat: undefined,
      debug: false,
      cmdline: undefined,
      memory: undefined,
      name: undefined,
      tags: 'auto',
      labels: {},
      output: undefined,
      cache: true,
      cacheKey: undefined,
      cachePaths: [],
      sourceDateEpoch: undefined
    })
  })

  test('every input, lists split as documented', () => {
    const options = readBuildOptions(
      inputs({
        toolchain: 'custom',
        path: 'app',
        target: 'qemu/x86_64\nfc/x86_64',
        command: 'make\nmake check',
        kernel: 'out/{platform}.elf',
        initrd: 'rootfs.cpio',
        cmdline: 'console=ttyS0',
        memory: '128M',
        name: 'ghcr.io/acme/web',
        tags: '1.0, latest\ntype=semver,pattern={{major}}.{{minor}}',
        flavor: 'latest=false',
        labels: 'a=1,2\nb=3',
        output: 'out/oci',
        cache: 'false',
        'cache-key': 'gcc12',
        'cache-paths': 'build, .deps',
        'source-date-epoch': '42',
        kraftfile: 'spec: v0.6\nruntime: base:latest\n',
        debug: 'true'
      })
    )
    expect(options).toMatchObject({
      kraftfile: 'spec: v0.6\nruntime: base:latest',
      debug: true,
      toolchain: 'custom',
      targets: [
        { platform: 'qemu', arch: 'x86_64' },
        { platform: 'fc', arch: 'x86_64' }
      ],
      command: 'make\nmake check',
      tags: {
        rules: [
          { type: 'raw', attrs: { value: '1.0' } },
          { type: 'raw', attrs: { value: 'latest' } },
          { type: 'semver', attrs: { pattern: '{{major}}.{{minor}}' } }
        ],
        flavor: { latest: 'false' }
      },
      labels: { a: '1,2', b: '3' },
      cache: false,
      cacheKey: 'gcc12',
      cachePaths: ['build', '.deps'],
      sourceDateEpoch: 42,
      memory: '128M'
    })
  })

  test.each([
    [{ toolchain: 'kraft' }, /^input `toolchain`: `kraft` is not one of auto, custom, unikraft, nanos, mirage, hermit$/],
    [{ memory: 'lots' }, /^input `memory`: `lots` is not a memory size/],
    [{ cache: 'maybe' }, /^input `cache`: `maybe` is not a boolean/],
    [{ 'source-date-epoch': 'now' }, /^input `source-date-epoch`: `now` is not a whole number/],
    [{ labels: 'a=1\nb' }, /^input `labels`: `b` is not key=value/],
    [{ target: 'qemu/x86' }, /^input `target`: `qemu\/x86` is not PLATFORM\/ARCH/],
    [{ debug: 'maybe' }, /^input `debug`/]
  ])('%j is a configuration error naming the input', (values, message) => {
    expect(() => readBuildOptions(inputs(values))).toThrow(message)
  })
})

describe('actions/build/action.yml', () => {
  const action = parse(readFileSync(join(REPO_ROOT, 'actions', 'build', 'action.yml'), 'utf8')) as {
    inputs: Record<string, { default?: string }>
    outputs: Record<string, unknown>
    runs: Record<string, string>
  }

  test('the CLI flags are exactly the action inputs', () => {
    expect(Object.keys(action.inputs).sort()).toEqual([...BUILD_INPUTS].sort())
  })

  test('defaults a descriptor or the code resolves are empty in action.yml', () => {
    for (const name of ['memory', 'cmdline', 'output', 'source-date-epoch', 'name']) expect(action.inputs[name].default).toBeUndefined()
  })

  test('outputs, and a post step that always runs (it decides from saved state)', () => {
    expect(Object.keys(action.outputs).sort()).toEqual([
      'build-time-ms',
      'cache-hit',
      'debug-kernel',
      'digest',
      'image',
      'json',
      'kernel',
      'metadata',
      'sbom',
      'tags',
      'targets',
      'version'
    ])
    expect(action.runs).toEqual({ using: 'node24', main: '../../dist/build-main.js', post: '../../dist/build-post.js', 'post-if': 'always()' })
  })
})
