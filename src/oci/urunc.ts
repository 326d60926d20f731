/**
 * urunc, as its release URUNC_RELEASE reads images (urunc-dev/urunc@v0.5.0 pkg/unikontainers/config.go:
 * the `com.urunc.unikernel.*` annotations and /urunc.json; pkg/unikontainers/unikernels/unikernel.go: the
 * unikernel types it runs; pkg/unikontainers/hypervisors/: the monitors it starts).
 */
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

export const URUNC_RELEASE = 'v0.5.0'
/** The unikernel types urunc v0.5.0 starts (`unikernels.New`); any other type fails with "unikernel is not supported". */
export const URUNC_TYPES = ['rumprun', 'unikraft', 'mirage'] as const

/** Whether urunc (URUNC_RELEASE) can run an image of this type on this platform, and if not, why. */
export function uruncRuns(type: string, platform: BuildPlatform): { runs: true } | { runs: false; why: string } {
  if (!(URUNC_TYPES as readonly string[]).includes(type)) {
    return { runs: false, why: `urunc ${URUNC_RELEASE} runs ${URUNC_TYPES.join(', ')} unikernels, not ${type}` }
  }
  if (!uruncHypervisorOf(platform)) return { runs: false, why: `urunc ${URUNC_RELEASE} has no monitor for the ${platform} platform` }
  return { runs: true }
}
