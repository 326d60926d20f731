import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 42613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 20181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 35317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 49140:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("constants");

/***/ }),

/***/ 76982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 72250:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("dns");

/***/ }),

/***/ 24434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 79896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 91943:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs/promises");

/***/ }),

/***/ 58611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 85675:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http2");

/***/ }),

/***/ 65692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 24743:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("iconv-lite");

/***/ }),

/***/ 69278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 34589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 16698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 31421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 37540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 77598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 53053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 40610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 78474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 73024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 51455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 37067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 32467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 44708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 98995:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");

/***/ }),

/***/ 77030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 48161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 76760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 41792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 80481:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:readline");

/***/ }),

/***/ 57075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 46466:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");

/***/ }),

/***/ 46193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");

/***/ }),

/***/ 41692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 73136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 57975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 73429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 75919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 38522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 70857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 16928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 13193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 53557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 16460:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers/promises");

/***/ }),

/***/ 64756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 52018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 87016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 39023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 43106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

/***/ }),

/***/ 2476:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

// ESM COMPAT FLAG
__nccwpck_require__.r(__webpack_exports__);

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  BOOT_INPUTS: () => (/* binding */ BOOT_INPUTS),
  bootAction: () => (/* binding */ bootAction),
  bootPost: () => (/* binding */ bootPost),
  readBootOptions: () => (/* binding */ readBootOptions),
  readBootReportSettings: () => (/* binding */ readBootReportSettings)
});

// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __nccwpck_require__(77030);
// EXTERNAL MODULE: ./build/runtime/errors.js
var errors = __nccwpck_require__(84704);
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
var external_node_fs_ = __nccwpck_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(76760);
// EXTERNAL MODULE: ./build/kernel/arm64-image.js
var arm64_image = __nccwpck_require__(72104);
// EXTERNAL MODULE: ./build/kernel/format.js
var format = __nccwpck_require__(30117);
// EXTERNAL MODULE: ./build/oci/reference.js
var oci_reference = __nccwpck_require__(20907);
// EXTERNAL MODULE: ./build/runtime/units.js
var units = __nccwpck_require__(50200);
// EXTERNAL MODULE: ./build/runtime/files.js
var files = __nccwpck_require__(68560);
// EXTERNAL MODULE: ./build/runtime/inputs.js
var runtime_inputs = __nccwpck_require__(4634);
// EXTERNAL MODULE: ./build/toolchains/catalog.js + 4 modules
var catalog = __nccwpck_require__(93365);
// EXTERNAL MODULE: ./build/vmm/kvm.js + 1 modules
var vmm_kvm = __nccwpck_require__(63742);
// EXTERNAL MODULE: ./build/vmm/drivers.js + 3 modules
var drivers = __nccwpck_require__(15440);
// EXTERNAL MODULE: ./build/platform.js
var platform = __nccwpck_require__(7997);
// EXTERNAL MODULE: ./build/boot/taps.js
var boot_taps = __nccwpck_require__(60099);
;// CONCATENATED MODULE: ./build/boot/devices.js


/** Solo5 device names are alphanumeric (elftool refuses anything else), so `NAME=` cannot be the start of a path by accident. */
const NAMED_DISK = /^([A-Za-z0-9]{1,67})=(.+)$/;
function parseDiskItem(item) {
    const named = NAMED_DISK.exec(item);
    return named ? { name: named[1], path: named[2] } : { path: item };
}
/** Linux interface names: 1–15 bytes, no `/`, `:`, `=` or white space. */
const NET_ITEM = /^([A-Za-z0-9]{1,67})=([^\s/:=]{1,15})$/;
function parseNetItem(item) {
    const match = NET_ITEM.exec(item);
    if (!match)
        throw (0,errors/* inputError */.Xu)('net', `\`${item}\` is not NAME=TAP (a declared net device and a tap interface name, e.g. service0=tap0)`);
    return { name: match[1], tap: match[2] };
}
function describeDeclared(declared, kind) {
    const names = declared.filter((d) => d.kind === kind).map((d) => d.name);
    return names.length ? `${kind} device${names.length > 1 ? 's' : ''} ${names.join(', ')}` : `no ${kind} device`;
}
/**
 * Binds the `disk` items to the block devices the kernel declares (by name, then positional paths in
 * the kernel's order) and decides its net devices: every declared device gets exactly one attachment,
 * and nothing is attached that the kernel does not declare.
 */
function attachDeclaredDevices(request) {
    const { kernel, declared } = request;
    const blocks = new Map();
    for (const disk of request.disks.filter((d) => d.name !== undefined)) {
        const device = declared.find((d) => d.name === disk.name);
        if (!device || device.kind !== 'block') {
            throw (0,errors/* inputError */.Xu)('disk', `\`${disk.name}=${disk.path}\`: ${kernel} declares no block device \`${disk.name}\` (it declares ${describeDeclared(declared, 'block')})`);
        }
        if (blocks.has(disk.name))
            throw (0,errors/* inputError */.Xu)('disk', `the block device \`${disk.name}\` is given twice`);
        blocks.set(disk.name, disk.path);
    }
    const positional = request.disks.filter((d) => d.name === undefined);
    const unbound = declared.filter((d) => d.kind === 'block' && !blocks.has(d.name));
    if (positional.length > unbound.length) {
        const extra = positional.slice(unbound.length).map((d) => d.path);
        throw (0,errors/* inputError */.Xu)('disk', `${extra.join(', ')}: no block device of ${kernel} is left for ${extra.length > 1 ? 'them' : 'it'} (it declares ${describeDeclared(declared, 'block')})`);
    }
    positional.forEach((disk, index) => blocks.set(unbound[index].name, disk.path));
    const missing = declared.filter((d) => d.kind === 'block' && !blocks.has(d.name)).map((d) => d.name);
    if (missing.length) {
        throw (0,errors/* inputError */.Xu)('disk', `${kernel} declares the block device${missing.length > 1 ? 's' : ''} ${missing.map((n) => `\`${n}\``).join(', ')}, and no disk is given for ` +
            `${missing.length > 1 ? 'them' : 'it'} (\`${missing[0]}=<path>\`, or paths in the kernel's order)`);
    }
    const nets = declared.filter((d) => d.kind === 'net');
    if (nets.length && request.network === 'none') {
        throw (0,errors/* inputError */.Xu)('network', `is none, but ${kernel} declares the net device${nets.length > 1 ? 's' : ''} ${nets.map((d) => `\`${d.name}\``).join(', ')}, which it cannot run without`);
    }
    if (!nets.length && (request.hasPorts || request.hasProbes)) {
        throw (0,errors/* inputError */.Xu)(request.hasPorts ? 'ports' : 'probe', `${kernel} declares no net device, so nothing in the guest can answer (it boots with no NIC)`);
    }
    const taps = bindNets(request, nets);
    return declared.map((device) => device.kind === 'block'
        ? { kind: 'block', name: device.name, path: blocks.get(device.name) }
        : { kind: 'net', name: device.name, ...taps.get(device.name) });
}
/**
 * What each declared net device gets under a VMM that attaches them to taps: the tap the user names in
 * `net`, nothing when `vmm-args` attach it, else a tap the boot creates on the host-only link of the
 * device's net index. Under user networking, `net` has nothing to name.
 */
function bindNets(request, nets) {
    const bound = new Map();
    if (request.nets.length && request.netBacking !== 'tap') {
        throw (0,errors/* inputError */.Xu)('net', `${request.vmm} attaches net devices to its own user networking, not to tap devices; leave \`net\` empty`);
    }
    for (const item of request.nets) {
        if (!nets.some((d) => d.name === item.name)) {
            throw (0,errors/* inputError */.Xu)('net', `\`${item.name}=${item.tap}\`: ${request.kernel} declares no net device \`${item.name}\` (it declares ${describeDeclared(request.declared, 'net')})`);
        }
        if (bound.has(item.name))
            throw (0,errors/* inputError */.Xu)('net', `the net device \`${item.name}\` is given twice`);
        if (request.tapInArgs(item.name) !== undefined)
            throw (0,errors/* inputError */.Xu)('net', `the net device \`${item.name}\` is attached in vmm-args as well`);
        bound.set(item.name, { tap: item.tap });
    }
    if (request.netBacking !== 'tap')
        return bound;
    nets.forEach((device, index) => {
        if (bound.has(device.name))
            return;
        const inArgs = request.tapInArgs(device.name);
        if (inArgs !== undefined)
            return void bound.set(device.name, { tap: inArgs });
        if (!request.canCreateTaps) {
            throw (0,errors/* inputError */.Xu)('net', `${request.kernel} declares the net device \`${device.name}\`, which ${request.vmm} attaches only to a tap device, and this step ` +
                `cannot create one (it needs root or passwordless sudo): create a tap and name it with \`net: ${device.name}=<tap>\`, ` +
                `or boot the kernel's virtio build with vmm: qemu for user networking`);
        }
        bound.set(device.name, { tap: (0,boot_taps/* newTapName */.tg)(index), link: (0,boot_taps/* tapLink */.ko)(index) });
    });
    return bound;
}
/** What is attached to a declared device: `/tmp/disk.img`, `tap tap0`, `tap uk…n0 (created; host 10.0.0.1/30, guest 10.0.0.2)`, `user networking`. */
function attachedTo(device) {
    if (device.kind === 'block')
        return device.path;
    if (!device.tap)
        return 'user networking';
    const link = device.link;
    return link ? `tap ${device.tap} (created; host ${link.hostAddress}/${link.prefixLength}, guest ${link.guestAddress})` : `tap ${device.tap}`;
}
/** `storage (block) ← /tmp/disk.img`, for the log. */
function describeAttachment(device) {
    return `${device.name} (${device.kind}) ← ${attachedTo(device)}`;
}

;// CONCATENATED MODULE: ./build/boot/network-guard.js
/**
 * What `network: restricted` promises about the boot's own traffic: probes reach only the guest (on
 * loopback through a forwarded port, or at its address on a tap link the step created), and VMM
 * arguments that would add a NIC or a listener of their own are pointed out.
 */

function isLoopbackHost(hostname) {
    const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
    return host === 'localhost' || host === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}
function probePort(url) {
    if (url.port)
        return Number(url.port);
    return url.protocol === 'https:' ? 443 : 80;
}
/**
 * Refuses, before anything boots, a probe that would reach something other than the guest: unless
 * `network: open`, a probe names a loopback address on a port `ports` forwards, or a tap guest's
 * address (`tapGuests`, on links this step creates).
 */
function checkProbeHosts(probes, forwards, tapGuests, network) {
    if (network === 'open')
        return;
    const forwarded = forwards.map((f) => f.host);
    for (const probe of probes) {
        const { hostname } = probe.url;
        if (tapGuests.includes(hostname))
            continue;
        if (isLoopbackHost(hostname) && forwarded.includes(probePort(probe.url)))
            continue;
        const where = isLoopbackHost(hostname)
            ? `port ${probePort(probe.url)} is not one \`ports\` forwards (${forwarded.length ? forwarded.join(', ') : 'none'})`
            : `${hostname} is not the guest`;
        const taps = tapGuests.length ? ` or a tap guest (${tapGuests.join(', ')})` : '';
        throw (0,errors/* inputError */.Xu)('probe', `\`${probe.original}\`: ${where}; under network: ${network} a probe reaches only the guest: a loopback address on a forwarded port${taps} ` +
            '({80} stands for the port forwarded to guest port 80); set network: open to probe another address');
    }
}
/** Options that add a NIC or a listener; with a pattern, only when their value matches it (`-serial tcp:…`). */
const RISKY_OPTIONS = {
    '-netdev': undefined,
    '-nic': undefined,
    '-net': undefined,
    '-vnc': undefined,
    '-spice': undefined,
    '-gdb': undefined,
    '-serial': /^(tcp|udp|telnet|websocket|unix):/,
    '-monitor': /^(tcp|udp|telnet|websocket|unix):/,
    '-qmp': /^(tcp|udp|telnet|websocket|unix):/,
    '-chardev': /^(socket|udp)\b/
};
/** The `vmm-args` items that add a NIC or a listener `network: restricted` knows nothing of, as written (option and value). */
function riskyVmmArgs(args) {
    const found = [];
    for (let i = 0; i < args.length; i++) {
        const arg = args[i];
        // QEMU takes `--netdev` as well as `-netdev`.
        const name = arg.startsWith('--') ? arg.slice(1) : arg;
        if (Object.hasOwn(RISKY_OPTIONS, name)) {
            const value = args[i + 1] ?? '';
            i++;
            const pattern = RISKY_OPTIONS[name];
            if (value === 'none' || (pattern && !pattern.test(value)))
                continue;
            found.push(`${arg} ${value}`.trim());
        }
        else if (arg === '-s' || /hostfwd=/.test(arg)) {
            // -s: a gdb server on tcp::1234.
            found.push(arg);
        }
    }
    return found;
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
                    return resolve({
                        kind: 'failed',
                        detail: `HTTP ${status} from ${url.href}, but the body does not match /${options.expectBody.source}/: ${JSON.stringify(body.slice(0, 200))}`
                    });
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
const DEFAULT_LOG_LIMIT = 64 * 1024 * 1024;
/** Resolves every default (input → image descriptor → kernel → built-in) and renders nothing yet. */
/** The image's own memory size, when `memory` is not given: bounded by the host's like the input's, with the way out named. */
function descriptorMemoryMiB(value) {
    const mib = (0,units/* parseMemoryMiB */.lk)('memory', value);
    const host = (0,units/* hostMemoryMiB */.g$)();
    if (mib > host)
        throw (0,errors/* inputError */.Xu)('memory', `not given, and the image asks for ${value}, more than this host's memory (${host} MiB); give \`memory\` to boot it with less`);
    return mib;
}
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
            const { defaultCredentials, pullToLayout } = await Promise.all(/* import() */[__nccwpck_require__.e(6499), __nccwpck_require__.e(9985)]).then(__nccwpck_require__.bind(__nccwpck_require__, 88549));
            const credentials = await defaultCredentials(ref.registry, context.env ?? process.env);
            const pulled = await pullToLayout(ref, credentials, (0,external_node_path_.join)(workDir, 'pulled'), options.arch, { input: 'image', logger }).catch((error) => {
                throw (0,errors/* isConfigurationError */.p0)(error) ? error : (0,errors/* inputError */.Xu)('image', `cannot pull ${image}: ${(0,errors/* errorMessage */.gJ)(error)}`);
            });
            logger.info(`Pulled ${image} (${pulled.manifestDigest}) into ${pulled.dir}`);
            ref = { kind: 'layout', dir: pulled.dir, tag: pulled.tag };
        }
        // Loaded only for images: the tar and gzip code stays out of a plain kernel boot's start-up.
        const { extractBootImage } = await Promise.all(/* import() */[__nccwpck_require__.e(8697), __nccwpck_require__.e(3927), __nccwpck_require__.e(4952)]).then(__nccwpck_require__.bind(__nccwpck_require__, 63927));
        const layoutDir = (0,external_node_path_.resolve)(cwd, ref.dir);
        const extracted = await extractBootImage('image', { ...ref, dir: layoutDir }, options.arch, (0,external_node_path_.join)(workDir, 'image'));
        bootedImage = { reference: image, layoutDir, manifestDigest: extracted.manifestDigest };
        kernel = extracted.kernel;
        initrd ??= extracted.initrd;
        descriptor = extracted.descriptor;
    }
    const kernelPath = (0,external_node_path_.resolve)(cwd, kernel);
    const kernelInput = options.kernel ? 'kernel' : 'image';
    const kernelInfo = await (0,format/* inspectKernel */.w2)(kernelPath, kernelInput);
    const initrdPath = initrd ? await existingFile((0,external_node_path_.resolve)(cwd, initrd), 'initrd') : undefined;
    const declared = kernelInfo.devices;
    // `NAME=path` binds a device the kernel declares; a kernel that declares none takes plain paths.
    const diskItems = await Promise.all(options.disks
        .map((item) => (declared ? parseDiskItem(item) : { path: item }))
        .map(async (item) => ({ ...item, path: await existingFile((0,external_node_path_.resolve)(cwd, item.path), 'disk') })));
    const toolchain = options.toolchain !== 'auto'
        ? options.toolchain
        : (descriptor?.toolchain ?? (kernelInfo.elf ? (0,catalog/* detectToolchain */.bf)(kernelInfo.elf) : 'custom'));
    const profile = (0,catalog/* toolchainProfile */.T1)(toolchain);
    const vmm = options.vmm !== 'auto' ? options.vmm : (descriptor?.vmm ?? (0,drivers/* vmmForKernel */.rs)(kernelInfo));
    const driver = (0,drivers/* vmmDriver */.xs)(vmm);
    if (!driver.formats.includes(kernelInfo.format)) {
        throw (0,errors/* inputError */.Xu)(kernelInput, `${kernelPath} is a ${kernelInfo.format} image, which ${vmm} cannot boot (it boots ${driver.formats.join(', ')})`);
    }
    const arch = options.arch ?? kernelInfo.arch ?? descriptor?.arch ?? (0,platform/* hostArch */.LY)() ?? 'x86_64';
    if (kernelInfo.arch && kernelInfo.arch !== arch)
        throw (0,errors/* inputError */.Xu)('arch', `is ${arch}, but ${kernelPath} is an ${kernelInfo.arch} kernel`);
    const vmmBinary = await findVmm(options.vmmPath, driver, arch);
    const accel = await (0,vmm_kvm/* resolveAccel */.Fu)(options.accel, driver, context.kvm, logger, { binary: vmmBinary, arch, cacheDir: context.workRoot });
    const bootKernel = await loadableKernel(kernelPath, kernelInfo, driver, workDir, logger, kernelInput);
    const memoryMiB = options.memory ? (0,units/* parseGuestMemoryMiB */.nZ)('memory', options.memory) : descriptorMemoryMiB(descriptor?.memory ?? DEFAULT_MEMORY);
    const ports = await resolveFreePorts(options.ports);
    if (ports.length && !driver.supportsPorts)
        throw (0,errors/* inputError */.Xu)('ports', `${vmm} cannot forward ports (use vmm: qemu)`);
    const netItems = options.nets.map(parseNetItem);
    if (netItems.length && !declared)
        throw (0,errors/* inputError */.Xu)('net', `${kernelPath} declares no devices (no Solo5 manifest), so \`net\` has nothing to attach`);
    const needsTaps = driver.netBacking === 'tap' && (declared ?? []).some((d) => d.kind === 'net');
    const tapPrivilege = needsTaps ? await (context.taps ?? boot_taps/* HOST_TAPS */.Ak).privilege() : undefined;
    const devices = declared
        ? attachDeclaredDevices({
            kernel: kernelPath,
            declared,
            disks: diskItems,
            network: options.network,
            hasPorts: ports.length > 0,
            hasProbes: options.probes.length > 0,
            nets: netItems,
            vmm,
            netBacking: driver.netBacking,
            tapInArgs: (name) => driver.tapInArgs?.(options.vmmArgs, name),
            canCreateTaps: tapPrivilege !== undefined
        })
        : undefined;
    // A disk without boot code of its own (Nanos on arm64) boots with the toolchain's kernel beside it.
    const diskKernel = (0,format/* isDisk */.oT)(kernelInfo) ? profile.diskKernel?.({ path: kernelPath, arch, env: context.env ?? process.env, input: kernelInput }) : undefined;
    const probes = resolveProbeUrls(options.probes, ports);
    if (devices && driver.netBacking === 'tap')
        checkTapProbes(probes, devices, options.network);
    else
        checkProbeHosts(probes, ports, (0,boot_taps/* createdTaps */.XX)(devices).map(({ link }) => link.guestAddress), options.network);
    if (options.network === 'restricted') {
        for (const arg of riskyVmmArgs(options.vmmArgs))
            logger.warning(`vmm-args: \`${arg}\` adds a NIC or a listener that network: restricted does not cover; it is passed on as given`);
    }
    const spec = {
        kernel: bootKernel,
        kernelInfo,
        initrd: initrdPath,
        disks: devices ? [] : diskItems.map((d) => d.path),
        ...(devices ? { devices } : {}),
        cmdline: options.cmdline ?? descriptor?.cmdline,
        arch,
        memoryMiB,
        cpus: options.cpus ?? descriptor?.cpus ?? DEFAULT_CPUS,
        accel,
        ports,
        network: options.network,
        exitDevices: profile.exitDevices(arch),
        ...(arch === 'arm64' && profile.armSemihosting ? { semihosting: true } : {}),
        ...(arch === 'arm64' && profile.armGic ? { gicVersion: profile.armGic } : {}),
        ...(diskKernel ? { diskKernel } : {}),
        extraArgs: options.vmmArgs,
        vmmBinary,
        workDir
    };
    const expect = options.expect.length ? options.expect : (descriptor?.expect ?? []).map((p) => (0,runtime_inputs/* compileRegex */.DL)('expect', p));
    const failOn = [...profile.failOn, ...(descriptor?.failOn ?? []).map((p) => (0,runtime_inputs/* compileRegex */.DL)('fail-on', p)), ...options.failOn];
    const timeoutSeconds = options.timeoutSeconds ?? descriptor?.timeout ?? DEFAULT_TIMEOUT_SECONDS;
    logger.info(`Booting ${source}: ${kernelInfo.format}${kernelInfo.elf ? ` (ELF${kernelInfo.elf.class})` : ''}, toolchain ${toolchain}, vmm ${vmm}, ${arch}, ` +
        `accel ${accel}, ${memoryMiB} MiB, ${spec.cpus} vCPU, timeout ${timeoutSeconds} s`);
    if (diskKernel)
        logger.info(`${kernelPath} has no boot code of its own: it boots as the block device of ${diskKernel}, given to ${vmm} as the kernel`);
    if (devices) {
        logger.info(devices.length
            ? `The kernel declares ${devices.length} device${devices.length > 1 ? 's' : ''}: ${devices.map(describeAttachment).join(', ')}`
            : 'The kernel declares no devices: none attached');
    }
    return {
        request: {
            driver,
            spec,
            profile,
            expect,
            failOn,
            exitCode: options.exitCode,
            probes,
            probeExpect: options.probeExpect,
            timeoutMs: timeoutSeconds * 1000,
            keepRunning: options.keepRunning,
            consoleLog: (0,external_node_path_.join)(workDir, 'console.log'),
            consoleLogLimit: options.logLimit ?? DEFAULT_LOG_LIMIT,
            logger
        },
        toolchain,
        vmm,
        source,
        booted: { kernelPath, ...(bootedImage ? { image: bootedImage } : {}), ...(buildName ? { buildName } : {}) },
        workDir,
        descriptor,
        ...((0,boot_taps/* createdTaps */.XX)(devices).length ? { tapPrivilege } : {})
    };
}
/**
 * A tap guest is probed at its address on a tap link the boot created, and nowhere else: under
 * `network: restricted` a probe naming any other host (a tap the user made, 127.0.0.1) is refused,
 * because nothing says what it would reach. Under `open` the user's URL is taken as it is.
 */
function checkTapProbes(probes, devices, network) {
    if (network !== 'restricted')
        return;
    const guests = (0,boot_taps/* createdTaps */.XX)(devices).map(({ link }) => link.guestAddress);
    for (const probe of probes) {
        if (guests.includes(probe.url.hostname))
            continue;
        throw (0,errors/* inputError */.Xu)('probe', `\`${probe.original}\`: under network: restricted a tap guest is probed only at its address on a tap link this step creates ` +
            (guests.length ? `(${guests.join(', ')})` : '(none is created: every net device is attached to a tap you named)') +
            '; set network: open to probe another address');
    }
}
/**
 * The file the VMM is given: the kernel itself, or what this VMM can load made from it — the Image
 * inside a compressed arm64 kernel the VMM does not unpack itself, then whatever conversion the
 * driver's loader needs (`adaptKernel`).
 */
async function loadableKernel(path, info, driver, workDir, logger, input) {
    const compression = info.compression;
    if (compression && !driver.unpacks.includes(compression.kind)) {
        const image = (0,external_node_path_.join)(workDir, 'Image');
        await external_node_fs_.promises.writeFile(image, (0,arm64_image/* unpackArm64Image */.at)(await external_node_fs_.promises.readFile(path), compression, path, input));
        const what = compression.kind === 'zboot' ? `an EFI zboot image (${compression.type})` : 'a gzipped arm64 Image';
        logger.info(`${path} is ${what}; ${driver.name} boots the Image unpacked from it (${image})`);
        return image;
    }
    return driver.adaptKernel ? driver.adaptKernel({ path, info, workDir, input, logger }) : path;
}
async function findVmm(explicit, driver, arch) {
    if (explicit) {
        // A relative path is a file here, as a user writes it; a bare name is looked up on PATH.
        const path = (0,files/* findExecutable */.oq)(explicit.includes('/') ? (0,external_node_path_.resolve)(explicit) : explicit, process.env.PATH);
        if (!path)
            throw (0,errors/* inputError */.Xu)('vmm-path', `${explicit} is not an executable file`);
        return path;
    }
    const binary = driver.binary(arch);
    const found = (0,files/* findExecutable */.oq)(binary, process.env.PATH);
    if (found)
        return found;
    // setup installs the runner's own architecture's binary; another architecture's comes from its OS package.
    const osPackage = driver.osPackage?.(arch);
    if (osPackage && arch !== (0,platform/* hostArch */.LY)()) {
        throw new errors/* ConfigurationError */.j1(`input \`vmm\`: ${driver.name} needs \`${binary}\` for an ${arch} guest, which is not on PATH; ` +
            `install the OS package ${osPackage} (apt-get install ${osPackage}) or give \`vmm-path\``);
    }
    throw new errors/* ConfigurationError */.j1(`input \`vmm\`: ${driver.name} needs \`${binary}\`, which is not on PATH; install it (the setup action, tools: ${driver.setupTool}) or give \`vmm-path\``);
}
async function existingFile(path, input) {
    const info = await external_node_fs_.promises.stat(path).catch(() => undefined);
    if (!info?.isFile())
        throw (0,errors/* inputError */.Xu)(input, `${path} does not exist or is not a file`);
    return path;
}

// EXTERNAL MODULE: ./build/report/markdown.js
var markdown = __nccwpck_require__(34902);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __nccwpck_require__(31421);
// EXTERNAL MODULE: ./build/runtime/process-group.js
var process_group = __nccwpck_require__(1836);
;// CONCATENATED MODULE: ./build/vmm/qmp.js
/**
 * Our end of QEMU's QMP monitor: a socket pair connected before QEMU starts (QEMU inherits the other
 * end), so there is no socket file to create, race for or clean up. The handshake is written at once,
 * before QEMU's greeting arrives (QEMU reads it after sending the greeting), and with `resume` a `cont`
 * right behind it: QEMU runs them in order, so a VM started paused runs only once QEMU sends events,
 * and no event is missed however fast the guest is — at no extra round trip. Events: SHUTDOWN tells a
 * guest reset (triple fault, PSCI reset under -no-reboot) from a poweroff, GUEST_PANICKED reports
 * pvpanic. Commands: what the probes ask (`info usernet`).
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
    constructor(socket, events = {}, options = {}) {
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
        socket.write(`{"execute":"qmp_capabilities","id":"capabilities"}\n${options.resume ? '{"execute":"cont","id":"resume"}\n' : ''}`);
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
            // The greeting: the handshake is already on its way.
        }
        else if (message.id === 'capabilities') {
            this.negotiated = true;
            for (const send of this.queued.splice(0))
                send();
        }
        else if (message.id === 'resume') {
            if (message.error)
                this.events.onResumeFailed?.(`${message.error.class ?? 'error'}: ${message.error.desc ?? ''}`);
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
var external_node_string_decoder_ = __nccwpck_require__(46193);
;// CONCATENATED MODULE: ./build/boot/console.js


const CRASH_LINE_GRACE_MS = 200;
/**
 * The longest stretch of one line that `expect` and `fail-on` patterns are matched against: its last
 * 64 KiB. A line is rescanned as it grows, so without a bound a console that never ends a line costs
 * time quadratic in its length; with it, matching is linear in the output.
 */
