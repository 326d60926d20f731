import { describe, expect, test } from '@jest/globals'
import { readSetupOptions } from '../../src/actions/setup.js'
import { Inputs, MapInputs } from '../../src/runtime/inputs.js'

const inputs = (values: Record<string, string>) => new Inputs(new MapInputs(new Map(Object.entries(values))))

describe('setup inputs', () => {
  test("defaults: KVM enabled, cache on, verification required, the job's API on github.com", () => {
    const options = readSetupOptions(inputs({ tools: 'kraft' }), { GITHUB_SERVER_URL: 'https://github.com', GITHUB_API_URL: 'https://api.github.com' })
    expect(options).toEqual({
      tools: [{ name: 'kraft', range: 'latest', spec: 'kraft' }],
      enableKvm: true,
      apiUrl: 'https://api.github.com',
      bases: { perTool: {} },
      cache: true,
      allowUnverified: false
    })
  })

  test("the token goes to the job's API on github.com and to an explicit api-url", () => {
    expect(
      readSetupOptions(inputs({ 'github-token': 'ghs_a' }), { GITHUB_SERVER_URL: 'https://github.com', GITHUB_API_URL: 'https://api.github.com' }).token
    ).toBe('ghs_a')
    const explicit = readSetupOptions(inputs({ 'github-token': 'ghs_a', 'api-url': 'https://ghes.example.com/api/v3/' }), {
      GITHUB_SERVER_URL: 'https://ghes.example.com'
    })
    expect(explicit).toMatchObject({ apiUrl: 'https://ghes.example.com/api/v3', token: 'ghs_a' })
  })

  test('on GHES without api-url the tools are looked up on github.com, without the GHES token', () => {
    const options = readSetupOptions(inputs({ 'github-token': 'ghes_token' }), {
      GITHUB_SERVER_URL: 'https://ghes.example.com',
      GITHUB_API_URL: 'https://ghes.example.com/api/v3'
    })
    expect(options.apiUrl).toBe('https://api.github.com')
    expect(options.token).toBeUndefined()
  })

  test('outside Actions (CLI): api.github.com, the token if given', () => {
    expect(readSetupOptions(inputs({ 'github-token': 't' }), {})).toMatchObject({ apiUrl: 'https://api.github.com', token: 't' })
  })

  test.each([
    [{ 'api-url': 'ftp://x' }, /input `api-url`: `ftp:\/\/x` is not an http\(s\) URL/],
    [{ 'enable-kvm': 'maybe' }, /input `enable-kvm`: `maybe` is not a boolean/],
    [{ cache: 'sometimes' }, /input `cache`: `sometimes` is not a boolean/],
    [{ 'allow-unverified': 'yes please' }, /input `allow-unverified`/],
    [{ tools: 'kraft@not-a-range' }, /input `tools`: `kraft@not-a-range`/]
  ])('%j is refused naming the input', (values, message) => {
    expect(() => readSetupOptions(inputs(values), {})).toThrow(message)
  })
})
