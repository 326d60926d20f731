export const id = 6584;
export const ids = [6584];
export const modules = {

/***/ 4920:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CJ: () => (/* binding */ globFiles),
/* harmony export */   FX: () => (/* binding */ firstFile),
/* harmony export */   Ge: () => (/* binding */ readTextIfPresent),
/* harmony export */   QB: () => (/* binding */ findOneFile),
/* harmony export */   fo: () => (/* binding */ isFile),
/* harmony export */   uN: () => (/* binding */ toolchainError)
/* harmony export */ });
/* unused harmony export isGlob */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(84704);



const GLOB_CHARS = /[*?[\]{}]/;
function isGlob(pattern) {
    return GLOB_CHARS.test(pattern);
}
async function isFile(path) {
    return node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.stat(path).then((info) => info.isFile(), () => false);
}
async function readTextIfPresent(path) {
    return node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.readFile(path, 'utf8').catch(() => undefined);
}
/** The first of `names` that is a file in `dir`, or undefined. */
async function firstFile(dir, names) {
    for (const name of names)
        if (await isFile((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, name)))
            return name;
    return undefined;
}
/** Regular files matching a glob (relative to `cwd`, or absolute), sorted, as absolute paths. */
async function globFiles(pattern, cwd) {
    const base = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(pattern) ? '/' : cwd;
    const relativePattern = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(pattern) ? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)('/', pattern) : pattern;
    const found = [];
    for await (const entry of node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.glob(relativePattern, { cwd: base })) {
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(base, entry);
        if (await isFile(path))
            found.push(path);
    }
    return found.sort();
}
/**
 * The one file a path or glob names. `fail` turns a problem into the error to throw, so each caller
 * names its own input or toolchain; a glob matching nothing or several files is such a problem.
 */
async function findOneFile(pattern, cwd, fail) {
    if (!isGlob(pattern)) {
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, pattern);
        if (!(await isFile(path)))
            throw fail(`\`${pattern}\` does not exist or is not a file (looked at ${path})`);
        return path;
    }
    const matches = await globFiles(pattern, cwd);
    if (matches.length === 0)
        throw fail(`\`${pattern}\` matches no file in ${cwd}`);
    if (matches.length > 1) {
        const shown = matches.slice(0, 5).map((m) => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(cwd, m)).join(', ');
        throw fail(`\`${pattern}\` matches ${matches.length} files (${shown}${matches.length > 5 ? ', …' : ''}); it must name exactly one`);
    }
    return matches[0];
}
/** For adapters: a ConfigurationError that names the toolchain. */
function toolchainError(toolchain, problem) {
    return new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`toolchain ${toolchain}: ${problem}`);
}


/***/ }),

/***/ 90332:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ findTools),
/* harmony export */   o: () => (/* reexport safe */ _runtime_files_js__WEBPACK_IMPORTED_MODULE_0__.oq)
/* harmony export */ });
/* harmony import */ var _runtime_files_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(68560);

/** Looks up each command on PATH: command → absolute path, for those found. */
function findTools(commands, pathVariable) {
    const found = new Map();
    for (const command of commands) {
        const path = (0,_runtime_files_js__WEBPACK_IMPORTED_MODULE_0__/* .findExecutable */ .oq)(command, pathVariable);
        if (path)
            found.set(command, path);
    }
    return found;
}



/***/ }),

/***/ 46937:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BA: () => (/* binding */ parseDescriptor),
/* harmony export */   Cm: () => (/* binding */ BUILD_PLATFORMS),
/* harmony export */   Jk: () => (/* binding */ ociArchitecture),
/* harmony export */   LY: () => (/* binding */ hostArch),
/* harmony export */   MU: () => (/* binding */ DESCRIPTOR_PATH),
/* harmony export */   Qk: () => (/* binding */ archOfOciArchitecture),
/* harmony export */   W9: () => (/* binding */ uruncHypervisorOf),
/* harmony export */   _G: () => (/* binding */ isBuildPlatform),
/* harmony export */   fX: () => (/* binding */ platformOfUruncHypervisor),
/* harmony export */   ii: () => (/* binding */ DEFAULT_KERNEL_PATH),
/* harmony export */   py: () => (/* binding */ vmmOfPlatform),
/* harmony export */   tD: () => (/* binding */ DEFAULT_INITRD_PATH)
/* harmony export */ });
/* unused harmony exports DESCRIPTOR_VERSION, URUNC_HYPERVISORS, PLATFORM_NAMES, platformNames, platformOfVmm, parseBuildPlatform */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(84704);
/* harmony import */ var _runtime_units_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(50200);
/* harmony import */ var _toolchains_types_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(30364);
/* harmony import */ var _vmm_types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(26422);





