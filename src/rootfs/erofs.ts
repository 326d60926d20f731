import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { rename, rm, stat } from 'node:fs/promises'
import { walkTree, type SkippedEntry } from './tree.js'
import type { ArchiveStats } from './cpio.js'

/**
 * EROFS images through erofs-utils' mkfs.erofs (Debian 12 ships 1.5), made reproducible with its own
 * flags: `-T` gives every inode (and the superblock) the epoch, `-U` a fixed UUID, `--all-root` owners 0:0.
 * mkfs.erofs sorts each directory itself, so creation order does not show; it keeps hard links as hard links.
 */

/** The filesystem UUID of every image we make: a random one would differ between identical builds. */
export const EROFS_UUID = '6a5d8c0e-2f7b-4c1d-9e3a-52b1f0c4d7e9'

export const MKFS_EROFS = 'mkfs.erofs'
export const MKFS_EROFS_HINT = 'install erofs-utils (apt-get install erofs-utils)'

/** The argv that images `root` into `outFile`, leaving out `exclude` (paths relative to `root`, as mkfs.erofs matches them). */
export function mkfsErofsArgv(mkfs: string, root: string, outFile: string, epoch: number, exclude: readonly string[]): string[] {
  return [mkfs, '--quiet', `-T${epoch}`, `-U${EROFS_UUID}`, '--all-root', ...exclude.map((path) => `--exclude-path=${path}`), outFile, root]
}

/** Images `root` into `outFile` (written beside it, then renamed); device nodes, sockets and FIFOs are left out, as in cpio. */
export async function writeErofsImage(root: string, outFile: string, options: { epoch: number; mkfs: string; env: NodeJS.ProcessEnv }): Promise<ArchiveStats> {
  const skipped: SkippedEntry[] = []
  let entries = 0
  for await (const entry of walkTree(root, skipped)) if (entry) entries++
  const temp = `${outFile}.${randomBytes(6).toString('hex')}.tmp`
  const argv = mkfsErofsArgv(
    options.mkfs,
    root,
    temp,
    options.epoch,
    skipped.map((entry) => entry.path)
  )
  try {
    await run(argv, options.env)
    await rename(temp, outFile)
  } catch (error) {
    await rm(temp, { force: true })
    throw error
  }
  return { entries, bytes: (await stat(outFile)).size, skipped }
}

function run(argv: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const [command, ...args] = argv
    // SOURCE_DATE_EPOCH is given as -T; the variable is left out so no version reads it differently.
    const rest = { ...env }
    delete rest.SOURCE_DATE_EPOCH
    const child = spawn(command, args, { env: rest, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    const collect = (chunk: Buffer): void => {
      if (output.length < 16_384) output += chunk.toString('utf8')
    }
    child.stdout.on('data', collect)
    child.stderr.on('data', collect)
    child.once('error', (error) => reject(new Error(`${command} could not start: ${error.message}`)))
    child.once('close', (status, signal) => {
      if (status === 0) resolve()
      else reject(new Error(`${command} ${signal ? `was killed by ${signal}` : `exited with status ${status}`}: ${output.trim()}`))
    })
  })
}
