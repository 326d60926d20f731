import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { signAction } from '../../src/actions/sign.js'
import { verifyAction } from '../../src/actions/verify.js'
import { buildSummaryMarkdown } from '../../src/build/summary.js'
import { bootEntries, fakeKernel, writeOciFixture } from '../support/oci-fixture.js'
import { publishWith, repositoryReader, startRegistry, type RegistryServer } from '../support/registry.js'
import { opensslKeyPair, opensslVerify, pae, runInProcess } from '../support/signing.js'
import { spdxProblems } from '../support/spdx-schema.js'
import { buildWith, copyExample, type BuildRun } from './build-run.js'

// build (custom toolchain, examples/hello, two targets) → publish to a loopback registry → sign with a
// key, the build's SBOMs attached per platform manifest → verify with require-sbom. Also an oci: layout.
const EPOCH = '1700000000'
const SPDX = 'https://spdx.dev/Document'

interface TargetEntry {
  target: string
  kernel: string
  manifestDigest: string
  sbom: string
}

let scratch: string
let registry: RegistryServer
let home: string
const pair = opensslKeyPair()

beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'sbom-e2e-'))
  home = join(scratch, 'home')
  registry = await startRegistry()
})
afterAll(async () => {
  await registry?.stop()
  rmSync(scratch, { recursive: true, force: true })
})

async function buildHello(name: string): Promise<{ run: BuildRun; layout: string; runnerTemp: string; targets: TargetEntry[] }> {
  const runnerTemp = mkdtempSync(join(scratch, `runner-${name}-`))
  const layout = join(scratch, `layout-${name}`)
  const run = await buildWith(
    {
      path: copyExample('hello', join(scratch, name, 'hello')),
      command: 'make',
      kernel: 'hello.elf',
      target: 'qemu/x86_64\nfc/x86_64',
      cache: 'false',
      tags: '1.0',
      name: 'hello',
      'source-date-epoch': EPOCH,
      output: layout
    },
    { runnerTemp }
  )
  if (run.error) throw run.error
  return { run, layout, runnerTemp, targets: JSON.parse(run.outputs.get('targets')!) as TargetEntry[] }
}

const sha256sum = (path: string): string => execFileSync('sha256sum', [path]).toString().split(' ')[0]

