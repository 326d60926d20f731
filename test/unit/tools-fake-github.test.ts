import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { createHash } from 'node:crypto'
import { startFakeGitHub, type FakeGitHub } from '../support/fake-github.js'

// The fake GitHub is shared test support (setup reads releases, release automation writes them):
// its own behaviour is pinned here, against GitHub's documented answers.
let github: FakeGitHub
beforeEach(async () => {
  github = await startFakeGitHub({ token: 'ghs_writer' })
})
afterEach(() => github.close())

const auth = { authorization: 'Bearer ghs_writer' }
async function json(response: Response): Promise<Record<string, unknown>> {
  return (await response.json()) as Record<string, unknown>
}

describe('the fake GitHub', () => {
  test('create a release, upload to its upload_url, list, rename and delete assets', async () => {
    const created = await fetch(`${github.apiUrl}/repos/acme/web/releases`, {
      method: 'POST',
      headers: auth,
      body: JSON.stringify({ tag_name: 'v1.0.0', name: 'One', draft: false })
    })
    expect(created.status).toBe(201)
    const release = await json(created)
    expect(release).toMatchObject({ tag_name: 'v1.0.0', name: 'One', draft: false, prerelease: false, assets: [] })
    const uploadUrl = String(release.upload_url)
    expect(uploadUrl).toBe(`${github.uploadsUrl}/repos/acme/web/releases/${release.id}/assets{?name,label}`)

    const target = uploadUrl.replace('{?name,label}', '?name=image.tar&label=The%20image')
    const uploaded = await fetch(target, { method: 'POST', headers: { ...auth, 'content-type': 'application/x-tar' }, body: 'tar bytes' })
    expect(uploaded.status).toBe(201)
    const asset = await json(uploaded)
    expect(asset).toMatchObject({ name: 'image.tar', label: 'The image', content_type: 'application/x-tar', size: 9, state: 'uploaded' })
    expect(asset.digest).toBe(`sha256:${createHash('sha256').update('tar bytes').digest('hex')}`)

    const duplicate = await fetch(target, { method: 'POST', headers: auth, body: 'again' })
    expect(duplicate.status).toBe(422)
    expect(await json(duplicate)).toMatchObject({ message: 'Validation Failed', errors: [{ code: 'already_exists', field: 'name' }] })

    const listed = (await (await fetch(`${github.apiUrl}/repos/acme/web/releases/${release.id}/assets`)).json()) as { id: number; name: string }[]
    expect(listed.map((a) => a.name)).toEqual(['image.tar'])

    const renamed = await fetch(`${github.apiUrl}/repos/acme/web/releases/assets/${asset.id}`, {
      method: 'PATCH',
      headers: auth,
      body: JSON.stringify({ name: 'image-1.0.tar' })
    })
    expect((await json(renamed)).name).toBe('image-1.0.tar')

    // The browser download redirects to storage, as github.com does; the API download too.
    const download = await fetch(`${github.url}/acme/web/releases/download/v1.0.0/image-1.0.tar`, { redirect: 'manual' })
    expect(download.status).toBe(302)
    expect(download.headers.get('location')).toMatch(new RegExp(`^${github.url}/storage/${asset.id}/image-1\\.0\\.tar`))
    expect(await (await fetch(`${github.url}/acme/web/releases/download/v1.0.0/image-1.0.tar`)).text()).toBe('tar bytes')
    expect(await (await fetch(`${github.apiUrl}/repos/acme/web/releases/assets/${asset.id}`, { headers: { accept: 'application/octet-stream' } })).text()).toBe(
      'tar bytes'
    )
    expect(await (await fetch(`${github.url}/acme/web/releases/latest/download/image-1.0.tar`)).text()).toBe('tar bytes')

    const deleted = await fetch(`${github.apiUrl}/repos/acme/web/releases/assets/${asset.id}`, { method: 'DELETE', headers: auth })
    expect(deleted.status).toBe(204)
    expect(github.release('acme/web', 'v1.0.0')?.assets).toEqual([])
    expect((await fetch(`${github.url}/acme/web/releases/download/v1.0.0/image-1.0.tar`)).status).toBe(404)
  })

  test('writes need the token; reads do not; a wrong token is refused everywhere', async () => {
    const anonymous = await fetch(`${github.apiUrl}/repos/acme/web/releases`, { method: 'POST', body: JSON.stringify({ tag_name: 'v1' }) })
    expect(anonymous.status).toBe(401)
    expect(await json(anonymous)).toMatchObject({ message: 'Requires authentication' })
    expect((await fetch(`${github.apiUrl}/repos/acme/web/releases`, { headers: { authorization: 'token nope' } })).status).toBe(401)
    expect((await fetch(`${github.apiUrl}/repos/acme/web/releases`)).status).toBe(200)
    expect(github.requestsTo(/\/releases$/, 'POST').map((r) => r.status)).toEqual([401])
  })

  test('tags, latest, drafts, prereleases and pagination behave as on GitHub', async () => {
    for (let i = 0; i < 3; i++) github.addRelease('acme/web', { tag: `v1.${i}.0` })
    github.addRelease('acme/web', { tag: 'v2.0.0-rc.1', prerelease: true })
    github.addRelease('acme/web', { tag: 'v2.0.0', draft: true })
    expect((await json(await fetch(`${github.apiUrl}/repos/acme/web/releases/latest`))).tag_name).toBe('v1.2.0')
    expect((await fetch(`${github.apiUrl}/repos/acme/web/releases/tags/v2.0.0`)).status).toBe(404)
    expect((await fetch(`${github.apiUrl}/repos/acme/web/releases/tags/v2.0.0-rc.1`)).status).toBe(200)
    const page = await fetch(`${github.apiUrl}/repos/acme/web/releases?per_page=2&page=1`)
    expect(((await page.json()) as { tag_name: string }[]).map((r) => r.tag_name)).toEqual(['v2.0.0', 'v2.0.0-rc.1'])
    expect(page.headers.get('link')).toMatch(/page=2>; rel="next", <.*page=3>; rel="last"/)
    expect((await fetch(`${github.apiUrl}/repos/acme/none/releases/latest`)).status).toBe(404)

    const published = await fetch(`${github.apiUrl}/repos/acme/web/releases/${github.release('acme/web', 'v2.0.0')!.id}`, {
      method: 'PATCH',
      headers: auth,
      body: JSON.stringify({ draft: false })
    })
    expect((await json(published)).published_at).not.toBeNull()
    expect((await json(await fetch(`${github.apiUrl}/repos/acme/web/releases/latest`))).tag_name).toBe('v2.0.0')
  })

  test('injected failures and the anonymous rate limit', async () => {
    await github.close()
    github = await startFakeGitHub({ anonymousRateLimit: 1 })
    github.addRelease('acme/web', { tag: 'v1' })
    github.fail({ path: /releases\/latest/, status: 502, times: 1 })
    expect((await fetch(`${github.apiUrl}/repos/acme/web/releases/latest`)).status).toBe(502)
    const first = await fetch(`${github.apiUrl}/repos/acme/web/releases/latest`)
    expect(first.status).toBe(200)
    expect(first.headers.get('x-ratelimit-remaining')).toBe('0')
    const limited = await fetch(`${github.apiUrl}/repos/acme/web/releases/latest`)
    expect(limited.status).toBe(403)
    expect(await json(limited)).toMatchObject({ message: expect.stringMatching(/^API rate limit exceeded/) })
    expect((await fetch(`${github.apiUrl}/repos/acme/web/releases/latest`, { headers: { authorization: 'Bearer any' } })).status).toBe(200)
  })
})
