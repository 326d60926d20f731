/** What `sign` and `verify` read alike: signature formats, secret masking, the registry credentials apply to. */
import type { ActionContext } from '../runtime/context.js'
import { inputError } from '../runtime/errors.js'
import type { Inputs } from '../runtime/inputs.js'
import { existsSync, readFileSync, statSync } from 'node:fs'
import { SIGNATURE_FORMATS, type SignatureFormat } from './formats.js'

export function readFormats(inputs: Inputs): SignatureFormat[] {
  const formats = inputs.list('format')
  if (formats.length === 0) return [...SIGNATURE_FORMATS]
  for (const format of formats) {
    if (!(SIGNATURE_FORMATS as readonly string[]).includes(format)) throw inputError('format', `\`${format}\` is not one of ${SIGNATURE_FORMATS.join(', ')}`)
  }
  return [...new Set(formats)] as SignatureFormat[]
}

/** Masks a secret (every line of it) under the runner; a terminal prints nothing it would need hiding from. */
export function maskFor(context: ActionContext): (secret: string) => void {
  return (secret) => context.mask(secret)
}

/** The registry of the first registry image: the one the `username`/`password` inputs are for. */
export function firstRegistryOf(requests: readonly { image: string }[]): string | undefined {
  for (const { image } of requests) {
    if (image.startsWith('oci:')) continue
    const slash = image.indexOf('/')
    if (slash > 0) return image.slice(0, slash)
  }
  return undefined
}

/**
 * A key input: PEM content (a workflow passes a secret), or the path of a PEM file (a terminal passes
 * `--key cosign.key`). Anything else is returned as is, for the PEM parser to reject by name.
 */
export function keyMaterial(value: string): string {
  if (value.includes('-----BEGIN')) return value
  const path = value.trim()
  if (path !== '' && !path.includes('\n') && existsSync(path) && statSync(path).isFile()) return readFileSync(path, 'utf8')
  return value
}
