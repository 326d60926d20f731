/**
 * The error taxonomy: a ConfigurationError is the user's to fix (bad input, missing file, a VMM that
 * cannot run here) and its message names the input. Everything else is ours or the environment's.
 */
export class ConfigurationError extends Error {
  override readonly name = 'ConfigurationError'
}

/** Throws a ConfigurationError whose message starts with the input's name. */
export function inputError(input: string, message: string): ConfigurationError {
  return new ConfigurationError(`input \`${input}\`: ${message}`)
}

export function isConfigurationError(error: unknown): error is ConfigurationError {
  return error instanceof ConfigurationError
}

export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message
  return String(error)
}

/**
 * The action ran as it should and its check failed (a boot verdict other than `passed`, a signature
 * that does not verify): the message is the whole story and is reported as is.
 */
export class CheckFailedError extends Error {
  override readonly name = 'CheckFailedError'
}
