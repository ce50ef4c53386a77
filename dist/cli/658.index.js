export const id = 658;
export const ids = [658];
export const modules = {

/***/ 4997:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Qq: () => (/* reexport */ HttpClient),
  j$: () => (/* reexport */ HttpError),
  EY: () => (/* reexport */ backoffDelay),
  aR: () => (/* reexport */ basicAuthorization),
  BG: () => (/* reexport */ basicCredentials),
  Qy: () => (/* reexport */ displayUrl),
  d: () => (/* reexport */ isHttpError),
  mu: () => (/* reexport */ parseRetryAfter),
  Hd: () => (/* reexport */ secondsText),
  $C: () => (/* reexport */ statusError)
});

// UNUSED EXPORTS: HttpResponse, attemptsText, isIdempotent, isRetryableStatus

;// CONCATENATED MODULE: ./packages/core/src/http/basic-auth.ts
/** HTTP Basic credentials: the one place a user and password become an Authorization value. */
/** The base64 text of `username:password` that follows `Basic ` (mask it as well as the password). */
function basicCredentials(username, password) {
    return Buffer.from(`${username}:${password}`).toString('base64');
}
/** The Authorization header value for a user and password. */
function basicAuthorization(username, password) {
    return `Basic ${basicCredentials(username, password)}`;
}

;// CONCATENATED MODULE: ./packages/core/src/http/error.ts
/**
 * The one error an HTTP exchange ends with when it did not get a usable answer: no connection, a
 * timeout, a server that kept failing (429/5xx) after the retries, or a body that could not be read.
 * Callers decide whether that is fatal (a required check) or only worth a warning (best effort).
 */
/** A failed HTTP exchange; the message names the method, URL, what happened and the attempt count. */
class HttpError extends Error {
    url;
    method;
    kind;
    attempts;
    status;
    statusText;
    body;
    constructor(message, details) {
        super(message, details.cause === undefined ? undefined : { cause: details.cause });
        this.name = 'HttpError';
        this.url = details.url;
        this.method = details.method;
        this.kind = details.kind;
        this.attempts = details.attempts;
        this.status = details.status;
        this.statusText = details.statusText;
        this.body = details.body;
    }
}
/** True when `error` is an HttpError. */
function isHttpError(error) {
    return error instanceof HttpError;
}
/** The URL without user:password, so a credential embedded in an index URL never reaches a log line. */
function displayUrl(url) {
    try {
        const parsed = new URL(String(url));
        if (!parsed.username && !parsed.password)
            return parsed.href;
        parsed.username = '';
        parsed.password = '';
        return parsed.href;
    }
    catch {
        return String(url);
    }
}
/** `(1 attempt)` / `(3 attempts)`. */
function attemptsText(attempts) {
    return `(${attempts} ${attempts === 1 ? 'attempt' : 'attempts'})`;
}
/** `30 s`, `0.25 s`: durations as people read them in a log. */
function secondsText(ms) {
    return `${Number((ms / 1000).toFixed(3))} s`;
}

;// CONCATENATED MODULE: ./packages/core/src/http/retry.ts
/**
 * When to try an HTTP request again and how long to wait first. Pure functions, so the policy can be
 * tested without a server and the client stays about moving bytes.
 */
// RFC 9110 §9.2.2: repeating these cannot change the outcome, so a retry after a lost answer is safe.
const IDEMPOTENT_METHODS = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE', 'TRACE']);
/** True for methods that may be sent twice without harm (RFC 9110 idempotent methods). */
function isIdempotent(method) {
    return IDEMPOTENT_METHODS.has(method.toUpperCase());
}
/** True for statuses that say "not now" rather than "never": 429 and every 5xx. */
function isRetryableStatus(status) {
    return status === 429 || (status >= 500 && status <= 599);
}
/**
 * The wait a `Retry-After` header asks for, in milliseconds (RFC 9110 §10.2.3: delay-seconds or an
 * HTTP-date), or undefined when the header is absent or unreadable. A date in the past means 0.
 */
function parseRetryAfter(value, now = Date.now()) {
    if (value === null || value === undefined)
        return undefined;
    const text = value.trim();
    if (/^\d+$/.test(text))
        return Number(text) * 1000;
    // Date.parse is lenient ('-5' is a year); an HTTP-date always spells out the day and month.
    if (!/[a-z]/i.test(text))
        return undefined;
    const date = Date.parse(text);
    if (Number.isNaN(date))
        return undefined;
    return Math.max(0, date - now);
}
/**
 * Exponential backoff before attempt `attempt + 1` (attempt counts from 1): base, 2×base, 4×base, …,
 * never above `max`. No jitter: a release job is one client, not a herd, and fixed delays keep logs
 * and tests predictable.
 */
