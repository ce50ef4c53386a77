export const id = 201;
export const ids = [201];
export const modules = {

/***/ 32201:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dockerCommand: () => (/* binding */ dockerCommand),
/* harmony export */   sourceFacts: () => (/* binding */ sourceFacts)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _otai_release_core_docker__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(84102);
/* harmony import */ var _otai_release_core_http__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4997);
/* harmony import */ var _otai_release_core_text__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(97608);
/* harmony import */ var _logger_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(43364);
/* harmony import */ var _usage_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(47105);
/** `otai-release docker`: the docker-variants action as a command. */










/** Runs the command; returns the exit code. */
async function dockerCommand(args, out) {
    const { values, positionals } = (0,node_util__WEBPACK_IMPORTED_MODULE_4__.parseArgs)({
        args,
        allowPositionals: true,
        options: {
            'dry-run': { type: 'boolean', default: false },
            backend: { type: 'string', default: 'buildx' },
            'no-push': { type: 'boolean', default: false },
            version: { type: 'string' },
            image: { type: 'string', multiple: true },
            variants: { type: 'string' },
            platform: { type: 'string', multiple: true },
            context: { type: 'string' },
            file: { type: 'string' },
            'install-from': { type: 'string', default: 'index' },
            dist: { type: 'string', default: 'dist' },
            index: { type: 'string' },
            'no-wait': { type: 'boolean', default: false },
            'wait-timeout': { type: 'string' },
            'default-variant': { type: 'string' },
            tag: { type: 'string', multiple: true },
            cache: { type: 'string' },
            provenance: { type: 'boolean', default: false },
            sbom: { type: 'boolean', default: false },
            registry: { type: 'string' },
            username: { type: 'string' },
            'password-stdin': { type: 'boolean', default: false },
            json: { type: 'boolean', default: false },
            quiet: { type: 'boolean', default: false },
        },
    });
    if (positionals.length > 1)
        throw new _usage_js__WEBPACK_IMPORTED_MODULE_9__/* .UsageError */ .eb(`docker takes one PATH, got ${positionals.length}: ${positionals.join(' ')}`);
    const backend = (0,_otai_release_core_text__WEBPACK_IMPORTED_MODULE_7__/* .oneOf */ .yL)(values.backend, _otai_release_core_docker__WEBPACK_IMPORTED_MODULE_5__/* .BACKENDS */ .A7, (use) => new _usage_js__WEBPACK_IMPORTED_MODULE_9__/* .UsageError */ .eb(`--backend ${values.backend}: ${use}.`));
    const installFrom = (0,_otai_release_core_text__WEBPACK_IMPORTED_MODULE_7__/* .oneOf */ .yL)(values['install-from'], ['index', 'dist'], (use) => new _usage_js__WEBPACK_IMPORTED_MODULE_9__/* .UsageError */ .eb(`--install-from ${values['install-from']}: ${use}.`));
    const cache = values.cache === undefined
        ? undefined
        : (0,_otai_release_core_text__WEBPACK_IMPORTED_MODULE_7__/* .oneOf */ .yL)(values.cache, ['gha', 'none'], (use) => new _usage_js__WEBPACK_IMPORTED_MODULE_9__/* .UsageError */ .eb(`--cache ${values.cache}: ${use}.`));
    const platforms = values.platform?.flatMap(_otai_release_core_text__WEBPACK_IMPORTED_MODULE_7__/* .splitList */ .ry);
    if (platforms)
        (0,_otai_release_core_docker__WEBPACK_IMPORTED_MODULE_5__/* .validatePlatforms */ .B_)(platforms, '--platform');
    if (values.tag)
        (0,_otai_release_core_docker__WEBPACK_IMPORTED_MODULE_5__/* .validateTemplates */ .s0)(values.tag, '--tag');
    if (values['password-stdin'] && values.username === undefined)
        throw new _usage_js__WEBPACK_IMPORTED_MODULE_9__/* .UsageError */ .eb('--password-stdin needs --username.');
    // The password only ever comes on stdin, as docker login --password-stdin takes it: argv is visible to others.
    const password = values['password-stdin'] ? (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(0, 'utf8').replace(/\r?\n$/, '') : undefined;
    const logger = (0,_logger_js__WEBPACK_IMPORTED_MODULE_8__/* .consoleLogger */ .k)({
        verbose: !values.json && !values.quiet,
        notices: !values.quiet,
        color: process.stderr.isTTY,
    });
    const cwd = process.cwd();
    const tempDir = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdtempSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)(), 'otai-release-docker-'));
    try {
        const release = await (0,_otai_release_core_docker__WEBPACK_IMPORTED_MODULE_5__/* .releaseImages */ ._6)({
            path: positionals[0] ?? '.',
            version: values.version,
            images: values.image?.flatMap(_otai_release_core_text__WEBPACK_IMPORTED_MODULE_7__/* .splitList */ .ry),
            variants: values.variants === undefined ? undefined : (0,_otai_release_core_docker__WEBPACK_IMPORTED_MODULE_5__/* .parseVariantsText */ .p2)(values.variants),
            platforms,
            context: values.context,
            file: values.file,
            backend,
            push: !values['no-push'],
            waitForIndex: !values['no-wait'],
            index: values.index,
            waitTimeoutMs: (0,_otai_release_core_docker__WEBPACK_IMPORTED_MODULE_5__/* .waitTimeout */ .j4)(values['wait-timeout'], '--wait-timeout'),
            installFrom,
            dist: values.dist,
            defaultVariant: values['default-variant'],
            tags: values.tag,
            cache,
            provenance: values.provenance,
            sbom: values.sbom,
            registry: values.registry,
            username: values.username,
            password,
            dryRun: values['dry-run'],
            source: sourceFacts(positionals[0] ?? '.', process.env),
        }, {
            logger,
            exec: _otai_release_core_docker__WEBPACK_IMPORTED_MODULE_5__/* .processExec */ .l$,
            http: new _otai_release_core_http__WEBPACK_IMPORTED_MODULE_6__/* .HttpClient */ .Qq({ userAgent: 'otai-release/docker' }),
            env: process.env,
            cwd,
            tempDir,
            now: Date.now,
            sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
        });
        if (values.json) {
            const images = Object.fromEntries(release.variants.map((v) => [
                v.name,
                { tags: v.tags, digest: v.digest ?? '', platforms: v.platforms },
            ]));
            out(`${JSON.stringify({ images, ...(release.failed ? { failed: release.failed } : {}) }, null, 2)}\n`);
        }
        else if (!values.quiet) {
            for (const v of release.variants)
                out(`${v.name}  ${v.digest ?? '(not pushed)'}  ${v.tags.join(' ')}\n`);
        }
        if (release.failed) {
            logger.error(release.failed);
            return 1;
        }
        return 0;
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(tempDir, { recursive: true, force: true });
    }
}
/**
 * The facts labels and the ghcr.io login use, outside a runner: the commit and the GitHub repository
 * from git (when it is a GitHub remote), GITHUB_TOKEN and GITHUB_ACTOR when set.
 */
function sourceFacts(path, env) {
    const git = (...args) => {
        try {
            return (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFileSync)('git', ['-C', path, ...args], {
                encoding: 'utf8',
                stdio: ['ignore', 'pipe', 'ignore'],
            }).trim();
        }
        catch {
            return undefined;
        }
    };
    const remote = git('remote', 'get-url', 'origin');
    const repository = env.GITHUB_REPOSITORY ?? /github\.com[:/]([^/]+\/[^/]+?)(?:\.git)?$/.exec(remote ?? '')?.[1];
    return {
        repository,
        serverUrl: env.GITHUB_SERVER_URL ?? 'https://github.com',
        sha: env.GITHUB_SHA ?? git('rev-parse', 'HEAD'),
        actor: env.GITHUB_ACTOR,
        token: env.GITHUB_TOKEN,
    };
}


/***/ }),

