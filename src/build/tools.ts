import { accessSync, constants, statSync } from 'node:fs'
import { delimiter, isAbsolute, join } from 'node:path'

/** The absolute path of an executable named `name` on `pathVariable`, like `command -v`. */
export function findExecutable(name: string, pathVariable: string | undefined): string | undefined {
  if (isAbsolute(name)) return isExecutableFile(name) ? name : undefined
  for (const dir of (pathVariable ?? '').split(delimiter)) {
    if (!dir) continue
    const candidate = join(dir, name)
    if (isExecutableFile(candidate)) return candidate
  }
  return undefined
}

function isExecutableFile(path: string): boolean {
  try {
    accessSync(path, constants.X_OK)
    return statSync(path).isFile()
  } catch {
    return false
  }
}

/** Looks up each command on PATH: command → absolute path, for those found. */
export function findTools(commands: Iterable<string>, pathVariable: string | undefined): Map<string, string> {
  const found = new Map<string, string>()
  for (const command of commands) {
    const path = findExecutable(command, pathVariable)
    if (path) found.set(command, path)
  }
  return found
}
