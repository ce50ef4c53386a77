/** The job summary of the all-in-one action: every stage's line and its plan or result. */
import { pipelineSummaryText, type PipelineResult } from '@otai-release/core/pipeline';

/** Markdown for the job summary. */
export function renderSummary(result: PipelineResult): string {
  const [head, ...rest] = pipelineSummaryText(result).split('\n');
  return `## otai-release\n\n${head}\n\n\`\`\`\n${rest.join('\n').trim()}\n\`\`\`\n`;
}
