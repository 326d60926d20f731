export const id = 7648;
export const ids = [7648];
export const modules = {

/***/ 17648:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  parseFlags: () => (/* binding */ parseFlags),
  redirectWorkflowCommands: () => (/* binding */ redirectWorkflowCommands),
  runCli: () => (/* binding */ runCli),
  summaryAsText: () => (/* binding */ summaryAsText)
});

// EXTERNAL MODULE: ./build/runtime/context.js + 2 modules
var runtime_context = __webpack_require__(62413);
// EXTERNAL MODULE: ./build/runtime/errors.js
var errors = __webpack_require__(84704);
// EXTERNAL MODULE: ./build/runtime/inputs.js
var inputs = __webpack_require__(4634);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./build/runtime/process-identity.js
/**
 * What proves that a pid is still the process we started: its start time (field 22 of
 * /proc/<pid>/stat, clock ticks since boot — a reused pid has another) and its command line. Recorded
 * when a VM is left running, compared before `stop` signals it.
 */

/** The identity of a live process, or undefined when there is no such process (or no /proc). */
function processIdentity(pid) {
    try {
        const stat = (0,external_node_fs_.readFileSync)(`/proc/${pid}/stat`, 'utf8');
        // `pid (comm) state …`: comm may hold spaces and parentheses, so fields are counted after the last `)`.
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        const startTime = fields[22 - 3];
        const raw = (0,external_node_fs_.readFileSync)(`/proc/${pid}/cmdline`, 'utf8');
        if (!startTime || !/^\d+$/.test(startTime))
            return undefined;
        return { startTime, cmdline: raw.split('\0').slice(0, raw.endsWith('\0') ? -1 : undefined) };
    }
    catch {
        return undefined;
    }
}
/** Why `pid` is not the process `recorded` describes; undefined when it is. */
function notTheSameProcess(pid, recorded) {
    if (recorded.startTime === undefined || recorded.cmdline === undefined)
        return 'the state does not record its start time and command line';
    const now = processIdentity(pid);
    if (!now)
        return 'no such process any more';
    if (now.startTime !== recorded.startTime)
        return `pid ${pid} is another process now (started at tick ${now.startTime}, not ${recorded.startTime})`;
    if (now.cmdline.join('\0') !== recorded.cmdline.join('\0'))
        return `pid ${pid} runs \`${now.cmdline.join(' ')}\`, not the recorded command`;
    return undefined;
}

;// CONCATENATED MODULE: ./build/cli.js




