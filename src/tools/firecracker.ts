import { join } from 'node:path'
import { archiveRoot, GITHUB_DOWNLOAD_BASE, installBinary, releaseDownloadUrl, semverTag } from './github-release.js'
import type { ArrangeContext, DownloadTool, ToolAsset, ToolPlatform } from './types.js'

const MACHINE = { x86_64: 'x86_64', arm64: 'aarch64' } as const

/**
 * Firecracker: `firecracker-v<ver>-<machine>.tgz` (x86_64, aarch64) on release `v<ver>`, with
 * `<asset>.sha256.txt` beside it (tools/gh_release.py); the archive holds
 * `release-v<ver>-<machine>/firecracker-v<ver>-<machine>` and `jailer-…`, installed as
 * `firecracker` and `jailer`.
 */
export const firecracker: DownloadTool = {
  kind: 'download',
  name: 'firecracker',
  versionOutput: 'The Firecracker version installed.',
  releases: { owner: 'firecracker-microvm', repo: 'firecracker' },
  defaultDownloadBase: GITHUB_DOWNLOAD_BASE,
  platforms: [
    { os: 'linux', arch: 'x86_64' },
    { os: 'linux', arch: 'arm64' }
  ],
  unsupportedHint: 'Firecracker runs on Linux (x86_64 and aarch64) only',
  binaries: ['firecracker', 'jailer'],
  tags: (version) => [`v${version}`],
  versionOfTag: semverTag,
  asset(version: string, platform: ToolPlatform, base: string): ToolAsset {
    const name = `firecracker-v${version}-${MACHINE[platform.arch]}.tgz`
    return { name, url: releaseDownloadUrl(base, this.releases, `v${version}`, name), format: 'tar.gz' }
  },
  checksumFiles: (asset) => ({ matches: (file) => file === `${asset.name}.sha256.txt`, describe: `${asset.name}.sha256.txt` }),
  async arrange({ source, dest, version, platform }: ArrangeContext): Promise<void> {
    const root = await archiveRoot(source)
    const suffix = `v${version}-${MACHINE[platform.arch]}`
    await installBinary(join(root, `firecracker-${suffix}`), dest, 'firecracker')
    await installBinary(join(root, `jailer-${suffix}`), dest, 'jailer')
  }
}
