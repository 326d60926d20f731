import { closeSync, openSync, writeSync } from 'node:fs'
import { StringDecoder } from 'node:string_decoder'

const CRASH_LINE_GRACE_MS = 200

/**
 * The longest stretch of one line that `expect` and `fail-on` patterns are matched against: its last
 * 64 KiB. A line is rescanned as it grows, so without a bound a console that never ends a line costs
 * time quadratic in its length; with it, matching is linear in the output.
 */
export const MATCHED_LINE_CAP = 64 * 1024

export interface ConsoleEvents {
  /** A fail-on pattern matched: the verdict is `crashed`. */
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
  private text = ''
  private logFd?: number

  constructor(
    private readonly expect: readonly RegExp[],
    private readonly failOn: readonly RegExp[],
    logPath: string,
    private readonly events: ConsoleEvents
  ) {
    this.logFd = openSync(logPath, 'w')
  }

  get expectationsMet(): boolean {
    return this.expectIndex >= this.expect.length
  }

  get matchedExpectations(): number {
    return this.expectIndex
  }

  /** The whole console so far, stripped (some toolchains say their exit status there). */
  get content(): string {
    return this.text
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
    this.text += clean
    if (this.logFd !== undefined) writeSync(this.logFd, clean)
    const parts = clean.split('\n')
    for (let i = 0; i < parts.length; i++) {
      this.currentLine += parts[i]
      this.capLine()
      this.scan()
      if (i < parts.length - 1) this.endLine()
    }
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
    this.events.onCrash(this.currentLine, pending.pattern)
  }

  /** The last `count` lines, including a partial last line. */
  tail(count: number): string[] {
    const lines = this.currentLine ? [...this.recent, this.shownLine()] : [...this.recent]
    return lines.slice(-count)
  }

  /** The current line as logs show it: marked where its head was cut. */
  private shownLine(): string {
    return this.cutFromLine ? `[… ${this.cutFromLine} characters cut] ${this.currentLine}` : this.currentLine
  }

  private endLine(): void {
    if (this.pendingCrash) this.reportCrash()
    this.recent.push(this.shownLine())
    if (this.recent.length > 200) this.recent.shift()
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
