export const id = 877;
export const ids = [877];
export const modules = {

/***/ 98877:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  IN_TOTO_PAYLOAD_TYPE: () => (/* reexport */ IN_TOTO_PAYLOAD_TYPE),
  PUBLIC_GOOD_FULCIO_URL: () => (/* reexport */ PUBLIC_GOOD_FULCIO_URL),
  PUBLIC_GOOD_REKOR_URL: () => (/* reexport */ PUBLIC_GOOD_REKOR_URL),
  PUBLISH_PREDICATE_TYPE: () => (/* reexport */ PUBLISH_PREDICATE_TYPE),
  STATEMENT_TYPE: () => (/* reexport */ STATEMENT_TYPE),
  attestationPolicy: () => (/* reexport */ policy/* attestationPolicy */.N),
  attestationStatement: () => (/* reexport */ attestationStatement),
  bundleToAttestation: () => (/* reexport */ bundleToAttestation),
  publishStatement: () => (/* reexport */ publishStatement),
  sigstoreSigner: () => (/* reexport */ sigstoreSigner),
  validateAttestation: () => (/* reexport */ validateAttestation)
});

// EXTERNAL MODULE: ./packages/core/src/errors/index.ts
var errors = __webpack_require__(45341);
;// CONCATENATED MODULE: ./packages/core/src/attestations/statement.ts
/**
 * The statement a PEP 740 publish attestation signs: an in-toto Statement v1 with exactly one subject,
 * the distribution file, and PyPI's publish predicate (reference/pypi-publish.md §4.2).
 */
/** The in-toto Statement type URI. */
const STATEMENT_TYPE = 'https://in-toto.io/Statement/v1';
/** PyPI's publish attestation predicate (docs.pypi.org/attestations/publish/v1). */
const PUBLISH_PREDICATE_TYPE = 'https://docs.pypi.org/attestations/publish/v1';
/** The DSSE payload type of an in-toto statement. */
const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';
/** The publish/v1 statement for one distribution (predicate `{}`, which the spec allows as well as null). */
function publishStatement(dist) {
    return {
        _type: STATEMENT_TYPE,
        subject: [{ name: dist.filename, digest: { sha256: dist.sha256.toLowerCase() } }],
        predicateType: PUBLISH_PREDICATE_TYPE,
        predicate: {},
    };
}

;// CONCATENATED MODULE: ./packages/core/src/attestations/convert.ts
/**
 * Sigstore bundle → PEP 740 attestation: a lossless reshaping (pypi-attestations' from_bundle;
 * reference/pypi-publish.md §4.2, §4.4). The leaf certificate, the transparency-log entries exactly as
 * the bundle holds them (protobuf JSON), and the DSSE payload and signature, all still base64.
 */


/**
 * The PEP 740 attestation for a DSSE bundle: `certificate` from verificationMaterial.certificate (or the
 * first of x509CertificateChain in older bundles), transparency_entries = tlogEntries, the envelope's
 * payload and first signature. Throws when the bundle cannot become an attestation PyPI accepts.
 */
function bundleToAttestation(bundle) {
    const material = bundle.verificationMaterial;
    const certificate = material?.certificate?.rawBytes ?? material?.x509CertificateChain?.certificates?.[0]?.rawBytes;
    if (!certificate) {
        throw bundleError(material?.publicKey !== undefined
            ? 'it is signed with a public key, not a Fulcio certificate (PyPI verifies the signer’s identity from the certificate)'
            : 'it has no signing certificate');
    }
    const entries = material?.tlogEntries ?? [];
    if (entries.length === 0) {
        throw bundleError('it has no transparency-log entry (PyPI requires the Rekor entry; sign with Rekor enabled)');
    }
    const envelope = bundle.dsseEnvelope;
    if (!envelope) {
        throw bundleError('it signs a message digest, not a DSSE envelope holding an in-toto statement');
    }
    if (envelope.payloadType !== IN_TOTO_PAYLOAD_TYPE) {
        throw bundleError(`its envelope's payloadType is '${envelope.payloadType ?? ''}', not '${IN_TOTO_PAYLOAD_TYPE}'`);
    }
    const signatures = envelope.signatures ?? [];
    if (signatures.length !== 1 || !signatures[0]?.sig) {
        throw bundleError(`its envelope must hold exactly one signature (it holds ${signatures.length})`);
    }
    if (!envelope.payload)
        throw bundleError('its envelope has no payload');
    return {
        version: 1,
        verification_material: { certificate, transparency_entries: entries },
        envelope: { statement: envelope.payload, signature: signatures[0].sig },
    };
}
function bundleError(reason) {
    return new errors/* ConfigurationError */.j1(`The Sigstore bundle cannot become a PEP 740 attestation: ${reason}.`);
}

// EXTERNAL MODULE: ./packages/core/src/attestations/policy.ts
var policy = __webpack_require__(35323);
// EXTERNAL MODULE: ./packages/core/src/http/index.ts + 4 modules
var src_http = __webpack_require__(4997);
// EXTERNAL MODULE: ./packages/core/src/oidc/index.ts + 6 modules
var oidc = __webpack_require__(5953);
;// CONCATENATED MODULE: ./packages/core/src/attestations/validate.ts
/**
 * The checks PyPI makes on an attestation's statement (pypi-attestations' verify, Warehouse's
 * attestations service), made before the first upload so a bad attestation stops the release before
 * anything is published instead of failing one file in.
 */


