/**
 * Verifying one image digest: a signature in any requested format (a cosign `.sig` layer or a bundle
 * referrer) by the given key or keyless identity, and — when asked — a provenance attestation by the
 * same signer that names the digest (and the source repository). Every rejected candidate leaves a
 * reason, so a failure says why.
 */
import type { KeyObject } from 'node:crypto'
import { isManifestMediaType, parseOciManifest, type OciDescriptor } from '../oci/image-spec.js'
import { errorMessage } from '../runtime/errors.js'
import { parseRekorBundleAnnotation } from './cosign-annotations.js'
import { parseEnvelope, parseStatement, preAuthEncoding, statementCovers, statementNames, type DsseEnvelope, type InTotoStatement } from './dsse.js'
import {
  ANNOTATION_CERTIFICATE,
  ANNOTATION_SIGNATURE,
  BUNDLE_MEDIA_TYPE,
  COSIGN_SIGN_PREDICATE,
  DSSE_MEDIA_TYPE,
  SIMPLE_SIGNING_MEDIA_TYPE,
  SIMPLE_SIGNING_TYPE,
  SLSA_PROVENANCE_V1,
  SPDX_DOCUMENT_PREDICATE,
  attachmentTag,
  parseSimpleSigningPayload,
  sha256Hex,
  type SignatureFormat
} from './formats.js'
import { pemBody, verifySignature } from './keys.js'
import { provenanceRepository, sameRepository } from './provenance.js'
import type { BundleJson } from './types.js'
import type { KeylessVerifier } from './sigstore-verify.js'
import type { SignatureStore } from './store.js'
import { platformManifests } from './sbom-attestation.js'

const ANNOTATION_RFC3161 = 'dev.sigstore.cosign/rfc3161timestamp'

/** Who must have signed: a public key, or a keyless identity checked by a Sigstore verifier. */
export type Trust = { kind: 'key'; key: KeyObject } | { kind: 'keyless'; verifier: KeylessVerifier }

export interface VerifyOptions {
  trust: Trust
  formats: readonly SignatureFormat[]
  requireProvenance: boolean
  /** The repository the provenance must name (owner/repo or URL). */
  sourceRepository?: string
  /** The repository a simple-signing payload must name, when known (registry images). */
  dockerReference?: string
  /** Every platform manifest must carry a verified SPDX SBOM attestation (`require-sbom`). */
  requireSbom?: boolean
}

/** An SPDX SBOM attestation that verified, for one platform manifest. */
export interface SbomAttestation {
  manifest: string
  /** Where it is (`sha256-<hex>.att layer 1`, `bundle sha256:…`). */
  where: string
  /** The SPDX document's name and package count. */
  name?: string
  packages?: number
}

export interface SbomResult {
  verified: boolean
  detail: string
  attestations: SbomAttestation[]
}

export interface FormatResult {
  verified: boolean
  /** Where the accepted signature is, or why none was. */
  detail: string
}

export interface ImageVerification {
  image: string
  digest: string
  verified: boolean
  signatures: Partial<Record<SignatureFormat, FormatResult>>
  provenance?: FormatResult
  /** With `require-sbom`: the SPDX attestations found per platform manifest. */
  sbom?: SbomResult
  /** One line: what passed, or why it failed. */
  reason: string
}

interface Candidate {
  where: string
  statement?: InTotoStatement
}

function decode(value: string | undefined): Buffer {
  return Buffer.from(value ?? '', 'base64')
}

function kindVersionOf(body: string): { kind: string; version: string } {
  try {
    const json = JSON.parse(decode(body).toString('utf8')) as { kind?: string; apiVersion?: string }
    return { kind: json.kind ?? '', version: json.apiVersion ?? '' }
  } catch {
    return { kind: '', version: '' }
  }
}

/**
 * A cosign layer's certificate, Rekor SET and timestamp, as a v0.1 bundle around `content`, so the
 * Sigstore verifier checks a keyless `.sig`/`.att` exactly as it checks a bundle.
 */
