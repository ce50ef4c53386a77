export const id = 375;
export const ids = [375];
export const modules = {

/***/ 90726:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ nonEmpty),
/* harmony export */   r: () => (/* binding */ indexSettingsFromEnv)
/* harmony export */ });
/** The upload settings `publish` and `release` read from the environment, as twine names them. */
/** The value, trimmed, or undefined when unset or blank (a blank secret must not count as given). */
function nonEmpty(value) {
    return value === undefined || value.trim() === '' ? undefined : value.trim();
}
/** The index settings from OTAI_RELEASE_TOKEN / TWINE_PASSWORD, TWINE_USERNAME and TWINE_REPOSITORY_URL. */
function indexSettingsFromEnv(env) {
    return {
        password: nonEmpty(env.OTAI_RELEASE_TOKEN) ?? nonEmpty(env.TWINE_PASSWORD),
        user: nonEmpty(env.TWINE_USERNAME) ?? '__token__',
        repositoryUrl: nonEmpty(env.TWINE_REPOSITORY_URL),
    };
}


/***/ }),

/***/ 35323:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ attestationPolicy)
/* harmony export */ });
/* harmony import */ var _oidc_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5953);
/**
 * Whether to make PEP 740 attestations for an upload. PyPI accepts them only on uploads authenticated by
 * trusted publishing, and only PyPI and TestPyPI are known to take them, so they are on by default
 * there and skipped elsewhere with a notice saying why (reference/pypi-publish.md §2, §4.3).
 */

/**
 * Decides on attestations. `enabled` is the `attestations` setting (gh-action-pypi-publish's meaning):
 * true makes them wherever the index takes them — PyPI and TestPyPI with trusted publishing — and
 * skips them elsewhere with a notice; false never makes them.
 */
function attestationPolicy(uploadUrl, trustedPublishing, enabled) {
    if (!enabled)
        return { use: false };
    if (!trustedPublishing) {
        return {
            use: false,
            notice: 'PEP 740 attestations skipped: the index accepts them only with trusted publishing, and this upload ' +
                'uses a password or API token.',
        };
    }
    if ((0,_oidc_index_js__WEBPACK_IMPORTED_MODULE_0__/* .publicIndex */ .aM)(uploadUrl) === undefined) {
        return {
            use: false,
            notice: `PEP 740 attestations skipped: ${safeHost(uploadUrl)} is not PyPI or TestPyPI, the indexes known to accept them.`,
        };
    }
    return { use: true };
}
function safeHost(url) {
    try {
        return new URL(url).host;
    }
    catch {
        return url;
    }
}


/***/ }),

/***/ 5953:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  aM: () => (/* reexport */ publicIndex),
  zl: () => (/* reexport */ requestGitHubIdToken),
  t0: () => (/* reexport */ trustedPublishing),
  Fw: () => (/* reexport */ uploadAuthFailureHint)
});

// UNUSED EXPORTS: ADDING_PUBLISHER_DOCS, DUMPED_CLAIMS, ID_TOKEN_PERMISSION_YAML, MIN_USABLE_MS, RENEWAL_THRESHOLD_MS, STATUS_PAGE, TOKEN_LIFETIME_MS, TOKEN_USERNAME, TROUBLESHOOTING_DOCS, audienceFailureMessage, checkTrustedPublishingEnvironment, claimsDump, decodeJwtClaims, emptyPasswordHint, indexSite, isForkPullRequest, mintErrorHint, mintRefusedMessage, oidcEndpoints, pendingPublisherUrl, publisherFormText, publisherFormValues, publisherSettingsUrl, readEventPayload, reusableWorkflowWarning, unexpectedMintResponseMessage, verifyTrustedPublishing, workflowFilename, workflowRepository

;// CONCATENATED MODULE: ./packages/core/src/oidc/claims.ts
/**
 * What a GitHub Actions ID token says about the job, read without verifying it: the index verifies the
 * signature; we only read the claims to explain a refusal (the claims dump) and to tell the user what
 * to enter in PyPI's publisher form.
 */
/** The claims GHA-PP dumps after a refusal, in its order (reference/pypi-publish.md §1.7). */
const DUMPED_CLAIMS = [
    'sub',
    'repository',
    'repository_owner',
    'repository_owner_id',
    'workflow_ref',
    'job_workflow_ref',
    'ref',
    'environment',
];
/**
 * The payload of a JWT, decoded from base64url without checking the signature; undefined when the
 * text is not a JWT with a JSON object payload.
 */