/** The statement an attestation signs, decoded from its envelope (throws when it is not JSON). */
function attestationStatement(attestation, filename = 'the distribution') {
    try {
        return JSON.parse(Buffer.from(attestation.envelope.statement, 'base64').toString('utf8'));
    }
    catch {
        throw invalid(filename, 'its envelope statement is not base64 of a JSON in-toto statement');
    }
}
/**
 * Throws a ConfigurationError naming the file and the reason unless the attestation is one PyPI will
 * take for this file: version 1, a certificate, at least one transparency entry, a signature, and a
 * statement with exactly one subject whose name is the file name and whose sha256 is the file's.
 */
function validateAttestation(attestation, dist) {
    const file = dist.filename;
    if (attestation.version !== 1)
        throw invalid(file, `its version is ${String(attestation.version)}, not 1`);
    if (!attestation.verification_material?.certificate)
        throw invalid(file, 'it has no certificate');
    if (!attestation.verification_material.transparency_entries?.length) {
        throw invalid(file, 'it has no transparency entry');
    }
    if (!attestation.envelope?.signature)
        throw invalid(file, 'its envelope has no signature');
    const statement = attestationStatement(attestation, file);
    if (statement._type !== STATEMENT_TYPE) {
        throw invalid(file, `its statement's _type is '${String(statement._type)}', not '${STATEMENT_TYPE}'`);
    }
    if (!Array.isArray(statement.subject) || statement.subject.length !== 1) {
        const count = Array.isArray(statement.subject) ? statement.subject.length : 0;
        throw invalid(file, `its statement must have exactly one subject (it has ${count})`);
    }
    const [subject] = statement.subject;
    if (subject?.name !== file) {
        throw invalid(file, `its subject is '${String(subject?.name)}', not the file name '${file}'`);
    }
    const digest = subject.digest?.sha256;
    if (digest?.toLowerCase() !== dist.sha256.toLowerCase()) {
        throw invalid(file, `its subject's sha256 is ${String(digest)}, but the file's is ${dist.sha256}`);
    }
    if (statement.predicateType !== PUBLISH_PREDICATE_TYPE) {
        throw invalid(file, `its predicateType is '${String(statement.predicateType)}', not PyPI's '${PUBLISH_PREDICATE_TYPE}'`);
    }
}
function invalid(filename, reason) {
    return new errors/* ConfigurationError */.j1(`The attestation for ${filename} would be refused by the index: ${reason}. Nothing was uploaded.`);
}

;// CONCATENATED MODULE: ./packages/core/src/attestations/sigstore-signer.ts
/**
 * Signing publish statements with Sigstore's public-good instance through the npm `sigstore` package:
 * an ephemeral key certified by Fulcio for this job's GitHub identity (an ID token with audience
 * `sigstore`), the signature logged in Rekor, the bundle reshaped into PyPI's attestation JSON.
 */





/** Sigstore's public-good Fulcio (the only certificate authority PyPI trusts). */
const PUBLIC_GOOD_FULCIO_URL = 'https://fulcio.sigstore.dev';
/** Sigstore's public-good Rekor. */
const PUBLIC_GOOD_REKOR_URL = 'https://rekor.sigstore.dev';
/**
 * A signer that makes one attestation per distribution with Sigstore: a fresh ID token for audience
 * `sigstore` per signature (tokens are single-use for Fulcio too), the in-toto publish statement as
 * DSSE payload, Rekor's `dsse` entry, then the checks PyPI will make.
 */
function sigstoreSigner(options) {
    const http = options.http ?? new src_http/* HttpClient */.Qq({ fetch: options.fetch, logger: options.logger });
    const fulcioURL = options.fulcioUrl ?? PUBLIC_GOOD_FULCIO_URL;
    const rekorURL = options.rekorUrl ?? PUBLIC_GOOD_REKOR_URL;
    return async (dist) => {
        // Loaded on first use: the package and its TUF and fetch stack are only needed when signing.
        const attest = options.attest ?? (await __webpack_require__.e(/* import() */ 267).then(__webpack_require__.bind(__webpack_require__, 94267))).attest;
        const payload = Buffer.from(JSON.stringify(publishStatement(dist)));
        let bundle;
        try {
            bundle = await attest(payload, IN_TOTO_PAYLOAD_TYPE, {
                fulcioURL,
                rekorURL,
                identityProvider: {
                    getToken: () => (0,oidc/* requestGitHubIdToken */.zl)({ env: options.env, audience: 'sigstore', http, mask: options.mask }),
                },
                tlogUpload: true,
                // false: a `dsse` Rekor entry and the leaf certificate alone, the shape PyPI expects.
                legacyCompatibility: false,
                timeout: options.timeoutMs ?? 15_000,
            });
        }
        catch (error) {
            throw new Error(`Attestation generation failure: signing ${dist.filename} with Sigstore (${fulcioURL}, ${rekorURL}) ` +
                `failed: ${describe(error)}. Re-run the job, or set attestations: false to publish without them.`, { cause: error });
        }
        const attestation = bundleToAttestation(bundle);
        validateAttestation(attestation, dist);
        options.logger.info(`Signed a PEP 740 publish attestation for ${dist.filename}`);
        return attestation;
    };
}
// sigstore-js rejects with Errors carrying a code, and its CI identity with plain strings.
function describe(error) {
    if (error instanceof Error) {
        const code = error.code;
        const cause = error.cause instanceof Error ? `: ${error.cause.message}` : '';
        return `${typeof code === 'string' ? `${code}: ` : ''}${error.message}${cause}`;
    }
    return String(error);
}

;// CONCATENATED MODULE: ./packages/core/src/attestations/index.ts
/** PEP 740 publish attestations: the statement, Sigstore signing, bundle conversion, and PyPI's checks. */







/***/ })

};
