import { installBinary, semverTag } from './github-release.js'
import type { ArrangeContext, DownloadTool, ToolAsset, ToolPlatform } from './types.js'

const OPS_BUCKET = 'https://storage.googleapis.com/cli'

/**
 * NanoVMs `ops`: a bare binary in Google Cloud Storage, `<bucket>/<os>[/aarch64]/release/<ver>/ops`
 * (nanovms/ops release.sh); versions are listed through the GitHub releases of nanovms/ops. The
 * ops.city/get.sh installer is avoided: it prompts, edits shell profiles and runs apt without sudo.
 * ops publishes only MD5 sums, which do not verify anything: a hash pinned in the versions manifest
 * does, else the download needs allow-unverified.
 */
export const ops: DownloadTool = {
  kind: 'download',
  name: 'ops',
  versionOutput: 'The ops version installed.',
  releases: { owner: 'nanovms', repo: 'ops' },
  defaultDownloadBase: OPS_BUCKET,
  platforms: [
    { os: 'linux', arch: 'x86_64' },
    { os: 'linux', arch: 'arm64' },
    { os: 'darwin', arch: 'x86_64' },
    { os: 'darwin', arch: 'arm64' }
  ],
  unsupportedHint: 'ops publishes linux and darwin builds for x86_64 and arm64',
  binaries: ['ops'],
  // nanovms/ops tags carry no `v` (0.1.43); try both.
  tags: (version) => [version, `v${version}`],
  versionOfTag: semverTag,
  asset(version: string, platform: ToolPlatform, base: string): ToolAsset {
    const arch = platform.arch === 'arm64' ? '/aarch64' : ''
    return {
      name: `ops-${platform.os}${arch ? '-aarch64' : ''}-${version}`,
      url: `${base.replace(/\/+$/, '')}/${platform.os}${arch}/release/${version}/ops`,
      format: 'binary'
    }
  },
  checksumNote: 'ops publishes only MD5 sums (ops-<os>-<version>.md5), and MD5 is not verification',
  async arrange({ source, dest }: ArrangeContext): Promise<void> {
    await installBinary(source, dest, 'ops')
  }
}
