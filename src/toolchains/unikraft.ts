import { homedir } from 'node:os'
import { dirname, join, relative } from 'node:path'
import { firstFile, globFiles, isFile, readTextIfPresent, toolchainError } from '../build/files.js'
import type { BuildStep, BuildTarget, ToolchainBootProfile, ToolchainBuildAdapter } from './types.js'
import { crashed, DEBUG_EXIT_0X501, decodeByChannel, exited, x86ExitDevices } from './exit-decoding.js'

/** Unikraft (kraft): ACPI poweroff exits 0, isa-debug-exit 41/42 are the fallbacks (plat/common/x86/cpu_native.c). */
export const unikraft: ToolchainBootProfile = {
  name: 'unikraft',
  failOn: [
    // The critical log level's header (lib/ukdebug/print.c), used by every UK_CRASH and fatal trap.
    /\bCRIT:/,
    // The crash screen's first line, printed even when kernel messages are compiled out (lib/ukdebug/crash.c).
    /\bUnikraft Crash - /
  ],
  successCode: 0,
  exitDevices: (arch) => x86ExitDevices(arch, [DEBUG_EXIT_0X501]),
  decodeExit: (context) =>
    decodeByChannel(context, {
      'debug-exit': { 83: exited(0), 85: crashed('Unikraft crash (isa-debug-exit 42)') }
    }),
  detect: (elf) => elf.sections.some((section) => section.startsWith('.uk_'))
}

// Kraftfile discovery order of kraftkit (unikraft/app/project.go).
const KRAFTFILES = ['kraft.yaml', 'kraft.yml', 'Kraftfile.yml', 'Kraftfile.yaml', 'Kraftfile']
const KRAFT_INSTALL = 'install KraftKit: the setup action (tools: kraft), or https://unikraft.org/docs/cli/install'

/** A Unikraft application built by Unikraft's own make: its Makefile hands over to $(UK_ROOT). */
async function makeProject(dir: string): Promise<{ config: boolean; defconfig: boolean } | undefined> {
  const makefile = await readTextIfPresent(join(dir, 'Makefile'))
  if (!makefile || !/\bUK_ROOT\b/.test(makefile)) return undefined
  const config = await isFile(join(dir, '.config'))
  const defconfig = await isFile(join(dir, 'defconfig'))
  return config || defconfig ? { config, defconfig } : undefined
}

/**
 * The Unikraft core's version from its version.mk (UK_VERSION.UK_SUBVERSION.UK_EXTRAVERSION), where
 * kraft checks it out (.unikraft/unikraft, workdir/unikraft) or where a make project's UK_ROOT points;
 * undefined when none is found. urunc chooses the command-line syntax by it.
 */
export async function unikraftCoreVersion(projectDir: string): Promise<string | undefined> {
  const makefile = (await readTextIfPresent(join(projectDir, 'Makefile'))) ?? ''
  const ukRoot = /^\s*UK_ROOT\s*\??=\s*(\S+)\s*$/m.exec(makefile)?.[1]
  const roots = ['.unikraft/unikraft', 'workdir/unikraft', ...(ukRoot && !ukRoot.includes('$') ? [ukRoot] : [])]
  for (const root of roots) {
    const text = await readTextIfPresent(join(projectDir, root, 'version.mk'))
    if (!text) continue
    const field = (name: string): string | undefined => new RegExp(`^\\s*${name}\\s*[:?]?=\\s*(\\d+)\\s*$`, 'm').exec(text)?.[1]
    const [major, minor, extra] = [field('UK_VERSION'), field('UK_SUBVERSION'), field('UK_EXTRAVERSION')]
    if (major !== undefined && minor !== undefined) return `${major}.${minor}.${extra ?? '0'}`
  }
  return undefined
}

function kernelPatterns(target: BuildTarget): string[] {
  const { platform, arch } = target
  // Unikraft before 0.16 named both QEMU and Firecracker builds "kvm".
  const plats = platform === 'xen' ? ['xen'] : [platform, 'kvm']
  // Kernels are `<app>_<plat>-<arch>`, next to `<same>.dbg`; `*` cannot reach past the name into `.dbg`.
  return ['.unikraft/build', 'workdir/build', 'build'].flatMap((dir) => plats.map((plat) => `${dir}/*_${plat}-${arch}`))
}

