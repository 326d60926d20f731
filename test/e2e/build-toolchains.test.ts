import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { chmodSync, copyFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { availableParallelism, tmpdir } from 'node:os'
import { join } from 'node:path'
import { bootWith } from '../support/boot.js'
import { fixturePath, REPO_ROOT, type FixtureName } from '../support/fixtures.js'
import { buildWith, decodeUruncJson, readLayoutImage, uruncAnnotationsOf, type BuildRun } from './build-run.js'

// Every toolchain adapter, detect → build → locate → package → descriptor, against stand-in tools on
// PATH (test/fixtures/tools) that record their argv and leave a fixture kernel where the real tool would.
const STAND_INS = ['kraft', 'ops', 'mirage', 'dune', 'cargo']
const JOBS = String(availableParallelism())
const EPOCH = '1600000000'

let scratch: string
let boots = 0

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'build-toolchains-'))
})
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true })
})

/** A bin directory with the given stand-ins (and any extra executables), in front of the system PATH. */
function toolPath(name: string, tools: string[], extra: Record<string, string> = {}): string {
  const bin = join(scratch, name, 'bin')
  mkdirSync(bin, { recursive: true })
  for (const tool of tools) copyFileSync(join(REPO_ROOT, 'test', 'fixtures', 'tools', tool), join(bin, tool))
  for (const [file, source] of Object.entries(extra)) copyFileSync(source, join(bin, file))
  for (const file of [...tools, ...Object.keys(extra)]) chmodSync(join(bin, file), 0o755)
  return `${bin}:${process.env.PATH}`
}

interface ToolchainRun extends BuildRun {
  project: string
  layout: string
  argv: string[][]
}

async function buildProject(
  fixture: string,
  kernel: FixtureName,
  inputs: Record<string, string>,
  tools = STAND_INS,
  extraTools: Record<string, string> = {}
): Promise<ToolchainRun> {
  const base = join(scratch, `${fixture}-${kernel}-${Object.keys(extraTools).length}-${tools.length}`)
  const project = join(base, 'project')
  cpSync(join(REPO_ROOT, 'test', 'fixtures', 'projects', fixture), project, { recursive: true })
  const log = join(base, 'argv.log')
  const home = join(base, 'home')
  mkdirSync(home, { recursive: true })
  const layout = join(base, 'layout')
  const run = await buildWith(
    { path: project, output: layout, 'source-date-epoch': EPOCH, tags: 'test', ...inputs },
    {
      runnerTemp: join(base, 'runner-temp'),
      env: { PATH: toolPath(base, tools, extraTools), HOME: home, OPS_HOME: join(home, '.ops'), STANDIN_LOG: log, STANDIN_KERNEL: await fixturePath(kernel) }
    }
  )
  let argv: string[][] = []
  try {
    argv = readFileSync(log, 'utf8')
      .trim()
      .split('\n')
      .map((line) => line.split('\t'))
  } catch {
    // nothing ran
  }
  return { ...run, project, layout, argv }
}

function descriptors(run: BuildRun): Record<string, Record<string, unknown>> {
  return JSON.parse(run.outputs.get('metadata')!)
}

