/** GitHub's artifact attestations API: where `sign` stores provenance so `gh attestation verify` finds it. */
import type { BundleJson } from '../signing/types.js'
import { errorMessage } from '../runtime/errors.js'
import { requestStatus, type GitHubClient, type GitHubRepository } from './client.js'

export type AttestationOutcome = { stored: true; id?: number } | { stored: false; reason: string }

/** POST /repos/{owner}/{repo}/attestations. A missing permission is an outcome, not an error. */
export async function storeAttestation(github: GitHubClient, repository: GitHubRepository, bundle: BundleJson): Promise<AttestationOutcome> {
  try {
    const { data } = await github.request('POST /repos/{owner}/{repo}/attestations', { ...repository, bundle })
    return { stored: true, id: (data as { id?: number }).id }
  } catch (error) {
    const status = requestStatus(error)
    if (status === 401 || status === 403 || status === 404) {
      return {
        stored: false,
        reason: `HTTP ${status}: give the job \`permissions: attestations: write\` (attestations need a public repository or GitHub Enterprise Cloud)`
      }
    }
    throw new Error(`storing the attestation on GitHub failed${status ? ` (HTTP ${status})` : ''}: ${errorMessage(error)}`, { cause: error })
  }
}
