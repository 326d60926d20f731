import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as tc from '@actions/tool-cache'
import { checkTarEntries, extractTarSafely } from '../../src/runtime/safe-extract.js'
import { ActionsToolCache, DirectoryToolCache } from '../../src/tools/tool-cache.js'
import { changeEnvironment } from '../support/environment.js'
import type { TarEntry } from '../support/oci-fixture.js'
import { fakeExecutable, tarGz } from '../support/tool-fixtures.js'

const scratch = mkdtempSync(join(tmpdir(), 'tools-extract-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

let counter = 0
function archive(entries: TarEntry[]): string {
  const file = join(scratch, `archive-${++counter}.tar.gz`)
  writeFileSync(file, tarGz(entries))
  return file
}

const good: TarEntry[] = [
  { type: 'directory', path: 'tool-1.0/' },
  { type: 'file', path: 'tool-1.0/tool', content: fakeExecutable('tool', '1.0'), mode: 0o755 },
  { type: 'symlink', path: 'tool-1.0/tool-alias', target: 'tool' },
  { type: 'directory', path: 'tool-1.0/share/' },
  { type: 'symlink', path: 'tool-1.0/share/up', target: '../tool' }
]

describe('safe extraction of downloaded archives', () => {
  test('a well-formed archive extracts with modes kept and links inside', async () => {
    const dest = join(scratch, 'good')
    expect(await extractTarSafely(archive(good), dest, { compression: 'gzip' })).toBe(5)
    expect(statSync(join(dest, 'tool-1.0', 'tool')).mode & 0o777).toBe(0o755)
    expect(readFileSync(join(dest, 'tool-1.0', 'share', 'up'), 'utf8')).toBe(fakeExecutable('tool', '1.0'))
  })

  // Malicious archives, refused here and by the local cache alike: archive-safety.test.ts.

  test('whiteouts are refused only when asked (OCI layers), and problems are capped at five', async () => {
    const whiteout = archive([...good, { type: 'file', path: 'tool-1.0/.wh.old', content: '' }])
    await expect(checkTarEntries(whiteout)).resolves.toBe(6)
    await expect(checkTarEntries(whiteout, { rejectWhiteouts: true, within: 'the image' })).rejects.toThrow(/entry `tool-1\.0\/\.wh\.old` is a whiteout/)
    const many = archive(Array.from({ length: 7 }, (_, i): TarEntry => ({ type: 'file', path: `../e${i}`, content: 'x' })))
    await expect(checkTarEntries(many)).rejects.toThrow(/`\.\.\/e4` has a '\.\.' path component; and 2 more$/)
  })

  test('something that is not a tar archive is an error, not a crash', async () => {
    const file = join(scratch, 'garbage.tar.gz')
    writeFileSync(file, 'this is not gzip')
    await expect(checkTarEntries(file, { compression: 'gzip' })).rejects.toThrow()
  })
})

describe('the tool cache layout', () => {
  const root = join(scratch, 'tool-cache')
  let restoreEnv: () => void
  beforeAll(() => {
    mkdirSync(root, { recursive: true })
    // @actions/tool-cache reads RUNNER_TOOL_CACHE from the environment.
    restoreEnv = changeEnvironment({ RUNNER_TOOL_CACHE: root })
  })
  afterAll(() => restoreEnv())

  function toolDir(version: string): string {
    const dir = join(scratch, `src-${version}`)
    mkdirSync(join(dir, 'bin'), { recursive: true })
    writeFileSync(join(dir, 'bin', 'kraft'), fakeExecutable('kraft', version), { mode: 0o755 })
    return dir
  }

  test("the terminal's directory cache and @actions/tool-cache read each other's entries", async () => {
    const ours = new DirectoryToolCache(root)
    const theirs = new ActionsToolCache(tc, { RUNNER_TOOL_CACHE: root })
    const a = await ours.cacheDir(toolDir('0.9.3'), 'kraft', '0.9.3', 'x64')
    const b = await theirs.cacheDir(toolDir('0.9.4'), 'kraft', '0.9.4', 'x64')
    expect(a).toBe(join(root, 'kraft', '0.9.3', 'x64'))
    expect(b).toBe(join(root, 'kraft', '0.9.4', 'x64'))
    for (const version of ['0.9.3', '0.9.4']) expect(readdirSync(join(root, 'kraft', version)).sort()).toEqual(['x64', 'x64.complete'])
    for (const cache of [ours, theirs]) {
      expect(cache.find('kraft', '0.9', 'x64')).toBe(b)
      expect(cache.find('kraft', '0.9.3', 'x64')).toBe(a)
      expect(cache.find('kraft', 'v0.9.3', 'x64')).toBe(a)
      expect(cache.find('kraft', '^1', 'x64')).toBe('')
      expect(cache.find('kraft', '0.9', 'arm64')).toBe('')
    }
  })

  test('an entry without its .complete marker is not found', async () => {
    const ours = new DirectoryToolCache(root)
    await ours.cacheDir(toolDir('1.0.0'), 'uhyve', '1.0.0', 'x64')
    rmSync(join(root, 'uhyve', '1.0.0', 'x64.complete'))
    expect(ours.find('uhyve', '1.0.0', 'x64')).toBe('')
    expect(ours.find('uhyve', '1', 'x64')).toBe('')
    expect(tc.find('uhyve', '1', 'x64')).toBe('')
  })

  test('the runner tool cache needs RUNNER_TOOL_CACHE', () => {
    expect(() => new ActionsToolCache(tc, {})).toThrow(/RUNNER_TOOL_CACHE is not set/)
  })
})
