import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { availableParallelism, tmpdir } from 'node:os'
import { join } from 'node:path'
import { bootWith } from '../support/boot.js'
import { fixturePath, REPO_ROOT, requireTool, run as runTool, type FixtureName } from '../support/fixtures.js'
import { buildWith, decodeUruncJson, readLayoutImage, uruncAnnotationsOf, type BuildRun } from './build-run.js'

// Kraftfile builds through the kraft stand-in (test/fixtures/tools/kraft): a unikraft: Kraftfile with
// named targets and a debug kernel, a runtime: Kraftfile whose rootfs directory kraft packs as cpio and
// whose cmd becomes the image's command line, and a Kraftfile given inline.
const JOBS = String(availableParallelism())
const EPOCH = '1600000000'

let scratch: string
let runs = 0
beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'build-kraft-'))
})
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true })
})

interface KraftRun extends BuildRun {
  project: string
  layout: string
  argv: string[][]
}

/** Builds `files` as a project with kraft (the stand-in) first on PATH, the fixture kernel as what kraft builds. */
async function buildKraft(files: Record<string, string>, inputs: Record<string, string>, kernel: FixtureName = 'unikraft-like'): Promise<KraftRun> {
  const base = join(scratch, `run-${++runs}`)
  const project = join(base, 'project')
  mkdirSync(project, { recursive: true })
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(project, name, '..'), { recursive: true })
    writeFileSync(join(project, name), content)
  }
  const bin = join(base, 'bin')
  mkdirSync(bin)
  copyFileSync(join(REPO_ROOT, 'test', 'fixtures', 'tools', 'kraft'), join(bin, 'kraft'))
  chmodSync(join(bin, 'kraft'), 0o755)
  const log = join(base, 'argv.log')
  const layout = join(base, 'layout')
  const runnerTemp = join(base, 'runner-temp')
  const run = await buildWith(
    { path: project, output: layout, 'source-date-epoch': EPOCH, tags: 'test', cache: 'false', ...inputs },
    { runnerTemp, env: { PATH: `${bin}:${process.env.PATH}`, HOME: join(base, 'home'), STANDIN_LOG: log, STANDIN_KERNEL: await fixturePath(kernel) } }
  )
  const argv = existsSync(log)
    ? readFileSync(log, 'utf8')
        .trim()
        .split('\n')
        .map((line) => line.split('\t'))
    : []
  return { ...run, project, layout, argv }
}

function descriptors(run: BuildRun): Record<string, Record<string, unknown>> {
  return JSON.parse(run.outputs.get('metadata')!)
}

const UNIKRAFT = [
  'spec: v0.6',
  'name: helloworld',
  'unikraft: stable',
  'targets:',
  '  - name: dev',
  '    platform: qemu',
  '    arch: x86_64',
  '  - name: micro',
  '    platform: firecracker',
  '    arch: x86_64',
  ''
].join('\n')
const RUNTIME = 'spec: v0.6\nname: web\nruntime: base:latest\nrootfs: ./rootfs\ncmd: ["cmdline:", "/bin/web", "--port", "8080"]\n'

