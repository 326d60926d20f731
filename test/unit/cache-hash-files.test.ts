import { afterEach, beforeEach, expect, jest, test } from '@jest/globals'
import { createHash } from 'node:crypto'
import { cpSync, mkdirSync, mkdtempSync, renameSync, rmSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { hashFiles } from '../../src/cache/index.js'

let work: string

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'cache-hash-'))
  // @actions/glob writes ::debug:: lines to stdout.
  jest.spyOn(process.stdout, 'write').mockImplementation(() => true)
})

afterEach(() => {
  jest.restoreAllMocks()
  rmSync(work, { recursive: true, force: true })
})

function project(name: string, files: [string, string][]): string {
  const dir = join(work, name)
  for (const [path, content] of files) {
    mkdirSync(dirname(join(dir, path)), { recursive: true })
    writeFileSync(join(dir, path), content)
  }
  return dir
}

const FILES: [string, string][] = [
  ['Makefile', 'all: kernel\n'],
  ['src/main.c', 'int main(void) { return 0; }\n'],
  ['src/lib/util.c', 'void util(void) {}\n'],
  ['README.md', 'not a key file\n']
]
const PATTERNS = ['Makefile', 'src/**/*.c']

test('the same files give the same hash, whatever the directory, the creation order, the pattern order or the file times', async () => {
  const a = project('a', FILES)
  const b = project('somewhere-else', [...FILES].reverse())
  utimesSync(join(b, 'Makefile'), new Date(0), new Date(0))
  const hash = await hashFiles(PATTERNS, a)
  expect(hash).toMatch(/^[0-9a-f]{64}$/)
  expect(await hashFiles(PATTERNS, b)).toBe(hash)
  expect(await hashFiles([...PATTERNS].reverse(), a)).toBe(hash)
  // A file matched twice counts once; a directory pattern counts its files.
  expect(await hashFiles([...PATTERNS, 'src/main.c'], a)).toBe(hash)
  expect(await hashFiles(['Makefile', 'src', '!src/**/*.h'], a)).toBe(hash)
})

test('a changed byte, a renamed file, an added file or a removed file changes the hash; an unmatched file does not', async () => {
  const dir = project('p', FILES)
  const hash = await hashFiles(PATTERNS, dir)
  writeFileSync(join(dir, 'README.md'), 'edited\n')
  expect(await hashFiles(PATTERNS, dir)).toBe(hash)

  const variants = new Set([hash])
  const edit = (make: (d: string) => void) => {
    const copy = join(work, `variant-${variants.size}`)
    cpSync(dir, copy, { recursive: true })
    make(copy)
    return hashFiles(PATTERNS, copy)
  }
  variants.add(await edit((d) => writeFileSync(join(d, 'src', 'main.c'), 'int main(void) { return 1; }\n')))
  variants.add(await edit((d) => renameSync(join(d, 'src', 'lib', 'util.c'), join(d, 'src', 'lib', 'util2.c'))))
  variants.add(await edit((d) => writeFileSync(join(d, 'src', 'extra.c'), '')))
  variants.add(await edit((d) => rmSync(join(d, 'src', 'lib', 'util.c'))))
  // Moving content between files keeps the bytes but not the hash.
  variants.add(
    await edit(
      (d) => (writeFileSync(join(d, 'src', 'main.c'), 'void util(void) {}\n'), writeFileSync(join(d, 'src', 'lib', 'util.c'), 'int main(void) { return 0; }\n'))
    )
  )
  expect(variants.size).toBe(6)
})

test('no matching file gives the hash of nothing', async () => {
  expect(await hashFiles(['*.nothing'], project('empty', FILES))).toBe(createHash('sha256').digest('hex'))
})