function backoffDelay(attempt, baseMs, maxMs) {
    return Math.min(maxMs, baseMs * 2 ** Math.max(0, attempt - 1));
}

;// CONCATENATED MODULE: ./packages/core/src/http/client.ts



/** A received response with its body already read (bodies are read inside the attempt; see request()). */
class HttpResponse {
    method;
    status;
    statusText;
    headers;
    url;
    bytes;
    attempts;
    constructor(method, status, statusText, headers, 
    /** The final URL, after any redirects. */
    url, bytes, 
    /** How many attempts it took to get this response. */
    attempts) {
        this.method = method;
        this.status = status;
        this.statusText = statusText;
        this.headers = headers;
        this.url = url;
        this.bytes = bytes;
        this.attempts = attempts;
    }
    /** True for 2xx. */
    get ok() {
        return this.status >= 200 && this.status <= 299;
    }
    /** The body decoded as UTF-8. */
    async text() {
        return new TextDecoder().decode(this.bytes);
    }
    /** The body parsed as JSON; an unparsable body is an HttpError of kind 'body'. */
    async json() {
        const text = await this.text();
        try {
            return JSON.parse(text);
        }
        catch (cause) {
            throw new HttpError(`${this.method} ${displayUrl(this.url)} answered ${this.status} with a body that is not JSON: ${snippet(text, 120)}`, {
                url: this.url,
                method: this.method,
                kind: 'body',
                attempts: this.attempts,
                status: this.status,
                statusText: this.statusText,
                body: snippet(text),
                cause,
            });
        }
    }
}
const defaultSleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/** HTTP with timeouts, retries and readable failures; see HttpClientOptions for the knobs. */
class HttpClient {
    timeoutMs;
    retries;
    backoffMs;
    maxBackoffMs;
    maxRetryAfterMs;
    userAgent;
    fetchFn;
    sleep;
    logger;
    constructor(options = {}) {
        this.timeoutMs = options.timeoutMs ?? 30_000;
        this.retries = Math.max(0, options.retries ?? 3);
        this.backoffMs = options.backoffMs ?? 500;
        this.maxBackoffMs = options.maxBackoffMs ?? 10_000;
        this.maxRetryAfterMs = options.maxRetryAfterMs ?? 60_000;
        this.userAgent = options.userAgent ?? `otai-release node/${process.versions.node}`;
        this.fetchFn = options.fetch ?? globalThis.fetch;
        this.sleep = options.sleep ?? defaultSleep;
        this.logger = options.logger;
    }
    /**
     * Sends a request and returns the response for any status except the retryable ones (429, 5xx),
     * which are retried and, when they persist, thrown as HttpError like network errors and timeouts.
     * Only idempotent methods are retried unless `retry: true`. The body is read within the attempt, so
     * a server that stalls mid-body times out and is retried like one that never answered; this suits
     * API answers and upload responses, which are small.
     */
    async request(url, init = {}) {
        const method = (init.method ?? 'GET').toUpperCase();
        const timeoutMs = init.timeoutMs ?? this.timeoutMs;
        // A one-shot stream cannot be sent twice; a body factory can.
        const replayable = typeof init.body === 'function' || !isStream(init.body);
        const retryAllowed = (init.retry ?? isIdempotent(method)) && replayable;
        const maxAttempts = retryAllowed ? this.retries + 1 : 1;
        const headers = new Headers(init.headers);
        if (!headers.has('user-agent'))
            headers.set('user-agent', this.userAgent);
        const href = moveCredentialsToHeader(new URL(String(url)), headers);
        for (let attempt = 1;; attempt++) {
            const outcome = await this.attempt(href, method, headers, init, timeoutMs, attempt);
            let retryAfterMs;
            let what;
            if ('response' in outcome) {
                const { response } = outcome;
                if (!isRetryableStatus(response.status))
                    return response;
                what = `answered ${statusLine(response)}`;
                if (attempt >= maxAttempts) {
                    const body = snippet(await response.text());
                    throw new HttpError(`${method} ${displayUrl(href)} ${what} ${attemptsText(attempt)}`, {
                        url: href,
                        method,
                        kind: 'status',
                        attempts: attempt,
                        status: response.status,
                        statusText: response.statusText,
                        body: body || undefined,
                    });
                }
                const asked = parseRetryAfter(response.headers.get('retry-after'));
                if (asked !== undefined)
                    retryAfterMs = Math.min(asked, this.maxRetryAfterMs);
            }
            else {
                what = outcome.detail;
                if (attempt >= maxAttempts) {
                    throw new HttpError(`${method} ${displayUrl(href)} ${what} ${attemptsText(attempt)}`, {
                        url: href,
                        method,
                        kind: outcome.failure,
                        attempts: attempt,
                        cause: outcome.cause,
                    });
                }
            }
            const delay = retryAfterMs ?? backoffDelay(attempt, this.backoffMs, this.maxBackoffMs);
            this.logger?.info(`${method} ${displayUrl(href)} ${what}; retrying in ${secondsText(delay)} (attempt ${attempt + 1} of ${maxAttempts})`);
            await this.sleep(delay);
        }
    }
    /** GET a JSON document: 2xx gives the parsed body, 404 gives no body, anything else throws HttpError. */
    async getJson(url, options = {}) {
        const headers = new Headers(options.headers);
        headers.set('accept', options.accept ?? 'application/json');
        const response = await this.request(url, { headers, timeoutMs: options.timeoutMs });
        if (response.status === 404)
            return { status: 404, response };
        if (!response.ok) {
            throw await statusError(response);
        }
        if (response.status === 204 || response.bytes.length === 0)
            return { status: response.status, response };
        return { status: response.status, body: await response.json(), response };
    }
    async attempt(href, method, headers, init, timeoutMs, attempt) {
        const body = typeof init.body === 'function' ? init.body() : init.body;
        const started = Date.now();
        try {
            const response = await this.fetchFn(href, {
                method,
                headers,
                body,
                redirect: init.redirect ?? 'follow',
                signal: AbortSignal.timeout(timeoutMs),
                // undici requires this for streamed request bodies.
                ...(isStream(body) ? { duplex: 'half' } : {}),
            });
            const bytes = new Uint8Array(await response.arrayBuffer());
            const result = new HttpResponse(method, response.status, response.statusText, response.headers, response.url || href, bytes, attempt);
            this.logger?.debug(`${method} ${displayUrl(href)} → ${statusLine(result)} in ${Date.now() - started} ms`);
            return { response: result };
        }
        catch (error) {
            if (isTimeout(error)) {
                return { failure: 'timeout', cause: error, detail: `timed out after ${secondsText(timeoutMs)}` };
            }
            if (isNetworkError(error)) {
                return { failure: 'network', cause: error, detail: `failed: ${networkDetail(error)}` };
            }
            throw error;
        }
    }
}
// Index URLs like https://user:token@host/simple/ are common in pip configuration, but fetch refuses
// URLs with credentials (and would echo them in its error). Send them as Basic auth, as pip and curl
// do; undici drops the header on a cross-origin redirect.
function moveCredentialsToHeader(url, headers) {
    if (!url.username && !url.password)
        return url.href;
    const user = decodeURIComponent(url.username);
    const password = decodeURIComponent(url.password);
    if (!headers.has('authorization')) {
        headers.set('authorization', basicAuthorization(user, password));
    }
    url.username = '';
    url.password = '';
    return url.href;
}
/** `503 Service Unavailable`, or just the code when the server sent no reason phrase. */
function statusLine(response) {
    return response.statusText ? `${response.status} ${response.statusText}` : String(response.status);
}
function snippet(text, max = 1000) {
    const trimmed = text.trim();
    return trimmed.length > max ? `${trimmed.slice(0, max)}…` : trimmed;
}
// Type checks go by tag and name, not instanceof: errors from fetch and bodies built by callers may come
// from another realm (jest's vm contexts), where instanceof fails.
const REPLAYABLE_BODY_TAGS = new Set([
    'Blob',
    'File',
    'FormData',
    'URLSearchParams',
    'ArrayBuffer',
    'SharedArrayBuffer',
]);
function isStream(body) {
    if (body === null || body === undefined || typeof body !== 'object')
        return false;
    if (ArrayBuffer.isView(body))
        return false;
    return !REPLAYABLE_BODY_TAGS.has(Object.prototype.toString.call(body).slice(8, -1));
}
function isTimeout(error) {
    return error?.name === 'TimeoutError';
}
// undici reports connection failures as TypeError('fetch failed') and a body cut short as
// TypeError('terminated'), each with the socket error as cause. Other TypeErrors (bad URL, bad header)
// are our bugs and must not be retried.
function isNetworkError(error) {
    const { name, message } = (error ?? {});
    return name === 'TypeError' && (message === 'fetch failed' || message === 'terminated');
}
function networkDetail(error) {
    const cause = error.cause;
    if (cause?.message)
        return cause.message;
    if (cause?.code)
        return cause.code;
    return error.message;
}
/** The HttpError for an answer whose status the caller cannot use (after retries), quoting its body. */
async function statusError(response) {
    return new HttpError(`${response.method} ${displayUrl(response.url)} answered ${statusLine(response)} ${attemptsText(response.attempts)}`, {
        url: response.url,
        method: response.method,
        kind: 'status',
        attempts: response.attempts,
        status: response.status,
        statusText: response.statusText,
        body: snippet(await response.text()) || undefined,
    });
}

