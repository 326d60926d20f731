/**
 * cosign's and Sigstore's names, media types and documents: the simple-signing payload, the tags
 * signatures live under, the `.sig`/`.att` manifests and the bundle referrer. Pure functions only;
 * storing them is `store.ts`'s business.
 */
import { createHash } from 'node:crypto'
import { ANNOTATION_CREATED, OCI_CONFIG, OCI_EMPTY, OCI_INDEX, OCI_MANIFEST, type OciDescriptor, type OciIndex, type OciManifest } from '../oci/image-spec.js'

export const SIMPLE_SIGNING_MEDIA_TYPE = 'application/vnd.dev.cosign.simplesigning.v1+json'
export const DSSE_MEDIA_TYPE = 'application/vnd.dsse.envelope.v1+json'
export const BUNDLE_MEDIA_TYPE = 'application/vnd.dev.sigstore.bundle.v0.3+json'
export const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json'
export const IN_TOTO_STATEMENT_V1 = 'https://in-toto.io/Statement/v1'
export const SLSA_PROVENANCE_V1 = 'https://slsa.dev/provenance/v1'
/** What `cosign attest --type spdxjson` names an SPDX JSON predicate (in-toto-golang's PredicateSPDX). */
export const SPDX_DOCUMENT_PREDICATE = 'https://spdx.dev/Document'
/** What cosign v3 signs in place of a simple-signing payload when it writes a bundle. */
export const COSIGN_SIGN_PREDICATE = 'https://sigstore.dev/cosign/sign/v1'
export const SIMPLE_SIGNING_TYPE = 'cosign container image signature'

/** Layer annotations, as cosign's `pkg/oci/static` writes them. */
export const ANNOTATION_SIGNATURE = 'dev.cosignproject.cosign/signature'
export const ANNOTATION_CERTIFICATE = 'dev.sigstore.cosign/certificate'
export const ANNOTATION_CHAIN = 'dev.sigstore.cosign/chain'
export const ANNOTATION_REKOR_BUNDLE = 'dev.sigstore.cosign/bundle'
export const ANNOTATION_PREDICATE_TYPE = 'predicateType'
export const ANNOTATION_BUNDLE_CONTENT = 'dev.sigstore.bundle.content'
export const ANNOTATION_BUNDLE_PREDICATE_TYPE = 'dev.sigstore.bundle.predicateType'

export const EMPTY_CONFIG = Buffer.from('{}')
export const EMPTY_CONFIG_DESCRIPTOR: OciDescriptor = {
  mediaType: OCI_EMPTY,
  digest: 'sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a',
  size: 2
}

/** `cosign`: simple signing under `sha256-<hex>.sig`; `bundle`: a Sigstore bundle as an OCI 1.1 referrer. */
export const SIGNATURE_FORMATS = ['cosign', 'bundle'] as const
export type SignatureFormat = (typeof SIGNATURE_FORMATS)[number]

export type AttachmentKind = 'sig' | 'att'

/** `sha256:<hex>` → `sha256-<hex>.sig` (cosign's tag scheme), or `sha256-<hex>` for the referrers fallback. */
export function attachmentTag(digest: string, kind?: AttachmentKind): string {
  const tag = digest.replace(':', '-')
  return kind ? `${tag}.${kind}` : tag
}

export function sha256Hex(content: Uint8Array): string {
  return createHash('sha256').update(content).digest('hex')
}

/**
 * The simple-signing payload, byte for byte as cosign writes it (Go's json.Marshal of sigstore's
 * payload.SimpleContainerImage: keys in struct order, no spaces, `optional` null without annotations).
 * JSON.stringify keeps insertion order and escapes like Go except for <, >, & — which Go escapes as
 * \u003c, \u003e, \u0026, so we do the same.
 */
export function simpleSigningPayload(dockerReference: string, manifestDigest: string, optional?: Record<string, string>): Buffer {
  const payload = {
    critical: {
      identity: { 'docker-reference': dockerReference },
      image: { 'docker-manifest-digest': manifestDigest },
      type: SIMPLE_SIGNING_TYPE
    },
    optional: optional && Object.keys(optional).length > 0 ? sortedRecord(optional) : null
  }
  return Buffer.from(goJson(payload))
}

/** Go marshals map keys sorted. */
function sortedRecord(record: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
}

export function goJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
}

export interface SimpleSigningPayload {
  dockerReference: string
  manifestDigest: string
  type: string
  optional: Record<string, unknown> | null
}

/**
 * Parses a payload the way containers/image does: `critical` must hold exactly `identity`, `image`
 * and `type`, `image` exactly `docker-manifest-digest`; returns undefined when it does not.
 */
