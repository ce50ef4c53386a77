/** Entry of the all-in-one action (root action.yml): inputs → the whole pipeline → outputs and summary. */
import * as core from '@actions/core';
import { actionsLogger, runAction, runnerInputs, setOutputs, writeSummary } from '@otai-release/core/action';
import { processExec } from '@otai-release/core/docker';
import { githubApi, parseRepositoryName } from '@otai-release/core/github';
import { HttpClient } from '@otai-release/core/http';
import { runnerDocutilsInstaller } from '../twine-check/runner-docutils.js';
import { parseInputs } from './inputs.js';
import { run } from './run.js';
import { renderSummary } from './summary.js';

await runAction(async () => {
  const inputs = parseInputs(runnerInputs);
  const logger = actionsLogger(inputs.path);
  const env = process.env;
  const github =
    inputs['github-token'] && env.GITHUB_REPOSITORY
      ? {
          ...githubApi(inputs['github-token'], env.GITHUB_API_URL, logger),
          repository: parseRepositoryName(env.GITHUB_REPOSITORY, 'GITHUB_REPOSITORY'),
          tokenSource: "the `github-token` input's token (by default the workflow's GITHUB_TOKEN)",
        }
      : undefined;
  const docutils = runnerDocutilsInstaller(env, logger);
  const result = await run(inputs, {
    logger,
    cwd: process.cwd(),
    http: new HttpClient({ userAgent: 'otai-release/release', timeoutMs: 15_000, retries: 2 }),
    env: { ...env },
    mask: (secret) => core.setSecret(secret),
    docker: {
      exec: processExec,
      env,
      now: Date.now,
      sleep: (ms) => new Promise((done) => setTimeout(done, ms)),
    },
    docutils,
    github,
    platform: process.platform,
    source: {
      repository: env.GITHUB_REPOSITORY,
      serverUrl: env.GITHUB_SERVER_URL,
      sha: env.GITHUB_SHA,
      actor: env.GITHUB_ACTOR,
    },
  });
  setOutputs(result.outputs);
  await writeSummary(renderSummary(result.pipeline));
  return result;
});
