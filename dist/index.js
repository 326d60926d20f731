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
  a: () => (/* reexport */ runCli)
});

// EXTERNAL MODULE: ./build/runtime/workflow-commands.js
var workflow_commands = __nccwpck_require__(68685);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(76760);
// EXTERNAL MODULE: ./build/runtime/inputs.js
var inputs = __nccwpck_require__(4634);
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

// EXTERNAL MODULE: ./build/runtime/errors.js
var errors = __nccwpck_require__(84704);
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
            throw new errors/* ConfigurationError */.j1(`${this.path} was written by a different version of unikernel-actions (state version ${parsed.version}, this is ${JOB_STATE_VERSION}); use the same version of every action in a job`);
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
    const base = env.RUNNER_TEMP ? (0,external_node_path_.join)(env.RUNNER_TEMP, 'unikernel-actions') : (0,external_node_path_.join)((0,external_node_os_.tmpdir)(), `unikernel-actions-${process.getuid?.() ?? 'user'}`);
    (0,external_node_fs_.mkdirSync)(base, { recursive: true });
    return base;
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

;// CONCATENATED MODULE: ./build/actions/run.js



/** Each action's entry points; adding an action is one line here and one `actions/<name>/action.yml`. */
const ACTIONS = {
    pipeline: { main: async () => (await __nccwpck_require__.e(/* import() */ 9161).then(__nccwpck_require__.bind(__nccwpck_require__, 39161))).pipelineAction, post: async () => (await __nccwpck_require__.e(/* import() */ 9161).then(__nccwpck_require__.bind(__nccwpck_require__, 39161))).pipelinePost },
    setup: { main: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(4119), __nccwpck_require__.e(4942), __nccwpck_require__.e(2088), __nccwpck_require__.e(4020)]).then(__nccwpck_require__.bind(__nccwpck_require__, 14020))).setupAction, post: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(4119), __nccwpck_require__.e(4942), __nccwpck_require__.e(2088), __nccwpck_require__.e(4020)]).then(__nccwpck_require__.bind(__nccwpck_require__, 14020))).setupPost },
    build: { main: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(6584), __nccwpck_require__.e(8409)]).then(__nccwpck_require__.bind(__nccwpck_require__, 98409))).buildAction, post: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(6584), __nccwpck_require__.e(8409)]).then(__nccwpck_require__.bind(__nccwpck_require__, 98409))).buildPost },
    publish: { main: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(6499), __nccwpck_require__.e(9152), __nccwpck_require__.e(907)]).then(__nccwpck_require__.bind(__nccwpck_require__, 89152))).publishAction },
    sign: { main: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(7901), __nccwpck_require__.e(2471)]).then(__nccwpck_require__.bind(__nccwpck_require__, 62471))).signAction },
    verify: { main: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(7901), __nccwpck_require__.e(3364)]).then(__nccwpck_require__.bind(__nccwpck_require__, 79284))).verifyAction },
    boot: { main: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(6584), __nccwpck_require__.e(6397), __nccwpck_require__.e(3288)]).then(__nccwpck_require__.bind(__nccwpck_require__, 16397))).bootAction, post: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(6584), __nccwpck_require__.e(6397), __nccwpck_require__.e(3288)]).then(__nccwpck_require__.bind(__nccwpck_require__, 16397))).bootPost }
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
    const context = actionsContext();
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

;// CONCATENATED MODULE: ./build/cli.js



