import { afterEach, beforeEach, describe, expect, jest, test } from '@jest/globals'
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import * as tar from 'tar'
import { cacheVersion, LocalCacheBackend } from '../../src/cache/local-cache.js'
import { MemoryLogger } from '../../src/runtime/logger.js'

let work: string
let root: string
let logger: MemoryLogger

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'cache-local-'))
  root = join(work, 'cache-root')
  logger = new MemoryLogger()
  // @actions/glob writes ::debug:: lines to stdout.
  jest.spyOn(process.stdout, 'write').mockImplementation(() => true)
})

afterEach(() => {
  jest.restoreAllMocks()
  rmSync(work, { recursive: true, force: true })
})

function write(path: string, content: string): void {
  mkdirSync(dirname(path), { recursive: true })
  writeFileSync(path, content)
}

function checkout(name: string, label: string): string {
  const dir = join(work, name)
  write(join(dir, 'build', 'app.o'), `app ${label}`)
  write(join(dir, 'build', 'lib', 'util.o'), `util ${label}`)
  write(join(dir, '.ccache', 'stats'), `stats ${label}`)
  return dir
}

function filesUnder(dir: string, prefix = ''): string[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`]))
    .sort()
}

describe('the local cache backend', () => {
  test('relative paths restore below the current directory, so a fresh checkout elsewhere gets the cache', async () => {
    const first = checkout('run-1', 'first')
    expect(await new LocalCacheBackend(root, logger, { cwd: first }).save(['build', './.ccache'], 'key')).toBe(true)
    const second = join(work, 'run-2')
    mkdirSync(second)
    expect(await new LocalCacheBackend(root, logger, { cwd: second }).restore(['build', './.ccache'], 'key', [])).toBe('key')
    expect(filesUnder(second)).toEqual(['.ccache/stats', 'build/app.o', 'build/lib/util.o'])
    expect(readFileSync(join(second, 'build', 'lib', 'util.o'), 'utf8')).toBe('util first')
    expect(logger.text('info')).toMatch(/Cache hit for: key/)
  })

  test('`~` paths restore below the current home directory', async () => {
    write(join(work, 'home-1', '.tool', 'config.json'), '{"v":1}')
    expect(await new LocalCacheBackend(root, logger, { cwd: work, home: join(work, 'home-1') }).save(['~/.tool/config.json'], 'home')).toBe(true)
    expect(await new LocalCacheBackend(root, logger, { cwd: work, home: join(work, 'home-2') }).restore(['~/.tool/config.json'], 'home', [])).toBe('home')
    expect(readFileSync(join(work, 'home-2', '.tool', 'config.json'), 'utf8')).toBe('{"v":1}')
    expect(filesUnder(join(work, 'home-2'))).toEqual(['.tool/config.json'])
  })

  test('glob patterns save what they match (negations excluded) and restore it in place', async () => {
    const first = join(work, 'run-1')
    for (const file of ['src/a.o', 'src/a.c', 'src/sub/b.o', 'src/skip.o', 'other/c.o']) write(join(first, file), file)
    const patterns = ['src/**/*.o', '!src/skip.o']
    expect(await new LocalCacheBackend(root, logger, { cwd: first }).save(patterns, 'globs')).toBe(true)
    const second = join(work, 'run-2')
    write(join(second, 'src', 'a.c'), 'source')
    expect(await new LocalCacheBackend(root, logger, { cwd: second }).restore(patterns, 'globs', [])).toBe('globs')
    expect(filesUnder(second)).toEqual(['src/a.c', 'src/a.o', 'src/sub/b.o'])
    expect(readFileSync(join(second, 'src', 'a.c'), 'utf8')).toBe('source')
  })

  test('keys are opaque: slashes, dots and 512 characters are fine; commas, longer keys and more than 10 keys are warnings', async () => {
    const dir = checkout('run', 'keys')
    const backend = new LocalCacheBackend(root, logger, { cwd: dir })
    const odd = `a/../b:${'x'.repeat(504)}`
    expect(await backend.save(['build'], odd)).toBe(true)
    expect(await backend.restore(['build'], odd, [])).toBe(odd)
    expect(logger.text('warning')).toBe('')
    expect(await backend.save(['build'], 'a,b')).toBe(false)
    expect(await backend.save(['build'], 'y'.repeat(513))).toBe(false)
    expect(
      await backend.restore(
        ['build'],
        'k',
        Array.from({ length: 10 }, (_, i) => `r${i}`)
      )
    ).toBeUndefined()
    expect(logger.text('warning').split('\n')).toEqual([
      'Failed to save the cache: cache key a,b contains a comma',
      expect.stringMatching(/^Failed to save the cache: cache key y+ is longer than 512 characters$/),
      'Failed to restore the cache: at most 10 keys (the key and 9 restore keys) are allowed, got 11'
    ])
  })

  test('two saves of one key racing: exactly one wins and the entry is whole', async () => {
    const a = checkout('run-a', 'A')
    const b = checkout('run-b', 'B')
    const results = await Promise.all([
      new LocalCacheBackend(root, logger, { cwd: a }).save(['build'], 'race'),
      new LocalCacheBackend(root, logger, { cwd: b }).save(['build'], 'race')
    ])
    expect(results.filter(Boolean)).toHaveLength(1)
    const target = join(work, 'run-c')
    mkdirSync(target)
    expect(await new LocalCacheBackend(root, logger, { cwd: target }).restore(['build'], 'race', [])).toBe('race')
    const label = readFileSync(join(target, 'build', 'app.o'), 'utf8').slice('app '.length)
    expect(readFileSync(join(target, 'build', 'lib', 'util.o'), 'utf8')).toBe(`util ${label}`)
    const versionDir = join(root, 'v1', cacheVersion(['build']))
    expect(readdirSync(versionDir).filter((name) => name.endsWith('.tgz'))).toHaveLength(1)
  })

  test('what a crashed save leaves behind is never an entry, and is swept once it is old', async () => {
    const dir = checkout('run', 'crash')
    const versionDir = join(root, 'v1', cacheVersion(['build']))
    mkdirSync(versionDir, { recursive: true })
    const keyFile = createHash('sha256').update('crashed').digest('hex')
    writeFileSync(join(versionDir, `.${keyFile}.tgz.tmp`), 'half an archive')
    writeFileSync(join(versionDir, `${keyFile}.0123.tgz`), 'an archive whose record was never written')
    writeFileSync(
      join(versionDir, `${keyFile}.json`),
      JSON.stringify({ key: 'crashed', savedAt: 1, archive: 'missing.tgz', size: 1, paths: ['build'], slots: ['directory'] })
    )
    const backend = new LocalCacheBackend(root, logger, { cwd: dir })
    expect(await backend.restore(['build'], 'crashed', ['cr'])).toBeUndefined()
    expect(logger.text('warning')).toBe('')
    const hoursAgo = new Date(Date.now() - 2 * 3600_000)
    utimesSync(join(versionDir, `.${keyFile}.tgz.tmp`), hoursAgo, hoursAgo)
    writeFileSync(join(versionDir, '.fresh.tgz.tmp'), 'a save in progress elsewhere')
    expect(await backend.save(['build'], 'next')).toBe(true)
    const names = readdirSync(versionDir)
    expect(names).not.toContain(`.${keyFile}.tgz.tmp`)
    expect(names).toContain('.fresh.tgz.tmp')
  })
})

describe('the local cache backend refuses archives that reach outside the cached paths', () => {
  /** Writes an entry whose archive holds `files` (absolute path on disk → name in the archive). */
  async function plantEntry(paths: string[], key: string, files: Record<string, string>): Promise<void> {
    const versionDir = join(root, 'v1', cacheVersion(paths))
    mkdirSync(versionDir, { recursive: true })
    const names = new Map(Object.entries(files))
    await tar.c(
      {
        file: join(versionDir, 'planted.tgz'),
        gzip: true,
        cwd: '/',
        preservePaths: true,
        onWriteEntry: (entry) => void (entry.path = names.get(entry.absolute) ?? entry.path)
      },
      [...names.keys()]
    )
    const record = { key, savedAt: Date.now(), archive: 'planted.tgz', size: 1, paths, slots: paths.map(() => 'directory') }
    writeFileSync(join(versionDir, `${createHash('sha256').update(key).digest('hex')}.json`), JSON.stringify(record))
  }

  const material = () => {
    write(join(work, 'material', 'payload'), 'pwned')
    return join(work, 'material', 'payload')
  }

  test.each([
    ['a `..` name', (payload: string) => ({ [payload]: '0/../../escaped' })],
    ['an absolute name', (payload: string) => ({ [payload]: `0/${join(work, 'escaped')}` })],
    ['a slot no pattern owns', (payload: string) => ({ [payload]: '7/escaped' })]
  ])('%s', async (_name, files) => {
    const cwd = join(work, 'project')
    mkdirSync(cwd)
    await plantEntry(['build'], 'planted', files(material()))
    expect(await new LocalCacheBackend(root, logger, { cwd }).restore(['build'], 'planted', [])).toBeUndefined()
    expect(logger.text('warning')).toMatch(/is unsafe to extract/)
    expect(existsSync(join(work, 'escaped'))).toBe(false)
    expect(existsSync(join(cwd, 'escaped'))).toBe(false)
    expect(existsSync(join(cwd, 'build'))).toBe(false)
  })

  test('a file written through an archived symlink that points outside', async () => {
    const cwd = join(work, 'project')
    const outside = join(work, 'outside')
    mkdirSync(outside)
    mkdirSync(join(work, 'staging'))
    symlinkSync(outside, join(work, 'staging', 'link'))
    await plantEntry(['build'], 'planted', { [join(work, 'staging', 'link')]: '0/link', [material()]: '0/link/payload' })
    expect(await new LocalCacheBackend(root, logger, { cwd }).restore(['build'], 'planted', [])).toBeUndefined()
    expect(logger.text('warning')).toMatch(/0\/link\/payload: lies behind a symbolic link/)
    expect(readdirSync(outside)).toEqual([])
  })
})
