import { table as markdownTable } from '../report/markdown.js'
import type { SignatureRecord } from './sign-image.js'
import type { ImageVerification } from './verify-image.js'

export function signSummaryMarkdown(options: { mode: 'key' | 'keyless'; records: readonly SignatureRecord[]; bundles: readonly string[] }): string {
  const { records, bundles } = options
  const images = new Set(records.map((r) => r.image)).size
  const files = bundles.length ? ` and ${bundles.length} file${bundles.length === 1 ? '' : 's'}` : ''
  const lines = [`### ✍️ Signed ${images} image${images === 1 ? '' : 's'}${files} (${options.mode === 'key' ? 'with a key' : 'keyless'})`, '']
  if (records.length > 0) {
    lines.push(
      markdownTable(
        ['image', 'digest', 'what', 'format', 'stored at'],
        records.map((r) => [r.image, `\`${r.digest.slice(0, 19)}…\``, r.kind, r.format, `\`${r.ref}\``])
      ),
      ''
    )
  }
  for (const bundle of bundles) lines.push(`- \`${bundle}\``)
  return `${lines.join('\n')}\n`
}

export function verifySummaryMarkdown(results: readonly ImageVerification[]): string {
  const failed = results.filter((r) => !r.verified).length
  const heading =
    failed === 0
      ? `### ✅ ${results.length} image${results.length === 1 ? '' : 's'} verified`
      : `### ❌ ${failed} of ${results.length} image${results.length === 1 ? '' : 's'} failed verification`
  const rows = results.map((r) => [r.verified ? '✅' : '❌', r.image, `\`${r.digest.slice(0, 19)}…\``, r.reason])
  return `${heading}\n\n${markdownTable(['', 'image', 'digest', 'result'], rows)}\n`
}
