export const id = 407;
export const ids = [407];
export const modules = {

/***/ 90407:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  doctorCommand: () => (/* binding */ doctorCommand)
});

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./packages/core/src/consistency/index.ts + 4 modules
var consistency = __webpack_require__(88294);
// EXTERNAL MODULE: ./packages/core/src/errors/index.ts
var errors = __webpack_require__(45341);
// EXTERNAL MODULE: ./packages/core/src/pyproject/index.ts + 15 modules
var pyproject = __webpack_require__(99327);
// EXTERNAL MODULE: ./packages/core/src/versioning/git.ts
var git = __webpack_require__(16110);
;// CONCATENATED MODULE: ./packages/core/src/doctor/repository-checks.ts
/** The repository's own state: configuration readable, and every version location and pin in step. */




const OUT_OF_SYNC = new Set([
    'version-mismatch',
    'pin-excludes-version',
    'invalid-version',
    'local-version',
    'invalid-pin',
]);
/** Reads the repository; a configuration it cannot read is a finding, not an exception. */
function readForDoctor(root) {
    try {
        const repository = (0,pyproject/* readRepository */.Nu)(root);
        const findings = repository.unreadable.map((u) => ({
            level: 'error',
            code: 'unreadable-config',
            message: u.error.message,
            file: u.error.file,
            line: u.error.line,
            fix: 'Correct the file as the message says; `otai-release check --explain` shows what was read.',
        }));
        return { repository, findings };
    }
    catch (error) {
        if (!(0,errors/* isConfigurationError */.p0)(error))
            throw error;
        return {
            findings: [
                {
                    level: 'error',
                    code: 'unreadable-config',
                    message: error.message,
                    file: error.file,
                    line: error.line,
                    fix: 'Correct the configuration as the message says; every action reads the same settings.',
                },
            ],
        };
    }
}
/** Versions and internal pins that disagree: validate-versions would stop the release. */
async function versionFindings(repository) {
    const tags = (0,consistency/* mayBeIndependent */.Hi)(repository, false)
        ? await new git/* Git */.TU(repository.root).tags().catch(() => [])
        : [];
    const result = (0,consistency/* checkConsistency */.zV)(repository, { tags });
    return result.findings
        .filter((f) => f.level === 'error' && OUT_OF_SYNC.has(f.code))
        .map((f) => {
        const expected = result.packages.find((p) => p.name === f.package)?.expected;
        return {
            level: 'error',
            code: 'versions-out-of-sync',
            message: f.message,
            file: f.file,
            line: f.line,
            column: f.column,
            fix: f.code === 'pin-excludes-version' || f.code === 'invalid-pin'
                ? 'Change the pin as the message says; `otai-release version` keeps internal pins in step from then on.'
                : `Run \`otai-release version ${expected ?? 'X.Y.Z'}\`: it writes one version to every location and pin at once.`,
        };
    });
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./packages/core/src/names/index.ts
var src_names = __webpack_require__(40522);
;// CONCATENATED MODULE: ./packages/core/src/doctor/filter-pattern.ts
/**
 * GitHub Actions filter patterns (`on.push.tags`, `branches`), as GitHub's "filter pattern cheat
 * sheet" defines them: `*` any characters but `/`, `**` any characters, `?` zero or one of the
 * preceding character, `+` one or more of it, `[a-z0-9]` one listed character, `\` escapes, and a
 * leading `!` excludes what earlier patterns matched (later patterns win).
 */
/** One filter pattern (without a leading `!`) as an anchored RegExp. */
function compileFilterPattern(pattern) {
    let source = '';
    for (let i = 0; i < pattern.length; i++) {
        const c = pattern[i];
        if (c === '\\' && i + 1 < pattern.length) {
            source += escapeChar(pattern[++i]);
        }
        else if (c === '*') {
            if (pattern[i + 1] === '*') {
                source += '.*';
                i++;
            }
            else
                source += '[^/]*';
        }
        else if (c === '?' || c === '+') {
            // Quantifies what precedes it; at the very start it has nothing to quantify and is literal.
            source += source === '' ? escapeChar(c) : c;
        }
        else if (c === '[') {
            const end = pattern.indexOf(']', i + 1);
            if (end < 0) {
                source += '\\[';
                continue;
            }
            source += `[${pattern.slice(i + 1, end).replace(/[\\^]/g, '\\$&')}]`;
            i = end;
        }
        else
            source += escapeChar(c);
    }
    return new RegExp(`^${source}$`);
}
function escapeChar(c) {
    return /[.*+?^${}()|[\]\\/]/.test(c) ? `\\${c}` : c;
}
/** Whether `name` passes a list of filter patterns (positive and `!` negative, in order). */
function matchesFilters(patterns, name) {
    let matched = false;
    for (const pattern of patterns) {
        if (pattern.startsWith('!')) {
            if (matched && compileFilterPattern(pattern.slice(1)).test(name))
                matched = false;
        }
        else if (!matched && compileFilterPattern(pattern).test(name))
            matched = true;
    }
    return matched;
}

;// CONCATENATED MODULE: ./packages/core/src/doctor/steps.ts
const PUBLISH_ACTIONS = [
    /^pypa\/gh-action-pypi-publish@/,
    /(^|\/)otai-release\/pypi-publish-oidc@/,
    /^\.\/pypi-publish-oidc\/?$/,
];
const BUILD_ACTIONS = [
    /(^|\/)otai-release\/build-python-dist@/,
    /^\.\/build-python-dist\/?$/,
    /^hynek\/build-and-inspect-python-package@/,
];
const BUILD_COMMANDS = /\b(python3?\s+-m\s+build|pyproject-build|uv\s+build|hatch\s+build|pdm\s+build|poetry\s+build|otai-release\s+build|python3?\s+setup\.py\s+(sdist|bdist_wheel))\b/;
const DOCKER_ACTIONS = [/^docker\/build-push-action@/, /^docker\/bake-action@/];
const DOCKER_COMMANDS = /\b(docker\s+(buildx\s+)?(build|bake)|buildah\s+(build|bud)|podman\s+build)\b/;
const OUR_DOCKER = [/(^|\/)otai-release\/docker-variants@/, /^\.\/docker-variants\/?$/];
function usesOneOf(step, patterns) {
    return step.uses !== undefined && patterns.some((p) => p.test(step.uses));
}
/** How a step publishes to an index, or undefined when it does not publish. */
function publishing(step) {
    if (usesOneOf(step, PUBLISH_ACTIONS)) {
        // A dry run uploads nothing and mints no token, unless asked to prove the exchange works.
        if (step.with['dry-run'] === 'true' && step.with['verify-auth'] !== 'true')
            return undefined;
        // Both actions switch to trusted publishing exactly when the password is empty.
        return (step.with.password ?? '').trim() === '' ? 'trusted' : 'token';
    }
    const run = step.run ?? '';
    if (/\buv\s+publish\b/.test(run)) {
        // uv publishes with trusted publishing on GitHub Actions unless a token or password is given.
        const token = /--token\b|-t\s|--password\b|-p\s/.test(run) ||
            'UV_PUBLISH_TOKEN' in step.env ||
            'UV_PUBLISH_PASSWORD' in step.env;
        return token ? 'token' : 'trusted';
    }
    if (/\btwine\s+upload\b/.test(run))
        return 'token';
    return undefined;
}
/** Whether a step builds sdists or wheels. */
function builds(step) {
    return usesOneOf(step, BUILD_ACTIONS) || BUILD_COMMANDS.test(step.run ?? '');
}
/** Whether a step is actions/checkout. */
function checksOut(step) {
    return /^actions\/checkout@/.test(step.uses ?? '');
}
/** Whether a step builds a container image: ours (`ours`) or any other way (`other`). */
function buildsImage(step) {
    if (usesOneOf(step, OUR_DOCKER))
        return 'ours';
    if (usesOneOf(step, DOCKER_ACTIONS) || DOCKER_COMMANDS.test(step.run ?? ''))
        return 'other';
    return undefined;
}
/** Whether a step looks like it waits for packages to appear on the index before an image build. */
function waitsForIndex(step) {
    return /\b(pip3?\s+(download|index\s+versions)|simple\/|pypi\.org\/pypi\/|sleep\s+\d|until\s)/.test(step.run ?? '');
}

;// CONCATENATED MODULE: ./packages/core/src/doctor/workflow-checks.ts
/**
 * What in the workflows would break a release that the repository itself cannot show: triggers that
 * never fire for the tags this repository makes, trusted publishing that PyPI will refuse, builds of
 * tag-versioned packages from shallow clones, and image builds that race the index's CDN.
 */






/** The Dockerfile's default name; joined with path.format, not join (ncc's asset relocator would bundle every Dockerfile it finds). */
const DOCKERFILE_NAME = 'Dockerfile';
/** A version to render example tags with when a package's version comes from its tag. */
const SAMPLE_VERSION = '1.2.3';
/**
 * Formats worth trying when none is configured: the defaults validate-versions accepts, and the
 * per-package forms monorepos use (`hatch-v1.16.5`, `setuptools-scm-v9.0.0`), which it infers from tags.
 */
const UNCONFIGURED_EXTRA_FORMATS = ['{name}-v{version}', '{name}-{version}'];
/** Tag pushes that trigger no publishing workflow for some package's tag. */
function tagTriggerFindings(repository, workflows) {
    const publishers = workflows.filter((w) => w.jobs.some((j) => j.steps.some((s) => publishing(s))));
    const tagged = publishers.filter((w) => w.tagPatterns !== undefined && w.events.includes('push'));
    if (tagged.length === 0)
        return [];
    // With another way to start a publishing workflow (dispatch, a release, a branch push), a tag the
    // filters miss may simply not be how that package is released.
    const otherRoute = publishers.some((w) => startsOtherwise(w));
    const findings = [];
    for (const pkg of repository.packages) {
        const configured = repository.config.tagFormatSet ||
            repository.config.packages?.some((p) => p.path === pkg.path && p.tagFormat);
        const formats = configured
            ? pkg.acceptedTagFormats
            : [...pkg.acceptedTagFormats, ...UNCONFIGURED_EXTRA_FORMATS];
        const version = pkg.locations[0]?.raw ?? SAMPLE_VERSION;
        const tags = formats.map((f) => (0,pyproject/* renderTag */.vY)(f, version, pkg.name));
        if (tagged.some((w) => tags.some((t) => matchesFilters(w.tagPatterns, t))))
            continue;
        if (!configured && otherRoute)
            continue;
        const first = tagged[0];
        const patterns = tagged.flatMap((w) => w.tagPatterns);
        const shown = configured ? tags : tags.slice(0, pkg.acceptedTagFormats.length);
        findings.push({
            level: configured && !otherRoute ? 'error' : 'warning',
            code: 'tag-trigger-mismatch',
            message: `Pushing ${pkg.name}'s tag ${shown.map((t) => `'${t}'`).join(' or ')} (tag format ${pkg.tagFormat}${configured ? '' : ', the default: none is configured'}) starts no publishing workflow: ${patterns.length === 1 ? 'the tag filter is' : 'the tag filters are'} ${patterns.map((p) => `'${p}'`).join(', ')}.`,
            file: first.file,
            line: first.tagPatternsLine,
            fix: configured
                ? `Add a pattern that matches the tag under on.push.tags, e.g. '${filterFor(pkg.tagFormat)}', or change tag-format in [tool.otai-release] to the tags you push.`
                : `Set tag-format in [tool.otai-release] to the tags you push (for '${patterns[0]}' perhaps "${patterns[0].replace(/\*+$/, '')}{version}"), or add '${filterFor(pkg.tagFormat)}' under on.push.tags.`,
        });
    }
    return findings;
}
/** Whether a workflow also starts some other way than a tag push: dispatch, release, schedule, branch pushes. */
function startsOtherwise(workflow) {
    return (workflow.events.some((e) => e !== 'push' && e !== 'pull_request' && e !== 'pull_request_target') ||
        workflow.pushBranches);
}
/** A filter pattern matching every tag of a format: the version part becomes `[0-9]*`. */
function filterFor(format) {
    return format.replace('{version}', '[0-9]*').replaceAll('{name}', '*');
}
/** Trusted-publishing steps that PyPI will refuse: no ID token, a reusable workflow, another environment. */
function publishFindings(workflows, environment) {
    const findings = [];
    for (const workflow of workflows) {
        const reusable = workflow.events.includes('workflow_call');
        for (const job of workflow.jobs) {
            const step = job.steps.find((s) => publishing(s) === 'trusted');
            if (!step)
                continue;
            if (reusable) {
                const name = workflow.file.split('/').pop();
                findings.push({
                    level: 'warning',
                    code: 'publish-in-reusable-workflow',
                    message: `Job '${job.id}' publishes with trusted publishing inside a reusable workflow (on: workflow_call). PyPI matches the job_workflow_ref claim, which names this file (${name}), not the workflow that calls it: a publisher registered for the caller's file fails with invalid-publisher, and a reusable workflow in another repository can never match.`,
                    file: workflow.file,
                    line: step.line,
                    fix: `Register ${name} as the workflow name of the trusted publisher on PyPI, or move the publish job into the calling workflow; never publish from another repository's reusable workflow.`,
                });
            }
            else if (!grantsIdToken(job.permissions ?? workflow.permissions)) {
                findings.push({
                    level: 'error',
                    code: 'publish-without-id-token',
                    message: `Job '${job.id}' publishes with trusted publishing but its token cannot request an OIDC ID token: ${permissionText(job, workflow)}.`,
                    file: workflow.file,
                    line: job.permissionsLine ?? job.line,
                    fix: `Give the job the permission (job-level permissions replace the workflow's):\n  ${job.id}:\n    permissions:\n      id-token: write`,
                });
            }
            if (environment !== undefined)
                findings.push(...environmentFindings(workflow, job, step, environment));
        }
    }
    return findings;
}
function environmentFindings(workflow, job, step, expected) {
    const actual = job.environment;
    if (actual !== undefined && actual.includes('${{')) {
        return [
            {
                level: 'warning',
                code: 'publish-environment-mismatch',
                message: `Job '${job.id}' picks its environment with an expression (${actual}); PyPI's publisher expects '${expected}' and refuses any other name.`,
                file: workflow.file,
                line: job.environmentLine,
                fix: `Make sure the expression yields '${expected}' for releases, or write environment: ${expected}.`,
            },
        ];
    }
    if (actual !== undefined && actual.toLowerCase() === expected.toLowerCase())
        return [];
    return [
        {
            level: 'error',
            code: 'publish-environment-mismatch',
            message: actual === undefined
                ? `Job '${job.id}' publishes without an environment, but the PyPI publisher is registered with environment '${expected}': the token exchange fails with invalid-publisher ("Check failed for optional claim 'environment'").`
                : `Job '${job.id}' runs in environment '${actual}', but the PyPI publisher is registered with environment '${expected}': the token exchange fails with invalid-publisher.`,
            file: workflow.file,
            line: job.environmentLine ?? job.line,
            fix: `Set the job's environment to the one on PyPI:\n  ${job.id}:\n    environment: ${expected}\n(or change the publisher's environment on PyPI; step at line ${step.line}).`,
        },
    ];
}
function grantsIdToken(permissions) {
    if (permissions === 'write-all')
        return true;
    if (permissions === undefined || permissions === 'read-all')
        return false;
    return permissions['id-token'] === 'write';
}
function permissionText(job, workflow) {
    const p = job.permissions ?? workflow.permissions;
    const where = job.permissions !== undefined ? 'the job' : 'the workflow';
    if (p === undefined)
        return "no permissions are set, and the default token's permissions never include id-token";
    if (p === 'read-all')
        return `${where} sets permissions: read-all`;
    return `${where}'s permissions (${Object.entries(p)
        .map(([k, v]) => `${k}: ${v}`)
        .join(', ') || 'none'}) lack id-token: write`;
}
/**
 * Builds of tag-versioned packages from a checkout without history, in a publishing workflow that can
 * run at a commit without a tag (dispatch, branch pushes, schedules): the version plugin then falls
 * back to 0.0.0 or a `.devN+g…` version. A tag push or a release checks the tag out even shallowly,
 * and `git describe` finds it on HEAD, so those are fine.
 */
function shallowCheckoutFindings(repository, workflows) {
    const tagVersioned = repository.packages.filter((p) => p.tagDerived);
    if (tagVersioned.length === 0)
        return [];
    const findings = [];
    for (const workflow of workflows) {
        if (!workflow.jobs.some((j) => j.steps.some((s) => publishing(s))))
            continue;
        const untagged = untaggedStarts(workflow);
        if (untagged.length === 0)
            continue;
        for (const job of workflow.jobs) {
            const buildAt = job.steps.findIndex(builds);
            if (buildAt < 0)
                continue;
            const built = builtPackages(job.steps[buildAt], repository).filter((p) => p.tagDerived);
            if (built.length === 0)
                continue;
            const tools = [...new Set(built.map((p) => p.tagDerived.tool))].join(', ');
            for (const step of job.steps.slice(0, buildAt)) {
                if (!checksOut(step) || step.with['fetch-depth'] === '0')
                    continue;
                findings.push({
                    level: 'error',
                    code: 'shallow-checkout-tag-version',
                    message: `Job '${job.id}' builds ${built.map((p) => p.name).join(', ')}, whose version comes from git tags (${tools}), from a shallow checkout (fetch-depth ${step.with['fetch-depth'] ?? '1, the default'}); started by ${untagged.join(' or ')} it runs at a commit without a tag, and without the history the version plugin builds 0.0.0 or a .dev version.`,
                    file: workflow.file,
                    line: step.line,
                    fix: `Fetch the whole history:\n  - uses: ${step.uses}\n    with:\n      fetch-depth: 0`,
                });
            }
        }
    }
    return findings;
}
/** The events that start a workflow at a commit that need not carry a tag. */
function untaggedStarts(workflow) {
    const starts = workflow.events.filter((e) => ['workflow_dispatch', 'schedule', 'pull_request', 'pull_request_target', 'merge_group'].includes(e));
    if (workflow.pushBranches)
        starts.unshift('a branch push');
    return starts;
}
/** The packages a build step builds: the directory or package it names, else every package. */
function builtPackages(step, repository) {
    const run = step.run ?? '';
    const named = /--package[ =]([\w.-]+)/.exec(run)?.[1];
    if (named)
        return repository.packages.filter((p) => (0,src_names/* canonicalizeName */.yt)(p.name) === (0,src_names/* canonicalizeName */.yt)(named));
    const dir = /\b(?:python3?\s+-m\s+build|pyproject-build|uv\s+build)\s+(?:-\S+\s+)*([^\s-][^\s;&|]*)/.exec(run)?.[1];
    if (dir) {
        const path = dir.replace(/^\.\//, '').replace(/\/$/, '') || '.';
        const match = repository.packages.filter((p) => p.path === path);
        if (match.length > 0)
            return match;
    }
    return repository.packages;
}
/** Image builds that install the just-published packages from the index without waiting for them to appear there. */
function dockerFindings(repository, workflows) {
    const names = repository.packages.map((p) => (0,src_names/* canonicalizeName */.yt)(p.name));
    const findings = [];
    for (const workflow of workflows) {
        const publishers = workflow.jobs.filter((j) => j.steps.some((s) => publishing(s)));
        if (publishers.length === 0)
            continue;
        for (const job of workflow.jobs) {
            const after = publishers.some((p) => p === job)
                ? job.steps.slice(job.steps.findIndex((s) => publishing(s)) + 1)
                : publishers.some((p) => needsTransitively(workflow, job, p.id))
                    ? job.steps
                    : [];
            let waited = false;
            for (const step of after) {
                if (waitsForIndex(step))
                    waited = true;
                const kind = buildsImage(step);
                if (!kind || waited)
                    continue;
                if (kind === 'ours') {
                    if (step.with['wait-for-index'] !== 'false' || step.with['install-from'] === 'dist')
                        continue;
                    findings.push(raceFinding(workflow, job, step, 'wait-for-index: false', 'Remove `wait-for-index: false` (the default waits until every package==version is on the simple index), or use `install-from: dist`.'));
                    continue;
                }
                const installs = dockerfileInstalls(repository.root, step, names);
                if (installs.length === 0)
                    continue;
                findings.push(raceFinding(workflow, job, step, `its Dockerfile pip-installs ${installs.join(', ')}`, 'Build with org/otai-release/docker-variants@v1 (it waits until every package==version is on the simple index), or add a step before the build that polls the index until the version is listed.'));
            }
        }
    }
    return findings;
}
function raceFinding(workflow, job, step, why, fix) {
    return {
        level: 'error',
        code: 'docker-before-index',
        message: `Job '${job.id}' builds an image right after publishing and ${why}, without waiting for the new version to reach the index: PyPI's CDN can answer "No matching distribution found" for minutes after an upload.`,
        file: workflow.file,
        line: step.line,
        fix,
    };
}
function needsTransitively(workflow, job, target, seen = new Set()) {
    for (const need of job.needs) {
        if (need === target)
            return true;
        if (seen.has(need))
            continue;
        seen.add(need);
        const next = workflow.jobs.find((j) => j.id === need);
        if (next && needsTransitively(workflow, next, target, seen))
            return true;
    }
    return false;
}
/** The repository's packages a step's Dockerfile installs with pip/uv; [] when it cannot be read. */
function dockerfileInstalls(root, step, names) {
    const runFile = /(?:-f|--file)[ =](\S+)/.exec(step.run ?? '')?.[1];
    const file = step.with.file ?? runFile ?? (0,external_node_path_.format)({ dir: step.with.context ?? '.', base: DOCKERFILE_NAME });
    const path = (0,external_node_path_.join)(root, file);
    if (!(0,external_node_fs_.existsSync)(path))
        return [];
    const lines = (0,external_node_fs_.readFileSync)(path, 'utf8')
        .split('\n')
        .filter((l) => /\b(pip3?|uv\s+pip|pipx)\s+install\b/.test(l));
    // `pip install $PACKAGES` takes the names from the build args the step passes.
    if (lines.some((l) => l.includes('$')))
        lines.push(step.with['build-args'] ?? '');
    const installs = lines.join('\n').toLowerCase().replace(/_/g, '-');
    return names.filter((n) => new RegExp(`(^|[\\s"'=,])${n.replace(/[.]/g, '\\.')}([\\s"'=<>~!\\[]|$)`, 'm').test(installs));
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./packages/core/src/doctor/workflows.ts
/**
 * GitHub Actions workflow files read for what a release depends on: triggers, permissions, jobs,
 * their environment, needs and steps — each with the line it is written on, so every finding points
 * at the place to change. A file that is not valid YAML is reported, not thrown: the doctor goes on.
 */



/** Reads every `.github/workflows/*.yml|yaml` under `root`. */
function readWorkflows(root) {
    const dir = (0,external_node_path_.join)(root, '.github', 'workflows');
    const workflows = [];
    const unreadable = [];
    if (!(0,external_node_fs_.existsSync)(dir))
        return { workflows, unreadable };
    for (const name of (0,external_node_fs_.readdirSync)(dir).sort()) {
        if (!/\.ya?ml$/.test(name))
            continue;
        const file = `.github/workflows/${name}`;
        const parsed = parseWorkflow((0,external_node_fs_.readFileSync)((0,external_node_path_.join)(dir, name), 'utf8'), file);
        if ('error' in parsed)
            unreadable.push(parsed);
        else
            workflows.push(parsed);
    }
    return { workflows, unreadable };
}
/** Parses one workflow's text; `file` is the path findings will name. */
function parseWorkflow(text, file) {
    const lines = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter: lines });
    if (doc.errors.length > 0) {
        const first = doc.errors[0];
        return { file, line: first.linePos?.[0]?.line, error: first.message.split('\n')[0] };
    }
    const lineOf = (node) => node?.range ? lines.linePos(node.range[0]).line : 1;
    const root = doc.contents;
    if (!(0,dist/* isMap */.jh)(root))
        return { file, line: 1, error: 'a workflow is a YAML mapping with `on:` and `jobs:`' };
    // YAML 1.1 reads a bare `on` as true; the yaml package (1.2) keeps it a string, but accept both.
    const on = get(root, 'on') ?? get(root, true);
    const events = eventNames(on);
    const push = (0,dist/* isMap */.jh)(on) ? get(on, 'push') : undefined;
    const tags = (0,dist/* isMap */.jh)(push) ? get(push, 'tags') : undefined;
    const jobsNode = get(root, 'jobs');
    const jobs = [];
    if ((0,dist/* isMap */.jh)(jobsNode)) {
        for (const pair of jobsNode.items) {
            const id = String((0,dist/* isScalar */.jn)(pair.key) ? pair.key.value : pair.key);
            const job = pair.value;
            if (!(0,dist/* isMap */.jh)(job))
                continue;
            const environment = get(job, 'environment');
            const envName = (0,dist/* isMap */.jh)(environment) ? get(environment, 'name') : environment;
            const permissionsNode = get(job, 'permissions');
            const stepsNode = get(job, 'steps');
            jobs.push({
                id,
                line: lineOf(pair.key),
                permissions: permissions(permissionsNode),
                permissionsLine: permissionsNode ? lineOf(keyNode(job, 'permissions')) : undefined,
                environment: scalarText(envName),
                environmentLine: environment ? lineOf(keyNode(job, 'environment')) : undefined,
                needs: stringList(get(job, 'needs')),
                uses: scalarText(get(job, 'uses')),
                steps: (0,dist/* isSeq */.oP)(stepsNode)
                    ? stepsNode.items.filter(dist/* isMap */.jh).map((step) => ({
                        line: lineOf(step),
                        name: scalarText(get(step, 'name')),
                        uses: scalarText(get(step, 'uses')),
                        run: scalarText(get(step, 'run')),
                        with: stringMap(get(step, 'with')),
                        env: stringMap(get(step, 'env')),
                    }))
                    : [],
            });
        }
    }
    return {
        file,
        events,
        tagPatterns: tags === undefined ? undefined : stringList(tags),
        tagPatternsLine: tags === undefined ? undefined : lineOf(keyNode(push, 'tags')),
        pushBranches: events.includes('push') &&
            (!(0,dist/* isMap */.jh)(push) ||
                get(push, 'branches') !== undefined ||
                get(push, 'branches-ignore') !== undefined ||
                tags === undefined),
        permissions: permissions(get(root, 'permissions')),
        jobs,
    };
}
function get(map, key) {
    return map.items.find((p) => ((0,dist/* isScalar */.jn)(p.key) ? p.key.value : p.key) === key)?.value;
}
function keyNode(map, key) {
    return map.items.find((p) => (0,dist/* isScalar */.jn)(p.key) && p.key.value === key)?.key;
}
function scalarText(node) {
    if (!(0,dist/* isScalar */.jn)(node) || node.value === null || node.value === undefined)
        return undefined;
    return String(node.value);
}
function stringList(node) {
    if ((0,dist/* isSeq */.oP)(node))
        return node.items.map((n) => scalarText(n)).filter((s) => s !== undefined);
    const one = scalarText(node);
    return one === undefined ? [] : [one];
}
function stringMap(node) {
    const out = {};
    if (!(0,dist/* isMap */.jh)(node))
        return out;
    for (const pair of node.items) {
        const key = (0,dist/* isScalar */.jn)(pair.key) ? String(pair.key.value) : undefined;
        const value = scalarText(pair.value);
        if (key !== undefined && value !== undefined)
            out[key] = value;
    }
    return out;
}
function eventNames(on) {
    if ((0,dist/* isMap */.jh)(on))
        return on.items.map((p) => String((0,dist/* isScalar */.jn)(p.key) ? p.key.value : p.key));
    return stringList(on);
}
function permissions(node) {
    if (node === undefined)
        return undefined;
    const text = scalarText(node);
    if (text === 'read-all' || text === 'write-all')
        return text;
    // `permissions: {}` grants nothing.
    return stringMap(node);
}

;// CONCATENATED MODULE: ./packages/core/src/doctor/doctor.ts
/** `otai-release doctor`: reads a repository and its workflows and reports what would break a release. */




/** Runs every check; never throws for problems in the repository (they are findings). */
async function runDoctor(options) {
    const root = (0,external_node_path_.resolve)(options.path);
    const { repository, findings } = readForDoctor(root);
    const { workflows, unreadable } = readWorkflows(root);
    for (const u of unreadable) {
        findings.push({
            level: 'error',
            code: 'unreadable-workflow',
            message: `This workflow is not valid YAML (${u.error}); GitHub will not run it.`,
            file: u.file,
            line: u.line,
            fix: 'Correct the YAML at that line (actionlint shows the same).',
        });
    }
    if (repository) {
        findings.push(...(await versionFindings(repository)));
        findings.push(...tagTriggerFindings(repository, workflows));
        findings.push(...shallowCheckoutFindings(repository, workflows));
        findings.push(...dockerFindings(repository, workflows));
    }
    findings.push(...publishFindings(workflows, options.environment));
    return {
        root,
        findings,
        workflows: workflows.map((w) => w.file),
        packages: (repository?.packages ?? []).map((p) => ({
            name: p.name,
            path: p.path,
            tagFormat: p.tagFormat,
        })),
    };
}

;// CONCATENATED MODULE: ./packages/core/src/doctor/index.ts
/** The doctor: what in a repository and its workflows would break a release, each with its fix. */




// EXTERNAL MODULE: ./packages/cli/src/usage.ts
var usage = __webpack_require__(47105);
;// CONCATENATED MODULE: ./packages/cli/src/commands/doctor.ts
/** `otai-release doctor`: what in the repository and its workflows would break a release, with fixes. */




/** Runs the command; returns the exit code (1 when any finding is an error). */
async function doctorCommand(args, out) {
    const { values, positionals } = (0,external_node_util_.parseArgs)({
        args,
        allowPositionals: true,
        options: {
            environment: { type: 'string' },
            json: { type: 'boolean', default: false },
        },
    });
    if (positionals.length > 1)
        throw new usage/* UsageError */.eb(`doctor takes one PATH, got ${positionals.length}: ${positionals.join(' ')}`);
    if (values.environment !== undefined && values.environment.trim() === '')
        throw new usage/* UsageError */.eb("--environment needs the environment name entered in PyPI's publisher form (e.g. pypi).");
    const report = await runDoctor({ path: positionals[0] ?? '.', environment: values.environment });
    const errors = report.findings.filter((f) => f.level === 'error').length;
    if (values.json) {
        out(`${JSON.stringify(report, null, 2)}\n`);
        return errors > 0 ? 1 : 0;
    }
    for (const finding of report.findings)
        out(render(finding));
    const warnings = report.findings.length - errors;
    const looked = `${report.packages.length} package(s), ${report.workflows.length} workflow file(s)`;
    out(report.findings.length === 0
        ? `No problems found in ${looked}.\n`
        : `${errors} error(s), ${warnings} warning(s) in ${looked}.\n`);
    return errors > 0 ? 1 : 0;
}
function render(finding) {
    const fix = finding.fix
        .split('\n')
        .map((line, i) => (i === 0 ? `  fix: ${line}` : `       ${line}`))
        .join('\n');
    return `${(0,errors/* formatPosition */.Ld)(finding)}${finding.level}: ${finding.message} [${finding.code}]\n${fix}\n`;
}


/***/ })

};
