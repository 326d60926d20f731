/**
 * `tags` written the way docker/metadata-action users write them, so its rules can be pasted: one rule per
 * line — `type=semver,pattern={{version}}`, `type=ref,event=branch`, `type=sha,format=long`,
 * `type=raw,value=stable`, `type=edge`, `type=schedule`, with `enable=`, `priority=`, `prefix=`,
 * `suffix=` — or a plain tag name; and `flavor` (`latest=auto|true|false`, `prefix=`, `suffix=`,
 * `onlatest=`). Follows docker/metadata-action@v6.2.0 src/meta.ts, src/tag.ts and src/flavor.ts: rules
 * sorted by priority (highest first), the first value the main tag and `version`; `latest=auto` adds
 * `latest` when that first value came from a semver rule on a release (not a pre-release) or from
 * `type=ref,event=tag`; a pre-release gets only its full version from any semver pattern but `{{raw}}`;
 * values sanitised to [a-zA-Z0-9._-]. Not supported (an error naming `tags`): `type=pep440`, `type=match`,
 * `{{commit_date}}`, time zones other than UTC. Tags are names only: none of this reaches the image.
 */
import { inputError } from '../runtime/errors.js'

export type RuleType = 'schedule' | 'semver' | 'edge' | 'ref' | 'raw' | 'sha'
const PRIORITY: Record<RuleType, number> = { schedule: 1000, semver: 900, edge: 700, ref: 600, raw: 200, sha: 100 }
const UNSUPPORTED = ['pep440', 'match']

export interface TagRule {
  type: RuleType
  attrs: Record<string, string>
  priority: number
  /** The line as written, for errors and the log. */
  line: string
}

export interface Flavor {
  latest: 'auto' | 'true' | 'false'
  prefix: string
  prefixLatest: boolean
  suffix: string
  suffixLatest: boolean
}

/** What a workflow run is: the `github` context fields the rules read. */
export interface RefContext {
  eventName: string
  ref: string
  sha: string
  /** The repository's default branch (event payload `repository.default_branch`). */
  defaultBranch?: string
  /** The pull request's base branch, for `{{base_ref}}`. */
  baseRef?: string
  now: Date
}

export interface TagResult {
  /** The main tag (the first) and the others, `latest` last when it applies. */
  tags: string[]
  /** metadata-action's `version`: the main tag, empty when no rule produced one. */
  version: string
}

/** One field split at the first `=`; a field without one is a value (`type=raw,foo`). */
function fields(line: string): string[] {
  const out: string[] = []
  let current = ''
  let quoted = false
  for (let i = 0; i < line.length; i++) {
    const c = line[i]
    if (c === '"') {
      if (quoted && line[i + 1] === '"') {
        current += '"'
        i++
      } else quoted = !quoted
    } else if (c === ',' && !quoted) {
      out.push(current.trim())
      current = ''
    } else current += c
  }
  if (quoted) throw new Error('an unclosed quote')
  out.push(current.trim())
  return out.filter((f) => f !== '')
}

/** Whether a line is a rule (has `type=` or `key=value` fields) rather than a plain tag name. */
export function isRule(line: string): boolean {
  return /^[a-z_]+=/i.test(line.trim())
}

export function parseRule(input: string, line: string): TagRule {
  const attrs: Record<string, string> = {}
  let type: string | undefined
  let parts: string[]
  try {
    parts = fields(line)
  } catch (error) {
    throw inputError(input, `\`${line}\`: ${(error as Error).message}`)
  }
  for (const field of parts) {
    const eq = field.indexOf('=')
    if (eq < 0) {
      attrs.value = field
      continue
    }
    const key = field.slice(0, eq).trim().toLowerCase()
    const value = field.slice(eq + 1).trim()
    if (key === 'type') type = value
    else attrs[key] = value
  }
  type ??= 'raw'
  if (UNSUPPORTED.includes(type)) throw inputError(input, `\`${line}\`: type=${type} is not supported here (semver, ref, sha, raw, edge and schedule are)`)
  if (!(type in PRIORITY)) throw inputError(input, `\`${line}\`: unknown type \`${type}\` (semver, ref, sha, raw, edge or schedule)`)
  const rule: TagRule = { type: type as RuleType, attrs, priority: PRIORITY[type as RuleType], line }
  const need = (key: string): void => {
    if (!(key in attrs)) throw inputError(input, `\`${line}\`: type=${type} needs ${key}=`)
  }
  switch (rule.type) {
    case 'schedule':
      attrs.pattern ??= 'nightly'
      break
    case 'semver':
      need('pattern')
      attrs.value ??= ''
      attrs.match ??= ''
      break
    case 'edge':
      attrs.branch ??= ''
      break
    case 'ref':
      need('event')
      if (!['branch', 'tag', 'pr'].includes(attrs.event)) throw inputError(input, `\`${line}\`: event must be branch, tag or pr`)
      if (attrs.event === 'pr' && !('prefix' in attrs)) attrs.prefix = 'pr-'
      break
    case 'raw':
      need('value')
      break
    case 'sha':
      if (!('prefix' in attrs)) attrs.prefix = 'sha-'
      attrs.format ??= 'short'
      if (!['short', 'long'].includes(attrs.format)) throw inputError(input, `\`${line}\`: format must be short or long`)
      break
  }
  attrs.enable ??= 'true'
  if ('priority' in attrs) {
    if (!/^-?\d+$/.test(attrs.priority)) throw inputError(input, `\`${line}\`: priority must be a whole number`)
    rule.priority = Number(attrs.priority)
  }
  return rule
}