/** Where our image descriptor lives inside an image. */
const DESCRIPTOR_PATH = '/unikernel/unikernel.json';
const DEFAULT_KERNEL_PATH = '/unikernel/kernel';
const DEFAULT_INITRD_PATH = '/unikernel/initrd';
const DESCRIPTOR_VERSION = 1;
const BUILD_PLATFORMS = ['qemu', 'fc', 'hvt', 'spt', 'uhyve', 'xen'];
const URUNC_HYPERVISORS = (/* unused pure expression or super */ null && (['qemu', 'firecracker', 'hvt', 'spt']));
const PLATFORM_NAMES = [
    { platform: 'qemu', vmm: 'qemu', uruncHypervisor: 'qemu', needsKvm: false },
    { platform: 'fc', vmm: 'firecracker', uruncHypervisor: 'firecracker', needsKvm: true },
    { platform: 'hvt', vmm: 'solo5-hvt', uruncHypervisor: 'hvt', needsKvm: true },
    { platform: 'spt', vmm: 'solo5-spt', uruncHypervisor: 'spt', needsKvm: false },
    { platform: 'uhyve', vmm: 'uhyve', needsKvm: true },
    { platform: 'xen' }
];
function platformNames(platform) {
    const row = PLATFORM_NAMES.find((names) => names.platform === platform);
    if (!row)
        throw new Error(`no name mapping for platform ${platform}`);
    return row;
}
function vmmOfPlatform(platform) {
    return platformNames(platform).vmm;
}
function platformOfVmm(vmm) {
    const row = PLATFORM_NAMES.find((names) => names.vmm === vmm);
    if (!row)
        throw new Error(`no build platform for vmm ${vmm}`);
    return row.platform;
}
function uruncHypervisorOf(platform) {
    return platformNames(platform).uruncHypervisor;
}
function platformOfUruncHypervisor(hypervisor) {
    return PLATFORM_NAMES.find((names) => names.uruncHypervisor === hypervisor)?.platform;
}
function isBuildPlatform(value) {
    return BUILD_PLATFORMS.includes(value);
}
function parseBuildPlatform(input, value) {
    if (isBuildPlatform(value))
        return value;
    throw inputError(input, `\`${value}\` is not a build platform (one of ${BUILD_PLATFORMS.join(', ')})`);
}
const OCI_ARCHITECTURE = { x86_64: 'amd64', arm64: 'arm64' };
/** Our `x86_64`/`arm64` → the Go-style name in OCI platforms and configs. */
function ociArchitecture(arch) {
    return OCI_ARCHITECTURE[arch];
}
function archOfOciArchitecture(architecture) {
    return _vmm_types_js__WEBPACK_IMPORTED_MODULE_2__/* .ARCHES */ .P.find((arch) => OCI_ARCHITECTURE[arch] === architecture);
}
/** This machine's architecture, when it is one we boot. */
function hostArch() {
    if (process.arch === 'x64')
        return 'x86_64';
    if (process.arch === 'arm64')
        return 'arm64';
    return undefined;
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function oneOf(fail, json, field, allowed) {
    const value = json[field];
    if (typeof value !== 'string' || !allowed.includes(value)) {
        fail(field, `is ${JSON.stringify(value)}, expected one of ${allowed.join(', ')}`);
    }
    return value;
}
function imagePath(fail, value, field) {
    if (typeof value !== 'string' || !value.startsWith('/') || value.split('/').includes('..') || node_path__WEBPACK_IMPORTED_MODULE_0__.posix.normalize(value) !== value) {
        fail(field, `is ${JSON.stringify(value)}, expected an absolute path inside the image such as ${DEFAULT_KERNEL_PATH}`);
    }
    return value;
}
function patterns(fail, value, field) {
    if (!Array.isArray(value) || !value.every((item) => typeof item === 'string'))
        fail(field, 'must be an array of regular expressions (strings)');
    for (const pattern of value) {
        try {
            new RegExp(pattern);
        }
        catch (error) {
            fail(field, `\`${pattern}\` is not a valid regular expression: ${(0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(error)}`);
        }
    }
    return value;
}
/**
 * Validates a descriptor read from an image. `source` names where it came from (file, image) and leads
 * every error message. Unknown fields are ignored, so version 1 can grow optional fields.
 */
function parseDescriptor(json, source) {
    const fail = (field, problem) => {
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`${source}: \`${field}\` ${problem}`);
    };
    if (!isRecord(json))
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`${source}: expected a JSON object`);
    if (json.version !== DESCRIPTOR_VERSION) {
        const newer = typeof json.version === 'number' && json.version > DESCRIPTOR_VERSION;
        fail('version', newer
            ? `is ${json.version}: written by a newer unikernel-actions; this one reads version ${DESCRIPTOR_VERSION}`
            : `is ${JSON.stringify(json.version)}, expected ${DESCRIPTOR_VERSION}`);
    }
    const toolchain = oneOf(fail, json, 'toolchain', _toolchains_types_js__WEBPACK_IMPORTED_MODULE_4__/* .TOOLCHAIN_NAMES */ .t);
    const platform = oneOf(fail, json, 'platform', BUILD_PLATFORMS);
    const arch = oneOf(fail, json, 'arch', _vmm_types_js__WEBPACK_IMPORTED_MODULE_2__/* .ARCHES */ .P);
    const descriptor = { version: 1, toolchain, platform, arch, kernel: imagePath(fail, json.kernel, 'kernel') };
    const expectedVmm = vmmOfPlatform(platform);
    if (expectedVmm === undefined) {
        if (json.vmm !== undefined)
            fail('vmm', `must be absent: platform ${platform} is build-only`);
    }
    else {
        const vmm = oneOf(fail, json, 'vmm', _vmm_types_js__WEBPACK_IMPORTED_MODULE_2__/* .VMM_NAMES */ .Y);
        if (vmm !== expectedVmm)
            fail('vmm', `is ${vmm}, but platform ${platform} boots with ${expectedVmm}`);
        descriptor.vmm = vmm;
    }
    if (json.initrd !== undefined)
        descriptor.initrd = imagePath(fail, json.initrd, 'initrd');
    if (json.cmdline !== undefined) {
        if (typeof json.cmdline !== 'string')
            fail('cmdline', 'must be a string');
        descriptor.cmdline = json.cmdline;
    }
    if (json.memory !== undefined) {
        if (typeof json.memory !== 'string')
            fail('memory', 'must be a string such as "128M"');
        try {
            (0,_runtime_units_js__WEBPACK_IMPORTED_MODULE_1__/* .parseMemoryMiB */ .l)('memory', json.memory);
        }
        catch {
            fail('memory', `is ${JSON.stringify(json.memory)}, expected a whole number of MiB such as 128M or 1G`);
        }
        descriptor.memory = json.memory;
    }
    if (json.cpus !== undefined) {
        if (typeof json.cpus !== 'number' || !Number.isInteger(json.cpus) || json.cpus < 1)
            fail('cpus', `is ${JSON.stringify(json.cpus)}, expected a whole number ≥ 1`);
        descriptor.cpus = json.cpus;
    }
    if (json.timeout !== undefined) {
        if (typeof json.timeout !== 'number' || !Number.isFinite(json.timeout) || json.timeout <= 0) {
            fail('timeout', `is ${JSON.stringify(json.timeout)}, expected a number of seconds > 0`);
        }
        descriptor.timeout = json.timeout;
    }
    if (json.expect !== undefined)
        descriptor.expect = patterns(fail, json.expect, 'expect');
    if (json.failOn !== undefined)
        descriptor.failOn = patterns(fail, json.failOn, 'failOn');
    return descriptor;
}


/***/ }),

/***/ 34902:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ZD: () => (/* binding */ escapeHtml),
/* harmony export */   tp: () => (/* binding */ table),
/* harmony export */   zH: () => (/* binding */ details)
/* harmony export */ });
/** Small Markdown/HTML helpers for job summaries; untrusted text is always escaped. */
function escapeHtml(text) {
    return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}
function table(header, rows) {
    const line = (cells) => `| ${cells.map((c) => c.replace(/\|/g, '\\|').replace(/\n/g, ' ')).join(' | ')} |`;
    return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}
