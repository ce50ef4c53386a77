/** Entry of the set-version action: inputs → run → outputs and summary. */
import { actionsLogger, runAction, runnerInputs, setOutputs, writeSummary } from '@otai-release/core/action';
import { execGit } from '@otai-release/core/versioning';
import { parseInputs } from './inputs.js';
import { run } from './run.js';
import { renderSummary } from './summary.js';

await runAction(async () => {
  // parseInputs masks the token before anything is logged.
  const inputs = parseInputs(runnerInputs);
  const result = await run(inputs, {
    logger: actionsLogger(inputs.path),
    clock: () => new Date(),
    git: execGit,
    serverUrl: process.env.GITHUB_SERVER_URL,
  });
  setOutputs(result.outputs);
  await writeSummary(renderSummary(result.change));
  return result;
});
