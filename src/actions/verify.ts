import type { ActionContext } from '../runtime/context.js'
import { CheckFailedError, inputError } from '../runtime/errors.js'
import { loadPublicKey } from '../signing/keys.js'
import { openTarget, requestedImages } from '../signing/targets.js'
import { ImageVerifier, type ImageVerification, type Trust } from '../signing/verify-image.js'
import { verifySummaryMarkdown } from '../signing/summary.js'
import { firstRegistryOf, keyMaterial, maskFor, readFormats } from '../signing/action-inputs.js'
import { registryOpener } from '../signing/registry-access.js'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

/** Every input of `verify`, as in its action.yml (the CLI accepts exactly these as flags). */
export const VERIFY_INPUTS = [
  'image',
  'identity',
  'key',
  'certificate-identity',
  'certificate-oidc-issuer',
  'trusted-root',
  'format',
  'provenance',
  'require-sbom',
  'source-repository',
  'username',
  'password',
  'github-token',
  'docker-config',
  'insecure',
  'registry-timeout',
  'registry-min-rate'
] as const

/** Who issues GitHub Actions' OIDC tokens: the default `certificate-oidc-issuer`. */
export const GITHUB_ACTIONS_ISSUER = 'https://token.actions.githubusercontent.com'

/** The `trusted-root` input: inline JSON (or JSON Lines), or the path of such a file. */
function trustedRootText(value: string): string {
  if (value.trimStart().startsWith('{')) return value
  if (!existsSync(value)) throw inputError('trusted-root', `\`${value}\` is neither trusted-root JSON nor an existing file`)
  return readFileSync(value, 'utf8')
}

async function readTrust(context: ActionContext): Promise<Trust> {
  const { inputs } = context
  const keyValue = inputs.optional('key')
  const keyText = keyValue === undefined ? undefined : keyMaterial(keyValue)
  const identity = inputs.optional('certificate-identity')
  const issuer = inputs.optional('certificate-oidc-issuer') ?? GITHUB_ACTIONS_ISSUER
  if (keyText) {
    if (identity) throw inputError('key', 'and `certificate-identity` exclude each other: verify against a key or against a keyless identity')
    return { kind: 'key', key: loadPublicKey(keyText) }
  }
  if (!identity) {
    throw inputError(
      'certificate-identity',
      'is required (or `key`): the workflow identity keyless signatures must carry, e.g. ' +
        'https://github.com/acme/web/.github/workflows/release.yml@refs/heads/main, or the public key of key-signed ones'
    )
  }
  const { keylessVerifier, parseTrustedRoots, publicGoodTrustedRoot } = await import('../signing/sigstore-verify.js')
  const rootInput = inputs.optional('trusted-root')
  let roots: unknown[]
  if (rootInput) {
    try {
      roots = parseTrustedRoots(trustedRootText(rootInput))
    } catch (error) {
      if (error instanceof SyntaxError) throw inputError('trusted-root', `is not trusted-root JSON: ${error.message}`)
      throw error
    }
  } else {
    context.logger.info('Fetching the public-good Sigstore trusted root (TUF); give `trusted-root` for another instance')
    roots = [await publicGoodTrustedRoot(join(context.workRoot, 'sigstore-tuf'))]
  }
  try {
    return { kind: 'keyless', verifier: keylessVerifier(roots, { identity, issuer }) }
  } catch (error) {
    throw inputError('trusted-root', `is not a usable trusted root: ${(error as Error).message}`)
  }
}

/** `verify`: every image must carry a signature (any requested format) by the key or identity, and provenance when asked. */
export async function verifyAction(context: ActionContext): Promise<ImageVerification[]> {
  const { inputs, logger, outputs } = context
  const formats = readFormats(inputs)
  const requireProvenance = inputs.boolean('provenance', false)
  const requireSbom = inputs.boolean('require-sbom', false)
  const sourceRepository = inputs.optional('source-repository')
  const trust = await readTrust(context)
  const requests = requestedImages(inputs, context.jobState, 'verify')
  const openRegistry = registryOpener({ inputs, env: context.env, logger, mask: maskFor(context), access: 'pull', firstRegistry: firstRegistryOf(requests) })
  const results: ImageVerification[] = []
  for (const request of requests) {
    const target = await openTarget(request, openRegistry, { requireIdentity: false, requireDigest: false })
    try {
      const verifier = new ImageVerifier(target.store, {
        trust,
        formats,
        requireProvenance,
        requireSbom,
        sourceRepository,
        dockerReference: target.identity
      })
      const result = await verifier.verify(target.image, target.digest)
      results.push(result)
      if (result.verified) logger.info(`✔ ${target.image} (${target.digest}): ${result.reason}`)
      else logger.error(`${target.image} (${target.digest}) does not verify: ${result.reason}`)
    } finally {
      target.close()
    }
  }
  const verified = results.every((r) => r.verified)
  outputs.set('verified', verified)
  outputs.set('results', results)
  await context.summary.write(verifySummaryMarkdown(results))
  if (!verified) {
    const failed = results.filter((r) => !r.verified)
    const reasons = failed.map((r) => `${r.image}: ${r.reason}`).join('\n')
    throw new CheckFailedError(`${failed.length} of ${results.length} image${results.length === 1 ? '' : 's'} did not verify:\n${reasons}`)
  }
  return results
}
