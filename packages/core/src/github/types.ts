/** The shapes this domain reads from GitHub's REST API, and what every call needs to be made. */
import type { Octokit } from '@octokit/core';
import { ConfigurationError } from '../errors/index.js';
import type { Logger } from '../log/index.js';

/**
 * The part of an Octokit instance this domain uses: plain `request` calls, so any Octokit built with
 * @actions/github's getOctokit (and its retry and throttling plugins) or @octokit/core will do.
 */
export type GitHubClient = Pick<Octokit, 'request'>;

/** `owner/repo`, split. */
export interface RepositoryName {
  owner: string;
  repo: string;
}

/** A release as GitHub returns it (the fields read here). */
export interface ReleaseRecord {
  id: number;
  tag_name: string;
  name: string | null;
  body: string | null;
  draft: boolean;
  prerelease: boolean;
  target_commitish: string;
  html_url: string;
  upload_url: string;
  immutable?: boolean;
}

/** A release asset as GitHub returns it. `digest` ("sha256:…") is null or absent on older assets. */
export interface AssetRecord {
  id: number;
  name: string;
  label: string | null;
  size: number;
  state: string;
  content_type: string;
  digest?: string | null;
  browser_download_url: string;
  url: string;
}

/** What every call to GitHub needs: the client, the repository, and how to describe the token in errors. */
export interface GitHubContext {
  octokit: GitHubClient;
  repository: RepositoryName;
  /** Where the token came from, for error messages ("the `token` input (by default the workflow's GITHUB_TOKEN)"). */
  tokenSource: string;
  logger: Logger;
  /** Waits between upload attempts and while another job's upload finishes (tests pass a fast one). */
  sleep: (ms: number) => Promise<void>;
  /** The transport for asset bytes (default: streamingFetch() without a proxy; main.ts passes the runner's proxy agent). */
  uploadFetch?: typeof fetch;
}

/** Splits `owner/repo` (GITHUB_REPOSITORY); anything else is a ConfigurationError naming `where`. */
export function parseRepositoryName(text: string, where: string): RepositoryName {
  const match = /^([A-Za-z0-9-]+)\/([A-Za-z0-9._-]+)$/.exec(text.trim());
  if (!match) {
    throw new ConfigurationError(
      `${where} is '${text}', which is not a repository: write it as owner/name, e.g. octo-org/octo-repo.`,
    );
  }
  return { owner: match[1], repo: match[2] };
}
