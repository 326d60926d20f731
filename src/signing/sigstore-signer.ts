/**
 * Everything that needs sigstore-js to sign, in one module that is only ever imported dynamically:
 * bundles (v0.3), Fulcio certificates, Rekor entries and RFC 3161 timestamps.
 */
import { bundleToJSON, type Bundle } from '@sigstore/bundle'
import {
  DSSEBundleBuilder,
  FulcioSigner,
  MessageSignatureBundleBuilder,
  RekorWitness,
  TSAWitness,
  type Signature,
  type Signer,
  type Witness
} from '@sigstore/sign'
import { generateKeyPairSync, sign as nodeSign } from 'node:crypto'
import { IN_TOTO_PAYLOAD_TYPE } from './formats.js'
import type { SigningKey } from './keys.js'
import type { BundleJson, KeylessOptions, SignedMessage, SignedStatement, Witnesses } from './types.js'
import type { DsseEnvelope } from './dsse.js'

const BUNDLE_V03 = 'application/vnd.dev.sigstore.bundle.v0.3+json'
const TIMEOUT_MS = 10000
const RETRIES = 3
/** Fulcio certificates live 10 minutes; a fresh one is asked for well before that. */
const CERTIFICATE_REUSE_MS = 5 * 60 * 1000

export function keyMaterialSigner(key: SigningKey, hint: string): Signer {
  return { sign: async (data) => ({ signature: key.sign(data), key: { $case: 'publicKey', publicKey: key.publicKeyPem, hint } }) }
}

/**
 * One ephemeral key for the whole run, certified once and re-certified only when the certificate
 * gets old: one OIDC token and one Fulcio request however many manifests are signed.
 */
export function certifiedEphemeralSigner(options: KeylessOptions): Signer {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' })
  const publicKeyPem = publicKey.export({ format: 'pem', type: 'spki' }).toString()
  const keyHolder: Signer = {
    sign: async (data) => ({ signature: nodeSign('sha256', data, privateKey), key: { $case: 'publicKey', publicKey: publicKeyPem } })
  }
  const fulcio = new FulcioSigner({
    identityProvider: { getToken: options.getToken },
    keyHolder,
    fulcioBaseURL: options.fulcioUrl,
    timeout: TIMEOUT_MS,
    retry: RETRIES
  })
  let certified: { certificate: string; at: number } | undefined
  return {
    async sign(data: Buffer): Promise<Signature> {
      if (certified && Date.now() - certified.at < CERTIFICATE_REUSE_MS) {
        return { signature: (await keyHolder.sign(data)).signature, key: { $case: 'x509Certificate', certificate: certified.certificate } }
      }
      const signature = await fulcio.sign(data)
      if (signature.key.$case === 'x509Certificate') certified = { certificate: signature.key.certificate, at: Date.now() }
      return signature
    }
  }
}

function witnessesFor(options: Witnesses): Witness[] {
  const witnesses: Witness[] = []
  // Statements are logged as in-toto entries, the kind cosign's `.att` Rekor bundles hold, so one
  // signature serves both the `.att` layer and the bundle (sigstore-go and sigstore-js read both kinds).
  if (options.rekorUrl)
    witnesses.push(new RekorWitness({ rekorBaseURL: options.rekorUrl, entryType: 'intoto', fetchOnConflict: true, timeout: TIMEOUT_MS, retry: RETRIES }))
  if (options.tsaUrl) witnesses.push(new TSAWitness({ tsaBaseURL: options.tsaUrl, timeout: TIMEOUT_MS, retry: RETRIES }))
  return witnesses
}

/**
 * sigstore-js fails with its own summary ("error creating signing certificate") and keeps the reason
 * (an HTTP status, a host not found behind a proxy) in `cause`: the message carries both.
 */
async function explained<T>(work: Promise<T>): Promise<T> {
  try {
    return await work
  } catch (error) {
    const reason = (error as { cause?: { message?: unknown } } | undefined)?.cause?.message
    if (error instanceof Error && typeof reason === 'string' && reason && !error.message.includes(reason)) {
      throw new Error(`${error.message}: ${reason}`, { cause: error })
    }
    throw error
  }
}

/** Watches what the signer returns, since a bundle v0.3 keeps only the certificate's DER. */
function recording(signer: Signer): { signer: Signer; last: () => Signature | undefined } {
  let last: Signature | undefined
  return {
    signer: { sign: async (data) => (last = await signer.sign(data)) },
    last: () => last
  }
}

function certificateOf(signature: Signature | undefined): string | undefined {
  return signature?.key.$case === 'x509Certificate' ? signature.key.certificate : undefined
}

/**
 * sigstore-js builds message-signature bundles as v0.2 (with a one-certificate "chain"); v0.3 differs
 * only in the media type and in holding the leaf certificate directly, so convert.
 */
function toV03(bundle: Bundle): Bundle {
  const material = bundle.verificationMaterial
  if (material.content.$case === 'x509CertificateChain') {
    const leaf = material.content.x509CertificateChain.certificates[0]
    material.content = { $case: 'certificate', certificate: leaf }
  }
  bundle.mediaType = BUNDLE_V03
  return bundle
}

export async function sigstoreSignMessage(signer: Signer, witnesses: Witnesses, data: Buffer): Promise<SignedMessage> {
  const watched = recording(signer)
  const bundle = toV03(await explained(new MessageSignatureBundleBuilder({ signer: watched.signer, witnesses: witnessesFor(witnesses) }).create({ data })))
  const content = bundle.content
  if (content.$case !== 'messageSignature') throw new Error('sigstore-js returned a bundle without a message signature')
  return {
    signature: Buffer.from(content.messageSignature.signature),
    certificatePem: certificateOf(watched.last()),
    bundle: bundleToJSON(bundle) as BundleJson
  }
}

export async function sigstoreSignStatement(signer: Signer, witnesses: Witnesses, statement: Buffer): Promise<SignedStatement> {
  const watched = recording(signer)
  const bundle = await explained(
    new DSSEBundleBuilder({ signer: watched.signer, witnesses: witnessesFor(witnesses) }).create({
      data: statement,
      type: IN_TOTO_PAYLOAD_TYPE
    })
  )
  const json = bundleToJSON(bundle) as BundleJson & { dsseEnvelope: DsseEnvelope }
  return { envelope: json.dsseEnvelope, certificatePem: certificateOf(watched.last()), bundle: json }
}
