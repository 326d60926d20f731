import { execFile } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { ConfigurationError, inputError } from '../runtime/errors.js'
import type { Logger } from '../runtime/logger.js'
import { parseEpoch } from './options.js'
import { applyTagRules, type Flavor, type RefContext, type TagResult, type TagRule } from './tag-rules.js'

/** A git command's trimmed stdout in `cwd`, or undefined (not a repository, no git, no commit). */
export function gitOutput(args: readonly string[], cwd: string): Promise<string | undefined> {
  return new Promise((resolve) => {
    execFile('git', [...args], { cwd, encoding: 'utf8', env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' } }, (error, stdout) => {
      const text = error ? '' : stdout.trim()
      resolve(text === '' ? undefined : text)
    })
  })
}

export interface SourceDateEpoch {
  epoch: number
  /** Where it came from, for the log. */
  from: string
}

/**
 * SOURCE_DATE_EPOCH: the input, else the environment variable, else the commit time of HEAD of the
 * project, else 0 with a warning. Never the current time: that would make every build different.
 */
export async function resolveSourceDateEpoch(input: number | undefined, env: NodeJS.ProcessEnv, projectDir: string, logger: Logger): Promise<SourceDateEpoch> {
  if (input !== undefined) return { epoch: input, from: 'the source-date-epoch input' }
  const fromEnv = env.SOURCE_DATE_EPOCH
  if (fromEnv !== undefined && fromEnv !== '') {
    const epoch = parseEpoch(fromEnv, (problem) => new ConfigurationError(`environment variable SOURCE_DATE_EPOCH: ${problem}`))
    return { epoch, from: 'the SOURCE_DATE_EPOCH environment variable' }
  }
  const commitTime = await gitOutput(['log', '-1', '--format=%ct'], projectDir)
  if (commitTime !== undefined && /^\d+$/.test(commitTime)) return { epoch: Number(commitTime), from: 'the commit time of HEAD' }
  logger.warning(
    'SOURCE_DATE_EPOCH: the project is not in a git repository with a commit and neither the source-date-epoch input ' +
      'nor the SOURCE_DATE_EPOCH variable is set; every timestamp in the image is 1970-01-01'
  )
  return { epoch: 0, from: 'the default (0)' }
}

/** A remote URL fit to publish: https without credentials; scp-style and ssh:// remotes become https; local paths are dropped. */
export function publicRepositoryUrl(remote: string): string | undefined {
  const scp = /^[\w.-]+@([\w.-]+):(?!\/)(.+?)(?:\.git)?\/?$/.exec(remote)
  if (scp) return `https://${scp[1]}/${scp[2]}`
  let url: URL
  try {
    url = new URL(remote)
  } catch {
    return undefined
  }
  if (!['https:', 'http:', 'ssh:', 'git:'].includes(url.protocol) || url.hostname === '') return undefined
  const path = url.pathname.replace(/\.git\/?$/, '').replace(/\/$/, '')
  return `https://${url.hostname}${path}`
}

export interface SourceAnnotations {
  source?: string
  revision?: string
}

/** `org.opencontainers.image.source`/`.revision`: the workflow's repository and commit, else the project's git remote and HEAD. */
export async function sourceAnnotations(env: NodeJS.ProcessEnv, onGitHub: boolean, projectDir: string): Promise<SourceAnnotations> {
  const facts: SourceAnnotations = {}
  if (onGitHub && env.GITHUB_REPOSITORY) facts.source = `${(env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/$/, '')}/${env.GITHUB_REPOSITORY}`
  else {
    const remote = await gitOutput(['remote', 'get-url', 'origin'], projectDir)
    const url = remote && publicRepositoryUrl(remote)
    if (url) facts.source = url
  }
  const revision = onGitHub && env.GITHUB_SHA ? env.GITHUB_SHA : await gitOutput(['rev-parse', 'HEAD'], projectDir)
  if (revision && /^[0-9a-f]{40,64}$/.test(revision)) facts.revision = revision
  return facts
}

export interface GitHubRef {
  ref?: string
  eventName?: string
  sha?: string
  /** From the event payload, for pull_request_target whose ref is the base branch. */
  prNumber?: number
}

