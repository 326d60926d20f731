import { posix } from 'node:path'
import { ConfigurationError, errorMessage } from '../runtime/errors.js'
import { parseMemoryMiB } from '../runtime/units.js'
import { TOOLCHAIN_NAMES, type ToolchainName } from '../toolchains/types.js'
import { ARCHES, BUILD_PLATFORMS, type Arch, type BuildPlatform } from '../platform.js'
import { VMM_NAMES, vmmOfPlatform, type VmmName } from '../vmm/drivers.js'

/** Where our image descriptor lives inside an image. */
export const DESCRIPTOR_PATH = '/unikernel/unikernel.json'
export const DEFAULT_KERNEL_PATH = '/unikernel/kernel'
export const DEFAULT_INITRD_PATH = '/unikernel/initrd'
export const DESCRIPTOR_VERSION = 1

/** `/unikernel/unikernel.json`: what `build` knows about the image, read by `boot` as defaults. */
export interface UnikernelDescriptor {
  version: 1
  toolchain: ToolchainName
  /** The build target platform. */
  platform: BuildPlatform
  /** The `boot` vmm; absent only for build-only platforms (xen), and then never present. */
  vmm?: VmmName
  arch: Arch
  /** Absolute path inside the image, normally `/unikernel/kernel`. */
  kernel: string
  initrd?: string
  cmdline?: string
  /** A memory size as `memory` takes it: `128M`, `1G`. */
  memory?: string
  cpus?: number
  /** Seconds. */
  timeout?: number
  /** Regexes the console must match, in order (the expected banner). */
  expect?: string[]
  failOn?: string[]
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function oneOf<T extends string>(fail: (field: string, problem: string) => never, json: Record<string, unknown>, field: string, allowed: readonly T[]): T {
  const value = json[field]
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    fail(field, `is ${JSON.stringify(value)}, expected one of ${allowed.join(', ')}`)
  }
  return value as T
}

function imagePath(fail: (field: string, problem: string) => never, value: unknown, field: string): string {
  if (typeof value !== 'string' || !value.startsWith('/') || value.split('/').includes('..') || posix.normalize(value) !== value) {
    fail(field, `is ${JSON.stringify(value)}, expected an absolute path inside the image such as ${DEFAULT_KERNEL_PATH}`)
  }
  return value
}

function patterns(fail: (field: string, problem: string) => never, value: unknown, field: string): string[] {
  if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) fail(field, 'must be an array of regular expressions (strings)')
  for (const pattern of value as string[]) {
    try {
      new RegExp(pattern)
    } catch (error) {
      fail(field, `\`${pattern}\` is not a valid regular expression: ${errorMessage(error)}`)
    }
  }
  return value as string[]
}

/**
 * Validates a descriptor read from an image. `source` names where it came from (file, image) and leads
 * every error message. Unknown fields are ignored, so version 1 can grow optional fields.
 */
export function parseDescriptor(json: unknown, source: string): UnikernelDescriptor {
  const fail = (field: string, problem: string): never => {
    throw new ConfigurationError(`${source}: \`${field}\` ${problem}`)
  }
  if (!isRecord(json)) throw new ConfigurationError(`${source}: expected a JSON object`)
  if (json.version !== DESCRIPTOR_VERSION) {
    const newer = typeof json.version === 'number' && json.version > DESCRIPTOR_VERSION
    fail(
      'version',
      newer
        ? `is ${json.version}: written by a newer unikernel-actions; this one reads version ${DESCRIPTOR_VERSION}`
        : `is ${JSON.stringify(json.version)}, expected ${DESCRIPTOR_VERSION}`
    )
  }
  const toolchain = oneOf(fail, json, 'toolchain', TOOLCHAIN_NAMES)
  const platform = oneOf(fail, json, 'platform', BUILD_PLATFORMS)
  const arch = oneOf(fail, json, 'arch', ARCHES)
  const descriptor: UnikernelDescriptor = { version: 1, toolchain, platform, arch, kernel: imagePath(fail, json.kernel, 'kernel') }

  const expectedVmm = vmmOfPlatform(platform)
  if (expectedVmm === undefined) {
    if (json.vmm !== undefined) fail('vmm', `must be absent: platform ${platform} is build-only`)
  } else {
    const vmm = oneOf(fail, json, 'vmm', VMM_NAMES)
    if (vmm !== expectedVmm) fail('vmm', `is ${vmm}, but platform ${platform} boots with ${expectedVmm}`)
    descriptor.vmm = vmm
  }
  if (json.initrd !== undefined) descriptor.initrd = imagePath(fail, json.initrd, 'initrd')
  if (json.cmdline !== undefined) {
    if (typeof json.cmdline !== 'string') fail('cmdline', 'must be a string')
    descriptor.cmdline = json.cmdline as string
  }
  if (json.memory !== undefined) {
    if (typeof json.memory !== 'string') fail('memory', 'must be a string such as "128M"')
    try {
      parseMemoryMiB('memory', json.memory as string)
    } catch {
      fail('memory', `is ${JSON.stringify(json.memory)}, expected a whole number of MiB such as 128M or 1G`)
    }
    descriptor.memory = json.memory as string
  }
  if (json.cpus !== undefined) {
    if (typeof json.cpus !== 'number' || !Number.isInteger(json.cpus) || json.cpus < 1)
      fail('cpus', `is ${JSON.stringify(json.cpus)}, expected a whole number ≥ 1`)
    descriptor.cpus = json.cpus as number
  }
  if (json.timeout !== undefined) {
    if (typeof json.timeout !== 'number' || !Number.isFinite(json.timeout) || json.timeout <= 0) {
      fail('timeout', `is ${JSON.stringify(json.timeout)}, expected a number of seconds > 0`)
    }
    descriptor.timeout = json.timeout as number
  }
  if (json.expect !== undefined) descriptor.expect = patterns(fail, json.expect, 'expect')
  if (json.failOn !== undefined) descriptor.failOn = patterns(fail, json.failOn, 'failOn')
  return descriptor
}
