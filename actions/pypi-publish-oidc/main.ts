/** Entry of the pypi-publish-oidc action: inputs → run → outputs and summary. */
import * as core from '@actions/core';
import { actionsLogger, runAction, runnerInputs, setOutputs, writeSummary } from '@otai-release/core/action';
import { parseInputs } from './inputs.js';
import { run } from './run.js';
import { renderSummary } from './summary.js';

await runAction(async () => {
  const inputs = parseInputs(runnerInputs);
  const logger = actionsLogger();
  const result = await run(inputs, {
    logger,
    cwd: process.cwd(),
    env: { ...process.env },
    mask: (secret) => core.setSecret(secret),
  });
  setOutputs(result.outputs);
  await writeSummary(renderSummary(result));
  return result;
});
