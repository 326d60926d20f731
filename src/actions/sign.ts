import { apiUrlOf, gitHubClient, repositoryOf } from '../github/client.js'
import { isForkPullRequest } from '../publish/options.js'
import type { ActionContext } from '../runtime/context.js'
import { inputError } from '../runtime/errors.js'
import type { Inputs } from '../runtime/inputs.js'
import { signImage, type SignatureRecord } from '../signing/sign-image.js'
import { firstRegistryOf, keyMaterial, maskFor, readFormats } from '../signing/action-inputs.js'
import { KeySigner, KeylessSigner } from '../signing/signer.js'
import type { ArtifactSigner, BundleJson } from '../signing/types.js'
import { loadSigningKey } from '../signing/keys.js'
import { decodeJwtClaims, keylessEndpoints, keyWitnesses, oidcAvailable, oidcTokenSource, type EndpointOverrides } from '../signing/keyless.js'
import { provenanceClaims, slsaProvenancePredicate } from '../signing/provenance.js'
import { openTarget, requestedImages } from '../signing/targets.js'
import { parseSbomChoice, sbomAttachments } from '../signing/sbom-attestation.js'
import { registryOpener } from '../signing/registry-access.js'
import { signSummaryMarkdown } from '../signing/summary.js'

/** Every input of `sign`, as in its action.yml (the CLI accepts exactly these as flags). */
export const SIGN_INPUTS = [
  'image',
  'identity',
  'key',
  'key-password',
  'keyless',
  'fulcio-url',
  'rekor-url',
  'tsa-url',
  'tlog',
  'annotations',
  'format',
  'provenance',
  'sbom',
  'files',
  'release',
  'github-token',
  'username',
  'password',
  'docker-config',
  'insecure',
  'registry-timeout',
  'registry-min-rate'
] as const

export function readAnnotations(inputs: Inputs): Record<string, string> {
  const annotations: Record<string, string> = {}
  for (const line of inputs.list('annotations', { newlineOnly: true })) {
    const eq = line.indexOf('=')
    if (eq <= 0) throw inputError('annotations', `\`${line}\` is not key=value`)
    annotations[line.slice(0, eq).trim()] = line.slice(eq + 1).trim()
  }
  return annotations
}

