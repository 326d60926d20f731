import { expect, test } from '@jest/globals'
import type { LoggedRequest } from '../support/fault-proxy.js'
import { expectSafePushOrder, MANIFEST_TYPES, type PushExpectation } from '../support/push-order.js'

// The push-order check the publish tests share must fail when a request it speaks of is missing or
// out of place, not pass for want of something to compare.
const CHILD = `sha256:${'c'.repeat(64)}`
const TOP = `sha256:${'t'.repeat(64)}`
const MANIFEST = 'application/vnd.oci.image.manifest.v1+json'

function request(method: string, path: string, extra: Partial<LoggedRequest> = {}): Omit<LoggedRequest, 'seq'> {
  return { method, path, host: 'registry', form: 'origin', bytesIn: 0, ...extra }
}

const blob = request('PUT', '/v2/acme/web/blobs/uploads/1?digest=sha256%3Aaaa')
const head = request('HEAD', '/v2/acme/web/manifests/1.0', { accept: MANIFEST_TYPES.join(', ') })
const child = request('PUT', `/v2/acme/web/manifests/${CHILD}`, { contentType: MANIFEST })
const topByDigest = request('PUT', `/v2/acme/web/manifests/${TOP}`, { contentType: MANIFEST_TYPES[0] })
const tag = request('PUT', '/v2/acme/web/manifests/1.0', { contentType: MANIFEST_TYPES[0] })

const log = (...requests: Omit<LoggedRequest, 'seq'>[]): LoggedRequest[] => requests.map((r, seq) => ({ ...r, seq }))
const underTag: PushExpectation = { top: TOP, children: [CHILD], tags: ['1.0'], byDigest: false }

test('a push in the safe order passes', () => {
  expectSafePushOrder(log(head, blob, child, tag), underTag)
  expectSafePushOrder(log(head, blob, child, topByDigest, tag), { ...underTag, byDigest: true })
})

test.each<[string, LoggedRequest[], PushExpectation]>([
  ['no blob was sent', log(head, child, tag), underTag],
  ['a blob after a manifest', log(head, child, blob, tag), underTag],
  ['the child never went up', log(head, blob, tag), underTag],
  ['the tag before its child', log(head, blob, tag, child), underTag],
  ['the tag never written', log(head, blob, child), underTag],
  ['nothing pushed at all', [], underTag],
  ['the top by digest, unexpected', log(head, blob, child, topByDigest, tag), underTag],
  ['the top by digest, expected but missing', log(head, blob, child, tag), { ...underTag, byDigest: true }],
  ['the tag before the top by digest', log(head, blob, child, tag, topByDigest), { ...underTag, byDigest: true }],
  ['a manifest PUT without its type', log(head, blob, { ...child, contentType: undefined }, tag), underTag],
  ['a manifest read that does not accept every type', log({ ...head, accept: MANIFEST }, blob, child, tag), underTag]
])('fails when %s', (_name, requests, expectation) => {
  expect(() => expectSafePushOrder(requests, expectation)).toThrow()
})
