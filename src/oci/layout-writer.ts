import { createHash } from 'node:crypto'
import { mkdir, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { writeFileAtomically } from '../runtime/files.js'
import { readRegularFile } from '../runtime/regular-file.js'
import { ANNOTATION_REF_NAME, MAX_DOCUMENT_SIZE, OCI_INDEX, OCI_LAYOUT_VERSION, type OciDescriptor, type OciIndex } from './image-spec.js'

/**
 * The write primitives of an OCI image layout, shared by everything that writes one (build, publish to
 * `oci:`, sign): content-addressed blobs, and index.json entries named by tag. Every write is
 * write-then-rename, so a reader never sees half a blob or half an index.
 */
export function sha256Of(content: Uint8Array): string {
  return `sha256:${createHash('sha256').update(content).digest('hex')}`
}

export async function ensureLayout(dir: string): Promise<void> {
  await mkdir(join(dir, 'blobs', 'sha256'), { recursive: true })
  const layoutFile = join(dir, 'oci-layout')
  if (!(await exists(layoutFile))) await writeFileAtomically(layoutFile, JSON.stringify({ imageLayoutVersion: OCI_LAYOUT_VERSION }))
  const indexFile = join(dir, 'index.json')
  if (!(await exists(indexFile))) await writeFileAtomically(indexFile, serializeIndex({ schemaVersion: 2, mediaType: OCI_INDEX, manifests: [] }))
}

export function blobPath(dir: string, digest: string): string {
  return join(dir, 'blobs', 'sha256', digest.slice('sha256:'.length))
}

/** Writes a blob (skipped when present) and returns its descriptor. */
export async function writeBlob(dir: string, content: Uint8Array, mediaType: string, extra: Partial<OciDescriptor> = {}): Promise<OciDescriptor> {
  const digest = sha256Of(content)
  const path = blobPath(dir, digest)
  if (!(await exists(path))) await writeFileAtomically(path, content)
  return { mediaType, digest, size: content.length, ...extra }
}

/** A JSON document of a layout being written to (index.json, an index blob): a regular file, of at most 4 MiB. */
export async function readLayoutDocument<T>(path: string): Promise<T> {
  return JSON.parse((await readRegularFile(path, MAX_DOCUMENT_SIZE, { noFollow: true })).toString('utf8')) as T
}

/**
 * Points `tag` at `descriptor` in index.json: the entry's `org.opencontainers.image.ref.name` is the tag
 * alone (so `skopeo … oci:<dir>:<tag>` finds it); an existing entry for the tag is replaced.
 */
export async function setTag(dir: string, tag: string, descriptor: OciDescriptor): Promise<void> {
  await ensureLayout(dir)
  const index = await readLayoutDocument<OciIndex>(join(dir, 'index.json'))
  const entry: OciDescriptor = { ...descriptor, annotations: { ...descriptor.annotations, [ANNOTATION_REF_NAME]: tag } }
  index.manifests = [...index.manifests.filter((m) => m.annotations?.[ANNOTATION_REF_NAME] !== tag), entry]
  await writeFileAtomically(join(dir, 'index.json'), serializeIndex(index))
}

function serializeIndex(index: OciIndex): string {
  return JSON.stringify(index)
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false
  )
}
