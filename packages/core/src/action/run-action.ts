/** The single failure path of every action: the only place that calls core.setFailed. */
import * as core from '@actions/core';
import { errorMessage, formatPosition, isConfigurationError } from '../errors/index.js';

/**
 * Runs an action's main function. A ConfigurationError (a user mistake) becomes an error annotation at
 * its file and line and fails the step with its message, without a stack; anything else is a bug or an
 * environment failure, reported with its stack in the debug log so it can be filed.
 */
export async function runAction(main: () => Promise<void>): Promise<void> {
  try {
    await main();
  } catch (error) {
    if (isConfigurationError(error)) {
      if (error.file) {
        core.error(error.message, { file: error.file, startLine: error.line, startColumn: error.column });
      }
      core.setFailed(`${formatPosition(error)}${error.message}`);
      return;
    }
    if (error instanceof Error && error.stack) core.debug(error.stack);
    core.setFailed(errorMessage(error));
  }
}
