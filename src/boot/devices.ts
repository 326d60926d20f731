import type { DeclaredDevice } from '../kernel/solo5-abi.js'
import { inputError } from '../runtime/errors.js'
import type { AttachedDevice, NetworkMode } from '../vmm/types.js'

/** A `disk` item: `NAME=path` binds a declared block device by name; a bare path takes the next unbound one. */
export interface DiskItem {
  name?: string
  path: string
}

/** Solo5 device names are alphanumeric (elftool refuses anything else), so `NAME=` cannot be the start of a path by accident. */
const NAMED_DISK = /^([A-Za-z0-9]{1,67})=(.+)$/

export function parseDiskItem(item: string): DiskItem {
  const named = NAMED_DISK.exec(item)
  return named ? { name: named[1], path: named[2] } : { path: item }
}

export interface DeviceRequest {
  kernel: string
  declared: readonly DeclaredDevice[]
  /** `disk` items, paths already resolved and checked. */
  disks: readonly DiskItem[]
  network: NetworkMode
  hasPorts: boolean
  hasProbes: boolean
}

function describeDeclared(declared: readonly DeclaredDevice[], kind: DeclaredDevice['kind']): string {
  const names = declared.filter((d) => d.kind === kind).map((d) => d.name)
  return names.length ? `${kind} device${names.length > 1 ? 's' : ''} ${names.join(', ')}` : `no ${kind} device`
}

/**
 * Binds the `disk` items to the block devices the kernel declares (by name, then positional paths in
 * the kernel's order) and decides its net devices: every declared device gets exactly one attachment,
 * and nothing is attached that the kernel does not declare.
 */
export function attachDeclaredDevices(request: DeviceRequest): AttachedDevice[] {
  const { kernel, declared } = request
  const blocks = new Map<string, string>()
  for (const disk of request.disks.filter((d) => d.name !== undefined)) {
    const device = declared.find((d) => d.name === disk.name)
    if (!device || device.kind !== 'block') {
      throw inputError(
        'disk',
        `\`${disk.name}=${disk.path}\`: ${kernel} declares no block device \`${disk.name}\` (it declares ${describeDeclared(declared, 'block')})`
      )
    }
    if (blocks.has(disk.name!)) throw inputError('disk', `the block device \`${disk.name}\` is given twice`)
    blocks.set(disk.name!, disk.path)
  }
  const positional = request.disks.filter((d) => d.name === undefined)
  const unbound = declared.filter((d) => d.kind === 'block' && !blocks.has(d.name))
  if (positional.length > unbound.length) {
    const extra = positional.slice(unbound.length).map((d) => d.path)
    throw inputError(
      'disk',
      `${extra.join(', ')}: no block device of ${kernel} is left for ${extra.length > 1 ? 'them' : 'it'} (it declares ${describeDeclared(declared, 'block')})`
    )
  }
  positional.forEach((disk, index) => blocks.set(unbound[index].name, disk.path))
  const missing = declared.filter((d) => d.kind === 'block' && !blocks.has(d.name)).map((d) => d.name)
  if (missing.length) {
    throw inputError(
      'disk',
      `${kernel} declares the block device${missing.length > 1 ? 's' : ''} ${missing.map((n) => `\`${n}\``).join(', ')}, and no disk is given for ` +
        `${missing.length > 1 ? 'them' : 'it'} (\`${missing[0]}=<path>\`, or paths in the kernel's order)`
    )
  }

  const nets = declared.filter((d) => d.kind === 'net')
  if (nets.length && request.network === 'none') {
    throw inputError(
      'network',
      `is none, but ${kernel} declares the net device${nets.length > 1 ? 's' : ''} ${nets.map((d) => `\`${d.name}\``).join(', ')}, which it cannot run without`
    )
  }
  if (!nets.length && (request.hasPorts || request.hasProbes)) {
    throw inputError(request.hasPorts ? 'ports' : 'probe', `${kernel} declares no net device, so nothing in the guest can answer (it boots with no NIC)`)
  }

  return declared.map((device): AttachedDevice =>
    device.kind === 'block' ? { kind: 'block', name: device.name, path: blocks.get(device.name)! } : { kind: 'net', name: device.name }
  )
}

/** What is attached to a declared device: `/tmp/disk.img`, `tap tap0`, `user networking`. */
export function attachedTo(device: AttachedDevice): string {
  return device.kind === 'block' ? device.path : device.tap ? `tap ${device.tap}` : 'user networking'
}

/** `storage (block) ← /tmp/disk.img`, for the log. */
export function describeAttachment(device: AttachedDevice): string {
  return `${device.name} (${device.kind}) ← ${attachedTo(device)}`
}
