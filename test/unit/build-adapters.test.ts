import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readlinkSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { BUILD_ADAPTERS, buildAdapter } from '../../src/toolchains/catalog.js'
import { kraftfileTargets } from '../../src/toolchains/unikraft.js'
import { BUILD_TOOLCHAIN_NAMES, type BuildRequest, type BuildTarget, type BuildToolchainName } from '../../src/toolchains/types.js'
import { TOOL_NAMES } from '../../src/tools/types.js'
import { REPO_ROOT } from '../support/fixtures.js'

let scratch: string
beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'build-adapters-'))
})
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true })
})

let counter = 0
function project(fixture: string, extra: Record<string, string> = {}): string {
  const dir = join(scratch, `${fixture}-${++counter}`)
  cpSync(join(REPO_ROOT, 'test', 'fixtures', 'projects', fixture), dir, { recursive: true })
  for (const [name, content] of Object.entries(extra)) writeFileSync(join(dir, name), content)
  return dir
}

function request(projectDir: string, target: BuildTarget, tools: Record<string, string> = {}, extra: Partial<BuildRequest> = {}): BuildRequest {
  return {
    projectDir,
    target,
    cacheDir: join(scratch, 'cache'),
    env: { HOME: '/home/u', PATH: '/usr/bin:/bin' },
    tools: new Map(Object.entries(tools)),
    jobs: 4,
    ...extra
  }
}

const qemu: BuildTarget = { platform: 'qemu', arch: 'x86_64' }

describe('detection from project trees (auto)', () => {
  const expected: Record<string, BuildToolchainName[]> = {
    unikraft: ['unikraft'],
    'unikraft-make': ['unikraft'],
    nanos: ['nanos'],
    mirage: ['mirage'],
    hermit: ['hermit'],
    plain: []
  }
  test.each(Object.entries(expected))('%s → %j', async (fixture, names) => {
    const dir = project(fixture)
    const claimed: string[] = []
    for (const adapter of BUILD_ADAPTERS) if (await adapter.detect(dir)) claimed.push(adapter.name)
    expect(claimed).toEqual(names)
  })

  test('every Kraftfile name kraft discovers', async () => {
    for (const name of ['kraft.yaml', 'kraft.yml', 'Kraftfile.yml', 'Kraftfile.yaml', 'Kraftfile']) {
      const dir = join(scratch, `kraftfile-${name}`)
      mkdirSync(dir)
      writeFileSync(join(dir, name), 'name: x\n')
      expect(await buildAdapter('unikraft').detect(dir)).toBe(true)
    }
  })

  test('the registry has one build adapter per build toolchain', async () => {
    expect(BUILD_ADAPTERS.map((a) => a.name).sort()).toEqual([...BUILD_TOOLCHAIN_NAMES].sort())
  })
})

describe('install hints', () => {
  test('a hint that sends the user to the setup action names a tool it installs', async () => {
    const hints = BUILD_ADAPTERS.flatMap((adapter) => Object.values(adapter.tools))
    const named = hints.flatMap((hint) => [...hint.matchAll(/tools: ([\w-]+)/g)].map((match) => match[1]))
    expect(named.length).toBeGreaterThan(0)
    for (const tool of named) expect(TOOL_NAMES).toContain(tool)
  })
})

