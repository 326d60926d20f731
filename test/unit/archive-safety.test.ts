import { afterAll, afterEach, beforeEach, describe, expect, jest, test } from '@jest/globals'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { LocalCacheBackend } from '../../src/cache/local-cache.js'
import { MemoryLogger } from '../../src/runtime/logger.js'
import { extractTarSafely, UnsafeArchiveError } from '../../src/runtime/safe-extract.js'
import { plantLocalCacheEntry } from '../support/local-cache-entry.js'
import { buildTar, gzip, type TarEntry } from '../support/oci-fixture.js'

// One set of rules for every archive we unpack: each malicious archive below is refused by both users
// of runtime/safe-extract — a downloaded release or image layer (extractTarSafely, as the installer
// calls it), and a local cache entry (LocalCacheBackend.restore), whose archives keep each cached path
// under a top-level slot directory `0/`, `1/`, ….

const scratch = mkdtempSync(join(tmpdir(), 'archive-safety-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

/** Where an entry sits: at the root of a download, or inside slot 0 of a cache archive. */
type Place = (path: string) => string
const inDownload: Place = (path) => path
const inCacheSlot: Place = (path) => (path === '.' ? '0' : `0/${path}`)

const base = (at: Place): TarEntry[] => [
  ...(at === inCacheSlot ? [{ type: 'directory' as const, path: '0/' }] : []),
  { type: 'directory', path: at('lib/') },
  { type: 'file', path: at('lib/ok.o'), content: 'object\n' }
]

/** Each case: the bad entries (given where entries sit and a directory outside) and how the refusal names them. */
const maliciousArchives: [string, (at: Place, outside: string) => TarEntry[], RegExp][] = [
  ['a `..` component', (at) => [{ type: 'file', path: at('../evil'), content: 'x' }], /has a '\.\.' path component/],
  ['a `..` deeper down', (at) => [{ type: 'file', path: at('lib/../../evil'), content: 'x' }], /has a '\.\.' path component/],
  ['an absolute path', (_at, outside) => [{ type: 'file', path: `${outside}/evil`, content: 'x' }], /has an absolute path/],
  ['an empty path component', (at) => [{ type: 'file', path: at('lib//evil'), content: 'x' }], /has an empty path component/],
  ['a symlink to an absolute path', (at) => [{ type: 'symlink', path: at('passwd'), target: '/etc/passwd' }], /points to the absolute path `\/etc\/passwd`/],
  ['a symlink up and out', (at) => [{ type: 'symlink', path: at('lib/out'), target: '../..' }], /symlink `(0\/)?lib\/out` → `\.\.\/\.\.` points outside/],
  [
    'a file written through a symlink',
    (at) => [
      { type: 'symlink', path: at('up'), target: '..' },
      { type: 'file', path: at('up/evil'), content: 'x' }
    ],
    /would be written through symlink `(0\/)?up`/
  ],
  [
    'a symlink to an outside directory, and a file through it',
    (at, outside) => [
      { type: 'symlink', path: at('link'), target: outside },
      { type: 'file', path: at('link/evil'), content: 'x' }
    ],
    /would be written through symlink `(0\/)?link`/
  ],
  [
    'a chain of symlinks that leaves only together',
    (at) => [
      { type: 'symlink', path: at('here'), target: '.' },
      { type: 'directory', path: at('sub/') },
      { type: 'symlink', path: at('sub/out'), target: '../here/..' }
    ],
    /symlink `(0\/)?sub\/out` → `\.\.\/here\/\.\.` points outside/
  ],
  [
    'a hard link to a file outside',
    (at) => [{ type: 'hardlink', path: at('shadow'), target: '/etc/shadow' }],
    /entry `(0\/)?shadow` is a hard link|hard link `shadow` → `\/etc\/shadow` points outside/
  ],
  [
    'a character device',
    (at) => [{ type: 'chardev', path: at('mem'), major: 1, minor: 1 }],
    /is a CharacterDevice; only files, directories and links are allowed/
  ],
  ['a block device', (at) => [{ type: 'blockdev', path: at('sda'), major: 8, minor: 0 }], /is a BlockDevice/],
  ['a FIFO', (at) => [{ type: 'fifo', path: at('pipe') }], /is a FIFO/],
  ['a set-user-ID program', (at) => [{ type: 'file', path: at('lib/su'), content: '#!/bin/sh\n', mode: 0o4755 }], /is set-user-ID or set-group-ID/],
  ['a file in place of the extraction directory', (at) => [{ type: 'file', path: at('.'), content: 'x' }], /would replace the extraction directory/]
]

let counter = 0
let outside: string
beforeEach(() => {
  outside = join(scratch, `outside-${++counter}`)
  mkdirSync(outside)
})

/** Nothing escaped: the outside directory is empty, and no `evil` appeared next to the destination. */
function expectNothingOutside(dest: string): void {
  expect(readdirSync(outside)).toEqual([])
  expect(existsSync(join(dest, '..', 'evil'))).toBe(false)
  expect(existsSync(join(scratch, 'evil'))).toBe(false)
}

describe('a downloaded archive (extractTarSafely)', () => {
  function archive(entries: TarEntry[]): string {
    const file = join(scratch, `download-${counter}.tar.gz`)
    writeFileSync(file, gzip(buildTar(entries)))
    return file
  }

  test('the benign part alone extracts', async () => {
    const dest = join(scratch, `download-ok-${counter}`)
    await expect(extractTarSafely(archive(base(inDownload)), dest, { compression: 'gzip' })).resolves.toBe(2)
    expect(readFileSync(join(dest, 'lib', 'ok.o'), 'utf8')).toBe('object\n')
  })

  test.each(maliciousArchives)('%s is refused and nothing is written', async (_name, bad, message) => {
    const dest = join(scratch, `download-dest-${counter}`)
    const error = await extractTarSafely(archive([...base(inDownload), ...bad(inDownload, outside)]), dest, {
      compression: 'gzip',
      within: 'the release'
    }).then(
      () => undefined,
      (e: unknown) => e
    )
    expect(error).toBeInstanceOf(UnsafeArchiveError)
    expect((error as Error).message).toMatch(message)
    expect(existsSync(dest)).toBe(false)
    expectNothingOutside(dest)
  })
})

describe('a local cache entry (LocalCacheBackend.restore)', () => {
  let logger: MemoryLogger
  let root: string
  let cwd: string
  beforeEach(() => {
    logger = new MemoryLogger()
    root = join(scratch, `cache-root-${counter}`)
    cwd = join(scratch, `project-${counter}`)
    mkdirSync(cwd)
    // @actions/glob writes ::debug:: lines to stdout.
    jest.spyOn(process.stdout, 'write').mockImplementation(() => true)
  })
  afterEach(() => {
    jest.restoreAllMocks()
  })

  async function restore(entries: TarEntry[]): Promise<string | undefined> {
    plantLocalCacheEntry(root, ['build'], 'planted', gzip(buildTar(entries)))
    return new LocalCacheBackend(root, logger, { cwd }).restore(['build'], 'planted', [])
  }

  test('the benign part alone restores', async () => {
    expect(await restore(base(inCacheSlot))).toBe('planted')
    expect(readFileSync(join(cwd, 'build', 'lib', 'ok.o'), 'utf8')).toBe('object\n')
  })

  test.each(maliciousArchives)('%s is refused and nothing is restored', async (_name, bad, message) => {
    expect(await restore([...base(inCacheSlot), ...bad(inCacheSlot, outside)])).toBeUndefined()
    expect(logger.text('warning')).toMatch(/^Failed to restore the cache: the archive .*planted\.tgz is unsafe to extract: /)
    expect(logger.text('warning')).toMatch(message)
    expect(existsSync(join(cwd, 'build'))).toBe(false)
    expectNothingOutside(join(cwd, 'build'))
    expect(readdirSync(cwd)).toEqual([])
  })
})

describe('where the formats differ, on top of the shared rules', () => {
  const hardLinkInside = (at: Place): TarEntry[] => [...base(at), { type: 'hardlink', path: at('lib/again.o'), target: at('lib/ok.o') }]

  test('a hard link inside a download is kept: release archives may hold them', async () => {
    const file = join(scratch, 'hardlink-inside.tar.gz')
    writeFileSync(file, gzip(buildTar(hardLinkInside(inDownload))))
    const dest = join(scratch, 'hardlink-inside')
    await extractTarSafely(file, dest, { compression: 'gzip' })
    expect(readFileSync(join(dest, 'lib', 'again.o'), 'utf8')).toBe('object\n')
  })

  test('a cache archive never holds one (saves store files whole), so restore refuses it', async () => {
    const root = join(scratch, 'hardlink-cache')
    const cwd = join(scratch, 'hardlink-project')
    mkdirSync(cwd)
    const logger = new MemoryLogger()
    plantLocalCacheEntry(root, ['build'], 'planted', gzip(buildTar(hardLinkInside(inCacheSlot))))
    jest.spyOn(process.stdout, 'write').mockImplementation(() => true)
    try {
      expect(await new LocalCacheBackend(root, logger, { cwd }).restore(['build'], 'planted', [])).toBeUndefined()
    } finally {
      jest.restoreAllMocks()
    }
    expect(logger.text('warning')).toMatch(/entry `0\/lib\/again\.o` is a hard link, which this archive's format never holds/)
    expect(readdirSync(cwd)).toEqual([])
  })
})
