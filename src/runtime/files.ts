import { accessSync, constants, promises as fs, statSync } from 'node:fs'
import { delimiter, isAbsolute, join } from 'node:path'

/** The absolute path of the executable file `name` on `pathVariable`, like `command -v`, without spawning. */
export function findExecutable(name: string, pathVariable: string | undefined): string | undefined {
  if (isAbsolute(name)) return isExecutableFile(name) ? name : undefined
  for (const dir of (pathVariable ?? '').split(delimiter)) {
    if (!dir) continue
    const candidate = join(dir, name)
    if (isExecutableFile(candidate)) return candidate
  }
  return undefined
}

export function isExecutableFile(path: string): boolean {
  try {
    accessSync(path, constants.X_OK)
    return statSync(path).isFile()
  } catch {
    return false
  }
}

let tempCounter = 0

/** Write-then-rename: a reader sees the old content or the new, never half of it. */
export async function writeFileAtomically(path: string, content: string | Uint8Array): Promise<void> {
  const temp = `${path}.${process.pid}.${(tempCounter++).toString(36)}.tmp`
  try {
    await fs.writeFile(temp, content)
    await fs.rename(temp, path)
  } catch (error) {
    await fs.rm(temp, { force: true })
    throw error
  }
}