/***/ 62092:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LM: () => (/* binding */ resolveExecutable),
/* harmony export */   Tb: () => (/* binding */ runToFile),
/* harmony export */   aJ: () => (/* binding */ stripAnsi),
/* harmony export */   fE: () => (/* binding */ formatCommand),
/* harmony export */   w$: () => (/* binding */ lastLines)
/* harmony export */ });
/* unused harmony export MAX_OUTPUT */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
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
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(options.logFile, 'w');
    let exit;
    try {
        exit = await new Promise((resolvePromise, reject) => {
            const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(command, args, {
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
    const { size } = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.stat)(path);
    if (size <= max)
        return (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readFile)(path, 'utf8');
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(path, 'r');
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
    const candidates = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.isAbsolute)(name) || /[\\/]/.test(name)
        ? extensions.map((ext) => (0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(cwd, name + ext))
        : (env.PATH ?? env.Path ?? '')
            .split(node_path__WEBPACK_IMPORTED_MODULE_3__.delimiter)
            .filter((dir) => dir !== '')
            .flatMap((dir) => extensions.map((ext) => (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, name + ext)));
    for (const candidate of candidates) {
        const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.stat)(candidate).catch(() => undefined);
        if (!info?.isFile())
            continue;
        if (windows ||
            (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.access)(candidate, node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.X_OK).then(() => true, () => false)))
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


/***/ }),

/***/ 84102:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  A7: () => (/* reexport */ BACKENDS),
  p2: () => (/* reexport */ parseVariantsText),
  Pt: () => (/* reexport */ planText),
  l$: () => (/* reexport */ processExec),
  _6: () => (/* reexport */ releaseImages),
  B_: () => (/* reexport */ validatePlatforms),
  s0: () => (/* reexport */ validateTemplates),
  j4: () => (/* reexport */ waitTimeout)
});

// UNUSED EXPORTS: DEFAULT_PLATFORMS, DEFAULT_TAG_TEMPLATES, DEFAULT_VARIANT_TEMPLATES, DEFAULT_WAIT_TIMEOUT, DIST_CONTEXT_DIR, DOCKER_HUB, RESERVED_BUILD_ARGS, bakeArgs, bakeDigests, bakeFile, buildahBackend, buildahBuildArgs, buildahPushArgs, buildxBackend, defaultImage, findReleaseWheels, imageBaseName, isPinnedTemplate, listPlatforms, loginArgs, makePlan, manifestListName, normalizeImage, ociLabels, outputTail, parseDuration, pushPermissionHint, registryLogin, registryOf, resolveVariants, stageWheels, tagVersion, unstageWheels, variantTags, waitForIndex, waitTimeoutMessage

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./packages/core/src/builder/process.ts
var process = __webpack_require__(62092);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
;// CONCATENATED MODULE: ./packages/core/src/docker/exec.ts
/**
 * Running the container tools: argument arrays (never a shell string), secrets on stdin (never in
 * argv, where `ps` and error messages would show them), output streamed line by line to the log and
 * its tail kept for the error message.
 */

const KEEP = 64 * 1024;
/** The Exec of this machine, over child_process.spawn. */
const processExec = (command, args, options = {}) => new Promise((resolve, reject) => {
    const child = (0,external_node_child_process_.spawn)(command, args, {
        cwd: options.cwd,
        env: options.env,
        stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
        windowsHide: true,
    });
    let output = '';
    let partial = '';
    const take = (chunk) => {
        const text = chunk.toString('utf8');
        output = (output + text).slice(-KEEP);
        if (!options.onLine)
            return;
        const lines = (partial + text).split('\n');
        partial = lines.pop() ?? '';
        for (const line of lines)
            options.onLine(line.replace(/\r$/, ''));
    };
    child.stdout.on('data', take);
    child.stderr.on('data', take);
    child.on('error', reject);
    child.on('close', (code) => {
        if (partial && options.onLine)
            options.onLine(partial);
        resolve({ code: code ?? -1, output });
    });
    if (options.input !== undefined) {
        child.stdin.on('error', () => { });
        child.stdin.end(options.input);
    }
});
/** The last `count` non-empty lines of a command's output, for an error message. */
function outputTail(output, count = 12) {
    return output
        .split('\n')
        .map((l) => l.trimEnd())
        .filter(Boolean)
        .slice(-count)
        .join('\n');
}

// EXTERNAL MODULE: ./packages/core/src/errors/index.ts
var errors = __webpack_require__(45341);
;// CONCATENATED MODULE: ./packages/core/src/docker/images.ts
/** Image names (`ghcr.io/owner/app`) as the Docker reference grammar allows them, and their registries. */

// distribution/reference: a domain (with a dot or a port, or `localhost`) then lower-case path components.
const DOMAIN = /^(?:localhost|(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*|\[[0-9a-fA-F:]+\])(?::[0-9]+)?$/;
const COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
/** Docker Hub's registry host, where names without a domain go. */
const DOCKER_HUB = 'docker.io';
/** The registry an image name pushes to: its first component when that is a host, else Docker Hub. */
function registryOf(image) {
    const first = image.split('/')[0];
    return image.includes('/') && (first.includes('.') || first.includes(':') || first === 'localhost')
        ? first
        : DOCKER_HUB;
}
/**
 * Checks an image name given without tag or digest and returns it with its path lower-cased (GitHub
 * owners often have capitals, GHCR and the reference grammar do not; metadata-action lowers them too).
 */
function normalizeImage(image, what) {
    const text = image.trim();
    if (text.includes('@') || text.split('/').at(-1).includes(':')) {
        throw new errors/* ConfigurationError */.j1(`${what}: '${image}' carries a tag or digest; give the image name alone (ghcr.io/owner/app) — the tags come from the tag templates.`);
    }
    const parts = text.split('/');
    const hasDomain = parts.length > 1 && registryOf(text) !== DOCKER_HUB;
    if (hasDomain && !DOMAIN.test(parts[0])) {
        throw new errors/* ConfigurationError */.j1(`${what}: '${image}' starts with '${parts[0]}', which is not a registry host.`);
    }
    const path = (hasDomain ? parts.slice(1) : parts).map((c) => c.toLowerCase());
    if (path.length === 0 || path.some((c) => !COMPONENT.test(c))) {
        throw new errors/* ConfigurationError */.j1(`${what}: '${image}' is not an image name: write [registry/]path, e.g. ghcr.io/owner/app, with path parts of letters, digits and single . _ or - between them.`);
    }
    return [...(hasDomain ? [parts[0]] : []), ...path].join('/');
}
/** The last path component (`app` of `ghcr.io/owner/app`), used for cache scopes and titles. */
function imageBaseName(image) {
    return image.split('/').at(-1);
}
/** The default image of a GitHub repository: `ghcr.io/<owner>/<repo>`, lower-cased. */
function defaultImage(repository) {
    return repository ? `ghcr.io/${repository.toLowerCase()}` : undefined;
}

;// CONCATENATED MODULE: ./packages/core/src/docker/login.ts

/** The argv of a login, the same for docker, buildah and podman (the password is sent on stdin). */
function loginArgs(login) {
    return ['login', '--username', login.username, '--password-stdin', login.registry];
}
/** The sentence every push or login failure ends with, naming what the token needs on GHCR. */
function pushPermissionHint(registry) {
    return registry === 'ghcr.io'
        ? 'On ghcr.io the job needs `permissions: packages: write`, and a package that already exists must grant this repository Write access (package settings → Manage Actions access).'
        : `Check that credentials for ${registry} are given (username and password) and may push there.`;
}
/** Logs in; a refused login throws with the registry, the tool's words and what to check. */
async function registryLogin(exec, tool, login, options) {
    options.logger.info(`Logging in to ${login.registry} as ${login.username} (${tool}).`);
    const result = await exec(tool, loginArgs(login), { env: options.env, input: login.password });
    if (result.code !== 0) {
        throw new Error(`${tool} login to ${login.registry} as ${login.username} failed:\n${outputTail(result.output, 6)}\n${pushPermissionHint(login.registry)}`);
    }
}

// EXTERNAL MODULE: ./packages/core/src/pep440/index.ts + 5 modules
var pep440 = __webpack_require__(65095);
;// CONCATENATED MODULE: ./packages/core/src/docker/tags.ts
/**
 * Image tags from templates. Versions are PEP 440 (never SemVer: docker/metadata-action's
 * `type=semver` drops `1.2.0rc1` with only a warning), and a tag that does not carry the whole version
 * (`{variant}-latest`, `latest`, `{major}.{minor}`) moves from release to release, so a pre-release
 * never gets one: users of `core-latest` must not be moved onto a release candidate.
 */


/** The tags every variant gets unless configured otherwise. */
const DEFAULT_TAG_TEMPLATES = ['{version}-{variant}', '{variant}-latest'];
/** What the default variant gets on top: the bare version and `latest`. */
const DEFAULT_VARIANT_TEMPLATES = ['{version}', 'latest'];
const PLACEHOLDERS = ['version', 'variant', 'major', 'minor'];
// The OCI distribution spec's tag grammar.
const TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
/** The version as it may appear in a tag: normalised PEP 440, with `+` and `!` (not allowed in tags) as `-`. */
function tagVersion(version) {
    return (0,pep440/* normalizeVersion */.Qj)(version).replace(/[^A-Za-z0-9_.-]/g, '-');
}
/** True when the template carries the whole version, so its tag names one release and never moves. */
function isPinnedTemplate(template) {
    return template.includes('{version}');
}
/**
 * Checks tag templates: known placeholders only, and each variant's tags must differ from the
 * others' (a template without `{variant}` would make every variant push the same tag — the last one
 * wins, as every Open Ticket AI matrix job pushing `latest` did).
 */
function validateTemplates(templates, what) {
    if (templates.length === 0)
        throw new errors/* ConfigurationError */.j1(`${what} lists no tag template; leave it empty for the defaults.`);
    for (const template of templates) {
        for (const [, name] of template.matchAll(/\{([^}]*)\}/g)) {
            if (!PLACEHOLDERS.includes(name)) {
                throw new errors/* ConfigurationError */.j1(`${what}: the template '${template}' has the unknown placeholder {${name}}; use {version}, {variant}, {major} or {minor}.`);
            }
        }
        if (!template.includes('{variant}')) {
            throw new errors/* ConfigurationError */.j1(`${what}: the template '${template}' has no {variant}, so every variant would push the same tag and the last build would win it; add {variant} (the default variant gets {version} and latest by itself).`);
        }
        const sample = render(template, { version: '1.0.0', variant: 'core', major: '1', minor: '0' });
        if (!TAG.test(sample)) {
            throw new errors/* ConfigurationError */.j1(`${what}: the template '${template}' gives the tag '${sample}', which is not a valid image tag (letters, digits, _, . and -, at most 128, not starting with . or -).`);
        }
    }
}
/** The tags of one variant at one version, in template order, without duplicates. */
function variantTags(options) {
    const version = (0,pep440/* parseVersion */.ot)(options.version);
    const prerelease = (0,pep440/* isPrerelease */.V1)(version);
    const values = {
        version: tagVersion(options.version),
        variant: options.variant,
        major: String(version.release[0] ?? 0),
        minor: String(version.release[1] ?? 0),
    };
    const templates = [...options.templates, ...(options.isDefault ? DEFAULT_VARIANT_TEMPLATES : [])];
    const tags = [];
    for (const template of templates) {
        if (prerelease && !isPinnedTemplate(template))
            continue;
        const tag = render(template, values);
        if (!TAG.test(tag)) {
            throw new errors/* ConfigurationError */.j1(`The tag template '${template}' gives '${tag}' for version ${options.version}, which is not a valid image tag (at most 128 letters, digits, _, . and -).`);
        }
        if (!tags.includes(tag))
            tags.push(tag);
    }
    return tags;
}
function render(template, values) {
    return template.replace(/\{(version|variant|major|minor)\}/g, (_, name) => values[name]);
}

