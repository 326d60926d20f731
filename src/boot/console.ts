import { closeSync, openSync, writeSync } from 'node:fs'
import { StringDecoder } from 'node:string_decoder'

const CRASH_LINE_GRACE_MS = 200

/**
 * The longest stretch of one line that `expect` and `fail-on` patterns are matched against: its last
 * 64 KiB. A line is rescanned as it grows, so without a bound a console that never ends a line costs
 * time quadratic in its length; with it, matching is linear in the output.
 */
export const MATCHED_LINE_CAP = 64 * 1024

/**
 * The longest stretch of one line kept for the logs, the step summary and the error annotation: its
 * last 2,000 characters, after a marker saying how many were cut. The summary shows 30 lines and
 * GitHub refuses one over 1 MiB.
 */
export const SHOWN_LINE_CAP = 2000

/** Lines kept for `tail`. */
const RECENT_LINES = 200

export interface ConsoleLogOptions {
  /** Bytes of console the log file takes; then a marker, and the rest is matched but not logged. */
  limit: number
  /** The log just reached its limit. */
  onLimit?(limit: number): void
}

export interface ConsoleEvents {
  /** A fail-on pattern matched: the verdict is `crashed`. The line is as logs show it (cut to SHOWN_LINE_CAP). */
  onCrash(line: string, pattern: RegExp): void
  /** The last `expect` pattern matched. */
  onExpectationsMet(): void
  /** An expect pattern matched (for the timeline). */
  onExpectMatched?(index: number, line: string): void
}

/**
 * Follows the serial console: strips ANSI sequences, keeps the log file (stripped), matches the
 * `expect` patterns in order and the `fail-on` patterns on every line — including a partial last
 * line, so a prompt without a newline still counts and a crash is caught the moment it is printed.
 */
export class ConsoleWatcher {
  private readonly decoder = new StringDecoder('utf8')
  private pendingEscape = ''
  /** A `\r` that ended a chunk: a line end, unless the next chunk starts with `\n` (one `\r\n`). */
  private pendingCr = false
  private currentLine = ''
  /** Characters cut from the head of `currentLine` to keep it within MATCHED_LINE_CAP. */
  private cutFromLine = 0
  /** Where in `currentLine` the next expect pattern may start (patterns match in order). */
  private expectOffset = 0
  private expectIndex = 0
  private crashed = false
  /** A crash matched on a partial line: reported when the line completes, or after a short grace. */
  private pendingCrash?: { pattern: RegExp; timer: NodeJS.Timeout }
  private readonly recent: string[] = []
  private logFd?: number
  private logged = 0
  private readonly log: ConsoleLogOptions

  constructor(
    private readonly expect: readonly RegExp[],
    private readonly failOn: readonly RegExp[],
    logPath: string,
    private readonly events: ConsoleEvents,
    log: Partial<ConsoleLogOptions> = {}
  ) {
    this.log = { limit: Infinity, ...log }
    this.logFd = openSync(logPath, 'w')
  }

  get expectationsMet(): boolean {
    return this.expectIndex >= this.expect.length
  }

  get matchedExpectations(): number {
    return this.expectIndex
  }

  /**
   * The console's end, stripped (some toolchains say their exit status there): its last lines as
   * `tail` keeps them, long ones cut. Built from those rather than kept apart, as keeping every chunk
   * for a while left a flooding console's garbage to the old generation (~130 MB more RSS).
   */
  get content(): string {
    return this.tail(RECENT_LINES + 1).join('\n')
  }

  /** True once the log file reached its limit. */
  get logTruncated(): boolean {
    return this.logged >= this.log.limit
  }

  /** Bytes the log file may still take before its limit. */
  get logBudget(): number {
    return Math.max(0, this.log.limit - this.logged)
  }

  feed(chunk: Buffer): void {
    let text = this.pendingEscape + this.decoder.write(chunk)
    ;[text, this.pendingEscape] = splitIncompleteEscape(text)
    let clean = stripEscapes(text)
    if (this.pendingCr) clean = `\r${clean}`
    this.pendingCr = clean.endsWith('\r')
    if (this.pendingCr) clean = clean.slice(0, -1)
    // `\r\n`, `\n` and a lone `\r` (a progress line redrawn in place) each end one line.
    clean = clean.replace(/\r\n?/g, '\n')
    if (clean === '') return
    this.writeLog(clean)
    const parts = clean.split('\n')
    for (let i = 0; i < parts.length; i++) {
      this.currentLine += parts[i]
      this.capLine()
      this.scan()
      if (i < parts.length - 1) this.endLine()
    }
  }

  /** Appends to the log up to its limit; the chunk that crosses it is cut at a character boundary and followed by a marker. */
  private writeLog(clean: string): void {
    if (this.logFd === undefined || this.logged >= this.log.limit) return
    const bytes = Buffer.from(clean)
    const left = this.log.limit - this.logged
    if (bytes.length < left) {
      writeSync(this.logFd, bytes)
      this.logged += bytes.length
      return
    }
    let cut = left
    // Not inside a UTF-8 sequence: back up over continuation bytes.
    while (cut > 0 && cut < bytes.length && (bytes[cut] & 0xc0) === 0x80) cut--
    writeSync(this.logFd, bytes.subarray(0, cut))
    writeSync(this.logFd, logLimitMarker(this.log.limit))
    this.logged = this.log.limit
    this.log.onLimit?.(this.log.limit)
  }

