import type { ToolchainBootProfile } from './types.js'
import { crashed, DEBUG_EXIT_0X501, decodeByVmm, exited, x86ExitDevices } from './exit-decoding.js'

/** Unikraft (kraft): ACPI poweroff exits 0, isa-debug-exit 41/42 are the fallbacks (plat/common/x86/cpu_native.c). */
export const unikraft: ToolchainBootProfile = {
  name: 'unikraft',
  failOn: [
    // The critical log level's header (lib/ukdebug/print.c), used by every UK_CRASH and fatal trap.
    /\bCRIT:/,
    // The crash screen's first line, printed even when kernel messages are compiled out (lib/ukdebug/crash.c).
    /\bUnikraft Crash - /
  ],
  successCode: 0,
  exitDevices: (arch) => x86ExitDevices(arch, [DEBUG_EXIT_0X501]),
  decodeExit: (context) =>
    decodeByVmm(context, {
      qemu: { 83: exited(0), 85: crashed('Unikraft crash (isa-debug-exit 42)') }
    }),
  detect: (elf) => elf.sections.some((section) => section.startsWith('.uk_'))
}
