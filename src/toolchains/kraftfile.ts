import { readFile } from 'node:fs/promises'
import { dirname, isAbsolute, resolve } from 'node:path'
import { errorMessage, inputError } from '../runtime/errors.js'
import type { Logger } from '../runtime/logger.js'

/**
 * A Kraftfile, as kraftkit reads it: its schema (schema/v0.6.json: spec|specification, name, outdir,
 * template, runtime, rootfs, volumes, env, unikraft, targets, libraries, labels) and what its loader
 * reads beside the schema (unikraft/app/loader.go: cmd, roms, `x-*` extensions). Rootfs is a path, a
 * `{source, type}` mapping (loader.go after kraftkit v0.9.2), or a list of those; it is normalised to a
 * list of `{source, type}` here.
 */
export interface Kraftfile {
  /** The file read (absolute). */
  path: string
  spec?: string
  name?: string
  /** `unikraft:` — the core to build from (a version string, or a map with source/version/kconfig). */
  unikraft?: unknown
  /** `runtime:` — the prebuilt kernel package, as `name[:version]`. */
  runtime?: string
  template?: unknown
  rootfs: KraftfileRootfs[]
  /** `cmd:` as a list; a string is one element, as kraftkit keeps it. */
  cmd?: string[]
  env: Record<string, string>
  labels: Record<string, string>
  outdir?: string
  roms: KraftfileRootfs[]
  volumes?: unknown
  /** `targets:` in order; undefined when the Kraftfile has none (kraft then decides alone). */
  targets?: KraftfileTarget[]
  libraries: Record<string, unknown>
}

export interface KraftfileRootfs {
  source: string
  /** `cpio` unless the Kraftfile says otherwise (lower-cased, as the loader does). */
  type: string
}

export interface KraftfileTarget {
  /** The target's `name:` (kraft's `-t` matches it); undefined when the Kraftfile gives none. */
  name?: string
  /** kraft's platform name: `firecracker` and `kvm` are read as `fc` and `qemu` (machine/platform/platform.go). */
  platform: string
  arch: string
}

const KNOWN_KEYS = new Set([
  'spec',
  'specification',
  'name',
  'outdir',
  'template',
  'runtime',
  'rootfs',
  'roms',
  'volumes',
  'env',
  'unikraft',
  'targets',
  'libraries',
  'labels',
  'cmd'
])

const PLATFORM_ALIASES: Readonly<Record<string, string>> = { firecracker: 'fc', kvm: 'qemu' }

/** Reads and parses a Kraftfile; a ConfigurationError naming `kraftfile` when it cannot be read or is not one. */
export async function readKraftfile(path: string, logger?: Logger): Promise<Kraftfile> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    throw inputError('kraftfile', `cannot read ${path}: ${errorMessage(error)}`)
  }
  return parseKraftfile(text, path, logger)
}

/**
 * Parses Kraftfile text; unknown top-level keys are warned about through `logger`, naming the key. The
 * YAML parser is loaded here, not with the bundle every action starts: only Kraftfile builds need it.
 */
