/**
 * Independent tools for signature tests: openssl makes keys and verifies signatures, Python (Debian's
 * python3-nacl) seals cosign-encrypted keys. None of it shares code with src/signing.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { repoRoot } from './run-action.js'

/** Debian's interpreter: python3-nacl is installed for it, not for other pythons on PATH. */
export const SYSTEM_PYTHON = '/usr/bin/python3'

/** The GitHub context a provenance statement is built from, as a tag-triggered release workflow has it. */
export const GITHUB_RELEASE_ENV = {
  GITHUB_REPOSITORY: 'acme/web',
  GITHUB_SHA: 'c0ffee0000000000000000000000000000000000',
  GITHUB_REF: 'refs/tags/v1.0.0',
  GITHUB_WORKFLOW_REF: 'acme/web/.github/workflows/release.yml@refs/tags/v1.0.0',
  GITHUB_RUN_ID: '9',
  GITHUB_RUN_ATTEMPT: '1'
}

export interface OpensslKeyPair {
  /** PKCS#8 PEM. */
  privatePem: string
  /** SEC1 (`EC PRIVATE KEY`) PEM of the same key. */
  sec1Pem: string
  publicPem: string
  pkcs8Der: Buffer
}

export function withTempDir<T>(fn: (dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'signing-test-'))
  try {
    return fn(dir)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

function openssl(args: string[], input?: Buffer | string): Buffer {
  return execFileSync('openssl', args, { input, stdio: ['pipe', 'pipe', 'pipe'] })
}

export function opensslKeyPair(curve = 'P-256'): OpensslKeyPair {
  const privatePem = openssl(['genpkey', '-algorithm', 'EC', '-pkeyopt', `ec_paramgen_curve:${curve}`]).toString()
  return {
    privatePem,
    sec1Pem: openssl(['ec', '-outform', 'PEM'], privatePem).toString(),
    publicPem: openssl(['pkey', '-pubout'], privatePem).toString(),
    pkcs8Der: openssl(['pkcs8', '-topk8', '-nocrypt', '-outform', 'DER'], privatePem)
  }
}

export function opensslRsaKey(): string {
  return openssl(['genpkey', '-algorithm', 'RSA', '-pkeyopt', 'rsa_keygen_bits:2048']).toString()
}

/** `openssl dgst -sha256 -verify pub -signature sig data`: true on "Verified OK". */
export function opensslVerify(publicPem: string, data: Buffer, signature: Buffer): boolean {
  return withTempDir((dir) => {
    writeFileSync(join(dir, 'pub.pem'), publicPem)
    writeFileSync(join(dir, 'data'), data)
    writeFileSync(join(dir, 'sig'), signature)
    try {
      return /Verified OK/.test(openssl(['dgst', '-sha256', '-verify', join(dir, 'pub.pem'), '-signature', join(dir, 'sig'), join(dir, 'data')]).toString())
    } catch {
      return false
    }
  })
}

/** `openssl dgst -sha256 -sign`: an ASN.1 DER ECDSA signature made without our code. */
export function opensslSign(privatePem: string, data: Buffer): Buffer {
  return withTempDir((dir) => {
    writeFileSync(join(dir, 'key.pem'), privatePem)
    writeFileSync(join(dir, 'data'), data)
    return openssl(['dgst', '-sha256', '-sign', join(dir, 'key.pem'), join(dir, 'data')])
  })
}

/** The DSSE pre-authentication encoding, written out from the spec rather than imported. */
export function pae(payloadType: string, payload: Buffer): Buffer {
  return Buffer.concat([Buffer.from(`DSSEv1 ${Buffer.byteLength(payloadType)} ${payloadType} ${payload.length} `), payload])
}

/** A cosign `ENCRYPTED SIGSTORE PRIVATE KEY` sealed by Python (hashlib.scrypt + PyNaCl). */
export function pythonEncryptedCosignKey(pkcs8Der: Buffer, password: string, n = 32768): string {
  return execFileSync(SYSTEM_PYTHON, [join(repoRoot, 'test', 'fixtures', 'signing', 'cosign_encrypted_key.py'), String(n)], {
    input: pkcs8Der,
    env: { PATH: process.env.PATH, COSIGN_PASSWORD: password }
  }).toString()
}

export interface InProcessRun {
  error?: Error
  outputs: Map<string, string>
  logger: import('../../src/runtime/logger.js').MemoryLogger
  runnerTemp: string
}

/** Runs an action's library entry in-process with a terminal context, its own temp dir and `env` on top of this process's. */
export async function runInProcess(
  action: (context: import('../../src/runtime/context.js').ActionContext) => Promise<unknown>,
  inputs: Record<string, string>,
  env: Record<string, string | undefined> = {},
  runnerTemp = mkdtempSync(join(tmpdir(), 'sign-test-'))
): Promise<InProcessRun> {
  const { terminalContext } = await import('../../src/runtime/context.js')
  const { MapInputs } = await import('../../src/runtime/inputs.js')
  const { MemoryLogger } = await import('../../src/runtime/logger.js')
  const logger = new MemoryLogger()
  const context = terminalContext(new MapInputs(new Map(Object.entries(inputs))), { ...process.env, RUNNER_TEMP: runnerTemp, ...env }, logger)
  try {
    await action(context)
    return { outputs: context.collected, logger, runnerTemp }
  } catch (error) {
    return { error: error as Error, outputs: context.collected, logger, runnerTemp }
  }
}
