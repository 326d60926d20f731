import { firecracker } from './firecracker.js'
import { qemu } from './qemu.js'
import { solo5Hvt, solo5Spt } from './solo5.js'
import type { VmmDriver, VmmName } from './types.js'
import { uhyve } from './uhyve.js'

/** One line per VMM. */
const DRIVERS = {
  qemu,
  'solo5-spt': solo5Spt,
  'solo5-hvt': solo5Hvt,
  firecracker,
  uhyve
} satisfies Record<VmmName, VmmDriver>

export const VMM_DRIVERS: readonly VmmDriver[] = Object.values(DRIVERS)

export function vmmDriver(name: VmmName): VmmDriver {
  return DRIVERS[name]
}
