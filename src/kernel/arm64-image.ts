import { inputError } from '../runtime/errors.js'

/**
 * Compressed arm64 Linux kernels, as distributions ship them (`vmlinuz`):
 * - `gzip`: the Image gzipped whole (Debian, Ubuntu ≤ 24.04). QEMU's virt machine unpacks it itself;
 *   Firecracker does not.
 * - `zboot`: an EFI application (CONFIG_EFI_ZBOOT, drivers/firmware/efi/libstub/zboot-header.S) that
 *   carries the compressed Image as a payload and names its compression in the header. Only UEFI
 *   firmware runs it as it is, so the payload is unpacked to a plain Image for `-kernel`.
 */
export type Arm64Compression = { kind: 'gzip' } | { kind: 'zboot'; type: string; offset: number; size: number }

const ARM64_IMAGE_MAGIC = 0x644d5241 // "ARM\x64", at 0x38 of the Image header
const IMAGE_FILE_MACHINE_ARM64 = 0xaa64

export function isGzip(head: Buffer): boolean {
  return head.length >= 3 && head[0] === 0x1f && head[1] === 0x8b && head[2] === 8
}

/** "MZ", then "zimg" where a PE file keeps nothing in particular. */
export function isZboot(head: Buffer): boolean {
  return head.length >= 8 && head.toString('latin1', 0, 2) === 'MZ' && head.toString('latin1', 4, 8) === 'zimg'
}

export function isArm64Image(bytes: Buffer): boolean {
  return bytes.length >= 0x40 && bytes.readUInt32LE(0x38) === ARM64_IMAGE_MAGIC
}

/**
 * Whether gzipped bytes start with an arm64 Image header: inflates what `prefix` holds (a truncated
 * stream is fine) and looks at the header. Anything else gzipped is not ours to boot.
 */
export function gzipHoldsArm64Image(prefix: Buffer): boolean {
  const zlib = process.getBuiltinModule('node:zlib')
  try {
    return isArm64Image(zlib.gunzipSync(prefix, { finishFlush: zlib.constants.Z_SYNC_FLUSH }))
  } catch {
    return false
  }
}

/** The zboot header's fields; throws naming `input` when it is not an arm64 one. */
export function readZbootHeader(head: Buffer, path: string, input: string): Arm64Compression {
  if (head.length < 0x40) throw inputError(input, `${path} is cut short: an EFI zboot image without its header`)
  const offset = head.readUInt32LE(8)
  const size = head.readUInt32LE(12)
  const nul = head.indexOf(0, 0x18)
  const type = head.toString('latin1', 0x18, nul < 0 || nul > 0x38 ? 0x38 : nul)
  const pe = head.readUInt32LE(0x3c)
  const machine = pe + 6 <= head.length && head.toString('latin1', pe, pe + 4) === 'PE\0\0' ? head.readUInt16LE(pe + 4) : undefined
  if (machine !== IMAGE_FILE_MACHINE_ARM64) {
    throw inputError(
      input,
      `${path} is an EFI zboot image for ${machine === undefined ? 'an unknown machine' : `PE machine 0x${machine.toString(16)}`}, not arm64`
    )
  }
  return { kind: 'zboot', type, offset, size }
}

/** The most a compressed arm64 kernel may unpack to: Linux Images are tens of MiB. */
export const MAX_UNPACKED_IMAGE = 512 * 1024 * 1024

/**
 * The plain Image inside a compressed arm64 kernel. zboot payloads are gzip or zstd (Node's zstd,
 * where this Node has it); other kernel compressions (lzma, lz4, lzo, xz) have no decoder here.
 */
export function unpackArm64Image(file: Buffer, compression: Arm64Compression, path: string, input: string): Buffer {
  const zlib = process.getBuiltinModule('node:zlib')
  let payload = file
  let type = 'gzip'
  if (compression.kind === 'zboot') {
    if (compression.offset + compression.size > file.length)
      throw inputError(input, `${path} is cut short: its zboot payload ends at byte ${compression.offset + compression.size} of ${file.length}`)
    payload = file.subarray(compression.offset, compression.offset + compression.size)
    type = compression.type
  }
  const decode = type === 'gzip' ? zlib.gunzipSync : type.startsWith('zstd') ? zlib.zstdDecompressSync : undefined
  if (!decode) {
    throw inputError(
      input,
      `${path} is an EFI zboot image compressed with ${type || 'an unnamed method'}, which this action cannot unpack (gzip and zstd it can): ` +
        'give the uncompressed Image (arch/arm64/boot/Image)'
    )
  }
  let image: Buffer
  try {
    image = decode(payload, { maxOutputLength: MAX_UNPACKED_IMAGE })
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE')
      throw inputError(input, `${path}: its ${type} payload unpacks to more than ${MAX_UNPACKED_IMAGE / 1024 / 1024} MiB, the most an arm64 Image may be`)
    throw inputError(input, `${path}: its ${type} payload does not unpack: ${(error as Error).message}`)
  }
  if (!isArm64Image(image)) throw inputError(input, `${path} unpacks to something that is not an arm64 Image`)
  return image
}
