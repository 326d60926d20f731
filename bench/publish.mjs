#!/usr/bin/env node
// Publish benchmark: the publish action against `skopeo copy`, measured in the same run.
//
//   1. first push   a fresh `node dist/publish-main.js` (as the runner runs it) vs `skopeo copy --all
//                   oci:… docker://…`, alternating A,B,A,B…, each into a registry with fresh, empty
//                   storage (neither side can reuse a blob); median(action) / median(skopeo).
//   2. re-push      the same image pushed again, unchanged, to the registry that already has it,
//                   relative to that registry's first push; median of the per-run ratios.
//   3. promotion    the pushed image, signed with a key (the sign action), promoted by digest to a
//                   release tag of the same repository (publish with a registry `image`): it must
//                   upload 0 bytes and take ≤ 0.2× the first push; median of the per-run ratios.
//   4. load         --load concurrent publishes (8) of different images (8 MiB layers) to one registry
//                   through a proxy that answers every 5th blob upload request with 503 and cuts every
//                   7th one off mid-body: every digest must be right and every tag complete (skopeo copies
//                   each image out of the registry); reports the publish actions' peak RSS.
//
// The image is an OCI layout made here: an index, one manifest, a config and a gzip layer holding a
// kernel of random bytes (--size-mib, default 32), so the upload is real work and does not compress.
//
// Usage: node bench/publish.mjs [--runs N] [--size-mib N] [--load N] [--dist DIR] [--strict]
import { spawn } from 'node:child_process'
import { createHash, generateKeyPairSync, randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createServer as createHttpServer, request } from 'node:http'
import { createServer } from 'node:net'
import { cpus, loadavg, tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { setTimeout as sleep } from 'node:timers/promises'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { gzipSync } from 'node:zlib'
import { startAction } from './support.mjs'

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..')
const PROJECT_NODE = join(ROOT, 'node_modules', '.bin', 'node')
// The action is declared `using: node24`; the machine's own node may be older.
const NODE = existsSync(PROJECT_NODE) ? PROJECT_NODE : process.execPath
const FIRST_PUSH_TARGET = 1.0
const REPUSH_TARGET = 0.3
const PROMOTE_TARGET = 0.2

// ---------------------------------------------------------------------------------------------- flags

function usage(problem) {
  if (problem) console.error(`publish.mjs: ${problem}`)
  console.error('usage: node bench/publish.mjs [--runs N (7)] [--size-mib N (32)] [--load N (8)] [--dist DIR (dist/)] [--strict]')
  process.exit(problem ? 2 : 0)
}

let flags
try {
  flags = parseArgs({
    options: {
      runs: { type: 'string' },
      'size-mib': { type: 'string' },
      load: { type: 'string' },
      dist: { type: 'string' },
      strict: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false }
    }
  }).values
} catch (error) {
  usage(error.message)
}
if (flags.help) usage()
function positive(name, fallback) {
  const value = flags[name]
  if (value === undefined) return fallback
  const n = Number(value)
  if (!Number.isInteger(n) || n < 1) usage(`--${name} wants a positive integer, got ${JSON.stringify(value)}`)
  return n
}
const RUNS = positive('runs', 7)
const SIZE_MIB = positive('size-mib', 32)
const LOAD = positive('load', 8)
const DIST = flags.dist ?? join(ROOT, 'dist')
const PUBLISH_MAIN = join(DIST, 'publish-main.js')
const SIGN_MAIN = join(DIST, 'sign-main.js')

// ------------------------------------------------------------------------------- cleanup bookkeeping

const tempRoot = mkdtempSync(join(tmpdir(), 'bench-publish-'))
const registries = new Set()
const children = new Set()

function cleanup() {
  for (const child of [...registries, ...children]) child.kill('SIGKILL')
  rmSync(tempRoot, { recursive: true, force: true })
}
for (const name of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(name, () => {
    cleanup()
    console.error(`\npublish.mjs: interrupted (${name}); registries stopped, ${tempRoot} removed`)
    process.exit(128 + { SIGINT: 2, SIGTERM: 15, SIGHUP: 1 }[name])
  })
}
process.on('exit', cleanup)

// ------------------------------------------------------------------------------------------ helpers

