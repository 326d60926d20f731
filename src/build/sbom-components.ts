/**
 * What went into a kernel, per toolchain, as far as the toolchain's own files tell: for Unikraft the
 * libraries enabled in `.config` and declared in the Kraftfile (with versions and checked-out
 * commits), for Nanos the ops config's program and klibs, for Mirage the opam switch's packages, for
 * every project its git commit. Nothing is guessed: what a file does not say is left out.
 */
import { execFile } from 'node:child_process'
import { createHash } from 'node:crypto'
import { lstat, readFile } from 'node:fs/promises'
import { basename, join, resolve } from 'node:path'
import { findExecutable } from '../runtime/files.js'
import { opsHome } from '../toolchains/nanos.js'
import { kraftfileComponents, type DeclaredComponent } from '../toolchains/kraftfile.js'
import { KRAFTFILES, unikraftCoreVersion } from '../toolchains/unikraft.js'
import type { BuildTarget, BuildToolchainName } from '../toolchains/types.js'
import { firstFile, globFiles, isFile, readTextIfPresent } from './files.js'
import { NOASSERTION, vcsLocation, type SbomComponent, type SourceFile } from './sbom.js'
import { gitOutput } from './source.js'

/** Runs a command from its argv; its whole stdout, or undefined when it cannot run or fails. */
export type CommandOutput = (argv: readonly string[], options: { cwd: string; env: NodeJS.ProcessEnv }) => Promise<string | undefined>

export const commandOutput: CommandOutput = (argv, options) =>
  new Promise((done) => {
    const [command, ...args] = argv
    execFile(command, args, { cwd: options.cwd, env: options.env, encoding: 'utf8', maxBuffer: 32 * 1024 * 1024, timeout: 120_000 }, (error, stdout) =>
      done(error ? undefined : stdout)
    )
  })

export interface ComponentContext {
  toolchain: BuildToolchainName
  projectDir: string
  target: BuildTarget
  /** The Kraftfile the build used, when the request named one. */
  kraftfile?: string
  env: NodeJS.ProcessEnv
  /** The project's repository URL and commit, as the image's source annotations have them. */
  source?: { url?: string; revision?: string }
  /** The build ran the user's own command (custom): hash the tracked files of the source tree. */
  hashSources?: boolean
  run?: CommandOutput
}

/** The components of one target's kernel, in a stable order. */
export async function sbomComponents(context: ComponentContext): Promise<SbomComponent[]> {
  const components: SbomComponent[] = []
  if (context.source?.revision) {
    // The user's own command tells nothing of what went in: the tracked files it built from say it.
    const files = context.hashSources ? await sourceTreeFiles(context.projectDir) : undefined
    components.push({
      ...(files ? { files } : {}),
      name: basename(context.projectDir),
      version: context.source.revision,
      downloadLocation: vcsLocation(context.source.url, context.source.revision),
      purpose: 'SOURCE',
      relation: 'source',
      from: 'the project’s git commit'
    })
  }
  const reader = COMPONENT_READERS[context.toolchain]
  if (reader) components.push(...(await reader(context)))
  return components
}

// ------------------------------------------------------------------------------------------- Unikraft

/**
 * Libraries switched on in a Kconfig `.config`: `CONFIG_LIB<NAME>=y`, less the options of another
 * enabled library (`CONFIG_LIBUKDEBUG_PRINTK` belongs to `CONFIG_LIBUKDEBUG`). Names as Unikraft
 * spells them: lower case, `_` → `-` (`LIBPOSIX_PROCESS` → `posix-process`).
 */
export function configLibraries(config: string): string[] {
  const symbols = [...config.matchAll(/^CONFIG_LIB([A-Z0-9_]+)=y\s*$/gm)].map((m) => m[1])
  const enabled = new Set(symbols)
  const isOption = (symbol: string): boolean => symbol.split('_').some((_, i, parts) => i > 0 && enabled.has(parts.slice(0, i).join('_')))
  return [...new Set(symbols.filter((symbol) => !isOption(symbol)).map(libraryKey))].sort()
}

function libraryKey(name: string): string {
  return name.toLowerCase().replaceAll('_', '-')
}

