/**
 * Fixture kernels for the boot tests, built from test/fixtures/kernels on first use (no binaries are
 * committed) and cached in .cache/fixtures/<hash of the sources and the name>/.
 *
 * Verified by hand with QEMU 7.2.22 (Debian 12, TCG), every one booted as
 *   qemu-system-x86_64 -M q35 -accel tcg -cpu max -m 64 -nodefaults -no-user-config -display none \
 *     -no-reboot -serial stdio -device isa-debug-exit,iobase=0x501,iosize=0x02 -kernel <fixture>
 * (disks with `-drive file=<fixture>,if=virtio,format=raw|qcow2` instead of -kernel; `if=ide` boots too).
 * Every line ends in a bare "\n".
 *
 *   fixture        console output                                       QEMU exit status
 *   hello          Hello from the fixture kernel                        1
 *   panic          Kernel panic - not syncing: fixture panic            7
 *   hang           fixture: hanging                                     none, runs until killed
 *   silent         (nothing)                                            none, runs until killed
 *   cmdline        cmdline: <-kernel path> <-append text>               1
 *   crash-spin     Kernel panic - not syncing: fixture crash            none, runs until killed
 *   exit5          fixture: exiting with 5                              11
 *   triple-fault   fixture: triple fault                                0 (needs -no-reboot)
 *   acpi-off       fixture: poweroff                                    0 (q35 only)
 *   hello64        (nothing: QEMU refuses it)                           1, stderr "qemu-system-x86_64:
 *                                                                         Cannot load x86-64 image, give a 32bit one."
 *   unikraft-like  Powered by Unikraft fixture                          83
 *   solo5-like     Solo5: Bindings version fixture                      83
 *                  Solo5: solo5_exit(0) called
 *   hermit-like    [0][INFO] Welcome to Hermit fixture                  3 with -device isa-debug-exit,iobase=0xf4,iosize=0x04
 *                                                                       (runs until killed with the 0x501 device only)
 *   pvh            Hello from the PVH fixture                           1 (booted through the PVH note)
 *   disk-mbr       Hello from the boot sector                           1 (if=virtio and if=ide)
 *   disk-qcow2     Hello from the boot sector                           1 (if=virtio and if=ide)
 *   flood          fixture: flooding AAAA… for ever, no line end        none, runs until killed
 *   flood-lines    fixture: flooding lines, 24 lines of 100,000 `A`s,   1
 *                  fixture: flooded
 *
 * The arm64 fixtures are raw arm64 boot Images (test/fixtures/kernels/arm64.s), verified the same way as
 *   qemu-system-aarch64 -M virt -accel tcg -cpu max -m 256M -nodefaults -no-user-config -display none \
 *     -no-reboot -serial stdio -kernel <fixture>
 *
 *   arm64-hello    Hello from the arm64 fixture kernel                  0 (PSCI SYSTEM_OFF)
 *   arm64-reset    fixture: arm64 reset                                 0 (PSCI SYSTEM_RESET under -no-reboot)
 *   arm64-hello-gz arm64-hello gzipped whole, as Debian ships vmlinuz; QEMU unpacks it itself
 *   arm64-hello-zboot  arm64-hello as the gzip payload of an EFI zboot header (see zbootContainer);
 *                  only its header fields, no EFI decompressor, so firmware would not run it
 *   arm64-semihost-exit  fixture: arm64 semihosting exit 5              5 with -semihosting (hangs without)
 *   arm64-loader   an ELF at 0x40400000: "fixture loader: an ELF module 0 with -semihosting and
 *                  at 0x48000000" (or "no module …", 1)                 -device guest-loader,addr=0x48000000,initrd=<ELF>
 *
 * The cmdline fixture shows that QEMU 7.2 hands a Multiboot kernel "<kernel path as given to -kernel> <-append
 * text>": `-kernel CMDLINE.elf -append "foo=bar baz"` prints `cmdline: CMDLINE.elf foo=bar baz`, and without
 * -append it prints `cmdline: CMDLINE.elf ` (trailing space).
 */
import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { accessSync, constants } from 'node:fs'
import { chmod, mkdir, mkdtemp, readFile, rename, rm, stat, truncate, writeFile } from 'node:fs/promises'
import { delimiter, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'

export const REPO_ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)))
export const CACHE_ROOT = join(REPO_ROOT, '.cache')
const SOURCE_DIR = join(REPO_ROOT, 'test', 'fixtures', 'kernels')
const SOURCES = ['fixture.s', 'fixture.ld', 'bootsector.s', 'arm64.s']
/** Bump when the build steps below change, so old cache entries are not reused. */
const RECIPE_VERSION = '1'

export const FIXTURE_NAMES = [
  'hello',
  'panic',
  'hang',
  'silent',
  'cmdline',
  'crash-spin',
  'exit5',
  'triple-fault',
  'acpi-off',
  'hello64',
  'unikraft-like',
  'solo5-like',
  'hermit-like',
  'pvh',
  'disk-mbr',
  'disk-qcow2',
  'arm64-hello',
  'arm64-reset',
  'arm64-hello-gz',
  'arm64-hello-zboot',
  'arm64-semihost-exit',
  'arm64-loader',
  'flood',
  'flood-lines'
] as const
export type FixtureName = (typeof FIXTURE_NAMES)[number]

