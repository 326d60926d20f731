import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { execFile } from 'node:child_process'
import { mkdir, mkdtemp, readdir, readFile, realpath, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, sep } from 'node:path'
import { promisify } from 'node:util'
import { extractBootImage } from '../../src/oci/image-extract.js'
import { unpackTar } from '../../src/runtime/safe-extract.js'
import { OciLayout } from '../../src/oci/layout-reader.js'
import { parseLayoutReference, type LayoutReference } from '../../src/oci/reference.js'
import { ConfigurationError } from '../../src/runtime/errors.js'
import {
  bootEntries,
  buildTar,
  corruptBlob,
  EVIL_LAYERS,
  fakeKernel,
  gzip,
  sampleDescriptor,
  writeOciFixture,
  type FixtureImage,
  type FixtureSpec,
  type TarEntry
} from '../support/oci-fixture.js'

const execFileAsync = promisify(execFile)

let scratch: string
let counter = 0

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'oci-layout-test-'))
})
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true })
})

async function freshDir(name: string): Promise<string> {
  const dir = join(scratch, `${++counter}-${name}`)
  await mkdir(dir, { recursive: true })
  return dir
}

async function skopeo(args: string[]): Promise<string> {
  // Keeps a non-root skopeo's blob-info cache out of $HOME (as root it always uses /var/lib/containers/cache).
  const env = { ...process.env, XDG_DATA_HOME: join(scratch, 'xdg') }
  const { stdout } = await execFileAsync('skopeo', ['--insecure-policy', ...args], { env, maxBuffer: 16 * 1024 * 1024 })
  return stdout
}

const amd64Kernel = fakeKernel('amd64')
const arm64Kernel = fakeKernel('arm64')
const amd64Image = (): FixtureImage => ({ arch: 'amd64', entries: bootEntries({ kernel: amd64Kernel, descriptor: sampleDescriptor('x86_64') }) })
const arm64Image = (): FixtureImage => ({ arch: 'arm64', entries: bootEntries({ kernel: arm64Kernel, descriptor: sampleDescriptor('arm64') }) })

async function layout(name: string, spec: FixtureSpec) {
  return writeOciFixture(await freshDir(name), spec)
}

/** Extracts into `<fresh parent>/dest`, so a test can tell whether anything landed beside it. */
async function extract(ref: string | LayoutReference, arch?: 'x86_64' | 'arm64') {
  const parent = await freshDir('extract')
  const dest = join(parent, 'dest')
  const reference = typeof ref === 'string' ? parseLayoutReference('image', ref) : ref
  return { parent, dest, result: extractBootImage('image', reference, arch, dest) }
}

describe('skopeo accepts what the fixture writes', () => {
  test('inspect --raw returns the image index byte for byte; inspect reads the amd64 config', async () => {
    const fixture = await layout('skopeo-inspect', { images: [amd64Image(), arm64Image()], tags: ['1.0'] })
    const raw = await skopeo(['inspect', '--raw', `oci:${fixture.dir}:1.0`])
    expect(Buffer.from(raw)).toEqual(fixture.topJson)
    const inspected = JSON.parse(await skopeo(['--override-arch', 'amd64', '--override-os', 'linux', 'inspect', `oci:${fixture.dir}:1.0`])) as Record<
      string,
      unknown
    >
    expect(inspected).toMatchObject({ Digest: fixture.topDigest, Architecture: 'amd64', Os: 'linux', Layers: [fixture.images[0].layerDigest] })
  })

  test('copy --all keeps every digest, and the copy extracts like the original', async () => {
    const fixture = await layout('skopeo-copy', { images: [amd64Image(), arm64Image()], tags: ['1.0'] })
    const copy = join(await freshDir('skopeo-copy-dest'), 'layout')
    await skopeo(['copy', '--all', `oci:${fixture.dir}:1.0`, `oci:${copy}:1.0`])
    const index = JSON.parse(await readFile(join(copy, 'index.json'), 'utf8')) as { manifests: { digest: string; annotations: Record<string, string> }[] }
    expect(index.manifests).toEqual([expect.objectContaining({ digest: fixture.topDigest, annotations: { 'org.opencontainers.image.ref.name': '1.0' } })])
    const { result } = await extract(`oci:${copy}:1.0`, 'arm64')
    const image = await result
    expect(await readFile(image.kernel)).toEqual(arm64Kernel)
    expect(image.indexDigest).toBe(fixture.topDigest)
    expect(image.manifestDigest).toBe(fixture.images[1].manifestDigest)
  })

  test('a plain-manifest layout is also one skopeo reads', async () => {
    const fixture = await layout('skopeo-plain', { images: [amd64Image()], tags: ['v1'], plainManifest: true })
    expect(Buffer.from(await skopeo(['inspect', '--raw', `oci:${fixture.dir}:v1`]))).toEqual(fixture.topJson)
  })
})