;// CONCATENATED MODULE: ./packages/core/src/docker/backends/buildah.ts
/**
 * The buildah backend, and podman's (podman's build and manifest commands take the same arguments):
 * each variant is built for every platform into a local manifest list, which is then pushed with all
 * its images under each tag. Needs no daemon and no emulator for a Dockerfile without RUN steps for
 * other architectures (FROM scratch + COPY).
 */







/** The local manifest list a variant is assembled in. */
function manifestListName(plan, variant) {
    return `localhost/otai-release-${variant.name}:${tagVersion(plan.version)}`;
}
/** The argv (after the tool) that builds one variant for every platform into its manifest list. */
function buildArgs(plan, variant) {
    return [
        'build',
        // podman 4.3's layer cache ignores the platform: with layers on, the arm64 build returns the
        // amd64 image and the list ends up with one platform. buildah's default is off; say it for both.
        '--layers=false',
        '--platform',
        plan.platforms.join(','),
        '--manifest',
        manifestListName(plan, variant),
        '--file',
        plan.dockerfile,
        ...Object.entries(variant.buildArgs).flatMap(([k, v]) => ['--build-arg', `${k}=${v}`]),
        ...Object.entries(variant.labels).flatMap(([k, v]) => ['--label', `${k}=${v}`]),
        ...Object.entries(variant.annotations).flatMap(([k, v]) => ['--annotation', `${k}=${v}`]),
        plan.context,
    ];
}
/** The argv (after the tool) that pushes the list and all its images to one tag. */
function pushArgs(list, ref, digestFile) {
    return ['manifest', 'push', '--all', '--digestfile', digestFile, list, `docker://${ref}`];
}
/** `os/arch[/variant]` of each entry of a manifest list (`manifest inspect` output). */
function listPlatforms(inspectOutput) {
    let list;
    try {
        // The exec interleaves stderr, where a warning may precede the JSON.
        list = JSON.parse(inspectOutput.slice(inspectOutput.indexOf('{'), inspectOutput.lastIndexOf('}') + 1));
    }
    catch {
        return [];
    }
    return (list.manifests ?? []).map(({ platform: p = {} }) => [p.os, p.architecture, p.variant].filter(Boolean).join('/'));
}
// Whatever a tool's cache or defaults did, the list must hold exactly one image per platform asked
// for, or a user on arm64 would pull an amd64 image under the arm64 entry (or none at all).
async function checkListPlatforms(tool, list, platforms, deps) {
    const inspected = await deps.exec(tool, ['manifest', 'inspect', list], { cwd: deps.cwd, env: deps.env });
    const found = listPlatforms(inspected.code === 0 ? inspected.output : '');
    const expected = [...platforms].sort();
    if (JSON.stringify([...found].sort()) !== JSON.stringify(expected)) {
        throw new Error(`${tool} built the manifest list ${list} for ${found.length ? found.join(', ') : 'no platform'}, not for ${expected.join(', ')}; nothing was pushed.${inspected.code === 0 ? '' : `\n${outputTail(inspected.output, 4)}`}`);
    }
}
/** The buildah or podman backend. */
function buildahBackend(tool) {
    return {
        loginTool: tool,
        describe(plan, options) {
            const lines = [];
            for (const v of plan.variants) {
                const list = manifestListName(plan, v);
                lines.push((0,process/* formatCommand */.fE)(tool, buildArgs(plan, v)));
                if (options.push)
                    for (const ref of v.refs)
                        lines.push((0,process/* formatCommand */.fE)(tool, pushArgs(list, ref, 'digest')));
            }
            return `Commands:\n${lines.join('\n')}`;
        },
        async build(plan, options, deps) {
            const digests = {};
            for (const variant of plan.variants) {
                const digest = await deps.logger.group(`Build ${variant.name} (${plan.platforms.join(', ')})`, () => buildVariant(tool, plan, variant, options, deps));
                if (digest)
                    digests[variant.name] = digest;
            }
            return digests;
        },
    };
}
async function buildVariant(tool, plan, variant, options, deps) {
    const run = async (args) => {
        deps.logger.info((0,process/* formatCommand */.fE)(tool, args));
        return deps.exec(tool, args, { cwd: deps.cwd, env: deps.env, onLine: (l) => deps.logger.info(l) });
    };
    const list = manifestListName(plan, variant);
    // A list left by an earlier run would gain a second set of images; start from none.
    await deps.exec(tool, ['manifest', 'rm', list], { cwd: deps.cwd, env: deps.env });
    try {
        const built = await run(buildArgs(plan, variant));
        if (built.code !== 0) {
            throw new Error(`${tool} build of the variant ${variant.name} failed (exit code ${built.code}):\n${outputTail(built.output)}`);
        }
        await checkListPlatforms(tool, list, plan.platforms, deps);
        if (!options.push)
            return undefined;
        let digest;
        for (const ref of variant.refs) {
            const digestFile = (0,external_node_path_.join)(deps.tempDir, `${variant.name}.digest`);
            await (0,promises_.rm)(digestFile, { force: true });
            const pushed = await run(pushArgs(list, ref, digestFile));
            // buildah 1.28 exits 0 when the registry cannot be reached, leaving the digest file empty: only
            // a digest written proves the push.
            const written = (await (0,promises_.readFile)(digestFile, 'utf8').catch(() => '')).trim();
            if (pushed.code !== 0 || !/^sha256:[0-9a-f]{64}$/.test(written)) {
                const why = pushed.code !== 0 ? '' : ` (${tool} exited 0 but wrote no digest: the push did not complete)`;
                throw new Error(`Pushing ${ref} (variant ${variant.name}) failed${why}:\n${outputTail(pushed.output, 6)}\n${pushPermissionHint(registryOf(ref))}`);
            }
            digest = written;
        }
        return digest;
    }
    finally {
        await deps.exec(tool, ['manifest', 'rm', list], { cwd: deps.cwd, env: deps.env });
    }
}