describe('argv per adapter and target (input → argv)', () => {
  type Row = [string, BuildToolchainName, string, BuildTarget, Record<string, string>, string[][]]
  const kraft = { kraft: '/bin/kraft' }
  const rows: Row[] = [
    [
      'unikraft qemu/x86_64 with kraft',
      'unikraft',
      'unikraft',
      qemu,
      kraft,
      [['kraft', 'build', '--plat', 'qemu', '--arch', 'x86_64', '--jobs', '4', '--kernel', '<project>/.unikraft/build/unikernel-actions/qemu-x86_64/kernel']]
    ],
    [
      'unikraft fc/arm64 with kraft',
      'unikraft',
      'unikraft',
      { platform: 'fc', arch: 'arm64' },
      kraft,
      [['kraft', 'build', '--plat', 'fc', '--arch', 'arm64', '--jobs', '4', '--kernel', '<project>/.unikraft/build/unikernel-actions/fc-arm64/kernel']]
    ],
    [
      'unikraft make, defconfig only',
      'unikraft',
      'unikraft-make',
      qemu,
      {},
      [
        ['make', 'UK_DEFCONFIG=<project>/defconfig', 'defconfig'],
        ['make', '-j4']
      ]
    ],
    [
      'unikraft make with kraft but no Kraftfile',
      'unikraft',
      'unikraft-make',
      qemu,
      kraft,
      [
        ['make', 'UK_DEFCONFIG=<project>/defconfig', 'defconfig'],
        ['make', '-j4']
      ]
    ],
    ['nanos x86_64', 'nanos', 'nanos', qemu, {}, [['ops', 'build', 'hello', '-c', 'config.json', '-i', 'unikernel-actions-x86_64', '--arch', 'amd64']]],
    [
      'nanos arm64',
      'nanos',
      'nanos',
      { platform: 'qemu', arch: 'arm64' },
      {},
      [['ops', 'build', 'hello', '-c', 'config.json', '-i', 'unikernel-actions-arm64', '--arch', 'arm64']]
    ],
    [
      'mirage qemu → virtio',
      'mirage',
      'mirage',
      qemu,
      {},
      [
        ['mirage', 'configure', '-t', 'virtio'],
        ['make', 'depend'],
        ['dune', 'build', '--profile', 'release', '--root', '.', './dist']
      ]
    ],
    [
      'mirage spt',
      'mirage',
      'mirage',
      { platform: 'spt', arch: 'x86_64' },
      {},
      [
        ['mirage', 'configure', '-t', 'spt'],
        ['make', 'depend'],
        ['dune', 'build', '--profile', 'release', '--root', '.', './dist']
      ]
    ],
    [
      'mirage fc → unikraft-firecracker',
      'mirage',
      'mirage',
      { platform: 'fc', arch: 'x86_64' },
      {},
      [
        ['mirage', 'configure', '-t', 'unikraft-firecracker'],
        ['make', 'depend'],
        ['dune', 'build', '--profile', 'release', '--root', '.', './dist']
      ]
    ],
    [
      'hermit x86_64',
      'hermit',
      'hermit',
      { platform: 'uhyve', arch: 'x86_64' },
      {},
      [['cargo', 'build', '-Zbuild-std=std,panic_abort', '--release', '--target', 'x86_64-unknown-hermit']]
    ],
    [
      'hermit arm64',
      'hermit',
      'hermit',
      { platform: 'qemu', arch: 'arm64' },
      {},
      [['cargo', 'build', '-Zbuild-std=std,panic_abort', '--release', '--target', 'aarch64-unknown-hermit']]
    ]
  ]
  test.each(rows)('%s', async (_name, toolchain, fixture, target, tools, expected) => {
    const dir = project(fixture)
    const steps = await buildAdapter(toolchain).plan(request(dir, target, tools))
    expect(steps.map((s) => s.argv.map((arg) => arg.replace(dir, '<project>')))).toEqual(expected)
  })

  test('custom: bash runs the command from the environment, never from its own argv', async () => {
    const command = 'make CC="$CC" && echo "$(date)"; rm -rf /tmp/$x'
    const [step] = await buildAdapter('custom').plan(request(scratch, qemu, {}, { command }))
    expect(step.argv).toEqual(['bash', '--noprofile', '--norc', '-e', '-o', 'pipefail', '-c', 'eval "$UNIKERNEL_BUILD_COMMAND"'])
    expect(step.env).toEqual({ UNIKERNEL_BUILD_COMMAND: command })
    expect(step.display).toBe(command)
  })

  test('hermit: a project whose cargo configuration builds the standard library keeps its own build-std', async () => {
    const dir = project('hermit')
    mkdirSync(join(dir, '.cargo'))
    writeFileSync(join(dir, '.cargo', 'config.toml'), '[unstable]\nbuild-std = ["std", "core", "alloc", "panic_abort"]\n')
    const steps = await buildAdapter('hermit').plan(request(dir, qemu))
    expect(steps.map((s) => s.argv)).toEqual([['cargo', 'build', '--release', '--target', 'x86_64-unknown-hermit']])
  })

  test('unikraft without kraft or a make project says how to install kraft', async () => {
    await expect(buildAdapter('unikraft').plan(request(project('unikraft'), qemu))).rejects.toThrow(
      /^toolchain unikraft: `kraft` is not on PATH: install KraftKit: the setup action \(tools: kraft\)/
    )
  })

  test('nanos needs Program in config.json', async () => {
    const dir = project('nanos', { 'config.json': '{"Args": ["x"]}' })
    await expect(buildAdapter('nanos').plan(request(dir, qemu))).rejects.toThrow(/^toolchain nanos: config\.json has no `Program`/)
  })

  test('mirage builds for the machine it runs on', async () => {
    const other = process.arch === 'arm64' ? 'x86_64' : 'arm64'
    await expect(buildAdapter('mirage').plan(request(project('mirage'), { platform: 'qemu', arch: other }))).rejects.toThrow(
      /^toolchain mirage: builds for the machine it runs on/
    )
  })
})

