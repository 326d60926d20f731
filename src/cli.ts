import { terminalContext } from './runtime/context.js'
import { CheckFailedError, ConfigurationError, errorMessage, isConfigurationError } from './runtime/errors.js'
import { MapInputs } from './runtime/inputs.js'

const COMMANDS: Record<string, { inputs: () => Promise<readonly string[]>; run: () => Promise<(c: ReturnType<typeof terminalContext>) => Promise<unknown>>; summary: string }> = {
  setup: {
    summary: 'install unikernel toolchains and VMMs (verified, cached) and make /dev/kvm usable',
    inputs: async () => (await import('./actions/setup.js')).SETUP_INPUTS,
    run: async () => (await import('./actions/setup.js')).setupAction
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
  build: {
    summary: 'build a unikernel and package it as a reproducible OCI image',
    inputs: async () => (await import('./actions/build.js')).BUILD_INPUTS,
    run: async () => (await import('./actions/build.js')).buildAction
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

/**
 * Parses `--name value`, `--name=value`; a repeated flag appends a line (list inputs are newline-separated).
 * Only `--lower-case-name` is a flag, so a value such as a PEM key (`-----BEGIN …`) is never taken for
 * one, and no error message repeats a value (it may be a secret).
 */
export function parseFlags(argv: string[], known: readonly string[]): Map<string, string> {
  const flag = /^--([a-z][a-z0-9-]*)(?:=([\s\S]*))?$/
  const values = new Map<string, string>()
  for (let i = 0; i < argv.length; i++) {
    const match = flag.exec(argv[i])
    if (!match) throw new ConfigurationError(`argument ${i + 1} is a value without a flag (inputs are given as --name value)`)
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
