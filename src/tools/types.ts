import type { GitHubRepository } from '../github/client.js'
import type { Logger } from '../runtime/logger.js'
import type { Arch } from '../platform.js'
import type { CommandRunner } from './commands.js'

export const TOOL_NAMES = ['kraft', 'ops', 'solo5', 'firecracker', 'uhyve', 'qemu'] as const
export type ToolName = (typeof TOOL_NAMES)[number]

export type ToolOs = 'linux' | 'darwin'

export interface ToolPlatform {
  os: ToolOs
  arch: Arch
}

export function platformName(platform: ToolPlatform): string {
  return `${platform.os}/${platform.arch}`
}

export type { GitHubRepository } from '../github/client.js'

export function repositoryName(repository: GitHubRepository): string {
  return `${repository.owner}/${repository.repo}`
}

/** One file to download for a version on a platform. */
export interface ToolAsset {
  /** The file name as the project publishes it (and as the versions manifest and checksum files name it). */
  name: string
  url: string
  /** `binary`: the download is the executable itself. */
  format: 'tar.gz' | 'binary'
}

/** Names of the project's own checksum files that may cover an asset. */
export interface ChecksumFileRule {
  /** Picks checksum files out of a release's asset names. */
  matches(assetName: string): boolean
  /** A human description for logs and docs (`<asset>.sha256.txt`, goreleaser `*_checksums.txt`). */
  describe: string
}

/** Where `arrange` works: the verified download and the directory that becomes the cached tool. */
export interface ArrangeContext {
  /** The verified download: the archive's extraction directory, or the binary itself. */
  source: string
  /** Empty; the tool goes to `dest/bin/<binary>` (plus anything else the tool needs beside it). */
  dest: string
  version: string
  platform: ToolPlatform
  logger: Logger
  commands: CommandRunner
}

/**
 * A tool installed from release downloads. One file per tool implements this and registers itself in
 * `registry.ts`; the installer does the rest (tool cache, version resolution, Actions cache, download,
 * verification, safe extraction, PATH).
 */
export interface DownloadTool {
  readonly kind: 'download'
  readonly name: ToolName
  /** The description of setup's `<name>-version` output (action.yml is generated from it). */
  readonly versionOutput: string
  /** The repository whose GitHub releases list the versions (downloads may live elsewhere: ops). */
  readonly releases: GitHubRepository
  /** The download base a `mirror` replaces: `https://github.com`, or the tool's own host. */
  readonly defaultDownloadBase: string
  readonly platforms: readonly ToolPlatform[]
  /** Said when this platform is not among `platforms`. */
  readonly unsupportedHint: string
  /** Binaries that must be in `bin/` after arranging; the first is the tool's main binary. */
  readonly binaries: readonly string[]
  /** Release tags to try for a version, the likeliest first. */
  tags(version: string): string[]
  /** The version a release tag names, undefined for tags that are not releases of this tool. */
  versionOfTag(tag: string): string | undefined
  asset(version: string, platform: ToolPlatform, downloadBase: string): ToolAsset
  /** The project's published SHA-256 checksum files, if it publishes any. */
  readonly checksumFiles?: (asset: ToolAsset) => ChecksumFileRule
  /** Says why the project's own checksums cannot be used (ops: MD5 only). */
  readonly checksumNote?: string
  /** Puts the tool into `dest/bin` (renaming, or building from source). */
  arrange(context: ArrangeContext): Promise<void>
  /** Extra Actions-cache key parts for tools whose cached form depends on more than the platform. */
  cacheKeyParts?(): Promise<string[]>
}

export interface SystemToolResult {
  version: string
  /** The directory holding the binary. */
  path: string
  installed: boolean
}

/** A tool that comes from the operating system's packages (QEMU). */
export interface SystemTool {
  readonly kind: 'system'
  readonly name: ToolName
  /** The description of setup's `<name>-version` output (action.yml is generated from it). */
  readonly versionOutput: string
  ensure(range: string, platform: ToolPlatform, context: { logger: Logger; commands: CommandRunner; env: NodeJS.ProcessEnv }): Promise<SystemToolResult>
}

export type ToolAdapter = DownloadTool | SystemTool

/** `NAME[@RANGE]` from the `tools` input, parsed. */
export interface ToolRequest {
  name: ToolName
  /** A semver range, an exact version, or `latest`. */
  range: string
  /** As the user wrote it, for messages. */
  spec: string
}

export type ToolSource = 'tool-cache' | 'actions-cache' | 'download' | 'system' | 'system-install'

export interface InstalledTool {
  name: ToolName
  version: string
  /** The directory put on PATH. */
  path: string
  source: ToolSource
  /** How the download was verified (empty unless it was downloaded). */
  verifiedBy?: string
}
