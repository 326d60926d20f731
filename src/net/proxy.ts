/**
 * Which proxy a request goes through, one rule for every HTTP client the suite drives itself (the
 * GitHub API, OCI registries), read from the variables corporate runners set: `HTTPS_PROXY` for https
 * URLs, `HTTP_PROXY` for http URLs (lower-case names first, as curl and @actions/http-client read
 * them), `NO_PROXY` for exceptions. Loopback never goes through a proxy.
 */
import { isIP } from 'node:net'

/** Loopback never goes through a proxy (as Go's httpproxy and @actions/http-client decide, so docker, skopeo and the runner agree with us). */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.startsWith('[') ? hostname.slice(1, -1) : hostname
  if (host === 'localhost' || host.endsWith('.localhost')) return true
  if (isIP(host) === 4) return host.startsWith('127.')
  if (isIP(host) === 6) return host === '::1' || host === '0:0:0:0:0:0:0:1'
  return false
}

function variable(env: NodeJS.ProcessEnv, name: string): string | undefined {
  return env[name.toLowerCase()] || env[name.toUpperCase()] || undefined
}

function defaultPort(protocol: string): string {
  return protocol === 'https:' ? '443' : '80'
}

/**
 * Whether `NO_PROXY` exempts `url`: `*` exempts everything; `example.com`, `.example.com` and
 * `*.example.com` exempt that domain and every name under it; `host:port` only that port; IP
 * addresses match exactly.
 */
export function exemptFromProxy(url: URL, noProxy: string | undefined): boolean {
  if (!noProxy) return false
  const host = url.hostname.replace(/^\[|\]$/g, '').toLowerCase()
  const port = url.port || defaultPort(url.protocol)
  for (const raw of noProxy.split(/[\s,]+/)) {
    const item = raw.trim().toLowerCase()
    if (!item) continue
    if (item === '*') return true
    const match = /^(\[[^\]]+\]|[^:]+|[0-9a-f:]+)(?::(\d+))?$/.exec(item)
    let name = (match?.[1] ?? item).replace(/^\[|\]$/g, '')
    if (match?.[2] && match[2] !== port) continue
    if (isIP(name)) {
      if (name === host) return true
      continue
    }
    name = name.replace(/^\*?\./, '')
    if (host === name || host.endsWith(`.${name}`)) return true
  }
  return false
}

/** The proxy `url` goes through, or undefined for a direct connection. */
export function proxyFor(url: URL, env: NodeJS.ProcessEnv): URL | undefined {
  if (isLoopbackHost(url.hostname)) return undefined
  const value = variable(env, url.protocol === 'https:' ? 'https_proxy' : 'http_proxy')
  if (!value || exemptFromProxy(url, variable(env, 'no_proxy'))) return undefined
  try {
    // `proxy.corp:3128` without a scheme means HTTP, as curl reads it.
    return new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value : `http://${value}`)
  } catch {
    throw new Error(`${url.protocol === 'https:' ? 'HTTPS_PROXY' : 'HTTP_PROXY'} is not a URL: ${value}`)
  }
}