function details(summary, body) {
    return `<details><summary>${escapeHtml(summary)}</summary>\n\n<pre>${escapeHtml(body)}</pre>\n\n</details>`;
}


/***/ }),

/***/ 68560:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   lo: () => (/* binding */ writeFileAtomically),
/* harmony export */   oq: () => (/* binding */ findExecutable)
/* harmony export */ });
/* unused harmony export isExecutableFile */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);


/** The absolute path of the executable file `name` on `pathVariable`, like `command -v`, without spawning. */
function findExecutable(name, pathVariable) {
    if ((0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(name))
        return isExecutableFile(name) ? name : undefined;
    for (const dir of (pathVariable ?? '').split(node_path__WEBPACK_IMPORTED_MODULE_1__.delimiter)) {
        if (!dir)
            continue;
        const candidate = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, name);
        if (isExecutableFile(candidate))
            return candidate;
    }
    return undefined;
}
function isExecutableFile(path) {
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.accessSync)(path, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.X_OK);
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path).isFile();
    }
    catch {
        return false;
    }
}
let tempCounter = 0;
/** Write-then-rename: a reader sees the old content or the new, never half of it. */
async function writeFileAtomically(path, content) {
    const temp = `${path}.${process.pid}.${(tempCounter++).toString(36)}.tmp`;
    try {
        await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.writeFile(temp, content);
        await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.rename(temp, path);
    }
    catch (error) {
        await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.rm(temp, { force: true });
        throw error;
    }
}


/***/ }),

/***/ 50200:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ parseMemoryMiB)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(84704);

const UNIT_TO_MIB = { '': 1, k: 1 / 1024, m: 1, g: 1024, t: 1024 * 1024 };
/** `128M`, `1G`, `512Mi`, `256` (MiB) → MiB. Used for `memory` everywhere. */
function parseMemoryMiB(input, value) {
    const match = /^(\d+)\s*([kmgt]?)(i?b?)$/i.exec(value.trim());
    if (!match)
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(input, `\`${value}\` is not a memory size (e.g. 128M, 1G)`);
    const mib = Number(match[1]) * UNIT_TO_MIB[match[2].toLowerCase()];
    if (!Number.isInteger(mib) || mib < 1)
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(input, `\`${value}\` must be a whole number of MiB, at least 1M`);
    return mib;
}


/***/ }),

/***/ 39291:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GF: () => (/* binding */ DEBUG_EXIT_0X501),
/* harmony export */   KS: () => (/* binding */ x86ExitDevices),
/* harmony export */   Ov: () => (/* binding */ decodeByVmm),
/* harmony export */   a2: () => (/* binding */ DEBUG_EXIT_0XF4),
/* harmony export */   kV: () => (/* binding */ exited),
/* harmony export */   zB: () => (/* binding */ crashed)
/* harmony export */ });
/* unused harmony exports abnormalEnd, decodeQemuStatus, decodeProcessStatus */
/** Plain `-device isa-debug-exit`: Unikraft, Solo5 virtio and Nanos write here. */
const DEBUG_EXIT_0X501 = { iobase: 0x501, iosize: 2 };
/** Hermit's device (hermit-os/loader README: `iobase=0xf4,iosize=0x04`). */
const DEBUG_EXIT_0XF4 = { iobase: 0xf4, iosize: 4 };
function exited(code) {
    return { kind: 'exited', code };
}
function crashed(reason) {
    return { kind: 'crashed', reason };
}
/** isa-debug-exit lives on the x86 I/O port space only. */
function x86ExitDevices(arch, devices) {
    return arch === 'x86_64' ? devices : [];
}
/** The ends that mean a crash whatever the toolchain: the VMM died on a signal, or pvpanic fired. */
function abnormalEnd(exit) {
    if (exit.signal !== null || exit.status === null)
        return crashed(`the VMM was killed by ${exit.signal ?? 'a signal'}`);
    if (exit.guestPanicked)
        return crashed('the guest panicked (pvpanic GUEST_PANICKED)');
    return undefined;
}
function applyRule(rule, context) {
    return typeof rule === 'function' ? rule(context) : rule;
}
/**
 * QEMU with isa-debug-exit: v written → status (v << 1) | 1. Status 0 is a poweroff, or a triple fault
 * under -no-reboot, which only QMP's SHUTDOWN reason (`guest-reset`) tells apart.
 */
function decodeQemuStatus(context, rules = {}) {
    const abnormal = abnormalEnd(context.exit);
    if (abnormal)
        return abnormal;
    const status = context.exit.status;
    const rule = rules[status];
    if (rule)
        return applyRule(rule, context);
    if (status === 0) {
        return context.exit.shutdownReason === 'guest-reset' ? crashed('the guest reset itself (triple fault) under -no-reboot') : exited(0);
    }
    if (status % 2 === 1)
        return exited(status >> 1);
    return crashed(`QEMU exited with status ${status}, which no isa-debug-exit write produces`);
}
/** Tenders, Firecracker and uhyve: the process status is the guest's code. */
function decodeProcessStatus(context, rules = {}) {
    const abnormal = abnormalEnd(context.exit);
    if (abnormal)
        return abnormal;
    const status = context.exit.status;
    const rule = rules[status];
    return rule ? applyRule(rule, context) : exited(status);
}
/** Per-VMM status rules for one toolchain; QEMU gets the isa-debug-exit decoding, the others the raw status. */
function decodeByVmm(context, rules) {
    const vmmRules = rules[context.vmm] ?? {};
    return context.vmm === 'qemu' ? decodeQemuStatus(context, vmmRules) : decodeProcessStatus(context, vmmRules);
}


/***/ }),

/***/ 5903:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  iG: () => (/* binding */ BUILD_ADAPTERS),
  y5: () => (/* binding */ buildAdapter),
  bf: () => (/* binding */ detectToolchain),
  T1: () => (/* binding */ toolchainProfile)
});

// UNUSED EXPORTS: TOOLCHAINS

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./build/oci/descriptor.js
var descriptor = __webpack_require__(46937);
// EXTERNAL MODULE: ./build/build/tools.js
var tools = __webpack_require__(90332);
// EXTERNAL MODULE: ./build/build/files.js
var files = __webpack_require__(4920);
// EXTERNAL MODULE: ./build/runtime/errors.js
var errors = __webpack_require__(84704);
// EXTERNAL MODULE: ./build/toolchains/exit-decoding.js
var exit_decoding = __webpack_require__(39291);
;// CONCATENATED MODULE: ./build/toolchains/custom.js







