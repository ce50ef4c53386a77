/** Entry of the set-version action: inputs → run → outputs and summary. */
import * as core from '@actions/core';
import { actionsLogger, runAction, runnerInputs, setOutputs, writeSummary } from '@otai-release/core/action';
import { basicAuthHeader, execGit } from '@otai-release/core/versioning';
import { parseInputs } from './inputs.js';
import { run } from './run.js';
import { renderSummary } from './summary.js';

await runAction(async () => {
  const inputs = parseInputs(runnerInputs);
  if (inputs.token) {
    // Masked before anything is logged: the token and the header git sends with it.
    core.setSecret(inputs.token);
    core.setSecret(basicAuthHeader(inputs.token).replace(/^AUTHORIZATION: basic /, ''));
  }
  const { result, outputs } = await run(inputs, {
    logger: actionsLogger(inputs.path),
    clock: () => new Date(),
    git: execGit,
    serverUrl: process.env.GITHUB_SERVER_URL,
  });
  setOutputs(outputs);
  await writeSummary(renderSummary(result));
});
