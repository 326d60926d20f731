/**
 * Release assets: each file gets `<file>.sigstore.json` (a v0.3 message-signature bundle, what
 * `cosign verify-blob --bundle` reads) and `<file>.sig` (the base64 signature, as `cosign sign-blob`
 * writes it, checkable with openssl after base64 -d).
 */
import { readFile, stat } from 'node:fs/promises'
import { writeFileAtomically } from '../runtime/files.js'
import { inputError } from '../runtime/errors.js'
import type { Logger } from '../runtime/logger.js'
import type { ArtifactSigner } from './types.js'

export interface SignedBlob {
  file: string
  bundle: string
  signature: string
  certificatePem?: string
}

/** Expands the `files` input (paths and globs); a pattern matching nothing is a configuration error. */
export async function resolveFiles(patterns: readonly string[]): Promise<string[]> {
  const files: string[] = []
  const glob = await import('@actions/glob')
  for (const pattern of patterns) {
    const matched = await (await glob.create(pattern, { matchDirectories: false })).glob()
    const regular: string[] = []
    for (const path of matched) if ((await stat(path)).isFile()) regular.push(path)
    // Signing our own output again would sign signatures.
    const wanted = regular.filter((path) => !path.endsWith('.sigstore.json') && !path.endsWith('.sig'))
    if (wanted.length === 0) throw inputError('files', `\`${pattern}\` matches no file`)
    for (const path of wanted.sort()) if (!files.includes(path)) files.push(path)
  }
  return files
}

export async function signFiles(files: readonly string[], signer: ArtifactSigner, logger: Logger): Promise<SignedBlob[]> {
  const signed: SignedBlob[] = []
  for (const file of files) {
    const result = await signer.signMessage(await readFile(file), { bundle: true })
    if (!result.bundle) throw new Error(`signing ${file} produced no bundle`)
    const bundle = `${file}.sigstore.json`
    const signature = `${file}.sig`
    await writeFileAtomically(bundle, `${JSON.stringify(result.bundle)}\n`)
    await writeFileAtomically(signature, result.signature.toString('base64'))
    logger.info(`Signed ${file}: ${bundle}, ${signature}`)
    signed.push({ file, bundle, signature, certificatePem: result.certificatePem })
  }
  return signed
}