/**
 * Unikraft: `kraft build --plat P --arch A` when kraft is on PATH, else Unikraft's make build for a
 * project with a Makefile using UK_ROOT and a .config or defconfig (whose plat/arch it then follows).
 */
export const unikraftBuild: ToolchainBuildAdapter = {
  name: 'unikraft',
  detectsBy: 'a Kraftfile (or kraft.yaml), or a Makefile using UK_ROOT with a .config or defconfig',
  uruncType: 'unikraft',
  platforms: ['qemu', 'fc', 'xen'],
  tools: { kraft: KRAFT_INSTALL, make: 'install make (apt-get install make)' },
  versionArgv: (tools) => (tools.has('kraft') ? ['kraft', 'version'] : undefined),

  async detect(dir) {
    return (await firstFile(dir, KRAFTFILES)) !== undefined || (await makeProject(dir)) !== undefined
  },

  async plan(request) {
    const { platform, arch } = request.target
    const kraftfile = await firstFile(request.projectDir, KRAFTFILES)
    if (kraftfile && request.tools.has('kraft')) {
      return [{ argv: ['kraft', 'build', '--plat', platform, '--arch', arch, '--jobs', String(request.jobs)] }]
    }
    const make = await makeProject(request.projectDir)
    if (!make) {
      throw toolchainError(
        'unikraft',
        kraftfile
          ? `\`kraft\` is not on PATH: ${KRAFT_INSTALL}`
          : `${request.projectDir} has neither a Kraftfile nor a Makefile using UK_ROOT with a .config or defconfig`
      )
    }
    const configure: BuildStep[] = make.config ? [] : [{ argv: ['make', `UK_DEFCONFIG=${join(request.projectDir, 'defconfig')}`, 'defconfig'] }]
    return [...configure, { argv: ['make', `-j${request.jobs}`] }]
  },

  async environment() {
    // kraft asks questions and checks for updates unless told not to (config/config.go).
    return { env: { KRAFTKIT_NO_PROMPT: 'true', KRAFTKIT_NO_CHECK_UPDATES: 'true', KRAFTKIT_LOG_TYPE: 'basic', KRAFTKIT_NO_COLOR: 'true' }, notes: [] }
  },

  async locate(request) {
    const { projectDir, target } = request
    for (const pattern of kernelPatterns(target)) {
      const matches = await globFiles(pattern, projectDir)
      if (matches.length === 1) {
        const initrd = join(dirname(matches[0]), `initramfs-${target.arch}.cpio`)
        const version = await unikraftCoreVersion(projectDir)
        return { kernel: matches[0], ...((await isFile(initrd)) ? { initrd } : {}), ...(version ? { unikernelVersion: version } : {}) }
      }
      if (matches.length > 1)
        throw toolchainError(
          'unikraft',
          `several kernels match ${pattern}: ${matches.map((m) => relative(projectDir, m)).join(', ')}; clean the build directory`
        )
    }
    throw toolchainError('unikraft', `the build left no kernel for ${target.platform}/${target.arch} (looked for ${kernelPatterns(target).join(', ')})`)
  },

  cache: (request) => ({
    paths: [
      join(request.projectDir, '.unikraft'),
      join(request.projectDir, 'workdir', 'build'),
      join(request.env.XDG_DATA_HOME ?? join(request.env.HOME ?? homedir(), '.local', 'share'), 'kraftkit')
    ],
    keyFiles: [...KRAFTFILES, 'Makefile', 'Makefile.uk', 'Config.uk', '.config', 'defconfig']
  }),

  bootHints: () => ({
    // kraft run's default memory (internal/cli/kraft/run/run.go).
    memory: '64M',
    // The POWEREDBY and MINIMAL banners print "Powered by", the CLASSIC one "Welcome to" (lib/ukboot).
    expect: ['Powered by|Welcome to']
  })
}
