import { join } from 'node:path'
import { isLinuxKernel } from '../kernel/format.js'
import { inputError } from '../runtime/errors.js'
import type { BootSpec, LaunchPlan, VmmDriver, VmmExit } from './types.js'

/** What a Linux guest boots with when no cmdline is given; `reboot=k` makes a guest reboot end the VMM. */
export const FIRECRACKER_DEFAULT_BOOT_ARGS = 'console=ttyS0 reboot=k panic=1'

/** The `--config-file` document (firecracker tests/framework/vm_config.json has the full shape). */
export interface FirecrackerConfig {
  'boot-source': { kernel_image_path: string; initrd_path?: string; boot_args: string }
  drives: { drive_id: string; path_on_host: string; is_root_device: boolean; is_read_only: boolean }[]
  'machine-config': { vcpu_count: number; mem_size_mib: number }
}

export function firecrackerConfig(spec: BootSpec): FirecrackerConfig {
  return {
    'boot-source': {
      kernel_image_path: spec.kernel,
      ...(spec.initrd ? { initrd_path: spec.initrd } : {}),
      // Always given: without boot_args Firecracker passes its own Linux command line
      // (vmm/src/vmm_config/boot_source.rs DEFAULT_KERNEL_CMDLINE), which a unikernel reads as its
      // own arguments (a Mirage unikraft-firecracker kernel exits 64 on them).
      boot_args: spec.cmdline ?? (isLinuxKernel(spec.kernelInfo) ? FIRECRACKER_DEFAULT_BOOT_ARGS : '')
    },
    // Not root devices: Firecracker would append `root=/dev/vda` to a unikernel's command line.
    drives: spec.disks.map((path, index) => ({ drive_id: `disk${index}`, path_on_host: path, is_root_device: false, is_read_only: false })),
    'machine-config': { vcpu_count: spec.cpus, mem_size_mib: spec.memoryMiB }
  }
}

function planFirecracker(spec: BootSpec): LaunchPlan {
  // Its arm64 loader (rust-vmm linux-loader) takes only the raw Image; an ELF would fail inside Firecracker.
  if (spec.arch === 'arm64' && spec.kernelInfo.format !== 'arm64-image') {
    throw inputError(
      'kernel',
      `${spec.kernel} is an arm64 ${spec.kernelInfo.format === 'elf' ? 'ELF' : spec.kernelInfo.format}; ` +
        'Firecracker on arm64 boots only a raw Linux arm64 Image (arch/arm64/boot/Image), or use vmm: qemu'
    )
  }
  if (spec.ports.length > 0) {
    throw inputError('ports', 'firecracker cannot forward ports: its guests reach the network only through a tap device, or boot with vmm: qemu')
  }
  const configPath = join(spec.workDir, 'firecracker.json')
  // Firecracker logs to stdout unless given a log file, and stdout is the guest's console here. The
  // file is planned empty: releases before 1.14 open it without creating it (v1.16.1 creates it).
  const logPath = join(spec.workDir, 'firecracker.log')
  return {
    command: spec.vmmBinary,
    args: ['--no-api', '--config-file', configPath, '--log-path', logPath, ...spec.extraArgs],
    files: [
      { path: configPath, content: `${JSON.stringify(firecrackerConfig(spec), null, 2)}\n` },
      { path: logPath, content: '' }
    ]
  }
}

/** main.rs's `MainError::RunWithoutApiError(RunWithoutApiError::Shutdown(code))`, as `Error: {err:?}` prints it. */
const GUEST_STOPPED = /RunWithoutApiError\(Shutdown\(/

/**
 * Firecracker ends a failed start with `Error: …` on stderr and a non-zero status (src/firecracker/src/main.rs),
 * and aborts on a panic (an unreadable config file, for one). `RunWithoutApiError(Shutdown(…))` is not
 * Firecracker failing but the microVM it ran stopping on a fault (a triple fault): the guest's end,
 * which the exit decoding reports as a crash.
 */
function firecrackerFailure(exit: VmmExit, stderr: string): string | undefined {
  const lines = stderr.split('\n').map((line) => line.trim())
  const panic = lines.filter((line) => line.includes('panicked at'))
  if (panic.length > 0) return panic.join('\n')
  if (exit.status === null || exit.status === 0) return undefined
  const errors = lines.filter((line) => /\berror\b/i.test(line) && !GUEST_STOPPED.test(line))
  return errors.length > 0 ? errors.join('\n') : undefined
}

export const firecracker: VmmDriver = {
  name: 'firecracker',
  binary: () => 'firecracker',
  setupTool: 'firecracker',
  platform: 'fc',
  acceleration: 'required',
  supportsPorts: false,
  netBacking: 'tap',
  // x86_64: an uncompressed vmlinux-style ELF or a PVH ELF (its loader takes no bzImage); arm64: the
  // Linux Image format (its arm64 loader takes no ELF).
  formats: ['elf', 'arm64-image'],
  unpacks: [],
  // Its exit status says only whether the microVM stopped cleanly (FcExitCode), never the guest's code.
  exitChannel: 'none',
  plan: planFirecracker,
  vmmFailure: firecrackerFailure
}
