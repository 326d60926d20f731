/**
 * SLSA v1 provenance for a GitHub Actions run, with GitHub's workflow build type — the predicate
 * `actions/attest-build-provenance` writes, so `gh attestation verify` reads ours the same way.
 * Built from the runner's environment; the OIDC token's claims, when we have them, are preferred
 * because only the token knows the reusable workflow that actually ran (`job_workflow_ref`).
 */
import { inputError } from '../runtime/errors.js'

export const GITHUB_WORKFLOW_BUILD_TYPE = 'https://actions.github.io/buildtypes/workflow/v1'

export interface ProvenanceClaims {
  serverUrl: string
  repository: string
  ref: string
  sha: string
  workflowRef: string
  jobWorkflowRef: string
  eventName: string
  repositoryId: string
  repositoryOwnerId: string
  runnerEnvironment: string
  runId: string
  runAttempt: string
}

/** The claims from the environment, overridden by OIDC token claims when given. */
export function provenanceClaims(env: NodeJS.ProcessEnv, tokenClaims: Record<string, unknown> = {}): ProvenanceClaims {
  const claim = (name: string, fallback: string | undefined): string => {
    const value = tokenClaims[name]
    return typeof value === 'string' && value !== '' ? value : (fallback ?? '')
  }
  const claims: ProvenanceClaims = {
    serverUrl: (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/$/, ''),
    repository: claim('repository', env.GITHUB_REPOSITORY),
    ref: claim('ref', env.GITHUB_REF),
    sha: claim('sha', env.GITHUB_SHA),
    workflowRef: claim('workflow_ref', env.GITHUB_WORKFLOW_REF),
    jobWorkflowRef: claim('job_workflow_ref', env.GITHUB_WORKFLOW_REF),
    eventName: claim('event_name', env.GITHUB_EVENT_NAME),
    repositoryId: claim('repository_id', env.GITHUB_REPOSITORY_ID),
    repositoryOwnerId: claim('repository_owner_id', env.GITHUB_REPOSITORY_OWNER_ID),
    runnerEnvironment: claim('runner_environment', env.RUNNER_ENVIRONMENT),
    runId: claim('run_id', env.GITHUB_RUN_ID),
    runAttempt: claim('run_attempt', env.GITHUB_RUN_ATTEMPT)
  }
  const missing = (['repository', 'sha', 'workflowRef', 'runId'] as const).filter((name) => claims[name] === '')
  if (missing.length > 0) {
    throw inputError(
      'provenance',
      `needs the GitHub Actions context, but ${missing.map((m) => ENV_NAMES[m]).join(', ')} ${missing.length === 1 ? 'is' : 'are'} not set; ` +
        'run on GitHub Actions or set provenance: false'
    )
  }
  return claims
}

const ENV_NAMES: Record<string, string> = { repository: 'GITHUB_REPOSITORY', sha: 'GITHUB_SHA', workflowRef: 'GITHUB_WORKFLOW_REF', runId: 'GITHUB_RUN_ID' }

export function slsaProvenancePredicate(claims: ProvenanceClaims): Record<string, unknown> {
  const server = claims.serverUrl
  // owner/repo/.github/workflows/release.yml@refs/tags/v1 → .github/workflows/release.yml
  const workflowPath = claims.workflowRef.replace(`${claims.repository}/`, '').split('@')[0]
  return {
    buildDefinition: {
      buildType: GITHUB_WORKFLOW_BUILD_TYPE,
      externalParameters: { workflow: { ref: claims.ref, repository: `${server}/${claims.repository}`, path: workflowPath } },
      internalParameters: {
        github: {
          event_name: claims.eventName,
          repository_id: claims.repositoryId,
          repository_owner_id: claims.repositoryOwnerId,
          runner_environment: claims.runnerEnvironment
        }
      },
      resolvedDependencies: [{ uri: `git+${server}/${claims.repository}@${claims.ref}`, digest: { gitCommit: claims.sha } }]
    },
    runDetails: {
      builder: { id: `${server}/${claims.jobWorkflowRef}` },
      metadata: { invocationId: `${server}/${claims.repository}/actions/runs/${claims.runId}/attempts/${claims.runAttempt || '1'}` }
    }
  }
}

/** The repository a provenance predicate names (`https://github.com/o/r`), or undefined. */
export function provenanceRepository(predicate: unknown): string | undefined {
  const workflow = (predicate as { buildDefinition?: { externalParameters?: { workflow?: { repository?: unknown } } } })?.buildDefinition?.externalParameters
    ?.workflow
  return typeof workflow?.repository === 'string' ? workflow.repository : undefined
}

/** `o/r`, `github.com/o/r` and `https://github.com/o/r` name the same repository (case-insensitively, as GitHub does). */
export function sameRepository(named: string, wanted: string): boolean {
  const split = (value: string): { host?: string; path: string } => {
    const parts = value
      .trim()
      .replace(/^https?:\/\//, '')
      .replace(/\.git$/, '')
      .replace(/\/$/, '')
      .toLowerCase()
      .split('/')
    return parts.length > 2 ? { host: parts[0], path: parts.slice(1).join('/') } : { path: parts.join('/') }
  }
  const a = split(named)
  const b = split(wanted)
  return a.path === b.path && (a.host === undefined || b.host === undefined || a.host === b.host)
}
