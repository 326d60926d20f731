/** cosign's layer annotations from what a signer returned (certificate, Rekor SET, RFC 3161 timestamp). */
import { ANNOTATION_CERTIFICATE, ANNOTATION_REKOR_BUNDLE, goJson } from './formats.js'
import type { BundleJson } from './types.js'

export const ANNOTATION_RFC3161_TIMESTAMP = 'dev.sigstore.cosign/rfc3161timestamp'

interface TlogEntryJson {
  logIndex?: string
  logId?: { keyId?: string }
  integratedTime?: string
  inclusionPromise?: { signedEntryTimestamp?: string }
  canonicalizedBody?: string
  kindVersion?: { kind?: string; version?: string }
}

interface VerificationMaterialJson {
  tlogEntries?: TlogEntryJson[]
  timestampVerificationData?: { rfc3161Timestamps?: { signedTimestamp?: string }[] }
}

export function verificationMaterial(bundle: BundleJson | undefined): VerificationMaterialJson {
  return (bundle?.verificationMaterial as VerificationMaterialJson | undefined) ?? {}
}

/** cosign's `dev.sigstore.cosign/bundle`: the Rekor entry's signed entry timestamp and what it signs. */
export function rekorBundleAnnotation(entry: TlogEntryJson): string | undefined {
  const set = entry.inclusionPromise?.signedEntryTimestamp
  if (!set || !entry.canonicalizedBody || !entry.logId?.keyId) return undefined
  return goJson({
    SignedEntryTimestamp: set,
    Payload: {
      body: entry.canonicalizedBody,
      integratedTime: Number(entry.integratedTime ?? 0),
      logIndex: Number(entry.logIndex ?? 0),
      logID: Buffer.from(entry.logId.keyId, 'base64').toString('hex')
    }
  })
}

export function witnessAnnotations(signed: { certificatePem?: string; bundle?: BundleJson }): Record<string, string> {
  const annotations: Record<string, string> = {}
  if (signed.certificatePem) annotations[ANNOTATION_CERTIFICATE] = signed.certificatePem
  const material = verificationMaterial(signed.bundle)
  const entry = material.tlogEntries?.[0]
  const rekor = entry && rekorBundleAnnotation(entry)
  if (rekor) annotations[ANNOTATION_REKOR_BUNDLE] = rekor
  const timestamp = material.timestampVerificationData?.rfc3161Timestamps?.[0]?.signedTimestamp
  if (timestamp) annotations[ANNOTATION_RFC3161_TIMESTAMP] = goJson({ SignedRFC3161Timestamp: timestamp })
  return annotations
}

export interface RekorBundleAnnotation {
  SignedEntryTimestamp: string
  Payload: { body: string; integratedTime: number; logIndex: number; logID: string }
}

export function parseRekorBundleAnnotation(text: string | undefined): RekorBundleAnnotation | undefined {
  if (!text) return undefined
  try {
    const json = JSON.parse(text) as RekorBundleAnnotation
    if (typeof json.SignedEntryTimestamp !== 'string' || typeof json.Payload?.body !== 'string') return undefined
    return json
  } catch {
    return undefined
  }
}
