/**
 * What `network: restricted` promises about the boot's own traffic: probes reach only the guest (on
 * loopback through a forwarded port, or at its address on a tap link the step created), and VMM
 * arguments that would add a NIC or a listener of their own are pointed out.
 */
import { inputError } from '../runtime/errors.js'
import type { NetworkMode, PortForward } from '../vmm/types.js'
import type { ProbeTarget } from './probe.js'

export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase()
  return host === 'localhost' || host === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host)
}

function probePort(url: URL): number {
  if (url.port) return Number(url.port)
  return url.protocol === 'https:' ? 443 : 80
}

/**
 * Refuses, before anything boots, a probe that would reach something other than the guest: unless
 * `network: open`, a probe names a loopback address on a port `ports` forwards, or a tap guest's
 * address (`tapGuests`, on links this step creates).
 */
export function checkProbeHosts(probes: readonly ProbeTarget[], forwards: readonly PortForward[], tapGuests: readonly string[], network: NetworkMode): void {
  if (network === 'open') return
  const forwarded = forwards.map((f) => f.host)
  for (const probe of probes) {
    const { hostname } = probe.url
    if (tapGuests.includes(hostname)) continue
    if (isLoopbackHost(hostname) && forwarded.includes(probePort(probe.url))) continue
    const where = isLoopbackHost(hostname)
      ? `port ${probePort(probe.url)} is not one \`ports\` forwards (${forwarded.length ? forwarded.join(', ') : 'none'})`
      : `${hostname} is not the guest`
    const taps = tapGuests.length ? ` or a tap guest (${tapGuests.join(', ')})` : ''
    throw inputError(
      'probe',
      `\`${probe.original}\`: ${where}; under network: ${network} a probe reaches only the guest: a loopback address on a forwarded port${taps} ` +
        '({80} stands for the port forwarded to guest port 80); set network: open to probe another address'
    )
  }
}

/** Options that add a NIC or a listener; with a pattern, only when their value matches it (`-serial tcp:…`). */
const RISKY_OPTIONS: Record<string, RegExp | undefined> = {
  '-netdev': undefined,
  '-nic': undefined,
  '-net': undefined,
  '-vnc': undefined,
  '-spice': undefined,
  '-gdb': undefined,
  '-serial': /^(tcp|udp|telnet|websocket|unix):/,
  '-monitor': /^(tcp|udp|telnet|websocket|unix):/,
  '-qmp': /^(tcp|udp|telnet|websocket|unix):/,
  '-chardev': /^(socket|udp)\b/
}

/** The `vmm-args` items that add a NIC or a listener `network: restricted` knows nothing of, as written (option and value). */
export function riskyVmmArgs(args: readonly string[]): string[] {
  const found: string[] = []
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]
    // QEMU takes `--netdev` as well as `-netdev`.
    const name = arg.startsWith('--') ? arg.slice(1) : arg
    if (Object.hasOwn(RISKY_OPTIONS, name)) {
      const value = args[i + 1] ?? ''
      i++
      const pattern = RISKY_OPTIONS[name]
      if (value === 'none' || (pattern && !pattern.test(value))) continue
      found.push(`${arg} ${value}`.trim())
    } else if (arg === '-s' || /hostfwd=/.test(arg)) {
      // -s: a gdb server on tcp::1234.
      found.push(arg)
    }
  }
  return found
}
