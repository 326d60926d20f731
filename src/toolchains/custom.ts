import type { ToolchainBootProfile } from './types.js'
import { DEBUG_EXIT_0X501, DEBUG_EXIT_0XF4, decodeByVmm, x86ExitDevices } from './exit-decoding.js'

/** Anything else (a multiboot kernel, Linux): expect/probe decide, `(v << 1) | 1` is decoded when odd. */
export const custom: ToolchainBootProfile = {
  name: 'custom',
  // Linux's panic() prefix ("Kernel panic - not syncing: …").
  failOn: [/Kernel panic/],
  successCode: 0,
  exitDevices: (arch) => x86ExitDevices(arch, [DEBUG_EXIT_0X501, DEBUG_EXIT_0XF4]),
  decodeExit: (context) => decodeByVmm(context, {}),
  detect: () => false
}