export async function parseKraftfile(text: string, path: string, logger?: Logger): Promise<Kraftfile> {
  const { parseDocument } = await import('yaml')
  const fail = (problem: string) => inputError('kraftfile', `${path}: ${problem}`)
  // kraftkit reads Kraftfiles with gopkg.in/yaml.v2, which is YAML 1.1 (`yes` is a boolean there).
  const document = parseDocument(text, { prettyErrors: false, version: '1.1' })
  if (document.errors.length > 0) throw fail(`is not valid YAML: ${document.errors[0].message}`)
  const root: unknown = document.toJS()
  if (!isMap(root)) throw fail('is not a Kraftfile: its top level must be a mapping')

  for (const key of Object.keys(root)) {
    if (!KNOWN_KEYS.has(key) && !key.startsWith('x-')) logger?.warning(`${path}: unknown Kraftfile key \`${key}\` (kraft ignores it)`)
  }
  const string = (key: string): string | undefined => {
    const value = root[key]
    if (value === undefined || value === null) return undefined
    if (typeof value === 'string' || typeof value === 'number') return String(value)
    throw fail(`\`${key}\` must be a string`)
  }
  const spec = string('specification') ?? string('spec')
  const kraftfile: Kraftfile = {
    path,
    ...(spec !== undefined ? { spec } : {}),
    rootfs: filesystems(root.rootfs, 'rootfs', fail),
    env: stringMap(root.env, 'env', fail),
    labels: stringMap(root.labels, 'labels', fail),
    roms: filesystems(root.roms, 'roms', fail),
    libraries: libraries(root.libraries, fail)
  }
  const name = string('name')
  if (name !== undefined) kraftfile.name = name
  const outdir = string('outdir')
  if (outdir !== undefined) kraftfile.outdir = outdir
  if (root.unikraft !== undefined && root.unikraft !== null) kraftfile.unikraft = root.unikraft
  if (root.template !== undefined && root.template !== null) kraftfile.template = root.template
  if (root.volumes !== undefined && root.volumes !== null) kraftfile.volumes = root.volumes
  const runtime = component(root.runtime, 'runtime', fail)
  if (runtime !== undefined) kraftfile.runtime = runtime
  const cmd = command(root.cmd, fail)
  if (cmd !== undefined) kraftfile.cmd = cmd
  const targets = targetList(root.targets, fail)
  if (targets !== undefined) kraftfile.targets = targets
  return kraftfile
}

/** The command line a Kraftfile's `cmd` gives the kernel: its elements joined with spaces, as kraft pkg writes it. */
export function kraftfileCmdline(kraftfile: Kraftfile): string | undefined {
  return kraftfile.cmd?.join(' ')
}

/**
 * The first rootfs source, a relative path resolved against `workdir`: kraft resolves it against the
 * project directory it builds (initrd.WithWorkdir), which is the Kraftfile's own directory unless the
 * Kraftfile is given apart (-K).
 */
export function kraftfileRootfs(kraftfile: Kraftfile, workdir = dirname(kraftfile.path)): KraftfileRootfs | undefined {
  const first = kraftfile.rootfs[0]
  if (!first) return undefined
  // A source that is no path (an OCI image reference) is kept as written.
  const looksLikePath = isAbsolute(first.source) || first.source.startsWith('.') || !/^[\w.-]+(\.[\w-]+)+(:\d+)?\/|^[\w.-]+:[\w.-]+$/.test(first.source)
  return { ...first, source: looksLikePath ? resolve(workdir, first.source) : first.source }
}

function isMap(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

type Fail = (problem: string) => Error

function filesystems(value: unknown, key: string, fail: Fail): KraftfileRootfs[] {
  if (value === undefined || value === null) return []
  const one = (item: unknown): KraftfileRootfs => {
    if (typeof item === 'string') return { source: item, type: 'cpio' }
    if (isMap(item)) {
      if (typeof item.source !== 'string') throw fail(`\`${key}\` needs a \`source\` string`)
      if (item.type !== undefined && typeof item.type !== 'string') throw fail(`\`${key}\`'s \`type\` must be a string`)
      return { source: item.source, type: typeof item.type === 'string' ? item.type.toLowerCase() : 'cpio' }
    }
    throw fail(`\`${key}\` must be a path, a {source, type} mapping, or a list of them`)
  }
  return Array.isArray(value) ? value.map(one) : [one(value)]
}

function stringMap(value: unknown, key: string, fail: Fail): Record<string, string> {
  if (value === undefined || value === null) return {}
  const scalar = (v: unknown): string => (v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v))
  if (isMap(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, scalar(v)]))
  if (Array.isArray(value)) {
    // The list form of list_or_dict: `KEY=VALUE` items (a bare KEY has an empty value).
    return Object.fromEntries(
      value.map((item) => {
        if (typeof item !== 'string') throw fail(`\`${key}\` items must be KEY=VALUE strings`)
        const eq = item.indexOf('=')
        return eq < 0 ? [item, ''] : [item.slice(0, eq), item.slice(eq + 1)]
      })
    )
  }
  throw fail(`\`${key}\` must be a mapping or a list of KEY=VALUE strings`)
}