export function parseFlavor(input: string, lines: readonly string[]): Flavor {
  const flavor: Flavor = { latest: 'auto', prefix: '', prefixLatest: false, suffix: '', suffixLatest: false }
  for (const line of lines) {
    let onlatestFor: 'prefix' | 'suffix' | undefined
    for (const field of fields(line)) {
      const eq = field.indexOf('=')
      if (eq < 0) throw inputError(input, `\`${field}\` is not key=value (latest=auto, prefix=…, suffix=…, onlatest=…)`)
      const key = field.slice(0, eq).trim().toLowerCase()
      const value = field.slice(eq + 1).trim()
      if (key === 'latest') {
        if (!['auto', 'true', 'false'].includes(value)) throw inputError(input, `latest=${value}: expected auto, true or false`)
        flavor.latest = value as Flavor['latest']
      } else if (key === 'prefix' || key === 'suffix') {
        flavor[key] = value
        onlatestFor = key
      } else if (key === 'onlatest') {
        if (!['true', 'false'].includes(value)) throw inputError(input, `onlatest=${value}: expected true or false`)
        if (onlatestFor === 'prefix') flavor.prefixLatest = value === 'true'
        if (onlatestFor === 'suffix') flavor.suffixLatest = value === 'true'
      } else throw inputError(input, `unknown entry \`${key}\` (latest, prefix, suffix, onlatest)`)
    }
  }
  return flavor
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0')
}

/** moment's tokens that tag patterns use, in UTC. */
function formatDate(date: Date, format: string): string {
  const tokens: Record<string, string> = {
    YYYY: String(date.getUTCFullYear()),
    YY: pad(date.getUTCFullYear() % 100),
    MM: pad(date.getUTCMonth() + 1),
    DD: pad(date.getUTCDate()),
    HH: pad(date.getUTCHours()),
    mm: pad(date.getUTCMinutes()),
    ss: pad(date.getUTCSeconds())
  }
  return format.replace(/YYYY|YY|MM|DD|HH|mm|ss/g, (token) => tokens[token])
}

const branchOf = (ref: string): string | undefined => (ref.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : undefined)
const tagOf = (ref: string): string | undefined => (ref.startsWith('refs/tags/') ? ref.slice('refs/tags/'.length) : undefined)

/** `{{name}}` and `{{date 'FORMAT'}}` against the context (and a semver's fields inside a semver pattern). */
function render(input: string, template: string, context: RefContext, values: Record<string, string> = {}): string {
  return template.replace(/\{\{\s*([a-z_]+)((?:\s+[^}]+)?)\s*\}\}/g, (whole, name: string, args: string) => {
    if (name in values) return values[name]
    const rest = args.trim()
    switch (name) {
      case 'branch':
        return branchOf(context.ref) ?? ''
      case 'tag':
        return tagOf(context.ref) ?? ''
      case 'sha':
        return context.sha.slice(0, 7)
      case 'base_ref':
        return context.baseRef ?? ''
      case 'is_default_branch':
        return String(isDefaultBranch(context))
      case 'is_not_default_branch':
        return String(!isDefaultBranch(context))
      case 'date': {
        const format = /^'([^']*)'(?:\s+tz='(?:UTC|Etc\/UTC)')?$/.exec(rest)
        if (!format) throw inputError(input, `\`${whole}\`: give the format in single quotes (time zone UTC only)`)
        return formatDate(context.now, format[1])
      }
      default:
        throw inputError(input, `\`${whole}\` is not a known expression (branch, tag, sha, base_ref, is_default_branch, date 'FORMAT')`)
    }
  })
}

