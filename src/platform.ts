/**
 * The shared vocabulary of targets: architectures and build platforms. A leaf module (it imports
 * nothing of ours), so every domain can name a target without depending on another domain.
 */
import { inputError } from './runtime/errors.js'

export const ARCHES = ['x86_64', 'arm64'] as const
export type Arch = (typeof ARCHES)[number]

/** This machine's architecture, when it is one we boot. */
export function hostArch(): Arch | undefined {
  if (process.arch === 'x64') return 'x86_64'
  if (process.arch === 'arm64') return 'arm64'
  return undefined
}

/** The `PLATFORM` of a build target (`qemu/x86_64`); the VMM that boots each is the driver's to say. */
export const BUILD_PLATFORMS = ['qemu', 'fc', 'hvt', 'spt', 'uhyve', 'xen'] as const
export type BuildPlatform = (typeof BUILD_PLATFORMS)[number]

export function isBuildPlatform(value: string): value is BuildPlatform {
  return (BUILD_PLATFORMS as readonly string[]).includes(value)
}

export function parseBuildPlatform(input: string, value: string): BuildPlatform {
  if (isBuildPlatform(value)) return value
  throw inputError(input, `\`${value}\` is not a build platform (one of ${BUILD_PLATFORMS.join(', ')})`)
}

export type OciArchitecture = 'amd64' | 'arm64'

const OCI_ARCHITECTURE: Readonly<Record<Arch, OciArchitecture>> = { x86_64: 'amd64', arm64: 'arm64' }

/** Our `x86_64`/`arm64` → the Go-style name in OCI platforms and configs. */
export function ociArchitecture(arch: Arch): OciArchitecture {
  return OCI_ARCHITECTURE[arch]
}

export function archOfOciArchitecture(architecture: string): Arch | undefined {
  return ARCHES.find((arch) => OCI_ARCHITECTURE[arch] === architecture)
}