const MATCHED_LINE_CAP = 64 * 1024;
/**
 * The longest stretch of one line kept for the logs, the step summary and the error annotation: its
 * last 2,000 characters, after a marker saying how many were cut. The summary shows 30 lines and
 * GitHub refuses one over 1 MiB.
 */
const SHOWN_LINE_CAP = 2000;
/** Lines kept for `tail`. */
const RECENT_LINES = 200;
/**
 * Follows the serial console: strips ANSI sequences, keeps the log file (stripped), matches the
 * `expect` patterns in order and the `fail-on` patterns on every line — including a partial last
 * line, so a prompt without a newline still counts and a crash is caught the moment it is printed.
 */
class ConsoleWatcher {
    expect;
    failOn;
    events;
    decoder = new external_node_string_decoder_.StringDecoder('utf8');
    pendingEscape = '';
    /** A `\r` that ended a chunk: a line end, unless the next chunk starts with `\n` (one `\r\n`). */
    pendingCr = false;
    currentLine = '';
    /** Characters cut from the head of `currentLine` to keep it within MATCHED_LINE_CAP. */
    cutFromLine = 0;
    /** Where in `currentLine` the next expect pattern may start (patterns match in order). */
    expectOffset = 0;
    expectIndex = 0;
    crashed = false;
    /** A crash matched on a partial line: reported when the line completes, or after a short grace. */
    pendingCrash;
    recent = [];
    logFd;
    logged = 0;
    log;
    constructor(expect, failOn, logPath, events, log = {}) {
        this.expect = expect;
        this.failOn = failOn;
        this.events = events;
        this.log = { limit: Infinity, ...log };
        this.logFd = (0,external_node_fs_.openSync)(logPath, 'w');
    }
    get expectationsMet() {
        return this.expectIndex >= this.expect.length;
    }
    get matchedExpectations() {
        return this.expectIndex;
    }
    /**
     * The console's end, stripped (some toolchains say their exit status there): its last lines as
     * `tail` keeps them, long ones cut. Built from those rather than kept apart, as keeping every chunk
     * for a while left a flooding console's garbage to the old generation (~130 MB more RSS).
     */
    get content() {
        return this.tail(RECENT_LINES + 1).join('\n');
    }
    /** True once the log file reached its limit. */
    get logTruncated() {
        return this.logged >= this.log.limit;
    }
    /** Bytes the log file may still take before its limit. */
    get logBudget() {
        return Math.max(0, this.log.limit - this.logged);
    }
    feed(chunk) {
        let text = this.pendingEscape + this.decoder.write(chunk);
        [text, this.pendingEscape] = splitIncompleteEscape(text);
        let clean = stripEscapes(text);
        if (this.pendingCr)
            clean = `\r${clean}`;
        this.pendingCr = clean.endsWith('\r');
        if (this.pendingCr)
            clean = clean.slice(0, -1);
        // `\r\n`, `\n` and a lone `\r` (a progress line redrawn in place) each end one line.
        clean = clean.replace(/\r\n?/g, '\n');
        if (clean === '')
            return;
        this.writeLog(clean);
        const parts = clean.split('\n');
        for (let i = 0; i < parts.length; i++) {
            this.currentLine += parts[i];
            this.capLine();
            this.scan();
            if (i < parts.length - 1)
                this.endLine();
        }
    }
    /** Appends to the log up to its limit; the chunk that crosses it is cut at a character boundary and followed by a marker. */
    writeLog(clean) {
        if (this.logFd === undefined || this.logged >= this.log.limit)
            return;
        const bytes = Buffer.from(clean);
        const left = this.log.limit - this.logged;
        if (bytes.length < left) {
            (0,external_node_fs_.writeSync)(this.logFd, bytes);
            this.logged += bytes.length;
            return;
        }
        let cut = left;
        // Not inside a UTF-8 sequence: back up over continuation bytes.
        while (cut > 0 && cut < bytes.length && (bytes[cut] & 0xc0) === 0x80)
            cut--;
        (0,external_node_fs_.writeSync)(this.logFd, bytes.subarray(0, cut));
        (0,external_node_fs_.writeSync)(this.logFd, logLimitMarker(this.log.limit));
        this.logged = this.log.limit;
        this.log.onLimit?.(this.log.limit);
    }
    /** Keeps the last MATCHED_LINE_CAP characters of a line that grows past it. */
    capLine() {
        const excess = this.currentLine.length - MATCHED_LINE_CAP;
        if (excess <= 0)
            return;
        this.currentLine = this.currentLine.slice(excess);
        this.cutFromLine += excess;
        this.expectOffset = Math.max(0, this.expectOffset - excess);
    }
    /** Reports a crash still waiting for the rest of its line (the VMM has exited, no more is coming). */
    flush() {
        if (this.pendingCr) {
            this.pendingCr = false;
            this.endLine();
        }
        if (this.pendingCrash)
            this.reportCrash();
    }
    /** Closes the log file; what is fed afterwards is still matched, no longer logged. */
    close() {
        if (this.logFd !== undefined)
            (0,external_node_fs_.closeSync)(this.logFd);
        this.logFd = undefined;
    }
    reportCrash() {
        const pending = this.pendingCrash;
        this.pendingCrash = undefined;
        clearTimeout(pending.timer);
        this.events.onCrash(this.shownLine(), pending.pattern);
    }
    /** The last `count` lines, including a partial last line. */
    tail(count) {
        const lines = this.currentLine ? [...this.recent, this.shownLine()] : [...this.recent];
        return lines.slice(-count);
    }
    /** The current line as logs show it: its last SHOWN_LINE_CAP characters, marked where its head was cut. */
    shownLine() {
        const over = Math.max(0, this.currentLine.length - SHOWN_LINE_CAP);
        const cut = this.cutFromLine + over;
        // A copy: a slice would keep the whole (up to MATCHED_LINE_CAP) line alive in `recent`.
        const shown = over ? Buffer.from(this.currentLine.slice(over)).toString() : this.currentLine;
        return cut ? `[… ${cut} characters cut] ${shown}` : shown;
    }
    endLine() {
        if (this.pendingCrash)
            this.reportCrash();
        this.recent.push(this.shownLine());
        if (this.recent.length > RECENT_LINES)
            this.recent.shift();
        this.currentLine = '';
        this.cutFromLine = 0;
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
/** What ends a log cut at its limit. */
function logLimitMarker(limit) {
    return `\n[… console log cut at log-limit (${limit} bytes); the boot went on without logging the rest]\n`;
}
/**
 * Node's own stripping (ESC and C1 CSI sequences). `node:util` costs ~1 ms to load, so a console
 * without any escape byte never loads it: a plain banner is the common case and is read while the
 * VMM is starting.
 */
function stripEscapes(text) {
    // eslint-disable-next-line no-control-regex -- ESC and the C1 CSI byte start every sequence stripped
    return /[\x1b\x9b]/.test(text) ? process.getBuiltinModule('node:util').stripVTControlCharacters(text) : text;
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
/**
 * The VMM's stderr, bounded: its first `headBytes` (where a VMM says why it refused to start) and its
 * last `tailBytes` (where it says why it stopped), with a marker for what was cut between them.
 */
class BoundedCapture {
    headBytes;
    tailBytes;
    head = [];
    headLength = 0;
    tail = [];
    tailLength = 0;
    cut = 0;
    constructor(headBytes = 16 * 1024, tailBytes = 48 * 1024) {
        this.headBytes = headBytes;
        this.tailBytes = tailBytes;
    }
    add(chunk) {
        if (this.headLength < this.headBytes) {
            const part = chunk.subarray(0, this.headBytes - this.headLength);
            this.head.push(part);
            this.headLength += part.length;
            chunk = chunk.subarray(part.length);
        }
        if (chunk.length === 0)
            return;
        this.tail.push(chunk);
        this.tailLength += chunk.length;
        while (this.tailLength - this.tail[0].length >= this.tailBytes) {
            this.tailLength -= this.tail[0].length;
            this.cut += this.tail.shift().length;
        }
        if (this.tailLength > this.tailBytes) {
            const excess = this.tailLength - this.tailBytes;
            this.tail[0] = this.tail[0].subarray(excess);
            this.tailLength -= excess;
            this.cut += excess;
        }
    }
    get text() {
        const head = Buffer.concat(this.head).toString('utf8');
        const tail = Buffer.concat(this.tail).toString('utf8');
        return this.cut ? `${head}\n[… ${this.cut} bytes cut]\n${tail}` : head + tail;
    }
}

;// CONCATENATED MODULE: ./build/boot/engine.js








const BOOT_RESULTS = (/* unused pure expression or super */ null && (['passed', 'failed', 'crashed', 'timeout']));
/** Raised when the VMM itself refuses to run (bad argument, unloadable kernel): an error, not a verdict. */
class VmmStartError extends Error {
    name = 'VmmStartError';
}
/** A monotonic clock in ms; the `performance` global would load perf_hooks (~0.4 ms) before the spawn. */
function nowMs() {
    return Number(process.hrtime.bigint()) / 1e6;
}
/** How long after the VMM exited its last output may take to come out of the pipes. */
const OUTPUT_DRAIN_MS = 2000;
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
    const mark = (event) => timeline.push({ atMs: Math.round(nowMs() - started), event });
    let verdict;
    let settle;
    const settled = new Promise((resolve) => (settle = resolve));
    const decide = (result, reason) => {
        if (verdict)
            return;
        verdict = { result, reason, atMs: nowMs() - started };
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
    }, {
        limit: request.consoleLogLimit,
        onLimit: (limit) => {
            mark('console log reached log-limit');
            logger.warning(`The console log reached log-limit (${limit} bytes): ${request.consoleLog} is cut there; the boot goes on`);
        }
    });
    const consolePipe = await openPipe((0,external_node_path_.join)(spec.workDir, 'console.fifo'));
    logger.info(`${plan.command} ${plan.args.map(quoteForLog).join(' ')}`);
    started = nowMs();
    // The console and stderr come through pipes this process drains: the log on disk and what is kept
    // in memory are bounded however much the guest writes, and a guest writing faster than the
    // console is matched is slowed down by the full pipe instead of filling the disk.
    const group = new process_group/* ProcessGroup */.PT(plan.command, plan.args, {
        stdio: vmmStdio(consolePipe.writeFd, plan.control?.fd),
        cwd: spec.workDir,
        // A VM that is to outlive the step must not die with it.
        dieWithParent: !request.keepRunning
    });
    (0,external_node_fs_.closeSync)(consolePipe.writeFd);
    mark('VMM spawned');
    const stderr = new BoundedCapture();
    const consoleStream = consolePipe.stream;
    const stderrStream = group.child.stderr;
    const outputEnded = Promise.all([ended(consoleStream), ended(stderrStream)]);
    consoleStream.on('data', (chunk) => {
        if (!sawOutput) {
            sawOutput = true;
            mark('first console output');
        }
        watcher.feed(chunk);
    });
    stderrStream.on('data', (chunk) => stderr.add(chunk));
    let startError;
    // Whatever QEMU writes to QMP waits in the socket until this reads it: nothing is lost before.
    const qmpSocket = plan.control?.protocol === 'qmp' ? group.child.stdio[plan.control.fd] : undefined;
    const qmp = qmpSocket
        ? new QmpChannel(qmpSocket, {
            onShutdown: (reason) => mark(`shutdown (${reason})`),
            onPanic: () => decide('crashed', 'the guest panicked (GUEST_PANICKED)'),
            onResumeFailed: (message) => {
                startError = new VmmStartError(`${driver.name} did not start the paused VM (QMP cont: ${message})`);
                settle();
            }
        }, { resume: plan.control?.startsPaused })
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
    const deadline = setTimeout(() => decide('timeout', `no verdict within ${Math.round(request.timeoutMs / 1000)} s`), request.timeoutMs);
    // Aborting builds a DOMException (~0.3 ms on the way to the outputs), so only a boot with probes has one.
    const probeController = request.probes.length ? new AbortController() : undefined;
    const probing = request.probes.map((target, index) => runProbe(target, probeController.signal, index));
    /**
     * A new attempt every PROBE_INTERVAL_MS, not after the previous one gave up: until the guest's
     * network is up, QEMU accepts the forwarded connection and nothing answers, so a waiting attempt
     * would only notice readiness on a grid of its own timeout. The first definitive answer wins.
     */
    function runProbe(target, signal, index) {
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
                if (finished || verdict || signal.aborted)
                    return finish();
                if (inFlight >= PROBES_IN_FLIGHT)
                    return;
                inFlight++;
                void probeOnce(target, { expectBody: request.probeExpect, attemptTimeoutMs: PROBE_ATTEMPT_TIMEOUT_MS, tcpHoldMs: TCP_HOLD_MS, guestAccepted }, signal).then((outcome) => {
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
    let exitCode;
    const exitWatch = group.exited.then(async (exit) => {
        await qmp?.drained();
        // The last output may still be in the pipes; a process the VMM left holding them goes with its group.
        await Promise.race([outputEnded, new Promise((resolve) => setTimeout(resolve, OUTPUT_DRAIN_MS).unref())]);
        watcher.flush();
        vmmExit = { ...exit, shutdownReason: qmp?.shutdownReason, guestPanicked: qmp?.panicked };
        mark(`VMM exited (${describeExit(vmmExit)})`);
        if (verdict)
            return;
        const stderrText = stderr.text;
        const failure = driver.vmmFailure(vmmExit, stderrText);
        if (failure) {
            startError = new VmmStartError(`${driver.name} failed: ${failure}`);
            return settle();
        }
        judgeExit(vmmExit, stderrText);
    });
    function judgeExit(exit, stderr) {
        const decoded = profile.decodeExit({ channel: plan.exitChannel ?? driver.exitChannel, exit, console: watcher.content, stderr });
        if (decoded.kind === 'crashed')
            return decide('crashed', decoded.reason);
        const met = goalsMet();
        if (decoded.kind === 'stopped')
            return judgeStop(met);
        exitCode = decoded.code;
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
    /** The guest stopped and the VMM has no code to say how: only the goals can judge it. */
    function judgeStop(met) {
        const noCode = `${driver.name} reports no exit code`;
        if (request.exitCode !== undefined)
            return decide('failed', `the guest stopped, but ${noCode}; judge it with \`expect\` or a probe instead of \`exit-code\``);
        if (hasGoals && !met)
            return decide('failed', `the guest stopped before ${unmet(request, watcher.matchedExpectations, probesPassed.size)}`);
        decide('passed', hasGoals ? describeGoals(request) : `the guest stopped (${noCode})`);
    }
    await settled;
    clearTimeout(deadline);
    probeController?.abort();
    await Promise.allSettled(probing);
    let running;
    if (group.running) {
        if (request.keepRunning && verdict?.result === 'passed') {
            group.detach();
            handOverOutput(consoleStream, group, watcher, request);
            running = group;
        }
        else {
            await group.stop();
        }
    }
    if (!running)
        await exitWatch;
    watcher.close();
    await external_node_fs_.promises.writeFile((0,external_node_path_.join)(spec.workDir, 'vmm.stderr'), stderr.text);
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
/**
 * A pipe for the console. Node gives a child's stdio a socket pair, where every write is a buffer of
 * its own: a guest writing its console a byte at a time (a UART) then costs the VMM and this process
 * several times what a pipe costs. A named pipe, removed as soon as both ends are open, is a plain one.
 */
async function openPipe(path) {
    // A cancellation from here on ends the step through the handlers (status 128+N, exit listeners run),
    // not by the signal's default: the boot has begun making things that must not outlive it.
    (0,process_group/* installSignalHandlers */.Xd)();
    const made = (0,external_node_child_process_.spawn)('mkfifo', ['-m', '600', '--', path], { stdio: ['ignore', 'ignore', 'pipe'] });
    let error = '';
    made.stderr.on('data', (chunk) => (error += chunk.toString()));
    const status = await new Promise((resolve) => {
        made.on('error', () => resolve(null));
        made.on('close', resolve);
    });
    if (status !== 0)
        throw new Error(`could not create the console pipe ${path}: ${error.trim() || 'mkfifo did not run'}`);
    try {
        // Read end first and non-blocking, so that opening the write end does not wait for a reader.
        const readFd = (0,external_node_fs_.openSync)(path, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NONBLOCK);
        const writeFd = (0,external_node_fs_.openSync)(path, external_node_fs_.constants.O_WRONLY);
        return { stream: new external_node_net_.Socket({ fd: readFd, readable: true, writable: false }), writeFd };
    }
    finally {
        (0,external_node_fs_.unlinkSync)(path);
    }
}
/** Resolves once a stream is closed (all its data delivered). */
function ended(stream) {
    return new Promise((resolve) => (stream.destroyed ? resolve() : stream.once('close', () => resolve())));
}
/**
 * What keeps a kept VM's pipes drained once this process has ended: the console appended to the log
 * (escape sequences stripped) up to what is left of its limit, then the marker; the rest, and stderr,
 * read and dropped, so the VMM never blocks on a full pipe. It ends when the VMM closes them.
 * argv: the bytes left, the marker.
 */
const DRAINER = `
const { writeSync } = require('node:fs')
const { Socket } = require('node:net')
const { stripVTControlCharacters } = require('node:util')
let left = Number(process.argv[1])
process.stdin.on('data', (chunk) => {
  if (left <= 0) return
  let bytes = Buffer.from(stripVTControlCharacters(chunk.toString('utf8')).replace(/\\r\\n?/g, '\\n'))
  if (bytes.length >= left) {
    let cut = left
    while (cut > 0 && (bytes[cut] & 0xc0) === 0x80) cut--
    bytes = Buffer.concat([bytes.subarray(0, cut), Buffer.from(process.argv[2])])
    left = 0
  } else left -= bytes.length
  try { writeSync(1, bytes) } catch { left = 0 }
})
process.stdin.on('error', () => undefined)
new Socket({ fd: 3, readable: true, writable: false }).on('error', () => undefined).resume()
`;
/** keep-running: this process is about to end and the VM is not; a detached DRAINER takes the VMM's console and stderr over. */
function handOverOutput(consoleStream, group, watcher, request) {
    const streams = [consoleStream, group.child.stderr];
    for (const stream of streams) {
        stream.removeAllListeners('data');
        stream.pause();
    }
    const logFd = (0,external_node_fs_.openSync)(request.consoleLog, 'a');
    try {
        const drainer = (0,external_node_child_process_.spawn)(process.execPath, ['-e', DRAINER, String(watcher.logBudget), logLimitMarker(request.consoleLogLimit)], {
            stdio: [streams[0], logFd, 'ignore', streams[1]],
            detached: true,
            cwd: '/'
        });
        drainer.on('error', (error) => request.logger.warning(`Nothing drains the kept VM's console: ${error.message}`));
        drainer.unref();
    }
    finally {
        (0,external_node_fs_.closeSync)(logFd);
        for (const stream of streams)
            stream.destroy();
    }
}
/** The VMM's descriptors: no stdin, the console and stderr to pipes, and a socket pair at its control channel's descriptor. */
function vmmStdio(consoleFd, controlFd) {
    const stdio = ['ignore', consoleFd, 'pipe'];
    if (controlFd !== undefined) {
        while (stdio.length < controlFd)
            stdio.push('ignore');
        stdio[controlFd] = 'pipe';
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
    for (const [name, root] of [
        ['GITHUB_WORKSPACE', env.GITHUB_WORKSPACE || cwd],
        ['RUNNER_TEMP', env.RUNNER_TEMP]
    ]) {
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
        return [
            {
                metric,
                unit,
                current: value,
                base: baseValue,
                delta,
                ...(percent !== undefined ? { percent } : {}),
                regressed: percent !== undefined && percent > thresholdPercent
            }
        ];
    });
    if (found && !comparable) {
        return {
            thresholdPercent,
            metrics,
            notCompared: `the baseline on ${found.baseline.branch} was measured under ${found.baseline.accel} and this run under ${current.accel}; ` +
                'runs under different accelerators are not compared'
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
        const { defaultLocalCacheRoot, selectCacheBackend } = await __nccwpck_require__.e(/* import() */ 1024).then(__nccwpck_require__.bind(__nccwpck_require__, 41024));
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
        const report = {
            mode: plan.mode,
            baseBranch: plan.baseBranch,
            target: lookup.target,
            measurement,
            comparison,
            lookedUp: baselinePrefix(plan.baseBranch, lookup.target)
        };
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
        return {
            accel: request.spec.accel,
            bootTimeMs: outcome.bootTimeMs,
            samplesMs,
            kernelBytes,
            ...(imageBytes !== undefined ? { imageBytes } : {}),
            timeline: outcome.timeline
        };
    }
}
/** The bytes of one platform's image as a registry serves them: its manifest, config and layers. */
async function imageSize(layoutDir, manifestDigest) {
    const { OciLayout } = await __nccwpck_require__.e(/* import() */ 2571).then(__nccwpck_require__.bind(__nccwpck_require__, 84952));
    const layout = await OciLayout.open('image', layoutDir);
    const descriptor = await layout.resolve({ digest: manifestDigest });
    const manifest = await layout.readManifest(descriptor);
    return descriptor.size + manifest.config.size + manifest.layers.reduce((sum, layer) => sum + layer.size, 0);
}
function regressionMessage(metric, branch, thresholdPercent, runs) {
    const format = metric.unit === 'ms' ? (v) => `${v} ms` : formatBytes;
    const median = metric.unit === 'ms' && runs > 1 ? `, median of ${runs} boots` : '';
    const name = metric.metric[0].toUpperCase() + metric.metric.slice(1);
    return (`${name} grew ${(metric.percent ?? 0).toFixed(1)}% against ${branch} (${format(metric.base ?? 0)} → ${format(metric.current)}${median}), ` +
        `more than the ${thresholdPercent}% regression-threshold`);
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
/** GitHub refuses a step summary over 1 MiB (and shows none of it). */
const SUMMARY_BYTES_LIMIT = 1024 * 1024;
/**
 * The boot step's job summary: the verdict table, the timeline, the base-branch comparison, the console
 * tail on failure — within SUMMARY_BYTES_LIMIT whatever the guest printed.
 */
function bootSummaryMarkdown(facts) {
    return withinBytes(fullBootSummary(facts), SUMMARY_BYTES_LIMIT);
}
/**
 * Console lines come cut to a few KiB each, so a summary only grows past the limit from something
 * unforeseen; then it is cut, with a note, at a character boundary.
 */
function withinBytes(markdown, limit) {
    const bytes = Buffer.from(markdown);
    if (bytes.length <= limit)
        return markdown;
    const note = `\n\n… (cut: the summary reached ${limit} bytes)\n`;
    let cut = limit - Buffer.byteLength(note);
    while (cut > 0 && (bytes[cut] & 0xc0) === 0x80)
        cut--;
    return bytes.subarray(0, cut).toString('utf8') + note;
}
function fullBootSummary(facts) {
    const { outcome } = facts;
    const parts = [`### ${ICON[outcome.result]} Boot ${outcome.result}`, '', outcome.reason, ''];
    parts.push((0,markdown/* table */.tp)(['result', 'boot time', 'accel', 'exit code', 'VMM exit', 'toolchain', 'vmm'], [
        [
            outcome.result,
            `${outcome.bootTimeMs} ms`,
            facts.accel,
            outcome.exitCode === undefined ? '—' : String(outcome.exitCode),
            outcome.vmmExitStatus,
            facts.toolchain,
            facts.vmm
        ]
    ]));
    parts.push('', `Booted ${facts.source}.`, '');
    if (facts.devices) {
        parts.push(facts.devices.length
            ? (0,markdown/* table */.tp)(['declared device', 'kind', 'attached'], facts.devices.map((d) => [d.name, d.kind, attachedTo(d)]))
            : 'The kernel declares no devices; none were attached.', '');
    }
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
            : `No baseline on \`${baseBranch}\` for this boot yet (cache keys \`${report.lookedUp}…\`)` +
                `${report.mode === 'compare' ? `; the next push to \`${baseBranch}\` records one` : ''}.`, '', (0,markdown/* table */.tp)(['', 'this run'], comparison.metrics.map((m) => [m.metric, current(m)])));
    }
    const notes = [];
    if (runs > 1)
        notes.push(`Boot times: ${measurement.samplesMs.map((ms) => `${ms} ms`).join(', ')}.`);
    if (base)
        notes.push(`A growth above ${comparison.thresholdPercent}% is a regression.`);
    if (report.mode === 'record')
        notes.push(report.recordedKey
            ? `Recorded as the baseline for \`${baseBranch}\`: \`${report.recordedKey}\`.`
            : `This run was not recorded as a baseline (see the log).`);
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
    const clean = text
        .replace(/[^A-Za-z0-9 ._:/+=-]/g, ' ')
        .replace(/\s+/g, ' ')
        .trim();
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
var types = __nccwpck_require__(30364);
;// CONCATENATED MODULE: ./build/report/artifacts.js


/** Uploads the console log as a workflow artifact where the artifact service exists; a notice otherwise. */
async function uploadConsoleLog(context, path) {
    if (!context.env.ACTIONS_RUNTIME_TOKEN || !context.env.ACTIONS_RESULTS_URL) {
        context.logger.notice(`The console log is at ${path} (no artifact service here to upload it to)`);
        return;
    }
    try {
        // Loaded only on failure: the artifact client is large and most boots pass.
        const { DefaultArtifactClient } = await Promise.all(/* import() */[__nccwpck_require__.e(6752), __nccwpck_require__.e(3838), __nccwpck_require__.e(4942), __nccwpck_require__.e(2830), __nccwpck_require__.e(6350), __nccwpck_require__.e(4730), __nccwpck_require__.e(8275), __nccwpck_require__.e(7265)]).then(__nccwpck_require__.bind(__nccwpck_require__, 27265));
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
    'kernel',
    'image',
    'initrd',
    'disk',
    'toolchain',
    'vmm',
    'vmm-path',
    'arch',
    'accel',
    'memory',
    'cpus',
    'cmdline',
    'expect',
    'fail-on',
    'exit-code',
    'ports',
    'probe',
    'probe-expect',
    'timeout',
    'upload-log',
    'log-limit',
    'keep-running',
    'vmm-args',
    'network',
    'net',
    'boot-runs',
    'regression-threshold'
];
function readBootOptions(inputs) {
    const memory = inputs.optional('memory');
    if (memory)
        (0,units/* parseGuestMemoryMiB */.nZ)('memory', memory);
    const probeExpect = inputs.optional('probe-expect');
    const logLimit = inputs.optional('log-limit');
    return {
        kernel: inputs.optional('kernel'),
        image: inputs.optional('image'),
        initrd: inputs.optional('initrd'),
        disks: inputs.list('disk'),
        toolchain: inputs.choice('toolchain', ['auto', ...types/* TOOLCHAIN_NAMES */.tP], 'auto'),
        vmm: inputs.choice('vmm', ['auto', ...drivers/* VMM_NAMES */.YV], 'auto'),
        vmmPath: inputs.optional('vmm-path'),
        arch: inputs.optional('arch') === undefined ? undefined : inputs.choice('arch', platform/* ARCHES */.Pr, 'x86_64'),
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
        logLimit: logLimit === undefined ? undefined : (0,units/* parseByteSize */.nS)('log-limit', logLimit),
        vmmArgs: inputs.list('vmm-args', { newlineOnly: true }).flatMap((line) => splitArguments('vmm-args', line)),
        network: inputs.choice('network', ['restricted', 'open', 'none'], 'restricted'),
        nets: inputs.list('net')
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
async function bootAction(context, kvm = new vmm_kvm/* HostKvm */.jZ(context.env)) {
    const { inputs, logger, outputs } = context;
    const options = readBootOptions(inputs);
    const uploadLog = inputs.boolean('upload-log', true);
    const reportSettings = readBootReportSettings(inputs);
    const prepared = await logger.group('Prepare the boot', () => prepareBoot(options, { logger, jobState: context.jobState, workRoot: context.workRoot, kvm, env: context.env }));
    const { request } = prepared;
    // Taps the boot creates live exactly as long as the VM: removed at the verdict, on an error, at the
    // deadline and on cancellation; with keep-running, by the post step.
    const taps = await boot_taps/* TapDevices */.VO.create(request.spec.devices, prepared.tapPrivilege, logger);
    let reporter;
    let sampled;
    try {
        reporter = await BootReporter.start(reportSettings, prepared, { env: context.env, logger });
        const runs = reporter.runs;
        sampled = await logger.group(`Boot (${prepared.vmm}, ${request.spec.accel}${runs > 1 ? `, ${runs} times` : ''})`, () => bootSamples(request, runs));
    }
    catch (error) {
        await taps.remove();
        throw error;
    }
    const runs = reporter.runs;
    const { outcome } = sampled;
    if (!outcome.running)
        await taps.remove();
    else {
        const kept = taps.detach();
        if (kept.taps.length) {
            context.state.save('taps', kept.taps.join(','));
            context.state.save('tap-privilege', kept.privilege);
        }
    }
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
    await context.summary.write(bootSummaryMarkdown({
        outcome,
        accel: request.spec.accel,
        toolchain: prepared.toolchain,
        vmm: prepared.vmm,
        source: prepared.source,
        consoleLog: request.consoleLog,
        devices: request.spec.devices,
        report
    }));
    if (outcome.result !== 'passed') {
        if (uploadLog)
            await uploadConsoleLog(context, request.consoleLog);
        const tail = outcome.consoleTail.slice(-10);
        throw new errors/* CheckFailedError */.CO(`Boot ${outcome.result}: ${outcome.reason}${tail.length ? `\nLast console lines:\n${tail.join('\n')}` : '\n(the guest printed nothing)'}`);
    }
    return outcome;
}
/** Post: stops a VM left running by `keep-running`, then removes the taps created for it. Reads saved state only, never inputs. */
async function bootPost(context) {
    await stopKeptVm(context);
    const taps = context.state.get('taps');
    if (!taps)
        return;
    const { removeTaps } = await Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 60099));
    await removeTaps(taps.split(','), context.state.get('tap-privilege') === 'sudo' ? 'sudo' : 'root', context.logger);
}
async function stopKeptVm(context) {
    const pid = Number(context.state.get('vmm-pid'));
    if (!pid)
        return;
    const { groupAlive, signalGroup } = await Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 1836));
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

/***/ 60099:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ak: () => (/* binding */ HOST_TAPS),
/* harmony export */   VO: () => (/* binding */ TapDevices),
/* harmony export */   XX: () => (/* binding */ createdTaps),
/* harmony export */   ko: () => (/* binding */ tapLink),
/* harmony export */   removeTaps: () => (/* binding */ removeTaps),
/* harmony export */   tg: () => (/* binding */ newTapName)
/* harmony export */ });
/* unused harmony exports overlappingRoutes, createCommands, removeCommands, runCommand */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(31421);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(77598);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(57975);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(84704);
/* harmony import */ var _tools_commands_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(46140);
/* harmony import */ var _runtime_process_group_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(1836);






const run = (0,node_util__WEBPACK_IMPORTED_MODULE_2__.promisify)(node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile);
const HOST_TAPS = {
    privilege: async () => {
        if (process.getuid?.() === 0)
            return 'root';
        const sudo = await run('sudo', ['-n', 'true'], { timeout: 10_000 }).then(() => true, () => false);
        return sudo ? 'sudo' : undefined;
    }
};
/**
 * The host-only link of the n-th declared net device: 10.n.0.0/30, the host at .1 and the guest at .2 —
 * the address Solo5's test_net serves on (10.0.0.2, and 10.1.0.2 for its second NIC in test_net_2if)
 * and the default `--ipv4` of a MirageOS unikernel (10.0.0.2). Nothing routes beyond the link.
 */
function tapLink(netIndex) {
    return { hostAddress: `10.${netIndex}.0.1`, guestAddress: `10.${netIndex}.0.2`, prefixLength: 30 };
}
/** A tap name of our own: `uk`, 6 random hex digits, the device's net index (at most 15 bytes, IFNAMSIZ). */
function newTapName(netIndex) {
    return `uk${(0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.randomBytes)(3).toString('hex')}n${netIndex}`;
}
/** The routes in `ip -o -4 route show match ADDRESS` output other than the default route: a network the host already reaches there. */
function overlappingRoutes(output) {
    return output
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== '' && !line.startsWith('default'));
}
/** The argv of each `ip` command, prefixed with `sudo -n` when not root. Pure: one argv array per command, never a shell string. */
function createCommands(tap, link, privilege, uid = process.getuid?.() ?? 0) {
    const commands = [
        // Owned by the step's user, so a tender started without sudo may open it.
        ['ip', 'tuntap', 'add', 'dev', tap, 'mode', 'tap', ...(privilege === 'sudo' ? ['user', String(uid)] : [])],
        ['ip', 'addr', 'add', `${link.hostAddress}/${link.prefixLength}`, 'dev', tap],
        ['ip', 'link', 'set', 'dev', tap, 'up']
    ];
    return commands.map((argv) => (0,_tools_commands_js__WEBPACK_IMPORTED_MODULE_3__/* .privileged */ .wt)(argv, privilege === 'root'));
}
/** The net devices whose tap the action creates (and must remove). */
function createdTaps(devices) {
    return (devices ?? []).flatMap((d) => (d.kind === 'net' && d.tap && d.link ? [{ tap: d.tap, link: d.link }] : []));
}
/**
 * The taps the action created for one boot. `remove` runs at the verdict, on an error and at the
 * deadline; a process that exits on a signal (a cancelled job) removes them synchronously on its way out.
 */
class TapDevices {
    privilege;
    logger;
    live = [];
    onExit = () => this.removeSync();
    constructor(privilege, logger) {
        this.privilege = privilege;
        this.logger = logger;
    }
    /** Creates and addresses every tap in `devices` that the action owns; on a failure removes what it made and throws. */
    static async create(devices, privilege, logger) {
        const taps = new TapDevices(privilege ?? 'root', logger);
        const wanted = createdTaps(devices);
        if (wanted.length === 0)
            return taps;
        for (const { link } of wanted) {
            const routes = await run('ip', ['-o', '-4', 'route', 'show', 'match', link.guestAddress], { timeout: 10_000 }).then(({ stdout }) => stdout, () => '');
            const conflicts = overlappingRoutes(routes);
            if (conflicts.length) {
                throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j1(`input \`net\`: the host already routes ${link.guestAddress} (${conflicts.join('; ')}), so a tap link ` +
                    `${link.hostAddress}/${link.prefixLength} would hide or break it; create a tap and name it with \`net: NAME=<tap>\``);
            }
        }
        // A cancelled job's SIGTERM may come before the VMM's process group exists: exit through the handlers either way.
        (0,_runtime_process_group_js__WEBPACK_IMPORTED_MODULE_4__/* .installSignalHandlers */ .Xd)();
        process.once('exit', taps.onExit);
        try {
            for (const { tap, link } of wanted) {
                taps.live.push(tap);
                for (const argv of createCommands(tap, link, taps.privilege))
                    await runCommand(argv);
                logger.info(`Created tap ${tap}: host ${link.hostAddress}/${link.prefixLength}, guest ${link.guestAddress}`);
            }
        }
        catch (error) {
            await taps.remove();
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j1(`input \`net\`: could not create a tap device (${(0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .errorMessage */ .gJ)(error)}); create one and name it with \`net: NAME=<tap>\``, {
                cause: error
            });
        }
        return taps;
    }
    get names() {
        return this.live;
    }
    /** Removes every tap this boot created; a failure is a warning (the boot's verdict stands). */
    async remove() {
        process.removeListener('exit', this.onExit);
        const taps = this.live;
        this.live = [];
        await removeTaps(taps, this.privilege, this.logger);
    }
    /** Hands the taps over (keep-running: the post step removes them); returns what it hands over. */
    detach() {
        process.removeListener('exit', this.onExit);
        const taps = this.live;
        this.live = [];
        return { taps, privilege: this.privilege };
    }
    removeSync() {
        for (const argv of removeCommands(this.live, this.privilege))
            (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawnSync)(argv[0], argv.slice(1), { stdio: 'ignore', timeout: 5000 });
        this.live = [];
    }
}
/** `ip link del dev TAP` per tap (with `sudo -n` when not root): the post step of keep-running runs these from saved state. */
function removeCommands(taps, privilege) {
    return taps.map((tap) => (0,_tools_commands_js__WEBPACK_IMPORTED_MODULE_3__/* .privileged */ .wt)(['ip', 'link', 'del', 'dev', tap], privilege === 'root'));
}
/** Removes taps handed over by `detach` (the post step of keep-running, the CLI's `stop`); failures are warnings. */
async function removeTaps(taps, privilege, logger) {
    for (const [index, argv] of removeCommands(taps, privilege).entries()) {
        await runCommand(argv).then(() => logger.info(`Removed tap ${taps[index]}`), (error) => logger.warning(`Could not remove tap ${taps[index]}: ${(0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .errorMessage */ .gJ)(error)}`));
    }
}
async function runCommand(argv) {
    try {
        await run(argv[0], argv.slice(1), { timeout: 30_000 });
    }
    catch (error) {
        const stderr = error.stderr?.trim();
        throw new Error(`${argv.join(' ')}: ${stderr || (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .errorMessage */ .gJ)(error)}`, { cause: error });
    }
}


/***/ }),

/***/ 4920:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   CJ: () => (/* binding */ globFiles),
/* harmony export */   FX: () => (/* binding */ firstFile),
/* harmony export */   Ge: () => (/* binding */ readTextIfPresent),
/* harmony export */   QB: () => (/* binding */ findOneFile),
/* harmony export */   fo: () => (/* binding */ isFile),
/* harmony export */   uN: () => (/* binding */ toolchainError)
/* harmony export */ });
/* unused harmony export isGlob */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(76760);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(84704);



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
        const shown = matches
            .slice(0, 5)
            .map((m) => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(cwd, m))
            .join(', ');
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
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ findTools),
/* harmony export */   o: () => (/* reexport safe */ _runtime_files_js__WEBPACK_IMPORTED_MODULE_0__.oq)
/* harmony export */ });
/* harmony import */ var _runtime_files_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(68560);

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

