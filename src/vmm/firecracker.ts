import { join } from 'node:path'
import { inputError } from '../runtime/errors.js'
import type { BootSpec, LaunchPlan, VmmDriver, VmmExit } from './types.js'

/** What Firecracker boots a Linux guest with when no cmdline is given; `reboot=k` makes a guest reboot end the VMM. */
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
      boot_args: spec.cmdline ?? FIRECRACKER_DEFAULT_BOOT_ARGS
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
  return {
    command: spec.vmmBinary,
    args: ['--no-api', '--config-file', configPath, ...spec.extraArgs],
    files: [{ path: configPath, content: `${JSON.stringify(firecrackerConfig(spec), null, 2)}\n` }]
  }
}

/**
 * Firecracker ends a failed start with `Error: …` on stderr and a non-zero status (src/firecracker/src/main.rs),
 * and aborts on a panic (an unreadable config file, for one).
 */
function firecrackerFailure(exit: VmmExit, stderr: string): string | undefined {
  const lines = stderr.split('\n').map((line) => line.trim())
  const panic = lines.filter((line) => line.includes('panicked at'))
  if (panic.length > 0) return panic.join('\n')
  if (exit.status === null || exit.status === 0) return undefined
  const errors = lines.filter((line) => /\berror\b/i.test(line))
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
  exitChannel: 'process-status',
  plan: planFirecracker,
  vmmFailure: firecrackerFailure
}