describe('a unikraft: Kraftfile, named targets, debug', () => {
  let run: KraftRun
  beforeAll(async () => {
    run = await buildKraft({ Kraftfile: UNIKRAFT }, { target: 'micro\ndev', debug: 'true' })
  })

  test('kraft is asked for each named target (-t), the kernel put where -k says', () => {
    expect(run.error).toBeUndefined()
    const kernel = (target: string) => join(run.project, '.unikraft', 'build', 'unikernel-actions', target, 'kernel')
    expect(run.argv.filter((argv) => argv[1] === 'build')).toEqual([
      ['kraft', 'build', '--plat', 'fc', '--arch', 'x86_64', '--jobs', JOBS, '--target', 'micro', '--kernel', kernel('fc-x86_64')],
      ['kraft', 'build', '--plat', 'qemu', '--arch', 'x86_64', '--jobs', JOBS, '--target', 'dev', '--kernel', kernel('qemu-x86_64')]
    ])
  })

  test("the image records the named targets' plat/arch", () => {
    expect(Object.keys(descriptors(run))).toEqual(['fc/x86_64', 'qemu/x86_64'])
    expect(run.logger.text()).toMatch(/with unikraft for micro \(fc\/x86_64\), dev \(qemu\/x86_64\)/)
  })

  test('the debug kernel is an output, per target, and not in the image', async () => {
    const debugKernel = run.outputs.get('debug-kernel')!
    expect(readFileSync(debugKernel)).toEqual(readFileSync(await fixturePath('unikraft-like')))
    const targets = JSON.parse(run.outputs.get('targets')!) as { target: string; debugKernel?: string }[]
    expect(targets.map((t) => t.debugKernel)).toEqual([debugKernel, expect.stringMatching(/qemu-x86_64\/kernel\.dbg$/)])
    for (const target of targets) expect(existsSync(target.debugKernel!)).toBe(true)
    const { images } = await readLayoutImage(run.layout, 'test')
    for (const image of images) {
      expect([...image.files.keys()].sort()).toEqual(['unikernel/kernel', 'unikernel/unikernel.json', 'urunc.json'])
      expect(image.listing).not.toMatch(/dbg/)
    }
  })

  test('an unknown target name names `target` and lists the declared names', async () => {
    const failed = await buildKraft({ Kraftfile: UNIKRAFT }, { target: 'prod' })
    expect(failed.error?.message).toMatch(/^input `target`: `prod` is not PLATFORM\/ARCH nor a name among the targets of .*Kraftfile \(declared: dev, micro\)/)
    expect(failed.argv).toEqual([])
  })

  test('debug with no .dbg left is an error naming `debug`', async () => {
    // A runtime: package ships no unstripped kernel.
    const failed = await buildKraft({ Kraftfile: RUNTIME, 'rootfs/etc/motd': 'hi\n' }, { debug: 'true' })
    expect(failed.error?.message).toMatch(/^input `debug`: is true but the qemu\/x86_64 build left no unstripped kernel/)
  })
})

describe('a runtime: Kraftfile with a rootfs directory and cmd', () => {
  let run: KraftRun
  beforeAll(async () => {
    run = await buildKraft({ Kraftfile: RUNTIME, 'rootfs/etc/web.conf': 'port 8080\n', 'rootfs/bin/web': '#web\n' }, {}, 'cmdline')
  })

  test('kraft builds the rootfs, kraft pkg pull brings the runtime kernel', () => {
    expect(run.error).toBeUndefined()
    // No --kernel: kraft build moves a unikraft: project's kernel only; no --rootfs: kraft reads the Kraftfile's.
    expect(run.argv).toEqual([
      // The version keys the cache and goes into the SBOM.
      ['kraft', 'version'],
      ['kraft', 'build', '--plat', 'qemu', '--arch', 'x86_64', '--jobs', JOBS],
      ['kraft', 'pkg', 'pull', '--plat', 'qemu', '--arch', 'x86_64', '--output', expect.stringContaining('runtime/qemu-x86_64'), 'base:latest']
    ])
  })

  test("the image carries kraft's cpio of the directory and the cmd as its command line", async () => {
    const cmdline = 'cmdline: /bin/web --port 8080'
    expect(descriptors(run)['qemu/x86_64']).toMatchObject({ cmdline, initrd: '/unikernel/initrd' })
    const [image] = (await readLayoutImage(run.layout, 'test')).images
    expect(uruncAnnotationsOf(image.annotations)['com.urunc.unikernel.cmdline']).toBe(cmdline)
    expect(decodeUruncJson(image.files.get('urunc.json')!)['com.urunc.unikernel.cmdline']).toBe(cmdline)
    expect(image.files.get('unikernel/kernel')).toEqual(readFileSync(await fixturePath('cmdline')))
    const cpio = join(scratch, 'initrd.cpio')
    writeFileSync(cpio, image.files.get('unikernel/initrd')!)
    const listed = (await runTool('cpio', ['-it', '-F', cpio])).stdout.toString('utf8').trim().split('\n').sort()
    expect(listed).toEqual(['bin', 'bin/web', 'etc', 'etc/web.conf'])
  })

  test("boot passes the descriptor's command line to the kernel", async () => {
    const boot = await bootWith({ image: `oci:${run.layout}:test`, expect: 'cmdline: /bin/web --port 8080' }, { runnerTemp: join(run.layout, '..', 'boot') })
    expect(boot.error).toBeUndefined()
    expect(boot.outputs.get('result')).toBe('passed')
  })

  test('the cmdline input wins over cmd', async () => {
    const other = await buildKraft({ Kraftfile: RUNTIME, 'rootfs/etc/web.conf': 'x\n' }, { cmdline: 'console=ttyS0' })
    expect(descriptors(other)['qemu/x86_64'].cmdline).toBe('console=ttyS0')
  })
})

