import { describe, expect, test } from '@jest/globals'
import { createHash } from 'node:crypto'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { manifestKernelSha256, parseSbomChoice, platformManifests, readSbomFile } from '../../src/signing/sbom-attestation.js'
import { LayoutSignatureStore } from '../../src/signing/store.js'
import { bootEntries, fakeKernel, writeOciFixture } from '../support/oci-fixture.js'

const sha256 = (content: Uint8Array): string => createHash('sha256').update(content).digest('hex')

describe('the sign action sbom input', () => {
  test.each([
    [[], { mode: 'auto' }],
    [['auto'], { mode: 'auto' }],
    [['true'], { mode: 'required' }],
    [['false'], { mode: 'off' }],
    [['a.spdx.json', 'b.spdx.json'], { mode: 'files', paths: ['a.spdx.json', 'b.spdx.json'] }]
  ])('%j', (values, choice) => {
    expect(parseSbomChoice('sbom', values)).toEqual(choice)
  })

  test('auto, true or false among files is an error naming the input', () => {
    expect(() => parseSbomChoice('sbom', ['a.spdx.json', 'false'])).toThrow(/^input `sbom`: `false` cannot be listed with SBOM files/)
  })
})

describe('the kernel a platform manifest holds', () => {
  test.each(['gzip', 'zstd', 'none'] as const)('its /unikernel/kernel SHA-256 from a %s layer; undefined without one', async (compression) => {
    const dir = mkdtempSync(join(tmpdir(), 'sbom-kernel-'))
    const kernels = [fakeKernel('a'), fakeKernel('b')]
    await writeOciFixture(dir, {
      images: [
        { arch: 'amd64', entries: bootEntries({ kernel: kernels[0], initrd: Buffer.from('initrd') }), compression },
        { arch: 'arm64', entries: bootEntries({ kernel: kernels[1] }), compression },
        { arch: 'amd64', entries: [{ type: 'file', path: 'other/kernel', content: kernels[0] }], compression }
      ],
      tags: ['1.0']
    })
    const store = new LayoutSignatureStore(dir, 'image')
    const top = (await store.getTagged('1.0'))!.descriptor.digest
    const manifests = await platformManifests(store, top)
    expect(manifests).toHaveLength(3)
    expect(await Promise.all(manifests.map((m) => manifestKernelSha256(store, m)))).toEqual([sha256(kernels[0]), sha256(kernels[1]), undefined])
    // A single manifest is its own platform manifest.
    expect(await platformManifests(store, manifests[1].digest)).toEqual([manifests[1]])
  })
})

describe('reading an SBOM file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sbom-files-'))
  const file = (name: string, content: string): string => {
    writeFileSync(join(dir, name), content)
    return join(dir, name)
  }

  test('the kernel SHA-256 it records', async () => {
    const path = file(
      'ok.spdx.json',
      JSON.stringify({
        spdxVersion: 'SPDX-2.3',
        files: [{ fileName: './unikernel/kernel', checksums: [{ algorithm: 'SHA256', checksumValue: 'ab'.repeat(32) }] }]
      })
    )
    expect((await readSbomFile(path, 'sbom')).kernelSha256).toBe('ab'.repeat(32))
  })

  test.each([
    ['missing', () => join(dir, 'absent.json'), /cannot read SBOM .*absent\.json: ENOENT/],
    ['not JSON', () => file('text', 'hello'), /is not JSON/],
    ['not SPDX', () => file('cyclonedx.json', '{"bomFormat":"CycloneDX"}'), /is not an SPDX JSON document/],
    ['without the kernel', () => file('nokernel.json', '{"spdxVersion":"SPDX-2.3","files":[]}'), /names no \.\/unikernel\/kernel with a SHA256 checksum/]
  ])('%s: an error naming the input', async (_name, path, message) => {
    await expect(readSbomFile(path(), 'sbom')).rejects.toThrow(message)
    await expect(readSbomFile(path(), 'sbom')).rejects.toThrow(/^input `sbom`: /)
  })
})
