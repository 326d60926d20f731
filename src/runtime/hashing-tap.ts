import { createHash } from 'node:crypto'
import { Transform } from 'node:stream'

/** A pass-through stream that hashes (sha256) and counts what flows through it, for verified downloads. */
export function hashingTap(): { stream: Transform; hex(): string; bytes(): number } {
  const hash = createHash('sha256')
  let bytes = 0
  const stream = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk)
      bytes += chunk.length
      done(null, chunk)
    }
  })
  return { stream, hex: () => hash.digest('hex'), bytes: () => bytes }
}
