import { describe, expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { configLibraries, parseOpamList, sbomComponents, type ComponentContext } from '../../src/build/sbom-components.js'
import { kraftfileComponents } from '../../src/toolchains/kraftfile.js'
import { sbomDocument, sbomKernelSha256, serializeSbom, toolVersionOf, type SbomFacts, type SpdxDocument } from '../../src/build/sbom.js'
import { REPO_ROOT } from '../support/fixtures.js'
import { spdxProblems } from '../support/spdx-schema.js'

const EPOCH = 1700000000

/** sha256sum's answer, not ours. */
function sha256sum(path: string): string {
  return execFileSync('sha256sum', [path]).toString().split(' ')[0]
}

function git(dir: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', '-c', 'commit.gpgsign=false', ...args], {
    cwd: dir,
    env: { ...process.env, GIT_AUTHOR_DATE: '@1700000000 +0000', GIT_COMMITTER_DATE: '@1700000000 +0000' }
  })
    .toString()
    .trim()
}

function gitRepository(dir: string, file = 'README'): string {
  mkdirSync(dir, { recursive: true })
  writeFileSync(join(dir, file), `${dir}\n`)
  git(dir, 'init', '-q')
  git(dir, 'add', '.')
  git(dir, 'commit', '-q', '-m', 'one')
  return git(dir, 'rev-parse', 'HEAD')
}

/** A copy of test/fixtures/projects/<name> with a kernel beside it. */
function project(name: string): { dir: string; kernel: string } {
  const root = mkdtempSync(join(tmpdir(), `sbom-${name}-`))
  const dir = join(root, name)
  cpSync(join(REPO_ROOT, 'test', 'fixtures', 'projects', name), dir, { recursive: true })
  const kernel = join(root, 'kernel')
  writeFileSync(kernel, Buffer.from(`\x7fELF a ${name} kernel`))
  return { dir, kernel }
}

async function documentFor(
  context: Omit<ComponentContext, 'target' | 'env'> & { env?: NodeJS.ProcessEnv },
  facts: Partial<SbomFacts> & { kernel: string }
): Promise<SpdxDocument> {
  const target = { platform: 'qemu' as const, arch: 'x86_64' as const }
  const components = await sbomComponents({ env: { PATH: '/usr/bin:/bin' }, ...context, target })
  return sbomDocument({ name: 'hello', target: 'qemu/x86_64', toolchain: { name: context.toolchain }, epochSeconds: EPOCH, components, ...facts })
}

const byName = (document: SpdxDocument, name: string) => document.packages.find((p) => p.name === name)

/** What the document says relates to the described package, as `TYPE name`. */
function relations(document: SpdxDocument): string[] {
  const nameOf = (id: string) =>
    [...document.packages.map((p) => [p.SPDXID, p.name]), ...document.files.map((f) => [f.SPDXID, f.fileName])].find(([i]) => i === id)?.[1] ?? id
  return document.relationships.map((r) => `${nameOf(r.spdxElementId)} ${r.relationshipType} ${nameOf(r.relatedSpdxElement)}`)
}

