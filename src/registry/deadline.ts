import { RegistryError } from './errors.js'

/** The registry work of one operation took longer than it was given: not retried, whatever was in flight. */
export class RegistryTimeoutError extends RegistryError {
  override readonly name = 'RegistryTimeoutError'
}

export const DEFAULT_REGISTRY_TIMEOUT_SECONDS = 600

/**
 * One limit on the whole registry work of an operation (a publish, a sign, a verify), across every
 * request, retry and wait: when it passes, whatever is in flight is aborted and the operation fails
 * with a message naming the input that set it. The clock starts when the deadline is made.
 */
export class RegistryDeadline {
  private readonly controller = new AbortController()
  private readonly timer: NodeJS.Timeout

  constructor(
    readonly seconds: number,
    /** What the operation does, before the registry's name: "publishing to", "signing on". */
    readonly activity: string,
    /** The input that set it, for messages. */
    readonly input = 'registry-timeout'
  ) {
    this.timer = setTimeout(() => this.controller.abort(), seconds * 1000)
    // An operation that ended early must not keep the process alive.
    this.timer.unref()
  }

  get signal(): AbortSignal {
    return this.controller.signal
  }

  /** `registry-timeout: publishing to ghcr.io took more than 600 s`. */
  error(registry: string): RegistryTimeoutError {
    return new RegistryTimeoutError(`${this.input}: ${this.activity} ${registry} took more than ${this.seconds} s`)
  }

  /**
   * A signal for one registry's requests that aborts, with that registry's error, when the deadline
   * passes; `release` detaches it once the registry is done with.
   */
  forRegistry(registry: string): { signal: AbortSignal; release(): void } {
    const controller = new AbortController()
    const onAbort = (): void => controller.abort(this.error(registry))
    if (this.signal.aborted) onAbort()
    else this.signal.addEventListener('abort', onAbort, { once: true })
    return { signal: controller.signal, release: () => this.signal.removeEventListener('abort', onAbort) }
  }

  dispose(): void {
    clearTimeout(this.timer)
  }
}

/** Waits `ms`, or rejects with the signal's reason as soon as it aborts. */
export function sleepUnless(signal: AbortSignal, sleep: (ms: number) => Promise<void>, ms: number): Promise<void> {
  if (signal.aborted) return Promise.reject(signal.reason as Error)
  return new Promise((resolve, reject) => {
    const onAbort = (): void => reject(signal.reason as Error)
    signal.addEventListener('abort', onAbort, { once: true })
    sleep(ms).then(
      () => {
        signal.removeEventListener('abort', onAbort)
        resolve()
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort)
        reject(error as Error)
      }
    )
  })
}
