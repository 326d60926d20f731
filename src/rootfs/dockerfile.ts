import { mkdir, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { firstOutputLine, runBuildStep } from '../build/steps.js'
import { ociArchitecture, type Arch } from '../platform.js'
import { findExecutable } from '../runtime/files.js'
import type { Logger } from '../runtime/logger.js'
import type { RootfsRequest } from '../toolchains/types.js'
import { rootfsError } from './source.js'

/**
 * Builds a Dockerfile into a directory: with `docker buildx build --output type=local` when docker
 * has buildx (GitHub's runners do), else with buildah (`build --output type=local`, buildah 1.24 and
 * later; Debian 12 ships 1.28) on vfs storage of its own with chroot isolation, which runs as root
 * without a daemon or user namespaces.
 */

export const DOCKERFILE_TOOLS_HINT =
  'install Docker with the buildx plugin (GitHub-hosted runners have it) or buildah (apt-get install buildah; it runs as root)'

export interface DockerfileBuild {
  request: RootfsRequest
  dockerfile: string
  context: string
  arch: Arch
  /** Missing or empty: the image's files land here. */
  destDir: string
  /** A directory of our own for buildah's storage. */
  workDir: string
  env: NodeJS.ProcessEnv
  logger: Logger
}

/** The builder to use: docker when `docker buildx version` answers, else buildah; an error naming `rootfs` when neither is there. */
export async function chooseDockerfileBuilder(request: RootfsRequest, env: NodeJS.ProcessEnv): Promise<{ tool: 'docker' | 'buildah'; path: string }> {
  const docker = findExecutable('docker', env.PATH)
  const buildx = docker ? await firstOutputLine([docker, 'buildx', 'version'], { cwd: '/', env }) : undefined
  if (docker && buildx) return { tool: 'docker', path: docker }
  const buildah = findExecutable('buildah', env.PATH)
  if (buildah) return { tool: 'buildah', path: buildah }
  const found = docker ? `docker is on PATH (${docker}) but has no buildx plugin, and buildah is not` : 'neither docker nor buildah is on PATH'
  throw rootfsError(request, `is a Dockerfile, which needs docker buildx or buildah to build, but ${found}: ${DOCKERFILE_TOOLS_HINT}`)
}

export function dockerBuildxArgv(docker: string, build: Pick<DockerfileBuild, 'dockerfile' | 'context' | 'arch' | 'destDir'>): [string, ...string[]] {
  return [docker, 'buildx', 'build', '--progress', 'plain', ...buildArguments(build)]
}

/** What docker buildx build and buildah build take alike: the platform, the Dockerfile, a local output, the context. */
function buildArguments(build: Pick<DockerfileBuild, 'dockerfile' | 'context' | 'arch' | 'destDir'>): string[] {
  return ['--platform', `linux/${ociArchitecture(build.arch)}`, '--file', build.dockerfile, '--output', `type=local,dest=${build.destDir}`, build.context]
}

export function buildahArgv(
  buildah: string,
  storage: string,
  build: Pick<DockerfileBuild, 'dockerfile' | 'context' | 'arch' | 'destDir'>
): [string, ...string[]] {
  return [
    buildah,
    '--root',
    join(storage, 'root'),
    '--runroot',
    join(storage, 'run'),
    '--storage-driver',
    'vfs',
    'build',
    '--isolation',
    'chroot',
    ...buildArguments(build)
  ]
}

/** Runs the build; the log shows the tool's output. Returns which tool built it. */
export async function buildDockerfile(build: DockerfileBuild): Promise<string> {
  const builder = await chooseDockerfileBuilder(build.request, build.env)
  await mkdir(build.destDir, { recursive: true })
  const storage = join(build.workDir, `buildah-${build.arch}`)
  const argv = builder.tool === 'docker' ? dockerBuildxArgv(builder.path, build) : buildahArgv(builder.path, storage, build)
  try {
    await runBuildStep({ argv }, { cwd: build.context, env: build.env, logger: build.logger })
  } catch (error) {
    throw rootfsError(build.request, `the Dockerfile ${build.dockerfile} did not build: ${(error as Error).message}`)
  } finally {
    if (builder.tool === 'buildah') await rm(storage, { recursive: true, force: true })
  }
  return builder.tool
}
