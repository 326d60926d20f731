import { afterAll, describe, expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { createHash } from 'node:crypto'
import { copyFile, mkdir, readdir, rm, symlink, truncate, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { constants as zlibConstants, createGzip } from 'node:zlib'
import { unpackArm64Image } from '../../src/kernel/arm64-image.js'
import { inspectKernel } from '../../src/kernel/format.js'
import { extractBootImage } from '../../src/oci/image-extract.js'
import { OciLayout } from '../../src/oci/layout-reader.js'
import { parseLayoutReference } from '../../src/oci/reference.js'
import { copyToLayout } from '../../src/publish/layout-copy.js'
import { readSourceImage } from '../../src/publish/source.js'
import { ConfigurationError } from '../../src/runtime/errors.js'
import { MemoryLogger } from '../../src/runtime/logger.js'
import { checkTarEntries } from '../../src/runtime/safe-extract.js'
import { signAction } from '../../src/actions/sign.js'
import { verifyAction } from '../../src/actions/verify.js'
import { fixturePath } from '../support/fixtures.js'
import { bootEntries, buildTar, corruptBlob, fakeKernel, gzip, sha256Digest, tarHeader, writeOciFixture, type FixtureLayout } from '../support/oci-fixture.js'
import { runActionAsRunner } from '../support/run-action.js'
import { opensslKeyPair, runInProcess } from '../support/signing.js'
import { TempDirs } from '../support/temp-dirs.js'

/**
 * Layouts and files that would make a reader read without end or hold too much: FIFOs and devices as
 * blobs, oversized index.json, huge sparse kernels, decompression bombs. Every test has its own short
 * timeout, so a reader that goes back to reading without bound fails instead of hanging the suite.
 */
const SHORT = 30_000

const temps = new TempDirs()
afterAll(() => temps.removeAll())

async function freshDir(name: string): Promise<string> {
  return temps.make(`hostile-reads-${name}-`)
}

async function bootLayout(name: string): Promise<FixtureLayout> {
  return writeOciFixture(await freshDir(name), { images: [{ arch: 'amd64', entries: bootEntries({ kernel: fakeKernel('x') }) }], tags: ['1.0'] })
}

function blobFile(dir: string, digest: string): string {
  return join(dir, 'blobs', 'sha256', digest.slice('sha256:'.length))
}

/** Puts a FIFO, or a symlink to /dev/zero, where a blob was. */
async function replaceBlob(dir: string, digest: string, by: 'fifo' | 'zero'): Promise<string> {
  const path = blobFile(dir, digest)
  await rm(path)
  if (by === 'fifo') execFileSync('mkfifo', [path])
  else await symlink('/dev/zero', path)
  return path
}

async function extractInto(layoutDir: string) {
  const dest = join(await freshDir('dest'), 'image')
  return { dest, result: extractBootImage('image', parseLayoutReference('image', `oci:${layoutDir}:1.0`), undefined, dest) }
}

describe('layout blobs that are not regular files are refused, naming the blob', () => {
  test.each([
    ['a FIFO', 'fifo', /is a FIFO, not a regular file/],
    ['a symlink to /dev/zero', 'zero', /is a symbolic link, not a regular file/]
  ] as const)(
    'boot: a layer that is %s',
    async (_name, by, message) => {
      const layout = await bootLayout('layer')
      const digest = layout.images[0].layerDigest
      await replaceBlob(layout.dir, digest, by)
      const { dest, result } = await extractInto(layout.dir)
      await expect(result).rejects.toThrow(ConfigurationError)
      await expect(result).rejects.toThrow(new RegExp(`blob ${digest} is not a regular file: .*${digest.slice(7)} ${message.source}`))
      expect(await readdir(dest).catch(() => [])).toEqual([])
    },
    SHORT
  )

  test(
    'a manifest blob that is a symlink to /dev/zero and an index.json entry that declares size 0',
    async () => {
      const dir = await freshDir('zero-manifest')
      const empty = sha256Digest(Buffer.alloc(0))
      await mkdir(join(dir, 'blobs', 'sha256'), { recursive: true })
      await writeFile(join(dir, 'oci-layout'), JSON.stringify({ imageLayoutVersion: '1.0.0' }))
      const entry = {
        mediaType: 'application/vnd.oci.image.manifest.v1+json',
        digest: empty,
        size: 0,
        annotations: { 'org.opencontainers.image.ref.name': '1.0' }
      }
      await writeFile(join(dir, 'index.json'), JSON.stringify({ schemaVersion: 2, manifests: [entry] }))
      await symlink('/dev/zero', blobFile(dir, empty))
      const layout = await OciLayout.open('image', dir)
      await expect(layout.resolve({ tag: '1.0' })).rejects.toThrow(/is a symbolic link, not a regular file/)
    },
    SHORT
  )

  test.each(['fifo', 'zero'] as const)(
    'publish: a %s layer is refused before anything is pushed or copied',
    async (by) => {
      const layout = await bootLayout('publish')
      await replaceBlob(layout.dir, layout.images[0].layerDigest, by)
      await expect(readSourceImage('image', parseLayoutReference('image', `oci:${layout.dir}:1.0`))).rejects.toThrow(/is not a regular file/)
    },
    SHORT
  )

  test(
    'publish to an oci: layout copies what it verified, through the same checks',
    async () => {
      const layout = await bootLayout('copy')
      const source = await readSourceImage('image', parseLayoutReference('image', `oci:${layout.dir}:1.0`))
      await replaceBlob(layout.dir, layout.images[0].layerDigest, 'zero')
      const dest = await freshDir('copy-dest')
      await expect(copyToLayout(source, { dir: dest, tag: '1.0' }, { concurrency: 2, logger: new MemoryLogger() })).rejects.toThrow(/is not a regular file/)
      const copied = await readdir(join(dest, 'blobs', 'sha256'))
      expect(copied).not.toContain(layout.images[0].layerDigest.slice('sha256:'.length))
      expect(copied.filter((name) => name.endsWith('.tmp'))).toEqual([])
    },
    SHORT
  )

  test.each(['fifo', 'zero'] as const)(
    'an index.json that is a %s',
    async (by) => {
      const layout = await bootLayout('index')
      await rm(join(layout.dir, 'index.json'))
      if (by === 'fifo') execFileSync('mkfifo', [join(layout.dir, 'index.json')])
      else await symlink('/dev/zero', join(layout.dir, 'index.json'))
      await expect(OciLayout.open('image', layout.dir)).rejects.toThrow(/cannot read index\.json: .* not a regular file/)
    },
    SHORT
  )
})

describe('documents are read up to 4 MiB', () => {
  test(
    'an index.json of 5 MiB is refused as too large, not parsed',
    async () => {
      const layout = await bootLayout('big-index')
      await truncate(join(layout.dir, 'index.json'), 5 * 1024 * 1024)
      await expect(OciLayout.open('image', layout.dir)).rejects.toThrow(/index\.json is too large \(at most 4194304 bytes\)/)
    },
    SHORT
  )
})

describe('verify checks the signed manifest blob itself', () => {
  test(
    'a layout whose signed index blob is corrupt after signing does not verify',
    async () => {
      const pair = opensslKeyPair()
      const layout = await bootLayout('signed')
      const signed = await runInProcess(signAction, {
        image: `oci:${layout.dir}:1.0`,
        identity: 'ghcr.io/acme/web',
        key: pair.privatePem,
        format: 'cosign',
        provenance: 'false'
      })
      expect(signed.error).toBeUndefined()
      await corruptBlob(layout.dir, layout.topDigest, 'content')
      const verified = await runInProcess(verifyAction, { image: `oci:${layout.dir}:1.0`, key: pair.publicPem, format: 'cosign' })
      expect(verified.outputs.get('verified')).not.toBe('true')
      expect(verified.error?.message).toMatch(new RegExp(`is corrupt: blob ${layout.topDigest} .* has content whose sha256 is`))
    },
    SHORT
  )
})

/** An OCI layout of one image whose only layer is the given blob. */
async function layoutWithLayer(name: string, layer: Buffer): Promise<string> {
  const dir = await freshDir(name)
  await mkdir(join(dir, 'blobs', 'sha256'), { recursive: true })
  const put = async (bytes: Buffer) => {
    const digest = sha256Digest(bytes)
    await writeFile(blobFile(dir, digest), bytes)
    return { digest, size: bytes.length }
  }
  const config = await put(Buffer.from(JSON.stringify({ architecture: 'amd64', os: 'linux', config: {}, rootfs: { type: 'layers', diff_ids: [] } })))
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      config: { mediaType: 'application/vnd.oci.image.config.v1+json', ...config },
      layers: [{ mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip', ...(await put(layer)) }]
    })
  )
  const top = { mediaType: 'application/vnd.oci.image.manifest.v1+json', ...(await put(manifest)), annotations: { 'org.opencontainers.image.ref.name': '1.0' } }
  await writeFile(join(dir, 'index.json'), JSON.stringify({ schemaVersion: 2, manifests: [top] }))
  await writeFile(join(dir, 'oci-layout'), JSON.stringify({ imageLayoutVersion: '1.0.0' }))
  return dir
}

/** `head`, then zeros up to `size` bytes in all, gzipped as a stream: the bomb is never in memory whole. */
async function gzipZeros(head: Buffer, size: number): Promise<Buffer> {
  // Level 1 still inflates zeros about 230 times over, and is the quickest to make.
  const gz = createGzip({ level: zlibConstants.Z_BEST_SPEED })
  const parts: Buffer[] = []
  gz.on('data', (chunk: Buffer) => parts.push(chunk))
  const ended = new Promise((resolve) => gz.on('end', resolve))
  gz.write(head)
  const zeros = Buffer.alloc(1024 * 1024)
  for (let written = head.length; written < size; written += zeros.length) {
    if (!gz.write(zeros.subarray(0, Math.min(zeros.length, size - written)))) await new Promise((resolve) => gz.once('drain', resolve))
  }
  gz.end()
  await ended
  return Buffer.concat(parts)
}

describe('decompression is capped: a ratio and an absolute limit, both named', () => {
  test(
    'boot: a layer that inflates 300 MiB of zeros from a few hundred KiB is refused before anything is written',
    async () => {
      const size = 300 * 1024 * 1024
      // One file of `size` zeros, then the end-of-archive blocks (zeros too).
      const bomb = await gzipZeros(tarHeader({ type: 'file', path: 'unikernel/kernel', content: Buffer.alloc(0) }, size), 512 + size + 1024)
      const dir = await layoutWithLayer('bomb', bomb)
      const { dest, result } = await extractInto(dir)
      await expect(result).rejects.toThrow(
        /is unsafe to extract, nothing was extracted from it: it expands past .* beyond the decompression limits \(at most 100 times its compressed size once past 256 MiB, and 8 GiB in all\)/
      )
      expect(await readdir(dest).catch(() => [])).toEqual([])
    },
    SHORT
  )

  test(
    'the absolute limit holds whatever the ratio',
    async () => {
      const file = join(await freshDir('absolute'), 'archive.tar.gz')
      const random = createHash('sha512')
      const content = Buffer.concat(Array.from({ length: 40_000 }, (_, i) => random.copy().update(String(i)).digest()))
      await writeFile(file, gzip(buildTar([{ type: 'file', path: 'a/data', content }])))
      const limits = { ratio: 1_000_000, floor: 0, maxBytes: 1024 * 1024 }
      await expect(checkTarEntries(file, { limits })).rejects.toThrow(/at most 1000000 times its compressed size once past 0 MiB, and 1 MiB in all/)
      await expect(checkTarEntries(file)).resolves.toBe(1)
    },
    SHORT
  )

  test(
    'a tar compressed twice is refused: the inner stream would expand uncounted',
    async () => {
      const file = join(await freshDir('twice'), 'archive.tar.gz')
      await writeFile(file, gzip(gzip(buildTar([{ type: 'file', path: 'a/x', content: Buffer.from('x') }]))))
      await expect(checkTarEntries(file)).rejects.toThrow(/compressed twice over/)
    },
    SHORT
  )
})

describe('kernels are read by ranges, and only regular files', () => {
  test(
    'a 1 TiB sparse kernel (more than this machine could allocate) is recognised from its headers and notes',
    async () => {
      const original = await fixturePath('hello')
      const huge = join(await freshDir('sparse'), 'kernel')
      await copyFile(original, huge)
      await truncate(huge, 1024 ** 4)
      const expected = await inspectKernel(original)
      expect(expected.format).toBe('elf')
      expect(await inspectKernel(huge)).toEqual(expected)
    },
    SHORT
  )

  test(
    'a gzipped arm64 kernel that unpacks past 512 MiB is refused, naming the limit',
    async () => {
      const header = Buffer.alloc(64)
      header.writeUInt32LE(0x644d5241, 0x38)
      const path = join(await freshDir('arm64-bomb'), 'vmlinuz')
      await writeFile(path, await gzipZeros(header, 600 * 1024 * 1024))
      const info = await inspectKernel(path)
      expect(info).toMatchObject({ format: 'arm64-image', compression: { kind: 'gzip' } })
      expect(() => unpackArm64Image(readFileSync(path), info.compression!, path, 'kernel')).toThrow(
        /input `kernel`: .*vmlinuz: its gzip payload unpacks to more than 512 MiB, the most an arm64 Image may be/
      )
    },
    SHORT
  )

  test.each([
    [
      'kernel',
      'a FIFO',
      (path: string) => execFileSync('mkfifo', [path]),
      /input `kernel`: .*kernel is a FIFO, not a regular file: expected a kernel image file/
    ],
    ['kernel', 'a symlink to /dev/zero', (path: string) => execFileSync('ln', ['-s', '/dev/zero', path]), /input `kernel`: .*kernel is a character device/],
    ['initrd', 'a FIFO', (path: string) => execFileSync('mkfifo', [path]), /input `initrd`: .*initrd does not exist or is not a file/]
  ])(
    'boot: %s as %s is refused, naming the input, before any VMM starts',
    async (input, _what, make, message) => {
      const dir = await freshDir('fifo-kernel')
      const path = join(dir, input)
      make(path)
      const inputs: Record<string, string> = input === 'kernel' ? { kernel: path } : { kernel: await fixturePath('hello'), initrd: path }
      // The action runs in a child the test kills after a while: a FIFO that blocks its main thread fails the test.
      const run = await runActionAsRunner('boot', 'main', inputs, { wrapper: ['timeout', '-s', 'KILL', '20'] })
      expect(run.stdout).toMatch(message)
      expect(run.status).toBe(1)
    },
    SHORT
  )
})