describe('SPDX SBOM per toolchain', () => {
  test('custom: the project commit, the kernel and initrd hashed; valid SPDX 2.3; kernel SHA-256 is sha256sum of the kernel', async () => {
    const { dir, kernel } = project('plain')
    const commit = gitRepository(dir)
    const initrd = join(dir, '..', 'initrd')
    writeFileSync(initrd, 'an initrd')
    const document = await documentFor(
      { toolchain: 'custom', projectDir: dir, source: { url: 'https://github.com/acme/plain', revision: commit } },
      { kernel, initrd, source: { url: 'https://github.com/acme/plain', revision: commit } }
    )
    expect(spdxProblems(document)).toEqual([])
    expect(sbomKernelSha256(document)).toBe(sha256sum(kernel))
    expect(document.files).toEqual([
      {
        fileName: './unikernel/kernel',
        SPDXID: 'SPDXRef-File-kernel',
        checksums: [
          { algorithm: 'SHA1', checksumValue: execFileSync('sha1sum', [kernel]).toString().split(' ')[0] },
          { algorithm: 'SHA256', checksumValue: sha256sum(kernel) }
        ]
      },
      expect.objectContaining({
        fileName: './unikernel/initrd',
        checksums: expect.arrayContaining([{ algorithm: 'SHA256', checksumValue: sha256sum(initrd) }])
      })
    ])
    // §7.9: SHA1 over the files' sorted SHA1s, computed here with sha1sum.
    const sha1s = [kernel, initrd].map((f) => execFileSync('sha1sum', [f]).toString().split(' ')[0]).sort()
    expect(byName(document, 'hello')?.packageVerificationCode).toEqual({
      packageVerificationCodeValue: execFileSync('sha1sum', { input: sha1s.join('') })
        .toString()
        .split(' ')[0]
    })
    expect(byName(document, 'plain')).toMatchObject({
      versionInfo: commit,
      downloadLocation: `git+https://github.com/acme/plain@${commit}`,
      primaryPackagePurpose: 'SOURCE'
    })
    // custom asks no tool its version: none is invented.
    expect(byName(document, 'custom')).not.toHaveProperty('versionInfo')
    expect(relations(document)).toEqual([
      'SPDXRef-DOCUMENT DESCRIBES hello',
      'hello CONTAINS ./unikernel/kernel',
      'hello CONTAINS ./unikernel/initrd',
      'custom BUILD_TOOL_OF hello',
      'hello GENERATED_FROM plain'
    ])
    expect(document.creationInfo.created).toBe('2023-11-14T22:13:20Z')
  })

  test('custom: the tracked files of the source tree, hashed as the command found them, listed in the source package', async () => {
    const { dir, kernel } = project('plain')
    mkdirSync(join(dir, 'src'), { recursive: true })
    writeFileSync(join(dir, 'src', 'main.c'), 'int main(void) { return 0; }\n')
    const commit = gitRepository(dir)
    // Changed after the commit: the hash is of what was built; untracked and ignored files are not sources.
    writeFileSync(join(dir, 'src', 'main.c'), 'int main(void) { return 1; }\n')
    writeFileSync(join(dir, 'build.log'), 'untracked\n')
    const source = { url: 'https://github.com/acme/plain', revision: commit }
    const document = await documentFor({ toolchain: 'custom', projectDir: dir, source, hashSources: true }, { kernel, source })
    expect(spdxProblems(document)).toEqual([])
    const tracked = git(dir, 'ls-files').split('\n').sort()
    expect(tracked).toContain('src/main.c')
    const listed = document.files.filter((f) => !f.fileName.startsWith('./unikernel/'))
    expect(listed.map((f) => f.fileName)).toEqual(tracked.map((path) => `./${path}`))
    const main = listed.find((f) => f.fileName === './src/main.c')!
    expect(main.checksums).toContainEqual({ algorithm: 'SHA256', checksumValue: sha256sum(join(dir, 'src', 'main.c')) })
    const plain = byName(document, 'plain')!
    expect(plain.filesAnalyzed).toBe(true)
    const sha1s = tracked
      .map(
        (path) =>
          execFileSync('sha1sum', [join(dir, path)])
            .toString()
            .split(' ')[0]
      )
      .sort()
    expect(plain.packageVerificationCode?.packageVerificationCodeValue).toBe(
      execFileSync('sha1sum', { input: sha1s.join('') })
        .toString()
        .split(' ')[0]
    )
    expect(relations(document).filter((r) => r.startsWith('plain CONTAINS '))).toEqual(tracked.map((path) => `plain CONTAINS ./${path}`))
  })

  test('custom outside git: no source package, still valid', async () => {
    const { dir, kernel } = project('plain')
    const document = await documentFor({ toolchain: 'custom', projectDir: dir }, { kernel })
    expect(spdxProblems(document)).toEqual([])
    expect(document.packages.map((p) => p.name)).toEqual(['hello', 'custom'])
  })

  test('unikraft: libraries from the target .config and the Kraftfile, commits of checked-out libraries, the core version', async () => {
    const { dir, kernel } = project('unikraft')
    writeFileSync(
      join(dir, 'Kraftfile'),
      `${readFileSync(join(dir, 'Kraftfile'), 'utf8')}\nlibraries:\n  musl: stable\n  lwip:\n    version: 2.1.2\n    source: https://github.com/unikraft/lib-lwip.git\n`
    )
    // kraft's per-target .config (unikraft/target/target.go ConfigFilename); another target's must not be read.
    writeFileSync(
      join(dir, '.config.helloworld_qemu-x86_64'),
      [
        'CONFIG_UK_NAME="helloworld"',
        'CONFIG_LIBUKDEBUG=y',
        'CONFIG_LIBUKDEBUG_PRINTK=y',
        'CONFIG_LIBPOSIX_PROCESS=y',
        'CONFIG_LIBMUSL=y',
        '# CONFIG_LIBUKNETDEV is not set',
        ''
      ].join('\n')
    )
    writeFileSync(join(dir, '.config.helloworld_fc-x86_64'), 'CONFIG_LIBVFSCORE=y\n')
    const musl = gitRepository(join(dir, '.unikraft', 'libs', 'musl'))
    mkdirSync(join(dir, '.unikraft', 'unikraft'), { recursive: true })
    writeFileSync(join(dir, '.unikraft', 'unikraft', 'version.mk'), 'UK_VERSION = 0\nUK_SUBVERSION = 18\nUK_EXTRAVERSION = 0\n')

    const document = await documentFor(
      { toolchain: 'unikraft', projectDir: dir },
      { kernel, toolchain: { name: 'unikraft', tool: 'kraft', version: toolVersionOf('kraft 0.9.2 (stand-in) go1.22.5 2024-09-30T00:00:00Z') } }
    )
    expect(spdxProblems(document)).toEqual([])
    expect(byName(document, 'kraft')).toMatchObject({ versionInfo: '0.9.2' })
    expect(byName(document, 'unikraft')).toMatchObject({ versionInfo: '0.18.0', primaryPackagePurpose: 'OPERATING-SYSTEM' })
    expect(document.packages.filter((p) => p.name.startsWith('lib-')).map((p) => [p.name, p.versionInfo, p.downloadLocation])).toEqual([
      ['lib-lwip', '2.1.2', 'git+https://github.com/unikraft/lib-lwip.git'],
      ['lib-musl', musl, 'NOASSERTION'],
      ['lib-posix-process', undefined, 'NOASSERTION'],
      ['lib-ukdebug', undefined, 'NOASSERTION']
    ])
    expect(byName(document, 'lib-musl')?.comment).toBe(
      'From .config.helloworld_qemu-x86_64, Kraftfile `libraries` (version stable), its git checkout .unikraft/libs/musl'
    )
    expect(relations(document)).toContain('hello CONTAINS lib-musl')
  })

  test('unikraft make project: `.config` of the project; a library checkout inside the project repository is not its own commit', async () => {
    const { dir, kernel } = project('unikraft-make')
    gitRepository(dir)
    writeFileSync(join(dir, '.config'), 'CONFIG_LIBNOLIBC=y\nCONFIG_LIBUKALLOC=y\nCONFIG_LIBUKALLOCBBUDDY=y\n')
    mkdirSync(join(dir, 'workdir', 'libs', 'nolibc'), { recursive: true })
    const document = await documentFor({ toolchain: 'unikraft', projectDir: dir }, { kernel })
    expect(spdxProblems(document)).toEqual([])
    expect(document.packages.filter((p) => p.name.startsWith('lib-')).map((p) => [p.name, p.versionInfo])).toEqual([
      ['lib-nolibc', undefined],
      ['lib-ukalloc', undefined],
      ['lib-ukallocbbuddy', undefined]
    ])
  })

  test('unikraft: a Kraftfile library name that is not one path component reads no checkout outside .unikraft/libs', async () => {
    const { dir, kernel } = project('unikraft')
    writeFileSync(join(dir, 'Kraftfile'), `${readFileSync(join(dir, 'Kraftfile'), 'utf8')}\nlibraries:\n  ../evil: 1.0\n`)
    gitRepository(join(dir, '.unikraft', 'evil'))
    const document = await documentFor({ toolchain: 'unikraft', projectDir: dir }, { kernel })
    expect(spdxProblems(document)).toEqual([])
    expect(byName(document, 'lib-../evil')).toMatchObject({ versionInfo: '1.0', comment: 'From Kraftfile `libraries` (version 1.0)' })
  })

  test('nanos: the ops config program (hashed) and klibs, the Nanos release ops uses', async () => {
    const { dir, kernel } = project('nanos')
    const config = JSON.parse(readFileSync(join(dir, 'config.json'), 'utf8'))
    writeFileSync(join(dir, 'config.json'), JSON.stringify({ ...config, Klibs: ['tls', 'ntp'] }))
    const opsHomeDir = mkdtempSync(join(tmpdir(), 'ops-home-'))
    mkdirSync(join(opsHomeDir, '.ops'))
    writeFileSync(join(opsHomeDir, '.ops', 'latest.txt'), '0.1.54\n')
    const document = await documentFor(
      { toolchain: 'nanos', projectDir: dir, env: { OPS_HOME: opsHomeDir } },
      { kernel, toolchain: { name: 'nanos', tool: 'ops', version: '0.0.0-standin' } }
    )
    expect(spdxProblems(document)).toEqual([])
    expect(byName(document, 'hello')).toBeDefined()
    const program = document.packages.filter((p) => p.name === 'hello' && p.primaryPackagePurpose === 'APPLICATION')
    expect(program).toEqual([expect.objectContaining({ checksums: [{ algorithm: 'SHA256', checksumValue: sha256sum(join(dir, 'hello')) }] })])
    expect(document.packages.filter((p) => /^(nanos|klib-)/.test(p.name)).map((p) => [p.name, p.versionInfo])).toEqual([
      ['nanos', '0.1.54'],
      ['klib-ntp', '0.1.54'],
      ['klib-tls', '0.1.54']
    ])
  })

  test('mirage: the opam switch packages when opam is on PATH; without opam, no packages and no error', async () => {
    const { dir, kernel } = project('mirage')
    const without = await documentFor({ toolchain: 'mirage', projectDir: dir, env: { PATH: '/nonexistent' } }, { kernel })
    expect(spdxProblems(without)).toEqual([])
    expect(without.packages.map((p) => p.name)).toEqual(['hello', 'mirage'])

    // opam cannot run here: the command's output is given as opam 2 prints it (columns name, installed-version).
    const bin = mkdtempSync(join(tmpdir(), 'opam-bin-'))
    // Only looked up on PATH, never run: the output below stands for what it prints.
    writeFileSync(join(bin, 'opam'), '')
    chmodSync(join(bin, 'opam'), 0o755)
    const asked: string[][] = []
    const output = '# Packages matching: installed\n# Name     # Installed\nduration   0.2.1\nmirage     4.5.1\nocaml      4.14.2\n'
    const document = await documentFor(
      {
        toolchain: 'mirage',
        projectDir: dir,
        env: { PATH: bin },
        run: async (argv) => {
          asked.push([...argv])
          return output
        }
      },
      { kernel }
    )
    expect(asked).toEqual([[join(bin, 'opam'), 'list', '--installed', '--columns=name,installed-version', '--color=never']])
    expect(spdxProblems(document)).toEqual([])
    expect(document.packages.slice(2).map((p) => [p.name, p.versionInfo])).toEqual([
      ['duration', '0.2.1'],
      ['mirage', '4.5.1'],
      ['ocaml', '4.14.2']
    ])
    expect(relations(document)).toContain('duration BUILD_DEPENDENCY_OF hello')
  })
})

