import { describe, expect, test } from '@jest/globals'
import { ESLint } from 'eslint'
import { REPO_ROOT } from '../support/fixtures.js'

/** The lint rule that keeps VMM and toolchain names out of code that should ask capabilities. */
async function nameCheckMessages(filePath: string, code: string): Promise<number> {
  const [result] = await new ESLint({ cwd: REPO_ROOT }).lintText(code, { filePath })
  return result.messages.filter((message) => message.ruleId === 'no-restricted-syntax').length
}

const COMPARISONS = `
export const a = (driver: { name: string }) => driver.name === 'qemu'
export const b = (vmm: string) => vmm.startsWith('solo5')
export const c = (adapter: { name: string }) => adapter.name !== 'custom'
export function d(toolchain: string): number {
  switch (toolchain) {
    case 'unikraft':
      return 1
  }
  return 0
}
`

describe('no VMM or toolchain name comparisons outside their own files', () => {
  test('each kind of comparison is refused in the boot engine', async () => {
    expect(await nameCheckMessages('src/boot/new-file.ts', COMPARISONS)).toBe(4)
  })

  test('a driver, a toolchain and a catalog may name themselves', async () => {
    for (const owner of ['src/vmm/qemu.ts', 'src/toolchains/unikraft.ts', 'src/vmm/drivers.ts']) {
      expect(await nameCheckMessages(owner, COMPARISONS)).toBe(0)
    }
  })

  test('the same words in another sense pass (a Sigstore instance called custom)', async () => {
    expect(await nameCheckMessages('src/signing/x.ts', "export const e = (x: { instance: string }) => x.instance === 'custom'\n")).toBe(0)
  })
})