describe('unikraft', () => {
  let run: ToolchainRun
  beforeAll(async () => {
    run = await buildProject('unikraft', 'unikraft-like', { target: 'qemu/x86_64, fc/x86_64' })
  }, 120_000)

  test('kraft builds each target, detected from the Kraftfile', () => {
    expect(run.error).toBeUndefined()
    expect(run.logger.text()).toMatch(/with unikraft for qemu\/x86_64, fc\/x86_64/)
    expect(run.argv).toEqual([
      ['kraft', 'version'],
      [
        'kraft',
        'build',
        '--plat',
        'qemu',
        '--arch',
        'x86_64',
        '--jobs',
        JOBS,
        '--kernel',
        join(run.project, '.unikraft/build/unikernel-actions/qemu-x86_64/kernel')
      ],
      [
        'kraft',
        'build',
        '--plat',
        'fc',
        '--arch',
        'x86_64',
        '--jobs',
        JOBS,
        '--kernel',
        join(run.project, '.unikraft/build/unikernel-actions/fc-x86_64/kernel')
      ]
    ])
  })

  test('one manifest per target, with Unikraft hints and urunc annotations', async () => {
    expect(descriptors(run)).toEqual({
      'qemu/x86_64': {
        version: 1,
        toolchain: 'unikraft',
        platform: 'qemu',
        vmm: 'qemu',
        arch: 'x86_64',
        kernel: '/unikernel/kernel',
        memory: '64M',
        expect: ['Powered by|Welcome to']
      },
      'fc/x86_64': {
        version: 1,
        toolchain: 'unikraft',
        platform: 'fc',
        vmm: 'firecracker',
        arch: 'x86_64',
        kernel: '/unikernel/kernel',
        memory: '64M',
        expect: ['Powered by|Welcome to']
      }
    })
    const { images } = await readLayoutImage(run.layout, 'test')
    expect(images.map((i) => uruncAnnotationsOf(i.annotations)['com.urunc.unikernel.hypervisor'])).toEqual(['qemu', 'firecracker'])
    for (const image of images) {
      expect(uruncAnnotationsOf(image.annotations)['com.urunc.unikernel.unikernelType']).toBe('unikraft')
      expect(decodeUruncJson(image.files.get('urunc.json')!)).toEqual(uruncAnnotationsOf(image.annotations))
      expect(image.files.get('unikernel/kernel')).toEqual(readFileSync(await fixturePath('unikraft-like')))
    }
    // Both are linux/amd64: the first one wins wherever a platform is chosen, and the log says so.
    expect(run.logger.text('warning')).toMatch(/qemu\/x86_64 and fc\/x86_64 are both linux\/amd64/)
  })

  test('the build cache keeps .unikraft between runs', () => {
    expect(run.logger.text()).toMatch(/Build cache: saved unikernel-build-v1-unikraft-qemu-x86_64\+fc-x86_64-[0-9a-f]{32} \(local cache\)/)
  })

  test('boot takes the image, its toolchain and its expected banner from the descriptor', async () => {
    const boot = await bootWith({ image: `oci:${run.layout}:test` }, { runnerTemp: join(run.layout, '..', `boot-${++boots}`) })
    expect(boot.error).toBeUndefined()
    expect(boot.outputs.get('result')).toBe('passed')
    expect(boot.logger.text()).toMatch(/toolchain unikraft, vmm qemu/)
  })
})

describe("unikraft without kraft: Unikraft's own make build", () => {
  test('a Makefile using UK_ROOT and a defconfig: make defconfig, then make', async () => {
    const run = await buildProject('unikraft-make', 'unikraft-like', { cache: 'false' }, [])
    expect(run.error).toBeUndefined()
    expect(run.argv).toEqual([
      ['make', 'defconfig'],
      ['make', 'all']
    ])
    expect(run.logger.text('info')).toContain(`$ make UK_DEFCONFIG=${join(run.project, 'defconfig')} defconfig`)
    expect(run.logger.text('info')).toContain(`$ make -j${JOBS}`)
    expect(descriptors(run)['qemu/x86_64']).toMatchObject({ toolchain: 'unikraft', kernel: '/unikernel/kernel' })
  })
})

describe('nanos', () => {
  test('ops builds a disk image from config.json; boot runs it', async () => {
    const run = await buildProject('nanos', 'disk-mbr', { cache: 'false' })
    expect(run.error).toBeUndefined()
    // The tool's version is asked once, for the SBOM (and the cache key when the cache is on).
    expect(run.argv).toEqual([
      ['ops', 'version'],
      ['ops', 'build', 'hello', '-c', 'config.json', '-i', 'unikernel-actions-x86_64', '--arch', 'amd64']
    ])
    expect(descriptors(run)).toEqual({
      'qemu/x86_64': { version: 1, toolchain: 'nanos', platform: 'qemu', vmm: 'qemu', arch: 'x86_64', kernel: '/unikernel/kernel' }
    })
    const { images } = await readLayoutImage(run.layout, 'test')
    expect(uruncAnnotationsOf(images[0].annotations)['com.urunc.unikernel.unikernelType']).toBe('nanos')
    const boot = await bootWith(
      { image: `oci:${run.layout}:test`, expect: 'Hello from the boot sector' },
      { runnerTemp: join(run.layout, '..', `boot-${++boots}`) }
    )
    expect(boot.outputs.get('result')).toBe('passed')
  })
})

