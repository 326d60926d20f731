import { describe, expect, test } from '@jest/globals'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { BoundedCapture, ConsoleWatcher, MATCHED_LINE_CAP, SHOWN_LINE_CAP, splitIncompleteEscape } from '../../src/boot/console.js'

function watcher(expectPatterns: RegExp[], failOn: RegExp[] = [], logLimit?: number) {
  const log = join(mkdtempSync(join(tmpdir(), 'console-')), 'console.log')
  const events = { crashes: [] as string[], met: 0, matched: [] as number[], limits: [] as number[] }
  const w = new ConsoleWatcher(
    expectPatterns,
    failOn,
    log,
    {
      onCrash: (line) => events.crashes.push(line),
      onExpectationsMet: () => events.met++,
      onExpectMatched: (i) => events.matched.push(i)
    },
    logLimit === undefined ? {} : { limit: logLimit, onLimit: (limit) => events.limits.push(limit) }
  )
  return { w, events, log }
}

describe('ConsoleWatcher', () => {
  test('matches expect patterns in order, not out of order', () => {
    const { w, events } = watcher([/second/, /first/])
    w.feed(Buffer.from('first\nsecond\n'))
    expect(events.matched).toEqual([0])
    expect(w.expectationsMet).toBe(false)
    w.feed(Buffer.from('first again\n'))
    expect(events.met).toBe(1)
  })

  test('several patterns can match one line, left to right', () => {
    const { w, events } = watcher([/a+/, /b+/])
    w.feed(Buffer.from('xx aaa bbb\n'))
    expect(events.met).toBe(1)
    const other = watcher([/b+/, /a+/])
    other.w.feed(Buffer.from('xx aaa bbb\n'))
    expect(other.events.met).toBe(0)
  })

  test('a partial line (a prompt without newline) can satisfy an expectation', () => {
    const { w, events } = watcher([/login: $/])
    w.feed(Buffer.from('Welcome\nlogin: '))
    expect(events.met).toBe(1)
  })

  test('a pattern split across chunks still matches once the line is complete', () => {
    const { w, events } = watcher([/Hello from/])
    w.feed(Buffer.from('Hel'))
    w.feed(Buffer.from('lo fr'))
    expect(events.met).toBe(0)
    w.feed(Buffer.from('om the guest\n'))
    expect(events.met).toBe(1)
  })

  test('ANSI colour sequences are stripped before matching and in the log, even when split', () => {
    const { w, events, log } = watcher([/\[INFO\] Welcome/])
    w.feed(Buffer.from('[0][\x1b[3'))
    w.feed(Buffer.from('2mINFO\x1b[0m] Welcome to Hermit\r\n'))
    expect(events.met).toBe(1)
    expect(readFileSync(log, 'utf8')).toBe('[0][INFO] Welcome to Hermit\n')
  })

  test('a C1 CSI sequence (U+009B) is stripped too, and plain text is logged as it came', () => {
    const { w, log } = watcher([])
    w.feed(Buffer.from('plain line\n'))
    w.feed(Buffer.from('\u009b1mbold\u009b0m line\n'))
    expect(readFileSync(log, 'utf8')).toBe('plain line\nbold line\n')
  })

  test('after close the log stays as it was, and matching goes on', () => {
    const { w, events, log } = watcher([/later/])
    w.feed(Buffer.from('before\n'))
    w.close()
    w.feed(Buffer.from('later\n'))
    expect(readFileSync(log, 'utf8')).toBe('before\n')
    expect(events.met).toBe(1)
  })

  test('a fail-on pattern reports a crash once, with the line', () => {
    const { w, events } = watcher([/never/], [/Kernel panic/])
    w.feed(Buffer.from('booting\nKernel panic - not syncing: x\nKernel panic again\n'))
    expect(events.crashes).toEqual(['Kernel panic - not syncing: x'])
  })

  test('a crash on a partial line waits for the rest of the line', () => {
    const { w, events } = watcher([], [/CRIT:/])
    w.feed(Buffer.from('[    0.1] CRIT: asser'))
    expect(events.crashes).toHaveLength(0)
    w.feed(Buffer.from('tion failed\nmore\n'))
    expect(events.crashes).toEqual(['[    0.1] CRIT: assertion failed'])
  })

  test('a crash on a partial line is reported after a short grace when no newline comes', async () => {
    const { w, events } = watcher([], [/CRIT:/])
    w.feed(Buffer.from('CRIT: stuck'))
    await new Promise((r) => setTimeout(r, 400))
    expect(events.crashes).toEqual(['CRIT: stuck'])
  })

  test('flush reports a pending crash at once (the VMM exited)', () => {
    const { w, events } = watcher([], [/CRIT:/])
    w.feed(Buffer.from('CRIT: last words'))
    w.flush()
    expect(events.crashes).toEqual(['CRIT: last words'])
  })

  test('tail keeps the last lines including the partial one', () => {
    const { w } = watcher([])
    w.feed(Buffer.from('1\n2\n3\npartial'))
    expect(w.tail(2)).toEqual(['3', 'partial'])
  })

  test('multi-byte UTF-8 split across chunks is decoded intact', () => {
    const { w, events } = watcher([/🦀/])
    const bytes = Buffer.from('Hello from Hermit! 🦀\n')
    w.feed(bytes.subarray(0, bytes.length - 3))
    w.feed(bytes.subarray(bytes.length - 3))
    expect(events.met).toBe(1)
  })
})

