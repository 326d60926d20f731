import { mkdtemp, stat, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { inputError } from '../runtime/errors.js'
import type { Logger } from '../runtime/logger.js'
import { readKraftfile, type Kraftfile } from '../toolchains/kraftfile.js'
import type { BuildTarget, ToolchainBuildAdapter } from '../toolchains/types.js'
import { firstFile } from './files.js'
import { isNamedTarget, resolveTargets, type BuildOptions } from './options.js'

/** Inline YAML rather than a path: it spans lines, or is a mapping on one line. */
function isInline(value: string): boolean {
  return value.includes('\n') || /^\s*[\w-]+:\s/.test(value)
}

/**
 * The `kraftfile` input as an absolute path: a path is resolved against the project directory and must
 * be a file; inline YAML is written to a new file under the job's directory (kraft reads it with `-K`).
 */
export async function kraftfileInput(value: string | undefined, projectDir: string, workRoot: string): Promise<string | undefined> {
  if (value === undefined || value.trim() === '') return undefined
  if (isInline(value)) {
    const dir = await mkdtemp(join(workRoot, 'kraftfile-'))
    const path = join(dir, 'Kraftfile')
    await writeFile(path, value.endsWith('\n') ? value : `${value}\n`)
    return path
  }
  const path = resolve(projectDir, value)
  const info = await stat(path).catch(() => undefined)
  if (!info?.isFile()) throw inputError('kraftfile', `${path} is not a file (give a Kraftfile path, relative to \`path\`, or the Kraftfile's YAML itself)`)
  return path
}

/**
 * The targets to build: PLATFORM/ARCH as given, names looked up in the Kraftfile (the `kraftfile`
 * input's, else the project's). A name needs a toolchain that reads Kraftfiles.
 */
export async function buildTargets(
  options: Pick<BuildOptions, 'targets'>,
  adapter: ToolchainBuildAdapter,
  projectDir: string,
  kraftfile: string | undefined,
  logger: Logger
): Promise<{ targets: BuildTarget[]; kraftfile?: Kraftfile }> {
  const names = adapter.kraftfiles
  const path = names ? (kraftfile ?? (await projectKraftfile(projectDir, names))) : undefined
  const named = options.targets.find(isNamedTarget)
  if (named && !names) {
    throw inputError(
      'target',
      `\`${named.name}\` is not PLATFORM/ARCH (e.g. qemu/x86_64); a Kraftfile target's name needs a toolchain that reads Kraftfiles ` +
        `(${adapter.name} reads none)`
    )
  }
  const parsed = path ? await readKraftfile(path, logger) : undefined
  return { targets: resolveTargets('target', options.targets, parsed?.targets, path), ...(parsed ? { kraftfile: parsed } : {}) }
}

async function projectKraftfile(projectDir: string, names: readonly string[]): Promise<string | undefined> {
  const name = await firstFile(projectDir, names)
  return name === undefined ? undefined : join(projectDir, name)
}