/** Anything else (a multiboot kernel, Linux): expect/probe decide, `(v << 1) | 1` is decoded when odd. */
const custom = {
    name: 'custom',
    // Linux's panic() prefix ("Kernel panic - not syncing: …").
    failOn: [/Kernel panic/],
    successCode: 0,
    exitDevices: (arch) => (0,exit_decoding/* x86ExitDevices */.KS)(arch, [exit_decoding/* DEBUG_EXIT_0X501 */.GF, exit_decoding/* DEBUG_EXIT_0XF4 */.a2]),
    decodeExit: (context) => (0,exit_decoding/* decodeByVmm */.Ov)(context, {}),
    detect: () => false
};
/** The user's command reaches bash through the environment, never spliced into a shell string. */
const BUILD_COMMAND_VARIABLE = 'UNIKERNEL_BUILD_COMMAND';
/** Compilers ccache stands in for, when they are installed. */
const CCACHE_COMPILERS = ['cc', 'gcc', 'c++', 'g++', 'clang', 'clang++'];
/** Sources whose content keys the cache: a change stores a new entry, so ccache keeps up with the code. */
const SOURCE_PATTERNS = [
    '**/*.c', '**/*.h', '**/*.S', '**/*.s', '**/*.cc', '**/*.cpp', '**/*.hh', '**/*.hpp', '**/*.rs', '**/*.go', '**/*.zig',
    '**/*.ld', '**/*.lds', '**/Makefile', '**/makefile', '**/GNUmakefile', '**/*.mk', '**/CMakeLists.txt', '**/*.cmake', '**/meson.build'
];
function ccacheDir(cacheDir) {
    return (0,external_node_path_.join)(cacheDir, 'ccache');
}
/**
 * custom: runs `command` with bash (`-e -o pipefail`, like a workflow's `shell: bash`) and picks up
 * `kernel`. When ccache is installed, the compilers on PATH go through it with a cache directory the
 * build cache keeps, keyed on content and not on the checkout's path, so a fresh checkout hits.
 */
const customBuild = {
    name: 'custom',
    detectsBy: 'a `command` input (custom is never detected from files)',
    // urunc has no type for an arbitrary kernel; a label com.urunc.unikernel.unikernelType=… overrides it.
    uruncType: 'custom',
    platforms: descriptor/* BUILD_PLATFORMS */.Cm,
    tools: {
        bash: 'install bash, which runs the build command',
        ccache: 'install ccache (apt-get install ccache) to cache compiler output between runs'
    },
    detect: async () => false,
    async plan(request) {
        if (!request.command)
            throw (0,errors/* inputError */.Xu)('command', 'is required for toolchain custom: the shell command that builds the kernel');
        return [
            {
                argv: ['bash', '--noprofile', '--norc', '-e', '-o', 'pipefail', '-c', `eval "$${BUILD_COMMAND_VARIABLE}"`],
                env: { [BUILD_COMMAND_VARIABLE]: request.command },
                display: request.command
            }
        ];
    },
    async environment(request) {
        const ccache = request.tools.get('ccache');
        if (!ccache)
            return { env: {}, notes: ['ccache is not installed: compiler output is not cached (install ccache to cache it)'] };
        // A masquerade directory (as Debian's /usr/lib/ccache): each name links to ccache, which runs the
        // next compiler of that name on PATH.
        const masquerade = (0,external_node_path_.join)(request.cacheDir, 'ccache-bin');
        await external_node_fs_.promises.rm(masquerade, { recursive: true, force: true });
        await external_node_fs_.promises.mkdir(masquerade, { recursive: true });
        const wrapped = [];
        for (const compiler of CCACHE_COMPILERS) {
            if (!(0,tools/* findExecutable */.o)(compiler, request.env.PATH))
                continue;
            await external_node_fs_.promises.symlink(ccache, (0,external_node_path_.join)(masquerade, compiler));
            wrapped.push(compiler);
        }
        await external_node_fs_.promises.mkdir(ccacheDir(request.cacheDir), { recursive: true });
        return {
            env: {
                PATH: [masquerade, request.env.PATH].filter(Boolean).join(':'),
                CCACHE_DIR: ccacheDir(request.cacheDir),
                // Paths under the project are hashed relative to it, and the working directory not at all.
                CCACHE_BASEDIR: request.projectDir,
                CCACHE_NOHASHDIR: '1'
            },
            notes: [`ccache caches ${wrapped.length ? wrapped.join(', ') : 'no compiler (none found on PATH)'} in ${ccacheDir(request.cacheDir)}`]
        };
    },
    async locate(request) {
        if (!request.kernel)
            throw (0,errors/* inputError */.Xu)('kernel', 'is required for toolchain custom: the path or glob of the built kernel');
        const kernel = await (0,files/* findOneFile */.QB)(request.kernel, request.projectDir, (problem) => (0,errors/* inputError */.Xu)('kernel', `${problem} after the build of ${request.target.platform}/${request.target.arch}`));
        return { kernel };
    },
    cache: (request) => ({ paths: [ccacheDir(request.cacheDir)], keyFiles: SOURCE_PATTERNS }),
    bootHints: () => ({})
};

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
;// CONCATENATED MODULE: ./build/toolchains/hermit.js




