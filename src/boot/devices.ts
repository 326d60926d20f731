import type { DeclaredDevice } from '../kernel/solo5-abi.js'
import { inputError } from '../runtime/errors.js'
import type { AttachedDevice, NetBacking, NetworkMode } from '../vmm/types.js'
import { newTapName, tapLink } from './taps.js'

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

/** A `net` item: `NAME=TAP` attaches the declared net device NAME to the user's tap device TAP. */
export interface NetItem {
  name: string
  tap: string
}

/** Linux interface names: 1–15 bytes, no `/`, `:`, `=` or white space. */
const NET_ITEM = /^([A-Za-z0-9]{1,67})=([^\s/:=]{1,15})$/

export function parseNetItem(item: string): NetItem {
  const match = NET_ITEM.exec(item)
  if (!match) throw inputError('net', `\`${item}\` is not NAME=TAP (a declared net device and a tap interface name, e.g. service0=tap0)`)
  return { name: match[1], tap: match[2] }
}

export interface DeviceRequest {
  kernel: string
  declared: readonly DeclaredDevice[]
  /** `disk` items, paths already resolved and checked. */
  disks: readonly DiskItem[]
  network: NetworkMode
  hasPorts: boolean
  hasProbes: boolean
  /** `net` items, parsed. */
  nets: readonly NetItem[]
  /** The VMM, for messages, and what it attaches a net device to. */
  vmm: string
  netBacking: NetBacking
  /** The tap `vmm-args` already attach a net device to, by the device's name. */
  tapInArgs: (name: string) => string | undefined
  /** Whether this host can create a tap device (root, or passwordless sudo). */
  canCreateTaps: boolean
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

  const taps = bindNets(request, nets)
  return declared.map((device): AttachedDevice =>
    device.kind === 'block'
      ? { kind: 'block', name: device.name, path: blocks.get(device.name)! }
      : { kind: 'net', name: device.name, ...taps.get(device.name) }
  )
}

/**
 * What each declared net device gets under a VMM that attaches them to taps: the tap the user names in
 * `net`, nothing when `vmm-args` attach it, else a tap the boot creates on the host-only link of the
 * device's net index. Under user networking, `net` has nothing to name.
 */
function bindNets(request: DeviceRequest, nets: readonly DeclaredDevice[]): Map<string, { tap?: string; link?: ReturnType<typeof tapLink> }> {
  const bound = new Map<string, { tap?: string; link?: ReturnType<typeof tapLink> }>()
  if (request.nets.length && request.netBacking !== 'tap') {
    throw inputError('net', `${request.vmm} attaches net devices to its own user networking, not to tap devices; leave \`net\` empty`)
  }
  for (const item of request.nets) {
    if (!nets.some((d) => d.name === item.name)) {
      throw inputError(
        'net',
        `\`${item.name}=${item.tap}\`: ${request.kernel} declares no net device \`${item.name}\` (it declares ${describeDeclared(request.declared, 'net')})`
      )
    }
    if (bound.has(item.name)) throw inputError('net', `the net device \`${item.name}\` is given twice`)
    if (request.tapInArgs(item.name) !== undefined) throw inputError('net', `the net device \`${item.name}\` is attached in vmm-args as well`)
    bound.set(item.name, { tap: item.tap })
  }
  if (request.netBacking !== 'tap') return bound
  nets.forEach((device, index) => {
    if (bound.has(device.name)) return
    const inArgs = request.tapInArgs(device.name)
    if (inArgs !== undefined) return void bound.set(device.name, { tap: inArgs })
    if (!request.canCreateTaps) {
      throw inputError(
        'net',
        `${request.kernel} declares the net device \`${device.name}\`, which ${request.vmm} attaches only to a tap device, and this step ` +
          `cannot create one (it needs root or passwordless sudo): create a tap and name it with \`net: ${device.name}=<tap>\`, ` +
          `or boot the kernel's virtio build with vmm: qemu for user networking`
      )
    }
    bound.set(device.name, { tap: newTapName(index), link: tapLink(index) })
  })
  return bound
}

/** What is attached to a declared device: `/tmp/disk.img`, `tap tap0`, `tap uk…n0 (created; host 10.0.0.1/30, guest 10.0.0.2)`, `user networking`. */
export function attachedTo(device: AttachedDevice): string {
  if (device.kind === 'block') return device.path
  if (!device.tap) return 'user networking'
  const link = device.link
  return link ? `tap ${device.tap} (created; host ${link.hostAddress}/${link.prefixLength}, guest ${link.guestAddress})` : `tap ${device.tap}`
}

/** `storage (block) ← /tmp/disk.img`, for the log. */
export function describeAttachment(device: AttachedDevice): string {
  return `${device.name} (${device.kind}) ← ${attachedTo(device)}`
}