;// CONCATENATED MODULE: ./packages/core/src/http/index.ts
/** The shared HTTP client: fetch with timeouts, retries and readable errors. */






/***/ }),

/***/ 64097:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fn: () => (/* binding */ isFileOfRelease),
/* harmony export */   V3: () => (/* binding */ sdistFilename),
/* harmony export */   hk: () => (/* binding */ parseDistFilename),
/* harmony export */   wQ: () => (/* binding */ distFileKey)
/* harmony export */ });
/* harmony import */ var _names_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(40522);
/* harmony import */ var _pep440_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(65095);
/**
 * Reading project and version back out of distribution file names, for indexes that only list files
 * (pypiserver, devpi: PEP 503 HTML, no JSON API) and for comparing what we built with what is there.
 */


const SDIST_EXTENSIONS = ['.tar.gz', '.zip'];
/**
 * Splits a wheel (`{name}-{ver}(-{build})?-{py}-{abi}-{plat}.whl`, PEP 427) or sdist
 * (`{name}-{ver}.tar.gz` / `.zip`) file name; undefined for anything else. Old sdists may have `-` in
 * the name (`open-ticket-ai-1.0.tar.gz`): given `project`, the split that reproduces the project's
 * name wins, otherwise the last `-` separates name and version, as packaging does.
 */
