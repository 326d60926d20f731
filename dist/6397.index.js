export const id = 6397;
export const ids = [6397,1836];
export const modules = {

/***/ 16397:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  BOOT_INPUTS: () => (/* binding */ BOOT_INPUTS),
  bootAction: () => (/* binding */ bootAction),
  bootPost: () => (/* binding */ bootPost),
  readBootOptions: () => (/* binding */ readBootOptions),
  readBootReportSettings: () => (/* binding */ readBootReportSettings)
});

// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(77030);
// EXTERNAL MODULE: ./build/runtime/errors.js
var errors = __webpack_require__(84704);
;// CONCATENATED MODULE: ./build/boot/ports.js


/** `HOST:GUEST` items; host 0 means "pick a free port" (resolved later, just before spawning). */
function parsePorts(items) {
    const forwards = items.map((item) => {
        const match = /^(\d{1,5}):(\d{1,5})$/.exec(item);
        const host = Number(match?.[1]);
        const guest = Number(match?.[2]);
        if (!match || host > 65535 || guest < 1 || guest > 65535) {
            throw (0,errors/* inputError */.Xu)('ports', `\`${item}\` is not HOST:GUEST (e.g. 8080:80, or 0:80 for a free host port)`);
        }
        return { host, guest };
    });
    const seenHost = new Set();
    for (const f of forwards) {
        if (f.host !== 0 && seenHost.has(f.host))
            throw (0,errors/* inputError */.Xu)('ports', `host port ${f.host} is forwarded twice`);
        seenHost.add(f.host);
    }
    return forwards;
}
/** Replaces host port 0 with a port the kernel hands out now, on 127.0.0.1. */
async function resolveFreePorts(forwards) {
    const resolved = [];
    for (const forward of forwards)
        resolved.push(forward.host === 0 ? { ...forward, host: await freePort() } : forward);
    return resolved;
}
function freePort() {
    return new Promise((resolve, reject) => {
        const server = (0,external_node_net_.createServer)();
        server.unref();
        server.on('error', reject);
        server.listen(0, '127.0.0.1', () => {
            const address = server.address();
            const port = typeof address === 'object' && address ? address.port : 0;
            server.close(() => resolve(port));
        });
    });
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./build/kernel/elf.js
const EM_386 = 3;
const EM_X86_64 = 62;
const EM_AARCH64 = 183;
const PT_LOAD = 1;
const PT_NOTE = 4;
/** XEN_ELFNOTE_PHYS32_ENTRY: the PVH entry point QEMU, Firecracker and cloud-hypervisor boot. */
const XEN_ELFNOTE_PHYS32_ENTRY = 18;
const MULTIBOOT_MAGIC = 0x1badb002;
class ElfError extends Error {
}
function isElf(head) {
    return head.length >= 4 && head[0] === 0x7f && head[1] === 0x45 && head[2] === 0x4c && head[3] === 0x46;
}
function parseElf(data) {
    if (!isElf(data) || data.length < 52)
        throw new ElfError('not an ELF file');
    const elfClass = data[4] === 2 ? 64 : data[4] === 1 ? 32 : undefined;
    if (!elfClass)
        throw new ElfError(`unknown ELF class ${data[4]}`);
    if (data[5] !== 1)
        throw new ElfError('big-endian ELF is not supported');
    const is64 = elfClass === 64;
    const u16 = (o) => data.readUInt16LE(o);
    const u32 = (o) => data.readUInt32LE(o);
    const addr = (o) => (is64 ? Number(data.readBigUInt64LE(o)) : u32(o));
    const machine = u16(18);
    const entry = addr(24);
    const phoff = addr(is64 ? 32 : 28);
    const shoff = addr(is64 ? 40 : 32);
    const phentsize = u16(is64 ? 54 : 42);
    const phnum = u16(is64 ? 56 : 44);
    const shentsize = u16(is64 ? 58 : 46);
    const shnum = u16(is64 ? 60 : 48);
    const shstrndx = u16(is64 ? 62 : 50);
    const segments = [];
    for (let i = 0; i < phnum; i++) {
        const o = phoff + i * phentsize;
        if (o + phentsize > data.length)
            throw new ElfError('program header table is truncated');
        segments.push(is64
            ? { type: u32(o), flags: u32(o + 4), offset: addr(o + 8), vaddr: addr(o + 16), paddr: addr(o + 24), filesz: addr(o + 32), memsz: addr(o + 40), align: addr(o + 48) }
            : { type: u32(o), offset: u32(o + 4), vaddr: u32(o + 8), paddr: u32(o + 12), filesz: u32(o + 16), memsz: u32(o + 20), flags: u32(o + 24), align: u32(o + 28) });
    }
    const sectionHeaders = [];
    if (shoff > 0 && shoff + shnum * shentsize <= data.length) {
        for (let i = 0; i < shnum; i++) {
            const o = shoff + i * shentsize;
            sectionHeaders.push(is64 ? { name: u32(o), type: u32(o + 4), offset: addr(o + 24), size: addr(o + 32) } : { name: u32(o), type: u32(o + 4), offset: u32(o + 16), size: u32(o + 20) });
        }
    }
    const strtab = sectionHeaders[shstrndx];
    const sections = strtab ? sectionHeaders.map((s) => cString(data, strtab.offset + s.name)) : [];
    // Notes from PT_NOTE segments, and from SHT_NOTE sections for kernels that keep them out of segments.
    const notes = [];
    const seen = new Set();
    const noteRanges = [
        ...segments.filter((s) => s.type === PT_NOTE).map((s) => [s.offset, s.filesz]),
        ...sectionHeaders.filter((s) => s.type === 7).map((s) => [s.offset, s.size])
    ];
    for (const [offset, size] of noteRanges) {
        if (seen.has(offset))
            continue;
        seen.add(offset);
        notes.push(...parseNotes(data, offset, size));
    }
    return { class: elfClass, machine, entry, segments, sections, notes, multiboot: findMultiboot(data) };
}
function parseNotes(data, offset, size) {
    const notes = [];
    const end = Math.min(offset + size, data.length);
    let o = offset;
    while (o + 12 <= end) {
        const namesz = data.readUInt32LE(o);
        const descsz = data.readUInt32LE(o + 4);
        const type = data.readUInt32LE(o + 8);
        const nameStart = o + 12;
        const descStart = nameStart + align4(namesz);
        const next = descStart + align4(descsz);
        if (next > end)
            break;
        notes.push({ name: data.toString('latin1', nameStart, nameStart + namesz).replace(/\0+$/, ''), type, desc: data.subarray(descStart, descStart + descsz) });
        o = next;
    }
    return notes;
}
function findMultiboot(data) {
    const magic = Buffer.from([0x02, 0xb0, 0xad, 0x1b]);
    const end = Math.min(data.length, 8192 + 12);
    // Buffer.indexOf searches natively; the header must be 4-byte aligned and its checksum must hold.
    for (let o = data.indexOf(magic); o >= 0 && o + 12 <= end; o = data.indexOf(magic, o + 1)) {
        if (o % 4 !== 0)
            continue;
        const flags = data.readUInt32LE(o + 4);
        if (((MULTIBOOT_MAGIC + flags + data.readUInt32LE(o + 8)) & 0xffffffff) >>> 0 !== 0)
            continue;
        return { flags, aoutKludge: (flags & 0x10000) !== 0 };
    }
    return undefined;
}
function align4(n) {
    return (n + 3) & ~3;
}
function cString(data, offset) {
    const end = data.indexOf(0, offset);
    return data.toString('latin1', offset, end < 0 ? data.length : end);
}
function hasPvhNote(elf) {
    return elf.notes.some((n) => n.name === 'Xen' && n.type === XEN_ELFNOTE_PHYS32_ENTRY);
}

;// CONCATENATED MODULE: ./build/kernel/elf32.js


const FOUR_GIB = 2 ** 32;
/**
 * Re-wraps a 64-bit ELF kernel with a Multiboot header as an ELF32 file: QEMU's Multiboot loader
 * refuses ELF64 ("Cannot load x86-64 image, give a 32bit one") although the entry is 32-bit code.
 * Unikraft's build does the same with `ELF64_TO_32`. Only loadable and note segments are kept.
 */
function elf64ToElf32(data, elf) {
    const kept = elf.segments.filter((s) => s.type === PT_LOAD || s.type === PT_NOTE);
    const address = (s) => (s.vaddr < FOUR_GIB ? s.vaddr : s.paddr);
    for (const segment of kept) {
        if (address(segment) + segment.memsz > FOUR_GIB || segment.paddr + segment.memsz > FOUR_GIB) {
            throw new Error(`segment at 0x${segment.vaddr.toString(16)} lies above 4 GiB and cannot be loaded by a 32-bit Multiboot loader`);
        }
    }
    const entrySegment = kept.find((s) => s.type === PT_LOAD && elf.entry >= s.vaddr && elf.entry < s.vaddr + s.memsz);
    const entry = elf.entry < FOUR_GIB ? elf.entry : entrySegment ? elf.entry - entrySegment.vaddr + entrySegment.paddr : NaN;
    if (!Number.isFinite(entry) || entry >= FOUR_GIB)
        throw new Error(`entry point 0x${elf.entry.toString(16)} lies above 4 GiB`);
    const headerSize = 52;
    const phSize = 32;
    let offset = align(headerSize + phSize * kept.length, 16);
    const placed = kept.map((segment) => {
        const at = offset;
        offset = align(offset + segment.filesz, 16);
        return { segment, at };
    });
    const out = Buffer.alloc(offset);
    out.set([0x7f, 0x45, 0x4c, 0x46, 1, 1, 1], 0);
    out.writeUInt16LE(2, 16); // ET_EXEC
    out.writeUInt16LE(EM_386, 18);
    out.writeUInt32LE(1, 20);
    out.writeUInt32LE(entry, 24);
    out.writeUInt32LE(headerSize, 28);
    out.writeUInt32LE(0, 32);
    out.writeUInt16LE(headerSize, 40);
    out.writeUInt16LE(phSize, 42);
    out.writeUInt16LE(kept.length, 44);
    placed.forEach(({ segment, at }, i) => {
        const o = headerSize + i * phSize;
        out.writeUInt32LE(segment.type, o);
        out.writeUInt32LE(at, o + 4);
        out.writeUInt32LE(address(segment), o + 8);
        out.writeUInt32LE(segment.paddr, o + 12);
        out.writeUInt32LE(segment.filesz, o + 16);
        out.writeUInt32LE(segment.memsz, o + 20);
        out.writeUInt32LE(segment.flags, o + 24);
        out.writeUInt32LE(Math.min(segment.align, 16), o + 28);
        data.copy(out, at, segment.offset, segment.offset + segment.filesz);
    });
    return out;
}
async function writeElf32Wrapper(data, elf, path) {
    await fs.writeFile(path, elf64ToElf32(data, elf));
    return path;
}
function align(n, to) {
    return Math.ceil(n / to) * to;
}

;// CONCATENATED MODULE: ./build/kernel/format.js



/**
 * Reads the first bytes and says what kind of bootable file this is, by magic bytes alone; an ELF is
 * then read whole (one descriptor, synchronous: this runs on every boot's start-up path, where the
 * thread pool's round trips cost more than the reads; a disk image is never read past its head).
 */
async function inspectKernel(path, input = 'kernel') {
    let head;
    let whole;
    try {
        const fd = (0,external_node_fs_.openSync)(path, 'r');
        try {
            head = readAt(fd, Buffer.alloc(1024), 0);
            if (isElf(head)) {
                const size = (0,external_node_fs_.fstatSync)(fd).size;
                whole = size <= head.length ? head : readAt(fd, Buffer.allocUnsafe(size), 0);
            }
        }
        finally {
            (0,external_node_fs_.closeSync)(fd);
        }
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT')
            throw (0,errors/* inputError */.Xu)(input, `${path} does not exist`);
        if (code === 'EISDIR')
            throw (0,errors/* inputError */.Xu)(input, `${path} is a directory, not a kernel image`);
        throw (0,errors/* inputError */.Xu)(input, `cannot read ${path}: ${error.message}`);
    }
    const format = kernelFormatOf(head);
    if (!format) {
        throw (0,errors/* inputError */.Xu)(input, `${path} is not a bootable image: expected an ELF kernel, a Linux bzImage or arm64 Image, an MBR disk or a qcow2 disk`);
    }
    if (format !== 'elf')
        return { format, arch: ARCH_OF_FORMAT[format] };
    const elf = parseElf(whole);
    return { format, elf, arch: archOfMachine(elf.machine) };
}
/** Fills `buffer` from `position` until it is full or the file ends; returns the part read. */
function readAt(fd, buffer, position) {
    let filled = 0;
    while (filled < buffer.length) {
        const n = (0,external_node_fs_.readSync)(fd, buffer, filled, buffer.length - filled, position + filled);
        if (n === 0)
            break;
        filled += n;
    }
    return buffer.subarray(0, filled);
}
/** What a non-ELF format says about the architecture by itself (a disk's contents are not read). */
const ARCH_OF_FORMAT = { bzimage: 'x86_64', mbr: 'x86_64', 'arm64-image': 'arm64', qcow2: undefined };
function kernelFormatOf(head) {
    if (isElf(head))
        return 'elf';
    if (head.length >= 4 && head.readUInt32BE(0) === 0x514649fb)
        return 'qcow2';
    // A bzImage also ends its first sector with 55 AA, so its "HdrS" setup signature is checked first.
    if (head.length >= 0x206 && head.toString('latin1', 0x202, 0x206) === 'HdrS')
        return 'bzimage';
    // The arm64 Linux boot image (Documentation/arch/arm64/booting.rst): "ARM\x64" at offset 0x38 of its
    // 64-byte header. What Firecracker boots on arm64, and QEMU's virt machine with -kernel.
    if (head.length >= 0x40 && head.readUInt32LE(0x38) === 0x644d5241)
        return 'arm64-image';
    if (head.length >= 512 && head[510] === 0x55 && head[511] === 0xaa)
        return 'mbr';
    return undefined;
}
function archOfMachine(machine) {
    if (machine === EM_X86_64 || machine === EM_386)
        return 'x86_64';
    if (machine === EM_AARCH64)
        return 'arm64';
    return undefined;
}
function isDisk(info) {
    return info.format === 'mbr' || info.format === 'qcow2';
}

// EXTERNAL MODULE: ./build/oci/reference.js
var oci_reference = __webpack_require__(20907);
// EXTERNAL MODULE: ./build/runtime/units.js
var units = __webpack_require__(50200);
// EXTERNAL MODULE: ./build/runtime/files.js
var files = __webpack_require__(68560);
// EXTERNAL MODULE: ./build/runtime/inputs.js
var runtime_inputs = __webpack_require__(4634);
// EXTERNAL MODULE: ./build/toolchains/registry.js + 5 modules
var registry = __webpack_require__(5903);
// EXTERNAL MODULE: ./build/toolchains/solo5.js
var solo5 = __webpack_require__(60899);
// EXTERNAL MODULE: ./build/vmm/kvm.js + 1 modules
var vmm_kvm = __webpack_require__(63742);
;// CONCATENATED MODULE: ./build/vmm/firecracker.js


/** What Firecracker boots a Linux guest with when no cmdline is given; `reboot=k` makes a guest reboot end the VMM. */
const FIRECRACKER_DEFAULT_BOOT_ARGS = 'console=ttyS0 reboot=k panic=1';
function firecrackerConfig(spec) {
    return {
        'boot-source': {
            kernel_image_path: spec.kernel,
            ...(spec.initrd ? { initrd_path: spec.initrd } : {}),
            boot_args: spec.cmdline ?? FIRECRACKER_DEFAULT_BOOT_ARGS
        },
        // Not root devices: Firecracker would append `root=/dev/vda` to a unikernel's command line.
        drives: spec.disks.map((path, index) => ({ drive_id: `disk${index}`, path_on_host: path, is_root_device: false, is_read_only: false })),
        'machine-config': { vcpu_count: spec.cpus, mem_size_mib: spec.memoryMiB }
    };
}
function planFirecracker(spec) {
    // Its arm64 loader (rust-vmm linux-loader) takes only the raw Image; an ELF would fail inside Firecracker.
    if (spec.arch === 'arm64' && spec.kernelInfo.format !== 'arm64-image') {
        throw (0,errors/* inputError */.Xu)('kernel', `${spec.kernel} is an arm64 ${spec.kernelInfo.format === 'elf' ? 'ELF' : spec.kernelInfo.format}; Firecracker on arm64 boots only a raw Linux arm64 Image (arch/arm64/boot/Image), or use vmm: qemu`);
    }
    if (spec.ports.length > 0) {
        throw (0,errors/* inputError */.Xu)('ports', 'firecracker cannot forward ports: its guests reach the network only through a tap device, or boot with vmm: qemu');
    }
    const configPath = (0,external_node_path_.join)(spec.workDir, 'firecracker.json');
    return {
        command: spec.vmmBinary,
        args: ['--no-api', '--config-file', configPath, ...spec.extraArgs],
        files: [{ path: configPath, content: `${JSON.stringify(firecrackerConfig(spec), null, 2)}\n` }]
    };
}
/**
 * Firecracker ends a failed start with `Error: …` on stderr and a non-zero status (src/firecracker/src/main.rs),
 * and aborts on a panic (an unreadable config file, for one).
 */
function firecrackerFailure(exit, stderr) {
    const lines = stderr.split('\n').map((line) => line.trim());
    const panic = lines.filter((line) => line.includes('panicked at'));
    if (panic.length > 0)
        return panic.join('\n');
    if (exit.status === null || exit.status === 0)
        return undefined;
    const errors = lines.filter((line) => /\berror\b/i.test(line));
    return errors.length > 0 ? errors.join('\n') : undefined;
}
const firecracker = {
    name: 'firecracker',
    binary: () => 'firecracker',
    requiresKvm: true,
    supportsPorts: false,
    // x86_64: an uncompressed vmlinux-style ELF or a PVH ELF (its loader takes no bzImage); arm64: the
    // Linux Image format (its arm64 loader takes no ELF).
    formats: ['elf', 'arm64-image'],
    plan: planFirecracker,
    vmmFailure: firecrackerFailure
};

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
;// CONCATENATED MODULE: ./build/vmm/qemu.js



/** QMP's descriptor in QEMU: the first after stdin, stdout (the console) and stderr. */
const QMP_FD = 3;
const MACHINE = { x86_64: 'q35', arm64: 'virt' };
function qemuConfig(spec) {
    const disk = isDisk(spec.kernelInfo);
    const disks = [...(disk ? [spec.kernel] : []), ...spec.disks].map((path) => ({ path, format: path === spec.kernel ? (spec.kernelInfo.format === 'qcow2' ? 'qcow2' : 'raw') : diskFormatOf(path) }));
    if (disk && (spec.initrd || spec.cmdline)) {
        throw (0,errors/* inputError */.Xu)(spec.initrd ? 'initrd' : 'cmdline', `${spec.kernel} is a disk image booted by firmware; it takes no ${spec.initrd ? 'initrd' : 'command line'}`);
    }
    return {
        machine: MACHINE[spec.arch],
        accel: spec.accel === 'kvm' ? 'kvm' : 'tcg',
        cpu: spec.accel === 'kvm' ? 'host' : 'max',
        memoryMiB: spec.memoryMiB,
        cpus: spec.cpus,
        kernel: disk ? undefined : spec.kernel,
        initrd: spec.initrd,
        append: spec.cmdline,
        disks,
        // isa-debug-exit is an ISA device: x86 only.
        exitDevices: spec.arch === 'x86_64' ? spec.exitDevices : [],
        network: spec.network === 'none' ? undefined : { restrict: spec.network === 'restricted', forwards: spec.ports, device: 'virtio-net-pci' },
        qmpFd: QMP_FD,
        extraArgs: spec.extraArgs
    };
}
/** Extension decides only for attached data disks; the boot disk's format comes from its magic bytes. */
function diskFormatOf(path) {
    return path.endsWith('.qcow2') ? 'qcow2' : 'raw';
}
function renderQemuArgs(config) {
    const args = ['-nodefaults', '-no-user-config', '-display', 'none', '-no-reboot'];
    args.push('-machine', config.machine, '-accel', config.accel, '-cpu', config.cpu);
    args.push('-m', `${config.memoryMiB}M`, '-smp', String(config.cpus));
    // Serial on stdout (a file we follow); `signal=off` so a ^C meant for us is not eaten by the chardev.
    args.push('-chardev', 'stdio,id=console,signal=off', '-serial', 'chardev:console');
    // QMP on a socket that is connected before QEMU starts (it inherits one end): no event can be missed,
    // and no socket file (whose path a deep work directory could push past the 108-byte limit).
    args.push('-chardev', `socket,id=qmp,fd=${config.qmpFd}`, '-mon', 'chardev=qmp,mode=control');
    for (const device of config.exitDevices) {
        args.push('-device', `isa-debug-exit,iobase=0x${device.iobase.toString(16)},iosize=0x${device.iosize.toString(16).padStart(2, '0')}`);
    }
    if (config.kernel)
        args.push('-kernel', config.kernel);
    if (config.initrd)
        args.push('-initrd', config.initrd);
    if (config.append !== undefined && config.append !== '')
        args.push('-append', config.append);
    config.disks.forEach((disk, index) => {
        args.push('-drive', `file=${escapeOption(disk.path)},if=virtio,format=${disk.format},index=${index}${index === 0 && !config.kernel ? ',media=disk' : ''}`);
    });
    if (config.network) {
        const forwards = config.network.forwards.map((f) => `,hostfwd=tcp:127.0.0.1:${f.host}-:${f.guest}`).join('');
        args.push('-netdev', `user,id=net0${config.network.restrict ? ',restrict=on' : ''}${forwards}`);
        // romfile= : no PXE option ROM (distributions ship it in a separate, often absent package; -kernel needs none).
        args.push('-device', `${config.network.device},netdev=net0,romfile=`);
    }
    args.push(...config.extraArgs);
    return args;
}
/** QEMU option values escape a comma by doubling it. */
function escapeOption(value) {
    return value.replaceAll(',', ',,');
}
const qemu = {
    name: 'qemu',
    binary: (arch) => (arch === 'x86_64' ? 'qemu-system-x86_64' : 'qemu-system-aarch64'),
    requiresKvm: false,
    supportsPorts: true,
    formats: ['elf', 'bzimage', 'arm64-image', 'mbr', 'qcow2'],
    plan(spec) {
        const config = qemuConfig(spec);
        return { command: spec.vmmBinary, args: renderQemuArgs(config), files: [], qmpFd: config.qmpFd };
    },
    vmmFailure(exit, stderr) {
        // The guest's own exits carry no stderr line from QEMU; QEMU's refusals always do.
        if (exit.status === null || (exit.status === 0 && !stderr))
            return undefined;
        const line = stderr
            .split('\n')
            .map((l) => l.trim())
            .find((l) => /^qemu-system-[\w-]+: /.test(l) && !/: warning: |terminating on signal|falling back to tcg|Could not access KVM|failed to initialize kvm/i.test(l));
        return line;
    },
    checkKvm(binary, arch) {
        // -S creates and resets the vCPU without running it: where KVM cannot set a vCPU up, QEMU aborts here.
        const args = ['-machine', MACHINE[arch], '-accel', 'kvm', '-cpu', 'host', '-nodefaults', '-no-user-config', '-display', 'none', '-S', '-qmp', 'stdio'];
        return new Promise((resolve) => {
            const child = (0,external_node_child_process_.execFile)(binary, args, { timeout: 10000 }, (error, _stdout, stderr) => {
                if (!error)
                    return resolve(undefined);
                const reason = stderr.split('\n').find((l) => l.trim()) ?? error.message;
                resolve(reason.trim());
            });
            // A binary that exits without reading its stdin (not a QEMU at all) must not crash us with EPIPE.
            child.stdin?.on('error', () => undefined);
            child.stdin?.end('{"execute":"qmp_capabilities"}\n{"execute":"quit"}\n');
        });
    }
};

;// CONCATENATED MODULE: ./build/vmm/solo5.js

/**
 * `solo5-<tender> [--mem=MiB] [--block:storage=PATH] [vmm-args…] -- KERNEL [ARGS…]`
 * (Solo5/solo5 tenders/spt/spt_main.c: options, then KERNEL, then the unikernel's arguments).
 */
function planTender(name, spec) {
    if (spec.ports.length > 0) {
        throw (0,errors/* inputError */.Xu)('ports', `${name} cannot forward ports: a Solo5 tender reaches the network only through a tap device (pass \`--net:service=<tap>\` in vmm-args), or boot with vmm: qemu`);
    }
    if (spec.disks.length > 1) {
        throw (0,errors/* inputError */.Xu)('disk', `${name} attaches one block device (\`storage\`), got ${spec.disks.length}; attach others with \`--block:<name>=<path>\` in vmm-args`);
    }
    if (spec.initrd)
        throw (0,errors/* inputError */.Xu)('initrd', `${name} loads the unikernel alone; it has no initrd`);
    if (spec.cpus > 1)
        throw (0,errors/* inputError */.Xu)('cpus', `${name} runs a Solo5 unikernel on one vCPU, got ${spec.cpus}`);
    const args = [`--mem=${spec.memoryMiB}`];
    if (spec.disks.length === 1)
        args.push(`--block:storage=${spec.disks[0]}`);
    // Tender options must precede `--`: anything after the kernel path goes to the unikernel.
    args.push(...spec.extraArgs, '--', spec.kernel, ...splitCmdline(spec.cmdline));
    return { command: spec.vmmBinary, args, files: [] };
}
/** The tender joins ARGS back into the guest's command line with spaces, so splitting on whitespace loses nothing. */
function splitCmdline(cmdline) {
    return cmdline?.split(/\s+/).filter((word) => word !== '') ?? [];
}
/**
 * Tender setup errors are `errx(1, …)` / `warnx` lines (`solo5-hvt: …`) on stderr; the guest's console is
 * stdout. A guest that trips the tender at run time (`Invalid guest access`, `KVM: host/guest translation
 * fault`) is not the tender failing: the Solo5 profile decodes it as the guest's crash.
 */
function tenderFailure(exit, stderr) {
    if (exit.status !== 1)
        return undefined;
    const lines = stderr
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => /^[\w.+-]+: /.test(line) || line.startsWith('usage: '));
    if (lines.length === 0 || lines.some((line) => /\bguest\b/i.test(line)))
        return undefined;
    return lines.join('\n');
}
function tender(name, requiresKvm) {
    return {
        name,
        binary: () => name,
        requiresKvm,
        supportsPorts: false,
        formats: ['elf'],
        plan: (spec) => planTender(name, spec),
        vmmFailure: tenderFailure
    };
}
/** seccomp-sandboxed process: needs no KVM. */
const solo5Spt = tender('solo5-spt', false);
const solo5Hvt = tender('solo5-hvt', true);

