/**
 * The GitHub API as every entry point (the gh-release and all-in-one actions, the CLI's gh-release
 * and release) builds it: @actions/github's Octokit for GITHUB_API_URL with the retry and throttling
 * plugins, and asset bytes streamed through the runner's proxy settings (HTTPS_PROXY, NO_PROXY) as
 * the API calls are. The rest of this domain takes the client injected, so tests pass their own.
 */
import { getOctokit } from '@actions/github';
import { HttpClient } from '@actions/http-client';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import type { Logger } from '../log/index.js';
import { githubClientOptions } from './client-options.js';
import { streamingFetch } from './stream-upload.js';
import type { GitHubContext } from './types.js';

/** The client, upload transport and waits for `token` against `apiUrl` (GITHUB_API_URL; unset: api.github.com). */
export function githubApi(
  token: string,
  apiUrl: string | undefined,
  logger: Logger,
): Pick<GitHubContext, 'octokit' | 'uploadFetch' | 'sleep' | 'logger'> {
  return {
    octokit: getOctokit(token, githubClientOptions(apiUrl, logger), retry, throttling),
    uploadFetch: streamingFetch({ agentFor: (url) => new HttpClient('otai-release').getAgent(url) }),
    sleep: (ms) => new Promise<void>((done) => setTimeout(done, ms)),
    logger,
  };
}
