/** The error of a build backend that failed: what ran, where, how it ended, and the backend's own last words. */
import { ConfigurationError } from '../errors/index.js';
import { describeTarget } from './verify.js';

/** How many lines of a failed build's output the message quotes; the full output is in the build's log group. */
export const TAIL_LINES = 25;

/** A frontend or backend that exited unsuccessfully for one package. */
export class BuildError extends ConfigurationError {
  constructor(
    /** The package's name as configured. */
    readonly packageName: string,
    /** Its repository-relative directory. */
    readonly packagePath: string,
    /** The command line that ran. */
    readonly command: string,
    /** The exit code, or undefined when a signal ended the process. */
    readonly exitCode: number | undefined,
    /** The last lines of the output, without ANSI escapes. */
    readonly outputTail: readonly string[],
    hint: string,
    signal?: NodeJS.Signals,
  ) {
    const ending =
      exitCode === undefined ? `was killed by ${signal ?? 'a signal'}` : `exited with code ${exitCode}`;
    const output =
      outputTail.length === 0
        ? 'It printed nothing.'
        : `The last lines of its output:\n${outputTail.map((line) => `  ${line}`).join('\n')}`;
    super(
      `Building ${describeTarget({ name: packageName, path: packagePath })} failed: \`${command}\` ${ending}. ${output}\n${hint}`,
    );
    this.name = 'BuildError';
  }
}