function decodeJwtClaims(jwt) {
    const parts = jwt.split('.');
    if (parts.length !== 3 || !parts[1])
        return undefined;
    try {
        // Node's base64url decoder accepts missing padding, which JWTs always leave out.
        const payload = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8'));
        if (payload === null || typeof payload !== 'object' || Array.isArray(payload))
            return undefined;
        return payload;
    }
    catch {
        return undefined;
    }
}
/** `  sub: repo:o/r:ref:refs/tags/v1` lines for DUMPED_CLAIMS, `MISSING` for absent ones (as GHA-PP). */
function claimsDump(claims) {
    return DUMPED_CLAIMS.map((name) => {
        const value = claims[name];
        return `  ${name}: ${value === undefined || value === null || value === '' ? 'MISSING' : String(value)}`;
    }).join('\n');
}
// Warehouse's _WORKFLOW_FILENAME_RE: the last path segment ending in .yml/.yaml that is followed by
// `@`, so filenames or refs containing `@` or `/` are still split where Warehouse splits them.
const WORKFLOW_FILENAME = /([^/]+\.(yml|yaml))(?=@)/;
/** The workflow file name in a `OWNER/REPO/.github/workflows/FILE@REF` claim, as Warehouse extracts it. */
function workflowFilename(workflowRef) {
    return workflowRef?.match(WORKFLOW_FILENAME)?.[1];
}
/** `OWNER/REPO` of a `OWNER/REPO/.github/workflows/FILE@REF` claim. */
function workflowRepository(workflowRef) {
    const match = workflowRef?.match(/^([^/]+\/[^/]+)\/\.github\/workflows\//);
    return match?.[1];
}

// EXTERNAL MODULE: ./packages/core/src/errors/index.ts
var src_errors = __webpack_require__(45341);
;// CONCATENATED MODULE: ./packages/core/src/oidc/endpoints.ts
/**
 * Where trusted publishing talks to: the index's OIDC endpoints, derived from the upload URL's host as
 * GHA-PP and twine derive them (reference/pypi-publish.md §1.2), and the pages of PyPI's publisher form.
 */

/**
 * The OIDC endpoints for an upload URL: only its host counts, the scheme is always https and the path
 * (`/legacy/`) is dropped. `oidcBaseUrl` replaces that derivation (a Warehouse on another host, tests).
 */
function oidcEndpoints(uploadUrl, oidcBaseUrl) {
    const upload = parseUrl(uploadUrl, 'repository-url');
    const base = oidcBaseUrl === undefined ? new URL(`https://${upload.host}/`) : parseUrl(oidcBaseUrl, 'oidc-base-url');
    return {
        audienceUrl: new URL('_/oidc/audience', withSlash(base)).href,
        mintUrl: new URL('_/oidc/mint-token', withSlash(base)).href,
        domain: base.host,
    };
}
/** `pypi` for pypi.org and upload.pypi.org, `testpypi` for test.pypi.org, else undefined. */
function publicIndex(uploadUrl) {
    let host;
    try {
        host = new URL(uploadUrl).hostname.toLowerCase();
    }
    catch {
        return undefined;
    }
    if (host === 'pypi.org' || host === 'upload.pypi.org' || host === 'www.pypi.org')
        return 'pypi';
    if (host === 'test.pypi.org' || host === 'upload.test.pypi.org')
        return 'testpypi';
    return undefined;
}
/** The site whose web pages hold the publisher form: https://pypi.org, https://test.pypi.org, or the index's origin. */
function indexSite(uploadUrl) {
    const index = publicIndex(uploadUrl);
    if (index === 'pypi')
        return 'https://pypi.org';
    if (index === 'testpypi')
        return 'https://test.pypi.org';
    return new URL(uploadUrl).origin;
}
/** The project's trusted-publisher settings page (`/manage/project/<name>/settings/publishing/`). */
function publisherSettingsUrl(uploadUrl, project) {
    return `${indexSite(uploadUrl)}/manage/project/${encodeURIComponent(project)}/settings/publishing/`;
}
/** The page for a pending publisher, which creates a project on its first upload. */
function pendingPublisherUrl(uploadUrl) {
    return `${indexSite(uploadUrl)}/manage/account/publishing/`;
}
function parseUrl(text, input) {
    try {
        return new URL(text);
    }
    catch {
        throw new src_errors/* ConfigurationError */.j1(`${input}: '${text}' is not a URL. Give the index's full upload URL, e.g. https://upload.pypi.org/legacy/.`);
    }
}
function withSlash(url) {
    return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

;// CONCATENATED MODULE: ./packages/core/src/oidc/diagnostics.ts
/**
 * The messages of trusted publishing's failures and warnings, each with its fix. GHA-PP's wording is
 * kept where users search for it (reference/pypi-publish.md §1.3, §1.6, §1.7, §7); the hints per error
 * code, the publisher-form values and the reusable-workflow analysis are ours.
 */


/** PyPI's troubleshooting page for trusted publishing. */
const TROUBLESHOOTING_DOCS = 'https://docs.pypi.org/trusted-publishers/troubleshooting/';
/** PyPI's page on adding a trusted publisher. */
const ADDING_PUBLISHER_DOCS = 'https://docs.pypi.org/trusted-publishers/adding-a-publisher/';
/** The status page to check when PyPI answers oddly. */
const STATUS_PAGE = 'https://status.python.org/';
/**
 * Why trusted publishing can run when the user meant a token: an empty `password` means trusted
 * publishing, and a secret that is misspelt or not available to the workflow is empty (GHA-PP #138,
 * #259). The action cannot see the expression the input came from, so it says this on refusals.
 */
function emptyPasswordHint() {
    return ('Trusted publishing was used because no password (API token) was given. If you meant to use an API ' +
        'token, the password secret is empty or missing: a misspelt secret name, a secret of another ' +
        'environment, or a secret not passed to a reusable workflow (secrets: inherit) all read as empty.');
}
/** The form values that make PyPI's publisher match this job's claims (Warehouse's lookup_by_claims). */
function publisherFormValues(claims) {
    const repository = claims.repository;
    const slash = repository?.indexOf('/') ?? -1;
    return {
        owner: claims.repository_owner ?? (slash > 0 ? repository.slice(0, slash) : undefined),
        repositoryName: slash > 0 ? repository.slice(slash + 1) : undefined,
        // PyPI matches the file of job_workflow_ref: the workflow that runs this step, which in a reusable
        // workflow is the called file, not the caller (workflow_ref).
        workflowName: workflowFilename(claims.job_workflow_ref),
        environmentName: claims.environment || undefined,
    };
}
/** The publisher-form section of a refusal: the links and the exact values to enter. */
function publisherFormText(claims, uploadUrl, projects = []) {
    const values = publisherFormValues(claims);
    const names = projects.length > 0 ? projects : ['<project-name>'];
    const links = names.map((name) => `  ${publisherSettingsUrl(uploadUrl, name)}`).join('\n');
    const environment = values.environmentName
        ? `${values.environmentName}   (or leave it empty to accept any environment of this repository)`
        : '(leave empty: this job runs in no GitHub environment)';
    const lines = [
        'For this job to publish, the trusted publisher on the project’s publishing settings page',
        links,
        `(for a project that does not exist yet: a pending publisher at ${pendingPublisherUrl(uploadUrl)})`,
        'must say, under "GitHub":',
        `  Owner: ${values.owner ?? 'MISSING'}`,
        `  Repository name: ${values.repositoryName ?? 'MISSING'}`,
        `  Workflow name: ${values.workflowName ?? 'MISSING'}`,
        `  Environment name: ${environment}`,
        'Check that these are the repository and workflow you mean to publish from before entering them. ' +
            `See ${ADDING_PUBLISHER_DOCS}`,
    ];
    const crossRepository = crossRepositoryWorkflow(claims);
    if (crossRepository)
        lines.push(crossRepository);
    return lines.join('\n');
}
/** What to do about one Warehouse error code, or undefined for codes we do not know. */
function mintErrorHint(code, uploadUrl, projects = []) {
    const settings = publisherSettingsUrl(uploadUrl, projects[0] ?? '<project-name>');
    switch (code) {
        case 'invalid-publisher':
            return ('The index has no trusted publisher matching this job. Usual causes: the workflow file was renamed, ' +
                'the environment name differs, the repository was renamed or moved to another owner, or the ' +
                'publisher was added on PyPI but the upload goes to TestPyPI (or the other way round: they are ' +
                'separate sites). Compare the publisher with the values below.');
        case 'invalid-pending-publisher':
            return ('A pending publisher matched, but a project of that name already exists on the index, so the pending ' +
                `publisher was dropped. Add the publisher to the existing project instead: ${settings}`);
        case 'invalid-token':
            return ('The index could not verify the GitHub ID token (signature, audience or expiry). It is fetched ' +
                'right before the exchange, so this usually means the token was requested for another index (check ' +
                'repository-url) or the runner’s clock is far off. Re-run the job; if it persists, check ' +
                `${STATUS_PAGE}.`);
        case 'invalid-reuse-token':
            return ('This GitHub ID token was already exchanged: tokens are single-use, and a fresh one is fetched for ' +
                'every exchange, so another process used it first or an earlier answer was lost on the way. ' +
                'Re-run the job.');
        case 'not-enabled':
            return ('The index has switched trusted publishing off (PyPI does so during incidents). Check ' +
                `${STATUS_PAGE} and publish later, or publish with an API token as the password.`);
        case 'invalid-payload':
            return ('The index could not read the exchange request: the ID token is malformed or from an issuer it ' +
                'does not trust. Only GitHub-hosted GitHub Actions tokens (issuer ' +
                'https://token.actions.githubusercontent.com) are accepted; GitHub Enterprise Server, Gitea and act ' +
                'runners need an API token instead.');
        default:
            return undefined;
    }
}
/**
 * The message for a 422 from the mint endpoint: each `code`: description with its hint, the claims
 * dump, and the values for PyPI's publisher form.
 */
function mintRefusedMessage(refusal) {
    const projects = refusal.projects ?? [];
    const bullets = refusal.errors.map((error) => {
        const hint = mintErrorHint(error.code, refusal.uploadUrl, projects);
        return `* \`${error.code}\`: ${error.description}${hint ? `\n  ${hint}` : ''}`;
    });
    const parts = [
        'Trusted publishing exchange failure: Token request failed: the server refused the request for the ' +
            'following reasons:',
        bullets.join('\n'),
        'This generally indicates a trusted publisher configuration error, but could also indicate an internal ' +
            'error on GitHub or PyPI’s part.',
    ];
    if (refusal.claims) {
        parts.push(`The claims of this job’s ID token, for debugging (${TROUBLESHOOTING_DOCS}):\n${claimsDump(refusal.claims)}`);
        parts.push(publisherFormText(refusal.claims, refusal.uploadUrl, projects));
    }
    if ((refusal.passwordHint ?? true) && refusal.errors.some((e) => e.code === 'invalid-publisher')) {
        parts.push(emptyPasswordHint());
    }
    return parts.join('\n\n');
}
/**
 * The warning for a job in a reusable workflow (job_workflow_ref ≠ workflow_ref), or undefined: PyPI
 * matches the publisher against job_workflow_ref's file, so users who configured the caller's file
 * get invalid-publisher (GHA-PP #166), and attestations fail the same way (#283).
 */
function reusableWorkflowWarning(claims) {
    const { workflow_ref: workflowRef, job_workflow_ref: jobWorkflowRef } = claims;
    if (!workflowRef || !jobWorkflowRef || workflowRef === jobWorkflowRef)
        return undefined;
    const file = workflowFilename(jobWorkflowRef) ?? jobWorkflowRef;
    const caller = workflowFilename(workflowRef) ?? workflowRef;
    const lines = [
        'Potential workflow misconfiguration: this job runs in a reusable workflow.',
        `  workflow_ref (the calling workflow): ${workflowRef}`,
        `  job_workflow_ref (the workflow running this step): ${jobWorkflowRef}`,
        `PyPI matches the trusted publisher against job_workflow_ref, so its "Workflow name" must be ${file}, ` +
            `not the caller's ${caller}. Reusable workflows are not officially supported by PyPI's trusted ` +
            `publishing and may break: https://docs.pypi.org/trusted-publishers/troubleshooting/#reusable-workflows-on-github`,
    ];
    const crossRepository = crossRepositoryWorkflow(claims);
    if (crossRepository)
        lines.push(crossRepository);
    return lines.join('\n');
}
/**
 * The note for a step that runs in a workflow file of another repository (a shared reusable workflow):
 * Warehouse expects job_workflow_ref to start with the publishing repository, so nothing can match.
 */
function crossRepositoryWorkflow(claims) {
    const workflowRepo = workflowRepository(claims.job_workflow_ref);
    if (!workflowRepo || !claims.repository)
        return undefined;
    if (workflowRepo.toLowerCase() === claims.repository.toLowerCase())
        return undefined;
    return (`The workflow running this step lives in another repository (${workflowRepo}), and PyPI only matches ` +
        `workflow files of the publishing repository (${claims.repository}), so no publisher can match it. ` +
        `Run the publish step in a job of a workflow file in ${claims.repository}, or publish with an API token.`);
}
/** The failure text for an audience answer other than 200 (GHA-PP's wording, then the fix). */
function audienceFailureMessage(domain, status, statusText) {
    if (status === 403) {
        return (`audience retrieval failed: repository at ${domain} has trusted publishing disabled. The index has ` +
            `switched it off (PyPI does so during incidents: ${STATUS_PAGE}); publish later or with an API token.`);
    }
    if (status === 404) {
        return (`audience retrieval failed: repository at ${domain} does not indicate trusted publishing support. ` +
            'Only PyPI, TestPyPI and other Warehouse deployments offer trusted publishing: check repository-url, ' +
            'or give an API token as the password for this index.');
    }
    return `audience retrieval failed: repository at ${domain} responded with unexpected ${status}: ${statusText}`;
}
/** The failure text for a mint answer that is not JSON (an outage page, a proxy). */
function unexpectedMintResponseMessage(status) {
    return (`Token request failed: the index produced an unexpected ${status} response. This strongly suggests a ` +
        `server configuration or downtime issue; wait a few minutes and try again. Check ${STATUS_PAGE}.`);
}
/**
 * The fix for an upload refused with 403 (reference/pypi-publish.md §6 "Auth and permissions"), or
 * undefined when the status is not an authentication refusal.
 */
function uploadAuthFailureHint(failure) {
    if (failure.status !== 403)
        return undefined;
    const text = failure.message.toLowerCase();
    const settings = publisherSettingsUrl(failure.uploadUrl, failure.project ?? '<project-name>');
    if (text.includes("isn't allowed to upload to project")) {
        return failure.credentialKind === 'trusted-publishing'
            ? `The trusted publisher that minted this token is not registered for project '${failure.project ?? '?'}'. ` +
                `Add the publisher to that project too: ${settings}`
            : 'This API token is scoped to other projects: create a token for this project (or an account-wide one).';
    }
    if (text.includes('invalid or non-existent authentication')) {
        return failure.credentialKind === 'trusted-publishing'
            ? 'The index no longer accepts the minted token (it expired or was revoked); it is re-minted when under ' +
                '5 minutes remain, so re-run the job, and check the runner’s clock if it happens again.'
            : 'The API token was refused. Check that the secret holds the whole token (it starts with `pypi-`) with ' +
                'no spaces or newline around it, that the username is __token__, and that the token was created on ' +
                'this index: PyPI and TestPyPI tokens are not interchangeable.';
    }
    return undefined;
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
;// CONCATENATED MODULE: ./packages/core/src/oidc/environment.ts
/**
 * Checks that need no request: is this a GitHub Actions job that can get an ID token at all, and will
 * the index accept one from this kind of event? Each failure names the cause and the fix, so a job that
 * cannot publish stops before it asks anything of GitHub or the index (reference/pypi-publish.md §1.4,
 * §1.5, §5 items 6 and 10).
 */


/** The YAML that gives a job its ID token, quoted by the permission diagnostic. */
const ID_TOKEN_PERMISSION_YAML = `jobs:
  publish:
    runs-on: ubuntu-latest
    permissions:
      id-token: write   # lets the job ask GitHub for an ID token (trusted publishing)
      contents: read`;
const PERMISSIONS_DOCS = 'https://docs.github.com/en/actions/security-for-github-actions/security-hardening-your-deployments/about-security-hardening-with-openid-connect#adding-permissions-settings';
const TRUSTED_PUBLISHING_DOCS = 'https://docs.pypi.org/trusted-publishers/';
/**
 * Throws a ConfigurationError when trusted publishing cannot work in this job: not on GitHub Actions,
 * not on github.com (GHES, Gitea: issuers PyPI does not trust), a `pull_request_target` event (Warehouse refuses it), a pull request from a fork (GitHub gives forks
 * no ID token), or a job without `id-token: write`. `eventPayload` is the parsed GITHUB_EVENT_PATH file.
 */
function checkTrustedPublishingEnvironment(env, eventPayload) {
    if (env.GITHUB_ACTIONS !== 'true') {
        throw new src_errors/* ConfigurationError */.j1('Trusted publishing needs a GitHub Actions job: GITHUB_ACTIONS is not set, so there is no GitHub ID ' +
            'token to exchange for an upload token. Run the release from a GitHub Actions workflow, or give an ' +
            'API token as the password (username __token__) to publish from here. ' +
            `See ${TRUSTED_PUBLISHING_DOCS}`);
    }
    const server = env.GITHUB_SERVER_URL;
    if (server && hostOf(server) !== 'github.com') {
        throw new src_errors/* ConfigurationError */.j1(`Trusted publishing from ${server}: PyPI trusts only ID tokens of github.com's GitHub Actions (issuer ` +
            'https://token.actions.githubusercontent.com), so a job on GitHub Enterprise Server, a GHE.com ' +
            'data-residency tenant, Gitea or Forgejo cannot publish this way. Give an API token as the password ' +
            '(username __token__) instead.');
    }
    const event = env.GITHUB_EVENT_NAME;
    if (event === 'pull_request_target') {
        throw new src_errors/* ConfigurationError */.j1("Trusted publishing from a 'pull_request_target' event: PyPI refuses it (\"Publishing from a workflow " +
            "invoked via 'pull_request_target' is not supported.\"), because such a workflow runs with the base " +
            'repository’s rights on behalf of anyone who opens a pull request. Publish from a workflow triggered ' +
            'by a tag push (on: push: tags), a release (on: release) or workflow_dispatch instead.');
    }
    if (event === 'pull_request' && isForkPullRequest(eventPayload)) {
        throw new src_errors/* ConfigurationError */.j1('Trusted publishing from a pull request opened from a fork: GitHub never gives such a job an ID token, ' +
            'even with `permissions: id-token: write`, so it cannot publish. Publish from a tag push, a release ' +
            'or workflow_dispatch in the base repository instead (and skip the publish step for pull requests, ' +
            "e.g. `if: github.event_name != 'pull_request'`).");
    }
    const missing = ['ACTIONS_ID_TOKEN_REQUEST_URL', 'ACTIONS_ID_TOKEN_REQUEST_TOKEN'].filter((name) => !env[name]);
    if (missing.length > 0) {
        throw new src_errors/* ConfigurationError */.j1(`OpenID Connect token retrieval failed: GitHub: missing or insufficient OIDC token permissions, the ` +
            `${missing.join(' and ')} environment variable${missing.length > 1 ? 's were' : ' was'} unset.\n` +
            'This job may not ask GitHub for an ID token. Give the publishing job the permission at job level ' +
            '(a workflow-level `permissions:` block is overridden by any job-level one):\n\n' +
            `${ID_TOKEN_PERMISSION_YAML}\n\n` +
            `See ${PERMISSIONS_DOCS}. ` +
            'If you meant to publish with an API token instead, the password secret is empty or missing: check ' +
            'the secret’s name and that it is available to this workflow.');
    }
}
/** True when a `pull_request` event payload says its head repository is a fork. */
function isForkPullRequest(eventPayload) {
    const pullRequest = field(eventPayload, 'pull_request');
    const head = field(pullRequest, 'head');
    const repo = field(head, 'repo');
    return field(repo, 'fork') === true;
}
/**
 * The parsed event payload (GITHUB_EVENT_PATH), or undefined when there is none or it cannot be read:
 * the payload only refines a diagnostic, so a missing file must not stop a publish.
 */
async function readEventPayload(env, read = (path) => (0,promises_.readFile)(path, 'utf8')) {
    const path = env.GITHUB_EVENT_PATH;
    if (!path)
        return undefined;
    try {
        return JSON.parse(await read(path));
    }
    catch {
        return undefined;
    }
}
function hostOf(url) {
    try {
        return new URL(url).hostname.toLowerCase();
    }
    catch {
        return url;
    }
}
function field(value, name) {
    if (value === null || typeof value !== 'object')
        return undefined;
    return value[name];
}

// EXTERNAL MODULE: ./packages/core/src/http/index.ts + 4 modules
var src_http = __webpack_require__(4997);
;// CONCATENATED MODULE: ./packages/core/src/oidc/id-token.ts
/**
 * Fetching a GitHub Actions ID token (a JWT signed by GitHub that names the job) for an audience, as
 * @actions/core's getIDToken and di/id do (reference/pypi-publish.md §1.4), over the injected HTTP
 * client so tests run against a local token endpoint.
 */


/**
 * A new ID token for `audience`. Every call asks GitHub again: a token is single-use at the index (its
 * `jti` is remembered there), so one is never kept for a second exchange.
 */
async function requestGitHubIdToken(request) {
    const { env, audience, http, mask } = request;
    const requestUrl = env.ACTIONS_ID_TOKEN_REQUEST_URL;
    const requestToken = env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
    for (const [name, value] of [
        ['ACTIONS_ID_TOKEN_REQUEST_URL', requestUrl],
        ['ACTIONS_ID_TOKEN_REQUEST_TOKEN', requestToken],
    ]) {
        if (!value) {
            throw new src_errors/* ConfigurationError */.j1(`GitHub: missing or insufficient OIDC token permissions, the ${name} environment variable was unset. ` +
                'Give the job `permissions: id-token: write`.');
        }
    }
    mask(requestToken);
    // The request URL already carries a query (api-version); the audience is one more parameter.
    const url = new URL(requestUrl);
    url.searchParams.append('audience', audience);
    const response = await http.request(url, {
        headers: { authorization: `bearer ${requestToken}`, accept: 'application/json' },
        timeoutMs: request.timeoutMs ?? 30_000,
    });
    const where = (0,src_http/* displayUrl */.Qy)(`${url.origin}${url.pathname}`);
    if (!response.ok) {
        const body = (await response.text()).trim().slice(0, 300);
        throw new Error(`GitHub: OIDC token request failed (code=${response.status}, body=${body || '(empty)'}) at ${where}. ` +
            'Re-run the job; if it persists, check https://www.githubstatus.com/.');
    }
    let value;
    try {
        value = JSON.parse(await response.text())?.value;
    }
    catch {
        value = undefined;
    }
    if (typeof value !== 'string' || value === '') {
        throw new Error(`GitHub: malformed or incomplete JSON from the ID-token endpoint ${where}: no "value".`);
    }
    mask(value);
    return value;
}

;// CONCATENATED MODULE: ./packages/core/src/oidc/trusted-publishing.ts
/**
 * Trusted publishing as a credential source: discover the index's audience, fetch a fresh GitHub ID
 * token, exchange it for a short-lived upload token, mask it, and mint again when under 5 minutes
 * remain (twine 6.2's threshold; GHA-PP minted once and tokens expired mid-upload, its #307).
 */







/** Mint again when fewer than this many milliseconds remain (twine's TOKEN_RENEWAL_THRESHOLD). */
const RENEWAL_THRESHOLD_MS = 5 * 60 * 1000;
/** Warehouse's upload-token lifetime, assumed when an answer leaves out `expires`. */
const TOKEN_LIFETIME_MS = 900 * 1000;
/** A token with less time left than this is not used after a failed renewal. */
const MIN_USABLE_MS = 60 * 1000;
/** The username every minted token is sent with. */
const TOKEN_USERNAME = '__token__';
// Exchange attempts, each with a fresh ID token: a retry with the same token could be refused as
// reused when the first answer was lost after the index had recorded its jti.
const MINT_ATTEMPTS = 3;
const MINT_BACKOFF_MS = 1000;
// twine uses 5 s for both calls; runners on a slow network get a little more.
const INDEX_TIMEOUT_MS = 10_000;
const defaultSleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/**
 * A credential source that mints upload tokens by trusted publishing. The first get() checks the
 * environment (before any request), discovers the audience and mints; later calls return that token
 * until under 5 minutes remain, then mint again with a new ID token. Concurrent calls share one mint.
 */
function trustedPublishing(options) {
    const endpoints = oidcEndpoints(options.uploadUrl, options.oidcBaseUrl);
    const now = options.now ?? Date.now;
    const sleep = options.sleep ?? defaultSleep;
    const logger = options.logger;
    const http = options.http ??
        new src_http/* HttpClient */.Qq({ fetch: options.fetch, logger, sleep: options.sleep, timeoutMs: INDEX_TIMEOUT_MS });
    let checked = false;
    let audience;
    let claims;
    let mints = 0;
    let cached;
    let inflight;
    let warnedReusable = false;
    const warnings = [];
    async function checkEnvironment() {
        if (checked)
            return;
        const payload = options.eventPayload !== undefined
            ? options.eventPayload
            : await readEventPayload(options.env, options.readFile);
        checkTrustedPublishingEnvironment(options.env, payload);
        checked = true;
    }
    async function discoverAudience() {
        if (audience !== undefined)
            return audience;
        let response;
        try {
            response = await http.request(endpoints.audienceUrl, {
                headers: { accept: 'application/json' },
                timeoutMs: INDEX_TIMEOUT_MS,
            });
        }
        catch (error) {
            if ((0,src_http/* isHttpError */.d)(error)) {
                throw new Error(`audience retrieval failed: repository at ${endpoints.domain}: ${error.message}`, {
                    cause: error,
                });
            }
            throw error;
        }
        if (response.status !== 200) {
            const message = audienceFailureMessage(endpoints.domain, response.status, response.statusText);
            // 403/404 are settings the user can change (index, token); anything else is the index's trouble.
            if (response.status === 403 || response.status === 404)
                throw new src_errors/* ConfigurationError */.j1(message);
            throw new Error(message);
        }
        let found;
        try {
            found = JSON.parse(await response.text())?.audience;
        }
        catch {
            found = undefined;
        }
        if (typeof found !== 'string' || found === '') {
            throw new Error(`audience retrieval failed: repository at ${endpoints.domain} answered 200 without an "audience" string.`);
        }
        audience = found;
        logger.debug(`Trusted publishing audience of ${endpoints.domain}: ${found}`);
        return found;
    }
    async function exchange(aud) {
        for (let attempt = 1;; attempt++) {
            const idToken = await requestGitHubIdToken({
                env: options.env,
                audience: aud,
                http,
                mask: options.mask,
            });
            const tokenClaims = decodeJwtClaims(idToken);
            claims = tokenClaims;
            if (tokenClaims && !warnedReusable) {
                const warning = reusableWorkflowWarning(tokenClaims);
                if (warning) {
                    logger.warning(warning);
                    warnings.push(warning);
                }
                warnedReusable = true;
            }
            let response;
            try {
                response = await http.request(endpoints.mintUrl, {
                    method: 'POST',
                    headers: { 'content-type': 'application/json', accept: 'application/json' },
                    body: JSON.stringify({ token: idToken }),
                    retry: false,
                    timeoutMs: INDEX_TIMEOUT_MS,
                });
            }
            catch (error) {
                if ((0,src_http/* isHttpError */.d)(error) && attempt < MINT_ATTEMPTS) {
                    const delay = MINT_BACKOFF_MS * 2 ** (attempt - 1);
                    logger.info(`Token exchange at ${endpoints.domain} failed (${error.message}); retrying with a new ID token ` +
                        `in ${delay / 1000} s (attempt ${attempt + 1} of ${MINT_ATTEMPTS})`);
                    await sleep(delay);
                    continue;
                }
                if ((0,src_http/* isHttpError */.d)(error)) {
                    throw new Error(`Token request failed: ${error.message}. Check https://status.python.org/.`, {
                        cause: error,
                    });
                }
                throw error;
            }
            return readMintAnswer(response, tokenClaims);
        }
    }
    async function readMintAnswer(response, tokenClaims) {
        const text = await response.text();
        let body;
        try {
            body = JSON.parse(text);
        }
        catch {
            throw new Error(unexpectedMintResponseMessage(response.status));
        }
        if (!response.ok) {
            const errors = mintErrors(body);
            if (errors.length === 0) {
                throw new Error(`Token request failed: the index answered ${response.status} ${response.statusText} without a list of ` +
                    `errors: ${text.trim().slice(0, 300)}`);
            }
            throw new src_errors/* ConfigurationError */.j1(mintRefusedMessage({
                errors,
                claims: tokenClaims,
                uploadUrl: options.uploadUrl,
                projects: options.projects,
                passwordHint: options.passwordHint,
            }));
        }
        const { token, expires } = (body ?? {});
        if (typeof token !== 'string' || token === '') {
            throw new Error('Token response error: the index gave us an invalid response (no "token" in its answer).');
        }
        options.mask(token);
        // Basic auth sends base64(user:token); a log of the header must not reveal it either.
        options.mask((0,src_http/* basicCredentials */.BG)(TOKEN_USERNAME, token));
        const expiresAt = localExpiry(expires, response.headers.get('date'), now());
        mints++;
        logger.info(`Minted an upload token at ${endpoints.domain} by trusted publishing, valid until ` +
            `${new Date(expiresAt).toISOString()}`);
        return { username: TOKEN_USERNAME, password: token, expiresAt };
    }
    async function mint() {
        await checkEnvironment();
        const aud = await discoverAudience();
        const credentials = await exchange(aud);
        cached = credentials;
        return credentials;
    }
    return {
        kind: 'trusted-publishing',
        endpoints,
        get audience() {
            return audience;
        },
        get claims() {
            return claims;
        },
        get mints() {
            return mints;
        },
        warnings,
        async get() {
            const current = cached;
            if (current) {
                const left = (current.expiresAt ?? 0) - now();
                if (left >= RENEWAL_THRESHOLD_MS)
                    return current;
                if (!inflight) {
                    logger.info(`The upload token expires in ${Math.max(0, Math.round(left / 1000))} s (under 5 minutes): minting a new one`);
                }
            }
            inflight ??= mint().finally(() => {
                inflight = undefined;
            });
            try {
                return await inflight;
            }
            catch (error) {
                // A failed renewal need not stop an upload the current token can still finish.
                const left = current ? (current.expiresAt ?? 0) - now() : 0;
                if (current && left >= MIN_USABLE_MS) {
                    logger.warning(`Renewing the upload token failed (${(0,src_errors/* errorMessage */.gJ)(error)}); going on with the current one, ` +
                        `valid for ${Math.round(left / 1000)} s more.`);
                    return current;
                }
                throw error;
            }
        },
    };
}
/**
 * Performs the whole exchange once without uploading, proving trusted publishing is configured for
 * this job and index before a real release (verify-auth). Throws what get() throws.
 */
async function verifyTrustedPublishing(options) {
    const source = trustedPublishing(options);
    const credentials = await source.get();
    return {
        audience: source.audience,
        claims: source.claims,
        expiresAt: credentials.expiresAt,
        warnings: source.warnings,
    };
}
/**
 * When the token expires by this runner's clock. `expires` is by the index's clock, so the lifetime is
 * taken against the index's Date header when it sent one: a runner clock minutes off would otherwise
 * renew too late (an expired token mid-upload) or on every file.
 */
function localExpiry(expires, dateHeader, localNow) {
    if (typeof expires !== 'number' || !Number.isFinite(expires))
        return localNow + TOKEN_LIFETIME_MS;
    const serverNow = dateHeader ? Date.parse(dateHeader) : Number.NaN;
    if (Number.isNaN(serverNow))
        return expires * 1000;
    return localNow + (expires * 1000 - serverNow);
}
function mintErrors(body) {
    const errors = body?.errors;
    if (!Array.isArray(errors))
        return [];
    return errors
        .filter((e) => e !== null && typeof e === 'object')
        .map((e) => ({ code: String(e.code ?? 'unknown'), description: String(e.description ?? '') }));
}

;// CONCATENATED MODULE: ./packages/core/src/oidc/index.ts
/** Trusted publishing (OIDC): GitHub ID tokens exchanged for short-lived index upload tokens, with diagnostics. */








/***/ }),

/***/ 30302:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  S2: () => (/* reexport */ publishPackagesDir),
  lP: () => (/* reexport */ sizeText)
});

