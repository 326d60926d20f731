import { solo5AbiTarget, type Solo5AbiTarget } from '../kernel/solo5-abi.js'
import { inputError } from '../runtime/errors.js'
import type { Acceleration, BootSpec, LaunchPlan, VmmDriver, VmmExit } from './types.js'

type TenderName = 'solo5-spt' | 'solo5-hvt'

/**
 * `solo5-<tender> [--mem=MiB] [--block:NAME=PATH…] [--net:NAME=TAP…] [vmm-args…] -- KERNEL [ARGS…]`
 * (Solo5/solo5 tenders/spt/spt_main.c: options, then KERNEL, then the unikernel's arguments).
 */
function planTender(name: TenderName, spec: BootSpec): LaunchPlan {
  if (spec.ports.length > 0) {
    throw inputError(
      'ports',
      `${name} cannot forward ports: a Solo5 tender reaches the network only through a tap device ` +
        '(probe the guest at its address on the tap link the boot creates), or boot with vmm: qemu'
    )
  }
  if (!spec.devices && spec.disks.length > 1) {
    throw inputError(
      'disk',
      `${name} attaches one block device (\`storage\`), got ${spec.disks.length}; attach others with \`--block:<name>=<path>\` in vmm-args`
    )
  }
  if (spec.initrd) throw inputError('initrd', `${name} loads the unikernel alone; it has no initrd`)
  if (spec.cpus > 1) throw inputError('cpus', `${name} runs a Solo5 unikernel on one vCPU, got ${spec.cpus}`)

  const args = [`--mem=${spec.memoryMiB}`]
  if (spec.disks.length === 1) args.push(`--block:storage=${spec.disks[0]}`)
  // The tender attaches a device by the name the kernel's manifest gives it (tenders/common/mft.c).
  for (const device of spec.devices ?? []) {
    if (device.kind === 'block') args.push(`--block:${device.name}=${device.path}`)
    else if (tapInArgs(spec.extraArgs, device.name) !== undefined) continue
    else if (device.tap) args.push(`--net:${device.name}=${device.tap}`)
    else {
      throw inputError(
        'net',
        `${spec.kernel} declares the net device \`${device.name}\`, which ${name} attaches only to a tap device: ` +
          `name one with \`net: ${device.name}=<tap>\`, or boot its virtio build with vmm: qemu for user networking`
      )
    }
  }
  // Tender options must precede `--`: anything after the kernel path goes to the unikernel.
  args.push(...spec.extraArgs, '--', spec.kernel, ...splitCmdline(spec.cmdline))
  return { command: spec.vmmBinary, args, files: [] }
}

/** `--net:NAME=TAP` in the user's tender options: the tap they attach the net device NAME to. */
function tapInArgs(args: readonly string[], device: string): string | undefined {
  const prefix = `--net:${device}=`
  return args.find((arg) => arg.startsWith(prefix))?.slice(prefix.length)
}

/** The tender joins ARGS back into the guest's command line with spaces, so splitting on whitespace loses nothing. */
function splitCmdline(cmdline: string | undefined): string[] {
  return cmdline?.split(/\s+/).filter((word) => word !== '') ?? []
}

/**
 * Tender setup errors are `errx(1, …)` / `warnx` lines (`solo5-hvt: …`) on stderr; the guest's console is
 * stdout. A guest that trips the tender at run time (`Invalid guest access`, `KVM: host/guest translation
 * fault`) is not the tender failing: the Solo5 profile decodes it as the guest's crash.
 */
function tenderFailure(exit: VmmExit, stderr: string): string | undefined {
  if (exit.status !== 1) return undefined
  const lines = stderr
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => /^[\w.+-]+: /.test(line) || line.startsWith('usage: '))
  if (lines.length === 0 || lines.some((line) => /\bguest\b/i.test(line))) return undefined
  return lines.join('\n')
}

function tender(name: TenderName, target: Solo5AbiTarget & ('hvt' | 'spt'), acceleration: Acceleration): VmmDriver {
  return {
    name,
    binary: () => name,
    setupTool: 'solo5',
    platform: target,
    acceleration,
    supportsPorts: false,
    netBacking: 'tap',
    tapInArgs: (args, device) => tapInArgs(args, device),
    formats: ['elf'],
    unpacks: [],
    // The tender exits with the guest's status (255: abort).
    exitChannel: 'process-status',
    // A Solo5 kernel runs only on the tender its ABI note names.
    claims: (kernel) => kernel.elf !== undefined && solo5AbiTarget(kernel.elf) === target,
    plan: (spec) => planTender(name, spec),
    vmmFailure: tenderFailure
  }
}

/** seccomp-sandboxed process: needs no KVM. */
export const solo5Spt: VmmDriver = tender('solo5-spt', 'spt', 'none')
export const solo5Hvt: VmmDriver = tender('solo5-hvt', 'hvt', 'required')
