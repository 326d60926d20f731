import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { valid } from 'semver'
import { autoTags, publicRepositoryUrl, resolveSourceDateEpoch, sourceAnnotations, tagsForRef, type GitHubRef } from '../../src/build/source.js'
import { MemoryLogger } from '../../src/runtime/logger.js'

let scratch: string
let repo: string
let notRepo: string
let head: string
const COMMIT_TIME = 1650000000

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'build-source-'))
  repo = join(scratch, 'repo')
  notRepo = join(scratch, 'plain')
  mkdirSync(repo)
  mkdirSync(notRepo)
  const date = `${COMMIT_TIME} +0000`
  const env = {
    ...process.env,
    GIT_AUTHOR_NAME: 't',
    GIT_AUTHOR_EMAIL: 't@example.com',
    GIT_COMMITTER_NAME: 't',
    GIT_COMMITTER_EMAIL: 't@example.com',
    GIT_AUTHOR_DATE: date,
    GIT_COMMITTER_DATE: date
  }
  const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, env, encoding: 'utf8' }).trim()
  git('init', '-q')
  writeFileSync(join(repo, 'file'), 'x')
  git('add', 'file')
  git('commit', '-q', '-m', 'first')
  git('remote', 'add', 'origin', 'https://user:secret@github.com/acme/web.git')
  head = git('rev-parse', 'HEAD')
})
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true })
})

describe('tagsForRef (tags: auto on GitHub)', () => {
  const rows: [string, GitHubRef, string[] | undefined][] = [
    ['a semver tag push', { ref: 'refs/tags/v1.4.0', eventName: 'push', sha: 'abcdef0123456789' }, ['1.4.0']],
    ['a semver tag without v', { ref: 'refs/tags/2.0.0-rc.1', eventName: 'push', sha: 'abcdef0123456789' }, ['2.0.0-rc.1']],
    ['a tag that is not semver', { ref: 'refs/tags/release-3', eventName: 'push', sha: 'abcdef0123456789' }, ['sha-abcdef0']],
    ['a pull request', { ref: 'refs/pull/42/merge', eventName: 'pull_request', sha: 'abcdef0123456789' }, ['pr-42']],
    [
      'pull_request_target (ref is the base branch)',
      { ref: 'refs/heads/main', eventName: 'pull_request_target', sha: 'abcdef0123456789', prNumber: 7 },
      ['pr-7']
    ],
    ['a branch push', { ref: 'refs/heads/main', eventName: 'push', sha: 'abcdef0123456789' }, ['sha-abcdef0']],
    ['nothing known', {}, undefined]
  ]
  test.each(rows)('%s', (_name, ref, expected) => {
    expect(tagsForRef(ref, (v) => valid(v))).toEqual(expected)
  })
})

describe('autoTags', () => {
  test('on GitHub, from the environment', async () => {
    const env = { GITHUB_REF: 'refs/tags/v0.3.1', GITHUB_EVENT_NAME: 'push', GITHUB_SHA: head }
    expect(await autoTags(env, true, notRepo, new MemoryLogger())).toEqual(['0.3.1'])
  })
  test('outside GitHub: sha-<short> of the project HEAD', async () => {
    expect(await autoTags({}, false, repo, new MemoryLogger())).toEqual([`sha-${head.slice(0, 7)}`])
  })
  test('outside git: latest, with a warning', async () => {
    const logger = new MemoryLogger()
    expect(await autoTags({}, false, notRepo, logger)).toEqual(['latest'])
    expect(logger.text('warning')).toMatch(/tagging it `latest`/)
  })
})

describe('resolveSourceDateEpoch', () => {
  test('the input wins, then the environment, then the commit time, then 0 with a warning', async () => {
    const logger = new MemoryLogger()
    expect(await resolveSourceDateEpoch(5, { SOURCE_DATE_EPOCH: '6' }, repo, logger)).toEqual({ epoch: 5, from: 'the source-date-epoch input' })
    expect(await resolveSourceDateEpoch(undefined, { SOURCE_DATE_EPOCH: '6' }, repo, logger)).toEqual({
      epoch: 6,
      from: 'the SOURCE_DATE_EPOCH environment variable'
    })
    expect(await resolveSourceDateEpoch(undefined, {}, repo, logger)).toEqual({ epoch: COMMIT_TIME, from: 'the commit time of HEAD' })
    expect(logger.text('warning')).toBe('')
    expect(await resolveSourceDateEpoch(undefined, {}, notRepo, logger)).toEqual({ epoch: 0, from: 'the default (0)' })
    expect(logger.text('warning')).toMatch(/every timestamp in the image is 1970-01-01/)
  })
  test('a malformed SOURCE_DATE_EPOCH is a configuration error naming the variable', async () => {
    await expect(resolveSourceDateEpoch(undefined, { SOURCE_DATE_EPOCH: 'soon' }, repo, new MemoryLogger())).rejects.toThrow(
      /^environment variable SOURCE_DATE_EPOCH: `soon` is not a whole number/
    )
  })
})

describe('source annotations', () => {
  test.each([
    ['https://github.com/acme/web.git', 'https://github.com/acme/web'],
    ['https://user:token@github.com/acme/web', 'https://github.com/acme/web'],
    ['git@github.com:acme/web.git', 'https://github.com/acme/web'],
    ['ssh://git@gitlab.com/group/sub/app.git', 'https://gitlab.com/group/sub/app'],
    ['/srv/git/app.git', undefined],
    ['file:///srv/git/app.git', undefined],
    ['../app', undefined]
  ])('remote %s → %s', (remote, expected) => {
    expect(publicRepositoryUrl(remote)).toBe(expected)
  })

  test('outside GitHub: the git remote without credentials, and HEAD', async () => {
    expect(await sourceAnnotations({}, false, repo)).toEqual({ source: 'https://github.com/acme/web', revision: head })
    expect(await sourceAnnotations({}, false, notRepo)).toEqual({})
  })

  test('on GitHub: the workflow repository and commit', async () => {
    const env = { GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'acme/other', GITHUB_SHA: 'a'.repeat(40) }
    expect(await sourceAnnotations(env, true, repo)).toEqual({ source: 'https://github.com/acme/other', revision: 'a'.repeat(40) })
  })
})
