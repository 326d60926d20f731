import builtin from './versions.json' with { type: 'json' }

/**
 * The pinned-hash manifest: tool → version → published file name → SHA-256 (hex). Written only by
 * scripts/update-versions.mjs from files it downloaded itself; a hash here is the strongest
 * verification the installer has, so nothing else may write one.
 */
export interface VersionsManifest {
  schema: 1
  tools: Record<string, Record<string, Record<string, string>>>
}

export const BUILTIN_VERSIONS: VersionsManifest = builtin as VersionsManifest

export function pinnedSha256(manifest: VersionsManifest, tool: string, version: string, file: string): string | undefined {
  return manifest.tools[tool]?.[version]?.[file]?.toLowerCase()
}
