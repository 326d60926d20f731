import { spawn } from 'node:child_process'
import { createInterface } from 'node:readline'
import type { Logger } from '../runtime/logger.js'
import type { BuildStep } from '../toolchains/types.js'

/** A build step that ran and failed: its message is the whole story (which command, which status). */
export class BuildStepError extends Error {
  override readonly name = 'BuildStepError'
}

/** Shows an argv the way a shell user would type it (for the log only; it is never executed as text). */
export function displayArgv(argv: readonly string[]): string {
  return argv.map((arg) => (/^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replaceAll("'", `'\\''`)}'`)).join(' ')
}

/** Runs one step from its argv, streaming its output to the log line by line. */
export function runBuildStep(step: BuildStep, options: { cwd: string; env: NodeJS.ProcessEnv; logger: Logger }): Promise<void> {
  const shown = step.display ?? displayArgv(step.argv)
  options.logger.info(`$ ${shown}`)
  return new Promise((resolve, reject) => {
    const [command, ...args] = step.argv
    const child = spawn(command, args, { cwd: options.cwd, env: { ...options.env, ...step.env }, stdio: ['ignore', 'pipe', 'pipe'] })
    const streams = [child.stdout, child.stderr].map((stream) => {
      const lines = createInterface({ input: stream, crlfDelay: Infinity })
      lines.on('line', (line) => options.logger.info(line))
      return new Promise<void>((done) => lines.once('close', done))
    })
    child.once('error', (error) => reject(new BuildStepError(`\`${shown}\` could not start: ${error.message}`)))
    child.once('close', async (status, signal) => {
      await Promise.all(streams)
      if (status === 0) resolve()
      else reject(new BuildStepError(`\`${firstLine(shown)}\` ${signal ? `was killed by ${signal}` : `exited with status ${status}`}`))
    })
  })
}

/** Runs a command and returns the first line of its output, or undefined if it fails (for tool versions). */
export function firstOutputLine(argv: readonly string[], options: { cwd: string; env: NodeJS.ProcessEnv }): Promise<string | undefined> {
  return new Promise((resolve) => {
    const [command, ...args] = argv
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'ignore'] })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')))
    child.once('error', () => resolve(undefined))
    child.once('close', (status) => resolve(status === 0 ? output.split('\n')[0].trim() : undefined))
  })
}

function firstLine(text: string): string {
  const lines = text.trim().split('\n')
  return lines.length > 1 ? `${lines[0]} …` : lines[0]
}