const COMMANDS = {
    pipeline: {
        summary: 'build → boot → publish → sign in one go (the root action): `pipeline <path> [--to …]`',
        positional: 'path',
        inputs: async () => (await __webpack_require__.e(/* import() */ 9161).then(__webpack_require__.bind(__webpack_require__, 39161))).PIPELINE_INPUTS,
        run: async () => (await __webpack_require__.e(/* import() */ 9161).then(__webpack_require__.bind(__webpack_require__, 39161))).pipelineAction
    },
    setup: {
        summary: 'install unikernel toolchains and VMMs (verified, cached) and make /dev/kvm usable',
        inputs: async () => (await Promise.all(/* import() */[__webpack_require__.e(6752), __webpack_require__.e(4942), __webpack_require__.e(2088), __webpack_require__.e(8545)]).then(__webpack_require__.bind(__webpack_require__, 8545))).SETUP_INPUTS,
        run: async () => (await Promise.all(/* import() */[__webpack_require__.e(6752), __webpack_require__.e(4942), __webpack_require__.e(2088), __webpack_require__.e(8545)]).then(__webpack_require__.bind(__webpack_require__, 8545))).setupAction
    },
    build: {
        summary: 'build a unikernel and package it as a reproducible OCI image',
        positional: 'path',
        inputs: async () => (await Promise.all(/* import() */[__webpack_require__.e(8697), __webpack_require__.e(8917), __webpack_require__.e(8130), __webpack_require__.e(9015)]).then(__webpack_require__.bind(__webpack_require__, 49015))).BUILD_INPUTS,
        run: async () => (await Promise.all(/* import() */[__webpack_require__.e(8697), __webpack_require__.e(8917), __webpack_require__.e(8130), __webpack_require__.e(9015)]).then(__webpack_require__.bind(__webpack_require__, 49015))).buildAction
    },
    boot: {
        summary: 'smoke-boot a unikernel and print the verdict',
        positional: 'kernel',
        inputs: async () => (await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 2476))).BOOT_INPUTS,
        run: async () => (await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 2476))).bootAction,
        after: (context, result) => {
            const running = result?.running;
            if (!running?.pid)
                return;
            const vms = context.jobState.read().vms ?? [];
            context.jobState.record('vms', [
                ...vms,
                {
                    pid: running.pid,
                    kernel: running.child.spawnargs.join(' '),
                    ...processIdentity(running.pid),
                    consoleLog: context.collected.get('console-log') ?? '',
                    ...(context.state.get('taps')
                        ? { taps: context.state.get('taps').split(','), tapPrivilege: context.state.get('tap-privilege') === 'sudo' ? 'sudo' : 'root' }
                        : {})
                }
            ]);
            process.stderr.write(`The VM keeps running (pid ${running.pid}); \`unikernel-actions stop\` ends it\n`);
        }
    },
    publish: {
        summary: 'push an OCI image (and its signatures) to registries or layouts, merge images, upload to a release',
        inputs: async () => (await Promise.all(/* import() */[__webpack_require__.e(6499), __webpack_require__.e(8726), __webpack_require__.e(414)]).then(__webpack_require__.bind(__webpack_require__, 87653))).PUBLISH_INPUTS,
        run: async () => (await Promise.all(/* import() */[__webpack_require__.e(6499), __webpack_require__.e(8726), __webpack_require__.e(414)]).then(__webpack_require__.bind(__webpack_require__, 87653))).publishAction
    },
    sign: {
        summary: 'sign images (cosign .sig, Sigstore bundle, SLSA provenance) and release files',
        inputs: async () => (await Promise.all(/* import() */[__webpack_require__.e(8697), __webpack_require__.e(8917), __webpack_require__.e(8726), __webpack_require__.e(5903), __webpack_require__.e(9046)]).then(__webpack_require__.bind(__webpack_require__, 89046))).SIGN_INPUTS,
        run: async () => (await Promise.all(/* import() */[__webpack_require__.e(8697), __webpack_require__.e(8917), __webpack_require__.e(8726), __webpack_require__.e(5903), __webpack_require__.e(9046)]).then(__webpack_require__.bind(__webpack_require__, 89046))).signAction
    },
    verify: {
        summary: 'check that images are signed by a key or a workflow identity',
        inputs: async () => (await Promise.all(/* import() */[__webpack_require__.e(8697), __webpack_require__.e(8917), __webpack_require__.e(5903), __webpack_require__.e(9284)]).then(__webpack_require__.bind(__webpack_require__, 79284))).VERIFY_INPUTS,
        run: async () => (await Promise.all(/* import() */[__webpack_require__.e(8697), __webpack_require__.e(8917), __webpack_require__.e(5903), __webpack_require__.e(9284)]).then(__webpack_require__.bind(__webpack_require__, 79284))).verifyAction
    },
    stop: {
        summary: 'stop the VMs left running by `boot --keep-running`',
        inputs: async () => [],
        run: async () => stopVms
    }
};
const USAGE = `usage: unikernel-actions <command> [<${'path|kernel'}>] [--input value]… [--json]

The same actions as in a workflow, from a terminal: every action input is a flag of the same name
(--kernel, --expect, --fail-on, …); give a list input's flag several times or separate items as the
input allows. Outputs are printed as name=value lines (a JSON object with --json); the summary is
printed as text on stderr. The exit status is 0 only when the step passes (1: its check failed or
an error, 2: a configuration error).

commands:
${Object.entries(COMMANDS)
    .map(([name, c]) => `  ${name.padEnd(10)} ${c.summary}`)
    .join('\n')}
`;
/** Ends every VM this user's job state records as left running. */
async function stopVms(context) {
    const { groupAlive, signalGroup } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 1836));
    const vms = context.jobState.read().vms ?? [];
    for (const vm of vms) {
        if (!groupAlive(vm.pid)) {
            context.logger.info(`pid ${vm.pid} had already stopped`);
            continue;
        }
        // A pid is reused once its process ends: only the process the state proves is ours is signalled.
        const other = notTheSameProcess(vm.pid, vm);
        if (other) {
            context.logger.warning(`Not signalling pid ${vm.pid} (${vm.kernel}): ${other}`);
            continue;
        }
        signalGroup(vm.pid, 'SIGTERM');
        for (let i = 0; i < 30 && groupAlive(vm.pid); i++)
            await new Promise((r) => setTimeout(r, 100));
        if (groupAlive(vm.pid))
            signalGroup(vm.pid, 'SIGKILL');
        context.logger.info(`Stopped pid ${vm.pid} (${vm.kernel})`);
    }
    for (const vm of vms.filter((v) => v.taps?.length)) {
        const { removeTaps } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 60099));
        await removeTaps(vm.taps, vm.tapPrivilege ?? 'root', context.logger);
    }
    if (vms.length === 0)
        context.logger.info('No VM was left running');
    context.jobState.record('vms', []);
}
/**
 * Parses `--name value`, `--name=value`; a repeated flag appends a line (list inputs are newline-separated).
 * Only `--lower-case-name` is a flag, so a value such as a PEM key (`-----BEGIN …`) is never taken for
 * one, and no error message repeats a value (it may be a secret).
 */