const COMMANDS = {
    pipeline: {
        summary: 'build → boot → publish → sign in one go (the root action): `pipeline <path> [--to …]`',
        positional: 'path',
        inputs: async () => (await __nccwpck_require__.e(/* import() */ 9161).then(__nccwpck_require__.bind(__nccwpck_require__, 39161))).PIPELINE_INPUTS,
        run: async () => (await __nccwpck_require__.e(/* import() */ 9161).then(__nccwpck_require__.bind(__nccwpck_require__, 39161))).pipelineAction
    },
    setup: {
        summary: 'install unikernel toolchains and VMMs (verified, cached) and make /dev/kvm usable',
        inputs: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(4119), __nccwpck_require__.e(4942), __nccwpck_require__.e(2088), __nccwpck_require__.e(4020)]).then(__nccwpck_require__.bind(__nccwpck_require__, 14020))).SETUP_INPUTS,
        run: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(4119), __nccwpck_require__.e(4942), __nccwpck_require__.e(2088), __nccwpck_require__.e(4020)]).then(__nccwpck_require__.bind(__nccwpck_require__, 14020))).setupAction
    },
    build: {
        summary: 'build a unikernel and package it as a reproducible OCI image',
        positional: 'path',
        inputs: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(6584), __nccwpck_require__.e(8409)]).then(__nccwpck_require__.bind(__nccwpck_require__, 98409))).BUILD_INPUTS,
        run: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(6584), __nccwpck_require__.e(8409)]).then(__nccwpck_require__.bind(__nccwpck_require__, 98409))).buildAction
    },
    boot: {
        summary: 'smoke-boot a unikernel and print the verdict',
        positional: 'kernel',
        inputs: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(6584), __nccwpck_require__.e(6397), __nccwpck_require__.e(3288)]).then(__nccwpck_require__.bind(__nccwpck_require__, 16397))).BOOT_INPUTS,
        run: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(6584), __nccwpck_require__.e(6397), __nccwpck_require__.e(3288)]).then(__nccwpck_require__.bind(__nccwpck_require__, 16397))).bootAction,
        after: (context, result) => {
            const running = result?.running;
            if (!running?.pid)
                return;
            const vms = context.jobState.read().vms ?? [];
            context.jobState.record('vms', [...vms, { pid: running.pid, kernel: running.child.spawnargs.join(' '), consoleLog: context.collected.get('console-log') ?? '' }]);
            process.stderr.write(`The VM keeps running (pid ${running.pid}); \`unikernel-actions stop\` ends it\n`);
        }
    },
    publish: {
        summary: 'push an OCI image (and its signatures) to registries or layouts, merge images, upload to a release',
        inputs: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(6499), __nccwpck_require__.e(9152), __nccwpck_require__.e(907)]).then(__nccwpck_require__.bind(__nccwpck_require__, 89152))).PUBLISH_INPUTS,
        run: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(6499), __nccwpck_require__.e(9152), __nccwpck_require__.e(907)]).then(__nccwpck_require__.bind(__nccwpck_require__, 89152))).publishAction
    },
    sign: {
        summary: 'sign images (cosign .sig, Sigstore bundle, SLSA provenance) and release files',
        inputs: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(7901), __nccwpck_require__.e(2471)]).then(__nccwpck_require__.bind(__nccwpck_require__, 62471))).SIGN_INPUTS,
        run: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(7901), __nccwpck_require__.e(2471)]).then(__nccwpck_require__.bind(__nccwpck_require__, 62471))).signAction
    },
    verify: {
        summary: 'check that images are signed by a key or a workflow identity',
        inputs: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(7901), __nccwpck_require__.e(3364)]).then(__nccwpck_require__.bind(__nccwpck_require__, 79284))).VERIFY_INPUTS,
        run: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(7901), __nccwpck_require__.e(3364)]).then(__nccwpck_require__.bind(__nccwpck_require__, 79284))).verifyAction
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
    const { groupAlive, signalGroup } = await __nccwpck_require__.e(/* import() */ 1836).then(__nccwpck_require__.bind(__nccwpck_require__, 1836));
    const vms = context.jobState.read().vms ?? [];
    for (const vm of vms) {
        if (!groupAlive(vm.pid)) {
            context.logger.info(`pid ${vm.pid} had already stopped`);
            continue;
        }
        signalGroup(vm.pid, 'SIGTERM');
        for (let i = 0; i < 30 && groupAlive(vm.pid); i++)
            await new Promise((r) => setTimeout(r, 100));
        if (groupAlive(vm.pid))
            signalGroup(vm.pid, 'SIGKILL');
        context.logger.info(`Stopped pid ${vm.pid} (${vm.kernel})`);
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
        const context = terminalContext(new inputs/* MapInputs */.WE(parseFlags(rest, await entry.inputs(), entry.positional)), process.env, undefined, summary);
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

;// CONCATENATED MODULE: ./build/index.js
// The single bundle's entry: every action and the CLI share it (dist/index.js), so dependencies are
// bundled once; `dist/<action>-main.js` and friends are two-line stubs generated by the build.



var __webpack_exports__runAction = __webpack_exports__.C;
var __webpack_exports__runCli = __webpack_exports__.a;
export { __webpack_exports__runAction as runAction, __webpack_exports__runCli as runCli };