describe('nanos on arm64', () => {
  test('ops builds a disk without boot code and keeps the kernel.img it boots with; boot runs the two as ops does', async () => {
    // The kernel.img stand-in prints and exits with 5 through semihosting, as Nanos' vm_shutdown does on arm64.
    const run = await buildProject('nanos', 'arm64-semihost-exit', { target: 'qemu/arm64', cache: 'false' })
    expect(run.error).toBeUndefined()
    expect(run.argv).toEqual([
      ['ops', 'version'],
      ['ops', 'build', 'hello', '-c', 'config.json', '-i', 'unikernel-actions-arm64', '--arch', 'arm64']
    ])
    expect(descriptors(run)).toEqual({
      'qemu/arm64': { version: 1, toolchain: 'nanos', platform: 'qemu', vmm: 'qemu', arch: 'arm64', kernel: '/unikernel/kernel' }
    })
    const opsHome = join(run.project, '..', 'home', '.ops')
    const boot = await bootWith(
      { image: `oci:${run.layout}:test`, 'exit-code': '5', timeout: '30' },
      { runnerTemp: join(run.layout, '..', `boot-${++boots}`), env: { OPS_HOME: opsHome } }
    )
    expect(boot.error).toBeUndefined()
    expect(boot.outputs.get('result')).toBe('passed')
    expect(boot.outputs.get('exit-code')).toBe('5')
    expect(readFileSync(boot.outputs.get('console-log')!, 'utf8')).toBe('fixture: arm64 semihosting exit 5\n')
    expect(boot.logger.text('info')).toContain(`-kernel ${join(opsHome, '.ops', '0.1.54-arm', 'kernel.img')}`)
  })
})

describe('mirage', () => {
  let run: ToolchainRun
  beforeAll(async () => {
    run = await buildProject('mirage', 'solo5-like', { target: 'qemu/x86_64\nhvt/x86_64', cache: 'false' })
  }, 120_000)

  test('mirage configure, make depend, dune build — per target', () => {
    expect(run.error).toBeUndefined()
    const build = ['dune', 'build', '--profile', 'release', '--root', '.', './dist']
    expect(run.argv).toEqual([
      ['mirage', '--version'],
      ['mirage', 'configure', '-t', 'virtio'],
      ['make', 'depend'],
      build,
      ['mirage', 'configure', '-t', 'hvt'],
      ['make', 'depend'],
      build
    ])
  })

  test('descriptors name the Solo5 tender per platform; urunc gets mirage and hvt', async () => {
    expect(descriptors(run)).toEqual({
      'qemu/x86_64': {
        version: 1,
        toolchain: 'mirage',
        platform: 'qemu',
        vmm: 'qemu',
        arch: 'x86_64',
        kernel: '/unikernel/kernel',
        expect: ['Solo5: Bindings version']
      },
      'hvt/x86_64': {
        version: 1,
        toolchain: 'mirage',
        platform: 'hvt',
        vmm: 'solo5-hvt',
        arch: 'x86_64',
        kernel: '/unikernel/kernel',
        expect: ['Solo5: Bindings version']
      }
    })
    const { images } = await readLayoutImage(run.layout, 'test')
    expect(uruncAnnotationsOf(images[1].annotations)).toMatchObject({ 'com.urunc.unikernel.unikernelType': 'mirage', 'com.urunc.unikernel.hypervisor': 'hvt' })
  })

  test('boot runs the virtio kernel and decodes its Solo5 exit', async () => {
    // exit-code makes boot wait for the exit instead of passing on the descriptor's banner.
    const boot = await bootWith({ image: `oci:${run.layout}:test`, 'exit-code': '0' }, { runnerTemp: join(run.layout, '..', `boot-${++boots}`) })
    expect(boot.outputs.get('result')).toBe('passed')
    expect(boot.outputs.get('exit-code')).toBe('0')
    expect(boot.outputs.get('vmm-exit-status')).toBe('status 83')
  })
})

