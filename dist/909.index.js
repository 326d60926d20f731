export const id = 909;
export const ids = [909];
export const modules = {

/***/ 55909:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  BOOT_INPUTS: () => (/* binding */ BOOT_INPUTS),
  bootAction: () => (/* binding */ bootAction),
  bootPost: () => (/* binding */ bootPost),
  readBootOptions: () => (/* binding */ readBootOptions)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:perf_hooks"
var external_node_perf_hooks_ = __webpack_require__(643);
// EXTERNAL MODULE: ./build/runtime/process-group.js
var process_group = __webpack_require__(1836);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(77030);
;// CONCATENATED MODULE: ./build/vmm/qmp.js


/**
 * A QMP endpoint QEMU connects to (`-qmp unix:PATH` as a client). We listen before QEMU starts, so
 * no event is missed, however fast the guest is. Only events matter: SHUTDOWN tells a guest reset
 * (triple fault under -no-reboot) from a poweroff, GUEST_PANICKED reports pvpanic.
 */
class QmpListener {
    path;
    events;
    server;
    socket;
    shutdownReason;
    panicked = false;
    connected = false;
    markDisconnected;
    disconnected = new Promise((resolve) => (this.markDisconnected = resolve));
    constructor(path, events = {}) {
        this.path = path;
        this.events = events;
    }
    async listen() {
        await (0,promises_.rm)(this.path, { force: true });
        this.server = (0,external_node_net_.createServer)((socket) => this.accept(socket));
        this.server.unref();
        await new Promise((resolve, reject) => {
            this.server.once('error', reject);
            this.server.listen(this.path, () => resolve());
        });
    }
    /**
     * After QEMU exited: waits until its QMP connection has been read to the end, so an event QEMU
     * wrote just before exiting (SHUTDOWN on a triple fault) is never lost to the race with `exit`.
     */
    async drained(timeoutMs = 1000) {
        if (!this.connected)
            return;
        await Promise.race([this.disconnected, new Promise((r) => setTimeout(r, timeoutMs).unref())]);
    }
    accept(socket) {
        this.socket = socket;
        this.connected = true;
        socket.on('close', () => this.markDisconnected());
        socket.unref();
        let buffer = '';
        socket.setEncoding('utf8');
        socket.on('error', () => undefined);
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
    handle(line) {
        let message;
        try {
            message = JSON.parse(line);
        }
        catch {
            return;
        }
        if (message.QMP) {
            this.socket?.write('{"execute":"qmp_capabilities"}\n');
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
    async close() {
        this.socket?.destroy();
        await new Promise((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
        await (0,promises_.rm)(this.path, { force: true });
    }
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

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(44708);
// EXTERNAL MODULE: ./build/runtime/errors.js
var errors = __webpack_require__(84704);
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
/** One attempt. Connection errors, timeouts and 5xx are worth retrying; a wrong 2xx body is definitive. */
function probeOnce(target, options, signal) {
    return target.url.protocol === 'tcp:' ? tcpAttempt(target.url, options, signal) : httpAttempt(target.url, options, signal);
}
function httpAttempt(url, options, signal) {
    return new Promise((resolve) => {
        const request = (url.protocol === 'https:' ? external_node_https_.request : external_node_http_.request)(url, { method: 'GET', agent: false, signal, timeout: options.attemptTimeoutMs, rejectUnauthorized: false, headers: { connection: 'close' } }, (response) => {
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
 * it once the guest refuses), so a bare connect proves nothing: the guest must send data, or the
 * connection must stay open for `tcpHoldMs`.
 */
function tcpAttempt(url, options, signal) {
    return new Promise((resolve) => {
        const socket = (0,external_node_net_.connect)({ host: url.hostname.replace(/^\[|\]$/g, ''), port: Number(url.port), signal });
        let settled = false;
        const settle = (outcome) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(timer);
            socket.destroy();
            resolve(outcome);
        };
        let timer = setTimeout(() => settle({ kind: 'retry', detail: 'connect timed out' }), options.attemptTimeoutMs);
        socket.on('connect', () => {
            clearTimeout(timer);
            timer = setTimeout(() => settle({ kind: 'passed', detail: `tcp ${url.host} stayed open` }), options.tcpHoldMs);
        });
        socket.on('data', () => settle({ kind: 'passed', detail: `tcp ${url.host} sent data` }));
        socket.on('end', () => settle({ kind: 'retry', detail: 'connection closed by the guest side' }));
        socket.on('close', () => settle({ kind: 'retry', detail: 'connection closed' }));
        socket.on('error', (error) => settle({ kind: 'retry', detail: error.message }));
    });
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
/**
 * Boots once and reaches a verdict as early as it can be known: a crash line or a failed probe ends
 * the boot at once, a server is stopped as soon as every expectation and probe passed, and the
 * deadline kills the VMM's whole process group.
 */
async function bootAndJudge(request) {
    const { driver, spec, profile, logger } = request;
    const plan = driver.plan(spec);
    for (const file of plan.files)
        await (0,promises_.writeFile)(file.path, file.content);
    const timeline = [];
    let started = 0;
    const mark = (event) => timeline.push({ atMs: Math.round(external_node_perf_hooks_.performance.now() - started), event });
    let verdict;
    let settle;
    const settled = new Promise((resolve) => (settle = resolve));
    const decide = (result, reason) => {
        if (verdict)
            return;
        verdict = { result, reason, atMs: external_node_perf_hooks_.performance.now() - started };
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
    const qmp = plan.qmpSocket
        ? new QmpListener(plan.qmpSocket, {
            onShutdown: (reason) => mark(`shutdown (${reason})`),
            onPanic: () => decide('crashed', 'the guest panicked (GUEST_PANICKED)')
        })
        : undefined;
    await qmp?.listen();
    const rawConsole = (0,external_node_path_.join)(spec.workDir, 'console.raw');
    const stderrPath = (0,external_node_path_.join)(spec.workDir, 'vmm.stderr');
    const consoleFd = (0,external_node_fs_.openSync)(rawConsole, 'w');
    const stderrFd = (0,external_node_fs_.openSync)(stderrPath, 'w');
    logger.info(`${plan.command} ${plan.args.map(quoteForLog).join(' ')}`);
    started = external_node_perf_hooks_.performance.now();
    const group = new process_group/* ProcessGroup */.P(plan.command, plan.args, { stdio: ['ignore', consoleFd, stderrFd], cwd: spec.workDir });
    (0,external_node_fs_.closeSync)(consoleFd);
    (0,external_node_fs_.closeSync)(stderrFd);
    mark('VMM spawned');
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
    async function runProbe(target, index) {
        let last = '';
        while (!verdict && !probeController.signal.aborted) {
            const outcome = await probeOnce(target, { expectBody: request.probeExpect, attemptTimeoutMs: PROBE_ATTEMPT_TIMEOUT_MS, tcpHoldMs: TCP_HOLD_MS }, probeController.signal);
            if (verdict)
                return;
            if (outcome.kind === 'passed') {
                probesPassed.add(index);
                mark(`probe ${target.original} passed (${outcome.detail})`);
                maybePass();
                return;
            }
            if (outcome.kind === 'failed')
                return decide('failed', `probe ${target.original} failed: ${outcome.detail}`);
            if (outcome.detail !== last)
                logger.debug(`probe ${target.original}: ${outcome.detail}; retrying`);
            last = outcome.detail;
            await delay(PROBE_INTERVAL_MS, probeController.signal);
        }
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
        judgeExit(vmmExit);
    });
    function judgeExit(exit) {
        const decoded = profile.decodeExit({ vmm: driver.name, exit, console: watcher.content });
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
    await qmp?.close();
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
function delay(ms, signal) {
    return new Promise((resolve) => {
        const timer = setTimeout(resolve, ms);
        signal.addEventListener('abort', () => {
            clearTimeout(timer);
            resolve();
        }, { once: true });
    });
}
function quoteForLog(arg) {
    return /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replaceAll("'", `'\\''`)}'`;
}

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

// EXTERNAL MODULE: ./node_modules/@actions/io/lib/io.js
var io = __webpack_require__(88701);
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
    const limit = Math.min(data.length - 12, 8192);
    for (let o = 0; o <= limit; o += 4) {
        if (data.readUInt32LE(o) !== MULTIBOOT_MAGIC)
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
    await writeFile(path, elf64ToElf32(data, elf));
    return path;
}
function align(n, to) {
    return Math.ceil(n / to) * to;
}

;// CONCATENATED MODULE: ./build/kernel/format.js




/** Reads the first bytes and says what kind of bootable file this is, by magic bytes alone. */
async function inspectKernel(path, input = 'kernel') {
    let head;
    try {
        const handle = await (0,promises_.open)(path, 'r');
        try {
            head = Buffer.alloc(1024);
            const { bytesRead } = await handle.read(head, 0, head.length, 0);
            head = head.subarray(0, bytesRead);
        }
        finally {
            await handle.close();
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
        throw (0,errors/* inputError */.Xu)(input, `${path} is not a bootable image: expected an ELF kernel, a Linux bzImage, an MBR disk or a qcow2 disk`);
    }
    if (format !== 'elf')
        return { format, arch: format === 'bzimage' || format === 'mbr' ? 'x86_64' : undefined };
    const elf = parseElf(await (0,promises_.readFile)(path));
    return { format, elf, arch: archOfMachine(elf.machine) };
}
function kernelFormatOf(head) {
    if (isElf(head))
        return 'elf';
    if (head.length >= 4 && head.readUInt32BE(0) === 0x514649fb)
        return 'qcow2';
    // A bzImage also ends its first sector with 55 AA, so its "HdrS" setup signature is checked first.
    if (head.length >= 0x206 && head.toString('latin1', 0x202, 0x206) === 'HdrS')
        return 'bzimage';
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
var reference = __webpack_require__(20907);
// EXTERNAL MODULE: ./build/runtime/units.js
var units = __webpack_require__(50200);
// EXTERNAL MODULE: ./build/runtime/inputs.js
var runtime_inputs = __webpack_require__(4634);
;// CONCATENATED MODULE: ./build/toolchains/exit-decoding.js
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

;// CONCATENATED MODULE: ./build/toolchains/custom.js

/** Anything else (a multiboot kernel, Linux): expect/probe decide, `(v << 1) | 1` is decoded when odd. */
const custom = {
    name: 'custom',
    // Linux's panic() prefix ("Kernel panic - not syncing: …").
    failOn: [/Kernel panic/],
    successCode: 0,
    exitDevices: (arch) => x86ExitDevices(arch, [DEBUG_EXIT_0X501, DEBUG_EXIT_0XF4]),
    decodeExit: (context) => decodeByVmm(context, {}),
    detect: () => false
};

;// CONCATENATED MODULE: ./build/toolchains/hermit.js

/** Hermit (hermit-rs): under QEMU it writes 1 on success (→ 3) and 0 on failure (→ 1); under uhyve the status is the code. */
const hermit = {
    name: 'hermit',
    // The panic handler prints "[<core>][PANIC] <info>" then shuts down with 1 (hermit-os/kernel src/lib.rs).
    failOn: [/\[PANIC\]/],
    successCode: 0,
    exitDevices: (arch) => x86ExitDevices(arch, [DEBUG_EXIT_0XF4]),
    // hermit-os/loader xtask/src/ci/qemu.rs accepts 0 or 3 as success.
    decodeExit: (context) => decodeByVmm(context, { qemu: { 1: exited(1), 3: exited(0) } }),
    // hermit-entry's entry-version note is named "HERMIT" (NT_HERMIT_ENTRY_VERSION 0x5a00).
    detect: (elf) => elf.notes.some((n) => n.name === 'HERMIT')
};

;// CONCATENATED MODULE: ./build/toolchains/solo5.js

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
        return crashed(`Solo5 abort (${abort[0]})`);
    const calls = [...context.console.matchAll(EXIT_LINE)];
    return exited(calls.length > 0 ? Number(calls[calls.length - 1][1]) : 0);
}
// Tenders exit with the guest's status; SOLO5_EXIT_ABORT is 255 (include/solo5.h).
const TENDER_RULES = { 255: crashed('Solo5 abort (tender exit status 255)') };
/** Solo5 (hvt, spt, virtio): shared with MirageOS, which runs on it. */
const solo5 = {
    name: 'solo5',
    failOn: [/Solo5: ABORT/, /Solo5: trap:/, /solo5_abort\(\) called/],
    successCode: 0,
    exitDevices: (arch) => x86ExitDevices(arch, [DEBUG_EXIT_0X501]),
    decodeExit: (context) => decodeByVmm(context, { qemu: { 83: virtioExit }, 'solo5-hvt': TENDER_RULES, 'solo5-spt': TENDER_RULES }),
    detect: (elf) => elf.notes.some((n) => n.name === ABI1_NOTE_NAME)
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
    exitDevices: (arch) => x86ExitDevices(arch, [DEBUG_EXIT_0X501]),
    decodeExit: (context) => decodeByVmm(context, {
        // VM_EXIT_FAULT 0x7e and VM_EXIT_HALT 0x7f (src/runtime/runtime.h); app exits 126/127 look the same.
        qemu: {
            253: crashed('Nanos kernel fault (VM_EXIT_FAULT)'),
            255: crashed('Nanos kernel halt (VM_EXIT_HALT)')
        }
    }),
    // Nanos ships disk images built by ops, not ELF kernels we could recognise.
    detect: () => false
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
    exitDevices: (arch) => x86ExitDevices(arch, [DEBUG_EXIT_0X501]),
    decodeExit: (context) => decodeByVmm(context, {
        qemu: { 83: exited(0), 85: crashed('Unikraft crash (isa-debug-exit 42)') }
    }),
    detect: (elf) => elf.sections.some((section) => section.startsWith('.uk_'))
};

;// CONCATENATED MODULE: ./build/toolchains/registry.js






/** One line per toolchain. Detection asks them in this order, so a more specific claim goes first. */
const PROFILES = {
    solo5: solo5,
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

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
;// CONCATENATED MODULE: ./build/vmm/kvm.js






const UDEV_RULE = 'KERNEL=="kvm", GROUP="kvm", MODE="0666", OPTIONS+="static_node=kvm"\n';
class HostKvm {
    env;
    device;
    constructor(env = process.env, device = '/dev/kvm') {
        this.env = env;
        this.device = device;
    }
    async present() {
        return (0,promises_.stat)(this.device).then((s) => s.isCharacterDevice(), () => false);
    }
    async usable() {
        return (0,promises_.access)(this.device, external_node_fs_.constants.R_OK | external_node_fs_.constants.W_OK).then(() => true, () => false);
    }
    async enable(logger) {
        // Only on a runner we know is disposable; elsewhere changing device permissions is not ours to do.
        if (this.env.RUNNER_ENVIRONMENT !== 'github-hosted' || !(await this.present()))
            return false;
        logger.info('Making /dev/kvm usable for the runner user (udev rule, non-interactive sudo)');
        const steps = [
            ['tee', '/etc/udev/rules.d/99-unikernel-actions-kvm.rules'],
            ['udevadm', 'control', '--reload-rules'],
            ['udevadm', 'trigger', '--name-match=kvm']
        ];
        for (const [index, argv] of steps.entries()) {
            const result = (0,external_node_child_process_.spawnSync)('sudo', ['-n', ...argv], { input: index === 0 ? UDEV_RULE : undefined, stdio: ['pipe', 'ignore', 'pipe'], timeout: 20000 });
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
    const { mtimeMs } = await (0,promises_.stat)(target.binary);
    const key = `${target.binary}:${mtimeMs}:${target.arch}`;
    const file = (0,external_node_path_.join)(target.cacheDir, 'kvm-check.json');
    const cache = await (0,promises_.readFile)(file, 'utf8').then((t) => JSON.parse(t), () => ({}));
    if (key in cache)
        return cache[key] || undefined;
    const broken = await driver.checkKvm(target.binary, target.arch);
    cache[key] = broken ?? '';
    await (0,promises_.writeFile)(file, JSON.stringify(cache));
    return broken;
}

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
    // An uncompressed vmlinux-style ELF or a PVH ELF; Firecracker's x86 loader takes no bzImage.
    formats: ['elf'],
    plan: planFirecracker,
    vmmFailure: firecrackerFailure
};

;// CONCATENATED MODULE: ./build/vmm/qemu.js




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
        qmpSocket: (0,external_node_path_.join)(spec.workDir, 'qmp.sock'),
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
    // QEMU connects to our QMP listener as a client: no race between spawn and connect.
    args.push('-qmp', `unix:${config.qmpSocket}`);
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
        args.push('-device', `${config.network.device},netdev=net0`);
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
    formats: ['elf', 'bzimage', 'mbr', 'qcow2'],
    plan(spec) {
        const config = qemuConfig(spec);
        return { command: spec.vmmBinary, args: renderQemuArgs(config), files: [], qmpSocket: config.qmpSocket };
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
 * fault`) is the guest's failure, not the tender's.
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

;// CONCATENATED MODULE: ./build/boot/prepare.js
















const DEFAULT_MEMORY = '256M';
const DEFAULT_CPUS = 1;
const DEFAULT_TIMEOUT_SECONDS = 60;
/** Resolves every default (input → image descriptor → kernel → built-in) and renders nothing yet. */
async function prepareBoot(options, context) {
    const { logger } = context;
    const cwd = context.cwd ?? process.cwd();
    const workDir = await (0,promises_.mkdtemp)((0,external_node_path_.join)(context.workRoot, 'boot-'));
    // Where the kernel comes from: `kernel`, else `image`, else the job's last build.
    let kernel = options.kernel;
    let image = options.image;
    let initrd = options.initrd;
    let source;
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
    }
    else {
        source = kernel ? `kernel ${kernel}` : `image ${image}`;
    }
    let descriptor;
    if (image) {
        const ref = (0,reference/* parseImageReference */.o_)('image', image);
        if (ref.kind !== 'layout')
            throw (0,errors/* inputError */.Xu)('image', `\`${image}\` is a registry reference; boot takes a local layout (oci:<dir>:<tag>) — publish pulls are not supported yet`);
        // Loaded only for images: the tar and gzip code stays out of a plain kernel boot's start-up.
        const { extractBootImage } = await Promise.all(/* import() */[__webpack_require__.e(697), __webpack_require__.e(264)]).then(__webpack_require__.bind(__webpack_require__, 23264));
        const extracted = await extractBootImage('image', { ...ref, dir: (0,external_node_path_.resolve)(cwd, ref.dir) }, options.arch, (0,external_node_path_.join)(workDir, 'image'));
        kernel = extracted.kernel;
        initrd ??= extracted.initrd;
        descriptor = extracted.descriptor;
    }
    const kernelPath = (0,external_node_path_.resolve)(cwd, kernel);
    const kernelInput = options.kernel ? 'kernel' : 'image';
    const kernelInfo = await inspectKernel(kernelPath, kernelInput);
    const initrdPath = initrd ? await existingFile((0,external_node_path_.resolve)(cwd, initrd), 'initrd') : undefined;
    const disks = await Promise.all(options.disks.map((d) => existingFile((0,external_node_path_.resolve)(cwd, d), 'disk')));
    const toolchain = options.toolchain !== 'auto' ? options.toolchain : (descriptor?.toolchain ?? (kernelInfo.elf ? detectToolchain(kernelInfo.elf) : 'custom'));
    const profile = toolchainProfile(toolchain);
    const vmm = options.vmm !== 'auto' ? options.vmm : (descriptor?.vmm ?? vmmForKernel(kernelInfo));
    const driver = vmmDriver(vmm);
    if (!driver.formats.includes(kernelInfo.format)) {
        throw (0,errors/* inputError */.Xu)(kernelInput, `${kernelPath} is a ${kernelInfo.format} image, which ${vmm} cannot boot (it boots ${driver.formats.join(', ')})`);
    }
    const arch = options.arch ?? kernelInfo.arch ?? descriptor?.arch ?? hostArch();
    if (kernelInfo.arch && kernelInfo.arch !== arch)
        throw (0,errors/* inputError */.Xu)('arch', `is ${arch}, but ${kernelPath} is an ${kernelInfo.arch} kernel`);
    const vmmBinary = await findVmm(options.vmmPath, driver.binary(arch), vmm);
    const accel = await resolveAccel(options.accel, driver, context.kvm, logger, { binary: vmmBinary, arch, cacheDir: context.workRoot });
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
        workDir,
        descriptor
    };
}
/** No `vmm` and no descriptor: a Solo5 kernel says which tender it was built for; anything else is QEMU's. */
function vmmForKernel(info) {
    const target = info.elf ? solo5AbiTarget(info.elf) : undefined;
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
            await (0,promises_.writeFile)(wrapped, elf64ToElf32(await (0,promises_.readFile)(path), elf));
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
        const path = (0,external_node_path_.isAbsolute)(explicit) ? explicit : await io/* which */.K7(explicit, false);
        if (!path || !(await isExecutable(path)))
            throw (0,errors/* inputError */.Xu)('vmm-path', `${explicit} is not an executable file`);
        return path;
    }
    const found = await io/* which */.K7(binary, false);
    if (!found)
        throw new errors/* ConfigurationError */.j1(`input \`vmm\`: ${vmm} needs \`${binary}\`, which is not on PATH; install it (the setup action, tools: ${vmm.startsWith('solo5') ? 'solo5' : vmm}) or give \`vmm-path\``);
    return found;
}
async function isExecutable(path) {
    return (0,promises_.access)(path, promises_.constants.X_OK).then(() => true, () => false);
}
async function existingFile(path, input) {
    const info = await (0,promises_.stat)(path).catch(() => undefined);
    if (!info?.isFile())
        throw (0,errors/* inputError */.Xu)(input, `${path} does not exist or is not a file`);
    return path;
}
function hostArch() {
    return process.arch === 'arm64' ? 'arm64' : 'x86_64';
}

;// CONCATENATED MODULE: ./build/report/markdown.js
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

;// CONCATENATED MODULE: ./build/report/boot-summary.js

const ICON = { passed: '✅', failed: '❌', crashed: '💥', timeout: '⏱️' };
/** The boot step's job summary: the verdict table, the timeline, the console tail on failure. */
function bootSummaryMarkdown(facts) {
    const { outcome } = facts;
    const parts = [`### ${ICON[outcome.result]} Boot ${outcome.result}`, '', outcome.reason, ''];
    parts.push(table(['result', 'boot time', 'accel', 'exit code', 'VMM exit', 'toolchain', 'vmm'], [[outcome.result, `${outcome.bootTimeMs} ms`, facts.accel, outcome.exitCode === undefined ? '—' : String(outcome.exitCode), outcome.vmmExitStatus, facts.toolchain, facts.vmm]]));
    parts.push('', `Booted ${facts.source}.`, '');
    parts.push(table(['at', 'event'], outcome.timeline.map((e) => [`${e.atMs} ms`, e.event])));
    if (outcome.result !== 'passed') {
        parts.push('', details(`Last console lines (full log: ${facts.consoleLog})`, outcome.consoleTail.join('\n') || '(the guest printed nothing)'));
    }
    return parts.join('\n') + '\n';
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
        const { DefaultArtifactClient } = await __webpack_require__.e(/* import() */ 584).then(__webpack_require__.bind(__webpack_require__, 20584));
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
    'exit-code', 'ports', 'probe', 'probe-expect', 'timeout', 'upload-log', 'keep-running', 'vmm-args', 'network'
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
/** `boot`: read inputs → prepare → boot and judge → outputs, summary, job state. */
async function bootAction(context, kvm = new HostKvm(context.env)) {
    const { inputs, logger, outputs } = context;
    const options = readBootOptions(inputs);
    const uploadLog = inputs.boolean('upload-log', true);
    const prepared = await logger.group('Prepare the boot', () => prepareBoot(options, { logger, jobState: context.jobState, workRoot: context.workRoot, kvm }));
    const { request } = prepared;
    const outcome = await logger.group(`Boot (${prepared.vmm}, ${request.spec.accel})`, () => bootAndJudge(request));
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
    logger.info(`Result: ${outcome.result} in ${outcome.bootTimeMs} ms — ${outcome.reason}`);
    await context.summary.write(bootSummaryMarkdown({ outcome, accel: request.spec.accel, toolchain: prepared.toolchain, vmm: prepared.vmm, source: prepared.source, consoleLog: request.consoleLog }));
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

/***/ 54566:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $$: () => (/* binding */ isIndexMediaType),
/* harmony export */   $p: () => (/* binding */ OCI_INDEX),
/* harmony export */   AH: () => (/* binding */ layerCompression),
/* harmony export */   CM: () => (/* binding */ isManifestMediaType),
/* harmony export */   EG: () => (/* binding */ OCI_MANIFEST),
/* harmony export */   Fj: () => (/* binding */ URUNC_ANNOTATIONS),
/* harmony export */   Ke: () => (/* binding */ parseOciManifest),
/* harmony export */   M5: () => (/* binding */ parseOciImageConfig),
/* harmony export */   TF: () => (/* binding */ OCI_CONFIG),
/* harmony export */   _0: () => (/* binding */ ANNOTATION_REF_NAME),
/* harmony export */   bj: () => (/* binding */ OciFormatError),
/* harmony export */   i8: () => (/* binding */ isImageConfigMediaType),
/* harmony export */   pM: () => (/* binding */ parseOciLayoutFile),
/* harmony export */   q9: () => (/* binding */ isSha256Digest),
/* harmony export */   ri: () => (/* binding */ parseOciIndex)
/* harmony export */ });
/* unused harmony exports OCI_LAYOUT_VERSION, OCI_LAYER_TAR, OCI_LAYER_TAR_GZIP, OCI_LAYER_TAR_ZSTD, OCI_EMPTY, DOCKER_MANIFEST_LIST, DOCKER_MANIFEST, DOCKER_CONFIG, DOCKER_LAYER_TAR_GZIP, MANIFEST_MEDIA_TYPES, IMAGE_CONFIG_MEDIA_TYPES, ANNOTATION_SOURCE, ANNOTATION_REVISION, ANNOTATION_VERSION, ANNOTATION_CREATED, SHA256_DIGEST, parseOciDescriptor */
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
    hypervisor: 'com.urunc.unikernel.hypervisor',
    binary: 'com.urunc.unikernel.binary',
    cmdline: 'com.urunc.unikernel.cmdline',
    initrd: 'com.urunc.unikernel.initrd'
};
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
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   my: () => (/* binding */ formatImageReference),
/* harmony export */   o_: () => (/* binding */ parseImageReference)
/* harmony export */ });
/* unused harmony exports TAG_PATTERN, isValidTag, parseLayoutReference, parseRegistryReference */
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77030);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(84704);
/* harmony import */ var _media_types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(54566);



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
        if (!(0,_media_types_js__WEBPACK_IMPORTED_MODULE_1__/* .isSha256Digest */ .q9)(digest))
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
        const hint = tag.includes(':') || tag.includes('/')
            ? '; the directory ends at the first \':\', so a directory containing \':\' can only be referenced by digest'
            : '';
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
        if (!(0,_media_types_js__WEBPACK_IMPORTED_MODULE_1__/* .isSha256Digest */ .q9)(digest))
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
        throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)(input, `\`${value}\` is not registry-qualified: it would be an implicit Docker Hub reference; write the registry explicitly, e.g. \`${dockerHubSuggestion(rest, tag, digest)}\``);
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
        throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)(input, `\`${value}\`: \`${component}\` is not a valid repository path component (lowercase letters and digits, separated by '.', '_', '__' or '-')${hint} (${REGISTRY_EXAMPLE})`);
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

/***/ 30364:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ TOOLCHAIN_NAMES)
/* harmony export */ });
const TOOLCHAIN_NAMES = ['unikraft', 'solo5', 'nanos', 'hermit', 'mirage', 'custom'];


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
