import { execFile, spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { promisify } from 'node:util'
import { ConfigurationError, errorMessage } from '../runtime/errors.js'
import type { Logger } from '../runtime/logger.js'
import { privileged } from '../tools/commands.js'
import { installSignalHandlers } from '../runtime/process-group.js'
import type { AttachedDevice, TapLink } from '../vmm/types.js'

const run = promisify(execFile)

/** How this process may create a tap device: as root itself, or through passwordless `sudo -n`. */
export type TapPrivilege = 'root' | 'sudo'

/** The host side of tap creation, injectable so the refusal can be tested on a host where it would work. */
export interface TapHost {
  /** How taps can be created here; undefined when they cannot (not root, no passwordless sudo). */
  privilege(): Promise<TapPrivilege | undefined>
}

export const HOST_TAPS: TapHost = {
  privilege: async () => {
    if (process.getuid?.() === 0) return 'root'
    const sudo = await run('sudo', ['-n', 'true'], { timeout: 10_000 }).then(
      () => true,
      () => false
    )
    return sudo ? 'sudo' : undefined
  }
}

/**
 * The host-only link of the n-th declared net device: 10.n.0.0/30, the host at .1 and the guest at .2 —
 * the address Solo5's test_net serves on (10.0.0.2, and 10.1.0.2 for its second NIC in test_net_2if)
 * and the default `--ipv4` of a MirageOS unikernel (10.0.0.2). Nothing routes beyond the link.
 */
export function tapLink(netIndex: number): TapLink {
  return { hostAddress: `10.${netIndex}.0.1`, guestAddress: `10.${netIndex}.0.2`, prefixLength: 30 }
}

/** A tap name of our own: `uk`, 6 random hex digits, the device's net index (at most 15 bytes, IFNAMSIZ). */
export function newTapName(netIndex: number): string {
  return `uk${randomBytes(3).toString('hex')}n${netIndex}`
}

/** The routes in `ip -o -4 route show match ADDRESS` output other than the default route: a network the host already reaches there. */
export function overlappingRoutes(output: string): string[] {
  return output
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('default'))
}

/** The argv of each `ip` command, prefixed with `sudo -n` when not root. Pure: one argv array per command, never a shell string. */
export function createCommands(tap: string, link: TapLink, privilege: TapPrivilege, uid = process.getuid?.() ?? 0): string[][] {
  const commands = [
    // Owned by the step's user, so a tender started without sudo may open it.
    ['ip', 'tuntap', 'add', 'dev', tap, 'mode', 'tap', ...(privilege === 'sudo' ? ['user', String(uid)] : [])],
    ['ip', 'addr', 'add', `${link.hostAddress}/${link.prefixLength}`, 'dev', tap],
    ['ip', 'link', 'set', 'dev', tap, 'up']
  ]
  return commands.map((argv) => privileged(argv, privilege === 'root'))
}

/** The net devices whose tap the action creates (and must remove). */
export function createdTaps(devices: readonly AttachedDevice[] | undefined): { tap: string; link: TapLink }[] {
  return (devices ?? []).flatMap((d) => (d.kind === 'net' && d.tap && d.link ? [{ tap: d.tap, link: d.link }] : []))
}

/**
 * The taps the action created for one boot. `remove` runs at the verdict, on an error and at the
 * deadline; a process that exits on a signal (a cancelled job) removes them synchronously on its way out.
 */
export class TapDevices {
  private live: string[] = []
  private readonly onExit = () => this.removeSync()

  private constructor(
    private readonly privilege: TapPrivilege,
    private readonly logger: Logger
  ) {}

  /** Creates and addresses every tap in `devices` that the action owns; on a failure removes what it made and throws. */
  static async create(devices: readonly AttachedDevice[] | undefined, privilege: TapPrivilege | undefined, logger: Logger): Promise<TapDevices> {
    const taps = new TapDevices(privilege ?? 'root', logger)
    const wanted = createdTaps(devices)
    if (wanted.length === 0) return taps
    for (const { link } of wanted) {
      const routes = await run('ip', ['-o', '-4', 'route', 'show', 'match', link.guestAddress], { timeout: 10_000 }).then(
        ({ stdout }) => stdout,
        () => ''
      )
      const conflicts = overlappingRoutes(routes)
      if (conflicts.length) {
        throw new ConfigurationError(
          `input \`net\`: the host already routes ${link.guestAddress} (${conflicts.join('; ')}), so a tap link ` +
            `${link.hostAddress}/${link.prefixLength} would hide or break it; create a tap and name it with \`net: NAME=<tap>\``
        )
      }
    }
    // A cancelled job's SIGTERM may come before the VMM's process group exists: exit through the handlers either way.
    installSignalHandlers()
    process.once('exit', taps.onExit)
    try {
      for (const { tap, link } of wanted) {
        taps.live.push(tap)
        for (const argv of createCommands(tap, link, taps.privilege)) await runCommand(argv)
        logger.info(`Created tap ${tap}: host ${link.hostAddress}/${link.prefixLength}, guest ${link.guestAddress}`)
      }
    } catch (error) {
      await taps.remove()
      throw new ConfigurationError(`input \`net\`: could not create a tap device (${errorMessage(error)}); create one and name it with \`net: NAME=<tap>\``, {
        cause: error
      })
    }
    return taps
  }

  get names(): readonly string[] {
    return this.live
  }

  /** Removes every tap this boot created; a failure is a warning (the boot's verdict stands). */
  async remove(): Promise<void> {
    process.removeListener('exit', this.onExit)
    const taps = this.live
    this.live = []
    await removeTaps(taps, this.privilege, this.logger)
  }

  /** Hands the taps over (keep-running: the post step removes them); returns what it hands over. */
  detach(): { taps: string[]; privilege: TapPrivilege } {
    process.removeListener('exit', this.onExit)
    const taps = this.live
    this.live = []
    return { taps, privilege: this.privilege }
  }

  private removeSync(): void {
    for (const argv of removeCommands(this.live, this.privilege)) spawnSync(argv[0], argv.slice(1), { stdio: 'ignore', timeout: 5000 })
    this.live = []
  }
}

/** `ip link del dev TAP` per tap (with `sudo -n` when not root): the post step of keep-running runs these from saved state. */
export function removeCommands(taps: readonly string[], privilege: TapPrivilege): string[][] {
  return taps.map((tap) => privileged(['ip', 'link', 'del', 'dev', tap], privilege === 'root'))
}

/** Removes taps handed over by `detach` (the post step of keep-running, the CLI's `stop`); failures are warnings. */
export async function removeTaps(taps: readonly string[], privilege: TapPrivilege, logger: Logger): Promise<void> {
  for (const [index, argv] of removeCommands(taps, privilege).entries()) {
    await runCommand(argv).then(
      () => logger.info(`Removed tap ${taps[index]}`),
      (error: unknown) => logger.warning(`Could not remove tap ${taps[index]}: ${errorMessage(error)}`)
    )
  }
}

export async function runCommand(argv: string[]): Promise<void> {
  try {
    await run(argv[0], argv.slice(1), { timeout: 30_000 })
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr?.trim()
    throw new Error(`${argv.join(' ')}: ${stderr || errorMessage(error)}`, { cause: error })
  }
}