function parseDistFilename(filename, project) {
    const lower = filename.toLowerCase();
    if (lower.endsWith('.whl')) {
        const parts = filename.slice(0, -'.whl'.length).split('-');
        if (parts.length !== 5 && parts.length !== 6)
            return undefined;
        const [name, version] = parts;
        if (!name || !version)
            return undefined;
        return { filename, kind: 'wheel', name, version };
    }
    const extension = SDIST_EXTENSIONS.find((ext) => lower.endsWith(ext));
    if (!extension)
        return undefined;
    const stem = filename.slice(0, -extension.length);
    const dashes = [...stem.matchAll(/-/g)].map((m) => m.index);
    if (dashes.length === 0)
        return undefined;
    const wanted = project === undefined ? undefined : (0,_names_index_js__WEBPACK_IMPORTED_MODULE_1__/* .canonicalizeName */ .yt)(project);
    const split = (wanted !== undefined && dashes.find((i) => (0,_names_index_js__WEBPACK_IMPORTED_MODULE_1__/* .canonicalizeName */ .yt)(stem.slice(0, i)) === wanted)) ||
        dashes.at(-1);
    const name = stem.slice(0, split);
    const version = stem.slice(split + 1);
    if (!name || !version)
        return undefined;
    return { filename, kind: 'sdist', name, version };
}
/** True when `filename` is a distribution of `project` at `version` (names and versions canonicalised). */
function isFileOfRelease(filename, project, version) {
    const parsed = parseDistFilename(filename, project);
    return (parsed !== undefined &&
        (0,_names_index_js__WEBPACK_IMPORTED_MODULE_1__/* .canonicalizeName */ .yt)(parsed.name) === (0,_names_index_js__WEBPACK_IMPORTED_MODULE_1__/* .canonicalizeName */ .yt)(project) &&
        (0,_pep440_index_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalizeVersion */ .xz)(parsed.version) === (0,_pep440_index_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalizeVersion */ .xz)(version));
}
/**
 * A key under which two names of the same file compare equal (`Foo_Bar-1.0.0-py3-none-any.whl` and
 * `foo_bar-1.0-py3-none-any.whl`); a name that is no distribution file keys as itself.
 */
function distFileKey(filename, project) {
    const parsed = parseDistFilename(filename, project);
    if (!parsed)
        return filename;
    const lower = filename.toLowerCase();
    const rest = parsed.kind === 'wheel'
        ? lower.slice(parsed.name.length + parsed.version.length + 2)
        : SDIST_EXTENSIONS.find((ext) => lower.endsWith(ext));
    return `${parsed.kind}:${(0,_names_index_js__WEBPACK_IMPORTED_MODULE_1__/* .canonicalizeName */ .yt)(parsed.name)}:${(0,_pep440_index_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalizeVersion */ .xz)(parsed.version)}:${rest}`;
}
/** The sdist file name a build of `project` at `version` produces (`open_ticket_ai-1.0.0.tar.gz`). */
function sdistFilename(project, normalizedVersion) {
    return `${(0,_names_index_js__WEBPACK_IMPORTED_MODULE_1__/* .distFilenamePrefix */ .mk)(project)}-${normalizedVersion}.tar.gz`;
}


/***/ }),

