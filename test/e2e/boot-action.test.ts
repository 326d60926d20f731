import { describe, expect, test } from '@jest/globals'
import { spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fixturePath } from '../support/fixtures.js'
import { bootEntries, sampleDescriptor, writeOciFixture } from '../support/oci-fixture.js'
import { distDir, processesMentioning, runActionAsRunner } from '../support/run-action.js'
import { bootWith } from '../support/boot.js'
import { publishWith, startRegistry } from '../support/registry.js'

// The boot action as the runner runs it: `node dist/boot-main.js`, INPUT_* variables, file commands.
describe('boot under the runner protocol', () => {
  test('a passing boot writes every output and a summary table', async () => {
    // No expectations: the guest's own exit decides, so exit-code and the raw status are both known.
    const run = await runActionAsRunner('boot', 'main', { kernel: await fixturePath('hello'), 'upload-log': 'true', 'keep-running': 'false' })
    expect(run.stdout).not.toMatch(/::error/)
    expect(run.status).toBe(0)
    expect(run.outputs).toMatchObject({ result: 'passed', 'exit-code': '0', 'vmm-exit-status': 'status 1', accel: 'tcg', ports: '[]', 'vmm-pid': '' })
    expect(Number(run.outputs['boot-time-ms'])).toBeGreaterThan(0)
    expect(readFileSync(run.outputs['console-log'], 'utf8')).toBe('Hello from the fixture kernel\n')
    expect(run.summary).toMatch(/### ✅ Boot passed/)
    expect(run.summary).toMatch(/\| passed \| \d+ ms \| tcg \| 0 \| status 1 \| custom \| qemu \|/)
    expect(run.summary).toMatch(/the guest exited with code 0/)
    expect(run.summary).toMatch(/\| \d+ ms \| first console output \|/)
    expect(run.stdout).toMatch(/::group::Boot \(qemu, tcg\)/)
    // The job state records the boot for later actions.
    const state = JSON.parse(readFileSync(join(run.runnerTemp, 'unikernel-actions', 'state.json'), 'utf8'))
    expect(state).toMatchObject({ version: 1, boot: { result: 'passed' } })
  })

  test('a crash fails the step with an error annotation carrying the last console lines; outputs are still written', async () => {
    const run = await runActionAsRunner('boot', 'main', { kernel: await fixturePath('panic') })
    expect(run.status).toBe(1)
    expect(run.stdout).toMatch(
      /::error::Boot crashed: console matched fail-on \/Kernel panic\/: Kernel panic - not syncing: fixture panic%0ALast console lines:%0AKernel panic - not syncing: fixture panic/
    )
    expect(run.outputs.result).toBe('crashed')
    expect(run.summary).toMatch(/💥 Boot crashed/)
    expect(run.summary).toMatch(/<details><summary>Last console lines/)
    // No artifact service in this environment: a notice says where the log is.
    expect(run.stdout).toMatch(/::notice::The console log is at .*console\.log \(no artifact service/)
  })

  test('a bad input fails with a configuration error naming it, before anything boots', async () => {
    const run = await runActionAsRunner('boot', 'main', { kernel: await fixturePath('hello'), ports: '80:abc' })
    expect(run.status).toBe(1)
    expect(run.stdout).toMatch(/::error::input `ports`: `80:abc` is not HOST:GUEST \(e\.g\. 8080:80, or 0:80 for a free host port\)/)
    expect(run.outputs.result).toBeUndefined()
  })

  test('without kernel or image, boot takes the last build of the job from the state file', async () => {
    const runnerTemp = mkdtempSync(join(tmpdir(), 'runner-temp-'))
    mkdirSync(join(runnerTemp, 'unikernel-actions'))
    writeFileSync(join(runnerTemp, 'unikernel-actions', 'state.json'), JSON.stringify({ version: 1, build: { kernel: await fixturePath('hello') } }))
    const run = await runActionAsRunner('boot', 'main', {}, { runnerTemp })
    expect(run.status).toBe(0)
    expect(run.stdout).toMatch(/Booting the job's last build/)
  })

  test('a state file from another version is refused with a clear message', async () => {
    const runnerTemp = mkdtempSync(join(tmpdir(), 'runner-temp-'))
    mkdirSync(join(runnerTemp, 'unikernel-actions'))
    writeFileSync(join(runnerTemp, 'unikernel-actions', 'state.json'), JSON.stringify({ version: 99, build: { kernel: '/x' } }))
    const run = await runActionAsRunner('boot', 'main', {}, { runnerTemp })
    expect(run.status).toBe(1)
    expect(run.stdout).toMatch(/written by a different version of unikernel-actions/)
  })

  test('a log reader that went away (EPIPE on stdout) costs the boot nothing: verdict and outputs as usual', async () => {
    const run = await runActionAsRunner('boot', 'main', { kernel: await fixturePath('hello') }, { closeStdout: true })
    expect(run.stderr).not.toMatch(/EPIPE|Error/)
    expect(run.status).toBe(0)
    expect(run.outputs).toMatchObject({ result: 'passed', 'exit-code': '0' })
    expect(run.summary).toMatch(/### ✅ Boot passed/)
  })

  test('keep-running leaves the VM up after the verdict; the post step (state only) stops it', async () => {
    const main = await runActionAsRunner('boot', 'main', {
      kernel: await fixturePath('hang'),
      expect: 'fixture: hanging',
      'keep-running': 'true',
      timeout: '600'
    })
    expect(main.status).toBe(0)
    const pid = Number(main.outputs['vmm-pid'])
    expect(pid).toBeGreaterThan(0)
    expect(main.outputs['vmm-exit-status']).toBe('running')
    expect(main.state['vmm-pid']).toBe(String(pid))
    const workDir = dirname(main.outputs['console-log'])
    expect(processesMentioning(workDir)).toContain(pid)
    const post = await runActionAsRunner('boot', 'post', {}, { state: { 'vmm-pid': String(pid) } })
    expect(post.status).toBe(0)
    expect(post.stdout).toMatch(new RegExp(`Stopped the VM \\(pid ${pid}\\)`))
    expect(processesMentioning(workDir)).toEqual([])
  })
})

describe('booting an OCI image', () => {
  test('image: oci:<dir>:<tag> boots the kernel inside, with the descriptor supplying expect and memory', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'layout-'))
    const kernel = readFileSync(await fixturePath('hello'))
    await writeOciFixture(dir, {
      images: [
        {
          arch: 'amd64',
          entries: bootEntries({ kernel, descriptor: sampleDescriptor('x86_64', { expect: ['Hello from the fixture'], cmdline: undefined, memory: '64M' }) })
        }
      ],
      tags: ['1.0']
    })
    const run = await bootWith({ image: `oci:${dir}:1.0` })
    expect(run.error).toBeUndefined()
    expect(run.outputs.get('result')).toBe('passed')
    expect(run.outcome?.reason).toMatch(/1 expect pattern matched/)
    expect(run.logger.text('info')).toMatch(/64 MiB/)
  })

  test('kernel and image together are refused', async () => {
    const run = await bootWith({ image: 'oci:/tmp/x:1', kernel: '/tmp/k' })
    expect(run.error?.message).toMatch(/input `image`: give either `kernel` or `image`/)
  })

  test('a registry reference is pulled through the registry client and booted (does the published image still boot?)', async () => {
    const registry = await startRegistry()
    try {
      const dir = mkdtempSync(join(tmpdir(), 'layout-'))
      const kernel = readFileSync(await fixturePath('hello'))
      await writeOciFixture(dir, {
        images: [
          {
            arch: 'amd64',
            entries: bootEntries({ kernel, descriptor: sampleDescriptor('x86_64', { expect: ['Hello from the fixture'], cmdline: undefined }) })
          }
        ],
        tags: ['2.0']
      })
      const pushed = await publishWith({ image: `oci:${dir}:2.0`, to: `${registry.host}/acme/hello:2.0` })
      expect(pushed.error).toBeUndefined()
      const run = await bootWith({ image: `${registry.host}/acme/hello:2.0` })
      expect(run.error).toBeUndefined()
      expect(run.outputs.get('result')).toBe('passed')
      expect(run.logger.text('info')).toMatch(new RegExp(`Pulled ${registry.host}/acme/hello:2\\.0 \\(sha256:[0-9a-f]{64}\\)`))
    } finally {
      await registry.stop()
    }
  })

  test('a registry reference that does not exist is an error naming the input', async () => {
    const registry = await startRegistry()
    try {
      const run = await bootWith({ image: `${registry.host}/acme/missing:1.0` })
      expect(run.error?.message).toMatch(/input `image`/)
      expect(run.outputs.has('result')).toBe(false)
    } finally {
      await registry.stop()
    }
  })
})

describe('the CLI runs the same action', () => {
  const cli = (args: string[]) =>
    new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, [join(distDir, 'cli.js'), ...args], {
        env: { PATH: process.env.PATH, HOME: process.env.HOME, RUNNER_TEMP: mkdtempSync(join(tmpdir(), 'cli-')) }
      })
      let stdout = ''
      let stderr = ''
      child.stdout.on('data', (d: Buffer) => (stdout += d))
      child.stderr.on('data', (d: Buffer) => (stderr += d))
      child.on('close', (status) => resolve({ status, stdout, stderr }))
    })

  test('exit 0 and name=value outputs when passed', async () => {
    const run = await cli(['boot', '--kernel', await fixturePath('hello'), '--expect', 'Hello', '--expect', 'fixture kernel'])
    expect(run.status).toBe(0)
    expect(run.stdout).toMatch(/^result=passed$/m)
    // The guest was stopped the moment both patterns matched, so it never reported an exit code.
    expect(run.stdout).toMatch(/^exit-code=$/m)
  })

  test('exit 1 with the verdict on stderr when the boot crashed', async () => {
    const run = await cli(['boot', '--kernel', await fixturePath('panic')])
    expect(run.status).toBe(1)
    expect(run.stderr).toMatch(/Boot crashed/)
    expect(run.stdout).toMatch(/^result=crashed$/m)
  })

  test('exit 2 for a configuration error or an unknown flag', async () => {
    expect((await cli(['boot', '--kernel', '/nonexistent'])).status).toBe(2)
    const unknown = await cli(['boot', '--kernal', 'x'])
    expect(unknown.status).toBe(2)
    expect(unknown.stderr).toMatch(/unknown flag --kernal/)
  })
})
