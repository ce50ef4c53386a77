/**
 * Suites that need a tool this machine may lack (a Python with build backends, pip, twine, unzip).
 * Under CI a missing tool fails the suite, naming what to install, so that a CI run cannot go green
 * by skipping; on a developer's machine the suite is skipped, with a warning that says so.
 */
import { spawnSync } from 'node:child_process';
import { describe, test } from '@jest/globals';

/** A tool a suite needs, and how to install it. */
export interface Tool {
  /** What is missing, as a user would look for it: "/usr/bin/python3 with build and hatchling". */
  name: string;
  /** The command that installs it: "apt-get install python3-build python3-hatchling". */
  install: string;
}

/** The Python the real-build suites build with: Debian's, or OTAI_BUILD_PYTHON. */
export const BUILD_PYTHON = process.env.OTAI_BUILD_PYTHON || '/usr/bin/python3';

/** Whether this run is CI: GitHub Actions and most CI services set CI=true. */
export function inCI(env: NodeJS.ProcessEnv = process.env): boolean {
  const value = (env.CI ?? '').trim().toLowerCase();
  return value !== '' && value !== 'false' && value !== '0';
}

/** Whether `python` imports every module of `modules`. */
export function pythonImports(python: string, modules: string[]): boolean {
  return spawnSync(python, ['-c', `import ${modules.join(', ')}`], { stdio: 'ignore' }).status === 0;
}

/** Whether `command args…` runs and exits 0 (e.g. `unzip -v`, `twine --version`). */
export function commandRuns(command: string, args: string[]): boolean {
  return spawnSync(command, args, { stdio: 'ignore' }).status === 0;
}

/** The sentence both the CI failure and the local warning say. */
export function missingToolMessage(tool: Tool): string {
  return `missing ${tool.name}: install it with \`${tool.install}\``;
}

type Describe = (name: string, body: () => void) => void;

/**
 * The `describe` to declare a suite with: jest's own when `available`. Otherwise, under CI, one whose
 * single test fails with the missing tool and its install command (the suite's body, which would fail
 * in ways that name neither, is not run); locally, `describe.skip` after a warning.
 */
export function requireTool(available: boolean, tool: Tool): Describe {
  if (available) return describe;
  const message = missingToolMessage(tool);
  if (inCI()) {
    return (name) =>
      describe(name, () => {
        test(`needs ${tool.name}`, () => {
          const error = new Error(`${message} (CI=true: a missing tool fails instead of skipping)`);
          // Without frames jest prints the message alone, not this helper's source around a throw.
          error.stack = `Error: ${error.message}`;
          throw error;
        });
      });
  }
  return (name, body) => {
    // Straight to stderr: jest does not print the console output of a file whose tests all skipped.
    process.stderr.write(`SKIPPED "${name}": ${message}. Under CI (CI=true) this suite fails instead.\n`);
    describe.skip(name, body);
  };
}
