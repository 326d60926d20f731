/**
 * Tags that several signers update: `sha256-<hex>.sig`/`.att` and the `sha256-<hex>` referrers
 * fallback index are read, merged and written back. A registry without conditional PUT (distribution
 * 2.8, most registries today) keeps whichever write came last, so a signer that read before another
 * one wrote drops that one's signature. Each signer therefore waits, after its write, about as long as
 * a read-merge-write takes (with jitter), reads the tag again and merges again until the registry's
 * answer holds its own entry. A signer whose read-to-write takes longer than another's wait can still
 * drop that one's entry: the remaining window is documented in actions/sign.
 * A read can also miss a tag that is there (registry/torn-read.ts): reads go through readSharedTag.
 */
import { performance } from 'node:perf_hooks'
import { readPastTornWrites } from '../registry/torn-read.js'

export interface SharedTagPolicy {
  /** Writes tried before giving up. */
  attempts: number
  /** The shortest wait between a write and the read that confirms it. */
  minSettleMs: number
  sleep(ms: number): Promise<void>
  random(): number
}

export const REGISTRY_SHARED_TAGS: SharedTagPolicy = {
  attempts: 8,
  minSettleMs: 100,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  random: Math.random
}

/**
 * A write of a shared tag the registry refused for a moment (another signer's identical blob upload
 * was rewriting the link it checks). Not retried as it is: the merge it carries is from a read that
 * grows older with every wait, so the update starts over from a fresh read.
 */
export class SharedTagRace extends Error {}

/** Reads a shared tag; absent only when reads a moment later agree (see registry/torn-read.ts). */
export function readSharedTag<T>(policy: SharedTagPolicy | undefined, read: () => Promise<T | undefined>): Promise<T | undefined> {
  return policy ? readPastTornWrites(read, policy) : read()
}

/**
 * Runs `update` (read the tag, merge ours in, write; nothing when it already holds ours) until `holds`
 * confirms, after a settle wait, that the tag still holds our entry. Without a policy (a layout, one
 * writer), once and unconfirmed.
 */
export async function updateSharedTag(
  what: string,
  policy: SharedTagPolicy | undefined,
  update: () => Promise<void>,
  holds: () => Promise<boolean>
): Promise<void> {
  if (!policy) return update()
  for (let attempt = 1; attempt <= policy.attempts; attempt++) {
    const started = performance.now()
    try {
      await update()
    } catch (error) {
      if (!(error instanceof SharedTagRace)) throw error
      await policy.sleep(policy.minSettleMs * (1 + policy.random()))
      continue
    }
    // Another signer's read-to-write takes about as long as ours: a write of theirs that started
    // before ours landed has landed by the end of this wait.
    const took = performance.now() - started
    await policy.sleep(Math.max(policy.minSettleMs, took) * (1 + policy.random()))
    if (await holds()) return
  }
  throw new Error(
    `${what}: other signers replaced the tag ${policy.attempts} times in a row without this signature (the registry has no conditional writes); ` +
      'sign one image from one job at a time'
  )
}
