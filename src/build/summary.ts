import { escapeHtml, table } from '../report/markdown.js'
import { URUNC_RELEASE, uruncRuns } from '../oci/urunc.js'
import type { BuildPlatform } from '../platform.js'
import type { BuildResult } from './builder.js'

/** Which runtimes can start the image: `boot` always; urunc only for the types and monitors its release knows. */
export function runtimesOf(uruncType: string, platform: BuildPlatform): string {
  const urunc = uruncRuns(uruncType, platform)
  return urunc.runs ? `boot; urunc ${URUNC_RELEASE} (containerd)` : `boot; not urunc (${urunc.why})`
}

/** The build step's job summary: what was built, where the image is, and whether the cache helped. */
export function buildSummaryMarkdown(result: BuildResult): string {
  const parts = [
    `### 📦 Built ${escapeHtml(result.name)} with ${result.toolchain}`,
    '',
    table(
      ['target', 'platform', 'manifest', 'kernel', 'runs under'],
      result.targets.map((t) => [
        t.target,
        `${t.platform.os}/${t.platform.architecture}`,
        `\`${t.manifestDigest}\``,
        `\`${escapeHtml(t.kernel)}\``,
        escapeHtml(runtimesOf(result.uruncType, t.descriptor.platform))
      ])
    ),
    '',
    table(
      ['image', 'index digest', 'tags', 'build time', 'cache'],
      [[`\`${escapeHtml(result.image)}\``, `\`${result.digest}\``, result.tags.join(', '), `${result.buildTimeMs} ms`, result.cacheHit ? 'hit' : 'miss']]
    ),
    '',
    `Timestamps come from SOURCE_DATE_EPOCH ${result.sourceDateEpoch}; tags are not in the image: the same commit gives the same digest, ` +
      'whatever it is tagged and whichever event built it.'
  ]
  const sboms = result.targets.filter((t) => t.sbom)
  if (sboms.length > 0) parts.push('', ...sboms.map((t) => `- SBOM ${t.target}: \`${escapeHtml(t.sbom!.path)}\` (SPDX 2.3, ${t.sbom!.packages} packages)`))
  if (result.versionNote) parts.push('', `⚠️ ${escapeHtml(result.versionNote)}.`)
  for (const rootfs of result.rootfs ?? []) {
    parts.push(
      '',
      `Root filesystem \`${escapeHtml(rootfs.source)}\`${rootfs.arch ? ` (${rootfs.arch})` : ''}: ${rootfs.format}, ${rootfs.entries} entries, ` +
        `${rootfs.bytes} bytes, the targets' initrd.`
    )
  }
  return parts.join('\n') + '\n'
}