export function bundleFromCosignLayer(
  annotations: Record<string, string>,
  content: { messageSignature: unknown } | { dsseEnvelope: DsseEnvelope }
): BundleJson | undefined {
  const certificate = pemBody(annotations[ANNOTATION_CERTIFICATE] ?? '', 'CERTIFICATE')
  if (!certificate) return undefined
  const rekor = parseRekorBundleAnnotation(annotations['dev.sigstore.cosign/bundle'])
  let timestamp: string | undefined
  try {
    timestamp = (JSON.parse(annotations[ANNOTATION_RFC3161] ?? 'null') as { SignedRFC3161Timestamp?: string } | null)?.SignedRFC3161Timestamp
  } catch {
    timestamp = undefined
  }
  return {
    mediaType: 'application/vnd.dev.sigstore.bundle+json;version=0.1',
    verificationMaterial: {
      x509CertificateChain: { certificates: [{ rawBytes: certificate.toString('base64') }] },
      tlogEntries: rekor
        ? [
            {
              logIndex: String(rekor.Payload.logIndex),
              logId: { keyId: Buffer.from(rekor.Payload.logID, 'hex').toString('base64') },
              kindVersion: kindVersionOf(rekor.Payload.body),
              integratedTime: String(rekor.Payload.integratedTime),
              inclusionPromise: { signedEntryTimestamp: rekor.SignedEntryTimestamp },
              canonicalizedBody: rekor.Payload.body
            }
          ]
        : [],
      timestampVerificationData: { rfc3161Timestamps: timestamp ? [{ signedTimestamp: timestamp }] : [] }
    },
    ...content
  }
}

/** Checks a DSSE envelope's signature under `trust`; throws with the reason. */
function verifyEnvelope(trust: Trust, envelope: DsseEnvelope, bundle: BundleJson | undefined): void {
  if (trust.kind === 'key') {
    const signed = preAuthEncoding(envelope.payloadType, decode(envelope.payload))
    if (!envelope.signatures.some((s) => verifySignature(trust.key, signed, decode(s.sig))))
      throw new Error('the DSSE signature does not verify with the given key')
    return
  }
  if (!bundle) throw new Error('it carries no certificate (signed with a key, not keyless)')
  trust.verifier.verify(bundle)
}

/** Whether a statement's predicate is an SPDX document: an object whose `spdxVersion` is `SPDX-M.N`. */
function isSpdxDocument(predicate: unknown): boolean {
  const version = (predicate as { spdxVersion?: unknown } | null)?.spdxVersion
  return typeof version === 'string' && version.startsWith('SPDX-')
}

function statementOf(envelope: DsseEnvelope): InTotoStatement {
  const value = envelope.payloadType === 'application/vnd.in-toto+json' ? parseStatement(decode(envelope.payload)) : undefined
  if (!value) throw new Error(`its payload is not an in-toto statement (payload type ${envelope.payloadType})`)
  return value
}

export class ImageVerifier {
  constructor(
    private readonly store: SignatureStore,
    private readonly options: VerifyOptions
  ) {}

  private async attachmentLayers(digest: string, kind: 'sig' | 'att'): Promise<OciDescriptor[] | undefined> {
    const tagged = await this.store.getTagged(attachmentTag(digest, kind))
    if (!tagged || !isManifestMediaType(tagged.descriptor.mediaType)) return undefined
    return parseOciManifest(JSON.parse(tagged.bytes.toString('utf8')), attachmentTag(digest, kind)).layers
  }

  /**
   * The in-toto statement of a verified envelope, when it names this digest — and, when the repository
   * is known, names it for that repository (as a simple-signing payload's docker-reference must).
   */
  private statementFor(envelope: DsseEnvelope, digest: string): InTotoStatement {
    const statement = statementOf(envelope)
    if (!statementCovers(statement, digest)) throw new Error('its statement does not name this digest')
    const wanted = this.options.dockerReference
    if (wanted !== undefined) {
      const names = statementNames(statement, digest)
      if (!names.includes(wanted)) throw new Error(`its statement names ${names.join(', ') || 'no repository'}, not ${wanted}`)
    }
    return statement
  }