;// CONCATENATED MODULE: ./packages/core/src/docker/bake.ts
/**
 * The bake file of a plan. Annotations go to the image manifests and, when the push makes an index
 * (several platforms, or attestations), to the index as well, which is what a registry shows for a
 * multi-platform tag; BuildKit refuses index annotations when it writes no index.
 */
function bakeFile(plan, attest) {
    const makesIndex = plan.platforms.length > 1 || attest.provenance || attest.sbom;
    const level = makesIndex ? 'index,manifest' : 'manifest';
    const target = {};
    for (const v of plan.variants) {
        target[v.name] = {
            context: plan.context,
            dockerfile: plan.dockerfile,
            platforms: [...plan.platforms],
            args: { ...v.buildArgs },
            tags: [...v.refs],
            labels: { ...v.labels },
            annotations: Object.entries(v.annotations).map(([k, value]) => `${level}:${k}=${value}`),
            attest: [
                attest.provenance ? 'type=provenance,mode=max' : 'type=provenance,disabled=true',
                attest.sbom ? 'type=sbom' : 'type=sbom,disabled=true',
            ],
            ...(v.cacheScope
                ? {
                    'cache-from': [`type=gha,scope=${v.cacheScope}`],
                    'cache-to': [`type=gha,scope=${v.cacheScope},mode=max`],
                }
                : {}),
        };
    }
    return { group: { default: { targets: plan.variants.map((v) => v.name) } }, target };
}
/**
 * The pushed digest of each target from bake's metadata file (`{"<target>": {"containerimage.digest":
 * "sha256:…"}}`); targets without one are left out.
 */
function bakeDigests(metadataText) {
    let parsed;
    try {
        parsed = JSON.parse(metadataText);
    }
    catch {
        return {};
    }
    const digests = {};
    if (!parsed || typeof parsed !== 'object')
        return digests;
    for (const [target, value] of Object.entries(parsed)) {
        const digest = value?.['containerimage.digest'];
        if (typeof digest === 'string' && /^sha256:[0-9a-f]{64}$/.test(digest))
            digests[target] = digest;
    }
    return digests;
}

;// CONCATENATED MODULE: ./packages/core/src/docker/backends/buildx.ts
/**
 * The buildx backend (GitHub's runners have Docker with buildx): one `docker buildx bake` over a
 * generated bake file, so BuildKit builds the variants concurrently and shares their common layers,
 * then each target's digest is read from the `--metadata-file`.
 */








/** The argv of the bake run (after `docker`). */
function bakeArgs(bakePath, metadataPath, push) {
    return [
        'buildx',
        'bake',
        '--file',
        bakePath,
        '--metadata-file',
        metadataPath,
        '--progress',
        'plain',
        ...(push ? ['--push'] : []),
    ];
}
// What registries answer a push without rights: 401/403, `denied`, `insufficient_scope`.
const PUSH_REFUSED = /\b(denied|unauthorized|forbidden|insufficient_scope|401|403)\b/i;
/** The buildx backend. */
const buildxBackend = {
    loginTool: 'docker',
    async preflight(deps) {
        const version = await deps.exec('docker', ['buildx', 'version'], { cwd: deps.cwd, env: deps.env });
        if (version.code !== 0) {
            throw new errors/* ConfigurationError */.j1(`backend: buildx needs the docker buildx plugin, which does not answer here (${outputTail(version.output, 2) || `exit code ${version.code}`}): add docker/setup-buildx-action before this step, or choose backend: buildah.`);
        }
    },
    describe(plan, options) {
        const file = bakeFile(plan, options);
        return [
            `docker-bake.json:\n${JSON.stringify(file, null, 2)}`,
            `Command: ${(0,process/* formatCommand */.fE)('docker', bakeArgs('docker-bake.json', 'bake-metadata.json', options.push))}`,
        ].join('\n');
    },
    async build(plan, options, deps) {
        const bakePath = (0,external_node_path_.join)(deps.tempDir, 'docker-bake.json');
        const metadataPath = (0,external_node_path_.join)(deps.tempDir, 'bake-metadata.json');
        await (0,promises_.writeFile)(bakePath, `${JSON.stringify(bakeFile(plan, options), null, 2)}\n`);
        const args = bakeArgs(bakePath, metadataPath, options.push);
        deps.logger.info((0,process/* formatCommand */.fE)('docker', args));
        // The runner gives a JavaScript action ACTIONS_CACHE_URL and ACTIONS_RUNTIME_TOKEN in its
        // environment; passed on, they let buildx reach the gha cache without any other step.
        const result = await deps.logger.group(`Build ${plan.variants.map((v) => v.name).join(', ')} (docker buildx bake)`, () => deps.exec('docker', args, { cwd: deps.cwd, env: deps.env, onLine: (l) => deps.logger.info(l) }));
        if (result.code !== 0) {
            const tail = outputTail(result.output);
            if (options.push && PUSH_REFUSED.test(tail)) {
                const registries = [...new Set(plan.images.map(registryOf))];
                throw new Error(`Pushing ${plan.images.join(', ')} was refused:\n${tail}\n${registries.map(pushPermissionHint).join('\n')}`);
            }
            throw new Error(`docker buildx bake failed (exit code ${result.code}):\n${tail}`);
        }
        const metadata = await (0,promises_.readFile)(metadataPath, 'utf8').catch(() => '');
        const digests = bakeDigests(metadata);
        if (options.push) {
            const missing = plan.variants.filter((v) => !digests[v.name]).map((v) => v.name);
            if (missing.length > 0) {
                throw new Error(`docker buildx bake succeeded but its metadata file names no pushed digest for ${missing.join(', ')}; the images may not have been pushed (is the builder a docker-container driver, as docker/setup-buildx-action creates?).`);
            }
        }
        return digests;
    },
};

// EXTERNAL MODULE: ./packages/core/src/names/index.ts
var names = __webpack_require__(40522);
// EXTERNAL MODULE: ./packages/core/src/package-index/index.ts + 4 modules
var package_index = __webpack_require__(34658);
;// CONCATENATED MODULE: ./packages/core/src/docker/dist-context.ts
/**
 * `install-from: dist`: the wheels this run built are copied into the build context, so the image
 * installs exactly those files and the build cannot race the index. Every variant's packages must have
 * a wheel at the release version, checked before anything is built.
 */






/** The directory inside the build context that receives the wheels (passed to the Dockerfile as DIST_DIR). */
const DIST_CONTEXT_DIR = '.otai-release-dist';
/**
 * Finds the wheels of `version` in `distDir` (a directory, as build-python-dist writes it) and checks
 * that every one of `projects` has one. Throws ConfigurationError naming what is missing.
 */
