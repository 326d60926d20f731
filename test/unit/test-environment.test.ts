import { afterEach, beforeEach, expect, test } from '@jest/globals'
import { changeEnvironment, snapshotEnvironment, withEnvironment } from '../support/environment.js'

// The helper every test that changes process.env goes through (test/support/environment.ts).
// The direct writes to process.env below stand for a library's; the outer snapshot undoes them all.
let restoreOuter: () => void
beforeEach(() => {
  restoreOuter = snapshotEnvironment()
})
afterEach(() => restoreOuter())

test('a restore puts back every variable: set, changed or deleted by the change, or by anything after it', () => {
  process.env.UA_ENV_TEST_CHANGED = 'before'
  process.env.UA_ENV_TEST_DELETED = 'before'
  const path = process.env.PATH
  const restore = changeEnvironment({ UA_ENV_TEST_SET: 'new', UA_ENV_TEST_CHANGED: 'after', UA_ENV_TEST_DELETED: undefined, PATH: '/nowhere' })
  expect(process.env.UA_ENV_TEST_SET).toBe('new')
  expect(process.env.UA_ENV_TEST_CHANGED).toBe('after')
  expect('UA_ENV_TEST_DELETED' in process.env).toBe(false)
  expect(process.env.PATH).toBe('/nowhere')
  // What a library does meanwhile (core.exportVariable, core.addPath) is undone too.
  process.env.UA_ENV_TEST_LIBRARY = 'exported'
  restore()
  expect('UA_ENV_TEST_SET' in process.env).toBe(false)
  expect('UA_ENV_TEST_LIBRARY' in process.env).toBe(false)
  expect(process.env.UA_ENV_TEST_CHANGED).toBe('before')
  expect(process.env.UA_ENV_TEST_DELETED).toBe('before')
  expect(process.env.PATH).toBe(path)
})

test('a snapshot taken with no change restores to itself', () => {
  const before = { ...process.env }
  const restore = snapshotEnvironment()
  process.env.UA_ENV_TEST_SET = 'x'
  delete process.env.PATH
  restore()
  expect({ ...process.env }).toEqual(before)
})

test('withEnvironment restores when the work throws, and returns what it returns', async () => {
  await expect(
    withEnvironment({ UA_ENV_TEST_SET: 'inside' }, () => {
      expect(process.env.UA_ENV_TEST_SET).toBe('inside')
      throw new Error('boom')
    })
  ).rejects.toThrow('boom')
  expect('UA_ENV_TEST_SET' in process.env).toBe(false)
  await expect(withEnvironment({ UA_ENV_TEST_SET: 'inside' }, async () => process.env.UA_ENV_TEST_SET)).resolves.toBe('inside')
  expect('UA_ENV_TEST_SET' in process.env).toBe(false)
})
