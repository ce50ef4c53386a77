/** Entry of the twine-check action: inputs → run → outputs and summary. */
import { actionsLogger, runAction, runnerInputs, setOutputs, writeSummary } from '@otai-release/core/action';
import { runnerDocutilsInstaller } from './runner-docutils.js';
import { parseInputs } from './inputs.js';
import { run } from './run.js';
import { renderSummary } from './summary.js';

await runAction(async () => {
  const inputs = parseInputs(runnerInputs);
  const logger = actionsLogger(inputs.path);
  const docutils = runnerDocutilsInstaller(process.env, logger);
  const result = await run(inputs, { logger, cwd: process.cwd(), docutils });
  setOutputs(result.outputs);
  await writeSummary(renderSummary(result.report));
  return result;
});
