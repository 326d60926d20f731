import { readdirSync, readFileSync, statSync, type Dirent } from 'node:fs'
import { homedir } from 'node:os'
import { join } from 'node:path'
import { isFile, readTextIfPresent, toolchainError } from '../build/files.js'
import { ociArchitecture } from '../platform.js'
import { inputError } from '../runtime/errors.js'
import type { BuildRequest, DiskToBoot, ToolchainBootProfile, ToolchainBuildAdapter } from './types.js'
import { crashed, DEBUG_EXIT_0X501, decodeByChannel, x86ExitDevices } from './exit-decoding.js'

/** VM_EXIT_FAULT 0x7e and VM_EXIT_HALT 0x7f (src/runtime/runtime.h); app exits 126/127 look the same. */
const NANOS_FAULT = crashed('Nanos kernel fault (VM_EXIT_FAULT)')
const NANOS_HALT = crashed('Nanos kernel halt (VM_EXIT_HALT)')

/**
 * Nanos (ops): on x86_64 `QEMU_HALT(code)` writes the app's exit code to isa-debug-exit 0x501
 * (src/kernel/kvm_platform.h); on arm64 (platform/virt) vm_shutdown ends through semihosting's SYS_EXIT
 * (angel_shutdown, src/aarch64/crt0.S), which is why ops and the Nanos Makefile run it with -semihosting.
 */
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
  armSemihosting: true,
  // ops runs arm64 Nanos with `-machine gic-version=2` (nanovms/ops qemu/qemu_unix.go setConfig).
  armGic: 2,
  diskKernel: opsKernel,
  decodeExit: (context) =>
    decodeByChannel(context, {
      'debug-exit': { 253: NANOS_FAULT, 255: NANOS_HALT },
      semihosting: { 126: NANOS_FAULT, 127: NANOS_HALT }
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

/**
 * The Nanos kernel ops boots an arm64 disk with: ops writes that disk without boot code and runs it as
 * `qemu-system-aarch64 -machine virt -kernel <kernel.img> …` (nanovms/ops qemu/qemu_unix.go setConfig),
 * taking kernel.img from the Nanos release it keeps under its home, `<ops home>/<version>-arm/kernel.img`
 * (cmd/flags_nightly.go getKernelVersion, setKernelVersion). The version is the one `latest.txt` names
 * (lepton/const.go getLocalRelVersion); without that file ops uses the newest release it looks up online,
 * which a boot cannot, so it takes the one arm64 release ops' home holds. An x86_64 disk boots by itself.
 */
function opsKernel(disk: DiskToBoot): string | undefined {
  if (disk.arch === 'x86_64') return undefined
  const home = opsHome(disk.env)
  const cannot = (why: string): never => {
    throw inputError(
      disk.input,
      `${disk.path} is an ${disk.arch} Nanos disk, which boots only with the Nanos kernel ops keeps beside it; ${why} ` +
        '(build it in this job with the same OPS_HOME, or run `ops update --arm`)'
    )
  }
  const latest = join(home, 'latest.txt')
  let version: string | undefined
  try {
    version = readFileSync(latest, 'utf8').trim()
  } catch {
    const releases = armReleases(home)
    if (releases.length !== 1) {
      return cannot(`${latest} does not name the Nanos release ops uses, and ${home} holds ${releases.length ? releases.join(', ') : 'no arm64 release'}`)
    }
    version = releases[0]
  }
  if (!/^[\w.-]+$/.test(version)) return cannot(`${latest} names no Nanos release (${JSON.stringify(version.slice(0, 40))})`)
  const kernel = join(home, `${version}-arm`, 'kernel.img')
  if (!statSync(kernel, { throwIfNoEntry: false })?.isFile()) return cannot(`there is no ${kernel}`)
  return kernel
}

/** The arm64 Nanos releases in ops' home with a kernel: `<version>-arm/kernel.img`, nightly builds aside. */
function armReleases(home: string): string[] {
  let entries: Dirent[]
  try {
    entries = readdirSync(home, { withFileTypes: true })
  } catch {
    return []
  }
  return entries
    .filter((entry) => entry.isDirectory() && entry.name.endsWith('-arm') && !entry.name.startsWith('nightly'))
    .map((entry) => entry.name.slice(0, -'-arm'.length))
    .filter((version) => statSync(join(home, `${version}-arm`, 'kernel.img'), { throwIfNoEntry: false })?.isFile())
    .sort()
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
