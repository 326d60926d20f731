#!/usr/bin/env node
// Computes the SHA-256 of every release file `setup` downloads, for the newest releases of each tool,
// and records them in src/tools/versions.json (the pinned-hash manifest). Every hash is computed here
// from the file itself, downloaded as `setup` would download it; where the project also publishes a
// checksum file or the releases API a digest, they must agree or nothing is written. Hashes already in
// the manifest are never changed: a release file whose bytes changed is an alarm, not an update.
//
// Run where the real releases can be downloaded (the scheduled workflow .github/workflows/update-versions.yml):
//   node scripts/update-versions.mjs [--tools kraft,firecracker] [--releases 3] [--output FILE]
//                                    [--api-url URL] [--mirror URL] [--mirror TOOL=URL] [--check]
// GITHUB_TOKEN, when set, is sent to the releases API only.
import { createHash } from 'node:crypto'
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
// The adapters are the TypeScript sources themselves.
import './lib/import-ts.mjs'

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..')
const DEFAULT_OUTPUT = join(ROOT, 'src', 'tools', 'versions.json')

function usage(problem) {
  if (problem) console.error(`update-versions: ${problem}`)
  console.error('usage: node scripts/update-versions.mjs [--tools a,b] [--releases N] [--output FILE] [--api-url URL] [--mirror URL|TOOL=URL]… [--check]')
  process.exit(problem ? 2 : 0)
}

let flags
try {
  flags = parseArgs({
    options: {
      tools: { type: 'string' },
      releases: { type: 'string', default: '3' },
      output: { type: 'string', default: DEFAULT_OUTPUT },
      'api-url': { type: 'string', default: 'https://api.github.com' },
      mirror: { type: 'string', multiple: true, default: [] },
      check: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false }
    }
  }).values
} catch (error) {
  usage(error.message)
}
if (flags.help) usage()
const RELEASES = Number(flags.releases)
if (!Number.isInteger(RELEASES) || RELEASES < 1) usage(`--releases wants a positive integer, got ${flags.releases}`)

const { TOOLS } = await import('../src/tools/catalog.ts')
const { downloadBaseFor, parseMirrors } = await import('../src/tools/mirrors.ts')
const semver = (await import('semver')).default

const bases = parseMirrors(flags.mirror)
const apiUrl = flags['api-url'].replace(/\/+$/, '')
const token = process.env.GITHUB_TOKEN
const downloadTools = Object.values(TOOLS).filter((tool) => tool.kind === 'download')
const selected = flags.tools ? flags.tools.split(',').map((name) => name.trim()) : downloadTools.map((tool) => tool.name)
for (const name of selected)
  if (!downloadTools.some((tool) => tool.name === name)) usage(`--tools: ${name} is not a downloaded tool (${downloadTools.map((t) => t.name).join(', ')})`)

async function get(url, headers = {}) {
  for (let attempt = 1; ; attempt++) {
    const response = await globalThis.fetch(url, { headers, redirect: 'follow' })
    if (response.ok || attempt === 3 || (response.status < 500 && response.status !== 429)) return response
    await new Promise((resolve) => setTimeout(resolve, attempt * 5000))
  }
}

async function api(path) {
  const headers = { accept: 'application/vnd.github+json', 'x-github-api-version': '2022-11-28', 'user-agent': 'unikernel-actions/update-versions' }
  if (token) headers.authorization = `Bearer ${token}`
  const response = await get(`${apiUrl}${path}`, headers)
  if (!response.ok) throw new Error(`${apiUrl}${path} answered HTTP ${response.status}: ${(await response.text()).slice(0, 200)}`)
  return response.json()
}

async function releasesOf(tool) {
  const all = []
  for (let page = 1; page <= 10; page++) {
    const batch = await api(`/repos/${tool.releases.owner}/${tool.releases.repo}/releases?per_page=100&page=${page}`)
    all.push(...batch)
    if (batch.length < 100) break
  }
  const byVersion = new Map()
  for (const release of all) {
    const version = !release.draft && !release.prerelease ? tool.versionOfTag(release.tag_name) : undefined
    if (version && !byVersion.has(version)) byVersion.set(version, release)
  }
  return semver
    .rsort([...byVersion.keys()])
    .slice(0, RELEASES)
    .map((version) => ({ version, release: byVersion.get(version) }))
}

async function sha256Of(url) {
  const response = await get(url, { 'user-agent': 'unikernel-actions/update-versions' })
  if (response.status === 404) return undefined
  if (!response.ok) throw new Error(`${url} answered HTTP ${response.status}`)
  return createHash('sha256')
    .update(Buffer.from(await response.arrayBuffer()))
    .digest('hex')
}

