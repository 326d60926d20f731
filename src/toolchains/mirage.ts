import { homedir } from 'node:os'
import { join } from 'node:path'
import { findOneFile, isFile, toolchainError } from '../build/files.js'
import type { BuildPlatform } from '../platform.js'
import { hostArch } from '../platform.js'
import type { BuildTarget, ToolchainBootProfile, ToolchainBuildAdapter } from './types.js'
import { solo5 } from './solo5.js'

/** MirageOS runs on Solo5: its exits are Solo5's, plus the OCaml runtime's fatal errors. */
export const mirage: ToolchainBootProfile = {
  name: 'mirage',
  failOn: [
    ...solo5.failOn,
    // OCaml prints "Fatal error: exception <exn>" for an uncaught exception and "Fatal error: <why>" from the runtime.
    /^Fatal error: /m
  ],
  successCode: solo5.successCode,
  exitDevices: (arch) => solo5.exitDevices(arch),
  decodeExit: (context) => solo5.decodeExit(context),
  // A Mirage kernel carries the Solo5 note, so detection names solo5, whose decoding is the same.
  detect: () => false
}

/** Our platform → `mirage configure -t` and the extension of `dist/<name>.<ext>` (lib/devices/target.ml). */
const MIRAGE_TARGETS: Partial<Record<BuildPlatform, { target: string; extension: string; solo5: boolean }>> = {
  qemu: { target: 'virtio', extension: 'virtio', solo5: true },
  hvt: { target: 'hvt', extension: 'hvt', solo5: true },
  spt: { target: 'spt', extension: 'spt', solo5: true },
  fc: { target: 'unikraft-firecracker', extension: 'fc', solo5: false },
  xen: { target: 'xen', extension: 'xen', solo5: false }
}
const MIRAGE_INSTALL = 'install MirageOS with opam (the setup action does not install it): opam install mirage, see https://mirage.io/docs/install'

function mirageTarget(target: BuildTarget) {
  const mapped = MIRAGE_TARGETS[target.platform]
  if (!mapped) throw toolchainError('mirage', `cannot build for ${target.platform}`)
  return mapped
}

/** MirageOS: `mirage configure -t <target>`, `make depend` (opam monorepo), then dune builds `dist/`. */
export const mirageBuild: ToolchainBuildAdapter = {
  name: 'mirage',
  detectsBy: 'a config.ml',
  uruncType: 'mirage',
  platforms: ['qemu', 'hvt', 'spt', 'fc', 'xen'],
  tools: { mirage: MIRAGE_INSTALL, make: 'install make (apt-get install make)', dune: MIRAGE_INSTALL },
  versionArgv: () => ['mirage', '--version'],
  detect: async (dir) => isFile(join(dir, 'config.ml')),

  async plan(request) {
    const host = hostArch()
    if (host && request.target.arch !== host) {
      throw toolchainError('mirage', `builds for the machine it runs on (${host}); build ${request.target.arch} on an ${request.target.arch} runner`)
    }
    return [
      { argv: ['mirage', 'configure', '-t', mirageTarget(request.target).target] },
      { argv: ['make', 'depend'] },
      // What the generated Makefile's `build` target runs (lib/functoria/makefile.ml).
      { argv: ['dune', 'build', '--profile', 'release', '--root', '.', './dist'] }
    ]
  },

  async locate(request) {
    const pattern = `dist/*.${mirageTarget(request.target).extension}`
    const kernel = await findOneFile(pattern, request.projectDir, (problem) => toolchainError('mirage', `the build left no single kernel: ${problem}`))
    return { kernel }
  },

  cache: (request) => ({
    paths: [request.env.OPAMROOT ?? join(request.env.HOME ?? homedir(), '.opam'), join(request.projectDir, '_build'), join(request.projectDir, 'duniverse')],
    keyFiles: ['config.ml', '*.opam', 'mirage/*.opam', 'mirage/*.opam.locked']
  }),

  bootHints: (target) => (MIRAGE_TARGETS[target.platform]?.solo5 ? { expect: ['Solo5: Bindings version'] } : {})
}
