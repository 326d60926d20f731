/**
 * Signing one image: its digest and, for an image index, every manifest it lists (so a digest that
 * `docker pull --platform …` resolves verifies too). Per digest: a simple-signing layer appended to
 * `sha256-<hex>.sig` (format `cosign`) and/or a Sigstore bundle referrer (format `bundle`); per image
 * one provenance statement naming all of them, and per platform manifest its SPDX SBOM statement,
 * each stored as `.att` layer and/or bundle referrer.
 */
import { OCI_CONFIG, OCI_EMPTY, OCI_MANIFEST, isIndexMediaType, isManifestMediaType, parseOciManifest, type OciDescriptor } from '../oci/image-spec.js'
import type { Logger } from '../runtime/logger.js'
import { statement, type StatementSubject } from './dsse.js'
import {
  ANNOTATION_PREDICATE_TYPE,
  ANNOTATION_SIGNATURE,
  COSIGN_SIGN_PREDICATE,
  DSSE_MEDIA_TYPE,
  EMPTY_CONFIG,
  SIMPLE_SIGNING_MEDIA_TYPE,
  SLSA_PROVENANCE_V1,
  SPDX_DOCUMENT_PREDICATE,
  attachmentConfig,
  attachmentManifest,
  attachmentTag,
  bundleReferrerManifest,
  BUNDLE_MEDIA_TYPE,
  sameLayer,
  simpleSigningPayload,
  type AttachmentKind,
  type AttachmentLayer,
  type SignatureFormat
} from './formats.js'
import { witnessAnnotations } from './cosign-annotations.js'
import type { ArtifactSigner, BundleJson, SignedStatement } from './types.js'
import { readSharedTag, updateSharedTag } from './shared-tag.js'
import { parseDocument, storeRef, type SignatureStore } from './store.js'

export { SIGNATURE_FORMATS, type SignatureFormat } from './formats.js'

export interface ImageTarget {
  /** As the user named it, for messages and outputs. */
  image: string
  store: SignatureStore
  /** The digest to sign (an index or a manifest). */
  digest: string
  /** The repository the payload names (`docker-reference`) and the statements' subject name. */
  identity: string
}

export interface SignImageOptions {
  signer: ArtifactSigner
  formats: readonly SignatureFormat[]
  /** The simple-signing payload's `optional` section. */
  annotations?: Record<string, string>
  /** The SLSA predicate to attest, when provenance is wanted. */
  provenance?: Record<string, unknown>
  /** SPDX documents to attest, each for the one platform manifest it describes. */
  sboms?: readonly { subject: OciDescriptor; document: Record<string, unknown> }[]
  logger: Logger
  now?: () => Date
}

export interface SignatureRecord {
  image: string
  digest: string
  kind: 'signature' | 'provenance' | 'sbom'
  format: SignatureFormat
  ref: string
}

export interface SignImageResult {
  signatures: SignatureRecord[]
  /** The SBOM attestations' bundles, for GitHub's attestations API too. */
  sbomBundles?: BundleJson[]
  /** The provenance bundle, for GitHub's attestations API. */
  provenanceBundle?: BundleJson
  certificatePem?: string
}

/** The digest itself, then the manifests an index lists (one level: that is what platforms resolve to). */
export async function subjectsOf(store: SignatureStore, digest: string): Promise<OciDescriptor[]> {
  const root = await store.getByDigest(digest)
  const subjects = [root.descriptor]
  if (isIndexMediaType(root.descriptor.mediaType)) {
    const index = parseDocument('index', root, `image index ${digest}`)
    for (const entry of index.manifests) {
      if (isManifestMediaType(entry.mediaType) && !subjects.some((s) => s.digest === entry.digest)) {
        subjects.push({ mediaType: entry.mediaType, digest: entry.digest, size: entry.size })
      }
    }
  }
  return subjects
}

/** Merges started over because the tag changed during the config upload, before writing regardless. */
const MERGES_BEFORE_WRITING = 5

/**
 * Appends layers to the `.sig`/`.att` manifest of `digest`, keeping every signature already there,
 * and — where other signers may write the same tag — until the store's answer holds them.
 */
export async function appendAttachment(store: SignatureStore, digest: string, kind: AttachmentKind, layers: AttachmentLayer[]): Promise<string> {
  const tag = attachmentTag(digest, kind)
  // Content-addressed, so uploaded before the read: the read-to-write window holds as little as can be.
  const ours: OciDescriptor[] = []
  for (const layer of layers) ours.push({ ...(await store.putBlob(layer.payload, layer.mediaType)), annotations: layer.annotations })
  const read = async (): Promise<{ digest?: string; layers: OciDescriptor[] }> => {
    const existing = await readSharedTag(store.sharedTags, () => store.getTagged(tag))
    if (!existing || !isManifestMediaType(existing.descriptor.mediaType)) return { digest: existing?.descriptor.digest, layers: [] }
    return { digest: existing.descriptor.digest, layers: parseOciManifest(JSON.parse(existing.bytes.toString('utf8')), tag).layers }
  }
  const missing = (present: OciDescriptor[]) => layers.filter((layer) => !present.some((d) => sameLayer(d, layer)))
  await updateSharedTag(
    `append to ${storeRef(store, tag)}`,
    store.sharedTags,
    async () => {
      for (let merge = 1; ; merge++) {
        const previous = await read()
        const absent = missing(previous.layers)
        if (absent.length === 0) return
        const descriptors = [...previous.layers, ...ours.filter((_, i) => absent.includes(layers[i]))]
        const config = await store.putBlob(attachmentConfig(descriptors), OCI_CONFIG)
        // The config upload can take a while (other signers upload the same blob): write only what
        // merged the tag as it is now, so the read-to-write window is one GET and one PUT.
        if (store.sharedTags && merge < MERGES_BEFORE_WRITING && (await read()).digest !== previous.digest) continue
        await store.putManifest(attachmentManifest(config, descriptors), OCI_MANIFEST, tag)
        return
      }
    },
    async () => missing((await read()).layers).length === 0
  )
  return tag
}

