/**
 * The one signing seam: a key from the `key` input, or Sigstore keyless. The simple-signing path of a
 * key without a transparency log needs nothing but node:crypto; everything that makes a Sigstore
 * bundle (or talks to Fulcio, Rekor, a TSA) loads sigstore-js on first use.
 */
import { createHash } from 'node:crypto'
import type { SigningKey } from './keys.js'
import type { ArtifactSigner, KeylessOptions, SignedMessage, SignedStatement, Witnesses } from './types.js'

/** cosign's hint for a key: base64 of the SHA-256 of its SPKI DER. */
export function keyHint(key: SigningKey): string {
  return createHash('sha256')
    .update(key.publicKey.export({ format: 'der', type: 'spki' }))
    .digest('base64')
}

/** A key signer; `witnesses` adds a Rekor entry and/or an RFC 3161 timestamp to what it signs. */
export class KeySigner implements ArtifactSigner {
  readonly mode = 'key'
  readonly publicKeyPem: string

  constructor(
    private readonly key: SigningKey,
    private readonly witnesses: Witnesses = {}
  ) {
    this.publicKeyPem = key.publicKeyPem
  }

  async signMessage(data: Buffer, options: { bundle?: boolean } = {}): Promise<SignedMessage> {
    if (!options.bundle && !this.witnesses.rekorUrl && !this.witnesses.tsaUrl) return { signature: this.key.sign(data) }
    const { sigstoreSignMessage, keyMaterialSigner } = await import('./sigstore-signer.js')
    return sigstoreSignMessage(keyMaterialSigner(this.key, keyHint(this.key)), this.witnesses, data)
  }

  async signStatement(statement: Buffer): Promise<SignedStatement> {
    const { sigstoreSignStatement, keyMaterialSigner } = await import('./sigstore-signer.js')
    return sigstoreSignStatement(keyMaterialSigner(this.key, keyHint(this.key)), this.witnesses, statement)
  }
}

/** Sigstore keyless: an ephemeral key certified by Fulcio for the workflow's OIDC identity. */
export class KeylessSigner implements ArtifactSigner {
  readonly mode = 'keyless'
  private signer?: Promise<import('@sigstore/sign').Signer>

  constructor(private readonly options: KeylessOptions) {}

  private fulcio(): Promise<import('@sigstore/sign').Signer> {
    this.signer ??= import('./sigstore-signer.js').then((m) => m.certifiedEphemeralSigner(this.options))
    return this.signer
  }

  async signMessage(data: Buffer): Promise<SignedMessage> {
    const { sigstoreSignMessage } = await import('./sigstore-signer.js')
    return sigstoreSignMessage(await this.fulcio(), this.options, data)
  }

  async signStatement(statement: Buffer): Promise<SignedStatement> {
    const { sigstoreSignStatement } = await import('./sigstore-signer.js')
    return sigstoreSignStatement(await this.fulcio(), this.options, statement)
  }
}
