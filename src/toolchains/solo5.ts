import { hasSolo5AbiNote } from '../kernel/solo5-abi.js'
import type { StatusRules } from './exit-decoding.js'
import { crashed, DEBUG_EXIT_0X501, decodeByChannel, exited, x86ExitDevices } from './exit-decoding.js'
import type { ExitContext, ToolchainBootProfile } from './types.js'

// Lines written by bindings/exit.c and bindings/abort.c.
const EXIT_LINE = /Solo5: solo5_exit\((-?\d+)\) called/g
const ABORT_LINE = /Solo5: solo5_abort\(\) called|Solo5: ABORT/

/** The virtio binding writes isa-debug-exit 41 (→ 83) whatever the status (bindings/virtio/platform.c): the console says which. */
function virtioExit(context: ExitContext) {
  const abort = ABORT_LINE.exec(context.console)
  if (abort) return crashed(`Solo5 abort (${abort[0]})`)
  const calls = [...context.console.matchAll(EXIT_LINE)]
  return exited(calls.length > 0 ? Number(calls[calls.length - 1][1]) : 0)
}

/**
 * Tenders exit with the guest's status; SOLO5_EXIT_ABORT is 255 (include/solo5.h). A guest that trips
 * the tender at run time (`solo5-hvt: Invalid guest access`, a KVM translation fault) ends in the
 * tender's `errx(1, …)`: status 1 as from `solo5_exit(1)`, told apart by the tender's line on stderr.
 */
const TENDER_RULES: StatusRules = {
  1: (context) => {
    const line = context.stderr
      ?.split('\n')
      .map((l) => l.trim())
      .find((l) => /^solo5-(hvt|spt): .*\bguest\b/i.test(l))
    return line ? crashed(`the tender stopped the guest: ${line}`) : exited(1)
  },
  255: crashed('Solo5 abort (tender exit status 255)')
}

/** Solo5 (hvt, spt, virtio): shared with MirageOS, which runs on it. */
export const solo5: ToolchainBootProfile = {
  name: 'solo5',
  failOn: [/Solo5: ABORT/, /Solo5: trap:/, /solo5_abort\(\) called/],
  successCode: 0,
  exitDevices: (arch) => x86ExitDevices(arch, [DEBUG_EXIT_0X501]),
  decodeExit: (context) => decodeByChannel(context, { 'debug-exit': { 83: virtioExit }, 'process-status': TENDER_RULES }),
  detect: hasSolo5AbiNote
}
