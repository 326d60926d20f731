import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import { join } from 'node:path'
import type { CacheBackend } from '../cache/types.js'
import { inputError } from '../runtime/errors.js'
import type { Logger } from '../runtime/logger.js'
import type { CommandRunner } from './commands.js'
import { releaseDownloadUrl } from './github-release.js'
import { HttpStatusError, type ToolHttp } from './http.js'
import { downloadBaseFor, type DownloadBases } from './mirrors.js'
import { toolCacheArch } from './platform.js'
import { exactVersion, resolveToolVersion, type GitHubReleases, type ReleaseInfo } from './releases.js'
import type { ToolCacheStore } from './tool-cache.js'
import {
  platformName,
  type DownloadTool,
  type InstalledTool,
  type SystemTool,
  type ToolAsset,
  type ToolName,
  type ToolPlatform,
  type ToolRequest
} from './types.js'
import { checksumFor, parseChecksumFile, verifyDownload, type ExpectedSha256 } from './verify.js'
import { pinnedSha256, type VersionsManifest } from './versions.js'

/** A download the post step saves to the Actions cache (the job succeeded, the directory is still there). */
export interface PendingCacheSave {
  tool: ToolName
  version: string
  key: string
  path: string
}

export interface InstallerDependencies {
  logger: Logger
  http: ToolHttp
  releases: GitHubReleases
  toolCache: ToolCacheStore
  commands: CommandRunner
  /** Puts a directory on PATH for this and later steps. */
  addPath(dir: string): void
  /** The Actions cache when enabled and reachable; asked only on a tool-cache miss (loading it costs). */
  actionsCache(): Promise<CacheBackend | undefined>
  manifest: VersionsManifest
  platform: ToolPlatform
  bases: DownloadBases
  allowUnverified: boolean
  /** Private directory for downloads, extraction and the copies the Actions cache saves. */
  workDir: string
  env: NodeJS.ProcessEnv
  /** An `authorization` header for downloads from this origin (GHES serves the API and the assets). */
  downloadAuth?: { origin: string; header: string }
}

/**
 * The setup-go sequence for one tool: runner tool cache (by range) → resolve the version → Actions
 * cache (by exact version) → download → verify → extract safely → arrange → tool cache → PATH, with
 * one log line per step saying what it found.
 */
export class ToolInstaller {
  readonly pendingSaves: PendingCacheSave[] = []
  private readonly deps: InstallerDependencies

  constructor(deps: InstallerDependencies) {
    this.deps = deps
  }

  async install(request: ToolRequest, adapter: DownloadTool | SystemTool): Promise<InstalledTool> {
    if (adapter.kind === 'system') {
      const result = await adapter.ensure(request.range, this.deps.platform, { logger: this.deps.logger, commands: this.deps.commands, env: this.deps.env })
      return { name: adapter.name, version: result.version, path: result.path, source: result.installed ? 'system-install' : 'system' }
    }
    return this.installDownload(request, adapter)
  }

