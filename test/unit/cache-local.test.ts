import { afterEach, beforeEach, describe, expect, jest, test } from '@jest/globals'
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { cacheVersion, LocalCacheBackend } from '../../src/cache/local-cache.js'
import { MemoryLogger } from '../../src/runtime/logger.js'
import { plantLocalCacheEntry } from '../support/local-cache-entry.js'
import { buildTar, gzip, type TarEntry } from '../support/oci-fixture.js'

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

// What every extraction refuses (`..`, absolute names, escaping links, devices…) is tested against
// this backend and downloads alike in archive-safety.test.ts; these are the cache format's own rules.
describe('the local cache backend refuses archives that do not fit the cached paths', () => {
  test.each<[string, string[], ('directory' | 'file')[], TarEntry[], RegExp]>([
    ['a slot no pattern owns', ['build'], ['directory'], [{ type: 'file', path: '7/escaped', content: 'x' }], /entry `7\/escaped` is not under a cached path/],
    [
      'another entry in the place of a cached file',
      ['build/app.o'],
      ['file'],
      [
        { type: 'file', path: '0/app.o', content: 'x' },
        { type: 'file', path: '0/escaped', content: 'x' }
      ],
      /entry `0\/escaped` is not the cached file/
    ],
    [
      "a symlink from one cached path into another's directory, which restores elsewhere",
      ['build', 'cache'],
      ['directory', 'directory'],
      [
        { type: 'directory', path: '0/' },
        { type: 'directory', path: '1/' },
        { type: 'symlink', path: '0/other', target: '../1' }
      ],
      /symlink `0\/other` → `\.\.\/1` points outside its cached path/
    ]
  ])('%s', async (_name, paths, slots, entries, message) => {
    const cwd = join(work, 'project')
    mkdirSync(cwd)
    plantLocalCacheEntry(root, paths, 'planted', gzip(buildTar(entries)), slots)
    expect(await new LocalCacheBackend(root, logger, { cwd }).restore(paths, 'planted', [])).toBeUndefined()
    expect(logger.text('warning')).toMatch(/is unsafe to extract/)
    expect(logger.text('warning')).toMatch(message)
    expect(readdirSync(cwd)).toEqual([])
  })
})