function run(command, args, options = {}) {
  return new Promise((resolve, reject) => {
    const started = performance.now()
    const child = spawn(command, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], ...options })
    children.add(child)
    let ended
    child.once('exit', () => (ended = performance.now()))
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d) => (stdout += d))
    child.stderr.on('data', (d) => (stderr += d))
    child.on('error', reject)
    child.on('close', (status) => {
      children.delete(child)
      resolve({ status, stdout, stderr, ms: ended - started })
    })
  })
}

function sha256(bytes) {
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`
}

/** One ustar entry (mtime 0, uid/gid 0), padded to 512-byte blocks. */
function tarEntry(path, content, type = '0', mode = 0o644) {
  const header = Buffer.alloc(512)
  const octal = (offset, length, value) => header.write(`${value.toString(8).padStart(length - 1, '0')}\0`, offset, 'latin1')
  header.write(path, 0, 'utf8')
  octal(100, 8, mode)
  octal(108, 8, 0)
  octal(116, 8, 0)
  octal(124, 12, content.length)
  octal(136, 12, 0)
  header.write('        ', 148, 'latin1')
  header.write(type, 156, 'latin1')
  header.write('ustar\0', 257, 'latin1')
  header.write('00', 263, 'latin1')
  let sum = 0
  for (const byte of header) sum += byte
  header.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 'latin1')
  return Buffer.concat([header, content, Buffer.alloc((512 - (content.length % 512)) % 512)])
}

/** An OCI layout shaped like build's output: index → manifest → config + one gzip layer with the kernel. */
function writeLayout(dir, sizeMib = SIZE_MIB) {
  mkdirSync(join(dir, 'blobs', 'sha256'), { recursive: true })
  const blob = (bytes) => {
    const digest = sha256(bytes)
    writeFileSync(join(dir, 'blobs', 'sha256', digest.slice(7)), bytes)
    return { digest, size: bytes.length }
  }
  const kernel = randomBytes(sizeMib * 1024 * 1024)
  const descriptor = Buffer.from(
    JSON.stringify({ version: 1, toolchain: 'custom', platform: 'qemu', vmm: 'qemu', arch: 'x86_64', kernel: '/unikernel/kernel' })
  )
  const tar = Buffer.concat([
    tarEntry('unikernel/', Buffer.alloc(0), '5', 0o755),
    tarEntry('unikernel/kernel', kernel, '0', 0o755),
    tarEntry('unikernel/unikernel.json', descriptor),
    Buffer.alloc(1024)
  ])
  const layer = blob(gzipSync(tar, { level: 1 }))
  const config = blob(Buffer.from(JSON.stringify({ architecture: 'amd64', os: 'linux', config: {}, rootfs: { type: 'layers', diff_ids: [sha256(tar)] } })))
  const manifest = blob(
    Buffer.from(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: 'application/vnd.oci.image.manifest.v1+json',
        config: { mediaType: 'application/vnd.oci.image.config.v1+json', ...config },
        layers: [{ mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip', ...layer }]
      })
    )
  )
  const index = blob(
    Buffer.from(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: 'application/vnd.oci.image.index.v1+json',
        manifests: [{ mediaType: 'application/vnd.oci.image.manifest.v1+json', ...manifest, platform: { architecture: 'amd64', os: 'linux' } }]
      })
    )
  )
  writeFileSync(join(dir, 'oci-layout'), JSON.stringify({ imageLayoutVersion: '1.0.0' }))
  writeFileSync(
    join(dir, 'index.json'),
    JSON.stringify({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.index.v1+json',
      manifests: [{ mediaType: 'application/vnd.oci.image.index.v1+json', ...index, annotations: { 'org.opencontainers.image.ref.name': 'bench' } }]
    })
  )
  return { digest: index.digest, layerSize: layer.size }
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
  })
}

function ping(url) {
  return new Promise((resolve) => {
    const req = request(`${url}/v2/`, { timeout: 1000 }, (res) => {
      res.resume()
      resolve(res.statusCode)
    })
    req.on('error', () => resolve(0))
    req.on('timeout', () => req.destroy())
    req.end()
  })
}

/** Debian's docker-registry on a free loopback port with empty storage; stop() removes it all. */
async function startRegistry() {
  for (let attempt = 0; attempt < 5; attempt++) {
    const dir = mkdtempSync(join(tempRoot, 'registry-'))
    const port = await freePort()
    const config = join(dir, 'config.yml')
    writeFileSync(
      config,
      [
        'version: 0.1',
        'log:',
        '  level: error',
        '  accesslog:',
        '    disabled: true',
        'storage:',
        '  filesystem:',
        `    rootdirectory: ${dir}/data`,
        'http:',
        `  addr: 127.0.0.1:${port}`,
        '  secret: bench'
      ].join('\n')
    )
    const child = spawn('docker-registry', ['serve', config], { stdio: 'ignore' })
    registries.add(child)
    let exited = false
    child.once('exit', () => (exited = true))
    for (let i = 0; i < 100 && !exited; i++) {
      if ((await ping(`http://127.0.0.1:${port}`)) === 200 && !exited) {
        return {
          host: `127.0.0.1:${port}`,
          stop: async () => {
            const gone = new Promise((resolve) => child.once('exit', resolve))
            child.kill('SIGTERM')
            if (!exited) await gone
            registries.delete(child)
            rmSync(dir, { recursive: true, force: true })
          }
        }
      }
      await sleep(50)
    }
    child.kill('SIGKILL')
    registries.delete(child)
  }
  throw new Error('docker-registry did not start')
}