/***/ 34658:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  IH: () => (/* reexport */ SIMPLE_ACCEPT),
  bc: () => (/* reexport */ authorizationHeader),
  me: () => (/* reexport */ checkRelease),
  Aw: () => (/* reexport */ fetchSimpleProject),
  Fn: () => (/* reexport */ filenames/* isFileOfRelease */.Fn),
  hk: () => (/* reexport */ filenames/* parseDistFilename */.hk),
  X0: () => (/* reexport */ parseSimpleHtml),
  S6: () => (/* reexport */ parseSimpleJson),
  pQ: () => (/* reexport */ resolveIndex)
});

// UNUSED EXPORTS: DELETED_FILES_NOTE, distFileKey, latestRelease, sdistFilename

// EXTERNAL MODULE: ./packages/core/src/errors/index.ts
var errors = __webpack_require__(45341);
// EXTERNAL MODULE: ./packages/core/src/http/index.ts + 4 modules
var src_http = __webpack_require__(4997);
// EXTERNAL MODULE: ./packages/core/src/names/index.ts
var names = __webpack_require__(40522);
;// CONCATENATED MODULE: ./packages/core/src/package-index/endpoints.ts
/**
 * Where an index lives: the URLs for reading (JSON API, simple API), for uploading, and for people.
 * One setting (`pypi` | `testpypi` | a URL) is turned into all of them here, so no other module builds
 * index URLs by hand.
 */



/** The Basic Authorization header for an index's URL credentials, or undefined when it has none. */
function authorizationHeader(endpoints) {
    const { credentials } = endpoints;
    if (!credentials)
        return undefined;
    return (0,src_http/* basicAuthorization */.aR)(credentials.username, credentials.password);
}
// The hosts of the two public Warehouse instances (versions.md §4.5, pypi-publish.md §3.1).
const PYPI = {
    name: 'pypi',
    web: 'https://pypi.org/',
    upload: 'https://upload.pypi.org/legacy/',
};
const TESTPYPI = {
    name: 'testpypi',
    web: 'https://test.pypi.org/',
    upload: 'https://test.pypi.org/legacy/',
};
const KNOWN_HOSTS = {
    'pypi.org': PYPI,
    'www.pypi.org': PYPI,
    'upload.pypi.org': PYPI,
    'test.pypi.org': TESTPYPI,
};
const ACCEPTED_FORMS = 'write `pypi`, `testpypi`, or the http(s) URL of the index: its base (`https://test.pypi.org/`), ' +
    'its simple URL (`https://host/simple/`) or its upload URL (`https://host/legacy/`)';
/**
 * Resolves an index setting to its endpoints.
 *
 * - `pypi` / `testpypi` (any case) name the public instances; so does any URL on pypi.org,
 *   upload.pypi.org or test.pypi.org, whatever its path.
 * - Any other http(s) URL is read by how its path ends:
 *   - `…/simple/` or `…/simple` is the simple URL; the base is the URL minus `simple/`.
 *   - `…/legacy/` or `…/legacy` is the upload URL; the base is the URL minus `legacy/`.
 *   - `…/+simple/` (devpi) is the simple URL; the base is the URL minus `+simple/`, with no JSON API.
 *   - anything else is the base itself (a trailing `/` is added).
 *   From the base: simple = base + `simple/`, JSON API = base + `pypi/`, upload = base + `legacy/`
 *   (Warehouse's layout). Whether a JSON API really answers there is found out by asking it.
 *
 * Throws ConfigurationError naming the accepted forms for anything else (other schemes, query strings,
 * text that is no URL). User:password in the URL moves to `credentials`.
 */
function resolveIndex(spec) {
    const text = spec.trim();
    const keyword = text.toLowerCase();
    if (keyword === 'pypi')
        return warehouseEndpoints(PYPI);
    if (keyword === 'testpypi')
        return warehouseEndpoints(TESTPYPI);
    let url;
    try {
        url = new URL(text);
    }
    catch {
        throw new errors/* ConfigurationError */.j1(`Index ${JSON.stringify(spec)} is neither a known index name nor a URL: ${ACCEPTED_FORMS}.`);
    }
    const shown = (0,src_http/* displayUrl */.Qy)(url);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        throw new errors/* ConfigurationError */.j1(`Index URL ${shown} uses ${url.protocol}; ${ACCEPTED_FORMS}.`);
    }
    if (url.search || url.hash) {
        throw new errors/* ConfigurationError */.j1(`Index URL ${shown} has a query or fragment, which no index needs: ${ACCEPTED_FORMS}.`);
    }
    const known = KNOWN_HOSTS[url.hostname.toLowerCase()];
    if (known && !url.port && url.protocol === 'https:')
        return warehouseEndpoints(known);
    const credentials = url.username || url.password
        ? { username: decodeURIComponent(url.username), password: decodeURIComponent(url.password) }
        : undefined;
    const path = url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`;
    const origin = `${url.protocol}//${url.host}`;
    const name = url.host;
    let basePath;
    let jsonApi = true;
    let simplePath;
    if (path.endsWith('/+simple/')) {
        basePath = path.slice(0, -'+simple/'.length);
        simplePath = path;
        jsonApi = false;
    }
    else if (path.endsWith('/simple/')) {
        basePath = path.slice(0, -'simple/'.length);
    }
    else if (path.endsWith('/legacy/')) {
        basePath = path.slice(0, -'legacy/'.length);
    }
    else {
        basePath = path;
    }
    const base = `${origin}${basePath}`;
    const simpleUrl = simplePath ? `${origin}${simplePath}` : `${base}simple/`;
    return {
        name,
        jsonApiBase: jsonApi ? `${base}pypi/` : undefined,
        simpleUrl,
        uploadUrl: jsonApi ? `${base}legacy/` : base,
        projectUrl: (project) => `${simpleUrl}${(0,names/* canonicalizeName */.yt)(project)}/`,
        ...(credentials ? { credentials } : {}),
    };
}
function warehouseEndpoints(host) {
    return {
        name: host.name,
        jsonApiBase: `${host.web}pypi/`,
        simpleUrl: `${host.web}simple/`,
        uploadUrl: host.upload,
        projectUrl: (project, version) => `${host.web}project/${(0,names/* canonicalizeName */.yt)(project)}/${version ? `${encodeURIComponent(version)}/` : ''}`,
    };
}

