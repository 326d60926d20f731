import { mkdtemp, rm, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { ociArchitecture, type Arch } from '../platform.js'
import { inputError } from '../runtime/errors.js'
import { findExecutable } from '../runtime/files.js'
import type { Logger } from '../runtime/logger.js'
import type { RootfsRequest } from '../toolchains/types.js'
import { CpioLimitError, writeCpioArchive, type ArchiveStats } from './cpio.js'
import { buildDockerfile, chooseDockerfileBuilder } from './dockerfile.js'
import { MKFS_EROFS, MKFS_EROFS_HINT, writeErofsImage } from './erofs.js'
import { unpackImage } from './image.js'
import { classifyRootfs, rootfsError, type RootfsSource } from './source.js'

/** A root filesystem built into one file, ready to be a target's initrd. */
export interface BuiltRootfs {
  file: string
  source: string
  format: RootfsRequest['format']
  /** What it was built from: the directory itself, `docker`/`buildah`, or the image's manifest digest. */
  via: string
  /** The architecture its content is for, when that depends on it (Dockerfiles and images). */
  arch?: Arch
  entries: number
  bytes: number
}

export interface RootfsContext {
  projectDir: string
  /** Our own directory: archives are written and trees built under it. */
  workDir: string
  env: NodeJS.ProcessEnv
  logger: Logger
  epoch: number
}

/** Builds root filesystems for a build's targets, once per source, format and architecture. */
export class RootfsBuilder {
  private readonly built = new Map<string, Promise<BuiltRootfs>>()
  private readonly classified = new Map<string, Promise<RootfsSource>>()

  constructor(private readonly context: RootfsContext) {}

  /** Checks what can be checked before anything runs: the source exists or parses, the format's tool is there. */
  async check(request: RootfsRequest): Promise<RootfsSource> {
    if (request.format === 'erofs' && !findExecutable(MKFS_EROFS, this.context.env.PATH)) {
      throw inputError('rootfs-format', `erofs needs ${MKFS_EROFS}, which is not on PATH: ${MKFS_EROFS_HINT}, or use cpio`)
    }
    const key = request.source
    let classified = this.classified.get(key)
    if (!classified) {
      classified = classifyRootfs(request, this.context.projectDir)
      this.classified.set(key, classified)
    }
    const source = await classified
    // A Dockerfile's builder must be there before the kernel build spends its time.
    if (source.kind === 'dockerfile') await chooseDockerfileBuilder(request, this.context.env)
    return source
  }

  async build(request: RootfsRequest, arch: Arch): Promise<BuiltRootfs> {
    const source = await this.check(request)
    // Per architecture for every kind: a build's steps may write arch-specific files into a directory.
    const key = `${request.format}\0${request.source}\0${arch}`
    let built = this.built.get(key)
    if (!built) {
      built = this.buildOnce(request, source, arch)
      this.built.set(key, built)
    }
    return built
  }

  private async buildOnce(request: RootfsRequest, source: RootfsSource, arch: Arch): Promise<BuiltRootfs> {
    const { logger } = this.context
    const perArch = source.kind !== 'directory'
    const scratch = await mkdtemp(join(this.context.workDir, 'tree-'))
    try {
      let tree: string
      let via: string
      if (source.kind === 'directory') {
        tree = source.dir
        via = 'directory'
      } else if (source.kind === 'dockerfile') {
        tree = join(scratch, 'tree')
        logger.info(`Building ${source.dockerfile} for linux/${ociArchitecture(arch)}`)
        via = await buildDockerfile({ ...source, request, arch, destDir: tree, workDir: scratch, env: this.context.env, logger })
      } else {
        tree = join(scratch, 'tree')
        const unpacked = await unpackImage(source.ref, arch, tree, {
          request,
          projectDir: this.context.projectDir,
          workDir: scratch,
          env: this.context.env,
          logger
        })
        via = unpacked.manifestDigest
        logger.info(`Unpacked ${unpacked.layers} layer${unpacked.layers === 1 ? '' : 's'} of ${unpacked.manifestDigest}`)
      }
      const file = join(this.context.workDir, `rootfs-${arch}.${request.format}`)
      const stats = await this.archive(request, tree, file)
      for (const { path, kind } of stats.skipped)
        logger.warning(`Root filesystem: left out ${path}, a ${kind} (no device nodes, sockets or FIFOs are archived)`)
      logger.info(
        `Root filesystem ${request.source}${perArch ? ` (linux/${ociArchitecture(arch)})` : ''}: ${request.format}, ` +
          `${stats.entries} entries, ${stats.bytes} bytes → ${file}`
      )
      return { file, source: request.source, format: request.format, via, ...(perArch ? { arch } : {}), entries: stats.entries, bytes: (await stat(file)).size }
    } finally {
      await rm(scratch, { recursive: true, force: true })
    }
  }

  private async archive(request: RootfsRequest, tree: string, file: string): Promise<ArchiveStats> {
    try {
      if (request.format === 'erofs') {
        return await writeErofsImage(tree, file, { epoch: this.context.epoch, mkfs: findExecutable(MKFS_EROFS, this.context.env.PATH)!, env: this.context.env })
      }
      return await writeCpioArchive(tree, file, { epoch: this.context.epoch })
    } catch (error) {
      if (error instanceof CpioLimitError) throw rootfsError(request, error.message)
      throw error
    }
  }
}
