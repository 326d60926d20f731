import { lstatSync, mkdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ConfigurationError } from './errors.js'
import { ActionInputs, Inputs, type InputSource } from './inputs.js'
import { ActionsLogger, ConsoleLogger, type Logger } from './logger.js'
import { JobState } from './job-state.js'
import { WorkflowCommands } from './workflow-commands.js'

export type OutputValue = string | number | boolean | object

/** Step outputs: `GITHUB_OUTPUT` under the runner, a map the CLI prints. */
export interface OutputSink {
  set(name: string, value: OutputValue): void
}

/** The job summary: `GITHUB_STEP_SUMMARY` under the runner. */
export interface SummarySink {
  write(markdown: string): Promise<void>
}

/** main → post state of one action instance (post steps read only this, never inputs). */
export interface StepState {
  save(name: string, value: string): void
  get(name: string): string
}

/** Everything an action's thin shell needs, with one implementation per host (runner or terminal). */
export interface ActionContext {
  readonly inputs: Inputs
  readonly outputs: OutputSink
  readonly summary: SummarySink
  readonly state: StepState
  readonly logger: Logger
  readonly jobState: JobState
  /** Directory for this job's files (logs, extracted images): `$RUNNER_TEMP/unikernel-actions`. */
  readonly workRoot: string
  readonly onGitHub: boolean
  readonly env: NodeJS.ProcessEnv
  /** Masks a secret derived at run time (a token from a config file, a decrypted key's password). */
  mask(value: string): void
}

export function outputText(value: OutputValue): string {
  return typeof value === 'object' ? JSON.stringify(value) : String(value)
}

/** The directory shared by the actions of one job (codeql-action style), or a per-user temp dir. */
export function workRootFor(env: NodeJS.ProcessEnv): string {
  if (env.RUNNER_TEMP) {
    const base = join(env.RUNNER_TEMP, 'unikernel-actions')
    mkdirSync(base, { recursive: true })
    return base
  }
  // The environment given, not this process's: the CLI and tests pass theirs.
  const base = join(env.TMPDIR || tmpdir(), `unikernel-actions-${process.getuid?.() ?? 'user'}`)
  mkdirSync(base, { recursive: true, mode: 0o700 })
  ownPrivateDirectory(base)
  return base
}

/**
 * The terminal's directory sits in a temp dir everyone can write to, under a name anyone can guess:
 * one planted by another user (its state.json names what `stop` signals and what `sign` signs) is
 * refused, as is one that others may write to. Checked without following a symlink.
 */
function ownPrivateDirectory(path: string): void {
  const stat = lstatSync(path)
  const uid = process.getuid?.()
  const refuse = (why: string) =>
    new ConfigurationError(`${path} ${why}; it holds this user's job state, so it is not used: remove it (or set TMPDIR to a directory of your own)`)
  if (!stat.isDirectory()) throw refuse('is not a directory')
  if (uid !== undefined && stat.uid !== uid) throw refuse(`belongs to uid ${stat.uid}, not to this user (uid ${uid})`)
  if ((stat.mode & 0o022) !== 0) throw refuse(`can be written by ${stat.mode & 0o002 ? 'every user' : 'its group'} (mode ${(stat.mode & 0o777).toString(8)})`)
}

export function actionsContext(env: NodeJS.ProcessEnv = process.env): ActionContext {
  const workRoot = workRootFor(env)
  const commands = new WorkflowCommands(env)
  return {
    inputs: new Inputs(new ActionInputs(commands)),
    outputs: { set: (name, value) => commands.setOutput(name, outputText(value)) },
    summary: { write: async (markdown) => commands.appendSummary(markdown) },
    state: { save: (name, value) => commands.saveState(name, value), get: (name) => commands.getState(name) },
    logger: new ActionsLogger(commands),
    mask: (value) => commands.setSecret(value),
    jobState: new JobState(workRoot),
    workRoot,
    onGitHub: env.GITHUB_ACTIONS === 'true',
    env
  }
}

/** A terminal context: outputs are collected for the CLI to print, the summary goes nowhere. */
export function terminalContext(
  source: InputSource,
  env: NodeJS.ProcessEnv = process.env,
  logger: Logger = new ConsoleLogger(),
  summary: SummarySink = { write: async () => undefined }
): ActionContext & { collected: Map<string, string> } {
  const workRoot = workRootFor(env)
  const collected = new Map<string, string>()
  const state = new Map<string, string>()
  return {
    inputs: new Inputs(source),
    outputs: { set: (name, value) => void collected.set(name, outputText(value)) },
    summary,
    state: { save: (name, value) => void state.set(name, value), get: (name) => state.get(name) ?? '' },
    logger,
    jobState: new JobState(workRoot),
    workRoot,
    onGitHub: false,
    env,
    mask: () => undefined,
    collected
  }
}
