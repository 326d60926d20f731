import { describe, expect, test } from '@jest/globals'
import semver from 'semver'
import { parseTags } from '../../src/build/options.js'
import { applyTagRules, parseFlavor, type RefContext } from '../../src/build/tag-rules.js'
import { ConfigurationError } from '../../src/runtime/errors.js'

// Expected results are docker/metadata-action's own documented ones (README of v6.2.0: "Basic" and
// "Semver" usage tables, the type=semver pattern table, type=sha/edge/schedule and flavor sections).
const SHA = '860c1904a1ce19322e91ac35af1ab07466440c37'
const SEMVER = { valid: semver.valid, parse: semver.parse }
const NOW = new Date(Date.UTC(2020, 0, 10, 0, 30, 0))

function run(lines: string[], context: Partial<RefContext>, flavor: string[] = []): string[] {
  const spec = parseTags('tags', lines, parseFlavor('flavor', flavor))
  if (spec === 'auto') throw new Error('auto')
  const ctx: RefContext = { eventName: 'push', ref: 'refs/heads/master', sha: SHA, defaultBranch: 'master', now: NOW, ...context }
  return applyTagRules('tags', spec.rules, spec.flavor, ctx, SEMVER).tags
}

const EVENTS: [string, Partial<RefContext>][] = [
  ['pull_request refs/pull/2/merge', { eventName: 'pull_request', ref: 'refs/pull/2/merge' }],
  ['push refs/heads/master', { eventName: 'push', ref: 'refs/heads/master' }],
  ['push refs/heads/releases/v1', { eventName: 'push', ref: 'refs/heads/releases/v1' }],
  ['push tag refs/tags/v1.2.3', { eventName: 'push', ref: 'refs/tags/v1.2.3' }],
  ['push tag refs/tags/v2.0.8-beta.67', { eventName: 'push', ref: 'refs/tags/v2.0.8-beta.67' }],
  ['workflow_dispatch refs/heads/master', { eventName: 'workflow_dispatch', ref: 'refs/heads/master' }]
]

