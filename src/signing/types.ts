/** What signing produces and who signs it: the vocabulary shared by the signers and their users. */
import type { DsseEnvelope } from './dsse.js'

/** A serialized Sigstore bundle (`bundleToJSON` output). */
export type BundleJson = Record<string, unknown> & { mediaType: string }

export interface SignedMessage {
  signature: Buffer
  /** PEM of the Fulcio leaf certificate (keyless). */
  certificatePem?: string
  /** A v0.3 message-signature bundle, when one was asked for or a witness was involved. */
  bundle?: BundleJson
}

export interface SignedStatement {
  envelope: DsseEnvelope
  certificatePem?: string
  /** A v0.3 DSSE bundle. */
  bundle: BundleJson
}

export interface ArtifactSigner {
  readonly mode: 'key' | 'keyless'
  /** PEM of the public key (key mode). */
  readonly publicKeyPem?: string
  /** Signs `data` as a message (ECDSA-SHA256 over the bytes themselves). */
  signMessage(data: Buffer, options?: { bundle?: boolean }): Promise<SignedMessage>
  /** Signs an in-toto statement as a DSSE envelope. */
  signStatement(statement: Buffer): Promise<SignedStatement>
}

export interface Witnesses {
  rekorUrl?: string
  tsaUrl?: string
}

export interface KeylessOptions extends Witnesses {
  fulcioUrl: string
  /** Returns the OIDC token (audience `sigstore`); called when a certificate is needed. */
  getToken: () => Promise<string>
}
