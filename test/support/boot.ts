import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { bootAction } from '../../src/actions/boot.js'
import type { BootOutcome } from '../../src/boot/engine.js'
import { terminalContext } from '../../src/runtime/context.js'
import { MapInputs } from '../../src/runtime/inputs.js'
import { MemoryLogger } from '../../src/runtime/logger.js'
import type { KvmProbe } from '../../src/vmm/kvm.js'

/** A host without /dev/kvm (this machine's KVM state is not ours to choose). */
export const NO_KVM: KvmProbe = { present: async () => false, usable: async () => false, enable: async () => false }

export interface BootRun {
  outcome?: BootOutcome
  error?: Error
  outputs: Map<string, string>
  logger: MemoryLogger
  runnerTemp: string
  /** What the step wrote to its job summary. */
  summary: string
}

/**
 * Runs the boot action in-process through the same library path as the runner, with its own temp dir;
 * `env` is laid over this process's environment (GITHUB_EVENT_NAME and friends).
 */
export async function bootWith(
  inputs: Record<string, string>,
  options: { runnerTemp?: string; kvm?: KvmProbe; env?: Record<string, string> } = {}
): Promise<BootRun> {
  const runnerTemp = options.runnerTemp ?? mkdtempSync(join(tmpdir(), 'boot-test-'))
  const logger = new MemoryLogger()
  let summary = ''
  const sink = { write: async (markdown: string) => void (summary += markdown) }
  const context = terminalContext(new MapInputs(new Map(Object.entries(inputs))), { ...process.env, ...options.env, RUNNER_TEMP: runnerTemp }, logger, sink)
  try {
    const outcome = await bootAction(context, options.kvm)
    return { outcome, outputs: context.collected, logger, runnerTemp, summary }
  } catch (error) {
    return { error: error as Error, outputs: context.collected, logger, runnerTemp, summary }
  }
}
