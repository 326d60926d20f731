/** A registry said no, or could not be reached; the message names the registry, the operation and its answer. */
export class RegistryError extends Error {
  override readonly name: string = 'RegistryError'
  constructor(
    message: string,
    /** The HTTP status, when there was an answer. */
    readonly status?: number,
    /** The distribution-spec error code (`MANIFEST_INVALID`, `DENIED`, …) when the registry sent one. */
    readonly code?: string,
    /** A lost connection or a "try later" answer: a later attempt may succeed. */
    readonly transient = false
  ) {
    super(message)
  }
}

/** Credentials missing, refused, or without the access the operation needs: the user's to fix. */
export class RegistryAuthError extends RegistryError {
  override readonly name = 'RegistryAuthError'
}

/** The registry answered with content that does not match what was asked for (digest, size). */
export class RegistryIntegrityError extends RegistryError {
  override readonly name = 'RegistryIntegrityError'
}

export interface DistributionError {
  code: string
  message: string
  detail?: unknown
}

/** The `{"errors":[{code,message,detail}]}` document of the distribution spec, when the body is one. */
export function parseErrorBody(body: Buffer): DistributionError[] {
  try {
    const json = JSON.parse(body.toString('utf8')) as { errors?: unknown }
    if (!Array.isArray(json.errors)) return []
    return json.errors.flatMap((entry) => {
      if (typeof entry !== 'object' || entry === null) return []
      const { code, message, detail } = entry as Record<string, unknown>
      if (typeof code !== 'string') return []
      return [{ code, message: typeof message === 'string' ? message : '', detail }]
    })
  } catch {
    return []
  }
}

/** `MANIFEST_BLOB_UNKNOWN: blob unknown to registry (sha256:…)`, or the start of a non-JSON body. */
export function describeErrorBody(body: Buffer): { code?: string; text: string } {
  const errors = parseErrorBody(body)
  if (errors.length > 0) {
    const text = errors
      .map((error) => {
        const detail =
          error.detail === undefined || error.detail === null || error.detail === ''
            ? ''
            : ` (${typeof error.detail === 'string' ? error.detail : JSON.stringify(error.detail)})`
        return `${error.code}: ${error.message}${detail}`
      })
      .join('; ')
    return { code: errors[0].code, text }
  }
  const raw = body.toString('utf8').replace(/\s+/g, ' ').trim()
  return { text: raw.length > 200 ? `${raw.slice(0, 200)}…` : raw }
}