;// CONCATENATED MODULE: ./build/vmm/uhyve.js

/** `uhyve -m <n>MiB -c <cpus> [vmm-args…] KERNEL [-- ARGS…]` (hermit-os/uhyve src/args.rs: `-m/--memory-size`, `-c/--cpu-count`). */
function planUhyve(spec) {
    if (spec.ports.length > 0) {
        throw (0,errors/* inputError */.Xu)('ports', 'uhyve cannot forward ports: Hermit reaches the network only through a tap device (`--net=tap:<tap>` in vmm-args), or boot with vmm: qemu');
    }
    if (spec.disks.length > 0)
        throw (0,errors/* inputError */.Xu)('disk', 'uhyve has no block devices; map host files into the guest with `--file-mapping host:guest` in vmm-args');
    if (spec.initrd)
        throw (0,errors/* inputError */.Xu)('initrd', 'uhyve boots the Hermit application image itself; it has no initrd');
    // GuestMemorySize rejects sizes that are not a multiple of 2 MiB (hermit-os/uhyve src/params.rs).
    if (spec.memoryMiB % 2 !== 0)
        throw (0,errors/* inputError */.Xu)('memory', `uhyve needs a multiple of 2 MiB, got ${spec.memoryMiB} MiB`);
    const guestArgs = spec.cmdline?.split(/\s+/).filter((word) => word !== '') ?? [];
    // `--` keeps guest arguments that start with `-` from being read as uhyve's own options.
    const args = ['-m', `${spec.memoryMiB}MiB`, '-c', String(spec.cpus), ...spec.extraArgs, spec.kernel];
    if (guestArgs.length > 0)
        args.push('--', ...guestArgs);
    return { command: spec.vmmBinary, args, files: [] };
}
/**
 * uhyve's exit status is the guest's code, so only its own words mark a failure: a Rust panic
 * ("Unable to create VM! Is the hypervisor interface (e.g. KVM) activated?"), clap's `error:` or main's `Error:`.
 */
