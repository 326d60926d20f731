import { readFileSync } from 'node:fs'
import { isSha256Digest } from '../oci/image-spec.js'
import { parseImageReference, parseLayoutReference, parseRegistryReference, type LayoutReference, type RegistryReference } from '../oci/reference.js'
import type { RegistryCredentials } from '../registry/auth.js'
import { dockerConfigCredentials, dockerConfigPath, isImplicitlyInsecure, loadDockerConfig, type DockerConfig } from '../registry/credentials.js'
import { readRegistryLimits, REGISTRY_LIMIT_INPUTS, type RegistryLimits } from '../registry/limits.js'
import { inputError } from '../runtime/errors.js'
import type { Inputs } from '../runtime/inputs.js'
import type { BuildRecord, JobStateFile } from '../runtime/job-state.js'

/** Every input of `publish`, as in its action.yml (the CLI accepts exactly these as flags). */
export const PUBLISH_INPUTS = [
  'image',
  'to',
  'push-by-digest',
  'username',
  'password',
  'github-token',
  'docker-config',
  'insecure',
  'merge',
  'copy-signatures',
  'require-revision',
  'tags',
  'flavor',
  'release',
  'retries',
  'concurrency',
  ...REGISTRY_LIMIT_INPUTS
] as const

export interface RegistryDestination {
  kind: 'registry'
  registry: string
  repository: string
  /** Empty with push-by-digest. */
  tags: string[]
}

export interface LayoutDestination {
  kind: 'layout'
  dir: string
  /** Absent with push-by-digest (an untagged index.json entry). */
  tag?: string
}

export type Destination = RegistryDestination | LayoutDestination

export interface PublishOptions {
  /** The layout image to publish; absent when merging or promoting. */
  image?: LayoutReference
  /** An image already in a registry, to tag or copy by digest (no rebuild, no re-push of what is there). */
  promote?: RegistryReference
  /** With `promote`: copy the cosign .sig/.att/.sbom tags and the referrers along. */
  copySignatures: boolean
  /** With `promote`: the commit the image must have been built from (its org.opencontainers.image.revision). */
  requireRevision?: string
  destinations: Destination[]
  pushByDigest: boolean
  /** Single-target images to combine into one index (bare digests already resolved to the first `to` repository). */
  merge: { ref: RegistryReference; label: string }[]
  insecure: string[]
  retries: number
  concurrency: number
  limits: RegistryLimits
  /** A GitHub Release tag to upload the kernels, SHA256SUMS and signatures to. */
  release?: string
  githubToken?: string
}

/** Where credentials come from, in order: the inputs (first registry of `to` only), a docker config, ghcr.io's default. */
export interface CredentialSources {
  /** The registry the `username`/`password` inputs are for. */
  inputRegistry?: string
  username?: string
  password?: string
  dockerConfig?: DockerConfig
  githubActor?: string
  githubToken?: string
}

const GHCR = 'ghcr.io'

/** The tags `build` recorded (a record from a build that gave none has no `tags`). */
function recordedTags(build: BuildRecord | undefined): string[] {
  const tags = build?.tags
  return Array.isArray(tags) ? tags.filter((tag) => typeof tag === 'string') : []
}

/** `to` when not given: the build's registry-qualified `name` with its tags. */
function defaultDestinations(build: BuildRecord | undefined, sourceTag: string | undefined): string[] {
  const name = build?.name
  if (!name) throw inputError('to', 'is required: no build in this job recorded an image name; give registry references (ghcr.io/acme/web:1.0) or oci:<dir>')
  let ref: RegistryReference
  try {
    ref = parseRegistryReference('to', name)
  } catch {
    throw inputError(
      'to',
      `is required: the build's name \`${name}\` is not registry-qualified (give \`name\` to build, e.g. ghcr.io/acme/web, or \`to\` here)`
    )
  }
  const tags = recordedTags(build)
  if (tags.length === 0 && sourceTag) tags.push(sourceTag)
  if (tags.length === 0) return [`${ref.registry}/${ref.repository}`]
  return tags.map((tag) => `${ref.registry}/${ref.repository}:${tag}`)
}

/** `ghcr.io/acme/web:1.0` → `ghcr.io/acme/web`. */
function withoutTag(reference: string): string {
  const ref = parseRegistryReference('to', reference)
  return `${ref.registry}/${ref.repository}`
}

function tagOfReference(value: string | undefined): string | undefined {
  if (!value?.startsWith('oci:')) return undefined
  try {
    return parseLayoutReference('image', value).tag
  } catch {
    return undefined
  }
}

/**
 * Groups `to` into destinations: one per repository (its tags together) and one per layout. An item
 * without a tag gets the `tags` input's tags when given, else the source image's tag.
 */