/** The project's checksum file's word on `file`, if it publishes one that lists it. */
async function publishedChecksum(tool, release, asset, base) {
  if (!tool.checksumFiles) return undefined
  const rule = tool.checksumFiles(asset)
  const { owner, repo } = tool.releases
  for (const candidate of release.assets.filter((a) => rule.matches(a.name))) {
    const url = `${base}/${owner}/${repo}/releases/download/${encodeURIComponent(release.tag_name)}/${encodeURIComponent(candidate.name)}`
    const response = await get(url, { 'user-agent': 'unikernel-actions/update-versions' })
    if (!response.ok) throw new Error(`${url} answered HTTP ${response.status}`)
    const hashes = new Map()
    for (const line of (await response.text()).split(/\r?\n/)) {
      const match = /^([0-9a-fA-F]{64})(?:\s+\*?(.+?))?\s*$/.exec(line.trim())
      if (match) hashes.set((match[2] ?? '').split('/').pop(), match[1].toLowerCase())
    }
    const sha256 = hashes.get(asset.name) ?? (hashes.size === 1 ? hashes.get('') : undefined)
    if (sha256) return { sha256, source: candidate.name }
  }
  return undefined
}

const manifest = existsSync(flags.output) ? JSON.parse(readFileSync(flags.output, 'utf8')) : { schema: 1, tools: {} }
if (manifest.schema !== 1) throw new Error(`${flags.output}: schema ${manifest.schema} is not 1`)
const problems = []
const added = []

for (const tool of downloadTools.filter((t) => selected.includes(t.name))) {
  const base = downloadBaseFor(tool, bases)
  for (const { version, release } of await releasesOf(tool)) {
    const seen = new Set()
    for (const platform of tool.platforms) {
      const asset = tool.asset(version, platform, base)
      if (seen.has(asset.name)) continue
      seen.add(asset.name)
      const sha256 = await sha256Of(asset.url)
      if (!sha256) {
        console.log(`${tool.name} ${version}: no ${asset.name} (${asset.url} answered 404); skipped`)
        continue
      }
      const witnesses = []
      const published = await publishedChecksum(tool, release, asset, base)
      if (published) witnesses.push(published)
      const digest = /^sha256:([0-9a-f]{64})$/i.exec(release.assets.find((a) => a.name === asset.name)?.digest ?? '')
      if (digest) witnesses.push({ sha256: digest[1].toLowerCase(), source: 'the releases API digest' })
      for (const witness of witnesses) {
        if (witness.sha256 !== sha256)
          problems.push(`${tool.name} ${version} ${asset.name}: downloaded ${sha256}, but ${witness.source} says ${witness.sha256}`)
      }
      const pinned = manifest.tools[tool.name]?.[version]?.[asset.name]
      if (pinned && pinned !== sha256)
        problems.push(`${tool.name} ${version} ${asset.name}: pinned ${pinned}, but the file downloaded now has ${sha256}: the release file changed`)
      if (!pinned) {
        const versions = (manifest.tools[tool.name] ??= {})
        const files = (versions[version] ??= {})
        files[asset.name] = sha256
        added.push(`${tool.name} ${version} ${asset.name} ${sha256}${witnesses.length ? ` (agrees with ${witnesses.map((w) => w.source).join(', ')})` : ''}`)
      }
    }
  }
}

if (problems.length) {
  console.error(`update-versions: refusing to write ${flags.output}:\n  ${problems.join('\n  ')}`)
  process.exit(1)
}

/** Tools by name, versions newest first, files by name: a stable file that diffs well. */
function sorted(value) {
  const tools = {}
  for (const name of Object.keys(value.tools).sort()) {
    tools[name] = {}
    for (const version of semver.rsort(Object.keys(value.tools[name]))) {
      tools[name][version] = Object.fromEntries(Object.entries(value.tools[name][version]).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
    }
  }
  return { schema: 1, tools }
}

const text = `${JSON.stringify(sorted(manifest), null, 2)}\n`
if (added.length === 0) {
  console.log(`update-versions: ${flags.output} is up to date`)
} else if (flags.check) {
  console.log(`update-versions: ${added.length} new hash(es) not in ${flags.output}:\n  ${added.join('\n  ')}`)
  process.exit(1)
} else {
  const temp = `${flags.output}.${process.pid}.tmp`
  writeFileSync(temp, text)
  renameSync(temp, flags.output)
  console.log(`update-versions: added ${added.length} hash(es) to ${flags.output}:\n  ${added.join('\n  ')}`)
}
