import { inputError } from './errors.js'

const UNIT_TO_MIB: Record<string, number> = { '': 1, k: 1 / 1024, m: 1, g: 1024, t: 1024 * 1024 }

/** `128M`, `1G`, `512Mi`, `256` (MiB) → MiB. Used for `memory` everywhere. */
export function parseMemoryMiB(input: string, value: string): number {
  const match = /^(\d+)\s*([kmgt]?)(i?b?)$/i.exec(value.trim())
  if (!match) throw inputError(input, `\`${value}\` is not a memory size (e.g. 128M, 1G)`)
  const mib = Number(match[1]) * UNIT_TO_MIB[match[2].toLowerCase()]
  if (!Number.isInteger(mib) || mib < 1) throw inputError(input, `\`${value}\` must be a whole number of MiB, at least 1M`)
  return mib
}

const UNIT_TO_BYTES: Record<string, number> = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3, t: 1024 ** 4 }

/** `64M`, `1G`, `512KiB`, `4096` (bytes) → bytes, at least 1. Used for `log-limit`. */
export function parseByteSize(input: string, value: string): number {
  const match = /^(\d+)\s*([kmgt]?)(i?b?)$/i.exec(value.trim())
  if (!match) throw inputError(input, `\`${value}\` is not a size (e.g. 64M, 1G, or a number of bytes)`)
  const bytes = Number(match[1]) * UNIT_TO_BYTES[match[2].toLowerCase()]
  if (!Number.isSafeInteger(bytes) || bytes < 1) throw inputError(input, `\`${value}\` must be at least 1 byte`)
  return bytes
}
