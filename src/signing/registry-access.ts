/**
 * Registry access for `sign` and `verify`, with `publish`'s credential rules: the `username`/`password`
 * inputs (for the first registry named), a docker config, ghcr.io's `github-token`; plain HTTP for
 * loopback and the `insecure` list. The registry client loads only when a registry image is named.
 */
import type { Inputs } from '../runtime/inputs.js'
import type { Logger } from '../runtime/logger.js'
import { ConfigurationError, inputError } from '../runtime/errors.js'
import type { RegistryOpener } from './targets.js'
import type { ClientOptions } from '../registry/client.js'
import { readRegistryLimits, registryLimitOptions } from '../registry/limits.js'

export interface RegistryAccessOptions {
  inputs: Inputs
  env: NodeJS.ProcessEnv
  logger: Logger
  /** Masks a secret in the runner's log (a no-op in a terminal). */
  mask: (secret: string) => void
  access: 'pull' | 'push'
  /** The registry the `username`/`password` inputs are for: the first registry image's. */
  firstRegistry?: string
  /** Client knobs for tests (instant retries, a short rate window). */
  client?: Partial<ClientOptions>
}

export function registryOpener(options: RegistryAccessOptions): RegistryOpener {
  const { inputs, env, logger, mask } = options
  const username = inputs.optional('username')
  const password = inputs.source.secret('password') || undefined
  const githubToken = inputs.source.secret('github-token') || undefined
  const dockerConfigInput = inputs.optional('docker-config')
  const insecure = inputs.list('insecure')
  if (username !== undefined && password === undefined) throw inputError('password', `is required with \`username\` (\`${username}\`)`)
  const limits = readRegistryLimits(inputs)
  // One limit for all of the action's registry work, from the first registry it opens.
  let shared: ReturnType<typeof registryLimitOptions> | undefined
  return async (reference) => {
    shared ??= registryLimitOptions(limits, options.access === 'push' ? 'signing on' : 'verifying on')
    const [{ RegistryClient }, credentialsModule, { RegistryAuthError }, { RegistrySignatureStore }, { credentialsFor }] = await Promise.all([
      import('../registry/client.js'),
      import('../registry/credentials.js'),
      import('../registry/errors.js'),
      import('./registry-store.js'),
      import('../publish/options.js')
    ])
    const located = credentialsModule.dockerConfigPath(dockerConfigInput, env)
    const dockerConfig = located ? await credentialsModule.loadDockerConfig(located.path, located.explicit) : undefined
    const sources = {
      ...(password !== undefined ? { inputRegistry: options.firstRegistry, username: username ?? env.GITHUB_ACTOR, password } : {}),
      ...(dockerConfig ? { dockerConfig } : {}),
      ...(env.GITHUB_ACTOR ? { githubActor: env.GITHUB_ACTOR } : {}),
      ...(githubToken ? { githubToken } : {})
    }
    const credentials = await credentialsFor(reference.registry, sources, env)
    for (const secret of [credentials?.password, credentials?.identityToken, credentials?.registryToken]) if (secret) mask(secret)
    try {
      const client = await RegistryClient.connect(reference, credentials, {
        access: options.access,
        insecure: credentialsModule.isInsecureRegistry(reference.registry, insecure),
        env,
        logger,
        ...shared,
        ...options.client
      })
      return { store: new RegistrySignatureStore(client), close: () => client.close() }
    } catch (error) {
      if (error instanceof RegistryAuthError) throw new ConfigurationError(error.message)
      throw error
    }
  }
}
