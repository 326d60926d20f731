import { copyFile, chmod, mkdir, readdir, stat } from 'node:fs/promises'
import { join } from 'node:path'
import * as semver from 'semver'
import type { GitHubRepository } from './types.js'

export const GITHUB_DOWNLOAD_BASE = 'https://github.com'

/** `<base>/<owner>/<repo>/releases/download/<tag>/<file>`, as github.com (and GHES, and mirrors of it) serve assets. */
export function releaseDownloadUrl(base: string, repository: GitHubRepository, tag: string, file: string): string {
  return `${base.replace(/\/+$/, '')}/${repository.owner}/${repository.repo}/releases/download/${encodeURIComponent(tag)}/${encodeURIComponent(file)}`
}

/** Tags of the form `v1.2.3` (or `1.2.3`) → `1.2.3`; anything else is not a release of the tool. */
export function semverTag(tag: string): string | undefined {
  const match = /^v?(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)$/.exec(tag)
  return match && semver.valid(match[1]) ? match[1] : undefined
}

/** Copies `from` to `<dest>/bin/<name>`, executable. */
export async function installBinary(from: string, dest: string, name: string): Promise<void> {
  const info = await stat(from).catch(() => undefined)
  if (!info?.isFile()) throw new Error(`the download has no ${name} where expected (${from})`)
  await mkdir(join(dest, 'bin'), { recursive: true })
  await copyFile(from, join(dest, 'bin', name))
  await chmod(join(dest, 'bin', name), 0o755)
}

/** The single top-level directory of an extracted archive (`release-v1.9.1-x86_64/`), or the root itself. */
export async function archiveRoot(extracted: string): Promise<string> {
  const entries = await readdir(extracted, { withFileTypes: true })
  return entries.length === 1 && entries[0].isDirectory() ? join(extracted, entries[0].name) : extracted
}
