import { afterAll, describe, expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { chmodSync, linkSync, lstatSync, mkdirSync, readFileSync, readlinkSync, readdirSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { writeCpioArchive, encodeHeader } from '../../src/rootfs/cpio.js'
import { writeErofsImage } from '../../src/rootfs/erofs.js'
import { classifyRootfs } from '../../src/rootfs/source.js'
import { readBuildOptions } from '../../src/actions/build.js'
import { buildSummaryMarkdown } from '../../src/build/summary.js'
import type { BuildResult } from '../../src/build/builder.js'
import { Inputs, MapInputs } from '../../src/runtime/inputs.js'
import type { RootfsRequest } from '../../src/toolchains/types.js'
import { requireTool, run } from '../support/fixtures.js'
import { TempDirs } from '../support/temp-dirs.js'

const EPOCH = 1700000000
const temps = new TempDirs()
afterAll(() => temps.removeAll())

interface Item {
  path: string
  kind: 'dir' | 'file' | 'symlink' | 'hardlink' | 'fifo'
  content?: string
  mode?: number
  target?: string
}

/** The same tree whatever the order: files, an executable, nested directories, a UTF-8 name, links, a FIFO. */
const ITEMS: Item[] = [
  { path: 'bin', kind: 'dir', mode: 0o755 },
  { path: 'bin/hello', kind: 'file', content: '#!/bin/sh\necho hello\n', mode: 0o755 },
  { path: 'etc', kind: 'dir', mode: 0o755 },
  { path: 'etc/motd', kind: 'file', content: 'welcome\n', mode: 0o644 },
  { path: 'etc/secret', kind: 'file', content: 'x'.repeat(4099), mode: 0o600 },
  { path: 'etc/empty', kind: 'file', content: '', mode: 0o644 },
  { path: 'etc/été', kind: 'file', content: 'utf-8 name\n', mode: 0o644 },
  { path: 'etc/motd-link', kind: 'symlink', target: 'motd' },
  { path: 'etc/escape', kind: 'symlink', target: '../../../../etc/passwd' },
  { path: 'etc/motd-hard', kind: 'hardlink', target: 'etc/motd' },
  { path: 'var', kind: 'dir', mode: 0o755 },
  { path: 'var/tmp', kind: 'dir', mode: 0o1777 },
  { path: 'var/pipe', kind: 'fifo' }
]

function makeTree(root: string, order: Item[], mtime: number): string {
  mkdirSync(root, { recursive: true })
  for (const item of order) {
    const path = join(root, item.path)
    mkdirSync(join(path, '..'), { recursive: true })
    if (item.kind === 'dir') mkdirSync(path, { recursive: true })
    else if (item.kind === 'file') writeFileSync(path, item.content!)
    else if (item.kind === 'symlink') symlinkSync(item.target!, path)
    else if (item.kind === 'hardlink') {
      const target = join(root, item.target!)
      const spec = ITEMS.find((i) => i.path === item.target)!
      mkdirSync(join(target, '..'), { recursive: true })
      try {
        lstatSync(target)
      } catch {
        writeFileSync(target, spec.content!)
      }
      linkSync(target, path)
    } else execFileSync('mkfifo', [path])
  }
  for (const item of ITEMS) {
    if (item.mode !== undefined) chmodSync(join(root, item.path), item.mode)
    if (item.kind !== 'symlink' && item.kind !== 'fifo') utimesSync(join(root, item.path), mtime, mtime)
  }
  return root
}

/** Two trees with the same content, created in opposite orders, with different mtimes. */
function twoTrees(): [string, string] {
  const base = temps.make('rootfs-trees-')
  const forward = ITEMS.filter((i) => i.kind !== 'hardlink').concat(ITEMS.filter((i) => i.kind === 'hardlink'))
  const a = makeTree(join(base, 'a'), forward, 1_000_000_000)
  const b = makeTree(join(base, 'b'), [...forward].reverse(), 1_600_000_000)
  return [a, b]
}

describe('cpio newc writer', () => {
  test('a header is 110 ASCII bytes, the NUL-terminated name, padded to 4', () => {
    const header = encodeHeader({ ino: 1, mode: 0o100644, nlink: 1, mtime: EPOCH, size: 5, name: 'a' })
    expect(header.length).toBe(112)
    expect(header.subarray(0, 6).toString()).toBe('070701')
    expect(header.subarray(46, 54).toString()).toBe(EPOCH.toString(16).toUpperCase())
    expect(header.subarray(94, 102).toString()).toBe('00000002')
    expect(header.subarray(110)).toEqual(Buffer.from('a\0'))
  })

  test('identical bytes from trees of different creation order and mtimes; owners 0:0 and mtimes SOURCE_DATE_EPOCH in cpio -tv', async () => {
    const [a, b] = twoTrees()
    const out = temps.make('rootfs-cpio-')
    const first = await writeCpioArchive(a, join(out, 'a.cpio'), { epoch: EPOCH })
    const second = await writeCpioArchive(b, join(out, 'b.cpio'), { epoch: EPOCH })
    expect(readFileSync(join(out, 'a.cpio')).equals(readFileSync(join(out, 'b.cpio')))).toBe(true)
    expect(first.entries).toBe(12)
    expect(first.skipped).toEqual([{ path: 'var/pipe', kind: 'FIFO' }])
    expect(second.bytes).toBe(readFileSync(join(out, 'b.cpio')).length)
    expect(first.bytes % 512).toBe(0)
    expect(readdirSync(out).sort()).toEqual(['a.cpio', 'b.cpio'])

    const listing = (await run(requireTool('cpio'), ['-tv', '--numeric-uid-gid', '--quiet', '-F', join(out, 'a.cpio')])).stdout.toString('utf8')
    const lines = listing.trim().split('\n')
    expect(lines.map((line) => line.split(/\s+/).slice(8).join(' '))).toEqual([
      'bin',
      'bin/hello',
      'etc',
      'etc/empty',
      'etc/escape -> ../../../../etc/passwd',
      'etc/motd',
      'etc/motd-hard',
      'etc/motd-link -> motd',
      'etc/secret',
      'etc/été',
      'var',
      'var/tmp'
    ])
    for (const line of lines) expect(line).toMatch(/^\S+ +\d+ 0 +0 +\d+ Nov 14 +2023 /)
    expect(lines[1]).toMatch(/^-rwxr-xr-x /)
    expect(lines[8]).toMatch(/^-rw------- /)
    expect(lines[11]).toMatch(/^drwxrwxrwt /)
  })

  test('cpio -i restores the content, modes and symlink targets; a hard link is a separate copy', async () => {
    const [a] = twoTrees()
    const out = temps.make('rootfs-cpio-i-')
    await writeCpioArchive(a, join(out, 'root.cpio'), { epoch: EPOCH })
    const into = join(out, 'x')
    mkdirSync(into)
    await run('/bin/sh', ['-c', `cd "$1" && cpio -i --quiet --no-absolute-filenames -d -m < "$2"`, 'sh', into, join(out, 'root.cpio')])
    for (const item of ITEMS) {
      const path = join(into, item.path)
      if (item.kind === 'file') {
        expect(readFileSync(path, 'utf8')).toBe(item.content)
        expect(lstatSync(path).mode & 0o7777).toBe(item.mode)
        expect(lstatSync(path).mtimeMs / 1000).toBe(EPOCH)
      }
      if (item.kind === 'symlink') expect(readlinkSync(path)).toBe(item.target)
      if (item.kind === 'hardlink') {
        expect(readFileSync(path, 'utf8')).toBe('welcome\n')
        expect(lstatSync(path).nlink).toBe(1)
      }
      if (item.kind === 'fifo') expect(() => lstatSync(path)).toThrow()
    }
    // The escaping symlink was stored, not followed: no copy of the host's /etc/passwd.
    expect(readFileSync(join(out, 'root.cpio')).includes(readFileSync('/etc/passwd'))).toBe(false)
  })

  test('a failure leaves nothing behind', async () => {
    const out = temps.make('rootfs-cpio-fail-')
    await expect(writeCpioArchive(join(out, 'missing'), join(out, 'root.cpio'), { epoch: EPOCH })).rejects.toThrow(/ENOENT/)
    expect(readdirSync(out)).toEqual([])
  })
})

describe('erofs', () => {
  test('identical bytes from trees of different creation order and mtimes; dump.erofs shows 0:0 and SOURCE_DATE_EPOCH', async () => {
    const mkfs = requireTool('mkfs.erofs')
    const [a, b] = twoTrees()
    const out = temps.make('rootfs-erofs-')
    const first = await writeErofsImage(a, join(out, 'a.erofs'), { epoch: EPOCH, mkfs, env: process.env })
    await writeErofsImage(b, join(out, 'b.erofs'), { epoch: EPOCH, mkfs, env: process.env })
    expect(readFileSync(join(out, 'a.erofs')).equals(readFileSync(join(out, 'b.erofs')))).toBe(true)
    expect(first.skipped).toEqual([{ path: 'var/pipe', kind: 'FIFO' }])
    expect(readdirSync(out).sort()).toEqual(['a.erofs', 'b.erofs'])

    const dump = (path: string) =>
      execFileSync(requireTool('dump.erofs'), [`--path=${path}`, join(out, 'a.erofs')], { env: { ...process.env, TZ: 'UTC' } }).toString('utf8')
    for (const path of ['/bin/hello', '/etc', '/etc/motd-link', '/etc/secret']) {
      expect(dump(path)).toMatch(/Uid: 0 +Gid: 0/)
      expect(dump(path)).toContain('Timestamp: 2023-11-14 22:13:20')
    }
    expect(dump('/etc/secret')).toContain('Access: 0600')
    const stats = execFileSync(requireTool('dump.erofs'), ['-S', join(out, 'a.erofs')]).toString('utf8')
    expect(stats).toMatch(/FIFO file count:\s+0\n/)
    expect(stats).toMatch(/symlink file count:\s+2\n/)

    const into = join(out, 'x')
    execFileSync(requireTool('fsck.erofs'), [`--extract=${into}`, join(out, 'a.erofs')])
    expect(readFileSync(join(into, 'bin/hello'), 'utf8')).toBe('#!/bin/sh\necho hello\n')
    expect(readFileSync(join(into, 'etc/été'), 'utf8')).toBe('utf-8 name\n')
    expect(readlinkSync(join(into, 'etc/escape'))).toBe('../../../../etc/passwd')
  })
})

describe('what a rootfs names', () => {
  const request = (source: string): RootfsRequest => ({ source, format: 'cpio', from: 'rootfs' })

  test('a directory, a directory with a Dockerfile, a Dockerfile, image references', async () => {
    const dir = temps.make('rootfs-classify-')
    mkdirSync(join(dir, 'tree'))
    mkdirSync(join(dir, 'app'))
    writeFileSync(join(dir, 'app', 'Dockerfile'), '# syntax=docker/dockerfile:1\n\nFROM scratch\n')
    writeFileSync(join(dir, 'root.Dockerfile'), 'ARG BASE=scratch\nFROM $BASE\n')
    expect(await classifyRootfs(request('tree'), dir)).toEqual({ kind: 'directory', dir: join(dir, 'tree') })
    expect(await classifyRootfs(request('app'), dir)).toEqual({ kind: 'dockerfile', dockerfile: join(dir, 'app', 'Dockerfile'), context: join(dir, 'app') })
    expect(await classifyRootfs(request(join(dir, 'root.Dockerfile')), '/')).toEqual({
      kind: 'dockerfile',
      dockerfile: join(dir, 'root.Dockerfile'),
      context: dir
    })
    expect(await classifyRootfs(request('ghcr.io/acme/root:1.0'), dir)).toMatchObject({ kind: 'image', ref: { registry: 'ghcr.io', repository: 'acme/root' } })
    expect(await classifyRootfs(request('oci:out/layout:v1'), dir)).toMatchObject({ kind: 'image', ref: { kind: 'layout', dir: 'out/layout', tag: 'v1' } })
  })

  test('a missing path, a file that is not a Dockerfile, an unqualified name: errors naming rootfs', async () => {
    const dir = temps.make('rootfs-classify-bad-')
    writeFileSync(join(dir, 'notes.txt'), 'RUN this is not a Dockerfile\n')
    await expect(classifyRootfs(request('missing'), dir)).rejects.toThrow(/^input `rootfs`: .*missing does not exist, and `missing` is not an image reference/)
    await expect(classifyRootfs(request('notes.txt'), dir)).rejects.toThrow(/^input `rootfs`: .*notes\.txt is a file but not a Dockerfile/)
    await expect(classifyRootfs(request('localhost/Upper'), dir)).rejects.toThrow(/^input `rootfs`: .*repository names are lowercase/)
    await expect(classifyRootfs({ source: 'gone', format: 'cpio', from: 'Kraftfile' }, dir)).rejects.toThrow(/^the Kraftfile's rootfs `gone`: /)
  })

  test('rootfs-format takes cpio and erofs; anything else is an error naming it', () => {
    const options = (extra: Record<string, string>) =>
      readBuildOptions(new Inputs(new MapInputs(new Map(Object.entries({ command: 'true', kernel: 'k', ...extra })))))
    expect(options({ rootfs: 'root' })).toMatchObject({ rootfs: 'root', rootfsFormat: undefined })
    expect(options({ rootfs: 'root', 'rootfs-format': 'erofs' })).toMatchObject({ rootfsFormat: 'erofs' })
    expect(() => options({ rootfs: 'root', 'rootfs-format': 'zip' })).toThrow(/`rootfs-format`.*zip/)
  })
})

describe('the build summary', () => {
  test('notes each root filesystem with its format, entries and size', () => {
    const result = {
      name: 'app',
      toolchain: 'custom',
      uruncType: 'custom',
      targets: [],
      image: 'oci:/l:t',
      digest: 'sha256:0',
      tags: ['t'],
      buildTimeMs: 1,
      cacheHit: false,
      sourceDateEpoch: EPOCH,
      rootfs: [{ file: '/w/rootfs-x86_64.cpio', source: 'Dockerfile', format: 'cpio', via: 'buildah', arch: 'x86_64', entries: 7, bytes: 1024 }]
    } as unknown as BuildResult
    expect(buildSummaryMarkdown(result)).toContain("Root filesystem `Dockerfile` (x86_64): cpio, 7 entries, 1024 bytes, the targets' initrd.")
  })
})
