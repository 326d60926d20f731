/**
 * The workflow snippets of the documentation, and a runner for them: each YAML block that calls this
 * project's actions is found with the marker the line before it carries —
 *
 *   <!-- snippet: run id=NAME [workspace=DIR | copy=DIR] [after=ID] -->   run it (see below)
 *   <!-- snippet: run id=NAME jobs=JOB@REF,JOB@REF … -->                a whole workflow: each JOB on a push of REF
 *   <!-- snippet: lint -->                                            a workflow for the reusable workflow: actionlint + its inputs
 *   <!-- snippet: skip REASON -->                                     cannot run here, and why
 *
 * and run as the runner would run its steps, after three mechanical substitutions of the text:
 * `OWNER/unikernel-actions[/actions/X]@v1` → the bundle under test; registry hosts in image references →
 * the loopback registry; `${{ … }}` → values from a fixed table of contexts (`github.*`, `secrets.*`,
 * `steps.<id>.outputs.*` of earlier steps). `workspace=DIR` makes DIR the checkout; `copy=DIR[,DIR…]` puts each DIR
 * into the checkout at the same path; `after=ID` runs snippet ID's steps first, in the same job.
 * `jobs=` runs a whole workflow's jobs in turn, each in a fresh job for the push of its REF
 * (refs/heads/main, refs/tags/v1.4.0): its `if:` must hold for that push, and every other job's must not.
 */
import { spawn } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { parseFileCommands } from './file-commands.mjs'
import { repoRoot, runActionAsRunner, type ActionRun } from './run-action.js'

export interface Snippet {
  /** `README.md:9`: the file and the line of its opening fence. */
  where: string
  text: string
  mode: 'run' | 'lint' | 'skip'
  attributes: Record<string, string>
  /** Why a skipped snippet cannot run. */
  reason?: string
}

const FENCE = /^```ya?ml\s*$/
const MARKER = /^<!-- snippet: (run|lint|skip)\b(.*?)\s*-->$/
/** `uses:` of this project's actions or reusable workflow, as the docs write it. */
export const OURS = /^OWNER\/unikernel-actions(?:\/actions\/([a-z]+))?@v1$/
const CALLS_OURS = /uses:\s*OWNER\/unikernel-actions/

/** Every YAML block in `file` (relative to the repository) that calls one of our actions; unmarked ones have mode undefined. */
export function snippetsOf(file: string): (Omit<Snippet, 'mode'> & { mode?: Snippet['mode'] })[] {
  const lines = readFileSync(join(repoRoot, file), 'utf8').split('\n')
  const found: (Omit<Snippet, 'mode'> & { mode?: Snippet['mode'] })[] = []
  for (let i = 0; i < lines.length; i++) {
    if (!FENCE.test(lines[i])) continue
    const end = lines.findIndex((line, j) => j > i && line.startsWith('```'))
    const text = lines.slice(i + 1, end).join('\n') + '\n'
    const marker = MARKER.exec(lines[i - 1] ?? '')
    const where = `${file}:${i + 1}`
    i = end
    if (!CALLS_OURS.test(text)) continue
    const snippet: Omit<Snippet, 'mode'> & { mode?: Snippet['mode'] } = { where, text, attributes: {} }
    if (marker) {
      snippet.mode = marker[1] as Snippet['mode']
      if (snippet.mode !== 'run') snippet.reason = marker[2].trim()
      else for (const [, key, value] of marker[2].matchAll(/(\w+)=(\S+)/g)) snippet.attributes[key] = value
    }
    found.push(snippet)
  }
  return found
}

/** Substitution 2: image references on hosted registries name the loopback registry instead. */
export function toLoopbackRegistry(text: string, registryHost: string): string {
  return text.replace(/\b(?:ghcr\.io|docker\.io|quay\.io|registry\.example\.com)(?=\/)/g, registryHost)
}

export type Contexts = Record<string, unknown>

/** Substitution 3: `${{ expr }}` where expr is a context path, a 'literal', or `a == b` / `a != b` of those. */
export function expand(text: string, contexts: Contexts): string {
  return text.replace(/\$\{\{\s*(.*?)\s*\}\}/g, (_, expression: string) => evaluate(expression, contexts))
}

function evaluate(expression: string, contexts: Contexts): string {
  const comparison = /^(.+?)\s*(==|!=)\s*(.+)$/.exec(expression)
  if (comparison) {
    const equal = operand(comparison[1], contexts) === operand(comparison[3], contexts)
    return String(comparison[2] === '==' ? equal : !equal)
  }
  return operand(expression, contexts)
}

