/** The `otai-release` command: dispatches to a command and maps outcomes to exit codes. */
import { formatPosition, isConfigurationError } from '@otai-release/core/errors';
import { buildCommand } from './commands/build.js';
import { checkCommand } from './commands/check.js';
import { checkDistCommand } from './commands/check-dist.js';
import { ghReleaseCommand } from './commands/gh-release.js';
import { dockerCommand } from './commands/docker.js';
import { doctorCommand } from './commands/doctor.js';
import { releaseCommand } from './commands/release.js';
import { publishCommand } from './commands/publish.js';
import { versionCommand } from './commands/version.js';
import { commandUsage, HELP, UsageError } from './usage.js';
import { versionText } from './version.js';

const COMMANDS: Record<string, (args: string[], out: (text: string) => void) => Promise<number>> = {
  check: checkCommand,
  build: buildCommand,
  'check-dist': checkDistCommand,
  'gh-release': ghReleaseCommand,
  version: versionCommand,
  doctor: doctorCommand,
  release: releaseCommand,
  docker: dockerCommand,
  publish: publishCommand,
};

/** Runs the CLI with `argv` (without node and script); returns the exit code. */
export async function main(
  argv: string[],
  out: (text: string) => void = (t) => process.stdout.write(t),
): Promise<number> {
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
      throw new UsageError(
        `unknown command '${command}'; the commands are: ${Object.keys(COMMANDS).join(', ')}`,
      );
    return await handler(rest, out);
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code?.startsWith('ERR_PARSE_ARGS') && COMMANDS[command]) {
      // node's own text suggests `-- "--opt"` (with unbalanced quotes): the options the command takes help more.
      const option = /^Unknown option '([^']+)'/.exec((error as Error).message)?.[1];
      const problem = option ? `${command} has no option ${option}` : (error as Error).message;
      process.stderr.write(`otai-release: ${problem}\n\n${commandUsage(command) ?? ''}`);
      return 2;
    }
    if (error instanceof UsageError || code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(
        `otai-release: ${(error as Error).message}\nRun 'otai-release --help' for usage.\n`,
      );
      return 2;
    }
    if (isConfigurationError(error)) {
      process.stderr.write(`${formatPosition(error)}error: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}
