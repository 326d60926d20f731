import { WorkflowCommands } from './workflow-commands.js'
import { inputError } from './errors.js'

/** Where inputs come from: the runner's `INPUT_*` variables, or the CLI's flags. */
export interface InputSource {
  /** The raw value, '' when not given. */
  get(name: string): string
  /** Marks a value as secret the moment it is read. */
  secret(name: string): string
}

export class ActionInputs implements InputSource {
  constructor(private readonly commands = new WorkflowCommands()) {}
  get(name: string): string {
    return this.commands.getInput(name)
  }
  secret(name: string): string {
    const value = this.commands.getInput(name)
    if (value) this.commands.setSecret(value)
    return value
  }
}

export class MapInputs implements InputSource {
  constructor(private readonly values: ReadonlyMap<string, string>) {}
  get(name: string): string {
    return (this.values.get(name) ?? '').trim()
  }
  secret(name: string): string {
    return this.get(name)
  }
}

/** Typed readers over an InputSource; every failure names the input and says what was expected. */
export class Inputs {
  constructor(readonly source: InputSource) {}

  optional(name: string): string | undefined {
    const value = this.source.get(name)
    return value === '' ? undefined : value
  }

  required(name: string, hint = ''): string {
    const value = this.optional(name)
    if (value === undefined) throw inputError(name, `is required${hint ? `: ${hint}` : ''}`)
    return value
  }

  /**
   * A list input. `newlineOnly` is for inputs whose items may contain commas (regexes, VMM arguments,
   * labels); everything else also splits on commas.
   */
  list(name: string, options: { newlineOnly?: boolean } = {}): string[] {
    const raw = this.source.get(name)
    const separator = options.newlineOnly ? /\r?\n/ : /\r?\n|,/
    return raw
      .split(separator)
      .map((item) => item.trim())
      .filter((item) => item !== '')
  }

  boolean(name: string, fallback: boolean): boolean {
    const value = this.optional(name)
    if (value === undefined) return fallback
    if (/^(true|yes|1)$/i.test(value)) return true
    if (/^(false|no|0)$/i.test(value)) return false
    throw inputError(name, `\`${value}\` is not a boolean (expected true or false)`)
  }

  choice<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
    const value = this.optional(name)
    if (value === undefined) return fallback
    if ((allowed as readonly string[]).includes(value)) return value as T
    throw inputError(name, `\`${value}\` is not one of ${allowed.join(', ')}`)
  }

  positiveInteger(name: string, options: { allowZero?: boolean; max?: number } = {}): number | undefined {
    const value = this.optional(name)
    if (value === undefined) return undefined
    if (!/^\d+$/.test(value)) throw inputError(name, `\`${value}\` is not a whole number`)
    const parsed = Number(value)
    if ((!options.allowZero && parsed === 0) || (options.max !== undefined && parsed > options.max)) {
      throw inputError(name, `\`${value}\` is out of range (expected ${options.allowZero ? 0 : 1}–${options.max ?? 'any'})`)
    }
    return parsed
  }

  /** Regexes compiled now, so a typo fails the step before anything boots. */
  regexList(name: string): RegExp[] {
    return this.list(name, { newlineOnly: true }).map((pattern) => compileRegex(name, pattern))
  }
}

export function compileRegex(input: string, pattern: string): RegExp {
  try {
    return new RegExp(pattern)
  } catch (error) {
    throw inputError(input, `\`${pattern}\` is not a valid regular expression (${(error as Error).message})`)
  }
}
