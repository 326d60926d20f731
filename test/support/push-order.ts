import { expect } from '@jest/globals'
import type { LoggedRequest } from './fault-proxy.js'

/** Every manifest type a reader must accept: OCI and Docker, single and multi-platform. */
export const MANIFEST_TYPES = [
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
  'application/vnd.docker.distribution.manifest.v2+json'
]

/** A request that sends a blob's bytes. */
export const isBlobWrite = (r: LoggedRequest): boolean => /\/blobs\/uploads\//.test(r.path) && (r.method === 'PUT' || r.method === 'PATCH')
/** A request that puts a blob into the repository: its bytes, an upload session, or a cross-repository mount. */
const isBlobTransfer = (r: LoggedRequest): boolean => isBlobWrite(r) || (r.method === 'POST' && /\/blobs\/uploads\//.test(r.path))
export const isManifestPut = (r: LoggedRequest): boolean => r.method === 'PUT' && /\/manifests\//.test(r.path)

export interface PushExpectation {
  /** The digest of the image's top manifest or index. */
  top: string
  /** The manifests the top lists (an index's children): each goes up before the top does. */
  children?: string[]
  /** The tags that name the top: each written, after every other manifest. */
  tags: string[]
  /**
   * Whether the top also goes up by digest, before its tags: when something is attached to it, when it
   * has no tags, and for a merged index. Otherwise it goes up under its tags only.
   */
  byDigest: boolean
  /**
   * A merge copies leg by leg, each child manifest right after its own blobs, so blobs precede the top
   * only; an image push sends every blob before any manifest (the default).
   */
  childByChild?: boolean
}

/**
 * The order every push must follow, read off a fault proxy's log. Strict: each request the order
 * speaks of must be in the log, so a push that left one out fails here rather than passing a check
 * that had nothing to compare.
 */
export function expectSafePushOrder(log: LoggedRequest[], expected: PushExpectation): void {
  const blobTransfers = log.filter(isBlobTransfer)
  const manifestPuts = log.filter(isManifestPut)
  const putsOf = (reference: string): LoggedRequest[] => manifestPuts.filter((r) => r.path.endsWith(`/manifests/${reference}`))
  const first = (requests: LoggedRequest[]): number => Math.min(...requests.map((r) => r.seq))
  const last = (requests: LoggedRequest[]): number => Math.max(...requests.map((r) => r.seq))

  const topByDigest = putsOf(expected.top)
  const tagPuts = expected.tags.flatMap(putsOf)
  const topPuts = [...topByDigest, ...tagPuts]
  expect(topPuts.length).toBeGreaterThan(0)

  // Blobs (uploaded or mounted) first: before every manifest, or for a merge before the top.
  expect(blobTransfers.length).toBeGreaterThan(0)
  expect(last(blobTransfers)).toBeLessThan(first(expected.childByChild ? topPuts : manifestPuts))

  // Each child before the top is anywhere, by digest or under a tag.
  for (const child of expected.children ?? []) {
    expect({ child, written: putsOf(child).length > 0 }).toEqual({ child, written: true })
    expect(last(putsOf(child))).toBeLessThan(first(topPuts))
  }

  // The top by digest exactly when expected, and then before any of its tags.
  if (expected.byDigest) {
    expect(topByDigest.length).toBeGreaterThan(0)
    if (tagPuts.length > 0) expect(last(topByDigest)).toBeLessThan(first(tagPuts))
  } else {
    expect(topByDigest).toEqual([])
  }

  // Every tag written, and last: no tag names an image before everything it needs is there.
  for (const tag of expected.tags) expect({ tag, written: putsOf(tag).length > 0 }).toEqual({ tag, written: true })
  const others = manifestPuts.filter((r) => !tagPuts.includes(r))
  if (others.length > 0 && tagPuts.length > 0) expect(first(tagPuts)).toBeGreaterThan(last(others))

  // Every manifest PUT names its type; every manifest GET/HEAD accepts all four.
  for (const put of manifestPuts) expect(put.contentType).toMatch(/^application\/vnd\.(oci|docker)\./)
  for (const read of log.filter((r) => (r.method === 'GET' || r.method === 'HEAD') && /\/manifests\//.test(r.path))) {
    for (const type of MANIFEST_TYPES) expect(read.accept).toContain(type)
  }
}
