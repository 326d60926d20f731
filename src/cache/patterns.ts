import { homedir } from 'node:os'
import { isAbsolute } from 'node:path'

/**
 * Cache paths are `@actions/glob` patterns, as `@actions/cache` takes them: absolute, `~`-relative or
 * relative to a working directory, optionally negated with `!`. `@actions/glob` resolves relative
 * patterns against `process.cwd()`; making them absolute here lets callers name their own directory.
 */
export interface CachePattern {
  /** The pattern as given (it is what the cache version hashes). */
  pattern: string
  /** Absolute, with `cwd` or the home directory glob-escaped in front. */
  absolute: string
  negated: boolean
  /** The literal directory or file before the first glob segment (undefined for a negation). */
  searchRoot?: string
}

export async function resolveCachePatterns(patterns: string[], cwd: string, home = homedir()): Promise<CachePattern[]> {
  const glob = await import('@actions/glob')
  const resolved: CachePattern[] = []
  for (const pattern of patterns) {
    const { absolute, negated } = absolutePattern(pattern, cwd, home)
    const searchRoot = negated ? undefined : (await glob.create(absolute, { implicitDescendants: false })).getSearchPaths()[0]
    resolved.push({ pattern, absolute, negated, searchRoot })
  }
  return resolved
}

function absolutePattern(pattern: string, cwd: string, home: string): { absolute: string; negated: boolean } {
  let rest = pattern.trim()
  let negations = 0
  while (rest.startsWith('!')) {
    negations++
    rest = rest.slice(1).trim()
  }
  if (rest === '') throw new Error(`cache path ${JSON.stringify(pattern)} is empty`)
  const relative = rest === '.' ? '' : rest.startsWith('./') ? rest.slice(2) : rest
  const absolute = isAbsolute(rest)
    ? rest
    : rest === '~' || rest.startsWith('~/')
      ? globEscape(home) + rest.slice(1)
      : globEscape(cwd) + (relative ? `/${relative}` : '')
  // @actions/glob flips the sense once per `!`.
  return { absolute: '!'.repeat(negations) + absolute, negated: negations % 2 === 1 }
}

/** Absolute paths matched by the patterns: files and directories, sorted, each at most once. */
export async function matchCachePaths(patterns: CachePattern[], options: { implicitDescendants: boolean; matchDirectories: boolean }): Promise<string[]> {
  const glob = await import('@actions/glob')
  const globber = await glob.create(patterns.map((p) => p.absolute).join('\n'), { ...options, followSymbolicLinks: true })
  return [...new Set(await globber.glob())].sort(byCodeUnits)
}

/** Plain code-unit order: the same everywhere, whatever the locale. */
export function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** Escapes a literal path for use inside a glob pattern (the rules of `@actions/glob` on POSIX). */
function globEscape(path: string): string {
  return path
    .replace(/\\/g, '\\\\')
    .replace(/(\[)(?=[^/]+\])/g, '[[]')
    .replace(/\?/g, '[?]')
    .replace(/\*/g, '[*]')
}
