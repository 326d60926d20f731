import { createPrivateKey, createPublicKey, sign as nodeSign, verify as nodeVerify, type KeyObject } from 'node:crypto'
import { inputError } from '../runtime/errors.js'

/** An ECDSA P-256 private key: signatures are ASN.1 DER over SHA-256, as cosign makes them. */
export interface SigningKey {
  readonly privateKey: KeyObject
  readonly publicKey: KeyObject
  /** PKIX `PUBLIC KEY` PEM, the `cosign.pub` of this key. */
  readonly publicKeyPem: string
  sign(data: Uint8Array): Buffer
}

const PEM_BLOCK = /-----BEGIN ([A-Z0-9 ]+)-----\r?\n([\s\S]*?)-----END \1-----/

/** The PEM label of the first block in `text`, or undefined when there is no well-formed block. */
export function pemLabel(text: string): string | undefined {
  return PEM_BLOCK.exec(text)?.[1]
}

/** The DER bytes of the first PEM block labelled `label`. */
export function pemBody(text: string, label: string): Buffer | undefined {
  const match = PEM_BLOCK.exec(text)
  if (!match || match[1] !== label) return undefined
  return Buffer.from(match[2].replace(/\s+/g, ''), 'base64')
}

export function toPem(label: string, der: Uint8Array): string {
  const base64 = Buffer.from(der).toString('base64')
  return `-----BEGIN ${label}-----\n${base64.replace(/(.{64})/g, '$1\n').replace(/\n$/, '')}\n-----END ${label}-----\n`
}

const ENCRYPTED_LABELS = ['ENCRYPTED SIGSTORE PRIVATE KEY', 'ENCRYPTED COSIGN PRIVATE KEY']
const PRIVATE_KEY_LABELS = ['PRIVATE KEY', 'EC PRIVATE KEY', ...ENCRYPTED_LABELS]
const KEY_FORMS = 'a PEM ECDSA P-256 private key (PRIVATE KEY or EC PRIVATE KEY) or a cosign key (ENCRYPTED SIGSTORE PRIVATE KEY)'

/**
 * Loads the `key` input: PKCS#8 or SEC1 PEM, or a cosign-encrypted key opened with `password`. Every
 * failure is a configuration error naming `input` (or `passwordInput` for a wrong password); the key
 * material itself never appears in a message.
 */
export async function loadSigningKey(text: string, password: string | undefined, input = 'key', passwordInput = 'key-password'): Promise<SigningKey> {
  const label = pemLabel(text)
  if (label === undefined) throw inputError(input, `is neither PEM nor the path of a key file: expected ${KEY_FORMS}`)
  if (!PRIVATE_KEY_LABELS.includes(label)) {
    const hint =
      label === 'PUBLIC KEY'
        ? ' (this is a public key; signing needs the private one)'
        : label === 'RSA PRIVATE KEY'
          ? ' (an RSA key; ECDSA P-256 is required)'
          : ''
    throw inputError(input, `holds a \`${label}\` PEM block${hint}: expected ${KEY_FORMS}`)
  }
  let privateKey: KeyObject
  if (ENCRYPTED_LABELS.includes(label)) {
    const { decryptSigstoreKey } = await import('./encrypted-key.js')
    const der = await decryptSigstoreKey(pemBody(text, label) ?? Buffer.alloc(0), password ?? '', input, passwordInput)
    privateKey = parsePrivateKey(
      () => createPrivateKey({ key: Buffer.from(der), format: 'der', type: 'pkcs8' }),
      input,
      'the decrypted cosign key is not a PKCS#8 private key'
    )
  } else {
    const der = pemBody(text, label) ?? Buffer.alloc(0)
    const type = label === 'EC PRIVATE KEY' ? 'sec1' : 'pkcs8'
    privateKey = parsePrivateKey(() => createPrivateKey({ key: der, format: 'der', type }), input, `its ${label} block is malformed`)
  }
  requireP256(privateKey, input)
  return signingKeyOf(privateKey)
}

export function signingKeyOf(privateKey: KeyObject): SigningKey {
  const publicKey = createPublicKey(privateKey)
  const publicKeyPem = publicKey.export({ format: 'pem', type: 'spki' }).toString()
  return { privateKey, publicKey, publicKeyPem, sign: (data) => nodeSign('sha256', data, privateKey) }
}

function parsePrivateKey(parse: () => KeyObject, input: string, problem: string): KeyObject {
  try {
    return parse()
  } catch {
    // Node's message may quote key bytes; ours never does.
    throw inputError(input, `${problem}: expected ${KEY_FORMS}`)
  }
}

function describeKey(key: KeyObject): string {
  if (key.asymmetricKeyType === 'ec') return `an ECDSA key on curve ${key.asymmetricKeyDetails?.namedCurve ?? 'unknown'}`
  if (key.asymmetricKeyType === 'rsa' || key.asymmetricKeyType === 'rsa-pss') return `an RSA key (${key.asymmetricKeyDetails?.modulusLength ?? '?'} bits)`
  return `a ${key.asymmetricKeyType ?? 'unknown'} key`
}

function requireP256(key: KeyObject, input: string): void {
  if (key.asymmetricKeyType === 'ec' && key.asymmetricKeyDetails?.namedCurve === 'prime256v1') return
  throw inputError(input, `is ${describeKey(key)}; only ECDSA P-256 (prime256v1) keys are supported`)
}

/** Loads a `PUBLIC KEY` PEM (cosign.pub) for verification; P-256 only, like signing. */
export function loadPublicKey(text: string, input = 'key'): KeyObject {
  const label = pemLabel(text)
  if (label === undefined) throw inputError(input, 'is neither PEM nor the path of a key file: expected a PUBLIC KEY block (cosign.pub)')
  if (label !== 'PUBLIC KEY') {
    const hint = label.includes('PRIVATE KEY') ? ' (a private key: verification takes the public one — never hand a private key to a verifier)' : ''
    throw inputError(input, `holds a \`${label}\` PEM block${hint}: expected a PUBLIC KEY block (cosign.pub)`)
  }
  let key: KeyObject
  try {
    key = createPublicKey({ key: pemBody(text, label) ?? Buffer.alloc(0), format: 'der', type: 'spki' })
  } catch {
    throw inputError(input, 'its PUBLIC KEY block is malformed')
  }
  requireP256(key, input)
  return key
}

/** ECDSA-SHA256 verification; a malformed signature is simply not valid. */
export function verifySignature(publicKey: KeyObject, data: Uint8Array, signature: Uint8Array): boolean {
  try {
    return nodeVerify('sha256', data, publicKey, signature)
  } catch {
    return false
  }
}

/** The same key? Compared by their SPKI encodings. */
export function samePublicKey(a: KeyObject, b: KeyObject): boolean {
  return a.export({ format: 'der', type: 'spki' }).equals(b.export({ format: 'der', type: 'spki' }))
}
