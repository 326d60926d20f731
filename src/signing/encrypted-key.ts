import { scryptAsync } from '@noble/hashes/scrypt.js'
import { xsalsa20poly1305 } from '@noble/ciphers/salsa.js'
import { inputError } from '../runtime/errors.js'

/**
 * cosign's encrypted private keys: a PEM block whose body is go-securesystemslib's `encrypted` JSON
 * envelope — scrypt derives a 32-byte key from the password, nacl/secretbox (XSalsa20-Poly1305) seals
 * the PKCS#8 DER. Only the three KDF strengths that library writes are accepted, so a hostile key
 * file cannot ask for gigabytes of scrypt memory.
 */
const KDF_STRENGTHS = [
  { N: 32768, r: 8, p: 1 },
  { N: 65536, r: 8, p: 1 },
  { N: 131072, r: 8, p: 1 }
]

interface Envelope {
  kdf: { name: string; params: { N: number; r: number; p: number }; salt: string }
  cipher: { name: string; nonce: string }
  ciphertext: string
}

function parseEnvelope(body: Buffer, input: string): Envelope {
  let json: unknown
  try {
    json = JSON.parse(body.toString('utf8'))
  } catch {
    throw inputError(input, 'is an encrypted cosign key whose body is not the expected JSON envelope')
  }
  const envelope = json as Partial<Envelope>
  const params = envelope.kdf?.params
  if (
    envelope.kdf?.name !== 'scrypt' ||
    envelope.cipher?.name !== 'nacl/secretbox' ||
    typeof envelope.kdf.salt !== 'string' ||
    typeof envelope.cipher.nonce !== 'string' ||
    typeof envelope.ciphertext !== 'string' ||
    typeof params !== 'object' ||
    params === null
  ) {
    throw inputError(input, 'is an encrypted cosign key in an unknown format (expected scrypt and nacl/secretbox)')
  }
  if (!KDF_STRENGTHS.some((s) => s.N === params.N && s.r === params.r && s.p === params.p)) {
    throw inputError(input, `is an encrypted cosign key with unsupported scrypt parameters N=${params.N}, r=${params.r}, p=${params.p}`)
  }
  return envelope as Envelope
}

/** Opens the envelope; a wrong password (or a tampered file) fails the authenticator and says so. */
export async function decryptSigstoreKey(body: Buffer, password: string, input: string, passwordInput: string): Promise<Uint8Array> {
  const envelope = parseEnvelope(body, input)
  const salt = Buffer.from(envelope.kdf.salt, 'base64')
  const nonce = Buffer.from(envelope.cipher.nonce, 'base64')
  const ciphertext = Buffer.from(envelope.ciphertext, 'base64')
  if (nonce.length !== 24) throw inputError(input, 'is an encrypted cosign key with a malformed nonce')
  const { N, r, p } = envelope.kdf.params
  const key = await scryptAsync(new TextEncoder().encode(password), salt, { N, r, p, dkLen: 32, maxmem: 256 * 1024 * 1024 })
  try {
    return xsalsa20poly1305(key, nonce).decrypt(ciphertext)
  } catch {
    throw password === ''
      ? inputError(passwordInput, 'is required: `key` is an encrypted cosign key and it does not open without a password')
      : inputError(passwordInput, 'does not open `key`: wrong password (or the key file is damaged)')
  } finally {
    key.fill(0)
  }
}