function parseFlags(argv, known, positional) {
    const flag = /^--([a-z][a-z0-9-]*)(?:=([\s\S]*))?$/;
    const values = new Map();
    for (let i = 0; i < argv.length; i++) {
        const match = flag.exec(argv[i]);
        if (!match) {
            if (i === 0 && positional) {
                values.set(positional, argv[i]);
                continue;
            }
            throw new errors/* ConfigurationError */.j1(`argument ${i + 1} is a value without a flag (inputs are given as --name value)`);
        }
        const [, name, inline] = match;
        if (!known.includes(name))
            throw new errors/* ConfigurationError */.j1(`unknown flag --${name}; known: ${known.map((k) => `--${k}`).join(' ')}`);
        let value;
        if (inline !== undefined)
            value = inline;
        else if (i + 1 < argv.length && !flag.test(argv[i + 1]))
            value = argv[++i];
        else
            value = 'true';
        values.set(name, values.has(name) ? `${values.get(name)}\n${value}` : value);
    }
    return values;
}
/** A job summary (Markdown with a little HTML) as terminal text. */
function summaryAsText(markdown) {
    return markdown
        .replace(/<summary>(.*?)<\/summary>/g, '$1:')
        .replace(/<\/?(details|pre|summary|br|p)[^>]*>/g, '')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&#39;/g, "'")
        .replace(/&amp;/g, '&')
        .replace(/\n{3,}/g, '\n\n');
}
/**
 * The @actions/* libraries write workflow commands (`::debug::…`, `::warning::…`) to stdout even in a
 * terminal. Outside the runner they are turned into plain stderr lines (debug only with RUNNER_DEBUG),
 * so stdout carries nothing but our results.
 */
function redirectWorkflowCommands(stdout = process.stdout, stderr = process.stderr) {
    const original = stdout.write.bind(stdout);
    const verbose = process.env.RUNNER_DEBUG === '1';
    stdout.write = ((chunk, ...rest) => {
        const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
        const command = /^::(\w+)(?: [^:]*)?::(.*)$/s.exec(text.trimEnd());
        if (!command)
            return original(chunk, ...rest);
        const [, name, message] = command;
        if (name === 'debug' && !verbose)
            return true;
        if (['debug', 'warning', 'error', 'notice'].includes(name))
            stderr.write(`${name}: ${message.replace(/%0A/g, '\n').replace(/%0D/g, '').replace(/%25/g, '%')}\n`);
        return true;
    });
    return () => {
        stdout.write = original;
    };
}
/** The CLI: returns the process exit status (0 passed, 1 check failed or error, 2 usage/configuration). */
async function runCli(argv, stdout = process.stdout) {
    const [command, ...args] = argv;
    if (!command || command === '--help' || command === '-h' || command === 'help') {
        stdout.write(USAGE);
        return command ? 0 : 2;
    }
    const entry = COMMANDS[command];
    if (!entry) {
        process.stderr.write(`unknown command \`${command}\`\n\n${USAGE}`);
        return 2;
    }
    const json = args.includes('--json');
    const rest = args.filter((a) => a !== '--json');
    const restore = redirectWorkflowCommands();
    try {
        const summary = { write: async (markdown) => void process.stderr.write(`\n${summaryAsText(markdown)}\n`) };
        const context = (0,runtime_context/* terminalContext */.u2)(new inputs/* MapInputs */.WE(parseFlags(rest, await entry.inputs(), entry.positional)), process.env, undefined, summary);
        let status = 0;
        try {
            const result = await (await entry.run())(context);
            entry.after?.(context, result);
        }
        catch (error) {
            if (!(error instanceof errors/* CheckFailedError */.CO))
                throw error;
            process.stderr.write(`${error.message}\n`);
            status = 1;
        }
        if (json)
            stdout.write(JSON.stringify(Object.fromEntries(context.collected), null, 2) + '\n');
        else
            for (const [name, value] of context.collected)
                stdout.write(`${name}=${value}\n`);
        return status;
    }
    catch (error) {
        process.stderr.write(`error: ${(0,errors/* errorMessage */.gJ)(error)}\n`);
        return (0,errors/* isConfigurationError */.p0)(error) ? 2 : 1;
    }
    finally {
        restore();
    }
}


/***/ })

};