  /** Format `cosign`: any simple-signing layer of `sha256-<hex>.sig` that names this digest and verifies. */
  async cosignSignature(digest: string): Promise<FormatResult> {
    const tag = attachmentTag(digest, 'sig')
    const layers = await this.attachmentLayers(digest, 'sig')
    if (!layers) return { verified: false, detail: `no cosign signature (${tag})` }
    const rejections: string[] = []
    for (const [i, layer] of layers.entries()) {
      const where = `${tag} layer ${i + 1}`
      try {
        if (layer.mediaType !== SIMPLE_SIGNING_MEDIA_TYPE) throw new Error(`media type ${layer.mediaType} is not a simple-signing payload`)
        const payload = await this.store.readBlob(layer)
        const parsed = parseSimpleSigningPayload(payload)
        if (!parsed) throw new Error('the payload is not a simple-signing payload')
        if (parsed.type !== SIMPLE_SIGNING_TYPE) throw new Error(`the payload type is \`${parsed.type}\``)
        if (parsed.manifestDigest !== digest) throw new Error(`the payload signs ${parsed.manifestDigest}, not this digest`)
        if (this.options.dockerReference && parsed.dockerReference !== this.options.dockerReference) {
          throw new Error(`the payload names ${parsed.dockerReference}, not ${this.options.dockerReference}`)
        }
        const annotations = layer.annotations ?? {}
        const signature = decode(annotations[ANNOTATION_SIGNATURE])
        const { trust } = this.options
        if (trust.kind === 'key') {
          if (!verifySignature(trust.key, payload, signature)) throw new Error('the signature does not verify with the given key')
        } else {
          const bundle = bundleFromCosignLayer(annotations, {
            messageSignature: {
              messageDigest: { algorithm: 'SHA2_256', digest: Buffer.from(sha256Hex(payload), 'hex').toString('base64') },
              signature: signature.toString('base64')
            }
          })
          if (!bundle) throw new Error('it carries no certificate (signed with a key, not keyless)')
          trust.verifier.verify(bundle, payload)
        }
        return { verified: true, detail: where }
      } catch (error) {
        rejections.push(`${where}: ${errorMessage(error)}`)
      }
    }
    return { verified: false, detail: rejections.join('; ') || `${tag} holds no signatures` }
  }

  /** Statements in `sha256-<hex>.att` DSSE layers that verify and name this digest. */
  private async attestationLayers(digest: string, rejections: string[]): Promise<Candidate[]> {
    const tag = attachmentTag(digest, 'att')
    const layers = (await this.attachmentLayers(digest, 'att')) ?? []
    const accepted: Candidate[] = []
    for (const [i, layer] of layers.entries()) {
      const where = `${tag} layer ${i + 1}`
      try {
        if (layer.mediaType !== DSSE_MEDIA_TYPE) throw new Error(`media type ${layer.mediaType} is not a DSSE envelope`)
        const envelope = parseEnvelope(await this.store.readBlob(layer))
        if (!envelope) throw new Error('not a DSSE envelope')
        verifyEnvelope(this.options.trust, envelope, bundleFromCosignLayer(layer.annotations ?? {}, { dsseEnvelope: envelope }))
        accepted.push({ where, statement: this.statementFor(envelope, digest) })
      } catch (error) {
        rejections.push(`${where}: ${errorMessage(error)}`)
      }
    }
    return accepted
  }

  /** Statements in bundle referrers that verify and name this digest. */
  private async bundleReferrers(digest: string, rejections: string[]): Promise<Candidate[]> {
    const accepted: Candidate[] = []
    for (const referrer of await this.store.referrers(digest)) {
      if (referrer.artifactType !== BUNDLE_MEDIA_TYPE) continue
      const where = `bundle ${referrer.digest}`
      try {
        const manifest = parseOciManifest(JSON.parse((await this.store.getByDigest(referrer.digest)).bytes.toString('utf8')), where)
        if (manifest.subject?.digest !== digest) throw new Error('its subject is another digest')
        const layer = manifest.layers[0]
        if (!layer) throw new Error('it has no bundle layer')
        const bundle = JSON.parse((await this.store.readBlob(layer)).toString('utf8')) as BundleJson & { dsseEnvelope?: DsseEnvelope }
        if (!bundle.dsseEnvelope) throw new Error('the bundle holds no DSSE envelope')
        verifyEnvelope(this.options.trust, bundle.dsseEnvelope, bundle)
        accepted.push({ where, statement: this.statementFor(bundle.dsseEnvelope, digest) })
      } catch (error) {
        rejections.push(`${where}: ${errorMessage(error)}`)
      }
    }
    return accepted
  }

  /** Why the manifest (or index) at `digest` is missing or does not hash to it; undefined when it does. */
  private async signedManifestProblem(digest: string): Promise<string | undefined> {
    try {
      const { bytes } = await this.store.getByDigest(digest)
      const actual = `sha256:${sha256Hex(bytes)}`
      return actual === digest ? undefined : `its content hashes to ${actual}`
    } catch (error) {
      return errorMessage(error)
    }
  }

