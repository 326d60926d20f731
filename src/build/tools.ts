import { findExecutable } from '../runtime/files.js'

/** Looks up each command on PATH: command → absolute path, for those found. */
export function findTools(commands: Iterable<string>, pathVariable: string | undefined): Map<string, string> {
  const found = new Map<string, string>()
  for (const command of commands) {
    const path = findExecutable(command, pathVariable)
    if (path) found.set(command, path)
  }
  return found
}

export { findExecutable }
