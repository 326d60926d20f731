import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { credentialsFor, isForkPullRequest, parseDestinations, readPublishOptions, type CredentialSources } from '../../src/publish/options.js'
import { assetBaseName, sha256Sums } from '../../src/publish/release.js'
import { Inputs, MapInputs } from '../../src/runtime/inputs.js'
import type { JobStateFile } from '../../src/runtime/job-state.js'
import { bootEntries, fakeKernel, writeOciFixture, type FixtureLayout } from '../support/oci-fixture.js'
import { publishWith } from '../support/registry.js'

const DIGEST = `sha256:${'a'.repeat(64)}`
const inputs = (values: Record<string, string>): Inputs => new Inputs(new MapInputs(new Map(Object.entries(values))))
const state = (build?: JobStateFile['build']): JobStateFile => ({ version: 1, build })

describe('destinations', () => {
  test('repositories collect their tags; layouts stand alone; a missing tag takes the source tag', () => {
    expect(parseDestinations(['ghcr.io/acme/web:1.0', 'ghcr.io/acme/web:latest', 'localhost:5000/web', 'oci:out', 'oci:out2:x'], false, 'src')).toEqual([
      { kind: 'registry', registry: 'ghcr.io', repository: 'acme/web', tags: ['1.0', 'latest'] },
      { kind: 'registry', registry: 'localhost:5000', repository: 'web', tags: ['src'] },
      { kind: 'layout', dir: 'out', tag: 'src' },
      { kind: 'layout', dir: 'out2', tag: 'x' }
    ])
  })

  test('push-by-digest drops tags', () => {
    expect(parseDestinations(['ghcr.io/acme/web:1.0', 'oci:out:x'], true, 'src')).toEqual([
      { kind: 'registry', registry: 'ghcr.io', repository: 'acme/web', tags: [] },
      { kind: 'layout', dir: 'out' }
    ])
  })

  test.each<[string, RegExp]>([
    [`ghcr.io/acme/web@${DIGEST}`, /input `to`: `ghcr\.io\/acme\/web@sha256:a+` names a digest; a destination is a repository/],
    [
      'acme/web:1.0',
      /input `to`: `acme\/web:1\.0` is not registry-qualified: it would be an implicit Docker Hub reference; write the registry explicitly, e.g. `docker\.io\/acme\/web:1\.0`/
    ],
    ['web', /not registry-qualified/],
    ['docker://ghcr.io/acme/web', /the `docker:` transport is not supported; write the registry name without `docker:\/\/`/],
    ['ghcr.io/Acme/web', /repository names are lowercase/],
    ['ghcr.io/acme/web:bad tag', /is not an image reference/],
    ['ghcr.io/acme/web', /input `to`: `ghcr\.io\/acme\/web` needs a tag \(or `push-by-digest: true`, or `tags`\)/]
  ])('%s is refused', (item, message) => {
    expect(() => parseDestinations([item], false, undefined)).toThrow(message)
  })
})

