export const id = 4278;
export const ids = [4278];
export const modules = {

/***/ 54278:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   decryptSigstoreKey: () => (/* binding */ decryptSigstoreKey)
/* harmony export */ });
/* harmony import */ var _noble_hashes_scrypt_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(50196);
/* harmony import */ var _noble_ciphers_salsa_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(46382);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(84704);



/**
 * cosign's encrypted private keys: a PEM block whose body is go-securesystemslib's `encrypted` JSON
 * envelope — scrypt derives a 32-byte key from the password, nacl/secretbox (XSalsa20-Poly1305) seals
 * the PKCS#8 DER. Only the three KDF strengths that library writes are accepted, so a hostile key
 * file cannot ask for gigabytes of scrypt memory.
 */
const KDF_STRENGTHS = [
    { N: 32768, r: 8, p: 1 },
    { N: 65536, r: 8, p: 1 },
    { N: 131072, r: 8, p: 1 }
];
function parseEnvelope(body, input) {
    let json;
    try {
        json = JSON.parse(body.toString('utf8'));
    }
    catch {
        throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(input, 'is an encrypted cosign key whose body is not the expected JSON envelope');
    }
    const envelope = json;
    const params = envelope.kdf?.params;
    if (envelope.kdf?.name !== 'scrypt' ||
        envelope.cipher?.name !== 'nacl/secretbox' ||
        typeof envelope.kdf.salt !== 'string' ||
        typeof envelope.cipher.nonce !== 'string' ||
        typeof envelope.ciphertext !== 'string' ||
        typeof params !== 'object' ||
        params === null) {
        throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(input, 'is an encrypted cosign key in an unknown format (expected scrypt and nacl/secretbox)');
    }
    if (!KDF_STRENGTHS.some((s) => s.N === params.N && s.r === params.r && s.p === params.p)) {
        throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(input, `is an encrypted cosign key with unsupported scrypt parameters N=${params.N}, r=${params.r}, p=${params.p}`);
    }
    return envelope;
}
/** Opens the envelope; a wrong password (or a tampered file) fails the authenticator and says so. */
async function decryptSigstoreKey(body, password, input, passwordInput) {
    const envelope = parseEnvelope(body, input);
    const salt = Buffer.from(envelope.kdf.salt, 'base64');
    const nonce = Buffer.from(envelope.cipher.nonce, 'base64');
    const ciphertext = Buffer.from(envelope.ciphertext, 'base64');
    if (nonce.length !== 24)
        throw (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(input, 'is an encrypted cosign key with a malformed nonce');
    const { N, r, p } = envelope.kdf.params;
    const key = await (0,_noble_hashes_scrypt_js__WEBPACK_IMPORTED_MODULE_1__/* .scryptAsync */ .Q)(new TextEncoder().encode(password), salt, { N, r, p, dkLen: 32, maxmem: 256 * 1024 * 1024 });
    try {
        return (0,_noble_ciphers_salsa_js__WEBPACK_IMPORTED_MODULE_2__/* .xsalsa20poly1305 */ .uT)(key, nonce).decrypt(ciphertext);
    }
    catch {
        throw password === ''
            ? (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(passwordInput, 'is required: `key` is an encrypted cosign key and it does not open without a password')
            : (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(passwordInput, 'does not open `key`: wrong password (or the key file is damaged)');
    }
    finally {
        key.fill(0);
    }
}


/***/ })

};
