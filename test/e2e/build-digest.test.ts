import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runActionAsRunner, type ActionRun } from '../support/run-action.js'
import { skopeoRawDigest } from '../support/skopeo-digest.js'
import { copyExample } from './build-run.js'

// The release promise: one commit checked out gives one digest, whatever the tags and the event — the
// digest booted on main is the digest released from the tag on the same commit. Built with the build
// action as the runner runs it, tags from metadata-action rules, digests read back with skopeo.
const RULES = [
  'type=schedule',
  'type=semver,pattern={{version}}',
  'type=semver,pattern={{major}}.{{minor}}',
  'type=edge',
  'type=ref,event=pr',
  'type=sha'
].join('\n')

let scratch: string
let project: string
let event: string

function git(args: string[]): string {
  const env = { ...process.env, GIT_AUTHOR_DATE: '2024-05-01T12:00:00Z', GIT_COMMITTER_DATE: '2024-05-01T12:00:00Z' }
  return execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd: project, env, encoding: 'utf8' }).trim()
}

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'build-digest-'))
  project = copyExample('hello', join(scratch, 'hello'))
  git(['init', '-q', '-b', 'main'])
  git(['add', '.'])
  git(['commit', '-q', '-m', 'hello'])
  event = join(scratch, 'event.json')
  writeFileSync(event, JSON.stringify({ repository: { full_name: 'acme/hello', default_branch: 'main' } }))
})
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

async function build(name: string, github: { eventName: string; ref: string }): Promise<ActionRun> {
  const sha = git(['rev-parse', 'HEAD'])
  const run = await runActionAsRunner(
    'build',
    'main',
    { path: project, command: 'make', kernel: 'hello.elf', tags: RULES, flavor: 'latest=auto', cache: 'false', output: join(scratch, `layout-${name}`) },
    {
      env: {
        GITHUB_WORKSPACE: scratch,
        GITHUB_REPOSITORY: 'acme/hello',
        GITHUB_SERVER_URL: 'https://github.com',
        GITHUB_EVENT_NAME: github.eventName,
        GITHUB_REF: github.ref,
        GITHUB_SHA: sha,
        GITHUB_EVENT_PATH: event
      }
    }
  )
  expect({ status: run.status, errors: run.stdout.split('\n').filter((l) => l.startsWith('::error')) }).toEqual({ status: 0, errors: [] })
  return run
}

/** What skopeo reads at oci:<layout>:<tag>, as a digest of its raw bytes. */
const skopeoDigest = (layout: string, tag: string): string => skopeoRawDigest(`oci:${layout}:${tag}`)

describe('the digest depends on the sources, never on the tags or the event', () => {
  const runs = new Map<string, ActionRun>()
  const short = (): string => git(['rev-parse', '--short=7', 'HEAD'])

  test('push to main, push of tag v1.4.0, workflow_dispatch and schedule of one commit give one digest', async () => {
    runs.set('push-main', await build('push-main', { eventName: 'push', ref: 'refs/heads/main' }))
    runs.set('tag', await build('tag', { eventName: 'push', ref: 'refs/tags/v1.4.0' }))
    runs.set('dispatch', await build('dispatch', { eventName: 'workflow_dispatch', ref: 'refs/heads/main' }))
    runs.set('schedule', await build('schedule', { eventName: 'schedule', ref: 'refs/heads/main' }))

    const tags = Object.fromEntries([...runs].map(([name, run]) => [name, run.outputs.tags.split('\n')]))
    expect(tags).toEqual({
      'push-main': ['edge', `sha-${short()}`],
      tag: ['1.4.0', '1.4', `sha-${short()}`, 'latest'],
      dispatch: ['edge', `sha-${short()}`],
      schedule: ['nightly', 'edge', `sha-${short()}`]
    })
    expect(JSON.parse(runs.get('tag')!.outputs.json)).toEqual({ tags: tags.tag, version: '1.4.0' })
    expect(runs.get('tag')!.outputs.version).toBe('1.4.0')

    const digests = new Set([...runs.values()].map((run) => run.outputs.digest))
    expect(digests.size).toBe(1)
    for (const [name, run] of runs) for (const tag of tags[name]) expect(skopeoDigest(join(scratch, `layout-${name}`), tag)).toBe(run.outputs.digest)
    expect(runs.get('tag')!.summary).toContain('tags are not in the image')
  }, 300_000)

  test('a version asked for in labels is written, and the summary says it ties the digest to it', async () => {
    const run = await runActionAsRunner(
      'build',
      'main',
      {
        path: project,
        command: 'make',
        kernel: 'hello.elf',
        tags: 'v',
        cache: 'false',
        output: join(scratch, 'layout-v'),
        labels: 'org.opencontainers.image.version=1.4.0'
      },
      { env: { GITHUB_WORKSPACE: scratch } }
    )
    expect(run.status).toBe(0)
    const index = JSON.parse(execFileSync('skopeo', ['inspect', '--raw', `oci:${join(scratch, 'layout-v')}:v`], { encoding: 'utf8' })) as {
      annotations: Record<string, string>
    }
    expect(index.annotations['org.opencontainers.image.version']).toBe('1.4.0')
    expect(run.stdout).toMatch(/::notice::labels set org\.opencontainers\.image\.version=1\.4\.0: the digest is tied to that version/)
    expect(run.summary).toMatch(/the digest is tied to that version/)
  }, 120_000)

  test('the root action passes tag rules and their flavor to build', async () => {
    const sha = git(['rev-parse', 'HEAD'])
    const run = await runActionAsRunner(
      'pipeline',
      'main',
      { path: project, command: 'make', kernel: 'hello.elf', tags: 'type=semver,pattern={{version}}\ntype=sha', flavor: 'latest=false', expect: 'Hello' },
      { env: { GITHUB_WORKSPACE: scratch, GITHUB_REPOSITORY: 'acme/hello', GITHUB_EVENT_NAME: 'push', GITHUB_REF: 'refs/tags/v1.4.0', GITHUB_SHA: sha } }
    )
    expect({ status: run.status, errors: run.stdout.split('\n').filter((l) => l.startsWith('::error')) }).toEqual({ status: 0, errors: [] })
    const layout = run.outputs.image.replace(/^oci:/, '').replace(/:1\.4\.0$/, '')
    const index = JSON.parse(readFileSync(join(layout, 'index.json'), 'utf8')) as { manifests: { annotations?: Record<string, string> }[] }
    // A v1.4.0 push would add `latest` under latest=auto; the flavor says no.
    expect(index.manifests.map((m) => m.annotations?.['org.opencontainers.image.ref.name']).sort()).toEqual(['1.4.0', `sha-${sha.slice(0, 7)}`])
  }, 180_000)

  test('a changed source file changes the digest', async () => {
    const before = runs.get('push-main')!.outputs.digest
    appendFileSync(join(project, 'hello.S'), '\n# a comment is a change of the sources too\n')
    git(['commit', '-q', '-am', 'change'])
    const after = await build('changed', { eventName: 'push', ref: 'refs/heads/main' })
    expect(after.outputs.digest).not.toBe(before)
  }, 120_000)
})
