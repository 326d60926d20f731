import { describe, expect, test } from '@jest/globals'
import { loadPublicKey, loadSigningKey } from '../../src/signing/keys.js'
import { opensslKeyPair, opensslRsaKey, opensslVerify, pythonEncryptedCosignKey } from '../support/signing.js'

const data = Buffer.from('{"critical":{}}')

describe('signing keys', () => {
  const pair = opensslKeyPair()

  test.each([
    ['PKCS#8', () => pair.privatePem],
    ['SEC1', () => pair.sec1Pem]
  ])('a %s P-256 key signs what openssl verifies with its public key', async (_name, pem) => {
    const key = await loadSigningKey(pem(), undefined)
    expect(opensslVerify(pair.publicPem, data, key.sign(data))).toBe(true)
    expect(key.publicKeyPem.replace(/\s/g, '')).toBe(pair.publicPem.replace(/\s/g, ''))
  })

  test('a cosign key sealed by an independent implementation (Python + PyNaCl) opens, signs, and openssl verifies', async () => {
    const sealed = pythonEncryptedCosignKey(pair.pkcs8Der, 'correct horse')
    expect(sealed).toMatch(/^-----BEGIN ENCRYPTED SIGSTORE PRIVATE KEY-----\n/)
    const key = await loadSigningKey(sealed, 'correct horse')
    expect(opensslVerify(pair.publicPem, data, key.sign(data))).toBe(true)
  })

  test('a cosign key with an empty password (cosign allows it) opens without key-password', async () => {
    const key = await loadSigningKey(pythonEncryptedCosignKey(pair.pkcs8Der, ''), undefined)
    expect(opensslVerify(pair.publicPem, data, key.sign(data))).toBe(true)
  })

  test('a wrong password fails cleanly, naming key-password and never quoting the password', async () => {
    const sealed = pythonEncryptedCosignKey(pair.pkcs8Der, 'correct horse')
    const error = await loadSigningKey(sealed, 'battery staple').catch((e: Error) => e)
    expect(error).toMatchObject({
      name: 'ConfigurationError',
      message: 'input `key-password`: does not open `key`: wrong password (or the key file is damaged)'
    })
    expect((error as Error).message).not.toMatch(/battery|horse/)
    await expect(loadSigningKey(sealed, undefined)).rejects.toThrow(/input `key-password`: is required: `key` is an encrypted cosign key/)
  })

  test('unsupported scrypt strength is refused before any work is done', async () => {
    const envelope = {
      kdf: { name: 'scrypt', params: { N: 1 << 24, r: 8, p: 1 }, salt: 'AA==' },
      cipher: { name: 'nacl/secretbox', nonce: 'AA==' },
      ciphertext: 'AA=='
    }
    const body = Buffer.from(JSON.stringify(envelope)).toString('base64')
    const pem = `-----BEGIN ENCRYPTED SIGSTORE PRIVATE KEY-----\n${body}\n-----END ENCRYPTED SIGSTORE PRIVATE KEY-----\n`
    await expect(loadSigningKey(pem, 'x')).rejects.toThrow('input `key`: is an encrypted cosign key with unsupported scrypt parameters N=16777216, r=8, p=1')
  })

  test.each([
    ['not PEM at all', 'hello', /input `key`: is neither PEM nor the path of a key file/],
    ['a malformed PEM body', '-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n', /input `key`: its PRIVATE KEY block is malformed/],
    ['a public key', () => pair.publicPem, /input `key`: holds a `PUBLIC KEY` PEM block \(this is a public key/],
    ['an RSA key (PKCS#8)', () => opensslRsaKey(), /input `key`: is an RSA key \(2048 bits\); only ECDSA P-256/],
    ['a P-384 key', () => opensslKeyPair('P-384').privatePem, /input `key`: is an ECDSA key on curve secp384r1; only ECDSA P-256/]
  ])('%s is a configuration error naming `key`', async (_name, text, message) => {
    const pem = typeof text === 'function' ? text() : text
    const error = await loadSigningKey(pem, undefined).catch((e: Error) => e)
    expect(error).toMatchObject({ name: 'ConfigurationError' })
    expect((error as Error).message).toMatch(message)
  })

  test('public keys: P-256 PUBLIC KEY loads; a private key handed to a verifier is refused with a warning', () => {
    expect(loadPublicKey(pair.publicPem).asymmetricKeyDetails?.namedCurve).toBe('prime256v1')
    expect(() => loadPublicKey(pair.privatePem)).toThrow(/input `key`: holds a `PRIVATE KEY` PEM block \(a private key/)
    expect(() => loadPublicKey('nope')).toThrow(/input `key`: is neither PEM nor the path of a key file/)
  })
})
