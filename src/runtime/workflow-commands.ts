import { appendFileSync, writeSync } from 'node:fs'
import { EOL } from 'node:os'

/**
 * The runner's workflow-command and file-command protocol, for the paths every action takes at
 * start-up (inputs, outputs, state, masking, annotations, groups, summary). `@actions/core` speaks the
 * same protocol but loads an HTTP client (undici) for OIDC at import time, which cost ~150 ms of every
 * action's start-up here; it is still used, lazily, where its other features are needed.
 */
export class WorkflowCommands {
  constructor(
    private readonly env: NodeJS.ProcessEnv = process.env,
    private readonly out: (text: string) => void = writeStdout
  ) {}

  /** `INPUT_<NAME>`: spaces become underscores, hyphens stay, upper case; trimmed. */
  getInput(name: string): string {
    return (this.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim()
  }

  setOutput(name: string, value: string): void {
    this.fileCommand('GITHUB_OUTPUT', name, value, 'set-output')
  }

  saveState(name: string, value: string): void {
    this.fileCommand('GITHUB_STATE', name, value, 'save-state')
  }

  getState(name: string): string {
    return this.env[`STATE_${name}`] ?? ''
  }

  /** Masks a value in the log from now on; every line of a multi-line secret is masked. */
  setSecret(value: string): void {
    for (const line of value.split(/\r?\n/)) if (line.trim()) this.command('add-mask', {}, line)
  }

  debug(message: string): void {
    this.command('debug', {}, message)
  }

  annotate(kind: 'error' | 'warning' | 'notice', message: string, properties: Record<string, string | number | undefined> = {}): void {
    this.command(kind, properties, message)
  }

  info(message: string): void {
    this.out(message + EOL)
  }

  startGroup(name: string): void {
    this.command('group', {}, name)
  }

  endGroup(): void {
    this.command('endgroup', {}, '')
  }

  appendSummary(markdown: string): void {
    const path = this.env.GITHUB_STEP_SUMMARY
    if (path) appendFileSync(path, markdown.endsWith(EOL) ? markdown : markdown + EOL)
  }

  private fileCommand(variable: string, name: string, value: string, legacy: string): void {
    const path = this.env[variable]
    if (!path) {
      this.command(legacy, { name }, value)
      return
    }
    // Unique enough, and checked: a value that contains the delimiter would end the heredoc early.
    // (Not randomUUID: loading node:crypto is a measurable part of every action's start-up.)
    const delimiter = `ghadelimiter_${process.pid}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2)}`
    if (name.includes(delimiter) || value.includes(delimiter)) throw new Error(`unexpected delimiter in ${name}`)
    appendFileSync(path, `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`)
  }

  private command(name: string, properties: Record<string, string | number | undefined>, message: string): void {
    const props = Object.entries(properties)
      .filter(([, v]) => v !== undefined && v !== '')
      .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
      .join(',')
    this.out(`::${name}${props ? ` ${props}` : ''}::${escapeData(message)}${EOL}`)
  }
}

function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C')
}

let stdoutStream: NodeJS.WriteStream | undefined
let stdoutClosed = false

/**
 * Writes to file descriptor 1 directly: `process.stdout` builds a stream (a socket for the runner's
 * pipe) on first use, a few milliseconds of every action's start-up spent before anything else can
 * happen. When the descriptor cannot take the write at once (a non-blocking pipe that is full), the
 * rest of the output goes through `process.stdout` from then on, so nothing is lost and the order
 * holds. A reader that went away (EPIPE) gets nothing more, and costs the action nothing.
 */
export function writeStdout(text: string): void {
  if (stdoutClosed) return
  if (stdoutStream) return void stdoutStream.write(text)
  const data = Buffer.from(text)
  let offset = 0
  try {
    while (offset < data.length) offset += writeSync(1, data, offset)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EPIPE') {
      stdoutClosed = true
      return
    }
    stdoutStream = process.stdout
    stdoutStream.write(data.subarray(offset))
  }
}