/***/ 72104:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ij: () => (/* binding */ readZbootHeader),
/* harmony export */   at: () => (/* binding */ unpackArm64Image),
/* harmony export */   bf: () => (/* binding */ isGzip),
/* harmony export */   dM: () => (/* binding */ isZboot),
/* harmony export */   eG: () => (/* binding */ isArm64Image),
/* harmony export */   gd: () => (/* binding */ gzipHoldsArm64Image)
/* harmony export */ });
/* unused harmony export MAX_UNPACKED_IMAGE */
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(84704);

const ARM64_IMAGE_MAGIC = 0x644d5241; // "ARM\x64", at 0x38 of the Image header
const IMAGE_FILE_MACHINE_ARM64 = 0xaa64;
function isGzip(head) {
    return head.length >= 3 && head[0] === 0x1f && head[1] === 0x8b && head[2] === 8;
}
/** "MZ", then "zimg" where a PE file keeps nothing in particular. */
function isZboot(head) {
    return head.length >= 8 && head.toString('latin1', 0, 2) === 'MZ' && head.toString('latin1', 4, 8) === 'zimg';
}
function isArm64Image(bytes) {
    return bytes.length >= 0x40 && bytes.readUInt32LE(0x38) === ARM64_IMAGE_MAGIC;
}
/**
 * Whether gzipped bytes start with an arm64 Image header: inflates what `prefix` holds (a truncated
 * stream is fine) and looks at the header. Anything else gzipped is not ours to boot.
 */
function gzipHoldsArm64Image(prefix) {
    const zlib = process.getBuiltinModule('node:zlib');
    try {
        return isArm64Image(zlib.gunzipSync(prefix, { finishFlush: zlib.constants.Z_SYNC_FLUSH }));
    }
    catch {
        return false;
    }
}
/** The zboot header's fields; throws naming `input` when it is not an arm64 one. */
function readZbootHeader(head, path, input) {
    if (head.length < 0x40)
        throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(input, `${path} is cut short: an EFI zboot image without its header`);
    const offset = head.readUInt32LE(8);
    const size = head.readUInt32LE(12);
    const nul = head.indexOf(0, 0x18);
    const type = head.toString('latin1', 0x18, nul < 0 || nul > 0x38 ? 0x38 : nul);
    const pe = head.readUInt32LE(0x3c);
    const machine = pe + 6 <= head.length && head.toString('latin1', pe, pe + 4) === 'PE\0\0' ? head.readUInt16LE(pe + 4) : undefined;
    if (machine !== IMAGE_FILE_MACHINE_ARM64) {
        throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(input, `${path} is an EFI zboot image for ${machine === undefined ? 'an unknown machine' : `PE machine 0x${machine.toString(16)}`}, not arm64`);
    }
    return { kind: 'zboot', type, offset, size };
}
/** The most a compressed arm64 kernel may unpack to: Linux Images are tens of MiB. */
const MAX_UNPACKED_IMAGE = 512 * 1024 * 1024;
/**
 * The plain Image inside a compressed arm64 kernel. zboot payloads are gzip or zstd (Node's zstd,
 * where this Node has it); other kernel compressions (lzma, lz4, lzo, xz) have no decoder here.
 */
function unpackArm64Image(file, compression, path, input) {
    const zlib = process.getBuiltinModule('node:zlib');
    let payload = file;
    let type = 'gzip';
    if (compression.kind === 'zboot') {
        if (compression.offset + compression.size > file.length)
            throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(input, `${path} is cut short: its zboot payload ends at byte ${compression.offset + compression.size} of ${file.length}`);
        payload = file.subarray(compression.offset, compression.offset + compression.size);
        type = compression.type;
    }
    const decode = type === 'gzip' ? zlib.gunzipSync : type.startsWith('zstd') ? zlib.zstdDecompressSync : undefined;
    if (!decode) {
        throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(input, `${path} is an EFI zboot image compressed with ${type || 'an unnamed method'}, which this action cannot unpack (gzip and zstd it can): ` +
            'give the uncompressed Image (arch/arm64/boot/Image)');
    }
    let image;
    try {
        image = decode(payload, { maxOutputLength: MAX_UNPACKED_IMAGE });
    }
    catch (error) {
        if (error.code === 'ERR_BUFFER_TOO_LARGE')
            throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(input, `${path}: its ${type} payload unpacks to more than ${MAX_UNPACKED_IMAGE / 1024 / 1024} MiB, the most an arm64 Image may be`);
        throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(input, `${path}: its ${type} payload does not unpack: ${error.message}`);
    }
    if (!isArm64Image(image))
        throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(input, `${path} unpacks to something that is not an arm64 Image`);
    return image;
}


/***/ }),

/***/ 19953:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $W: () => (/* binding */ EM_386),
/* harmony export */   $b: () => (/* binding */ parseElf),
/* harmony export */   M: () => (/* binding */ PT_LOAD),
/* harmony export */   Nu: () => (/* binding */ EM_AARCH64),
/* harmony export */   QH: () => (/* binding */ ElfError),
/* harmony export */   SH: () => (/* binding */ PT_NOTE),
/* harmony export */   aB: () => (/* binding */ isElf),
/* harmony export */   h5: () => (/* binding */ hasPvhNote),
/* harmony export */   pe: () => (/* binding */ EM_X86_64)
/* harmony export */ });
/* unused harmony export XEN_ELFNOTE_PHYS32_ENTRY */
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
/** The most of a header table, string table or note range that is read: real kernels stay far below. */
const MAX_RANGE = 4 * 1024 * 1024;
const MULTIBOOT_SEARCH = 8192 + 12;
function bytesOf(data) {
    return { size: data.length, read: (offset, length) => data.subarray(offset, offset + length) };
}
function parseElf(file) {
    const source = Buffer.isBuffer(file) ? bytesOf(file) : file;
    const data = source.read(0, 64);
    if (!isElf(data) || data.length < 52)
        throw new ElfError('not an ELF file');
    const elfClass = data[4] === 2 ? 64 : data[4] === 1 ? 32 : undefined;
    if (!elfClass)
        throw new ElfError(`unknown ELF class ${data[4]}`);
    if (data[5] !== 1)
        throw new ElfError('big-endian ELF is not supported');
    const is64 = elfClass === 64;
    const u16 = (o) => data.readUInt16LE(o);
    const addrIn = (bytes, o) => (is64 ? Number(bytes.readBigUInt64LE(o)) : bytes.readUInt32LE(o));
    const addr = (o) => addrIn(data, o);
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
    if (phnum * phentsize > MAX_RANGE)
        throw new ElfError(`program header table of ${phnum * phentsize} bytes is too large`);
    const phTable = phnum > 0 ? source.read(phoff, phnum * phentsize) : Buffer.alloc(0);
    for (let i = 0; i < phnum; i++) {
        const o = i * phentsize;
        if (o + phentsize > phTable.length || phentsize < (is64 ? 56 : 32))
            throw new ElfError('program header table is truncated');
        const u32 = (at) => phTable.readUInt32LE(o + at);
        const wide = (at) => addrIn(phTable, o + at);
        segments.push(is64
            ? { type: u32(0), flags: u32(4), offset: wide(8), vaddr: wide(16), paddr: wide(24), filesz: wide(32), memsz: wide(40), align: wide(48) }
            : { type: u32(0), offset: u32(4), vaddr: u32(8), paddr: u32(12), filesz: u32(16), memsz: u32(20), flags: u32(24), align: u32(28) });
    }
    const sectionHeaders = [];
    const shSize = shnum * shentsize;
    if (shoff > 0 && shoff + shSize <= source.size && shSize <= MAX_RANGE && shentsize >= (is64 ? 40 : 24)) {
        const table = source.read(shoff, shSize);
        for (let i = 0; i < shnum && (i + 1) * shentsize <= table.length; i++) {
            const o = i * shentsize;
            sectionHeaders.push(is64
                ? { name: table.readUInt32LE(o), type: table.readUInt32LE(o + 4), offset: addrIn(table, o + 24), size: addrIn(table, o + 32) }
                : { name: table.readUInt32LE(o), type: table.readUInt32LE(o + 4), offset: table.readUInt32LE(o + 16), size: table.readUInt32LE(o + 20) });
        }
    }
    const strtab = sectionHeaders[shstrndx];
    const names = strtab ? source.read(strtab.offset, Math.min(strtab.size, MAX_RANGE)) : undefined;
    const sections = names ? sectionHeaders.map((s) => cString(names, s.name)) : [];
    // Notes from PT_NOTE segments, and from SHT_NOTE sections for kernels that keep them out of segments.
    // One segment may hold several note sections: a range inside one already read is not read again.
    const notes = [];
    const read = [];
    const noteRanges = [
        ...segments.filter((s) => s.type === PT_NOTE).map((s) => [s.offset, s.filesz]),
        ...sectionHeaders.filter((s) => s.type === 7).map((s) => [s.offset, s.size])
    ];
    for (const [offset, size] of noteRanges) {
        if (read.some(([start, length]) => offset >= start && offset + size <= start + length))
            continue;
        read.push([offset, size]);
        if (offset >= source.size)
            continue;
        const range = source.read(offset, Math.min(size, MAX_RANGE));
        notes.push(...parseNotes(range, 0, range.length));
    }
    return { class: elfClass, machine, entry, segments, sections, notes, multiboot: findMultiboot(source.read(0, MULTIBOOT_SEARCH)) };
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


/***/ }),

/***/ 30117:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ isLinuxKernel),
/* harmony export */   oT: () => (/* binding */ isDisk),
/* harmony export */   w2: () => (/* binding */ inspectKernel)
/* harmony export */ });
/* unused harmony exports kernelFormatOf, archOfMachine */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(73024);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(84704);
/* harmony import */ var _arm64_image_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(72104);
/* harmony import */ var _elf_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(19953);
/* harmony import */ var _runtime_regular_file_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(18706);
/* harmony import */ var _solo5_abi_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(28393);






/** How much of a gzip stream is inflated to find an Image header at its start: far more than needed. */
const GZIP_PROBE_BYTES = 64 * 1024;
/**
 * Reads the first bytes and says what kind of bootable file this is, by magic bytes alone; of an ELF,
 * only its headers, tables and notes are read (one descriptor, synchronous: this runs on every boot's
 * start-up path, where the thread pool's round trips cost more than the reads). A file that is not a
 * regular file (a FIFO, a device) is refused before anything is read from it.
 */
async function inspectKernel(path, input = 'kernel') {
    let head;
    let elf;
    try {
        const { fd, size } = (0,_runtime_regular_file_js__WEBPACK_IMPORTED_MODULE_1__/* .openRegularFileSync */ .iv)(path);
        try {
            head = readAt(fd, Buffer.alloc(1024), 0);
            if ((0,_arm64_image_js__WEBPACK_IMPORTED_MODULE_3__/* .isGzip */ .bf)(head))
                head = readAt(fd, Buffer.alloc(GZIP_PROBE_BYTES), 0);
            if ((0,_elf_js__WEBPACK_IMPORTED_MODULE_4__/* .isElf */ .aB)(head))
                elf = (0,_elf_js__WEBPACK_IMPORTED_MODULE_4__/* .parseElf */ .$b)({ size, read: (offset, length) => readAt(fd, Buffer.alloc(Math.max(0, Math.min(length, size - offset))), offset) });
        }
        finally {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
        }
    }
    catch (error) {
        if (error instanceof _elf_js__WEBPACK_IMPORTED_MODULE_4__/* .ElfError */ .QH)
            throw error;
        if (error instanceof _runtime_regular_file_js__WEBPACK_IMPORTED_MODULE_1__/* .NotRegularFileError */ .iZ)
            throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .inputError */ .Xu)(input, `${error.message}: expected a kernel image file`);
        const code = error.code;
        if (code === 'ENOENT')
            throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .inputError */ .Xu)(input, `${path} does not exist`);
        throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .inputError */ .Xu)(input, `cannot read ${path}: ${error.message}`);
    }
    // An EFI zboot image is a PE file: "MZ" first, like a bzImage (which kernelFormatOf knows by "HdrS").
    if ((0,_arm64_image_js__WEBPACK_IMPORTED_MODULE_3__/* .isZboot */ .dM)(head))
        return { format: 'arm64-image', arch: 'arm64', compression: (0,_arm64_image_js__WEBPACK_IMPORTED_MODULE_3__/* .readZbootHeader */ .Ij)(head, path, input) };
    const format = kernelFormatOf(head);
    if (!format) {
        if ((0,_arm64_image_js__WEBPACK_IMPORTED_MODULE_3__/* .isGzip */ .bf)(head) && (0,_arm64_image_js__WEBPACK_IMPORTED_MODULE_3__/* .gzipHoldsArm64Image */ .gd)(head))
            return { format: 'arm64-image', arch: 'arm64', compression: { kind: 'gzip' } };
        throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .inputError */ .Xu)(input, `${path} is not a bootable image: expected an ELF kernel, a Linux bzImage or arm64 Image (plain, gzipped or EFI zboot), an MBR disk or a qcow2 disk`);
    }
    if (format === 'mbr')
        return { format, ...mbrArch(head) };
    if (format !== 'elf')
        return { format, arch: ARCH_OF_FORMAT[format] };
    if (!elf)
        throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .inputError */ .Xu)(input, `${path} is not a readable ELF file`);
    const info = { format, elf, arch: archOfMachine(elf.machine) };
    try {
        const devices = (0,_solo5_abi_js__WEBPACK_IMPORTED_MODULE_2__/* .solo5Manifest */ .a2)(elf);
        if (devices)
            info.devices = devices;
    }
    catch (error) {
        if (error instanceof _solo5_abi_js__WEBPACK_IMPORTED_MODULE_2__/* .Solo5ManifestError */ .uh)
            throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .inputError */ .Xu)(input, `${path}: ${error.message}`);
        throw error;
    }
    return info;
}
/** Fills `buffer` from `position` until it is full or the file ends; returns the part read. */
function readAt(fd, buffer, position) {
    let filled = 0;
    while (filled < buffer.length) {
        const n = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, buffer, filled, buffer.length - filled, position + filled);
        if (n === 0)
            break;
        filled += n;
    }
    return buffer.subarray(0, filled);
}
/** What a non-ELF format says about the architecture by itself (a disk's contents past its first sector are not read). */
const ARCH_OF_FORMAT = { bzimage: 'x86_64', 'arm64-image': 'arm64', qcow2: undefined };
/** An MBR's bootstrap code area: the bytes before the disk signature and the partition table (446 on). */
const MBR_CODE_END = 440;
/**
 * Code in an MBR's first 440 bytes is real-mode x86, the only code a PC BIOS runs there. A disk whose code
 * area is empty boots only through a kernel given beside it or through firmware: ops writes such an MBR,
 * the partition table alone, for an arm64 Nanos image (no boot.img; nanovms/ops fs/mkfs.go), which QEMU's
 * virt machine boots with `-kernel` (the Nanos kernel.img). Its architecture comes from elsewhere.
 */
function mbrArch(head) {
    return head.subarray(0, MBR_CODE_END).some((byte) => byte !== 0) ? { arch: 'x86_64' } : {};
}
function kernelFormatOf(head) {
    if ((0,_elf_js__WEBPACK_IMPORTED_MODULE_4__/* .isElf */ .aB)(head))
        return 'elf';
    if (head.length >= 4 && head.readUInt32BE(0) === 0x514649fb)
        return 'qcow2';
    // A bzImage also ends its first sector with 55 AA, so its "HdrS" setup signature is checked first.
    if (head.length >= 0x206 && head.toString('latin1', 0x202, 0x206) === 'HdrS')
        return 'bzimage';
    // The arm64 Linux boot image (Documentation/arch/arm64/booting.rst): "ARM\x64" at offset 0x38 of its
    // 64-byte header. What Firecracker boots on arm64, and QEMU's virt machine with -kernel.
    if ((0,_arm64_image_js__WEBPACK_IMPORTED_MODULE_3__/* .isArm64Image */ .eG)(head))
        return 'arm64-image';
    if (head.length >= 512 && head[510] === 0x55 && head[511] === 0xaa)
        return 'mbr';
    return undefined;
}
function archOfMachine(machine) {
    if (machine === _elf_js__WEBPACK_IMPORTED_MODULE_4__/* .EM_X86_64 */ .pe || machine === _elf_js__WEBPACK_IMPORTED_MODULE_4__/* .EM_386 */ .$W)
        return 'x86_64';
    if (machine === _elf_js__WEBPACK_IMPORTED_MODULE_4__/* .EM_AARCH64 */ .Nu)
        return 'arm64';
    return undefined;
}
function isDisk(info) {
    return info.format === 'mbr' || info.format === 'qcow2';
}
/**
 * Whether a kernel is Linux, so Linux-only defaults (a console= command line) may be given to it: a
 * bzImage or an arm64 Image (Linux's boot protocols), or an ELF carrying the notes Linux's vmlinux
 * does (owner "Linux": the build salt, include/linux/elfnote.h). A unikernel ELF is not.
 */
