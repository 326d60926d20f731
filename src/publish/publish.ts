import { formatImageReference } from '../oci/reference.js'
import type { RegistryCredentials } from '../registry/auth.js'
import { RegistryClient, type ClientOptions, type RepositoryName } from '../registry/client.js'
import { isInsecureRegistry } from '../registry/credentials.js'
import { RegistrySession } from '../registry/session.js'
import type { Logger } from '../runtime/logger.js'
import { copyToLayout } from './layout-copy.js'
import { buildMergedIndex, copyManifest, type MergeSource } from './merge.js'
import type { LayoutDestination, PublishOptions, RegistryDestination } from './options.js'
import { addStats, emptyStats, formatBytes, pushImage, type PushStats } from './push.js'
import { checkRevision, promoteTo, resolvePromotion } from './promote.js'
import { readSourceImage, type SourceImage } from './source.js'

export interface PublishDeps {
  logger: Logger
  /** For temporary files (cross-registry copies). */
  workRoot: string
  env: NodeJS.ProcessEnv
  cwd?: string
  credentials(registry: string): Promise<RegistryCredentials | undefined>
  /** Client knobs (retry policy, chunking, idle timeout); tests make delays instant. */
  client?: Partial<ClientOptions>
  /** Repositories earlier publishes of the job pushed to: mount sources on the same registry. */
  knownRepositories?: readonly RepositoryName[]
}

export interface PublishedRef {
  ref: string
  digest: string
}

export interface PublishResult {
  digest: string
  refs: PublishedRef[]
  stats: PushStats
  /** The source, when a layout image was published (release uploads read it). */
  source?: SourceImage
  /** A promotion's source: the reference named and the digest it held (which every destination now holds). */
  promotedFrom?: { ref: string; digest: string }
}

/** Opens one session per registry and hands out repository clients sharing it. */
class Clients {
  private readonly sessions = new Map<string, Promise<RegistrySession>>()

  constructor(
    private readonly options: PublishOptions,
    private readonly deps: PublishDeps
  ) {}

  private clientOptions(registry: string): ClientOptions {
    const retry = { ...this.deps.client?.retry, attempts: this.options.retries }
    return {
      env: this.deps.env,
      logger: this.deps.logger,
      ...this.deps.client,
      retry,
      insecure: isInsecureRegistry(registry, this.options.insecure),
      access: 'push'
    }
  }

  /** The registry's session: credentials resolved and `GET /v2/` answered, once per registry. */
  private session(registry: string): Promise<RegistrySession> {
    let session = this.sessions.get(registry)
    if (!session) {
      session = (async () => {
        const opened = new RegistrySession(registry, await this.deps.credentials(registry), this.clientOptions(registry))
        try {
          await opened.ping()
        } catch (error) {
          opened.close()
          throw error
        }
        return opened
      })()
      this.sessions.set(registry, session)
    }
    return session
  }

  /** Starts opening the session while other work goes on; a failure surfaces when the session is used. */
  prepare(registry: string): void {
    this.session(registry).catch(() => undefined)
  }

  async get(name: RepositoryName, access: 'pull' | 'push'): Promise<RegistryClient> {
    const session = await this.session(name.registry)
    return RegistryClient.connect(name, undefined, { ...this.clientOptions(name.registry), access, session })
  }

  async close(): Promise<void> {
    for (const session of await Promise.allSettled(this.sessions.values())) if (session.status === 'fulfilled') session.value.close()
  }
}

function layoutRef(destination: LayoutDestination, digest: string): string {
  return destination.tag ? `oci:${destination.dir}:${destination.tag}` : `oci:${destination.dir}@${digest}`
}

function registryRefs(destination: RegistryDestination, digest: string): PublishedRef[] {
  const name = `${destination.registry}/${destination.repository}`
  if (destination.tags.length === 0) return [{ ref: `${name}@${digest}`, digest }]
  return destination.tags.map((tag) => ({ ref: `${name}:${tag}`, digest }))
}

/**
 * Publishes a layout image to every destination — layouts by copy, registries repository by
 * repository so that later repositories of one registry mount what earlier ones received — or, with
 * `merge`, combines single-target registry images into one index and pushes that.
 */
export async function publish(options: PublishOptions, deps: PublishDeps): Promise<PublishResult> {
  const clients = new Clients(options, deps)
  try {
    if (options.promote) return await publishPromotion(options, deps, clients)
    return options.merge.length > 0 ? await publishMerge(options, deps, clients) : await publishImage(options, deps, clients)
  } finally {
    await clients.close()
  }
}