export function parseDestinations(items: readonly string[], pushByDigest: boolean, sourceTag: string | undefined, ruleTags?: readonly string[]): Destination[] {
  const destinations: Destination[] = []
  const untagged = ruleTags ?? (sourceTag === undefined ? [] : [sourceTag])
  for (const item of items) {
    const ref = parseImageReference('to', item)
    if (ref.digest) throw inputError('to', `\`${item}\` names a digest; a destination is a repository with an optional tag (the digest is the image's own)`)
    const wanted = pushByDigest ? [] : ref.tag !== undefined ? [ref.tag] : untagged
    if (!pushByDigest && wanted.length === 0) {
      throw inputError(
        'to',
        `\`${item}\` needs a tag (${ref.kind === 'layout' ? 'oci:<dir>:<tag>' : 'or `push-by-digest: true`'}, or \`tags\`): the source image has none to reuse`
      )
    }
    if (ref.kind === 'layout') {
      if (wanted.length === 0) destinations.push({ kind: 'layout', dir: ref.dir })
      for (const tag of wanted) destinations.push({ kind: 'layout', dir: ref.dir, tag })
      continue
    }
    const existing = destinations.find((d): d is RegistryDestination => d.kind === 'registry' && d.registry === ref.registry && d.repository === ref.repository)
    const tags = [...wanted]
    if (existing) existing.tags.push(...tags.filter((t) => !existing.tags.includes(t)))
    else destinations.push({ kind: 'registry', registry: ref.registry, repository: ref.repository, tags })
  }
  return destinations
}

/** `merge` items: references, or bare digests in the first registry destination's repository. */
export function parseMergeSources(items: readonly string[], destinations: readonly Destination[]): { ref: RegistryReference; label: string }[] {
  const first = destinations.find((d): d is RegistryDestination => d.kind === 'registry')
  return items.map((item) => {
    if (isSha256Digest(item)) {
      if (!first) throw inputError('merge', `\`${item}\` is a bare digest, which refers to the first registry repository in \`to\`, and \`to\` names none`)
      return {
        ref: { kind: 'registry', registry: first.registry, repository: first.repository, digest: item },
        label: `${first.registry}/${first.repository}@${item}`
      }
    }
    if (item.startsWith('oci:'))
      throw inputError('merge', `\`${item}\`: merge combines images already in a registry (references or digests), not local layouts`)
    const ref = parseRegistryReference('merge', item)
    if (!ref.tag && !ref.digest) throw inputError('merge', `\`${item}\` names neither a tag nor a digest`)
    return { ref, label: item }
  })
}

/** `require-revision`: a full commit SHA (what `revision` annotations hold). */
function readRevision(inputs: Inputs): string | undefined {
  const value = inputs.optional('require-revision')
  if (value === undefined) return undefined
  if (!/^[0-9a-f]{40}([0-9a-f]{24})?$/i.test(value))
    throw inputError('require-revision', `\`${value}\` is not a full commit SHA (40 hex digits, e.g. \${{ github.sha }})`)
  return value.toLowerCase()
}

/** `ruleTags`: what the `tags` input resolved to for this run (publish/tags.ts); they tag each `to` that names none. */
export function readPublishOptions(inputs: Inputs, state: JobStateFile, ruleTags?: readonly string[]): PublishOptions {
  const pushByDigest = inputs.boolean('push-by-digest', false)
  if (ruleTags && pushByDigest) throw inputError('tags', 'cannot be combined with `push-by-digest: true`, which pushes without tags')
  const mergeItems = inputs.list('merge')
  let image: LayoutReference | undefined
  let promote: RegistryReference | undefined
  const imageText = inputs.optional('image')
  if (mergeItems.length > 0) {
    if (imageText)
      throw inputError(
        'merge',
        'combines images already in a registry into one index; it excludes `image` (publish each image first, e.g. with push-by-digest)'
      )
  } else {
    const text = imageText ?? state.build?.image
    if (!text) throw inputError('image', 'is required: no build ran earlier in this job; give an OCI layout reference (oci:<dir>:<tag>)')
    const ref = parseImageReference('image', text)
    if (ref.kind === 'layout') image = ref
    else if (!ref.tag && !ref.digest) throw inputError('image', `\`${text}\` names neither a tag nor a digest of the image to promote`)
    else promote = ref
  }
  const sourceTag = image?.tag ?? promote?.tag ?? (imageText ? undefined : tagOfReference(state.build?.image))
  let toItems = inputs.list('to')
  if (toItems.length === 0 && promote) {
    // Promotion within the image's own repository: new tags for the same digest.
    if (!ruleTags) throw inputError('to', `is required to promote \`${imageText}\` (or give \`tags\` to tag it in its own repository)`)
    toItems = [`${promote.registry}/${promote.repository}`]
  }
  if (toItems.length === 0) toItems = ruleTags ? defaultDestinations(state.build, undefined).map(withoutTag) : defaultDestinations(state.build, sourceTag)
  const destinations = parseDestinations(toItems, pushByDigest, mergeItems.length > 0 ? undefined : sourceTag, ruleTags)
  if (mergeItems.length > 0 && !pushByDigest && destinations.some((d) => (d.kind === 'registry' ? d.tags.length === 0 : !d.tag))) {
    throw inputError('to', 'each destination of a merge needs a tag (or `push-by-digest: true`)')
  }
  if (mergeItems.length > 0 && destinations.some((d) => d.kind === 'layout'))
    throw inputError('to', 'a merge is pushed to registries only; oci: destinations take `image`')
  if (promote && destinations.some((d) => d.kind === 'layout'))
    throw inputError('to', 'promoting a registry image copies it to registries; an oci: destination takes a layout `image`')
  const merge = parseMergeSources(mergeItems, destinations)
  const release = inputs.optional('release')
  const requireRevision = readRevision(inputs)
  if (requireRevision && !promote) throw inputError('require-revision', 'checks an image already in a registry before promoting it; `image` names none')
  const options: PublishOptions = {
    image,
    ...(promote ? { promote } : {}),
    ...(requireRevision ? { requireRevision } : {}),
    copySignatures: inputs.boolean('copy-signatures', true),
    destinations,
    pushByDigest,
    merge,
    insecure: inputs.list('insecure'),
    retries: inputs.positiveInteger('retries', { max: 20 }) ?? 5,
    concurrency: inputs.positiveInteger('concurrency', { max: 32 }) ?? 4,
    limits: readRegistryLimits(inputs)
  }
  if (release !== undefined) {
    if (!image) throw inputError('release', 'uploads the kernels of a layout `image`; it cannot be combined with `merge` or a registry `image`')
    options.release = release
  }
  const token = inputs.source.secret('github-token')
  if (token) options.githubToken = token
  return options
}