describe('hermit', () => {
  let run: ToolchainRun
  beforeAll(async () => {
    // QEMU boots a Hermit application as the initrd of the loader, found on PATH.
    run = await buildProject('hermit', 'hermit-like', { target: 'qemu/x86_64,uhyve/x86_64', cache: 'false' }, STAND_INS, {
      'hermit-loader-x86_64-multiboot': await fixturePath('hermit-like')
    })
  }, 120_000)

  test('cargo builds the hermit target, and its standard library, once per platform', () => {
    expect(run.error).toBeUndefined()
    // No prebuilt standard library exists for the tier-3 hermit targets; the fixture does not configure build-std.
    const build = ['cargo', 'build', '-Zbuild-std=std,panic_abort', '--release', '--target', 'x86_64-unknown-hermit']
    expect(run.argv).toEqual([['cargo', '--version'], build, build])
  })

  test('uhyve gets the application as the kernel; qemu the loader, with the application as initrd', async () => {
    expect(descriptors(run)).toEqual({
      'qemu/x86_64': {
        version: 1,
        toolchain: 'hermit',
        platform: 'qemu',
        vmm: 'qemu',
        arch: 'x86_64',
        kernel: '/unikernel/kernel',
        initrd: '/unikernel/initrd',
        expect: ['Welcome to Hermit']
      },
      'uhyve/x86_64': {
        version: 1,
        toolchain: 'hermit',
        platform: 'uhyve',
        vmm: 'uhyve',
        arch: 'x86_64',
        kernel: '/unikernel/kernel',
        expect: ['Welcome to Hermit']
      }
    })
    const { images } = await readLayoutImage(run.layout, 'test')
    expect(uruncAnnotationsOf(images[0].annotations)).toMatchObject({
      'com.urunc.unikernel.hypervisor': 'qemu',
      'com.urunc.unikernel.initrd': '/unikernel/initrd'
    })
    expect(decodeUruncJson(images[0].files.get('urunc.json')!)).toEqual(uruncAnnotationsOf(images[0].annotations))
    expect(images[0].files.has('unikernel/initrd')).toBe(true)
    // urunc has no uhyve: that image carries no hypervisor annotation.
    expect(uruncAnnotationsOf(images[1].annotations)).not.toHaveProperty(['com.urunc.unikernel.hypervisor'])
  })

  test('boot runs the qemu image: the loader with the application as initrd', async () => {
    const boot = await bootWith({ image: `oci:${run.layout}:test`, 'exit-code': '0' }, { runnerTemp: join(run.layout, '..', `boot-${++boots}`) })
    expect(boot.outputs.get('result')).toBe('passed')
    expect(readFileSync(boot.outputs.get('console-log')!, 'utf8')).toContain('Welcome to Hermit')
  })
})

describe('hermit on arm64', () => {
  test('qemu/arm64 takes hermit-loader-aarch64-elf from PATH; boot hands the application to it as a guest-loader module', async () => {
    // The application and the loader are the arm64-loader fixture: it reports whether an ELF sits where the module goes.
    const loader = await fixturePath('arm64-loader')
    const run = await buildProject('hermit', 'arm64-loader', { target: 'qemu/arm64', cache: 'false' }, STAND_INS, { 'hermit-loader-aarch64-elf': loader })
    expect(run.error).toBeUndefined()
    expect(run.argv).toEqual([
      ['cargo', '--version'],
      ['cargo', 'build', '-Zbuild-std=std,panic_abort', '--release', '--target', 'aarch64-unknown-hermit']
    ])
    expect(descriptors(run)['qemu/arm64']).toMatchObject({ arch: 'arm64', kernel: '/unikernel/kernel', initrd: '/unikernel/initrd' })
    const boot = await bootWith(
      { image: `oci:${run.layout}:test`, expect: 'an ELF module at 0x48000000', timeout: '30' },
      { runnerTemp: join(run.layout, '..', `boot-${++boots}`) }
    )
    expect(boot.error).toBeUndefined()
    expect(readFileSync(boot.outputs.get('console-log')!, 'utf8')).toContain('fixture loader: an ELF module at 0x48000000\n')
    expect(boot.outputs.get('result')).toBe('passed')
    expect(boot.logger.text('info')).toMatch(/-machine virt,gic-version=3 .* -semihosting .*-device guest-loader,addr=0x48000000,initrd=\S+\/initrd/)
  })
})