// UNUSED EXPORTS: ON_INDEX, answerMessage, classifyUpload, compareWithIndex, digestBytes, digestFile, existingFiles, fileProgress, fixedCredentials, hintFor, multipartBody, packagesDirFiles, planUpload, publishDistributions, rateText, readDistribution, repositoryEndpoints, safeName, uploadFile, uploadFormFields

;// CONCATENATED MODULE: ./packages/core/src/hashing/blake2b-wasm.generated.ts
// Generated by scripts/gen-blake2b-wasm.mjs: do not edit. BLAKE2b-256 as WebAssembly (8467 bytes).
/** The module's bytes, base64. */
const BLAKE2B_WASM_BASE64 = 'AGFzbQEAAAABDgNgAn9+AGAAAGACf38AAwUEAAECAQUDAQARBg8CfwBBgAgLfwBBgIDAAAsHNgYGbWVtb3J5AgAFaW5wdXQDAAlp' +
    'bnB1dFNpemUDAQRpbml0AAEGdXBkYXRlAAIFZmluYWwAAwqjQQSrPgEQfkEAKQMAIQJBACkDCCEDQQApAxAhBEEAKQMYIQVBACkD' +
    'ICEGQQApAyghB0EAKQMwIQhBACkDOCEJQoiS853/zPmE6gAhCkK7zqqm2NDrs7t/IQtCq/DT9K/uvLc8IQxC8e30+KWn/aelfyEN' +
    'QtGFmu/6z5SH0QBBACkDQIUhDkKf2PnZwpHagpt/IQ9C6/qG2r+19sEfIAGFIRBC+cL4m5Gjs/DbACERIAIgBnwgACkDAHwhAiAO' +
    'IAKFQiCKIQ4gCiAOfCEKIAYgCoVCGIohBiACIAZ8IAApAwh8IQIgDiAChUIQiiEOIAogDnwhCiAGIAqFQj+KIQYgAyAHfCAAKQMQ' +
    'fCEDIA8gA4VCIIohDyALIA98IQsgByALhUIYiiEHIAMgB3wgACkDGHwhAyAPIAOFQhCKIQ8gCyAPfCELIAcgC4VCP4ohByAEIAh8' +
    'IAApAyB8IQQgECAEhUIgiiEQIAwgEHwhDCAIIAyFQhiKIQggBCAIfCAAKQMofCEEIBAgBIVCEIohECAMIBB8IQwgCCAMhUI/iiEI' +
    'IAUgCXwgACkDMHwhBSARIAWFQiCKIREgDSARfCENIAkgDYVCGIohCSAFIAl8IAApAzh8IQUgESAFhUIQiiERIA0gEXwhDSAJIA2F' +
    'Qj+KIQkgAiAHfCAAKQNAfCECIBEgAoVCIIohESAMIBF8IQwgByAMhUIYiiEHIAIgB3wgACkDSHwhAiARIAKFQhCKIREgDCARfCEM' +
    'IAcgDIVCP4ohByADIAh8IAApA1B8IQMgDiADhUIgiiEOIA0gDnwhDSAIIA2FQhiKIQggAyAIfCAAKQNYfCEDIA4gA4VCEIohDiAN' +
    'IA58IQ0gCCANhUI/iiEIIAQgCXwgACkDYHwhBCAPIASFQiCKIQ8gCiAPfCEKIAkgCoVCGIohCSAEIAl8IAApA2h8IQQgDyAEhUIQ' +
    'iiEPIAogD3whCiAJIAqFQj+KIQkgBSAGfCAAKQNwfCEFIBAgBYVCIIohECALIBB8IQsgBiALhUIYiiEGIAUgBnwgACkDeHwhBSAQ' +
    'IAWFQhCKIRAgCyAQfCELIAYgC4VCP4ohBiACIAZ8IAApA3B8IQIgDiAChUIgiiEOIAogDnwhCiAGIAqFQhiKIQYgAiAGfCAAKQNQ' +
    'fCECIA4gAoVCEIohDiAKIA58IQogBiAKhUI/iiEGIAMgB3wgACkDIHwhAyAPIAOFQiCKIQ8gCyAPfCELIAcgC4VCGIohByADIAd8' +
    'IAApA0B8IQMgDyADhUIQiiEPIAsgD3whCyAHIAuFQj+KIQcgBCAIfCAAKQNIfCEEIBAgBIVCIIohECAMIBB8IQwgCCAMhUIYiiEI' +
    'IAQgCHwgACkDeHwhBCAQIASFQhCKIRAgDCAQfCEMIAggDIVCP4ohCCAFIAl8IAApA2h8IQUgESAFhUIgiiERIA0gEXwhDSAJIA2F' +
    'QhiKIQkgBSAJfCAAKQMwfCEFIBEgBYVCEIohESANIBF8IQ0gCSANhUI/iiEJIAIgB3wgACkDCHwhAiARIAKFQiCKIREgDCARfCEM' +
    'IAcgDIVCGIohByACIAd8IAApA2B8IQIgESAChUIQiiERIAwgEXwhDCAHIAyFQj+KIQcgAyAIfCAAKQMAfCEDIA4gA4VCIIohDiAN' +
    'IA58IQ0gCCANhUIYiiEIIAMgCHwgACkDEHwhAyAOIAOFQhCKIQ4gDSAOfCENIAggDYVCP4ohCCAEIAl8IAApA1h8IQQgDyAEhUIg' +
    'iiEPIAogD3whCiAJIAqFQhiKIQkgBCAJfCAAKQM4fCEEIA8gBIVCEIohDyAKIA98IQogCSAKhUI/iiEJIAUgBnwgACkDKHwhBSAQ' +
    'IAWFQiCKIRAgCyAQfCELIAYgC4VCGIohBiAFIAZ8IAApAxh8IQUgECAFhUIQiiEQIAsgEHwhCyAGIAuFQj+KIQYgAiAGfCAAKQNY' +
    'fCECIA4gAoVCIIohDiAKIA58IQogBiAKhUIYiiEGIAIgBnwgACkDQHwhAiAOIAKFQhCKIQ4gCiAOfCEKIAYgCoVCP4ohBiADIAd8' +
    'IAApA2B8IQMgDyADhUIgiiEPIAsgD3whCyAHIAuFQhiKIQcgAyAHfCAAKQMAfCEDIA8gA4VCEIohDyALIA98IQsgByALhUI/iiEH' +
    'IAQgCHwgACkDKHwhBCAQIASFQiCKIRAgDCAQfCEMIAggDIVCGIohCCAEIAh8IAApAxB8IQQgECAEhUIQiiEQIAwgEHwhDCAIIAyF' +
    'Qj+KIQggBSAJfCAAKQN4fCEFIBEgBYVCIIohESANIBF8IQ0gCSANhUIYiiEJIAUgCXwgACkDaHwhBSARIAWFQhCKIREgDSARfCEN' +
    'IAkgDYVCP4ohCSACIAd8IAApA1B8IQIgESAChUIgiiERIAwgEXwhDCAHIAyFQhiKIQcgAiAHfCAAKQNwfCECIBEgAoVCEIohESAM' +
    'IBF8IQwgByAMhUI/iiEHIAMgCHwgACkDGHwhAyAOIAOFQiCKIQ4gDSAOfCENIAggDYVCGIohCCADIAh8IAApAzB8IQMgDiADhUIQ' +
    'iiEOIA0gDnwhDSAIIA2FQj+KIQggBCAJfCAAKQM4fCEEIA8gBIVCIIohDyAKIA98IQogCSAKhUIYiiEJIAQgCXwgACkDCHwhBCAP' +
    'IASFQhCKIQ8gCiAPfCEKIAkgCoVCP4ohCSAFIAZ8IAApA0h8IQUgECAFhUIgiiEQIAsgEHwhCyAGIAuFQhiKIQYgBSAGfCAAKQMg' +
    'fCEFIBAgBYVCEIohECALIBB8IQsgBiALhUI/iiEGIAIgBnwgACkDOHwhAiAOIAKFQiCKIQ4gCiAOfCEKIAYgCoVCGIohBiACIAZ8' +
    'IAApA0h8IQIgDiAChUIQiiEOIAogDnwhCiAGIAqFQj+KIQYgAyAHfCAAKQMYfCEDIA8gA4VCIIohDyALIA98IQsgByALhUIYiiEH' +
    'IAMgB3wgACkDCHwhAyAPIAOFQhCKIQ8gCyAPfCELIAcgC4VCP4ohByAEIAh8IAApA2h8IQQgECAEhUIgiiEQIAwgEHwhDCAIIAyF' +
    'QhiKIQggBCAIfCAAKQNgfCEEIBAgBIVCEIohECAMIBB8IQwgCCAMhUI/iiEIIAUgCXwgACkDWHwhBSARIAWFQiCKIREgDSARfCEN' +
    'IAkgDYVCGIohCSAFIAl8IAApA3B8IQUgESAFhUIQiiERIA0gEXwhDSAJIA2FQj+KIQkgAiAHfCAAKQMQfCECIBEgAoVCIIohESAM' +
    'IBF8IQwgByAMhUIYiiEHIAIgB3wgACkDMHwhAiARIAKFQhCKIREgDCARfCEMIAcgDIVCP4ohByADIAh8IAApAyh8IQMgDiADhUIg' +
    'iiEOIA0gDnwhDSAIIA2FQhiKIQggAyAIfCAAKQNQfCEDIA4gA4VCEIohDiANIA58IQ0gCCANhUI/iiEIIAQgCXwgACkDIHwhBCAP' +
    'IASFQiCKIQ8gCiAPfCEKIAkgCoVCGIohCSAEIAl8IAApAwB8IQQgDyAEhUIQiiEPIAogD3whCiAJIAqFQj+KIQkgBSAGfCAAKQN4' +
    'fCEFIBAgBYVCIIohECALIBB8IQsgBiALhUIYiiEGIAUgBnwgACkDQHwhBSAQIAWFQhCKIRAgCyAQfCELIAYgC4VCP4ohBiACIAZ8' +
    'IAApA0h8IQIgDiAChUIgiiEOIAogDnwhCiAGIAqFQhiKIQYgAiAGfCAAKQMAfCECIA4gAoVCEIohDiAKIA58IQogBiAKhUI/iiEG' +
    'IAMgB3wgACkDKHwhAyAPIAOFQiCKIQ8gCyAPfCELIAcgC4VCGIohByADIAd8IAApAzh8IQMgDyADhUIQiiEPIAsgD3whCyAHIAuF' +
    'Qj+KIQcgBCAIfCAAKQMQfCEEIBAgBIVCIIohECAMIBB8IQwgCCAMhUIYiiEIIAQgCHwgACkDIHwhBCAQIASFQhCKIRAgDCAQfCEM' +
    'IAggDIVCP4ohCCAFIAl8IAApA1B8IQUgESAFhUIgiiERIA0gEXwhDSAJIA2FQhiKIQkgBSAJfCAAKQN4fCEFIBEgBYVCEIohESAN' +
    'IBF8IQ0gCSANhUI/iiEJIAIgB3wgACkDcHwhAiARIAKFQiCKIREgDCARfCEMIAcgDIVCGIohByACIAd8IAApAwh8IQIgESAChUIQ' +
    'iiERIAwgEXwhDCAHIAyFQj+KIQcgAyAIfCAAKQNYfCEDIA4gA4VCIIohDiANIA58IQ0gCCANhUIYiiEIIAMgCHwgACkDYHwhAyAO' +
    'IAOFQhCKIQ4gDSAOfCENIAggDYVCP4ohCCAEIAl8IAApAzB8IQQgDyAEhUIgiiEPIAogD3whCiAJIAqFQhiKIQkgBCAJfCAAKQNA' +
    'fCEEIA8gBIVCEIohDyAKIA98IQogCSAKhUI/iiEJIAUgBnwgACkDGHwhBSAQIAWFQiCKIRAgCyAQfCELIAYgC4VCGIohBiAFIAZ8' +
    'IAApA2h8IQUgECAFhUIQiiEQIAsgEHwhCyAGIAuFQj+KIQYgAiAGfCAAKQMQfCECIA4gAoVCIIohDiAKIA58IQogBiAKhUIYiiEG' +
    'IAIgBnwgACkDYHwhAiAOIAKFQhCKIQ4gCiAOfCEKIAYgCoVCP4ohBiADIAd8IAApAzB8IQMgDyADhUIgiiEPIAsgD3whCyAHIAuF' +
    'QhiKIQcgAyAHfCAAKQNQfCEDIA8gA4VCEIohDyALIA98IQsgByALhUI/iiEHIAQgCHwgACkDAHwhBCAQIASFQiCKIRAgDCAQfCEM' +
    'IAggDIVCGIohCCAEIAh8IAApA1h8IQQgECAEhUIQiiEQIAwgEHwhDCAIIAyFQj+KIQggBSAJfCAAKQNAfCEFIBEgBYVCIIohESAN' +
    'IBF8IQ0gCSANhUIYiiEJIAUgCXwgACkDGHwhBSARIAWFQhCKIREgDSARfCENIAkgDYVCP4ohCSACIAd8IAApAyB8IQIgESAChUIg' +
    'iiERIAwgEXwhDCAHIAyFQhiKIQcgAiAHfCAAKQNofCECIBEgAoVCEIohESAMIBF8IQwgByAMhUI/iiEHIAMgCHwgACkDOHwhAyAO' +
    'IAOFQiCKIQ4gDSAOfCENIAggDYVCGIohCCADIAh8IAApAyh8IQMgDiADhUIQiiEOIA0gDnwhDSAIIA2FQj+KIQggBCAJfCAAKQN4' +
    'fCEEIA8gBIVCIIohDyAKIA98IQogCSAKhUIYiiEJIAQgCXwgACkDcHwhBCAPIASFQhCKIQ8gCiAPfCEKIAkgCoVCP4ohCSAFIAZ8' +
    'IAApAwh8IQUgECAFhUIgiiEQIAsgEHwhCyAGIAuFQhiKIQYgBSAGfCAAKQNIfCEFIBAgBYVCEIohECALIBB8IQsgBiALhUI/iiEG' +
    'IAIgBnwgACkDYHwhAiAOIAKFQiCKIQ4gCiAOfCEKIAYgCoVCGIohBiACIAZ8IAApAyh8IQIgDiAChUIQiiEOIAogDnwhCiAGIAqF' +
    'Qj+KIQYgAyAHfCAAKQMIfCEDIA8gA4VCIIohDyALIA98IQsgByALhUIYiiEHIAMgB3wgACkDeHwhAyAPIAOFQhCKIQ8gCyAPfCEL' +
    'IAcgC4VCP4ohByAEIAh8IAApA3B8IQQgECAEhUIgiiEQIAwgEHwhDCAIIAyFQhiKIQggBCAIfCAAKQNofCEEIBAgBIVCEIohECAM' +
    'IBB8IQwgCCAMhUI/iiEIIAUgCXwgACkDIHwhBSARIAWFQiCKIREgDSARfCENIAkgDYVCGIohCSAFIAl8IAApA1B8IQUgESAFhUIQ' +
    'iiERIA0gEXwhDSAJIA2FQj+KIQkgAiAHfCAAKQMAfCECIBEgAoVCIIohESAMIBF8IQwgByAMhUIYiiEHIAIgB3wgACkDOHwhAiAR' +
    'IAKFQhCKIREgDCARfCEMIAcgDIVCP4ohByADIAh8IAApAzB8IQMgDiADhUIgiiEOIA0gDnwhDSAIIA2FQhiKIQggAyAIfCAAKQMY' +
    'fCEDIA4gA4VCEIohDiANIA58IQ0gCCANhUI/iiEIIAQgCXwgACkDSHwhBCAPIASFQiCKIQ8gCiAPfCEKIAkgCoVCGIohCSAEIAl8' +
    'IAApAxB8IQQgDyAEhUIQiiEPIAogD3whCiAJIAqFQj+KIQkgBSAGfCAAKQNAfCEFIBAgBYVCIIohECALIBB8IQsgBiALhUIYiiEG' +
    'IAUgBnwgACkDWHwhBSAQIAWFQhCKIRAgCyAQfCELIAYgC4VCP4ohBiACIAZ8IAApA2h8IQIgDiAChUIgiiEOIAogDnwhCiAGIAqF' +
    'QhiKIQYgAiAGfCAAKQNYfCECIA4gAoVCEIohDiAKIA58IQogBiAKhUI/iiEGIAMgB3wgACkDOHwhAyAPIAOFQiCKIQ8gCyAPfCEL' +
    'IAcgC4VCGIohByADIAd8IAApA3B8IQMgDyADhUIQiiEPIAsgD3whCyAHIAuFQj+KIQcgBCAIfCAAKQNgfCEEIBAgBIVCIIohECAM' +
    'IBB8IQwgCCAMhUIYiiEIIAQgCHwgACkDCHwhBCAQIASFQhCKIRAgDCAQfCEMIAggDIVCP4ohCCAFIAl8IAApAxh8IQUgESAFhUIg' +
    'iiERIA0gEXwhDSAJIA2FQhiKIQkgBSAJfCAAKQNIfCEFIBEgBYVCEIohESANIBF8IQ0gCSANhUI/iiEJIAIgB3wgACkDKHwhAiAR' +
    'IAKFQiCKIREgDCARfCEMIAcgDIVCGIohByACIAd8IAApAwB8IQIgESAChUIQiiERIAwgEXwhDCAHIAyFQj+KIQcgAyAIfCAAKQN4' +
    'fCEDIA4gA4VCIIohDiANIA58IQ0gCCANhUIYiiEIIAMgCHwgACkDIHwhAyAOIAOFQhCKIQ4gDSAOfCENIAggDYVCP4ohCCAEIAl8' +
    'IAApA0B8IQQgDyAEhUIgiiEPIAogD3whCiAJIAqFQhiKIQkgBCAJfCAAKQMwfCEEIA8gBIVCEIohDyAKIA98IQogCSAKhUI/iiEJ' +
    'IAUgBnwgACkDEHwhBSAQIAWFQiCKIRAgCyAQfCELIAYgC4VCGIohBiAFIAZ8IAApA1B8IQUgECAFhUIQiiEQIAsgEHwhCyAGIAuF' +
    'Qj+KIQYgAiAGfCAAKQMwfCECIA4gAoVCIIohDiAKIA58IQogBiAKhUIYiiEGIAIgBnwgACkDeHwhAiAOIAKFQhCKIQ4gCiAOfCEK' +
    'IAYgCoVCP4ohBiADIAd8IAApA3B8IQMgDyADhUIgiiEPIAsgD3whCyAHIAuFQhiKIQcgAyAHfCAAKQNIfCEDIA8gA4VCEIohDyAL' +
    'IA98IQsgByALhUI/iiEHIAQgCHwgACkDWHwhBCAQIASFQiCKIRAgDCAQfCEMIAggDIVCGIohCCAEIAh8IAApAxh8IQQgECAEhUIQ' +
    'iiEQIAwgEHwhDCAIIAyFQj+KIQggBSAJfCAAKQMAfCEFIBEgBYVCIIohESANIBF8IQ0gCSANhUIYiiEJIAUgCXwgACkDQHwhBSAR' +
    'IAWFQhCKIREgDSARfCENIAkgDYVCP4ohCSACIAd8IAApA2B8IQIgESAChUIgiiERIAwgEXwhDCAHIAyFQhiKIQcgAiAHfCAAKQMQ' +
    'fCECIBEgAoVCEIohESAMIBF8IQwgByAMhUI/iiEHIAMgCHwgACkDaHwhAyAOIAOFQiCKIQ4gDSAOfCENIAggDYVCGIohCCADIAh8' +
    'IAApAzh8IQMgDiADhUIQiiEOIA0gDnwhDSAIIA2FQj+KIQggBCAJfCAAKQMIfCEEIA8gBIVCIIohDyAKIA98IQogCSAKhUIYiiEJ' +
    'IAQgCXwgACkDIHwhBCAPIASFQhCKIQ8gCiAPfCEKIAkgCoVCP4ohCSAFIAZ8IAApA1B8IQUgECAFhUIgiiEQIAsgEHwhCyAGIAuF' +
    'QhiKIQYgBSAGfCAAKQMofCEFIBAgBYVCEIohECALIBB8IQsgBiALhUI/iiEGIAIgBnwgACkDUHwhAiAOIAKFQiCKIQ4gCiAOfCEK' +
    'IAYgCoVCGIohBiACIAZ8IAApAxB8IQIgDiAChUIQiiEOIAogDnwhCiAGIAqFQj+KIQYgAyAHfCAAKQNAfCEDIA8gA4VCIIohDyAL' +
    'IA98IQsgByALhUIYiiEHIAMgB3wgACkDIHwhAyAPIAOFQhCKIQ8gCyAPfCELIAcgC4VCP4ohByAEIAh8IAApAzh8IQQgECAEhUIg' +
    'iiEQIAwgEHwhDCAIIAyFQhiKIQggBCAIfCAAKQMwfCEEIBAgBIVCEIohECAMIBB8IQwgCCAMhUI/iiEIIAUgCXwgACkDCHwhBSAR' +
    'IAWFQiCKIREgDSARfCENIAkgDYVCGIohCSAFIAl8IAApAyh8IQUgESAFhUIQiiERIA0gEXwhDSAJIA2FQj+KIQkgAiAHfCAAKQN4' +
    'fCECIBEgAoVCIIohESAMIBF8IQwgByAMhUIYiiEHIAIgB3wgACkDWHwhAiARIAKFQhCKIREgDCARfCEMIAcgDIVCP4ohByADIAh8' +
    'IAApA0h8IQMgDiADhUIgiiEOIA0gDnwhDSAIIA2FQhiKIQggAyAIfCAAKQNwfCEDIA4gA4VCEIohDiANIA58IQ0gCCANhUI/iiEI' +
    'IAQgCXwgACkDGHwhBCAPIASFQiCKIQ8gCiAPfCEKIAkgCoVCGIohCSAEIAl8IAApA2B8IQQgDyAEhUIQiiEPIAogD3whCiAJIAqF' +
    'Qj+KIQkgBSAGfCAAKQNofCEFIBAgBYVCIIohECALIBB8IQsgBiALhUIYiiEGIAUgBnwgACkDAHwhBSAQIAWFQhCKIRAgCyAQfCEL' +
    'IAYgC4VCP4ohBiACIAZ8IAApAwB8IQIgDiAChUIgiiEOIAogDnwhCiAGIAqFQhiKIQYgAiAGfCAAKQMIfCECIA4gAoVCEIohDiAK' +
    'IA58IQogBiAKhUI/iiEGIAMgB3wgACkDEHwhAyAPIAOFQiCKIQ8gCyAPfCELIAcgC4VCGIohByADIAd8IAApAxh8IQMgDyADhUIQ' +
    'iiEPIAsgD3whCyAHIAuFQj+KIQcgBCAIfCAAKQMgfCEEIBAgBIVCIIohECAMIBB8IQwgCCAMhUIYiiEIIAQgCHwgACkDKHwhBCAQ' +
    'IASFQhCKIRAgDCAQfCEMIAggDIVCP4ohCCAFIAl8IAApAzB8IQUgESAFhUIgiiERIA0gEXwhDSAJIA2FQhiKIQkgBSAJfCAAKQM4' +
    'fCEFIBEgBYVCEIohESANIBF8IQ0gCSANhUI/iiEJIAIgB3wgACkDQHwhAiARIAKFQiCKIREgDCARfCEMIAcgDIVCGIohByACIAd8' +
    'IAApA0h8IQIgESAChUIQiiERIAwgEXwhDCAHIAyFQj+KIQcgAyAIfCAAKQNQfCEDIA4gA4VCIIohDiANIA58IQ0gCCANhUIYiiEI' +
    'IAMgCHwgACkDWHwhAyAOIAOFQhCKIQ4gDSAOfCENIAggDYVCP4ohCCAEIAl8IAApA2B8IQQgDyAEhUIgiiEPIAogD3whCiAJIAqF' +
    'QhiKIQkgBCAJfCAAKQNofCEEIA8gBIVCEIohDyAKIA98IQogCSAKhUI/iiEJIAUgBnwgACkDcHwhBSAQIAWFQiCKIRAgCyAQfCEL' +
    'IAYgC4VCGIohBiAFIAZ8IAApA3h8IQUgECAFhUIQiiEQIAsgEHwhCyAGIAuFQj+KIQYgAiAGfCAAKQNwfCECIA4gAoVCIIohDiAK' +
    'IA58IQogBiAKhUIYiiEGIAIgBnwgACkDUHwhAiAOIAKFQhCKIQ4gCiAOfCEKIAYgCoVCP4ohBiADIAd8IAApAyB8IQMgDyADhUIg' +
    'iiEPIAsgD3whCyAHIAuFQhiKIQcgAyAHfCAAKQNAfCEDIA8gA4VCEIohDyALIA98IQsgByALhUI/iiEHIAQgCHwgACkDSHwhBCAQ' +
    'IASFQiCKIRAgDCAQfCEMIAggDIVCGIohCCAEIAh8IAApA3h8IQQgECAEhUIQiiEQIAwgEHwhDCAIIAyFQj+KIQggBSAJfCAAKQNo' +
    'fCEFIBEgBYVCIIohESANIBF8IQ0gCSANhUIYiiEJIAUgCXwgACkDMHwhBSARIAWFQhCKIREgDSARfCENIAkgDYVCP4ohCSACIAd8' +
    'IAApAwh8IQIgESAChUIgiiERIAwgEXwhDCAHIAyFQhiKIQcgAiAHfCAAKQNgfCECIBEgAoVCEIohESAMIBF8IQwgByAMhUI/iiEH' +
    'IAMgCHwgACkDAHwhAyAOIAOFQiCKIQ4gDSAOfCENIAggDYVCGIohCCADIAh8IAApAxB8IQMgDiADhUIQiiEOIA0gDnwhDSAIIA2F' +
    'Qj+KIQggBCAJfCAAKQNYfCEEIA8gBIVCIIohDyAKIA98IQogCSAKhUIYiiEJIAQgCXwgACkDOHwhBCAPIASFQhCKIQ8gCiAPfCEK' +
    'IAkgCoVCP4ohCSAFIAZ8IAApAyh8IQUgECAFhUIgiiEQIAsgEHwhCyAGIAuFQhiKIQYgBSAGfCAAKQMYfCEFIBAgBYVCEIohECAL' +
    'IBB8IQsgBiALhUI/iiEGQQBBACkDACACIAqFhTcDAEEAQQApAwggAyALhYU3AwhBAEEAKQMQIAQgDIWFNwMQQQBBACkDGCAFIA2F' +
    'hTcDGEEAQQApAyAgBiAOhYU3AyBBAEEAKQMoIAcgD4WFNwMoQQBBACkDMCAIIBCFhTcDMEEAQQApAzggCSARhYU3AzgLlAEAQQBC' +
    'iJLznf/M+YTqAEKggIQIhTcDAEEAQrvOqqbY0Ouzu383AwhBAEKr8NP0r+68tzw3AxBBAELx7fT4paf9p6V/NwMYQQBC0YWa7/rP' +
    'lIfRADcDIEEAQp/Y+dnCkdqCm383AyhBAELr+obav7X2wR83AzBBAEL5wvibkaOz8NsANwM4QQBCADcDQEEAQQA2AkgLqwEBAn9B' +
    'ACgCSCECQYABIAJrIQMgASADTQRAQYABIAJqIAAgAfwKAABBACACIAFqNgJIDwtBgAEgAmogACAD/AoAAEEAQQApA0BCgAF8NwNA' +
    'QYABQgAQACAAIANqIQAgASADayEBAkADQCABQYABTQ0BQQBBACkDQEKAAXw3A0AgAEIAEAAgAEGAAWohACABQYABayEBDAALC0GA' +
    'ASAAIAH8CgAAQQAgATYCSAsxAQF/QQAoAkghAEEAQQApA0AgAK18NwNAQYABIABqQQBBgAEgAGv8CwBBgAFCfxAACw==';

