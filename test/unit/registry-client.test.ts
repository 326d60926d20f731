import { describe, expect, test } from '@jest/globals'
import { nextOffsetFromRange, referrersFallbackTag } from '../../src/registry/client.js'

describe('upload ranges and referrer tags', () => {
  test.each<[string | undefined, number | undefined]>([
    ['0-65535', 65536],
    ['bytes=0-1023', 1024],
    ['0-0', 0],
    ['garbage', undefined],
    [undefined, undefined]
  ])('Range %s → next offset %s', (range, offset) => {
    expect(nextOffsetFromRange(range)).toBe(offset)
  })

  test('the fallback tag of a digest', () => {
    expect(referrersFallbackTag(`sha256:${'ab'.repeat(32)}`)).toBe(`sha256-${'ab'.repeat(32)}`)
  })
})
