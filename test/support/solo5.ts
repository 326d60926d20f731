/**
 * Real Solo5 for the boot tests, from the corpus tarball `../shared/corpus/solo5-v0.12.1.tar.gz` (next
 * to the repository; see its README):
 * - the tenders are installed by `setup`'s own solo5 installer, the tarball served as the v0.12.1
 *   release asset by the fake GitHub, into a tool cache under .cache/ (built once, then found there);
 *   its SHA-256 is pinned in test/fixtures/solo5/versions.json, the tests' own manifest (the corpus
 *   bytes differ from the upstream asset, so src/tools/versions.json never holds it);
 * - Solo5's own test unikernels are built from the same tarball, as .virtio, .hvt and .spt, and
 *   cached in .cache/solo5-kernels/<tarball hash>-<recipe>/.
 * Without the corpus, `loadSolo5()` says why, and the suites using it are reported as skipped.
 */
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { copyFile, mkdir, rm } from 'node:fs/promises'
import { availableParallelism } from 'node:os'
import { join, resolve } from 'node:path'
import { setupAction } from '../../src/actions/setup.js'
import { terminalContext } from '../../src/runtime/context.js'
import { MapInputs } from '../../src/runtime/inputs.js'
import { MemoryLogger } from '../../src/runtime/logger.js'
import { instantRetryPolicy } from './retry.js'
import type { VersionsManifest } from '../../src/tools/versions.js'
import { startFakeGitHub } from './fake-github.js'
import { buildAtomically, CACHE_ROOT, exists, REPO_ROOT, run } from './fixtures.js'
import { NO_KVM } from './boot.js'

export const SOLO5_VERSION = '0.12.1'
const TARBALL_NAME = `solo5-v${SOLO5_VERSION}.tar.gz`
export const SOLO5_CORPUS = resolve(REPO_ROOT, '..', 'shared', 'corpus', TARBALL_NAME)
const PINS = JSON.parse(readFileSync(join(REPO_ROOT, 'test', 'fixtures', 'solo5', 'versions.json'), 'utf8')) as VersionsManifest
/** Bump when the kernel build below changes. */
const KERNEL_RECIPE = '1'

export const SOLO5_TESTS = [
  'test_hello',
  'test_quiet',
  'test_exception',
  'test_zeropage',
  'test_ssp',
  'test_fpu',
  'test_time',
  'test_globals',
  'test_blk',
  'test_net',
  'test_net_2if',
  'test_mft_maxdevices'
] as const
export type Solo5Test = (typeof SOLO5_TESTS)[number]
export type Solo5Target = 'virtio' | 'hvt' | 'spt'

export interface Solo5Kit {
  /** The directory holding solo5-hvt and solo5-spt, as setup installed them. */
  tenderDir: string
  tender(name: 'solo5-hvt' | 'solo5-spt'): string
  kernel(test: Solo5Test, target: Solo5Target): string
  /** Why solo5-hvt cannot run a guest here, or undefined when it can. */
  hvtUnavailable?: string
  /**
   * Why solo5-hvt cannot run this test kernel to SUCCESS on this machine's KVM, or undefined: nested
   * KVM may fail an instruction it has to emulate (`KVM: internal error exit: suberror=0x1` for test_fpu).
   */
  hvtCannotRun(test: Solo5Test, cmdline?: string): string | undefined
}

export type Solo5Availability = { kit: Solo5Kit; skip?: undefined } | { kit?: undefined; skip: string }

let loading: Promise<Solo5Availability> | undefined

/** The tenders and kernels, built on first use (about a minute, once per machine), or why not. */
export function loadSolo5(): Promise<Solo5Availability> {
  loading ??= load()
  return loading
}

async function load(): Promise<Solo5Availability> {
  if (!existsSync(SOLO5_CORPUS)) return { skip: `needs the Solo5 corpus tarball at ${SOLO5_CORPUS}, which this clone does not have` }
  const sha256 = createHash('sha256').update(readFileSync(SOLO5_CORPUS)).digest('hex')
  const [tenderDir, kernelDir] = await Promise.all([withLock('solo5-tenders', installTenders), withLock('solo5-kernels', () => buildKernels(sha256))])
  const tender = (name: 'solo5-hvt' | 'solo5-spt') => join(tenderDir, name)
  const kit: Solo5Kit = {
    tenderDir,
    tender,
    kernel: (test, target) => join(kernelDir, `${test}.${target}`),
    hvtUnavailable: hvtUnavailable(tender('solo5-hvt'), join(kernelDir, 'test_hello.hvt')),
    hvtCannotRun: (test, cmdline) => tenderFailure(tender('solo5-hvt'), join(kernelDir, `${test}.hvt`), cmdline)
  }
  return { kit }
}