function isLinuxKernel(info) {
    if (info.format === 'bzimage' || info.format === 'arm64-image')
        return true;
    return info.elf?.notes.some((note) => note.name === 'Linux') ?? false;
}


/***/ }),

/***/ 28393:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   a2: () => (/* binding */ solo5Manifest),
/* harmony export */   uh: () => (/* binding */ Solo5ManifestError),
/* harmony export */   v8: () => (/* binding */ hasSolo5AbiNote),
/* harmony export */   wr: () => (/* binding */ solo5AbiTarget)
/* harmony export */ });
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
/** Any Solo5 note: the kernel was built with Solo5, whatever its binding. */
function hasSolo5AbiNote(elf) {
    return elf.notes.some((n) => n.name === ABI1_NOTE_NAME);
}
// From Solo5/solo5 include/mft_abi.h (v0.12.1): MFT1_NOTE_TYPE 0x3154464d ("MFT1"); the descriptor is
// struct mft { uint32_t version; uint32_t entries; struct mft_entry e[]; } aligned to 8 after the
// 20-byte note header (so 4 bytes into the descriptor); struct mft_entry (LP64) is 104 bytes: char
// name[68], then enum mft_type at 68 (MFT_DEV_BLOCK_BASIC = 1, MFT_DEV_NET_BASIC = 2). elftool puts
// an MFT_RESERVED_FIRST entry first, which is no device.
const MFT1_NOTE_TYPE = 0x3154464d;
const MFT_VERSION = 1;
const MFT_DESC_OFFSET = 4;
const MFT_ENTRY_SIZE = 104;
const MFT_NAME_SIZE = 68;
const MFT_TYPES = { 1: 'block', 2: 'net' };
class Solo5ManifestError extends Error {
}
/**
 * The devices a Solo5 unikernel's manifest (`.note.solo5.manifest`) declares, in manifest order — the
 * order in which the virtio binding matches PCI devices to them. Undefined when the kernel has no
 * manifest (it then declares nothing and its tender or VMM decides nothing from it either).
 */
function solo5Manifest(elf) {
    const note = elf.notes.find((n) => n.name === ABI1_NOTE_NAME && n.type === MFT1_NOTE_TYPE);
    if (!note)
        return undefined;
    const desc = note.desc;
    if (desc.length < MFT_DESC_OFFSET + 8)
        throw new Solo5ManifestError(`its Solo5 manifest note is truncated (${desc.length} bytes)`);
    const version = desc.readUInt32LE(MFT_DESC_OFFSET);
    if (version !== MFT_VERSION)
        throw new Solo5ManifestError(`its Solo5 manifest has version ${version}; this action reads version ${MFT_VERSION}`);
    const entries = desc.readUInt32LE(MFT_DESC_OFFSET + 4);
    const first = MFT_DESC_OFFSET + 8;
    if (first + entries * MFT_ENTRY_SIZE > desc.length)
        throw new Solo5ManifestError(`its Solo5 manifest declares ${entries} entries but holds fewer`);
    const devices = [];
    for (let i = 0; i < entries; i++) {
        const at = first + i * MFT_ENTRY_SIZE;
        const kind = MFT_TYPES[desc.readUInt32LE(at + MFT_NAME_SIZE)];
        if (!kind)
            continue;
        const nameBytes = desc.subarray(at, at + MFT_NAME_SIZE);
        const end = nameBytes.indexOf(0);
        devices.push({ kind, name: nameBytes.toString('latin1', 0, end < 0 ? nameBytes.length : end) });
    }
    return devices;
}


/***/ }),

/***/ 74891:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $$: () => (/* binding */ isIndexMediaType),
/* harmony export */   $T: () => (/* binding */ MANIFEST_MEDIA_TYPES),
/* harmony export */   $p: () => (/* binding */ OCI_INDEX),
/* harmony export */   AH: () => (/* binding */ layerCompression),
/* harmony export */   CM: () => (/* binding */ isManifestMediaType),
/* harmony export */   EG: () => (/* binding */ OCI_MANIFEST),
/* harmony export */   Fj: () => (/* binding */ URUNC_ANNOTATIONS),
/* harmony export */   H: () => (/* binding */ ANNOTATION_CREATED),
/* harmony export */   KM: () => (/* binding */ ANNOTATION_SOURCE),
/* harmony export */   Ke: () => (/* binding */ parseOciManifest),
/* harmony export */   M5: () => (/* binding */ parseOciImageConfig),
/* harmony export */   Rp: () => (/* binding */ ANNOTATION_VERSION),
/* harmony export */   TF: () => (/* binding */ OCI_CONFIG),
/* harmony export */   _0: () => (/* binding */ ANNOTATION_REF_NAME),
/* harmony export */   bJ: () => (/* binding */ MAX_DOCUMENT_SIZE),
/* harmony export */   bj: () => (/* binding */ OciFormatError),
/* harmony export */   g1: () => (/* binding */ OCI_EMPTY),
/* harmony export */   i8: () => (/* binding */ isImageConfigMediaType),
/* harmony export */   pM: () => (/* binding */ parseOciLayoutFile),
/* harmony export */   pQ: () => (/* binding */ OCI_LAYER_TAR_GZIP),
/* harmony export */   q9: () => (/* binding */ isSha256Digest),
/* harmony export */   qK: () => (/* binding */ ANNOTATION_REVISION),
/* harmony export */   ri: () => (/* binding */ parseOciIndex),
/* harmony export */   sM: () => (/* binding */ OCI_LAYOUT_VERSION)
/* harmony export */ });
/* unused harmony exports OCI_LAYER_TAR, OCI_LAYER_TAR_ZSTD, DOCKER_MANIFEST_LIST, DOCKER_MANIFEST, DOCKER_CONFIG, DOCKER_LAYER_TAR_GZIP, IMAGE_CONFIG_MEDIA_TYPES, SHA256_DIGEST, parseOciDescriptor */
/**
 * The OCI vocabulary shared by the layout reader, the layout writer and the registry client: media
 * types, annotation keys, the JSON documents they name, and validation of those documents when they
 * come from outside (a layout on disk, a registry).
 */
const OCI_LAYOUT_VERSION = '1.0.0';
const OCI_INDEX = 'application/vnd.oci.image.index.v1+json';
const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
const OCI_CONFIG = 'application/vnd.oci.image.config.v1+json';
const OCI_LAYER_TAR = 'application/vnd.oci.image.layer.v1.tar';
const OCI_LAYER_TAR_GZIP = 'application/vnd.oci.image.layer.v1.tar+gzip';
const OCI_LAYER_TAR_ZSTD = 'application/vnd.oci.image.layer.v1.tar+zstd';
const OCI_EMPTY = 'application/vnd.oci.empty.v1+json';
const DOCKER_MANIFEST_LIST = 'application/vnd.docker.distribution.manifest.list.v2+json';
const DOCKER_MANIFEST = 'application/vnd.docker.distribution.manifest.v2+json';
const DOCKER_CONFIG = 'application/vnd.docker.container.image.v1+json';
const DOCKER_LAYER_TAR_GZIP = 'application/vnd.docker.image.rootfs.diff.tar.gzip';
/** Every manifest type we read, for a registry's `Accept` header (a registry answers 404 to an OCI manifest it may not send). */
const MANIFEST_MEDIA_TYPES = [OCI_INDEX, OCI_MANIFEST, DOCKER_MANIFEST_LIST, DOCKER_MANIFEST];
const IMAGE_CONFIG_MEDIA_TYPES = [OCI_CONFIG, DOCKER_CONFIG];
const LAYER_COMPRESSION = {
    [OCI_LAYER_TAR]: 'none',
    [OCI_LAYER_TAR_GZIP]: 'gzip',
    [OCI_LAYER_TAR_ZSTD]: 'zstd',
    [DOCKER_LAYER_TAR_GZIP]: 'gzip'
};
/** The compression of a filesystem layer, or undefined when the media type is not a tar layer we can unpack. */
function layerCompression(mediaType) {
    return LAYER_COMPRESSION[mediaType];
}
function isIndexMediaType(mediaType) {
    return mediaType === OCI_INDEX || mediaType === DOCKER_MANIFEST_LIST;
}
function isManifestMediaType(mediaType) {
    return mediaType === OCI_MANIFEST || mediaType === DOCKER_MANIFEST;
}
function isImageConfigMediaType(mediaType) {
    return IMAGE_CONFIG_MEDIA_TYPES.includes(mediaType);
}
/** Standard annotation keys (OCI image spec, annotations.md). */
const ANNOTATION_REF_NAME = 'org.opencontainers.image.ref.name';
const ANNOTATION_SOURCE = 'org.opencontainers.image.source';
const ANNOTATION_REVISION = 'org.opencontainers.image.revision';
const ANNOTATION_VERSION = 'org.opencontainers.image.version';
const ANNOTATION_CREATED = 'org.opencontainers.image.created';
/** urunc reads these from the manifest to run an image as a unikernel. */
const URUNC_ANNOTATIONS = {
    unikernelType: 'com.urunc.unikernel.unikernelType',
    unikernelVersion: 'com.urunc.unikernel.unikernelVersion',
    hypervisor: 'com.urunc.unikernel.hypervisor',
    binary: 'com.urunc.unikernel.binary',
    cmdline: 'com.urunc.unikernel.cmdline',
    initrd: 'com.urunc.unikernel.initrd'
};
/** Registries need not accept larger manifests (distribution spec); a bigger index.json or manifest is not ours to read. */
const MAX_DOCUMENT_SIZE = 4 * 1024 * 1024;
const SHA256_DIGEST = /^sha256:[a-f0-9]{64}$/;
function isSha256Digest(value) {
    return SHA256_DIGEST.test(value);
}
/** A document that does not have the shape its media type promises; `where` says which document. */
class OciFormatError extends Error {
    name = 'OciFormatError';
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function fail(where, problem) {
    throw new OciFormatError(`${where}: ${problem}`);
}
function parseAnnotations(value, where) {
    if (value === undefined)
        return undefined;
    if (!isRecord(value) || !Object.values(value).every((v) => typeof v === 'string')) {
        fail(where, '`annotations` must be an object of strings');
    }
    return value;
}
function parsePlatform(value, where) {
    if (value === undefined)
        return undefined;
    if (!isRecord(value) || typeof value.architecture !== 'string' || typeof value.os !== 'string') {
        fail(where, '`platform` must have string `architecture` and `os`');
    }
    if (value.variant !== undefined && typeof value.variant !== 'string')
        fail(where, '`platform.variant` must be a string');
    return value;
}
/** Validates a descriptor; the digest check matters beyond form: a digest becomes a path under `blobs/`. */
function parseOciDescriptor(value, where) {
    if (!isRecord(value))
        fail(where, 'a descriptor must be an object');
    const { mediaType, digest, size } = value;
    if (typeof mediaType !== 'string' || mediaType === '')
        fail(where, 'descriptor has no `mediaType`');
    if (typeof digest !== 'string')
        fail(where, 'descriptor has no `digest`');
    if (!isSha256Digest(digest)) {
        fail(where, `digest \`${digest}\` is not supported: expected sha256: followed by 64 lowercase hex digits`);
    }
    if (typeof size !== 'number' || !Number.isSafeInteger(size) || size < 0) {
        fail(where, `descriptor ${digest} has an invalid \`size\``);
    }
    const descriptor = { mediaType, digest, size };
    const annotations = parseAnnotations(value.annotations, `${where} (${digest})`);
    if (annotations)
        descriptor.annotations = annotations;
    const platform = parsePlatform(value.platform, `${where} (${digest})`);
    if (platform)
        descriptor.platform = platform;
    if (typeof value.artifactType === 'string')
        descriptor.artifactType = value.artifactType;
    if (Array.isArray(value.urls))
        descriptor.urls = value.urls.filter((url) => typeof url === 'string');
    if (typeof value.data === 'string')
        descriptor.data = value.data;
    return descriptor;
}
function parseSchemaVersion(value, where) {
    if (value.schemaVersion !== 2)
        fail(where, `\`schemaVersion\` is ${JSON.stringify(value.schemaVersion)}, expected 2`);
}
function parseOciIndex(value, where) {
    if (!isRecord(value))
        fail(where, 'an image index must be a JSON object');
    parseSchemaVersion(value, where);
    if (value.mediaType !== undefined && !isIndexMediaType(String(value.mediaType))) {
        fail(where, `\`mediaType\` is ${String(value.mediaType)}, not an image index`);
    }
    if (!Array.isArray(value.manifests))
        fail(where, 'an image index needs a `manifests` array');
    const index = {
        schemaVersion: 2,
        manifests: value.manifests.map((entry, i) => parseOciDescriptor(entry, `${where} manifests[${i}]`))
    };
    if (typeof value.mediaType === 'string')
        index.mediaType = value.mediaType;
    if (typeof value.artifactType === 'string')
        index.artifactType = value.artifactType;
    if (value.subject !== undefined)
        index.subject = parseOciDescriptor(value.subject, `${where} subject`);
    const annotations = parseAnnotations(value.annotations, where);
    if (annotations)
        index.annotations = annotations;
    return index;
}
function parseOciManifest(value, where) {
    if (!isRecord(value))
        fail(where, 'an image manifest must be a JSON object');
    parseSchemaVersion(value, where);
    if (value.mediaType !== undefined && !isManifestMediaType(String(value.mediaType))) {
        fail(where, `\`mediaType\` is ${String(value.mediaType)}, not an image manifest`);
    }
    if (!Array.isArray(value.layers))
        fail(where, 'an image manifest needs a `layers` array');
    const manifest = {
        schemaVersion: 2,
        config: parseOciDescriptor(value.config, `${where} config`),
        layers: value.layers.map((layer, i) => parseOciDescriptor(layer, `${where} layers[${i}]`))
    };
    if (typeof value.mediaType === 'string')
        manifest.mediaType = value.mediaType;
    if (typeof value.artifactType === 'string')
        manifest.artifactType = value.artifactType;
    if (value.subject !== undefined)
        manifest.subject = parseOciDescriptor(value.subject, `${where} subject`);
    const annotations = parseAnnotations(value.annotations, where);
    if (annotations)
        manifest.annotations = annotations;
    return manifest;
}
function parseOciImageConfig(value, where) {
    if (!isRecord(value))
        fail(where, 'an image config must be a JSON object');
    if (typeof value.architecture !== 'string' || value.architecture === '')
        fail(where, 'image config has no `architecture`');
    if (typeof value.os !== 'string' || value.os === '')
        fail(where, 'image config has no `os`');
    const rootfs = value.rootfs;
    if (!isRecord(rootfs) || rootfs.type !== 'layers' || !Array.isArray(rootfs.diff_ids)) {
        fail(where, 'image config needs `rootfs` with type `layers` and a `diff_ids` array');
    }
    return value;
}
function parseOciLayoutFile(value, where) {
    if (!isRecord(value) || typeof value.imageLayoutVersion !== 'string')
        fail(where, 'expected {"imageLayoutVersion": "1.0.0"}');
    if (value.imageLayoutVersion !== OCI_LAYOUT_VERSION) {
        fail(where, `imageLayoutVersion is ${value.imageLayoutVersion}; only ${OCI_LAYOUT_VERSION} is supported`);
    }
    return { imageLayoutVersion: value.imageLayoutVersion };
}


/***/ }),

/***/ 20907:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   ZR: () => (/* binding */ parseLayoutReference),
/* harmony export */   my: () => (/* binding */ formatImageReference),
/* harmony export */   o_: () => (/* binding */ parseImageReference),
/* harmony export */   qq: () => (/* binding */ parseRegistryReference),
/* harmony export */   r_: () => (/* binding */ isValidTag)
/* harmony export */ });
/* unused harmony export TAG_PATTERN */
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(77030);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(84704);
/* harmony import */ var _image_spec_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(74891);



/** OCI distribution spec tag grammar (also Docker's). */
const TAG_PATTERN = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/;
/** One repository path component, OCI distribution spec grammar. */
const REPOSITORY_COMPONENT = /^[a-z0-9]+(?:(?:\.|_|__|-+)[a-z0-9]+)*$/;
const HOSTNAME = /^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*$/;
const NAME_MAX_LENGTH = 255;
const LAYOUT_EXAMPLE = 'e.g. oci:out/image:1.0 or oci:out/image@sha256:<64 hex>';
const REGISTRY_EXAMPLE = 'e.g. ghcr.io/acme/web:1.0 or localhost:5000/web@sha256:<64 hex>';
/** Digest algorithms registered by the OCI image spec, refused by name rather than misparsed as dir:tag. */
const OTHER_DIGEST_SUFFIX = /@(sha\d+|blake3):[^/:@]*$/;
const DIGEST_EXPECTED = 'expected sha256: followed by 64 lowercase hex digits';
/** Transports other tools accept that we do not, so their references get a pointed message. */
const FOREIGN_TRANSPORT = /^(docker|docker-archive|docker-daemon|oci-archive|dir|containers-storage|ostree|sif):/;
function isValidTag(tag) {
    return TAG_PATTERN.test(tag);
}
/** Parses either kind: `oci:` starts a layout reference, anything else must be a registry-qualified name. */
function parseImageReference(input, value) {
    if (value.startsWith('oci:'))
        return parseLayoutReference(input, value);
    return parseRegistryReference(input, value);
}
function parseLayoutReference(input, value) {
    if (!value.startsWith('oci:')) {
        throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)(input, `\`${value}\` is not a local image reference (${LAYOUT_EXAMPLE})`);
    }
    const rest = value.slice('oci:'.length);
    // A digest suffix is parsed first, so only a digest reference may name a directory containing ':'.
    const algorithm = OTHER_DIGEST_SUFFIX.exec(rest)?.[1];
    if (algorithm !== undefined && algorithm !== 'sha256') {
        throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)(input, `\`${value}\`: ${algorithm} digests are not supported: ${DIGEST_EXPECTED}`);
    }
    const at = rest.lastIndexOf('@');
    if (at >= 0 && rest.slice(at + 1).startsWith('sha256:')) {
        const dir = rest.slice(0, at);
        const digest = rest.slice(at + 1);
        if (!(0,_image_spec_js__WEBPACK_IMPORTED_MODULE_1__/* .isSha256Digest */ .q9)(digest))
            throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)(input, `\`${value}\`: digest \`${digest}\` is invalid: ${DIGEST_EXPECTED}`);
        if (dir === '')
            throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)(input, `\`${value}\` names no directory (${LAYOUT_EXAMPLE})`);
        return { kind: 'layout', dir, digest };
    }
    const colon = rest.indexOf(':');
    const dir = colon < 0 ? rest : rest.slice(0, colon);
    if (dir === '')
        throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)(input, `\`${value}\` names no directory (${LAYOUT_EXAMPLE})`);
    if (colon < 0)
        return { kind: 'layout', dir };
    const tag = rest.slice(colon + 1);
    if (tag === '')
        throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)(input, `\`${value}\` has an empty tag after ':' (${LAYOUT_EXAMPLE})`);
    if (!isValidTag(tag)) {
        const hint = tag.includes(':') || tag.includes('/') ? "; the directory ends at the first ':', so a directory containing ':' can only be referenced by digest" : '';
        throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)(input, `\`${value}\`: \`${tag}\` is not a valid tag (letters, digits, '_', '.', '-'; at most 128, not starting with '.' or '-')${hint} (${LAYOUT_EXAMPLE})`);
    }
    return { kind: 'layout', dir, tag };
}
function looksLikeRegistryHost(component) {
    return component.includes('.') || component.includes(':') || component === 'localhost' || component.startsWith('[');
}
function validateRegistryHost(input, value, host) {
    const invalid = () => {
        throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)(input, `\`${value}\`: \`${host}\` is not a valid registry host (${REGISTRY_EXAMPLE})`);
    };
    let port;
    if (host.startsWith('[')) {
        const close = host.indexOf(']');
        if (close < 0 || !(0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIPv6)(host.slice(1, close)))
            invalid();
        const after = host.slice(close + 1);
        if (after !== '' && !after.startsWith(':'))
            invalid();
        if (after !== '')
            port = after.slice(1);
    }
    else {
        const colon = host.indexOf(':');
        if (!HOSTNAME.test(colon < 0 ? host : host.slice(0, colon)))
            invalid();
        if (colon >= 0)
            port = host.slice(colon + 1);
    }
    if (port !== undefined && (!/^\d{1,5}$/.test(port) || Number(port) < 1 || Number(port) > 65535)) {
        throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)(input, `\`${value}\`: \`${port}\` is not a valid port in \`${host}\` (${REGISTRY_EXAMPLE})`);
    }
}
function dockerHubSuggestion(name, tag, digest) {
    const repository = name.includes('/') ? name : `library/${name}`;
    return `docker.io/${repository}${tag ? `:${tag}` : ''}${digest ? `@${digest}` : ''}`;
}
function parseRegistryReference(input, value) {
    const transport = FOREIGN_TRANSPORT.exec(value);
    if (transport) {
        const hint = transport[1] === 'docker' ? `; write the registry name without \`docker://\`` : '';
        throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)(input, `\`${value}\`: the \`${transport[1]}:\` transport is not supported${hint} (${REGISTRY_EXAMPLE}, or ${LAYOUT_EXAMPLE})`);
    }
    if (value === '' || /\s/.test(value))
        throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)(input, `\`${value}\` is not an image reference (${REGISTRY_EXAMPLE})`);
    let rest = value;
    let digest;
    const at = rest.indexOf('@');
    if (at >= 0) {
        digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
        if (!(0,_image_spec_js__WEBPACK_IMPORTED_MODULE_1__/* .isSha256Digest */ .q9)(digest))
            throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)(input, `\`${value}\`: digest \`${digest}\` is invalid: ${DIGEST_EXPECTED}`);
    }
    let tag;
    const lastColon = rest.lastIndexOf(':');
    if (lastColon > rest.lastIndexOf('/') && !rest.slice(lastColon).includes(']')) {
        tag = rest.slice(lastColon + 1);
        rest = rest.slice(0, lastColon);
        if (!isValidTag(tag)) {
            throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)(input, `\`${value}\`: \`${tag}\` is not a valid tag (letters, digits, '_', '.', '-'; at most 128, not starting with '.' or '-')`);
        }
    }
    const slash = rest.indexOf('/');
    const first = slash < 0 ? rest : rest.slice(0, slash);
    if (!looksLikeRegistryHost(first)) {
        throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)(input, `\`${value}\` is not registry-qualified: it would be an implicit Docker Hub reference; ` +
            `write the registry explicitly, e.g. \`${dockerHubSuggestion(rest, tag, digest)}\``);
    }
    if (slash < 0 || slash === rest.length - 1) {
        throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)(input, `\`${value}\` names a registry but no repository (${REGISTRY_EXAMPLE})`);
    }
    const registry = first;
    const repository = rest.slice(slash + 1);
    validateRegistryHost(input, value, registry);
    for (const component of repository.split('/')) {
        if (REPOSITORY_COMPONENT.test(component))
            continue;
        const hint = component !== component.toLowerCase() ? '; repository names are lowercase' : '';
        throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)(input, `\`${value}\`: \`${component}\` is not a valid repository path component ` +
            `(lowercase letters and digits, separated by '.', '_', '__' or '-')${hint} (${REGISTRY_EXAMPLE})`);
    }
    if (registry.length + 1 + repository.length > NAME_MAX_LENGTH) {
        throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)(input, `\`${value}\`: the name is longer than ${NAME_MAX_LENGTH} characters`);
    }
    const reference = { kind: 'registry', registry, repository };
    if (tag !== undefined)
        reference.tag = tag;
    if (digest !== undefined)
        reference.digest = digest;
    return reference;
}
function formatImageReference(reference) {
    if (reference.kind === 'layout') {
        if (reference.digest)
            return `oci:${reference.dir}@${reference.digest}`;
        if (reference.tag)
            return `oci:${reference.dir}:${reference.tag}`;
        return `oci:${reference.dir}`;
    }
    return `${reference.registry}/${reference.repository}${reference.tag ? `:${reference.tag}` : ''}${reference.digest ? `@${reference.digest}` : ''}`;
}


/***/ }),

/***/ 7997:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Cm: () => (/* binding */ BUILD_PLATFORMS),
/* harmony export */   Jk: () => (/* binding */ ociArchitecture),
/* harmony export */   LY: () => (/* binding */ hostArch),
/* harmony export */   Pr: () => (/* binding */ ARCHES),
/* harmony export */   Qk: () => (/* binding */ archOfOciArchitecture),
/* harmony export */   _G: () => (/* binding */ isBuildPlatform)
/* harmony export */ });
/* unused harmony export parseBuildPlatform */
/**
 * The shared vocabulary of targets: architectures and build platforms. A leaf module (it imports
 * nothing of ours), so every domain can name a target without depending on another domain.
 */

const ARCHES = ['x86_64', 'arm64'];
/** This machine's architecture, when it is one we boot. */
function hostArch() {
    if (process.arch === 'x64')
        return 'x86_64';
    if (process.arch === 'arm64')
        return 'arm64';
    return undefined;
}
/** The `PLATFORM` of a build target (`qemu/x86_64`); the VMM that boots each is the driver's to say. */
const BUILD_PLATFORMS = ['qemu', 'fc', 'hvt', 'spt', 'uhyve', 'xen'];
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
    return ARCHES.find((arch) => OCI_ARCHITECTURE[arch] === architecture);
}


/***/ }),

/***/ 34902:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
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

/***/ 62413:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  js: () => (/* binding */ actionsContext),
  u2: () => (/* binding */ terminalContext)
});

// UNUSED EXPORTS: outputText, workRootFor

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(76760);
// EXTERNAL MODULE: ./build/runtime/errors.js
var errors = __nccwpck_require__(84704);
// EXTERNAL MODULE: ./build/runtime/inputs.js
var inputs = __nccwpck_require__(4634);
// EXTERNAL MODULE: ./build/runtime/workflow-commands.js
var workflow_commands = __nccwpck_require__(68685);
;// CONCATENATED MODULE: ./build/runtime/logger.js

