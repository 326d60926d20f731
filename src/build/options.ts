import { BUILD_PLATFORMS, isBuildPlatform } from '../platform.js'
import { USTAR_MAX } from '../oci/image-writer.js'
import { isValidTag } from '../oci/reference.js'
import { ConfigurationError, inputError } from '../runtime/errors.js'
import type { BuildTarget, BuildToolchainName, RootfsFormat } from '../toolchains/types.js'
import { ARCHES, type Arch } from '../platform.js'
import { isRule, parseFlavor, parseRule, type Flavor, type TagRule } from './tag-rules.js'

export type TagSpec = 'auto' | { rules: TagRule[]; flavor: Flavor }

/** The build inputs, parsed and validated; paths are still as the user wrote them. */
export interface BuildOptions {
  toolchain: 'auto' | BuildToolchainName
  path: string
  /** `PLATFORM/ARCH` items, or names of a Kraftfile's targets (resolved against the Kraftfile by the build). */
  targets: TargetSpec[]
  command?: string
  kernel?: string
  initrd?: string
  /** A directory, a Dockerfile (or a directory with one), or an OCI image reference; built into the initrd. */
  rootfs?: string
  /** Undefined when not given: cpio, or the type a Kraftfile declares. */
  rootfsFormat?: RootfsFormat
  /** A Kraftfile path, or inline Kraftfile YAML. */
  kraftfile?: string
  /** Keep the toolchain's unstripped kernel as an output and artifact (never in the image). */
  debug: boolean
  cmdline?: string
  memory?: string
  name?: string
  /** `auto` (from the git ref), or rules and plain names with their flavor. */
  tags: TagSpec
  labels: Record<string, string>
  output?: string
  cache: boolean
  cacheKey?: string
  cachePaths: string[]
  sourceDateEpoch?: number
}

/** A target named in a Kraftfile's `targets:` (its `name:`), not yet looked up. */
export interface NamedTarget {
  name: string
  platform?: undefined
  arch?: undefined
}

export type TargetSpec = BuildTarget | NamedTarget

export function isNamedTarget(target: TargetSpec): target is NamedTarget {
  return target.platform === undefined
}

export function formatTarget(target: BuildTarget): string {
  return `${target.platform}/${target.arch}`
}

/** As the log names a target: `PLATFORM/ARCH`, the name with it when there is one, or the bare name before lookup. */
export function describeTarget(target: TargetSpec): string {
  if (isNamedTarget(target)) return target.name
  return target.name === undefined ? formatTarget(target) : `${target.name} (${formatTarget(target)})`
}

// A Kraftfile target name: what kraft's target names are made of (no `/`, which PLATFORM/ARCH has).
const TARGET_NAME = /^[A-Za-z0-9][\w.-]*$/

/** `PLATFORM/ARCH` items (`qemu/x86_64`, `fc/arm64`, …) or Kraftfile target names, each at most once. */
export function parseTargets(input: string, items: readonly string[]): TargetSpec[] {
  if (items.length === 0) throw inputError(input, 'names no target (e.g. qemu/x86_64)')
  const targets: TargetSpec[] = []
  for (const item of items) {
    if (!item.includes('/') && TARGET_NAME.test(item)) {
      if (targets.some((t) => t.name === item)) throw inputError(input, `\`${item}\` is listed twice`)
      targets.push({ name: item })
      continue
    }
    const [platform, arch, ...rest] = item.split('/')
    if (arch === undefined || rest.length > 0 || !isBuildPlatform(platform) || !(ARCHES as readonly string[]).includes(arch)) {
      throw inputError(
        input,
        `\`${item}\` is not PLATFORM/ARCH (platform: ${BUILD_PLATFORMS.join(', ')}; arch: ${ARCHES.join(', ')}; e.g. qemu/x86_64)` +
          (item.includes('/') ? '' : " nor a Kraftfile target's name")
      )
    }
    if (targets.some((t) => t.platform === platform && t.arch === arch)) throw inputError(input, `\`${item}\` is listed twice`)
    targets.push({ platform, arch: arch as Arch })
  }
  return targets
}

/**
 * Looks named targets up in a Kraftfile's `targets:` (kraft's `-t` matches a target's `name:`); the
 * plat/arch found are what the image records. An unknown name, or a name without a Kraftfile that
 * declares it, is an error naming `target` and listing the declared names.
 */