describe("the Kraftfile's targets, as kraft selects among them", () => {
  test.each([
    ['plat/arch strings', 'spec: v0.6\nname: app\ntargets:\n  - qemu/x86_64\n  - "fc/arm64"  # a comment\nunikraft: stable\n', ['qemu/x86_64', 'fc/arm64']],
    [
      'maps, with aliases and nested kconfig',
      'targets:\n- platform: firecracker\n  architecture: x86_64\n  kconfig:\n    - CONFIG_X=y\n- plat: kvm\n  arch: arm64\n- platform: xen/x86_64\n',
      ['fc/x86_64', 'qemu/arm64', 'xen/x86_64']
    ],
    ['no targets', 'spec: v0.6\nname: app\nunikraft: stable\n', undefined],
    ['flow style, read by the YAML parser', 'targets: [qemu/x86_64]\n', ['qemu/x86_64']],
    ['not YAML', 'targets: [qemu/x86_64\n', undefined],
    ['a target without an architecture', 'targets:\n  - platform: qemu\n', undefined]
  ])('%s', async (_name, kraftfile, expected) => {
    expect(await kraftfileTargets(kraftfile)).toEqual(expected)
  })

  test('kraft is not asked for a target the Kraftfile does not declare', async () => {
    const dir = project('unikraft')
    await expect(buildAdapter('unikraft').plan(request(dir, { platform: 'xen', arch: 'x86_64' }, { kraft: '/usr/bin/kraft' }))).rejects.toThrow(
      /^input `target`: xen\/x86_64 is not among the targets of .*\/Kraftfile \(qemu\/x86_64, fc\/x86_64, fc\/arm64\)/
    )
  })
})