function operand(text: string, contexts: Contexts): string {
  const trimmed = text.trim()
  if (/^'.*'$/.test(trimmed)) return trimmed.slice(1, -1).replace(/''/g, "'")
  let value: unknown = contexts
  for (const key of trimmed.split('.')) value = value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined
  if (value === undefined) throw new Error(`the context table has no value for \`${trimmed}\``)
  return typeof value === 'string' ? value : JSON.stringify(value)
}

interface Step {
  id?: string
  name?: string
  uses?: string
  run?: string
  with?: Record<string, unknown>
  env?: Record<string, unknown>
}

/** `jobs=main@refs/heads/main,release@refs/tags/v1.4.0`: which job runs on the push of which ref. */
export function workflowRuns(attributes: Record<string, string>): { job: string; ref: string }[] {
  return attributes.jobs.split(',').map((item) => {
    const [job, ref] = item.split('@')
    if (!job || !/^refs\/(heads|tags)\/\S+$/.test(ref ?? '')) throw new Error(`snippet marker: \`${item}\` is not JOB@refs/heads/NAME or JOB@refs/tags/NAME`)
    return { job, ref }
  })
}

/** The `github` context fields a push of `ref` sets. */
export function pushOf(ref: string): { ref: string; ref_name: string; ref_type: 'branch' | 'tag' } {
  const [, kind, name] = /^refs\/(heads|tags)\/(.+)$/.exec(ref)!
  return { ref, ref_name: name, ref_type: kind === 'tags' ? 'tag' : 'branch' }
}

/** A whole workflow's jobs: each one's `if:` (as written, without `${{ }}`) and steps. */
export function jobsOf(snippet: Pick<Snippet, 'text' | 'where'>, registryHost: string): Record<string, { if?: string; steps: Step[] }> {
  const parsed = parse(toLoopbackRegistry(snippet.text, registryHost)) as { jobs?: Record<string, { if?: string; steps?: Step[] }> }
  if (!parsed?.jobs) throw new Error(`${snippet.where}: a jobs= snippet must be a workflow with jobs`)
  return Object.fromEntries(Object.entries(parsed.jobs).map(([name, job]) => [name, { ...(job.if ? { if: job.if } : {}), steps: job.steps ?? [] }]))
}

/** A job-level `if:` (`github.ref_type == 'tag'`, with or without `${{ }}`) under the given contexts. */
export function jobCondition(condition: string | undefined, contexts: Contexts): boolean {
  if (condition === undefined) return true
  const expression = /^\$\{\{(.*)\}\}$/.exec(condition.trim())?.[1] ?? condition
  return expand(`\${{ ${expression.trim()} }}`, contexts) === 'true'
}

/** The steps of a snippet: a step list, or `{ steps }` (`permissions` and such around them are the job's). */
export function stepsOf(snippet: Pick<Snippet, 'text' | 'where'>, registryHost: string): Step[] {
  const parsed = parse(toLoopbackRegistry(snippet.text, registryHost)) as unknown
  const steps = Array.isArray(parsed) ? parsed : (parsed as { steps?: unknown })?.steps
  if (!Array.isArray(steps)) throw new Error(`${snippet.where}: neither a step list nor a job with steps`)
  return steps as Step[]
}

export interface StepResult {
  step: Step
  /** The action the step ran (`pipeline` for the root action), or `run` / `checkout`. */
  kind: string
  status: number | null
  stdout: string
  stderr: string
  outputs: Record<string, string>
  action?: ActionRun
}

export interface Job {
  workspace: string
  runnerTemp: string
  /** The runner's environment for every step (GITHUB_*, proxies, …). */
  env: Record<string, string>
  contexts: Contexts & { steps: Record<string, { outputs: Record<string, string> }> }
  results: StepResult[]
  posts: { action: string; inputs: Record<string, string>; state: Record<string, string> }[]
}

export function newJob(scratch: string, env: Record<string, string>, contexts: Contexts): Job {
  const workspace = mkdtempSync(join(scratch, 'workspace-'))
  const runnerTemp = mkdtempSync(join(scratch, 'runner-temp-'))
  return { workspace, runnerTemp, env: { ...env, GITHUB_WORKSPACE: workspace }, contexts: { ...contexts, steps: {} }, results: [], posts: [] }
}

/** Fills the checkout as the snippet's marker says. */
export function checkOut(job: Job, attributes: Record<string, string>): void {
  if (attributes.workspace) cpSync(join(repoRoot, attributes.workspace), job.workspace, { recursive: true })
  for (const dir of attributes.copy?.split(',') ?? []) cpSync(join(repoRoot, dir), join(job.workspace, dir), { recursive: true })
}

function actionFile(action: string): string {
  return action === 'pipeline' ? join(repoRoot, 'action.yml') : join(repoRoot, 'actions', action, 'action.yml')
}

