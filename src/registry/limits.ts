import { inputError } from '../runtime/errors.js'
import type { Inputs } from '../runtime/inputs.js'
import { DEFAULT_REGISTRY_TIMEOUT_SECONDS, RegistryDeadline } from './deadline.js'

/** The inputs every action that talks to registries takes for its limits (publish, sign, verify). */
export const REGISTRY_LIMIT_INPUTS = ['registry-timeout', 'registry-min-rate'] as const

/** 1 KiB/s over a 30 s window: a link slower than that is as good as lost. */
export const DEFAULT_MIN_BYTES_PER_SECOND = 1024

export interface RegistryLimits {
  /** Seconds for the whole operation's registry work. */
  timeoutSeconds: number
  /** 0: no minimum. */
  minBytesPerSecond: number
}

const RATE_UNITS: Record<string, number> = { '': 1, k: 1024, m: 1024 * 1024 }

/** `2048`, `1K`, `1KiB/s`, `2M` → bytes per second. */
function parseRate(input: string, value: string): number {
  const match = /^(\d+)\s*([km]?)(?:i?b)?(?:\/s)?$/i.exec(value.trim())
  if (!match) throw inputError(input, `\`${value}\` is not a rate in bytes per second (e.g. 1024, 1K, 2M; 0 for none)`)
  return Number(match[1]) * RATE_UNITS[match[2].toLowerCase()]
}

export function readRegistryLimits(inputs: Inputs): RegistryLimits {
  const timeoutSeconds = inputs.positiveInteger('registry-timeout', { max: 86_400 }) ?? DEFAULT_REGISTRY_TIMEOUT_SECONDS
  const rate = inputs.optional('registry-min-rate')
  return { timeoutSeconds, minBytesPerSecond: rate === undefined ? DEFAULT_MIN_BYTES_PER_SECOND : parseRate('registry-min-rate', rate) }
}

/** The deadline and rate for an operation's sessions; the deadline's clock starts now. */
export function registryLimitOptions(limits: RegistryLimits, activity: string): { deadline: RegistryDeadline; minBytesPerSecond: number } {
  return { deadline: new RegistryDeadline(limits.timeoutSeconds, activity), minBytesPerSecond: limits.minBytesPerSecond }
}