/** One main step as the runner starts it, with the given inputs (bench/support.mjs); node spawn → exit. */
async function actionStep(script, inputs) {
  const step = startAction(script, inputs, tempRoot)
  const { status, at } = await step.exited
  if (status !== 0) throw new Error(`${script} failed (exit ${status}):\n${step.stdout.split('\n').slice(-15).join('\n')}`)
  return { ms: at - step.startedAt, outputs: step.outputs() }
}

/** One publish main step (every action.yml default sent): a layout image, or a registry image to promote. */
function publishAction(layoutDir, destination, image = `oci:${layoutDir}:bench`) {
  return actionStep(PUBLISH_MAIN, { image, to: destination, 'push-by-digest': 'false', retries: '5', concurrency: '4', 'github-token': '' })
}

/** The sign action with a key: the .sig manifest and the bundle referrers a promotion carries along. */
const SIGNING_KEY = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ type: 'pkcs8', format: 'pem' })
function signAction(image) {
  return actionStep(SIGN_MAIN, { image, key: SIGNING_KEY, provenance: 'false', 'github-token': '' })
}

async function skopeoCopy(layoutDir, destination) {
  const result = await run('skopeo', ['copy', '--all', '--quiet', '--dest-tls-verify=false', `oci:${layoutDir}:bench`, `docker://${destination}`])
  if (result.status !== 0) throw new Error(`skopeo copy failed: ${result.stderr}`)
  return { ms: result.ms }
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

function progress(text) {
  if (process.stderr.isTTY) process.stderr.write(text)
}

function row(label, values) {
  const ms = (v) => `${Math.round(v)}`.padStart(7)
  return `${label.padEnd(28)}${String(values.length).padStart(4)}${ms(median(values))}${ms(Math.min(...values))}${ms(Math.max(...values))}`
}

/**
 * A reverse proxy in front of the registry that answers every 5th blob upload request (PATCH/PUT) with
 * 503 and cuts every 7th off once part of its body arrived; everything else passes through.
 */
async function startFaultyProxy(upstream) {
  let uploads = 0
  const faults = { unavailable: 0, resets: 0 }
  const server = createHttpServer((req, res) => {
    const upload = /\/blobs\/uploads\//.test(req.url ?? '') && (req.method === 'PATCH' || req.method === 'PUT')
    const n = upload ? ++uploads : 0
    if (upload && n % 5 === 0) {
      faults.unavailable++
      req.resume()
      req.on('end', () => res.writeHead(503, { 'content-type': 'text/plain' }).end('injected 503'))
      return
    }
    if (upload && n % 7 === 0) {
      faults.resets++
      let seen = 0
      req.on('data', (chunk) => {
        seen += chunk.length
        if (seen > 64 * 1024 || seen >= Number(req.headers['content-length'] ?? 0)) req.socket.destroy()
      })
      req.on('end', () => req.socket.destroy())
      return
    }
    const forwarded = request(`${upstream}${req.url}`, { method: req.method, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers)
      answer.pipe(res)
    })
    forwarded.on('error', () => req.socket.destroy())
    req.pipe(forwarded)
  })
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
  return { host: `127.0.0.1:${server.address().port}`, faults, close: () => new Promise((resolve) => server.close(resolve)) }
}

