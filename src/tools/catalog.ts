import * as semver from 'semver'
import { inputError } from '../runtime/errors.js'
import { firecracker } from './firecracker.js'
import { kraft } from './kraft.js'
import { ops } from './ops.js'
import { qemu } from './qemu.js'
import { solo5 } from './solo5.js'
import { TOOL_NAMES, type ToolAdapter, type ToolName, type ToolRequest } from './types.js'
import { uhyve } from './uhyve.js'

/** Every tool `setup` installs; adding one is a file implementing DownloadTool or SystemTool and a line here. */
export const TOOLS: Readonly<Record<ToolName, ToolAdapter>> = { kraft, ops, solo5, firecracker, uhyve, qemu }

function isToolName(name: string): name is ToolName {
  return (TOOL_NAMES as readonly string[]).includes(name)
}

/** The `tools` input's items (`kraft`, `kraft@0.9`, `firecracker@^1.9`, `ops@latest`) → requests. */
export function parseToolRequests(items: readonly string[]): ToolRequest[] {
  const requests: ToolRequest[] = []
  for (const spec of items) {
    const at = spec.indexOf('@')
    const name = (at < 0 ? spec : spec.slice(0, at)).trim().toLowerCase()
    const range = at < 0 ? 'latest' : spec.slice(at + 1).trim()
    if (!isToolName(name)) throw inputError('tools', `\`${name}\` is not a tool setup installs (known: ${TOOL_NAMES.join(', ')})`)
    if (range === '' || (range !== 'latest' && semver.validRange(range) === null)) {
      throw inputError('tools', `\`${spec}\`: \`${range}\` is not a version or semver range (e.g. ${name}@1.2.3, ${name}@1.2, ${name}@^1, ${name}@latest)`)
    }
    if (requests.some((r) => r.name === name)) throw inputError('tools', `${name} is listed twice`)
    requests.push({ name, range, spec })
  }
  return requests
}
