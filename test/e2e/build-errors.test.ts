import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { chmodSync, copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { isConfigurationError } from '../../src/runtime/errors.js'
import { REPO_ROOT } from '../support/fixtures.js'
import { buildWith } from './build-run.js'

// Every bad input is a configuration error that names the input, raised before anything is built or written.
let scratch: string
let counter = 0

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'build-errors-'))
})
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true })
})

function emptyProject(files: Record<string, string> = {}): string {
  const dir = join(scratch, `project-${++counter}`)
  mkdirSync(dir, { recursive: true })
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content)
  return dir
}

function fixtureProject(name: string): string {
  const dir = join(scratch, `${name}-${++counter}`)
  cpSync(join(REPO_ROOT, 'test', 'fixtures', 'projects', name), dir, { recursive: true })
  return dir
}

async function expectConfigurationError(inputs: Record<string, string>, message: RegExp, env: Record<string, string> = {}): Promise<void> {
  const output = join(scratch, `layout-${++counter}`)
  const run = await buildWith(
    { 'source-date-epoch': '0', tags: 'x', output, cache: 'false', ...inputs },
    { env, runnerTemp: join(scratch, `runner-temp-${counter}`) }
  )
  expect(run.error).toBeDefined()
  expect(run.error!.message).toMatch(message)
  expect(isConfigurationError(run.error)).toBe(true)
  expect(existsSync(join(output, 'index.json'))).toBe(false)
}