;// CONCATENATED MODULE: ./packages/core/src/hashing/blake2b.ts
/**
 * BLAKE2b-256 (RFC 7693, a 32-byte digest: Warehouse's `blake2_256_digest`) from our own WebAssembly
 * module. Node's crypto has no 32-byte BLAKE2b (DESIGN.md, measured facts), and a truncated
 * BLAKE2b-512 is a different hash. The module is compiled once per process and can be handed to
 * worker threads, which instantiate it without importing anything (see digest-workers.ts).
 */

const wasm = globalThis.WebAssembly;
let compiled;
/** The compiled module (the same object on every call). */
function blake2bModule() {
    compiled ??= new wasm.Module(Buffer.from(BLAKE2B_WASM_BASE64, 'base64'));
    return compiled;
}
/** One running BLAKE2b-256; digest() ends it and starts the next. */
class blake2b_Blake2b256 {
    exports;
    area;
    constructor(module = blake2bModule()) {
        this.exports = new wasm.Instance(module, {}).exports;
        // The memory never grows, so this view stays valid.
        this.area = new Uint8Array(this.exports.memory.buffer, this.exports.input.value, this.exports.inputSize.value);
        this.exports.init();
    }
    /** Where to put bytes for updateArea(): reading straight into it saves a copy. */
    get inputArea() {
        return this.area;
    }
    /** Hashes the first `length` bytes of inputArea. */
    updateArea(length) {
        this.exports.update(this.area.byteOffset, length);
        return this;
    }
    /** Forgets what was hashed since the last digest(). */
    reset() {
        this.exports.init();
        return this;
    }
    /** Hashes `bytes` (copied into the module's memory in pieces). */
    update(bytes) {
        for (let at = 0; at < bytes.length; at += this.area.length) {
            const piece = bytes.subarray(at, at + this.area.length);
            this.area.set(piece);
            this.exports.update(this.area.byteOffset, piece.length);
        }
        return this;
    }
    /** The digest of everything since the last digest(), lower-case hex. */
    digest() {
        this.exports.final();
        const hex = Buffer.from(this.exports.memory.buffer, 0, 32).toString('hex');
        this.exports.init();
        return hex;
    }
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(75919);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./packages/core/src/hashing/file-digests.ts
/**
 * The two digests an upload carries (pypi-publish.md §3.2), sha256 and BLAKE2b-256, of a file or of
 * bytes. One streaming read feeds both, so memory stays flat for any size. The file loop is written
 * once: worker threads run hashFileSync's own source (digest-workers.ts), and this thread calls it.
 */



/**
 * Hashes the file at `path` in one read: each piece is read into the BLAKE2b module's memory, and
 * sha256 reads the same bytes there. Self-contained (it only uses `lib`), so its source can be a
 * worker's program.
 */
function hashFileSync(path, lib) {
    const fd = lib.fs.openSync(path, 'r');
    try {
        const sha256 = lib.createHash('sha256');
        const { area } = lib.blake;
        lib.blake.reset();
        let size = 0;
        for (;;) {
            const n = lib.fs.readSync(fd, area, 0, area.length, size);
            if (n === 0)
                break;
            sha256.update(area.subarray(0, n));
            lib.blake.update(n);
            size += n;
        }
        return { sha256: sha256.digest('hex'), blake2_256: lib.blake.digest(), size };
    }
    finally {
        lib.fs.closeSync(fd);
    }
}
let libraries;
/** Hashes the file at `path` on this thread (it is busy meanwhile: digest-workers.ts is for uploads). */
async function digestFile(path) {
    if (!libraries) {
        const blake = new blake2b_Blake2b256();
        libraries = {
            fs: external_node_fs_,
            createHash: external_node_crypto_.createHash,
            blake: {
                area: blake.inputArea,
                reset: () => blake.reset(),
                update: (n) => blake.updateArea(n),
                digest: () => blake.digest(),
            },
        };
    }
    return hashFileSync(path, libraries);
}
/** The digests of bytes in memory (small files, the server side in tests). */
function digestBytes(bytes) {
    return {
        sha256: createHash('sha256').update(bytes).digest('hex'),
        blake2_256: new Blake2b256().update(bytes).digest(),
        size: bytes.length,
    };
}

;// CONCATENATED MODULE: ./packages/core/src/hashing/digest-workers.ts
/**
 * sha256 and BLAKE2b-256 of whole files on worker threads, one file per thread at a time, so hashing
 * (the costliest part of an upload) runs on every core while the main thread sends. Each worker reads
 * its file from the page cache straight into the BLAKE2b module's memory; no bytes cross threads.
 * The workers are eval'd source that imports only Node built-ins (a bundle has no files beside it to
 * start), and get the compiled BLAKE2b module through workerData.
 */




// The worker's whole program: hashFileSync's own source, given the worker's libraries, so that any
// bundler keeps the two together. The BLAKE2b module arrives compiled, through workerData.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const blake = new WebAssembly.Instance(workerData.blake2b, {}).exports;
const area = new Uint8Array(blake.memory.buffer, blake.input.value, blake.inputSize.value);
const lib = {
  fs: require('node:fs'),
  createHash: require('node:crypto').createHash,
  blake: {
    area,
    reset: () => blake.init(),
    update: (n) => blake.update(area.byteOffset, n),
    digest: () => {
      blake.final();
      return Buffer.from(blake.memory.buffer, 0, 32).toString('hex');
    },
  },
};
const hashFileSync = (${hashFileSync.toString()});
parentPort.on('message', ({ id, path }) => {
  let digests;
  try {
    digests = hashFileSync(path, lib);
  } catch (error) {
    parentPort.postMessage({ id, error: String((error && error.message) || error) });
    return;
  }
  parentPort.postMessage({ id, ...digests });
});
`;
/** Hashes files on worker threads; close() when the run ends. */
class DigestWorkers {
    options;
    slots = [];
    queue = [];
    threads;
    nextId = 0;
    unavailable = false;
    constructor(options = {}) {
        this.options = options;
        this.threads = Math.max(1, options.threads ?? (0,external_node_os_.availableParallelism)());
    }
    /** Starts every thread now (a thread takes tens of milliseconds to be ready); idle, they hold nothing up. */
    start() {
        while (this.spawn())
            ;
    }
    /** The file's digests: from a worker, or on this thread where no worker can start. */
    digest(path) {
        if (this.unavailable)
            return this.inline(path);
        return new Promise((resolve, reject) => {
            this.queue.push({ id: this.nextId++, path, resolve, reject });
            this.dispatch();
        });
    }
    /** Stops every thread; files still waiting are hashed on this thread. */
    async close() {
        const slots = this.slots.splice(0);
        this.unavailable = true;
        for (const slot of slots) {
            if (slot.job)
                this.queue.unshift(slot.job);
            slot.job = undefined;
        }
        this.drainInline();
        await Promise.all(slots.map((s) => s.worker.terminate()));
    }
    dispatch() {
        while (this.queue.length > 0) {
            const slot = this.slots.find((s) => !s.job) ?? this.spawn();
            if (!slot)
                break;
            const job = this.queue.shift();
            slot.job = job;
            // A busy thread keeps the process alive until its answer comes; an idle one does not.
            slot.worker.ref();
            slot.worker.postMessage({ id: job.id, path: job.path });
        }
        if (this.unavailable)
            this.drainInline();
    }
    spawn() {
        if (this.unavailable || this.slots.length >= this.threads)
            return undefined;
        let worker;
        try {
            worker = new external_node_worker_threads_.Worker(WORKER_SOURCE, { eval: true, workerData: { blake2b: blake2bModule() } });
        }
        catch (error) {
            this.fallBack(`no worker thread could start (${error.message})`);
            return undefined;
        }
        const slot = { worker };
        worker.on('message', (m) => {
            const job = slot.job;
            if (!job || job.id !== m.id)
                return;
            slot.job = undefined;
            if (m.error !== undefined)
                job.reject(new Error(`hashing ${job.path}: ${m.error}`));
            else
                job.resolve({ sha256: m.sha256, blake2_256: m.blake2_256, size: m.size });
            this.dispatch();
            if (!slot.job)
                worker.unref();
        });
        const lost = (why) => {
            const index = this.slots.indexOf(slot);
            if (index < 0)
                return;
            this.slots.splice(index, 1);
            // After a thread dies (out of memory, say), its file and every later one are hashed here.
            if (slot.job)
                this.queue.unshift(slot.job);
            slot.job = undefined;
            this.fallBack(why);
            this.drainInline();
        };
        worker.on('error', (error) => lost(`a digest worker failed (${error.message})`));
        worker.on('exit', (code) => lost(`a digest worker stopped (exit code ${code})`));
        // After the listeners: adding a 'message' listener refs the worker again.
        worker.unref();
        this.slots.push(slot);
        return slot;
    }
    fallBack(reason) {
        if (!this.unavailable)
            this.options.onFallback?.(`hashing on the main thread: ${reason}`);
        this.unavailable = true;
    }
    drainInline() {
        for (const job of this.queue.splice(0))
            this.inline(job.path).then(job.resolve, job.reject);
    }
    // Files hashed on this thread go one at a time, each in its own turn of the event loop, so that
    // uploads and timers run between them.
    inlineChain = Promise.resolve();
    inline(path) {
        const digest = this.inlineChain
            .then(() => new Promise((resolve) => setImmediate(resolve)))
            .then(() => digestFile(path));
        this.inlineChain = digest.catch(() => undefined);
        return digest;
    }
}

;// CONCATENATED MODULE: ./packages/core/src/hashing/index.ts
/** File digests for uploads: sha256 and BLAKE2b-256 (our WebAssembly module), inline or on worker threads. */




// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./packages/core/src/distfiles/archive/index.ts + 15 modules
var distfiles_archive = __webpack_require__(84165);
// EXTERNAL MODULE: ./packages/core/src/distfiles/filenames/index.ts + 2 modules
var filenames = __webpack_require__(72171);
// EXTERNAL MODULE: ./packages/core/src/distfiles/metadata/index.ts + 7 modules
var metadata = __webpack_require__(45413);
// EXTERNAL MODULE: ./packages/core/src/errors/index.ts
var errors = __webpack_require__(45341);
;// CONCATENATED MODULE: ./packages/core/src/publish/distribution.ts
/**
 * One distribution file as an upload needs it: where it is, what kind, the project and version its
 * name says, and its core metadata (METADATA in a wheel, PKG-INFO in an sdist), read with the same
 * parsers twine-check uses so the form carries exactly what the check saw.
 */






// METADATA / PKG-INFO beyond this is not a real file's (PyPI's description limit is far below).
const MAX_METADATA = 16 * 1024 * 1024;
/**
 * Reads the file's name and metadata. Every problem is a ConfigurationError naming the file and what
 * to do, because it is found before anything is uploaded.
 */
async function readDistribution(path) {
    const filename = (0,external_node_path_.basename)(path);
    const info = await (0,promises_.lstat)(path).catch(() => undefined);
    if (!info) {
        throw new errors/* ConfigurationError */.j1(`${path} does not exist: build the distributions first, or fix the path.`);
    }
    if (!info.isFile()) {
        throw new errors/* ConfigurationError */.j1(`${path} looks like a distribution but is not a regular file (${info.isDirectory() ? 'a directory' : 'a link or special file'}); download-artifact makes directories when given a file pattern — download into packages-dir and upload only files.`);
    }
    const kind = (0,filenames/* distKindOf */.YQ)(filename);
    if (!kind) {
        throw new errors/* ConfigurationError */.j1(`${filename} is not a distribution (PyPI accepts .whl, .tar.gz and .zip): remove it from the directory or point packages-dir elsewhere.`);
    }
    let filenameName;
    let filenameVersion;
    let pyversion;
    if (kind === 'wheel') {
        const parsed = (0,filenames/* parseWheelFilename */.eP)(filename);
        if (!parsed.ok)
            throw new errors/* ConfigurationError */.j1(`${filename}: ${parsed.error}. Rebuild the wheel; never rename it.`);
        filenameName = parsed.wheel.name;
        filenameVersion = parsed.wheel.version;
        // twine/wheel.py: the python tag as the file name writes it.
        pyversion = parsed.wheel.tags.python.join('.');
    }
    else {
        const parsed = (0,filenames/* parseSdistFilename */.sF)(filename);
        if (!parsed.ok)
            throw new errors/* ConfigurationError */.j1(`${filename}: ${parsed.error}. Rebuild the sdist; never rename it.`);
        filenameName = parsed.name;
        filenameVersion = parsed.version;
        pyversion = 'source';
    }
    const bytes = kind === 'wheel' || filename.endsWith('.zip') ? await zipMetadata(path, kind) : await tarMetadata(path);
    if (!bytes) {
        const member = kind === 'wheel' ? '<name>-<version>.dist-info/METADATA' : '<name>-<version>/PKG-INFO';
        throw new errors/* ConfigurationError */.j1(`${filename} has no ${member}: it is not a distribution a build backend wrote. Rebuild it with \`python -m build\`.`);
    }
    return {
        path,
        filename,
        kind,
        size: info.size,
        filenameName,
        filenameVersion,
        pyversion,
        metadata: (0,metadata/* parseCoreMetadata */.Ug)(bytes),
    };
}
async function zipMetadata(path, kind) {
    const opened = await (0,distfiles_archive/* openZip */.QH)(path);
    const archive = opened.archive;
    if (!archive) {
        throw new errors/* ConfigurationError */.j1(`${(0,external_node_path_.basename)(path)} is not a ZIP archive (${opened.findings[0]?.message ?? 'unreadable'}): rebuild it.`);
    }
    try {
        const names = archive.members.filter((m) => !m.isDirectory).map((m) => m.name);
        const wanted = kind === 'wheel'
            ? names.filter((n) => /^[^/]+\.dist-info\/METADATA$/.test(n))
            : names.filter((n) => /^[^/]+\/PKG-INFO$/.test(n));
        // Several candidates (a wheel with two .dist-info): twine refuses too; the check names it.
        if (wanted.length !== 1)
            return undefined;
        return await archive.readMember(wanted[0], MAX_METADATA);
    }
    finally {
        await archive.close();
    }
}
async function tarMetadata(path) {
    const keep = (name) => {
        const parts = name.replace(/\/$/, '').split('/');
        return parts.length === 2 && parts[1] === 'PKG-INFO';
    };
    let listing;
    try {
        listing = await (0,distfiles_archive/* readTarGz */.Jq)(path, keep, MAX_METADATA);
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j1(`${(0,external_node_path_.basename)(path)} cannot be read as a .tar.gz (${String(error)}): rebuild it.`);
    }
    const fatal = listing.findings.find((f) => f.severity === 'error' && !listing.root);
    if (fatal)
        throw new errors/* ConfigurationError */.j1(`${(0,external_node_path_.basename)(path)}: ${fatal.message}`);
    if (!listing.root)
        return undefined;
    return listing.contents.get(`${listing.root}/PKG-INFO`);
}

