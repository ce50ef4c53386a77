/** gh-release: one release per tag with the files attached and notes written; never reads the runner's env. */
import type { ActionOutcome } from '@otai-release/core/action';
import {
  type GitHubClient,
  releasePlanText,
  type ReleaseReport,
  type RepositoryName,
  syncRelease,
  type UploadOptions,
} from '@otai-release/core/github';
import type { Logger } from '@otai-release/core/log';
import type { Inputs } from './inputs.js';

/** What run() needs from outside. */
export interface RunDeps {
  logger: Logger;
  /** The checkout: files and CHANGELOG.md are read from here. */
  cwd: string;
  /** An Octokit for the repository's API (main.ts: getOctokit with GITHUB_API_URL, retry, throttling). */
  octokit: GitHubClient;
  /** GITHUB_REPOSITORY, split. */
  repository: RepositoryName;
  /** How errors name the token used. */
  tokenSource: string;
  sleep?: (ms: number) => Promise<void>;
  /** The transport for asset bytes (main.ts: streamingFetch through the runner's proxy settings). */
  uploadFetch?: typeof fetch;
  /** Upload retry and wait timing (tests shorten it). */
  uploadTiming?: Omit<UploadOptions, 'overwrite'>;
}

/** The release's outputs. */
export type Outputs = {
  id: string;
  'html-url': string;
  'upload-url': string;
  assets: {
    name: string;
    id?: number;
    size: number;
    sha256: string;
    'content-type': string;
    action: string;
    url?: string;
  }[];
};

/** The action's result. */
export interface Result extends ActionOutcome {
  report: ReleaseReport;
  outputs: Outputs;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Creates or updates the release; in a dry run, reads only and says what it would do. */
export async function run(inputs: Inputs, deps: RunDeps): Promise<Result> {
  const { logger } = deps;
  const ctx = {
    octokit: deps.octokit,
    repository: deps.repository,
    tokenSource: deps.tokenSource,
    logger,
    sleep: deps.sleep ?? defaultSleep,
    uploadFetch: deps.uploadFetch,
  };
  const report = await logger.group(`GitHub Release ${inputs.tag ?? ''}`.trim(), () =>
    syncRelease(
      {
        tag: inputs.tag ?? '',
        name: inputs.name,
        files: inputs.files,
        notesFrom: inputs['notes-from'],
        body: inputs.body,
        prerelease: inputs.prerelease,
        draft: inputs.draft,
        makeLatest: inputs['make-latest'],
        overwriteAssets: inputs['overwrite-assets'],
        targetCommitish: inputs['target-commitish'],
        dryRun: inputs['dry-run'],
        cwd: deps.cwd,
      },
      ctx,
      deps.uploadTiming,
    ),
  );
  if (report.dryRun) logger.info(releasePlanText(report));
  else
    logger.info(
      `${report.outcome === 'unchanged' ? 'Nothing to change in' : `${report.outcome[0].toUpperCase()}${report.outcome.slice(1)}`} ${report.release?.htmlUrl ?? report.tag}.`,
    );
  return {
    report,
    outputs: {
      id: report.release ? String(report.release.id) : '',
      'html-url': report.release?.htmlUrl ?? '',
      'upload-url': report.release?.uploadUrl ?? '',
      assets: report.assets.map((a) => ({
        name: a.name,
        ...(a.id !== undefined ? { id: a.id } : {}),
        size: a.size,
        sha256: a.sha256,
        'content-type': a.contentType,
        action: a.action,
        ...(a.url !== undefined ? { url: a.url } : {}),
      })),
    },
  };
}
