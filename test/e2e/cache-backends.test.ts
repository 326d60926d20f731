import { afterEach, beforeEach, describe, expect, jest, test } from '@jest/globals'
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ActionsCacheBackend, LocalCacheBackend, type CacheBackend } from '../../src/cache/index.js'
import { MemoryLogger } from '../../src/runtime/logger.js'
import { startFakeCacheService, useFakeCacheServiceInProcess, type FakeCacheService } from '../support/fake-cache-service.js'

// One table of cache semantics, run against both backends: the real @actions/cache talking to the fake
// service over 127.0.0.1, and the local directory backend. They must agree.
interface Harness {
  backend: CacheBackend
  logger: MemoryLogger
  work: string
  /** Blob uploads the service saw (always 0 for the local backend). */
  uploads(): number
  close(): Promise<void>
}

async function actionsHarness(): Promise<Harness> {
  const work = mkdtempSync(join(tmpdir(), 'cache-contract-'))
  const fake: FakeCacheService = await startFakeCacheService()
  const restoreEnv = useFakeCacheServiceInProcess(fake, { RUNNER_TEMP: join(work, 'runner-temp'), GITHUB_WORKSPACE: work })
  // @actions/cache writes workflow commands to stdout; keep the test output readable.
  const stdout = jest.spyOn(process.stdout, 'write').mockImplementation(() => true)
  const logger = new MemoryLogger()
  return {
    backend: new ActionsCacheBackend(logger),
    logger,
    work,
    uploads: () => fake.requests.filter((r) => r.method === 'PUT').length,
    close: async () => {
      stdout.mockRestore()
      restoreEnv()
      await fake.close()
      rmSync(work, { recursive: true, force: true })
    }
  }
}

async function localHarness(): Promise<Harness> {
  const work = mkdtempSync(join(tmpdir(), 'cache-contract-'))
  // @actions/glob writes ::debug:: lines to stdout.
  const stdout = jest.spyOn(process.stdout, 'write').mockImplementation(() => true)
  const logger = new MemoryLogger()
  return {
    backend: new LocalCacheBackend(join(work, 'cache-root'), logger, { cwd: work }),
    logger,
    work,
    uploads: () => 0,
    close: async () => {
      stdout.mockRestore()
      rmSync(work, { recursive: true, force: true })
    }
  }
}

/** Every file, directory and symlink under `dir` with its content, mode or target. */
function tree(dir: string, prefix = ''): Record<string, string> {
  const result: Record<string, string> = {}
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const path = join(dir, entry.name)
    const name = prefix + entry.name
    if (entry.isSymbolicLink()) result[name] = `-> ${readlinkSync(path)}`
    else if (entry.isDirectory()) Object.assign(result, { [`${name}/`]: 'dir' }, tree(path, `${name}/`))
    else result[name] = `${(statSync(path).mode & 0o777).toString(8)} ${readFileSync(path, 'utf8')}`
  }
  return result
}

function writeBuildState(work: string, label: string): string {
  const build = join(work, 'build')
  rmSync(build, { recursive: true, force: true })
  mkdirSync(join(build, 'obj', 'deep'), { recursive: true })
  writeFileSync(join(build, 'obj', 'main.o'), `main object ${label}`)
  writeFileSync(join(build, 'obj', 'deep', 'util.o'), `util object ${label}`)
  writeFileSync(join(build, 'kernel'), `kernel ${label}`)
  chmodSync(join(build, 'kernel'), 0o755)
  symlinkSync('obj/main.o', join(build, 'main.o'))
  return build
}

