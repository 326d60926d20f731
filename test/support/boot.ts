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
}

/** Runs the boot action in-process through the same library path as the runner, with its own temp dir. */
export async function bootWith(inputs: Record<string, string>, options: { runnerTemp?: string; kvm?: KvmProbe } = {}): Promise<BootRun> {
  const runnerTemp = options.runnerTemp ?? mkdtempSync(join(tmpdir(), 'boot-test-'))
  const logger = new MemoryLogger()
  const context = terminalContext(new MapInputs(new Map(Object.entries(inputs))), { ...process.env, RUNNER_TEMP: runnerTemp }, logger)
  try {
    const outcome = await bootAction(context, options.kvm)
    return { outcome, outputs: context.collected, logger, runnerTemp }
  } catch (error) {
    return { error: error as Error, outputs: context.collected, logger, runnerTemp }
  }
}