// EXTERNAL MODULE: ./packages/core/src/http/index.ts + 4 modules
var src_http = __webpack_require__(4997);
// EXTERNAL MODULE: ./packages/core/src/names/index.ts
var names = __webpack_require__(40522);
// EXTERNAL MODULE: ./packages/core/src/package-index/index.ts + 4 modules
var package_index = __webpack_require__(34658);
;// CONCATENATED MODULE: ./packages/core/src/publish/existing.ts
/**
 * Which of the files are already on the index, and with what content: for dry-run's plan and for
 * skip-existing. Warehouse's JSON API gives sha256 and blake2b_256; pypiserver and older Nexus have no
 * JSON API or leave blake2b_256 out, so the simple API (sha256 in the link) is the fallback, and a
 * digest the index does not give is never read as a mismatch (issue 10, item 10).
 */



/** Compares by every digest both sides have; with none in common the file is present but unverified. */
function compareWithIndex(local, indexed) {
    if (!indexed)
        return 'absent';
    const checks = [];
    if (indexed.sha256)
        checks.push(indexed.sha256.toLowerCase() === local.sha256);
    if (indexed.blake2b_256)
        checks.push(indexed.blake2b_256.toLowerCase() === local.blake2_256);
    if (checks.length === 0)
        return 'present-unverified';
    return checks.every(Boolean) ? 'identical' : 'different';
}
/** Asks the index for the files of `project` `version`: the JSON API first, then the simple API. */
async function existingFiles(http, endpoints, project, version) {
    const headers = {};
    if (endpoints.credentials) {
        const { username, password } = endpoints.credentials;
        headers.authorization = `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;
    }
    const name = (0,names/* canonicalizeName */.yt)(project);
    if (endpoints.jsonApiBase) {
        const url = `${endpoints.jsonApiBase}${encodeURIComponent(name)}/${encodeURIComponent(version)}/json`;
        try {
            const answer = await http.getJson(url, { headers });
            if (answer.body && Array.isArray(answer.body.urls)) {
                const files = new Map();
                for (const f of answer.body.urls) {
                    if (typeof f.filename !== 'string')
                        continue;
                    files.set(f.filename, {
                        filename: f.filename,
                        sha256: f.digests?.sha256,
                        blake2b_256: f.digests?.blake2b_256,
                        url: f.url,
                    });
                }
                return { files, source: url };
            }
        }
        catch (error) {
            if (!(0,src_http/* isHttpError */.d)(error))
                throw error;
            // Not every index has the JSON API (and a 404 may only mean "no such release"): ask the simple API.
        }
    }
    try {
        const page = await (0,package_index/* fetchSimpleProject */.Aw)(http, { ...endpoints, name: '', uploadUrl: '', projectUrl: () => '' }, name);
        const files = new Map();
        for (const f of page?.files ?? []) {
            files.set(f.filename, {
                filename: f.filename,
                sha256: f.hashes.sha256,
                blake2b_256: f.hashes.blake2b_256,
                url: f.url,
            });
        }
        return { files, source: `${endpoints.simpleUrl}${name}/` };
    }
    catch (error) {
        if (!(0,src_http/* isHttpError */.d)(error))
            throw error;
        return { source: `neither the JSON API nor the simple API answered (${error.message})` };
    }
}

// EXTERNAL MODULE: ./packages/core/src/distfiles/metadata/validate-core.ts + 1 modules
var validate_core = __webpack_require__(75647);
;// CONCATENATED MODULE: ./packages/core/src/publish/form.ts

// twine's metadata_dictionary order: [form name, RawMetadata key]. Lists become one part per item.
const METADATA_FIELDS = [
    ['metadata_version', 'metadata_version'],
    ['summary', 'summary'],
    ['home_page', 'home_page'],
    ['author', 'author'],
    ['author_email', 'author_email'],
    ['maintainer', 'maintainer'],
    ['maintainer_email', 'maintainer_email'],
    ['license', 'license'],
    ['description', 'description'],
    ['keywords', 'keywords'],
    ['platform', 'platforms'],
    ['classifiers', 'classifiers'],
    ['download_url', 'download_url'],
    ['supported_platform', 'supported_platforms'],
];
const AFTER_DIGEST = [
    ['provides', 'provides'],
    ['requires', 'requires'],
    ['obsoletes', 'obsoletes'],
    ['project_urls', 'project_urls'],
    ['provides_dist', 'provides_dist'],
    ['obsoletes_dist', 'obsoletes_dist'],
    ['requires_dist', 'requires_dist'],
    ['requires_external', 'requires_external'],
    ['requires_python', 'requires_python'],
    ['provides_extra', 'provides_extra'],
    ['description_content_type', 'description_content_type'],
    ['dynamic', 'dynamic'],
    ['license_expression', 'license_expression'],
    ['license_file', 'license_files'],
];
/** twine's `_safe_name`: runs of anything but letters, digits and `.` become `-`. */
function safeName(name) {
    return name.replace(/[^A-Za-z0-9.]+/g, '-');
}
/**
 * The text fields of the upload form for `dist`, in twine's order; the file part follows them.
 * Without `digests`, the digest fields are left out: they follow the file (digestFields), hashed
 * while it is sent.
 */
function uploadFormFields(dist, digests, extras = {}) {
    // License-File is left out below Metadata 2.4, as twine does (twine #1217).
    const { raw } = (0,validate_core/* asTwineSendsIt */.Sq)(dist.metadata);
    const fields = [];
    fields.push(['name', safeName(raw.name ?? '')]);
    fields.push(['version', raw.version ?? '']);
    fields.push(['filetype', dist.kind === 'wheel' ? 'bdist_wheel' : 'sdist']);
    fields.push(['pyversion', dist.pyversion]);
    for (const [name, key] of METADATA_FIELDS)
        addValue(fields, name, raw[key]);
    if (extras.comment !== undefined)
        fields.push(['comment', extras.comment]);
    if (digests)
        fields.push(['sha256_digest', digests.sha256]);
    for (const [name, key] of AFTER_DIGEST)
        addValue(fields, name, raw[key]);
    if (extras.attestations !== undefined)
        fields.push(['attestations', JSON.stringify(extras.attestations)]);
    if (digests)
        fields.push(['blake2_256_digest', digests.blake2_256]);
    fields.push([':action', 'file_upload']);
    fields.push(['protocol_version', '1']);
    return fields;
}
// `UNKNOWN` is what old setuptools wrote for "not given" in single-use fields; Warehouse drops it
// (decorators.py sanitize) and twine's pkginfo never sent it there, so neither do we (pypi-publish.md
// §7). In multi-use fields (Platform: UNKNOWN) twine sends it, and so do we.
const UNKNOWN = 'UNKNOWN';
/** The digest fields as they follow the file: names, and values once the file has been hashed. */
function digestFields(digests) {
    return [
        ['sha256_digest', digests.sha256],
        ['blake2_256_digest', digests.blake2_256],
    ];
}
function addValue(fields, name, value) {
    if (value === undefined)
        return;
    if (typeof value === 'string') {
        if (value !== UNKNOWN)
            fields.push([name, value]);
    }
    else if (value instanceof Map) {
        for (const [label, url] of value)
            fields.push([name, `${label}, ${url}`]);
    }
    else if (name === 'keywords')
        fields.push([name, value.join(', ')]);
    else
        for (const item of value)
            fields.push([name, item]);
}

;// CONCATENATED MODULE: ./packages/core/src/publish/multipart.ts
/**
 * A multipart/form-data body (RFC 7578) streamed from disk: the text fields, the file, read in chunks
 * as the connection takes them, then optional trailing fields whose values may be known only once the
 * file has gone by (its digests, hashed on other threads while it is sent). Memory stays constant
 * whatever the file's size, and the length is known before the first byte, so the request carries
 * Content-Length as twine's does. Indexes parse the whole form before reading any field (Warehouse,
 * pypiserver, devpi, Nexus, Artifactory), so where the digests sit does not matter to them.
 */


/**
 * The body could not be produced (the file changed or vanished, its digests failed): the upload must
 * stop with this message rather than be retried as if the connection had failed.
 */
class BodySourceError extends Error {
}
// The file is read into a ring of RING buffers of CHUNK bytes, reused, so memory stays flat however
// large the file: a consumer must be done with a chunk (written to the kernel) before it asks for the
// chunk RING places later. Fresh buffers per chunk would leave garbage the collector frees only in
// bursts (measured: +80 MB of RSS for a 1 GiB file).
/** Bytes per file chunk. */
const CHUNK = 512 * 1024;
/** How many file chunks may be in flight at once (see chunks()). */
const RING = 4;
// urllib3's HTML5 rule for names in Content-Disposition: quote, backslash and newlines escaped.
function quoted(text) {
    return text.replace(/[\n\r"\\]/g, (ch) => ({ '\n': '%0A', '\r': '%0D', '"': '%22', '\\': '\\\\' })[ch]);
}
function textParts(fields, mark) {
    return fields
        .map(([name, value]) => `--${mark}\r\nContent-Disposition: form-data; name="${quoted(name)}"\r\n\r\n${value}\r\n`)
        .join('');
}
/** The form as one multipart body; `boundary` is random unless given (tests). */
function multipartBody(fields, file, boundary, trailer) {
    const mark = boundary ?? `otai${(0,external_node_crypto_.randomBytes)(16).toString('hex')}`;
    const head = Buffer.from(`${textParts(fields, mark)}--${mark}\r\nContent-Disposition: form-data; name="content"; filename="${quoted(file.filename)}"\r\nContent-Type: application/octet-stream\r\n\r\n`);
    const tailFor = (extra) => Buffer.from(`\r\n${textParts(extra, mark)}--${mark}--\r\n`);
    const tailLength = tailFor(trailer?.template ?? []).length;
    const body = {
        contentType: `multipart/form-data; boundary=${mark}`,
        length: head.length + file.size + tailLength,
        async *chunks(hooks = {}) {
            yield head;
            let sent = 0;
            const ring = Array.from({ length: RING }, () => Buffer.allocUnsafe(CHUNK));
            // Synchronous reads: a 512 KiB read from the page cache takes well under a millisecond, and the
            // thread-pool round trip of an async read cost more CPU than the read itself (measured: 0.35 s
            // of libuv threads for 1 GiB, the run 8% slower), CPU the hashing threads need.
            const unreadable = (error) => new BodySourceError(`${file.filename} could not be read: ${error.message}`);
            let fd;
            try {
                fd = (0,external_node_fs_.openSync)(file.path, 'r');
            }
            catch (error) {
                throw unreadable(error);
            }
            try {
                for (let slot = 0;; slot = (slot + 1) % RING) {
                    let bytesRead;
                    try {
                        bytesRead = (0,external_node_fs_.readSync)(fd, ring[slot], 0, CHUNK, sent);
                    }
                    catch (error) {
                        throw unreadable(error);
                    }
                    if (bytesRead === 0)
                        break;
                    const bytes = ring[slot].subarray(0, bytesRead);
                    sent += bytesRead;
                    if (sent > file.size)
                        break;
                    yield bytes;
                    hooks.onFileBytes?.(sent);
                }
            }
            finally {
                (0,external_node_fs_.closeSync)(fd);
            }
            if (sent !== file.size) {
                throw new BodySourceError(`${file.filename} changed while it was being uploaded (${sent} bytes read, ${file.size} expected): do not modify the distributions during the upload.`);
            }
            let extra = [];
            try {
                if (trailer)
                    extra = await trailer.values();
            }
            catch (error) {
                throw error instanceof BodySourceError
                    ? error
                    : new BodySourceError(error instanceof Error ? error.message : String(error));
            }
            const tail = tailFor(extra);
            if (tail.length !== tailLength)
                throw new Error('a trailing form field does not have the length announced');
            yield tail;
        },
    };
    return body;
}

// EXTERNAL MODULE: ./packages/core/src/pep440/index.ts + 5 modules
var pep440 = __webpack_require__(65095);
;// CONCATENATED MODULE: ./packages/core/src/publish/plan.ts
/**
 * Everything about a set of distributions that can be checked before the first byte is sent, and the
 * order they go in: wheels before the sdist (the first file of a version creates the release, and
 * twine sends wheels first), and a project's files after those of the projects it requires, so a
 * plugin never appears on the index before the core it needs.
 */




// A PEP 508 requirement starts with the project name.
const REQUIREMENT_NAME = /^\s*([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)/;
/** Reads every file and checks them together; all problems are reported at once in one ConfigurationError. */
async function planUpload(paths) {
    if (paths.length === 0) {
        throw new errors/* ConfigurationError */.j1('There are no distributions to upload: build them first (python -m build) into packages-dir.');
    }
    const problems = [];
    const dists = [];
    for (const path of paths) {
        try {
            dists.push(await readDistribution(path));
        }
        catch (error) {
            if (!(error instanceof errors/* ConfigurationError */.j1))
                throw error;
            problems.push(error.message);
        }
    }
    const byProject = new Map();
    for (const dist of dists) {
        const { name, version } = dist.metadata.raw;
        if (!name || !version) {
            problems.push(`${dist.filename}: its metadata has no ${name ? 'Version' : 'Name'}; rebuild it with a current build backend.`);
            continue;
        }
        if ((0,names/* canonicalizeName */.yt)(name) !== (0,names/* canonicalizeName */.yt)(dist.filenameName)) {
            problems.push(`${dist.filename}: the file name says project '${dist.filenameName}' but its metadata says '${name}'; rebuild it, never rename distribution files.`);
        }
        const parsed = (0,pep440/* tryParseVersion */.z0)(version);
        if (!parsed) {
            problems.push(`${dist.filename}: Version '${version}' in its metadata is not a PEP 440 version; fix the version and rebuild.`);
            continue;
        }
        if ((0,pep440/* canonicalizeVersion */.xz)(version) !== (0,pep440/* canonicalizeVersion */.xz)(dist.filenameVersion)) {
            problems.push(`${dist.filename}: the file name says version ${dist.filenameVersion} but its metadata says ${version}; rebuild it, never rename distribution files.`);
        }
        if ((0,pep440/* hasLocal */.cM)(parsed)) {
            problems.push(`${dist.filename}: version ${version} has a local part (+…), which PyPI and most indexes refuse; build from a clean checkout of the release tag (setuptools-scm adds +g<hash> to dirty or untagged trees).`);
        }
        const key = (0,names/* canonicalizeName */.yt)(name);
        const entry = byProject.get(key);
        if (!entry)
            byProject.set(key, { name, version, dists: [dist] });
        else {
            if ((0,pep440/* canonicalizeVersion */.xz)(entry.version) !== (0,pep440/* canonicalizeVersion */.xz)(version)) {
                problems.push(`${name}: the files disagree on the version (${entry.dists[0].filename} is ${entry.version}, ${dist.filename} is ${version}); upload one version per project — remove stale files from packages-dir (a leftover dist/ from an earlier build is the usual cause).`);
            }
            entry.dists.push(dist);
        }
    }
    for (const { name, version, dists: files } of byProject.values()) {
        const sdists = files.filter((d) => d.kind === 'sdist');
        if (sdists.length > 1) {
            problems.push(`${name} ${version}: ${sdists.map((d) => d.filename).join(' and ')} are two sdists, and an index takes only one per release ("Only one sdist may be uploaded per release."); keep the .tar.gz.`);
        }
    }
    if (problems.length > 0) {
        throw new errors/* ConfigurationError */.j1(`Nothing was uploaded: ${problems.length === 1 ? 'a distribution has a problem' : `${problems.length} problems in the distributions`}:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    }
    return orderFiles(byProject);
}
function orderFiles(byProject) {
    const notes = [];
    // Edges between the projects being uploaded: a project's requirements that are among them.
    const requires = new Map();
    for (const [key, { dists }] of byProject) {
        const deps = new Set();
        for (const dist of dists) {
            for (const req of dist.metadata.raw.requires_dist ?? []) {
                const dep = REQUIREMENT_NAME.exec(req)?.[1];
                if (dep && (0,names/* canonicalizeName */.yt)(dep) !== key && byProject.has((0,names/* canonicalizeName */.yt)(dep)))
                    deps.add((0,names/* canonicalizeName */.yt)(dep));
            }
        }
        requires.set(key, deps);
    }
    const order = [];
    const state = new Map();
    const visit = (key, path) => {
        if (state.get(key) === 'done')
            return;
        if (state.get(key) === 'visiting') {
            notes.push(`${[...path, key].join(' → ')} require each other; they are uploaded in name order.`);
            return;
        }
        state.set(key, 'visiting');
        for (const dep of [...requires.get(key)].sort())
            visit(dep, [...path, key]);
        state.set(key, 'done');
        order.push(key);
    };
    for (const key of [...byProject.keys()].sort())
        visit(key, []);
    const files = [];
    const indexesOf = new Map();
    for (const key of order) {
        const { name, version, dists } = byProject.get(key);
        const sorted = [...dists].sort((a, b) => Number(a.kind === 'sdist') - Number(b.kind === 'sdist') || (a.filename < b.filename ? -1 : 1));
        const before = [...requires.get(key)].flatMap((dep) => indexesOf.get(dep) ?? []);
        const wheels = [];
        const mine = [];
        for (const dist of sorted) {
            const index = files.length;
            files.push({
                dist,
                project: name,
                version,
                after: dist.kind === 'sdist' ? [...before, ...wheels] : [...before],
            });
            if (dist.kind === 'wheel')
                wheels.push(index);
            mine.push(index);
        }
        indexesOf.set(key, mine);
    }
    return { files, projects: order.map((k) => byProject.get(k).name), notes };
}