/** Hermit (hermit-rs): under QEMU it writes 1 on success (→ 3) and 0 on failure (→ 1); under uhyve the status is the code. */
const hermit = {
    name: 'hermit',
    // The panic handler prints "[<core>][PANIC] <info>" then shuts down with 1 (hermit-os/kernel src/lib.rs).
    failOn: [/\[PANIC\]/],
    successCode: 0,
    exitDevices: (arch) => (0,exit_decoding/* x86ExitDevices */.KS)(arch, [exit_decoding/* DEBUG_EXIT_0XF4 */.a2]),
    // hermit-os/loader xtask/src/ci/qemu.rs accepts 0 or 3 as success.
    decodeExit: (context) => (0,exit_decoding/* decodeByVmm */.Ov)(context, { qemu: { 1: (0,exit_decoding/* exited */.kV)(1), 3: (0,exit_decoding/* exited */.kV)(0) } }),
    // hermit-entry's entry-version note is named "HERMIT" (NT_HERMIT_ENTRY_VERSION 0x5a00).
    detect: (elf) => elf.notes.some((n) => n.name === 'HERMIT')
};
const HERMIT_TRIPLES = { x86_64: 'x86_64-unknown-hermit', arm64: 'aarch64-unknown-hermit' };
const LOADER_HINT = 'download it from https://github.com/hermit-os/loader/releases';
const CARGO_INSTALL = 'install Rust with the Hermit target: the setup action (tools: hermit), or https://github.com/hermit-os/hermit-rs-template';
/** QEMU boots a Hermit application as the initrd of this loader (hermit-os/loader release assets). */
function loaderName(arch) {
    return `hermit-loader-${arch === 'x86_64' ? 'x86_64' : 'aarch64'}`;
}
function dependsOnHermit(cargoToml) {
    return /^\s*hermit(-sys)?\s*=/m.test(cargoToml) || /target_os\s*=\s*\\?"hermit\\?"/.test(cargoToml);
}
/** `[package] name`, which names the binary cargo writes. */
function packageName(cargoToml) {
    const section = /^\[package\]\s*$([\s\S]*?)(?=^\[|(?![\s\S]))/m.exec(cargoToml)?.[1];
    return section ? /^\s*name\s*=\s*"([^"]+)"/m.exec(section)?.[1] : undefined;
}
/** Hermit: `cargo build --release --target <arch>-unknown-hermit`; uhyve boots the result, QEMU boots it behind the loader. */
const hermitBuild = {
    name: 'hermit',
    detectsBy: 'a Cargo.toml depending on hermit',
    uruncType: 'hermit',
    platforms: ['uhyve', 'qemu'],
    tools: {
        cargo: CARGO_INSTALL,
        'hermit-loader-x86_64': LOADER_HINT,
        'hermit-loader-aarch64': LOADER_HINT
    },
    versionArgv: () => ['cargo', '--version'],
    async detect(dir) {
        const cargoToml = await (0,files/* readTextIfPresent */.Ge)((0,external_node_path_.join)(dir, 'Cargo.toml'));
        return cargoToml !== undefined && dependsOnHermit(cargoToml);
    },
    async plan(request) {
        return [{ argv: ['cargo', 'build', '--release', '--target', HERMIT_TRIPLES[request.target.arch]] }];
    },
    async locate(request) {
        const { projectDir, target } = request;
        const releaseDir = `target/${HERMIT_TRIPLES[target.arch]}/release`;
        const name = packageName((await (0,files/* readTextIfPresent */.Ge)((0,external_node_path_.join)(projectDir, 'Cargo.toml'))) ?? '');
        if (!name)
            throw (0,files/* toolchainError */.uN)('hermit', 'Cargo.toml has no `[package]` name, which names the application cargo builds');
        const app = await (0,files/* findOneFile */.QB)(`${releaseDir}/${name}`, projectDir, (problem) => (0,files/* toolchainError */.uN)('hermit', `the build left no application: ${problem}`));
        if (target.platform !== 'qemu')
            return { kernel: app };
        const loader = request.tools.get(loaderName(target.arch));
        if (!loader)
            throw (0,files/* toolchainError */.uN)('hermit', `booting on qemu needs ${loaderName(target.arch)} on PATH (${LOADER_HINT}), or build for uhyve/${target.arch}`);
        return { kernel: loader, initrd: app };
    },
    cache: (request) => {
        const cargoHome = request.env.CARGO_HOME ?? (0,external_node_path_.join)(request.env.HOME ?? (0,external_node_os_.homedir)(), '.cargo');
        return {
            paths: [(0,external_node_path_.join)(request.projectDir, 'target'), (0,external_node_path_.join)(cargoHome, 'registry'), (0,external_node_path_.join)(cargoHome, 'git')],
            keyFiles: ['Cargo.toml', 'Cargo.lock', 'rust-toolchain.toml', 'rust-toolchain', '.cargo/config.toml']
        };
    },
    bootHints: () => ({
        // "[0][INFO] Welcome to Hermit <version>" (hermit-os/kernel src/lib.rs).
        expect: ['Welcome to Hermit']
    })
};

// EXTERNAL MODULE: ./build/toolchains/solo5.js
var solo5 = __webpack_require__(60899);
;// CONCATENATED MODULE: ./build/toolchains/mirage.js





/** MirageOS runs on Solo5: its exits are Solo5's, plus the OCaml runtime's fatal errors. */
const mirage = {
    name: 'mirage',
    failOn: [
        ...solo5/* solo5 */.L.failOn,
        // OCaml prints "Fatal error: exception <exn>" for an uncaught exception and "Fatal error: <why>" from the runtime.
        /^Fatal error: /m
    ],
    successCode: solo5/* solo5 */.L.successCode,
    exitDevices: (arch) => solo5/* solo5 */.L.exitDevices(arch),
    decodeExit: (context) => solo5/* solo5 */.L.decodeExit(context),
    // A Mirage kernel carries the Solo5 note, so detection names solo5, whose decoding is the same.
    detect: () => false
};
/** Our platform → `mirage configure -t` and the extension of `dist/<name>.<ext>` (lib/devices/target.ml). */
const MIRAGE_TARGETS = {
    qemu: { target: 'virtio', extension: 'virtio', solo5: true },
    hvt: { target: 'hvt', extension: 'hvt', solo5: true },
    spt: { target: 'spt', extension: 'spt', solo5: true },
    fc: { target: 'unikraft-firecracker', extension: 'fc', solo5: false },
    xen: { target: 'xen', extension: 'xen', solo5: false }
};
const MIRAGE_INSTALL = 'install MirageOS: opam install mirage (the setup action: tools: mirage)';
function mirageTarget(target) {
    const mapped = MIRAGE_TARGETS[target.platform];
    if (!mapped)
        throw (0,files/* toolchainError */.uN)('mirage', `cannot build for ${target.platform}`);
    return mapped;
}
/** MirageOS: `mirage configure -t <target>`, `make depend` (opam monorepo), then dune builds `dist/`. */
const mirageBuild = {
    name: 'mirage',
    detectsBy: 'a config.ml',
    uruncType: 'mirage',
    platforms: ['qemu', 'hvt', 'spt', 'fc', 'xen'],
    tools: { mirage: MIRAGE_INSTALL, make: 'install make (apt-get install make)', dune: MIRAGE_INSTALL },
    versionArgv: () => ['mirage', '--version'],
    detect: async (dir) => (0,files/* isFile */.fo)((0,external_node_path_.join)(dir, 'config.ml')),
    async plan(request) {
        const host = (0,descriptor/* hostArch */.LY)();
        if (host && request.target.arch !== host) {
            throw (0,files/* toolchainError */.uN)('mirage', `builds for the machine it runs on (${host}); build ${request.target.arch} on an ${request.target.arch} runner`);
        }
        return [
            { argv: ['mirage', 'configure', '-t', mirageTarget(request.target).target] },
            { argv: ['make', 'depend'] },
            // What the generated Makefile's `build` target runs (lib/functoria/makefile.ml).
            { argv: ['dune', 'build', '--profile', 'release', '--root', '.', './dist'] }
        ];
    },
    async locate(request) {
        const pattern = `dist/*.${mirageTarget(request.target).extension}`;
        const kernel = await (0,files/* findOneFile */.QB)(pattern, request.projectDir, (problem) => (0,files/* toolchainError */.uN)('mirage', `the build left no single kernel: ${problem}`));
        return { kernel };
    },
    cache: (request) => ({
        paths: [
            request.env.OPAMROOT ?? (0,external_node_path_.join)(request.env.HOME ?? (0,external_node_os_.homedir)(), '.opam'),
            (0,external_node_path_.join)(request.projectDir, '_build'),
            (0,external_node_path_.join)(request.projectDir, 'duniverse')
        ],
        keyFiles: ['config.ml', '*.opam', 'mirage/*.opam', 'mirage/*.opam.locked']
    }),
    bootHints: (target) => (MIRAGE_TARGETS[target.platform]?.solo5 ? { expect: ['Solo5: Bindings version'] } : {})
};

