import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'

/**
 * The digest of what skopeo reads at `reference` (`docker://…`, `oci:<dir>:<tag>`): the sha256 of the
 * raw manifest bytes it fetched, computed here — an independent check of the digests our actions report.
 * `options` go before the reference (`--tls-verify=false`, `--creds user:password`).
 */
export function skopeoRawDigest(reference: string, options: readonly string[] = []): string {
  const raw = execFileSync('skopeo', ['inspect', '--raw', ...options, reference], { maxBuffer: 64 << 20 })
  return `sha256:${createHash('sha256').update(raw).digest('hex')}`
}
