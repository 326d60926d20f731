import { describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { actionsCacheService, ActionsCacheBackend, defaultLocalCacheRoot, LocalCacheBackend, selectCacheBackend } from '../../src/cache/index.js'
import { MemoryLogger } from '../../src/runtime/logger.js'
import { withEnvironment } from '../support/environment.js'
import { repoRoot } from '../support/run-action.js'

const V2 = { ACTIONS_CACHE_SERVICE_V2: 'True', ACTIONS_RESULTS_URL: 'https://results-receiver.actions.githubusercontent.com/', ACTIONS_RUNTIME_TOKEN: 'token' }

test.each<[string, NodeJS.ProcessEnv, 'actions' | 'local', RegExp]>([
  [
    'the runner of a JavaScript action on github.com',
    { ...V2, GITHUB_ACTIONS: 'true' },
    'actions',
    /the Actions cache service \(v2, ACTIONS_RESULTS_URL and ACTIONS_RUNTIME_TOKEN are set\)/
  ],
  ['a terminal', { HOME: '/home/me' }, 'local', /none of ACTIONS_CACHE_SERVICE_V2, ACTIONS_RESULTS_URL, ACTIONS_CACHE_URL, ACTIONS_RUNTIME_TOKEN is set\)$/],
  ['a `run:` step, which the runner gives no cache variables', { GITHUB_ACTIONS: 'true' }, 'local', /not to `run:` steps/],
  [
    'v2 without its URL',
    { ACTIONS_CACHE_SERVICE_V2: 'true', ACTIONS_RUNTIME_TOKEN: 'token', ACTIONS_CACHE_URL: 'https://v1/' },
    'local',
    /cache service v2 needs ACTIONS_RESULTS_URL, which is not set/
  ],
  ['a URL without the runtime token', { ...V2, ACTIONS_RUNTIME_TOKEN: '' }, 'local', /ACTIONS_RUNTIME_TOKEN is not set/],
  [
    'GitHub Enterprise Server, which @actions/cache sends to service v1',
    { ...V2, GITHUB_SERVER_URL: 'https://ghes.example.com' },
    'local',
    /cache service v1 needs ACTIONS_CACHE_URL/
  ],
  [
    'GitHub Enterprise Server with its v1 service',
    { ...V2, GITHUB_SERVER_URL: 'https://ghes.example.com', ACTIONS_CACHE_URL: 'https://ghes.example.com/cache/' },
    'actions',
    /\(v1, ACTIONS_CACHE_URL/
  ],
  ['GHE.com data residency, which is not GHES', { ...V2, GITHUB_SERVER_URL: 'https://acme.ghe.com' }, 'actions', /\(v2,/],
  ['a legacy v1 service (act)', { ACTIONS_CACHE_URL: 'http://127.0.0.1:1234/token/', ACTIONS_RUNTIME_TOKEN: 'token' }, 'actions', /\(v1, ACTIONS_CACHE_URL/]
])('%s', (_name, env, kind, why) => {
  const logger = new MemoryLogger()
  const backend = selectCacheBackend(env, logger, '/var/cache/ua')
  expect(backend.kind).toBe(kind)
  expect(backend).toBeInstanceOf(kind === 'actions' ? ActionsCacheBackend : LocalCacheBackend)
  expect(logger.lines).toHaveLength(1)
  expect(logger.text('info')).toMatch(why)
  if (kind === 'local') expect(logger.text('info')).toMatch(/^Cache: the local directory \/var\/cache\/ua \(/)
})

test('the default local root: the runner tool cache (kept between jobs on self-hosted runners), else XDG or ~/.cache', () => {
  expect(defaultLocalCacheRoot({ RUNNER_TOOL_CACHE: '/opt/hostedtoolcache', XDG_CACHE_HOME: '/x' })).toBe('/opt/hostedtoolcache/unikernel-actions-cache')
  expect(defaultLocalCacheRoot({ XDG_CACHE_HOME: '/x' })).toBe('/x/unikernel-actions')
  expect(defaultLocalCacheRoot({})).toMatch(new RegExp(`${join('.cache', 'unikernel-actions')}$`))
})

// actionsCacheService mirrors @actions/cache instead of loading it (src/cache/index.ts says which
// files and functions): it must agree with the installed isFeatureAvailable() on every combination of
// the variables those read, plus its own rule that the runtime token is set.
describe('actionsCacheService agrees with the installed @actions/cache', () => {
  const MIRRORED_VERSION = '6.3.0'

  test(`the installed @actions/cache is ${MIRRORED_VERSION}, the version whose code the mirror follows`, () => {
    const installed = JSON.parse(readFileSync(join(repoRoot, 'node_modules', '@actions', 'cache', 'package.json'), 'utf8')) as { version: string }
    // On an upgrade: re-read lib/cache.js isFeatureAvailable and lib/internal/config.js, then update the comment and this.
    expect(installed.version).toBe(MIRRORED_VERSION)
  })

  const choices: Record<string, (string | undefined)[]> = {
    ACTIONS_CACHE_SERVICE_V2: [undefined, 'True', 'false'],
    ACTIONS_RESULTS_URL: [undefined, 'https://results-receiver.actions.githubusercontent.com/'],
    ACTIONS_CACHE_URL: [undefined, 'https://artifactcache.actions.githubusercontent.com/abc/'],
    ACTIONS_RUNTIME_TOKEN: [undefined, 'token'],
    GITHUB_SERVER_URL: [
      undefined,
      '',
      'https://github.com',
      'https://GitHub.com/',
      'https://acme.ghe.com',
      'https://ghes.example.com',
      'http://github.localhost:8080'
    ]
  }
  const environments = Object.entries(choices).reduce<Record<string, string | undefined>[]>(
    (combinations, [name, values]) => combinations.flatMap((env) => values.map((value) => ({ ...env, [name]: value }))),
    [{}]
  )

  test(`on all ${environments.length} combinations of the variables it reads`, async () => {
    const { isFeatureAvailable } = await import('@actions/cache')
    const disagreements: string[] = []
    for (const env of environments) {
      const theirs = await withEnvironment(env, () => isFeatureAvailable())
      const ours = actionsCacheService(env)
      if (ours.available !== (theirs && Boolean(env.ACTIONS_RUNTIME_TOKEN)))
        disagreements.push(`${JSON.stringify(env)}: ours ${ours.available}, theirs ${theirs}`)
    }
    expect(disagreements).toEqual([])
  })

  test('where @actions/cache throws on an unparsable GITHUB_SERVER_URL, the mirror takes it for GHES (cache service v1)', async () => {
    const { isFeatureAvailable } = await import('@actions/cache')
    const env = { ACTIONS_CACHE_SERVICE_V2: 'True', ACTIONS_RESULTS_URL: 'https://results/', ACTIONS_RUNTIME_TOKEN: 'token', GITHUB_SERVER_URL: 'not a url' }
    await expect(withEnvironment(env, () => isFeatureAvailable())).rejects.toThrow(/Invalid URL/)
    expect(actionsCacheService(env)).toEqual({ available: false, why: 'no Actions cache service: cache service v1 needs ACTIONS_CACHE_URL, which is not set' })
  })
})