const DISK_BYTES = 1024 * 1024

const TOOL_PACKAGES: Record<string, string> = {
  as: 'binutils',
  ld: 'binutils',
  objcopy: 'binutils',
  'aarch64-linux-gnu-as': 'binutils-aarch64-linux-gnu',
  'aarch64-linux-gnu-ld': 'binutils-aarch64-linux-gnu',
  'aarch64-linux-gnu-objcopy': 'binutils-aarch64-linux-gnu',
  'qemu-img': 'qemu-utils',
  cpio: 'cpio',
  'mkfs.erofs': 'erofs-utils',
  xz: 'xz-utils',
  'dpkg-deb': 'dpkg',
  'apt-get': 'apt',
  'apt-cache': 'apt'
}

/** Finds a tool on PATH and returns its absolute path, or throws saying which package provides it. */
export function requireTool(name: string): string {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (!dir) continue
    const candidate = join(dir, name)
    try {
      accessSync(candidate, constants.X_OK)
      return candidate
    } catch {
      // not in this directory
    }
  }
  const pkg = TOOL_PACKAGES[name]
  throw new Error(`test fixtures need \`${name}\`, which is not on PATH${pkg ? ` (install the ${pkg} package)` : ''}`)
}

export interface RunResult {
  stdout: Buffer
  stderr: string
}

/** Runs a command from an argv array (never a shell), failing with its stderr when it exits non-zero. */
export function run(command: string, args: string[], options: { cwd?: string; input?: string } = {}): Promise<RunResult> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'] })
    const stdout: Buffer[] = []
    const stderr: Buffer[] = []
    child.stdout?.on('data', (chunk: Buffer) => stdout.push(chunk))
    child.stderr?.on('data', (chunk: Buffer) => stderr.push(chunk))
    child.on('error', reject)
    child.on('close', (code, signal) => {
      const result = { stdout: Buffer.concat(stdout), stderr: Buffer.concat(stderr).toString('utf8') }
      if (code === 0) resolvePromise(result)
      else reject(new Error(`${[command, ...args].join(' ')} failed (${signal ?? `status ${code}`}): ${result.stderr.trim()}`))
    })
    if (options.input !== undefined) child.stdin?.end(options.input)
  })
}

export async function exists(path: string): Promise<boolean> {
  try {
    await stat(path)
    return true
  } catch {
    return false
  }
}

/**
 * Builds into a fresh directory next to `finalDir` and renames it into place, so a concurrent builder
 * (another jest worker) either wins the rename or finds the finished directory; nobody sees half a build.
 */
export async function buildAtomically(finalDir: string, build: (dir: string) => Promise<void>): Promise<void> {
  const parent = resolve(finalDir, '..')
  await mkdir(parent, { recursive: true })
  const tmp = await mkdtemp(join(parent, '.tmp-'))
  try {
    await build(tmp)
    // mkdtemp makes it 0700; the cache is shared with whatever user runs the VMM.
    await chmod(tmp, 0o755)
    try {
      await rename(tmp, finalDir)
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      if (code !== 'ENOTEMPTY' && code !== 'EEXIST') throw error
    }
  } finally {
    await rm(tmp, { recursive: true, force: true })
  }
}

const inFlight = new Map<FixtureName, Promise<string>>()

/** The absolute path of a fixture, building it on first use. */
export async function fixturePath(name: FixtureName): Promise<string> {
  if (!FIXTURE_NAMES.includes(name)) throw new Error(`unknown fixture ${String(name)}`)
  let pending = inFlight.get(name)
  if (!pending) {
    pending = locate(name)
    inFlight.set(name, pending)
    pending.catch(() => inFlight.delete(name))
  }
  return pending
}

async function locate(name: FixtureName): Promise<string> {
  const dir = join(CACHE_ROOT, 'fixtures', await cacheKey(name))
  const file = join(dir, outputName(name))
  if (await exists(file)) return file
  await buildAtomically(dir, async (tmp) => {
    const work = join(tmp, 'work')
    await mkdir(work)
    await build(name, work, join(tmp, outputName(name)))
    await rm(work, { recursive: true, force: true })
  })
  return file
}

async function cacheKey(name: FixtureName): Promise<string> {
  const hash = createHash('sha256')
  hash.update(`recipe ${RECIPE_VERSION}\0fixture ${name}\0`)
  for (const source of SOURCES) {
    hash.update(`${source}\0`)
    hash.update(await readFile(join(SOURCE_DIR, source)))
    hash.update('\0')
  }
  return hash.digest('hex').slice(0, 16)
}