async function findReleaseWheels(distDir, projects, version) {
    const info = await (0,promises_.stat)(distDir).catch(() => undefined);
    if (!info?.isDirectory()) {
        throw new errors/* ConfigurationError */.j1(`install-from: dist copies this run's wheels from '${distDir}', which is not a directory; build them first (build-python-dist) or point dist at them.`);
    }
    const wanted = (0,pep440/* canonicalizeVersion */.xz)(version);
    const wheels = (await (0,promises_.readdir)(distDir)).filter((name) => {
        const parsed = (0,package_index/* parseDistFilename */.hk)(name);
        return parsed?.kind === 'wheel' && (0,pep440/* canonicalizeVersion */.xz)(parsed.version) === wanted;
    });
    const have = new Set(wheels.map((w) => (0,names/* canonicalizeName */.yt)((0,package_index/* parseDistFilename */.hk)(w).name)));
    const missing = projects.filter((p) => !have.has((0,names/* canonicalizeName */.yt)(p)));
    if (missing.length > 0) {
        throw new errors/* ConfigurationError */.j1(`install-from: dist needs a wheel of ${missing.map((p) => `${p} ${version}`).join(', ')} in '${distDir}', which has ${wheels.length ? wheels.join(', ') : 'no wheel of that version'}; build every package the variants install, or install from the index.`);
    }
    return wheels.sort();
}
/** Copies the wheels into `<context>/.otai-release-dist/` (emptied first). */
async function stageWheels(distDir, wheels, context) {
    const dir = (0,external_node_path_.resolve)(context, DIST_CONTEXT_DIR);
    await (0,promises_.rm)(dir, { recursive: true, force: true });
    await (0,promises_.mkdir)(dir, { recursive: true });
    for (const wheel of wheels)
        await (0,promises_.copyFile)((0,external_node_path_.join)(distDir, wheel), (0,external_node_path_.join)(dir, wheel));
    return { dir, relative: (0,external_node_path_.relative)(context, dir).split('\\').join('/'), files: [...wheels] };
}
/** Removes the staged wheels from the context, so the checkout is left as it was. */
async function unstageWheels(staged) {
    await (0,promises_.rm)(staged.dir, { recursive: true, force: true });
}

;// CONCATENATED MODULE: ./packages/core/src/docker/labels.ts
/**
 * OCI labels and annotations (the pre-defined `org.opencontainers.image.*` keys, as
 * docker/metadata-action sets them): registries and scanners read the version, the commit, the source
 * repository and the licence from them.
 */
const PREFIX = 'org.opencontainers.image.';
/** The OCI labels of one variant: the title names the variant, so a registry listing tells them apart. */
function ociLabels(facts, variant) {
    const labels = {};
    const set = (key, value) => {
        if (value)
            labels[`${PREFIX}${key}`] = value;
    };
    set('title', facts.title ? `${facts.title} (${variant})` : variant);
    set('description', facts.description);
    set('version', facts.version);
    set('revision', facts.revision);
    set('source', facts.source);
    set('url', facts.source);
    set('created', facts.created);
    set('licenses', facts.licenses);
    return labels;
}

;// CONCATENATED MODULE: ./packages/core/src/docker/plan.ts
/**
 * The build plan: variants × platforms × tags, with the build arguments, labels and annotations of
 * each variant. Every backend builds exactly this plan, and a dry run prints it, so what is shown is
 * what would be pushed.
 */