  /** Per platform manifest of `digest`, a verified SPDX statement naming that manifest; every manifest without one is named. */
  private async sbomAttestations(digest: string): Promise<SbomResult> {
    let manifests: OciDescriptor[]
    try {
      manifests = await platformManifests(this.store, digest)
    } catch (error) {
      return { verified: false, detail: `its manifests cannot be read: ${errorMessage(error)}`, attestations: [] }
    }
    const attestations: SbomAttestation[] = []
    const missing: string[] = []
    for (const manifest of manifests) {
      const rejections: string[] = []
      const candidates = [...(await this.attestationLayers(manifest.digest, rejections)), ...(await this.bundleReferrers(manifest.digest, rejections))]
      const spdx = candidates.find((c) => c.statement?.predicateType === SPDX_DOCUMENT_PREDICATE && isSpdxDocument(c.statement.predicate))
      if (!spdx) {
        missing.push(`manifest ${manifest.digest} has no verified SPDX SBOM attestation${rejections.length ? ` (${rejections.join('; ')})` : ''}`)
        continue
      }
      const document = spdx.statement!.predicate as { name?: unknown; packages?: unknown }
      attestations.push({
        manifest: manifest.digest,
        where: spdx.where,
        ...(typeof document.name === 'string' ? { name: document.name } : {}),
        ...(Array.isArray(document.packages) ? { packages: document.packages.length } : {})
      })
    }
    if (missing.length > 0) return { verified: false, detail: missing.join('; '), attestations }
    return { verified: true, detail: `${attestations.length} platform manifest${attestations.length === 1 ? '' : 's'} with an SPDX SBOM`, attestations }
  }

  async verify(image: string, digest: string): Promise<ImageVerification> {
    const { formats } = this.options
    const result: ImageVerification = { image, digest, verified: false, signatures: {}, reason: '' }
    const wantsProvenance = this.options.requireProvenance || this.options.sourceRepository !== undefined
    const bundleRejections: string[] = []
    const bundles = formats.includes('bundle') || wantsProvenance ? await this.bundleReferrers(digest, bundleRejections) : []

    if (formats.includes('cosign')) result.signatures.cosign = await this.cosignSignature(digest)
    if (formats.includes('bundle')) {
      const signature = bundles.find((c) => c.statement?.predicateType === COSIGN_SIGN_PREDICATE)
      result.signatures.bundle = signature
        ? { verified: true, detail: signature.where }
        : { verified: false, detail: bundleRejections.join('; ') || `no signature bundle refers to ${digest}` }
    }

    if (wantsProvenance) {
      const attRejections: string[] = []
      const candidates = [...(await this.attestationLayers(digest, attRejections)), ...bundles]
      const rejections = [...attRejections, ...bundleRejections]
      const slsa = candidates.filter((c) => c.statement?.predicateType === SLSA_PROVENANCE_V1)
      const wanted = this.options.sourceRepository
      const matching = wanted === undefined ? slsa : slsa.filter((c) => sameRepository(provenanceRepository(c.statement?.predicate) ?? '', wanted))
      if (matching.length > 0) result.provenance = { verified: true, detail: matching[0].where }
      else if (slsa.length > 0) {
        result.provenance = {
          verified: false,
          detail: `provenance names ${[...new Set(slsa.map((c) => provenanceRepository(c.statement?.predicate) ?? 'no repository'))].join(', ')}, not ${wanted}`
        }
      } else
        result.provenance = {
          verified: false,
          detail: rejections.length > 0 ? `no valid SLSA provenance (${rejections.join('; ')})` : `no SLSA provenance attestation for ${digest}`
        }
    }

    if (this.options.requireSbom) result.sbom = await this.sbomAttestations(digest)

    const signed = Object.values(result.signatures).some((r) => r?.verified)
    const provenanceOk = !wantsProvenance || result.provenance?.verified === true
    const sbomOk = !this.options.requireSbom || result.sbom?.verified === true
    // Signatures name a digest; what is verified is the image, so the manifest must be there and hash to it.
    const unreadable = await this.signedManifestProblem(digest)
    result.verified = signed && provenanceOk && sbomOk && unreadable === undefined
    if (unreadable !== undefined) result.reason = `the signed manifest ${digest} cannot be read: ${unreadable}`
    else if (result.verified) {
      const via = Object.entries(result.signatures)
        .filter(([, r]) => r?.verified)
        .map(([format]) => format)
      const sbom = this.options.requireSbom ? `, SBOM verified (${result.sbom?.detail})` : ''
      result.reason = `signed (${via.join(', ')})${wantsProvenance ? ', provenance verified' : ''}${sbom}`
    } else if (!signed) {
      result.reason = `not signed as required: ${Object.entries(result.signatures)
        .map(([format, r]) => `${format}: ${r?.detail}`)
        .join(' | ')}`
    } else if (!provenanceOk) result.reason = `provenance: ${result.provenance?.detail}`
    else result.reason = `require-sbom: ${result.sbom?.detail}`
    return result
  }
}
