import { describe, expect, test } from '@jest/globals'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { distDir, repoRoot } from '../support/run-action.js'

/**
 * What every checkout of the actions downloads: the committed dist/ (`du -sh dist` read 9.3M when two
 * copies of the Azure storage client were in it). In bytes of file content, so the file system's block
 * size does not move it. 8 MiB held everything until Kraftfiles were parsed: the yaml package (290 KiB,
 * a chunk of its own, loaded only by Kraftfile builds) and the rootfs and SBOM code took it to 8.6 MiB.
 */
const DIST_BUDGET_BYTES = 9 * 1024 * 1024

/**
 * Packages that two dependents each brought in their own version of, until `overrides` in package.json
 * gave them one (the second storage client was a 1 MB chunk). Counted by a string literal the package's
 * code holds once, in its ESM and CommonJS builds alike: webpack names a CommonJS module by a number
 * only, so a CommonJS copy would not show under its path.
 */
const ONE_COPY = [
  { name: '@azure/storage-blob', marker: '"BlobClient-downloadToBuffer"' },
  { name: '@azure/core-rest-pipeline', marker: '"core-rest-pipeline retryPolicy"' },
  { name: '@actions/http-client', marker: "'Client has already been disposed.'" }
]

/**
 * Packages that dist/ holds from more than one install directory on purpose, with why. Every other
 * package name must come from one directory. agent-base 9 sits twice in node_modules (under @npmcli/agent
 * and socks-proxy-agent, both sigstore's) because the top level holds the 7.x that @typespec/ts-http-runtime's
 * proxy agents need; 13 KB.
 */
const KNOWN_COPIES: Record<string, number> = { 'agent-base': 2 }

interface Chunk {
  file: string
  text: string
}

function readChunks(dir: string): Chunk[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.js'))
    .sort()
    .map((file) => ({ file, text: readFileSync(join(dir, file), 'utf8') }))
}

function occurrences(chunks: Chunk[], marker: string): number {
  return chunks.reduce((n, { text }) => n + text.split(marker).length - 1, 0)
}

/**
 * Webpack heads every ES module it inlines with `// CONCATENATED MODULE: ./node_modules/<path>`:
 * the install directories each package name is bundled from, and the chunks each module file is in.
 */
function bundledModules(chunks: Chunk[]): { dirs: Map<string, Set<string>>; chunksOf: Map<string, Set<string>> } {
  const dirs = new Map<string, Set<string>>()
  const chunksOf = new Map<string, Set<string>>()
  for (const { file, text } of chunks) {
    for (const [, path] of text.matchAll(/CONCATENATED MODULE: \.\/(node_modules\/\S+)/g)) {
      const [, dir, name] = /^(.*node_modules\/((?:@[^/]+\/)?[^/]+))\//.exec(path) ?? []
      if (!name) continue
      dirs.set(name, (dirs.get(name) ?? new Set()).add(dir))
      chunksOf.set(path, (chunksOf.get(path) ?? new Set()).add(file))
    }
  }
  return { dirs, chunksOf }
}

function packageSourceHas(name: string, marker: string): boolean {
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.name === 'node_modules' ? [] : e.isDirectory() ? files(join(dir, e.name)) : /\.[cm]?js$/.test(e.name) ? [join(dir, e.name)] : []
    )
  return files(join(repoRoot, 'node_modules', name)).some((f) => readFileSync(f, 'utf8').includes(marker))
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? listFiles(join(dir, e.name)) : [join(dir, e.name)]))
}

const chunks = readChunks(distDir)

describe('dist/ bundles each package once', () => {
  test.each(ONE_COPY)('$name: one copy', ({ name, marker }) => {
    // The marker must be the package's own, or the count below says nothing about it.
    expect([name, packageSourceHas(name, marker)]).toEqual([name, true])
    expect([name, occurrences(chunks, marker)]).toEqual([name, 1])
  })

  test('no package comes from two install directories, but the known ones', () => {
    const { dirs } = bundledModules(chunks)
    const copies = Object.fromEntries([...dirs].filter(([, d]) => d.size > 1).map(([name, d]) => [name, d.size]))
    expect(copies).toEqual(KNOWN_COPIES)
  })

  test('no module of a package is in two chunks', () => {
    const { chunksOf } = bundledModules(chunks)
    expect([...chunksOf].filter(([, files]) => files.size > 1).map(([path, files]) => `${path}: ${[...files].join(', ')}`)).toEqual([])
  })

  test('the checks above fail on a bundle that holds a package twice', () => {
    const twice: Chunk[] = [
      {
        file: '1.index.js',
        text: `;// CONCATENATED MODULE: ./node_modules/@azure/storage-blob/dist/esm/Clients.js\ntracingClient.withSpan("BlobClient-downloadToBuffer")`
      },
      {
        file: '2.index.js',
        text: [
          ';// CONCATENATED MODULE: ./node_modules/@actions/cache/node_modules/@azure/storage-blob/dist/esm/Clients.js',
          'tracingClient.withSpan("BlobClient-downloadToBuffer")',
          ';// CONCATENATED MODULE: ./node_modules/@azure/storage-blob/dist/esm/Clients.js'
        ].join('\n')
      }
    ]
    expect(occurrences(twice, ONE_COPY[0].marker)).toBe(2)
    const { dirs, chunksOf } = bundledModules(twice)
    expect([...(dirs.get('@azure/storage-blob') ?? [])]).toEqual([
      'node_modules/@azure/storage-blob',
      'node_modules/@actions/cache/node_modules/@azure/storage-blob'
    ])
    expect(chunksOf.get('node_modules/@azure/storage-blob/dist/esm/Clients.js')?.size).toBe(2)
  })
})

test(`dist/ stays within ${DIST_BUDGET_BYTES / 1024 / 1024} MiB`, () => {
  const sizes = listFiles(distDir).map((f) => [relative(distDir, f), statSync(f).size] as const)
  const total = sizes.reduce((sum, [, size]) => sum + size, 0)
  const kib = (bytes: number) => `${Math.round(bytes / 1024)} KiB`
  const largest = [...sizes].sort((a, b) => b[1] - a[1]).slice(0, 5)
  // `ncc build --stats-out stats.json` tells what is in a chunk.
  const verdict =
    total <= DIST_BUDGET_BYTES
      ? 'within budget'
      : `dist/ holds ${kib(total)}, ${kib(total - DIST_BUDGET_BYTES)} over; largest: ${largest.map(([f, size]) => `${f} ${kib(size)}`).join(', ')}`
  expect(verdict).toBe('within budget')
})