function outputName(name: FixtureName): string {
  if (name === 'disk-mbr') return 'disk.img'
  if (name === 'disk-qcow2') return 'disk.qcow2'
  if (name === 'arm64-hello-gz') return 'Image.gz'
  if (name === 'arm64-hello-zboot') return 'vmlinuz.efi'
  if (name === 'arm64-loader') return 'arm64-loader.elf'
  if (name.startsWith('arm64-')) return `${name}.Image`
  return `${name}.elf`
}

async function build(name: FixtureName, work: string, output: string): Promise<void> {
  if (name === 'disk-mbr') return buildDisk(work, output)
  if (name === 'disk-qcow2') {
    const raw = join(work, 'disk.img')
    await buildDisk(work, raw)
    await run(requireTool('qemu-img'), ['convert', '-f', 'raw', '-O', 'qcow2', raw, output])
    return
  }
  if (name === 'arm64-hello-gz' || name === 'arm64-hello-zboot') {
    const image = await readFile(await fixturePath('arm64-hello'))
    await writeFile(output, name === 'arm64-hello-gz' ? gzipSync(image) : zbootContainer(gzipSync(image), 'gzip'))
    return
  }
  if (name.startsWith('arm64-')) return buildArm64Image(name, work, output)
  const is64 = name === 'hello64'
  const object = join(work, `${name}.o`)
  const symbol = `V_${name.toUpperCase().replaceAll('-', '_')}`
  await run(requireTool('as'), [is64 ? '--64' : '--32', '--defsym', `${symbol}=1`, '-o', object, join(SOURCE_DIR, 'fixture.s')])
  await run(requireTool('ld'), [
    '-m',
    is64 ? 'elf_x86_64' : 'elf_i386',
    '--build-id=none',
    // Keeps the Multiboot header, right after the first page of headers, inside the first 8 KiB.
    '-z',
    'max-page-size=0x1000',
    '-T',
    join(SOURCE_DIR, 'fixture.ld'),
    '-o',
    output,
    object
  ])
}

/**
 * An EFI zboot image's header around a compressed payload (drivers/firmware/efi/libstub/zboot-header.S):
 * "MZ", "zimg", the payload's offset and size, the compression's name at 0x18, LINUX_PE_MAGIC at 0x38,
 * and at the offset stored at 0x3c a PE header whose machine is arm64. The EFI decompressor a real one
 * carries is left out: these are the fields a loader that unpacks the payload itself reads.
 */
export function zbootContainer(payload: Buffer, compression: string, machine = 0xaa64): Buffer {
  const header = Buffer.alloc(0x80)
  header.write('MZ', 0, 'latin1')
  header.write('zimg', 4, 'latin1')
  header.writeUInt32LE(header.length, 8)
  header.writeUInt32LE(payload.length, 12)
  header.write(`${compression}\0`, 0x18, 'latin1')
  header.writeUInt32LE(0x818223cd, 0x38)
  header.writeUInt32LE(0x40, 0x3c)
  header.write('PE\0\0', 0x40, 'latin1')
  header.writeUInt16LE(machine, 0x44)
  return Buffer.concat([header, payload])
}

/**
 * Linked at 0 (the code is position independent) and kept as raw bytes: the Image format is no ELF. The
 * loader stand-in stays an ELF, linked where hermit-loader-aarch64-elf is (xtask: --image-base=0x40400000).
 */
async function buildArm64Image(name: FixtureName, work: string, output: string): Promise<void> {
  const object = join(work, `${name}.o`)
  const linked = join(work, `${name}.elf`)
  const symbol = `V_${name.toUpperCase().replaceAll('-', '_')}`
  const elf = name === 'arm64-loader'
  await run(requireTool('aarch64-linux-gnu-as'), ['--defsym', `${symbol}=1`, '-o', object, join(SOURCE_DIR, 'arm64.s')])
  await run(requireTool('aarch64-linux-gnu-ld'), ['--build-id=none', `-Ttext=${elf ? '0x40400000' : '0'}`, '-e', '_start', '-o', elf ? output : linked, object])
  if (elf) return
  await run(requireTool('aarch64-linux-gnu-objcopy'), ['-O', 'binary', linked, output])
  const image = await readFile(output)
  if (image.length < 0x40 || image.readUInt32LE(0x38) !== 0x644d5241) throw new Error(`arm64.s (${symbol}) assembled without the Image magic at 0x38`)
}

async function buildDisk(work: string, output: string): Promise<void> {
  const object = join(work, 'bootsector.o')
  const linked = join(work, 'bootsector.elf')
  await run(requireTool('as'), ['--32', '-o', object, join(SOURCE_DIR, 'bootsector.s')])
  await run(requireTool('ld'), ['-m', 'elf_i386', '--build-id=none', '-Ttext=0x7c00', '-e', '_start', '-o', linked, object])
  await run(requireTool('objcopy'), ['-O', 'binary', linked, output])
  const sector = await readFile(output)
  if (sector.length !== 512 || sector[510] !== 0x55 || sector[511] !== 0xaa) {
    throw new Error(`bootsector.s assembled to ${sector.length} bytes without a 55 AA signature at 510`)
  }
  await truncate(output, DISK_BYTES)
}
