/**
 * Keyless verification through @sigstore/verify, in a module loaded only when a certificate has to be
 * checked: trust roots (the `trusted-root` input, else the public-good root over TUF), the Fulcio
 * chain, SCTs, Rekor entries or RFC 3161 timestamps, and the signer's identity.
 */
import { bundleFromJSON } from '@sigstore/bundle'
import { TrustedRoot } from '@sigstore/protobuf-specs'
import { Verifier, toSignedEntity, toTrustMaterial, type TrustMaterial } from '@sigstore/verify'
import { errorMessage } from '../runtime/errors.js'
import type { BundleJson } from './types.js'

export interface KeylessPolicy {
  /** The certificate's subject alternative name (for GitHub: the workflow URI @ ref). */
  identity: string
  /** The OIDC issuer extension (for GitHub: https://token.actions.githubusercontent.com). */
  issuer: string
}

export interface KeylessVerifier {
  /** Throws with the reason when the bundle does not verify; `artifact` is needed for message signatures. */
  verify(bundle: BundleJson, artifact?: Buffer): void
}

/** Parses trusted-root JSON, or JSON Lines of them (`gh attestation trusted-root` prints one per line). */
export function parseTrustedRoots(text: string): unknown[] {
  const trimmed = text.trim()
  try {
    return [JSON.parse(trimmed)]
  } catch {
    return trimmed
      .split(/\r?\n/)
      .filter((line) => line.trim() !== '')
      .map((line) => JSON.parse(line) as unknown)
  }
}

export function trustMaterialOf(root: unknown): TrustMaterial {
  return toTrustMaterial(TrustedRoot.fromJSON(root))
}

export async function publicGoodTrustedRoot(cachePath: string): Promise<unknown> {
  const { getTrustedRoot } = await import('@sigstore/tuf')
  return TrustedRoot.toJSON(await getTrustedRoot({ cachePath }))
}

export function keylessVerifier(roots: unknown[], policy: KeylessPolicy): KeylessVerifier {
  const verifiers = roots.map((root) => {
    const material = trustMaterialOf(root)
    // A root with a transparency log demands an entry in it; GitHub's private instance has none and
    // relies on its timestamp authority instead.
    return new Verifier(material, {
      tlogThreshold: material.tlogs.length > 0 ? 1 : 0,
      ctlogThreshold: material.ctlogs.length > 0 ? 1 : 0,
      timestampThreshold: 1
    })
  })
  return {
    verify(bundle, artifact) {
      const entity = toSignedEntity(bundleFromJSON(bundle), artifact)
      const failures: string[] = []
      for (const verifier of verifiers) {
        try {
          verifier.verify(entity, { subjectAlternativeName: policy.identity, extensions: { issuer: policy.issuer } })
          return
        } catch (error) {
          failures.push(errorMessage(error))
        }
      }
      throw new Error(failures.length === 1 ? failures[0] : failures.map((f, i) => `trusted root ${i + 1}: ${f}`).join('; '))
    }
  }
}
