/** The mark a stage's line starts with, by status. */
export const STAGE_MARK = { done: '✓', planned: '•', skipped: '-', failed: '✗' } as const;

/** One stage's outcome, and the runner that times it and turns a refusal into a failed stage. */
import { errorMessage, isConfigurationError } from '../errors/index.js';

/** The stages, in the order they run. */
export type StageName = 'validate' | 'build' | 'check' | 'preflight' | 'publish' | 'images' | 'release';

/** What one stage did (or, in a dry run, would do). */
export interface StageReport {
  stage: StageName;
  status: 'done' | 'planned' | 'skipped' | 'failed';
  /** One line for the progress log and the summary. */
  summary: string;
  /** The plan or details, for the summary (multi-line). */
  details?: string;
  ms: number;
}

/**
 * Runs one stage: its result and report; a ConfigurationError (a user mistake) fails the stage with
 * its message, anything else is a bug and propagates.
 */
export async function runStage<T>(
  stage: StageName,
  body: () => Promise<{ value: T; status: StageReport['status']; summary: string; details?: string }>,
  now: () => number = Date.now,
): Promise<{ value?: T; report: StageReport }> {
  const start = now();
  try {
    const { value, status, summary, details } = await body();
    return { value, report: { stage, status, summary, details, ms: now() - start } };
  } catch (error) {
    if (!isConfigurationError(error)) throw error;
    const where = error.file ? `${error.file}${error.line ? `:${error.line}` : ''}: ` : '';
    return {
      report: { stage, status: 'failed', summary: `${where}${errorMessage(error)}`, ms: now() - start },
    };
  }
}
