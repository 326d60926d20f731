import { WorkflowCommands } from '../runtime/workflow-commands.js'
import { actionsContext, type ActionContext } from '../runtime/context.js'
import { CheckFailedError, errorMessage, isConfigurationError } from '../runtime/errors.js'

export type Phase = 'main' | 'post'

/** Each action's entry points; adding an action is one line here and one `actions/<name>/action.yml`. */
export const ACTIONS: Record<
  string,
  { main: () => Promise<(c: ActionContext) => Promise<unknown>>; post?: () => Promise<(c: ActionContext) => Promise<unknown>> }
> = {
  pipeline: { main: async () => (await import('./pipeline.js')).pipelineAction, post: async () => (await import('./pipeline.js')).pipelinePost },
  setup: { main: async () => (await import('./setup.js')).setupAction, post: async () => (await import('./setup.js')).setupPost },
  build: { main: async () => (await import('./build.js')).buildAction, post: async () => (await import('./build.js')).buildPost },
  publish: { main: async () => (await import('./publish.js')).publishAction },
  sign: { main: async () => (await import('./sign.js')).signAction },
  verify: { main: async () => (await import('./verify.js')).verifyAction },
  // `eager`: boot's modules ride in the entry chunk (dist/index.js) and are evaluated only here. A boot
  // is timed against bare QEMU, and three separately imported chunks (boot's own and the ones the
  // bundler splits out as shared with build and publish) cost it ~4 ms; the other actions pay ~2 ms
  // of parsing for it (bench/README.md, "Third round").
  boot: {
    main: async () => (await import(/* webpackMode: "eager" */ './boot.js')).bootAction,
    post: async () => (await import(/* webpackMode: "eager" */ './boot.js')).bootPost
  }
}

/** Runs one action phase under the runner: one try/catch, configuration errors reported as such. */
export async function runAction(name: string, phase: Phase): Promise<void> {
  const commands = new WorkflowCommands()
  const fail = (message: string) => {
    process.exitCode = 1
    commands.annotate('error', message)
  }
  const entry = ACTIONS[name]?.[phase]
  if (!entry) return fail(`unknown action phase ${name}/${phase}`)
  const context = actionsContext()
  try {
    const run = await entry()
    await run(context)
  } catch (error) {
    if (isConfigurationError(error) || error instanceof CheckFailedError) fail(errorMessage(error))
    else {
      commands.debug(error instanceof Error && error.stack ? error.stack : String(error))
      fail(`${name} failed: ${errorMessage(error)}`)
    }
  }
}