describe("metadata-action's documented results", () => {
  const basic = ['type=schedule', 'type=ref,event=branch', 'type=ref,event=tag', 'type=ref,event=pr']
  const expected: Record<string, string[]> = {
    'pull_request refs/pull/2/merge': ['pr-2'],
    'push refs/heads/master': ['master'],
    'push refs/heads/releases/v1': ['releases-v1'],
    'push tag refs/tags/v1.2.3': ['v1.2.3', 'latest'],
    'push tag refs/tags/v2.0.8-beta.67': ['v2.0.8-beta.67', 'latest'],
    'workflow_dispatch refs/heads/master': ['master']
  }
  test.each(EVENTS)('basic: %s', (name, context) => expect(run(basic, context)).toEqual(expected[name]))

  const semverRules = ['type=ref,event=branch', 'type=ref,event=pr', 'type=semver,pattern={{version}}', 'type=semver,pattern={{major}}.{{minor}}']
  const semverExpected: Record<string, string[]> = {
    ...expected,
    'push tag refs/tags/v1.2.3': ['1.2.3', '1.2', 'latest'],
    'push tag refs/tags/v2.0.8-beta.67': ['2.0.8-beta.67']
  }
  test.each(EVENTS)('semver: %s', (name, context) => expect(run(semverRules, context)).toEqual(semverExpected[name]))

  test.each([
    ['v1.2.3', '{{raw}}', 'v1.2.3'],
    ['v1.2.3', '{{version}}', '1.2.3'],
    ['v1.2.3', '{{major}}.{{minor}}', '1.2'],
    ['v1.2.3', 'v{{major}}', 'v1'],
    ['v1.2.3', '{{minor}}', '2'],
    ['v1.2.3', '{{patch}}', '3'],
    ['v2.0.8-beta.67', '{{raw}}', 'v2.0.8-beta.67'],
    ['v2.0.8-beta.67', '{{version}}', '2.0.8-beta.67'],
    ['v2.0.8-beta.67', '{{major}}', '2.0.8-beta.67'],
    ['v2.0.8-beta.67', '{{major}}.{{minor}}', '2.0.8-beta.67']
  ])('type=semver: tag %s, pattern %s → %s', (tag, pattern, tagged) => {
    expect(run([`type=semver,pattern=${pattern}`], { ref: `refs/tags/${tag}` }, ['latest=false'])).toEqual([tagged])
  })

  test('type=semver with match= takes the group', () => {
    expect(run(['type=semver,pattern={{version}},match=v(\\d.\\d.\\d)$'], { ref: 'refs/tags/p1/v1.2.3' }, ['latest=false'])).toEqual(['1.2.3'])
  })

  test('type=sha: sha-<7> by default, format=long, prefix=', () => {
    expect(run(['type=sha'], {})).toEqual(['sha-860c190'])
    expect(run(['type=sha,format=long'], {})).toEqual([`sha-${SHA}`])
    expect(run(['type=sha,prefix=,suffix=-dev'], {})).toEqual(['860c190-dev'])
  })

  test('type=edge: only on the default branch, or the one named', () => {
    expect(run(['type=edge', 'type=sha'], {})).toEqual(['edge', 'sha-860c190'])
    expect(run(['type=edge', 'type=sha'], { ref: 'refs/heads/dev' })).toEqual(['sha-860c190'])
    expect(run(['type=edge,branch=dev'], { ref: 'refs/heads/dev' })).toEqual(['edge'])
  })

  test("type=schedule: nightly, or a {{date 'FORMAT'}} pattern, on schedule only", () => {
    expect(run(['type=schedule', 'type=sha'], { eventName: 'schedule' })).toEqual(['nightly', 'sha-860c190'])
    expect(run(["type=schedule,pattern={{date 'YYYYMMDD'}}"], { eventName: 'schedule' })).toEqual(['20200110'])
    expect(run(['type=schedule', 'type=sha'], { eventName: 'push' })).toEqual(['sha-860c190'])
  })

  test('priority orders the tags; the first is the version; enable= turns a rule off', () => {
    expect(run(['type=sha', 'type=raw,value=stable,priority=2000'], {})).toEqual(['stable', 'sha-860c190'])
    expect(run(['type=raw,value=stable,enable=false', 'type=sha'], {})).toEqual(['sha-860c190'])
    expect(run(['type=raw,value=main-only,enable={{is_default_branch}}'], {})).toEqual(['main-only'])
    expect(run(['type=raw,value=main-only,enable={{is_default_branch}}', 'type=sha'], { ref: 'refs/heads/dev' })).toEqual(['sha-860c190'])
  })

  test('flavor: latest=true|false, prefix and suffix (not on latest unless onlatest=true)', () => {
    expect(run(['type=ref,event=branch'], {}, ['latest=true'])).toEqual(['master', 'latest'])
    expect(run(['type=semver,pattern={{version}}'], { ref: 'refs/tags/v1.2.3' }, ['latest=false'])).toEqual(['1.2.3'])
    expect(run(['type=semver,pattern={{version}}'], { ref: 'refs/tags/v1.2.3' }, ['prefix=app-', 'suffix=-x86'])).toEqual(['app-1.2.3-x86', 'latest'])
    expect(run(['type=semver,pattern={{version}}'], { ref: 'refs/tags/v1.2.3' }, ['prefix=app-,onlatest=true'])).toEqual(['app-1.2.3', 'app-latest'])
  })

  test('plain names still work, alone or with rules; a comma list without = is names', () => {
    expect(run(['1.0.0,latest'], {})).toEqual(['1.0.0', 'latest'])
    expect(run(['stable', 'type=sha'], {})).toEqual(['stable', 'sha-860c190'])
    expect(parseTags('tags', ['auto'])).toBe('auto')
  })
})

describe('errors name `tags` or `flavor`', () => {
  test.each([
    [['type=semver'], /tags.*needs pattern=/],
    [['type=ref'], /tags.*needs event=/],
    [['type=ref,event=commit'], /event must be branch, tag or pr/],
    [['type=pep440,pattern={{version}}'], /type=pep440 is not supported/],
    [['type=bogus'], /unknown type `bogus`/],
    [['type=sha,format=medium'], /format must be short or long/],
    [['bad tag!'], /`bad tag!` is not a valid tag/],
    [['auto', 'type=sha'], /`auto` cannot be combined/]
  ])('%j', (lines, message) => {
    expect(() => parseTags('tags', lines)).toThrow(message)
    expect(() => parseTags('tags', lines)).toThrow(ConfigurationError)
  })
  test('flavor', () => {
    expect(() => parseFlavor('flavor', ['latest=sometimes'])).toThrow(/flavor.*latest=sometimes: expected auto, true or false/)
    expect(() => parseFlavor('flavor', ['colour=blue'])).toThrow(/flavor.*unknown entry `colour`/)
  })
})
