import { dirname } from 'node:path'
import * as semver from 'semver'
import { inputError } from '../runtime/errors.js'
import type { Logger } from '../runtime/logger.js'
import { QEMU_BINARIES, QEMU_PACKAGES } from '../vmm/qemu.js'
import type { Arch } from '../platform.js'
import { findOnPath, outputTail, privileged, type CommandRunner } from './commands.js'
import type { SystemTool, SystemToolResult, ToolPlatform } from './types.js'

export interface PlannedCommand {
  argv: string[]
  env?: Record<string, string>
}

/** The apt commands that install the host's QEMU; sudo -n (never a password prompt) unless root. */
export function qemuInstallCommands(arch: Arch, isRoot: boolean): PlannedCommand[] {
  const env = { DEBIAN_FRONTEND: 'noninteractive' }
  return [
    { argv: privileged(['apt-get', 'update', '-q'], isRoot), env },
    { argv: privileged(['apt-get', 'install', '-y', '-q', '--no-install-recommends', QEMU_PACKAGES[arch]], isRoot), env }
  ]
}

/** `QEMU emulator version 7.2.22 (Debian 1:7.2+dfsg-7+deb12u18)` → `7.2.22`. */
export function parseQemuVersion(output: string): string | undefined {
  const match = /QEMU emulator version (\d+)\.(\d+)(?:\.(\d+))?/.exec(output)
  return match ? `${match[1]}.${match[2]}.${match[3] ?? 0}` : undefined
}

async function presentQemu(binary: string, env: NodeJS.ProcessEnv, commands: CommandRunner): Promise<{ path: string; version: string } | undefined> {
  const path = findOnPath(binary, env.PATH)
  if (!path) return undefined
  const result = await commands.run([path, '--version'], { env })
  const version = parseQemuVersion(result.stdout)
  return version ? { path, version } : undefined
}

function satisfies(version: string, range: string): boolean {
  return range === 'latest' || semver.satisfies(version, range)
}

/**
 * QEMU from the OS packages: skipped when a QEMU for this machine's architecture that satisfies the
 * range is on PATH; otherwise `apt-get install --no-install-recommends` (as root or through sudo -n).
 */
export const qemu: SystemTool = {
  kind: 'system',
  name: 'qemu',
  versionOutput: 'The QEMU version on PATH.',
  async ensure(range: string, platform: ToolPlatform, context: { logger: Logger; commands: CommandRunner; env: NodeJS.ProcessEnv }): Promise<SystemToolResult> {
    const { logger, commands, env } = context
    const binary = QEMU_BINARIES[platform.arch]
    const present = await presentQemu(binary, env, commands)
    if (present && satisfies(present.version, range)) {
      logger.info(`qemu: found QEMU ${present.version} at ${present.path}; nothing to install`)
      return { version: present.version, path: dirname(present.path), installed: false }
    }
    if (present) logger.info(`qemu: QEMU ${present.version} at ${present.path} does not satisfy ${range}; installing the OS package`)
    if (platform.os !== 'linux' || !findOnPath('apt-get', env.PATH)) {
      throw inputError(
        'tools',
        `qemu: ${binary} is not installed${present ? ` in a version satisfying ${range}` : ''}, ` +
          'and this machine has no apt-get to install it with; install QEMU with the OS package manager first'
      )
    }
    const isRoot = process.getuid?.() === 0
    for (const { argv, env: extra } of qemuInstallCommands(platform.arch, isRoot)) {
      logger.info(`qemu: ${argv.join(' ')}`)
      const result = await commands.run(argv, { env: { ...env, ...extra } })
      if (result.status !== 0) {
        const sudoHint = isRoot ? '' : ' (sudo -n must work without a password, as on GitHub-hosted runners)'
        throw new Error(`installing QEMU failed at \`${argv.join(' ')}\` (${result.spawnError ?? `exit ${result.status}`})${sudoHint}:\n${outputTail(result)}`)
      }
    }
    const installed = await presentQemu(binary, env, commands)
    if (!installed) throw new Error(`apt-get installed ${QEMU_PACKAGES[platform.arch]}, but ${binary} is still not on PATH`)
    if (!satisfies(installed.version, range)) {
      throw inputError(
        'tools',
        `qemu@${range}: the OS packages provide QEMU ${installed.version}, which does not satisfy ${range}; use a newer runner image or drop the version range`
      )
    }
    logger.info(`qemu: installed QEMU ${installed.version} (${installed.path})`)
    return { version: installed.version, path: dirname(installed.path), installed: true }
  }
}