function url(inputs: Inputs, name: string): string | undefined {
  const value = inputs.optional(name)
  if (value === undefined) return undefined
  let parsed: URL
  try {
    parsed = new URL(value)
  } catch {
    throw inputError(name, `\`${value}\` is not a URL (e.g. https://fulcio.example.com)`)
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') throw inputError(name, `\`${value}\` is not an http(s) URL`)
  return value.replace(/\/$/, '')
}

export function readOverrides(inputs: Inputs): EndpointOverrides {
  const tlog = inputs.optional('tlog')
  return {
    fulcioUrl: url(inputs, 'fulcio-url'),
    rekorUrl: url(inputs, 'rekor-url'),
    tsaUrl: url(inputs, 'tsa-url'),
    tlog: tlog === undefined ? undefined : inputs.boolean('tlog', false)
  }
}

type SignerChoice = { signer: ArtifactSigner; tokenClaims?: () => Promise<Record<string, unknown>> } | { skip: string }

async function chooseSigner(context: ActionContext, overrides: EndpointOverrides): Promise<SignerChoice> {
  const { inputs, env, logger } = context
  const keyText = keyMaterial(inputs.source.secret('key'))
  const password = inputs.source.secret('key-password')
  const keyless = inputs.choice('keyless', ['auto', 'true', 'false'], 'auto')
  if (keyText) {
    // A PEM printed across log lines is only hidden when each of its lines is masked.
    maskFor(context)(keyText)
    if (keyless === 'true') throw inputError('keyless', 'is true, but `key` is given too: sign with one or the other')
    const key = await loadSigningKey(keyText, password || undefined)
    return { signer: new KeySigner(key, keyWitnesses(overrides)) }
  }
  if (keyless === 'false') throw inputError('key', 'is required when keyless is false: give an ECDSA P-256 private key (PEM) or a cosign.key')
  if (!oidcAvailable(env)) {
    if (isForkPullRequest(env)) return { skip: 'a pull request from a fork gets neither secrets nor an OIDC token' }
    throw inputError('key', 'or an OIDC token is required: give `key`, or let the job sign keyless with `permissions: id-token: write`')
  }
  const endpoints = keylessEndpoints(env, overrides)
  const instance = endpoints.instance === 'custom' ? 'the given' : endpoints.instance === 'github' ? "GitHub's" : 'the public-good'
  logger.info(
    `Keyless signing with ${instance} Sigstore instance: Fulcio ${endpoints.fulcioUrl}` +
      `${endpoints.rekorUrl ? `, Rekor ${endpoints.rekorUrl}` : ''}${endpoints.tsaUrl ? `, TSA ${endpoints.tsaUrl}` : ''}`
  )
  const getToken = oidcTokenSource(env, maskFor(context))
  return { signer: new KeylessSigner({ ...endpoints, getToken }), tokenClaims: async () => decodeJwtClaims(await getToken()) }
}

/** `sign`: read inputs → choose key or keyless → sign images and files → outputs, summary, job state. */
export async function signAction(context: ActionContext): Promise<SignatureRecord[]> {
  const { inputs, logger, outputs, env } = context
  const formats = readFormats(inputs)
  const annotations = readAnnotations(inputs)
  const overrides = readOverrides(inputs)
  const files = inputs.list('files')
  const release = inputs.optional('release')
  if (release && files.length === 0) throw inputError('release', 'needs `files`: it is where the blob signatures are uploaded')
  const wantsProvenance = inputs.boolean('provenance', context.onGitHub)
  const sbomChoice = parseSbomChoice('sbom', inputs.list('sbom'))
  const explicitImages = inputs.list('image').length > 0
  const requests = explicitImages || files.length === 0 ? requestedImages(inputs, context.jobState, 'sign') : []
  if (sbomChoice.mode === 'files' && requests.length === 0) throw inputError('sbom', 'names SBOM files, but no image is signed to attach them to: give `image`')

  const choice = await chooseSigner(context, overrides)
  if ('skip' in choice) {
    logger.notice(`Signing skipped: ${choice.skip}`)
    for (const name of ['signatures', 'bundles']) outputs.set(name, [])
    for (const name of ['public-key', 'certificate']) outputs.set(name, '')
    return []
  }
  const { signer } = choice
  const provenance =
    wantsProvenance && requests.length > 0 ? slsaProvenancePredicate(provenanceClaims(env, choice.tokenClaims ? await choice.tokenClaims() : {})) : undefined

  const records: SignatureRecord[] = []
  const provenanceBundles: BundleJson[] = []
  const sbomBundles: BundleJson[] = []
  let certificate: string | undefined
  const openRegistry = registryOpener({ inputs, env, logger, mask: maskFor(context), access: 'push', firstRegistry: firstRegistryOf(requests) })
  for (const request of requests) {
    await logger.group(`Sign ${request.image}`, async () => {
      const target = await openTarget(request, openRegistry, { requireIdentity: true, requireDigest: true })
      try {
        const sboms = await sbomAttachments(target, sbomChoice, context.jobState.read().build, { input: 'sbom', logger })
        const result = await signImage(
          { image: target.image, store: target.store, digest: target.digest, identity: target.identity! },
          { signer, formats, annotations, provenance, sboms: sboms.map(({ subject, sbom }) => ({ subject, document: sbom.document })), logger }
        )
        records.push(...result.signatures)
        certificate ??= result.certificatePem
        if (result.provenanceBundle) provenanceBundles.push(result.provenanceBundle)
        sbomBundles.push(...(result.sbomBundles ?? []))
      } finally {
        target.close()
      }
    })
  }

  const bundles: string[] = []
  if (files.length > 0) {
    await logger.group('Sign files', async () => {
      const { resolveFiles, signFiles } = await import('../signing/sign-blobs.js')
      const signed = await signFiles(await resolveFiles(files), signer, logger)
      bundles.push(...signed.map((s) => s.bundle))
      certificate ??= signed.find((s) => s.certificatePem)?.certificatePem
      if (release) {
        const { fileAssets, releaseClient, uploadReleaseAssets } = await import('../github/releases.js')
        const { github, repository } = await releaseClient({ env, token: inputs.source.secret('github-token'), logger })
        const assets = await fileAssets(signed.flatMap((s) => [s.bundle, s.signature]))
        const upload = await uploadReleaseAssets(github, repository, release, assets, logger)
        logger.info(
          `Release ${release}: ${upload.uploaded.length} signature files uploaded, ${upload.replaced.length} replaced, ${upload.unchanged.length} unchanged`
        )
      }
    })
  }

  const repository = repositoryOf(env)
  const token = inputs.source.secret('github-token')
  const attestations = [...provenanceBundles.map((bundle) => ({ bundle, what: 'provenance' })), ...sbomBundles.map((bundle) => ({ bundle, what: 'SBOM' }))]
  if (signer.mode === 'keyless' && attestations.length > 0 && context.onGitHub && repository && token) {
    const { storeAttestation } = await import('../github/attestations.js')
    const github = await gitHubClient({ apiUrl: apiUrlOf(env), token, env, logger })
    for (const { bundle, what } of attestations) {
      const outcome = await storeAttestation(github, repository, bundle)
      if (outcome.stored) logger.info(`Stored the ${what} attestation on GitHub${outcome.id ? ` (id ${outcome.id})` : ''}`)
      else logger.notice(`The ${what} attestation was not stored on GitHub (${outcome.reason}); it is attached to the image`)
    }
  }

  outputs.set(
    'signatures',
    records.map((r) => ({ image: r.image, digest: r.digest, kind: r.kind, format: r.format, 'signature-ref': r.ref }))
  )
  outputs.set('public-key', signer.publicKeyPem ?? '')
  outputs.set('certificate', certificate ?? '')
  outputs.set('bundles', bundles)
  context.jobState.record('sign', {
    mode: signer.mode,
    signatures: records.map((r) => ({ image: r.image, digest: r.digest, kind: r.kind, format: r.format, ref: r.ref })),
    bundles
  })
  await context.summary.write(signSummaryMarkdown({ mode: signer.mode, records, bundles }))
  return records
}
