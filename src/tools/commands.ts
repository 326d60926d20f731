import { findExecutable } from '../runtime/files.js'
import { spawn } from 'node:child_process'

export interface CommandResult {
  /** Exit status, null when the process was killed or could not start. */
  status: number | null
  stdout: string
  stderr: string
  /** Set when the command could not be started at all (ENOENT, EACCES). */
  spawnError?: string
}

export interface CommandOptions {
  cwd?: string
  env?: NodeJS.ProcessEnv
  /** Written to stdin, which is then closed. */
  input?: string
}

/** Runs argv arrays (never a shell string); a seam so tests can record or refuse what would run. */
export interface CommandRunner {
  run(argv: readonly string[], options?: CommandOptions): Promise<CommandResult>
}

export class SpawnRunner implements CommandRunner {
  run(argv: readonly string[], options: CommandOptions = {}): Promise<CommandResult> {
    return new Promise((resolve) => {
      const [command, ...args] = argv
      const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['pipe', 'pipe', 'pipe'] })
      let stdout = ''
      let stderr = ''
      child.stdout.on('data', (d: Buffer) => (stdout += d.toString()))
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
      child.on('error', (error) => resolve({ status: null, stdout, stderr, spawnError: error.message }))
      child.on('close', (status) => resolve({ status, stdout, stderr }))
      child.stdin.on('error', () => undefined)
      child.stdin.end(options.input ?? '')
    })
  }
}

/** The first executable `name` on PATH, like `command -v`, without spawning anything. */
export const findOnPath = findExecutable

/** The last lines of a command's output, for error messages. */
export function outputTail(result: CommandResult, lines = 15): string {
  return `${result.stdout}\n${result.stderr}`.trim().split('\n').slice(-lines).join('\n')
}

/** `sudo -n` in front of a command unless we are root (containers often have no sudo at all). */
export function privileged(argv: readonly string[], isRoot: boolean): string[] {
  return isRoot ? [...argv] : ['sudo', '-n', ...argv]
}
