/**
 * distribution's filesystem driver rewrites a tag's link file in place (truncate, then write), so a
 * GET that lands in between answers 404 MANIFEST_UNKNOWN for a tag that is there. A tag other writers
 * may be rewriting is read again, twice and a moment apart, before its absence counts: taking a torn
 * read for "nothing there yet" and writing a new document would drop everything the tag held.
 */

/** A truncate-and-write of a few dozen bytes is over well within this. */
const PAUSE_MS = 15

export interface Pauses {
  sleep(ms: number): Promise<void>
  random(): number
}

const TIMERS: Pauses = { sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)), random: Math.random }

/** `read` (undefined: absent), trusted as absent only when two more reads, a moment apart, agree. */
export async function readPastTornWrites<T>(read: () => Promise<T | undefined>, pauses: Pauses = TIMERS): Promise<T | undefined> {
  for (let attempt = 1; ; attempt++) {
    const value = await read()
    if (value !== undefined || attempt >= 3) return value
    await pauses.sleep(PAUSE_MS * (1 + pauses.random()))
  }
}
