import { join } from 'node:path'
import { archiveRoot, GITHUB_DOWNLOAD_BASE, installBinary, releaseDownloadUrl, semverTag } from './github-release.js'
import type { ArrangeContext, DownloadTool, ToolAsset, ToolPlatform } from './types.js'

/**
 * uhyve (Hermit's hypervisor): `uhyve-v<ver>-linux-amd64.tar.gz` on release `v<ver>` of
 * hermit-os/uhyve (.github/workflows/release.yml), holding `uhyve-v<ver>-linux-amd64/uhyve`. Linux
 * x86_64 only, and no checksum file: the releases API digest or a pinned hash verifies it.
 */
export const uhyve: DownloadTool = {
  kind: 'download',
  name: 'uhyve',
  versionOutput: 'The uhyve version installed.',
  releases: { owner: 'hermit-os', repo: 'uhyve' },
  defaultDownloadBase: GITHUB_DOWNLOAD_BASE,
  platforms: [{ os: 'linux', arch: 'x86_64' }],
  unsupportedHint: 'uhyve publishes release binaries for linux/x86_64 only (elsewhere: cargo install --locked uhyve)',
  binaries: ['uhyve'],
  tags: (version) => [`v${version}`],
  versionOfTag: semverTag,
  asset(version: string, _platform: ToolPlatform, base: string): ToolAsset {
    const name = `uhyve-v${version}-linux-amd64.tar.gz`
    return { name, url: releaseDownloadUrl(base, this.releases, `v${version}`, name), format: 'tar.gz' }
  },
  async arrange({ source, dest }: ArrangeContext): Promise<void> {
    await installBinary(join(await archiveRoot(source), 'uhyve'), dest, 'uhyve')
  }
}