function uhyveFailure(exit, stderr) {
    if (exit.status === 0)
        return undefined;
    const lines = stderr
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line.includes('panicked at') || /^error: /i.test(line));
    return lines.length > 0 ? lines.join('\n') : undefined;
}
const uhyve = {
    name: 'uhyve',
    binary: () => 'uhyve',
    requiresKvm: true,
    supportsPorts: false,
    formats: ['elf'],
    plan: planUhyve,
    vmmFailure: uhyveFailure
};

;// CONCATENATED MODULE: ./build/vmm/registry.js




/** One line per VMM. */
const DRIVERS = {
    qemu: qemu,
    'solo5-spt': solo5Spt,
    'solo5-hvt': solo5Hvt,
    firecracker: firecracker,
    uhyve: uhyve
};
const VMM_DRIVERS = Object.values(DRIVERS);
function vmmDriver(name) {
    return DRIVERS[name];
}

;// CONCATENATED MODULE: ./build/boot/probe.js


/**
 * Resolves `{80}` placeholders to the host port forwarded to guest port 80, and validates the URLs.
 */
function resolveProbeUrls(urls, forwards) {
    return urls.map((original) => {
        const substituted = original.replace(/\{(\d+)\}/g, (_, guest) => {
            const forward = forwards.find((f) => f.guest === Number(guest));
            if (!forward)
                throw (0,errors/* inputError */.Xu)('probe', `\`${original}\` refers to guest port ${guest}, but \`ports\` forwards no host port to it (add e.g. 0:${guest})`);
            return String(forward.host);
        });
        let url;
        try {
            url = new URL(substituted);
        }
        catch {
            throw (0,errors/* inputError */.Xu)('probe', `\`${original}\` is not a URL (e.g. http://127.0.0.1:8080/ or tcp://127.0.0.1:{80})`);
        }
        if (!['http:', 'https:', 'tcp:'].includes(url.protocol))
            throw (0,errors/* inputError */.Xu)('probe', `\`${original}\`: only http://, https:// and tcp:// probes are supported`);
        if (url.protocol === 'tcp:' && !url.port)
            throw (0,errors/* inputError */.Xu)('probe', `\`${original}\`: a tcp:// probe needs a port`);
        return { url, original };
    });
}
/** How long a forwarded connection may take to reach the guest before the VMM is asked whether it did. */
const GUEST_ACCEPT_CHECK_MS = 150;
/** One attempt. Connection errors, timeouts and 5xx are worth retrying; a wrong 2xx body is definitive. */
function probeOnce(target, options, signal) {
    return target.url.protocol === 'tcp:' ? tcpAttempt(target.url, options, signal) : httpAttempt(target.url, options, signal);
}
function httpAttempt(url, options, signal) {
    return new Promise((resolve) => {
        // Loaded on first use: most boots probe nothing, and these modules cost start-up time.
        const { request: send } = url.protocol === 'https:' ? process.getBuiltinModule('node:https') : process.getBuiltinModule('node:http');
        const request = send(url, { method: 'GET', agent: false, signal, timeout: options.attemptTimeoutMs, rejectUnauthorized: false, headers: { connection: 'close' } }, (response) => {
            const chunks = [];
            response.on('data', (chunk) => chunks.push(chunk));
            response.on('error', (error) => resolve({ kind: 'retry', detail: error.message }));
            response.on('end', () => {
                const status = response.statusCode ?? 0;
                const body = Buffer.concat(chunks).toString('utf8');
                if (status >= 500 || status === 0)
                    return resolve({ kind: 'retry', detail: `HTTP ${status}` });
                if (status < 200 || status >= 300)
                    return resolve({ kind: 'failed', detail: `HTTP ${status} from ${url.href}` });
                if (options.expectBody && !options.expectBody.test(body)) {
                    return resolve({ kind: 'failed', detail: `HTTP ${status} from ${url.href}, but the body does not match /${options.expectBody.source}/: ${JSON.stringify(body.slice(0, 200))}` });
                }
                resolve({ kind: 'passed', detail: `HTTP ${status} from ${url.href}` });
            });
        });
        request.on('timeout', () => request.destroy(new Error('attempt timed out')));
        request.on('error', (error) => resolve({ kind: 'retry', detail: error.message }));
        request.end();
    });
}
/**
 * QEMU user networking accepts a host connection even when nothing listens in the guest (and closes
 * it once the guest refuses; while the guest is not up at all, it keeps it open), so a bare connect
 * proves nothing: the guest must send data, or QEMU must say the guest accepted the connection
 * (`guestAccepted`, through QMP), or — where that cannot be asked — the connection must stay open for
 * `tcpHoldMs`.
 */
function tcpAttempt(url, options, signal) {
    return new Promise((resolve) => {
        const port = Number(url.port);
        const socket = (0,external_node_net_.connect)({ host: url.hostname.replace(/^\[|\]$/g, ''), port, signal });
        let settled = false;
        const settle = (outcome) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(timer);
            socket.destroy();
            resolve(outcome);
        };
        const hold = (ms) => {
            timer = setTimeout(() => settle({ kind: 'passed', detail: `tcp ${url.host} stayed open` }), ms);
        };
        let timer = setTimeout(() => settle({ kind: 'retry', detail: 'connect timed out' }), options.attemptTimeoutMs);
        socket.on('connect', () => {
            clearTimeout(timer);
            const ask = options.guestAccepted;
            if (!ask)
                return hold(options.tcpHoldMs);
            timer = setTimeout(() => {
                ask(port).then((accepted) => {
                    if (accepted === true)
                        settle({ kind: 'passed', detail: `tcp ${url.host}: the guest accepted the connection` });
                    else if (accepted === false)
                        settle({ kind: 'retry', detail: 'the guest has not accepted the forwarded connection' });
                    else if (!settled)
                        hold(Math.max(0, options.tcpHoldMs - GUEST_ACCEPT_CHECK_MS));
                }, () => {
                    if (!settled)
                        hold(Math.max(0, options.tcpHoldMs - GUEST_ACCEPT_CHECK_MS));
                });
            }, GUEST_ACCEPT_CHECK_MS);
        });
        socket.on('data', () => settle({ kind: 'passed', detail: `tcp ${url.host} sent data` }));
        socket.on('end', () => settle({ kind: 'retry', detail: 'connection closed by the guest side' }));
        socket.on('close', () => settle({ kind: 'retry', detail: 'connection closed' }));
        socket.on('error', (error) => settle({ kind: 'retry', detail: error.message }));
    });
}

;// CONCATENATED MODULE: ./build/boot/prepare.js
















const DEFAULT_MEMORY = '256M';
const DEFAULT_CPUS = 1;
const DEFAULT_TIMEOUT_SECONDS = 60;
/** Resolves every default (input → image descriptor → kernel → built-in) and renders nothing yet. */
async function prepareBoot(options, context) {
    const { logger } = context;
    const cwd = context.cwd ?? process.cwd();
    const workDir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(context.workRoot, 'boot-'));
    // Where the kernel comes from: `kernel`, else `image`, else the job's last build.
    let kernel = options.kernel;
    let image = options.image;
    let initrd = options.initrd;
    let source;
    let buildName;
    if (kernel && image)
        throw (0,errors/* inputError */.Xu)('image', 'give either `kernel` or `image`, not both');
    if (!kernel && !image) {
        const build = context.jobState.read().build;
        kernel = build?.kernel;
        image = kernel ? undefined : build?.image;
        initrd ??= kernel ? build?.initrd : undefined;
        if (!kernel && !image)
            throw (0,errors/* inputError */.Xu)('kernel', 'is required: no build ran earlier in this job; give `kernel` (a path) or `image` (oci:<dir>:<tag>)');
        source = `the job's last build (${kernel ?? image})`;
        buildName = build?.name;
    }
    else {
        source = kernel ? `kernel ${kernel}` : `image ${image}`;
    }
    let descriptor;
    let bootedImage;
    if (image) {
        let ref = (0,oci_reference/* parseImageReference */.o_)('image', image);
        if (ref.kind === 'registry') {
            // A published image ("does the release still boot?"): pulled into a private layout first.
            const { defaultCredentials, pullToLayout } = await Promise.all(/* import() */[__webpack_require__.e(6499), __webpack_require__.e(8549)]).then(__webpack_require__.bind(__webpack_require__, 88549));
            const credentials = await defaultCredentials(ref.registry, context.env ?? process.env);
            const pulled = await pullToLayout(ref, credentials, (0,external_node_path_.join)(workDir, 'pulled'), options.arch, { input: 'image', logger }).catch((error) => {
                throw (0,errors/* isConfigurationError */.p0)(error) ? error : (0,errors/* inputError */.Xu)('image', `cannot pull ${image}: ${(0,errors/* errorMessage */.gJ)(error)}`);
            });
            logger.info(`Pulled ${image} (${pulled.manifestDigest}) into ${pulled.dir}`);
            ref = { kind: 'layout', dir: pulled.dir, tag: pulled.tag };
        }
        // Loaded only for images: the tar and gzip code stays out of a plain kernel boot's start-up.
        const { extractBootImage } = await Promise.all(/* import() */[__webpack_require__.e(8697), __webpack_require__.e(6188)]).then(__webpack_require__.bind(__webpack_require__, 36188));
        const layoutDir = (0,external_node_path_.resolve)(cwd, ref.dir);
        const extracted = await extractBootImage('image', { ...ref, dir: layoutDir }, options.arch, (0,external_node_path_.join)(workDir, 'image'));
        bootedImage = { reference: image, layoutDir, manifestDigest: extracted.manifestDigest };
        kernel = extracted.kernel;
        initrd ??= extracted.initrd;
        descriptor = extracted.descriptor;
    }
    const kernelPath = (0,external_node_path_.resolve)(cwd, kernel);
    const kernelInput = options.kernel ? 'kernel' : 'image';
    const kernelInfo = await inspectKernel(kernelPath, kernelInput);
    const initrdPath = initrd ? await existingFile((0,external_node_path_.resolve)(cwd, initrd), 'initrd') : undefined;
    const disks = await Promise.all(options.disks.map((d) => existingFile((0,external_node_path_.resolve)(cwd, d), 'disk')));
    const toolchain = options.toolchain !== 'auto' ? options.toolchain : (descriptor?.toolchain ?? (kernelInfo.elf ? (0,registry/* detectToolchain */.bf)(kernelInfo.elf) : 'custom'));
    const profile = (0,registry/* toolchainProfile */.T1)(toolchain);
    const vmm = options.vmm !== 'auto' ? options.vmm : (descriptor?.vmm ?? vmmForKernel(kernelInfo));
    const driver = vmmDriver(vmm);
    if (!driver.formats.includes(kernelInfo.format)) {
        throw (0,errors/* inputError */.Xu)(kernelInput, `${kernelPath} is a ${kernelInfo.format} image, which ${vmm} cannot boot (it boots ${driver.formats.join(', ')})`);
    }
    const arch = options.arch ?? kernelInfo.arch ?? descriptor?.arch ?? hostArch();
    if (kernelInfo.arch && kernelInfo.arch !== arch)
        throw (0,errors/* inputError */.Xu)('arch', `is ${arch}, but ${kernelPath} is an ${kernelInfo.arch} kernel`);
    const vmmBinary = await findVmm(options.vmmPath, driver.binary(arch), vmm);
    const accel = await (0,vmm_kvm/* resolveAccel */.F)(options.accel, driver, context.kvm, logger, { binary: vmmBinary, arch, cacheDir: context.workRoot });
    const bootKernel = await qemuLoadableKernel(kernelPath, kernelInfo, vmm, workDir, logger);
    const memoryMiB = options.memory ? (0,units/* parseMemoryMiB */.l)('memory', options.memory) : (0,units/* parseMemoryMiB */.l)('memory', descriptor?.memory ?? DEFAULT_MEMORY);
    const ports = await resolveFreePorts(options.ports);
    if (ports.length && !driver.supportsPorts)
        throw (0,errors/* inputError */.Xu)('ports', `${vmm} cannot forward ports (use vmm: qemu)`);
    const spec = {
        kernel: bootKernel,
        kernelInfo,
        initrd: initrdPath,
        disks,
        cmdline: options.cmdline ?? descriptor?.cmdline,
        arch,
        memoryMiB,
        cpus: options.cpus ?? descriptor?.cpus ?? DEFAULT_CPUS,
        accel,
        ports,
        network: options.network,
        exitDevices: profile.exitDevices(arch),
        extraArgs: options.vmmArgs,
        vmmBinary,
        workDir
    };
    const expect = options.expect.length ? options.expect : (descriptor?.expect ?? []).map((p) => (0,runtime_inputs/* compileRegex */.DL)('expect', p));
    const failOn = [...profile.failOn, ...(descriptor?.failOn ?? []).map((p) => (0,runtime_inputs/* compileRegex */.DL)('fail-on', p)), ...options.failOn];
    const timeoutSeconds = options.timeoutSeconds ?? descriptor?.timeout ?? DEFAULT_TIMEOUT_SECONDS;
    logger.info(`Booting ${source}: ${kernelInfo.format}${kernelInfo.elf ? ` (ELF${kernelInfo.elf.class})` : ''}, toolchain ${toolchain}, vmm ${vmm}, ${arch}, accel ${accel}, ${memoryMiB} MiB, ${spec.cpus} vCPU, timeout ${timeoutSeconds} s`);
    return {
        request: {
            driver,
            spec,
            profile,
            expect,
            failOn,
            exitCode: options.exitCode,
            probes: resolveProbeUrls(options.probes, ports),
            probeExpect: options.probeExpect,
            timeoutMs: timeoutSeconds * 1000,
            keepRunning: options.keepRunning,
            consoleLog: (0,external_node_path_.join)(workDir, 'console.log'),
            logger
        },
        toolchain,
        vmm,
        source,
        booted: { kernelPath, ...(bootedImage ? { image: bootedImage } : {}), ...(buildName ? { buildName } : {}) },
        workDir,
        descriptor
    };
}
/** No `vmm` and no descriptor: a Solo5 kernel says which tender it was built for; anything else is QEMU's. */
function vmmForKernel(info) {
    const target = info.elf ? (0,solo5/* solo5AbiTarget */.w)(info.elf) : undefined;
    if (target === 'hvt')
        return 'solo5-hvt';
    if (target === 'spt')
        return 'solo5-spt';
    return 'qemu';
}
/**
 * QEMU's Multiboot loader refuses a 64-bit ELF; such a kernel is re-wrapped as ELF32 (a PVH note
 * needs nothing, QEMU reads it from either class).
 */
