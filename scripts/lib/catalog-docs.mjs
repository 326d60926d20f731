// The parts of action.yml files and docs that list VMMs, toolchains and setup tools, rendered from the
// code that defines them (src/vmm/drivers.ts, src/toolchains/catalog.ts, src/tools/catalog.ts): adding a
// driver, a toolchain or a tool never means editing these lists by hand.
import { parse } from 'yaml'
import './import-ts.mjs'

const { VMM_NAMES, VMM_DRIVERS, DEFAULT_VMM } = await import('../../src/vmm/drivers.ts')
const { TOOLCHAIN_NAMES } = await import('../../src/toolchains/types.ts')
const { BUILD_ADAPTERS } = await import('../../src/toolchains/catalog.ts')
const { TOOLS } = await import('../../src/tools/catalog.ts')
const { BUILD_PLATFORMS } = await import('../../src/platform.ts')

/** `a, b or c` */
function choiceList(items) {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`
}
const code = (items) => items.map((item) => `\`${item}\``)

const ACCELERATION = { optional: 'used when usable, else TCG', required: 'required', none: 'not used' }
const buildToolchains = BUILD_ADAPTERS.map((adapter) => adapter.name)
const detectedBuilds = BUILD_ADAPTERS.filter((adapter) => !adapter.runsUserCommand)
const commandBuild = BUILD_ADAPTERS.find((adapter) => adapter.runsUserCommand)

const vmmInput =
  `${choiceList(['auto', ...VMM_NAMES])}. auto: the image descriptor, ` +
  `else the VMM the kernel was built for (a Solo5 ABI note names its tender), else ${DEFAULT_VMM}.`
const bootToolchainInput =
  `${choiceList(['auto', ...TOOLCHAIN_NAMES])}: picks the crash patterns and exit-code decoding. auto: the image descriptor, ` +
  `else detected from the kernel, else custom.`
const buildToolchainInput =
  `${choiceList(['auto', ...buildToolchains])}. auto: the one toolchain whose project is found (` +
  `${detectedBuilds.map((a) => `${a.name}: ${a.detectsBy}`).join('; ')}); with \`command\` and none of those, ${commandBuild.name}.`
const rootToolchainInput = `${choiceList(['auto', ...buildToolchains])} (auto: detected from the project).`
const toolNames = Object.keys(TOOLS)
const toolsInput =
  `Tools to install, each NAME or NAME@VERSION-RANGE (${toolNames.join(', ')}), e.g. "kraft@0.9, firecracker@^1.9, qemu". ` +
  `No range means the latest release. List: newline- or comma-separated.`

/** One row of the platform table: the platform (or — for a VMM no build targets) and what its VMM can do. */
function platformRow(platform, driver) {
  if (!driver) return `| \`${platform}\` | — (build only) | — | — | — | — |`
  const cells = [
    platform ? `\`${platform}\`` : '—',
    `\`${driver.name}\``,
    ACCELERATION[driver.acceleration],
    code(driver.formats).join(', '),
    driver.supportsPorts ? 'yes' : 'no',
    `\`tools: ${driver.setupTool}\``
  ]
  return `| ${cells.join(' | ')} |`
}

function platformTable() {
  return [
    '| target platform | `boot` VMM | KVM | kernel formats | port forwards | installed by `setup` |',
    '|---|---|---|---|---|---|',
    ...BUILD_PLATFORMS.map((platform) =>
      platformRow(
        platform,
        VMM_DRIVERS.find((d) => d.platform === platform)
      )
    ),
    ...VMM_DRIVERS.filter((d) => !d.platform).map((d) => platformRow(undefined, d))
  ].join('\n')
}

/** Replaces the one-line `description:` of `section.key` in an action.yml, keeping everything else as written. */
function setDescription(text, section, key, value) {
  const lines = text.split('\n')
  const start = lines.indexOf(`${section}:`)
  const entry = lines.findIndex((line, i) => i > start && line === `  ${key}:`)
  const line = lines.findIndex((l, i) => i > entry && l.startsWith('    description:'))
  if (start < 0 || entry < 0 || line < 0) throw new Error(`no ${section}.${key}.description`)
  lines[line] = `    description: '${value.replaceAll("'", "''")}'`
  const result = lines.join('\n')
  if (parse(result)[section][key].description !== value) throw new Error(`${section}.${key}.description did not round-trip`)
  return result
}

/** setup's outputs: one `<tool>-version` per tool, where the first of them stands now. */
function setVersionOutputs(text) {
  const lines = text.split('\n')
  const isVersion = (line) => /^ {2}[a-z0-9-]+-version:$/.test(line)
  const first = lines.findIndex(isVersion)
  if (first < 0) throw new Error('no <tool>-version output to replace')
  const kept = lines.filter((line, i) => !isVersion(line) && !(i > 0 && isVersion(lines[i - 1])))
  const at = kept.indexOf(lines[first - 1]) + 1
  const generated = Object.values(TOOLS).flatMap((tool) => [`  ${tool.name}-version:`, `    description: '${tool.versionOutput.replaceAll("'", "''")}'`])
  kept.splice(at, 0, ...generated)
  return kept.join('\n')
}

/** Replaces the text between `<!-- generated: NAME -->` and `<!-- end generated: NAME -->`. */
function setBlock(text, name, content) {
  const begin = `<!-- generated: ${name} (scripts/lib/catalog-docs.mjs; edit the code it reads, then run \`npm run docs\`) -->`
  const end = `<!-- end generated: ${name} -->`
  const from = text.indexOf(begin)
  const to = text.indexOf(end)
  if (from < 0 || to < from) throw new Error(`no generated block ${name}`)
  return `${text.slice(0, from + begin.length)}\n${content}\n${text.slice(to)}`
}

/** Replaces the second cell of the README table row of an input. */
function setInputCell(text, input, value) {
  const row = new RegExp(`^(\\| \`${input}\` \\| )[^|]*( \\|)`, 'm')
  if (!row.test(text)) throw new Error(`no README row for ${input}`)
  return text.replace(row, `$1${value}$2`)
}

/** Each file with the function that brings its generated parts up to date. */
export const CATALOG_EDITS = [
  ['actions/boot/action.yml', (t) => setDescription(setDescription(t, 'inputs', 'vmm', vmmInput), 'inputs', 'toolchain', bootToolchainInput)],
  ['actions/build/action.yml', (t) => setDescription(t, 'inputs', 'toolchain', buildToolchainInput)],
  ['action.yml', (t) => setDescription(t, 'inputs', 'toolchain', rootToolchainInput)],
  ['actions/setup/action.yml', (t) => setVersionOutputs(setDescription(t, 'inputs', 'tools', toolsInput))],
  [
    'README.md',
    (t) =>
      setInputCell(
        setInputCell(t, 'vmm', code(['auto', ...VMM_NAMES]).join(', ')),
        'toolchain',
        `${code(['auto', ...TOOLCHAIN_NAMES]).join(', ')}: crash patterns and exit decoding`
      )
  ],
  ['docs/platforms.md', (t) => setBlock(t, 'vmm-table', platformTable())]
]