describe('kraft builds a Kraftfile, root filesystem included', () => {
  const kraft = { kraft: '/usr/bin/kraft' }
  const RUNTIME = 'spec: v0.6\nname: web\nruntime: nginx:1.25\nrootfs: ./rootfs\ncmd: ["/nginx", "-g", "daemon off;"]\n'
  const NAMED = 'spec: v0.6\nname: app\nunikraft: stable\ntargets:\n  - name: dev\n    platform: qemu\n    arch: x86_64\n  - fc/x86_64\n'

  test('a unikraft: Kraftfile: kraft build, the kernel moved where -k/--kernel says', async () => {
    const dir = project('unikraft')
    const steps = await buildAdapter('unikraft').plan(request(dir, qemu, kraft))
    expect(steps.map((s) => s.argv)).toEqual([
      ['kraft', 'build', '--plat', 'qemu', '--arch', 'x86_64', '--jobs', '4', '--kernel', join(dir, '.unikraft/build/unikernel-actions/qemu-x86_64/kernel')]
    ])
  })

  test('a named target, a Kraftfile from the input, a rootfs from the input, an erofs type', async () => {
    const dir = project('unikraft')
    const kraftfile = join(dir, 'other.yaml')
    writeFileSync(kraftfile, NAMED)
    const steps = await buildAdapter('unikraft').plan(
      request(dir, { ...qemu, name: 'dev' }, kraft, { kraftfile, rootfs: { source: '/src/rootfs', format: 'erofs', from: 'rootfs', formatGiven: true } })
    )
    expect(steps[0].argv).toEqual([
      ...['kraft', 'build', '--plat', 'qemu', '--arch', 'x86_64', '--jobs', '4', '--target', 'dev', '--kraftfile', kraftfile],
      ...['--rootfs', '/src/rootfs', '--rootfs-type', 'erofs', '--kernel', join(dir, '.unikraft/build/unikernel-actions/qemu-x86_64/kernel')]
    ])
  })

  test("the Kraftfile's own rootfs is left to kraft: its type only when `rootfs-format` gives one", async () => {
    const dir = project('plain', { Kraftfile: RUNTIME })
    const declared = { source: join(dir, 'rootfs'), format: 'cpio', from: 'Kraftfile' } as const
    const steps = await buildAdapter('unikraft').plan(request(dir, qemu, kraft, { rootfs: declared }))
    expect(steps[0].argv).not.toContain('--rootfs')
    expect(steps[0].argv).not.toContain('--rootfs-type')
    const given = await buildAdapter('unikraft').plan(request(dir, qemu, kraft, { rootfs: { ...declared, format: 'erofs', formatGiven: true } }))
    expect(given[0].argv).not.toContain('--rootfs')
    expect(given[0].argv.slice(-2)).toEqual(['--rootfs-type', 'erofs'])
  })

  test('a runtime: Kraftfile: kraft build (rootfs), then kraft pkg pull of the runtime for its kernel', async () => {
    const dir = project('plain', { Kraftfile: RUNTIME })
    const steps = await buildAdapter('unikraft').plan(request(dir, qemu, kraft))
    expect(steps.map((s) => s.argv)).toEqual([
      ['kraft', 'build', '--plat', 'qemu', '--arch', 'x86_64', '--jobs', '4'],
      ['kraft', 'pkg', 'pull', '--plat', 'qemu', '--arch', 'x86_64', '--output', join(scratch, 'cache', 'runtime', 'qemu-x86_64'), 'nginx:1.25']
    ])
  })

  test('declaredRootfs resolves against the Kraftfile; buildsRootfs only with kraft', async () => {
    const dir = project('plain', { Kraftfile: RUNTIME })
    const adapter = buildAdapter('unikraft')
    expect(await adapter.declaredRootfs!(request(dir, qemu))).toEqual({ source: join(dir, 'rootfs'), format: 'cpio' })
    expect(await adapter.declaredRootfs!(request(project('unikraft'), qemu))).toBeUndefined()
    expect(adapter.buildsRootfs!(request(dir, qemu, kraft))).toBe(true)
    expect(adapter.buildsRootfs!(request(dir, qemu))).toBe(false)
    expect(adapter.buildsRootfs!(request(project('plain'), qemu, kraft))).toBe(false)
  })

  test('locate: the pulled runtime kernel, the initramfs kraft wrote, the cmd as command line', async () => {
    const dir = project('plain', { Kraftfile: RUNTIME })
    const pulled = join(scratch, 'cache', 'runtime', 'qemu-x86_64', 'unikraft', 'bin')
    mkdirSync(pulled, { recursive: true })
    writeFileSync(join(pulled, 'kernel'), 'k')
    mkdirSync(join(dir, '.unikraft', 'build'), { recursive: true })
    writeFileSync(join(dir, '.unikraft', 'build', 'initramfs-x86_64.erofs'), 'e')
    const adapter = buildAdapter('unikraft')
    expect(await adapter.locate(request(dir, qemu, kraft, { rootfs: { source: join(dir, 'rootfs'), format: 'erofs', from: 'Kraftfile' } }))).toEqual({
      kernel: join(pulled, 'kernel'),
      initrd: join(dir, '.unikraft', 'build', 'initramfs-x86_64.erofs'),
      cmdline: '/nginx -g daemon off;'
    })
    await expect(adapter.locate(request(dir, qemu, kraft, { rootfs: { source: join(dir, 'rootfs'), format: 'cpio', from: 'Kraftfile' } }))).rejects.toThrow(
      /^toolchain unikraft: kraft build left no root filesystem for .*rootfs at .*initramfs-x86_64\.cpio/
    )
    await expect(adapter.locate(request(dir, qemu, kraft, { debug: true, rootfs: { source: 'x', format: 'erofs', from: 'rootfs' } }))).rejects.toThrow(
      /^input `debug`: is true but the qemu\/x86_64 build left no unstripped kernel \(a runtime: package ships none\)/
    )
  })

  test('locate: the moved kernel and, with debug, the .dbg kraft left in the build directory', async () => {
    const dir = project('unikraft')
    const build = join(dir, '.unikraft', 'build')
    mkdirSync(join(build, 'unikernel-actions', 'qemu-x86_64'), { recursive: true })
    writeFileSync(join(build, 'unikernel-actions', 'qemu-x86_64', 'kernel'), 'k')
    const adapter = buildAdapter('unikraft')
    await expect(adapter.locate(request(dir, qemu, kraft, { debug: true }))).rejects.toThrow(
      /^input `debug`: is true but the qemu\/x86_64 build left no unstripped kernel \(looked for \.unikraft\/build\/\*_qemu-x86_64\.dbg\)/
    )
    writeFileSync(join(build, 'helloworld_qemu-x86_64.dbg'), 'd')
    expect(await adapter.locate(request(dir, qemu, kraft, { debug: true }))).toEqual({
      kernel: join(build, 'unikernel-actions', 'qemu-x86_64', 'kernel'),
      debugKernel: join(build, 'helloworld_qemu-x86_64.dbg')
    })
    expect(await adapter.locate(request(dir, qemu, kraft))).toEqual({ kernel: join(build, 'unikernel-actions', 'qemu-x86_64', 'kernel') })
  })

  test('a named target the Kraftfile does not declare with that plat/arch is refused before kraft runs', async () => {
    const dir = project('plain', { Kraftfile: NAMED })
    await expect(buildAdapter('unikraft').plan(request(dir, { platform: 'fc', arch: 'x86_64', name: 'dev' }, kraft))).rejects.toThrow(
      /^input `target`: dev is not among the targets of .*Kraftfile \(dev \(qemu\/x86_64\), fc\/x86_64\)/
    )
  })
})

