import type { ToolchainBootProfile } from './types.js'
import { solo5 } from './solo5.js'

/** MirageOS runs on Solo5: its exits are Solo5's, plus the OCaml runtime's fatal errors. */
export const mirage: ToolchainBootProfile = {
  name: 'mirage',
  failOn: [
    ...solo5.failOn,
    // OCaml prints "Fatal error: exception <exn>" for an uncaught exception and "Fatal error: <why>" from the runtime.
    /^Fatal error: /m
  ],
  successCode: solo5.successCode,
  exitDevices: (arch) => solo5.exitDevices(arch),
  decodeExit: (context) => solo5.decodeExit(context),
  // A Mirage kernel carries the Solo5 note, so detection names solo5, whose decoding is the same.
  detect: () => false
}
