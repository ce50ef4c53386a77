/** The end of a pipeline run as text: each stage's line, then what was (or would be) released. */
import type { PipelineResult } from './release.js';
import { STAGE_MARK } from './stages.js';

/** The summary the CLI prints last (and the action writes to the log). */
export function pipelineSummaryText(result: PipelineResult): string {
  const what = result.version
    ? `${result.projects.join(', ')} ${result.version}${result.tag ? ` (tag ${result.tag})` : ''}`
    : 'the release';
  const head = result.failed
    ? `The release of ${what} stopped at ${result.failed}`
    : result.dryRun
      ? `Dry run of the release of ${what}: validated, built and checked for real; nothing was uploaded, pushed, tagged or released.`
      : `Released ${what}.`;
  const lines = [head, ''];
  for (const stage of result.stages) {
    lines.push(`${STAGE_MARK[stage.status]} ${stage.stage.padEnd(9)} ${stage.summary}`);
    if (stage.details) lines.push(stage.details.replace(/^/gm, '  '));
  }
  return `${lines.join('\n')}\n`;
}
