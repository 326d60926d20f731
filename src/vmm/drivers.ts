import type { KernelInfo } from '../kernel/format.js'
import type { BuildPlatform } from '../platform.js'
import { firecracker } from './firecracker.js'
import { qemu } from './qemu.js'
import { solo5Hvt, solo5Spt } from './solo5.js'
import type { VmmDriver } from './types.js'
import { uhyve } from './uhyve.js'

/** One line per VMM: its `vmm` name and its driver. The names, the input's choices and the docs' tables all come from here. */
const DRIVERS = {
  qemu,
  'solo5-spt': solo5Spt,
  'solo5-hvt': solo5Hvt,
  firecracker,
  uhyve
} as const satisfies Record<string, VmmDriver>

export type VmmName = keyof typeof DRIVERS

export const VMM_NAMES = Object.keys(DRIVERS) as VmmName[]

export const VMM_DRIVERS: readonly VmmDriver[] = Object.values(DRIVERS)

/** What `vmm: auto` boots when neither an image descriptor nor the kernel names a VMM. */
export const DEFAULT_VMM: VmmName = 'qemu'

export function isVmmName(value: string): value is VmmName {
  return Object.hasOwn(DRIVERS, value)
}

export function vmmDriver(name: VmmName): VmmDriver {
  return DRIVERS[name]
}

/** The VMM that boots a build target platform's images; undefined for build-only platforms. */
export function vmmOfPlatform(platform: BuildPlatform): VmmName | undefined {
  return VMM_NAMES.find((name) => DRIVERS[name].platform === platform)
}

/** `vmm: auto` without a descriptor: the VMM a kernel says it was built for, else the default. */
export function vmmForKernel(kernel: KernelInfo): VmmName {
  return VMM_NAMES.find((name) => DRIVERS[name].claims?.(kernel)) ?? DEFAULT_VMM
}

/** The names of the VMMs with a capability, for messages and docs: `qemu, solo5-spt`. */
export function vmmNamesWhere(test: (driver: VmmDriver) => boolean): string {
  return VMM_NAMES.filter((name) => test(DRIVERS[name])).join(', ')
}
