import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { startFakeGitHub, type FakeGitHub } from '../support/fake-github.js'
import { bootEntries, fakeKernel, sampleDescriptor, writeOciFixture, type FixtureLayout } from '../support/oci-fixture.js'
import { publishWith } from '../support/registry.js'
import { TempDirs } from '../support/temp-dirs.js'

const REPO = 'acme/web'
const TOKEN = 'ghs_release_token'
let github: FakeGitHub
let fixture: FixtureLayout
const temps = new TempDirs()

function temp(prefix: string): string {
  return temps.make(prefix)
}

beforeAll(async () => {
  github = await startFakeGitHub({ token: TOKEN })
  fixture = await writeOciFixture(temp('release-'), {
    images: [
      { arch: 'amd64', entries: bootEntries({ kernel: fakeKernel('release-amd64'), descriptor: sampleDescriptor('x86_64') }) },
      {
        arch: 'arm64',
        entries: bootEntries({
          kernel: fakeKernel('release-arm64'),
          initrd: Buffer.from('initrd bytes'),
          descriptor: sampleDescriptor('arm64', { initrd: '/unikernel/initrd' })
        })
      }
    ],
    tags: ['1.0']
  })
})

afterAll(async () => {
  await github?.close()
  temps.removeAll()
})

beforeEach(() => github.clearRequests())

function env(): NodeJS.ProcessEnv {
  return { GITHUB_API_URL: github.apiUrl, GITHUB_REPOSITORY: REPO }
}

/** Publish into a layout called `web` (the assets' base name) and upload to the release `tag`. */
function publishRelease(tag: string, extra: Record<string, string> = {}, options: { runnerTemp?: string } = {}) {
  const dest = join(temp('dest-'), 'web')
  return publishWith({ image: `oci:${fixture.dir}:1.0`, to: `oci:${dest}:1.0`, release: tag, 'github-token': TOKEN, ...extra }, { env: env(), ...options })
}