async function qemuLoadableKernel(path, info, vmm, workDir, logger) {
    const elf = info.elf;
    if (vmm !== 'qemu' || !elf || elf.class !== 64 || info.arch !== 'x86_64')
        return path;
    if (elf.multiboot && !elf.multiboot.aoutKludge) {
        const wrapped = (0,external_node_path_.join)(workDir, 'kernel.elf32');
        try {
            await external_node_fs_.promises.writeFile(wrapped, elf64ToElf32(await external_node_fs_.promises.readFile(path), elf));
        }
        catch (error) {
            throw (0,errors/* inputError */.Xu)('kernel', `${path} is a 64-bit Multiboot ELF that cannot be re-wrapped for QEMU: ${error.message}`);
        }
        logger.info(`${path} is a 64-bit Multiboot ELF; QEMU loads only 32-bit ones, so it boots from an ELF32 re-wrap`);
        return wrapped;
    }
    if (elf.multiboot || hasPvhNote(elf))
        return path;
    throw (0,errors/* inputError */.Xu)('kernel', `${path} is a 64-bit ELF with neither a Multiboot header nor a PVH note, which QEMU cannot boot with -kernel (use a bzImage, a PVH kernel, or vmm: firecracker)`);
}
async function findVmm(explicit, binary, vmm) {
    if (explicit) {
        // A relative path is a file here, as a user writes it; a bare name is looked up on PATH.
        const path = (0,files/* findExecutable */.oq)(explicit.includes('/') ? (0,external_node_path_.resolve)(explicit) : explicit, process.env.PATH);
        if (!path)
            throw (0,errors/* inputError */.Xu)('vmm-path', `${explicit} is not an executable file`);
        return path;
    }
    const found = (0,files/* findExecutable */.oq)(binary, process.env.PATH);
    if (!found)
        throw new errors/* ConfigurationError */.j1(`input \`vmm\`: ${vmm} needs \`${binary}\`, which is not on PATH; install it (the setup action, tools: ${vmm.startsWith('solo5') ? 'solo5' : vmm}) or give \`vmm-path\``);
    return found;
}
async function existingFile(path, input) {
    const info = await external_node_fs_.promises.stat(path).catch(() => undefined);
    if (!info?.isFile())
        throw (0,errors/* inputError */.Xu)(input, `${path} does not exist or is not a file`);
    return path;
}
function hostArch() {
    return process.arch === 'arm64' ? 'arm64' : 'x86_64';
}

// EXTERNAL MODULE: ./build/report/markdown.js
var markdown = __webpack_require__(34902);
// EXTERNAL MODULE: ./build/runtime/process-group.js
var process_group = __webpack_require__(1836);
;// CONCATENATED MODULE: ./build/vmm/qmp.js
/**
 * Our end of QEMU's QMP monitor: a socket pair connected before QEMU starts (QEMU inherits the other
 * end), so no event is missed however fast the guest is, and there is no socket file to create,
 * race for or clean up. Events: SHUTDOWN tells a guest reset (triple fault under -no-reboot) from a
 * poweroff, GUEST_PANICKED reports pvpanic. Commands: what the probes ask (`info usernet`).
 */
class QmpChannel {
    socket;
    events;
    shutdownReason;
    panicked = false;
    closed;
    isClosed = false;
    nextId = 0;
    pending = new Map();
    /** Commands wait for the capabilities negotiation, which the greeting starts. */
    negotiated = false;
    queued = [];
    constructor(socket, events = {}) {
        this.socket = socket;
        this.events = events;
        this.closed = new Promise((resolve) => socket.once('close', () => {
            this.isClosed = true;
            for (const { reject } of this.pending.values())
                reject(new Error('QMP closed'));
            this.pending.clear();
            for (const send of this.queued.splice(0))
                send();
            resolve();
        }));
        socket.on('error', () => undefined);
        socket.setEncoding('utf8');
        let buffer = '';
        socket.on('data', (data) => {
            buffer += data;
            let newline;
            while ((newline = buffer.indexOf('\n')) >= 0) {
                const line = buffer.slice(0, newline).trim();
                buffer = buffer.slice(newline + 1);
                if (line)
                    this.handle(line);
            }
        });
    }
    /**
     * After QEMU exited: waits until its QMP stream has been read to the end, so an event QEMU wrote
     * just before exiting (SHUTDOWN on a triple fault) is never lost to the race with `exit`.
     */
    async drained(timeoutMs = 1000) {
        await Promise.race([this.closed, new Promise((r) => setTimeout(r, timeoutMs).unref())]);
    }
    /**
     * Runs a QMP command and resolves with its `return`; rejects with QEMU's error, or when the channel
     * closes first.
     */
    command(execute, args) {
        return new Promise((resolve, reject) => {
            const send = () => {
                if (this.isClosed)
                    return reject(new Error('QMP closed'));
                const id = `c${this.nextId++}`;
                this.pending.set(id, { resolve, reject });
                this.socket.write(`${JSON.stringify({ execute, ...(args ? { arguments: args } : {}), id })}\n`);
            };
            if (this.negotiated || this.isClosed)
                send();
            else
                this.queued.push(send);
        });
    }
    /**
     * The states of user-mode networking's TCP connections that came in through the host-forwarded
     * port `hostPort` (`info usernet`: `SYN_SENT` while the guest has not answered, `ESTABLISHED` once it
     * accepted). The forward's own listening entry (`HOST_FORWARD`) is left out.
     */
    async forwardedConnectionStates(hostPort) {
        const text = await this.command('human-monitor-command', { 'command-line': 'info usernet' });
        return parseUsernetStates(typeof text === 'string' ? text : '', hostPort);
    }
    handle(line) {
        let message;
        try {
            message = JSON.parse(line);
        }
        catch {
            return;
        }
        if (message.QMP) {
            this.socket.write('{"execute":"qmp_capabilities","id":"capabilities"}\n');
        }
        else if (message.id === 'capabilities') {
            this.negotiated = true;
            for (const send of this.queued.splice(0))
                send();
        }
        else if (typeof message.id === 'string' && this.pending.has(message.id)) {
            const request = this.pending.get(message.id);
            this.pending.delete(message.id);
            if (message.error)
                request.reject(new Error(`QMP: ${message.error.class ?? 'error'}: ${message.error.desc ?? ''}`));
            else
                request.resolve(message.return);
        }
        else if (message.event === 'SHUTDOWN') {
            this.shutdownReason = message.data?.reason ?? 'unknown';
            this.events.onShutdown?.(this.shutdownReason);
        }
        else if (message.event === 'GUEST_PANICKED') {
            this.panicked = true;
            this.events.onPanic?.();
        }
    }
    /** Lets go of QMP (a VM left running carries on without a monitor client). */
    close() {
        this.socket.destroy();
    }
}
/** `info usernet` lines: `  TCP[SYN_SENT]  10  127.0.0.1 18181  10.0.2.15  80  0  0` (libslirp's slirp_connection_info). */
function parseUsernetStates(text, hostPort) {
    const states = [];
    for (const line of text.split(/\r?\n/)) {
        const match = /^\s*TCP\[(\w+)\]\s+-?\d+\s+\S+\s+(\d+)\s/.exec(line);
        if (match && Number(match[2]) === hostPort && match[1] !== 'HOST_FORWARD')
            states.push(match[1]);
    }
    return states;
}

// EXTERNAL MODULE: external "node:string_decoder"
var external_node_string_decoder_ = __webpack_require__(46193);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
;// CONCATENATED MODULE: ./build/boot/console.js



const CRASH_LINE_GRACE_MS = 200;
/**
 * Follows the serial console: strips ANSI sequences, keeps the log file (stripped), matches the
 * `expect` patterns in order and the `fail-on` patterns on every line — including a partial last
 * line, so a prompt without a newline still counts and a crash is caught the moment it is printed.
 */
class ConsoleWatcher {
    expect;
    failOn;
    logPath;
    events;
    decoder = new external_node_string_decoder_.StringDecoder('utf8');
    pendingEscape = '';
    currentLine = '';
    /** Where in `currentLine` the next expect pattern may start (patterns match in order). */
    expectOffset = 0;
    expectIndex = 0;
    crashed = false;
    /** A crash matched on a partial line: reported when the line completes, or after a short grace. */
    pendingCrash;
    recent = [];
    text = '';
    constructor(expect, failOn, logPath, events) {
        this.expect = expect;
        this.failOn = failOn;
        this.logPath = logPath;
        this.events = events;
        (0,external_node_fs_.writeFileSync)(logPath, '');
    }
    get expectationsMet() {
        return this.expectIndex >= this.expect.length;
    }
    get matchedExpectations() {
        return this.expectIndex;
    }
    /** The whole console so far, stripped (some toolchains say their exit status there). */
    get content() {
        return this.text;
    }
    feed(chunk) {
        let text = this.pendingEscape + this.decoder.write(chunk);
        [text, this.pendingEscape] = splitIncompleteEscape(text);
        const clean = (0,external_node_util_.stripVTControlCharacters)(text).replace(/\r/g, '');
        if (clean === '')
            return;
        this.text += clean;
        (0,external_node_fs_.appendFileSync)(this.logPath, clean);
        const parts = clean.split('\n');
        for (let i = 0; i < parts.length; i++) {
            this.currentLine += parts[i];
            this.scan();
            if (i < parts.length - 1)
                this.endLine();
        }
    }
    /** Reports a crash still waiting for the rest of its line (the VMM has exited, no more is coming). */
    flush() {
        if (this.pendingCrash)
            this.reportCrash();
    }
    reportCrash() {
        const pending = this.pendingCrash;
        this.pendingCrash = undefined;
        clearTimeout(pending.timer);
        this.events.onCrash(this.currentLine, pending.pattern);
    }
    /** The last `count` lines, including a partial last line. */
    tail(count) {
        const lines = this.currentLine ? [...this.recent, this.currentLine] : [...this.recent];
        return lines.slice(-count);
    }
    endLine() {
        if (this.pendingCrash)
            this.reportCrash();
        this.recent.push(this.currentLine);
        if (this.recent.length > 200)
            this.recent.shift();
        this.currentLine = '';
        this.expectOffset = 0;
    }
    scan() {
        if (this.crashed)
            return;
        for (const pattern of this.failOn) {
            if (pattern.test(this.currentLine)) {
                this.crashed = true;
                // The rest of the line usually follows within milliseconds and says what went wrong.
                this.pendingCrash = { pattern, timer: setTimeout(() => this.reportCrash(), CRASH_LINE_GRACE_MS) };
                return;
            }
        }
        while (this.expectIndex < this.expect.length) {
            const match = this.expect[this.expectIndex].exec(this.currentLine.slice(this.expectOffset));
            if (!match)
                return;
            this.expectOffset += match.index + Math.max(match[0].length, 1);
            this.events.onExpectMatched?.(this.expectIndex, this.currentLine);
            this.expectIndex++;
            if (this.expectIndex === this.expect.length)
                this.events.onExpectationsMet();
        }
    }
}
/** An escape sequence cut by a chunk boundary waits for the rest of it. */
function splitIncompleteEscape(text) {
    const escape = text.lastIndexOf('\x1b');
    if (escape < 0 || text.length - escape > 32)
        return [text, ''];
    const rest = text.slice(escape + 1);
    // eslint-disable-next-line no-control-regex -- BEL ends an OSC sequence
    const complete = rest.length > 0 && (rest[0] === '[' || rest[0] === ']' ? /[\x40-\x7e\x07]/.test(rest.slice(1)) : true);
    return complete ? [text, ''] : [text.slice(0, escape), text.slice(escape)];
}

