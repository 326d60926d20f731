#!/usr/bin/env node
// Proves docs/extending.md's promise for VMMs: in a scratch copy of the repository, adds one driver file
// (QEMU under another name) and its line in src/vmm/drivers.ts, regenerates the docs, typechecks, lints,
// rebuilds dist/ and boots KERNEL through the CLI with the new `vmm`. Prints one JSON object: the files
// edited by hand, every file that changed, and the CLI's exit status and output.
//
//   node scripts/extension-proof.mjs KERNEL [EXPECT]
import { execFileSync, spawnSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const [kernel, expect = 'Hello'] = process.argv.slice(2)
if (!kernel) {
  console.error('usage: node scripts/extension-proof.mjs KERNEL [EXPECT]')
  process.exit(2)
}

const NAME = 'qemu-alias'
const DRIVER_FILE = 'src/vmm/qemu-alias.ts'
const REGISTRY_FILE = 'src/vmm/drivers.ts'
const DRIVER = `// QEMU under a second name: the proof that a VMM is one driver file plus its line in drivers.ts.
import { qemu } from './qemu.js'
import type { VmmDriver } from './types.js'

export const qemuAlias: VmmDriver = { ...qemu, name: '${NAME}', platform: undefined }
`

const scratch = mkdtempSync(join(tmpdir(), 'extension-proof-'))
const git = (...args) => execFileSync('git', args, { cwd: scratch, encoding: 'utf8' })
const step = (what, command, args) => {
  const result = spawnSync(command, args, { cwd: scratch, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' } })
  if (result.status !== 0) throw new Error(`${what} failed in ${scratch}:\n${result.stdout}${result.stderr}`)
}

try {
  // The repository as it is in this checkout (tracked and new files, not ignored ones), committed in
  // the scratch copy so that `git status` there lists exactly what changed afterwards.
  const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], { cwd: root, encoding: 'utf8' })
    .split('\0')
    .filter((file) => file !== '' && !file.startsWith('dist/'))
  for (const file of files) {
    mkdirSync(dirname(join(scratch, file)), { recursive: true })
    cpSync(join(root, file), join(scratch, file), { dereference: false })
  }
  cpSync(join(root, 'dist'), join(scratch, 'dist'), { recursive: true })
  symlinkSync(join(root, 'node_modules'), join(scratch, 'node_modules'))
  git('init', '-q')
  git('add', '-A')
  git('-c', 'user.name=proof', '-c', 'user.email=proof@localhost', 'commit', '-qm', 'before')

  // The two hand edits: the driver file, and its import and entry in the registry.
  writeFileSync(join(scratch, DRIVER_FILE), DRIVER)
  const registry = readFileSync(join(scratch, REGISTRY_FILE), 'utf8')
  const edited = registry
    .replace("import { qemu } from './qemu.js'\n", "import { qemu } from './qemu.js'\nimport { qemuAlias } from './qemu-alias.js'\n")
    .replace(/( {2}qemu,\n)/, `$1  '${NAME}': qemuAlias,\n`)
  if (edited === registry || edited.split('\n').length !== registry.split('\n').length + 2)
    throw new Error(`${REGISTRY_FILE} no longer has the shape this proof edits`)
  writeFileSync(join(scratch, REGISTRY_FILE), edited)

  const node = process.execPath
  step('the docs generator', node, ['scripts/action-docs.mjs'])
  step('the typecheck', node, ['node_modules/typescript/bin/tsc', '--noEmit', '-p', 'tsconfig.json'])
  step('the lint', node, ['node_modules/eslint/bin/eslint.js', 'src'])
  step('the dist build', node, ['scripts/build-dist.mjs'])

  const changed = git('status', '--porcelain', '--untracked-files=all')
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => line.slice(3))
  const boot = spawnSync(node, ['dist/cli.js', 'boot', '--kernel', kernel, '--vmm', NAME, '--expect', expect, '--timeout', '60'], {
    cwd: scratch,
    encoding: 'utf8',
    env: { PATH: process.env.PATH, HOME: process.env.HOME, RUNNER_TEMP: mkdtempSync(join(tmpdir(), 'extension-proof-runner-')) }
  })
  console.log(JSON.stringify({ handEdited: [DRIVER_FILE, REGISTRY_FILE], changed, boot: { status: boot.status, stdout: boot.stdout, stderr: boot.stderr } }))
} finally {
  rmSync(scratch, { recursive: true, force: true })
}