describe('release assets', () => {
  test("creates the release and uploads each target's kernel, initrd and SHA256SUMS (sha256sum -c agrees)", async () => {
    const result = await publishRelease('v1.0.0')
    expect(result.error).toBeUndefined()
    const release = github.release(REPO, 'v1.0.0')!
    expect(release.draft).toBe(false)
    expect(result.outputs.get('release-url')).toBe(`${github.url}/${REPO}/releases/tag/v1.0.0`)
    const assets = Object.fromEntries(release.assets.map((a) => [a.name, a.content]))
    expect(Object.keys(assets).sort()).toEqual(['SHA256SUMS', 'web-qemu-arm64', 'web-qemu-arm64.initrd', 'web-qemu-x86_64'])
    expect(assets['web-qemu-x86_64']).toEqual(fakeKernel('release-amd64'))
    expect(assets['web-qemu-arm64']).toEqual(fakeKernel('release-arm64'))
    expect(assets['web-qemu-arm64.initrd']).toEqual(Buffer.from('initrd bytes'))
    const dir = temp('sums-')
    for (const [name, content] of Object.entries(assets)) writeFileSync(join(dir, name), content)
    expect(execFileSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: dir, encoding: 'utf8' })).toBe(
      'web-qemu-arm64: OK\nweb-qemu-arm64.initrd: OK\nweb-qemu-x86_64: OK\n'
    )
  })

  test('a second run changes nothing: every asset is the same', async () => {
    await publishRelease('v1.1.0')
    github.clearRequests()
    const again = await publishRelease('v1.1.0')
    expect(again.error).toBeUndefined()
    expect(github.requestsTo(/^\/uploads\//)).toEqual([])
    expect(github.requestsTo(/\/assets\/\d+$/, 'DELETE')).toEqual([])
    expect(again.logger.text()).toMatch(/web-qemu-x86_64: unchanged/)
  })

  test('an asset of the same name is replaced only when its content differs (compared by digest, or by download when the API has none)', async () => {
    const release = github.addRelease(REPO, { tag: 'v1.2.0' })
    github.addAsset(release, { name: 'web-qemu-x86_64', content: 'an older kernel' })
    github.addAsset(release, { name: 'web-qemu-arm64', content: fakeKernel('release-arm64'), digest: null })
    const result = await publishRelease('v1.2.0')
    expect(result.error).toBeUndefined()
    const names = github.release(REPO, 'v1.2.0')!.assets.map((a) => a.name)
    expect(names.sort()).toEqual(['SHA256SUMS', 'web-qemu-arm64', 'web-qemu-arm64.initrd', 'web-qemu-x86_64'])
    expect(github.release(REPO, 'v1.2.0')!.assets.find((a) => a.name === 'web-qemu-x86_64')!.content).toEqual(fakeKernel('release-amd64'))
    expect(github.requestsTo(/\/releases\/assets\/\d+$/, 'DELETE')).toHaveLength(1)
    expect(github.requestsTo(/name=web-qemu-arm64$/, 'POST')).toEqual([])
    expect(result.logger.text()).toMatch(/web-qemu-x86_64: replaced \(content changed\)/)
    expect(result.logger.text()).toMatch(/web-qemu-arm64: unchanged/)
  })

  test('signatures beside the built kernel travel with it, named after the asset', async () => {
    const build = temp('build-')
    const kernel = join(build, 'app_qemu-x86_64')
    writeFileSync(kernel, fakeKernel('release-amd64'))
    writeFileSync(`${kernel}.sig`, 'signature bytes')
    writeFileSync(`${kernel}.sigstore.json`, '{"mediaType":"application/vnd.dev.sigstore.bundle.v0.3+json"}')
    const runnerTemp = temp('runner-')
    execFileSync('mkdir', ['-p', join(runnerTemp, 'unikernel-actions')])
    writeFileSync(join(runnerTemp, 'unikernel-actions', 'state.json'), JSON.stringify({ version: 1, build: { kernel } }))
    const result = await publishRelease('v1.3.0', {}, { runnerTemp })
    expect(result.error).toBeUndefined()
    const assets = Object.fromEntries(github.release(REPO, 'v1.3.0')!.assets.map((a) => [a.name, a.content.toString()]))
    expect(assets['web-qemu-x86_64.sig']).toBe('signature bytes')
    expect(assets['web-qemu-x86_64.sigstore.json']).toMatch(/sigstore\.bundle/)
    expect(assets['web-qemu-arm64.sig']).toBeUndefined()
    // Signatures are not listed in SHA256SUMS: they are checked with their own tools.
    expect(assets.SHA256SUMS).not.toMatch(/\.sig/)
  })

  test('with immutable releases the new release is a draft, so assets (and later signatures) can still be added', async () => {
    github.immutable.add(REPO)
    try {
      const result = await publishRelease('v2.0.0')
      expect(result.error).toBeUndefined()
      const release = github.releases(REPO).find((r) => r.tag === 'v2.0.0')!
      expect(release.draft).toBe(true)
      expect(release.assets).toHaveLength(4)
      expect(result.logger.text()).toMatch(/Created release v2\.0\.0 as a draft: the repository has immutable releases/)
      // A rerun finds the draft through the list (drafts have no tag yet) instead of creating a second one.
      const again = await publishRelease('v2.0.0')
      expect(again.error).toBeUndefined()
      expect(github.releases(REPO).filter((r) => r.tag === 'v2.0.0')).toHaveLength(1)
    } finally {
      github.immutable.delete(REPO)
    }
  })

  test('without a token, or without the repository, the message names what is missing', async () => {
    const noToken = await publishRelease('v3.0.0', { 'github-token': '' })
    expect(noToken.error?.message).toMatch(/input `github-token`: is required to upload to a release/)
    const dest = join(temp('dest-'), 'web')
    const noRepo = await publishWith(
      { image: `oci:${fixture.dir}:1.0`, to: `oci:${dest}:1.0`, release: 'v3.0.0', 'github-token': TOKEN },
      { env: { GITHUB_API_URL: github.apiUrl } }
    )
    expect(noRepo.error?.message).toMatch(/input `release`: needs GITHUB_REPOSITORY/)
  })

  test('a token the API refuses: the status and a hint about permissions', async () => {
    const result = await publishRelease('v3.1.0', { 'github-token': 'wrong' })
    expect(result.error?.message).toMatch(/release v3\.1\.0: .*401/)
    expect(result.error?.message).not.toContain(TOKEN)
  })
})
