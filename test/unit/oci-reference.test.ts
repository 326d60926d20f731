import { describe, expect, test } from '@jest/globals'
import { parseDescriptor } from '../../src/oci/unikernel-descriptor.js'
import { platformOfUruncHypervisor, uruncHypervisorOf } from '../../src/oci/urunc.js'
import { archOfOciArchitecture, BUILD_PLATFORMS, ociArchitecture } from '../../src/platform.js'
import { vmmDriver, vmmOfPlatform } from '../../src/vmm/drivers.js'
import { formatImageReference, parseImageReference, parseLayoutReference, parseRegistryReference, type ImageReference } from '../../src/oci/reference.js'
import { ConfigurationError } from '../../src/runtime/errors.js'

const HEX = 'a'.repeat(64)
const DIGEST = `sha256:${HEX}`

describe('local (oci:) references', () => {
  test.each<[string, ImageReference]>([
    ['oci:/tmp/x:tag', { kind: 'layout', dir: '/tmp/x', tag: 'tag' }],
    ['oci:/tmp/x', { kind: 'layout', dir: '/tmp/x' }],
    ['oci:relative/dir', { kind: 'layout', dir: 'relative/dir' }],
    ['oci:relative/dir:1.4.0', { kind: 'layout', dir: 'relative/dir', tag: '1.4.0' }],
    ['oci:./out:latest', { kind: 'layout', dir: './out', tag: 'latest' }],
    [`oci:/tmp/x@${DIGEST}`, { kind: 'layout', dir: '/tmp/x', digest: DIGEST }],
    // The digest suffix is parsed first, so a digest reference may name a directory with ':' in it.
    [`oci:/tmp/a:b@${DIGEST}`, { kind: 'layout', dir: '/tmp/a:b', digest: DIGEST }],
    ['oci:/tmp/x:_under-score.9', { kind: 'layout', dir: '/tmp/x', tag: '_under-score.9' }],
    [`oci:/tmp/x:${'t'.repeat(128)}`, { kind: 'layout', dir: '/tmp/x', tag: 't'.repeat(128) }],
    ['oci:/tmp/x@y:tag', { kind: 'layout', dir: '/tmp/x@y', tag: 'tag' }]
  ])('%s', (value, expected) => {
    expect(parseImageReference('image', value)).toEqual(expected)
    expect(formatImageReference(expected)).toBe(value)
  })

  test.each<[string, RegExp]>([
    ['oci:', /input `image`: `oci:` names no directory \(e\.g\. oci:out\/image:1\.0/],
    ['oci::tag', /names no directory/],
    [`oci:@${DIGEST}`, /names no directory/],
    ['oci:/tmp/x:', /has an empty tag after ':'/],
    ['oci:/tmp/a:b:c', /`b:c` is not a valid tag.*a directory containing ':' can only be referenced by digest/],
    ['oci:/tmp/x:.hidden', /`\.hidden` is not a valid tag/],
    ['oci:/tmp/x:-dash', /`-dash` is not a valid tag/],
    [`oci:/tmp/x:${'t'.repeat(129)}`, /is not a valid tag/],
    ['oci:/tmp/x@sha256:abc', /digest `sha256:abc` is invalid: expected sha256: followed by 64 lowercase hex digits/],
    [`oci:/tmp/x@sha256:${'A'.repeat(64)}`, /digest .* is invalid/],
    [`oci:/tmp/x@sha512:${'a'.repeat(128)}`, /sha512 digests are not supported/]
  ])('%s is refused', (value, message) => {
    expect(() => parseImageReference('image', value)).toThrow(ConfigurationError)
    expect(() => parseImageReference('image', value)).toThrow(message)
  })

  test('parseLayoutReference refuses a registry name', () => {
    expect(() => parseLayoutReference('image', 'ghcr.io/acme/web:1')).toThrow(
      /input `image`: `ghcr\.io\/acme\/web:1` is not a local image reference \(e\.g\. oci:/
    )
  })
})

describe('registry references', () => {
  test.each<[string, ImageReference]>([
    ['ghcr.io/acme/web:1.4.0', { kind: 'registry', registry: 'ghcr.io', repository: 'acme/web', tag: '1.4.0' }],
    ['ghcr.io/acme/web', { kind: 'registry', registry: 'ghcr.io', repository: 'acme/web' }],
    [`ghcr.io/acme/web@${DIGEST}`, { kind: 'registry', registry: 'ghcr.io', repository: 'acme/web', digest: DIGEST }],
    [`ghcr.io/acme/web:1.0@${DIGEST}`, { kind: 'registry', registry: 'ghcr.io', repository: 'acme/web', tag: '1.0', digest: DIGEST }],
    ['localhost:5000/a/b:t', { kind: 'registry', registry: 'localhost:5000', repository: 'a/b', tag: 't' }],
    ['localhost/x', { kind: 'registry', registry: 'localhost', repository: 'x' }],
    [`localhost:5000/x@${DIGEST}`, { kind: 'registry', registry: 'localhost:5000', repository: 'x', digest: DIGEST }],
    ['127.0.0.1:5000/x', { kind: 'registry', registry: '127.0.0.1:5000', repository: 'x' }],
    ['[::1]:5000/x:y', { kind: 'registry', registry: '[::1]:5000', repository: 'x', tag: 'y' }],
    ['[::1]/x', { kind: 'registry', registry: '[::1]', repository: 'x' }],
    ['docker.io/acme/web', { kind: 'registry', registry: 'docker.io', repository: 'acme/web' }],
    ['docker.io/library/web:1.0', { kind: 'registry', registry: 'docker.io', repository: 'library/web', tag: '1.0' }],
    ['registry.example.com:443/a.b/c_d/e__f/g--h:v1', { kind: 'registry', registry: 'registry.example.com:443', repository: 'a.b/c_d/e__f/g--h', tag: 'v1' }],
    ['My-Registry.example.com/x', { kind: 'registry', registry: 'My-Registry.example.com', repository: 'x' }]
  ])('%s', (value, expected) => {
    expect(parseImageReference('to', value)).toEqual(expected)
    expect(formatImageReference(expected)).toBe(value)
  })

  test.each<[string, RegExp]>([
    [
      'web:1.0',
      /input `to`: `web:1\.0` is not registry-qualified: it would be an implicit Docker Hub reference; write the registry explicitly, e\.g\. `docker\.io\/library\/web:1\.0`/
    ],
    ['acme/web', /`acme\/web` is not registry-qualified: .*implicit Docker Hub.*`docker\.io\/acme\/web`/],
    [`acme/web@${DIGEST}`, /implicit Docker Hub.*`docker\.io\/acme\/web@sha256:a{64}`/],
    ['web', /implicit Docker Hub/],
    ['localhost:5000', /`localhost:5000` names a registry but no repository \(e\.g\. ghcr\.io\/acme\/web:1\.0/],
    ['ghcr.io', /names a registry but no repository/],
    ['ghcr.io/', /names a registry but no repository/],
    ['ghcr.io/Acme/web', /`Acme` is not a valid repository path component .*; repository names are lowercase/],
    ['ghcr.io/acme//web', /`` is not a valid repository path component/],
    ['ghcr.io/acme/web-', /`web-` is not a valid repository path component/],
    ['ghcr.io/acme/web:', /`` is not a valid tag/],
    ['ghcr.io/acme/web:.x', /`\.x` is not a valid tag/],
    ['ghcr.io/acme/web@sha256:short', /digest `sha256:short` is invalid/],
    [`ghcr.io/acme/web@sha512:${'a'.repeat(128)}`, /is invalid: expected sha256:/],
    ['localhost:99999/x', /`99999` is not a valid port in `localhost:99999`/],
    ['localhost:/x', /`` is not a valid port/],
    ['bad_host.io/x', /`bad_host\.io` is not a valid registry host/],
    ['[::zz]:5000/x', /`\[::zz\]:5000` is not a valid registry host/],
    ['[::1]x/y', /is not a valid registry host/],
    ['docker://ghcr.io/acme/web', /the `docker:` transport is not supported; write the registry name without `docker:\/\/`/],
    ['oci-archive:/tmp/x.tar', /the `oci-archive:` transport is not supported/],
    ['ghcr.io/acme/web 1', /is not an image reference/],
    ['', /is not an image reference/],
    [`ghcr.io/${'a'.repeat(250)}`, /longer than 255 characters/]
  ])('%s is refused', (value, message) => {
    expect(() => parseImageReference('to', value)).toThrow(ConfigurationError)
    expect(() => parseImageReference('to', value)).toThrow(message)
  })

  test('parseRegistryReference refuses nothing that parseImageReference accepts as registry', () => {
    expect(parseRegistryReference('to', 'ghcr.io/a:b')).toEqual(parseImageReference('to', 'ghcr.io/a:b'))
  })
})

describe('name table', () => {
  test('platform ↔ vmm ↔ urunc hypervisor ↔ KVM, as in the brief', () => {
    const row = (platform: (typeof BUILD_PLATFORMS)[number]) => {
      const vmm = vmmOfPlatform(platform)
      return { vmm, urunc: uruncHypervisorOf(platform), acceleration: vmm && vmmDriver(vmm).acceleration }
    }
    expect(Object.fromEntries(BUILD_PLATFORMS.map((platform) => [platform, row(platform)]))).toEqual({
      qemu: { vmm: 'qemu', urunc: 'qemu', acceleration: 'optional' },
      fc: { vmm: 'firecracker', urunc: 'firecracker', acceleration: 'required' },
      hvt: { vmm: 'solo5-hvt', urunc: 'hvt', acceleration: 'required' },
      spt: { vmm: 'solo5-spt', urunc: 'spt', acceleration: 'none' },
      uhyve: { vmm: 'uhyve', urunc: undefined, acceleration: 'required' },
      xen: { vmm: undefined, urunc: undefined, acceleration: undefined }
    })
    expect(platformOfUruncHypervisor('firecracker')).toBe('fc')
    expect(platformOfUruncHypervisor('kvm')).toBeUndefined()
  })
  test('architectures: ours ↔ OCI', () => {
    expect(ociArchitecture('x86_64')).toBe('amd64')
    expect(ociArchitecture('arm64')).toBe('arm64')
    expect(archOfOciArchitecture('amd64')).toBe('x86_64')
    expect(archOfOciArchitecture('arm64')).toBe('arm64')
    expect(archOfOciArchitecture('riscv64')).toBeUndefined()
  })
})

describe('image descriptor', () => {
  const valid = {
    version: 1,
    toolchain: 'unikraft',
    platform: 'qemu',
    vmm: 'qemu',
    arch: 'x86_64',
    kernel: '/unikernel/kernel',
    initrd: '/unikernel/initrd',
    cmdline: 'netdev.ip=10.0.2.15',
    memory: '128M',
    cpus: 2,
    timeout: 30,
    expect: ['Powered by Unikraft', 'listening on \\d+'],
    failOn: ['CRIT:'],
    futureField: 'ignored'
  }
  test('a full descriptor parses, unknown fields dropped', () => {
    const parsed = parseDescriptor(valid, 'unikernel.json')
    expect(parsed).not.toHaveProperty('futureField')
    expect(parsed).toEqual({ ...valid, futureField: undefined })
  })
  test('a build-only platform has no vmm', () => {
    expect(parseDescriptor({ ...valid, platform: 'xen', vmm: undefined }, 'd').vmm).toBeUndefined()
  })
  test.each<[Record<string, unknown>, RegExp]>([
    [{ version: 2 }, /^src\.json: `version` is 2: written by a newer unikernel-actions/],
    [{ version: '1' }, /`version` is "1", expected 1/],
    [{ toolchain: 'rumprun' }, /`toolchain` is "rumprun", expected one of unikraft, solo5/],
    [{ platform: 'kvm' }, /`platform` is "kvm", expected one of qemu, fc/],
    [{ vmm: 'firecracker' }, /`vmm` is firecracker, but platform qemu boots with qemu/],
    [{ vmm: undefined }, /`vmm` is undefined, expected one of qemu/],
    [{ platform: 'xen' }, /`vmm` must be absent: platform xen is build-only/],
    [{ arch: 'amd64' }, /`arch` is "amd64", expected one of x86_64, arm64/],
    [{ kernel: 'unikernel/kernel' }, /`kernel` is "unikernel\/kernel", expected an absolute path inside the image/],
    [{ kernel: '/unikernel/../etc/passwd' }, /`kernel` is .*expected an absolute path/],
    [{ initrd: 7 }, /`initrd` is 7/],
    [{ memory: 'lots' }, /`memory` is "lots", expected a whole number of MiB/],
    [{ memory: 128 }, /`memory` must be a string/],
    [{ cpus: 0 }, /`cpus` is 0, expected a whole number/],
    [{ timeout: -1 }, /`timeout` is -1, expected a number of seconds > 0/],
    [{ expect: 'banner' }, /`expect` must be an array of regular expressions/],
    [{ failOn: ['ok', 'bad('] }, /`failOn` `bad\(` is not a valid regular expression/]
  ])('%j is refused', (change, message) => {
    expect(() => parseDescriptor({ ...valid, ...change }, 'src.json')).toThrow(ConfigurationError)
    expect(() => parseDescriptor({ ...valid, ...change }, 'src.json')).toThrow(message)
  })
  test('not an object', () => {
    expect(() => parseDescriptor([], 'src.json')).toThrow('src.json: expected a JSON object')
  })
})
