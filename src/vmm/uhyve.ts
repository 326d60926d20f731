import { inputError } from '../runtime/errors.js'
import type { BootSpec, LaunchPlan, VmmDriver, VmmExit } from './types.js'

/** `uhyve -m <n>MiB -c <cpus> [vmm-args…] KERNEL [-- ARGS…]` (hermit-os/uhyve src/args.rs: `-m/--memory-size`, `-c/--cpu-count`). */
function planUhyve(spec: BootSpec): LaunchPlan {
  if (spec.ports.length > 0) {
    throw inputError(
      'ports',
      'uhyve cannot forward ports: Hermit reaches the network only through a tap device (`--net=tap:<tap>` in vmm-args), or boot with vmm: qemu'
    )
  }
  if (spec.disks.length > 0) throw inputError('disk', 'uhyve has no block devices; map host files into the guest with `--file-mapping host:guest` in vmm-args')
  if (spec.initrd) throw inputError('initrd', 'uhyve boots the Hermit application image itself; it has no initrd')
  // GuestMemorySize rejects sizes that are not a multiple of 2 MiB (hermit-os/uhyve src/params.rs).
  if (spec.memoryMiB % 2 !== 0) throw inputError('memory', `uhyve needs a multiple of 2 MiB, got ${spec.memoryMiB} MiB`)

  const guestArgs = spec.cmdline?.split(/\s+/).filter((word) => word !== '') ?? []
  // `--` keeps guest arguments that start with `-` from being read as uhyve's own options.
  const args = ['-m', `${spec.memoryMiB}MiB`, '-c', String(spec.cpus), ...spec.extraArgs, spec.kernel]
  if (guestArgs.length > 0) args.push('--', ...guestArgs)
  return { command: spec.vmmBinary, args, files: [] }
}

/**
 * uhyve's exit status is the guest's code, so only its own words mark a failure: a Rust panic
 * ("Unable to create VM! Is the hypervisor interface (e.g. KVM) activated?"), clap's `error:` or main's `Error:`.
 */
function uhyveFailure(exit: VmmExit, stderr: string): string | undefined {
  if (exit.status === 0) return undefined
  const lines = stderr
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.includes('panicked at') || /^error: /i.test(line))
  return lines.length > 0 ? lines.join('\n') : undefined
}

export const uhyve: VmmDriver = {
  name: 'uhyve',
  binary: () => 'uhyve',
  setupTool: 'uhyve',
  platform: 'uhyve',
  acceleration: 'required',
  supportsPorts: false,
  netBacking: 'tap',
  formats: ['elf'],
  unpacks: [],
  exitChannel: 'process-status',
  plan: planUhyve,
  vmmFailure: uhyveFailure
}
