import type { ToolchainBootProfile } from './types.js'
import { DEBUG_EXIT_0XF4, decodeByVmm, exited, x86ExitDevices } from './exit-decoding.js'

/** Hermit (hermit-rs): under QEMU it writes 1 on success (→ 3) and 0 on failure (→ 1); under uhyve the status is the code. */
export const hermit: ToolchainBootProfile = {
  name: 'hermit',
  // The panic handler prints "[<core>][PANIC] <info>" then shuts down with 1 (hermit-os/kernel src/lib.rs).
  failOn: [/\[PANIC\]/],
  successCode: 0,
  exitDevices: (arch) => x86ExitDevices(arch, [DEBUG_EXIT_0XF4]),
  // hermit-os/loader xtask/src/ci/qemu.rs accepts 0 or 3 as success.
  decodeExit: (context) => decodeByVmm(context, { qemu: { 1: exited(1), 3: exited(0) } }),
  // hermit-entry's entry-version note is named "HERMIT" (NT_HERMIT_ENTRY_VERSION 0x5a00).
  detect: (elf) => elf.notes.some((n) => n.name === 'HERMIT')
}
