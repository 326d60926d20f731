import { inputError } from '../runtime/errors.js'
import type { ToolPlatform } from './types.js'
import type { Arch } from '../platform.js'

/** This machine as the tools name it; setup runs on Linux and macOS, x86_64 and arm64. */
export function hostPlatform(platform: NodeJS.Platform = process.platform, arch: string = process.arch): ToolPlatform {
  const os = platform === 'linux' || platform === 'darwin' ? platform : undefined
  const machine = arch === 'x64' ? 'x86_64' : arch === 'arm64' ? 'arm64' : undefined
  if (!os || !machine) throw inputError('tools', `setup installs tools on Linux and macOS runners (x86_64, arm64); this machine is ${platform}/${arch}`)
  return { os, arch: machine }
}

/** @actions/tool-cache names architectures as Node does (`x64`, `arm64`). */
export function toolCacheArch(arch: Arch): string {
  return arch === 'x86_64' ? 'x64' : 'arm64'
}