describe('SBOM determinism and identity', () => {
  test('the same facts give the same bytes; another kernel gives another namespace', async () => {
    const { dir, kernel } = project('plain')
    const a = serializeSbom(await documentFor({ toolchain: 'custom', projectDir: dir }, { kernel }))
    const b = serializeSbom(await documentFor({ toolchain: 'custom', projectDir: dir }, { kernel }))
    expect(b).toBe(a)
    writeFileSync(kernel, 'another kernel')
    const c = JSON.parse(serializeSbom(await documentFor({ toolchain: 'custom', projectDir: dir }, { kernel }))) as SpdxDocument
    expect(c.documentNamespace).not.toBe((JSON.parse(a) as SpdxDocument).documentNamespace)
    expect(c.documentNamespace).toMatch(/^https:\/\/spdx\.org\/spdxdocs\/unikernel-actions\/hello-qemu-x86_64-[0-9a-f]{64}$/)
  })

  test('the validity check catches a relationship to a missing element, a bad identifier and a bad created time', async () => {
    const { dir, kernel } = project('plain')
    const document = await documentFor({ toolchain: 'custom', projectDir: dir }, { kernel })
    const broken = structuredClone(document)
    broken.packages = broken.packages.filter((p) => p.name !== 'custom')
    expect(spdxProblems(broken)).toEqual([expect.stringMatching(/^\/relationships\/2: SPDXRef-Toolchain-custom is not an element/)])
    const badId = structuredClone(document) as unknown as { packages: { SPDXID: string }[] }
    badId.packages[0].SPDXID = 'SPDXRef-a b'
    expect(spdxProblems(badId).join('\n')).toMatch(/\/packages\/0\/SPDXID: must match pattern/)
    const unanalyzed = structuredClone(document)
    unanalyzed.packages[0].filesAnalyzed = false
    delete unanalyzed.packages[0].packageVerificationCode
    expect(spdxProblems(unanalyzed)).toEqual(['/relationships/1: SPDXRef-Package-image has filesAnalyzed false but contains a file'])
    const noCode = structuredClone(document)
    delete noCode.packages[0].packageVerificationCode
    expect(spdxProblems(noCode).join('\n')).toMatch(/\/packages\/0: must have required property 'packageVerificationCode'/)
    expect(spdxProblems({ ...document, creationInfo: { ...document.creationInfo, created: '2023-11-14T22:13:20.000Z' } }).join('\n')).toMatch(
      /\/creationInfo\/created: must match pattern/
    )
  })
})