class ActionsLogger {
    commands;
    constructor(commands = new workflow_commands/* WorkflowCommands */.A()) {
        this.commands = commands;
    }
    debug(message) {
        this.commands.debug(message);
    }
    info(message) {
        this.commands.info(message);
    }
    warning(message, properties) {
        this.commands.annotate('warning', message, { ...properties });
    }
    error(message, properties) {
        this.commands.annotate('error', message, { ...properties });
    }
    notice(message, properties) {
        this.commands.annotate('notice', message, { ...properties });
    }
    async group(name, fn) {
        this.commands.startGroup(name);
        try {
            return await fn();
        }
        finally {
            this.commands.endGroup();
        }
    }
}
/** A terminal logger: everything to stderr so that stdout stays free for results. */
class ConsoleLogger {
    stream;
    verbose;
    progressEveryMs;
    constructor(stream = process.stderr, verbose = process.env.RUNNER_DEBUG === '1', progressEveryMs = 5000) {
        this.stream = stream;
        this.verbose = verbose;
        this.progressEveryMs = progressEveryMs;
    }
    debug(message) {
        if (this.verbose)
            this.stream.write(`debug: ${message}\n`);
    }
    info(message) {
        this.stream.write(`${message}\n`);
    }
    warning(message, properties) {
        this.stream.write(`warning: ${withTitle(message, properties)}\n`);
    }
    error(message, properties) {
        this.stream.write(`error: ${withTitle(message, properties)}\n`);
    }
    notice(message, properties) {
        this.stream.write(`notice: ${withTitle(message, properties)}\n`);
    }
    /** A step heading; a long step reports that it is still going, and every step its duration. */
    async group(name, fn) {
        this.stream.write(`── ${name}\n`);
        const started = Date.now();
        const seconds = () => Math.round((Date.now() - started) / 1000);
        const heartbeat = setInterval(() => this.stream.write(`   … ${name}: ${seconds()} s\n`), this.progressEveryMs);
        heartbeat.unref();
        try {
            return await fn();
        }
        finally {
            clearInterval(heartbeat);
            const ms = Date.now() - started;
            if (ms >= 1000)
                this.stream.write(`   ${name}: done in ${(ms / 1000).toFixed(1)} s\n`);
        }
    }
}
/** Collects everything; for tests and for callers that want the log as data. */
class MemoryLogger {
    lines = [];
    debug(message) {
        this.lines.push({ level: 'debug', message });
    }
    info(message) {
        this.lines.push({ level: 'info', message });
    }
    warning(message) {
        this.lines.push({ level: 'warning', message });
    }
    error(message) {
        this.lines.push({ level: 'error', message });
    }
    notice(message) {
        this.lines.push({ level: 'notice', message });
    }
    async group(name, fn) {
        this.lines.push({ level: 'group', message: name });
        return fn();
    }
    text(level) {
        return this.lines
            .filter((l) => level === undefined || l.level === level)
            .map((l) => l.message)
            .join('\n');
    }
}
function withTitle(message, properties) {
    return properties?.title ? `${properties.title}: ${message}` : message;
}

;// CONCATENATED MODULE: ./build/runtime/job-state.js



/** Bumped whenever a record's shape changes incompatibly; a file from another version is refused. */
const JOB_STATE_VERSION = 1;
/** The job's state file: `<workRoot>/state.json`, one record per kind, the last one wins. */
class JobState {
    dir;
    path;
    constructor(dir) {
        this.dir = dir;
        this.path = (0,external_node_path_.join)(dir, 'state.json');
    }
    read() {
        let text;
        try {
            text = (0,external_node_fs_.readFileSync)(this.path, 'utf8');
        }
        catch {
            return { version: JOB_STATE_VERSION };
        }
        const parsed = JSON.parse(text);
        if (parsed.version !== JOB_STATE_VERSION) {
            throw new errors/* ConfigurationError */.j1(`${this.path} was written by a different version of unikernel-actions (state version ${parsed.version}, this is ${JOB_STATE_VERSION}); ` +
                'use the same version of every action in a job');
        }
        return parsed;
    }
    record(kind, value) {
        const next = { ...this.read(), [kind]: value, version: JOB_STATE_VERSION };
        (0,external_node_fs_.mkdirSync)(this.dir, { recursive: true });
        // Write-then-rename: a reader never sees half a file.
        const temp = `${this.path}.${process.pid}.tmp`;
        (0,external_node_fs_.writeFileSync)(temp, JSON.stringify(next, null, 2));
        (0,external_node_fs_.renameSync)(temp, this.path);
    }
}

;// CONCATENATED MODULE: ./build/runtime/context.js








function outputText(value) {
    return typeof value === 'object' ? JSON.stringify(value) : String(value);
}
/** The directory shared by the actions of one job (codeql-action style), or a per-user temp dir. */
function workRootFor(env) {
    if (env.RUNNER_TEMP) {
        const base = (0,external_node_path_.join)(env.RUNNER_TEMP, 'unikernel-actions');
        (0,external_node_fs_.mkdirSync)(base, { recursive: true });
        return base;
    }
    // The environment given, not this process's: the CLI and tests pass theirs.
    const base = (0,external_node_path_.join)(env.TMPDIR || (0,external_node_os_.tmpdir)(), `unikernel-actions-${process.getuid?.() ?? 'user'}`);
    (0,external_node_fs_.mkdirSync)(base, { recursive: true, mode: 0o700 });
    ownPrivateDirectory(base);
    return base;
}
/**
 * The terminal's directory sits in a temp dir everyone can write to, under a name anyone can guess:
 * one planted by another user (its state.json names what `stop` signals and what `sign` signs) is
 * refused, as is one that others may write to. Checked without following a symlink.
 */
function ownPrivateDirectory(path) {
    const stat = (0,external_node_fs_.lstatSync)(path);
    const uid = process.getuid?.();
    const refuse = (why) => new errors/* ConfigurationError */.j1(`${path} ${why}; it holds this user's job state, so it is not used: remove it (or set TMPDIR to a directory of your own)`);
    if (!stat.isDirectory())
        throw refuse('is not a directory');
    if (uid !== undefined && stat.uid !== uid)
        throw refuse(`belongs to uid ${stat.uid}, not to this user (uid ${uid})`);
    if ((stat.mode & 0o022) !== 0)
        throw refuse(`can be written by ${stat.mode & 0o002 ? 'every user' : 'its group'} (mode ${(stat.mode & 0o777).toString(8)})`);
}
function actionsContext(env = process.env) {
    const workRoot = workRootFor(env);
    const commands = new workflow_commands/* WorkflowCommands */.A(env);
    return {
        inputs: new inputs/* Inputs */.G0(new inputs/* ActionInputs */.W1(commands)),
        outputs: { set: (name, value) => commands.setOutput(name, outputText(value)) },
        summary: { write: async (markdown) => commands.appendSummary(markdown) },
        state: { save: (name, value) => commands.saveState(name, value), get: (name) => commands.getState(name) },
        logger: new ActionsLogger(commands),
        mask: (value) => commands.setSecret(value),
        jobState: new JobState(workRoot),
        workRoot,
        onGitHub: env.GITHUB_ACTIONS === 'true',
        env
    };
}
/** A terminal context: outputs are collected for the CLI to print, the summary goes nowhere. */
function terminalContext(source, env = process.env, logger = new ConsoleLogger(), summary = { write: async () => undefined }) {
    const workRoot = workRootFor(env);
    const collected = new Map();
    const state = new Map();
    return {
        inputs: new inputs/* Inputs */.G0(source),
        outputs: { set: (name, value) => void collected.set(name, outputText(value)) },
        summary,
        state: { save: (name, value) => void state.set(name, value), get: (name) => state.get(name) ?? '' },
        logger,
        jobState: new JobState(workRoot),
        workRoot,
        onGitHub: false,
        env,
        mask: () => undefined,
        collected
    };
}


/***/ }),

/***/ 84704:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   CO: () => (/* binding */ CheckFailedError),
/* harmony export */   Xu: () => (/* binding */ inputError),
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   j1: () => (/* binding */ ConfigurationError),
/* harmony export */   p0: () => (/* binding */ isConfigurationError)
/* harmony export */ });
/**
 * The error taxonomy: a ConfigurationError is the user's to fix (bad input, missing file, a VMM that
 * cannot run here) and its message names the input. Everything else is ours or the environment's.
 */
class ConfigurationError extends Error {
    name = 'ConfigurationError';
}
/** Throws a ConfigurationError whose message starts with the input's name. */
function inputError(input, message) {
    return new ConfigurationError(`input \`${input}\`: ${message}`);
}
function isConfigurationError(error) {
    return error instanceof ConfigurationError;
}
function errorMessage(error) {
    if (error instanceof Error)
        return error.message;
    return String(error);
}
/**
 * The action ran as it should and its check failed (a boot verdict other than `passed`, a signature
 * that does not verify): the message is the whole story and is reported as is.
 */
class CheckFailedError extends Error {
    name = 'CheckFailedError';
}


/***/ }),

/***/ 68560:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   lo: () => (/* binding */ writeFileAtomically),
/* harmony export */   oq: () => (/* binding */ findExecutable)
/* harmony export */ });
/* unused harmony export isExecutableFile */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(76760);


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

/***/ 4634:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   DL: () => (/* binding */ compileRegex),
/* harmony export */   G0: () => (/* binding */ Inputs),
/* harmony export */   W1: () => (/* binding */ ActionInputs),
/* harmony export */   WE: () => (/* binding */ MapInputs)
/* harmony export */ });
/* harmony import */ var _workflow_commands_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(68685);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(84704);


class ActionInputs {
    commands;
    constructor(commands = new _workflow_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .WorkflowCommands */ .A()) {
        this.commands = commands;
    }
    get(name) {
        return this.commands.getInput(name);
    }
    secret(name) {
        const value = this.commands.getInput(name);
        if (value)
            this.commands.setSecret(value);
        return value;
    }
}
class MapInputs {
    values;
    constructor(values) {
        this.values = values;
    }
    get(name) {
        return (this.values.get(name) ?? '').trim();
    }
    secret(name) {
        return this.get(name);
    }
}
/** Typed readers over an InputSource; every failure names the input and says what was expected. */
class Inputs {
    source;
    constructor(source) {
        this.source = source;
    }
    optional(name) {
        const value = this.source.get(name);
        return value === '' ? undefined : value;
    }
    required(name, hint = '') {
        const value = this.optional(name);
        if (value === undefined)
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)(name, `is required${hint ? `: ${hint}` : ''}`);
        return value;
    }
    /**
     * A list input. `newlineOnly` is for inputs whose items may contain commas (regexes, VMM arguments,
     * labels); everything else also splits on commas.
     */
    list(name, options = {}) {
        const raw = this.source.get(name);
        const separator = options.newlineOnly ? /\r?\n/ : /\r?\n|,/;
        return raw
            .split(separator)
            .map((item) => item.trim())
            .filter((item) => item !== '');
    }
    boolean(name, fallback) {
        const value = this.optional(name);
        if (value === undefined)
            return fallback;
        if (/^(true|yes|1)$/i.test(value))
            return true;
        if (/^(false|no|0)$/i.test(value))
            return false;
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)(name, `\`${value}\` is not a boolean (expected true or false)`);
    }
    choice(name, allowed, fallback) {
        const value = this.optional(name);
        if (value === undefined)
            return fallback;
        if (allowed.includes(value))
            return value;
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)(name, `\`${value}\` is not one of ${allowed.join(', ')}`);
    }
    positiveInteger(name, options = {}) {
        const value = this.optional(name);
        if (value === undefined)
            return undefined;
        if (!/^\d+$/.test(value))
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)(name, `\`${value}\` is not a whole number`);
        const parsed = Number(value);
        if ((!options.allowZero && parsed === 0) || (options.max !== undefined && parsed > options.max)) {
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)(name, `\`${value}\` is out of range (expected ${options.allowZero ? 0 : 1}–${options.max ?? 'any'})`);
        }
        return parsed;
    }
    /** Regexes compiled now, so a typo fails the step before anything boots. */
    regexList(name) {
        return this.list(name, { newlineOnly: true }).map((pattern) => compileRegex(name, pattern));
    }
}
function compileRegex(input, pattern) {
    try {
        return new RegExp(pattern);
    }
    catch (error) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)(input, `\`${pattern}\` is not a valid regular expression (${error.message})`);
    }
}


/***/ }),

/***/ 1836:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   PT: () => (/* binding */ ProcessGroup),
/* harmony export */   Xd: () => (/* binding */ installSignalHandlers),
/* harmony export */   groupAlive: () => (/* binding */ groupAlive),
/* harmony export */   signalGroup: () => (/* binding */ signalGroup)
/* harmony export */ });
/* unused harmony export pdeathsigLauncher */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(31421);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(76760);



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
        // Before the spawn: the child exists from the fork on, and a SIGTERM that found no handler then
        // would end this process by default and leave the new group running on its own.
        installSignalHandlers();
        const { dieWithParent, ...spawnOptions } = options;
        const setpriv = dieWithParent ? pdeathsigLauncher() : undefined;
        // The parent-death signal survives the exec of the command (not a set-user-ID one). It fires when
        // the *thread* that forked exits: spawn forks from the calling thread, this process's main one.
        const [file, argv] = setpriv ? [setpriv, ['--pdeathsig', 'KILL', '--', command, ...args]] : [command, args];
        this.child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(file, argv, { ...spawnOptions, detached: true });
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
        if (this.child.pid !== undefined)
            live.add(this);
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
let launcher;
/**
 * util-linux `setpriv` when it knows `--pdeathsig` (2.33 and later; Debian 12 has 2.38), else
 * undefined. Looked up once; the binary is searched for the option's name rather than run, which
 * would cost a process start before every VMM.
 */
function pdeathsigLauncher() {
    if (launcher === undefined) {
        launcher = null;
        for (const dir of (process.env.PATH ?? '').split(node_path__WEBPACK_IMPORTED_MODULE_2__.delimiter)) {
            if (!dir.startsWith('/'))
                continue;
            try {
                const candidate = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'setpriv');
                if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(candidate).includes('--pdeathsig'))
                    launcher = candidate;
                break;
            }
            catch {
                // not in this directory
            }
        }
    }
    return launcher ?? undefined;
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
/**
 * On SIGINT/SIGTERM/SIGHUP (a cancelled job), kill every live group and exit, so that `exit` listeners
 * (the boot's tap removal) run. Installed once, by the first group or by anything that must be undone on exit.
 */
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

/***/ 18706:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   XF: () => (/* binding */ readRegularFile),
/* harmony export */   ZU: () => (/* binding */ openRegularFile),
/* harmony export */   iZ: () => (/* binding */ NotRegularFileError),
/* harmony export */   iv: () => (/* binding */ openRegularFileSync),
/* harmony export */   qC: () => (/* binding */ readFileRange),
/* harmony export */   qX: () => (/* binding */ readRange),
/* harmony export */   yq: () => (/* binding */ FileTooLargeError),
/* harmony export */   zO: () => (/* binding */ readChunks)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(73024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(51455);


/**
 * Reads of files we did not write ourselves (OCI layout blobs, index.json, kernels, archives): only
 * regular files, checked on the open descriptor (no check-then-open race), opened without blocking (a
 * FIFO does not stall the open) and read no further than the caller's bound (a device such as
 * /dev/zero never ends, and says its size is 0).
 */
/** A file that is not a regular file, or is a symbolic link where none is allowed. */
class NotRegularFileError extends Error {
    name = 'NotRegularFileError';
}
/** A file larger than the bound it was read with. */
class FileTooLargeError extends Error {
    name = 'FileTooLargeError';
}
function kindOf(stats) {
    if (stats.isDirectory())
        return 'a directory';
    if (stats.isFIFO())
        return 'a FIFO';
    if (stats.isCharacterDevice())
        return 'a character device';
    if (stats.isBlockDevice())
        return 'a block device';
    if (stats.isSocket())
        return 'a socket';
    return 'not a regular file';
}
/**
 * Opens `path` read-only when it is a regular file (after symlinks, unless `noFollow`); otherwise a
 * NotRegularFileError naming it and what it is. ENOENT and other open errors are passed on as they are.
 */
async function openRegularFile(path, options = {}) {
    let handle;
    try {
        handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(path, openFlags(options));
    }
    catch (error) {
        throw openError(path, error, options);
    }
    try {
        const stats = await handle.stat();
        checkRegular(path, stats);
        return { handle, size: stats.size };
    }
    catch (error) {
        await handle.close();
        throw error;
    }
}
/** openRegularFile for synchronous readers (a kernel's headers on boot's start-up path): a descriptor and its size. */
function openRegularFileSync(path, options = {}) {
    let fd;
    try {
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(path, openFlags(options));
    }
    catch (error) {
        throw openError(path, error, options);
    }
    try {
        const stats = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd);
        checkRegular(path, stats);
        return { fd, size: stats.size };
    }
    catch (error) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
        throw error;
    }
}
function openFlags(options) {
    return node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK | (options.noFollow ? node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW : 0);
}
function openError(path, error, options) {
    // O_NOFOLLOW fails with ELOOP on a symlink, whatever it points to.
    if (error.code === 'ELOOP' && options.noFollow)
        return new NotRegularFileError(`${path} is a symbolic link, not a regular file`);
    return error;
}
function checkRegular(path, stats) {
    if (!stats.isFile())
        throw new NotRegularFileError(`${path} is ${kindOf(stats)}, not a regular file`);
}
/** Fills up to `length` bytes from `position`; fewer only at the end of the file. */
async function readRange(handle, position, length) {
    const buffer = Buffer.allocUnsafe(length);
    let filled = 0;
    while (filled < length) {
        const { bytesRead } = await handle.read(buffer, filled, length - filled, position + filled);
        if (bytesRead === 0)
            break;
        filled += bytesRead;
    }
    return buffer.subarray(0, filled);
}
/**
 * A whole regular file of at most `maxBytes`, read with one byte to spare so that a file that grew
 * past its fstat size is caught too; a larger one is a FileTooLargeError.
 */
async function readRegularFile(path, maxBytes, options = {}) {
    const { handle, size } = await openRegularFile(path, options);
    try {
        if (size > maxBytes)
            throw new FileTooLargeError(`${path} is ${size} bytes, more than the ${maxBytes} allowed`);
        const content = await readRange(handle, 0, Math.min(size, maxBytes) + 1);
        if (content.length > maxBytes)
            throw new FileTooLargeError(`${path} is more than the ${maxBytes} bytes allowed`);
        return content;
    }
    finally {
        await handle.close();
    }
}
const CHUNK = 1024 * 1024;
/** The bytes [start, end) of an open file, in chunks; stops early at the end of the file. */
async function* readChunks(handle, start, end) {
    for (let position = start; position < end;) {
        const chunk = await readRange(handle, position, Math.min(CHUNK, end - position));
        if (chunk.length === 0)
            return;
        position += chunk.length;
        yield chunk;
    }
}
/** The bytes [start, end) of the regular file at `path`, opened when the first chunk is asked for. */
async function* readFileRange(path, start, end, options = {}) {
    const { handle } = await openRegularFile(path, options);
    try {
        yield* readChunks(handle, start, end);
    }
    finally {
        await handle.close();
    }
}


/***/ }),

/***/ 50200:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   g$: () => (/* binding */ hostMemoryMiB),
/* harmony export */   lk: () => (/* binding */ parseMemoryMiB),
/* harmony export */   nS: () => (/* binding */ parseByteSize),
/* harmony export */   nZ: () => (/* binding */ parseGuestMemoryMiB)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(48161);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(84704);


const UNIT_TO_MIB = { '': 1, k: 1 / 1024, m: 1, g: 1024, t: 1024 * 1024 };
/** `128M`, `1G`, `512Mi`, `256` (MiB) → MiB. Used for `memory` everywhere. */
function parseMemoryMiB(input, value) {
    const match = /^(\d+)\s*([kmgt]?)(i?b?)$/i.exec(value.trim());
    if (!match)
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)(input, `\`${value}\` is not a memory size (e.g. 128M, 1G)`);
    const mib = Number(match[1]) * UNIT_TO_MIB[match[2].toLowerCase()];
    if (!Number.isInteger(mib) || mib < 1)
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)(input, `\`${value}\` must be a whole number of MiB, at least 1M`);
    return mib;
}
/** This host's memory in MiB: the most a guest started here can be given. */
function hostMemoryMiB() {
    return Math.floor((0,node_os__WEBPACK_IMPORTED_MODULE_0__.totalmem)() / (1024 * 1024));
}
/**
 * `memory` for a guest booted on this host: a memory size no larger than the host's memory, which
 * QEMU and the other VMMs would otherwise refuse (or take) with a message that does not name the input.
 */
function parseGuestMemoryMiB(input, value, hostMiB = hostMemoryMiB()) {
    const mib = parseMemoryMiB(input, value);
    if (mib > hostMiB)
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)(input, `\`${value}\` is more than this host's memory (${hostMiB} MiB); give at most ${hostMiB}M`);
    return mib;
}
const UNIT_TO_BYTES = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3, t: 1024 ** 4 };
/** `64M`, `1G`, `512KiB`, `4096` (bytes) → bytes, at least 1. Used for `log-limit`. */
function parseByteSize(input, value) {
    const match = /^(\d+)\s*([kmgt]?)(i?b?)$/i.exec(value.trim());
    if (!match)
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)(input, `\`${value}\` is not a size (e.g. 64M, 1G, or a number of bytes)`);
    const bytes = Number(match[1]) * UNIT_TO_BYTES[match[2].toLowerCase()];
    if (!Number.isSafeInteger(bytes) || bytes < 1)
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)(input, `\`${value}\` must be at least 1 byte`);
    return bytes;
}


/***/ }),

/***/ 68685:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ WorkflowCommands)
/* harmony export */ });
/* unused harmony export writeStdout */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(73024);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(48161);


/**
 * The runner's workflow-command and file-command protocol, for the paths every action takes at
 * start-up (inputs, outputs, state, masking, annotations, groups, summary). `@actions/core` speaks the
 * same protocol but loads an HTTP client (undici) for OIDC at import time, which cost ~150 ms of every
 * action's start-up here; it is still used, lazily, where its other features are needed.
 */
class WorkflowCommands {
    env;
    out;
    constructor(env = process.env, out = writeStdout) {
        this.env = env;
        this.out = out;
    }
    /** `INPUT_<NAME>`: spaces become underscores, hyphens stay, upper case; trimmed. */
    getInput(name) {
        return (this.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
    }
    setOutput(name, value) {
        this.fileCommand('GITHUB_OUTPUT', name, value, 'set-output');
    }
    saveState(name, value) {
        this.fileCommand('GITHUB_STATE', name, value, 'save-state');
    }
    getState(name) {
        return this.env[`STATE_${name}`] ?? '';
    }
    /** Masks a value in the log from now on; every line of a multi-line secret is masked. */
    setSecret(value) {
        for (const line of value.split(/\r?\n/))
            if (line.trim())
                this.command('add-mask', {}, line);
    }
    debug(message) {
        this.command('debug', {}, message);
    }
    annotate(kind, message, properties = {}) {
        this.command(kind, properties, message);
    }
    info(message) {
        this.out(message + node_os__WEBPACK_IMPORTED_MODULE_1__.EOL);
    }
    startGroup(name) {
        this.command('group', {}, name);
    }
    endGroup() {
        this.command('endgroup', {}, '');
    }
    appendSummary(markdown) {
        const path = this.env.GITHUB_STEP_SUMMARY;
        if (path)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.appendFileSync)(path, markdown.endsWith(node_os__WEBPACK_IMPORTED_MODULE_1__.EOL) ? markdown : markdown + node_os__WEBPACK_IMPORTED_MODULE_1__.EOL);
    }
    fileCommand(variable, name, value, legacy) {
        const path = this.env[variable];
        if (!path) {
            this.command(legacy, { name }, value);
            return;
        }
        // Unique enough, and checked: a value that contains the delimiter would end the heredoc early.
        // (Not randomUUID: loading node:crypto is a measurable part of every action's start-up.)
        const delimiter = `ghadelimiter_${process.pid}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2)}`;
        if (name.includes(delimiter) || value.includes(delimiter))
            throw new Error(`unexpected delimiter in ${name}`);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.appendFileSync)(path, `${name}<<${delimiter}${node_os__WEBPACK_IMPORTED_MODULE_1__.EOL}${value}${node_os__WEBPACK_IMPORTED_MODULE_1__.EOL}${delimiter}${node_os__WEBPACK_IMPORTED_MODULE_1__.EOL}`);
    }
    command(name, properties, message) {
        const props = Object.entries(properties)
            .filter(([, v]) => v !== undefined && v !== '')
            .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
            .join(',');
        this.out(`::${name}${props ? ` ${props}` : ''}::${escapeData(message)}${node_os__WEBPACK_IMPORTED_MODULE_1__.EOL}`);
    }
}
function escapeData(text) {
    return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(text) {
    return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
let stdoutStream;
let stdoutClosed = false;
/**
 * Writes to file descriptor 1 directly: `process.stdout` builds a stream (a socket for the runner's
 * pipe) on first use, a few milliseconds of every action's start-up spent before anything else can
 * happen. When the descriptor cannot take the write at once (a non-blocking pipe that is full), the
 * rest of the output goes through `process.stdout` from then on, so nothing is lost and the order
 * holds. A reader that went away (EPIPE) gets nothing more, and costs the action nothing.
 */
function writeStdout(text) {
    if (stdoutClosed)
        return;
    if (stdoutStream)
        return void stdoutStream.write(text);
    const data = Buffer.from(text);
    let offset = 0;
    try {
        while (offset < data.length)
            offset += (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync)(1, data, offset);
    }
    catch (error) {
        if (error.code === 'EPIPE') {
            stdoutClosed = true;
            return;
        }
        stdoutStream = process.stdout;
        stdoutStream.write(data.subarray(offset));
    }
}


/***/ }),

/***/ 93365:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  iG: () => (/* binding */ BUILD_ADAPTERS),
  JI: () => (/* binding */ COMMAND_BUILD_ADAPTER),
  y5: () => (/* binding */ buildAdapter),
  bf: () => (/* binding */ detectToolchain),
  T1: () => (/* binding */ toolchainProfile)
});

// UNUSED EXPORTS: TOOLCHAINS

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(76760);
// EXTERNAL MODULE: ./build/platform.js
var platform = __nccwpck_require__(7997);
// EXTERNAL MODULE: ./build/build/tools.js
var tools = __nccwpck_require__(90332);
// EXTERNAL MODULE: ./build/build/files.js
var files = __nccwpck_require__(4920);
// EXTERNAL MODULE: ./build/runtime/errors.js
var errors = __nccwpck_require__(84704);
// EXTERNAL MODULE: ./build/toolchains/exit-decoding.js
var exit_decoding = __nccwpck_require__(39291);
;// CONCATENATED MODULE: ./build/toolchains/custom.js