// EXTERNAL MODULE: ./packages/core/src/package-index/filenames.ts
var filenames = __webpack_require__(64097);
// EXTERNAL MODULE: ./packages/core/src/pep440/index.ts + 5 modules
var pep440 = __webpack_require__(65095);
;// CONCATENATED MODULE: ./packages/core/src/package-index/latest.ts
/** Which release an index calls "latest", for indexes that only give us a list of versions. */

/**
 * Warehouse's rule (versions.md §4.1, latest_release_factory): not yanked before yanked, final before
 * pre-release, then the highest PEP 440 version. Versions that do not parse are ignored.
 */
function latestRelease(releases) {
    const rank = (r) => [r.yanked ? 1 : 0, (0,pep440/* isPrerelease */.V1)(r.version) ? 1 : 0];
    let best;
    for (const release of releases) {
        if (!(0,pep440/* tryParseVersion */.z0)(release.version))
            continue;
        if (!best) {
            best = release;
            continue;
        }
        const [by, bp] = rank(best);
        const [ry, rp] = rank(release);
        if (ry !== by ? ry < by : rp !== bp ? rp < bp : (0,pep440/* compareVersions */.Zy)(release.version, best.version) > 0) {
            best = release;
        }
    }
    return best?.version;
}

;// CONCATENATED MODULE: ./packages/core/src/package-index/simple.ts
/**
 * The simple repository API (PEP 503 HTML, PEP 691 JSON): every index speaks it, so it is the fallback
 * whenever there is no Warehouse JSON API. We ask for JSON and accept HTML, because pypiserver and
 * devpi serve only HTML (versions.md §4.2).
 */



/** PEP 691 JSON first; HTML (PEP 503) as a low-priority fallback. */
const SIMPLE_ACCEPT = 'application/vnd.pypi.simple.v1+json, text/html;q=0.1';
/**
 * GETs `{simpleUrl}{canonical-name}/`; undefined when the index answers 404 (no such project).
 * Other non-2xx answers and unreachable indexes throw HttpError.
 */