;// CONCATENATED MODULE: ./packages/core/src/publish/progress.ts
/** `12.3 MiB`, `512 B`: sizes as people read them. */
function sizeText(bytes) {
    if (bytes < 1024)
        return `${bytes} B`;
    const units = ['KiB', 'MiB', 'GiB', 'TiB'];
    let value = bytes / 1024;
    let unit = 0;
    while (value >= 1024 && unit < units.length - 1) {
        value /= 1024;
        unit++;
    }
    return `${value.toFixed(1)} ${units[unit]}`;
}
/** `85.2 MiB/s`. */
function rateText(bytes, ms) {
    return `${sizeText(ms > 0 ? Math.round((bytes * 1000) / ms) : bytes)}/s`;
}
/** A progress reporter for `filename` of `total` bytes, logging through `logger`. */
function fileProgress(logger, filename, total, options = {}) {
    const now = options.now ?? Date.now;
    const interval = options.intervalMs ?? 5000;
    const started = now();
    let last = started;
    let bytes = 0;
    return {
        sent(n) {
            bytes = n;
            const t = now();
            if (t - last < interval || n >= total)
                return;
            last = t;
            const percent = total > 0 ? Math.floor((n * 100) / total) : 100;
            logger.info(`${filename}: ${sizeText(n)} of ${sizeText(total)} (${percent}%) at ${rateText(n, t - started)}`);
        },
        get state() {
            return { bytes, elapsedMs: now() - started };
        },
    };
}

// EXTERNAL MODULE: ./packages/core/src/concurrency/run-limited.ts
var run_limited = __webpack_require__(97211);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(44708);
;// CONCATENATED MODULE: ./packages/core/src/publish/responses.ts
/**
 * What an index's answer to one upload means (pypi-publish.md §3.4, §3.5, §6). Warehouse puts its
 * message in the HTTP reason phrase and repeats it in the HTML body's <title>; other indexes answer
 * duplicates in their own ways. Each known refusal gets a hint saying what to do about it.
 */
// Standard reason phrases, so a custom one (Warehouse's message) can be told apart.
const STANDARD = new Set([
    'OK',
    'Created',
    'Bad Request',
    'Unauthorized',
    'Forbidden',
    'Not Found',
    'Method Not Allowed',
    'Conflict',
    'Gone',
    'Payload Too Large',
    'Request Entity Too Large',
    'Content Too Large',
    'Too Many Requests',
    'Internal Server Error',
    'Bad Gateway',
    'Service Unavailable',
    'Gateway Timeout',
    'Permanent Redirect',
    'Temporary Redirect',
    'Moved Permanently',
    'Found',
    'See Other',
    'Unprocessable Entity',
    'Length Required',
]);
// Duplicate answers (pypi-publish.md §3.5): twine's current rules plus the ones twine 6.2 dropped.
const DUPLICATE_PATTERNS = [
    { status: 400, pattern: /already exist/i }, // PyPI, TestPyPI, GCP Artifact Registry
    { status: 400, pattern: /updating asset/i }, // Nexus: "Repository does not allow updating assets"
    { status: 403, pattern: /overwrite artifact/i }, // Artifactory: "Not enough permissions to delete/overwrite artifact"
    { status: 400, pattern: /already been taken/i }, // GitLab
];
/** Classifies an answer to an upload. */
function classifyUpload(answer) {
    const { status } = answer;
    if (status >= 200 && status <= 299) {
        const warnings = answer.body
            .split('\n')
            .map((l) => l.trim())
            .filter((l) => l !== '' && !/^<|^OK$/i.test(l));
        return { kind: 'uploaded', warnings };
    }
    const message = answerMessage(answer);
    if (status === 429 || (status >= 500 && status <= 599))
        return { kind: 'retry', message };
    if (status === 409)
        return { kind: 'exists', message };
    const text = `${answer.statusText}\n${answer.body}`;
    if (DUPLICATE_PATTERNS.some((d) => d.status === status && d.pattern.test(text)))
        return { kind: 'exists', message };
    return { kind: 'refused', message, hint: hintFor(status, message), auth: status === 401 || status === 403 };
}
/** The index's own words: a custom reason phrase, else the HTML <title>/<h1>, else the body's start. */
function answerMessage(answer) {
    const reason = answer.statusText.trim();
    if (reason !== '' && !STANDARD.has(reason))
        return `${answer.status} ${reason}`;
    const title = /<title>([\s\S]*?)<\/title>/i.exec(answer.body)?.[1] ?? /<h1>([\s\S]*?)<\/h1>/i.exec(answer.body)?.[1];
    if (title?.trim()) {
        const text = decodeEntities(title.trim());
        return /^\d{3}\b/.test(text) ? text : `${answer.status} ${text}`;
    }
    const first = answer.body.trim().split('\n')[0]?.trim() ?? '';
    if (first !== '')
        return `${answer.status} ${reason || 'error'}: ${first.slice(0, 500)}`;
    return `${answer.status}${reason ? ` ${reason}` : ''}`;
}
function decodeEntities(text) {
    return text
        .replace(/&#(\d+);/g, (_m, n) => String.fromCharCode(Number(n)))
        .replace(/&quot;/g, '"')
        .replace(/&apos;/g, "'")
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&amp;/g, '&');
}
// Warehouse's messages (pypi-publish.md §6) → what the user does about them.
const HINTS = [
    [
        /previously used by a file that has since been deleted/i,
        'PyPI never accepts a deleted file name again: release a new version (a post-release such as 1.0.0.post1 works).',
    ],
    [
        /Only one sdist may be uploaded per release/i,
        'this version already has an sdist on the index (perhaps a .zip, or one built under another name): upload only one sdist per version, or release a new version.',
    ],
    [
        /older than 14 days/i,
        'PyPI no longer adds files to releases older than 14 days: publish the missing files with a new version.',
    ],
    [
        /Invalid or non-existent authentication information/i,
        "the token is wrong, expired, revoked, or for another index (a TestPyPI token does not work on PyPI). Check the secret's name and value (no spaces or newlines); with user __token__ the password is the whole `pypi-…` token. For trusted publishing, leave password empty.",
    ],
    [
        /given token isn't allowed to upload to project/i,
        "the trusted publisher (or project-scoped token) belongs to another project: on the index's project settings, add a publisher for this project, or check that the distribution's name is the project you mean.",
    ],
    [
        /isn't allowed to upload to project/i,
        "this account has no upload rights on the project: ask an owner to add it as a maintainer, or use the project's own token (per-package tokens: run the action once per package with its packages-dir and password).",
    ],
    [
        /Non-user identities cannot create new projects/i,
        "the pending publisher's project name differs from the distribution's Name: fix the pending publisher's name on the index, or the project name in pyproject.toml.",
    ],
    [/Read-only mode/i, 'the index is in maintenance: run the job again later with skip-existing: true.'],
    [
        /is not a valid classifier|classifier .* has been deprecated/i,
        'fix `classifiers` in pyproject.toml (twine-check lists the valid ones), rebuild, and upload again.',
    ],
    [
        /is not a valid metadata version/i,
        'the build backend wrote a Metadata-Version the index does not accept: use a build backend release that writes 2.4 or earlier, or an index that accepts it.',
    ],
    [
        /use of local versions/i,
        'indexes refuse local versions (`+…`): build from a clean tag so the version has no local part (setuptools-scm: a clean checkout of the tag).',
    ],
    [
        /description failed to render/i,
        'the README does not render: run twine-check (verify-metadata: true) to see the error, fix the README, rebuild.',
    ],
    [
        /File too large/i,
        'shrink the file (leave tests, data and debug symbols out) or ask the index for a larger limit (https://docs.pypi.org/project-management/storage-limits).',
    ],
    [
        /Project size too large/i,
        'delete old releases you no longer need, or ask the index for a larger project limit.',
    ],
    [
        /digest supplied does not match/i,
        'the file changed on the way (a proxy rewriting bodies, or a file modified during the upload): upload again from a clean build.',
    ],
    [
        /Invalid attestations supplied/i,
        'PEP 740 attestations from reusable workflows or private Sigstore instances do not verify on PyPI: set attestations: false, or publish from the workflow file the trusted publisher names.',
    ],
    [
        /Attestations are only supported when using Trusted Publishing/i,
        'attestations need trusted publishing: leave password empty, or set attestations: false.',
    ],
    [
        /unsupported platform tag/i,
        'PyPI accepts only portable platform tags: repair Linux wheels with auditwheel (manylinux/musllinux) or build with cibuildwheel.',
    ],
    [
        /Start filename for|should contain the normalized project name|is invalid, should be|Version in filename should be|Invalid (source distribution|wheel) filename/i,
        'the file name does not match its metadata: rebuild with a current build backend and never rename distribution files.',
    ],
    [
        /Invalid distribution file|not a zipfile|PKG-INFO not found|WHEEL not found|does not contain the required/i,
        'the archive is not what a build backend writes: rebuild it and run twine-check (verify-metadata: true) first.',
    ],
    [
        /Can't have direct dependency/i,
        'indexes refuse dependencies given as URLs (`pkg @ https://…`): depend on a released version instead.',
    ],
    [
        /must be 512 characters or less/i,
        'shorten `description` (the summary) in pyproject.toml to one line of at most 512 characters.',
    ],
    [
        /License is deprecated when License-Expression is present/i,
        'remove the old `License` field (`license = {text/file = …}` or a License classifier) and keep only the SPDX `license` expression.',
    ],
    [
        /upload was attempted to \/legacy/i,
        'the upload URL must end with a slash: use https://upload.pypi.org/legacy/.',
    ],
];
/** The fix for a refusal, when the message (or the status) says which one. */
function hintFor(status, message) {
    const known = HINTS.find(([pattern]) => pattern.test(message))?.[1];
    if (known)
        return known;
    switch (status) {
        case 401:
        case 403:
            return "the index refused the credentials: check the token secret (name and value) and that it is for this index; with trusted publishing, check the publisher's repository, workflow file and environment on the index.";
        case 404:
        case 405:
            return 'the upload URL is wrong for this index: PyPI and TestPyPI take uploads at /legacy/, pypiserver at its root /, Nexus at /repository/<name>/, Artifactory at /artifactory/api/pypi/<repo>/, devpi at /<user>/<index>/ — not the simple URL.';
        case 301:
        case 302:
        case 303:
        case 307:
        case 308:
            return 'the index redirected the upload, which twine never follows either: set repository-url to the address it redirects to.';
        case 413:
            return 'a proxy in front of the index refused the file size: raise its body limit (nginx client_max_body_size) or upload a smaller file.';
        default:
            return undefined;
    }
}

