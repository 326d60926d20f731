import { accessSync, constants, promises as fs, readFileSync, statSync } from 'node:fs'
import { spawnSync } from 'node:child_process'
import { inputError } from '../runtime/errors.js'
import { kvmEnableCommands } from '../tools/kvm-enable.js'
import { vmmNamesWhere } from './drivers.js'
import type { Logger } from '../runtime/logger.js'
import { type Accel, type VmmDriver } from './types.js'
import { hostArch, type Arch } from '../platform.js'
import { join } from 'node:path'

export type AccelRequest = 'auto' | 'kvm' | 'tcg'

export interface KvmProbe {
  present(): Promise<boolean>
  usable(): Promise<boolean>
  /** Tries to make /dev/kvm usable (GitHub-hosted runners ship it root:kvm 0660). */
  enable(logger: Logger): Promise<boolean>
}

export class HostKvm implements KvmProbe {
  constructor(
    private readonly env: NodeJS.ProcessEnv = process.env,
    private readonly device = '/dev/kvm'
  ) {}

  // Synchronous on purpose: one system call each on every boot's start-up path, where a trip through
  // the thread pool costs more than the call.
  async present(): Promise<boolean> {
    return statSync(this.device, { throwIfNoEntry: false })?.isCharacterDevice() ?? false
  }

  async usable(): Promise<boolean> {
    try {
      accessSync(this.device, constants.R_OK | constants.W_OK)
      return true
    } catch {
      return false
    }
  }

  async enable(logger: Logger): Promise<boolean> {
    // Only on a runner we know is disposable; elsewhere changing device permissions is not ours to do.
    if (this.env.RUNNER_ENVIRONMENT !== 'github-hosted' || !(await this.present())) return false
    logger.info('Making /dev/kvm usable for the runner user (udev rule, non-interactive sudo)')
    for (const { argv, input } of kvmEnableCommands({ isRoot: process.getuid?.() === 0 })) {
      const result = spawnSync(argv[0], argv.slice(1), { input, stdio: ['pipe', 'ignore', 'pipe'], timeout: 20000 })
      if (result.status !== 0) {
        logger.warning(`Could not enable KVM (${argv.join(' ')}: ${result.stderr?.toString().trim() || `exit ${result.status}`})`)
        return false
      }
    }
    // udev applies the mode asynchronously.
    for (let i = 0; i < 20; i++) {
      if (await this.usable()) return true
      await new Promise((r) => setTimeout(r, 100))
    }
    return false
  }
}

export interface KvmCheckTarget {
  binary: string
  arch: Arch
  /** Where the verdict of the vCPU check is remembered for the rest of the job. */
  cacheDir: string
}

/** input `accel` → the accelerator to use, failing clearly where the request cannot be met. */
export async function resolveAccel(request: AccelRequest, driver: VmmDriver, kvm: KvmProbe, logger: Logger, target?: KvmCheckTarget): Promise<Accel> {
  if (driver.acceleration === 'none') return 'none'
  const required = driver.acceleration === 'required'
  const host = hostArch()
  if (target && target.arch !== host) {
    // KVM runs guests of the host's own architecture only: no /dev/kvm to probe, no vCPU check to run.
    const why = `KVM cannot run an ${target.arch} guest on this ${host ?? process.arch} host`
    const emulators = vmmNamesWhere((d) => d.acceleration === 'optional')
    if (required) throw inputError('vmm', `${driver.name} needs KVM, but ${why}; use ${emulators}, which can emulate it`)
    if (request === 'kvm') throw inputError('accel', `kvm was requested, but ${why}`)
    logger.info(`${why}: booting under TCG emulation`)
    return 'tcg'
  }
  let usable = await kvm.usable()
  if (!usable && request !== 'tcg' && (await kvm.present())) usable = await kvm.enable(logger)
  const why = await kvmUnusableFor(driver, kvm, request === 'tcg' ? undefined : target, usable)
  if (why === undefined && request !== 'tcg') return 'kvm'
  if (required) {
    const because = why === undefined ? '`accel` is tcg' : why + (request === 'tcg' ? ' (and `accel` is tcg)' : '')
    throw inputError(
      'vmm',
      `${driver.name} needs KVM, but ${because}; use a runner with KVM, ` +
        `or a VMM that runs without it (${vmmNamesWhere((d) => d.acceleration !== 'required')})`
    )
  }
  if (request === 'kvm') throw inputError('accel', `kvm was requested, but ${why}`)
  if (request === 'auto') logger.warning(`KVM is not usable (${why}); booting under TCG emulation, which is much slower`, { title: 'No KVM' })
  return 'tcg'
}

/**
 * Boot's own test of whether `driver` can use KVM here: /dev/kvm opens (`usable`, when already known)
 * and, for a VMM that can prove it on `target`, runs a vCPU. Returns why not, or undefined when it can.
 */
export async function kvmUnusableFor(driver: VmmDriver, kvm: KvmProbe, target?: KvmCheckTarget, usable?: boolean): Promise<string | undefined> {
  if (!(usable ?? (await kvm.usable()))) return (await kvm.present()) ? '/dev/kvm exists but this user cannot open it' : 'there is no /dev/kvm on this machine'
  if (driver.checkKvm && target) {
    const broken = await cachedKvmCheck(driver, target)
    if (broken) return `/dev/kvm opens but cannot run a vCPU (${broken})`
  }
  return undefined
}

/** The vCPU check costs a VMM start (~60 ms): done once per job and VMM binary, then remembered. */
async function cachedKvmCheck(driver: VmmDriver, target: KvmCheckTarget): Promise<string | undefined> {
  const { mtimeMs } = statSync(target.binary)
  const key = `${target.binary}:${mtimeMs}:${target.arch}`
  const file = join(target.cacheDir, 'kvm-check.json')
  const cache = readCache(file)
  if (key in cache) return cache[key] || undefined
  const broken = await driver.checkKvm!(target.binary, target.arch)
  cache[key] = broken ?? ''
  await fs.writeFile(file, JSON.stringify(cache))
  return broken
}

function readCache(file: string): Record<string, string> {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>
  } catch {
    return {}
  }
}