  /** Keeps the last MATCHED_LINE_CAP characters of a line that grows past it. */
  private capLine(): void {
    const excess = this.currentLine.length - MATCHED_LINE_CAP
    if (excess <= 0) return
    this.currentLine = this.currentLine.slice(excess)
    this.cutFromLine += excess
    this.expectOffset = Math.max(0, this.expectOffset - excess)
  }

  /** Reports a crash still waiting for the rest of its line (the VMM has exited, no more is coming). */
  flush(): void {
    if (this.pendingCr) {
      this.pendingCr = false
      this.endLine()
    }
    if (this.pendingCrash) this.reportCrash()
  }

  /** Closes the log file; what is fed afterwards is still matched, no longer logged. */
  close(): void {
    if (this.logFd !== undefined) closeSync(this.logFd)
    this.logFd = undefined
  }

  private reportCrash(): void {
    const pending = this.pendingCrash!
    this.pendingCrash = undefined
    clearTimeout(pending.timer)
    this.events.onCrash(this.shownLine(), pending.pattern)
  }

  /** The last `count` lines, including a partial last line. */
  tail(count: number): string[] {
    const lines = this.currentLine ? [...this.recent, this.shownLine()] : [...this.recent]
    return lines.slice(-count)
  }

  /** The current line as logs show it: its last SHOWN_LINE_CAP characters, marked where its head was cut. */
  private shownLine(): string {
    const over = Math.max(0, this.currentLine.length - SHOWN_LINE_CAP)
    const cut = this.cutFromLine + over
    // A copy: a slice would keep the whole (up to MATCHED_LINE_CAP) line alive in `recent`.
    const shown = over ? Buffer.from(this.currentLine.slice(over)).toString() : this.currentLine
    return cut ? `[… ${cut} characters cut] ${shown}` : shown
  }

  private endLine(): void {
    if (this.pendingCrash) this.reportCrash()
    this.recent.push(this.shownLine())
    if (this.recent.length > RECENT_LINES) this.recent.shift()
    this.currentLine = ''
    this.cutFromLine = 0
    this.expectOffset = 0
  }

  private scan(): void {
    if (this.crashed) return
    for (const pattern of this.failOn) {
      if (pattern.test(this.currentLine)) {
        this.crashed = true
        // The rest of the line usually follows within milliseconds and says what went wrong.
        this.pendingCrash = { pattern, timer: setTimeout(() => this.reportCrash(), CRASH_LINE_GRACE_MS) }
        return
      }
    }
    while (this.expectIndex < this.expect.length) {
      const match = this.expect[this.expectIndex].exec(this.currentLine.slice(this.expectOffset))
      if (!match) return
      this.expectOffset += match.index + Math.max(match[0].length, 1)
      this.events.onExpectMatched?.(this.expectIndex, this.currentLine)
      this.expectIndex++
      if (this.expectIndex === this.expect.length) this.events.onExpectationsMet()
    }
  }
}

/** What ends a log cut at its limit. */
export function logLimitMarker(limit: number): string {
  return `\n[… console log cut at log-limit (${limit} bytes); the boot went on without logging the rest]\n`
}

/**
 * Node's own stripping (ESC and C1 CSI sequences). `node:util` costs ~1 ms to load, so a console
 * without any escape byte never loads it: a plain banner is the common case and is read while the
 * VMM is starting.
 */
function stripEscapes(text: string): string {
  // eslint-disable-next-line no-control-regex -- ESC and the C1 CSI byte start every sequence stripped
  return /[\x1b\x9b]/.test(text) ? process.getBuiltinModule('node:util').stripVTControlCharacters(text) : text
}

/** An escape sequence cut by a chunk boundary waits for the rest of it. */
export function splitIncompleteEscape(text: string): [string, string] {
  const escape = text.lastIndexOf('\x1b')
  if (escape < 0 || text.length - escape > 32) return [text, '']
  const rest = text.slice(escape + 1)
  // eslint-disable-next-line no-control-regex -- BEL ends an OSC sequence
  const complete = rest.length > 0 && (rest[0] === '[' || rest[0] === ']' ? /[\x40-\x7e\x07]/.test(rest.slice(1)) : true)
  return complete ? [text, ''] : [text.slice(0, escape), text.slice(escape)]
}

/**
 * The VMM's stderr, bounded: its first `headBytes` (where a VMM says why it refused to start) and its
 * last `tailBytes` (where it says why it stopped), with a marker for what was cut between them.
 */
export class BoundedCapture {
  private head: Buffer[] = []
  private headLength = 0
  private tail: Buffer[] = []
  private tailLength = 0
  private cut = 0

  constructor(
    private readonly headBytes = 16 * 1024,
    private readonly tailBytes = 48 * 1024
  ) {}

  add(chunk: Buffer): void {
    if (this.headLength < this.headBytes) {
      const part = chunk.subarray(0, this.headBytes - this.headLength)
      this.head.push(part)
      this.headLength += part.length
      chunk = chunk.subarray(part.length)
    }
    if (chunk.length === 0) return
    this.tail.push(chunk)
    this.tailLength += chunk.length
    while (this.tailLength - this.tail[0].length >= this.tailBytes) {
      this.tailLength -= this.tail[0].length
      this.cut += this.tail.shift()!.length
    }
    if (this.tailLength > this.tailBytes) {
      const excess = this.tailLength - this.tailBytes
      this.tail[0] = this.tail[0].subarray(excess)
      this.tailLength -= excess
      this.cut += excess
    }
  }

  get text(): string {
    const head = Buffer.concat(this.head).toString('utf8')
    const tail = Buffer.concat(this.tail).toString('utf8')
    return this.cut ? `${head}\n[… ${this.cut} bytes cut]\n${tail}` : head + tail
  }
}