describe('a Kraftfile whose rootfs is an erofs', () => {
  test('kraft writes initramfs-<arch>.erofs, which the image carries', async () => {
    // The stand-in makes the erofs image with mkfs.erofs, as kraft makes it in Go.
    requireTool('mkfs.erofs')
    const kraftfile = 'spec: v0.6\nname: web\nruntime: base:latest\nrootfs:\n  source: ./rootfs\n  type: erofs\nrootfss: typo\n'
    const run = await buildKraft({ Kraftfile: kraftfile, 'rootfs/etc/web.conf': 'port 8080\n' }, {})
    expect(run.error).toBeUndefined()
    expect(existsSync(join(run.project, '.unikraft', 'build', 'initramfs-x86_64.erofs'))).toBe(true)
    const [image] = (await readLayoutImage(run.layout, 'test')).images
    // EROFS's superblock magic, little-endian at offset 1024 (Linux fs/erofs/erofs_fs.h).
    expect(image.files.get('unikernel/initrd')!.readUInt32LE(1024)).toBe(0xe0f5e1e2)
    expect(run.logger.text('warning')).toMatch(/unknown Kraftfile key `rootfss`/)
  })
})

describe('an inline kraftfile', () => {
  test('is written under the job directory and passed with -K; its named target is built', async () => {
    const run = await buildKraft(
      { 'rootfs/hello': 'hello\n', README: 'no Kraftfile here\n' },
      { kraftfile: `${UNIKRAFT}rootfs: ./rootfs\ncmd: /hello\n`, target: 'dev' }
    )
    expect(run.error).toBeUndefined()
    const build = run.argv.find((argv) => argv[1] === 'build')!
    const kraftfile = build[build.indexOf('--kraftfile') + 1]
    expect(kraftfile.startsWith(run.runnerTemp)).toBe(true)
    expect(readFileSync(kraftfile, 'utf8')).toContain('name: dev')
    expect(build).toEqual(expect.arrayContaining(['--target', 'dev', '--plat', 'qemu', '--arch', 'x86_64']))
    expect(descriptors(run)['qemu/x86_64']).toMatchObject({ cmdline: '/hello', initrd: '/unikernel/initrd' })
  })

  test('a kraftfile path that is not a file names `kraftfile`', async () => {
    const run = await buildKraft({ Kraftfile: UNIKRAFT }, { kraftfile: 'missing.yaml' })
    expect(run.error?.message).toMatch(/^input `kraftfile`: .*missing\.yaml is not a file/)
  })
})

describe('examples/elf-app, as its README builds it with kraft', () => {
  test('the example Kraftfile: kraft packs its rootfs directory, pulls the base runtime, and cmd is the command line', async () => {
    const example = join(REPO_ROOT, 'examples', 'elf-app')
    const files = {
      Kraftfile: readFileSync(join(example, 'Kraftfile'), 'utf8'),
      'rootfs/etc/greeting': readFileSync(join(example, 'rootfs', 'etc', 'greeting'), 'utf8'),
      // What `make rootfs/hello` leaves there (any content: the stand-in packs, it does not run it).
      'rootfs/hello': '#!hello\n'
    }
    const run = await buildKraft(files, {})
    expect(run.error).toBeUndefined()
    expect(run.argv.map((argv) => argv.slice(0, 3).join(' '))).toEqual(['kraft version', 'kraft build --plat', 'kraft pkg pull'])
    expect(run.argv[2].at(-1)).toBe('unikraft.org/base:latest')
    expect(descriptors(run)['qemu/x86_64']).toMatchObject({ cmdline: '/hello from elf-app', initrd: '/unikernel/initrd' })
    const [image] = (await readLayoutImage(run.layout, 'test')).images
    const cpio = join(scratch, 'elf-app.cpio')
    writeFileSync(cpio, image.files.get('unikernel/initrd')!)
    const listed = (await runTool('cpio', ['-it', '-F', cpio])).stdout.toString('utf8').trim().split('\n').sort()
    expect(listed).toEqual(['etc', 'etc/greeting', 'hello'])
  })
})