/** Anything else (a multiboot kernel, Linux): expect/probe decide, `(v << 1) | 1` is decoded when odd. */
const custom = {
    name: 'custom',
    // Linux's panic() prefix ("Kernel panic - not syncing: …").
    failOn: [/Kernel panic/],
    successCode: 0,
    exitDevices: (arch) => (0,exit_decoding/* x86ExitDevices */.KS)(arch, [exit_decoding/* DEBUG_EXIT_0X501 */.GF, exit_decoding/* DEBUG_EXIT_0XF4 */.a2]),
    decodeExit: (context) => (0,exit_decoding/* decodeByChannel */.$Z)(context, {}),
    detect: () => false
};
/** The user's command reaches bash through the environment, never spliced into a shell string. */
const BUILD_COMMAND_VARIABLE = 'UNIKERNEL_BUILD_COMMAND';
/** Compilers ccache stands in for, when they are installed. */
const CCACHE_COMPILERS = ['cc', 'gcc', 'c++', 'g++', 'clang', 'clang++'];
/** Sources whose content keys the cache: a change stores a new entry, so ccache keeps up with the code. */
const SOURCE_PATTERNS = [
    '**/*.c',
    '**/*.h',
    '**/*.S',
    '**/*.s',
    '**/*.cc',
    '**/*.cpp',
    '**/*.hh',
    '**/*.hpp',
    '**/*.rs',
    '**/*.go',
    '**/*.zig',
    '**/*.ld',
    '**/*.lds',
    '**/Makefile',
    '**/makefile',
    '**/GNUmakefile',
    '**/*.mk',
    '**/CMakeLists.txt',
    '**/*.cmake',
    '**/meson.build'
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
    runsUserCommand: true,
    detectsBy: 'a `command` input (custom is never detected from files)',
    // urunc has no type for an arbitrary kernel; a label com.urunc.unikernel.unikernelType=… overrides it.
    uruncType: 'custom',
    platforms: platform/* BUILD_PLATFORMS */.Cm,
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
var external_node_os_ = __nccwpck_require__(48161);
;// CONCATENATED MODULE: ./build/toolchains/hermit.js




/**
 * Hermit (hermit-rs): under QEMU on x86_64 it writes 1 on success (→ 3) and 0 on failure (→ 1); on
 * aarch64 it ends through semihosting's SYS_EXIT with its code (hermit-os/kernel
 * src/arch/aarch64/kernel/processor.rs shutdown), else PSCI SYSTEM_OFF; under uhyve the status is the code.
 */
const hermit = {
    name: 'hermit',
    // The panic handler prints "[<core>][PANIC] <info>" then shuts down with 1 (hermit-os/kernel src/lib.rs).
    failOn: [/\[PANIC\]/],
    successCode: 0,
    exitDevices: (arch) => (0,exit_decoding/* x86ExitDevices */.KS)(arch, [exit_decoding/* DEBUG_EXIT_0XF4 */.a2]),
    armSemihosting: true,
    // hermit-os/loader's QEMU command line for aarch64: `-machine virt,gic-version=3` (README, xtask/src/ci/qemu.rs).
    armGic: 3,
    // hermit-os/loader xtask/src/ci/qemu.rs accepts 0 or 3 as success.
    decodeExit: (context) => (0,exit_decoding/* decodeByChannel */.$Z)(context, { 'debug-exit': { 1: (0,exit_decoding/* exited */.kV)(1), 3: (0,exit_decoding/* exited */.kV)(0) } }),
    // hermit-entry's entry-version note is named "HERMIT" (NT_HERMIT_ENTRY_VERSION 0x5a00).
    detect: (elf) => elf.notes.some((n) => n.name === 'HERMIT')
};
const HERMIT_TRIPLES = { x86_64: 'x86_64-unknown-hermit', arm64: 'aarch64-unknown-hermit' };
const LOADER_HINT = 'download it from https://github.com/hermit-os/loader/releases';
const CARGO_INSTALL = 'install Rust with rustup (the setup action does not install it): the nightly toolchain and rust-src, as https://github.com/hermit-os/hermit-rs-template describes';
/**
 * The loader QEMU boots a Hermit application with, by its hermit-os/loader release asset name
 * (xtask/src/target.rs dist_name): on x86_64 the Multiboot one, which takes the application as its
 * Multiboot module (`-kernel <loader> -initrd <app>`; the `-linux` one is for Firecracker), on arm64 the
 * ELF one, which finds it as a module in the device tree (`-device guest-loader,addr=…,initrd=<app>`).
 */
const LOADERS = { x86_64: 'hermit-loader-x86_64-multiboot', arm64: 'hermit-loader-aarch64-elf' };
function dependsOnHermit(cargoToml) {
    return /^\s*hermit(-sys)?\s*=/m.test(cargoToml) || /target_os\s*=\s*\\?"hermit\\?"/.test(cargoToml);
}
/**
 * The hermit targets are tier 3: Rust ships no prebuilt standard library for them, so cargo must build
 * it (rustc's platform-support/hermit.md). A project may say so in its cargo configuration; otherwise
 * the build asks for it, as hermit-rs documents (`-Zbuild-std=std,panic_abort`).
 */
async function configuresBuildStd(projectDir) {
    for (const file of ['config.toml', 'config']) {
        const config = await (0,files/* readTextIfPresent */.Ge)((0,external_node_path_.join)(projectDir, '.cargo', file));
        if (config !== undefined && /^\s*build-std\s*=/m.test(config))
            return true;
    }
    return false;
}
/** `[package] name`, which names the binary cargo writes. */
function packageName(cargoToml) {
    const section = /^\[package\]\s*$([\s\S]*?)(?=^\[|(?![\s\S]))/m.exec(cargoToml)?.[1];
    return section ? /^\s*name\s*=\s*"([^"]+)"/m.exec(section)?.[1] : undefined;
}
/** Hermit: `cargo build [-Zbuild-std=std,panic_abort] --release --target <arch>-unknown-hermit`; uhyve boots the result, QEMU boots it behind the loader. */
const hermitBuild = {
    name: 'hermit',
    detectsBy: 'a Cargo.toml depending on hermit',
    uruncType: 'hermit',
    platforms: ['uhyve', 'qemu'],
    tools: {
        cargo: CARGO_INSTALL,
        [LOADERS.x86_64]: LOADER_HINT,
        [LOADERS.arm64]: LOADER_HINT
    },
    versionArgv: () => ['cargo', '--version'],
    async detect(dir) {
        const cargoToml = await (0,files/* readTextIfPresent */.Ge)((0,external_node_path_.join)(dir, 'Cargo.toml'));
        return cargoToml !== undefined && dependsOnHermit(cargoToml);
    },
    async plan(request) {
        const buildStd = (await configuresBuildStd(request.projectDir)) ? [] : ['-Zbuild-std=std,panic_abort'];
        return [{ argv: ['cargo', 'build', ...buildStd, '--release', '--target', HERMIT_TRIPLES[request.target.arch]] }];
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
        const loader = request.tools.get(LOADERS[target.arch]);
        if (!loader)
            throw (0,files/* toolchainError */.uN)('hermit', `booting on qemu needs ${LOADERS[target.arch]} on PATH (${LOADER_HINT}), or build for uhyve/${target.arch}`);
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

// EXTERNAL MODULE: ./build/kernel/solo5-abi.js
var solo5_abi = __nccwpck_require__(28393);
;// CONCATENATED MODULE: ./build/toolchains/solo5.js


// Lines written by bindings/exit.c and bindings/abort.c.
const EXIT_LINE = /Solo5: solo5_exit\((-?\d+)\) called/g;
const ABORT_LINE = /Solo5: solo5_abort\(\) called|Solo5: ABORT/;
/** The virtio binding writes isa-debug-exit 41 (→ 83) whatever the status (bindings/virtio/platform.c): the console says which. */
function virtioExit(context) {
    const abort = ABORT_LINE.exec(context.console);
    if (abort)
        return (0,exit_decoding/* crashed */.zB)(`Solo5 abort (${abort[0]})`);
    const calls = [...context.console.matchAll(EXIT_LINE)];
    return (0,exit_decoding/* exited */.kV)(calls.length > 0 ? Number(calls[calls.length - 1][1]) : 0);
}
/**
 * Tenders exit with the guest's status; SOLO5_EXIT_ABORT is 255 (include/solo5.h). A guest that trips
 * the tender at run time (`solo5-hvt: Invalid guest access`, a KVM translation fault) ends in the
 * tender's `errx(1, …)`: status 1 as from `solo5_exit(1)`, told apart by the tender's line on stderr.
 */
const TENDER_RULES = {
    1: (context) => {
        const line = context.stderr
            ?.split('\n')
            .map((l) => l.trim())
            .find((l) => /^solo5-(hvt|spt): .*\bguest\b/i.test(l));
        return line ? (0,exit_decoding/* crashed */.zB)(`the tender stopped the guest: ${line}`) : (0,exit_decoding/* exited */.kV)(1);
    },
    255: (0,exit_decoding/* crashed */.zB)('Solo5 abort (tender exit status 255)')
};
/** Solo5 (hvt, spt, virtio): shared with MirageOS, which runs on it. */
const solo5 = {
    name: 'solo5',
    failOn: [/Solo5: ABORT/, /Solo5: trap:/, /solo5_abort\(\) called/],
    successCode: 0,
    exitDevices: (arch) => (0,exit_decoding/* x86ExitDevices */.KS)(arch, [exit_decoding/* DEBUG_EXIT_0X501 */.GF]),
    decodeExit: (context) => (0,exit_decoding/* decodeByChannel */.$Z)(context, { 'debug-exit': { 83: virtioExit }, 'process-status': TENDER_RULES }),
    detect: solo5_abi/* hasSolo5AbiNote */.v8
};

;// CONCATENATED MODULE: ./build/toolchains/mirage.js





/** MirageOS runs on Solo5: its exits are Solo5's, plus the OCaml runtime's fatal errors. */
const mirage = {
    name: 'mirage',
    failOn: [
        ...solo5.failOn,
        // OCaml prints "Fatal error: exception <exn>" for an uncaught exception and "Fatal error: <why>" from the runtime.
        /^Fatal error: /m
    ],
    successCode: solo5.successCode,
    exitDevices: (arch) => solo5.exitDevices(arch),
    decodeExit: (context) => solo5.decodeExit(context),
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
const MIRAGE_INSTALL = 'install MirageOS with opam (the setup action does not install it): opam install mirage, see https://mirage.io/docs/install';
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
        const host = (0,platform/* hostArch */.LY)();
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
        paths: [request.env.OPAMROOT ?? (0,external_node_path_.join)(request.env.HOME ?? (0,external_node_os_.homedir)(), '.opam'), (0,external_node_path_.join)(request.projectDir, '_build'), (0,external_node_path_.join)(request.projectDir, 'duniverse')],
        keyFiles: ['config.ml', '*.opam', 'mirage/*.opam', 'mirage/*.opam.locked']
    }),
    bootHints: (target) => (MIRAGE_TARGETS[target.platform]?.solo5 ? { expect: ['Solo5: Bindings version'] } : {})
};

// EXTERNAL MODULE: ./build/toolchains/nanos.js
var nanos = __nccwpck_require__(6346);
// EXTERNAL MODULE: ./build/toolchains/unikraft.js
var unikraft = __nccwpck_require__(15289);
;// CONCATENATED MODULE: ./build/toolchains/catalog.js






/** One line per toolchain. Detection asks them in this order, so a more specific claim goes first. */
const PROFILES = {
    solo5: solo5,
    unikraft: unikraft/* unikraft */.Rg,
    hermit: hermit,
    nanos: nanos/* nanos */.cF,
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
    unikraft: unikraft/* unikraftBuild */.Lw,
    nanos: nanos/* nanosBuild */._C,
    mirage: mirageBuild,
    hermit: hermitBuild,
    custom: customBuild
};
const BUILD_ADAPTERS = Object.values(BUILDERS);
/** What `auto` builds with when only `command` is given. */
const COMMAND_BUILD_ADAPTER = customBuild;
function buildAdapter(name) {
    return BUILDERS[name];
}


/***/ }),

/***/ 39291:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $Z: () => (/* binding */ decodeByChannel),
/* harmony export */   GF: () => (/* binding */ DEBUG_EXIT_0X501),
/* harmony export */   KS: () => (/* binding */ x86ExitDevices),
/* harmony export */   a2: () => (/* binding */ DEBUG_EXIT_0XF4),
/* harmony export */   kV: () => (/* binding */ exited),
/* harmony export */   zB: () => (/* binding */ crashed)
/* harmony export */ });
/* unused harmony exports abnormalEnd, decodeDebugExitStatus, decodeProcessStatus, decodeStoppedStatus, decodeSemihostingStatus */
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
/** What every channel decodes alike: an abnormal end, then the toolchain's own rule for the status; otherwise the status, for the channel to decode. */
function ruledEnd(context, rules) {
    const abnormal = abnormalEnd(context.exit);
    if (abnormal)
        return abnormal;
    const status = context.exit.status;
    const rule = rules[status];
    return rule ? applyRule(rule, context) : status;
}
/**
 * QEMU with isa-debug-exit: v written → status (v << 1) | 1. Status 0 is a poweroff, or a triple fault
 * under -no-reboot, which only QMP's SHUTDOWN reason (`guest-reset`) tells apart.
 */
function decodeDebugExitStatus(context, rules = {}) {
    const status = ruledEnd(context, rules);
    if (typeof status !== 'number')
        return status;
    if (status === 0) {
        return context.exit.shutdownReason === 'guest-reset' ? crashed('the guest reset itself (triple fault) under -no-reboot') : exited(0);
    }
    if (status % 2 === 1)
        return exited(status >> 1);
    return crashed(`QEMU exited with status ${status}, which no isa-debug-exit write produces`);
}
/** Tenders, Firecracker and uhyve: the process status is the guest's code. */
function decodeProcessStatus(context, rules = {}) {
    const status = ruledEnd(context, rules);
    return typeof status === 'number' ? exited(status) : status;
}
/**
 * A VMM without an exit-code channel: status 0 is a guest that stopped (poweroff, reset), any other a
 * guest the VMM stopped on a fault, which its last stderr line names.
 */
function decodeStoppedStatus(context) {
    const abnormal = abnormalEnd(context.exit);
    if (abnormal)
        return abnormal;
    if (context.exit.status === 0)
        return { kind: 'stopped' };
    const said = context.stderr
        ?.split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== '')
        .pop();
    return crashed(`the VMM stopped the guest with status ${context.exit.status}${said ? `: ${said}` : ''}`);
}
/**
 * Arm semihosting: SYS_EXIT's code is QEMU's status. Status 0 is also a PSCI poweroff, or a PSCI reset
 * under -no-reboot, which only QMP's SHUTDOWN reason (`guest-reset`) tells apart.
 */
function decodeSemihostingStatus(context, rules = {}) {
    const status = ruledEnd(context, rules);
    if (typeof status !== 'number')
        return status;
    if (status === 0 && context.exit.shutdownReason === 'guest-reset')
        return crashed('the guest reset itself under -no-reboot');
    return exited(status);
}
/** A toolchain's status rules per exit channel, decoded the way the VMM's channel reports exits. */
function decodeByChannel(context, rules) {
    const channelRules = rules[context.channel] ?? {};
    if (context.channel === 'none')
        return decodeStoppedStatus(context);
    if (context.channel === 'semihosting')
        return decodeSemihostingStatus(context, channelRules);
    return context.channel === 'debug-exit' ? decodeDebugExitStatus(context, channelRules) : decodeProcessStatus(context, channelRules);
}


/***/ }),

/***/ 52553:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   P0: () => (/* binding */ kraftfileComponents),
/* harmony export */   bk: () => (/* binding */ kraftfileCmdline),
/* harmony export */   mi: () => (/* binding */ kraftfileRootfs),
/* harmony export */   tF: () => (/* binding */ readKraftfile)
/* harmony export */ });
/* unused harmony export parseKraftfile */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(76760);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(84704);



const KNOWN_KEYS = new Set([
    'spec',
    'specification',
    'name',
    'outdir',
    'template',
    'runtime',
    'rootfs',
    'roms',
    'volumes',
    'env',
    'unikraft',
    'targets',
    'libraries',
    'labels',
    'cmd'
]);
const PLATFORM_ALIASES = { firecracker: 'fc', kvm: 'qemu' };
/** Reads and parses a Kraftfile; a ConfigurationError naming `kraftfile` when it cannot be read or is not one. */
async function readKraftfile(path, logger) {
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8');
    }
    catch (error) {
        throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)('kraftfile', `cannot read ${path}: ${(0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(error)}`);
    }
    return parseKraftfile(text, path, logger);
}
/**
 * Parses Kraftfile text; unknown top-level keys are warned about through `logger`, naming the key. The
 * YAML parser is loaded here, not with the bundle every action starts: only Kraftfile builds need it.
 */
async function parseKraftfile(text, path, logger) {
    const { parseDocument } = await __nccwpck_require__.e(/* import() */ 8815).then(__nccwpck_require__.t.bind(__nccwpck_require__, 38815, 19));
    const fail = (problem) => (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)('kraftfile', `${path}: ${problem}`);
    // kraftkit reads Kraftfiles with gopkg.in/yaml.v2, which is YAML 1.1 (`yes` is a boolean there).
    const document = parseDocument(text, { prettyErrors: false, version: '1.1' });
    if (document.errors.length > 0)
        throw fail(`is not valid YAML: ${document.errors[0].message}`);
    const root = document.toJS();
    if (!isMap(root))
        throw fail('is not a Kraftfile: its top level must be a mapping');
    for (const key of Object.keys(root)) {
        if (!KNOWN_KEYS.has(key) && !key.startsWith('x-'))
            logger?.warning(`${path}: unknown Kraftfile key \`${key}\` (kraft ignores it)`);
    }
    const string = (key) => {
        const value = root[key];
        if (value === undefined || value === null)
            return undefined;
        if (typeof value === 'string' || typeof value === 'number')
            return String(value);
        throw fail(`\`${key}\` must be a string`);
    };
    const spec = string('specification') ?? string('spec');
    const kraftfile = {
        path,
        ...(spec !== undefined ? { spec } : {}),
        rootfs: filesystems(root.rootfs, 'rootfs', fail),
        env: stringMap(root.env, 'env', fail),
        labels: stringMap(root.labels, 'labels', fail),
        roms: filesystems(root.roms, 'roms', fail),
        libraries: libraries(root.libraries, fail)
    };
    const name = string('name');
    if (name !== undefined)
        kraftfile.name = name;
    const outdir = string('outdir');
    if (outdir !== undefined)
        kraftfile.outdir = outdir;
    if (root.unikraft !== undefined && root.unikraft !== null)
        kraftfile.unikraft = root.unikraft;
    if (root.template !== undefined && root.template !== null)
        kraftfile.template = root.template;
    if (root.volumes !== undefined && root.volumes !== null)
        kraftfile.volumes = root.volumes;
    const runtime = component(root.runtime, 'runtime', fail);
    if (runtime !== undefined)
        kraftfile.runtime = runtime;
    const cmd = command(root.cmd, fail);
    if (cmd !== undefined)
        kraftfile.cmd = cmd;
    const targets = targetList(root.targets, fail);
    if (targets !== undefined)
        kraftfile.targets = targets;
    return kraftfile;
}
/** The command line a Kraftfile's `cmd` gives the kernel: its elements joined with spaces, as kraft pkg writes it. */
function kraftfileCmdline(kraftfile) {
    return kraftfile.cmd?.join(' ');
}
/**
 * The first rootfs source, a relative path resolved against `workdir`: kraft resolves it against the
 * project directory it builds (initrd.WithWorkdir), which is the Kraftfile's own directory unless the
 * Kraftfile is given apart (-K).
 */
function kraftfileRootfs(kraftfile, workdir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(kraftfile.path)) {
    const first = kraftfile.rootfs[0];
    if (!first)
        return undefined;
    // A source that is no path (an OCI image reference) is kept as written.
    const looksLikePath = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(first.source) || first.source.startsWith('.') || !/^[\w.-]+(\.[\w-]+)+(:\d+)?\/|^[\w.-]+:[\w.-]+$/.test(first.source);
    return { ...first, source: looksLikePath ? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(workdir, first.source) : first.source };
}
function isMap(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function filesystems(value, key, fail) {
    if (value === undefined || value === null)
        return [];
    const one = (item) => {
        if (typeof item === 'string')
            return { source: item, type: 'cpio' };
        if (isMap(item)) {
            if (typeof item.source !== 'string')
                throw fail(`\`${key}\` needs a \`source\` string`);
            if (item.type !== undefined && typeof item.type !== 'string')
                throw fail(`\`${key}\`'s \`type\` must be a string`);
            return { source: item.source, type: typeof item.type === 'string' ? item.type.toLowerCase() : 'cpio' };
        }
        throw fail(`\`${key}\` must be a path, a {source, type} mapping, or a list of them`);
    };
    return Array.isArray(value) ? value.map(one) : [one(value)];
}
function stringMap(value, key, fail) {
    if (value === undefined || value === null)
        return {};
    const scalar = (v) => (v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v));
    if (isMap(value))
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, scalar(v)]));
    if (Array.isArray(value)) {
        // The list form of list_or_dict: `KEY=VALUE` items (a bare KEY has an empty value).
        return Object.fromEntries(value.map((item) => {
            if (typeof item !== 'string')
                throw fail(`\`${key}\` items must be KEY=VALUE strings`);
            const eq = item.indexOf('=');
            return eq < 0 ? [item, ''] : [item.slice(0, eq), item.slice(eq + 1)];
        }));
    }
    throw fail(`\`${key}\` must be a mapping or a list of KEY=VALUE strings`);
}
function libraries(value, fail) {
    if (value === undefined || value === null)
        return {};
    if (!isMap(value))
        throw fail('`libraries` must be a mapping of library names');
    return value;
}
/** `runtime:` as `name[:version]`: a string, or a mapping with source (or name) and version. */
function component(value, key, fail) {
    if (value === undefined || value === null)
        return undefined;
    if (typeof value === 'string')
        return value;
    if (isMap(value)) {
        const source = value.source ?? value.name;
        if (typeof source !== 'string')
            throw fail(`\`${key}\` needs a \`source\``);
        return value.version === undefined || value.version === null ? source : `${source}:${String(value.version)}`;
    }
    throw fail(`\`${key}\` must be a string or a mapping`);
}
function command(value, fail) {
    if (value === undefined || value === null)
        return undefined;
    if (typeof value === 'string')
        return [value];
    if (Array.isArray(value) && value.every((item) => typeof item === 'string' || typeof item === 'number'))
        return value.map(String);
    throw fail('`cmd` must be a string or a list of strings');
}
function targetList(value, fail) {
    if (value === undefined || value === null)
        return undefined;
    if (!Array.isArray(value))
        throw fail('`targets` must be a list');
    return value.map((item, i) => {
        let name;
        let platform;
        let arch;
        const platArch = (text) => {
            const [p, a] = text.split('/');
            platform = p;
            if (a !== undefined)
                arch = a;
        };
        if (typeof item === 'string')
            platArch(item);
        else if (isMap(item)) {
            if (typeof item.name === 'string')
                name = item.name;
            const plat = item.platform ?? item.plat;
            if (typeof plat === 'string')
                platArch(plat);
            else if (isMap(plat) && typeof plat.name === 'string')
                platform = plat.name;
            const a = item.architecture ?? item.arch;
            if (typeof a === 'string')
                arch = a;
            else if (isMap(a) && typeof a.name === 'string')
                arch = a.name;
        }
        else
            throw fail(`target ${i + 1} must be PLAT/ARCH or a mapping`);
        if (!platform || !arch)
            throw fail(`target ${i + 1} needs a platform and an architecture`);
        return { ...(name !== undefined ? { name } : {}), platform: PLATFORM_ALIASES[platform] ?? platform, arch };
    });
}
/** A Kraftfile component: `name: <version>` or `name: {version, source}` (kraftkit unikraft/component/component.go). */
function declaredComponent(value) {
    if (typeof value === 'string' || typeof value === 'number') {
        const text = String(value);
        return text.includes('://') ? { source: text } : { version: text };
    }
    if (typeof value !== 'object' || value === null)
        return {};
    const record = value;
    const text = (key) => (typeof record[key] === 'string' || typeof record[key] === 'number' ? String(record[key]) : undefined);
    return { ...(text('version') ? { version: text('version') } : {}), ...(text('source') ? { source: text('source') } : {}) };
}
/** The `unikraft:` and `libraries:` of a Kraftfile; empty when it is not YAML kraft could read. */
async function kraftfileComponents(text) {
    const { parse: parseYaml } = await __nccwpck_require__.e(/* import() */ 8815).then(__nccwpck_require__.t.bind(__nccwpck_require__, 38815, 19));
    let parsed;
    try {
        // Every scalar as written: `version: 0.10` is the version 0.10, not the number 0.1.
        parsed = parseYaml(text, { schema: 'failsafe' });
    }
    catch {
        return { libraries: new Map() };
    }
    if (typeof parsed !== 'object' || parsed === null)
        return { libraries: new Map() };
    const record = parsed;
    const libraries = new Map();
    const declared = record.libraries;
    if (typeof declared === 'object' && declared !== null && !Array.isArray(declared)) {
        for (const [name, value] of Object.entries(declared))
            libraries.set(name, declaredComponent(value));
    }
    return { ...(record.unikraft !== undefined ? { core: declaredComponent(record.unikraft) } : {}), libraries };
}


/***/ }),

/***/ 6346:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   _C: () => (/* binding */ nanosBuild),
/* harmony export */   cF: () => (/* binding */ nanos),
/* harmony export */   oF: () => (/* binding */ opsHome)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(73024);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(48161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(76760);
/* harmony import */ var _build_files_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(4920);
/* harmony import */ var _platform_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(7997);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(84704);
/* harmony import */ var _exit_decoding_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(39291);







/** VM_EXIT_FAULT 0x7e and VM_EXIT_HALT 0x7f (src/runtime/runtime.h); app exits 126/127 look the same. */
const NANOS_FAULT = (0,_exit_decoding_js__WEBPACK_IMPORTED_MODULE_5__/* .crashed */ .zB)('Nanos kernel fault (VM_EXIT_FAULT)');
const NANOS_HALT = (0,_exit_decoding_js__WEBPACK_IMPORTED_MODULE_5__/* .crashed */ .zB)('Nanos kernel halt (VM_EXIT_HALT)');
/**
 * Nanos (ops): on x86_64 `QEMU_HALT(code)` writes the app's exit code to isa-debug-exit 0x501
 * (src/kernel/kvm_platform.h); on arm64 (platform/virt) vm_shutdown ends through semihosting's SYS_EXIT
 * (angel_shutdown, src/aarch64/crt0.S), which is why ops and the Nanos Makefile run it with -semihosting.
 */
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
    exitDevices: (arch) => (0,_exit_decoding_js__WEBPACK_IMPORTED_MODULE_5__/* .x86ExitDevices */ .KS)(arch, [_exit_decoding_js__WEBPACK_IMPORTED_MODULE_5__/* .DEBUG_EXIT_0X501 */ .GF]),
    armSemihosting: true,
    // ops runs arm64 Nanos with `-machine gic-version=2` (nanovms/ops qemu/qemu_unix.go setConfig).
    armGic: 2,
    diskKernel: opsKernel,
    decodeExit: (context) => (0,_exit_decoding_js__WEBPACK_IMPORTED_MODULE_5__/* .decodeByChannel */ .$Z)(context, {
        'debug-exit': { 253: NANOS_FAULT, 255: NANOS_HALT },
        semihosting: { 126: NANOS_FAULT, 127: NANOS_HALT }
    }),
    // Nanos ships disk images built by ops, not ELF kernels we could recognise.
    detect: () => false
};
/** Top-level keys of ops' config.json (types/config.go); one of them marks a config.json as ops'. */
const OPS_CONFIG_KEYS = [
    'Program',
    'Args',
    'Dirs',
    'Files',
    'Env',
    'MapDirs',
    'Mounts',
    'RunConfig',
    'Klibs',
    'NanosVersion',
    'BaseVolumeSz',
    'ManifestPassthrough',
    'TargetRoot'
];
const OPS_INSTALL = 'install ops: the setup action (tools: ops), or https://ops.city';
async function opsConfig(dir) {
    const text = await (0,_build_files_js__WEBPACK_IMPORTED_MODULE_3__/* .readTextIfPresent */ .Ge)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'config.json'));
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
/** ops's own directory: `$OPS_HOME/.ops` when OPS_HOME is set, else `~/.ops` (nanovms/ops 0.1.46 lepton/const.go GetOpsHome). */
function opsHome(env) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(env.OPS_HOME || env.HOME || (0,node_os__WEBPACK_IMPORTED_MODULE_1__.homedir)(), '.ops');
}
/**
 * The Nanos kernel ops boots an arm64 disk with: ops writes that disk without boot code and runs it as
 * `qemu-system-aarch64 -machine virt -kernel <kernel.img> …` (nanovms/ops qemu/qemu_unix.go setConfig),
 * taking kernel.img from the Nanos release it keeps under its home, `<ops home>/<version>-arm/kernel.img`
 * (cmd/flags_nightly.go getKernelVersion, setKernelVersion). The version is the one `latest.txt` names
 * (lepton/const.go getLocalRelVersion); without that file ops uses the newest release it looks up online,
 * which a boot cannot, so it takes the one arm64 release ops' home holds. An x86_64 disk boots by itself.
 */