describe('extractBootImage', () => {
  test('by tag: the kernel bytes, the descriptor and both digests', async () => {
    const fixture = await layout('by-tag', { images: [amd64Image(), arm64Image()], tags: ['1.0', 'latest'] })
    const { dest, result } = await extract(`oci:${fixture.dir}:latest`, 'x86_64')
    const image = await result
    expect(image.kernel).toBe(join(dest, 'unikernel', 'kernel'))
    expect(await readFile(image.kernel)).toEqual(amd64Kernel)
    expect(image.initrd).toBeUndefined()
    expect(image.descriptor).toEqual(sampleDescriptor('x86_64'))
    expect(image.indexDigest).toBe(fixture.topDigest)
    expect(image.manifestDigest).toBe(fixture.images[0].manifestDigest)
    expect(image.arch).toBe('x86_64')
  })

  test('by digest: the index entry, or a manifest blob that index.json does not list', async () => {
    const fixture = await layout('by-digest', { images: [amd64Image(), arm64Image()], tags: ['1.0'] })
    const byIndex = await (await extract(`oci:${fixture.dir}@${fixture.topDigest}`, 'arm64')).result
    expect(await readFile(byIndex.kernel)).toEqual(arm64Kernel)
    expect(byIndex.indexDigest).toBe(fixture.topDigest)

    const byManifest = await (await extract(`oci:${fixture.dir}@${fixture.images[1].manifestDigest}`)).result
    expect(await readFile(byManifest.kernel)).toEqual(arm64Kernel)
    expect(byManifest.indexDigest).toBeUndefined()
    expect(byManifest.manifestDigest).toBe(fixture.images[1].manifestDigest)

    const missing = `sha256:${'0'.repeat(64)}`
    await expect((await extract(`oci:${fixture.dir}@${missing}`)).result).rejects.toThrow(`has no image or blob with digest ${missing} (index.json lists: 1.0)`)
  })

  test('no tag: the only entry, else an error listing the tags', async () => {
    const single = await layout('single', { images: [amd64Image()], tags: [] })
    expect(await readFile((await (await extract(`oci:${single.dir}`)).result).kernel)).toEqual(amd64Kernel)

    const several = await layout('several', { images: [amd64Image()], tags: ['1.0', 'latest'] })
    const { result } = await extract(`oci:${several.dir}`)
    await expect(result).rejects.toThrow(ConfigurationError)
    await expect((await extract(`oci:${several.dir}`)).result).rejects.toThrow(
      `input \`image\`: OCI layout \`${several.dir}\` holds 2 images (1.0, latest); name one as oci:${several.dir}:<tag>`
    )
  })

  test('an unknown tag lists the tags there are', async () => {
    const fixture = await layout('unknown-tag', { images: [amd64Image()], tags: ['1.0', 'latest'] })
    await expect((await extract(`oci:${fixture.dir}:2.0`)).result).rejects.toThrow(
      `input \`image\`: OCI layout \`${fixture.dir}\` has no image tagged \`2.0\` (index.json lists: 1.0, latest)`
    )
  })

  test('arch selects the platform; an absent one is an error listing the platforms', async () => {
    const fixture = await layout('arch', { images: [amd64Image()], tags: ['1.0'] })
    await expect((await extract(`oci:${fixture.dir}:1.0`, 'arm64')).result).rejects.toThrow(
      `image index ${fixture.topDigest} has no image for arm64 (linux/arm64); available platforms: linux/amd64`
    )
    expect(await readFile((await (await extract(`oci:${fixture.dir}:1.0`)).result).kernel)).toEqual(amd64Kernel)
  })

  test("without arch, several platforms give this machine's", async () => {
    const fixture = await layout('host-arch', { images: [arm64Image(), amd64Image()], tags: ['1.0'] })
    const image = await (await extract(`oci:${fixture.dir}:1.0`)).result
    const host = process.arch === 'arm64' ? arm64Kernel : amd64Kernel
    expect(await readFile(image.kernel)).toEqual(host)
  })

  test('a plain manifest is taken as it is, but its config must match arch', async () => {
    const fixture = await layout('plain', { images: [amd64Image()], tags: ['1.0'], plainManifest: true })
    const image = await (await extract(`oci:${fixture.dir}:1.0`, 'x86_64')).result
    expect(await readFile(image.kernel)).toEqual(amd64Kernel)
    expect(image.indexDigest).toBeUndefined()
    await expect((await extract(`oci:${fixture.dir}:1.0`, 'arm64')).result).rejects.toThrow(
      `manifest ${fixture.images[0].manifestDigest} is for linux/amd64, not arm64 (arm64)`
    )
  })

  test('no descriptor, an initrd, an uncompressed layer, a zstd layer', async () => {
    const initrd = Buffer.from('initramfs')
    for (const compression of ['none', 'zstd'] as const) {
      const fixture = await layout(`bare-${compression}`, {
        images: [{ arch: 'amd64', compression, entries: bootEntries({ kernel: amd64Kernel, initrd }) }]
      })
      const { dest, result } = await extract(`oci:${fixture.dir}:latest`)
      const image = await result
      expect(image.descriptor).toBeUndefined()
      expect(await readFile(image.kernel)).toEqual(amd64Kernel)
      expect(image.initrd).toBe(join(dest, 'unikernel', 'initrd'))
      expect(await readFile(image.initrd ?? '')).toEqual(initrd)
    }
  })

  test("urunc's binary annotation names the kernel when there is no descriptor", async () => {
    const fixture = await layout('urunc', {
      images: [
        {
          arch: 'amd64',
          entries: [
            { type: 'directory', path: '.boot/' },
            { type: 'file', path: '.boot/app.elf', content: amd64Kernel }
          ],
          manifestAnnotations: { 'com.urunc.unikernel.binary': '/.boot/app.elf', 'com.urunc.unikernel.hypervisor': 'qemu' }
        }
      ]
    })
    const image = await (await extract(`oci:${fixture.dir}:latest`)).result
    expect(await readFile(image.kernel)).toEqual(amd64Kernel)
    expect(image.annotations['com.urunc.unikernel.hypervisor']).toBe('qemu')
  })

  test('an image without a kernel, a bad descriptor, an artifact: configuration errors', async () => {
    const noKernel = await layout('no-kernel', { images: [{ arch: 'amd64', entries: [{ type: 'file', path: 'README', content: 'hi' }] }] })
    await expect((await extract(`oci:${noKernel.dir}:latest`)).result).rejects.toThrow(
      `input \`image\`: image oci:${noKernel.dir}:latest: has no kernel at /unikernel/kernel`
    )

    const badDescriptor = await layout('bad-descriptor', {
      images: [{ arch: 'amd64', entries: bootEntries({ kernel: amd64Kernel, descriptor: sampleDescriptor('x86_64', { memory: 'lots' }) }) }]
    })
    await expect((await extract(`oci:${badDescriptor.dir}:latest`)).result).rejects.toThrow(
      `input \`image\`: image oci:${badDescriptor.dir}:latest: /unikernel/unikernel.json: \`memory\` is "lots"`
    )

    const wrongArch = await layout('descriptor-arch', {
      images: [{ arch: 'amd64', entries: bootEntries({ kernel: amd64Kernel, descriptor: sampleDescriptor('arm64') }) }]
    })
    await expect((await extract(`oci:${wrongArch.dir}:latest`)).result).rejects.toThrow(
      '/unikernel/unikernel.json says arch arm64, but the image config says amd64'
    )

    const artifact = await layout('artifact', {
      images: [{ ...amd64Image(), configMediaType: 'application/vnd.dev.cosign.simplesigning.v1+json' }]
    })
    await expect((await extract(`oci:${artifact.dir}:latest`)).result).rejects.toThrow(
      'is not a container image: its config media type is application/vnd.dev.cosign.simplesigning.v1+json'
    )
  })

  test('a missing directory, a directory that is no layout, a newer layout version', async () => {
    const missing = join(scratch, 'does-not-exist')
    await expect(OciLayout.open('image', missing)).rejects.toThrow(`input \`image\`: OCI layout \`${missing}\` does not exist`)
    await expect(OciLayout.open('image', `${missing}:1.0`)).rejects.toThrow(/does not exist \(a reference is oci:<dir>:<tag> or oci:<dir>@sha256:<hex>/)

    const empty = await freshDir('empty')
    await expect(OciLayout.open('image', empty)).rejects.toThrow(ConfigurationError)
    await expect(OciLayout.open('image', empty)).rejects.toThrow(
      `input \`image\`: OCI layout \`${empty}\` is not an OCI image layout: it has no oci-layout file`
    )

    const noIndex = await freshDir('no-index')
    await writeFile(join(noIndex, 'oci-layout'), '{"imageLayoutVersion":"1.0.0"}')
    await expect(OciLayout.open('image', noIndex)).rejects.toThrow('is not an OCI image layout: it has no index.json file')

    const newer = await layout('newer', { images: [amd64Image()] })
    await writeFile(join(newer.dir, 'oci-layout'), '{"imageLayoutVersion":"2.0.0"}')
    await expect(OciLayout.open('build-output', newer.dir)).rejects.toThrow(
      /^input `build-output`: OCI layout `.*`: oci-layout: imageLayoutVersion is 2\.0\.0; only 1\.0\.0 is supported$/
    )

    const hostile = await layout('hostile-digest', { images: [amd64Image()] })
    await writeFile(
      join(hostile.dir, 'index.json'),
      JSON.stringify({
        schemaVersion: 2,
        manifests: [{ mediaType: 'application/vnd.oci.image.index.v1+json', digest: 'sha256:../../../etc/passwd', size: 1 }]
      })
    )
    await expect(OciLayout.open('image', hostile.dir)).rejects.toThrow('digest `sha256:../../../etc/passwd` is not supported')
  })

  test('the destination must be empty', async () => {
    const fixture = await layout('dest-not-empty', { images: [amd64Image()] })
    const dest = join(await freshDir('dest-not-empty'), 'dest')
    await mkdir(dest)
    await writeFile(join(dest, 'stale'), '')
    await expect(extractBootImage('image', parseLayoutReference('image', `oci:${fixture.dir}:latest`), undefined, dest)).rejects.toThrow(
      `extraction directory ${dest} is not empty (stale)`
    )
  })
})

describe('every blob is checked against its descriptor', () => {
  test.each([
    ['layer', 'content', /is corrupt: blob sha256:[a-f0-9]{64} \(application\/vnd\.oci\.image\.layer\.v1\.tar\+gzip\) has content whose sha256 is sha256:/],
    ['layer', 'size', /is corrupt: blob sha256:[a-f0-9]{64} \(application\/vnd\.oci\.image\.layer\.v1\.tar\+gzip\) is \d+ bytes, but its descriptor says \d+/],
    ['config', 'content', /blob sha256:[a-f0-9]{64} \(application\/vnd\.oci\.image\.config\.v1\+json\) has content whose sha256/],
    ['manifest', 'content', /blob sha256:[a-f0-9]{64} \(application\/vnd\.oci\.image\.manifest\.v1\+json\) has content whose sha256/],
    ['index', 'size', /blob sha256:[a-f0-9]{64} \(application\/vnd\.oci\.image\.index\.v1\+json\) is \d+ bytes/]
  ] as const)('a corrupt %s (%s) is refused, naming the blob', async (blob, how, message) => {
    const fixture = await layout(`corrupt-${blob}-${how}`, { images: [amd64Image()] })
    const image = fixture.images[0]
    const digest = { layer: image.layerDigest, config: image.configDigest, manifest: image.manifestDigest, index: fixture.topDigest }[blob]
    await corruptBlob(fixture.dir, digest, how)
    const { dest, result } = await extract(`oci:${fixture.dir}:latest`)
    await expect(result).rejects.toThrow(ConfigurationError)
    await expect((await extract(`oci:${fixture.dir}:latest`)).result).rejects.toThrow(message)
    await expect((await extract(`oci:${fixture.dir}:latest`)).result).rejects.toThrow(digest)
    expect(await readdir(dest).catch(() => [])).toEqual([])
  })
})

type EvilCase = [name: string, entries: (parent: string) => TarEntry[], message: RegExp]

const evilCases: EvilCase[] = [
  ['../evil', () => EVIL_LAYERS.dotdot(), /entry `\.\.\/evil` has a '\.\.' path component/],
  ['unikernel/../../evil', () => EVIL_LAYERS.nestedDotdot(), /entry `unikernel\/\.\.\/\.\.\/evil` has a '\.\.' path component/],
  ['an absolute path', (parent) => EVIL_LAYERS.absolute(join(parent, 'abs-evil')), /entry `\/.*\/abs-evil` has an absolute path/],
  [
    'a symlink to /etc/passwd',
    () => EVIL_LAYERS.symlinkToPasswd(),
    /symlink `unikernel\/kernel` points to the absolute path `\/etc\/passwd`, outside the image/
  ],
  ['a symlink to .. and a file through it', () => EVIL_LAYERS.symlinkDirEscape(), /symlink `up` → `\.\.` points outside the image/],
  ['a chain of symlinks that leaves only together', () => EVIL_LAYERS.symlinkChainEscape(), /symlink `sub\/out` → `\.\.\/here\/\.\.` points outside the image/],
  ['a hard link to /etc/passwd', () => EVIL_LAYERS.hardlinkToPasswd(), /hard link `unikernel\/passwd` → `\/etc\/passwd` points outside the image/]
]

describe('unsafe layers are refused before anything is extracted', () => {
  test.each(evilCases)('%s', async (_name, entries, message) => {
    const parent = await freshDir('evil-parent')
    const fixture = await layout('evil', { images: [{ arch: 'amd64', entries: entries(parent) }] })
    const dest = join(parent, 'dest')
    const result = extractBootImage('image', parseLayoutReference('image', `oci:${fixture.dir}:latest`), undefined, dest)
    await expect(result).rejects.toThrow(ConfigurationError)
    await expect(result).rejects.toThrow(/^input `image`: image oci:.*:latest: layer sha256:[a-f0-9]{64} is unsafe to extract, nothing was extracted from it: /)
    await expect(result).rejects.toThrow(message)
    expect(await readdir(parent)).toEqual(['dest'])
    expect(await readdir(dest)).toEqual([])
  })
})

/** Our check runs first; these pin down what tar v7 itself does with the same archives (strict mode). */
describe('tar alone, as configured in unpackTar', () => {
  async function unpackRaw(entries: (parent: string) => TarEntry[]) {
    const parent = await freshDir('tar-parent')
    const dest = join(parent, 'dest')
    await mkdir(dest)
    const file = join(await freshDir('tar-layer'), 'layer.tar.gz')
    await writeFile(file, gzip(buildTar(entries(parent))))
    return { parent, dest, unpacked: unpackTar(file, dest, 'gzip') }
  }

  test.each([
    ['../evil', EVIL_LAYERS.dotdot, /TAR_ENTRY_ERROR: path contains '\.\.'/],
    ['an absolute path', (parent: string) => EVIL_LAYERS.absolute(join(parent, 'abs-evil')), /TAR_ENTRY_INFO: stripping \/ from absolute path/],
    ['a symlink to /etc/passwd', EVIL_LAYERS.symlinkToPasswd, /TAR_ENTRY_INFO: stripping \/ from absolute linkpath/],
    ['a symlink to ..', EVIL_LAYERS.symlinkDirEscape, /TAR_ENTRY_ERROR: linkpath escapes extraction directory/],
    ['a hard link to /etc/passwd', EVIL_LAYERS.hardlinkToPasswd, /TAR_ENTRY_INFO: stripping \/ from absolute linkpath/]
  ] as const)('refuses %s', async (_name, entries, message) => {
    const { parent, unpacked } = await unpackRaw(entries)
    await expect(unpacked).rejects.toThrow(message)
    expect(await readdir(parent)).toEqual(['dest'])
  })

  test('lets through a symlink chain that resolves outside: the reason for our own check', async () => {
    const { parent, dest, unpacked } = await unpackRaw(EVIL_LAYERS.symlinkChainEscape)
    await unpacked
    expect(await readdir(parent)).toEqual(['dest'])
    const target = await realpath(join(dest, 'sub', 'out'))
    expect(target.startsWith((await realpath(dest)) + sep)).toBe(false)
    expect(target).toBe(await realpath(parent))
  })
})