function isDefaultBranch(context: RefContext): boolean {
  const branch = branchOf(context.ref)
  if (!branch) return false
  if (context.defaultBranch === branch) return true
  // These events always run on the default branch's last commit.
  return /create|discussion|issues|schedule/.test(context.eventName)
}

function sanitize(tag: string): string {
  return tag.replace(/[^a-zA-Z0-9._-]+/g, '-')
}

interface Produced {
  value: string
  /** What `latest=auto` makes of this rule's value. */
  latest: boolean
}

/** `valid`/`parse` of the `semver` package, injected so this module stays free of an eager import. */
export interface Semver {
  valid(version: string): string | null
  parse(
    version: string,
    options: { loose: boolean }
  ): { version: string; raw: string; major: number; minor: number; patch: number; prerelease: readonly (string | number)[] } | null
}

function produce(input: string, rule: TagRule, context: RefContext, semver: Semver): Produced | undefined {
  const { attrs } = rule
  switch (rule.type) {
    case 'schedule':
      return /schedule/.test(context.eventName) ? { value: render(input, attrs.pattern, context), latest: false } : undefined
    case 'semver': {
      let raw = attrs.value ? render(input, attrs.value, context) : tagOf(context.ref)
      if (raw === undefined) return undefined
      if (attrs.match) {
        const found = new RegExp(attrs.match).exec(raw)
        if (found?.[1] !== undefined) raw = found[1]
      }
      raw = raw.replace(/\//g, '-')
      if (!semver.valid(raw)) return undefined
      const parsed = semver.parse(raw, { loose: true })!
      const fields = { raw: parsed.raw, version: parsed.version, major: String(parsed.major), minor: String(parsed.minor), patch: String(parsed.patch) }
      const prerelease = parsed.prerelease.length > 0
      // A pre-release is named by its full version only (or {{raw}}), and is never latest.
      const pattern = prerelease && attrs.pattern.replace(/\s/g, '') !== '{{raw}}' ? '{{version}}' : attrs.pattern
      return { value: render(input, pattern, context, fields), latest: !prerelease }
    }
    case 'edge': {
      const branch = branchOf(context.ref)
      if (branch === undefined || branch !== (attrs.branch || context.defaultBranch)) return undefined
      return { value: 'edge', latest: false }
    }
    case 'ref': {
      if (attrs.event === 'branch') {
        const branch = branchOf(context.ref)
        return branch === undefined ? undefined : { value: branch, latest: false }
      }
      if (attrs.event === 'tag') {
        const tag = tagOf(context.ref)
        return tag === undefined ? undefined : { value: tag, latest: true }
      }
      const pr = /^refs\/pull\/(.+?)(?:\/merge)?$/.exec(context.ref)
      return pr ? { value: pr[1], latest: false } : undefined
    }
    case 'raw':
      return { value: render(input, attrs.value, context), latest: false }
    case 'sha':
      if (!context.sha) return undefined
      return { value: attrs.format === 'short' ? context.sha.slice(0, 7) : context.sha, latest: false }
  }
}

/** The tags the rules give for this run, main tag first, `latest` last (metadata-action's order). */
export function applyTagRules(input: string, rules: readonly TagRule[], flavor: Flavor, context: RefContext, semver: Semver): TagResult {
  const sorted = [...rules].sort((a, b) => b.priority - a.priority)
  const values: string[] = []
  let latest: boolean | undefined
  for (const rule of sorted) {
    const enabled = render(input, rule.attrs.enable, context)
    if (enabled !== 'true' && enabled !== 'false') throw inputError(input, `\`${rule.line}\`: enable must be true or false (got \`${enabled}\`)`)
    if (enabled === 'false') continue
    const produced = produce(input, rule, context, semver)
    if (!produced || produced.value === '') continue
    const prefix = 'prefix' in rule.attrs ? render(input, rule.attrs.prefix, context) : render(input, flavor.prefix, context)
    const suffix = 'suffix' in rule.attrs ? render(input, rule.attrs.suffix, context) : render(input, flavor.suffix, context)
    const value = sanitize(`${prefix}${produced.value}${suffix}`)
    if (!values.includes(value)) values.push(value)
    latest ??= flavor.latest === 'auto' ? produced.latest : flavor.latest === 'true'
  }
  if (values.length === 0) return { tags: [], version: '' }
  const tags = [...values]
  if (latest) {
    const name = sanitize(`${flavor.prefixLatest ? flavor.prefix : ''}latest${flavor.suffixLatest ? flavor.suffix : ''}`)
    if (!tags.includes(name)) tags.push(name)
  }
  return { tags, version: values[0] }
}
