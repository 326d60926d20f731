/**
 * SPDX 2.3 JSON SBOMs for built unikernels: one document per target naming the toolchain and its
 * version, the kernel (and initrd) as they sit in the image with their SHA-256, and what went into the
 * kernel where the toolchain tells (sbom-components.ts). Reproducible: `created` is SOURCE_DATE_EPOCH
 * and `documentNamespace` is derived from the document's own content, so the same sources give the
 * same bytes.
 */
import { createHash } from 'node:crypto'
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import { dirname } from 'node:path'
import { DEFAULT_INITRD_PATH, DEFAULT_KERNEL_PATH } from '../oci/unikernel-descriptor.js'
import { epochToRfc3339 } from '../oci/image-writer.js'

export const SPDX_VERSION = 'SPDX-2.3'
/** What the document says of itself when nothing more is known (SPDX 2.3 §7.7, §7.5). */
export const NOASSERTION = 'NOASSERTION'
export const SBOM_CREATOR = 'Tool: unikernel-actions'
/** The file name each target's SBOM is written under, in its own directory of the job. */
export const SBOM_FILE_NAME = 'sbom.spdx.json'

export interface SpdxChecksum {
  algorithm: 'SHA1' | 'SHA256'
  checksumValue: string
}

export interface SpdxExternalRef {
  referenceCategory: 'PACKAGE-MANAGER' | 'OTHER'
  referenceType: string
  referenceLocator: string
}

export interface SpdxPackage {
  name: string
  SPDXID: string
  versionInfo?: string
  supplier?: string
  downloadLocation: string
  /** True only for the image, whose files (kernel, initrd) are listed; it then has a verification code. */
  filesAnalyzed: boolean
  packageVerificationCode?: { packageVerificationCodeValue: string }
  checksums?: SpdxChecksum[]
  licenseConcluded?: string
  externalRefs?: SpdxExternalRef[]
  primaryPackagePurpose?: 'APPLICATION' | 'LIBRARY' | 'OPERATING-SYSTEM' | 'SOURCE' | 'INSTALL' | 'OTHER'
  comment?: string
}

export interface SpdxFile {
  fileName: string
  SPDXID: string
  checksums: SpdxChecksum[]
}

export interface SpdxRelationship {
  spdxElementId: string
  relationshipType: 'DESCRIBES' | 'CONTAINS' | 'BUILD_TOOL_OF' | 'BUILD_DEPENDENCY_OF' | 'GENERATED_FROM'
  relatedSpdxElement: string
}

export interface SpdxDocument {
  spdxVersion: typeof SPDX_VERSION
  dataLicense: 'CC0-1.0'
  SPDXID: 'SPDXRef-DOCUMENT'
  name: string
  documentNamespace: string
  creationInfo: { created: string; creators: string[] }
  packages: SpdxPackage[]
  files: SpdxFile[]
  relationships: SpdxRelationship[]
}

/**
 * Something that went into the kernel, or was used to make it, as a toolchain tells it. `relation`
 * says how it relates to the image: part of it, a build dependency, or the source it came from.
 */
export interface SbomComponent {
  name: string
  version?: string
  /** Where it came from (a URL, `git+<url>@<commit>`); NOASSERTION when unknown. */
  downloadLocation?: string
  purpose?: SpdxPackage['primaryPackagePurpose']
  relation: 'contains' | 'build-dependency' | 'source'
  checksums?: SpdxChecksum[]
  /** Where the fact came from (`.config`, `Kraftfile`, `config.json`, `opam list`): the package's comment. */
  from: string
  /** The files it consists of, hashed (custom's source tree): the package then lists them (SPDX 2.3 §7.8, §7.9). */
  files?: readonly SourceFile[]
}

export interface SbomFacts {
  /** The image name (`name` input or the project directory's). */
  name: string
  /** `qemu/x86_64`. */
  target: string
  /** The toolchain (`unikraft`, …), and the tool that built it with its version where the build asked. */
  toolchain: { name: string; tool?: string; version?: string }
  /** The kernel and initrd as built (their bytes are what the image holds at /unikernel/kernel, /unikernel/initrd). */
  kernel: string
  initrd?: string
  epochSeconds: number
  components: readonly SbomComponent[]
  /** The project's repository URL and commit, where known (the image's source annotations). */
  source?: { url?: string; revision?: string }
}

