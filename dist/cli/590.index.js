export const id = 590;
export const ids = [590];
export const modules = {

/***/ 590:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main)
});

;// CONCATENATED MODULE: ./packages/core/src/errors/index.ts
/**
 * The one error type for user mistakes. Domain code throws it; the action runner and the CLI turn it
 * into an annotation / a message with exit code 1 and no stack trace. Anything else is a bug in us.
 */
/** A mistake in the user's input, configuration or project: the message says what, where and how to fix it. */
class errors_ConfigurationError extends Error {
    file;
    line;
    column;
    constructor(message, position = {}) {
        super(message);
        this.name = 'ConfigurationError';
        this.file = position.file;
        this.line = position.line;
        this.column = position.column;
    }
    /** `file:line: message`, the form compilers use, so editors and terminals can jump to it. */
    toString() {
        return `${formatPosition(this)}${this.message}`;
    }
}
/** `file:line:column: ` for whatever parts of the position are known, or '' when none are. */
function formatPosition(position) {
    if (!position.file)
        return '';
    let out = position.file;
    if (position.line)
        out += `:${position.line}`;
    if (position.line && position.column)
        out += `:${position.column}`;
    return `${out}: `;
}
/** True for errors the user can fix (bad input), false for bugs and environment failures. */
function isConfigurationError(error) {
    return error instanceof errors_ConfigurationError;
}
/** The message of anything thrown, without assuming it is an Error. */
function errorMessage(error) {
    return error instanceof Error ? error.message : String(error);
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(975);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(161);
;// CONCATENATED MODULE: ./packages/core/src/concurrency/run-limited.ts
/**
 * A promise pool: async work on many items, a few at a time. Builds and distribution reads both run
 * through it; CPU-bound work that needs threads goes to distfiles/archive/digest-pool.ts instead.
 */
/**
 * Runs `fn` on every item, at most `limit` at once, and never rejects: each item's outcome is in its
 * place. After a failure no further item starts (those already running finish), so one broken
 * input does not cost the time of all the others.
 */
async function runLimited(items, limit, fn) {
    const outcomes = items.map(() => ({ status: 'skipped' }));
    let next = 0;
    let stopped = false;
    const worker = async () => {
        while (!stopped && next < items.length) {
            const index = next++;
            try {
                outcomes[index] = { status: 'fulfilled', value: await fn(items[index]) };
            }
            catch (reason) {
                outcomes[index] = { status: 'rejected', reason };
                stopped = true;
            }
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
    return outcomes;
}
/** The values of `outcomes`, all fulfilled; otherwise throws the first failure, in item order. */
function fulfilledValues(outcomes) {
    const failed = outcomes.find((o) => o.status === 'rejected');
    if (failed)
        throw failed.reason;
    return outcomes.map((o) => o.value);
}

;// CONCATENATED MODULE: ./packages/core/src/names/index.ts
/**
 * Python project names: PEP 503 normalisation, validity (the core metadata spec's regex) and the
 * escaped form used in distribution file names (PEP 427 / PEP 625).
 */
const VALID_NAME = /^([A-Z0-9]|[A-Z0-9][A-Z0-9._-]*[A-Z0-9])$/i;
/** PEP 503 normal form: runs of `-`, `_`, `.` become one `-`, lower-cased (`Foo.__Bar` → `foo-bar`). */
function canonicalizeName(name) {
    return name.replace(/[-_.]+/g, '-').toLowerCase();
}
/** True when `name` is a valid project name (ASCII letters, digits, `.`, `_`, `-`; alphanumeric ends). */
function isValidName(name) {
    return VALID_NAME.test(name);
}
/** The name as it starts a wheel or sdist file name: normalised, with `_` for `-` (`my-pkg` → `my_pkg`). */
function distFilenamePrefix(name) {
    return canonicalizeName(name).replace(/-/g, '_');
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(421);
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





;// CONCATENATED MODULE: ./packages/core/src/versioning/git.ts
/**
 * The git operations of a release: clean-tree and tag checks, the release commit, annotated tags and
 * an atomic push. git runs through execFile with argument arrays (never a shell string), behind a
 * GitRunner seam so tests can run real git in temporary repositories or record the calls.
 */



/** The identity commits and tags get when the repository has none (the one GitHub's own actions use). */
const BOT_IDENTITY = {
    name: 'github-actions[bot]',
    email: '41898282+github-actions[bot]@users.noreply.github.com',
};
/** The real git, inheriting this process's environment; prompts are off so a missing credential fails fast. */
const execGit = (args, options) => new Promise((resolve, reject) => {
    (0,external_node_child_process_.execFile)('git', args, {
        cwd: options.cwd,
        env: { ...process.env, GIT_TERMINAL_PROMPT: '0', ...options.env },
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
    }, (error, stdout, stderr) => {
        const code = error?.code;
        if (code === 'ENOENT') {
            reject(new errors_ConfigurationError('git is not installed (or not on PATH); install git to commit, tag or push.'));
            return;
        }
        resolve({ code: error ? (typeof code === 'number' ? code : 1) : 0, stdout, stderr });
    });
});
/** The user a GitHub token is sent as over HTTPS: the token is the password of Basic credentials. */
const GIT_TOKEN_USERNAME = 'x-access-token';
/**
 * The `AUTHORIZATION` header value for a token, as actions/checkout writes it. The action masks its
 * credentials with the token, where it reads the token input (secretInput with GIT_TOKEN_USERNAME).
 */
function basicAuthHeader(token) {
    return `AUTHORIZATION: basic ${basicCredentials(GIT_TOKEN_USERNAME, token)}`;
}
/** Git operations on the repository that contains `cwd`. */
class Git {
    cwd;
    runner;
    auth;
    /** `auth`, when given, is used for the commands that talk to the remote. */
    constructor(cwd, runner = execGit, auth) {
        this.cwd = cwd;
        this.runner = runner;
        this.auth = auth;
    }
    async run(args, env) {
        return this.runner(args, { cwd: this.cwd, env });
    }
    async check(args, what, env) {
        const result = await this.run(args, env);
        if (result.code !== 0) {
            throw new errors_ConfigurationError(`${what} failed: ${(result.stderr || result.stdout).trim()}`);
        }
        return result.stdout;
    }
    // The token goes in through GIT_CONFIG_* rather than `-c`, which would show it in the process list.
    // The empty first value resets extraheaders persisted by actions/checkout, so one header is sent.
    remoteEnv() {
        if (!this.auth?.token)
            return undefined;
        const key = `http.${this.auth.serverUrl.replace(/\/+$/, '')}/.extraheader`;
        return {
            GIT_CONFIG_COUNT: '2',
            GIT_CONFIG_KEY_0: key,
            GIT_CONFIG_VALUE_0: '',
            GIT_CONFIG_KEY_1: key,
            GIT_CONFIG_VALUE_1: basicAuthHeader(this.auth.token),
        };
    }
    /** Throws ConfigurationError unless `cwd` is inside a git work tree. */
    async ensureRepository() {
        const result = await this.run(['rev-parse', '--is-inside-work-tree']);
        if (result.code !== 0 || result.stdout.trim() !== 'true') {
            throw new errors_ConfigurationError(`${this.cwd} is not inside a git repository, so there is nothing to commit or tag; run git init, or drop commit/tag/push.`);
        }
    }
    /** Tracked files with changes (staged or not), as `git status --porcelain` lists them; untracked files are ignored. */
    async changedFiles() {
        const out = await this.check(['status', '--porcelain', '--untracked-files=no'], 'git status');
        return out.split('\n').filter((line) => line.trim() !== '');
    }
    /** True when the tag exists in the local repository. */
    async tagExists(tag) {
        return (await this.run(['rev-parse', '-q', '--verify', `refs/tags/${tag}`])).code === 0;
    }
    /** True when the tag exists on the remote `origin`. */
    async remoteTagExists(tag) {
        const out = await this.check(['ls-remote', '--tags', 'origin', `refs/tags/${tag}`], 'git ls-remote origin', this.remoteEnv());
        return out.trim() !== '';
    }
    /** Every tag of the repository (an empty list outside a git repository). */
    async tags() {
        const result = await this.run(['tag', '--list']);
        return result.code === 0 ? result.stdout.split('\n').filter((t) => t !== '') : [];
    }
    // `-c user.*` only where the repository has no identity; GIT_AUTHOR_*/GIT_COMMITTER_* still win over it.
    async identityArgs() {
        const configured = async (key) => (await this.run(['config', key])).stdout.trim() !== '';
        const args = [];
        if (!(await configured('user.name')))
            args.push('-c', `user.name=${BOT_IDENTITY.name}`);
        if (!(await configured('user.email')))
            args.push('-c', `user.email=${BOT_IDENTITY.email}`);
        return args;
    }
    /** Commits exactly `files` (paths relative to `cwd`) with `message`; returns the new commit's SHA. */
    async commit(files, message) {
        await this.check(['add', '--', ...files], 'git add');
        try {
            await this.check([...(await this.identityArgs()), 'commit', '-m', message, '--', ...files], 'git commit');
        }
        catch (error) {
            // Leave the index as it was; the caller restores the files.
            await this.run(['reset', '-q', '--', ...files]);
            throw error;
        }
        return this.head();
    }
    /** Creates the annotated tag `tag` at HEAD. */
    async tag(tag, message) {
        await this.check([...(await this.identityArgs()), 'tag', '-a', tag, '-m', message], `git tag ${tag}`);
    }
    /** The SHA of HEAD. */
    async head() {
        return (await this.check(['rev-parse', 'HEAD'], 'git rev-parse HEAD')).trim();
    }
    /** Pushes `refs` (`HEAD`, `refs/tags/v1.0`) to origin atomically: all of them or none. */
    async push(refs) {
        await this.check(['push', '--atomic', 'origin', ...refs], 'git push', this.remoteEnv());
    }
}

;// CONCATENATED MODULE: ./packages/core/src/builder/epoch.ts
/**
 * SOURCE_DATE_EPOCH (reproducible-builds.org): backends that honour it (hatchling, setuptools'
 * bdist_wheel, flit, maturin) stamp every archive member with it instead of the file times, so two
 * builds of one commit give the same bytes. The commit time of HEAD is the natural value.
 */


/** The commit time of HEAD in `root` as Unix seconds, or undefined outside a git repository (or without git). */
async function sourceDateEpochOf(root) {
    try {
        const result = await execGit(['log', '-1', '--pretty=%ct'], { cwd: root });
        const seconds = result.stdout.trim();
        return result.code === 0 && /^\d+$/.test(seconds) ? seconds : undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * An explicit `sourceDateEpoch` first, then a SOURCE_DATE_EPOCH already in the environment (the user
 * or the workflow chose it), then the last commit's time; undefined when none applies.
 */
async function chooseSourceDateEpoch(explicit, env, root) {
    if (explicit !== undefined && explicit.trim() !== '')
        return { value: checked(explicit, 'sourceDateEpoch'), source: 'option' };
    const inherited = env.SOURCE_DATE_EPOCH;
    if (inherited !== undefined && inherited.trim() !== '') {
        return { value: checked(inherited, 'the SOURCE_DATE_EPOCH environment variable'), source: 'environment' };
    }
    const fromGit = await sourceDateEpochOf(root);
    return fromGit === undefined ? undefined : { value: fromGit, source: 'last commit' };
}
// Backends parse it with int(); anything else fails deep inside them with a traceback.
function checked(value, what) {
    const trimmed = value.trim();
    if (!/^\d+$/.test(trimmed)) {
        throw new errors_ConfigurationError(`${what} is '${value}', which is not a Unix time: write whole seconds since 1970 (e.g. the output of \`git log -1 --pretty=%ct\`), or leave it unset to use the last commit's time.`);
    }
    return trimmed;
}

;// CONCATENATED MODULE: ./packages/core/src/pep440/whitespace.ts
/**
 * Python's idea of whitespace. packaging strips versions and specifiers with `str.strip()` and matches
 * `\s` in `str` patterns; both use `str.isspace()`, which differs from JavaScript's `\s`: Python also
 * counts U+001C–U+001F and U+0085, and does not count U+FEFF (BOM). Matching Python exactly keeps
 * "valid here" and "valid for pip" the same set.
 */
/** A regex character class (source text) of exactly the characters Python's `str.isspace()` accepts. */
const PY_WHITESPACE = '[\\t\\n\\v\\f\\r\\x1c-\\x20\\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]';
const LEADING = new RegExp(`^${PY_WHITESPACE}+`);
const TRAILING = new RegExp(`${PY_WHITESPACE}+$`);
/** `text.strip()` as Python does it. */
function pyStrip(text) {
    return text.replace(LEADING, '').replace(TRAILING, '');
}

;// CONCATENATED MODULE: ./packages/core/src/pep440/version.ts
/**
 * PEP 440 versions: parsing (pypa/packaging's `_VERSION_PATTERN`, character for character), the
 * canonical string form (`str(Version)`), and PyPI's release identity (`canonicalize_version`).
 */


// The `i` flag without `u` is deliberate: with `u`, case folding would let U+017F (ſ) match `s` and
// U+212A (Kelvin sign) match `k`, while packaging's `(?a:...)` groups accept ASCII letters only.
// JavaScript has no possessive quantifiers; for a full-string match they change nothing here because
// no later part of the pattern can start with what an earlier part gave up.
const VERSION_PATTERN = new RegExp(`^${PY_WHITESPACE}*v?` +
    '(?:(?<epoch>[0-9]+)!)?' +
    '(?<release>[0-9]+(?:\\.[0-9]+)*)' +
    '(?<pre>[._-]?(?<preL>alpha|a|beta|b|preview|pre|c|rc)[._-]?(?<preN>[0-9]+)?)?' +
    '(?<post>(?:-(?<postN1>[0-9]+))|(?:[._-]?(?<postL>post|rev|r)[._-]?(?<postN2>[0-9]+)?))?' +
    '(?<dev>[._-]?(?<devL>dev)[._-]?(?<devN>[0-9]+)?)?' +
    '(?:\\+(?<local>[a-z0-9]+(?:[._-][a-z0-9]+)*))?' +
    `${PY_WHITESPACE}*$`, 'i');
const LOCAL_PATTERN = /^[a-z0-9]+(?:[._-][a-z0-9]+)*$/i;
const PRE_SPELLINGS = {
    a: 'a',
    alpha: 'a',
    b: 'b',
    beta: 'b',
    c: 'rc',
    rc: 'rc',
    pre: 'rc',
    preview: 'rc',
};
/** Raised internally for numbers JavaScript cannot hold exactly; becomes a ConfigurationError. */
class UnsafeNumber extends Error {
}
// Python ints are unbounded; JS numbers are exact only up to 2^53 - 1. Refusing larger numbers is
// better than silently printing a different version than the user wrote.
function toInt(digits) {
    const value = Number(digits);
    if (!Number.isSafeInteger(value))
        throw new UnsafeNumber(digits);
    return value;
}
function parseLocal(local) {
    return local.split(/[._-]/).map((part) => (/^[0-9]+$/.test(part) ? toInt(part) : part.toLowerCase()));
}
function parseOrUndefined(text) {
    const m = VERSION_PATTERN.exec(text);
    if (!m?.groups)
        return undefined;
    const g = m.groups;
    const version = {
        epoch: g.epoch ? toInt(g.epoch) : 0,
        release: g.release.split('.').map(toInt),
    };
    if (g.preL)
        version.pre = [PRE_SPELLINGS[g.preL.toLowerCase()], g.preN ? toInt(g.preN) : 0];
    // `1.0-1` is the implicit post-release spelling: a number without a letter.
    if (g.post)
        version.post = toInt(g.postN1 ?? g.postN2 ?? '0');
    if (g.devL)
        version.dev = g.devN ? toInt(g.devN) : 0;
    if (g.local !== undefined)
        version.local = parseLocal(g.local);
    return version;
}
function invalidVersionMessage(text, reason) {
    // Suggest something built from the user's own release number, so the fix is copy-pasteable.
    const release = /^\s*[vV]?([0-9]+(?:\.[0-9]+)*)/.exec(text)?.[1] ?? '1.0.0';
    return (`${JSON.stringify(text)} is not a valid PEP 440 version: ${reason}; ` +
        `write e.g. "${release}", "${release}a1", "${release}rc1" or "${release}.post1"`);
}
function explainInvalid(text) {
    const stripped = pyStrip(text);
    if (stripped === '')
        return 'it is empty';
    if (/[^\x21-\x7e]/.test(stripped)) {
        return 'it contains whitespace or non-ASCII characters (only ASCII digits, letters and . _ - + ! are allowed)';
    }
    if ((stripped.match(/\+/g) ?? []).length > 1)
        return 'it has more than one "+" (at most one local label)';
    return 'expected [N!]N(.N)*[{a|b|rc}N][.postN][.devN][+local]';
}
/** Parses a PEP 440 version as pip does; throws ConfigurationError (quoting the text) when it is not one. */
function parseVersion(text) {
    let version;
    try {
        version = parseOrUndefined(text);
    }
    catch (error) {
        if (error instanceof UnsafeNumber) {
            throw new errors_ConfigurationError(invalidVersionMessage(text, `the number ${error.message} is larger than ${Number.MAX_SAFE_INTEGER}, the largest this tool handles exactly`));
        }
        throw error;
    }
    if (!version)
        throw new errors_ConfigurationError(invalidVersionMessage(text, explainInvalid(text)));
    return version;
}
/** Like `parseVersion`, but returns `undefined` instead of throwing. */
function tryParseVersion(text) {
    try {
        return parseOrUndefined(text);
    }
    catch (error) {
        if (error instanceof UnsafeNumber)
            return undefined;
        throw error;
    }
}
/** A Version as is, or a string parsed with `parseVersion` (throws ConfigurationError when invalid). */
function version_coerceVersion(version) {
    return typeof version === 'string' ? parseVersion(version) : version;
}
/** The canonical string, as packaging's `str(Version)`: `1!2.0rc1.post2.dev3+ubuntu.1`, `0!` omitted. */
function version_formatVersion(v) {
    let out = v.epoch ? `${v.epoch}!` : '';
    out += v.release.join('.');
    if (v.pre !== undefined)
        out += `${v.pre[0]}${v.pre[1]}`;
    if (v.post !== undefined)
        out += `.post${v.post}`;
    if (v.dev !== undefined)
        out += `.dev${v.dev}`;
    if (v.local !== undefined && v.local.length > 0)
        out += `+${v.local.join('.')}`;
    return out;
}
/** The normal form of a version string (`V1.0-RC.1` → `1.0rc1`); throws ConfigurationError when invalid. */
function normalizeVersion(text) {
    return version_formatVersion(parseVersion(text));
}
/** True when `text` is a valid version already written in its normal form; never throws. */
function isNormalized(text) {
    const version = tryParseVersion(text);
    return version !== undefined && version_formatVersion(version) === text;
}
/** The release segment without trailing zeros, keeping at least one (`[1, 0, 0]` → `[1]`). */
function trimRelease(release) {
    let end = release.length;
    while (end > 1 && release[end - 1] === 0)
        end--;
    return release.slice(0, end);
}
/**
 * packaging.utils.canonicalize_version: the normal form with trailing `.0` release segments removed
 * (`1.0.0` → `1`, `1.4.0.0.0` → `1.4`). PyPI identifies a release by it, so `1.0` and `1.0.0` are the
 * same release. Text that is not a version is returned unchanged, as packaging does.
 */
function canonicalizeVersion(version) {
    const parsed = typeof version === 'string' ? tryParseVersion(version) : version;
    if (!parsed)
        return version;
    return version_formatVersion({ ...parsed, release: trimRelease(parsed.release) });
}
function partsError(what, value, expected) {
    return new ConfigurationError(`${what} ${JSON.stringify(value)} is not valid: ${expected}`);
}
function checkCount(what, value) {
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
        throw partsError(what, value, 'write a non-negative integer such as 0 or 1');
    }
    return value;
}
/** Builds a version from its components (packaging's `Version.from_parts`), normalising the pre-release spelling. */
function versionFromParts(parts) {
    const release = parts.release;
    if (!Array.isArray(release) || release.length === 0) {
        throw partsError('release', release, 'write a non-empty list of non-negative integers such as [1, 0, 0]');
    }
    const version = {
        epoch: parts.epoch == null ? 0 : checkCount('epoch', parts.epoch),
        release: release.map((n) => checkCount('release segment', n)),
    };
    if (parts.pre != null) {
        const [letter, number] = parts.pre;
        const phase = typeof letter === 'string' ? PRE_SPELLINGS[letter.toLowerCase()] : undefined;
        if (!phase)
            throw partsError('pre-release phase', letter, 'write "a", "b" or "rc"');
        version.pre = [phase, checkCount('pre-release number', number)];
    }
    if (parts.post != null)
        version.post = checkCount('post-release number', parts.post);
    if (parts.dev != null)
        version.dev = checkCount('dev-release number', parts.dev);
    if (parts.local != null) {
        if (typeof parts.local !== 'string' || !LOCAL_PATTERN.test(parts.local)) {
            throw partsError('local label', parts.local, 'write ASCII letters and digits separated by ".", e.g. "ubuntu.1"');
        }
        try {
            version.local = parseLocal(parts.local);
        }
        catch (error) {
            if (error instanceof UnsafeNumber) {
                throw partsError('local label', parts.local, `numbers must be at most ${Number.MAX_SAFE_INTEGER}`);
            }
            throw error;
        }
    }
    return version;
}

;// CONCATENATED MODULE: ./packages/core/src/pep440/attributes.ts
/** The derived properties of packaging's `Version` (`is_prerelease`, `public`, `base_version`, …). */

/** True for pre-releases and also for dev releases (`1.0.dev1`), as packaging's `is_prerelease`. */
function isPrerelease(v) {
    const version = version_coerceVersion(v);
    return version.pre !== undefined || version.dev !== undefined;
}
/** True when the version has a `.devN` segment. */
function isDevrelease(v) {
    return coerceVersion(v).dev !== undefined;
}
/** True when the version has a `.postN` segment (including `1.0.post1.dev1`). */
function isPostrelease(v) {
    return version_coerceVersion(v).post !== undefined;
}
/** True when the version has a `+local` label, which PyPI refuses. */
function hasLocal(v) {
    const local = version_coerceVersion(v).local;
    return local !== undefined && local.length > 0;
}
/** The canonical string without the local label (`1!1.2.3.dev1+abc` → `1!1.2.3.dev1`). */
function publicVersion(v) {
    const { local: _local, ...rest } = version_coerceVersion(v);
    return version_formatVersion(rest);
}
/** Epoch and release only (`1!1.2.3rc1.post2+abc` → `1!1.2.3`). */
function baseVersion(v) {
    const { epoch, release } = coerceVersion(v);
    return formatVersion({ epoch, release });
}

;// CONCATENATED MODULE: ./packages/core/src/pep440/bump.ts
/**
 * Computing the next version for `set-version`. Every result is a normalised PEP 440 string that sorts
 * strictly after the current version; a bump that would go backwards, or that no release manager wants,
 * is refused with a ConfigurationError that says what to write instead.
 *
 * Rules, by current version:
 * - final or post release (`1.2.3`, `1.2.3.post1`; a dev release of a post release such as
 *   `1.2.3.post1.dev2` counts as a post release):
 *   `major`/`minor`/`patch` bump that segment and zero the ones after it, keeping the number of release
 *   segments but at least 2 for minor and 3 for patch (`1.2` patch → `1.2.1`); `alpha`/`beta`/`rc`/`dev`
 *   start a pre-release of the next patch (`1.0.0` rc → `1.0.1rc1`); `post` adds or increments `.postN`.
 * - pre-release or dev release of X (`1.0.1rc2`, `1.0.1.dev3`, `1.0.1rc1.dev2`):
 *   `patch` gives X; `minor` gives X when every segment after the minor is 0, `major` when every segment
 *   after the major is 0, otherwise they bump as from a final; the same phase increments (`rc1` → `rc2`),
 *   a later phase starts at the first number (`a2` → `b1`), an earlier one is refused; a dev release of a
 *   pre-release finalises to it (`rc1.dev3` rc → `rc1`); `dev` increments `.devN` or starts the next
 *   pre-release's dev series (`rc1` → `rc2.dev1`); `release` gives X; `post` is refused.
 * - pre-release, dev and post numbers: new series start at `firstPrereleaseNumber` (default 1, as uv and
 *   python-semantic-release do; hatch, poetry and commitizen start at 0) for a/b/rc and dev; a new post
 *   series always starts at `.post1`.
 * - Epochs are kept. Local versions (`+label`) are refused: PyPI rejects them.
 */


/** Every bump `bumpVersion` understands, in the order documentation lists them. */
const BUMP_SPECS = [
    'major',
    'minor',
    'patch',
    'alpha',
    'beta',
    'rc',
    'post',
    'dev',
    'release',
];
/** True when `text` names a bump (`major`, `rc`, …). */
function isBumpSpec(text) {
    return BUMP_SPECS.includes(text);
}
const PHASES = {
    alpha: 'a',
    beta: 'b',
    rc: 'rc',
};
const PHASE_ORDER = { a: 0, b: 1, rc: 2 };
const PHASE_NAMES = { a: 'alpha', b: 'beta', rc: 'rc' };
const SEGMENT_INDEX = { major: 0, minor: 1, patch: 2 };
/** The release `v` leads up to, when `v` is a pre-release or dev release of it (not a dev of a post). */
function isLeadingUpTo(v) {
    return v.pre !== undefined || (v.dev !== undefined && v.post === undefined);
}
function bumpSegment(release, index) {
    const next = [...release];
    while (next.length <= index)
        next.push(0);
    next[index] += 1;
    for (let i = index + 1; i < next.length; i++)
        next[i] = 0;
    return next;
}
function hasShape(release, index) {
    // `patch` always finalises a pre-release of X to X, whatever X's last segments are.
    if (index === 2)
        return true;
    return release.slice(index + 1).every((n) => n === 0);
}
function bumpError(current, spec, why) {
    return new errors_ConfigurationError(`cannot bump ${JSON.stringify(version_formatVersion(current))} with "${spec}": ${why}`);
}
function bumpPhase(v, spec, first) {
    const phase = PHASES[spec];
    const base = { epoch: v.epoch, release: v.release };
    if (v.pre === undefined) {
        // A dev release of X (`1.0.1.dev2`) already leads up to X; a final or post release leads to the next patch.
        if (v.dev !== undefined && v.post === undefined)
            return { ...base, pre: [phase, first] };
        return { ...base, release: bumpSegment(v.release, 2), pre: [phase, first] };
    }
    const [currentPhase, number] = v.pre;
    if (PHASE_ORDER[phase] < PHASE_ORDER[currentPhase]) {
        const nextPatch = version_formatVersion({ ...base, release: bumpSegment(v.release, 2), pre: [phase, first] });
        throw bumpError(v, spec, `${spec} comes before ${PHASE_NAMES[currentPhase]}, so the version would go backwards; to start ` +
            `${spec} releases of the next version, bump "patch" then "${spec}" or set the version explicitly ` +
            `(e.g. "${nextPatch}")`);
    }
    if (phase !== currentPhase)
        return { ...base, pre: [phase, first] };
    // `1.0.1rc1.dev3` rc → `1.0.1rc1`: the dev release was a preview of that very pre-release.
    if (v.dev !== undefined && v.post === undefined)
        return { ...base, pre: [phase, number] };
    return { ...base, pre: [phase, number + 1] };
}
function bumpParsed(v, spec, first) {
    const base = { epoch: v.epoch, release: v.release };
    switch (spec) {
        case 'major':
        case 'minor':
        case 'patch': {
            const index = SEGMENT_INDEX[spec];
            if (isLeadingUpTo(v) && hasShape(v.release, index))
                return base;
            return { ...base, release: bumpSegment(v.release, index) };
        }
        case 'alpha':
        case 'beta':
        case 'rc':
            return bumpPhase(v, spec, first);
        case 'post':
            if (isLeadingUpTo(v)) {
                throw bumpError(v, spec, 'it is a pre-release; a post-release of a pre-release is valid PEP 440 but never what a release ' +
                    'wants: bump "release" to publish the final version, then "post" for fixes to it');
            }
            // `1.0.0.post1.dev2` post → `1.0.0.post1`: the dev release was a preview of that post release.
            if (v.post !== undefined && v.dev !== undefined)
                return { ...base, post: v.post };
            return { ...base, post: v.post === undefined ? 1 : v.post + 1 };
        case 'dev':
            if (v.dev !== undefined)
                return { ...withoutDev(v), dev: v.dev + 1 };
            if (v.pre !== undefined)
                return { ...base, pre: [v.pre[0], v.pre[1] + 1], dev: first };
            return { ...base, release: bumpSegment(v.release, 2), dev: first };
        case 'release':
            if (!isLeadingUpTo(v)) {
                if (v.dev !== undefined)
                    return { ...base, post: v.post };
                throw bumpError(v, spec, 'it is already a final release; use "patch", "minor" or "major" for the next one');
            }
            return base;
    }
}
function withoutDev(v) {
    const { dev: _dev, ...rest } = v;
    return rest;
}
/**
 * The version after `current` for one bump (see the module comment for the rules), as a normalised
 * string. Throws ConfigurationError for invalid or local versions and for bumps that would go backwards.
 */
function bumpVersion(current, spec, options = {}) {
    if (!isBumpSpec(spec)) {
        throw new errors_ConfigurationError(`${JSON.stringify(spec)} is not a version bump; use one of ${BUMP_SPECS.map((s) => `"${s}"`).join(', ')}`);
    }
    const first = options.firstPrereleaseNumber ?? 1;
    if (!Number.isSafeInteger(first) || first < 0) {
        throw new errors_ConfigurationError(`first pre-release number ${JSON.stringify(first)} is not valid; write a non-negative integer such as 0 or 1`);
    }
    const version = version_coerceVersion(current);
    if (version.local?.length) {
        throw bumpError(version, spec, 'local versions cannot be released to PyPI (it rejects any "+label"); remove the local label first');
    }
    return version_formatVersion(bumpParsed(version, spec, first));
}

;// CONCATENATED MODULE: ./packages/core/src/pep440/compare.ts
/** PEP 440 ordering, exactly as packaging's `Version` comparison key (`_cmpkey`). */

const PRE_RANK = { a: 0, b: 1, rc: 2 };
// A dev release without a pre or post segment (`1.0.dev1`) sorts before every pre-release of 1.0.
const PRE_RANK_DEV_ONLY = -1;
const PRE_RANK_NONE = 3;
function suffixKey(v) {
    let preRank;
    let preNumber = 0;
    if (v.pre !== undefined) {
        preRank = PRE_RANK[v.pre[0]];
        preNumber = v.pre[1];
    }
    else if (v.post === undefined && v.dev !== undefined) {
        preRank = PRE_RANK_DEV_ONLY;
    }
    else {
        preRank = PRE_RANK_NONE;
    }
    return [
        preRank,
        preNumber,
        v.post === undefined ? 0 : 1,
        v.post ?? 0,
        // Without a dev segment sorts after with one: 1.0a1.dev1 < 1.0a1.
        v.dev === undefined ? 1 : 0,
        v.dev ?? 0,
    ];
}
function compareNumbers(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
function compareReleases(a, b) {
    // Zero-padded, so 1.0 == 1.0.0.
    const length = Math.max(a.length, b.length);
    for (let i = 0; i < length; i++) {
        const c = compareNumbers(a[i] ?? 0, b[i] ?? 0);
        if (c !== 0)
            return c;
    }
    return 0;
}
function compareLocalSegments(a, b) {
    // PEP 440: a numeric segment sorts after any alphanumeric one; like kinds compare naturally.
    if (typeof a === 'number')
        return typeof b === 'number' ? compareNumbers(a, b) : 1;
    if (typeof b === 'number')
        return -1;
    return a < b ? -1 : a > b ? 1 : 0;
}
function compareLocals(a, b) {
    const left = a?.length ? a : undefined;
    const right = b?.length ? b : undefined;
    if (!left || !right)
        return compareNumbers(left ? 1 : 0, right ? 1 : 0);
    const length = Math.min(left.length, right.length);
    for (let i = 0; i < length; i++) {
        const c = compareLocalSegments(left[i], right[i]);
        if (c !== 0)
            return c;
    }
    return compareNumbers(left.length, right.length);
}
/** Orders two versions as pip does: negative when `a < b`, 0 when equal (`1.0 == 1.0.0`), positive when `a > b`. */
function compareVersions(a, b) {
    const left = version_coerceVersion(a);
    const right = version_coerceVersion(b);
    let c = compareNumbers(left.epoch, right.epoch);
    if (c !== 0)
        return c;
    c = compareReleases(left.release, right.release);
    if (c !== 0)
        return c;
    const ls = suffixKey(left);
    const rs = suffixKey(right);
    for (let i = 0; i < ls.length; i++) {
        c = compareNumbers(ls[i], rs[i]);
        if (c !== 0)
            return c;
    }
    return compareLocals(left.local, right.local);
}
/** True when the two versions are equal under PEP 440 (`1.0rc1` == `1.0c1`, `1.0` == `1.0.0`). */
function versionsEqual(a, b) {
    return compareVersions(a, b) === 0;
}

;// CONCATENATED MODULE: ./packages/core/src/pep440/specifier.ts
/**
 * PEP 440 version specifiers (`>=1.0,<2.0`, `==1.2.*`, `~=1.4.5`, `===1.0`), with the syntax and the
 * matching rules of packaging.specifiers. Used to check that pins between a monorepo's own packages
 * (`autogen-core==0.7.5`, `opentelemetry-api == 1.45.0.dev`) admit the version being released.
 */





const WS = PY_WHITESPACE;
const EPOCH = '(?:[0-9]+!)?';
const RELEASE = '[0-9]+(?:\\.[0-9]+)*';
const PRE = '(?:[-_.]?(?:alpha|beta|preview|pre|a|b|c|rc)[-_.]?[0-9]*)?';
const POST = '(?:(?:-[0-9]+)|(?:[-_.]?(?:post|rev|r)[-_.]?[0-9]*))?';
const DEV = '(?:[-_.]?dev[-_.]?[0-9]*)?';
const LOCAL = '(?:\\+[a-z0-9]+(?:[-_.][a-z0-9]+)*)?';
// packaging's `Specifier._specifier_regex_str`, one alternative per operator family.
const SPECIFIER_PATTERN = new RegExp(`^${WS}*(?:` +
    // `===` compares strings: anything but whitespace, `;` (markers) and `)` (parenthesised specs).
    `(?:===${WS}*(?:(?!${WS})[^;)])*)` +
    `|(?:(?:==|!=)${WS}*v?${EPOCH}${RELEASE}(?:\\.\\*|${PRE}${POST}${DEV}${LOCAL})?)` +
    `|(?:~=${WS}*v?${EPOCH}[0-9]+(?:\\.[0-9]+)+${PRE}${POST}${DEV})` +
    `|(?:(?:<=|>=|<|>)${WS}*v?${EPOCH}${RELEASE}${PRE}${POST}${DEV})` +
    `)${WS}*$`, 'i');
const EXAMPLES = 'write e.g. ">=1.0", "==1.2.*", "~=1.4.5", "!=1.3" or ">=4.1.0,<5.0.0"';
function specifier_explainInvalid(clause) {
    const operator = /^(===|~=|==|!=|<=|>=|<|>)/.exec(clause)?.[1];
    if (!operator) {
        if (/^(=>|=<|=)[^=]/.test(clause))
            return 'the operator is misspelt (PEP 440 has ==, !=, <=, >=, <, >, ~= and ===)';
        return 'it does not start with an operator (==, !=, <=, >=, <, >, ~= or ===)';
    }
    const version = pyStrip(clause.slice(operator.length));
    const equality = operator === '==' || operator === '!=';
    if (version.endsWith('.*')) {
        if (!equality)
            return `".*" is only allowed after == and !=, not after ${operator}`;
        if (/^[vV]?([0-9]+!)?[0-9]+(\.[0-9]+)*\.\*$/.test(version) === false) {
            return '".*" must follow the release numbers directly (==1.2.*), without pre, post, dev or local parts';
        }
    }
    if (!equality && version.includes('+')) {
        return `a local label ("+…") is only allowed after == and !=, not after ${operator}`;
    }
    if (operator === '~=' && /^[vV]?([0-9]+!)?[0-9]+([^.0-9]|$)/.test(version)) {
        return '~= needs a release with at least two segments (~=1.4 means >=1.4,==1.*)';
    }
    return `${JSON.stringify(version)} is not a valid PEP 440 version for ${operator}`;
}
function parseClause(clause) {
    if (!SPECIFIER_PATTERN.test(clause))
        return undefined;
    const raw = pyStrip(clause);
    const operator = /^(===|~=|==|!=|<=|>=|<|>)/.exec(raw)[1];
    return { operator, version: pyStrip(raw.slice(operator.length)), raw };
}
function invalidSpecifier(clause, setText) {
    const where = pyStrip(clause) === pyStrip(setText) ? '' : ` (in ${JSON.stringify(setText)})`;
    return new errors_ConfigurationError(`${JSON.stringify(pyStrip(clause))} is not a valid PEP 440 version specifier${where}: ` +
        `${specifier_explainInvalid(pyStrip(clause))}; ${EXAMPLES}`);
}
/** Parses one clause such as `>=1.0` or `== 1.45.0.dev`; throws ConfigurationError when it is not one. */
function parseSpecifier(text) {
    const spec = parseClause(text);
    if (!spec)
        throw invalidSpecifier(text, text);
    return spec;
}
/** Parses `>=1.0,<2.0` (spaces allowed, empty clauses skipped as packaging does); throws ConfigurationError. */
function parseSpecifierSet(text) {
    const set = [];
    for (const clause of text.split(',')) {
        if (pyStrip(clause) === '')
            continue;
        const spec = parseClause(clause);
        if (!spec)
            throw invalidSpecifier(clause, text);
        set.push(spec);
    }
    return set;
}
/** Like `parseSpecifierSet`, but returns `undefined` instead of throwing. */
function tryParseSpecifierSet(text) {
    try {
        return parseSpecifierSet(text);
    }
    catch (error) {
        if (error instanceof errors_ConfigurationError)
            return undefined;
        throw error;
    }
}
/** The set written back in packaging's `str()` form: clauses without spaces, joined by `,`. */
function formatSpecifierSet(set) {
    return set.map((spec) => `${spec.operator}${spec.version}`).join(',');
}
function withoutLocal(v) {
    const { local: _local, ...rest } = v;
    return rest;
}
/** `==E!R.*`: same epoch, and the candidate's release, zero-padded, starts with R. Local labels are ignored. */
function matchesPrefix(candidate, prefix) {
    if (candidate.epoch !== prefix.epoch)
        return false;
    return prefix.release.every((n, i) => (candidate.release[i] ?? 0) === n);
}
function matchesEqual(candidate, specVersion) {
    if (specVersion.endsWith('.*'))
        return matchesPrefix(candidate, parseVersion(specVersion.slice(0, -2)));
    const spec = parseVersion(specVersion);
    // A specifier without a local label matches every local build of that version.
    const subject = spec.local?.length ? candidate : withoutLocal(candidate);
    return compareVersions(subject, spec) === 0;
}
function matchesCompatible(candidate, spec) {
    // ~=V.N means >=V.N,==V.*; the prefix comes from the parsed release, so odd spellings such as
    // `~=v1.4` or `~=1.4.5.POST1` behave like their normal forms (packaging's string splitting does not).
    const prefix = { epoch: spec.epoch, release: spec.release.slice(0, -1) };
    return compareVersions(withoutLocal(candidate), spec) >= 0 && matchesPrefix(candidate, prefix);
}
function matchesLessThan(candidate, spec) {
    if (compareVersions(candidate, spec) >= 0)
        return false;
    // PEP 440: <V must not admit a pre-release of V unless V is itself a pre-release (<1.7 excludes 1.7rc1).
    if (!isPrerelease(spec) && isPrerelease(candidate)) {
        const earliestOfSpec = { ...withoutLocal(spec), dev: 0 };
        if (compareVersions(candidate, earliestOfSpec) >= 0)
            return false;
    }
    return true;
}
function matchesGreaterThan(candidate, spec) {
    if (compareVersions(candidate, spec) <= 0)
        return false;
    // PEP 440: >V must not admit a post-release of V unless V is itself one (>1.7 excludes 1.7.post1) …
    if (spec.post === undefined && candidate.post !== undefined) {
        const { post: _post, dev: _dev, local: _local, ...postBase } = candidate;
        if (compareVersions(postBase, spec) === 0)
            return false;
    }
    // … nor a local build of V (>1.0a1 excludes 1.0a1+local but admits 1.0a2+local).
    if (candidate.local?.length && compareVersions(withoutLocal(candidate), spec) === 0)
        return false;
    return true;
}
function matches(spec, candidate, candidateText) {
    if (spec.operator === '===')
        return candidateText.toLowerCase() === spec.version.toLowerCase();
    if (!candidate)
        return false;
    switch (spec.operator) {
        case '==':
            return matchesEqual(candidate, spec.version);
        case '!=':
            return !matchesEqual(candidate, spec.version);
        case '~=':
            return matchesCompatible(candidate, parseVersion(spec.version));
        case '<=':
            return compareVersions(publicVersion(candidate), spec.version) <= 0;
        case '>=':
            return compareVersions(publicVersion(candidate), spec.version) >= 0;
        case '<':
            return matchesLessThan(candidate, parseVersion(spec.version));
        case '>':
            return matchesGreaterThan(candidate, parseVersion(spec.version));
        default:
            throw new errors_ConfigurationError(`${JSON.stringify(spec.raw)} has an unknown operator ${JSON.stringify(spec.operator)}; ${EXAMPLES}`);
    }
}
function candidateOf(version) {
    // `===` compares the text as written, so keep the caller's string rather than its normal form.
    if (typeof version === 'string')
        return [tryParseVersion(version), version];
    return [version, version_formatVersion(version)];
}
/** Whether one specifier admits `version`. Text that is not a version matches only `===` with the same text. */
function specifierContains(spec, version, options = {}) {
    return specifierSetContains([spec], version, options);
}
/**
 * Whether every clause of `set` admits `version` (packaging's `SpecifierSet.contains`). `set` may be
 * given as text. Pre-releases are admitted unless `prereleases: false`; see ContainsOptions.
 */
function specifierSetContains(set, version, options = {}) {
    const specs = typeof set === 'string' ? parseSpecifierSet(set) : set;
    const [candidate, text] = candidateOf(version);
    if (options.prereleases === false && candidate && isPrerelease(candidate))
        return false;
    return specs.every((spec) => matches(spec, candidate, text));
}

;// CONCATENATED MODULE: ./packages/core/src/pep440/index.ts
/**
 * PEP 440 without dependencies: versions (parse, normal and canonical forms, ordering, attributes),
 * version specifiers, and the bumps `set-version` applies. Semantics follow pypa/packaging, checked
 * against its own test vectors (tests/pep440/conformance.test.ts).
 */






;// CONCATENATED MODULE: ./packages/core/src/package-index/filenames.ts
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
    const wanted = project === undefined ? undefined : canonicalizeName(project);
    const split = (wanted !== undefined && dashes.find((i) => canonicalizeName(stem.slice(0, i)) === wanted)) ||
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
        canonicalizeName(parsed.name) === canonicalizeName(project) &&
        canonicalizeVersion(parsed.version) === canonicalizeVersion(version));
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
    return `${parsed.kind}:${canonicalizeName(parsed.name)}:${canonicalizeVersion(parsed.version)}:${rest}`;
}
/** The sdist file name a build of `project` at `version` produces (`open_ticket_ai-1.0.0.tar.gz`). */
function sdistFilename(project, normalizedVersion) {
    return `${distFilenamePrefix(project)}-${normalizedVersion}.tar.gz`;
}

;// CONCATENATED MODULE: ./packages/core/src/builder/fallback.ts

/** The distribution that provides each tag-deriving version source (pyproject's `tool` names). */
const PLUGIN_DISTRIBUTIONS = {
    'setuptools-scm': 'setuptools-scm',
    'hatch-vcs': 'hatch-vcs',
    versioningit: 'versioningit',
    'uv-dynamic-versioning': 'uv-dynamic-versioning',
    'poetry-dynamic-versioning': 'poetry-dynamic-versioning',
    'pdm-backend scm': 'pdm-backend',
};
// setuptools-scm / hatch-vcs write `g<commit>` and `d<YYYYMMDD>`; dunamai the bare commit and `dirty`.
const NODE = /^g[0-9a-f]{4,}$/;
const BARE_NODE = /^[0-9a-f]{7,}$/;
const DATE = /^d\d{8,14}$/;
/** The fallback `version` is, or undefined for an ordinary version. */
function fallbackShape(version) {
    const v = tryParseVersion(version);
    if (!v)
        return undefined;
    const local = (v.local ?? []).map(String);
    const dirty = local.some((part) => DATE.test(part) || part === 'dirty');
    // `d20260101` is hex too: a date is never the commit.
    const node = local.some((part) => NODE.test(part) || (BARE_NODE.test(part) && !DATE.test(part)));
    const zero = v.release.every((n) => n === 0);
    const counted = v.dev !== undefined || v.post !== undefined;
    const distance = v.post ?? v.dev;
    if (zero && !v.pre && !counted && local.length === 0)
        return { kind: 'placeholder', dirty: false };
    const guessedFromNothing = v.release.length === 2 && v.release[0] === 0 && v.release[1] === 1;
    if ((guessedFromNothing && v.dev !== undefined) || (zero && counted)) {
        return { kind: 'untagged', dirty, distance };
    }
    if (node && counted)
        return { kind: 'after-tag', dirty, distance };
    return dirty ? { dirty } : undefined;
}
const FETCH_FIX = 'check out with `actions/checkout` and `fetch-depth: 0` (all history and tags), or run ' +
    '`git fetch --tags --unshallow` before building';
function pluginName(context) {
    return context.plugin?.tool ?? 'setuptools-scm and hatch-vcs';
}
function placeholder(version, context) {
    const tool = context.plugin?.tool;
    if (!tool) {
        return (`${version} is the placeholder a build backend writes when nothing supplied a version. If the package ` +
            'takes its version from a git tag, its version plugin (setuptools-scm, hatch-vcs, …) did not run: declare ' +
            `it in [build-system] requires of ${context.manifest} and install it. If the version is written in a file, set it there.`);
    }
    const dist = PLUGIN_DISTRIBUTIONS[tool] ?? tool;
    const at = `${context.plugin.file}:${context.plugin.line}`;
    const head = `${version} is the placeholder the backend writes when no version plugin ran: the package takes its version from the git tag through ${tool} (${at}), and ${tool} did not run`;
    if (!context.isolation && context.pluginInstalled === false) {
        return (`${head} because ${dist} is not installed in ${context.python ?? 'the build interpreter'}, and a build without isolation ` +
            `uses only what that interpreter has. Fix: install it there (\`${context.python ?? 'python'} -m pip install ${dist}\`)` +
            `${context.pluginDeclared === false ? `, and add "${dist}" to [build-system] requires in ${context.manifest} so every build gets it` : ''}.`);
    }
    if (context.pluginDeclared === false) {
        return (`${head} because "${dist}" is not in [build-system] requires of ${context.manifest}, so an isolated build never installs it. ` +
            `Fix: add "${dist}" to requires.`);
    }
    return `${head}. Fix: make sure ${dist} is installed for the build and declared in [build-system] requires of ${context.manifest}.`;
}
function untagged(version, context) {
    const checkout = context.checkout;
    const head = `${version} is what ${pluginName(context)} derive${context.plugin ? 's' : ''} when no tag is reachable from the commit being built`;
    let cause;
    if (!checkout)
        cause = 'the checkout is shallow or lacks tags';
    else if (checkout.shallow && checkout.tagCount === 0)
        cause =
            'the checkout is shallow and has no tags (actions/checkout fetches one commit and no tags unless told otherwise)';
    else if (checkout.shallow)
        cause =
            "the checkout is shallow, so the tagged commit is not in it (actions/checkout's default `fetch-depth: 1`)";
    else if (checkout.tagCount === 0)
        cause = 'the checkout has no tags (they were not fetched)';
    else {
        return (`${head}, yet the clone is complete and has ${checkout.tagCount} tag(s): none of them that the plugin reads as a version ` +
            'is on the history of HEAD. Fix: tag the commit being built, or, for tags such as `mypkg-v1.2.3`, configure the ' +
            "plugin's tag pattern (setuptools-scm `tag_regex`, hatch-vcs `tag-pattern`).");
    }
    return `${head}: ${cause}. Fix: ${FETCH_FIX}.`;
}
function afterTag(version, expected, shape, context) {
    const commits = shape.distance === undefined ? 'some commits' : `${shape.distance} commit(s)`;
    const onHead = context.headTags?.length
        ? ` HEAD carries ${context.headTags.join(', ')}, which ${pluginName(context)} did not take: check the plugin's tag pattern.`
        : '';
    return (`${version} is what ${pluginName(context)} derive${context.plugin ? 's' : ''} ${commits} after the last tag it found: ` +
        `the tag for ${expected} is not on the commit being built.${onHead} Fix: tag the commit being built ` +
        '(and push the tag), or build the commit the tag points at.');
}
function dirty(context) {
    const changed = context.checkout?.changed ?? [];
    const list = changed.length === 0
        ? ''
        : ` (now: ${changed.slice(0, 5).join(', ')}${changed.length > 5 ? `, and ${changed.length - 5} more` : ''})`;
    return (`The \`d<date>\` part means tracked files had uncommitted changes when the plugin ran${list}. ` +
        'Fix: build from a clean checkout: commit the changes, or keep earlier steps from editing tracked files.');
}
/**
 * Why a tag-deriving build wrote `version` instead of `expected`, and the fix; undefined when `version`
 * is not a fallback.
 */
function explainFallback(version, expected, context) {
    const shape = fallbackShape(version);
    if (!shape)
        return undefined;
    const parts = [];
    if (shape.kind === 'placeholder')
        parts.push(placeholder(version, context));
    if (shape.kind === 'untagged')
        parts.push(untagged(version, context));
    if (shape.kind === 'after-tag')
        parts.push(afterTag(version, expected, shape, context));
    if (shape.dirty)
        parts.push(dirty(context));
    return parts.join(' ');
}

;// CONCATENATED MODULE: ./packages/core/src/builder/verify.ts
/**
 * What a build must have produced: exactly the kinds asked for, named for the target's project and
 * carrying the expected version. A wrong version from a package that takes it from a git tag is
 * explained by its cause (fallback.ts): a version plugin that did not run, a checkout without tags,
 * a commit after the tag, uncommitted changes; otherwise it would be uploaded as `0.1.dev1+g…`.
 */





/** `name (path)`, how messages refer to a target. */
function describeTarget(target) {
    return `${target.name} (${target.path === '.' ? 'the repository root' : target.path})`;
}
/**
 * Checks the files one build wrote (file names only) and returns them sdist first; throws
 * ConfigurationError on a missing or extra kind, a foreign project or an unexpected version.
 */
function verifyProducedFiles(target, filenames, wanted, context = { isolation: true }) {
    const who = describeTarget(target);
    const produced = [];
    const strangers = [];
    for (const filename of filenames) {
        const parsed = parseDistFilename(filename, target.name);
        if (parsed)
            produced.push({ filename, kind: parsed.kind, project: parsed.name, version: parsed.version });
        else
            strangers.push(filename);
    }
    const count = (kind) => produced.filter((f) => f.kind === kind).length;
    const expected = [wanted.sdist ? 'one sdist' : '', wanted.wheel ? 'one wheel' : '']
        .filter(Boolean)
        .join(' and ');
    if (strangers.length > 0 ||
        count('sdist') !== (wanted.sdist ? 1 : 0) ||
        count('wheel') !== (wanted.wheel ? 1 : 0)) {
        const got = filenames.length === 0 ? 'no files' : filenames.map((f) => `'${f}'`).join(', ');
        throw new errors_ConfigurationError(`Building ${who} produced ${got}, but exactly ${expected} were expected. Check the build backend's ` +
            'configuration of that package (it should write one file of each kind asked for).');
    }
    produced.sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'sdist' ? -1 : 1));
    for (const file of produced) {
        if (canonicalizeName(file.project) !== canonicalizeName(target.name)) {
            throw new errors_ConfigurationError(`Building ${who} produced '${file.filename}', a distribution of '${file.project}', not of '${target.name}'. ` +
                `The name in [project] of ${manifestOf(target.path)} and the package configured for that path differ; ` +
                'make them the same.');
        }
        checkVersion(target, file, context);
    }
    return produced;
}
/** The versions a build of `target` may give, and why, when anything is expected. */
function expectation(target) {
    if (target.version !== undefined)
        return { versions: [target.version], why: '' };
    if (!target.versionPlugin || !target.headTags?.length)
        return undefined;
    const tags = target.headTags.map((t) => t.tag);
    return {
        // One version per release, as tagged: `v1.4.0` and `1.4.0.0` on one commit are the same 1.4.0.
        versions: target.headTags
            .map((t) => t.version)
            .filter((v, i, all) => all.findIndex((w) => canonicalizeVersion(w) === canonicalizeVersion(v)) === i),
        why: ` (the tag${tags.length > 1 ? 's' : ''} ${tags.join(', ')} ${tags.length > 1 ? 'are' : 'is'} on the commit being built)`,
    };
}
function checkVersion(target, file, context) {
    const who = describeTarget(target);
    const expected = expectation(target);
    const full = {
        ...context,
        plugin: target.versionPlugin,
        headTags: target.headTags?.map((t) => t.tag),
        manifest: manifestOf(target.path),
    };
    if (!expected) {
        // Nothing to compare with (no tag given, none on HEAD), but a tag-deriving package never means 0.0.0.
        if (target.versionPlugin && fallbackShape(file.version)?.kind === 'placeholder') {
            throw new errors_ConfigurationError(`Building ${who} produced '${file.filename}' with version ${file.version}. ${explainFallback(file.version, file.version, full)}`, { file: target.versionPlugin.file, line: target.versionPlugin.line });
        }
        return;
    }
    const got = canonicalizeVersion(file.version);
    if (expected.versions.some((v) => canonicalizeVersion(v) === got))
        return;
    const wanted = expected.versions.join(' or ');
    const head = `Building ${who} produced '${file.filename}' with version ${file.version}, but ${wanted} was expected${expected.why}.`;
    // A tag-derived version is configured at the plugin's settings; annotate there.
    const at = target.versionPlugin
        ? { file: target.versionPlugin.file, line: target.versionPlugin.line }
        : undefined;
    const explained = explainFallback(file.version, wanted, full);
    if (explained)
        throw new errors_ConfigurationError(`${head} ${explained}`, at);
    if (target.versionPlugin) {
        const { tool, file: where, line } = target.versionPlugin;
        throw new errors_ConfigurationError(`${head} The version is not written in a file: ${tool} (${where}:${line}) derives it from the git tags, and ` +
            `took ${file.version} from the tags it found. Fix: build the commit that carries the tag for ${wanted}, or tag the commit being built.`, at);
    }
    throw new errors_ConfigurationError(`${head} The version the project declares (in its pyproject.toml, or wherever its build backend reads it) is not ` +
        `the release version: set it to ${wanted} (set-version does this), or build the commit that has it.`);
}
function manifestOf(path) {
    return path === '.' ? 'pyproject.toml' : `${path}/pyproject.toml`;
}

;// CONCATENATED MODULE: ./packages/core/src/builder/errors.ts
/** The error of a build backend that failed: what ran, where, how it ended, and the backend's own last words. */


/** How many lines of a failed build's output the message quotes; the full output is in the build's log group. */
const TAIL_LINES = 25;
/** A frontend or backend that exited unsuccessfully for one package. */
class BuildError extends errors_ConfigurationError {
    packageName;
    packagePath;
    command;
    exitCode;
    outputTail;
    constructor(
    /** The package's name as configured. */
    packageName, 
    /** Its repository-relative directory. */
    packagePath, 
    /** The command line that ran. */
    command, 
    /** The exit code, or undefined when a signal ended the process. */
    exitCode, 
    /** The last lines of the output, without ANSI escapes. */
    outputTail, hint, signal) {
        const ending = exitCode === undefined ? `was killed by ${signal ?? 'a signal'}` : `exited with code ${exitCode}`;
        const output = outputTail.length === 0
            ? 'It printed nothing.'
            : `The last lines of its output:\n${outputTail.map((line) => `  ${line}`).join('\n')}`;
        super(`Building ${describeTarget({ name: packageName, path: packagePath })} failed: \`${command}\` ${ending}. ${output}\n${hint}`);
        this.packageName = packageName;
        this.packagePath = packagePath;
        this.command = command;
        this.exitCode = exitCode;
        this.outputTail = outputTail;
        this.name = 'BuildError';
    }
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(24);
;// CONCATENATED MODULE: ./packages/core/src/builder/files.ts
/** The output side of a build: digests by streaming, moving into the output directory, what was there before. */





/** SHA-256 (hex) and size in bytes of a file, read as a stream so large wheels never sit in memory. */
async function digestFile(path) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    let size = 0;
    for await (const chunk of (0,external_node_fs_.createReadStream)(path)) {
        size += chunk.length;
        hash.update(chunk);
    }
    return { sha256: hash.digest('hex'), size };
}
/**
 * Moves `source` to `dir/filename`, replacing a file of that name. A rename replaces atomically; across
 * file systems (a temp dir on tmpfs) the copy goes to a hidden name first and is renamed over, so the
 * output directory never holds half a file.
 */
async function moveInto(source, dir, filename) {
    const target = (0,external_node_path_.join)(dir, filename);
    try {
        await (0,promises_.rename)(source, target);
    }
    catch (error) {
        if (error.code !== 'EXDEV')
            throw error;
        const partial = (0,external_node_path_.join)(dir, `.${filename}.${process.pid}.partial`);
        try {
            await (0,promises_.copyFile)(source, partial);
            await (0,promises_.rename)(partial, target);
        }
        catch (copyError) {
            await (0,promises_.rm)(partial, { force: true });
            throw copyError;
        }
        await (0,promises_.rm)(source, { force: true });
    }
    return target;
}
/** Names of the distribution files (sdists and wheels) directly in `dir`; none when it does not exist. */
async function distributionFilesIn(dir) {
    const entries = await (0,promises_.readdir)(dir, { withFileTypes: true }).catch(() => []);
    return entries
        .filter((e) => e.isFile() && parseDistFilename(e.name) !== undefined)
        .map((e) => e.name)
        .sort();
}

;// CONCATENATED MODULE: ./packages/core/src/pep508/requirement.ts
/**
 * PEP 508 dependency specifiers (`name[extra]>=1.0; python_version < "3.11"`, `name @ https://…`),
 * accepted and rejected exactly as packaging's hand-written parser does, with its error messages.
 * Requires-Dist, Provides-Dist and Obsoletes-Dist are validated with it, build requirements are
 * checked with it, and the pins between a repository's own packages are read (and rewritten) with it.
 */



class SyntaxProblem extends Error {
    display;
    constructor(message, display) {
        super(message);
        this.display = display;
    }
}
// Python's \b in str patterns: word characters are letters, numbers and the underscore.
const W = '[\\p{L}\\p{N}_]';
const B = `(?:(?<!${W})(?=${W})|(?<=${W})(?!${W}))`;
const S = PY_WHITESPACE;
const requirement_PRE = '(?:[-_.]?(?:alpha|beta|preview|pre|a|b|c|rc)[-_.]?[0-9]*)?';
const requirement_POST = '(?:(?:-[0-9]+)|(?:[-_.]?(?:post|rev|r)[-_.]?[0-9]*))?';
const requirement_DEV = '(?:[-_.]?dev[-_.]?[0-9]*)?';
const requirement_LOCAL = '(?:\\+[a-z0-9]+(?:[-_.][a-z0-9]+)*)?';
// packaging's Specifier._specifier_regex_str, matched as a token (not anchored at the end).
const SPECIFIER = `(?:===${S}*(?:(?!${S})[^;)])*)` +
    `|(?:(?:==|!=)${S}*v?(?:[0-9]+!)?[0-9]+(?:\\.[0-9]+)*(?:\\.\\*|${requirement_PRE}${requirement_POST}${requirement_DEV}${requirement_LOCAL})?)` +
    `|(?:~=${S}*v?(?:[0-9]+!)?[0-9]+(?:\\.[0-9]+)+${requirement_PRE}${requirement_POST}${requirement_DEV})` +
    `|(?:(?:<=|>=|<|>)${S}*v?(?:[0-9]+!)?[0-9]+(?:\\.[0-9]+)*${requirement_PRE}${requirement_POST}${requirement_DEV})`;
function ruleTable() {
    return {
        LEFT_PARENTHESIS: /\(/y,
        RIGHT_PARENTHESIS: /\)/y,
        LEFT_BRACKET: /\[/y,
        RIGHT_BRACKET: /\]/y,
        SEMICOLON: /;/y,
        COMMA: /,/y,
        QUOTED_STRING: /'[^']*'|"[^"]*"/y,
        OP: /===|==|~=|!=|<=|>=|<|>/y,
        BOOLOP: new RegExp(`${B}(?:or|and)${B}`, 'uy'),
        IN: new RegExp(`${B}in${B}`, 'uy'),
        NOT: new RegExp(`${B}not${B}`, 'uy'),
        VARIABLE: new RegExp(`${B}(?:python_version|python_full_version|os[._]name|sys[._]platform|platform_(?:release|system)` +
            `|platform[._](?:version|machine|python_implementation)|python_implementation` +
            `|implementation_(?:name|version)|extras?|dependency_groups)${B}`, 'uy'),
        // Without the u flag, case-insensitive matching stays ASCII, like packaging's (?a:…) groups.
        SPECIFIER: new RegExp(SPECIFIER, 'iy'),
        AT: /@/y,
        URL: /[^ \t]+/y,
        IDENTIFIER: new RegExp(`${B}[a-zA-Z0-9][a-zA-Z0-9._-]*${B}`, 'uy'),
        VERSION_PREFIX_TRAIL: /\.\*/y,
        VERSION_LOCAL_LABEL_TRAIL: /\+[a-z0-9]+(?:[-_.][a-z0-9]+)*/y,
        WS: /[ \t]+/y,
        END: /$/y,
    };
}
// Built on first use: the \p{…} classes behind Python's \b take milliseconds to compile, which a
// run without any Requires-Dist should not pay at start-up.
let RULES;
const rules = () => (RULES ??= ruleTable());
class Tokenizer {
    source;
    position = 0;
    next;
    constructor(source) {
        this.source = source;
    }
    check(name, peek = false) {
        const rule = rules()[name];
        rule.lastIndex = this.position;
        const m = rule.exec(this.source);
        if (!m)
            return false;
        if (!peek)
            this.next = { name, text: m[0], position: this.position };
        return true;
    }
    consume(name) {
        if (this.check(name))
            this.read();
    }
    expect(name, expected) {
        if (!this.check(name))
            this.fail(`Expected ${expected}`);
        return this.read();
    }
    read() {
        const token = this.next;
        this.position += token.text.length;
        this.next = undefined;
        return token;
    }
    fail(message, start = this.position, end = this.position) {
        const marker = ' '.repeat(start) + '~'.repeat(Math.max(0, end - start)) + '^';
        throw new SyntaxProblem(message, `${message}\n    ${this.source}\n    ${marker}`);
    }
    enclosing(open, close, around, body) {
        let openPosition;
        if (this.check(open)) {
            openPosition = this.position;
            this.read();
        }
        const result = body();
        if (openPosition === undefined)
            return result;
        if (!this.check(close))
            this.fail(`Expected matching ${close} for ${open}, after ${around}`, openPosition);
        this.read();
        return result;
    }
}
function parseExtras(t) {
    if (!t.check('LEFT_BRACKET', true))
        return [];
    return t.enclosing('LEFT_BRACKET', 'RIGHT_BRACKET', 'extras', () => {
        t.consume('WS');
        const extras = [];
        if (t.check('IDENTIFIER')) {
            extras.push(t.read().text);
            for (;;) {
                t.consume('WS');
                if (t.check('IDENTIFIER', true))
                    t.fail('Expected comma between extra names');
                if (!t.check('COMMA'))
                    break;
                t.read();
                t.consume('WS');
                extras.push(t.expect('IDENTIFIER', 'extra name after comma').text);
            }
        }
        t.consume('WS');
        return extras;
    });
}
function parseVersionMany(t) {
    let specifiers = '';
    let at;
    while (t.check('SPECIFIER')) {
        const start = t.position;
        const specifier = t.read().text;
        specifiers += specifier;
        at = { start: at?.start ?? start, end: t.position };
        if (t.check('VERSION_PREFIX_TRAIL', true)) {
            const equality = specifier.startsWith('!=') || (specifier.startsWith('==') && !specifier.startsWith('==='));
            t.fail(equality
                ? '.* suffix cannot be used with pre-release, post-release, dev or local versions'
                : '.* suffix can only be used with `==` or `!=` operators', start, t.position + 1);
        }
        if (t.check('VERSION_LOCAL_LABEL_TRAIL', true)) {
            t.fail('Local version label can only be used with `==` or `!=` operators', start, t.position);
        }
        t.consume('WS');
        if (!t.check('COMMA'))
            break;
        specifiers += t.read().text;
        t.consume('WS');
    }
    return at ? { specifier: specifiers, specifierAt: at } : { specifier: specifiers };
}
// Python's one-character escapes; a backslash before a newline continues the line.
const SIMPLE_ESCAPES = {
    '\n': '',
    '\\': '\\',
    "'": "'",
    '"': '"',
    a: '\x07',
    b: '\b',
    f: '\f',
    n: '\n',
    r: '\r',
    t: '\t',
    v: '\v',
};
const HEX_DIGITS = { x: 2, u: 4, U: 8 };
// The value of a Python string literal as ast.literal_eval reads it; undefined when Python rejects it.
function pythonStringValue(token) {
    const body = token.slice(1, -1);
    let out = '';
    for (let i = 0; i < body.length; i++) {
        const c = body[i];
        if (c === '\n' || c === '\r' || c === '\0')
            return undefined;
        if (c !== '\\') {
            out += c;
            continue;
        }
        const n = body[++i];
        if (n === undefined)
            return undefined; // the backslash escapes the closing quote
        if (Object.hasOwn(SIMPLE_ESCAPES, n))
            out += SIMPLE_ESCAPES[n];
        else if (Object.hasOwn(HEX_DIGITS, n)) {
            const digits = body.slice(i + 1, i + 1 + HEX_DIGITS[n]);
            if (!new RegExp(`^[0-9a-fA-F]{${HEX_DIGITS[n]}}$`).test(digits))
                return undefined;
            const code = parseInt(digits, 16);
            if (code > 0x10ffff)
                return undefined;
            i += digits.length;
            out += String.fromCodePoint(code);
        }
        else if (n === 'N') {
            const m = /^\{[^}]+\}/.exec(body.slice(i + 1));
            if (!m)
                return undefined;
            i += m[0].length;
            out += '\ufffd'; // a named character; its exact value does not matter for validation
        }
        else if (/[0-7]/.test(n)) {
            const digits = /^[0-7]{1,3}/.exec(body.slice(i))[0];
            i += digits.length - 1;
            out += String.fromCodePoint(parseInt(digits, 8));
        }
        else
            out += `\\${n}`; // an unknown escape stays as written (Python only warns)
    }
    return out;
}
function parseMarkerVar(t) {
    if (t.check('VARIABLE')) {
        const name = t.read().text.replace(/\./g, '_');
        return { variable: name === 'python_implementation' ? 'platform_python_implementation' : name };
    }
    if (t.check('QUOTED_STRING')) {
        const token = t.read();
        const value = pythonStringValue(token.text);
        if (value === undefined)
            t.fail('Invalid quoted string', token.position, token.position + token.text.length);
        return { value };
    }
    return t.fail('Expected a marker variable or quoted string');
}
function parseMarkerOp(t) {
    if (t.check('IN')) {
        t.read();
        return 'in';
    }
    if (t.check('NOT')) {
        t.read();
        t.expect('WS', "whitespace after 'not'");
        t.expect('IN', "'in' after 'not'");
        return 'not in';
    }
    if (t.check('OP'))
        return t.read().text;
    return t.fail('Expected marker operator, one of <=, <, !=, ==, >=, >, ~=, ===, in, not in');
}
function parseMarkerAtom(t) {
    t.consume('WS');
    let atom;
    if (t.check('LEFT_PARENTHESIS', true)) {
        atom = t.enclosing('LEFT_PARENTHESIS', 'RIGHT_PARENTHESIS', 'marker expression', () => {
            t.consume('WS');
            const inner = parseMarker(t);
            t.consume('WS');
            return inner;
        });
    }
    else {
        t.consume('WS');
        const left = parseMarkerVar(t);
        t.consume('WS');
        const op = parseMarkerOp(t);
        t.consume('WS');
        const right = parseMarkerVar(t);
        t.consume('WS');
        atom = { left, op, right };
    }
    t.consume('WS');
    return atom;
}
function parseMarker(t) {
    const expression = [parseMarkerAtom(t)];
    while (t.check('BOOLOP')) {
        const op = t.read().text;
        expression.push(op, parseMarkerAtom(t));
    }
    return expression;
}
function parseRequirementMarker(t, spanStart, expected) {
    if (!t.check('SEMICOLON'))
        t.fail(`Expected ${expected} or end`, spanStart);
    t.read();
    const marker = parseMarker(t);
    t.consume('WS');
    return marker;
}
function parseDetails(t) {
    if (t.check('AT')) {
        t.read();
        t.consume('WS');
        const urlStart = t.position;
        const url = t.expect('URL', 'URL after @').text;
        if (t.check('END', true))
            return { url, specifier: '' };
        t.expect('WS', 'whitespace after URL');
        if (t.check('END', true))
            return { url, specifier: '' };
        return {
            url,
            specifier: '',
            marker: parseRequirementMarker(t, urlStart, 'semicolon (after URL and whitespace)'),
        };
    }
    const start = t.position;
    const version = t.enclosing('LEFT_PARENTHESIS', 'RIGHT_PARENTHESIS', 'version specifier', () => {
        t.consume('WS');
        const parsed = parseVersionMany(t);
        t.consume('WS');
        return parsed;
    });
    t.consume('WS');
    if (t.check('END', true))
        return version;
    const expected = version.specifier
        ? 'comma (within version specifier), semicolon (after version specifier)'
        : 'semicolon (after name with no version specifier)';
    return { ...version, marker: parseRequirementMarker(t, start, expected) };
}
// packaging normalises the value compared with `extra` (and the literal tested against `extras` /
// `dependency_groups`) at parse time.
function normalizeExtras(marker) {
    return marker.map((part) => {
        if (typeof part === 'string')
            return part;
        if (Array.isArray(part))
            return normalizeExtras(part);
        const { left, op, right } = part;
        if ('variable' in left && left.variable === 'extra' && 'value' in right) {
            return { left, op, right: { value: canonicalizeName(right.value) } };
        }
        if ('variable' in right && 'value' in left) {
            if (right.variable === 'extra' ||
                right.variable === 'extras' ||
                right.variable === 'dependency_groups') {
                return { left: { value: canonicalizeName(left.value) }, op, right };
            }
        }
        return part;
    });
}
/** Parses a dependency specifier as `packaging.requirements.Requirement` does; never throws. */
function parseRequirement(text) {
    const t = new Tokenizer(text);
    let name;
    try {
        t.consume('WS');
        name = t.expect('IDENTIFIER', 'package name at the start of dependency specifier').text;
        t.consume('WS');
        const extras = parseExtras(t);
        t.consume('WS');
        const details = parseDetails(t);
        t.expect('END', 'end of dependency specifier');
        if (tryParseSpecifierSet(details.specifier) === undefined) {
            const message = `Invalid specifier: '${details.specifier}'`;
            return { ok: false, message, display: message, name };
        }
        const requirement = { name, extras, specifier: details.specifier };
        if (details.specifierAt)
            requirement.specifierAt = details.specifierAt;
        if (details.url)
            requirement.url = details.url;
        if (details.marker)
            requirement.marker = normalizeExtras(details.marker);
        return { ok: true, requirement };
    }
    catch (error) {
        if (!(error instanceof SyntaxProblem))
            throw error;
        const failure = { ok: false, message: error.message, display: error.display };
        return name === undefined ? failure : { ...failure, name };
    }
}
function formatOperand(operand) {
    if ('variable' in operand)
        return operand.variable;
    return operand.value.includes('"') ? `'${operand.value}'` : `"${operand.value}"`;
}
function formatMarker(marker, first) {
    if (Array.isArray(marker) && marker.length === 1 && typeof marker[0] !== 'string') {
        return formatMarker(marker[0], first);
    }
    if (Array.isArray(marker)) {
        const inner = marker.map((m) => formatMarker(m, false)).join(' ');
        return first ? inner : `(${inner})`;
    }
    if (typeof marker === 'string')
        return marker;
    return `${formatOperand(marker.left)} ${marker.op} ${formatOperand(marker.right)}`;
}
/** `str(Requirement)`, as Warehouse quotes it: `name[a,b]<2,>=1 ; marker` or `name @ url ; marker`. */
function formatRequirement(req) {
    let out = req.name;
    if (req.extras.length > 0)
        out += `[${[...new Set(req.extras)].sort().join(',')}]`;
    const clauses = tryParseSpecifierSet(req.specifier) ?? [];
    out += clauses
        .map((c) => `${c.operator}${c.version}`)
        .sort()
        .join(',');
    if (req.url)
        out += ` @ ${req.url}${req.marker ? ' ' : ''}`;
    if (req.marker)
        out += `; ${formatMarker(req.marker, true)}`;
    return out;
}

;// CONCATENATED MODULE: ./packages/core/src/pep508/index.ts
/** PEP 508 dependency specifiers, parsed and formatted as packaging does. */


// EXTERNAL MODULE: ./node_modules/smol-toml/dist/index.js + 8 modules
var dist = __webpack_require__(292);
;// CONCATENATED MODULE: ./packages/core/src/text/choices.ts
/** Values restricted to a fixed set, as action inputs and CLI options both take them. */
/**
 * `value` when it is one of `choices`; otherwise the error `refuse` makes from the text that lists
 * them, so each entry point keeps its own error type (a ConfigurationError in an action, a usage
 * error in the CLI) and names the setting its own way.
 */
function oneOf(value, choices, refuse) {
    if (choices.includes(value))
        return value;
    throw refuse(`use one of ${choices.map((c) => `'${c}'`).join(', ')}`);
}

;// CONCATENATED MODULE: ./packages/core/src/text/index.ts
/** Small text helpers for messages. */



/** Levenshtein distance, for "did you mean" suggestions. */
function editDistance(a, b) {
    const row = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        let prev = row[0];
        row[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const cur = row[j];
            row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
            prev = cur;
        }
    }
    return row[b.length];
}
/** The closest of `known` to `word`, when it is close enough to be a likely typo. */
function nearest(word, known) {
    let best;
    let bestDistance = Number.POSITIVE_INFINITY;
    for (const candidate of known) {
        const d = editDistance(word.toLowerCase().replace(/_/g, '-'), candidate);
        if (d < bestDistance) {
            best = candidate;
            bestDistance = d;
        }
    }
    return best !== undefined && bestDistance <= Math.max(2, Math.floor(best.length / 3)) ? best : undefined;
}
/** `a, b and c`, quoted with backticks. */
function listOf(items) {
    const quoted = items.map((i) => `\`${i}\``);
    return quoted.length <= 1 ? (quoted[0] ?? '') : `${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1)}`;
}
/** 1-based line and column of a string offset (lines end at \n, so CRLF counts once). */
function lineColumn(text, offset) {
    let line = 1;
    let lineStart = 0;
    for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
        line++;
        lineStart = i + 1;
    }
    return { line, column: offset - lineStart + 1 };
}
/** A path as the user should read it: relative to `cwd` (forward slashes) when inside it, else as given. */
function displayPath(file, cwd) {
    const rel = (0,external_node_path_.relative)(cwd, file);
    return rel && !rel.startsWith('..') && !(0,external_node_path_.isAbsolute)(rel) ? rel.split('\\').join('/') : file;
}

;// CONCATENATED MODULE: ./packages/core/src/pyproject/toml.ts
/**
 * TOML with positions. smol-toml gives values but not where they are, and every version we report
 * needs its file:line and the exact byte span of the string (set-version rewrites only those bytes),
 * so this module pairs the parser with a small scanner that finds a key's value in the source text.
 */




/** Parses TOML; a syntax error is a ConfigurationError at the file, line and column of the mistake. */
function parseToml(text, file) {
    try {
        return (0,dist/* parse */.qg)(text);
    }
    catch (error) {
        if (error instanceof dist/* TomlError */.zx) {
            const first = error.message.split('\n')[0].replace(/^Invalid TOML document: /, '');
            throw new errors_ConfigurationError(`${file} is not valid TOML: ${first}. Fix the syntax at this position.`, {
                file,
                line: error.line,
                column: error.column,
            });
        }
        throw error;
    }
}
/** Follows a key path through nested tables; undefined when any step is missing. */
function getPath(table, path) {
    let node = table;
    for (const key of path) {
        if (node === null || typeof node !== 'object' || Array.isArray(node))
            return undefined;
        node = node[key];
    }
    return node;
}
/** The table at `path`, or undefined; a non-table there is an error naming the key. */
function getTable(table, path, file) {
    const value = getPath(table, path);
    if (value === undefined)
        return undefined;
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
        throw new ConfigurationError(`${file}: [${path.join('.')}] must be a table.`, { file });
    }
    return value;
}
// Splits a dotted key (`a."b.c".d`) into its parts, honouring quotes.
function splitKey(key) {
    const parts = [];
    const re = /\s*(?:"((?:[^"\\]|\\.)*)"|'([^']*)'|([A-Za-z0-9_-]+))\s*(?:\.|$)/gy;
    let m = re.exec(key);
    while (m && m[0] !== '') {
        parts.push(m[1] ?? m[2] ?? m[3]);
        if (re.lastIndex >= key.length)
            break;
        m = re.exec(key);
    }
    return parts;
}
const HEADER = /^[ \t]*\[(\[)?[ \t]*((?:"(?:[^"\\]|\\.)*"|'[^']*'|[^\]\n#])+?)[ \t]*\]\]?/;
const KEY_LINE = /^[ \t]*((?:"(?:[^"\\]|\\.)*"|'[^']*'|[A-Za-z0-9_.\- \t])+?)[ \t]*=[ \t]*/;
/**
 * Finds where the value of `path` starts in a TOML text written in the usual block style (headers
 * plus `key = value` lines, dotted keys allowed). Returns the offset of the value's first character.
 */
function locateValue(text, path) {
    let table = [];
    let offset = 0;
    let inMultiline;
    for (const rawLine of text.split('\n')) {
        const lineStart = offset;
        offset += rawLine.length + 1;
        if (inMultiline) {
            if (rawLine.includes(inMultiline))
                inMultiline = undefined;
            continue;
        }
        const header = HEADER.exec(rawLine);
        if (header) {
            table = splitKey(header[2]);
            continue;
        }
        const keyLine = KEY_LINE.exec(rawLine);
        if (!keyLine)
            continue;
        const full = [...table, ...splitKey(keyLine[1])];
        const valueStart = lineStart + keyLine[0].length;
        if (full.length === path.length && full.every((k, i) => k === path[i]))
            return valueStart;
        const rest = rawLine.slice(keyLine[0].length);
        for (const q of ['"""', "'''"]) {
            if (rest.startsWith(q) && !rest.slice(3).includes(q))
                inMultiline = q;
        }
    }
    return undefined;
}
/** Reads the single-line string literal that starts at `offset` (basic or literal quotes). */
function stringAt(text, offset) {
    const quote = text[offset];
    if (quote !== '"' && quote !== "'")
        return undefined;
    if (text.startsWith(quote.repeat(3), offset))
        return undefined;
    let i = offset + 1;
    while (i < text.length && text[i] !== quote && text[i] !== '\n') {
        i += quote === '"' && text[i] === '\\' ? 2 : 1;
    }
    if (text[i] !== quote)
        return undefined;
    const { line, column } = lineColumn(text, offset + 1);
    return { start: offset + 1, end: i, line, column, raw: text.slice(offset + 1, i) };
}
/** The string value at `path`, with its span; undefined when it is absent or not a one-line string. */
function locateString(text, path) {
    const at = locateValue(text, path);
    return at === undefined ? undefined : stringAt(text, at);
}
/** Every string element of the array whose value starts at `offset` (nested arrays included). */
function arrayStringsAt(text, offset) {
    if (text[offset] !== '[')
        return [];
    const found = [];
    let depth = 0;
    let i = offset;
    while (i < text.length) {
        const ch = text[i];
        if (ch === '#') {
            const nl = text.indexOf('\n', i);
            i = nl === -1 ? text.length : nl;
            continue;
        }
        if (ch === '"' || ch === "'") {
            const span = stringAt(text, i);
            if (!span)
                return found;
            found.push(span);
            i = span.end + 1;
            continue;
        }
        if (ch === '[')
            depth++;
        if (ch === ']' && --depth === 0)
            break;
        i++;
    }
    return found;
}
/** The position of the line that declares `path` (its key or its table header), for annotations. */
function keyLine(text, path) {
    const at = locateValue(text, path);
    if (at !== undefined)
        return lineColumn(text, at).line;
    const lines = text.split('\n');
    for (let depth = path.length; depth > 0; depth--) {
        // The nearest enclosing key (`packages = [{ …inline table… }]`) or table header.
        const enclosing = depth < path.length ? locateValue(text, path.slice(0, depth)) : undefined;
        if (enclosing !== undefined)
            return lineColumn(text, enclosing).line;
        const idx = lines.findIndex((l) => {
            const h = HEADER.exec(l);
            return h && splitKey(h[2]).join('\u0000') === path.slice(0, depth).join('\u0000');
        });
        if (idx !== -1)
            return idx + 1;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./packages/core/src/builder/build-requires.ts
/**
 * A package's declared build requirements (`[build-system] requires`), each with the file and line it
 * is written on, as a frontend reads them: without a pyproject.toml, or without [build-system],
 * pypa/build and uv both fall back to setuptools' legacy backend and `setuptools>=40.8.0`.
 */





/** What pypa/build (build/_builder.py) and uv assume for a project that declares no build system. */
const DEFAULT_BUILD_REQUIRES = 'setuptools>=40.8.0';
function relative(path, name) {
    return path === '.' ? name : `${path.replace(/\/+$/, '')}/${name}`;
}
/**
 * The `[build-system] requires` of the package at `path` (repository-relative) under `root`; undefined
 * when the frontend itself will refuse the project (pyproject.toml that is not valid TOML, `requires`
 * missing or not a list of strings), so that the build reports it in the frontend's own words.
 */
function readBuildRequires(root, path) {
    const file = relative(path, 'pyproject.toml');
    const absolute = (0,external_node_path_.join)(root, file);
    if (!(0,external_node_fs_.existsSync)(absolute)) {
        const legacy = ['setup.py', 'setup.cfg'].find((name) => (0,external_node_fs_.existsSync)((0,external_node_path_.join)(root, relative(path, name))));
        if (!legacy)
            return undefined;
        const at = relative(path, legacy);
        return { file: at, requires: [{ text: DEFAULT_BUILD_REQUIRES, file: at }], defaulted: true };
    }
    const text = (0,external_node_fs_.readFileSync)(absolute, 'utf8');
    let doc;
    try {
        doc = parseToml(text, file);
    }
    catch {
        return undefined;
    }
    if (getPath(doc, ['build-system']) === undefined) {
        return { file, requires: [{ text: DEFAULT_BUILD_REQUIRES, file }], defaulted: true };
    }
    const requires = getPath(doc, ['build-system', 'requires']);
    if (!Array.isArray(requires) || !requires.every((r) => typeof r === 'string'))
        return undefined;
    const keyAt = keyLine(text, ['build-system', 'requires']);
    const offset = locateValue(text, ['build-system', 'requires']);
    const spans = offset === undefined ? [] : arrayStringsAt(text, offset);
    // The spans hold the strings as written (escapes undecoded); used only for lines, and only when
    // every element was found, so that a line always belongs to its own string.
    const lines = spans.length === requires.length ? spans.map((s) => s.line) : undefined;
    return {
        file,
        requires: requires.map((r, i) => ({ text: r, file, line: lines?.[i] ?? keyAt })),
        defaulted: false,
    };
}
/** The canonical project names `requires` declares (strings that are not requirements left out). */
function declaredNames(requires) {
    return requires.requires.flatMap((r) => {
        const parsed = parseRequirement(r.text);
        return parsed.ok ? [canonicalizeName(parsed.requirement.name)] : [];
    });
}

;// CONCATENATED MODULE: ./packages/core/src/builder/checkout.ts
/**
 * The state of the git checkout that decides what a version plugin (setuptools-scm, hatch-vcs, …)
 * derives: the tags on HEAD, whether the clone is shallow, whether it has tags at all, and whether
 * tracked files have uncommitted changes. Read with git itself; outside a repository all is unknown.
 */

async function git(args, cwd) {
    try {
        const result = await execGit(args, { cwd });
        return result.code === 0 ? result.stdout : undefined;
    }
    catch {
        return undefined; // git is not installed: nothing is known
    }
}
const lines = (text) => text.split('\n').filter((line) => line.trim() !== '');
/** The tags that point at HEAD in `root` (`git tag --points-at HEAD`); none outside a repository. */
async function tagsAtHead(root) {
    return lines((await git(['tag', '--points-at', 'HEAD'], root)) ?? '');
}
/** The checkout's state, or undefined when `root` is not in a git work tree (or git is missing). */
async function inspectCheckout(root) {
    const [shallow, tags, status] = await Promise.all([
        git(['rev-parse', '--is-shallow-repository'], root),
        git(['tag', '--list'], root),
        // setuptools-scm and hatch-vcs ask the same: untracked files do not make a version dirty.
        git(['status', '--porcelain', '--untracked-files=no'], root),
    ]);
    if (shallow === undefined || tags === undefined || status === undefined)
        return undefined;
    return {
        shallow: shallow.trim() === 'true',
        tagCount: lines(tags).length,
        changed: lines(status).map((line) => line.slice(3)),
    };
}

;// CONCATENATED MODULE: ./packages/core/src/builder/process.ts
/**
 * Running a build frontend as a child process: argument arrays (never a shell string), stdout and
 * stderr written to one file so they keep the order the processes wrote them in, as `2>&1` would.
 */




/** The most of a build's output kept for the log; a build printing more is cut at the front. */
const MAX_OUTPUT = 4 * 1024 * 1024;
/**
 * Runs `command args` in `cwd` with exactly `env`, stdout and stderr going to `logFile`; resolves when
 * it has exited. Rejects only when the process cannot start (ENOENT, EACCES).
 */
async function runToFile(command, args, options) {
    const handle = await (0,promises_.open)(options.logFile, 'w');
    let exit;
    try {
        exit = await new Promise((resolvePromise, reject) => {
            const child = (0,external_node_child_process_.spawn)(command, args, {
                cwd: options.cwd,
                env: options.env,
                stdio: ['ignore', handle.fd, handle.fd],
                windowsHide: true,
            });
            child.on('error', reject);
            child.on('close', (code, signal) => resolvePromise({ code, signal }));
        });
    }
    finally {
        await handle.close();
    }
    return {
        code: exit.code ?? undefined,
        signal: exit.signal ?? undefined,
        output: await readTail(options.logFile, MAX_OUTPUT),
    };
}
async function readTail(path, max) {
    const { size } = await (0,promises_.stat)(path);
    if (size <= max)
        return (0,promises_.readFile)(path, 'utf8');
    const handle = await (0,promises_.open)(path, 'r');
    try {
        const buffer = Buffer.alloc(max);
        await handle.read(buffer, 0, max, size - max);
        return `[… ${size - max} bytes of earlier output left out]\n${buffer.toString('utf8')}`;
    }
    finally {
        await handle.close();
    }
}
/**
 * The file `name` runs as: a path (anything with a separator) resolved against `cwd`, otherwise the
 * first match on `env.PATH` (with PATHEXT on Windows); undefined when there is no such executable.
 */
async function resolveExecutable(name, env, cwd) {
    const windows = process.platform === 'win32';
    const extensions = windows ? ['', ...(env.PATHEXT ?? '.EXE;.CMD;.BAT;.COM').split(';')] : [''];
    const candidates = (0,external_node_path_.isAbsolute)(name) || /[\\/]/.test(name)
        ? extensions.map((ext) => (0,external_node_path_.resolve)(cwd, name + ext))
        : (env.PATH ?? env.Path ?? '')
            .split(external_node_path_.delimiter)
            .filter((dir) => dir !== '')
            .flatMap((dir) => extensions.map((ext) => (0,external_node_path_.join)(dir, name + ext)));
    for (const candidate of candidates) {
        const info = await (0,promises_.stat)(candidate).catch(() => undefined);
        if (!info?.isFile())
            continue;
        if (windows ||
            (await (0,promises_.access)(candidate, external_node_fs_.constants.X_OK).then(() => true, () => false)))
            return candidate;
    }
    return undefined;
}
/** Removes ANSI escape sequences (colours, cursor moves, OSC links) and carriage-return redraws. */
function stripAnsi(text) {
    return text
        .replace(/\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b\[[0-?]*[ -/]*[@-~]|\x1b[@-Z\\-_]/g, '')
        .split('\n')
        .map((line) => line.replace(/\r+$/, '').replace(/^.*\r/, ''))
        .join('\n');
}
/** The last `count` lines of `text`, trailing blank lines left out. */
function lastLines(text, count) {
    const lines = text.replace(/\s+$/, '').split('\n');
    return lines.slice(Math.max(0, lines.length - count));
}
/** A command line for messages: arguments with spaces or quotes get single quotes, as a POSIX shell reads them. */
function formatCommand(command, args) {
    return [command, ...args]
        .map((arg) => (/^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`))
        .join(' ');
}

;// CONCATENATED MODULE: ./packages/core/src/builder/frontend.ts
/**
 * The two build frontends: pypa/build (`python -m build`) and `uv build`. Both build the sdist and
 * then the wheel from the unpacked sdist by default, and one kind with `--sdist` / `--wheel`. Before
 * any build runs we check that the frontend can start, so a missing tool is one clear message rather
 * than the same failure once per package.
 */




// Prints where the interpreter really is before importing build, so a failed import can still name it.
const PROBE_BUILD = [
    'import sys',
    'print(sys.executable, flush=True)',
    'import build',
    'print(getattr(build, "__version__", "unknown"))',
].join('\n');
function run(file, args, env) {
    return new Promise((resolvePromise) => {
        (0,external_node_child_process_.execFile)(file, args, { env, encoding: 'utf8', windowsHide: true, timeout: 60_000 }, (error, stdout, stderr) => {
            const code = error?.code;
            if (typeof code === 'string') {
                resolvePromise({ code: -1, stdout, stderr, spawnError: code });
                return;
            }
            resolvePromise({ code: error ? (typeof code === 'number' ? code : 1) : 0, stdout, stderr });
        });
    });
}
// uv's --python also takes requests such as `3.12` or `pypy@3.10`, which are not files to look for.
function isInterpreterRequest(python) {
    return !/[\\/]/.test(python) && /^(\d|cpython|pypy|graalpy|any|>|<|=|~)/i.test(python);
}
/**
 * Finds the frontend and checks it can build: the interpreter exists and, for 'build', imports pypa/build;
 * for 'uv', `uv` is on PATH. Relative interpreter paths are taken from `root`.
 */
async function prepareFrontend(options) {
    const { frontend, python, env, root } = options;
    if (frontend !== 'build' && frontend !== 'uv') {
        throw new errors_ConfigurationError(`Unknown build frontend '${String(frontend)}': use 'build' (pypa/build) or 'uv'.`);
    }
    const interpreter = await resolveExecutable(python, env, root);
    if (frontend === 'uv') {
        const uv = await resolveExecutable('uv', env, root);
        if (!uv) {
            throw new errors_ConfigurationError("The build frontend 'uv' needs the `uv` executable on PATH, and there is none: install it first " +
                "(the astral-sh/setup-uv action in a workflow, or `pip install uv`), or use the frontend 'build' (pypa/build).");
        }
        if (!interpreter && !isInterpreterRequest(python))
            throw missingInterpreter(python);
        const probe = await run(uv, ['--version'], env);
        return {
            frontend,
            executable: uv,
            python: interpreter ?? python,
            version: probe.stdout.trim() || 'unknown',
        };
    }
    if (!interpreter)
        throw missingInterpreter(python);
    const probe = await run(interpreter, ['-c', PROBE_BUILD], env);
    const [printed, version = 'unknown'] = probe.stdout.split('\n').map((l) => l.trim());
    const executable = printed || interpreter;
    if (probe.spawnError !== undefined || probe.code !== 0) {
        const reason = probe.spawnError
            ? `it could not be started (${probe.spawnError})`
            : `\`import build\` failed: ${(probe.stderr.trim().split('\n').at(-1) ?? '').trim() || `exit code ${probe.code}`}`;
        throw new errors_ConfigurationError(`The Python interpreter ${executable} cannot run pypa/build: ${reason}. Install it into that interpreter ` +
            `(\`${formatCommand(executable, ['-m', 'pip', 'install', 'build'])}\`), or set the \`python\` input to an ` +
            "interpreter that has it, or use the frontend 'uv'.");
    }
    return { frontend, executable: interpreter, python: interpreter, version };
}
function missingInterpreter(python) {
    const where = /[\\/]/.test(python) ? 'there is no executable file at that path' : 'it is not on PATH';
    return new errors_ConfigurationError(`The Python interpreter '${python}' was not found: ${where}. Set the \`python\` input to an installed ` +
        'interpreter (actions/setup-python puts `python` on PATH), or install Python.');
}
/**
 * The interpreter a build without isolation runs the backend in, as a file: the interpreter itself
 * for pypa/build; for uv, `python` when it named a file, else what `uv python find` picks for the request.
 */
async function buildInterpreter(ready, env) {
    if (ready.frontend === 'build' || (0,external_node_path_.isAbsolute)(ready.python))
        return ready.python;
    const found = await run(ready.executable, ['python', 'find', ready.python], env);
    const path = found.stdout.trim().split('\n')[0]?.trim();
    if (found.code !== 0 || !path) {
        throw new errors_ConfigurationError(`uv found no Python interpreter for '${ready.python}' (\`uv python find ${ready.python}\`: ` +
            `${found.stderr.trim().split('\n').at(-1) || `exit code ${found.code}`}). Install that Python, or set \`python\` to an interpreter's path.`);
    }
    return path;
}
/** The command that builds `request.srcdir` into `request.outdir` with the prepared frontend. */
function frontendCommand(ready, request) {
    // Neither flag means the frontend's default: the sdist, then the wheel built from it.
    const kinds = request.sdist && request.wheel ? [] : request.sdist ? ['--sdist'] : ['--wheel'];
    const args = ready.frontend === 'build'
        ? [
            '-m',
            'build',
            request.srcdir,
            '--outdir',
            request.outdir,
            ...kinds,
            // Without isolation pypa/build checks the requirements again, with those the backend adds at
            // build time (get_requires_for_build_*), which no check before the build can see.
            ...(request.isolation ? [] : ['--no-isolation']),
            ...(!request.isolation && request.skipDependencyCheck ? ['--skip-dependency-check'] : []),
        ]
        : [
            'build',
            request.srcdir,
            '--out-dir',
            request.outdir,
            ...kinds,
            ...(request.isolation ? [] : ['--no-build-isolation']),
            '--python',
            ready.python,
        ];
    return { command: ready.executable, args, display: formatCommand(ready.executable, args) };
}

;// CONCATENATED MODULE: ./packages/core/src/builder/markers.ts


/** Whether `marker` holds in `environment`: `and` binds tighter than `or`, as in packaging. */
function evaluateMarker(marker, environment) {
    const groups = [[]];
    for (const part of marker) {
        if (part === 'or')
            groups.push([]);
        else if (part === 'and')
            continue;
        else if (Array.isArray(part))
            groups.at(-1).push(evaluateMarker(part, environment));
        else
            groups.at(-1).push(evaluateItem(part, environment));
    }
    return groups.some((group) => group.every(Boolean));
}
function operandValue(operand, environment) {
    return 'value' in operand ? operand.value : (environment[operand.variable] ?? '');
}
function asSpecifier(op, value) {
    try {
        return parseSpecifier(`${op}${value}`);
    }
    catch {
        return undefined;
    }
}
function evaluateItem(item, environment) {
    const variable = 'variable' in item.left ? item.left.variable : item.right.variable;
    let lhs = operandValue(item.left, environment);
    let rhs = operandValue(item.right, environment);
    if (variable === 'extra') {
        lhs = canonicalizeName(lhs);
        rhs = canonicalizeName(rhs);
    }
    const spec = item.op === 'in' || item.op === 'not in' ? undefined : asSpecifier(item.op, rhs);
    if (spec)
        return specifierContains(spec, lhs, { prereleases: true });
    switch (item.op) {
        case 'in':
            return rhs.includes(lhs);
        case 'not in':
            return !rhs.includes(lhs);
        case '==':
            return lhs === rhs;
        case '!=':
            return lhs !== rhs;
        case '<':
            return lhs < rhs;
        case '<=':
            return lhs <= rhs;
        case '>':
            return lhs > rhs;
        case '>=':
            return lhs >= rhs;
        default:
            // `~=` / `===` on text that is not a version: packaging raises UndefinedComparison. Such a
            // marker never holds for any interpreter, so it counts as false.
            return false;
    }
}

;// CONCATENATED MODULE: ./packages/core/src/builder/python-environment.ts
/**
 * What a build without isolation can use: the distributions installed in its interpreter and the
 * values of PEP 508's marker variables there. One Python process answers for every package, before
 * any build starts; the requirements themselves are evaluated in TypeScript, so the interpreter needs
 * nothing beyond the standard library (not even `packaging`).
 */



// Follows every name that Requires-Dist mentions, whatever its marker or extra, so that one answer
// covers any path TypeScript's exact evaluation then takes; the set is bounded by what is installed.
// The marker values are computed as PEP 508's reference implementation (and packaging) computes them.
// `-c` puts the working directory first on sys.path; it goes before any import but the built-in sys,
// so a repository's own json.py or platform.py cannot stand in for the standard library's.
const SCRIPT = String.raw `
import sys
if sys.path and sys.path[0] == "":
    del sys.path[0]
import json, os, platform, re
try:
    import importlib.metadata as md
except ImportError:
    sys.stderr.write("Python %s has no importlib.metadata (Python 3.8 or later is needed)\n" % platform.python_version())
    sys.exit(3)
import importlib.util
def full(info):
    v = "%d.%d.%d" % (info.major, info.minor, info.micro)
    if info.releaselevel != "final":
        v += info.releaselevel[0] + str(info.serial)
    return v
markers = {
    "implementation_name": sys.implementation.name,
    "implementation_version": full(sys.implementation.version),
    "os_name": os.name,
    "platform_machine": platform.machine(),
    "platform_release": platform.release(),
    "platform_system": platform.system(),
    "platform_version": platform.version(),
    "python_full_version": platform.python_version(),
    "platform_python_implementation": platform.python_implementation(),
    "python_version": ".".join(platform.python_version_tuple()[:2]),
    "sys_platform": sys.platform,
}
NAME = re.compile(r"\s*([A-Za-z0-9][A-Za-z0-9._-]*)")
found = {}
queue = list(json.loads(sys.argv[1]))
while queue:
    name = queue.pop()
    key = re.sub(r"[-_.]+", "-", name).lower()
    if key in found:
        continue
    try:
        dist = md.distribution(name)
    except md.PackageNotFoundError:
        found[key] = None
        continue
    requires = list(dist.requires or [])
    found[key] = {"name": dist.metadata["Name"] or name, "version": dist.version, "requires": requires}
    for line in requires:
        m = NAME.match(line)
        if m:
            queue.append(m.group(1))
print(json.dumps({
    "executable": sys.executable,
    "markers": markers,
    "pip": importlib.util.find_spec("pip") is not None,
    "found": found,
}))
`;
/**
 * Asks `python` for its marker values and for the installed distributions `names` lead to (their
 * requirements, recursively). Runs with the builds' environment, so PYTHONPATH and user site-packages
 * count as they will for the backend.
 */
async function inspectPythonEnvironment(python, names, options) {
    const answer = await new Promise((resolve) => {
        (0,external_node_child_process_.execFile)(python, ['-c', SCRIPT, JSON.stringify(names)], {
            env: options.env,
            cwd: options.cwd,
            encoding: 'utf8',
            windowsHide: true,
            timeout: 60_000,
            maxBuffer: 64 * 1024 * 1024,
        }, (error, stdout, stderr) => {
            if (!error)
                resolve({ stdout, stderr });
            else {
                const code = error.code;
                resolve({ stdout, stderr, failure: typeof code === 'string' ? code : `exit code ${String(code)}` });
            }
        });
    });
    let raw;
    if (!answer.failure) {
        try {
            raw = JSON.parse(answer.stdout);
        }
        catch {
            raw = undefined;
        }
    }
    if (!raw) {
        const said = answer.stderr.trim().split('\n').at(-1)?.trim() || answer.failure || 'no answer';
        throw new errors_ConfigurationError(`Could not list the packages installed in ${python} to check the build requirements before building ` +
            `without isolation (${said}). Build with isolation, or set \`python\` to a working Python 3.8+ interpreter.`);
    }
    const found = new Map(Object.entries(raw.found).map(([key, dist]) => [canonicalizeName(key), dist]));
    return {
        executable: raw.executable || python,
        markers: raw.markers,
        hasPip: raw.pip,
        distribution: (name) => found.get(canonicalizeName(name)) ?? undefined,
    };
}

;// CONCATENATED MODULE: ./packages/core/src/builder/requirement-check.ts
/**
 * The build requirements of every package, checked against the interpreter of a build without
 * isolation before any build starts, the way pypa/build's own check does it (build/_util.py
 * `check_dependency`): a requirement counts when its marker holds, its distribution is installed at a
 * version its specifier admits, and that distribution's own requirements count too, recursively.
 * Every unmet requirement of every package is named at its line, with the command that installs it.
 */









/**
 * The one gap accepted: `editables` required by hatchling. Debian and Ubuntu package hatchling
 * without it (python3-editables does not exist there), while hatchling imports it only to build
 * editable wheels (PEP 660), never for an sdist or a wheel; refusing it would refuse the
 * distribution's own hatchling. Required by anything else, or merely too old, it is not accepted.
 */
function isAcceptedGap(unmet) {
    const { names } = unmet;
    return (unmet.installed === undefined &&
        names.length >= 2 &&
        canonicalizeName(names.at(-1)) === 'editables' &&
        canonicalizeName(names.at(-2)) === 'hatchling');
}
function unmetOf(text, declared, ancestors, parentExtras, environment, out) {
    const parsed = parseRequirement(text);
    // An installed distribution's malformed Requires-Dist is not the project's to fix; pip installed it.
    if (!parsed.ok)
        return;
    const requirement = parsed.requirement;
    const normalized = formatRequirement(requirement);
    if (ancestors.chain.includes(normalized))
        return; // a cycle, already being checked
    if (requirement.marker) {
        const extras = ['', ...parentExtras];
        const applies = extras.some((extra) => evaluateMarker(requirement.marker, { ...environment.markers, extra }));
        if (!applies)
            return;
    }
    const chain = [...ancestors.chain, normalized];
    const names = [...ancestors.names, requirement.name];
    const install = formatRequirement({ ...requirement, marker: undefined, url: requirement.url });
    const dist = environment.distribution(requirement.name);
    if (!dist) {
        out.push({ declared, chain, names, install });
        return;
    }
    if (requirement.specifier &&
        !specifierSetContains(requirement.specifier, dist.version, { prereleases: true })) {
        out.push({ declared, chain, names, install, installed: dist.version });
        return;
    }
    for (const line of dist.requires) {
        unmetOf(line, declared, { chain, names }, requirement.extras, environment, out);
    }
}
/** Checks one package's declared requirements against `environment` (pure; no process runs). */
function checkRequirements(requires, environment) {
    const result = { requires, unmet: [], invalid: [], accepted: [] };
    for (const declared of requires.requires) {
        const parsed = parseRequirement(declared.text);
        if (!parsed.ok) {
            result.invalid.push({ declared, message: parsed.message });
            continue;
        }
        const found = [];
        unmetOf(declared.text, declared, { chain: [], names: [] }, [], environment, found);
        for (const unmet of found)
            (isAcceptedGap(unmet) ? result.accepted : result.unmet).push(unmet);
    }
    return result;
}
/** The names whose installed distributions a check of `requires` may look at first. */
function topNames(requires) {
    return requires.flatMap((r) => r.requires.flatMap((d) => {
        const parsed = parseRequirement(d.text);
        return parsed.ok ? [parsed.requirement.name] : [];
    }));
}
/**
 * Checks the build requirements of every target in `python` before anything is built; throws one
 * ConfigurationError naming every unmet or malformed requirement of every package, at its line.
 * `alsoAsk` names further distributions whose presence the caller wants to know (version plugins).
 */
async function checkBuildRequirements(options) {
    const read = options.targets.map((target) => ({
        target,
        requires: readBuildRequires(options.root, target.path),
    }));
    const known = read.filter((r) => !!r.requires);
    const environment = await inspectPythonEnvironment(options.python, [...new Set([...topNames(known.map((k) => k.requires)), ...(options.alsoAsk ?? [])])], { env: options.env, cwd: options.root });
    const packages = new Map();
    for (const { target, requires } of known)
        packages.set(target.path, checkRequirements(requires, environment));
    const failing = known.filter(({ target }) => {
        const p = packages.get(target.path);
        return p.unmet.length > 0 || p.invalid.length > 0;
    });
    if (failing.length > 0) {
        throw unmetError(failing.map(({ target }) => ({ target, result: packages.get(target.path) })), environment, options.installer);
    }
    return { environment, packages };
}
function describeUnmet(unmet) {
    const leaf = unmet.names.at(-1);
    const state = unmet.installed === undefined ? 'which is not installed' : `but ${leaf} ${unmet.installed} is installed`;
    if (unmet.chain.length === 1)
        return `requires ${unmet.install}, ${state}`;
    const via = unmet.chain.slice(1).join(', which requires ');
    return `requires ${unmet.chain[0]}, which requires ${via}, ${state}`;
}
/** `python -m pip install 'a>=1' 'b'`, or `uv pip install --python PY …` where pip is not the way. */
function installCommand(environment, installer, requirements) {
    const python = environment.executable;
    return installer === 'uv' || !environment.hasPip
        ? formatCommand('uv', ['pip', 'install', '--python', python, ...requirements])
        : formatCommand(python, ['-m', 'pip', 'install', ...requirements]);
}
function unmetError(failing, environment, installer) {
    const problems = [];
    for (const { target, result } of failing) {
        const who = describeTarget(target);
        for (const { declared, message } of result.invalid) {
            problems.push({
                ...declared,
                text: `${who}: [build-system] requires "${declared.text}" is not a valid requirement (${message}); ` +
                    'write it as PEP 508 says, e.g. "setuptools>=64".',
            });
        }
        for (const unmet of result.unmet) {
            const defaulted = result.requires.defaulted
                ? ` (the default of a project that declares no [build-system])`
                : '';
            problems.push({ ...unmet.declared, text: `${who} ${describeUnmet(unmet)}${defaulted}.` });
        }
    }
    const toInstall = [...new Set(failing.flatMap(({ result }) => result.unmet.map((u) => u.install)))];
    const [first, ...rest] = problems;
    const where = (p) => `${p.file}${p.line ? `:${p.line}` : ''}: `;
    const fix = toInstall.length === 0
        ? 'Nothing was built.'
        : `Nothing was built: without isolation a build uses only what ${environment.executable} has installed. ` +
            `Install ${toInstall.length === 1 ? 'it' : 'them'} there with \`${installCommand(environment, installer, toInstall)}\`, ` +
            "or build with isolation (the action's default `isolation: true`; the CLI without --no-isolation), " +
            "which installs each package's [build-system] requires into a fresh environment.";
    return new errors_ConfigurationError([first.text, ...rest.map((p) => `${where(p)}${p.text}`), fix].join('\n'), {
        file: first.file,
        line: first.line,
    });
}

;// CONCATENATED MODULE: ./packages/core/src/builder/build.ts
/**
 * buildDistributions: builds the sdist and/or wheel of each target with pypa/build or uv, several at a
 * time, each into its own fresh temporary directory. Without isolation, every package's build
 * requirements are checked in the interpreter first, so a missing one stops everything before any
 * build starts. Nothing reaches the output directory until every build has succeeded and its files
 * are verified (kinds, project, version), so a failed release build never leaves a partial set behind
 * to be uploaded.
 */
















/** Builds every target (see the module comment); throws ConfigurationError / BuildError on the first failure in target order. */
async function buildDistributions(options) {
    const root = (0,external_node_path_.resolve)(options.root);
    const env = options.env ?? process.env;
    const { logger } = options;
    await checkOptions(options, root);
    const epoch = await chooseSourceDateEpoch(options.sourceDateEpoch, env, root);
    logger.info(describeEpoch(epoch));
    const [frontend, checkout] = await Promise.all([
        prepareFrontend({ frontend: options.frontend, python: options.python, env, root }),
        inspectCheckout(root),
    ]);
    if (options.targets.length === 0)
        return { files: [], packages: [], sourceDateEpoch: epoch?.value };
    for (const line of describeExpectations(options.targets))
        logger.info(line);
    const jobs = Math.min(options.jobs ?? (0,external_node_os_.availableParallelism)(), options.targets.length);
    logger.info(`Building ${options.targets.length} package(s) with ${frontend.frontend === 'build' ? `pypa/build ${frontend.version}` : frontend.version} ` +
        `(${frontend.python}), ${jobs} at a time.`);
    let logChain = Promise.resolve();
    const context = {
        root,
        options,
        frontend,
        env: {
            ...env,
            ...(epoch ? { SOURCE_DATE_EPOCH: epoch.value } : {}),
            // Python buffers a pipe's output until exit; unbuffered, the backend's lines stay in order with its traceback.
            PYTHONUNBUFFERED: env.PYTHONUNBUFFERED ?? '1',
        },
        checkout,
        workDirs: [],
        log(title, write) {
            logChain = logChain.then(() => logger.group(title, async () => write(logger)).catch(() => undefined));
            return logChain;
        },
    };
    if (!options.isolation)
        context.requirements = await build_checkRequirements(context);
    try {
        const outcomes = await runInPhases(options.targets, jobs, (target) => buildOne(context, target));
        const failed = outcomes.findIndex((o) => o.status !== 'fulfilled');
        if (failed !== -1)
            throw firstFailure(options.targets, outcomes, failed);
        const staged = outcomes.map((o) => o.value);
        return { ...(await moveIntoOutDir(staged, options.outDir, logger)), sourceDateEpoch: epoch?.value };
    }
    finally {
        await Promise.all(context.workDirs.map((dir) => (0,promises_.rm)(dir, { recursive: true, force: true })));
    }
}
async function checkOptions(options, root) {
    if (!options.sdist && !options.wheel) {
        throw new errors_ConfigurationError('Nothing to build: both sdist and wheel are off; turn on at least one of them.');
    }
    if (!(0,external_node_path_.isAbsolute)(options.outDir)) {
        throw new errors_ConfigurationError(`The output directory '${options.outDir}' must be an absolute path.`);
    }
    if (options.jobs !== undefined && !(Number.isInteger(options.jobs) && options.jobs >= 1)) {
        throw new errors_ConfigurationError(`jobs is ${options.jobs}; write a whole number of at least 1.`);
    }
    const names = new Map();
    const paths = new Map();
    for (const target of options.targets) {
        const name = canonicalizeName(target.name);
        const dir = (0,external_node_path_.resolve)(root, target.path);
        const twin = names.get(name) ?? paths.get(dir);
        if (twin) {
            throw new errors_ConfigurationError(`${describeTarget(target)} and ${describeTarget(twin)} are the same package listed twice; list each package once.`);
        }
        names.set(name, target);
        paths.set(dir, target);
        const info = await (0,promises_.stat)(dir).catch(() => undefined);
        if (!info?.isDirectory()) {
            throw new errors_ConfigurationError(`Cannot build ${target.name}: its directory '${target.path}' does not exist in ${root}. Fix the package's path.`);
        }
    }
}
function describeEpoch(epoch) {
    if (!epoch) {
        return 'SOURCE_DATE_EPOCH: none (not a git repository, and none was given); archive timestamps will be build times.';
    }
    const date = new Date(Number(epoch.value) * 1000);
    const when = Number.isNaN(date.getTime()) ? '' : `${date.toISOString().replace('.000Z', 'Z')}, `;
    return `SOURCE_DATE_EPOCH=${epoch.value} (${when}from ${epoch.source === 'option' ? 'the sourceDateEpoch option' : `the ${epoch.source}`}).`;
}
/** One line per package whose version comes from a git tag: what its build must give, and why. */
function describeExpectations(targets) {
    return targets.flatMap((t) => {
        if (!t.versionPlugin)
            return [];
        const from = `${describeTarget(t)}: version from the git tag (${t.versionPlugin.tool})`;
        if (t.version !== undefined)
            return [`${from}; expecting ${t.version}.`];
        if (t.headTags?.length) {
            const tags = t.headTags.map((h) => `${h.version} (${h.tag})`).join(' or ');
            return [`${from}; HEAD carries its release tag, expecting ${tags}.`];
        }
        return [
            `${from}; no release tag on HEAD and none given, so any version it derives is accepted except 0.0.0.`,
        ];
    });
}
/**
 * Checks the build requirements of every target in the build interpreter (one Python process);
 * throws, before anything is built, when one is missing. Also learns whether each tag-deriving
 * package's version plugin is installed there, for explaining a 0.0.0 later.
 */
async function build_checkRequirements(context) {
    const { options, frontend, env, root } = context;
    const python = await buildInterpreter(frontend, env);
    const plugins = options.targets.flatMap((t) => t.versionPlugin ? [PLUGIN_DISTRIBUTIONS[t.versionPlugin.tool] ?? t.versionPlugin.tool] : []);
    const report = await checkBuildRequirements({
        root,
        targets: options.targets,
        python,
        env,
        installer: frontend.frontend === 'uv' ? 'uv' : 'pip',
        alsoAsk: plugins,
    });
    const checked = [...report.packages.values()].reduce((n, p) => n + p.requires.requires.length, 0);
    options.logger.info(`Build requirements: all ${checked} declared by ${report.packages.size} package(s) are installed in ${report.environment.executable}.`);
    for (const target of options.targets) {
        const accepted = report.packages.get(target.path)?.accepted ?? [];
        if (accepted.length === 0)
            continue;
        const gaps = accepted.map((a) => `${a.install} (required by ${a.chain.slice(0, -1).join(' → ')})`);
        options.logger.info(`${describeTarget(target)}: ${gaps.join(', ')} is not installed; accepted, since ` +
            'hatchling imports editables only for editable installs' +
            (frontend.frontend === 'build'
                ? ", and pypa/build's own check (which would refuse it) is skipped for this package."
                : '.'));
    }
    return report;
}
/** True when `inner`'s directory lies inside `outer`'s. */
function contains(outer, inner) {
    if (outer === inner || outer.path === inner.path)
        return false;
    return outer.path === '.' || inner.path.startsWith(`${outer.path.replace(/\/+$/, '')}/`);
}
/**
 * Runs the targets that contain other targets first, then the rest: a root package's sdist takes in
 * its sub-packages' folders, which must not be half-written build leftovers (egg-info, build/) of a
 * build running at the same time.
 */
async function runInPhases(targets, limit, fn) {
    const outer = targets.filter((t) => targets.some((o) => contains(t, o)));
    if (outer.length === 0)
        return runLimited(targets, limit, fn);
    const inner = targets.filter((t) => !outer.includes(t));
    const first = await runLimited(outer, limit, fn);
    const failed = first.some((o) => o.status !== 'fulfilled');
    const second = failed
        ? inner.map(() => ({ status: 'skipped' }))
        : await runLimited(inner, limit, fn);
    return targets.map((t) => (outer.includes(t) ? first[outer.indexOf(t)] : second[inner.indexOf(t)]));
}
function firstFailure(targets, outcomes, index) {
    const error = outcomes[index].reason;
    const others = (status) => targets.filter((_, i) => i !== index && outcomes[i].status === status).map(describeTarget);
    const notes = [
        others('rejected').length > 0
            ? `Also failed (see their log groups): ${others('rejected').join(', ')}.`
            : '',
        others('skipped').length > 0 ? `Not built because of the failure: ${others('skipped').join(', ')}.` : '',
    ].filter(Boolean);
    if (notes.length > 0 && error instanceof Error)
        error.message += `\n${notes.join('\n')}`;
    return error;
}
async function buildOne(context, target) {
    const { options, frontend } = context;
    const who = describeTarget(target);
    const work = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'otai-build-'));
    context.workDirs.push(work);
    const outdir = (0,external_node_path_.join)(work, 'out');
    await (0,promises_.mkdir)(outdir);
    const srcdir = (0,external_node_path_.resolve)(context.root, target.path);
    const command = frontendCommand(frontend, {
        srcdir,
        outdir,
        sdist: options.sdist,
        wheel: options.wheel,
        isolation: options.isolation,
        skipDependencyCheck: (context.requirements?.packages.get(target.path)?.accepted.length ?? 0) > 0,
    });
    const started = performance.now();
    let outcome;
    try {
        outcome = await runToFile(command.command, command.args, {
            cwd: srcdir,
            env: context.env,
            logFile: (0,external_node_path_.join)(work, 'output.log'),
        });
    }
    catch (error) {
        throw new errors_ConfigurationError(`Could not start \`${command.display}\` to build ${who}: ${errorMessage(error)}.`);
    }
    const seconds = Math.round(performance.now() - started) / 1000;
    let files = [];
    let failure;
    try {
        if (outcome.code !== 0) {
            throw new BuildError(target.name, target.path, command.display, outcome.code, lastLines(stripAnsi(outcome.output), TAIL_LINES), failureHint(options.isolation, frontend, (options.fullOutputHint ?? inLogGroup)(`Build ${who}`)), outcome.signal);
        }
        const written = (await (0,promises_.readdir)(outdir)).filter((name) => !name.startsWith('.'));
        const produced = verifyProducedFiles(target, written, options, versionContext(context, target));
        files = await Promise.all(produced.map(async (file) => {
            const staged = (0,external_node_path_.join)(outdir, file.filename);
            return { ...file, staged, ...(await digestFile(staged)) };
        }));
    }
    catch (error) {
        failure = error;
    }
    await context.log(`Build ${who}`, (logger) => {
        logger.info(`$ ${command.display}`);
        const output = outcome.output.replace(/\s+$/, '');
        if (output !== '')
            logger.info(output);
        for (const file of files)
            logger.info(`${file.filename}: ${file.size} bytes, sha256 ${file.sha256}`);
        logger.info(failure ? `Failed after ${seconds} s.` : `Built in ${seconds} s.`);
    });
    if (failure)
        throw failure;
    return { target, files, seconds };
}
/** What verification needs to explain a tag plugin's fallback version for `target`. */
function versionContext(context, target) {
    const { options, requirements } = context;
    const plugin = target.versionPlugin;
    const dist = plugin ? (PLUGIN_DISTRIBUTIONS[plugin.tool] ?? plugin.tool) : undefined;
    const requires = dist ? readBuildRequires(context.root, target.path) : undefined;
    const declared = requires ? declaredNames(requires).includes(dist) : undefined;
    return {
        isolation: options.isolation,
        python: requirements?.environment.executable,
        pluginInstalled: dist && requirements ? requirements.environment.distribution(dist) !== undefined : undefined,
        pluginDeclared: declared,
        checkout: context.checkout,
    };
}
const inLogGroup = () => 'The full output is in its log group.';
function failureHint(isolation, frontend, fullOutput) {
    return isolation
        ? `Fix what the backend reports above in that package, then build again. ${fullOutput}`
        : `The build ran without isolation, so the build backend and everything it requires must be installed in ${frontend.python}; ` +
            `otherwise fix what the backend reports above in that package. ${fullOutput}`;
}
async function moveIntoOutDir(builds, outDir, logger) {
    await (0,promises_.mkdir)(outDir, { recursive: true });
    const before = await distributionFilesIn(outDir);
    const packages = [];
    for (const build of builds) {
        const files = [];
        for (const file of build.files) {
            files.push({
                path: await moveInto(file.staged, outDir, file.filename),
                filename: file.filename,
                project: file.project,
                version: file.version,
                kind: file.kind,
                sha256: file.sha256,
                size: file.size,
            });
        }
        packages.push({ name: build.target.name, path: build.target.path, files, seconds: build.seconds });
    }
    const built = new Set(packages.flatMap((p) => p.files.map((f) => f.filename)));
    const others = before.filter((name) => !built.has(name));
    if (others.length > 0) {
        logger.warning(`${outDir} already held distribution files that this build did not produce: ${others.join(', ')}. ` +
            'They are not part of this build; remove them, or build into an empty directory, so they are not published with it.');
    }
    return { files: packages.flatMap((p) => p.files), packages };
}

;// CONCATENATED MODULE: ./packages/core/src/pyproject/tag-format.ts
/**
 * Tag formats such as `v{version}` or `hf-local-v{version}`: validated once, rendered for a version,
 * and parsed back out of a tag. Any literal text is allowed around the placeholders (real repos use
 * `v`, none, `<pkg>-v`, `python-v` and even `cli==`).
 */



/** Placeholders a tag format may use. */
const TAG_PLACEHOLDERS = ['version', 'name'];
/** The default: one lockstep tag `v1.2.3`. */
const DEFAULT_TAG_FORMAT = 'v{version}';
/** The default of the independent policy: each package its own tag, `mypkg-v1.2.3`. */
const DEFAULT_INDEPENDENT_TAG_FORMAT = '{name}-v{version}';
/**
 * The formats a tag may have when no tag-format is configured, the default first (new tags use it):
 * many projects tag without the `v` (flask, httpx, pdm, poetry-core), and refusing their tags would make
 * every one of them configure what they already do. A configured format accepts only itself.
 */
const UNCONFIGURED_TAG_FORMATS = {
    lockstep: [DEFAULT_TAG_FORMAT, '{version}'],
    independent: [DEFAULT_INDEPENDENT_TAG_FORMAT, '{name}-{version}'],
};
/** Checks a tag format: exactly one `{version}`, only known placeholders, no characters git refuses in tags. */
function validateTagFormat(format, where) {
    const placeholders = [...format.matchAll(/\{([^}]*)\}/g)].map((m) => m[1]);
    for (const p of placeholders) {
        if (!TAG_PLACEHOLDERS.includes(p)) {
            throw new errors_ConfigurationError(`${where.key} = "${format}" uses the unknown placeholder {${p}}; the known ones are ${listOf(TAG_PLACEHOLDERS.map((t) => `{${t}}`))}.`, where);
        }
    }
    if (placeholders.filter((p) => p === 'version').length !== 1) {
        throw new errors_ConfigurationError(`${where.key} = "${format}" must contain {version} exactly once, e.g. "v{version}" or "mypkg-v{version}".`, where);
    }
    if (/[\s~^:?*[\\]|\.\.|@\{/.test(format.replace(/\{(version|name)\}/g, ''))) {
        throw new errors_ConfigurationError(`${where.key} = "${format}" contains characters git does not allow in a tag name (space ~ ^ : ? * [ \\ .. @{).`, where);
    }
}
/** The tag for `version` of package `name`. */
function renderTag(format, version, name) {
    return format.replace('{version}', version).replaceAll('{name}', name);
}
/** The version text a tag carries under `format`, or undefined when the tag does not fit the format. */
function versionFromTag(format, tag, name) {
    const parts = format.split(/(\{version\}|\{name\})/);
    const source = parts
        .map((p) => {
        if (p === '{version}')
            return '(?<version>.+)';
        if (p === '{name}')
            return name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        return p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    })
        .join('');
    return new RegExp(`^${source}$`, 'i').exec(tag)?.groups?.version;
}
/**
 * The first of `formats` that `tag` fits, with the version text it carries; undefined when it fits none.
 * The first format fits on its shape alone (so `vlatest` can be reported as a bad version); the others
 * only with a valid PEP 440 version, since `{version}` has the shape of every tag there is. Order
 * decides: `v1.0` fits both `v{version}` and `{version}` (PEP 440 allows a leading v) and is read as
 * the former.
 */
function matchTag(formats, tag, name) {
    for (const [i, format] of formats.entries()) {
        const version = versionFromTag(format, tag, name);
        if (version !== undefined && (i === 0 || tryParseVersion(version)))
            return { format, version };
    }
    return undefined;
}
/** The tag name from a GitHub ref (`refs/tags/v1.0` → `v1.0`); undefined for branches. */
function tagFromRef(ref) {
    return ref?.startsWith('refs/tags/') ? ref.slice('refs/tags/'.length) : undefined;
}
/**
 * The release version a tag gives a package under its formats, in normal form; undefined when the
 * tag fits none of them or carries no valid PEP 440 version.
 */
function tagReleaseVersion(formats, tag, name) {
    const text = matchTag(formats, tag, name)?.version;
    return text !== undefined && tryParseVersion(text) ? normalizeVersion(text) : undefined;
}

;// CONCATENATED MODULE: ./packages/core/src/pyproject/config.ts
/**
 * The `[tool.otai-release]` table (or a root `otai-release.toml`): one configuration for the actions,
 * the reusable workflow and the CLI. Validated strictly: an unknown key is an error suggesting the
 * nearest known one, because a misspelt setting that is silently ignored publishes the wrong thing.
 */




const TOP_KEYS = [
    'policy',
    'tag-format',
    'index',
    'packages',
    'exclude',
    'version-files',
    'first-prerelease-number',
];
const PACKAGE_KEYS = ['path', 'tag-format', 'version-files'];
const VERSION_FILE_KEYS = ['path', 'pattern'];
function fail(where, key, message) {
    throw new errors_ConfigurationError(message, {
        file: where.file,
        line: keyLine(where.text, [...where.prefix, ...key]),
    });
}
function checkKeys(where, path, table, known) {
    for (const key of Object.keys(table)) {
        if (known.includes(key))
            continue;
        const guess = nearest(key, known);
        const dotted = [...where.prefix, ...path].join('.');
        fail(where, [...path, key], `Unknown key '${key}' in [${dotted}]${guess ? `: did you mean '${guess}'?` : '.'} Known keys: ${listOf(known)}.`);
    }
}
function str(where, path, value) {
    if (typeof value !== 'string' || value === '') {
        fail(where, path, `[${[...where.prefix, ...path].join('.')}] must be a non-empty string.`);
    }
    return value;
}
function versionFiles(where, path, value) {
    if (value === undefined)
        return [];
    if (!Array.isArray(value))
        fail(where, path, `${path.join('.')} must be an array of paths or {path, pattern} tables.`);
    return value.map((item, i) => {
        if (typeof item === 'string')
            return { path: item };
        if (item && typeof item === 'object' && !Array.isArray(item)) {
            checkKeys(where, path, item, VERSION_FILE_KEYS);
            const table = item;
            return {
                path: str(where, [...path, 'path'], table.path),
                pattern: table.pattern === undefined ? undefined : str(where, [...path, 'pattern'], table.pattern),
            };
        }
        return fail(where, path, `${path.join('.')}[${i}] must be a path string or a {path, pattern} table.`);
    });
}
function firstPrereleaseNumber(where, value) {
    if (value === undefined)
        return 1;
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
        fail(where, ['first-prerelease-number'], `first-prerelease-number = ${JSON.stringify(value)} must be a non-negative integer: 1 (1.0.1rc1, as uv does) or 0 (1.0.1rc0, as hatch does).`);
    }
    return value;
}
/** Validates a `[tool.otai-release]`-shaped table; `prefix` is its key path inside `file`. */
function parseConfig(table, file, text, prefix) {
    const where = { file, text, prefix };
    checkKeys(where, [], table, TOP_KEYS);
    const policy = table.policy ?? 'lockstep';
    if (policy !== 'lockstep' && policy !== 'independent') {
        fail(where, ['policy'], `policy = "${String(policy)}" is not a policy: use "lockstep" or "independent".`);
    }
    const tagFormat = table['tag-format'] === undefined ? DEFAULT_TAG_FORMAT : str(where, ['tag-format'], table['tag-format']);
    validateTagFormat(tagFormat, { file, line: keyLine(text, [...prefix, 'tag-format']), key: 'tag-format' });
    let packages;
    if (table.packages !== undefined) {
        if (!Array.isArray(table.packages))
            fail(where, ['packages'], 'packages must be an array of paths or tables.');
        packages = table.packages.map((item, i) => {
            if (typeof item === 'string')
                return { path: item, versionFiles: [] };
            if (!item || typeof item !== 'object' || Array.isArray(item)) {
                fail(where, ['packages'], `packages[${i}] must be a path string or a {path, tag-format, version-files} table.`);
            }
            const entry = item;
            checkKeys(where, ['packages'], entry, PACKAGE_KEYS);
            const entryFormat = entry['tag-format'] === undefined
                ? undefined
                : str(where, ['packages', 'tag-format'], entry['tag-format']);
            if (entryFormat)
                validateTagFormat(entryFormat, {
                    file,
                    line: keyLine(text, [...prefix, 'packages']),
                    key: `packages[${i}].tag-format`,
                });
            return {
                path: str(where, ['packages', 'path'], entry.path),
                tagFormat: entryFormat,
                versionFiles: versionFiles(where, ['packages', 'version-files'], entry['version-files']),
            };
        });
    }
    const exclude = table.exclude ?? [];
    if (!Array.isArray(exclude) || exclude.some((e) => typeof e !== 'string')) {
        fail(where, ['exclude'], 'exclude must be an array of path globs, e.g. ["examples/*"].');
    }
    return {
        file,
        policy,
        tagFormat,
        policySet: table.policy !== undefined,
        tagFormatSet: table['tag-format'] !== undefined,
        index: table.index === undefined ? undefined : str(where, ['index'], table.index),
        packages,
        exclude: exclude,
        versionFiles: versionFiles(where, ['version-files'], table['version-files']),
        firstPrereleaseNumber: firstPrereleaseNumber(where, table['first-prerelease-number']),
    };
}
/** The defaults when a repository has no configuration. */
function defaultConfig() {
    return {
        policy: 'lockstep',
        tagFormat: DEFAULT_TAG_FORMAT,
        policySet: false,
        tagFormatSet: false,
        exclude: [],
        versionFiles: [],
        firstPrereleaseNumber: 1,
    };
}
/**
 * Loads the configuration of the repository: `otai-release.toml` if present, else
 * `[tool.otai-release]` of the root pyproject.toml, else defaults. Both at once is an error.
 */
function loadConfig(files) {
    const fromPyproject = files.isFile('pyproject.toml') ? files.toml('pyproject.toml').tool : undefined;
    const tool = fromPyproject?.['otai-release'];
    if (tool !== undefined && (!tool || typeof tool !== 'object' || Array.isArray(tool))) {
        throw new errors_ConfigurationError('[tool.otai-release] must be a table.', { file: 'pyproject.toml' });
    }
    if (files.isFile('otai-release.toml')) {
        if (tool) {
            throw new errors_ConfigurationError('Configuration is in both otai-release.toml and [tool.otai-release] of pyproject.toml; keep one of them.', { file: 'otai-release.toml' });
        }
        const text = files.text('otai-release.toml');
        const table = files.toml('otai-release.toml');
        // The pyproject.toml spelling copied over: the keys would all be one unknown key 'tool'.
        if (getPath(table, ['tool', 'otai-release']) !== undefined) {
            throw new errors_ConfigurationError('In otai-release.toml the keys go at the top level, without a [tool.otai-release] header (that header belongs in pyproject.toml); delete the header line and keep the keys below it.', { file: 'otai-release.toml', line: keyLine(text, ['tool', 'otai-release']) });
        }
        return parseConfig(table, 'otai-release.toml', text, []);
    }
    if (tool)
        return parseConfig(tool, 'pyproject.toml', files.text('pyproject.toml'), [
            'tool',
            'otai-release',
        ]);
    return defaultConfig();
}

;// CONCATENATED MODULE: ./packages/core/src/pyproject/discover.ts
/**
 * Finding the publishable packages of a repository without configuration: every pyproject.toml (or
 * setup.cfg) below the root, except in places that never hold a published package (environments,
 * build output, templates), with those below tests/examples/docs folders marked for the evidence
 * repository.ts weighs.
 */


// Directory names that hold environments, caches or build output: never a package to publish.
const SKIP_DIRS = new Set([
    '.git',
    '.hg',
    'node_modules',
    '__pycache__',
    '.venv',
    'venv',
    '.tox',
    '.nox',
    '.mypy_cache',
    '.pytest_cache',
    '.ruff_cache',
    '.eggs',
    'site-packages',
    'build',
    'dist',
]);
// Directory names that usually hold tests, examples, docs or templates. A project below one is not
// released unless other evidence says it is (a workspace lists it, a released package requires it):
// opentelemetry-test-utils lives under tests/ and is on PyPI.
const EXAMPLE_DIRS = new Set([
    'tests',
    'test',
    'testing',
    'fixtures',
    'testdata',
    '__fixtures__',
    'templates',
    'examples',
    'example',
    'samples',
    'sample',
    'docs',
    'doc',
    'scripts',
    'benchmarks',
]);
// Markers of a virtualenv or a project template.
const SKIP_MARKERS = ['pyvenv.cfg', 'cookiecutter.json', 'copier.yml', 'copier.yaml'];
/** Turns `examples/*` style globs into a matcher over repo-relative posix paths. */
function globMatcher(globs) {
    const res = globs.map((g) => {
        const source = g
            .replace(/\/+$/, '')
            .split('**')
            .map((part) => part
            .replace(/[.+^${}()|[\]\\]/g, '\\$&')
            .replace(/\*/g, '[^/]*')
            .replace(/\?/g, '[^/]'))
            .join('.*');
        return new RegExp(`^${source}(/.*)?$`);
    });
    return (path) => res.some((re) => re.test(path));
}
/**
 * Every directory that contains a pyproject.toml or setup.cfg, root first then in path order, with the
 * directories never looked into and why. Candidates below example/test folders are returned marked, so
 * the caller can weigh the evidence that they are released after all.
 */
function discoverPackageDirs(root, exclude = []) {
    const excluded = globMatcher(exclude);
    const candidates = [];
    const skipped = [];
    // Below an example folder, what is passed over is summed up by that folder's own entry.
    const prunedIn = new Set();
    const skip = (entry, exampleDir) => {
        if (exampleDir)
            prunedIn.add(exampleDir);
        else
            skipped.push(entry);
    };
    const walk = (rel, exampleDir) => {
        const entries = (0,external_node_fs_.readdirSync)(rel === '.' ? root : (0,external_node_path_.join)(root, rel), { withFileTypes: true });
        const names = new Set(entries.map((e) => e.name));
        const marker = SKIP_MARKERS.find((m) => names.has(m));
        if (marker && rel !== '.') {
            const reason = marker === 'pyvenv.cfg' ? 'a virtualenv' : `a project template (${marker})`;
            skip({ path: rel, reason }, exampleDir);
            return;
        }
        if (names.has('pyproject.toml') || names.has('setup.cfg'))
            candidates.push({ dir: rel, exampleDir });
        for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
            if (!entry.isDirectory())
                continue;
            const child = rel === '.' ? entry.name : external_node_path_.posix.join(rel, entry.name);
            if (SKIP_DIRS.has(entry.name)) {
                if (hasManifestBelow(root, child))
                    skip({ path: child, reason: `'${entry.name}' directories are never published` }, exampleDir);
                continue;
            }
            if (entry.name.startsWith('.'))
                continue;
            if (/\{\{|\{%/.test(entry.name)) {
                if (hasManifestBelow(root, child)) {
                    skip({ path: child, reason: 'a project template ({{ }} in its name)' }, exampleDir);
                }
                continue;
            }
            if (excluded(child)) {
                skipped.push({ path: child, reason: 'matches [tool.otai-release] exclude' });
                continue;
            }
            walk(child, exampleDir ?? (EXAMPLE_DIRS.has(entry.name) ? child : undefined));
        }
    };
    walk('.', undefined);
    return { candidates, skipped, prunedIn };
}
/** The folder name that makes `exampleDir` an example/test folder (`tests` of `pkg/tests`). */
function exampleFolderName(exampleDir) {
    return exampleDir.slice(exampleDir.lastIndexOf('/') + 1);
}
// Only worth reporting a skipped directory when it would otherwise have contributed a package.
function hasManifestBelow(root, rel, depth = 3) {
    if (depth === 0)
        return false;
    let entries;
    try {
        entries = (0,external_node_fs_.readdirSync)((0,external_node_path_.join)(root, rel), { withFileTypes: true });
    }
    catch {
        return false;
    }
    if (entries.some((e) => e.isFile() && e.name === 'pyproject.toml'))
        return true;
    // Look through nested skip directories too (tests/fixtures/x), only not into the heavy ones.
    return entries.some((e) => e.isDirectory() &&
        e.name !== '.git' &&
        e.name !== 'node_modules' &&
        hasManifestBelow(root, external_node_path_.posix.join(rel, e.name), depth - 1));
}

;// CONCATENATED MODULE: ./packages/core/src/pyproject/repo-files.ts
/** Cached, repository-relative file access: each file is read and each TOML parsed once per run. */



/** Reads files of one repository by their repo-relative posix path. */
class RepoFiles {
    root;
    texts = new Map();
    tables = new Map();
    /** `root` is the absolute (or cwd-relative) repository directory. */
    constructor(root) {
        this.root = root;
    }
    /** Absolute path of a repo-relative path. */
    absolute(file) {
        return (0,external_node_path_.join)(this.root, file);
    }
    /** True when the file exists and is a regular file. */
    isFile(file) {
        const abs = this.absolute(file);
        return (0,external_node_fs_.existsSync)(abs) && (0,external_node_fs_.statSync)(abs).isFile();
    }
    /** The names of the subdirectories of a directory, sorted; none when it does not exist. */
    subdirs(dir) {
        try {
            return (0,external_node_fs_.readdirSync)(this.absolute(dir), { withFileTypes: true })
                .filter((e) => e.isDirectory())
                .map((e) => e.name)
                .sort();
        }
        catch {
            return [];
        }
    }
    /** The file's text (UTF-8). */
    text(file) {
        let text = this.texts.get(file);
        if (text === undefined) {
            text = (0,external_node_fs_.readFileSync)(this.absolute(file), 'utf8');
            this.texts.set(file, text);
        }
        return text;
    }
    /** The file parsed as TOML; syntax errors name the file and position. */
    toml(file) {
        let table = this.tables.get(file);
        if (table === undefined) {
            table = parseToml(this.text(file), file);
            this.tables.set(file, table);
        }
        return table;
    }
}
/** Joins repo-relative posix paths, keeping '.' for the root. */
function joinRel(...parts) {
    const joined = external_node_path_.posix.normalize(external_node_path_.posix.join(...parts));
    return joined === '' ? '.' : joined;
}

;// CONCATENATED MODULE: ./packages/core/src/pyproject/locations.ts
/** Builders of VersionLocation values from spans found in files. */



/** A VersionLocation from a span. */
function locationAt(kind, label, file, span, source) {
    return {
        kind,
        label,
        file,
        line: span.line,
        column: span.column,
        start: span.start,
        end: span.end,
        raw: span.raw,
        source,
    };
}
/**
 * The location of a string key in a TOML file (`[project].version`). The value must be a one-line
 * string literal, which is what every tool writes; anything else cannot be rewritten byte-exactly.
 */
function tomlLocation(files, file, path, kind, source, label = `[${path.slice(0, -1).join('.')}].${path.at(-1)}`) {
    const text = files.text(file);
    const value = tableValue(files.toml(file), path);
    if (typeof value !== 'string') {
        throw new errors_ConfigurationError(`${label} must be a string such as "1.2.3", not ${JSON.stringify(value)}.`, {
            file,
            line: keyLine(text, path),
        });
    }
    const span = locateString(text, path);
    if (!span || span.raw !== value) {
        throw new errors_ConfigurationError(`${label} could not be located as a one-line string; write it as ${path.at(-1)} = "${value}" under [${path
            .slice(0, -1)
            .join('.')}].`, { file, line: keyLine(text, path) });
    }
    return locationAt(kind, label, file, span, source);
}
function tableValue(table, path) {
    let node = table;
    for (const key of path)
        node = node?.[key];
    return node;
}
/** The location a package's build backend reads its version from (else its first one). */
function buildLocation(pkg) {
    return pkg.locations.find((l) => l.source) ?? pkg.locations[0];
}
/** The version a package's files declare for its build, in normal form; undefined when not valid PEP 440. */
function declaredVersion(pkg) {
    const source = buildLocation(pkg);
    return source && tryParseVersion(source.raw) ? normalizeVersion(source.raw) : undefined;
}

;// CONCATENATED MODULE: ./packages/core/src/pyproject/evidence.ts
/**
 * Whether a project below an example/test folder is released after all, by evidence rather than by the
 * folder's name: a workspace of the repository lists it, or a released package of the repository
 * requires it (PyPI packages can only depend on packages on PyPI).
 */



// Member entries: uv's and pdm's globs, hatch's strings or {path = …} tables.
function globs(value) {
    if (!Array.isArray(value))
        return [];
    return value.flatMap((v) => typeof v === 'string'
        ? [v]
        : v && typeof v === 'object' && typeof v.path === 'string'
            ? [String(v.path)]
            : []);
}
function workspacesOf(files, dir) {
    const manifest = joinRel(dir, 'pyproject.toml');
    if (!files.isFile(manifest))
        return [];
    let doc;
    try {
        doc = files.toml(manifest);
    }
    catch {
        return [];
    }
    const found = [
        {
            tool: 'uv',
            members: globs(getPath(doc, ['tool', 'uv', 'workspace', 'members'])),
            exclude: globs(getPath(doc, ['tool', 'uv', 'workspace', 'exclude'])),
        },
        { tool: 'pdm', members: globs(getPath(doc, ['tool', 'pdm', 'workspace', 'packages'])), exclude: [] },
        { tool: 'hatch', members: globs(getPath(doc, ['tool', 'hatch', 'workspace', 'members'])), exclude: [] },
    ];
    // hatch keeps workspaces per environment, in pyproject.toml or hatch.toml.
    const hatchToml = joinRel(dir, 'hatch.toml');
    const envTables = [getPath(doc, ['tool', 'hatch', 'envs'])];
    if (files.isFile(hatchToml)) {
        try {
            envTables.push(getPath(files.toml(hatchToml), ['envs']));
        }
        catch {
            // A broken hatch.toml is reported where it is read for a version, not here.
        }
    }
    for (const envs of envTables) {
        if (!envs || typeof envs !== 'object')
            continue;
        for (const env of Object.values(envs)) {
            const members = globs(getPath(env, ['workspace', 'members']));
            const exclude = globs(getPath(env, ['workspace', 'exclude']));
            if (members.length)
                found.push({ tool: 'hatch', members, exclude });
        }
    }
    const rel = (g) => joinRel(dir, g);
    return found
        .filter((w) => w.members.length > 0)
        .map((w) => {
        const excluded = globMatcher(w.exclude.map(rel));
        return {
            manifest,
            tool: w.tool,
            // A glob names member directories themselves, not what lies below them.
            members: (d) => !excluded(d) && w.members.some((g) => exact(rel(g), d)),
        };
    });
}
function exact(glob, dir) {
    return globMatcher([glob])(dir) && glob.split('/').length === dir.split('/').length;
}
/** A function telling which workspace of the given manifests' directories lists a directory. */
function workspaceMembership(files, dirs) {
    const workspaces = dirs.flatMap((d) => workspacesOf(files, d));
    return (dir) => {
        const w = workspaces.find((ws) => ws.members(dir));
        return w ? `listed by the ${w.tool} workspace of ${w.manifest}` : undefined;
    };
}

;// CONCATENATED MODULE: ./packages/core/src/pyproject/python-source.ts
/**
 * Reading version strings out of Python sources without running them, the way build backends do it
 * statically: hatch's regex source, setuptools' and flit's AST reads of a module-level assignment.
 */


/** hatchling's DEFAULT_PATTERN (hatchling/version/core.py), written in JS syntax. */
const HATCH_DEFAULT_PATTERN = String.raw `(?i)^(__version__|VERSION) *= *(['"])v?(?P<version>.+?)\2`;
/** pdm-backend's pattern for `source = "file"` (hooks/version/__init__.py). */
const PDM_FILE_PATTERN = String.raw `^__version__\s*=\s*["'](?P<version>.+?)["']\s*(?:#.*)?$`;
/**
 * Converts a Python `re` pattern to a JS RegExp with match indices: named groups `(?P<n>…)`,
 * back-references `(?P=n)` and leading inline flags `(?i)`, `(?m)`, `(?s)`. Python applies these
 * patterns with MULTILINE, so `m` is always on.
 */
function pythonRegex(pattern, where) {
    let src = pattern;
    let flags = 'md';
    const inline = /^\(\?([aiLmsux]+)\)/.exec(src);
    if (inline) {
        src = src.slice(inline[0].length);
        for (const f of inline[1]) {
            if (f === 'i' || f === 's')
                flags += f;
            else if (f !== 'm' && f !== 'a' && f !== 'u') {
                throw new errors_ConfigurationError(`${where.key} uses the inline flag (?${f}), which otai-release cannot apply; remove it from the pattern.`, where);
            }
        }
    }
    src = src.replace(/\(\?P</g, '(?<').replace(/\(\?P=(\w+)\)/g, '\\k<$1>');
    if (src.includes('\\Z'))
        src = src.replace(/\\Z/g, '$');
    if (src.includes('\\A'))
        src = src.replace(/\\A/g, '^');
    let re;
    try {
        re = new RegExp(src, flags);
    }
    catch (error) {
        throw new errors_ConfigurationError(`${where.key} = '${pattern}' is not a regular expression otai-release can use: ${error.message}.`, where);
    }
    if (!src.includes('(?<version>')) {
        throw new errors_ConfigurationError(`${where.key} = '${pattern}' has no named group 'version'; write it as (?P<version>...) around the version text.`, where);
    }
    return re;
}
/** The first match of `re`'s `version` group in `text` (re.search semantics), with its span. */
function matchVersion(text, re) {
    re.lastIndex = 0;
    const m = re.exec(text);
    const span = m?.indices?.groups?.version;
    if (!m || !span)
        return undefined;
    const [start, end] = span;
    return { start, end, raw: text.slice(start, end), ...lineColumn(text, start) };
}
/**
 * Finds the top-level assignment of `name` (`NAME = "…"`, `NAME: str = "…"`), or a
 * `from .mod import NAME` re-export. Later assignments win, as they do when Python runs the module.
 */
function findAssignment(text, name) {
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const assign = new RegExp(`^${escaped}[ \\t]*(?::[^=\\n]*)?=(?!=)[ \\t]*(.*)$`, 'gmd');
    const reexport = new RegExp(`^from[ \\t]+(\\.[\\w.]*)[ \\t]+import[ \\t]+\\(?[^\\n]*\\b${escaped}\\b`, 'gm');
    let found;
    let foundAt = -1;
    for (let m = assign.exec(text); m; m = assign.exec(text)) {
        const valueStart = m.indices[1][0];
        const valueText = m[1].replace(/\s+#.*$/, '').trim();
        const literal = /^(?:[rRuU]?)(["'])((?:(?!\1)[^\\\n]|\\.)*)\1$/.exec(valueText);
        const quoteOffset = text.indexOf(literal?.[1] ?? '\u0000', valueStart);
        const string = literal && !valueText.startsWith('"""') && !valueText.startsWith("'''")
            ? {
                start: quoteOffset + 1,
                end: quoteOffset + 1 + literal[2].length,
                raw: literal[2],
                ...lineColumn(text, quoteOffset + 1),
            }
            : undefined;
        found = { string, valueText, line: lineColumn(text, m.index).line };
        foundAt = m.index;
    }
    for (let m = reexport.exec(text); m; m = reexport.exec(text)) {
        if (m.index > foundAt) {
            found = { valueText: m[0], line: lineColumn(text, m.index).line, importedFrom: m[1] };
            foundAt = m.index;
        }
    }
    return found;
}
/** Reads a whole-file version (`VERSION`): the first non-blank line, with its span. */
function wholeFileVersion(text) {
    const m = /\S[^\r\n]*/.exec(text);
    if (!m)
        return undefined;
    const raw = m[0].trimEnd();
    return { start: m.index, end: m.index + raw.length, raw, ...lineColumn(text, m.index) };
}

;// CONCATENATED MODULE: ./packages/core/src/pyproject/setup-cfg.ts
/** setup.cfg's `[metadata] version` (a literal, `attr: pkg.__version__` or `file: VERSION`). */





/** Finds `key = value` in `[section]` of an INI text (setup.cfg, .bumpversion.cfg). */
function iniValue(text, section, key) {
    let current = '';
    let offset = 0;
    for (const line of text.split('\n')) {
        const start = offset;
        offset += line.length + 1;
        const header = /^\[([^\]]+)\]/.exec(line);
        if (header) {
            current = header[1].trim();
            continue;
        }
        if (current !== section)
            continue;
        const m = /^([\w.-]+)[ \t]*[=:][ \t]*(.*?)[ \t]*\r?$/.exec(line);
        if (m && m[1] === key) {
            const valueStart = start + line.indexOf(m[2], m[1].length);
            return { value: m[2], start: valueStart, line: lineColumn(text, valueStart).line };
        }
    }
    return undefined;
}
/** The version location setup.cfg declares, or undefined when it declares none. */
function readSetupCfgVersion(files, cfg, resolveAttr) {
    const text = files.text(cfg);
    const found = iniValue(text, 'metadata', 'version');
    if (!found)
        return undefined;
    const where = { file: cfg, line: found.line };
    const directive = /^(attr|file):\s*(.+)$/.exec(found.value);
    if (directive?.[1] === 'attr')
        return resolveAttr(directive[2].trim(), where);
    if (directive?.[1] === 'file') {
        const target = joinRel(cfg.replace(/\/?setup\.cfg$/, '') || '.', directive[2].split(',')[0].trim());
        if (!files.isFile(target)) {
            throw new errors_ConfigurationError(`setup.cfg version = file: ${directive[2]} does not exist (looked for ${target}).`, where);
        }
        const span = wholeFileVersion(files.text(target));
        if (!span)
            throw new errors_ConfigurationError(`${target} is empty; write the version in it.`, { file: target });
        return locationAt('setup-cfg', `${directive[2].trim()} (setup.cfg file:)`, target, span, true);
    }
    const span = {
        start: found.start,
        end: found.start + found.value.length,
        raw: found.value,
        ...lineColumn(text, found.start),
    };
    return locationAt('setup-cfg', '[metadata] version (setup.cfg)', cfg, span, true);
}

;// CONCATENATED MODULE: ./packages/core/src/pyproject/extra-locations.ts
/**
 * Copies of the version besides the one the backend reads: bump-tool config, `__version__` in the
 * usual module files, a VERSION file, and files the user lists in `version-files`. Each must agree,
 * because each ends up somewhere a user sees (the CLI's --version, the docs, the next bump).
 */






const MODULE_FILES = ['__init__.py', '_version.py', '__about__.py', 'version.py', '__version__.py'];
// setuptools-scm / hatch-vcs write these at build time; they are outputs, not declarations.
const GENERATED = /file generated by setuptools[-_]scm|don't change, don't track in version control/i;
/** Version copies in tool configuration, module files and a VERSION file of one package. */
function extraLocations(files, m, moduleDirs) {
    const found = [];
    if (typeof getPath(m.doc, ['tool', 'bumpversion', 'current_version']) === 'string') {
        found.push(tomlLocation(files, m.file, ['tool', 'bumpversion', 'current_version'], 'bumpversion', false));
    }
    if (typeof getPath(m.doc, ['tool', 'commitizen', 'version']) === 'string') {
        found.push(tomlLocation(files, m.file, ['tool', 'commitizen', 'version'], 'commitizen', false));
    }
    const bumpToml = joinRel(m.dir, '.bumpversion.toml');
    if (files.isFile(bumpToml) &&
        typeof getPath(files.toml(bumpToml), ['tool', 'bumpversion', 'current_version']) === 'string') {
        found.push(tomlLocation(files, bumpToml, ['tool', 'bumpversion', 'current_version'], 'bumpversion', false));
    }
    const bumpCfg = joinRel(m.dir, '.bumpversion.cfg');
    if (files.isFile(bumpCfg)) {
        const text = files.text(bumpCfg);
        const v = iniValue(text, 'bumpversion', 'current_version');
        if (v) {
            const span = {
                start: v.start,
                end: v.start + v.value.length,
                raw: v.value,
                ...lineColumn(text, v.start),
            };
            found.push(locationAt('bumpversion', 'current_version (.bumpversion.cfg)', bumpCfg, span, false));
        }
    }
    for (const dir of moduleDirs) {
        for (const name of MODULE_FILES) {
            const file = joinRel(dir, name);
            if (!files.isFile(file))
                continue;
            const text = files.text(file);
            if (GENERATED.test(text.slice(0, 400)))
                continue;
            for (const variable of name === 'version.py' ? ['__version__', 'VERSION'] : ['__version__']) {
                const assignment = findAssignment(text, variable);
                if (assignment?.string)
                    found.push(locationAt('module', `${variable} in ${name}`, file, assignment.string, false));
            }
        }
    }
    const versionFile = joinRel(m.dir, 'VERSION');
    if (files.isFile(versionFile)) {
        const span = wholeFileVersion(files.text(versionFile));
        if (span)
            found.push(locationAt('version-file', 'VERSION file', versionFile, span, false));
    }
    return found;
}
/** A file listed in `version-files`: a pattern's `version` group, `__version__` in .py, else the whole file. */
function configuredLocation(files, setting, configFile) {
    const file = joinRel(setting.path);
    if (!files.isFile(file)) {
        throw new errors_ConfigurationError(`version-files lists "${setting.path}", which does not exist; fix the path (relative to the repository root) or remove it.`, { file: configFile });
    }
    const text = files.text(file);
    const pattern = setting.pattern ?? (file.endsWith('.py') ? HATCH_DEFAULT_PATTERN : undefined);
    const span = pattern
        ? matchVersion(text, pythonRegex(pattern, { file: configFile, key: `version-files "${setting.path}" pattern` }))
        : wholeFileVersion(text);
    if (!span) {
        throw new errors_ConfigurationError(`version-files: no version found in ${file}${pattern ? ` with the pattern '${pattern}'` : ' (the file is empty)'}.`, { file: configFile });
    }
    return locationAt('configured', `${setting.path} (version-files)`, file, span, false);
}

;// CONCATENATED MODULE: ./packages/core/src/pyproject/requirements.ts
/** The requirements a package declares, with where each specifier sits (to check and rewrite pins). */



// The string's value: in a basic string, escapes (`\"` around a marker value) are not what they mean.
function requirements_valueOf(text, span, file) {
    if (text[span.start - 1] !== '"' || !span.raw.includes('\\'))
        return span.raw;
    return parseToml(`v = "${span.raw}"`, file).v;
}
function parsePin(text, span, label, file) {
    const value = requirements_valueOf(text, span, file);
    const parsed = parseRequirement(value);
    const declared = { raw: span.raw, label, file, line: span.line };
    if (!parsed.ok) {
        // Without a name there is no telling whether it is a pin on one of the repository's packages.
        if (parsed.name === undefined)
            return undefined;
        const { column, start } = span;
        return {
            ...declared,
            name: parsed.name,
            specifier: '',
            problem: parsed.message,
            column,
            start,
            end: start,
        };
    }
    const { name, specifierAt } = parsed.requirement;
    // Unpinned, the empty span sits at the end, where a specifier would go.
    const { start, end } = specifierAt ?? { start: span.raw.length, end: span.raw.length };
    // Offsets into the value are offsets into the file only while no escape comes before them; a name
    // or specifier written with escapes (`\u0061cme`) cannot be located, so it is not taken for a pin.
    if (value.slice(0, end) !== span.raw.slice(0, end))
        return undefined;
    return {
        ...declared,
        name,
        specifier: span.raw.slice(start, end),
        column: span.column + start,
        start: span.start + start,
        end: span.start + end,
    };
}
/** Every requirement of `[project].dependencies` and `[project.optional-dependencies]`, located. */
function readRequirements(files, file, doc) {
    const text = files.text(file);
    const arrays = [[['project', 'dependencies'], '[project].dependencies']];
    const optional = getPath(doc, ['project', 'optional-dependencies']);
    if (optional && typeof optional === 'object') {
        for (const extra of Object.keys(optional)) {
            arrays.push([['project', 'optional-dependencies', extra], `[project.optional-dependencies].${extra}`]);
        }
    }
    const pins = [];
    for (const [path, label] of arrays) {
        const at = locateValue(text, path);
        if (at === undefined)
            continue;
        for (const span of arrayStringsAt(text, at)) {
            const pin = parsePin(text, span, label, file);
            if (pin)
                pins.push(pin);
        }
    }
    return pins;
}
/** The requirements among `pins` that name one of `names` (canonical project names). */
function internalPins(pins, names) {
    return pins.filter((p) => names.has(canonicalizeName(p.name)));
}

;// CONCATENATED MODULE: ./packages/core/src/pyproject/python-modules.ts
/** Finding a package's Python modules on disk, the way setuptools, hatch and flit lay them out. */



/** The first existing file of a dotted module under the given source roots. */
function moduleFile(files, roots, dotted) {
    const parts = dotted.split('.');
    for (const root of roots) {
        for (const candidate of [joinRel(root, ...parts, '__init__.py'), `${joinRel(root, ...parts)}.py`]) {
            if (files.isFile(candidate))
                return candidate;
        }
    }
    return undefined;
}
/**
 * Reads `name` from a module file statically, following one `from .mod import name` re-export (the
 * common `__init__.py` → `_version.py` split). Errors name the file and say what to write instead.
 */
function readStringAssignment(files, file, name, what, where) {
    const found = findAssignment(files.text(file), name);
    if (!found) {
        throw new errors_ConfigurationError(`${what}: ${file} has no top-level assignment of ${name}; add ${name} = "X.Y.Z" to it.`, where);
    }
    if (found.string)
        return { file, span: found.string };
    if (found.importedFrom) {
        const dir = file.replace(/\/?[^/]*$/, '') || '.';
        const dots = /^\.+/.exec(found.importedFrom)[0].length;
        const base = joinRel(dir, ...Array(dots - 1).fill('..'));
        const rest = found.importedFrom.slice(dots);
        const target = rest ? moduleFile(files, [base], rest) : joinRel(base, '__init__.py');
        if (target && target !== file)
            return readStringAssignment(files, target, name, what, where);
    }
    throw new errors_ConfigurationError(`${what}: ${name} in ${file}:${found.line} is \`${found.valueText}\`, not a string literal, so it cannot be read ` +
        `without running the code; assign a plain string such as ${name} = "X.Y.Z".`, { file, line: found.line });
}

;// CONCATENATED MODULE: ./packages/core/src/pyproject/shipped.ts
/**
 * The import packages a distribution ships, from what its build backend is told (poetry `packages`,
 * hatch `packages`/`only-include`, setuptools `packages`/`packages.find`/`package-dir`, flit's module,
 * pdm's `package-dir`, maturin's `python-source`, setup.cfg `[options]`), else the src/flat layout
 * guess from the project name. Their module files are where version copies hide: poetry-core keeps
 * `__version__` in src/poetry/core/__init__.py, a package inside the `poetry` namespace.
 */


const strings = (value) => Array.isArray(value) ? value.filter((v) => typeof v === 'string') : [];
// fnmatch as setuptools applies it to dotted package names.
function fnmatch(pattern, name) {
    const source = pattern
        .replace(/[.+^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*')
        .replace(/\?/g, '.');
    return new RegExp(`^${source}$`).test(name);
}
function hasPython(files, dir) {
    return files.isFile(joinRel(dir, '__init__.py'));
}
// setuptools' find: top-level directories under each `where` that include/exclude admit.
function findPackages(files, base, where, include, exclude) {
    const dirs = [];
    for (const w of where.length ? where : ['.']) {
        for (const name of files.subdirs(joinRel(base, w))) {
            const dir = joinRel(base, w, name);
            if (name.startsWith('.') || name.includes('-'))
                continue;
            if (include.length && !include.some((p) => fnmatch(p, name) || fnmatch(p, `${name}.x`)))
                continue;
            if (exclude.some((p) => fnmatch(p, name)))
                continue;
            // Without an include list only real packages count (tests/ and docs/ are directories too).
            if (include.length || hasPython(files, dir))
                dirs.push(dir);
        }
    }
    return dirs;
}
// Dotted package names laid out by a setuptools package_dir mapping ({"" = "src"}, {"pkg" = "lib/pkg"}).
function mapPackages(base, names, packageDir) {
    return names
        .filter((n) => !n.includes('.'))
        .map((n) => joinRel(base, packageDir[n] ?? joinRel(packageDir[''] ?? '.', n)));
}
function fromPyproject(files, m) {
    const { doc, dir } = m;
    const dirs = [];
    // poetry: packages = [{ include = "poetry", from = "src" }]
    const poetry = getPath(doc, ['tool', 'poetry', 'packages']);
    if (Array.isArray(poetry)) {
        for (const entry of poetry) {
            const include = entry?.include;
            if (typeof include !== 'string' || include.endsWith('.py') || /[*?[]/.test(include))
                continue;
            const from = entry.from;
            dirs.push(joinRel(dir, typeof from === 'string' ? from : '.', include));
        }
    }
    // hatch: packages / only-include, on the wheel target or the build as a whole.
    for (const key of [
        ['tool', 'hatch', 'build', 'targets', 'wheel', 'packages'],
        ['tool', 'hatch', 'build', 'packages'],
        ['tool', 'hatch', 'build', 'targets', 'wheel', 'only-include'],
        ['tool', 'hatch', 'build', 'only-include'],
    ]) {
        dirs.push(...strings(getPath(doc, key)).map((p) => joinRel(dir, p.replace(/^\/+/, ''))));
    }
    // setuptools: packages = [...] or packages.find, laid out by package-dir.
    const packageDir = (getPath(doc, ['tool', 'setuptools', 'package-dir']) ?? {});
    const st = getPath(doc, ['tool', 'setuptools', 'packages']);
    if (Array.isArray(st))
        dirs.push(...mapPackages(dir, strings(st), packageDir));
    const find = st?.find;
    if (find && typeof find === 'object') {
        const where = strings(find.where);
        dirs.push(...findPackages(files, dir, where.length ? where : [packageDir[''] ?? '.'], strings(find.include), strings(find.exclude)));
    }
    else if (packageDir[''] && !Array.isArray(st)) {
        dirs.push(...findPackages(files, dir, [packageDir['']], [], []));
    }
    // flit: the module (dotted: the top package).
    const flitModule = getPath(doc, ['tool', 'flit', 'module', 'name']);
    if (typeof flitModule === 'string') {
        const top = flitModule.split('.')[0];
        dirs.push(joinRel(dir, 'src', top), joinRel(dir, top));
    }
    // pdm-backend: package-dir (src when it exists), includes.
    const pdmDir = getPath(doc, ['tool', 'pdm', 'build', 'package-dir']);
    if (typeof pdmDir === 'string')
        dirs.push(...findPackages(files, dir, [pdmDir], [], []));
    dirs.push(...strings(getPath(doc, ['tool', 'pdm', 'build', 'includes']))
        .filter((p) => !p.endsWith('.py') && !/[*?[]/.test(p))
        .map((p) => joinRel(dir, p)));
    // maturin: python-source holds the Python part, module-name says which package.
    const source = getPath(doc, ['tool', 'maturin', 'python-source']);
    const module = getPath(doc, ['tool', 'maturin', 'module-name']);
    if (typeof source === 'string') {
        dirs.push(...(typeof module === 'string'
            ? [joinRel(dir, source, module.split('.')[0])]
            : findPackages(files, dir, [source], [], [])));
    }
    return dirs;
}
// An INI value with its indented continuation lines (`package_dir =\n    =src`), as one string.
function iniBlock(text, section, key) {
    let current = '';
    let value;
    for (const line of text.split(/\r?\n/)) {
        const header = /^\[([^\]]+)\]/.exec(line);
        if (header) {
            current = header[1].trim();
            if (value !== undefined)
                break;
            continue;
        }
        if (current !== section)
            continue;
        if (value !== undefined) {
            if (/^[ \t]+\S/.test(line))
                value += ` ${line.trim()}`;
            else if (line.trim() !== '')
                break;
            continue;
        }
        const m = /^([\w.-]+)[ \t]*[=:][ \t]*(.*)$/.exec(line);
        if (m && m[1] === key)
            value = m[2].trim();
    }
    return value;
}
const words = (value) => (value ?? '').split(/[\s,]+/).filter(Boolean);
// setup.cfg [options]: packages = find: / a list, package_dir = =src, [options.packages.find].
function fromSetupCfg(files, dir) {
    const cfg = joinRel(dir, 'setup.cfg');
    if (!files.isFile(cfg))
        return [];
    const text = files.text(cfg);
    const root = /(?:^|\s)=\s*(\S+)/.exec(iniBlock(text, 'options', 'package_dir') ?? '')?.[1];
    const packages = iniBlock(text, 'options', 'packages') ?? '';
    if (packages === '' || /^find(_namespace)?:/.test(packages)) {
        const find = (key) => words(iniBlock(text, 'options.packages.find', key));
        const where = find('where');
        return findPackages(files, dir, where.length ? where : [root ?? '.'], find('include'), find('exclude'));
    }
    return mapPackages(dir, words(packages), root ? { '': root } : {});
}
/**
 * The directories of the import packages the distribution ships, with the subpackages of a namespace
 * package (a directory without `__init__.py`, whose subpackages carry the code), most likely first.
 */
function shippedPackageDirs(files, m) {
    const guess = m.name.toLowerCase().replace(/[-.]+/g, '_');
    const candidates = [
        ...fromPyproject(files, m),
        ...fromSetupCfg(files, m.dir),
        joinRel(m.dir, 'src', guess),
        joinRel(m.dir, guess),
    ];
    const dirs = new Set();
    for (const dir of candidates) {
        if (hasPython(files, dir))
            dirs.add(dir);
        else {
            for (const sub of files.subdirs(dir)) {
                const child = joinRel(dir, sub);
                if (!/^_?vendor(ed)?$|^tests?$/.test(sub) && hasPython(files, child))
                    dirs.add(child);
            }
        }
    }
    return [...dirs];
}

;// CONCATENATED MODULE: ./packages/core/src/pyproject/version-source.ts
/**
 * Where a package's build backend takes its version from (reference/versions.md §1): a static key, a
 * file read by regex or statically, or the git tag. Mirrors each backend's own rules so the version we
 * check is the version the build will produce.
 */








/** Tag-deriving version sources of hatch (`source = …`). */
const HATCH_TAG_SOURCES = {
    vcs: 'hatch-vcs',
    'uv-dynamic-versioning': 'uv-dynamic-versioning',
    versioningit: 'versioningit',
    'vcs-versioning': 'hatch-vcs',
};
function requiresAny(m, names) {
    return m.requires.some((r) => names.includes(r
        .split(/[\s<>=!~;[(]/)[0]
        .toLowerCase()
        .replace(/_/g, '-')));
}
function position(files, file, path) {
    return { file, line: keyLine(files.text(file), path) };
}
function tag(files, m, tool, path) {
    return { tag: { tool, file: m.file, line: keyLine(files.text(m.file), path) ?? 1 } };
}
/** Resolves the version source of a package whose `[project]` lists version as dynamic (or has none). */
function dynamicVersionSource(files, m) {
    const backend = m.backend ?? '';
    if (backend.startsWith('hatchling'))
        return hatchSource(files, m);
    if (backend.startsWith('pdm.backend') || backend.startsWith('pdm.pep517'))
        return pdmSource(files, m);
    if (backend.startsWith('flit_core'))
        return flitSource(files, m);
    if (backend.startsWith('poetry'))
        return poetrySource(files, m);
    if (backend.startsWith('setuptools') || backend === '')
        return setuptoolsSource(files, m);
    if (backend === 'maturin' || backend.startsWith('maturin.'))
        return { location: cargoVersion(files, m, true) };
    throw new errors_ConfigurationError(`${m.name}: the build backend '${backend}' computes the version when it builds, which otai-release cannot read without running it; ` +
        'declare it statically as [project] version = "X.Y.Z" (remove "version" from dynamic), ' +
        'or leave this directory out with [tool.otai-release] exclude if it is not released. The other packages are still checked.', position(files, m.file, ['build-system', 'build-backend']));
}
// The nearest Cargo.toml above a crate's (or the crate's own) that declares a [workspace].
function cargoWorkspaceRoot(files, cargo) {
    for (let dir = cargo.replace(/\/?[^/]*$/, '') || '.'; !dir.startsWith('..'); dir = joinRel(dir, '..')) {
        const candidate = joinRel(dir, 'Cargo.toml');
        if (files.isFile(candidate) && getPath(files.toml(candidate), ['workspace']) !== undefined)
            return candidate;
        if (dir === '.')
            break;
    }
    return undefined;
}
const inheritsVersion = (doc) => {
    const v = getPath(doc, ['package', 'version']);
    return !!v && typeof v === 'object' && v.workspace === true;
};
// The crates of a Cargo workspace whose version is the workspace's (members globs, `*` per segment).
function workspaceCrates(files, root) {
    const base = root.replace(/\/?Cargo\.toml$/, '') || '.';
    const doc = files.toml(root);
    const members = getPath(doc, ['workspace', 'members']);
    const dirs = new Set(getPath(doc, ['package']) !== undefined ? [base] : []);
    for (const glob of Array.isArray(members) ? members.filter((g) => typeof g === 'string') : []) {
        let found = [base];
        for (const part of String(glob).split('/')) {
            const re = new RegExp(`^${part
                .replace(/[.+^${}()|[\]\\]/g, '\\$&')
                .replace(/\*/g, '.*')
                .replace(/\?/g, '.')}$`);
            found =
                part.includes('*') || part.includes('?')
                    ? found.flatMap((d) => files
                        .subdirs(d)
                        .filter((n) => re.test(n))
                        .map((n) => joinRel(d, n)))
                    : found.map((d) => joinRel(d, part));
        }
        for (const d of found)
            dirs.add(d);
    }
    const names = [];
    for (const d of dirs) {
        const toml = joinRel(d, 'Cargo.toml');
        if (!files.isFile(toml))
            continue;
        const crate = files.toml(toml);
        const name = getPath(crate, ['package', 'name']);
        if (typeof name === 'string' && inheritsVersion(crate))
            names.push(name);
    }
    return names;
}
/**
 * The crate's entries in the Cargo.lock beside it or above it: cargo rewrites them on the next build,
 * and `cargo build --locked` (as release pipelines run it) refuses a lock that disagrees with Cargo.toml.
 * A version inherited from the workspace is every inheriting member's, so each of their entries counts.
 */
function cargoLockVersions(files, m) {
    const cargo = maturinCargoToml(files, m);
    if (!files.isFile(cargo))
        return [];
    const doc = files.toml(cargo);
    const name = getPath(doc, ['package', 'name']);
    if (typeof name !== 'string')
        return [];
    const root = inheritsVersion(doc) ? cargoWorkspaceRoot(files, cargo) : undefined;
    if (typeof getPath(doc, ['package', 'version']) !== 'string' && !root)
        return [];
    const names = root ? workspaceCrates(files, root) : [name];
    for (let dir = (root ?? cargo).replace(/\/?[^/]*$/, '') || '.'; !dir.startsWith('..'); dir = joinRel(dir, '..')) {
        const lock = joinRel(dir, 'Cargo.lock');
        if (files.isFile(lock)) {
            return names.flatMap((crate) => {
                const escaped = crate.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
                const re = new RegExp(`^name = "${escaped}"\\r?\\nversion = "(?<version>[^"\\n]+)"`, 'md');
                const span = matchVersion(files.text(lock), re);
                return span ? [locationAt('cargo', `Cargo.lock version of ${crate}`, lock, span, false)] : [];
            });
        }
        if (dir === '.')
            break;
    }
    return [];
}
/** The Cargo.toml a maturin project builds: `[tool.maturin] manifest-path`, else the one beside pyproject.toml. */
function maturinCargoToml(files, m) {
    const configured = getPath(m.doc, ['tool', 'maturin', 'manifest-path']);
    return joinRel(m.dir, typeof configured === 'string' ? configured : 'Cargo.toml');
}
/**
 * The version maturin takes from Cargo: `[package].version`, or with `version.workspace = true` the
 * workspace's `[workspace.package].version` (the nearest Cargo.toml above that has a [workspace]).
 * maturin reads the SemVer text as PEP 440 (`1.0.0-rc.1` is 1.0.0rc1).
 */
function cargoVersion(files, m, source) {
    const cargo = maturinCargoToml(files, m);
    const where = position(files, m.file, ['project', 'dynamic']);
    if (!files.isFile(cargo)) {
        throw new errors_ConfigurationError(`${m.name}: maturin takes the version from ${cargo}, which does not exist; set [tool.maturin] manifest-path to the crate's Cargo.toml, or a static [project] version.`, where);
    }
    const version = getPath(files.toml(cargo), ['package', 'version']);
    if (typeof version === 'string') {
        return tomlLocation(files, cargo, ['package', 'version'], 'cargo', source, 'Cargo.toml [package].version (maturin)');
    }
    const inherited = version && typeof version === 'object' && version.workspace === true;
    if (inherited) {
        for (let dir = cargo.replace(/\/?[^/]*$/, '') || '.';; dir = joinRel(dir, '..')) {
            const candidate = joinRel(dir, 'Cargo.toml');
            if (candidate !== cargo &&
                files.isFile(candidate) &&
                getPath(files.toml(candidate), ['workspace']) !== undefined) {
                if (typeof getPath(files.toml(candidate), ['workspace', 'package', 'version']) !== 'string')
                    break;
                return tomlLocation(files, candidate, ['workspace', 'package', 'version'], 'cargo', source, 'Cargo.toml [workspace.package].version (maturin)');
            }
            if (dir === '.' || dir.startsWith('..'))
                break;
        }
        throw new errors_ConfigurationError(`${m.name}: ${cargo} inherits its version from the Cargo workspace (version.workspace = true), but no Cargo.toml above it has [workspace.package] version; add it there.`, { file: cargo, line: keyLine(files.text(cargo), ['package', 'version']) });
    }
    throw new errors_ConfigurationError(`${m.name}: maturin takes the version from ${cargo}, which has no [package] version; add version = "X.Y.Z" under [package].`, { file: cargo, line: keyLine(files.text(cargo), ['package']) });
}
function hatchSource(files, m) {
    const hatchToml = joinRel(m.dir, 'hatch.toml');
    let file = m.file;
    let prefix = ['tool', 'hatch', 'version'];
    let config = getPath(m.doc, prefix);
    if (!config && files.isFile(hatchToml)) {
        const table = getPath(files.toml(hatchToml), ['version']);
        if (table) {
            config = table;
            file = hatchToml;
            prefix = ['version'];
        }
    }
    if (!config) {
        throw new errors_ConfigurationError(`${m.name}: version is dynamic with hatchling, but there is no [tool.hatch.version] (nor [version] in hatch.toml); ` +
            'add [tool.hatch.version] path = "src/<pkg>/__about__.py", or make the version static.', position(files, m.file, ['project', 'dynamic']));
    }
    const label = file === m.file ? '[tool.hatch.version]' : 'hatch.toml [version]';
    const source = String(config.source ?? 'regex');
    if (HATCH_TAG_SOURCES[source])
        return tag(files, { ...m, file }, HATCH_TAG_SOURCES[source], [...prefix, 'source']);
    if (source === 'env') {
        throw new errors_ConfigurationError(`${m.name}: ${label} source = "env" takes the version from an environment variable at build time, which ` +
            'cannot be checked before the build; use source = "regex" with a path, or a static version.', position(files, file, [...prefix, 'source']));
    }
    if (source !== 'regex' && source !== 'code') {
        throw new errors_ConfigurationError(`${m.name}: ${label} source = "${source}" is a version-source plugin otai-release does not know; use "regex", "code", "vcs" or a static version.`, position(files, file, [...prefix, 'source']));
    }
    if (typeof config.path !== 'string') {
        throw new errors_ConfigurationError(`${m.name}: ${label} needs path = "<file holding the version>".`, position(files, file, prefix));
    }
    const target = joinRel(m.dir, config.path);
    const where = position(files, file, [...prefix, 'path']);
    if (!files.isFile(target)) {
        throw new errors_ConfigurationError(`${m.name}: ${label} path = "${config.path}" does not exist (looked for ${target}).`, where);
    }
    if (source === 'code') {
        const expression = String(config.expression ?? '__version__');
        if (!/^[A-Za-z_]\w*$/.test(expression)) {
            throw new errors_ConfigurationError(`${m.name}: ${label} expression = "${expression}" must be evaluated by running code; use source = "regex" so the version can be read and rewritten.`, position(files, file, [...prefix, 'expression']));
        }
        const found = readStringAssignment(files, target, expression, `${m.name}: ${label} path`, where);
        return {
            location: locationAt('hatch', `${expression} (hatch code source)`, found.file, found.span, true),
        };
    }
    const pattern = typeof config.pattern === 'string' ? config.pattern : HATCH_DEFAULT_PATTERN;
    const re = pythonRegex(pattern, { ...where, key: `${label} pattern` });
    const span = matchVersion(files.text(target), re);
    if (!span) {
        throw new errors_ConfigurationError(`${m.name}: ${label} found no version in ${target}: ${config.pattern
            ? `the pattern '${pattern}' does not match`
            : 'hatch expects a line like __version__ = "1.2.3" at the start of a line'}.`, where);
    }
    return { location: locationAt('hatch', `version in ${config.path} (hatch path)`, target, span, true) };
}
function pdmSource(files, m) {
    const prefix = ['tool', 'pdm', 'version'];
    const config = getPath(m.doc, prefix);
    const source = config?.source;
    if (source === 'scm')
        return tag(files, m, 'pdm-backend scm', [...prefix, 'source']);
    if (source === 'file' && typeof config?.path === 'string') {
        const target = joinRel(m.dir, config.path);
        const where = position(files, m.file, [...prefix, 'path']);
        if (!files.isFile(target)) {
            throw new errors_ConfigurationError(`${m.name}: [tool.pdm.version] path = "${config.path}" does not exist.`, where);
        }
        const span = matchVersion(files.text(target), pythonRegex(PDM_FILE_PATTERN, { ...where, key: 'pdm' }));
        if (!span) {
            throw new errors_ConfigurationError(`${m.name}: ${target} has no line __version__ = "X.Y.Z", which pdm-backend's file source reads.`, where);
        }
        return { location: locationAt('pdm', '__version__ (pdm file source)', target, span, true) };
    }
    throw new errors_ConfigurationError(`${m.name}: version is dynamic with pdm-backend, but [tool.pdm.version] is ${source ? `source = "${String(source)}", which cannot be read without running code` : 'missing'}; use source = "file" with a path, source = "scm", or a static version.`, position(files, m.file, config ? [...prefix, 'source'] : ['project', 'dynamic']));
}
function flitSource(files, m) {
    const moduleName = String(getPath(m.doc, ['tool', 'flit', 'module', 'name']) ?? m.name.replace(/[-.]/g, '_'));
    const path = moduleName.split('.');
    const candidates = [joinRel(m.dir, 'src', ...path), joinRel(m.dir, ...path)];
    const pkgDir = candidates.find((d) => files.isFile(joinRel(d, '__init__.py')));
    const singleFile = candidates.map((d) => `${d}.py`).find((f) => files.isFile(f));
    // flit scans version.py, _version.py, __version__.py, then __init__.py; a later file wins.
    const order = pkgDir
        ? ['version.py', '_version.py', '__version__.py', '__init__.py']
            .map((f) => joinRel(pkgDir, f))
            .filter((f) => files.isFile(f))
        : singleFile
            ? [singleFile]
            : [];
    if (order.length === 0) {
        throw new errors_ConfigurationError(`${m.name}: flit reads the version from the module '${moduleName}', but neither ${candidates[0]}/ nor ${candidates[1]}/ (or .py) exists; set [tool.flit.module] name.`, position(files, m.file, ['project', 'dynamic']));
    }
    let found;
    for (const file of order) {
        const span = matchVersion(files.text(file), /^__version__[ \t]*(?::[^=\n]*)?=[ \t]*(["'])(?<version>[^"'\n]*)\1/dm);
        if (span)
            found = locationAt('flit', '__version__ (flit)', file, span, true);
    }
    if (!found) {
        throw new errors_ConfigurationError(`${m.name}: flit found no __version__ = "X.Y.Z" string in ${order.join(', ')}; add one.`, { file: order.at(-1) });
    }
    return { location: found };
}
function poetrySource(files, m) {
    if (getPath(m.doc, ['tool', 'poetry-dynamic-versioning', 'enable']) === true) {
        return tag(files, m, 'poetry-dynamic-versioning', ['tool', 'poetry-dynamic-versioning', 'enable']);
    }
    if (typeof getPath(m.doc, ['tool', 'poetry', 'version']) === 'string') {
        return { location: tomlLocation(files, m.file, ['tool', 'poetry', 'version'], 'poetry', true) };
    }
    throw new errors_ConfigurationError(`${m.name}: version is dynamic with poetry, but [tool.poetry] has no version; add version = "X.Y.Z".`, position(files, m.file, ['project', 'dynamic']));
}
function setuptoolsSource(files, m) {
    const prefix = ['tool', 'setuptools', 'dynamic', 'version'];
    const config = getPath(m.doc, prefix);
    const where = position(files, m.file, prefix);
    if (config && typeof config === 'object' && !Array.isArray(config)) {
        const { attr, file } = config;
        if (typeof attr === 'string')
            return { location: attrLocation(files, m, attr, where) };
        if (file !== undefined) {
            const first = Array.isArray(file) ? file[0] : file;
            const target = joinRel(m.dir, String(first));
            if (!files.isFile(target)) {
                throw new errors_ConfigurationError(`${m.name}: [tool.setuptools.dynamic] version file = "${String(first)}" does not exist.`, where);
            }
            const span = wholeFileVersion(files.text(target));
            if (!span)
                throw new errors_ConfigurationError(`${m.name}: ${target} is empty; write the version in it.`, {
                    file: target,
                });
            return {
                location: locationAt('setuptools-file', `${String(first)} (setuptools file)`, target, span, true),
            };
        }
        throw new errors_ConfigurationError(`${m.name}: [tool.setuptools.dynamic] version must be {attr = "pkg.__version__"} or {file = "VERSION"}.`, where);
    }
    // vcs-versioning is setuptools-scm's core; it versions itself (in-tree) from its own table.
    if (getPath(m.doc, ['tool', 'vcs-versioning']) !== undefined) {
        return tag(files, m, 'vcs-versioning', ['tool', 'vcs-versioning']);
    }
    if (getPath(m.doc, ['tool', 'setuptools_scm']) !== undefined || requiresAny(m, ['setuptools-scm'])) {
        const key = getPath(m.doc, ['tool', 'setuptools_scm']) !== undefined
            ? ['tool', 'setuptools_scm']
            : ['build-system', 'requires'];
        return tag(files, m, 'setuptools-scm', key);
    }
    const cfg = joinRel(m.dir, 'setup.cfg');
    if (files.isFile(cfg)) {
        const fromCfg = readSetupCfgVersion(files, cfg, (attr, at) => attrLocation(files, m, attr, at));
        if (fromCfg)
            return { location: fromCfg };
    }
    throw new errors_ConfigurationError(`${m.name}: version is dynamic, but neither [tool.setuptools.dynamic] version, setuptools-scm nor setup.cfg provides it; ` +
        'add [tool.setuptools.dynamic] version = {attr = "<pkg>.__version__"} or a static version.', position(files, m.file, ['project', 'dynamic']));
}
/** The location a setuptools `attr:` directive points at (read statically, as setuptools first tries). */
function attrLocation(files, m, attr, where) {
    const dot = attr.lastIndexOf('.');
    if (dot <= 0) {
        throw new errors_ConfigurationError(`${m.name}: attr = "${attr}" must be "<module>.<name>", e.g. "mypkg.__version__".`, where);
    }
    const moduleName = attr.slice(0, dot);
    const name = attr.slice(dot + 1);
    const packageDir = getPath(m.doc, ['tool', 'setuptools', 'package-dir']);
    const roots = [
        packageDir?.[''] ? joinRel(m.dir, packageDir['']) : undefined,
        joinRel(m.dir, 'src'),
        m.dir,
    ].filter((r) => r !== undefined);
    const top = moduleName.split('.')[0];
    if (packageDir?.[top])
        roots.unshift(joinRel(m.dir, packageDir[top], '..'));
    const file = moduleFile(files, roots, moduleName);
    if (!file) {
        throw new errors_ConfigurationError(`${m.name}: attr = "${attr}" names the module '${moduleName}', which does not exist under ${roots.join(' or ')}; fix the module path.`, where);
    }
    const found = readStringAssignment(files, file, name, `${m.name}: attr = "${attr}"`, where);
    return locationAt('setuptools-attr', `${name} (setuptools attr)`, found.file, found.span, true);
}
/** The import packages of a distribution, from what its backend ships (see shipped.ts). */
function packageDirs(files, m) {
    return shippedPackageDirs(files, m);
}

;// CONCATENATED MODULE: ./packages/core/src/pyproject/package.ts
/** Reading one package directory into a PythonPackage (or the reason it is not published). */









const WORKSPACE_KEYS = [
    ['tool', 'uv', 'workspace'],
    ['tool', 'hatch', 'workspace'],
    ['tool', 'pdm', 'workspace'],
];
/** Why an existing manifest is not a published package, or undefined when it is one. */
function unpublishedReason(doc, name) {
    if (getPath(doc, ['tool', 'poetry', 'package-mode']) === false) {
        return '[tool.poetry] package-mode = false: Poetry only manages its dependencies, it builds no package';
    }
    if (!name)
        return 'no [project] name: not a package (tool configuration only)';
    const classifiers = getPath(doc, ['project', 'classifiers']);
    // PyPI refuses every `Private ::` classifier, which is why projects add one to stay unpublished.
    const privateClassifier = Array.isArray(classifiers)
        ? classifiers.find((c) => typeof c === 'string' && c.startsWith('Private ::'))
        : undefined;
    if (privateClassifier)
        return `classifier "${String(privateClassifier)}" (PyPI refuses uploads with it)`;
    // With a build system, `package = false` only keeps `uv run` from building it (pydantic-core's root).
    if (getPath(doc, ['tool', 'uv', 'package']) === false && doc['build-system'] === undefined) {
        return '[tool.uv] package = false and no [build-system]';
    }
    const isWorkspaceRoot = WORKSPACE_KEYS.some((k) => getPath(doc, k) !== undefined);
    const version = getPath(doc, ['project', 'version']);
    const placeholder = typeof version === 'string' && (version.includes('+') || /^0(\.0)*$/.test(version));
    if (isWorkspaceRoot) {
        if (doc['build-system'] === undefined)
            return 'workspace root without [build-system] (a virtual project)';
        if (placeholder)
            return `workspace root with placeholder version "${String(version)}"`;
    }
    // 0.0.0 is never a release anyone meant (OpenTelemetry's codegen: "Not published to PyPI").
    if (typeof version === 'string' && /^0(\.0)*$/.test(version)) {
        return `placeholder version "${version}" (nothing is released as 0.0.0)`;
    }
    return undefined;
}
/**
 * Reads the package at `dir` (repo-relative). `tagFormats` are the formats that apply to it, the one
 * new tags use first.
 */
function readPackage(files, dir, tagFormats, explicit) {
    const file = joinRel(dir, 'pyproject.toml');
    if (!files.isFile(file))
        return readSetupCfgPackage(files, dir, tagFormats, explicit);
    const doc = files.toml(file);
    const text = files.text(file);
    const project = getPath(doc, ['project']);
    const name = (project?.name ?? getPath(doc, ['tool', 'poetry', 'name']));
    if (!name && files.isFile(joinRel(dir, 'setup.cfg')))
        return readSetupCfgPackage(files, dir, tagFormats, explicit);
    const reason = unpublishedReason(doc, name);
    if (reason) {
        if (explicit) {
            throw new errors_ConfigurationError(`${file} is listed in [tool.otai-release] packages but is not publishable: ${reason}.`, {
                file,
            });
        }
        return { skipped: { file, reason } };
    }
    if (typeof name !== 'string' || !isValidName(name)) {
        throw new errors_ConfigurationError(`[project] name = ${JSON.stringify(name)} is not a valid project name: use ASCII letters, digits, '.', '_' and '-', starting and ending with a letter or digit.`, { file, line: keyLine(text, ['project', 'name']) });
    }
    const requires = getPath(doc, ['build-system', 'requires']);
    const m = {
        dir,
        file,
        doc,
        name,
        backend: getPath(doc, ['build-system', 'build-backend']),
        requires: Array.isArray(requires) ? requires.map(String) : [],
    };
    const dynamic = project?.dynamic;
    const isDynamic = Array.isArray(dynamic) && dynamic.includes('version');
    const hasStatic = project?.version !== undefined;
    if (isDynamic && hasStatic) {
        throw new errors_ConfigurationError(`${name}: version is both static ([project] version = ${JSON.stringify(project?.version)}) and listed in [project] dynamic; ` +
            'build backends refuse this. Remove one of the two.', { file, line: keyLine(text, ['project', 'version']) });
    }
    const locations = [];
    let tagDerived;
    if (hasStatic) {
        locations.push(tomlLocation(files, file, ['project', 'version'], 'project', true));
        // Poetry 2 keeps a base version in [tool.poetry] beside [project]; it must agree.
        if (typeof getPath(doc, ['tool', 'poetry', 'version']) === 'string') {
            locations.push(tomlLocation(files, file, ['tool', 'poetry', 'version'], 'poetry', false));
        }
        // maturin prefers the static version, but the crate's own version is released with it (uv keeps both).
        const cargo = m.backend === 'maturin' ? maturinCargoToml(files, m) : undefined;
        if (cargo &&
            files.isFile(cargo) &&
            typeof getPath(files.toml(cargo), ['package', 'version']) === 'string') {
            locations.push(cargoVersion(files, m, false));
        }
    }
    else if (isDynamic || !project) {
        const source = dynamicVersionSource(files, m);
        if ('tag' in source)
            tagDerived = source.tag;
        else
            locations.push(source.location);
    }
    else {
        throw new errors_ConfigurationError(`${name}: [project] has no version and does not list it in dynamic; add version = "X.Y.Z" to [project].`, { file, line: keyLine(text, ['project']) });
    }
    if (m.backend === 'maturin')
        locations.push(...cargoLockVersions(files, m));
    for (const extra of extraLocations(files, m, packageDirs(files, m))) {
        // The same text seen twice (`VERSION = 'v1.2.3'`: hatch reads 1.2.3, the copy v1.2.3) is one location.
        const seen = locations.some((l) => l.file === extra.file && l.start < extra.end && extra.start < l.end);
        if (!seen)
            locations.push(extra);
    }
    return {
        package: {
            name,
            path: dir,
            manifest: file,
            backend: m.backend,
            locations,
            tagDerived,
            pins: [],
            requirements: readRequirements(files, file, doc),
            tagFormat: tagFormats[0],
            acceptedTagFormats: tagFormats,
        },
    };
}
// A legacy project with setup.cfg (and setup.py) but no pyproject.toml.
function readSetupCfgPackage(files, dir, tagFormats, explicit) {
    const cfg = joinRel(dir, 'setup.cfg');
    if (!files.isFile(cfg)) {
        if (explicit) {
            throw new errors_ConfigurationError(`[tool.otai-release] packages lists "${dir}", which has no pyproject.toml or setup.cfg.`, {
                file: 'pyproject.toml',
            });
        }
        return { skipped: { file: joinRel(dir, 'pyproject.toml'), reason: 'no pyproject.toml' } };
    }
    const text = files.text(cfg);
    const name = iniValue(text, 'metadata', 'name')?.value;
    if (!name)
        return { skipped: { file: cfg, reason: 'setup.cfg without [metadata] name' } };
    const m = { dir, file: cfg, doc: {}, name, requires: [] };
    const source = dynamicVersionSource(files, m);
    const locations = 'location' in source ? [source.location] : [];
    for (const extra of extraLocations(files, m, packageDirs(files, m))) {
        if (!locations.some((l) => l.file === extra.file && l.start < extra.end && extra.start < l.end)) {
            locations.push(extra);
        }
    }
    return {
        package: {
            name,
            path: dir,
            manifest: cfg,
            locations,
            tagDerived: 'tag' in source ? source.tag : undefined,
            pins: [],
            requirements: [],
            tagFormat: tagFormats[0],
            acceptedTagFormats: tagFormats,
        },
    };
}
/** The canonical names of a set of packages. */
function packageNames(packages) {
    return new Set(packages.map((p) => canonicalizeName(p.name)));
}

;// CONCATENATED MODULE: ./packages/core/src/pyproject/repository.ts
/** Reading a whole repository: configuration, packages in release order, internal pins. Never touches the network. */













// One package's mistake must not hide the state of the others: the error is kept and reported with them.
function readOrKeep(files, unreadable, dir, read) {
    try {
        return read();
    }
    catch (error) {
        if (!(error instanceof errors_ConfigurationError))
            throw error;
        unreadable.push({ path: dir, name: projectName(files, dir), error });
        return undefined;
    }
}
/** Reads the repository at `root`. Errors (ConfigurationError) name the file and position at fault. */
function readRepository(root, options = {}) {
    if (!(0,external_node_fs_.existsSync)(root) || !(0,external_node_fs_.statSync)(root).isDirectory()) {
        throw new errors_ConfigurationError(`The path '${root}' is not a directory; point path at the repository root.`);
    }
    const files = new RepoFiles(root);
    const config = loadConfig(files);
    const policy = options.policy ?? config.policy;
    if (options.tagFormat)
        validateTagFormat(options.tagFormat, { key: 'tag-format input' });
    // Independent packages need distinct tags, so their default names them. Only a repository that
    // configures no format gets the bare variant too; a configured one means exactly what it says.
    const globalFormats = options.tagFormat
        ? [options.tagFormat]
        : config.tagFormatSet
            ? [config.tagFormat]
            : UNCONFIGURED_TAG_FORMATS[policy];
    const packages = [];
    const skipped = [];
    const unreadable = [];
    if (config.packages) {
        for (const entry of config.packages) {
            const dir = joinRel(entry.path);
            const result = readOrKeep(files, unreadable, dir, () => readPackage(files, dir, entry.tagFormat ? [entry.tagFormat] : globalFormats, true));
            if (result && 'package' in result) {
                for (const setting of entry.versionFiles) {
                    const location = configuredLocation(files, setting, config.file ?? 'pyproject.toml');
                    if (!overlaps(result.package.locations, location))
                        result.package.locations.push(location);
                }
                packages.push(result.package);
            }
        }
    }
    else {
        const found = discoverPackageDirs(root, config.exclude);
        skipped.push(...found.skipped);
        const plain = found.candidates.filter((c) => !c.exampleDir).map((c) => c.dir);
        for (const dir of plain) {
            const result = readOrKeep(files, unreadable, dir, () => readPackage(files, dir, globalFormats, false));
            if (!result)
                continue;
            if ('package' in result)
                packages.push({ ...result.package, evidence: evidenceOf(result.package) });
            else
                skipped.push(result.skipped);
        }
        weighExamples(files, found, plain, globalFormats, { packages, skipped, unreadable });
    }
    // Nothing left to check: the one error is the answer.
    if (packages.length === 0 && unreadable.length > 0)
        throw unreadable[0].error;
    if (packages.length === 0) {
        throw new errors_ConfigurationError(`No publishable Python package found under '${root}' (no pyproject.toml with a [project] name${skipped.length
            ? `; skipped: ${skipped.map((s) => `${'file' in s ? s.file : s.path} (${s.reason})`).join(', ')}`
            : ''}). Point path at the repository, or list packages in [tool.otai-release] packages.`);
    }
    checkDuplicates(packages);
    const names = packageNames(packages);
    for (const pkg of packages)
        pkg.pins = internalPins(pkg.requirements, names);
    if (policy === 'independent')
        checkDistinctTags(packages);
    const versionFiles = config.versionFiles
        .map((s) => configuredLocation(files, s, config.file ?? 'pyproject.toml'))
        .filter((l) => !packages.some((p) => overlaps(p.locations, l)));
    if (policy === 'independent' && versionFiles.length > 0) {
        throw new errors_ConfigurationError('version-files at the top of [tool.otai-release] carry one shared version, which the independent policy does not have; move them into the packages entry they belong to.', { file: config.file });
    }
    return { root, config, policy, packages, versionFiles, skipped, unreadable, files };
}
/**
 * What discovery decided for each directory, and why: one line per package found, directory or
 * manifest passed over, and package whose version could not be read (`check --explain`).
 */
function explainDiscovery(repo) {
    const where = (s) => ('file' in s ? s.file : s.path);
    return [
        ...repo.packages.map((p) => `package ${p.manifest} (${p.name}): ${p.evidence ?? 'listed in [tool.otai-release] packages'}`),
        ...repo.unreadable.map((u) => `error   ${u.path}: ${u.error.toString()}`),
        ...repo.skipped.map((s) => `skip    ${where(s)}: ${s.reason}`),
    ];
}
// Why discovery took a package for a released one, for `check --explain`.
function evidenceOf(pkg) {
    return pkg.backend ? `a [project] name and [build-system] ${pkg.backend}` : 'a [project] name';
}
/**
 * Projects below example/test folders (`tests/`, `docs/examples/`, `python/samples/`): released only
 * when a workspace of the repository lists them or a released package requires them, repeated until
 * nothing changes (a rescued package may require another). The rest is summed up per folder.
 */
function weighExamples(files, found, plain, tagFormats, into) {
    const listedBy = workspaceMembership(files, plain);
    let pending = found.candidates.filter((c) => c.exampleDir);
    for (let changed = true; changed;) {
        changed = false;
        const requiredBy = new Map();
        for (const pkg of into.packages) {
            for (const r of pkg.requirements)
                requiredBy.set(canonicalizeName(r.name), pkg.name);
        }
        for (const c of pending) {
            let evidence = listedBy(c.dir);
            if (!evidence) {
                const name = projectName(files, c.dir);
                const by = name && requiredBy.get(canonicalizeName(name));
                if (by)
                    evidence = `required by ${by}, a released package`;
            }
            if (!evidence)
                continue;
            pending = pending.filter((p) => p !== c);
            changed = true;
            const folder = exampleFolderName(c.exampleDir);
            const result = readOrKeep(files, into.unreadable, c.dir, () => readPackage(files, c.dir, tagFormats, false));
            if (!result)
                continue;
            if ('package' in result) {
                const why = `below '${folder}/', but ${evidence}`;
                into.packages.push({ ...result.package, evidence: why });
            }
            else
                into.skipped.push(result.skipped);
        }
    }
    const counts = new Map();
    // Evidence of their own that deeper projects give (a Private :: classifier), summed per folder.
    const ownReasons = new Map();
    for (const c of pending) {
        const folder = c.exampleDir;
        let own;
        try {
            const result = readPackage(files, c.dir, tagFormats, false);
            own = 'skipped' in result ? result.skipped : undefined;
        }
        catch {
            own = undefined;
        }
        // The folder's own manifest says why itself (tool settings in docs/pyproject.toml); the projects
        // deeper down (test fixtures by the dozen) are counted in the folder's one line.
        if (own && c.dir === folder) {
            into.skipped.push(own);
            continue;
        }
        counts.set(folder, (counts.get(folder) ?? 0) + 1);
        if (own) {
            const reasons = ownReasons.get(folder) ?? new Map();
            // Its first clause: up to the explanation in brackets or after a colon outside quotes.
            const short = own.reason.replace(/ \(.*$/, '').replace(/: (?=[^"]*$).*$/, '');
            reasons.set(short, (reasons.get(short) ?? 0) + 1);
            ownReasons.set(folder, reasons);
        }
    }
    for (const dir of [...new Set([...counts.keys(), ...found.prunedIn])].sort()) {
        const n = counts.get(dir) ?? 0;
        const own = [...(ownReasons.get(dir) ?? [])].map(([reason, k]) => `${k} with ${reason}`);
        into.skipped.push({
            path: dir,
            reason: `'${exampleFolderName(dir)}' directories hold tests, examples, docs or templates, not releases${n ? `: ${n} project(s) below it, none listed by a workspace or required by a released package` : ''}${own.length ? ` (${own.join(', ')})` : ''}`,
        });
    }
}
// The project name of a directory's manifest, read leniently (test fixtures may be broken on purpose).
function projectName(files, dir) {
    try {
        const file = joinRel(dir, 'pyproject.toml');
        if (files.isFile(file)) {
            const doc = files.toml(file);
            const name = getPath(doc, ['project', 'name']) ?? getPath(doc, ['tool', 'poetry', 'name']);
            if (typeof name === 'string')
                return name;
        }
        const cfg = joinRel(dir, 'setup.cfg');
        return files.isFile(cfg) ? iniValue(files.text(cfg), 'metadata', 'name')?.value : undefined;
    }
    catch {
        return undefined;
    }
}
// A version-files entry found anyway (a VERSION file) is one location, not two edits of the same bytes.
function overlaps(known, l) {
    return known.some((k) => k.file === l.file && k.start < l.end && l.start < k.end);
}
function checkDuplicates(packages) {
    const seen = new Map();
    for (const pkg of packages) {
        const key = canonicalizeName(pkg.name);
        const other = seen.get(key);
        if (other) {
            throw new errors_ConfigurationError(`Two packages are named '${pkg.name}': ${other.manifest} and ${pkg.manifest}. Rename one, or exclude one in [tool.otai-release] exclude.`, { file: pkg.manifest });
        }
        seen.set(key, pkg);
    }
}
function checkDistinctTags(packages) {
    const byTag = new Map();
    for (const pkg of packages) {
        const probe = pkg.tagFormat.replaceAll('{name}', pkg.name);
        const other = byTag.get(probe);
        if (other) {
            throw new errors_ConfigurationError(`With the independent policy every package needs its own tag format, but ${other.name} and ${pkg.name} both use "${pkg.tagFormat}"; ` +
                'give each a tag-format in [tool.otai-release] packages, or use "{name}-v{version}".', { file: pkg.manifest });
        }
        byTag.set(probe, pkg);
    }
}

;// CONCATENATED MODULE: ./packages/core/src/pyproject/index.ts
/** Reading Python repositories: configuration, discovery, version locations, tag formats. */







;// CONCATENATED MODULE: ./packages/core/src/consistency/policy-evidence.ts
/**
 * A repository with no policy configured is read as lockstep. Monorepos whose packages each carry
 * their own version (dbt-adapters, kedro-plugins, hatch) would then get one "change it to" error per
 * package, each advising a version that belongs to another package. When most packages disagree, the
 * versions are evidence enough: they are checked as independent, and one notice says so with the exact
 * configuration to write, including the tag format the repository's existing tags already use.
 */



// Tag formats monorepos use for per-package tags, in order of preference when counts tie.
const CANDIDATE_FORMATS = [
    '{name}-v{version}',
    '{name}-{version}',
    '{name}/v{version}',
    '{name}/{version}',
    '{name}@{version}',
    '{name}@v{version}',
    '{name}_v{version}',
];
/** Neither policy nor tag format written down, nor given by the caller: the lockstep default is a guess. */
function unconfigured(repo, policyGiven) {
    if (repo.policy !== 'lockstep' || repo.config.policySet || policyGiven)
        return false;
    // A configured tag format or shared version files speak for one version across packages.
    if (repo.config.tagFormatSet || repo.versionFiles.length > 0)
        return false;
    return !repo.config.packages?.some((p) => p.tagFormat);
}
/** Whether the versions could speak against the lockstep default (so the tags are worth reading). */
function mayBeIndependent(repo, policyGiven) {
    return unconfigured(repo, policyGiven) && repo.packages.length >= 3;
}
/** The repository as an independent one, and the notice that says why; undefined when lockstep fits. */
function independentByEvidence(repo, options) {
    if (!unconfigured(repo, options.policyGiven ?? false))
        return undefined;
    const named = options.tag === undefined ? undefined : packageNamedBy(repo, options.tag);
    if (named) {
        return {
            repo: asIndependent(repo),
            finding: {
                level: 'notice',
                code: 'policy-inferred',
                file: repo.config.file ?? 'pyproject.toml',
                message: `No policy is configured, and the tag "${options.tag}" names the package ${named.name}, so each package is ` +
                    `checked against its own version and the tag against ${named.name} alone. To say so in the configuration:` +
                    `\n[tool.otai-release]\npolicy = "independent"`,
            },
        };
    }
    const declared = repo.packages
        .map((pkg) => ({ pkg, version: fileVersion(pkg) }))
        .filter((d) => d.version !== undefined);
    if (declared.length < 2)
        return undefined;
    const counts = new Map();
    for (const d of declared)
        counts.set(d.version, (counts.get(d.version) ?? 0) + 1);
    const agreeing = Math.max(...counts.values());
    // Two packages that differ are as likely a forgotten bump as two release lines: only a pin tells.
    const mostlyDiffer = declared.length >= 3 && agreeing * 2 <= declared.length;
    const pinned = mostlyDiffer ? undefined : pinnedLines(declared, counts);
    if (!mostlyDiffer && !pinned)
        return undefined;
    const formats = UNCONFIGURED_TAG_FORMATS.independent;
    const independent = asIndependent(repo);
    const shown = declared.slice(0, 4).map((d) => `${d.pkg.name} ${d.version}`);
    const more = declared.length > shown.length ? `, and ${declared.length - shown.length} more` : '';
    const used = tagFormatInUse(repo.packages, options.tags ?? []);
    const formatLine = used && !formats.includes(used.format) ? `\ntag-format = "${used.format}"` : '';
    const tagNote = used
        ? ` The repository's ${used.count} tag(s) such as "${used.example}" follow "${used.format}".`
        : ` Tags are then read as ${formats.map((f) => `"${f}"`).join(' or ')}.`;
    return {
        repo: independent,
        finding: {
            level: 'notice',
            code: 'policy-inferred',
            file: repo.config.file ?? 'pyproject.toml',
            message: `No policy is configured, and ${pinned ?? `the packages' versions mostly differ (${shown.join(', ')}${more})`}, so each ` +
                `package is checked against its own version rather than one shared version.${tagNote} To say so in the ` +
                `configuration (or write policy = "lockstep" to require one version for all):\n[tool.otai-release]\n` +
                `policy = "independent"${formatLine}`,
        },
    };
}
/**
 * The repository read under the independent policy with its unconfigured tag formats (`{name}-v…`,
 * `{name}-…`); for a repository that configures neither policy nor tag format.
 */
function asIndependent(repo) {
    const formats = UNCONFIGURED_TAG_FORMATS.independent;
    return {
        ...repo,
        policy: 'independent',
        packages: repo.packages.map((p) => ({ ...p, acceptedTagFormats: formats, tagFormat: formats[0] })),
    };
}
/**
 * Evidence of separate release lines when most packages agree (or there are two): every version off
 * the common one is required exactly, by a package on another version, of a package that carries it
 * (pydantic 2.14.0 requires pydantic-core==2.48.0; opentelemetry's 0.x packages require its 1.x API
 * at exactly its version). A forgotten bump rarely leaves that: a bump that moves a package's version
 * moves its pins on the others too (set-version does, and so does replacing the version text).
 */
function pinnedLines(declared, counts) {
    let common;
    for (const [version, n] of counts)
        if (common === undefined || n > counts.get(common))
            common = version;
    const offVersions = [...counts.keys()].filter((v) => v !== common);
    if (offVersions.length === 0)
        return undefined;
    const versionOf = new Map(declared.map((d) => [canonicalizeName(d.pkg.name), d.version]));
    const evidence = [];
    for (const line of offVersions) {
        let found;
        for (const d of declared) {
            if (d.version === line)
                continue;
            const pin = d.pkg.pins.find((p) => versionOf.get(canonicalizeName(p.name)) === line && exactVersion(p.specifier) === line);
            if (pin) {
                found = `${d.pkg.name} ${d.version} requires ${pin.name}==${line}, its own version`;
                break;
            }
        }
        if (!found)
            return undefined;
        evidence.push(found);
    }
    const more = evidence.length > 2 ? `, and ${evidence.length - 2} more like it` : '';
    return `${evidence.slice(0, 2).join('; ')}${more}`;
}
// The version an exact pin (`==2.48.0`, no wildcard) names, in normal form.
function exactVersion(specifier) {
    const clauses = tryParseSpecifierSet(specifier);
    if (clauses?.length !== 1)
        return undefined;
    const [clause] = clauses;
    if (clause.operator !== '==' || clause.version.includes('*') || !tryParseVersion(clause.version))
        return undefined;
    return normalizeVersion(clause.version);
}
// The package a tag names in the independent way (`hatch-v1.16.5`), when it fits no lockstep format.
function packageNamedBy(repo, tag) {
    if (repo.packages.some((p) => matchTag(p.acceptedTagFormats, tag, p.name) !== undefined))
        return undefined;
    const formats = UNCONFIGURED_TAG_FORMATS.independent;
    return repo.packages.find((p) => tagReleaseVersion(formats, tag, p.name) !== undefined);
}
// The version a package's files give; none for one whose version comes from the tag.
function fileVersion(pkg) {
    return pkg.tagDerived ? undefined : declaredVersion(pkg);
}
// The per-package tag format most of the existing tags follow.
function tagFormatInUse(packages, tags) {
    let best;
    for (const format of CANDIDATE_FORMATS) {
        const matching = tags.filter((tag) => packages.some((p) => tagReleaseVersion([format], tag, p.name) !== undefined));
        if (matching.length > (best?.count ?? 0)) {
            best = { format, count: matching.length, example: matching[matching.length - 1] };
        }
    }
    return best;
}
/**
 * Under the lockstep default, packages off the release version may be a forgotten bump or separate
 * release lines (two packages, or two tracks as in opentelemetry-python): the errors stay, and one
 * notice first names the other reading and the configuration for it.
 */
function lockstepHint(repo, policyGiven, reports, release) {
    if (release === undefined || !unconfigured(repo, policyGiven))
        return undefined;
    const own = reports.filter((r) => !r.fromTag && r.version !== undefined);
    // Packages that agree with each other but not with the tag: the tag is what is wrong.
    if (new Set(own.map((r) => r.version)).size < 2)
        return undefined;
    const off = own.filter((r) => r.version !== release);
    if (off.length === 0)
        return undefined;
    const shown = off.slice(0, 3).map((r) => `${r.name} ${r.version}`);
    const more = off.length > shown.length ? `, and ${off.length - shown.length} more` : '';
    return {
        level: 'notice',
        code: 'policy-hint',
        file: repo.config.file ?? 'pyproject.toml',
        message: `No policy is configured, so every package must carry the one release version ${release}, and ` +
            `${off.length} do${off.length === 1 ? 'es' : ''} not (${shown.join(', ')}${more}). If that is a forgotten bump, ` +
            `the errors below say what to change; if these packages are released separately, write instead:\n` +
            `[tool.otai-release]\npolicy = "independent"`,
    };
}

;// CONCATENATED MODULE: ./packages/core/src/consistency/check.ts
/**
 * The consistency rules of a release: every version location valid and uploadable, equal within a
 * package and (lockstep) across packages, pins between the repository's own packages admitting the
 * version, and the tag agreeing with it. Every finding says which value to change to what.
 */




const where = (l) => ({
    file: l.file,
    line: l.line,
    column: l.column,
});
// Validates one location's text as PyPI would, collecting findings; returns its normal form if valid.
function checkLocation(l, pkg, findings) {
    const parsed = tryParseVersion(l.raw);
    if (!parsed) {
        findings.push({
            level: 'error',
            code: 'invalid-version',
            package: pkg,
            message: `"${l.raw}" (${l.label}) is not a valid PEP 440 version, so PyPI would refuse it; write e.g. "1.2.3", "1.2.3rc1" or "1.2.3.post1".`,
            ...where(l),
        });
        return undefined;
    }
    const normal = normalizeVersion(l.raw);
    if (hasLocal(parsed)) {
        findings.push({
            level: 'error',
            code: 'local-version',
            package: pkg,
            message: `"${l.raw}" (${l.label}) has a local segment (+…); PyPI refuses it ("The use of local versions in … is not allowed."). Remove "+${normal.split('+')[1]}".`,
            ...where(l),
        });
    }
    else if (normal !== l.raw && l.kind !== 'cargo') {
        // Cargo.toml holds SemVer (1.0.0-rc.1), which Cargo requires: PEP 440's spelling would break it.
        findings.push({
            level: 'notice',
            code: 'not-normalized',
            package: pkg,
            message: `"${l.raw}" (${l.label}) is not in PEP 440 normal form; PyPI will list it as "${normal}". Consider writing "${normal}".`,
            ...where(l),
        });
    }
    return normal;
}
// The version most locations agree on (ties: the earliest), used as "change it to" when no tag decides.
function majority(versions) {
    const counts = new Map();
    for (const v of versions)
        counts.set(v, (counts.get(v) ?? 0) + 1);
    let best;
    for (const [v, n] of counts)
        if (best === undefined || n > counts.get(best))
            best = v;
    return best;
}
function tagVersionOf(pkg, tag) {
    return tagReleaseVersion(pkg.acceptedTagFormats, tag, pkg.name);
}
const quotedList = (items) => items.map((i) => `"${i}"`).join(', ');
// What to tag instead of a tag that fits no format: the tag of the version the files declare. In
// lockstep that is the first package's tag; independently, each package has its own.
function tagAdvice(repo, versions) {
    const count = repo.policy === 'lockstep' ? 1 : repo.packages.length;
    const tags = repo.packages
        .slice(0, count)
        .flatMap((p, i) => (versions[i] === undefined ? [] : [renderTag(p.tagFormat, versions[i], p.name)]));
    if (tags.length === 0)
        return 'tag the release in one of those formats';
    if (tags.length === 1)
        return `this release needs the tag "${tags[0]}"`;
    const more = tags.length > 4 ? ` and ${tags.length - 3} more` : '';
    return `each package is released under its own tag: ${quotedList(more ? tags.slice(0, 3) : tags)}${more}`;
}
/** Checks the repository's versions for a release; never touches the network. */
function checkConsistency(given, options = {}) {
    const findings = [];
    const inferred = independentByEvidence(given, options);
    if (inferred)
        findings.push(inferred.finding);
    const repo = inferred?.repo ?? given;
    const normals = new Map();
    for (const pkg of repo.packages) {
        for (const l of pkg.locations)
            normals.set(l, checkLocation(l, pkg.name, findings));
    }
    for (const l of repo.versionFiles)
        normals.set(l, checkLocation(l, '', findings));
    const lockstep = repo.policy === 'lockstep';
    const declared = repo.packages
        .map((pkg) => sourceVersion(normals, pkg))
        .filter((v) => v !== undefined);
    // What the files say the release is: the tag a mismatching tag should have been.
    const fileVersions = lockstep
        ? repo.packages.map(() => majority(declared))
        : repo.packages.map((pkg) => sourceVersion(normals, pkg));
    const { tag } = options;
    const tagged = readTag(repo, tag, fileVersions, findings);
    const release = {
        repo,
        lockstep,
        normals,
        tag,
        tagged,
        lockstepVersion: lockstep ? (tagged.version ?? majority(declared)) : undefined,
    };
    const reports = repo.packages.map((pkg) => checkPackage(release, pkg, findings));
    const hint = lockstep
        ? lockstepHint(repo, options.policyGiven ?? false, reports, release.lockstepVersion)
        : undefined;
    if (hint)
        findings.unshift(hint);
    checkVersionFiles(release, findings);
    const versionOf = new Map(reports.map((r) => [canonicalizeName(r.name), r.version]));
    checkPins(repo, versionOf, findings);
    const { selected } = tagged;
    const version = lockstep
        ? release.lockstepVersion
        : selected
            ? versionOf.get(canonicalizeName(selected.name))
            : undefined;
    const releaseTag = tag ?? (version && repo.packages.length ? reports[0].tag : undefined);
    return {
        policy: repo.policy,
        version,
        tag: version === undefined ? undefined : releaseTag,
        isPrerelease: version !== undefined && isPrerelease(version),
        packages: reports,
        selected: lockstep ? undefined : selected?.name,
        findings,
    };
}
// The version a package is built with: that of the location its backend reads, else its first one.
function sourceVersion(normals, pkg) {
    const source = buildLocation(pkg);
    return source ? normals.get(source) : undefined;
}
// Reads the tag against every package's formats; a tag that fits none, or carries no valid version, is an error.
function readTag(repo, tag, fileVersions, findings) {
    if (tag === undefined)
        return { style: 0 };
    const matching = repo.packages.filter((p) => matchTag(p.acceptedTagFormats, tag, p.name) !== undefined);
    if (matching.length === 0) {
        const formats = [
            ...new Set(repo.packages.flatMap((p) => p.acceptedTagFormats.map((f) => renderTag(f, '{version}', p.name)))),
        ];
        const advice = tagAdvice(repo, fileVersions);
        findings.push({
            level: 'error',
            code: 'tag-format-mismatch',
            message: `The tag "${tag}" does not match the tag format${formats.length > 1 ? 's' : ''} ${quotedList(formats)}; ${advice}, or set tag-format in [tool.otai-release].`,
            file: repo.config.file,
        });
        return { style: 0 };
    }
    // `{name}-{version}`: the tag `pkg-extra-1.0` also fits `pkg` (as "extra-1.0"); prefer a valid version.
    const selected = matching.find((p) => tagVersionOf(p, tag) !== undefined) ?? matching[0];
    const match = matchTag(selected.acceptedTagFormats, tag, selected.name);
    const version = tagVersionOf(selected, tag);
    if (version === undefined) {
        const expected = fileVersions[repo.packages.indexOf(selected)];
        findings.push({
            level: 'error',
            code: 'tag-format-mismatch',
            message: `The tag "${tag}" carries "${match.version}", which is not a valid PEP 440 version; ${expected === undefined
                ? `the tag must read "${renderTag(match.format, '{version}', selected.name)}" with a PEP 440 version`
                : `this release needs the tag "${renderTag(match.format, expected, selected.name)}"`}.`,
        });
    }
    return {
        version,
        selected,
        format: match.format,
        style: selected.acceptedTagFormats.indexOf(match.format),
    };
}
// The format a package's tag is reported in: the tag's own for its package, the same style for the others.
function tagFormatOf(tagged, pkg) {
    return pkg === tagged.selected
        ? tagged.format
        : pkg.acceptedTagFormats[Math.min(tagged.style, pkg.acceptedTagFormats.length - 1)];
}
// One package: its locations against the version it must have, and its report.
function checkPackage(release, pkg, findings) {
    const { repo, lockstep, normals, tag, tagged, lockstepVersion } = release;
    const isTagged = !lockstep && tagged.selected === pkg;
    const tagVersion = tagged.version;
    const expected = lockstep
        ? lockstepVersion
        : isTagged
            ? (tagVersion ?? sourceVersion(normals, pkg))
            : sourceVersion(normals, pkg);
    // A package's own version is what its files say (a mismatch is reported above, not hidden here);
    // a tag-derived one has the release's.
    const version = pkg.tagDerived
        ? lockstep
            ? lockstepVersion
            : isTagged
                ? tagVersion
                : undefined
        : (sourceVersion(normals, pkg) ?? expected);
    const why = tagVersion !== undefined && (lockstep || isTagged)
        ? `the tag "${tag}" gives`
        : lockstep && repo.packages.length > 1
            ? 'the other packages have'
            : undefined;
    for (const l of pkg.locations) {
        const normal = normals.get(l);
        if (normal === undefined || expected === undefined || normal === expected)
            continue;
        const reason = why ?? `the build version from ${buildLocation(pkg).label} is`;
        findings.push({
            level: 'error',
            code: l.source && tagVersion !== undefined && (lockstep || isTagged)
                ? 'tag-version-mismatch'
                : 'version-mismatch',
            package: pkg.name,
            message: `${pkg.name}: ${l.label} is "${l.raw}" but ${reason} ${expected}; change "${l.raw}" to "${expected}" in ${l.file}:${l.line}.`,
            ...where(l),
        });
    }
    // A tag that was given and fits no format has its error already; "no tag given" would contradict it.
    const tagRefused = tag !== undefined && tagged.selected === undefined;
    if (pkg.tagDerived && version === undefined && !tagRefused) {
        findings.push({
            level: 'notice',
            code: 'version-unknown',
            package: pkg.name,
            message: `${pkg.name}: the version comes from the git tag (${pkg.tagDerived.tool}) and no tag matching ${pkg.acceptedTagFormats.map((f) => `"${f}"`).join(' or ')} was given, so it cannot be checked; pass --tag or run on a tag push.`,
            file: pkg.tagDerived.file,
            line: pkg.tagDerived.line,
        });
    }
    const tagFormat = tagFormatOf(tagged, pkg);
    return {
        name: pkg.name,
        path: pkg.path,
        manifest: pkg.manifest,
        version,
        expected: pkg.tagDerived ? version : (expected ?? version),
        tag: version === undefined ? undefined : renderTag(tagFormat, version, pkg.name),
        tagFormat,
        fromTag: pkg.tagDerived?.tool,
        isPrerelease: version !== undefined && isPrerelease(version),
        locations: pkg.locations.map((l) => ({
            label: l.label,
            file: l.file,
            line: l.line,
            raw: l.raw,
            normalized: normals.get(l),
            source: l.source,
        })),
        index: { state: 'not-checked' },
    };
}
// The extra version files carry the lockstep version.
function checkVersionFiles({ repo, normals, lockstepVersion }, findings) {
    for (const l of repo.versionFiles) {
        const normal = normals.get(l);
        if (normal !== undefined && lockstepVersion !== undefined && normal !== lockstepVersion) {
            findings.push({
                level: 'error',
                code: 'version-mismatch',
                message: `${l.label} is "${l.raw}" but the release version is ${lockstepVersion}; change it to "${lockstepVersion}" in ${l.file}:${l.line}.`,
                ...where(l),
            });
        }
    }
}
function checkPins(repo, versionOf, findings) {
    for (const pkg of repo.packages) {
        for (const pin of pkg.pins) {
            const target = versionOf.get(canonicalizeName(pin.name));
            if (target === undefined)
                continue;
            if (pin.problem !== undefined) {
                findings.push({
                    level: 'error',
                    code: 'invalid-pin',
                    package: pkg.name,
                    message: `${pkg.name}: the requirement "${pin.raw}" (${pin.label}) is not a valid dependency specifier: ${pin.problem}; write e.g. "${pin.name}==${target}".`,
                    ...where(pin),
                });
                continue;
            }
            if (pin.specifier && !specifierSetContains(pin.specifier, target)) {
                const floor = lowerBound(pin.specifier);
                // Advice never lowers a requirement: a sibling older than the bound is what must move.
                const advice = floor && compareVersions(target, floor.version) < 0
                    ? `${pin.name} must first be released ${floor.operator === '>' ? `above ${floor.version}` : `at ${floor.version} or later`} (bump it), or, if ${pkg.name} really works with ${target}, lower that bound yourself`
                    : `change "${pin.specifier}" to e.g. "==${target}" or widen the range`;
                findings.push({
                    level: 'error',
                    code: 'pin-excludes-version',
                    package: pkg.name,
                    message: `${pkg.name}: "${pin.raw}" (${pin.label}) does not admit ${target}, the version of ${pin.name} in this release; ${advice}.`,
                    ...where(pin),
                });
            }
        }
    }
}
// The highest lower bound a specifier set puts on a version (>=, >, ~=, == without a wildcard).
function lowerBound(specifier) {
    let floor;
    for (const clause of tryParseSpecifierSet(specifier) ?? []) {
        const bounding = ['>=', '>', '~=', '==', '==='].includes(clause.operator) && !clause.version.includes('*');
        if (!bounding || !tryParseVersion(clause.version))
            continue;
        if (!floor || compareVersions(clause.version, floor.version) > 0)
            floor = clause;
    }
    return floor;
}

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
    return basicAuthorization(credentials.username, credentials.password);
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
        throw new errors_ConfigurationError(`Index ${JSON.stringify(spec)} is neither a known index name nor a URL: ${ACCEPTED_FORMS}.`);
    }
    const shown = displayUrl(url);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        throw new errors_ConfigurationError(`Index URL ${shown} uses ${url.protocol}; ${ACCEPTED_FORMS}.`);
    }
    if (url.search || url.hash) {
        throw new errors_ConfigurationError(`Index URL ${shown} has a query or fragment, which no index needs: ${ACCEPTED_FORMS}.`);
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
        projectUrl: (project) => `${simpleUrl}${canonicalizeName(project)}/`,
        ...(credentials ? { credentials } : {}),
    };
}
function warehouseEndpoints(host) {
    return {
        name: host.name,
        jsonApiBase: `${host.web}pypi/`,
        simpleUrl: `${host.web}simple/`,
        uploadUrl: host.upload,
        projectUrl: (project, version) => `${host.web}project/${canonicalizeName(project)}/${version ? `${encodeURIComponent(version)}/` : ''}`,
    };
}

;// CONCATENATED MODULE: ./packages/core/src/package-index/latest.ts
/** Which release an index calls "latest", for indexes that only give us a list of versions. */

/**
 * Warehouse's rule (versions.md §4.1, latest_release_factory): not yanked before yanked, final before
 * pre-release, then the highest PEP 440 version. Versions that do not parse are ignored.
 */
function latestRelease(releases) {
    const rank = (r) => [r.yanked ? 1 : 0, isPrerelease(r.version) ? 1 : 0];
    let best;
    for (const release of releases) {
        if (!tryParseVersion(release.version))
            continue;
        if (!best) {
            best = release;
            continue;
        }
        const [by, bp] = rank(best);
        const [ry, rp] = rank(release);
        if (ry !== by ? ry < by : rp !== bp ? rp < bp : compareVersions(release.version, best.version) > 0) {
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
    const response = await http.request(`${endpoints.simpleUrl}${canonicalizeName(project)}/`, { headers });
    if (response.status === 404)
        return undefined;
    if (!response.ok)
        throw await statusError(response);
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
    if (!isValidName(project)) {
        throw new errors_ConfigurationError(`${JSON.stringify(project)} is not a valid project name: use ASCII letters, digits, ".", "_" and "-", starting and ending with a letter or digit.`);
    }
    const normalized = normalizeVersion(version);
    const name = canonicalizeName(project);
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
                const wanted = canonicalizeVersion(normalized);
                for (const [indexVersion, files] of Object.entries(projectAnswer.found.releases ?? {})) {
                    if (canonicalizeVersion(indexVersion) === wanted) {
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
        .filter((f) => isFileOfRelease(f.filename, project, normalized))
        .map((f) => f.filename);
    const wanted = canonicalizeVersion(normalized);
    if (files.length > 0 || simple.versions?.some((v) => canonicalizeVersion(v) === wanted)) {
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
        const present = new Set(files.map((f) => distFileKey(f, project)));
        missing = expectedFiles.map(basename).filter((f) => !present.has(distFileKey(f, project)));
    }
    else {
        const kinds = new Set(files.map((f) => parseDistFilename(f, project)?.kind));
        missing = [];
        if (!kinds.has('sdist'))
            missing.push(sdistFilename(project, normalized));
        if (!kinds.has('wheel'))
            missing.push(`a wheel (\`${distFilenamePrefix(project)}-${normalized}-*.whl\`)`);
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
        if (error instanceof HttpError)
            return { unusable: true };
        throw error;
    }
}
function latestFromSimple(simple, project) {
    const releases = new Map();
    for (const version of simple.versions ?? [])
        releases.set(canonicalizeVersion(version), { version, yanked: false });
    // Without PEP 700 `versions` (HTML pages), versions come from the file names; a release counts as
    // yanked only when every one of its files is.
    const yankedByVersion = new Map();
    for (const file of simple.files) {
        const parsed = parseDistFilename(file.filename, project);
        if (!parsed || canonicalizeName(parsed.name) !== canonicalizeName(project))
            continue;
        const key = canonicalizeVersion(parsed.version);
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






;// CONCATENATED MODULE: ./packages/core/src/consistency/index-check.ts
/**
 * Asking the index about each package's version: new project, free, already released, or partly
 * uploaded. This is the one network step of validation, run after everything local has been checked.
 */


async function mapLimit(items, limit, fn) {
    let next = 0;
    const worker = async () => {
        while (next < items.length)
            await fn(items[next++]);
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
/** Fills `index` of each report with a known version and returns the findings of the index check. */
async function checkIndex(http, endpoints, reports, options) {
    const findings = [];
    const where = endpoints.name === 'pypi' ? 'PyPI' : endpoints.name === 'testpypi' ? 'TestPyPI' : endpoints.name;
    await mapLimit(reports.filter((r) => r.version !== undefined), options.concurrency ?? 8, async (report) => {
        const version = report.version;
        const at = { package: report.name, file: report.manifest };
        try {
            const answer = await checkRelease(http, endpoints, report.name, version);
            if (answer.state === 'new-project' || answer.state === 'version-free') {
                report.index = { state: answer.state, url: endpoints.projectUrl(report.name) };
                return;
            }
            report.index = { state: answer.state, url: answer.url };
            if (answer.state === 'released') {
                report.index.detail = `${answer.files.length} file(s)`;
                const level = options.allowExisting || !options.existingIsError ? 'notice' : 'error';
                findings.push({
                    level,
                    code: 'index-released',
                    ...at,
                    message: `${report.name} ${version} is already on ${where} (${answer.url})` +
                        (answer.note ? `. ${answer.note}` : '') +
                        (level === 'error'
                            ? '. Bump the version (otai-release version patch), or set allow-existing: true if you are re-running this release.'
                            : '.'),
                });
            }
            else {
                report.index.detail = `missing ${answer.missing.join(', ')}`;
                findings.push({
                    level: options.allowExisting ? 'warning' : 'error',
                    code: 'index-partial',
                    ...at,
                    message: `${report.name} ${version} is partly uploaded to ${where}: missing ${answer.missing.join(', ')} (present: ${answer.files.join(', ')}). ` +
                        (options.allowExisting
                            ? 'The publish step will upload only the missing files.'
                            : 'Set allow-existing: true to complete this release, or release a new version.'),
                });
            }
        }
        catch (error) {
            report.index = { state: 'unreachable', detail: errorMessage(error) };
            findings.push({
                level: options.strictness === 'required' ? 'error' : 'warning',
                code: 'index-unreachable',
                ...at,
                message: `Could not ask ${where} about ${report.name} ${version}: ${errorMessage(error)}${options.strictness === 'required'
                    ? '. Retry, or set index-check: best-effort to go on without this check.'
                    : ''}`,
            });
        }
    });
    return findings;
}

;// CONCATENATED MODULE: ./packages/core/src/consistency/validate.ts






/** The error count of a list of findings. */
function errorCount(findings) {
    return findings.filter((f) => f.level === 'error').length;
}
/** Reads, checks and (unless off) asks the index; logs every finding at its file and line. */
async function validateRelease(options, deps) {
    const { logger } = deps;
    const repository = await logger.group('Read the repository', async () => {
        const repo = readRepository(options.path, { policy: options.policy });
        for (const pkg of repo.packages) {
            logger.info(`${pkg.name} (${pkg.manifest}): ${pkg.tagDerived ? `version from the git tag (${pkg.tagDerived.tool})` : `${pkg.locations.length} version location(s)`}${pkg.evidence?.startsWith('below') ? `; ${pkg.evidence}` : ''}`);
        }
        for (const s of repo.skipped)
            logger.info(`skipped ${'file' in s ? s.file : s.path}: ${s.reason}`);
        return repo;
    });
    const policyGiven = options.policy !== undefined;
    // The tags only suggest a tag format; without git (or outside a work tree) there are none.
    const tags = mayBeIndependent(repository, policyGiven)
        ? await new Git(repository.root).tags().catch(() => [])
        : [];
    const result = await logger.group('Check versions, pins and tag', async () => checkConsistency(repository, { tag: options.tag, policyGiven, tags }));
    // Packages whose version could not be read come first: each is one error, at the place to fix.
    result.findings.unshift(...repository.unreadable.map((u) => ({
        level: 'error',
        code: 'unreadable-version',
        message: u.error.message,
        file: u.error.file,
        line: u.error.line,
        column: u.error.column,
    })));
    const releasing = result.policy === 'independent'
        ? result.selected
            ? [result.selected]
            : repository.packages.map((p) => p.name)
        : repository.packages.map((p) => p.name);
    const spec = options.index ?? repository.config.index ?? 'pypi';
    let endpoints;
    const localErrors = errorCount(result.findings);
    if (spec !== 'none' && options.indexCheck !== 'off') {
        endpoints = resolveIndex(spec);
        const asked = result.packages.filter((p) => releasing.includes(p.name));
        const found = await logger.group(`Check ${endpoints.name}`, () => checkIndex(deps.http, endpoints, asked, {
            strictness: options.indexCheck,
            allowExisting: options.allowExisting,
            existingIsError: result.policy === 'lockstep' || result.selected !== undefined,
        }));
        result.findings.push(...found);
    }
    for (const f of result.findings) {
        const position = f.file ? { file: f.file, line: f.line, column: f.column } : undefined;
        logger[f.level](f.message, position);
    }
    const errors = errorCount(result.findings);
    logger.info(errors === 0
        ? okLine(result)
        : `${errors} problem(s) found (${localErrors} in the repository, ${errors - localErrors} on the index).`);
    return {
        ...result,
        ok: errors === 0,
        index: endpoints ? { name: endpoints.name, simpleUrl: endpoints.simpleUrl } : undefined,
        releasing,
        repository,
    };
}
// What passed: the one version of a lockstep release, the released package of an independent one.
function okLine(result) {
    if (result.policy === 'lockstep') {
        return `OK: ${result.version ? `version ${result.version}` : 'versions'} consistent across ${result.packages.length} package(s).`;
    }
    const released = result.packages.find((p) => p.name === result.selected);
    if (released) {
        return `OK: ${released.name} ${released.version ?? '(version from its tag)'}${released.tag ? ` (tag ${released.tag})` : ''} is consistent.`;
    }
    const shown = result.packages.slice(0, 4).map((p) => `${p.name} ${p.version ?? '(from its tag)'}`);
    const more = result.packages.length > shown.length ? `, and ${result.packages.length - shown.length} more` : '';
    return `OK: ${result.packages.length} package(s), each consistent at its own version: ${shown.join(', ')}${more}.`;
}

;// CONCATENATED MODULE: ./packages/core/src/consistency/index.ts
/** Checking that a repository's versions, pins, tag and index state allow a release. */





;// CONCATENATED MODULE: ./packages/core/src/builder/targets.ts
/** Which packages a build covers and which version each must come out with. */




// The tags among `tags` that are releases of `pkg` under its tag formats, with their versions.
function releaseTagsOf(pkg, tags) {
    return tags.flatMap((tag) => {
        const version = tagReleaseVersion(pkg.acceptedTagFormats, tag, pkg.name);
        return version === undefined ? [] : [{ tag, version }];
    });
}
/**
 * The packages of the repository at `root` to build: all of them, or the selection, each with the
 * version it declares (or, for versions taken from tags, the version `tag` gives). Without `tag`, a
 * package whose version comes from a git tag is expected to build the version of a release tag among
 * `headTags` (the tags on the commit being built, `tagsAtHead`), which is what its plugin derives.
 */
function resolveBuildTargets(root, options = {}) {
    const repo = readRepository(root);
    // A tag of another format (a branch build, another package's tag) gives no version; files then give it.
    // In a repository with no policy configured, a per-package tag (`hatch-v1.16.5`) sets its package alone.
    const consistency = checkConsistency(repo, options.tag ? { tag: options.tag } : {});
    const versionOf = new Map(consistency.packages.map((p) => [p.path, p.expected ?? p.version]));
    const target = (p, explicit) => {
        if (!p.tagDerived)
            return { name: p.name, path: p.path, version: explicit ?? versionOf.get(p.path) };
        const headTags = options.tag === undefined ? releaseTagsOf(p, options.headTags ?? []) : [];
        return {
            name: p.name,
            path: p.path,
            // A tag on HEAD is what the plugin reads; it outweighs the version the other packages agree on.
            version: explicit ?? (headTags.length > 0 ? undefined : versionOf.get(p.path)),
            versionPlugin: p.tagDerived,
            ...(headTags.length > 0 ? { headTags } : {}),
        };
    };
    if (!options.packages)
        return repo.packages.map((p) => target(p));
    return options.packages.map((selection) => {
        const path = selection.path
            .replace(/\\/g, '/')
            .replace(/^\.\/(?=.)/, '')
            .replace(/\/+$/, '') || '.';
        const byName = selection.name ? canonicalizeName(selection.name) : undefined;
        const found = repo.packages.find((p) => p.path === path) ??
            (byName ? repo.packages.find((p) => canonicalizeName(p.name) === byName) : undefined);
        if (!found) {
            throw new errors_ConfigurationError(`'${selection.path}' is not a publishable package of ${root} (found: ${repo.packages.map((p) => p.path).join(', ') || 'none'}); give package directories relative to the repository root, or validate-versions' packages output.`);
        }
        return target(found, selection.version);
    });
}

;// CONCATENATED MODULE: ./packages/core/src/builder/outputs.ts
/** What a build hands to the next step: the action's `files` output and the CLI's --json list. */

/** Every built file, in package order, as the next steps read it. */
function fileOutputs(result, cwd) {
    return result.packages.flatMap((p) => p.files.map((f) => ({
        path: displayPath(f.path, cwd),
        project: p.name,
        version: f.version,
        kind: f.kind,
        sha256: f.sha256,
        size: f.size,
    })));
}
/** The interpreter to run when none is given: python3, or python on Windows (no python3 there). */
function defaultPython(platform = process.platform) {
    return platform === 'win32' ? 'python' : 'python3';
}

;// CONCATENATED MODULE: ./packages/core/src/builder/index.ts
/**
 * Building Python distributions: pypa/build or uv per package, in parallel, reproducibly
 * (SOURCE_DATE_EPOCH from the last commit), build requirements checked first when there is no
 * isolation, and every file verified (a tag plugin's fallback version explained) before it reaches the output.
 */











;// CONCATENATED MODULE: ./packages/cli/src/logger.ts
/** The CLI's Logger: compiler-style `file:line: level: message` lines on stderr, groups as headings. */

const COLORS = { error: '\x1b[31m', warning: '\x1b[33m', notice: '\x1b[36m' };
/** A Logger for terminals and CI logs outside GitHub Actions. */
function consoleLogger(options) {
    const write = options.write ?? ((line) => process.stderr.write(`${line}\n`));
    const level = (name) => (options.color ? `${COLORS[name]}${name}\x1b[0m` : name);
    return {
        debug: (m) => options.debug && write(`debug: ${m}`),
        info: (m) => options.verbose && write(m),
        notice: (m, p) => options.notices !== false && write(`${formatPosition(p ?? {})}${level('notice')}: ${m}`),
        warning: (m, p) => write(`${formatPosition(p ?? {})}${level('warning')}: ${m}`),
        error: (m, p) => write(`${formatPosition(p ?? {})}${level('error')}: ${m}`),
        group: async (name, fn) => {
            if (options.verbose)
                write(`== ${name}`);
            return fn();
        },
    };
}

;// CONCATENATED MODULE: ./packages/cli/src/usage.ts
/** Usage errors (exit code 2) and the help text. */
/** A mistake in how the command was called: exit code 2 and the usage line. */
class UsageError extends Error {
    constructor(message) {
        super(message);
        this.name = 'UsageError';
    }
}
/** The top-level help. */
const HELP = `otai-release — release Python projects to PyPI, container registries and GitHub Releases, safely.

Usage: otai-release <command> [options]
       otai-release --version   the versions of otai-release and of the PyPI data it bundles

Commands:
  check [PATH]     Check that versions, pins and tag agree and the version is free on the index.
                   --tag T          the tag being released (compared after PEP 440 normalisation)
                   --index I        pypi | testpypi | an index URL | none   (default: config, else pypi)
                   --index-check C  required | best-effort | off            (default: best-effort)
                   --policy P       lockstep | independent                  (default: config, else lockstep)
                   --allow-existing accept a version already (partly) on the index
                   --json           print the result as JSON on stdout
                   --quiet          print only problems
                   --explain        also say, for every directory with a pyproject.toml or setup.cfg,
                                    why it is a package or was passed over
  version SPEC [PATH]
                   Set the version of every package: every version location, the pins between the
                   repository's own packages and the CHANGELOG; all files are written or none.
                   SPEC is a version (1.2.0, 1.2.0rc1, 1.2.0-rc.1) or a bump: major, minor, patch,
                   alpha, beta, rc, post, dev, release (1.0.0 rc → 1.0.1rc1 → rc → 1.0.1rc2 → release → 1.0.1)
                   --package P      independent policy: the package to change (name or path)
                   --commit         commit the changed files (refused with other changes in the tree)
                   --tag            create the annotated tag (refused when it exists)
                   --push           push the commit and tag to origin, atomically
                   --dry-run        print the unified diff and the tag; change nothing
                   --force          allow a version lower than or equal to the current one
                   --first-prerelease-number N   first a/b/rc/dev number (default: config, else 1)
                   --quiet          print only problems
  build [PATH]     Build the sdist and wheel of every package (in parallel, reproducibly from the last
                   commit's time) and check their names and versions against the repository's.
                   --out-dir D      where the files are collected (default: dist)
                   --no-isolation   build with the interpreter's installed packages
                   --sdist, --wheel only this kind (default: both, the wheel from the sdist)
                   --package DIR    only this package (repeatable; default: every package)
                   --tag T          the tag being released (versions of packages that take it from tags)
                   --python PY      the interpreter (default: python3)
                   --frontend F     build | uv                               (default: build)
                   --jobs N         packages built at once (default: the number of cores)
                   --json           print the built files as JSON on stdout
  check-dist PATHS...
                   Check wheels and sdists (paths, globs or directories) for everything twine check,
                   PyPI's upload and check-wheel-contents reject or warn about; every file is reported.
                   --strict         warnings fail too
                   --select CODES   only these check codes or prefixes (W,M004)
                   --ignore CODES   leave these out
                   --max-file-size S  largest file (default: 100MiB, PyPI's default)
                   --report FILE    write the JSON report there
                   --project DIR    where [tool.check-wheel-contents] is read (default: .)
                   --python PY      the Python that renders reStructuredText with docutils (when
                                    its docutils is older than PyPI's, PyPI's is installed into
                                    the user's cache, e.g. ~/.cache/otai-release)
                   --json           print the JSON report on stdout
                   --list-rules     print every check code with its level, source and rule, and
                                    the trove-classifiers and docutils versions they follow

Exit codes: 0 consistent (check), done (version, build) or passed (check-dist), 1 problems found or
refused (a configuration error), 2 usage error.
`;
/**
 * One command's part of the help: its synopsis and the options it takes, for a usage error about it
 * (an unknown option is answered with what the command does accept).
 */
function commandUsage(command) {
    const lines = HELP.split('\n');
    const start = lines.findIndex((l) => l.startsWith(`  ${command} `) || l === `  ${command}`);
    if (start === -1)
        return undefined;
    let end = start + 1;
    while (end < lines.length && /^ {4,}\S/.test(lines[end]))
        end++;
    const [first, ...rest] = lines.slice(start, end);
    const [synopsis, ...about] = first.trim().split(/ {2,}/);
    return [
        `Usage: otai-release ${synopsis} [options]`,
        ...about.map((a) => `                   ${a}`),
        ...rest,
    ]
        .join('\n')
        .concat('\n');
}

;// CONCATENATED MODULE: ./packages/cli/src/commands/build.ts
/** `otai-release build`: the build-python-dist action as a command (no artifact upload, no cache). */






/** Runs the command; returns the exit code. */
async function buildCommand(args, out) {
    const { values, positionals } = (0,external_node_util_.parseArgs)({
        args,
        allowPositionals: true,
        options: {
            'out-dir': { type: 'string', default: 'dist' },
            'no-isolation': { type: 'boolean', default: false },
            sdist: { type: 'boolean', default: false },
            wheel: { type: 'boolean', default: false },
            package: { type: 'string', multiple: true },
            tag: { type: 'string' },
            python: { type: 'string' },
            frontend: { type: 'string', default: 'build' },
            jobs: { type: 'string' },
            json: { type: 'boolean', default: false },
            quiet: { type: 'boolean', default: false },
        },
    });
    if (positionals.length > 1)
        throw new UsageError(`build takes one PATH, got ${positionals.length}: ${positionals.join(' ')}`);
    const frontend = oneOf(values.frontend, ['build', 'uv'], (use) => new UsageError(`--frontend ${values.frontend}: ${use}.`));
    const jobs = values.jobs === undefined ? undefined : Number(values.jobs);
    if (jobs !== undefined && !(Number.isInteger(jobs) && jobs > 0))
        throw new UsageError(`--jobs ${values.jobs}: use a whole number above 0.`);
    const cwd = process.cwd();
    const root = (0,external_node_path_.resolve)(cwd, positionals[0] ?? '.');
    // Neither flag means both, as with python -m build.
    const both = !values.sdist && !values.wheel;
    const logger = consoleLogger({
        verbose: !values.json && !values.quiet,
        notices: !values.quiet,
        color: process.stderr.isTTY,
    });
    const targets = resolveBuildTargets(root, {
        packages: values.package?.map((path) => ({ path })),
        tag: values.tag,
        // Without --tag, a release tag on HEAD is the version a tag-deriving package must build.
        headTags: values.tag === undefined ? await tagsAtHead(root) : undefined,
    });
    const result = await buildDistributions({
        root,
        targets,
        outDir: (0,external_node_path_.resolve)(cwd, values['out-dir']),
        sdist: both || values.sdist,
        wheel: both || values.wheel,
        isolation: !values['no-isolation'],
        python: values.python ?? defaultPython(),
        frontend,
        jobs,
        env: process.env,
        logger,
        // A terminal has no log groups: the output is printed under the group's heading, or not at all.
        fullOutputHint: values.json || values.quiet
            ? () => `Run it again without ${values.json ? '--json' : '--quiet'} to see the whole output of the build.`
            : (title) => `The whole output is printed above, under "== ${title}".`,
    });
    const files = fileOutputs(result, cwd);
    if (values.json)
        out(`${JSON.stringify({ files, sourceDateEpoch: result.sourceDateEpoch }, null, 2)}\n`);
    else if (!values.quiet)
        for (const f of files)
            out(`${f.path}  ${f.size} bytes  sha256:${f.sha256}\n`);
    return 0;
}

;// CONCATENATED MODULE: ./packages/cli/src/commands/check.ts
/** `otai-release check`: the validate-versions action as a command. */







const CHOICES = {
    'index-check': ['required', 'best-effort', 'off'],
    policy: ['lockstep', 'independent'],
};
function choice(key, value) {
    if (value === undefined)
        return undefined;
    return oneOf(value, CHOICES[key], (use) => new UsageError(`--${key} ${value}: ${use}.`));
}
/** Runs the command; returns the exit code. */
async function checkCommand(args, out) {
    const { values, positionals } = (0,external_node_util_.parseArgs)({
        args,
        allowPositionals: true,
        options: {
            tag: { type: 'string' },
            index: { type: 'string' },
            'index-check': { type: 'string' },
            policy: { type: 'string' },
            'allow-existing': { type: 'boolean', default: false },
            json: { type: 'boolean', default: false },
            quiet: { type: 'boolean', default: false },
            explain: { type: 'boolean', default: false },
        },
    });
    if (positionals.length > 1)
        throw new UsageError(`check takes one PATH, got ${positionals.length}: ${positionals.join(' ')}`);
    const logger = consoleLogger({
        verbose: !values.json && !values.quiet,
        notices: !values.quiet,
        color: process.stderr.isTTY,
    });
    const result = await validateRelease({
        path: positionals[0] ?? '.',
        tag: values.tag,
        index: values.index,
        indexCheck: choice('index-check', values['index-check']) ?? 'best-effort',
        policy: choice('policy', values.policy),
        allowExisting: values['allow-existing'],
    }, { logger, http: new HttpClient({ userAgent: 'otai-release-cli', timeoutMs: 15_000, retries: 2 }) });
    if (values.json) {
        const { repository: _repository, ...json } = result;
        out(`${JSON.stringify(json, null, 2)}\n`);
    }
    else if (!values.quiet) {
        for (const p of result.packages) {
            const index = p.index.state === 'not-checked' ? '' : `  [${p.index.state}]`;
            out(`${p.name} ${p.version ?? '(version from tag)'}  ${p.path}  tag ${p.tag ?? '-'}${index}\n`);
        }
    }
    if (values.explain && !values.json) {
        out(`\nDiscovery:\n${explainDiscovery(result.repository)
            .map((l) => `  ${l}\n`)
            .join('')}`);
    }
    return result.ok ? 0 : 1;
}

;// CONCATENATED MODULE: ./packages/core/src/distfiles/findings.ts
/**
 * What the distribution checker reports: findings with stable codes. Every rule has a code, a
 * severity and the authority it comes from, so a user can tell "twine would say this" from "PyPI
 * rejects this at upload" from "check-wheel-contents style advice", and select or ignore by code.
 */
/** Declares a group of rules, keyed by code, checking that each key matches its code. */
function defineRules(rules) {
    const out = {};
    for (const [code, rule] of Object.entries(rules)) {
        if (!/^[A-Z]\d{3}$/.test(code))
            throw new Error(`rule code ${code} is not a letter and three digits`);
        out[code] = { code, ...rule };
    }
    return out;
}
/** A finding of `rule`. */
function finding(rule, message, fix, members) {
    return members && members.length > 0
        ? { code: rule.code, severity: rule.severity, message, fix, members }
        : { code: rule.code, severity: rule.severity, message, fix };
}

;// CONCATENATED MODULE: ./packages/core/src/distfiles/archive/rules.ts
/**
 * Archive framing rules: what PyPI (Warehouse's `_is_valid_dist_file` and `utils/zipfiles.py`)
 * rejects in the ZIP or tar container itself, and what installers and the sdist spec's `data`
 * extraction filter refuse, before any metadata is looked at.
 */

/** Where PyPI explains its archive restrictions; quoted in every ZIP framing message. */
const PYPI_ARCHIVES_HELP = 'https://docs.pypi.org/archives';
/** Rules Z001–Z016 (ZIP, wheels) and Z020–Z029 (tar.gz, sdists). */
const ARCHIVE_RULES = defineRules({
    Z001: {
        severity: 'error',
        source: 'pypi',
        title: 'The wheel is not a ZIP archive ("File is not a zipfile")',
    },
    Z002: {
        severity: 'error',
        source: 'pypi',
        title: 'The file reads both as a ZIP and as a tar archive ("File is both a zip and a tar file")',
    },
    Z003: {
        severity: 'error',
        source: 'pypi',
        title: 'A file name appears twice ("ZIP archive not accepted: Duplicate filename in central directory")',
    },
    Z004: {
        severity: 'error',
        source: 'pypi',
        title: 'Data or comments after the ZIP records ("ZIP archive not accepted: Trailing data")',
    },
    Z005: {
        severity: 'error',
        source: 'pypi',
        title: 'Data before the first local header or between records ("ZIP archive not accepted: Unknown record signature")',
    },
    Z006: {
        severity: 'error',
        source: 'pypi',
        title: 'Local headers and the central directory list different files ("ZIP archive not accepted: Mis-matched local headers and central directory")',
    },
    Z007: {
        severity: 'warning',
        source: 'otai-release',
        title: 'A local header and its central directory entry disagree on compression method or flags (readers that stream and readers that seek see different data)',
    },
    Z008: {
        severity: 'error',
        source: 'pypi',
        title: 'The ZIP was written in streaming mode ("ZIP archive not accepted: ZIP contains a data descriptor")',
    },
    Z009: {
        severity: 'error',
        source: 'pypi',
        title: 'A file name is not UTF-8 ("ZIP archive not accepted: Filename not valid UTF-8")',
    },
    Z010: {
        severity: 'error',
        source: 'pypi',
        title: 'A file name holds a control character, 0x00–0x1F or 0x7F ("ZIP archive not accepted: Invalid character in filename")',
    },
    Z011: {
        severity: 'error',
        source: 'pypi',
        title: 'A member is neither stored nor deflated ("File does not use a supported compression type")',
    },
    Z012: {
        severity: 'error',
        source: 'pypi',
        title: 'Over 64 MiB uncompressed at more than 50 times the file size ("File exceeds compression ratio of 50")',
    },
    Z013: {
        severity: 'error',
        source: 'pypi',
        title: 'The ZIP records are malformed: counts, offsets, ZIP64 records or extra fields ("ZIP archive not accepted: Malformed zip file")',
    },
    Z014: {
        severity: 'error',
        source: 'wheel-spec',
        title: 'A member cannot be read back intact: bad CRC-32, wrong size, truncated or corrupt data',
    },
    Z015: {
        severity: 'error',
        source: 'wheel-spec',
        title: 'A member is encrypted; installers cannot read it',
    },
    Z016: {
        severity: 'error',
        source: 'otai-release',
        title: 'A member that must be inspected is larger than the checker reads',
    },
    Z020: {
        severity: 'error',
        source: 'pypi',
        title: 'The sdist is not a gzip-compressed tar archive ("File is not a tarfile")',
    },
    Z021: {
        severity: 'error',
        source: 'pypi',
        title: 'The sdist has sparse members ("tar archive not accepted: Sparse members are not allowed.")',
    },
    Z022: {
        severity: 'error',
        source: 'pypi',
        title: 'The sdist has no single top-level directory ("Incorrect number of top-level directories in sdist")',
    },
    Z023: {
        severity: 'error',
        source: 'pypi',
        title: 'The sdist has no PKG-INFO in its top-level directory ("PKG-INFO not found at <root>/PKG-INFO")',
    },
    Z024: { severity: 'error', source: 'sdist-spec', title: '<root>/PKG-INFO is not a regular file' },
    Z025: {
        severity: 'error',
        source: 'sdist-spec',
        title: "A member's path is absolute or leads outside the sdist (refused by the `data` extraction filter)",
    },
    Z026: {
        severity: 'error',
        source: 'sdist-spec',
        title: 'A link points to an absolute path or outside the sdist (refused by the `data` extraction filter)',
    },
    Z027: {
        severity: 'error',
        source: 'sdist-spec',
        title: 'A member is a device, FIFO or other special file (refused by the `data` extraction filter)',
    },
    Z028: {
        severity: 'warning',
        source: 'sdist-spec',
        title: 'A member has the setuid or setgid bit set (cleared by the `data` extraction filter)',
    },
    Z029: {
        severity: 'error',
        source: 'sdist-spec',
        title: "A tar header is damaged: Python's tarfile stops reading there, so later members are invisible",
    },
});

// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(573);
;// CONCATENATED MODULE: ./packages/core/src/distfiles/archive/describe.ts
/** Showing member names in messages: quoted, with control characters and undecodable bytes escaped. */

const SPECIAL = /[\x00-\x1f\x7f\\']/g;
/** `'name'` with control characters, quotes and backslashes escaped (like Python's repr). */
function quoteName(name) {
    if (typeof name === 'string')
        return `'${describe_escape(name)}'`;
    if ((0,external_node_buffer_.isUtf8)(name))
        return `'${describe_escape(name.toString('utf8'))}'`;
    let out = '';
    for (const byte of name)
        out += byte < 0x80 ? describe_escape(String.fromCharCode(byte)) : `\\x${hex(byte)}`;
    return `'${out}'`;
}
/** Member names as one phrase: the first few quoted, then how many more. */
function listNames(names, max = 5) {
    const shown = names.slice(0, max).map((n) => quoteName(n));
    return names.length > max ? `${shown.join(', ')} and ${names.length - max} more` : shown.join(', ');
}
function describe_escape(text) {
    return text.replace(SPECIAL, (c) => (c === '\\' || c === "'" ? `\\${c}` : `\\x${hex(c.charCodeAt(0))}`));
}
function hex(code) {
    return code.toString(16).padStart(2, '0');
}

;// CONCATENATED MODULE: ./packages/core/src/distfiles/archive/file-reader.ts
/**
 * Positioned reads of one open archive file. Header parsing makes many tiny reads near each other
 * (served from a small window), member data is read in large blocks with the next block already
 * on its way while the caller hashes the current one. The blocks are three buffers used in turn:
 * fresh memory for every block would cost page faults and keep dead blocks around until the
 * garbage collector runs.
 */


// Large enough that per-read overhead vanishes next to hashing, small enough to keep memory flat.
const BLOCK_SIZE = 4 * 1024 * 1024;
const WINDOW_SIZE = 64 * 1024;
const SYNC_READ_LIMIT = 1024 * 1024;
// The block being consumed, the one being read ahead, and the one the consumer just left.
const POOL_SIZE = 3;
// Files up to this size are read whole on open: most wheels and sdists are small, and one read
// beats dozens of positioned ones through the thread pool.
const WHOLE_FILE_LIMIT = 1024 * 1024;
/** An open file read at explicit positions; never buffers more than a few blocks. */
class PositionedReader {
    handle;
    size;
    window;
    current;
    ahead;
    pool = [];
    turn = 0;
    constructor(
    /** Undefined when the whole file was read on open. */
    handle, 
    /** File size in bytes. */
    size) {
        this.handle = handle;
        this.size = size;
    }
    /** Opens `path` for reading. */
    static async open(path) {
        // Small files: one synchronous read costs less than the promise round trips of open/stat/read/close.
        if ((0,external_node_fs_.statSync)(path).size <= WHOLE_FILE_LIMIT) {
            const data = (0,external_node_fs_.readFileSync)(path);
            const reader = new PositionedReader(undefined, data.length);
            reader.window = { start: 0, data };
            return reader;
        }
        const handle = await (0,promises_.open)(path, 'r');
        try {
            const { size } = await handle.stat();
            return new PositionedReader(handle, size);
        }
        catch (error) {
            await handle.close();
            throw error;
        }
    }
    /**
     * Up to `length` bytes at `position` (fewer at the end of the file), in memory of their own
     * (never a view of a block that `slices` reuses), so they may be kept.
     */
    async read(position, length) {
        const end = Math.min(position + length, this.size);
        if (position >= end)
            return Buffer.alloc(0);
        const window = this.window;
        if (window && position >= window.start && end <= window.start + window.data.length) {
            return window.data.subarray(position - window.start, end - window.start);
        }
        // Header-sized reads are synchronous: the bytes are in the page cache nearly always, and an
        // asynchronous read costs more to set up than to do (the framing walk makes one per 64 KiB).
        if (end - position > WINDOW_SIZE) {
            const length = end - position;
            return length <= SYNC_READ_LIMIT
                ? this.readExactlySync(position, length, Buffer.allocUnsafeSlow(length))
                : this.readExactly(position, length, Buffer.allocUnsafeSlow(length));
        }
        const size = Math.min(WINDOW_SIZE, this.size - position);
        this.window = {
            start: position,
            data: this.readExactlySync(position, size, Buffer.allocUnsafeSlow(size)),
        };
        return this.window.data.subarray(0, end - position);
    }
    /**
     * The bytes of [start, end) as consecutive slices of at most one block, reading ahead: while
     * the caller works on one slice the next block is already being read. A slice stays valid
     * until the slice after the next one is asked for (from any `slices` of this reader): hash it,
     * copy it, or make sure whoever was handed it is done by then.
     */
    async *slices(start, end) {
        let position = start;
        end = Math.min(end, this.size);
        while (position < end) {
            const block = await this.blockAt(position);
            const from = position - block.start;
            const to = Math.min(block.data.length, end - block.start);
            if (to <= from)
                return; // short read: the file ended early
            yield block.data.subarray(from, to);
            position = block.start + to;
        }
    }
    /** The bytes of [start, end) when the whole file is in memory (read on open), else undefined. */
    held(start, end) {
        const whole = this.window;
        if (!whole || this.handle || whole.start !== 0)
            return undefined;
        return whole.data.subarray(Math.min(start, whole.data.length), Math.min(end, whole.data.length));
    }
    /** Closes the file. */
    async close() {
        await this.ahead?.data.catch(() => undefined);
        this.window = this.current = this.ahead = undefined;
        await this.handle?.close();
    }
    async blockAt(position) {
        const whole = this.window;
        if (whole && whole.start === 0 && whole.data.length === this.size)
            return whole;
        const current = this.current;
        if (current && position >= current.start && position < current.start + current.data.length)
            return current;
        let block;
        if (this.ahead && position >= this.ahead.start && position < this.ahead.start + BLOCK_SIZE) {
            block = { start: this.ahead.start, data: await this.ahead.data };
        }
        else {
            // A jump: the read-ahead (if any) is abandoned, but may still be filling its buffer.
            await this.ahead?.data.catch(() => undefined);
            const size = Math.min(BLOCK_SIZE, this.size - position);
            block = { start: position, data: await this.readExactly(position, size, this.nextBuffer()) };
        }
        this.current = block;
        const next = block.start + block.data.length;
        this.ahead =
            next < this.size && block.data.length > 0
                ? {
                    start: next,
                    data: this.readExactly(next, Math.min(BLOCK_SIZE, this.size - next), this.nextBuffer()),
                }
                : undefined;
        // A read-ahead that is never awaited (the caller jumped elsewhere) must not become unhandled.
        this.ahead?.data.catch(() => undefined);
        return block;
    }
    nextBuffer() {
        const index = this.turn++ % POOL_SIZE;
        return (this.pool[index] ??= Buffer.allocUnsafeSlow(Math.min(BLOCK_SIZE, this.size)));
    }
    readExactlySync(position, length, into) {
        const buffer = into.subarray(0, length);
        let filled = 0;
        while (filled < length && this.handle) {
            const read = (0,external_node_fs_.readSync)(this.handle.fd, buffer, filled, length - filled, position + filled);
            if (read === 0)
                break;
            filled += read;
        }
        return filled === length ? buffer : buffer.subarray(0, filled);
    }
    async readExactly(position, length, into) {
        const buffer = into.subarray(0, length);
        let filled = 0;
        while (filled < length) {
            if (!this.handle)
                break; // read whole on open: nothing lies beyond it
            const { bytesRead } = await this.handle.read(buffer, filled, length - filled, position + filled);
            if (bytesRead === 0)
                break;
            filled += bytesRead;
        }
        return filled === length ? buffer : buffer.subarray(0, filled);
    }
}

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(522);
;// CONCATENATED MODULE: ./packages/core/src/distfiles/archive/zip-records.ts
/**
 * The records of a ZIP file (APPNOTE.TXT 4.3), read the way Python's `zipfile` reads them, since
 * pip, twine and Warehouse all see a wheel through it: the end record is searched like
 * `_EndRecData`, a prefix before the archive is tolerated ("concat"), and names are decoded as
 * UTF-8 only when flag bit 11 is set (cp437 otherwise).
 */


const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_END = 0x06054b50;
const SIG_END64 = 0x06064b50;
const SIG_END64_LOCATOR = 0x07064b50;
const SIG_DESCRIPTOR = 0x08074b50;
const LOCAL_HEADER_SIZE = 30;
const CENTRAL_HEADER_SIZE = 46;
const END_SIZE = 22;
const END64_SIZE = 56;
const END64_LOCATOR_SIZE = 20;
const FLAG_ENCRYPTED = 0x0001;
const FLAG_DATA_DESCRIPTOR = 0x0008;
const FLAG_UTF8 = 0x0800;
const EXTRA_ZIP64 = 0x0001;
const EXTRA_UNICODE_PATH = 0x7075;
const MAX_U32 = 0xffffffff;
// The comment after the end record is at most 64 KiB, so the record lies in the last 64 KiB + 22.
const MAX_COMMENT = 0xffff;
// Refuse to buffer a central directory bigger than this; real wheels stay far below.
const MAX_CENTRAL_DIRECTORY = 256 * 1024 * 1024;
/** Python's `BadZipFile`: the archive cannot be opened at all; the message is zipfile's own. */
class ZipFormatError extends Error {
}
/** The summary of a parsed local header. */
function summarise(local) {
    return { name: originalName(local.nameBytes, local.flags), dataPosition: local.dataPosition };
}
/** Splits an extra-field block; `malformed` when a length runs past the block or a fragment is left. */
function parseExtraFields(extra) {
    const fields = [];
    let at = 0;
    while (at < extra.length) {
        if (extra.length - at < 4)
            return { fields, malformed: true };
        const id = extra.readUInt16LE(at);
        const size = extra.readUInt16LE(at + 2);
        if (at + 4 + size > extra.length)
            return { fields, malformed: true };
        fields.push({ id, data: extra.subarray(at + 4, at + 4 + size) });
        at += 4 + size;
    }
    return { fields, malformed: false };
}
/** Finds the end record as `zipfile._EndRecData` does; undefined when the file is not a ZIP. */
async function findEndRecord(reader) {
    const size = reader.size;
    if (size < END_SIZE)
        return undefined;
    let position = -1;
    const tail = await reader.read(size - END_SIZE, END_SIZE);
    if (tail.readUInt32LE(0) === SIG_END && tail.readUInt16LE(20) === 0) {
        position = size - END_SIZE;
    }
    else {
        const searchStart = Math.max(size - MAX_COMMENT - 1 - END_SIZE, 0);
        const area = await reader.read(searchStart, size - searchStart);
        const found = area.lastIndexOf(u32(SIG_END));
        if (found < 0 || found + END_SIZE > area.length)
            return undefined;
        position = searchStart + found;
    }
    const record = await reader.read(position, END_SIZE);
    const end = {
        position,
        entries: record.readUInt16LE(10),
        centralSize: record.readUInt32LE(12),
        centralOffset: record.readUInt32LE(16),
        commentLength: record.readUInt16LE(20),
    };
    if (position < END64_LOCATOR_SIZE)
        return end;
    const locator = await reader.read(position - END64_LOCATOR_SIZE, END64_LOCATOR_SIZE);
    if (locator.readUInt32LE(0) !== SIG_END64_LOCATOR)
        return end;
    if (locator.readUInt32LE(4) !== 0 || locator.readUInt32LE(16) > 1) {
        throw new ZipFormatError('zipfiles that span multiple disks are not supported');
    }
    // Like zipfile, assume the ZIP64 record sits right before its locator (no extensible data).
    const zip64Position = position - END64_LOCATOR_SIZE - END64_SIZE;
    if (zip64Position < 0)
        return end;
    const record64 = await reader.read(zip64Position, END64_SIZE);
    if (record64.readUInt32LE(0) !== SIG_END64)
        return end;
    return {
        ...end,
        entries: u64(record64, 32),
        centralSize: u64(record64, 40),
        centralOffset: u64(record64, 48),
        zip64Position,
    };
}
/** Reads the central directory as `ZipFile._RealGetContents` does; throws ZipFormatError like it. */
async function readCentralDirectory(reader, end) {
    let prefix = end.position - end.centralSize - end.centralOffset;
    if (end.zip64Position !== undefined)
        prefix -= END64_SIZE + END64_LOCATOR_SIZE;
    const position = end.centralOffset + prefix;
    if (position < 0)
        throw new ZipFormatError('Bad offset for central directory');
    if (end.centralSize > MAX_CENTRAL_DIRECTORY) {
        throw new ZipFormatError(`Central directory of ${end.centralSize} bytes is larger than this checker reads`);
    }
    const data = await reader.read(position, end.centralSize);
    const entries = [];
    let at = 0;
    while (at < end.centralSize) {
        if (data.length - at < CENTRAL_HEADER_SIZE)
            throw new ZipFormatError('Truncated central directory');
        if (data.readUInt32LE(at) !== SIG_CENTRAL)
            throw new ZipFormatError('Bad magic number for central directory');
        const nameLength = data.readUInt16LE(at + 28);
        const extraLength = data.readUInt16LE(at + 30);
        const commentLength = data.readUInt16LE(at + 32);
        const nameStart = at + CENTRAL_HEADER_SIZE;
        const next = nameStart + nameLength + extraLength + commentLength;
        if (next > data.length)
            throw new ZipFormatError('Truncated central directory');
        const versionNeeded = data.readUInt16LE(at + 6);
        if (versionNeeded > 63) {
            throw new ZipFormatError(`zip file version ${(versionNeeded / 10).toFixed(1)}`);
        }
        const nameBytes = data.subarray(nameStart, nameStart + nameLength);
        const extra = data.subarray(nameStart + nameLength, nameStart + nameLength + extraLength);
        const flags = data.readUInt16LE(at + 8);
        const sizes = applyZip64Extra({
            compressedSize: data.readUInt32LE(at + 20),
            uncompressedSize: data.readUInt32LE(at + 24),
            offset: data.readUInt32LE(at + 42),
        }, extra);
        entries.push({
            recordPosition: position + at,
            nameBytes,
            name: pythonName(nameBytes, flags, extra),
            flags,
            method: data.readUInt16LE(at + 10),
            crc32: data.readUInt32LE(at + 16),
            compressedSize: sizes.compressedSize,
            uncompressedSize: sizes.uncompressedSize,
            localHeaderPosition: sizes.offset + prefix,
        });
        at = next;
    }
    return { end, prefix, position, entries };
}
/** Parses the local header at `position`; undefined when no local header starts there. */
async function readLocalHeader(reader, position) {
    const fixed = await reader.read(position, LOCAL_HEADER_SIZE);
    if (fixed.length < LOCAL_HEADER_SIZE || fixed.readUInt32LE(0) !== SIG_LOCAL)
        return undefined;
    const nameLength = fixed.readUInt16LE(26);
    const extraLength = fixed.readUInt16LE(28);
    const variable = await reader.read(position + LOCAL_HEADER_SIZE, nameLength + extraLength);
    if (variable.length < nameLength + extraLength)
        return undefined;
    const extra = variable.subarray(nameLength);
    const sizes = applyZip64Extra({ compressedSize: fixed.readUInt32LE(18), uncompressedSize: fixed.readUInt32LE(22), offset: 0 }, extra);
    return {
        position,
        flags: fixed.readUInt16LE(6),
        method: fixed.readUInt16LE(8),
        crc32: fixed.readUInt32LE(14),
        compressedSize: sizes.compressedSize,
        uncompressedSize: sizes.uncompressedSize,
        rawCompressedSize: fixed.readUInt32LE(18),
        rawUncompressedSize: fixed.readUInt32LE(22),
        nameBytes: variable.subarray(0, nameLength),
        extra,
        dataPosition: position + LOCAL_HEADER_SIZE + nameLength + extraLength,
    };
}
/** The name as stored, decoded like zipfile's `orig_filename`: UTF-8 with flag bit 11, else cp437. */
function originalName(nameBytes, flags) {
    return flags & FLAG_UTF8 ? nameBytes.toString('utf8') : decodeCp437(nameBytes);
}
/** The name as Python's zipfile uses it: `originalName`, or a matching Unicode Path field; cut at NUL. */
function pythonName(nameBytes, flags, extra = Buffer.alloc(0)) {
    let name = originalName(nameBytes, flags);
    // zipfile prefers an Info-ZIP Unicode Path field that vouches for these exact name bytes.
    for (const field of parseExtraFields(extra).fields) {
        if (field.id !== EXTRA_UNICODE_PATH || field.data.length < 5 || field.data[0] !== 1)
            continue;
        if (field.data.readUInt32LE(1) !== (0,external_node_zlib_.crc32)(nameBytes))
            continue;
        const unicode = field.data.subarray(5);
        if (unicode.length > 0 && isUtf8(unicode))
            name = unicode.toString('utf8');
    }
    const nul = name.indexOf('\0');
    return nul >= 0 ? name.slice(0, nul) : name;
}
/** Whether `bytes` is well-formed UTF-8. */
function isUtf8(bytes) {
    return (0,external_node_buffer_.isUtf8)(bytes);
}
/** Code page 437, the ZIP format's historical name encoding, as Python decodes it. */
const CP437_HIGH = 'ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\u00a0';
function decodeCp437(bytes) {
    // Nearly every name is ASCII, where cp437 and latin-1 agree: one native decode, no string per byte.
    if ((0,external_node_buffer_.isAscii)(bytes))
        return bytes.toString('latin1');
    let out = '';
    for (let i = 0; i < bytes.length; i++) {
        const byte = bytes[i];
        out += byte < 0x80 ? String.fromCharCode(byte) : CP437_HIGH[byte - 0x80];
    }
    return out;
}
/** Fills the 0xFFFFFFFF placeholders from a ZIP64 extra field, in zipfile's order. */
function applyZip64Extra(sizes, extra) {
    const field = parseExtraFields(extra).fields.find((f) => f.id === EXTRA_ZIP64);
    if (!field)
        return sizes;
    const out = { ...sizes };
    let at = 0;
    const take = () => {
        if (field.data.length - at < 8)
            return undefined;
        const value = u64(field.data, at);
        at += 8;
        return value;
    };
    if (out.uncompressedSize === MAX_U32)
        out.uncompressedSize = take() ?? out.uncompressedSize;
    if (out.compressedSize === MAX_U32)
        out.compressedSize = take() ?? out.compressedSize;
    if (out.offset === MAX_U32)
        out.offset = take() ?? out.offset;
    return out;
}
/** A little-endian 64-bit field as a number; sizes beyond 2^53 cannot occur in a real file. */
function u64(buffer, at) {
    return Number(buffer.readBigUInt64LE(at));
}
/** The four signature bytes of `signature`. */
function u32(signature) {
    const out = Buffer.alloc(4);
    out.writeUInt32LE(signature);
    return out;
}

;// CONCATENATED MODULE: ./packages/core/src/distfiles/archive/sniff.ts
/**
 * What Python's `tarfile.is_tarfile` and `zipfile.is_zipfile` would say about a file. PyPI asks
 * both and rejects a file for which both say yes ("File is both a zip and a tar file"): such a
 * polyglot unpacks differently depending on the tool.
 */


const BLOCK = 512;
const GZIP_MAGIC = [0x1f, 0x8b];
/** Whether the buffer starts with the gzip magic number. */
function isGzip(head) {
    return head.length >= 2 && head[0] === GZIP_MAGIC[0] && head[1] === GZIP_MAGIC[1];
}
/**
 * Whether `block` is a tar header Python's tarfile accepts as a first member: not all zeros, and
 * its checksum field matches the unsigned or the signed sum of the header bytes.
 */
function isTarHeader(block) {
    if (block.length < BLOCK)
        return false;
    if (block.subarray(0, BLOCK).every((b) => b === 0))
        return false;
    const stored = checksumField(block.subarray(148, 156));
    if (stored === undefined)
        return false;
    let unsigned = 8 * 0x20;
    let signed = 8 * 0x20;
    for (let i = 0; i < BLOCK; i++) {
        if (i >= 148 && i < 156)
            continue;
        unsigned += block[i];
        signed += block[i] > 127 ? block[i] - 256 : block[i];
    }
    return stored === unsigned || stored === signed;
}
/** Whether tarfile.is_tarfile would accept the file: a valid first header, raw or after gzip. */
async function readsAsTar(reader) {
    const head = await reader.read(0, 64 * 1024);
    if (isTarHeader(head))
        return true;
    if (!isGzip(head))
        return false;
    try {
        return isTarHeader((0,external_node_zlib_.gunzipSync)(head, { finishFlush: external_node_zlib_.constants.Z_SYNC_FLUSH }));
    }
    catch {
        return false;
    }
}
/** Whether zipfile.is_zipfile would accept the file: an end-of-central-directory record is found. */
async function readsAsZip(reader) {
    try {
        return (await findEndRecord(reader)) !== undefined;
    }
    catch (error) {
        if (error instanceof ZipFormatError)
            return true;
        throw error;
    }
}
// tarfile's nti(): base-256 when the first byte is 0x80 or 0xff, else NUL-terminated octal text.
function checksumField(field) {
    if (field[0] === 0x80 || field[0] === 0xff) {
        let value = 0;
        for (let i = 1; i < field.length; i++)
            value = value * 256 + field[i];
        return field[0] === 0xff ? value - 256 ** (field.length - 1) : value;
    }
    const nul = field.indexOf(0);
    const text = field
        .subarray(0, nul < 0 ? field.length : nul)
        .toString('latin1')
        .trim();
    if (text === '')
        return 0;
    return /^[0-7]+$/.test(text) ? parseInt(text, 8) : undefined;
}

// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(919);
;// CONCATENATED MODULE: ./packages/core/src/distfiles/archive/digest-job.ts
/**
 * Runs one job. `held` is the content of [start, end) when the caller already has it (small files
 * are read whole on open), so nothing is read twice; it is shorter where the file ends early.
 */
async function runDigestJob(job, lib, held) {
    const BLOCK = 4 * 1024 * 1024;
    const ZLIB_CHUNK = 1024 * 1024;
    const hashAll = (data, algorithms) => {
        const digests = {};
        // A copy of exact size: a view into a pooled buffer would carry the whole pool across threads.
        for (const a of algorithms)
            digests[a] = new Uint8Array(lib.crypto.hash(a, data, 'buffer'));
        return digests;
    };
    const inflateProblem = (caught, produced) => ({
        kind: 'inflate',
        message: caught instanceof Error ? caught.message : String(caught),
        rangeError: caught instanceof RangeError,
        produced,
    });
    if (!job.stream) {
        let bytes;
        if (held) {
            bytes = held;
        }
        else {
            const length = job.end - job.start;
            if ((lib.scratch.buffer?.length ?? 0) < length)
                lib.scratch.buffer = Buffer.allocUnsafeSlow(length);
            const buffer = lib.scratch.buffer;
            let got = 0;
            const fd = lib.fs.openSync(job.path, 'r');
            try {
                while (got < length) {
                    const n = lib.fs.readSync(fd, buffer, got, length - got, job.start + got);
                    if (n === 0)
                        break;
                    got += n;
                }
            }
            finally {
                lib.fs.closeSync(fd);
            }
            bytes = buffer.subarray(0, got);
        }
        return job.members.map((m) => {
            const from = m.dataStart - job.start;
            const available = Math.max(0, Math.min(m.compressedSize, bytes.length - from));
            const fail = (problem, size = 0) => ({
                key: m.key,
                size,
                digests: {},
                problem,
            });
            if (available < m.compressedSize)
                return fail({ kind: 'truncated', got: available });
            const raw = bytes.subarray(from, from + m.compressedSize);
            let data = raw;
            if (m.method === 8) {
                try {
                    // One byte more than declared, so "longer than declared" is seen rather than clipped; one
                    // output chunk of the declared size (zlib's default of 16 KiB a call is mostly garbage).
                    data = lib.zlib.inflateRawSync(raw, {
                        maxOutputLength: m.uncompressedSize + 1,
                        chunkSize: Math.min(Math.max(m.uncompressedSize + 1, 64), ZLIB_CHUNK),
                    });
                }
                catch (caught) {
                    return fail(inflateProblem(caught));
                }
            }
            if (data.length !== m.uncompressedSize) {
                return fail({ kind: 'size', actual: data.length, atLeast: false }, data.length);
            }
            if (lib.zlib.crc32(data) !== m.crc32)
                return fail({ kind: 'crc' }, data.length);
            return { key: m.key, size: data.length, digests: hashAll(data, m.algorithms) };
        });
    }
    const m = job.members[0];
    const hashes = m.algorithms.map((a) => [a, lib.crypto.createHash(a)]);
    const digests = () => Object.fromEntries(hashes.map(([a, h]) => [a, new Uint8Array(h.digest())]));
    const spares = (lib.scratch.spareBlocks ??= []);
    let taken;
    const handle = await lib.fs.promises.open(job.path, 'r');
    try {
        const end = m.dataStart + m.compressedSize;
        const blocks = spares.pop() ?? [Buffer.allocUnsafeSlow(BLOCK), Buffer.allocUnsafeSlow(BLOCK)];
        taken = blocks;
        const block = blocks[0];
        if (m.method === 0) {
            if (m.compressedSize !== m.uncompressedSize) {
                return [
                    {
                        key: m.key,
                        size: 0,
                        digests: {},
                        problem: { kind: 'size', actual: m.compressedSize, atLeast: false },
                    },
                ];
            }
            let crc = 0;
            let size = 0;
            for (let at = m.dataStart; at < end;) {
                const { bytesRead } = await handle.read(block, 0, Math.min(block.length, end - at), at);
                if (bytesRead === 0)
                    break;
                const slice = block.subarray(0, bytesRead);
                for (const [, h] of hashes)
                    h.update(slice);
                crc = lib.zlib.crc32(slice, crc);
                size += bytesRead;
                at += bytesRead;
            }
            if (size < m.compressedSize) {
                return [{ key: m.key, size, digests: {}, problem: { kind: 'truncated', got: size } }];
            }
            if (crc >>> 0 !== m.crc32)
                return [{ key: m.key, size, digests: {}, problem: { kind: 'crc' } }];
            return [{ key: m.key, size, digests: digests() }];
        }
        // Framed as gzip, with the central directory's CRC-32 and size as its trailer, zlib itself checks
        // both while inflating (on the thread pool) and this thread only hashes.
        const gunzip = lib.zlib.createGunzip({ chunkSize: ZLIB_CHUNK });
        let size = 0;
        let tooLong = false;
        let failure;
        gunzip.on('data', (chunk) => {
            size += chunk.length;
            if (size > m.uncompressedSize) {
                // A member inflating past its declared size is a bomb or a lie: stop at once.
                tooLong = true;
                gunzip.destroy();
                return;
            }
            for (const [, h] of hashes)
                h.update(chunk);
        });
        gunzip.on('error', (error) => (failure = error));
        const finished = new Promise((resolve) => {
            gunzip.on('end', resolve);
            gunzip.on('close', resolve);
        });
        const written = (chunk) => Promise.race([new Promise((resolve) => gunzip.write(chunk, () => resolve())), finished]);
        await written(Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff]));
        let read = 0;
        // Two blocks in turn: zlib may still hold one while the other is read.
        let pending = Promise.resolve();
        for (let at = m.dataStart, turn = 0; at < end && !gunzip.destroyed; turn++) {
            const into = blocks[turn % 2];
            const { bytesRead } = await handle.read(into, 0, Math.min(into.length, end - at), at);
            if (bytesRead === 0)
                break;
            await pending;
            pending = written(into.subarray(0, bytesRead));
            read += bytesRead;
            at += bytesRead;
        }
        await pending;
        if (!gunzip.destroyed) {
            const trailer = Buffer.alloc(8);
            trailer.writeUInt32LE(m.crc32, 0);
            trailer.writeUInt32LE(m.uncompressedSize % 2 ** 32, 4);
            gunzip.end(trailer);
        }
        await finished;
        const fail = (problem) => [{ key: m.key, size, digests: {}, problem }];
        if (tooLong)
            return fail({ kind: 'size', actual: m.uncompressedSize, atLeast: true });
        if (read < m.compressedSize)
            return fail({ kind: 'truncated', got: read });
        if (failure)
            return fail(inflateProblem(failure, size));
        if (size !== m.uncompressedSize)
            return fail({ kind: 'size', actual: size, atLeast: false });
        return [{ key: m.key, size, digests: digests() }];
    }
    finally {
        if (taken)
            spares.push(taken);
        await handle.close();
    }
}

;// CONCATENATED MODULE: ./packages/core/src/distfiles/archive/digest-pool.ts
/**
 * Where digest jobs run: on worker threads, one per core, so that inflating and hashing real wheels
 * (bound by zlib and sha256, not by start-up) use the whole machine; or inline, for a run too small to
 * repay starting a thread. Workers start on first need, when the data waiting to be hashed passes a
 * threshold, so checking a few small wheels costs no thread at all.
 */






const inlineLibraries = { fs: external_node_fs_, zlib: external_node_zlib_, crypto: external_node_crypto_, scratch: {} };
let inlineQueue = Promise.resolve();
/**
 * Runs every job on the calling thread, one at a time: at once they would each hold their read
 * blocks, and share the scratch buffer.
 */
const inlineRunner = {
    run(job, held) {
        const run = inlineQueue.then(() => runDigestJob(job, inlineLibraries, held));
        inlineQueue = run.catch(() => undefined);
        return run;
    },
};
// Below this much data to read in a run, threads cost more to start than they save.
const START_THRESHOLD = 8 * 1024 * 1024;
// One job at a time per worker: two in flight measured no faster here and cost 40 MiB more.
const IN_FLIGHT = 1;
// A small young generation: the workers allocate a buffer per inflated member, and with V8's default
// sizing each thread keeps a hundred MB of dead buffers before collecting them.
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 8 };
// The worker's whole program: the job function's own source, so that any bundler keeps them together.
const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
const lib = { fs: require('node:fs'), zlib: require('node:zlib'), crypto: require('node:crypto'), scratch: {} };
const runDigestJob = (${runDigestJob.toString()});
parentPort.on('message', ({ id, job, held }) => {
  runDigestJob(job, lib, held).then(
    (outcomes) => parentPort.postMessage({ id, outcomes }),
    (error) => parentPort.postMessage({ id, error: String((error && error.stack) || error) }),
  );
});
`;
/** Worker threads that run digest jobs; close() when the run ends. */
class DigestPool {
    startAfterBytes;
    size;
    queue = [];
    running;
    queuedBytes = 0;
    nextId = 0;
    failure;
    /**
     * `threads` defaults to the cores available; workers start once `startAfterBytes` of data have
     * been asked for (jobs before that run inline).
     */
    constructor(threads = (0,external_node_os_.availableParallelism)(), startAfterBytes = START_THRESHOLD) {
        this.startAfterBytes = startAfterBytes;
        this.size = Math.max(1, threads);
    }
    /** Whether worker threads were started. */
    get started() {
        return this.running !== undefined;
    }
    run(job, held) {
        if (this.failure)
            return inlineRunner.run(job, held);
        if (!this.running) {
            this.queuedBytes += job.end - job.start;
            if (this.queuedBytes < this.startAfterBytes)
                return inlineRunner.run(job, held);
            this.running = this.start();
            if (!this.running)
                return inlineRunner.run(job, held);
        }
        // Bytes already in memory travel with the job (a copy costs far less than inflating them).
        return new Promise((resolve, reject) => {
            this.queue.push({ job, held, resolve, reject });
            this.dispatch();
        });
    }
    /** Stops the workers (jobs still queued are rejected). */
    async close() {
        this.fail(new Error('the digest pool was closed'));
        await Promise.all((this.running ?? []).map((r) => r.worker.terminate()));
    }
    start() {
        try {
            return Array.from({ length: this.size }, () => {
                const running = {
                    worker: new external_node_worker_threads_.Worker(WORKER_SOURCE, { eval: true, resourceLimits: WORKER_LIMITS }),
                    jobs: new Map(),
                };
                running.worker.unref();
                running.worker.on('message', (m) => {
                    const waiting = running.jobs.get(m.id);
                    running.jobs.delete(m.id);
                    if (m.error !== undefined)
                        waiting?.reject(new Error(`digest worker: ${m.error}`));
                    else
                        waiting?.resolve(m.outcomes);
                    this.dispatch();
                });
                running.worker.on('error', (error) => this.fail(error));
                running.worker.on('exit', () => this.fail(new Error('a digest worker stopped')));
                return running;
            });
        }
        catch {
            // Where threads cannot start (a restricted runtime), everything runs inline.
            return undefined;
        }
    }
    dispatch() {
        for (const running of this.running ?? []) {
            if (running.jobs.size >= IN_FLIGHT || this.queue.length === 0)
                continue;
            const waiting = this.queue.shift();
            const id = this.nextId++;
            running.jobs.set(id, waiting);
            running.worker.postMessage({ id, job: waiting.job, held: waiting.held });
        }
    }
    fail(error) {
        this.failure ??= error;
        for (const waiting of this.queue.splice(0))
            waiting.reject(error);
        for (const running of this.running ?? []) {
            for (const waiting of running.jobs.values())
                waiting.reject(error);
            running.jobs.clear();
        }
    }
}

;// CONCATENATED MODULE: ./packages/core/src/distfiles/archive/issues.ts
/**
 * Collects archive problems member by member and turns each kind into one finding that names all
 * the members concerned, so a wheel with 3,000 bad names gives one finding, not 3,000.
 */


// Messages list this many members; `members` always holds all of them.
const SHOWN = 5;
/** Groups problems by rule and text (the authority's wording), in the order first seen. */
class IssueCollector {
    groups = new Map();
    /**
     * Records one occurrence of `text` (the authority's wording) under `rule`. `about` may be a
     * function, so that naming the member costs nothing on the path where nothing is wrong.
     */
    add(rule, text, fix, lazyAbout = {}) {
        const about = typeof lazyAbout === 'function' ? lazyAbout() : lazyAbout;
        const key = `${rule.code}\n${text}`;
        let group = this.groups.get(key);
        if (!group) {
            group = { rule, text, fix, members: [], shown: [], details: [] };
            this.groups.set(key, group);
        }
        if (about.member !== undefined && !group.members.includes(about.member)) {
            group.members.push(about.member);
            group.shown.push(about.shown ?? quoteName(about.member));
        }
        if (about.detail !== undefined && !group.details.includes(about.detail))
            group.details.push(about.detail);
    }
    /** Whether anything was recorded under `rule`. */
    has(rule) {
        return [...this.groups.values()].some((g) => g.rule.code === rule.code);
    }
    /** One finding per rule and text. */
    findings() {
        return [...this.groups.values()].map((g) => {
            const shown = g.shown.length > SHOWN ? [...g.shown.slice(0, SHOWN), `and ${g.shown.length - SHOWN} more`] : g.shown;
            const subject = [shown.join(', '), ...g.details.slice(0, SHOWN)].filter(Boolean).join('; ');
            const message = subject ? `${g.text.replace(/\.$/, '')}: ${subject}.` : g.text;
            return finding(g.rule, message, g.fix, g.members);
        });
    }
}

;// CONCATENATED MODULE: ./packages/core/src/distfiles/archive/zip-framing.ts




const NOT_ACCEPTED = 'Invalid distribution file. ZIP archive not accepted: ';
const zip_framing_MAX_U32 = 0xffffffff;
// Warehouse's decompression-bomb limits (forklift/legacy.py).
const RATIO_MIN_SIZE = 64 * 1024 * 1024;
const RATIO_THRESHOLD = 50;
const STORED = 0;
const DEFLATED = 8;
// Flags whose disagreement changes how the data is read: encryption, data descriptor, strong
// encryption, UTF-8 name.
const SIGNIFICANT_FLAGS = 0x0001 | 0x0008 | 0x0040 | 0x0800;
const see = ` (see ${PYPI_ARCHIVES_HELP})`;
const FIX = {
    duplicate: `rebuild the wheel with a standard backend (hatchling, setuptools, flit-core, poetry-core, maturin); this archive was written by a tool that appends entries, so two entries share a name${see}`,
    trailing: `upload the wheel exactly as the backend wrote it; something appended data after the archive or wrote entry comments${see}`,
    prefix: `upload the wheel exactly as the backend wrote it; something prepended data (a stub, a signature) or left bytes between records${see}`,
    mismatch: `rebuild the wheel with a standard backend instead of patching it in place; tools that rewrite or delete entries leave local headers the central directory no longer describes${see}`,
    descriptor: `rebuild with a standard backend that writes the wheel to a seekable file; this archive was written in streaming mode (a data descriptor after each member)${see}`,
    utf8: `rename the file to an ASCII or UTF-8 name, or rebuild with a backend that writes UTF-8 names and sets the UTF-8 flag (bit 11)${see}`,
    control: `rename the file so its path has no control characters, then rebuild${see}`,
    malformed: `rebuild the wheel with a standard backend and upload it as built${see}`,
    compression: 'build with the default deflate compression (ZIP_DEFLATED); PyPI accepts only stored and deflated members',
    ratio: 'exclude the large, highly compressible files (test data, zero-filled or generated blobs) from the wheel, or ship them another way',
    encrypted: 'build the wheel without encryption; installers cannot read encrypted members',
};
/** Walks every record from the start of the file and compares it with the central directory. */
async function checkZipFraming(reader, cd) {
    const walk = startWalk(reader, cd);
    if (cd.prefix > 0) {
        walk.issues.add(ARCHIVE_RULES.Z005, NOT_ACCEPTED + 'Unknown record signature', FIX.prefix, {
            detail: `${cd.prefix} bytes of other data before the first local header`,
        });
    }
    let next = cd.prefix;
    while (next !== undefined) {
        const position = next;
        const signatureBytes = await reader.read(position, 4);
        if (signatureBytes.length < 4) {
            walk.malformed(`the file ends at offset ${position} before the end-of-central-directory record`);
            break;
        }
        switch (signatureBytes.readUInt32LE(0)) {
            case SIG_LOCAL:
                next = await stepLocal(walk, position);
                break;
            case SIG_CENTRAL:
                next = await checkCentralRecord(walk, position);
                break;
            case SIG_END64:
                next = await readZip64End(walk, position);
                break;
            case SIG_END64_LOCATOR:
                walk.locatorSeen = true;
                next = position + END64_LOCATOR_SIZE;
                break;
            case SIG_END:
                if (walk.zip64End && !walk.locatorSeen) {
                    walk.malformed('a ZIP64 end record is not followed by its locator');
                }
                else {
                    const end = await checkEndRecord(walk, position);
                    if (end !== undefined)
                        checkAfterEnd(walk, end);
                }
                next = undefined;
                break;
            default:
                walk.issues.add(ARCHIVE_RULES.Z005, NOT_ACCEPTED + 'Unknown record signature', FIX.prefix, {
                    detail: `unrecognised bytes at offset ${position}`,
                });
                next = undefined;
        }
    }
    return { findings: walk.issues.findings(), locals: walk.locals };
}
function startWalk(reader, cd) {
    const issues = new IssueCollector();
    const byOriginalName = new Map();
    const byPosition = new Map();
    for (const entry of cd.entries) {
        byOriginalName.set(originalName(entry.nameBytes, entry.flags), entry);
        if (!byPosition.has(entry.localHeaderPosition))
            byPosition.set(entry.localHeaderPosition, entry);
    }
    return {
        reader,
        cd,
        issues,
        malformed: (detail, text = 'Malformed zip file') => issues.add(ARCHIVE_RULES.Z013, NOT_ACCEPTED + text, FIX.malformed, { detail }),
        locals: new Map(),
        localNames: new Set(),
        centralNames: new Set(),
        byOriginalName,
        byPosition,
        central: { count: 0, bytes: 0 },
        locatorSeen: false,
    };
}
// Each record's check returns where the next record starts, or undefined when the walk cannot go on.
/** A local header and its data: checked against the central directory, then stepped over. */
async function stepLocal(walk, position) {
    const { reader, malformed } = walk;
    const local = await readLocalHeader(reader, position);
    if (!local) {
        malformed(`the local header at offset ${position} is truncated`);
        return undefined;
    }
    walk.locals.set(position, summarise(local));
    const next = checkLocal(walk, local, walk.byPosition.get(position));
    if (next === undefined) {
        malformed(`the length of ${quoteName(local.nameBytes)} is known only to a data descriptor`);
        return undefined;
    }
    if (next > reader.size) {
        malformed(`the data of ${quoteName(local.nameBytes)} runs past the end of the file`);
        return undefined;
    }
    return skipDescriptor(reader, local, next);
}
/** A central directory record, as the walk meets it: comment, name, and a local header of that name. */
async function checkCentralRecord(walk, position) {
    const { reader, issues, central } = walk;
    const fixed = await reader.read(position, CENTRAL_HEADER_SIZE);
    if (fixed.length < CENTRAL_HEADER_SIZE) {
        walk.malformed(`the central directory record at offset ${position} is truncated`);
        return undefined;
    }
    const nameLength = fixed.readUInt16LE(28);
    const extraLength = fixed.readUInt16LE(30);
    const commentLength = fixed.readUInt16LE(32);
    const nameBytes = await reader.read(position + CENTRAL_HEADER_SIZE, nameLength);
    const key = nameBytes.toString('latin1');
    const about = () => ({ member: nameBytes.toString('utf8'), shown: quoteName(nameBytes) });
    const recordSize = CENTRAL_HEADER_SIZE + nameLength + extraLength + commentLength;
    central.start ??= position;
    central.count += 1;
    central.bytes += recordSize;
    if (commentLength > 0) {
        issues.add(ARCHIVE_RULES.Z004, NOT_ACCEPTED + 'Comment in central directory', FIX.trailing, about);
    }
    if (hasControlCharacter(nameBytes)) {
        issues.add(ARCHIVE_RULES.Z010, NOT_ACCEPTED + 'Invalid character in filename', FIX.control, about);
    }
    if (walk.centralNames.has(key)) {
        issues.add(ARCHIVE_RULES.Z003, NOT_ACCEPTED + 'Duplicate filename in central directory', FIX.duplicate, about);
    }
    else if (!walk.localNames.has(key)) {
        issues.add(ARCHIVE_RULES.Z006, NOT_ACCEPTED + 'Missing filename in local headers', FIX.mismatch, about);
    }
    walk.centralNames.add(key);
    return position + recordSize;
}
/** The ZIP64 end record: remembered for the end record, which it overrides once its locator follows. */
async function readZip64End(walk, position) {
    const record = await walk.reader.read(position, END64_SIZE);
    if (record.length < END64_SIZE) {
        walk.malformed('the ZIP64 end record is truncated');
        return undefined;
    }
    const recordSize = u64(record, 4);
    walk.zip64End = { entries: u64(record, 32), size: u64(record, 40), offset: u64(record, 48) };
    if (u64(record, 24) !== walk.zip64End.entries) {
        walk.malformed('the ZIP64 end record counts entries on two disks');
    }
    if (recordSize !== END64_SIZE - 12) {
        walk.issues.add(ARCHIVE_RULES.Z013, NOT_ACCEPTED + 'ZIP64 extensible data not allowed', FIX.malformed);
    }
    return position + 12 + recordSize;
}
/**
 * The end record against the central directory the walk found (its ZIP64 values when there are
 * some); returns where the record and its comment end, or undefined when it is truncated.
 */
async function checkEndRecord(walk, position) {
    const { issues, cd, central } = walk;
    const record = await walk.reader.read(position, END_SIZE);
    if (record.length < END_SIZE) {
        walk.malformed('the end-of-central-directory record is truncated');
        return undefined;
    }
    central.start ??= position;
    if (record.readUInt16LE(8) !== record.readUInt16LE(10)) {
        walk.malformed('the end record counts entries on two disks');
    }
    const classic = {
        entries: record.readUInt16LE(10),
        size: record.readUInt32LE(12),
        offset: record.readUInt32LE(16),
    };
    const declared = walk.zip64End && walk.locatorSeen ? walk.zip64End : classic;
    if (declared.entries !== central.count) {
        issues.add(ARCHIVE_RULES.Z013, NOT_ACCEPTED + 'Mismatched central directory records', FIX.malformed, {
            detail: `the end record counts ${declared.entries}, the central directory holds ${central.count}`,
        });
    }
    if (declared.offset + cd.prefix !== central.start) {
        issues.add(ARCHIVE_RULES.Z013, NOT_ACCEPTED + 'Mismatched central directory offset', FIX.malformed, {
            detail: `the end record says ${declared.offset}, the central directory starts at ${central.start - cd.prefix}`,
        });
    }
    if (declared.size !== central.bytes) {
        issues.add(ARCHIVE_RULES.Z013, NOT_ACCEPTED + 'Mismatched central directory size', FIX.malformed, {
            detail: `the end record says ${declared.size} bytes, the central directory has ${central.bytes}`,
        });
    }
    return position + END_SIZE + record.readUInt16LE(20);
}
/** What a complete walk can tell: bytes after the archive, and entries no local header answered. */
function checkAfterEnd(walk, end) {
    const { issues, reader, cd } = walk;
    if (end < reader.size) {
        issues.add(ARCHIVE_RULES.Z004, NOT_ACCEPTED + 'Trailing data', FIX.trailing, {
            detail: `${reader.size - end} bytes after the end-of-central-directory record`,
        });
    }
    else if (end > reader.size) {
        walk.malformed('the archive comment runs past the end of the file');
    }
    for (const entry of cd.entries) {
        if (!walk.locals.has(entry.localHeaderPosition)) {
            issues.add(ARCHIVE_RULES.Z006, NOT_ACCEPTED + 'Mis-matched local headers and central directory', FIX.mismatch, {
                member: entry.name,
                shown: `${quoteName(entry.nameBytes)} points at offset ${entry.localHeaderPosition - cd.prefix}, where no local header starts`,
            });
        }
    }
}
/** Checks one local header; returns where its data ends (undefined when that cannot be known). */
function checkLocal(walk, local, central) {
    const { issues, localNames } = walk;
    const about = () => ({ member: local.nameBytes.toString('utf8'), shown: quoteName(local.nameBytes) });
    if (hasControlCharacter(local.nameBytes)) {
        issues.add(ARCHIVE_RULES.Z010, NOT_ACCEPTED + 'Invalid character in filename', FIX.control, about);
    }
    const sizes = checkLocalExtras(local, issues, about, walk.malformed);
    const descriptor = (local.flags & FLAG_DATA_DESCRIPTOR) !== 0;
    if (descriptor)
        issues.add(ARCHIVE_RULES.Z008, NOT_ACCEPTED + 'ZIP contains a data descriptor', FIX.descriptor, about);
    if (!isUtf8(local.nameBytes)) {
        issues.add(ARCHIVE_RULES.Z009, NOT_ACCEPTED + 'Filename not unicode', FIX.utf8, about);
    }
    else {
        const named = walk.byOriginalName.get(local.nameBytes.toString('utf8'));
        if (!named) {
            if (central?.nameBytes.equals(local.nameBytes) && !(central.flags & FLAG_UTF8)) {
                // zipfile decodes such a name as cp437, so it no longer matches the UTF-8 local name.
                issues.add(ARCHIVE_RULES.Z009, NOT_ACCEPTED + 'Filename not in central directory', FIX.utf8, {
                    member: local.nameBytes.toString('utf8'),
                    shown: `${quoteName(local.nameBytes)} (non-ASCII, but the UTF-8 flag is not set, so Python reads it as ${quoteName(central.name)})`,
                });
            }
            else {
                issues.add(ARCHIVE_RULES.Z006, NOT_ACCEPTED + 'Filename not in central directory', FIX.mismatch, about);
            }
        }
        else if (!descriptor && sizes) {
            if (named.compressedSize !== sizes.compressed) {
                issues.add(ARCHIVE_RULES.Z006, NOT_ACCEPTED + 'Mis-matched data size', FIX.mismatch, about);
            }
            if (named.uncompressedSize !== sizes.uncompressed) {
                issues.add(ARCHIVE_RULES.Z006, NOT_ACCEPTED + 'Mis-matched file size', FIX.mismatch, about);
            }
        }
    }
    const key = local.nameBytes.toString('latin1');
    if (localNames.has(key)) {
        issues.add(ARCHIVE_RULES.Z003, NOT_ACCEPTED + 'Duplicate filename in local headers', FIX.duplicate, about);
    }
    localNames.add(key);
    if (central) {
        if (!central.nameBytes.equals(local.nameBytes)) {
            issues.add(ARCHIVE_RULES.Z006, NOT_ACCEPTED + 'Mis-matched local headers and central directory', FIX.mismatch, {
                member: central.name,
                shown: `the local header at offset ${local.position} names ${quoteName(local.nameBytes)}, the central directory ${quoteName(central.nameBytes)}`,
            });
        }
        const differences = [
            central.method !== local.method ? `method ${local.method} locally, ${central.method} centrally` : '',
            (central.flags ^ local.flags) & SIGNIFICANT_FLAGS
                ? `flags 0x${zip_framing_hex(local.flags)} locally, 0x${zip_framing_hex(central.flags)} centrally`
                : '',
        ].filter(Boolean);
        if (differences.length > 0) {
            issues.add(ARCHIVE_RULES.Z007, 'A local header and the central directory disagree on how to read the member', FIX.mismatch, { member: central.name, shown: `${quoteName(local.nameBytes)} (${differences.join(', ')})` });
        }
    }
    // With a data descriptor the local sizes are zero; only the central directory knows the length.
    const length = descriptor ? central?.compressedSize : (sizes?.compressed ?? central?.compressedSize);
    return length === undefined ? undefined : local.dataPosition + length;
}
/** Checks the local extra fields as Warehouse does; returns the sizes it would use. */
function checkLocalExtras(local, issues, about, malformed) {
    const { fields, malformed: broken } = parseExtraFields(local.extra);
    if (broken)
        malformed(`the extra field of ${about().shown} is truncated`);
    let compressed = local.rawCompressedSize;
    let uncompressed = local.rawUncompressedSize;
    const seen = new Set();
    for (const field of fields) {
        if (seen.has(field.id) && (field.id === EXTRA_ZIP64 || field.id === EXTRA_UNICODE_PATH)) {
            issues.add(ARCHIVE_RULES.Z013, NOT_ACCEPTED + 'Invalid duplicate extra in local file', FIX.malformed, about);
            continue;
        }
        seen.add(field.id);
        if (field.id === EXTRA_ZIP64) {
            const size = field.data.length;
            if (![0, 8, 16, 24, 28].includes(size)) {
                malformed(`the ZIP64 field of ${about().shown} has ${size} bytes`);
                return undefined;
            }
            if (size === 0) {
                if (compressed === zip_framing_MAX_U32 || uncompressed === zip_framing_MAX_U32) {
                    malformed(`${about().shown} has ZIP64 placeholders but an empty ZIP64 field`);
                    return undefined;
                }
            }
            else if (size === 8) {
                // Only one size: that is right only when the data is stored, so both sizes are equal.
                if (local.method !== STORED) {
                    malformed(`the ZIP64 field of ${about().shown} lacks the compressed size`);
                    return undefined;
                }
                compressed = u64(field.data, 0);
                if (uncompressed === zip_framing_MAX_U32)
                    uncompressed = compressed;
            }
            else {
                if (uncompressed === zip_framing_MAX_U32)
                    uncompressed = u64(field.data, 0);
                compressed = u64(field.data, 8);
            }
        }
        else if (field.id === EXTRA_UNICODE_PATH) {
            const unicodeName = field.data.subarray(5);
            if (hasControlCharacter(unicodeName)) {
                issues.add(ARCHIVE_RULES.Z010, NOT_ACCEPTED + 'Invalid character in filename', FIX.control, about);
            }
            if (!isUtf8(unicodeName))
                issues.add(ARCHIVE_RULES.Z009, NOT_ACCEPTED + 'Filename not valid UTF-8', FIX.utf8, about);
        }
    }
    return { compressed, uncompressed };
}
/** Steps over a data descriptor (signature optional, sizes 8 bytes each with ZIP64) after the data. */
async function skipDescriptor(reader, local, dataEnd) {
    if (!(local.flags & FLAG_DATA_DESCRIPTOR))
        return dataEnd;
    const zip64 = parseExtraFields(local.extra).fields.some((f) => f.id === EXTRA_ZIP64);
    const head = await reader.read(dataEnd, 4);
    const signed = head.length === 4 && head.readUInt32LE(0) === SIG_DESCRIPTOR;
    return dataEnd + (signed ? 4 : 0) + 4 + (zip64 ? 16 : 8);
}
/** Checks of the central directory alone: compression methods, encryption and the bomb ratio. */
function checkZipMembers(cd, fileSize) {
    const issues = new IssueCollector();
    let total = 0;
    for (const entry of cd.entries) {
        total += entry.uncompressedSize;
        const about = () => ({ member: entry.name, shown: quoteName(entry.nameBytes) });
        if (entry.method !== STORED && entry.method !== DEFLATED) {
            issues.add(ARCHIVE_RULES.Z011, 'Invalid distribution file. File does not use a supported compression type', FIX.compression, {
                member: entry.name,
                shown: `${quoteName(entry.nameBytes)} (method ${entry.method}${METHOD_NAMES[entry.method] ? `, ${METHOD_NAMES[entry.method]}` : ''})`,
            });
        }
        if (entry.flags & FLAG_ENCRYPTED) {
            issues.add(ARCHIVE_RULES.Z015, 'Members are encrypted', FIX.encrypted, about);
        }
    }
    if (total > RATIO_MIN_SIZE && total / fileSize > RATIO_THRESHOLD) {
        issues.add(ARCHIVE_RULES.Z012, `Invalid distribution file. File exceeds compression ratio of ${RATIO_THRESHOLD}`, FIX.ratio, {
            detail: `${total} bytes uncompressed in a ${fileSize}-byte file, ${(total / fileSize).toFixed(1)} times`,
        });
    }
    return issues.findings();
}
const METHOD_NAMES = {
    1: 'shrunk',
    6: 'imploded',
    9: 'deflate64',
    12: 'bzip2',
    14: 'lzma',
    93: 'zstandard',
    95: 'xz',
    98: 'ppmd',
};
function hasControlCharacter(bytes) {
    // Indexed: a Buffer iterator allocates per call and is slow while the code is still cold.
    for (let i = 0; i < bytes.length; i++) {
        const byte = bytes[i];
        if (byte < 0x20 || byte === 0x7f)
            return true;
    }
    return false;
}
function zip_framing_hex(value) {
    return value.toString(16).padStart(4, '0');
}
/** Fix texts shared with the data checks. */
const ZIP_FIXES = FIX;

;// CONCATENATED MODULE: ./packages/core/src/distfiles/archive/zip-data.ts
/**
 * Member data on the main thread: where it starts (checked as zipfile.open() does), reading a small
 * member whole with CRC-32 and size verified, and the findings for data that is unusable. Hashing
 * every member for RECORD runs as digest jobs (digest-job.ts), on worker threads when it pays.
 */







const zip_data_STORED = 0;
const zip_data_DEFLATED = 8;
// Members up to this size are verified in one synchronous step; streaming setup would cost more.
const SMALL_MEMBER = 1024 * 1024;
const DAMAGED_FIX = 'rebuild the wheel and upload the file as built; it was damaged after the build (truncated copy, text-mode transfer, in-place edit)';
/** A member's data could not be read back; `finding` says why, for the report. */
class ArchiveMemberError extends Error {
    finding;
    constructor(finding) {
        super(finding.message);
        this.finding = finding;
        this.name = 'ArchiveMemberError';
    }
}
let supportedHashes;
/** The requested algorithms node's crypto supports (others are left out of `digests`). */
function supportedAlgorithms(algorithms) {
    supportedHashes ??= new Set((0,external_node_crypto_.getHashes)().map((h) => h.toLowerCase()));
    return [...new Set(algorithms)].filter((a) => supportedHashes.has(a.toLowerCase()));
}
/**
 * Where the member's data starts, checked as zipfile.open() does: a local header must start at
 * the central directory's offset and carry the same name.
 */
async function dataPosition(reader, entry, known) {
    const header = known ? undefined : await readLocalHeader(reader, entry.localHeaderPosition);
    const local = known ?? (header && summarise(header));
    if (!local)
        return damaged(entry, 'Bad magic number for file header');
    if (local.name !== originalName(entry.nameBytes, entry.flags)) {
        return damaged(entry, `File name in directory ${quoteName(entry.nameBytes)} and header ${quoteName(local.name)} differ.`);
    }
    return local.dataPosition;
}
/** Why the member cannot be decoded at all (encryption, method), if it cannot. */
function undecodable(entry) {
    if (entry.flags & FLAG_ENCRYPTED) {
        return finding(ARCHIVE_RULES.Z015, `File ${quoteName(entry.nameBytes)} is encrypted, password required for extraction.`, ZIP_FIXES.encrypted, [entry.name]);
    }
    if (entry.method !== zip_data_STORED && entry.method !== zip_data_DEFLATED) {
        return finding(ARCHIVE_RULES.Z011, `Invalid distribution file. File does not use a supported compression type: ${quoteName(entry.nameBytes)} uses method ${entry.method}.`, ZIP_FIXES.compression, [entry.name]);
    }
    return undefined;
}
/** Whether the member is streamed in blocks rather than read whole. */
function isStreamed(entry) {
    return entry.compressedSize > SMALL_MEMBER || entry.uncompressedSize > SMALL_MEMBER;
}
/** The finding for a member whose data a digest job found unusable. */
function problemFinding(entry, problem) {
    switch (problem.kind) {
        case 'truncated':
            return truncated(entry, problem.got);
        case 'size':
            return sizeMismatch(entry, problem.actual, problem.atLeast);
        case 'crc':
            return badCrc(entry);
        case 'inflate':
            return inflateFailure(entry, problem);
    }
}
/** The whole uncompressed content of a member, checked; throws ArchiveMemberError. */
async function decodeWhole(reader, entry, start) {
    const blocked = undecodable(entry);
    if (blocked)
        throw new ArchiveMemberError(blocked);
    const compressed = await readCompressed(reader, entry, start);
    let data;
    if (entry.method === zip_data_STORED) {
        data = compressed;
    }
    else {
        try {
            // Allow one byte more than declared, so that "longer than declared" is seen, not clipped.
            // One output chunk of the declared size (zlib's default is 16 KiB per call, mostly garbage).
            data = (0,external_node_zlib_.inflateRawSync)(compressed, {
                maxOutputLength: entry.uncompressedSize + 1,
                chunkSize: Math.min(Math.max(entry.uncompressedSize + 1, 64), SMALL_MEMBER),
            });
        }
        catch (caught) {
            throw new ArchiveMemberError(inflateFailure(entry, {
                message: caught instanceof Error ? caught.message : String(caught),
                rangeError: caught instanceof RangeError,
            }));
        }
    }
    if (data.length !== entry.uncompressedSize)
        throw new ArchiveMemberError(sizeMismatch(entry, data.length));
    if ((0,external_node_zlib_.crc32)(data) !== entry.crc32)
        throw new ArchiveMemberError(badCrc(entry));
    return data;
}
async function readCompressed(reader, entry, start) {
    // read() gives memory of its own: the result may be kept, and other reads may run meanwhile.
    const data = await reader.read(start, entry.compressedSize);
    if (data.length < entry.compressedSize)
        throw new ArchiveMemberError(truncated(entry, data.length));
    return data;
}
function damaged(entry, text) {
    return finding(ARCHIVE_RULES.Z014, text, DAMAGED_FIX, [entry.name]);
}
function badCrc(entry) {
    return damaged(entry, `Bad CRC-32 for file ${quoteName(entry.nameBytes)}.`);
}
function truncated(entry, got) {
    return damaged(entry, `${quoteName(entry.nameBytes)} is truncated: the file ends after ${got} of its ${entry.compressedSize} bytes of data.`);
}
function sizeMismatch(entry, actual, atLeast = false) {
    return damaged(entry, `${quoteName(entry.nameBytes)} holds ${atLeast ? 'more than ' : ''}${atLeast ? entry.uncompressedSize : actual} bytes, but the central directory says ${entry.uncompressedSize}.`);
}
// zlib's complaint, read the way zipfile would word it.
function inflateFailure(entry, { message, rangeError, produced }) {
    if (/incorrect data check/.test(message))
        return badCrc(entry);
    if (/incorrect length check/.test(message) && produced !== undefined)
        return sizeMismatch(entry, produced);
    if (rangeError || /buffer|larger than/i.test(message)) {
        return sizeMismatch(entry, entry.uncompressedSize, true);
    }
    if (/unexpected end of file/.test(message)) {
        return damaged(entry, `Error -3 while decompressing data: ${quoteName(entry.nameBytes)} ends before its deflate stream does.`);
    }
    return damaged(entry, `Error -3 while decompressing data: ${message} in ${quoteName(entry.nameBytes)}.`);
}

;// CONCATENATED MODULE: ./packages/core/src/distfiles/archive/zip.ts
/**
 * Reading wheels: the central directory as pip sees it, the framing findings PyPI would reject the
 * upload for, small members read whole, and every member streamed once for RECORD's hashes.
 * Memory stays bounded: only the central directory and a few read blocks are ever held.
 */










/** Default limit for `readMember`: far above any real METADATA, WHEEL or RECORD. */
const DEFAULT_MEMBER_LIMIT = 32 * 1024 * 1024;
// Small members are read and inflated in batches of about this much compressed data: few enough
// jobs to keep the overhead low, enough that a large wheel's members spread over every core.
const BATCH_BYTES = 2 * 1024 * 1024;
/** Opens a wheel; no `archive` when the file is not a ZIP pip could open at all. */
async function openZip(path) {
    const reader = await PositionedReader.open(path);
    try {
        let cd;
        try {
            const end = await findEndRecord(reader);
            if (!end) {
                const notZip = await notAZip(reader);
                await reader.close();
                return { findings: [notZip] };
            }
            cd = await readCentralDirectory(reader, end);
        }
        catch (error) {
            if (!(error instanceof ZipFormatError))
                throw error;
            await reader.close();
            return {
                findings: [
                    finding(ARCHIVE_RULES.Z013, `Invalid distribution file. Python's zipfile cannot open it: ${error.message}.`, ZIP_FIXES.malformed),
                ],
            };
        }
        const findings = [];
        if (await readsAsTar(reader)) {
            findings.push(finding(ARCHIVE_RULES.Z002, 'Invalid distribution file. File is both a zip and a tar file: its first 512 bytes are also a valid tar header.', 'upload the wheel exactly as the backend wrote it; something put a tar header in front of the archive'));
        }
        const framing = await checkZipFraming(reader, cd);
        findings.push(...framing.findings, ...checkZipMembers(cd, reader.size));
        findings.push(...undecodableNames(cd, findings));
        const archive = new OpenZip(path, reader, cd, framing.locals, findings);
        return { archive, findings };
    }
    catch (error) {
        await reader.close().catch(() => undefined);
        throw error;
    }
}
class OpenZip {
    path;
    reader;
    locals;
    findings;
    size;
    members;
    entries = new Map();
    byName = new Map();
    // What readMember decoded (METADATA, WHEEL, RECORD…), so that hashing does not inflate it again.
    decoded = new Map();
    constructor(path, reader, cd, locals, findings) {
        this.path = path;
        this.reader = reader;
        this.locals = locals;
        this.findings = findings;
        this.size = reader.size;
        this.members = cd.entries.map((entry) => {
            const member = {
                name: entry.name,
                compressionMethod: entry.method,
                compressedSize: entry.compressedSize,
                uncompressedSize: entry.uncompressedSize,
                crc32: entry.crc32,
                isDirectory: entry.name.endsWith('/'),
            };
            this.entries.set(member, entry);
            this.byName.set(entry.name, entry);
            return member;
        });
    }
    async readMember(name, maxBytes = DEFAULT_MEMBER_LIMIT) {
        const entry = this.byName.get(name);
        if (!entry)
            return undefined;
        // Deflate never grows data by more than a few bytes per block, so a larger compressed size is
        // as telling as a larger uncompressed one.
        const largest = Math.max(entry.uncompressedSize, entry.compressedSize - 1024 - (entry.compressedSize >> 8));
        if (largest > maxBytes) {
            throw new ArchiveMemberError(finding(ARCHIVE_RULES.Z016, `${quoteName(entry.nameBytes)} is ${largest} bytes; the checker reads at most ${maxBytes} bytes of it.`, 'check what the build put into this file; an oversized METADATA usually embeds a huge README as the long description', [entry.name]));
        }
        const start = await dataPosition(this.reader, entry, this.locals.get(entry.localHeaderPosition));
        if (typeof start !== 'number')
            throw new ArchiveMemberError(start);
        const data = await decodeWhole(this.reader, entry, start);
        this.decoded.set(entry, data);
        return data;
    }
    async digestMembers(algorithmsFor, runner = inlineRunner) {
        // File order, so each batch is one contiguous read.
        const order = this.members
            .filter((m) => !m.isDirectory)
            .map((member) => ({ member, entry: this.entries.get(member) }))
            .sort((a, b) => a.entry.localHeaderPosition - b.entry.localHeaderPosition);
        const found = new Map();
        const jobs = [];
        let batch;
        for (const [key, { member, entry }] of order.entries()) {
            const algorithms = supportedAlgorithms(algorithmsFor(member));
            const blocked = undecodable(entry);
            if (blocked) {
                found.set(member, { digests: {}, size: 0, error: blocked });
                continue;
            }
            const start = await dataPosition(this.reader, entry, this.locals.get(entry.localHeaderPosition));
            if (typeof start !== 'number') {
                found.set(member, { digests: {}, size: 0, error: start });
                continue;
            }
            const known = this.decoded.get(entry);
            if (known) {
                // readMember read and checked it already: hashing it here is cheaper than a job.
                const digests = Object.fromEntries(algorithms.map((a) => [a, (0,external_node_crypto_.hash)(a, known, 'buffer')]));
                found.set(member, { digests, size: known.length });
                continue;
            }
            const end = start + entry.compressedSize;
            const jobMember = {
                key,
                dataStart: start,
                compressedSize: entry.compressedSize,
                uncompressedSize: entry.uncompressedSize,
                method: entry.method,
                crc32: entry.crc32,
                algorithms,
            };
            if (isStreamed(entry)) {
                jobs.push({ path: this.path, start, end, stream: true, members: [jobMember] });
                continue;
            }
            if (!batch || start < batch.start || end - batch.start > BATCH_BYTES) {
                batch = { path: this.path, start, end, stream: false, members: [] };
                jobs.push(batch);
            }
            batch.members.push(jobMember);
            batch.end = Math.max(batch.end, end);
        }
        const outcomes = await Promise.all(jobs.map((job) => runner.run(job, job.stream ? undefined : this.reader.held(job.start, job.end))));
        for (const outcome of outcomes.flat()) {
            const { member, entry } = order[outcome.key];
            found.set(member, outcome.problem
                ? { digests: {}, size: outcome.size, error: problemFinding(entry, outcome.problem) }
                : {
                    digests: Object.fromEntries(Object.entries(outcome.digests).map(([a, d]) => [
                        a,
                        Buffer.from(d.buffer, d.byteOffset, d.byteLength),
                    ])),
                    size: outcome.size,
                });
        }
        // In archive order, as callers list them.
        return new Map(order.filter(({ member }) => found.has(member)).map(({ member }) => [member, found.get(member)]));
    }
    close() {
        return this.reader.close();
    }
}
/** Z001, saying what the file looks like instead when that is recognisable. */
async function notAZip(reader) {
    const head = await reader.read(0, 4);
    const looksLike = isGzip(head)
        ? ' (it is gzip-compressed: an sdist named .whl?)'
        : (await readsAsTar(reader))
            ? ' (it is a tar archive)'
            : reader.size === 0
                ? ' (it is empty)'
                : '';
    return finding(ARCHIVE_RULES.Z001, `Invalid distribution file. File is not a zipfile${looksLike}.`, 'upload the .whl file the build backend wrote (python -m build --wheel); the file was replaced or damaged');
}
/**
 * Central names flagged UTF-8 that are not (Python's zipfile fails to open such a wheel), unless
 * the walk already reported the member's name.
 */
function undecodableNames(cd, found) {
    const reported = new Set(found.filter((f) => f.code === ARCHIVE_RULES.Z009.code).flatMap((f) => f.members ?? []));
    const bad = cd.entries.filter((e) => e.flags & FLAG_UTF8 && !isUtf8(e.nameBytes) && !reported.has(e.name));
    if (bad.length === 0)
        return [];
    return [
        finding(ARCHIVE_RULES.Z009, `Invalid distribution file. ZIP archive not accepted: Filename not valid UTF-8: ${bad
            .slice(0, 5)
            .map((e) => quoteName(e.nameBytes))
            .join(', ')}${bad.length > 5 ? ` and ${bad.length - 5} more` : ''} (flagged UTF-8 but not).`, ZIP_FIXES.utf8, bad.map((e) => e.name)),
    ];
}


// EXTERNAL MODULE: external "node:events"
var external_node_events_ = __webpack_require__(474);
;// CONCATENATED MODULE: ./packages/core/src/distfiles/archive/gzip-stream.ts
/**
 * Decompressing a .tar.gz member by member (RFC 1952), the way Python's gzip reads it for tarfile:
 * concatenated members are one stream, and bytes after the last member that are not another
 * member are never looked at. Node's gunzip instead fails on such bytes and drops the output it
 * had not delivered yet, so each member's deflate data goes through a raw inflater, which stops at
 * the end of the deflate stream and says how much input it used.
 */


const FLAG_HCRC = 0x02;
const FLAG_EXTRA = 0x04;
const FLAG_NAME = 0x08;
const FLAG_COMMENT = 0x10;
/**
 * Decompresses every gzip member of the file in order into `push`; when `push` returns a promise
 * the next output waits for it. Stops early when `push` returns 'stop'.
 */
async function gunzipFile(reader, push) {
    let position = 0;
    let stopped = false;
    const outcome = {};
    for (let member = 0; position < reader.size && !stopped; member++) {
        const dataStart = await memberDataStart(reader, position);
        if (dataStart === undefined) {
            if (member === 0)
                return { notGzip: true };
            break; // not another member: bytes Python never reads
        }
        const inflate = (0,external_node_zlib_.createInflateRaw)({ chunkSize: 64 * 1024 });
        let crc = 0;
        let size = 0;
        let failure;
        inflate.on('error', (error) => (failure = error));
        inflate.on('data', (chunk) => {
            if (stopped)
                return;
            crc = (0,external_node_zlib_.crc32)(chunk, crc);
            size += chunk.length;
            const waited = push(chunk);
            if (waited === 'stop') {
                stopped = true;
                inflate.destroy();
            }
            else if (waited) {
                inflate.pause();
                void waited.then(() => inflate.resume());
            }
        });
        const ended = new Promise((resolve) => {
            inflate.on('end', resolve);
            inflate.on('close', resolve);
        });
        let written = 0;
        for await (const slice of reader.slices(dataStart, reader.size)) {
            if (stopped || failure)
                break;
            await new Promise((resolve) => inflate.write(slice, () => resolve()));
            written += slice.length;
            // The raw inflater ignores input after the end of the deflate stream: that is the end.
            if (inflate.bytesWritten < written)
                break;
            if (inflate.writableNeedDrain)
                await Promise.race([(0,external_node_events_.once)(inflate, 'drain'), ended]);
        }
        if (!inflate.destroyed)
            inflate.end();
        await ended;
        if (stopped)
            break;
        if (failure) {
            outcome.damage = /unexpected end of file/.test(failure.message)
                ? 'Compressed file ended before the end-of-stream marker was reached'
                : `Error -3 while decompressing data: ${failure.message}`;
            break;
        }
        const memberEnd = dataStart + inflate.bytesWritten;
        const trailer = await reader.read(memberEnd, 8);
        if (trailer.length < 8) {
            outcome.damage = 'Compressed file ended before the end-of-stream marker was reached';
            break;
        }
        if (trailer.readUInt32LE(0) !== crc >>> 0) {
            outcome.checksum ??= `CRC check failed 0x${gzip_stream_hex(trailer.readUInt32LE(0))} != 0x${gzip_stream_hex(crc >>> 0)}`;
        }
        else if (trailer.readUInt32LE(4) !== size % 2 ** 32) {
            outcome.checksum ??= 'Incorrect length of data produced';
        }
        position = memberEnd + 8;
    }
    return outcome;
}
/** Where the deflate data of the member at `position` starts; undefined when no member starts there. */
async function memberDataStart(reader, position) {
    const head = await reader.read(position, 10);
    if (head.length < 10 || head[0] !== 0x1f || head[1] !== 0x8b || head[2] !== 8)
        return undefined;
    const flags = head[3];
    let at = position + 10;
    if (flags & FLAG_EXTRA) {
        const length = await reader.read(at, 2);
        if (length.length < 2)
            return undefined;
        at += 2 + length.readUInt16LE(0);
    }
    for (const flag of [FLAG_NAME, FLAG_COMMENT]) {
        if (!(flags & flag))
            continue;
        // A zero-terminated string; search in windows so a long one still ends somewhere.
        for (;;) {
            const window = await reader.read(at, 4096);
            if (window.length === 0)
                return undefined;
            const nul = window.indexOf(0);
            if (nul >= 0) {
                at += nul + 1;
                break;
            }
            at += window.length;
        }
    }
    if (flags & FLAG_HCRC)
        at += 2;
    return at <= reader.size ? at : undefined;
}
function gzip_stream_hex(value) {
    return value.toString(16).padStart(8, '0');
}

;// CONCATENATED MODULE: ./packages/core/src/distfiles/archive/tar-safety.ts
/**
 * The sdist spec requires unpacking with Python's `data` extraction filter (or equivalent), so a
 * member that filter refuses makes the sdist fail to unpack for pip and build (Python 3.14 uses it
 * by default). The filter's checks, done on names alone: paths are resolved through the links the
 * archive itself created earlier, as they would be on disk while extracting.
 */


// Deep enough for any real tree, low enough to stop link cycles.
const MAX_LINK_DEPTH = 40;
const OUTSIDE = Symbol('outside');
const tar_safety_FIX = {
    path: 'exclude the file from the sdist or fix the include pattern that reaches outside the project (MANIFEST.in, [tool.hatch.build.targets.sdist], [tool.setuptools])',
    link: 'replace the link with a copy of the file it points to, or exclude it from the sdist',
    special: 'exclude the device, FIFO or socket file from the sdist',
    setuid: 'clear the bit in the project (`chmod u-s,g-s <file>`, then commit the mode change) or exclude the file; unpackers clear it anyway',
};
/** Applies the `data` filter's checks member by member, in archive order. */
class DataFilterCheck {
    issues;
    symlinks = new Map();
    constructor(issues) {
        this.issues = issues;
    }
    /** Checks one member, then remembers it if it is a symlink later members may pass through. */
    check(member) {
        const about = { member: member.name };
        const name = member.name.replace(/^\/+/, '');
        if (name !== member.name) {
            this.issues.add(ARCHIVE_RULES.Z025, 'Members have absolute paths', tar_safety_FIX.path, {
                ...about,
                shown: `member ${quoteName(member.name)} has an absolute path`,
            });
        }
        const target = this.resolve(name.split('/'), 0);
        if (target === OUTSIDE) {
            this.issues.add(ARCHIVE_RULES.Z025, 'Members would be extracted outside the destination', tar_safety_FIX.path, {
                ...about,
                shown: `${quoteName(member.name)} would be extracted outside the destination`,
            });
        }
        if (member.type === 'symlink' || member.type === 'hardlink')
            this.checkLink(member, name);
        if (member.type === 'other') {
            this.issues.add(ARCHIVE_RULES.Z027, 'Members are special files', tar_safety_FIX.special, {
                ...about,
                shown: `${quoteName(member.name)} is a special file`,
            });
        }
        if ((member.type === 'file' || member.type === 'directory') && member.mode & 0o6000) {
            const bits = [member.mode & 0o4000 ? 'setuid' : '', member.mode & 0o2000 ? 'setgid' : ''].filter(Boolean);
            this.issues.add(ARCHIVE_RULES.Z028, 'Members have the setuid or setgid bit set', tar_safety_FIX.setuid, {
                ...about,
                shown: `${quoteName(member.name)} (${bits.join(' and ')}, mode ${member.mode.toString(8).padStart(4, '0')})`,
            });
        }
        if (member.type === 'symlink' && member.linkpath !== undefined) {
            // On disk the link lands where its parent directory really is, links included.
            const parts = name.split('/').filter((p) => p !== '' && p !== '.');
            const parent = this.resolve(parts.slice(0, -1), 0);
            if (parent !== OUTSIDE && parts.length > 0)
                this.symlinks.set([...parent, parts.at(-1)].join('/'), member.linkpath);
        }
    }
    checkLink(member, name) {
        const link = member.linkpath ?? '';
        const about = { member: member.name };
        if (link.startsWith('/')) {
            this.issues.add(ARCHIVE_RULES.Z026, 'Links point to absolute paths', tar_safety_FIX.link, {
                ...about,
                shown: `${quoteName(member.name)} is a link to an absolute path (${quoteName(link)})`,
            });
            return;
        }
        // A symlink is relative to its own directory, a hard link to the archive root.
        const base = member.type === 'symlink' ? name.split('/').slice(0, -1) : [];
        if (this.resolve([...base, ...link.split('/')], 0) === OUTSIDE) {
            this.issues.add(ARCHIVE_RULES.Z026, 'Links point outside the destination', tar_safety_FIX.link, {
                ...about,
                shown: `${quoteName(member.name)} would link to ${quoteName(link)}, which is outside the destination`,
            });
        }
    }
    /** Resolves path parts against the destination, following the archive's earlier symlinks. */
    resolve(parts, depth) {
        let out = [];
        for (const part of parts) {
            if (part === '' || part === '.')
                continue;
            if (part === '..') {
                if (out.length === 0)
                    return OUTSIDE;
                out.pop();
                continue;
            }
            out.push(part);
            const link = this.symlinks.get(out.join('/'));
            if (link === undefined)
                continue;
            if (link.startsWith('/'))
                return OUTSIDE;
            if (depth >= MAX_LINK_DEPTH)
                return out;
            const resolved = this.resolve([...out.slice(0, -1), ...link.split('/')], depth + 1);
            if (resolved === OUTSIDE)
                return OUTSIDE;
            out = resolved;
        }
        return out;
    }
}

;// CONCATENATED MODULE: ./packages/core/src/distfiles/archive/tar.ts
/**
 * Reading sdists (.tar.gz) in one streaming pass with node-tar's parser: the member list, the
 * bytes of the few members the checker needs, and what PyPI and the sdist spec refuse in the
 * container (not gzip or not tar, sparse members, no single top-level directory, no PKG-INFO,
 * members the `data` extraction filter rejects).
 */









/** Default bound on each kept member. */
const DEFAULT_KEEP_LIMIT = 32 * 1024 * 1024;
const tar_FIX = {
    notTar: 'upload the .tar.gz the build backend wrote (python -m build --sdist); do not rename or recompress other archives',
    damaged: 'rebuild the sdist and upload the file as built; it was damaged after the build',
    sparse: 'rebuild the sdist with a standard backend (they write pax archives without sparse members); sparse members come from GNU tar --sparse',
    root: 'build the sdist with a standard backend so every file sits under one `{name}-{version}/` directory',
    pkgInfo: 'build the sdist with a standard backend; it writes PKG-INFO (the core metadata) into the top-level directory',
    tooLarge: 'check what the build put into this file; an oversized PKG-INFO usually embeds a huge README as the long description',
};
const TYPES = {
    '0': 'file',
    '7': 'file',
    S: 'file',
    '5': 'directory',
    '2': 'symlink',
    '1': 'hardlink',
};
/**
 * One streaming pass: lists members, keeps the bytes of members for which keep(name) is true
 * (bounded by maxBytes each), and reports framing findings.
 */
async function readTarGz(path, keep, maxBytes = DEFAULT_KEEP_LIMIT) {
    const reader = await PositionedReader.open(path);
    try {
        return await readOpen(reader, keep, maxBytes);
    }
    finally {
        await reader.close();
    }
}
async function readOpen(reader, keep, maxBytes) {
    const members = [];
    const contents = new Map();
    const issues = new IssueCollector();
    const early = await sniff(reader);
    if (early)
        return { members, contents, findings: [early] };
    const filter = new DataFilterCheck(issues);
    // node-tar loads only when there is an sdist to read: a wheels-only run starts faster without it.
    const { Parser } = await __webpack_require__.e(/* import() */ 697).then(__webpack_require__.bind(__webpack_require__, 697));
    const parser = new Parser({ strict: false, brotli: false, zstd: false });
    let sparseNext = false;
    let sawSparse = false;
    let fatal;
    // tarfile ends the archive at the first damaged header: what PyPI sees stops there.
    let visible;
    const onMember = (entry) => {
        const rawType = entry.header.typeKey;
        const type = TYPES[rawType] ?? 'other';
        const sparse = sparseNext || rawType === 'S';
        sparseNext = false;
        // tarfile drops the trailing '/' of directory names; commonpath and getmember see them so.
        const name = type === 'directory' ? entry.path.replace(/(.)\/+$/, '$1') : entry.path;
        const member = { name, type, rawType, size: entry.size, mode: entry.mode ?? 0 };
        if (entry.linkpath !== undefined && (type === 'symlink' || type === 'hardlink'))
            member.linkpath = entry.linkpath;
        members.push(member);
        if (sparse) {
            sawSparse = true;
            issues.add(ARCHIVE_RULES.Z021, 'Invalid distribution file. tar archive not accepted: Sparse members are not allowed.', tar_FIX.sparse, { member: name });
        }
        filter.check(member);
        if (type === 'file' && !sparse && keep(name)) {
            if (entry.size > maxBytes) {
                issues.add(ARCHIVE_RULES.Z016, 'Members are larger than the checker reads', tar_FIX.tooLarge, {
                    member: name,
                    shown: `${quoteName(name)} is ${entry.size} bytes, the limit is ${maxBytes}`,
                });
            }
            else {
                const chunks = [];
                entry.on('data', (chunk) => chunks.push(chunk));
                entry.on('end', () => contents.set(name, Buffer.concat(chunks)));
                return;
            }
        }
        entry.resume();
    };
    parser.on('entry', onMember);
    parser.on('ignoredEntry', (entry) => {
        // Pax and GNU long-name headers that were too large to use are ignored meta entries, not members.
        if (!entry.meta)
            onMember(entry);
    });
    // Pax records arrive as text before the member they describe; tarfile calls a member with
    // GNU.sparse.* records sparse (GNU tar's pax sparse formats 0.0, 0.1 and 1.0).
    parser.on('meta', (text) => {
        if (/(^|\n)\d+ GNU\.sparse\./.test(text))
            sparseNext = true;
    });
    parser.on('warn', (code, message) => {
        if (code === 'TAR_ENTRY_INVALID') {
            // A sparse member's map can continue in extra header blocks node-tar does not know.
            if (!sawSparse) {
                visible ??= members.length;
                issues.add(ARCHIVE_RULES.Z029, 'Damaged tar headers', tar_FIX.damaged, {
                    detail: `${String(message)} after ${visible === 0 ? 'the start' : quoteName(members[visible - 1].name)}`,
                });
            }
        }
        else if (code === 'TAR_BAD_ARCHIVE' || code === 'TAR_ABORT') {
            fatal ??= notTar(String(message));
        }
    });
    // tarfile stops at the end-of-archive blocks; damage to the gzip stream after them goes unseen.
    let sawEnd = false;
    parser.on('eof', () => (sawEnd = true));
    const finished = (0,external_node_events_.once)(parser, 'end');
    const fed = await feed(reader, parser, () => sawEnd);
    if (fed.notTar)
        return { members, contents, findings: [fed.notTar] };
    await finished;
    fatal = fed.damage ?? fatal;
    if (fed.checksum)
        issues.add(ARCHIVE_RULES.Z029, fed.checksum.message, tar_FIX.damaged);
    const seen = members.slice(0, visible);
    const common = commonPath(seen.map((m) => m.name));
    const root = common === undefined || common === '' || common === '.' || common === '/' ? undefined : common;
    if (fatal)
        return { members, contents, findings: [fatal, ...issues.findings()], ...(root ? { root } : {}) };
    const findings = [...issues.findings()];
    const sparseIndex = findings.findIndex((f) => f.code === 'Z021');
    // Warehouse reports sparse members before the layout; keep its order for the first two rules.
    if (sparseIndex > 0)
        findings.unshift(...findings.splice(sparseIndex, 1));
    findings.push(...layoutFindings(seen, root));
    return { members, contents, findings, ...(root ? { root } : {}) };
}
/** Checks what can be told before decompressing: gzip magic, and the zip-and-tar polyglot. */
async function sniff(reader) {
    const head = await reader.read(0, 512);
    if (!isGzip(head)) {
        return notTar(isTarHeader(head)
            ? 'it is an uncompressed tar; PyPI opens sdists as gzip-compressed tar (r:gz)'
            : reader.size === 0
                ? 'it is empty'
                : 'it is not gzip-compressed');
    }
    if (await readsAsZip(reader)) {
        return finding(ARCHIVE_RULES.Z002, 'Invalid distribution file. File is both a zip and a tar file: a ZIP end-of-central-directory record is in its last 64 KiB.', 'upload the sdist exactly as the backend wrote it; something appended ZIP data to it');
    }
    return undefined;
}
/**
 * Decompresses the file into the parser and ends it. `notTar` when the stream holds no tar (its
 * first block is not a header tarfile accepts; the parser is then left alone), `damage` when the
 * gzip stream breaks before the tar's end, `checksum` when a gzip CRC-32 or length is wrong.
 */
async function feed(reader, parser, tarEnded) {
    // The first block decides whether tarfile calls it a tar at all; hold data back until it is in.
    let head = Buffer.alloc(0);
    let notTarYet;
    const outcome = await gunzipFile(reader, (chunk) => {
        let data = chunk;
        if (head) {
            head = Buffer.concat([head, chunk]);
            if (head.length < 512)
                return;
            if (isGzip(head) || !isTarHeader(head)) {
                notTarYet = notTar('the gzip stream does not hold a tar archive');
                return 'stop';
            }
            data = head;
            head = undefined;
        }
        if (!parser.write(data))
            return (0,external_node_events_.once)(parser, 'drain').then(() => undefined);
        return undefined;
    });
    if (notTarYet)
        return { notTar: notTarYet };
    if (outcome.notGzip)
        return { notTar: notTar('it is not gzip-compressed') };
    if (head) {
        if (outcome.damage)
            return { notTar: notTar(`the gzip stream is damaged: ${outcome.damage}`) };
        return { notTar: notTar(head.length === 0 ? 'the gzip stream is empty' : 'it is too short') };
    }
    parser.end();
    const result = {};
    // Damage after the tar's end blocks is never read by tarfile, so PyPI accepts it.
    if (outcome.damage && !tarEnded())
        result.damage = notTar(`the gzip stream is damaged: ${outcome.damage}`);
    if (outcome.checksum) {
        result.checksum = finding(ARCHIVE_RULES.Z029, `The gzip stream is damaged: ${outcome.checksum}.`, tar_FIX.damaged);
    }
    return result;
}
function notTar(detail) {
    return finding(ARCHIVE_RULES.Z020, `Invalid distribution file. File is not a tarfile (${detail}).`, tar_FIX.notTar);
}
/** Warehouse's top-level directory and PKG-INFO checks. */
function layoutFindings(members, root) {
    if (root === undefined) {
        const tops = [
            ...new Set(members.map((m) => m.name.split('/').find((p) => p !== '' && p !== '.') ?? m.name)),
        ];
        return [
            finding(ARCHIVE_RULES.Z022, `Invalid distribution file. Incorrect number of top-level directories in sdist: ${tops.length === 0 ? 'the archive is empty' : `found ${listNames(tops)}`}.`, tar_FIX.root, tops),
        ];
    }
    const target = `${root}/PKG-INFO`;
    const pkgInfo = members.filter((m) => m.name === target).at(-1);
    if (!pkgInfo) {
        return [
            finding(ARCHIVE_RULES.Z023, `Invalid distribution file. PKG-INFO not found at ${target}.`, tar_FIX.pkgInfo, [target]),
        ];
    }
    if (pkgInfo.type !== 'file') {
        return [
            finding(ARCHIVE_RULES.Z024, `${quoteName(target)} is a ${pkgInfo.type === 'other' ? 'special file' : pkgInfo.type}, not a regular file.`, tar_FIX.pkgInfo, [target]),
        ];
    }
    return [];
}
/**
 * Python's os.path.commonpath of the names: '' and '.' parts are ignored; mixing absolute and
 * relative names has no common path (undefined).
 */
function commonPath(names) {
    if (names.length === 0)
        return undefined;
    const absolute = names[0].startsWith('/');
    if (names.some((n) => n.startsWith('/') !== absolute))
        return undefined;
    let common;
    for (const name of names) {
        const parts = name.split('/').filter((p) => p !== '' && p !== '.');
        if (!common) {
            common = parts;
            continue;
        }
        let i = 0;
        while (i < common.length && i < parts.length && common[i] === parts[i])
            i++;
        common = common.slice(0, i);
    }
    return (absolute ? '/' : '') + common.join('/');
}

;// CONCATENATED MODULE: ./packages/core/src/distfiles/archive/index.ts
/** Streaming readers of distribution archives (wheels as ZIP, sdists as tar.gz) and the Z rules. */





;// CONCATENATED MODULE: ./packages/core/src/distfiles/metadata/trove-classifiers.generated.ts
// Generated by scripts/gen-classifiers.mjs from trove-classifiers 2026.9.21.13; do not edit.
// To update: node scripts/gen-classifiers.mjs NEW_VERSION (and change PINNED there).
/** The trove-classifiers release this list comes from. */
const TROVE_CLASSIFIERS_VERSION = '2026.9.21.13';
/** Every classifier PyPI accepts, sorted. */
const VALID_CLASSIFIERS = [
    'Development Status :: 1 - Planning',
    'Development Status :: 2 - Pre-Alpha',
    'Development Status :: 3 - Alpha',
    'Development Status :: 4 - Beta',
    'Development Status :: 5 - Production/Stable',
    'Development Status :: 6 - Mature',
    'Development Status :: 7 - Inactive',
    'Environment :: Console',
    'Environment :: Console :: Curses',
    'Environment :: Console :: Framebuffer',
    'Environment :: Console :: Newt',
    'Environment :: Console :: svgalib',
    'Environment :: Cygwin (MS Windows)',
    'Environment :: GPU',
    'Environment :: GPU :: NVIDIA CUDA',
    'Environment :: GPU :: NVIDIA CUDA :: 1.0',
    'Environment :: GPU :: NVIDIA CUDA :: 1.1',
    'Environment :: GPU :: NVIDIA CUDA :: 10.0',
    'Environment :: GPU :: NVIDIA CUDA :: 10.1',
    'Environment :: GPU :: NVIDIA CUDA :: 10.2',
    'Environment :: GPU :: NVIDIA CUDA :: 11',
    'Environment :: GPU :: NVIDIA CUDA :: 11.0',
    'Environment :: GPU :: NVIDIA CUDA :: 11.1',
    'Environment :: GPU :: NVIDIA CUDA :: 11.2',
    'Environment :: GPU :: NVIDIA CUDA :: 11.3',
    'Environment :: GPU :: NVIDIA CUDA :: 11.4',
    'Environment :: GPU :: NVIDIA CUDA :: 11.5',
    'Environment :: GPU :: NVIDIA CUDA :: 11.6',
    'Environment :: GPU :: NVIDIA CUDA :: 11.7',
    'Environment :: GPU :: NVIDIA CUDA :: 11.8',
    'Environment :: GPU :: NVIDIA CUDA :: 12',
    'Environment :: GPU :: NVIDIA CUDA :: 12 :: 12.0',
    'Environment :: GPU :: NVIDIA CUDA :: 12 :: 12.1',
    'Environment :: GPU :: NVIDIA CUDA :: 12 :: 12.2',
    'Environment :: GPU :: NVIDIA CUDA :: 12 :: 12.3',
    'Environment :: GPU :: NVIDIA CUDA :: 12 :: 12.4',
    'Environment :: GPU :: NVIDIA CUDA :: 12 :: 12.5',
    'Environment :: GPU :: NVIDIA CUDA :: 12 :: 12.6',
    'Environment :: GPU :: NVIDIA CUDA :: 13',
    'Environment :: GPU :: NVIDIA CUDA :: 2.0',
    'Environment :: GPU :: NVIDIA CUDA :: 2.1',
    'Environment :: GPU :: NVIDIA CUDA :: 2.2',
    'Environment :: GPU :: NVIDIA CUDA :: 2.3',
    'Environment :: GPU :: NVIDIA CUDA :: 3.0',
    'Environment :: GPU :: NVIDIA CUDA :: 3.1',
    'Environment :: GPU :: NVIDIA CUDA :: 3.2',
    'Environment :: GPU :: NVIDIA CUDA :: 4.0',
    'Environment :: GPU :: NVIDIA CUDA :: 4.1',
    'Environment :: GPU :: NVIDIA CUDA :: 4.2',
    'Environment :: GPU :: NVIDIA CUDA :: 5.0',
    'Environment :: GPU :: NVIDIA CUDA :: 5.5',
    'Environment :: GPU :: NVIDIA CUDA :: 6.0',
    'Environment :: GPU :: NVIDIA CUDA :: 6.5',
    'Environment :: GPU :: NVIDIA CUDA :: 7.0',
    'Environment :: GPU :: NVIDIA CUDA :: 7.5',
    'Environment :: GPU :: NVIDIA CUDA :: 8.0',
    'Environment :: GPU :: NVIDIA CUDA :: 9.0',
    'Environment :: GPU :: NVIDIA CUDA :: 9.1',
    'Environment :: GPU :: NVIDIA CUDA :: 9.2',
    "Environment :: Handhelds/PDA's",
    'Environment :: MacOS X',
    'Environment :: MacOS X :: Aqua',
    'Environment :: MacOS X :: Carbon',
    'Environment :: MacOS X :: Cocoa',
    'Environment :: No Input/Output (Daemon)',
    'Environment :: OpenStack',
    'Environment :: Other Environment',
    'Environment :: Plugins',
    'Environment :: Web Environment',
    'Environment :: Web Environment :: Buffet',
    'Environment :: Web Environment :: Mozilla',
    'Environment :: Web Environment :: ToscaWidgets',
    'Environment :: WebAssembly',
    'Environment :: WebAssembly :: Emscripten',
    'Environment :: WebAssembly :: WASI',
    'Environment :: Win32 (MS Windows)',
    'Environment :: X11 Applications',
    'Environment :: X11 Applications :: GTK',
    'Environment :: X11 Applications :: Gnome',
    'Environment :: X11 Applications :: KDE',
    'Environment :: X11 Applications :: Qt',
    'Framework :: AWS CDK',
    'Framework :: AWS CDK :: 1',
    'Framework :: AWS CDK :: 2',
    'Framework :: AiiDA',
    'Framework :: Ansible',
    'Framework :: AnyIO',
    'Framework :: Apache Airflow',
    'Framework :: Apache Airflow :: Provider',
    'Framework :: AsyncIO',
    'Framework :: BEAT',
    'Framework :: BFG',
    'Framework :: Bob',
    'Framework :: Bottle',
    'Framework :: Buildout',
    'Framework :: Buildout :: Extension',
    'Framework :: Buildout :: Recipe',
    'Framework :: CastleCMS',
    'Framework :: CastleCMS :: Theme',
    'Framework :: Celery',
    'Framework :: Chandler',
    'Framework :: CherryPy',
    'Framework :: CubicWeb',
    'Framework :: Dash',
    'Framework :: Datasette',
    'Framework :: Django',
    'Framework :: Django :: 1',
    'Framework :: Django :: 1.10',
    'Framework :: Django :: 1.11',
    'Framework :: Django :: 1.4',
    'Framework :: Django :: 1.5',
    'Framework :: Django :: 1.6',
    'Framework :: Django :: 1.7',
    'Framework :: Django :: 1.8',
    'Framework :: Django :: 1.9',
    'Framework :: Django :: 2',
    'Framework :: Django :: 2.0',
    'Framework :: Django :: 2.1',
    'Framework :: Django :: 2.2',
    'Framework :: Django :: 3',
    'Framework :: Django :: 3.0',
    'Framework :: Django :: 3.1',
    'Framework :: Django :: 3.2',
    'Framework :: Django :: 4',
    'Framework :: Django :: 4.0',
    'Framework :: Django :: 4.1',
    'Framework :: Django :: 4.2',
    'Framework :: Django :: 5',
    'Framework :: Django :: 5.0',
    'Framework :: Django :: 5.1',
    'Framework :: Django :: 5.2',
    'Framework :: Django :: 6',
    'Framework :: Django :: 6.0',
    'Framework :: Django :: 6.1',
    'Framework :: Django CMS',
    'Framework :: Django CMS :: 3.10',
    'Framework :: Django CMS :: 3.11',
    'Framework :: Django CMS :: 3.4',
    'Framework :: Django CMS :: 3.5',
    'Framework :: Django CMS :: 3.6',
    'Framework :: Django CMS :: 3.7',
    'Framework :: Django CMS :: 3.8',
    'Framework :: Django CMS :: 3.9',
    'Framework :: Django CMS :: 4.0',
    'Framework :: Django CMS :: 4.1',
    'Framework :: Django CMS :: 5.0',
    'Framework :: Django CMS :: 5.1',
    'Framework :: FastAPI',
    'Framework :: Flake8',
    'Framework :: Flask',
    'Framework :: Hatch',
    'Framework :: Hypothesis',
    'Framework :: IDLE',
    'Framework :: IPython',
    'Framework :: InvenTree',
    'Framework :: Jupyter',
    'Framework :: Jupyter :: JupyterLab',
    'Framework :: Jupyter :: JupyterLab :: 1',
    'Framework :: Jupyter :: JupyterLab :: 2',
    'Framework :: Jupyter :: JupyterLab :: 3',
    'Framework :: Jupyter :: JupyterLab :: 4',
    'Framework :: Jupyter :: JupyterLab :: Extensions',
    'Framework :: Jupyter :: JupyterLab :: Extensions :: Mime Renderers',
    'Framework :: Jupyter :: JupyterLab :: Extensions :: Prebuilt',
    'Framework :: Jupyter :: JupyterLab :: Extensions :: Themes',
    'Framework :: Kedro',
    'Framework :: Lektor',
    'Framework :: Litestar',
    'Framework :: Litestar :: 1',
    'Framework :: Litestar :: 2',
    'Framework :: Litestar :: 3',
    'Framework :: Masonite',
    'Framework :: Matplotlib',
    'Framework :: MkDocs',
    'Framework :: Nengo',
    'Framework :: Odoo',
    'Framework :: Odoo :: 10.0',
    'Framework :: Odoo :: 11.0',
    'Framework :: Odoo :: 12.0',
    'Framework :: Odoo :: 13.0',
    'Framework :: Odoo :: 14.0',
    'Framework :: Odoo :: 15.0',
    'Framework :: Odoo :: 16.0',
    'Framework :: Odoo :: 17.0',
    'Framework :: Odoo :: 18.0',
    'Framework :: Odoo :: 19.0',
    'Framework :: Odoo :: 20.0',
    'Framework :: Odoo :: 8.0',
    'Framework :: Odoo :: 9.0',
    'Framework :: OpenTelemetry',
    'Framework :: OpenTelemetry :: Distros',
    'Framework :: OpenTelemetry :: Exporters',
    'Framework :: OpenTelemetry :: Instrumentations',
    'Framework :: Opps',
    'Framework :: Paste',
    'Framework :: Pelican',
    'Framework :: Pelican :: Plugins',
    'Framework :: Pelican :: Themes',
    'Framework :: Plone',
    'Framework :: Plone :: 3.2',
    'Framework :: Plone :: 3.3',
    'Framework :: Plone :: 4.0',
    'Framework :: Plone :: 4.1',
    'Framework :: Plone :: 4.2',
    'Framework :: Plone :: 4.3',
    'Framework :: Plone :: 5.0',
    'Framework :: Plone :: 5.1',
    'Framework :: Plone :: 5.2',
    'Framework :: Plone :: 5.3',
    'Framework :: Plone :: 6.0',
    'Framework :: Plone :: 6.1',
    'Framework :: Plone :: 6.2',
    'Framework :: Plone :: 6.3',
    'Framework :: Plone :: Addon',
    'Framework :: Plone :: Core',
    'Framework :: Plone :: Distribution',
    'Framework :: Plone :: Theme',
    'Framework :: PySimpleGUI',
    'Framework :: PySimpleGUI :: 4',
    'Framework :: PySimpleGUI :: 5',
    'Framework :: Pycsou',
    'Framework :: Pydantic',
    'Framework :: Pydantic :: 1',
    'Framework :: Pydantic :: 2',
    'Framework :: Pylons',
    'Framework :: Pyodide',
    'Framework :: Pyramid',
    'Framework :: Pytest',
    'Framework :: Review Board',
    'Framework :: Robot Framework',
    'Framework :: Robot Framework :: Library',
    'Framework :: Robot Framework :: Tool',
    'Framework :: Scrapy',
    'Framework :: Setuptools Plugin',
    'Framework :: Sphinx',
    'Framework :: Sphinx :: Domain',
    'Framework :: Sphinx :: Extension',
    'Framework :: Sphinx :: Theme',
    'Framework :: Trac',
    'Framework :: Trio',
    'Framework :: Tryton',
    'Framework :: TurboGears',
    'Framework :: TurboGears :: Applications',
    'Framework :: TurboGears :: Widgets',
    'Framework :: Twisted',
    'Framework :: Wagtail',
    'Framework :: Wagtail :: 1',
    'Framework :: Wagtail :: 2',
    'Framework :: Wagtail :: 3',
    'Framework :: Wagtail :: 4',
    'Framework :: Wagtail :: 5',
    'Framework :: Wagtail :: 6',
    'Framework :: Wagtail :: 7',
    'Framework :: Wagtail :: 8',
    'Framework :: ZODB',
    'Framework :: Zope',
    'Framework :: Zope :: 2',
    'Framework :: Zope :: 3',
    'Framework :: Zope :: 4',
    'Framework :: Zope :: 5',
    'Framework :: Zope :: 6',
    'Framework :: Zope2',
    'Framework :: Zope3',
    'Framework :: aiohttp',
    'Framework :: cocotb',
    'Framework :: napari',
    'Framework :: tox',
    'Intended Audience :: Customer Service',
    'Intended Audience :: Developers',
    'Intended Audience :: Education',
    'Intended Audience :: End Users/Desktop',
    'Intended Audience :: Financial and Insurance Industry',
    'Intended Audience :: Healthcare Industry',
    'Intended Audience :: Information Technology',
    'Intended Audience :: Legal Industry',
    'Intended Audience :: Manufacturing',
    'Intended Audience :: Other Audience',
    'Intended Audience :: Religion',
    'Intended Audience :: Science/Research',
    'Intended Audience :: System Administrators',
    'Intended Audience :: Telecommunications Industry',
    'License :: Aladdin Free Public License (AFPL)',
    'License :: CC0 1.0 Universal (CC0 1.0) Public Domain Dedication',
    'License :: CeCILL-B Free Software License Agreement (CECILL-B)',
    'License :: CeCILL-C Free Software License Agreement (CECILL-C)',
    'License :: DFSG approved',
    'License :: Eiffel Forum License (EFL)',
    'License :: Free For Educational Use',
    'License :: Free For Home Use',
    'License :: Free To Use But Restricted',
    'License :: Free for non-commercial use',
    'License :: Freely Distributable',
    'License :: Freeware',
    'License :: GUST Font License 1.0',
    'License :: GUST Font License 2006-09-30',
    'License :: Netscape Public License (NPL)',
    'License :: Nokia Open Source License (NOKOS)',
    'License :: OSI Approved',
    'License :: OSI Approved :: Academic Free License (AFL)',
    'License :: OSI Approved :: Apache Software License',
    'License :: OSI Approved :: Apple Public Source License',
    'License :: OSI Approved :: Artistic License',
    'License :: OSI Approved :: Attribution Assurance License',
    'License :: OSI Approved :: BSD License',
    'License :: OSI Approved :: Blue Oak Model License (BlueOak-1.0.0)',
    'License :: OSI Approved :: Boost Software License 1.0 (BSL-1.0)',
    'License :: OSI Approved :: CEA CNRS Inria Logiciel Libre License, version 2.1 (CeCILL-2.1)',
    'License :: OSI Approved :: CMU License (MIT-CMU)',
    'License :: OSI Approved :: Common Development and Distribution License 1.0 (CDDL-1.0)',
    'License :: OSI Approved :: Common Public License',
    'License :: OSI Approved :: Eclipse Public License 1.0 (EPL-1.0)',
    'License :: OSI Approved :: Eclipse Public License 2.0 (EPL-2.0)',
    'License :: OSI Approved :: Educational Community License, Version 2.0 (ECL-2.0)',
    'License :: OSI Approved :: Eiffel Forum License',
    'License :: OSI Approved :: European Union Public Licence 1.0 (EUPL 1.0)',
    'License :: OSI Approved :: European Union Public Licence 1.1 (EUPL 1.1)',
    'License :: OSI Approved :: European Union Public Licence 1.2 (EUPL 1.2)',
    'License :: OSI Approved :: GNU Affero General Public License v3',
    'License :: OSI Approved :: GNU Affero General Public License v3 or later (AGPLv3+)',
    'License :: OSI Approved :: GNU Free Documentation License (FDL)',
    'License :: OSI Approved :: GNU General Public License (GPL)',
    'License :: OSI Approved :: GNU General Public License v2 (GPLv2)',
    'License :: OSI Approved :: GNU General Public License v2 or later (GPLv2+)',
    'License :: OSI Approved :: GNU General Public License v3 (GPLv3)',
    'License :: OSI Approved :: GNU General Public License v3 or later (GPLv3+)',
    'License :: OSI Approved :: GNU Lesser General Public License v2 (LGPLv2)',
    'License :: OSI Approved :: GNU Lesser General Public License v2 or later (LGPLv2+)',
    'License :: OSI Approved :: GNU Lesser General Public License v3 (LGPLv3)',
    'License :: OSI Approved :: GNU Lesser General Public License v3 or later (LGPLv3+)',
    'License :: OSI Approved :: GNU Library or Lesser General Public License (LGPL)',
    'License :: OSI Approved :: Historical Permission Notice and Disclaimer (HPND)',
    'License :: OSI Approved :: IBM Public License',
    'License :: OSI Approved :: ISC License (ISCL)',
    'License :: OSI Approved :: MIT License',
    'License :: OSI Approved :: MIT No Attribution License (MIT-0)',
    'License :: OSI Approved :: MirOS License (MirOS)',
    'License :: OSI Approved :: Motosoto License',
    'License :: OSI Approved :: Mozilla Public License 1.0 (MPL)',
    'License :: OSI Approved :: Mozilla Public License 1.1 (MPL 1.1)',
    'License :: OSI Approved :: Mozilla Public License 2.0 (MPL 2.0)',
    'License :: OSI Approved :: Mulan Permissive Software License v2 (MulanPSL-2.0)',
    'License :: OSI Approved :: NASA Open Source Agreement v1.3 (NASA-1.3)',
    'License :: OSI Approved :: Nethack General Public License',
    'License :: OSI Approved :: Nokia Open Source License',
    'License :: OSI Approved :: Open Group Test Suite License',
    'License :: OSI Approved :: Open Software License 3.0 (OSL-3.0)',
    'License :: OSI Approved :: PostgreSQL License',
    'License :: OSI Approved :: Python License (CNRI Python License)',
    'License :: OSI Approved :: Python Software Foundation License',
    'License :: OSI Approved :: Qt Public License (QPL)',
    'License :: OSI Approved :: Ricoh Source Code Public License',
    'License :: OSI Approved :: SIL Open Font License 1.1 (OFL-1.1)',
    'License :: OSI Approved :: Sleepycat License',
    'License :: OSI Approved :: Sun Public License',
    'License :: OSI Approved :: The Unlicense (Unlicense)',
    'License :: OSI Approved :: Universal Permissive License (UPL)',
    'License :: OSI Approved :: University of Illinois/NCSA Open Source License',
    'License :: OSI Approved :: Vovida Software License 1.0',
    'License :: OSI Approved :: W3C License',
    'License :: OSI Approved :: Zero-Clause BSD (0BSD)',
    'License :: OSI Approved :: Zope Public License',
    'License :: OSI Approved :: zlib/libpng License',
    'License :: Other/Proprietary License',
    'License :: Public Domain',
    'License :: Repoze Public License',
    'Natural Language :: Afrikaans',
    'Natural Language :: Arabic',
    'Natural Language :: Armenian',
    'Natural Language :: Basque',
    'Natural Language :: Bengali',
    'Natural Language :: Bosnian',
    'Natural Language :: Bulgarian',
    'Natural Language :: Cantonese',
    'Natural Language :: Catalan',
    'Natural Language :: Catalan (Valencian)',
    'Natural Language :: Chinese (Simplified)',
    'Natural Language :: Chinese (Traditional)',
    'Natural Language :: Croatian',
    'Natural Language :: Czech',
    'Natural Language :: Danish',
    'Natural Language :: Dutch',
    'Natural Language :: English',
    'Natural Language :: Esperanto',
    'Natural Language :: Estonian',
    'Natural Language :: Finnish',
    'Natural Language :: French',
    'Natural Language :: Galician',
    'Natural Language :: Georgian',
    'Natural Language :: German',
    'Natural Language :: Greek',
    'Natural Language :: Hebrew',
    'Natural Language :: Hindi',
    'Natural Language :: Hungarian',
    'Natural Language :: Icelandic',
    'Natural Language :: Indonesian',
    'Natural Language :: Irish',
    'Natural Language :: Italian',
    'Natural Language :: Japanese',
    'Natural Language :: Javanese',
    'Natural Language :: Korean',
    'Natural Language :: Latin',
    'Natural Language :: Latvian',
    'Natural Language :: Lithuanian',
    'Natural Language :: Macedonian',
    'Natural Language :: Malay',
    'Natural Language :: Marathi',
    'Natural Language :: Nepali',
    'Natural Language :: Norwegian',
    'Natural Language :: Panjabi',
    'Natural Language :: Persian',
    'Natural Language :: Polish',
    'Natural Language :: Portuguese',
    'Natural Language :: Portuguese (Brazilian)',
    'Natural Language :: Romanian',
    'Natural Language :: Russian',
    'Natural Language :: Serbian',
    'Natural Language :: Slovak',
    'Natural Language :: Slovenian',
    'Natural Language :: Spanish',
    'Natural Language :: Swedish',
    'Natural Language :: Tamil',
    'Natural Language :: Telugu',
    'Natural Language :: Thai',
    'Natural Language :: Tibetan',
    'Natural Language :: Turkish',
    'Natural Language :: Ukrainian',
    'Natural Language :: Urdu',
    'Natural Language :: Vietnamese',
    'Natural Language :: Yiddish',
    'Operating System :: Android',
    'Operating System :: BeOS',
    'Operating System :: MacOS',
    'Operating System :: MacOS :: MacOS 9',
    'Operating System :: MacOS :: MacOS X',
    'Operating System :: Microsoft',
    'Operating System :: Microsoft :: MS-DOS',
    'Operating System :: Microsoft :: Windows',
    'Operating System :: Microsoft :: Windows :: Windows 10',
    'Operating System :: Microsoft :: Windows :: Windows 11',
    'Operating System :: Microsoft :: Windows :: Windows 3.1 or Earlier',
    'Operating System :: Microsoft :: Windows :: Windows 7',
    'Operating System :: Microsoft :: Windows :: Windows 8',
    'Operating System :: Microsoft :: Windows :: Windows 8.1',
    'Operating System :: Microsoft :: Windows :: Windows 95/98/2000',
    'Operating System :: Microsoft :: Windows :: Windows CE',
    'Operating System :: Microsoft :: Windows :: Windows NT/2000',
    'Operating System :: Microsoft :: Windows :: Windows Server 2003',
    'Operating System :: Microsoft :: Windows :: Windows Server 2008',
    'Operating System :: Microsoft :: Windows :: Windows Vista',
    'Operating System :: Microsoft :: Windows :: Windows XP',
    'Operating System :: OS Independent',
    'Operating System :: OS/2',
    'Operating System :: Other OS',
    'Operating System :: PDA Systems',
    'Operating System :: POSIX',
    'Operating System :: POSIX :: AIX',
    'Operating System :: POSIX :: BSD',
    'Operating System :: POSIX :: BSD :: BSD/OS',
    'Operating System :: POSIX :: BSD :: FreeBSD',
    'Operating System :: POSIX :: BSD :: NetBSD',
    'Operating System :: POSIX :: BSD :: OpenBSD',
    'Operating System :: POSIX :: GNU Hurd',
    'Operating System :: POSIX :: HP-UX',
    'Operating System :: POSIX :: IRIX',
    'Operating System :: POSIX :: Linux',
    'Operating System :: POSIX :: Other',
    'Operating System :: POSIX :: SCO',
    'Operating System :: POSIX :: SunOS/Solaris',
    'Operating System :: PalmOS',
    'Operating System :: RISC OS',
    'Operating System :: Unix',
    'Operating System :: iOS',
    'Programming Language :: APL',
    'Programming Language :: ASP',
    'Programming Language :: Ada',
    'Programming Language :: Assembly',
    'Programming Language :: Awk',
    'Programming Language :: Basic',
    'Programming Language :: C',
    'Programming Language :: C#',
    'Programming Language :: C++',
    'Programming Language :: Cold Fusion',
    'Programming Language :: Cython',
    'Programming Language :: D',
    'Programming Language :: Delphi/Kylix',
    'Programming Language :: Dylan',
    'Programming Language :: Eiffel',
    'Programming Language :: Emacs-Lisp',
    'Programming Language :: Erlang',
    'Programming Language :: Euler',
    'Programming Language :: Euphoria',
    'Programming Language :: F#',
    'Programming Language :: Forth',
    'Programming Language :: Fortran',
    'Programming Language :: Go',
    'Programming Language :: Haskell',
    'Programming Language :: Hy',
    'Programming Language :: Java',
    'Programming Language :: JavaScript',
    'Programming Language :: Kotlin',
    'Programming Language :: Lisp',
    'Programming Language :: Logo',
    'Programming Language :: Lua',
    'Programming Language :: ML',
    'Programming Language :: Modula',
    'Programming Language :: OCaml',
    'Programming Language :: Object Pascal',
    'Programming Language :: Objective C',
    'Programming Language :: Other',
    'Programming Language :: Other Scripting Engines',
    'Programming Language :: PHP',
    'Programming Language :: PL/SQL',
    'Programming Language :: PROGRESS',
    'Programming Language :: Pascal',
    'Programming Language :: Perl',
    'Programming Language :: Pike',
    'Programming Language :: Pliant',
    'Programming Language :: Prolog',
    'Programming Language :: Python',
    'Programming Language :: Python :: 2',
    'Programming Language :: Python :: 2 :: Only',
    'Programming Language :: Python :: 2.3',
    'Programming Language :: Python :: 2.4',
    'Programming Language :: Python :: 2.5',
    'Programming Language :: Python :: 2.6',
    'Programming Language :: Python :: 2.7',
    'Programming Language :: Python :: 3',
    'Programming Language :: Python :: 3 :: Only',
    'Programming Language :: Python :: 3.0',
    'Programming Language :: Python :: 3.1',
    'Programming Language :: Python :: 3.10',
    'Programming Language :: Python :: 3.11',
    'Programming Language :: Python :: 3.12',
    'Programming Language :: Python :: 3.13',
    'Programming Language :: Python :: 3.14',
    'Programming Language :: Python :: 3.15',
    'Programming Language :: Python :: 3.16',
    'Programming Language :: Python :: 3.2',
    'Programming Language :: Python :: 3.3',
    'Programming Language :: Python :: 3.4',
    'Programming Language :: Python :: 3.5',
    'Programming Language :: Python :: 3.6',
    'Programming Language :: Python :: 3.7',
    'Programming Language :: Python :: 3.8',
    'Programming Language :: Python :: 3.9',
    'Programming Language :: Python :: Free Threading',
    'Programming Language :: Python :: Free Threading :: 1 - Unstable',
    'Programming Language :: Python :: Free Threading :: 2 - Beta',
    'Programming Language :: Python :: Free Threading :: 3 - Stable',
    'Programming Language :: Python :: Free Threading :: 4 - Resilient',
    'Programming Language :: Python :: Implementation',
    'Programming Language :: Python :: Implementation :: CPython',
    'Programming Language :: Python :: Implementation :: GraalPy',
    'Programming Language :: Python :: Implementation :: IronPython',
    'Programming Language :: Python :: Implementation :: Jython',
    'Programming Language :: Python :: Implementation :: MicroPython',
    'Programming Language :: Python :: Implementation :: PyPy',
    'Programming Language :: Python :: Implementation :: Stackless',
    'Programming Language :: R',
    'Programming Language :: REBOL',
    'Programming Language :: Rexx',
    'Programming Language :: Ruby',
    'Programming Language :: Rust',
    'Programming Language :: SQL',
    'Programming Language :: Scheme',
    'Programming Language :: Simula',
    'Programming Language :: Smalltalk',
    'Programming Language :: Tcl',
    'Programming Language :: Unix Shell',
    'Programming Language :: Visual Basic',
    'Programming Language :: XBasic',
    'Programming Language :: YACC',
    'Programming Language :: Zig',
    'Programming Language :: Zope',
    'Topic :: Adaptive Technologies',
    'Topic :: Artistic Software',
    'Topic :: Communications',
    'Topic :: Communications :: BBS',
    'Topic :: Communications :: Chat',
    'Topic :: Communications :: Chat :: ICQ',
    'Topic :: Communications :: Chat :: Internet Relay Chat',
    'Topic :: Communications :: Chat :: Unix Talk',
    'Topic :: Communications :: Conferencing',
    'Topic :: Communications :: Email',
    'Topic :: Communications :: Email :: Address Book',
    'Topic :: Communications :: Email :: Email Clients (MUA)',
    'Topic :: Communications :: Email :: Filters',
    'Topic :: Communications :: Email :: Mail Transport Agents',
    'Topic :: Communications :: Email :: Mailing List Servers',
    'Topic :: Communications :: Email :: Post-Office',
    'Topic :: Communications :: Email :: Post-Office :: IMAP',
    'Topic :: Communications :: Email :: Post-Office :: POP3',
    'Topic :: Communications :: FIDO',
    'Topic :: Communications :: Fax',
    'Topic :: Communications :: File Sharing',
    'Topic :: Communications :: File Sharing :: Gnutella',
    'Topic :: Communications :: File Sharing :: Napster',
    'Topic :: Communications :: Ham Radio',
    'Topic :: Communications :: Internet Phone',
    'Topic :: Communications :: Telephony',
    'Topic :: Communications :: Usenet News',
    'Topic :: Database',
    'Topic :: Database :: Database Engines/Servers',
    'Topic :: Database :: Front-Ends',
    'Topic :: Desktop Environment',
    'Topic :: Desktop Environment :: File Managers',
    'Topic :: Desktop Environment :: GNUstep',
    'Topic :: Desktop Environment :: Gnome',
    'Topic :: Desktop Environment :: K Desktop Environment (KDE)',
    'Topic :: Desktop Environment :: K Desktop Environment (KDE) :: Themes',
    'Topic :: Desktop Environment :: PicoGUI',
    'Topic :: Desktop Environment :: PicoGUI :: Applications',
    'Topic :: Desktop Environment :: PicoGUI :: Themes',
    'Topic :: Desktop Environment :: Screen Savers',
    'Topic :: Desktop Environment :: Window Managers',
    'Topic :: Desktop Environment :: Window Managers :: Afterstep',
    'Topic :: Desktop Environment :: Window Managers :: Afterstep :: Themes',
    'Topic :: Desktop Environment :: Window Managers :: Applets',
    'Topic :: Desktop Environment :: Window Managers :: Blackbox',
    'Topic :: Desktop Environment :: Window Managers :: Blackbox :: Themes',
    'Topic :: Desktop Environment :: Window Managers :: CTWM',
    'Topic :: Desktop Environment :: Window Managers :: CTWM :: Themes',
    'Topic :: Desktop Environment :: Window Managers :: Enlightenment',
    'Topic :: Desktop Environment :: Window Managers :: Enlightenment :: Epplets',
    'Topic :: Desktop Environment :: Window Managers :: Enlightenment :: Themes DR15',
    'Topic :: Desktop Environment :: Window Managers :: Enlightenment :: Themes DR16',
    'Topic :: Desktop Environment :: Window Managers :: Enlightenment :: Themes DR17',
    'Topic :: Desktop Environment :: Window Managers :: FVWM',
    'Topic :: Desktop Environment :: Window Managers :: FVWM :: Themes',
    'Topic :: Desktop Environment :: Window Managers :: Fluxbox',
    'Topic :: Desktop Environment :: Window Managers :: Fluxbox :: Themes',
    'Topic :: Desktop Environment :: Window Managers :: IceWM',
    'Topic :: Desktop Environment :: Window Managers :: IceWM :: Themes',
    'Topic :: Desktop Environment :: Window Managers :: MetaCity',
    'Topic :: Desktop Environment :: Window Managers :: MetaCity :: Themes',
    'Topic :: Desktop Environment :: Window Managers :: Oroborus',
    'Topic :: Desktop Environment :: Window Managers :: Oroborus :: Themes',
    'Topic :: Desktop Environment :: Window Managers :: Sawfish',
    'Topic :: Desktop Environment :: Window Managers :: Sawfish :: Themes 0.30',
    'Topic :: Desktop Environment :: Window Managers :: Sawfish :: Themes pre-0.30',
    'Topic :: Desktop Environment :: Window Managers :: Waimea',
    'Topic :: Desktop Environment :: Window Managers :: Waimea :: Themes',
    'Topic :: Desktop Environment :: Window Managers :: Window Maker',
    'Topic :: Desktop Environment :: Window Managers :: Window Maker :: Applets',
    'Topic :: Desktop Environment :: Window Managers :: Window Maker :: Themes',
    'Topic :: Desktop Environment :: Window Managers :: XFCE',
    'Topic :: Desktop Environment :: Window Managers :: XFCE :: Themes',
    'Topic :: Documentation',
    'Topic :: Documentation :: Sphinx',
    'Topic :: Education',
    'Topic :: Education :: Computer Aided Instruction (CAI)',
    'Topic :: Education :: Testing',
    'Topic :: File Formats',
    'Topic :: File Formats :: JSON',
    'Topic :: File Formats :: JSON :: JSON Schema',
    'Topic :: Games/Entertainment',
    'Topic :: Games/Entertainment :: Arcade',
    'Topic :: Games/Entertainment :: Board Games',
    'Topic :: Games/Entertainment :: First Person Shooters',
    'Topic :: Games/Entertainment :: Fortune Cookies',
    'Topic :: Games/Entertainment :: Multi-User Dungeons (MUD)',
    'Topic :: Games/Entertainment :: Puzzle Games',
    'Topic :: Games/Entertainment :: Real Time Strategy',
    'Topic :: Games/Entertainment :: Role-Playing',
    'Topic :: Games/Entertainment :: Side-Scrolling/Arcade Games',
    'Topic :: Games/Entertainment :: Simulation',
    'Topic :: Games/Entertainment :: Turn Based Strategy',
    'Topic :: Home Automation',
    'Topic :: Internet',
    'Topic :: Internet :: File Transfer Protocol (FTP)',
    'Topic :: Internet :: Finger',
    'Topic :: Internet :: Log Analysis',
    'Topic :: Internet :: Name Service (DNS)',
    'Topic :: Internet :: Proxy Servers',
    'Topic :: Internet :: WAP',
    'Topic :: Internet :: WWW/HTTP',
    'Topic :: Internet :: WWW/HTTP :: Browsers',
    'Topic :: Internet :: WWW/HTTP :: Dynamic Content',
    'Topic :: Internet :: WWW/HTTP :: Dynamic Content :: CGI Tools/Libraries',
    'Topic :: Internet :: WWW/HTTP :: Dynamic Content :: Content Management System',
    'Topic :: Internet :: WWW/HTTP :: Dynamic Content :: Message Boards',
    'Topic :: Internet :: WWW/HTTP :: Dynamic Content :: News/Diary',
    'Topic :: Internet :: WWW/HTTP :: Dynamic Content :: Page Counters',
    'Topic :: Internet :: WWW/HTTP :: Dynamic Content :: Wiki',
    'Topic :: Internet :: WWW/HTTP :: HTTP Servers',
    'Topic :: Internet :: WWW/HTTP :: Indexing/Search',
    'Topic :: Internet :: WWW/HTTP :: Session',
    'Topic :: Internet :: WWW/HTTP :: Site Management',
    'Topic :: Internet :: WWW/HTTP :: Site Management :: Link Checking',
    'Topic :: Internet :: WWW/HTTP :: WSGI',
    'Topic :: Internet :: WWW/HTTP :: WSGI :: Application',
    'Topic :: Internet :: WWW/HTTP :: WSGI :: Middleware',
    'Topic :: Internet :: WWW/HTTP :: WSGI :: Server',
    'Topic :: Internet :: XMPP',
    'Topic :: Internet :: Z39.50',
    'Topic :: Multimedia',
    'Topic :: Multimedia :: Graphics',
    'Topic :: Multimedia :: Graphics :: 3D Modeling',
    'Topic :: Multimedia :: Graphics :: 3D Rendering',
    'Topic :: Multimedia :: Graphics :: Capture',
    'Topic :: Multimedia :: Graphics :: Capture :: Digital Camera',
    'Topic :: Multimedia :: Graphics :: Capture :: Scanners',
    'Topic :: Multimedia :: Graphics :: Capture :: Screen Capture',
    'Topic :: Multimedia :: Graphics :: Editors',
    'Topic :: Multimedia :: Graphics :: Editors :: Raster-Based',
    'Topic :: Multimedia :: Graphics :: Editors :: Vector-Based',
    'Topic :: Multimedia :: Graphics :: Graphics Conversion',
    'Topic :: Multimedia :: Graphics :: Presentation',
    'Topic :: Multimedia :: Graphics :: Viewers',
    'Topic :: Multimedia :: Sound/Audio',
    'Topic :: Multimedia :: Sound/Audio :: Analysis',
    'Topic :: Multimedia :: Sound/Audio :: CD Audio',
    'Topic :: Multimedia :: Sound/Audio :: CD Audio :: CD Playing',
    'Topic :: Multimedia :: Sound/Audio :: CD Audio :: CD Ripping',
    'Topic :: Multimedia :: Sound/Audio :: CD Audio :: CD Writing',
    'Topic :: Multimedia :: Sound/Audio :: Capture/Recording',
    'Topic :: Multimedia :: Sound/Audio :: Conversion',
    'Topic :: Multimedia :: Sound/Audio :: Editors',
    'Topic :: Multimedia :: Sound/Audio :: MIDI',
    'Topic :: Multimedia :: Sound/Audio :: Mixers',
    'Topic :: Multimedia :: Sound/Audio :: Players',
    'Topic :: Multimedia :: Sound/Audio :: Players :: MP3',
    'Topic :: Multimedia :: Sound/Audio :: Sound Synthesis',
    'Topic :: Multimedia :: Sound/Audio :: Speech',
    'Topic :: Multimedia :: Video',
    'Topic :: Multimedia :: Video :: Capture',
    'Topic :: Multimedia :: Video :: Conversion',
    'Topic :: Multimedia :: Video :: Display',
    'Topic :: Multimedia :: Video :: Non-Linear Editor',
    'Topic :: Office/Business',
    'Topic :: Office/Business :: Financial',
    'Topic :: Office/Business :: Financial :: Accounting',
    'Topic :: Office/Business :: Financial :: Investment',
    'Topic :: Office/Business :: Financial :: Point-Of-Sale',
    'Topic :: Office/Business :: Financial :: Spreadsheet',
    'Topic :: Office/Business :: Groupware',
    'Topic :: Office/Business :: News/Diary',
    'Topic :: Office/Business :: Office Suites',
    'Topic :: Office/Business :: Scheduling',
    'Topic :: Other/Nonlisted Topic',
    'Topic :: Printing',
    'Topic :: Religion',
    'Topic :: Scientific/Engineering',
    'Topic :: Scientific/Engineering :: Artificial Intelligence',
    'Topic :: Scientific/Engineering :: Artificial Life',
    'Topic :: Scientific/Engineering :: Astronomy',
    'Topic :: Scientific/Engineering :: Atmospheric Science',
    'Topic :: Scientific/Engineering :: Bio-Informatics',
    'Topic :: Scientific/Engineering :: Chemistry',
    'Topic :: Scientific/Engineering :: Electronic Design Automation (EDA)',
    'Topic :: Scientific/Engineering :: GIS',
    'Topic :: Scientific/Engineering :: Human Machine Interfaces',
    'Topic :: Scientific/Engineering :: Hydrology',
    'Topic :: Scientific/Engineering :: Image Processing',
    'Topic :: Scientific/Engineering :: Image Recognition',
    'Topic :: Scientific/Engineering :: Information Analysis',
    'Topic :: Scientific/Engineering :: Instrument Drivers',
    'Topic :: Scientific/Engineering :: Instrument Drivers :: IVI Conformant',
    'Topic :: Scientific/Engineering :: Interface Engine/Protocol Translator',
    'Topic :: Scientific/Engineering :: Mathematics',
    'Topic :: Scientific/Engineering :: Medical Science Apps.',
    'Topic :: Scientific/Engineering :: Oceanography',
    'Topic :: Scientific/Engineering :: Physics',
    'Topic :: Scientific/Engineering :: Quantum Computing',
    'Topic :: Scientific/Engineering :: Visualization',
    'Topic :: Security',
    'Topic :: Security :: Cryptography',
    'Topic :: Sociology',
    'Topic :: Sociology :: Genealogy',
    'Topic :: Sociology :: History',
    'Topic :: Software Development',
    'Topic :: Software Development :: Assemblers',
    'Topic :: Software Development :: Bug Tracking',
    'Topic :: Software Development :: Build Tools',
    'Topic :: Software Development :: Code Generators',
    'Topic :: Software Development :: Compilers',
    'Topic :: Software Development :: Debuggers',
    'Topic :: Software Development :: Disassemblers',
    'Topic :: Software Development :: Documentation',
    'Topic :: Software Development :: Embedded Systems',
    'Topic :: Software Development :: Embedded Systems :: Controller Area Network (CAN)',
    'Topic :: Software Development :: Embedded Systems :: Controller Area Network (CAN) :: CANopen',
    'Topic :: Software Development :: Embedded Systems :: Controller Area Network (CAN) :: J1939',
    'Topic :: Software Development :: Internationalization',
    'Topic :: Software Development :: Interpreters',
    'Topic :: Software Development :: Libraries',
    'Topic :: Software Development :: Libraries :: Application Frameworks',
    'Topic :: Software Development :: Libraries :: Java Libraries',
    'Topic :: Software Development :: Libraries :: PHP Classes',
    'Topic :: Software Development :: Libraries :: Perl Modules',
    'Topic :: Software Development :: Libraries :: Pike Modules',
    'Topic :: Software Development :: Libraries :: Python Modules',
    'Topic :: Software Development :: Libraries :: Ruby Modules',
    'Topic :: Software Development :: Libraries :: Tcl Extensions',
    'Topic :: Software Development :: Libraries :: pygame',
    'Topic :: Software Development :: Localization',
    'Topic :: Software Development :: Object Brokering',
    'Topic :: Software Development :: Object Brokering :: CORBA',
    'Topic :: Software Development :: Pre-processors',
    'Topic :: Software Development :: Quality Assurance',
    'Topic :: Software Development :: Testing',
    'Topic :: Software Development :: Testing :: Acceptance',
    'Topic :: Software Development :: Testing :: BDD',
    'Topic :: Software Development :: Testing :: Mocking',
    'Topic :: Software Development :: Testing :: Traffic Generation',
    'Topic :: Software Development :: Testing :: Unit',
    'Topic :: Software Development :: User Interfaces',
    'Topic :: Software Development :: Version Control',
    'Topic :: Software Development :: Version Control :: Bazaar',
    'Topic :: Software Development :: Version Control :: CVS',
    'Topic :: Software Development :: Version Control :: Git',
    'Topic :: Software Development :: Version Control :: Mercurial',
    'Topic :: Software Development :: Version Control :: RCS',
    'Topic :: Software Development :: Version Control :: SCCS',
    'Topic :: Software Development :: Widget Sets',
    'Topic :: System',
    'Topic :: System :: Archiving',
    'Topic :: System :: Archiving :: Backup',
    'Topic :: System :: Archiving :: Compression',
    'Topic :: System :: Archiving :: Mirroring',
    'Topic :: System :: Archiving :: Packaging',
    'Topic :: System :: Benchmark',
    'Topic :: System :: Boot',
    'Topic :: System :: Boot :: Init',
    'Topic :: System :: Clustering',
    'Topic :: System :: Console Fonts',
    'Topic :: System :: Distributed Computing',
    'Topic :: System :: Emulators',
    'Topic :: System :: Filesystems',
    'Topic :: System :: Hardware',
    'Topic :: System :: Hardware :: Hardware Drivers',
    'Topic :: System :: Hardware :: Mainframes',
    'Topic :: System :: Hardware :: Symmetric Multi-processing',
    'Topic :: System :: Hardware :: Universal Serial Bus (USB)',
    'Topic :: System :: Hardware :: Universal Serial Bus (USB) :: Audio',
    'Topic :: System :: Hardware :: Universal Serial Bus (USB) :: Audio/Video (AV)',
    'Topic :: System :: Hardware :: Universal Serial Bus (USB) :: Communications Device Class (CDC)',
    'Topic :: System :: Hardware :: Universal Serial Bus (USB) :: Diagnostic Device',
    'Topic :: System :: Hardware :: Universal Serial Bus (USB) :: Hub',
    'Topic :: System :: Hardware :: Universal Serial Bus (USB) :: Human Interface Device (HID)',
    'Topic :: System :: Hardware :: Universal Serial Bus (USB) :: Mass Storage',
    'Topic :: System :: Hardware :: Universal Serial Bus (USB) :: Miscellaneous',
    'Topic :: System :: Hardware :: Universal Serial Bus (USB) :: Printer',
    'Topic :: System :: Hardware :: Universal Serial Bus (USB) :: Smart Card',
    'Topic :: System :: Hardware :: Universal Serial Bus (USB) :: Vendor',
    'Topic :: System :: Hardware :: Universal Serial Bus (USB) :: Video (UVC)',
    'Topic :: System :: Hardware :: Universal Serial Bus (USB) :: Wireless Controller',
    'Topic :: System :: Installation/Setup',
    'Topic :: System :: Logging',
    'Topic :: System :: Monitoring',
    'Topic :: System :: Networking',
    'Topic :: System :: Networking :: Firewalls',
    'Topic :: System :: Networking :: Monitoring',
    'Topic :: System :: Networking :: Monitoring :: Hardware Watchdog',
    'Topic :: System :: Networking :: Time Synchronization',
    'Topic :: System :: Operating System',
    'Topic :: System :: Operating System Kernels',
    'Topic :: System :: Operating System Kernels :: BSD',
    'Topic :: System :: Operating System Kernels :: GNU Hurd',
    'Topic :: System :: Operating System Kernels :: Linux',
    'Topic :: System :: Power (UPS)',
    'Topic :: System :: Recovery Tools',
    'Topic :: System :: Shells',
    'Topic :: System :: Software Distribution',
    'Topic :: System :: System Shells',
    'Topic :: System :: Systems Administration',
    'Topic :: System :: Systems Administration :: Authentication/Directory',
    'Topic :: System :: Systems Administration :: Authentication/Directory :: LDAP',
    'Topic :: System :: Systems Administration :: Authentication/Directory :: NIS',
    'Topic :: Terminals',
    'Topic :: Terminals :: Serial',
    'Topic :: Terminals :: Telnet',
    'Topic :: Terminals :: Terminal Emulators/X Terminals',
    'Topic :: Text Editors',
    'Topic :: Text Editors :: Documentation',
    'Topic :: Text Editors :: Emacs',
    'Topic :: Text Editors :: Integrated Development Environments (IDE)',
    'Topic :: Text Editors :: Text Processing',
    'Topic :: Text Editors :: Word Processors',
    'Topic :: Text Processing',
    'Topic :: Text Processing :: Filters',
    'Topic :: Text Processing :: Fonts',
    'Topic :: Text Processing :: General',
    'Topic :: Text Processing :: Indexing',
    'Topic :: Text Processing :: Linguistic',
    'Topic :: Text Processing :: Markup',
    'Topic :: Text Processing :: Markup :: HTML',
    'Topic :: Text Processing :: Markup :: LaTeX',
    'Topic :: Text Processing :: Markup :: Markdown',
    'Topic :: Text Processing :: Markup :: SGML',
    'Topic :: Text Processing :: Markup :: VRML',
    'Topic :: Text Processing :: Markup :: XML',
    'Topic :: Text Processing :: Markup :: reStructuredText',
    'Topic :: Utilities',
    'Typing :: Stubs Only',
    'Typing :: Typed',
];
/** Classifiers PyPI rejects as deprecated, each with its replacements (possibly none). */
const DEPRECATED_CLASSIFIERS = {
    'Framework :: Django CMS :: 4.2': ['Framework :: Django CMS :: 5.0'],
    'License :: OSI Approved :: Intel Open Source License': [],
    'License :: OSI Approved :: Jabber Open Source License': [],
    'License :: OSI Approved :: MITRE Collaborative Virtual Workspace License (CVW)': [],
    'License :: OSI Approved :: Sun Industry Standards Source License (SISSL)': [],
    'License :: OSI Approved :: X.Net License': [],
    'Natural Language :: Ukranian': ['Natural Language :: Ukrainian'],
    'Topic :: Communications :: Chat :: AOL Instant Messenger': [],
};

;// CONCATENATED MODULE: ./packages/core/src/distfiles/metadata/classifiers.ts
/**
 * Trove classifiers as PyPI checks them: against the trove-classifiers list, which ships with us as a
 * snapshot of a pinned release (trove-classifiers.generated.ts) rather than coming from the runtime's
 * Python, whose copy may be years old. `Private :: …` classifiers are never on the list, by design:
 * PyPI rejects them, which is how projects make sure they are never uploaded by accident.
 */

let bundled;
/** The list we check against: the bundled snapshot of trove-classifiers (built on first use). */
function troveClassifiers() {
    bundled ??= {
        version: TROVE_CLASSIFIERS_VERSION,
        valid: new Set(VALID_CLASSIFIERS),
        deprecated: new Map(Object.entries(DEPRECATED_CLASSIFIERS)),
    };
    return bundled;
}
/** The top-level categories of trove-classifiers. */
const CLASSIFIER_CATEGORIES = [
    'Development Status',
    'Environment',
    'Framework',
    'Intended Audience',
    'License',
    'Natural Language',
    'Operating System',
    'Programming Language',
    'Topic',
    'Typing',
];
/** Why `classifier` cannot be on PyPI's list, judged by its form alone; undefined when it looks right. */
function classifierFormProblem(classifier) {
    if (classifier.trim() !== classifier)
        return 'it has leading or trailing whitespace';
    const parts = classifier.split(' :: ');
    if (parts.length < 2) {
        return "a classifier has at least two parts separated by ' :: ' (e.g. 'Programming Language :: Python :: 3')";
    }
    if (parts.some((p) => p === '' || p.trim() !== p || p.includes('::'))) {
        return "its parts must be separated by ' :: ' (a space, two colons, a space) and must not be empty";
    }
    if (!CLASSIFIER_CATEGORIES.includes(parts[0])) {
        return `${JSON.stringify(parts[0])} is not a top-level category (${CLASSIFIER_CATEGORIES.join(', ')})`;
    }
    return undefined;
}
function squash(text) {
    return text
        .toLowerCase()
        .replace(/\s*::\s*/g, '::')
        .replace(/\s+/g, ' ')
        .trim();
}
/** What PyPI would say about `classifier`, by the bundled list; undefined when it accepts it. */
function classifierProblem(classifier) {
    if (/^\s*private/i.test(classifier))
        return { kind: 'private' };
    const list = troveClassifiers();
    const replacements = list.deprecated.get(classifier);
    if (replacements)
        return { kind: 'deprecated', replacements };
    if (list.valid.has(classifier))
        return undefined;
    const why = classifierFormProblem(classifier);
    const wanted = squash(classifier);
    const suggestion = [...list.valid].find((c) => squash(c) === wanted);
    const problem = { kind: 'invalid' };
    if (why)
        problem.why = why;
    if (suggestion)
        problem.suggestion = suggestion;
    return problem;
}

;// CONCATENATED MODULE: ./packages/core/src/distfiles/metadata/fields.ts
/**
 * The core metadata fields as packaging knows them: header name, shape, the metadata version that
 * introduced each, and where a Python project sets it (so findings can say what to change).
 */
/** The Metadata-Version values packaging 26.3 accepts, oldest first (2.0 was never standardised). */
const METADATA_VERSIONS = ['1.0', '1.1', '1.2', '2.1', '2.2', '2.3', '2.4', '2.5', '2.6'];
/** The Metadata-Version values PyPI accepts at upload (Warehouse's SUPPORTED_METADATA_VERSIONS). */
const PYPI_METADATA_VERSIONS = new Set([
    '1.0',
    '1.1',
    '1.2',
    '2.1',
    '2.2',
    '2.3',
    '2.4',
    '2.5',
]);
const PROJECT = 'of pyproject.toml';
/** Every field packaging parses, in the specification's order. */
const FIELDS = [
    {
        header: 'Metadata-Version',
        key: 'metadata_version',
        shape: 'string',
        added: '1.0',
        setIn: 'the build backend, which writes Metadata-Version (upgrade it in [build-system] requires)',
    },
    { header: 'Name', key: 'name', shape: 'string', added: '1.0', setIn: `\`name\` in [project] ${PROJECT}` },
    {
        header: 'Version',
        key: 'version',
        shape: 'string',
        added: '1.0',
        setIn: `\`version\` in [project] ${PROJECT}, or the dynamic version source of the backend`,
    },
    {
        header: 'Dynamic',
        key: 'dynamic',
        shape: 'list',
        added: '2.2',
        setIn: `\`dynamic\` in [project] ${PROJECT} (the backend adds fields it computes when building the wheel)`,
    },
    {
        header: 'Platform',
        key: 'platforms',
        shape: 'list',
        added: '1.0',
        setIn: 'the `platforms` argument of setuptools ([project] has no key for it)',
    },
    {
        header: 'Supported-Platform',
        key: 'supported_platforms',
        shape: 'list',
        added: '1.1',
        setIn: 'the build backend ([project] has no key for Supported-Platform)',
    },
    {
        header: 'Summary',
        key: 'summary',
        shape: 'string',
        added: '1.0',
        setIn: `\`description\` in [project] ${PROJECT}`,
    },
    {
        header: 'Description',
        key: 'description',
        shape: 'string',
        added: '1.0',
        setIn: `\`readme\` in [project] ${PROJECT}`,
    },
    {
        header: 'Description-Content-Type',
        key: 'description_content_type',
        shape: 'string',
        added: '2.1',
        setIn: `\`readme\` in [project] ${PROJECT} (the file's extension, or \`content-type\` in the table form \`readme = {file = "…", content-type = "text/markdown"}\`)`,
    },
    {
        header: 'Keywords',
        key: 'keywords',
        shape: 'keywords',
        added: '1.0',
        setIn: `\`keywords\` in [project] ${PROJECT}`,
    },
    {
        header: 'Home-page',
        key: 'home_page',
        shape: 'string',
        added: '1.0',
        setIn: `the \`url\` argument of setuptools (prefer a "Homepage" entry in [project.urls] ${PROJECT})`,
    },
    {
        header: 'Download-URL',
        key: 'download_url',
        shape: 'string',
        added: '1.1',
        setIn: `the \`download_url\` argument of setuptools (prefer a "Download" entry in [project.urls] ${PROJECT})`,
    },
    {
        header: 'Author',
        key: 'author',
        shape: 'string',
        added: '1.0',
        setIn: `the \`name\` keys of \`authors\` in [project] ${PROJECT}`,
    },
    {
        header: 'Author-email',
        key: 'author_email',
        shape: 'string',
        added: '1.0',
        setIn: `the \`email\` keys of \`authors\` in [project] ${PROJECT}`,
    },
    {
        header: 'Maintainer',
        key: 'maintainer',
        shape: 'string',
        added: '1.2',
        setIn: `the \`name\` keys of \`maintainers\` in [project] ${PROJECT}`,
    },
    {
        header: 'Maintainer-email',
        key: 'maintainer_email',
        shape: 'string',
        added: '1.2',
        setIn: `the \`email\` keys of \`maintainers\` in [project] ${PROJECT}`,
    },
    {
        header: 'License',
        key: 'license',
        shape: 'string',
        added: '1.0',
        setIn: `\`license\` in [project] ${PROJECT} (the legacy table form \`{text = "…"}\` or \`{file = "…"}\`)`,
    },
    {
        header: 'License-Expression',
        key: 'license_expression',
        shape: 'string',
        added: '2.4',
        setIn: `\`license\` in [project] ${PROJECT} (an SPDX expression string such as "MIT" or "Apache-2.0 OR MIT")`,
    },
    {
        header: 'License-File',
        key: 'license_files',
        shape: 'list',
        added: '2.4',
        setIn: `\`license-files\` in [project] ${PROJECT}`,
    },
    {
        header: 'Classifier',
        key: 'classifiers',
        shape: 'list',
        added: '1.1',
        setIn: `\`classifiers\` in [project] ${PROJECT}`,
    },
    {
        header: 'Requires-Dist',
        key: 'requires_dist',
        shape: 'list',
        added: '1.2',
        setIn: `\`dependencies\` or [project.optional-dependencies] ${PROJECT}`,
    },
    {
        header: 'Requires-Python',
        key: 'requires_python',
        shape: 'string',
        added: '1.2',
        setIn: `\`requires-python\` in [project] ${PROJECT}`,
    },
    {
        header: 'Requires-External',
        key: 'requires_external',
        shape: 'list',
        added: '1.2',
        setIn: 'the build backend ([project] has no key for Requires-External)',
    },
    {
        header: 'Project-URL',
        key: 'project_urls',
        shape: 'urls',
        added: '1.2',
        setIn: `[project.urls] ${PROJECT}`,
    },
    {
        header: 'Provides-Extra',
        key: 'provides_extra',
        shape: 'list',
        added: '2.1',
        setIn: `the names of [project.optional-dependencies] ${PROJECT}`,
    },
    {
        header: 'Provides-Dist',
        key: 'provides_dist',
        shape: 'list',
        added: '1.2',
        setIn: 'the build backend ([project] has no key for Provides-Dist)',
    },
    {
        header: 'Obsoletes-Dist',
        key: 'obsoletes_dist',
        shape: 'list',
        added: '1.2',
        setIn: 'the build backend ([project] has no key for Obsoletes-Dist)',
    },
    {
        header: 'Import-Name',
        key: 'import_names',
        shape: 'list',
        added: '2.5',
        setIn: `\`import-names\` in [project] ${PROJECT}`,
    },
    {
        header: 'Import-Namespace',
        key: 'import_namespaces',
        shape: 'list',
        added: '2.5',
        setIn: `\`import-namespaces\` in [project] ${PROJECT}`,
    },
    {
        header: 'Requires',
        key: 'requires',
        shape: 'list',
        added: '1.1',
        setIn: 'the deprecated `requires` argument of setuptools (use `dependencies` in [project] instead)',
    },
    {
        header: 'Provides',
        key: 'provides',
        shape: 'list',
        added: '1.1',
        setIn: 'the deprecated `provides` argument of setuptools (remove it)',
    },
    {
        header: 'Obsoletes',
        key: 'obsoletes',
        shape: 'list',
        added: '1.1',
        setIn: 'the deprecated `obsoletes` argument of setuptools (remove it)',
    },
];
/** The fields by lower-case header name (`home-page`). */
const FIELD_BY_HEADER = new Map(FIELDS.map((f) => [f.header.toLowerCase(), f]));
/** The fields by RawMetadata key. */
const FIELD_BY_KEY = new Map(FIELDS.map((f) => [f.key, f]));
/** The position of `version` in METADATA_VERSIONS, or -1 when packaging does not know it. */
function metadataVersionIndex(version) {
    return version === undefined ? -1 : METADATA_VERSIONS.indexOf(version);
}

;// CONCATENATED MODULE: ./packages/core/src/distfiles/metadata/parse.ts
/**
 * Reading METADATA / PKG-INFO the way twine does: Python's email parser (compat32 policy) splits the
 * headers, then packaging's `parse_email` sorts them into known fields and "unparsed" leftovers.
 * The quirks are Python's and matter for what twine reports: a line that is not a header ends the
 * headers, folded values keep their line breaks, and a field that is not UTF-8 becomes unparsed.
 */


// Python's email.feedparser: a header line starts with a field name and a colon (printable ASCII
// except ':'), a continuation with a space or tab, or is a "From " envelope line.
const HEADER_LINE = /^(From |[\x21-\x39\x3b-\x7e]*:|[\t ])/;
const LINE = /[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$/g;
const UTF8 = new TextDecoder('utf-8', { fatal: true });
/** Bytes as a string of the same length (one char per byte), so line handling never splits UTF-8. */
function binary(data) {
    return data.toString('latin1');
}
/** The text of a run of bytes when it is UTF-8; otherwise the latin-1 mojibake packaging keeps. */
function decode(bytes) {
    if (!/[\x80-\xff]/.test(bytes))
        return { text: bytes, utf8: true };
    try {
        return { text: UTF8.decode(Buffer.from(bytes, 'latin1')), utf8: true };
    }
    catch {
        return { text: bytes, utf8: false };
    }
}
function splitHeaders(text) {
    const lines = text.match(LINE) ?? [];
    const headerLines = [];
    let i = 0;
    for (; i < lines.length; i++) {
        const line = lines[i];
        if (!HEADER_LINE.test(line)) {
            // A blank line separates headers from the body and is dropped; any other line starts the body.
            if (/^(?:\r\n|\r|\n)/.test(line))
                i++;
            break;
        }
        headerLines.push(line);
    }
    let body = lines.slice(i).join('');
    const fields = [];
    let current;
    let name = '';
    const flush = () => {
        if (!current)
            return;
        const first = current[0];
        const value = first.slice(first.indexOf(':') + 1).replace(/^[ \t]+/, '') + current.slice(1).join('');
        fields.push([name, value.replace(/[\r\n]+$/, '')]);
        current = undefined;
    };
    headerLines.forEach((line, index) => {
        if (line[0] === ' ' || line[0] === '\t') {
            current?.push(line); // a continuation before any header is dropped, as Python does
            return;
        }
        flush();
        if (line.startsWith('From ')) {
            // An envelope line: ignored, except as the last header line, where Python reads it as body.
            if (index > 0 && index === headerLines.length - 1)
                body = line + body;
            return;
        }
        const colon = line.indexOf(':');
        if (colon === 0)
            return; // "Missing header name": skipped
        name = line.slice(0, colon);
        current = [line];
    });
    flush();
    return { fields, body };
}
/** `Label, URL` pairs; undefined when a label repeats (packaging then leaves the field unparsed). */
function parseProjectUrls(values) {
    const urls = new Map();
    for (const pair of values) {
        const comma = pair.indexOf(',');
        const label = pyStrip(comma < 0 ? pair : pair.slice(0, comma));
        const url = comma < 0 ? '' : pyStrip(pair.slice(comma + 1));
        if (urls.has(label))
            return undefined;
        urls.set(label, url);
    }
    return urls;
}
/** Like packaging.metadata.parse_email: RFC-822 headers (+ body as description), UTF-8 required. */
function parseCoreMetadata(data) {
    const { fields, body } = splitHeaders(binary(data));
    const raw = {};
    const unparsed = new Map();
    const headerNames = new Map();
    const grouped = new Map();
    for (const [written, value] of fields) {
        const name = written.toLowerCase();
        if (!headerNames.has(name))
            headerNames.set(name, written);
        const group = grouped.get(name) ?? { values: [], utf8: true };
        const decoded = decode(value);
        group.values.push(decoded.text);
        group.utf8 &&= decoded.utf8;
        grouped.set(name, group);
    }
    for (const [name, { values, utf8 }] of grouped) {
        const spec = FIELD_BY_HEADER.get(name);
        if (!utf8 || !spec) {
            unparsed.set(name, values);
            continue;
        }
        const key = spec.key;
        if (spec.shape === 'string' && values.length === 1)
            raw[key] = values[0];
        else if (key === 'import_names' && values.length === 1 && values[0] === '')
            raw[key] = [];
        else if (spec.shape === 'list')
            raw[key] = values;
        else if (spec.shape === 'keywords' && values.length === 1)
            raw[key] = values[0].split(',').map(pyStrip);
        else if (spec.shape === 'urls') {
            const urls = parseProjectUrls(values);
            if (urls)
                raw[key] = urls;
            else
                unparsed.set(name, values);
        }
        else
            unparsed.set(name, values);
    }
    if (body !== '') {
        const decoded = decode(body);
        if (!decoded.utf8) {
            const list = unparsed.get('description') ?? [];
            list.push(Buffer.from(body, 'latin1').toString('utf8'));
            unparsed.set('description', list);
        }
        else if (typeof raw.description === 'string') {
            // Both a Description header and a body: packaging cannot tell which is meant.
            unparsed.set('description', [...(unparsed.get('description') ?? []), raw.description, decoded.text]);
            delete raw.description;
        }
        else if (unparsed.has('description'))
            unparsed.get('description').push(decoded.text);
        else
            raw.description = decoded.text;
    }
    return { raw: raw, unparsed, headerNames };
}

;// CONCATENATED MODULE: ./packages/core/src/distfiles/metadata/rules.ts
/**
 * The core metadata rules: M for what twine 7 (through packaging 26) rejects, P for what only PyPI
 * (Warehouse's forklift/metadata.py) rejects at upload, so `twine check` passing is not the end of it.
 */

/** Rules M001–M015 and P001–P013. */
const METADATA_RULES = defineRules({
    M001: {
        severity: 'error',
        source: 'twine',
        title: 'Metadata-Version is missing or not one packaging knows (1.0, 1.1, 1.2, 2.1–2.6; 2.0 is rejected)',
    },
    M002: { severity: 'error', source: 'twine', title: 'Name is missing or not a valid project name' },
    M003: { severity: 'error', source: 'twine', title: 'Version is missing or not a PEP 440 version' },
    M004: {
        severity: 'error',
        source: 'twine',
        title: 'A field was introduced in a later metadata version than the declared Metadata-Version',
    },
    M005: {
        severity: 'error',
        source: 'twine',
        title: 'Unrecognized or malformed field (unknown, repeated single-use, duplicate Project-URL label, not UTF-8)',
    },
    M006: { severity: 'error', source: 'twine', title: "'summary' must be a single line" },
    M007: {
        severity: 'error',
        source: 'twine',
        title: 'Description-Content-Type is not text/plain, text/x-rst or text/markdown with UTF-8 and a GFM/CommonMark variant',
    },
    M008: {
        severity: 'error',
        source: 'twine',
        title: 'Dynamic names Name, Version or Metadata-Version, or something that is not a core metadata field',
    },
    M009: {
        severity: 'error',
        source: 'twine',
        title: 'A Requires-Dist entry is not a valid PEP 508 dependency specifier',
    },
    M010: { severity: 'error', source: 'twine', title: 'Requires-Python is not a valid PEP 440 specifier set' },
    M011: { severity: 'error', source: 'twine', title: 'A Provides-Extra entry is not a valid extra name' },
    M012: {
        severity: 'error',
        source: 'twine',
        title: 'License-Expression is not a valid SPDX license expression',
    },
    M013: {
        severity: 'error',
        source: 'twine',
        title: "A License-File path is absolute, has '..' or '*', or does not use '/'",
    },
    M014: { severity: 'error', source: 'twine', title: 'An Import-Name or Import-Namespace entry is invalid' },
    M015: {
        severity: 'notice',
        source: 'sdist-spec',
        title: "The sdist's PKG-INFO is older than Metadata 2.2, which the source distribution format requires",
    },
    P001: {
        severity: 'error',
        source: 'pypi',
        title: 'PyPI does not accept this Metadata-Version yet (it accepts 1.0–2.5)',
    },
    P002: { severity: 'error', source: 'pypi', title: 'PyPI does not allow local versions (`1.0+abc`)' },
    P003: { severity: 'error', source: 'pypi', title: "'summary' field must be 512 characters or less." },
    P004: {
        severity: 'error',
        source: 'pypi',
        title: 'Author-email or Maintainer-email is not a valid email address',
    },
    P005: { severity: 'error', source: 'pypi', title: "A classifier is not one of PyPI's trove classifiers" },
    P006: { severity: 'error', source: 'pypi', title: 'A classifier has been deprecated' },
    P007: {
        severity: 'error',
        source: 'pypi',
        title: "A 'Private ::' classifier: PyPI rejects every upload that has one (intended, to block accidental uploads)",
    },
    P008: { severity: 'error', source: 'pypi', title: 'Home-page or Download-URL is not a valid http(s) URL' },
    P009: {
        severity: 'error',
        source: 'pypi',
        title: 'A Project-URL lacks a label, has a label over 32 characters, or lacks a valid http(s) URL',
    },
    P010: {
        severity: 'error',
        source: 'pypi',
        title: 'A Provides-Dist or Obsoletes-Dist entry does not parse or is a direct reference',
    },
    P011: {
        severity: 'error',
        source: 'pypi',
        title: "Can't have direct dependency: a Requires-Dist entry uses `@ URL`",
    },
    P012: {
        severity: 'error',
        source: 'pypi',
        title: 'Dynamic names a field PyPI does not allow to be dynamic',
    },
    P013: {
        severity: 'error',
        source: 'pypi',
        title: 'License is deprecated when License-Expression is present. Only License-Expression should be present.',
    },
});

// EXTERNAL MODULE: ./node_modules/spdx-license-ids/index.json
var spdx_license_ids = __webpack_require__(204);
// EXTERNAL MODULE: ./node_modules/spdx-license-ids/deprecated.json
var deprecated = __webpack_require__(389);
// EXTERNAL MODULE: ./node_modules/spdx-exceptions/index.json
var spdx_exceptions = __webpack_require__(988);
// EXTERNAL MODULE: ./node_modules/spdx-exceptions/deprecated.json
var spdx_exceptions_deprecated = __webpack_require__(165);
;// CONCATENATED MODULE: ./packages/core/src/distfiles/python-text.ts
/**
 * Python's own notions of text that the authorities' messages and rules depend on: `repr()` of a
 * string (twine, packaging, Warehouse and check-wheel-contents quote values with `{x!r}`, so quoting
 * the same way keeps our messages identical to theirs), `str.isidentifier()` and `keyword.iskeyword()`.
 */
// Characters str.isprintable() rejects: control, format, surrogate, private-use, unassigned and
// separators other than the ASCII space.
const NON_PRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}]|(?! )\p{Zs}/u;
const KEYWORDS = new Set(('False None True and as assert async await break class continue def del elif else except finally for ' +
    'from global if import in is lambda nonlocal not or pass raise return try while with yield').split(' '));
function escapeChar(ch) {
    const hex = ch.codePointAt(0).toString(16);
    if (hex.length <= 2)
        return `\\x${hex.padStart(2, '0')}`;
    if (hex.length <= 4)
        return `\\u${hex.padStart(4, '0')}`;
    return `\\U${hex.padStart(8, '0')}`;
}
/** `repr(text)` as Python 3 writes it: `'a'`, `"it's"`, `'a\nb'`. */
function pyRepr(text) {
    const quote = text.includes("'") && !text.includes('"') ? '"' : "'";
    let out = '';
    for (const ch of text) {
        if (ch === '\\')
            out += '\\\\';
        else if (ch === quote)
            out += `\\${quote}`;
        else if (ch === '\n')
            out += '\\n';
        else if (ch === '\r')
            out += '\\r';
        else if (ch === '\t')
            out += '\\t';
        else if (NON_PRINTABLE.test(ch))
            out += escapeChar(ch);
        else
            out += ch;
    }
    return `${quote}${out}${quote}`;
}
/** `repr(list_of_strings)`: `['a', 'b']`. */
function pyReprList(items) {
    return `[${items.map(pyRepr).join(', ')}]`;
}
/** Python's `str.isidentifier()`: XID_Start or `_`, then XID_Continue characters. */
function isPyIdentifier(text) {
    return /^[\p{XID_Start}_]\p{XID_Continue}*$/u.test(text);
}
/** Python's `keyword.iskeyword()` (hard keywords only, as the keyword module lists them). */
function isPyKeyword(text) {
    return KEYWORDS.has(text);
}
/** The number of bytes `text` takes in UTF-8 (file-name limits are in bytes). */
function utf8Length(text) {
    return Buffer.byteLength(text, 'utf8');
}

;// CONCATENATED MODULE: ./packages/core/src/distfiles/metadata/spdx.ts
/**
 * SPDX license expressions as packaging's `canonicalize_license_expression` accepts them (what
 * License-Expression must pass for twine and PyPI): identifiers case-insensitively, deprecated ones
 * included, a trailing `+`, `LicenseRef-…`, `AND` / `OR` / `WITH` and parentheses. packaging knows
 * no `DocumentRef-…`, so neither do we: twine and PyPI reject it.
 */






// Exceptions of SPDX list 3.27 (the one packaging 26.3 ships) that spdx-exceptions 2.5.0 lacks.
const NEWER_EXCEPTIONS = [
    'Asterisk-linking-protocols-exception',
    'CGAL-linking-exception',
    'Digia-Qt-LGPL-exception-1.1',
    'GPL-3.0-389-ds-base-exception',
    'Independent-modules-exception',
    'PCRE2-exception',
    'RRDtool-FLOSS-exception-2.0',
    'erlang-otp-linking-exception',
    'harbour-exception',
    'mxml-exception',
    'polyparse-exception',
    'romic-exception',
];
// Deprecated ids of the SPDX list that spdx-license-ids leaves out (packaging keeps them).
const DEPRECATED_PLUS_IDS = ['GPL-1.0+', 'GPL-2.0+', 'GPL-3.0+', 'LGPL-2.0+', 'LGPL-2.1+', 'LGPL-3.0+'];
const LICENSES = new Set([...spdx_license_ids, ...deprecated, ...DEPRECATED_PLUS_IDS].map((id) => id.toLowerCase()));
const EXCEPTIONS = new Set([...spdx_exceptions, ...spdx_exceptions_deprecated, ...NEWER_EXCEPTIONS].map((id) => id.toLowerCase()));
const OPERATORS = new Set(['or', 'and', 'with', '(', ')']);
const LICENSE_REF_ID = /^[A-Za-z0-9.-]+$/;
const SPACES = new RegExp(`${PY_WHITESPACE}+`);
/** Whether `tokens` (False, and, or, parentheses) form an expression Python would compile. */
function compiles(tokens) {
    let i = 0;
    const term = () => {
        if (tokens[i] === 'False') {
            i++;
            return true;
        }
        if (tokens[i] !== '(')
            return false;
        i++;
        if (!expr() || tokens[i] !== ')')
            return false;
        i++;
        return true;
    };
    const expr = () => {
        if (!term())
            return false;
        while (tokens[i] === 'and' || tokens[i] === 'or') {
            i++;
            if (!term())
                return false;
        }
        return true;
    };
    return expr() && i === tokens.length;
}
/**
 * Why packaging rejects a License-Expression (`Unknown license: 'foo'`, `Invalid license expression:
 * '(mit'`), or undefined when it is valid.
 */
function licenseExpressionProblem(raw) {
    const invalid = `Invalid license expression: ${pyRepr(raw)}`;
    if (raw === '')
        return invalid;
    const tokens = raw
        .replace(/\(/g, ' ( ')
        .replace(/\)/g, ' ) ')
        .toLowerCase()
        .split(SPACES)
        .filter((t) => t !== '');
    // packaging turns the expression into Python (licenses become False, WITH becomes or) and compiles it.
    const python = [];
    for (const token of tokens) {
        const previous = python[python.length - 1];
        if (!OPERATORS.has(token))
            python.push('False');
        else if (token === 'with')
            python.push('or');
        else if ((token === '(' && previous !== undefined && !['or', 'and', '('].includes(previous)) ||
            (token === ')' && previous === '(')) {
            return invalid;
        }
        else
            python.push(token);
    }
    if (!compiles(python))
        return invalid;
    let lastWasLicense = false;
    let afterWith = false;
    for (const [index, token] of tokens.entries()) {
        if (OPERATORS.has(token)) {
            if (token === 'with' &&
                (!lastWasLicense || index + 1 === tokens.length || OPERATORS.has(tokens[index + 1]))) {
                return invalid;
            }
            afterWith = token === 'with';
            lastWasLicense = false;
            continue;
        }
        if (afterWith) {
            if (!EXCEPTIONS.has(token))
                return `Unknown license exception: ${pyRepr(token)}`;
            afterWith = false;
            lastWasLicense = false;
            continue;
        }
        const plus = token.endsWith('+');
        const id = plus ? token.slice(0, -1) : token;
        if (id.startsWith('licenseref-')) {
            if (plus || !LICENSE_REF_ID.test(id.slice('licenseref-'.length)))
                return `Invalid licenseref: ${pyRepr(token)}`;
        }
        else if (!LICENSES.has(id)) {
            return `Unknown license: ${pyRepr(id)}`;
        }
        lastWasLicense = true;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./packages/core/src/distfiles/metadata/url.ts
/**
 * The URL test PyPI applies to Home-page, Download-URL and Project-URL: Warehouse's
 * `is_valid_uri(url, require_authority=False)`, which normalises the URL with rfc3986 and then
 * requires an http(s) scheme and valid components. It is lenient (a host is not even required), so
 * what it rejects is mostly a missing or non-http scheme, a bad port, or `[` / `]` in the path.
 */
// RFC 3986 Appendix B as rfc3986 splits a reference (not anchored at the end; every part optional).
const SPLIT = /^(?:([a-zA-Z][a-zA-Z0-9+.-]*):)?(?:\/\/([^\\/?#]*))?([^?#]*)(?:\?([^#]*))?/;
const PCT = '%[0-9A-Fa-f]{2}';
const UNRESERVED = 'A-Za-z0-9._~\\-';
const SUB_DELIMS = "!$&'()*+,;=";
const USERINFO = `(?:[${UNRESERVED}${SUB_DELIMS}:]|${PCT})+`;
const REG_NAME = `(?:${PCT}|[${SUB_DELIMS}${UNRESERVED}])*`;
const IPV4 = '(?:[0-9]{1,3}\\.){3}[0-9]{1,3}';
const IP_LITERAL = '\\[[0-9A-Fa-f:.]+(?:%25[^\\]]+)?\\]|\\[v[0-9A-Fa-f]+\\.[^\\]]+\\]';
const AUTHORITY = new RegExp(`^(?:(${USERINFO})@)?(${REG_NAME}|${IPV4}|${IP_LITERAL}):?([0-9]{1,5})?$`);
/** True when PyPI accepts `url` in Home-page, Download-URL or a Project-URL. */
function isValidPypiUrl(url) {
    const [, scheme, authority, path = '', query = ''] = SPLIT.exec(url);
    if (!scheme || !['http', 'https'].includes(scheme.toLowerCase()))
        return false;
    if (authority) {
        // An authority rfc3986 cannot split is dropped by its normaliser, so only a parsed port can fail.
        const m = AUTHORITY.exec(authority);
        const host = m?.[2] ?? '';
        const ipv4Ok = !new RegExp(`^${IPV4}$`).test(host) || host.split('.').every((b) => Number(b) <= 255);
        if (m && ipv4Ok && m[3] !== undefined && Number(m[3]) > 65535)
            return false;
    }
    // Path and query are percent-encoded first; only the gen-delims `[` and `]` survive to fail.
    return !/[[\]]/.test(path) && !/[[\]]/.test(query);
}

;// CONCATENATED MODULE: ./packages/core/src/distfiles/metadata/content-type.ts
/**
 * Description-Content-Type read as packaging reads it, through Python's email header parser: a
 * `type/subtype` and `; name=value` parameters. The defects Python reports for the common mistakes
 * are reproduced so the message says what is wrong.
 */
const TOKEN = /^[!#$%&'*+.^_`{|}~0-9A-Za-z-]+$/;
/** Splits on `;` outside double quotes. */
function splitParams(text) {
    const parts = [];
    let current = '';
    let quoted = false;
    for (const ch of text) {
        if (ch === '"')
            quoted = !quoted;
        if (ch === ';' && !quoted) {
            parts.push(current);
            current = '';
        }
        else
            current += ch;
    }
    parts.push(current);
    return parts;
}
/** Parses a Content-Type value; `type` is `text/plain` when Python could not read one. */
function parseContentType(value) {
    const [head = '', ...rest] = splitParams(value);
    const params = new Map();
    // Python keeps spaces around '/' in the type (`text / markdown`), which then matches no known type.
    const m = /^\s*([^\s/;]+)(\s*\/\s*)([!#$%&'*+.^_`{|}~0-9A-Za-z-]*)(.*)$/s.exec(head);
    if (!m || !TOKEN.test(m[1]) || m[3] === '') {
        return { type: 'text/plain', params, defect: 'Invalid content type' };
    }
    const type = `${m[1]}${m[2]}${m[3]}`.toLowerCase();
    const trailing = m[4].replace(/^[ \t]+/, '');
    if (trailing !== '') {
        return { type, params, defect: `Only parameters are valid after content type, but found '${trailing}'` };
    }
    let defect;
    for (const part of rest) {
        if (part.trim() === '')
            continue;
        const eq = part.indexOf('=');
        if (eq < 0) {
            defect ??= `Parameter contains name (${part}) but no value`;
            continue;
        }
        const name = part.slice(0, eq).trim().toLowerCase();
        let raw = part.slice(eq + 1).trim();
        if (raw === '' || name === '') {
            defect ??= `invalid parameter ${part.trim()}`;
            continue;
        }
        if (raw.startsWith('"')) {
            if (raw.length < 2 || !raw.endsWith('"'))
                defect ??= 'end of header inside quoted string';
            raw = raw.replace(/^"|"$/g, '');
        }
        else if (/\s/.test(raw)) {
            defect ??= `parameter with invalid trailing text ${raw}`;
            raw = raw.split(/\s/)[0];
        }
        if (params.has(name))
            defect ??= 'duplicate parameter name; duplicate(s) ignored';
        else
            params.set(name, raw);
    }
    return defect === undefined ? { type, params } : { type, params, defect };
}

;// CONCATENATED MODULE: ./packages/core/src/distfiles/metadata/validate-core.ts
/**
 * What twine 7 rejects in METADATA / PKG-INFO, as packaging 26's `Metadata.from_raw` validates it
 * after twine's own steps: leftovers of `parse_email` fail first, and setuptools' License-File
 * below Metadata 2.4 is dropped silently. Unlike twine, every problem is reported, not the first batch.
 */










const TWINE = 'Invalid distribution metadata: ';
// packaging's _LINE_BOUNDARY_RE: every str.splitlines() boundary.
const LINE_BOUNDARY = /\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]/;
const CONTENT_TYPES = ['text/plain', 'text/x-rst', 'text/markdown'];
const MARKDOWN_VARIANTS = ['GFM', 'CommonMark'];
// keyword.kwlist (soft keywords such as `match` are valid import names).
const PYTHON_KEYWORDS = new Set([
    ...['False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def'],
    ...['del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is'],
    ...['lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield'],
]);
const IDENTIFIER = /^[\p{XID_Start}_]\p{XID_Continue}*$/u;
/** The header as written in the file (first occurrence), else the specification's spelling. */
function writtenName(parsed, header) {
    return (parsed.headerNames.get(header.toLowerCase()) ??
        FIELD_BY_HEADER.get(header.toLowerCase())?.header ??
        header);
}
/** `<Field as written> comes from <where it is set>: <what to do>`. */
function fixFor(parsed, spec, action) {
    return `${writtenName(parsed, spec.header)} comes from ${spec.setIn}: ${action}`;
}
function report(ctx, rule, key, text, action) {
    const spec = FIELD_BY_KEY.get(key);
    ctx.findings.push(finding(rule, `${writtenName(ctx.parsed, spec.header)}: ${TWINE}${text}`, fixFor(ctx.parsed, spec, action)));
}
function emailName(key) {
    return FIELD_BY_KEY.get(key).header.toLowerCase();
}
function invalidFor(value, key) {
    return `${pyRepr(value)} is invalid for ${pyRepr(emailName(key))}`;
}
/** Why a field is in `unparsed`, said plainly. */
function unparsedReason(name, values) {
    const spec = FIELD_BY_HEADER.get(name);
    if (!spec) {
        return {
            why: 'it is not a core metadata field',
            action: 'remove it: a build backend plugin or setup() keyword added a field the core metadata specification does not have (or upgrade twine if it is a field newer than your twine)',
        };
    }
    if (spec.key === 'project_urls') {
        const labels = values.map((v) => pyStrip(v.split(',')[0]));
        const repeated = labels.find((l, i) => labels.indexOf(l) !== i);
        if (repeated !== undefined) {
            return {
                spec,
                why: `two Project-URL entries have the label ${pyRepr(repeated)}`,
                action: 'give every entry of [project.urls] its own label',
            };
        }
    }
    if (spec.key === 'description' && values.length > 1) {
        return {
            spec,
            why: 'the description is given twice (a Description header and the message body, or two headers)',
            action: 'let the backend write it once: upgrade the build backend, and set the text only through `readme`',
        };
    }
    if ((spec.shape === 'string' || spec.shape === 'keywords') && values.length > 1) {
        return {
            spec,
            why: `it appears ${values.length} times but may appear only once`,
            action: 'give it one value (a backend plugin or setup() argument may add it a second time)',
        };
    }
    return { spec, why: 'its value is not valid UTF-8', action: 'save the text it comes from as UTF-8' };
}
function checkUnparsed(ctx, skip) {
    for (const [name, values] of ctx.parsed.unparsed) {
        if (skip.has(name))
            continue;
        const { why, action, spec } = unparsedReason(name, values);
        const written = writtenName(ctx.parsed, name);
        ctx.findings.push(finding(METADATA_RULES.M005, `${written}: ${TWINE}unrecognized or malformed field ${pyRepr(name)} (${why})`, spec ? fixFor(ctx.parsed, spec, action) : `${written}: ${action}`));
    }
}
function checkRequired(ctx, raw) {
    const { unparsed } = ctx.parsed;
    const mv = raw.metadata_version;
    const mvIndex = metadataVersionIndex(mv);
    if (!unparsed.has('metadata-version') && mvIndex < 0) {
        const hint = mv === '2.0'
            ? ' (2.0 was never standardised: twine 7 rejects it, and PyPI refuses it today, since it validates ' +
                'uploads with packaging (March 2024, pypi/warehouse#15631); files it accepted before stay on PyPI)'
            : mv === undefined
                ? ''
                : ' (known: 1.0, 1.1, 1.2, 2.1, 2.2, 2.3, 2.4, 2.5, 2.6)';
        report(ctx, METADATA_RULES.M001, 'metadata_version', `${mv === undefined ? 'None' : pyRepr(mv)} is not a valid metadata version${hint}`, 'rebuild the distribution with a current build backend (setuptools, hatchling, flit-core, pdm-backend, poetry-core), which writes a valid Metadata-Version');
    }
    if (!unparsed.has('name')) {
        const name = raw.name;
        if (!name)
            report(ctx, METADATA_RULES.M002, 'name', "'name' is a required field", 'set `name` in [project]');
        else if (!isValidName(name)) {
            report(ctx, METADATA_RULES.M002, 'name', invalidFor(name, 'name'), 'use ASCII letters, digits, `.`, `_` and `-`, starting and ending with a letter or digit');
        }
    }
    if (!unparsed.has('version')) {
        const version = raw.version;
        if (!version)
            report(ctx, METADATA_RULES.M003, 'version', "'version' is a required field", 'set a version');
        else if (!tryParseVersion(version)) {
            report(ctx, METADATA_RULES.M003, 'version', invalidFor(version, 'version'), 'use a PEP 440 version such as 1.2.0, 1.2.0rc1, 1.2.0.post1 or 1.2.0.dev3');
        }
    }
    return mvIndex;
}
function checkContentType(ctx, value) {
    const action = 'use a .md, .rst or .txt readme, or content-type "text/markdown", "text/x-rst" or "text/plain"';
    const ct = parseContentType(value);
    const key = 'description_content_type';
    const field = pyRepr(emailName(key));
    if (ct.defect !== undefined) {
        report(ctx, METADATA_RULES.M007, key, `${pyRepr(value)} is not a valid content type for ${field}: ${ct.defect}` +
            // Old setuptools wrote UNKNOWN for every field left unset; PyPI took it then.
            (value === 'UNKNOWN' ? ' (PyPI refuses it today; files it accepted before stay on PyPI)' : ''), action);
    }
    else if (!CONTENT_TYPES.includes(ct.type) || !value.toLowerCase().includes(ct.type)) {
        report(ctx, METADATA_RULES.M007, key, `${field} must be one of ${pyReprList(CONTENT_TYPES)}, not ${pyRepr(value)}`, action);
    }
    else {
        const charset = ct.params.get('charset') ?? 'UTF-8';
        const variant = ct.params.get('variant') ?? 'GFM';
        if (charset.toLowerCase() !== 'utf-8') {
            report(ctx, METADATA_RULES.M007, key, `${field} can only specify the UTF-8 charset, not ${pyRepr(charset)}`, 'save the readme as UTF-8 and drop the charset parameter (or write charset=UTF-8)');
        }
        else if (ct.type === 'text/markdown' && !MARKDOWN_VARIANTS.includes(variant)) {
            report(ctx, METADATA_RULES.M007, key, `valid Markdown variants for ${field} are ${pyReprList(MARKDOWN_VARIANTS)}, not ${pyRepr(variant)}`, 'write variant=GFM or variant=CommonMark, spelt exactly so (or leave the variant out)');
        }
    }
}
function checkDynamic(ctx, values) {
    for (const value of values) {
        const field = value.toLowerCase();
        if (['name', 'version', 'metadata-version'].includes(field)) {
            report(ctx, METADATA_RULES.M008, 'dynamic', `${pyRepr(field)} is not allowed as a dynamic field`, 'Name and Version must be fixed in the sdist; remove them from the backend configuration that marks them dynamic');
        }
        else if (!FIELD_BY_HEADER.has(field)) {
            report(ctx, METADATA_RULES.M008, 'dynamic', `${pyRepr(field)} is not a valid dynamic field`, 'list only core metadata field names (for pyproject keys, the backend translates them)');
        }
    }
}
function importNameProblem(entry, key) {
    const semicolon = entry.indexOf(';');
    const name = (semicolon < 0 ? entry : entry.slice(0, semicolon)).replace(/\s+$/u, '');
    const field = pyRepr(emailName(key));
    for (const identifier of name.split('.')) {
        if (!IDENTIFIER.test(identifier)) {
            return `${pyRepr(name)} is invalid for ${field}; ${pyRepr(identifier)} is not a valid identifier`;
        }
        if (PYTHON_KEYWORDS.has(identifier))
            return `${pyRepr(name)} is invalid for ${field}; ${pyRepr(identifier)} is a keyword`;
    }
    if (semicolon >= 0 && entry.slice(semicolon + 1).replace(/^\s+/u, '') !== 'private') {
        return `${pyRepr(entry)} is invalid for ${field}; the only valid option is 'private'`;
    }
    return undefined;
}
function licenseFileProblem(path) {
    const field = pyRepr(emailName('license_files'));
    const invalid = `${pyRepr(path)} is invalid for ${field}`;
    if (path.includes('..'))
        return `${invalid}, parent directory indicators are not allowed`;
    if (path.includes('*'))
        return `${invalid}, paths must be resolved`;
    const windowsAbsolute = /^[A-Za-z]:[\\/]/.test(path) || /^[\\/]{2}[^\\/]+[\\/]+[^\\/]/.test(path);
    if (path.startsWith('/') || windowsAbsolute)
        return `${invalid}, paths must be relative`;
    // PureWindowsPath(path).as_posix() must give the path back: no backslashes, empty or `.` parts.
    if (path !== '.' &&
        (path === '' || path.includes('\\') || path.split('/').some((p) => p === '' || p === '.'))) {
        return `${invalid}, paths must use '/' delimiter`;
    }
    return undefined;
}
function checkField(ctx, raw, key) {
    switch (key) {
        case 'summary':
            if (LINE_BOUNDARY.test(raw.summary)) {
                report(ctx, METADATA_RULES.M006, key, "'summary' must be a single line", 'write `description` on one line');
            }
            return;
        case 'description_content_type':
            checkContentType(ctx, raw.description_content_type);
            return;
        case 'dynamic':
            checkDynamic(ctx, raw.dynamic);
            return;
        case 'provides_extra':
            for (const extra of raw.provides_extra) {
                if (!isValidName(extra)) {
                    report(ctx, METADATA_RULES.M011, key, invalidFor(extra, key), 'name extras with ASCII letters, digits, `.`, `_` and `-`, starting and ending with a letter or digit');
                }
            }
            return;
        case 'requires_python':
            if (tryParseSpecifierSet(raw.requires_python) === undefined) {
                report(ctx, METADATA_RULES.M010, key, invalidFor(raw.requires_python, key), 'write a specifier set such as ">=3.9" or ">=3.9,<4"');
            }
            return;
        case 'requires_dist':
            for (const requirement of raw.requires_dist) {
                const result = parseRequirement(requirement);
                if (!result.ok) {
                    report(ctx, METADATA_RULES.M009, key, `${invalidFor(requirement, key)} (${result.message})`, 'write PEP 508 dependency specifiers such as "requests>=2.31", "tomli; python_version < \'3.11\'" or "pkg[extra]==1.*"');
                }
            }
            return;
        case 'license_expression': {
            const problem = licenseExpressionProblem(raw.license_expression);
            if (problem) {
                report(ctx, METADATA_RULES.M012, key, `${invalidFor(raw.license_expression, key)} (${problem})`, 'use SPDX identifiers (https://spdx.org/licenses/) joined by AND / OR / WITH, or LicenseRef-<name> for a custom license');
            }
            return;
        }
        case 'license_files':
            for (const path of raw.license_files) {
                const problem = licenseFileProblem(path);
                if (problem) {
                    report(ctx, METADATA_RULES.M013, key, problem, 'list relative paths or globs from the project root with `/` (the backend resolves them)');
                }
            }
            return;
        case 'import_names':
        case 'import_namespaces':
            for (const entry of raw[key]) {
                const problem = importNameProblem(entry, key);
                if (problem) {
                    report(ctx, METADATA_RULES.M014, key, problem, 'list dotted Python import names, optionally followed by "; private"');
                }
            }
            return;
        default:
            return;
    }
}
/** The metadata with License-File dropped below Metadata 2.4, as twine sends it (twine #1217). */
function asTwineSendsIt(parsed) {
    const version = tryParseVersion(parsed.raw.metadata_version ?? '0');
    const dropsLicenseFiles = version !== undefined && compareVersions(version, tryParseVersion('2.4')) < 0;
    if (!dropsLicenseFiles)
        return { raw: parsed.raw, dropsLicenseFiles };
    const { license_files: _dropped, ...raw } = parsed.raw;
    return { raw, dropsLicenseFiles };
}
/** Everything twine 7 (packaging 26) rejects, plus the sdist format's Metadata ≥ 2.2 (a warning). */
function coreMetadataFindings(parsed, kind) {
    const ctx = { parsed, findings: [] };
    const { raw, dropsLicenseFiles } = asTwineSendsIt(parsed);
    checkUnparsed(ctx, new Set(dropsLicenseFiles ? ['license-file'] : []));
    const mvIndex = checkRequired(ctx, raw);
    const mv = raw.metadata_version;
    for (const spec of FIELDS) {
        if (['metadata_version', 'name', 'version'].includes(spec.key) || raw[spec.key] === undefined)
            continue;
        if (mvIndex >= 0 && metadataVersionIndex(spec.added) > mvIndex) {
            report(ctx, METADATA_RULES.M004, spec.key, `${emailName(spec.key)} introduced in metadata version ${spec.added}, not ${mv} (PyPI refuses this ` +
                'today; files it accepted before it checked which version introduced a field stay on PyPI)', `the backend wrote Metadata-Version ${mv} with a field of ${spec.added}: upgrade the build backend in [build-system] requires and rebuild`);
            continue;
        }
        checkField(ctx, raw, spec.key);
    }
    if (kind === 'sdist' && mvIndex >= 0 && mvIndex < metadataVersionIndex('2.2')) {
        const spec = FIELD_BY_KEY.get('metadata_version');
        ctx.findings.push(finding(METADATA_RULES.M015, `${writtenName(parsed, spec.header)}: PKG-INFO declares Metadata-Version ${mv}; the source distribution format requires 2.2 or later (PyPI still accepts it).`, fixFor(parsed, spec, 'upgrade the build backend in [build-system] requires (current setuptools, hatchling, flit-core, pdm-backend and poetry-core write 2.2 or later) and rebuild')));
    }
    return ctx.findings;
}

;// CONCATENATED MODULE: ./packages/core/src/distfiles/metadata/email-address.ts
/**
 * PyPI's check of Author-email and Maintainer-email: Warehouse takes the address that Python's
 * `email.utils.parseaddr` finds and validates its syntax with email_validator (no DNS). This is a
 * close approximation with email_validator's messages; a value listing several addresses is not
 * checked, because strict `parseaddr` (Python 3.13, which PyPI runs) returns no address for it.
 */

const ATEXT = "a-zA-Z0-9_!#$%&'*+\\-/=?^`{|}~";
const DOT_ATOM = new RegExp(`^[${ATEXT}]+(?:\\.[${ATEXT}]+)*$`);
const DOT_ATOM_INTL = new RegExp(`^[${ATEXT}\\u0080-\\u{10FFFF}]+(?:\\.[${ATEXT}\\u0080-\\u{10FFFF}]+)*$`, 'u');
const ATEXT_INTL_CHAR = new RegExp(`^[.${ATEXT}\\u0080-\\u{10FFFF}]$`, 'u');
const HOSTNAME_CHAR = /^[a-zA-Z0-9\-.\u0080-\u{10FFFF}]$/u;
const HOSTNAME_LABEL = '(?:(?:[a-zA-Z0-9][a-zA-Z0-9-]*)?[a-zA-Z0-9])';
const DOT_ATOM_HOSTNAME = new RegExp(`^${HOSTNAME_LABEL}(?:\\.${HOSTNAME_LABEL})*$`);
const SPECIAL_USE_DOMAINS = ['arpa', 'invalid', 'local', 'localhost', 'onion', 'test'];
/** Splits on commas outside quotes, angle brackets and comments. */
function splitAddresses(value) {
    const parts = [];
    let current = '';
    let quoted = false;
    let angle = 0;
    let comment = 0;
    for (const ch of value) {
        if (ch === '"' && comment === 0)
            quoted = !quoted;
        else if (!quoted && ch === '<')
            angle++;
        else if (!quoted && ch === '>')
            angle = Math.max(0, angle - 1);
        else if (!quoted && ch === '(')
            comment++;
        else if (!quoted && ch === ')')
            comment = Math.max(0, comment - 1);
        if (ch === ',' && !quoted && angle === 0 && comment === 0) {
            parts.push(current);
            current = '';
        }
        else
            current += ch;
    }
    parts.push(current);
    return parts.filter((p) => p.trim() !== '');
}
/** The address strict `parseaddr` would return, or undefined when it returns none. */
function addressOf(value) {
    const parts = splitAddresses(value);
    if (parts.length !== 1)
        return undefined;
    const part = parts[0];
    const angle = /<([^>]*)>/.exec(part);
    let address = angle ? angle[1] : part.replace(/\([^)]*\)/g, ' ');
    address = address.trim().replace(/\s*([@.])\s*/g, '$1');
    if (address === '' || /\s/.test(address) || address.includes('['))
        return undefined;
    return address;
}
function displayChar(ch) {
    if (/[\p{L}\p{N}\p{P}\p{S}]/u.test(ch))
        return pyRepr(ch);
    if (ch === ' ')
        return 'SPACE';
    return `U+${ch.codePointAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
}
function tooMany(text, limit) {
    const diff = [...text].length - limit;
    return `(${diff} character${diff > 1 ? 's' : ''} too many)`;
}
function badChars(text, allowed) {
    const bad = new Set([...text].filter((c) => !allowed.test(c)).map(displayChar));
    return bad.size > 0 ? [...bad].sort().join(', ') : undefined;
}
function localPartProblem(local) {
    if (local === '')
        return 'There must be something before the @-sign.';
    if ([...local].length > 64)
        return `The email address is too long before the @-sign ${tooMany(local, 64)}.`;
    if (DOT_ATOM.test(local) || DOT_ATOM_INTL.test(local))
        return undefined;
    const bad = badChars(local, ATEXT_INTL_CHAR);
    if (bad)
        return `The email address contains invalid characters before the @-sign: ${bad}.`;
    if (local.endsWith('.'))
        return 'An email address cannot have a period immediately before the @-sign.';
    if (local.startsWith('.'))
        return 'An email address cannot start with a period.';
    if (local.includes('..'))
        return 'An email address cannot have two periods in a row.';
    return 'The email address contains invalid characters before the @-sign.';
}
function domainProblem(domainAsWritten) {
    if (domainAsWritten === '')
        return 'There must be something after the @-sign.';
    const bad = badChars(domainAsWritten, HOSTNAME_CHAR);
    if (bad)
        return `The part after the @-sign contains invalid characters: ${bad}.`;
    const domain = domainAsWritten.toLowerCase();
    if (domain.endsWith('.'))
        return 'An email address cannot end with a period.';
    if (domain.startsWith('.'))
        return 'An email address cannot have a period immediately after the @-sign.';
    if (domain.includes('..'))
        return 'An email address cannot have two periods in a row.';
    if (domain.endsWith('-'))
        return 'An email address cannot end with a hyphen.';
    if (domain.startsWith('-'))
        return 'An email address cannot have a hyphen immediately after the @-sign.';
    if (domain.includes('.-') || domain.includes('-.')) {
        return 'An email address cannot have a period and a hyphen next to each other.';
    }
    const labels = domain.split('.');
    if (labels.some((l) => /^(?!xn)..--/i.test(l))) {
        return 'An email address cannot have two letters followed by two dashes immediately after the @-sign or after a period, except Punycode.';
    }
    const ascii = DOT_ATOM_HOSTNAME.test(domain);
    if (ascii && domain.length > 255)
        return `The email address is too long after the @-sign ${tooMany(domain, 255)}.`;
    const long = labels.find((l) => l.length > 63);
    if (ascii && long)
        return `After the @-sign, periods cannot be separated by so many characters ${tooMany(long, 63)}.`;
    if (!domain.includes('.'))
        return 'The part after the @-sign is not valid. It should have a period.';
    if (ascii && !/[a-z]$/.test(domain)) {
        return 'The part after the @-sign is not valid. It is not within a valid top-level domain.';
    }
    if (SPECIAL_USE_DOMAINS.some((d) => domain === d || domain.endsWith(`.${d}`))) {
        return 'The part after the @-sign is a special-use or reserved name that cannot be used with email.';
    }
    return undefined;
}
/**
 * PyPI's complaint about an Author-email / Maintainer-email value (`'x@localhost' is not a valid
 * email address: …`), or undefined when it accepts it.
 */
function emailAddressProblem(value) {
    const address = addressOf(value);
    if (address === undefined)
        return undefined;
    const at = address.split('@');
    let reason;
    if (at.length !== 2)
        reason = 'The email address is not valid. It must have exactly one @-sign.';
    else
        reason = localPartProblem(at[0]) ?? domainProblem(at[1]);
    if (!reason && [...address].length > 254)
        reason = `The email address is too long ${tooMany(address, 254)}.`;
    return reason && `${pyRepr(address)} is not a valid email address: ${reason}`;
}

;// CONCATENATED MODULE: ./packages/core/src/distfiles/metadata/validate-pypi.ts
/**
 * What PyPI rejects in metadata beyond packaging's checks (Warehouse's forklift/metadata.py): the
 * metadata versions it supports, local versions, summary length, emails, classifiers, URLs, direct
 * references, Dynamic and License with License-Expression. Warehouse reads the form twine sends,
 * so License-File is gone below Metadata 2.4 and empty values count as absent.
 */










// Warehouse's DYNAMIC_FIELDS, lower-cased as it compares them.
const PYPI_DYNAMIC_FIELDS = new Set([
    'Platform',
    'Supported-Platform',
    'Summary',
    'Description',
    'Description-Content-Type',
    'Keywords',
    'Home-Page',
    'Download-Url',
    'Author',
    'Author-Email',
    'Maintainer',
    'Maintainer-Email',
    'License',
    'License-Expression',
    'License-File',
    'Classifier',
    'Requires-Dist',
    'Requires-Python',
    'Requires-External',
    'Project-Url',
    'Provides-Extra',
    'Provides-Dist',
    'Obsoletes-Dist',
    'Requires',
    'Provides',
    'Obsoletes',
    'Import-Name',
    'Import-Namespace',
].map((f) => f.toLowerCase()));
function validate_pypi_report(ctx, rule, key, text, action) {
    const spec = FIELD_BY_KEY.get(key);
    ctx.findings.push(finding(rule, `${writtenName(ctx.parsed, spec.header)}: ${text}`, fixFor(ctx.parsed, spec, action)));
}
/** The form fields Warehouse sees: twine's copy, with fields whose only value is empty left out. */
function asPypiSeesIt(parsed) {
    const raw = { ...asTwineSendsIt(parsed).raw };
    for (const [key, value] of Object.entries(raw)) {
        if (value === '' || (Array.isArray(value) && value.length === 1 && value[0] === ''))
            delete raw[key];
    }
    return raw;
}
function checkVersions(ctx, raw) {
    const mv = raw.metadata_version;
    if (mv !== undefined &&
        METADATA_VERSIONS.includes(mv) &&
        !PYPI_METADATA_VERSIONS.has(mv)) {
        validate_pypi_report(ctx, METADATA_RULES.P001, 'metadata_version', `${pyRepr(mv)} is not a valid metadata version`, `PyPI accepts Metadata-Version 1.0 to 2.5: pin the build backend to a release that writes 2.5 until PyPI supports ${mv}`);
    }
    const version = raw.version === undefined ? undefined : tryParseVersion(raw.version);
    if (version && hasLocal(version)) {
        validate_pypi_report(ctx, METADATA_RULES.P002, 'version', `The use of local versions in '${version_formatVersion(version)}' is not allowed.`, 'drop the `+local` part (for setuptools-scm / hatch-vcs set local_scheme = "no-local-version"); local versions are for builds that are not published');
    }
    if (raw.summary !== undefined && [...raw.summary].length > 512) {
        validate_pypi_report(ctx, METADATA_RULES.P003, 'summary', "'summary' field must be 512 characters or less.", `shorten it to 512 characters (it has ${[...raw.summary].length}); put the long text in the readme`);
    }
}
function checkPeople(ctx, raw) {
    for (const key of ['author_email', 'maintainer_email']) {
        const value = raw[key];
        const problem = value === undefined ? undefined : emailAddressProblem(value);
        if (problem)
            validate_pypi_report(ctx, METADATA_RULES.P004, key, problem, 'give each person a real address, or leave `email` out');
    }
}
function checkClassifiers(ctx, raw) {
    const unique = [...new Set(raw.classifiers ?? [])].sort();
    // The list's release is named so that a classifier newer than it can be told from a typo.
    const action = `use classifiers from https://pypi.org/classifiers/ exactly as written there (checked against trove-classifiers ${troveClassifiers().version})`;
    for (const classifier of unique) {
        const problem = classifierProblem(classifier);
        if (!problem)
            continue;
        if (problem.kind === 'private') {
            validate_pypi_report(ctx, METADATA_RULES.P007, 'classifiers', `${pyRepr(classifier)} is not a valid classifier. PyPI rejects every upload with a 'Private ::' classifier; projects add one on purpose so they are never published by accident.`, 'keep it if this project must not reach PyPI (upload it to a private index, and ignore P007 there); remove it to publish on PyPI');
        }
        else if (problem.kind === 'deprecated') {
            const text = problem.replacements.length > 0
                ? `The classifier ${pyRepr(classifier)} has been deprecated, use one of ${pyReprList(problem.replacements)} instead.`
                : `The classifier ${pyRepr(classifier)} has been deprecated.`;
            validate_pypi_report(ctx, METADATA_RULES.P006, 'classifiers', text, problem.replacements.length === 1
                ? `replace it with ${pyRepr(problem.replacements[0])}`
                : problem.replacements.length > 1
                    ? `replace it with one of ${pyReprList(problem.replacements)}`
                    : 'remove it: it has no replacement');
        }
        else {
            const why = problem.why ? ` (${problem.why})` : '';
            const suggestion = problem.suggestion ? `: did you mean ${pyRepr(problem.suggestion)}?` : '';
            validate_pypi_report(ctx, METADATA_RULES.P005, 'classifiers', `${pyRepr(classifier)} is not a valid classifier.${why}`, `${action}${suggestion}`);
        }
    }
}
function checkUrls(ctx, raw) {
    const urlAction = 'write an absolute http:// or https:// URL';
    for (const key of ['home_page', 'download_url']) {
        const url = raw[key];
        if (url !== undefined && !isValidPypiUrl(url)) {
            validate_pypi_report(ctx, METADATA_RULES.P008, key, `${pyRepr(url)} is not a valid url.`, urlAction);
        }
    }
    for (const [label, url] of raw.project_urls ?? []) {
        if (!label) {
            validate_pypi_report(ctx, METADATA_RULES.P009, 'project_urls', 'Must have a label', 'write each entry as `Label = "https://…"`');
        }
        else if ([...label].length > 32) {
            validate_pypi_report(ctx, METADATA_RULES.P009, 'project_urls', `${pyRepr(label)} must be 32 characters or less.`, 'shorten the label to 32 characters');
        }
        else if (!url) {
            validate_pypi_report(ctx, METADATA_RULES.P009, 'project_urls', 'Must have a URL', `give ${pyRepr(label)} a URL`);
        }
        else if (!isValidPypiUrl(url)) {
            validate_pypi_report(ctx, METADATA_RULES.P009, 'project_urls', `${pyRepr(url)} is not a valid url`, urlAction);
        }
    }
}
function validate_pypi_checkRequirements(ctx, raw) {
    for (const key of ['provides_dist', 'obsoletes_dist']) {
        for (const text of raw[key] ?? []) {
            const result = parseRequirement(text);
            if (!result.ok) {
                validate_pypi_report(ctx, METADATA_RULES.P010, key, `${pyRepr(text)} is invalid: ${result.message}`, 'write a PEP 508 specifier such as "name (>=1.0)"');
            }
            else if (result.requirement.url) {
                validate_pypi_report(ctx, METADATA_RULES.P010, key, `Can't have direct dependency: ${pyRepr(text)}`, 'name a project and version, not a URL');
            }
        }
    }
    for (const text of raw.requires_dist ?? []) {
        const result = parseRequirement(text);
        if (result.ok && result.requirement.url) {
            validate_pypi_report(ctx, METADATA_RULES.P011, 'requires_dist', `Can't have direct dependency: ${formatRequirement(result.requirement)}`, 'PyPI does not allow `name @ URL` dependencies: depend on a release published on an index (publish the dependency first), or keep the URL in a requirements file');
        }
    }
}
function checkLicenseAndDynamic(ctx, raw) {
    for (const value of raw.dynamic ?? []) {
        const field = value.toLowerCase();
        const packagingRejects = ['name', 'version', 'metadata-version'].includes(field) || !FIELD_BY_HEADER.has(field);
        if (!packagingRejects && !PYPI_DYNAMIC_FIELDS.has(field)) {
            validate_pypi_report(ctx, METADATA_RULES.P012, 'dynamic', `Dynamic field ${pyRepr(field)} is not a valid dynamic field.`, 'remove it from the fields the backend marks dynamic');
        }
    }
    if (raw.license && raw.license_expression) {
        validate_pypi_report(ctx, METADATA_RULES.P013, 'license', 'License is deprecated when License-Expression is present. Only License-Expression should be present.', 'set `license` to the SPDX expression string only; the backend still writes License from a `{text = …}` table or from a setup() `license` argument');
    }
}
/** Everything PyPI rejects in metadata that twine does not (Warehouse's own rules). */
function pypiMetadataFindings(parsed) {
    const ctx = { parsed, findings: [] };
    const raw = asPypiSeesIt(parsed);
    checkVersions(ctx, raw);
    checkPeople(ctx, raw);
    checkClassifiers(ctx, raw);
    checkUrls(ctx, raw);
    validate_pypi_checkRequirements(ctx, raw);
    checkLicenseAndDynamic(ctx, raw);
    return ctx.findings;
}

;// CONCATENATED MODULE: ./packages/core/src/distfiles/metadata/validate.ts


/** Everything twine 7 + packaging 26 reject (M rules) and everything Warehouse rejects in metadata (P rules). */
function validateMetadata(parsed, options) {
    return [...coreMetadataFindings(parsed, options.kind), ...pypiMetadataFindings(parsed)];
}

;// CONCATENATED MODULE: ./packages/core/src/distfiles/metadata/view.ts

/** A convenient read-only view of `parsed` for other checks. */
function metadataView(parsed) {
    const raw = parsed.raw;
    return {
        metadataVersion: raw.metadata_version,
        name: raw.name,
        version: raw.version,
        summary: raw.summary,
        description: raw.description,
        descriptionContentType: raw.description_content_type,
        keywords: raw.keywords ?? [],
        homePage: raw.home_page,
        downloadUrl: raw.download_url,
        author: raw.author,
        authorEmail: raw.author_email,
        maintainer: raw.maintainer,
        maintainerEmail: raw.maintainer_email,
        license: raw.license,
        licenseExpression: raw.license_expression,
        licenseFiles: asTwineSendsIt(parsed).raw.license_files ?? [],
        classifiers: raw.classifiers ?? [],
        requiresDist: raw.requires_dist ?? [],
        requiresPython: raw.requires_python,
        providesExtra: raw.provides_extra ?? [],
        projectUrls: raw.project_urls ?? new Map(),
        dynamic: (raw.dynamic ?? []).map((d) => d.toLowerCase()),
        importNames: raw.import_names ?? [],
        importNamespaces: raw.import_namespaces ?? [],
    };
}

;// CONCATENATED MODULE: ./packages/core/src/distfiles/metadata/index.ts
/**
 * Core metadata (METADATA / PKG-INFO): parsing as packaging does, twine's checks (M rules) and
 * PyPI's upload checks (P rules), with the SPDX, PEP 508 (pep508/) and classifier checks they need.
 */









;// CONCATENATED MODULE: ./packages/core/src/distfiles/filenames/rules.ts
/**
 * The file-name rules (F…): what twine, packaging, PyPI (Warehouse) and the wheel/sdist specs
 * require of a distribution's file name, on its own and against the file's metadata.
 */

/** File-name rules, keyed by code. */
const NAME_RULES = defineRules({
    F001: {
        severity: 'error',
        source: 'pypi',
        title: 'Cannot upload a file with non-printable characters (ordinals 0-31) or the DEL character (ordinal 127) in the name.',
    },
    F002: { severity: 'error', source: 'pypi', title: "Cannot upload a file with '/' or '\\' in the name." },
    F003: {
        severity: 'error',
        source: 'pypi',
        title: 'Invalid file extension: Use .tar.gz, .whl or .zip extension (twine: Unknown distribution format)',
    },
    F004: {
        severity: 'error',
        source: 'wheel-spec',
        title: 'The wheel file name must parse as {name}-{version}(-{build})?-{python}-{abi}-{platform}.whl',
    },
    F005: {
        severity: 'error',
        source: 'pypi',
        title: 'Filename should contain the normalized project name (lowercase, runs of -_. as _)',
    },
    F006: {
        severity: 'warning',
        source: 'wheel-spec',
        title: 'Version numbers should be normalised in wheel file names',
    },
    F007: { severity: 'error', source: 'pypi', title: 'Binary wheel has an unsupported platform tag' },
    F008: {
        severity: 'warning',
        source: 'wheel-spec',
        title: 'Compressed tag set components must be in sorted order per PEP 425',
    },
    F009: { severity: 'error', source: 'pypi', title: 'Filename is too long' },
    F010: { severity: 'error', source: 'pypi', title: 'Invalid source distribution filename' },
    F011: {
        severity: 'error',
        source: 'pypi',
        title: 'Source distributions must be .tar.gz files (PEP 625); PyPI rejects .zip sdists',
    },
    F012: {
        severity: 'error',
        source: 'pypi',
        title: 'The sdist file name must be {normalized_name}-{normalized_version}.tar.gz (PEP 625)',
    },
    F013: {
        severity: 'error',
        source: 'pypi',
        title: 'Start filename for the project with its normalized name',
    },
    F014: {
        severity: 'error',
        source: 'pypi',
        title: 'The version in the file name must equal the metadata Version',
    },
});

;// CONCATENATED MODULE: ./packages/core/src/distfiles/filenames/file-kind.ts
/**
 * What kind of distribution a file name says it is, and the checks PyPI runs on every uploaded file
 * name before looking inside (Warehouse's `_validate_filename`, and the length it can store).
 */



const PEP_527 = 'See https://www.python.org/dev/peps/pep-0527';
const WAREHOUSE_BAD_EXTENSION = `Invalid file extension: Use .tar.gz, .whl or .zip extension. ${PEP_527} and https://peps.python.org/pep-0715/ for more information`;
const BUILD_FIX = 'build the distributions with a PEP 517 frontend (`python -m build` or `uv build`), which writes a .whl wheel ' +
    'and a .tar.gz sdist, and publish only those files';
// Why a known legacy format is refused, so the message says more than "unknown".
const LEGACY_FORMATS = [
    [/\.egg$/i, 'eggs are no longer accepted by PyPI (PEP 715)'],
    [/\.(exe|msi)$/i, 'bdist_wininst/bdist_msi installers are no longer accepted by PyPI (PEP 527)'],
    [
        /\.(tar\.bz2|tar\.xz|tar\.z|tgz|tbz|tar)$/i,
        'PEP 527 allows only .tar.gz and .zip sdists, and PyPI now requires .tar.gz (PEP 625)',
    ],
    [/\.(rpm|deb|dmg)$/i, 'PyPI accepts only wheels and sdists'],
];
/** The kind twine infers from the extension (case-sensitive, as twine's check is), or undefined. */
function distKindOf(filename) {
    if (filename.endsWith('.whl'))
        return 'wheel';
    if (filename.endsWith('.tar.gz') || filename.endsWith('.zip'))
        return 'sdist';
    return undefined;
}
/** The kind, or the F003 finding twine and PyPI give for any other extension. */
function checkDistKind(filename) {
    const kind = distKindOf(filename);
    if (kind)
        return { kind, findings: [] };
    let why = LEGACY_FORMATS.find(([re]) => re.test(filename))?.[1];
    if (!why && /\.(whl|tar\.gz|zip)$/i.test(filename)) {
        why = 'the extension is matched case-sensitively: write it in lower case';
    }
    const message = `Unknown distribution format: ${pyRepr(filename)} (twine check stops at this file). ` +
        `PyPI: "${WAREHOUSE_BAD_EXTENSION}"${why ? ` — ${why}` : ''}.`;
    return { findings: [finding(NAME_RULES.F003, message, BUILD_FIX)] };
}
// Warehouse writes the upload to a temporary file of the same name, and for a wheel also
// `<name>.metadata`; names are limited to 255 bytes on its file system.
const NAME_MAX = 255;
/** F001, F002 and F009: characters PyPI refuses in any file name, and the length it can store. */
function checkFilenameBasics(filename, kind) {
    const findings = [];
    if (/[\x00-\x1f\x7f]/.test(filename)) {
        findings.push(finding(NAME_RULES.F001, `${pyRepr(filename)}: ${NAME_RULES.F001.title}`, 'remove control characters from the project name or version, then rebuild'));
    }
    if (/[/\\]/.test(filename)) {
        findings.push(finding(NAME_RULES.F002, `${pyRepr(filename)}: ${NAME_RULES.F002.title}`, 'pass the bare file name of the distribution (no directory part) and rebuild if the name itself holds a slash'));
    }
    const bytes = utf8Length(filename);
    const fix = 'shorten the project name, the version (e.g. its local label) or the wheel tags so the file name fits; ' +
        'long names usually come from a long local version (+…)';
    if (kind === 'wheel' && utf8Length(`${filename}.metadata`) > NAME_MAX) {
        findings.push(finding(NAME_RULES.F009, `Filename is too long: '${filename}' (PyPI stores the wheel's METADATA as '<file name>.metadata', which must ` +
            `fit in ${NAME_MAX} bytes, so a wheel name may have at most ${NAME_MAX - '.metadata'.length} bytes; this one has ${bytes})`, fix));
    }
    else if (bytes > NAME_MAX) {
        findings.push(finding(NAME_RULES.F009, `${pyRepr(filename)} is ${bytes} bytes long; PyPI writes each upload to a file of that name, ` +
            `which is limited to ${NAME_MAX} bytes, so the upload fails`, fix));
    }
    return findings;
}

;// CONCATENATED MODULE: ./packages/core/src/distfiles/filenames/sdist-filename.ts
/**
 * Source distribution file names: packaging's `parse_sdist_filename` and the PEP 625 form PyPI
 * enforces exactly (`{normalized_name}-{str(Version)}.tar.gz`).
 */






/** Parses as packaging.utils.parse_sdist_filename: the version follows the last `-`. */
function parseSdistFilename(filename) {
    let extension;
    if (filename.endsWith('.tar.gz'))
        extension = '.tar.gz';
    else if (filename.endsWith('.zip'))
        extension = '.zip';
    else {
        return {
            ok: false,
            error: `Invalid sdist filename (extension must be '.tar.gz' or '.zip'): ${pyRepr(filename)}`,
        };
    }
    const stem = filename.slice(0, -extension.length);
    const dash = stem.lastIndexOf('-');
    if (dash === -1)
        return { ok: false, error: `Invalid sdist filename: ${pyRepr(filename)}` };
    const name = stem.slice(0, dash);
    const version = stem.slice(dash + 1);
    if (name === '')
        return { ok: false, error: `Invalid sdist filename (empty project name): ${pyRepr(filename)}` };
    if (!tryParseVersion(version)) {
        return { ok: false, error: `Invalid sdist filename (invalid version): ${pyRepr(filename)}` };
    }
    return { ok: true, name, version, extension };
}
/**
 * The PEP 625 file name this file name stands for, derived from its own name and version, or
 * undefined when that is ambiguous: in `foo-1.0-1.tar.gz` either `foo-1.0` is the name or `1.0-1`
 * (a post-release) is the version, and only the metadata can tell.
 */
function expectedSdistFilename(filename) {
    const parsed = parseSdistFilename(filename);
    if (!parsed.ok)
        return undefined;
    const dash = parsed.name.lastIndexOf('-');
    if (dash !== -1 && tryParseVersion(`${parsed.name.slice(dash + 1)}-${parsed.version}`))
        return undefined;
    return `${distFilenamePrefix(parsed.name)}-${version_formatVersion(tryParseVersion(parsed.version))}.tar.gz`;
}
/** PyPI's PEP 625 message for a file that is not named `expected`. */
function pep625Message(filename, expected) {
    return `Filename ${pyRepr(filename)} is invalid, should be ${pyRepr(expected)}.`;
}
const PEP_625_FIX = 'build the sdist with a current build backend, which names it {normalized_name}-{version}.tar.gz (PEP 625); ' +
    'never rename a built file by hand';
/** Checks an sdist's file name on its own: PyPI's basics, packaging's parse and the PEP 625 form. */
function checkSdistFilename(filename) {
    const findings = checkFilenameBasics(filename, 'sdist');
    const parsed = parseSdistFilename(filename);
    if (!parsed.ok) {
        findings.push(finding(NAME_RULES.F010, `Invalid source distribution filename: ${filename} (${parsed.error})`, `name the file {name}-{version}.tar.gz — ${PEP_625_FIX}`));
        return { findings };
    }
    const expected = expectedSdistFilename(filename);
    if (parsed.extension === '.zip') {
        findings.push(finding(NAME_RULES.F011, `${expected ? pep625Message(filename, expected) : `Filename ${pyRepr(filename)} is invalid.`} ` +
            'PyPI accepts only .tar.gz source distributions (PEP 625).', 'build the sdist as .tar.gz: `python -m build --sdist` and `uv build --sdist` do; drop `--formats=zip` ' +
            'or [sdist] formats = zip from setup.cfg'));
    }
    else if (expected !== filename) {
        findings.push(finding(NAME_RULES.F012, expected
            ? pep625Message(filename, expected)
            : `Filename ${pyRepr(filename)} is invalid: a PEP 625 sdist name has exactly one '-', between the ` +
                `normalized name (with '_') and the normalized version`, PEP_625_FIX));
    }
    return { parsed: { name: parsed.name, version: parsed.version }, findings };
}

;// CONCATENATED MODULE: ./packages/core/src/distfiles/filenames/platform-tags.ts
/**
 * The wheel platform tags PyPI accepts (Warehouse's `_valid_platform_tag` allow-list). Linux wheels
 * must use manylinux/musllinux tags: a plain `linux_x86_64` wheel only works where it was built.
 */
const STATIC_PLATFORMS = new Set([
    'any',
    'win32',
    'win_arm64',
    'win_amd64',
    'win_ia64',
    'manylinux1_x86_64',
    'manylinux1_i686',
    'manylinux2010_x86_64',
    'manylinux2010_i686',
    'manylinux2014_x86_64',
    'manylinux2014_i686',
    'manylinux2014_aarch64',
    'manylinux2014_armv7l',
    'manylinux2014_ppc64',
    'manylinux2014_ppc64le',
    'manylinux2014_s390x',
    'linux_armv6l',
    'linux_armv7l',
]);
const MACOSX_ARCHES = new Set([
    'ppc',
    'ppc64',
    'i386',
    'x86_64',
    'arm64',
    'intel',
    'fat',
    'fat3',
    'fat64',
    'universal',
    'universal2',
]);
// From macOS 11 only `macosx_<major>_0_<arch>` is accepted; 10.x keeps its minor versions.
const MACOSX_MAJORS = new Set(['11', '12', '13', '14', '15', '26']);
const IOS_ARCHES = new Set(['arm64', 'x86_64']);
const ANDROID_ARCHES = new Set(['armeabi_v7a', 'arm64_v8a', 'x86', 'x86_64']);
const JOINT_LINUX_ARCHES = ['x86_64', 'i686', 'aarch64', 'armv7l', 'ppc64le', 's390x', 'riscv64'];
const MANYLINUX_ARCHES = new Set([...JOINT_LINUX_ARCHES, 'ppc64']);
const MUSLLINUX_ARCHES = new Set(JOINT_LINUX_ARCHES);
// Warehouse uses Python's re.match: anchored at the start only, and `\d` is any Unicode digit.
const MACOSX = /^macosx_(?<major>\p{Nd}+)_(?<minor>\p{Nd}+)_(?<arch>.*)/u;
const LINUX = /^(?<libc>many|musl)linux_\p{Nd}+_\p{Nd}+_(?<arch>.*)/u;
const IOS = /^ios_\p{Nd}+_\p{Nd}+_(?<arch>.*)_(?:iphoneos|iphonesimulator)/u;
const ANDROID = /^android_\p{Nd}+_(?<arch>.*)/u;
const PYEMSCRIPTEN = /^pyemscripten_\p{Nd}+_\p{Nd}+_wasm32/u;
/** True when PyPI accepts a wheel with this (lower-cased) platform tag. */
function isPyPIPlatformTag(platform) {
    if (STATIC_PLATFORMS.has(platform))
        return true;
    const mac = MACOSX.exec(platform)?.groups;
    if (mac && mac.major === '10' && MACOSX_ARCHES.has(mac.arch))
        return true;
    if (mac && MACOSX_MAJORS.has(mac.major) && mac.minor === '0' && MACOSX_ARCHES.has(mac.arch))
        return true;
    const linux = LINUX.exec(platform)?.groups;
    if (linux)
        return (linux.libc === 'musl' ? MUSLLINUX_ARCHES : MANYLINUX_ARCHES).has(linux.arch);
    const ios = IOS.exec(platform)?.groups;
    if (ios && IOS_ARCHES.has(ios.arch))
        return true;
    const android = ANDROID.exec(platform)?.groups;
    if (android && ANDROID_ARCHES.has(android.arch))
        return true;
    return PYEMSCRIPTEN.test(platform);
}

;// CONCATENATED MODULE: ./packages/core/src/distfiles/filenames/wheel-filename.ts
/**
 * Wheel file names: packaging's `parse_wheel_filename` (same checks, same messages), the PEP 427
 * escaping PyPI enforces, and PyPI's platform tag allow-list.
 */







// packaging's `[\w._]+` in Unicode mode: Python's \w is letters, digits (any script) and `_`.
const WHEEL_NAME_PART = /^[\p{L}\p{N}_.]+$/u;
/** Python's `str.split(sep, maxsplit)`: at most `maxsplit` splits, the rest kept in the last part. */
function pySplit(text, sep, maxsplit) {
    const parts = [];
    let rest = text;
    while (parts.length < maxsplit) {
        const at = rest.indexOf(sep);
        if (at === -1)
            break;
        parts.push(rest.slice(0, at));
        rest = rest.slice(at + sep.length);
    }
    parts.push(rest);
    return parts;
}
function tagSetValid(tag) {
    const components = tag.split('-').map((c) => c.split('.'));
    if (components.length !== 3 || components.some((parts) => parts.includes('')))
        return false;
    return components[0].every(isPyIdentifier);
}
/** Parses a wheel file name exactly as packaging.utils.parse_wheel_filename does (without validate_order). */
function parseWheelFilename(filename) {
    if (!filename.endsWith('.whl')) {
        return { ok: false, error: `Invalid wheel filename (extension must be '.whl'): ${pyRepr(filename)}` };
    }
    const stem = filename.slice(0, -4);
    const dashes = stem.split('-').length - 1;
    if (dashes !== 4 && dashes !== 5) {
        return { ok: false, error: `Invalid wheel filename (wrong number of parts): ${pyRepr(stem)}` };
    }
    const parts = pySplit(stem, '-', dashes - 2);
    const namePart = parts[0];
    if (namePart.includes('__') || !WHEEL_NAME_PART.test(namePart)) {
        return { ok: false, error: `Invalid project name: ${pyRepr(stem)}` };
    }
    const version = tryParseVersion(parts[1]);
    if (!version)
        return { ok: false, error: `Invalid wheel filename (invalid version): ${pyRepr(stem)}` };
    let build;
    if (dashes === 5) {
        build = parts[2];
        if (!/^[0-9]/.test(build))
            return { ok: false, error: `Invalid build number: ${build} in ${pyRepr(stem)}` };
    }
    const tag = parts[parts.length - 1];
    if (!tagSetValid(tag)) {
        return { ok: false, error: `Invalid wheel filename (invalid tag component): ${pyRepr(stem)}` };
    }
    const [python, abi, platform] = tag.split('-').map((c) => c.split('.'));
    const wheel = {
        name: namePart,
        version: parts[1],
        tags: { python: python, abi: abi, platform: platform },
    };
    if (build !== undefined)
        wheel.build = build;
    return { ok: true, wheel, version };
}
/** Every tag of the compressed tag set, in file-name order (`py2.py3-none-any` → two tags). */
function expandTags(tags) {
    return tags.python.flatMap((py) => tags.abi.flatMap((abi) => tags.platform.map((plat) => `${py}-${abi}-${plat}`)));
}
const REBUILD_NOT_RENAME = 'rebuild with a current build backend (setuptools, hatchling, flit-core, pdm-backend and poetry-core all write ' +
    'normalised names); never rename a built file by hand';
/**
 * Checks a wheel's file name on its own: PyPI's character and length limits, packaging's parse,
 * the PEP 427 escaping of the name, a normalised version, sorted tag sets and the platform tags.
 */
function checkWheelFilename(filename) {
    const findings = checkFilenameBasics(filename, 'wheel');
    const result = parseWheelFilename(filename);
    if (!result.ok) {
        findings.push(finding(NAME_RULES.F004, result.error, 'name the file {name}-{version}(-{build})?-{python tag}-{abi tag}-{platform tag}.whl — ' +
            REBUILD_NOT_RENAME));
        return { findings };
    }
    const { wheel, version } = result;
    const normalized = distFilenamePrefix(wheel.name);
    if (wheel.name !== normalized) {
        findings.push(finding(NAME_RULES.F005, `Filename ${pyRepr(filename)} should contain the normalized project name ${pyRepr(normalized)}, not ${pyRepr(wheel.name)}. ` +
            'PyPI refuses such wheels today (it warned from 2025, pypi/warehouse#17378); wheels it accepted before ' +
            'stay on PyPI.', REBUILD_NOT_RENAME));
    }
    const canonical = version_formatVersion(version);
    if (wheel.version !== canonical) {
        findings.push(finding(NAME_RULES.F006, `Version numbers should be normalised in wheel file names: ${pyRepr(wheel.version)} is written ${pyRepr(canonical)}`, `write the version as ${canonical} in pyproject.toml (or let the build backend normalise it) and rebuild`));
    }
    // Platform sets are left out: auditwheel writes `manylinux_2_17_x86_64.manylinux2014_x86_64` (new
    // tag first), which every installer accepts; warning on it would fail most Linux wheels in strict mode.
    for (const component of [wheel.tags.python, wheel.tags.abi]) {
        const sorted = [...component].sort();
        if (component.some((part, i) => part !== sorted[i])) {
            findings.push(finding(NAME_RULES.F008, `Invalid wheel filename (compressed tag set components must be in sorted order per PEP 425): ` +
                `${pyRepr(filename.slice(0, -4))} (${pyRepr(component.join('.'))} should be ${pyRepr(sorted.join('.'))})`, `write the tag set as ${sorted.join('.')} (the build backend's tag setting, e.g. --python-tag or ` +
                `[tool.distutils.bdist_wheel]) and rebuild`));
        }
    }
    const seen = new Set();
    for (const platform of wheel.tags.platform.map((p) => p.toLowerCase())) {
        if (seen.has(platform) || isPyPIPlatformTag(platform))
            continue;
        seen.add(platform);
        findings.push(finding(NAME_RULES.F007, `Binary wheel '${filename}' has an unsupported platform tag '${platform}'.`, /^linux_/.test(platform)
            ? 'build Linux wheels in a manylinux/musllinux image (cibuildwheel does) or repair them with auditwheel, ' +
                'which retags linux_* wheels as manylinux_X_Y_*'
            : 'build the wheel for a platform PyPI accepts (any, win*, manylinux/musllinux, macOS, iOS, Android, ' +
                'pyemscripten), e.g. with cibuildwheel'));
    }
    return { parsed: wheel, findings };
}

;// CONCATENATED MODULE: ./packages/core/src/distfiles/filenames/against-metadata.ts
/**
 * File name against the file's own metadata, as PyPI checks at upload: the name must be the
 * project's, the version the metadata's. Only what the file name alone cannot show is reported here;
 * `checkWheelFilename` / `checkSdistFilename` report escaping and PEP 625 form, so calling both never
 * gives the same message twice.
 */







function startFilename(metadataName) {
    const prefix = distFilenamePrefix(metadataName);
    return finding(NAME_RULES.F013, `Start filename for ${pyRepr(metadataName)} with ${pyRepr(prefix)}.`, `the file was built for a different project than its metadata names: rebuild it from the project whose ` +
        `[project] name is ${JSON.stringify(metadataName)}, and never rename a built file by hand`);
}
// Warehouse splits sdist names at the last '-'; when the version is a post-release written with a
// hyphen (`1.0-1`) and the name does not match, it retries at the second-to-last '-', keeping that
// name even when the rest is not a version.
function sdistNameFromFilename(filename, metadataName, postRelease) {
    const parsed = parseSdistFilename(filename);
    if (!parsed.ok)
        return undefined;
    let name = parsed.name;
    if (postRelease &&
        canonicalizeName(name) !== canonicalizeName(metadataName) &&
        filename.split('-').length - 1 >= 2) {
        const beforeLast = filename.slice(0, filename.lastIndexOf('-'));
        name = beforeLast.slice(0, Math.max(0, beforeLast.lastIndexOf('-')));
    }
    return name;
}
/**
 * PyPI's file-name-vs-metadata checks: `Start filename for … with …`, `Version in filename should be
 * … not …` (wheels) and the exact PEP 625 name built from the metadata (sdists). File names that do
 * not parse give no finding here (the file-name checks report them); nor does an invalid metadata
 * version (the metadata checks report it).
 */
function checkFilenameAgainstMetadata(filename, kind, metadataName, metadataVersion) {
    const metaVersion = tryParseVersion(metadataVersion);
    if (kind === 'wheel') {
        const parsed = parseWheelFilename(filename);
        if (!parsed.ok)
            return [];
        if (canonicalizeName(parsed.wheel.name) !== canonicalizeName(metadataName))
            return [startFilename(metadataName)];
        if (metaVersion && !versionsEqual(metaVersion, parsed.version)) {
            return [
                finding(NAME_RULES.F014, `Version in filename should be ${pyRepr(version_formatVersion(metaVersion))} not ${pyRepr(version_formatVersion(parsed.version))}.`, 'rebuild the wheel: its file name and METADATA come from one build, so a mismatch means the file was ' +
                    'renamed or assembled from different builds'),
            ];
        }
        return [];
    }
    const nameFromFile = sdistNameFromFilename(filename, metadataName, metaVersion ? isPostrelease(metaVersion) : false);
    if (nameFromFile === undefined)
        return [];
    if (canonicalizeName(nameFromFile) !== canonicalizeName(metadataName))
        return [startFilename(metadataName)];
    if (!metaVersion)
        return [];
    const expected = `${distFilenamePrefix(metadataName)}-${version_formatVersion(metaVersion)}.tar.gz`;
    // Equal to what the file name alone implies: checkSdistFilename has reported it already.
    if (filename === expected || expected === expectedSdistFilename(filename))
        return [];
    return [
        finding(NAME_RULES.F012, pep625Message(filename, expected), 'rebuild the sdist from the project at this version; its file name must be the normalized name and ' +
            'version from PKG-INFO (PEP 625), so a mismatch means the file was renamed or built from other sources'),
    ];
}

;// CONCATENATED MODULE: ./packages/core/src/distfiles/filenames/index.ts
/**
 * Distribution file names: what twine, packaging and PyPI require of a wheel's or an sdist's file
 * name, on its own and against the file's metadata (rules F001…F014).
 */







;// CONCATENATED MODULE: ./packages/core/src/distfiles/own-rules.ts
/** Rules the orchestrator checks itself: file size and the sdist's own structure. */

/** S001 and the sdist structure rules R101–R102. */
const CHECK_RULES = defineRules({
    S001: {
        severity: 'error',
        source: 'pypi',
        title: "File too large: over PyPI's upload limit for the project (100 MiB unless PyPI raised it)",
    },
    R101: {
        severity: 'error',
        source: 'pypi',
        title: 'A License-File named in PKG-INFO does not exist in the sdist',
    },
    R102: {
        severity: 'warning',
        source: 'sdist-spec',
        title: 'The sdist has no pyproject.toml at its root (the source distribution format requires one)',
    },
    R103: {
        severity: 'error',
        source: 'twine',
        title: 'No readable METADATA / PKG-INFO: twine and PyPI cannot read the distribution',
    },
});
function mib(bytes) {
    return (bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, '');
}
/** S001 for a file of `size` bytes over `limit`. */
function fileTooLarge(filename, size, limit) {
    return finding(CHECK_RULES.S001, `File too large: ${filename} is ${mib(size)} MiB; the limit is ${mib(limit)} MiB. PyPI refuses it today ` +
        "unless it raised the project's limit (100 MiB by default, 1 GiB at most); larger files already on PyPI " +
        'were uploaded under a raised limit.', 'keep test data, docs and build leftovers out of the distribution, or ask PyPI for a larger limit (https://pypi.org/help/#file-size-limit) and raise max-file-size');
}

;// CONCATENATED MODULE: ./packages/core/src/distfiles/readme/docutils.ts
/**
 * Which docutils renders reStructuredText: PyPI's own version when we can get it. The runtime's
 * docutils may be years older (Debian 12 has 0.19) and reject what PyPI renders, so a current one is
 * installed with pip into a private directory — a cache shared by every run — when the interpreter's
 * is older. The directory holds docutils alone and is put first on the renderer's sys.path.
 */




/** The docutils PyPI renders descriptions with (readme_renderer 45.0 on Warehouse, as baipp pins it). */
const PYPI_DOCUTILS_VERSION = '0.23';
/** Whether `version` is at least PyPI's docutils (an unparsable version is not). */
function isCurrentDocutils(version) {
    const parsed = version === undefined ? undefined : tryParseVersion(version);
    const pypi = tryParseVersion(PYPI_DOCUTILS_VERSION);
    return parsed !== undefined && compareVersions(parsed, pypi) >= 0;
}
/** The docutils version installed in `dir` (from its dist-info's name), if any. */
function installedDocutils(dir) {
    let names;
    try {
        names = (0,external_node_fs_.readdirSync)(dir);
    }
    catch {
        return undefined;
    }
    for (const name of names) {
        const match = /^docutils-(.+)\.dist-info$/i.exec(name);
        if (match && (0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, 'docutils', '__init__.py')))
            return match[1];
    }
    return undefined;
}
/**
 * Where the CLI keeps PyPI's docutils: the user's cache directory (XDG_CACHE_HOME, else ~/.cache; on
 * Windows LOCALAPPDATA), one subdirectory per docutils version so that a new pin never sees an old copy.
 */
function docutilsCacheDir(env, platform, home) {
    const base = platform === 'win32'
        ? (env.LOCALAPPDATA ?? (0,external_node_path_.join)(home, 'AppData', 'Local'))
        : env.XDG_CACHE_HOME || (0,external_node_path_.join)(home, '.cache');
    return (0,external_node_path_.join)(base, 'otai-release', `docutils-${PYPI_DOCUTILS_VERSION}`);
}
/**
 * Installs PyPI's docutils into `dir` with `<python> -m pip install --target`. pip writes into a
 * fresh sibling directory that is renamed into place, so an interrupted or concurrent install never
 * leaves a half-written `dir` that a later run would take for a complete one.
 */
function pipDocutilsInstaller(dir, options = {}) {
    return {
        dir,
        install: async (python) => {
            if (installedDocutils(dir) === PYPI_DOCUTILS_VERSION)
                return { ok: true };
            (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(dir), { recursive: true });
            const staging = (0,external_node_fs_.mkdtempSync)(`${dir}.partial-`);
            try {
                const failure = await runPip(python, staging, options);
                if (failure)
                    return { ok: false, reason: failure };
                if (installedDocutils(staging) !== PYPI_DOCUTILS_VERSION) {
                    return { ok: false, reason: `pip installed no docutils ${PYPI_DOCUTILS_VERSION} into ${staging}` };
                }
                // A stale or broken copy is replaced; a complete one another run put there meanwhile is kept.
                if (installedDocutils(dir) === PYPI_DOCUTILS_VERSION)
                    return { ok: true };
                (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
                try {
                    (0,external_node_fs_.renameSync)(staging, dir);
                }
                catch (error) {
                    if (installedDocutils(dir) !== PYPI_DOCUTILS_VERSION) {
                        return { ok: false, reason: `could not move docutils into ${dir}: ${error.message}` };
                    }
                }
                return { ok: true };
            }
            finally {
                (0,external_node_fs_.rmSync)(staging, { recursive: true, force: true });
            }
        },
    };
}
// pip gives up after this long in all, whatever its per-request timeout.
const PIP_DEADLINE_MS = 5 * 60 * 1000;
/** Runs pip; resolves to undefined on success, else to a one-line reason. */
function runPip(python, target, options) {
    const args = [
        '-m',
        'pip',
        'install',
        // No retries: an offline runner should fall back at once rather than wait out five attempts.
        '--retries',
        '0',
        '--timeout',
        String(options.timeoutSeconds ?? 15),
        '--no-deps',
        // A wheel only: never run a downloaded setup.py during a check.
        '--only-binary=:all:',
        '--disable-pip-version-check',
        '--no-input',
        '--quiet',
        '--target',
        target,
        `docutils==${PYPI_DOCUTILS_VERSION}`,
    ];
    const command = `${python} -m pip install --target … docutils==${PYPI_DOCUTILS_VERSION}`;
    return new Promise((resolve) => {
        let stderr = '';
        let child;
        try {
            child = (0,external_node_child_process_.spawn)(python, args, {
                env: options.env ? { ...options.env } : process.env,
                stdio: ['ignore', 'ignore', 'pipe'],
            });
        }
        catch (error) {
            resolve(`${command} could not start: ${error.message}`);
            return;
        }
        const timer = setTimeout(() => child.kill('SIGKILL'), PIP_DEADLINE_MS);
        child.stderr.on('data', (chunk) => {
            stderr = (stderr + chunk.toString('utf8')).slice(-4000);
        });
        child.on('error', (error) => {
            clearTimeout(timer);
            resolve(`${command} could not start: ${error.message}`);
        });
        child.on('close', (code, signal) => {
            clearTimeout(timer);
            if (code === 0)
                return resolve(undefined);
            // pip's last error line says why (no network, no such version, no pip); its warnings do not.
            const lines = stderr
                .split(/\r?\n/)
                .map((l) => l.trim())
                .filter((l) => l && !/^WARNING:/.test(l));
            const why = lines.findLast((l) => /^ERROR:|No module named/.test(l)) ?? lines.at(-1) ?? '';
            resolve(`${command} failed (${signal ?? `exit ${code}`})${why ? `: ${why}` : ''}`);
        });
    });
}

;// CONCATENATED MODULE: ./packages/core/src/distfiles/readme/rules.ts
/** The description (long_description) rules: what twine check warns or fails on, and PyPI's renderer. */

/** Rules D001–D005. */
const README_RULES = defineRules({
    D001: {
        severity: 'warning',
        source: 'twine',
        title: '`long_description` missing (empty or UNKNOWN): PyPI shows no project description',
    },
    D002: {
        severity: 'warning',
        source: 'twine',
        title: '`long_description_content_type` missing: PyPI renders the description as reStructuredText',
    },
    D003: {
        severity: 'error',
        source: 'pypi',
        title: 'The description has syntax errors in markup and would not be rendered on PyPI (upload is rejected)',
    },
    D004: {
        severity: 'warning',
        source: 'otai-release',
        title: 'reStructuredText description not rendered: no Python with docutils was found',
    },
    D005: {
        severity: 'notice',
        source: 'otai-release',
        title: "reStructuredText description rejected by a docutils older than PyPI's, the only one available; PyPI's may render it",
    },
});

;// CONCATENATED MODULE: ./packages/core/src/distfiles/readme/description.ts
/**
 * The description checks as twine check makes them, plus PyPI's: which type PyPI will render the
 * description as, whether it is missing, and turning docutils' messages into findings that name the
 * docutils version that rendered.
 */



const README_FIX = 'set `readme = "README.md"` (or .rst) in [project] of pyproject.toml, so the backend writes the text and its content type';
/** twine's first pass: missing type (→ rendered as RST), missing text, and whether to render. */
function planDescription(fields) {
    const findings = [];
    const type = fields.descriptionContentType?.split(';')[0]?.trim().toLowerCase();
    if (!type) {
        findings.push(finding(README_RULES.D002, '`long_description_content_type` missing. defaulting to `text/x-rst`.', `${README_FIX}; with setuptools' setup.py pass long_description_content_type`));
    }
    const text = fields.description ?? '';
    if (text.trim() === '' || text.trimEnd() === 'UNKNOWN') {
        findings.push(finding(README_RULES.D001, '`long_description` missing.', README_FIX));
        return { findings };
    }
    // twine and PyPI render only RST (also the default for a missing or unknown type); Markdown and
    // plain text "cannot fail" for twine.
    const rendersAsRst = !type || (type !== 'text/markdown' && type !== 'text/plain');
    return rendersAsRst ? { findings, rst: text } : { findings };
}
/** docutils' `<string>:N: (LEVEL/n) msg` lines as twine prints them: `line N: Level: msg`. */
function translateDocutilsMessages(messages) {
    return messages
        .replace(/<string>:(\d+): \((\w+)\/\d+\) /g, (_m, line, level) => {
        const name = level.charAt(0) + level.slice(1).toLowerCase();
        return `line ${line}: ${name}: `;
    })
        .trim();
}
/** How to get PyPI's docutils: make our install work, or give the check a Python that has one. */
function howToGetCurrent(privateDir) {
    const target = privateDir ?? '<cache>';
    return `run \`python -m pip install --target ${target} docutils==${PYPI_DOCUTILS_VERSION}\` where pip can reach a package index (the check does this itself when it can), or install docutils>=${PYPI_DOCUTILS_VERSION} for a Python and point the \`python\` input (--python) at it`;
}
/** "docutils X rendered it", and how that relates to PyPI's. */
function renderedBy(docutils) {
    return docutils === PYPI_DOCUTILS_VERSION
        ? `docutils ${docutils} rendered it, as PyPI does.`
        : `docutils ${docutils} rendered it; PyPI runs ${PYPI_DOCUTILS_VERSION}.`;
}
/**
 * Findings from rendering one RST description: D003 when a docutils at least as new as PyPI's rejects
 * it, D005 (a notice) when only an older one was available and rejects it — PyPI's may well render
 * it, so a release must not fail on it — and D004 when nothing could render it.
 */
function renderedDescriptionFindings(render, rendering) {
    const { renderer } = rendering;
    if (!render || !renderer) {
        return [
            finding(README_RULES.D004, `The description is reStructuredText (or has no content type) and was not rendered: no Python with docutils was found (tried ${rendering.tried.join(', ') || 'none'}).`, `install docutils for the Python the check uses (\`pip install "docutils>=${PYPI_DOCUTILS_VERSION}"\`), or set the \`python\` input (--python); or switch the README to Markdown`),
        ];
    }
    if (render.ok)
        return [];
    const details = translateDocutilsMessages(render.messages) || 'No content rendered from RST source.';
    if (!isCurrentDocutils(renderer.docutils)) {
        return [
            finding(README_RULES.D005, `docutils ${renderer.docutils} (older than PyPI's ${PYPI_DOCUTILS_VERSION}) rejected the description; PyPI's docutils may render it, so this does not fail the file.\n${details}`, `to check it as PyPI does, ${howToGetCurrent(rendering.privateDir)}; if the markup is really wrong, fix it at the lines named`),
        ];
    }
    return [
        finding(README_RULES.D003, `\`long_description\` has syntax errors in markup and would not be rendered on PyPI.\n${details}\n${renderedBy(renderer.docutils)}`, 'fix the markup at the lines named in the README the backend reads (`readme` in [project]); check it locally with `python -m readme_renderer README.rst`'),
    ];
}
/** What the run could not do as PyPI does: render at all, or render with PyPI's docutils. */
function rstRenderingNotes(rendering) {
    const { renderer, problem } = rendering;
    if (!renderer) {
        const install = problem
            ? `, and docutils ${PYPI_DOCUTILS_VERSION} could not be installed: ${problem}`
            : '';
        return [
            `reStructuredText descriptions were not rendered: none of ${rendering.tried.join(', ') || 'the interpreters'} could import docutils${install}.`,
        ];
    }
    if (isCurrentDocutils(renderer.docutils))
        return [];
    const why = problem ?? `no docutils ${PYPI_DOCUTILS_VERSION} was available`;
    return [
        `reStructuredText was rendered with docutils ${renderer.docutils} (${renderer.python}), older than PyPI's ${PYPI_DOCUTILS_VERSION}: ${why}. A description only it rejects is a notice (D005), not an error. To render as PyPI does, ${howToGetCurrent(rendering.privateDir)}.`,
    ];
}

// EXTERNAL MODULE: external "node:readline"
var external_node_readline_ = __webpack_require__(481);
;// CONCATENATED MODULE: ./packages/core/src/distfiles/readme/rst-renderer.ts
/**
 * The one place a check runs Python: rendering reStructuredText with docutils, which has no faithful
 * JavaScript equivalent, with the settings PyPI's renderer (readme_renderer 45.0) uses — so that
 * readme_renderer itself is not needed, only docutils, preferably PyPI's version (see docutils.ts).
 * One process renders every description of a run, and only runs when there is RST to render.
 */



// Kept dependency-free (docutils aside): it must run on any Python 3 the user has. It answers in two
// lines of JSON: the version of the interpreter's own docutils, then — once told whether to put the
// private directory first on sys.path — the renders.
//
// The settings are readme_renderer 45.0's: warnings halt the render (halt_level 2) and nothing is
// reported below that (report_level 5); no file inclusion and no raw HTML; the title and subtitle
// transforms, headings from h2, smart quotes, comments dropped, short syntax-highlight classes, field
// names of any width, MathJax math (a dummy URL keeps docutils from warning), section self-links and
// the user-content- id prefix; the HTML5 writer. An empty rendering fails with readme_renderer's text.
const rst_renderer_SCRIPT = String.raw `
import io, json, sys

def send(value):
    sys.stdout.write(json.dumps(value) + "\n")
    sys.stdout.flush()

def forget_docutils():
    for name in [n for n in sys.modules if n == "docutils" or n.startswith("docutils.")]:
        del sys.modules[name]

# Only the package itself is imported here (cheap); the parser and writer wait for the request.
try:
    import docutils
    own = docutils.__version__
except Exception:
    own = None
send({"docutils": own})

request = json.loads(sys.stdin.buffer.read().decode("utf-8") or "null")
if not request:
    sys.exit(0)
if request.get("path"):
    forget_docutils()
    sys.path.insert(0, request["path"])
out = {"docutils": None, "renders": {}}
try:
    import docutils
    from docutils.core import publish_parts
    from docutils.utils import SystemMessage
    from docutils.writers.html5_polyglot import HTMLTranslator, Writer
except Exception as error:
    out["error"] = repr(error)
    send(out)
    sys.exit(0)
out["docutils"] = docutils.__version__
out["location"] = docutils.__path__[0]

class Translator(HTMLTranslator):
    # With file insertion off, docutils cannot open an image to apply :scale: and warns, which
    # halt_level 2 would make fatal; PyPI's renderer skips the lookup and keeps the natural size.
    def read_size_with_PIL(self, node):
        return None

SETTINGS = {
    "cloak_email_addresses": True,
    "doctitle_xform": True,
    "sectsubtitle_xform": True,
    "initial_header_level": 2,
    "file_insertion_enabled": False,
    "halt_level": 2,
    "math_output": "MathJax /dummy.js",
    "raw_enabled": False,
    "report_level": 5,
    "smart_quotes": True,
    "strip_comments": True,
    "syntax_highlight": "short",
    "field_name_limit": 0,
    "section_self_link": True,
    "id_prefix": "user-content-",
}

for key, text in request["rst"].items():
    stream = io.StringIO()
    writer = Writer()
    writer.translator_class = Translator
    html = ""
    try:
        parts = publish_parts(text, writer=writer, settings_overrides=dict(SETTINGS, warning_stream=stream))
        html = parts.get("docinfo", "") + parts.get("fragment", "")
    except SystemMessage:
        pass
    except Exception as error:
        stream.write(repr(error))
    if not html and not stream.tell():
        stream.write("No content rendered from RST source.")
    out["renders"][key] = {"ok": bool(html), "messages": stream.getvalue()}
send(out)
`;
function start(python) {
    const lines = [];
    const settle = [];
    for (let i = 0; i < 2; i++)
        lines.push(new Promise((resolve) => settle.push(resolve)));
    let child;
    try {
        // -I: the project's own files (a docutils/ folder in the working directory, PYTHONPATH) stay out.
        child = (0,external_node_child_process_.spawn)(python, ['-I', '-c', rst_renderer_SCRIPT], { stdio: ['pipe', 'pipe', 'ignore'] });
        const c = child;
        let received = 0;
        (0,external_node_readline_.createInterface)({ input: c.stdout, crlfDelay: Infinity }).on('line', (line) => {
            if (received < settle.length)
                settle[received++](line);
        });
        const ended = () => settle.forEach((s) => s(undefined));
        c.on('error', ended);
        c.on('close', ended);
        c.stdin.on('error', () => undefined);
    }
    catch {
        settle.forEach((s) => s(undefined));
    }
    return {
        own: lines[0].then((line) => parse(line)?.docutils),
        render: async (texts, path) => {
            child?.stdin?.end(JSON.stringify({ path: path ?? null, rst: Object.fromEntries(texts) }));
            return parse(await lines[1]);
        },
        cancel: () => child?.stdin?.end('null'),
    };
}
function parse(line) {
    if (line === undefined)
        return undefined;
    try {
        return JSON.parse(line);
    }
    catch {
        return undefined;
    }
}
async function finish(started, python, texts, path) {
    const answer = await started.render(texts, path);
    if (!answer?.docutils)
        return { error: answer?.error ?? `${python} stopped before answering` };
    return {
        renderer: { python, docutils: answer.docutils, location: answer.location ?? '' },
        renders: new Map(Object.entries(answer.renders)),
    };
}
/**
 * Renders `texts` (by key) with the first interpreter whose docutils is at least PyPI's — its own, or
 * PyPI's from the installer's directory, installed once when missing — and otherwise with the first
 * older docutils found, saying why in `problem`.
 */
async function renderRst(texts, options) {
    const { installer } = options;
    const tried = [];
    const where = installer ? { privateDir: installer.dir } : {};
    let problem;
    let installAttempted = false;
    // The first interpreter with an older docutils, kept waiting in case nothing better turns up.
    let fallback;
    const privateReady = () => installer !== undefined && isCurrentDocutils(installedDocutils(installer.dir));
    const result = (outcome) => {
        if ('error' in outcome)
            return undefined;
        return { ...outcome, tried, ...where, ...(problem ? { problem } : {}) };
    };
    for (const python of [...new Set(options.candidates)]) {
        tried.push(python);
        const started = start(python);
        const own = await started.own;
        if (own === undefined)
            continue; // it did not run
        // A started interpreter renders once: `used` says its one request is spent.
        let used = false;
        let rendered;
        if (isCurrentDocutils(own ?? undefined)) {
            used = true;
            rendered = result(await finish(started, python, texts, undefined));
        }
        else if (installer) {
            if (!privateReady() && !installAttempted) {
                installAttempted = true;
                const installed = await installer.install(python);
                if (!installed.ok)
                    problem = installed.reason;
            }
            if (privateReady()) {
                used = true;
                const outcome = await finish(started, python, texts, installer.dir);
                rendered = result(outcome);
                // The private copy does not import here (a Python older than docutils supports, say).
                if ('error' in outcome) {
                    problem = `docutils ${PYPI_DOCUTILS_VERSION} in ${installer.dir} could not be imported by ${python}: ${outcome.error}`;
                    if (own && !fallback)
                        fallback = { python, started: start(python) };
                }
            }
        }
        if (rendered) {
            fallback?.started.cancel();
            return rendered;
        }
        if (used)
            continue;
        if (own && !fallback)
            fallback = { python, started };
        else
            started.cancel();
    }
    if (fallback) {
        const rendered = result(await finish(fallback.started, fallback.python, texts, undefined));
        if (rendered)
            return rendered;
    }
    return { renders: new Map(), tried, ...where, ...(problem ? { problem } : {}) };
}
/** Interpreters to try, in order: an explicit one, else python3/python on PATH, then the system's. */
function pythonCandidates(explicit) {
    if (explicit)
        return [explicit];
    const list = ['python3', 'python'];
    if (process.platform !== 'win32')
        list.push('/usr/bin/python3');
    else
        list.push('py');
    return list;
}

;// CONCATENATED MODULE: ./packages/core/src/distfiles/readme/index.ts
/** Checking the long description as twine and PyPI do, rendering RST with docutils through Python. */





;// CONCATENATED MODULE: ./packages/core/src/distfiles/wheel/rules.ts
/**
 * The wheel structure rules (R…: dist-info layout, WHEEL, RECORD, License-File, entry points) and
 * check-wheel-contents' checks (W…, with cwc's own numbers and titles).
 */

/** Wheel structure rules, keyed by code. */
const WHEEL_RULES = defineRules({
    R001: {
        severity: 'error',
        source: 'pypi',
        title: 'The wheel must have WHEEL at {name}-{version}.dist-info/WHEEL, named as the file name starts',
    },
    R002: { severity: 'error', source: 'wheel-spec', title: 'A wheel has exactly one .dist-info directory' },
    R003: { severity: 'error', source: 'pypi', title: 'Wheel does not contain the required METADATA file' },
    R004: { severity: 'error', source: 'pypi', title: 'Wheel does not contain the required RECORD file' },
    R005: {
        severity: 'error',
        source: 'wheel-spec',
        title: 'The .data directory is named as the .dist-info directory, with the .data extension',
    },
    R006: {
        severity: 'error',
        source: 'wheel-spec',
        title: '.data directory contents should be in subdirectories named with a valid scheme key',
    },
    R007: {
        severity: 'warning',
        source: 'wheel-spec',
        title: 'Subdirectories under .dist-info/ are reserved (licenses, license_files, LICENSES, sboms)',
    },
    R008: {
        severity: 'warning',
        source: 'wheel-spec',
        title: 'WHEEL is in email header format (Name: value lines)',
    },
    R009: { severity: 'error', source: 'wheel-spec', title: 'WHEEL has a Wheel-Version with major version 1' },
    R010: {
        severity: 'warning',
        source: 'wheel-spec',
        title: 'Installers warn on a Wheel-Version newer than 1.0',
    },
    R011: { severity: 'error', source: 'wheel-spec', title: 'WHEEL has Root-Is-Purelib: true or false' },
    R012: {
        severity: 'warning',
        source: 'wheel-spec',
        title: "WHEEL's Tag lines are the expanded compatibility tags of the file name",
    },
    R013: { severity: 'warning', source: 'wheel-spec', title: "WHEEL's Build is the file name's build tag" },
    R014: { severity: 'error', source: 'wheel-spec', title: 'Each RECORD row is path,hash,size' },
    R015: {
        severity: 'error',
        source: 'check-wheel-contents',
        title: 'RECORD paths are relative, non-empty and normalized',
    },
    R016: { severity: 'error', source: 'check-wheel-contents', title: 'Each path occurs once in RECORD' },
    R017: {
        severity: 'error',
        source: 'wheel-spec',
        title: 'Installation will fail if any file in the archive is not mentioned in RECORD',
    },
    R018: {
        severity: 'warning',
        source: 'wheel-spec',
        title: 'RECORD lists the files in the wheel (no missing files, no directories)',
    },
    R019: {
        severity: 'error',
        source: 'wheel-spec',
        title: 'Every file except RECORD must include its hash in RECORD',
    },
    R020: {
        severity: 'error',
        source: 'wheel-spec',
        title: 'The hash algorithm must be sha256 or better; md5 and sha1 are not permitted',
    },
    R021: {
        severity: 'error',
        source: 'wheel-spec',
        title: 'Installation will fail if any file in the archive is not correctly hashed in RECORD',
    },
    R022: { severity: 'error', source: 'wheel-spec', title: "RECORD's size is the file's size in bytes" },
    R023: {
        severity: 'warning',
        source: 'wheel-spec',
        title: 'RECORD lists itself (with empty hash and size)',
    },
    R024: {
        severity: 'warning',
        source: 'wheel-spec',
        title: 'RECORD.jws and RECORD.p7s are deprecated and never mentioned in RECORD',
    },
    R025: {
        severity: 'error',
        source: 'pypi',
        title: 'Each License-File exists at {name}-{version}.dist-info/licenses/<path>',
    },
    R026: {
        severity: 'error',
        source: 'pypi',
        title: 'Wheel has invalid entry points defined in the entry_points.txt file',
    },
    R027: {
        severity: 'error',
        source: 'check-wheel-contents',
        title: 'check-wheel-contents: invalid wheel (RECORD structure)',
    },
    R028: {
        severity: 'warning',
        source: 'wheel-spec',
        title: 'RECORD digests are urlsafe base64 without padding; hex digests install with pip and uv but fail `wheel unpack`',
    },
});
/** check-wheel-contents' checks, keyed by code; titles are cwc's messages. */
const CWC_RULES = defineRules({
    W001: { severity: 'warning', source: 'check-wheel-contents', title: 'Wheel contains .pyc/.pyo files' },
    W002: { severity: 'warning', source: 'check-wheel-contents', title: 'Wheel contains duplicate files' },
    W003: {
        severity: 'warning',
        source: 'check-wheel-contents',
        title: 'Wheel contains non-module at library toplevel',
    },
    W004: {
        severity: 'warning',
        source: 'check-wheel-contents',
        title: 'Module is not located at importable path',
    },
    W005: {
        severity: 'warning',
        source: 'check-wheel-contents',
        title: 'Wheel contains common toplevel name in library',
    },
    W006: { severity: 'warning', source: 'check-wheel-contents', title: '__init__.py at top level of library' },
    W007: { severity: 'warning', source: 'check-wheel-contents', title: 'Wheel library is empty' },
    W008: { severity: 'warning', source: 'check-wheel-contents', title: 'Wheel is empty' },
    W009: {
        severity: 'warning',
        source: 'check-wheel-contents',
        title: 'Wheel contains multiple toplevel library entries',
    },
    W010: {
        severity: 'warning',
        source: 'check-wheel-contents',
        title: 'Toplevel library directory contains no Python modules',
    },
    W101: {
        severity: 'error',
        source: 'check-wheel-contents',
        title: 'Wheel library is missing files in package tree',
    },
    W102: {
        severity: 'error',
        source: 'check-wheel-contents',
        title: 'Wheel library contains files not in package tree',
    },
    W201: {
        severity: 'error',
        source: 'check-wheel-contents',
        title: 'Wheel library is missing specified toplevel entry',
    },
    W202: {
        severity: 'error',
        source: 'check-wheel-contents',
        title: 'Wheel library has undeclared toplevel entry',
    },
});
/** Every check-wheel-contents code, in cwc's order (what `select`/`ignore` prefixes expand over). */
const CWC_CODES = Object.keys(CWC_RULES);

;// CONCATENATED MODULE: ./packages/core/src/distfiles/wheel/cwc-settings.ts
/**
 * check-wheel-contents' configuration from `[tool.check-wheel-contents]` of pyproject.toml, read as
 * cwc reads it (comma-separated strings or arrays, check-code prefixes, `toplevel` without trailing
 * slashes). Unlike cwc, which ignores unknown keys, an unknown key is an error: a misspelt setting
 * silently doing nothing is worse than a failed check.
 */




const TABLE = ['tool', 'check-wheel-contents'];
// cwc's keys, with the field names pydantic also accepts for `package` and `src_dir`.
const KEYS = {
    select: 'select',
    ignore: 'ignore',
    toplevel: 'toplevel',
    package: 'package',
    package_paths: 'package',
    src_dir: 'srcDir',
    src_dirs: 'srcDir',
    package_omit: 'packageOmit',
};
/** cwc's `comma_split`: split at commas, strip each part, drop empty parts. */
function commaSplit(text) {
    return text
        .split(',')
        .map((part) => part.trim())
        .filter((part) => part !== '');
}
/** The check codes a list of prefixes stands for (cwc's `parse_check_prefix`); throws on an unknown prefix. */
function expandCheckPrefixes(prefixes, where) {
    const codes = new Set();
    for (const prefix of prefixes) {
        const matched = prefix === '' ? [] : CWC_CODES.filter((code) => code.startsWith(prefix));
        if (matched.length === 0) {
            throw new errors_ConfigurationError(`${where}: Unknown/invalid check prefix: ${pyRepr(prefix)}. Use check codes or prefixes of them ` +
                `(${CWC_CODES.join(', ')}; e.g. "W00" for W001–W010).`);
        }
        for (const code of matched)
            codes.add(code);
    }
    return [...codes];
}
/**
 * Reads `[tool.check-wheel-contents]` from pyproject.toml text. Undefined when the table is absent
 * (an empty table is an empty config, as in cwc). Unknown keys, wrong types and unknown check
 * prefixes throw ConfigurationError naming the file, the key and the fix.
 */
function readCwcConfig(pyprojectText, file) {
    const document = parseToml(pyprojectText, file);
    const tool = document.tool;
    if (tool === null || typeof tool !== 'object' || Array.isArray(tool))
        return undefined;
    const table = tool['check-wheel-contents'];
    if (table === undefined)
        return undefined;
    if (table === null || typeof table !== 'object' || Array.isArray(table)) {
        throw new errors_ConfigurationError(`${file}: [tool.check-wheel-contents] must be a table of settings (select, ignore, toplevel, package, src_dir, package_omit).`, { file, line: keyLine(pyprojectText, TABLE) });
    }
    const config = {};
    for (const [key, value] of Object.entries(table)) {
        const position = { file, line: keyLine(pyprojectText, [...TABLE, key]) };
        const field = KEYS[key];
        if (!field) {
            throw new errors_ConfigurationError(`${file}: [tool.check-wheel-contents] has an unknown key ${pyRepr(key)}; check-wheel-contents would ignore it, ` +
                `so the setting has no effect. Known keys: select, ignore, toplevel, package, src_dir, package_omit — ` +
                'fix the spelling or remove it.', position);
        }
        let list;
        if (typeof value === 'string')
            list = commaSplit(value);
        else if (Array.isArray(value) && value.every((v) => typeof v === 'string'))
            list = value;
        else {
            throw new errors_ConfigurationError(`${file}: [tool.check-wheel-contents] ${key} must be a string of comma-separated values or an array of ` +
                `strings, e.g. ${key} = ["${key === 'select' || key === 'ignore' ? 'W002' : 'mypkg'}"].`, position);
        }
        if (field === 'select' || field === 'ignore') {
            expandCheckPrefixes(list, `${file}: [tool.check-wheel-contents] ${key}`);
        }
        config[field] = field === 'toplevel' ? list.map((name) => name.replace(/\/+$/, '')) : list;
    }
    return config;
}

;// CONCATENATED MODULE: ./packages/core/src/distfiles/wheel/package-tree.ts
/**
 * The local file tree check-wheel-contents compares a wheel's library with for W101/W102: the
 * `package` paths (each directory or file itself) and the contents of the `src_dir` directories,
 * resolved against the directory of pyproject.toml, minus `package_omit` patterns.
 */




/** cwc's default `package_omit`. */
const DEFAULT_PACKAGE_OMIT = ['.*', 'CVS', 'RCS', '*.pyc', '*.pyo', '*.egg-info'];
/** Python's fnmatch for one path component (`*`, `?`, `[seq]`, `[!seq]`), case-sensitive as on POSIX. */
function componentPattern(pattern) {
    let out = '';
    for (let i = 0; i < pattern.length; i++) {
        const c = pattern[i];
        if (c === '*')
            out += '.*';
        else if (c === '?')
            out += '.';
        else if (c === '[') {
            let j = i + 1;
            if (pattern[j] === '!')
                j++;
            if (pattern[j] === ']')
                j++;
            while (j < pattern.length && pattern[j] !== ']')
                j++;
            if (j >= pattern.length)
                out += '\\[';
            else {
                let body = pattern.slice(i + 1, j).replace(/\\/g, '\\\\');
                if (body.startsWith('!'))
                    body = `^${body.slice(1)}`;
                else if (body.startsWith('^'))
                    body = `\\${body}`;
                out += `[${body}]`;
                i = j;
            }
        }
        else
            out += c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    }
    return new RegExp(`^${out}$`, 's');
}
/**
 * pathlib's `PurePath.match(pattern)`: a relative pattern matches the path's last components
 * (`*.pyc` any file ending in .pyc, `tests/*.py` a .py directly under a `tests` directory); an
 * absolute pattern must match the whole path.
 */
function pathMatches(absolutePath, pattern) {
    const absolute = pattern.startsWith('/');
    const patternParts = pattern.split('/').filter((p) => p !== '');
    const pathParts = absolutePath.split('/').filter((p) => p !== '');
    if (patternParts.length === 0)
        return false;
    if (absolute ? patternParts.length !== pathParts.length : patternParts.length > pathParts.length)
        return false;
    const tail = pathParts.slice(pathParts.length - patternParts.length);
    return patternParts.every((p, i) => componentPattern(p).test(tail[i]));
}
function walk(dir, rel, omit, files) {
    for (const name of (0,external_node_fs_.readdirSync)(dir)) {
        const full = external_node_path_default().join(dir, name);
        if (omit.some((pattern) => pathMatches(full, pattern)))
            continue;
        const relPath = rel === '' ? name : `${rel}/${name}`;
        if ((0,external_node_fs_.statSync)(full).isDirectory())
            walk(full, relPath, omit, files);
        else
            files.push(relPath);
    }
}
/**
 * The files of the package tree, as paths relative to the library root, or undefined when neither
 * `package` nor `srcDir` is set. Missing paths and two entries claiming one toplevel name are
 * ConfigurationErrors, as in cwc.
 */
function packageTreeFiles(config, projectDir, file) {
    if (config.package === undefined && config.srcDir === undefined)
        return undefined;
    const omit = config.packageOmit ?? DEFAULT_PACKAGE_OMIT;
    const files = new Set();
    const owners = new Map();
    const claim = (top, source) => {
        const earlier = owners.get(top);
        if (earlier !== undefined) {
            throw new errors_ConfigurationError(`${file}: [tool.check-wheel-contents] ${source} adds ${pyRepr(top)} to the file tree, but it is already ` +
                `present from ${earlier}; list each toplevel entry once.`, { file });
        }
        owners.set(top, source);
    };
    for (const entry of config.package ?? []) {
        const full = external_node_path_default().resolve(projectDir, entry);
        if (!(0,external_node_fs_.existsSync)(full)) {
            throw new errors_ConfigurationError(`${file}: [tool.check-wheel-contents] package: no such file or directory: ${pyRepr(full)}; paths are relative ` +
                'to the directory of pyproject.toml.', { file });
        }
        const root = (0,external_node_fs_.realpathSync)(full);
        const name = external_node_path_default().basename(root);
        claim(name, `package ${pyRepr(entry)}`);
        if ((0,external_node_fs_.statSync)(root).isDirectory()) {
            const found = [];
            walk(root, name, omit, found);
            for (const f of found)
                files.add(f);
        }
        else
            files.add(name);
    }
    for (const entry of config.srcDir ?? []) {
        const full = external_node_path_default().resolve(projectDir, entry);
        if (!(0,external_node_fs_.existsSync)(full) || !(0,external_node_fs_.statSync)(full).isDirectory()) {
            throw new errors_ConfigurationError(`${file}: [tool.check-wheel-contents] src_dir: not a directory: ${pyRepr(full)}; paths are relative to the ` +
                'directory of pyproject.toml.', { file });
        }
        const root = (0,external_node_fs_.realpathSync)(full);
        for (const name of (0,external_node_fs_.readdirSync)(root)) {
            if (omit.some((pattern) => pathMatches(external_node_path_default().join(root, name), pattern)))
                continue;
            claim(name, `src_dir ${pyRepr(entry)}`);
        }
        const found = [];
        walk(root, '', omit, found);
        for (const f of found)
            files.add(f);
    }
    return files;
}

;// CONCATENATED MODULE: ./packages/core/src/distfiles/wheel/csv.ts
/**
 * Python's `csv.reader` with the default (excel) dialect, which the RECORD spec names as the reader
 * every tool must be compatible with: `,` between fields, `"` quotes with `""` inside, `\r\n`, `\n`
 * or `\r` between records, non-strict (stray quotes are kept as text).
 */
const COMMA = 0x2c;
const QUOTE = 0x22;
const CR = 0x0d;
const LF = 0x0a;
/**
 * Where the run of characters from `from` that the current state takes as they are ends: at a line
 * break, and at `,` outside quotes or `"` inside them. Taking a run at once spares a string per
 * character.
 */
function plainRunEnd(text, from, quoted) {
    let i = from;
    for (; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === CR || c === LF || (quoted ? c === QUOTE : c === COMMA))
            break;
    }
    return i;
}
/** Splits `text` into records as Python's csv.reader does; a blank line is a record with no fields. */
function readCsv(text) {
    const records = [];
    let fields = [];
    let field = '';
    let state = 'startRecord';
    let line = 1;
    let recordLine = 1;
    const saveField = () => {
        fields.push(field);
        field = '';
    };
    const endRecord = () => {
        records.push({ fields, line: recordLine });
        fields = [];
        state = 'startRecord';
    };
    let i = 0;
    // The rest of a run of plain characters (see plainRunEnd), consumed.
    const takeRun = (quoted) => {
        const end = plainRunEnd(text, i, quoted);
        const run = text.slice(i, end);
        i = end;
        return run;
    };
    while (i < text.length) {
        // `\r\n` is one line break, as are a lone `\r` and a lone `\n`.
        const chunk = text[i] === '\r' && text[i + 1] === '\n' ? '\r\n' : text[i];
        i += chunk.length;
        const newline = chunk === '\n' || chunk === '\r' || chunk === '\r\n';
        if (state === 'startRecord') {
            recordLine = line;
            if (newline)
                endRecord();
            else
                state = 'startField';
        }
        if (state !== 'startRecord' || !newline) {
            switch (state) {
                case 'startField':
                    if (newline) {
                        saveField();
                        endRecord();
                    }
                    else if (chunk === '"')
                        state = 'inQuoted';
                    else if (chunk === ',')
                        saveField();
                    else {
                        field = chunk + takeRun(false);
                        state = 'inField';
                    }
                    break;
                case 'inField':
                    if (newline) {
                        saveField();
                        endRecord();
                    }
                    else if (chunk === ',') {
                        saveField();
                        state = 'startField';
                    }
                    else
                        field += chunk + takeRun(false);
                    break;
                case 'inQuoted':
                    if (chunk === '"')
                        state = 'quoteInQuoted';
                    else
                        field += chunk + takeRun(true);
                    break;
                case 'quoteInQuoted':
                    if (chunk === '"') {
                        field += '"';
                        state = 'inQuoted';
                    }
                    else if (chunk === ',') {
                        saveField();
                        state = 'startField';
                    }
                    else if (newline) {
                        saveField();
                        endRecord();
                    }
                    else {
                        field += chunk;
                        state = 'inField';
                    }
                    break;
            }
        }
        if (newline)
            line++;
    }
    if (state !== 'startRecord') {
        const unterminated = state === 'inQuoted';
        saveField();
        records.push(unterminated ? { fields, line: recordLine, unterminated } : { fields, line: recordLine });
    }
    return records;
}

;// CONCATENATED MODULE: ./packages/core/src/distfiles/wheel/record.ts
/**
 * RECORD: parsing (Python's csv reader, `path,algorithm=digest,size`) and the checks that make
 * installers and PyPI trust it: every archive member listed with a sha256-or-better hash and size
 * equal to the file's, no path listed twice, no absolute or non-normalized paths.
 */




/** Python's list repr of the fields, as cwc's `Invalid RECORD entry: [...]` prints them. */
function pyList(fields) {
    return `[${fields.map(pyRepr).join(', ')}]`;
}
const REBUILD_FIX = 'rebuild the wheel with its build backend instead of editing it; tools that modify built wheels must rewrite ' +
    'RECORD (`wheel unpack` + `wheel pack` does)';
/** Parses RECORD text; rows that are not `path,hash,size` become R014 findings (the path is kept when known). */
function parseRecord(text) {
    const rows = [];
    const findings = [];
    const invalid = (line, why) => {
        findings.push(finding(WHEEL_RULES.R014, `RECORD line ${line}: ${why}`, REBUILD_FIX));
    };
    for (const record of readCsv(text)) {
        const { fields, line } = record;
        if (record.unterminated)
            invalid(line, 'unexpected end of data: a quoted field is not closed');
        if (fields.length !== 3) {
            invalid(line, `Invalid RECORD entry: ${pyList(fields)} (a row is path,hash,size)`);
            // Only a row of one to three fields still names its path reliably.
            if (fields.length === 0 || fields.length > 3 || fields[0] === '')
                continue;
        }
        const [path, hash = '', size = ''] = fields;
        const row = { path, line };
        if (hash !== '') {
            const eq = hash.indexOf('=');
            if (eq <= 0)
                invalid(line, `hash ${pyRepr(hash)} of ${pyRepr(path)} is not <algorithm>=<digest>`);
            else {
                row.algorithm = hash.slice(0, eq);
                row.digest = hash.slice(eq + 1);
            }
        }
        if (size !== '') {
            // Python's int(): surrounding whitespace, a sign and `_` between digits are allowed.
            if (/^\s*[+-]?[0-9]+(?:_[0-9]+)*\s*$/.test(size))
                row.size = Number(size.replace(/[\s_]/g, ''));
            else
                invalid(line, `Invalid RECORD entry: ${pyList(fields)} (size ${pyRepr(size)} is not an integer)`);
        }
        rows.push(row);
    }
    return { rows, findings };
}
// hashlib.algorithms_guaranteed at least as strong as sha256, with Node's names for them.
const NODE_ALGORITHMS = {
    sha256: 'sha256',
    sha384: 'sha384',
    sha512: 'sha512',
    sha3_256: 'sha3-256',
    sha3_384: 'sha3-384',
    sha3_512: 'sha3-512',
    blake2b: 'blake2b512',
    blake2s: 'blake2s256',
};
const GUARANTEED_WEAK = new Set(['md5', 'sha1', 'sha224', 'sha3_224']);
const GUARANTEED_VARIABLE = new Set(['shake_128', 'shake_256']);
/**
 * The Node crypto algorithm to hash a member with: the one its RECORD row names, sha256 when the
 * member is not listed or has no hash. Undefined when the row names an algorithm that is not allowed
 * (md5, sha1, weaker or unknown ones): `checkRecord` reports that instead of a digest mismatch.
 */
function hashAlgorithmFor(row) {
    if (!row?.algorithm)
        return 'sha256';
    return NODE_ALGORITHMS[row.algorithm];
}
function algorithmProblem(algorithm) {
    if (GUARANTEED_WEAK.has(algorithm))
        return `${algorithm} is weaker than sha256`;
    if (GUARANTEED_VARIABLE.has(algorithm))
        return `${algorithm} has no fixed digest size, so installers cannot verify it`;
    if (NODE_ALGORITHMS[algorithm.toLowerCase()])
        return `hashlib names are lower-case: write ${algorithm.toLowerCase()}`;
    return `${pyRepr(algorithm)} is not a hashlib.algorithms_guaranteed name`;
}
// A path component that is `.` or `..`.
const DOT_SEGMENT = /(?:^|\/)\.\.?(?:\/|$)/;
/** cwc's path rules (`validate_path`): the message for a bad RECORD path, or undefined. */
function recordPathProblem(path) {
    if (path.startsWith('/'))
        return `Absolute path in RECORD: ${pyRepr(path)}`;
    if (path === '')
        return 'Empty path in RECORD';
    if (path.includes('//'))
        return `Non-normalized path in RECORD: ${pyRepr(path)}`;
    if (DOT_SEGMENT.test(path))
        return `Non-normalized path in RECORD: ${pyRepr(path)}`;
    return undefined;
}
const MAX_LISTED = 10;
function listPaths(paths) {
    const shown = paths.slice(0, MAX_LISTED).map(pyRepr).join(', ');
    return paths.length > MAX_LISTED ? `${shown} and ${paths.length - MAX_LISTED} more` : shown;
}
/** Paths RECORD lists more than once, or as both a file and a directory (cwc's "Conflicting occurrences"). */
function conflictingRecordPaths(rows) {
    const files = new Set();
    const conflicts = [];
    for (const { path } of rows) {
        if (path.endsWith('/'))
            continue;
        if (files.has(path))
            conflicts.push(path);
        files.add(path);
    }
    for (const path of files) {
        // Every directory prefix (`a`, `a/b` of `a/b/c`), without splitting and joining per prefix.
        for (let slash = path.indexOf('/'); slash !== -1; slash = path.indexOf('/', slash + 1)) {
            const dir = path.slice(0, slash);
            if (files.has(dir) && !conflicts.includes(dir))
                conflicts.push(dir);
        }
    }
    return conflicts;
}
/**
 * RECORD against the archive: every member listed (RECORD.jws/.p7s excepted), nothing listed that
 * is not there, each listed file hashed with sha256 or better, digests and sizes equal to `computed`
 * (keyed by member name; a digest is compared only when computed with the row's algorithm). Digests
 * that are the right ones written in hex make one R028 warning for the wheel, not an error each.
 */
function checkRecord(rows, members, computed, recordPath) {
    const listed = new Map();
    for (const row of rows) {
        const path = row.path.replace(/\\/g, '/');
        if (!listed.has(path))
            listed.set(path, row);
    }
    const view = {
        recordPath,
        signatures: new Set([`${recordPath}.jws`, `${recordPath}.p7s`]),
        listed,
        members,
        memberSet: new Set(members),
    };
    return [
        ...checkRecordPaths(rows),
        ...checkListing(view),
        ...checkSignatures(view),
        ...checkDigests(view, computed),
    ];
}
// cwc's path rules and duplicates (R015, R016).
function checkRecordPaths(rows) {
    const findings = [];
    for (const row of rows) {
        const problem = recordPathProblem(row.path);
        if (problem)
            findings.push(finding(WHEEL_RULES.R015, problem, REBUILD_FIX, [row.path]));
    }
    for (const path of conflictingRecordPaths(rows)) {
        findings.push(finding(WHEEL_RULES.R016, `Conflicting occurrences of path ${pyRepr(path)}`, REBUILD_FIX, [path]));
    }
    return findings;
}
// Members RECORD leaves out, paths it lists that are no members (or directories), and itself (R017, R018, R023).
function checkListing({ recordPath, signatures, listed, members, memberSet }) {
    const findings = [];
    const unlisted = members.filter((m) => m !== recordPath && !signatures.has(m) && !listed.has(m));
    if (unlisted.length > 0) {
        findings.push(finding(WHEEL_RULES.R017, `${unlisted.length === 1 ? 'A file is' : `${unlisted.length} files are`} in the archive but not in RECORD: ` +
            `${listPaths(unlisted)}. Installation will fail if any file in the archive is not both mentioned and ` +
            'correctly hashed in RECORD.', REBUILD_FIX, unlisted));
    }
    const directories = [...listed.keys()].filter((p) => p.endsWith('/'));
    const missing = [...listed.keys()].filter((p) => !p.endsWith('/') && p !== recordPath && !signatures.has(p) && !memberSet.has(p));
    if (missing.length > 0) {
        findings.push(finding(WHEEL_RULES.R018, `RECORD lists ${missing.length === 1 ? 'a file' : `${missing.length} files`} the archive does not contain: ` +
            `${listPaths(missing)} (PyPI emails the project owners about a RECORD that does not match the archive)`, REBUILD_FIX, missing));
    }
    if (directories.length > 0) {
        findings.push(finding(WHEEL_RULES.R018, `RECORD lists ${directories.length === 1 ? 'a directory' : `${directories.length} directories`}: ` +
            `${listPaths(directories)}. Directories should not be listed.`, REBUILD_FIX, directories));
    }
    if (memberSet.has(recordPath) && !listed.has(recordPath)) {
        findings.push(finding(WHEEL_RULES.R023, `RECORD does not list itself: the RECORD file itself must be listed (as ${pyRepr(`${recordPath},,`)})`, REBUILD_FIX, [recordPath]));
    }
    return findings;
}
// RECORD.jws / RECORD.p7s in the wheel or in RECORD (R024).
function checkSignatures({ signatures, listed, memberSet }) {
    const findings = [];
    for (const signature of signatures) {
        if (memberSet.has(signature)) {
            findings.push(finding(WHEEL_RULES.R024, `${pyRepr(signature)} is deprecated (PEP 815): build backends and other tools must not add RECORD.jws ` +
                'or RECORD.p7s to wheels anymore', 'stop signing wheels with `wheel sign`; publish with PyPI attestations (Trusted Publishing) instead', [signature]));
        }
        if (listed.has(signature)) {
            findings.push(finding(WHEEL_RULES.R024, `RECORD mentions ${pyRepr(signature)}; neither RECORD.jws nor RECORD.p7s are mentioned in RECORD`, REBUILD_FIX, [signature]));
        }
    }
    return findings;
}
// Each listed member's hash algorithm, digest and size (R019–R022); hex digests that match, once (R028).
function checkDigests(view, computed) {
    const { recordPath, signatures, listed, memberSet } = view;
    const findings = [];
    const hexRows = [];
    let hashedRows = 0;
    for (const [path, row] of listed) {
        if (path === recordPath || signatures.has(path) || !memberSet.has(path))
            continue;
        if (!row.algorithm) {
            findings.push(finding(WHEEL_RULES.R019, `RECORD line ${row.line}: ${pyRepr(path)} has no hash; every file except RECORD, which cannot contain a ` +
                'hash of itself, must include its hash', REBUILD_FIX, [path]));
            continue;
        }
        const algorithm = hashAlgorithmFor(row);
        if (!algorithm) {
            findings.push(finding(WHEEL_RULES.R020, `RECORD line ${row.line}: ${pyRepr(path)} is hashed with ${row.algorithm} (${algorithmProblem(row.algorithm)}); ` +
                'the hash algorithm must be sha256 or better; specifically, md5 and sha1 are not permitted', `${REBUILD_FIX}; current backends write sha256`, [path]));
            continue;
        }
        const actual = computed.get(path);
        if (!actual)
            continue;
        if (actual.algorithm === algorithm && row.digest !== undefined) {
            hashedRows++;
            const digest = actual.digest.toString('base64url');
            if (row.digest !== digest && row.digest.toLowerCase() === actual.digest.toString('hex')) {
                hexRows.push(row);
            }
            else if (row.digest !== digest) {
                findings.push(digestMismatch(path, row, row.digest, actual.digest));
            }
        }
        if (row.size !== undefined && row.size !== actual.size) {
            findings.push(finding(WHEEL_RULES.R022, `RECORD line ${row.line}: ${pyRepr(path)} has size ${row.size} in RECORD, but the file has ${actual.size} bytes`, REBUILD_FIX, [path]));
        }
    }
    if (hexRows.length > 0)
        findings.push(hexDigestFinding(hexRows, hashedRows));
    return findings;
}
// A digest that is not the file's, with a hint when it is the file's written the wrong way (R021).
function digestMismatch(path, row, written, actual) {
    const digest = actual.toString('base64url');
    let hint = '';
    if (written.replace(/=+$/, '') === digest)
        hint = ' (RECORD digests are written without "=" padding)';
    else if (written.replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_') === digest) {
        hint = ' (RECORD digests use the urlsafe base64 alphabet, - and _ instead of + and /)';
    }
    else if (/^[0-9a-f]+$/i.test(written) && written.length === actual.length * 2) {
        hint = ` (the RECORD digest is hex, and not the file's either: its hex is ${actual.toString('hex')})`;
    }
    return finding(WHEEL_RULES.R021, `RECORD line ${row.line}: ${pyRepr(path)} has ${row.algorithm}=${written} in RECORD, but the file's ` +
        `${row.algorithm} is ${digest}${hint}. Installation will fail if any file is not correctly hashed in RECORD.`, REBUILD_FIX, [path]);
}
function hexDigestFinding(rows, hashed) {
    const first = rows[0];
    const share = rows.length === hashed
        ? hashed === 1
            ? 'its only digest'
            : `all ${hashed} digests`
        : `${rows.length} of ${hashed} digests`;
    return finding(WHEEL_RULES.R028, `RECORD writes ${share} in hex (line ${first.line}: ${pyRepr(first.path)} has ` +
        `${first.algorithm}=${first.digest}) instead of urlsafe base64 without "=" padding, as the RECORD ` +
        'format (PEP 376, PEP 427) requires. The digests match the files, so pip and uv install the wheel (neither ' +
        'verifies RECORD digests) and PyPI accepts it (it does not check RECORD digests), but tools that verify ' +
        'them reject it: `wheel unpack` stops with "Hash mismatch for file …", and ' +
        '`python -m installer --validate-record=all` fails too.', 'rebuild with a backend that writes urlsafe base64 digests; uv_build before 0.8.13 wrote hex ' +
        '(astral-sh/uv#15398): require uv_build>=0.8.13 in [build-system] requires. A tool that writes RECORD ' +
        'itself must encode each digest as base64.urlsafe_b64encode(digest).rstrip(b"=")', rows.map((r) => r.path));
}

;// CONCATENATED MODULE: ./packages/core/src/distfiles/wheel/cwc-tree.ts
/**
 * The file tree check-wheel-contents builds from RECORD: directories and files with their size and
 * hash, the purelib/platlib sections, and the structural errors (`validate_tree`) for which cwc
 * rejects a wheel before running any check.
 */


// cwc's util.py patterns.
const MODULE_EXT = /(?<=.)\.(?:py|pyd|so|[-A-Za-z0-9_]+\.(?:pyd|so))$/;
const DIST_INFO_DIR = /^[A-Za-z0-9](?:[A-Za-z0-9._]*[A-Za-z0-9])?-[A-Za-z0-9_.!+]+\.dist-info$/;
const DATA_DIR = /^[A-Za-z0-9](?:[A-Za-z0-9._]*[A-Za-z0-9])?-[A-Za-z0-9_.!+]+\.data$/;
/** The name without its module extension (`.py`, `.so`, `.cpython-312-x86_64-linux-gnu.so`, …), or undefined for a non-module. */
function moduleBasename(name) {
    const m = MODULE_EXT.exec(name);
    return m ? name.slice(0, m.index) : undefined;
}
/** os.path.splitext's extension: leading dots do not start one. */
function extension(name) {
    const dot = name.lastIndexOf('.');
    if (dot <= 0 || /^\.+$/.test(name.slice(0, dot + 1)))
        return '';
    return name.slice(dot);
}
/** A PEP 561 stub-only package directory (`<identifier>-stubs`). */
function isStubsDir(name) {
    if (!name.endsWith('-stubs'))
        return false;
    const base = name.slice(0, -'-stubs'.length);
    return isPyIdentifier(base) && !isPyKeyword(base);
}
/** An empty directory at `path`. */
function newDir(path) {
    return { kind: 'dir', path, entries: new Map() };
}
/** Every file below `dir`, depth first in entry order. */
function allFiles(dir) {
    const out = [];
    for (const entry of dir.entries.values()) {
        if (entry.kind === 'dir')
            out.push(...allFiles(entry));
        else
            out.push(entry);
    }
    return out;
}
/** The path cwc prints for a toplevel entry: a file's path, or a directory's with a trailing `/`. */
function entryPath(name, entry) {
    return entry.kind === 'file' ? entry.path : (entry.path ?? `${name}/`);
}
/** Builds cwc's tree from RECORD; rows with invalid or conflicting paths (reported by checkRecord) are skipped. */
function buildTree(rows) {
    const root = newDir();
    const files = [];
    const conflicts = new Set(conflictingRecordPaths(rows));
    for (const row of rows) {
        if (recordPathProblem(row.path) || conflicts.has(row.path))
            continue;
        const isDir = row.path.endsWith('/');
        const parts = row.path.replace(/\/$/, '').split('/');
        // Most RECORDs have no conflicts: skip building every prefix of every path then.
        if (conflicts.size > 0 && parts.some((p, i) => conflicts.has(parts.slice(0, i + 1).join('/'))))
            continue;
        let current = root;
        for (let i = 0; i < parts.length - 1; i++) {
            const existing = current.entries.get(parts[i]);
            if (existing?.kind === 'dir')
                current = existing;
            else {
                const dir = newDir(`${parts.slice(0, i + 1).join('/')}/`);
                current.entries.set(parts[i], dir);
                current = dir;
            }
        }
        const base = parts[parts.length - 1];
        if (current.entries.has(base))
            continue;
        if (isDir)
            current.entries.set(base, newDir(row.path));
        else {
            const file = { kind: 'file', path: row.path, parts };
            if (row.size !== undefined)
                file.size = row.size;
            if (row.algorithm !== undefined && row.digest !== undefined)
                file.hash = `${row.algorithm}=${row.digest}`;
            current.entries.set(base, file);
            files.push(file);
        }
    }
    return { root, files };
}
function subdir(dir, name) {
    return dir.entries.get(name);
}
/** cwc's `validate_tree`: the structural errors for which it rejects the wheel outright. */
function structuralErrors(root, distInfo, dataDir, rootIsPurelib) {
    const dirs = [...root.entries].filter(([, e]) => e.kind === 'dir').map(([name]) => name);
    const distInfos = dirs.filter((d) => DIST_INFO_DIR.test(d));
    if (distInfos.length > 1)
        return ['Wheel contains multiple .dist-info directories in RECORD'];
    if (distInfos.length === 0)
        return ['No .dist-info directory in RECORD'];
    if (distInfos[0] !== distInfo) {
        return [
            `.dist-info directory in RECORD (${pyRepr(distInfos[0])}) does not match actual directory name (${pyRepr(distInfo)})`,
        ];
    }
    const dataDirs = dirs.filter((d) => DATA_DIR.test(d));
    if (dataDirs.length > 1)
        return ['Wheel contains multiple .data directories in RECORD'];
    if (dataDirs.length === 1 && dataDirs[0] !== dataDir) {
        return [
            `.data directory in RECORD (${pyRepr(dataDirs[0])}) does not match actual directory name (${pyRepr(dataDir)})`,
        ];
    }
    const data = subdir(root, dataDir);
    if (data?.kind === 'dir') {
        const [same, other] = rootIsPurelib ? ['purelib', 'platlib'] : ['platlib', 'purelib'];
        if (data.entries.has(same))
            return [`Wheel is ${same} yet contains *.data/${same}`];
        const lib = data.entries.get(other);
        if (lib && lib.kind !== 'dir')
            return [`*.data/${other} is not a directory`];
    }
    return [];
}
/** The purelib or platlib section: the root (minus .dist-info/.data) for the root's kind, else `.data/<kind>`. */
function libraryTree(root, distInfo, dataDir, atRoot, kind) {
    if (atRoot) {
        const lib = newDir();
        for (const [name, entry] of root.entries)
            if (name !== distInfo && name !== dataDir)
                lib.entries.set(name, entry);
        return lib;
    }
    const data = subdir(root, dataDir);
    const lib = data?.kind === 'dir' ? data.entries.get(kind) : undefined;
    return lib?.kind === 'dir' ? lib : newDir(`${dataDir}/${kind}/`);
}
/** The file's path inside its library section (cwc's `libparts`), or undefined outside purelib/platlib. */
function libParts(file) {
    const [first] = file.parts;
    if (DATA_DIR.test(first)) {
        return file.parts.length > 2 && (file.parts[1] === 'purelib' || file.parts[1] === 'platlib')
            ? file.parts.slice(2)
            : undefined;
    }
    return DIST_INFO_DIR.test(first) ? undefined : file.parts;
}
/** A module importable from its library path: every component an identifier and no keyword. */
function isValidModulePath(file) {
    const parts = libParts(file);
    if (!parts || parts.length === 0)
        return false;
    const base = moduleBasename(parts[parts.length - 1]);
    if (base === undefined)
        return false;
    return [...parts.slice(0, -1), base].every((p) => isPyIdentifier(p) && !isPyKeyword(p));
}

;// CONCATENATED MODULE: ./packages/core/src/distfiles/wheel/contents.ts
/**
 * check-wheel-contents' checks over a wheel's RECORD (cwc reads RECORD, not the zip listing):
 * W001–W010, W101/W102 (with `package`/`src_dir`) and W201/W202 (with `toplevel`), each with the
 * project change that fixes it.
 */






// Where `config` comes from, for messages about it.
const CONFIG_FILE = 'pyproject.toml';
const IGNORED_TOPLEVEL = /.\.pth$/;
const BYTECODE = new Set(['.pyc', '.pyo']);
const COMMON_NAMES = new Set('.eggs .nox .tox .venv app build cli data dist doc docs example examples lib scripts src test tests venv'.split(' '));
function signatureOf(bytes) {
    const data = Buffer.from(bytes, 'utf8');
    return `${data.length}|sha256=${(0,external_node_crypto_.hash)('sha256', data, 'base64url')}`;
}
// Contents common enough that cwc does not count copies of them as duplicates.
const ALLOWED_DUPLICATES = new Set([
    '',
    '\n',
    '\r\n',
    '# -*- coding: utf-8 -*-',
    '# -*- coding: utf-8 -*-\n',
    '# -*- coding: utf-8 -*-\n\r',
].map(signatureOf));
// `toplevel` must list every toplevel entry the wheel should have, not only the flagged ones.
const TOPLEVEL_FIX = (tops) => `if they belong in the wheel, list all toplevel entries: [tool.check-wheel-contents] toplevel = ` +
    `[${tops.map((n) => JSON.stringify(n)).join(', ')}] in pyproject.toml`;
const FIXES = {
    W001: () => 'keep bytecode out of the wheel: with setuptools put `global-exclude *.py[co]` last in MANIFEST.in and delete ' +
        'build/ before building; with hatchling remove *.pyc from [tool.hatch.build] artifacts/include',
    W002: () => 'delete the copied file (a copy where a rename was meant), or delete build/ and rebuild if a rename left a stale ' +
        'copy; if the copies are intended, set [tool.check-wheel-contents] ignore = ["W002"]',
    W003: () => 'move the file into the package (as package data), license files into [project] license-files; the README is ' +
        'already the long description in METADATA',
    W004: () => 'rename the package directories/modules to Python identifiers (e.g. "-" → "_", no keywords); for generated ' +
        'migrations such as 0001_initial.py set [tool.check-wheel-contents] ignore = ["W004"]',
    W005: (tops) => 'exclude these directories from the wheel: e.g. [tool.hatch.build.targets.wheel] packages = ["src/<pkg>"], or ' +
        'setuptools packages = find: with exclude = ["tests", "tests.*"]; ' +
        TOPLEVEL_FIX(tops),
    W006: () => 'remove __init__.py from the library root (in a src layout, src/ itself is not a package) and declare the ' +
        'package directory: [tool.hatch.build.targets.wheel] packages = ["src/<pkg>"] or setuptools package-dir',
    W007: () => 'declare the package or modules: [tool.hatch.build.targets.wheel] packages = ["src/<pkg>"], or [tool.setuptools] ' +
        'packages / py-modules (a single-file module goes in py-modules); for a data-only wheel set ' +
        '[tool.check-wheel-contents] ignore = ["W007"]',
    W008: () => 'declare the package or modules in the build backend configuration; for an intentionally empty meta-package set ' +
        '[tool.check-wheel-contents] ignore = ["W008"]',
    W009: (tops) => "ship only the project's own package: exclude the others (tests, stale build/ leftovers) from the wheel; " +
        TOPLEVEL_FIX(tops),
    W010: () => 'add the Python modules the directory should hold, move its data files inside the package, or exclude it from ' +
        'the wheel; type-stub packages must be named <pkg>-stubs',
    W101: () => 'include the missing files in the wheel (package data settings of the build backend), or add their pattern to ' +
        '[tool.check-wheel-contents] package_omit',
    W102: () => 'exclude the extra files from the wheel, or add them to the source tree named by [tool.check-wheel-contents] ' +
        'package/src_dir',
    W201: () => 'make the build include these toplevel entries, or remove them from [tool.check-wheel-contents] toplevel',
    W202: () => 'exclude these entries from the wheel, or add them to [tool.check-wheel-contents] toplevel',
};
const failing = (paths) => (paths.length > 0 ? [paths] : []);
// The toplevel entries of the libraries that pass `keep`, shown as paths.
const toplevelPaths = (libs, keep) => libs.flatMap((lib) => [...lib.entries].filter(([name, e]) => keep(name, e)).map(([n, e]) => entryPath(n, e)));
const isPth = (name, entry) => entry.kind === 'file' && IGNORED_TOPLEVEL.test(name);
const CHECKS = {
    W001: ({ root }) => failing(allFiles(root)
        .filter((f) => BYTECODE.has(extension(f.parts[f.parts.length - 1])))
        .map((f) => f.path)),
    W002: ({ files }) => {
        const bySignature = new Map();
        for (const f of files) {
            const signature = `${f.size ?? ''}|${f.hash ?? ''}`;
            if (signature === '|' || ALLOWED_DUPLICATES.has(signature))
                continue;
            bySignature.set(signature, [...(bySignature.get(signature) ?? []), f.path]);
        }
        return [...bySignature.values()].filter((paths) => paths.length > 1);
    },
    W003: ({ libs }) => failing(toplevelPaths(libs, (name, e) => e.kind === 'file' && !IGNORED_TOPLEVEL.test(name) && !moduleBasename(name))),
    W004: ({ libFiles }) => failing(libFiles
        .filter((f) => moduleBasename(f.parts[f.parts.length - 1]) && !isValidModulePath(f))
        .map((f) => f.path)),
    W005: ({ libs, toplevel }) => {
        const exempt = new Set(toplevel ?? []);
        return failing(toplevelPaths(libs, (name) => COMMON_NAMES.has(name) && !exempt.has(name)));
    },
    W006: ({ libs }) => failing(libs.flatMap((lib) => {
        const init = lib.entries.get('__init__.py');
        return init?.kind === 'file' ? [init.path] : [];
    })),
    W007: ({ purelib, platlib }) => (purelib.entries.size === 0 && platlib.entries.size === 0 ? [[]] : []),
    W008: ({ root, distInfo }) => ([...root.entries.keys()].some((name) => name !== distInfo) ? [] : [[]]),
    W009: ({ libs, toplevel, pkgFiles }) => {
        if (toplevel !== undefined || pkgFiles !== undefined)
            return [];
        const tops = toplevelPaths(libs, (name, e) => !name.startsWith('_') && !isPth(name, e));
        return tops.length > 1 ? [tops] : [];
    },
    W010: ({ libs }) => failing(toplevelPaths(libs, (name, e) => e.kind === 'dir' && !isStubsDir(name) && !allFiles(e).some((f) => moduleBasename(f.parts.at(-1))))),
    W101: ({ libFiles, pkgFiles }) => {
        if (!pkgFiles)
            return [];
        const present = new Set(libFiles.map((f) => libParts(f)?.join('/')));
        return failing([...pkgFiles].filter((p) => !present.has(p)).sort());
    },
    W102: ({ libFiles, pkgFiles }) => {
        if (!pkgFiles)
            return [];
        return failing(libFiles.filter((f) => !pkgFiles.has(libParts(f)?.join('/') ?? '')).map((f) => f.path));
    },
    W201: ({ purelib, platlib, toplevel }) => {
        if (toplevel === undefined)
            return [];
        return failing(toplevel.filter((name) => !purelib.entries.has(name) && !platlib.entries.has(name)));
    },
    W202: ({ libs, toplevel }) => {
        if (toplevel === undefined)
            return [];
        const expected = new Set(toplevel);
        return failing(toplevelPaths(libs, (name, e) => !expected.has(name) && !isPth(name, e)));
    },
};
/**
 * check-wheel-contents' checks over RECORD's rows, with `[tool.check-wheel-contents]` honoured:
 * `select`/`ignore` prefixes, `toplevel` (exempts its names from W005, replaces W009 with
 * W201/W202) and `package`/`src_dir` (W101/W102, resolved against `projectDir`, the directory of
 * pyproject.toml). When RECORD's structure is invalid for cwc, only that (R027) is reported, as cwc
 * reports nothing else then; rows with invalid or conflicting paths are skipped (checkRecord reports them).
 */
function checkWheelContents(rows, distInfo, rootIsPurelib, config, projectDir) {
    const { root, files } = buildTree(rows);
    const dataDir = `${distInfo.slice(0, -'.dist-info'.length)}.data`;
    const errors = structuralErrors(root, distInfo, dataDir, rootIsPurelib);
    if (errors.length > 0) {
        return errors.map((e) => finding(WHEEL_RULES.R027, `invalid wheel: ${e}`, 'rebuild the wheel with its build backend (with setuptools delete build/ first); check-wheel-contents ' +
            'rejects it before running any check'));
    }
    const codes = selectedChecks(config);
    const purelib = libraryTree(root, distInfo, dataDir, rootIsPurelib, 'purelib');
    const platlib = libraryTree(root, distInfo, dataDir, !rootIsPurelib, 'platlib');
    const libs = [purelib, platlib];
    const wheel = {
        root,
        files,
        distInfo,
        purelib,
        platlib,
        libs,
        libFiles: libs.flatMap(allFiles),
        toplevel: config?.toplevel,
        pkgFiles: packageFiles(config, projectDir),
    };
    const failures = codes.flatMap((code) => CHECKS[code](wheel).map((paths) => ({ code, paths })));
    const tops = libs.flatMap((lib) => [...lib.entries].filter(([name, e]) => !isPth(name, e)).map(([name]) => name));
    return failures.map(({ code, paths }) => {
        const rule = CWC_RULES[code];
        const message = paths.length > 0 ? `${rule.title}: ${paths.join(', ')}` : rule.title;
        // W101 lists local files and W201 toplevel names, not archive members.
        const members = code === 'W101' || code === 'W201' ? undefined : paths;
        return finding(rule, message, FIXES[code](tops), members);
    });
}
// The codes `select` and `ignore` leave, in cwc's order.
function selectedChecks(config) {
    const selected = new Set(config?.select
        ? expandCheckPrefixes(config.select, `${CONFIG_FILE}: [tool.check-wheel-contents] select`)
        : CWC_CODES);
    if (config?.ignore) {
        for (const code of expandCheckPrefixes(config.ignore, `${CONFIG_FILE}: [tool.check-wheel-contents] ignore`)) {
            selected.delete(code);
        }
    }
    return CWC_CODES.filter((c) => selected.has(c));
}
// The files `package`/`src_dir` name, when configured (W101/W102 compare the wheel with them).
function packageFiles(config, projectDir) {
    if (!config || (config.package === undefined && config.srcDir === undefined))
        return undefined;
    if (projectDir === undefined) {
        throw new Error('checkWheelContents: [tool.check-wheel-contents] package/src_dir need the project directory');
    }
    return packageTreeFiles(config, projectDir, CONFIG_FILE);
}

;// CONCATENATED MODULE: ./packages/core/src/distfiles/wheel/entry-points.ts
/**
 * `.dist-info/entry_points.txt` as PyPI validates it: it must parse with Python's configparser
 * (`=` as the only delimiter, case-sensitive keys, strict duplicates), and console/gui script names
 * must match `[\w.-]+`, so no script name carries a path.
 */



const SECTION = /^\[(.+)\]/;
const OPTION = /^(.*?)\s*=\s*(.*)$/;
const SCRIPT_NAME = /^[\p{L}\p{N}_.-]+$/u;
/** Parses like configparser.ConfigParser(delimiters=('=',)).read_string; returns its error text on failure. */
function parseIni(text) {
    const sections = new Map();
    const defaults = [];
    const added = new Set();
    let current;
    let sectionName = '';
    let optionOpen = false;
    let indentLevel = 0;
    const badLines = [];
    const lines = text.split(/\r\n|\r|\n/);
    for (let i = 0; i < lines.length; i++) {
        const raw = lines[i];
        const lineno = i + 1;
        const trimmed = raw.trim();
        const value = trimmed.startsWith('#') || trimmed.startsWith(';') ? '' : trimmed;
        // Blank and comment lines neither end a value nor start anything.
        if (value === '')
            continue;
        const indent = raw.search(/\S/);
        if (current && optionOpen && indent > indentLevel)
            continue; // continuation of the value
        indentLevel = indent;
        const header = SECTION.exec(value);
        if (header) {
            const name = header[1];
            if (added.has(name))
                return { error: `line ${lineno}: section ${pyRepr(name)} already exists` };
            if (name === 'DEFAULT')
                current = defaults;
            else {
                current = sections.get(name) ?? [];
                sections.set(name, current);
                added.add(name);
            }
            sectionName = name;
            optionOpen = false;
            continue;
        }
        if (!current)
            return { error: `File contains no section headers (line ${lineno}: ${pyRepr(raw)})` };
        const option = OPTION.exec(value);
        if (!option || option[1] === '') {
            badLines.push(`line ${lineno}: ${pyRepr(raw)}`);
            // configparser keeps the previous option open after a bad line, but not after an empty name.
            if (option)
                optionOpen = false;
            continue;
        }
        const name = option[1].trimEnd();
        const key = `${sectionName}\u0000${name}`;
        if (added.has(key)) {
            return {
                error: `line ${lineno}: option ${pyRepr(name)} in section ${pyRepr(sectionName)} already exists`,
            };
        }
        added.add(key);
        current.push(name);
        optionOpen = true;
    }
    if (badLines.length > 0)
        return { error: `parsing errors (not "name = value"): ${badLines.join('; ')}` };
    return { sections, defaults };
}
/** entry_points.txt parses as INI and its console_scripts/gui_scripts names match `[\w.-]+`. */
function checkEntryPoints(text, filename) {
    const prefix = `Wheel '${filename}' has invalid entry points defined in the entry_points.txt file`;
    const parsed = parseIni(text);
    if ('error' in parsed) {
        return [
            finding(WHEEL_RULES.R026, `${prefix}: entry_points.txt is not a valid INI file: ${parsed.error}`, 'declare entry points in [project.scripts], [project.gui-scripts] and [project.entry-points.<group>] of ' +
                'pyproject.toml and let the build backend write entry_points.txt'),
        ];
    }
    const findings = [];
    for (const section of ['console_scripts', 'gui_scripts']) {
        const names = parsed.sections.get(section);
        if (!names)
            continue;
        // configparser shows DEFAULT's options in every section.
        for (const name of [...names, ...parsed.defaults.filter((d) => !names.includes(d))]) {
            if (SCRIPT_NAME.test(name))
                continue;
            findings.push(finding(WHEEL_RULES.R026, `${prefix}: Invalid entry point name ${pyRepr(name)} in ${pyRepr(section)} (names must match [\\w.-]+)`, `rename the script in [project.${section === 'console_scripts' ? 'scripts' : 'gui-scripts'}] of ` +
                'pyproject.toml to letters, digits, "_", "." and "-" only (no spaces or path separators)'));
        }
    }
    return findings;
}

;// CONCATENATED MODULE: ./packages/core/src/distfiles/wheel/layout.ts
/**
 * The wheel's directory layout: one `{name}-{version}.dist-info` named exactly as the file name
 * starts (PyPI looks for WHEEL there and nowhere else), METADATA/WHEEL/RECORD in it, a `.data`
 * directory named to match with only scheme-key subdirectories, and reserved `.dist-info` subdirs.
 */



const SCHEME_KEYS = ['data', 'headers', 'platlib', 'purelib', 'scripts'];
const RESERVED_DIST_INFO_SUBDIRS = new Set(['licenses', 'license_files', 'LICENSES', 'sboms']);
const layout_REBUILD_FIX = 'rebuild the wheel with its build backend and publish it under the name the backend gave it; ' +
    'a renamed wheel no longer matches its .dist-info directory';
function topLevelDirs(members) {
    const dirs = new Set();
    for (const m of members) {
        const slash = m.indexOf('/');
        if (slash > 0)
            dirs.add(m.slice(0, slash));
    }
    return [...dirs];
}
function checkDataDirs(filename, members, expected) {
    const findings = [];
    // pip treats every top-level directory ending in `.data` as a data directory.
    const dataDirs = topLevelDirs(members).filter((d) => d.endsWith('.data'));
    if (dataDirs.length > 1) {
        findings.push(finding(WHEEL_RULES.R005, `Wheel contains multiple .data directories: ${dataDirs.map(pyRepr).join(', ')}`, `keep only ${pyRepr(expected)}: ${layout_REBUILD_FIX}`));
    }
    for (const dir of dataDirs) {
        if (dir !== expected) {
            findings.push(finding(WHEEL_RULES.R005, `The .data directory ${pyRepr(dir)} is not named as the .dist-info directory: it must be ${pyRepr(expected)}`, layout_REBUILD_FIX));
        }
    }
    const unexpected = [];
    const unknownKeys = new Map();
    const nestedScripts = [];
    for (const m of members) {
        const parts = m.split('/');
        if (parts.length < 2 || !dataDirs.includes(parts[0]))
            continue;
        if (parts.length < 3)
            unexpected.push(m);
        else if (!SCHEME_KEYS.includes(parts[1])) {
            if (!unknownKeys.has(parts[1]))
                unknownKeys.set(parts[1], m);
        }
        else if (parts[1] === 'scripts' && parts.length > 3)
            nestedScripts.push(m);
    }
    for (const m of unexpected) {
        findings.push(finding(WHEEL_RULES.R006, `Unexpected file in ${filename}: ${pyRepr(m)}. .data directory contents should be named like: '<scheme key>/<path>'.`, `move the file into one of the scheme directories (${SCHEME_KEYS.join(', ')}) in the build backend's ` +
            'shared-data/data-files setting', [m]));
    }
    for (const [key, m] of unknownKeys) {
        findings.push(finding(WHEEL_RULES.R006, `Unknown scheme key used in ${filename}: ${key} (for file ${pyRepr(m)}). .data directory contents should be ` +
            `in subdirectories named with a valid scheme key (${SCHEME_KEYS.join(', ')})`, `map the files to one of ${SCHEME_KEYS.join(', ')} in the build backend's shared-data/data-files setting ` +
            '(e.g. [tool.hatch.build.targets.wheel.shared-data])', [m]));
    }
    if (nestedScripts.length > 0) {
        findings.push(finding(WHEEL_RULES.R006, `The scripts directory may only contain regular files, but ${nestedScripts.map(pyRepr).join(', ')} ` +
            `${nestedScripts.length === 1 ? 'is' : 'are'} in a subdirectory of it`, 'list each script file directly under scripts/ in the build backend configuration, or ship them as ' +
            '[project.scripts] entry points', nestedScripts));
    }
    return findings;
}
/**
 * The wheel's layout: exactly one `.dist-info` directory, named `{name}-{version}.dist-info` as the
 * file name starts, holding METADATA, WHEEL and RECORD; `.data` named to match, with scheme-key
 * subdirectories; no unreserved `.dist-info` subdirectories. `members` are the archive's file names.
 * Returns the `.dist-info` directory to read metadata from (the expected one, or else the only one).
 */
function checkWheelLayout(filename, wheelName, members) {
    const findings = [];
    const expected = `${wheelName.name}-${wheelName.version}.dist-info`;
    const distInfos = topLevelDirs(members).filter((d) => d.endsWith('.dist-info'));
    if (distInfos.length > 1) {
        findings.push(finding(WHEEL_RULES.R002, `multiple .dist-info directories found: ${distInfos.join(', ')}`, `a wheel has exactly one .dist-info directory; ${layout_REBUILD_FIX}, and with setuptools delete build/ first`));
    }
    let distInfo;
    if (members.includes(`${expected}/WHEEL`))
        distInfo = expected;
    else {
        const others = distInfos.filter((d) => d !== expected);
        const why = distInfos.includes(expected)
            ? 'the .dist-info directory has no WHEEL file'
            : others.length > 0
                ? `the wheel's .dist-info directory is ${others.map(pyRepr).join(', ')}`
                : 'the wheel has no .dist-info directory';
        findings.push(finding(WHEEL_RULES.R001, `Invalid distribution file. WHEEL not found at ${expected}/WHEEL (${why})`, layout_REBUILD_FIX));
        distInfo = distInfos.includes(expected) ? expected : distInfos.length === 1 ? distInfos[0] : undefined;
    }
    if (distInfo !== undefined) {
        for (const [file, rule] of [
            ['METADATA', WHEEL_RULES.R003],
            ['RECORD', WHEEL_RULES.R004],
        ]) {
            if (!members.includes(`${distInfo}/${file}`)) {
                findings.push(finding(rule, `Wheel '${filename}' does not contain the required ${file} file: ${distInfo}/${file}`, `${layout_REBUILD_FIX}; every backend writes ${file}`));
            }
        }
        const unreserved = members.filter((m) => {
            const parts = m.split('/');
            return parts[0] === distInfo && parts.length > 2 && !RESERVED_DIST_INFO_SUBDIRS.has(parts[1]);
        });
        if (unreserved.length > 0) {
            findings.push(finding(WHEEL_RULES.R007, `Subdirectories under .dist-info/ are reserved for future use (only licenses, license_files, LICENSES and ` +
                `sboms have a use): ${unreserved.map(pyRepr).join(', ')}`, 'put extra files inside the package (as package data), or license files under .dist-info/licenses/ ' +
                '(via [project] license-files)', unreserved));
        }
    }
    findings.push(...checkDataDirs(filename, members, `${(distInfo ?? expected).slice(0, -'.dist-info'.length)}.data`));
    return { distInfo, findings };
}

;// CONCATENATED MODULE: ./packages/core/src/distfiles/wheel/license-files.ts
/**
 * PEP 639: from Metadata-Version 2.4, every License-File named in METADATA must be in the wheel at
 * `.dist-info/licenses/<path>`; PyPI rejects the upload otherwise.
 */


function atLeast24(metadataVersion) {
    const m = /^\s*([0-9]+)\.([0-9]+)/.exec(metadataVersion);
    if (!m)
        return false;
    const [major, minor] = [Number(m[1]), Number(m[2])];
    return major > 2 || (major === 2 && minor >= 4);
}
/**
 * Each License-File exists at `<distInfo>/licenses/<path>` (checked from Metadata-Version 2.4 on;
 * older metadata's License-File is informational). `filename` is the wheel's, for PyPI's message.
 */
function checkLicenseFiles(licenseFiles, distInfo, members, metadataVersion, filename) {
    if (!atLeast24(metadataVersion))
        return [];
    const present = new Set(members);
    return licenseFiles
        .filter((path) => !present.has(`${distInfo}/licenses/${path}`))
        .map((path) => finding(WHEEL_RULES.R025, `License-File ${path} does not exist in distribution file ${filename} at ${distInfo}/licenses/${path}`, 'list the license files in [project] license-files (globs relative to pyproject.toml) and rebuild with a ' +
        'backend that supports PEP 639, which copies them to .dist-info/licenses/', [`${distInfo}/licenses/${path}`]));
}

;// CONCATENATED MODULE: ./packages/core/src/distfiles/wheel/wheel-file.ts
/**
 * The `.dist-info/WHEEL` file: parsed as installers do (Python's email parser, compat32), then
 * checked: Wheel-Version 1.x (pip's texts), Root-Is-Purelib (check-wheel-contents' texts), and
 * Tag/Build agreeing with the file name.
 */




// Python's email.feedparser headerRE: a header line, a continuation, or a Unix "From " line.
const wheel_file_HEADER_LINE = /^(From |[\x21-\x39\x3b-\x7e]*:|[\t ])/;
const BACKEND_FIX = 'rebuild the wheel with its build backend; WHEEL is written by the backend and must not be edited by hand';
/**
 * Parses WHEEL into its headers, keyed by lower-cased name (header names are case-insensitive),
 * values in file order. A line that is not a header ends the headers, as in Python's parser.
 */
function parseWheelMetadataFile(text) {
    const fields = new Map();
    const findings = [];
    const malformed = (line, why) => {
        findings.push(finding(WHEEL_RULES.R008, `WHEEL line ${line}: ${why}`, BACKEND_FIX));
    };
    const lines = text.split(/\r\n|\r|\n/);
    if (lines[lines.length - 1] === '')
        lines.pop();
    let last;
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        if (line === '')
            break; // the blank line between headers and body
        if (!wheel_file_HEADER_LINE.test(line)) {
            malformed(i + 1, `${pyRepr(line)} is not a "Name: value" header; the headers end here, so this and later lines are ignored`);
            break;
        }
        if (line.startsWith(' ') || line.startsWith('\t')) {
            if (last)
                last.values[last.index] += `\n${line}`;
            else
                malformed(i + 1, 'a continuation line without a header before it is ignored');
            continue;
        }
        // A line that is not a header still ends the previous header: continuations after it are ignored.
        last = undefined;
        if (line.startsWith('From ')) {
            malformed(i + 1, `${pyRepr(line)} is a mailbox "From " line, not a header, and is ignored`);
            continue;
        }
        const colon = line.indexOf(':');
        if (colon === 0) {
            malformed(i + 1, 'missing header name');
            continue;
        }
        const name = line.slice(0, colon).toLowerCase();
        const values = fields.get(name) ?? [];
        values.push(line.slice(colon + 1).replace(/^[ \t]+/, ''));
        fields.set(name, values);
        last = { values, index: values.length - 1 };
    }
    return { fields, findings };
}
/** Root-Is-Purelib as check-wheel-contents and pip read it (case-insensitive); undefined when missing or invalid. */
function wheel_file_rootIsPurelib(fields) {
    const value = fields.get('root-is-purelib')?.[0]?.trim().toLowerCase();
    return value === 'true' ? true : value === 'false' ? false : undefined;
}
const SINGLE_USE = ['wheel-version', 'generator', 'root-is-purelib', 'build'];
const DISPLAY = {
    'wheel-version': 'Wheel-Version',
    generator: 'Generator',
    'root-is-purelib': 'Root-Is-Purelib',
    build: 'Build',
};
function checkWheelVersion(fields, wheelName) {
    const raw = fields.get('wheel-version')?.[0];
    if (raw === undefined) {
        return [
            finding(WHEEL_RULES.R009, 'WHEEL is missing Wheel-Version', `${BACKEND_FIX} (it writes Wheel-Version: 1.0)`),
        ];
    }
    const version = raw.trim();
    const parts = version.split('.');
    if (!parts.every((p) => /^[0-9]+$/.test(p))) {
        return [finding(WHEEL_RULES.R009, `invalid Wheel-Version: ${pyRepr(version)}`, BACKEND_FIX)];
    }
    const numbers = parts.map(Number);
    const shown = numbers.join('.');
    if (numbers[0] !== 1) {
        return [
            finding(WHEEL_RULES.R009, numbers[0] > 1
                ? `${wheelName.name}'s Wheel-Version (${shown}) is not compatible with this version of pip`
                : `Wheel-Version ${shown} is not a wheel format version (the format is version 1.x)`, `${BACKEND_FIX}; installers fail on a Wheel-Version whose major version is not 1`),
        ];
    }
    if (numbers.slice(1).some((n) => n > 0)) {
        return [
            finding(WHEEL_RULES.R010, `Installing from a newer Wheel-Version (${shown}): installers warn when the minor version is greater than 1.0`, 'build with a backend that writes Wheel-Version: 1.0, the version installers support'),
        ];
    }
    return [];
}
/**
 * Checks WHEEL's fields (as returned by `parseWheelMetadataFile`) against the wheel's file name:
 * Wheel-Version 1.x, Root-Is-Purelib true|false, Tag lines equal to the expanded file-name tags,
 * Build equal to the build tag.
 */
function checkWheelFile(fields, wheelName) {
    const findings = [];
    for (const name of SINGLE_USE) {
        const count = fields.get(name)?.length ?? 0;
        if (count > 1) {
            findings.push(finding(WHEEL_RULES.R008, `WHEEL has ${count} ${DISPLAY[name]} headers; readers use only the first`, BACKEND_FIX));
        }
    }
    findings.push(...checkWheelVersion(fields, wheelName));
    const purelib = fields.get('root-is-purelib')?.[0];
    if (purelib === undefined) {
        findings.push(finding(WHEEL_RULES.R011, 'Root-Is-Purelib header not found in WHEEL file', `${BACKEND_FIX} (it writes Root-Is-Purelib: true for pure-Python wheels)`));
    }
    else if (wheel_file_rootIsPurelib(fields) === undefined) {
        findings.push(finding(WHEEL_RULES.R011, `Invalid Root-Is-Purelib value in WHEEL file: ${pyRepr(purelib.trim())}`, BACKEND_FIX));
    }
    const expected = expandTags(wheelName.tags);
    const tags = (fields.get('tag') ?? []).map((t) => t.trim());
    const missing = expected.filter((t) => !tags.includes(t));
    const extra = tags.filter((t) => !expected.includes(t));
    if (missing.length > 0 || extra.length > 0) {
        const parts = [];
        if (missing.length > 0)
            parts.push(`no Tag line for ${missing.map(pyRepr).join(', ')}`);
        if (extra.length > 0)
            parts.push(`Tag ${extra.map(pyRepr).join(', ')} not in the file name`);
        findings.push(finding(WHEEL_RULES.R012, `WHEEL's Tag lines must be the wheel's expanded compatibility tags (${expected.map(pyRepr).join(', ')}): ` +
            `${parts.join('; ')}`, 'rebuild instead of renaming the wheel; to change its tags use `wheel tags`, which rewrites WHEEL and the file name together'));
    }
    const build = fields.get('build')?.[0]?.trim();
    if (build !== wheelName.build) {
        findings.push(finding(WHEEL_RULES.R013, wheelName.build === undefined
            ? `WHEEL has Build: ${build} but the file name has no build tag; Build is omitted if there is no build number`
            : build === undefined
                ? `The file name has build tag ${pyRepr(wheelName.build)} but WHEEL has no Build header`
                : `WHEEL has Build: ${build} but the file name's build tag is ${pyRepr(wheelName.build)}`, 'set the build number through the build backend (e.g. `--build-number`) rather than renaming the file, ' +
            'or use `wheel tags --build`, which rewrites WHEEL and the file name together'));
    }
    return findings;
}

;// CONCATENATED MODULE: ./packages/core/src/distfiles/wheel/index.ts
/**
 * Wheel structure (rules R001…R027: dist-info layout, WHEEL, RECORD, License-File, entry points)
 * and check-wheel-contents' checks (W001…W202), as pure functions over what the archive reader
 * extracted: member names, file texts and computed digests.
 */









;// CONCATENATED MODULE: ./packages/core/src/distfiles/select.ts
/** `select` / `ignore` of check codes by prefix (as check-wheel-contents does), with typos refused. */

/** Keeps the findings whose code is selected (all when no select) and not ignored. */
function filterFindings(findings, filter) {
    const matches = (code, prefixes) => prefixes.some((p) => code.startsWith(p.toUpperCase()));
    return findings.filter((f) => (!filter.select?.length || matches(f.code, filter.select)) &&
        !(filter.ignore?.length && matches(f.code, filter.ignore)));
}
/** Refuses a select/ignore entry that is no prefix of any known code, so a typo does not silence nothing. */
function validateCodeFilter(filter, rules, where) {
    for (const key of ['select', 'ignore']) {
        for (const prefix of filter[key] ?? []) {
            if (!rules.some((r) => r.code.startsWith(prefix.toUpperCase()))) {
                throw new errors_ConfigurationError(`${where} ${key}: '${prefix}' matches no check code; codes are a letter and three digits (F001, M004, W009) and prefixes of them (W, W00); see the twine-check README for the list.`);
            }
        }
    }
}
/** Splits a list input: commas, whitespace or newlines. */
function splitCodes(value) {
    if (!value)
        return undefined;
    const list = value.split(/[\s,]+/).filter(Boolean);
    return list.length ? list : undefined;
}

;// CONCATENATED MODULE: ./packages/core/src/distfiles/check.ts
/**
 * Checking distribution files as twine check, PyPI's upload and check-wheel-contents would, in one
 * pass per file: every file is checked and reported (twine stops at the first broken one), archives
 * are streamed (bounded memory for any size), and Python runs once, only when there is RST to render.
 */











/** PyPI's default per-file limit (Warehouse MAX_FILESIZE). */
const PYPI_MAX_FILE_SIZE = (/* unused pure expression or super */ null && (100 * 1024 * 1024));
// Text members (METADATA, WHEEL, RECORD…) beyond this are not read into memory.
const MAX_TEXT_MEMBER = 64 * 1024 * 1024;
/** Checks every file; never stops at a broken one. */
async function checkDistributions(paths, options) {
    const pending = await readAll(paths, options);
    // One Python run renders every RST description; none runs when there is none.
    const rst = new Map();
    const plans = pending.map((p, i) => {
        if (!p.view)
            return undefined;
        const plan = planDescription(p.view);
        if (plan.rst !== undefined)
            rst.set(String(i), plan.rst);
        return plan;
    });
    let rendering;
    if (rst.size > 0 && rendersKept(options)) {
        rendering = await renderRst(rst, {
            candidates: pythonCandidates(options.python),
            installer: options.docutils,
        });
    }
    const notes = rendering ? rstRenderingNotes(rendering) : [];
    const files = pending.map((p, i) => {
        const findings = [...p.findings];
        if (p.metadata) {
            findings.push(...validateMetadata(p.metadata, { kind: p.report.kind ?? 'wheel' }));
            const plan = plans[i];
            findings.push(...plan.findings);
            if (plan.rst !== undefined && rendering) {
                findings.push(...renderedDescriptionFindings(rendering.renders.get(String(i)), rendering));
            }
        }
        const kept = filterFindings(findings, options);
        const failed = kept.some((f) => f.severity === 'error' || (options.strict && f.severity === 'warning'));
        const warned = kept.some((f) => f.severity === 'warning');
        const status = failed ? 'failed' : warned ? 'passed-with-warnings' : 'passed';
        return { ...p.report, status, findings: kept };
    });
    const renderer = rendering?.renderer;
    return {
        schema: 1,
        strict: options.strict,
        failed: files.filter((f) => f.status === 'failed').length,
        files,
        notes,
        ...(renderer && {
            renderers: {
                rst: {
                    docutils: renderer.docutils,
                    location: renderer.location,
                    python: renderer.python,
                    pypiDocutils: PYPI_DOCUTILS_VERSION,
                },
            },
        }),
    };
}
/** Whether any rendering finding survives select/ignore: if none does, Python is not started at all. */
function rendersKept(filter) {
    const probes = [README_RULES.D003, README_RULES.D004, README_RULES.D005].map((r) => finding(r, '', ''));
    return filterFindings(probes, filter).length > 0;
}
async function readAll(paths, options) {
    // Real wheels are bound by inflating and hashing, not by start-up: that work goes to a thread per
    // core, while this thread walks the archives and checks what they hold.
    const runner = options.threads === 0 ? inlineRunner : new DigestPool(options.threads);
    try {
        const outcomes = await runLimited(paths, options.concurrency ?? 8, (path) => readDistribution(path, options, runner));
        return fulfilledValues(outcomes);
    }
    finally {
        if (runner instanceof DigestPool)
            await runner.close();
    }
}
async function readDistribution(path, options, runner) {
    const filename = (0,external_node_path_.basename)(path);
    const size = (0,external_node_fs_.statSync)(path).size;
    const { kind, findings: kindFindings } = checkDistKind(filename);
    const report = { file: path, filename, kind, size, status: 'passed', findings: [] };
    const pending = { report, findings: [] };
    if (size > options.maxFileSize)
        pending.findings.push(fileTooLarge(filename, size, options.maxFileSize));
    if (kind === 'wheel')
        await readWheel(path, pending, options, runner);
    else if (kind === 'sdist')
        await readSdist(path, pending);
    else
        pending.findings.push(...kindFindings);
    return pending;
}
function takeMetadata(pending, bytes, where) {
    if (!bytes || !bytes.includes('Metadata-Version')) {
        pending.findings.push(finding(CHECK_RULES.R103, `No ${where.endsWith('PKG-INFO') ? 'PKG-INFO' : 'METADATA'} in archive or it is missing 'Metadata-Version': expected ${where}.`, 'rebuild with a standard build backend (hatchling, setuptools, flit-core, pdm-backend, poetry-core)'));
        return;
    }
    pending.metadata = parseCoreMetadata(bytes);
    pending.view = metadataView(pending.metadata);
    pending.report.project = pending.view.name;
    pending.report.version = pending.view.version;
}
async function readWheel(path, pending, options, runner) {
    const { filename } = pending.report;
    const name = checkWheelFilename(filename);
    pending.findings.push(...name.findings);
    const opened = await openZip(path);
    pending.findings.push(...opened.findings);
    const archive = opened.archive;
    if (!archive)
        return;
    try {
        await inspectWheel(archive, name.parsed, pending, options, runner);
    }
    finally {
        await archive.close();
    }
}
async function inspectWheel(archive, wheelName, pending, options, runner) {
    const { filename } = pending.report;
    const members = archive.members.filter((m) => !m.isDirectory).map((m) => m.name);
    const layout = wheelName ? checkWheelLayout(filename, wheelName, members) : undefined;
    if (layout)
        pending.findings.push(...layout.findings);
    const distInfo = layout?.distInfo ?? soleDistInfo(members);
    if (!distInfo)
        return;
    takeMetadata(pending, await archive.readMember(`${distInfo}/METADATA`, MAX_TEXT_MEMBER), `${distInfo}/METADATA`);
    const view = pending.view;
    if (view) {
        pending.findings.push(...checkFilenameAgainstMetadata(filename, 'wheel', view.name ?? '', view.version ?? ''));
        if (view.licenseFiles.length > 0) {
            pending.findings.push(...checkLicenseFiles([...view.licenseFiles], distInfo, members, view.metadataVersion ?? '', filename));
        }
    }
    const wheelText = await archive.readMember(`${distInfo}/WHEEL`, MAX_TEXT_MEMBER);
    let rootIsPurelib = true;
    if (wheelText) {
        const wheelFile = parseWheelMetadataFile(wheelText.toString('utf8'));
        pending.findings.push(...wheelFile.findings);
        if (wheelName)
            pending.findings.push(...checkWheelFile(wheelFile.fields, wheelName));
        rootIsPurelib = wheel_file_rootIsPurelib(wheelFile.fields) ?? true;
    }
    const entryPoints = await archive.readMember(`${distInfo}/entry_points.txt`, MAX_TEXT_MEMBER);
    if (entryPoints)
        pending.findings.push(...checkEntryPoints(entryPoints.toString('utf8'), filename));
    const recordPath = `${distInfo}/RECORD`;
    const recordText = await archive.readMember(recordPath, MAX_TEXT_MEMBER);
    if (!recordText)
        return; // the layout check already says RECORD is missing
    const record = parseRecord(recordText.toString('utf8'));
    pending.findings.push(...record.findings);
    const rowOf = new Map(record.rows.map((r) => [r.path, r]));
    const digests = await archive.digestMembers((m) => {
        if (m.name === recordPath)
            return [];
        const algorithm = hashAlgorithmFor(rowOf.get(m.name));
        return algorithm ? [algorithm] : [];
    }, runner);
    const computed = new Map();
    for (const [member, result] of digests) {
        if (result.error)
            pending.findings.push(result.error);
        const [algorithm, digest] = Object.entries(result.digests)[0] ?? [];
        if (algorithm && digest)
            computed.set(member.name, { algorithm, digest, size: result.size });
    }
    pending.findings.push(...checkRecord(record.rows, members, computed, recordPath));
    const cwc = options.cwcConfigFor?.(view?.name);
    pending.findings.push(...checkWheelContents(record.rows, distInfo, rootIsPurelib, cwc?.config, cwc?.projectDir));
}
function soleDistInfo(members) {
    const dirs = new Set(members.map((m) => m.split('/')[0]).filter((d) => d.endsWith('.dist-info')));
    return dirs.size === 1 ? [...dirs][0] : undefined;
}
async function readSdist(path, pending) {
    const { filename } = pending.report;
    pending.findings.push(...checkSdistFilename(filename).findings);
    if (!filename.toLowerCase().endsWith('.tar.gz'))
        return;
    const keep = (name) => {
        const parts = name.replace(/\/$/, '').split('/');
        return parts.length === 2 && (parts[1] === 'PKG-INFO' || parts[1] === 'pyproject.toml');
    };
    const listing = await readTarGz(path, keep, MAX_TEXT_MEMBER);
    pending.findings.push(...listing.findings);
    const root = listing.root;
    if (!root)
        return;
    takeMetadata(pending, listing.contents.get(`${root}/PKG-INFO`), `${root}/PKG-INFO`);
    const view = pending.view;
    if (view) {
        pending.findings.push(...checkFilenameAgainstMetadata(filename, 'sdist', view.name ?? '', view.version ?? ''));
        const names = new Set(listing.members.map((m) => m.name.replace(/\/$/, '')));
        const missing = view.licenseFiles.filter((p) => !names.has(`${root}/${p}`));
        for (const p of missing) {
            pending.findings.push(finding(CHECK_RULES.R101, `License-File ${p} does not exist in distribution file ${filename} at ${root}/${p}`, 'list only existing files in `license-files` of [project] (paths relative to pyproject.toml), and make sure the backend includes them in the sdist', [`${root}/${p}`]));
        }
    }
    if (!listing.members.some((m) => m.name === `${root}/pyproject.toml`)) {
        pending.findings.push(finding(CHECK_RULES.R102, `${filename} has no ${root}/pyproject.toml; the source distribution format requires one at the root.`, 'add a pyproject.toml with a [build-system] table to the project (setuptools: build-backend = "setuptools.build_meta")'));
    }
}

;// CONCATENATED MODULE: ./packages/core/src/distfiles/files.ts
/** Turning the user's `files` (paths, globs, directories) into the distribution files to check. */



// What twine also drops: signatures and attestations sit beside distributions but are not ones.
const NOT_DISTRIBUTIONS = /(\.asc|\.attestation|\.sigstore\.json|\.sigstore|\.publish\.attestation)$/;
// Symbolic links are followed: artifact folders are often assembled from links to the built files.
async function kindOf(path, shown) {
    const info = await (0,promises_.stat)(path).catch(() => undefined);
    if (info)
        return info.isFile() ? 'file' : info.isDirectory() ? 'directory' : 'other';
    const link = await (0,promises_.lstat)(path).catch(() => undefined);
    if (link?.isSymbolicLink()) {
        const target = await (0,promises_.readlink)(path).catch(() => '?');
        throw new errors_ConfigurationError(`'${shown}' is a symbolic link to '${target}', which does not exist: rebuild the distribution it points ` +
            'to, or remove the link.');
    }
    return 'missing';
}
/**
 * Expands paths, globs and directories (a directory means every file in it, not recursively, but
 * signatures, attestations and dot files) in the order given, without duplicates. Symbolic links to
 * files count as the files; a link whose target is missing is an error that names it.
 */
async function expandDistributionPaths(inputs, cwd) {
    const out = [];
    const seen = new Set();
    const add = (path) => {
        const full = (0,external_node_path_.resolve)(cwd, path);
        if (!seen.has(full)) {
            seen.add(full);
            out.push(full);
        }
    };
    for (const input of inputs) {
        const full = (0,external_node_path_.resolve)(cwd, input);
        const kind = await kindOf(full, input);
        if (kind === 'directory') {
            const entries = (await (0,promises_.readdir)(full, { withFileTypes: true }))
                .filter((e) => !e.name.startsWith('.') && !NOT_DISTRIBUTIONS.test(e.name))
                .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
            const names = [];
            for (const e of entries) {
                if (e.isFile() ||
                    (e.isSymbolicLink() && (await kindOf((0,external_node_path_.join)(full, e.name), (0,external_node_path_.join)(input, e.name))) === 'file'))
                    names.push(e.name);
            }
            if (names.length === 0) {
                throw new errors_ConfigurationError(`No distribution files in '${input}': build first (build-python-dist, or python -m build), or point files at where the build wrote them.`);
            }
            for (const name of names)
                add((0,external_node_path_.join)(full, name));
            continue;
        }
        if (kind === 'file') {
            add(full);
            continue;
        }
        const matches = [];
        for await (const match of (0,promises_.glob)(input, { cwd }))
            matches.push(match);
        const files = [];
        for (const m of matches.sort()) {
            if (NOT_DISTRIBUTIONS.test(m))
                continue;
            if ((await kindOf((0,external_node_path_.resolve)(cwd, m), m)) === 'file')
                files.push(m);
        }
        if (files.length === 0) {
            throw new errors_ConfigurationError(`Cannot find file (or expand pattern): '${input}'. Check the path (relative to ${cwd}) or build first.`);
        }
        for (const f of files)
            add(f);
    }
    return out;
}

;// CONCATENATED MODULE: ./packages/core/src/distfiles/project-cwc-config.ts
/**
 * Finding `[tool.check-wheel-contents]` for each wheel: in a monorepo each package may carry its own
 * (its pyproject.toml), else the repository root's applies, as check-wheel-contents itself would find
 * it when run from the root.
 */






function configAt(root, dir) {
    const file = (0,external_node_path_.join)(dir, 'pyproject.toml').split('\\').join('/');
    const full = (0,external_node_path_.join)(root, file);
    if (!(0,external_node_fs_.existsSync)(full))
        return undefined;
    const config = readCwcConfig((0,external_node_fs_.readFileSync)(full, 'utf8'), file);
    return config ? { config, projectDir: (0,external_node_path_.join)(root, dir) } : undefined;
}
/** The config lookup for the repository at `root` (by canonical project name, falling back to the root's). */
function cwcConfigsOf(root) {
    // Not a project root (the CLI run from anywhere): there is no configuration to find, and walking
    // the directory tree for packages would cost more than the check.
    if (!(0,external_node_fs_.existsSync)((0,external_node_path_.join)(root, 'pyproject.toml')) && !(0,external_node_fs_.existsSync)((0,external_node_path_.join)(root, 'otai-release.toml')))
        return () => undefined;
    const fallback = configAt(root, '.');
    const byProject = new Map();
    let packages = [];
    try {
        packages = readRepository(root).packages;
    }
    catch (error) {
        // A repository we cannot read as a release still has a root config; wheels may come from elsewhere.
        if (!isConfigurationError(error))
            throw error;
    }
    for (const p of packages) {
        const config = p.path === '.' ? fallback : configAt(root, p.path);
        if (config)
            byProject.set(canonicalizeName(p.name), config);
    }
    return (project) => (project && byProject.get(canonicalizeName(project))) || fallback;
}

;// CONCATENATED MODULE: ./packages/core/src/distfiles/report.ts
/** Presenting a check report the same way in the action's log, its summary and the CLI. */

const STATUS_TEXT = {
    passed: 'PASSED',
    'passed-with-warnings': 'PASSED with warnings',
    failed: 'FAILED',
};
/** twine's word for a file's result: PASSED, PASSED with warnings, FAILED due to warnings, FAILED. */
function statusText(file) {
    const dueToWarnings = file.status === 'failed' && !file.findings.some((f) => f.severity === 'error');
    return dueToWarnings ? 'FAILED due to warnings' : STATUS_TEXT[file.status];
}
/** The first five member names joined with commas, `…` when there are more. */
function memberList(members) {
    return `${members.slice(0, 5).join(', ')}${members.length > 5 ? ', …' : ''}`;
}
/** The report with each file's path as the user should read it (relative to `cwd` when inside it). */
function reportRelativeTo(report, cwd) {
    return { ...report, files: report.files.map((f) => ({ ...f, file: displayPath(f.file, cwd) })) };
}
/** Which docutils rendered the run's reStructuredText, in one line; undefined when none was rendered. */
function rendererText(report) {
    const rst = report.renderers?.rst;
    if (!rst)
        return undefined;
    const pypi = rst.docutils === rst.pypiDocutils ? ', as PyPI does' : `; PyPI runs ${rst.pypiDocutils}`;
    return `reStructuredText rendered by docutils ${rst.docutils} (${rst.location}, run by ${rst.python})${pypi}.`;
}

;// CONCATENATED MODULE: ./packages/core/src/distfiles/check-dist-files.ts
/**
 * The check twine-check and `otai-release check-dist` share, from the user's paths to the report:
 * each entry point only reads its settings and presents the report its own way.
 */






/** Expands the paths, checks every file, and writes the report where asked; paths in it are relative to cwd. */
async function checkDistFiles(options, deps) {
    const { cwd } = deps;
    const files = await expandDistributionPaths(options.paths, cwd);
    const report = reportRelativeTo(await checkDistributions(files, {
        strict: options.strict,
        maxFileSize: options.maxFileSize,
        select: options.select,
        ignore: options.ignore,
        cwcConfigFor: cwcConfigsOf((0,external_node_path_.resolve)(cwd, options.project)),
        python: options.python,
        docutils: deps.docutils,
    }), cwd);
    if (options.report) {
        const target = (0,external_node_path_.resolve)(cwd, options.report);
        await (0,promises_.mkdir)((0,external_node_path_.dirname)(target), { recursive: true });
        await (0,promises_.writeFile)(target, `${JSON.stringify(report, null, 2)}\n`);
    }
    return report;
}

;// CONCATENATED MODULE: ./packages/core/src/distfiles/size.ts
/** Sizes as users write them in inputs: `104857600`, `100MiB`, `100 MB`, `1GiB`. */

const UNITS = {
    '': 1,
    b: 1,
    kb: 1e3,
    mb: 1e6,
    gb: 1e9,
    kib: 1024,
    mib: 1024 ** 2,
    gib: 1024 ** 3,
};
/** Bytes in `text`; `where` names the input or flag in the error. MB is 10⁶, MiB is 2²⁰. */
function parseSize(text, where) {
    const m = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(text);
    const unit = m?.[2]?.toLowerCase() ?? '';
    if (!m || !(unit in UNITS)) {
        throw new errors_ConfigurationError(`${where} is '${text}', which is not a size: write bytes (104857600) or a number with KB, MB, GB, KiB, MiB or GiB (100MiB is PyPI's default limit).`);
    }
    return Math.round(Number(m[1]) * UNITS[unit]);
}

;// CONCATENATED MODULE: ./packages/core/src/distfiles/index.ts
/**
 * Distribution files (wheels and sdists): checking them as twine check, PyPI's upload and
 * check-wheel-contents would, with stable finding codes and a JSON report.
 */
















/** Every rule the checker has, sorted by code. */
const ALL_RULES = [
    ARCHIVE_RULES,
    METADATA_RULES,
    NAME_RULES,
    CHECK_RULES,
    README_RULES,
    WHEEL_RULES,
    CWC_RULES,
]
    .flatMap((group) => Object.values(group))
    // Codes are ASCII: a plain comparison, not localeCompare, whose ICU collator costs milliseconds at start-up.
    .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));

;// CONCATENATED MODULE: ./packages/cli/src/commands/check-dist.ts
/** `otai-release check-dist`: the twine-check action as a command. */




/** Runs the command; returns the exit code. */
async function checkDistCommand(args, out) {
    const { values, positionals } = (0,external_node_util_.parseArgs)({
        args,
        allowPositionals: true,
        options: {
            strict: { type: 'boolean', default: false },
            json: { type: 'boolean', default: false },
            select: { type: 'string' },
            ignore: { type: 'string' },
            'max-file-size': { type: 'string', default: '100MiB' },
            report: { type: 'string' },
            python: { type: 'string' },
            project: { type: 'string', default: '.' },
            'list-rules': { type: 'boolean', default: false },
        },
    });
    if (values['list-rules']) {
        // The data the rules are judged by, so that a finding can be traced to the list that produced it.
        const data = { troveClassifiers: TROVE_CLASSIFIERS_VERSION, pypiDocutils: PYPI_DOCUTILS_VERSION };
        if (values.json)
            out(`${JSON.stringify({ ...data, rules: ALL_RULES }, null, 2)}\n`);
        else {
            out(`Classifiers: trove-classifiers ${data.troveClassifiers} (bundled). reStructuredText: docutils ${data.pypiDocutils}, as PyPI renders it.\n`);
            for (const r of ALL_RULES)
                out(`${r.code}  ${r.severity.padEnd(7)}  ${r.source.padEnd(20)}  ${r.title}\n`);
        }
        return 0;
    }
    if (positionals.length === 0)
        throw new UsageError('check-dist needs the files to check: paths, globs or a directory (dist)');
    const filter = { select: splitCodes(values.select), ignore: splitCodes(values.ignore) };
    validateCodeFilter(filter, ALL_RULES, 'Option');
    const report = await checkDistFiles({
        paths: positionals,
        strict: values.strict,
        maxFileSize: parseSize(values['max-file-size'], '--max-file-size'),
        ...filter,
        project: values.project,
        python: values.python,
        report: values.report,
    }, {
        cwd: process.cwd(),
        docutils: pipDocutilsInstaller(docutilsCacheDir(process.env, process.platform, (0,external_node_os_.homedir)())),
    });
    if (values.json) {
        out(`${JSON.stringify(report, null, 2)}\n`);
    }
    else {
        for (const f of report.files) {
            out(`Checking ${f.file}: ${statusText(f)}\n`);
            for (const x of f.findings) {
                const members = x.members ? ` [${memberList(x.members)}]` : '';
                out(`  ${x.severity} ${x.code}: ${x.message.replace(/\n/g, '\n    ')}${members}\n      fix: ${x.fix}\n`);
            }
        }
        const renderer = rendererText(report);
        if (renderer)
            out(`${renderer}\n`);
        for (const note of report.notes)
            out(`note: ${note}\n`);
        out(report.failed === 0
            ? `${report.files.length} file(s) passed.\n`
            : `${report.failed} of ${report.files.length} file(s) failed.\n`);
    }
    return report.failed === 0 ? 0 : 1;
}

;// CONCATENATED MODULE: ./packages/core/src/versioning/text.ts
/** `text` with every replacement applied; replacements must be sorted and must not overlap. */
function applyReplacements(text, replacements) {
    let out = '';
    let at = 0;
    for (const r of replacements) {
        out += text.slice(at, r.start) + r.new;
        at = r.end;
    }
    return out + text.slice(at);
}
/** The line ending used at `offset` (the end of a line): CRLF files stay CRLF. */
function eolAt(text, offset) {
    if (offset >= text.length)
        return text.includes('\r\n') ? '\r\n' : '\n';
    return text.startsWith('\r\n', offset) ? '\r\n' : '\n';
}

;// CONCATENATED MODULE: ./packages/core/src/versioning/apply.ts
/**
 * Writing a plan: all files or none. Every file is re-read first and every span checked against what
 * the plan saw (a file edited between read and write stops everything before a byte is written); new
 * contents go to temporary files beside the originals, and only when all are written are they renamed
 * over the originals. If a rename fails, the files already replaced get their original bytes back.
 */




/** Node's synchronous fs. */
const nodeIo = {
    read: (path) => (0,external_node_fs_.readFileSync)(path),
    write: (path, data, mode) => {
        (0,external_node_fs_.writeFileSync)(path, data, { flag: 'wx' });
        (0,external_node_fs_.chmodSync)(path, mode);
    },
    rename: (from, to) => (0,external_node_fs_.renameSync)(from, to),
    remove: (path) => (0,external_node_fs_.unlinkSync)(path),
    stat: (path) => {
        const realPath = (0,external_node_fs_.realpathSync)(path);
        return { realPath, mode: (0,external_node_fs_.statSync)(realPath).mode & 0o7777 };
    },
};
let counter = 0;
const tempPath = (path) => (0,external_node_path_.join)((0,external_node_path_.dirname)(path), `.${(0,external_node_path_.basename)(path)}.otai-release-${process.pid}-${++counter}.tmp`);
function prepare(root, edit, io) {
    let path;
    let mode;
    let before;
    try {
        ({ realPath: path, mode } = io.stat((0,external_node_path_.join)(root, edit.file)));
        before = io.read(path);
    }
    catch (error) {
        throw new errors_ConfigurationError(`${edit.file} changed since it was read: it can no longer be read (${errorMessage(error)}); nothing was written. Run again.`, { file: edit.file });
    }
    const current = before.toString('utf8');
    // Offsets are string indices of the UTF-8 text; a file that is not UTF-8 would not round-trip.
    if (!Buffer.from(current, 'utf8').equals(before)) {
        throw new errors_ConfigurationError(`${edit.file} is not valid UTF-8, so it cannot be rewritten byte for byte; nothing was written. Save it as UTF-8.`, { file: edit.file });
    }
    for (const r of edit.replacements) {
        if (current.slice(r.start, r.end) !== r.old) {
            throw new errors_ConfigurationError(`${edit.file} changed since it was read: expected ${JSON.stringify(r.old)} at line ${r.line} (${r.label}); nothing was written. Run again.`, { file: edit.file, line: r.line, column: r.column });
        }
    }
    // Spans still hold: apply them to the current text, so an edit elsewhere in the file survives.
    return { file: edit.file, path, mode, before, after: applyReplacements(current, edit.replacements) };
}
function restoreAll(prepared, io) {
    const failed = [];
    for (const p of prepared) {
        try {
            if (io.read(p.path).equals(p.before))
                continue;
            const temp = tempPath(p.path);
            io.write(temp, p.before, p.mode);
            io.rename(temp, p.path);
        }
        catch (error) {
            failed.push(`${p.file} (${errorMessage(error)})`);
        }
    }
    if (failed.length > 0) {
        throw new Error(`could not restore ${failed.join(', ')}; restore them with git checkout -- <file>`);
    }
}
/**
 * Writes every edit of a plan under `root`, all or none. Throws ConfigurationError (nothing written)
 * when a file changed since the plan read it; on a write failure, restores what was replaced and rethrows.
 */
function applyEdits(root, edits, io = nodeIo) {
    const prepared = edits.map((edit) => prepare(root, edit, io));
    const temps = [];
    const removeTemps = (from) => {
        for (const temp of temps.slice(from)) {
            try {
                io.remove(temp);
            }
            catch {
                // Never written, or already gone: the originals matter, not the temporaries.
            }
        }
    };
    try {
        for (const p of prepared) {
            temps.push(tempPath(p.path));
            io.write(temps.at(-1), p.after, p.mode);
        }
    }
    catch (error) {
        removeTemps(0);
        throw error;
    }
    let renamed = 0;
    try {
        for (; renamed < prepared.length; renamed++)
            io.rename(temps[renamed], prepared[renamed].path);
    }
    catch (error) {
        removeTemps(renamed);
        restoreAll(prepared.slice(0, renamed), io);
        throw error;
    }
    return { files: prepared.map((p) => p.file), restore: () => restoreAll(prepared, io) };
}

;// CONCATENATED MODULE: ./packages/core/src/versioning/changelog.ts
/**
 * Keep a Changelog (keepachangelog.com): releasing turns the `## [Unreleased]` section into the
 * release's section under a fresh, empty Unreleased heading, and moves the compare links along:
 *
 *   ## [Unreleased]                       ## [Unreleased]
 *   ### Added                 →
 *                                         ## [1.5.0] - 2025-01-31
 *                                         ### Added
 *   [Unreleased]: …/compare/v1.4.0...HEAD  [Unreleased]: …/compare/v1.5.0...HEAD
 *                                         [1.5.0]: …/compare/v1.4.0...v1.5.0
 */


const HEADING = /^##[ \t]+\[unreleased\][ \t]*(?=\r?$)/im;
const LINK = /^(\[unreleased\]:[ \t]*)(\S*\/compare\/)(\S+?)(\.{2,3})(\S+?)([ \t]*)(?=\r?$)/im;
const changelog_escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** What releasing `version` (tagged `tag`, dated `date` as YYYY-MM-DD) changes in one changelog. */
function changelogReplacements(text, version, tag, date) {
    const heading = HEADING.exec(text);
    if (!heading)
        return { replacements: [] };
    if (new RegExp(`^##[ \\t]+\\[${changelog_escape(version)}\\]`, 'im').test(text)) {
        return {
            replacements: [],
            notice: `it already has a "## [${version}]" section, so its "## [Unreleased]" section was left as it is`,
        };
    }
    const eol = eolAt(text, heading.index + heading[0].length);
    const replacements = [
        {
            kind: 'changelog',
            label: '## [Unreleased] heading',
            ...lineColumn(text, heading.index),
            start: heading.index,
            end: heading.index + heading[0].length,
            old: heading[0],
            new: `${heading[0]}${eol}${eol}## [${version}] - ${date}`,
        },
    ];
    const link = LINK.exec(text);
    const hasOwnLink = new RegExp(`^\\[${changelog_escape(version)}\\]:`, 'im').test(text);
    if (link && !hasOwnLink) {
        const [whole, label, base, previous, dots, head, trailing] = link;
        const linkEol = eolAt(text, link.index + whole.length);
        replacements.push({
            kind: 'changelog',
            label: '[Unreleased] compare link',
            ...lineColumn(text, link.index),
            start: link.index,
            end: link.index + whole.length,
            old: whole,
            new: `${label}${base}${tag}${dots}${head}${trailing}${linkEol}[${version}]: ${base}${previous}${dots}${tag}`,
        });
    }
    return { replacements };
}

;// CONCATENATED MODULE: ./packages/core/src/versioning/git-steps.ts
/** The git steps set-version takes after writing, and the rule for combining them. */
const OPTION_NAMES = { commit: 'commit', tag: 'tag', push: 'push' };
/**
 * Why the steps cannot be taken together (a push with nothing to push), in the caller's words;
 * undefined when they can. The action and the CLI ask before anything runs, and setVersion refuses it.
 */
function gitStepsProblem(steps, names = OPTION_NAMES) {
    if (steps.push && !steps.commit && !steps.tag) {
        return `${names.push} needs something to push: set ${names.commit} and/or ${names.tag} too.`;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./packages/core/src/versioning/pins.ts
/**
 * Rewriting pins between the repository's own packages so they admit the new version. A pin that
 * already admits it is left alone (`>=1.4,<2` for 1.5.0); otherwise only the clauses that exclude it
 * change, and only their version text (`== 1.4.0` → `== 1.5.0`, spacing kept). Upper bounds and
 * exclusions are the user's decision: they are reported, never moved, and never silently left excluding
 * the version.
 */




const CLAUSE = /^(\s*)(===|~=|==|!=|<=|>=|<|>)(\s*)(.*?)\s*$/s;
function epochPrefix(v) {
    return v.epoch ? `${v.epoch}!` : '';
}
// `~=1.4` stays two segments (`~=1.5`), keeping the pre/post/dev part only when it is still the same
// version (1.5.0rc1 → `~=1.5rc1`); `~=1.5` alone would exclude 1.5.0rc1.
function compatibleVersion(next, segments) {
    const release = next.release.slice(0, segments);
    while (release.length < segments)
        release.push(0);
    const dropped = next.release.slice(segments).some((n) => n !== 0);
    const candidate = version_formatVersion(dropped ? { epoch: next.epoch, release } : { ...next, release });
    return specifierContains(parseSpecifier(`~=${candidate}`), next) ? candidate : version_formatVersion(next);
}
function wildcardVersion(next, prefix) {
    const segments = parseVersion(prefix).release.length;
    const release = next.release.slice(0, segments);
    while (release.length < segments)
        release.push(0);
    return `${epochPrefix(next)}${release.join('.')}.*`;
}
/**
 * The replacements that make `pin` (declared by package `owner` in `text`) admit `next`; none when it
 * already does. Throws ConfigurationError, naming the pin and its file:line, for a requirement that
 * is not valid PEP 508 and for an upper bound or exclusion that keeps out `next`.
 */
function pinReplacements(pin, owner, text, next) {
    const at = `${pin.file}:${pin.line}`;
    const where = { file: pin.file, line: pin.line, column: pin.column };
    if (pin.problem !== undefined) {
        throw new errors_ConfigurationError(`${owner}: the requirement "${pin.raw}" (${pin.label}, ${at}) is not a valid dependency specifier: ${pin.problem}; fix it (e.g. "${pin.name}==${next}") and run again.`, where);
    }
    if (pin.specifier.trim() === '' || specifierSetContains(pin.specifier, next))
        return [];
    if (text.slice(pin.start, pin.end) !== pin.specifier) {
        throw new Error(`pin span of ${at} does not hold "${pin.specifier}"`);
    }
    const nextVersion = parseVersion(next);
    const replacements = [];
    let offset = pin.start;
    for (const clause of pin.specifier.split(',')) {
        const clauseStart = offset;
        offset += clause.length + 1;
        const m = CLAUSE.exec(clause);
        if (!m || m[4] === '')
            continue;
        const [, lead, operator, gap, version] = m;
        if (specifierContains(parseSpecifier(clause), next))
            continue;
        const operatorStart = clauseStart + lead.length;
        const versionStart = operatorStart + operator.length + gap.length;
        const replace = (start, newText) => replacements.push({
            kind: 'pin',
            label: `${pin.raw} (${pin.label})`,
            package: owner,
            ...lineColumn(text, start),
            start,
            end: versionStart + version.length,
            old: text.slice(start, versionStart + version.length),
            new: newText,
        });
        switch (operator) {
            case '==':
                replace(versionStart, version.endsWith('.*') ? wildcardVersion(nextVersion, version.slice(0, -2)) : next);
                break;
            case '===':
            case '>=':
                replace(versionStart, next);
                break;
            case '~=':
                replace(versionStart, compatibleVersion(nextVersion, parseVersion(version).release.length));
                break;
            case '>':
                // `>1.4.0` → `>=1.5.0`: `>1.5.0` would exclude the very version being released.
                replace(operatorStart, `>=${gap}${next}`);
                break;
            default:
                throw new errors_ConfigurationError(`${owner}: the requirement "${pin.raw}" (${pin.label}, ${at}) excludes ${next} through "${clause.trim()}", ` +
                    `which set-version does not move; ${operator === '!='
                        ? `remove "${clause.trim()}"`
                        : `raise the upper bound (e.g. "<${nextVersion.release[0] + 1}")`} in ${at}, or set another version.`, where);
        }
    }
    const rewritten = applyReplacements(text, replacements).slice(pin.start, pin.end + replacements.reduce((n, r) => n + r.new.length - r.old.length, 0));
    if (!specifierSetContains(rewritten, next)) {
        throw new errors_ConfigurationError(`${owner}: the requirement "${pin.raw}" (${pin.label}, ${at}) cannot be rewritten to admit ${next} (it would read "${rewritten}"); change it by hand.`, where);
    }
    return replacements;
}

;// CONCATENATED MODULE: ./packages/core/src/versioning/plan.ts
/**
 * Planning a version change from what `readRepository` found — the same discovery `check` uses, so
 * every location check compares is a location this rewrites. The plan is pure: it computes the new
 * version and every byte that changes for it, and touches neither the disk nor git.
 */








const CHANGELOG = 'CHANGELOG.md';
const BUMPS = BUMP_SPECS.join(', ');
const at = (l) => `${l.file}:${l.line}`;
function selectPackages(repo, wanted) {
    if (repo.policy === 'lockstep') {
        if (wanted) {
            throw new errors_ConfigurationError(`package "${wanted}" was given, but the policy is lockstep: every package gets the one version. ` +
                'Leave package empty, or set policy = "independent" in [tool.otai-release].', { file: repo.config.file });
        }
        return repo.packages;
    }
    const names = repo.packages.map((p) => p.name);
    if (!wanted) {
        if (repo.packages.length === 1)
            return repo.packages;
        throw new errors_ConfigurationError(`The policy is independent and the repository has ${repo.packages.length} packages; say which one to change with package (one of ${listOf(names)}).`, { file: repo.config.file });
    }
    const key = canonicalizeName(wanted);
    const found = repo.packages.find((p) => canonicalizeName(p.name) === key || p.path === wanted.replace(/\/+$/, ''));
    if (!found) {
        const guess = nearest(key, names.map(canonicalizeName));
        throw new errors_ConfigurationError(`There is no package "${wanted}" in this repository${guess ? `; did you mean "${names.find((n) => canonicalizeName(n) === guess)}"?` : '.'} The packages are ${listOf(names)}.`);
    }
    return [found];
}
// The versions the changed packages are at now; invalid texts matter only to bumps.
function currentVersion(spec, locations, notices) {
    const valid = locations.filter((l) => tryParseVersion(l.raw));
    const invalid = locations.find((l) => !tryParseVersion(l.raw));
    const bump = isBumpSpec(spec);
    if (invalid && bump) {
        throw new errors_ConfigurationError(`Cannot bump "${spec}": ${invalid.label} in ${at(invalid)} is "${invalid.raw}", which is not a valid PEP 440 version. Set an explicit version instead (e.g. "1.2.3"); every location is rewritten to it.`, { file: invalid.file, line: invalid.line, column: invalid.column });
    }
    const versions = [...new Set(valid.map((l) => version_formatVersion(parseVersion(l.raw))))];
    if (versions.length > 1) {
        const list = valid.map((l) => `${at(l)} ${l.label} "${l.raw}"`).join('; ');
        if (bump) {
            throw new errors_ConfigurationError(`Cannot bump "${spec}": the version locations disagree (${list}). Set an explicit version instead; every location is rewritten to it.`, { file: valid[0].file, line: valid[0].line });
        }
        notices.push(`The version locations disagreed (${list}); all of them now read the new version.`);
    }
    return versions.sort(compareVersions).at(-1);
}
// The package's tag of the highest public version, in any format it accepts; on a tie the default
// format's (a repository that has both `v1.0` and `1.0` keeps the `v`).
function latestTag(pkg, tags) {
    let best;
    for (const tag of tags) {
        const match = matchTag(pkg.acceptedTagFormats, tag, pkg.name);
        const v = match && tryParseVersion(match.version);
        if (!match || !v || v.local?.length)
            continue;
        const version = version_formatVersion(v);
        const order = best === undefined ? 1 : compareVersions(version, best.version);
        if (order > 0 || (order === 0 && match.format === pkg.tagFormat))
            best = { tag, format: match.format, version };
    }
    return best;
}
// Tag-derived packages: the highest version among the tags in their formats.
function versionFromTags(packages, tags) {
    const versions = packages.flatMap((p) => latestTag(p, tags)?.version ?? []);
    return versions.sort(compareVersions).at(-1);
}
// With no tag-format configured, new tags follow the repository's latest release tag (bare `4.0.0`
// gives `4.1.0`); with one, or with no tags yet, they use the package's format.
function newTagFormat(pkg, tags, notices) {
    if (pkg.acceptedTagFormats.length < 2)
        return pkg.tagFormat;
    const latest = latestTag(pkg, tags);
    if (!latest || latest.format === pkg.tagFormat)
        return pkg.tagFormat;
    notices.add(`No tag-format is configured and the latest release tag "${latest.tag}" has the form "${latest.format}" rather than "${pkg.tagFormat}", so the new tag follows it; set tag-format in [tool.otai-release] to choose.`);
    return latest.format;
}
function nextVersion(spec, previous, options, notices, tagFormats) {
    if (isBumpSpec(spec)) {
        if (previous === undefined) {
            throw new errors_ConfigurationError(`Cannot bump "${spec}": the version comes from git tags and no tag matches ${tagFormats}. For the first release, set an explicit version such as "0.1.0".`);
        }
        return bumpVersion(previous, spec, { firstPrereleaseNumber: options.firstPrereleaseNumber });
    }
    let parsed;
    try {
        parsed = parseVersion(spec);
    }
    catch (error) {
        if (!(error instanceof errors_ConfigurationError))
            throw error;
        throw new errors_ConfigurationError(`${error.message}; or give a bump: one of ${BUMPS}.`);
    }
    const next = version_formatVersion(parsed);
    if (hasLocal(parsed)) {
        throw new errors_ConfigurationError(`"${spec}" has a local label ("+${next.split('+')[1]}"), which PyPI refuses; set a public version such as "${next.split('+')[0]}".`);
    }
    if (next !== spec)
        notices.push(`"${spec}" is written in its PEP 440 normal form "${next}".`);
    if (previous !== undefined && !options.force && compareVersions(next, previous) <= 0) {
        const how = compareVersions(next, previous) === 0 ? 'the same as' : 'lower than';
        throw new errors_ConfigurationError(`${next} is ${how} the current version ${previous}; a release must go forward. Set a higher version, bump one of ${BUMPS}, or force it (force: true / --force).`);
    }
    return next;
}
const SEMVER_PRE = { a: 'alpha', b: 'beta', rc: 'rc' };
/**
 * A PEP 440 version written as the SemVer Cargo requires, in the form maturin reads back as the same
 * version: 1.2.0rc1 → 1.2.0-rc.1, 1.2.0.dev3 → 1.2.0-dev.3.
 */
function cargoSemver(version, l) {
    const v = parseVersion(version);
    // 1.2 would be written 1.2.0, which maturin builds as 1.2.0: a version other than the tag's.
    if (v.epoch !== 0 || v.release.length !== 3 || v.local?.length) {
        const three = [...v.release, 0, 0].slice(0, 3).join('.');
        throw new errors_ConfigurationError(`${version} cannot be written to ${l.file} (${l.label}): Cargo versions are SemVer, exactly MAJOR.MINOR.PATCH with an optional pre-release, and maturin builds what Cargo.toml says; choose a version such as "${three}".`, { file: l.file, line: l.line });
    }
    const pre = [
        ...(v.pre ? [SEMVER_PRE[v.pre[0]], v.pre[1]] : []),
        ...(v.post !== undefined ? ['post', v.post] : []),
        ...(v.dev !== undefined ? ['dev', v.dev] : []),
    ];
    const release = v.release.join('.');
    return pre.length ? `${release}-${pre.join('.')}` : release;
}
function locationReplacement(l, pkg, next) {
    // A leading v inside the span (a whole-file VERSION of `v1.2.3`) stays; hatch's pattern leaves it outside.
    const v = /^[vV]/.test(l.raw) ? l.raw[0] : '';
    if (l.kind === 'cargo')
        next = cargoSemver(next, l);
    return {
        kind: 'version',
        label: l.label,
        package: pkg,
        line: l.line,
        column: l.column,
        start: l.start,
        end: l.end,
        old: l.raw,
        new: `${v}${next}`,
    };
}
function buildEdits(repo, byFile) {
    const edits = [];
    for (const [file, found] of byFile) {
        const sorted = found.filter((r) => r.old !== r.new).sort((a, b) => a.start - b.start || a.end - b.end);
        const replacements = [];
        for (const r of sorted) {
            const last = replacements.at(-1);
            // Two readers can report the same span (a module file that is also a package's version-file).
            if (last && last.start === r.start && last.end === r.end && last.new === r.new)
                continue;
            if (last && r.start < last.end) {
                throw new errors_ConfigurationError(`${file}:${r.line}: ${r.label} overlaps ${last.label} at line ${last.line}, so the file cannot be rewritten safely; remove one of the two from the configuration.`, { file, line: r.line });
            }
            replacements.push(r);
        }
        const original = repo.files.text(file);
        const updated = applyReplacements(original, replacements);
        if (updated !== original)
            edits.push({ file, original, updated, replacements });
    }
    return edits.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}
/**
 * Plans setting the version to `spec` — an explicit PEP 440 version (SemVer-style spellings such as
 * `0.2.0-beta.1` are accepted and written normalised) or a bump (`major` … `release`). Throws
 * ConfigurationError for an unparsable spec, an unknown or missing package, a local version, a version
 * not above the current one (unless `force`), and pins whose upper bound excludes the new version.
 */
function planVersionChange(repo, spec, options = {}) {
    const wanted = spec.trim();
    if (wanted === '') {
        throw new errors_ConfigurationError(`No version given: write an explicit version such as "1.2.3" or "1.2.3rc1", or a bump: one of ${BUMPS}.`);
    }
    const notices = [];
    const changing = selectPackages(repo, options.package?.trim() || undefined);
    const lockstep = repo.policy === 'lockstep';
    const locations = [...changing.flatMap((p) => p.locations), ...(lockstep ? repo.versionFiles : [])];
    const formats = [...new Set(changing.flatMap((p) => p.acceptedTagFormats))]
        .map((f) => `\`${f}\``)
        .join(' or ');
    const previous = locations.length > 0
        ? currentVersion(wanted, locations, notices)
        : versionFromTags(changing, options.tags ?? []);
    const first = options.firstPrereleaseNumber ?? repo.config.firstPrereleaseNumber ?? 1;
    const next = nextVersion(wanted, previous, { ...options, firstPrereleaseNumber: first }, notices, formats);
    const tagNotices = new Set();
    const tagFormats = new Map(changing.map((p) => [p, newTagFormat(p, options.tags ?? [], tagNotices)]));
    notices.push(...tagNotices);
    const tagOf = (p) => renderTag(tagFormats.get(p) ?? p.tagFormat, next, p.name);
    const byFile = new Map();
    const add = (file, r) => byFile.set(file, [...(byFile.get(file) ?? []), r]);
    for (const pkg of changing) {
        for (const l of pkg.locations)
            add(l.file, locationReplacement(l, pkg.name, next));
    }
    if (lockstep)
        for (const l of repo.versionFiles)
            add(l.file, locationReplacement(l, undefined, next));
    const changed = new Set(changing.map((p) => canonicalizeName(p.name)));
    for (const pkg of repo.packages) {
        for (const pin of pkg.pins) {
            if (!changed.has(canonicalizeName(pin.name)))
                continue;
            for (const r of pinReplacements(pin, pkg.name, repo.files.text(pin.file), next))
                add(pin.file, r);
        }
    }
    const date = (options.now ?? new Date()).toISOString().slice(0, 10);
    const changelogTags = new Map();
    if (lockstep || changing.some((p) => p.path === '.'))
        changelogTags.set('.', tagOf(changing[0]));
    for (const pkg of changing)
        changelogTags.set(pkg.path, tagOf(pkg));
    for (const [dir, tag] of changelogTags) {
        const file = dir === '.' ? CHANGELOG : `${dir}/${CHANGELOG}`;
        if (!repo.files.isFile(file))
            continue;
        const found = changelogReplacements(repo.files.text(file), next, tag, date);
        if (found.notice)
            notices.push(`${file}: ${found.notice}.`);
        for (const r of found.replacements)
            add(file, r);
    }
    const packages = changing.map((p) => ({
        name: p.name,
        path: p.path,
        previous: declaredVersion(p) ?? previous,
        next,
        tag: tagOf(p),
        fromTag: p.tagDerived?.tool,
    }));
    const tags = [...new Set(packages.map((p) => p.tag))];
    return {
        policy: repo.policy,
        previous,
        next,
        tag: tags[0],
        tags,
        packages,
        edits: buildEdits(repo, byFile),
        notices,
        commitMessage: lockstep ? `chore(release): ${tags[0]}` : `chore(release): ${changing[0].name} ${next}`,
    };
}

;// CONCATENATED MODULE: ./packages/core/src/versioning/diff.ts
function splitLines(text) {
    return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}
// Myers' greedy shortest edit script, with the trace kept to walk back from (N, M).
function shortestEdit(a, b) {
    const n = a.length;
    const m = b.length;
    const max = n + m;
    const v = new Int32Array(2 * max + 2);
    const trace = [];
    let done = false;
    for (let d = 0; d <= max && !done; d++) {
        trace.push(v.slice());
        for (let k = -d; k <= d; k += 2) {
            const down = k === -d || (k !== d && v[max + k - 1] < v[max + k + 1]);
            let x = down ? v[max + k + 1] : v[max + k - 1] + 1;
            let y = x - k;
            while (x < n && y < m && a[x] === b[y]) {
                x++;
                y++;
            }
            v[max + k] = x;
            if (x >= n && y >= m) {
                done = true;
                break;
            }
        }
    }
    const ops = [];
    let x = n;
    let y = m;
    for (let d = trace.length - 1; d >= 0; d--) {
        const t = trace[d];
        const k = x - y;
        const down = k === -d || (k !== d && t[max + k - 1] < t[max + k + 1]);
        const prevK = down ? k + 1 : k - 1;
        const prevX = t[max + prevK];
        const prevY = prevX - prevK;
        while (x > prevX && y > prevY) {
            x--;
            y--;
            ops.push({ kind: ' ', line: a[x] });
        }
        if (d > 0) {
            if (x === prevX)
                ops.push({ kind: '+', line: b[--y] });
            else
                ops.push({ kind: '-', line: a[--x] });
        }
    }
    return ops.reverse();
}
/** The line operations turning `a` into `b`: kept (' '), removed ('-') and added ('+') lines. */
function diffLines(a, b) {
    const left = splitLines(a);
    const right = splitLines(b);
    // Trimming the common head and tail keeps Myers' work proportional to the changed region.
    let head = 0;
    while (head < left.length && head < right.length && left[head] === right[head])
        head++;
    let tail = 0;
    while (tail < left.length - head &&
        tail < right.length - head &&
        left[left.length - 1 - tail] === right[right.length - 1 - tail])
        tail++;
    const keep = (lines) => lines.map((line) => ({ kind: ' ', line }));
    return [
        ...keep(left.slice(0, head)),
        ...shortestEdit(left.slice(head, left.length - tail), right.slice(head, right.length - tail)),
        ...keep(left.slice(left.length - tail)),
    ];
}
function printLine(op) {
    return op.line.endsWith('\n')
        ? `${op.kind}${op.line}`
        : `${op.kind}${op.line}\n\\ No newline at end of file\n`;
}
/** A unified diff of `before` → `after` for `file` (repo-relative), '' when they are equal. */
function unifiedDiff(file, before, after, context = 3) {
    if (before === after)
        return '';
    const ops = diffLines(before, after);
    const changed = ops.map((op, i) => (op.kind === ' ' ? -1 : i)).filter((i) => i >= 0);
    let out = `--- a/${file}\n+++ b/${file}\n`;
    let i = 0;
    while (i < changed.length) {
        // Changes at most 2 × context unchanged lines apart share a hunk, as in diff -u.
        let last = i;
        while (last + 1 < changed.length && changed[last + 1] - changed[last] <= 2 * context + 1)
            last++;
        const from = Math.max(0, changed[i] - context);
        const to = Math.min(ops.length, changed[last] + context + 1);
        let oldLine = 1;
        let newLine = 1;
        for (const op of ops.slice(0, from)) {
            if (op.kind !== '+')
                oldLine++;
            if (op.kind !== '-')
                newLine++;
        }
        const hunk = ops.slice(from, to);
        const oldCount = hunk.filter((op) => op.kind !== '+').length;
        const newCount = hunk.filter((op) => op.kind !== '-').length;
        // An empty side is numbered by the line before it, as diff -u does.
        out += `@@ -${oldCount ? oldLine : oldLine - 1},${oldCount} +${newCount ? newLine : newLine - 1},${newCount} @@\n`;
        out += hunk.map(printLine).join('');
        i = last + 1;
    }
    return out;
}
/** The unified diff of every file a plan changes, in plan order. */
function planDiff(edits) {
    return edits.map((e) => unifiedDiff(e.file, e.original, e.updated)).join('');
}

;// CONCATENATED MODULE: ./packages/core/src/versioning/set-version.ts
/**
 * The whole of set-version, shared by the action and `otai-release version`: plan, check git, write
 * all files or none, prove the result with the same check validate-versions runs, then commit, tag and
 * push. Every check that can refuse runs before the first byte is written, also in a dry run.
 */









// Errors after writing that concern a changed package, or that were not there before, undo the write.
function newErrors(before, after, changed) {
    const key = (f) => `${f.code}|${f.file}|${f.line}`;
    const old = new Set(before.filter((f) => f.level === 'error').map(key));
    return after.filter((f) => f.level === 'error' &&
        (f.package === undefined || changed.has(canonicalizeName(f.package)) || !old.has(key(f))));
}
// A package whose version cannot be read cannot be rewritten: in lockstep it would be left behind at
// the old version, so the change is refused, naming the package and what to fix.
function refuseUnreadable(repo, wanted) {
    const named = (u, w) => u.path === w.replace(/\/+$/, '') ||
        (u.name !== undefined && canonicalizeName(u.name) === canonicalizeName(w));
    const blocking = repo.unreadable.filter((u) => repo.policy === 'lockstep' || (wanted !== undefined && named(u, wanted)));
    if (blocking.length === 0)
        return;
    const [first] = blocking;
    throw new errors_ConfigurationError(`The version of ${first.name ?? first.path} cannot be read, so it cannot be set${blocking.length > 1 ? ` (nor that of ${blocking.length - 1} other package(s))` : ''}: ${first.error.message}`, { file: first.error.file, line: first.error.line, column: first.error.column });
}
// With no policy configured, versions that mostly differ mean independent packages, as check reads
// them: a bump then names its package, instead of refusing because the packages disagree.
async function readWithPolicyEvidence(path, git, logger) {
    const repo = readRepository(path);
    // The tags only suggest a tag format, which matters where the versions mostly differ.
    const tags = mayBeIndependent(repo, false) ? await git.tags() : [];
    const evidence = independentByEvidence(repo, { tags });
    if (!evidence)
        return repo;
    logger.notice(evidence.finding.message, { file: evidence.finding.file });
    return evidence.repo;
}
/** Sets the version; throws ConfigurationError (with nothing written) for every refusal. */
async function setVersion(options, deps) {
    const { logger } = deps;
    const problem = gitStepsProblem(options);
    if (problem)
        throw new errors_ConfigurationError(problem);
    const git = new Git(options.path, deps.git, options.auth);
    const repo = await readWithPolicyEvidence(options.path, git, logger);
    refuseUnreadable(repo, options.package);
    const plan = await planChange(repo, options, deps, git);
    await checkGit(git, options, plan, logger);
    const changedFiles = plan.edits.map((e) => e.file);
    const base = {
        plan,
        dryRun: options.dryRun,
        diff: planDiff(plan.edits),
        changedFiles,
        committed: false,
        tags: options.tag ? plan.tags : [],
        pushed: false,
    };
    if (options.dryRun) {
        logger.info(`Dry run: nothing was changed.${options.tag ? ` It would create the tag${plan.tags.length > 1 ? 's' : ''} ${plan.tags.join(', ')}.` : ''}`);
        return base;
    }
    const applied = await writeAndCheck(repo, plan, options.path, deps);
    const willCommit = options.commit && changedFiles.length > 0;
    let commitSha;
    if (willCommit)
        commitSha = await commitRelease(git, plan, changedFiles, applied, logger);
    else if (options.commit)
        logger.notice('Nothing to commit: the version comes from the tag, so no file changes.');
    if (options.tag)
        await tagRelease(git, plan, logger);
    if (options.commit || options.tag)
        commitSha ??= await git.head();
    const refs = [
        ...(willCommit ? ['HEAD'] : []),
        ...(options.tag ? plan.tags.map((t) => `refs/tags/${t}`) : []),
    ];
    const pushed = options.push && (await pushRelease(git, refs, logger));
    return { ...base, committed: willCommit, commitSha, pushed };
}
// Plans every byte that changes, and logs the plan.
async function planChange(repo, options, deps, git) {
    const { logger } = deps;
    // Tags give tag-derived versions, and the form of new tags when no tag-format is configured.
    const usesTags = repo.packages.some((p) => p.tagDerived || p.acceptedTagFormats.length > 1);
    return logger.group('Plan the version change', async () => {
        const planned = planVersionChange(repo, options.spec, {
            package: options.package,
            force: options.force,
            firstPrereleaseNumber: options.firstPrereleaseNumber,
            now: deps.clock(),
            tags: usesTags ? await git.tags() : [],
        });
        logger.info(`${planned.previous ?? '(no version yet)'} → ${planned.next}, tag ${planned.tags.join(', ')}`);
        for (const pkg of planned.packages) {
            if (pkg.fromTag)
                logger.info(`${pkg.name}: the version comes from the tag (${pkg.fromTag}); no file changes`);
        }
        for (const edit of planned.edits) {
            for (const r of edit.replacements)
                logger.info(`${edit.file}:${r.line} ${r.label}${r.kind === 'changelog' ? ' updated' : `: ${r.old} → ${r.new}`}`);
        }
        for (const notice of planned.notices)
            logger.notice(notice);
        return planned;
    });
}
// Refuses what the git steps would get wrong, before anything is written: a tag on a commit whose
// files still say the old version, others' changes the release commit would take in, a tag that exists.
async function checkGit(git, options, plan, logger) {
    if (options.tag && !options.commit && plan.edits.length > 0) {
        throw new errors_ConfigurationError(`tag without commit would tag a commit whose files still say ${plan.previous ?? 'the old version'}; set commit too (or tag only when the version comes from the tag).`);
    }
    if (!options.commit && !options.tag)
        return;
    await logger.group('Check git', async () => {
        await git.ensureRepository();
        const dirty = await git.changedFiles();
        if (dirty.length > 0) {
            throw new errors_ConfigurationError(`The working tree has changes that are not part of this release, which the release commit must not pick up or leave behind:\n${dirty.map((l) => `  ${l}`).join('\n')}\nCommit or stash them first.`);
        }
        if (!options.tag)
            return;
        for (const tag of plan.tags) {
            if (await git.tagExists(tag)) {
                throw new errors_ConfigurationError(`The tag ${tag} already exists; ${plan.next} has been released. Set a higher version (or delete the tag if it was a mistake: git tag -d ${tag}).`);
            }
            if (options.push && (await git.remoteTagExists(tag))) {
                throw new errors_ConfigurationError(`The tag ${tag} already exists on origin; ${plan.next} has been released. Fetch the tags (git fetch --tags) and set a higher version.`);
            }
        }
    });
}
// Writes every file, then proves the result with the check validate-versions runs; any new error
// restores every file before it is thrown.
async function writeAndCheck(repo, plan, path, deps) {
    const { logger } = deps;
    const before = checkConsistency(repo, {});
    return logger.group('Write the files', async () => {
        const written = applyEdits(path, plan.edits, deps.io ?? nodeIo);
        try {
            const after = readRepository(path);
            const checked = checkConsistency(after, { tag: plan.tag });
            const changed = new Set(plan.packages.map((p) => canonicalizeName(p.name)));
            const errors = newErrors(before.findings, checked.findings, changed);
            if (errors.length > 0) {
                throw new errors_ConfigurationError(`After writing ${plan.next}, the check still finds ${errors.length} problem(s); the files were restored. The first: ${errors[0].message}`, { file: errors[0].file, line: errors[0].line, column: errors[0].column });
            }
            for (const f of checked.findings.filter((f) => f.level !== 'notice' && !errors.includes(f))) {
                logger.warning(`${f.message} (not caused by this change)`, { file: f.file, line: f.line });
            }
        }
        catch (error) {
            written.restore();
            throw error;
        }
        logger.info(`Wrote ${written.files.length} file(s): ${written.files.join(', ') || '(none)'}`);
        return written;
    });
}
// The release commit of the changed files; a failed commit restores them.
async function commitRelease(git, plan, changedFiles, applied, logger) {
    const sha = await logger.group('Commit', async () => {
        try {
            return await git.commit(changedFiles, plan.commitMessage);
        }
        catch (error) {
            applied.restore();
            throw new errors_ConfigurationError(`${errorMessage(error)} The files were restored.`);
        }
    });
    logger.info(`Committed ${sha}: ${plan.commitMessage}`);
    return sha;
}
async function tagRelease(git, plan, logger) {
    await logger.group('Tag', async () => {
        for (const tag of plan.tags) {
            await git.tag(tag, `Release ${tag}`);
            logger.info(`Tagged ${tag}`);
        }
    });
}
// Pushes `refs` atomically; false when there is nothing to push.
async function pushRelease(git, refs, logger) {
    if (refs.length === 0) {
        logger.notice('Nothing to push: no commit and no tag were made.');
        return false;
    }
    await logger.group('Push', async () => {
        try {
            await git.push(refs);
        }
        catch (error) {
            throw new errors_ConfigurationError(`${errorMessage(error)} The release commit and tag exist locally; push them with: git push --atomic origin ${refs.join(' ')}`);
        }
        logger.info(`Pushed ${refs.join(', ')} to origin`);
    });
    return true;
}

;// CONCATENATED MODULE: ./packages/core/src/versioning/index.ts
/** Setting versions: plan every byte that changes, write all files or none, commit, tag and push. */









;// CONCATENATED MODULE: ./packages/cli/src/commands/version.ts
/** `otai-release version`: the set-version action as a command. */




/** Runs the command; returns the exit code. */
async function versionCommand(args, out) {
    const { values, positionals } = (0,external_node_util_.parseArgs)({
        args,
        allowPositionals: true,
        options: {
            package: { type: 'string' },
            commit: { type: 'boolean', default: false },
            tag: { type: 'boolean', default: false },
            push: { type: 'boolean', default: false },
            'dry-run': { type: 'boolean', default: false },
            force: { type: 'boolean', default: false },
            'first-prerelease-number': { type: 'string' },
            quiet: { type: 'boolean', default: false },
        },
    });
    const [spec, path, ...extra] = positionals;
    if (spec === undefined) {
        throw new UsageError('version needs SPEC: a version such as 1.2.0, or one of major, minor, patch, alpha, beta, rc, post, dev, release');
    }
    if (extra.length > 0)
        throw new UsageError(`version takes SPEC and one PATH, got also: ${extra.join(' ')}`);
    const first = values['first-prerelease-number'];
    if (first !== undefined && !/^\d+$/.test(first)) {
        throw new UsageError(`--first-prerelease-number ${first}: use a non-negative integer such as 1 or 0.`);
    }
    const problem = gitStepsProblem(values, { commit: '--commit', tag: '--tag', push: '--push' });
    if (problem)
        throw new UsageError(problem);
    const logger = consoleLogger({
        verbose: !values.quiet,
        notices: !values.quiet,
        color: process.stderr.isTTY,
    });
    const result = await setVersion({
        path: path ?? '.',
        spec,
        package: values.package,
        commit: values.commit,
        tag: values.tag,
        push: values.push,
        dryRun: values['dry-run'],
        force: values.force,
        firstPrereleaseNumber: first === undefined ? undefined : Number(first),
    }, { logger, clock: () => new Date(), git: execGit });
    const { plan } = result;
    if (result.dryRun) {
        out(result.diff);
        out(`${plan.previous ?? '(no version)'} → ${plan.next}; tag ${plan.tags.join(', ')}${result.tags.length ? ' would be created' : ' (not created without --tag)'}; nothing was changed (dry run)\n`);
        return 0;
    }
    for (const file of result.changedFiles)
        out(`${file}\n`);
    const done = [
        result.committed ? `committed ${result.commitSha?.slice(0, 12)}` : '',
        result.tags.length ? `tagged ${result.tags.join(', ')}` : '',
        result.pushed ? 'pushed to origin' : '',
    ].filter(Boolean);
    out(`${plan.previous ?? '(no version)'} → ${plan.next}; tag ${plan.tag}${done.length ? `; ${done.join(', ')}` : ''}\n`);
    return 0;
}

;// CONCATENATED MODULE: ./packages/cli/src/version.ts
/** `otai-release --version`: our version and the versions of the PyPI data the checks follow. */

/** otai-release's own version; kept equal to package.json's by tests/cli/version.test.ts. */
const OTAI_RELEASE_VERSION = '0.1.0';
/** The text `--version` prints. */
function versionText() {
    return [
        `otai-release ${OTAI_RELEASE_VERSION}`,
        `trove-classifiers ${TROVE_CLASSIFIERS_VERSION} (PyPI's classifier list, bundled)`,
        `docutils ${PYPI_DOCUTILS_VERSION} (PyPI's reStructuredText renderer, installed into the cache when needed)`,
        '',
    ].join('\n');
}

;// CONCATENATED MODULE: ./packages/cli/src/main.ts
/** The `otai-release` command: dispatches to a command and maps outcomes to exit codes. */







const COMMANDS = {
    check: checkCommand,
    build: buildCommand,
    'check-dist': checkDistCommand,
    version: versionCommand,
};
/** Runs the CLI with `argv` (without node and script); returns the exit code. */
async function main(argv, out = (t) => process.stdout.write(t)) {
    const [command, ...rest] = argv;
    if (!command || command === '--help' || command === '-h' || command === 'help') {
        out(HELP);
        return command ? 0 : 2;
    }
    if (command === '--version' || command === '-V') {
        out(versionText());
        return 0;
    }
    try {
        const handler = COMMANDS[command];
        if (!handler)
            throw new UsageError(`unknown command '${command}'; the commands are: ${Object.keys(COMMANDS).join(', ')}`);
        return await handler(rest, out);
    }
    catch (error) {
        const code = error.code;
        if (code?.startsWith('ERR_PARSE_ARGS') && COMMANDS[command]) {
            // node's own text suggests `-- "--opt"` (with unbalanced quotes): the options the command takes help more.
            const option = /^Unknown option '([^']+)'/.exec(error.message)?.[1];
            const problem = option ? `${command} has no option ${option}` : error.message;
            process.stderr.write(`otai-release: ${problem}\n\n${commandUsage(command) ?? ''}`);
            return 2;
        }
        if (error instanceof UsageError || code?.startsWith('ERR_PARSE_ARGS')) {
            process.stderr.write(`otai-release: ${error.message}\nRun 'otai-release --help' for usage.\n`);
            return 2;
        }
        if (isConfigurationError(error)) {
            process.stderr.write(`${formatPosition(error)}error: ${error.message}\n`);
            return 1;
        }
        throw error;
    }
}


/***/ })

};
