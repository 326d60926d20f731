import { createHash } from 'node:crypto'
import type { StepState } from '../runtime/context.js'
import { errorMessage } from '../runtime/errors.js'
import type { Logger } from '../runtime/logger.js'
import type { BuildCacheSpec, BuildTarget, BuildToolchainName } from '../toolchains/types.js'

/** Bumped when what the build cache holds changes shape, so old entries are not restored. */
const BUILD_CACHE_VERSION = 'v1'

export interface BuildCachePlan {
  key: string
  /** Prefixes tried when the key misses, most specific first. */
  restoreKeys: string[]
  paths: string[]
}

/**
 * The key: toolchain + targets + `cache-key` as readable parts, then a hash of the adapter's key
 * files, the tool version and the inputs that change the output. A changed hash stores a new entry,
 * restored next time by the prefix before it.
 */
export async function planBuildCache(args: {
  toolchain: BuildToolchainName
  targets: readonly BuildTarget[]
  spec: BuildCacheSpec
  projectDir: string
  extraPaths: readonly string[]
  cacheKey?: string
  toolVersion?: string
  inputs: Readonly<Record<string, string | undefined>>
}): Promise<BuildCachePlan> {
  const { hashFiles } = await import('../cache/index.js')
  const filesHash = await hashFiles(args.spec.keyFiles, args.projectDir)
  const digest = createHash('sha256')
    .update(JSON.stringify({ files: filesHash, tool: args.toolVersion ?? '', inputs: args.inputs, paths: args.extraPaths }))
    .digest('hex')
  const targets = args.targets.map((t) => `${t.platform}-${t.arch}`).join('+')
  const prefix = ['unikernel-build', BUILD_CACHE_VERSION, args.toolchain, targets, ...(args.cacheKey ? [args.cacheKey] : [])].join('-') + '-'
  return { key: `${prefix}${digest.slice(0, 32)}`, restoreKeys: [prefix], paths: [...args.spec.paths, ...args.extraPaths] }
}

/** main → post state of the build cache; the post step reads only this. */
const STATE = {
  key: 'cache-key',
  paths: 'cache-paths',
  matched: 'cache-matched-key',
  localRoot: 'cache-local-root',
  succeeded: 'build-succeeded'
} as const

/** Restores the cache before the build; a failing cache is a warning, never a failed build. Returns the matched key. */
export async function restoreBuildCache(
  plan: BuildCachePlan,
  context: { env: NodeJS.ProcessEnv; logger: Logger; state: StepState }
): Promise<string | undefined> {
  const { logger, state } = context
  state.save(STATE.key, plan.key)
  state.save(STATE.paths, JSON.stringify(plan.paths))
  let matched: string | undefined
  try {
    const { defaultLocalCacheRoot, selectCacheBackend } = await import('../cache/index.js')
    const localRoot = defaultLocalCacheRoot(context.env)
    state.save(STATE.localRoot, localRoot)
    const backend = selectCacheBackend(context.env, logger, localRoot)
    matched = await backend.restore(plan.paths, plan.key, plan.restoreKeys)
    if (matched === undefined) logger.info(`Build cache: no entry for ${plan.key} (${backend.kind} cache); building cold`)
    else if (matched === plan.key) logger.info(`Build cache: restored ${matched} (${backend.kind} cache, exact hit)`)
    else logger.info(`Build cache: restored ${matched} (${backend.kind} cache, prefix hit for ${plan.key})`)
  } catch (error) {
    logger.warning(`Build cache: restore failed, building cold: ${errorMessage(error)}`)
  }
  state.save(STATE.matched, matched ?? '')
  return matched
}

export function markBuildSucceeded(state: StepState): void {
  state.save(STATE.succeeded, 'true')
}

/**
 * Saves the build cache — from saved state only, so it serves the post step (which runs even when a
 * later step failed) and the CLI alike: only after a build that succeeded, and not over an exact hit.
 */
export async function saveBuildCache(context: { env: NodeJS.ProcessEnv; logger: Logger; state: StepState }): Promise<boolean> {
  const { logger, state } = context
  const key = state.get(STATE.key)
  if (!key) return false
  if (state.get(STATE.succeeded) !== 'true') {
    logger.info('Build cache: the build did not succeed, so nothing is saved')
    return false
  }
  if (state.get(STATE.matched) === key) {
    logger.info(`Build cache: ${key} was restored exactly, so nothing new to save`)
    return false
  }
  try {
    const paths = JSON.parse(state.get(STATE.paths)) as string[]
    const { defaultLocalCacheRoot, selectCacheBackend } = await import('../cache/index.js')
    const backend = selectCacheBackend(context.env, logger, state.get(STATE.localRoot) || defaultLocalCacheRoot(context.env))
    const saved = await backend.save(paths, key)
    logger.info(saved ? `Build cache: saved ${key} (${backend.kind} cache)` : `Build cache: ${key} was not saved (see above)`)
    return saved
  } catch (error) {
    logger.warning(`Build cache: save failed: ${errorMessage(error)}`)
    return false
  }
}
