import { inputError } from '../runtime/errors.js'
import { GITHUB_DOWNLOAD_BASE } from './github-release.js'
import { TOOLS } from './catalog.js'
import { TOOL_NAMES, type DownloadTool, type ToolName } from './types.js'

/** `mirror`: one base replacing https://github.com, and per-tool bases replacing each tool's own. */
export interface DownloadBases {
  github?: string
  perTool: Partial<Record<ToolName, string>>
}

/** An http(s) URL input without its trailing slashes; anything else is a configuration error naming `input`. */
export function parseHttpUrl(input: string, value: string): string {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    throw inputError(input, `\`${value}\` is not a URL (expected http:// or https://…)`)
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw inputError(input, `\`${value}\` is not an http(s) URL`)
  return value.replace(/\/+$/, '')
}

/** `mirror`: one URL replacing https://github.com, and/or `TOOL=URL` items replacing one tool's download base. */
export function parseMirrors(items: readonly string[]): DownloadBases {
  const bases: DownloadBases = { perTool: {} }
  for (const item of items) {
    const entry = /^([A-Za-z0-9-]+)=(.*)$/.exec(item)
    if (entry) {
      const name = entry[1].toLowerCase()
      if (!(TOOL_NAMES as readonly string[]).includes(name))
        throw inputError('mirror', `\`${entry[1]}=…\` names no tool setup installs (known: ${TOOL_NAMES.join(', ')})`)
      if (TOOLS[name as ToolName].kind === 'system') throw inputError('mirror', `${name} comes from the OS packages; configure an APT mirror instead`)
      if (bases.perTool[name as ToolName]) throw inputError('mirror', `${name} is given twice`)
      bases.perTool[name as ToolName] = parseHttpUrl('mirror', entry[2].trim())
      continue
    }
    if (bases.github)
      throw inputError('mirror', `give one base URL for GitHub downloads (got \`${bases.github}\` and \`${item}\`); per-tool bases are TOOL=URL`)
    bases.github = parseHttpUrl('mirror', item)
  }
  return bases
}

export function downloadBaseFor(tool: DownloadTool, bases: DownloadBases): string {
  const own = bases.perTool[tool.name]
  if (own) return own
  return tool.defaultDownloadBase === GITHUB_DOWNLOAD_BASE ? (bases.github ?? GITHUB_DOWNLOAD_BASE) : tool.defaultDownloadBase
}
