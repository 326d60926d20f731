import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { bootEntries, fakeKernel, writeOciFixture, type FixtureLayout } from '../support/oci-fixture.js'
import { startRegistry, type RegistryServer } from '../support/registry.js'
import { distDir, repoRoot, runActionAsRunner } from '../support/run-action.js'
import { TempDirs } from '../support/temp-dirs.js'

// The publish action as the runner runs it: `node dist/publish-main.js`, INPUT_* variables (every
// action.yml default sent, as the runner does), file commands; and the same action from the CLI.
const DEFAULTS = { 'push-by-digest': 'false', 'github-token': '', retries: '5', concurrency: '4' }

function runnerTemp(): string {
  return temps.make('runner-temp-')
}

let anonymous: RegistryServer
let basic: RegistryServer
let fixture: FixtureLayout
const temps = new TempDirs()

beforeAll(async () => {
  anonymous = await startRegistry()
  basic = await startRegistry({ auth: 'htpasswd', users: { ci: 'pa55-w0rd-never-shown' } })
  const dir = temps.make('publish-action-')
  fixture = await writeOciFixture(dir, { images: [{ arch: 'amd64', entries: bootEntries({ kernel: fakeKernel('runner') }) }], tags: ['1.0'] })
})

afterAll(async () => {
  await anonymous?.stop()
  await basic?.stop()
  temps.removeAll()
})

describe('publish under the runner protocol', () => {
  test('outputs, the summary table and the job state record', async () => {
    const run = await runActionAsRunner(
      'publish',
      'main',
      { ...DEFAULTS, image: `oci:${fixture.dir}:1.0`, to: `${anonymous.host}/acme/web:1.0` },
      { runnerTemp: runnerTemp() }
    )
    expect(run.stdout).not.toMatch(/::error/)
    expect(run.status).toBe(0)
    expect(run.outputs).toMatchObject({ digest: fixture.topDigest, 'reused-blobs': '0', 'release-url': '', skipped: 'false' })
    expect(JSON.parse(run.outputs.refs)).toEqual([{ ref: `${anonymous.host}/acme/web:1.0`, digest: fixture.topDigest }])
    expect(Number(run.outputs['pushed-bytes'])).toBeGreaterThan(0)
    expect(run.summary).toContain(`### 📦 Published \`${fixture.topDigest}\``)
    expect(run.summary).toContain(`| \`${anonymous.host}/acme/web:1.0\` | \`${fixture.topDigest}\` |`)
    expect(run.stdout).toMatch(new RegExp(`::group::Push to ${anonymous.host}/acme/web`))
    const state = JSON.parse(readFileSync(join(run.runnerTemp, 'unikernel-actions', 'state.json'), 'utf8'))
    expect(state.publish).toEqual({ digest: fixture.topDigest, refs: [{ ref: `${anonymous.host}/acme/web:1.0`, digest: fixture.topDigest }] })
  })

  test('the password is masked the moment it is read and appears nowhere else', async () => {
    const password = 'pa55-w0rd-never-shown'
    const run = await runActionAsRunner(
      'publish',
      'main',
      { ...DEFAULTS, image: `oci:${fixture.dir}:1.0`, to: `${basic.host}/acme/web:1.0`, username: 'ci', password },
      { runnerTemp: runnerTemp() }
    )
    expect(run.status).toBe(0)
    expect(run.stdout).toContain(`::add-mask::${password}`)
    expect(run.stdout.split(`::add-mask::${password}`).join('')).not.toContain(password)
    expect(run.stderr).not.toContain(password)
  })

  test('a wrong password fails the step with a configuration error that names the user, not the password', async () => {
    const run = await runActionAsRunner(
      'publish',
      'main',
      { ...DEFAULTS, image: `oci:${fixture.dir}:1.0`, to: `${basic.host}/acme/web:1.0`, username: 'ci', password: 'wrong-one' },
      { runnerTemp: runnerTemp() }
    )
    expect(run.status).toBe(1)
    expect(run.stdout).toMatch(/::error::.*rejected the credentials of `ci` \(from the `username`\/`password` inputs\): 401/)
    expect(run.stdout.split('::add-mask::wrong-one').join('')).not.toContain('wrong-one')
    expect(run.outputs.digest).toBeUndefined()
  })

  test('a bad input fails before anything is pushed, naming the input', async () => {
    const run = await runActionAsRunner('publish', 'main', { ...DEFAULTS, image: `oci:${fixture.dir}:1.0`, to: 'acme/web:1.0' }, { runnerTemp: runnerTemp() })
    expect(run.status).toBe(1)
    expect(run.stdout).toMatch(/::error::input `to`: `acme\/web:1\.0` is not registry-qualified: it would be an implicit Docker Hub reference/)
  })

  test('the CLI runs the same action and prints its outputs', async () => {
    const { status, stdout } = await new Promise<{ status: number | null; stdout: string }>((resolve, reject) => {
      const child = spawn(
        process.execPath,
        [join(distDir, 'cli.js'), 'publish', '--image', `oci:${fixture.dir}:1.0`, '--to', `${anonymous.host}/acme/cli:1.0`],
        { cwd: repoRoot, env: { PATH: process.env.PATH, HOME: temps.made[0] } }
      )
      let out = ''
      child.stdout.on('data', (d: Buffer) => (out += d.toString()))
      child.on('error', reject)
      child.on('close', (code) => resolve({ status: code, stdout: out }))
    })
    expect(status).toBe(0)
    expect(stdout).toContain(`digest=${fixture.topDigest}\n`)
    expect(stdout).toContain(`refs=[{"ref":"${anonymous.host}/acme/cli:1.0","digest":"${fixture.topDigest}"}]\n`)
  })
})
