export const id = 375;
export const ids = [375];
export const modules = {

/***/ 17375:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RegistryAuthError: () => (/* binding */ RegistryAuthError),
/* harmony export */   RegistryError: () => (/* binding */ RegistryError),
/* harmony export */   RegistryIntegrityError: () => (/* binding */ RegistryIntegrityError),
/* harmony export */   describeErrorBody: () => (/* binding */ describeErrorBody),
/* harmony export */   parseErrorBody: () => (/* binding */ parseErrorBody)
/* harmony export */ });
/** A registry said no, or could not be reached; the message names the registry, the operation and its answer. */
class RegistryError extends Error {
    status;
    code;
    transient;
    name = 'RegistryError';
    constructor(message, 
    /** The HTTP status, when there was an answer. */
    status, 
    /** The distribution-spec error code (`MANIFEST_INVALID`, `DENIED`, …) when the registry sent one. */
    code, 
    /** A lost connection or a "try later" answer: a later attempt may succeed. */
    transient = false) {
        super(message);
        this.status = status;
        this.code = code;
        this.transient = transient;
    }
}
/** Credentials missing, refused, or without the access the operation needs: the user's to fix. */
class RegistryAuthError extends RegistryError {
    name = 'RegistryAuthError';
}
/** The registry answered with content that does not match what was asked for (digest, size). */
class RegistryIntegrityError extends RegistryError {
    name = 'RegistryIntegrityError';
}
/** The `{"errors":[{code,message,detail}]}` document of the distribution spec, when the body is one. */
function parseErrorBody(body) {
    try {
        const json = JSON.parse(body.toString('utf8'));
        if (!Array.isArray(json.errors))
            return [];
        return json.errors.flatMap((entry) => {
            if (typeof entry !== 'object' || entry === null)
                return [];
            const { code, message, detail } = entry;
            if (typeof code !== 'string')
                return [];
            return [{ code, message: typeof message === 'string' ? message : '', detail }];
        });
    }
    catch {
        return [];
    }
}
/** `MANIFEST_BLOB_UNKNOWN: blob unknown to registry (sha256:…)`, or the start of a non-JSON body. */
function describeErrorBody(body) {
    const errors = parseErrorBody(body);
    if (errors.length > 0) {
        const text = errors
            .map((error) => {
            const detail = error.detail === undefined || error.detail === null || error.detail === ''
                ? ''
                : ` (${typeof error.detail === 'string' ? error.detail : JSON.stringify(error.detail)})`;
            return `${error.code}: ${error.message}${detail}`;
        })
            .join('; ');
        return { code: errors[0].code, text };
    }
    const raw = body.toString('utf8').replace(/\s+/g, ' ').trim();
    return { text: raw.length > 200 ? `${raw.slice(0, 200)}…` : raw };
}


/***/ })

};
