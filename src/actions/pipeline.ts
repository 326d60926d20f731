import type { ActionContext } from '../runtime/context.js'
import { Inputs } from '../runtime/inputs.js'
import { sameNames, StepInputs } from '../runtime/step-inputs.js'
import { parseImageReference } from '../oci/reference.js'

/** The root action's inputs: the union users need for the common case (as in action.yml). */
export const PIPELINE_INPUTS = [
  'toolchain',
  'path',
  'target',
  'command',
  'kernel',
  'initrd',
  'rootfs',
  'kraftfile',
  'cmdline',
  'name',
  'tags',
  'flavor',
  'expect',
  'fail-on',
  'ports',
  'probe',
  'probe-expect',
  'timeout',
  'log-limit',
  'boot-runs',
  'regression-threshold',
  'to',
  'sign',
  'key',
  'key-password',
  'username',
  'password',
  'github-token',
  'registry-timeout',
  'registry-min-rate'
] as const

/** Which step inputs come from which pipeline inputs; everything else keeps its single-action default. */
const STEPS = {
  build: sameNames('toolchain', 'path', 'target', 'command', 'kernel', 'initrd', 'rootfs', 'kraftfile', 'cmdline', 'name', 'tags', 'flavor'),
  // `kernel` is the build's (the artifact to pick up); boot takes the build's result from the job state.
  boot: sameNames('expect', 'fail-on', 'ports', 'probe', 'probe-expect', 'timeout', 'log-limit', 'boot-runs', 'regression-threshold'),
  publish: sameNames('to', 'username', 'password', 'github-token', 'registry-timeout', 'registry-min-rate'),
  sign: sameNames('key', 'key-password', 'username', 'password', 'github-token', 'registry-timeout', 'registry-min-rate')
}

export interface PipelineResult {
  published: boolean
  signed: boolean
}

/**
 * build → boot → publish → sign in one process, through the very functions the single actions run:
 * each step sees its own inputs (mapped from the pipeline's) and the job state the previous step
 * recorded, writes its outputs into the pipeline's (the last writer wins: `digest` is the published
 * digest once publish ran) and its own section of the summary.
 */
export async function pipelineAction(context: ActionContext): Promise<PipelineResult> {
  const { inputs, logger } = context
  const to = inputs.list('to')
  const signMode = inputs.choice('sign', ['auto', 'true', 'false'], 'auto')
  // Validate what decides the shape of the run before anything is built.
  const toRegistry = to.some((ref) => parseImageReference('to', ref).kind === 'registry')
  const sign = signMode === 'true' || (signMode === 'auto' && toRegistry)
  const step = (mapping: Record<string, string>): ActionContext => ({ ...context, inputs: new Inputs(new StepInputs(inputs.source, mapping)) })

  const { buildAction } = await import('./build.js')
  const { bootAction } = await import('./boot.js')
  await buildAction(step(STEPS.build))
  await bootAction(step(STEPS.boot))
  if (to.length > 0) {
    const { publishAction } = await import('./publish.js')
    await publishAction(step(STEPS.publish))
  } else {
    logger.info('No `to`: nothing is published')
  }
  if (sign) {
    const { signAction } = await import('./sign.js')
    await signAction(step(STEPS.sign))
  } else {
    logger.info(`Not signing (sign: ${signMode}${signMode === 'auto' ? ', no registry destination' : ''})`)
  }
  return { published: to.length > 0, signed: sign }
}

/** Post: stops VMs left running and saves the build cache if the build succeeded — from saved state only. */
export async function pipelinePost(context: ActionContext): Promise<void> {
  const { buildPost } = await import('./build.js')
  const { bootPost } = await import('./boot.js')
  await bootPost(context)
  await buildPost(context)
}
