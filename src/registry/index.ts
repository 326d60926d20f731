/**
 * The OCI distribution client, for publish, sign and boot: one repository per `RegistryClient`,
 * sessions (auth, tokens, retries, proxies) shared per registry host.
 */
export { RegistryClient, bytesSource, fileSource, referrersFallbackTag, DEFAULT_CHUNK_SIZE, DEFAULT_CHUNK_THRESHOLD } from './client.js'
export type { BlobPushResult, BlobSource, ClientOptions, Manifest, ManifestHead, RepositoryName } from './client.js'
export { RegistrySession } from './session.js'
export type { SessionOptions } from './session.js'
export type { RegistryCredentials } from './auth.js'
export { RegistryError, RegistryAuthError, RegistryIntegrityError } from './errors.js'
export { DEFAULT_RETRY_POLICY } from '../net/retry.js'
export type { RetryPolicy } from '../net/retry.js'
export { dockerConfigCredentials, dockerConfigPath, isInsecureRegistry, loadDockerConfig } from './credentials.js'
export { defaultCredentials, pullToLayout } from './pull.js'
export type { PulledImage } from './pull.js'
