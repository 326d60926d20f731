import type { ToolchainBootProfile } from './types.js'
import { crashed, DEBUG_EXIT_0X501, decodeByVmm, x86ExitDevices } from './exit-decoding.js'

/** Nanos (ops): `QEMU_HALT(code)` writes the app's exit code to isa-debug-exit 0x501 (src/kernel/kvm_platform.h). */
export const nanos: ToolchainBootProfile = {
  name: 'nanos',
  failOn: [
    // Fatal paths of the kernel's fault handlers (src/unix/unix.c, src/x86_64/interrupt.c).
    /Unhandled page fault in kernel mode/,
    /exception during interrupt handling/,
    /no fault handler for frame/,
    // print_frame's first line, written only on those fatal paths: " interrupt: e (Page fault)".
    /^\s*interrupt: [0-9a-f]+ \(/m,
    // assert() halts with "assertion <expr> failed ... halt" (src/runtime/runtime.h).
    /\bassertion .+ failed\b.*\bhalt\b/
  ],
  successCode: 0,
  exitDevices: (arch) => x86ExitDevices(arch, [DEBUG_EXIT_0X501]),
  decodeExit: (context) =>
    decodeByVmm(context, {
      // VM_EXIT_FAULT 0x7e and VM_EXIT_HALT 0x7f (src/runtime/runtime.h); app exits 126/127 look the same.
      qemu: {
        253: crashed('Nanos kernel fault (VM_EXIT_FAULT)'),
        255: crashed('Nanos kernel halt (VM_EXIT_HALT)')
      }
    }),
  // Nanos ships disk images built by ops, not ELF kernels we could recognise.
  detect: () => false
}