;// CONCATENATED MODULE: ./build/toolchains/nanos.js




/** Nanos (ops): `QEMU_HALT(code)` writes the app's exit code to isa-debug-exit 0x501 (src/kernel/kvm_platform.h). */
const nanos = {
    name: 'nanos',
    failOn: [
        // Fatal paths of the kernel's fault handlers (src/unix/unix.c, src/x86_64/interrupt.c).
        /Unhandled page fault in kernel mode/,
        /exception during interrupt handling/,
        /no fault handler for frame/,
        // print_frame's first line, written only on those fatal paths: " interrupt: e (Page fault)".
        /^\s*interrupt: [0-9a-f]+ \(/m,
        // assert() halts with "assertion <expr> failed ... halt" (src/runtime/runtime.h).
        /\bassertion .+ failed\b.*\bhalt\b/
    ],
    successCode: 0,
    exitDevices: (arch) => (0,exit_decoding/* x86ExitDevices */.KS)(arch, [exit_decoding/* DEBUG_EXIT_0X501 */.GF]),
    decodeExit: (context) => (0,exit_decoding/* decodeByVmm */.Ov)(context, {
        // VM_EXIT_FAULT 0x7e and VM_EXIT_HALT 0x7f (src/runtime/runtime.h); app exits 126/127 look the same.
        qemu: {
            253: (0,exit_decoding/* crashed */.zB)('Nanos kernel fault (VM_EXIT_FAULT)'),
            255: (0,exit_decoding/* crashed */.zB)('Nanos kernel halt (VM_EXIT_HALT)')
        }
    }),
    // Nanos ships disk images built by ops, not ELF kernels we could recognise.
    detect: () => false
};
/** Top-level keys of ops' config.json (types/config.go); one of them marks a config.json as ops'. */
const OPS_CONFIG_KEYS = ['Program', 'Args', 'Dirs', 'Files', 'Env', 'MapDirs', 'Mounts', 'RunConfig', 'Klibs', 'NanosVersion', 'BaseVolumeSz', 'ManifestPassthrough', 'TargetRoot'];
const OPS_INSTALL = 'install ops: the setup action (tools: ops), or https://ops.city';
async function opsConfig(dir) {
    const text = await (0,files/* readTextIfPresent */.Ge)((0,external_node_path_.join)(dir, 'config.json'));
    if (text === undefined)
        return undefined;
    try {
        const json = JSON.parse(text);
        if (typeof json !== 'object' || json === null || Array.isArray(json))
            return undefined;
        return OPS_CONFIG_KEYS.some((key) => key in json) ? json : undefined;
    }
    catch {
        return undefined;
    }
}
function opsHome(env) {
    return env.OPS_HOME ?? (0,external_node_path_.join)(env.HOME ?? (0,external_node_os_.homedir)(), '.ops');
}
/** The image name (`-i`): fixed, so nothing of the checkout's directory can reach the disk ops writes. */
function opsImageName(request) {
    return `unikernel-actions-${request.target.arch}`;
}
/** Nanos: `ops build <Program> -c config.json -i <name>` writes a raw bootable disk to ~/.ops/images/<name>. */
const nanosBuild = {
    name: 'nanos',
    detectsBy: 'an ops config.json (with Program, Args, Dirs, RunConfig, …)',
    // urunc has no Nanos support yet; the type names the kernel honestly.
    uruncType: 'nanos',
    platforms: ['qemu'],
    tools: { ops: OPS_INSTALL },
    versionArgv: () => ['ops', 'version'],
    detect: async (dir) => (await opsConfig(dir)) !== undefined,
    async plan(request) {
        const config = await opsConfig(request.projectDir);
        if (!config)
            throw (0,files/* toolchainError */.uN)('nanos', `${(0,external_node_path_.join)(request.projectDir, 'config.json')} is missing or is not an ops configuration`);
        if (typeof config.Program !== 'string' || config.Program === '') {
            throw (0,files/* toolchainError */.uN)('nanos', 'config.json has no `Program`: the ELF executable ops packs into the image');
        }
        const arch = request.target.arch === 'arm64' ? ['--arch', 'arm64'] : [];
        return [{ argv: ['ops', 'build', config.Program, '-c', 'config.json', '-i', opsImageName(request), ...arch] }];
    },
    async locate(request) {
        const image = (0,external_node_path_.join)(opsHome(request.env), 'images', opsImageName(request));
        if (!(await (0,files/* isFile */.fo)(image)))
            throw (0,files/* toolchainError */.uN)('nanos', `ops left no image at ${image}`);
        return { kernel: image };
    },
    cache: (request) => ({ paths: [opsHome(request.env)], keyFiles: ['config.json'] }),
    bootHints: () => ({})
};

;// CONCATENATED MODULE: ./build/toolchains/unikraft.js




/** Unikraft (kraft): ACPI poweroff exits 0, isa-debug-exit 41/42 are the fallbacks (plat/common/x86/cpu_native.c). */
const unikraft = {
    name: 'unikraft',
    failOn: [
        // The critical log level's header (lib/ukdebug/print.c), used by every UK_CRASH and fatal trap.
        /\bCRIT:/,
        // The crash screen's first line, printed even when kernel messages are compiled out (lib/ukdebug/crash.c).
        /\bUnikraft Crash - /
    ],
    successCode: 0,
    exitDevices: (arch) => (0,exit_decoding/* x86ExitDevices */.KS)(arch, [exit_decoding/* DEBUG_EXIT_0X501 */.GF]),
    decodeExit: (context) => (0,exit_decoding/* decodeByVmm */.Ov)(context, {
        qemu: { 83: (0,exit_decoding/* exited */.kV)(0), 85: (0,exit_decoding/* crashed */.zB)('Unikraft crash (isa-debug-exit 42)') }
    }),
    detect: (elf) => elf.sections.some((section) => section.startsWith('.uk_'))
};
// Kraftfile discovery order of kraftkit (unikraft/app/project.go).
const KRAFTFILES = ['kraft.yaml', 'kraft.yml', 'Kraftfile.yml', 'Kraftfile.yaml', 'Kraftfile'];
const KRAFT_INSTALL = 'install KraftKit: the setup action (tools: kraft), or https://unikraft.org/docs/cli/install';
/** A Unikraft application built by Unikraft's own make: its Makefile hands over to $(UK_ROOT). */
async function makeProject(dir) {
    const makefile = await (0,files/* readTextIfPresent */.Ge)((0,external_node_path_.join)(dir, 'Makefile'));
    if (!makefile || !/\bUK_ROOT\b/.test(makefile))
        return undefined;
    const config = await (0,files/* isFile */.fo)((0,external_node_path_.join)(dir, '.config'));
    const defconfig = await (0,files/* isFile */.fo)((0,external_node_path_.join)(dir, 'defconfig'));
    return config || defconfig ? { config, defconfig } : undefined;
}
function kernelPatterns(target) {
    const { platform, arch } = target;
    // Unikraft before 0.16 named both QEMU and Firecracker builds "kvm".
    const plats = platform === 'xen' ? ['xen'] : [platform, 'kvm'];
    // Kernels are `<app>_<plat>-<arch>`, next to `<same>.dbg`; `*` cannot reach past the name into `.dbg`.
    return ['.unikraft/build', 'workdir/build', 'build'].flatMap((dir) => plats.map((plat) => `${dir}/*_${plat}-${arch}`));
}
/**
 * Unikraft: `kraft build --plat P --arch A` when kraft is on PATH, else Unikraft's make build for a
 * project with a Makefile using UK_ROOT and a .config or defconfig (whose plat/arch it then follows).
 */
const unikraftBuild = {
    name: 'unikraft',
    detectsBy: 'a Kraftfile (or kraft.yaml), or a Makefile using UK_ROOT with a .config or defconfig',
    uruncType: 'unikraft',
    platforms: ['qemu', 'fc', 'xen'],
    tools: { kraft: KRAFT_INSTALL, make: 'install make (apt-get install make)' },
    versionArgv: (tools) => (tools.has('kraft') ? ['kraft', 'version'] : undefined),
    async detect(dir) {
        return (await (0,files/* firstFile */.FX)(dir, KRAFTFILES)) !== undefined || (await makeProject(dir)) !== undefined;
    },
    async plan(request) {
        const { platform, arch } = request.target;
        const kraftfile = await (0,files/* firstFile */.FX)(request.projectDir, KRAFTFILES);
        if (kraftfile && request.tools.has('kraft')) {
            return [{ argv: ['kraft', 'build', '--plat', platform, '--arch', arch, '--jobs', String(request.jobs)] }];
        }
        const make = await makeProject(request.projectDir);
        if (!make) {
            throw (0,files/* toolchainError */.uN)('unikraft', kraftfile
                ? `\`kraft\` is not on PATH: ${KRAFT_INSTALL}`
                : `${request.projectDir} has neither a Kraftfile nor a Makefile using UK_ROOT with a .config or defconfig`);
        }
        const configure = make.config ? [] : [{ argv: ['make', `UK_DEFCONFIG=${(0,external_node_path_.join)(request.projectDir, 'defconfig')}`, 'defconfig'] }];
        return [...configure, { argv: ['make', `-j${request.jobs}`] }];
    },
    async environment() {
        // kraft asks questions and checks for updates unless told not to (config/config.go).
        return { env: { KRAFTKIT_NO_PROMPT: 'true', KRAFTKIT_NO_CHECK_UPDATES: 'true', KRAFTKIT_LOG_TYPE: 'basic', KRAFTKIT_NO_COLOR: 'true' }, notes: [] };
    },
    async locate(request) {
        const { projectDir, target } = request;
        for (const pattern of kernelPatterns(target)) {
            const matches = await (0,files/* globFiles */.CJ)(pattern, projectDir);
            if (matches.length === 1) {
                const initrd = (0,external_node_path_.join)((0,external_node_path_.dirname)(matches[0]), `initramfs-${target.arch}.cpio`);
                return (await (0,files/* isFile */.fo)(initrd)) ? { kernel: matches[0], initrd } : { kernel: matches[0] };
            }
            if (matches.length > 1)
                throw (0,files/* toolchainError */.uN)('unikraft', `several kernels match ${pattern}: ${matches.map((m) => (0,external_node_path_.relative)(projectDir, m)).join(', ')}; clean the build directory`);
        }
        throw (0,files/* toolchainError */.uN)('unikraft', `the build left no kernel for ${target.platform}/${target.arch} (looked for ${kernelPatterns(target).join(', ')})`);
    },
    cache: (request) => ({
        paths: [
            (0,external_node_path_.join)(request.projectDir, '.unikraft'),
            (0,external_node_path_.join)(request.projectDir, 'workdir', 'build'),
            (0,external_node_path_.join)(request.env.XDG_DATA_HOME ?? (0,external_node_path_.join)(request.env.HOME ?? (0,external_node_os_.homedir)(), '.local', 'share'), 'kraftkit')
        ],
        keyFiles: [...KRAFTFILES, 'Makefile', 'Makefile.uk', 'Config.uk', '.config', 'defconfig']
    }),
    bootHints: () => ({
        // kraft run's default memory (internal/cli/kraft/run/run.go).
        memory: '64M',
        // The POWEREDBY and MINIMAL banners print "Powered by", the CLASSIC one "Welcome to" (lib/ukboot).
        expect: ['Powered by|Welcome to']
    })
};

;// CONCATENATED MODULE: ./build/toolchains/registry.js






/** One line per toolchain. Detection asks them in this order, so a more specific claim goes first. */
const PROFILES = {
    solo5: solo5/* solo5 */.L,
    unikraft: unikraft,
    hermit: hermit,
    nanos: nanos,
    mirage: mirage,
    custom: custom
};
const TOOLCHAINS = Object.values(PROFILES);
function toolchainProfile(name) {
    return PROFILES[name];
}
/** The toolchain a kernel says it was built with (ELF notes, sections), else `custom`. */
function detectToolchain(elf) {
    return TOOLCHAINS.find((profile) => profile.detect(elf))?.name ?? 'custom';
}
/** The build side, one line per toolchain; `auto` asks them in this order (custom never claims a project). */
const BUILDERS = {
    unikraft: unikraftBuild,
    nanos: nanosBuild,
    mirage: mirageBuild,
    hermit: hermitBuild,
    custom: customBuild
};
const BUILD_ADAPTERS = Object.values(BUILDERS);
function buildAdapter(name) {
    return BUILDERS[name];
}


/***/ }),

