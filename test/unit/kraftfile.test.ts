import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { MemoryLogger } from '../../src/runtime/logger.js'
import { kraftfileCmdline, kraftfileRootfs, parseKraftfile, readKraftfile } from '../../src/toolchains/kraftfile.js'

const PATH = '/project/Kraftfile'

let scratch: string
beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'kraftfile-'))
})
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true })
})

describe('a Kraftfile, read as kraftkit reads it', () => {
  test('a runtime: Kraftfile of the catalog style', async () => {
    const kraftfile = await parseKraftfile(
      'spec: v0.6\nname: nginx\nruntime: nginx:1.25\nrootfs: ./rootfs\ncmd: ["/usr/bin/nginx", "-c", "/etc/nginx/nginx.conf"]\n',
      PATH
    )
    expect(kraftfile).toMatchObject({
      path: PATH,
      spec: 'v0.6',
      name: 'nginx',
      runtime: 'nginx:1.25',
      rootfs: [{ source: './rootfs', type: 'cpio' }],
      cmd: ['/usr/bin/nginx', '-c', '/etc/nginx/nginx.conf']
    })
    expect(kraftfile.unikraft).toBeUndefined()
    expect(kraftfile.targets).toBeUndefined()
    // kraft pkg writes the command line as the elements joined with spaces.
    expect(kraftfileCmdline(kraftfile)).toBe('/usr/bin/nginx -c /etc/nginx/nginx.conf')
    expect(kraftfileRootfs(kraftfile)).toEqual({ source: '/project/rootfs', type: 'cpio' })
  })

  test('`specification` and a numeric spec', async () => {
    expect((await parseKraftfile('specification: 0.6\n', PATH)).spec).toBe('0.6')
  })

  test('cmd as a string is one element, kept whole', async () => {
    const kraftfile = await parseKraftfile('runtime: base\ncmd: /bin/app --flag value\n', PATH)
    expect(kraftfile.cmd).toEqual(['/bin/app --flag value'])
    expect(kraftfileCmdline(kraftfile)).toBe('/bin/app --flag value')
  })

  test('cmd must be a string or a list of strings', async () => {
    await expect(parseKraftfile('cmd: {a: 1}\n', PATH)).rejects.toThrow(/^input `kraftfile`: \/project\/Kraftfile: `cmd` must be a string or a list of strings/)
  })

  test('rootfs as a {source, type} mapping, and as a list of them', async () => {
    expect((await parseKraftfile('rootfs:\n  source: Dockerfile\n  type: EROFS\n', PATH)).rootfs).toEqual([{ source: 'Dockerfile', type: 'erofs' }])
    const listed = await parseKraftfile('rootfs:\n  - source: /abs/dir\n    type: cpio\n  - ./second\n', PATH)
    expect(listed.rootfs).toEqual([
      { source: '/abs/dir', type: 'cpio' },
      { source: './second', type: 'cpio' }
    ])
    expect(kraftfileRootfs(listed)).toEqual({ source: '/abs/dir', type: 'cpio' })
    await expect(parseKraftfile('rootfs:\n  type: cpio\n', PATH)).rejects.toThrow(/`rootfs` needs a `source` string/)
  })

  test('an image reference as rootfs is not a path', async () => {
    expect(kraftfileRootfs(await parseKraftfile('rootfs: docker.io/library/nginx:latest\n', PATH))?.source).toBe('docker.io/library/nginx:latest')
    expect(kraftfileRootfs(await parseKraftfile('rootfs: nginx:latest\n', PATH))?.source).toBe('nginx:latest')
    expect(kraftfileRootfs(await parseKraftfile('rootfs: Dockerfile\n', PATH))?.source).toBe('/project/Dockerfile')
  })

  test('targets: plat/arch strings and maps, with names and platform aliases', async () => {
    const kraftfile = await parseKraftfile(
      'unikraft: stable\ntargets:\n  - qemu/x86_64\n  - name: fast\n    platform: firecracker\n    architecture: x86_64\n  - plat: kvm\n    arch: arm64\n',
      PATH
    )
    expect(kraftfile.targets).toEqual([
      { platform: 'qemu', arch: 'x86_64' },
      { name: 'fast', platform: 'fc', arch: 'x86_64' },
      { platform: 'qemu', arch: 'arm64' }
    ])
    expect(kraftfile.unikraft).toBe('stable')
    await expect(parseKraftfile('targets:\n  - platform: qemu\n', PATH)).rejects.toThrow(/target 1 needs a platform and an architecture/)
    await expect(parseKraftfile('targets: qemu/x86_64\n', PATH)).rejects.toThrow(/`targets` must be a list/)
  })

  test('unikraft, libraries, env, labels (YAML 1.1, as yaml.v2 reads it), runtime as a mapping', async () => {
    const kraftfile = await parseKraftfile(
      [
        'unikraft:',
        '  version: stable',
        '  kconfig:',
        '    CONFIG_LIBUKDEBUG: "y"',
        'libraries:',
        '  musl: stable',
        '  lwip:',
        '    version: stable',
        'env:',
        '  - PORT=8080',
        '  - EMPTY',
        'labels:',
        '  org.example: yes',
        'runtime:',
        '  source: unikraft.org/base',
        '  version: 0.18',
        'outdir: out',
        'x-custom: 1',
        ''
      ].join('\n'),
      PATH
    )
    expect(kraftfile.unikraft).toEqual({ version: 'stable', kconfig: { CONFIG_LIBUKDEBUG: 'y' } })
    expect(kraftfile.libraries).toEqual({ musl: 'stable', lwip: { version: 'stable' } })
    expect(kraftfile.env).toEqual({ PORT: '8080', EMPTY: '' })
    expect(kraftfile.labels).toEqual({ 'org.example': 'true' })
    expect(kraftfile.runtime).toBe('unikraft.org/base:0.18')
    expect(kraftfile.outdir).toBe('out')
  })

  test('an unknown key is warned about by name; x- extensions are not', async () => {
    const logger = new MemoryLogger()
    await parseKraftfile('spec: v0.6\nruntime: base\nrootfss: ./typo\nx-extension: 1\n', PATH, logger)
    expect(logger.text('warning')).toBe('/project/Kraftfile: unknown Kraftfile key `rootfss` (kraft ignores it)')
  })

  test('bad YAML is an error naming `kraftfile`', async () => {
    await expect(parseKraftfile('name: [unclosed\n', PATH)).rejects.toThrow(/^input `kraftfile`: \/project\/Kraftfile: is not valid YAML: /)
    await expect(parseKraftfile('- a list\n', PATH)).rejects.toThrow(
      /^input `kraftfile`: \/project\/Kraftfile: is not a Kraftfile: its top level must be a mapping/
    )
  })

  test('readKraftfile reads the file; a missing one names `kraftfile`', async () => {
    const path = join(scratch, 'Kraftfile')
    writeFileSync(path, 'spec: v0.6\nruntime: base:latest\nrootfs: ./rootfs\n')
    const kraftfile = await readKraftfile(path)
    expect(kraftfileRootfs(kraftfile)).toEqual({ source: join(scratch, 'rootfs'), type: 'cpio' })
    await expect(readKraftfile(join(scratch, 'none'))).rejects.toThrow(/^input `kraftfile`: cannot read .*none/)
  })
})