function opsKernel(disk) {
    if (disk.arch === 'x86_64')
        return undefined;
    const home = opsHome(disk.env);
    const cannot = (why) => {
        throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .inputError */ .Xu)(disk.input, `${disk.path} is an ${disk.arch} Nanos disk, which boots only with the Nanos kernel ops keeps beside it; ${why} ` +
            '(build it in this job with the same OPS_HOME, or run `ops update --arm`)');
    };
    const latest = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(home, 'latest.txt');
    let version;
    try {
        version = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(latest, 'utf8').trim();
    }
    catch {
        const releases = armReleases(home);
        if (releases.length !== 1) {
            return cannot(`${latest} does not name the Nanos release ops uses, and ${home} holds ${releases.length ? releases.join(', ') : 'no arm64 release'}`);
        }
        version = releases[0];
    }
    if (!/^[\w.-]+$/.test(version))
        return cannot(`${latest} names no Nanos release (${JSON.stringify(version.slice(0, 40))})`);
    const kernel = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(home, `${version}-arm`, 'kernel.img');
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(kernel, { throwIfNoEntry: false })?.isFile())
        return cannot(`there is no ${kernel}`);
    return kernel;
}
/** The arm64 Nanos releases in ops' home with a kernel: `<version>-arm/kernel.img`, nightly builds aside. */
function armReleases(home) {
    let entries;
    try {
        entries = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(home, { withFileTypes: true });
    }
    catch {
        return [];
    }
    return entries
        .filter((entry) => entry.isDirectory() && entry.name.endsWith('-arm') && !entry.name.startsWith('nightly'))
        .map((entry) => entry.name.slice(0, -'-arm'.length))
        .filter((version) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(home, `${version}-arm`, 'kernel.img'), { throwIfNoEntry: false })?.isFile())
        .sort();
}
/** The image name (`-i`): fixed, so nothing of the checkout's directory can reach the disk ops writes. */
function opsImageName(request) {
    return `unikernel-actions-${request.target.arch}`;
}
/** Nanos: `ops build <Program> -c config.json -i <name> --arch <arch>` writes a raw bootable disk to <ops home>/images/<name>. */
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
            throw (0,_build_files_js__WEBPACK_IMPORTED_MODULE_3__/* .toolchainError */ .uN)('nanos', `${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(request.projectDir, 'config.json')} is missing or is not an ops configuration`);
        if (typeof config.Program !== 'string' || config.Program === '') {
            throw (0,_build_files_js__WEBPACK_IMPORTED_MODULE_3__/* .toolchainError */ .uN)('nanos', 'config.json has no `Program`: the ELF executable ops packs into the image');
        }
        // ops builds for the machine it runs on unless told (cmd/flags_nightly.go: --arch amd64|arm64).
        const arch = (0,_platform_js__WEBPACK_IMPORTED_MODULE_4__/* .ociArchitecture */ .Jk)(request.target.arch);
        return [{ argv: ['ops', 'build', config.Program, '-c', 'config.json', '-i', opsImageName(request), '--arch', arch] }];
    },
    async locate(request) {
        const image = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(opsHome(request.env), 'images', opsImageName(request));
        if (!(await (0,_build_files_js__WEBPACK_IMPORTED_MODULE_3__/* .isFile */ .fo)(image)))
            throw (0,_build_files_js__WEBPACK_IMPORTED_MODULE_3__/* .toolchainError */ .uN)('nanos', `ops left no image at ${image}`);
        return { kernel: image };
    },
    cache: (request) => ({ paths: [opsHome(request.env)], keyFiles: ['config.json'] }),
    bootHints: () => ({})
};


/***/ }),

/***/ 30364:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ny: () => (/* binding */ ROOTFS_FORMATS),
/* harmony export */   a2: () => (/* binding */ BUILD_TOOLCHAIN_NAMES),
/* harmony export */   tP: () => (/* binding */ TOOLCHAIN_NAMES)
/* harmony export */ });
const TOOLCHAIN_NAMES = ['unikraft', 'solo5', 'nanos', 'hermit', 'mirage', 'custom'];
// ------------------------------------------------------------------------------------- the build side
/** The toolchains `build` drives (solo5 is a boot profile only: its kernels come from mirage). */
const BUILD_TOOLCHAIN_NAMES = ['custom', 'unikraft', 'nanos', 'mirage', 'hermit'];
const ROOTFS_FORMATS = ['cpio', 'erofs'];


/***/ }),

/***/ 15289:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Lw: () => (/* binding */ unikraftBuild),
/* harmony export */   Rg: () => (/* binding */ unikraft),
/* harmony export */   Uv: () => (/* binding */ KRAFTFILES),
/* harmony export */   qz: () => (/* binding */ unikraftCoreVersion)
/* harmony export */ });
/* unused harmony export kraftfileTargets */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(73024);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(48161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(76760);
/* harmony import */ var _build_files_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(4920);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_7__ = __nccwpck_require__(84704);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(30364);
/* harmony import */ var _kraftfile_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(52553);
/* harmony import */ var _exit_decoding_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(39291);








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
    exitDevices: (arch) => (0,_exit_decoding_js__WEBPACK_IMPORTED_MODULE_5__/* .x86ExitDevices */ .KS)(arch, [_exit_decoding_js__WEBPACK_IMPORTED_MODULE_5__/* .DEBUG_EXIT_0X501 */ .GF]),
    decodeExit: (context) => (0,_exit_decoding_js__WEBPACK_IMPORTED_MODULE_5__/* .decodeByChannel */ .$Z)(context, {
        'debug-exit': { 83: (0,_exit_decoding_js__WEBPACK_IMPORTED_MODULE_5__/* .exited */ .kV)(0), 85: (0,_exit_decoding_js__WEBPACK_IMPORTED_MODULE_5__/* .crashed */ .zB)('Unikraft crash (isa-debug-exit 42)') }
    }),
    detect: (elf) => elf.sections.some((section) => section.startsWith('.uk_'))
};
// Kraftfile discovery order of kraftkit (unikraft/app/project.go).
const KRAFTFILES = ['kraft.yaml', 'kraft.yml', 'Kraftfile.yml', 'Kraftfile.yaml', 'Kraftfile'];
const KRAFT_INSTALL = 'install KraftKit: the setup action (tools: kraft), or https://unikraft.org/docs/cli/install';
/**
 * The `targets:` of a Kraftfile as `plat/arch` (unikraft/target/transform.go: `- plat/arch`, or a map
 * with platform|plat and architecture|arch, fc/firecracker and qemu/kvm aliases). Undefined when the
 * Kraftfile has none, or cannot be read as one: kraft then decides alone.
 */
async function kraftfileTargets(kraftfile) {
    try {
        return (await parseKraftfile(kraftfile, 'Kraftfile')).targets?.map((t) => `${t.platform}/${t.arch}`);
    }
    catch {
        return undefined;
    }
}
/** A Unikraft application built by Unikraft's own make: its Makefile hands over to $(UK_ROOT). */
async function makeProject(dir) {
    const makefile = await (0,_build_files_js__WEBPACK_IMPORTED_MODULE_3__/* .readTextIfPresent */ .Ge)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'Makefile'));
    if (!makefile || !/\bUK_ROOT\b/.test(makefile))
        return undefined;
    const config = await (0,_build_files_js__WEBPACK_IMPORTED_MODULE_3__/* .isFile */ .fo)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, '.config'));
    const defconfig = await (0,_build_files_js__WEBPACK_IMPORTED_MODULE_3__/* .isFile */ .fo)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'defconfig'));
    return config || defconfig ? { config, defconfig } : undefined;
}
/**
 * The Unikraft core's version from its version.mk (UK_VERSION.UK_SUBVERSION.UK_EXTRAVERSION), where
 * kraft checks it out (.unikraft/unikraft, workdir/unikraft) or where a make project's UK_ROOT points;
 * undefined when none is found. urunc chooses the command-line syntax by it.
 */
async function unikraftCoreVersion(projectDir) {
    const makefile = (await (0,_build_files_js__WEBPACK_IMPORTED_MODULE_3__/* .readTextIfPresent */ .Ge)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(projectDir, 'Makefile'))) ?? '';
    const ukRoot = /^\s*UK_ROOT\s*\??=\s*(\S+)\s*$/m.exec(makefile)?.[1];
    const roots = ['.unikraft/unikraft', 'workdir/unikraft', ...(ukRoot && !ukRoot.includes('$') ? [ukRoot] : [])];
    for (const root of roots) {
        const text = await (0,_build_files_js__WEBPACK_IMPORTED_MODULE_3__/* .readTextIfPresent */ .Ge)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(projectDir, root, 'version.mk'));
        if (!text)
            continue;
        const field = (name) => new RegExp(`^\\s*${name}\\s*[:?]?=\\s*(\\d+)\\s*$`, 'm').exec(text)?.[1];
        const [major, minor, extra] = [field('UK_VERSION'), field('UK_SUBVERSION'), field('UK_EXTRAVERSION')];
        if (major !== undefined && minor !== undefined)
            return `${major}.${minor}.${extra ?? '0'}`;
    }
    return undefined;
}
function describeTarget(target) {
    return target.name === undefined ? `${target.platform}/${target.arch}` : `${target.name} (${target.platform}/${target.arch})`;
}
/** kraft's output: the kernel where `-k` put it (or the `runtime:` package pulled), the initramfs it wrote, the `.dbg`. */
async function locateKraftBuild(request, kraftfile) {
    const { target } = request;
    const runtime = prebuiltRuntime(kraftfile);
    const kernel = runtime === undefined ? kraftKernelPath(request) : (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(runtimePullDir(request), 'unikraft', 'bin', 'kernel');
    if (!(await (0,_build_files_js__WEBPACK_IMPORTED_MODULE_3__/* .isFile */ .fo)(kernel))) {
        throw (0,_build_files_js__WEBPACK_IMPORTED_MODULE_3__/* .toolchainError */ .uN)('unikraft', runtime === undefined
            ? `kraft build left no kernel for ${target.platform}/${target.arch} at ${kernel}`
            : `kraft pkg pull left no kernel of ${runtime} for ${target.platform}/${target.arch} at ${kernel}`);
    }
    const located = { kernel };
    const version = await unikraftCoreVersion(request.projectDir);
    if (version)
        located.unikernelVersion = version;
    // kraft builds the rootfs it is given (--rootfs), else the Kraftfile's; a file it takes as it is (initrd/file.go).
    const source = request.rootfs?.source ?? (0,_kraftfile_js__WEBPACK_IMPORTED_MODULE_4__/* .kraftfileRootfs */ .mi)(kraftfile, request.projectDir)?.source;
    const written = kraftInitramfs(request, request.rootfs?.format ?? kraftfile.rootfs[0]?.type ?? 'cpio');
    const initrd = (await (0,_build_files_js__WEBPACK_IMPORTED_MODULE_3__/* .isFile */ .fo)(written)) ? written : source !== undefined && (await (0,_build_files_js__WEBPACK_IMPORTED_MODULE_3__/* .isFile */ .fo)(source)) ? source : undefined;
    if (initrd)
        located.initrd = initrd;
    else if (source !== undefined)
        throw (0,_build_files_js__WEBPACK_IMPORTED_MODULE_3__/* .toolchainError */ .uN)('unikraft', `kraft build left no root filesystem for ${source} at ${written}`);
    if (runtime === undefined) {
        // `-k` moves the kernel only (internal/cli/kraft/build/build.go); the .dbg stays in the build directory.
        const pattern = `.unikraft/build/*_${target.platform}-${target.arch}.dbg`;
        const matches = await (0,_build_files_js__WEBPACK_IMPORTED_MODULE_3__/* .globFiles */ .CJ)(pattern, request.projectDir);
        if (matches.length === 1)
            located.debugKernel = matches[0];
        else
            located.lookedForDebug = matches.length > 1 ? `several match ${pattern}` : `looked for ${pattern}`;
    }
    return located;
}
async function locateMakeBuild(request) {
    const { projectDir, target } = request;
    for (const pattern of kernelPatterns(target)) {
        const matches = await (0,_build_files_js__WEBPACK_IMPORTED_MODULE_3__/* .globFiles */ .CJ)(pattern, projectDir);
        if (matches.length === 1) {
            const initrd = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(matches[0]), `initramfs-${target.arch}.cpio`);
            const version = await unikraftCoreVersion(projectDir);
            const debug = `${matches[0]}.dbg`;
            return {
                kernel: matches[0],
                ...((await (0,_build_files_js__WEBPACK_IMPORTED_MODULE_3__/* .isFile */ .fo)(initrd)) ? { initrd } : {}),
                ...(version ? { unikernelVersion: version } : {}),
                ...((await (0,_build_files_js__WEBPACK_IMPORTED_MODULE_3__/* .isFile */ .fo)(debug)) ? { debugKernel: debug } : { lookedForDebug: `looked for ${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(projectDir, debug)}` })
            };
        }
        if (matches.length > 1)
            throw (0,_build_files_js__WEBPACK_IMPORTED_MODULE_3__/* .toolchainError */ .uN)('unikraft', `several kernels match ${pattern}: ${matches.map((m) => (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(projectDir, m)).join(', ')}; clean the build directory`);
    }
    throw (0,_build_files_js__WEBPACK_IMPORTED_MODULE_3__/* .toolchainError */ .uN)('unikraft', `the build left no kernel for ${target.platform}/${target.arch} (looked for ${kernelPatterns(target).join(', ')})`);
}
function kernelPatterns(target) {
    const { platform, arch } = target;
    // Unikraft before 0.16 named both QEMU and Firecracker builds "kvm".
    const plats = platform === 'xen' ? ['xen'] : [platform, 'kvm'];
    // Kernels are `<app>_<plat>-<arch>`, next to `<same>.dbg`; `*` cannot reach past the name into `.dbg`.
    return ['.unikraft/build', 'workdir/build', 'build'].flatMap((dir) => plats.map((plat) => `${dir}/*_${plat}-${arch}`));
}
/** The Kraftfile a build uses: the `kraftfile` input's, else the project's first of kraftkit's default names. */
function kraftfilePath(request) {
    if (request.kraftfile)
        return request.kraftfile;
    const name = KRAFTFILES.find((candidate) => isFileSync((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(request.projectDir, candidate)));
    return name === undefined ? undefined : (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(request.projectDir, name);
}
function isFileSync(path) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path).isFile();
    }
    catch {
        return false;
    }
}
/** Where kraft is told (`-k`) to put a `unikraft:` Kraftfile's kernel for one target. */
function kraftKernelPath(request) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(request.projectDir, '.unikraft', 'build', 'unikernel-actions', `${request.target.platform}-${request.target.arch}`, 'kernel');
}
/** Where `kraft pkg pull` unpacks a `runtime:` Kraftfile's kernel package for one target. */
function runtimePullDir(request) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(request.cacheDir, 'runtime', `${request.target.platform}-${request.target.arch}`);
}
/** The initramfs kraft writes (initrd/initrd.go DefaultInitramfsArchFileName under the build directory). */
function kraftInitramfs(request, format) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(request.projectDir, '.unikraft', 'build', `initramfs-${request.target.arch}.${format}`);
}
/** A `kraftfile` input inside the project keys the cache as the default Kraftfiles do (an inline one is keyed by its text). */
function kraftfileKey(request) {
    if (!request.kraftfile)
        return [];
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(request.projectDir, request.kraftfile);
    return path.startsWith('..') || (0,node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute)(path) ? [] : [path];
}
/** kraft's builders in their order (internal/cli/kraft/build/builder.go): `unikraft:`/`template:` first, then `runtime:`. */
function prebuiltRuntime(kraftfile) {
    return kraftfile.unikraft === undefined && kraftfile.template === undefined ? kraftfile.runtime : undefined;
}
/** A Kraftfile kraft builds: kraft on PATH and a Kraftfile (the project's, or the `kraftfile` input). */
function kraftBuilds(request) {
    return request.tools.has('kraft') ? kraftfilePath(request) : undefined;
}
/**
 * Unikraft: `kraft build --plat P --arch A` when kraft is on PATH, else Unikraft's make build for a
 * project with a Makefile using UK_ROOT and a .config or defconfig (whose plat/arch it then follows).
 * kraft builds the root filesystem too (`--rootfs`, `--rootfs-type`); a `runtime:` Kraftfile's kernel
 * is a prebuilt package that `kraft build` only looks up, so `kraft pkg pull` unpacks it.
 */
const isRootfsFormat = (type) => _types_js__WEBPACK_IMPORTED_MODULE_6__/* .ROOTFS_FORMATS */ .Ny.includes(type);
const unikraftBuild = {
    name: 'unikraft',
    detectsBy: 'a Kraftfile (or kraft.yaml), or a Makefile using UK_ROOT with a .config or defconfig',
    uruncType: 'unikraft',
    kraftfiles: KRAFTFILES,
    platforms: ['qemu', 'fc', 'xen'],
    tools: { kraft: KRAFT_INSTALL, make: 'install make (apt-get install make)' },
    versionArgv: (tools) => (tools.has('kraft') ? ['kraft', 'version'] : undefined),
    async detect(dir) {
        return (await (0,_build_files_js__WEBPACK_IMPORTED_MODULE_3__/* .firstFile */ .FX)(dir, KRAFTFILES)) !== undefined || (await makeProject(dir)) !== undefined;
    },
    async plan(request) {
        const { platform, arch, name } = request.target;
        const path = kraftBuilds(request);
        if (path) {
            const kraftfile = await (0,_kraftfile_js__WEBPACK_IMPORTED_MODULE_4__/* .readKraftfile */ .tF)(path);
            // kraft build selects among the Kraftfile's targets (target.Filter) and fails when none matches.
            const declared = kraftfile.targets;
            if (declared && !declared.some((t) => t.platform === platform && t.arch === arch && (name === undefined || t.name === name))) {
                throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .inputError */ .Xu)('target', `${name ?? `${platform}/${arch}`} is not among the targets of ${path} (${declared.map(describeTarget).join(', ')}); ` +
                    "add it to the Kraftfile's `targets` or build one of those");
            }
            const argv = ['kraft', 'build', '--plat', platform, '--arch', arch, '--jobs', String(request.jobs)];
            if (name !== undefined)
                argv.push('--target', name);
            if (request.kraftfile)
                argv.push('--kraftfile', request.kraftfile);
            if (request.rootfs) {
                if (request.rootfs.from === 'rootfs')
                    argv.push('--rootfs', request.rootfs.source);
                // Otherwise kraft takes the type the Kraftfile gives, as it would on its own.
                if (request.rootfs.formatGiven)
                    argv.push('--rootfs-type', request.rootfs.format);
            }
            const runtime = prebuiltRuntime(kraftfile);
            if (runtime === undefined) {
                argv.push('--kernel', kraftKernelPath(request));
                return [{ argv }];
            }
            const output = runtimePullDir(request);
            return [{ argv }, { argv: ['kraft', 'pkg', 'pull', '--plat', platform, '--arch', arch, '--output', output, runtime] }];
        }
        const kraftfile = await (0,_build_files_js__WEBPACK_IMPORTED_MODULE_3__/* .firstFile */ .FX)(request.projectDir, KRAFTFILES);
        const make = await makeProject(request.projectDir);
        if (!make || request.kraftfile) {
            throw (0,_build_files_js__WEBPACK_IMPORTED_MODULE_3__/* .toolchainError */ .uN)('unikraft', kraftfile || request.kraftfile
                ? `\`kraft\` is not on PATH: ${KRAFT_INSTALL}`
                : `${request.projectDir} has neither a Kraftfile nor a Makefile using UK_ROOT with a .config or defconfig`);
        }
        const configure = make.config ? [] : [{ argv: ['make', `UK_DEFCONFIG=${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(request.projectDir, 'defconfig')}`, 'defconfig'] }];
        return [...configure, { argv: ['make', `-j${request.jobs}`] }];
    },
    async environment() {
        // kraft asks questions and checks for updates unless told not to (config/config.go).
        return { env: { KRAFTKIT_NO_PROMPT: 'true', KRAFTKIT_NO_CHECK_UPDATES: 'true', KRAFTKIT_LOG_TYPE: 'basic', KRAFTKIT_NO_COLOR: 'true' }, notes: [] };
    },
    async declaredRootfs(request) {
        const path = kraftfilePath(request);
        if (!path)
            return undefined;
        const rootfs = (0,_kraftfile_js__WEBPACK_IMPORTED_MODULE_4__/* .kraftfileRootfs */ .mi)(await (0,_kraftfile_js__WEBPACK_IMPORTED_MODULE_4__/* .readKraftfile */ .tF)(path), request.projectDir);
        if (!rootfs)
            return undefined;
        return { source: rootfs.source, ...(isRootfsFormat(rootfs.type) ? { format: rootfs.type } : {}) };
    },
    buildsRootfs: (request) => kraftBuilds(request) !== undefined,
    async locate(request) {
        const path = kraftBuilds(request);
        const kraftfile = path ? await (0,_kraftfile_js__WEBPACK_IMPORTED_MODULE_4__/* .readKraftfile */ .tF)(path) : undefined;
        const found = kraftfile ? await locateKraftBuild(request, kraftfile) : await locateMakeBuild(request);
        const cmdline = kraftfile ? (0,_kraftfile_js__WEBPACK_IMPORTED_MODULE_4__/* .kraftfileCmdline */ .bk)(kraftfile) : undefined;
        if (cmdline !== undefined)
            found.cmdline = cmdline;
        if (request.debug) {
            if (!found.debugKernel) {
                throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .inputError */ .Xu)('debug', `is true but the ${request.target.platform}/${request.target.arch} build left no unstripped kernel ` +
                    `(${found.lookedForDebug ?? 'a runtime: package ships none'})`);
            }
        }
        else
            delete found.debugKernel;
        delete found.lookedForDebug;
        return found;
    },
    cache: (request) => ({
        paths: [
            (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(request.projectDir, '.unikraft'),
            (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(request.projectDir, 'workdir', 'build'),
            (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(request.env.XDG_DATA_HOME ?? (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(request.env.HOME ?? (0,node_os__WEBPACK_IMPORTED_MODULE_1__.homedir)(), '.local', 'share'), 'kraftkit')
        ],
        keyFiles: [...KRAFTFILES, ...kraftfileKey(request), 'Makefile', 'Makefile.uk', 'Config.uk', '.config', 'defconfig']
    }),
    bootHints: () => ({
        // kraft run's default memory (internal/cli/kraft/run/run.go).
        memory: '64M',
        // The POWEREDBY and MINIMAL banners print "Powered by", the CLASSIC one "Welcome to" (lib/ukboot).
        expect: ['Powered by|Welcome to']
    })
};


/***/ }),

/***/ 46140:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   aY: () => (/* binding */ findOnPath),
/* harmony export */   ci: () => (/* binding */ outputTail),
/* harmony export */   wt: () => (/* binding */ privileged),
/* harmony export */   yL: () => (/* binding */ SpawnRunner)
/* harmony export */ });
/* harmony import */ var _runtime_files_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(68560);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(31421);


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

/***/ 15440:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  YV: () => (/* binding */ VMM_NAMES),
  xs: () => (/* binding */ vmmDriver),
  rs: () => (/* binding */ vmmForKernel),
  CO: () => (/* binding */ vmmNamesWhere),
  py: () => (/* binding */ vmmOfPlatform)
});

// UNUSED EXPORTS: DEFAULT_VMM, VMM_DRIVERS, isVmmName

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(76760);
// EXTERNAL MODULE: ./build/kernel/format.js
var format = __nccwpck_require__(30117);
// EXTERNAL MODULE: ./build/runtime/errors.js
var errors = __nccwpck_require__(84704);
;// CONCATENATED MODULE: ./build/vmm/firecracker.js