describe('SBOM readers', () => {
  test.each([
    ['CONFIG_LIBUKDEBUG=y\nCONFIG_LIBUKDEBUG_PRINTK=y\n', ['ukdebug']],
    ['CONFIG_LIBPOSIX_PROCESS=y\nCONFIG_LIBPOSIX_PROCESS_PIDS=y\n', ['posix-process']],
    ['CONFIG_LIBUKALLOC=y\nCONFIG_LIBUKALLOCBBUDDY=y\n', ['ukalloc', 'ukallocbbuddy']],
    ['# CONFIG_LIBLWIP is not set\nCONFIG_LIBLWIP_IPV6=n\nCONFIG_LIB=y\n', []]
  ])('enabled libraries of %j', (config, expected) => {
    expect(configLibraries(config)).toEqual(expected)
  })

  test('Kraftfile components: a version string, or a map with version and source; bad YAML is no components', async () => {
    expect(
      await kraftfileComponents('unikraft:\n  version: 0.18.0\nlibraries:\n  musl: stable\n  lwip: { version: "2.1", source: "https://x.test/lwip.git" }\n')
    ).toEqual({
      core: { version: '0.18.0' },
      libraries: new Map([
        ['musl', { version: 'stable' }],
        ['lwip', { version: '2.1', source: 'https://x.test/lwip.git' }]
      ])
    })
    expect(await kraftfileComponents('libraries: [\n')).toEqual({ libraries: new Map() })
  })

  test('opam list output: headers and uninstalled entries skipped', () => {
    expect(parseOpamList('# Name # Installed\nb 1.0\na 2.0\nc --\n\n')).toEqual([
      { name: 'a', version: '2.0' },
      { name: 'b', version: '1.0' }
    ])
  })

  test.each([
    ['kraft 0.9.2 (stand-in) go1.22.5 2024-09-30T00:00:00Z', '0.9.2'],
    ['Ops version: 0.0.0-standin', '0.0.0-standin'],
    ['cargo 1.85.0-nightly (abc 2024-12-01)', '1.85.0-nightly'],
    ['4.5.1', '4.5.1'],
    ['no digits', 'no digits'],
    ['', undefined]
  ])('tool version of %j', (line, version) => {
    expect(toolVersionOf(line)).toBe(version)
  })
})