/** Stores a bundle as an OCI 1.1 referrer of `subject`; returns the referrer manifest's digest. */
export async function attachBundle(store: SignatureStore, subject: OciDescriptor, bundle: BundleJson, predicateType: string, created: Date): Promise<string> {
  const layer = await store.putBlob(Buffer.from(JSON.stringify(bundle)), BUNDLE_MEDIA_TYPE)
  await store.putBlob(EMPTY_CONFIG, OCI_EMPTY)
  const bytes = bundleReferrerManifest(layer, subject, predicateType, created)
  const descriptor = await store.putReferrer(bytes, parseOciManifest(JSON.parse(bytes.toString('utf8')), 'bundle referrer'))
  return descriptor.digest
}

function subjectOf(identity: string, digest: string): StatementSubject {
  return { name: identity, digest: { sha256: digest.replace(/^sha256:/, '') } }
}

export async function signImage(target: ImageTarget, options: SignImageOptions): Promise<SignImageResult> {
  const { signer, formats, logger } = options
  const now = options.now ?? (() => new Date())
  const { store } = target
  const subjects = await subjectsOf(store, target.digest)
  const result: SignImageResult = { signatures: [] }
  const record = (digest: string, kind: SignatureRecord['kind'], format: SignatureFormat, ref: string): void => {
    result.signatures.push({ image: target.image, digest, kind, format, ref })
    logger.info(`${kind === 'signature' ? 'Signed' : kind === 'sbom' ? 'Attested the SBOM of' : 'Attested'} ${digest} (${format}): ${ref}`)
  }

  for (const subject of subjects) {
    if (formats.includes('cosign')) {
      const payload = simpleSigningPayload(target.identity, subject.digest, options.annotations)
      const signed = await signer.signMessage(payload)
      result.certificatePem ??= signed.certificatePem
      const annotations = { [ANNOTATION_SIGNATURE]: signed.signature.toString('base64'), ...witnessAnnotations(signed) }
      const tag = await appendAttachment(store, subject.digest, 'sig', [{ mediaType: SIMPLE_SIGNING_MEDIA_TYPE, payload, annotations }])
      record(subject.digest, 'signature', 'cosign', storeRef(store, tag))
    }
    if (formats.includes('bundle')) {
      const signed = await signer.signStatement(statement([subjectOf(target.identity, subject.digest)], COSIGN_SIGN_PREDICATE, {}))
      result.certificatePem ??= signed.certificatePem
      const digest = await attachBundle(store, subject, signed.bundle, COSIGN_SIGN_PREDICATE, now())
      record(subject.digest, 'signature', 'bundle', storeRef(store, digest))
    }
  }

  /** One statement about `attested`, signed once, stored per subject as a `.att` layer and/or a bundle referrer. */
  const attest = async (attested: OciDescriptor[], predicateType: string, predicate: unknown, kind: SignatureRecord['kind']): Promise<SignedStatement> => {
    const signed = await signer.signStatement(
      statement(
        attested.map((s) => subjectOf(target.identity, s.digest)),
        predicateType,
        predicate
      )
    )
    result.certificatePem ??= signed.certificatePem
    for (const subject of attested) {
      if (formats.includes('cosign')) {
        const annotations = { [ANNOTATION_PREDICATE_TYPE]: predicateType, [ANNOTATION_SIGNATURE]: '', ...witnessAnnotations(signed) }
        const tag = await appendAttachment(store, subject.digest, 'att', [
          { mediaType: DSSE_MEDIA_TYPE, payload: Buffer.from(JSON.stringify(signed.envelope)), annotations }
        ])
        record(subject.digest, kind, 'cosign', storeRef(store, tag))
      }
      if (formats.includes('bundle')) {
        const digest = await attachBundle(store, subject, signed.bundle, predicateType, now())
        record(subject.digest, kind, 'bundle', storeRef(store, digest))
      }
    }
    return signed
  }

  if (options.provenance) result.provenanceBundle = (await attest(subjects, SLSA_PROVENANCE_V1, options.provenance, 'provenance')).bundle
  for (const sbom of options.sboms ?? [])
    (result.sbomBundles ??= []).push((await attest([sbom.subject], SPDX_DOCUMENT_PREDICATE, sbom.document, 'sbom')).bundle)
  return result
}
