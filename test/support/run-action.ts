import { spawn } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, readlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseFileCommands } from './file-commands.mjs'

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
/** The bundle under test: the committed dist/, or a private build (`build-dist.mjs --out DIR`). */
export const distDir = process.env.UNIKERNEL_ACTIONS_DIST ?? join(repoRoot, 'dist')

export interface ActionRun {
  status: number | null
  stdout: string
  stderr: string
  outputs: Record<string, string>
  state: Record<string, string>
  summary: string
  runnerTemp: string
}

/**
 * Runs an action phase the way the runner does: a fresh `node` on the committed bundle, inputs as
 * INPUT_* variables, and the GITHUB_OUTPUT / GITHUB_STATE / GITHUB_STEP_SUMMARY files.
 */
export function runActionAsRunner(
  action: string,
  phase: 'main' | 'post',
  inputs: Record<string, string>,
  options: {
    runnerTemp?: string
    state?: Record<string, string>
    env?: Record<string, string>
    closeStdout?: boolean
    /** A command that runs `node` for the runner (`ip netns exec NAME`: the phase in a network namespace). */
    wrapper?: string[]
    /** The step's working directory; the runner starts steps in GITHUB_WORKSPACE. Default: the repository. */
    cwd?: string
  } = {}
): Promise<ActionRun> {
  const runnerTemp = options.runnerTemp ?? mkdtempSync(join(tmpdir(), 'runner-temp-'))
  const files = { output: join(runnerTemp, 'output.txt'), state: join(runnerTemp, 'state.txt'), summary: join(runnerTemp, 'summary.md') }
  for (const path of Object.values(files)) writeFileSync(path, '')
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_ACTIONS: 'true',
    RUNNER_TEMP: runnerTemp,
    GITHUB_OUTPUT: files.output,
    GITHUB_STATE: files.state,
    GITHUB_STEP_SUMMARY: files.summary,
    ...options.env
  }
  // The runner keeps hyphens and upper-cases the rest.
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value
  for (const [name, value] of Object.entries(options.state ?? {})) env[`STATE_${name}`] = value
  return new Promise((resolve, reject) => {
    const argv = [...(options.wrapper ?? []), process.execPath, join(distDir, `${action}-${phase}.js`)]
    const child = spawn(argv[0], argv.slice(1), { env, cwd: options.cwd ?? repoRoot })
    let stdout = ''
    let stderr = ''
    // A reader that went away: every later write of the action to its stdout fails with EPIPE.
    if (options.closeStdout) child.stdout.destroy()
    else child.stdout.on('data', (d: Buffer) => (stdout += d.toString()))
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
    child.on('error', reject)
    child.on('close', (status) =>
      resolve({
        status,
        stdout,
        stderr,
        outputs: parseFileCommands(readFileSync(files.output, 'utf8')),
        state: parseFileCommands(readFileSync(files.state, 'utf8')),
        summary: readFileSync(files.summary, 'utf8'),
        runnerTemp
      })
    )
  })
}

/**
 * PIDs of live processes whose command line mentions `needle` or whose working directory lies under
 * it (a VMM runs in its boot's private directory, which its argv need not name).
 */
export function processesMentioning(needle: string): number[] {
  const pids: number[] = []
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
      // A zombie is already gone for our purposes; its parent just has not reaped it yet.
      if (/^\d+ \(.*\) Z/.test(stat)) continue
      const cmdline = readFileSync(`/proc/${entry}/cmdline`, 'utf8')
      const cwd = readlinkSync(`/proc/${entry}/cwd`)
      if (cmdline.includes(needle) || cwd === needle || cwd.startsWith(`${needle}/`)) pids.push(Number(entry))
    } catch {
      // The process ended while we looked.
    }
  }
  return pids
}
