import { WorkflowCommands } from './workflow-commands.js'

export interface AnnotationProperties {
  title?: string
  file?: string
  startLine?: number
}

/**
 * Where the library speaks. Core logic takes a Logger instead of importing `@actions/core`, so the
 * same code runs under the Actions runner and in a terminal.
 */
export interface Logger {
  debug(message: string): void
  info(message: string): void
  warning(message: string, properties?: AnnotationProperties): void
  error(message: string, properties?: AnnotationProperties): void
  notice(message: string, properties?: AnnotationProperties): void
  group<T>(name: string, fn: () => Promise<T>): Promise<T>
}

export class ActionsLogger implements Logger {
  constructor(private readonly commands = new WorkflowCommands()) {}
  debug(message: string): void {
    this.commands.debug(message)
  }
  info(message: string): void {
    this.commands.info(message)
  }
  warning(message: string, properties?: AnnotationProperties): void {
    this.commands.annotate('warning', message, { ...properties })
  }
  error(message: string, properties?: AnnotationProperties): void {
    this.commands.annotate('error', message, { ...properties })
  }
  notice(message: string, properties?: AnnotationProperties): void {
    this.commands.annotate('notice', message, { ...properties })
  }
  async group<T>(name: string, fn: () => Promise<T>): Promise<T> {
    this.commands.startGroup(name)
    try {
      return await fn()
    } finally {
      this.commands.endGroup()
    }
  }
}

/** A terminal logger: everything to stderr so that stdout stays free for results. */
export class ConsoleLogger implements Logger {
  constructor(
    private readonly stream: NodeJS.WritableStream = process.stderr,
    private readonly verbose = process.env.RUNNER_DEBUG === '1',
    private readonly progressEveryMs = 5000
  ) {}
  debug(message: string): void {
    if (this.verbose) this.stream.write(`debug: ${message}\n`)
  }
  info(message: string): void {
    this.stream.write(`${message}\n`)
  }
  warning(message: string, properties?: AnnotationProperties): void {
    this.stream.write(`warning: ${withTitle(message, properties)}\n`)
  }
  error(message: string, properties?: AnnotationProperties): void {
    this.stream.write(`error: ${withTitle(message, properties)}\n`)
  }
  notice(message: string, properties?: AnnotationProperties): void {
    this.stream.write(`notice: ${withTitle(message, properties)}\n`)
  }
  /** A step heading; a long step reports that it is still going, and every step its duration. */
  async group<T>(name: string, fn: () => Promise<T>): Promise<T> {
    this.stream.write(`── ${name}\n`)
    const started = Date.now()
    const seconds = () => Math.round((Date.now() - started) / 1000)
    const heartbeat = setInterval(() => this.stream.write(`   … ${name}: ${seconds()} s\n`), this.progressEveryMs)
    heartbeat.unref()
    try {
      return await fn()
    } finally {
      clearInterval(heartbeat)
      const ms = Date.now() - started
      if (ms >= 1000) this.stream.write(`   ${name}: done in ${(ms / 1000).toFixed(1)} s\n`)
    }
  }
}

/** Collects everything; for tests and for callers that want the log as data. */
export class MemoryLogger implements Logger {
  readonly lines: { level: string; message: string }[] = []
  debug(message: string): void {
    this.lines.push({ level: 'debug', message })
  }
  info(message: string): void {
    this.lines.push({ level: 'info', message })
  }
  warning(message: string): void {
    this.lines.push({ level: 'warning', message })
  }
  error(message: string): void {
    this.lines.push({ level: 'error', message })
  }
  notice(message: string): void {
    this.lines.push({ level: 'notice', message })
  }
  async group<T>(name: string, fn: () => Promise<T>): Promise<T> {
    this.lines.push({ level: 'group', message: name })
    return fn()
  }
  text(level?: string): string {
    return this.lines
      .filter((l) => level === undefined || l.level === level)
      .map((l) => l.message)
      .join('\n')
  }
}

function withTitle(message: string, properties?: AnnotationProperties): string {
  return properties?.title ? `${properties.title}: ${message}` : message
}
