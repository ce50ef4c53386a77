export const id = 2;
export const ids = [2,364];
export const modules = {

/***/ 2829:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   buildCommand: () => (/* binding */ buildCommand)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _otai_release_core_builder__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(19124);
/* harmony import */ var _otai_release_core_text__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(97608);
/* harmony import */ var _logger_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(43364);
/* harmony import */ var _usage_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(47105);
/** `otai-release build`: the build-python-dist action as a command (no artifact upload, no cache). */






/** Runs the command; returns the exit code. */
async function buildCommand(args, out) {
    const { values, positionals } = (0,node_util__WEBPACK_IMPORTED_MODULE_1__.parseArgs)({
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
        throw new _usage_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb(`build takes one PATH, got ${positionals.length}: ${positionals.join(' ')}`);
    const frontend = (0,_otai_release_core_text__WEBPACK_IMPORTED_MODULE_3__/* .oneOf */ .yL)(values.frontend, ['build', 'uv'], (use) => new _usage_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb(`--frontend ${values.frontend}: ${use}.`));
    const jobs = values.jobs === undefined ? undefined : Number(values.jobs);
    if (jobs !== undefined && !(Number.isInteger(jobs) && jobs > 0))
        throw new _usage_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb(`--jobs ${values.jobs}: use a whole number above 0.`);
    const cwd = process.cwd();
    const root = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(cwd, positionals[0] ?? '.');
    // Neither flag means both, as with python -m build.
    const both = !values.sdist && !values.wheel;
    const logger = (0,_logger_js__WEBPACK_IMPORTED_MODULE_4__/* .consoleLogger */ .k)({
        verbose: !values.json && !values.quiet,
        notices: !values.quiet,
        color: process.stderr.isTTY,
    });
    const targets = (0,_otai_release_core_builder__WEBPACK_IMPORTED_MODULE_2__/* .resolveBuildTargets */ .Hr)(root, {
        packages: values.package?.map((path) => ({ path })),
        tag: values.tag,
        // Without --tag, a release tag on HEAD is the version a tag-deriving package must build.
        headTags: values.tag === undefined ? await (0,_otai_release_core_builder__WEBPACK_IMPORTED_MODULE_2__/* .tagsAtHead */ .FF)(root) : undefined,
    });
    const result = await (0,_otai_release_core_builder__WEBPACK_IMPORTED_MODULE_2__/* .buildDistributions */ .i5)({
        root,
        targets,
        outDir: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(cwd, values['out-dir']),
        sdist: both || values.sdist,
        wheel: both || values.wheel,
        isolation: !values['no-isolation'],
        python: values.python ?? (0,_otai_release_core_builder__WEBPACK_IMPORTED_MODULE_2__/* .defaultPython */ .Sk)(),
        frontend,
        jobs,
        env: process.env,
        logger,
        // A terminal has no log groups: the output is printed under the group's heading, or not at all.
        fullOutputHint: values.json || values.quiet
            ? () => `Run it again without ${values.json ? '--json' : '--quiet'} to see the whole output of the build.`
            : (title) => `The whole output is printed above, under "== ${title}".`,
    });
    const files = (0,_otai_release_core_builder__WEBPACK_IMPORTED_MODULE_2__/* .fileOutputs */ .bg)(result, cwd);
    if (values.json)
        out(`${JSON.stringify({ files, sourceDateEpoch: result.sourceDateEpoch }, null, 2)}\n`);
    else if (!values.quiet)
        for (const f of files)
            out(`${f.path}  ${f.size} bytes  sha256:${f.sha256}\n`);
    return 0;
}


/***/ }),

/***/ 43364:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ consoleLogger)
/* harmony export */ });
/* harmony import */ var _otai_release_core_errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(45341);
/** The CLI's Logger: compiler-style `file:line: level: message` lines on stderr, groups as headings. */

const COLORS = { error: '\x1b[31m', warning: '\x1b[33m', notice: '\x1b[36m' };
/** A Logger for terminals and CI logs outside GitHub Actions. */
function consoleLogger(options) {
    const write = options.write ?? ((line) => process.stderr.write(`${line}\n`));
    const level = (name) => (options.color ? `${COLORS[name]}${name}\x1b[0m` : name);
    return {
        debug: (m) => options.debug && write(`debug: ${m}`),
        info: (m) => options.verbose && write(m),
        notice: (m, p) => options.notices !== false && write(`${(0,_otai_release_core_errors__WEBPACK_IMPORTED_MODULE_0__/* .formatPosition */ .Ld)(p ?? {})}${level('notice')}: ${m}`),
        warning: (m, p) => write(`${(0,_otai_release_core_errors__WEBPACK_IMPORTED_MODULE_0__/* .formatPosition */ .Ld)(p ?? {})}${level('warning')}: ${m}`),
        error: (m, p) => write(`${(0,_otai_release_core_errors__WEBPACK_IMPORTED_MODULE_0__/* .formatPosition */ .Ld)(p ?? {})}${level('error')}: ${m}`),
        group: async (name, fn) => {
            if (options.verbose)
                write(`== ${name}`);
            return fn();
        },
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

/***/ 97211:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ fulfilledValues),
/* harmony export */   v: () => (/* binding */ runLimited)
/* harmony export */ });
/**
 * A promise pool: async work on many items, a few at a time. Builds and distribution reads both run
 * through it; CPU-bound work that needs threads goes to worker pools instead (distfiles/archive/
 * digest-pool.ts for check-dist, hashing/digest-workers.ts for uploads).
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


/***/ })

};