;// CONCATENATED MODULE: ./build/boot/file-follower.js

/**
 * Follows a file another process appends to (the VMM's serial output): inotify wakes us at once,
 * a short poll covers what a watch can miss.
 */
class FileFollower {
    path;
    onChunk;
    pollMs;
    fd;
    position = 0;
    watcher;
    timer;
    buffer = Buffer.alloc(64 * 1024);
    constructor(path, onChunk, pollMs = 50) {
        this.path = path;
        this.onChunk = onChunk;
        this.pollMs = pollMs;
    }
    start() {
        this.fd = (0,external_node_fs_.openSync)(this.path, 'r');
        this.watcher = (0,external_node_fs_.watch)(this.path, () => this.pump());
        this.watcher.on('error', () => undefined);
        this.timer = setInterval(() => this.pump(), this.pollMs);
        this.pump();
    }
    /** Reads everything appended since the last read. */
    pump() {
        if (this.fd === undefined)
            return;
        for (;;) {
            const read = (0,external_node_fs_.readSync)(this.fd, this.buffer, 0, this.buffer.length, this.position);
            if (read <= 0)
                return;
            this.position += read;
            this.onChunk(Buffer.from(this.buffer.subarray(0, read)));
        }
    }
    stop() {
        this.pump();
        this.watcher?.close();
        clearInterval(this.timer);
        if (this.fd !== undefined)
            (0,external_node_fs_.closeSync)(this.fd);
        this.fd = undefined;
    }
}

;// CONCATENATED MODULE: ./build/boot/engine.js







const BOOT_RESULTS = (/* unused pure expression or super */ null && (['passed', 'failed', 'crashed', 'timeout']));
/** Raised when the VMM itself refuses to run (bad argument, unloadable kernel): an error, not a verdict. */
class VmmStartError extends Error {
    name = 'VmmStartError';
}
const PROBE_INTERVAL_MS = 100;
const PROBE_ATTEMPT_TIMEOUT_MS = 1000;
const TCP_HOLD_MS = 2000;
/** Attempts of one probe that may wait for an answer at the same time. */
const PROBES_IN_FLIGHT = 10;
/**
 * Boots once and reaches a verdict as early as it can be known: a crash line or a failed probe ends
 * the boot at once, a server is stopped as soon as every expectation and probe passed, and the
 * deadline kills the VMM's whole process group.
 */
async function bootAndJudge(request) {
    const { driver, spec, profile, logger } = request;
    const plan = driver.plan(spec);
    for (const file of plan.files)
        await external_node_fs_.promises.writeFile(file.path, file.content);
    const timeline = [];
    let started = 0;
    const mark = (event) => timeline.push({ atMs: Math.round(performance.now() - started), event });
    let verdict;
    let settle;
    const settled = new Promise((resolve) => (settle = resolve));
    const decide = (result, reason) => {
        if (verdict)
            return;
        verdict = { result, reason, atMs: performance.now() - started };
        mark(`verdict: ${result}`);
        settle();
    };
    const hasGoals = request.expect.length > 0 || request.probes.length > 0;
    const probesPassed = new Set();
    const goalsMet = () => watcher.expectationsMet && probesPassed.size === request.probes.length;
    const maybePass = () => {
        if (hasGoals && request.exitCode === undefined && goalsMet())
            decide('passed', describeGoals(request));
    };
    let sawOutput = false;
    const watcher = new ConsoleWatcher(request.expect, request.failOn, request.consoleLog, {
        onCrash: (line, pattern) => decide('crashed', `console matched fail-on /${pattern.source}/: ${line.trim()}`),
        onExpectMatched: (index) => mark(`expect /${request.expect[index].source}/ matched`),
        onExpectationsMet: maybePass
    });
    const rawConsole = (0,external_node_path_.join)(spec.workDir, 'console.raw');
    const stderrPath = (0,external_node_path_.join)(spec.workDir, 'vmm.stderr');
    const consoleFd = (0,external_node_fs_.openSync)(rawConsole, 'w');
    const stderrFd = (0,external_node_fs_.openSync)(stderrPath, 'w');
    logger.info(`${plan.command} ${plan.args.map(quoteForLog).join(' ')}`);
    started = performance.now();
    const group = new process_group/* ProcessGroup */.P(plan.command, plan.args, { stdio: vmmStdio(consoleFd, stderrFd, plan.qmpFd), cwd: spec.workDir });
    (0,external_node_fs_.closeSync)(consoleFd);
    (0,external_node_fs_.closeSync)(stderrFd);
    mark('VMM spawned');
    // Whatever QEMU writes to QMP waits in the socket until this reads it: nothing is lost before.
    const qmpSocket = plan.qmpFd === undefined ? undefined : group.child.stdio[plan.qmpFd];
    const qmp = qmpSocket
        ? new QmpChannel(qmpSocket, {
            onShutdown: (reason) => mark(`shutdown (${reason})`),
            onPanic: () => decide('crashed', 'the guest panicked (GUEST_PANICKED)')
        })
        : undefined;
    // A tcp:// probe of a port this VMM forwards asks QEMU whether the guest took the connection.
    const forwardedPorts = new Set(spec.ports.map((forward) => forward.host));
    const guestAccepted = qmp
        ? async (hostPort) => {
            if (!forwardedPorts.has(hostPort))
                return undefined;
            // Our own connection is open, so QEMU lists at least one entry for the port; none means a
            // listing this code cannot read (another libslirp's format): then the hold rule decides.
            const states = await qmp.forwardedConnectionStates(hostPort);
            return states.length === 0 ? undefined : states.includes('ESTABLISHED');
        }
        : undefined;
    const follower = new FileFollower(rawConsole, (chunk) => {
        if (!sawOutput) {
            sawOutput = true;
            mark('first console output');
        }
        watcher.feed(chunk);
    });
    follower.start();
    const deadline = setTimeout(() => decide('timeout', `no verdict within ${Math.round(request.timeoutMs / 1000)} s`), request.timeoutMs);
    const probeController = new AbortController();
    const probing = request.probes.map((target, index) => runProbe(target, index));
    /**
     * A new attempt every PROBE_INTERVAL_MS, not after the previous one gave up: until the guest's
     * network is up, QEMU accepts the forwarded connection and nothing answers, so a waiting attempt
     * would only notice readiness on a grid of its own timeout. The first definitive answer wins.
     */
    function runProbe(target, index) {
        return new Promise((resolve) => {
            let inFlight = 0;
            let finished = false;
            let last = '';
            const finish = () => {
                if (finished)
                    return;
                finished = true;
                clearInterval(timer);
                resolve();
            };
            const launch = () => {
                if (finished || verdict || probeController.signal.aborted)
                    return finish();
                if (inFlight >= PROBES_IN_FLIGHT)
                    return;
                inFlight++;
                void probeOnce(target, { expectBody: request.probeExpect, attemptTimeoutMs: PROBE_ATTEMPT_TIMEOUT_MS, tcpHoldMs: TCP_HOLD_MS, guestAccepted }, probeController.signal).then((outcome) => {
                    inFlight--;
                    if (finished || verdict)
                        return finish();
                    if (outcome.kind === 'passed') {
                        probesPassed.add(index);
                        mark(`probe ${target.original} passed (${outcome.detail})`);
                        finish();
                        return maybePass();
                    }
                    if (outcome.kind === 'failed') {
                        finish();
                        return decide('failed', `probe ${target.original} failed: ${outcome.detail}`);
                    }
                    if (outcome.detail !== last)
                        logger.debug(`probe ${target.original}: ${outcome.detail}; retrying`);
                    last = outcome.detail;
                });
            };
            const timer = setInterval(launch, PROBE_INTERVAL_MS);
            launch();
        });
    }
    let vmmExit;
    let startError;
    let exitCode;
    const exitWatch = group.exited.then(async (exit) => {
        await qmp?.drained();
        follower.pump();
        watcher.flush();
        vmmExit = { ...exit, shutdownReason: qmp?.shutdownReason, guestPanicked: qmp?.panicked };
        mark(`VMM exited (${describeExit(vmmExit)})`);
        if (verdict)
            return;
        const stderr = (0,external_node_fs_.readFileSync)(stderrPath, 'utf8');
        const failure = driver.vmmFailure(vmmExit, stderr);
        if (failure) {
            startError = new VmmStartError(`${driver.name} failed: ${failure}`);
            return settle();
        }
        judgeExit(vmmExit, stderr);
    });
    function judgeExit(exit, stderr) {
        const decoded = profile.decodeExit({ vmm: driver.name, exit, console: watcher.content, stderr });
        if (decoded.kind === 'crashed')
            return decide('crashed', decoded.reason);
        exitCode = decoded.code;
        const met = goalsMet();
        if (request.exitCode !== undefined) {
            if (!met)
                return decide('failed', `the guest exited (code ${decoded.code}) before ${unmet(request, watcher.matchedExpectations, probesPassed.size)}`);
            if (decoded.code !== request.exitCode)
                return decide('failed', `the guest exited with code ${decoded.code}, expected ${request.exitCode}`);
            return decide('passed', `the guest exited with code ${decoded.code}${hasGoals ? ` after ${describeGoals(request)}` : ''}`);
        }
        if (hasGoals) {
            if (met)
                return decide('passed', describeGoals(request));
            return decide('failed', `the guest exited (code ${decoded.code}) before ${unmet(request, watcher.matchedExpectations, probesPassed.size)}`);
        }
        if (decoded.code === profile.successCode)
            return decide('passed', `the guest exited with code ${decoded.code}`);
        decide('failed', `the guest exited with code ${decoded.code} (${profile.name} success is ${profile.successCode})`);
    }
    await settled;
    clearTimeout(deadline);
    probeController.abort();
    await Promise.allSettled(probing);
    let running;
    if (group.running) {
        if (request.keepRunning && verdict?.result === 'passed') {
            group.detach();
            running = group;
        }
        else {
            await group.stop();
        }
    }
    if (!running)
        await exitWatch;
    follower.stop();
    qmp?.close();
    if (startError)
        throw startError;
    if (!verdict)
        throw new Error('boot ended without a verdict');
    return {
        result: verdict.result,
        reason: verdict.reason,
        bootTimeMs: Math.round(verdict.atMs),
        exitCode,
        vmmExitStatus: running ? 'running' : vmmExit ? describeExit(vmmExit) : 'unknown',
        consoleTail: watcher.tail(30),
        timeline,
        plan,
        running
    };
}
/** The VMM's descriptors: no stdin, the console and stderr to files, and a socket pair at QMP's descriptor. */
function vmmStdio(consoleFd, stderrFd, qmpFd) {
    const stdio = ['ignore', consoleFd, stderrFd];
    if (qmpFd !== undefined) {
        while (stdio.length < qmpFd)
            stdio.push('ignore');
        stdio[qmpFd] = 'pipe';
    }
    return stdio;
}
function describeGoals(request) {
    const parts = [];
    if (request.expect.length)
        parts.push(`${request.expect.length} expect pattern${request.expect.length > 1 ? 's' : ''} matched`);
    if (request.probes.length)
        parts.push(`${request.probes.length} probe${request.probes.length > 1 ? 's' : ''} answered`);
    return parts.join(', ');
}
function unmet(request, matched, probes) {
    const parts = [];
    if (matched < request.expect.length)
        parts.push(`expect /${request.expect[matched].source}/ matched (${matched} of ${request.expect.length} did)`);
    if (probes < request.probes.length)
        parts.push(`every probe answered (${probes} of ${request.probes.length} did)`);
    return parts.join(' and ');
}
function describeExit(exit) {
    return exit.signal ? `signal ${exit.signal}` : `status ${exit.status}`;
}
function quoteForLog(arg) {
    return /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replaceAll("'", `'\\''`)}'`;
}

;// CONCATENATED MODULE: ./build/report/baseline.js




/**
 * Boot baselines: what a push to the default branch measured, kept in the Actions cache so that pull
 * requests can compare against it. Cache keys are immutable, so every run writes its own key
 * (`…-<run_id>`) and readers take the newest entry under a prefix.
 *
 *   unikernel-boot-baseline-v1-<branch>-<target>-<accel>-<run_id>
 *
 * `<target>` names "the same thing booted": `<vmm>-<arch>-<12 hex of sha256(subject)>`, where the
 * subject is the image name the job's build gave it, else the image's repository (registry) or layout
 * directory (oci:), else the kernel's path — paths relative to the workspace or the runner's temp
 * directory, so they read the same on every runner. Tags and digests are left out on purpose: a pull
 * request builds `pr-N`, the default branch `sha-…`, and both are the same thing booted.
 */
const BASELINE_KEY_PREFIX = 'unikernel-boot-baseline-v1';
const BASELINE_FORMAT = 1;
/** Where an entry's file lives while it is saved or restored, relative to the workspace (the cache version hashes this string). */
const BASELINE_DIR = '.unikernel-boot-baseline';
/**
 * A pull request compares with its base branch; a push to the repository's default branch records a
 * baseline (and compares with the previous one); anything else — other branches, tags, schedules, a
 * terminal — neither.
 */
