export const id = 1836;
export const ids = [1836];
export const modules = {

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


/***/ })

};
