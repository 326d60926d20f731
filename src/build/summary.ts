import { escapeHtml, table } from '../report/markdown.js'
import type { BuildResult } from './builder.js'

/** The build step's job summary: what was built, where the image is, and whether the cache helped. */
export function buildSummaryMarkdown(result: BuildResult): string {
  const parts = [
    `### 📦 Built ${escapeHtml(result.name)} with ${result.toolchain}`,
    '',
    table(
      ['target', 'platform', 'manifest', 'kernel'],
      result.targets.map((t) => [t.target, `${t.platform.os}/${t.platform.architecture}`, `\`${t.manifestDigest}\``, `\`${escapeHtml(t.kernel)}\``])
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
  if (result.versionNote) parts.push('', `⚠️ ${escapeHtml(result.versionNote)}.`)
  return parts.join('\n') + '\n'
}