async function fetchSimpleProject(http, endpoints, project) {
    const headers = new Headers({ accept: SIMPLE_ACCEPT });
    const authorization = authorizationHeader(endpoints);
    if (authorization)
        headers.set('authorization', authorization);
    const response = await http.request(`${endpoints.simpleUrl}${(0,names/* canonicalizeName */.yt)(project)}/`, { headers });
    if (response.status === 404)
        return undefined;
    if (!response.ok)
        throw await (0,src_http/* statusError */.$C)(response);
    const contentType = (response.headers.get('content-type') ?? '').toLowerCase();
    if (/^application\/(vnd\.pypi\.simple\.(v1|latest)\+)?json\b/.test(contentType)) {
        return parseSimpleJson(await response.json(), response.url);
    }
    return { format: 'html', url: response.url, files: parseSimpleHtml(await response.text(), response.url) };
}
/** Reads a PEP 691 project document; file URLs are resolved against `pageUrl`. */
function parseSimpleJson(body, pageUrl) {
    const doc = (body ?? {});
    const files = [];
    for (const file of Array.isArray(doc.files) ? doc.files : []) {
        if (typeof file?.filename !== 'string')
            continue;
        files.push({
            filename: file.filename,
            url: resolveUrl(file.url ?? file.filename, pageUrl),
            yanked: file.yanked === undefined ? false : file.yanked,
            hashes: file.hashes ?? {},
            requiresPython: file['requires-python'] ?? undefined,
        });
    }
    return {
        format: 'json',
        url: pageUrl,
        name: doc.name,
        files,
        versions: Array.isArray(doc.versions) ? doc.versions.filter((v) => typeof v === 'string') : undefined,
    };
}
const ANCHOR = /<a\b([^>]*)>([\s\S]*?)<\/a\s*>/gi;
const ATTRIBUTE = /([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
/**
 * Reads the anchors of a PEP 503 project page: the anchor text is the file name, `href` the URL with
 * an optional `#sha256=…`, `data-yanked` (present, possibly empty) marks a yanked file (PEP 592).
 */
function parseSimpleHtml(html, pageUrl) {
    const files = [];
    for (const [, attributeText = '', inner = ''] of html.matchAll(ANCHOR)) {
        const attributes = new Map();
        for (const [, key = '', dq, sq, bare] of attributeText.matchAll(ATTRIBUTE)) {
            attributes.set(key.toLowerCase(), decodeEntities(dq ?? sq ?? bare ?? ''));
        }
        const filename = decodeEntities(inner.replace(/<[^>]*>/g, '')).trim();
        const href = attributes.get('href');
        if (!filename || href === undefined)
            continue;
        const url = resolveUrl(href, pageUrl);
        const hashes = {};
        const fragment = new URL(url).hash.slice(1);
        const [algorithm, digest] = fragment.split('=', 2);
        if (algorithm && digest)
            hashes[algorithm] = digest;
        const yanked = attributes.get('data-yanked');
        files.push({
            filename,
            url,
            yanked: yanked === undefined ? false : yanked || true,
            hashes,
            requiresPython: attributes.get('data-requires-python'),
        });
    }
    return files;
}
const NAMED_ENTITIES = {
    amp: '&',
    lt: '<',
    gt: '>',
    quot: '"',
    apos: "'",
    nbsp: '\u00a0',
};
function decodeEntities(text) {
    return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, entity) => {
        if (entity[0] === '#') {
            const code = entity[1] === 'x' || entity[1] === 'X'
                ? Number.parseInt(entity.slice(2), 16)
                : Number(entity.slice(1));
            return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
        }
        return NAMED_ENTITIES[entity.toLowerCase()] ?? whole;
    });
}
function resolveUrl(href, base) {
    try {
        return new URL(href, base).href;
    }
    catch {
        return href;
    }
}

;// CONCATENATED MODULE: ./packages/core/src/package-index/release-check.ts
/**
 * "Is this version already on the index?" — the check before an upload (versions.md §4.6): ask
 * Warehouse's JSON API, fall back to the simple API on indexes without one, and say which files are
 * there so a half-finished release can be completed instead of skipped.
 *
 * PyPI's JSON and simple answers are cached for up to 15 minutes (versions.md §4.1), and a CDN may
 * serve them for longer. So `released` and `partial` are reliable (files do not disappear), while
 * `version-free` and `new-project` may be stale right after an upload: an upload that then fails with
 * "File already exists" should be read as the same fact arriving late, not as a contradiction.
 */








/** The note for a release whose files were all deleted. */
const DELETED_FILES_NOTE = 'The release exists but has no files: they were deleted. PyPI refuses to accept a file name that was ' +
    'used before, even after deletion, so this version cannot be uploaded again; release a new version.';
/**
 * Checks `project` at `version` on the index (see ReleaseCheck). The name is canonicalised and the
 * version matched as PyPI does (canonical form, so `1.0` on the index is our `1.0.0`). An unreachable
 * index or a persistent 5xx throws HttpError; callers decide whether the check was required. An
 * invalid name or version throws ConfigurationError.
 */
