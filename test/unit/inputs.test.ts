import { describe, expect, test } from '@jest/globals'
import { parsePorts } from '../../src/boot/ports.js'
import { resolveProbeUrls } from '../../src/boot/probe.js'
import { splitArguments } from '../../src/runtime/arguments.js'
import { ConfigurationError } from '../../src/runtime/errors.js'
import { Inputs, MapInputs } from '../../src/runtime/inputs.js'
import { parseGuestMemoryMiB, parseMemoryMiB } from '../../src/runtime/units.js'
import { readBootOptions } from '../../src/actions/boot.js'
import { totalmem } from 'node:os'

const inputs = (values: Record<string, string>) => new Inputs(new MapInputs(new Map(Object.entries(values))))

describe('list inputs', () => {
  test('comma or newline lists, trimmed, empty items dropped', () => {
    expect(inputs({ ports: '8080:80, 0:443\n\n 9000:9000 ' }).list('ports')).toEqual(['8080:80', '0:443', '9000:9000'])
  })
  test('newline-only lists keep commas inside items (regexes)', () => {
    expect(inputs({ expect: 'a{1,3}\nb,c' }).list('expect', { newlineOnly: true })).toEqual(['a{1,3}', 'b,c'])
  })
})

describe('errors name the input', () => {
  test.each([
    [() => parsePorts(['80:abc']), /input `ports`: `80:abc` is not HOST:GUEST/],
    [() => parsePorts(['70000:80']), /input `ports`/],
    [() => parsePorts(['8080:80', '8080:81']), /input `ports`: host port 8080 is forwarded twice/],
    [() => parseMemoryMiB('memory', 'lots'), /input `memory`: `lots` is not a memory size/],
    [() => parseMemoryMiB('memory', '512K'), /input `memory`: `512K` must be a whole number of MiB/],
    [() => readBootOptions(inputs({ 'log-limit': 'lots' })), /input `log-limit`: `lots` is not a size \(e\.g\. 64M, 1G, or a number of bytes\)/],
    [() => readBootOptions(inputs({ 'log-limit': '0' })), /input `log-limit`: `0` must be at least 1 byte/],
    [() => inputs({ expect: 'Hello(' }).regexList('expect'), /input `expect`: `Hello\(` is not a valid regular expression/],
    [() => inputs({ timeout: '1.5' }).positiveInteger('timeout'), /input `timeout`: `1.5` is not a whole number/],
    [() => inputs({ timeout: '0' }).positiveInteger('timeout'), /input `timeout`: `0` is out of range/],
    [() => inputs({ 'keep-running': 'maybe' }).boolean('keep-running', false), /input `keep-running`: `maybe` is not a boolean/],
    [() => inputs({ vmm: 'bochs' }).choice('vmm', ['qemu'], 'qemu'), /input `vmm`: `bochs` is not one of qemu/],
    [() => splitArguments('vmm-args', '-append "unclosed'), /input `vmm-args`: unbalanced "/],
    [() => resolveProbeUrls(['http://127.0.0.1:{80}/'], []), /input `probe`: .* guest port 80, but `ports` forwards no host port/],
    [() => resolveProbeUrls(['ftp://127.0.0.1:21/'], []), /input `probe`: .* only http/],
    [() => resolveProbeUrls(['tcp://127.0.0.1'], []), /input `probe`: .* needs a port/]
  ])('%#', (fn, message) => {
    expect(fn).toThrow(ConfigurationError)
    expect(fn).toThrow(message)
  })
})

describe('values', () => {
  test.each([
    ['128M', 128],
    ['1G', 1024],
    ['512Mi', 512],
    ['2GiB', 2048],
    ['64', 64]
  ])('memory %s = %d MiB', (text, mib) => expect(parseMemoryMiB('memory', text)).toBe(mib))

  test.each([
    ['64M', 64 * 1024 * 1024],
    ['1G', 1024 ** 3],
    ['512KiB', 512 * 1024],
    ['4096', 4096]
  ])('log-limit %s = %d bytes', (text, bytes) => expect(readBootOptions(inputs({ 'log-limit': text })).logLimit).toBe(bytes))

  test('ports: 0 means pick later', () =>
    expect(parsePorts(['0:80', '8080:8080'])).toEqual([
      { host: 0, guest: 80 },
      { host: 8080, guest: 8080 }
    ]))

  test('probe {port} placeholders resolve to the forwarded host port', () => {
    const [target] = resolveProbeUrls(['http://127.0.0.1:{80}/health'], [{ host: 34567, guest: 80 }])
    expect(target.url.href).toBe('http://127.0.0.1:34567/health')
    expect(target.original).toBe('http://127.0.0.1:{80}/health')
  })

  test.each([
    ['-device virtio-rng-pci', ['-device', 'virtio-rng-pci']],
    ['-append "a b,c"', ['-append', 'a b,c']],
    ["-name 'x y'", ['-name', 'x y']],
    ['  -s  ', ['-s']],
    ['""', ['']]
  ])('vmm-args line %j', (line, argv) => expect(splitArguments('vmm-args', line)).toEqual(argv))
})

describe('memory for a guest booted here', () => {
  test('boot refuses more than the host has, naming `memory` and the bound, before any VMM runs', () => {
    const host = Math.floor(totalmem() / (1024 * 1024))
    expect(() => readBootOptions(inputs({ memory: '999999G' }))).toThrow(
      new ConfigurationError(`input \`memory\`: \`999999G\` is more than this host's memory (${host} MiB); give at most ${host}M`)
    )
  })
  test('up to the host memory is accepted', () => {
    expect(parseGuestMemoryMiB('memory', '2G', 2048)).toBe(2048)
    expect(() => parseGuestMemoryMiB('memory', '2049M', 2048)).toThrow(/input `memory`: `2049M` is more than this host's memory \(2048 MiB\)/)
  })
})
