import { createHash, timingSafeEqual } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { inputError } from '../runtime/errors.js'
import type { Logger } from '../runtime/logger.js'

/** A SHA-256 the download must have, and where it came from (for the log and for errors). */
export interface ExpectedSha256 {
  sha256: string
  source: string
}

/** The download does not have the published hash: never installed, whatever the other inputs say. */
export class ChecksumMismatchError extends Error {
  override readonly name = 'ChecksumMismatchError'
}

const SHA256_LINE = /^([0-9a-fA-F]{64})(?:\s+\*?(.+?))?\s*$/

/**
 * `sha256sum` output (`<hex>  <name>`, `<hex> *<name>` in binary mode, goreleaser's checksums.txt) →
 * file name → hex. Names are reduced to their last path component; a bare hash (a one-file `.sha256`)
 * is keyed by ''.
 */
export function parseChecksumFile(text: string): Map<string, string> {
  const hashes = new Map<string, string>()
  for (const line of text.split(/\r?\n/)) {
    const match = SHA256_LINE.exec(line.trim())
    if (!match) continue
    const name = (match[2] ?? '').split('/').pop() ?? ''
    hashes.set(name, match[1].toLowerCase())
  }
  return hashes
}

/** The hash a checksum file gives for `assetName`; a file with one bare hash covers the one asset it names. */
export function checksumFor(hashes: ReadonlyMap<string, string>, assetName: string): string | undefined {
  return hashes.get(assetName) ?? (hashes.size === 1 ? hashes.get('') : undefined)
}

export async function sha256File(path: string): Promise<string> {
  const hash = createHash('sha256')
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer)
  return hash.digest('hex')
}

function same(a: string, b: string): boolean {
  const x = Buffer.from(a.toLowerCase(), 'hex')
  const y = Buffer.from(b.toLowerCase(), 'hex')
  return x.length === 32 && y.length === 32 && timingSafeEqual(x, y)
}

export interface VerificationRequest {
  /** `kraft 0.9.4`, for messages. */
  what: string
  file: string
  actual: string
  /** Strongest first: the pinned hash, the project's checksum file, the releases API digest. */
  expected: readonly ExpectedSha256[]
  /** Sources looked at that had nothing to offer, for the error when nothing could verify. */
  tried: readonly string[]
  allowUnverified: boolean
  logger: Logger
}

/**
 * Every available hash must match (the strongest is the one reported); with none available the
 * download is refused unless `allow-unverified`. Returns how it was verified, for the summary.
 */
export function verifyDownload(request: VerificationRequest): string {
  const { what, file, actual, expected, logger } = request
  for (const { sha256, source } of expected) {
    if (!same(sha256, actual)) {
      throw new ChecksumMismatchError(
        `${what}: ${file} has SHA-256 ${actual}, but ${source} says ${sha256.toLowerCase()}; the download was deleted and nothing was installed`
      )
    }
  }
  if (expected.length > 0) {
    const [strongest, ...others] = expected
    logger.info(`${what}: SHA-256 ${actual} verified against ${strongest.source}${others.length ? ` (and ${others.map((o) => o.source).join(', ')})` : ''}`)
    return strongest.source
  }
  const tried = request.tried.length ? ` (looked for: ${request.tried.join('; ')})` : ''
  if (!request.allowUnverified) {
    throw inputError(
      'allow-unverified',
      `${what}: there is no SHA-256 to verify ${file} against${tried}; ` +
        'pin it in the versions manifest (scripts/update-versions.mjs), or set allow-unverified: true to install it unverified'
    )
  }
  logger.warning(`${what}: installing ${file} UNVERIFIED (SHA-256 ${actual}): no published checksum to compare with${tried}, and allow-unverified is true`, {
    title: 'Unverified download'
  })
  return 'nothing (allow-unverified)'
}
