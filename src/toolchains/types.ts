import type { ElfInfo } from '../kernel/elf.js'
import type { Arch, ExitDevice, VmmExit, VmmName } from '../vmm/types.js'

export const TOOLCHAIN_NAMES = ['unikraft', 'solo5', 'nanos', 'hermit', 'mirage', 'custom'] as const
export type ToolchainName = (typeof TOOLCHAIN_NAMES)[number]

/** What a guest's exit means, decoded per toolchain from the VMM's status. */
export type DecodedExit =
  | { kind: 'exited'; code: number }
  | { kind: 'crashed'; reason: string }

export interface ExitContext {
  vmm: VmmName
  exit: VmmExit
  /** The whole console so far (ANSI stripped): some toolchains say their exit status there. */
  console: string
}

/** What `boot` needs to know about a toolchain. The `build` side is added to the same file per toolchain. */
export interface ToolchainBootProfile {
  readonly name: ToolchainName
  /** Console lines that mean a crash, always on (the user's `fail-on` adds to these). */
  readonly failOn: readonly RegExp[]
  /** The guest code that means success when no `exit-code` is given. */
  readonly successCode: number
  /** isa-debug-exit devices the guest writes to (QEMU x86 only). */
  exitDevices(arch: Arch): ExitDevice[]
  /** Turns the VMM's exit into the guest's code, or a crash. */
  decodeExit(context: ExitContext): DecodedExit
  /** Recognises the toolchain's kernels (ELF notes, sections); custom never claims a kernel. */
  detect(elf: ElfInfo): boolean
}