  private async installDownload(request: ToolRequest, tool: DownloadTool): Promise<InstalledTool> {
    const { logger, platform } = this.deps
    const name = tool.name
    if (!tool.platforms.some((p) => p.os === platform.os && p.arch === platform.arch)) {
      throw inputError('tools', `${name} is not available for ${platformName(platform)}: ${tool.unsupportedHint}`)
    }
    const arch = toolCacheArch(platform.arch)
    const base = downloadBaseFor(tool, this.deps.bases)
    const exact = exactVersion(request.range)

    if (request.range !== 'latest') {
      const found = this.fromToolCache(tool, exact ?? request.range, arch, request)
      if (found) return found
      logger.info(`${name}@${request.range}: not in the tool cache`)
    }

    let version: string
    let release: ReleaseInfo | undefined
    if (exact) {
      version = exact
    } else {
      const resolved = await resolveToolVersion(tool, request.range, this.deps.releases)
      version = resolved.version
      release = resolved.release
      logger.info(`${name}@${request.range}: resolved to ${version} (${resolved.how})`)
      const found = this.fromToolCache(tool, version, arch, request)
      if (found) return found
    }
    const what = `${name} ${version}`

    const keyParts = [name, version, platform.os, platform.arch, ...((await tool.cacheKeyParts?.()) ?? [])]
    const key = `unikernel-actions-setup-${keyParts.join('-')}`
    const staging = join(this.deps.workDir, 'installed', keyParts.join('-'))
    const cache = await this.deps.actionsCache()
    if (cache) {
      await rm(staging, { recursive: true, force: true })
      const matched = await cache.restore([staging], key, [])
      if (matched && tool.binaries.every((b) => existsSync(join(staging, 'bin', b)))) {
        logger.info(`${what}: restored from the Actions cache (key ${key})`)
        return this.finish(tool, version, staging, arch, 'actions-cache')
      }
      logger.info(`${what}: not in the Actions cache (key ${key})`)
    }

    const asset = tool.asset(version, platform, base)
    const pinned = pinnedSha256(this.deps.manifest, name, version, asset.name)
    if (!release && !pinned) release = await this.releaseOf(tool, version)

    const scratch = await mkdtemp(join(await this.ensureDir(join(this.deps.workDir, 'downloads')), `${name}-`))
    try {
      const file = join(scratch, asset.name)
      logger.info(`${what}: downloading ${asset.url}`)
      const downloaded = await this.download(tool, version, asset, file)
      logger.info(`${what}: downloaded ${asset.name} (${downloaded.bytes} bytes)`)

      const { expected, tried } = await this.expectedHashes(tool, version, asset, base, release, pinned)
      // On a mismatch the `finally` below deletes the download.
      const verifiedBy = verifyDownload({
        what,
        file: asset.name,
        actual: downloaded.sha256,
        expected,
        tried,
        allowUnverified: this.deps.allowUnverified,
        logger
      })

      let source = file
      if (asset.format === 'tar.gz') {
        source = join(scratch, 'extracted')
        // tar is loaded only here: a run that finds its tools cached never pays for it.
        const { extractTarSafely, UnsafeArchiveError } = await import('../runtime/safe-extract.js')
        try {
          const entries = await extractTarSafely(file, source, { compression: 'gzip', within: asset.name })
          logger.info(`${what}: extracted ${entries} entries from ${asset.name}`)
        } catch (error) {
          if (error instanceof UnsafeArchiveError)
            throw new Error(`${what}: ${asset.name} is unsafe to extract, nothing was installed: ${error.message}`, { cause: error })
          throw new Error(`${what}: ${asset.name} is not a readable tar.gz archive: ${(error as Error).message}`, { cause: error })
        }
      }

      await rm(staging, { recursive: true, force: true })
      await mkdir(staging, { recursive: true })
      try {
        await tool.arrange({ source, dest: staging, version, platform, logger, commands: this.deps.commands })
        const missing = tool.binaries.filter((b) => !existsSync(join(staging, 'bin', b)))
        if (missing.length) throw new Error(`${what}: ${asset.name} did not provide ${missing.join(', ')}`)
      } catch (error) {
        await rm(staging, { recursive: true, force: true })
        throw error
      }
      const installed = await this.finish(tool, version, staging, arch, 'download', verifiedBy)
      if (cache) this.pendingSaves.push({ tool: name, version, key, path: staging })
      else await rm(staging, { recursive: true, force: true })
      return installed
    } finally {
      await rm(scratch, { recursive: true, force: true })
    }
  }

  private fromToolCache(tool: DownloadTool, versionSpec: string, arch: string, request: ToolRequest): InstalledTool | undefined {
    const dir = this.deps.toolCache.find(tool.name, versionSpec, arch)
    if (!dir) return undefined
    const version = dir.split(/[\\/]/).slice(-2, -1)[0]
    if (!tool.binaries.every((b) => existsSync(join(dir, 'bin', b)))) {
      this.deps.logger.warning(`${tool.name} ${version} in the tool cache (${dir}) lacks ${tool.binaries.join(' or ')}; installing it again`)
      return undefined
    }
    this.deps.logger.info(`${tool.name}@${request.range}: found ${version} in the tool cache (${dir})`)
    return this.putOnPath(tool, version, dir, 'tool-cache')
  }

  private async finish(
    tool: DownloadTool,
    version: string,
    staging: string,
    arch: string,
    source: InstalledTool['source'],
    verifiedBy?: string
  ): Promise<InstalledTool> {
    const dir = await this.deps.toolCache.cacheDir(staging, tool.name, version, arch)
    this.deps.logger.info(`${tool.name} ${version}: cached in the tool cache (${dir})`)
    const installed = this.putOnPath(tool, version, dir, source)
    if (verifiedBy) installed.verifiedBy = verifiedBy
    return installed
  }

