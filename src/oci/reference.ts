import { isIPv6 } from 'node:net'
import { inputError } from '../runtime/errors.js'
import { isSha256Digest } from './image-spec.js'

/** `oci:<dir>[:<tag>|@sha256:<hex>]`: an OCI image layout directory on disk. */
export interface LayoutReference {
  kind: 'layout'
  dir: string
  tag?: string
  digest?: string
}

/** `host[:port]/repo[:tag][@sha256:<hex>]`: always registry-qualified. */
export interface RegistryReference {
  kind: 'registry'
  /** `ghcr.io`, `localhost:5000`, `[::1]:5000`. */
  registry: string
  repository: string
  tag?: string
  digest?: string
}

export type ImageReference = LayoutReference | RegistryReference

/** OCI distribution spec tag grammar (also Docker's). */
export const TAG_PATTERN = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/

/** One repository path component, OCI distribution spec grammar. */
const REPOSITORY_COMPONENT = /^[a-z0-9]+(?:(?:\.|_|__|-+)[a-z0-9]+)*$/
const HOSTNAME = /^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*$/
const NAME_MAX_LENGTH = 255

const LAYOUT_EXAMPLE = 'e.g. oci:out/image:1.0 or oci:out/image@sha256:<64 hex>'
const REGISTRY_EXAMPLE = 'e.g. ghcr.io/acme/web:1.0 or localhost:5000/web@sha256:<64 hex>'
/** Digest algorithms registered by the OCI image spec, refused by name rather than misparsed as dir:tag. */
const OTHER_DIGEST_SUFFIX = /@(sha\d+|blake3):[^/:@]*$/
const DIGEST_EXPECTED = 'expected sha256: followed by 64 lowercase hex digits'

/** Transports other tools accept that we do not, so their references get a pointed message. */
const FOREIGN_TRANSPORT = /^(docker|docker-archive|docker-daemon|oci-archive|dir|containers-storage|ostree|sif):/

export function isValidTag(tag: string): boolean {
  return TAG_PATTERN.test(tag)
}

/** Parses either kind: `oci:` starts a layout reference, anything else must be a registry-qualified name. */
export function parseImageReference(input: string, value: string): ImageReference {
  if (value.startsWith('oci:')) return parseLayoutReference(input, value)
  return parseRegistryReference(input, value)
}

export function parseLayoutReference(input: string, value: string): LayoutReference {
  if (!value.startsWith('oci:')) {
    throw inputError(input, `\`${value}\` is not a local image reference (${LAYOUT_EXAMPLE})`)
  }
  const rest = value.slice('oci:'.length)
  // A digest suffix is parsed first, so only a digest reference may name a directory containing ':'.
  const algorithm = OTHER_DIGEST_SUFFIX.exec(rest)?.[1]
  if (algorithm !== undefined && algorithm !== 'sha256') {
    throw inputError(input, `\`${value}\`: ${algorithm} digests are not supported: ${DIGEST_EXPECTED}`)
  }
  const at = rest.lastIndexOf('@')
  if (at >= 0 && rest.slice(at + 1).startsWith('sha256:')) {
    const dir = rest.slice(0, at)
    const digest = rest.slice(at + 1)
    if (!isSha256Digest(digest)) throw inputError(input, `\`${value}\`: digest \`${digest}\` is invalid: ${DIGEST_EXPECTED}`)
    if (dir === '') throw inputError(input, `\`${value}\` names no directory (${LAYOUT_EXAMPLE})`)
    return { kind: 'layout', dir, digest }
  }
  const colon = rest.indexOf(':')
  const dir = colon < 0 ? rest : rest.slice(0, colon)
  if (dir === '') throw inputError(input, `\`${value}\` names no directory (${LAYOUT_EXAMPLE})`)
  if (colon < 0) return { kind: 'layout', dir }
  const tag = rest.slice(colon + 1)
  if (tag === '') throw inputError(input, `\`${value}\` has an empty tag after ':' (${LAYOUT_EXAMPLE})`)
  if (!isValidTag(tag)) {
    const hint =
      tag.includes(':') || tag.includes('/') ? "; the directory ends at the first ':', so a directory containing ':' can only be referenced by digest" : ''
    throw inputError(
      input,
      `\`${value}\`: \`${tag}\` is not a valid tag (letters, digits, '_', '.', '-'; at most 128, not starting with '.' or '-')${hint} (${LAYOUT_EXAMPLE})`
    )
  }
  return { kind: 'layout', dir, tag }
}

function looksLikeRegistryHost(component: string): boolean {
  return component.includes('.') || component.includes(':') || component === 'localhost' || component.startsWith('[')
}

