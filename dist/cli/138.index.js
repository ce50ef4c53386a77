export const id = 138;
export const ids = [138];
export const modules = {

/***/ 99138:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  S: () => (/* reexport */ CHANGELOG_FILE),
  r: () => (/* reexport */ NOTES_SOURCES),
  Vi: () => (/* reexport */ checkNotesRequest),
  vg: () => (/* reexport */ decidePrerelease),
  Mc: () => (/* reexport */ githubApi),
  bJ: () => (/* reexport */ localAssets),
  $M: () => (/* reexport */ parseRepositoryName),
  fJ: () => (/* reexport */ readTagVersion),
  wE: () => (/* reexport */ releasePlanText),
  NF: () => (/* reexport */ syncRelease)
});

// UNUSED EXPORTS: DEFAULT_API_URL, MAX_ASSET_SIZE, UPLOAD_IDLE_TIMEOUT_MS, applyAssetStep, assetNamed, assetSha256, canonicalRelease, changedFields, contentTypeFor, decideLatest, explainFailure, fileSha256, findRelease, formatPrefix, githubClientOptions, hasNextPage, isAlreadyExists, isApiFailure, isNotFound, isTransient, notesSource, planAssets, previousTag, releaseNotes, releasesWithTag, sameContent, streamingFetch, uploadMismatch, uploadTarget, validationErrors, versionUnderFormat

// EXTERNAL MODULE: ./packages/core/src/errors/index.ts
var errors = __webpack_require__(45341);
;// CONCATENATED MODULE: ./packages/core/src/github/api-errors.ts
/**
 * GitHub's refusals turned into messages that say what to change: a 403 names the permission the
 * job lacks (`contents: write`) and the token that was used, a 404 says the repository is missing or
 * invisible to that token, a 401 that the token was rejected (pain points 7 and 8 of the release
 * actions users replace: "Resource not accessible by integration", a bare "Not Found").
 */

/** True for errors thrown by Octokit for an HTTP answer or a failed connection (status 500 then). */
function isApiFailure(error) {
    return (typeof error === 'object' && error !== null && typeof error.status === 'number');
}
/** The `errors[].code` values of a 422 Validation Failed answer, with their resource and field. */
function validationErrors(error) {
    if (!isApiFailure(error) || error.status !== 422)
        return [];
    const data = error.response?.data;
    return Array.isArray(data?.errors)
        ? data.errors
        : [];
}
/** True for 422 `already_exists` on `resource` (Release/tag_name, ReleaseAsset/name): another job won a race. */
function isAlreadyExists(error, resource) {
    return validationErrors(error).some((e) => e.code === 'already_exists' && e.resource === resource);
}
/** True for 404. */
function isNotFound(error) {
    return isApiFailure(error) && error.status === 404;
}
/** True for failures worth another attempt: 5xx answers and dropped connections (Octokit reports those as 500). */
function isTransient(error) {
    return isApiFailure(error) && error.status >= 500;
}
function githubMessage(error) {
    const data = error.response?.data;
    return typeof data?.message === 'string' ? data.message : error.message;
}
/**
 * The error to show for a failed call `what` ("create the release for v1.2.0"): a ConfigurationError
 * for what the user can fix (401, 403, 404, a 422 that is not a race), the error itself otherwise.
 */
function explainFailure(error, what, ctx) {
    if (!isApiFailure(error))
        return error;
    const { owner, repo } = ctx.repository;
    const slug = `${owner}/${repo}`;
    const message = githubMessage(error);
    const header = (name) => {
        const value = error.response?.headers?.[name];
        return value === undefined ? undefined : String(value);
    };
    switch (error.status) {
        case 401:
            return new errors/* ConfigurationError */.j1(`GitHub rejected ${ctx.tokenSource} when asked to ${what} in ${slug} (401: ${message}): the token is ` +
                'wrong or expired. Give a valid token, or leave the token unset to use the workflow token.');
        case 403: {
            if (header('x-ratelimit-remaining') === '0') {
                return new Error(`GitHub's rate limit for ${ctx.tokenSource} is used up (403 when asked to ${what} in ${slug}: ${message}); ` +
                    `it resets at ${new Date(Number(header('x-ratelimit-reset') ?? 0) * 1000).toISOString()}.`);
            }
            const accepted = header('x-accepted-github-permissions');
            return new errors/* ConfigurationError */.j1(`GitHub refused to ${what} in ${slug} (403: ${message}) with ${ctx.tokenSource}. Releases need the ` +
                `contents: write permission${accepted ? ` (GitHub asked for ${accepted})` : ''}: add\n` +
                '  permissions:\n    contents: write\nto the job (or the workflow), or give a token that has it ' +
                '(a fine-grained token: Contents read and write; a classic token: the repo scope).');
        }
        case 404:
            return new errors/* ConfigurationError */.j1(`GitHub answered 404 (${message}) when asked to ${what}: the repository ${slug} does not exist or ` +
                `${ctx.tokenSource} cannot see it. Check GITHUB_REPOSITORY; a private repository needs a token ` +
                'with contents: read, and publishing a release needs contents: write.');
        case 422:
            return new errors/* ConfigurationError */.j1(`GitHub refused to ${what} in ${slug} (422: ${message}${detailText(error)}).` +
                (/immutable/i.test(message)
                    ? ' The release is immutable: its assets cannot change. Release a new version instead.'
                    : ''));
        default:
            return new Error(`GitHub failed to ${what} in ${slug} (${error.status}: ${message}).`);
    }
}
function detailText(error) {
    const details = validationErrors(error).map((e) => [e.resource, e.field, e.code, e.message].filter(Boolean).join(' '));
    return details.length > 0 ? `: ${details.join('; ')}` : '';
}
/** Runs a call, turning its failure into an explained error. */
async function call(ctx, what, fn) {
    try {
        return await fn();
    }
    catch (error) {
        throw explainFailure(error, what, ctx);
    }
}
/** Runs a call whose 404 is an answer (no such release, tag or latest release): undefined then. */
async function callOptional(ctx, what, fn) {
    try {
        return await fn();
    }
    catch (error) {
        if (isNotFound(error))
            return undefined;
        throw explainFailure(error, what, ctx);
    }
}

// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 21 modules
var github = __webpack_require__(11758);
// EXTERNAL MODULE: ./node_modules/@actions/http-client/lib/index.js + 1 modules
var lib = __webpack_require__(44942);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(49735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(86856);
;// CONCATENATED MODULE: ./packages/core/src/github/client-options.ts
/** The public API's base URL, used when GITHUB_API_URL is unset (outside a runner). */
const DEFAULT_API_URL = 'https://api.github.com';
/** Retries on a primary or secondary rate limit before giving up. */
const RATE_LIMIT_RETRIES = 2;
/** Options for getOctokit(token, options, retry, throttling). */
function githubClientOptions(apiUrl, logger) {
    const onLimit = (kind) => (retryAfter, options, _octokit, retryCount) => {
        const wait = retryCount < RATE_LIMIT_RETRIES;
        logger.warning(`GitHub's ${kind} rate limit hit on ${options.method} ${options.url}; ` +
            (wait ? `retrying in ${retryAfter} s.` : 'giving up.'));
        return wait;
    };
    return {
        baseUrl: (apiUrl || DEFAULT_API_URL).replace(/\/+$/, ''),
        throttle: { onRateLimit: onLimit('primary'), onSecondaryRateLimit: onLimit('secondary') },
        log: {
            debug: (m) => logger.debug(m),
            info: (m) => logger.debug(m),
            warn: (m) => logger.warning(m),
            error: (m) => logger.debug(m),
        },
    };
}

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(44708);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: external "node:stream/promises"
var promises_ = __webpack_require__(46466);
;// CONCATENATED MODULE: ./packages/core/src/github/stream-upload.ts
/**
 * The transport for asset uploads: node:http(s) with the file piped into the request. Measured on this
 * machine for a 512 MiB file on loopback: fetch (Node's and undici 6.29's, with a file stream or
 * `fs.openAsBlob`) peaked at ~620 MB of memory and took 8–15 s; node:http piping the same file, 84 MB
 * and 2.7 s (curl: 1.6 s). It is handed to Octokit as the upload request's `fetch`, so authentication,
 * headers and error handling stay Octokit's; only the bytes take this path.
 */




/** A request with no bytes moving either way for this long is cut off (and retried by the caller). */
const UPLOAD_IDLE_TIMEOUT_MS = 120_000;
function isReadable(body) {
    return typeof body === 'object' && body !== null && typeof body.pipe === 'function';
}
function responseHeaders(res) {
    const headers = new Headers();
    for (const [name, value] of Object.entries(res.headers)) {
        if (value !== undefined)
            headers.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
    return headers;
}
/** A fetch for one streamed upload: a Node readable body is piped with backpressure, never buffered. */
function streamingFetch(options = {}) {
    const idle = options.idleTimeoutMs ?? UPLOAD_IDLE_TIMEOUT_MS;
    return ((input, init = {}) => {
        const url = new URL(String(input));
        const send = url.protocol === 'https:' ? external_node_https_.request : external_node_http_.request;
        const headers = Object.fromEntries(new Headers(init.headers).entries());
        return new Promise((resolve, reject) => {
            const req = send(url, {
                method: init.method ?? 'GET',
                headers,
                agent: options.agentFor?.(url.href),
                signal: init.signal ?? undefined,
            });
            req.setTimeout(idle, () => req.destroy(new Error(`no progress for ${idle / 1000} s`)));
            req.on('error', reject);
            req.on('response', (res) => {
                const empty = res.statusCode === 204 || res.statusCode === 205 || res.statusCode === 304;
                if (empty)
                    res.resume();
                resolve(new Response(empty ? null : external_node_stream_.Readable.toWeb(res), {
                    status: res.statusCode ?? 500,
                    statusText: res.statusMessage,
                    headers: responseHeaders(res),
                }));
            });
            const body = init.body;
            if (isReadable(body))
                (0,promises_.pipeline)(body, req).catch(reject);
            else
                req.end(body);
        });
    });
}

;// CONCATENATED MODULE: ./packages/core/src/github/api-client.ts
/**
 * The GitHub API as every entry point (the gh-release and all-in-one actions, the CLI's gh-release
 * and release) builds it: @actions/github's Octokit for GITHUB_API_URL with the retry and throttling
 * plugins, and asset bytes streamed through the runner's proxy settings (HTTPS_PROXY, NO_PROXY) as
 * the API calls are. The rest of this domain takes the client injected, so tests pass their own.
 */






/** The client, upload transport and waits for `token` against `apiUrl` (GITHUB_API_URL; unset: api.github.com). */
function githubApi(token, apiUrl, logger) {
    return {
        octokit: (0,github/* getOctokit */.Q)(token, githubClientOptions(apiUrl, logger), dist_bundle/* retry */.L, plugin_throttling_dist_bundle/* throttling */.A),
        uploadFetch: streamingFetch({ agentFor: (url) => new lib/* HttpClient */.Qq('otai-release').getAgent(url) }),
        sleep: (ms) => new Promise((done) => setTimeout(done, ms)),
        logger,
    };
}

// EXTERNAL MODULE: ./packages/core/src/pep440/index.ts + 5 modules
var pep440 = __webpack_require__(65095);
// EXTERNAL MODULE: ./packages/core/src/pyproject/index.ts + 15 modules
var pyproject = __webpack_require__(99327);
;// CONCATENATED MODULE: ./packages/core/src/github/tag-version.ts
/**
 * The version a release tag carries and the tag format it was written in (`hf-local-v1.2.0` →
 * `hf-local-v{version}`, 1.2.0), so that the previous release is looked for among tags of the same
 * format: in a monorepo with per-package tags, `hf-local-v1.2.0` follows `hf-local-v1.1.0`, not `v1.2.0`.
 */


/**
 * Reads a tag: the version is the tail that starts at the first digit that begins a run of digits and
 * parses as PEP 440 to the end (`pkg2-v1.0`: not `2-v1.0`, but `1.0`). Undefined for tags with no
 * version (`nightly`).
 */
function readTagVersion(tag) {
    for (let i = 0; i < tag.length; i++) {
        if (!/\d/.test(tag[i]) || (i > 0 && /\d/.test(tag[i - 1])))
            continue;
        const tail = tag.slice(i);
        if ((0,pep440/* tryParseVersion */.z0)(tail)) {
            return { tag, format: `${tag.slice(0, i)}{version}`, version: (0,pep440/* normalizeVersion */.Qj)(tail) };
        }
    }
    return undefined;
}
/** The version `tag` carries under `format`, in normal form; undefined when it has another format. */
function versionUnderFormat(format, tag) {
    const text = (0,pyproject/* versionFromTag */.bp)(format, tag, '');
    // `{version}` alone fits every tag, including `v1.0` (PEP 440 allows the v): a prefix is not a version.
    if (text === undefined || !/^\d/.test(text) || !(0,pep440/* tryParseVersion */.z0)(text))
        return undefined;
    return (0,pep440/* normalizeVersion */.Qj)(text);
}
/**
 * The tag a release is compared with for generated notes: among `tags`, those of the same format with a
 * lower version; the highest of them. A final release skips pre-releases (1.2.0's notes cover everything
 * since 1.1.0, not since 1.2.0rc2); a pre-release takes any lower version. Undefined when there is none.
 */
function previousTag(current, tags) {
    const finalOnly = !(0,pep440/* isPrerelease */.V1)(current.version);
    let best;
    for (const tag of tags) {
        const version = versionUnderFormat(current.format, tag);
        if (version === undefined || (0,pep440/* compareVersions */.Zy)(version, current.version) >= 0)
            continue;
        if (finalOnly && (0,pep440/* isPrerelease */.V1)(version))
            continue;
        if (!best || (0,pep440/* compareVersions */.Zy)(version, best.version) > 0)
            best = { tag, version };
    }
    return best?.tag;
}
/** The literal text before `{version}`, for asking GitHub only for the tags that start with it. */
function formatPrefix(format) {
    return format.slice(0, format.indexOf('{version}'));
}

;// CONCATENATED MODULE: ./packages/core/src/github/flags.ts
/**
 * The release's flags: whether it is a pre-release (PEP 440, never SemVer: `1.2.0rc1` and `1.2.0.dev3`
 * are, `1.2.0.post1` is not) and whether it becomes the repository's latest release.
 */


/** The prerelease flag: `auto` asks PEP 440; a tag with no version is not a pre-release. */
function decidePrerelease(setting, version) {
    if (setting !== 'auto')
        return setting;
    return version !== undefined && (0,pep440/* isPrerelease */.V1)(version);
}
/**
 * make-latest: a fixed answer is kept (GitHub itself refuses to make a draft or pre-release latest, so
 * `true` for those is reported as not latest). `auto`: never a draft or pre-release, and never a
 * version lower than the current latest release of the same tag format — a backport of 1.2.5 published
 * after 1.3.0 must not take "latest" from 1.3.0. A latest release of another tag format (another
 * package of a monorepo) has no version to compare with, so the new release takes over, as GitHub would.
 */
function decideLatest(setting, release, current) {
    if (release.draft)
        return { latest: false, reason: 'a draft cannot be the latest release' };
    if (release.prerelease)
        return { latest: false, reason: 'a pre-release cannot be the latest release' };
    if (setting === true)
        return { latest: true, reason: 'make-latest: true' };
    if (setting === false)
        return { latest: false, reason: 'make-latest: false' };
    if (!current)
        return { latest: true, reason: 'the repository has no latest release yet' };
    if (current.id === release.id)
        return { latest: true, reason: 'it is already the latest release' };
    const ours = readTagVersion(release.tag);
    const theirs = ours && versionUnderFormat(ours.format, current.tag_name);
    if (!ours || theirs === undefined) {
        return {
            latest: true,
            reason: `the latest release ${current.tag_name} has another tag format, so the newest release is latest`,
        };
    }
    if ((0,pep440/* compareVersions */.Zy)(ours.version, theirs) < 0) {
        return {
            latest: false,
            reason: `${ours.version} is lower than the latest release ${current.tag_name} (a backport stays behind it)`,
        };
    }
    return { latest: true, reason: `${ours.version} is not lower than the latest release ${current.tag_name}` };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var external_node_fs_promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./packages/core/src/distfiles/files.ts
var files = __webpack_require__(87158);
;// CONCATENATED MODULE: ./packages/core/src/github/local-assets.ts
/**
 * The files to attach, read from disk before anything is sent: expanded, sized (GitHub takes files
 * under 2 GiB), hashed once with a streamed SHA-256 (to compare with the `digest` GitHub keeps for each
 * asset) and given an explicit content type.
 */






/** GitHub's limit: "each file included in a release must be under 2 GiB". */
const MAX_ASSET_SIZE = 2 * 1024 ** 3;
/**
 * Content types by extension, set explicitly rather than from a MIME table: a wheel is a zip archive,
 * an sdist a gzip stream, attestations and SBOMs JSON; anything else is plain bytes.
 */
function contentTypeFor(name) {
    const lower = name.toLowerCase();
    if (lower.endsWith('.whl') || lower.endsWith('.zip'))
        return 'application/zip';
    if (lower.endsWith('.tar.gz') || lower.endsWith('.tgz'))
        return 'application/gzip';
    if (lower.endsWith('.json'))
        return 'application/json';
    return 'application/octet-stream';
}
/** Read size for hashing and uploading: 1 MiB chunks hashed ~1.7× faster here than the default 64 KiB. */
const READ_CHUNK = 1024 * 1024;
/** SHA-256 of a file, streamed (files up to 2 GiB are never held in memory). */
async function fileSha256(path) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    for await (const chunk of (0,external_node_fs_.createReadStream)(path, { highWaterMark: READ_CHUNK }))
        hash.update(chunk);
    return hash.digest('hex');
}
/**
 * The files `patterns` (paths, globs, directories; relative to `cwd`) name, checked before any write:
 * a pattern that matches nothing, a file of 2 GiB or more, or two files with one name (a release holds
 * one asset per name) is a ConfigurationError naming the input `where`.
 */
async function localAssets(patterns, cwd, where) {
    // Unlike the distribution checks, signatures and attestations (`.sigstore.json`, `.asc`) are kept:
    // a release is where users download them.
    const noMatch = (pattern) => `${where}: '${pattern}' matches no file (relative to ${cwd}): build first, or point files at where the build wrote them.`;
    const paths = await (0,files/* expandPaths */.p)(patterns, cwd, { emptyDirectory: noMatch, noMatch });
    const sized = await Promise.all(paths.map(async (path) => ({ path, size: (await (0,external_node_fs_promises_.stat)(path)).size })));
    const tooBig = sized.filter((f) => f.size >= MAX_ASSET_SIZE);
    if (tooBig.length > 0) {
        throw new errors/* ConfigurationError */.j1(`${where}: GitHub takes release assets under 2 GiB; ${tooBig
            .map((f) => `${(0,external_node_path_.relative)(cwd, f.path)} is ${f.size} bytes`)
            .join(', ')}. Split the file or publish it elsewhere (nothing was created).`);
    }
    const byName = new Map();
    for (const { path } of sized) {
        const name = (0,external_node_path_.basename)(path);
        const other = byName.get(name);
        if (other !== undefined) {
            throw new errors/* ConfigurationError */.j1(`${where}: ${(0,external_node_path_.relative)(cwd, other)} and ${(0,external_node_path_.relative)(cwd, path)} would both be the asset '${name}'; ` +
                'a release holds one asset per name: rename one or narrow the patterns.');
        }
        byName.set(name, path);
    }
    return Promise.all(sized.map(async ({ path, size }) => {
        const name = (0,external_node_path_.basename)(path);
        return { path, name, size, sha256: await fileSha256(path), contentType: contentTypeFor(name) };
    }));
}

// EXTERNAL MODULE: ./packages/core/src/versioning/index.ts + 8 modules
var versioning = __webpack_require__(37773);
;// CONCATENATED MODULE: ./packages/core/src/github/notes.ts
/**
 * The release notes: the version's section of CHANGELOG.md, GitHub's generated notes since the previous
 * tag of the same format, or a given text. With no choice made, the changelog is used when it has the
 * version's section, else GitHub generates them.
 */


/** Where the notes come from. */
const NOTES_SOURCES = ['changelog', 'generate', 'text'];
/** The source that will be used: the one asked for, else `text` when a body was given, else by the changelog. */
function notesSource(request) {
    if (request.source)
        return request.source;
    if (request.body !== undefined)
        return 'text';
    const { text } = request.changelog;
    const version = request.tagVersion?.version;
    return text !== undefined && version !== undefined && (0,versioning/* changelogSection */.UV)(text, version) !== undefined
        ? 'changelog'
        : 'generate';
}
/**
 * Checks the combination without touching the network (so a mistake is reported before any call):
 * `text` needs a body, a body is only for `text`, `changelog` needs the file with the version's section.
 */
function checkNotesRequest(request) {
    const source = notesSource(request);
    if (source === 'text' && request.body === undefined) {
        throw new errors/* ConfigurationError */.j1("notes-from is 'text' but body is empty: give the notes in body.");
    }
    if (source !== 'text' && request.body !== undefined) {
        throw new errors/* ConfigurationError */.j1(`body is given but notes-from is '${source}', which would ignore it: set notes-from: text to use body.`);
    }
    if (source === 'changelog') {
        const { file, text } = request.changelog;
        const version = request.tagVersion?.version;
        if (text === undefined) {
            throw new errors/* ConfigurationError */.j1(`notes-from is 'changelog' but ${file} does not exist: add it (keepachangelog.com), or use notes-from: generate.`);
        }
        if (version === undefined) {
            throw new errors/* ConfigurationError */.j1(`notes-from is 'changelog' but the tag '${request.tag}' carries no version to find in ${file}: ` +
                'tag as v1.2.3 (or <name>-v1.2.3), or use notes-from: generate.');
        }
        if ((0,versioning/* changelogSection */.UV)(text, version) === undefined) {
            throw new errors/* ConfigurationError */.j1(`${file} has no section for ${version}: add a "## [${version}] - YYYY-MM-DD" heading with the changes ` +
                '(set-version moves the Unreleased section there), or use notes-from: generate.', { file });
        }
    }
    return source;
}
/** The notes (the request is checked first, see checkNotesRequest). */
async function releaseNotes(request) {
    const source = checkNotesRequest(request);
    if (source === 'text')
        return { source, body: request.body ?? '' };
    if (source === 'changelog') {
        const { file, text } = request.changelog;
        return { source, body: (0,versioning/* changelogSection */.UV)(text ?? '', request.tagVersion?.version ?? '') ?? '', file };
    }
    const previousTag = await request.previousTag();
    const body = await request.generate({
        tag_name: request.tag,
        ...(request.targetCommitish ? { target_commitish: request.targetCommitish } : {}),
        ...(previousTag ? { previous_tag_name: previousTag } : {}),
    });
    return { source, body, previousTag };
}

;// CONCATENATED MODULE: ./packages/core/src/github/report-text.ts
/** The release a dry run would create or update, in plain text: title, flags, notes, assets. */
function releasePlanText(report) {
    const verb = {
        'would-create': 'would create',
        'would-update': 'would update',
        unchanged: 'would leave unchanged',
    }[report.outcome];
    const lines = [
        `Dry run: ${verb} the release of ${report.tag} in ${report.repository}${report.release ? ` (${report.release.htmlUrl})` : ''}.`,
        `  title:       ${report.name}`,
        `  draft:       ${report.draft}`,
        `  prerelease:  ${report.prerelease}`,
        `  latest:      ${report.latest.latest} (${report.latest.reason})`,
        `  changes:     ${report.changes.length > 0 ? report.changes.join(', ') : 'none'}`,
        `  notes from:  ${report.notes.source}${report.notes.file ? ` (${report.notes.file})` : ''}${report.notes.previousTag ? ` (since ${report.notes.previousTag})` : ''}`,
        ...report.notes.body.split('\n').map((l) => `    | ${l}`),
        `  assets:`,
        ...report.assets.map((a) => `    ${a.action.padEnd(8)} ${a.name} (${a.size} bytes, ${a.contentType}, sha256:${a.sha256})`),
    ];
    return lines.join('\n');
}

;// CONCATENATED MODULE: ./packages/core/src/github/releases.ts
/**
 * Reading and writing releases: found by tag including drafts (the tag endpoint returns only
 * published releases, so drafts are looked for in the paginated list), created as drafts with the
 * duplicates of a race removed, updated field by field.
 */


const PER_PAGE = 100;
/** The page after this one, from a Link header (`<…&page=3>; rel="next"`). */
function hasNextPage(link) {
    return link !== undefined && /rel="next"/.test(link);
}
/** Every release of the repository carrying `tag` (drafts included, for a token with push access). */
async function releasesWithTag(ctx, tag) {
    const { owner, repo } = ctx.repository;
    const found = [];
    for (let page = 1;; page++) {
        const response = await call(ctx, `list the releases (page ${page})`, () => ctx.octokit.request('GET /repos/{owner}/{repo}/releases', { owner, repo, per_page: PER_PAGE, page }));
        const releases = response.data;
        found.push(...releases.filter((r) => r.tag_name === tag));
        if (releases.length < PER_PAGE || !hasNextPage(response.headers.link))
            return found;
    }
}
/**
 * The release for `tag`: a published one wins over drafts; among drafts (several after a race of tools
 * that create them blindly) the oldest, which is the one every job of a race settles on.
 */
function canonicalRelease(releases) {
    return [...releases].sort((a, b) => Number(a.draft) - Number(b.draft) || a.id - b.id)[0];
}
/** The release for `tag`, published or draft; undefined when there is none. */
async function findRelease(ctx, tag) {
    const { owner, repo } = ctx.repository;
    const published = await callOptional(ctx, `read the release of tag ${tag}`, () => ctx.octokit.request('GET /repos/{owner}/{repo}/releases/tags/{tag}', { owner, repo, tag }));
    if (published)
        return published.data;
    return canonicalRelease(await releasesWithTag(ctx, tag));
}
/** The repository's latest release (id and tag), undefined when it has none. */
async function latestRelease(ctx) {
    const { owner, repo } = ctx.repository;
    const answer = await callOptional(ctx, 'read the latest release', () => ctx.octokit.request('GET /repos/{owner}/{repo}/releases/latest', { owner, repo }));
    return answer?.data;
}
/** True when the tag exists on GitHub. */
async function tagExists(ctx, tag) {
    const { owner, repo } = ctx.repository;
    const answer = await callOptional(ctx, `read the tag ${tag}`, () => ctx.octokit.request('GET /repos/{owner}/{repo}/git/ref/{ref}', { owner, repo, ref: `tags/${tag}` }));
    return answer !== undefined;
}
/** The names of the repository's tags that start with `prefix` (one request: matching-refs is not paginated). */
async function tagsStartingWith(ctx, prefix) {
    const { owner, repo } = ctx.repository;
    const answer = await call(ctx, `list the tags starting with '${prefix}'`, () => ctx.octokit.request('GET /repos/{owner}/{repo}/git/matching-refs/{ref}', {
        owner,
        repo,
        ref: `tags/${prefix}`,
    }));
    return answer.data.map((r) => r.ref.replace(/^refs\/tags\//, ''));
}
/**
 * Creates the release as a draft (assets go up before anyone can see it), then settles a race: when
 * another job created one for the same tag meanwhile, the canonical one is kept and ours, still empty,
 * deleted. A 422 already_exists (another job already published one) gives undefined: find it again.
 */
async function createDraft(ctx, fields) {
    const { owner, repo } = ctx.repository;
    let created;
    try {
        const answer = await ctx.octokit.request('POST /repos/{owner}/{repo}/releases', {
            owner,
            repo,
            ...fields,
            draft: true,
        });
        created = answer.data;
    }
    catch (error) {
        if (isAlreadyExists(error, 'Release')) {
            ctx.logger.info(`Another job published the release of ${fields.tag_name} meanwhile; reading it.`);
            return undefined;
        }
        throw explainFailure(error, `create the release of ${fields.tag_name}`, ctx);
    }
    const canonical = canonicalRelease([...(await releasesWithTag(ctx, fields.tag_name)), created]);
    if (!canonical || canonical.id === created.id)
        return { release: created, created: true };
    ctx.logger.info(`Another job created release ${canonical.id} for ${fields.tag_name} at the same time; using it and ` +
        `deleting the duplicate draft ${created.id}.`);
    await deleteRelease(ctx, created.id);
    return { release: canonical, created: false };
}
/** Deletes a release (a 404 means it is gone already). */
async function deleteRelease(ctx, id) {
    const { owner, repo } = ctx.repository;
    await callOptional(ctx, `delete the duplicate draft release ${id}`, () => ctx.octokit.request('DELETE /repos/{owner}/{repo}/releases/{release_id}', {
        owner,
        repo,
        release_id: id,
    }));
}
/** Changes some fields of a release (`what` names the change in errors); returns it as GitHub answered. */
async function updateRelease(ctx, id, fields, what) {
    const { owner, repo } = ctx.repository;
    const answer = await call(ctx, what, () => ctx.octokit.request('PATCH /repos/{owner}/{repo}/releases/{release_id}', {
        owner,
        repo,
        release_id: id,
        ...fields,
    }));
    return answer.data;
}
/**
 * Publishes a draft (with the other fields given). Undefined when GitHub answers 422 already_exists:
 * another job published a different release of the tag first, and that one is to be used.
 */
async function publishDraft(ctx, id, fields, tag) {
    const { owner, repo } = ctx.repository;
    try {
        const answer = await ctx.octokit.request('PATCH /repos/{owner}/{repo}/releases/{release_id}', {
            owner,
            repo,
            release_id: id,
            ...fields,
            draft: false,
        });
        return answer.data;
    }
    catch (error) {
        if (isAlreadyExists(error, 'Release'))
            return undefined;
        throw explainFailure(error, `publish the release of ${tag}`, ctx);
    }
}
/** Every asset of a release (paginated). */
async function listAssets(ctx, releaseId) {
    const { owner, repo } = ctx.repository;
    const found = [];
    for (let page = 1;; page++) {
        const response = await call(ctx, `list the assets of release ${releaseId}`, () => ctx.octokit.request('GET /repos/{owner}/{repo}/releases/{release_id}/assets', {
            owner,
            repo,
            release_id: releaseId,
            per_page: PER_PAGE,
            page,
        }));
        const assets = response.data;
        found.push(...assets);
        if (assets.length < PER_PAGE || !hasNextPage(response.headers.link))
            return found;
    }
}
/** Deletes an asset (a 404 means it is gone already, e.g. removed by a racing job). */
async function deleteAsset(ctx, asset) {
    const { owner, repo } = ctx.repository;
    await callOptional(ctx, `delete the asset ${asset.name}`, () => ctx.octokit.request('DELETE /repos/{owner}/{repo}/releases/assets/{asset_id}', {
        owner,
        repo,
        asset_id: asset.id,
    }));
}
/**
 * The SHA-256 of an asset's bytes, downloaded and hashed as they arrive (for assets GitHub gives no
 * digest for and whose size matches the file): the API answers `Accept: application/octet-stream`
 * with the bytes or a redirect to them.
 */
async function downloadSha256(ctx, asset) {
    const { owner, repo } = ctx.repository;
    const answer = await call(ctx, `download the asset ${asset.name}`, () => ctx.octokit.request('GET /repos/{owner}/{repo}/releases/assets/{asset_id}', {
        owner,
        repo,
        asset_id: asset.id,
        headers: { accept: 'application/octet-stream' },
        // The body as a stream: an asset of up to 2 GiB is hashed, never held.
        request: { parseSuccessResponseBody: false },
    }));
    const hash = (0,external_node_crypto_.createHash)('sha256');
    const body = answer.data;
    if (body)
        for await (const chunk of body)
            hash.update(chunk);
    return hash.digest('hex');
}

;// CONCATENATED MODULE: ./packages/core/src/github/asset-plan.ts
/** The asset GitHub holds under a file's name (its label keeps the original name when GitHub renamed it). */
function assetNamed(assets, name) {
    return assets.find((a) => a.name === name) ?? assets.find((a) => a.label === name);
}
/** The asset's SHA-256 in hex from GitHub's `digest` ("sha256:…"), undefined when GitHub gave none. */
function assetSha256(asset) {
    const match = /^sha256:([0-9a-f]{64})$/i.exec(asset.digest ?? '');
    return match?.[1].toLowerCase();
}
/**
 * Whether an uploaded asset holds the file's bytes: by digest when GitHub gives one; else by size, and
 * when the sizes agree by the SHA-256 of the downloaded asset (`downloadSha256`).
 */
async function sameContent(asset, local, downloadSha256) {
    const digest = assetSha256(asset);
    if (digest !== undefined)
        return digest === local.sha256;
    if (asset.size !== local.size)
        return false;
    return (await downloadSha256(asset)) === local.sha256;
}
/** Decides every file's step against the release's current assets. */
async function planAssets(files, assets, overwrite, downloadSha256) {
    const steps = [];
    const conflicts = [];
    for (const local of files) {
        const existing = assetNamed(assets, local.name);
        if (!existing) {
            steps.push({ local, action: 'upload', reason: 'new' });
        }
        else if (existing.state !== 'uploaded') {
            // A failed upload leaves an asset in state "starter" that holds no file: it is not the user's.
            steps.push({ local, action: 'replace', existing, reason: `a broken upload (state ${existing.state})` });
        }
        else if (await sameContent(existing, local, downloadSha256)) {
            steps.push({ local, action: 'skip', existing, reason: 'identical (same SHA-256)' });
        }
        else {
            const step = { local, action: 'replace', existing, reason: 'different content' };
            steps.push(step);
            if (!overwrite)
                conflicts.push(step);
        }
    }
    return { steps, conflicts };
}

;// CONCATENATED MODULE: ./packages/core/src/github/uploads.ts
/**
 * Uploading one asset so that the release never keeps a broken one: the file is streamed from disk
 * (never held in memory) to the release's own upload URL with its content type and length; a 5xx or a
 * dropped connection is retried with a fresh stream after deleting what the failed attempt left (GitHub
 * keeps an empty asset in state "starter"); the answer's size and digest are checked; a 422 for a name
 * another job is uploading at the same moment waits for that upload and keeps it when identical.
 */







const defaultUploadFetch = streamingFetch();
/** The upload endpoint for `name`: the release's `upload_url` without its `{?name,label}` template. */
function uploadTarget(uploadUrl, name) {
    return `${uploadUrl.replace(/\{[^}]*\}$/, '')}?name=${encodeURIComponent(name)}`;
}
/** Why an uploaded asset does not hold the file, or undefined when it does. */
function uploadMismatch(asset, local) {
    if (asset.state !== 'uploaded')
        return `GitHub reports it in state "${asset.state}"`;
    if (asset.size !== local.size)
        return `GitHub holds ${asset.size} bytes of ${local.size}`;
    const digest = assetSha256(asset);
    if (digest !== undefined && digest !== local.sha256)
        return `GitHub's digest is sha256:${digest}`;
    return undefined;
}
async function post(ctx, release, local) {
    const body = (0,external_node_fs_.createReadStream)(local.path, { highWaterMark: READ_CHUNK });
    try {
        const answer = await ctx.octokit.request({
            method: 'POST',
            url: uploadTarget(release.upload_url, local.name),
            headers: { 'content-type': local.contentType, 'content-length': local.size },
            data: body,
            // A stream can be sent once: the retry plugin must not resend it; this module retries with a new one.
            request: { retries: 0, fetch: ctx.uploadFetch ?? defaultUploadFetch },
        });
        return answer.data;
    }
    finally {
        body.destroy();
    }
}
/** Waits while the asset `name` is being uploaded by someone else; returns it as last seen. */
async function settled(ctx, release, name, checks, ms) {
    let asset = assetNamed(await listAssets(ctx, release.id), name);
    for (let i = 1; i < checks && asset && asset.state !== 'uploaded'; i++) {
        await ctx.sleep(ms);
        asset = assetNamed(await listAssets(ctx, release.id), name);
    }
    return asset;
}
/** Carries out one step of the asset plan on `release`. */
async function applyAssetStep(ctx, release, step, options) {
    const { local } = step;
    if (step.action === 'skip' && step.existing)
        return { asset: step.existing, action: 'skipped' };
    const attempts = options.attempts ?? 4;
    const backoffMs = options.backoffMs ?? 1000;
    const checks = options.settleChecks ?? 20;
    const settleMs = options.settleMs ?? 500;
    const download = (asset) => downloadSha256(ctx, asset);
    const replaced = step.action === 'replace';
    let stale = step.existing;
    if (stale && stale.state !== 'uploaded') {
        // Either a leftover of a failed upload or another job's upload in progress: give the latter time.
        stale = await settled(ctx, release, local.name, checks, settleMs);
        if (stale?.state === 'uploaded' && (await sameContent(stale, local, download))) {
            return { asset: stale, action: 'skipped', note: 'uploaded by another job meanwhile' };
        }
    }
    let last = '';
    let races = 0;
    for (let attempt = 1; attempt <= attempts; attempt++) {
        if (stale) {
            await deleteAsset(ctx, stale);
            stale = undefined;
        }
        try {
            const asset = await post(ctx, release, local);
            const mismatch = uploadMismatch(asset, local);
            if (mismatch === undefined)
                return { asset, action: replaced ? 'replaced' : 'uploaded' };
            last = `the upload was incomplete (${mismatch})`;
            stale = asset;
        }
        catch (error) {
            if (isAlreadyExists(error, 'ReleaseAsset')) {
                // Another job (a matrix sibling, a rerun) is uploading the same name right now.
                const current = await settled(ctx, release, local.name, checks, settleMs);
                if (!current)
                    continue;
                if (current.state === 'uploaded') {
                    if (await sameContent(current, local, download)) {
                        return { asset: current, action: 'skipped', note: 'uploaded by another job meanwhile' };
                    }
                    if (!options.overwrite) {
                        throw new errors/* ConfigurationError */.j1(`The release already has an asset '${local.name}' with other content (uploaded by another job ` +
                            'meanwhile), and overwrite-assets is false: remove it, or set overwrite-assets: true.');
                    }
                }
                stale = current;
                if (++races <= 3)
                    attempt--; // losing a race is not a failed attempt, up to a point
                last = `another job kept uploading '${local.name}'`;
                continue;
            }
            if (!isTransient(error))
                throw explainFailure(error, `upload ${local.name}`, ctx);
            last = error.message;
            // The attempt may have left an empty "starter" asset, or stored the file and lost only the answer.
            const leftover = assetNamed(await listAssets(ctx, release.id), local.name);
            if (leftover && uploadMismatch(leftover, local) === undefined) {
                return { asset: leftover, action: replaced ? 'replaced' : 'uploaded' };
            }
            stale = leftover;
        }
        if (attempt < attempts) {
            const delay = backoffMs * 2 ** (attempt - 1);
            ctx.logger.info(`Uploading ${local.name} failed (${last}); retrying in ${delay / 1000} s (attempt ${attempt + 1} of ${attempts}).`);
            await ctx.sleep(delay);
        }
    }
    if (stale)
        await deleteAsset(ctx, stale);
    throw new Error(`Uploading ${local.name} failed ${attempts} times; the last: ${last}. No partial asset was left on the release; ` +
        'rerun the job to try again (assets already uploaded are kept and skipped).');
}

;// CONCATENATED MODULE: ./packages/core/src/github/sync-release.ts
/**
 * One GitHub Release per tag, brought to the wanted state: found (drafts included) or created as a
 * draft, its fields updated, every file attached (identical ones skipped), then published. Everything
 * that can be refused is refused before the first write: files (existence, 2 GiB, duplicate names),
 * the notes' source, the tag's existence, assets that differ while overwriting is off. A rerun with
 * nothing changed writes nothing; two jobs releasing one tag at once end with one release.
 */











/** The file the changelog notes come from, in the checkout's root. */
const CHANGELOG_FILE = 'CHANGELOG.md';
function normalizeBody(text) {
    return (text ?? '').replace(/\r\n/g, '\n').trim();
}
/** The fields of `existing` that differ from the wanted ones (target_commitish only matters before publishing). */
function changedFields(existing, wanted) {
    const changes = {};
    if ((existing.name ?? '') !== wanted.name)
        changes.name = wanted.name;
    if (normalizeBody(existing.body) !== normalizeBody(wanted.body))
        changes.body = wanted.body;
    if (existing.prerelease !== wanted.prerelease)
        changes.prerelease = wanted.prerelease;
    if (existing.draft && wanted.target_commitish && existing.target_commitish !== wanted.target_commitish) {
        changes.target_commitish = wanted.target_commitish;
    }
    return changes;
}
/** Creates, updates and fills the release as `request` says (see the module comment). */
async function syncRelease(request, ctx, uploadTiming = {}) {
    const { owner, repo } = ctx.repository;
    const { tag } = request;
    const { logger } = ctx;
    if (!tag)
        throw new errors/* ConfigurationError */.j1('No tag to release: give one in tag (or run on a tag push).');
    // 1. Local checks: nothing on the network yet.
    const files = await localAssets(request.files, request.cwd, request.filesInput ?? "Input 'files'");
    const tagVersion = readTagVersion(tag);
    const changelogText = await (0,external_node_fs_promises_.readFile)((0,external_node_path_.join)(request.cwd, CHANGELOG_FILE), 'utf8').catch(() => undefined);
    const notesRequest = {
        source: request.notesFrom,
        body: request.body,
        tag,
        tagVersion,
        targetCommitish: request.targetCommitish,
        changelog: { file: CHANGELOG_FILE, text: changelogText },
    };
    checkNotesRequest(notesRequest);
    const prerelease = decidePrerelease(request.prerelease, tagVersion?.version);
    // 2. Reads: the release, the tag, the notes, the latest release, the assets.
    const existing = await findRelease(ctx, tag);
    if ((!existing || existing.draft) && !(await tagExists(ctx, tag))) {
        if (!request.targetCommitish) {
            throw new errors/* ConfigurationError */.j1(`The tag ${tag} does not exist in ${owner}/${repo}: push it first (git push origin ${tag}), or set ` +
                'target-commitish to the branch or commit GitHub should create it on.');
        }
        logger.info(`The tag ${tag} does not exist yet: GitHub creates it on ${request.targetCommitish} when the release is published.`);
    }
    const notes = await releaseNotes({
        ...notesRequest,
        previousTag: async () => tagVersion
            ? previousTag(tagVersion, await tagsStartingWith(ctx, formatPrefix(tagVersion.format)))
            : undefined,
        generate: async (body) => {
            const answer = await call(ctx, `generate the release notes of ${tag}`, () => ctx.octokit.request('POST /repos/{owner}/{repo}/releases/generate-notes', { owner, repo, ...body }));
            return answer.data.body;
        },
    });
    if (existing && !existing.draft && request.draft) {
        logger.warning(`The release of ${tag} is already published; draft: true does not turn it back into a draft (delete it to start over).`);
    }
    // No title given: a new release is titled with its tag; an existing one keeps the title it has.
    const name = request.name ?? (existing?.name || tag);
    const draft = request.draft && (!existing || existing.draft);
    const current = draft || prerelease ? undefined : await latestRelease(ctx);
    const latest = decideLatest(request.makeLatest, { tag, draft, prerelease, id: existing?.id }, current);
    const wanted = {
        name,
        body: notes.body,
        prerelease,
        ...(request.targetCommitish ? { target_commitish: request.targetCommitish } : {}),
    };
    const download = (asset) => downloadSha256(ctx, asset);
    const planFor = async (release) => {
        const plan = await planAssets(files, release ? await listAssets(ctx, release.id) : [], request.overwriteAssets, download);
        if (plan.conflicts.length > 0) {
            throw new errors/* ConfigurationError */.j1(`The release of ${tag} already has ${plan.conflicts.map((c) => `'${c.local.name}'`).join(', ')} with other ` +
                'content, and overwrite-assets is false: build the same files again, delete those assets, or set ' +
                'overwrite-assets: true. Nothing was changed.');
        }
        return plan;
    };
    let plan = await planFor(existing);
    const assetChanges = plan.steps.filter((s) => s.action !== 'skip');
    if (existing?.immutable && !existing.draft && assetChanges.length > 0) {
        // GitHub refuses every asset change on an immutable release (422); say so before changing anything.
        throw new errors/* ConfigurationError */.j1(`The release of ${tag} is published and immutable, so its assets cannot change, but ` +
            `${assetChanges.map((s) => `'${s.local.name}' (${s.reason})`).join(', ')} would: release a new version instead.`);
    }
    const fieldChanges = existing ? Object.keys(changedFields(existing, wanted)) : [];
    const publishes = (!existing || existing.draft) && !draft;
    const makesLatest = !publishes && latest.latest && existing !== undefined && current?.id !== existing.id;
    const changes = [
        ...(existing ? fieldChanges : ['create']),
        ...(publishes ? ['publish'] : []),
        ...(makesLatest ? ['make-latest'] : []),
    ];
    const report = {
        dryRun: request.dryRun,
        repository: `${owner}/${repo}`,
        tag,
        version: tagVersion?.version,
        name,
        draft,
        prerelease,
        latest,
        notes,
        outcome: 'unchanged',
        changes,
        release: existing && { id: existing.id, htmlUrl: existing.html_url, uploadUrl: existing.upload_url },
        assets: plan.steps.map((s) => assetReport(s.local, s.action, s.existing?.id, s.existing?.browser_download_url)),
    };
    const writes = changes.length > 0 || plan.steps.some((s) => s.action !== 'skip');
    if (request.dryRun) {
        report.outcome = !existing ? 'would-create' : writes ? 'would-update' : 'unchanged';
        return report;
    }
    if (!writes) {
        for (const asset of report.assets)
            asset.action = 'skipped';
        return report;
    }
    // 3. Writes.
    let release = existing;
    let created = false;
    for (let round = 1;; round++) {
        if (!release) {
            const made = await createDraft(ctx, { tag_name: tag, ...wanted });
            release = made?.release ?? (await findRelease(ctx, tag));
            if (!release)
                throw new Error(`GitHub reported a release of ${tag} that cannot be read back; rerun the job.`);
            created = made?.created ?? false;
            if (!made?.created)
                plan = await planFor(release);
        }
        if (!created) {
            // The release may be another job's by now: without a name input, it keeps its title too.
            const update = changedFields(release, { ...wanted, name: request.name ?? (release.name || tag) });
            if (Object.keys(update).length > 0) {
                logger.info(`Updating ${Object.keys(update).join(', ')} of the release of ${tag}.`);
                release = await updateRelease(ctx, release.id, update, `update the release of ${tag}`);
            }
        }
        report.assets = [];
        for (const step of plan.steps) {
            const done = await applyAssetStep(ctx, release, step, {
                ...uploadTiming,
                overwrite: request.overwriteAssets,
            });
            logger.info(`${done.asset.name}: ${done.action}${done.note ? ` (${done.note})` : ''}`);
            report.assets.push(assetReport(step.local, done.action, done.asset.id, done.asset.browser_download_url, done.note));
        }
        if (release.draft && !draft) {
            const published = await publishDraft(ctx, release.id, { make_latest: latest.latest ? 'true' : 'false' }, tag);
            if (!published) {
                if (round >= 3)
                    throw new Error(`Another job kept publishing other releases of ${tag}; rerun the job.`);
                logger.info(`Another job published a release of ${tag} first; attaching the files to that one.`);
                if (created)
                    await deleteRelease(ctx, release.id);
                release = await findRelease(ctx, tag);
                created = false;
                plan = await planFor(release);
                continue;
            }
            release = published;
        }
        else if (makesLatest) {
            release = await updateRelease(ctx, release.id, { make_latest: 'true' }, `make ${tag} the latest release`);
        }
        break;
    }
    report.outcome = created ? 'created' : 'updated';
    report.release = { id: release.id, htmlUrl: release.html_url, uploadUrl: release.upload_url };
    return report;
}
function assetReport(local, action, id, url, note) {
    return {
        name: local.name,
        size: local.size,
        sha256: local.sha256,
        contentType: local.contentType,
        action,
        ...(id !== undefined ? { id } : {}),
        ...(url !== undefined ? { url } : {}),
        ...(note !== undefined ? { note } : {}),
    };
}

;// CONCATENATED MODULE: ./packages/core/src/github/types.ts

/** Splits `owner/repo` (GITHUB_REPOSITORY); anything else is a ConfigurationError naming `where`. */
function parseRepositoryName(text, where) {
    const match = /^([A-Za-z0-9-]+)\/([A-Za-z0-9._-]+)$/.exec(text.trim());
    if (!match) {
        throw new errors/* ConfigurationError */.j1(`${where} is '${text}', which is not a repository: write it as owner/name, e.g. octo-org/octo-repo.`);
    }
    return { owner: match[1], repo: match[2] };
}

;// CONCATENATED MODULE: ./packages/core/src/github/index.ts
/**
 * GitHub Releases: one release per tag, found (drafts included), created or updated, with notes from
 * the changelog or GitHub, PEP 440 pre-release and latest decisions, and assets synced by digest.
 * Takes an injected Octokit (GitHubClient); never imports @actions/*.
 */
















/***/ })

};