/** Phase 4: concurrent publishes of different images through injected resets and 503s. */
async function loadPhase() {
  const registry = await startRegistry()
  const proxy = await startFaultyProxy(`http://${registry.host}`)
  try {
    const images = []
    for (let i = 0; i < LOAD; i++) {
      const dir = join(tempRoot, `load-${i}`)
      images.push({ dir, ...writeLayout(dir, 8) })
    }
    const inputs = (image, i) => ({ image: `oci:${image.dir}:bench`, to: `${proxy.host}/load/img-${i}:1`, retries: '8', concurrency: '4', 'github-token': '' })
    const started = performance.now()
    const runs = images.map((image, i) => startAction(PUBLISH_MAIN, inputs(image, i), tempRoot))
    const exits = await Promise.all(runs.map((r) => r.exited))
    const wall = performance.now() - started
    const problems = []
    for (const [i, image] of images.entries()) {
      const outputs = runs[i].outputs()
      if (exits[i].status !== 0)
        problems.push(`publish ${i} failed: ${runs[i].stdout.split('\n').find((l) => l.startsWith('::error')) ?? runs[i].stdout.slice(-300)}`)
      else if (outputs.digest !== image.digest) problems.push(`publish ${i} reported ${outputs.digest}, the layout holds ${image.digest}`)
      // Every tag must be whole: the manifest, and every blob it names, copied out of the registry itself.
      const copied = await run('skopeo', [
        'copy',
        '--all',
        '--quiet',
        '--src-tls-verify=false',
        `docker://${registry.host}/load/img-${i}:1`,
        `oci:${join(tempRoot, `copy-${i}`)}:x`
      ])
      if (copied.status !== 0) problems.push(`image ${i} is not whole in the registry: ${copied.stderr.trim()}`)
      const raw = await run('skopeo', ['inspect', '--raw', '--tls-verify=false', `docker://${registry.host}/load/img-${i}:1`])
      if (raw.status === 0 && sha256(Buffer.from(raw.stdout)) !== image.digest) problems.push(`tag ${i} holds ${sha256(Buffer.from(raw.stdout))}`)
    }
    const rss = runs.map((r) => r.peakRss)
    console.log(
      `load: ${LOAD} concurrent publishes of 8 MiB images through ${proxy.faults.unavailable} injected 503s and ${proxy.faults.resets} resets: ` +
        `${problems.length === 0 ? 'every digest right, every tag whole' : `${problems.length} problem(s)`}; wall ${(wall / 1000).toFixed(1)} s; ` +
        `peak RSS of one publish action: median ${(median(rss) / 1048576).toFixed(1)} MiB, max ${(Math.max(...rss) / 1048576).toFixed(1)} MiB`
    )
    for (const problem of problems) console.log(`  ${problem}`)
    return problems.length === 0
  } finally {
    await proxy.close()
    await registry.stop()
  }
}

// -------------------------------------------------------------------------------------------- bench

