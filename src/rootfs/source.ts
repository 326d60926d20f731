import { readdir, stat } from 'node:fs/promises'
import { dirname, isAbsolute, resolve } from 'node:path'
import { parseImageReference, type ImageReference } from '../oci/reference.js'
import { ConfigurationError, inputError } from '../runtime/errors.js'
import { openRegularFile, readRange } from '../runtime/regular-file.js'
import type { RootfsRequest } from '../toolchains/types.js'

/** What a `rootfs` names, once looked at. */
export type RootfsSource =
  { kind: 'directory'; dir: string } | { kind: 'dockerfile'; dockerfile: string; context: string } | { kind: 'image'; ref: ImageReference }

/** The error for a bad rootfs: naming the `rootfs` input, or the Kraftfile it came from. */
export function rootfsError(request: RootfsRequest, problem: string): ConfigurationError {
  if (request.from === 'Kraftfile') return new ConfigurationError(`the Kraftfile's rootfs \`${request.source}\`: ${problem}`)
  return inputError('rootfs', problem)
}

const EXPECTED = 'expected a directory, a Dockerfile (or a directory holding one), or an OCI image reference (e.g. ghcr.io/acme/root:1.0, oci:<dir>:<tag>)'
const DOCKERFILE_PEEK = 64 * 1024

/**
 * Classifies a rootfs: an existing path is a directory (a Dockerfile build when it holds a file named
 * `Dockerfile`) or a Dockerfile; `oci:` is a layout; anything else must be a registry-qualified image
 * reference. Relative paths resolve from the project directory.
 */
export async function classifyRootfs(request: RootfsRequest, projectDir: string): Promise<RootfsSource> {
  const { source } = request
  if (source.trim() === '') throw rootfsError(request, `is empty: ${EXPECTED}`)
  const path = isAbsolute(source) ? source : resolve(projectDir, source)
  // The path the user named is followed if it is a symlink; nothing inside the tree ever is.
  const info = source.startsWith('oci:') ? undefined : await stat(path).catch(() => undefined)
  if (info?.isDirectory()) {
    const entries = await readdir(path)
    if (entries.includes('Dockerfile') && (await stat(resolve(path, 'Dockerfile'))).isFile()) {
      return { kind: 'dockerfile', dockerfile: resolve(path, 'Dockerfile'), context: path }
    }
    return { kind: 'directory', dir: path }
  }
  if (info?.isFile()) {
    if (!(await looksLikeDockerfile(path))) {
      throw rootfsError(request, `${path} is a file but not a Dockerfile (its first instruction is not FROM or ARG): ${EXPECTED}`)
    }
    return { kind: 'dockerfile', dockerfile: path, context: dirname(path) }
  }
  if (info) throw rootfsError(request, `${path} is neither a directory nor a regular file: ${EXPECTED}`)
  if (source.startsWith('oci:') || looksLikeReference(source)) {
    try {
      return { kind: 'image', ref: parseImageReference('rootfs', source) }
    } catch (error) {
      if (error instanceof ConfigurationError && request.from === 'Kraftfile') throw rootfsError(request, error.message.replace(/^input `rootfs`: /, ''))
      throw error
    }
  }
  throw rootfsError(request, `${path} does not exist, and \`${source}\` is not an image reference: ${EXPECTED}`)
}

/** `host.tld/…`, `host:port/…`, `localhost/…`: the first component names a registry. */
function looksLikeReference(source: string): boolean {
  const slash = source.indexOf('/')
  if (slash <= 0 || source.startsWith('.')) return false
  const first = source.slice(0, slash)
  return first.includes('.') || first.includes(':') || first === 'localhost' || first.startsWith('[')
}

/**
 * A Dockerfile's first instruction, after comments, parser directives and blank lines, is FROM (or
 * ARG before FROM), whatever the file is called.
 */
async function looksLikeDockerfile(path: string): Promise<boolean> {
  const { handle } = await openRegularFile(path)
  let text: string
  try {
    text = (await readRange(handle, 0, DOCKERFILE_PEEK)).toString('utf8')
  } finally {
    await handle.close()
  }
  for (const line of text.split('\n')) {
    const trimmed = line.trim()
    if (trimmed === '' || trimmed.startsWith('#')) continue
    return /^(FROM|ARG)\s/i.test(trimmed)
  }
  return false
}
