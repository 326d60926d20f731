import { describe, expect, test } from '@jest/globals'
import { readPastTornWrites } from '../../src/registry/torn-read.js'

describe('a tag other writers may be rewriting', () => {
  const pauses = (slept: number[]) => ({ sleep: async (ms: number) => void slept.push(ms), random: () => 0.5 })

  test('a 404 between two writes is read past: the tag found on the next read is returned', async () => {
    const answers = [undefined, 'index']
    const slept: number[] = []
    expect(await readPastTornWrites(async () => answers.shift(), pauses(slept))).toBe('index')
    expect(slept).toHaveLength(1)
  })

  test('absent only when three reads agree; present at once costs no pause', async () => {
    let reads = 0
    const slept: number[] = []
    expect(await readPastTornWrites(async () => void reads++, pauses(slept))).toBeUndefined()
    expect({ reads, pauses: slept.length }).toEqual({ reads: 3, pauses: 2 })
    const none: number[] = []
    expect(await readPastTornWrites(async () => 'there', pauses(none))).toBe('there')
    expect(none).toEqual([])
  })
})
