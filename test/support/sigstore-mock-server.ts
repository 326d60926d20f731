/**
 * @sigstore/mock's Fulcio, Rekor and TSA served from a loopback HTTP server — so an action running as
 * a separate process signs against them (nock only intercepts inside one process) — plus a stand-in
 * for the Actions OIDC token service, and the trusted-root JSON that makes their signatures verify.
 */
import { fulcioHandler, initializeCA, initializeCTLog, initializeTLog, initializeTSA, rekorHandler, tsaHandler, type HandlerFn } from '@sigstore/mock'
import { createHash, generateKeyPairSync, randomBytes } from 'node:crypto'
import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

export const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com'

export interface WorkflowIdentity {
  repository: string
  workflowPath: string
  ref: string
}

export interface SigstoreMock {
  url: string
  fulcioUrl: string
  rekorUrl: string
  tsaUrl: string
  /** ACTIONS_ID_TOKEN_REQUEST_URL / _TOKEN for a runner whose job has `id-token: write`. */
  oidcEnv: Record<string, string>
  /** The trusted root (JSON text) for the mock's CA, CT log, Rekor and TSA. */
  trustedRoot: string
  /** The certificate identity (SAN) a token from this server yields. */
  identity: string
  /** How many OIDC tokens and certificates were handed out, and the audiences asked for. */
  counts: { tokens: number; certificates: number; tlogEntries: number; timestamps: number }
  audiences: string[]
  close(): Promise<void>
}

function keyPair(): { publicKey: import('node:crypto').KeyObject; privateKey: import('node:crypto').KeyObject } {
  return generateKeyPairSync('ec', { namedCurve: 'P-256' })
}

function b64(bytes: Uint8Array | ArrayBufferView): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64')
}

function base64url(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url')
}

/** An unsigned JWT with GitHub Actions' claims: the mock Fulcio reads claims without checking signatures. */
export function githubToken(identity: WorkflowIdentity, audience: string): string {
  const jobWorkflowRef = `${identity.repository}/${identity.workflowPath}@${identity.ref}`
  const claims = {
    iss: GITHUB_ISSUER,
    aud: audience,
    sub: `repo:${identity.repository}:ref:${identity.ref}`,
    san: `https://github.com/${jobWorkflowRef}`,
    repository: identity.repository,
    repository_owner: identity.repository.split('/')[0],
    repository_id: '4242',
    repository_owner_id: '42',
    repository_visibility: 'public',
    ref: identity.ref,
    sha: 'c0ffee0000000000000000000000000000000000',
    workflow_ref: jobWorkflowRef,
    job_workflow_ref: jobWorkflowRef,
    event_name: 'push',
    runner_environment: 'github-hosted',
    run_id: '7',
    run_attempt: '1',
    exp: Math.floor(Date.now() / 1000) + 600
  }
  return `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url(claims)}.`
}

async function body(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of request) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

