import { describe, expect, test } from '@jest/globals'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { REPO_ROOT } from '../support/fixtures.js'

/**
 * A stand-in reproduces a real tool that cannot run here, so it must say which one, at which release,
 * after which source files: its second line is `# follows: <owner>/<repo>@<tag> <path>[, <path>…]`.
 * That holds for the scripts in test/fixtures/tools and for the stand-in scripts tests write at run
 * time; every other script a test writes is listed below with the reason it reproduces no tool.
 */
const FOLLOWS = /^# follows: [\w.-]+\/[\w.-]+@[\w.+-]+ [\w./-]+(?:, [\w./-]+)*$/
const TOOLS = join(REPO_ROOT, 'test', 'fixtures', 'tools')

/**
 * Files that write scripts reproducing no tool's behaviour, with how many such scripts each holds
 * (shebangs with no follows: line after them). A header removed from a stand-in, or a new script,
 * changes the count: give it a header, or a reason here.
 */
const NOT_STAND_INS: Record<string, { shebangs: number; why: string }> = {
  'test/support/tool-fixtures.ts': {
    shebangs: 2,
    why:
      'release payloads of the tools setup installs (and the tenders the Solo5 miniature builds): ' +
      'they only print their name and version, which setup never parses'
  },
  'test/support/http-guest.ts': { shebangs: 1, why: "the init script of the test's own Linux guest, not a tool" },
  'test/unit/build-adapters.test.ts': { shebangs: 1, why: 'empty ccache/gcc/cc files the adapter only looks up on PATH, never runs' },
  'test/unit/archive-safety.test.ts': { shebangs: 1, why: 'the content of a set-user-ID archive entry that extraction must refuse; never runs' },
  'test/e2e/boot-firecracker.test.ts': { shebangs: 1, why: 'a wrapper that execs test/fixtures/tools/firecracker, whose own header names what it follows' },
  'test/unit/rootfs.test.ts': { shebangs: 2, why: 'a file of the tree the rootfs writers archive, and its content read back; never runs' },
  'test/e2e/build-rootfs.test.ts': {
    shebangs: 3,
    why:
      "the init script and program of the test's own Linux guest rootfs, and a wrapper that execs test/fixtures/tools/firecracker, " +
      'whose own header names what it follows'
  }
}

/** Executable regular files directly in a directory. */
function executables(dir: string): string[] {
  return readdirSync(dir)
    .map((name) => join(dir, name))
    .filter((path) => statSync(path).isFile() && (statSync(path).mode & 0o111) !== 0)
}

/** Test sources (TypeScript and JavaScript) under test/, but the stand-in directory and this scanner. */
function testSources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return path === TOOLS ? [] : testSources(path)
    return /\.(ts|mts|js|mjs)$/.test(entry.name) && path !== fileURLToPath(import.meta.url) ? [path] : []
  })
}

/**
 * The shebangs written in a source file, each with the line its script starts with next: after an
 * escaped line end (`'#!/bin/sh\n# follows: …'`) or as the next element of an array of lines.
 */
function scriptShebangs(source: string): { shebang: string; nextLine: string | undefined }[] {
  const found: { shebang: string; nextLine: string | undefined }[] = []
  for (const match of source.matchAll(/(['"`])(#!\/[^\s'"`\\]+(?: [\w-]+)?)(\\n|\1,\s*['"`])?/g)) {
    const rest = source.slice(match.index + match[0].length)
    const nextLine = match[3] ? /^[^'"`\\\n]*/.exec(rest)?.[0] : undefined
    found.push({ shebang: match[2], nextLine })
  }
  return found
}

describe('every stand-in names the real tool it follows', () => {
  const scripts = executables(TOOLS)

  test('test/fixtures/tools holds the stand-ins', () => {
    expect(scripts.map((path) => relative(TOOLS, path)).sort()).toEqual(
      expect.arrayContaining(['cargo', 'docker', 'dune', 'firecracker', 'kraft', 'mirage', 'ops'])
    )
  })

  test.each(scripts.map((path) => [relative(REPO_ROOT, path), path]))('%s starts with a shebang and a follows: header', (_name, path) => {
    const [first, second] = readFileSync(path, 'utf8').split('\n')
    expect(first).toMatch(/^#!\//)
    expect(second).toMatch(FOLLOWS)
  })

  const written = testSources(join(REPO_ROOT, 'test')).map((path) => {
    const shebangs = scriptShebangs(readFileSync(path, 'utf8'))
    return { file: relative(REPO_ROOT, path), standIns: shebangs.filter(({ nextLine }) => FOLLOWS.test(nextLine ?? '')).length, without: shebangs.length }
  })
  for (const entry of written) entry.without -= entry.standIns

  test('tests write stand-ins at run time, each with its header', () => {
    expect(written.filter(({ standIns }) => standIns > 0).map(({ file }) => file)).toEqual(
      expect.arrayContaining(['test/e2e/boot-solo5-stand-in.test.ts', 'test/e2e/publish-access.test.ts', 'test/support/tool-fixtures.ts'])
    )
  })

  test('every other script a test writes is listed, with the reason it reproduces no tool', () => {
    const counted = Object.fromEntries(written.filter(({ without }) => without > 0).map(({ file, without }) => [file, without]))
    expect(counted).toEqual(Object.fromEntries(Object.entries(NOT_STAND_INS).map(([file, { shebangs }]) => [file, shebangs])))
  })

  test('the scan reads both ways a test writes a script', () => {
    expect(scriptShebangs("write('#!/bin/sh\\n# follows: a/b@v1 x.c, y/z.h\\necho')")).toEqual([
      { shebang: '#!/bin/sh', nextLine: '# follows: a/b@v1 x.c, y/z.h' }
    ])
    expect(scriptShebangs("[\n  '#!/bin/sh',\n  '# follows: a/b@v1 x.c',\n  'set -e'\n]")).toEqual([
      { shebang: '#!/bin/sh', nextLine: '# follows: a/b@v1 x.c' }
    ])
    expect(scriptShebangs('`#!/usr/bin/env bash\\necho hi`')).toEqual([{ shebang: '#!/usr/bin/env bash', nextLine: 'echo hi' }])
  })
})