async function baselinePlan(env) {
    const event = env.GITHUB_EVENT_NAME;
    if (!event)
        return { mode: 'off', why: 'not running in a workflow (no GITHUB_EVENT_NAME)' };
    if (event === 'pull_request' || event === 'pull_request_target') {
        if (!env.GITHUB_BASE_REF)
            return { mode: 'off', why: `${event} without GITHUB_BASE_REF` };
        return { mode: 'compare', baseBranch: env.GITHUB_BASE_REF };
    }
    if (event !== 'push')
        return { mode: 'off', why: `a ${event} event is neither a pull request nor a push` };
    const branch = env.GITHUB_REF?.startsWith('refs/heads/') ? env.GITHUB_REF.slice('refs/heads/'.length) : undefined;
    if (!branch)
        return { mode: 'off', why: `a push of ${env.GITHUB_REF ?? 'an unknown ref'}, not of a branch` };
    const defaultBranch = await defaultBranchOf(env.GITHUB_EVENT_PATH);
    if (defaultBranch === undefined)
        return { mode: 'off', why: 'the event payload (GITHUB_EVENT_PATH) does not name the default branch' };
    if (branch !== defaultBranch)
        return { mode: 'off', why: `a push to ${branch}, not to the default branch ${defaultBranch}` };
    if (!env.GITHUB_RUN_ID)
        return { mode: 'off', why: 'GITHUB_RUN_ID is not set' };
    return { mode: 'record', baseBranch: branch, runId: env.GITHUB_RUN_ID, ...(env.GITHUB_SHA ? { commit: env.GITHUB_SHA } : {}) };
}
async function defaultBranchOf(eventPath) {
    if (!eventPath)
        return undefined;
    try {
        const payload = JSON.parse(await external_node_fs_.promises.readFile(eventPath, 'utf8'));
        const branch = payload.repository?.default_branch;
        return typeof branch === 'string' && branch !== '' ? branch : undefined;
    }
    catch {
        return undefined;
    }
}
/** The subject of a boot: what stays the same between a pull request's boot and its base branch's. */
function baselineSubject(booted, env, cwd = process.cwd()) {
    if (booted.buildName)
        return `name:${booted.buildName}`;
    if (booted.image) {
        const reference = (0,oci_reference/* parseImageReference */.o_)('image', booted.image.reference);
        if (reference.kind === 'registry')
            return `image:${reference.registry}/${reference.repository}`;
        return `oci:${portablePath(booted.image.layoutDir, env, cwd)}`;
    }
    return `kernel:${portablePath(booted.kernelPath, env, cwd)}`;
}
/** A path as it reads on any runner: relative to the workspace or to the runner's temp directory when under one. */
function portablePath(path, env, cwd) {
    for (const [name, root] of [['GITHUB_WORKSPACE', env.GITHUB_WORKSPACE || cwd], ['RUNNER_TEMP', env.RUNNER_TEMP]]) {
        if (!root)
            continue;
        const inside = (0,external_node_path_.relative)(root, path);
        if (inside !== '' && !inside.startsWith('..') && !(0,external_node_path_.isAbsolute)(inside))
            return `$${name}/${inside.split(external_node_path_.sep).join('/')}`;
    }
    return path;
}
function baselineTarget(vmm, arch, subject) {
    return `${vmm}-${arch}-${baseline_crypto().createHash('sha256').update(subject).digest('hex').slice(0, 12)}`;
}
/** The prefix every baseline of (branch, target[, accel]) starts with. */
function baselinePrefix(branch, target, accel) {
    return `${BASELINE_KEY_PREFIX}-${keySafe(branch)}-${target}-${accel ? `${accel}-` : ''}`;
}
function baselineKey(baseline) {
    return `${baselinePrefix(baseline.branch, baseline.target, baseline.accel)}${keySafe(baseline.runId)}`;
}
/** Cache keys may not hold commas; anything unusual in a branch name becomes `_`. */
function keySafe(text) {
    return text.replace(/[^A-Za-z0-9._/-]/g, '_');
}
/**
 * Baselines in a cache backend. The file of an entry exists only while it is saved or restored, at a
 * fixed relative path under `dir` — the directory the backend resolves relative paths against, which
 * under the runner is the workspace. The same path string on every runner keeps the cache version
 * (a hash of the paths) the same.
 */
class BaselineStore {
    backend;
    dir;
    logger;
    constructor(backend, dir, logger) {
        this.backend = backend;
        this.dir = dir;
        this.logger = logger;
    }
    /** The newest baseline for (branch, target) measured under `accel`, else the newest under any accel. */
    async find(branch, target, accel) {
        const { relativePath, path } = this.file(target);
        await external_node_fs_.promises.rm(path, { force: true });
        const key = await this.backend.restore([relativePath], baselinePrefix(branch, target, accel), [baselinePrefix(branch, target)]);
        if (key === undefined)
            return undefined;
        let text;
        try {
            text = await external_node_fs_.promises.readFile(path, 'utf8');
        }
        catch (error) {
            this.logger.warning(`Boot baseline ${key} was restored, but its file is missing: ${(0,errors/* errorMessage */.gJ)(error)}`);
            return undefined;
        }
        finally {
            await this.cleanUp(path);
        }
        const baseline = parseBaseline(text);
        if (baseline === undefined || baseline.target !== target) {
            this.logger.warning(`Boot baseline ${key} is not one this version understands; it is ignored`);
            return undefined;
        }
        return { key, baseline };
    }
    /** Saves `baseline` under its own key; returns the key, or undefined when it was not saved (the cache said why). */
    async record(baseline) {
        const key = baselineKey(baseline);
        const { relativePath, path } = this.file(baseline.target);
        await external_node_fs_.promises.mkdir((0,external_node_path_.dirname)(path), { recursive: true });
        await external_node_fs_.promises.writeFile(path, JSON.stringify(baseline, null, 2) + '\n');
        try {
            return (await this.backend.save([relativePath], key)) ? key : undefined;
        }
        finally {
            await this.cleanUp(path);
        }
    }
    file(target) {
        const relativePath = `${BASELINE_DIR}/${target}.json`;
        return { relativePath, path: (0,external_node_path_.join)(this.dir, BASELINE_DIR, `${target}.json`) };
    }
    async cleanUp(path) {
        await external_node_fs_.promises.rm(path, { force: true });
        await external_node_fs_.promises.rmdir((0,external_node_path_.dirname)(path)).catch(() => undefined);
    }
}
const isCount = (value) => typeof value === 'number' && Number.isFinite(value) && value >= 0;
/** A baseline read back from the cache, checked field by field (it crossed a process and a network). */
function parseBaseline(text) {
    let json;
    try {
        json = JSON.parse(text);
    }
    catch {
        return undefined;
    }
    if (typeof json !== 'object' || json === null || json.format !== BASELINE_FORMAT)
        return undefined;
    const strings = ['branch', 'target', 'accel', 'runId'];
    if (!strings.every((field) => typeof json[field] === 'string'))
        return undefined;
    if (json.commit !== undefined && typeof json.commit !== 'string')
        return undefined;
    if (!isCount(json.bootTimeMs) || !isCount(json.kernelBytes) || (json.imageBytes !== undefined && !isCount(json.imageBytes)))
        return undefined;
    if (!Array.isArray(json.samplesMs) || !json.samplesMs.every(isCount))
        return undefined;
    const timeline = json.timeline;
    if (!Array.isArray(timeline) || !timeline.every((e) => isCount(e?.atMs) && typeof e?.event === 'string'))
        return undefined;
    return json;
}
/** node:crypto costs start-up time on every boot; it is loaded only when a report keys a baseline. */
function baseline_crypto() {
    return process.getBuiltinModule('node:crypto');
}

;// CONCATENATED MODULE: ./build/report/pr-report.js




const DEFAULT_BOOT_RUNS = 3;
const DEFAULT_REGRESSION_THRESHOLD_PERCENT = 25;
/** `25%`, `25` or `12.5%`: how much boot time or size may grow before a warning. */
function parseRegressionThreshold(input, value) {
    if (value === undefined)
        return DEFAULT_REGRESSION_THRESHOLD_PERCENT;
    const match = /^(\d+(?:\.\d+)?)\s*%?$/.exec(value.trim());
    if (!match)
        throw (0,errors/* inputError */.Xu)(input, `\`${value}\` is not a percentage (e.g. 25% or 12.5)`);
    return Number(match[1]);
}
function median(values) {
    if (values.length === 0)
        throw new Error('the median of no values');
    const sorted = [...values].sort((a, b) => a - b);
    const middle = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? sorted[middle] : Math.round((sorted[middle - 1] + sorted[middle]) / 2);
}
/**
 * Boots `runs` times; every boot must pass, and the first that does not ends the series with its
 * verdict. Only the last boot may be left running (keep-running): earlier ones are always stopped.
 */
async function bootSamples(request, runs, boot = bootAndJudge) {
    const samplesMs = [];
    for (let run = 1;; run++) {
        const last = run === runs;
        const outcome = await boot({ ...request, keepRunning: request.keepRunning && last });
        samplesMs.push(outcome.bootTimeMs);
        if (runs > 1)
            request.logger.info(`Boot ${run} of ${runs}: ${outcome.result} in ${outcome.bootTimeMs} ms`);
        if (outcome.result !== 'passed')
            return { outcome: runs > 1 ? { ...outcome, reason: `${outcome.reason} (boot ${run} of ${runs})` } : outcome, samplesMs };
        if (last)
            return { outcome: { ...outcome, bootTimeMs: median(samplesMs) }, samplesMs };
    }
}
/** Pure: this run against a baseline, metric by metric; only the same accel compares. */
function compareWithBaseline(current, found, thresholdPercent) {
    const pairs = [
        ['boot time', 'ms', current.bootTimeMs, found?.baseline.bootTimeMs],
        ['kernel size', 'bytes', current.kernelBytes, found?.baseline.kernelBytes],
        ['image size', 'bytes', current.imageBytes, found?.baseline.imageBytes]
    ];
    const comparable = found !== undefined && found.baseline.accel === current.accel;
    const metrics = pairs.flatMap(([metric, unit, value, baseValue]) => {
        if (value === undefined)
            return [];
        if (!comparable || baseValue === undefined)
            return [{ metric, unit, current: value, regressed: false }];
        const delta = value - baseValue;
        const percent = baseValue > 0 ? (delta / baseValue) * 100 : undefined;
        return [{ metric, unit, current: value, base: baseValue, delta, ...(percent !== undefined ? { percent } : {}), regressed: percent !== undefined && percent > thresholdPercent }];
    });
    if (found && !comparable) {
        return {
            thresholdPercent,
            metrics,
            notCompared: `the baseline on ${found.baseline.branch} was measured under ${found.baseline.accel} and this run under ${current.accel}; runs under different accelerators are not compared`
        };
    }
    return { thresholdPercent, metrics, ...(found ? { base: found } : {}) };
}
/**
 * The pull-request report around one boot step: `start` decides from the event what to do and looks
 * up the baseline (before booting, since it decides how many boots are worth it), `finish` compares,
 * warns and — on a push to the default branch — records this run as the new baseline.
 */
class BootReporter {
    settings;
    plan;
    prepared;
    context;
    lookup;
    constructor(settings, plan, prepared, context, lookup) {
        this.settings = settings;
        this.plan = plan;
        this.prepared = prepared;
        this.context = context;
        this.lookup = lookup;
    }
    static async start(settings, prepared, context) {
        const { env, logger } = context;
        const plan = await baselinePlan(env);
        if (plan.mode === 'off') {
            logger.debug(`Boot report: none (${plan.why})`);
            return new BootReporter(settings, plan, prepared, context);
        }
        const target = baselineTarget(prepared.vmm, prepared.request.spec.arch, baselineSubject(prepared.booted, env, context.cwd));
        const { defaultLocalCacheRoot, selectCacheBackend } = await __webpack_require__.e(/* import() */ 1024).then(__webpack_require__.bind(__webpack_require__, 41024));
        // Both cache backends resolve relative paths against the current directory (the workspace, under the runner).
        const store = new BaselineStore(selectCacheBackend(env, logger, defaultLocalCacheRoot(env)), process.cwd(), logger);
        let found;
        try {
            found = await store.find(plan.baseBranch, target, prepared.request.spec.accel);
        }
        catch (error) {
            logger.warning(`Boot report: could not look up the baseline: ${(0,errors/* errorMessage */.gJ)(error)}`);
        }
        const reporter = new BootReporter(settings, plan, prepared, context, { store, target, found });
        logger.info(found
            ? `Boot report: baseline ${found.key} (${found.baseline.accel}); ${reporter.runs} boot${reporter.runs > 1 ? 's' : ''} for the median`
            : `Boot report: no baseline on ${plan.baseBranch} for ${target} yet`);
        return reporter;
    }
    /** One boot unless a median is worth something: a baseline to compare with (same accel), or one to record. */
    get runs() {
        if (this.plan.mode === 'record')
            return this.settings.runs;
        if (this.plan.mode === 'compare' && this.lookup?.found?.baseline.accel === this.prepared.request.spec.accel)
            return this.settings.runs;
        return 1;
    }
    /** Compares, warns on regressions and records the baseline; undefined when there is nothing to report. */
    async finish(sampled) {
        const { plan, lookup } = this;
        const { logger } = this.context;
        if (plan.mode === 'off' || !lookup)
            return undefined;
        const { outcome, samplesMs } = sampled;
        if (outcome.result !== 'passed') {
            logger.info('Boot report: the boot did not pass, so nothing is compared or recorded');
            return undefined;
        }
        let measurement;
        try {
            measurement = await this.measure(outcome, samplesMs);
        }
        catch (error) {
            logger.warning(`Boot report: could not measure this run: ${(0,errors/* errorMessage */.gJ)(error)}`);
            return undefined;
        }
        const comparison = compareWithBaseline(measurement, lookup.found, this.settings.thresholdPercent);
        for (const metric of comparison.metrics.filter((m) => m.regressed))
            logger.warning(regressionMessage(metric, plan.baseBranch, comparison.thresholdPercent, samplesMs.length), { title: 'Boot regression' });
        const report = { mode: plan.mode, baseBranch: plan.baseBranch, target: lookup.target, measurement, comparison, lookedUp: baselinePrefix(plan.baseBranch, lookup.target) };
        if (plan.mode === 'record') {
            const baseline = {
                format: 1,
                branch: plan.baseBranch,
                target: lookup.target,
                accel: measurement.accel,
                runId: plan.runId,
                ...(plan.commit ? { commit: plan.commit } : {}),
                bootTimeMs: measurement.bootTimeMs,
                samplesMs,
                kernelBytes: measurement.kernelBytes,
                ...(measurement.imageBytes !== undefined ? { imageBytes: measurement.imageBytes } : {}),
                timeline: measurement.timeline
            };
            try {
                report.recordedKey = await lookup.store.record(baseline);
            }
            catch (error) {
                logger.warning(`Boot report: could not record the baseline: ${(0,errors/* errorMessage */.gJ)(error)}`);
            }
            logger.info(report.recordedKey ? `Boot report: recorded the baseline ${report.recordedKey}` : 'Boot report: the baseline was not recorded (see above)');
        }
        return report;
    }
    async measure(outcome, samplesMs) {
        const { booted, request } = this.prepared;
        const kernelBytes = (await external_node_fs_.promises.stat(booted.kernelPath)).size;
        let imageBytes;
        if (booted.image) {
            try {
                imageBytes = await imageSize(booted.image.layoutDir, booted.image.manifestDigest);
            }
            catch (error) {
                this.context.logger.warning(`Boot report: could not measure the image: ${(0,errors/* errorMessage */.gJ)(error)}`);
            }
        }
        return { accel: request.spec.accel, bootTimeMs: outcome.bootTimeMs, samplesMs, kernelBytes, ...(imageBytes !== undefined ? { imageBytes } : {}), timeline: outcome.timeline };
    }
}
/** The bytes of one platform's image as a registry serves them: its manifest, config and layers. */
async function imageSize(layoutDir, manifestDigest) {
    const { OciLayout } = await __webpack_require__.e(/* import() */ 2470).then(__webpack_require__.bind(__webpack_require__, 42470));
    const layout = await OciLayout.open('image', layoutDir);
    const descriptor = await layout.resolve({ digest: manifestDigest });
    const manifest = await layout.readManifest(descriptor);
    return descriptor.size + manifest.config.size + manifest.layers.reduce((sum, layer) => sum + layer.size, 0);
}
function regressionMessage(metric, branch, thresholdPercent, runs) {
    const format = metric.unit === 'ms' ? (v) => `${v} ms` : formatBytes;
    const median = metric.unit === 'ms' && runs > 1 ? `, median of ${runs} boots` : '';
    const name = metric.metric[0].toUpperCase() + metric.metric.slice(1);
    return `${name} grew ${(metric.percent ?? 0).toFixed(1)}% against ${branch} (${format(metric.base ?? 0)} → ${format(metric.current)}${median}), more than the ${thresholdPercent}% regression-threshold`;
}
function formatBytes(bytes) {
    if (Math.abs(bytes) < 1024)
        return `${bytes} B`;
    if (Math.abs(bytes) < 1024 * 1024)
        return `${(bytes / 1024).toFixed(1)} KiB`;
    return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
}
function formatPercent(percent) {
    return `${percent > 0 ? '+' : percent < 0 ? '−' : '±'}${Math.abs(percent).toFixed(1)}%`;
}