/** Reads `username`/`password`/`docker-config` and the GitHub defaults into credential sources. */
export async function readCredentialSources(inputs: Inputs, options: PublishOptions, env: NodeJS.ProcessEnv): Promise<CredentialSources> {
  const username = inputs.optional('username')
  const password = inputs.source.secret('password') || undefined
  const firstRegistry = [
    ...options.destinations.filter((d): d is RegistryDestination => d.kind === 'registry').map((d) => d.registry),
    ...options.merge.map((m) => m.ref.registry)
  ][0]
  if (username !== undefined && password === undefined) throw inputError('password', `is required with \`username\` (\`${username}\`)`)
  if (password !== undefined && username === undefined && firstRegistry !== GHCR) throw inputError('username', 'is required with `password`')
  const sources: CredentialSources = {}
  if (password !== undefined) {
    if (!firstRegistry) throw inputError('password', 'is for a registry, and `to` names none')
    sources.inputRegistry = firstRegistry
    sources.username = username ?? env.GITHUB_ACTOR
    sources.password = password
  }
  const located = dockerConfigPath(inputs.optional('docker-config'), env)
  if (located) {
    const config = await loadDockerConfig(located.path, located.explicit)
    if (config) sources.dockerConfig = config
  }
  if (env.GITHUB_ACTOR) sources.githubActor = env.GITHUB_ACTOR
  if (options.githubToken) sources.githubToken = options.githubToken
  return sources
}

/** The credentials for one registry, from the first source that has some. */
export async function credentialsFor(
  registry: string,
  sources: CredentialSources,
  env: NodeJS.ProcessEnv = process.env
): Promise<RegistryCredentials | undefined> {
  if (sources.password !== undefined && sources.inputRegistry === registry) {
    return { username: sources.username ?? '', password: sources.password, source: 'the `username`/`password` inputs' }
  }
  if (sources.dockerConfig) {
    const found = await dockerConfigCredentials(sources.dockerConfig, registry, env)
    if (found) return found
  }
  if (registry === GHCR && sources.githubToken) {
    return { username: sources.githubActor ?? 'github-actions', password: sources.githubToken, source: 'the `github-token` input' }
  }
  return undefined
}

/**
 * A pull request from a fork: GitHub withholds secrets and gives a read-only token, so a push needs
 * credentials the workflow cannot have. Read from the event payload the runner provides.
 */
export function isForkPullRequest(env: NodeJS.ProcessEnv): boolean {
  if (!env.GITHUB_EVENT_NAME?.startsWith('pull_request') || env.GITHUB_EVENT_NAME === 'pull_request_target' || !env.GITHUB_EVENT_PATH) return false
  try {
    const event = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as {
      pull_request?: { head?: { repo?: { full_name?: string } | null }; base?: { repo?: { full_name?: string } } }
    }
    const pr = event.pull_request
    if (!pr) return false
    const head = pr.head?.repo?.full_name
    return head === undefined || head !== pr.base?.repo?.full_name
  } catch {
    return false
  }
}

/** Registries a fork's pull request cannot push to: not loopback, and no credentials besides the read-only token. */
export async function registriesWithoutCredentials(registries: readonly string[], sources: CredentialSources, env: NodeJS.ProcessEnv): Promise<string[]> {
  const missing: string[] = []
  for (const registry of registries) {
    if (isImplicitlyInsecure(registry)) continue
    const credentials = await credentialsFor(registry, { ...sources, githubToken: undefined }, env)
    if (!credentials) missing.push(registry)
  }
  return missing
}