export function resolveTargets(
  input: string,
  targets: readonly TargetSpec[],
  declared: readonly { name?: string; platform: string; arch: string }[] | undefined,
  kraftfile: string | undefined
): BuildTarget[] {
  const resolved: BuildTarget[] = []
  for (const target of targets) {
    if (!isNamedTarget(target)) {
      resolved.push(target)
      continue
    }
    const names = (declared ?? []).flatMap((t) => (t.name === undefined ? [] : [t.name]))
    const found = declared?.find((t) => t.name === target.name)
    if (!found) {
      const where = kraftfile ? `the targets of ${kraftfile}` : 'a Kraftfile (this build has none)'
      throw inputError(
        input,
        `\`${target.name}\` is not PLATFORM/ARCH nor a name among ${where}` +
          (names.length ? ` (declared: ${names.join(', ')})` : kraftfile ? ' (none has a name)' : '')
      )
    }
    if (!isBuildPlatform(found.platform) || !(ARCHES as readonly string[]).includes(found.arch)) {
      throw inputError(
        input,
        `\`${target.name}\` is ${found.platform}/${found.arch} in ${kraftfile}, which build cannot build ` +
          `(platform: ${BUILD_PLATFORMS.join(', ')}; arch: ${ARCHES.join(', ')})`
      )
    }
    if (resolved.some((t) => t.platform === found.platform && t.arch === found.arch)) {
      throw inputError(input, `\`${target.name}\` is ${found.platform}/${found.arch}, which is listed already`)
    }
    resolved.push({ platform: found.platform, arch: found.arch as Arch, name: target.name })
  }
  return resolved
}

/** `key=value` lines; the value may contain `=` and commas, the key may not be empty. */
export function parseLabels(input: string, items: readonly string[]): Record<string, string> {
  const labels: Record<string, string> = {}
  for (const item of items) {
    const eq = item.indexOf('=')
    if (eq <= 0) throw inputError(input, `\`${item}\` is not key=value (e.g. org.opencontainers.image.licenses=Apache-2.0)`)
    const key = item.slice(0, eq).trim()
    if (key in labels) throw inputError(input, `\`${key}\` is given twice`)
    labels[key] = item.slice(eq + 1).trim()
  }
  return labels
}

/**
 * `tags` lines: `auto`, metadata-action rules (`type=…,key=value…`), or plain names — a line without `=`
 * may list several, comma-separated, as before rules existed. A plain name is `type=raw,value=NAME`.
 */
export function parseTags(input: string, lines: readonly string[], flavor: Flavor = parseFlavor('flavor', [])): TagSpec {
  if (lines.length === 0 || (lines.length === 1 && lines[0] === 'auto')) return 'auto'
  const rules: TagRule[] = []
  for (const line of lines) {
    if (isRule(line)) {
      rules.push(parseRule(input, line))
      continue
    }
    for (const tag of line
      .split(',')
      .map((t) => t.trim())
      .filter(Boolean)) {
      if (tag === 'auto') throw inputError(input, '`auto` cannot be combined with other tags or rules')
      if (!isValidTag(tag)) throw inputError(input, `\`${tag}\` is not a valid tag (letters, digits, '_', '.', '-'; at most 128, not starting with '.' or '-')`)
      if (!rules.some((r) => r.type === 'raw' && r.attrs.value === tag)) rules.push(parseRule(input, `type=raw,value=${tag}`))
    }
  }
  return { rules, flavor }
}

/** Whole seconds since the epoch, within what a tar header can hold. */
export function parseEpoch(value: string, fail: (problem: string) => ConfigurationError): number {
  if (!/^\d+$/.test(value.trim())) throw fail(`\`${value}\` is not a whole number of seconds since 1970-01-01 UTC`)
  const epoch = Number(value.trim())
  if (epoch > USTAR_MAX) throw fail(`\`${value}\` is too far in the future (at most ${USTAR_MAX})`)
  return epoch
}

/** Cache keys may not contain commas (actions/cache), and ours must stay well under its 512 characters. */
export function parseCacheKey(input: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined
  if (value.includes(',') || /\s/.test(value)) throw inputError(input, `\`${value}\` must not contain commas or whitespace`)
  if (value.length > 200) throw inputError(input, 'is longer than 200 characters')
  return value
}