;// CONCATENATED MODULE: ./build/report/boot-summary.js


const ICON = { passed: '✅', failed: '❌', crashed: '💥', timeout: '⏱️' };
/** The boot step's job summary: the verdict table, the timeline, the base-branch comparison, the console tail on failure. */
function bootSummaryMarkdown(facts) {
    const { outcome } = facts;
    const parts = [`### ${ICON[outcome.result]} Boot ${outcome.result}`, '', outcome.reason, ''];
    parts.push((0,markdown/* table */.tp)(['result', 'boot time', 'accel', 'exit code', 'VMM exit', 'toolchain', 'vmm'], [[outcome.result, `${outcome.bootTimeMs} ms`, facts.accel, outcome.exitCode === undefined ? '—' : String(outcome.exitCode), outcome.vmmExitStatus, facts.toolchain, facts.vmm]]));
    parts.push('', `Booted ${facts.source}.`, '');
    parts.push((0,markdown/* table */.tp)(['at', 'event'], outcome.timeline.map((e) => [`${e.atMs} ms`, e.event])));
    if (facts.report)
        parts.push('', bootReportMarkdown(facts.report));
    if (outcome.result !== 'passed') {
        parts.push('', (0,markdown/* details */.zH)(`Last console lines (full log: ${facts.consoleLog})`, outcome.consoleTail.join('\n') || '(the guest printed nothing)'));
    }
    return parts.join('\n') + '\n';
}
/** This run next to the base branch's last one: a table with the deltas, then the timeline as a chart. */
function bootReportMarkdown(report) {
    const { comparison, measurement, baseBranch } = report;
    const base = comparison.base?.baseline;
    const runs = measurement.samplesMs.length;
    const value = (m, v) => (v === undefined ? '—' : m.unit === 'ms' ? `${v} ms` : formatBytes(v));
    const current = (m) => `${value(m, m.current)}${m.metric === 'boot time' && runs > 1 ? ` (median of ${runs})` : ''}`;
    const parts = [report.mode === 'record' ? `#### Against the last run on \`${baseBranch}\`` : `#### Against \`${baseBranch}\``, ''];
    if (base) {
        const label = `${baseBranch} (${base.commit ? base.commit.slice(0, 7) : `run ${base.runId}`}, ${base.accel})`;
        parts.push((0,markdown/* table */.tp)(['', label, 'this run', 'change'], comparison.metrics.map((m) => [m.metric, value(m, m.base), current(m), change(m)])));
    }
    else {
        parts.push(comparison.notCompared
            ? `Not compared: ${comparison.notCompared}.`
            : `No baseline on \`${baseBranch}\` for this boot yet (cache keys \`${report.lookedUp}…\`)${report.mode === 'compare' ? `; the next push to \`${baseBranch}\` records one` : ''}.`, '', (0,markdown/* table */.tp)(['', 'this run'], comparison.metrics.map((m) => [m.metric, current(m)])));
    }
    const notes = [];
    if (runs > 1)
        notes.push(`Boot times: ${measurement.samplesMs.map((ms) => `${ms} ms`).join(', ')}.`);
    if (base)
        notes.push(`A growth above ${comparison.thresholdPercent}% is a regression.`);
    if (report.mode === 'record')
        notes.push(report.recordedKey ? `Recorded as the baseline for \`${baseBranch}\`: \`${report.recordedKey}\`.` : `This run was not recorded as a baseline (see the log).`);
    if (notes.length)
        parts.push('', notes.join(' '));
    parts.push('', timelineChart(measurement.timeline, base?.timeline, baseBranch));
    return parts.join('\n');
}
function change(m) {
    if (m.delta === undefined)
        return '—';
    const amount = m.unit === 'ms' ? `${Math.abs(m.delta)} ms` : formatBytes(Math.abs(m.delta));
    const signed = m.delta === 0 ? '±0' : `${m.delta > 0 ? '+' : '−'}${amount}`;
    return `${m.regressed ? '⚠️ ' : ''}${signed}${m.percent === undefined ? '' : ` (${formatPercent(m.percent)})`}`;
}
/**
 * A mermaid `xychart-beta` (GitHub renders mermaid in job summaries): one bar per timeline event at its
 * time after the VMM spawned, and the base branch's times for the same events as a line — drawn only
 * when the base saw every one of them.
 */
function timelineChart(timeline, baseTimeline, baseBranch) {
    const baseTimes = baseTimeline ? alignTimeline(timeline, baseTimeline) : undefined;
    const title = baseTimes ? `Boot timeline in ms after VMM spawn - bars this run - line ${baseBranch}` : 'Boot timeline in ms after VMM spawn';
    return [
        '```mermaid',
        'xychart-beta',
        `  title "${chartText(title, 100)}"`,
        `  x-axis [${timeline.map((e) => `"${chartText(eventName(e.event), 32)}"`).join(', ')}]`,
        '  y-axis "ms"',
        `  bar [${timeline.map((e) => e.atMs).join(', ')}]`,
        ...(baseTimes ? [`  line [${baseTimes.join(', ')}]`] : []),
        '```'
    ].join('\n');
}
/** An event without its run-specific detail: `VMM exited (status 1)` → `VMM exited`. */
function eventName(event) {
    return event.replace(/\s*\([^()]*\)\s*$/, '');
}
/** The base's time of each event of this run (matching the n-th occurrence of each name), or undefined when one is missing. */
function alignTimeline(timeline, base) {
    const seen = new Map();
    const times = [];
    for (const event of timeline) {
        const name = eventName(event.event);
        const occurrence = seen.get(name) ?? 0;
        seen.set(name, occurrence + 1);
        const match = base.filter((e) => eventName(e.event) === name)[occurrence];
        if (!match)
            return undefined;
        times.push(match.atMs);
    }
    return times;
}
/** Text that cannot end a mermaid string or statement: quotes, brackets, commas and the like become spaces. */
function chartText(text, max) {
    const clean = text.replace(/[^A-Za-z0-9 ._:/+=-]/g, ' ').replace(/\s+/g, ' ').trim();
    return clean.length > max ? `${clean.slice(0, max - 3)}...` : clean;
}

;// CONCATENATED MODULE: ./build/runtime/arguments.js

/**
 * Splits one line of an argument-list input into argv words: whitespace separates, double or single
 * quotes keep spaces. No shell is involved, so nothing else is special.
 */
function splitArguments(input, line) {
    const words = [];
    let current = '';
    let quote;
    let inWord = false;
    for (const char of line) {
        if (quote) {
            if (char === quote)
                quote = undefined;
            else
                current += char;
        }
        else if (char === '"' || char === "'") {
            quote = char;
            inWord = true;
        }
        else if (/\s/.test(char)) {
            if (inWord)
                words.push(current);
            current = '';
            inWord = false;
        }
        else {
            current += char;
            inWord = true;
        }
    }
    if (quote)
        throw (0,errors/* inputError */.Xu)(input, `unbalanced ${quote} in \`${line}\``);
    if (inWord)
        words.push(current);
    return words;
}

// EXTERNAL MODULE: ./build/toolchains/types.js
var types = __webpack_require__(30364);
// EXTERNAL MODULE: ./build/vmm/types.js
var vmm_types = __webpack_require__(26422);
;// CONCATENATED MODULE: ./build/report/artifacts.js


/** Uploads the console log as a workflow artifact where the artifact service exists; a notice otherwise. */
async function uploadConsoleLog(context, path) {
    if (!context.env.ACTIONS_RUNTIME_TOKEN || !context.env.ACTIONS_RESULTS_URL) {
        context.logger.notice(`The console log is at ${path} (no artifact service here to upload it to)`);
        return;
    }
    try {
        // Loaded only on failure: the artifact client is large and most boots pass.
        const { DefaultArtifactClient } = await Promise.all(/* import() */[__webpack_require__.e(4119), __webpack_require__.e(3838), __webpack_require__.e(4942), __webpack_require__.e(2830), __webpack_require__.e(1030), __webpack_require__.e(1351), __webpack_require__.e(8275), __webpack_require__.e(7935)]).then(__webpack_require__.bind(__webpack_require__, 77935));
        const name = `console-${context.env.GITHUB_JOB ?? 'boot'}-${(0,external_node_path_.basename)((0,external_node_path_.dirname)(path))}`;
        const { id } = await new DefaultArtifactClient().uploadArtifact(name, [path], (0,external_node_path_.dirname)(path), { retentionDays: 7 });
        context.logger.info(`Uploaded the console log as artifact ${name} (id ${id})`);
    }
    catch (error) {
        context.logger.warning(`Could not upload the console log: ${(0,errors/* errorMessage */.gJ)(error)}`);
    }
}

;// CONCATENATED MODULE: ./build/actions/boot.js












