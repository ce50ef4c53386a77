/** Entry of the twine-check action: inputs → run → outputs and summary. */
import { actionsLogger, runAction, runnerInputs, setOutputs, writeSummary } from '@otai-release/core/action';
import { ConfigurationError } from '@otai-release/core/errors';
import { parseInputs } from './inputs.js';
import { run } from './run.js';
import { renderSummary } from './summary.js';

await runAction(async () => {
  const inputs = parseInputs(runnerInputs);
  const { report, outputs } = await run(inputs, { logger: actionsLogger(inputs.path), cwd: process.cwd() });
  setOutputs(outputs);
  await writeSummary(renderSummary(report));
  if (report.failed > 0) {
    const first = report.files.find((f) => f.status === 'failed')!;
    throw new ConfigurationError(
      `${report.failed} of ${report.files.length} distribution file(s) failed the check; the first: ${first.filename} (${first.findings[0]?.code} ${first.findings[0]?.message.split('\n')[0]}). Every finding is annotated above and in the job summary.`,
    );
  }
});