async function publishImage(options: PublishOptions, deps: PublishDeps, clients: Clients): Promise<PublishResult> {
  const { logger } = deps
  if (!options.image) throw new Error('publish: no image to publish')
  // The first registry's round trips (token, GET /v2/) overlap with reading and checking the layout.
  const firstRegistry = options.destinations.find((d): d is RegistryDestination => d.kind === 'registry')
  if (firstRegistry) clients.prepare(firstRegistry.registry)
  const source = await readSourceImage('image', options.image, deps.cwd)
  const digest = source.top.descriptor.digest
  const blobBytes = source.blobs.reduce((sum, blob) => sum + blob.size, 0)
  logger.info(
    `Publishing ${formatImageReference(options.image)} (${digest}): ` +
      `${source.manifests.length} manifest(s), ${source.blobs.length} blob(s) of ${formatBytes(blobBytes)}` +
      (source.attached.length > 0 ? `, ${source.attached.length} signature/attestation manifest(s)` : '')
  )
  const stats = emptyStats()
  const refs: PublishedRef[] = []
  const pushed: RepositoryName[] = []
  for (const destination of options.destinations) {
    if (destination.kind === 'layout') {
      const ref = layoutRef(destination, digest)
      await logger.group(`Copy to ${ref}`, async () =>
        addStats(stats, await copyToLayout(source, destination, { concurrency: options.concurrency, logger, cwd: deps.cwd }))
      )
      refs.push({ ref, digest })
      continue
    }
    const name = { registry: destination.registry, repository: destination.repository }
    await logger.group(`Push to ${destination.registry}/${destination.repository}`, async () => {
      const client = await clients.get(name, 'push')
      const mountFrom = [...pushed, ...(deps.knownRepositories ?? [])]
        .filter((r) => r.registry === name.registry && r.repository !== name.repository)
        .map((r) => r.repository)
      const pushStats = await pushImage(client, source, {
        tags: destination.tags,
        mountFrom: [...new Set(mountFrom)],
        concurrency: options.concurrency,
        logger
      })
      logger.info(
        `${pushStats.uploadedBlobs} blob(s) uploaded (${formatBytes(pushStats.pushedBytes)} sent), ` +
          `${pushStats.reusedBlobs} reused${pushStats.mountedBlobs ? ` (${pushStats.mountedBlobs} by mount)` : ''}`
      )
      addStats(stats, pushStats)
    })
    pushed.push(name)
    refs.push(...registryRefs(destination, digest))
  }
  return { digest, refs, stats, source }
}

async function publishMerge(options: PublishOptions, deps: PublishDeps, clients: Clients): Promise<PublishResult> {
  const { logger } = deps
  const sources: MergeSource[] = []
  for (const item of options.merge) {
    const client = await clients.get(item.ref, 'pull')
    sources.push({ client, reference: item.ref.digest ?? item.ref.tag ?? 'latest', label: item.label })
  }
  const merged = await logger.group(`Merge ${sources.length} image(s) into one index`, () => buildMergedIndex(sources, logger))
  const digest = merged.descriptor.digest
  logger.info(`Index ${digest} with ${merged.children.length} platform(s)`)
  const stats = emptyStats()
  const refs: PublishedRef[] = []
  for (const destination of options.destinations) {
    if (destination.kind !== 'registry') continue
    await logger.group(`Push the index to ${destination.registry}/${destination.repository}`, async () => {
      const client = await clients.get(destination, 'push')
      for (const child of merged.children) await copyManifest(child.source.client, client, child.descriptor, deps.workRoot, stats)
      if (!(await client.headManifest(digest))) {
        await client.putManifest(digest, merged.bytes, merged.descriptor.mediaType)
        stats.manifestsWritten++
        stats.pushedBytes += merged.bytes.length
      }
      for (const tag of destination.tags) {
        const current = await client.headManifest(tag)
        if (current?.digest !== digest) {
          await client.putManifest(tag, merged.bytes, merged.descriptor.mediaType)
          stats.manifestsWritten++
          stats.pushedBytes += merged.bytes.length
        }
        logger.info(`  ${client.name}:${tag} → ${digest}`)
      }
    })
    refs.push(...registryRefs(destination, digest))
  }
  return { digest, refs, stats }
}

/** `image` names a registry image: every destination gets that very digest, tagged, signatures included. */
async function publishPromotion(options: PublishOptions, deps: PublishDeps, clients: Clients): Promise<PublishResult> {
  const { logger } = deps
  const ref = options.promote!
  const label = formatImageReference(ref)
  const source = { client: await clients.get(ref, 'pull'), reference: ref.digest ?? ref.tag!, label }
  const image = await resolvePromotion(source)
  const digest = image.descriptor.digest
  if (options.requireRevision) {
    checkRevision(image, options.requireRevision, `${label} (${digest})`)
    logger.info(`${label} was built from ${options.requireRevision}`)
  }
  logger.info(`Promoting ${label} (${digest}) without rebuilding`)
  const stats = emptyStats()
  const refs: PublishedRef[] = []
  for (const destination of options.destinations) {
    if (destination.kind !== 'registry') continue
    await logger.group(`Promote to ${destination.registry}/${destination.repository}`, async () => {
      const client = await clients.get(destination, 'push')
      await promoteTo(source, image, { client, tags: destination.tags }, { copySignatures: options.copySignatures, tempRoot: deps.workRoot, stats, logger })
    })
    refs.push(...registryRefs(destination, digest))
  }
  return { digest, refs, stats, promotedFrom: { ref: label, digest } }
}