/** A file of the project's source tree: its path relative to the project, and its checksums. */
export interface SourceFile {
  path: string
  sha1: string
  sha256: string
}

/** SPDX identifiers are `SPDXRef-` and letters, digits, `.` and `-` (SPDX 2.3 §7.2). */
function spdxId(kind: string, name: string, taken: Set<string>): string {
  const base = `SPDXRef-${kind}-${name.replace(/[^A-Za-z0-9.-]+/g, '-').replace(/^-+|-+$/g, '') || 'unnamed'}`
  let id = base
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`
  taken.add(id)
  return id
}

async function fileChecksums(path: string): Promise<{ sha1: string; sha256: string }> {
  const content = await readFile(path)
  return { sha1: createHash('sha1').update(content).digest('hex'), sha256: createHash('sha256').update(content).digest('hex') }
}

/** The toolchain's version from the first line its version command printed (`kraft 0.9.2 (…)` → `0.9.2`); the line itself otherwise. */
export function toolVersionOf(line: string | undefined): string | undefined {
  const trimmed = line?.trim()
  if (!trimmed) return undefined
  return /\bv?(\d+(?:\.\d+)+(?:[-+~][\w.+~-]*)?)/.exec(trimmed)?.[1] ?? trimmed
}

/** `git+<url>@<commit>` (SPDX 2.3 §7.7's VCS form), or the URL alone, or NOASSERTION. */
export function vcsLocation(url: string | undefined, commit: string | undefined): string {
  if (!url) return NOASSERTION
  const base = /^(git\+|https?:|ssh:|git:)/.test(url) ? (url.startsWith('git+') ? url : `git+${url}`) : undefined
  if (!base) return NOASSERTION
  return commit ? `${base}@${commit}` : base
}

/** SPDX 2.3 §7.9: SHA1 over the sorted SHA1s of the package's files, concatenated. */
function verificationCode(files: readonly SpdxFile[]): { packageVerificationCodeValue: string } {
  const sha1s = files.map((f) => f.checksums.find((c) => c.algorithm === 'SHA1')!.checksumValue).sort()
  return { packageVerificationCodeValue: createHash('sha1').update(sha1s.join('')).digest('hex') }
}

/** The SBOM of one target. Deterministic: nothing in it depends on when or where it was made beyond the facts given. */
export async function sbomDocument(facts: SbomFacts): Promise<SpdxDocument> {
  const taken = new Set<string>(['SPDXRef-DOCUMENT'])
  const imageId = spdxId('Package', 'image', taken)
  const packages: SpdxPackage[] = []
  const files: SpdxFile[] = []
  const relationships: SpdxRelationship[] = [{ spdxElementId: 'SPDXRef-DOCUMENT', relationshipType: 'DESCRIBES', relatedSpdxElement: imageId }]

  const image: SpdxPackage = {
    name: facts.name,
    SPDXID: imageId,
    downloadLocation: vcsLocation(facts.source?.url, facts.source?.revision),
    filesAnalyzed: true,
    primaryPackagePurpose: 'OPERATING-SYSTEM',
    comment: `The unikernel image for ${facts.target}, built with ${facts.toolchain.name}`
  }
  packages.push(image)

  const imageFiles: [string, string | undefined][] = [
    [DEFAULT_KERNEL_PATH, facts.kernel],
    [DEFAULT_INITRD_PATH, facts.initrd]
  ]
  for (const [inImage, path] of imageFiles) {
    if (!path) continue
    const sums = await fileChecksums(path)
    const id = spdxId('File', inImage.split('/').pop()!, taken)
    // SPDX 2.3 §8.4: a file's checksums include SHA1.
    files.push({
      fileName: `.${inImage}`,
      SPDXID: id,
      checksums: [
        { algorithm: 'SHA1', checksumValue: sums.sha1 },
        { algorithm: 'SHA256', checksumValue: sums.sha256 }
      ]
    })
    relationships.push({ spdxElementId: imageId, relationshipType: 'CONTAINS', relatedSpdxElement: id })
  }
  image.packageVerificationCode = verificationCode(files)

  const toolId = spdxId('Toolchain', facts.toolchain.tool ?? facts.toolchain.name, taken)
  packages.push({
    name: facts.toolchain.tool ?? facts.toolchain.name,
    SPDXID: toolId,
    ...(facts.toolchain.version ? { versionInfo: facts.toolchain.version } : {}),
    downloadLocation: NOASSERTION,
    filesAnalyzed: false,
    primaryPackagePurpose: 'APPLICATION',
    comment: facts.toolchain.version
      ? `The ${facts.toolchain.name} toolchain's tool, version as it reported it`
      : `The ${facts.toolchain.name} toolchain; the build does not ask its version`
  })
  relationships.push({ spdxElementId: toolId, relationshipType: 'BUILD_TOOL_OF', relatedSpdxElement: imageId })

  for (const component of facts.components) {
    const id = spdxId('Package', component.name, taken)
    const componentFiles: SpdxFile[] = (component.files ?? []).map((file) => ({
      fileName: `./${file.path}`,
      SPDXID: spdxId('File', `${component.name}-${file.path}`, taken),
      checksums: [
        { algorithm: 'SHA1', checksumValue: file.sha1 },
        { algorithm: 'SHA256', checksumValue: file.sha256 }
      ]
    }))
    packages.push({
      name: component.name,
      SPDXID: id,
      ...(component.version ? { versionInfo: component.version } : {}),
      downloadLocation: component.downloadLocation ?? NOASSERTION,
      filesAnalyzed: component.files !== undefined,
      ...(component.files !== undefined ? { packageVerificationCode: verificationCode(componentFiles) } : {}),
      ...(component.checksums?.length ? { checksums: component.checksums } : {}),
      ...(component.purpose ? { primaryPackagePurpose: component.purpose } : {}),
      comment: `From ${component.from}`
    })
    if (component.relation === 'contains') relationships.push({ spdxElementId: imageId, relationshipType: 'CONTAINS', relatedSpdxElement: id })
    else if (component.relation === 'build-dependency')
      relationships.push({ spdxElementId: id, relationshipType: 'BUILD_DEPENDENCY_OF', relatedSpdxElement: imageId })
    else relationships.push({ spdxElementId: imageId, relationshipType: 'GENERATED_FROM', relatedSpdxElement: id })
    for (const file of componentFiles) relationships.push({ spdxElementId: id, relationshipType: 'CONTAINS', relatedSpdxElement: file.SPDXID })
    files.push(...componentFiles)
  }

  const document: SpdxDocument = {
    spdxVersion: SPDX_VERSION,
    dataLicense: 'CC0-1.0',
    SPDXID: 'SPDXRef-DOCUMENT',
    name: `${facts.name} ${facts.target}`,
    documentNamespace: '',
    creationInfo: { created: epochToRfc3339(facts.epochSeconds), creators: [SBOM_CREATOR] },
    packages,
    files,
    relationships
  }
  // Derived from everything else in the document: the same content, the same namespace; other content, another.
  const digest = createHash('sha256').update(JSON.stringify(document)).digest('hex')
  const slug = `${facts.name}-${facts.target}`.replace(/[^A-Za-z0-9._-]+/g, '-')
  document.documentNamespace = `https://spdx.org/spdxdocs/unikernel-actions/${slug}-${digest}`
  return document
}

export function serializeSbom(document: SpdxDocument): string {
  return `${JSON.stringify(document, null, 2)}\n`
}

/** Writes the document to `path` (write-then-rename: a reader never sees half of it). */
export async function writeSbom(path: string, document: SpdxDocument): Promise<void> {
  await mkdir(dirname(path), { recursive: true })
  const temp = `${path}.${process.pid}.tmp`
  await writeFile(temp, serializeSbom(document))
  await rename(temp, path)
}

/** The SHA-256 the document records for the image's kernel (`./unikernel/kernel`), or undefined. */
export function sbomKernelSha256(document: unknown): string | undefined {
  const files = (document as { files?: unknown })?.files
  if (!Array.isArray(files)) return undefined
  const kernel = files.find((f: { fileName?: unknown }) => f?.fileName === `.${DEFAULT_KERNEL_PATH}`) as { checksums?: unknown } | undefined
  if (!Array.isArray(kernel?.checksums)) return undefined
  const sha256 = kernel.checksums.find((c: { algorithm?: unknown }) => c?.algorithm === 'SHA256') as { checksumValue?: unknown } | undefined
  return typeof sha256?.checksumValue === 'string' ? sha256.checksumValue : undefined
}
