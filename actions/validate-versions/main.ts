/** Entry of the validate-versions action: inputs → run → outputs and summary. */
import { actionsLogger, runAction, runnerInputs, setOutputs, writeSummary } from '@otai-release/core/action';
import { HttpClient } from '@otai-release/core/http';
import { parseInputs } from './inputs.js';
import { run } from './run.js';
import { renderSummary } from './summary.js';

await runAction(async () => {
  const inputs = parseInputs(runnerInputs, process.env.GITHUB_REF);
  const result = await run(inputs, {
    logger: actionsLogger(inputs.path),
    http: new HttpClient({ userAgent: 'otai-release/validate-versions' }),
  });
  setOutputs(result.outputs);
  await writeSummary(renderSummary(result.validation));
  return result;
});