async function main() {
  if (!existsSync(PUBLISH_MAIN)) throw new Error(`${PUBLISH_MAIN} is missing; run npm run build (or pass --dist DIR with a private bundle)`)
  const layoutDir = join(tempRoot, 'layout')
  const image = writeLayout(layoutDir)
  const skopeoVersion = (await run('skopeo', ['--version'])).stdout.trim().replace(/^skopeo version /, '')
  const nodeVersion = (await run(NODE, ['--version'])).stdout.trim()

  // Uncounted warm-up of both, so that neither pays for a cold page cache of the layout.
  for (const push of [publishAction, skopeoCopy]) {
    const registry = await startRegistry()
    await push(layoutDir, `${registry.host}/bench/warm:1`)
    await registry.stop()
  }

  const action = []
  const skopeo = []
  const first = []
  const again = []
  const promotions = []
  // What the runner pays before the action's own code runs: node plus the shared bundle.
  const startup = []
  for (let i = 0; i < 5; i++) startup.push((await run(NODE, ['--input-type=module', '-e', `await import(${JSON.stringify(join(DIST, 'index.js'))})`])).ms)
  progress('runs ')
  for (let i = 0; i < RUNS; i++) {
    // Alternate which side goes first, so drift in machine load hits both alike.
    const order = i % 2 === 0 ? ['action', 'skopeo'] : ['skopeo', 'action']
    for (const side of order) {
      const registry = await startRegistry()
      try {
        if (side === 'skopeo') {
          skopeo.push((await skopeoCopy(layoutDir, `${registry.host}/bench/img:1`)).ms)
        } else {
          const pushed = await publishAction(layoutDir, `${registry.host}/bench/img:1`)
          if (pushed.outputs.digest !== image.digest) throw new Error(`the action reported ${pushed.outputs.digest}, the layout holds ${image.digest}`)
          action.push(pushed.ms)
          // The unchanged re-push, against the same registry that now has everything.
          const repushed = await publishAction(layoutDir, `${registry.host}/bench/img:1`)
          if (repushed.outputs['pushed-bytes'] !== '0') throw new Error(`the re-push sent ${repushed.outputs['pushed-bytes']} bytes`)
          first.push(pushed.ms)
          again.push(repushed.ms)
          // Promotion by digest, signatures included: a manifest PUT under the release tag.
          await signAction(`${registry.host}/bench/img@${image.digest}`)
          const promoted = await publishAction(layoutDir, `${registry.host}/bench/img:release`, `${registry.host}/bench/img@${image.digest}`)
          if (promoted.outputs.digest !== image.digest) throw new Error(`the promotion reported ${promoted.outputs.digest}, not ${image.digest}`)
          if (promoted.outputs['pushed-bytes'] !== '0') throw new Error(`the promotion sent ${promoted.outputs['pushed-bytes']} bytes`)
          promotions.push(promoted.ms)
        }
      } finally {
        await registry.stop()
      }
    }
    progress('.')
  }
  progress('\n')

  const load = loadavg()[0]
  console.log(
    `publish bench: node ${nodeVersion}, skopeo ${skopeoVersion}, ${cpus().length} CPUs (load average ${load.toFixed(1)}), ` +
      `layer ${(image.layerSize / 1024 / 1024).toFixed(1)} MiB, bundle ${DIST}`
  )
  if (load > cpus().length / 2)
    console.log(
      `warning: other processes kept the machine busy (load ${load.toFixed(1)} on ${cpus().length} CPUs); start-up costs, and so both ratios, are inflated`
    )
  console.log(`${''.padEnd(28)}runs median    min    max  (ms)`)
  console.log(row('action first push', action))
  console.log(row('skopeo copy --all', skopeo))
  console.log(row('action unchanged re-push', again))
  console.log(row('action promotion (signed)', promotions))
  console.log(row('node + bundle start-up', startup))
  const ratio = median(action) / median(skopeo)
  const repush = median(again.map((ms, i) => ms / first[i]))
  const promote = median(promotions.map((ms, i) => ms / first[i]))
  const ratioOk = ratio <= FIRST_PUSH_TARGET
  const repushOk = repush <= REPUSH_TARGET
  const promoteOk = promote <= PROMOTE_TARGET
  console.log(`first push: action/skopeo ${ratio.toFixed(2)}× — target ≤ ${FIRST_PUSH_TARGET}: ${ratioOk ? 'PASS' : 'FAIL'}`)
  console.log(`re-push: unchanged/first ${repush.toFixed(2)}× (median of per-run ratios) — target ≤ ${REPUSH_TARGET}: ${repushOk ? 'PASS' : 'FAIL'}`)
  console.log(
    `promotion: same-repository promotion of the signed image, 0 bytes uploaded / first push ${promote.toFixed(2)}× ` +
      `(median of per-run ratios) — target ≤ ${PROMOTE_TARGET}: ${promoteOk ? 'PASS' : 'FAIL'}`
  )
  // Not a target: how the push itself compares once node and the shared bundle are loaded.
  const own = (median(action) - median(startup)) / median(skopeo)
  console.log(
    `for reference: the action without node + bundle start-up / skopeo ${own.toFixed(2)}×; ` +
      `its re-push without it: ${Math.round(median(again) - median(startup))} ms`
  )
  const loadOk = await loadPhase()
  return (flags.strict && !(ratioOk && repushOk && promoteOk)) || !loadOk ? 1 : 0
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`publish.mjs: ${error.message}`)
    process.exit(2)
  }
)
