import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { writeFileSync } from 'node:fs'
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { list as tarList, type ReadEntry } from 'tar'
import { extractBootImage } from '../../src/oci/image-extract.js'
import { deterministicGzip, deterministicTar, epochToRfc3339, writeImageIndex, type ImageToWrite } from '../../src/oci/image-writer.js'

let scratch: string
beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'image-writer-'))
})
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true })
})

const descriptor = { version: 1, toolchain: 'custom', platform: 'qemu', vmm: 'qemu', arch: 'x86_64', kernel: '/unikernel/kernel', cmdline: 'hi' }

function image(arch: 'x86_64' | 'arm64' = 'x86_64'): ImageToWrite {
  return {
    arch,
    files: [
      { path: 'urunc.json', content: Buffer.from('{}\n') },
      { path: 'unikernel/unikernel.json', content: Buffer.from(JSON.stringify({ ...descriptor, arch })) },
      { path: 'unikernel/kernel', content: Buffer.from(`kernel for ${arch}`) }
    ],
    annotations: { 'z.last': '1', 'a.first': '2' },
    labels: { b: '1', a: '2' },
    createdBy: 'test'
  }
}

async function entriesOf(tar: Buffer): Promise<ReadEntry[]> {
  const file = join(scratch, `list-${Math.random()}.tar`)
  writeFileSync(file, tar)
  const entries: ReadEntry[] = []
  await tarList({ file, onReadEntry: (entry) => void entries.push(entry) })
  return entries
}

describe('deterministicTar', () => {
  test('entries sorted with their parent directories, 0:0, one mtime, plain modes', async () => {
    const tar = deterministicTar(image().files, 1234567890)
    const entries = await entriesOf(tar)
    expect(entries.map((e) => [e.path, e.type, e.uid, e.gid, e.mode, e.mtime?.getTime()])).toEqual([
      ['unikernel/', 'Directory', 0, 0, 0o755, 1234567890000],
      ['unikernel/kernel', 'File', 0, 0, 0o644, 1234567890000],
      ['unikernel/unikernel.json', 'File', 0, 0, 0o644, 1234567890000],
      ['urunc.json', 'File', 0, 0, 0o644, 1234567890000]
    ])
    expect(tar.length % 512).toBe(0)
    expect(tar.subarray(-1024)).toEqual(Buffer.alloc(1024))
  })

  test('the order files are given in does not matter; their content does', () => {
    const files = image().files
    expect(deterministicTar([...files].reverse(), 0)).toEqual(deterministicTar(files, 0))
    expect(deterministicTar(files, 0)).not.toEqual(deterministicTar(files, 1))
  })

  test('refuses paths that are not plain and relative, and duplicates', () => {
    for (const path of ['/abs', 'a/../b', './a', 'a//b'])
      expect(() => deterministicTar([{ path, content: Buffer.alloc(0) }], 0)).toThrow(/not a plain relative path/)
    expect(() =>
      deterministicTar(
        [
          { path: 'a', content: Buffer.alloc(0) },
          { path: 'a', content: Buffer.alloc(1) }
        ],
        0
      )
    ).toThrow(/given twice/)
  })
})

describe('deterministicGzip', () => {
  test('no file name and mtime 0 in the header; same bytes every time', async () => {
    const data = deterministicTar(image().files, 0)
    const gz = await deterministicGzip(data)
    expect(gz.subarray(0, 3)).toEqual(Buffer.from([0x1f, 0x8b, 0x08]))
    expect(gz[3] & 0x08).toBe(0) // FNAME
    expect(gz.readUInt32LE(4)).toBe(0) // MTIME
    expect(gunzipSync(gz)).toEqual(data)
    expect(await deterministicGzip(data)).toEqual(gz)
  })
})

test('epochToRfc3339', () => {
  expect(epochToRfc3339(0)).toBe('1970-01-01T00:00:00Z')
  expect(epochToRfc3339(1700000000)).toBe('2023-11-14T22:13:20Z')
})

describe('writeImageIndex', () => {
  test('the same images give the same bytes in any directory', async () => {
    const options = { epochSeconds: 1700000000, tags: ['1.0', 'latest'], annotations: { 'org.opencontainers.image.version': '1.0' } }
    const one = await writeImageIndex(join(scratch, 'one'), [image(), image('arm64')], options)
    const two = await writeImageIndex(join(scratch, 'elsewhere', 'two'), [image(), image('arm64')], options)
    expect(two).toEqual(one)
    expect((await readdir(join(scratch, 'one', 'blobs', 'sha256'))).sort()).toEqual(
      (await readdir(join(scratch, 'elsewhere', 'two', 'blobs', 'sha256'))).sort()
    )
    const index = JSON.parse(await readFile(join(scratch, 'one', 'index.json'), 'utf8'))
    expect(index.manifests.map((m: { annotations: Record<string, string> }) => m.annotations['org.opencontainers.image.ref.name'])).toEqual(['1.0', 'latest'])
    expect(one.images.map((i) => i.manifest.platform)).toEqual([
      { architecture: 'amd64', os: 'linux' },
      { architecture: 'arm64', os: 'linux' }
    ])
  })

  test('documents are compact JSON with sorted annotations; the config carries os, architecture, created, labels and the diff id', async () => {
    const dir = join(scratch, 'docs')
    const written = await writeImageIndex(dir, [image()], { epochSeconds: 0, tags: ['t'], annotations: {} })
    const blob = (digest: string) => readFile(join(dir, 'blobs', 'sha256', digest.slice(7)), 'utf8')
    const manifestText = await blob(written.images[0].manifest.digest)
    expect(manifestText).not.toMatch(/\n/)
    expect(Object.keys(JSON.parse(manifestText).annotations)).toEqual(['a.first', 'z.last'])
    const config = JSON.parse(await blob(written.images[0].config.digest))
    expect(config).toEqual({
      created: '1970-01-01T00:00:00Z',
      architecture: 'amd64',
      os: 'linux',
      config: { Labels: { a: '2', b: '1' } },
      rootfs: { type: 'layers', diff_ids: [expect.stringMatching(/^sha256:[0-9a-f]{64}$/)] },
      history: [{ created: '1970-01-01T00:00:00Z', created_by: 'test' }]
    })
  })

  test('boot reads what the writer writes: kernel, descriptor, manifest for the arch', async () => {
    const dir = join(scratch, 'bootable')
    const written = await writeImageIndex(dir, [image(), image('arm64')], { epochSeconds: 0, tags: ['t'], annotations: {} })
    const extracted = await extractBootImage('image', { kind: 'layout', dir, tag: 't' }, 'arm64', join(scratch, 'extracted'))
    expect(extracted.indexDigest).toBe(written.index.digest)
    expect(extracted.manifestDigest).toBe(written.images[1].manifest.digest)
    expect(extracted.descriptor).toMatchObject({ toolchain: 'custom', arch: 'arm64', cmdline: 'hi' })
    expect(await readFile(extracted.kernel, 'utf8')).toBe('kernel for arm64')
  })
})