/** `setup` with `tools: solo5@0.12.1` against a fake GitHub serving the corpus tarball as the release asset. */
async function installTenders(): Promise<string> {
  const github = await startFakeGitHub()
  try {
    github.addRelease('Solo5/solo5', { tag: `v${SOLO5_VERSION}`, assets: [{ name: TARBALL_NAME, content: readFileSync(SOLO5_CORPUS) }] })
    const runnerTemp = join(CACHE_ROOT, 'solo5-setup-temp')
    await mkdir(runnerTemp, { recursive: true })
    const env = { PATH: process.env.PATH, HOME: process.env.HOME, RUNNER_TEMP: runnerTemp, RUNNER_TOOL_CACHE: join(CACHE_ROOT, 'tool-cache') }
    const inputs = new MapInputs(new Map(Object.entries({ tools: `solo5@${SOLO5_VERSION}`, 'api-url': github.apiUrl, mirror: github.url, cache: 'false' })))
    const logger = new MemoryLogger()
    const result = await setupAction(terminalContext(inputs, env, logger), { kvm: NO_KVM, retry: instantRetryPolicy(), manifest: PINS }).catch(
      (error: unknown) => {
        throw new Error(`installing the Solo5 tenders through setup failed: ${(error as Error).message}\n${logger.text()}`)
      }
    )
    return result.tools[0].path
  } finally {
    await github.close()
  }
}

/** Solo5's own build of its tests (toolchain, bindings, elftool, then the test directories), only the ones used here. */
async function buildKernels(sha256: string): Promise<string> {
  const dir = join(CACHE_ROOT, 'solo5-kernels', `${sha256.slice(0, 16)}-${KERNEL_RECIPE}`)
  if (await exists(join(dir, 'complete'))) return dir
  await buildAtomically(dir, async (tmp) => {
    const work = join(tmp, 'work')
    await mkdir(work)
    await run('tar', ['-xzf', SOLO5_CORPUS, '-C', work])
    const tree = join(work, `solo5-v${SOLO5_VERSION}`)
    await run('./configure.sh', [], { cwd: tree })
    await run('make', [`-j${availableParallelism()}`, 'SUBDIRS=toolchain bindings elftool tests', `TESTDIRS=${SOLO5_TESTS.join(' ')}`], { cwd: tree })
    for (const test of SOLO5_TESTS) {
      for (const target of ['virtio', 'hvt', 'spt'] as const) await copyFile(join(tree, 'tests', test, `${test}.${target}`), join(tmp, `${test}.${target}`))
    }
    await rm(work, { recursive: true, force: true })
    writeFileSync(join(tmp, 'complete'), `${sha256}\n`)
  })
  return dir
}

/** solo5-hvt needs KVM that really runs a vCPU: the tender itself, on test_hello, is the proof. */
function hvtUnavailable(tender: string, kernel: string): string | undefined {
  if (!existsSync('/dev/kvm')) return 'solo5-hvt needs KVM, and this machine has no /dev/kvm'
  const why = tenderFailure(tender, kernel, 'Hello_Solo5')
  return why && `solo5-hvt cannot run a guest on this machine's KVM (${why})`
}

function tenderFailure(tender: string, kernel: string, cmdline?: string): string | undefined {
  const result = spawnSync(tender, ['--mem=32', kernel, ...(cmdline ? [cmdline] : [])], { encoding: 'utf8', timeout: 30000 })
  if (result.status === 0 && result.stdout.includes('SUCCESS')) return undefined
  return result.stderr.trim().split('\n').pop() || result.error?.message || `status ${result.status}`
}

/**
 * One builder per machine at a time across jest workers: a lock directory holding the owner's pid,
 * taken over when that process is gone.
 */
async function withLock<T>(name: string, work: () => Promise<T>): Promise<T> {
  const lock = join(CACHE_ROOT, 'locks', name)
  await mkdir(join(CACHE_ROOT, 'locks'), { recursive: true })
  for (;;) {
    try {
      await mkdir(lock)
      writeFileSync(join(lock, 'pid'), String(process.pid))
      break
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
      const owner = Number(readFileSync(join(lock, 'pid'), { encoding: 'utf8', flag: 'a+' }))
      if (owner && !alive(owner)) await rm(lock, { recursive: true, force: true })
      else await new Promise((r) => setTimeout(r, 500))
    }
  }
  try {
    return await work()
  } finally {
    await rm(lock, { recursive: true, force: true })
  }
}

/** Whether a process with this pid exists. */
export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}