describe('bad inputs', () => {
  test('an unknown toolchain', async () => {
    await expectConfigurationError(
      { path: emptyProject(), toolchain: 'kraft' },
      /^input `toolchain`: `kraft` is not one of auto, custom, unikraft, nanos, mirage, hermit$/
    )
  })

  test.each(['qemu-x86_64', 'qemu/x86', 'firecracker/x86_64', 'qemu/x86_64/extra', 'qemu/'])('a malformed target: %s', async (target) => {
    await expectConfigurationError(
      { path: emptyProject(), toolchain: 'custom', command: 'true', kernel: 'k', target },
      new RegExp(`^input \`target\`: \`${target.replace(/\//g, '\\/')}\` is not PLATFORM/ARCH`)
    )
  })

  test('a target listed twice', async () => {
    await expectConfigurationError(
      { path: emptyProject(), command: 'true', kernel: 'k', target: 'qemu/x86_64\nqemu/x86_64' },
      /^input `target`: `qemu\/x86_64` is listed twice/
    )
  })

  test('a target the toolchain cannot build', async () => {
    await expectConfigurationError(
      { path: fixtureProject('unikraft'), target: 'hvt/x86_64' },
      /^input `target`: toolchain unikraft cannot build for hvt \(it builds qemu, fc, xen\)/
    )
  })

  test('a target the Kraftfile does not declare, before kraft runs', async () => {
    // kraft build would select no target and fail ("no targets selected to build", unikraft/target/select.go).
    const bin = join(scratch, `kraft-bin-${++counter}`)
    mkdirSync(bin)
    copyFileSync(join(REPO_ROOT, 'test', 'fixtures', 'tools', 'kraft'), join(bin, 'kraft'))
    chmodSync(join(bin, 'kraft'), 0o755)
    const log = join(scratch, `kraft-argv-${counter}.log`)
    await expectConfigurationError(
      { path: fixtureProject('unikraft'), target: 'qemu/x86_64, qemu/arm64' },
      /^input `target`: qemu\/arm64 is not among the targets of .*\/Kraftfile \(qemu\/x86_64, fc\/x86_64, fc\/arm64\); add it to the Kraftfile's `targets` or build one of those$/,
      { PATH: `${bin}:${process.env.PATH}`, STANDIN_LOG: log, STANDIN_KERNEL: join(REPO_ROOT, 'test', 'fixtures', 'tools', 'README.md') }
    )
    expect(existsSync(log) ? readFileSync(log, 'utf8') : '').not.toMatch(/\tbuild\t/)
  })

  test('custom without command', async () => {
    await expectConfigurationError({ path: emptyProject(), toolchain: 'custom', kernel: 'k.elf' }, /^input `command`: is required for toolchain custom/)
  })

  test('custom without kernel', async () => {
    await expectConfigurationError({ path: emptyProject(), toolchain: 'custom', command: 'true' }, /^input `kernel`: is required for toolchain custom/)
  })

  test('a kernel glob that matches nothing, after the build', async () => {
    await expectConfigurationError(
      { path: emptyProject(), command: 'touch kernel.bin', kernel: 'out/*.elf' },
      /^input `kernel`: `out\/\*\.elf` matches no file in .* after the build of qemu\/x86_64$/
    )
  })

  test('a kernel glob that matches several files', async () => {
    await expectConfigurationError(
      { path: emptyProject(), command: 'mkdir -p out && touch out/a.elf out/b.elf', kernel: 'out/*.elf' },
      /^input `kernel`: `out\/\*\.elf` matches 2 files \(out\/a\.elf, out\/b\.elf\); it must name exactly one/
    )
  })

  test('a kernel path that does not exist', async () => {
    await expectConfigurationError(
      { path: emptyProject(), command: 'true', kernel: 'missing.elf' },
      /^input `kernel`: `missing\.elf` does not exist or is not a file/
    )
  })

  test('labels without =', async () => {
    await expectConfigurationError(
      { path: emptyProject(), command: 'true', kernel: 'k', labels: 'a=b\nnovalue' },
      /^input `labels`: `novalue` is not key=value/
    )
  })

  test('auto with nothing to detect lists what it looked for', async () => {
    await expectConfigurationError(
      { path: fixtureProject('plain') },
      /^input `toolchain`: auto found no toolchain in .*: it looked for a Kraftfile .* \(unikraft\); an ops config\.json .* \(nanos\); a config\.ml \(mirage\); a Cargo\.toml depending on hermit \(hermit\)\. For any other build, give `command` and `kernel`/
    )
  })

  test('auto with two kinds of project asks to choose', async () => {
    await expectConfigurationError(
      { path: emptyProject({ Kraftfile: 'name: x\n', 'config.ml': 'open Mirage\n' }) },
      /^input `toolchain`: auto found several toolchains in .*: unikraft \(.*\); mirage \(a config\.ml\); choose one/
    )
  })

  test('command with a toolchain that builds with its own tool', async () => {
    await expectConfigurationError(
      { path: fixtureProject('unikraft'), command: 'make' },
      /^input `command`: is for toolchain custom only; unikraft builds with its own tool/
    )
  })

  test('a missing project directory', async () => {
    await expectConfigurationError({ path: join(scratch, 'nope'), command: 'true', kernel: 'k' }, /^input `path`: .*nope is not a directory/)
  })

  test('a source-date-epoch that is not a number', async () => {
    await expectConfigurationError(
      { path: emptyProject(), command: 'true', kernel: 'k', 'source-date-epoch': 'yesterday' },
      /^input `source-date-epoch`: `yesterday` is not a whole number of seconds/
    )
  })

  test('an invalid tag', async () => {
    await expectConfigurationError({ path: emptyProject(), command: 'true', kernel: 'k', tags: 'v1,-bad' }, /^input `tags`: `-bad` is not a valid tag/)
  })

  test('an output directory that holds other files', async () => {
    const output = join(scratch, 'busy')
    mkdirSync(output)
    writeFileSync(join(output, 'notes.txt'), 'mine')
    const run = await buildWith(
      { path: emptyProject(), command: 'true', kernel: 'k', output, cache: 'false' },
      { runnerTemp: join(scratch, 'runner-temp-busy') }
    )
    expect(run.error?.message).toMatch(/^input `output`: .*busy is a non-empty directory but not an OCI image layout/)
  })

  test('a toolchain whose tool is missing says how to install it', async () => {
    await expectConfigurationError(
      { path: fixtureProject('nanos') },
      /^toolchain nanos: `ops` is not on PATH: install ops: the setup action \(tools: ops\), or https:\/\/ops\.city$/,
      { PATH: '/usr/bin:/bin' }
    )
  })
})

describe('a failing build', () => {
  test('is reported with the command and its status, is not a configuration error, and saves no cache', async () => {
    const run = await buildWith(
      { path: emptyProject(), command: 'echo building\nexit 3\necho unreachable', kernel: 'k', 'source-date-epoch': '0', tags: 'x' },
      { runnerTemp: join(scratch, 'runner-temp-failing') }
    )
    expect(run.error?.message).toBe('`echo building …` exited with status 3')
    expect(isConfigurationError(run.error)).toBe(false)
    expect(run.logger.lines).toContainEqual({ level: 'info', message: 'building' })
    expect(run.logger.lines).not.toContainEqual({ level: 'info', message: 'unreachable' })
    expect(run.logger.text()).not.toMatch(/Build cache: saved/)
  })
})
