import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { archiveRoot, GITHUB_DOWNLOAD_BASE, installBinary, releaseDownloadUrl, semverTag } from './github-release.js'
import type { ArrangeContext, DownloadTool, ToolAsset, ToolPlatform } from './types.js'

const GO_ARCH = { x86_64: 'amd64', arm64: 'arm64' } as const

/**
 * KraftKit (Unikraft's `kraft`): goreleaser archives `kraft_<ver>_<os>_<arch>.tar.gz` on release
 * `v<ver>` of unikraft/kraftkit, holding `kraft` (and `kraftld` since 2025). The get.kraftkit.sh
 * installer is avoided: it installs through an unauthenticated APT repository and verifies nothing.
 */
export const kraft: DownloadTool = {
  kind: 'download',
  name: 'kraft',
  versionOutput: 'The kraft version installed.',
  releases: { owner: 'unikraft', repo: 'kraftkit' },
  defaultDownloadBase: GITHUB_DOWNLOAD_BASE,
  platforms: [
    { os: 'linux', arch: 'x86_64' },
    { os: 'linux', arch: 'arm64' },
    { os: 'darwin', arch: 'x86_64' },
    { os: 'darwin', arch: 'arm64' }
  ],
  unsupportedHint: 'KraftKit publishes linux and darwin builds for amd64 and arm64',
  binaries: ['kraft'],
  tags: (version) => [`v${version}`],
  versionOfTag: semverTag,
  asset(version: string, platform: ToolPlatform, base: string): ToolAsset {
    const name = `kraft_${version}_${platform.os}_${GO_ARCH[platform.arch]}.tar.gz`
    return { name, url: releaseDownloadUrl(base, this.releases, `v${version}`, name), format: 'tar.gz' }
  },
  // goreleaser's default checksum file is `<project>_<version>_checksums.txt`; the project name is not
  // pinned in kraftkit's configuration, so any `*checksums.txt` of the release is read.
  checksumFiles: () => ({ matches: (file) => /(^|_)checksums\.txt$/.test(file), describe: 'the goreleaser *_checksums.txt' }),
  async arrange({ source, dest }: ArrangeContext): Promise<void> {
    const root = await archiveRoot(source)
    await installBinary(join(root, 'kraft'), dest, 'kraft')
    if (existsSync(join(root, 'kraftld'))) await installBinary(join(root, 'kraftld'), dest, 'kraftld')
  }
}