/***/ 60899:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ solo5),
/* harmony export */   w: () => (/* binding */ solo5AbiTarget)
/* harmony export */ });
/* harmony import */ var _exit_decoding_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(39291);

// From Solo5/solo5 include/elf_abi.h: ABI1_NOTE_NAME "Solo5", ABI1_NOTE_TYPE 0x31494241 ("ABI1"),
// struct abi1_info { uint32_t abi_target; ... }, enum abi_target { HVT_ABI_TARGET = 1, SPT, VIRTIO, MUEN, GENODE, XEN }.
const ABI1_NOTE_NAME = 'Solo5';
const ABI1_NOTE_TYPE = 0x31494241;
const ABI_TARGETS = ['hvt', 'spt', 'virtio', 'muen', 'genode', 'xen'];
/** The binding a Solo5 unikernel was built for, from its ABI1 note; undefined when it has none. */
function solo5AbiTarget(elf) {
    const note = elf.notes.find((n) => n.name === ABI1_NOTE_NAME && n.type === ABI1_NOTE_TYPE);
    if (!note || note.desc.length < 4)
        return undefined;
    return ABI_TARGETS[note.desc.readUInt32LE(0) - 1];
}
// Lines written by bindings/exit.c and bindings/abort.c.
const EXIT_LINE = /Solo5: solo5_exit\((-?\d+)\) called/g;
const ABORT_LINE = /Solo5: solo5_abort\(\) called|Solo5: ABORT/;
/** The virtio binding writes isa-debug-exit 41 (→ 83) whatever the status (bindings/virtio/platform.c): the console says which. */
function virtioExit(context) {
    const abort = ABORT_LINE.exec(context.console);
    if (abort)
        return (0,_exit_decoding_js__WEBPACK_IMPORTED_MODULE_0__/* .crashed */ .zB)(`Solo5 abort (${abort[0]})`);
    const calls = [...context.console.matchAll(EXIT_LINE)];
    return (0,_exit_decoding_js__WEBPACK_IMPORTED_MODULE_0__/* .exited */ .kV)(calls.length > 0 ? Number(calls[calls.length - 1][1]) : 0);
}
/**
 * Tenders exit with the guest's status; SOLO5_EXIT_ABORT is 255 (include/solo5.h). A guest that trips
 * the tender at run time (`solo5-hvt: Invalid guest access`, a KVM translation fault) ends in the
 * tender's `errx(1, …)`: status 1 as from `solo5_exit(1)`, told apart by the tender's line on stderr.
 */
