import { afterAll, afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startFakeGitHub, type FakeGitHub } from '../support/fake-github.js'
import { repoRoot } from '../support/run-action.js'
import {
  fakeExecutable,
  firecrackerArchive,
  kraftArchive,
  publishFirecracker,
  publishKraft,
  publishOps,
  publishSolo5,
  publishUhyve,
  sha256Hex,
  solo5SourceArchive,
  uhyveArchive
} from '../support/tool-fixtures.js'

// The generator of the pinned-hash manifest, run as the scheduled workflow runs it, against the fake
// GitHub (it can only ever write hashes of files it downloaded).
const scratch = mkdtempSync(join(tmpdir(), 'update-versions-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

let github: FakeGitHub
let output: string
beforeEach(async () => {
  github = await startFakeGitHub()
  output = join(mkdtempSync(join(scratch, 'out-')), 'versions.json')
})
afterEach(() => github.close())

function generate(...args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      [
        join(repoRoot, 'scripts', 'update-versions.mjs'),
        '--api-url',
        github.apiUrl,
        '--mirror',
        github.url,
        '--mirror',
        `ops=${github.url}/cli`,
        '--output',
        output,
        '--releases',
        '2',
        ...args
      ],
      { env: { PATH: process.env.PATH, HOME: process.env.HOME } }
    )
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d: Buffer) => (stdout += d))
    child.stderr.on('data', (d: Buffer) => (stderr += d))
    child.on('close', (status) => resolve({ status, stdout, stderr }))
  })
}

describe('scripts/update-versions.mjs', () => {
  test('pins the SHA-256 of every published file of the newest releases, computed from the files themselves', async () => {
    for (const v of ['0.9.2', '0.9.3', '0.9.4']) publishKraft(github, v)
    publishFirecracker(github, '1.9.1')
    publishUhyve(github, '0.9.1', { noDigest: true })
    publishSolo5(github, '0.9.0')
    publishOps(github, '0.1.43')

    const run = await generate()
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    expect(JSON.parse(readFileSync(output, 'utf8'))).toEqual({
      schema: 1,
      tools: {
        firecracker: { '1.9.1': { 'firecracker-v1.9.1-x86_64.tgz': sha256Hex(firecrackerArchive('1.9.1')) } },
        kraft: {
          '0.9.4': { 'kraft_0.9.4_linux_amd64.tar.gz': sha256Hex(kraftArchive('0.9.4')) },
          '0.9.3': { 'kraft_0.9.3_linux_amd64.tar.gz': sha256Hex(kraftArchive('0.9.3')) }
        },
        ops: { '0.1.43': { 'ops-linux-0.1.43': sha256Hex(fakeExecutable('ops', '0.1.43')) } },
        solo5: { '0.9.0': { 'solo5-v0.9.0.tar.gz': sha256Hex(solo5SourceArchive('0.9.0')) } },
        uhyve: { '0.9.1': { 'uhyve-v0.9.1-linux-amd64.tar.gz': sha256Hex(uhyveArchive('0.9.1')) } }
      }
    })
    expect(run.stdout).toMatch(
      /kraft 0\.9\.4 kraft_0\.9\.4_linux_amd64\.tar\.gz [0-9a-f]{64} \(agrees with kraftkit_0\.9\.4_checksums\.txt, the releases API digest\)/
    )
    expect(run.stdout).toMatch(/firecracker 1\.9\.1: no firecracker-v1\.9\.1-aarch64\.tgz \(.* answered 404\); skipped/)
    // The token is for the API only; none was given here.
    expect(github.requests.every((r) => r.headers.authorization === undefined)).toBe(true)

    const before = readFileSync(output, 'utf8')
    const again = await generate()
    expect(again.status).toBe(0)
    expect(again.stdout).toMatch(/is up to date/)
    expect(readFileSync(output, 'utf8')).toBe(before)

    publishKraft(github, '0.9.5')
    const check = await generate('--check', '--tools', 'kraft')
    expect(check.status).toBe(1)
    expect(check.stdout).toMatch(/1 new hash\(es\) not in .*:\n {2}kraft 0\.9\.5 kraft_0\.9\.5_linux_amd64\.tar\.gz/)
    expect(readFileSync(output, 'utf8')).toBe(before)
  })

  test('a published checksum that disagrees with the file writes nothing', async () => {
    publishKraft(github, '0.9.4', { wrongChecksum: true })
    const run = await generate('--tools', 'kraft')
    expect(run.status).toBe(1)
    expect(run.stderr).toMatch(
      /refusing to write .*:\n {2}kraft 0\.9\.4 kraft_0\.9\.4_linux_amd64\.tar\.gz: downloaded [0-9a-f]{64}, but kraftkit_0\.9\.4_checksums\.txt says f{64}/
    )
    expect(() => readFileSync(output)).toThrow()
  })

  test('a pinned hash is never changed: a release file whose bytes changed is an alarm', async () => {
    publishUhyve(github, '0.9.1')
    writeFileSync(output, JSON.stringify({ schema: 1, tools: { uhyve: { '0.9.1': { 'uhyve-v0.9.1-linux-amd64.tar.gz': '0'.repeat(64) } } } }))
    const run = await generate('--tools', 'uhyve')
    expect(run.status).toBe(1)
    expect(run.stderr).toMatch(
      /uhyve 0\.9\.1 uhyve-v0\.9\.1-linux-amd64\.tar\.gz: pinned 0{64}, but the file downloaded now has [0-9a-f]{64}: the release file changed/
    )
    expect(JSON.parse(readFileSync(output, 'utf8')).tools.uhyve['0.9.1']['uhyve-v0.9.1-linux-amd64.tar.gz']).toBe('0'.repeat(64))
  })

  test('the shipped manifest holds only what the generator writes', () => {
    const shipped = JSON.parse(readFileSync(join(repoRoot, 'src', 'tools', 'versions.json'), 'utf8')) as {
      schema: number
      tools: Record<string, Record<string, Record<string, string>>>
    }
    expect(shipped.schema).toBe(1)
    for (const versions of Object.values(shipped.tools)) {
      for (const files of Object.values(versions)) for (const hash of Object.values(files)) expect(hash).toMatch(/^[0-9a-f]{64}$/)
    }
  })
})