function validateRegistryHost(input: string, value: string, host: string): void {
  const invalid = (): never => {
    throw inputError(input, `\`${value}\`: \`${host}\` is not a valid registry host (${REGISTRY_EXAMPLE})`)
  }
  let port: string | undefined
  if (host.startsWith('[')) {
    const close = host.indexOf(']')
    if (close < 0 || !isIPv6(host.slice(1, close))) invalid()
    const after = host.slice(close + 1)
    if (after !== '' && !after.startsWith(':')) invalid()
    if (after !== '') port = after.slice(1)
  } else {
    const colon = host.indexOf(':')
    if (!HOSTNAME.test(colon < 0 ? host : host.slice(0, colon))) invalid()
    if (colon >= 0) port = host.slice(colon + 1)
  }
  if (port !== undefined && (!/^\d{1,5}$/.test(port) || Number(port) < 1 || Number(port) > 65535)) {
    throw inputError(input, `\`${value}\`: \`${port}\` is not a valid port in \`${host}\` (${REGISTRY_EXAMPLE})`)
  }
}

function dockerHubSuggestion(name: string, tag: string | undefined, digest: string | undefined): string {
  const repository = name.includes('/') ? name : `library/${name}`
  return `docker.io/${repository}${tag ? `:${tag}` : ''}${digest ? `@${digest}` : ''}`
}

export function parseRegistryReference(input: string, value: string): RegistryReference {
  const transport = FOREIGN_TRANSPORT.exec(value)
  if (transport) {
    const hint = transport[1] === 'docker' ? `; write the registry name without \`docker://\`` : ''
    throw inputError(input, `\`${value}\`: the \`${transport[1]}:\` transport is not supported${hint} (${REGISTRY_EXAMPLE}, or ${LAYOUT_EXAMPLE})`)
  }
  if (value === '' || /\s/.test(value)) throw inputError(input, `\`${value}\` is not an image reference (${REGISTRY_EXAMPLE})`)

  let rest = value
  let digest: string | undefined
  const at = rest.indexOf('@')
  if (at >= 0) {
    digest = rest.slice(at + 1)
    rest = rest.slice(0, at)
    if (!isSha256Digest(digest)) throw inputError(input, `\`${value}\`: digest \`${digest}\` is invalid: ${DIGEST_EXPECTED}`)
  }
  let tag: string | undefined
  const lastColon = rest.lastIndexOf(':')
  if (lastColon > rest.lastIndexOf('/') && !rest.slice(lastColon).includes(']')) {
    tag = rest.slice(lastColon + 1)
    rest = rest.slice(0, lastColon)
    if (!isValidTag(tag)) {
      throw inputError(input, `\`${value}\`: \`${tag}\` is not a valid tag (letters, digits, '_', '.', '-'; at most 128, not starting with '.' or '-')`)
    }
  }

  const slash = rest.indexOf('/')
  const first = slash < 0 ? rest : rest.slice(0, slash)
  if (!looksLikeRegistryHost(first)) {
    throw inputError(
      input,
      `\`${value}\` is not registry-qualified: it would be an implicit Docker Hub reference; ` +
        `write the registry explicitly, e.g. \`${dockerHubSuggestion(rest, tag, digest)}\``
    )
  }
  if (slash < 0 || slash === rest.length - 1) {
    throw inputError(input, `\`${value}\` names a registry but no repository (${REGISTRY_EXAMPLE})`)
  }
  const registry = first
  const repository = rest.slice(slash + 1)
  validateRegistryHost(input, value, registry)
  for (const component of repository.split('/')) {
    if (REPOSITORY_COMPONENT.test(component)) continue
    const hint = component !== component.toLowerCase() ? '; repository names are lowercase' : ''
    throw inputError(
      input,
      `\`${value}\`: \`${component}\` is not a valid repository path component ` +
        `(lowercase letters and digits, separated by '.', '_', '__' or '-')${hint} (${REGISTRY_EXAMPLE})`
    )
  }
  if (registry.length + 1 + repository.length > NAME_MAX_LENGTH) {
    throw inputError(input, `\`${value}\`: the name is longer than ${NAME_MAX_LENGTH} characters`)
  }
  const reference: RegistryReference = { kind: 'registry', registry, repository }
  if (tag !== undefined) reference.tag = tag
  if (digest !== undefined) reference.digest = digest
  return reference
}

export function formatImageReference(reference: ImageReference): string {
  if (reference.kind === 'layout') {
    if (reference.digest) return `oci:${reference.dir}@${reference.digest}`
    if (reference.tag) return `oci:${reference.dir}:${reference.tag}`
    return `oci:${reference.dir}`
  }
  return `${reference.registry}/${reference.repository}${reference.tag ? `:${reference.tag}` : ''}${reference.digest ? `@${reference.digest}` : ''}`
}
