/**
 * The two build frontends: pypa/build (`python -m build`) and `uv build`. Both build the sdist and
 * then the wheel from the unpacked sdist by default, and one kind with `--sdist` / `--wheel`. Before
 * any build runs we check that the frontend can start, so a missing tool is one clear message rather
 * than the same failure once per package.
 */
import { execFile } from 'node:child_process';
import { isAbsolute } from 'node:path';
import { ConfigurationError } from '../errors/index.js';
import { formatCommand, resolveExecutable } from './process.js';

/** Which build frontend runs the backend. */
export type Frontend = 'build' | 'uv';

/** A frontend that was found and can run. */
export interface ReadyFrontend {
  frontend: Frontend;
  /** The executable spawned: the resolved interpreter for 'build', the resolved `uv` for 'uv'. */
  executable: string;
  /** What `python` means for uv's `--python` (the resolved path when it named a file, else as given). */
  python: string;
  /** pypa/build's version or uv's, for the log. */
  version: string;
}

/** What one build asks of the frontend. */
export interface FrontendRequest {
  srcdir: string;
  outdir: string;
  sdist: boolean;
  wheel: boolean;
  isolation: boolean;
  /**
   * pypa/build without isolation: skip its own requirement check, for a package whose only unmet
   * requirement is one our check accepted on purpose (hatchling's `editables`, requirement-check.ts).
   */
  skipDependencyCheck?: boolean;
}

/** Program and arguments of one build. */
export interface FrontendCommand {
  command: string;
  args: string[];
  /** The command line as a shell would show it. */
  display: string;
}

// Prints where the interpreter really is before importing build, so a failed import can still name it.
const PROBE_BUILD = [
  'import sys',
  'print(sys.executable, flush=True)',
  'import build',
  'print(getattr(build, "__version__", "unknown"))',
].join('\n');

function run(
  file: string,
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<{ code: number; stdout: string; stderr: string; spawnError?: string }> {
  return new Promise((resolvePromise) => {
    execFile(
      file,
      args,
      { env, encoding: 'utf8', windowsHide: true, timeout: 60_000 },
      (error, stdout, stderr) => {
        const code = (error as NodeJS.ErrnoException | null)?.code;
        if (typeof code === 'string') {
          resolvePromise({ code: -1, stdout, stderr, spawnError: code });
          return;
        }
        resolvePromise({ code: error ? (typeof code === 'number' ? code : 1) : 0, stdout, stderr });
      },
    );
  });
}

// uv's --python also takes requests such as `3.12` or `pypy@3.10`, which are not files to look for.
function isInterpreterRequest(python: string): boolean {
  return !/[\\/]/.test(python) && /^(\d|cpython|pypy|graalpy|any|>|<|=|~)/i.test(python);
}

/**
 * Finds the frontend and checks it can build: the interpreter exists and, for 'build', imports pypa/build;
 * for 'uv', `uv` is on PATH. Relative interpreter paths are taken from `root`.
 */
export async function prepareFrontend(options: {
  frontend: Frontend;
  python: string;
  env: NodeJS.ProcessEnv;
  root: string;
}): Promise<ReadyFrontend> {
  const { frontend, python, env, root } = options;
  if (frontend !== 'build' && frontend !== 'uv') {
    throw new ConfigurationError(
      `Unknown build frontend '${String(frontend)}': use 'build' (pypa/build) or 'uv'.`,
    );
  }
  const interpreter = await resolveExecutable(python, env, root);
  if (frontend === 'uv') {
    const uv = await resolveExecutable('uv', env, root);
    if (!uv) {
      throw new ConfigurationError(
        "The build frontend 'uv' needs the `uv` executable on PATH, and there is none: install it first " +
          "(the astral-sh/setup-uv action in a workflow, or `pip install uv`), or use the frontend 'build' (pypa/build).",
      );
    }
    if (!interpreter && !isInterpreterRequest(python)) throw missingInterpreter(python);
    const probe = await run(uv, ['--version'], env);
    return {
      frontend,
      executable: uv,
      python: interpreter ?? python,
      version: probe.stdout.trim() || 'unknown',
    };
  }
  if (!interpreter) throw missingInterpreter(python);
  const probe = await run(interpreter, ['-c', PROBE_BUILD], env);
  const [printed, version = 'unknown'] = probe.stdout.split('\n').map((l) => l.trim());
  const executable = printed || interpreter;
  if (probe.spawnError !== undefined || probe.code !== 0) {
    const reason = probe.spawnError
      ? `it could not be started (${probe.spawnError})`
      : `\`import build\` failed: ${(probe.stderr.trim().split('\n').at(-1) ?? '').trim() || `exit code ${probe.code}`}`;
    throw new ConfigurationError(
      `The Python interpreter ${executable} cannot run pypa/build: ${reason}. Install it into that interpreter ` +
        `(\`${formatCommand(executable, ['-m', 'pip', 'install', 'build'])}\`), or set the \`python\` input to an ` +
        "interpreter that has it, or use the frontend 'uv'.",
    );
  }
  return { frontend, executable: interpreter, python: interpreter, version };
}

function missingInterpreter(python: string): ConfigurationError {
  const where = /[\\/]/.test(python) ? 'there is no executable file at that path' : 'it is not on PATH';
  return new ConfigurationError(
    `The Python interpreter '${python}' was not found: ${where}. Set the \`python\` input to an installed ` +
      'interpreter (actions/setup-python puts `python` on PATH), or install Python.',
  );
}

/**
 * The interpreter a build without isolation runs the backend in, as a file: the interpreter itself
 * for pypa/build; for uv, `python` when it named a file, else what `uv python find` picks for the request.
 */
export async function buildInterpreter(ready: ReadyFrontend, env: NodeJS.ProcessEnv): Promise<string> {
  if (ready.frontend === 'build' || isAbsolute(ready.python)) return ready.python;
  const found = await run(ready.executable, ['python', 'find', ready.python], env);
  const path = found.stdout.trim().split('\n')[0]?.trim();
  if (found.code !== 0 || !path) {
    throw new ConfigurationError(
      `uv found no Python interpreter for '${ready.python}' (\`uv python find ${ready.python}\`: ` +
        `${found.stderr.trim().split('\n').at(-1) || `exit code ${found.code}`}). Install that Python, or set \`python\` to an interpreter's path.`,
    );
  }
  return path;
}

/** The command that builds `request.srcdir` into `request.outdir` with the prepared frontend. */
export function frontendCommand(ready: ReadyFrontend, request: FrontendRequest): FrontendCommand {
  // Neither flag means the frontend's default: the sdist, then the wheel built from it.
  const kinds = request.sdist && request.wheel ? [] : request.sdist ? ['--sdist'] : ['--wheel'];
  const args =
    ready.frontend === 'build'
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
