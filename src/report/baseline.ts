import { promises as fs } from 'node:fs'
import { dirname, isAbsolute, join, relative, sep } from 'node:path'
import type { TimelineEvent } from '../boot/engine.js'
import type { BootedArtifact } from '../boot/prepare.js'
import type { CacheBackend } from '../cache/types.js'
import { parseImageReference } from '../oci/reference.js'
import { errorMessage } from '../runtime/errors.js'
import type { Logger } from '../runtime/logger.js'
import type { VmmName } from '../vmm/drivers.js'
import type { Accel } from '../vmm/types.js'
import type { Arch } from '../platform.js'

/**
 * Boot baselines: what a push to the default branch measured, kept in the Actions cache so that pull
 * requests can compare against it. Cache keys are immutable, so every run writes its own key
 * (`…-<run_id>`) and readers take the newest entry under a prefix.
 *
 *   unikernel-boot-baseline-v1-<branch>-<target>-<accel>-<run_id>
 *
 * `<target>` names "the same thing booted": `<vmm>-<arch>-<12 hex of sha256(subject)>`, where the
 * subject is the image name the job's build gave it, else the image's repository (registry) or layout
 * directory (oci:), else the kernel's path — paths relative to the workspace or the runner's temp
 * directory, so they read the same on every runner. Tags and digests are left out on purpose: a pull
 * request builds `pr-N`, the default branch `sha-…`, and both are the same thing booted.
 */
export const BASELINE_KEY_PREFIX = 'unikernel-boot-baseline-v1'
const BASELINE_FORMAT = 1
/** Where an entry's file lives while it is saved or restored, relative to the workspace (the cache version hashes this string). */
const BASELINE_DIR = '.unikernel-boot-baseline'

export interface BootBaseline {
  format: typeof BASELINE_FORMAT
  branch: string
  target: string
  accel: Accel
  runId: string
  /** The commit measured (GITHUB_SHA), when known. */
  commit?: string
  /** The median of `samplesMs`. */
  bootTimeMs: number
  samplesMs: number[]
  kernelBytes: number
  imageBytes?: number
  /** One boot's timeline (the last of the samples). */
  timeline: TimelineEvent[]
}

/** What this run does about baselines, from the event that started the workflow. */
export type BaselinePlan =
  { mode: 'off'; why: string } | { mode: 'compare'; baseBranch: string } | { mode: 'record'; baseBranch: string; runId: string; commit?: string }

/**
 * A pull request compares with its base branch; a push to the repository's default branch records a
 * baseline (and compares with the previous one); anything else — other branches, tags, schedules, a
 * terminal — neither.
 */
export async function baselinePlan(env: NodeJS.ProcessEnv): Promise<BaselinePlan> {
  const event = env.GITHUB_EVENT_NAME
  if (!event) return { mode: 'off', why: 'not running in a workflow (no GITHUB_EVENT_NAME)' }
  if (event === 'pull_request' || event === 'pull_request_target') {
    if (!env.GITHUB_BASE_REF) return { mode: 'off', why: `${event} without GITHUB_BASE_REF` }
    return { mode: 'compare', baseBranch: env.GITHUB_BASE_REF }
  }
  if (event !== 'push') return { mode: 'off', why: `a ${event} event is neither a pull request nor a push` }
  const branch = env.GITHUB_REF?.startsWith('refs/heads/') ? env.GITHUB_REF.slice('refs/heads/'.length) : undefined
  if (!branch) return { mode: 'off', why: `a push of ${env.GITHUB_REF ?? 'an unknown ref'}, not of a branch` }
  const defaultBranch = await defaultBranchOf(env.GITHUB_EVENT_PATH)
  if (defaultBranch === undefined) return { mode: 'off', why: 'the event payload (GITHUB_EVENT_PATH) does not name the default branch' }
  if (branch !== defaultBranch) return { mode: 'off', why: `a push to ${branch}, not to the default branch ${defaultBranch}` }
  if (!env.GITHUB_RUN_ID) return { mode: 'off', why: 'GITHUB_RUN_ID is not set' }
  return { mode: 'record', baseBranch: branch, runId: env.GITHUB_RUN_ID, ...(env.GITHUB_SHA ? { commit: env.GITHUB_SHA } : {}) }
}

async function defaultBranchOf(eventPath: string | undefined): Promise<string | undefined> {
  if (!eventPath) return undefined
  try {
    const payload = JSON.parse(await fs.readFile(eventPath, 'utf8')) as { repository?: { default_branch?: unknown } }
    const branch = payload.repository?.default_branch
    return typeof branch === 'string' && branch !== '' ? branch : undefined
  } catch {
    return undefined
  }
}

/** The subject of a boot: what stays the same between a pull request's boot and its base branch's. */
export function baselineSubject(booted: BootedArtifact, env: NodeJS.ProcessEnv, cwd = process.cwd()): string {
  if (booted.buildName) return `name:${booted.buildName}`
  if (booted.image) {
    const reference = parseImageReference('image', booted.image.reference)
    if (reference.kind === 'registry') return `image:${reference.registry}/${reference.repository}`
    return `oci:${portablePath(booted.image.layoutDir, env, cwd)}`
  }
  return `kernel:${portablePath(booted.kernelPath, env, cwd)}`
}

