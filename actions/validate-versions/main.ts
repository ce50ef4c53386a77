/** Entry of the validate-versions action: inputs → run → outputs and summary. */
import { actionsLogger, runAction, runnerInputs, setOutputs, writeSummary } from '@otai-release/core/action';
import { ConfigurationError } from '@otai-release/core/errors';
import { HttpClient } from '@otai-release/core/http';
import { parseInputs } from './inputs.js';
import { run } from './run.js';
import { renderSummary } from './summary.js';

await runAction(async () => {
  const inputs = parseInputs(runnerInputs, process.env.GITHUB_REF);
  const { validation, outputs } = await run(inputs, {
    logger: actionsLogger(inputs.path),
    http: new HttpClient({ userAgent: 'otai-release/validate-versions' }),
  });
  setOutputs(outputs);
  await writeSummary(renderSummary(validation));
  if (!validation.ok) {
    const errors = validation.findings.filter((f) => f.level === 'error');
    throw new ConfigurationError(
      `${errors.length} problem(s) stop this release; the first: ${errors[0].message} (all are annotated above and in the job summary).`,
    );
  }
});