/** Every input of `boot`, as in its action.yml (the CLI accepts exactly these as flags). */
const BOOT_INPUTS = [
    'kernel', 'image', 'initrd', 'disk', 'toolchain', 'vmm', 'vmm-path', 'arch', 'accel', 'memory', 'cpus', 'cmdline', 'expect', 'fail-on',
    'exit-code', 'ports', 'probe', 'probe-expect', 'timeout', 'upload-log', 'keep-running', 'vmm-args', 'network',
    'boot-runs', 'regression-threshold'
];
function readBootOptions(inputs) {
    const memory = inputs.optional('memory');
    if (memory)
        (0,units/* parseMemoryMiB */.l)('memory', memory);
    const probeExpect = inputs.optional('probe-expect');
    return {
        kernel: inputs.optional('kernel'),
        image: inputs.optional('image'),
        initrd: inputs.optional('initrd'),
        disks: inputs.list('disk'),
        toolchain: inputs.choice('toolchain', ['auto', ...types/* TOOLCHAIN_NAMES */.t], 'auto'),
        vmm: inputs.choice('vmm', ['auto', ...vmm_types/* VMM_NAMES */.Y], 'auto'),
        vmmPath: inputs.optional('vmm-path'),
        arch: inputs.optional('arch') === undefined ? undefined : inputs.choice('arch', vmm_types/* ARCHES */.P, 'x86_64'),
        accel: inputs.choice('accel', ['auto', 'kvm', 'tcg'], 'auto'),
        memory,
        cpus: inputs.positiveInteger('cpus', { max: 256 }),
        cmdline: inputs.optional('cmdline'),
        expect: inputs.regexList('expect'),
        failOn: inputs.regexList('fail-on'),
        exitCode: inputs.positiveInteger('exit-code', { allowZero: true }),
        ports: parsePorts(inputs.list('ports')),
        probes: inputs.list('probe'),
        probeExpect: probeExpect === undefined ? undefined : (0,runtime_inputs/* compileRegex */.DL)('probe-expect', probeExpect),
        timeoutSeconds: inputs.positiveInteger('timeout', { max: 24 * 3600 }),
        keepRunning: inputs.boolean('keep-running', false),
        vmmArgs: inputs.list('vmm-args', { newlineOnly: true }).flatMap((line) => splitArguments('vmm-args', line)),
        network: inputs.choice('network', ['restricted', 'open', 'none'], 'restricted')
    };
}
/** How the boot compares with the base branch (pull requests, pushes to the default branch). */
function readBootReportSettings(inputs) {
    return {
        runs: inputs.positiveInteger('boot-runs', { max: 20 }) ?? DEFAULT_BOOT_RUNS,
        thresholdPercent: parseRegressionThreshold('regression-threshold', inputs.optional('regression-threshold'))
    };
}
/** `boot`: read inputs → prepare → look up the baseline → boot (the median of several when reporting) → outputs, report, summary, job state. */
async function bootAction(context, kvm = new vmm_kvm/* HostKvm */.j(context.env)) {
    const { inputs, logger, outputs } = context;
    const options = readBootOptions(inputs);
    const uploadLog = inputs.boolean('upload-log', true);
    const reportSettings = readBootReportSettings(inputs);
    const prepared = await logger.group('Prepare the boot', () => prepareBoot(options, { logger, jobState: context.jobState, workRoot: context.workRoot, kvm, env: context.env }));
    const { request } = prepared;
    const reporter = await BootReporter.start(reportSettings, prepared, { env: context.env, logger });
    const runs = reporter.runs;
    const sampled = await logger.group(`Boot (${prepared.vmm}, ${request.spec.accel}${runs > 1 ? `, ${runs} times` : ''})`, () => bootSamples(request, runs));
    const { outcome } = sampled;
    outputs.set('result', outcome.result);
    outputs.set('boot-time-ms', outcome.bootTimeMs);
    outputs.set('exit-code', outcome.exitCode === undefined ? '' : outcome.exitCode);
    outputs.set('vmm-exit-status', outcome.vmmExitStatus);
    outputs.set('console-log', request.consoleLog);
    outputs.set('accel', request.spec.accel);
    outputs.set('ports', request.spec.ports);
    outputs.set('vmm-pid', outcome.running?.pid ?? '');
    if (outcome.running?.pid) {
        context.state.save('vmm-pid', String(outcome.running.pid));
        logger.info(`The VM keeps running (pid ${outcome.running.pid}); this action's post step stops it`);
    }
    context.jobState.record('boot', { result: outcome.result, kernel: request.spec.kernel, consoleLog: request.consoleLog });
    logger.info(`Result: ${outcome.result} in ${outcome.bootTimeMs} ms${runs > 1 && outcome.result === 'passed' ? ` (median of ${runs})` : ''} — ${outcome.reason}`);
    const report = await reporter.finish(sampled);
    await context.summary.write(bootSummaryMarkdown({ outcome, accel: request.spec.accel, toolchain: prepared.toolchain, vmm: prepared.vmm, source: prepared.source, consoleLog: request.consoleLog, report }));
    if (outcome.result !== 'passed') {
        if (uploadLog)
            await uploadConsoleLog(context, request.consoleLog);
        const tail = outcome.consoleTail.slice(-10);
        throw new errors/* CheckFailedError */.CO(`Boot ${outcome.result}: ${outcome.reason}${tail.length ? `\nLast console lines:\n${tail.join('\n')}` : '\n(the guest printed nothing)'}`);
    }
    return outcome;
}
/** Post: stops a VM left running by `keep-running`. Reads saved state only, never inputs. */
async function bootPost(context) {
    const pid = Number(context.state.get('vmm-pid'));
    if (!pid)
        return;
    const { groupAlive, signalGroup } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 1836));
    if (!groupAlive(pid))
        return context.logger.info(`The VM (pid ${pid}) has already stopped`);
    signalGroup(pid, 'SIGTERM');
    for (let i = 0; i < 30 && groupAlive(pid); i++)
        await new Promise((r) => setTimeout(r, 100));
    if (groupAlive(pid))
        signalGroup(pid, 'SIGKILL');
    context.logger.info(`Stopped the VM (pid ${pid})`);
}


/***/ }),

/***/ 1836:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ ProcessGroup),
/* harmony export */   groupAlive: () => (/* binding */ groupAlive),
/* harmony export */   signalGroup: () => (/* binding */ signalGroup)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);

/**
 * A child started in its own process group, so that the group — the VMM and everything it spawned —
 * can be killed as one. Every live group is also killed when this process is interrupted or
 * terminated, so a cancelled step leaves nothing running.
 */
class ProcessGroup {
    child;
    exited;
    done = false;
    constructor(command, args, options) {
        this.child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(command, args, { ...options, detached: true });
        this.exited = new Promise((resolve) => {
            this.child.once('exit', (status, signal) => {
                this.done = true;
                live.delete(this);
                resolve({ status, signal });
            });
            this.child.once('error', () => {
                this.done = true;
                live.delete(this);
                resolve({ status: null, signal: null });
            });
        });
        if (this.child.pid !== undefined) {
            live.add(this);
            installSignalHandlers();
        }
    }
    get pid() {
        return this.child.pid;
    }
    get running() {
        return !this.done && this.child.pid !== undefined;
    }
    /** SIGTERM to the group, SIGKILL after `graceMs`; resolves when the leader has exited. */
    async stop(graceMs = 1500) {
        if (!this.running)
            return;
        signalGroup(this.child.pid, 'SIGTERM');
        const timer = setTimeout(() => signalGroup(this.child.pid, 'SIGKILL'), graceMs);
        await this.exited;
        clearTimeout(timer);
        // Anything the leader left behind in its group goes too.
        signalGroup(this.child.pid, 'SIGKILL');
    }
    /** Lets this process exit while the group keeps running (`keep-running`). */
    detach() {
        live.delete(this);
        this.child.unref();
    }
    killNow() {
        if (this.child.pid !== undefined)
            signalGroup(this.child.pid, 'SIGKILL');
    }
}
function signalGroup(pid, signal) {
    try {
        process.kill(-pid, signal);
        return true;
    }
    catch {
        return false;
    }
}
/** True when a process group still has members. */
function groupAlive(pid) {
    try {
        process.kill(-pid, 0);
        return true;
    }
    catch (error) {
        return error.code === 'EPERM';
    }
}
const live = new Set();
let handlersInstalled = false;
function installSignalHandlers() {
    if (handlersInstalled)
        return;
    handlersInstalled = true;
    for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
        process.once(signal, () => {
            for (const group of live)
                group.killNow();
            process.exit(128 + (signal === 'SIGINT' ? 2 : signal === 'SIGTERM' ? 15 : 1));
        });
    }
    process.once('exit', () => {
        for (const group of live)
            group.killNow();
    });
}


/***/ }),

/***/ 46140:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   aY: () => (/* binding */ findOnPath),
/* harmony export */   ci: () => (/* binding */ outputTail),
/* harmony export */   wt: () => (/* binding */ privileged),
/* harmony export */   yL: () => (/* binding */ SpawnRunner)
/* harmony export */ });
/* harmony import */ var _runtime_files_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(68560);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(31421);


class SpawnRunner {
    run(argv, options = {}) {
        return new Promise((resolve) => {
            const [command, ...args] = argv;
            const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_1__.spawn)(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['pipe', 'pipe', 'pipe'] });
            let stdout = '';
            let stderr = '';
            child.stdout.on('data', (d) => (stdout += d.toString()));
            child.stderr.on('data', (d) => (stderr += d.toString()));
            child.on('error', (error) => resolve({ status: null, stdout, stderr, spawnError: error.message }));
            child.on('close', (status) => resolve({ status, stdout, stderr }));
            child.stdin.on('error', () => undefined);
            child.stdin.end(options.input ?? '');
        });
    }
}
/** The first executable `name` on PATH, like `command -v`, without spawning anything. */
const findOnPath = _runtime_files_js__WEBPACK_IMPORTED_MODULE_0__/* .findExecutable */ .oq;
/** The last lines of a command's output, for error messages. */
function outputTail(result, lines = 15) {
    return `${result.stdout}\n${result.stderr}`.trim().split('\n').slice(-lines).join('\n');
}
/** `sudo -n` in front of a command unless we are root (containers often have no sudo at all). */
function privileged(argv, isRoot) {
    return isRoot ? [...argv] : ['sudo', '-n', ...argv];
}


/***/ }),

/***/ 63742:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  j: () => (/* binding */ HostKvm),
  F: () => (/* binding */ resolveAccel)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: ./build/runtime/errors.js
var errors = __webpack_require__(84704);
// EXTERNAL MODULE: ./build/tools/commands.js
var commands = __webpack_require__(46140);
;// CONCATENATED MODULE: ./build/tools/kvm-enable.js

/** The rule the Android emulator runner and Solo5's own CI use: /dev/kvm read-write for everyone. */
const KVM_UDEV_RULE = 'KERNEL=="kvm", GROUP="kvm", MODE="0666", OPTIONS+="static_node=kvm"\n';
const KVM_UDEV_RULE_FILE = '/etc/udev/rules.d/99-unikernel-actions-kvm.rules';
/**
 * What makes an existing but unusable /dev/kvm usable for the runner user: install the udev rule,
 * reload, trigger (`usermod -aG kvm` would need a new login). sudo -n never waits for a password.
 */
function kvmEnableCommands(options) {
    return [
        { argv: (0,commands/* privileged */.wt)(['tee', KVM_UDEV_RULE_FILE], options.isRoot), input: KVM_UDEV_RULE },
        { argv: (0,commands/* privileged */.wt)(['udevadm', 'control', '--reload-rules'], options.isRoot) },
        { argv: (0,commands/* privileged */.wt)(['udevadm', 'trigger', '--name-match=kvm'], options.isRoot) }
    ];
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./build/vmm/kvm.js





class HostKvm {
    env;
    device;
    constructor(env = process.env, device = '/dev/kvm') {
        this.env = env;
        this.device = device;
    }
    // Synchronous on purpose: one system call each on every boot's start-up path, where a trip through
    // the thread pool costs more than the call.
    async present() {
        return (0,external_node_fs_.statSync)(this.device, { throwIfNoEntry: false })?.isCharacterDevice() ?? false;
    }
    async usable() {
        try {
            (0,external_node_fs_.accessSync)(this.device, external_node_fs_.constants.R_OK | external_node_fs_.constants.W_OK);
            return true;
        }
        catch {
            return false;
        }
    }
    async enable(logger) {
        // Only on a runner we know is disposable; elsewhere changing device permissions is not ours to do.
        if (this.env.RUNNER_ENVIRONMENT !== 'github-hosted' || !(await this.present()))
            return false;
        logger.info('Making /dev/kvm usable for the runner user (udev rule, non-interactive sudo)');
        for (const { argv, input } of kvmEnableCommands({ isRoot: process.getuid?.() === 0 })) {
            const result = (0,external_node_child_process_.spawnSync)(argv[0], argv.slice(1), { input, stdio: ['pipe', 'ignore', 'pipe'], timeout: 20000 });
            if (result.status !== 0) {
                logger.warning(`Could not enable KVM (${argv.join(' ')}: ${result.stderr?.toString().trim() || `exit ${result.status}`})`);
                return false;
            }
        }
        // udev applies the mode asynchronously.
        for (let i = 0; i < 20; i++) {
            if (await this.usable())
                return true;
            await new Promise((r) => setTimeout(r, 100));
        }
        return false;
    }
}
/** input `accel` → the accelerator to use, failing clearly where the request cannot be met. */
async function resolveAccel(request, driver, kvm, logger, target) {
    if (!driver.requiresKvm && driver.name !== 'qemu')
        return 'none';
    let usable = await kvm.usable();
    if (!usable && request !== 'tcg' && (await kvm.present()))
        usable = await kvm.enable(logger);
    let why = (await kvm.present()) ? '/dev/kvm exists but this user cannot open it' : 'there is no /dev/kvm on this machine';
    if (usable && request !== 'tcg' && driver.checkKvm && target) {
        const broken = await cachedKvmCheck(driver, target);
        if (broken) {
            usable = false;
            why = `/dev/kvm opens but cannot run a vCPU (${broken})`;
        }
    }
    if (usable && request !== 'tcg')
        return 'kvm';
    if (driver.requiresKvm) {
        throw (0,errors/* inputError */.Xu)('vmm', `${driver.name} needs KVM, but ${why}${request === 'tcg' ? ' (and `accel` is tcg)' : ''}; use a runner with KVM, or a VMM that runs without it (qemu, solo5-spt)`);
    }
    if (request === 'kvm')
        throw (0,errors/* inputError */.Xu)('accel', `kvm was requested, but ${why}`);
    if (request === 'auto')
        logger.warning(`KVM is not usable (${why}); booting under TCG emulation, which is much slower`, { title: 'No KVM' });
    return 'tcg';
}
/** The vCPU check costs a VMM start (~60 ms): done once per job and VMM binary, then remembered. */
async function cachedKvmCheck(driver, target) {
    const { mtimeMs } = (0,external_node_fs_.statSync)(target.binary);
    const key = `${target.binary}:${mtimeMs}:${target.arch}`;
    const file = (0,external_node_path_.join)(target.cacheDir, 'kvm-check.json');
    const cache = readCache(file);
    if (key in cache)
        return cache[key] || undefined;
    const broken = await driver.checkKvm(target.binary, target.arch);
    cache[key] = broken ?? '';
    await external_node_fs_.promises.writeFile(file, JSON.stringify(cache));
    return broken;
}
function readCache(file) {
    try {
        return JSON.parse((0,external_node_fs_.readFileSync)(file, 'utf8'));
    }
    catch {
        return {};
    }
}


/***/ })

};
