import { terminalContext } from './runtime/context.js'
import { CheckFailedError, ConfigurationError, errorMessage, isConfigurationError } from './runtime/errors.js'
import { MapInputs } from './runtime/inputs.js'

const COMMANDS: Record<string, { inputs: () => Promise<readonly string[]>; run: () => Promise<(c: ReturnType<typeof terminalContext>) => Promise<unknown>>; summary: string }> = {
  setup: {
    summary: 'install unikernel toolchains and VMMs (verified, cached) and make /dev/kvm usable',
    inputs: async () => (await import('./actions/setup.js')).SETUP_INPUTS,
    run: async () => (await import('./actions/setup.js')).setupAction
  },
  boot: {
    summary: 'smoke-boot a unikernel and print the verdict',
    inputs: async () => (await import('./actions/boot.js')).BOOT_INPUTS,
    run: async () => (await import('./actions/boot.js')).bootAction
  }
}

const USAGE = `usage: unikernel-actions <command> [--input value]…

The same actions as in a workflow, from a terminal: every action input is a flag of the same name
(--kernel, --expect, --fail-on, …); give a list input's flag several times or separate items as the
input allows. Outputs are printed as name=value lines; the exit status is 0 only when the step passes.

commands:
${Object.entries(COMMANDS)
  .map(([name, c]) => `  ${name.padEnd(10)} ${c.summary}`)
  .join('\n')}
`

/** Parses `--name value`, `--name=value`; a repeated flag appends a line (list inputs are newline-separated). */
export function parseFlags(argv: string[], known: readonly string[]): Map<string, string> {
  const values = new Map<string, string>()
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    if (!arg.startsWith('--')) throw new ConfigurationError(`unexpected argument \`${arg}\` (inputs are given as --name value)`)
    const eq = arg.indexOf('=')
    const name = arg.slice(2, eq < 0 ? undefined : eq)
    if (!known.includes(name)) throw new ConfigurationError(`unknown flag --${name}; known: ${known.map((k) => `--${k}`).join(' ')}`)
    let value: string
    if (eq >= 0) value = arg.slice(eq + 1)
    else if (i + 1 < argv.length && !argv[i + 1].startsWith('--')) value = argv[++i]
    else value = 'true'
    values.set(name, values.has(name) ? `${values.get(name)}\n${value}` : value)
  }
  return values
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
    if (['debug', 'warning', 'error', 'notice'].includes(name)) stderr.write(`${name}: ${message.replace(/%0A/g, '\n').replace(/%0D/g, '').replace(/%25/g, '%')}\n`)
    return true
  }) as typeof stdout.write
  return () => {
    stdout.write = original
  }
}

/** The CLI: returns the process exit status (0 passed, 1 check failed or error, 2 usage/configuration). */
export async function runCli(argv: string[], stdout: NodeJS.WritableStream = process.stdout): Promise<number> {
  const [command, ...rest] = argv
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    stdout.write(USAGE)
    return command ? 0 : 2
  }
  const entry = COMMANDS[command]
  if (!entry) {
    process.stderr.write(`unknown command \`${command}\`\n\n${USAGE}`)
    return 2
  }
  const restore = redirectWorkflowCommands()
  try {
    const context = terminalContext(new MapInputs(parseFlags(rest, await entry.inputs())))
    let status = 0
    try {
      await (await entry.run())(context)
    } catch (error) {
      if (!(error instanceof CheckFailedError)) throw error
      process.stderr.write(`${error.message}\n`)
      status = 1
    }
    for (const [name, value] of context.collected) stdout.write(`${name}=${value}\n`)
    return status
  } catch (error) {
    process.stderr.write(`error: ${errorMessage(error)}\n`)
    return isConfigurationError(error) ? 2 : 1
  } finally {
    restore()
  }
}