describe('locate', () => {
  test('unikraft: the kernel, not its .dbg; the initramfs beside it', async () => {
    const dir = project('unikraft')
    mkdirSync(join(dir, '.unikraft', 'build'), { recursive: true })
    for (const file of ['helloworld_qemu-x86_64', 'helloworld_qemu-x86_64.dbg', 'helloworld_fc-x86_64', 'initramfs-x86_64.cpio'])
      writeFileSync(join(dir, '.unikraft', 'build', file), file)
    expect(await buildAdapter('unikraft').locate(request(dir, qemu))).toEqual({
      kernel: join(dir, '.unikraft', 'build', 'helloworld_qemu-x86_64'),
      initrd: join(dir, '.unikraft', 'build', 'initramfs-x86_64.cpio')
    })
  })

  test('unikraft: an older make build names QEMU builds kvm', async () => {
    const dir = project('unikraft-make')
    mkdirSync(join(dir, 'build'))
    writeFileSync(join(dir, 'build', 'app_kvm-x86_64'), 'k')
    expect(await buildAdapter('unikraft').locate(request(dir, qemu))).toEqual({ kernel: join(dir, 'build', 'app_kvm-x86_64') })
  })

  test('unikraft: nothing built is an error listing where it looked', async () => {
    await expect(buildAdapter('unikraft').locate(request(project('unikraft'), qemu))).rejects.toThrow(
      /^toolchain unikraft: the build left no kernel for qemu\/x86_64 \(looked for \.unikraft\/build\/\*_qemu-x86_64, /
    )
  })

  test('nanos: the image under $OPS_HOME/.ops, else ~/.ops, as ops writes it', async () => {
    const opsHome = join(scratch, 'ops-home')
    mkdirSync(join(opsHome, '.ops', 'images'), { recursive: true })
    writeFileSync(join(opsHome, '.ops', 'images', 'unikernel-actions-x86_64'), 'disk')
    expect(await buildAdapter('nanos').locate(request(project('nanos'), qemu, {}, { env: { OPS_HOME: opsHome } }))).toEqual({
      kernel: join(opsHome, '.ops', 'images', 'unikernel-actions-x86_64')
    })
    expect(await buildAdapter('nanos').locate(request(project('nanos'), qemu, {}, { env: { HOME: opsHome } }))).toEqual({
      kernel: join(opsHome, '.ops', 'images', 'unikernel-actions-x86_64')
    })
  })

  test('mirage: dist/<name>.<ext> of the target', async () => {
    const dir = project('mirage')
    mkdirSync(join(dir, 'dist'))
    writeFileSync(join(dir, 'dist', 'hello.hvt'), 'k')
    writeFileSync(join(dir, 'dist', 'hello.virtio'), 'k')
    expect(await buildAdapter('mirage').locate(request(dir, { platform: 'hvt', arch: 'x86_64' }))).toEqual({ kernel: join(dir, 'dist', 'hello.hvt') })
  })

  test('hermit: the package binary; on qemu behind the loader from PATH', async () => {
    const dir = project('hermit')
    const out = join(dir, 'target', 'x86_64-unknown-hermit', 'release')
    mkdirSync(out, { recursive: true })
    writeFileSync(join(out, 'hello-hermit'), 'app')
    writeFileSync(join(out, 'hello-hermit.d'), 'deps')
    const adapter = buildAdapter('hermit')
    expect(await adapter.locate(request(dir, { platform: 'uhyve', arch: 'x86_64' }))).toEqual({ kernel: join(out, 'hello-hermit') })
    // hermit-os/loader's release assets (xtask/src/target.rs dist_name): QEMU x86_64 boots the Multiboot one.
    expect(adapter.tools).toHaveProperty(['hermit-loader-x86_64-multiboot'])
    expect(adapter.tools).toHaveProperty(['hermit-loader-aarch64-elf'])
    expect(await adapter.locate(request(dir, qemu, { 'hermit-loader-x86_64-multiboot': '/opt/loader' }))).toEqual({
      kernel: '/opt/loader',
      initrd: join(out, 'hello-hermit')
    })
    await expect(adapter.locate(request(dir, qemu, { 'hermit-loader-x86_64': '/opt/old-name' }))).rejects.toThrow(
      /^toolchain hermit: booting on qemu needs hermit-loader-x86_64-multiboot on PATH .*, or build for uhyve\/x86_64$/
    )
    const arm = join(dir, 'target', 'aarch64-unknown-hermit', 'release')
    mkdirSync(arm, { recursive: true })
    writeFileSync(join(arm, 'hello-hermit'), 'app')
    expect(await adapter.locate(request(dir, { platform: 'qemu', arch: 'arm64' }, { 'hermit-loader-aarch64-elf': '/opt/aarch64' }))).toEqual({
      kernel: '/opt/aarch64',
      initrd: join(arm, 'hello-hermit')
    })
  })
})

describe('what each adapter caches, and its boot hints', () => {
  test.each([
    ['custom', ['<cache>/ccache']],
    ['unikraft', ['<project>/.unikraft', '<project>/workdir/build', '/home/u/.local/share/kraftkit']],
    ['nanos', ['/home/u/.ops']],
    ['mirage', ['/home/u/.opam', '<project>/_build', '<project>/duniverse']],
    ['hermit', ['<project>/target', '/home/u/.cargo/registry', '/home/u/.cargo/git']]
  ] as [BuildToolchainName, string[]][])('%s caches %j', async (toolchain, paths) => {
    const spec = buildAdapter(toolchain).cache(request('/p', qemu))
    expect(spec.paths.map((p) => p.replace('/p/', '<project>/').replace(join(scratch, 'cache'), '<cache>'))).toEqual(paths)
    expect(spec.keyFiles.length).toBeGreaterThan(0)
  })

  test('boot hints', async () => {
    expect(buildAdapter('unikraft').bootHints(qemu)).toEqual({ memory: '64M', expect: ['Powered by|Welcome to'] })
    expect(buildAdapter('mirage').bootHints({ platform: 'spt', arch: 'x86_64' })).toEqual({ expect: ['Solo5: Bindings version'] })
    expect(buildAdapter('mirage').bootHints({ platform: 'xen', arch: 'x86_64' })).toEqual({})
    expect(buildAdapter('hermit').bootHints(qemu)).toEqual({ expect: ['Welcome to Hermit'] })
    expect(buildAdapter('custom').bootHints(qemu)).toEqual({})
    for (const adapter of BUILD_ADAPTERS)
      for (const pattern of Object.values(adapter.bootHints(qemu)).flat()) expect(() => new RegExp(String(pattern))).not.toThrow()
  })
})

describe('custom: ccache', () => {
  test('with ccache on PATH: a masquerade directory for the compilers found, a cache dir keyed on content', async () => {
    const bin = join(scratch, 'bin')
    mkdirSync(bin)
    for (const tool of ['ccache', 'gcc', 'cc']) {
      writeFileSync(join(bin, tool), '#!/bin/sh\n')
      chmodSync(join(bin, tool), 0o755)
    }
    const cacheDir = join(scratch, 'custom-cache')
    const req = request('/p', qemu, { ccache: join(bin, 'ccache') }, { cacheDir, env: { PATH: bin } })
    const { env, notes } = await buildAdapter('custom').environment!(req)
    expect(env).toEqual({ PATH: `${join(cacheDir, 'ccache-bin')}:${bin}`, CCACHE_DIR: join(cacheDir, 'ccache'), CCACHE_BASEDIR: '/p', CCACHE_NOHASHDIR: '1' })
    expect(readdirSync(join(cacheDir, 'ccache-bin')).sort()).toEqual(['cc', 'gcc'])
    expect(readlinkSync(join(cacheDir, 'ccache-bin', 'gcc'))).toBe(join(bin, 'ccache'))
    expect(notes).toEqual([`ccache caches cc, gcc in ${join(cacheDir, 'ccache')}`])
  })

  test('without ccache: nothing set, and the log says why', async () => {
    const { env, notes } = await buildAdapter('custom').environment!(request('/p', qemu))
    expect(env).toEqual({})
    expect(notes[0]).toMatch(/ccache is not installed/)
  })
})
