import type { InputSource } from './inputs.js'

/**
 * One step's view of a combined action's inputs (the StateProvider idea of actions/cache): each
 * input of the step is either taken from a named input of the combined action or fixed. Inputs not
 * mapped read as not given, so every default of the single action applies unchanged.
 */
export class StepInputs implements InputSource {
  constructor(
    private readonly source: InputSource,
    private readonly mapping: Readonly<Record<string, string | { value: string }>>
  ) {}

  get(name: string): string {
    const from = this.mapping[name]
    if (from === undefined) return ''
    return typeof from === 'string' ? this.source.get(from) : from.value
  }

  secret(name: string): string {
    const from = this.mapping[name]
    if (from === undefined) return ''
    return typeof from === 'string' ? this.source.secret(from) : from.value
  }
}

/** The identity mapping for inputs that keep their name. */
export function sameNames(...names: string[]): Record<string, string> {
  return Object.fromEntries(names.map((n) => [n, n]))
}
