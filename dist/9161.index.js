export const id = 9161;
export const ids = [9161];
export const modules = {

/***/ 39161:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  PIPELINE_INPUTS: () => (/* binding */ PIPELINE_INPUTS),
  pipelineAction: () => (/* binding */ pipelineAction),
  pipelinePost: () => (/* binding */ pipelinePost)
});

// EXTERNAL MODULE: ./build/runtime/inputs.js
var runtime_inputs = __webpack_require__(4634);
;// CONCATENATED MODULE: ./build/runtime/step-inputs.js
/**
 * One step's view of a combined action's inputs (the StateProvider idea of actions/cache): each
 * input of the step is either taken from a named input of the combined action or fixed. Inputs not
 * mapped read as not given, so every default of the single action applies unchanged.
 */
class StepInputs {
    source;
    mapping;
    constructor(source, mapping) {
        this.source = source;
        this.mapping = mapping;
    }
    get(name) {
        const from = this.mapping[name];
        if (from === undefined)
            return '';
        return typeof from === 'string' ? this.source.get(from) : from.value;
    }
    secret(name) {
        const from = this.mapping[name];
        if (from === undefined)
            return '';
        return typeof from === 'string' ? this.source.secret(from) : from.value;
    }
}
/** The identity mapping for inputs that keep their name. */
function sameNames(...names) {
    return Object.fromEntries(names.map((n) => [n, n]));
}

// EXTERNAL MODULE: ./build/oci/reference.js
var reference = __webpack_require__(20907);
;// CONCATENATED MODULE: ./build/actions/pipeline.js



/** The root action's inputs: the union users need for the common case (as in action.yml). */
const PIPELINE_INPUTS = [
    'toolchain',
    'path',
    'target',
    'command',
    'kernel',
    'initrd',
    'rootfs',
    'kraftfile',
    'cmdline',
    'name',
    'tags',
    'flavor',
    'expect',
    'fail-on',
    'ports',
    'probe',
    'probe-expect',
    'timeout',
    'log-limit',
    'boot-runs',
    'regression-threshold',
    'to',
    'sign',
    'key',
    'key-password',
    'username',
    'password',
    'github-token',
    'registry-timeout',
    'registry-min-rate'
];
/** Which step inputs come from which pipeline inputs; everything else keeps its single-action default. */
const STEPS = {
    build: sameNames('toolchain', 'path', 'target', 'command', 'kernel', 'initrd', 'rootfs', 'kraftfile', 'cmdline', 'name', 'tags', 'flavor'),
    // `kernel` is the build's (the artifact to pick up); boot takes the build's result from the job state.
    boot: sameNames('expect', 'fail-on', 'ports', 'probe', 'probe-expect', 'timeout', 'log-limit', 'boot-runs', 'regression-threshold'),
    publish: sameNames('to', 'username', 'password', 'github-token', 'registry-timeout', 'registry-min-rate'),
    sign: sameNames('key', 'key-password', 'username', 'password', 'github-token', 'registry-timeout', 'registry-min-rate')
};
/**
 * build → boot → publish → sign in one process, through the very functions the single actions run:
 * each step sees its own inputs (mapped from the pipeline's) and the job state the previous step
 * recorded, writes its outputs into the pipeline's (the last writer wins: `digest` is the published
 * digest once publish ran) and its own section of the summary.
 */
async function pipelineAction(context) {
    const { inputs, logger } = context;
    const to = inputs.list('to');
    const signMode = inputs.choice('sign', ['auto', 'true', 'false'], 'auto');
    // Validate what decides the shape of the run before anything is built.
    const toRegistry = to.some((ref) => (0,reference/* parseImageReference */.o_)('to', ref).kind === 'registry');
    const sign = signMode === 'true' || (signMode === 'auto' && toRegistry);
    const step = (mapping) => ({ ...context, inputs: new runtime_inputs/* Inputs */.G0(new StepInputs(inputs.source, mapping)) });
    const { buildAction } = await Promise.all(/* import() */[__webpack_require__.e(8697), __webpack_require__.e(8917), __webpack_require__.e(8130), __webpack_require__.e(9015)]).then(__webpack_require__.bind(__webpack_require__, 49015));
    const { bootAction } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 2476));
    await buildAction(step(STEPS.build));
    await bootAction(step(STEPS.boot));
    if (to.length > 0) {
        const { publishAction } = await Promise.all(/* import() */[__webpack_require__.e(6499), __webpack_require__.e(8726), __webpack_require__.e(414)]).then(__webpack_require__.bind(__webpack_require__, 87653));
        await publishAction(step(STEPS.publish));
    }
    else {
        logger.info('No `to`: nothing is published');
    }
    if (sign) {
        const { signAction } = await Promise.all(/* import() */[__webpack_require__.e(8697), __webpack_require__.e(8917), __webpack_require__.e(8726), __webpack_require__.e(5903), __webpack_require__.e(9046)]).then(__webpack_require__.bind(__webpack_require__, 89046));
        await signAction(step(STEPS.sign));
    }
    else {
        logger.info(`Not signing (sign: ${signMode}${signMode === 'auto' ? ', no registry destination' : ''})`);
    }
    return { published: to.length > 0, signed: sign };
}
/** Post: stops VMs left running and saves the build cache if the build succeeded — from saved state only. */
async function pipelinePost(context) {
    const { buildPost } = await Promise.all(/* import() */[__webpack_require__.e(8697), __webpack_require__.e(8917), __webpack_require__.e(8130), __webpack_require__.e(9015)]).then(__webpack_require__.bind(__webpack_require__, 49015));
    const { bootPost } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 2476));
    await bootPost(context);
    await buildPost(context);
}


/***/ })

};
