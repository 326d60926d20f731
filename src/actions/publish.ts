import { parseRegistryReference } from '../oci/reference.js'
import {
  credentialsFor,
  isForkPullRequest,
  readCredentialSources,
  readPublishOptions,
  registriesWithoutCredentials,
  type PublishOptions
} from '../publish/options.js'
import { publish, type PublishResult } from '../publish/publish.js'
import { formatBytes } from '../publish/push.js'
import type { ClientOptions, RepositoryName } from '../registry/client.js'
import { RegistryAuthError } from '../registry/errors.js'
import { registryLimitOptions } from '../registry/limits.js'
import type { ActionContext } from '../runtime/context.js'
import { ConfigurationError } from '../runtime/errors.js'
import type { PublishRecord } from '../runtime/job-state.js'

export { PUBLISH_INPUTS } from '../publish/options.js'

export interface PublishOutcome extends Partial<PublishResult> {
  skipped: boolean
  releaseUrl?: string
}

/** Repositories an earlier publish of this job pushed to: candidates to mount blobs from. */
function knownRepositories(record: PublishRecord | undefined): RepositoryName[] {
  const names: RepositoryName[] = []
  for (const { ref } of record?.refs ?? []) {
    if (ref.startsWith('oci:')) continue
    try {
      const parsed = parseRegistryReference('to', ref)
      if (!names.some((n) => n.registry === parsed.registry && n.repository === parsed.repository))
        names.push({ registry: parsed.registry, repository: parsed.repository })
    } catch {
      // a record from elsewhere that does not parse is no mount source
    }
  }
  return names
}

function registriesOf(options: PublishOptions): string[] {
  const registries = options.destinations.flatMap((d) => (d.kind === 'registry' ? [d.registry] : []))
  return [...new Set([...registries, ...options.merge.map((m) => m.ref.registry)])]
}

function summaryMarkdown(result: PublishResult, releaseUrl: string | undefined): string {
  const rows = result.refs.map((r) => `| \`${r.ref}\` | \`${r.digest}\` |`).join('\n')
  const { stats } = result
  return [
    `### 📦 Published \`${result.digest}\``,
    '',
    '| reference | digest |',
    '|---|---|',
    rows,
    '',
    `${stats.uploadedBlobs} blob(s) uploaded, ${formatBytes(stats.pushedBytes)} sent; ` +
      `${stats.reusedBlobs} reused${stats.mountedBlobs ? ` (${stats.mountedBlobs} mounted)` : ''}.`,
    result.promotedFrom
      ? `\nPromoted without rebuilding: \`${result.promotedFrom.ref}\` held \`${result.promotedFrom.digest}\` = published \`${result.digest}\`.`
      : '',
    releaseUrl ? `\nRelease: ${releaseUrl}` : '',
    ''
  ].join('\n')
}

/**
 * `publish`: read inputs → resolve credentials (inputs, docker config, ghcr.io's token) → push or
 * merge → upload the release → outputs, summary, job state.
 */
export async function publishAction(context: ActionContext, overrides: { client?: Partial<ClientOptions> } = {}): Promise<PublishOutcome> {
  const { inputs, logger, outputs, env } = context
  const state = context.jobState.read()
  const ruleTags = inputs.list('tags').length > 0 ? await (await import('../publish/tags.js')).publishTags(inputs, env, context.onGitHub, logger) : undefined
  const options = readPublishOptions(inputs, state, ruleTags)
  const sources = await readCredentialSources(inputs, options, env)
  const mask = (value: string | undefined): void => {
    if (value) context.mask(value)
  }

  let skipped = false
  if (isForkPullRequest(env)) {
    const missing = await registriesWithoutCredentials(registriesOf(options), sources, env)
    if (missing.length > 0) {
      logger.notice(`Pull request from a fork: no credentials for ${missing.join(', ')} (forks get no secrets), so nothing is pushed to registries`)
      options.destinations = options.destinations.filter((d) => d.kind === 'layout')
      options.merge = []
      delete options.release
      skipped = true
    }
  }
  if (options.destinations.length === 0 || (skipped && !options.image)) {
    outputs.set('skipped', true)
    for (const name of ['digest', 'source-digest', 'refs', 'pushed-bytes', 'reused-blobs', 'release-url']) outputs.set(name, name === 'refs' ? [] : '')
    return { skipped: true }
  }

  let result: PublishResult
  const limits = registryLimitOptions(options.limits, 'publishing to')
  try {
    result = await publish(options, {
      logger,
      workRoot: context.workRoot,
      env,
      credentials: async (registry) => {
        const credentials = await credentialsFor(registry, sources, env)
        mask(credentials?.password)
        mask(credentials?.identityToken)
        mask(credentials?.registryToken)
        return credentials
      },
      client: { ...limits, ...overrides.client },
      knownRepositories: knownRepositories(state.publish)
    })
  } catch (error) {
    // Refused or missing credentials are the user's to fix; the message names where they came from.
    if (error instanceof RegistryAuthError) throw new ConfigurationError(error.message)
    throw error
  } finally {
    limits.deadline.dispose()
  }

  let releaseUrl: string | undefined
  if (options.release && result.source) {
    // Loaded only for releases: the GitHub client stays out of a registry push's start-up.
    const { uploadRelease } = await import('../publish/release.js')
    const release = await logger.group(`Upload to release ${options.release}`, () =>
      uploadRelease(result.source!, {
        tag: options.release!,
        token: options.githubToken,
        env,
        logger,
        workRoot: context.workRoot,
        build: state.build,
        name: result.refs[0]?.ref,
        retry: { ...overrides.client?.retry, attempts: options.retries }
      })
    )
    releaseUrl = release.url
  }

  outputs.set('digest', result.digest)
  outputs.set('source-digest', result.promotedFrom?.digest ?? '')
  outputs.set('refs', result.refs)
  outputs.set('pushed-bytes', result.stats.pushedBytes)
  outputs.set('reused-blobs', result.stats.reusedBlobs)
  outputs.set('release-url', releaseUrl ?? '')
  outputs.set('skipped', skipped)
  context.jobState.record('publish', { digest: result.digest, refs: result.refs })
  await context.summary.write(summaryMarkdown(result, releaseUrl))
  return { ...result, skipped, releaseUrl }
}
