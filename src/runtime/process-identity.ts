/**
 * What proves that a pid is still the process we started: its start time (field 22 of
 * /proc/<pid>/stat, clock ticks since boot — a reused pid has another) and its command line. Recorded
 * when a VM is left running, compared before `stop` signals it.
 */
import { readFileSync } from 'node:fs'

export interface ProcessIdentity {
  /** /proc/<pid>/stat field 22 (starttime), as written there. */
  startTime: string
  /** /proc/<pid>/cmdline, split at its NULs. */
  cmdline: string[]
}

/** The identity of a live process, or undefined when there is no such process (or no /proc). */
export function processIdentity(pid: number): ProcessIdentity | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    // `pid (comm) state …`: comm may hold spaces and parentheses, so fields are counted after the last `)`.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    const startTime = fields[22 - 3]
    const raw = readFileSync(`/proc/${pid}/cmdline`, 'utf8')
    if (!startTime || !/^\d+$/.test(startTime)) return undefined
    return { startTime, cmdline: raw.split('\0').slice(0, raw.endsWith('\0') ? -1 : undefined) }
  } catch {
    return undefined
  }
}

/** Why `pid` is not the process `recorded` describes; undefined when it is. */
export function notTheSameProcess(pid: number, recorded: Partial<ProcessIdentity>): string | undefined {
  if (recorded.startTime === undefined || recorded.cmdline === undefined) return 'the state does not record its start time and command line'
  const now = processIdentity(pid)
  if (!now) return 'no such process any more'
  if (now.startTime !== recorded.startTime) return `pid ${pid} is another process now (started at tick ${now.startTime}, not ${recorded.startTime})`
  if (now.cmdline.join('\0') !== recorded.cmdline.join('\0')) return `pid ${pid} runs \`${now.cmdline.join(' ')}\`, not the recorded command`
  return undefined
}
