import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { delimiter, join } from 'node:path'

export interface ProcessGroupOptions extends Omit<SpawnOptions, 'detached'> {
  /**
   * The child is killed when this process dies, even by SIGKILL (no handler of ours runs then):
   * started through util-linux `setpriv --pdeathsig KILL` where it exists; without it, only the
   * signal handlers below stop the group.
   */
  dieWithParent?: boolean
}

/**
 * A child started in its own process group, so that the group — the VMM and everything it spawned —
 * can be killed as one. Every live group is also killed when this process is interrupted or
 * terminated, so a cancelled step leaves nothing running.
 */
export class ProcessGroup {
  readonly child: ChildProcess
  readonly exited: Promise<{ status: number | null; signal: NodeJS.Signals | null }>
  private done = false

  constructor(command: string, args: string[], options: ProcessGroupOptions) {
    // Before the spawn: the child exists from the fork on, and a SIGTERM that found no handler then
    // would end this process by default and leave the new group running on its own.
    installSignalHandlers()
    const { dieWithParent, ...spawnOptions } = options
    const setpriv = dieWithParent ? pdeathsigLauncher() : undefined
    // The parent-death signal survives the exec of the command (not a set-user-ID one). It fires when
    // the *thread* that forked exits: spawn forks from the calling thread, this process's main one.
    const [file, argv] = setpriv ? [setpriv, ['--pdeathsig', 'KILL', '--', command, ...args]] : [command, args]
    this.child = spawn(file, argv, { ...spawnOptions, detached: true })
    this.exited = new Promise((resolve) => {
      this.child.once('exit', (status, signal) => {
        this.done = true
        live.delete(this)
        resolve({ status, signal })
      })
      this.child.once('error', () => {
        this.done = true
        live.delete(this)
        resolve({ status: null, signal: null })
      })
    })
    if (this.child.pid !== undefined) live.add(this)
  }

  get pid(): number | undefined {
    return this.child.pid
  }

  get running(): boolean {
    return !this.done && this.child.pid !== undefined
  }

  /** SIGTERM to the group, SIGKILL after `graceMs`; resolves when the leader has exited. */
  async stop(graceMs = 1500): Promise<void> {
    if (!this.running) return
    signalGroup(this.child.pid!, 'SIGTERM')
    const timer = setTimeout(() => signalGroup(this.child.pid!, 'SIGKILL'), graceMs)
    await this.exited
    clearTimeout(timer)
    // Anything the leader left behind in its group goes too.
    signalGroup(this.child.pid!, 'SIGKILL')
  }

  /** Lets this process exit while the group keeps running (`keep-running`). */
  detach(): void {
    live.delete(this)
    this.child.unref()
  }

  killNow(): void {
    if (this.child.pid !== undefined) signalGroup(this.child.pid, 'SIGKILL')
  }
}

let launcher: string | null | undefined

/**
 * util-linux `setpriv` when it knows `--pdeathsig` (2.33 and later; Debian 12 has 2.38), else
 * undefined. Looked up once; the binary is searched for the option's name rather than run, which
 * would cost a process start before every VMM.
 */
export function pdeathsigLauncher(): string | undefined {
  if (launcher === undefined) {
    launcher = null
    for (const dir of (process.env.PATH ?? '').split(delimiter)) {
      if (!dir.startsWith('/')) continue
      try {
        const candidate = join(dir, 'setpriv')
        if (readFileSync(candidate).includes('--pdeathsig')) launcher = candidate
        break
      } catch {
        // not in this directory
      }
    }
  }
  return launcher ?? undefined
}

export function signalGroup(pid: number, signal: NodeJS.Signals): boolean {
  try {
    process.kill(-pid, signal)
    return true
  } catch {
    return false
  }
}

/** True when a process group still has members. */
export function groupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

const live = new Set<ProcessGroup>()
let handlersInstalled = false

/**
 * On SIGINT/SIGTERM/SIGHUP (a cancelled job), kill every live group and exit, so that `exit` listeners
 * (the boot's tap removal) run. Installed once, by the first group or by anything that must be undone on exit.
 */
export function installSignalHandlers(): void {
  if (handlersInstalled) return
  handlersInstalled = true
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      for (const group of live) group.killNow()
      process.exit(128 + (signal === 'SIGINT' ? 2 : signal === 'SIGTERM' ? 15 : 1))
    })
  }
  process.once('exit', () => {
    for (const group of live) group.killNow()
  })
}