;// CONCATENATED MODULE: ./packages/core/src/publish/upload.ts
/**
 * One file's upload: POST the form to the index, read the answer, and try again when the index says
 * "not now" (429, 5xx) or the connection failed or stalled — never for any other 4xx. Credentials
 * are asked for before each attempt, so a trusted-publishing source can mint a fresh token during a
 * long release. The request goes through node:http(s) with backpressure: the file is read only as fast
 * as the connection takes it, and the reason phrase (Warehouse's message) comes with the answer.
 */






const defaultSleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/** Keep-alive connections for `url`, at most `sockets` at once; destroy() it when the run ends. */
function uploadAgent(url, sockets) {
    const options = { keepAlive: true, maxSockets: sockets };
    return new URL(url).protocol === 'https:' ? new external_node_https_.Agent(options) : new external_node_http_.Agent(options);
}
/** Uploads one file; returns how it ended (it throws only for our own bugs). */
async function uploadFile(request, credentials, transport, logger) {
    const retries = transport.retries ?? 5;
    const sleep = transport.sleep ?? defaultSleep;
    const random = transport.random ?? Math.random;
    let uncertain = false;
    let reauthenticated = false;
    for (let attempt = 1;; attempt++) {
        const creds = await credentials.get();
        const outcome = await attemptUpload(request, (0,src_http/* basicAuthorization */.aR)(creds.username, creds.password), transport, logger);
        let wait;
        let why;
        if ('verdict' in outcome) {
            const { verdict } = outcome;
            if (verdict.kind === 'refused' &&
                verdict.auth &&
                credentials.kind === 'trusted-publishing' &&
                !reauthenticated) {
                // A minted token can expire between get() and the index checking it; one fresh token settles it.
                reauthenticated = true;
                logger.info(`${request.filename}: the index refused the trusted-publishing token (${verdict.message}); trying once more with a fresh one.`);
                attempt--;
                continue;
            }
            if (verdict.kind !== 'retry' || attempt > retries)
                return { ...verdict, attempts: attempt, uncertain };
            why = verdict.message;
            const asked = (0,src_http/* parseRetryAfter */.mu)(outcome.retryAfter);
            if (asked !== undefined)
                wait = Math.min(asked, transport.maxRetryAfterMs ?? 60_000);
            // A 5xx may come after the index stored the file (a proxy timing out, say).
            uncertain ||= outcome.status >= 500;
        }
        else {
            uncertain = true;
            why = outcome.failure;
            if (attempt > retries)
                return { kind: 'retry', message: outcome.failure, attempts: attempt, uncertain };
        }
        // Jitter: half the backoff fixed, half random, so parallel uploads do not retry in lockstep.
        const base = (0,src_http/* backoffDelay */.EY)(attempt, transport.backoffMs ?? 1000, transport.maxBackoffMs ?? 30_000);
        wait ??= Math.round(base / 2 + (base / 2) * random());
        logger.warning(`${request.filename}: ${why}; retrying in ${(0,src_http/* secondsText */.Hd)(wait)} (attempt ${attempt + 1} of ${retries + 1}).`);
        await sleep(wait);
    }
}
class Stalled extends Error {
    constructor(ms) {
        super(`the upload stalled (no progress for ${(0,src_http/* secondsText */.Hd)(ms)})`);
    }
}
async function attemptUpload(request, authorization, transport, logger) {
    const url = new URL(transport.url);
    const stallMs = transport.stallTimeoutMs ?? 120_000;
    const progress = fileProgress(logger, request.filename, request.size, transport.progress);
    const send = url.protocol === 'https:' ? external_node_https_.request : external_node_http_.request;
    const req = send(url, {
        method: 'POST',
        agent: transport.agent,
        headers: {
            authorization,
            'content-type': request.body.contentType,
            'content-length': String(request.body.length),
            'user-agent': transport.userAgent ?? `otai-release node/${process.versions.node}`,
        },
    });
    // Idle time on the socket, either way: a stalled send and a missing answer both end the attempt.
    let stalled = false;
    req.setTimeout(stallMs, () => {
        stalled = true;
        req.destroy(new Stalled(stallMs));
    });
    const answered = new Promise((resolve, reject) => {
        req.on('response', (response) => {
            const parts = [];
            response.on('data', (chunk) => parts.push(chunk));
            response.on('end', () => resolve({ response, body: Buffer.concat(parts).toString('utf8') }));
            response.on('error', reject);
        });
        req.on('error', reject);
    });
    const writer = writeBody(req, request.body, { onFileBytes: (n) => progress.sent(n) });
    const sent = writer.done;
    try {
        // An index may answer before the body is complete (a refusal from a proxy): the answer decides.
        const { response, body: text } = await Promise.race([answered, sent.then(() => answered)]);
        if (!req.writableFinished)
            req.destroy();
        writer.stop();
        await sent.catch(() => undefined);
        const verdict = classifyUpload({
            status: response.statusCode ?? 0,
            statusText: response.statusMessage ?? '',
            body: text,
        });
        const { bytes, elapsedMs } = progress.state;
        if (verdict.kind === 'uploaded') {
            logger.debug(`${request.filename}: ${sizeText(request.size)} sent at ${rateText(bytes, elapsedMs)}`);
        }
        const retryAfter = response.headers['retry-after'];
        return {
            verdict,
            status: response.statusCode ?? 0,
            retryAfter: typeof retryAfter === 'string' ? retryAfter : null,
        };
    }
    catch (error) {
        req.destroy();
        writer.stop();
        await sent.catch(() => undefined);
        answered.catch(() => undefined);
        if (stalled)
            return { failure: new Stalled(stallMs).message };
        if (error instanceof BodySourceError)
            throw error;
        const e = error;
        if (e.code === 'ERR_STREAM_DESTROYED' && stalled)
            return { failure: new Stalled(stallMs).message };
        return { failure: `the connection failed (${e.code ?? e.message ?? String(error)})` };
    }
}
/**
 * Writes the body with backpressure: a chunk's buffer is reused RING chunks later, so before asking
 * for the next chunk this waits until at most RING - 1 written chunks are still on their way to the
 * kernel (a write's callback says its bytes left the process). Once the attempt is over (an answer, a
 * failure) stop() ends the loop, so it never reads on behind the next attempt.
 */
function writeBody(req, body, hooks) {
    let stopped = false;
    const waiting = new Set();
    const wait = (start) => new Promise((resolve, reject) => {
        if (stopped)
            return reject(new Error('the upload attempt is over'));
        waiting.add(reject);
        start(() => {
            waiting.delete(reject);
            resolve();
        }, (error) => {
            waiting.delete(reject);
            reject(error);
        });
    });
    const run = async () => {
        const inFlight = [];
        try {
            for await (const chunk of body.chunks(hooks)) {
                if (stopped || req.destroyed)
                    throw new Error('the upload attempt is over');
                inFlight.push(wait((resolve, reject) => req.write(chunk, (error) => (error ? reject(error) : resolve()))));
                while (inFlight.length >= RING)
                    await inFlight.shift();
            }
            await Promise.all(inFlight);
            await wait((resolve) => req.end(resolve));
        }
        finally {
            // Rejections of writes nobody awaits any more are expected once the attempt is over.
            for (const pending of inFlight)
                pending.catch(() => undefined);
        }
    };
    const done = run();
    done.catch(() => undefined);
    return {
        done,
        stop() {
            stopped = true;
            for (const reject of [...waiting])
                reject(new Error('the upload attempt is over'));
        },
    };
}

;// CONCATENATED MODULE: ./packages/core/src/publish/publish.ts
/**
 * Publishing a set of distributions: plan and check them all, then upload up to `concurrency` at a
 * time in the planned order, deciding per file from the index's answer. A failure stops new files
 * from starting (files already on their way finish), and the report says what is on the index and
 * what is not, so a rerun with skip-existing completes the rest.
 */









