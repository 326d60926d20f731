import type { BootOutcome } from './boot/engine.js'
import { terminalContext, type ActionContext } from './runtime/context.js'
import { CheckFailedError, ConfigurationError, errorMessage, isConfigurationError } from './runtime/errors.js'
import { MapInputs } from './runtime/inputs.js'
import { notTheSameProcess, processIdentity } from './runtime/process-identity.js'

type TerminalContext = ReturnType<typeof terminalContext>

interface Command {
  summary: string
  inputs: () => Promise<readonly string[]>
  run: () => Promise<(c: ActionContext) => Promise<unknown>>
  /** An input that may also be given as the first bare argument (`pipeline examples/hello`). */
  positional?: string
  /** What only a terminal needs after the action (there is no post step here). */
  after?: (context: TerminalContext, result: unknown) => void
}

const COMMANDS: Record<string, Command> = {
  pipeline: {
    summary: 'build → boot → publish → sign in one go (the root action): `pipeline <path> [--to …]`',
    positional: 'path',
    inputs: async () => (await import('./actions/pipeline.js')).PIPELINE_INPUTS,
    run: async () => (await import('./actions/pipeline.js')).pipelineAction
  },
  setup: {
    summary: 'install unikernel toolchains and VMMs (verified, cached) and make /dev/kvm usable',
    inputs: async () => (await import('./actions/setup.js')).SETUP_INPUTS,
    run: async () => (await import('./actions/setup.js')).setupAction
  },
  build: {
    summary: 'build a unikernel and package it as a reproducible OCI image',
    positional: 'path',
    inputs: async () => (await import('./actions/build.js')).BUILD_INPUTS,
    run: async () => (await import('./actions/build.js')).buildAction
  },
  boot: {
    summary: 'smoke-boot a unikernel and print the verdict',
    positional: 'kernel',
    inputs: async () => (await import('./actions/boot.js')).BOOT_INPUTS,
    run: async () => (await import('./actions/boot.js')).bootAction,
    after: (context, result) => {
      const running = (result as BootOutcome | undefined)?.running
      if (!running?.pid) return
      const vms = context.jobState.read().vms ?? []
      context.jobState.record('vms', [
        ...vms,
        {
          pid: running.pid,
          kernel: running.child.spawnargs.join(' '),
          ...processIdentity(running.pid),
          consoleLog: context.collected.get('console-log') ?? '',
          ...(context.state.get('taps')
            ? { taps: context.state.get('taps').split(','), tapPrivilege: context.state.get('tap-privilege') === 'sudo' ? 'sudo' : 'root' }
            : {})
        }
      ])
      process.stderr.write(`The VM keeps running (pid ${running.pid}); \`unikernel-actions stop\` ends it\n`)
    }
  },
  publish: {
    summary: 'push an OCI image (and its signatures) to registries or layouts, merge images, upload to a release',
    inputs: async () => (await import('./actions/publish.js')).PUBLISH_INPUTS,
    run: async () => (await import('./actions/publish.js')).publishAction
  },
  sign: {
    summary: 'sign images (cosign .sig, Sigstore bundle, SLSA provenance) and release files',
    inputs: async () => (await import('./actions/sign.js')).SIGN_INPUTS,
    run: async () => (await import('./actions/sign.js')).signAction
  },
  verify: {
    summary: 'check that images are signed by a key or a workflow identity',
    inputs: async () => (await import('./actions/verify.js')).VERIFY_INPUTS,
    run: async () => (await import('./actions/verify.js')).verifyAction
  },
  stop: {
    summary: 'stop the VMs left running by `boot --keep-running`',
    inputs: async () => [],
    run: async () => stopVms
  }
}

const USAGE = `usage: unikernel-actions <command> [<${'path|kernel'}>] [--input value]… [--json]

The same actions as in a workflow, from a terminal: every action input is a flag of the same name
(--kernel, --expect, --fail-on, …); give a list input's flag several times or separate items as the
input allows. Outputs are printed as name=value lines (a JSON object with --json); the summary is
printed as text on stderr. The exit status is 0 only when the step passes (1: its check failed or
an error, 2: a configuration error).

commands:
${Object.entries(COMMANDS)
  .map(([name, c]) => `  ${name.padEnd(10)} ${c.summary}`)
  .join('\n')}
`

