/** DSSE envelopes and in-toto statements (the attestation formats cosign, sigstore-js and GitHub share). */
import { IN_TOTO_PAYLOAD_TYPE, IN_TOTO_STATEMENT_V1 } from './formats.js'

export interface DsseEnvelope {
  payloadType: string
  /** base64 of the statement bytes. */
  payload: string
  signatures: { keyid: string; sig: string }[]
}

export interface StatementSubject {
  name: string
  digest: { sha256: string }
}

export interface InTotoStatement {
  _type: string
  subject: StatementSubject[]
  predicateType: string
  predicate: unknown
}

/** DSSE's pre-authentication encoding: what is actually signed. */
export function preAuthEncoding(payloadType: string, payload: Uint8Array): Buffer {
  const type = Buffer.from(payloadType, 'utf8')
  return Buffer.concat([Buffer.from(`DSSEv1 ${type.length} `), type, Buffer.from(` ${payload.length} `), Buffer.from(payload)])
}

export function statement(subjects: StatementSubject[], predicateType: string, predicate: unknown): Buffer {
  const value: InTotoStatement = { _type: IN_TOTO_STATEMENT_V1, subject: subjects, predicateType, predicate }
  return Buffer.from(JSON.stringify(value))
}

export function envelope(payload: Uint8Array, signature: Uint8Array, payloadType = IN_TOTO_PAYLOAD_TYPE): DsseEnvelope {
  return { payloadType, payload: Buffer.from(payload).toString('base64'), signatures: [{ keyid: '', sig: Buffer.from(signature).toString('base64') }] }
}

export function parseEnvelope(bytes: Uint8Array): DsseEnvelope | undefined {
  try {
    const json = JSON.parse(Buffer.from(bytes).toString('utf8')) as Partial<DsseEnvelope>
    if (typeof json.payloadType !== 'string' || typeof json.payload !== 'string' || !Array.isArray(json.signatures)) return undefined
    if (!json.signatures.every((s) => typeof s?.sig === 'string')) return undefined
    return json as DsseEnvelope
  } catch {
    return undefined
  }
}

export function parseStatement(payload: Uint8Array): InTotoStatement | undefined {
  try {
    const json = JSON.parse(Buffer.from(payload).toString('utf8')) as Partial<InTotoStatement>
    if (typeof json._type !== 'string' || !Array.isArray(json.subject) || typeof json.predicateType !== 'string') return undefined
    return json as InTotoStatement
  } catch {
    return undefined
  }
}

/** Whether the statement names `digest` (`sha256:<hex>`) among its subjects. */
export function statementCovers(value: InTotoStatement, digest: string): boolean {
  const hex = digest.replace(/^sha256:/, '')
  return value.subject.some((s) => s?.digest?.sha256 === hex)
}

/** The names the statement gives `digest` (`sha256:<hex>`) under: the repositories it was signed for. */
export function statementNames(value: InTotoStatement, digest: string): string[] {
  const hex = digest.replace(/^sha256:/, '')
  return [...new Set(value.subject.filter((s) => s?.digest?.sha256 === hex).map((s) => String(s.name)))]
}
