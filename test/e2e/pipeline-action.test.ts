import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { execFile } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { startRegistry, type RegistryServer } from '../support/registry.js'
import { repoRoot, runActionAsRunner } from '../support/run-action.js'
import { opensslKeyPair, opensslVerify } from '../support/signing.js'

const run = promisify(execFile)

/** What a workflow run provides and the provenance is built from. */
const GITHUB_CONTEXT = {
  GITHUB_REPOSITORY: 'acme/hello',
  GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
  GITHUB_REF: 'refs/heads/main',
  GITHUB_WORKFLOW_REF: 'acme/hello/.github/workflows/release.yml@refs/heads/main',
  GITHUB_RUN_ID: '42',
  GITHUB_RUN_ATTEMPT: '1',
  GITHUB_SERVER_URL: 'https://github.com',
  GITHUB_EVENT_NAME: 'push',
  RUNNER_ENVIRONMENT: 'github-hosted'
}

function copyExample(): string {
  const project = join(mkdtempSync(join(tmpdir(), 'pipeline-')), 'hello')
  cpSync(join(repoRoot, 'examples', 'hello'), project, { recursive: true, filter: (src) => !src.endsWith('.elf') && !src.endsWith('.o') })
  return project
}

// The root action (the Marketplace entry) as the runner runs it: build → boot → publish → sign.
describe('the all-in-one pipeline', () => {
  let registry: RegistryServer
  let project: string
  const pair = opensslKeyPair()

  beforeAll(async () => {
    registry = await startRegistry()
    // A copy, so the build writes nothing into the repository's own example.
    project = copyExample()
  })

  afterAll(async () => {
    await registry?.stop()
  })

  test('build → boot → publish to a local registry → sign; outputs checked, the signature verified with openssl', async () => {
    const to = `${registry.host}/demo/hello:1.0`
    const result = await runActionAsRunner(
      'pipeline',
      'main',
      {
        path: project,
        command: 'make',
        kernel: 'hello.elf',
        name: `${registry.host}/demo/hello`,
        tags: '1.0',
        expect: 'Hello from unikernel-actions!',
        to,
        sign: 'auto',
        key: pair.privatePem,
        'github-token': ''
      },
      { env: GITHUB_CONTEXT }
    )
    expect(result.stdout).not.toMatch(/::error::/)
    expect(result.status).toBe(0)
    const outputs = result.outputs
    expect(outputs.result).toBe('passed')
    expect(outputs.image).toMatch(/^oci:.*:1\.0$/)
    // digest is the published one: what the registry serves for the tag.
    const { stdout: raw } = await run('skopeo', ['inspect', '--raw', '--tls-verify=false', `docker://${to}`])
    const served = `sha256:${(await import('node:crypto')).createHash('sha256').update(raw).digest('hex')}`
    expect(outputs.digest).toBe(served)
    expect(JSON.parse(outputs.refs)).toEqual([{ ref: to, digest: served }])
    const signatures = JSON.parse(outputs.signatures) as { digest: string; format: string }[]
    expect(signatures.some((s) => s.digest === served && s.format === 'cosign')).toBe(true)
    expect(outputs['public-key']).toContain('BEGIN PUBLIC KEY')
    // The private key was masked the moment it was read, line by line.
    expect(result.stdout).toContain(`::add-mask::${pair.privatePem.split('\n')[1]}`)
    expect(result.stdout).not.toMatch(/::debug::.*PRIVATE KEY/)

    // Independent check: the .sig payload from the registry verifies with openssl against our public key.
    const base = `http://${registry.host}/v2/demo/hello`
    const manifest = (await (
      await fetch(`${base}/manifests/${served.replace(':', '-')}.sig`, { headers: { accept: 'application/vnd.oci.image.manifest.v1+json' } })
    ).json()) as { layers: { digest: string; annotations: Record<string, string> }[] }
    const payload = Buffer.from(await (await fetch(`${base}/blobs/${manifest.layers[0].digest}`)).arrayBuffer())
    expect(JSON.parse(payload.toString()).critical.image['docker-manifest-digest']).toBe(served)
    expect(opensslVerify(pair.publicPem, payload, Buffer.from(manifest.layers[0].annotations['dev.cosignproject.cosign/signature'], 'base64'))).toBe(true)

    // The summary has every step's section.
    expect(result.summary).toMatch(/Boot passed/)
    expect(result.summary).toMatch(/Published/)
    expect(result.summary).toMatch(/Signed/)

    // The post step (always) decides from saved state: the build succeeded, so the build cache is saved.
    const post = await runActionAsRunner('pipeline', 'post', {}, { runnerTemp: result.runnerTemp, state: result.state })
    expect(post.status).toBe(0)
    rmSync(result.runnerTemp, { recursive: true, force: true })
  })

  test('to a registry without `name` (the README headline): the image is signed under the repository it went to', async () => {
    const to = `${registry.host}/demo/unnamed:1.4.0`
    const result = await runActionAsRunner(
      'pipeline',
      'main',
      { path: project, command: 'make', kernel: 'hello.elf', expect: 'Hello from unikernel-actions!', to, key: pair.privatePem, 'github-token': '' },
      { env: GITHUB_CONTEXT }
    )
    expect(result.stdout).not.toMatch(/::error::/)
    expect(result.status).toBe(0)
    const signatures = JSON.parse(result.outputs.signatures) as { digest: string; format: string }[]
    expect(signatures.some((s) => s.digest === result.outputs.digest && s.format === 'cosign')).toBe(true)
    const sig = await fetch(`http://${registry.host}/v2/demo/unnamed/manifests/${result.outputs.digest.replace(':', '-')}.sig`, {
      headers: { accept: 'application/vnd.oci.image.manifest.v1+json' }
    })
    expect(sig.status).toBe(200)
    rmSync(result.runnerTemp, { recursive: true, force: true })
  })

  test('a failing boot fails the step, nothing is published', async () => {
    const to = `${registry.host}/demo/broken:1.0`
    const result = await runActionAsRunner('pipeline', 'main', {
      path: project,
      command: 'make',
      kernel: 'hello.elf',
      expect: 'this line is never printed',
      timeout: '5',
      to,
      'github-token': ''
    })
    expect(result.status).toBe(1)
    expect(result.outputs.result).toBe('failed')
    const tags = await fetch(`http://${registry.host}/v2/demo/broken/tags/list`)
    expect(tags.status).toBe(404)
  })

  test('an unqualified destination is refused before anything is built', async () => {
    const fresh = copyExample()
    const result = await runActionAsRunner('pipeline', 'main', { path: fresh, command: 'make', kernel: 'hello.elf', to: 'hello:1.0' })
    expect(result.status).toBe(1)
    expect(result.stdout).toMatch(/::error::input `to`: .*Docker Hub/)
    expect(existsSync(join(fresh, 'hello.elf'))).toBe(false)
  })
})

describe("the README's main-job command", () => {
  test('scripts/demo.sh prints the verdict and a digest that skopeo confirms, with the signature in the layout', async () => {
    const { stdout } = await run('bash', [join(repoRoot, 'scripts', 'demo.sh')], { cwd: repoRoot, maxBuffer: 16 * 1024 * 1024, timeout: 300000 })
    expect(stdout).toMatch(/── verdict: passed in \d+ ms/)
    expect(stdout).toMatch(/── digest: {2}sha256:[0-9a-f]{64}/)
    expect(stdout).toMatch(/skopeo inspect --raw oci:<layout>:demo confirms the digest/)
    expect(stdout).toMatch(/signature present in the layout: sha256-[0-9a-f]{64}\.sig/)
    expect(stdout).toContain('BEGIN PUBLIC KEY')
    expect(readFileSync(join(repoRoot, 'examples', 'hello', 'hello.S'), 'utf8')).toContain('Hello from unikernel-actions!')
  })
})