/** The commit of a git checkout that is its own repository (kraft clones each library so), else undefined. */
async function checkoutCommit(dir: string): Promise<string | undefined> {
  const marker = await readFile(join(dir, '.git')).then(
    () => true,
    (error: NodeJS.ErrnoException) => error.code === 'EISDIR'
  )
  if (!marker) return undefined
  const commit = await gitOutput(['rev-parse', 'HEAD'], dir)
  return commit && /^[0-9a-f]{40,64}$/.test(commit) ? commit : undefined
}

function downloadOf(declared: DeclaredComponent | undefined, commit: string | undefined): string {
  if (!declared?.source) return NOASSERTION
  return vcsLocation(declared.source, commit)
}

/**
 * kraft keeps one `.config.<app>_<plat>-<arch>` per target (unikraft/target/target.go ConfigFilename;
 * `kvm` before Unikraft 0.16), make keeps `.config`.
 */
async function unikraftConfig(projectDir: string, target: BuildTarget): Promise<string | undefined> {
  for (const plat of [target.platform, 'kvm']) {
    const matches = await globFiles(`.config.*_${plat}-${target.arch}`, projectDir)
    if (matches.length === 1) return basename(matches[0])
  }
  return (await isFile(join(projectDir, '.config'))) ? '.config' : undefined
}

async function unikraftComponents(context: ComponentContext): Promise<SbomComponent[]> {
  const { projectDir } = context
  const found = context.kraftfile ? undefined : await firstFile(projectDir, KRAFTFILES)
  const kraftfilePath = context.kraftfile ?? (found ? join(projectDir, found) : undefined)
  const kraftfile = kraftfilePath
    ? await kraftfileComponents((await readTextIfPresent(kraftfilePath)) ?? '')
    : { libraries: new Map<string, DeclaredComponent>() }
  const configName = await unikraftConfig(projectDir, context.target)
  const enabled = configName ? configLibraries((await readTextIfPresent(join(projectDir, configName))) ?? '') : []

  const components: SbomComponent[] = []
  const coreCommit = (await checkoutCommit(join(projectDir, '.unikraft', 'unikraft'))) ?? (await checkoutCommit(join(projectDir, 'workdir', 'unikraft')))
  const coreVersion = (await unikraftCoreVersion(projectDir)) ?? kraftfile.core?.version
  if (coreVersion || coreCommit || kraftfile.core) {
    components.push({
      name: 'unikraft',
      ...(coreVersion ? { version: coreVersion } : coreCommit ? { version: coreCommit } : {}),
      downloadLocation: downloadOf(kraftfile.core, coreCommit),
      purpose: 'OPERATING-SYSTEM',
      relation: 'contains',
      from: [
        kraftfile.core ? 'Kraftfile `unikraft`' : undefined,
        coreVersion ? 'version.mk' : undefined,
        coreCommit ? `its git checkout (commit ${coreCommit})` : undefined
      ]
        .filter(Boolean)
        .join(', ')
    })
  }

  const declaredByKey = new Map([...kraftfile.libraries].map(([name, value]) => [libraryKey(name), { name, value }]))
  const names = [...new Set([...enabled, ...declaredByKey.keys()])].sort()
  for (const key of names) {
    const declared = declaredByKey.get(key)
    const name = declared?.name ?? key
    let checkout: string | undefined
    let commit: string | undefined
    // A name is one path component: a Kraftfile cannot point the lookup elsewhere.
    const checkouts = /^[\w.-]+$/.test(name) && !/^\.+$/.test(name) ? [`.unikraft/libs/${name}`, `workdir/libs/${name}`] : []
    for (const dir of checkouts) {
      commit = await checkoutCommit(join(projectDir, dir))
      if (commit) {
        checkout = dir
        break
      }
    }
    // The checked-out commit is what was built; a Kraftfile version (`stable`) names a channel, kept in the comment.
    const version = commit ?? declared?.value.version
    const from = [
      enabled.includes(key) ? (configName ?? '.config') : undefined,
      declared ? `Kraftfile \`libraries\`${declared.value.version ? ` (version ${declared.value.version})` : ''}` : undefined,
      checkout ? `its git checkout ${checkout}` : undefined
    ]
    components.push({
      name: `lib-${name}`,
      ...(version ? { version } : {}),
      downloadLocation: downloadOf(declared?.value, commit),
      purpose: 'LIBRARY',
      relation: 'contains',
      from: from.filter(Boolean).join(', ')
    })
  }
  return components
}