describe('reading the inputs', () => {
  test('image and to default to the build: its registry-qualified name with its tags', () => {
    const options = readPublishOptions(inputs({}), state({ image: 'oci:/work/oci:1.4.0', name: 'ghcr.io/acme/web', tags: ['1.4.0', 'latest'] }))
    expect(options.image).toEqual({ kind: 'layout', dir: '/work/oci', tag: '1.4.0' })
    expect(options.destinations).toEqual([{ kind: 'registry', registry: 'ghcr.io', repository: 'acme/web', tags: ['1.4.0', 'latest'] }])
    expect(options.retries).toBe(5)
    expect(options.concurrency).toBe(4)
  })

  test('a build without tags publishes under the image tag', () => {
    const options = readPublishOptions(inputs({}), state({ image: 'oci:/work/oci:sha-abc', name: 'localhost:5000/web' }))
    expect(options.destinations).toEqual([{ kind: 'registry', registry: 'localhost:5000', repository: 'web', tags: ['sha-abc'] }])
  })

  test.each<[Record<string, string>, JobStateFile['build'], RegExp]>([
    [{}, undefined, /input `image`: is required: no build ran earlier in this job/],
    [{ image: 'oci:/x:1' }, undefined, /input `to`: is required: no build in this job recorded an image name/],
    [{}, { image: 'oci:/x:1', name: 'web' }, /input `to`: is required: the build's name `web` is not registry-qualified/],
    [
      { image: 'ghcr.io/acme/web:1', to: 'oci:/y:1' },
      undefined,
      /input `to`: promoting a registry image copies it to registries; an oci: destination takes a layout `image`/
    ],
    [{ image: 'oci:', to: 'oci:/y:1' }, undefined, /input `image`: `oci:` names no directory/],
    [{ image: 'oci:/x:1', merge: DIGEST, to: 'ghcr.io/a/b:1' }, undefined, /input `merge`: .* excludes `image`/],
    [{ merge: DIGEST, to: 'oci:/y:1' }, undefined, /input `to`: a merge is pushed to registries only; oci: destinations take `image`/],
    [{ merge: DIGEST, to: 'ghcr.io/a/b' }, undefined, /input `to`: `ghcr\.io\/a\/b` needs a tag \(or `push-by-digest: true`, or `tags`\)/],
    [{ merge: 'oci:/x:1', to: 'ghcr.io/a/b:1' }, undefined, /input `merge`: `oci:\/x:1`: merge combines images already in a registry/],
    [{ merge: 'ghcr.io/a/leg', to: 'ghcr.io/a/b:1' }, undefined, /input `merge`: `ghcr\.io\/a\/leg` names neither a tag nor a digest/],
    [
      { merge: DIGEST, to: 'ghcr.io/a/b:1', release: 'v1' },
      undefined,
      /input `release`: uploads the kernels of a layout `image`; it cannot be combined with `merge`/
    ],
    [{ image: 'oci:/x:1', to: 'ghcr.io/a/b:1', retries: '0' }, undefined, /input `retries`: `0` is out of range/],
    [{ image: 'oci:/x:1', to: 'ghcr.io/a/b:1', concurrency: 'many' }, undefined, /input `concurrency`: `many` is not a whole number/],
    [{ image: 'oci:/x:1', to: 'ghcr.io/a/b:1', 'push-by-digest': 'maybe' }, undefined, /input `push-by-digest`: `maybe` is not a boolean/]
  ])('%j with build %j is refused', (values, build, message) => {
    expect(() => readPublishOptions(inputs(values), state(build))).toThrow(message)
  })

  test('a bare merge digest refers to the first registry repository of `to`', () => {
    const options = readPublishOptions(inputs({ merge: `${DIGEST}\nghcr.io/acme/other:leg`, to: 'ghcr.io/acme/web:1.0' }), state())
    expect(options.image).toBeUndefined()
    expect(options.merge).toEqual([
      { ref: { kind: 'registry', registry: 'ghcr.io', repository: 'acme/web', digest: DIGEST }, label: `ghcr.io/acme/web@${DIGEST}` },
      { ref: { kind: 'registry', registry: 'ghcr.io', repository: 'acme/other', tag: 'leg' }, label: 'ghcr.io/acme/other:leg' }
    ])
  })
})

describe('credentials', () => {
  const sources: CredentialSources = { inputRegistry: 'registry.example', username: 'me', password: 'pw', githubActor: 'octocat', githubToken: 'ghs_token' }

  test('the inputs are for their registry only; ghcr.io falls back to the actor and github-token', async () => {
    expect(await credentialsFor('registry.example', sources)).toEqual({ username: 'me', password: 'pw', source: 'the `username`/`password` inputs' })
    expect(await credentialsFor('other.example', sources)).toBeUndefined()
    expect(await credentialsFor('ghcr.io', sources)).toEqual({ username: 'octocat', password: 'ghs_token', source: 'the `github-token` input' })
    expect(await credentialsFor('ghcr.io', { ...sources, inputRegistry: 'ghcr.io' })).toMatchObject({ username: 'me', password: 'pw' })
  })

  test('username without password (or the reverse, off ghcr.io) names the missing input', async () => {
    const { readCredentialSources } = await import('../../src/publish/options.js')
    const options = readPublishOptions(inputs({ image: 'oci:/x:1', to: 'registry.example/a:1' }), state())
    await expect(readCredentialSources(inputs({ username: 'me' }), options, {})).rejects.toThrow(/input `password`: is required with `username` \(`me`\)/)
    await expect(readCredentialSources(inputs({ password: 'pw' }), options, {})).rejects.toThrow(/input `username`: is required with `password`/)
    const ghcr = readPublishOptions(inputs({ image: 'oci:/x:1', to: 'ghcr.io/a/b:1' }), state())
    expect(await readCredentialSources(inputs({ password: 'pw' }), ghcr, { GITHUB_ACTOR: 'octocat', HOME: '/nonexistent' })).toMatchObject({
      inputRegistry: 'ghcr.io',
      username: 'octocat',
      password: 'pw'
    })
  })
})

describe('fork pull requests', () => {
  const dirs: string[] = []
  afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })))
  function event(payload: unknown): string {
    const dir = mkdtempSync(join(tmpdir(), 'event-'))
    dirs.push(dir)
    writeFileSync(join(dir, 'event.json'), JSON.stringify(payload))
    return join(dir, 'event.json')
  }
  const pr = (head: string | null, base: string) => ({
    pull_request: { head: { repo: head === null ? null : { full_name: head } }, base: { repo: { full_name: base } } }
  })

  test.each<[string, unknown, boolean]>([
    ['pull_request', pr('someone/fork', 'acme/web'), true],
    ['pull_request', pr('acme/web', 'acme/web'), false],
    ['pull_request', pr(null, 'acme/web'), true],
    ['pull_request_target', pr('someone/fork', 'acme/web'), false],
    ['push', pr('someone/fork', 'acme/web'), false],
    ['pull_request', {}, false]
  ])('%s %j → %s', (name, payload, fork) => {
    expect(isForkPullRequest({ GITHUB_EVENT_NAME: name, GITHUB_EVENT_PATH: event(payload) })).toBe(fork)
  })
})