/** docker/metadata-action's defaults, trimmed: a semver tag push → the version, a PR → pr-N, else sha-<7>. */
export function tagsForRef(ref: GitHubRef, semverValid: (v: string) => string | null): string[] | undefined {
  const tagName = ref.ref?.startsWith('refs/tags/') ? ref.ref.slice('refs/tags/'.length) : undefined
  if (tagName !== undefined) {
    const version = semverValid(tagName)
    if (version) return [version]
  }
  if (ref.eventName === 'pull_request' || ref.eventName === 'pull_request_target') {
    const number = ref.prNumber ?? Number(/^refs\/pull\/(\d+)\//.exec(ref.ref ?? '')?.[1])
    if (Number.isInteger(number) && number > 0) return [`pr-${number}`]
  }
  if (ref.sha && /^[0-9a-f]{7,}$/.test(ref.sha)) return [`sha-${ref.sha.slice(0, 7)}`]
  return undefined
}

async function pullRequestNumber(env: NodeJS.ProcessEnv): Promise<number | undefined> {
  if (!env.GITHUB_EVENT_PATH) return undefined
  try {
    const event = JSON.parse(await readFile(env.GITHUB_EVENT_PATH, 'utf8')) as { number?: unknown; pull_request?: { number?: unknown } }
    const number = event.pull_request?.number ?? event.number
    return typeof number === 'number' ? number : undefined
  } catch {
    return undefined
  }
}

/** The run the tag rules describe: the workflow's event and ref on GitHub, else the project's checked-out branch and HEAD. */
export async function refContext(env: NodeJS.ProcessEnv, onGitHub: boolean, projectDir: string): Promise<RefContext> {
  if (onGitHub && env.GITHUB_REF !== undefined) {
    let event: { repository?: { default_branch?: unknown }; pull_request?: { base?: { ref?: unknown } } } = {}
    try {
      if (env.GITHUB_EVENT_PATH) event = JSON.parse(await readFile(env.GITHUB_EVENT_PATH, 'utf8')) as typeof event
    } catch {
      // No payload: rules that need the default branch name it themselves (type=edge,branch=main).
    }
    const defaultBranch = event.repository?.default_branch
    const baseRef = event.pull_request?.base?.ref
    return {
      eventName: env.GITHUB_EVENT_NAME ?? '',
      ref: env.GITHUB_REF,
      sha: env.GITHUB_SHA ?? '',
      ...(typeof defaultBranch === 'string' ? { defaultBranch } : {}),
      ...(typeof baseRef === 'string' ? { baseRef } : {}),
      now: new Date()
    }
  }
  const ref = (await gitOutput(['symbolic-ref', '-q', 'HEAD'], projectDir)) ?? ''
  return { eventName: '', ref, sha: (await gitOutput(['rev-parse', 'HEAD'], projectDir)) ?? '', now: new Date() }
}

/** `tags` rules for this run; none applying is an error, since the layout needs a name for the image. */
export async function ruleTags(spec: { rules: TagRule[]; flavor: Flavor }, context: RefContext): Promise<TagResult> {
  const semver = await import('semver')
  const result = applyTagRules('tags', spec.rules, spec.flavor, context, { valid: semver.valid, parse: semver.parse })
  if (result.tags.length === 0) {
    throw inputError(
      'tags',
      `no rule gives a tag for this run (event \`${context.eventName || 'none'}\`, ref \`${context.ref || 'none'}\`): ` +
        'add one that always applies, e.g. type=sha or a plain name'
    )
  }
  return result
}

/** `tags: auto`: from the workflow's ref on GitHub, else `sha-<short>` of the project's HEAD, else `latest` with a warning. */
export async function autoTags(env: NodeJS.ProcessEnv, onGitHub: boolean, projectDir: string, logger: Logger): Promise<string[]> {
  if (onGitHub) {
    const { valid } = await import('semver')
    const workflowRef = { ref: env.GITHUB_REF, eventName: env.GITHUB_EVENT_NAME, sha: env.GITHUB_SHA, prNumber: await pullRequestNumber(env) }
    const tags = tagsForRef(workflowRef, (v) => valid(v))
    if (tags) return tags
  }
  const short = await gitOutput(['rev-parse', '--short=7', 'HEAD'], projectDir)
  if (short && /^[0-9a-f]{7,}$/.test(short)) return [`sha-${short}`]
  logger.warning('tags: auto found no git commit to name the image after; tagging it `latest` (give `tags` to choose)')
  return ['latest']
}

/** The tags a `tags` spec gives this run, and the main one (metadata-action's `version`). */
export async function resolveTags(
  spec: 'auto' | { rules: TagRule[]; flavor: Flavor },
  env: NodeJS.ProcessEnv,
  onGitHub: boolean,
  dir: string,
  logger: Logger
): Promise<{ tags: string[]; version: string }> {
  if (spec === 'auto') {
    const tags = await autoTags(env, onGitHub, dir, logger)
    return { tags, version: tags[0] }
  }
  const named = await ruleTags(spec, await refContext(env, onGitHub, dir))
  return { tags: named.tags, version: named.version }
}