describe('splitIncompleteEscape', () => {
  test.each([
    ['plain', ['plain', '']],
    ['a\x1b[31mb', ['a\x1b[31mb', '']],
    ['a\x1b[3', ['a', '\x1b[3']],
    ['a\x1b', ['a', '\x1b']]
  ])('%j', (text, expected) => {
    expect(splitIncompleteEscape(text)).toEqual(expected)
  })
})

describe('line ends and long lines', () => {
  test('\\n, \\r\\n and a lone \\r each end one line, also when a chunk ends between \\r and \\n', () => {
    const { w } = watcher([])
    for (const chunk of ['one\r\ntwo\rthree\n', 'four\r', '\nfive\r', 'six']) w.feed(Buffer.from(chunk))
    w.flush()
    expect(w.tail(10)).toEqual(['one', 'two', 'three', 'four', 'five', 'six'])
  })

  test('a line that never ends is matched on its last MATCHED_LINE_CAP characters, and shown cut', () => {
    const { w, events } = watcher([/READY/], [/PANIC/])
    const block = Buffer.from('A'.repeat(64 * 1024))
    for (let i = 0; i < 32; i++) w.feed(block)
    w.feed(Buffer.from('READY'))
    expect(events.met).toBe(1)
    w.feed(block)
    w.feed(Buffer.from('PANIC'))
    w.flush()
    expect(events.crashes).toHaveLength(1)
    expect(events.crashes[0].length).toBeLessThanOrEqual(MATCHED_LINE_CAP)
    const [shown] = w.tail(1)
    expect(shown).toMatch(/^\[… \d+ characters cut\] A+PANIC$/)
    expect(shown.length).toBeLessThan(MATCHED_LINE_CAP + 64)
  })
})

describe('bounds', () => {
  test('20 MB of console keep a bounded end in memory: content, tail and lines shown cut', () => {
    const { w } = watcher([/never/])
    const line = `${'x'.repeat(10_000)}\n`
    const block = Buffer.from(line.repeat(100))
    for (let i = 0; i < 20; i++) w.feed(block)
    w.feed(Buffer.from('the end\n'))
    expect(w.content.length).toBeLessThan(201 * (SHOWN_LINE_CAP + 40))
    expect(w.content.endsWith(`${'x'.repeat(SHOWN_LINE_CAP)}\nthe end`)).toBe(true)
    const tail = w.tail(30)
    expect(tail[tail.length - 1]).toBe('the end')
    for (const shown of tail.slice(0, -1)) expect(shown).toBe(`[… ${10_000 - SHOWN_LINE_CAP} characters cut] ${'x'.repeat(SHOWN_LINE_CAP)}`)
  })

  test('a crash is reported with its line cut to what logs show', () => {
    const { w, events } = watcher([], [/PANIC/])
    w.feed(Buffer.from(`${'y'.repeat(50_000)} PANIC here\n`))
    expect(events.crashes).toHaveLength(1)
    expect(events.crashes[0]).toMatch(/^\[… \d+ characters cut\] y+ PANIC here$/)
    expect(events.crashes[0].length).toBeLessThan(SHOWN_LINE_CAP + 64)
  })

  test('the log stops at its limit with a marker, once; matching goes on', () => {
    const { w, events, log } = watcher([/late/], [], 1000)
    w.feed(Buffer.from('é'.repeat(400))) // 800 bytes
    w.feed(Buffer.from('é'.repeat(200))) // crosses 1000 inside a character: cut before it
    w.feed(Buffer.from('more\nlate\n'))
    w.close()
    const written = readFileSync(log)
    expect(written.subarray(0, 1000).toString()).toBe('é'.repeat(500))
    expect(written.subarray(1000).toString()).toBe('\n[… console log cut at log-limit (1000 bytes); the boot went on without logging the rest]\n')
    expect(events.limits).toEqual([1000])
    expect(events.met).toBe(1)
    expect(w.logTruncated).toBe(true)
  })

  test('BoundedCapture keeps the head and the tail of a long stderr, saying how much was cut', () => {
    const capture = new BoundedCapture(10, 20)
    capture.add(Buffer.from('qemu: head line\n'))
    for (let i = 0; i < 1000; i++) capture.add(Buffer.from('noise '))
    capture.add(Buffer.from('\nqemu: last words'))
    // 16 + 6,000 + 17 bytes: the first 10 and the last 20 kept.
    expect(capture.text).toBe('qemu: head\n[… 6003 bytes cut]\nse \nqemu: last words')
  })
})