// ---------------------------------------------------------------------------------------------- Nanos

async function nanosComponents(context: ComponentContext): Promise<SbomComponent[]> {
  const text = await readTextIfPresent(join(context.projectDir, 'config.json'))
  let config: Record<string, unknown> = {}
  try {
    const parsed: unknown = JSON.parse(text ?? '{}')
    if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) config = parsed as Record<string, unknown>
  } catch {
    return []
  }
  const components: SbomComponent[] = []
  // The Nanos release ops builds with: the config's NanosVersion, else the one ops' latest.txt names (lepton/const.go).
  const nanosVersion =
    typeof config.NanosVersion === 'string' && config.NanosVersion !== ''
      ? config.NanosVersion
      : (await readTextIfPresent(join(opsHome(context.env), 'latest.txt')))?.trim() || undefined
  components.push({
    name: 'nanos',
    ...(nanosVersion ? { version: nanosVersion } : {}),
    downloadLocation: NOASSERTION,
    purpose: 'OPERATING-SYSTEM',
    relation: 'contains',
    from: nanosVersion ? (config.NanosVersion ? 'config.json `NanosVersion`' : 'ops’ latest.txt') : 'the ops build (version not recorded)'
  })
  if (typeof config.Program === 'string' && config.Program !== '') {
    const program = resolve(context.projectDir, config.Program)
    const checksums = (await isFile(program))
      ? [
          {
            algorithm: 'SHA256' as const,
            checksumValue: createHash('sha256')
              .update(await readFile(program))
              .digest('hex')
          }
        ]
      : []
    components.push({
      name: config.Program,
      downloadLocation: NOASSERTION,
      purpose: 'APPLICATION',
      relation: 'contains',
      ...(checksums.length ? { checksums } : {}),
      from: 'config.json `Program`'
    })
  }
  const klibs = Array.isArray(config.Klibs) ? config.Klibs.filter((k): k is string => typeof k === 'string' && k !== '') : []
  for (const klib of [...new Set(klibs)].sort()) {
    components.push({
      name: `klib-${klib}`,
      ...(nanosVersion ? { version: nanosVersion } : {}),
      downloadLocation: NOASSERTION,
      purpose: 'LIBRARY',
      relation: 'contains',
      from: 'config.json `Klibs` (shipped with the Nanos release)'
    })
  }
  return components
}

// --------------------------------------------------------------------------------------------- Mirage

/**
 * `opam list --installed --columns=name,installed-version`: one `name version` per line after `#`
 * headers. (`opam list --json` writes only opam's command log, not the list: ocaml/opam#5645.)
 */
export function parseOpamList(output: string): { name: string; version: string }[] {
  const packages: { name: string; version: string }[] = []
  for (const line of output.split('\n')) {
    if (line.startsWith('#')) continue
    const [name, version, ...rest] = line.trim().split(/\s+/)
    if (!name || !version || rest.length > 0 || version === '--') continue
    packages.push({ name, version })
  }
  return packages.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
}

async function mirageComponents(context: ComponentContext): Promise<SbomComponent[]> {
  // Without opam there is no switch to list: the SBOM then names the toolchain and the kernel only.
  const opam = findExecutable('opam', context.env.PATH)
  if (!opam) return []
  const output = await (context.run ?? commandOutput)([opam, 'list', '--installed', '--columns=name,installed-version', '--color=never'], {
    cwd: context.projectDir,
    env: context.env
  })
  if (output === undefined) return []
  return parseOpamList(output).map(({ name, version }) => ({
    name,
    version,
    downloadLocation: NOASSERTION,
    purpose: 'LIBRARY' as const,
    relation: 'build-dependency' as const,
    from: 'the opam switch (opam list)'
  }))
}