/** Publishes; throws ConfigurationError for problems found before anything was sent. */
async function publishDistributions(options, deps) {
    const { logger } = deps;
    // Hashing is the costliest part of an upload: it runs on worker threads, one file per core, while
    // the main thread sends. The threads start now, while the files are being checked.
    const hashes = new DigestWorkers({
        threads: Math.min((0,external_node_os_.availableParallelism)(), options.paths.length),
        onFallback: (reason) => logger.info(reason),
    });
    hashes.start();
    try {
        return await publishWith(hashes, options, deps);
    }
    finally {
        await hashes.close();
    }
}
async function publishWith(hashes, options, deps) {
    const { logger } = deps;
    const plan = await planUpload(options.paths);
    for (const note of plan.notes)
        logger.warning(note);
    logger.info(`${options.dryRun ? 'Would upload' : 'Uploading'} ${plan.files.length} file(s) of ${plan.projects.join(', ')} to ${options.uploadUrl}: ${plan.files.map((f) => f.dist.filename).join(', ')}`);
    const reports = plan.files.map((f) => ({
        filename: f.dist.filename,
        path: f.dist.path,
        project: f.project,
        version: f.version,
        kind: f.dist.kind,
        size: f.dist.size,
        status: 'not-attempted',
    }));
    if (options.verifyAuth) {
        await deps.credentials.get();
        logger.info(deps.credentials.kind === 'trusted-publishing'
            ? 'verify-auth: the index minted an upload token for this workflow, so trusted publishing is configured.'
            : 'verify-auth: a token was given; only an upload can prove it (indexes have no endpoint to test one).');
    }
    // Answers about what a release already holds, shared by its files.
    const existing = perRelease((file) => existingFiles(deps.http, options.index, file.project, file.version));
    // With attestations, every file is hashed and signed before the first upload: a signing failure
    // must not leave half a release on the index.
    const digests = new Map();
    const attestations = new Map();
    const recordDigests = (i, d) => {
        digests.set(i, d);
        reports[i].sha256 = d.sha256;
        reports[i].blake2_256 = d.blake2_256;
        if (options.printHash) {
            logger.info(`${plan.files[i].dist.filename}: sha256 ${d.sha256}, BLAKE2b-256 ${d.blake2_256}, ${sizeText(d.size)}`);
        }
        return d;
    };
    const hashing = new Map();
    const digestOf = (i) => {
        let digest = hashing.get(i);
        if (!digest) {
            digest = hashes.digest(plan.files[i].dist.path).then((d) => recordDigests(i, d));
            // Awaited later, or never when an earlier failure stops the run.
            digest.catch(() => undefined);
            hashing.set(i, digest);
        }
        return digest;
    };
    if (options.attest && !options.dryRun) {
        await logger.group('Signing PEP 740 attestations', async () => {
            for (let i = 0; i < plan.files.length; i++) {
                const d = await digestOf(i);
                attestations.set(i, await options.attest({ filename: plan.files[i].dist.filename, sha256: d.sha256 }));
                logger.info(`${plan.files[i].dist.filename}: attestation signed`);
            }
        });
    }
    if (options.dryRun) {
        await runPool(plan.files, options.concurrency, async (file, i) => {
            const d = await digestOf(i);
            const found = await existing.get(file);
            const report = reports[i];
            if (!found.files) {
                report.status = 'would-upload';
                report.message = `could not ask the index which files exist: ${found.source}`;
                return true;
            }
            const indexed = found.files.get(file.dist.filename);
            report.url = indexed?.url;
            const comparison = compareWithIndex(d, indexed);
            dryRunStatus(report, comparison, options.skipExisting);
            return true;
        });
        return { uploadUrl: options.uploadUrl, dryRun: true, files: reports, notes: plan.notes };
    }
    const agent = uploadAgent(options.uploadUrl, options.concurrency);
    // Every file is queued for hashing now, in upload order, so the workers run ahead of the sends.
    for (let i = 0; i < plan.files.length; i++)
        if (!digests.has(i))
            void digestOf(i);
    const transport = { agent, ...deps.transport, url: options.uploadUrl };
    // A release's file URLs are asked for as soon as all its files are on the index, while the others
    // upload: the answers are ready at the end.
    // Never fails: without an answer the report gives the release page.
    const listed = perRelease((file) => existingFiles(deps.http, options.index, file.project, file.version).catch(() => ({ source: '' })));
    const lookUpWhenDone = (file) => {
        const done = plan.files.every((f, j) => !sameRelease(f, file) || ON_INDEX.includes(reports[j].status));
        if (done)
            void listed.get(file);
    };
    const uploadOne = async (file, i) => {
        const report = reports[i];
        try {
            if (options.skipExisting) {
                const found = await existing.get(file);
                const indexed = found.files?.get(file.dist.filename);
                // Hashed first only when the index lists the name; otherwise hashing happens while sending.
                const comparison = indexed ? compareWithIndex(await digestOf(i), indexed) : 'absent';
                if (comparison !== 'absent') {
                    report.status = comparison === 'identical' ? 'identical' : 'skipped';
                    report.url = found.files?.get(file.dist.filename)?.url;
                    report.message =
                        comparison === 'identical'
                            ? 'already on the index with the same content'
                            : `already on the index (${comparison === 'different' ? 'with different content' : 'content not comparable'}); skipped`;
                    logger.info(`${file.dist.filename}: ${report.message}.`);
                    return true;
                }
            }
            const attestation = attestations.get(i);
            const extras = attestation ? { attestations: [attestation] } : {};
            // Digests known already (signed, or compared with the index) go where twine puts them; otherwise
            // they follow the file, so sending starts while a worker is still hashing.
            const known = digests.get(i);
            const fields = uploadFormFields(file.dist, known, extras);
            if (options.verbose)
                logFields(logger, file.dist.filename, fields);
            const trailer = known
                ? undefined
                : {
                    template: digestFields({ sha256: '0'.repeat(64), blake2_256: '0'.repeat(64) }),
                    values: async () => {
                        const d = await digestOf(i);
                        if (d.size !== file.dist.size) {
                            throw new Error(`${file.dist.filename} changed while it was being uploaded (${d.size} bytes hashed, ${file.dist.size} expected): do not modify the distributions during the upload.`);
                        }
                        return digestFields(d);
                    },
                };
            const body = multipartBody(fields, { path: file.dist.path, filename: file.dist.filename, size: file.dist.size }, undefined, trailer);
            logger.info(`Uploading ${file.dist.filename} (${sizeText(file.dist.size)})`);
            const result = await uploadFile({
                filename: file.dist.filename,
                size: file.dist.size,
                body,
            }, deps.credentials, transport, logger);
            const d = known ?? (await digestOf(i));
            report.attempts = result.attempts;
            switch (result.kind) {
                case 'uploaded':
                    report.status = 'uploaded';
                    for (const w of result.warnings)
                        logger.warning(`${file.dist.filename}: the index says: ${w}`);
                    logger.info(`${file.dist.filename}: uploaded${result.attempts > 1 ? ` (after ${result.attempts} attempts)` : ''}.`);
                    return true;
                case 'exists': {
                    existing.forget(file);
                    const found = await existing.get(file);
                    const comparison = compareWithIndex(d, found.files?.get(file.dist.filename));
                    report.url = found.files?.get(file.dist.filename)?.url;
                    if (comparison === 'identical') {
                        report.status = 'identical';
                        report.message = result.uncertain
                            ? 'stored by an earlier attempt whose answer was lost (the index has the same content)'
                            : 'already on the index with the same content';
                        logger.info(`${file.dist.filename}: ${report.message}.`);
                        return true;
                    }
                    if (options.skipExisting) {
                        report.status = 'skipped';
                        report.message = `already on the index (${result.message}); skipped`;
                        logger.info(`${file.dist.filename}: ${report.message}.`);
                        return true;
                    }
                    report.status = 'failed';
                    report.message = result.message;
                    report.hint =
                        'the index already has a file of this name with other content, and a file name can never be reused: bump the version and rebuild. If the files on the index are the ones you want, set skip-existing: true.';
                    logger.error(`${file.dist.filename}: ${result.message} — ${report.hint}`);
                    return false;
                }
                case 'retry':
                    report.status = 'failed';
                    report.message = `${result.message} after ${result.attempts} attempts`;
                    report.hint =
                        'the index kept failing: run the job again with skip-existing: true to upload what is missing.';
                    logger.error(`${file.dist.filename}: ${report.message} — ${report.hint}`);
                    return false;
                case 'refused':
                    report.status = 'failed';
                    report.message = result.message;
                    report.hint = result.hint;
                    logger.error(`${file.dist.filename}: ${result.message}${result.hint ? ` — ${result.hint}` : ''}`);
                    return false;
            }
        }
        catch (error) {
            report.status = 'failed';
            report.message = error instanceof Error ? error.message : String(error);
            logger.error(`${file.dist.filename}: ${report.message}`);
            return false;
        }
    };
    await runPool(plan.files, options.concurrency, async (file, i) => {
        const ok = await uploadOne(file, i);
        if (ok)
            lookUpWhenDone(file);
        return ok;
    });
    agent.destroy();
    await fillUrls(plan.files, reports, options, listed);
    const failedFiles = reports.filter((r) => r.status === 'failed');
    const notAttempted = reports.filter((r) => r.status === 'not-attempted');
    let failed;
    if (failedFiles.length > 0) {
        const first = failedFiles[0];
        const done = reports.filter((r) => ON_INDEX.includes(r.status)).length;
        failed = `${first.filename}: ${first.message}${first.hint ? ` — ${first.hint}` : ''} (${done} of ${reports.length} file(s) are on the index, ${failedFiles.length} failed, ${notAttempted.length} not attempted; see the summary).`;
    }
    return { uploadUrl: options.uploadUrl, dryRun: false, files: reports, notes: plan.notes, failed };
}
function dryRunStatus(report, comparison, skipExisting) {
    switch (comparison) {
        case 'absent':
            report.status = 'would-upload';
            return;
        case 'identical':
            report.status = 'would-skip';
            report.message = 'already on the index with the same content';
            return;
        default:
            report.status = skipExisting ? 'would-skip' : 'would-fail';
            report.message =
                comparison === 'different'
                    ? 'the index has a file of this name with other content'
                    : 'the index has a file of this name (it gives no digest to compare)';
            if (!skipExisting)
                report.hint = 'bump the version, or set skip-existing: true to leave the index as it is.';
    }
}
function logFields(logger, filename, fields) {
    const shown = fields.map(([k, v]) => k === 'description' || k === 'attestations' ? `${k}=<${v.length} characters>` : `${k}=${v}`);
    logger.info(`${filename}: form fields: ${shown.join('; ')}`);
}
/** The statuses of files that are on the index after the run. */
const ON_INDEX = ['uploaded', 'identical', 'skipped'];
function perRelease(ask) {
    const answers = new Map();
    const key = (file) => `${file.project}\n${file.version}`;
    return {
        get(file) {
            let answer = answers.get(key(file));
            if (!answer) {
                answer = ask(file);
                answers.set(key(file), answer);
            }
            return answer;
        },
        forget: (file) => answers.delete(key(file)),
    };
}
function sameRelease(a, b) {
    return a.project === b.project && a.version === b.version;
}
// After the uploads: each file's URL as the index lists it (releases not asked yet, a few at a
// time), else its release page.
async function fillUrls(files, reports, options, listed) {
    const wanted = files
        .map((file, i) => ({ file, report: reports[i] }))
        .filter(({ report }) => !report.url && ON_INDEX.includes(report.status));
    await (0,run_limited/* runLimited */.v)(wanted, Math.max(1, options.concurrency), async ({ file, report }) => {
        const found = await listed.get(file);
        report.url =
            found.files?.get(report.filename)?.url ?? options.index.projectUrl(report.project, report.version);
    });
}
/**
 * Runs `fn` over the plan, at most `limit` at once, each file only after the files it waits for have
 * succeeded. After a failure (fn returns false) nothing new starts.
 */
async function runPool(files, limit, fn) {
    const state = files.map(() => 'waiting');
    let stopped = false;
    await new Promise((resolve, reject) => {
        let running = 0;
        const pump = () => {
            if (!stopped) {
                for (let i = 0; i < files.length && running < limit; i++) {
                    if (state[i] !== 'waiting')
                        continue;
                    if (!files[i].after.every((j) => state[j] === 'ok'))
                        continue;
                    state[i] = 'running';
                    running++;
                    fn(files[i], i).then((ok) => {
                        state[i] = ok ? 'ok' : 'failed';
                        if (!ok)
                            stopped = true;
                        running--;
                        pump();
                    }, (error) => {
                        stopped = true;
                        reject(error);
                    });
                }
            }
            if (running === 0)
                resolve();
        };
        pump();
    });
}

;// CONCATENATED MODULE: ./packages/core/src/publish/packages-dir.ts
/**
 * The files in packages-dir, as gh-action-pypi-publish uploads `packages-dir/*` (not recursive):
 * wheels and sdists; signatures and attestations next to them are left out, as twine leaves them out.
 * Anything else is an error naming the file, as twine's "Unknown distribution format" is.
 */



// twine skips these (signatures, attestation files from GHA-PP or earlier runs).
const SIDE_FILES = /\.(asc|attestation)$/;
const DISTRIBUTION = /\.(whl|tar\.gz|zip)$/;
/** The distribution paths in `dir` (`shown` names it in messages), sorted. */
async function packagesDirFiles(dir, shown) {
    const entries = await (0,promises_.readdir)(dir, { withFileTypes: true }).catch((error) => {
        throw new errors/* ConfigurationError */.j1(error.code === 'ENOENT'
            ? `packages-dir '${shown}' does not exist: build the distributions into it first (python -m build writes dist/), or download the build job's artifact there.`
            : `packages-dir '${shown}' cannot be read: ${error.message}.`);
    });
    const files = [];
    const unknown = [];
    for (const entry of entries) {
        if (entry.name.startsWith('.') || SIDE_FILES.test(entry.name))
            continue;
        if (DISTRIBUTION.test(entry.name))
            files.push((0,external_node_path_.join)(dir, entry.name));
        else
            unknown.push(entry.name);
    }
    if (unknown.length > 0) {
        throw new errors/* ConfigurationError */.j1(`packages-dir '${shown}' holds files that are not distributions: ${unknown.sort().join(', ')}. Upload only wheels (.whl) and sdists (.tar.gz): build into an empty directory or move the others out.`);
    }
    if (files.length === 0) {
        throw new errors/* ConfigurationError */.j1(`packages-dir '${shown}' has no distributions (*.whl, *.tar.gz): build them first, or point packages-dir where the build wrote them.`);
    }
    return files.sort();
}

// EXTERNAL MODULE: ./packages/core/src/attestations/policy.ts
var policy = __webpack_require__(35323);
// EXTERNAL MODULE: ./packages/core/src/oidc/index.ts + 6 modules
var oidc = __webpack_require__(5953);
;// CONCATENATED MODULE: ./packages/core/src/publish/credentials.ts
/**
 * What an upload authenticates with. Token mode gives one fixed pair; trusted publishing (core/oidc)
 * mints short-lived tokens, so the uploader asks for credentials before every file instead of once.
 */
/** A fixed username and password or API token (token mode, any index). */
function fixedCredentials(username, password) {
    return { kind: 'token', get: async () => ({ username, password }) };
}

;// CONCATENATED MODULE: ./packages/core/src/publish/repository.ts
/**
 * The `repository-url` setting: `pypi` and `testpypi` name the public instances; any other URL is the
 * upload endpoint exactly as given, as twine uses it (pypiserver takes uploads at `/`, Nexus and
 * Artifactory at their own paths). The read side (JSON and simple APIs, for skip-existing and
 * dry-run) is derived from it by package-index's resolveIndex.
 */


const ALIASES = {
    pypi: 'https://upload.pypi.org/legacy/',
    testpypi: 'https://test.pypi.org/legacy/',
};
/** Resolves `repository-url` (named `setting` in messages: an input or an option). */
function repositoryEndpoints(value, setting = "Input 'repository-url'") {
    const text = value.trim();
    const uploadUrl = ALIASES[text.toLowerCase()] ?? text;
    let url;
    try {
        url = new URL(uploadUrl);
    }
    catch {
        throw new errors/* ConfigurationError */.j1(`${setting} is '${value}', which is neither pypi, testpypi nor a URL: give the index's upload URL, e.g. https://upload.pypi.org/legacy/.`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        throw new errors/* ConfigurationError */.j1(`${setting} is '${value}': the upload URL must be http(s).`);
    }
    if (url.username || url.password) {
        throw new errors/* ConfigurationError */.j1(`${setting} contains a user name or password: remove them from the URL and pass the token as the password (a secret), with user for the name.`);
    }
    const host = url.hostname.toLowerCase();
    const warehouse = ['upload.pypi.org', 'pypi.org', 'test.pypi.org'].includes(host);
    if (warehouse && url.pathname === '/legacy') {
        throw new errors/* ConfigurationError */.j1(`${setting} is '${value}': Warehouse takes uploads only at /legacy/ with the trailing slash (it answers 308 otherwise); write ${url.origin}/legacy/.`);
    }
    return { uploadUrl, warehouse, index: (0,package_index/* resolveIndex */.pQ)(uploadUrl) };
}

;// CONCATENATED MODULE: ./packages/core/src/publish/packages-dir-publish.ts
/**
 * Publishing a packages-dir, as the pypi-publish-oidc action and `otai-release publish` both do:
 * check the distributions, pick the credentials (an API token, or trusted publishing when there is no
 * password), sign PEP 740 attestations where the index takes them, and upload. The environment comes
 * in as a record; nothing here reads process.env.
 */









/** Publishes the distributions in packages-dir. */
async function publishPackagesDir(inputs, deps) {
    const { logger } = deps;
    const target = repositoryEndpoints(inputs['repository-url']);
    logger.info(`Publishing ${inputs['packages-dir']} to ${target.uploadUrl}${inputs['dry-run'] ? ' (dry run: nothing is uploaded)' : ''}`);
    const notices = [];
    const password = inputs.password;
    if (password === undefined && inputs.user !== '__token__') {
        throw new errors/* ConfigurationError */.j1(`Input 'user' is '${inputs.user}' but 'password' is empty: give the password (as a secret), or leave user as __token__ and password empty to use trusted publishing.`);
    }
    if (password !== undefined && inputs.user !== '__token__' && target.warehouse) {
        throw new errors/* ConfigurationError */.j1(`Password-based uploads are disabled on ${new URL(target.uploadUrl).host} (two-factor authentication is required): set user to __token__ and password to an API token, or leave password empty to use trusted publishing.`);
    }
    if (password !== undefined &&
        inputs.user === '__token__' &&
        target.warehouse &&
        !password.startsWith('pypi-')) {
        const notice = `The password does not start with 'pypi-', as ${target.index.name} API tokens do: check that the secret holds the whole token.`;
        logger.warning(notice);
        notices.push(notice);
    }
    const dir = (0,external_node_path_.resolve)(deps.cwd, inputs['packages-dir']);
    const paths = await packagesDirFiles(dir, inputs['packages-dir']);
    const empty = { uploaded: [], skipped: [] };
    if (inputs['verify-metadata']) {
        // Loaded when used: the checker is most of the bundle, and the first log line should not wait for it.
        const { checkDistFiles, findingLine, PYPI_MAX_FILE_SIZE, statusText } = await Promise.all(/* import() */[__webpack_require__.e(292), __webpack_require__.e(327), __webpack_require__.e(259)]).then(__webpack_require__.bind(__webpack_require__, 99259));
        const check = await logger.group('Checking the distributions (verify-metadata)', () => checkDistFiles({
            paths,
            strict: false,
            maxFileSize: target.warehouse ? PYPI_MAX_FILE_SIZE : Number.MAX_SAFE_INTEGER,
            project: deps.cwd,
        }, { cwd: deps.cwd }));
        for (const file of check.files) {
            logger.info(`${file.filename}: ${statusText(file)}`);
            for (const f of file.findings.filter((x) => x.severity === 'error')) {
                logger.error(findingLine(file.filename, f));
            }
        }
        if (check.failed > 0) {
            return {
                check,
                credentials: password === undefined ? 'trusted-publishing' : 'token',
                attestations: false,
                notices,
                outputs: empty,
                failed: `Nothing was uploaded: ${check.failed} of ${check.files.length} distribution(s) failed verify-metadata (each error is annotated above). Fix them and rebuild, or set verify-metadata: false to leave the decision to the index.`,
            };
        }
    }
    const http = new src_http/* HttpClient */.Qq({
        fetch: deps.fetch,
        logger,
        sleep: deps.sleep,
        timeoutMs: 15_000,
        retries: 2,
    });
    let credentials;
    if (password !== undefined)
        credentials = fixedCredentials(inputs.user, password);
    else {
        const options = {
            uploadUrl: target.uploadUrl,
            oidcBaseUrl: deps.oidcBaseUrl,
            env: deps.env,
            mask: deps.mask,
            logger,
            http,
            fetch: deps.fetch,
            sleep: deps.sleep,
        };
        credentials = (0,oidc/* trustedPublishing */.t0)(options);
        logger.info('No password given: publishing by trusted publishing (OIDC).');
    }
    const decision = (0,policy/* attestationPolicy */.N)(target.uploadUrl, credentials.kind === 'trusted-publishing', inputs.attestations);
    if (decision.notice) {
        logger.notice(decision.notice);
        notices.push(decision.notice);
    }
    const attest = decision.use
        ? (deps.signer ??
            (await __webpack_require__.e(/* import() */ 877).then(__webpack_require__.bind(__webpack_require__, 98877))).sigstoreSigner({
                env: deps.env,
                mask: deps.mask,
                logger,
                http,
                fetch: deps.fetch,
            }))
        : undefined;
    const report = await publishDistributions({
        paths,
        uploadUrl: target.uploadUrl,
        index: target.index,
        skipExisting: inputs['skip-existing'],
        dryRun: inputs['dry-run'],
        verifyAuth: inputs['verify-auth'],
        concurrency: inputs.concurrency,
        attest,
        printHash: inputs['print-hash'] || inputs.verbose,
        verbose: inputs.verbose,
    }, { logger, http, credentials, transport: deps.transport });
    for (const file of report.files) {
        if (file.status !== 'failed' || !/^40[13]\b/.test(file.message ?? ''))
            continue;
        const hint = (0,oidc/* uploadAuthFailureHint */.Fw)({
            status: Number(file.message.slice(0, 3)),
            message: file.message,
            credentialKind: credentials.kind,
            project: file.project,
            uploadUrl: target.uploadUrl,
        });
        if (hint)
            file.hint = hint;
    }
    const pick = (statuses) => report.files
        .filter((f) => statuses.includes(f.status))
        .map((f) => ({ file: f.filename, sha256: f.sha256, url: f.url }));
    return {
        report,
        credentials: credentials.kind,
        attestations: attest !== undefined && !inputs['dry-run'],
        notices,
        outputs: {
            uploaded: pick(['uploaded']),
            skipped: pick(['identical', 'skipped']),
        },
        failed: report.failed,
    };
}

;// CONCATENATED MODULE: ./packages/core/src/publish/index.ts
/** Publishing distributions to a PyPI-compatible index: the upload form, transport, plan and report. */
















/***/ })

};
