/** urunc's names for the platforms it runs (`com.urunc.unikernel.hypervisor`); the brief's name table. */
import type { BuildPlatform } from '../platform.js'

export const URUNC_HYPERVISORS = ['qemu', 'firecracker', 'hvt', 'spt'] as const
export type UruncHypervisor = (typeof URUNC_HYPERVISORS)[number]

/** Build platform → urunc hypervisor; absent where urunc cannot run the platform (uhyve, xen). */
const URUNC_HYPERVISOR_OF: Readonly<Partial<Record<BuildPlatform, UruncHypervisor>>> = { qemu: 'qemu', fc: 'firecracker', hvt: 'hvt', spt: 'spt' }

export function uruncHypervisorOf(platform: BuildPlatform): UruncHypervisor | undefined {
  return URUNC_HYPERVISOR_OF[platform]
}

export function platformOfUruncHypervisor(hypervisor: string): BuildPlatform | undefined {
  return (Object.keys(URUNC_HYPERVISOR_OF) as BuildPlatform[]).find((platform) => URUNC_HYPERVISOR_OF[platform] === hypervisor)
}
