import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { availableParallelism } from 'node:os'
import { join } from 'node:path'
import { outputTail } from './commands.js'
import { archiveRoot, GITHUB_DOWNLOAD_BASE, releaseDownloadUrl, semverTag } from './github-release.js'
import type { ArrangeContext, DownloadTool, ToolAsset, ToolPlatform } from './types.js'

/**
 * Solo5 ships source releases only (`solo5-v<ver>.tar.gz` on release `v<ver>`, RELEASE.md), so the
 * tenders are built here the way its opam package does it: `./configure.sh --prefix=… && make &&
 * make install`. solo5-spt needs libseccomp (libseccomp-dev and pkg-config on Debian/Ubuntu). The
 * build is cached like a download, keyed also by the OS release, since the tenders link to its libraries.
 */
export const solo5: DownloadTool = {
  kind: 'download',
  name: 'solo5',
  versionOutput: 'The Solo5 version whose tenders were installed.',
  releases: { owner: 'Solo5', repo: 'solo5' },
  defaultDownloadBase: GITHUB_DOWNLOAD_BASE,
  platforms: [
    { os: 'linux', arch: 'x86_64' },
    { os: 'linux', arch: 'arm64' }
  ],
  unsupportedHint: 'the Solo5 tenders (hvt, spt) build on Linux x86_64 and arm64 here',
  binaries: ['solo5-hvt', 'solo5-spt'],
  tags: (version) => [`v${version}`],
  versionOfTag: semverTag,
  asset(version: string, _platform: ToolPlatform, base: string): ToolAsset {
    const name = `solo5-v${version}.tar.gz`
    return { name, url: releaseDownloadUrl(base, this.releases, `v${version}`, name), format: 'tar.gz' }
  },
  async arrange({ source, dest, version, logger, commands }: ArrangeContext): Promise<void> {
    const tree = await archiveRoot(source)
    if (!existsSync(join(tree, 'configure.sh'))) throw new Error(`solo5-v${version}.tar.gz has no configure.sh: it is not a Solo5 source release`)
    const steps = [
      ['./configure.sh', `--prefix=${dest}`],
      ['make', `-j${availableParallelism()}`],
      ['make', 'install']
    ]
    for (const argv of steps) {
      logger.info(`solo5 ${version}: ${argv.join(' ')}`)
      const result = await commands.run(argv, { cwd: tree })
      logger.debug(outputTail(result, 40))
      if (result.status !== 0) {
        const why = result.spawnError ?? `exit ${result.status}`
        throw new Error(
          `building solo5 ${version} failed at \`${argv.join(' ')}\` (${why}); ` +
            `it needs make, a C compiler, pkg-config and libseccomp-dev. Last output:\n${outputTail(result)}`
        )
      }
    }
    for (const binary of this.binaries) {
      if (!existsSync(join(dest, 'bin', binary))) {
        throw new Error(
          `building solo5 ${version} produced no ${binary}` +
            (binary === 'solo5-spt' ? ' (its configure skips spt without libseccomp: install libseccomp-dev and pkg-config)' : '')
        )
      }
    }
  },
  async cacheKeyParts(): Promise<string[]> {
    const release = await readFile('/etc/os-release', 'utf8').catch(() => '')
    const field = (name: string) => new RegExp(`^${name}="?([^"\\n]*)"?$`, 'm').exec(release)?.[1] ?? ''
    return [`${field('ID') || 'unknown'}${field('VERSION_ID')}`]
  }
}