const PLATFORM = /^[a-z0-9]+\/[a-z0-9_]+(?:\/[a-z0-9]+)?$/;
/** Checks a platform list (`linux/amd64`, `linux/arm/v7`). */
function validatePlatforms(platforms, what) {
    if (platforms.length === 0)
        throw new errors/* ConfigurationError */.j1(`${what} lists no platform; e.g. linux/amd64,linux/arm64.`);
    for (const platform of platforms) {
        if (!PLATFORM.test(platform)) {
            throw new errors/* ConfigurationError */.j1(`${what}: '${platform}' is not a platform; write os/arch[/variant] in lower case, e.g. linux/amd64 or linux/arm/v7.`);
        }
    }
    const twice = platforms.find((p, i) => platforms.indexOf(p) !== i);
    if (twice)
        throw new errors/* ConfigurationError */.j1(`${what} lists ${twice} twice.`);
}
/** Makes the plan. */
function makePlan(input) {
    const version = (0,pep440/* normalizeVersion */.Qj)(input.version);
    if (input.defaultVariant !== undefined && !input.variants.some((v) => v.name === input.defaultVariant)) {
        throw new errors/* ConfigurationError */.j1(`The default variant '${input.defaultVariant}' is not one of the variants (${input.variants.map((v) => v.name).join(', ')}); name one of them or leave default-variant empty.`);
    }
    const variants = input.variants.map((variant) => {
        const isDefault = variant.name === input.defaultVariant;
        const tags = variantTags({ version, variant: variant.name, templates: input.templates, isDefault });
        const labels = ociLabels({ ...input.labels, version }, variant.name);
        const buildArgs = {
            ...variant.buildArgs,
            PACKAGES: variant.requirements.join(' '),
            VERSION: version,
            INSTALL_FROM: input.installFrom,
        };
        if (input.installFrom === 'dist' && input.distDir)
            buildArgs.DIST_DIR = input.distDir;
        if (input.installFrom === 'index' && input.indexUrl)
            buildArgs.INDEX_URL = input.indexUrl;
        return {
            name: variant.name,
            requirements: variant.requirements,
            projects: variant.projects,
            isDefault,
            tags,
            refs: input.images.flatMap((image) => tags.map((tag) => `${image}:${tag}`)),
            buildArgs,
            labels,
            annotations: { ...labels },
            cacheScope: input.cache === 'gha' ? `${imageBaseName(input.images[0])}-${variant.name}` : undefined,
        };
    });
    return {
        version,
        prerelease: (0,pep440/* isPrerelease */.V1)(version),
        images: input.images,
        platforms: input.platforms,
        context: input.context,
        dockerfile: input.dockerfile,
        installFrom: input.installFrom,
        variants,
    };
}
/** The plan as people read it in a log or a dry run: variants × platforms × tags and build arguments. */
function planText(plan) {
    const lines = [
        `Version ${plan.version}${plan.prerelease ? ' (a pre-release: no tag that moves, such as -latest or latest)' : ''}; ` +
            `${plan.variants.length} variant(s) × ${plan.platforms.length} platform(s) (${plan.platforms.join(', ')}); ` +
            `installing from ${plan.installFrom === 'dist' ? "this run's wheels" : 'the index'}.`,
        `Dockerfile ${plan.dockerfile}, context ${plan.context}.`,
    ];
    for (const v of plan.variants) {
        lines.push(`- ${v.name}${v.isDefault ? ' (default variant)' : ''}: ${v.requirements.join(' ')}`);
        for (const ref of v.refs)
            lines.push(`    tag   ${ref}`);
        for (const [k, value] of Object.entries(v.buildArgs))
            lines.push(`    arg   ${k}=${value}`);
        if (v.cacheScope)
            lines.push(`    cache type=gha,scope=${v.cacheScope}`);
    }
    return lines.join('\n');
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./packages/core/src/pyproject/index.ts + 15 modules
var pyproject = __webpack_require__(99327);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./packages/core/src/text/index.ts + 2 modules
var src_text = __webpack_require__(97608);
;// CONCATENATED MODULE: ./packages/core/src/docker/variants.ts
/**
 * Image variants: one image per set of packages, built from the same Dockerfile (Open Ticket AI's
 * core, core + HuggingFace plugin, core + OTOBO/Znuny plugin, all). They come from the `variants`
 * input (a YAML or JSON list) or from `[tool.otai-release.docker] variants`; both are checked here, so
 * a typo fails before anything is built.
 */




// Bake target names allow [a-zA-Z0-9_-]; tags allow dots too. Lower case keeps tags predictable.
const VARIANT_NAME = /^[a-z0-9](?:[a-z0-9_-]*[a-z0-9])?$/;
const BUILD_ARG_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const EXTRA_NAME = /^[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?$/;
/** Build arguments otai-release sets itself; a variant may not override them. */
const RESERVED_BUILD_ARGS = ['PACKAGES', 'VERSION', 'INSTALL_FROM', 'DIST_DIR', 'INDEX_URL'];
const VARIANT_KEYS = ['name', 'packages', 'extras', 'build-args'];
const EXAMPLE = '[{name: core, packages: [open-ticket-ai]}, {name: hf-local, packages: [open-ticket-ai, otai-hf-local]}]';
/** Parses the `variants` input: a YAML or JSON list of {name, packages, extras, build-args}. */
function parseVariantsText(text) {
    const what = "Input 'variants'";
    let value;
    try {
        // JSON is YAML, so one parser reads both.
        value = (0,dist/* parse */.qg)(text);
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j1(`${what} is neither YAML nor JSON (${error.message.split('\n')[0]}): write a list such as ${EXAMPLE}.`);
    }
    if (!Array.isArray(value) || value.length === 0) {
        throw new errors/* ConfigurationError */.j1(`${what} must be a non-empty list of variants, e.g. ${EXAMPLE}.`);
    }
    return value.map((item, i) => {
        const at = `${what}, item ${i + 1}`;
        if (!item || typeof item !== 'object' || Array.isArray(item)) {
            throw new errors/* ConfigurationError */.j1(`${at} must be a mapping with name and packages (or extras), e.g. ${EXAMPLE}.`);
        }
        const entry = item;
        for (const key of Object.keys(entry)) {
            if (VARIANT_KEYS.includes(key))
                continue;
            const guess = (0,src_text/* nearest */.pA)(key, VARIANT_KEYS);
            throw new errors/* ConfigurationError */.j1(`${at} has the unknown key '${key}'${guess ? `: did you mean '${guess}'?` : '.'} Known keys: ${(0,src_text/* listOf */.c3)(VARIANT_KEYS)}.`);
        }
        if (typeof entry.name !== 'string' || entry.name === '') {
            throw new errors/* ConfigurationError */.j1(`${at} needs a name (a string such as core or hf-local).`);
        }
        const list = (key) => {
            const v = entry[key];
            if (v === undefined || v === null)
                return undefined;
            if (typeof v === 'string')
                return v.split(/[\s,]+/).filter(Boolean);
            if (Array.isArray(v) && v.every((x) => typeof x === 'string'))
                return v;
            throw new errors/* ConfigurationError */.j1(`${at} (${entry.name}): ${key} must be a list of strings.`);
        };
        const args = entry['build-args'] ?? {};
        if (typeof args !== 'object' || args === null || Array.isArray(args)) {
            throw new errors/* ConfigurationError */.j1(`${at} (${entry.name}): build-args must be a mapping such as {PYTHON: "3.13"}.`);
        }
        const buildArgs = {};
        for (const [k, v] of Object.entries(args)) {
            if (typeof v === 'object' && v !== null) {
                throw new errors/* ConfigurationError */.j1(`${at} (${entry.name}): build-args.${k} must be a string.`);
            }
            buildArgs[k] = String(v);
        }
        return { name: entry.name, packages: list('packages'), extras: list('extras'), buildArgs };
    });
}
/**
 * Checks variant settings and resolves what each installs. `repositoryPackages` are the project names
 * of the repository in release order (the first is the core that `extras` and a variant without
 * `packages` refer to); undefined when the repository could not be read.
 */
function resolveVariants(settings, source, repositoryPackages) {
    if (settings.length === 0) {
        throw new errors/* ConfigurationError */.j1(`${source.what} lists no variant; list at least one, e.g. ${EXAMPLE}.`, source.position);
    }
    const seen = new Set();
    return settings.map((setting) => {
        const at = `${source.what}: variant '${setting.name}'`;
        const fail = (message) => {
            throw new errors/* ConfigurationError */.j1(`${at} ${message}`, source.position);
        };
        if (!VARIANT_NAME.test(setting.name)) {
            fail('is not a usable variant name: use lower-case letters, digits, - and _ (it becomes part of image tags and of a bake target name), e.g. hf-local.');
        }
        if (seen.has(setting.name))
            fail('is listed twice; give each variant its own name.');
        seen.add(setting.name);
        const core = setting.packages?.[0] ?? repositoryPackages?.[0];
        if (!core) {
            fail('names no packages, and no repository was read to take the first package from: list its packages.');
        }
        const packages = setting.packages ?? [core];
        for (const name of packages) {
            if (!(0,names/* isValidName */.uV)(name)) {
                fail(`names the package ${JSON.stringify(name)}, which is not a project name (write the name alone, without version or extras; extras go in extras).`);
            }
        }
        if (repositoryPackages) {
            const known = new Set(repositoryPackages.map(names/* canonicalizeName */.yt));
            for (const name of packages) {
                if (!known.has((0,names/* canonicalizeName */.yt)(name))) {
                    const guess = (0,src_text/* nearest */.pA)(name, repositoryPackages);
                    fail(`installs ${name}, which is not a package of this repository${guess ? ` (did you mean ${guess}?)` : ''}; its packages are ${(0,src_text/* listOf */.c3)(repositoryPackages)}.`);
                }
            }
        }
        const extras = setting.extras ?? [];
        for (const extra of extras) {
            if (!EXTRA_NAME.test(extra))
                fail(`has the extra ${JSON.stringify(extra)}, which is not an extra name.`);
        }
        for (const key of Object.keys(setting.buildArgs)) {
            if (!BUILD_ARG_NAME.test(key))
                fail(`has the build argument '${key}', which is not a valid ARG name.`);
            if (RESERVED_BUILD_ARGS.includes(key)) {
                fail(`sets the build argument ${key}, which otai-release sets itself; remove it from build-args.`);
            }
        }
        const projects = [...new Set(packages.map(names/* canonicalizeName */.yt))];
        const requirements = packages.map((name, i) => i === 0 && extras.length > 0 ? `${name}[${extras.join(',')}]` : name);
        return { name: setting.name, requirements, projects, buildArgs: { ...setting.buildArgs } };
    });
}

// EXTERNAL MODULE: ./packages/core/src/http/index.ts + 4 modules
var src_http = __webpack_require__(4997);
;// CONCATENATED MODULE: ./packages/core/src/docker/wait-for-index.ts
/**
 * Waiting for the index before building images that install from it. Right after an upload PyPI's
 * CDN may still serve a simple page without the new files for minutes (reference: pip #11210,
 * warehouse #11512), and a build that runs `pip install pkg==X` then fails — or, unpinned, bakes the
 * previous release. So every package==version is polled on the simple API (the one pip reads, not
 * the JSON API, which can be ahead of it) until its files are listed, with backoff and a deadline.
 */




/** Parses a duration: `900` (seconds), `90s`, `20m`, `1h`, `1h30m`. */
function parseDuration(text, what) {
    const value = text.trim();
    if (/^\d+(\.\d+)?$/.test(value))
        return Number(value) * 1000;
    const units = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
    const parts = [...value.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h)/g)];
    if (parts.length === 0 || parts.map((p) => p[0]).join('') !== value) {
        throw new errors/* ConfigurationError */.j1(`${what} is '${text}', which is not a duration: write e.g. 900 (seconds), 90s, 20m or 1h.`);
    }
    return parts.reduce((sum, [, n, unit]) => sum + Number(n) * units[unit], 0);
}
/** Polls until every project lists files of `version`, or the deadline passes. */
async function waitForIndex(options, deps) {
    const { endpoints, version } = options;
    const first = options.firstDelayMs ?? 5_000;
    const max = options.maxDelayMs ?? 60_000;
    const started = deps.now();
    let pending = [...new Set(options.projects.map(names/* canonicalizeName */.yt))];
    let polls = 0;
    let lastError;
    deps.logger.info(`Waiting for ${pending.map((p) => `${p}==${version}`).join(', ')} on ${(0,src_http/* displayUrl */.Qy)(endpoints.simpleUrl)} (at most ${(0,src_http/* secondsText */.Hd)(options.timeoutMs)}).`);
    for (;;) {
        polls++;
        const answers = await Promise.all(pending.map(async (project) => {
            try {
                return {
                    project,
                    listed: (await simpleFiles(deps.http, endpoints, project)).some((f) => (0,package_index/* isFileOfRelease */.Fn)(f.filename, project, version)),
                };
            }
            catch (error) {
                lastError = `${project}: ${error.message}`;
                return { project, listed: false };
            }
        }));
        const found = answers.filter((a) => a.listed).map((a) => a.project);
        for (const project of found)
            deps.logger.info(`${project}==${version} is listed on the index.`);
        pending = answers.filter((a) => !a.listed).map((a) => a.project);
        const waited = deps.now() - started;
        if (pending.length === 0)
            return { ready: true, missing: [], polls, waitedMs: waited, lastError };
        const remaining = options.timeoutMs - waited;
        if (remaining <= 0)
            return { ready: false, missing: pending, polls, waitedMs: waited, lastError };
        const delay = Math.min((0,src_http/* backoffDelay */.EY)(polls, first, max), remaining);
        deps.logger.info(`Not listed yet: ${pending.map((p) => `${p}==${version}`).join(', ')}; asking again in ${(0,src_http/* secondsText */.Hd)(delay)}.`);
        await deps.sleep(delay);
    }
}
/** The failure message of a wait that timed out: what is missing, where, for how long, and what to do. */
function waitTimeoutMessage(result, version, endpoints) {
    return (`Still not on ${(0,src_http/* displayUrl */.Qy)(endpoints.simpleUrl)} after ${(0,src_http/* secondsText */.Hd)(result.waitedMs)} (${result.polls} polls): ` +
        `${result.missing.map((p) => `${p}==${version}`).join(', ')}.` +
        (result.lastError ? ` The last read failed: ${result.lastError}.` : '') +
        ' Check that the publish step uploaded them to this index, raise wait-timeout if the index is slow, ' +
        "or build from this run's wheels with install-from: dist.");
}
// pip sends max-age=0 for index pages so that a CDN revalidates instead of serving its cached copy
// (PyPI's simple pages carry max-age=600); the same here, or the poll would see the stale page.
async function simpleFiles(http, endpoints, project) {
    const headers = new Headers({ accept: package_index/* SIMPLE_ACCEPT */.IH, 'cache-control': 'max-age=0' });
    const authorization = (0,package_index/* authorizationHeader */.bc)(endpoints);
    if (authorization)
        headers.set('authorization', authorization);
    const response = await http.request(`${endpoints.simpleUrl}${(0,names/* canonicalizeName */.yt)(project)}/`, { headers });
    if (response.status === 404)
        return [];
    if (!response.ok)
        throw await (0,src_http/* statusError */.$C)(response);
    const type = (response.headers.get('content-type') ?? '').toLowerCase();
    if (/^application\/(vnd\.pypi\.simple\.(v1|latest)\+)?json\b/.test(type)) {
        return (0,package_index/* parseSimpleJson */.S6)(await response.json(), response.url).files;
    }
    return (0,package_index/* parseSimpleHtml */.X0)(await response.text(), response.url);
}