/** A path as it reads on any runner: relative to the workspace or to the runner's temp directory when under one. */
function portablePath(path: string, env: NodeJS.ProcessEnv, cwd: string): string {
  for (const [name, root] of [
    ['GITHUB_WORKSPACE', env.GITHUB_WORKSPACE || cwd],
    ['RUNNER_TEMP', env.RUNNER_TEMP]
  ] as const) {
    if (!root) continue
    const inside = relative(root, path)
    if (inside !== '' && !inside.startsWith('..') && !isAbsolute(inside)) return `$${name}/${inside.split(sep).join('/')}`
  }
  return path
}

export function baselineTarget(vmm: VmmName, arch: Arch, subject: string): string {
  return `${vmm}-${arch}-${crypto().createHash('sha256').update(subject).digest('hex').slice(0, 12)}`
}

/** The prefix every baseline of (branch, target[, accel]) starts with. */
export function baselinePrefix(branch: string, target: string, accel?: Accel): string {
  return `${BASELINE_KEY_PREFIX}-${keySafe(branch)}-${target}-${accel ? `${accel}-` : ''}`
}

export function baselineKey(baseline: Pick<BootBaseline, 'branch' | 'target' | 'accel' | 'runId'>): string {
  return `${baselinePrefix(baseline.branch, baseline.target, baseline.accel)}${keySafe(baseline.runId)}`
}

/** Cache keys may not hold commas; anything unusual in a branch name becomes `_`. */
function keySafe(text: string): string {
  return text.replace(/[^A-Za-z0-9._/-]/g, '_')
}

export interface FoundBaseline {
  key: string
  baseline: BootBaseline
}

/**
 * Baselines in a cache backend. The file of an entry exists only while it is saved or restored, at a
 * fixed relative path under `dir` — the directory the backend resolves relative paths against, which
 * under the runner is the workspace. The same path string on every runner keeps the cache version
 * (a hash of the paths) the same.
 */
export class BaselineStore {
  constructor(
    private readonly backend: CacheBackend,
    private readonly dir: string,
    private readonly logger: Logger
  ) {}

  /** The newest baseline for (branch, target) measured under `accel`, else the newest under any accel. */
  async find(branch: string, target: string, accel: Accel): Promise<FoundBaseline | undefined> {
    const { relativePath, path } = this.file(target)
    await fs.rm(path, { force: true })
    const key = await this.backend.restore([relativePath], baselinePrefix(branch, target, accel), [baselinePrefix(branch, target)])
    if (key === undefined) return undefined
    let text: string
    try {
      text = await fs.readFile(path, 'utf8')
    } catch (error) {
      this.logger.warning(`Boot baseline ${key} was restored, but its file is missing: ${errorMessage(error)}`)
      return undefined
    } finally {
      await this.cleanUp(path)
    }
    const baseline = parseBaseline(text)
    if (baseline === undefined || baseline.target !== target) {
      this.logger.warning(`Boot baseline ${key} is not one this version understands; it is ignored`)
      return undefined
    }
    return { key, baseline }
  }

  /** Saves `baseline` under its own key; returns the key, or undefined when it was not saved (the cache said why). */
  async record(baseline: BootBaseline): Promise<string | undefined> {
    const key = baselineKey(baseline)
    const { relativePath, path } = this.file(baseline.target)
    await fs.mkdir(dirname(path), { recursive: true })
    await fs.writeFile(path, JSON.stringify(baseline, null, 2) + '\n')
    try {
      return (await this.backend.save([relativePath], key)) ? key : undefined
    } finally {
      await this.cleanUp(path)
    }
  }

  private file(target: string): { relativePath: string; path: string } {
    const relativePath = `${BASELINE_DIR}/${target}.json`
    return { relativePath, path: join(this.dir, BASELINE_DIR, `${target}.json`) }
  }

  private async cleanUp(path: string): Promise<void> {
    await fs.rm(path, { force: true })
    await fs.rmdir(dirname(path)).catch(() => undefined)
  }
}

const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value >= 0

/** A baseline read back from the cache, checked field by field (it crossed a process and a network). */
export function parseBaseline(text: string): BootBaseline | undefined {
  let json: Record<string, unknown>
  try {
    json = JSON.parse(text) as Record<string, unknown>
  } catch {
    return undefined
  }
  if (typeof json !== 'object' || json === null || json.format !== BASELINE_FORMAT) return undefined
  const strings = ['branch', 'target', 'accel', 'runId'] as const
  if (!strings.every((field) => typeof json[field] === 'string')) return undefined
  if (json.commit !== undefined && typeof json.commit !== 'string') return undefined
  if (!isCount(json.bootTimeMs) || !isCount(json.kernelBytes) || (json.imageBytes !== undefined && !isCount(json.imageBytes))) return undefined
  if (!Array.isArray(json.samplesMs) || !json.samplesMs.every(isCount)) return undefined
  const timeline = json.timeline
  if (!Array.isArray(timeline) || !timeline.every((e: { atMs?: unknown; event?: unknown }) => isCount(e?.atMs) && typeof e?.event === 'string'))
    return undefined
  return json as unknown as BootBaseline
}

/** node:crypto costs start-up time on every boot; it is loaded only when a report keys a baseline. */
function crypto(): typeof import('node:crypto') {
  return process.getBuiltinModule('node:crypto')
}
