import { homedir } from 'node:os'
import { join } from 'node:path'
import { findOneFile, readTextIfPresent, toolchainError } from '../build/files.js'
import type { Arch } from '../platform.js'
import type { ToolchainBootProfile, ToolchainBuildAdapter } from './types.js'
import { DEBUG_EXIT_0XF4, decodeByChannel, exited, x86ExitDevices } from './exit-decoding.js'

/**
 * Hermit (hermit-rs): under QEMU on x86_64 it writes 1 on success (→ 3) and 0 on failure (→ 1); on
 * aarch64 it ends through semihosting's SYS_EXIT with its code (hermit-os/kernel
 * src/arch/aarch64/kernel/processor.rs shutdown), else PSCI SYSTEM_OFF; under uhyve the status is the code.
 */
export const hermit: ToolchainBootProfile = {
  name: 'hermit',
  // The panic handler prints "[<core>][PANIC] <info>" then shuts down with 1 (hermit-os/kernel src/lib.rs).
  failOn: [/\[PANIC\]/],
  successCode: 0,
  exitDevices: (arch) => x86ExitDevices(arch, [DEBUG_EXIT_0XF4]),
  armSemihosting: true,
  // hermit-os/loader's QEMU command line for aarch64: `-machine virt,gic-version=3` (README, xtask/src/ci/qemu.rs).
  armGic: 3,
  // hermit-os/loader xtask/src/ci/qemu.rs accepts 0 or 3 as success.
  decodeExit: (context) => decodeByChannel(context, { 'debug-exit': { 1: exited(1), 3: exited(0) } }),
  // hermit-entry's entry-version note is named "HERMIT" (NT_HERMIT_ENTRY_VERSION 0x5a00).
  detect: (elf) => elf.notes.some((n) => n.name === 'HERMIT')
}

const HERMIT_TRIPLES: Readonly<Record<Arch, string>> = { x86_64: 'x86_64-unknown-hermit', arm64: 'aarch64-unknown-hermit' }
const LOADER_HINT = 'download it from https://github.com/hermit-os/loader/releases'
const CARGO_INSTALL =
  'install Rust with rustup (the setup action does not install it): the nightly toolchain and rust-src, as https://github.com/hermit-os/hermit-rs-template describes'

/**
 * The loader QEMU boots a Hermit application with, by its hermit-os/loader release asset name
 * (xtask/src/target.rs dist_name): on x86_64 the Multiboot one, which takes the application as its
 * Multiboot module (`-kernel <loader> -initrd <app>`; the `-linux` one is for Firecracker), on arm64 the
 * ELF one, which finds it as a module in the device tree (`-device guest-loader,addr=…,initrd=<app>`).
 */
const LOADERS: Readonly<Record<Arch, string>> = { x86_64: 'hermit-loader-x86_64-multiboot', arm64: 'hermit-loader-aarch64-elf' }

function dependsOnHermit(cargoToml: string): boolean {
  return /^\s*hermit(-sys)?\s*=/m.test(cargoToml) || /target_os\s*=\s*\\?"hermit\\?"/.test(cargoToml)
}

/**
 * The hermit targets are tier 3: Rust ships no prebuilt standard library for them, so cargo must build
 * it (rustc's platform-support/hermit.md). A project may say so in its cargo configuration; otherwise
 * the build asks for it, as hermit-rs documents (`-Zbuild-std=std,panic_abort`).
 */
async function configuresBuildStd(projectDir: string): Promise<boolean> {
  for (const file of ['config.toml', 'config']) {
    const config = await readTextIfPresent(join(projectDir, '.cargo', file))
    if (config !== undefined && /^\s*build-std\s*=/m.test(config)) return true
  }
  return false
}

/** `[package] name`, which names the binary cargo writes. */
function packageName(cargoToml: string): string | undefined {
  const section = /^\[package\]\s*$([\s\S]*?)(?=^\[|(?![\s\S]))/m.exec(cargoToml)?.[1]
  return section ? /^\s*name\s*=\s*"([^"]+)"/m.exec(section)?.[1] : undefined
}

/** Hermit: `cargo build [-Zbuild-std=std,panic_abort] --release --target <arch>-unknown-hermit`; uhyve boots the result, QEMU boots it behind the loader. */
export const hermitBuild: ToolchainBuildAdapter = {
  name: 'hermit',
  detectsBy: 'a Cargo.toml depending on hermit',
  uruncType: 'hermit',
  platforms: ['uhyve', 'qemu'],
  tools: {
    cargo: CARGO_INSTALL,
    [LOADERS.x86_64]: LOADER_HINT,
    [LOADERS.arm64]: LOADER_HINT
  },
  versionArgv: () => ['cargo', '--version'],

  async detect(dir) {
    const cargoToml = await readTextIfPresent(join(dir, 'Cargo.toml'))
    return cargoToml !== undefined && dependsOnHermit(cargoToml)
  },

  async plan(request) {
    const buildStd = (await configuresBuildStd(request.projectDir)) ? [] : ['-Zbuild-std=std,panic_abort']
    return [{ argv: ['cargo', 'build', ...buildStd, '--release', '--target', HERMIT_TRIPLES[request.target.arch]] }]
  },

  async locate(request) {
    const { projectDir, target } = request
    const releaseDir = `target/${HERMIT_TRIPLES[target.arch]}/release`
    const name = packageName((await readTextIfPresent(join(projectDir, 'Cargo.toml'))) ?? '')
    if (!name) throw toolchainError('hermit', 'Cargo.toml has no `[package]` name, which names the application cargo builds')
    const app = await findOneFile(`${releaseDir}/${name}`, projectDir, (problem) => toolchainError('hermit', `the build left no application: ${problem}`))
    if (target.platform !== 'qemu') return { kernel: app }
    const loader = request.tools.get(LOADERS[target.arch])
    if (!loader) throw toolchainError('hermit', `booting on qemu needs ${LOADERS[target.arch]} on PATH (${LOADER_HINT}), or build for uhyve/${target.arch}`)
    return { kernel: loader, initrd: app }
  },

  cache: (request) => {
    const cargoHome = request.env.CARGO_HOME ?? join(request.env.HOME ?? homedir(), '.cargo')
    return {
      paths: [join(request.projectDir, 'target'), join(cargoHome, 'registry'), join(cargoHome, 'git')],
      keyFiles: ['Cargo.toml', 'Cargo.lock', 'rust-toolchain.toml', 'rust-toolchain', '.cargo/config.toml']
    }
  },

  bootHints: () => ({
    // "[0][INFO] Welcome to Hermit <version>" (hermit-os/kernel src/lib.rs).
    expect: ['Welcome to Hermit']
  })
}