describe('SBOM: build → publish → sign → verify', () => {
  test('build writes a valid SPDX SBOM per target, the same bytes for the same sources elsewhere', async () => {
    const a = await buildHello('a')
    const b = await buildHello('b')
    expect(a.targets.map((t) => t.target)).toEqual(['qemu/x86_64', 'fc/x86_64'])
    expect(a.run.outputs.get('sbom')).toBe(a.targets[0].sbom)
    for (const [i, target] of a.targets.entries()) {
      // Under the job's directory, not in the image layout.
      expect(target.sbom.startsWith(join(a.runnerTemp, 'unikernel-actions'))).toBe(true)
      const document = JSON.parse(readFileSync(target.sbom, 'utf8'))
      expect(spdxProblems(document)).toEqual([])
      expect(document.name).toBe(`hello ${target.target}`)
      const kernel = document.files.find((f: { fileName: string }) => f.fileName === './unikernel/kernel')
      expect(kernel.checksums).toContainEqual({ algorithm: 'SHA256', checksumValue: sha256sum(target.kernel) })
      expect(readFileSync(b.targets[i].sbom)).toEqual(readFileSync(target.sbom))
    }
    const state = JSON.parse(readFileSync(join(a.runnerTemp, 'unikernel-actions', 'state.json'), 'utf8'))
    expect(state.build.targets.map((t: { sbom: string }) => t.sbom)).toEqual(a.targets.map((t) => t.sbom))
    expect(a.run.logger.text()).toMatch(/SBOM qemu\/x86_64: .*sbom\.spdx\.json \(\d+ packages, 1 files\)/)
    // The job summary names each target's SBOM and its package count.
    const summary = buildSummaryMarkdown(a.run.result!)
    for (const target of a.targets) {
      const packages = JSON.parse(readFileSync(target.sbom, 'utf8')).packages.length
      expect(summary).toContain(`- SBOM ${target.target}: \`${target.sbom}\` (SPDX 2.3, ${packages} packages)`)
    }
  }, 20_000)

  test('sign attaches each target SBOM to its manifest (.att and bundle); verify require-sbom passes; the .att holds the SBOM', async () => {
    const built = await buildHello('signed')
    const env = { HOME: home }
    const published = await publishWith({ image: `oci:${built.layout}:1.0`, to: `${registry.host}/acme/hello:1.0` }, { runnerTemp: built.runnerTemp, env })
    expect(published.error).toBeUndefined()

    // No image: sign takes the job's publish, and `sbom: auto` the job's build SBOMs for its manifests.
    const signed = await runInProcess(signAction, { key: pair.privatePem, provenance: 'false' }, env, built.runnerTemp)
    expect(signed.error).toBeUndefined()
    const records = JSON.parse(signed.outputs.get('signatures')!) as { digest: string; kind: string; format: string }[]
    expect(
      records
        .filter((r) => r.kind === 'sbom')
        .map((r) => [r.digest, r.format])
        .sort()
    ).toEqual(
      built.targets
        .flatMap((t) => [
          [t.manifestDigest, 'bundle'],
          [t.manifestDigest, 'cosign']
        ])
        .sort()
    )

    const reader = repositoryReader(registry, 'acme/hello')
    for (const target of built.targets) {
      const att = await reader.getJson<{ layers: { mediaType: string; digest: string; annotations: Record<string, string> }[] }>(
        `manifests/${target.manifestDigest.replace(':', '-')}.att`
      )
      expect(att.layers.map((l) => [l.mediaType, l.annotations.predicateType])).toEqual([['application/vnd.dsse.envelope.v1+json', SPDX]])
      const envelope = JSON.parse((await reader.blob(att.layers[0].digest)).toString()) as {
        payloadType: string
        payload: string
        signatures: { sig: string }[]
      }
      const payload = Buffer.from(envelope.payload, 'base64')
      expect(opensslVerify(pair.publicPem, pae(envelope.payloadType, payload), Buffer.from(envelope.signatures[0].sig, 'base64'))).toBe(true)
      const statement = JSON.parse(payload.toString())
      expect(statement).toEqual({
        _type: 'https://in-toto.io/Statement/v1',
        subject: [{ name: `${registry.host}/acme/hello`, digest: { sha256: target.manifestDigest.slice('sha256:'.length) } }],
        predicateType: SPDX,
        predicate: JSON.parse(readFileSync(target.sbom, 'utf8'))
      })
      // The bundle format: a referrer of the manifest (this registry has no referrers API: the sha256-<hex> index).
      const referrers = await reader.getJson<{ manifests: { artifactType: string; annotations: Record<string, string> }[] }>(
        `manifests/${target.manifestDigest.replace(':', '-')}`
      )
      expect(referrers.manifests.map((m) => m.annotations['dev.sigstore.bundle.predicateType'])).toContain(SPDX)
    }

    const verified = await runInProcess(verifyAction, { key: pair.publicPem, 'require-sbom': 'true' }, env, built.runnerTemp)
    expect(verified.error).toBeUndefined()
    const [result] = JSON.parse(verified.outputs.get('results')!) as { verified: boolean; reason: string; sbom: { attestations: unknown[] } }[]
    expect(result.verified).toBe(true)
    expect(result.reason).toMatch(/SBOM verified \(2 platform manifests with an SPDX SBOM\)/)
    expect(result.sbom.attestations).toEqual(
      built.targets.map((t) => ({
        manifest: t.manifestDigest,
        where: expect.stringMatching(/\.att layer 1$|^bundle sha256:/),
        name: `hello ${t.target}`,
        packages: JSON.parse(readFileSync(t.sbom, 'utf8')).packages.length
      }))
    )
    // Another key's SBOM attestation is no SBOM attestation.
    const other = await runInProcess(verifyAction, { key: opensslKeyPair().publicPem, 'require-sbom': 'true' }, env, built.runnerTemp)
    expect(other.error?.name).toBe('CheckFailedError')
  }, 20_000)

  test('an image signed without SBOM fails require-sbom naming its manifest; a build SBOM given for it is an error naming `sbom`', async () => {
    const built = await buildHello('foreign')
    const dir = mkdtempSync(join(scratch, 'fixture-'))
    const fixture = await writeOciFixture(dir, { images: [{ arch: 'amd64', entries: bootEntries({ kernel: fakeKernel('not-hello') }) }], tags: ['2.0'] })
    const published = await publishWith({ image: `oci:${dir}:2.0`, to: `${registry.host}/acme/other:2.0` }, { env: { HOME: home } })
    expect(published.error).toBeUndefined()
    const image = `${registry.host}/acme/other@${published.outputs.get('digest')}`
    const manifest = fixture.images[0].manifestDigest

    // The job's build is not this image: auto attaches nothing and says why.
    const signed = await runInProcess(signAction, { image, key: pair.privatePem, provenance: 'false' }, { HOME: home }, built.runnerTemp)
    expect(signed.error).toBeUndefined()
    expect(JSON.parse(signed.outputs.get('signatures')!).some((r: { kind: string }) => r.kind === 'sbom')).toBe(false)
    expect(signed.logger.text()).toMatch(/No SBOM attached to .*acme\/other.*: the job's build .* is not /)

    const verified = await runInProcess(verifyAction, { image, key: pair.publicPem, 'require-sbom': 'true' }, { HOME: home })
    expect(verified.error?.name).toBe('CheckFailedError')
    expect(verified.error?.message).toContain(`require-sbom: manifest ${manifest} has no verified SPDX SBOM attestation`)
    // Without require-sbom the same image verifies.
    expect((await runInProcess(verifyAction, { image, key: pair.publicPem }, { HOME: home })).error).toBeUndefined()

    for (const inputs of [{ sbom: built.targets[0].sbom }, { sbom: 'true' }]) {
      const wrong = await runInProcess(signAction, { image, key: pair.privatePem, provenance: 'false', ...inputs }, { HOME: home }, built.runnerTemp)
      expect(wrong.error?.name).toBe('ConfigurationError')
      expect(wrong.error?.message).toMatch(/^input `sbom`: /)
    }
    const notSpdx = await runInProcess(
      signAction,
      { image, key: pair.privatePem, provenance: 'false', sbom: join(scratch, 'foreign', 'hello', 'Makefile') },
      { HOME: home }
    )
    expect(notSpdx.error?.message).toMatch(/^input `sbom`: .*Makefile is not JSON/)
    const filesOnly = await runInProcess(signAction, {
      files: join(scratch, 'foreign', 'hello', 'Makefile'),
      key: pair.privatePem,
      sbom: built.targets[0].sbom
    })
    expect(filesOnly.error?.message).toBe('input `sbom`: names SBOM files, but no image is signed to attach them to: give `image`')
  }, 20_000)

  test('oci: layout: sign attaches the build SBOMs in the layout, given as a file as well; verify require-sbom passes', async () => {
    const built = await buildHello('layout')
    // An SBOM changed after the build no longer describes the kernel its manifest holds: refused, nothing signed.
    const recorded = readFileSync(built.targets[0].sbom, 'utf8')
    const tampered = JSON.parse(recorded)
    tampered.files[0].checksums[1].checksumValue = '0'.repeat(64)
    writeFileSync(built.targets[0].sbom, JSON.stringify(tampered))
    const refused = await runInProcess(
      signAction,
      { image: `oci:${built.layout}:1.0`, identity: 'ghcr.io/acme/hello', key: pair.privatePem, provenance: 'false' },
      {},
      built.runnerTemp
    )
    expect(refused.error?.message).toMatch(/^input `sbom`: \S+\/sbom\.spdx\.json does not belong to oci:\S+: the build recorded it for qemu\/x86_64/)
    expect(readFileSync(join(built.layout, 'index.json'), 'utf8')).not.toMatch(/\.sig"/)
    writeFileSync(built.targets[0].sbom, recorded)

    const signed = await runInProcess(
      signAction,
      {
        image: `oci:${built.layout}:1.0`,
        identity: 'ghcr.io/acme/hello',
        key: pair.privatePem,
        provenance: 'false',
        format: 'cosign',
        sbom: built.targets[1].sbom
      },
      {},
      built.runnerTemp
    )
    expect(signed.error).toBeUndefined()
    // hello's kernel is the same for both targets: the fc SBOM describes both manifests' kernels.
    const sbomRecords = JSON.parse(signed.outputs.get('signatures')!).filter((r: { kind: string }) => r.kind === 'sbom')
    expect(sbomRecords.map((r: { digest: string }) => r.digest)).toEqual(built.targets.map((t) => t.manifestDigest))
    const verified = await runInProcess(verifyAction, { image: `oci:${built.layout}:1.0`, key: pair.publicPem, format: 'cosign', 'require-sbom': 'true' })
    expect(verified.error).toBeUndefined()
    expect(JSON.parse(verified.outputs.get('results')!)[0].sbom.attestations).toHaveLength(2)
  }, 20_000)
})
