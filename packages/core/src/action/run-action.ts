/** The single failure path of every action: the only place that calls core.setFailed. */
import * as core from '@actions/core';
import { errorMessage, formatPosition, isConfigurationError } from '../errors/index.js';

/**
 * How an action's run ended, as its main hands it to runAction. `failed` (the step fails with this
 * message) is a result like any other, so run() decides it and its unit tests see it; the step is
 * failed only after main has set the outputs and written the summary that explain it.
 */
export interface ActionOutcome {
  failed?: string;
}

/** The runner calls runAction makes: @actions/core on a runner, a recorder in tests. */
export type FailureReporter = Pick<typeof core, 'debug' | 'error' | 'setFailed'>;

/**
 * Runs an action's main function and fails the step when its outcome says so. A ConfigurationError
 * (a user mistake) becomes an error annotation at its file and line and fails the step with its
 * message, without a stack; anything else is a bug or an environment failure, reported with its
 * stack in the debug log so it can be filed.
 */
export async function runAction(
  main: () => Promise<ActionOutcome>,
  reporter: FailureReporter = core,
): Promise<void> {
  try {
    const outcome = await main();
    if (outcome.failed !== undefined) reporter.setFailed(outcome.failed);
  } catch (error) {
    if (isConfigurationError(error)) {
      if (error.file) {
        reporter.error(error.message, { file: error.file, startLine: error.line, startColumn: error.column });
      }
      reporter.setFailed(`${formatPosition(error)}${error.message}`);
      return;
    }
    if (error instanceof Error && error.stack) reporter.debug(error.stack);
    reporter.setFailed(errorMessage(error));
  }
}
