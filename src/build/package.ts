import { readFile } from 'node:fs/promises'
import { DEFAULT_INITRD_PATH, DEFAULT_KERNEL_PATH, DESCRIPTOR_PATH, parseDescriptor, type UnikernelDescriptor } from '../oci/unikernel-descriptor.js'
import { uruncHypervisorOf } from '../oci/urunc.js'
import { vmmOfPlatform } from '../vmm/drivers.js'
import { epochToRfc3339, type ImageToWrite, type LayerFile } from '../oci/image-writer.js'
import { ANNOTATION_CREATED, ANNOTATION_REVISION, ANNOTATION_SOURCE, ANNOTATION_VERSION, URUNC_ANNOTATIONS, type Annotations } from '../oci/image-spec.js'
import type { BuildArtifacts, BuildTarget, ToolchainBuildAdapter } from '../toolchains/types.js'
import { formatTarget } from './options.js'
import type { SourceAnnotations } from './source.js'

/** Where urunc looks for its configuration when the runtime does not pass annotations through. */
export const URUNC_JSON_PATH = '/urunc.json'
const URUNC_PREFIX = 'com.urunc.unikernel.'

/** What the image says about one target: our descriptor and what goes around it. */
export interface ImageFacts {
  adapter: ToolchainBuildAdapter
  target: BuildTarget
  artifacts: BuildArtifacts
  cmdline?: string
  memory?: string
  labels: Readonly<Record<string, string>>
  standard: Annotations
}

/**
 * The OCI standard annotations every manifest and the index carry, from the sources alone: where they
 * are, which commit, and SOURCE_DATE_EPOCH. Nothing from the tags, the event or the repository's
 * metadata (description, licence) — so one commit gives one digest whatever it is tagged.
 */
export function standardAnnotations(epochSeconds: number, source: SourceAnnotations): Annotations {
  const annotations: Annotations = { [ANNOTATION_CREATED]: epochToRfc3339(epochSeconds) }
  if (source.source) annotations[ANNOTATION_SOURCE] = source.source
  if (source.revision) annotations[ANNOTATION_REVISION] = source.revision
  return annotations
}

/** What a user-given version annotation means for the digest, said where the user will read it; undefined without one. */
export function versionNote(labels: Readonly<Record<string, string>>): string | undefined {
  const version = labels[ANNOTATION_VERSION]
  if (version === undefined) return undefined
  return `labels set ${ANNOTATION_VERSION}=${version}: the digest is tied to that version (the same sources labelled with another version give another digest)`
}

/** `/unikernel/unikernel.json` for one target, checked by the same parser `boot` reads it with. */
export function buildDescriptor(facts: Omit<ImageFacts, 'labels' | 'standard'>): UnikernelDescriptor {
  const { adapter, target, artifacts } = facts
  const hints = adapter.bootHints(target)
  const vmm = vmmOfPlatform(target.platform)
  const memory = facts.memory ?? hints.memory
  const descriptor: UnikernelDescriptor = {
    version: 1,
    toolchain: adapter.name,
    platform: target.platform,
    ...(vmm ? { vmm } : {}),
    arch: target.arch,
    kernel: DEFAULT_KERNEL_PATH,
    ...(artifacts.initrd ? { initrd: DEFAULT_INITRD_PATH } : {}),
    ...(facts.cmdline !== undefined ? { cmdline: facts.cmdline } : {}),
    ...(memory ? { memory } : {}),
    ...(hints.expect?.length ? { expect: hints.expect } : {})
  }
  parseDescriptor(JSON.parse(JSON.stringify(descriptor)), `the descriptor built for ${formatTarget(target)}`)
  return descriptor
}

/**
 * urunc's annotations for one target: its type, hypervisor (where urunc has one for the platform),
 * binary, cmdline and initrd. A `com.urunc.unikernel.*` label overrides or adds to them.
 */
export function uruncAnnotations(facts: Pick<ImageFacts, 'adapter' | 'target' | 'artifacts' | 'cmdline' | 'labels'>): Annotations {
  const annotations: Annotations = { [URUNC_ANNOTATIONS.unikernelType]: facts.adapter.uruncType }
  const hypervisor = uruncHypervisorOf(facts.target.platform)
  if (hypervisor) annotations[URUNC_ANNOTATIONS.hypervisor] = hypervisor
  if (facts.artifacts.unikernelVersion) annotations[URUNC_ANNOTATIONS.unikernelVersion] = facts.artifacts.unikernelVersion
  annotations[URUNC_ANNOTATIONS.binary] = DEFAULT_KERNEL_PATH
  annotations[URUNC_ANNOTATIONS.cmdline] = facts.cmdline ?? ''
  if (facts.artifacts.initrd) annotations[URUNC_ANNOTATIONS.initrd] = DEFAULT_INITRD_PATH
  for (const [key, value] of Object.entries(facts.labels)) if (key.startsWith(URUNC_PREFIX)) annotations[key] = value
  return annotations
}

/** `/urunc.json`: the same keys as the annotations, each value base64-encoded (urunc docs/package). */
export function uruncJson(annotations: Annotations): string {
  const encoded = Object.entries(annotations)
    .filter(([key]) => key.startsWith(URUNC_PREFIX))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, value]) => [key, Buffer.from(value, 'utf8').toString('base64')])
  return `${JSON.stringify(Object.fromEntries(encoded), null, 2)}\n`
}

/** Everything one target's image holds, read from the (snapshotted) artifacts. */
export async function imageForTarget(facts: ImageFacts): Promise<{ image: ImageToWrite; descriptor: UnikernelDescriptor }> {
  const descriptor = buildDescriptor(facts)
  const urunc = uruncAnnotations(facts)
  const files: LayerFile[] = [
    { path: DEFAULT_KERNEL_PATH.slice(1), content: await readFile(facts.artifacts.kernel) },
    { path: DESCRIPTOR_PATH.slice(1), content: Buffer.from(`${JSON.stringify(descriptor, null, 2)}\n`) },
    { path: URUNC_JSON_PATH.slice(1), content: Buffer.from(uruncJson(urunc)) }
  ]
  if (facts.artifacts.initrd) files.push({ path: DEFAULT_INITRD_PATH.slice(1), content: await readFile(facts.artifacts.initrd) })
  const image: ImageToWrite = {
    arch: facts.target.arch,
    files,
    annotations: { ...facts.standard, ...facts.labels, ...urunc },
    labels: { ...facts.labels },
    createdBy: `unikernel-actions build: ${facts.adapter.name} ${formatTarget(facts.target)}`
  }
  return { image, descriptor }
}
