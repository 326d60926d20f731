/**
 * SPDX 2.3 validity for the SBOMs we write: ajv against spdx-schema.json (our own subset of the
 * specification, clause by clause), plus what a JSON schema cannot say — every element a relationship
 * names exists, no SPDX identifier is used twice (SPDX 2.3 §3.2, §11.1), and a package whose files
 * were not analyzed contains no file (§7.8).
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Ajv } from 'ajv'
import { repoRoot } from './run-action.js'

const schema = JSON.parse(readFileSync(join(repoRoot, 'test', 'support', 'spdx-schema.json'), 'utf8')) as object
const validate = new Ajv({ allErrors: true, strict: true, strictRequired: false }).compile(schema)

interface Element {
  SPDXID?: unknown
  filesAnalyzed?: unknown
}

/** Every problem found, as `path: message`; empty when the document is valid. */
export function spdxProblems(document: unknown): string[] {
  const problems: string[] = []
  if (!validate(document)) for (const error of validate.errors ?? []) problems.push(`${error.instancePath || '/'}: ${error.message}`)
  const doc = document as {
    packages?: Element[]
    files?: Element[]
    relationships?: { spdxElementId?: unknown; relationshipType?: unknown; relatedSpdxElement?: unknown }[]
  }
  const ids = ['SPDXRef-DOCUMENT', ...[...(doc.packages ?? []), ...(doc.files ?? [])].map((e) => String(e.SPDXID))]
  const seen = new Set<string>()
  for (const id of ids) {
    if (seen.has(id)) problems.push(`${id}: used by more than one element`)
    seen.add(id)
  }
  const files = new Set((doc.files ?? []).map((f) => String(f.SPDXID)))
  const unanalyzed = new Set((doc.packages ?? []).filter((p) => p.filesAnalyzed === false).map((p) => String(p.SPDXID)))
  for (const [i, relationship] of (doc.relationships ?? []).entries()) {
    if (
      relationship.relationshipType === 'CONTAINS' &&
      unanalyzed.has(String(relationship.spdxElementId)) &&
      files.has(String(relationship.relatedSpdxElement))
    ) {
      problems.push(`/relationships/${i}: ${String(relationship.spdxElementId)} has filesAnalyzed false but contains a file`)
    }
    for (const end of [relationship.spdxElementId, relationship.relatedSpdxElement]) {
      if (end === 'NONE' || end === 'NOASSERTION') continue
      if (!seen.has(String(end))) problems.push(`/relationships/${i}: ${String(end)} is not an element of the document`)
    }
  }
  return problems
}
