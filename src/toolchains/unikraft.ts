import { homedir } from 'node:os'
import { dirname, join, relative } from 'node:path'
import { firstFile, globFiles, isFile, readTextIfPresent, toolchainError } from '../build/files.js'
import { inputError } from '../runtime/errors.js'
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
export const KRAFTFILES = ['kraft.yaml', 'kraft.yml', 'Kraftfile.yml', 'Kraftfile.yaml', 'Kraftfile']
const KRAFT_INSTALL = 'install KraftKit: the setup action (tools: kraft), or https://unikraft.org/docs/cli/install'

// Platform aliases kraft accepts in a Kraftfile (machine/platform/platform.go); architectures have none.
const KRAFT_PLATFORM_ALIASES: Readonly<Record<string, string>> = { firecracker: 'fc', kvm: 'qemu' }

/**
 * The `targets:` of a Kraftfile as `plat/arch` (unikraft/target/transform.go: `- plat/arch`, or a map
 * with platform|plat and architecture|arch). Undefined when the Kraftfile has none, or writes them in a
 * form not read here (flow style, anchors): kraft then decides alone.
 */
export function kraftfileTargets(kraftfile: string): string[] | undefined {
  const lines = kraftfile.split(/\r?\n/)
  const start = lines.findIndex((line) => /^targets:\s*(#.*)?$/.test(line))
  if (start < 0) return undefined
  const targets: { plat?: string; arch?: string }[] = []
  // Where the keys of one target start: just after its `- `. Deeper lines (kconfig, …) select nothing.
  let keyIndent: number | undefined
  for (const line of lines.slice(start + 1)) {
    if (/^\s*(#.*)?$/.test(line)) continue
    if (/^(?!- )\S/.test(line)) break
    let text = line.trimStart()
    let indent = line.length - text.length
    const dash = /^- +/.exec(text)?.[0]
    if (dash && (keyIndent === undefined || indent + dash.length === keyIndent)) {
      keyIndent = indent + dash.length
      targets.push({})
      text = text.slice(dash.length)
      indent = keyIndent
    }
    const target = targets.at(-1)
    if (!target) return undefined
    if (indent !== keyIndent) continue
    const pair = /^([\w-]+):\s*(.*)$/.exec(text)
    const value = scalar(pair ? pair[2] : text)
    if (!pair && !/^[\w-]+\/[\w-]+$/.test(value)) return undefined
    if (!pair || pair[1] === 'platform' || pair[1] === 'plat') {
      const [plat, arch] = value.split('/')
      target.plat = KRAFT_PLATFORM_ALIASES[plat] ?? plat
      if (arch !== undefined) target.arch = arch
    } else if (pair[1] === 'architecture' || pair[1] === 'arch') target.arch = value
  }
  if (targets.length === 0 || targets.some((t) => !t.plat || !t.arch)) return undefined
  return targets.map((t) => `${t.plat}/${t.arch}`)
}

/** A YAML plain or quoted scalar on one line, without a trailing comment. */
function scalar(text: string): string {
  return text.replace(/\s+#.*$/, '').replace(/^(["'])(.*)\1$/, '$2')
}

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
      // kraft build selects among the Kraftfile's targets (target.Filter) and fails when none matches.
      const path = join(request.projectDir, kraftfile)
      const declared = kraftfileTargets((await readTextIfPresent(path)) ?? '')
      if (declared && !declared.includes(`${platform}/${arch}`)) {
        throw inputError(
          'target',
          `${platform}/${arch} is not among the targets of ${path} (${declared.join(', ')}); add it to the Kraftfile's \`targets\` or build one of those`
        )
      }
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
