/**
 * Runs a bundled entry point (dist/…/index.js) as a runner or a user would: a separate Node process
 * with the given environment, asynchronously so that a test server in this process can answer it.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tempDir } from './temp-dir.js';

/** What a finished process left behind. */
export interface ProcessResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The repository root (tests run from it). */
export const REPO_ROOT = resolve(process.cwd());

/**
 * The bundle an end-to-end test runs, `dist/<name>/index.js` (name: an action or `cli`). A missing one
 * fails the test file with this message at load, rather than every test on a bare "Cannot find module".
 */
export function bundled(name: string): string {
  const script = `dist/${name}/index.js`;
  if (!existsSync(resolve(REPO_ROOT, script))) {
    throw new Error(
      `${script} is missing: run \`npm run bundle\` (scripts/test.sh rebuilds dist/ before running the tests).`,
    );
  }
  return script;
}

/** Runs `node <script> ...args` and collects its output. */
export function runNode(
  script: string,
  args: string[],
  options: { cwd?: string; env?: Record<string, string | undefined> } = {},
): Promise<ProcessResult> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [resolve(REPO_ROOT, script), ...args], {
      cwd: options.cwd ?? REPO_ROOT,
      env: options.env ?? process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('error', fail);
    child.on('close', (code) => {
      clearTimeout(timer);
      done({ code, stdout, stderr });
    });
  });
}

/**
 * A runner's environment for an action: INPUT_* from `inputs`, fresh GITHUB_OUTPUT and summary files,
 * and RUNNER_TEMP in the same temporary directory, so what the action keeps there goes with it.
 */
export function runnerEnv(inputs: Record<string, string>, extra: Record<string, string> = {}) {
  const dir = tempDir('runner');
  const temp = join(dir, 'temp');
  mkdirSync(temp);
  const output = join(dir, 'output');
  const summary = join(dir, 'summary.md');
  writeFileSync(output, '');
  writeFileSync(summary, '');
  const env: Record<string, string | undefined> = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    RUNNER_TEMP: temp,
    ...extra,
  };
  env.GITHUB_OUTPUT = output;
  env.GITHUB_STEP_SUMMARY = summary;
  env.GITHUB_ACTIONS = 'true';
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  return {
    env,
    /** The outputs the step set, parsed from the GITHUB_OUTPUT file (heredoc format). */
    outputs(): Record<string, string> {
      const text = readFileSync(output, 'utf8');
      const found: Record<string, string> = {};
      const re = /^([^<\n]+)<<(\S+)\n([\s\S]*?)\n\2$/gm;
      for (let m = re.exec(text); m; m = re.exec(text)) found[m[1]] = m[3];
      return found;
    },
    summary: () => readFileSync(summary, 'utf8'),
  };
}

/**
 * A throwaway copy of an example repository, to edit freely in a test (removed with it). `docker:
 * false` leaves out its image configuration (the `[tool.otai-release.docker]` tables that end its
 * pyproject.toml, and the Dockerfile), for tests that write their own.
 */
export function copyExample(name: string, options: { docker?: boolean } = {}): string {
  const dir = tempDir(name);
  cpSync(resolve(REPO_ROOT, 'examples', name), dir, { recursive: true });
  if (options.docker === false) {
    const manifest = join(dir, 'pyproject.toml');
    const text = readFileSync(manifest, 'utf8');
    const at = text.search(/^(#[^\n]*\n)*\[tool\.otai-release\.docker\]/m);
    if (at >= 0) writeFileSync(manifest, text.slice(0, at).replace(/\n+$/, '\n'));
    rmSync(join(dir, 'Dockerfile'), { force: true });
  }
  return dir;
}