export function parseSimpleSigningPayload(bytes: Uint8Array): SimpleSigningPayload | undefined {
  let json: unknown
  try {
    json = JSON.parse(Buffer.from(bytes).toString('utf8'))
  } catch {
    return undefined
  }
  const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)
  if (!isRecord(json) || !isRecord(json.critical)) return undefined
  const { critical } = json
  if (Object.keys(critical).sort().join(',') !== 'identity,image,type') return undefined
  if (!isRecord(critical.image) || Object.keys(critical.image).join(',') !== 'docker-manifest-digest') return undefined
  if (!isRecord(critical.identity) || typeof critical.identity['docker-reference'] !== 'string') return undefined
  const manifestDigest = critical.image['docker-manifest-digest']
  if (typeof manifestDigest !== 'string' || typeof critical.type !== 'string') return undefined
  if (json.optional !== undefined && json.optional !== null && !isRecord(json.optional)) return undefined
  return {
    dockerReference: critical.identity['docker-reference'],
    manifestDigest,
    type: critical.type,
    optional: (json.optional as Record<string, unknown> | null | undefined) ?? null
  }
}

/** One signature (or attestation) layer of a `.sig`/`.att` manifest. */
export interface AttachmentLayer {
  mediaType: string
  payload: Buffer
  annotations: Record<string, string>
}

/**
 * The config of an attachment manifest: an OCI image config whose diff_ids list the payload digests
 * (the shape cosign and containers/image write).
 */
export function attachmentConfig(layers: readonly OciDescriptor[]): Buffer {
  return Buffer.from(
    JSON.stringify({
      architecture: '',
      created: '0001-01-01T00:00:00Z',
      history: [{ created: '0001-01-01T00:00:00Z' }],
      os: '',
      rootfs: { type: 'layers', diff_ids: layers.map((l) => l.digest) },
      config: {}
    })
  )
}

export function attachmentManifest(config: OciDescriptor, layers: readonly OciDescriptor[]): Buffer {
  const manifest: OciManifest = { schemaVersion: 2, mediaType: OCI_MANIFEST, config: { ...config, mediaType: OCI_CONFIG }, layers: [...layers] }
  return Buffer.from(JSON.stringify(manifest))
}

/** Same payload, same media type, same annotations: appending it again would only duplicate it. */
export function sameLayer(existing: OciDescriptor, layer: AttachmentLayer): boolean {
  if (existing.mediaType !== layer.mediaType || existing.digest !== `sha256:${sha256Hex(layer.payload)}` || existing.size !== layer.payload.length) return false
  const a = existing.annotations ?? {}
  const b = layer.annotations
  return Object.keys(a).length === Object.keys(b).length && Object.entries(b).every(([k, v]) => a[k] === v)
}

/** The manifest that attaches a Sigstore bundle to `subject` (cosign's BUNDLE_SPEC, actions/attest's layout). */
export function bundleReferrerManifest(bundleLayer: OciDescriptor, subject: OciDescriptor, predicateType: string, created: Date): Buffer {
  const manifest: OciManifest = {
    schemaVersion: 2,
    mediaType: OCI_MANIFEST,
    artifactType: BUNDLE_MEDIA_TYPE,
    config: EMPTY_CONFIG_DESCRIPTOR,
    layers: [bundleLayer],
    subject: { mediaType: subject.mediaType, digest: subject.digest, size: subject.size },
    annotations: {
      [ANNOTATION_CREATED]: created.toISOString().replace(/\.\d{3}Z$/, 'Z'),
      [ANNOTATION_BUNDLE_CONTENT]: 'dsse-envelope',
      [ANNOTATION_BUNDLE_PREDICATE_TYPE]: predicateType
    }
  }
  return Buffer.from(JSON.stringify(manifest))
}

/** The descriptor a referrers index lists for a referrer manifest (distribution spec: artifactType and annotations copied). */
export function referrerDescriptor(manifest: OciManifest, descriptor: OciDescriptor): OciDescriptor {
  const entry: OciDescriptor = { mediaType: descriptor.mediaType, digest: descriptor.digest, size: descriptor.size }
  entry.artifactType = manifest.artifactType ?? manifest.config.mediaType
  if (manifest.annotations) entry.annotations = manifest.annotations
  return entry
}

/** The `sha256-<hex>` fallback tag's index with `entry` added (once). */
export function referrersIndexWith(existing: OciIndex | undefined, entry: OciDescriptor): Buffer {
  const manifests = (existing?.manifests ?? []).filter((m) => m.digest !== entry.digest)
  const index: OciIndex = { schemaVersion: 2, mediaType: OCI_INDEX, manifests: [...manifests, entry] }
  return Buffer.from(JSON.stringify(index))
}
