/** The `otai-release` command: dispatches to a command and maps outcomes to exit codes. */
import { formatPosition, isConfigurationError } from '@otai-release/core/errors';
import { commandUsage, HELP, UsageError } from './usage.js';

type Command = (args: string[], out: (text: string) => void) => Promise<number>;

// Each command is loaded when it runs: importing all of them would load every domain (the GitHub
// client, the Docker backends, the checkers) before any command starts.
const COMMANDS: Record<string, () => Promise<Command>> = {
  check: async () => (await import('./commands/check.js')).checkCommand,
  build: async () => (await import('./commands/build.js')).buildCommand,
  'check-dist': async () => (await import('./commands/check-dist.js')).checkDistCommand,
  'gh-release': async () => (await import('./commands/gh-release.js')).ghReleaseCommand,
  version: async () => (await import('./commands/version.js')).versionCommand,
  doctor: async () => (await import('./commands/doctor.js')).doctorCommand,
  release: async () => (await import('./commands/release.js')).releaseCommand,
  docker: async () => (await import('./commands/docker.js')).dockerCommand,
  publish: async () => (await import('./commands/publish.js')).publishCommand,
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
    // The versions of the bundled data live in the checkers: loaded for this answer only.
    out((await import('./version.js')).versionText());
    return 0;
  }
  try {
    const load = COMMANDS[command];
    if (!load)
      throw new UsageError(
        `unknown command '${command}'; the commands are: ${Object.keys(COMMANDS).join(', ')}`,
      );
    return await (
      await load()
    )(rest, out);
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
