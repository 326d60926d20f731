import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { relative, sep } from 'node:path'
import { byCodeUnits, matchCachePaths, resolveCachePatterns } from './patterns.js'

/**
 * A stable SHA-256 (hex) over the files the patterns match below `cwd` (directories count with all
 * their files): each file's path relative to `cwd` and the SHA-256 of its content, in sorted path order.
 * The order of patterns, the order the file system lists entries in and file times do not change it;
 * a renamed file or a changed byte does. No matching file gives the hash of nothing, so a key built
 * from it still has a fixed shape.
 */
export async function hashFiles(patterns: string[], cwd: string): Promise<string> {
  const files = await matchCachePaths(await resolveCachePatterns(patterns, cwd), { implicitDescendants: true, matchDirectories: false })
  const named = files.map((file) => ({ file, name: relative(cwd, file).split(sep).join('/') })).sort((a, b) => byCodeUnits(a.name, b.name))
  const total = createHash('sha256')
  for (const { file, name } of named) total.update(`${name}\0${await sha256File(file)}\n`)
  return total.digest('hex')
}

function sha256File(path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256')
    createReadStream(path)
      .on('data', (chunk) => hash.update(chunk))
      .on('end', () => resolve(hash.digest('hex')))
      .on('error', reject)
  })
}
