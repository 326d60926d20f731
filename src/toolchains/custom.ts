import { promises as fs } from 'node:fs'
import { join } from 'node:path'
import { BUILD_PLATFORMS } from '../platform.js'
import { findExecutable } from '../build/tools.js'
import { findOneFile } from '../build/files.js'
import { inputError } from '../runtime/errors.js'
import type { BuildEnvironment, BuildRequest, ToolchainBootProfile, ToolchainBuildAdapter } from './types.js'
import { DEBUG_EXIT_0X501, DEBUG_EXIT_0XF4, decodeByChannel, x86ExitDevices } from './exit-decoding.js'

/** Anything else (a multiboot kernel, Linux): expect/probe decide, `(v << 1) | 1` is decoded when odd. */
export const custom: ToolchainBootProfile = {
  name: 'custom',
  // Linux's panic() prefix ("Kernel panic - not syncing: …").
  failOn: [/Kernel panic/],
  successCode: 0,
  exitDevices: (arch) => x86ExitDevices(arch, [DEBUG_EXIT_0X501, DEBUG_EXIT_0XF4]),
  decodeExit: (context) => decodeByChannel(context, {}),
  detect: () => false
}

/** The user's command reaches bash through the environment, never spliced into a shell string. */
export const BUILD_COMMAND_VARIABLE = 'UNIKERNEL_BUILD_COMMAND'

/** Compilers ccache stands in for, when they are installed. */
const CCACHE_COMPILERS = ['cc', 'gcc', 'c++', 'g++', 'clang', 'clang++']

/** Sources whose content keys the cache: a change stores a new entry, so ccache keeps up with the code. */
const SOURCE_PATTERNS = [
  '**/*.c',
  '**/*.h',
  '**/*.S',
  '**/*.s',
  '**/*.cc',
  '**/*.cpp',
  '**/*.hh',
  '**/*.hpp',
  '**/*.rs',
  '**/*.go',
  '**/*.zig',
  '**/*.ld',
  '**/*.lds',
  '**/Makefile',
  '**/makefile',
  '**/GNUmakefile',
  '**/*.mk',
  '**/CMakeLists.txt',
  '**/*.cmake',
  '**/meson.build'
]

function ccacheDir(cacheDir: string): string {
  return join(cacheDir, 'ccache')
}

/**
 * custom: runs `command` with bash (`-e -o pipefail`, like a workflow's `shell: bash`) and picks up
 * `kernel`. When ccache is installed, the compilers on PATH go through it with a cache directory the
 * build cache keeps, keyed on content and not on the checkout's path, so a fresh checkout hits.
 */
export const customBuild: ToolchainBuildAdapter = {
  name: 'custom',
  runsUserCommand: true,
  detectsBy: 'a `command` input (custom is never detected from files)',
  // urunc has no type for an arbitrary kernel; a label com.urunc.unikernel.unikernelType=… overrides it.
  uruncType: 'custom',
  platforms: BUILD_PLATFORMS,
  tools: {
    bash: 'install bash, which runs the build command',
    ccache: 'install ccache (apt-get install ccache) to cache compiler output between runs'
  },
  detect: async () => false,

  async plan(request) {
    if (!request.command) throw inputError('command', 'is required for toolchain custom: the shell command that builds the kernel')
    return [
      {
        argv: ['bash', '--noprofile', '--norc', '-e', '-o', 'pipefail', '-c', `eval "$${BUILD_COMMAND_VARIABLE}"`],
        env: { [BUILD_COMMAND_VARIABLE]: request.command },
        display: request.command
      }
    ]
  },

  async environment(request: BuildRequest): Promise<BuildEnvironment> {
    const ccache = request.tools.get('ccache')
    if (!ccache) return { env: {}, notes: ['ccache is not installed: compiler output is not cached (install ccache to cache it)'] }
    // A masquerade directory (as Debian's /usr/lib/ccache): each name links to ccache, which runs the
    // next compiler of that name on PATH.
    const masquerade = join(request.cacheDir, 'ccache-bin')
    await fs.rm(masquerade, { recursive: true, force: true })
    await fs.mkdir(masquerade, { recursive: true })
    const wrapped: string[] = []
    for (const compiler of CCACHE_COMPILERS) {
      if (!findExecutable(compiler, request.env.PATH)) continue
      await fs.symlink(ccache, join(masquerade, compiler))
      wrapped.push(compiler)
    }
    await fs.mkdir(ccacheDir(request.cacheDir), { recursive: true })
    return {
      env: {
        PATH: [masquerade, request.env.PATH].filter(Boolean).join(':'),
        CCACHE_DIR: ccacheDir(request.cacheDir),
        // Paths under the project are hashed relative to it, and the working directory not at all.
        CCACHE_BASEDIR: request.projectDir,
        CCACHE_NOHASHDIR: '1'
      },
      notes: [`ccache caches ${wrapped.length ? wrapped.join(', ') : 'no compiler (none found on PATH)'} in ${ccacheDir(request.cacheDir)}`]
    }
  },

  async locate(request) {
    if (!request.kernel) throw inputError('kernel', 'is required for toolchain custom: the path or glob of the built kernel')
    const kernel = await findOneFile(request.kernel, request.projectDir, (problem) =>
      inputError('kernel', `${problem} after the build of ${request.target.platform}/${request.target.arch}`)
    )
    return { kernel }
  },

  cache: (request) => ({ paths: [ccacheDir(request.cacheDir)], keyFiles: SOURCE_PATTERNS }),
  bootHints: () => ({})
}