async function checkRelease(http, endpoints, project, version, options = {}) {
    if (!(0,names/* isValidName */.uV)(project)) {
        throw new errors/* ConfigurationError */.j1(`${JSON.stringify(project)} is not a valid project name: use ASCII letters, digits, ".", "_" and "-", starting and ending with a letter or digit.`);
    }
    const normalized = (0,pep440/* normalizeVersion */.Qj)(version);
    const name = (0,names/* canonicalizeName */.yt)(project);
    const release = { project, normalized, endpoints, expectedFiles: options.expectedFiles };
    if (endpoints.jsonApiBase) {
        const answer = await getWarehouseJson(http, endpoints, `${endpoints.jsonApiBase}${name}/${encodeURIComponent(normalized)}/json`);
        if ('found' in answer) {
            const files = (answer.found.urls ?? []).map((f) => f.filename).filter(isString);
            return classify(release, files, answer.found.info?.version);
        }
        if ('absent' in answer) {
            const projectAnswer = await getWarehouseJson(http, endpoints, `${endpoints.jsonApiBase}${name}/json`);
            if ('found' in projectAnswer) {
                // `releases` is deprecated but still sent; it catches a release the exact-string rule hid from
                // the release route (several old releases sharing one canonical form).
                const wanted = (0,pep440/* canonicalizeVersion */.xz)(normalized);
                for (const [indexVersion, files] of Object.entries(projectAnswer.found.releases ?? {})) {
                    if ((0,pep440/* canonicalizeVersion */.xz)(indexVersion) === wanted) {
                        return classify(release, files.map((f) => f.filename).filter(isString), indexVersion);
                    }
                }
                return { state: 'version-free', latest: projectAnswer.found.info?.version };
            }
        }
    }
    // No JSON API answered for this project (pypiserver, devpi, or a Warehouse project without any
    // visible release): the simple API's file list decides.
    const simple = await fetchSimpleProject(http, endpoints, project);
    if (!simple)
        return { state: 'new-project' };
    const files = simple.files
        .filter((f) => (0,filenames/* isFileOfRelease */.Fn)(f.filename, project, normalized))
        .map((f) => f.filename);
    const wanted = (0,pep440/* canonicalizeVersion */.xz)(normalized);
    if (files.length > 0 || simple.versions?.some((v) => (0,pep440/* canonicalizeVersion */.xz)(v) === wanted)) {
        return classify(release, files);
    }
    return { state: 'version-free', latest: latestFromSimple(simple, project) };
}
function classify(context, files, indexVersion) {
    const { project, normalized, endpoints, expectedFiles } = context;
    const url = endpoints.projectUrl(project, indexVersion ?? normalized);
    if (files.length === 0)
        return { state: 'released', files, url, note: DELETED_FILES_NOTE };
    let missing;
    if (expectedFiles) {
        const present = new Set(files.map((f) => (0,filenames/* distFileKey */.wQ)(f, project)));
        missing = expectedFiles.map(basename).filter((f) => !present.has((0,filenames/* distFileKey */.wQ)(f, project)));
    }
    else {
        const kinds = new Set(files.map((f) => (0,filenames/* parseDistFilename */.hk)(f, project)?.kind));
        missing = [];
        if (!kinds.has('sdist'))
            missing.push((0,filenames/* sdistFilename */.V3)(project, normalized));
        if (!kinds.has('wheel'))
            missing.push(`a wheel (\`${(0,names/* distFilenamePrefix */.mk)(project)}-${normalized}-*.whl\`)`);
    }
    return missing.length > 0 ? { state: 'partial', files, missing, url } : { state: 'released', files, url };
}
async function getWarehouseJson(http, endpoints, url) {
    const headers = new Headers({ accept: 'application/json' });
    const authorization = authorizationHeader(endpoints);
    if (authorization)
        headers.set('authorization', authorization);
    const response = await http.request(url, { headers });
    if (response.status === 404)
        return { absent: true };
    // Not Warehouse: some servers answer unknown paths with an HTML page, a login redirect or 405.
    if (!response.ok || !/\bjson\b/i.test(response.headers.get('content-type') ?? ''))
        return { unusable: true };
    try {
        const body = await response.json();
        return body && typeof body === 'object' && body.info ? { found: body } : { unusable: true };
    }
    catch (error) {
        if (error instanceof src_http/* HttpError */.j$)
            return { unusable: true };
        throw error;
    }
}
function latestFromSimple(simple, project) {
    const releases = new Map();
    for (const version of simple.versions ?? [])
        releases.set((0,pep440/* canonicalizeVersion */.xz)(version), { version, yanked: false });
    // Without PEP 700 `versions` (HTML pages), versions come from the file names; a release counts as
    // yanked only when every one of its files is.
    const yankedByVersion = new Map();
    for (const file of simple.files) {
        const parsed = (0,filenames/* parseDistFilename */.hk)(file.filename, project);
        if (!parsed || (0,names/* canonicalizeName */.yt)(parsed.name) !== (0,names/* canonicalizeName */.yt)(project))
            continue;
        const key = (0,pep440/* canonicalizeVersion */.xz)(parsed.version);
        yankedByVersion.set(key, (yankedByVersion.get(key) ?? true) && file.yanked !== false);
        if (!releases.has(key))
            releases.set(key, { version: parsed.version, yanked: false });
    }
    for (const [key, yanked] of yankedByVersion) {
        const release = releases.get(key);
        if (release)
            release.yanked = yanked;
    }
    return latestRelease([...releases.values()]);
}
function basename(path) {
    return path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
}
function isString(value) {
    return typeof value === 'string';
}

;// CONCATENATED MODULE: ./packages/core/src/package-index/index.ts
/** The read side of a PyPI-compatible index: where it lives, and what it already holds. */







/***/ })

};
