import type { ElfInfo } from '../kernel/elf.js'
import { custom, customBuild } from './custom.js'
import { hermit, hermitBuild } from './hermit.js'
import { mirage, mirageBuild } from './mirage.js'
import { nanos, nanosBuild } from './nanos.js'
import { solo5 } from './solo5.js'
import type { BuildToolchainName, ToolchainBootProfile, ToolchainBuildAdapter, ToolchainName } from './types.js'
import { unikraft, unikraftBuild } from './unikraft.js'

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

/** The build side, one line per toolchain; `auto` asks them in this order (custom never claims a project). */
const BUILDERS = {
  unikraft: unikraftBuild,
  nanos: nanosBuild,
  mirage: mirageBuild,
  hermit: hermitBuild,
  custom: customBuild
} satisfies Record<BuildToolchainName, ToolchainBuildAdapter>

export const BUILD_ADAPTERS: readonly ToolchainBuildAdapter[] = Object.values(BUILDERS)

/** What `auto` builds with when only `command` is given. */
export const COMMAND_BUILD_ADAPTER: ToolchainBuildAdapter = customBuild

export function buildAdapter(name: BuildToolchainName): ToolchainBuildAdapter {
  return BUILDERS[name]
}
