import { totalmem } from 'node:os'
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

/** This host's memory in MiB: the most a guest started here can be given. */
export function hostMemoryMiB(): number {
  return Math.floor(totalmem() / (1024 * 1024))
}

/**
 * `memory` for a guest booted on this host: a memory size no larger than the host's memory, which
 * QEMU and the other VMMs would otherwise refuse (or take) with a message that does not name the input.
 */
export function parseGuestMemoryMiB(input: string, value: string, hostMiB = hostMemoryMiB()): number {
  const mib = parseMemoryMiB(input, value)
  if (mib > hostMiB) throw inputError(input, `\`${value}\` is more than this host's memory (${hostMiB} MiB); give at most ${hostMiB}M`)
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
