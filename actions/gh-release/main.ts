/** Entry of the gh-release action: inputs → run → outputs and summary. */
import { getOctokit } from '@actions/github';
import { HttpClient } from '@actions/http-client';
import { actionsLogger, runAction, runnerInputs, setOutputs, writeSummary } from '@otai-release/core/action';
import { ConfigurationError } from '@otai-release/core/errors';
import { githubClientOptions, parseRepositoryName, streamingFetch } from '@otai-release/core/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
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
  const octokit = getOctokit(
    inputs.token,
    githubClientOptions(process.env.GITHUB_API_URL, logger),
    retry,
    throttling,
  );
  const result = await run(inputs, {
    logger,
    cwd: process.cwd(),
    octokit,
    repository,
    tokenSource: "the `token` input's token (by default the workflow's GITHUB_TOKEN)",
    // Uploads take the runner's proxy settings (HTTPS_PROXY, NO_PROXY) as the API calls do.
    uploadFetch: streamingFetch({ agentFor: (url) => new HttpClient('otai-release').getAgent(url) }),
  });
  setOutputs(result.outputs);
  await writeSummary(renderSummary(result.report));
  return result;
});
