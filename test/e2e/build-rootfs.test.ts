import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { chmodSync, copyFileSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { bootWith } from '../support/boot.js'
import type { KvmProbe } from '../../src/vmm/kvm.js'
import { fixturePath, REPO_ROOT, requireTool, run } from '../support/fixtures.js'
import { HTTP_GUEST_CMDLINE, httpGuest } from '../support/http-guest.js'
import { buildTar, gzip, sha256Digest, type TarEntry } from '../support/oci-fixture.js'
import { startRegistry, type RegistryServer } from '../support/registry.js'
import { TempDirs } from '../support/temp-dirs.js'
import { buildWith, readLayoutImage, skopeo, type BuildRun } from './build-run.js'

// `build` with `rootfs`: a directory, a Dockerfile (real buildah; the docker buildx stand-in), an OCI
// image with a whiteout from a loopback registry and from a layout, into cpio or erofs; the result
// booted as the initrd of a Linux guest under QEMU (TCG).
const EPOCH = 1700000000
const STAND_INS = join(REPO_ROOT, 'test', 'fixtures', 'tools')
/** PATH without /usr/local/bin, where a docker CLI without buildx may sit: buildah is then the Dockerfile builder. */
const SYSTEM_PATH = '/usr/sbin:/usr/bin:/sbin:/bin'
const GUEST_LINE = 'rootfs-guest: greetings from the rootfs'

const temps = new TempDirs()
afterAll(() => temps.removeAll())

/** A custom project whose "build" copies a kernel file into place. */
function project(kernelSource: string): string {
  const dir = join(temps.make('rootfs-project-'), 'app')
  mkdirSync(dir)
  copyFileSync(kernelSource, join(dir, 'kernel-src'))
  return dir
}

function baseInputs(path: string, extra: Record<string, string>): Record<string, string> {
  return {
    path,
    command: 'cp kernel-src vmlinuz',
    kernel: 'vmlinuz',
    'source-date-epoch': String(EPOCH),
    tags: 'test',
    output: join(path, '..', 'layout'),
    cache: 'false',
    ...extra
  }
}

async function cpioList(file: string): Promise<string[]> {
  const listing = await run(requireTool('cpio'), ['-t', '--quiet', '-F', file])
  return listing.stdout.toString('utf8').trim().split('\n')
}

async function cpioExtract(file: string): Promise<string> {
  const into = temps.make('rootfs-extract-')
  await run('/bin/sh', ['-c', 'cd "$1" && cpio -i --quiet -d --no-absolute-filenames < "$2"', 'sh', into, file])
  return into
}

function initrdOf(build: BuildRun): string {
  return build.result!.targets[0].initrd!
}

describe('a directory rootfs booted as the initrd of a Linux guest', () => {
  let build: BuildRun
  let rootfsDir: string

  beforeAll(async () => {
    const guest = await httpGuest()
    const dir = project(guest.kernel)
    rootfsDir = join(dir, 'rootfs')
    for (const sub of ['bin', 'etc', 'proc']) mkdirSync(join(rootfsDir, sub), { recursive: true })
    copyFileSync(requireTool('busybox'), join(rootfsDir, 'bin', 'busybox'))
    chmodSync(join(rootfsDir, 'bin', 'busybox'), 0o755)
    writeFileSync(join(rootfsDir, 'etc', 'greeting'), 'the rootfs\n')
    writeFileSync(join(rootfsDir, 'bin', 'greet'), '#!/bin/busybox sh\necho "greetings from $(/bin/busybox cat /etc/greeting)"\n', { mode: 0o755 })
    writeFileSync(join(rootfsDir, 'init'), '#!/bin/busybox sh\necho "rootfs-guest: $(/bin/greet)"\n/bin/busybox poweroff -f\n', { mode: 0o755 })
    build = await buildWith(baseInputs(dir, { rootfs: 'rootfs', cmdline: HTTP_GUEST_CMDLINE, memory: '256M' }))
  }, 600_000)

  test('the initrd is the directory as a sorted cpio archive; cpio -i gives the files back', async () => {
    expect(build.error).toBeUndefined()
    const initrd = initrdOf(build)
    expect(await cpioList(initrd)).toEqual(['bin', 'bin/busybox', 'bin/greet', 'etc', 'etc/greeting', 'init', 'proc'])
    const extracted = await cpioExtract(initrd)
    expect(readFileSync(join(extracted, 'bin', 'busybox')).equals(readFileSync(requireTool('busybox')))).toBe(true)
    expect(readFileSync(join(extracted, 'init'), 'utf8')).toBe(readFileSync(join(rootfsDir, 'init'), 'utf8'))
    // Built after the target's steps, which may have put the application into the directory.
    expect(build.logger.text('info')).toMatch(/^\$ cp kernel-src vmlinuz\nRoot filesystem rootfs: cpio, 7 entries, \d+ bytes/m)
  })

  test('the image holds it as /unikernel/initrd, named by the descriptor and urunc annotation', async () => {
    const { images } = await readLayoutImage(build.result!.layoutDir, 'test')
    const [image] = images
    expect(image.files.get('unikernel/initrd')!.equals(readFileSync(initrdOf(build)))).toBe(true)
    expect(image.annotations['com.urunc.unikernel.initrd']).toBe('/unikernel/initrd')
    expect(JSON.parse(image.files.get('unikernel/unikernel.json')!.toString('utf8')).initrd).toBe('/unikernel/initrd')
  })

  test('boot attaches it without being told and the guest runs the program from the rootfs', async () => {
    const boot = await bootWith({ image: build.result!.image, expect: GUEST_LINE, timeout: '120' }, { runnerTemp: temps.make('rootfs-boot-') })
    expect(boot.error).toBeUndefined()
    expect(boot.outputs.get('result')).toBe('passed')
    expect(readFileSync(boot.outputs.get('console-log')!, 'utf8')).toContain(GUEST_LINE)
  }, 240_000)

  test('the same tree elsewhere, touched, gives the same image digest', async () => {
    const again = project(join(rootfsDir, '..', 'kernel-src'))
    await run('/bin/cp', ['-r', rootfsDir, join(again, 'rootfs')])
    await run('/usr/bin/touch', ['-d', '2001-02-03', join(again, 'rootfs', 'init'), join(again, 'rootfs', 'bin')])
    const second = await buildWith(baseInputs(again, { rootfs: join(again, 'rootfs'), cmdline: HTTP_GUEST_CMDLINE, memory: '256M' }))
    expect(second.error).toBeUndefined()
    expect(second.result!.digest).toBe(build.result!.digest)
  })
})

describe('Firecracker gets the rootfs as initrd_path', () => {
  /** The stand-in uses no KVM; the driver insists on it, so the host is said to have it. */
  const KVM: KvmProbe = { present: async () => true, usable: async () => true, enable: async () => true }

  test("boot of an fc target hands the image's initrd to Firecracker in its boot source", async () => {
    const dir = project(await fixturePath('pvh'))
    mkdirSync(join(dir, 'tree', 'etc'), { recursive: true })
    writeFileSync(join(dir, 'tree', 'etc', 'motd'), 'firecracker rootfs\n')
    const build = await buildWith(baseInputs(dir, { rootfs: 'tree', target: 'fc/x86_64' }))
    expect(build.error).toBeUndefined()
    // A wrapper keeps a copy of the config Firecracker is given, then runs the stand-in.
    const scratch = temps.make('rootfs-fc-')
    const wrapper = join(scratch, 'firecracker')
    writeFileSync(
      wrapper,
      `#!/bin/sh\nprev=\nfor arg in "$@"; do [ "$prev" = --config-file ] && cp "$arg" '${scratch}/config.json'; prev=$arg; done\n` +
        `exec '${join(STAND_INS, 'firecracker')}' "$@"\n`,
      { mode: 0o755 }
    )
    const boot = await bootWith({ image: build.result!.image, 'vmm-path': wrapper, timeout: '60' }, { kvm: KVM, runnerTemp: join(scratch, 'boot') })
    expect(boot.error).toBeUndefined()
    const config = JSON.parse(readFileSync(join(scratch, 'config.json'), 'utf8'))
    expect(readFileSync(config['boot-source'].initrd_path).equals(readFileSync(initrdOf(build)))).toBe(true)
  })
})

describe('a Dockerfile rootfs', () => {
  function dockerfileProject(): string {
    const dir = project(requireTool('true'))
    mkdirSync(join(dir, 'image', 'files', 'sub'), { recursive: true })
    writeFileSync(join(dir, 'image', 'files', 'hello.txt'), 'hello from COPY\n')
    writeFileSync(join(dir, 'image', 'files', 'sub', 'run.sh'), 'echo run\n', { mode: 0o755 })
    writeFileSync(join(dir, 'image', 'Dockerfile'), 'FROM scratch\nCOPY files/hello.txt /etc/hello.txt\nCOPY files/sub/ /usr/bin/\n')
    return dir
  }

  test('is built by the real buildah (FROM scratch + COPY) when docker is not there', async () => {
    requireTool('buildah')
    const dir = dockerfileProject()
    const build = await buildWith(baseInputs(dir, { rootfs: 'image' }), { env: { PATH: SYSTEM_PATH } })
    expect(build.error).toBeUndefined()
    expect(build.logger.text('info')).toMatch(/^\$ \/usr\/bin\/buildah .* build --isolation chroot --platform linux\/amd64 --file /m)
    const initrd = initrdOf(build)
    expect(await cpioList(initrd)).toEqual(['etc', 'etc/hello.txt', 'usr', 'usr/bin', 'usr/bin/run.sh'])
    const extracted = await cpioExtract(initrd)
    expect(readFileSync(join(extracted, 'etc', 'hello.txt'), 'utf8')).toBe('hello from COPY\n')
    // buildah's storage and the built tree were our own and are gone: only the archive is left.
    const work = join(build.runnerTemp, 'unikernel-actions')
    const rootfsDirs = readdirSync(work).filter((name) => name.startsWith('rootfs-'))
    expect(rootfsDirs).toHaveLength(1)
    expect(readdirSync(join(work, rootfsDirs[0]))).toEqual(['rootfs-x86_64.cpio'])
  }, 300_000)

  test('is built by docker buildx when docker has it, once per architecture', async () => {
    const dir = dockerfileProject()
    const log = join(dir, '..', 'standin.log')
    const build = await buildWith(baseInputs(dir, { rootfs: 'image/Dockerfile', target: 'qemu/x86_64\nfc/x86_64\nqemu/arm64' }), {
      env: { PATH: `${STAND_INS}:${SYSTEM_PATH}`, STANDIN_LOG: log }
    })
    expect(build.error).toBeUndefined()
    const runs = readFileSync(log, 'utf8')
      .trim()
      .split('\n')
      .map((line) => line.split('\t'))
      .filter((argv) => argv[2] === 'build')
    // The two linux/amd64 targets share one build; arm64 gets its own.
    const argv = (platform: string) => [
      'docker',
      'buildx',
      'build',
      '--progress',
      'plain',
      '--platform',
      platform,
      '--file',
      join(dir, 'image', 'Dockerfile'),
      '--output',
      expect.stringMatching(/^type=local,dest=\/.+/),
      join(dir, 'image')
    ]
    expect(runs).toEqual([argv('linux/amd64'), argv('linux/arm64')])
    expect(build.logger.text('info')).toContain('#2 exporting to client directory')
    const targets = build.result!.targets
    expect(targets).toHaveLength(3)
    expect(await cpioList(targets[0].initrd!)).toEqual(['etc', 'etc/hello.txt', 'usr', 'usr/bin', 'usr/bin/run.sh'])
    expect(readFileSync(targets[1].initrd!).equals(readFileSync(targets[0].initrd!))).toBe(true)
  })

  test('without docker or buildah: an error naming rootfs and what to install, before any build', async () => {
    const dir = dockerfileProject()
    const empty = temps.make('rootfs-empty-path-')
    for (const tool of ['bash', 'cp']) copyFileSync(requireTool(tool), join(empty, tool))
    const build = await buildWith(baseInputs(dir, { rootfs: 'image' }), { env: { PATH: empty } })
    expect(build.error?.message).toMatch(
      /^input `rootfs`: is a Dockerfile, which needs docker buildx or buildah to build, but neither docker nor buildah is on PATH: install/
    )
    expect(build.logger.text('info')).not.toMatch(/^\$ cp kernel-src/m)
  })
})

describe('an OCI image rootfs', () => {
  let registry: RegistryServer
  let layoutDir: string

  /** Two layers: the second deletes /etc/old with a whiteout, empties /data with an opaque whiteout and adds files. */
  async function writeTwoLayerLayout(dir: string): Promise<void> {
    const lower: TarEntry[] = [
      { type: 'directory', path: 'etc/' },
      { type: 'file', path: 'etc/old', content: 'deleted by the upper layer\n' },
      { type: 'file', path: 'etc/kept', content: 'kept\n' },
      { type: 'directory', path: 'data/' },
      { type: 'file', path: 'data/lower', content: 'hidden by the opaque whiteout\n' },
      { type: 'symlink', path: 'etc/link', target: 'kept' }
    ]
    const upper: TarEntry[] = [
      { type: 'file', path: 'etc/.wh.old', content: '' },
      { type: 'directory', path: 'data/' },
      { type: 'file', path: 'data/.wh..wh..opq', content: '' },
      { type: 'file', path: 'data/upper', content: 'from the upper layer\n' },
      { type: 'file', path: 'bin/tool', content: '#tool\n', mode: 0o755 },
      { type: 'directory', path: 'tmp/', mode: 0o1777 },
      { type: 'file', path: 'etc/shared', content: 'group-writable\n', mode: 0o664 }
    ]
    mkdirSync(join(dir, 'blobs', 'sha256'), { recursive: true })
    const blob = (content: Buffer) => {
      const digest = sha256Digest(content)
      writeFileSync(join(dir, 'blobs', 'sha256', digest.slice(7)), content)
      return { digest, size: content.length }
    }
    const tars = [buildTar(lower), buildTar(upper)]
    const layers = tars.map((tar) => ({ mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip', ...blob(gzip(tar)) }))
    const config = blob(Buffer.from(JSON.stringify({ architecture: 'amd64', os: 'linux', rootfs: { type: 'layers', diff_ids: tars.map(sha256Digest) } })))
    const manifest = blob(
      Buffer.from(
        JSON.stringify({
          schemaVersion: 2,
          mediaType: 'application/vnd.oci.image.manifest.v1+json',
          config: { mediaType: 'application/vnd.oci.image.config.v1+json', ...config },
          layers
        })
      )
    )
    const entry = {
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      ...manifest,
      platform: { architecture: 'amd64', os: 'linux' },
      annotations: { 'org.opencontainers.image.ref.name': 'v1' }
    }
    writeFileSync(join(dir, 'index.json'), JSON.stringify({ schemaVersion: 2, manifests: [entry] }))
    writeFileSync(join(dir, 'oci-layout'), JSON.stringify({ imageLayoutVersion: '1.0.0' }))
  }

  beforeAll(async () => {
    layoutDir = join(temps.make('rootfs-image-'), 'layout')
    await writeTwoLayerLayout(layoutDir)
    registry = await startRegistry()
    await skopeo(['copy', '--dest-tls-verify=false', `oci:${layoutDir}:v1`, `docker://${registry.host}/rootfs/base:v1`], temps.make('rootfs-skopeo-'))
  }, 120_000)

  afterAll(async () => {
    await registry?.stop()
  })

  const expectWhiteoutsApplied = async (initrd: string) => {
    expect(await cpioList(initrd)).toEqual(['bin', 'bin/tool', 'data', 'data/upper', 'etc', 'etc/kept', 'etc/link', 'etc/shared', 'tmp'])
    // Modes as the layers say, not as this process's umask would leave them.
    const modes = (await run(requireTool('cpio'), ['-tv', '--quiet', '-F', initrd])).stdout.toString('utf8')
    expect(modes).toMatch(/^drwxrwxrwt .* tmp$/m)
    expect(modes).toMatch(/^-rw-rw-r-- .* etc\/shared$/m)
    expect(modes).toMatch(/^-rwxr-xr-x .* bin\/tool$/m)
    const extracted = await cpioExtract(initrd)
    expect(readFileSync(join(extracted, 'data', 'upper'), 'utf8')).toBe('from the upper layer\n')
  }

  test('pulled from a registry: layers applied in order, whiteouts applied, none left in the archive', async () => {
    const dir = project(requireTool('true'))
    const build = await buildWith(baseInputs(dir, { rootfs: `${registry.host}/rootfs/base:v1` }))
    expect(build.error).toBeUndefined()
    await expectWhiteoutsApplied(initrdOf(build))
    expect(build.logger.text('info')).toMatch(/Unpacked 2 layers of sha256:[0-9a-f]{64}/)
  })

  test('from an oci: layout, the same tree', async () => {
    const dir = project(requireTool('true'))
    const build = await buildWith(baseInputs(dir, { rootfs: `oci:${layoutDir}:v1` }))
    expect(build.error).toBeUndefined()
    await expectWhiteoutsApplied(initrdOf(build))
  })

  test('an image with no linux/arm64 image for an arm64 target: an error naming rootfs', async () => {
    const dir = project(requireTool('true'))
    const build = await buildWith(baseInputs(dir, { rootfs: `oci:${layoutDir}:v1`, target: 'qemu/arm64' }))
    expect(build.error?.message).toMatch(/^input `rootfs`: .*(arm64|aarch64)/)
  })
})

describe('rootfs inputs', () => {
  test('erofs: the initrd is an EROFS image (its superblock magic), identical across two builds', async () => {
    requireTool('mkfs.erofs')
    const runs: Buffer[] = []
    for (const order of [
      ['a', 'b'],
      ['b', 'a']
    ]) {
      const dir = project(requireTool('true'))
      mkdirSync(join(dir, 'tree'))
      for (const name of order) writeFileSync(join(dir, 'tree', name), `${name}\n`)
      const build = await buildWith(baseInputs(dir, { rootfs: 'tree', 'rootfs-format': 'erofs' }))
      expect(build.error).toBeUndefined()
      const image = readFileSync(initrdOf(build))
      expect(image.readUInt32LE(1024)).toBe(0xe0f5e1e2)
      runs.push(image)
    }
    expect(runs[0].equals(runs[1])).toBe(true)
  })

  test('rootfs with initrd: an error naming both', async () => {
    const dir = project(requireTool('true'))
    mkdirSync(join(dir, 'tree'))
    const build = await buildWith(baseInputs(dir, { rootfs: 'tree', initrd: 'kernel-src' }))
    expect(build.error?.message).toMatch(/^input `rootfs`: cannot be combined with `initrd`/)
  })

  test('a missing path and a file that is not a Dockerfile: errors naming rootfs', async () => {
    const dir = project(requireTool('true'))
    expect((await buildWith(baseInputs(dir, { rootfs: 'nowhere' }))).error?.message).toMatch(/^input `rootfs`: .*nowhere does not exist/)
    expect((await buildWith(baseInputs(dir, { rootfs: 'kernel-src' }))).error?.message).toMatch(/^input `rootfs`: .*kernel-src is a file but not a Dockerfile/)
  })

  test('rootfs-format: zip is an error naming rootfs-format', async () => {
    const dir = project(requireTool('true'))
    expect((await buildWith(baseInputs(dir, { rootfs: 'tree', 'rootfs-format': 'zip' }))).error?.message).toMatch(/`rootfs-format`.*zip/)
  })
})