/** The runner's inputs: `with:` expanded, then every declared default for what `with:` leaves out. */
function actionInputs(action: string, given: Record<string, unknown>, contexts: Contexts): { inputs: Record<string, string>; post: boolean } {
  const metadata = parse(readFileSync(actionFile(action), 'utf8')) as { inputs?: Record<string, { default?: string }>; runs: { post?: string } }
  const inputs: Record<string, string> = {}
  for (const [name, value] of Object.entries(given)) inputs[name] = expand(typeof value === 'string' ? value : String(value), contexts)
  for (const [name, input] of Object.entries(metadata.inputs ?? {})) {
    if (!(name in inputs) && input.default !== undefined) inputs[name] = expand(String(input.default), contexts)
  }
  return { inputs, post: Boolean(metadata.runs.post) }
}

function runShell(job: Job, script: string, env: Record<string, string>): Promise<Omit<StepResult, 'step' | 'kind'>> {
  const output = join(job.runnerTemp, 'run-output.txt')
  writeFileSync(output, '')
  const scriptFile = join(job.runnerTemp, 'run-step.sh')
  writeFileSync(scriptFile, script)
  return new Promise((resolve, reject) => {
    // The runner's `shell: bash`.
    const child = spawn('bash', ['--noprofile', '--norc', '-eo', 'pipefail', scriptFile], {
      cwd: job.workspace,
      env: { ...job.env, RUNNER_TEMP: job.runnerTemp, GITHUB_OUTPUT: output, ...env }
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()))
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
    child.on('error', reject)
    child.on('close', (status) => resolve({ status, stdout, stderr, outputs: parseFileCommands(readFileSync(output, 'utf8')) }))
  })
}

/** Runs the steps in order as the runner does, stopping at the first that fails; returns whether all passed. */
export async function runSteps(job: Job, steps: Step[]): Promise<boolean> {
  for (const step of steps) {
    let result: StepResult
    // GITHUB_PATH and GITHUB_ENV: what a step adds there reaches the steps after it.
    const commands = { GITHUB_PATH: join(job.runnerTemp, 'path.txt'), GITHUB_ENV: join(job.runnerTemp, 'env.txt') }
    for (const file of Object.values(commands)) writeFileSync(file, '')
    const env = { ...commands, ...Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, expand(String(v), job.contexts)])) }
    if (step.run !== undefined) {
      result = { step, kind: 'run', ...(await runShell(job, expand(step.run, job.contexts), env)) }
    } else if (step.uses && /^actions\/checkout@/.test(step.uses)) {
      result = { step, kind: 'checkout', status: 0, stdout: '', stderr: '', outputs: {} }
    } else {
      const ours = OURS.exec(step.uses ?? '')
      if (!ours) throw new Error(`the harness cannot run \`${step.uses}\`: mark the snippet skip, naming why`)
      const action = ours[1] ?? 'pipeline'
      const { inputs, post } = actionInputs(action, step.with ?? {}, job.contexts)
      const run = await runActionAsRunner(action, 'main', inputs, { runnerTemp: job.runnerTemp, env: { ...job.env, ...env }, cwd: job.workspace })
      if (post) job.posts.unshift({ action, inputs, state: run.state })
      result = { step, kind: action, status: run.status, stdout: run.stdout, stderr: run.stderr, outputs: run.outputs, action: run }
    }
    for (const dir of readFileSync(commands.GITHUB_PATH, 'utf8').split('\n').filter(Boolean)) job.env.PATH = `${dir}:${job.env.PATH ?? process.env.PATH}`
    Object.assign(job.env, parseFileCommands(readFileSync(commands.GITHUB_ENV, 'utf8')))
    job.results.push(result)
    if (step.id) job.contexts.steps[step.id] = { outputs: result.outputs }
    if (result.status !== 0) return false
  }
  return true
}

/** The post steps, last action first, as the runner runs them when the job ends. */
export async function runPosts(job: Job): Promise<ActionRun[]> {
  const runs: ActionRun[] = []
  for (const { action, inputs, state } of job.posts) {
    runs.push(await runActionAsRunner(action, 'post', inputs, { runnerTemp: job.runnerTemp, env: job.env, cwd: job.workspace, state }))
  }
  job.posts = []
  return runs
}

/** What a failed job printed, for the assertion message. */
export function describeFailure(job: Job): string {
  const last = job.results.at(-1)
  if (!last) return 'no step ran'
  const errors = last.stdout.split('\n').filter((line) => line.startsWith('::error'))
  const printed = errors.join('\n') || last.stdout.slice(-3000)
  return `step ${job.results.length} (${last.kind}) ended with status ${last.status}\n${printed}\n${last.stderr.slice(-2000)}`
}