;// CONCATENATED MODULE: ./packages/core/src/docker/release.ts
/**
 * docker-variants from start to end, shared by the action and the CLI: settings (inputs over
 * `[tool.otai-release.docker]` over defaults) are resolved and checked, the plan is made and shown,
 * the index is waited for, the registries logged in to, and the backend builds and pushes. Everything
 * that can be wrong with the settings fails before the first build, so nothing is half-pushed.
 */
















/** The build tools docker-variants drives. */
/**
 * The Dockerfile's default name. Joined with path.format, not resolve/join: ncc's asset relocator
 * takes `resolve(dir, 'Dockerfile')` for a file of ours and copies every Dockerfile it finds into the bundle.
 */
const DOCKERFILE_NAME = 'Dockerfile';
/** The backend names, for inputs and options. */
const BACKENDS = ['buildx', 'buildah', 'podman'];
/** The platforms built when neither input nor configuration names any (Open Ticket AI's two). */
const DEFAULT_PLATFORMS = ['linux/amd64', 'linux/arm64'];
/** The default of wait-timeout. */
const DEFAULT_WAIT_TIMEOUT = '20m';
/** The duration of the wait-timeout setting, checked. */
function waitTimeout(text, what = "Input 'wait-timeout'") {
    const ms = parseDuration(text ?? DEFAULT_WAIT_TIMEOUT, what);
    if (ms <= 0)
        throw new errors/* ConfigurationError */.j1(`${what} must be above zero.`);
    return ms;
}
/** Resolves the settings, shows the plan, then (unless a dry run) waits, logs in, builds and pushes. */
async function releaseImages(options, deps) {
    const { logger } = deps;
    const root = (0,external_node_path_.resolve)(deps.cwd, options.path);
    const repo = (0,pyproject/* readRepository */.Nu)(root);
    const config = repo.config;
    const docker = config.docker;
    const version = releaseVersion(options.version, repo);
    const packageNames = repo.packages.map((p) => p.name);
    const imageSource = options.images ? "Input 'image'" : '[tool.otai-release.docker] image';
    const rawImages = options.images ??
        docker?.image ??
        [defaultImage(options.source.repository)].filter((x) => !!x);
    if (rawImages.length === 0) {
        throw new errors/* ConfigurationError */.j1('No image to build: set the image input (e.g. ghcr.io/owner/app) or image in [tool.otai-release.docker].');
    }
    const images = [...new Set(rawImages.map((i) => normalizeImage(i, imageSource)))];
    const variants = resolveVariantSettings(options.variants, config, packageNames);
    const platforms = options.platforms ?? docker?.platforms ?? [...DEFAULT_PLATFORMS];
    validatePlatforms(platforms, options.platforms ? "Input 'platforms'" : '[tool.otai-release.docker] platforms');
    const templates = options.tags ?? docker?.tags ?? DEFAULT_TAG_TEMPLATES;
    validateTemplates(templates, options.tags ? "Input 'tags'" : '[tool.otai-release.docker] tags');
    const context = (0,external_node_path_.resolve)(root, options.context ?? docker?.context ?? '.');
    if (!(0,external_node_fs_.existsSync)(context) || !(0,external_node_fs_.statSync)(context).isDirectory()) {
        throw new errors/* ConfigurationError */.j1(`The build context '${context}' is not a directory; set context to the directory the Dockerfile copies from.`);
    }
    const dockerfile = options.file
        ? (0,external_node_path_.resolve)(root, options.file)
        : docker?.dockerfile
            ? (0,external_node_path_.resolve)(root, docker.dockerfile)
            : (0,external_node_path_.format)({ dir: context, base: DOCKERFILE_NAME });
    if (!(0,external_node_fs_.existsSync)(dockerfile)) {
        throw new errors/* ConfigurationError */.j1(`The Dockerfile '${dockerfile}' does not exist; set file (or [tool.otai-release.docker] file) to it.`);
    }
    const cache = options.cache ?? (options.backend === 'buildx' ? 'gha' : 'none');
    if (options.backend !== 'buildx') {
        if (cache === 'gha') {
            throw new errors/* ConfigurationError */.j1(`cache: gha is BuildKit's GitHub Actions cache, which ${options.backend} does not have; set cache: none, or backend: buildx.`);
        }
        if (options.provenance || options.sbom) {
            throw new errors/* ConfigurationError */.j1(`provenance and sbom attestations are made by BuildKit; ${options.backend} cannot attach them: set them to false, or backend: buildx.`);
        }
    }
    let endpoints;
    if (options.installFrom === 'index')
        endpoints = (0,package_index/* resolveIndex */.pQ)(options.index ?? config.index ?? 'pypi');
    let wheels = [];
    const distDir = (0,external_node_path_.resolve)(deps.cwd, options.dist);
    if (options.installFrom === 'dist') {
        wheels = await findReleaseWheels(distDir, [...new Set(variants.flatMap((v) => v.projects))], version);
    }
    const logins = registryLogins(options, images);
    // Settings that this run cannot use are said, not silently dropped.
    if (options.installFrom === 'dist' && options.index !== undefined) {
        logger.warning(`The index ${options.index} is not used: install-from: dist installs this run's wheels and waits for no index.`);
    }
    if (!options.push && (options.username !== undefined || options.registry !== undefined)) {
        logger.warning('No registry is logged in to: push is off, so username, password and registry are not used.');
    }
    const backend = backendFor(options.backend);
    if (!options.dryRun && !(await (0,process/* resolveExecutable */.LM)(backend.loginTool, deps.env, deps.cwd))) {
        throw new errors/* ConfigurationError */.j1(`backend: ${options.backend} runs '${backend.loginTool}', which is not installed here: ${options.backend === 'buildx'
            ? 'set up Docker with buildx (docker/setup-buildx-action)'
            : `install it (apt-get install ${options.backend})`}, or choose another backend.`);
    }
    const plan = makePlan({
        version,
        images,
        variants,
        platforms,
        context,
        dockerfile,
        templates,
        defaultVariant: options.defaultVariant ?? docker?.defaultVariant,
        labels: labelFacts(repo, options.source, createdTime(deps.env, deps.now())),
        installFrom: options.installFrom,
        distDir: options.installFrom === 'dist' ? DIST_CONTEXT_DIR : undefined,
        indexUrl: endpoints?.simpleUrl,
        cache,
    });
    // Last of the checks, first of the commands: a runner without buildx fails now, not after the wait.
    if (!options.dryRun) {
        await backend.preflight?.({ exec: deps.exec, env: deps.env, logger, tempDir: deps.tempDir, cwd: root });
    }
    const backendOptions = { push: options.push, provenance: options.provenance, sbom: options.sbom };
    const described = backend.describe(plan, backendOptions);
    const planned = (digests = {}) => plan.variants.map((v) => ({
        name: v.name,
        tags: v.refs,
        platforms: plan.platforms,
        digest: digests[v.name],
        isDefault: v.isDefault,
    }));
    const outcome = {
        plan,
        backend: options.backend,
        dryRun: options.dryRun,
        described,
        logins: logins.map((l) => l.registry),
    };
    await logger.group('Plan', async () => {
        logger.info(planText(plan));
        if (options.installFrom === 'dist')
            logger.info(`Wheels copied into ${DIST_CONTEXT_DIR}/ of the context: ${wheels.join(', ')}`);
        if (endpoints && options.waitForIndex)
            logger.info(`Before building: wait until every package==${version} is listed on ${endpoints.simpleUrl}.`);
        if (options.dryRun)
            logger.info(described);
        else
            logger.debug(described);
    });
    if (options.dryRun)
        return { ...outcome, variants: planned(), pushed: false };
    let wait;
    if (endpoints && options.waitForIndex) {
        const projects = [...new Set(variants.flatMap((v) => v.projects))];
        wait = await logger.group('Wait for the index', () => waitForIndex({ endpoints: endpoints, projects, version, timeoutMs: options.waitTimeoutMs }, deps));
        if (!wait.ready) {
            return {
                ...outcome,
                variants: planned(),
                pushed: false,
                wait,
                failed: waitTimeoutMessage(wait, version, endpoints),
            };
        }
    }
    if (options.push) {
        for (const login of logins)
            await registryLogin(deps.exec, backend.loginTool, login, { env: deps.env, logger });
    }
    const staged = options.installFrom === 'dist' ? await stageWheels(distDir, wheels, context) : undefined;
    try {
        const digests = await backend.build(plan, backendOptions, {
            exec: deps.exec,
            env: deps.env,
            logger,
            tempDir: deps.tempDir,
            cwd: root,
        });
        return { ...outcome, variants: planned(digests), pushed: options.push, wait };
    }
    catch (error) {
        if (error instanceof errors/* ConfigurationError */.j1)
            throw error;
        return { ...outcome, variants: planned(), pushed: false, wait, failed: error.message };
    }
    finally {
        if (staged)
            await unstageWheels(staged);
    }
}
function backendFor(name) {
    return name === 'buildx' ? buildxBackend : buildahBackend(name);
}
/** The release version: the input, else the one version every package of the repository declares. */
function releaseVersion(given, repo) {
    if (given !== undefined) {
        if (!(0,pep440/* tryParseVersion */.z0)(given)) {
            throw new errors/* ConfigurationError */.j1(`Input 'version' is '${given}', which is not a PEP 440 version (e.g. 1.4.0, 1.4.0rc1); pass validate-versions' version output.`);
        }
        return (0,pep440/* normalizeVersion */.Qj)(given);
    }
    // A package whose version could not be read might disagree with the others: no guessing.
    if (repo.unreadable.length > 0)
        throw repo.unreadable[0].error;
    const declared = repo.packages.map((p) => ({ name: p.name, version: (0,pyproject/* declaredVersion */.Pn)(p) }));
    const unknown = declared.filter((d) => d.version === undefined);
    if (unknown.length > 0) {
        throw new errors/* ConfigurationError */.j1(`The version of ${unknown.map((d) => d.name).join(', ')} is not written in a file (it comes from the git tag or a build hook), so it cannot be read here: pass version: \${{ steps.<validate-versions step>.outputs.version }}.`);
    }
    const distinct = [...new Set(declared.map((d) => d.version))];
    if (distinct.length > 1) {
        throw new errors/* ConfigurationError */.j1(`The packages are at different versions (${declared.map((d) => `${d.name} ${d.version}`).join(', ')}); the images install one version of each, so pass it as version.`);
    }
    return distinct[0];
}
function resolveVariantSettings(given, config, packages) {
    if (given !== undefined)
        return resolveVariants(given, { what: "Input 'variants'" }, packages);
    const docker = config.docker;
    if (docker?.variants) {
        return resolveVariants(docker.variants, { what: '[tool.otai-release.docker] variants', position: { file: docker.file, line: docker.line } }, packages);
    }
    throw new errors/* ConfigurationError */.j1('No image variants are configured: set the variants input or add them to [tool.otai-release.docker], e.g.\n' +
        '[[tool.otai-release.docker.variants]]\nname = "core"\npackages = ["open-ticket-ai"]', { file: config.file });
}
/** Who logs in where: the given credentials (to `registry`, else every image's registry), else ghcr.io with the workflow token. */
function registryLogins(options, images) {
    const { username, password, source } = options;
    if (password !== undefined && username === undefined) {
        throw new errors/* ConfigurationError */.j1("Input 'password' is set but 'username' is not; set both, or neither to use the workflow token on ghcr.io.");
    }
    if (username !== undefined && password === undefined) {
        throw new errors/* ConfigurationError */.j1(`Input 'username' is set but 'password' is not; pass the registry password or token as a secret.`);
    }
    const registries = options.registry ? [options.registry] : [...new Set(images.map(registryOf))];
    if (options.registry && !images.some((i) => registryOf(i) === options.registry)) {
        throw new errors/* ConfigurationError */.j1(`Input 'registry' is ${options.registry}, but no image is pushed there (${images.join(', ')}); leave it empty to log in to each image's registry.`);
    }
    if (username !== undefined && password !== undefined)
        return registries.map((registry) => ({ registry, username, password }));
    if (source.token && registries.includes('ghcr.io')) {
        return [{ registry: 'ghcr.io', username: source.actor ?? 'github-actions', password: source.token }];
    }
    return [];
}
// A reproducible build (SOURCE_DATE_EPOCH, as build-python-dist sets from the last commit) gets
// that time as its creation time, so rebuilding the same commit gives the same labels.
function createdTime(env, now) {
    const epoch = env.SOURCE_DATE_EPOCH?.trim();
    return epoch && /^\d+$/.test(epoch) ? Number(epoch) * 1000 : now;
}
function labelFacts(repo, source, now) {
    const core = repo.packages[0];
    let description;
    let licenses;
    if (core && core.manifest.endsWith('pyproject.toml')) {
        const project = repo.files.toml(core.manifest).project;
        if (typeof project?.description === 'string')
            description = project.description;
        const license = project?.license;
        // PEP 639: a string is an SPDX expression; the older {text} table is used when it is one word (an id).
        if (typeof license === 'string')
            licenses = license;
        else if (license &&
            typeof license === 'object' &&
            typeof license.text === 'string') {
            const text = license.text.trim();
            if (/^[A-Za-z0-9.+-]+$/.test(text))
                licenses = text;
        }
    }
    return {
        title: core?.name,
        description,
        licenses,
        revision: source.sha,
        source: source.repository
            ? `${source.serverUrl ?? 'https://github.com'}/${source.repository}`
            : undefined,
        created: new Date(now).toISOString(),
    };
}

;// CONCATENATED MODULE: ./packages/core/src/docker/index.ts
/**
 * Container images of a release: variants (sets of packages) × platforms × tags, built from one
 * Dockerfile with buildx bake, buildah or podman, after the index lists the packages.
 */















/***/ })

};
