import { expect, test } from '@jest/globals'
import { join } from 'node:path'
import { ActionsCacheBackend, defaultLocalCacheRoot, LocalCacheBackend, selectCacheBackend } from '../../src/cache/index.js'
import { MemoryLogger } from '../../src/runtime/logger.js'

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