/** What a Linux guest boots with when no cmdline is given; `reboot=k` makes a guest reboot end the VMM. */
const FIRECRACKER_DEFAULT_BOOT_ARGS = 'console=ttyS0 reboot=k panic=1';
function firecrackerConfig(spec) {
    return {
        'boot-source': {
            kernel_image_path: spec.kernel,
            ...(spec.initrd ? { initrd_path: spec.initrd } : {}),
            // Always given: without boot_args Firecracker passes its own Linux command line
            // (vmm/src/vmm_config/boot_source.rs DEFAULT_KERNEL_CMDLINE), which a unikernel reads as its
            // own arguments (a Mirage unikraft-firecracker kernel exits 64 on them).
            boot_args: spec.cmdline ?? ((0,format/* isLinuxKernel */.G)(spec.kernelInfo) ? FIRECRACKER_DEFAULT_BOOT_ARGS : '')
        },
        // Not root devices: Firecracker would append `root=/dev/vda` to a unikernel's command line.
        drives: spec.disks.map((path, index) => ({ drive_id: `disk${index}`, path_on_host: path, is_root_device: false, is_read_only: false })),
        'machine-config': { vcpu_count: spec.cpus, mem_size_mib: spec.memoryMiB }
    };
}
function planFirecracker(spec) {
    // Its arm64 loader (rust-vmm linux-loader) takes only the raw Image; an ELF would fail inside Firecracker.
    if (spec.arch === 'arm64' && spec.kernelInfo.format !== 'arm64-image') {
        throw (0,errors/* inputError */.Xu)('kernel', `${spec.kernel} is an arm64 ${spec.kernelInfo.format === 'elf' ? 'ELF' : spec.kernelInfo.format}; ` +
            'Firecracker on arm64 boots only a raw Linux arm64 Image (arch/arm64/boot/Image), or use vmm: qemu');
    }
    if (spec.ports.length > 0) {
        throw (0,errors/* inputError */.Xu)('ports', 'firecracker cannot forward ports: its guests reach the network only through a tap device, or boot with vmm: qemu');
    }
    const configPath = (0,external_node_path_.join)(spec.workDir, 'firecracker.json');
    // Firecracker logs to stdout unless given a log file, and stdout is the guest's console here. The
    // file is planned empty: releases before 1.14 open it without creating it (v1.16.1 creates it).
    const logPath = (0,external_node_path_.join)(spec.workDir, 'firecracker.log');
    return {
        command: spec.vmmBinary,
        args: ['--no-api', '--config-file', configPath, '--log-path', logPath, ...spec.extraArgs],
        files: [
            { path: configPath, content: `${JSON.stringify(firecrackerConfig(spec), null, 2)}\n` },
            { path: logPath, content: '' }
        ]
    };
}
/** main.rs's `MainError::RunWithoutApiError(RunWithoutApiError::Shutdown(code))`, as `Error: {err:?}` prints it. */
const GUEST_STOPPED = /RunWithoutApiError\(Shutdown\(/;
/**
 * Firecracker ends a failed start with `Error: …` on stderr and a non-zero status (src/firecracker/src/main.rs),
 * and aborts on a panic (an unreadable config file, for one). `RunWithoutApiError(Shutdown(…))` is not
 * Firecracker failing but the microVM it ran stopping on a fault (a triple fault): the guest's end,
 * which the exit decoding reports as a crash.
 */
function firecrackerFailure(exit, stderr) {
    const lines = stderr.split('\n').map((line) => line.trim());
    const panic = lines.filter((line) => line.includes('panicked at'));
    if (panic.length > 0)
        return panic.join('\n');
    if (exit.status === null || exit.status === 0)
        return undefined;
    const errors = lines.filter((line) => /\berror\b/i.test(line) && !GUEST_STOPPED.test(line));
    return errors.length > 0 ? errors.join('\n') : undefined;
}
const firecracker = {
    name: 'firecracker',
    binary: () => 'firecracker',
    setupTool: 'firecracker',
    platform: 'fc',
    acceleration: 'required',
    supportsPorts: false,
    netBacking: 'tap',
    // x86_64: an uncompressed vmlinux-style ELF or a PVH ELF (its loader takes no bzImage); arm64: the
    // Linux Image format (its arm64 loader takes no ELF).
    formats: ['elf', 'arm64-image'],
    unpacks: [],
    // Its exit status says only whether the microVM stopped cleanly (FcExitCode), never the guest's code.
    exitChannel: 'none',
    plan: planFirecracker,
    vmmFailure: firecrackerFailure
};

// EXTERNAL MODULE: ./build/vmm/qemu.js + 1 modules
var qemu = __nccwpck_require__(15037);
// EXTERNAL MODULE: ./build/kernel/solo5-abi.js
var solo5_abi = __nccwpck_require__(28393);
;// CONCATENATED MODULE: ./build/vmm/solo5.js


/**
 * `solo5-<tender> [--mem=MiB] [--block:NAME=PATH…] [--net:NAME=TAP…] [vmm-args…] -- KERNEL [ARGS…]`
 * (Solo5/solo5 tenders/spt/spt_main.c: options, then KERNEL, then the unikernel's arguments).
 */
function planTender(name, spec) {
    if (spec.ports.length > 0) {
        throw (0,errors/* inputError */.Xu)('ports', `${name} cannot forward ports: a Solo5 tender reaches the network only through a tap device ` +
            '(probe the guest at its address on the tap link the boot creates), or boot with vmm: qemu');
    }
    if (!spec.devices && spec.disks.length > 1) {
        throw (0,errors/* inputError */.Xu)('disk', `${name} attaches one block device (\`storage\`), got ${spec.disks.length}; attach others with \`--block:<name>=<path>\` in vmm-args`);
    }
    if (spec.initrd)
        throw (0,errors/* inputError */.Xu)('initrd', `${name} loads the unikernel alone; it has no initrd`);
    if (spec.cpus > 1)
        throw (0,errors/* inputError */.Xu)('cpus', `${name} runs a Solo5 unikernel on one vCPU, got ${spec.cpus}`);
    const args = [`--mem=${spec.memoryMiB}`];
    if (spec.disks.length === 1)
        args.push(`--block:storage=${spec.disks[0]}`);
    // The tender attaches a device by the name the kernel's manifest gives it (tenders/common/mft.c).
    for (const device of spec.devices ?? []) {
        if (device.kind === 'block')
            args.push(`--block:${device.name}=${device.path}`);
        else if (tapInArgs(spec.extraArgs, device.name) !== undefined)
            continue;
        else if (device.tap)
            args.push(`--net:${device.name}=${device.tap}`);
        else {
            throw (0,errors/* inputError */.Xu)('net', `${spec.kernel} declares the net device \`${device.name}\`, which ${name} attaches only to a tap device: ` +
                `name one with \`net: ${device.name}=<tap>\`, or boot its virtio build with vmm: qemu for user networking`);
        }
    }
    // Tender options must precede `--`: anything after the kernel path goes to the unikernel.
    args.push(...spec.extraArgs, '--', spec.kernel, ...splitCmdline(spec.cmdline));
    return { command: spec.vmmBinary, args, files: [] };
}
/** `--net:NAME=TAP` in the user's tender options: the tap they attach the net device NAME to. */
function tapInArgs(args, device) {
    const prefix = `--net:${device}=`;
    return args.find((arg) => arg.startsWith(prefix))?.slice(prefix.length);
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
function tender(name, target, acceleration) {
    return {
        name,
        binary: () => name,
        setupTool: 'solo5',
        platform: target,
        acceleration,
        supportsPorts: false,
        netBacking: 'tap',
        tapInArgs: (args, device) => tapInArgs(args, device),
        formats: ['elf'],
        unpacks: [],
        // The tender exits with the guest's status (255: abort).
        exitChannel: 'process-status',
        // A Solo5 kernel runs only on the tender its ABI note names.
        claims: (kernel) => kernel.elf !== undefined && (0,solo5_abi/* solo5AbiTarget */.wr)(kernel.elf) === target,
        plan: (spec) => planTender(name, spec),
        vmmFailure: tenderFailure
    };
}
/** seccomp-sandboxed process: needs no KVM. */
const solo5Spt = tender('solo5-spt', 'spt', 'none');
const solo5Hvt = tender('solo5-hvt', 'hvt', 'required');

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
    setupTool: 'uhyve',
    platform: 'uhyve',
    acceleration: 'required',
    supportsPorts: false,
    netBacking: 'tap',
    formats: ['elf'],
    unpacks: [],
    exitChannel: 'process-status',
    plan: planUhyve,
    vmmFailure: uhyveFailure
};

;// CONCATENATED MODULE: ./build/vmm/drivers.js




/** One line per VMM: its `vmm` name and its driver. The names, the input's choices and the docs' tables all come from here. */
const DRIVERS = {
    qemu: qemu/* qemu */.rL,
    'solo5-spt': solo5Spt,
    'solo5-hvt': solo5Hvt,
    firecracker: firecracker,
    uhyve: uhyve
};
const VMM_NAMES = Object.keys(DRIVERS);
const VMM_DRIVERS = Object.values(DRIVERS);
/** What `vmm: auto` boots when neither an image descriptor nor the kernel names a VMM. */
const DEFAULT_VMM = 'qemu';
function isVmmName(value) {
    return Object.hasOwn(DRIVERS, value);
}
function vmmDriver(name) {
    return DRIVERS[name];
}
/** The VMM that boots a build target platform's images; undefined for build-only platforms. */
function vmmOfPlatform(platform) {
    return VMM_NAMES.find((name) => DRIVERS[name].platform === platform);
}
/** `vmm: auto` without a descriptor: the VMM a kernel says it was built for, else the default. */
function vmmForKernel(kernel) {
    return VMM_NAMES.find((name) => DRIVERS[name].claims?.(kernel)) ?? DEFAULT_VMM;
}
/** The names of the VMMs with a capability, for messages and docs: `qemu, solo5-spt`. */
function vmmNamesWhere(test) {
    return VMM_NAMES.filter((name) => test(DRIVERS[name])).join(', ');
}


/***/ }),

/***/ 63742:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  jZ: () => (/* binding */ HostKvm),
  RR: () => (/* binding */ kvmUnusableFor),
  Fu: () => (/* binding */ resolveAccel)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(73024);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __nccwpck_require__(31421);
// EXTERNAL MODULE: ./build/runtime/errors.js
var errors = __nccwpck_require__(84704);
// EXTERNAL MODULE: ./build/tools/commands.js
var commands = __nccwpck_require__(46140);
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

// EXTERNAL MODULE: ./build/vmm/drivers.js + 3 modules
var drivers = __nccwpck_require__(15440);
// EXTERNAL MODULE: ./build/platform.js
var platform = __nccwpck_require__(7997);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(76760);
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
    if (driver.acceleration === 'none')
        return 'none';
    const required = driver.acceleration === 'required';
    const host = (0,platform/* hostArch */.LY)();
    if (target && target.arch !== host) {
        // KVM runs guests of the host's own architecture only: no /dev/kvm to probe, no vCPU check to run.
        const why = `KVM cannot run an ${target.arch} guest on this ${host ?? process.arch} host`;
        const emulators = (0,drivers/* vmmNamesWhere */.CO)((d) => d.acceleration === 'optional');
        if (required)
            throw (0,errors/* inputError */.Xu)('vmm', `${driver.name} needs KVM, but ${why}; use ${emulators}, which can emulate it`);
        if (request === 'kvm')
            throw (0,errors/* inputError */.Xu)('accel', `kvm was requested, but ${why}`);
        logger.info(`${why}: booting under TCG emulation`);
        return 'tcg';
    }
    let usable = await kvm.usable();
    if (!usable && request !== 'tcg' && (await kvm.present()))
        usable = await kvm.enable(logger);
    const why = await kvmUnusableFor(driver, kvm, request === 'tcg' ? undefined : target, usable);
    if (why === undefined && request !== 'tcg')
        return 'kvm';
    if (required) {
        const because = why === undefined ? '`accel` is tcg' : why + (request === 'tcg' ? ' (and `accel` is tcg)' : '');
        throw (0,errors/* inputError */.Xu)('vmm', `${driver.name} needs KVM, but ${because}; use a runner with KVM, ` +
            `or a VMM that runs without it (${(0,drivers/* vmmNamesWhere */.CO)((d) => d.acceleration !== 'required')})`);
    }
    if (request === 'kvm')
        throw (0,errors/* inputError */.Xu)('accel', `kvm was requested, but ${why}`);
    if (request === 'auto')
        logger.warning(`KVM is not usable (${why}); booting under TCG emulation, which is much slower`, { title: 'No KVM' });
    return 'tcg';
}
/**
 * Boot's own test of whether `driver` can use KVM here: /dev/kvm opens (`usable`, when already known)
 * and, for a VMM that can prove it on `target`, runs a vCPU. Returns why not, or undefined when it can.
 */
async function kvmUnusableFor(driver, kvm, target, usable) {
    if (!(usable ?? (await kvm.usable())))
        return (await kvm.present()) ? '/dev/kvm exists but this user cannot open it' : 'there is no /dev/kvm on this machine';
    if (driver.checkKvm && target) {
        const broken = await cachedKvmCheck(driver, target);
        if (broken)
            return `/dev/kvm opens but cannot run a vCPU (${broken})`;
    }
    return undefined;
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


/***/ }),

/***/ 15037:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Nb: () => (/* binding */ QEMU_BINARIES),
  NT: () => (/* binding */ QEMU_PACKAGES),
  rL: () => (/* binding */ qemu)
});

// UNUSED EXPORTS: QMP_FD, qemuConfig, renderQemuArgs

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __nccwpck_require__(31421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(76760);
// EXTERNAL MODULE: ./build/kernel/elf.js
var kernel_elf = __nccwpck_require__(19953);
;// CONCATENATED MODULE: ./build/kernel/elf32.js


const FOUR_GIB = 2 ** 32;
/**
 * Re-wraps a 64-bit ELF kernel with a Multiboot header as an ELF32 file: QEMU's Multiboot loader
 * refuses ELF64 ("Cannot load x86-64 image, give a 32bit one") although the entry is 32-bit code.
 * Unikraft's build does the same with `ELF64_TO_32`. Only loadable and note segments are kept.
 */
function elf64ToElf32(data, elf) {
    const kept = elf.segments.filter((s) => s.type === kernel_elf/* PT_LOAD */.M || s.type === kernel_elf/* PT_NOTE */.SH);
    const address = (s) => (s.vaddr < FOUR_GIB ? s.vaddr : s.paddr);
    for (const segment of kept) {
        if (address(segment) + segment.memsz > FOUR_GIB || segment.paddr + segment.memsz > FOUR_GIB) {
            throw new Error(`segment at 0x${segment.vaddr.toString(16)} lies above 4 GiB and cannot be loaded by a 32-bit Multiboot loader`);
        }
    }
    const entrySegment = kept.find((s) => s.type === kernel_elf/* PT_LOAD */.M && elf.entry >= s.vaddr && elf.entry < s.vaddr + s.memsz);
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
    out.writeUInt16LE(kernel_elf/* EM_386 */.$W, 18);
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

// EXTERNAL MODULE: ./build/kernel/format.js
var format = __nccwpck_require__(30117);
// EXTERNAL MODULE: ./build/runtime/errors.js
var errors = __nccwpck_require__(84704);
;// CONCATENATED MODULE: ./build/vmm/qemu.js







/** QMP's descriptor in QEMU: the first after stdin, stdout (the console) and stderr. */
const QMP_FD = 3;
const MACHINE = { x86_64: 'q35', arm64: 'virt' };
const QEMU_BINARIES = { x86_64: 'qemu-system-x86_64', arm64: 'qemu-system-aarch64' };
/** The Debian and Ubuntu packages of each QEMU; qemu-system-arm carries qemu-system-aarch64. */
const QEMU_PACKAGES = { x86_64: 'qemu-system-x86', arm64: 'qemu-system-arm' };
/**
 * q35's bus 0 has its host bridge at slot 0 and the LPC/SATA/SMBus functions at 0x1f. Solo5's virtio
 * binding scans function 0 of each slot, bus by bus, and matches the n-th virtio device it finds to the
 * n-th entry of its manifest (bindings/virtio/pci.c), so declared devices sit at slots 1, 2, … in order.
 */
const FIRST_DEVICE_SLOT = 1;
const LAST_DEVICE_SLOT = 0x1e;
/** The kernel's declared devices as PCI devices in its order: virtio-blk for a block device, a user-networking virtio-net for a net device. */
function declaredDeviceConfig(spec, devices) {
    const room = LAST_DEVICE_SLOT - FIRST_DEVICE_SLOT + 1;
    if (devices.length > room) {
        throw (0,errors/* inputError */.Xu)(devices.some((d) => d.kind === 'block') ? 'disk' : 'network', `${spec.kernel} declares ${devices.length} devices; QEMU's q35 machine has room for ${room} PCI devices where ` +
            `a Solo5 virtio kernel looks for them (boot it with solo5-hvt or solo5-spt)`);
    }
    const disks = [];
    const nics = [];
    devices.forEach((device, index) => {
        const pciSlot = FIRST_DEVICE_SLOT + index;
        if (device.kind === 'block')
            disks.push({ path: device.path, format: diskFormatOf(device.path), pciSlot });
        else
            nics.push({ restrict: spec.network !== 'open', forwards: nics.length === 0 ? spec.ports : [], device: 'virtio-net-pci', pciSlot });
    });
    return { disks, nics };
}
/**
 * Where a module goes on the virt machine: RAM starts at 1 GiB, and hermit-os/loader's documented
 * command line puts the application 128 MiB above it (`guest-loader,addr=0x48000000`, README, xtask/src/ci/qemu.rs).
 */
const VIRT_MODULE_ADDR = 0x48000000;
function qemuConfig(spec) {
    const disk = (0,format/* isDisk */.oT)(spec.kernelInfo);
    // A disk without boot code (Nanos on arm64) boots with its kernel beside it, and is that kernel's block device.
    const bootDisk = disk
        ? [{ path: spec.kernel, format: spec.kernelInfo.format === 'qcow2' ? 'qcow2' : 'raw', ownDevice: spec.diskKernel !== undefined }]
        : [];
    const disks = [...bootDisk, ...spec.disks.map((path) => ({ path, format: diskFormatOf(path) }))];
    if (disk && (spec.initrd || spec.cmdline)) {
        throw (0,errors/* inputError */.Xu)(spec.initrd ? 'initrd' : 'cmdline', `${spec.kernel} is a disk image booted by ${spec.diskKernel ? 'the kernel beside it' : 'firmware'}; ` +
            `it takes no ${spec.initrd ? 'initrd' : 'command line'}`);
    }
    // On the virt machine QEMU hands -initrd only to a Linux kernel (an arm64 Image); an ELF kernel (Hermit's
    // loader) finds its second file as a multiboot module in the device tree.
    const initrdAsModule = spec.initrd !== undefined && spec.arch === 'arm64' && spec.kernelInfo.format === 'elf';
    return {
        machine: MACHINE[spec.arch],
        ...(spec.arch === 'arm64' && spec.gicVersion ? { gicVersion: spec.gicVersion } : {}),
        semihosting: spec.arch === 'arm64' && spec.semihosting === true,
        accel: spec.accel === 'kvm' ? 'kvm' : 'tcg',
        cpu: spec.accel === 'kvm' ? 'host' : 'max',
        memoryMiB: spec.memoryMiB,
        cpus: spec.cpus,
        kernel: disk ? spec.diskKernel : spec.kernel,
        initrd: initrdAsModule ? undefined : spec.initrd,
        modules: initrdAsModule ? [{ path: spec.initrd, addr: VIRT_MODULE_ADDR }] : [],
        append: spec.cmdline,
        ...(spec.devices
            ? declaredDeviceConfig(spec, spec.devices)
            : {
                disks,
                nics: spec.network === 'none' ? [] : [{ restrict: spec.network === 'restricted', forwards: spec.ports, device: 'virtio-net-pci' }]
            }),
        // isa-debug-exit is an ISA device: x86 only.
        exitDevices: spec.arch === 'x86_64' ? spec.exitDevices : [],
        qmpFd: QMP_FD,
        startPaused: true,
        extraArgs: spec.extraArgs
    };
}
/** Extension decides only for attached data disks; the boot disk's format comes from its magic bytes. */
function diskFormatOf(path) {
    return path.endsWith('.qcow2') ? 'qcow2' : 'raw';
}
function renderQemuArgs(config) {
    const args = ['-nodefaults', '-no-user-config', '-display', 'none', '-no-reboot'];
    args.push('-machine', config.gicVersion ? `${config.machine},gic-version=${config.gicVersion}` : config.machine, '-accel', config.accel, '-cpu', config.cpu);
    args.push('-m', `${config.memoryMiB}M`, '-smp', String(config.cpus));
    // Serial on stdout (a pipe the boot drains); `signal=off` so a ^C meant for us is not eaten by the chardev.
    args.push('-chardev', 'stdio,id=console,signal=off', '-serial', 'chardev:console');
    // QMP on a socket that is connected before QEMU starts (it inherits one end), and no socket file
    // (whose path a deep work directory could push past the 108-byte limit). The VM starts paused (-S):
    // QEMU sends events only after the capabilities handshake, and a guest that resets within its first
    // milliseconds would otherwise do so unseen. The engine writes the handshake and `cont` at once.
    args.push('-chardev', `socket,id=qmp,fd=${config.qmpFd}`, '-mon', 'chardev=qmp,mode=control');
    if (config.startPaused)
        args.push('-S');
    if (config.semihosting)
        args.push('-semihosting');
    for (const device of config.exitDevices) {
        args.push('-device', `isa-debug-exit,iobase=0x${device.iobase.toString(16)},iosize=0x${device.iosize.toString(16).padStart(2, '0')}`);
    }
    if (config.kernel)
        args.push('-kernel', config.kernel);
    if (config.initrd)
        args.push('-initrd', config.initrd);
    for (const module of config.modules)
        args.push('-device', `guest-loader,addr=0x${module.addr.toString(16)},initrd=${escapeOption(module.path)}`);
    if (config.append !== undefined && config.append !== '')
        args.push('-append', config.append);
    config.disks.forEach((disk, index) => {
        const file = `file=${escapeOption(disk.path)}`;
        if (disk.pciSlot === undefined && !disk.ownDevice) {
            args.push('-drive', `${file},if=virtio,format=${disk.format},index=${index}${index === 0 && !config.kernel ? ',media=disk' : ''}`);
        }
        else {
            args.push('-drive', `${file},if=none,id=disk${index},format=${disk.format}`);
            args.push('-device', `virtio-blk-pci,drive=disk${index}${disk.pciSlot === undefined ? '' : `,addr=${pciAddr(disk.pciSlot)}`}`);
        }
    });
    config.nics.forEach((nic, index) => {
        const forwards = nic.forwards.map((f) => `,hostfwd=tcp:127.0.0.1:${f.host}-:${f.guest}`).join('');
        args.push('-netdev', `user,id=net${index}${nic.restrict ? ',restrict=on' : ''}${forwards}`);
        // romfile= : no PXE option ROM (distributions ship it in a separate, often absent package; -kernel needs none).
        args.push('-device', `${nic.device},netdev=net${index},romfile=${nic.pciSlot === undefined ? '' : `,addr=${pciAddr(nic.pciSlot)}`}`);
    });
    args.push(...config.extraArgs);
    return args;
}
function pciAddr(slot) {
    return `0x${slot.toString(16)}`;
}
/** QEMU option values escape a comma by doubling it. */
function escapeOption(value) {
    return value.replaceAll(',', ',,');
}
/**
 * QEMU's Multiboot loader refuses a 64-bit ELF, so a 64-bit Multiboot kernel boots from an ELF32
 * re-wrap of it; a PVH note needs nothing (QEMU reads it from either class); a 64-bit ELF with neither
 * cannot be booted with -kernel at all.
 */
async function adaptQemuKernel({ path, info, workDir, input, logger }) {
    const elf = info.elf;
    if (!elf || elf.class !== 64 || info.arch !== 'x86_64')
        return path;
    if (elf.multiboot && !elf.multiboot.aoutKludge) {
        const wrapped = (0,external_node_path_.join)(workDir, 'kernel.elf32');
        try {
            await external_node_fs_.promises.writeFile(wrapped, elf64ToElf32(await external_node_fs_.promises.readFile(path), elf));
        }
        catch (error) {
            throw (0,errors/* inputError */.Xu)(input, `${path} is a 64-bit Multiboot ELF that cannot be re-wrapped for QEMU: ${error.message}`);
        }
        logger.info(`${path} is a 64-bit Multiboot ELF; QEMU loads only 32-bit ones, so it boots from an ELF32 re-wrap`);
        return wrapped;
    }
    if (elf.multiboot || (0,kernel_elf/* hasPvhNote */.h5)(elf))
        return path;
    throw (0,errors/* inputError */.Xu)(input, `${path} is a 64-bit ELF with neither a Multiboot header nor a PVH note, which QEMU cannot boot with -kernel ` +
        `(use a bzImage, a PVH kernel, or vmm: firecracker)`);
}
const qemu = {
    name: 'qemu',
    binary: (arch) => QEMU_BINARIES[arch],
    setupTool: 'qemu',
    osPackage: (arch) => QEMU_PACKAGES[arch],
    platform: 'qemu',
    acceleration: 'optional',
    supportsPorts: true,
    netBacking: 'user-networking',
    formats: ['elf', 'bzimage', 'arm64-image', 'mbr', 'qcow2'],
    // The virt machine inflates a gzipped Image itself; an EFI zboot one only firmware would run.
    unpacks: ['gzip'],
    exitChannel: 'debug-exit',
    adaptKernel: adaptQemuKernel,
    plan(spec) {
        const config = qemuConfig(spec);
        return {
            command: spec.vmmBinary,
            args: renderQemuArgs(config),
            files: [],
            control: { protocol: 'qmp', fd: config.qmpFd, startsPaused: config.startPaused },
            ...(config.semihosting ? { exitChannel: 'semihosting' } : {})
        };
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


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		id: moduleId,
/******/ 		loaded: false,
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Flag the module as loaded
/******/ 	module.loaded = true;
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/node module decorator */
/******/ (() => {
/******/ 	__nccwpck_require__.nmd = (module) => {
/******/ 		module.paths = [];
/******/ 		if (!module.children) module.children = [];
/******/ 		return module;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		8792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  C: () => (/* reexport */ runAction),
  a: () => (/* binding */ runCli)
});

// EXTERNAL MODULE: ./build/runtime/workflow-commands.js
var workflow_commands = __nccwpck_require__(68685);
// EXTERNAL MODULE: ./build/runtime/context.js + 2 modules
var runtime_context = __nccwpck_require__(62413);
// EXTERNAL MODULE: ./build/runtime/errors.js
var errors = __nccwpck_require__(84704);
;// CONCATENATED MODULE: ./build/actions/run.js



/** Each action's entry points; adding an action is one line here and one `actions/<name>/action.yml`. */
const ACTIONS = {
    pipeline: { main: async () => (await __nccwpck_require__.e(/* import() */ 9161).then(__nccwpck_require__.bind(__nccwpck_require__, 39161))).pipelineAction, post: async () => (await __nccwpck_require__.e(/* import() */ 9161).then(__nccwpck_require__.bind(__nccwpck_require__, 39161))).pipelinePost },
    setup: { main: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(6752), __nccwpck_require__.e(4942), __nccwpck_require__.e(2088), __nccwpck_require__.e(8545)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8545))).setupAction, post: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(6752), __nccwpck_require__.e(4942), __nccwpck_require__.e(2088), __nccwpck_require__.e(8545)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8545))).setupPost },
    build: { main: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(8697), __nccwpck_require__.e(8917), __nccwpck_require__.e(8130), __nccwpck_require__.e(9015)]).then(__nccwpck_require__.bind(__nccwpck_require__, 49015))).buildAction, post: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(8697), __nccwpck_require__.e(8917), __nccwpck_require__.e(8130), __nccwpck_require__.e(9015)]).then(__nccwpck_require__.bind(__nccwpck_require__, 49015))).buildPost },
    publish: { main: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(6499), __nccwpck_require__.e(8726), __nccwpck_require__.e(414)]).then(__nccwpck_require__.bind(__nccwpck_require__, 87653))).publishAction },
    sign: { main: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(8697), __nccwpck_require__.e(8917), __nccwpck_require__.e(8726), __nccwpck_require__.e(5903), __nccwpck_require__.e(9046)]).then(__nccwpck_require__.bind(__nccwpck_require__, 89046))).signAction },
    verify: { main: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(8697), __nccwpck_require__.e(8917), __nccwpck_require__.e(5903), __nccwpck_require__.e(9284)]).then(__nccwpck_require__.bind(__nccwpck_require__, 79284))).verifyAction },
    // `eager`: boot's modules ride in the entry chunk (dist/index.js) and are evaluated only here. A boot
    // is timed against bare QEMU, and three separately imported chunks (boot's own and the ones the
    // bundler splits out as shared with build and publish) cost it ~4 ms; the other actions pay ~2 ms
    // of parsing for it (bench/README.md, "Third round").
    boot: {
        main: async () => (await Promise.resolve(/* import() eager */).then(__nccwpck_require__.bind(__nccwpck_require__, 2476))).bootAction,
        post: async () => (await Promise.resolve(/* import() eager */).then(__nccwpck_require__.bind(__nccwpck_require__, 2476))).bootPost
    }
};
/** Runs one action phase under the runner: one try/catch, configuration errors reported as such. */
async function runAction(name, phase) {
    const commands = new workflow_commands/* WorkflowCommands */.A();
    const fail = (message) => {
        process.exitCode = 1;
        commands.annotate('error', message);
    };
    const entry = ACTIONS[name]?.[phase];
    if (!entry)
        return fail(`unknown action phase ${name}/${phase}`);
    const context = (0,runtime_context/* actionsContext */.js)();
    try {
        const run = await entry();
        await run(context);
    }
    catch (error) {
        if ((0,errors/* isConfigurationError */.p0)(error) || error instanceof errors/* CheckFailedError */.CO)
            fail((0,errors/* errorMessage */.gJ)(error));
        else {
            commands.debug(error instanceof Error && error.stack ? error.stack : String(error));
            fail(`${name} failed: ${(0,errors/* errorMessage */.gJ)(error)}`);
        }
    }
}

;// CONCATENATED MODULE: ./build/index.js
// The single bundle's entry: every action and the CLI share it (dist/index.js), so dependencies are
// bundled once; `dist/<action>-main.js` and friends are two-line stubs generated by the build.
// What this file pulls in statically is parsed by every action's start, so the CLI's own code loads
// on demand; boot's code sits in this chunk for the reason given in actions/run.ts.

async function runCli(argv) {
    return (await __nccwpck_require__.e(/* import() */ 7648).then(__nccwpck_require__.bind(__nccwpck_require__, 17648))).runCli(argv);
}

var __webpack_exports__runAction = __webpack_exports__.C;
var __webpack_exports__runCli = __webpack_exports__.a;
export { __webpack_exports__runAction as runAction, __webpack_exports__runCli as runCli };
