import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process'

/**
 * A child started in its own process group, so that the group — the VMM and everything it spawned —
 * can be killed as one. Every live group is also killed when this process is interrupted or
 * terminated, so a cancelled step leaves nothing running.
 */
export class ProcessGroup {
  readonly child: ChildProcess
  readonly exited: Promise<{ status: number | null; signal: NodeJS.Signals | null }>
  private done = false

  constructor(command: string, args: string[], options: Omit<SpawnOptions, 'detached'>) {
    // Before the spawn: the child exists from the fork on, and a SIGTERM that found no handler then
    // would end this process by default and leave the new group running on its own.
    installSignalHandlers()
    this.child = spawn(command, args, { ...options, detached: true })
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