describe('hermit', () => {
  test('the crates Cargo.lock resolved: crates.io download, git commit, path dependency; checksums from the lock', async () => {
    const { dir, kernel } = project('hermit')
    const sum = 'ab'.repeat(32)
    writeFileSync(
      join(dir, 'Cargo.lock'),
      [
        '# This file is automatically @generated by Cargo.',
        'version = 4',
        '',
        '[[package]]',
        'name = "hermit"',
        'version = "0.10.1"',
        'source = "registry+https://github.com/rust-lang/crates.io-index"',
        `checksum = "${sum}"`,
        'dependencies = [',
        ' "hermit-entry",',
        ']',
        '',
        '[[package]]',
        'name = "hermit-entry"',
        'version = "0.10.3"',
        'source = "git+https://github.com/hermit-os/hermit-entry?branch=main#0123456789abcdef0123456789abcdef01234567"',
        '',
        '[[package]]',
        'name = "hello"',
        'version = "0.1.0"',
        ''
      ].join('\n')
    )
    const document = await documentFor(
      { toolchain: 'hermit', projectDir: dir },
      { kernel, toolchain: { name: 'hermit', tool: 'cargo', version: '1.85.0-nightly' } }
    )
    expect(spdxProblems(document)).toEqual([])
    expect(document.packages.slice(2).map((p) => [p.name, p.versionInfo, p.downloadLocation, p.checksums])).toEqual([
      ['hermit', '0.10.1', 'https://crates.io/api/v1/crates/hermit/0.10.1/download', [{ algorithm: 'SHA256', checksumValue: sum }]],
      ['hermit-entry', '0.10.3', 'git+https://github.com/hermit-os/hermit-entry@0123456789abcdef0123456789abcdef01234567', undefined],
      ['hello', '0.1.0', 'NOASSERTION', undefined]
    ])
    expect(relations(document)).toContain('hermit BUILD_DEPENDENCY_OF hello')
  })
})
