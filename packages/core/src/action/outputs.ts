/** Writing outputs and the job summary through the runner. */
import * as core from '@actions/core';

/** Sets every output; objects and arrays are written as JSON so the next step can fromJSON() them. */
export function setOutputs(outputs: Record<string, string | number | boolean | object>): void {
  for (const [name, value] of Object.entries(outputs)) {
    core.setOutput(name, typeof value === 'object' ? JSON.stringify(value) : String(value));
  }
}

/** Appends a Markdown block to the job summary (a no-op outside a runner, where the file is unset). */
export async function writeSummary(markdown: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  await core.summary.addRaw(markdown, true).write();
}
