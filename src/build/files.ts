import { promises as fs } from 'node:fs'
import { isAbsolute, join, relative, resolve } from 'node:path'
import { ConfigurationError } from '../runtime/errors.js'

const GLOB_CHARS = /[*?[\]{}]/

export function isGlob(pattern: string): boolean {
  return GLOB_CHARS.test(pattern)
}

export async function isFile(path: string): Promise<boolean> {
  return fs.stat(path).then(
    (info) => info.isFile(),
    () => false
  )
}

export async function readTextIfPresent(path: string): Promise<string | undefined> {
  return fs.readFile(path, 'utf8').catch(() => undefined)
}

/** The first of `names` that is a file in `dir`, or undefined. */
export async function firstFile(dir: string, names: readonly string[]): Promise<string | undefined> {
  for (const name of names) if (await isFile(join(dir, name))) return name
  return undefined
}

/** Regular files matching a glob (relative to `cwd`, or absolute), sorted, as absolute paths. */
export async function globFiles(pattern: string, cwd: string): Promise<string[]> {
  const base = isAbsolute(pattern) ? '/' : cwd
  const relativePattern = isAbsolute(pattern) ? relative('/', pattern) : pattern
  const found: string[] = []
  for await (const entry of fs.glob(relativePattern, { cwd: base })) {
    const path = resolve(base, entry)
    if (await isFile(path)) found.push(path)
  }
  return found.sort()
}

/**
 * The one file a path or glob names. `fail` turns a problem into the error to throw, so each caller
 * names its own input or toolchain; a glob matching nothing or several files is such a problem.
 */
export async function findOneFile(pattern: string, cwd: string, fail: (problem: string) => ConfigurationError): Promise<string> {
  if (!isGlob(pattern)) {
    const path = resolve(cwd, pattern)
    if (!(await isFile(path))) throw fail(`\`${pattern}\` does not exist or is not a file (looked at ${path})`)
    return path
  }
  const matches = await globFiles(pattern, cwd)
  if (matches.length === 0) throw fail(`\`${pattern}\` matches no file in ${cwd}`)
  if (matches.length > 1) {
    const shown = matches
      .slice(0, 5)
      .map((m) => relative(cwd, m))
      .join(', ')
    throw fail(`\`${pattern}\` matches ${matches.length} files (${shown}${matches.length > 5 ? ', …' : ''}); it must name exactly one`)
  }
  return matches[0]
}

/** For adapters: a ConfigurationError that names the toolchain. */
export function toolchainError(toolchain: string, problem: string): ConfigurationError {
  return new ConfigurationError(`toolchain ${toolchain}: ${problem}`)
}