export async function startSigstoreMock(identity: WorkflowIdentity): Promise<SigstoreMock> {
  const server: Server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  // One fixed clock on a whole second for the mock's world: the TSA writes milliseconds as a
  // GeneralizedTime fraction without trailing zeros (".12Z"), which @sigstore/core's parser rejects,
  // so a running clock would fail one timestamp in ten. It runs a few seconds ahead because the mock
  // TSA dates its intermediate certificate by the real clock, which must not come after the timestamps.
  const clock = new Date(Math.ceil(Date.now() / 1000) * 1000 + 5000)
  const ctlog = await initializeCTLog(keyPair(), clock)
  const ca = await initializeCA(keyPair(), ctlog, clock)
  const tlog = await initializeTLog(`${url}/rekor`, keyPair(), clock)
  const tsa = await initializeTSA(keyPair(), clock)
  const requestToken = randomBytes(16).toString('hex')
  const counts = { tokens: 0, certificates: 0, tlogEntries: 0, timestamps: 0 }
  const audiences: string[] = []

  const routes: Record<string, { fn: HandlerFn; count: keyof typeof counts }> = {
    [`/fulcio${fulcioHandler(ca, { subjectClaim: 'san' }).path}`]: { fn: fulcioHandler(ca, { subjectClaim: 'san' }).fn, count: 'certificates' },
    [`/rekor${rekorHandler(tlog).path}`]: { fn: rekorHandler(tlog).fn, count: 'tlogEntries' },
    [`/tsa${tsaHandler(tsa).path}`]: { fn: tsaHandler(tsa).fn, count: 'timestamps' }
  }

  server.on('request', (request, response) => {
    void (async () => {
      const path = new URL(request.url ?? '/', url)
      if (request.method === 'GET' && path.pathname === '/oidc/token') {
        if (request.headers.authorization !== `Bearer ${requestToken}`) {
          response.writeHead(401).end()
          return
        }
        const audience = path.searchParams.get('audience') ?? ''
        audiences.push(audience)
        counts.tokens++
        response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ value: githubToken(identity, audience) }))
        return
      }
      const route = request.method === 'POST' ? routes[path.pathname] : undefined
      if (!route) {
        response.writeHead(404).end()
        return
      }
      const result = await route.fn(await body(request))
      if (result.statusCode < 300) counts[route.count]++
      response.writeHead(result.statusCode, { 'content-type': result.contentType ?? 'text/plain' })
      response.end(
        typeof result.response === 'string' ? result.response : Buffer.from(result.response.buffer, result.response.byteOffset, result.response.byteLength)
      )
    })().catch((error: unknown) => {
      response.writeHead(500).end(String(error))
    })
  })

  // Valid from an hour ago: the mock's certificates are issued "now", and clocks are not ours to trust.
  const validFor = { start: new Date(Date.now() - 3600_000).toISOString() }
  const trustedRoot = JSON.stringify({
    mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
    tlogs: [
      {
        baseUrl: `${url}/rekor`,
        hashAlgorithm: 'SHA2_256',
        publicKey: { rawBytes: b64(tlog.publicKey), keyDetails: 'PKIX_ECDSA_P256_SHA_256', validFor },
        logId: { keyId: createHash('sha256').update(tlog.publicKey).digest('base64') }
      }
    ],
    certificateAuthorities: [
      {
        subject: { organization: 'sigstore.mock', commonName: 'sigstore' },
        uri: `${url}/fulcio`,
        certChain: { certificates: [{ rawBytes: b64(ca.rootCertificate) }] },
        validFor
      }
    ],
    ctlogs: [
      {
        baseUrl: `${url}/ctlog`,
        hashAlgorithm: 'SHA2_256',
        publicKey: { rawBytes: b64(ctlog.publicKey), keyDetails: 'PKIX_ECDSA_P256_SHA_256', validFor },
        logId: { keyId: b64(ctlog.logID) }
      }
    ],
    timestampAuthorities: [
      {
        subject: { organization: 'sigstore.mock', commonName: 'tsa' },
        uri: `${url}/tsa`,
        certChain: { certificates: [{ rawBytes: b64(tsa.intCertificate) }, { rawBytes: b64(tsa.rootCertificate) }] },
        validFor
      }
    ]
  })

  return {
    url,
    fulcioUrl: `${url}/fulcio`,
    rekorUrl: `${url}/rekor`,
    // sigstore-js takes a TSA URL with a path as the full endpoint (as signing configs give it).
    tsaUrl: `${url}/tsa/api/v1/timestamp`,
    oidcEnv: { ACTIONS_ID_TOKEN_REQUEST_URL: `${url}/oidc/token?api-version=2.0`, ACTIONS_ID_TOKEN_REQUEST_TOKEN: requestToken },
    trustedRoot,
    identity: `https://github.com/${identity.repository}/${identity.workflowPath}@${identity.ref}`,
    counts,
    audiences,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}
