import { describe, expect, test } from '@jest/globals'
import { PassThrough } from 'node:stream'
import { ConsoleLogger } from '../../src/runtime/logger.js'

describe('the terminal logger shows progress of long steps', () => {
  test('a step that runs long says it is still going, then how long it took', async () => {
    const stream = new PassThrough()
    let text = ''
    stream.on('data', (d: Buffer) => (text += d.toString()))
    const logger = new ConsoleLogger(stream, false, 100)
    const result = await logger.group('Boot (qemu, tcg)', () => new Promise((resolve) => setTimeout(() => resolve(42), 1250)))
    expect(result).toBe(42)
    expect(text).toMatch(/^── Boot \(qemu, tcg\)\n/)
    expect(text.match(/ {3}… Boot \(qemu, tcg\): \d+ s\n/g)?.length).toBeGreaterThanOrEqual(3)
    expect(text).toMatch(/ {3}Boot \(qemu, tcg\): done in 1\.\d s\n$/)
  })

  test('a quick step prints only its heading, and a failing step still stops its heartbeat', async () => {
    const stream = new PassThrough()
    let text = ''
    stream.on('data', (d: Buffer) => (text += d.toString()))
    const logger = new ConsoleLogger(stream, false, 100)
    await logger.group('Prepare', async () => undefined)
    await expect(logger.group('Fails', async () => Promise.reject(new Error('no')))).rejects.toThrow('no')
    await new Promise((r) => setTimeout(r, 250))
    expect(text).toBe('── Prepare\n── Fails\n')
  })
})