function libraries(value: unknown, fail: Fail): Record<string, unknown> {
  if (value === undefined || value === null) return {}
  if (!isMap(value)) throw fail('`libraries` must be a mapping of library names')
  return value
}

/** `runtime:` as `name[:version]`: a string, or a mapping with source (or name) and version. */
function component(value: unknown, key: string, fail: Fail): string | undefined {
  if (value === undefined || value === null) return undefined
  if (typeof value === 'string') return value
  if (isMap(value)) {
    const source = value.source ?? value.name
    if (typeof source !== 'string') throw fail(`\`${key}\` needs a \`source\``)
    return value.version === undefined || value.version === null ? source : `${source}:${String(value.version)}`
  }
  throw fail(`\`${key}\` must be a string or a mapping`)
}

function command(value: unknown, fail: Fail): string[] | undefined {
  if (value === undefined || value === null) return undefined
  if (typeof value === 'string') return [value]
  if (Array.isArray(value) && value.every((item) => typeof item === 'string' || typeof item === 'number')) return value.map(String)
  throw fail('`cmd` must be a string or a list of strings')
}

function targetList(value: unknown, fail: Fail): KraftfileTarget[] | undefined {
  if (value === undefined || value === null) return undefined
  if (!Array.isArray(value)) throw fail('`targets` must be a list')
  return value.map((item, i): KraftfileTarget => {
    let name: string | undefined
    let platform: string | undefined
    let arch: string | undefined
    const platArch = (text: string): void => {
      const [p, a] = text.split('/')
      platform = p
      if (a !== undefined) arch = a
    }
    if (typeof item === 'string') platArch(item)
    else if (isMap(item)) {
      if (typeof item.name === 'string') name = item.name
      const plat = item.platform ?? item.plat
      if (typeof plat === 'string') platArch(plat)
      else if (isMap(plat) && typeof plat.name === 'string') platform = plat.name
      const a = item.architecture ?? item.arch
      if (typeof a === 'string') arch = a
      else if (isMap(a) && typeof a.name === 'string') arch = a.name
    } else throw fail(`target ${i + 1} must be PLAT/ARCH or a mapping`)
    if (!platform || !arch) throw fail(`target ${i + 1} needs a platform and an architecture`)
    return { ...(name !== undefined ? { name } : {}), platform: PLATFORM_ALIASES[platform] ?? platform, arch }
  })
}

export interface DeclaredComponent {
  version?: string
  source?: string
}

/** A Kraftfile component: `name: <version>` or `name: {version, source}` (kraftkit unikraft/component/component.go). */
function declaredComponent(value: unknown): DeclaredComponent {
  if (typeof value === 'string' || typeof value === 'number') {
    const text = String(value)
    return text.includes('://') ? { source: text } : { version: text }
  }
  if (typeof value !== 'object' || value === null) return {}
  const record = value as Record<string, unknown>
  const text = (key: string): string | undefined => (typeof record[key] === 'string' || typeof record[key] === 'number' ? String(record[key]) : undefined)
  return { ...(text('version') ? { version: text('version') } : {}), ...(text('source') ? { source: text('source') } : {}) }
}

/** The `unikraft:` and `libraries:` of a Kraftfile; empty when it is not YAML kraft could read. */
export async function kraftfileComponents(text: string): Promise<{ core?: DeclaredComponent; libraries: Map<string, DeclaredComponent> }> {
  const { parse: parseYaml } = await import('yaml')
  let parsed: unknown
  try {
    // Every scalar as written: `version: 0.10` is the version 0.10, not the number 0.1.
    parsed = parseYaml(text, { schema: 'failsafe' })
  } catch {
    return { libraries: new Map() }
  }
  if (typeof parsed !== 'object' || parsed === null) return { libraries: new Map() }
  const record = parsed as Record<string, unknown>
  const libraries = new Map<string, DeclaredComponent>()
  const declared = record.libraries
  if (typeof declared === 'object' && declared !== null && !Array.isArray(declared)) {
    for (const [name, value] of Object.entries(declared)) libraries.set(name, declaredComponent(value))
  }
  return { ...(record.unikraft !== undefined ? { core: declaredComponent(record.unikraft) } : {}), libraries }
}
