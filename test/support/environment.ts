/**
 * Changes to this process's environment that tests make (variables that `@actions/core`,
 * `@actions/cache` or a lookup on PATH read from `process.env`), always undone: a restore puts back the
 * whole environment as it was when the change was made, whatever else was set, changed or deleted
 * since, by the test or by a library it ran.
 */

/** Takes a copy of process.env now; the function it returns makes process.env equal to it again. */
export function snapshotEnvironment(): () => void {
  const saved = { ...process.env }
  return () => {
    for (const name of Object.keys(process.env)) if (!(name in saved)) delete process.env[name]
    for (const [name, value] of Object.entries(saved)) if (process.env[name] !== value) process.env[name] = value
  }
}

/** Sets each variable (deletes it for undefined); returns the restore of the environment as it was before. */
export function changeEnvironment(changes: Record<string, string | undefined>): () => void {
  const restore = snapshotEnvironment()
  for (const [name, value] of Object.entries(changes)) {
    if (value === undefined) delete process.env[name]
    else process.env[name] = value
  }
  return restore
}

/** Runs `work` with the changes in place, and restores the environment however it ends. */
export async function withEnvironment<T>(changes: Record<string, string | undefined>, work: () => T | Promise<T>): Promise<T> {
  const restore = changeEnvironment(changes)
  try {
    return await work()
  } finally {
    restore()
  }
}