// --------------------------------------------------------------------------------------------- Hermit

const CRATES_IO_INDEX = 'registry+https://github.com/rust-lang/crates.io-index'

/**
 * The `[[package]]` entries of a Cargo.lock (name, version, source, checksum of the .crate file): the
 * crates the build resolved. A line-based read of the format cargo writes, not a TOML parser.
 */
export function parseCargoLock(text: string): { name: string; version: string; source?: string; checksum?: string }[] {
  const packages: { name: string; version: string; source?: string; checksum?: string }[] = []
  for (const block of text.split(/^\[\[package\]\]\s*$/m).slice(1)) {
    const field = (key: string): string | undefined => new RegExp(`^${key}\\s*=\\s*"([^"]*)"\\s*$`, 'm').exec(block.split(/^\[/m)[0])?.[1]
    const name = field('name')
    const version = field('version')
    if (!name || !version) continue
    const source = field('source')
    const checksum = field('checksum')
    packages.push({ name, version, ...(source ? { source } : {}), ...(checksum ? { checksum } : {}) })
  }
  return packages
}

function crateLocation(name: string, version: string, source: string | undefined): string {
  if (source === CRATES_IO_INDEX) return `https://crates.io/api/v1/crates/${name}/${version}/download`
  // git+https://github.com/o/r?branch=x#<commit> → git+https://github.com/o/r@<commit>
  const git = source && /^git\+([^?#]+)(?:\?[^#]*)?#([0-9a-f]{7,64})$/.exec(source)
  return git ? vcsLocation(git[1], git[2]) : NOASSERTION
}

async function hermitComponents(context: ComponentContext): Promise<SbomComponent[]> {
  const lock = await readTextIfPresent(join(context.projectDir, 'Cargo.lock'))
  if (!lock) return []
  return parseCargoLock(lock).map(({ name, version, source, checksum }) => ({
    name,
    version,
    downloadLocation: crateLocation(name, version, source),
    purpose: 'LIBRARY' as const,
    relation: 'build-dependency' as const,
    ...(checksum && /^[0-9a-f]{64}$/.test(checksum) ? { checksums: [{ algorithm: 'SHA256' as const, checksumValue: checksum }] } : {}),
    from: source ? `Cargo.lock (${source.split('#')[0]})` : 'Cargo.lock (a path dependency)'
  }))
}

/** Per toolchain, what its own files tell of a kernel's contents (custom: only the commit and the files). */
const COMPONENT_READERS: Partial<Record<BuildToolchainName, (context: ComponentContext) => Promise<SbomComponent[]>>> = {
  unikraft: unikraftComponents,
  nanos: nanosComponents,
  mirage: mirageComponents,
  hermit: hermitComponents
}

/** More tracked files than this, and the source tree is described by its commit alone. */
export const SOURCE_FILES_LIMIT = 20_000

/**
 * custom: the project's files git tracks, each hashed as it is in the working tree (what the user's
 * command built from); regular files only (a symlink is its target's business, a deleted file is none).
 * Undefined outside a git work tree, or past SOURCE_FILES_LIMIT files.
 */
export async function sourceTreeFiles(projectDir: string): Promise<SourceFile[] | undefined> {
  const listed = await new Promise<string | undefined>((resolve) => {
    execFile(
      'git',
      ['ls-files', '-z', '--cached', '--', '.'],
      { cwd: projectDir, encoding: 'utf8', maxBuffer: 64 << 20, env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' } },
      (error, stdout) => resolve(error ? undefined : stdout)
    )
  })
  if (listed === undefined) return undefined
  const paths = [...new Set(listed.split('\0').filter(Boolean))].sort()
  if (paths.length > SOURCE_FILES_LIMIT) return undefined
  const files: SourceFile[] = []
  for (const path of paths) {
    const full = join(projectDir, path)
    const info = await lstat(full).catch(() => undefined)
    if (!info?.isFile()) continue
    const content = await readFile(full)
    files.push({ path, sha1: createHash('sha1').update(content).digest('hex'), sha256: createHash('sha256').update(content).digest('hex') })
  }
  return files
}