describe('release asset names', () => {
  test.each<[string | undefined, string]>([
    ['ghcr.io/acme/web:1.0', 'web'],
    ['localhost:5000/a/b/c@sha256:' + 'a'.repeat(64), 'c'],
    ['oci:out/image:1.0', 'image'],
    [undefined, 'unikernel']
  ])('%s → %s', (name, base) => {
    expect(assetBaseName(name)).toBe(base)
  })

  test('SHA256SUMS is what sha256sum -c reads, sorted by name', () => {
    expect(
      sha256Sums([
        { name: 'b', content: Buffer.from('b') },
        { name: 'a', content: Buffer.from('') }
      ]).toString()
    ).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855  a\n3e23e8160039594a33894f6564e1b1348bbd7a0088d42c4acb73eeaed59c009d  b\n')
  })
})

describe('bad inputs end to end (no registry needed)', () => {
  let fixture: FixtureLayout
  let dir: string
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'publish-bad-'))
    fixture = await writeOciFixture(join(dir, 'layout'), { images: [{ arch: 'amd64', entries: bootEntries({ kernel: fakeKernel('bad') }) }], tags: ['1.0'] })
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  test('an unknown layout tag names the tags there are', async () => {
    const result = await publishWith({ image: `oci:${fixture.dir}:2.0`, to: 'localhost:1/x:1' })
    expect(result.error?.message).toMatch(/input `image`: OCI layout `.*` has no image tagged `2\.0` \(index\.json lists: 1\.0\)/)
  })

  test('a layout that does not exist', async () => {
    const result = await publishWith({ image: `oci:${dir}/missing:1.0`, to: 'localhost:1/x:1' })
    expect(result.error?.message).toMatch(/input `image`: OCI layout `.*missing` does not exist/)
  })

  test('a corrupt blob is caught before it leaves the machine (layout destination)', async () => {
    const broken = await writeOciFixture(join(dir, 'broken'), {
      images: [{ arch: 'amd64', entries: bootEntries({ kernel: fakeKernel('broken') }) }],
      tags: ['1.0']
    })
    const { corruptBlob } = await import('../support/oci-fixture.js')
    await corruptBlob(broken.dir, broken.images[0].layerDigest, 'content')
    const result = await publishWith({ image: `oci:${broken.dir}:1.0`, to: `oci:${dir}/copy:1.0` })
    expect(result.error?.message).toMatch(/is corrupt: blob sha256:[a-f0-9]{64} .* has content whose sha256 is/)
  })
})

