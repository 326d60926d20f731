import type { ElfInfo } from '../kernel/elf.js'
import { custom } from './custom.js'
import { hermit } from './hermit.js'
import { mirage } from './mirage.js'
import { nanos } from './nanos.js'
import { solo5 } from './solo5.js'
import type { ToolchainBootProfile, ToolchainName } from './types.js'
import { unikraft } from './unikraft.js'

/** One line per toolchain. Detection asks them in this order, so a more specific claim goes first. */
const PROFILES = {
  solo5,
  unikraft,
  hermit,
  nanos,
  mirage,
  custom
} satisfies Record<ToolchainName, ToolchainBootProfile>

export const TOOLCHAINS: readonly ToolchainBootProfile[] = Object.values(PROFILES)

export function toolchainProfile(name: ToolchainName): ToolchainBootProfile {
  return PROFILES[name]
}

/** The toolchain a kernel says it was built with (ELF notes, sections), else `custom`. */
export function detectToolchain(elf: ElfInfo): ToolchainName {
  return TOOLCHAINS.find((profile) => profile.detect(elf))?.name ?? 'custom'
}
