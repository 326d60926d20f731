/**
 * Which images `sign` and `verify` work on and where their signatures live: the `image` input, else
 * the job's last publish, else its last build; each opened as a SignatureStore with the digest to
 * sign and the repository a payload names.
 */
import { OciLayout } from '../oci/layout-reader.js'
import { formatImageReference, parseImageReference, parseRegistryReference, type RegistryReference } from '../oci/reference.js'
import { inputError, isConfigurationError } from '../runtime/errors.js'
import type { Inputs } from '../runtime/inputs.js'
import type { JobState } from '../runtime/job-state.js'
import { LayoutSignatureStore, type SignatureStore } from './store.js'

export interface ImageRequest {
  /** As given (or as the job state recorded it). */
  image: string
  /** The repository for an `oci:` image (`identity` input, else the build's `name`). */
  identity?: string
}

export interface OpenedTarget {
  image: string
  store: SignatureStore
  digest: string
  /** The repository a payload names: the registry repository, or the identity of an `oci:` image. */
  identity?: string
  close(): void
}

export type RegistryOpener = (reference: RegistryReference) => Promise<{ store: SignatureStore; close(): void }>

/** `docker.io` repositories are named as cosign names them (go-containerregistry's canonical form). */
export function dockerReference(reference: RegistryReference): string {
  const registry = reference.registry === 'docker.io' ? 'index.docker.io' : reference.registry
  return `${registry}/${reference.repository}`
}

/** The repository an `oci:` image will be published to: registry-qualified, no tag, no digest. */
export function parseIdentity(input: string, value: string): string {
  const reference = parseRegistryReference(input, value)
  if (reference.tag || reference.digest) throw inputError(input, `\`${value}\` names a repository, without tag or digest (e.g. ghcr.io/acme/web)`)
  return dockerReference(reference)
}

export function requestedImages(inputs: Inputs, jobState: JobState, action: string): ImageRequest[] {
  const identityValue = inputs.optional('identity')
  const identity = identityValue === undefined ? undefined : parseIdentity('identity', identityValue)
  const images = inputs.list('image')
  if (images.length > 0) return images.map((image) => ({ image, identity }))
  const state = jobState.read()
  // An `oci:` image's repository, when the user gave none: the build's name, if it names one (the
  // default name is the project directory's, which is no repository; openTarget then asks for one).
  const buildIdentity = () => identity ?? registryIdentity(state.build?.name)
  if (state.publish && state.publish.refs.length > 0) {
    const seen = new Set<string>()
    const requests: ImageRequest[] = []
    for (const { ref, digest } of state.publish.refs) {
      const parsed = parseImageReference('image', ref)
      const image = parsed.kind === 'registry' ? `${parsed.registry}/${parsed.repository}@${digest}` : `oci:${parsed.dir}@${digest}`
      if (seen.has(image)) continue
      seen.add(image)
      // A registry image's identity is its own repository, whatever the build was called.
      requests.push({ image, identity: parsed.kind === 'registry' ? undefined : buildIdentity() })
    }
    return requests
  }
  if (state.build?.image) return [{ image: state.build.image, identity: buildIdentity() }]
  throw inputError('image', `is required: no \`publish\` or \`build\` ran earlier in this job to ${action} by default`)
}

/** A build name as a signing identity, when it names a registry repository (`ghcr.io/acme/web`); else none. */
function registryIdentity(name: string | undefined): string | undefined {
  if (!name) return undefined
  try {
    return parseIdentity('identity', name)
  } catch (error) {
    if (isConfigurationError(error)) return undefined
    throw error
  }
}

/** Opens the store holding `request`'s image and resolves the digest to work on. */
export async function openTarget(
  request: ImageRequest,
  openRegistry: RegistryOpener,
  options: { requireIdentity: boolean; requireDigest: boolean }
): Promise<OpenedTarget> {
  const reference = parseImageReference('image', request.image)
  if (reference.kind === 'registry') {
    if (!reference.digest && options.requireDigest) {
      throw inputError(
        'image',
        `\`${request.image}\` has no digest: signatures name a digest, ` +
          `so give one (e.g. ${reference.registry}/${reference.repository}@\${{ steps.publish.outputs.digest }})`
      )
    }
    const { store, close } = await openRegistry(reference)
    try {
      // A tag is resolved once; everything after works on that digest.
      const digest = reference.digest ?? (await store.getByDigest(reference.tag ?? 'latest')).descriptor.digest
      // Signing names the image's own repository; verifying accepts the one `identity` names instead (a
      // promoted copy carries the signatures made for its source repository).
      const identity = options.requireIdentity ? dockerReference(reference) : (request.identity ?? dockerReference(reference))
      return { image: request.image, store, digest, identity, close }
    } catch (error) {
      close()
      throw error
    }
  }
  if (options.requireIdentity && !request.identity) {
    throw inputError(
      'identity',
      `is required for \`${request.image}\`: name the repository the image will be published to (e.g. ghcr.io/acme/web); it is what the signature payload names`
    )
  }
  const layout = await OciLayout.open('image', reference.dir)
  const descriptor = await layout.resolve({ tag: reference.tag, digest: reference.digest })
  return {
    image: formatImageReference(reference),
    store: new LayoutSignatureStore(reference.dir, 'image', layout),
    digest: descriptor.digest,
    identity: request.identity,
    close: () => undefined
  }
}
