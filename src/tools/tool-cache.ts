import { existsSync, readdirSync, writeFileSync } from 'node:fs'
import { cp, mkdir, rm } from 'node:fs/promises'
import { join } from 'node:path'
import * as semver from 'semver'

/**
 * The runner's tool cache: `<root>/<tool>/<version>/<arch>` plus an empty `<arch>.complete` marker,
 * found by exact version or semver range (the newest match).
 */
export interface ToolCacheStore {
  readonly root: string
  /** The cached directory, or '' when nothing matches. */
  find(tool: string, versionSpec: string, arch: string): string
  /** Copies `source` in as `tool` `version` and marks it complete; returns the cached directory. */
  cacheDir(source: string, tool: string, version: string, arch: string): Promise<string>
}

/** @actions/tool-cache itself, for the runner (it reads RUNNER_TOOL_CACHE and speaks workflow commands). */
export class ActionsToolCache implements ToolCacheStore {
  private readonly tc: typeof import('@actions/tool-cache')
  readonly root: string

  constructor(tc: typeof import('@actions/tool-cache'), env: NodeJS.ProcessEnv = process.env) {
    this.tc = tc
    if (!env.RUNNER_TOOL_CACHE) throw new Error('RUNNER_TOOL_CACHE is not set; the runner sets it for every job')
    this.root = env.RUNNER_TOOL_CACHE
  }

  find(tool: string, versionSpec: string, arch: string): string {
    return this.tc.find(tool, versionSpec, arch)
  }

  cacheDir(source: string, tool: string, version: string, arch: string): Promise<string> {
    return this.tc.cacheDir(source, tool, version, arch)
  }
}

/**
 * The same layout and rules as @actions/tool-cache, for the terminal, where that library's
 * `::debug::` workflow commands would land on stdout among the CLI's results.
 */
export class DirectoryToolCache implements ToolCacheStore {
  readonly root: string

  constructor(root: string) {
    this.root = root
  }

  find(tool: string, versionSpec: string, arch: string): string {
    const exact = semver.clean(versionSpec)
    const candidates = exact && semver.valid(exact) ? [exact] : this.versions(tool, arch)
    const version = exact && semver.valid(exact) ? exact : semver.maxSatisfying(candidates, versionSpec)
    if (!version) return ''
    const dir = join(this.root, tool, version, arch)
    return existsSync(dir) && existsSync(`${dir}.complete`) ? dir : ''
  }

  async cacheDir(source: string, tool: string, version: string, arch: string): Promise<string> {
    const dir = join(this.root, tool, semver.clean(version) || version, arch)
    await rm(dir, { recursive: true, force: true })
    await rm(`${dir}.complete`, { force: true })
    await mkdir(dir, { recursive: true })
    await cp(source, dir, { recursive: true, verbatimSymlinks: true })
    writeFileSync(`${dir}.complete`, '')
    return dir
  }

  private versions(tool: string, arch: string): string[] {
    const base = join(this.root, tool)
    if (!existsSync(base)) return []
    return readdirSync(base).filter((v) => semver.valid(semver.clean(v)) && existsSync(join(base, v, arch)) && existsSync(join(base, v, `${arch}.complete`)))
  }
}
