import { retryPolicy, type RetryPolicy } from '../../src/net/retry.js'

/** The suite's retry policy without the waiting: each wait asked for is recorded in `waits`. */
export function instantRetryPolicy(waits: number[] = [], overrides: Partial<RetryPolicy> = {}): RetryPolicy {
  return retryPolicy({ sleep: async (ms) => void waits.push(ms), random: () => 0.5, ...overrides })
}