const TENDER_RULES = {
    1: (context) => {
        const line = context.stderr?.split('\n').map((l) => l.trim()).find((l) => /^solo5-(hvt|spt): .*\bguest\b/i.test(l));
        return line ? (0,_exit_decoding_js__WEBPACK_IMPORTED_MODULE_0__/* .crashed */ .zB)(`the tender stopped the guest: ${line}`) : (0,_exit_decoding_js__WEBPACK_IMPORTED_MODULE_0__/* .exited */ .kV)(1);
    },
    255: (0,_exit_decoding_js__WEBPACK_IMPORTED_MODULE_0__/* .crashed */ .zB)('Solo5 abort (tender exit status 255)')
};
/** Solo5 (hvt, spt, virtio): shared with MirageOS, which runs on it. */
const solo5 = {
    name: 'solo5',
    failOn: [/Solo5: ABORT/, /Solo5: trap:/, /solo5_abort\(\) called/],
    successCode: 0,
    exitDevices: (arch) => (0,_exit_decoding_js__WEBPACK_IMPORTED_MODULE_0__/* .x86ExitDevices */ .KS)(arch, [_exit_decoding_js__WEBPACK_IMPORTED_MODULE_0__/* .DEBUG_EXIT_0X501 */ .GF]),
    decodeExit: (context) => (0,_exit_decoding_js__WEBPACK_IMPORTED_MODULE_0__/* .decodeByVmm */ .Ov)(context, { qemu: { 83: virtioExit }, 'solo5-hvt': TENDER_RULES, 'solo5-spt': TENDER_RULES }),
    detect: (elf) => elf.notes.some((n) => n.name === ABI1_NOTE_NAME)
};


/***/ }),

/***/ 30364:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ BUILD_TOOLCHAIN_NAMES),
/* harmony export */   t: () => (/* binding */ TOOLCHAIN_NAMES)
/* harmony export */ });
const TOOLCHAIN_NAMES = ['unikraft', 'solo5', 'nanos', 'hermit', 'mirage', 'custom'];
// ------------------------------------------------------------------------------------- the build side
/** The toolchains `build` drives (solo5 is a boot profile only: its kernels come from mirage). */
const BUILD_TOOLCHAIN_NAMES = ['custom', 'unikraft', 'nanos', 'mirage', 'hermit'];


/***/ }),

/***/ 26422:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ ARCHES),
/* harmony export */   Y: () => (/* binding */ VMM_NAMES)
/* harmony export */ });
const ARCHES = ['x86_64', 'arm64'];
const VMM_NAMES = ['qemu', 'solo5-spt', 'solo5-hvt', 'firecracker', 'uhyve'];


/***/ })

};
