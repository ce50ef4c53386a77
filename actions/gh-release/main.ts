/** Entry of the gh-release action: inputs → run → outputs and summary. */
import { actionsLogger, runAction, runnerInputs, setOutputs, writeSummary } from '@otai-release/core/action';
import { ConfigurationError } from '@otai-release/core/errors';
import { githubApi, parseRepositoryName } from '@otai-release/core/github';
import { parseInputs } from './inputs.js';
import { run } from './run.js';
import { renderSummary } from './summary.js';

await runAction(async () => {
  const inputs = parseInputs(runnerInputs, process.env.GITHUB_REF);
  const logger = actionsLogger();
  if (!inputs.token) {
    throw new ConfigurationError(
      "Input 'token' is empty: leave it unset to use the workflow token (github.token), or pass a token with contents: write.",
    );
  }
  if (!process.env.GITHUB_REPOSITORY) {
    throw new ConfigurationError('GITHUB_REPOSITORY is not set: gh-release runs in a GitHub Actions job.');
  }
  const repository = parseRepositoryName(process.env.GITHUB_REPOSITORY, 'GITHUB_REPOSITORY');
  const result = await run(inputs, {
    ...githubApi(inputs.token, process.env.GITHUB_API_URL, logger),
    cwd: process.cwd(),
    repository,
    tokenSource: "the `token` input's token (by default the workflow's GITHUB_TOKEN)",
  });
  setOutputs(result.outputs);
  await writeSummary(renderSummary(result.report));
  return result;
});
