#!/usr/bin/env node
// Rebuilds dist/: one ncc bundle (dist/index.js, plus lazily loaded chunks) shared by every action and
// the CLI, and a two-line stub per action entry point named in actions/*/action.yml.
// `--check` builds into a temporary directory and fails when the committed dist/ differs; with
// `--out DIR` it builds there instead and leaves the expected dist/ in DIR when the committed one is
// stale (CI uploads it as an artifact), removing DIR when dist/ is fresh.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const check = process.argv.includes('--check')
// `--out DIR` builds a private bundle elsewhere (to test work in progress without touching dist/).
const outIndex = process.argv.indexOf('--out')
const out = outIndex > 0 ? resolve(process.argv[outIndex + 1]) : check ? mkdtempSync(join(tmpdir(), 'dist-check-')) : join(root, 'dist')
if (check && out === join(root, 'dist')) throw new Error('--check compares a fresh build with dist/: give --out another directory')

function bundle(target) {
  rmSync(target, { recursive: true, force: true })
  // tsc emits ESM JavaScript (NodeNext), which ncc bundles as ESM; ncc's own TypeScript path would
  // resolve the ESM-only @actions/* packages under `require` conditions and fail.
  // The bundle's module ids derive from paths relative to the repository, so tsc writes to a fixed
  // ./build (never a random temp dir); a lock keeps concurrent builds from sharing it.
  const build = join(root, 'build')
  const unlock = lock(join(root, 'build.lock'))
  try {
    rmSync(build, { recursive: true, force: true })
    try {
      execFileSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(root, 'tsconfig.build.json'), '--outDir', build], {
        cwd: root,
        stdio: 'inherit'
      })
    } catch (error) {
      // tsc still emits; `--allow-type-errors` is for private bundles of work in progress only.
      if (!process.argv.includes('--allow-type-errors')) throw error
    }
    const ncc = join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js')
    // iconv-lite stays out of the bundle (300 KB of encoding tables): minipass-fetch, sigstore's HTTP
    // client, loads it in a try/catch for its textConverted(), which nothing calls.
    const args = ['build', join(build, 'index.js'), '-o', target, '--license', 'licenses.txt', '--quiet', '--target', 'es2023', '--external', 'iconv-lite']
    execFileSync(process.execPath, [ncc, ...args], { cwd: root, stdio: 'inherit' })
    rmSync(build, { recursive: true, force: true })
  } finally {
    unlock()
  }
  for (const [file, body] of stubs()) writeFileSync(join(target, file), body)
}

/** dist/<action>-<phase>.js for every `main:`/`post:` in actions/*\/action.yml, and dist/cli.js. */
function stubs() {
  const files = new Map()
  const actionsDir = join(root, 'actions')
  for (const name of readdirSync(actionsDir).sort()) {
    const yml = join(actionsDir, name, 'action.yml')
    if (!existsSync(yml)) continue
    const text = readFileSync(yml, 'utf8')
    for (const phase of ['main', 'post']) {
      const match = new RegExp(`^\\s+${phase}:\\s*['"]?\\.\\./\\.\\./dist/([\\w-]+)\\.js`, 'm').exec(text)
      if (!match) continue
      const [, action, stubPhase] = /^(.*)-(main|post)$/.exec(match[1]) ?? []
      if (action !== name || stubPhase !== phase) throw new Error(`${relative(root, yml)}: ${phase} should point at ../../dist/${name}-${phase}.js`)
      files.set(`${name}-${phase}.js`, entryStub(`await runAction('${name}', '${phase}')`))
    }
  }
  // The root action.yml (the Marketplace entry) is the all-in-one pipeline.
  const rootText = readFileSync(join(root, 'action.yml'), 'utf8')
  for (const phase of ['main', 'post']) {
    if (new RegExp(`^\\s+${phase}:\\s*['"]?dist/pipeline-${phase}\\.js`, 'm').test(rootText))
      files.set(`pipeline-${phase}.js`, entryStub(`await runAction('pipeline', '${phase}')`))
  }
  files.set('cli.js', `#!/usr/bin/env node\n${entryStub('process.exitCode = await runCli(process.argv.slice(2))', 'runCli')}`)
  return files
}

function lock(path) {
  const deadline = Date.now() + 300000
  for (;;) {
    try {
      mkdirSync(path)
      writeFileSync(join(path, 'pid'), String(process.pid))
      return () => rmSync(path, { recursive: true, force: true })
    } catch (error) {
      if (error.code !== 'EEXIST') throw error
      let owner = 0
      try {
        owner = Number(readFileSync(join(path, 'pid'), 'utf8'))
        process.kill(owner, 0)
      } catch {
        if (owner) rmSync(path, { recursive: true, force: true })
      }
      if (Date.now() > deadline) throw new Error(`${path} is held by another build`, { cause: error })
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200)
    }
  }
}

/**
 * An entry stub: V8's compile cache (in the OS temp directory) first, so the bundle is compiled once
 * per machine rather than at every action start, then the bundle itself.
 */
function entryStub(call, name = 'runAction') {
  return `import { enableCompileCache } from 'node:module'\nenableCompileCache?.()\nconst { ${name} } = await import('./index.js')\n${call}\n`
}

function listFiles(dir, base = dir) {
  if (!existsSync(dir)) return []
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? listFiles(join(dir, e.name), base) : [relative(base, join(dir, e.name))]))
    .sort()
}

bundle(out)
if (check) {
  const committed = join(root, 'dist')
  const a = listFiles(committed)
  const b = listFiles(out)
  const stale = [...new Set([...a, ...b])].filter(
    (f) => !a.includes(f) || !b.includes(f) || !readFileSync(join(committed, f)).equals(readFileSync(join(out, f)))
  )
  if (stale.length) {
    if (outIndex < 0) rmSync(out, { recursive: true, force: true })
    const kept = outIndex > 0 ? ` (a fresh build is in ${relative(root, out)})` : ''
    console.error(`dist/ is stale (differs from a fresh build in: ${stale.join(', ')}); run \`npm run build\` and commit dist/${kept}`)
    process.exit(1)
  }
  rmSync(out, { recursive: true, force: true })
  console.log('dist/ is fresh')
}