/** Ends every VM this user's job state records as left running. */
async function stopVms(context: ActionContext): Promise<void> {
  const { groupAlive, signalGroup } = await import('./runtime/process-group.js')
  const vms = context.jobState.read().vms ?? []
  for (const vm of vms) {
    if (!groupAlive(vm.pid)) {
      context.logger.info(`pid ${vm.pid} had already stopped`)
      continue
    }
    // A pid is reused once its process ends: only the process the state proves is ours is signalled.
    const other = notTheSameProcess(vm.pid, vm)
    if (other) {
      context.logger.warning(`Not signalling pid ${vm.pid} (${vm.kernel}): ${other}`)
      continue
    }
    signalGroup(vm.pid, 'SIGTERM')
    for (let i = 0; i < 30 && groupAlive(vm.pid); i++) await new Promise((r) => setTimeout(r, 100))
    if (groupAlive(vm.pid)) signalGroup(vm.pid, 'SIGKILL')
    context.logger.info(`Stopped pid ${vm.pid} (${vm.kernel})`)
  }
  for (const vm of vms.filter((v) => v.taps?.length)) {
    const { removeTaps } = await import('./boot/taps.js')
    await removeTaps(vm.taps!, vm.tapPrivilege ?? 'root', context.logger)
  }
  if (vms.length === 0) context.logger.info('No VM was left running')
  context.jobState.record('vms', [])
}

/**
 * Parses `--name value`, `--name=value`; a repeated flag appends a line (list inputs are newline-separated).
 * Only `--lower-case-name` is a flag, so a value such as a PEM key (`-----BEGIN …`) is never taken for
 * one, and no error message repeats a value (it may be a secret).
 */
export function parseFlags(argv: string[], known: readonly string[], positional?: string): Map<string, string> {
  const flag = /^--([a-z][a-z0-9-]*)(?:=([\s\S]*))?$/
  const values = new Map<string, string>()
  for (let i = 0; i < argv.length; i++) {
    const match = flag.exec(argv[i])
    if (!match) {
      if (i === 0 && positional) {
        values.set(positional, argv[i])
        continue
      }
      throw new ConfigurationError(`argument ${i + 1} is a value without a flag (inputs are given as --name value)`)
    }
    const [, name, inline] = match
    if (!known.includes(name)) throw new ConfigurationError(`unknown flag --${name}; known: ${known.map((k) => `--${k}`).join(' ')}`)
    let value: string
    if (inline !== undefined) value = inline
    else if (i + 1 < argv.length && !flag.test(argv[i + 1])) value = argv[++i]
    else value = 'true'
    values.set(name, values.has(name) ? `${values.get(name)}\n${value}` : value)
  }
  return values
}

/** A job summary (Markdown with a little HTML) as terminal text. */
export function summaryAsText(markdown: string): string {
  return markdown
    .replace(/<summary>(.*?)<\/summary>/g, '$1:')
    .replace(/<\/?(details|pre|summary|br|p)[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\n{3,}/g, '\n\n')
}

/**
 * The @actions/* libraries write workflow commands (`::debug::…`, `::warning::…`) to stdout even in a
 * terminal. Outside the runner they are turned into plain stderr lines (debug only with RUNNER_DEBUG),
 * so stdout carries nothing but our results.
 */
export function redirectWorkflowCommands(stdout: NodeJS.WriteStream = process.stdout, stderr: NodeJS.WritableStream = process.stderr): () => void {
  const original = stdout.write.bind(stdout)
  const verbose = process.env.RUNNER_DEBUG === '1'
  stdout.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
    const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8')
    const command = /^::(\w+)(?: [^:]*)?::(.*)$/s.exec(text.trimEnd())
    if (!command) return original(chunk, ...(rest as []))
    const [, name, message] = command
    if (name === 'debug' && !verbose) return true
    if (['debug', 'warning', 'error', 'notice'].includes(name))
      stderr.write(`${name}: ${message.replace(/%0A/g, '\n').replace(/%0D/g, '').replace(/%25/g, '%')}\n`)
    return true
  }) as typeof stdout.write
  return () => {
    stdout.write = original
  }
}

/** The CLI: returns the process exit status (0 passed, 1 check failed or error, 2 usage/configuration). */
export async function runCli(argv: string[], stdout: NodeJS.WritableStream = process.stdout): Promise<number> {
  const [command, ...args] = argv
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    stdout.write(USAGE)
    return command ? 0 : 2
  }
  const entry = COMMANDS[command]
  if (!entry) {
    process.stderr.write(`unknown command \`${command}\`\n\n${USAGE}`)
    return 2
  }
  const json = args.includes('--json')
  const rest = args.filter((a) => a !== '--json')
  const restore = redirectWorkflowCommands()
  try {
    const summary = { write: async (markdown: string) => void process.stderr.write(`\n${summaryAsText(markdown)}\n`) }
    const context = terminalContext(new MapInputs(parseFlags(rest, await entry.inputs(), entry.positional)), process.env, undefined, summary)
    let status = 0
    try {
      const result = await (await entry.run())(context)
      entry.after?.(context, result)
    } catch (error) {
      if (!(error instanceof CheckFailedError)) throw error
      process.stderr.write(`${error.message}\n`)
      status = 1
    }
    if (json) stdout.write(JSON.stringify(Object.fromEntries(context.collected), null, 2) + '\n')
    else for (const [name, value] of context.collected) stdout.write(`${name}=${value}\n`)
    return status
  } catch (error) {
    process.stderr.write(`error: ${errorMessage(error)}\n`)
    return isConfigurationError(error) ? 2 : 1
  } finally {
    restore()
  }
}
