import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { ConfigurationError } from './errors.js'

/** Bumped whenever a record's shape changes incompatibly; a file from another version is refused. */
export const JOB_STATE_VERSION = 1

/** What `build` produced; `boot`, `publish` and `sign` default to it. */
export interface BuildRecord {
  kernel?: string
  initrd?: string
  image?: string
  digest?: string
  name?: string
  toolchain?: string
  cmdline?: string
  memory?: string
  /** Every tag the image got; `image` names the first. */
  tags?: string[]
  /** Per target: the kernel (and initrd) as built, its manifest in the image index, and its SPDX SBOM. */
  targets?: { target: string; kernel: string; initrd?: string; manifestDigest: string; sbom?: string }[]
}

export interface BootRecord {
  result: string
  kernel: string
  consoleLog: string
}

export interface PublishRecord {
  digest: string
  refs: { ref: string; digest: string }[]
}

/** What `sign` signed: every signature's reference, and the blob signature files it wrote. */
export interface SignRecord {
  mode: 'key' | 'keyless'
  signatures: { image: string; digest: string; kind: string; format: string; ref: string }[]
  bundles: string[]
}

/** A VM left running by `keep-running` outside the runner (no post step there): `stop` ends it. */
export interface RunningVm {
  pid: number
  kernel: string
  consoleLog: string
  /** /proc/<pid>/stat field 22 when it was left running: `stop` signals only the process that still has it. */
  startTime?: string
  /** Its command line then, checked along with the start time. */
  cmdline?: string[]
  /** Tap devices the boot created for it, removed when it is stopped. */
  taps?: string[]
  tapPrivilege?: 'root' | 'sudo'
}

export interface JobStateFile {
  version: number
  build?: BuildRecord
  boot?: BootRecord
  publish?: PublishRecord
  sign?: SignRecord
  vms?: RunningVm[]
}

/** The job's state file: `<workRoot>/state.json`, one record per kind, the last one wins. */
export class JobState {
  readonly path: string

  constructor(readonly dir: string) {
    this.path = join(dir, 'state.json')
  }

  read(): JobStateFile {
    let text: string
    try {
      text = readFileSync(this.path, 'utf8')
    } catch {
      return { version: JOB_STATE_VERSION }
    }
    const parsed = JSON.parse(text) as JobStateFile
    if (parsed.version !== JOB_STATE_VERSION) {
      throw new ConfigurationError(
        `${this.path} was written by a different version of unikernel-actions (state version ${parsed.version}, this is ${JOB_STATE_VERSION}); ` +
          'use the same version of every action in a job'
      )
    }
    return parsed
  }

  record<K extends 'build' | 'boot' | 'publish' | 'sign' | 'vms'>(kind: K, value: NonNullable<JobStateFile[K]>): void {
    const next = { ...this.read(), [kind]: value, version: JOB_STATE_VERSION }
    mkdirSync(this.dir, { recursive: true })
    // Write-then-rename: a reader never sees half a file.
    const temp = `${this.path}.${process.pid}.tmp`
    writeFileSync(temp, JSON.stringify(next, null, 2))
    renameSync(temp, this.path)
  }
}
