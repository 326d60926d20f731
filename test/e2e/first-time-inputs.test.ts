import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse } from 'yaml'
import { repoRoot, runActionAsRunner, type ActionRun } from '../support/run-action.js'
import { copyExample } from './build-run.js'

// Every action as a first-time user calls it: alone in a job, on a checkout of examples/hello, with
// only the inputs its action.yml declares required. The runner still hands over every declared
// default (as INPUT_*), so those are passed too, read from the same file. Each action must either
// pass, doing what its defaults promise, or fail with an error that names an input the user must set.

interface InputSpec {
  required?: boolean | string
  default?: string
}

interface Action {
  /** The bundle name (dist/<name>-main.js). */
  name: string
  /** Its action.yml, relative to the repository. */
  file: string
  /** Whether the runner runs its post phase after a main that failed, and after one that passed (post-if). */
  post: { afterFailure: boolean; afterSuccess: boolean }
  inputs: Record<string, InputSpec>
}

function readAction(name: string, file: string): Action {
  const yml = parse(readFileSync(join(repoRoot, file), 'utf8')) as { inputs?: Record<string, InputSpec>; runs: { post?: string; 'post-if'?: string } }
  const postIf = yml.runs.post === undefined ? undefined : (yml.runs['post-if'] ?? 'always()')
  return { name, file, post: { afterFailure: postIf === 'always()', afterSuccess: postIf === 'always()' || postIf === 'success()' }, inputs: yml.inputs ?? {} }
}

const ACTIONS: Action[] = [
  readAction('pipeline', 'action.yml'),
  ...readdirSync(join(repoRoot, 'actions'))
    .sort()
    .map((dir) => readAction(dir, `actions/${dir}/action.yml`))
]

/** What the runner makes of `${{ github.token }}` in a job: the job's token. */
const JOB_TOKEN = 'ghs_first-time-user-job-token'
/** The job's environment; nothing may reach beyond the machine: its GitHub API and server listen nowhere. */
const JOB_ENV = (workspace: string) => ({
  GITHUB_WORKSPACE: workspace,
  GITHUB_REPOSITORY: 'acme/hello',
  GITHUB_API_URL: 'http://127.0.0.1:9',
  GITHUB_SERVER_URL: 'http://127.0.0.1:9'
})
/** Values a first-time user would give for inputs an action.yml declares required; none is today. */
const REQUIRED_VALUES: Record<string, string> = {}

/** The INPUT_* a runner sets for an action given only its required inputs: those, plus every default. */
function firstTimeInputs(action: Action): Record<string, string> {
  const inputs: Record<string, string> = {}
  for (const [name, spec] of Object.entries(action.inputs)) {
    if (spec.required === true || spec.required === 'true') {
      if (!(name in REQUIRED_VALUES)) throw new Error(`${action.file} requires input \`${name}\`: add the value a first-time user gives it to REQUIRED_VALUES`)
      inputs[name] = REQUIRED_VALUES[name]
    } else if (spec.default !== undefined) {
      inputs[name] = spec.default.replace(/\$\{\{\s*github\.token\s*\}\}/, JOB_TOKEN)
    }
  }
  return inputs
}

/** What each action promises when run that way. */
type Outcome = { passes: true; check: (run: ActionRun) => void } | { passes: false; names: string; alsoNames?: string[]; message: RegExp }
const OUTCOMES: Record<string, Outcome> = {
  // examples/hello is a plain Makefile project: no toolchain is detected, and custom needs a command and a kernel.
  pipeline: { passes: false, names: 'toolchain', alsoNames: ['command', 'kernel'], message: /auto found no toolchain in .*\/hello/ },
  build: { passes: false, names: 'toolchain', alsoNames: ['command', 'kernel'], message: /auto found no toolchain in .*\/hello/ },
  // Nothing to boot: no build ran earlier in the job.
  boot: { passes: false, names: 'kernel', alsoNames: ['image'], message: /no build ran earlier in this job/ },
  publish: { passes: false, names: 'image', message: /no build ran earlier in this job/ },
  sign: { passes: false, names: 'image', message: /no `publish` or `build` ran earlier in this job/ },
  // Verification needs to know whom to trust before anything else.
  verify: { passes: false, names: 'certificate-identity', alsoNames: ['key'], message: /is required/ },
  // No tools requested: setup installs nothing and says so; it still reports KVM.
  setup: {
    passes: true,
    check: (run) => {
      expect(run.outputs).toEqual({ tools: '{}', 'cache-hit': 'false', kvm: expect.stringMatching(/^(true|false)$/), 'kvm-vmms': expect.any(String) })
      expect(run.stdout).toMatch(/No tools requested \(input `tools` is empty\)/)
    }
  }
}

/** Every file under a directory, relative to it. */
function listing(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()
}

let scratch: string
beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'first-time-'))
})
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true })
})

test('every action has an expected first-time outcome, and only the known actions exist', () => {
  expect(ACTIONS.map((a) => a.name).sort()).toEqual(Object.keys(OUTCOMES).sort())
})

describe.each(ACTIONS.map((action) => [action.name, action] as const))('%s with only its required inputs', (name, action) => {
  let workspace: string
  let main: ActionRun
  let before: string[]
  const inputs = firstTimeInputs(action)
  const outcome = OUTCOMES[name]

  beforeAll(async () => {
    workspace = copyExample('hello', join(scratch, name, 'hello'))
    before = listing(workspace)
    main = await runActionAsRunner(name, 'main', inputs, {
      cwd: workspace,
      runnerTemp: mkdtempSync(join(scratch, `${name}-runner-temp-`)),
      env: JOB_ENV(workspace)
    })
  }, 120_000)

  test('the inputs are the required ones and the declared defaults, nothing else', () => {
    const handed = Object.entries(action.inputs).filter(([, spec]) => spec.required === true || spec.required === 'true' || spec.default !== undefined)
    expect(Object.keys(inputs).sort()).toEqual(handed.map(([input]) => input).sort())
  })

  if (outcome.passes) {
    test('it passes and does what its defaults promise', () => {
      expect(main.stdout).not.toMatch(/::error/)
      expect(main.status).toBe(0)
      outcome.check(main)
    })
  } else {
    test(`it fails with one error naming input \`${outcome.names}\``, () => {
      expect(main.status).toBe(1)
      const errors = main.stdout.split('\n').filter((line) => line.startsWith('::error'))
      expect(errors).toHaveLength(1)
      const [error] = errors
      // The input it names is one the action declares, and the first thing the message says.
      expect(action.inputs).toHaveProperty([outcome.names])
      expect(error).toMatch(new RegExp(`^::error::input \`${outcome.names}\``))
      expect(error).toMatch(outcome.message)
      for (const other of outcome.alsoNames ?? []) {
        expect(action.inputs).toHaveProperty([other])
        expect(error).toContain(`\`${other}\``)
      }
      expect(main.outputs).toEqual({})
    })
  }

  if (outcome.passes ? action.post.afterSuccess : action.post.afterFailure) {
    test('its post step, which the runner then runs, ends quietly', async () => {
      const post = await runActionAsRunner(name, 'post', inputs, { cwd: workspace, runnerTemp: main.runnerTemp, state: main.state, env: JOB_ENV(workspace) })
      expect(post.stdout).not.toMatch(/::(error|warning)/)
      expect(post.status).toBe(0)
    })
  }

  test('the checkout is left as it was', () => {
    expect(listing(workspace)).toEqual(before)
  })
})
