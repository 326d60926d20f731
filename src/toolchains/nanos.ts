import { homedir } from 'node:os'
import { join } from 'node:path'
import { isFile, readTextIfPresent, toolchainError } from '../build/files.js'
import { ociArchitecture } from '../platform.js'
import type { BuildRequest, ToolchainBootProfile, ToolchainBuildAdapter } from './types.js'
import { crashed, DEBUG_EXIT_0X501, decodeByChannel, x86ExitDevices } from './exit-decoding.js'

/** Nanos (ops): `QEMU_HALT(code)` writes the app's exit code to isa-debug-exit 0x501 (src/kernel/kvm_platform.h). */
export const nanos: ToolchainBootProfile = {
  name: 'nanos',
  failOn: [
    // Fatal paths of the kernel's fault handlers (src/unix/unix.c, src/x86_64/interrupt.c).
    /Unhandled page fault in kernel mode/,
    /exception during interrupt handling/,
    /no fault handler for frame/,
    // print_frame's first line, written only on those fatal paths: " interrupt: e (Page fault)".
    /^\s*interrupt: [0-9a-f]+ \(/m,
    // assert() halts with "assertion <expr> failed ... halt" (src/runtime/runtime.h).
    /\bassertion .+ failed\b.*\bhalt\b/
  ],
  successCode: 0,
  exitDevices: (arch) => x86ExitDevices(arch, [DEBUG_EXIT_0X501]),
  decodeExit: (context) =>
    decodeByChannel(context, {
      // VM_EXIT_FAULT 0x7e and VM_EXIT_HALT 0x7f (src/runtime/runtime.h); app exits 126/127 look the same.
      'debug-exit': {
        253: crashed('Nanos kernel fault (VM_EXIT_FAULT)'),
        255: crashed('Nanos kernel halt (VM_EXIT_HALT)')
      }
    }),
  // Nanos ships disk images built by ops, not ELF kernels we could recognise.
  detect: () => false
}

/** Top-level keys of ops' config.json (types/config.go); one of them marks a config.json as ops'. */
const OPS_CONFIG_KEYS = [
  'Program',
  'Args',
  'Dirs',
  'Files',
  'Env',
  'MapDirs',
  'Mounts',
  'RunConfig',
  'Klibs',
  'NanosVersion',
  'BaseVolumeSz',
  'ManifestPassthrough',
  'TargetRoot'
]
const OPS_INSTALL = 'install ops: the setup action (tools: ops), or https://ops.city'

async function opsConfig(dir: string): Promise<Record<string, unknown> | undefined> {
  const text = await readTextIfPresent(join(dir, 'config.json'))
  if (text === undefined) return undefined
  try {
    const json: unknown = JSON.parse(text)
    if (typeof json !== 'object' || json === null || Array.isArray(json)) return undefined
    return OPS_CONFIG_KEYS.some((key) => key in json) ? (json as Record<string, unknown>) : undefined
  } catch {
    return undefined
  }
}

/** ops's own directory: `$OPS_HOME/.ops` when OPS_HOME is set, else `~/.ops` (nanovms/ops 0.1.46 lepton/const.go GetOpsHome). */
export function opsHome(env: NodeJS.ProcessEnv): string {
  return join(env.OPS_HOME || env.HOME || homedir(), '.ops')
}

/** The image name (`-i`): fixed, so nothing of the checkout's directory can reach the disk ops writes. */
function opsImageName(request: BuildRequest): string {
  return `unikernel-actions-${request.target.arch}`
}

/** Nanos: `ops build <Program> -c config.json -i <name> --arch <arch>` writes a raw bootable disk to <ops home>/images/<name>. */
export const nanosBuild: ToolchainBuildAdapter = {
  name: 'nanos',
  detectsBy: 'an ops config.json (with Program, Args, Dirs, RunConfig, …)',
  // urunc has no Nanos support yet; the type names the kernel honestly.
  uruncType: 'nanos',
  platforms: ['qemu'],
  tools: { ops: OPS_INSTALL },
  versionArgv: () => ['ops', 'version'],
  detect: async (dir) => (await opsConfig(dir)) !== undefined,

  async plan(request) {
    const config = await opsConfig(request.projectDir)
    if (!config) throw toolchainError('nanos', `${join(request.projectDir, 'config.json')} is missing or is not an ops configuration`)
    if (typeof config.Program !== 'string' || config.Program === '') {
      throw toolchainError('nanos', 'config.json has no `Program`: the ELF executable ops packs into the image')
    }
    // ops builds for the machine it runs on unless told (cmd/flags_nightly.go: --arch amd64|arm64).
    const arch = ociArchitecture(request.target.arch)
    return [{ argv: ['ops', 'build', config.Program, '-c', 'config.json', '-i', opsImageName(request), '--arch', arch] }]
  },

  async locate(request) {
    const image = join(opsHome(request.env), 'images', opsImageName(request))
    if (!(await isFile(image))) throw toolchainError('nanos', `ops left no image at ${image}`)
    return { kernel: image }
  },

  cache: (request) => ({ paths: [opsHome(request.env)], keyFiles: ['config.json'] }),
  bootHints: () => ({})
}