  private putOnPath(tool: DownloadTool, version: string, dir: string, source: InstalledTool['source']): InstalledTool {
    const bin = join(dir, 'bin')
    this.deps.addPath(bin)
    this.deps.logger.info(`${tool.name} ${version}: ${tool.binaries.join(', ')} on PATH from ${bin}`)
    return { name: tool.name, version, path: bin, source }
  }

  private async releaseOf(tool: DownloadTool, version: string): Promise<ReleaseInfo | undefined> {
    for (const tag of tool.tags(version)) {
      const release = await this.deps.releases.byTag(tool.releases, tag)
      if (release) return release
    }
    // Not fatal here: the download decides whether the version exists (ops lives outside GitHub).
    this.deps.logger.info(
      `${tool.name} ${version}: no release tagged ${tool.tags(version).join(' or ')} in ${tool.releases.owner}/${tool.releases.repo}, ` +
        'so no checksum or digest from there'
    )
    return undefined
  }

  private async ensureDir(dir: string): Promise<string> {
    await mkdir(dir, { recursive: true })
    return dir
  }

  private authFor(url: string): Record<string, string> {
    const auth = this.deps.downloadAuth
    return auth && new URL(url).origin === auth.origin ? { authorization: auth.header } : {}
  }

  /** 404 means the version has no build for this platform; 403/429 that the host is refusing us. */
  private async download(tool: DownloadTool, version: string, asset: ToolAsset, file: string): Promise<{ sha256: string; bytes: number }> {
    try {
      return await this.deps.http.download(asset.url, file, this.authFor(asset.url))
    } catch (error) {
      if (!(error instanceof HttpStatusError))
        throw new Error(`${tool.name} ${version}: downloading ${asset.url} failed: ${(error as Error).message}`, { cause: error })
      if (error.status === 404) {
        throw inputError(
          'tools',
          `${tool.name} ${version} is not available for ${platformName(this.deps.platform)}: ` +
            `${asset.url} answered 404 (no such version, or no build of it for this platform)`
        )
      }
      if (error.status === 403 || error.status === 429) {
        throw inputError(
          'github-token',
          `${tool.name} ${version}: ${asset.url} answered HTTP ${error.status} (rate limited or refused); pass github-token, or retry later`
        )
      }
      throw new Error(`${tool.name} ${version}: downloading ${asset.url} failed with HTTP ${error.status}`, { cause: error })
    }
  }

  /** Strongest first: the pinned hash, the project's checksum file, the releases API digest. */
  private async expectedHashes(
    tool: DownloadTool,
    version: string,
    asset: ToolAsset,
    base: string,
    release: ReleaseInfo | undefined,
    pinned: string | undefined
  ): Promise<{ expected: ExpectedSha256[]; tried: string[] }> {
    const expected: ExpectedSha256[] = []
    const tried: string[] = []
    if (pinned) expected.push({ sha256: pinned, source: 'the versions manifest (pinned)' })
    else tried.push(`a hash pinned in the versions manifest for ${tool.name} ${version} ${asset.name}`)
    if (pinned && !release) return { expected, tried }

    const rule = tool.checksumFiles?.(asset)
    if (rule && release) {
      const files = release.assets.filter((a) => rule.matches(a.name))
      let found = false
      for (const checksumFile of files) {
        const url = releaseDownloadUrl(base, tool.releases, release.tag, checksumFile.name)
        let body: string
        try {
          body = (await this.deps.http.get(url, this.authFor(url))).body
        } catch (error) {
          throw new Error(
            `${tool.name} ${version}: the release lists the checksum file ${checksumFile.name}, but reading ${url} failed: ${(error as Error).message}`,
            { cause: error }
          )
        }
        const sha256 = checksumFor(parseChecksumFile(body), asset.name)
        if (sha256) {
          expected.push({ sha256, source: `the checksum file ${checksumFile.name}` })
          found = true
          break
        }
      }
      if (!found) tried.push(files.length ? `${rule.describe} (it does not list ${asset.name})` : `${rule.describe} (not published with ${release.tag})`)
    } else if (tool.checksumNote) {
      tried.push(tool.checksumNote)
    }

    const digest = release?.assets.find((a) => a.name === asset.name)?.sha256
    if (digest) expected.push({ sha256: digest, source: 'the releases API digest' })
    else tried.push(release ? `the releases API digest (none for ${asset.name} in ${release.tag})` : 'the releases API digest (no release found)')
    return { expected, tried }
  }
}