describe('action.yml', () => {
  test('the CLI flags are exactly the action inputs, and the runner-sent defaults match the code', async () => {
    const { readFileSync } = await import('node:fs')
    const { parse } = await import('yaml')
    const { PUBLISH_INPUTS } = await import('../../src/publish/options.js')
    const { repoRoot } = await import('../support/run-action.js')
    const yml = parse(readFileSync(join(repoRoot, 'actions', 'publish', 'action.yml'), 'utf8')) as {
      inputs: Record<string, { default?: string }>
      outputs: Record<string, unknown>
    }
    expect(Object.keys(yml.inputs).sort()).toEqual([...PUBLISH_INPUTS].sort())
    expect(yml.inputs.retries.default).toBe('5')
    expect(yml.inputs.concurrency.default).toBe('4')
    expect(yml.inputs['push-by-digest'].default).toBe('false')
    expect(Object.keys(yml.outputs).sort()).toEqual(['digest', 'pushed-bytes', 'refs', 'release-url', 'reused-blobs', 'skipped', 'source-digest'])
  })
})

describe('`tags` for destinations that name none', () => {
  test('each untagged `to` gets every tag; a `to` with its own tag keeps it; layouts get one entry per tag', () => {
    expect(parseDestinations(['ghcr.io/acme/web', 'ghcr.io/acme/web:edge', 'oci:out'], false, 'src', ['1.4.0', 'latest'])).toEqual([
      { kind: 'registry', registry: 'ghcr.io', repository: 'acme/web', tags: ['1.4.0', 'latest', 'edge'] },
      { kind: 'layout', dir: 'out', tag: '1.4.0' },
      { kind: 'layout', dir: 'out', tag: 'latest' }
    ])
  })

  test('promoting without `to` tags the image in its own repository; without `tags` too it is refused', () => {
    const options = readPublishOptions(inputs({ image: 'ghcr.io/acme/web:sha-c0ffee0' }), state(), ['1.4.0'])
    expect(options.destinations).toEqual([{ kind: 'registry', registry: 'ghcr.io', repository: 'acme/web', tags: ['1.4.0'] }])
    expect(() => readPublishOptions(inputs({ image: 'ghcr.io/acme/web:sha-c0ffee0' }), state())).toThrow(/input `to`: is required to promote/)
  })

  test('`tags` with push-by-digest, and `require-revision` without a registry image, are refused', () => {
    expect(() => readPublishOptions(inputs({ 'push-by-digest': 'true', to: 'ghcr.io/acme/web' }), state({ image: 'oci:/o:x' }), ['1.0'])).toThrow(
      /input `tags`: cannot be combined with `push-by-digest: true`/
    )
    expect(() =>
      readPublishOptions(inputs({ 'require-revision': 'c0ffee0000000000000000000000000000000000', to: 'ghcr.io/acme/web:1' }), state({ image: 'oci:/o:x' }))
    ).toThrow(/input `require-revision`: checks an image already in a registry/)
  })
})
