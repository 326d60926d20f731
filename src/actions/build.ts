import { dirname } from 'node:path'
import { runBuild, type BuildResult } from '../build/builder.js'
import { saveBuildCache } from '../build/cache.js'
import { parseCacheKey, parseEpoch, parseLabels, parseTags, parseTargets, type BuildOptions } from '../build/options.js'
import { parseFlavor } from '../build/tag-rules.js'
import { buildSummaryMarkdown } from '../build/summary.js'
import type { ActionContext } from '../runtime/context.js'
import { errorMessage, inputError } from '../runtime/errors.js'
import type { Inputs } from '../runtime/inputs.js'
import { parseMemoryMiB } from '../runtime/units.js'
import { BUILD_TOOLCHAIN_NAMES, ROOTFS_FORMATS } from '../toolchains/types.js'

/** Every input of `build`, as in its action.yml (the CLI accepts exactly these as flags). */
export const BUILD_INPUTS = [
  'toolchain',
  'path',
  'target',
  'command',
  'kernel',
  'initrd',
  'rootfs',
  'rootfs-format',
  'kraftfile',
  'debug',
  'cmdline',
  'memory',
  'name',
  'tags',
  'flavor',
  'labels',
  'output',
  'cache',
  'cache-key',
  'cache-paths',
  'source-date-epoch'
] as const

export function readBuildOptions(inputs: Inputs): BuildOptions {
  const memory = inputs.optional('memory')
  if (memory) parseMemoryMiB('memory', memory)
  const epoch = inputs.optional('source-date-epoch')
  return {
    toolchain: inputs.choice('toolchain', ['auto', ...BUILD_TOOLCHAIN_NAMES], 'auto'),
    path: inputs.optional('path') ?? '.',
    targets: parseTargets('target', inputs.list('target').length ? inputs.list('target') : ['qemu/x86_64']),
    // The command is a script: kept whole, newlines and all.
    command: inputs.optional('command'),
    kernel: inputs.optional('kernel'),
    initrd: inputs.optional('initrd'),
    rootfs: inputs.optional('rootfs'),
    rootfsFormat: inputs.optional('rootfs-format') === undefined ? undefined : inputs.choice('rootfs-format', ROOTFS_FORMATS, 'cpio'),
    // Inline YAML keeps its newlines; a path is trimmed.
    kraftfile: inputs.optional('kraftfile'),
    debug: inputs.boolean('debug', false),
    cmdline: inputs.optional('cmdline'),
    memory,
    name: inputs.optional('name'),
    tags: parseTags('tags', inputs.list('tags', { newlineOnly: true }), parseFlavor('flavor', inputs.list('flavor', { newlineOnly: true }))),
    labels: parseLabels('labels', inputs.list('labels', { newlineOnly: true })),
    output: inputs.optional('output'),
    cache: inputs.boolean('cache', true),
    cacheKey: parseCacheKey('cache-key', inputs.optional('cache-key')),
    cachePaths: inputs.list('cache-paths'),
    sourceDateEpoch: epoch === undefined ? undefined : parseEpoch(epoch, (problem) => inputError('source-date-epoch', problem))
  }
}

/** `build`: read inputs → build → outputs, summary, job state (the CLI, without a post step, saves the cache here). */
export async function buildAction(context: ActionContext): Promise<BuildResult> {
  const options = readBuildOptions(context.inputs)
  const result = await runBuild(options, {
    logger: context.logger,
    env: context.env,
    workRoot: context.workRoot,
    onGitHub: context.onGitHub,
    state: context.state
  })
  const { outputs } = context
  outputs.set('kernel', result.targets[0].kernel)
  if (result.targets[0].debugKernel) outputs.set('debug-kernel', result.targets[0].debugKernel)
  outputs.set('image', result.image)
  outputs.set('digest', result.digest)
  outputs.set('tags', result.tags.join('\n'))
  outputs.set('version', result.version)
  outputs.set('json', { tags: result.tags, version: result.version })
  outputs.set('sbom', result.targets[0].sbom?.path ?? '')
  outputs.set(
    'targets',
    result.targets.map(({ target, kernel, debugKernel, manifestDigest, platform, sbom }) => ({
      target,
      kernel,
      ...(debugKernel ? { debugKernel } : {}),
      manifestDigest,
      platform,
      ...(sbom ? { sbom: sbom.path } : {})
    }))
  )
  outputs.set('metadata', Object.fromEntries(result.targets.map(({ target, descriptor }) => [target, descriptor])))
  outputs.set('cache-hit', result.cacheHit)
  outputs.set('build-time-ms', result.buildTimeMs)
  // No `kernel` here on purpose: `boot` then boots the image, with the descriptor's hints as defaults.
  context.jobState.record('build', {
    image: result.image,
    digest: result.digest,
    name: result.name,
    tags: result.tags,
    toolchain: result.toolchain,
    ...(options.cmdline !== undefined ? { cmdline: options.cmdline } : {}),
    ...(result.targets[0].descriptor.memory ? { memory: result.targets[0].descriptor.memory } : {}),
    targets: result.targets.map(({ target, kernel, initrd, manifestDigest, sbom }) => ({
      target,
      kernel,
      ...(initrd ? { initrd } : {}),
      manifestDigest,
      ...(sbom ? { sbom: sbom.path } : {})
    }))
  })
  await uploadDebugKernels(context, result)
  await context.summary.write(buildSummaryMarkdown(result))
  if (!context.onGitHub) await saveBuildCache(context)
  return result
}

/** The `debug` kernels as one workflow artifact where the artifact service exists (never inside the image). */
async function uploadDebugKernels(context: ActionContext, result: BuildResult): Promise<void> {
  const kept = result.targets.flatMap(({ debugKernel }) => (debugKernel ? [debugKernel] : []))
  if (kept.length === 0) return
  if (!context.onGitHub || !context.env.ACTIONS_RUNTIME_TOKEN || !context.env.ACTIONS_RESULTS_URL) {
    context.logger.info(`Debug kernels (not in the image): ${kept.join(', ')}`)
    return
  }
  try {
    const { DefaultArtifactClient } = await import('@actions/artifact')
    // Each target's files sit in their own <platform>-<arch> directory under one root.
    const root = dirname(dirname(kept[0]))
    const name = `debug-kernel-${context.env.GITHUB_JOB ?? 'build'}-${result.name}`.replace(/[^\w.-]/g, '-')
    const { id } = await new DefaultArtifactClient().uploadArtifact(name, kept, root, { retentionDays: 7 })
    context.logger.info(`Uploaded the debug kernels as artifact ${name} (id ${id})`)
  } catch (error) {
    context.logger.warning(`Could not upload the debug kernels: ${errorMessage(error)}`)
  }
}

/** Post (post-if: always()): saves the build cache when the build itself succeeded. Reads saved state only. */
export async function buildPost(context: ActionContext): Promise<void> {
  await saveBuildCache(context)
}
