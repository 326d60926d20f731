import { createServer } from 'node:net'
import { inputError } from '../runtime/errors.js'
import type { PortForward } from '../vmm/types.js'

/** `HOST:GUEST` items; host 0 means "pick a free port" (resolved later, just before spawning). */
export function parsePorts(items: string[]): PortForward[] {
  const forwards = items.map((item) => {
    const match = /^(\d{1,5}):(\d{1,5})$/.exec(item)
    const host = Number(match?.[1])
    const guest = Number(match?.[2])
    if (!match || host > 65535 || guest < 1 || guest > 65535) {
      throw inputError('ports', `\`${item}\` is not HOST:GUEST (e.g. 8080:80, or 0:80 for a free host port)`)
    }
    return { host, guest }
  })
  const seenHost = new Set<number>()
  for (const f of forwards) {
    if (f.host !== 0 && seenHost.has(f.host)) throw inputError('ports', `host port ${f.host} is forwarded twice`)
    seenHost.add(f.host)
  }
  return forwards
}

/** Replaces host port 0 with a port the kernel hands out now, on 127.0.0.1. */
export async function resolveFreePorts(forwards: PortForward[]): Promise<PortForward[]> {
  const resolved: PortForward[] = []
  for (const forward of forwards) resolved.push(forward.host === 0 ? { ...forward, host: await freePort() } : forward)
  return resolved
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.unref()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      server.close(() => resolve(port))
    })
  })
}