describe.each([
  ['the Actions cache service (@actions/cache against the fake service)', actionsHarness],
  ['the local directory', localHarness]
])('cache semantics through %s', (_name, start) => {
  let h: Harness
  beforeEach(async () => {
    h = await start()
  })
  afterEach(async () => {
    await h.close()
  })

  test('a miss on the first run, then a save, then an exact hit that restores every file, mode and symlink', async () => {
    const build = writeBuildState(h.work, 'one')
    const before = tree(build)
    expect(await h.backend.restore([build], 'build-linux-abc', ['build-linux-'])).toBeUndefined()
    expect(h.logger.text('info')).toMatch(/Cache not found for key build-linux-abc or restore keys build-linux-/)
    expect(await h.backend.save([build], 'build-linux-abc')).toBe(true)
    rmSync(build, { recursive: true })
    expect(await h.backend.restore([build], 'build-linux-abc', ['build-linux-'])).toBe('build-linux-abc')
    expect(tree(build)).toEqual(before)
    expect(h.logger.text('warning')).toBe('')
  })

  test('after a key change, a restore key hits the newest entry it prefixes', async () => {
    const build = writeBuildState(h.work, 'older')
    expect(await h.backend.save([build], 'build-linux-111')).toBe(true)
    writeBuildState(h.work, 'newer')
    const newer = tree(build)
    expect(await h.backend.save([build], 'build-linux-222')).toBe(true)
    writeBuildState(h.work, 'stale')
    expect(await h.backend.restore([build], 'build-linux-333', ['build-linux-'])).toBe('build-linux-222')
    expect(tree(build)).toEqual(newer)
  })

  test('the exact key wins over a newer entry it prefixes; the key is itself a prefix before the restore keys', async () => {
    const build = writeBuildState(h.work, 'exact')
    const exact = tree(build)
    expect(await h.backend.save([build], 'k-1')).toBe(true)
    writeBuildState(h.work, 'longer')
    expect(await h.backend.save([build], 'k-10')).toBe(true)
    expect(await h.backend.restore([build], 'k-1', ['k-'])).toBe('k-1')
    expect(tree(build)).toEqual(exact)
    expect(await h.backend.restore([build], 'k-', ['nothing-'])).toBe('k-10')
  })

  test('restore keys are tried in order: an earlier key wins even when a later one matches something newer', async () => {
    const build = writeBuildState(h.work, 'a')
    expect(await h.backend.save([build], 'alpha-1')).toBe(true)
    expect(await h.backend.save([build], 'beta-1')).toBe(true)
    expect(await h.backend.restore([build], 'gamma-1', ['alpha-', 'beta-'])).toBe('alpha-1')
    expect(await h.backend.restore([build], 'gamma-1', ['delta-', 'beta-'])).toBe('beta-1')
  })

  test('saving an existing key keeps the first entry, returns false and does not fail', async () => {
    const build = writeBuildState(h.work, 'first')
    const first = tree(build)
    expect(await h.backend.save([build], 'immutable')).toBe(true)
    const uploads = h.uploads()
    writeBuildState(h.work, 'second')
    expect(await h.backend.save([build], 'immutable')).toBe(false)
    expect(h.uploads()).toBe(uploads)
    expect(await h.backend.restore([build], 'immutable', [])).toBe('immutable')
    expect(tree(build)).toEqual(first)
    expect(h.logger.text('warning')).toBe('')
  })

  test('an entry belongs to its list of paths: the same key with other paths misses', async () => {
    const build = writeBuildState(h.work, 'paths')
    const extra = join(h.work, 'extra.txt')
    writeFileSync(extra, 'extra')
    expect(await h.backend.save([build, extra], 'two-paths')).toBe(true)
    expect(await h.backend.restore([build], 'two-paths', ['two-'])).toBeUndefined()
    expect(await h.backend.restore([extra, build], 'two-paths', [])).toBeUndefined()
    rmSync(extra)
    rmSync(build, { recursive: true })
    expect(await h.backend.restore([build, extra], 'two-paths', [])).toBe('two-paths')
    expect(readFileSync(extra, 'utf8')).toBe('extra')
    expect(readFileSync(join(build, 'kernel'), 'utf8')).toBe('kernel paths')
  })

  test('saving paths that match nothing saves nothing, with a warning', async () => {
    expect(await h.backend.save([join(h.work, 'does-not-exist')], 'empty')).toBe(false)
    expect(h.logger.text('warning')).toMatch(/not exist|nothing matches/)
    expect(await h.backend.restore([join(h.work, 'does-not-exist')], 'empty', [])).toBeUndefined()
  })
})
